"""Identifiers written in different ways: a part number in an MPN field that
also holds words, a code split or padded differently in the other title, and
one maker's number under two shops' letters."""

from __future__ import annotations

import pytest

from benchmark._text import part_number
from benchmark.matching import match_products, score_pairs
from tests.test_matching import ours, pairs, theirs


def _scored(left: dict, right: dict):
    found = score_pairs(ours({"sku": "a", **left}), theirs({"competitor_product_id": 1, **right}))
    return found.iloc[0]


@pytest.mark.parametrize(("field", "part"), [
    ("KDL-40V4100", "kdl40v4100"),
    ("M531 Red", "m531"),                       # a code and a colour
    ("DS-3 Digital Postal Scale", "ds3"),       # a code and the title copied
    ("190243 TEB-O", "190243"),
    ("D3000 18-55mm Kit", "d3000"),             # a lens size is no second code
    ("Mini Film 2pk", None),                    # words and a count: no part number
    ("Video Spectra 1.5", None),
    ("SDSDQ 008G A11M", "sdsdq008ga11m"),       # several codes: one code written with spaces
    ("ENGT430 DC S/DI/1GD3", "engt430dcsdi1gd3"),
    ("SH 350", "sh350"),                        # no word: a code written with a space
    (None, None),
])
def test_the_part_number_an_mpn_field_holds(field, part):
    assert part_number(field) == part


def test_an_mpn_field_with_a_colour_is_the_same_mpn():
    found = _scored({"name": "Kodak EasyShare M531 Red 14MP Digital Camera", "brand": "Kodak", "mpn": "M531 Red"},
                    {"name": "Kodak EasyShare M531 14MP HD Digital Camera", "brand": "Kodak", "mpn": "m531"})
    assert found.method == "mpn" and found.matched
    assert "MPNs differ" not in found.reason


def test_a_name_in_the_mpn_field_contradicts_no_part_number():
    # "Mini Film 2pk" is a name, "98-0440-5155-9" a part number: neither says the other is another product.
    found = _scored({"name": "3M Natural View Screen Protector for iPad", "brand": "3M", "mpn": "98-0440-5155-9"},
                    {"name": "3M Natural View Screen Protector for iPad 9.7", "brand": "3M", "mpn": 'iPad 9.7"'})
    assert "MPN" not in found.reason


@pytest.mark.parametrize(("mpn", "title"), [
    ("7653", "New-7653 Compatible Ink 8000 Page-Yield Red Case Pack 1 - 513443"),   # joined to a word by a hyphen
    ("6622", "New-Mead 06622 - Spiral Bound Notebook College Rule"),              # zeros written before it
    ("HP 61", "HP 61 Ink Cartridge Combo Pack"),                                    # split by a space
])
def test_an_mpn_is_found_however_the_other_title_writes_it(mpn, title):
    found = _scored({"name": "Ink cartridge", "mpn": mpn}, {"name": title})
    assert found.method == "model" and "same model code" in found.reason


def test_an_mpn_is_not_found_inside_a_longer_code():
    # "QS408" begins "QS408-811-5", but the rest of that code is more digits: another model.
    found = _scored({"name": "Q-See 8 channel DVR surveillance system", "mpn": "QS408"},
                    {"name": "Q-See QS408-811-5 8 channel DVR surveillance system"})
    assert found.method == "fuzzy"


def test_one_makers_number_under_two_shops_letters():
    found = _scored({"name": "Edge 16GB SDHC HD Video Card Class 6", "brand": "Edge", "mpn": "PE222604"},
                    {"name": "16GB Secure Digital SDHC HD Video Card Class 6", "brand": "Edge",
                     "mpn": "EDGDM-222604-PE"})
    assert found.method == "model" and found.matched
    # The same number in two finishes is two products.
    finish = _scored({"name": "HON Right Pedestal Desk", "brand": "HON", "mpn": "38293RQQ"},
                     {"name": "HON 38293RCL Right Pedestal Desk", "brand": "HON"})
    assert finish.method == "fuzzy"


