"""Two makers' products told apart where a shop fills no brand field: a model code a maker prints in
parts ("GLL 3-80 C") is a conflict only, never evidence, since a size or a span under a short label has
its shape ("EU 39-42", "Age 3-4", "Vol 1-3", "DEN 15-20") and one maker's different products share it
too ("Ages 2-5"); a rating two makers write around a shared kind word is no model code; a code read
from parts after "for" is what the product fits. The reviewer's titles of review R3 of the
thirty-seventh session and R1, R3, R7 of the thirty-eighth, in small catalogues written for these tests
(none a batch's rows). (The module `matching.title_makers` these tests were first written for was taken
out the same session.)"""

from __future__ import annotations

import pandas as pd
import pytest

from benchmark._text import extract


def _matched(ours: list[str], theirs: list[str]) -> dict[tuple[str, str], tuple[str, float, str]]:
    from benchmark.matching import match_products
    found = match_products(pd.DataFrame({"sku": [f"o{n}" for n in range(len(ours))], "name": ours}),
                           pd.DataFrame({"competitor_product_id": [f"t{n}" for n in range(len(theirs))], "name": theirs}),
                           workers=1)
    return {(x.sku, x.competitor_product_id): (x.status, float(x.score), str(x.reason)) for x in found.itertuples()}


# Each: our title, their title (two makers' products under one label and span), and two products a
# side beside them. At the spaced landing (e420cb53) each first pair was matched 0.95-0.98 "same model
# code eu3942" / "age34" / "vol13" / "den1520"; at the session's start proposed by their words.
LABELS = [
    (["Falke Run socks EU 39-42 black", "Garden hose 25 m green", "Kettle 1.7 l stainless steel"],
     ["Burlington Everyday socks EU 39-42 black", "Watering can 10 l", "Toaster two slots white"]),
    (["Name It boys T-shirt Age 3-4 blue", "Kids rain boots yellow", "School backpack red"],
     ["Mayoral boys T-shirt Age 3-4 blue", "Children's umbrella pink", "Lunch box with cutlery"]),
    (["Tolkien The Lord of the Rings Vol 1-3 box set", "Bookmark leather brown", "Reading lamp clip LED"],
     ["Martin A Song of Ice and Fire Vol 1-3 box set", "Book stand bamboo", "Notebook A5 dotted"]),
    (["Wolford Satin Touch 20 tights, size S, DEN 15-20", "Silk scarf floral", "Leather gloves black"],
     ["Calzedonia sheer tights DEN 15-20 size S", "Wool beanie grey", "Umbrella compact black"]),
    (["Socks Falke Run, EU 39-42, black", "Garden hose 25 m green", "Kettle 1.7 l stainless steel"],
     ["Sport socks EU 39-42 black 3-pack", "Watering can 10 l", "Toaster two slots white"]),
]


@pytest.mark.parametrize("ours, theirs", LABELS, ids=["socks", "ages", "volumes", "den", "socks-one-maker"])
def test_a_size_under_a_short_label_on_two_makers_titles_is_no_model_code(ours, theirs):
    found = _matched(ours, theirs)
    status, score, reason = found.get(("o0", "t0"), ("missed", 0.0, ""))
    assert status != "matched", (score, reason)
    assert "same model code" not in reason, reason


# Review R3 of the thirty-eighth session: one maker's different products that share a span under a
# label, with the brand fields alike, were matched on it ("same model code ages25" 0.962; the socks
# "eu3942" 0.982, which the start matched by their words, 0.835: a defect of the start left as it was).
ONE_MAKER = [
    (["LEGO Duplo Fire Station 10969 Ages 2-5", "LEGO Duplo Farm Ages 2-5", "LEGO Classic Bricks Box Ages 4-99"],
     ["LEGO Duplo Town Train Ages 2-5", "LEGO Duplo Zoo Ages 2-5", "LEGO Classic Creative Box Ages 4-99"],
     "LEGO"),
    (["Falke Run socks EU 39-42 black", "Falke Family socks EU 35-38 grey", "Falke Airport socks EU 43-46 navy"],
     ["Falke Walkie Light socks EU 39-42 black", "Falke Sensitive London socks EU 35-38 grey",
      "Falke Tiago socks EU 47-50 blue"], "Falke"),
]


