"""A second batch of the sixteenth round (after `tests/test_matching_kinds16.py`), written before
the matcher read it, in a kind none of the fifteen rounds held.

Reeds, mouthpieces and harmonicas (ours: a French woodwind shop, 20 products in euros, titled in
French as such a shop writes them: the kind first, the instrument and its pitch, the maker and
the cut, the strength with a decimal comma, the box and the maker's number in brackets, "Anches
clarinette Sib Vandoren Traditional force 3, boîte de 10 (CR103)", a harmonica's key in solfège
with its letter, "Harmonica diatonique Hohner Special 20, tonalité Do (C)"; theirs: an Israeli
music shop, 38 listings in shekels, titled in Hebrew around the maker and the line in Latin
letters as Israeli shops write them, the maker's number at the end where they give it, "קני קלרינט
סי במול Vandoren Traditional חוזק 3 - קופסה 10 יח' CR103"). "קני" / "קנה" are reeds / a reed,
"קלרינט סי במול" a B-flat clarinet, "סקסופון אלט" / "טנור" an alto / tenor saxophone, "חוזק" a
strength, "קופסה 10 יח'" a box of ten, "סינתטי" synthetic, "פיה" a mouthpiece, "ליגטורה" a
ligature, "מפוחית" a harmonica, "כרומטית" chromatic, "בסולם C" in the key of C, "חורים" holes,
"מחזיק ... לצוואר" a neck holder, "נרתיק" a case, "לוחות קנים חלופיים" replacement reed plates,
"מתאים ל-" fitting; "יד שנייה" second-hand, "דגם תצוגה" a display model.

The hard things, written as such shops write them, not to be easy or hard: reeds a half strength
apart ("2.5" / "3" / "3.5", two of ours in both shops, the maker's number ending in the
strength), a cut a word or a digit apart ("V12" / "V21", "Traditional" / "Java" / "56 Rue
Lepic"), the alto's and the tenor's reeds in one strength, a box of ten against a box of three,
a synthetic reed a quarter strength or a cut apart, a mouthpiece beside its "Lyre" sibling and a
used one, a harmonica in four keys (two of ours in both shops) and in another tuning, one line
beside another of the same maker ("Marine Band 1896 Classic" / "Crossover", "Super Chromonica
270" / "Chromonica 260") and its display model, reed plates naming the harmonica they fit, a neck
holder naming the harmonicas it holds, a case a size letter apart, a ligature a letter apart; our
keys in solfège ("Do", "La") where theirs are letters; "Vandoren", "Hohner", "קני", "מפוחית" and
"בסולם C" in many titles; the EAN in some of our GTINs and in one of their descriptions; one product
listed twice (the second time from an importer's English feed with Hohner's export number).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_CR103 = gtin_with_check_digit("376000511003")
GTIN_CR1025 = gtin_with_check_digit("376000511025")
GTIN_SPECIAL_20_C = gtin_with_check_digit("400963756001")

# A French woodwind shop in euros against an Israeli music shop in shekels.
REEDS_AND_HARMONICAS: list[Row] = [
    ("Anches clarinette Sib Vandoren Traditional force 3, boîte de 10 (CR103)", "27.50",
     "קני קלרינט סי במול Vandoren Traditional חוזק 3 - קופסה 10 יח' CR103", "179",
     {"ours": {"brand": "Vandoren", "mpn": "CR103", "gtin": GTIN_CR103},
      "theirs": {"brand": "Vandoren", "description": "הקנים הנמכרים ביותר של ונדורן, מתאימים לכל סגנון. ברקוד: " + GTIN_CR103}}),
    ("Anches clarinette Sib Vandoren Traditional force 2,5, boîte de 10 (CR1025)", "27.50",
     "קני קלרינט סי במול Vandoren Traditional חוזק 2.5 - קופסה 10 יח' CR1025", "179",
     {"ours": {"brand": "Vandoren", "mpn": "CR1025", "gtin": GTIN_CR1025}, "theirs": {"brand": "Vandoren"}}),
    (None, None, "קני קלרינט סי במול Vandoren Traditional חוזק 3.5 - קופסה 10 יח' CR1035", "179", {"theirs": {"brand": "Vandoren"}}),
    ("Anches clarinette Sib Vandoren V12 force 3, boîte de 10 (CR193)", "31.90", "קני קלרינט Vandoren V12 חוזק 3 קופסה 10 יח'", "209",
     {"ours": {"brand": "Vandoren", "mpn": "CR193"}}),
    (None, None, "קני קלרינט Vandoren V21 חוזק 3 קופסה 5 יח'", "139"),
    ("Anches saxophone alto Vandoren Traditional force 2,5, boîte de 10 (SR2125)", "32.90",
     "קני סקסופון אלט Vandoren Traditional חוזק 2.5 (10 יח') SR2125", "219", {"ours": {"brand": "Vandoren", "mpn": "SR2125"}}),
    (None, None, "קני סקסופון אלט Vandoren Java ירוק חוזק 2.5 (10 יח') SR2625", "229"),
    ("Anches saxophone ténor Vandoren Traditional force 3, boîte de 5 (SR223)", "24.90",
     "קני סקסופון טנור Vandoren Traditional חוזק 3 (5 יח') SR223", "169", {"ours": {"brand": "Vandoren", "mpn": "SR223"}}),
    (None, None, "קני סקסופון אלט Vandoren Traditional חוזק 3 (10 יח') SR213", "219"),
    ("Anches saxophone alto Rico by D'Addario force 2,5, boîte de 10 (RJA1025)", "24.90",
     "D'Addario Rico קני סקסופון אלט חוזק 2.5 קופסה 10 יח' RJA1025", "149", {"ours": {"brand": "D'Addario", "mpn": "RJA1025"}}),
    (None, None, "D'Addario Rico קני סקסופון אלט חוזק 2.5 קופסה 3 יח' RJA0325", "55"),
    ("Anche synthétique Légère Signature clarinette Sib force 2,75", "32.00",
     "קנה סינתטי Légère Signature לקלרינט סי במול חוזק 2.75", "189"),
    (None, None, "קנה סינתטי Légère European Cut לקלרינט סי במול חוזק 2.75", "189"),
    (None, None, "קנה סינתטי Légère Signature לקלרינט סי במול חוזק 3", "189"),
    ("Bec clarinette Sib Vandoren B45 (CM308)", "99.00", "פיה לקלרינט Vandoren B45", "599",
     {"ours": {"brand": "Vandoren", "mpn": "CM308"}}),
    (None, None, "פיה לקלרינט Vandoren B45 Lyre", "619"),
    (None, None, "פיה לקלרינט Vandoren B45 - יד שנייה, במצב מצוין", "350"),
    (None, None, "קני קלרינט סי במול Vandoren 56 Rue Lepic חוזק 3 - קופסה 10 יח'", "199"),
    ("Harmonica diatonique Hohner Special 20, tonalité Do (C)", "44.90", "מפוחית Hohner Special 20 בסולם C", "229",
     {"ours": {"brand": "Hohner", "mpn": "M560016", "gtin": GTIN_SPECIAL_20_C}}),
    ("Harmonica diatonique Hohner Special 20, tonalité La (A)", "44.90", "מפוחית Hohner Special 20 בסולם A", "229",
     {"ours": {"brand": "Hohner"}}),
    (None, None, "מפוחית Hohner Special 20 בסולם G", "229"),
    (None, None, "מפוחית Hohner Special 20 Country Tuning בסולם C", "239"),
    ("Harmonica diatonique Hohner Marine Band 1896 Classic, tonalité Do (C)", "42.90",
     "מפוחית Hohner Marine Band 1896 Classic בסולם C", "219", {"ours": {"brand": "Hohner", "mpn": "M1896016"}}),
    (None, None, "מפוחית Hohner Marine Band Crossover בסולם C", "499"),
    ("Harmonica diatonique Hohner Golden Melody, tonalité Do (C)", "49.90", None, None),
    ("Harmonica chromatique Hohner Super Chromonica 270, tonalité Do (C), 12 trous", "179.00",
     "מפוחית כרומטית Hohner Super Chromonica 270 בסולם C, 12 חורים", "990"),
    (None, None, "מפוחית כרומטית Hohner Super Chromonica 270 בסולם C - דגם תצוגה", "790"),
    (None, None, "מפוחית כרומטית Hohner Chromonica 260 בסולם C, 10 חורים", "690"),
    ("Harmonica diatonique Lee Oskar Major Diatonic, tonalité Do (C)", "39.90", "מפוחית Lee Oskar Major Diatonic 1910 בסולם C", "199"),
    (None, None, "לוחות קנים חלופיים Lee Oskar Major Diatonic בסולם C (Reed Plate)", "119"),
    ("Harmonica diatonique Seydel Session Steel, tonalité Do (C)", "69.00", "מפוחית Seydel Session Steel בסולם C", "399"),
    ("Harmonica diatonique Suzuki Manji M-20, tonalité Do (C)", "64.00", None, None),
    (None, None, "מפוחית Suzuki Harpmaster MR-200 בסולם C", "159"),
    ("Porte-harmonica Hohner Flex Rack", "19.90", "מחזיק מפוחית לצוואר Hohner Flex Rack - מתאים ל-Special 20 ו-Marine Band", "119"),
    ("Étui Hohner Flexcase M pour 6 harmonicas", "24.90", "נרתיק Hohner Flexcase M ל-6 מפוחיות", "139"),
    (None, None, "נרתיק Hohner Flexcase L ל-12 מפוחיות", "179"),
    ("Ligature clarinette Sib Rovner Dark (1R)", "29.00", "ליגטורה לקלרינט Rovner Dark 1R", "189"),
    (None, None, "ליגטורה לסקסופון אלט Rovner Dark 1RL", "199"),
    ("Graisse pour lièges Vandoren, clarinette et saxophone", "4.50", "גריז לפקקים Vandoren לקלרינט וסקסופון", "39"),
]

KINDS: dict[str, list[Row]] = {"reeds and harmonicas, an Israeli shop in shekels": REEDS_AND_HARMONICAS}
(ISRAELI,) = KINDS
CURRENCIES = {ISRAELI: "ILS"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    ISRAELI: [(18, "Hohner Special 20 Harmonica - Key of C 560BX-C", "229")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)

def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[ISRAELI]
    # Two boxes of ours a half strength apart, and two harmonicas a key apart, all in both shops.
    assert {("O0", "T0"), ("O1", "T1"), ("O18", "T18"), ("O19", "T19")} <= truth
    # Our keys in solfège with the letter in brackets; theirs by the letter alone.
    assert all("(C)" in o["name"] and "Do" in o["name"] for o in ours if o["sku"] in ("O18", "O22", "O25"))
    assert all("בסולם C" in t["name"] for t in theirs if t["key"] in ("T18", "T22", "T25"))


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the fifteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round was held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 8 of 19 found (5 matched, 3 proposed), 11 missed; no variant matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 11 of the 19 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: the maker and the line are in Latin letters in both titles, the rest of the words in
# French and in Hebrew; the rounds before found most pairs where the maker's line was shared, less
# where (the eleventh round's Cyrillic, the thirteenth's Hangul) little else was.
# Passed at first reading: 16 of 18 found (all matched; 0.89), but 5 variants matched. These rows
# differ from the whole batch only by the second listing, in English; with it (the guard's
# reading) 8 of 19 were found and no variant matched.
def test_a_hebrew_title_around_the_makers_line_finds_our_product(tmp_path):
    # "קני קלרינט סי במול Vandoren Traditional חוזק 3 - קופסה 10 יח' CR103" / "Anches clarinette Sib
    # Vandoren Traditional force 3, boîte de 10 (CR103)": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, ISRAELI)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a strength ("2.5" / "3" / "3.5", "2.75"), a key ("G", "A"), a cut, a line or a
# letter is the only difference, and the rounds before held such differences apart only where they
# were read.
# Passed at first reading: no sibling matched (7 of the rows' 14 true pairs found, 5 matched).
def test_a_sibling_a_strength_a_key_or_a_word_apart_tells_two_listings_apart(tmp_path):
    # CR1035 beside our CR103 and CR1025, V21 beside our V12, Java and the alto's SR213 beside our
    # alto and tenor Traditional, the box of three beside our RJA1025, European Cut and strength 3
    # beside our Légère, B45 Lyre beside our B45, 56 Rue Lepic beside our Traditional, the Special 20
    # in G and in Country Tuning beside ours in C and A, the Crossover beside our Marine Band, the
    # Chromonica 260 beside our 270, the Harpmaster, the Flexcase L beside our M, the 1RL beside our
    # 1R: nothing matched to a product it is not.
    numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22, 23, 25, 27,
               31, 32, 34, 35, 36, 37]
    counts, found, _ = BATCH.read_rows(tmp_path, ISRAELI, numbers)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Passed at first reading: no sibling matched or proposed (7 of the rows' 14 true pairs found).
def test_a_sibling_a_strength_a_key_or_a_word_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22, 23, 25, 27,
               31, 32, 34, 35, 36, 37]
    counts, found, _ = BATCH.read_rows(tmp_path, ISRAELI, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the boxes' numbers differ in their last digits and their strengths are written with
# a comma in ours and a point in theirs; the harmonicas share every word but the key, ours written
# "Do (C)" / "La (A)".
# Passed at first reading: nothing crossed; of the four true pairs two were matched, two not found
# at all where their rows stood alone.
def test_two_products_of_ours_a_strength_or_a_key_apart_do_not_cross(tmp_path):
    # Our CR103 and CR1025 against theirs, our Special 20 in C and in A against theirs: neither of
    # ours matched or put to a person with the other's listing.
    for numbers in ([0, 1], [18, 19]):
        counts, found, _ = BATCH.read_rows(tmp_path, ISRAELI, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (numbers, found)


# Uncertain: since the twenty-sixth session's `used` a used listing carrying our product's words is
# proposed, not matched; "יד שנייה" and "דגם תצוגה" are words no round before wrote in Hebrew; the
# reed plates and the neck holder name the harmonicas they fit.
# Passed at first reading: nothing matched or proposed, but only as none of the three new products
# in these rows was found at all.
def test_a_used_mouthpiece_a_display_harmonica_and_parts_naming_ours_are_not_matched_as_ours(tmp_path):
    # "פיה לקלרינט Vandoren B45 - יד שנייה" beside the new B45's own listing, the Super Chromonica's
    # "דגם תצוגה" beside the new one's, the Lee Oskar reed plates beside the harmonica's: none matched
    # with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, ISRAELI, [14, 16, 25, 26, 28, 29])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: both listings missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both listings were missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Hohner Special 20 Harmonica - Key of C 560BX-C" (English, Hohner's export number, no word of
    # ours but the maker and the line) beside "מפוחית Hohner Special 20 בסולם C": both listings ours,
    # matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (twenty-seventh session); copied here once it
# was not (twenty-eighth session). Each missed true pair scored alone (`score_pairs`, no prices) at
# e89f24e. One listing in another language changes how the whole catalogue is read: the Israeli
# rows alone read 16 of 18 matched and 5 variants matched ("each other's best match, by wording");
# with the one English further listing ("Hohner Special 20 Harmonica - Key of C 560BX-C") added, 5
# matched, 3 proposed, 11 missed, no variant: the wording rule's gate for the catalogue flips on one
# row of 38. Missed then: Légère Signature 0.49, B45 0.49, Special 20 in C 0.55, the Chromonica 270
# 0.55, Lee Oskar 0.42 ("one word differs: harmonica/tonalite vs בסולם/מפוחית"), V12 0.42, Flex Rack
# 0.50, Flexcase M 0.52, Rovner 1R 0.54, the cork grease 0.14, and the English second listing 0.54.
# A decimal comma read as a fraction (no pair lost, scores lowered): our "force 2,5, boîte de 10
# (CR1025)" against "חוזק 2.5", "numbers differ: 2/5 vs 2.5" (O1-T1, O5-T5, O9-T9 at 0.90, matched
# only on the code).


# --- after the first reading -----------------------------------------------------------------------
# Written after the reading (twenty-eighth session), for the cause it showed: the wording gate,
# read once for the whole catalogue, sat at its edge, and the one further listing moved each of its
# nulls by one pair (the decoy took the English listing of our Special 20 for a wrong pair; the floor
# it raised left out a wrong candidate the chance null had counted as made).


def test_one_further_listing_does_not_hide_the_pairs_its_rows_alone_find(tmp_path):
    # The rows alone: 16 of 18 found (matched by wording). With "Hohner Special 20 Harmonica - Key of C
    # 560BX-C" added, one listing of 38, at least three quarters of the catalogue's true pairs are
    # still found, matched or put to a person where the gate does not prove the catalogue's wording
    # right, and nothing wrong is matched: at the first reading 8 of 19 were found.
    counts, _, truth = BATCH.read_rows(tmp_path / "rows", ISRAELI)
    assert share_found(counts, truth) >= 0.75, counts
    (tmp_path / "whole").mkdir()
    whole = BATCH.read(tmp_path / "whole")
    assert (whole["true matched"] + whole["true proposed"]) / len(dict(BATCH.catalogues())[ISRAELI][2]) >= 0.75, whole
    assert not whole["wrong matched"], whole


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_sixteenth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at e15e214; the matching code of the session's start, 2000c00): 8 of
    # 19 true pairs found (5 matched, 3 proposed), 11 missed; no variant matched or proposed. Since
    # the twenty-ninth session (`WordingEvidence.worth_asking`: the catalogue's wording candidates
    # both views of the titles agree on put to a person where the gate's bounds do not let them
    # match): 15 found (5 matched, 10 proposed), 4 missed, no variant matched or proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=5, found=15, wrong_matched=0, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds16b [-v]
    BATCH.print_reading()
