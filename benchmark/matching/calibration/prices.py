"""Prices, one of the tests of a wording match: a pair's prices as far apart
as this competitor's are on its sure matches, no further.

The ratio of the two prices, where both are known, at most the PRICE_QUANTILE
of the ratios of the pairs matched at the match threshold (at least
MIN_SURE pairs with both prices; else no price check). A shop that prices
10% off ours, or a marketplace whose sellers range widely, sets its own
tolerance. Amounts in two currencies are not compared (as in `scoring`).
"""

from __future__ import annotations

import numpy as np

from benchmark._text import Features

# A wording match's prices may be as far apart as this share of the sure matches' are.
PRICE_QUANTILE = 0.9
MIN_SURE = 20


def price_ratios(pairs_rows: np.ndarray, pairs_cols: np.ndarray, ours: list[Features],
                 theirs: list[Features]) -> np.ndarray:
    """max / min of the two prices per pair; NaN where either is unknown or not
    positive, or where both currencies are known and differ (57 DKK against
    28.90 EUR says nothing by its amounts; `scoring` skips its price check there too)."""
    # Per product, then per pair: a catalogue has several times fewer products than candidate pairs.
    a = np.fromiter((f.price for f in ours), dtype=np.float64, count=len(ours))[pairs_rows]
    b = np.fromiter((f.price for f in theirs), dtype=np.float64, count=len(theirs))[pairs_cols]
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.maximum(a, b) / np.minimum(a, b)
    ca = np.array([f.currency or "" for f in ours], dtype=object)[pairs_rows]
    cb = np.array([f.currency or "" for f in theirs], dtype=object)[pairs_cols]
    other_currency = (ca != "") & (cb != "") & (ca != cb)
    ratio[~((a > 0) & (b > 0)) | other_currency] = np.nan
    return ratio


def price_tolerance(ratios: np.ndarray, sure: np.ndarray) -> float:
    """The PRICE_QUANTILE of the price ratios of the sure pairs, or inf with too few of them."""
    known = ratios[sure & ~np.isnan(ratios)]
    return float(np.quantile(known, PRICE_QUANTILE)) if len(known) >= MIN_SURE else float("inf")