@pytest.mark.parametrize("ours, theirs, brand", ONE_MAKER, ids=["lego-ages", "one-makers-socks"])
def test_one_makers_products_under_one_span_are_no_model_code(ours, theirs, brand):
    from benchmark.matching import match_products
    o = pd.DataFrame({"sku": [f"o{n}" for n in range(len(ours))], "name": ours})
    t = pd.DataFrame({"competitor_product_id": [f"t{n}" for n in range(len(theirs))], "name": theirs})
    if brand:
        o["brand"], t["brand"] = brand, brand
    found = {(x.sku, x.competitor_product_id): (x.status, float(x.score), str(x.reason))
             for x in match_products(o, t, workers=1).itertuples()}
    for pair in (("o0", "t0"), ("o1", "t1")):
        status, score, reason = found.get(pair, ("missed", 0.0, ""))
        assert "same model code" not in reason, (pair, status, score, reason)


# Review R1 of the thirty-eighth session: two titles of the kind a side, so that the kind word recurs
# as a maker would (the leading-word reading of ef56bca6 matched each first pair 0.97 "same model code
# eu3942"): the reviewer's first and last cases.
TWO_A_SIDE = [
    (["Falke Run socks EU 39-42 black", "Falke Walkie socks EU 43-46 grey", "Garden hose 25 m green"],
     ["Burlington Everyday socks EU 39-42 black", "Burlington Lord socks EU 43-46 blue", "Watering can 10 l"]),
    (["Falke Run socks EU 39-42 black", "Burlington Lord socks EU 43-46 blue", "Garden hose 25 m green"],
     ["Burlington Everyday socks EU 39-42 black", "Burlington Lord socks EU 43-46 blue", "Watering can 10 l"]),
]


@pytest.mark.parametrize("ours, theirs", TWO_A_SIDE, ids=["two-makers-two-a-side", "ours-two-makers"])
def test_two_makers_socks_two_a_side_are_no_model_code(ours, theirs):
    found = _matched(ours, theirs)
    status, score, reason = found.get(("o0", "t0"), ("missed", 0.0, ""))
    assert status != "matched", (score, reason)
    assert "same model code" not in reason, reason


def test_a_title_that_opens_with_a_hyphen_is_still_read():
    # A promotion written first ("-20%") ended the look for a hyphened number (review R2 of the
    # thirty-eighth session).
    from benchmark.matching.code_spellings import _digit_hyphen_digit
    assert _digit_hyphen_digit("-20% bosch gll 3-80 c") and _digit_hyphen_digit("- bosch gll 3-80 c")
    assert not _digit_hyphen_digit("-20% bosch line laser")


# Review R1 of the thirty-seventh session: a rating two makers write, where both titles write a kind
# word before the number or the same words after it, was matched 0.96-0.99 "same model code" (no brand
# fields, each maker written once, unrelated products beside).
RATED = [
    (["Xerox 106R02778 toner 30000 Page yield", "Desk lamp LED 5 W", "Stapler 20 sheets"],
     ["Ricoh 841817 toner 30000 Page yield", "Office chair mesh black", "Paper shredder 8 sheets"]),
    (["Midea 12000 BTU portable air conditioner with remote, white", "Electric kettle 1.7 l", "Toaster 2 slots"],
     ["Honeywell 12000 BTU portable air conditioner with remote, white", "Ceiling fan 52 inch", "Hand mixer 300 W"]),
    (["Lexmark 50F2H00 toner 10000 Page-Yield black", "Desk lamp LED 5 W", "Stapler 20 sheets"],
     ["HP 26X CF226X toner 10000 Page-Yield black", "Office chair mesh black", "Paper shredder 8 sheets"]),
]


@pytest.mark.parametrize("ours, theirs", RATED, ids=["toner-kind-word", "btu-same-tail", "toner-short-maker"])
def test_a_rating_two_makers_write_around_a_shared_kind_word_is_no_model_code(ours, theirs):
    found = _matched(ours, theirs)
    status, score, reason = found.get(("o0", "t0"), ("missed", 0.0, ""))
    assert status != "matched", (score, reason)
    assert "same model code" not in reason, reason


