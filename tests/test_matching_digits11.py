"""Numbers as shops write them: a decimal digit of any script read as its value, and a number whose
thousands are grouped, or a whole number with a fraction, read as the one number it is. Titles
written for these tests, in scripts and ways of writing numbers the batches of catalogues met."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmark._text import clean, extract
from benchmark.matching.given_pairs import score_pairs


@pytest.mark.parametrize(("written", "read"), [
    ("৫ লিটার", "5 লিটার"),              # Bengali
    ("४.२ लीटर", "4.2 लीटर"),            # Devanagari
    ("۳۶٫۵ سانتی‌متر", "36.5 سانتی‌متر"),  # Persian digits and the Arabic decimal separator
    ("٢٤٠ واط", "240 واط"),               # Arabic-Indic
    ("៣ រន្ធ", "3 រន្ធ"),                   # Khmer
    ("໒໕ ແມັດ", "25 ແມັດ"),                # Lao
    ("ကင်မရာ ၈ လုံး", "ကင်မရာ 8 လုံး"),      # Myanmar, a script written without spaces
    ("སྒྲ་ཐག་ ༡༥", "སྒྲ་ཐག་ 15"),            # Tibetan
])
def test_a_digit_of_any_script_is_read_as_its_value(written, read):
    # Python's `\d` and `float` read these digits, but kept as characters of their own they were a
    # number no title in ASCII digits shares ("numbers differ: 8 vs ၈").
    assert clean(written) == clean(read)


def _reason(ours: str, theirs: str) -> str:
    frame = score_pairs(pd.DataFrame({"sku": ["o"], "name": [ours]}),
                        pd.DataFrame({"competitor_product_id": ["t"], "name": [theirs]}))
    return frame.reason[0]


def test_a_number_in_the_shops_own_digits_is_the_number_in_ours():
    theirs = "Havit গেমিং হেডসেট ৭.১ সারাউন্ড"
    assert "differ" not in _reason("Havit Gaming Headset 7.1 Surround", theirs)
    assert "numbers differ: 5.1 vs 7.1" in _reason("Havit Gaming Headset 5.1 Surround", theirs)


def test_a_count_in_myanmar_digits_is_the_count_in_ours():
    # A recorder for eight cameras, "၈" in the Yangon shop's digits: read apart, "8 vs ၈" was a
    # conflict only the model code outweighed.
    theirs = "Hikvision DS-7208 ဗီဒီယို ရိုက်ကူးစက် ကင်မရာ ၈ လုံး"
    assert "differ" not in _reason("Grabador Hikvision DS-7208 para 8 cámaras", theirs)


def test_a_size_in_the_shops_own_digits_is_the_size_in_ours():
    theirs = "প্রেস্টিজ Deluxe Plus প্রেশার কুকার ৫ l"
    assert extract(theirs).quantities == extract("Prestige 5 l").quantities
    assert "differ" not in _reason("Prestige Deluxe Plus Pressure Cooker 5 l", theirs)
    assert "volume differs" in _reason("Prestige Deluxe Plus Pressure Cooker 3 l", theirs)


def test_a_whole_number_and_a_fraction_are_no_range():
    # A propeller's diameter "11-1/8" by its pitch: the "x" after the fraction read as a
    # magnification ("8x") cut "11-1" from it, a range against the engines' "40-50" it fits
    # ("counts or ranges differ: 40-50 vs 11-1").
    assert extract("Helice Solas 11-1/8 x 13 para motores 40-50 hp").joined_counts == {("", "40-50")}
    assert not extract("Solas propeller 11-1/8 x 13").joined_counts
    assert "zoom" not in extract("Solas propeller 11 1/8 x 13").quantities
    assert "ranges differ" not in _reason("Hélice Solas 11 1/8 x 13 para motores de 40-50 cv",
                                          "Solas propeller 11-1/8 x 13 for 40-50HP engines")
    # A magnification is still one: binoculars "10x 42" and a zoom "3x".
    assert extract("Bushnell 10x 42 binoculars, 3x zoom").quantities["zoom"] == {10.0, 3.0}


def test_a_slash_inside_a_code_is_no_fraction():
    assert extract("Canon PFI-101 130ml f. iPF5x00/6x00S").dimensions == {(0.0, 5.0), (0.0, 6.0)}
