"""The share of one side's products that lack a counterpart, at most
(`lacking_share`): what each null of the gate (`nulls.py`, `gate.py`)
is read for, since it stands for those products only.
"""

from __future__ import annotations

import numpy as np
from scipy.special import betaincinv

from benchmark.matching.candidates import sorted_unique
from benchmark.matching.calibration.nulls import CONFIDENCE
from benchmark.matching.calibration.prices import MIN_SURE


def lacking_share(keys: np.ndarray, scores: np.ndarray, sure: np.ndarray) -> float:
    """The share, at most, of one side's products without a sure pair (the
    `keys` side: rows for ours, columns for theirs) that have no counterpart
    on the other side: an upper bound read from the distribution of their
    best scores, 1 where the data cannot show less.

    A product with a sure pair whose sure listings are taken away is a
    product without a counterpart for certain (as in the chance null); its
    best score among the candidates left is the best a product without
    one gets in this catalogue. The median of those (lambda) splits that
    null in two halves; a side whose products all lacked a counterpart
    would have about half of its bests under it too, and a product with its
    counterpart present scores its best at the counterpart, mostly above.
    The share lacking is so at most (share of bests under lambda) / (null's
    share under lambda), the estimate of the share of true nulls in
    multiple testing (Storey's pi0, with lambda the null's median). Which
    side is read matters: where a competitor carries a tenth of our range,
    a specialist selling a few of our products, every listing of theirs may
    have its counterpart while nine in ten of our products have none;
    decoys that take each listing's counterpart away then count the wrong
    pairs of listings the catalogue does not have. The null's share is
    taken at the lower end of its CONFIDENCE interval (Clopper-Pearson), and
    read from MIN_SURE sure products up (else 1): they are few where the
    overlap is small, and a handful of them does not show where the null's
    middle lies (three low ones would put it under every best); the free
    products' share is read as counted, as the decoys' counts are. Where
    the counterparts' scores overlap the null's (the WDC catalogues: a true
    pair at 0.45, a sibling at 0.50), the bound stays near 1 and nothing
    changes; it falls only where the data shows the bests above what
    products without a counterpart reach (bench/history/matching.md,
    twentieth session, "tenth")."""
    sure_keys = sorted_unique(keys[sure])
    if not len(sure_keys):
        return 1.0
    size = int(keys.max()) + 1
    best = np.full(size, -np.inf)
    np.maximum.at(best, keys, scores)
    # The sure products' best among their other candidates: each without its counterpart.
    rest = np.full(size, -np.inf)
    np.maximum.at(rest, keys[~sure], scores[~sure])
    null = rest[sure_keys]
    null = null[np.isfinite(null)]
    if len(null) < MIN_SURE:
        return 1.0
    has = np.zeros(size, dtype=bool)
    has[keys] = True
    has[sure_keys] = False
    free = best[has]
    if not len(free):
        return 1.0
    cut = float(np.median(null))
    under = int((null < cut).sum())
    if not under:
        return 1.0
    # The lower confidence bound of the null's share under its median (Clopper-Pearson).
    null_share = float(betaincinv(under, len(null) - under + 1, 1 - CONFIDENCE))
    return min(1.0, float((free < cut).mean()) / null_share)
