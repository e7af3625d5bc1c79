"""Codes that are sizes, lists or other makers' names, not identifiers: a
pair that shares only such a code falls back to the rest of its evidence."""

from __future__ import annotations

import pytest

from benchmark._text import extract
from benchmark.matching import match_products, score_pairs
from tests.test_matching import ours, theirs


def _scored(left: dict, right: dict):
    return score_pairs(ours({"sku": "a", **left}), theirs({"competitor_product_id": 1, **right})).iloc[0]


@pytest.mark.parametrize(("title", "noise"), [
    ("Corsair Vengeance 16GB (2x8GB) DDR4 3200", "2x8gb"),      # a kit of two sizes
    ("G.Skill Trident Z 16GB (8GBx2) DDR4", "8gbx2"),
    ("Kingston kit 2GB-4GB modules", "2gb4gb"),                 # every part a size
    ("Adventure Workshop 1st-3rd grade", "1st3rd"),             # every part an ordinal
    ("Gigabit switch 24 x 10/100/1000 ports", "101001000"),     # numbers between slashes: alternatives
])
def test_sizes_counts_and_lists_written_as_one_piece_are_no_model_codes(title, noise):
    assert noise not in extract(title).codes


def test_codes_written_like_them_are_still_codes():
    # Groups of digits joined by hyphens are a part number (slashes too, with a hyphen among them);
    # a code with a unit-like tail stays a code.
    assert "910523002" in extract("Rumba AS/400 edition 910523-002").codes
    assert "1220008030" in extract("Victron MultiPlus Compact 12/2000/80-30 230V").codes
    assert "ct2kit102464bf160b" in extract("Crucial CT2KIT102464BF160B 16GB kit").codes
    assert "smt1000rm2u" in extract("APC SMT1000RM2U Smart-UPS").codes
    # A maker's letters before digits that alone would read as a feature ("455apbo").
    assert "tew455apbo" in extract("TRENDnet TEW-455APBO outdoor access point").codes
    assert "hl4570cdw" in extract("Brother HL-4570CDW colour laser").codes


def test_a_short_code_under_a_brand_field_and_another_maker_in_the_title_is_no_identifier():
    # "N300": a TP-Link access point (no brand field, the maker in its title) and a
    # Cooler Master case (its brand field): two makers' names, not one product.
    our = ours({"sku": "ap", "name": "Access Point TP-Link N300 WIFI Ceiling Mount PoE"},
               {"sku": "sw", "name": "TP-Link 8-port switch", "brand": "TP-Link"})
    their = theirs({"competitor_product_id": 1, "name": "Cooler Master N300 ATX Mesh Front Case",
                    "brand": "Cooler Master"})
    found = match_products(our, their, review_threshold=0.0).set_index("sku")
    assert found.loc["ap", "method"] == "fuzzy" and "the titles name other makers" in found.loc["ap", "reason"]
    assert found.loc["ap", "status"] != "matched"
    # The same maker on both sides: the code is the identifier.
    same = theirs({"competitor_product_id": 1, "name": "N300 ceiling access point with PoE", "brand": "TP-Link"})
    found = match_products(our, same).set_index("sku")
    assert found.loc["ap", "method"] == "model" and found.loc["ap", "status"] == "matched"


def test_a_long_code_outweighs_a_brand_field_that_names_another_maker():
    # A distinctive code on one product of each side is the maker's own part,
    # whichever name a shop files it under ("Lexar Media" sold Crucial drives).
    our = ours({"sku": "ssd", "name": "Lexar Media 64 GB m4 solid state drive CT064M4SSD2"},
               {"sku": "x", "name": "Lexar Media JumpDrive 16GB", "brand": "Lexar Media"})
    their = theirs({"competitor_product_id": 1, "name": "m4 2.5-inch SATA SSD 64GB CT064M4SSD2", "brand": "Crucial"})
    found = match_products(our, their).set_index("sku")
    assert found.loc["ssd", "method"] == "model" and found.loc["ssd", "status"] == "matched"


def test_two_makers_things_for_one_product_share_no_identifier():
    # A Canon case and a GTMax pouch, both "for" the SX30: the camera's code names neither.
    pair = _scored({"name": "Canon PSC-4100 deluxe soft case compatible with SX30", "brand": "Canon"},
                   {"name": "Camera carrying pouch with strap for Canon PowerShot SX30", "brand": "GTMax"})
    assert "same model code" not in pair.reason and not pair.matched
    # One maker's kit for the same cameras on both sides: the code still says which kit.
    pair = _scored({"name": "Canon AC adapter kit for SD800IS SD700IS", "brand": "Canon"},
                   {"name": "Canon ACK-DC30 AC adapter kit for SD700IS SD800IS", "brand": "Canon"})
    assert pair.method == "model" and pair.matched


def test_a_shared_standard_decides_nothing_when_each_title_names_its_own_model():
    # DDR4 is on every memory module: two titles that each name their own
    # module besides it are two products, compared on their wording.
    apart = _scored({"name": "Kingston KVR24N17S8 8GB DDR4 desktop memory"},
                    {"name": "Kingston HX432C16PB3 8GB DDR4 desktop memory"})
    assert apart.method == "fuzzy" and not apart.matched
    assert "each title carries another code" in apart.reason
    # One model written two ways ("RX5700 XT" / "RX 5700XT") is no code of its own;
    # a title without another code is as before.
    assert _scored({"name": "Asus TUF RX5700 XT Gaming 8GB DDR6 OC"},
                   {"name": "ASUS TUF RX 5700XT OC 8GB DDR6"}).method == "model"
    assert _scored({"name": "Kingston KVR24N17S8 8GB DDR4 desktop memory"},
                   {"name": "Kingston 8GB DDR4 desktop memory"}).method == "model"
