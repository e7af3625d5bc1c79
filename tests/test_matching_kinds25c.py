"""A twenty-fifth round of catalogues set aside, its third batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Poultry keeping: egg incubators, an egg candler, a humidity pump and a turning tray, a chick
brooder, infrared heat lamps and a lamp shade, drinkers and feeders, an automatic coop door,
electric poultry netting, egg trays, a vaccination syringe, a plucker, leg rings; a kind none of
the twenty-four rounds held (beekeeping, equestrian and sheep shearing were held, not poultry);
ours: a Riga farm shop, 19 products in euros, titled in Latvian as such shops write them: the kind
first ("Inkubators", "Dzirdne putniem", "Barotava", "Infrasarkanā spuldze", "Cāļu sildītājs"),
then maker and model, capacity and sizes after commas, decimals with a comma ("0,5 ml") and
thousands with a space ("1 500 W"), "Inkubators Brinsea Maxi 24 Advance, 24 olām, automātiska
apgriešana"; theirs: a Port-au-Prince shop, 35 listings in gourdes, titled in Haitian Creole: the
kind first, then maker and model, the eggs or birds after "pou" (for), decimals with a point and
thousands with a comma ("0.5 ml", "1,500W"), "Kouvez Brinsea Maxi 24 Advance pou 24 ze, vire
otomatik".
"kouvez" is an incubator ("inkubators"), "ze" eggs ("olām", for eggs), "vire otomatik" turning by
itself ("automātiska apgriešana"), "limyè pou tcheke ze" an egg candler ("olu caurgaismotājs"),
"ponp imidite" a humidity pump ("mitruma sūknis"), "plato pou vire ze" a turning tray, "chofaj pou
ti poul" a chick brooder ("cāļu sildītājs"), "ti poul" chicks ("cāļi"), "poul" chickens, "lanp
enfrawouj" an infrared lamp ("infrasarkanā spuldze"), "abajou" a lamp shade ("lampas korpuss"),
"griyaj pwoteksyon" a guard ("aizsargrestīte"), "abrevwa" a drinker ("dzirdne"), "manjwa" a feeder
("barotava"), "plastik" plastic, "metal" metal, "galvanize" galvanised ("cinkota"), "pòt otomatik
pou poulaye" an automatic coop door ("automātiskās vistu kūts durvis"), "grilaj elektrik" electric
netting ("elektriskais tīkls"), "plato ze" an egg tray ("olu paliktnis"), "sereng otomatik" an
automatic syringe ("automātiskā šļirce"), "pou vaksen" for vaccines, "machin pou retire plim" a
plucker ("plūkšanas mašīna"), "bag pou pye" leg rings ("kājas gredzeni"), "wouj" red ("sarkana"),
"klè" clear, "vèt" green ("zaļš"), "koulè melanje" mixed colours ("krāsaini"), "lit" litres,
"moso" pieces ("gab."), "pakè" a pack, "jiska" up to ("līdz"), "maks" at most; "pou" for, "ak"
with, "konpatib" compatible; "dezyèm men" second-hand, "sezon" a season; "nimewo pyès" the part
number, "nimewo atik" the article number.

The hard things, written as such shops write them, not to be easy or hard: incubators a name
apart (Brinsea Maxi 24 Advance / Eco; ChickenGuard Premium / Standard for the door) or a number
apart where the number is the eggs it holds (Borotto Real 24 / 49 Expert, Novital Covatutto 24 /
16 Eco with our 54 ours only, Janoel JN8-48 / JN8-96; our Brinsea Ovation 56 EX ours only); a
brooder a number apart (EcoGlow Safety 600 / 1200); infrared lamps of the same 250 W, one a
colour apart (red / clear) and one another maker's with the same rating and colour; drinkers,
feeders and netting a size apart (6 / 12 l, 10 / 5 kg, 50 / 25 m) and egg trays a pack apart (10 /
50); a syringe whose size ours writes with a decimal comma beside a sibling ten times bigger
("0,5 ml" / "0.5 ml" / "5 ml"); a plucker with no maker, its power's thousands grouped with a space
on ours and a comma on theirs ("1 500 W" / "1,500W") beside a bigger one; leg rings with no maker;
the humidity pump for our incubators' line, a lamp shade for our lamps' power, the candler, and a
turning tray with no maker "pou" our Maxi 24 Advance; a Maxi 24 Advance sold with a candler, a
second-hand Real 24; our Maxi 24 Advance's part number in their description after "Nimewo pyès:"
and our feeder's article number after "Nimewo atik" with no colon; "Maxi 24 Advance" on 4 of
their listings (the second listing included), "Brinsea" on 9, "Kerbl" on 6; one product listed
twice (the second time in French).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_MAXI24_ADVANCE = gtin_with_check_digit("503924500361")
GTIN_REAL24 = gtin_with_check_digit("802631300245")
GTIN_ECOGLOW600 = gtin_with_check_digit("503924500668")

# A Riga farm shop in euros against a Port-au-Prince one titled in Haitian Creole, in gourdes.
POULTRY: list[Row] = [
    ("Inkubators Brinsea Maxi 24 Advance, 24 olām, automātiska apgriešana", "329.00",
     "Kouvez Brinsea Maxi 24 Advance pou 24 ze, vire otomatik", "46500",
     {"ours": {"brand": "Brinsea", "gtin": GTIN_MAXI24_ADVANCE, "mpn": "USE36C"},
      "theirs": {"brand": "Brinsea", "description": "Nimewo pyès: USE36C. Garanti 1 an."}}),
    (None, None, "Kouvez Brinsea Maxi 24 Eco pou 24 ze", "29900"),
    (None, None, "Kouvez Brinsea Maxi 24 Advance + limyè pou tcheke ze, pakè", "51900"),
    ("Inkubators Brinsea Ovation 56 EX, 56 olām", "699.00", None, None),
    ("Inkubators Borotto Real 24 Expert, 24 olām", "269.00",
     "Kouvez Borotto Real 24 Expert, 24 ze", "37500",
     {"ours": {"brand": "Borotto", "gtin": GTIN_REAL24}}),
    (None, None, "Kouvez Borotto Real 49 Expert, 49 ze", "49500"),
    ("Inkubators Novital Covatutto 24 Eco, 24 olām", "159.00",
     "Kouvez Novital Covatutto 24 Eco pou 24 ze", "22500"),
    (None, None, "Kouvez Novital Covatutto 16 Eco pou 16 ze", "17900"),
    ("Inkubators Janoel JN8-48, 48 olām, 12 V / 220 V", "89.00",
     "Kouvez Janoel JN8-48 pou 48 ze, 12V/220V", "12900"),
    (None, None, "Kouvez Janoel JN8-96 pou 96 ze, 12V/220V", "18900"),
    ("Dzirdne putniem Gaun, 6 l, plastmasas", "9.90",
     "Abrevwa plastik Gaun 6 lit pou poul", "1250"),
    (None, None, "Abrevwa plastik Gaun 12 lit pou poul", "1950"),
    ("Barotava Kerbl, 10 kg, cinkota", "34.90",
     "Manjwa metal Kerbl 10 kg pou poul, galvanize", "4900",
     {"ours": {"brand": "Kerbl", "mpn": "70107"},
      "theirs": {"brand": "Kerbl", "description": "Nimewo atik 70107"}}),
    (None, None, "Manjwa metal Kerbl 5 kg pou poul, galvanize", "3500"),
    ("Infrasarkanā spuldze Philips IR250RH, 250 W, sarkana, E27", "12.90",
     "Lanp enfrawouj Philips 250W wouj E27 pou ti poul", "1650",
     {"ours": {"brand": "Philips", "mpn": "IR250RH"}}),
    (None, None, "Lanp enfrawouj Philips 250W klè E27 pou ti poul", "1550"),
    (None, None, "Lanp enfrawouj Kerbl 250W wouj E27 pou ti poul", "1350"),
    ("Sildlampas korpuss Kerbl ar aizsargrestīti, līdz 250 W", "19.90",
     "Abajou Kerbl pou lanp chofaj ak griyaj pwoteksyon, 250W maks", "2650"),
    ("Olu caurgaismotājs Brinsea OvaView", "34.90",
     "Brinsea OvaView limyè pou tcheke ze", "4650"),
    ("Cāļu sildītājs Brinsea EcoGlow Safety 600, līdz 50 cāļiem", "109.00",
     "Chofaj pou ti poul Brinsea EcoGlow Safety 600, jiska 50 ti poul", "15500",
     {"ours": {"brand": "Brinsea", "gtin": GTIN_ECOGLOW600}}),
    (None, None, "Chofaj pou ti poul Brinsea EcoGlow Safety 1200, jiska 100 ti poul", "21500"),
    ("Automātiskās vistu kūts durvis ChickenGuard Premium", "149.00",
     "Pòt otomatik pou poulaye ChickenGuard Premium", "21900"),
    (None, None, "Pòt otomatik pou poulaye ChickenGuard Standard", "15900"),
    ("Elektriskais putnu tīkls Kerbl PoultryNet, 50 m x 112 cm, zaļš", "99.00",
     "Grilaj elektrik pou poul Kerbl PoultryNet 50 m x 112 cm, vèt", "14500"),
    (None, None, "Grilaj elektrik pou poul Kerbl PoultryNet 25 m x 112 cm, vèt", "8900"),
    ("Olu paliktņi 30 olām, 10 gab.", "6.90",
     "Plato ze pou 30 ze, pakè 10", "650"),
    (None, None, "Plato ze pou 30 ze, pakè 50", "2900"),
    ("Mitruma sūknis Brinsea Advance EX inkubatoriem", "79.00",
     "Ponp imidite Brinsea pou kouvez Advance EX", "11500"),
    (None, None, "Plato pou vire ze pou Brinsea Maxi 24 Advance, konpatib", "2250"),
    ("Automātiskā šļirce HSW Eco-Matic, 0,5 ml", "44.90",
     "Sereng otomatik HSW Eco-Matic 0.5 ml pou vaksen", "6500"),
    (None, None, "Sereng otomatik HSW Eco-Matic 5 ml pou vaksen", "5900"),
    ("Putnu plūkšanas mašīna, 50 cm, 1 500 W", "289.00",
     "Machin pou retire plim poul 50 cm 1,500W", "39500"),
    (None, None, "Machin pou retire plim poul 60 cm 2,200W", "52500"),
    (None, None, "Kouvez Borotto Real 24 Expert, dezyèm men, 1 sezon", "21500"),
    ("Kājas gredzeni putniem, 16 mm, 100 gab., krāsaini", "7.90",
     "Bag pou pye poul 16 mm, 100 moso, koulè melanje", "950"),
    ("Inkubators Novital Covatutto 54 Eco, 54 olām", "239.00", None, None),
]

KINDS: dict[str, list[Row]] = {"poultry keeping, a Port-au-Prince shop in Haitian Creole in gourdes": POULTRY}
(HAITIAN,) = KINDS
CURRENCIES = {HAITIAN: "HTG"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    HAITIAN: [(0, "Couveuse Brinsea Maxi 24 Advance EX, 24 œufs, retournement automatique", "47900")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[HAITIAN]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The turning tray with no maker names our incubator and is a pair of nothing.
    assert "Maxi 24 Advance" in next(t for t in theirs if t["key"] == "T28")["name"] and not any(t == "T28" for _, t in truth)
    # "Maxi 24 Advance" on 4 of their listings, the second one included.
    assert sum("Maxi 24 Advance" in t["name"] for t in theirs) == 4
    # Two infrared lamps of 250 W beside ours, one another maker's; neither is ours.
    assert sum("250W" in t["name"] and "Lanp" in t["name"] for t in theirs) == 3 and ("O14", "T14") in truth
    # Our Ovation 56 EX and Covatutto 54 Eco are ours only.
    assert not any(o in ("O3", "O35") for o, _ in truth)
    # The second listing is in French.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Couveuse" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-four rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 14 of 18 found (1 matched, 13 proposed), 4 missed; no variant matched, 1
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 4 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are on both sides for most, but many models are names or a name and
# the eggs they hold ("Maxi 24 Advance", "Real 24 Expert", "Covatutto 24 Eco", "EcoGlow Safety
# 600", "ChickenGuard Premium"); the kind words are Latvian against Haitian Creole; four products
# have no maker.
# Passed at first reading: 14 of 17 found (1 matched, 13 proposed; 0.82), 3 missed; 1 other listing
# proposed.
def test_a_haitian_creole_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Kouvez Brinsea Maxi 24 Advance pou 24 ze, vire otomatik" / "Inkubators Brinsea Maxi 24
    # Advance, 24 olām, automātiska apgriešana": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, HAITIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a name (Maxi 24 Advance / Eco, ChickenGuard Premium / Standard), a number that is the
# eggs held (Real 24 / 49, Covatutto 24 / 16, JN8-48 / 96) or the birds warmed (EcoGlow Safety 600 /
# 1200), a size (6 / 12 l, 10 / 5 kg, 50 / 25 m, 0,5 / 5 ml, 50 / 60 cm), a colour (red / clear) or
# a pack (10 / 50) is the only difference.
SIBLINGS = [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 19, 20, 21, 22, 23, 24, 25, 26, 29, 30, 31, 32,
            35]


# Passed at first reading: no sibling matched, 1 proposed (of the rows' 13 true pairs 1 matched, 10
# proposed, 2 missed).
def test_a_sibling_a_name_a_count_a_size_a_colour_or_a_pack_apart_tells_two_listings_apart(tmp_path):
    # Maxi 24 Eco beside our Maxi 24 Advance (and our Ovation 56 EX, ours only); Real 49 beside our
    # Real 24; Covatutto 16 beside our 24 (and our 54, ours only); JN8-96 beside our JN8-48; the 12 l
    # drinker beside our 6 l; the 5 kg feeder beside our 10 kg; the clear lamp beside our red;
    # EcoGlow Safety 1200 beside our 600; ChickenGuard Standard beside our Premium; 25 m of netting
    # beside our 50 m; the pack of 50 trays beside our 10; the 5 ml syringe beside our 0,5 ml; the 60
    # cm plucker beside our 50 cm: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, HAITIAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was proposed")
def test_a_sibling_a_name_a_count_a_size_a_colour_or_a_pack_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, HAITIAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: three lamps write "250W" and "E27", two of them "wouj" (red); our lamp's code
# "IR250RH" is on ours only; a rating shared by two makers matched siblings before.
# Failed at first reading: our lamp's own listing missed; neither other lamp matched or proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading our lamp's own listing was missed")
def test_another_makers_lamp_of_the_same_power_and_colour_is_not_matched_as_ours(tmp_path):
    # "Infrasarkanā spuldze Philips IR250RH, 250 W, sarkana, E27" / "Lanp enfrawouj Philips 250W
    # wouj E27 pou ti poul" beside Philips' clear lamp and Kerbl's red one: ours found, neither other
    # lamp matched.
    counts, found, truth = BATCH.read_rows(tmp_path, HAITIAN, [14, 15, 16])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: the humidity pump names our incubators' line ("Advance EX"), the lamp shade our lamps'
# power, the turning tray with no maker our Maxi 24 Advance after "pou" (for); accessories naming
# our model were matched as ours in the twenty-third and twenty-fourth rounds.
# Failed at first reading: 4 of the rows' 5 true pairs proposed, 1 missed; nothing else matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the five true pairs was missed")
def test_our_incubator_lamp_and_their_accessories_and_another_tray_for_it_do_not_cross(tmp_path):
    # Our Maxi 24 Advance, the red lamp, the lamp shade, the candler and the humidity pump against
    # theirs and the turning tray: each of ours found with its own listing, the tray matched with
    # nothing, and no accessory's listing matched or put to a person with an incubator or lamp of
    # ours.
    counts, found, truth = BATCH.read_rows(tmp_path, HAITIAN, [0, 14, 17, 18, 27, 28])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "+ limyè pou tcheke ze, pakè" and "dezyèm men, 1 sezon" are words no condition or
# bundle rule before read.
# Passed at first reading: neither matched or proposed (of the rows' 2 true pairs both proposed).
def test_an_incubator_with_a_candler_and_a_second_hand_incubator_are_not_matched_as_ours(tmp_path):
    # The Maxi 24 Advance with a candler beside our Maxi 24 Advance's own listing; the second-hand
    # Real 24 beside our Real 24's: neither matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, HAITIAN, [0, 2, 4, 33])
    assert not counts["wrong matched"], found


# Uncertain: ours writes "0,5 ml" (a decimal comma) beside their "5 ml" sibling, and "1 500 W"
# (thousands grouped with a space, which the twenty-fourth round read as two numbers) against their
# "1,500W"; the plucker has no maker.
# Failed at first reading: 1 of the rows' 2 true pairs proposed, 1 missed; no sibling matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed")
def test_a_decimal_comma_and_thousands_grouped_two_ways_find_their_listing_not_its_sibling(tmp_path):
    # "Automātiskā šļirce HSW Eco-Matic, 0,5 ml" / "... 0.5 ml pou vaksen" beside the 5 ml one;
    # "Putnu plūkšanas mašīna, 50 cm, 1 500 W" / "Machin pou retire plim poul 50 cm 1,500W" beside
    # the 60 cm 2,200W one: both of ours found, neither sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, HAITIAN, [29, 30, 31, 32])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "Maxi 24 Advance" is on 4 of their listings, one of them another maker's tray.
# Failed at first reading: the first listing proposed, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Couveuse Brinsea Maxi 24 Advance EX, 24 œufs, retournement automatique" beside "Kouvez Brinsea
    # Maxi 24 Advance pou 24 ze, vire otomatik": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-sixth session); copied here once it
# was not (thirty-seventh session). Read at the thirty-seventh session's start (c02e1827, the
# matching code of ba44cea1) the batch reads as its first reading counted it (2422083a): 14 of 18
# found (1 matched, 13 proposed), 4 missed; no variant matched, 1 proposed. Scores are the start's;
# "alone" is the pair scored by itself (`score_pairs`, titles and other fields, no prices). One pair
# is matched by a code, so nothing shows this competitor's wording right: every pair found by
# wording is put to a person ("this competitor's data does not yet show its wording matches right").
# - Matched by code (1): Janoel JN8-48 (O8-T8) 0.97.
# - Proposed where a person would expect a match, models that are a name and the eggs or birds they
#   hold, read as no code: Borotto Real 24 Expert (O4-T4) 0.80, Novital Covatutto 24 Eco (O6-T6)
#   0.74, Brinsea EcoGlow Safety 600 (O19-T19) 0.74 ("same maker's number 600"), Brinsea Maxi 24
#   Advance (O0-T0) 0.74 with "our MPN use36c written in their description" after "Nimewo pyès:"
#   (a described part number puts a pair to a person, never matches it), Kerbl's feeder (O12-T12)
#   0.72 with "our MPN 70107 written in their description" after "Nimewo atik" with no colon (read).
# - Proposed by the two-languages rule (maker and numbers shared, every other word one shop's own):
#   Gaun's 6 l drinker (O10-T10) 0.60, HSW Eco-Matic 0,5 ml (O29-T29) 0.60.
# - Proposed by wording, not trusted here: Brinsea OvaView (O18-T18) 0.47, ChickenGuard Premium
#   (O21-T21) 0.46, Kerbl PoultryNet 50 m (O23-T23) 0.59, the egg trays with no maker (O25-T25) 0.42,
#   Brinsea's humidity pump (O27-T27) 0.46, the leg rings with no maker (O34-T34) 0.35.
# - Missed, a power read wrong on both sides: the plucker with no maker (O31-T31) 0.31 alone,
#   "watt differs: 500 vs 1.5". Ours "1 500 W" is read as 1 and 500 W (thousands grouped with a
#   space read as two numbers, as the twenty-fourth round's "3 200 rpm"); theirs "1,500W" as 1.5 W,
#   though their catalogue writes decimal points ("0.5 ml"): the thirty-sixth session's reading of a
#   bare "1,100" as 1100 in such a catalogue does not reach a group joined to its unit.
# - Missed, a colour in Haitian Creole not read: Philips' red infrared lamp (O14-T14) 0.40 alone,
#   our code "IR250RH" on ours only and "250W wouj E27" on theirs; the clear lamp (T15, "klè") is
#   proposed with our lamp instead, 0.44 by wording, "wouj" and "klè" read as words, not colours.
# - Missed, no word in common but the maker and the power: Kerbl's lamp shade (O17-T17) 0.29 alone.
# - Missed, the French second listing (O0-T0b) 0.51 alone: "Couveuse Brinsea Maxi 24 Advance EX"
#   writes "EX" (the line's name, the humidity pump's too) where ours does not.
# Variants matched: none. Proposed (1): the clear lamp (T15) with our red one. Kept apart: Maxi 24
# Eco, the Maxi 24 Advance with a candler, Real 49, Covatutto 16, JN8-96, the 12 l drinker, the 5 kg
# feeder, Kerbl's red lamp, EcoGlow Safety 1200, ChickenGuard Standard, 25 m of netting, the pack of
# 50 trays, the turning tray with no maker, the 5 ml syringe, the 60 cm plucker, the second-hand
# Real 24; our Ovation 56 EX and Covatutto 54 Eco (ours only) matched nothing.


# A defect of the first reading, named so that the change that mends it sees it pass: a power
# grouped in thousands is one number in each shop's writing, "1 500 W" with a space in a catalogue
# of decimal commas and "1,500W" with a comma in one of decimal points; read as 500 W and 1.5 W the
# plucker's two listings conflict. Theirs read 1500 W since the thirty-seventh session (numbers14),
# ours since the thirty-eighth (numbers15: their catalogue writes 1500 W whole and never 500 W).
def test_a_power_grouped_in_thousands_reads_1500_watts_in_both_shops():
    import pandas as pd

    from benchmark.matching.features import _frame, _prepare

    (_, (ours, theirs, _)), = BATCH.catalogues()
    our_frame = _frame(pd.DataFrame([{**o, "price": float(o["price"])} for o in ours]), "sku")
    their_frame = _frame(pd.DataFrame([{**t, "competitor_product_id": t["key"], "price": float(t["price"])} for t in theirs]),
                         "competitor_product_id")
    our_features, their_features, _, _ = _prepare(our_frame, their_frame, 1)
    ours_plucker = our_features[[o["sku"] for o in ours].index("O31")]
    their_plucker = their_features[[t["key"] for t in theirs].index("T31")]
    assert ours_plucker.quantities.get("watt") == their_plucker.quantities.get("watt") == frozenset({1500.0})


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_fifth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 2422083a, whose matching code is the session's start a3fc6ad2): 14 of
    # 18 true pairs found (1 matched, 13 proposed), 4 missed; no variant matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=1, found=14, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds25c [-v]
    BATCH.print_reading()