def test_zeros_written_before_a_number_inside_a_code():
    padded = _scored({"name": "OCZ RevoDrive 110GB PCI Express SSD", "mpn": "OCZSSDPX1RVD110"},
                     {"name": "OCZ RevoDrive 110 GB PCI Express SSD", "mpn": "OCZSSDPX-1RVD0110"})
    assert padded.method == "mpn" or "same model code" in padded.reason
    assert "MPNs differ" not in padded.reason
    # Zeros that change the number are another code.
    other = _scored({"name": "OCZ RevoDrive PCI Express SSD", "mpn": "OCZSSDPX1RVD110"},
                    {"name": "OCZ RevoDrive PCI Express SSD", "mpn": "OCZSSDPX-1RVD1010"})
    assert other.method != "mpn" and "same model code" not in other.reason


def test_codes_written_differently_match_in_a_catalogue():
    # Three of ours and four listings: each pair is found by its identifier,
    # however each shop writes it, and the lookalikes stay apart.
    found = match_products(
        ours({"sku": "cam", "name": "Kodak EasyShare M531 Red 14MP Digital Camera", "brand": "Kodak", "mpn": "M531 Red"},
             {"sku": "ink", "name": "Innovera 7653 Compatible Ink Red", "brand": "Innovera", "mpn": "7653"},
             {"sku": "sd", "name": "Edge 4GB SDHC Class 6 Memory Card", "brand": "Edge", "mpn": "PE209780"}),
        theirs({"competitor_product_id": 1, "name": "Kodak EasyShare M531 HD digital camera red", "brand": "Kodak",
                "mpn": "M531"},
               {"competitor_product_id": 2, "name": "Kodak EasyShare M552 digital camera pink", "brand": "Kodak",
                "mpn": "M552"},
               {"competitor_product_id": 3, "name": "New-7653 Compatible Ink Page-Yield Red - 513443",
                "brand": "Innovera"},
               {"competitor_product_id": 4, "name": "4GB Edge ProShot SDHC memory card class6", "brand": "Edge",
                "mpn": "EDGDM-209780-PE"}),
    )
    assert pairs(found, "matched") == {("cam", 1), ("ink", 3), ("sd", 4)}


def test_an_mpn_field_naming_another_finish_is_another_product():
    finish = _scored({"name": "Kodak EasyShare M530 Red 12MP digital camera", "brand": "Kodak", "mpn": "M530 Red"},
                     {"name": "Kodak EasyShare M530 12MP digital camera carbon", "brand": "Kodak",
                      "mpn": "EasyShare M530 Carbon"})
    assert finish.method != "mpn" and "MPNs differ" in finish.reason and not finish.matched
    # The same code with words one field holds and the other extends is one product.
    kit = _scored({"name": "Nikon D3000 10.2MP DSLR camera kit 18-55mm VR lens", "brand": "Nikon", "mpn": "D3000 Kit"},
                  {"name": "Nikon D3000 10.2MP digital SLR camera with 18-55mm VR lens", "brand": "Nikon",
                   "mpn": "D3000 18-55mm Kit"})
    assert kit.method == "mpn" and "MPNs differ" not in kit.reason


def test_a_long_part_number_outweighs_brand_fields_written_apart():
    # The brand field may name the maker's parent or a reseller: the part number is the maker's own.
    found = _scored({"name": "Logitech 985-000283 UE 200VI Blue", "brand": "Logitech", "mpn": "985-000283"},
                    {"name": "Ultimate Ears 200vi noise-isolating headset blue", "brand": "Ultimate Ears",
                     "mpn": "985-000283"})
    assert found.method == "mpn" and found.matched and "brands written apart" in found.reason
    # A five-digit item number is reused by makers of every kind: the brands still differ.
    reused = _scored({"name": "Wausau Astrobrights colored paper 24lb purple", "brand": "Wausau Paper", "mpn": "22621"},
                     {"name": "GE 22621 heavy duty speaker wire", "brand": "GE", "mpn": "22621"})
    assert reused.method != "mpn" and not reused.matched


