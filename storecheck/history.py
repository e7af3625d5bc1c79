"""Read the price history the trends are computed from (`benchmark.trends`).

One query reads every observation still in effect inside the trend window
([trends] window_days in storecheck.toml); the trends are then summed from
those rows in memory, a few columns wide, so a report over 90 days of a large
shop holds the window's observations once and nothing per product and day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pandas as pd
from sqlalchemy import select
from sqlalchemy.engine import Connection

from benchmark import trends
from storecheck import db

OBSERVATION_COLUMNS = ["competitor_product_id", "competitor", "observed_at", "price", "currency", "in_stock", "source",
                       "product_last_seen"]


def window_observations(conn: Connection, start: date) -> pd.DataFrame:
    """Every observation whose state lasted into the window (last seen on or after `start`)."""
    obs, cp = db.observations, db.competitor_products
    query = (
        select(obs.c.competitor_product_id, db.competitors.c.name.label("competitor"), obs.c.observed_at, obs.c.price,
               obs.c.currency, obs.c.in_stock, obs.c.source, cp.c.last_seen.label("product_last_seen"))
        .join(cp, cp.c.id == obs.c.competitor_product_id)
        .join(db.competitors, db.competitors.c.id == cp.c.competitor_id)
        .where(obs.c.last_seen >= datetime.combine(start, time(), UTC))
    )
    return pd.DataFrame(conn.execute(query).all(), columns=OBSERVATION_COLUMNS)


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
    brought = observations[observations.source != "crawl"] if not observations.empty else observations
    for competitor, when in zip(brought.competitor, brought.observed_at):
        days.setdefault(competitor, set()).add(when.astimezone(UTC).date())
    return days


def trends_context(conn: Connection, pairs: pd.DataFrame, history: dict, window_days: int,
                   today: date | None = None) -> dict:
    """Index history per competitor, category and brand, and stock-outs over time, as plain data."""
    start, end = trends.window(today or datetime.now(UTC).date(), window_days)
    observations = window_observations(conn, start)
    days = crawl_days(history, observations)
    common = {"start": start, "end": end, "crawl_days": days}
    last_seen = observations.drop_duplicates("competitor_product_id").set_index("competitor_product_id").product_last_seen
    return {
        "window_days": window_days,
        "start": start,
        "end": end,
        "index_history": trends.index_history(pairs, observations, **common),
        "category_index_history": trends.index_history(pairs, observations, by="category", **common),
        "brand_index_history": trends.index_history(pairs, observations, by="brand", **common),
        "stock_outs": trends.stock_outs(observations, last_seen, **common),
    }
