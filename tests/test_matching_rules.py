"""The scoring rules one at a time: how two model codes agree (`matching.codes`)
and what tells two products apart (`matching.conflicts`), each on the two
products alone, without a catalogue or a match around it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from benchmark._text import Features, extract
from benchmark.matching import match_products
from benchmark.matching.code_owners import _code_owners
from benchmark.matching.scoring import (
    _F, _NO_VARIANT_FIELDS, _VARIANT_CONFLICTS, _VARIANT_FIELD_NAMES, _VARIANT_FIELDS, compare,
)
from benchmark.matching.codes import (
    _codes_agree, _distinctive, _family, _number_of, _other_scheme, _same_number, _siblings, _written_in,
)
from benchmark.matching.conflicts import (
    _abbreviates, _accessory, _code_conflict, _edition_conflict, _number_conflict, _quantity_conflict,
    _variant_conflict, _word_conflict,
)
from tests.test_matching import ours, pairs, theirs


def test_one_code_written_with_padding_or_a_suffix_agrees_and_a_longer_model_does_not():
    assert _codes_agree("1rvd0110", "1rvd110")
    assert _codes_agree("npfh50", "npfh50ce")
    assert not _codes_agree("kdl40", "kdl40v4100")


def test_a_code_is_found_in_a_title_however_it_is_split_but_only_on_whole_words():
    assert _written_in("kdl40v4100", extract("Sony KDL 40V4100 LCD TV"))
    assert _written_in("7653", extract("New-7653 stapler"))
    assert not _written_in("40v41", extract("Sony KDL-40V4100 LCD TV"))


def test_one_long_number_under_other_letters_is_one_code_unless_both_add_a_finish():
    assert _number_of("pe222604") == "222604" and _number_of("ab1234") is None
    assert _same_number("pe222604", "edgdm222604pe")
    assert not _same_number("38293rqq", "38293rcl")


def test_a_distinctive_code_is_long_enough_and_on_one_product_only():
    assert _distinctive("vdvs2p", {})
    assert not _distinctive("22621", {})  # a five-digit number is reused by makers of every kind
    assert not _distinctive("vdvs2p", {"vdvs2p": 2})


def test_a_code_many_codes_extend_names_a_family_but_one_letter_more_is_a_finish():
    assert _family("smart1500", "smart1500rm", {"smart1500": 3})
    assert not _family("ss2477", "ss2477g", {"ss2477": 3})


def test_identifiers_of_other_schemes_and_siblings_of_one_series():
    assert _other_scheme("147735", "vnc218") and _other_scheme("flipout", "mb511")
    assert not _other_scheme("mb511", "mb512")
    assert _siblings("hll6200dw", "hll6300dw") and not _siblings("hll6200dw", "xyz1")


def test_sibling_codes_in_two_titles_conflict():
    assert _code_conflict(extract("Brother HL-L6200DW laser printer"),
                          extract("Brother HL-L6300DW laser printer")) == ("hll6200dw", "hll6300dw")


def test_bare_numbers_conflict_unless_one_number_is_written_two_ways():
    assert _number_conflict(extract("Nike Air Max 90 shoe"), extract("Nike Air Max 95 shoe")) == ("90", "95")
    assert _number_conflict(extract("Photoshop 16.0 upgrade"), extract("Photoshop 16 upgrade")) is None


def test_capacities_conflict_however_they_are_spaced():
    ours = extract("Kingston 64GB USB flash drive")
    assert _quantity_conflict(ours, extract("Kingston 128GB USB flash drive")) == ("bytes", "64", "128")
    assert _quantity_conflict(ours, extract("Kingston 64 GB USB flash drive")) is None


def test_a_code_written_only_after_for_is_what_an_accessory_fits():
    assert _accessory(extract("Diffuser for Nikon SB-700"), extract("Nikon SB-700 speedlight flash")) == ("sb700", False)


def test_a_variant_word_after_a_shared_code_on_one_side_only():
    assert _variant_conflict(extract("ASUS F1A75-M Pro motherboard"), extract("ASUS F1A75-M motherboard")) == (
        "pro", "f1a75m")


def test_one_word_against_another_under_one_brand_and_abbreviations_agree():
    ours = extract("Acme bookcase oak veneer cherry", brand="Acme")
    theirs = extract("Acme bookcase oak veneer walnut", brand="Acme")
    assert _word_conflict(ours, theirs, "same") == ("cherry", "walnut")
    assert _word_conflict(ours, theirs, "conflict") is None  # brands apart: that rule speaks, not this one
    assert _abbreviates("choc", "chocolate") and _abbreviates("hzlnut", "hazelnut")
    assert _abbreviates("theater", "theatre") and not _abbreviates("mets", "jets")


def test_a_number_naming_a_sequel_or_edition_tells_titles_written_alike_apart():
    # On one side only, or another on each (a Roman numeral, an ordinal, a year).
    assert _edition_conflict(extract("Tonka Search & Rescue"), extract("Tonka Search & Rescue 2")) == ("", "2")
    assert _edition_conflict(extract("Lego Star Wars II"), extract("Lego Star Wars III")) == ("ii", "iii")
    assert _edition_conflict(extract("Oregon Trail 5th"), extract("Oregon Trail")) == ("5th", "")


def test_a_number_on_one_side_of_titles_worded_apart_or_in_brackets_is_no_edition():
    # One shop adds a year the other leaves out: wording, not another product.
    assert _edition_conflict(extract("quickbooks pro 2007"), extract("intuit quickbooks pro")) is None
    # A shop's reference in brackets; the same number written elsewhere.
    assert _edition_conflict(extract("cross stitch design studio"), extract("cross stitch design studio (8006)")) is None
    assert _edition_conflict(extract("Tonka 2 Search"), extract("Search Tonka 2")) is None


@pytest.mark.parametrize(("title", "brand", "copy"), [
    ("CyberPower CP1000PFCLCD UPS 1000VA 600W PFC Compatible Pure Sine Wave", "CyberPower", False),
    ("Kensington Notebook Keypad Calculator with USB Hub - PC MAC Compatible", "Kensington", False),
    ("Panasonic HDC-SD90K 3D Compatible SD Memory Camcorder", "Panasonic", False),
    ("Anker 4-port hub, USB 3.0 compatible", None, False),
    # A maker's name in capitals opens the title or is the brand: a copy of its product.
    ("LD Compatible Black Laser Toner Cartridge for Lexmark 12A6735", "4inkjets", True),
    ("HP Compatible Q2612A HP 12A Laser Toner Cartridge", "HP", True),
    ("Brother DR-520 Compatible Drum Unit", None, True),
    ("Innovera D3010 Black Compatible High-Yield Toner", "Innovera", True),
    ("Refurbished PFC compatible UPS 1500VA", None, True),
    ("Refurbished UPS, PFC compatible avec onduleur", None, True),
])
def test_compatible_after_a_standards_name_describes_the_product_not_a_copy(title, brand, copy):
    assert extract(title, brand).compatible is copy


def test_a_ups_that_says_pfc_compatible_matches_on_its_part_number():
    found = match_products(
        ours({"sku": "UPS", "name": "Cyber Power PFC 1000VA LCD Sinewave Adaptive Intelligent UPS",
              "mpn": "CP1000PFCLCD"}),
        theirs({"competitor_product_id": 1, "name": "CyberPower CP1000PFCLCD UPS 1000VA 600W PFC Compatible Pure "
                                                   "Sine Wave", "mpn": "CP1000PFCLCD"}))
    assert pairs(found, "matched") == {("UPS", 1)}


@pytest.mark.parametrize(("copy", "genuine", "brand"), [
    ("Black Laser Toner Cartridge, HP Compatible", "HP 12A Black Laser Toner Cartridge", "HP"),
    ("Replacement Projector Lamp - EPSON Compatible", "Epson Replacement Projector Lamp", "Epson"),
    ("Premium Ink Cartridge 2-Pack, CANON Compatible", "Canon Premium Ink Cartridge 2-Pack", "Canon"),
])
def test_a_makers_name_before_compatible_names_a_copy_where_the_catalogues_know_the_maker(copy, genuine, brand):
    # Written in capitals as a standard is, but a brand of the catalogues: the copy is not the maker's product.
    a, b = extract(genuine, brand), extract(copy, "4inkjets")
    v = compare(a, b, 0.8, code_owners=_code_owners([a], [b]))[5]
    assert v[_F["compatible_mismatch"]] == 1.0


def test_a_number_in_brackets_elsewhere_leaves_the_edition_after_its_word():
    assert extract("Tonka Search & Rescue 2 (2)").editions == {("2", "rescue")}


# One pair of titles each variant rule of `scoring.compare` tells apart, in the rules' order.
VARIANT_PAIRS = [
    ("T-Shirt weiß Größe M", "T-Shirt weiß Gr. L"),
    ("Royal Canin Maxi Adult 15 kg", "Royal Canin Maxi Puppy 15 kg"),
    ("USB-C auf USB-A Adapter", "USB-A to USB-C Adapter"),
    ("Bosch GSR 18V-55 solo, ohne Akku", "Bosch GSR 18V-55 mit 2 x 4,0 Ah Akku"),
    ("Dior Sauvage EdT 100 ml", "Dior Sauvage EdP 100 ml"),
    ("EA Sports FC 24 PS5", "EA Sports FC 24 (Xbox Series X)"),
    ("EA Sports FC 24 (PS5)", "EA Sports FC 24 Ultimate Edition (PS5)"),
    ("19-piece drill bit set", "25-piece drill bit set"),
]


@pytest.mark.parametrize("rule, field, titles", [
    (rule, field, titles) for (rule, _), field, titles in zip(_VARIANT_CONFLICTS, _VARIANT_FIELD_NAMES, VARIANT_PAIRS)])
def test_a_variant_rule_finds_nothing_where_either_title_reads_none_of_its_field(rule, field, titles):
    """`compare` asks the variant rules only where both titles read one of their fields: each rule
    must find nothing where either side holds its field's default (what a title reading none holds)."""
    a, b = extract(titles[0]), extract(titles[1])
    assert rule(a, b), (rule.__name__, titles)
    assert _VARIANT_FIELDS(a) != _NO_VARIANT_FIELDS and _VARIANT_FIELDS(b) != _NO_VARIANT_FIELDS
    none = Features.__dataclass_fields__[field].default
    assert rule(replace(a, **{field: none}), b) is None
    assert rule(a, replace(b, **{field: none})) is None
