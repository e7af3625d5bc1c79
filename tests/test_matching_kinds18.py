"""An eighteenth round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Chess equipment, a kind none of the seventeen rounds held (ours: a Dutch chess shop, 19 products in
euros, titled in Dutch as such shops write them: the maker and model first, then the kind, the
colour or wood after a comma, "DGT 3000 schaakklok, zwart", "Schaakstukken Staunton nr. 6,
palissander, verzwaard, koningshoogte 95 mm"; theirs: a Romanian chess shop, 35 listings in lei,
titled in Romanian as such shops write them: the kind first, "de șah", then the maker and model,
often with "- aprobat FIDE" after a dash, the diacritics written on some titles and left off
others, "Ceas de șah DGT 3000, negru - aprobat FIDE", "Ceas de sah DGT 2010"). "Ceas de șah" is a
chess clock, "tablă de șah" a chessboard, "piese de șah" chessmen, "electronică" electronic,
"computer de șah" a chess computer, "lestate" weighted (Dutch "verzwaard"), "rege" the king
("koningshoogte" the king's height), "palisandru" rosewood ("palissander"), "arțar" maple
("esdoorn"), "cimișir ebonizat" ebonised boxwood, "nuc" walnut, "pătrat" a square of the board
("veld"), "rulabilă" roll-up ("oprolbaar"), "verde" green, "maro" brown, "negru" black,
"argintiu" silver, "regine suplimentare" extra queens, "geantă" a bag, "husă de transport" a
carrying case, "alimentator" a power adapter ("voedingsadapter"), "ștecher" a plug, "carnet de
notație" a scoresheet book, "ediția a 5-a" the fifth edition ("5e druk"), "limba engleză" English
("Engelstalig"); "resigilat" a returned, opened one resold (as Romanian shops write it), "produs
expus" a display piece.

The hard things, written as such shops write them, not to be easy or hard: one maker's clocks a
model number apart (DGT 3000 / 2010, both in both shops; "Easy" / "Easy Plus" a word apart), the
same clock in a limited edition and as a returned, opened one, a carrying case naming two of our
clocks; electronic boards a connection or a wood apart (USB / Bluetooth, palisander / walnut); one
maker's chess computers a word apart ("ChessGenius Pro" / "ChessGenius"); chessmen a size number
apart (Staunton nr. 5 / 6) and a wood apart, the plastic set with extra queens; boards a size
number apart (nr. 5 / 6) and a colour apart (green / brown); a power adapter under two plug
suffixes ("EU" ours and theirs, "UK" theirs only); a book in two editions ("ediția a 4-a" /
"a 5-a"); "Ceas de șah", "Tablă de șah", "Piese de șah", "DGT" and "aprobat FIDE" in many titles;
the EAN in some of our GTINs and in a few of their descriptions, their own product codes
("Cod produs") in their descriptions; one product listed twice (the second time in English from
the maker's feed, "DGT2010 Chess Clock - Official FIDE Clock").

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_DGT3000 = gtin_with_check_digit("871780400317")
GTIN_DGT2010 = gtin_with_check_digit("871780400201")
GTIN_EBOARD_USB = gtin_with_check_digit("871780400712")
GTIN_ENDGAME_5 = gtin_with_check_digit("978194985930")

# A Dutch chess shop in euros against a Romanian one in lei.
CHESS: list[Row] = [
    ("DGT 3000 schaakklok, zwart", "99.00", "Ceas de șah DGT 3000, negru - aprobat FIDE", "529.00",
     {"ours": {"brand": "DGT", "gtin": GTIN_DGT3000},
      "theirs": {"brand": "DGT", "description": "Ceas de șah digital oficial FIDE, 25 de moduri de timp, Bronstein și Fischer. Cod produs: SAH-DGT3000N. EAN: " + GTIN_DGT3000}}),
    ("DGT 2010 schaakklok (FIDE-goedgekeurd)", "79.00", "Ceas de sah DGT 2010 (ceas oficial FIDE)", "419.00",
     {"ours": {"brand": "DGT", "gtin": GTIN_DGT2010}, "theirs": {"description": "Cod produs: SAH-DGT2010"}}),
    ("DGT Easy schaakklok, zwart", "39.95", "Ceas de șah digital DGT Easy, negru", "199.00", {"ours": {"brand": "DGT"}}),
    (None, None, "Ceas de șah digital DGT Easy Plus, negru", "239.00"),
    (None, None, "Ceas de șah DGT 3000 Limited Edition, argintiu - aprobat FIDE", "619.00"),
    (None, None, "Ceas de șah DGT 3000, negru - resigilat, ambalaj deschis", "419.00",
     {"theirs": {"description": "Produs resigilat: returnat de client, verificat, complet funcțional. Garanție 12 luni."}}),
    (None, None, "Husă de transport pentru ceas de șah DGT 3000 / DGT 2010", "79.00"),
    ("DGT e-Board USB palissander, elektronisch schaakbord met stukken", "499.00",
     "Tablă de șah electronică DGT e-Board USB, palisandru, cu piese", "2590.00",
     {"ours": {"brand": "DGT", "gtin": GTIN_EBOARD_USB},
      "theirs": {"description": "Tablă electronică de turneu, conexiune USB, piese Timeless din palisandru incluse. Cod produs: SAH-EB-USB-R"}}),
    (None, None, "Tablă de șah electronică DGT e-Board Bluetooth, palisandru, cu piese", "2890.00"),
    (None, None, "Tablă de șah electronică DGT e-Board USB, nuc, cu piese", "2490.00"),
    ("DGT Smart Board elektronisch schaakbord", "299.00", "Tablă de șah electronică DGT Smart Board", "1490.00"),
    ("DGT Pegasus elektronisch schaakbord met Bluetooth", "299.00", "Tablă de sah electronica DGT Pegasus (Bluetooth, aplicatie)", "1549.00"),
    ("Millennium ChessGenius Pro schaakcomputer", "199.00", "Computer de șah Millennium ChessGenius Pro (M815)", "999.00",
     {"ours": {"brand": "Millennium", "mpn": "M815"}}),
    (None, None, "Computer de șah Millennium ChessGenius (M810)", "749.00"),
    ("Millennium The King Performance schaakcomputer", "449.00", None, None),
    ("Schaakstukken Staunton nr. 6, palissander, verzwaard, koningshoogte 95 mm", "149.00",
     "Piese de șah Staunton nr. 6 din palisandru, lestate, rege 95 mm", "789.00"),
    (None, None, "Piese de șah Staunton nr. 5 din palisandru, lestate, rege 89 mm", "649.00"),
    (None, None, "Piese de șah Staunton nr. 6 din cimișir ebonizat, lestate, rege 95 mm", "739.00"),
    ("Schaakstukken kunststof Staunton nr. 6, verzwaard, met 2 extra dames", "24.95",
     "Piese de șah din plastic Staunton nr. 6, lestate, 2 regine suplimentare", "119.00"),
    ("Schaakbord hout nr. 6, palissander/esdoorn, veld 55 mm", "89.00",
     "Tablă de șah din lemn nr. 6, palisandru și arțar, pătrat 55 mm", "449.00"),
    (None, None, "Tablă de șah din lemn nr. 5, palisandru și arțar, pătrat 50 mm", "379.00"),
    ("Oprolbaar schaakbord vinyl, groen, veld 57 mm", "8.95", "Tablă de șah din vinil, rulabilă, verde - pătrat 57 mm", "45.00"),
    (None, None, "Tablă de șah din vinil, rulabilă, maro - pătrat 57 mm", "45.00"),
    ("Toernooischaakset: oprolbord, kunststof stukken nr. 6 en tas", "34.95",
     "Set de șah pentru turneu: tablă vinil + piese plastic Staunton 6 + geantă", "179.00"),
    ("Garde analoge schaakklok, hout", "59.00", "Ceas de șah analogic Garde, carcasă din lemn", "299.00"),
    (None, None, "Ceas de șah analogic Insa, carcasă din plastic", "189.00"),
    ("Dvoretsky's Endgame Manual - Mark Dvoretsky (5e druk, Engelstalig)", "34.95",
     "Mark Dvoretsky - Dvoretsky's Endgame Manual, ediția a 5-a (limba engleză)", "189.00",
     {"ours": {"gtin": GTIN_ENDGAME_5},
      "theirs": {"description": "Editura Russell Enterprises, 432 pagini, copertă broșată. ISBN " + GTIN_ENDGAME_5}}),
    (None, None, "Mark Dvoretsky - Dvoretsky's Endgame Manual, ediția a 4-a (limba engleză)", "149.00"),
    ("Silman's Complete Endgame Course - Jeremy Silman (Engelstalig)", "29.95",
     "Jeremy Silman - Silman's Complete Endgame Course (limba engleză)", "159.00"),
    ("Notatieboekje voor 50 partijen", "4.95", "Carnet de notație pentru 50 de partide de șah", "25.00"),
    ("Schaaktas voor bord en stukken, zwart", "19.95", None, None),
    ("DGT voedingsadapter voor e-Board, EU-stekker", "19.95", "Alimentator DGT pentru e-Board, ștecher EU", "99.00"),
    (None, None, "Alimentator DGT pentru e-Board, ștecher UK", "99.00"),
    (None, None, "Tablă de șah magnetică de călătorie, 20 cm", "69.00"),
    (None, None, "Piese de șah Staunton nr. 6 din palisandru, lestate, set cu 4 regine", "829.00"),
    (None, None, "Ceas de șah DGT North American, negru", "329.00"),
]

KINDS: dict[str, list[Row]] = {"chess equipment, a Romanian shop in lei": CHESS}
(ROMANIAN,) = KINDS
CURRENCIES = {ROMANIAN: "RON"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    ROMANIAN: [(1, "DGT2010 Chess Clock - Official FIDE Clock", "429.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[ROMANIAN]
    # Two clocks of ours a model number apart, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # One adapter under two plug suffixes: ours and theirs "EU", theirs only "UK".
    assert ("O31", "T31") in truth and "UK" in next(t for t in theirs if t["key"] == "T32")["name"]
    # The second listing writes the model run together, in English.
    second = next(t for t in theirs if t["key"] == "T1b")
    assert "DGT2010" in second["name"] and ("O1", "T1b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the seventeen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 5 of 18 found (3 matched, 2 proposed), 13 missed; no variant matched,
# 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 13 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: the maker and model ("DGT 3000", "ChessGenius Pro", "Staunton nr. 6") are what both
# titles share, the rest is Dutch against Romanian; a model of digits only ("3000", "2010") was
# not read as a code in the sixteenth and seventeenth rounds.
# Failed at first reading: 6 of 17 found (3 matched, 3 proposed; 0.35), 11 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 6 of 17 found (0.35)")
def test_a_romanian_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Ceas de șah DGT 3000, negru - aprobat FIDE" / "DGT 3000 schaakklok, zwart": at least three
    # quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, ROMANIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a word ("Plus", "Limited Edition", "Bluetooth", "nuc", "Pro", "cimișir", "maro",
# "UK", "North American", "4 regine"), a number (nr. 5, ediția a 4-a) or a maker (Insa) is the
# only difference.
SIBLINGS = [0, 1, 2, 3, 4, 7, 8, 9, 12, 13, 15, 16, 17, 19, 20, 21, 22, 24, 25, 26, 27, 31, 32, 34, 35]


# Passed at first reading: no sibling matched (4 of the rows' 11 true pairs found, 3 matched, 1
# proposed).
def test_a_sibling_a_word_or_a_number_apart_tells_two_listings_apart(tmp_path):
    # Easy Plus beside our Easy; the limited edition and the North American beside our DGT 3000 and
    # 2010; the Bluetooth and the walnut e-Board beside our USB rosewood one; ChessGenius beside our
    # ChessGenius Pro; nr. 5, boxwood and the 4-queen set beside our rosewood nr. 6 chessmen; the
    # nr. 5 board beside our nr. 6; the brown roll-up beside our green; Insa beside our Garde; the
    # fourth edition beside our fifth; the UK adapter beside our EU one: nothing matched to a
    # product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, ROMANIAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: no sibling matched, 1 proposed beside our product's own listing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was put to a person")
def test_a_sibling_a_word_or_a_number_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, ROMANIAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, the kind and "FIDE"; only the model number differs.
# Passed at first reading: nothing crossed; both pairs found in these rows (1 matched, 1
# proposed).
def test_two_clocks_of_ours_a_model_number_apart_do_not_cross(tmp_path):
    # Our "DGT 3000 schaakklok, zwart" and "DGT 2010 schaakklok" against their "Ceas de șah DGT
    # 3000, negru" and "Ceas de sah DGT 2010": neither of ours matched or put to a person with the
    # other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, ROMANIAN, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "resigilat" is a word no condition rule before read; the case names two of our clocks.
# Passed at first reading: nothing matched or proposed with our products; both of the rows'
# true pairs found (1 matched, 1 proposed).
def test_a_returned_clock_and_a_case_naming_ours_are_not_matched_as_ours(tmp_path):
    # "Ceas de șah DGT 3000, negru - resigilat, ambalaj deschis" and "Husă de transport pentru ceas
    # de șah DGT 3000 / DGT 2010" beside the new clocks' own listings: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, ROMANIAN, [0, 1, 5, 6])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: both listings missed (the first too).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both listings were missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "DGT2010 Chess Clock - Official FIDE Clock" (in English, the model run together) beside "Ceas
    # de sah DGT 2010 (ceas oficial FIDE)": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (twenty-ninth session); copied here once it
# was not (thirtieth session). The batch read the same at the thirtieth session's start (09772175)
# as at its first reading, pair for pair. Each missed true pair scored alone (`score_pairs`, titles
# and other fields, no prices) at 09772175:
# - Every one of the 13 missed "fuzzy", no code read and the wording rule never firing in this
#   catalogue: the maker, a model of digits only or a size number both titles write, every kind
#   word Dutch against Romanian. DGT 2010 0.46 ("2010" not read as a code; our GTIN, their shop's
#   code only), its English second listing "DGT2010 Chess Clock" 0.29, DGT Easy 0.38, e-Board USB
#   palissander / palisandru 0.53, Pegasus 0.56, Staunton nr. 6 rosewood "95 mm" 0.49, plastic
#   Staunton nr. 6 "2 extra dames" / "2 regine suplimentare" 0.42, wooden board nr. 6 "veld" /
#   "pătrat 55 mm" 0.40, green roll-up 57 mm 0.36, the tournament set 0.22, Garde clock 0.34, the
#   scoresheet book "50 partijen" / "50 de partide" 0.36, the adapter "EU-stekker" / "ștecher EU"
#   0.48.
# The variant proposed: the Endgame Manual's fourth edition (T27, "ediția a 4-a") beside our fifth
# (0.67, "the same product as their listing ... a 5-a"): the edition's number not read as a
# conflict.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_eighteenth_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at e1de20c; the matching code of the session's start, f4d4a42): 5 of
    # 18 true pairs found (3 matched, 2 proposed), 13 missed; no variant matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=3, found=5, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds18 [-v]
    BATCH.print_reading()
