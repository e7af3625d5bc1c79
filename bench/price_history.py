"""A workspace holding a large price history, for bench/report.py and bench/score.py.

    build(folder, products=100_000, days=90, competitors=2, changes=4.5, seed=1)
    .venv/bin/python bench/price_history.py --shelf-checks DIR   (on a copy: changes DIR in place)

Our catalogue of `products` products; `competitors` shops each selling an
equal share of them, every one matched to ours by GTIN; one finished crawl a
day for `days` days; a change-only history in which each product changes
about `changes` times (price moves, promotions, stock-outs), so about
products x (1 + changes) observations, as storecheck would have stored them.
Rows are written with bulk inserts rather than by crawling: the benchmarks
measure reading and reporting, not crawling.

`--shelf-checks DIR` (`add_shelf_checks`) gives a built workspace store visits'
shelf prices, so that `bench/report_same.py` also compares the shelf-price rule:
1 product in 100 delisted online 20 days before the last crawl (1 in 200 of all
seen on a shelf 10 days before it, 1 in 400 also after it, and all of them 30
days before it, while listed), and 1 in 100 still listed with a shelf price of
5 days before it.
"""

from __future__ import annotations

import argparse
import random
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, text

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


# (Delisted product ids end in 07, listed ones with a shelf price in 13; SQLite's SQL, as the benchmarks' workspaces.)
SHELF_CHECKS = [
    "CREATE TEMP TABLE gone AS SELECT id AS pid FROM competitor_products WHERE id % 100 = 7",
    "DELETE FROM observations WHERE competitor_product_id IN (SELECT pid FROM gone) AND observed_at > :delisted",
    "UPDATE observations SET last_seen = :delisted WHERE id IN (SELECT max(id) FROM observations "
    "WHERE competitor_product_id IN (SELECT pid FROM gone) GROUP BY competitor_product_id)",
    "UPDATE competitor_products SET last_seen = :delisted WHERE id IN (SELECT pid FROM gone)",
    *(f"INSERT INTO observations (competitor_product_id, observed_at, last_seen, price, currency, in_stock, source) "
      f"SELECT competitor_product_id, :{when}, :{when}, round(price * {factor}, 2), currency, 1, 'visit' FROM observations "
      f"WHERE id IN (SELECT max(id) FROM observations WHERE source = 'crawl' AND competitor_product_id % {every} = {rest} "
      f"GROUP BY competitor_product_id)"
      for when, factor, every, rest in [("before", 1.07, 100, 7), ("between", 1.1, 200, 7), ("after", 0.95, 400, 7),
                                        ("listed", 0.9, 100, 13)]),
    "UPDATE competitor_products SET last_seen = :between WHERE id % 200 = 7",
    "UPDATE competitor_products SET last_seen = :after WHERE id % 400 = 7",
]


def add_shelf_checks(folder: Path) -> int:
    """Give the workspace built in `folder` the shelf prices above, timed from its last crawl; returns how many."""
    engine = db.open_database(Workspace(folder).database_url)
    with engine.begin() as conn:
        last = datetime.fromisoformat(conn.execute(text("SELECT max(started_at) FROM crawl_runs WHERE status = 'finished'")).scalar())
        times = {"delisted": last - timedelta(days=20), "before": last - timedelta(days=30, hours=-4),
                 "between": last - timedelta(days=10, hours=-5), "after": last + timedelta(hours=3),
                 "listed": last - timedelta(days=5, hours=-3)}
        for statement in SHELF_CHECKS:
            conn.execute(text(statement), {k: v.strftime("%Y-%m-%d %H:%M:%S.%f") for k, v in times.items()})
        return conn.execute(text("SELECT count(*) FROM observations WHERE source = 'visit'")).scalar()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shelf-checks", type=Path, required=True, help="A built workspace (a copy): changed in place.")
    print(f"{add_shelf_checks(parser.parse_args().shelf_checks):,} shelf prices")
