"""A sixteenth round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Strings and accessories for the violin family, a kind none of the fifteen rounds held (ours: a
German string shop, 19 products in euros, titled in German as a Geigenbauer's shop writes them:
maker, line, "Violinsaiten Satz" or the single string, size, tension, the E string's end and the
maker's number in brackets, "Thomastik Dominant Violinsaiten Satz 4/4 mittel, E Aluminium Kugel
(135B)"; theirs: a Czech music shop, 37 listings in koruna, titled in Czech as such shops write
them: the maker and the line in capitals, the maker's number, then the kind, "Thomastik DOMINANT
135B houslové struny 4/4 sada, medium, E kulička"). "Housle" is a violin, "viola" a viola,
"violoncello" a cello, "houslové struny" / "sada strun pro housle" violin strings / a set of them,
"struna A" a single A string, "kulička" / "očko" a ball / loop end, "hliník" aluminium,
"kalafuna" rosin, "ramenní opěrka" a shoulder rest, "dusítko" a mute, "ladící mašinka" a fine
tuner, "pouzdro" a case, "smyčec" a bow, "komplet" an outfit; "BAZAR ... použitá" a used one,
"rozbaleno, vystavený kus" an unpacked display piece; "Náhradní nožky pro" spare feet for.

The hard things, written as such shops write them, not to be easy or hard: one set in three sizes
(4/4, 3/4, 1/2, two of ours in both shops, the number the same in each), a set's single strings
with their own numbers (129, 131, 132) and a second listing of the set naming them, an E string's
ball against its loop (Pirastro's 425021 / 425025, 412021 / 412025), one line a word apart ("Evah
Pirazzi Gold" / "Evah Pirazzi"), a violin set beside the viola set of the same line, a tension
apart ("medium" / "strong", Dominant's viola "141" / "141w"), another core of the same maker
(Larsen "Original" / "Magnacore"), two rosins of one maker, a shoulder rest a size apart and its
collapsible sibling, spare feet naming it, a used one, a mute for the viola beside the violin's, a
Czech student outfit in two sizes and its unpacked display piece, a case a colour letter apart;
"houslové struny", "sada strun pro housle", "4/4", "Thomastik" and "Pirastro" in many titles; the
EAN in some of our GTINs and in a few of their descriptions; one product listed twice (the second
time as the set of its single strings, their numbers in brackets).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_DOMINANT_44 = gtin_with_check_digit("900623713501")
GTIN_DOMINANT_34 = gtin_with_check_digit("900623713534")
GTIN_EVAH_GOLD = gtin_with_check_digit("402092142502")
GTIN_GOLDFLEX = gtin_with_check_digit("402092190120")

# A German string shop in euros against a Czech music shop in koruna.
VIOLIN_STRINGS: list[Row] = [
    ("Thomastik Dominant Violinsaiten Satz 4/4 mittel, E Aluminium Kugel (135B)", "59.90",
     "Thomastik DOMINANT 135B houslové struny 4/4 sada, medium, E kulička", "1390",
     {"ours": {"brand": "Thomastik-Infeld", "mpn": "135B", "gtin": GTIN_DOMINANT_44},
      "theirs": {"brand": "Thomastik-Infeld",
                 "description": "Nejprodávanější syntetické struny na světě. Jádro z perlonu, teplý a plný tón. EAN: " + GTIN_DOMINANT_44}}),
    ("Thomastik Dominant Violinsaiten Satz 3/4 mittel (135B)", "56.90",
     "Thomastik DOMINANT 135B houslové struny 3/4 sada", "1350",
     {"ours": {"brand": "Thomastik-Infeld", "mpn": "135B 3/4", "gtin": GTIN_DOMINANT_34}}),
    (None, None, "Thomastik DOMINANT 135B houslové struny 1/2 sada", "1290"),
    ("Thomastik Dominant Violinsaite A Aluminium 4/4 mittel (131)", "12.50",
     "Thomastik DOMINANT 131 struna A pro housle 4/4, hliník", "320"),
    (None, None, "Thomastik DOMINANT 132 struna D pro housle 4/4, hliník", "340"),
    (None, None, "Thomastik DOMINANT 129 struna E pro housle 4/4, kulička", "150"),
    ("Pirastro Evah Pirazzi Gold Violinsaiten Satz 4/4, E Gold-Stahl Kugel (425021)", "109.00",
     "Pirastro EVAH PIRAZZI GOLD 425021 sada strun pro housle 4/4, E kulička", "2690",
     {"ours": {"brand": "Pirastro", "mpn": "425021", "gtin": GTIN_EVAH_GOLD},
      "theirs": {"brand": "Pirastro", "description": "Objednací číslo výrobce: 425021. EAN " + GTIN_EVAH_GOLD}}),
    (None, None, "Pirastro EVAH PIRAZZI GOLD 425025 sada strun pro housle 4/4, E očko", "2690"),
    (None, None, "Pirastro EVAH PIRAZZI 419021 sada strun pro housle 4/4, E kulička", "2390"),
    ("Pirastro Tonica Violinsaiten Satz 4/4 mittel, E Schlinge (412025)", "49.90",
     "Pirastro TONICA 412025 sada strun pro housle 4/4, E očko", "1190", {"ours": {"brand": "Pirastro", "mpn": "412025"}}),
    (None, None, "Pirastro TONICA 412021 sada strun pro housle 4/4, E kulička", "1190"),
    ("Pirastro Obligato Violasaiten Satz mittel (421021)", "139.00",
     "Pirastro OBLIGATO 421021 sada strun pro violu, medium", "3490"),
    (None, None, "Pirastro OBLIGATO 411021 sada strun pro housle 4/4, E kulička", "2590"),
    ("Larsen Cellosaite A mittel 4/4", "39.00", "Larsen Original struna A pro violoncello 4/4, medium", "990"),
    (None, None, "Larsen Magnacore struna A pro violoncello 4/4, medium", "1190"),
    (None, None, "Larsen Original struna A pro violoncello 4/4, strong", "990"),
    ("Jargar Superior Cellosaiten Satz 4/4 mittel", "159.00", None, None),
    ("Pirastro Goldflex Kolophonium für Violine/Viola (9012)", "11.90",
     "Pirastro GOLDFLEX kalafuna pro housle a violu", "290",
     {"ours": {"brand": "Pirastro", "mpn": "9012", "gtin": GTIN_GOLDFLEX}}),
    (None, None, "Pirastro OLIV-EVAH kalafuna pro housle a violu", "390"),
    ("Gustave Bernardel Kolophonium Violine", "9.50", "Bernardel kalafuna pro housle, 1 ks", "260"),
    ("Kun Original Schulterstütze für Violine 4/4", "29.90", "KUN Original ramenní opěrka pro housle 4/4", "750",
     {"ours": {"brand": "Kun"}}),
    (None, None, "KUN Original ramenní opěrka pro housle 1/4 - 1/2", "720"),
    (None, None, "KUN Collapsible skládací ramenní opěrka pro housle 4/4", "990"),
    (None, None, "Náhradní nožky pro ramenní opěrky KUN Original, sada 2 ks", "120"),
    (None, None, "BAZAR - KUN Original ramenní opěrka pro housle 4/4, použitá", "450"),
    ("Wolf Forte Secondo Schulterstütze Violine 4/4", "36.50", "WOLF Forte Secondo ramenní opěrka pro housle 3/4-4/4", "890"),
    ("Wittner Ultra Dämpfer für Violine, Gummi, schwarz", "4.90", None, None),
    ("Tourte Dämpfer Violine, Gummi, schwarz, 2-Loch", "2.90", "Tourte dusítko pro housle, pryžové, černé, 2 otvory", "79"),
    (None, None, "Tourte dusítko pro violu, pryžové, černé", "85"),
    ("Wittner Feinstimmer Violine 4/4 Hill-Modell, schwarz vernickelt", "3.50",
     "Wittner ladící mašinka pro housle 4/4, model Hill, černá", "95"),
    ("Strunal 1750 Schönbach Violine 4/4 Garnitur mit Etui und Bogen", "489.00",
     "Strunal 1750 Schönbach housle 4/4 komplet (pouzdro, smyčec, kalafuna)", "11900",
     {"theirs": {"description": "Studentské housle z dílny Strunal Cremona Luby, ručně lakované. Komplet s pouzdrem, smyčcem a kalafunou."}}),
    (None, None, "Strunal 1750 Schönbach housle 3/4 komplet (pouzdro, smyčec, kalafuna)", "11200"),
    (None, None, "Strunal 1750 Schönbach housle 4/4 komplet - rozbaleno, vystavený kus", "10490"),
    ("BAM Hightech Oblong Violinetui 4/4 schwarz, 2011XLN", "459.00", "BAM 2011XLN HIGHTECH OBLONG pouzdro na housle 4/4, černé", "12490",
     {"ours": {"brand": "BAM", "mpn": "2011XLN"}}),
    (None, None, "BAM 2011XLC HIGHTECH OBLONG pouzdro na housle 4/4, karamelové", "12490"),
    ("Dörfler Violinbogen 4/4 Fernambuk, Neusilber, Modell 19", "790.00", None, None),
    ("Thomastik Dominant Violasaiten Satz mittel (141)", "79.00", "Thomastik DOMINANT 141 sada strun pro violu, medium", "1890"),
    (None, None, "Thomastik DOMINANT 141w sada strun pro violu, soft", "1890"),
    (None, None, "Thomastik PETER INFELD PI100 sada strun pro housle 4/4, E platinová", "3190"),
]

KINDS: dict[str, list[Row]] = {"violin strings, a Czech shop in koruna": VIOLIN_STRINGS}
(CZECH,) = KINDS
CURRENCIES = {CZECH: "CZK"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    CZECH: [(0, "Struny na housle Thomastik Dominant 4/4 medium - kompletní sada (E 129, A 131, D 132, G 133)", "1390")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)

def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[CZECH]
    # Two products of ours a size apart, both in both shops, under one maker's number.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    assert [o["mpn"].split()[0] for o in ours if o["sku"] in ("O0", "O1")] == ["135B", "135B"]
    # The second listing names the single strings' numbers, each another product of theirs.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert all(code in second["name"] for code in ("129", "131", "132")) and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the fifteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round was held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 9 of 17 found (6 matched, 3 proposed), 8 missed; no variant matched, 1
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 8 of the 17 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass for the makers' numbers both titles write (9 of the 16 rows' pairs), uncertain
# for the rest (the cello string, the rosins, the rests, the mute, the fine tuner), where the maker
# and the line are the words both shops share.
# Failed at first reading: 9 of 16 found (6 matched, 3 proposed; 0.56), 7 missed.
# Passes since the twenty-ninth session, the wording gate at even odds (`WordingEvidence.worth_asking`:
# where its bounds do not let this shop's wording match, its nulls at even odds show the candidates
# right more often than not, so the candidates both views of the titles agree on are proposed): 15 of
# 16 found (6 matched, 9 proposed), four of them at 0.48-0.49 by wording; the 3/4 set is still
# proposed as a variant of the listing our 4/4 set matched.
def test_a_czech_title_around_the_makers_number_finds_our_product(tmp_path):
    # "Thomastik DOMINANT 135B houslové struny 4/4 sada, medium, E kulička" / "Thomastik Dominant
    # Violinsaiten Satz 4/4 mittel, E Aluminium Kugel (135B)": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, CZECH)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a size ("3/4", "1/2"), an end ("kulička" / "očko", a number's last digit), a word
# ("Gold", "Magnacore", "Collapsible", "viola") or a tension ("strong", "141w") is the only
# difference, and the rounds before held such differences apart only where they were read.
# Passed at first reading: no sibling matched (9 of the rows' 13 true pairs found, 6 matched).
def test_a_sibling_a_size_an_end_or_a_word_apart_tells_two_listings_apart(tmp_path):
    # The 1/2 set beside our 4/4 and 3/4, the single D and E beside our A, 425025 and 419021 beside
    # our 425021, 412021 beside our 412025, the violin Obligato beside our viola set, Magnacore and
    # strong beside our Larsen A, Oliv-Evah beside our Goldflex, the 1/4-1/2 rest and the
    # collapsible one beside our Kun, the viola mute, the 3/4 outfit, 2011XLC beside our 2011XLN,
    # 141w beside our 141, Peter Infeld beside the Thomastik sets: nothing matched to a product it
    # is not.
    numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 20, 21, 22, 27, 28, 30, 31,
               33, 34, 36, 37, 38]
    counts, found, _ = BATCH.read_rows(tmp_path, CZECH, numbers)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: no sibling matched, 1 proposed beside our product's own listing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was put to a person")
def test_a_sibling_a_size_an_end_or_a_word_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 20, 21, 22, 27, 28, 30, 31,
               33, 34, 36, 37, 38]
    counts, found, _ = BATCH.read_rows(tmp_path, CZECH, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two sets share the maker's number and every word but the size.
# Passed at first reading: both sets matched with their own listings, neither crossed.
def test_two_sets_of_ours_a_size_apart_do_not_cross(tmp_path):
    # Our Dominant "4/4" and "3/4" (both "135B") against their "4/4" and "3/4": neither of ours
    # matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, CZECH, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: since the twenty-sixth session's `used` a used listing carrying our product's words is
# proposed, not matched; "BAZAR ... použitá" and "rozbaleno, vystavený kus" are words no round
# before wrote; the spare feet name our rest.
# Passed at first reading: nothing matched or proposed, but only as neither of the two new
# products in these rows was found at all.
def test_a_used_rest_a_display_outfit_and_spare_feet_are_not_matched_as_ours(tmp_path):
    # "BAZAR - KUN Original ... použitá" and "Náhradní nožky pro ramenní opěrky KUN Original" beside
    # the new rest's own listing, "Strunal 1750 Schönbach housle 4/4 komplet - rozbaleno,
    # vystavený kus" beside the new outfit's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, CZECH, [20, 23, 24, 30, 32])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the first listing matched, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Struny na housle Thomastik Dominant 4/4 medium - kompletní sada (E 129, A 131, D 132, G 133)"
    # (no set number, the single strings' numbers) beside "Thomastik DOMINANT 135B houslové struny
    # 4/4 sada ...": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (twenty-seventh session); copied here once it
# was not (twenty-eighth session). Each missed true pair scored alone (`score_pairs`, titles and
# other fields, no prices) at e89f24e:
# - a maker's number of digits only is not read as a code: "Thomastik Dominant Violinsaite A ...
#   (131)" / "Thomastik DOMINANT 131 struna A pro housle 4/4, hliník" 0.58, the Dominant viola set
#   "(141)" / "DOMINANT 141 sada strun pro violu" 0.53, "Strunal 1750 Schönbach" on both sides 0.49,
#   each "titles N% alike" ("135B", with a letter, was read and matched);
# - Larsen's cello A ("Larsen Cellosaite A mittel 4/4" / "Larsen Original struna A ...") 0.50,
#   Goldflex 0.49 (our "(9012)" not in their title), Bernardel 0.38, Kun Original 0.52;
# - the set's second listing by its single strings' numbers ("(E 129, A 131, D 132, G 133)") 0.37.
# The variant proposed: our Dominant 3/4 with their 1/2 set (0.95, "another variant of their
# listing", the same code 135b: the size 3/4 against 1/2 not read as a conflict).


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_sixteenth_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at e15e214; the matching code of the session's start, 2000c00): 9 of
    # 17 true pairs found (6 matched, 3 proposed), 8 missed; no variant matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=6, found=9, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds16 [-v]
    BATCH.print_reading()
