"""A twenty-first round of catalogues set aside, its third batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Football: boots, balls, a national team's shirt, goalkeeper gloves, shin guards, socks and the
training and referee's things sold beside them, a kind none of the twenty rounds held (the sports
rounds held cricket, field hockey, ice hockey, tennis, golf, badminton, table tennis, boxing,
swimming and others, never football; ours: a Polish football shop, 19 products in euros, titled in
Polish as such shops write them: the kind first ("Buty piłkarskie", "Piłka nożna", "Rękawice
bramkarskie"), then maker and model, the size after a comma, "Buty piłkarskie Nike Mercurial Vapor
15 Academy FG/MG, rozmiar 42"; theirs: a Kano shop, 35 listings in naira, titled in Hausa (Latin
letters with the hooked ƙ, ɗ, ɓ) as such shops write them: maker and model first, the kind and
"girma" (size) after, "Nike Mercurial Vapor 15 Academy FG/MG takalmin ƙwallon ƙafa girma 42"; the
national team named as its supporters name it, "Super Eagles", where ours writes "reprezentacji
Nigerii").
"takalmin ƙwallon ƙafa" / "takalmi" are football boots ("buty piłkarskie"), "ƙwallon ƙafa" a football
("piłka nożna"), "ta wasa" a match ball ("meczowa"), "lamba" the ball's size ("rozmiar"), "girma"
size, "riga" a shirt ("koszulka"), "ta gida" home ("domowa"), "ta waje" away, "kwafi" a copy,
"safar hannu na mai tsaron gida" goalkeeper gloves ("rękawice bramkarskie"), "kariyar ƙwauri" shin
guards ("nagolenniki"), "safar ƙafa ta ƙwallo" football socks ("getry"), "famfon ƙwallo da allura"
a ball pump with a needle ("pompka z igłą"), "kwanukan horo" training cones ("pachołki"), "abin
riƙewa" a holder ("uchwyt"), "tsanin horo na sauri" a speed ladder ("drabinka koordynacyjna"),
"matakai" rungs ("szczeble"), "ragar gola" a goal net ("siatka do bramki"), "kauri" thickness, "usur
alƙalin wasa" a referee's whistle ("gwizdek sędziowski"), "jakar wasanni" a sports bag ("torba
sportowa"), "jakar takalmi" a boot bag, "kwalbar ruwa" a water bottle
("bidon"), "ɗamarar kyaftin" a captain's armband ("opaska kapitańska"), "mai roba" elastic; "na
ciyawa ta roba" for artificial turf; "baƙi" black ("czarny"), "fari" white ("białe"), "ja" red,
"rawaya" yellow ("żółta"); "guda" pieces ("sztuk"), "na ƙungiya" for a team; "don" for (an
accessory that fits); "an yi amfani da shi" used, "sau 3" three times, "na nuni" for display, "ba
tare da akwati ba" without its box; "lambar samfur" the product number.

The hard things, written as such shops write them, not to be easy or hard: boots a size apart
(42 / 43), a tier apart (Vapor 15 Academy / Elite; Future 7 Match / Play) and a sole apart
(Predator Accuracy.3 FG / TF); balls a tier and a size apart (Al Rihla League / Pro, 5 / 4, a team
pack of ten; Al Rihla Pro Sala ours only); the national shirt home / away, M / L, and a copy;
gloves a tier apart (Attrakt Gold X / Silver); shin guards a size apart; socks and a whistle a
colour apart; "Mercurial" on boots, shin guards and a boot bag
"don Nike Mercurial" (another maker's accessory naming ours); a used pair of boots and a display
pair without its box; a pump, cones, a ladder, a net and an armband with no maker; our MPN in one of
their descriptions; "Nike" on 14 of their listings; one product listed twice (the second time in
English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_VAPOR15_42 = gtin_with_check_digit("019645573412")
GTIN_AL_RIHLA_LEAGUE = gtin_with_check_digit("406574496205")
GTIN_FOX40 = gtin_with_check_digit("064045800019")

# A Polish football shop in euros against a Nigerian one in Hausa, in naira.
FOOTBALL: list[Row] = [
    ("Buty piłkarskie Nike Mercurial Vapor 15 Academy FG/MG, rozmiar 42", "89.99",
     "Nike Mercurial Vapor 15 Academy FG/MG takalmin ƙwallon ƙafa girma 42", "85000",
     {"ours": {"brand": "Nike", "gtin": GTIN_VAPOR15_42, "mpn": "DJ5631-700"},
      "theirs": {"brand": "Nike", "description": "Lambar samfur: DJ5631-700. Na asali, sabo a cikin akwati."}}),
    (None, None, "Nike Mercurial Vapor 15 Academy FG/MG takalmin ƙwallon ƙafa girma 43", "85000"),
    (None, None, "Nike Mercurial Vapor 15 Elite FG takalmin ƙwallon ƙafa girma 42", "245000"),
    (None, None, "Nike Mercurial Vapor 15 Academy girma 42 - an yi amfani da shi sau 3", "38000"),
    ("Buty piłkarskie adidas Predator Accuracy.3 FG, rozmiar 42", "79.99", "adidas Predator Accuracy.3 FG takalmi girma 42", "78000"),
    (None, None, "adidas Predator Accuracy.3 TF takalmi (na ciyawa ta roba) girma 42", "72000"),
    ("Piłka nożna adidas Al Rihla League, rozmiar 5", "34.99", "adidas Al Rihla League ƙwallon ƙafa lamba 5", "32000",
     {"ours": {"brand": "adidas", "gtin": GTIN_AL_RIHLA_LEAGUE}}),
    (None, None, "adidas Al Rihla Pro ƙwallon ƙafa ta wasa lamba 5", "135000"),
    (None, None, "adidas Al Rihla League ƙwallon ƙafa lamba 4", "30000"),
    ("Piłka meczowa Nike Flight, rozmiar 5", "139.99", "Nike Flight ƙwallon ƙafa ta wasa lamba 5", "130000"),
    ("Koszulka reprezentacji Nigerii Nike 2024/25, domowa, rozmiar M", "89.99", "Rigar Super Eagles ta gida 2024/25 Nike girma M", "65000"),
    (None, None, "Rigar Super Eagles ta waje 2024/25 Nike girma M", "65000"),
    (None, None, "Rigar Super Eagles ta gida 2024/25 Nike girma L", "65000"),
    ("Rękawice bramkarskie Reusch Attrakt Gold X, rozmiar 9", "119.99", "Reusch Attrakt Gold X safar hannu na mai tsaron gida girma 9", "98000"),
    (None, None, "Reusch Attrakt Silver safar hannu na mai tsaron gida girma 9", "52000"),
    ("Nagolenniki Nike Mercurial Lite, rozmiar M", "19.99", "Nike Mercurial Lite kariyar ƙwauri girma M", "18000"),
    (None, None, "Nike Mercurial Lite kariyar ƙwauri girma L", "18000"),
    ("Getry piłkarskie adidas Milano 23, białe, 40-42", "9.99", "adidas Milano 23 safar ƙafa ta ƙwallo fari 40-42", "9500"),
    (None, None, "adidas Milano 23 safar ƙafa ta ƙwallo baƙi 40-42", "9500"),
    ("Pompka do piłek z igłą", "7.99", "Famfon ƙwallo da allura", "4500"),
    ("Pachołki treningowe, 50 sztuk, z uchwytem", "14.99", "Kwanukan horo guda 50 da abin riƙewa", "12000"),
    ("Drabinka koordynacyjna 6 m, 12 szczebli", "24.99", "Tsanin horo na sauri 6m matakai 12", "15000"),
    ("Buty piłkarskie Puma Future 7 Match FG/AG, rozmiar 42", "99.99", "Puma Future 7 Match FG/AG takalmin ƙwallon ƙafa girma 42", "92000"),
    (None, None, "Puma Future 7 Play FG/AG takalmin ƙwallon ƙafa girma 42", "55000"),
    (None, None, "Puma Future 7 Match FG/AG girma 42 - na nuni, ba tare da akwati ba", "70000"),
    ("Siatka do bramki 7,32 x 2,44 m, 4 mm", "69.99", "Ragar gola 7.32 x 2.44 m kauri 4mm", "58000"),
    ("Bramka piłkarska dla dzieci 180 x 120 cm", "59.99", None, None),
    ("Gwizdek sędziowski Fox 40 Classic, czarny", "8.99", "Fox 40 Classic usur alƙalin wasa baƙi", "7500",
     {"ours": {"brand": "Fox 40", "gtin": GTIN_FOX40}}),
    (None, None, "Fox 40 Classic usur alƙalin wasa ja", "7500"),
    ("Torba sportowa Nike Academy Team, rozmiar M", "34.99", "Nike Academy Team jakar wasanni girma M", "32000"),
    ("Bidon sportowy Nike Big Mouth 2.0, 950 ml", "14.99", "Nike Big Mouth 2.0 kwalbar ruwa 32oz (950ml)", "12500"),
    (None, None, "Jakar takalmi don Nike Mercurial", "8000"),
    ("Opaska kapitańska, elastyczna, żółta", "5.99", "Ɗamarar kyaftin mai roba rawaya", "3500"),
    ("Piłka futsalowa adidas Al Rihla Pro Sala, rozmiar 4", "99.99", None, None),
    (None, None, "Rigar Super Eagles ta gida 2024/25 (kwafi) girma M", "15000"),
    (None, None, "adidas Al Rihla League ƙwallon ƙafa lamba 5 - guda 10 (na ƙungiya)", "300000"),
]

KINDS: dict[str, list[Row]] = {"football, a Nigerian shop in Hausa in naira": FOOTBALL}
(NIGERIAN,) = KINDS
CURRENCIES = {NIGERIAN: "NGN"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    NIGERIAN: [(10, "Nigeria 2024 Stadium Home Men's Nike Dri-FIT Football Replica Shirt - Size M", "68000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[NIGERIAN]
    # Our boots and our shin guards share the range's name, both in both shops.
    assert {("O0", "T0"), ("O15", "T15")} <= truth
    # Their first listing of our shirt names the team by its nickname only.
    assert ("O10", "T10") in truth and "Nigeri" not in next(t for t in theirs if t["key"] == "T10")["name"]
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T10b")
    assert "Nigeria" in second["name"] and ("O10", "T10b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 10 of 18 found (1 matched, 9 proposed), 8 missed; no variant matched, 3
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 8 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and range are in Latin letters on both sides for most ("Mercurial Vapor 15
# Academy", "Al Rihla League", "Attrakt Gold X"); few carry a code; the kind words are Polish against
# Hausa; five have no maker (the pump, the cones, the ladder, the net, the armband) and the shirt's
# team is named two ways.
# Failed at first reading: 10 of 17 found (1 matched, 9 proposed; 0.59), 7 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 10 of 17 found (0.59)")
def test_a_hausa_title_around_the_maker_and_range_finds_our_product(tmp_path):
    # "Nike Mercurial Vapor 15 Academy FG/MG takalmin ƙwallon ƙafa girma 42" / "Buty piłkarskie Nike
    # Mercurial Vapor 15 Academy FG/MG, rozmiar 42": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, NIGERIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a size (42 / 43, ball 5 / 4, M / L), a tier (Academy / Elite, Match / Play, League /
# Pro, Gold X / Silver), a sole (FG / TF), home / away, a colour, a pack of ten or a copy is the only
# difference.
SIBLINGS = [0, 1, 2, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 22, 23, 27, 28, 29, 33, 34, 35]


# Passed at first reading: no sibling matched, 1 proposed (of the rows' 10 true pairs 1 matched, 4
# proposed, 5 missed: partly because half the rows' pairs were missed).
def test_a_sibling_a_size_a_tier_a_sole_or_a_colour_apart_tells_two_listings_apart(tmp_path):
    # Size 43 and the Elite beside our Vapor 15 Academy 42; the TF beside our Predator FG; Al Rihla
    # Pro, size 4 and the ten-ball pack beside our League 5 (and our Al Rihla Pro Sala, ours only,
    # beside their Pro); the away shirt, size L and the copy beside our home M; Attrakt Silver beside
    # our Gold X; shin guards L beside our M; black socks beside our white; Future 7 Play beside our
    # Match; the red whistle beside our black: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, NIGERIAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling proposed. Passes since the thirty-sixth session's reading of a
# maker's suffix written apart after its code (layout, `shop_suffixes._suffix_words`): their
# "Accuracy.3 FG" and "Accuracy.3 TF" show the sole's letters to tell the two boots apart.
def test_a_sibling_a_size_a_tier_a_sole_or_a_colour_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, NIGERIAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker and "Mercurial"; the kind and the size differ (boots 42, shin
# guards M), written in Hausa on theirs.
# Passed at first reading: nothing crossed; one pair proposed and one missed in these rows (partly
# because a pair was missed).
def test_our_boots_and_our_shin_guards_of_one_range_do_not_cross(tmp_path):
    # Our Nike Mercurial Vapor 15 Academy boots and our Nike Mercurial Lite shin guards against
    # theirs: neither of ours matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, NIGERIAN, [0, 15])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "an yi amfani da shi" and "na nuni, ba tare da akwati ba" are words no condition rule
# before read; the boot bag names our boots' range after a Hausa "for" ("don").
# Passed at first reading: none matched (of the rows' 3 true pairs 2 proposed, 1 missed: partly
# because no pair of these rows was matched).
def test_used_and_display_boots_and_a_bag_for_ours_are_not_matched_as_ours(tmp_path):
    # The used Vapor 15 Academy and "Jakar takalmi don Nike Mercurial" beside our Vapor 15's own
    # listing (and our Mercurial Lite's); the display Future 7 Match beside our Future 7's: none
    # matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, NIGERIAN, [0, 3, 15, 22, 24, 31])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: both listings missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both listings were missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Nigeria 2024 Stadium Home Men's Nike Dri-FIT Football Replica Shirt - Size M" beside "Rigar
    # Super Eagles ta gida 2024/25 Nike girma M": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-second session); copied here once it
# was not (thirty-third session). Read at the thirty-third session's start (4e72f09b) the batch reads
# as at the thirty-second session's last matching code (0e076f17), pair for pair and score for score;
# its first reading (9577de68) differs in one score and reason only (below). Each missed true pair
# scored alone (`score_pairs`, titles and other fields, no prices) at 4e72f09b:
# - Matched (1): Predator Accuracy.3 FG (O4-T4) 0.98, "same model code accuracy3".
# - Proposed (9): Vapor 15 Academy (O0-T0) 0.76 (0.70 at first reading; our MPN DJ5631-700 in their
#   description "Lambar samfur: DJ5631-700" is read since the thirty-second session's misses9, still
#   proposed), Al Rihla League (O6-T6) 0.65, Attrakt Gold X (O13-T13) 0.60 ("the maker and numbers both
#   titles write name one product ... two languages"), Future 7 Match (O22-T22) 0.66, the Big Mouth
#   bottle (O30-T30) 0.64 on the titles; by wording, the rule not trusted in this catalogue: the
#   Mercurial Lite shin guards (O15-T15) 0.56, the net (O25-T25) 0.57, the Academy Team bag (O29-T29)
#   0.53, Nike Flight (O9-T9) 0.48.
# - Missed: the Nigeria home shirt (O10-T10) 0.44 ("Koszulka reprezentacji Nigerii" against "Rigar Super
#   Eagles ta gida": the team by its nickname) and its English second listing (O10-T10b) 0.36
#   ("Nigeria 2024 Stadium Home ... Replica Shirt - Size M": "2024" against "2024/25"); the white socks
#   (O17-T17) 0.58 alone, in the catalogue our white socks proposed with their black ones (O17-T18, 0.58,
#   by wording: "fari" / "baƙi", white / black in Hausa, not read); the whistle (O27-T27) 0.44 alone, in
#   the catalogue our black Fox 40 proposed with their red one (O27-T28, 0.46: "baƙi" / "ja" not read);
#   with no maker: the pump (O19-T19) 0.13, the cones (O20-T20) 0.25 ("50 sztuk" / "guda 50"), the
#   ladder (O21-T21) 0.39 ("6 m, 12" / "6m ... 12"), the armband (O32-T32) 0.19.
# Variants: none matched; proposed (3): the Predator Accuracy.3 TF (T5) beside our FG (0.96, "another
# variant of their listing"), the black socks and the red whistle (above, in place of our pairs). Kept
# apart, mostly because their own pairs were only proposed rather than because the difference was
# read: size 43, Elite, the used Vapor 15, Al Rihla Pro / size 4 / ten-pack, the away shirt, size L, the
# copy shirt, Attrakt Silver, shin guards L, Future 7 Play, the display Future 7, the boot bag "don Nike
# Mercurial"; our Al Rihla Pro Sala and kids' goal (ours only) matched nothing.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_first_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 9577de68, the matching code of the session's start 97f9745a): 10 of
    # 18 true pairs found (1 matched, 9 proposed), 8 missed; no variant matched, 3 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=1, found=10, wrong_matched=0, wrong_proposed=3)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds21c [-v]
    BATCH.print_reading()
