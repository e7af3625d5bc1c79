"""A twenty-fifth round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Laser levels, distance meters and measuring tools: line, cross-line and combination lasers, laser
distance meters, a laser receiver and laser glasses, a tripod, a wall scanner, spirit levels,
measuring tapes and a folding rule, a tool battery; a kind none of the twenty-four rounds held
(power tools were held as drills and saws, not measuring); ours: a Zagreb shop selling to builders
and homes, 19 products in euros, titled in Croatian as such shops write them: the kind first
("Linijski laser", "Laserski daljinomjer", "Križni laser", "Libela", "Stativ", "Mjerna traka"),
then maker and model, range and beam after commas, decimals with a comma ("±0,2 mm/m", "2,0 Ah"),
"Linijski laser Bosch GLL 3-80 C Professional, crvena zraka, ±0,2 mm/m"; theirs: a Bhubaneswar
shop, 35 listings in rupees, titled in Odia (the Odia script) around the maker and model in Latin
letters: maker and model first, the kind after, ranges and sizes in Latin digits on most listings
and in Odia digits on some ("୫୦ ମିଟର", "୮ ମିଟର x ୩୨ ମିମି"), decimals with a point, "Bosch GLL
3-80 C Professional ଲାଇନ ଲେଜର, ଲାଲ ବିମ୍, ±0.2 ମିମି/ମିଟର".
"ଲାଇନ ଲେଜର" is a line laser ("linijski laser"), "କ୍ରସ ଲାଇନ ଲେଜର" a cross-line laser ("križni
laser"), "କମ୍ବି ଲେଜର" a combination laser ("kombinirani laser"), "ଲେଜର ଦୂରତା ମାପକ" a laser
distance meter ("laserski daljinomjer"), "ଡିଜିଟାଲ ଲେଜର ମାପକ" a digital laser measure, "ଲେଜର
ରିସିଭର" a laser receiver ("laserski prijemnik"), "ଲେଜର ଚଷମା" laser glasses ("naočale za
laser"), "ଟ୍ରାଇପଡ" a tripod ("stativ"), "ୱାଲ ସ୍କାନର" a wall scanner ("detektor"), "ସ୍ପିରିଟ
ଲେଭେଲ" a spirit level ("libela"), "ମାପ ଫିତା" a measuring tape ("mjerna traka"), "କାଠ ଫୋଲ୍ଡିଂ ମାପ
ସ୍କେଲ" a wooden folding rule ("zidarski metar, drveni"), "ବ୍ୟାଟେରୀ" a battery ("baterija"), "ବିମ୍"
a beam ("zraka"), "ଲାଲ" red ("crvena"), "ସବୁଜ" green ("zelena"), "ଆଲୁମିନିୟମ" aluminium, "ମିଟର"
metres, "ସେମି" centimetres, "ମିମି" millimetres; "ପାଇଁ" for (after a model, an accessory that fits),
"ସହିତ" with, "ବିନା" without ("ବ୍ୟାଟେରୀ ବିନା", without a battery, "bez baterije"), "କିଟ୍" a kit;
"ବ୍ୟବହୃତ" used, "ମାସ" months, "ଡେମୋ ପିସ୍" a demonstration piece, "ବାକ୍ସ ବିନା" without its box;
"ପାର୍ଟ ନମ୍ବର" the part number, "ମଡେଲ ନମ୍ବର" the model number, "ୱାରେଣ୍ଟି" a warranty, "ବର୍ଷ" a
year. Odia digits: ୦ ୧ ୨ ୩ ୪ ୫ ୬ ୭ ୮ ୯ (0 to 9).

The hard things, written as such shops write them, not to be easy or hard: one maker's lasers a
letter apart, the letter the beam's colour (Bosch GLL 3-80 C / CG, GLM 50-27 CG / C; Makita
SK106DZ / SK106GDZ), the part number of our GLL 3-80 C in their description after "ପାର୍ଟ ନମ୍ବର:"
written apart as the maker prints it ("0 601 063 R00") and our tripod's after "ମଡେଲ ନମ୍ବର" with no
colon; short codes (Leica DISTO D2 / D1, X4 / X3, our D110 ours only; the receiver "LR 7" written
apart on both); a code with the maker's country suffix on ours only ("DCE088D1G18-QW" /
"DCE088D1G18") beside its body-only sibling ("DCE088NG18"); two makers' wall scanners sharing a
number (Bosch GMS 120 / D-tect 120); a name and a generation (Bosch Zamo III / II); spirit levels
a length apart (Stabila 70-2, 60 / 120 cm), tapes a length apart in Odia digits (Stanley FatMax 8 /
5 m), folding rules with no maker a length apart in Odia digits (2 / 1 m); laser glasses a colour
apart in Odia (red / green); two makers' 12 V batteries of the same 2.0 Ah (Bosch GBA / DeWalt
DCB127), ours "2,0 Ah" with a decimal comma; the receiver naming two of our lasers, a tripod with
no maker "for" our GLL 3-80, the maker's tripod; a GLL 3-80 C kit with the tripod, a used GCL 2-50
C, a demonstration DISTO X4 without its box; "GLL 3-80" on 6 of their listings (the second listing
included) and "Bosch" on 18; one product listed twice (the second time in English, the maker's own
title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_GLL380C = gtin_with_check_digit("316514089731")
GTIN_GLM5027CG = gtin_with_check_digit("316514098424")
GTIN_DISTO_D2 = gtin_with_check_digit("763136085725")
GTIN_DCE088 = gtin_with_check_digit("502863897120")

# A Zagreb measuring-tools shop in euros against a Bhubaneswar one titled in Odia, in rupees.
LEVELS: list[Row] = [
    ("Linijski laser Bosch GLL 3-80 C Professional, crvena zraka, ±0,2 mm/m", "449.00",
     "Bosch GLL 3-80 C Professional ଲାଇନ ଲେଜର, ଲାଲ ବିମ୍, ±0.2 ମିମି/ମିଟର", "54990",
     {"ours": {"brand": "Bosch", "gtin": GTIN_GLL380C, "mpn": "0601063R00"},
      "theirs": {"brand": "Bosch", "description": "ପାର୍ଟ ନମ୍ବର: 0 601 063 R00, ୱାରେଣ୍ଟି ୨ ବର୍ଷ"}}),
    (None, None, "Bosch GLL 3-80 CG Professional ଲାଇନ ଲେଜର, ସବୁଜ ବିମ୍, ±0.2 ମିମି/ମିଟର", "71990",
     {"theirs": {"brand": "Bosch", "description": "ପାର୍ଟ ନମ୍ବର: 0 601 063 T00, ୱାରେଣ୍ଟି ୨ ବର୍ଷ"}}),
    (None, None, "Bosch GLL 3-80 C + BT 150 ଟ୍ରାଇପଡ କିଟ୍", "68990"),
    ("Linijski laser Bosch GLL 2-15 G Professional, zelena zraka", "139.00", None, None),
    ("Laserski daljinomjer Bosch GLM 50-27 CG Professional, 50 m, zelena zraka", "119.00",
     "Bosch GLM 50-27 CG ଲେଜର ଦୂରତା ମାପକ ୫୦ ମିଟର, ସବୁଜ ବିମ୍", "12490",
     {"ours": {"brand": "Bosch", "gtin": GTIN_GLM5027CG, "mpn": "0601072U00"}}),
    (None, None, "Bosch GLM 50-27 C ଲେଜର ଦୂରତା ମାପକ ୫୦ ମିଟର, ଲାଲ ବିମ୍", "8990"),
    ("Laserski daljinomjer Leica DISTO D2, 100 m", "159.00",
     "Leica DISTO D2 ଲେଜର ଦୂରତା ମାପକ 100 ମିଟର", "17900",
     {"ours": {"brand": "Leica", "gtin": GTIN_DISTO_D2, "mpn": "838725"}}),
    (None, None, "Leica DISTO D1 ଲେଜର ଦୂରତା ମାପକ 40 ମିଟର", "9900"),
    ("Laserski daljinomjer Leica DISTO X4, 150 m, IP65", "689.00",
     "Leica DISTO X4 ଲେଜର ଦୂରତା ମାପକ 150 ମିଟର IP65", "79900",
     {"ours": {"brand": "Leica"}}),
    (None, None, "Leica DISTO X3 ଲେଜର ଦୂରତା ମାପକ 150 ମିଟର IP65", "59900"),
    ("Križni laser DeWalt DCE088D1G18-QW, 18 V, zelena zraka, s baterijom 2,0 Ah", "459.00",
     "DeWalt DCE088D1G18 ସବୁଜ କ୍ରସ ଲାଇନ ଲେଜର 18V, 2.0Ah ବ୍ୟାଟେରୀ ସହିତ", "48500",
     {"ours": {"brand": "DeWalt", "gtin": GTIN_DCE088, "mpn": "DCE088D1G18-QW"}}),
    (None, None, "DeWalt DCE088NG18 ସବୁଜ କ୍ରସ ଲାଇନ ଲେଜର 18V (ବ୍ୟାଟେରୀ ବିନା)", "31900"),
    ("Mjerna traka Stanley FatMax, 8 m x 32 mm", "24.90",
     "Stanley FatMax ମାପ ଫିତା ୮ ମିଟର x ୩୨ ମିମି", "1890"),
    (None, None, "Stanley FatMax ମାପ ଫିତା ୫ ମିଟର x ୩୨ ମିମି", "1290"),
    ("Libela Stabila 70-2, 60 cm", "39.90",
     "Stabila 70-2 ସ୍ପିରିଟ ଲେଭେଲ 60 ସେମି", "4650",
     {"ours": {"brand": "Stabila"}}),
    (None, None, "Stabila 70-2 ସ୍ପିରିଟ ଲେଭେଲ 120 ସେମି", "7990"),
    ("Stativ Bosch BT 150 Professional, 55-157 cm", "89.00",
     "Bosch BT 150 Professional ଟ୍ରାଇପଡ 55-157 ସେମି", "9800",
     {"ours": {"brand": "Bosch", "mpn": "0601096B00"},
      "theirs": {"brand": "Bosch", "description": "ମଡେଲ ନମ୍ବର 0 601 096 B00"}}),
    (None, None, "Bosch GLL 3-80 ପାଇଁ ଆଲୁମିନିୟମ ଟ୍ରାଇପଡ 1.5 ମିଟର", "2450"),
    ("Laserski prijemnik Bosch LR 7 Professional za GLL 3-80 C i GCL 2-50 C", "159.00",
     "Bosch LR 7 ଲେଜର ରିସିଭର (GLL 3-80 C / GCL 2-50 C ପାଇଁ)", "16500",
     {"ours": {"brand": "Bosch", "mpn": "0601069J00"}}),
    ("Naočale za laser Bosch Professional, crvene", "14.90",
     "Bosch ଲେଜର ଚଷମା, ଲାଲ", "1450",
     {"ours": {"brand": "Bosch", "mpn": "1608M0005B"}}),
    (None, None, "Bosch ଲେଜର ଚଷମା, ସବୁଜ", "1490"),
    ("Baterija Bosch GBA 12V 2,0 Ah Professional", "44.90",
     "Bosch GBA 12V 2.0Ah ବ୍ୟାଟେରୀ", "3990",
     {"ours": {"brand": "Bosch", "mpn": "1600Z0002X"}}),
    (None, None, "DeWalt DCB127 12V 2.0Ah ବ୍ୟାଟେରୀ", "3790"),
    ("Kombinirani laser Bosch GCL 2-50 C Professional, 20 m", "399.00",
     "Bosch GCL 2-50 C Professional କମ୍ବି ଲେଜର 20 ମିଟର", "49990",
     {"ours": {"brand": "Bosch", "mpn": "0601066G00"}}),
    (None, None, "Bosch GCL 2-50 C କମ୍ବି ଲେଜର, ବ୍ୟବହୃତ ୬ ମାସ", "31500"),
    ("Križni laser Makita SK106DZ, 12V max, bez baterije", "139.00",
     "Makita SK106DZ କ୍ରସ ଲାଇନ ଲେଜର (ବ୍ୟାଟେରୀ ବିନା)", "15900",
     {"ours": {"brand": "Makita", "mpn": "SK106DZ"}}),
    (None, None, "Makita SK106GDZ ସବୁଜ କ୍ରସ ଲାଇନ ଲେଜର (ବ୍ୟାଟେରୀ ବିନା)", "21900"),
    ("Detektor Bosch GMS 120 Professional, do 120 mm", "169.00",
     "Bosch GMS 120 ୱାଲ ସ୍କାନର 120 ମିମି", "19990"),
    (None, None, "Bosch D-tect 120 ୱାଲ ସ୍କାନର 120 ମିମି", "28990"),
    ("Zidarski metar, drveni, 2 m", "6.90",
     "କାଠ ଫୋଲ୍ଡିଂ ମାପ ସ୍କେଲ ୨ ମିଟର", "349"),
    (None, None, "କାଠ ଫୋଲ୍ଡିଂ ମାପ ସ୍କେଲ ୧ ମିଟର", "199"),
    ("Laserski daljinomjer Bosch Zamo III, 20 m", "59.00",
     "Bosch Zamo III ଡିଜିଟାଲ ଲେଜର ମାପକ 20 ମିଟର", "5490"),
    (None, None, "Bosch Zamo II ଡିଜିଟାଲ ଲେଜର ମାପକ 15 ମିଟର", "3990"),
    (None, None, "Leica DISTO X4 ଡେମୋ ପିସ୍, ବାକ୍ସ ବିନା", "61500"),
    ("Križni laser Huepar 603CG, 3 x 360°, zelena zraka", "129.00",
     "Huepar 603CG 3D ସବୁଜ କ୍ରସ ଲାଇନ ଲେଜର 3 x 360°", "14990"),
    ("Laserski daljinomjer Leica DISTO D110, 60 m, Bluetooth", "299.00", None, None),
]

KINDS: dict[str, list[Row]] = {"laser levels and measuring tools, a Bhubaneswar shop in Odia in rupees": LEVELS}
(ODIA,) = KINDS
CURRENCIES = {ODIA: "INR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    ODIA: [(0, "Bosch Professional GLL 3-80 C Line Laser with 3 x 360° Red Lines", "55990")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[ODIA]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The tripod with no maker names our laser and is a pair of nothing; the receiver names two
    # of our lasers and is a true pair of ours, not of a laser.
    assert "GLL 3-80" in next(t for t in theirs if t["key"] == "T17")["name"] and not any(t == "T17" for _, t in truth)
    assert ("O18", "T18") in truth and not any(t == "T18" for o, t in truth if o != "O18")
    # "GLL 3-80" on 6 of their listings, the second one included.
    assert sum("GLL 3-80" in t["name"] for t in theirs) == 6
    # Our GLL 2-15 G and DISTO D110 are ours only.
    assert not any(o in ("O3", "O35") for o, _ in truth)
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Line Laser" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-four rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 13 of 18 found (3 matched, 10 proposed), 5 missed; no variant matched, 1
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 5 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("GLL 3-80 C", "DISTO D2",
# "SK106DZ"); the kind words are Croatian against Odia; the folding rule has no maker and writes
# its length in Odia digits.
# Failed at first reading: 7 of 17 found (3 matched, 4 proposed; 0.41), 10 missed; 1 other listing
# proposed (read without the second listing, as the test reads; with it the batch finds 13).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 7 of 17 found (0.41)")
def test_an_odia_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Bosch GLL 3-80 C Professional ଲାଇନ ଲେଜର, ଲାଲ ବିମ୍, ±0.2 ମିମି/ମିଟର" / "Linijski laser Bosch GLL
    # 3-80 C Professional, crvena zraka, ±0,2 mm/m": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, ODIA)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a letter for the beam's colour (GLL 3-80 C / CG, GLM 50-27 CG / C, SK106DZ / GDZ), a
# digit (DISTO D2 / D1, X4 / X3), the body without its battery (DCE088D1G18 / NG18), a series
# sharing a number (GMS 120 / D-tect 120), a generation (Zamo III / II), a length (70-2 60 / 120 cm,
# FatMax 8 / 5 m, folding rule 2 / 1 m, both in Odia digits) or a colour in Odia (red / green
# glasses) is the only difference.
SIBLINGS = [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 19, 20, 25, 26, 27, 28, 29, 30, 31, 32, 35]


# Passed at first reading: no sibling matched, 1 proposed, but of the rows' 12 true pairs 2 were
# matched and 10 missed: it passes partly because nearly nothing was found.
def test_a_sibling_a_letter_a_digit_a_length_a_series_or_a_colour_apart_tells_two_listings_apart(tmp_path):
    # GLL 3-80 CG beside our GLL 3-80 C (and our GLL 2-15 G, ours only); GLM 50-27 C beside our CG;
    # DISTO D1 beside our D2 (and our D110, ours only); X3 beside our X4; DCE088NG18 beside our
    # DCE088D1G18-QW; the 5 m FatMax beside our 8 m; the 120 cm 70-2 beside our 60 cm; the green
    # glasses beside our red; SK106GDZ beside our SK106DZ; D-tect 120 beside our GMS 120; the 1 m
    # folding rule beside our 2 m; Zamo II beside our Zamo III: nothing matched to a product it is
    # not.
    counts, found, _ = BATCH.read_rows(tmp_path, ODIA, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling proposed (of the rows' 12 true pairs 2 matched, 10 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was proposed")
def test_a_sibling_a_letter_a_digit_a_length_a_series_or_a_colour_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, ODIA, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the receiver names two of our lasers in both shops; the tripod with no maker names
# our GLL 3-80 before "ପାଇଁ" (for); the maker's tripod has its own code and its part number in their
# description; accessories naming our code were matched as ours in the twenty-third and
# twenty-fourth rounds.
# Passed at first reading: all 4 of the rows' true pairs proposed; nothing else matched or
# proposed.
def test_our_lasers_the_receiver_for_them_and_two_tripods_do_not_cross(tmp_path):
    # Our GLL 3-80 C, GCL 2-50 C, LR 7 receiver and BT 150 tripod against theirs and the tripod
    # with no maker: each of ours found with its own listing, the other tripod matched with
    # nothing, and no accessory's listing matched or put to a person with a laser of ours.
    counts, found, truth = BATCH.read_rows(tmp_path, ODIA, [0, 16, 17, 18, 23])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "କିଟ୍" with a "+", "ବ୍ୟବହୃତ ୬ ମାସ" and "ଡେମୋ ପିସ୍, ବାକ୍ସ ବିନା" are words no condition
# or bundle rule before read; the twenty-fourth round's combo and display pieces were matched.
# Passed at first reading: none matched or proposed (of the rows' 3 true pairs 1 matched, 2
# proposed).
def test_a_laser_kit_a_used_laser_and_a_demonstration_meter_are_not_matched_as_ours(tmp_path):
    # The GLL 3-80 C with the tripod beside our GLL 3-80 C's own listing; the used GCL 2-50 C
    # beside our GCL 2-50 C's; the demonstration DISTO X4 beside our X4's: none matched with our
    # product.
    counts, found, _ = BATCH.read_rows(tmp_path, ODIA, [0, 2, 8, 23, 24, 33])
    assert not counts["wrong matched"], found


# Uncertain: two makers write the same rating ("12V 2.0Ah"), ours with a decimal comma ("2,0
# Ah"); a rating shared by two makers' products read as evidence matched siblings before.
# Passed at first reading: ours proposed, the other maker's battery matched and proposed with
# nothing.
def test_two_makers_batteries_of_one_rating_find_only_their_own_listing(tmp_path):
    # "Baterija Bosch GBA 12V 2,0 Ah Professional" / "Bosch GBA 12V 2.0Ah ବ୍ୟାଟେରୀ" beside "DeWalt
    # DCB127 12V 2.0Ah ବ୍ୟାଟେରୀ": ours found, the DeWalt battery matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, ODIA, [21, 22])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: ours writes the maker's country suffix ("DCE088D1G18-QW") that theirs leaves off, the
# body-only sibling differs by two letters inside the code; our tripod's part number stands in
# their description written apart after a label with no colon.
# Failed at first reading: 1 of the rows' 2 true pairs proposed, 1 missed; nothing else matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed")
def test_a_code_with_the_makers_suffix_and_a_part_number_written_apart_find_their_listing(tmp_path):
    # "Križni laser DeWalt DCE088D1G18-QW, ..." / "DeWalt DCE088D1G18 ..." beside "DeWalt
    # DCE088NG18 ..."; "Stativ Bosch BT 150 Professional" (0601096B00) / "... ମଡେଲ ନମ୍ବର 0 601 096
    # B00": both of ours found, the body-only laser matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, ODIA, [10, 11, 16])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: the tapes and the folding rules write their lengths in Odia digits on theirs; the
# folding rule has no maker; the twenty-fourth round's scales with Gurmukhi digits and no maker
# were missed.
# Failed at first reading: both true pairs missed; nothing matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both true pairs were missed")
def test_lengths_in_odia_digits_find_their_listing_not_its_sibling(tmp_path):
    # "Mjerna traka Stanley FatMax, 8 m x 32 mm" / "Stanley FatMax ମାପ ଫିତା ୮ ମିଟର x ୩୨ ମିମି" beside
    # the ୫ ମିଟର one; "Zidarski metar, drveni, 2 m" / "କାଠ ଫୋଲ୍ଡିଂ ମାପ ସ୍କେଲ ୨ ମିଟର" beside the ୧
    # ମିଟର one: both of ours found, neither sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, ODIA, [12, 13, 29, 30])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "GLL 3-80" is on 6 of their listings, as the codes on many listings that lost a product's pairs
# in the twenty-first to twenty-fourth rounds.
# Failed at first reading: the second listing proposed, the first missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the first listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Bosch Professional GLL 3-80 C Line Laser with 3 x 360° Red Lines" beside "Bosch GLL 3-80 C
    # Professional ଲାଇନ ଲେଜର, ...": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-sixth session); copied here once it
# was not (thirty-seventh session). Read at the thirty-seventh session's start (c02e1827, the
# matching code of ba44cea1) the batch reads as its first reading counted it (2422083a): 13 of 18
# found (3 matched, 10 proposed), 5 missed; no variant matched, 1 proposed. Each true pair scored
# alone (`score_pairs`, titles and other fields, no prices) gives the score after "alone". The
# Odia unit words are read as no unit on any listing ("୫୦ ମିଟର", "120 ମିମି", "60 ସେମି" give bare
# numbers where ours reads lengths), so no size carries or conflicts across the two shops:
# - Matched by code (3): Makita SK106DZ (O25-T25) 0.94, Huepar 603CG (O34-T34) 0.96, and Leica DISTO
#   X4 (O8-T8) 0.95 on "same model code ip65": the ingress rating read as the model's code (its
#   "X4" is read only as a number, as "D2" is). By the same rating their X3 (T9) is proposed with our
#   X4 at 0.90, "another variant of their listing ... numbers differ: x4 vs x3" (the variant proposed).
# - Proposed by wording, a code written apart not read as one (the wording rule not trusted here,
#   "this competitor's data does not yet show its wording matches right"): Bosch GLM 50-27 CG
#   (O4-T4) 0.54, "GLM 50-27 CG" read as the words "glm", "cg" and the numbers 50, 27 on both
#   sides; Stabila 70-2 (O14-T14) 0.51, "70-2" two numbers; Leica DISTO D2 (O6-T6) 0.43, "D2" a
#   number after a word, no code; Bosch GMS 120 (O27-T27) 0.52; Bosch Zamo III (O31-T31) 0.45, a
#   name and a generation; the GLL 3-80 C's English second listing (O0-T0b) 0.54.
# - Proposed on their titles' likeness alone (0.61-0.69, below the match line with no code): Bosch
#   BT 150 (O16-T16) 0.62, where their "55-157 ସେମି" is read as a model code "55157" (a range of two
#   numbers before a unit word the reader does not know) and ours "55-157 cm" as two lengths; Bosch
#   LR 7 (O18-T18) 0.69, "LR 7" written apart on both; Bosch GBA 12V 2,0 Ah (O21-T21) 0.64; Bosch
#   GCL 2-50 C (O23-T23) 0.61, "GCL 2-50 C" written apart.
# - Missed, never a candidate: DeWalt DCE088D1G18-QW / DCE088D1G18 (O10-T10), 0.94 alone ("same
#   model code dce088d1g18qw"), but read alone through the commands (rows [10]) no pair at all.
#   Blocking (`candidates._rarest`) queries the other side's index with each title's 8 rarest
#   tokens and counts a token the index lacks as the rarest of all before dropping it: ours holds
#   nine tokens their Odia catalogue never writes (the Croatian words, "qw", the whole code with its
#   suffix, the brand), theirs eight ours never writes (the Odia words, "20ah", the bare code), so
#   neither query keeps "dewalt" or "dce088d1g18", and the codes differ by the suffix, so no shared
#   code adds the pair. The seventeenth and eighteenth sessions' blocking defect (the sixth batch's
#   De'Longhi, the second's Golf pads), measured then and not kept.
# - Missed, a code written apart and its part number written apart: Bosch GLL 3-80 C (O0-T0) 0.47
#   alone; "GLL 3-80 C" read as the word "gll" and the numbers 3, 80 on both sides, and our MPN
#   0601063R00 in their description after "ପାର୍ଟ ନମ୍ବର:" written "0 601 063 R00", as the maker
#   prints it, not read. "GLL 3-80" is on 6 of their listings; the English second listing is
#   proposed.
# - Missed, lengths in Odia digits and units: Stanley FatMax (O12-T12) 0.41 alone, "୮ ମିଟର x ୩୨ ମିମି"
#   read as the numbers 8 and 32 with no unit against ours' lengths 8 m and 32 mm; the folding rule
#   with no maker (O29-T29) 0.07, "୨ ମିଟର" against "2 m" and no word in common.
# - Missed, no code and no word in common but the maker: the Bosch laser glasses (O19-T19) 0.26,
#   "crvene" against "ଲାଲ" (red).
# Variants matched: none. Proposed (1): the DISTO X3 (T9) with our X4, by "IP65". Kept apart: GLL
# 3-80 CG, the GLL 3-80 C kit with the tripod, GLM 50-27 C, DISTO D1, DCE088NG18, the 5 m FatMax,
# the 120 cm 70-2, the tripod with no maker, the green glasses, DeWalt's battery, the used GCL 2-50
# C, SK106GDZ, D-tect 120, the 1 m folding rule, Zamo II, the demonstration DISTO X4; our GLL 2-15 G
# and DISTO D110 (ours only) matched nothing.


# A defect of the first reading, named so that the change that mends it sees it pass: "IP65" is
# the ingress rating many products print, not a model's code; read as one it matched our DISTO X4
# and proposed their X3 beside it ("numbers differ: x4 vs x3") at 0.90.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at the thirty-seventh session's start the DISTO X3 was proposed with our X4 on 'same model code ip65'")
def test_an_ingress_rating_is_no_model_code_that_proposes_a_sibling(tmp_path):
    # "Laserski daljinomjer Leica DISTO X4, 150 m, IP65" / "Leica DISTO X4 ... 150 ମିଟର IP65" beside
    # "Leica DISTO X3 ... 150 ମିଟର IP65": ours found, the X3 neither matched nor put to a person.
    counts, found, truth = BATCH.read_rows(tmp_path, ODIA, [8, 9])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# A defect of the first reading: a range of two numbers before a unit the reader does not know
# ("55-157 ସେମି", centimetres in Odia) is read as a model code that ours, writing "55-157 cm", has not.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at the thirty-seventh session's start their '55-157 ସେମି' was read as the code 55157")
def test_a_range_before_a_unit_in_another_script_is_no_model_code():
    from benchmark._text import extract

    assert "55157" not in extract("Bosch BT 150 Professional ଟ୍ରାଇପଡ 55-157 ସେମି").codes


# A defect of the first reading (the blocking defect of the seventeenth and eighteenth sessions):
# a title whose rarest tokens are all words the other shop never writes queries blocking with none
# of the tokens both write, and a pair that scores 0.94 alone is never compared. Ranking such
# tokens after every token the index holds finds it (tried in the thirty-seventh session, branch
# blocking37-rarest-tried), but four shared views fell with it (bench/history/matching.md, "blocking").
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at the thirty-seventh session's start the DeWalt pair was no candidate")
def test_a_title_of_words_the_other_shop_never_writes_is_still_compared(tmp_path):
    # "Križni laser DeWalt DCE088D1G18-QW, 18 V, zelena zraka, s baterijom 2,0 Ah" / "DeWalt
    # DCE088D1G18 ସବୁଜ କ୍ରସ ଲାଇନ ଲେଜର 18V, 2.0Ah ବ୍ୟାଟେରୀ ସହିତ" read alone: found.
    counts, found, truth = BATCH.read_rows(tmp_path, ODIA, [10])
    assert share_found(counts, truth) == 1.0, found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_fifth_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 2422083a, whose matching code is the session's start a3fc6ad2): 13 of
    # 18 true pairs found (3 matched, 10 proposed), 5 missed; no variant matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=3, found=13, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds25 [-v]
    BATCH.print_reading()
