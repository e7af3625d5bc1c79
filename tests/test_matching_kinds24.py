"""A twenty-fourth round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Weighing scales: precision and analytical balances, compact and counting scales, kitchen,
bathroom and body-composition scales, a pocket scale for jewellery, a luggage scale, a platform
scale, a calibration weight, a balance's power adapter and its in-use cover, a kind none of the
twenty-three rounds held (the laboratory round held glassware and pipettes; coffee brewing gear one
coffee scale; ours: a Slovenian shop selling to homes, laboratories and small shops, 19 products
in euros, titled in Slovenian as such shops write them: the kind first ("Precizna tehtnica",
"Kuhinjska tehtnica", "Osebna tehtnica", "Kalibracijska utež"), then maker and model, capacity and
readability after commas, decimals with a comma ("0,01 g") and thousands with a point ("2.500
g"), "Precizna tehtnica Ohaus Scout SPX222, 220 g x 0,01 g"; theirs: a Ludhiana shop, 35 listings
in rupees, titled in Punjabi (the Gurmukhi script) around the maker and model in Latin letters:
maker and model first, the kind after, capacities in Latin digits on most listings and in
Gurmukhi digits on some ("੨੦੦ ਗ੍ਰਾਮ x ੦.੦੧ ਗ੍ਰਾਮ"), decimals with a point, "Ohaus Scout SPX222
ਸ਼ੁੱਧਤਾ ਤੱਕੜੀ 220 ਗ੍ਰਾਮ x 0.01 ਗ੍ਰਾਮ").
"ਤੱਕੜੀ" is a scale or balance ("tehtnica"), "ਸ਼ੁੱਧਤਾ ਤੱਕੜੀ" a precision balance ("precizna
tehtnica"), "ਐਨਾਲਿਟੀਕਲ ਬੈਲੇਂਸ" an analytical balance ("analitska tehtnica"), "ਗਿਣਤੀ ਵਾਲੀ" counting
("števna"), "ਰਸੋਈ" kitchen ("kuhinjska"), "ਵਜ਼ਨ ਮਸ਼ੀਨ" a weighing machine (a bathroom scale, "osebna
tehtnica"), "ਬਾਡੀ ਕੰਪੋਜ਼ੀਸ਼ਨ ਮਾਨੀਟਰ" a body-composition monitor, "ਗਹਿਣਿਆਂ ਲਈ ਜੇਬੀ" a pocket one
for jewellery ("žepna ... za nakit"), "ਸਾਮਾਨ ਤੋਲਣ ਵਾਲੀ" for weighing luggage ("za prtljago"),
"ਪਲੇਟਫਾਰਮ" platform, "ਕੈਲੀਬ੍ਰੇਸ਼ਨ ਵਜ਼ਨ" a calibration weight ("kalibracijska utež"), "ਕਲਾਸ" class
("razred"), "ਪਾਵਰ ਅਡਾਪਟਰ" a power adapter ("napajalnik"), "ਕਵਰ" a cover ("pokrov"), "ਡਿਜੀਟਲ"
digital, "ਗ੍ਰਾਮ" grams, "ਕਿਲੋ" kilograms, "ਮਿਲੀਗ੍ਰਾਮ" milligrams, "ਕਾਲੀ" black ("črna"),
"ਚਿੱਟੀ" white ("bela"), "ਨੀਲੀ" blue ("modra"); "ਲਈ" for (after a model, an accessory that fits),
"ਅਨੁਕੂਲ" compatible, "ਨਾਲ" with, "ਕੰਬੋ" a combo; "ਵਰਤੀ ਹੋਈ" used, "ਮਹੀਨੇ" months, "ਡੈਮੋ ਪੀਸ" a
demonstration piece, "ਡੱਬੇ ਤੋਂ ਬਿਨਾਂ" without its box; "ਪਾਰਟ ਨੰਬਰ" the part number, "ਵਾਰੰਟੀ" a
warranty, "ਸਾਲ" a year. Gurmukhi digits: ੦ ੧ ੨ ੩ ੪ ੫ ੬ ੭ ੮ ੯ (0 to 9).

The hard things, written as such shops write them, not to be easy or hard: one maker's balances a
capacity apart (Ohaus Scout SPX222 / SPX422, SPX622 ours only; Pioneer PX224 / PX124), the part
number of our SPX222 in their description after "ਪਾਰਟ ਨੰਬਰ"; a code written apart on ours and
together on theirs, a sibling a digit and a zero apart ("PCB 2500-2" / "PCB2500-2" / "PCB 250-3"),
ours "2.500 g" (a thousands point) against their "2500"; a digit apart (A&D EK-610i / EK-6100i; Omron
HN-289 / HN-286; Tanita BC-545N / BC-541N, "BC545N" written together on theirs; Seca 813 / 803, three
digits), a code with a decimal in it (Kern CFS 30K0.5 / 15K0.2), a name and a digit (Soehnle Page
Profi 200 / 300; Adam CPWplus 75 / 150), a colour in Gurmukhi with the maker's colour suffix on ours
only (Salter 1036 BKSSDR black / white), a code written apart on ours ("KS 19" / "KS19"); a class of
two characters (F1 / M1 calibration weights, the maker's article number in both descriptions); the
maker's adapter naming two of our balances' lines, its in-use cover for one of them, and another
maker's adapter "for" our SPX222 with its code in its title; a used SPX222, a demonstration CPWplus
75 without its box, an EK-610i combo with a calibration weight; a pocket and a luggage scale with no
maker, their capacities in Gurmukhi digits; "SPX222" on 4 of their listings (the second listing
included) and "Scout SPX" on 7; one product listed twice (the second time in English, the maker's
own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_SPX222 = gtin_with_check_digit("087968402218")
GTIN_EK610I = gtin_with_check_digit("498128401612")
GTIN_HN289 = gtin_with_check_digit("490183071554")
GTIN_BC545N = gtin_with_check_digit("501573102433")

# A Slovenian scales shop in euros against a Ludhiana one titled in Punjabi, in rupees.
SCALES: list[Row] = [
    ("Precizna tehtnica Ohaus Scout SPX222, 220 g x 0,01 g", "389.00",
     "Ohaus Scout SPX222 ਸ਼ੁੱਧਤਾ ਤੱਕੜੀ 220 ਗ੍ਰਾਮ x 0.01 ਗ੍ਰਾਮ", "31500",
     {"ours": {"brand": "Ohaus", "gtin": GTIN_SPX222, "mpn": "30253017"},
      "theirs": {"brand": "Ohaus", "description": "ਪਾਰਟ ਨੰਬਰ: 30253017, ਵਾਰੰਟੀ ੧ ਸਾਲ"}}),
    (None, None, "Ohaus Scout SPX422 ਸ਼ੁੱਧਤਾ ਤੱਕੜੀ 420 ਗ੍ਰਾਮ x 0.01 ਗ੍ਰਾਮ", "38900",
     {"theirs": {"brand": "Ohaus", "description": "ਪਾਰਟ ਨੰਬਰ: 30253018, ਵਾਰੰਟੀ ੧ ਸਾਲ"}}),
    (None, None, "Ohaus Scout SPX222 ਤੱਕੜੀ ਵਰਤੀ ਹੋਈ ੮ ਮਹੀਨੇ", "16500"),
    ("Precizna tehtnica Ohaus Scout SPX622, 620 g x 0,01 g", "469.00", None, None),
    ("Analitska tehtnica Ohaus Pioneer PX224, 220 g x 0,1 mg", "2390.00",
     "Ohaus Pioneer PX224 ਐਨਾਲਿਟੀਕਲ ਬੈਲੇਂਸ 220 ਗ੍ਰਾਮ x 0.1 ਮਿਲੀਗ੍ਰਾਮ", "189000",
     {"ours": {"brand": "Ohaus", "mpn": "30429797"}}),
    (None, None, "Ohaus Pioneer PX124 ਐਨਾਲਿਟੀਕਲ ਬੈਲੇਂਸ 120 ਗ੍ਰਾਮ x 0.1 ਮਿਲੀਗ੍ਰਾਮ", "172000"),
    ("Precizna tehtnica Kern PCB 2500-2, 2.500 g x 0,01 g", "329.00",
     "Kern PCB2500-2 ਸ਼ੁੱਧਤਾ ਤੱਕੜੀ 2500 ਗ੍ਰਾਮ x 0.01 ਗ੍ਰਾਮ", "26500",
     {"ours": {"brand": "Kern"}}),
    (None, None, "Kern PCB 250-3 ਸ਼ੁੱਧਤਾ ਤੱਕੜੀ 250 ਗ੍ਰਾਮ x 0.001 ਗ੍ਰਾਮ", "29900"),
    ("Kompaktna tehtnica A&D EK-610i, 600 g x 0,01 g", "189.00",
     "A&D EK-610i ਡਿਜੀਟਲ ਤੱਕੜੀ 600 ਗ੍ਰਾਮ x 0.01 ਗ੍ਰਾਮ", "14500",
     {"ours": {"brand": "A&D", "gtin": GTIN_EK610I}}),
    (None, None, "A&D EK-6100i ਡਿਜੀਟਲ ਤੱਕੜੀ 6000 ਗ੍ਰਾਮ x 0.1 ਗ੍ਰਾਮ", "16900"),
    (None, None, "A&D EK-610i ਤੱਕੜੀ + 500 ਗ੍ਰਾਮ ਕੈਲੀਬ੍ਰੇਸ਼ਨ ਵਜ਼ਨ ਕੰਬੋ", "18500"),
    ("Števna tehtnica Kern CFS 30K0.5, 30 kg x 0,5 g", "719.00",
     "Kern CFS 30K0.5 ਗਿਣਤੀ ਵਾਲੀ ਤੱਕੜੀ 30 ਕਿਲੋ x 0.5 ਗ੍ਰਾਮ", "56000"),
    (None, None, "Kern CFS 15K0.2 ਗਿਣਤੀ ਵਾਲੀ ਤੱਕੜੀ 15 ਕਿਲੋ x 0.2 ਗ੍ਰਾਮ", "54000"),
    ("Kuhinjska tehtnica Soehnle Page Profi 200, do 15 kg, črna", "44.90",
     "Soehnle Page Profi 200 ਰਸੋਈ ਤੱਕੜੀ 15 ਕਿਲੋ ਕਾਲੀ", "3990",
     {"ours": {"brand": "Soehnle", "mpn": "61511"}}),
    (None, None, "Soehnle Page Profi 300 ਰਸੋਈ ਤੱਕੜੀ 20 ਕਿਲੋ ਕਾਲੀ", "4990"),
    ("Kuhinjska tehtnica Salter 1036 BKSSDR, 5 kg, črna", "24.90",
     "Salter 1036 ਡਿਜੀਟਲ ਰਸੋਈ ਤੱਕੜੀ 5 ਕਿਲੋ ਕਾਲੀ", "1899",
     {"ours": {"brand": "Salter", "mpn": "1036 BKSSDR"}}),
    (None, None, "Salter 1036 ਡਿਜੀਟਲ ਰਸੋਈ ਤੱਕੜੀ 5 ਕਿਲੋ ਚਿੱਟੀ", "1899"),
    ("Osebna tehtnica Omron HN-289, do 150 kg, črna", "29.90",
     "Omron HN-289 ਡਿਜੀਟਲ ਵਜ਼ਨ ਮਸ਼ੀਨ 150 ਕਿਲੋ ਕਾਲੀ", "1690",
     {"ours": {"brand": "Omron", "gtin": GTIN_HN289}}),
    (None, None, "Omron HN-286 ਡਿਜੀਟਲ ਵਜ਼ਨ ਮਸ਼ੀਨ 180 ਕਿਲੋ ਕਾਲੀ", "1990"),
    ("Tehtnica za telesno sestavo Tanita BC-545N, 150 kg, bela", "94.90",
     "Tanita BC545N ਬਾਡੀ ਕੰਪੋਜ਼ੀਸ਼ਨ ਮਾਨੀਟਰ 150 ਕਿਲੋ ਚਿੱਟੀ", "8990",
     {"ours": {"brand": "Tanita", "gtin": GTIN_BC545N}}),
    (None, None, "Tanita BC-541N ਬਾਡੀ ਕੰਪੋਜ਼ੀਸ਼ਨ ਮਾਨੀਟਰ 150 ਕਿਲੋ ਚਿੱਟੀ", "7990"),
    ("Kuhinjska tehtnica Beurer KS 19, 5 kg, bela", "19.90",
     "Beurer KS19 ਰਸੋਈ ਤੱਕੜੀ 5 ਕਿਲੋ ਚਿੱਟੀ", "1499"),
    ("Osebna tehtnica Seca 813 robusta, do 200 kg", "59.00",
     "Seca 813 ਡਿਜੀਟਲ ਵਜ਼ਨ ਮਸ਼ੀਨ 200 ਕਿਲੋ", "4500"),
    (None, None, "Seca 803 ਡਿਜੀਟਲ ਵਜ਼ਨ ਮਸ਼ੀਨ 150 ਕਿਲੋ", "3900"),
    ("Žepna tehtnica za nakit, 200 g x 0,01 g", "12.90",
     "ਗਹਿਣਿਆਂ ਲਈ ਜੇਬੀ ਡਿਜੀਟਲ ਤੱਕੜੀ ੨੦੦ ਗ੍ਰਾਮ x ੦.੦੧ ਗ੍ਰਾਮ", "399"),
    (None, None, "ਗਹਿਣਿਆਂ ਲਈ ਜੇਬੀ ਡਿਜੀਟਲ ਤੱਕੜੀ ੫੦੦ ਗ੍ਰਾਮ x ੦.੦੧ ਗ੍ਰਾਮ", "449"),
    ("Tehtnica za prtljago, do 50 kg, črna", "9.90",
     "ਸਾਮਾਨ ਤੋਲਣ ਵਾਲੀ ਡਿਜੀਟਲ ਤੱਕੜੀ ੫੦ ਕਿਲੋ ਕਾਲੀ", "349"),
    ("Kalibracijska utež Kern 200 g, razred F1, nerjavno jeklo", "69.00",
     "Kern ਕੈਲੀਬ੍ਰੇਸ਼ਨ ਵਜ਼ਨ 200 ਗ੍ਰਾਮ F1 ਕਲਾਸ ਸਟੇਨਲੈਸ ਸਟੀਲ", "5200",
     {"ours": {"brand": "Kern", "mpn": "328-05"},
      "theirs": {"brand": "Kern", "description": "ਪਾਰਟ ਨੰਬਰ 328-05"}}),
    (None, None, "Kern ਕੈਲੀਬ੍ਰੇਸ਼ਨ ਵਜ਼ਨ 200 ਗ੍ਰਾਮ M1 ਕਲਾਸ ਸਟੇਨਲੈਸ ਸਟੀਲ", "2900",
     {"theirs": {"brand": "Kern", "description": "ਪਾਰਟ ਨੰਬਰ 348-05"}}),
    ("Napajalnik Ohaus za tehtnice Scout SPX in Pioneer PX", "34.90",
     "Ohaus ਪਾਵਰ ਅਡਾਪਟਰ (Scout SPX / Pioneer PX ਲਈ)", "2800",
     {"ours": {"brand": "Ohaus", "mpn": "30269019"}}),
    (None, None, "12V ਪਾਵਰ ਅਡਾਪਟਰ Ohaus Scout SPX222 ਲਈ ਅਨੁਕੂਲ", "650"),
    ("Zaščitni pokrov Ohaus za tehtnice Scout SPX", "19.90",
     "Ohaus ਇਨ-ਯੂਜ਼ ਕਵਰ (Scout SPX ਲਈ)", "1500"),
    ("Platformna tehtnica Adam CPWplus 75, 75 kg x 20 g", "349.00",
     "Adam CPWplus 75 ਪਲੇਟਫਾਰਮ ਤੱਕੜੀ 75 ਕਿਲੋ x 20 ਗ੍ਰਾਮ", "23500"),
    (None, None, "Adam CPWplus 150 ਪਲੇਟਫਾਰਮ ਤੱਕੜੀ 150 ਕਿਲੋ x 50 ਗ੍ਰਾਮ", "27500"),
    (None, None, "Adam CPWplus 75 ਪਲੇਟਫਾਰਮ ਤੱਕੜੀ ਡੈਮੋ ਪੀਸ, ਡੱਬੇ ਤੋਂ ਬਿਨਾਂ", "17900"),
    ("Osebna tehtnica Omron HN-300T2 Intelli IT, Bluetooth", "59.90", None, None),
]

KINDS: dict[str, list[Row]] = {"weighing scales, a Ludhiana shop in Punjabi in rupees": SCALES}
(PUNJABI,) = KINDS
CURRENCIES = {PUNJABI: "INR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    PUNJABI: [(0, "OHAUS Scout SPX222 Portable Balance, 220 g x 0.01 g", "32900")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[PUNJABI]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The maker's adapter and cover name our balances' lines and are true pairs of ours, not of
    # a balance; the other maker's adapter names our SPX222 and is a pair of nothing.
    assert {("O0", "T0"), ("O4", "T4"), ("O29", "T29"), ("O31", "T31")} <= truth
    assert "SPX222" in next(t for t in theirs if t["key"] == "T30")["name"] and not any(t == "T30" for _, t in truth)
    # "SPX222" on 4 of their listings, the second one included.
    assert sum("SPX222" in t["name"] for t in theirs) == 4
    # Our SPX622 and HN-300T2 are ours only.
    assert not any(o in ("O3", "O35") for o, _ in truth)
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Portable Balance" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-three rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 7 of 18 found (7 matched, none proposed), 11 missed; 1 variant matched,
# none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 11 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("SPX222", "EK-610i",
# "HN-289"); the kind words are Slovenian against Punjabi; two have no maker (the pocket and the
# luggage scale) and write their capacities in Gurmukhi digits.
# Failed at first reading: 12 of 17 found (7 matched, 5 proposed; 0.71), 5 missed; 2 other listings
# matched (read without the second listing, as the test reads).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 12 of 17 found (0.71)")
def test_a_punjabi_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Ohaus Scout SPX222 ਸ਼ੁੱਧਤਾ ਤੱਕੜੀ 220 ਗ੍ਰਾਮ x 0.01 ਗ੍ਰਾਮ" / "Precizna tehtnica Ohaus Scout
    # SPX222, 220 g x 0,01 g": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, PUNJABI)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a capacity (SPX222 / 422 / 622, PX224 / 124, PCB 2500-2 / 250-3, CFS 30K0.5 / 15K0.2,
# CPWplus 75 / 150, a pocket scale 200 / 500 g), a digit (EK-610i / 6100i, HN-289 / 286, BC-545N /
# 541N, Seca 813 / 803), a name and a digit (Page Profi 200 / 300), a colour in Gurmukhi (Salter 1036
# black / white) or a class (F1 / M1) is the only difference.
SIBLINGS = [0, 1, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25, 27, 28,
            32, 33, 35]


# Passed at first reading: no sibling matched or proposed (of the rows' 13 true pairs 7 matched, 4
# proposed, 2 missed).
def test_a_sibling_a_capacity_a_digit_a_colour_or_a_class_apart_tells_two_listings_apart(tmp_path):
    # SPX422 beside our SPX222 (and our SPX622, ours only); PX124 beside our PX224; PCB 250-3 beside
    # our PCB 2500-2; EK-6100i beside our EK-610i; CFS 15K0.2 beside our 30K0.5; Page Profi 300
    # beside our 200; the white Salter 1036 beside our black; HN-286 beside our HN-289 (and our
    # HN-300T2, ours only); BC-541N beside our BC-545N; Seca 803 beside our 813; the 500 g pocket
    # scale beside our 200 g; the M1 weight beside our F1; CPWplus 150 beside our 75: nothing
    # matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, PUNJABI, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Passed at first reading: no sibling matched or proposed.
def test_a_sibling_a_capacity_a_digit_a_colour_or_a_class_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, PUNJABI, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the adapter names two of our balances' lines, the cover one of them, in both shops; the
# other maker's adapter names our SPX222 before "ਲਈ ਅਨੁਕੂਲ" (compatible, for).
# Failed at first reading: 2 of the rows' 4 true pairs matched, 2 missed; nothing else matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two of the four true pairs were missed")
def test_our_balance_its_adapter_its_cover_and_another_makers_adapter_do_not_cross(tmp_path):
    # Our Scout SPX222, Pioneer PX224, the Ohaus adapter and cover against theirs and the other
    # maker's adapter: each of ours found with its own listing, the other maker's adapter matched
    # with nothing, and no accessory's listing matched or put to a person with a balance of ours.
    counts, found, truth = BATCH.read_rows(tmp_path, PUNJABI, [0, 4, 29, 30, 31])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "ਵਰਤੀ ਹੋਈ", "ਡੈਮੋ ਪੀਸ, ਡੱਬੇ ਤੋਂ ਬਿਨਾਂ" and "ਕੰਬੋ" are words no condition or bundle rule
# before read.
# Failed at first reading: 2 of these listings matched with our product (of the rows' 3 true pairs
# 2 matched, 1 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two of these listings were matched with our product")
def test_a_used_balance_a_demonstration_scale_and_a_combo_are_not_matched_as_ours(tmp_path):
    # The used SPX222 beside our SPX222's own listing; the demonstration CPWplus 75 beside our
    # CPWplus 75's; the EK-610i combo beside our EK-610i's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, PUNJABI, [0, 2, 8, 10, 32, 34])
    assert not counts["wrong matched"], found


# Uncertain: ours writes "2.500 g" (a thousands point) and "PCB 2500-2" apart, theirs "2500" and
# "PCB2500-2"; the sibling "PCB 250-3" is written apart as ours is.
# Passed at first reading: our balance matched with its own listing, the sibling with nothing.
def test_a_code_written_apart_and_a_thousands_point_find_our_balance_not_its_sibling(tmp_path):
    # "Precizna tehtnica Kern PCB 2500-2, 2.500 g x 0,01 g" / "Kern PCB2500-2 ਸ਼ੁੱਧਤਾ ਤੱਕੜੀ 2500
    # ਗ੍ਰਾਮ x 0.01 ਗ੍ਰਾਮ" beside "Kern PCB 250-3 ... 250 ਗ੍ਰਾਮ x 0.001 ਗ੍ਰਾਮ": ours found with its own
    # listing and not matched with the sibling.
    counts, found, truth = BATCH.read_rows(tmp_path, PUNJABI, [6, 7])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: the pocket and the luggage scale have no maker and write their capacities in Gurmukhi
# digits on theirs; the twenty-third round's rolls in Kannada digits were missed.
# Failed at first reading: both true pairs missed; nothing matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both true pairs were missed")
def test_scales_with_no_maker_and_capacities_in_gurmukhi_digits_find_each_other(tmp_path):
    # "Žepna tehtnica za nakit, 200 g x 0,01 g" / "ਗਹਿਣਿਆਂ ਲਈ ਜੇਬੀ ਡਿਜੀਟਲ ਤੱਕੜੀ ੨੦੦ ਗ੍ਰਾਮ x ੦.੦੧
    # ਗ੍ਰਾਮ" beside the 500 g one, and the luggage scale "੫੦ ਕਿਲੋ": both of ours found, the 500 g one
    # matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, PUNJABI, [24, 25, 26])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "SPX222" is on 4 of their listings, as the codes on many listings that lost a product's every pair
# in the twenty-first to twenty-third rounds.
# Failed at first reading: the first listing matched, the second missed. Passes since many14
# (thirty-seventh session): the English listing read apart on the tie of its own words ("portable",
# "balance") and the common ones ("ohaus", "scout"), both listings matched by the code (0.95, 0.96).
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "OHAUS Scout SPX222 Portable Balance, 220 g x 0.01 g" beside "Ohaus Scout SPX222 ਸ਼ੁੱਧਤਾ ਤੱਕੜੀ
    # 220 ਗ੍ਰਾਮ x 0.01 ਗ੍ਰਾਮ": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-fifth session); copied here once it
# was not (thirty-sixth session). Read at the thirty-sixth session's start (a3fc6ad2) the batch
# reads as at its first reading (f360161a), pair for pair, but where a line below says otherwise;
# each missed true pair scored alone (`score_pairs`, titles and other fields, no prices) reads the
# same at both but where a line says otherwise. Scores are the start's:
# - Matched by code (7): Ohaus Scout SPX222 (O0-T0) 0.95, Kern CFS 30K0.5 (O11-T11) 0.95 ("same
#   model code 30k05"), Omron HN-289 (O17-T17) 0.95, Tanita BC-545N / "BC545N" (O19-T19) 0.94,
#   Pioneer PX224 (O4-T4) 0.94, A&D EK-610i (O8-T8) 0.95, and Kern "PCB 2500-2" / "PCB2500-2"
#   (O6-T6) 0.94 on "same model code 25002": the series letters written apart dropped from the code
#   (right here, its sibling "PCB 250-3" reads 2503; a digits-only code is weaker than it looks);
#   ours "2.500 g" gave no conflict.
# - Missed though 0.96 alone ("same model code spx222"), a code on many of their listings: the
#   SPX222's English second listing (O0-T0b). "SPX222" is on 4 of their listings (the true one, the
#   used one, the other maker's adapter, the English one): the sixth round running that a code on
#   many listings loses a pair (EU22i, RG59, SM58, NT1, FF353, G-TR4000, PD6GA before).
# - No pair proposed at all in the catalogue, and one Latin listing is why: read without the second
#   listing (the Punjabi title test's call) five are proposed by wording, Soehnle Page Profi 200
#   (O13-T13), Salter 1036 (O15-T15), Seca 813 (O22-T22), the Ohaus adapter (O29-T29), Adam CPWplus
#   75 (O32-T32), and the used SPX222 (T2) is matched with our SPX222 (0.94); with the English
#   second listing added all five proposals vanish (and the used one is kept apart). One listing in
#   another writing changes the wording rule's verdict for the whole competitor. Alone: 0.52, 0.36,
#   0.34, 0.56, 0.48.
# - Missed, a code not read as one: "Page Profi 200" (a name and a number), Salter "1036 BKSSDR" /
#   "1036" (digits with the maker's colour suffix on ours), "Seca 813" (three digits), Beurer "KS
#   19" / "KS19" (O21-T21) 0.24 alone (written apart on ours), "CPWplus 75".
# - Missed, our MPN 328-05 in their description after "ਪਾਰਟ ਨੰਬਰ " with no colon not read: the Kern
#   F1 weight (O27-T27) 0.30 alone (titles only). The same label with a colon ("ਪਾਰਟ ਨੰਬਰ:
#   30253017") is on the SPX222, matched by its title's code anyway; in 24b and 24c labels with a
#   colon were read.
# - Missed, no maker, capacities in Gurmukhi digits: the pocket scale "੨੦੦ ਗ੍ਰਾਮ x ੦.੦੧ ਗ੍ਰਾਮ"
#   (O24-T24) 0.23 alone, the luggage scale "੫੦ ਕਿਲੋ" (O26-T26) 0.09 (no conflict read; nothing to
#   align); in rows [24, 25, 26] alone both missed.
# - Missed, accessories naming two lines of balances: the Ohaus adapter "(Scout SPX / Pioneer PX
#   ਲਈ)" 0.56 alone, the in-use cover "(Scout SPX ਲਈ)" (O31-T31) 0.36.
# Variants matched (1): the EK-610i combo "+ 500 ਗ੍ਰਾਮ ਕੈਲੀਬ੍ਰੇਸ਼ਨ ਵਜ਼ਨ ਕੰਬੋ" (T10) with our EK-610i
# 0.95, "the same product as their listing" (the "+ ... ਕੰਬੋ" not read as a bundle). Proposed: none.
# Kept apart: SPX422, the used SPX222 (in the catalogue; matched in rows alone), PX124, PCB 250-3,
# EK-6100i, CFS 15K0.2, Page Profi 300, the white Salter, HN-286, BC-541N, Seca 803, the 500 g
# pocket scale, the M1 weight, the other maker's adapter, CPWplus 150, the demonstration CPWplus
# (mostly because their own pair was missed); our SPX622 and HN-300T2 (ours only) matched nothing.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_fourth_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at f360161a, whose matching code is the session's start 62d3bb29 but for
    # 0eea54b5, a forked reader's failed write given up, and bcb019c0, no quantity begun after a
    # number's comma): 7 of 18 true pairs found (7 matched, none proposed), 11 missed; 1 variant
    # matched, none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=7, found=7, wrong_matched=1, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds24 [-v]
    BATCH.print_reading()
