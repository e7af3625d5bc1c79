"""A third batch of the fourteenth round (after `tests/test_matching_kinds14.py` and `..14b.py`),
written before the matcher read it, in a kind none of the thirteen rounds held.

Watches (ours: a Belgian watch shop, 19 products in euros, titled in Dutch; theirs: sellers on a
Malaysian marketplace, 35 listings in ringgit, titled in Malay and English as such sellers write
them: the maker's model code with the region suffix of the Asian market, "Casio G-Shock
GA-2100-1A1DR Original Jam Tangan Lelaki Hitam 100% Ori Warranty Casio Malaysia" for our "Casio
G-Shock GA-2100-1A1ER herenhorloge zwart" ("ER" / "EF" / "YES" / "VER" the European suffixes, "DR"
/ "V" / "W" the Asian ones, or none); "Jam Tangan Lelaki" / "Wanita" (a man's / woman's watch),
"Hitam" / "Biru" / "Merah" / "Putih" (black / blue / red / white), "Original", "Ori", "Warranty
Casio Malaysia", "[Ready Stock]", "MURAH" (cheap) in many titles).

The hard things, written as such sellers write them, not to be easy or hard: one watch under two
region suffixes, which is one product ("GA-2100-1A1ER" / "GA-2100-1A1DR", "A168WA-1YES" /
"A168WA-1W", "DW-5600E-1VER" / "DW-5600E-1V", "EFR-556DB-2AVUEF" / "EFR-556DB-2AV"), beside
models one character apart, which are others ("GA-2100-1A1" / "GA-2100-1A" / "GA-B2100-1A1",
"A168WA" / "A168WG", "DW-5600E" / "DW-5600BB", "EFR-556DB-2AV" / "-1AV", "BA-110XBC-1A" / "-7A",
Seiko's "SRPD55K1" / "SRPD51K1" / "SRPD55K2", Tissot's "T137.410.11.041.00" / "T137.210..." /
"T137.407...", ours "T137.410.11.051.00" only); a case size apart (Daniel Wellington's 32 mm / 28
mm); a used watch ("Preloved") beside the new; a strap, an aftermarket strap, a screen protector
and a cheap look-alike that all carry "GA-2100" and name no watch; two products of ours one
suffix apart in both shops (the GA-2100 in black "-1A1" and red "-4A"); two of ours listed again
by other sellers (the hyphen dropped, "CasiOak" the watch's nickname; the DW-5600 as "DW5600E-1V"),
with no code in our title for the Daniel Wellington watch, the code in the title on every other.

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_GA2100_1A1ER = gtin_with_check_digit("454952677690")
GTIN_DW5600E_1VER = gtin_with_check_digit("497112900062")
GTIN_PRX_BLUE = gtin_with_check_digit("761353346540")

WARRANTY = "100% Original dengan Warranty Casio Malaysia 1 tahun. Penghantaran pantas dari Kuala Lumpur."

# A Belgian watch shop in euros against a Malaysian marketplace's sellers in ringgit: "Jam Tangan"
# watch, "Lelaki" man's, "Wanita" woman's, "Hitam" black, "Putih" white, "Merah" red, "Biru" blue,
# "Hijau" green, "Emas" gold, "Tali" strap ("Tali Kanvas" canvas strap, "Tali Getah" rubber),
# "untuk" for, "Bukan Original" not original, "Pelindung Skrin" screen protector, "keping" pieces,
# "Kalis Air" water resistant, "Gaya" style, "Murah" cheap, "Preloved" used, "Kotak Lengkap" with its
# box, "Penghantaran pantas" fast delivery. Ours in Dutch: "herenhorloge" / "dameshorloge" a man's /
# woman's watch, "zwart" black, "rood" red, "blauw" blue, "groen" green, "zilver" silver, "goud"
# gold, "automatisch" automatic, "vervangingsband" replacement strap, "radiografisch" radio-controlled.
WATCHES: list[Row] = [
    ("Casio G-Shock GA-2100-1A1ER herenhorloge zwart", "99.00",
     "Casio G-Shock GA-2100-1A1DR Original Jam Tangan Lelaki Hitam 100% Ori Warranty Casio Malaysia", "499.00",
     {"ours": {"brand": "Casio", "gtin": GTIN_GA2100_1A1ER}, "theirs": {"description": WARRANTY}}),
    (None, None, "Casio G-Shock GA-2100-1ADR Original Jam Tangan Lelaki Hitam Putih Warranty Casio Malaysia", "469.00"),
    ("Casio G-Shock GA-2100-4AER herenhorloge rood", "99.00",
     "Casio G-Shock GA-2100-4ADR Original Jam Tangan Lelaki Merah Warranty Casio Malaysia", "469.00", {"ours": {"brand": "Casio"}}),
    ("Casio G-Shock GA-B2100-1A1ER Bluetooth solar herenhorloge zwart", "149.00",
     "Casio G-Shock GA-B2100-1A1DR Solar Bluetooth Jam Tangan Lelaki Original", "699.00"),
    (None, None, "Casio G-Shock GA-2100SKE-7ADR Skeleton Jam Tangan Lelaki Original", "529.00"),
    ("Casio Vintage A168WA-1YES digitaal horloge zilver", "39.90",
     "Casio Vintage A168WA-1W Jam Tangan Digital Unisex Silver Stainless Steel Original", "159.00"),
    (None, None, "Casio Vintage A168WG-9W Jam Tangan Digital Unisex Emas Original", "229.00"),
    ("Casio Vintage A158WEA-1EF digitaal horloge", "29.90", "Casio A158WEA-1 Jam Tangan Digital Vintage Original Casio Malaysia", "129.00"),
    ("Seiko 5 Sports SRPD55K1 automatisch herenhorloge zwart", "279.00",
     "Seiko 5 Sports SRPD55K1 Automatic Jam Tangan Lelaki Black Original Seiko Malaysia", "1290.00", {"ours": {"brand": "Seiko"}}),
    (None, None, "Seiko 5 Sports SRPD51K1 Automatic Jam Tangan Lelaki Blue Original Seiko Malaysia", "1290.00"),
    (None, None, "Seiko 5 Sports SRPD55K2 Automatic Jam Tangan Lelaki Black Tali Kanvas", "1250.00"),
    ("Seiko Presage SRPB43J1 Cocktail Time automatisch herenhorloge", "429.00",
     "Seiko Presage SRPB43J1 Cocktail Time 'Blue Moon' Automatic Made in Japan", "2150.00"),
    (None, None, "Seiko Presage SRPB41J1 Cocktail Time 'Skydiving' Automatic Made in Japan", "2150.00"),
    ("Citizen Eco-Drive BM8180-03E herenhorloge canvas band", "149.00",
     "Citizen Eco-Drive BM8180-03E Jam Tangan Lelaki Tali Kanvas Original", "699.00", {"theirs": {"mpn": "BM8180-03E"}}),
    (None, None, "Citizen Eco-Drive BM8180-03E Jam Tangan Lelaki (Preloved, Kotak Lengkap)", "380.00"),
    (None, None, "Citizen Eco-Drive BM7108-22L Jam Tangan Lelaki Biru Original", "799.00"),
    ("Casio G-Shock DW-5600E-1VER herenhorloge zwart", "79.00", "G-SHOCK DW-5600E-1V ORIGINAL Jam Tangan Digital Lelaki Black Warranty", "399.00",
     {"ours": {"brand": "Casio", "gtin": GTIN_DW5600E_1VER}}),
    (None, None, "G-SHOCK DW-5600BB-1 ORIGINAL Jam Tangan Digital Lelaki All Black", "429.00"),
    ("Casio G-Shock GW-M5610U-1ER radiografisch solar herenhorloge", "139.00",
     "Casio G-Shock GW-M5610U-1DR Tough Solar Multiband 6 Original", "649.00"),
    ("Casio Edifice EFR-556DB-2AVUEF chronograaf blauw", "159.00",
     "Casio Edifice EFR-556DB-2AV Chronograph Jam Tangan Lelaki Biru Stainless Steel", "679.00"),
    (None, None, "Casio Edifice EFR-556DB-1AV Chronograph Jam Tangan Lelaki Hitam Stainless Steel", "679.00"),
    ("Casio Baby-G BA-110XBC-1AER dameshorloge zwart", "119.00",
     "Casio Baby-G BA-110XBC-1ADR Jam Tangan Wanita Original Warranty Casio Malaysia", "549.00"),
    (None, None, "Casio Baby-G BA-110XBC-7ADR Jam Tangan Wanita Putih Original", "549.00"),
    ("Tissot PRX 40 mm T137.410.11.041.00 quartz herenhorloge blauw", "375.00",
     "Tissot PRX 40mm Quartz T137.410.11.041.00 Blue Dial Jam Tangan Lelaki Original", "1850.00",
     {"ours": {"brand": "Tissot", "mpn": "T137.410.11.041.00", "gtin": GTIN_PRX_BLUE}}),
    (None, None, "Tissot PRX 35mm Quartz T137.210.11.041.00 Blue Dial Jam Tangan Wanita Original", "1750.00"),
    (None, None, "Tissot PRX Powermatic 80 40mm T137.407.11.041.00 Blue Dial Original", "3100.00"),
    ("Daniel Wellington Petite Sterling 32 mm zilver zwart", "149.00",
     "Daniel Wellington DW Petite Sterling 32mm Silver Black Jam Tangan Wanita", "699.00", {"ours": {"mpn": "DW00100162"}}),
    (None, None, "Daniel Wellington DW Petite Sterling 28mm Silver Black Jam Tangan Wanita", "649.00"),
    (None, None, "Daniel Wellington DW Petite Melrose 32mm Rose Gold Black Jam Tangan Wanita", "699.00"),
    ("Casio G-Shock vervangingsband voor GA-2100 zwart, origineel", "24.90",
     "Tali Jam Original Casio G-Shock GA-2100 Hitam Resin Band Replacement", "89.00"),
    (None, None, "Tali Jam Silikon untuk G-Shock GA-2100 GA-B2100 Hitam (Bukan Original)", "19.90"),
    (None, None, "Pelindung Skrin Tempered Glass untuk Casio G-Shock GA-2100 (2 keping)", "9.90"),
    (None, None, "Jam Tangan Lelaki Sport Digital Kalis Air Gaya GA-2100 Murah", "29.90"),
    ("Casio G-Shock GA-2100-2AER herenhorloge blauw", "99.00", None, None, {"ours": {"brand": "Casio"}}),
    ("Seiko 5 Sports SRPD63K1 automatisch herenhorloge groen", "279.00", None, None),
    ("Tissot PRX 40 mm T137.410.11.051.00 quartz herenhorloge zwart", "375.00", None, None, {"ours": {"brand": "Tissot"}}),
    ("Casio Vintage A168WEGG-1BEF digitaal horloge goud zwart", "59.90", None, None),
]

KINDS: dict[str, list[Row]] = {"watches, a Malaysian marketplace in ringgit": WATCHES}
(MALAYSIAN,) = KINDS
CURRENCIES = {MALAYSIAN: "MYR"}

# Other sellers list two of our products again: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    MALAYSIAN: [(0, "[Ready Stock] CASIO GSHOCK GA2100-1A1 CasiOak All Black ORI MURAH", "459.00"),
                (16, "Casio DW5600E-1V G-Shock Original Malaysia Warranty 1 Tahun", "389.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)

def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[MALAYSIAN]
    # Two products of ours one suffix apart, both in both shops.
    assert {("O0", "T0"), ("O2", "T2")} <= truth
    # No model code of ours is written with the suffix their listing gives it.
    for n in (0, 5, 16, 19):
        our_code = next(w for w in next(o["name"] for o in ours if o["sku"] == f"O{n}").split() if "-" in w and any(c.isdigit() for c in w))
        assert our_code not in next(t["name"] for t in theirs if t["key"] == f"T{n}"), our_code


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the thirteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed.


# Expected to fail; failed at first reading: 8 of 17 found (7 matched, 1 proposed), 9 missed; the
# preloved Citizen matched as a further listing of ours (0.96, "same model code bm818003e").
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the thirteen rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass: the model code is in every title but the Daniel Wellington's, and the rest of
# the words are few. Failed at first reading: 8 of 15 found (7 matched, 1 proposed): every watch
# whose two shops write two region suffixes missed ("model codes differ: ga21001a1er vs
# ga21001a1dr", 0.04-0.24 alone), and the original strap (0.18, "one may be for the other").
# Passes since the shops' own suffixes are read from the two catalogues (twenty-sixth session,
# misses3): 12 of 15 found (11 matched), the "ER" / "DR" watches matched on their model code.
def test_a_malay_title_around_the_makers_code_finds_our_product(tmp_path):
    # "Casio G-Shock GA-2100-1A1DR Original Jam Tangan Lelaki Hitam ..." / "Casio G-Shock
    # GA-2100-1A1ER herenhorloge zwart": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, MALAYSIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: the region suffix is the only difference; no round before wrote it. Failed at first
# reading: 3 of 8 found, each where one shop writes no suffix or a prefix of the other's
# ("A158WEA-1EF" / "A158WEA-1", "DW-5600E-1VER" / "-1V", "EFR-556DB-2AVUEF" / "-2AV"); the five with
# two suffixes ("ER" / "DR", "YES" / "W") missed, "model codes differ" (0.04-0.24 alone; the
# Baby-G 0.53, its code not read).
# Since misses3 (twenty-sixth session): 7 of 8; "A168WA-1YES" / "-1W" missed ("yes" / "w" stand on one
# model only, too few to be read as the shops' suffixes) and the Baby-G (its code not read).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="one model under two region suffixes (-1A1ER / -1A1DR) is read as two model codes that differ")
def test_a_model_code_under_another_regions_suffix_finds_our_watch(tmp_path):
    # "GA-2100-1A1ER" / "GA-2100-1A1DR", "A168WA-1YES" / "A168WA-1W", "A158WEA-1EF" / "A158WEA-1",
    # "DW-5600E-1VER" / "DW-5600E-1V", "GW-M5610U-1ER" / "-1DR", "EFR-556DB-2AVUEF" / "-2AV",
    # "BA-110XBC-1AER" / "-1ADR", each read beside its siblings one character apart: every one of
    # ours found, none of the siblings matched.
    counts, found, truth = BATCH.read_rows(tmp_path, MALAYSIAN, [0, 1, 3, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22])
    assert share_found(counts, truth) == 1 and not counts["wrong matched"], found


# Uncertain: "GA-2100-1A" is our "GA-2100-1A1" less a character, "SRPD55K2" ours with one changed.
# Failed at first reading: every code one character apart held, but the preloved Citizen
# "BM8180-03E ... (Preloved, Kotak Lengkap)" matched as a further listing of ours (0.96, "the same
# product as their listing ...; same model code bm818003e"). Passes since the twenty-sixth
# session's condition rule (`benchmark/_text/conditions.py`): the preloved watch put to a person,
# 'a used listing ("preloved") against our new product'.
def test_a_model_code_one_character_apart_tells_two_listings_apart(tmp_path):
    # "GA-2100-1A1" against "GA-2100-1A", "GA-B2100" and "GA-2100SKE", "A168WA" against "A168WG",
    # "SRPD55K1" against "SRPD51K1" and "SRPD55K2", "SRPB43J1" against "SRPB41J1", "BM8180-03E"
    # against "BM7108-22L" and the preloved one, "DW-5600E" against "DW-5600BB", "EFR-556DB-2AV"
    # against "-1AV", "BA-110XBC-1A" against "-7A", "T137.410" against "T137.210" and "T137.407",
    # 32 mm against 28 mm and the Melrose: nothing of theirs matched to a product it is not.
    numbers = [0, 1, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]
    counts, found, _ = BATCH.read_rows(tmp_path, MALAYSIAN, numbers)
    assert not counts["wrong matched"], found


# Expected to fail; failed at first reading: the preloved Citizen only (matched, as above); no
# sibling one character or word apart matched or proposed. Since the twenty-sixth session's
# condition rule the preloved watch is put to a person, saying it is used: still a wrong pair proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a used listing (\"Preloved\") carrying our model code is put to a person beside our product's own listing")
def test_a_sibling_one_character_or_word_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 1, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]
    counts, found, _ = BATCH.read_rows(tmp_path, MALAYSIAN, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to pass; passed at first reading, as neither of ours was found at all (both 0.04-0.06
# alone, "model codes differ" on the region suffix).
def test_two_products_of_ours_one_suffix_apart_do_not_cross(tmp_path):
    # Our GA-2100 "-1A1ER ... zwart" and "-4AER ... rood" against their "-1A1DR ... Hitam" and
    # "-4ADR ... Merah": neither of ours matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, MALAYSIAN, [0, 2])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the original strap is ours; the aftermarket strap, the screen protector and the
# look-alike carry the watch's code as the watch's own listings do. Passed at first reading: nothing
# wrong matched or proposed (our strap's own listing missed, 0.18 alone, "one may be for the other").
def test_a_code_a_strap_a_protector_and_a_look_alike_carry_names_no_watch(tmp_path):
    # "GA-2100" on the original strap (ours), an aftermarket strap, a screen protector and a cheap
    # look-alike beside the watch's own listings: none of the three not ours matched or put to a
    # person with any of ours, nor our strap with a watch.
    counts, found, _ = BATCH.read_rows(tmp_path, MALAYSIAN, [0, 2, 3, 29, 30, 31, 32])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to fail; failed at first reading: both second listings missed in the batch, though
# each scores 0.93 alone ("same model code ga21001a1er", "dw5600e1ver"); the GA-2100's first listing
# missed too (0.06 alone, the suffixes), the DW-5600's matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of four in kinds11 and kinds12")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "[Ready Stock] CASIO GSHOCK GA2100-1A1 CasiOak All Black ORI MURAH" (the hyphen of the model
    # dropped, the watch's nickname) beside our GA-2100-1A1's first listing; "Casio DW5600E-1V
    # G-Shock Original Malaysia Warranty 1 Tahun" beside the DW-5600's: both listings ours, matched
    # or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_fourteenth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 86ce16a; the matching code of the session's start, c0f5387): 8 of 17
    # true pairs found (7 matched, 1 proposed), 9 missed; 1 variant matched (the preloved Citizen),
    # none proposed. Since misses3's shop suffixes (twenty-sixth session): 12 found (11 matched).
    holds_its_first_reading(BATCH.read(tmp_path), matched=11, found=12, wrong_matched=1, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds14c [-v]
    BATCH.print_reading()
