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
