"""The tests of a wording match that need no floor, read once per
competitor (`WordingTests`), and the floor, the competitor's typical
wrong best. A pair below the match threshold is a match by its wording
when it passes them all and the gate (`gate.py`) lets wording speak:

- **each other's best**: the pair scores higher than any other candidate of
  our product and than any other candidate of their listing (ties are not a
  best). Two catalogues that sell the same product each find it as the other's
  nearest; a product with no counterpart finds a neighbour, and the neighbour
  usually has a nearer one. This is relative to the scores of that
  competitor's own listings, so it moves with how alike a shop's titles are.
  Our product must have had another candidate: the best of one says nothing;
- **no conflict**: none of the signals that say two products differ
  (`scoring.CONFLICTS`: capacities, colours, sibling codes, MPNs...);
- **a score above the competitor's typical wrong best**: at least the lower
  of the review threshold and the median second-best score of our products
  (`typical_wrong_best`: how alike a product of ours is, at best, to a
  listing that is not its counterpart, in this catalogue);
- **prices as far apart as this competitor's are on sure matches**
  (`prices.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from benchmark._text import Features
from benchmark.matching.calibration.prices import price_ratios, price_tolerance
from benchmark.matching.calibration.ranks import _first_ranks, unique_best
from benchmark.matching.calibration.writing import pair_writing


def typical_wrong_best(rows: np.ndarray, scores: np.ndarray) -> float:
    """The median, over our products with two candidates or more, of the
    second-best score: how alike this competitor's titles are to one of ours
    that is not its counterpart, at best, on a typical product."""
    found = scores[_first_ranks(rows, scores, 2) == 1]
    return float(np.median(found)) if len(found) else float("inf")


@dataclass(frozen=True)
class WordingTests:
    """The tests of a wording match that need no floor, per pair (rows[n],
    cols[n]), read once per competitor and shared by the decoy and chance
    nulls, the candidates and the matches: `plausible`, fuzzy with no
    conflict and prices in tolerance; `ours_best`, our product's unique best
    (out of two candidates or more); `theirs_best`, their listing's;
    `typical_wrong`, the typical wrong best (`typical_wrong_best`); `writing`,
    per pair, whether each side writes a script other than Latin (`writing.py`:
    the gate's decoy reads each writing apart), None where it is not read."""

    rows: np.ndarray
    cols: np.ndarray
    scores: np.ndarray
    plausible: np.ndarray
    ours_best: np.ndarray
    theirs_best: np.ndarray
    typical_wrong: float
    writing: np.ndarray | None = None
    # Per pair: the two share a model code the catalogues write on more than MAX_CODE_PRODUCTS listings of a
    # side, which names the pair only as the catalogue ties it to one listing (`codes._identifies`); None
    # where it is not read. The chance null does not ask a product sure only so (`nulls._chance_counts`).
    listed_models: np.ndarray | None = None

    def floor(self, floor: float, answered_floor: float | None = None) -> float:
        """The floor of a wording match: the lower of `floor` (the review
        threshold) and the typical wrong best, or the floor a person's
        answers set (`answers.py`) instead of the data's."""
        return min(floor, self.typical_wrong) if answered_floor is None else answered_floor

    def wanted(self, floor: float) -> np.ndarray:
        """Per pair: plausible and at or above `floor` (see `floor`)."""
        return self.plausible & (self.scores >= floor)

    @property
    def each_others_best(self) -> np.ndarray:
        return self.ours_best & self.theirs_best


def wording_tests(rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, fuzzy: np.ndarray, conflicted: np.ndarray,
                  ours: list[Features], theirs: list[Features], match_threshold: float) -> WordingTests:
    """The floor-free tests of a wording match per pair (rows[n], cols[n]) (`WordingTests`)."""
    ratios = price_ratios(rows, cols, ours, theirs)
    plausible = fuzzy & ~conflicted & ~(ratios > price_tolerance(ratios, scores >= match_threshold))
    # Our product must have chosen among listings: the best of one is no evidence.
    # A listing that shares its words with one of ours only is all the more that one's.
    return WordingTests(rows, cols, scores, plausible, unique_best(rows, scores) & (np.bincount(rows)[rows] > 1),
                        unique_best(cols, scores), typical_wrong_best(rows, scores),
                        pair_writing(rows, cols, ours, theirs))
