"""Wording matches in a batch of pairs, where no catalogue stands around
the pairs.

**A batch of pairs** (`batch_matches`, for `score_pairs`): a file of pairs
to judge, each product on one or several rows, has no catalogue around it,
but it is one in small: a product put forward with several candidates chose
among them. The same tests apply with the batch in place of the catalogues
(each other's unique best among their rows, the left product having had a
choice; no conflict; above the batch's median second-best score; prices as
close as on the batch's sure pairs), except the catalogue gate
(`wording_evidence`): a batch holds the candidates someone
put forward for each product, not two catalogues that may have few products
in common. This was developed on the WDC Products test pairs
(see bench/history/matching.md, "Zero-touch and WDC pairs", for the
figures, and for its validation pairs).
"""

from __future__ import annotations

import numpy as np

from benchmark._text import Features
from benchmark.matching.calibration.pair_tests import wording_tests


def batch_matches(left: np.ndarray, right: np.ndarray, scores: np.ndarray, fuzzy: np.ndarray, conflicted: np.ndarray,
                  ours: list[Features], theirs: list[Features], floor: float, match_threshold: float) -> np.ndarray:
    """Per row of a batch of pairs: is it a match by its wording? `left[n]`,
    `right[n]`: the numbers of its two products (a product on several rows
    keeps its number), `ours` and `theirs` their features by those numbers.
    The tests of `wording_matches` with the batch standing for the catalogues,
    without the catalogue gates (see the module docstring)."""
    if not len(scores):
        return np.zeros(0, dtype=bool)
    tests = wording_tests(left, right, scores, fuzzy, conflicted, ours, theirs, match_threshold)
    return tests.wanted(tests.floor(floor)) & tests.each_others_best
