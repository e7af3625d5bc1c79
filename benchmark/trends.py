"""Trends: the price index per crawl day, and stock-outs over time.

The price history is change-only (a new observation only when something
changed), so a product's state on a day is its latest observation up to that
day. Every observation is turned into the span of days it was the product's
state, and the index of each day is summed from those spans with one
cumulative sum per group, so the work grows with the number of observations,
not with products x days.

The index of a day is the price index (see `benchmark.pricing`) of today's
matched pairs with their price as it was on that day: a fixed basket, so the
line moves when prices move, not when pairs are matched or delisted. Our side
is our catalogue's current price (storecheck keeps no history of our prices).
Each day's pairs are judged as that day's index would judge them
(`pricing.outliers`' rule on that day's ratios): a price misread on one past
day is left out of that day's point only, and a pair misread today still
counts on the days it was read right.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import numpy as np
import pandas as pd

from benchmark import pricing
from benchmark._labels import NO_CATEGORY

DEFINITIONS = [
    (
        "Price index over time",
        "The price index of today's matched pairs on each day a competitor was crawled, with their price as it "
        "was that day (the latest price seen up to then) and our current catalogue price. A fixed basket: the "
        "line moves when their prices move, not when products are matched or delisted. Each day's pairs are "
        "judged as that day's index would be: a pair left out of the price figures on that day's prices (see "
        "\"Left out of the price figures\") is left out of that day's point only.",
    ),
    (
        "Out of stock over time",
        "The share of a competitor's listed products shown as out of stock on each day it was crawled. "
        "Back in stock: products that came back within the window; days out: the median length of those spells.",
    ),
]


def state_spans(observations: pd.DataFrame, start: date, end: date, until: pd.Series | None = None) -> pd.DataFrame:
    """Each observation with the days it was its product's state, as offsets from `start`.

    `observations`: competitor_product_id, observed_at (UTC-aware), and any
    value columns, which are kept. A state lasts from its day to the day
    before the product's next observation; the last one until `end`, or until
    `until` (per competitor product id, e.g. when it was last seen) when
    given. A state replaced the same day never counts; days before `start`
    are cut off. Adds `first` and `last` (ints, inclusive).
    """
    if observations.empty:
        return observations.assign(first=pd.Series(dtype=int), last=pd.Series(dtype=int))
    frame = observations.sort_values(["competitor_product_id", "observed_at"], kind="stable").reset_index(drop=True)
    days = (pd.to_datetime(frame.observed_at, utc=True).dt.normalize() - pd.Timestamp(start, tz="UTC")).dt.days
    first = days.to_numpy()
    product = frame.competitor_product_id.to_numpy()
    same_next = np.zeros(len(frame), dtype=bool)
    same_next[:-1] = product[:-1] == product[1:]
    last = np.full(len(frame), (end - start).days)
    if until is not None:
        per_row = frame.competitor_product_id.map(until)
        limit = (pd.to_datetime(per_row, utc=True).dt.normalize() - pd.Timestamp(start, tz="UTC")).dt.days.to_numpy()
        last = np.minimum(last, limit)
    next_first = np.empty(len(frame), dtype=int)
    next_first[:-1] = first[1:]
    last = np.where(same_next, np.minimum(last, next_first - 1), last)
    frame = frame.assign(first=np.maximum(first, 0), last=last)
    return frame[(frame["last"] >= frame["first"]) & (frame["last"] >= 0)].reset_index(drop=True)


def _daily_sums(groups: np.ndarray, n_groups: int, first: np.ndarray, last: np.ndarray, n_days: int,
                values: Iterable[np.ndarray]) -> list[np.ndarray]:
    """Per group and day, the sum of each value over the spans covering that day."""
    sums = []
    for value in values:
        grid = np.zeros((n_groups, n_days + 1))
        np.add.at(grid, (groups, first), value)
        np.add.at(grid, (groups, last + 1), -value)
        sums.append(np.cumsum(grid, axis=1)[:, :n_days])
    return sums


def index_history(
    pairs: pd.DataFrame, observations: pd.DataFrame, *, start: date, end: date,
    crawl_days: dict[str, set[date]], by: str | None = None,
) -> dict:
    """The price index of each crawl day, per competitor (and per `by`, e.g. "category").

    `pairs`: competitor, competitor_product_id, our_price, our_currency,
    their_pack (what their price is divided by for a pair compared per unit),
    weight, the `by` column, and status (a pair a person "confirmed" is never
    left out; without the column none is). `observations`:
    competitor_product_id, observed_at, price, currency, in_stock, and
    regular_price when known. `crawl_days`: per competitor, the days it was
    crawled; a day with no comparable pair is left out. A pair far outside
    its competitor's others on a day is left out of that day
    (`pricing.outliers`' rule, on that day's ratios).

    Returns per competitor a list of {"date", "index", "pairs"} in date
    order, or with `by` per competitor a dict of such lists per group.
    """
    return index_histories(pairs, observations, start=start, end=end, crawl_days=crawl_days, by=[by])[0]


def index_histories(
    pairs: pd.DataFrame, observations: pd.DataFrame, *, start: date, end: date,
    crawl_days: dict[str, set[date]], by: list[str | None], rates: dict[str, float] | None = None,
    moved: dict[str, float] | None = None,
) -> list[dict]:
    """`index_history` for each grouping in `by` (None: per competitor only), reading the history once.

    `rates`: one unit of each currency in a common one; a price in another
    currency than our product's is converted with them, or left out without.
    `moved`: per competitor, how far its own prices moved (`pricing.band`)."""
    n_days = (end - start).days + 1
    spans = state_spans(observations, start, end)
    if spans.empty or pairs.empty:
        return [{} for _ in by]
    columns = ["competitor", "competitor_product_id", "our_currency", "weight"]
    columns += [column for column in ["status", *by] if column and column in pairs.columns]
    # Our price per their pack as a float, once per pair rather than once per observation.
    ours = _floats(pairs.our_price) * np.where((pack := _floats(pairs.their_pack)) > 0, pack, 1.0)
    # The pair says whose it is; the observations' own competitor column would clash.
    joined = spans.drop(columns=["competitor"], errors="ignore").merge(
        pairs[columns].assign(_ours=ours), on="competitor_product_id")
    if joined.empty:
        return [{} for _ in by]
    ours = joined["_ours"].to_numpy(dtype=float)
    theirs = _floats(joined.price) * _conversion(joined.currency, joined.our_currency, rates or {})
    usable = (ours > 0) & (theirs > 0) & np.array([stock is not False for stock in joined.in_stock], dtype=bool)
    joined = joined[usable]
    if joined.empty:
        return [{} for _ in by]
    log_ratio = np.log(ours[usable] / theirs[usable])
    weight = joined.weight.astype(float).to_numpy()
    first, last = joined["first"].to_numpy(), joined["last"].to_numpy()
    competitor_codes, competitors = pd.factorize(joined.competitor)
    days_of = {name: [(day.isoformat(), (day - start).days) for day in sorted(crawl_days.get(name, ())) if start <= day <= end]
               for name in competitors}
    # Their regular price, their shelf price where they give none, as `pricing.ratios` takes it.
    regular = _floats(joined.regular_price) if "regular_price" in joined.columns else np.full(len(joined), np.nan)
    regular = np.where(np.isnan(regular), theirs[usable], regular * _conversion(joined.currency, joined.our_currency,
                                                                             rates or {}))
    with np.errstate(invalid="ignore", divide="ignore"):
        regular_log = np.where(regular > 0, np.log(ours[usable] / regular), np.nan)
    confirmed = (joined.status == "confirmed").to_numpy() if "status" in joined.columns else np.zeros(len(joined), bool)
    left_out = _left_out_by_day(competitor_codes, competitors, joined.currency.fillna("").to_numpy(),
                                first, last, log_ratio, regular_log, confirmed, days_of, moved or {})
    results = []
    for group in by:
        if group:
            group_codes, groups = pd.factorize(joined[group].fillna(NO_CATEGORY).astype(str))
            combined = competitor_codes.astype(np.int64) * len(groups) + group_codes
            codes, seen = pd.factorize(combined)
            uniques = [(competitors[c // len(groups)], groups[c % len(groups)]) for c in seen]
        else:
            codes, uniques = competitor_codes, [(name,) for name in competitors]
        total, weights, count = _daily_sums(codes, len(uniques), first, last, n_days,
                                            (weight * log_ratio, weight, np.ones(len(joined))))
        for day, rows in left_out:
            # Taken back out of the one day they are far out on.
            np.subtract.at(total[:, day], codes[rows], (weight * log_ratio)[rows])
            np.subtract.at(weights[:, day], codes[rows], weight[rows])
            np.subtract.at(count[:, day], codes[rows], 1.0)
        index = 100 * np.exp(np.divide(total, weights, out=np.full_like(total, np.nan), where=weights > 0))
        counts = np.rint(count).astype(int)
        result: dict = {}
        # Rows as lists: a numpy scalar read per group and day cost a tenth of a second at 1,400 groups.
        for code, key, index_row, count_row, weight_row in zip(range(len(uniques)), uniques, index.tolist(),
                                                              counts.tolist(), weights.tolist()):
            competitor = key[0]
            series = [{"date": iso, "index": index_row[i], "pairs": count_row[i]}
                      for iso, i in days_of[competitor] if count_row[i] and weight_row[i] > 0]
            if not series:
                continue
            if group:
                result.setdefault(competitor, {})[key[1]] = series
            else:
                result[competitor] = series
        results.append(result)
    return results


def _left_out_by_day(competitor_codes: np.ndarray, competitors, currencies: np.ndarray, first: np.ndarray,
                     last: np.ndarray, shelf_log: np.ndarray, regular_log: np.ndarray, confirmed: np.ndarray,
                     days_of: dict, moved: dict[str, float]) -> list[tuple[int, np.ndarray]]:
    """Per crawl day shown, the rows (spans) left out of that day's point: on that day's ratios, each
    competitor's pairs in each currency judged by `pricing.outliers`' rule. Only the days shown are judged,
    since a band is a median over the day's pairs."""
    currency_codes, currency_names = pd.factorize(pd.Series(currencies, dtype=object))
    result = []
    for code, competitor in enumerate(competitors):
        mine = np.flatnonzero(competitor_codes == code)
        # (Sliced once per competitor, not per day: a large shop has some 300,000 spans.)
        mine_first, mine_last, mine_currency = first[mine], last[mine], currency_codes[mine]
        groups = [(currency_names[c], mine_currency == c) for c in np.unique(mine_currency)]
        for _, day in days_of[competitor]:
            covering = (mine_first <= day) & (mine_last >= day)
            for currency, in_currency in groups:
                rows = mine[covering & in_currency] if len(groups) > 1 else mine[covering]
                shelf_band = pricing.band(shelf_log[rows], competitor, currency, moved=moved.get(competitor))
                regular_band = pricing.band(regular_log[rows], competitor, currency, moved=moved.get(competitor))
                shelf_out, regular_out = pricing.left_out(shelf_log[rows], regular_log[rows], confirmed[rows],
                                                          shelf_band, regular_band)
                out = rows[shelf_out | regular_out]
                if len(out):
                    result.append((day, out))
    return result


