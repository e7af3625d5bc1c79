"""Read the price history the trends are computed from (`benchmark.trends`).

One query reads every observation still in effect inside the trend window
([trends] window_days in storecheck.toml); the trends are then summed from
those rows in memory, a few columns wide, so a report over 90 days of a large
shop holds the window's observations once and nothing per product and day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

import numpy as np
import pandas as pd
from sqlalchemy import Boolean, Float, Integer, String, Text, cast, func, select, type_coerce
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.engine import Connection
from sqlalchemy.types import NullType

from benchmark import trends
from storecheck import currencies, db
from storecheck.money import MAX_AMOUNT, MONEY_PLACES

OBSERVATION_COLUMNS = ["competitor_product_id", "observed_at", "price", "regular_price", "currency", "in_stock", "brought",
                       "shelf"]


def query_frame(conn: Connection, query, columns: list[str] | None = None) -> pd.DataFrame:
    """The rows of a select as a DataFrame, named by `columns` or the select's own.

    Rows are taken from the driver's cursor as it gives them and each column
    is converted once, vectorised where pandas can (times), the way
    SQLAlchemy's types would convert each value: amounts to Decimals in the
    money columns' range (else None), booleans to bool, UTC times to aware
    times. Per-value conversion through row objects cost about 1.3 s per
    100,000 catalogue rows. A select of any other type is read through
    SQLAlchemy as usual."""
    names = columns or [column.name for column in query.selected_columns]
    readers = [_RAW_READERS.get(type(column.type)) for column in query.selected_columns]
    result = conn.execute(query)
    if any(reader is None for reader in readers):
        return pd.DataFrame([tuple(row) for row in result.all()], columns=names)
    try:
        rows = result.cursor.fetchall()
    finally:
        result.close()
    frame = pd.DataFrame(rows, columns=names) if rows else pd.DataFrame([], columns=names)
    for index, reader in enumerate(readers):
        if reader is not _plain and len(frame):
            frame[names[index]] = reader(frame.iloc[:, index])
    return frame


def _plain(values: pd.Series):
    return values


def _booleans(values: pd.Series):
    if values.dtype.kind in "biu":
        # No value missing (the column came out as integers): the same bools, in one step, where the
        # window's half a million observations took a fifth of a second one by one.
        return values.to_numpy() != 0
    # A missing value comes out of the frame as NaN when the others are numbers, and bool(NaN) is True:
    # a stock state the shop never showed read as "in stock". Missing stays None, as SQLAlchemy reads it.
    return [None if value is None or value != value else bool(value) for value in values]


def _amounts(values: pd.Series) -> list:
    # As the money column reads a value: SQLite's REAL through "%.4f" (its scale), PostgreSQL's
    # Decimal as it is; text, NaN and amounts beyond the column's range are no amount (`money.amount_in_range`).
    if values.dtype.kind == "f":
        # All numbers (SQLite's REALs, a missing one NaN): only the ones that are amounts are looked at,
        # each distinct one once (a shop's 100,000 prices take a few thousand values), told apart by
        # their bits so that -0.0 stays "-0.0000" as it reads one by one.
        numbers = values.to_numpy(dtype=np.float64)
        finite = np.flatnonzero(np.isfinite(numbers))
        distinct, inverse = np.unique(numbers[finite].view(np.int64), return_inverse=True)
        converted = np.empty(len(distinct), dtype=object)
        for at, number in enumerate(distinct.view(np.float64)):
            amount = Decimal("%.*f" % (MONEY_PLACES, number))
            converted[at] = amount if abs(amount) <= MAX_AMOUNT else None
        amounts = np.full(len(numbers), None, dtype=object)
        amounts[finite] = converted[inverse.reshape(-1)]
        return amounts.tolist()
    amounts = []
    for value in values:
        amount = None
        if isinstance(value, Decimal):
            amount = value
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            amount = Decimal("%.*f" % (MONEY_PLACES, value))
        amounts.append(amount if amount is not None and amount.is_finite() and abs(amount) <= MAX_AMOUNT else None)
    return amounts


def _times(values: pd.Series):
    if values.isna().all():
        return values.astype(object).where(values.notna(), None)  # as row objects give a column of no time
    return pd.to_datetime(values, utc=True, format="ISO8601")


_RAW_READERS = {Integer: _plain, String: _plain, Text: _plain, Float: _plain, NullType: _plain, Boolean: _booleans,
                db.MoneyAmount: _amounts, db.UTCDateTime: _times}


def latest_online_id(product_id: ColumnElement) -> ColumnElement:
    """SQL: the id of the latest observation of the competitor product `product_id` (a column of the
    enclosing query) read online, by a crawl or an imported file; NULL when it was only ever seen in store.

    In the order of the index on (product, time), newest first, so the database reads a product's
    rows from its newest and stops at the first one not from a visit (usually the first)."""
    newer = db.observations.alias("newer")
    return (select(newer.c.id).where(newer.c.competitor_product_id == product_id, newer.c.source != "visit")
            .order_by(newer.c.observed_at.desc(), newer.c.id.desc()).limit(1).correlate_except(newer).scalar_subquery())


def current_observation_id(product_id: ColumnElement) -> ColumnElement:
    """SQL: the id of a competitor product's current observation (see `analysis.competitor_frame`): its
    latest read online; for a product seen in store only, its latest shelf price.

    Two reads, each in the order of the index on (product, time). One read ordered by "online first"
    could not walk the index and sorted every product's rows (SQLite 0.19 -> 0.51 s at 100,000 products);
    COALESCE reads its second argument only when the first is NULL (SQLite and PostgreSQL alike)."""
    newer = db.observations.alias("newest")
    latest_any = (select(newer.c.id).where(newer.c.competitor_product_id == product_id)
                  .order_by(newer.c.observed_at.desc(), newer.c.id.desc()).limit(1).correlate_except(newer).scalar_subquery())
    return func.coalesce(latest_online_id(product_id), latest_any)


def shelf_price_counts(product_id: ColumnElement, seen_at: ColumnElement, listing_ended: datetime | None) -> ColumnElement:
    """SQL: whether a shelf price of the competitor product `product_id`, seen on a visit at `seen_at`
    (columns of the enclosing query), counts in the figures, by `counted_shelf_prices`'s rule: always for
    a product seen in store only; for one sold online, only once the latest complete crawl (started at
    `listing_ended`, None when there is none) no longer found it and the shelf price came after its
    online price was last read. The alerts read a price's moves by the same rule, so a move the index
    shows is told and one it never counts is not."""
    latest = db.observations.alias("latest_online")
    listed = select(latest.c.id).where(latest.c.id == latest_online_id(product_id)).correlate_except(latest)
    if listing_ended is not None:
        # (With no complete crawl yet, nothing is known to be gone: a product read online is listed.)
        listed = listed.where((latest.c.source != "crawl") | (latest.c.last_seen >= seen_at)
                              | (latest.c.last_seen >= listing_ended))
    return ~listed.exists()


def last_complete_starts(history: dict) -> dict:
    """Per competitor id, when its latest complete crawl run started (`analysis.run_history`'s runs):
    a product whose online price that run did not see is no longer listed online."""
    starts = {}
    for cid, runs in history.items():
        complete = [run for run in runs if run.complete]
        if complete:
            starts[cid] = complete[-1].started_at
    return starts


def window_observations(conn: Connection, start: date) -> pd.DataFrame:
    """Every observation whose state lasted into the window (last seen on or after `start`),
    with its product's competitor and when the product was last seen.

    Read lean, as it is half a million rows for a large shop: no join (the
    products are read once each and mapped), times as the database gives them
    and parsed in one vectorised step, prices as floats, which is what the
    index's logarithms take (money stays Decimal everywhere it is shown).
    `brought`: a price from a visit or an import rather than a crawl; `shelf`: from a visit."""
    obs, cp = db.observations, db.competitor_products
    query = (
        select(obs.c.competitor_product_id, type_coerce(obs.c.observed_at, String), cast(obs.c.price, Float),
               cast(obs.c.regular_price, Float), obs.c.currency, obs.c.in_stock, type_coerce(obs.c.source != "crawl", Integer),
               type_coerce(obs.c.source == "visit", Integer))
        .where(obs.c.last_seen >= datetime.combine(start, time(), UTC))
    )
    frame = query_frame(conn, query, OBSERVATION_COLUMNS)
    frame["brought"] = frame.brought.astype(bool)
    frame["shelf"] = frame.shelf.astype(bool)
    products = query_frame(conn, select(cp.c.id, cp.c.competitor_id, type_coerce(cp.c.last_seen, String)),
                           ["competitor_product_id", "competitor_id", "product_last_seen"]).set_index("competitor_product_id")
    names = dict(conn.execute(select(db.competitors.c.id, db.competitors.c.name)).all())
    frame["competitor"] = frame.competitor_product_id.map(products.competitor_id).map(names)
    # (Mapped only when there is something to map: pandas cannot map an empty frame onto times.)
    frame["product_last_seen"] = frame.competitor_product_id.map(
        pd.to_datetime(products.product_last_seen, utc=True, format="ISO8601")) if len(frame) else pd.NaT
    frame["observed_at"] = pd.to_datetime(frame.observed_at, utc=True, format="ISO8601")
    frame["price"] = pd.to_numeric(frame.price, errors="coerce").astype(float)
    # (Their regular price: the trends judge each day's pairs on it too, as the index does.)
    frame["regular_price"] = pd.to_numeric(frame.regular_price, errors="coerce").astype(float)
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
    brought = observations[observations.brought]
    for competitor, day in zip(brought.competitor, brought.observed_at.dt.date):
        days.setdefault(competitor, set()).add(day)
    return days


def trends_context(conn: Connection, pairs: pd.DataFrame, history: dict, window_days: int,
                   today: date | None = None, rates: dict | None = None, watched: pd.DataFrame | None = None,
                   moved: dict[str, float] | None = None, competitors: set[str] | None = None) -> dict:
    """Index history per competitor, category and brand, and stock-outs over time, as plain data;
    and for the pairs in `watched` (the largest gaps) their price over the window (`gap_histories`).
    `moved`: per competitor, how far its own prices moved (`analysis.own_moves`), as today's figures judge it.
    `competitors`: the names the trends cover (those storecheck.toml lists), when not every one stored."""
    start, end = trends.window(today or datetime.now(UTC).date(), window_days)
    observations = window_observations(conn, start)
    if competitors is not None and len(observations) and not observations.competitor.isin(competitors).all():
        observations = observations[observations.competitor.isin(competitors).to_numpy()].reset_index(drop=True)
    days = crawl_days(history, observations)
    common = {"start": start, "end": end, "crawl_days": days}
    factors = {code: float(rate) for code, rate in (rates or {}).items()}
    last_seen = observations.drop_duplicates("competitor_product_id").set_index("competitor_product_id").product_last_seen
    # Every shelf price stays in its product's price history (the sparklines); the index counts those
    # that today's index would (`counted_shelf_prices`).
    counted = counted_shelf_prices(conn, observations, history)
    indexed = observations if counted.all() else observations[counted]
    overall, by_category, by_brand = trends.index_histories(pairs, indexed, by=[None, "category", "brand"],
                                                                rates=factors, moved=moved, **common)
    return {
        "window_days": window_days,
        "start": start,
        "end": end,
        "index_history": overall,
        "category_index_history": by_category,
        "brand_index_history": by_brand,
        "stock_outs": trends.stock_outs(observations, last_seen, **common),
        "gap_histories": _pair_prices(watched, observations, rates or {}, start, end),
    }


def counted_shelf_prices(conn: Connection, observations: pd.DataFrame, history: dict) -> np.ndarray:
    """Which rows of `observations` (`window_observations`) the index history counts: every price read
    online, and a shelf price seen on a visit by the rule of today's index (`analysis.competitor_frame`),
    carried back to the day it was seen.

    - A product seen in store only: each shelf price counts from its day.
    - A product sold online: the online price counts while its web shop lists it. Once the latest
      complete crawl of its competitor no longer found it, a shelf price seen after its online price
      was last read counts from the day it was seen; one seen before (while the shop listed it) counts
      on no day.

    Why: a category manager reads the headline index and the line beside it as one figure; the line's
    last point must be the headline. Keeping the last online price of a product the web shop dropped
    would draw a price nobody charges any more, and move the line away from the headline beside it
    with no price changed; counting a shelf price from the day it was seen moves the line on the day
    the evidence came in, as a crawl's price moves it. A shelf price seen while the product was listed
    online stands for one store's shelf, not the web shop, and counts nowhere in the index (the
    headline's rule), only in the product's price history."""
    shelf = observations.shelf.to_numpy(dtype=bool) if len(observations) else np.zeros(0, dtype=bool)
    counted = ~shelf
    if not shelf.any():
        return counted
    obs, cp = db.observations, db.competitor_products
    ids = sorted(set(observations.competitor_product_id[shelf].tolist()))
    # Each one's latest online observation: when it was last read and by what (a crawl's listing can be
    # dropped; an imported file's price stands, as in `analysis.competitor_frame`).
    online: dict[int, tuple] = {}
    for at in range(0, len(ids), 500):
        rows = conn.execute(select(cp.c.id, cp.c.competitor_id, obs.c.last_seen, obs.c.source).select_from(cp)
                            .join(obs, obs.c.id == latest_online_id(cp.c.id)).where(cp.c.id.in_(ids[at:at + 500])))
        online.update((row.id, (row.competitor_id, row.last_seen, row.source)) for row in rows)
    gone_since = last_complete_starts(history)
    rows = np.flatnonzero(shelf)
    # (Each column taken once as a list: a cell read at a time cost 20 µs a shelf price.)
    for row, product, when in zip(rows.tolist(), observations.competitor_product_id.iloc[rows].tolist(),
                                  observations.observed_at.iloc[rows].tolist()):
        latest = online.get(product)
        if latest is None:
            counted[row] = True  # seen in store only
            continue
        competitor_id, seen, source = latest
        listing_ended = gone_since.get(competitor_id)
        counted[row] = source == "crawl" and listing_ended is not None and seen < listing_ended and when > seen
    return counted


def _pair_prices(watched: pd.DataFrame | None, observations: pd.DataFrame, rates: dict,
                 start: date, end: date) -> dict[str, dict]:
    """Per watched pair ("sku|competitor"): our price and each of their prices over the window, on the
    pair's basis (their currency converted, per unit for pairs across pack sizes), for a sparkline."""
    if watched is None or watched.empty or observations.empty:
        return {}
    mine = observations[observations.competitor_product_id.isin(set(watched.competitor_product_id))]
    by_product = {pid: group for pid, group in mine.sort_values("observed_at").groupby("competitor_product_id")}
    result = {}
    for pair in watched.itertuples():
        rows = by_product.get(pair.competitor_product_id)
        if rows is None:
            continue
        pack = float(pair.their_pack or 1) or 1.0
        points = []
        for when, price, currency in zip(rows.observed_at, rows.price, rows.currency):
            rate = currencies.factor(currency, pair.our_currency, rates)
            if rate is not None and price == price:
                points.append({"date": max(when.date(), start).isoformat(), "price": price * float(rate) / pack})
        ours = float(pair.our_price) if pair.our_price is not None else None
        result[f"{pair.sku}|{pair.competitor}"] = {"ours": ours, "points": points, "end": end.isoformat()}
    return result


def product_history(conn: Connection, sku: str, start: date) -> dict | None:
    """Our product and, per competitor product matched to it (matched or confirmed), every price it
    had since `start` (and the one in effect then), oldest first: for the product page of `storecheck serve`.
    None when we sell no product `sku`."""
    own, m, cp, obs = db.own_products, db.matches, db.competitor_products, db.observations
    ours = conn.execute(select(own).where(own.c.sku == sku)).mappings().first()
    if ours is None:
        return None
    matched = conn.execute(
        select(cp.c.id, cp.c.name, cp.c.url, cp.c.size, db.competitors.c.name.label("competitor"), m.c.status, m.c.method,
               m.c.equivalent)
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
