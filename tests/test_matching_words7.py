"""Units, sizes, colours and "for" words as shops write them in any language, read as one
quantity or one word where they are, and our side's GTINs read as theirs are. Every title here
is written for these tests, none a batch's row."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmark import matching
from benchmark._text import clean, extract
from benchmark.matching.conflicts import _quantities_apart


# --- our GTINs, read as theirs are ----------------------------------------------------------------


def test_our_gtin_written_as_thirteen_digits_matches_their_same_gtin():
    # A catalogue handed to the matcher as a frame (a script, a notebook, the bench scripts) holds
    # our EAN as the file wrote it, 13 digits; theirs is read as a GTIN-14. One number, so one
    # product, whatever the titles say: the import's normalising must not be the only place it is.
    ours = [{"sku": "A1", "name": "Kettle steel 1.7 l", "gtin": "4006381333931", "price": 30}]
    theirs = [{"competitor_product_id": 1, "name": "Wasserkocher Edelstahl", "gtin": "4006381333931", "price": 31}]
    found = matching.match_products(pd.DataFrame(ours), pd.DataFrame(theirs))
    assert list(found.method) == ["gtin"], found


def test_our_gtin_field_with_a_slipped_digit_gives_way_to_the_one_our_description_writes():
    # Our field's last digit slipped (its check digit fails): no GTIN, so the EAN our description
    # writes is read, as theirs would be, and the pair is matched on it. Read as it stood, the
    # field was "a GTIN" that equalled none of theirs, and the description was never read.
    ours = [{"sku": "A1", "name": "Kettle steel 1.7 l", "gtin": "4006381333932", "price": 30,
             "description": "Stainless steel kettle. EAN 4006381333931"}]
    theirs = [{"competitor_product_id": 1, "name": "Wasserkocher Edelstahl", "gtin": "4006381333931", "price": 31}]
    found = matching.match_products(pd.DataFrame(ours), pd.DataFrame(theirs))
    assert list(found.method) == ["gtin"], found


# --- power and flow, read as one quantity where the conversion is physical -------------------------


@pytest.mark.parametrize("ours, theirs", [
    ("Bomba periférica Aquaflux AQ60, 0,37 kW, 230 V", "Aquaflux AQ60 peripheral pump 0.5HP 240V"),
    ("Kreiselpumpe Aquaflux CM 100, 0,75 kW, 230 V", "Pompa centrifuga Aquaflux CM 100, 1 hp, 230 V"),
    ("Hauswasserwerk Aquaflux 1,1 kW", "Bomba Aquaflux 1,5 CV"),
    ("Cirkulationspump Aquaflux 0,55 kW", "Aquaflux Umwälzpumpe 0,75 PS"),
    ("Tropfschlauch Aquadrip 2,3 l/h, 33 cm", "Aquadrip drip line 2.3 lph @ 33cm"),
    ("Filter pump Aquaflux 1,5 m³/h", "Aquaflux filter pump 25 l/min"),
])
def test_one_quantity_written_two_ways_is_no_conflict(ours, theirs):
    assert _quantities_apart(extract(ours), extract(theirs)) is None


@pytest.mark.parametrize("ours, theirs, dimension", [
    ("Kreiselpumpe Aquaflux CM 100, 0,75 kW, 230 V", "Bomba centrífuga Aquaflux CM 100, 1,5 CV, 230 V", "watt"),
    ("Tropfschlauch Aquadrip 2,3 l/h, 33 cm", "Aquadrip drip line 4 lph @ 33cm", "flow"),
    ("Filter pump Aquaflux 1,5 m³/h", "Aquaflux filter pump 50 l/min", "flow"),
])
def test_two_quantities_apart_are_two_products(ours, theirs, dimension):
    apart = _quantities_apart(extract(ours), extract(theirs))
    assert apart and apart[0] == dimension, apart


@pytest.mark.parametrize("title", [
    "2 HP Remanufactured Black 21 Ink Cartridges",  # the maker, not a power
    "Slimline Micro PC Case 350PS",  # a power supply's letters
    "KVM cable 3 in 1 PS/2 VGA",
    "Wireless router 802.11BG 54 Mbps",  # Wi-Fi's letters after a number with decimals
])
def test_a_makers_letters_after_a_number_are_no_horsepower(title):
    assert "watt" not in extract(title).quantities


def test_the_horsepower_symbols_are_cldrs():
    # Each symbol read after a number is CLDR's short or narrow symbol of the horsepower in some
    # language (Babel's data).
    from babel import Locale

    from benchmark._text.quantities import _HORSEPOWER_WATTS

    spelt = set()
    for language in ("en", "de", "es", "it", "pt", "fr", "nl", "sv", "da", "nb", "fi", "et", "lv", "lt", "pl", "cs",
                     "sk", "sl", "hr", "bs", "sr", "bg", "ru", "uk", "hu", "ro", "tr", "el"):
        patterns = Locale.parse(language)._data["unit_patterns"].get("power-horsepower", {})
        for length in ("short", "narrow"):
            spelt.update(clean(p.replace("{0}", "")).strip() for p in patterns.get(length, {}).values()
                         if isinstance(p, str))
    assert set(_HORSEPOWER_WATTS) <= spelt