def _conversion(theirs: pd.Series, ours: pd.Series, rates: dict[str, float]) -> np.ndarray:
    """Per row, what their price is multiplied by to be in our currency: 1 when the same, NaN without a rate."""
    same = (theirs.to_numpy() == ours.to_numpy())
    if same.all():
        return np.ones(len(same))  # one currency throughout (most shops): no rate to look up
    to_common = pd.to_numeric(theirs.map(rates), errors="coerce").to_numpy(dtype=float)
    from_common = pd.to_numeric(ours.map(rates), errors="coerce").to_numpy(dtype=float)
    return np.where(same, 1.0, to_common / from_common)


def _floats(values: pd.Series) -> np.ndarray:
    """Prices as floats for the logarithms (NaN where missing): Decimals, floats or None alike."""
    if values.dtype.kind == "f":
        return values.to_numpy()
    return pd.to_numeric(pd.Series([None if v is None else float(v) for v in values], dtype=object),
                         errors="coerce").to_numpy(dtype=float)


def stock_outs(
    observations: pd.DataFrame, last_seen: pd.Series, *, start: date, end: date, crawl_days: dict[str, set[date]],
) -> dict[str, dict]:
    """Per competitor: the share out of stock on each crawl day, products back in stock and how long they were out.

    `observations`: competitor, competitor_product_id, observed_at, in_stock.
    `last_seen`: per competitor product id, when it was last listed; a product
    counts as listed until then.
    """
    n_days = (end - start).days + 1
    spans = state_spans(observations, start, end, until=last_seen)
    result: dict[str, dict] = {}
    if spans.empty:
        return result
    codes, names = pd.factorize(spans.competitor)
    out = np.array([stock is False for stock in spans.in_stock], dtype=float)
    listed, gone = _daily_sums(codes, len(names), spans["first"].to_numpy(), spans["last"].to_numpy(), n_days,
                               (np.ones(len(spans)), out))
    spells = _spells_back(observations, start)
    for code, competitor in enumerate(names):
        history = []
        for day in sorted(d for d in crawl_days.get(competitor, ()) if start <= d <= end):
            i = (day - start).days
            n = int(round(listed[code, i]))
            if n:
                history.append({"date": day.isoformat(), "out_of_stock": int(round(gone[code, i])), "products": n,
                                "share": float(gone[code, i] / n)})
        back = spells.get(competitor, [])
        result[competitor] = {"history": history, "back_in_stock": len(back),
                              "median_days_out": float(np.median(back)) if back else None}
    return result


