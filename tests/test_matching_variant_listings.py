"""Listings of one shop that are variants of each other, not duplicates.

A shop lists a product's colours (sizes, capacities, a compatible copy of
it) apart for a reason: they are products of their own. Two such listings
can read almost alike, closer than the match threshold asks of a pair across
shops, so titles alone would make them one product (`assignment._DuplicateListings`).
A person who confirms one colour for our product then vouches for that
colour only; a listing that is the same product worded again still comes
with it."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd

from benchmark.matching import VARIANT_CLAUSE, match_products
from tests.test_matching import ours, pairs, theirs

CONFIRMED = "(confirmed by a person)"
_CASE = {"brand": "rooCASE", "price": Decimal("32.93")}
_OUR_CASE = ours({"sku": "CASE", "name": "rooCASE Multi-Angle Leather Case for LG G-Slate 8.9-Inch 4G Tablet",
                  "brand": "rooCASE", "price": Decimal("35.00")})

def _shop(listings: pd.DataFrame) -> pd.DataFrame:
    """`listings` among the rest of the shop's range (other brands and kinds,
    in colours of their own), so that the words the listings share weigh as
    they do in a real catalogue, where the colour is one word among many."""
    kinds = ["USB flash drive 16GB", "wireless optical mouse", "in-ear headphones", "laptop backpack 15 inch",
             "HDMI cable 2m", "portable speaker", "digital camera 14MP", "phone charger", "keyboard", "webcam HD"]
    colours = ["Black", "Red", "Blue", "White", "Magenta"]
    rest = [{"competitor_product_id": 100 + 10 * b + k, "name": f"{brand} {kind} {colours[(b + k) % 5]}",
             "brand": brand, "price": Decimal(10 + b + k)}
            for b, brand in enumerate(["Sony", "Kingston", "Targus", "Belkin", "Philips"])
            for k, kind in enumerate(kinds)]
    return pd.concat([listings, theirs(*rest)], ignore_index=True)


_COLOURS = theirs(
    {"competitor_product_id": 1, "name": "rooCASE Ultra Slim Red Leather Case Cover with Stand for LG G-Slate 8.9-Inch "
                                         "4G Android Tablet Wi-Fi 4G", **_CASE},
    {"competitor_product_id": 2, "name": "rooCASE Ultra Slim Magenta Leather Case Cover with Stand for LG G-Slate "
                                         "8.9-Inch 4G Android Tablet Wi-Fi 4G", **_CASE},
    {"competitor_product_id": 3, "name": "rooCASE Ultra Slim Black Leather Case Cover with Stand for LG G-Slate "
                                         "8.9-Inch 4G Android Tablet Wi-Fi 4G", **_CASE},
)


def _confirmed(sku, pid) -> pd.DataFrame:
    return pd.DataFrame({"sku": [sku], "competitor_product_id": [pid], "status": ["confirmed"]})


def test_confirming_one_colour_does_not_match_the_other_colours():
    # Our case names no colour; the shop lists it in red, magenta and black,
    # titles alike but for the colour. A person confirms the red one.
    found = match_products(_OUR_CASE, _shop(_COLOURS), decisions=_confirmed("CASE", 1))
    # The magenta and black listings are other products of the shop: not
    # matched on the strength of the red one's confirmation, nor said to be
    # "the same product" as it. Our case names no colour, so either may be
    # it: they are put to the person as variants of the red one.
    assert not pairs(found, "matched") & {("CASE", 2), ("CASE", 3)}
    assert not found.reason.str.contains(CONFIRMED, regex=False).any()
    assert pairs(found, "proposed") == {("CASE", 2), ("CASE", 3)}
    assert found.reason.str.startswith(VARIANT_CLAUSE).all()


def test_a_listing_worded_again_still_comes_with_the_confirmed_one():
    # The same red case listed a second time, worded a little apart: the
    # same product, so the person's confirmation vouches for it too.
    again = _shop(pd.concat([_COLOURS, theirs(
        {"competitor_product_id": 4, "name": "rooCASE Ultra Slim Red Leather Case Cover w/ Stand for LG G-Slate "
                                             "8.9 Inch 4G Android Tablet", **_CASE})], ignore_index=True))
    found = match_products(_OUR_CASE, again, decisions=_confirmed("CASE", 1))
    assert ("CASE", 4) in pairs(found, "matched")
    assert CONFIRMED in found.set_index("competitor_product_id").loc[4, "reason"]
    assert not pairs(found, "matched") & {("CASE", 2), ("CASE", 3)}


def test_a_rejection_does_not_reach_another_colour():
    # A person says our case is not the red one: the magenta and black ones
    # are not "the red one listed again", so the person's answer says nothing
    # of them, and they are still put to the person.
    rejected = pd.DataFrame({"sku": ["CASE"], "competitor_product_id": [1], "status": ["rejected"]})
    found = match_products(_OUR_CASE, _shop(_COLOURS), decisions=rejected)
    assert pairs(found) & {("CASE", 2), ("CASE", 3)}


def test_a_compatible_copy_is_not_the_original_listed_again():
    battery = {"price": Decimal("9.99")}
    our = ours({"sku": "B", "name": "Energizer ER-P240 Cordless Phone Battery", "brand": "Energizer", **battery})
    their = theirs(
        {"competitor_product_id": 1, "name": "Energizer ER-P240 Nickel-metal Hydride Cordless Phone Battery",
         "brand": "Energizer", **battery},
        {"competitor_product_id": 2, "name": "Cordless Phone Battery compatible with Energizer ER-P240 Replacement",
         "brand": "Energizer", **battery})
    found = match_products(our, _shop(their), decisions=_confirmed("B", 1))
    # Alike but for "compatible with": another product, neither matched nor put to the person as a variant.
    assert ("B", 2) not in pairs(found)


def test_a_variant_that_carries_our_part_number_is_matched_on_it():
    # The black case carries our MPN: that names which variant it is, so it
    # is matched on its own evidence although another colour was confirmed.
    our = ours({"sku": "CASE", "name": "rooCASE Ultra Slim Leather Case for LG G-Slate 8.9-Inch 4G Tablet",
                "brand": "rooCASE", "mpn": "RC-GSLATE-US-BK", "price": Decimal("35.00")})
    their = _COLOURS.copy()
    their.loc[their.competitor_product_id == 3, "mpn"] = "RC-GSLATE-US-BK"
    found = match_products(our, _shop(their), decisions=_confirmed("CASE", 1))
    assert ("CASE", 3) in pairs(found, "matched")
    assert ("CASE", 2) in pairs(found, "proposed")

