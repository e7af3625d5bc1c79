"""A sequel, a volume or an edition is another product: a number that names
it, on one title only or another on each, tells two titles written alike
apart, across shops and between two listings of one shop
(`conflicts._edition_conflict`)."""

from __future__ import annotations

from benchmark.matching import SAME_LISTING_CLAUSE, match_products
from tests.test_matching import _WORDING, ours, pairs, theirs


def test_the_sequel_listed_beside_our_product_is_not_matched_to_it():
    # The shop sells the game and its sequel, titled alike but for the "2":
    # the sequel is neither the same product listed again nor ours.
    found = match_products(ours({"sku": "T", "name": "Tonka Search & Rescue"}),
                           theirs({"competitor_product_id": 1, "name": "Tonka Search & Rescue"},
                                  {"competitor_product_id": 2, "name": "Tonka Search & Rescue 2"}))
    assert pairs(found, "matched") == {("T", 1)}
    assert ("T", 2) not in pairs(found, "proposed")
    assert not found.reason.str.startswith(SAME_LISTING_CLAUSE).any()


def test_our_product_is_not_matched_to_a_sequel_written_as_we_write_it():
    # The competitor words our products its own way and sells their sequels
    # under our very titles with a "2": each sequel is nearer in words to
    # our product than its counterpart is, and is not it.
    our = ours(*({"sku": f"O{n}", "name": a} for n, (a, _) in enumerate(_WORDING)))
    listings = [{"competitor_product_id": n, "name": b} for n, (_, b) in enumerate(_WORDING)]
    sequels = {100 + n: f"{a} 2" for n, (a, _) in enumerate(_WORDING) if not a[-1].isdigit()}
    listings += [{"competitor_product_id": k, "name": name} for k, name in sequels.items()]
    matched = pairs(match_products(our, theirs(*listings)), "matched")
    assert not {k for _, k in matched} & sequels.keys()
    assert matched, "the counterparts are still matched by their wording"