def _spells_back(observations: pd.DataFrame, start: date) -> dict[str, list[float]]:
    """Per competitor, the length in days of each out-of-stock spell that ended (back in stock) since `start`."""
    if observations.empty:
        return {}
    frame = observations.sort_values(["competitor_product_id", "observed_at"], kind="stable").reset_index(drop=True)
    out = pd.Series([stock is False for stock in frame.in_stock])
    same = frame.competitor_product_id.eq(frame.competitor_product_id.shift())
    was_out = out.shift(fill_value=False) & same
    began = frame.observed_at.where(out & ~was_out)
    # The start of the spell each row belongs to, carried forward within the product.
    began = began.groupby(frame.competitor_product_id).ffill()
    back = ~out & was_out
    when = pd.to_datetime(frame.observed_at, utc=True)
    ended_in_window = when >= pd.Timestamp(start, tz="UTC")
    rows = frame[back & ended_in_window & began.notna()]
    days = (when[rows.index] - pd.to_datetime(began[rows.index], utc=True)).dt.total_seconds() / 86400
    result: dict[str, list[float]] = {}
    for competitor, length in zip(rows.competitor, days):
        result.setdefault(competitor, []).append(float(length))
    return result


def window(end: date, days: int) -> tuple[date, date]:
    """The first and last day of a window of `days` days ending on `end`."""
    return end - timedelta(days=days - 1), end
