"""A second batch of the fifteenth round (after `tests/test_matching_kinds15.py`), written before
the matcher read it, in a kind none of the fourteen rounds held.

Tennis (ours: an Irish tennis shop, 20 products in euros, titled in English, a racket once per grip
size it stocks: "Babolat Pure Aero 2023 tennis racket, 300 g, unstrung, grip 2"; theirs: a Turkish
racket-sports shop, 39 listings in lira, titled in Turkish as such shops write them: the maker,
model and year, the kind ("Tenis Raketi" a racket, "Tenis Kordajı" a string, "Tenis Topu" balls,
"Grip Bant" an overgrip, "Raket Çantası" a bag, "Erkek Tenis Ayakkabısı" a man's shoe), its
weight in "gr", "Kordajsız" / "Kordajlı" (unstrung / strung), the grip size as "L2" or "G2" (a
listing per grip size), counts with their suffixes ("4'lü Kutu" a can of four, "3'lü", "12'li",
"10'lu", "6'lı"), "Set" / "Makara" (a string's 12 m set / a reel), colours in Turkish ("Siyah",
"Beyaz", "Mavi", "Sarı", "Gümüş"); Wilson's article numbers at the end of some titles.

The hard things, written as such shops write them, not to be easy or hard: one racket a grip size
apart ("L2" / "L3" / "L4", two of ours in both shops, one of ours in one grip only they list in
another), a weight apart for "Team" / "Lite" / "L" / "97L" / "100L", a year apart ("Pure Drive
2021" / "2025"), a string pattern apart ("16x19" / "18x20"), a junior racket an inch apart ("Junior
25" / "26"), a string a gauge apart ("1.25" / "1.30", two of ours in both shops), a set against a
reel of the same string, a can of four against a can of three and a carton of eighteen, an overgrip
in packs of three and twelve and in two colours, a shoe for clay beside the all-court one, a bag of
six and of twelve, Head's "Tour" balls beside our "Tour XT", a used demo racket ("2. El Teşhir
Ürünü") and spare grommets ("Uyumlu", fitting) that name our racket; "Tenis Raketi", "Kordajsız",
"Babolat" and "Wilson" in many titles; EANs in some of our GTINs and in a few of their descriptions
("Barkod"); one product listed twice (the second time with the player who plays it, "Carlos
Alcaraz", and the grip written "Sap Ölçüsü 2 (4 1/4)").

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_PURE_AERO_G2 = gtin_with_check_digit("332492185123")
GTIN_PURE_AERO_G3 = gtin_with_check_digit("332492185124")
GTIN_US_OPEN_4 = gtin_with_check_digit("002622140152")
GTIN_US_OPEN_3 = gtin_with_check_digit("002622140151")

# An Irish tennis shop in euros against a Turkish racket-sports shop in lira.
TENNIS: list[Row] = [
    ("Babolat Pure Aero 2023 tennis racket, 300 g, unstrung, grip 2", "249.95",
     "Babolat Pure Aero 2023 Tenis Raketi 300 gr Kordajsız L2", "11499.00",
     {"ours": {"brand": "Babolat", "mpn": "101479", "gtin": GTIN_PURE_AERO_G2},
      "theirs": {"brand": "Babolat", "description": "Carlos Alcaraz'ın tercihi. Ağırlık: 300 gr, Başlık: 645 cm², Denge: 320 mm, Tel dizilimi: 16x19. Barkod: " + GTIN_PURE_AERO_G2}}),
    ("Babolat Pure Aero 2023 tennis racket, 300 g, unstrung, grip 3", "249.95",
     "Babolat Pure Aero 2023 Tenis Raketi 300 gr Kordajsız L3", "11499.00",
     {"ours": {"brand": "Babolat", "mpn": "101479", "gtin": GTIN_PURE_AERO_G3}, "theirs": {"brand": "Babolat"}}),
    (None, None, "Babolat Pure Aero 2023 Tenis Raketi 300 gr Kordajsız L4", "11499.00", {"theirs": {"brand": "Babolat"}}),
    ("Babolat Pure Aero Team 2023 tennis racket, 285 g, unstrung, grip 2", "229.95",
     "Babolat Pure Aero Team 2023 Tenis Raketi 285 gr Kordajsız L2", "10499.00"),
    (None, None, "Babolat Pure Aero Lite 2023 Tenis Raketi 270 gr Kordajlı L1", "8999.00"),
    ("Babolat Pure Drive 2021 tennis racket, 300 g, unstrung, grip 3", "199.95",
     "Babolat Pure Drive 2021 Tenis Raketi 300 gr Kordajsız L3", "8750.00"),
    (None, None, "Babolat Pure Drive 2025 Tenis Raketi 300 gr Kordajsız L3", "11999.00"),
    ("Wilson Blade 98 16x19 v9 tennis racket, unstrung, grip 2", "239.00",
     "Wilson Blade 98 16x19 V9 Tenis Raketi 305 gr Kordajsız L2 WR149811U2", "10999.00",
     {"ours": {"brand": "Wilson", "mpn": "WR149811U2"}}),
    (None, None, "Wilson Blade 98 18x20 V9 Tenis Raketi 305 gr Kordajsız L2 WR149911U2", "10999.00"),
    ("Wilson Pro Staff 97 v14 tennis racket, unstrung, grip 3", "249.00",
     "Wilson Pro Staff 97 V14 Tenis Raketi 315 gr Kordajsız L3 WR125711U3", "11299.00",
     {"ours": {"brand": "Wilson", "mpn": "WR125711U3"}}),
    (None, None, "Wilson Pro Staff 97L V14 Tenis Raketi 290 gr Kordajsız L2 WR125911U2", "10799.00"),
    ("Head Speed MP 2024 tennis racket, 300 g, unstrung, grip 2", "219.95", "HEAD Speed MP 2024 Tenis Raketi 300 gr L2 (236014)", "9899.00"),
    (None, None, "HEAD Speed MP L 2024 Tenis Raketi 280 gr L2 (236024)", "9599.00"),
    ("Yonex EZONE 100 (7th gen) tennis racket, 300 g, grip 2, blast blue", "239.95",
     "Yonex EZONE 100 7. Nesil Tenis Raketi 300 gr G2 Blast Blue", "10999.00"),
    (None, None, "Yonex EZONE 100L 7. Nesil Tenis Raketi 285 gr G1 Blast Blue", "10499.00"),
    ("Babolat Pure Drive Junior 25 tennis racket, strung", "69.95", "Babolat Pure Drive Junior 25 Çocuk Tenis Raketi Kordajlı 240 gr", "2999.00"),
    (None, None, "Babolat Pure Drive Junior 26 Çocuk Tenis Raketi Kordajlı 250 gr", "3199.00"),
    ("Luxilon ALU Power 125 string set, 12.2 m, silver", "19.95", "Luxilon ALU Power 1.25 mm Tenis Kordajı Set 12.2 m Gümüş", "899.00"),
    (None, None, "Luxilon ALU Power 1.25 mm Tenis Kordajı Makara 220 m Gümüş", "9499.00"),
    (None, None, "Luxilon ALU Power 1.30 mm Tenis Kordajı Set 12.2 m Gümüş", "899.00"),
    ("Babolat RPM Blast 1.25 string set, 12 m, black", "17.95", "Babolat RPM Blast 1.25 mm Tenis Kordajı 12 m Set Siyah", "799.00"),
    ("Babolat RPM Blast 1.30 string set, 12 m, black", "17.95", "Babolat RPM Blast 1.30 mm Tenis Kordajı 12 m Set Siyah", "799.00"),
    (None, None, "Babolat RPM Blast 1.25 mm Tenis Kordajı 200 m Makara Siyah", "8999.00"),
    ("Wilson US Open Extra Duty tennis balls, 4-ball can", "8.99", "Wilson US Open Extra Duty Tenis Topu 4'lü Kutu", "429.00",
     {"ours": {"brand": "Wilson", "gtin": GTIN_US_OPEN_4}, "theirs": {"description": "Sert kortlar için Extra Duty keçe. Barkod: " + GTIN_US_OPEN_4}}),
    (None, None, "Wilson US Open Extra Duty Tenis Topu 3'lü Kutu", "349.00",
     {"theirs": {"description": "Sert kortlar için Extra Duty keçe. Barkod: " + GTIN_US_OPEN_3}}),
    (None, None, "Wilson US Open Extra Duty Tenis Topu 4'lü 18 Kutu Koli (72 Top)", "7299.00"),
    ("Dunlop ATP Championship tennis balls, 4-ball can", "7.49", "Dunlop ATP Championship Tenis Topu 4'lü Kutu", "349.00"),
    (None, None, "HEAD Tour Tenis Topu 4'lü Kutu", "399.00"),
    ("Wilson Pro Overgrip, white, 3 pack", "6.99", "Wilson Pro Overgrip Grip Bant 3'lü Beyaz", "299.00"),
    (None, None, "Wilson Pro Overgrip Grip Bant 12'li Beyaz", "999.00"),
    (None, None, "Wilson Pro Overgrip Grip Bant 3'lü Siyah", "299.00"),
    ("Tourna Grip Original XL overgrip, blue, 10 pack", "17.50", "Tourna Grip Original XL Grip Bant 10'lu Mavi", "849.00"),
    ("Asics Gel-Resolution 9 Clay men's tennis shoe, white/blue", "139.95",
     "Asics Gel-Resolution 9 Clay Erkek Tenis Ayakkabısı Beyaz/Mavi Toprak Kort", "5999.00"),
    (None, None, "Asics Gel-Resolution 9 Erkek Tenis Ayakkabısı Beyaz/Mavi Her Kort", "5999.00"),
    ("Babolat Pure Aero RH6 racket bag, black/yellow", "79.95", "Babolat Pure Aero RH6 Raket Çantası 6'lı Siyah/Sarı", "3499.00"),
    (None, None, "Babolat Pure Aero RH12 Raket Çantası 12'li Siyah/Sarı", "4299.00"),
    (None, None, "Babolat Pure Aero 2023 Tenis Raketi 300 gr L2 - 2. El Teşhir Ürünü (Demo Raket)", "6999.00"),
    (None, None, "Babolat Pure Aero 2023 Uyumlu Grommet Seti (Orijinal Yedek Parça)", "749.00"),
    ("Wilson Blade 98 16x19 v9 tennis racket, unstrung, grip 3", "239.00", None, None, {"ours": {"brand": "Wilson", "mpn": "WR149811U3"}}),
    ("Head Tour XT tennis balls, 4-ball can", "6.99", None, None),
]

KINDS: dict[str, list[Row]] = {"tennis, a Turkish shop in lira": TENNIS}
(TURKISH,) = KINDS
CURRENCIES = {TURKISH: "TRY"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    TURKISH: [(0, "Carlos Alcaraz Raketi Babolat Pure Aero 2023 Kordajsız 300 Gram Sap Ölçüsü 2 (4 1/4)", "11499.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)

def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[TURKISH]
    # Two products of ours a grip size apart, and two a gauge apart, all in both shops.
    assert {("O0", "T0"), ("O1", "T1"), ("O20", "T20"), ("O21", "T21")} <= truth
    # Our Blade in grip 3 has no listing of theirs; theirs in grip 2 is another product of ours.
    assert "O38" not in {sku for sku, _ in truth} and ("O7", "T7") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the fourteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed.


# Expected to fail; failed at first reading: 18 of 19 found (all 18 matched, 16 by wording at
# 0.47-0.69), the second listing missed; 5 variants matched: the demo racket as a further listing of
# our Pure Aero (0.52), the ALU Power 1.30 of our 1.25 set (0.62), the US Open can of three of our
# can of four (0.64), the black overgrip as our white's own listing (0.57; the white matched too, as
# a further one, 0.53) and Head's "Tour" balls with our "Tour XT" (0.53).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="siblings a gauge, a count, a colour or a word apart are matched by wording as further listings of ours")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass: maker and model are written the same in both shops' titles, the rest of the
# words in two languages. Passed at first reading: 18 of 18 found (all matched).
def test_a_turkish_title_around_the_makers_model_finds_our_product(tmp_path):
    # "Babolat Pure Aero 2023 Tenis Raketi 300 gr Kordajsız L2" / "Babolat Pure Aero 2023 tennis
    # racket, 300 g, unstrung, grip 2": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, TURKISH)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: "grip 2" against "L2" / "L3" / "L4" is a size written two ways, and no round before
# wrote a grip size. Passed at first reading: nothing wrong matched (of the three true pairs in
# these rows, the Blade matched on Wilson's number; the two Pure Aero grips missed).
def test_a_racket_in_another_grip_size_is_not_ours(tmp_path):
    # Our Pure Aero in grips 2 and 3 against their "L2", "L3" and "L4", our Blade in grip 3 beside
    # their Blade in "L2" (our grip 2's): none of ours matched to a listing of another grip.
    counts, found, _ = BATCH.read_rows(tmp_path, TURKISH, [0, 1, 2, 7, 38])
    assert not counts["wrong matched"], found


# Uncertain: a weight, a year, a string pattern, an inch or a gauge is the only difference, and
# the rounds before held such numbers apart only where they were read as sizes. Failed at first
# reading: 14 of 14 matched, and 7 variants matched by wording, each "their listing's best match"
# or "each other's best match": the demo racket (0.51), the ALU Power 1.30 (0.61), the US Open can
# of three (0.62) and carton (0.56), the overgrip's twelve (0.44) and black (0.57), Head's Tour
# balls with our Tour XT (0.52). No racket of another weight, year, pattern or length paired.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="siblings a gauge, a count, a colour or a word apart are matched by wording as further listings of ours")
def test_a_sibling_a_number_or_word_apart_tells_two_listings_apart(tmp_path):
    # "L4", "Team" and "Lite" beside the Pure Aero, "2025" beside the Pure Drive 2021, "18x20" beside the
    # Blade's "16x19", "97L" and "MP L" and "100L", "Junior 26" beside "Junior 25", the 1.30 gauge
    # and the reel beside the ALU Power set, the RPM Blast reel, the cans of three and the carton,
    # the overgrip's twelve and black, the all-court shoe, the RH12 bag, Head's Tour balls, the
    # demo racket and the grommets: nothing of theirs matched to a product it is not.
    numbers = [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25, 27, 28,
               29, 30, 32, 33, 34, 35, 36, 37, 39]
    counts, found, _ = BATCH.read_rows(tmp_path, TURKISH, numbers)
    assert not counts["wrong matched"], found


# Expected to fail; failed at first reading: the seven variants above matched; none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="siblings a gauge, a count, a colour or a word apart are matched by wording as further listings of ours")
def test_a_sibling_a_number_or_word_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25, 27, 28,
               29, 30, 32, 33, 34, 35, 36, 37, 39]
    counts, found, _ = BATCH.read_rows(tmp_path, TURKISH, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the grips share every other word; the gauges are sizes the rounds before read. Passed
# at first reading, as no pair of either two was found when they stand alone (in the whole batch all
# four matched, each with its own).
def test_two_products_of_ours_a_grip_or_a_gauge_apart_do_not_cross(tmp_path):
    # Our Pure Aero "grip 2" and "grip 3" against their "L2" and "L3", our RPM Blast "1.25" and
    # "1.30" against theirs: neither of ours matched or put to a person with the other's listing.
    for numbers in ([0, 1], [20, 21]):
        counts, found, _ = BATCH.read_rows(tmp_path, TURKISH, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (numbers, found)


# Uncertain: the used demo racket carries our racket's whole name and weight and grip, as the
# rounds before's used listings carried our number; the grommets name it as fitting. Passed at
# first reading, as nothing was found in these three rows (the racket's own listing missed); in the
# whole batch the demo racket was matched (see the first test).
def test_a_used_demo_racket_and_its_grommets_are_not_our_racket(tmp_path):
    # "Babolat Pure Aero 2023 Tenis Raketi 300 gr L2 - 2. El Teşhir Ürünü (Demo Raket)" and
    # "Babolat Pure Aero 2023 Uyumlu Grommet Seti" beside the new racket's own listing: neither
    # matched or put to a person with our racket.
    counts, found, _ = BATCH.read_rows(tmp_path, TURKISH, [0, 36, 37])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading: the second listing missed (0.43 alone, "titles 40% alike"); the demo
# racket took its place as the further listing matched. Passes since "300 Gram" reads as the
# weight "300 gr" is (misses6, the gram spelt out): the second listing is matched by wording as a
# further listing (0.50), and the demo racket is no longer proposed.
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Carlos Alcaraz Raketi Babolat Pure Aero 2023 Kordajsız 300 Gram Sap Ölçüsü 2 (4 1/4)" (the
    # player first, the grip written as a size and in inches) beside "Babolat Pure Aero 2023 Tenis
    # Raketi 300 gr Kordajsız L2": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_fifteenth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 9239a96; the matching code of the session's start, e10c9dd): 18 of 19
    # true pairs found (18 matched), 1 missed; 5 variants matched (the demo racket, the 1.30 gauge,
    # the can of three, the black overgrip, Head's Tour balls), none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=18, found=18, wrong_matched=5, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds15b [-v]
    BATCH.print_reading()
