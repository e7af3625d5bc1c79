"""A twentieth round of catalogues set aside, its third batch, written before the matcher read it, so
that its first reading is a figure on catalogues the matching rules were not written on.

Car tyres, winter and summer, with the few tools and chains sold beside them, a kind none of the
nineteen rounds held (the vehicle rounds held motorcycle parts and farm machinery parts; ours: a
German tyre shop, 19 products in euros, titled in German as such shops write them: maker and
pattern, the size with a space before the rim ("205/55 R16"), the load index and speed rating, "XL",
then the kind after a comma, "Nokian Hakkapeliitta 10 205/55 R16 94T XL, Winterreifen mit Spikes";
theirs: an Ulaanbaatar tyre shop, 35 listings in tögrög, titled in Mongolian (the Cyrillic script)
around the maker and pattern in Latin letters as such shops write them: the size run together
("205/55R16"), the kind after it, studs and the country of make last, "Nokian Hakkapeliitta 10
205/55R16 94T XL шиптэй өвлийн дугуй").
"дугуй" is a tyre ("Reifen"), "өвлийн дугуй" a winter tyre ("Winterreifen"), "зуны дугуй" a summer
tyre ("Sommerreifen"), "шиптэй" studded ("mit Spikes", "Spikereifen"), "шипгүй" studless, "жийп" an
SUV ("SUV"), "Япон" made in Japan, "Солонгос" made in Korea; "ширхэг" pieces, "иж бүрдэл" a set,
"обудтай" on rims; "хэрэглэсэн" used, "1 өвөл явсан" driven one winter, "хээ 8мм" 8 mm of tread,
"2021 оны үйлдвэрлэл" made in 2021, "агуулахад хадгалсан" kept in a store room; "-д тохирох" fitting
(studs that fit a tyre), "засварын шип" repair studs; "Дугуйн хийлэгч компрессор" a tyre inflator
("Reifenfüller-Kompressor"), "автомат унтраалттай" with automatic shut-off ("mit
Abschaltautomatik"), "Дугуйн даралт хэмжигч" a tyre pressure gauge ("Reifendruckprüfer"),
"дижитал" digital, "механик" mechanical, "бар" bar; "цасны гинж" snow chains ("Schneeketten"),
"хэмжээ" size ("Größe"); "түгжээтэй боолт" locking bolts ("Felgenschloss").

The hard things, written as such shops write them, not to be easy or hard: one pattern in two sizes
(Hakkapeliitta 10 205/55 R16 / 215/60 R16, both in both shops) and in a third size ours only; the
same tyre in a set of four, used, and its studless sibling (Hakkapeliitta R5) in the same size;
repair studs naming our tyre; one maker's studded and studless patterns in one size (IceContact 3 /
VikingContact 7, both in both shops); a pattern a generation apart (iceGUARD iG60 / iG70, Pilot
Sport 5 / 4, Winter Maxx 02 / 03) and a size apart (DM-V3 265/65 / 265/70, W429 185/65 / 195/65,
WS71 235/60 / 235/55); another maker's tyre in our tyre's size (X-Ice Snow SUV 265/65R17 beside our
DM-V3 265/65 R17, X-Ice Snow 205/55R16 beside our Hakkapeliitta 10 205/55 R16); a tyre of 2021
sold off as old stock, a pair, a set of four on rims; "WM02" written "Winter Maxx 02", "HP" on one
side only; snow chains a size apart (090 / 100), locking bolts a thread apart with a decimal comma
on our side (M12x1,5 / M14x1.5), a gauge, an inflator with no maker on either side; "өвлийн
дугуй", "XL" and the rim sizes in most titles; the EAN in some of our GTINs and in one of their
descriptions; one product listed twice (the second time in Russian, as the importer's feed writes
it).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_HAKKA10_205 = gtin_with_check_digit("641944081620")
GTIN_HAKKA10_215 = gtin_with_check_digit("641944081699")
GTIN_PILOT_SPORT5 = gtin_with_check_digit("352870048217")
GTIN_XICE_SNOW = gtin_with_check_digit("352870055516")

# A German tyre shop in euros against a Mongolian one in tögrög.
TYRES: list[Row] = [
    ("Nokian Hakkapeliitta 10 205/55 R16 94T XL, Winterreifen mit Spikes", "149.00",
     "Nokian Hakkapeliitta 10 205/55R16 94T XL шиптэй өвлийн дугуй", "520000",
     {"ours": {"brand": "Nokian Tyres", "gtin": GTIN_HAKKA10_205}, "theirs": {"brand": "Nokian"}}),
    ("Nokian Hakkapeliitta 10 215/60 R16 99T XL, Winterreifen mit Spikes", "159.00",
     "Nokian Hakkapeliitta 10 215/60R16 99T XL шиптэй өвлийн дугуй", "560000",
     {"ours": {"brand": "Nokian Tyres", "gtin": GTIN_HAKKA10_215}, "theirs": {"brand": "Nokian"}}),
    (None, None, "Nokian Hakkapeliitta 10 205/55R16 94T XL шиптэй өвлийн дугуй - 4 ширхэг иж бүрдэл", "2000000"),
    (None, None, "Nokian Hakkapeliitta R5 205/55R16 94R XL шипгүй өвлийн дугуй", "490000"),
    (None, None, "Nokian Hakkapeliitta 10 205/55R16 - хэрэглэсэн, 1 өвөл явсан, хээ 8мм", "220000"),
    (None, None, "Hakkapeliitta 10-д тохирох засварын шип, 100 ширхэг", "60000"),
    ("Nokian Hakkapeliitta 10 SUV 265/65 R17 116T XL, Winterreifen mit Spikes", "219.00", None, None),
    ("Bridgestone Blizzak DM-V3 265/65 R17 112R, Winterreifen SUV", "189.00",
     "Bridgestone Blizzak DM-V3 265/65R17 112R өвлийн дугуй (жийп)", "690000"),
    (None, None, "Bridgestone Blizzak DM-V3 265/70R17 115R өвлийн дугуй (жийп)", "720000"),
    (None, None, "Michelin X-Ice Snow SUV 265/65R17 116T XL өвлийн дугуй", "720000"),
    ("Yokohama iceGUARD iG60 195/65 R15 91Q, Winterreifen", "99.00", "Yokohama iceGUARD iG60 195/65R15 91Q өвлийн дугуй Япон", "360000"),
    (None, None, "Yokohama iceGUARD iG70 195/65R15 91Q өвлийн дугуй Япон", "420000"),
    ("Yokohama iceGUARD Stud iG65 285/60 R18 116T, Spikereifen", "229.00", "Yokohama iceGUARD Stud iG65 285/60R18 116T шиптэй дугуй", "850000"),
    (None, None, "Yokohama iceGUARD Stud iG65 285/60R18 116T шиптэй дугуй - 4 ширхэг, обудтай", "4200000"),
    ("Continental IceContact 3 225/45 R17 94T XL, Winterreifen mit Spikes", "169.00",
     "Continental IceContact 3 225/45R17 94T XL шиптэй өвлийн дугуй", "610000"),
    ("Continental VikingContact 7 225/45 R17 94T XL, Winterreifen", "159.00",
     "Continental VikingContact 7 225/45R17 94T XL шипгүй өвлийн дугуй", "580000"),
    (None, None, "Continental IceContact 3 225/45R17 94T XL шиптэй - 2 ширхэг", "1200000"),
    ("Michelin Pilot Sport 5 225/45 R17 94Y XL, Sommerreifen", "139.00", "Michelin Pilot Sport 5 225/45R17 94Y XL зуны дугуй", "540000",
     {"ours": {"brand": "Michelin", "gtin": GTIN_PILOT_SPORT5}, "theirs": {"brand": "Michelin"}}),
    (None, None, "Michelin Pilot Sport 4 225/45R17 94Y XL зуны дугуй", "480000"),
    ("Michelin X-Ice Snow 205/55 R16 94H XL, Winterreifen", "139.00", "Michelin X-Ice Snow 205/55R16 94H XL өвлийн дугуй", "530000",
     {"ours": {"brand": "Michelin", "gtin": GTIN_XICE_SNOW}, "theirs": {"description": "EAN: " + GTIN_XICE_SNOW}}),
    (None, None, "Michelin X-Ice Snow 205/55R16 94H XL - 2021 оны үйлдвэрлэл, агуулахад хадгалсан", "390000"),
    ("Michelin Alpin 6 205/55 R16 91H, Winterreifen", "129.00", None, None),
    ("Hankook Winter i*Pike RS2 W429 185/65 R15 92T XL, Spikereifen", "79.00",
     "Hankook Winter i*Pike RS2 W429 185/65R15 92T XL шиптэй өвлийн дугуй Солонгос", "290000"),
    (None, None, "Hankook Winter i*Pike RS2 W429 195/65R15 95T XL шиптэй өвлийн дугуй Солонгос", "310000"),
    ("Toyo Observe GSi-6 HP 215/65 R16 98H, Winterreifen", "119.00", "Toyo Observe GSi-6 215/65R16 98H өвлийн дугуй Япон", "430000"),
    ("Kumho WinterCraft WS71 235/60 R18 107H XL, Winterreifen SUV", "129.00",
     "Kumho WinterCraft WS71 235/60R18 107H XL өвлийн дугуй Солонгос", "470000"),
    (None, None, "Kumho WinterCraft WS71 235/55R18 104H XL өвлийн дугуй Солонгос", "450000"),
    ("Dunlop Winter Maxx WM02 185/60 R15 84T, Winterreifen", "89.00", "Dunlop Winter Maxx 02 185/60R15 84T өвлийн дугуй Япон", "330000"),
    (None, None, "Dunlop Winter Maxx 03 185/60R15 84Q өвлийн дугуй Япон", "390000"),
    ("Reifenfüller-Kompressor 12 V, digital, mit Abschaltautomatik", "39.90",
     "Дугуйн хийлэгч компрессор 12V дижитал, автомат унтраалттай", "145000"),
    ("Reifendruckprüfer digital, 0-7 bar", "12.90", "Дугуйн даралт хэмжигч дижитал 0-7 бар", "45000"),
    (None, None, "Дугуйн даралт хэмжигч механик 0-4 бар", "28000"),
    ("Schneeketten König CB-12, Größe 090", "69.00", "König CB-12 цасны гинж, хэмжээ 090", "260000"),
    (None, None, "König CB-12 цасны гинж, хэмжээ 100", "270000"),
    ("Felgenschloss-Set McGard, M12x1,5", "29.90", "McGard дугуйн түгжээтэй боолт M12x1.5", "110000"),
    (None, None, "McGard дугуйн түгжээтэй боолт M14x1.5", "120000"),
]

KINDS: dict[str, list[Row]] = {"car tyres, a Mongolian shop in tögrög": TYRES}
(MONGOLIAN,) = KINDS
CURRENCIES = {MONGOLIAN: "MNT"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    MONGOLIAN: [(0, "Шины Nokian Hakkapeliitta 10 205/55 R16 94T XL зимние шипованные", "525000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[MONGOLIAN]
    # One pattern of ours in two sizes, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # One maker's studded and studless patterns of ours in one size, both in both shops.
    assert {("O14", "T14"), ("O15", "T15")} <= truth
    # The second listing is in Russian, the size with a space as ours writes it.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "зимние" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the nineteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 17 of 18 found (17 matched, none proposed), 1 missed; 3 variants
# matched, 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 1 of the 18 true pairs was missed and 3 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker, pattern and size are in Latin letters and digits on both sides, the size
# written "205/55 R16" against "205/55R16"; the kind words are German against Mongolian in
# Cyrillic; the gauge and the inflator have no maker at all.
# Passed at first reading: 16 of 17 found (16 matched; 0.94), 1 missed.
def test_a_mongolian_title_around_the_maker_and_size_finds_our_product(tmp_path):
    # "Nokian Hakkapeliitta 10 205/55R16 94T XL шиптэй өвлийн дугуй" / "Nokian Hakkapeliitta 10
    # 205/55 R16 94T XL, Winterreifen mit Spikes": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, MONGOLIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a size (205/55 / 215/60 R16, 265/65 / 265/70 R17, 185/65 / 195/65 R15, 235/60 / 235/55
# R18), a pattern's name or generation (Hakkapeliitta 10 / R5, iG60 / iG70, Pilot Sport 5 / 4,
# Winter Maxx 02 / 03, IceContact 3 / VikingContact 7), a count (one tyre / two / four), a chain's
# size (090 / 100), a thread (M12 / M14) or "механик" / "дижитал" is the only difference; two makers'
# tyres share a size.
SIBLINGS = [0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 21, 22, 23, 25, 26, 27, 28, 30, 31, 32, 33, 34, 35]


# Failed at first reading: 3 siblings matched (the rows' 14 true pairs all matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading three siblings were matched")
def test_a_sibling_a_size_a_pattern_or_a_count_apart_tells_two_listings_apart(tmp_path):
    # The set of four and the studless R5 beside our Hakkapeliitta 10 205/55 R16, the 215/60 beside
    # it and it beside our 215/60; DM-V3 265/70 and the Michelin X-Ice Snow SUV 265/65R17 beside our
    # DM-V3 265/65 R17 (and our Hakkapeliitta 10 SUV 265/65 R17, ours only); iG70 beside our iG60;
    # each of our IceContact 3 and VikingContact 7 beside the other's listing, a pair of IceContact 3
    # beside our one; Pilot Sport 4 beside our 5; X-Ice Snow beside our Hakkapeliitta 10 of its size
    # and our Alpin 6 (ours only); W429 195/65 beside our 185/65; WS71 235/55 beside our 235/60;
    # Winter Maxx 03 beside our WM02; the mechanical gauge beside our digital; chains size 100 beside
    # our 090; M14 bolts beside our M12: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, MONGOLIAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 3 siblings matched, 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading three siblings were matched")
def test_a_sibling_a_size_a_pattern_or_a_count_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, MONGOLIAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, the pattern, "XL" and the kind; only the size, load index and
# speed rating differ.
# Passed at first reading: nothing crossed, partly because both pairs were missed in these rows.
def test_one_pattern_of_ours_in_two_sizes_does_not_cross(tmp_path):
    # Our Hakkapeliitta 10 205/55 R16 and 215/60 R16 against theirs: neither of ours matched or put to
    # a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, MONGOLIAN, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, the size, "94T XL" and the kind; only the pattern's name
# differs, and "шиптэй" / "шипгүй" against "mit Spikes" / nothing.
# Passed at first reading: nothing crossed, partly because both pairs were missed in these rows.
def test_two_patterns_of_ours_in_one_size_do_not_cross(tmp_path):
    # Our IceContact 3 and VikingContact 7 225/45 R17 against theirs: neither of ours matched or put
    # to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, MONGOLIAN, [14, 15])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "хэрэглэсэн", "2021 оны үйлдвэрлэл" and "-д тохирох" are words no condition or "for"
# rule before read; the repair studs name our tyre's pattern.
# Passed at first reading: nothing matched or proposed with our products; the rows' 2 true pairs
# found (1 matched, 1 proposed).
def test_a_used_an_old_stock_tyre_and_studs_for_ours_are_not_matched_as_ours(tmp_path):
    # The used Hakkapeliitta 10 205/55R16 and "Hakkapeliitta 10-д тохирох засварын шип" beside our
    # tyre's own listing; the X-Ice Snow of 2021 beside our X-Ice Snow's: none matched with our
    # product.
    counts, found, _ = BATCH.read_rows(tmp_path, MONGOLIAN, [0, 4, 5, 19, 20])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Passed at first reading: both listings matched.
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Шины Nokian Hakkapeliitta 10 205/55 R16 94T XL зимние шипованные" (Russian) beside "Nokian
    # Hakkapeliitta 10 205/55R16 94T XL шиптэй өвлийн дугуй": both listings ours, matched or put to a
    # person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-first session); copied here once it
# was not (thirty-second session). The batch read at the thirty-second session's start (97f9745a) as
# at its first reading (2dbecaaa), pair for pair and score for score. Each missed true pair scored
# alone (`score_pairs`, titles and other fields, no prices) at 97f9745a, the same scores as at
# 2dbecaaa:
# - Matched by code (9): DM-V3, iG60, iG65, W429, GSi-6, WS71, CB-12, M12x1.5 (from "M12x1,5"), X-Ice
#   Snow by GTIN. Matched by wording, "each other's best match, by wording, with no conflict" (the
#   rule trusted in this catalogue), at 0.44-0.70: both Hakkapeliitta 10 sizes (O0-T0, O1-T1, 0.55 /
#   0.55), the Russian second listing (O0-T0b, 0.64), IceContact 3 (O14-T14, 0.60), VikingContact 7
#   (O15-T15, 0.63), Pilot Sport 5 (O17-T17, 0.70), Dunlop "WM02" / "Winter Maxx 02" (O27-T27, 0.52),
#   the gauge (O30-T30, 0.44).
# - Missed: the inflator 12 V / "12V", "digital" / "дижитал" (O29-T29) 0.22, "fuzzy" (no maker).
# The variants matched (3): the iG65 set of four on rims "4 ширхэг, обудтай" (O12-T13, 0.96, "same
# model code ig65": the count of four not read); the pair of IceContact 3 "2 ширхэг" (O14-T16, 0.56,
# "another listing of our product", by wording); our Nokian Hakkapeliitta 10 SUV 265/65 R17 (ours
# only) with their Michelin X-Ice Snow SUV 265/65R17 (O6-T9, 0.38, "each other's best match, by
# wording, with no conflict"): another maker's tyre matched at 0.38 with no person, the maker in the
# title (Nokian / Michelin) not read as a conflict (our brand field "Nokian Tyres", theirs blank).
# Proposed (1): König CB-12 size 100 beside our 090 (O32-T33, 0.90, "numbers differ: 090 vs 100"
# read, still proposed as "another variant"). Kept apart: the set of four Hakkapeliitta, the R5
# studless, the used one, the repair studs "-д тохирох", the 2021 old-stock X-Ice Snow, DM-V3 265/70,
# iG70, Pilot Sport 4, W429 195/65, WS71 235/55, Winter Maxx 03, the mechanical gauge, M14 bolts. Our
# two Hakkapeliitta 10 sizes alone, and IceContact 3 / VikingContact 7 alone, were all missed: the
# wording rule does not fire on two rows.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twentieth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 2dbecaaa, the matching code of the session's start 484bca53): 17 of
    # 18 true pairs found (17 matched, none proposed), 1 missed; 3 variants matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=17, found=17, wrong_matched=3, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds20c [-v]
    BATCH.print_reading()
