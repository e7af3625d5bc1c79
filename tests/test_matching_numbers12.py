"""Numbers as each shop writes them: a size's decimals after a comma read with the number they
belong to, wherever its "x" stands. Titles written for these tests, in ways of writing numbers
the batches of catalogues met."""

from __future__ import annotations

import pandas as pd

from benchmark._text import extract
from benchmark.matching.given_pairs import score_pairs


def _reason(ours: str, theirs: str) -> str:
    frame = score_pairs(pd.DataFrame({"sku": ["o"], "name": [ours]}),
                        pd.DataFrame({"competitor_product_id": ["t"], "name": [theirs]}))
    return frame.reason[0]


def test_a_sizes_decimals_after_a_comma_are_no_size_of_their_own():
    # "45,7x45,7 cm" written without spaces: its last side follows the "x" straight away, where no
    # quantity is begun (a letter before a number is a code's, "C782X2KG"), and the one digit after
    # its comma was read as the size ("7 cm", 70 mm) against the other shop's "45,7 x 45,7 cm"
    # (457 mm): "length differs" between one mat written two ways.
    assert 70.0 not in extract("Snijmat 45,7x45,7 cm").quantities.get("length", ())
    assert 40.0 not in extract("Vinyl 22,9x152,4 cm").quantities.get("length", ())
    assert extract("Folie 30,5 cm x 1 m").quantities["length"] == {305.0, 1000.0}
    assert "differ" not in _reason("Snijmat 45,7 x 45,7 cm, 2 stuks", "Cutting mat 45,7x45,7 cm, pack of 2")
    assert "differ" not in _reason("Vinyl 22,9 x 152,4 cm, zwart", "Vinyl 22,9x152,4 cm black")
    # A size apart is still one: the sides of the size.
    assert "dimensions differ" in _reason("Snijmat 45,7 x 45,7 cm", "Cutting mat 45,7x61 cm")


def test_a_comma_before_a_digit_begins_no_quantity():
    # The digits after a number's comma are that number's ("1,5kg", "0,75 l"), never a quantity
    # begun there: "2,5kg" is read from its first digit, as before, and "10x2,5 kg" is a pack of
    # ten bags of 2.5 kg (`_MULTIPACK_ITEM`), and no bag of 5 kg.
    assert extract("Zak 2,5kg").quantities["mass"] == {2500.0}
    assert extract("Doos 10x2,5 kg").quantities["mass"] == {2500.0}


def test_a_rating_grouped_with_a_comma_matches_no_other_makers_product():
    # The thirty-fifth session landed "1,100" read as 1100 in a catalogue that writes its decimals
    # with points, and took it out again: the rewritten "12,000 BTU" became "12000 BTU", which the
    # matcher reads as a model code, so two makers' air conditioners of one rating were matched
    # (0.96, "same model code 12000"). A rating is a value a whole category shares; until a
    # number followed by a unit word both shops write is read as a quantity rather than a code,
    # commas are not read as thousands (the bare "12000 BTU" is the older form of this weakness).
    from benchmark.matching import match_products
    ours = ["Midea PortaSplit (12,000 BTU) split air conditioner", "Midea dehumidifier 20 l, 1.5 m cable",
            "Midea fan heater 2000 W"]
    theirs = ["De'Longhi Pinguino (12,000 BTU) portable air conditioner",
              "De'Longhi oil radiator 2500 W, 1.8 m cable", "De'Longhi dehumidifier 16 l"]
    found = match_products(pd.DataFrame({"sku": ["o0", "o1", "o2"], "name": ours}),
                           pd.DataFrame({"competitor_product_id": ["t0", "t1", "t2"], "name": theirs}), workers=1)
    pair = found[(found.sku == "o0") & (found.competitor_product_id == "t0")]
    assert not (pair.status == "matched").any(), pair.reason.tolist()
