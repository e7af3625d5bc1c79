"""A nineteenth round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Scientific, graphing and desk calculators, a kind none of the eighteen rounds held (the office
rounds held paper, pens and ink; ours: an Italian school-supplies shop, 19 products in euros, titled
in Italian as such shops write them: the kind first ("Calcolatrice scientifica", "Calcolatrice
grafica"), then maker and model, a count of functions or digits and the colour after commas,
"Calcolatrice scientifica Casio fx-991EX ClassWiz, 552 funzioni, nera"; theirs: a Tbilisi
electronics shop, 35 listings in lari, titled in Georgian (the Mkhedruli script) around the maker
and model in Latin letters as Georgian shops write them: the kind first, the colour last, the
Georgian case endings joined to a Latin model by a hyphen ("TI-84 Plus CE-სთვის", for the TI-84
Plus CE), "სამეცნიერო კალკულატორი Casio fx-991EX ClassWiz შავი").
"კალკულატორი" is a calculator, "სამეცნიერო" scientific ("scientifica"), "გრაფიკული" graphing
("grafica"), "ფინანსური" financial, "მაგიდის" desk ("da tavolo"), "ბეჭდვითი" printing
("scrivente"), "ჯიბის" pocket ("tascabile"); "ფუნქცია" functions ("funzioni"), "თანრიგი" digits
("cifre"), "ფერადი ეკრანით" with a colour screen, "სენსორული ეკრანით" with a touch screen, "მზის
ელემენტით" solar; "შავი" black ("nera"), "ნაცრისფერი" grey ("grigia"), "ვარდისფერი" pink,
"ლურჯი" blue; "-ისთვის" / "-სთვის" for (a case, a cable, an adapter for a calculator), "დამცავი
ქეისი" a protective case, "სახურავი" a cover, "დამტენი კაბელი" a charging cable, "ადაპტერი" an
adapter, "ქაღალდის რულონი" a paper roll, "მმ" mm, "ცალი" pieces ("pezzi"), "მასწავლებლის
ნაკრები" a teacher's set; "მეორადი" second-hand, "კარგ მდგომარეობაში" in good condition,
"საჩვენებელი ნიმუში" a display sample, "ყუთის გარეშე" without its box, "დაზიანებული შეფუთვა" a
damaged package, "ფასდაკლება" a discount; "კოდი" the shop's product code, "მოდელი" the model.

The hard things, written as such shops write them, not to be easy or hard: one maker's scientific
calculators a model number apart (fx-991EX / fx-570EX, both in both shops; fx-991CW and fx-991ES
PLUS beside them), one edition written "2nd edition" by us and "-2" by them (fx-82MS), with a
teacher's set of ten beside it; graphing calculators a word apart (TI-Nspire CX II-T with and
without "CAS", both in both shops; TI-84 Plus CE-T with and without "Python Edition"), a model
apart (fx-CG50 / fx-CG100, TI-30X Pro / TI-30XS, HP 12C / 12C Platinum, HR-150RCE / HR-170RCE,
EL-W531TG / EL-W506T); a desk calculator a colour apart; paper rolls a pack count apart; a used,
a display and a damaged-box calculator; a case, a cover and an adapter naming our calculators;
a pocket calculator with no maker on either side; the EAN in some of our GTINs and in one of their
descriptions, their product codes ("კოდი") and HP's regional part number in others; one product
listed twice (the second time in English from the distributor's feed).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_FX991EX = gtin_with_check_digit("454952661200")
GTIN_FX570EX = gtin_with_check_digit("454952661170")
GTIN_FX_CG50 = gtin_with_check_digit("454952660850")
GTIN_TI84_PY = gtin_with_check_digit("324348000917")

# An Italian school-supplies shop in euros against a Georgian electronics shop in lari.
CALCULATORS: list[Row] = [
    ("Calcolatrice scientifica Casio fx-991EX ClassWiz, 552 funzioni, nera", "24.90",
     "სამეცნიერო კალკულატორი Casio fx-991EX ClassWiz შავი", "89.00",
     {"ours": {"brand": "Casio", "gtin": GTIN_FX991EX},
      "theirs": {"brand": "Casio", "description": "552 ფუნქცია, ცხრილები, მატრიცები, QR კოდი. მზის ელემენტი + ბატარეა. კოდი: CS-991EX-BK"}}),
    ("Calcolatrice scientifica Casio fx-570EX ClassWiz, 274 funzioni", "19.90",
     "სამეცნიერო კალკულატორი Casio fx-570EX ClassWiz (274 ფუნქცია)", "69.00",
     {"ours": {"brand": "Casio", "gtin": GTIN_FX570EX}, "theirs": {"description": "EAN " + GTIN_FX570EX}}),
    (None, None, "სამეცნიერო კალკულატორი Casio fx-991ES PLUS 2nd edition შავი", "75.00"),
    (None, None, "Casio fx-991EX ClassWiz - მეორადი, კარგ მდგომარეობაში", "45.00",
     {"theirs": {"description": "მეორადი კალკულატორი, სრულად მუშა, ყუთის გარეშე."}}),
    (None, None, "დამცავი ქეისი Casio fx-991EX / fx-570EX კალკულატორისთვის, შავი", "19.00"),
    ("Casio ClassWiz fx-991CW, calcolatrice scientifica, nera", "29.90", "სამეცნიერო კალკულატორი Casio fx-991CW ClassWiz შავი", "99.00"),
    ("Calcolatrice scientifica Casio fx-82MS 2nd edition, 240 funzioni", "12.90", "კალკულატორი Casio FX-82MS-2 (240 ფუნქცია)", "35.00",
     {"ours": {"brand": "Casio", "mpn": "FX-82MS-2-W-ET"}}),
    (None, None, "Casio FX-82MS-2 მასწავლებლის ნაკრები, 10 ცალი", "320.00"),
    (None, None, "სამეცნიერო კალკულატორი Casio fx-82ES PLUS 2nd edition", "42.00"),
    ("Calcolatrice grafica Casio fx-CG50, display a colori", "119.00", "გრაფიკული კალკულატორი Casio fx-CG50 ფერადი ეკრანით", "429.00",
     {"ours": {"brand": "Casio", "gtin": GTIN_FX_CG50}}),
    (None, None, "გრაფიკული კალკულატორი Casio fx-CG100 ClassWiz ფერადი ეკრანით", "499.00"),
    ("Calcolatrice grafica Texas Instruments TI-84 Plus CE-T Python Edition", "129.00",
     "გრაფიკული კალკულატორი Texas Instruments TI-84 Plus CE-T Python Edition", "459.00",
     {"ours": {"brand": "Texas Instruments", "gtin": GTIN_TI84_PY},
      "theirs": {"description": "ფერადი ეკრანი, აკუმულატორი, Python პროგრამირება. კოდი: TI-84CET-PY"}}),
    (None, None, "გრაფიკული კალკულატორი Texas Instruments TI-84 Plus CE-T", "399.00"),
    (None, None, "TI-84 Plus CE-T Python Edition - საჩვენებელი ნიმუში, ყუთის გარეშე", "339.00"),
    (None, None, "დამცავი სახურავი (Slide Case) TI-84 Plus CE-სთვის, ლურჯი", "39.00"),
    ("Texas Instruments TI-Nspire CX II-T, calcolatrice grafica", "139.00", "Texas Instruments TI-Nspire CX II-T გრაფიკული კალკულატორი", "489.00"),
    ("Texas Instruments TI-Nspire CX II-T CAS, calcolatrice grafica con CAS", "169.00",
     "Texas Instruments TI-Nspire CX II-T CAS გრაფიკული კალკულატორი", "569.00"),
    ("Texas Instruments TI-30X Pro MathPrint, calcolatrice scientifica", "29.90",
     "სამეცნიერო კალკულატორი Texas Instruments TI-30X Pro MathPrint", "109.00"),
    (None, None, "სამეცნიერო კალკულატორი Texas Instruments TI-30XS MultiView", "85.00"),
    ("Cavo USB di ricarica per TI-84 Plus CE e TI-Nspire CX", "9.90", "USB დამტენი კაბელი TI-84 Plus CE და TI-Nspire CX-ისთვის", "29.00"),
    ("HP Prime G2 calcolatrice grafica touch", "149.00", "გრაფიკული კალკულატორი HP Prime G2 სენსორული ეკრანით", "519.00",
     {"ours": {"brand": "HP", "mpn": "2AP18AA"},
      "theirs": {"description": "მოდელი: 2AP18AA#UUZ. ფერადი სენსორული ეკრანი, CAS, აკუმულატორი."}}),
    ("Calcolatrice finanziaria HP 12c", "79.90", "ფინანსური კალკულატორი HP 12C", "259.00"),
    (None, None, "ფინანსური კალკულატორი HP 12C Platinum", "319.00"),
    ("Calcolatrice finanziaria HP 10bII+", "39.90", None, None),
    ("Calcolatrice da tavolo Casio MS-20UC, 12 cifre, nera", "9.50", "მაგიდის კალკულატორი Casio MS-20UC, 12 თანრიგი, შავი", "32.00"),
    (None, None, "მაგიდის კალკულატორი Casio MS-20UC, 12 თანრიგი, ვარდისფერი", "32.00"),
    ("Calcolatrice scrivente Casio HR-150RCE", "39.90", "ბეჭდვითი კალკულატორი Casio HR-150RCE", "139.00"),
    (None, None, "ბეჭდვითი კალკულატორი Casio HR-170RCE", "169.00"),
    (None, None, "ადაპტერი Casio AD-A60024 HR-150RCE / HR-170RCE-სთვის", "45.00"),
    ("Rotoli di carta per calcolatrice scrivente 57 mm, 5 pezzi", "6.50", "ქაღალდის რულონი ბეჭდვითი კალკულატორისთვის 57 მმ, 5 ცალი", "18.00"),
    (None, None, "ქაღალდის რულონი ბეჭდვითი კალკულატორისთვის 57 მმ, 10 ცალი", "33.00"),
    ("Calcolatrice scientifica Sharp EL-W531TG, grigia", "14.90", "სამეცნიერო კალკულატორი Sharp EL-W531TG ნაცრისფერი", "49.00"),
    (None, None, "სამეცნიერო კალკულატორი Sharp EL-W506T", "59.00"),
    ("Calcolatrice tascabile solare, 8 cifre", "3.90", "ჯიბის კალკულატორი მზის ელემენტით, 8 თანრიგი", "12.00"),
    ("Calcolatrice grafica Casio fx-9860GIII", "79.90", None, None),
    (None, None, "Casio fx-570EX ClassWiz - დაზიანებული შეფუთვა, ფასდაკლება", "55.00"),
]

KINDS: dict[str, list[Row]] = {"calculators, a Georgian shop in lari": CALCULATORS}
(GEORGIAN,) = KINDS
CURRENCIES = {GEORGIAN: "GEL"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    GEORGIAN: [(11, "Texas Instruments TI-84 Plus CE-T Python Edition Graphing Calculator", "469.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[GEORGIAN]
    # Two scientific calculators of ours a model number apart, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # Two graphing calculators of ours a word apart ("CAS"), both in both shops.
    assert {("O15", "T15"), ("O16", "T16")} <= truth
    # The second listing is in English, from the distributor's feed.
    second = next(t for t in theirs if t["key"] == "T11b")
    assert "Graphing Calculator" in second["name"] and ("O11", "T11b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the eighteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 11 of 18 found (9 matched, 2 proposed), 7 missed; 4 variants matched, 4
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 7 of the 18 true pairs were missed and 4 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: the maker and a model code with letters and digits ("fx-991EX", "TI-84", "EL-W531TG")
# are what most titles share, the rest is Italian against Georgian; a few have no code ("HP 12c",
# "HP Prime G2") or no maker at all (the pocket calculator, the paper rolls).
# Failed at first reading: 11 of 17 found (9 matched, 2 proposed; 0.65), 6 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 11 of 17 found (0.65)")
def test_a_georgian_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "სამეცნიერო კალკულატორი Casio fx-991EX ClassWiz შავი" / "Calcolatrice scientifica Casio
    # fx-991EX ClassWiz, 552 funzioni, nera": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, GEORGIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a model number (570 / 991, EX / CW / ES PLUS, CG50 / CG100, 30X Pro / 30XS, 150 / 170,
# W531TG / W506T), a word ("CAS", "Python Edition", "Platinum"), an edition's "-2" against "2nd
# edition" and a set of ten, a colour written in Georgian ("ვარდისფერი") or a pack count (5 / 10)
# is the only difference.
SIBLINGS = [0, 1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 21, 22, 24, 25, 26, 27, 29, 30, 31, 32]


# Failed at first reading: 2 siblings matched (the rows' 14 true pairs all matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_model_number_a_word_or_a_count_apart_tells_two_listings_apart(tmp_path):
    # fx-991ES PLUS and fx-991CW beside our fx-991EX, our fx-570EX beside both; the teacher's set of
    # ten and the fx-82ES PLUS beside our fx-82MS; fx-CG100 beside our fx-CG50; the TI-84 Plus CE-T
    # without "Python Edition" beside ours with it; TI-30XS beside our TI-30X Pro; the 12C Platinum
    # beside our 12c; the pink MS-20UC beside our black; HR-170RCE beside our HR-150RCE; ten rolls
    # beside our five; EL-W506T beside our EL-W531TG: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, GEORGIAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings matched, none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_model_number_a_word_or_a_count_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, GEORGIAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, "ClassWiz" and the kind; only the model number differs.
# Passed at first reading: nothing crossed; both pairs matched in these rows.
def test_two_calculators_of_ours_a_model_number_apart_do_not_cross(tmp_path):
    # Our fx-991EX and fx-570EX against their fx-991EX and fx-570EX: neither of ours matched or put
    # to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, GEORGIAN, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two titles of each shop differ by "CAS" alone.
# Failed at first reading: each of ours put to a person with the other's listing; both true pairs
# missed in these rows.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading each of the two was put to a person with the other's listing")
def test_two_calculators_of_ours_a_word_apart_do_not_cross(tmp_path):
    # Our TI-Nspire CX II-T and CX II-T CAS against theirs: neither of ours matched or put to a
    # person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, GEORGIAN, [15, 16])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "მეორადი", "საჩვენებელი ნიმუში" and "დაზიანებული შეფუთვა" are words no condition rule
# before read; the case, the cover and the adapter name our calculators with a Georgian "for"
# joined to the model.
# Failed at first reading: 3 of these listings matched with our products and 2 proposed; the rows'
# 4 true pairs matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading three of these listings were matched with our products")
def test_a_used_a_display_and_a_damaged_calculator_and_accessories_naming_ours_are_not_matched_as_ours(tmp_path):
    # The used fx-991EX and "დამცავი ქეისი Casio fx-991EX / fx-570EX კალკულატორისთვის" beside our
    # fx-991EX's own listing, the damaged-box fx-570EX beside our fx-570EX's; the TI-84 display
    # sample and "Slide Case ... TI-84 Plus CE-სთვის" beside our TI-84's; "ადაპტერი Casio AD-A60024
    # HR-150RCE / HR-170RCE-სთვის" beside our HR-150RCE's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, GEORGIAN, [0, 1, 3, 4, 11, 13, 14, 26, 28, 35])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the second listing missed (the first proposed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Texas Instruments TI-84 Plus CE-T Python Edition Graphing Calculator" beside "გრაფიკული
    # კალკულატორი Texas Instruments TI-84 Plus CE-T Python Edition": both listings ours, matched or
    # put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirtieth session); copied here once it was
# not (thirty-first session). The batch read at the thirty-first session's start (484bca53) as at its
# first reading (94287c06), pair for pair and score for score. Each missed true pair scored alone
# (`score_pairs`, titles and other fields, no prices) at 484bca53:
# - Missed in the catalogue though 0.98 alone ("same model code ti84"): the English second listing
#   "Texas Instruments TI-84 Plus CE-T Python Edition Graphing Calculator" (O11-T11b). Its first
#   listing (T11) was only proposed, 0.68, "the same product as their listing ... TI-84 Plus
#   CE-T", and the sibling without "Python Edition" (T12) was proposed with our TI-84 at 0.74,
#   above our own pair.
# - TI-Nspire CX II-T (O15-T15) 0.57 and CX II-T CAS (O16-T16) 0.58 alone, "one word differs:
#   calcolatrice/grafica vs გრაფიკული/კალკულატორი"; in the catalogue each of ours was proposed
#   with the other's listing (O15-T16 0.72, O16-T15 0.69): "CAS" on one side not read as a
#   conflict, so the pairs crossed.
# - "fuzzy": HP Prime G2 (O20-T20) 0.41 (our MPN 2AP18AA and their description's "მოდელი:
#   2AP18AA#UUZ" not read), HP 12c / 12C (O21-T21) 0.39 (a model of two digits and a letter, the
#   kind words Italian against Georgian), the paper rolls "57 mm, 5 pezzi" / "57 მმ, 5 ცალი"
#   (O29-T29) 0.22, the pocket calculator "8 cifre" / "8 თანრიგი" (O33-T33, no maker) 0.15.
# The variants matched, each "same model code": the used fx-991EX (T3, "მეორადი, კარგ
# მდგომარეობაში") with our fx-991EX (0.94), the case "დამცავი ქეისი Casio fx-991EX / fx-570EX
# კალკულატორისთვის" (T4) with our fx-570EX (0.94), the pink MS-20UC (T25, "ვარდისფერი") with our
# black (0.95), the adapter "Casio AD-A60024 HR-150RCE / HR-170RCE-სთვის" (T28) with our HR-150RCE
# (0.96). Proposed: the damaged-box fx-570EX (T35, "დაზიანებული შეფუთვა", 0.95, "another variant
# of their listing"), the TI-84 Plus CE-T without "Python Edition" (T12) with our Python Edition
# (0.74), the two Nspire crossings (0.72, 0.69).


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_nineteenth_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 94287c06, the matching code of the session's start 09772175 with
    # 4bd5537d (our GTINs read as theirs are)): 11 of 18 true pairs found (9 matched, 2 proposed), 7
    # missed; 4 variants matched, 4 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=9, found=11, wrong_matched=4, wrong_proposed=4)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds19 [-v]
    BATCH.print_reading()
