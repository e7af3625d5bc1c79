"""A catalogue that writes decimal commas ("Stärke +2,5", "force 2,5") read as writing decimals:
the sentence's own comma after such a number ("+2,5, schwarz") ends the number and does not make
it a list (`_text.numbers`)."""

from __future__ import annotations

from benchmark._text import with_decimal_points, writes_decimal_commas
from benchmark.matching import match_products
from tests.test_matching import ours, pairs, theirs


def test_a_decimal_comma_before_the_sentences_comma_is_a_decimal():
    # Before: a decimal comma with a comma or a point after it was no decimal at all ("2,5," read
    # as the numbers 2 and 5, "numbers differ: 2/5 vs 2.5"), and such titles did not count
    # towards the catalogue writing decimal commas.
    assert with_decimal_points("Anches Vandoren force 2,5, boîte de 10") == "Anches Vandoren force 2.5, boîte de 10"
    assert with_decimal_points("Lesebrille Stärke +1,5.") == "Lesebrille Stärke +1.5."
    assert writes_decimal_commas(["Lesebrille Stärke +2,5, schwarz", "Lesebrille Stärke +1,5, rot", "Etui 2.5 x 6"])
    # So do decimal points before the sentence's comma: an English catalogue stays one of points.
    assert not writes_decimal_commas(["reeds strength 2.5, box of 10", "reeds strength 3.5, box of 5", "bar 8,6"])
    assert with_decimal_points("Anker 737 Powerbank 24.000, schwarz") == "Anker 737 Powerbank 24000, schwarz"


def test_values_listed_with_commas_and_grouped_thousands_stay_as_written():
    # A comma with a digit after it lists values or groups them: no decimal of these kinds.
    assert with_decimal_points("Ringgrößen 2,5,7 Set") == "Ringgrößen 2,5,7 Set"
    assert with_decimal_points("Preis 1.000,50 Kronen") == "Preis 1.000,50 Kronen"
    assert with_decimal_points("Version 1.2.3") == "Version 1.2.3"
    # A point with a letter after it joins a code, no sentence's point ends the number there.
    assert with_decimal_points("De'Longhi Magnifica S ECAM 22.110.B") == "De'Longhi Magnifica S ECAM 22.110.B"


def test_reading_glasses_a_strength_apart_written_with_decimal_commas():
    # A German optician's catalogue against a shop writing points. Before: every one of ours
    # read its strength as two numbers, so "+2,5," against "+2.5" was "numbers differ: 2/5 vs
    # 2.5" and each true pair was only proposed (0.65); now the strength agrees, and the one
    # a half apart ("+3" / "+3.5") still differs.
    found = match_products(
        ours({"sku": "L25", "name": "Lesebrille Eschenbach Trend, Stärke +2,5, schwarz", "brand": "Eschenbach"},
             {"sku": "L15", "name": "Lesebrille Eschenbach Trend, Stärke +1,5, schwarz", "brand": "Eschenbach"},
             {"sku": "L30", "name": "Lesebrille Eschenbach Trend, Stärke +3, schwarz", "brand": "Eschenbach"}),
        theirs({"competitor_product_id": 1, "name": "Eschenbach Trend Lesebrille +2.5 schwarz", "brand": "Eschenbach"},
               {"competitor_product_id": 2, "name": "Eschenbach Trend Lesebrille +1.5 schwarz", "brand": "Eschenbach"},
               {"competitor_product_id": 3, "name": "Eschenbach Trend Lesebrille +3.5 schwarz", "brand": "Eschenbach"}))
    shown = found[["sku", "competitor_product_id", "status", "score", "reason"]]
    assert pairs(found, "matched") == {("L25", 1), ("L15", 2)}, shown
    assert ("L30", 3) not in pairs(found, "matched"), shown
    assert not found.reason.str.contains("2/5|1/5").any(), shown
