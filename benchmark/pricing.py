"""Price index and price position over matched pairs.

Price index = 100 x weighted geometric mean of (our price / their price) over
matched pairs where both prices are known, in the same currency, and their
product is in stock. Above 100 means we are dearer. The geometric mean keeps
the index symmetric: 10% dearer on one product and 10% cheaper on another
nets to about 100, where an arithmetic mean would drift upwards.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from decimal import Decimal

import numpy as np
import pandas as pd

from storecheck.models import is_missing

DEFINITIONS = [
    (
        "Price index",
        "100 × the weighted geometric mean of (our price ÷ their price) over matched products that both shops price "
        "in the same currency and that they have in stock. Above 100: we are dearer; below 100: we are cheaper. "
        "Weights are our products' sales weights (1 when not given). Shown on the shelf price (promotions included) "
        "and on the regular price.",
    ),
    (
        "Price position",
        "The share of matched products where we are cheaper, the same (within the tolerance set in storecheck.toml, "
        "1% by default) or dearer, on the shelf price.",
    ),
    ("Gap", "(our price ÷ their price − 1) × 100 %: +10% means we charge 10% more."),
]


def comparable(pairs: pd.DataFrame) -> pd.DataFrame:
    """Pairs that can be compared on price: both prices > 0, same currency, theirs in stock."""
    if pairs.empty:
        return pairs
    return pairs[_comparable_mask(pairs)]


def _comparable_mask(pairs: pd.DataFrame) -> list[bool]:
    return [
        _positive(ours) and _positive(theirs) and our_currency == their_currency and in_stock is not False
        for ours, theirs, our_currency, their_currency, in_stock in zip(
            pairs.our_price, pairs.their_price, pairs.our_currency, pairs.their_currency, pairs.in_stock
        )
    ]


def _positive(value: object) -> bool:
    return isinstance(value, Decimal) and value > 0


def price_index(ratios, weights=None) -> float | None:
    """100 x the weighted geometric mean of `ratios` (our price / theirs, each above 0); None when
    there is no ratio or the weights add up to nothing (no pair carries any sales weight)."""
    ratios = np.asarray(ratios, dtype=float)
    weights = np.ones(len(ratios)) if weights is None else np.asarray(weights, dtype=float)
    if not len(ratios):
        return None
    # A plain sum of products, not np.dot: BLAS threads cost ~100x on a busy machine at this size.
    return _from_sums(float((weights * np.log(ratios)).sum()), float(weights.sum()))


def ratios(pairs: pd.DataFrame) -> pd.DataFrame:
    """The comparable pairs (see `comparable`) with, per pair, our price ÷ theirs on the shelf
    price (`ratio`) and on their regular price (`regular_ratio`, their shelf price when they
    give none; NaN when it is not above 0) and the `weight`, computed once, so the index of any
    group is a sum over these columns rather than a pass over Decimals per group."""
    frame = comparable(pairs)
    if frame.empty:
        return frame.assign(ratio=[], regular_ratio=[], log_weighted=[], regular_log_weighted=[], regular_weight=[])
    ours = [Decimal(o) for o in frame.our_price]
    ratio = [float(o / Decimal(t)) for o, t in zip(ours, frame.their_price)]
    regular = []
    for o, t, r in zip(ours, frame.their_price, frame.their_regular_price):
        r = t if is_missing(r) else Decimal(r)
        regular.append(float(o / r) if r > 0 else math.nan)
    # The weights as floats once, for every sum over them.
    weight = frame.weight.astype(float)
    frame = frame.assign(ratio=ratio, regular_ratio=regular, weight=weight)
    has_regular = frame.regular_ratio.notna()
    return frame.assign(
        log_weighted=weight * [math.log(r) for r in ratio],
        regular_weight=weight.where(has_regular, 0.0),
        regular_log_weighted=(weight * [math.log(r) if r == r else 0.0 for r in regular]).where(has_regular, 0.0),
    )


def _ratios_of(pairs: pd.DataFrame) -> pd.DataFrame:
    # Pairs, or their `ratios` already worked out: a report computes them once for every figure.
    return pairs if "log_weighted" in pairs.columns else ratios(pairs)


def _from_sums(log_weighted: float, weight: float) -> float | None:
    return 100.0 * math.exp(log_weighted / weight) if weight > 0 else None


def summarise(pairs: pd.DataFrame, *, same_tolerance: float = 0.01) -> dict:
    """Index (shelf and regular), position shares and pair count for one set of pairs.

    `pairs` columns: our_price, their_price, their_regular_price, our_currency,
    their_currency, in_stock, weight; or the `ratios` of such pairs.
    """
    return _summary(_ratios_of(pairs), same_tolerance)


def _summary(frame: pd.DataFrame, same_tolerance: float) -> dict:
    n = len(frame)
    if not n:
        return {"pairs": 0, "price_index": None, "price_index_regular": None, "cheaper": 0.0, "same": 0.0, "dearer": 0.0}
    cheaper = int((frame.ratio < 1 - same_tolerance).sum()) / n
    dearer = int((frame.ratio > 1 + same_tolerance).sum()) / n
    return {
        "pairs": n,
        "price_index": _from_sums(float(frame.log_weighted.sum()), float(frame.weight.sum())),
        "price_index_regular": _from_sums(float(frame.regular_log_weighted.sum()), float(frame.regular_weight.sum())),
        "cheaper": cheaper,
        "same": 1 - cheaper - dearer,
        "dearer": dearer,
    }


def gaps(pairs: pd.DataFrame) -> pd.DataFrame:
    """Comparable pairs with their gap in percent (positive: we are dearer), from their `ratios`
    (worked out here unless given): one division of our price by theirs for every figure."""
    frame = _ratios_of(pairs)
    return frame.assign(gap_pct=(frame.ratio.astype(float) - 1) * 100)


def by_category(pairs: pd.DataFrame, *, same_tolerance: float = 0.01) -> list[dict]:
    rows = []
    frame = _ratios_of(pairs)
    if frame.empty:
        return rows
    frame = frame.assign(category=frame.category.fillna("(none)"))
    sums = frame.groupby(["competitor", "category"], sort=True).agg(
        log_weighted=("log_weighted", "sum"), weight=("weight", "sum"), pairs=("ratio", "size"))
    for (competitor, category), row in sums.iterrows():
        rows.append({"competitor": competitor, "category": category,
                     "price_index": _from_sums(row.log_weighted, row.weight), "pairs": int(row.pairs)})
    return rows


def largest_gaps(rows: Iterable[Mapping], n: int = 10) -> tuple[list[dict], list[dict]]:
    """The ``n`` pairs where we are dearest and the ``n`` where we are cheapest.

    Returns ``(dearer, cheaper)``: pairs with a positive gap, largest first,
    and pairs with a negative gap, most negative first. Pairs without a gap
    are ignored.
    """
    gaps = [(g, row) for row in rows if (g := _gap(row.get("gap_pct"))) is not None]
    dearer = sorted((item for item in gaps if item[0] > 0), key=lambda item: -item[0])
    cheaper = sorted((item for item in gaps if item[0] < 0), key=lambda item: item[0])
    # Copies of the rows returned only (the caller may add to them).
    return [dict(row) for _, row in dearer[:n]], [dict(row) for _, row in cheaper[:n]]


def _gap(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
