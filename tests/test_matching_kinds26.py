"""A twenty-sixth round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Pottery and ceramics: potter's wheels, electric kilns, a kiln controller and a thermocouple, a pug
mill, clays, glazes and an underglaze, pyrometric cones, a tool kit and a trimming tool, a kiln
shelf, a splash pan, a sponge; a kind none of the twenty-five rounds held (art supplies were held
as paints and brushes, not clay and kilns); ours: a Ta' Qali shop in Malta selling to potters,
schools and hobbyists, 19 products in euros, titled in Maltese as such shops write them: the kind
first ("Rota tal-fuħħar", "Forn tal-fuħħar", "Tafal", "Glejż"), then maker and model, sizes after
commas, Maltese decimals with a point and thousands with a comma ("12.5 kg", "1,320°C"), an English
word where the trade says it in English ("Pug mill", "self-supporting"), "Rota tal-fuħħar Shimpo
VL-Whisper, 1/2 HP, b'pedala"; theirs: a Tashkent shop, 35 listings in so'm, titled in Uzbek (Latin
letters, the turned comma of "oʻ" and "gʻ" on some listings) as such shops write them: the kind
first on most, decimals with a comma and thousands with a space ("12,5 kg", "1 320 °C"), watts as
"Vt", "Kulolchilik charxi Shimpo VL-Whisper, 370 Vt, pedal bilan".
"kulolchilik charxi" is a potter's wheel ("rota tal-fuħħar"), "pedal bilan" with a pedal
("b'pedala"), "kuydirish pechi" a firing kiln ("forn tal-fuħħar"), "litr" litres, "kontroller" and
"pech kontrolleri" a kiln controller ("kontrollur għall-forn"), "dastur" a program ("programm"),
"S turidagi termopara" a thermocouple of type S ("termokoppja tip S"), "loy aralashtirgich" a pug
mill, "vakuumli" with a vacuum ("bil-vakwu"), "loy" clay ("tafal"), "qizil" red ("aħmar"), "sir" a
glaze ("glejż"), "sir osti boʻyogʻi" an underglaze ("żebgħa taħt il-glejż"), "pirometrik konuslari"
pyrometric cones ("koni pirometriċi"), "oʻzi turadigan" self-supporting, "dona" pieces
("biċċiet"), "kulolchilik asboblari toʻplami" a potter's tool kit ("sett ta' għodda tal-fuħħar"),
"qirqish asbobi" a trimming tool ("għodda tat-trimming"), "kordierit pech tokchasi" a cordierite
kiln shelf ("xkaffa għall-forn tal-kordjerite"), "sm" centimetres, "himoya togʻorasi" a splash
pan ("lenbi kontra t-tixrid"), "plastik" plastic, "universal" fits any, "gubka" a sponge
("sponża"), "sariq" yellow ("safra"), "koʻk" blue, "yumshoq" soft ("ratba"), "qattiq" firm; "uchun"
for ("għal"), "bilan" with, "gacha" up to, "toʻplam" a set or kit; "ishlatilgan" used, "yil" a
year; "Artikul" the article number, "Kafolat" a warranty, "Yetkazib berish ... bepul" delivery free.
The second listing is in Russian, as Tashkent shops list too: "Гончарный круг" a potter's wheel,
"Вт" watts, "с педалью" with a pedal.

The hard things, written as such shops write them, not to be easy or hard: wheels a name apart
(Shimpo VL-Whisper / VL-Lite, our RK-55 ours only) or a letter apart (Brent Model B / C), ours in
horsepower and pounds, theirs in watts and kilograms ("1/2 HP" / "370 Vt", "100 lb" / "45 kg
gacha"); kilns a number apart that is their litres (Nabertherm Top 45 / 60, our Top 80 ours only),
ours "230 V" where theirs writes the "220 V" of its mains; the maker's thermocouple "for" our kilns'
line and another's of type K "for" our Top 45, one letter apart; pug mills a digit apart (Peter
Pugger VPM-20 / VPM-30); clays a code apart (Potclays 1112 / 1120) and a weight apart with no
maker (10 / 20 kg), "12.5" against "12,5"; glazes a short code apart (Amaco PC-20 / PC-25, V-361 /
V-387), a digits-only code sold in two sizes (Botz 9353, 200 / 800 ml), our PC-20's article number
in their description after "Artikul:"; pyrometric cones whose number differs by a leading nought
("6" / "06", a hotter and a cooler cone); trimming tools a number apart after the maker (Dolan 310
/ 300); kiln shelves a size apart with no maker, "1.5" against "1,5"; the maker's splash pan "for"
our wheel and another with no maker "for" it; sponges a colour and a firmness apart in Uzbek words;
a used VL-Whisper, a Top 45 sold with a controller; "VL-Whisper" on 5 of their listings (the second
listing included), "Nabertherm" on 5; one product listed twice (the second time in Russian, in the
Cyrillic script).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_VL_WHISPER = gtin_with_check_digit("496040211208")
GTIN_TOP45 = gtin_with_check_digit("404789100451")
GTIN_PC20 = gtin_with_check_digit("078190389203")

# A Maltese pottery-supply shop in euros against a Tashkent one titled in Uzbek, in so'm.
POTTERY: list[Row] = [
    ("Rota tal-fuħħar Shimpo VL-Whisper, 1/2 HP, b'pedala", "1390.00",
     "Kulolchilik charxi Shimpo VL-Whisper, 370 Vt, pedal bilan", "19900000",
     {"ours": {"brand": "Shimpo", "gtin": GTIN_VL_WHISPER},
      "theirs": {"brand": "Shimpo", "description": "Kafolat 2 yil. Yetkazib berish Toshkent bo'ylab bepul."}}),
    (None, None, "Kulolchilik charxi Shimpo VL-Lite, 250 Vt, pedal bilan", "14900000",
     {"theirs": {"brand": "Shimpo"}}),
    (None, None, "Shimpo VL-Whisper kulolchilik charxi, ishlatilgan, 2 yil", "9500000"),
    ("Rota tal-fuħħar Shimpo RK-55, 1/2 HP", "1190.00", None, None),
    ("Rota tal-fuħħar Brent Model B, 1/3 HP, 100 lb", "1590.00",
     "Kulolchilik charxi Brent Model B, 250 Vt, 45 kg gacha", "22500000",
     {"ours": {"brand": "Brent"}}),
    (None, None, "Kulolchilik charxi Brent Model C, 370 Vt, 68 kg gacha", "25900000"),
    ("Forn tal-fuħħar Nabertherm Top 45, 45 l, 1,320°C, 230 V", "2890.00",
     "Kuydirish pechi Nabertherm Top 45, 45 litr, 1 320 °C, 220 V", "41500000",
     {"ours": {"brand": "Nabertherm", "gtin": GTIN_TOP45}, "theirs": {"brand": "Nabertherm"}}),
    (None, None, "Kuydirish pechi Nabertherm Top 60, 60 litr, 1 320 °C, 380 V", "52900000",
     {"theirs": {"brand": "Nabertherm"}}),
    (None, None, "Kuydirish pechi Nabertherm Top 45 + B150 kontroller, toʻplam", "47900000"),
    ("Termokoppja tip S għal Nabertherm Top", "189.00",
     "Nabertherm Top uchun S turidagi termopara", "2650000",
     {"ours": {"brand": "Nabertherm"}}),
    (None, None, "K turidagi termopara Nabertherm Top 45 uchun, 1 200 °C gacha", "650000"),
    ("Pug mill Peter Pugger VPM-20, bil-vakwu", "5490.00",
     "Loy aralashtirgich Peter Pugger VPM-20, vakuumli", "78500000",
     {"ours": {"brand": "Peter Pugger"}}),
    (None, None, "Loy aralashtirgich Peter Pugger VPM-30, vakuumli", "96500000"),
    ("Tafal Potclays Craft Crank 1112, 12.5 kg", "24.90",
     "Loy Potclays Craft Crank 1112, 12,5 kg", "365000"),
    (None, None, "Loy Potclays Buff Stoneware 1120, 12,5 kg", "345000"),
    ("Glejż Amaco Potter's Choice PC-20 Blue Rutile, 473 ml", "29.90",
     "Sir Amaco Potter's Choice PC-20 Blue Rutile, 473 ml", "420000",
     {"ours": {"brand": "Amaco", "gtin": GTIN_PC20, "mpn": "38920J"},
      "theirs": {"description": "Artikul: 38920J. Hajmi 1 pint."}}),
    (None, None, "Sir Amaco Potter's Choice PC-25 Textured Turquoise, 473 ml", "420000"),
    ("Żebgħa taħt il-glejż Amaco Velvet V-361 Jet Black, 59 ml", "7.90",
     "Sir osti boʻyogʻi Amaco Velvet V-361 Jet Black, 59 ml", "115000"),
    (None, None, "Sir osti boʻyogʻi Amaco Velvet V-387 Bright Red, 59 ml", "125000"),
    ("Glejż Botz 9353 Seegrün, 200 ml", "9.90",
     "Sir Botz 9353 Seegrün, 200 ml", "145000"),
    (None, None, "Sir Botz 9353 Seegrün, 800 ml", "465000"),
    ("Koni pirometriċi Orton 6, self-supporting, kaxxa ta' 50", "34.90",
     "Orton pirometrik konuslari 6, oʻzi turadigan, 50 dona", "495000",
     {"ours": {"brand": "Orton"}}),
    (None, None, "Orton pirometrik konuslari 06, oʻzi turadigan, 50 dona", "495000"),
    ("Sett ta' għodda tal-fuħħar Kemper PTK, 8 biċċiet", "14.90",
     "Kulolchilik asboblari toʻplami Kemper PTK, 8 dona", "215000"),
    ("Għodda tat-trimming Dolan 310", "19.90",
     "Dolan 310 qirqish asbobi", "285000"),
    (None, None, "Dolan 300 qirqish asbobi", "275000"),
    ("Xkaffa għall-forn tal-kordjerite, 40 x 30 x 1.5 cm", "29.90",
     "Kordierit pech tokchasi, 40 x 30 x 1,5 sm", "430000"),
    (None, None, "Kordierit pech tokchasi, 50 x 40 x 1,5 sm", "620000"),
    ("Lenbi kontra t-tixrid Shimpo għal VL-Whisper", "69.90",
     "Shimpo VL-Whisper uchun himoya togʻorasi", "990000",
     {"ours": {"brand": "Shimpo"}}),
    (None, None, "VL-Whisper charxi uchun plastik himoya togʻorasi, universal", "290000"),
    ("Sponża Mudtools Mudsponge, safra, ratba", "8.90",
     "Mudtools Mudsponge gubka, sariq, yumshoq", "125000"),
    (None, None, "Mudtools Mudsponge gubka, koʻk, qattiq", "125000"),
    ("Tafal aħmar tal-fuħħar, 10 kg", "12.90",
     "Kulolchilik uchun qizil loy, 10 kg", "110000"),
    (None, None, "Kulolchilik uchun qizil loy, 20 kg", "195000"),
    ("Kontrollur għall-forn Bartlett Genesis, 12-il programm", "449.00",
     "Bartlett Genesis pech kontrolleri, 12 dastur", "6450000"),
    ("Forn tal-fuħħar Nabertherm Top 80, 80 l, 1,320°C, 400 V", "3790.00", None, None),
]

KINDS: dict[str, list[Row]] = {"pottery and ceramics, a Tashkent shop in Uzbek in so'm": POTTERY}
(UZBEK,) = KINDS
CURRENCIES = {UZBEK: "UZS"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    UZBEK: [(0, "Гончарный круг Shimpo VL-Whisper, 370 Вт, с педалью", "20500000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[UZBEK]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The splash pan with no maker names our wheel and is a pair of nothing; the maker's splash pan
    # and thermocouple are true pairs of ours, not of a wheel or a kiln.
    assert "VL-Whisper" in next(t for t in theirs if t["key"] == "T29")["name"] and not any(t == "T29" for _, t in truth)
    assert {("O9", "T9"), ("O28", "T28")} <= truth
    # "VL-Whisper" on 5 of their listings, the second one included; "Nabertherm" on 5.
    assert sum("VL-Whisper" in t["name"] for t in theirs) == 5
    assert sum("Nabertherm" in t["name"] for t in theirs) == 5
    # Our RK-55 and Top 80 are ours only.
    assert not any(o in ("O3", "O35") for o, _ in truth)
    # The second listing is in Russian.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Гончарный" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-five rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 12 of 18 found (3 matched, 9 proposed), 6 missed; no variant matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 6 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are on both sides for most, in Latin letters on both ("VL-Whisper",
# "Top 45", "VPM-20", "PC-20"); the kind words are Maltese against Uzbek; two products have no maker;
# several models are a name or a name and a number ("Model B", "Top 45", "Craft Crank 1112", "Orton
# 6", "Dolan 310").
# Failed at first reading: 12 of 17 found (3 matched, 9 proposed; 0.71), 5 missed; nothing else
# matched or proposed (read without the second listing, as the test reads). Passes since the
# thirty-eighth session (numbers15): 13 of 17 (0.76), the Top 45 kiln proposed once their "1 320 °C"
# reads 1320 as our "1,320°C" does.
def test_an_uzbek_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Kulolchilik charxi Shimpo VL-Whisper, 370 Vt, pedal bilan" / "Rota tal-fuħħar Shimpo
    # VL-Whisper, 1/2 HP, b'pedala": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, UZBEK)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a name (VL-Whisper / VL-Lite), a letter (Model B / C), a number that is the litres
# (Top 45 / 60), a digit (VPM-20 / 30, Dolan 310 / 300), a code (1112 / 1120, PC-20 / PC-25, V-361 /
# V-387), a size (Botz 200 / 800 ml, shelves 40 x 30 / 50 x 40, clay 10 / 20 kg), a leading nought
# (cone 6 / 06) or a colour and firmness in Uzbek (yellow soft / blue firm) is the only difference.
SIBLINGS = [0, 1, 3, 4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 26, 27, 30, 31, 32, 33,
            35]


# Passed at first reading: no sibling matched or proposed (of the rows' 13 true pairs 3 matched, 7
# proposed, 3 missed).
def test_a_sibling_a_name_a_letter_a_digit_a_code_a_size_or_a_nought_apart_tells_two_listings_apart(tmp_path):
    # VL-Lite beside our VL-Whisper (and our RK-55, ours only); Model C beside our Model B; Top 60
    # beside our Top 45 (and our Top 80, ours only); VPM-30 beside our VPM-20; Buff Stoneware 1120
    # beside our Craft Crank 1112; PC-25 beside our PC-20; V-387 beside our V-361; Botz 9353 in 800
    # ml beside ours in 200 ml; cone 06 beside our cone 6; Dolan 300 beside our 310; the 50 x 40
    # shelf beside our 40 x 30; the blue firm sponge beside our yellow soft; 20 kg of red clay beside
    # our 10 kg: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, UZBEK, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Passed at first reading: no sibling matched or proposed.
def test_a_sibling_a_name_a_letter_a_digit_a_code_a_size_or_a_nought_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, UZBEK, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the maker's thermocouple names our kilns' line, the other thermocouple our Top 45
# before "uchun" (for), a letter of type apart; the maker's splash pan and the one with no maker
# both name our VL-Whisper; accessories naming our code were matched as ours in the twenty-third
# to twenty-fifth rounds.
# Failed at first reading: 1 of the rows' 4 true pairs proposed, 3 missed; nothing else matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading three of the four true pairs were missed")
def test_our_wheel_our_kiln_and_the_accessories_for_them_do_not_cross(tmp_path):
    # Our VL-Whisper, Top 45, the maker's thermocouple and splash pan against theirs, the type K
    # thermocouple and the splash pan with no maker: each of ours found with its own listing, the
    # other two matched with nothing, and no accessory's listing matched or put to a person with a
    # wheel or a kiln of ours.
    counts, found, truth = BATCH.read_rows(tmp_path, UZBEK, [0, 6, 9, 10, 28, 29])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "ishlatilgan, 2 yil" and "+ B150 kontroller, toʻplam" are words no condition or bundle
# rule before read; the twenty-fourth round's combo was matched, the twenty-fifth's kit was not.
# Passed at first reading: neither matched or proposed (of the rows' 2 true pairs 1 proposed, 1
# missed).
def test_a_used_wheel_and_a_kiln_with_a_controller_are_not_matched_as_ours(tmp_path):
    # The used VL-Whisper beside our VL-Whisper's own listing; the Top 45 with a controller beside
    # our Top 45's: neither matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, UZBEK, [0, 2, 6, 8])
    assert not counts["wrong matched"], found


# Uncertain: ours writes a Maltese decimal point and a thousands comma ("12.5 kg", "1.5 cm",
# "1,320°C"), theirs a decimal comma and a thousands space ("12,5 kg", "1,5 sm", "1 320 °C"); our
# kiln is "230 V", theirs "220 V"; the shelf has no maker.
# Failed at first reading: 1 of the rows' 3 true pairs proposed, 2 missed; no sibling matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two of the three true pairs were missed")
def test_decimals_and_thousands_written_the_other_way_round_find_their_listing_not_its_sibling(tmp_path):
    # "Forn tal-fuħħar Nabertherm Top 45, 45 l, 1,320°C, 230 V" / "Kuydirish pechi Nabertherm Top 45,
    # 45 litr, 1 320 °C, 220 V" beside Top 60; "Tafal Potclays Craft Crank 1112, 12.5 kg" / "Loy
    # Potclays Craft Crank 1112, 12,5 kg" beside 1120; "Xkaffa għall-forn tal-kordjerite, 40 x 30 x
    # 1.5 cm" / "Kordierit pech tokchasi, 40 x 30 x 1,5 sm" beside the 50 x 40 one: all three of ours
    # found, no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, UZBEK, [6, 7, 13, 14, 26, 27])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: "6" and "06" are two cones a firing range apart, written with the same maker and words;
# a number's leading nought read as the same number would match them.
# Failed at first reading: our cones' own listing missed; the 06 cones matched with nothing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading our cones' own listing was missed")
def test_a_cone_a_leading_nought_apart_is_not_matched_as_ours(tmp_path):
    # "Koni pirometriċi Orton 6, self-supporting, kaxxa ta' 50" / "Orton pirometrik konuslari 6, ..."
    # beside "... konuslari 06, ...": ours found, the 06 cones matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, UZBEK, [21, 22])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "VL-Whisper" is on 5 of their listings, as the codes on many listings that lost a product's pairs
# in the twenty-first to twenty-fifth rounds.
# Failed at first reading: both listings missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both listings were missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Гончарный круг Shimpo VL-Whisper, 370 Вт, с педалью" beside "Kulolchilik charxi Shimpo
    # VL-Whisper, 370 Vt, pedal bilan": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-seventh session); copied here once it
# was not (thirty-eighth session). Read at the thirty-eighth session's start (71e6818b, the matching
# code of e007a61a) the batch reads as its first reading counted it (d926da60): 12 of 18 found (3
# matched, 9 proposed), 6 missed; no variant matched or proposed. Scores are the reading's; "alone" is
# the pair scored by itself (`score_pairs`, titles and other fields, no prices), the same at both:
# - Matched by code (3): Peter Pugger VPM-20 (O11-T11) 0.96, Amaco PC-20 (O15-T15) 0.99 (our MPN
#   38920J after "Artikul:" in their description not needed), Amaco Velvet V-361 (O17-T17) 0.97.
# - Proposed on the titles' likeness, no code (0.70-0.71), where a person would expect a match:
#   Potclays Craft Crank 1112 (O13-T13) 0.71, "same maker's number 1112; one word differs: tafal vs
#   loy" (clay in Maltese and in Uzbek, read as one word apart, a conflict that lets it be proposed
#   only); Botz 9353 in 200 ml (O19-T19) 0.70, "one word differs: glejz vs sir" (glaze), "9353" digits
#   only and no code; Dolan 310 (O24-T24) 0.70, "same maker's number 310".
# - Proposed by wording, the gate unproven ("this competitor's data does not yet show its wording
#   matches right": 9 candidates, the decoy 2 and the chance null 2.9 of them at even odds): Brent
#   Model B (O4-T4) 0.42, a word and a letter, no code; the maker's thermocouple (O9-T9) 0.55; Orton
#   cones 6 (O21-T21) 0.51; the shelf with no maker (O26-T26) 0.42 ("40 x 30 x 1,5 sm" read as the
#   same dimensions as ours, "sm" no unit); Shimpo's splash pan (O28-T28) 0.49; the Bartlett Genesis
#   controller (O34-T34) 0.51, where our "12-il programm" (Maltese writes its article joined to a
#   number) is read as a model code "12il" that their "12 dastur" has not.
# - Missed, a model of letters only on five of their listings: Shimpo VL-Whisper (O0-T0) 0.45 in the
#   catalogue, 0.42 alone, and its Russian second listing (O0-T0b) 0.38, 0.37 alone. "VL-Whisper" is
#   letters and a hyphen, read as no code; it stands on 5 of their listings, so the used VL-Whisper
#   (T2) and the splash pan for it (T28) score 0.46 with our wheel, above its own listing, and the
#   pair is no one's best. Nothing else tells them: "1/2 HP" is no power ours and theirs share, their
#   "370 Vt" a bare number (watts in Uzbek not read; the Russian "370 Вт" is read as 370 W).
# - Missed, thousands written with a space: Nabertherm Top 45 (O6-T6) 0.57 alone, 0.32 in the
#   catalogue with "numbers differ: 1320 vs 1/320": our "1,320°C" is read as 1320 (a catalogue of
#   decimal points, "12.5 kg"), their "1 320 °C" as 1 and 320 (the grouping with a space, in a
#   catalogue of decimal commas, not read). Their "45 litr" is no volume (ours "45 l" is 45 l). Read
#   alone (rows [6]) the pair is proposed 0.74 on "same maker's number 320", the half of the number.
# - Missed, the best of one listing: Kemper PTK (O23-T23) 0.45, 0.37 alone: their listing is our kit's
#   only candidate, and a wording candidate needs our product to have chosen among two or more ("the
#   best of one is no evidence", `pair_tests.wording_tests`); "PTK", letters only, is no code. The red
#   clay with no maker (O32-T32) 0.28, 0.22 alone, the same: one candidate, "10 kg" the only thing in
#   common.
# - Missed, the second view disagreeing: Mudtools Mudsponge (O30-T30) 0.49, 0.46 alone, each other's
#   best by the comparison, but the character view (`first_round._characters_agree`) does not find
#   the pair each other's unique best beside the blue firm sponge (T31, 0.43): colour and firmness are
#   words of two languages ("safra, ratba" / "sariq, yumshoq"), read as no colour.
# Variants matched or proposed: none. Kept apart: VL-Lite, the used VL-Whisper, Model C, Top 60, the
# Top 45 with a controller, the type K thermocouple, VPM-30, Buff Stoneware 1120, PC-25, V-387, Botz
# 9353 in 800 ml, cones 06, Dolan 300, the 50 x 40 shelf, the splash pan with no maker, the blue
# sponge, 20 kg of clay; our RK-55 and Top 80 (ours only) matched nothing.


# A defect of the first reading, named so that the change that mends it sees it pass: a temperature
# grouped in thousands with a space ("1 320 °C", in a catalogue of decimal commas) is read as two
# numbers, and the kiln conflicts with ours ("1,320°C", in a catalogue of decimal points) on "numbers
# differ: 1320 vs 1/320". Passes since numbers15 (thirty-eighth session): their "1 320 °C" reads 1320
# where our catalogue writes 1320 °C whole and never 320 °C.
def test_thousands_grouped_with_a_space_read_as_ours_grouped_with_a_comma(tmp_path):
    # "Forn tal-fuħħar Nabertherm Top 45, 45 l, 1,320°C, 230 V" / "Kuydirish pechi Nabertherm Top 45,
    # 45 litr, 1 320 °C, 220 V", beside the clay whose "12.5 kg" / "12,5 kg" show each catalogue's
    # decimal mark: both of ours found.
    counts, found, truth = BATCH.read_rows(tmp_path, UZBEK, [6, 13])
    assert share_found(counts, truth) == 1.0, found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_sixth_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at d926da60, whose matching code is the session's start c02e1827, that of
    # ba44cea1): 12 of 18 true pairs found (3 matched, 9 proposed), 6 missed; no variant matched or
    # proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=3, found=12, wrong_matched=0, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds26 [-v]
    BATCH.print_reading()
