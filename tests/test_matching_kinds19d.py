"""A nineteenth round of catalogues set aside, its fourth batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Twelve-volt fridges and overlanding gear: compressor fridge/freezers, their covers and slides,
lithium batteries, DC-DC chargers, awnings and roof-top tents, a kind none of the eighteen rounds
held (the outdoor rounds held luggage, camping and climbing; ours: a German overlanding shop, 19
products in euros, titled in German as such shops write them: maker and model first, then the kind
("Kompressor-Kühlbox") and the volume, voltage or size after commas, "Dometic CFX3 45
Kompressor-Kühlbox, 46 l, 12/24/230 V"; theirs: a Pretoria 4x4 and camping shop, 35 listings in
rand, titled in South African English as such shops write them, one title in Afrikaans: maker and
model, "Fridge/Freezer" and the litres run into the number ("46L", one "46ℓ"), condition notes after
a dash, "Dometic CFX3 45 Fridge/Freezer 46L 12/24/220V").
"Fridge/Freezer" ("Kühl-/Gefrierbox"), "Yskas/Vrieskas" (Afrikaans: fridge/freezer), "Dual Zone" /
"Dual Compartment" ("Dual-Zone"), "Protective Cover" / "Transit Bag" ("Schutzhülle"), "to fit" (an
accessory another maker makes for a fridge), "Fridge Slide" ("Auszug"), "Storage Box"
("Transportbox"), "Jerry Can" ("Wasserkanister"), "Roof Top Tent" ("Dachzelt"), "Instant Awning"
("Markise"), "Anderson Plug" ("Anderson-Stecker"), "Isolated" / "Non-Isolated" ("isoliert"),
"Grey" ("grau"), "Red"; "Swart/Grys" (Afrikaans: black/grey); "Ex-Demo" a demonstration unit sold
off, "Full Warranty", "Pre-Owned", "Good Condition", "2 Pack", "Incl. Battery Protection".

The hard things, written as such shops write them, not to be easy or hard: one maker's fridges a
model number apart (CFX3 45 / 55IM, both in both shops; CFX3 35 beside them), a generation apart
(Engel MT45F-G3 / -G4), a size apart (National Luna 50 / 60, ARB Zero 47 / 69), a letter apart
(Snomaster SMDZ-LP48D / LP48); the same fridge as an ex-demo unit and as a pre-owned one; the
maker's cover for another model and another maker's transit bag "to fit" ours; a slide a size
apart, a storage box in a two-pack, a lithium battery a capacity apart, DC-DC chargers a word
apart ("Non-Isolated") and an amperage apart (18A / 30A), an awning a length apart written with a
decimal comma on our side, Anderson plugs a colour apart; a thermometer with no maker on either
side; the litres both with and without a space, "l", "L" and "ℓ"; "Dometic", "Fridge/Freezer" and
"12V" in many titles; the EAN in some of our GTINs, the maker's part number in some of our MPNs
and their descriptions; one product listed twice (the second time in Afrikaans).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_CFX3_45 = gtin_with_check_digit("701592500450")
GTIN_CFX3_55IM = gtin_with_check_digit("701592500551")
GTIN_ORION_30_ISO = gtin_with_check_digit("871939413030")

# A German overlanding shop in euros against a South African one in rand.
OVERLANDING: list[Row] = [
    ("Dometic CFX3 45 Kompressor-Kühlbox, 46 l, 12/24/230 V", "899.00", "Dometic CFX3 45 Fridge/Freezer 46L 12/24/220V", "17999.00",
     {"ours": {"brand": "Dometic", "gtin": GTIN_CFX3_45, "mpn": "9600028848"},
      "theirs": {"brand": "Dometic", "description": "46 litre compressor fridge/freezer, app control, 3-stage battery protection. Part no. 9600028848"}}),
    ("Dometic CFX3 55IM Kompressor-Kühlbox mit Eisbereiter, 53 l", "1049.00", "Dometic CFX3 55IM 53L Fridge/Freezer with Ice Maker", "21999.00",
     {"ours": {"brand": "Dometic", "gtin": GTIN_CFX3_55IM}, "theirs": {"brand": "Dometic"}}),
    (None, None, "Dometic CFX3 35 Fridge/Freezer 36L 12/24/220V", "15999.00"),
    (None, None, "Dometic CFX3 45 Fridge/Freezer 46L - Ex-Demo (Full Warranty)", "14499.00",
     {"theirs": {"description": "Ex-demo unit used at our store's outdoor expo. Full 2 year warranty."}}),
    ("Dometic Schutzhülle für CFX3 45", "89.00", "Dometic Protective Cover for CFX3 45", "1899.00"),
    (None, None, "Dometic Protective Cover for CFX3 35", "1799.00"),
    (None, None, "Bushtec Transit Bag to fit Dometic CFX3 45", "1299.00"),
    ("Engel MT45F-G3 Kompressor-Kühlbox 40 l, Combi", "1199.00", "Engel 40L Fridge/Freezer MT45F-G3 (Combi)", "19999.00",
     {"ours": {"brand": "Engel", "mpn": "MT45F-G3-C"}}),
    (None, None, "Engel 40L Fridge/Freezer MT45F-G4 (Combi)", "21499.00"),
    (None, None, "Engel 60L Fridge/Freezer MT60F-G3", "23999.00"),
    ("National Luna Legacy Smart 50 Kühl-/Gefrierbox, 50 l", "1290.00", "National Luna 50L Legacy Smart Fridge/Freezer - Incl. Battery Protection", "18995.00"),
    (None, None, "National Luna 60L Legacy Smart Fridge/Freezer - Incl. Battery Protection", "20995.00"),
    (None, None, "National Luna 50L Legacy Smart - Pre-Owned, Good Condition", "9500.00"),
    ("Snomaster SMDZ-LP48D Dual-Zone-Kühlbox, 46 l", "749.00", "SnoMaster 46L Dual Compartment Fridge/Freezer SMDZ-LP48D", "11999.00"),
    (None, None, "SnoMaster 46L Fridge/Freezer SMDZ-LP48 (Single Compartment)", "10499.00"),
    ("ARB Zero Kühlbox 47 l, Single Zone", "999.00", "ARB Zero Fridge Freezer 47L Single Zone", "19499.00"),
    (None, None, "ARB Zero Fridge Freezer 69L Dual Zone", "25999.00"),
    ("Front Runner Fridge Slide Large, Kühlbox-Auszug", "329.00", "Front Runner Fridge Slide - Large", "6495.00"),
    (None, None, "Front Runner Fridge Slide - Medium", "5995.00"),
    ("Front Runner Wolf Pack Pro Transportbox, 38 l", "79.00", "Front Runner Wolf Pack Pro Storage Box", "1295.00"),
    (None, None, "Front Runner Wolf Pack Pro Storage Box - 2 Pack", "2495.00"),
    ("National Luna 105Ah Lithium-Batterie LiFePO4, 12 V", "1190.00", "National Luna 105Ah Lithium Battery 12V LiFePO4", "18995.00"),
    (None, None, "National Luna 50Ah Lithium Battery 12V LiFePO4", "10995.00"),
    ("Victron Orion-Tr Smart 12/12-30A DC-DC-Ladegerät, isoliert", "259.00", "Victron Orion-Tr Smart 12/12-30A Isolated DC-DC Charger", "4599.00",
     {"ours": {"brand": "Victron Energy", "gtin": GTIN_ORION_30_ISO, "mpn": "ORI121236120"},
      "theirs": {"description": "Victron part number ORI121236120. Bluetooth, adaptive 3-stage charging."}}),
    (None, None, "Victron Orion-Tr Smart 12/12-30A Non-Isolated DC-DC Charger", "3899.00",
     {"theirs": {"description": "Victron part number ORI121236140. Bluetooth, adaptive 3-stage charging."}}),
    (None, None, "Victron Orion-Tr Smart 12/12-18A Isolated DC-DC Charger", "3799.00"),
    ("Front Runner Dachzelt", "1495.00", "Front Runner Roof Top Tent", "26995.00"),
    ("Ironman 4x4 Markise 2,5 m", "349.00", "Ironman 4x4 Instant Awning 2.5m", "5999.00"),
    (None, None, "Ironman 4x4 Instant Awning 2.0m", "4999.00"),
    ("Anderson-Stecker SB50, grau", "12.90", "Anderson Plug SB50 Grey (50A)", "189.00"),
    (None, None, "Anderson Plug SB50 Red (50A)", "189.00"),
    ("Kühlboxthermometer, kabellos, mit Innen- und Außensensor", "24.90", "Wireless Fridge Thermometer with Inside and Outside Sensor", "449.00"),
    ("Dometic GO Hydration Wasserkanister 11 l", "69.00", "Dometic GO Hydration Water Jug 11L", "1299.00"),
    ("Front Runner Wasserkanister 20 l", "49.00", "Front Runner Water Jerry Can 20L", "899.00"),
    ("Dometic CFX3 75DZ Kompressor-Kühlbox, 75 l, Dual-Zone", "1299.00", None, None),
    ("Engel MT27F Kompressor-Kühlbox 21 l", "849.00", None, None),
]

KINDS: dict[str, list[Row]] = {"12-volt fridges and overlanding, a South African shop in rand": OVERLANDING}
(SOUTH_AFRICAN,) = KINDS
CURRENCIES = {SOUTH_AFRICAN: "ZAR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    SOUTH_AFRICAN: [(0, "Dometic CFX3 45 Kompressor Yskas/Vrieskas 46ℓ - Swart/Grys", "17999.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[SOUTH_AFRICAN]
    # Two fridges of ours a model number apart, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # Two chargers a word apart: ours isolated, theirs both.
    assert ("O23", "T23") in truth and "Non-Isolated" in next(t for t in theirs if t["key"] == "T24")["name"]
    # The second listing is in Afrikaans, the litres with the script l.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Yskas" in second["name"] and "46ℓ" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the eighteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 14 of 18 found (7 matched, 7 proposed), 4 missed; 1 variant matched,
# none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 4 of the 18 true pairs were missed and 1 variant matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides and most models carry a code
# ("CFX3 45", "MT45F-G3", "SMDZ-LP48D", "SB50"); the kind words are German against English; a few
# have no code ("Roof Top Tent" / "Dachzelt") or no maker at all (the thermometer).
# Passed at first reading: 14 of 17 found (7 matched, 7 proposed; 0.82), 3 missed.
def test_a_south_african_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Dometic CFX3 45 Fridge/Freezer 46L 12/24/220V" / "Dometic CFX3 45 Kompressor-Kühlbox, 46 l,
    # 12/24/230 V": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, SOUTH_AFRICAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a model number (35 / 45 / 55IM, 60), a generation (G3 / G4), a letter (LP48D / LP48),
# a size (47 / 69 L, 50 / 60 L, Large / Medium, 2.0 / 2.5 m), a capacity or amperage (50 / 105Ah,
# 18A / 30A), a word ("Non-Isolated", "Dual Zone"), a pack of two or a colour is the only
# difference.
SIBLINGS = [0, 1, 2, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30]


# Failed at first reading: 1 sibling matched (10 of the rows' 12 true pairs found, 8 matched, 2
# proposed). Passes since the thirty-sixth session's reading of a maker's suffix written apart after
# its code (layout, `shop_suffixes._suffix_words`): their "12/12-30A Isolated" and "12/12-30A Non
# Isolated" show the word after the code to tell the two chargers apart.
def test_a_sibling_a_model_a_size_a_word_or_a_count_apart_tells_two_listings_apart(tmp_path):
    # CFX3 35 beside our CFX3 45 and 55IM; MT45F-G4 and MT60F-G3 beside our MT45F-G3; the 60 L
    # Legacy beside our 50; the single-compartment LP48 beside our LP48D; the 69 L Dual Zone beside
    # our 47 L; the medium slide beside our large; the two-pack beside our one box; the 50Ah battery
    # beside our 105Ah; the non-isolated and the 18A chargers beside our isolated 30A; the 2.0 m
    # awning beside our 2,5 m; the red plug beside our grey: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, SOUTH_AFRICAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling matched, none proposed. Passes since the thirty-sixth session's
# reading of a maker's suffix written apart after its code (layout): the non-isolated charger, as above.
def test_a_sibling_a_model_a_size_a_word_or_a_count_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, SOUTH_AFRICAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, "CFX3" and the kind; the model number and the litres differ.
# Passed at first reading: nothing crossed; both pairs matched in these rows.
def test_two_fridges_of_ours_a_model_number_apart_do_not_cross(tmp_path):
    # Our CFX3 45 and CFX3 55IM against their CFX3 45 and CFX3 55IM: neither of ours matched or put
    # to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, SOUTH_AFRICAN, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "Ex-Demo" and "Pre-Owned" were read by condition rules before in some languages; the
# covers name our fridge, one of them made by another maker ("to fit").
# Passed at first reading: nothing matched or proposed with our products, partly because 2 of the
# rows' 3 true pairs were missed where these rows stood alone (1 proposed).
def test_an_ex_demo_and_a_pre_owned_fridge_and_covers_for_ours_are_not_matched_as_ours(tmp_path):
    # "Dometic CFX3 45 Fridge/Freezer 46L - Ex-Demo (Full Warranty)" and "Bushtec Transit Bag to fit
    # Dometic CFX3 45" beside the new fridge's own listing; "National Luna 50L Legacy Smart -
    # Pre-Owned, Good Condition" beside the new Legacy's; the maker's cover for the CFX3 35 beside
    # its cover for our CFX3 45: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, SOUTH_AFRICAN, [0, 3, 4, 5, 6, 10, 12])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the second listing missed (the first proposed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Dometic CFX3 45 Kompressor Yskas/Vrieskas 46ℓ - Swart/Grys" (Afrikaans) beside "Dometic CFX3
    # 45 Fridge/Freezer 46L 12/24/220V": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirtieth session); copied here once it was
# not (thirty-first session). The batch read at the thirty-first session's start (484bca53) as at its
# first reading (94287c06), pair for pair and score for score. Each missed true pair scored alone
# (`score_pairs`, titles and other fields, no prices) at 484bca53:
# - The Afrikaans second listing "Dometic CFX3 45 Kompressor Yskas/Vrieskas 46ℓ - Swart/Grys"
#   (O0-T0b) 0.95 alone ("same model code cfx3"), missed in the catalogue, where "CFX3" is on 8 of
#   their listings. The first listing (O0-T0) was only proposed, 0.67, "titles 64% alike", though
#   our MPN 9600028848 is in their description ("Part no. 9600028848").
# - "fuzzy": Front Runner Wolf Pack Pro (O19-T19) 0.54, "one word differs: transportbox vs
#   storage"; the roof-top tent "Dachzelt" / "Roof Top Tent" (O26-T26) 0.51; the thermometer
#   (O31-T31, no maker) 0.23.
# The variant matched: "Victron Orion-Tr Smart 12/12-30A Non-Isolated" (T24) as a further listing
# of our isolated one (0.97, "same model code 121230a"; our MPN ORI121236120 against their
# description's ORI121236140 not read as a conflict). No variant proposed; every other sibling a
# size, generation or letter apart kept apart. Noticed: the National Luna 105Ah pair (O21-T21)
# matched on "same model code lifepo4", the battery's chemistry read as a model code.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_nineteenth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 94287c06, the matching code of the session's start 09772175 with
    # 4bd5537d (our GTINs read as theirs are)): 14 of 18 true pairs found (7 matched, 7 proposed), 4
    # missed; 1 variant matched, none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=7, found=14, wrong_matched=1, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds19d [-v]
    BATCH.print_reading()
