"""Two skus of ours that differ only by colour, against one competitor
listing: the twin rule (`assignment.assign`, a listing also goes to another
product of ours that is the same product as the one it went to) must not
hand a red listing to our blue sku."""

from __future__ import annotations

from benchmark.matching import match_products
from tests.test_matching import ours, pairs, theirs

DRILL = "Acme Cordless Drill Driver 18V"


def _colours(**shared) -> object:
    return ours({"sku": "RED", "name": f"{DRILL} Red", **shared}, {"sku": "BLUE", "name": f"{DRILL} Blue", **shared})


def test_a_coloured_listing_goes_to_our_sku_of_its_colour_only_under_one_gtin():
    # One GTIN on both colours (catalogues that number a model, not its
    # colours): the two skus are twins by the GTIN, so the listing's score
    # with our other colour is what keeps it off (a twin is matched only at
    # our twin's score or above; 0.64 against 1.0 here).
    our = _colours(gtin="05449000000996")
    assert pairs(match_products(our, theirs({"competitor_product_id": 1, "name": f"{DRILL} Red"}))) == {("RED", 1)}
    assert pairs(match_products(our, theirs({"competitor_product_id": 1, "name": f"{DRILL} Blue"}))) == {("BLUE", 1)}
    # A listing that names no colour is as like one as the other: both take it, as twins.
    found = match_products(our, theirs({"competitor_product_id": 1, "name": DRILL}))
    assert pairs(found, "matched") == {("RED", 1), ("BLUE", 1)}
    assert found.reason.str.startswith("the same product as our ").sum() == 1


def test_two_skus_apart_by_a_colour_under_one_mpn_are_not_twins():
    # One MPN on both colours, and on the listing: the comparison of our two
    # skus reads the colours apart (a colour conflict: under the match
    # threshold, and a variant by `assignment._DuplicateListings` were it
    # over), so they are not one product listed twice, and a listing that
    # names no colour goes to one of them, not to both.
    our = _colours(mpn="ACD18V")
    red = theirs({"competitor_product_id": 1, "name": f"{DRILL} Red", "mpn": "ACD18V"})
    assert pairs(match_products(our, red)) == {("RED", 1)}
    found = match_products(our, theirs({"competitor_product_id": 1, "name": DRILL, "mpn": "ACD18V"}))
    assert len(found) == 1 and not found.reason.str.startswith("the same product as our ").any()
    # The same two skus with one title are our catalogue listing one product twice: twins.
    same = ours(*({"sku": sku, "name": f"{DRILL} Red", "mpn": "ACD18V"} for sku in "AB"))
    assert pairs(match_products(same, red), "matched") == {("A", 1), ("B", 1)}
