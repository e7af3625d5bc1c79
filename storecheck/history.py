"""Read the price history the trends are computed from (`benchmark.trends`).

One query reads every observation still in effect inside the trend window
([trends] window_days in storecheck.toml); the trends are then summed from
those rows in memory, a few columns wide, so a report over 90 days of a large
shop holds the window's observations once and nothing per product and day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pandas as pd
from sqlalchemy import Float, String, cast, select, type_coerce
from sqlalchemy.engine import Connection

from benchmark import trends
from storecheck import db

OBSERVATION_COLUMNS = ["competitor_product_id", "observed_at", "price", "currency", "in_stock", "source"]


def window_observations(conn: Connection, start: date) -> pd.DataFrame:
    """Every observation whose state lasted into the window (last seen on or after `start`),
    with its product's competitor and when the product was last seen.

    Read lean, as it is half a million rows for a large shop: no join (the
    products are read once each and mapped), times as the database gives them
    and parsed in one vectorised step, and prices as floats, which is what the
    index's logarithms take (money stays Decimal everywhere it is shown)."""
    obs, cp = db.observations, db.competitor_products
    query = (
        select(obs.c.competitor_product_id, type_coerce(obs.c.observed_at, String), cast(obs.c.price, Float),
               obs.c.currency, obs.c.in_stock, obs.c.source)
        .where(obs.c.last_seen >= datetime.combine(start, time(), UTC))
    )
    # Plain tuples: pandas probes each Row object for attributes, which costs seconds on this many.
    frame = pd.DataFrame([tuple(row) for row in conn.execute(query).all()], columns=OBSERVATION_COLUMNS)
    products = pd.DataFrame(
        [tuple(row) for row in conn.execute(select(cp.c.id, cp.c.competitor_id, type_coerce(cp.c.last_seen, String))).all()],
        columns=["competitor_product_id", "competitor_id", "product_last_seen"],
    ).set_index("competitor_product_id")
    names = dict(conn.execute(select(db.competitors.c.id, db.competitors.c.name)).all())
    frame["competitor"] = frame.competitor_product_id.map(products.competitor_id).map(names)
    frame["product_last_seen"] = frame.competitor_product_id.map(
        pd.to_datetime(products.product_last_seen, utc=True, format="ISO8601"))
    frame["observed_at"] = pd.to_datetime(frame.observed_at, utc=True, format="ISO8601")
    frame["price"] = pd.to_numeric(frame.price, errors="coerce").astype(float)
    return frame


def crawl_days(history: dict, observations: pd.DataFrame) -> dict[str, set[date]]:
    """Per competitor, the days its data was collected: the day each crawl run
    that was not a failure ended (a run across midnight stores the next day's
    prices), and the days of prices brought in by visits and imports."""
    days: dict[str, set[date]] = {}
    for runs in history.values():
        for run in runs:
            when = run.row.get("finished_at")
            if run.status != "failed" and when is not None:
                days.setdefault(run.competitor, set()).add(when.astimezone(UTC).date())
    if observations.empty:
        return days
    brought = observations[observations.source != "crawl"]
    for competitor, day in zip(brought.competitor, brought.observed_at.dt.date):
        days.setdefault(competitor, set()).add(day)
    return days


def trends_context(conn: Connection, pairs: pd.DataFrame, history: dict, window_days: int,
                   today: date | None = None, rates: dict | None = None) -> dict:
    """Index history per competitor, category and brand, and stock-outs over time, as plain data."""
    start, end = trends.window(today or datetime.now(UTC).date(), window_days)
    observations = window_observations(conn, start)
    days = crawl_days(history, observations)
    common = {"start": start, "end": end, "crawl_days": days}
    factors = {code: float(rate) for code, rate in (rates or {}).items()}
    last_seen = observations.drop_duplicates("competitor_product_id").set_index("competitor_product_id").product_last_seen
    overall, by_category, by_brand = trends.index_histories(pairs, observations, by=[None, "category", "brand"],
                                                                rates=factors, **common)
    return {
        "window_days": window_days,
        "start": start,
        "end": end,
        "index_history": overall,
        "category_index_history": by_category,
        "brand_index_history": by_brand,
        "stock_outs": trends.stock_outs(observations, last_seen, **common),
    }


def product_history(conn: Connection, sku: str, start: date) -> dict | None:
    """Our product and, per competitor product matched to it (matched or confirmed), every price it
    had since `start` (and the one in effect then), oldest first: for the product page of `storecheck serve`.
    None when we sell no product `sku`."""
    own, m, cp, obs = db.own_products, db.matches, db.competitor_products, db.observations
    ours = conn.execute(select(own).where(own.c.sku == sku)).mappings().first()
    if ours is None:
        return None
    matched = conn.execute(
        select(cp.c.id, cp.c.name, cp.c.url, db.competitors.c.name.label("competitor"), m.c.status, m.c.method)
        .join(m, m.c.competitor_product_id == cp.c.id)
        .join(db.competitors, db.competitors.c.id == cp.c.competitor_id)
        .where(m.c.sku == sku, m.c.status.in_(("matched", "confirmed")))
        .order_by(db.competitors.c.name, cp.c.id)
    ).mappings().all()
    since = datetime.combine(start, time(), UTC)
    products = []
    for product in matched:
        rows = conn.execute(
            select(obs.c.observed_at, obs.c.last_seen, obs.c.price, obs.c.regular_price, obs.c.currency, obs.c.in_stock,
                   obs.c.promo_type, obs.c.promo_text, obs.c.source)
            .where(obs.c.competitor_product_id == product["id"], obs.c.last_seen >= since)
            .order_by(obs.c.observed_at, obs.c.id)
        ).mappings().all()
        products.append({**product, "observations": [dict(row) for row in rows]})
    return {"product": dict(ours), "matched": products, "start": start}
