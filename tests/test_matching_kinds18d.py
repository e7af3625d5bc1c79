"""An eighteenth round of catalogues set aside, its fourth batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Gundam plastic model kits ("Gunpla") and their tools, a kind none of the seventeen rounds held (the
model rounds held railways, miniature paints and construction sets; ours: a Spanish hobby shop, 18
products in euros, titled in Spanish as such shops write them: "Maqueta", the maker, the grade and
scale, the suit's name, "Maqueta Bandai Gundam HG 1/144 RX-78-2 Gundam (Revive)"; theirs: an
Indonesian Gunpla shop on a marketplace, 37 listings in rupiah, titled as such shops write them:
the grade and scale first, the suit's name, the words buyers search ("Gunpla", "Original Bandai",
"Ready Stock") around it, "HG 1/144 RX-78-2 Gundam Revive Gunpla Original Bandai Ready Stock").
"HG" (High Grade), "RG" (Real Grade), "MG" (Master Grade), "PG" (Perfect Grade), "EG" (Entry Grade)
are grades, "1/144", "1/100", "1/60" scales; "Ver. 2.0", "Ver.Ka", "Full Burst Mode" versions of a
suit; "maqueta" a model kit, "alicates" / "tang potong" nippers, "rotulador" a marker, "peana" /
"base" a display stand, "barniz" / "top coat" a varnish, "mate" / "matte" flat, "calcas al agua" /
"water decal" decals, "untuk" for (Indonesian), "bekas" used, "sudah rakit" already assembled,
"bukan Bandai" not Bandai (a third-party copy of the kit, as such shops sell beside the
original), "dus penyok" a dented box, "P-Bandai" Bandai's own shop's limited editions.

The hard things, written as such shops write them, not to be easy or hard: one suit in five grades
(EG / HG / RG / MG / PG; four of ours in both shops) and a version apart (RG "Ver. 2.0" / the older
RG); another suit in two grades of ours (HG in both shops, MG ours only) and a colour apart (the
green Zaku II / Char's red); one suit a word apart ("Aerial" / "Aerial Rebuild"); a Master Grade
in two versions (Strike Freedom "Full Burst Mode" / "Ver. 2.0"); a copy of our Master Grade by another maker carrying its name and
grade ("Daban 8802, bukan Bandai"); an assembled second-hand kit; a dented-box kit; decals and an
LED unit naming our kits; markers a number apart (GM01 / GM02); stands a number apart (Action Base
1 / 5); a varnish a finish apart (mate / gloss); nippers a model number apart (SPN-120 / PN-120);
"Gunpla", "Original Bandai", "Ready Stock", "Gundam" and "1/144" in many titles; the JAN in some
of our GTINs and in a few of their descriptions, Bandai's own item numbers in some of ours; one
product listed twice (the second time in capitals, grade last, "GUNDAM AERIAL HG 1/144 THE WITCH
FROM MERCURY").

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_HG_RX78_REVIVE = gtin_with_check_digit("457310204962")
GTIN_RG_RX78_V2 = gtin_with_check_digit("457310261223")
GTIN_MG_STRIKE_FREEDOM_FBM = gtin_with_check_digit("457310259315")
GTIN_HG_AERIAL = gtin_with_check_digit("457310231191")

# A Spanish hobby shop in euros against an Indonesian Gunpla shop in rupiah.
GUNPLA: list[Row] = [
    ("Maqueta Bandai Gundam HG 1/144 RX-78-2 Gundam (Revive)", "17.95",
     "HG 1/144 RX-78-2 Gundam Revive Gunpla Original Bandai Ready Stock", "215000",
     {"ours": {"brand": "Bandai", "gtin": GTIN_HG_RX78_REVIVE, "description": "Kit de montaje sin pegamento ni pintura. Ref. Bandai 5057403"},
      "theirs": {"description": "100% Original Bandai Japan. Kondisi baru, segel. JAN: " + GTIN_HG_RX78_REVIVE}}),
    ("Maqueta Bandai Gundam RG 1/144 RX-78-2 Gundam Ver. 2.0", "39.95",
     "RG 1/144 RX-78-2 Gundam Ver 2.0 Gunpla Original Bandai Ready Stock", "520000",
     {"ours": {"brand": "Bandai", "gtin": GTIN_RG_RX78_V2, "description": "Real Grade, armazón interno Advanced MS Joint. Ref. Bandai 5061600"}}),
    (None, None, "RG 1/144 RX-78-2 Gundam (RG 01) Gunpla Original Bandai", "390000"),
    (None, None, "MG 1/100 RX-78-2 Gundam Ver 3.0 Gunpla Original Bandai Ready Stock", "780000"),
    ("Maqueta Bandai Gundam PG Unleashed 1/60 RX-78-2 Gundam", "299.00",
     "PG Unleashed 1/60 RX-78-2 Gundam Original Bandai - Ready Stock Jakarta", "4350000"),
    ("Maqueta Bandai Gundam EG 1/144 RX-78-2 Gundam (Entry Grade)", "10.95",
     "Entry Grade 1/144 RX-78-2 Gundam EG Gunpla Original Bandai", "135000"),
    ("Maqueta Bandai Gundam HG 1/144 Gundam Aerial (The Witch from Mercury)", "17.95",
     "HG 1/144 Gundam Aerial Witch from Mercury Gunpla Original Bandai Ready Stock", "210000",
     {"ours": {"brand": "Bandai", "gtin": GTIN_HG_AERIAL}}),
    (None, None, "HG 1/144 Gundam Aerial Rebuild Witch from Mercury Gunpla Original Bandai", "260000"),
    ("Maqueta Bandai Gundam MG 1/100 Strike Freedom Gundam Full Burst Mode", "59.95",
     "MG 1/100 Strike Freedom Gundam Full Burst Mode Original Bandai Ready Stock", "890000",
     {"ours": {"brand": "Bandai", "gtin": GTIN_MG_STRIKE_FREEDOM_FBM},
      "theirs": {"description": "Original Bandai, bukan KW. JAN " + GTIN_MG_STRIKE_FREEDOM_FBM}}),
    (None, None, "MG 1/100 Strike Freedom Gundam Ver 2.0 Original Bandai", "850000"),
    (None, None, "MG 1/100 Strike Freedom Full Burst Daban 8802 (bukan Bandai) murah", "350000"),
    (None, None, "Water decal untuk MG 1/100 Strike Freedom Full Burst Mode", "65000"),
    ("Maqueta Bandai Gundam RG 1/144 Wing Gundam Zero EW", "34.95", "RG 1/144 Wing Gundam Zero EW Gunpla Original Bandai", "450000"),
    (None, None, "MG 1/100 Wing Gundam Zero EW Ver.Ka Gunpla Original Bandai", "820000"),
    ("Maqueta Bandai Gundam HG 1/144 Gundam Barbatos Lupus Rex", "21.95",
     "HG 1/144 Barbatos Lupus Rex Iron-Blooded Orphans Gunpla Original Bandai", "265000"),
    (None, None, "HG 1/144 Gundam Barbatos Lupus Iron-Blooded Orphans Gunpla Original Bandai", "230000"),
    ("Maqueta Bandai Gundam MG 1/100 Sazabi Ver.Ka", "89.95", "MG 1/100 Sazabi Ver.Ka Gunpla Original Bandai Ready Stock", "1290000"),
    (None, None, "MG 1/100 Sazabi Ver.Ka Gunpla Original Bandai - dus penyok", "1150000"),
    ("Maqueta Bandai Gundam HG 1/144 Zaku II (Revive), verde", "17.95", "HG 1/144 Zaku II Revive hijau Gunpla Original Bandai", "205000"),
    (None, None, "HG 1/144 Char's Zaku II Revive merah Gunpla Original Bandai", "225000"),
    (None, None, "Bekas - PG Unleashed 1/60 RX-78-2 Gundam sudah rakit, lengkap dus", "2500000"),
    (None, None, "LED unit untuk PG Unleashed RX-78-2 (third party)", "180000"),
    ("Alicates God Hand Ultimate Nipper SPN-120", "54.95", "GodHand Ultimate Nipper SPN-120 tang potong gunpla ORI Japan", "850000",
     {"ours": {"brand": "GodHand", "mpn": "SPN-120"}}),
    (None, None, "GodHand PN-120 Nipper tang potong gunpla ORI Japan", "420000"),
    ("Rotulador Gundam Marker GM01 negro", "2.95", "Gundam Marker GM01 Black (hitam) Mr. Hobby", "32000"),
    (None, None, "Gundam Marker GM02 Grey (abu-abu) Mr. Hobby", "32000"),
    ("Peana Bandai Action Base 1, transparente", "8.95", "Action Base 1 Clear Bandai stand gunpla MG/PG", "95000"),
    (None, None, "Action Base 5 Clear Bandai stand gunpla HG/RG", "55000"),
    ("Barniz Mr. Hobby Mr. Top Coat mate B-503 en spray, 88 ml", "7.95", "Mr. Top Coat Flat B503 Matte spray 88ml Mr. Hobby", "95000"),
    (None, None, "Mr. Top Coat Gloss B501 spray 88ml Mr. Hobby", "95000"),
    ("Maqueta Bandai Gundam SD EX-Standard Gundam Aerial", "8.95", None, None),
    ("Maqueta Bandai Gundam HG 1/144 Gundam Calibarn", "24.95", "HG 1/144 Gundam Calibarn Witch from Mercury Original Bandai", "290000"),
    ("Lima para maquetas God Hand Kamiyasu 3 mm, 4 piezas", "7.95", "Kamiyasu Sanding Stick 3mm GodHand (isi 4)", "85000"),
    (None, None, "Kamiyasu Sanding Stick 2mm GodHand (isi 4)", "85000"),
    (None, None, "HG 1/144 Gundam Lfrith Witch from Mercury Original Bandai", "240000"),
    (None, None, "Panel line remover / enamel thinner Tamiya 40ml", "60000"),
    ("Maqueta Bandai Gundam RG 1/144 Nu Gundam", "49.95", "RG 1/144 Nu Gundam Gunpla Original Bandai Ready Stock", "640000"),
    ("Maqueta Bandai Gundam MG 1/100 Zaku II Ver. 2.0, verde", "44.95", None, None),
]

KINDS: dict[str, list[Row]] = {"Gundam model kits, an Indonesian shop in rupiah": GUNPLA}
(INDONESIAN,) = KINDS
CURRENCIES = {INDONESIAN: "IDR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    INDONESIAN: [(6, "GUNDAM AERIAL HG 1/144 THE WITCH FROM MERCURY BANDAI ORIGINAL", "205000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[INDONESIAN]
    # One suit in two grades of ours, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # The copy by another maker carries our kit's grade, scale and name.
    assert "Daban" in next(t for t in theirs if t["key"] == "T10")["name"] and ("O8", "T8") in truth
    # The second listing is in capitals, the grade after the name.
    second = next(t for t in theirs if t["key"] == "T6b")
    assert second["name"].isupper() and ("O6", "T6b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the seventeen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 16 of 18 found (9 matched, 7 proposed), 2 missed; no variant matched,
# 2 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 2 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass: the grade, scale and suit's name are in both titles in Latin letters, and the
# Spanish and Indonesian words around them are few; uncertain for the tools and the varnish.
# Passed at first reading: 14 of 17 found (8 matched, 6 proposed; 0.82), 3 missed.
def test_an_indonesian_title_around_the_grade_and_the_suit_finds_our_product(tmp_path):
    # "HG 1/144 RX-78-2 Gundam Revive Gunpla Original Bandai Ready Stock" / "Maqueta Bandai Gundam
    # HG 1/144 RX-78-2 Gundam (Revive)": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, INDONESIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a grade (RG / MG / PG), a version (Ver 2.0 / 3.0 / the first RG), a word ("Rebuild",
# "Char's", "Lupus" without "Rex"), a colour written in Indonesian (merah / hijau), a model number
# (PN-120, GM02, Action Base 5, B501) or a size (2mm) is the only difference.
SIBLINGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 18, 19, 22, 23, 24, 25, 26, 27, 28, 29, 32, 33,
            37]


# Passed at first reading: no sibling matched (11 of the rows' 14 true pairs found, 9 matched, 2
# proposed).
def test_a_sibling_a_grade_a_version_or_a_word_apart_tells_two_listings_apart(tmp_path):
    # The first RG and the MG Ver 3.0 beside our HG Revive, RG Ver. 2.0, PG and EG; Aerial Rebuild
    # beside our Aerial; Strike Freedom Ver 2.0 beside our Full Burst Mode; the MG Wing Zero beside
    # our RG; Barbatos Lupus beside our Lupus Rex; Char's red Zaku beside our green, our MG Zaku
    # beside their HG; PN-120 beside our SPN-120; GM02 beside our GM01; Action Base 5 beside our 1;
    # the gloss B501 beside our flat B-503; the 2 mm stick beside our 3 mm: nothing matched to a
    # product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, INDONESIAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: no sibling matched, 2 proposed beside our product's own listing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were put to a person")
def test_a_sibling_a_grade_a_version_or_a_word_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, INDONESIAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the suit's code and scale; only the grade and version differ.
# Passed at first reading: nothing crossed; both pairs matched in these rows.
def test_two_grades_of_one_suit_do_not_cross(tmp_path):
    # Our "HG 1/144 RX-78-2 Gundam (Revive)" and "RG 1/144 RX-78-2 Gundam Ver. 2.0" against their
    # HG Revive and RG Ver 2.0: neither of ours matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, INDONESIAN, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "bukan Bandai", "Bekas ... sudah rakit" and "dus penyok" are words no condition or
# maker rule before read; the decals and the LED unit name our kits.
# Passed at first reading: nothing matched with our products, 1 proposed; the rows' 3 true pairs
# found (2 matched, 1 proposed).
def test_a_copy_a_used_kit_and_parts_naming_ours_are_not_matched_as_ours(tmp_path):
    # "MG 1/100 Strike Freedom Full Burst Daban 8802 (bukan Bandai)" and "Water decal untuk MG 1/100
    # Strike Freedom Full Burst Mode" beside our Strike Freedom's own listing; "Bekas - PG Unleashed
    # ... sudah rakit" and "LED unit untuk PG Unleashed RX-78-2" beside our PG's own listing; the
    # dented-box Sazabi ("dus penyok") beside the new one's own listing: none matched with our
    # product.
    counts, found, _ = BATCH.read_rows(tmp_path, INDONESIAN, [4, 8, 10, 11, 16, 17, 20, 21])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Passed at first reading: both listings found (1 matched, 1 proposed).
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "GUNDAM AERIAL HG 1/144 THE WITCH FROM MERCURY BANDAI ORIGINAL" beside "HG 1/144 Gundam Aerial
    # Witch from Mercury Gunpla Original Bandai Ready Stock": both listings ours, matched or put to a
    # person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (twenty-ninth session); copied here once it
# was not (thirtieth session). The batch read the same at the thirtieth session's start (09772175)
# as at its first reading, pair for pair. Each missed true pair scored alone (`score_pairs`, titles
# and other fields, no prices) at 09772175:
# - The Action Base 1 "transparente" / "Clear ... stand gunpla MG/PG" 0.59, just under a person's
#   look; the God Hand sanding stick "God Hand Kamiyasu 3 mm, 4 piezas" / "Kamiyasu Sanding Stick
#   3mm GodHand (isi 4)" 0.44 ("God Hand" / "GodHand", "4 piezas" / "isi 4").
# The variants proposed: our MG Zaku II Ver. 2.0 (ours only) with "MG 1/100 Strike Freedom Gundam
# Ver 2.0" (0.66: grade, scale and version shared, the suit's name not weighed), "HG 1/144 Gundam
# Aerial Rebuild" beside our Aerial (0.74, "Rebuild" one word).


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_eighteenth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at f2263aa, e1de20c with the rows' truth mended; the matching code of
    # the session's start, f4d4a42): 16 of 18 true pairs found (9 matched, 7 proposed), 2 missed; no
    # variant matched, 2 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=9, found=16, wrong_matched=0, wrong_proposed=2)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds18d [-v]
    BATCH.print_reading()
