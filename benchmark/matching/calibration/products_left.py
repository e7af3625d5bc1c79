"""The second round of wording matches, among the products the first round
and the assignment left unmatched (`second_round`): proposed, not matched.

**The products left** (`second_round`). Each other's best is read among
all of a competitor's listings, so a product of ours whose first choice went
to another product (a sibling both shops sell, another product of ours
titled as that listing is) gets no wording match, though among the products
left it and its own counterpart may be each other's best. The same tests,
read among the products no pair matched, find such pairs, and they are
proposed to a person, not matched. They are a second choice, and the
nulls of `gate.py` vouch for first choices only. Matched, they emptied a small
catalogue's review queue of the answers its learnt model is fitted to, so
that the figure after a person's answers fell (bench/history/matching.md,
ninth session; `bench/matching_gate.py` prints the proposals per view and
how many the truth holds).
"""

from __future__ import annotations

import numpy as np

from benchmark.matching.calibration.pair_tests import WordingTests
from benchmark.matching.calibration.ranks import unique_best


def second_round(tests: WordingTests, left_ours: np.ndarray, left_theirs: np.ndarray, floor: float, speaks: bool,
                 answered_floor: float | None = None) -> np.ndarray:
    """Per candidate pair: once the first round's matches are taken, are the
    two each other's unique best among the products left (`left_ours[i]`,
    `left_theirs[j]`: no matched pair, none a person confirmed), passing the
    tests of a wording match at its floor? Only where this competitor's
    wording speaks, as in `wording_matches`. The caller proposes these pairs,
    it does not match them (the module docstring says why)."""
    rows, cols = tests.rows, tests.cols
    if not len(rows) or not speaks:
        return np.zeros(len(rows), dtype=bool)
    # The pairs left that a wording match could be (no identifier, no
    # conflict, prices in tolerance): a sibling that took our product's
    # attention by a conflict no longer hides its counterpart.
    among = left_ours[rows] & left_theirs[cols] & tests.plausible
    view = np.where(among, tests.scores, -np.inf)
    # Our product must have had a choice among its candidates, as in the first
    # round (its first choice went to another product: that was the choice).
    # Counted among the listings left only, it proposed fewer true pairs and
    # lowered three views after answers (bench/history/matching.md, ninth session).
    return (among & (tests.scores >= tests.floor(floor, answered_floor)) & unique_best(rows, view)
            & unique_best(cols, view) & (np.bincount(rows)[rows] > 1))
