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
from benchmark.matching.code_owners import CodeOwners, _code_owners
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
    among them, as in a catalogue. The brand fields of all the rows are read
    as two catalogues' are (`_pairs_owners`): a brand any row writes tells
    every pair's titles that it is a maker's name."""
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
    owners = _pairs_owners(a, b)
    rows = []
    conflicted = np.zeros(len(a), dtype=bool)
    for i in range(len(a)):
        score, method, reason, equivalent, _, v = compare(a[i], b[i], float(cosine[i]), our_gtin=our_gtins[i],
                                                          their_gtin=their_gtins[i], code_owners=owners)
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


def _pairs_owners(ours: list, theirs: list) -> CodeOwners:
    """What the two sides of a pairs file say to the comparison: the brands
    and makers their brand fields write, read as `match_products` reads two
    catalogues' (`code_owners._code_owners`: a maker's name before
    "compatible", two makers apart on one code), and no count of the
    products carrying each code. In a catalogue that count says a code is a
    series or a standard (on more than MAX_CODE_PRODUCTS products of one
    shop); a pairs file holds the offers someone chose to pair, often
    several offers of one product (one per shop), so there it counts how
    often a product was put in the file, and would take the identifier from
    the products paired most. Every code is then read as an identifier, as
    the comparison reads a code on its own. Measured on the WDC Products
    pairs: counted per product (by sku or competitor_product_id), the
    validation pairs' F1 fell 0.636 -> 0.626 (bench/history/matching.md,
    eleventh session)."""
    full = _code_owners(ours, theirs)
    return CodeOwners({}, {}, full.brands, full.makers)


def _products(keys: pd.Series) -> np.ndarray:
    """A number per row, the same for rows of one product (a row with no key is a product of its own)."""
    keys = keys.astype(object).reset_index(drop=True)
    keys = keys.where(keys.notna(), pd.Series([("row", n) for n in range(len(keys))], dtype=object))
    return pd.factorize(keys)[0]
