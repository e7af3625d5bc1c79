"""What a person's answers say about one competitor's boundary for wording
matches: where its floor lies, and whether wording is evidence there at all.

The calibration (`calibration.py`) sets both from unlabelled data: the floor
of a wording match is the competitor's typical wrong best score, and wording
alone matches nothing where the two catalogues share too few products for
each other's best to be right half the time (`calibration.WordingEvidence.shares_products`).
Both are estimates. Answers about wording candidates (pairs no identifier
decided, each other's unique best, with no conflict and prices in tolerance)
measure them directly: a confirmed candidate under the floor says the floor
is too high for this competitor, a rejected one above it says too low; where
the data's gate is shut, candidates above the floor mostly confirmed say that
wording is evidence there after all (and mostly rejected, where the gate is
open, that it is not).

Each is one cut chosen to disagree with the fewest answers, the unlabelled
estimate counting as PRIOR_ANSWERS answers on each side of its own cut: the
floor moves past a score range only when the answers in it lean one way by
more than that many, so a handful of answers does not swing the boundary and
a page of consistent ones does. Nothing here is fitted to a data set: the cut
is the answers' own, and PRIOR_ANSWERS says how many answers outweigh the
unlabelled estimate (a page of the review queue is several times more).

So that answers can reach under the floor, the wording candidates there are
proposed (`below_floor`) where wording is evidence, and the review queue
measures their closeness to this floor rather than to the match threshold
(`review_order.review_priority`, the boundary written in their reason).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# How many answers the unlabelled calibration's floor and gate count as, on each side.
PRIOR_ANSWERS = 3
# The clause of a proposal under the floor; the review queue reads its boundary from it.
FLOOR_CLAUSE = "each other's best match by wording, under this competitor's wording floor {:.4f}; "


@dataclass(frozen=True)
class WordingBoundary:
    """One competitor's wording boundary after the answers: `floor`, and
    whether wording alone may match (`speaks`); `moved` when answers changed
    either. `calibration.WordingEvidence.beats_chance` still judges the wording matches this
    boundary gives (answers that seemed to vouch for them against it, on
    Walmart-Amazon without part numbers, added more wrong pairs than right)."""

    floor: float
    speaks: bool
    moved: bool


def answered_cut(scores: np.ndarray, confirmed: np.ndarray, prior_cut: float, prior: int = PRIOR_ANSWERS) -> float:
    """The score at or above which pairs are taken as true, chosen so that
    the fewest answers disagree with it (a confirmed pair under it, a
    rejected one at or above it), `prior_cut` standing for `prior` confirmed
    answers at it and `prior` rejected just under it. Ties go to the cut
    nearest `prior_cut`."""
    scores = np.asarray(scores, dtype=np.float64)
    confirmed = np.asarray(confirmed, dtype=bool)
    cuts = np.unique(np.r_[scores, prior_cut])

    def disagreements(cut: float) -> float:
        wrong = int((confirmed & (scores < cut)).sum() + (~confirmed & (scores >= cut)).sum())
        return wrong + prior * (cut > prior_cut) + prior * (cut < prior_cut)

    return float(min(cuts, key=lambda cut: (disagreements(cut), abs(cut - prior_cut))))


def wording_boundary(scores: np.ndarray, confirmed: np.ndarray, floor: float, speaks: bool,
                     prior: int = PRIOR_ANSWERS) -> WordingBoundary:
    """The floor and gate of wording matches after answers about wording
    candidates (their hand-set `scores`, and whether each was `confirmed`),
    from the unlabelled `floor` and `speaks`."""
    scores = np.asarray(scores, dtype=np.float64)
    confirmed = np.asarray(confirmed, dtype=bool)
    above = scores >= floor
    # The gate: do the answered candidates a wording match would take lean to true?
    lean = int((confirmed & above).sum()) - int((~confirmed & above).sum())
    now_speaks = lean > prior if not speaks else lean >= -prior
    # The floor is learnt only where wording speaks; elsewhere nothing under it is proposed to learn from.
    new_floor = answered_cut(scores, confirmed, floor, prior) if now_speaks and len(scores) else floor
    return WordingBoundary(new_floor, now_speaks, now_speaks != speaks or new_floor != floor)