# Review R8 of the thirty-eighth session: a shop that sells two makers' toners of one yield (or air
# conditioners of one rating) writes the kind's words after the number on both, and the exception for
# one product listed under two names (Ampad / Oxford) took the whole number back: our Xerox was matched
# with their Ricoh 0.958 "same model code 30000" again, our Midea with their air conditioners.
# Each of their two titles writes a model code of its own: two products.
RATED_TWICE = [
    (["Xerox 106R02778 toner 30000 Page yield", "Desk lamp LED 5 W", "Stapler 20 sheets"],
     ["Ricoh 841817 toner 30000 Page yield", "Kyocera TK-8600 toner 30000 Page yield", "Office chair mesh black",
      "Paper shredder 8 sheets"]),
    (["Midea MPPD12 12000 BTU portable air conditioner with remote, white", "Electric kettle 1.7 l",
      "Toaster 2 slots"],
     ["Honeywell HJ12CES 12000 BTU portable air conditioner with remote, white",
      "DeLonghi PAC EX120 12000 BTU portable air conditioner with remote, white", "Ceiling fan 52 inch"]),
    # One of the two written without a code of its own (review R3 of the thirty-ninth session).
    (["Xerox 106R02778 toner 30000 Page yield", "Desk lamp LED 5 W", "Stapler 20 sheets"],
     ["Ricoh 841817 toner 30000 Page yield", "Kyocera black toner 30000 Page yield", "Office chair mesh black",
      "Paper shredder 8 sheets"]),
    (["Xerox 106R02778 toner 30000 Page yield", "Desk lamp LED 5 W", "Stapler 20 sheets"],
     ["Ricoh toner 30000 Page yield", "Kyocera TK-8600 toner 30000 Page yield", "Office chair mesh black",
      "Paper shredder 8 sheets"]),
]


@pytest.mark.parametrize("ours, theirs", RATED_TWICE, ids=["toners", "air-conditioners", "one-code-second",
                                                           "one-code-first"])
def test_a_rating_one_shop_writes_on_two_makers_titles_is_no_model_code(ours, theirs):
    found = _matched(ours, theirs)
    for pair in (("o0", "t0"), ("o0", "t1")):
        status, score, reason = found.get(pair, ("missed", 0.0, ""))
        assert status != "matched" and "same model code" not in reason, (pair, score, reason)


def test_one_maker_written_first_with_a_word_of_each_after_it_keeps_its_number():
    # Amazon-Google's Google side: "Encore" first in both, "Inc" / "Software" after it, the same number
    # of one game. Set aside as a kind word is, the maker left each title a word of its own.
    from benchmark.matching.ratings import ratings
    ours = [extract("Hoyle card games 2005 for Windows")]
    theirs = [extract("encore inc - 10669 - hoyle backgammon"),
              extract("encore software 10669 - hoyle backgammon - win 98 me 2000 xp")]
    ratings(ours, theirs)
    assert all("10669" in f.codes and not f.rated for f in theirs)


def test_a_tripod_for_a_laser_written_in_parts_is_not_matched_as_the_laser():
    # Review R7 of the thirty-eighth session: the code read from parts never reached `Features.targets`,
    # so the tripod "for" the laser was matched as it (0.959 "same model code gll380c"), where the same
    # code written whole after "for" is read as what the tripod fits.
    ours = pd.DataFrame({"sku": ["o0", "o1", "o2"], "brand": ["Bosch"] * 3,
                         "name": ["Bosch GLL 3-80 C Professional line laser", "Bosch GLM 50-27 CG rangefinder",
                                  "Bosch GCL 2-50 C combi laser"]})
    theirs = pd.DataFrame({"competitor_product_id": ["t0", "t1", "t2"], "brand": [None, "Bosch", "Bosch"],
                           "name": ["Tripod 1.5 m for Bosch GLL 3-80 C", "Bosch GLM 50-27 CG rangefinder",
                                    "Bosch GCL 2-50 C combi laser"]})
    from benchmark.matching import match_products
    found = {(x.sku, x.competitor_product_id): (x.status, float(x.score), str(x.reason))
             for x in match_products(ours, theirs, workers=1).itertuples()}
    status, score, reason = found.get(("o0", "t0"), ("missed", 0.0, ""))
    assert status != "matched" and "same model code" not in reason, (status, score, reason)