def test_other_codes_weigh_less_under_one_mpn():
    # Under one part number, "db25f" / "db25" name a connector, not another product.
    found = _scored({"name": "Sabrent USB 2.0 to DB25F parallel printer cable", "brand": "Sabrent", "mpn": "USB-DB25F"},
                    {"name": "Sabrent USB to DB25 female parallel converter adapter 6-foot cable USB-DB25F",
                     "brand": "Sabrent", "mpn": "USB-DB25F"})
    assert found.method == "mpn" and "model codes differ" in found.reason and found.matched


def test_two_numbers_a_space_apart_spell_no_part_number():
    # "5" and "100" are two numbers: together they are not the part number 5100.
    found = _scored({"name": "Hanes T-shirt 5100", "mpn": "5100"}, {"name": "Pack of 5 100-count paper plates"})
    assert found.method == "fuzzy" and not found.matched


def test_one_number_under_other_letters_is_one_product_only_under_one_brand():
    # Without brands that agree, a five-digit number is reused by makers of every kind.
    found = _scored({"name": "Speaker wire GE22621 50ft"}, {"name": "Copy paper WA22621 ream"})
    assert found.method == "fuzzy" and not found.matched


@pytest.mark.parametrize(("left", "right"), [
    ({"name": "USB cable 6ft", "brand": "Belkin", "mpn": "USB 2.0"},
     {"name": "4-port hub", "brand": "Anker", "mpn": "USB 2.0"}),
    ({"name": "running shoe", "brand": "Nike", "mpn": "Size 10.5 Black"},
     {"name": "trail shoe", "brand": "Adidas", "mpn": "Size 10.5 Black"}),
])
def test_mpn_fields_that_hold_no_part_number_do_not_outweigh_brands(left, right):
    found = _scored(left, right)
    assert found.method != "mpn" and not found.matched


def test_a_long_number_printed_in_groups_or_without_its_leading_zeros_is_that_number():
    # Makers of parts print their numbers in groups, often without the leading zeros their
    # catalogues write: Bosch's "0 986 452 041" for 0986452041, Claas's "738 207.0" for 0007382070.
    # Groups of digits alone spell a number only when it is as long as a number must be to name one
    # product (more than NUMBER_DIGITS + 1 digits after its zeros): shorter runs are counts and sizes.
    from benchmark._text import extract
    from benchmark.matching.codes import _written_in_groups
    assert _written_in_groups("0986452041", extract("Filtr oleju Bosch 0 986 452 041"))
    assert _written_in_groups("0007382070", extract("Ząb sprężynowy podbieracza Claas 738 207.0"))
    assert not _written_in_groups("0007382070", extract("Ząb sprężynowy podbieracza Claas 738 208.0"))
    assert not _written_in_groups("50100", extract("Pack of 50 100-count"))
    assert not _written_in_groups("1233600", extract("Siatka do owijania bel 1,23 x 3600 m"))
    assert not _written_in_groups("2024100", extract("Kalender 2024 100 Blatt"))


def test_a_part_number_printed_in_groups_without_its_zeros_finds_its_part_and_not_its_sibling():
    found = match_products(
        ours({"sku": "OIL", "name": "Bosch Ölfilter 0986452041"},
             {"sku": "TINE", "name": "Claas Pick-up-Federzinken 0007382070"},
             {"sku": "TINE2", "name": "Claas Pick-up-Federzinken 0007382090"}),
        theirs({"competitor_product_id": 1, "name": "Filtr oleju Bosch 0 986 452 041"},
               {"competitor_product_id": 2, "name": "Ząb sprężynowy podbieracza Claas 738 207.0"},
               {"competitor_product_id": 3, "name": "Ząb sprężynowy podbieracza Claas 738 208.0"}),
    )
    assert pairs(found) == {("OIL", 1), ("TINE", 2)}, found[["sku", "competitor_product_id", "status", "score", "reason"]]
