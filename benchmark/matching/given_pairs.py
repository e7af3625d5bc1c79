"""`score_pairs`: pairs given rather than found, one row of ours against the
same row of theirs, with no blocking and no assignment.

A review screen shows a person one pair at a time, and labelled benchmarks
(WDC Products) are lists of pairs: both need the comparison of
`match_products` on exactly those pairs. The wording rule still applies
where a product appears on several rows, since there it chose among them,
as in a catalogue (`calibration.batch_matches`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from benchmark.matching.calibration import batch_matches
from benchmark.matching.candidates import _pair_cosine
from benchmark.matching.features import _frame, _prepare
from benchmark.matching.scoring import _CONFLICT_COLUMNS, compare


def score_pairs(ours: pd.DataFrame, theirs: pd.DataFrame, *, match_threshold: float = 0.85,
                review_threshold: float = 0.6) -> pd.DataFrame:
    """Score row i of `ours` against row i of `theirs` (frames of equal length,
    columns as for `match_products`), without blocking or assignment: for a
    review screen, or to measure the comparison on labelled pairs.
    Returns score, method, reason, equivalent and matched per row.

    `matched`: at or above `match_threshold`, or matched by wording within
    the batch (`calibration.batch_matches`): a product that appears in several
    pairs (the same sku, or competitor_product_id, on several rows) chose
    among them, as in a catalogue."""
    if len(ours) != len(theirs):
        raise ValueError("score_pairs needs frames of equal length")
    columns = ["score", "method", "reason", "equivalent", "matched"]
    if ours.empty:
        return pd.DataFrame(columns=columns)
    # Which rows are one product: the same sku on our side, the same listing on theirs.
    left = ours["sku"] if "sku" in ours.columns else pd.Series(range(len(ours)))
    right = theirs["competitor_product_id"] if "competitor_product_id" in theirs.columns else pd.Series(range(len(ours)))
    ours = _frame(ours.assign(_row=range(len(ours))), "_row")
    theirs = _frame(theirs.assign(_row=range(len(theirs))), "_row")
    a, b, our_gtins, their_gtins = _prepare(ours, theirs, 1)
    cosine = _pair_cosine(a, b, np.arange(len(a)), np.arange(len(b)))
    rows = []
    conflicted = np.zeros(len(a), dtype=bool)
    for i in range(len(a)):
        score, method, reason, equivalent, _, v = compare(a[i], b[i], float(cosine[i]), our_gtin=our_gtins[i],
                                                          their_gtin=their_gtins[i])
        conflicted[i] = any(v[c] for c in _CONFLICT_COLUMNS)
        rows.append((score, method, reason, equivalent))
    found = pd.DataFrame(rows, columns=columns[:4])
    scores = found.score.to_numpy(dtype=np.float64)
    left, right = _products(left), _products(right)
    # Each product's features by its number (a product's rows carry the same ones).
    left_features, right_features = [None] * (left.max() + 1), [None] * (right.max() + 1)
    for n in range(len(a)):
        left_features[left[n]], right_features[right[n]] = a[n], b[n]
    by_wording = batch_matches(left, right, scores, (found.method == "fuzzy").to_numpy(), conflicted, left_features,
                               right_features, review_threshold, match_threshold)
    found["matched"] = (scores >= match_threshold) | by_wording
    return found


def _products(keys: pd.Series) -> np.ndarray:
    """A number per row, the same for rows of one product (a row with no key is a product of its own)."""
    keys = keys.astype(object).reset_index(drop=True)
    keys = keys.where(keys.notna(), pd.Series([("row", n) for n in range(len(keys))], dtype=object))
    return pd.factorize(keys)[0]
