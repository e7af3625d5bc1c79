"""Many-to-one both ways: a competitor's listing that goes to two products of
ours when our catalogue lists one product twice (`calibration.mirrored_matches`,
`assignment.assign`), and only then: a sibling our catalogue carries beside the
product is not linked to that product's listing."""

from __future__ import annotations

import numpy as np
import pandas as pd

from benchmark.matching import LEFT_FREE_CLAUSE, assignment, calibration, match_products
from tests.test_matching import ours, pairs, theirs
from tests.test_matching_gate import _every_product_sold

TWIN = "the same product as our"


def _tests(rows, cols, scores, plausible=None, typical_wrong=0.5) -> calibration.WordingTests:
    rows, cols, scores = np.array(rows), np.array(cols), np.array(scores, dtype=np.float64)
    return calibration.WordingTests(
        rows, cols, scores, np.ones(len(rows), bool) if plausible is None else np.array(plausible),
        calibration.unique_best(rows, scores) & (np.bincount(rows)[rows] > 1),
        calibration.unique_best(cols, scores), typical_wrong)


def test_our_product_whose_clear_best_listing_prefers_another_of_ours_is_flagged():
    # Ours 0 and 1, listings 0 and 1. Listing 0 prefers ours 0 (0.80) to ours
    # 1 (0.75); ours 1 prefers listing 0 to listing 1 by 0.35, more than
    # listing 0 prefers ours 0 to it (0.05): flagged. Ours 0's best is
    # listing 0 itself: it is each other's best, not a mirror.
    tests = _tests([0, 0, 1, 1], [0, 1, 0, 1], [0.80, 0.30, 0.75, 0.40])
    flagged = calibration.mirrored_matches(tests, 0.6, speaks=True)
    assert flagged.tolist() == [False, False, True, False]
    # Not by a clear margin (ours 1's next listing at 0.72): not flagged.
    close = _tests([0, 0, 1, 1], [0, 1, 0, 1], [0.80, 0.30, 0.75, 0.72])
    assert not calibration.mirrored_matches(close, 0.6, speaks=True).any()
    # Where this competitor's wording is no evidence, or the pair is no
    # plausible wording match (a conflict, prices apart), nothing is flagged.
    assert not calibration.mirrored_matches(tests, 0.6, speaks=False).any()
    conflicted = _tests([0, 0, 1, 1], [0, 1, 0, 1], [0.80, 0.30, 0.75, 0.40], plausible=[True, True, False, True])
    assert not calibration.mirrored_matches(conflicted, 0.6, speaks=True).any()


def _row(score, i, j, n, method="fuzzy"):
    return (score, i, j, method, n, False, False)


class _Same:
    """A stand-in for `assignment._DuplicateListings`: these pairs are one product."""

    def __init__(self, *alike):
        self.alike = {frozenset(pair) for pair in alike}

    def prefetch(self, pairs):
        pass

    def __call__(self, a, b):
        return frozenset((a, b)) in self.alike


def test_a_flagged_pair_goes_to_our_product_only_when_the_two_are_one_product():
    # Listing 0 goes to ours 0 (best first); ours 1, flagged for listing 0
    # and left without a listing, takes it as well only if ours 0 and 1 are
    # one product by the comparison.
    scored = [_row(0.9, 0, 0, 0), _row(0.7, 1, 0, 1)]
    never = _Same()
    kept = assignment.assign(scored, {}, {}, never, set(), never, mirrored={1}, like_ours=_Same((0, 1)))
    assert [(row[1], row[2], twin) for row, _, twin in kept] == [(0, 0, None), (1, 0, 0)]
    # Siblings: no link.
    kept = assignment.assign(scored, {}, {}, never, set(), never, mirrored={1}, like_ours=never)
    assert [(row[1], row[2], twin) for row, _, twin in kept] == [(0, 0, None)]
    # Not flagged (not our product's clear best): no link, however alike our two are.
    kept = assignment.assign(scored, {}, {}, never, set(), never, mirrored=set(), like_ours=_Same((0, 1)))
    assert [(row[1], row[2], twin) for row, _, twin in kept] == [(0, 0, None)]


def test_a_product_we_list_twice_in_other_words_gets_the_listing_on_both():
    # A catalogue where wording matches stand (every product sold by both
    # shops), and our catalogue lists one product a second time, worded as
    # another shop would: each of our two skus gets the competitor's price.
    our, their, truth = _every_product_sold(False)
    twin = ours({"sku": "X", "name": "Mavis Beacon Teaches Typing Deluxe (PC/Mac)"})
    found = match_products(pd.concat([our, twin], ignore_index=True), their)
    matched = pairs(found, "matched")
    assert {("O0", 0), ("X", 0)} <= matched
    assert found[found.sku.isin(["O0", "X"])].reason.str.startswith(TWIN).sum() == 1
    # The other products keep their matches as without the twin.
    assert matched - {("X", 0)} == pairs(match_products(our, their), "matched")


def test_a_sibling_we_carry_does_not_take_its_siblings_listing():
    # "Typing for Kids" beside "Typing Deluxe": our catalogue carries a
    # sibling the competitor does not sell, whose clear best is the deluxe
    # box's listing (its words are all in that listing's title). Compared
    # with our deluxe box, "kids" against "deluxe" is a word that differs:
    # two products, so the listing stays with the one it chose.
    our, their, truth = _every_product_sold(False)
    sibling = ours({"sku": "X", "name": "Mavis Beacon Teaches Typing for Kids"})
    found = match_products(pd.concat([our, sibling], ignore_index=True), their)
    assert ("O0", 0) in pairs(found, "matched")
    assert not {pair for pair in pairs(found) if pair[0] == "X"}
    assert pairs(found, "matched") == pairs(match_products(our, their), "matched")


def test_a_listing_left_free_is_asked_about_once_and_says_why_when_matched():
    # A listing whose words name two products of ours ("typing deluxe ...
    # teaches kids and adults to type"; `_every_product_sold` gives it to the
    # deluxe box) prefers our deluxe box (0.82) to our "Typing for Kids and
    # Adults" (0.79), whose clear best it is, while our deluxe box holds a
    # sure listing in our own words. Which of ours it is, the titles do not
    # decide: today the product that chose it takes it (a bet, measured in
    # bench/history/matching.md, "Many-to-one both ways, kept", against giving it
    # back); what is decided is asserted here: our deluxe box keeps its sure
    # listing, the listing goes to one product of ours, and a left-free
    # match says why.
    our, their, truth = _every_product_sold(False)
    their = pd.concat([their, theirs({"competitor_product_id": 100, "name": "Mavis Beacon Teaches Typing Deluxe"})],
                      ignore_index=True)
    other = ours({"sku": "X", "name": "Mavis Beacon Typing for Kids and Adults"})
    found = match_products(pd.concat([our, other], ignore_index=True), their)
    assert ("O0", 100) in pairs(found, "matched")
    assert (found.competitor_product_id == 0).sum() == 1
    left_free = found[found.reason.str.startswith(LEFT_FREE_CLAUSE)]
    assert (left_free.status == "matched").all() and (left_free.score < 0.85).all()
    assert set(zip(left_free.sku, left_free.competitor_product_id)) <= {("X", 0)}
