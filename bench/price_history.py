"""A workspace holding a large price history, for bench/report.py and bench/score.py.

    build(folder, products=100_000, days=90, competitors=2, changes=4.5, seed=1)

Our catalogue of `products` products; `competitors` shops each selling an
equal share of them, every one matched to ours by GTIN; one finished crawl a
day for `days` days; a change-only history in which each product changes
about `changes` times (price moves, promotions, stock-outs), so about
products x (1 + changes) observations, as storecheck would have stored them.
Rows are written with bulk inserts rather than by crawling: the benchmarks
measure reading and reporting, not crawling.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from storecheck import db
from storecheck.cli import init_workspace
from storecheck.config import Workspace

CHUNK = 20_000


def _gtin(i: int) -> str:
    body = f"{400000000000 + i:013d}"
    total = sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def build(folder: Path, *, products: int = 100_000, days: int = 90, competitors: int = 2, changes: float = 4.5,
          seed: int = 1) -> tuple[Workspace, int]:
    """Make the workspace in `folder`; returns it and the number of observations stored."""
    rng = random.Random(seed)
    workspace = init_workspace(folder, shop_name="Bench Shop", currency="EUR")
    names = [f"Rival {chr(65 + c)}" for c in range(competitors)]
    for name in names:
        workspace.add_competitor(name, f"https://{name.lower().replace(' ', '-')}.example/")
    engine = db.open_database(workspace.database_url)
    today = datetime.now(UTC).date()
    first_day = today - timedelta(days=days - 1)
    crawl_at = [datetime.combine(first_day + timedelta(days=d), time(6), UTC) for d in range(days)]
    now = datetime.now(UTC)
    with engine.begin() as conn:
        ids = db.sync_competitors(conn, workspace.config.competitors)
        conn.execute(insert(db.own_products), [
            {"sku": f"SKU{i:06d}", "name": f"Product {i}", "brand": f"Brand {i % 500}", "category": f"Category {i % 200}",
             "gtin": _gtin(i), "price": Decimal(rng.randrange(99, 9999)) / 100, "currency": "EUR",
             "created_at": now, "updated_at": now}
            for i in range(products)
        ])
        runs: dict[tuple[int, int], int] = {}
        share = products // competitors
        for c, name in enumerate(names):
            cid = ids[name]
            for d, when in enumerate(crawl_at):
                runs[c, d] = conn.execute(insert(db.crawl_runs).values(
                    competitor_id=cid, started_at=when, finished_at=when + timedelta(minutes=30), status="finished",
                    pages=share, items=share, dropped={}, errors=[], finish_reason="finished", health=[],
                )).inserted_primary_key[0]
            for start in range(c * share, (c + 1) * share, CHUNK):
                stop = min(start + CHUNK, (c + 1) * share)
                conn.execute(insert(db.competitor_products), [
                    {"competitor_id": cid, "key": f"{name}/{i}", "name": f"Their product {i}", "brand": f"Brand {i % 500}",
                     "category": f"Category {i % 200}", "gtin": _gtin(i), "url": f"https://shop.example/p/{i}",
                     "first_seen": crawl_at[0], "last_seen": crawl_at[-1]}
                    for i in range(start, stop)
                ])
        product_ids = dict(conn.execute(db.select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        conn.execute(insert(db.matches), [
            {"sku": f"SKU{i:06d}", "competitor_product_id": product_ids[f"{names[min(i // share, competitors - 1)]}/{i}"],
             "method": "gtin", "score": 1.0, "status": "matched", "equivalent": False, "updated_at": now}
            for i in range(share * competitors)
        ])
        stored = 0
        batch: list[dict] = []
        for i in range(share * competitors):
            c = min(i // share, competitors - 1)
            pid = product_ids[f"{names[c]}/{i}"]
            change_days = sorted(rng.sample(range(1, days), min(days - 1, _poisson(rng, changes))))
            price = Decimal(rng.randrange(99, 9999)) / 100
            state = {"price": price, "regular_price": None, "in_stock": True, "promo_type": None, "promo_text": None}
            starts = [0, *change_days]
            for k, day in enumerate(starts):
                if k:
                    state = _change(rng, state)
                ends = starts[k + 1] - 1 if k + 1 < len(starts) else days - 1
                batch.append({"competitor_product_id": pid, "observed_at": crawl_at[day] + timedelta(minutes=5),
                              "last_seen": crawl_at[ends] + timedelta(minutes=5), "currency": "EUR", "source": "crawl",
                              "crawl_run_id": runs[c, day], **state})
            if len(batch) >= CHUNK:
                conn.execute(insert(db.observations), batch)
                stored += len(batch)
                batch = []
        if batch:
            conn.execute(insert(db.observations), batch)
            stored += len(batch)
    return workspace, stored


def _poisson(rng: random.Random, mean: float) -> int:
    # Knuth's method; small means only.
    limit, k, p = pow(2.718281828459045, -mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _change(rng: random.Random, state: dict) -> dict:
    state = dict(state)
    roll = rng.random()
    if roll < 0.55:
        state["price"] = max(Decimal("0.10"), (state["price"] * Decimal(str(rng.uniform(0.85, 1.15)))).quantize(Decimal("0.01")))
    elif roll < 0.8:
        if state["promo_type"]:
            state.update(promo_type=None, promo_text=None, price=state["regular_price"] or state["price"], regular_price=None)
        else:
            regular = state["price"]
            state.update(promo_type="percent_off", promo_text="-20%", regular_price=regular,
                         price=(regular * Decimal("0.8")).quantize(Decimal("0.01")))
    else:
        state["in_stock"] = not state["in_stock"]
    return state
