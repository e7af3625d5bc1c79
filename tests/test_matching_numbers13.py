"""Numbers that are quantities though no unit of ours follows them: a rating the two catalogues
show to be one. Titles written for these tests, in ways of writing numbers the batches of
catalogues and the shared sets met."""

from __future__ import annotations

import pandas as pd

from benchmark.matching import match_products


def _matched(ours: list[str], theirs: list[str], our_brands: list[str] | None = None,
             their_brands: list[str] | None = None) -> dict[tuple[str, str], tuple[str, float, str]]:
    o = pd.DataFrame({"sku": [f"o{n}" for n in range(len(ours))], "name": ours})
    t = pd.DataFrame({"competitor_product_id": [f"t{n}" for n in range(len(theirs))], "name": theirs})
    if our_brands:
        o["brand"] = our_brands
    if their_brands:
        t["brand"] = their_brands
    found = match_products(o, t, workers=1)
    return {(x.sku, x.competitor_product_id): (x.status, float(x.score), str(x.reason)) for x in found.itertuples()}


def test_a_rating_two_makers_write_is_no_model_code():
    # "12000" followed by "BTU" after two makers' names: the number is what the word measures, a
    # value every maker's air conditioner of that size carries. Read as a five-digit model code,
    # it matched the two makers' products (0.96, "same model code 12000"). No brand field: the
    # makers are the words each title writes before the number, none of them in the other title.
    found = _matched(["Midea PortaSplit 12000 BTU split air conditioner", "Midea dehumidifier 20 l",
                      "Midea fan heater 2000 W"],
                     ["De'Longhi Pinguino 12000 BTU portable air conditioner", "De'Longhi oil radiator 2500 W",
                      "De'Longhi dehumidifier 16 l"])
    assert found.get(("o0", "t0"), ("missed",))[0] != "matched", found.get(("o0", "t0"))
    assert "model code 12000" not in found.get(("o0", "t0"), ("", 0, ""))[2]


def test_one_makers_two_products_of_one_rating_are_not_one_product():
    # A shop of one maker's air conditioners, and another maker's "12000 BTU" in the other
    # catalogue, which shows the word to measure: the portable and the window unit of one rating
    # are two products, and their ratings still tell the sizes apart.
    found = _matched(["Midea PortaSplit 12000 BTU split air conditioner", "Midea U 8000 BTU window air conditioner",
                      "LG DualCool 9000 BTU window air conditioner"],
                     ["Midea Mission 12000 BTU window air conditioner", "Midea U 8000 BTU inverter window unit",
                      "Frigidaire Gallery 12000 BTU portable air conditioner"])
    assert found.get(("o0", "t0"), ("missed",))[0] != "matched", found.get(("o0", "t0"))
    assert found.get(("o0", "t2"), ("missed",))[0] != "matched", found.get(("o0", "t2"))


def test_a_makers_number_with_a_word_after_it_stays_a_code():
    # A maker's five-digit number written before a word of its name, by both shops: one maker
    # writes it so, however many of the maker's numbers the word follows ("Series" after HON's,
    # "Address" after Avery's), and it names one product.
    found = _matched(["HON 10700 Series Right Pedestal Credenza, Mahogany", "HON 10500 Series Curved Return",
                      "Avery 18160 Address Labels, 750 labels", "Avery 5160 Address Labels, 3000 labels"],
                     ["Hon 10700 Series Stack-on Credenza right pedestal mahogany", "HON 38000 Series Desk",
                      "Avery Easy Peel 18160 Address Labels for inkjet printers", "Avery 8160 Address Labels"],
                     ["HON", "HON", "Avery", "Avery"], ["HON", "HON", "Avery", "Avery"])
    assert found.get(("o0", "t0"), ("missed",))[0] == "matched", found.get(("o0", "t0"))
    assert found.get(("o2", "t2"), ("missed",))[0] == "matched", found.get(("o2", "t2"))



def test_one_product_under_two_names_keeps_its_number():
    # Two brand fields and the same words after the number: one product a maker sells under two
    # of its names (a notebook of one office-supplies group, on one shop's side), no two makers'
    # products of one rating, and the number stays the code that names it.
    from benchmark._text import extract
    from benchmark.matching.ratings import ratings
    # Both names on their side, as Walmart-Amazon's Amazon side writes them; across the two catalogues
    # the same words after a number are a kind's, and say nothing of the makers (review R1 of the
    # thirty-seventh session: two makers' "12000 BTU portable air conditioner with remote, white").
    ours = [extract("Ampad 25159 - multi-subject notebook, college rule, 240 sheets", "Ampad")]
    theirs = [extract("Ampad 25159 - multi-subject notebook, college rule, 240 sheets", "Ampad"),
              extract("Oxford 25159 - multi-subject notebook, college rule, 240 sheets", "Oxford")]
    ratings(ours, theirs)
    assert all("25159" in f.codes for f in ours + theirs)
