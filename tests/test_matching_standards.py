"""Codes that are standards, sizes or other makers' names, not identifiers:
a pair that shares only such a code falls back to the rest of its evidence."""

from __future__ import annotations

import pytest

from benchmark._text import extract
from benchmark.matching import match_products, score_pairs
from tests.test_matching import ours, theirs


def _scored(left: dict, right: dict):
    return score_pairs(ours({"sku": "a", **left}), theirs({"competitor_product_id": 1, **right})).iloc[0]


@pytest.mark.parametrize("standard", ["USB3.0", "PC3-12800", "DDR3L", "GDDR6", "802.11ac", "CL11", "SATA3", "HDMI2.0", "H.265"])
def test_a_pair_sharing_only_a_standard_shares_no_identifier(standard):
    # Two makers' products, both naming a standard they follow: the titles decide.
    pair = _scored({"name": f"Sabrent 4-port hub {standard} aluminium", "brand": "Sabrent"},
                   {"name": f"Anker {standard} card reader black", "brand": "Anker"})
    assert pair.method == "fuzzy" and "same model code" not in pair.reason and not pair.matched


def test_a_standard_still_tells_two_products_apart_and_a_model_code_beside_it_still_decides():
    # Kept among the title's codes, two standards that differ are a conflict.
    assert "ddr3" in extract("Crucial 8GB DDR3 1600 desktop memory").codes
    pair = _scored({"name": "Crucial 8GB DDR3 desktop memory"}, {"name": "Crucial 8GB DDR4 desktop memory"})
    assert "model codes differ: ddr3 vs ddr4" in pair.reason and not pair.matched
    # The maker's own code beside the standard is still the identifier.
    pair = _scored({"name": "Crucial CT102464BA160B 8GB DDR3 PC3-12800", "brand": "Crucial"},
                   {"name": "Crucial 8GB PC3-12800 module CT102464BA160B", "brand": "Crucial"})
    assert pair.method == "model" and "ct102464ba160b" in pair.reason and pair.matched


def test_volt_amperes_are_a_size_not_a_model_code():
    features = extract("APC Smart-UPS 1000VA LCD RM")
    assert "1000va" not in features.codes and features.quantities["voltampere"] == frozenset({1000.0})
    assert extract("Eaton 5E 1.5kVA UPS").quantities["voltampere"] == frozenset({1500.0})
    # One rating under two model codes: the titles and the codes decide, not the rating.
    pair = _scored({"name": "APC Smart-UPS 1000VA LCD SMT1000RM2U", "brand": "APC"},
                   {"name": "APC Back-UPS Pro 1000VA BR1000G", "brand": "APC"})
    assert pair.method == "fuzzy" and "same model code" not in pair.reason and not pair.matched
    # Two ratings that differ are two sizes.
    pair = _scored({"name": "APC Smart-UPS 1000VA LCD", "brand": "APC"},
                   {"name": "APC Smart-UPS 1500VA LCD", "brand": "APC"})
    assert "voltampere differs: 1000 vs 1500" in pair.reason


@pytest.mark.parametrize(("title", "noise"), [
    ("Corsair Vengeance 16GB (2x8GB) DDR4 3200", "2x8gb"),      # a kit of two sizes
    ("G.Skill Trident Z 16GB (8GBx2) DDR4", "8gbx2"),
    ("APC Smart-UPS 1000VA/700W tower", "1000va700w"),          # every part a size
    ("Adventure Workshop 1st-3rd grade", "1st3rd"),             # every part an ordinal
    ("Gigabit switch 24 x 10/100/1000 ports", "101001000"),     # numbers between slashes: alternatives
    ("Maxxis Minion DHR II tyre 29x2.30", "29x230"),            # sizes by sizes
    ("GTX 1650 OC 4GB/GDDR6/128bit/DVI", "4gbgddr6128bitdvi"),  # sizes, features and standards
])
def test_sizes_counts_and_lists_written_as_one_piece_are_no_model_codes(title, noise):
    assert noise not in extract(title).codes


def test_codes_written_like_them_are_still_codes():
    # Groups of digits joined by hyphens are a part number; a code with a unit-like tail stays a code.
    assert "910523002" in extract("Rumba AS/400 edition 910523-002").codes
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
