"""A twenty-third round of catalogues set aside, its third batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Fire safety: powder, CO2 and foam extinguishers in sizes, smoke, heat and carbon-monoxide alarms,
fire blankets, brackets and cabinets, signs, emergency lights, a hose reel, a call point, a tester
spray and a bucket, a kind none of the twenty-two rounds held (the safety rounds held work and
safety wear, locks and security, medical and first aid, video surveillance; ours: a Lithuanian
shop for homes, offices and builders, 19 products in euros, titled in Lithuanian as such shops write
them: the kind first ("Miltelinis gesintuvas", "Dūmų detektorius", "Priešgaisrinė antklodė"), then
maker and model, the size, charge and battery after commas, decimals with a comma ("1,2 x 1,2 m"),
"Miltelinis gesintuvas Gloria PD6GA, 6 kg, ABC"; theirs: an Asmara shop, 35 listings in nakfa, titled
in Tigrinya (the Ethiopic script) around the maker and model in Latin letters: maker and model first,
the kind after, sizes and counts in Latin digits but for a few in Ethiopic numerals ("፲ ዓመት", ten
years; "፫ ፍረ", three pieces), decimals with a point, the Italian word for an extinguisher on some
listings ("ኤስቲንቶረ", estintore), "Gloria PD6GA መጥፍኢ ሓዊ ፓውደር ABC 6 ኪሎ").
"መጥፍኢ ሓዊ" is a fire extinguisher ("gesintuvas"), "ኤስቲንቶረ" one too, "ፓውደር" powder ("miltelinis"),
"ፎም" foam ("putų"), "ኪሎ" kilograms, "ሊትሮ" litres, "ሜትሮ" metres, "ሚሜ" millimetres, "ሰዓት" hours
("val."), "ዓመት" years ("metų"), "ናይ ትኪ መጠንቀቕታ" a smoke alarm ("dūmų detektorius"), "ናይ ሙቐት
መጠንቀቕታ" a heat alarm ("šilumos detektorius"), "ናይ CO መጠንቀቕታ" a carbon-monoxide alarm ("anglies
monoksido detektorius"), "ባትሪ" a battery ("baterija"), "ምስ ስክሪን" with a display ("ekranas"), "ብዘይ
ገመድ" wireless, "ኮቦርታ ሓዊ" a fire blanket ("priešgaisrinė antklodė", from the Italian coperta),
"ሳንዱቕ" a box or cabinet ("dėklas", "spintelė"), "መትሓዚ" a holder ("laikiklis"), "ናብ መንደቕ" on the
wall ("sieninis"), "ምልክት" a sign ("ženklas"), "መውጽኢ" the exit ("išėjimas"), "ብጸልማት ዝበርህ" that
shines in the dark ("fotoliuminescencinis"), "ናይ ህጹጽ መብራህቲ" an emergency light ("avarinis
šviestuvas"), "ሪል ሓለንጊ ሓዊ" a fire hose reel ("priešgaisrinė žarnos ritė"), "መፈተኒ" a tester
("testeris"), "መጠወቒ ብኢድ" a button pressed by hand ("rankinis mygtukas"), "ባልዲ" a bucket
("kibiras"), "ቀይሕ" red ("raudonas"), "ፓክ" a pack, "ፍረ" pieces, "ምስ" with; "ን" for (a prefix, "ን6
ኪሎ" for 6 kg, "ን Ei650" for the Ei650); "ካልኣይ ኢድ" second-hand, "ዳግማይ ዝተመልአ" refilled; "መኸላኸሊ
ሓጺን" a metal guard; "ኮድ" the code. Ethiopic numerals: ፩ ፪ ፫ ፬ ፭ ፮ ፯ ፰ ፱ (1 to 9), ፲ (10).

The hard things, written as such shops write them, not to be easy or hard: one maker's powder
extinguishers a charge apart in their codes (Gloria PD6GA / PD2GA / PD12GA; PD9GA ours only), CO2
(KS2ST / KS5SB) and foam (SKS6 / SKS9) the same; a second-hand refilled PD6GA; smoke alarms a letter
apart (Ei650 / Ei650W; Ei650i ours only), a pack of three in Ethiopic numerals, another maker's guard
naming the Ei650 after "ን"; a heat alarm and a smoke alarm a digit apart (Ei144e / Ei146e); CO
alarms with short codes (Kidde 7DCO / 10LLDCO; Ei208 / Ei208D); the Ei650's ten-year battery in an
Ethiopic numeral; a blanket a size apart (1,2 x 1,2 / 1 x 1 m) with no maker; a bracket a size apart
and a cabinet, both "for 6 kg" (each a true pair of ours, with no maker); signs a size apart, an
emergency light an autonomy apart, a hose reel a length apart, all with no maker; a tester spray a
code apart (Solo A5 / C6); a call point whose code is in our title and, after "ኮድ", in their
description only; "Gloria" on 9 of their listings (the second listing included) and "Ei Electronics"
on 7; one product listed twice (the second time in English, the maker's own title, the code written
apart).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_PD6GA = gtin_with_check_digit("400632500616")
GTIN_EI650 = gtin_with_check_digit("509916050065")
GTIN_7DCO = gtin_with_check_digit("506027460071")

# A Lithuanian fire-safety shop in euros against an Eritrean one titled in Tigrinya, in nakfa.
FIRE_SAFETY: list[Row] = [
    ("Miltelinis gesintuvas Gloria PD6GA, 6 kg, ABC", "39.90",
     "Gloria PD6GA መጥፍኢ ሓዊ ፓውደር ABC 6 ኪሎ", "950",
     {"ours": {"brand": "Gloria", "gtin": GTIN_PD6GA, "mpn": "PD6GA"}, "theirs": {"brand": "Gloria"}}),
    (None, None, "Gloria PD2GA መጥፍኢ ሓዊ ፓውደር ABC 2 ኪሎ", "480"),
    (None, None, "Gloria PD12GA መጥፍኢ ሓዊ ፓውደር ABC 12 ኪሎ", "1650"),
    (None, None, "Gloria PD6GA መጥፍኢ ሓዊ 6 ኪሎ - ካልኣይ ኢድ፡ ዳግማይ ዝተመልአ", "520"),
    ("Miltelinis gesintuvas Gloria PD9GA, 9 kg, ABC", "54.90", None, None),
    ("Angliarūgštės gesintuvas Gloria KS2ST, 2 kg, CO2", "69.00", "Gloria KS2ST ኤስቲንቶረ CO2 2 ኪሎ", "1400"),
    (None, None, "Gloria KS5SB ኤስቲንቶረ CO2 5 ኪሎ", "2600"),
    ("Putų gesintuvas Gloria SKS6, 6 l, AB", "49.90", "Gloria SKS6 ፎም መጥፍኢ ሓዊ 6 ሊትሮ", "1100"),
    (None, None, "Gloria SKS9 ፎም መጥፍኢ ሓዊ 9 ሊትሮ", "1450"),
    ("Dūmų detektorius Ei Electronics Ei650, 10 metų baterija", "24.90",
     "Ei Electronics Ei650 ናይ ትኪ መጠንቀቕታ ባትሪ ፲ ዓመት", "480",
     {"ours": {"brand": "Ei Electronics", "gtin": GTIN_EI650, "mpn": "Ei650"}}),
    (None, None, "Ei Electronics Ei650W ናይ ትኪ መጠንቀቕታ ብዘይ ገመድ (RadioLINK)", "850"),
    (None, None, "Ei Electronics Ei650 ናይ ትኪ መጠንቀቕታ ፓክ ፫ ፍረ", "1350"),
    (None, None, "STI-9604 መኸላኸሊ ሓጺን ን Ei650 ናይ ትኪ መጠንቀቕታ", "650"),
    ("Dūmų detektorius Ei Electronics Ei650i, 10 metų baterija, jungiamas", "34.90", None, None),
    ("Šilumos detektorius Ei Electronics Ei144e, 230 V", "39.90",
     "Ei Electronics Ei144e ናይ ሙቐት መጠንቀቕታ 230V", "760"),
    (None, None, "Ei Electronics Ei146e ናይ ትኪ መጠንቀቕታ 230V", "720"),
    ("Anglies monoksido detektorius Kidde 7DCO, ekranas, 10 metų baterija", "34.90",
     "Kidde 7DCO ናይ CO መጠንቀቕታ ምስ ስክሪን ባትሪ 10 ዓመት", "690",
     {"ours": {"brand": "Kidde", "gtin": GTIN_7DCO}}),
    (None, None, "Kidde 10LLDCO ናይ CO መጠንቀቕታ ምስ ስክሪን", "790"),
    ("Anglies monoksido detektorius Ei Electronics Ei208, 10 metų baterija", "29.90",
     "Ei Electronics Ei208 ናይ CO መጠንቀቕታ ባትሪ 10 ዓመት", "580"),
    (None, None, "Ei Electronics Ei208D ናይ CO መጠንቀቕታ ምስ ስክሪን", "690"),
    ("Priešgaisrinė antklodė 1,2 x 1,2 m, raudonas dėklas", "16.90", "ኮቦርታ ሓዊ 1.2 x 1.2 ሜትሮ ቀይሕ ሳንዱቕ", "320"),
    (None, None, "ኮቦርታ ሓዊ 1 x 1 ሜትሮ ቀይሕ ሳንዱቕ", "260"),
    ("Gesintuvo laikiklis 6 kg gesintuvams, sieninis", "4.90", "መትሓዚ መጥፍኢ ሓዊ ን6 ኪሎ ናብ መንደቕ", "95"),
    (None, None, "መትሓዚ መጥፍኢ ሓዊ ን2 ኪሎ ናብ መንደቕ", "75"),
    ("Gesintuvo spintelė 6 kg gesintuvui, raudona", "59.00", "ሳንዱቕ መጥፍኢ ሓዊ ን6 ኪሎ ቀይሕ", "1100"),
    ("Evakuacinis ženklas „Išėjimas“, fotoliuminescencinis, 300 x 150 mm", "6.90",
     "ምልክት መውጽኢ ብጸልማት ዝበርህ 300 x 150 ሚሜ", "120"),
    (None, None, "ምልክት መውጽኢ ብጸልማት ዝበርህ 400 x 200 ሚሜ", "160"),
    ("Avarinis LED šviestuvas, 3 W, 3 val. autonomija", "24.90", "ናይ ህጹጽ መብራህቲ LED 3W 3 ሰዓት", "450"),
    (None, None, "ናይ ህጹጽ መብራህቲ LED 3W 1 ሰዓት", "350"),
    ("Priešgaisrinė žarnos ritė, 25 m, 19 mm", "149.00", "ሪል ሓለንጊ ሓዊ 25 ሜትሮ 19 ሚሜ", "2900"),
    (None, None, "ሪል ሓለንጊ ሓዊ 30 ሜትሮ 25 ሚሜ", "3400"),
    ("Dūmų detektorių testeris Solo A5, aerozolis, 250 ml", "19.90", "Solo A5 መፈተኒ ናይ ትኪ መጠንቀቕታ 250 ml", "390"),
    (None, None, "Solo C6 መፈተኒ ናይ CO መጠንቀቕታ", "620"),
    ("Ženklas „Gesintuvas“, fotoliuminescencinis, 200 x 200 mm", "4.90", "ምልክት መጥፍኢ ሓዊ ብጸልማት ዝበርህ 200 x 200 ሚሜ", "90"),
    ("Rankinis gaisro signalizacijos mygtukas KAC MCP1A-R000SF-01, raudonas", "14.90",
     "KAC ናይ ሓዊ መጠንቀቕታ መጠወቒ ብኢድ ቀይሕ", "290",
     {"ours": {"brand": "KAC", "mpn": "MCP1A-R000SF-01"}, "theirs": {"description": "ኮድ: MCP1A-R000SF-01"}}),
    ("Priešgaisrinis kibiras, raudonas, 9 l", "12.90", "ባልዲ ሓዊ ቀይሕ 9 ሊትሮ", "210"),
]

KINDS: dict[str, list[Row]] = {"fire safety, an Eritrean shop in Tigrinya in nakfa": FIRE_SAFETY}
(ERITREAN,) = KINDS
CURRENCIES = {ERITREAN: "ERN"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    ERITREAN: [(0, "GLORIA PD 6 GA Dry Powder Fire Extinguisher 6kg ABC", "980")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[ERITREAN]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # Three extinguishers of ours from one maker, all in both shops; our PD9GA only in ours.
    assert {("O0", "T0"), ("O5", "T5"), ("O7", "T7")} <= truth and not any(o == "O4" for o, _ in truth)
    # The guard names our smoke alarm and is a pair of nothing; our Ei650i is ours only.
    assert "Ei650" in next(t for t in theirs if t["key"] == "T12")["name"] and not any(t == "T12" for _, t in truth)
    assert not any(o == "O13" for o, _ in truth)
    # The bracket and the cabinet are both for 6 kg and each a true pair of ours.
    assert {("O22", "T22"), ("O24", "T24")} <= truth
    # The second listing is in English, the maker's own title, its code written apart.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "PD 6 GA" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-two rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 11 of 18 found (6 matched, 5 proposed), 7 missed; 2 variants matched, 1
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 7 of the 18 true pairs were missed and 2 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for ten ("PD6GA", "Ei650", "7DCO");
# the kind words are Lithuanian against Tigrinya; seven have no maker and nothing but sizes and the
# kind to align (the blanket, the bracket, the cabinet, the signs, the light, the reel, the bucket).
# Failed at first reading: 11 of 17 found (6 matched, 5 proposed; 0.65), 6 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 11 of 17 found (0.65)")
def test_a_tigrinya_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Gloria PD6GA መጥፍኢ ሓዊ ፓውደር ABC 6 ኪሎ" / "Miltelinis gesintuvas Gloria PD6GA, 6 kg, ABC": at
    # least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, ERITREAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a charge written in the code (PD6GA / PD2GA / PD12GA / PD9GA, KS2ST / KS5SB, SKS6 /
# SKS9), a letter (Ei650 / Ei650W / Ei650i, Ei208 / Ei208D), a digit (Ei144e / Ei146e), a code (7DCO /
# 10LLDCO, A5 / C6), a size (1,2 / 1 m, 6 / 2 kg, 300 x 150 / 400 x 200 mm, 25 / 30 m) or an autonomy
# (3 / 1 h) is the only difference.
SIBLINGS = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 30, 31, 32]


# Passed at first reading: no sibling matched or proposed (of the rows' 13 true pairs 6 matched, 4
# proposed, 3 missed: partly because pairs were missed or only proposed).
def test_a_sibling_a_charge_a_letter_a_digit_or_a_size_apart_tells_two_listings_apart(tmp_path):
    # PD2GA and PD12GA beside our PD6GA (and our PD9GA, ours only); KS5SB beside our KS2ST; SKS9
    # beside our SKS6; Ei650W beside our Ei650 (and our Ei650i, ours only); Ei146e beside our Ei144e;
    # 10LLDCO beside our 7DCO; Ei208D beside our Ei208; the 1 x 1 m blanket beside our 1,2 x 1,2 m; the
    # 2 kg bracket beside our 6 kg; the larger exit sign beside ours; the 1-hour light beside our
    # 3-hour; the 30 m reel beside our 25 m; Solo C6 beside our A5: nothing matched to a product it
    # is not.
    counts, found, _ = BATCH.read_rows(tmp_path, ERITREAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Passed at first reading: no sibling matched or proposed (partly because pairs were missed or only
# proposed, as above).
def test_a_sibling_a_charge_a_letter_a_digit_or_a_size_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, ERITREAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the bracket and the cabinet are both for a 6 kg extinguisher ("6 kg gesintuv-" / "ን6
# ኪሎ"), with no maker; the extinguisher writes "6 kg" / "6 ኪሎ" too.
# Passed at first reading: nothing crossed; one pair matched and two missed in these rows (partly
# because pairs were missed).
def test_our_extinguisher_its_bracket_and_its_cabinet_do_not_cross(tmp_path):
    # Our PD6GA, our bracket and our cabinet against theirs: no listing matched or put to a person
    # with another of the three.
    counts, found, _ = BATCH.read_rows(tmp_path, ERITREAN, [0, 22, 24])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: three alarms of one maker, each a code of its own; the heat alarm's smoke sibling sits
# beside it.
# Passed at first reading: nothing crossed; the three pairs matched in these rows.
def test_our_smoke_heat_and_co_alarms_of_one_maker_do_not_cross(tmp_path):
    # Our Ei650, Ei144e and Ei208 against theirs with Ei146e: no listing of one matched or put to a
    # person with another of ours.
    counts, found, _ = BATCH.read_rows(tmp_path, ERITREAN, [9, 14, 15, 18])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "ካልኣይ ኢድ፡ ዳግማይ ዝተመልአ" and "ፓክ ፫ ፍረ" are words no condition or pack rule before read;
# the guard names our smoke alarm after "ን".
# Failed at first reading: 2 of these listings matched with our product and 1 proposed (the rows' 2
# true pairs matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two of these listings were matched with our product")
def test_a_refilled_extinguisher_a_pack_of_alarms_and_a_guard_for_ours_are_not_matched_as_ours(tmp_path):
    # The refilled PD6GA beside our PD6GA's own listing; the pack of three and STI's guard beside our
    # Ei650's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, ERITREAN, [0, 3, 9, 11, 12])
    assert not counts["wrong matched"], found


# Uncertain: the call point's code is in our title and in their description after "ኮድ"; their
# title has the maker and Tigrinya words only.
# Passed at first reading: proposed.
def test_our_code_in_their_description_finds_the_call_point(tmp_path):
    # "Rankinis gaisro signalizacijos mygtukas KAC MCP1A-R000SF-01, raudonas" / "KAC ናይ ሓዊ መጠንቀቕታ
    # መጠወቒ ብኢድ ቀይሕ" (described "ኮድ: MCP1A-R000SF-01"): matched or put to a person.
    counts, found, truth = BATCH.read_rows(tmp_path, ERITREAN, [34])
    assert share_found(counts, truth) == 1.0, found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the first listing matched, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "GLORIA PD 6 GA Dry Powder Fire Extinguisher 6kg ABC" beside "Gloria PD6GA መጥፍኢ ሓዊ ፓውደር ABC 6
    # ኪሎ": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-fourth session); copied here once it
# was not (thirty-fifth session). Read at the thirty-fifth session's start (62d3bb29) the batch reads
# as at its first reading (7679d3b3), pair for pair (the counts the same; the scores the same but
# where a line below says otherwise), and each missed true pair scored alone (`score_pairs`, titles
# and other fields, no prices) reads the same at both but where a line says otherwise. Scores are
# the start's:
# - Matched by code (6): Gloria PD6GA (O0-T0) 0.95, KS2ST (O5-T5) 0.95, SKS6 (O7-T7) 0.94, Ei650
#   (O9-T9) 0.94 (labelled "the same product as their listing" of the pack of three; the Ethiopic "፲
#   ዓመት" gave no conflict), Ei144e (O14-T14) 0.96, Ei208 (O18-T18) 0.95.
# - Proposed (5): Kidde 7DCO (O16-T16) 0.34 by wording ("7DCO" not read as a code); the blanket
#   (O20-T20) 0.31 by wording ("1,2 x 1,2 m" / "1.2 x 1.2 ሜትሮ"); the emergency light (O27-T27) 0.35 by
#   wording; Solo A5 (O31-T31) 0.43 by wording ("A5" not read as a code); the KAC call point (O34-T34)
#   0.66, "our MPN mcp1ar000sf01 written in their description" (after the Tigrinya label "ኮድ": read).
# - Missed though high alone, a code on several of their listings: the PD6GA's English second listing
#   "GLORIA PD 6 GA" (O0-T0b) 0.94 alone ("same model code pd6ga": the code written apart is read);
#   "PD6GA" is on 3 of their titles, the refilled one among them (the cause in the catalogue not read).
# - Missed, two accessories "for" one thing with the "for" fused to the digit: the bracket (O22-T22)
#   0.06 and the cabinet (O24-T24) 0.06, both "ን6 ኪሎ"; nothing to align.
# - Missed, no maker, the units in Ethiopic not read as units: the exit sign (O25-T25) 0.20, the
#   extinguisher sign (O33-T33) 0.21 ("300 x 150 ሚሜ"), the hose reel (O29-T29) 0.14 ("25 ሜትሮ 19 ሚሜ"),
#   the bucket (O35-T35) 0.08 ("9 ሊትሮ").
# Variants matched (2): the Ei650 pack "ፓክ ፫ ፍረ" (T11, 0.94, "same model code ei650": the pack words and
# the Ethiopic numeral not read); STI's guard "STI-9604 መኸላኸሊ ሓጺን ን Ei650 ..." (T12, 0.92, "the same
# product as their listing"): another maker's accessory "for" our alarm matched as ours. Proposed (1):
# the refilled PD6GA "- ካልኣይ ኢድ፡ ዳግማይ ዝተመልአ" (T3, 0.93, "another variant of their listing": by the
# dash, not the words). Kept apart: PD2GA, PD12GA, KS5SB, SKS9, Ei650W, Ei146e, 10LLDCO, Ei208D, the 1 x
# 1 blanket, the 2 kg bracket, the 400 x 200 sign, the 1-hour light, the 30 m reel, Solo C6; our
# PD9GA and Ei650i (ours only) matched nothing.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_third_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 7679d3b3, whose matching code is the session's start 2af211ee but for
    # effcda12, how the forked reader's readings come back): 11 of 18 true pairs found (6 matched, 5
    # proposed), 7 missed; 2 variants matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=6, found=11, wrong_matched=2, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds23c [-v]
    BATCH.print_reading()
