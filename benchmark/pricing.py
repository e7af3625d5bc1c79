"""Price index and price position over matched pairs.

Price index = 100 x weighted geometric mean of (our price / their price) over
matched pairs where both prices are known, in the same currency, and their
product is in stock. Above 100 means we are dearer. The geometric mean keeps
the index symmetric: 10% dearer on one product and 10% cheaper on another
nets to about 100, where an arithmetic mean would drift upwards.
"""

from __future__ import annotations

import math
from decimal import Decimal

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
    keep = [
        _positive(ours) and _positive(theirs) and our_currency == their_currency and in_stock is not False
        for ours, theirs, our_currency, their_currency, in_stock in zip(
            pairs.our_price, pairs.their_price, pairs.our_currency, pairs.their_currency, pairs.in_stock
        )
    ]
    return pairs[keep]


def _positive(value: object) -> bool:
    return isinstance(value, Decimal) and value > 0


def price_index(ratios: list[float], weights: list[float] | None = None) -> float | None:
    if not ratios:
        return None
    weights = weights or [1.0] * len(ratios)
    total = sum(weights)
    if total <= 0:
        return None
    return 100.0 * math.exp(sum(w * math.log(r) for r, w in zip(ratios, weights)) / total)


def _ratios(frame: pd.DataFrame, their_column: str) -> tuple[list[float], list[float]]:
    ratios, weights = [], []
    for ours, theirs, weight in zip(frame.our_price, frame[their_column], frame.weight):
        if is_missing(theirs) or Decimal(theirs) <= 0:
            continue
        ratios.append(float(Decimal(ours) / Decimal(theirs)))
        weights.append(float(weight))
    return ratios, weights


def summarise(pairs: pd.DataFrame, *, same_tolerance: float = 0.01) -> dict:
    """Index (shelf and regular), position shares and pair count for one set of pairs.

    `pairs` columns: our_price, their_price, their_regular_price, our_currency,
    their_currency, in_stock, weight.
    """
    frame = comparable(pairs)
    if frame.empty:
        return {"pairs": 0, "price_index": None, "price_index_regular": None, "cheaper": 0.0, "same": 0.0, "dearer": 0.0}
    frame = frame.assign(
        their_regular=[p if is_missing(r) else r
                       for r, p in zip(frame.their_regular_price, frame.their_price)]
    )
    ratios, weights = _ratios(frame, "their_price")
    regular_ratios, regular_weights = _ratios(frame, "their_regular")
    n = len(ratios)
    cheaper = sum(1 for r in ratios if r < 1 - same_tolerance) / n
    dearer = sum(1 for r in ratios if r > 1 + same_tolerance) / n
    return {
        "pairs": n,
        "price_index": price_index(ratios, weights),
        "price_index_regular": price_index(regular_ratios, regular_weights),
        "cheaper": cheaper,
        "same": 1 - cheaper - dearer,
        "dearer": dearer,
    }


def gaps(pairs: pd.DataFrame) -> pd.DataFrame:
    """Comparable pairs with their gap in percent (positive: we are dearer)."""
    frame = comparable(pairs)
    if frame.empty:
        return frame.assign(gap_pct=[])
    return frame.assign(gap_pct=[(float(Decimal(o) / Decimal(t)) - 1) * 100 for o, t in zip(frame.our_price, frame.their_price)])


def by_category(pairs: pd.DataFrame, *, same_tolerance: float = 0.01) -> list[dict]:
    rows = []
    if pairs.empty:
        return rows
    for (competitor, category), group in pairs.groupby(["competitor", pairs.category.fillna("(none)")], sort=True):
        summary = summarise(group, same_tolerance=same_tolerance)
        if summary["pairs"]:
            rows.append({"competitor": competitor, "category": category, "price_index": summary["price_index"], "pairs": summary["pairs"]})
    return rows
