"""Numbers as each shop writes them: a size's decimals after a comma read with the number they
belong to, wherever its "x" stands. Titles written for these tests, in ways of writing numbers
the batches of catalogues met."""

from __future__ import annotations

import pandas as pd

from benchmark._text import catalogue_numbers, extract
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


def _reasons(ours: list[str], theirs: list[str]) -> list[str]:
    frame = score_pairs(pd.DataFrame({"sku": [f"o{n}" for n in range(len(ours))], "name": ours}),
                        pd.DataFrame({"competitor_product_id": [f"t{n}" for n in range(len(theirs))], "name": theirs}))
    return list(frame.reason)


def test_a_shop_that_writes_its_decimals_with_points_groups_its_thousands_with_commas():
    # Read from the shop's own titles: it writes decimals with a point ("2.5 m") and never with a
    # comma, so a comma before three digits there groups thousands, and "1,100" is 1100. Read as
    # written it was the numbers 1 and 100 against our "1100" ("numbers differ: 1100 vs 1/100").
    theirs = ["Attwood 1,100 GPH bilge pump 12V", "Attwood bilge hose 2.5 m"]
    assert catalogue_numbers(theirs) == (["Attwood 1100 GPH bilge pump 12V", "Attwood bilge hose 2.5 m"],
                                         [frozenset({"1100"}), frozenset()])
    assert "differ" not in _reasons(["Bilgepomp Attwood 1100 GPH, 12 V", "Bilgepomp Attwood 500 GPH, 12 V"], theirs)[0]
    # Its 1,000 is not our 2000: the number still tells two sizes apart.
    assert "numbers differ" in _reasons(["Vitamine D3 2000 IE", "Vitamine K2 7,5 mg"],
                                        ["Vitamin D3 1,000 IU", "Vitamin K2 7.5 mg"])[0]


def test_a_shop_whose_writing_cannot_tell_keeps_its_numbers_as_written():
    # No decimal at all, or decimals both ways (a catalogue of many shops' titles): nothing says
    # what its commas mean, and its titles are read as before. A number begun with a nought is a
    # decimal anywhere ("0,125").
    assert catalogue_numbers(["Pump 1,100 GPH", "Hose 10 m"])[0] == ["Pump 1,100 GPH", "Hose 10 m"]
    assert catalogue_numbers(["Pump 1,100 GPH", "Hose 2.5 m", "Slang 2,5 m"])[0] == [
        "Pump 1,100 GPH", "Hose 2.5 m", "Slang 2,5 m"]
    assert catalogue_numbers(["Needle 0,125 mm", "Bag 2.5 kg"])[0] == ["Needle 0,125 mm", "Bag 2.5 kg"]


def test_a_number_grouped_in_thousands_is_no_model_code():
    # A maker never writes its model number grouped in thousands: "(12,000 BTU)" written whole is
    # a number of the title, not the code five digits are otherwise read as, even where one maker
    # writes it on two products (the portable and the window unit of one rating).
    from benchmark.matching import match_products
    ours = ["Midea PortaSplit (12,000 BTU) split air conditioner", "Midea dehumidifier 20 l, 1.5 m cable"]
    theirs = ["Midea Mission (12,000 BTU) window air conditioner", "Midea oil radiator 2500 W, 1.8 m cable"]
    found = match_products(pd.DataFrame({"sku": ["o0", "o1"], "name": ours}),
                           pd.DataFrame({"competitor_product_id": ["t0", "t1"], "name": theirs}), workers=1)
    pair = found[(found.sku == "o0") & (found.competitor_product_id == "t0")]
    assert not pair.reason.str.contains("model code").any(), pair.reason.tolist()


def test_a_rating_grouped_with_a_comma_matches_no_other_makers_product():
    # The thirty-fifth session landed "1,100" read as 1100 in a catalogue that writes its decimals
    # with points, and took it out again: the rewritten "12,000 BTU" became "12000 BTU", which the
    # matcher read as a model code, so two makers' air conditioners of one rating were matched
    # (0.96, "same model code 12000"). A rating is a value a whole category shares: a number
    # grouped in thousands is read as no code, and a number two makers write before one word is a
    # quantity (`matching.ratings`).
    from benchmark.matching import match_products
    ours = ["Midea PortaSplit (12,000 BTU) split air conditioner", "Midea dehumidifier 20 l, 1.5 m cable",
            "Midea fan heater 2000 W"]
    theirs = ["De'Longhi Pinguino (12,000 BTU) portable air conditioner",
              "De'Longhi oil radiator 2500 W, 1.8 m cable", "De'Longhi dehumidifier 16 l"]
    found = match_products(pd.DataFrame({"sku": ["o0", "o1", "o2"], "name": ours}),
                           pd.DataFrame({"competitor_product_id": ["t0", "t1", "t2"], "name": theirs}), workers=1)
    pair = found[(found.sku == "o0") & (found.competitor_product_id == "t0")]
    assert not (pair.status == "matched").any(), pair.reason.tolist()


def test_a_list_of_three_digit_numbers_written_with_commas_stays_a_list():
    # A shop of decimal points listing the chain lengths or models a part fits with commas and no
    # space writes "114,116,118": read whole as thousands it became the one number 114116118 and
    # the chain's own 114 was gone (review R3, thirty-sixth session). One group of thousands, or
    # groups of noughts after it, is still one number.
    written, whole = catalogue_numbers(["Sram chain 1.5 m 11-speed 114,116,118 links",
                                        "Lamp for Epson EMP 400,500,600 projectors 2.5 m",
                                        "Pump 1,100 GPH", "Prize 12,500,000 tickets", "Fan 1,250,500 hours"])
    assert written == ["Sram chain 1.5 m 11-speed 114,116,118 links", "Lamp for Epson EMP 400,500,600 projectors 2.5 m",
                       "Pump 1100 GPH", "Prize 12500000 tickets", "Fan 1,250,500 hours"]
    assert whole == [frozenset(), frozenset(), frozenset({"1100"}), frozenset({"12500000"}), frozenset()]
