"""A twenty-fifth round of catalogues set aside, its fourth batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Surfing: surfboards and a soft board, fin sets for two fin systems, leashes, wax, board bags, a
wetsuit and a rash vest, a traction pad, ear plugs, a changing poncho, a repair kit, soft racks; a
kind none of the twenty-four rounds held (kitesurfing, swimming and scuba diving were held, not
surfing); ours: a Zarautz surf shop, 19 products in euros, titled in Basque as such shops write
them: the kind first ("Surf taula", "Hegats sorta", "Leash-a", "Argizaria", "Taula-zorroa",
"Neoprenozko jantzia"), then maker and model, size and colour after commas, board lengths in feet
and inches ("5'7\""), volumes with a decimal comma ("32,2 l"), "for" as the suffix "-rentzat"
("Seaside-rentzat"), "Surf taula Firewire Seaside, 5'7\", Helium, 32,2 l"; theirs: a Port Vila
shop, 35 listings in vatu, titled in Bislama: maker and model first, the kind after, counts in
words ("tri fin", "fo fin", "wan bod"), lengths in feet ("6ft") or feet and inches, volumes with a
point ("32.2L"), "blong" for or of, "Firewire Seaside sefbod 5'7\" Helium 32.2L".
"sefbod" is a surfboard ("surf taula"), "sofbod" a soft board ("surf taula biguna"), "fin" a fin
("hegatsa"), "tri fin seti" a set of three fins ("3 hegats"), "fo fin seti" a set of four, "twin
fin" two, "lis" a leash ("leash-a"), "waks" wax ("argizaria"), "bag blong sefbod" a board bag
("taula-zorroa"), "wetsut" a wetsuit ("neoprenozko jantzia"), "rash vest" a rash vest ("lycra"),
"long sleeve" / "short sleeve" ("mahuka luzea" / "motza"), "grip pad" a traction pad ("grip-a"),
"pis" pieces ("pieza"), "ia plag" ear plugs ("belarri-tapoiak"), "poncho blong jenisim klos" a
changing poncho ("surf pontxoa"), "ding ripea kit" a repair kit ("konponketa kita"), "soft rack" soft
racks ("teilatu-euskarri bigunak"), "wan bod" for one board ("bakuna"), "blak" black ("beltza"),
"blu" blue ("urdina"), "red" red ("gorria"); "blong" of or for ("-rentzat"), "i fitim" fits,
"wetem" with, "mo" and; "sekenhan" second-hand, "i gat smol ding" has a small ding; "namba blong
pat" the part number.

The hard things, written as such shops write them, not to be easy or hard: fin sets a size apart
(FCS II Performer PC M / L) or a count apart written in words ("tri fin" / "fo fin"), a model a
digit apart (Futures F6 / F4 Alpha, two characters), our FCS II Accelerator ours only; leashes a
length apart written "6'" on ours and "6ft" on theirs (6 / 7 ft) or a colour apart (blue / red);
wax a grade apart in English words (tropical / warm); board bags a length apart in feet and inches
(6'3" / 6'0"); the surfboard a length and a volume apart (5'7" 32,2 l / 5'5" 30.1L), ours with a
decimal comma, a second-hand one with a ding, our Seaside & Beyond ours only; a soft board alone
and sold with a leash and wax; a wetsuit a thickness apart (4/3+ / 3/2+) or a size apart (M / L);
ear plugs a version apart (3.0 / 2.0); a rash vest a sleeve apart; a poncho with no maker a colour
apart; repair kits a resin apart (Epoxy / Polyester); two accessories "for" our board (another
maker's bag, the maker's keel fins) and a fin with no maker that "fits" it; our fin set's part
number in their description after "Namba blong pat:"; "Seaside" on 7 of their listings (the second
listing included), "FCS" on 8; one product listed twice (the second time in English, the maker's
own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_PERFORMER_M = gtin_with_check_digit("934004301258")
GTIN_SEASIDE_57 = gtin_with_check_digit("081004722573")
GTIN_HYPERFREAK = gtin_with_check_digit("067998245186")

# A Zarautz surf shop in euros against a Port Vila one titled in Bislama, in vatu.
SURF: list[Row] = [
    ("Hegats sorta FCS II Performer PC, M, 3 hegats", "89.00",
     "FCS II Performer PC fin M, tri fin seti", "12900",
     {"ours": {"brand": "FCS", "gtin": GTIN_PERFORMER_M, "mpn": "FPER-PC03-MD-TS-R"},
      "theirs": {"brand": "FCS", "description": "Namba blong pat: FPER-PC03-MD-TS-R"}}),
    (None, None, "FCS II Performer PC fin L, tri fin seti", "12900"),
    (None, None, "FCS II Performer PC fin M, fo fin seti", "15500"),
    ("Hegats sorta FCS II Accelerator PC, M, 3 hegats", "89.00", None, None),
    ("Hegats sorta Futures F6 Alpha, 3 hegats", "129.00",
     "Futures F6 Alpha tri fin seti", "18500",
     {"ours": {"brand": "Futures"}}),
    (None, None, "Futures F4 Alpha tri fin seti", "18500"),
    ("Leash-a FCS Regular Essential, 6', beltza", "34.90",
     "FCS Regular Essential lis 6ft blak", "4900"),
    (None, None, "FCS Regular Essential lis 7ft blak", "5200"),
    ("Leash-a Creatures of Leisure Reliance Pro 6', urdina", "39.90",
     "Creatures of Leisure Reliance Pro 6' lis blu", "5600"),
    (None, None, "Creatures of Leisure Reliance Pro 6' lis red", "5650"),
    ("Argizaria Mr. Zog's Sex Wax Quick Humps, tropikala", "2.90",
     "Mr Zog's Sex Wax Quick Humps waks, tropical", "450"),
    (None, None, "Mr Zog's Sex Wax Quick Humps waks, warm", "460"),
    ("Taula-zorroa FCS Day All Purpose, 6'3\"", "74.90",
     "FCS Day All Purpose bag blong sefbod 6'3\"", "10500"),
    (None, None, "FCS Day All Purpose bag blong sefbod 6'0\"", "9900"),
    ("Surf taula Firewire Seaside, 5'7\", Helium, 32,2 l", "899.00",
     "Firewire Seaside sefbod 5'7\" Helium 32.2L", "129000",
     {"ours": {"brand": "Firewire", "gtin": GTIN_SEASIDE_57}}),
    (None, None, "Firewire Seaside sefbod 5'5\" Helium 30.1L", "127000"),
    (None, None, "Firewire Seaside sefbod 5'7\" Helium, sekenhan, i gat smol ding", "69000"),
    ("Surf taula biguna Softech Roller, 6'0\", 45 l", "329.00",
     "Softech Roller sofbod 6'0\" 45L", "45500"),
    ("Neoprenozko jantzia O'Neill Hyperfreak 4/3+ Chest Zip, M, beltza", "379.00",
     "O'Neill Hyperfreak 4/3+ wetsut chest zip M blak", "52000",
     {"ours": {"brand": "O'Neill", "gtin": GTIN_HYPERFREAK}}),
    (None, None, "O'Neill Hyperfreak 3/2+ wetsut chest zip M blak", "47500"),
    (None, None, "O'Neill Hyperfreak 4/3+ wetsut chest zip L blak", "52500"),
    ("Grip-a Creatures of Leisure Mick Fanning, 3 pieza, beltza", "49.90",
     "Creatures of Leisure Mick Fanning grip pad, 3 pis, blak", "6900"),
    ("Taula-zorroa Creatures of Leisure Day Use 5'8\", Firewire Seaside-rentzat", "64.90",
     "Creatures of Leisure Day Use bag 5'8\" blong Firewire Seaside", "8900"),
    ("Hegatsak Futures Machado Keel Twin, Seaside-rentzat", "99.00",
     "Futures Machado Keel twin fin blong Seaside", "14500"),
    (None, None, "Twin fin i fitim Firewire Seaside, Futures bes", "5500"),
    ("Belarri-tapoiak SurfEars 3.0", "54.90",
     "SurfEars 3.0 ia plag", "7500"),
    (None, None, "SurfEars 2.0 ia plag", "5900"),
    ("Lycra Rip Curl Corps, mahuka luzea, M, beltza", "39.90",
     "Rip Curl Corps rash vest long sleeve M blak", "5500"),
    (None, None, "Rip Curl Corps rash vest short sleeve M blak", "4500"),
    ("Surf pontxoa, mikrozuntza, beltza", "44.90",
     "Surf poncho blong jenisim klos, blak", "5900"),
    (None, None, "Surf poncho blong jenisim klos, blu", "5950"),
    ("Konponketa kita Solarez Epoxy, 2 oz", "19.90",
     "Solarez Epoxy ding ripea kit 2oz", "2900"),
    (None, None, "Solarez Polyester ding ripea kit 2oz", "2500"),
    (None, None, "Softech Roller sofbod 6'0\" wetem lis mo waks", "49500"),
    ("Teilatu-euskarri bigunak FCS D-Ring, bakuna", "54.90",
     "FCS D-Ring soft rack blong wan sefbod", "7900"),
    ("Surf taula Firewire Seaside & Beyond, 7'2\"", "949.00", None, None),
]

KINDS: dict[str, list[Row]] = {"surfing, a Port Vila shop in Bislama in vatu": SURF}
(BISLAMA,) = KINDS
CURRENCIES = {BISLAMA: "VUV"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    BISLAMA: [(14, "Firewire Seaside 5'7\" Helium Surfboard by Rob Machado", "131000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[BISLAMA]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The fin with no maker names our board and is a pair of nothing; the bag and the keel fins
    # name it too and are true pairs of ours, not of the board.
    assert "Seaside" in next(t for t in theirs if t["key"] == "T24")["name"] and not any(t == "T24" for _, t in truth)
    assert {("O22", "T22"), ("O23", "T23")} <= truth
    # "Seaside" on 7 of their listings, the second one included.
    assert sum("Seaside" in t["name"] for t in theirs) == 7
    # Our FCS II Accelerator and Seaside & Beyond are ours only.
    assert not any(o in ("O3", "O35") for o, _ in truth)
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T14b")
    assert "Surfboard" in second["name"] and ("O14", "T14b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-four rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 12 of 18 found (none matched, 12 proposed), 6 missed; no variant
# matched, 2 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 6 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are on both sides for most, but most models are names ("Performer",
# "Regular Essential", "Seaside", "Roller", "Hyperfreak", "Corps"); the kind words are Basque against
# Bislama, and some of theirs are English surfing words; the poncho has no maker.
# Failed at first reading: 12 of 17 found (none matched, 12 proposed; 0.71), 5 missed; 2 other
# listings proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 12 of 17 found (0.71)")
def test_a_bislama_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Firewire Seaside sefbod 5'7\" Helium 32.2L" / "Surf taula Firewire Seaside, 5'7\", Helium, 32,2
    # l": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, BISLAMA)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a size (M / L fins and wetsuit), a count in words (tri / fo fin), a digit (F6 / F4), a
# length (6 / 7 ft, 6'3" / 6'0", 5'7" / 5'5"), a colour (blue / red, black / blue), a grade
# (tropical / warm), a thickness (4/3+ / 3/2+), a version (3.0 / 2.0), a sleeve (long / short) or a
# resin (Epoxy / Polyester) is the only difference.
SIBLINGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20, 25, 26, 27, 28, 29, 30, 31, 32,
            35]


# Passed at first reading: no sibling matched, 2 proposed (of the rows' 12 true pairs none matched,
# 10 proposed, 2 missed).
def test_a_sibling_a_size_a_count_a_length_a_colour_or_a_version_apart_tells_two_listings_apart(tmp_path):
    # The L set and the quad set beside our Performer M tri set (and our Accelerator, ours only); F4
    # beside our F6; the 7ft leash beside our 6'; the red Reliance Pro beside our blue; warm wax
    # beside our tropical; the 6'0" bag beside our 6'3"; the 5'5" Seaside beside our 5'7" (and our
    # Seaside & Beyond, ours only); the 3/2+ and the L Hyperfreak beside our 4/3+ M; SurfEars 2.0
    # beside our 3.0; the short sleeve beside our long; the blue poncho beside our black; Polyester
    # beside our Epoxy: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, BISLAMA, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were proposed")
def test_a_sibling_a_size_a_count_a_length_a_colour_or_a_version_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, BISLAMA, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the bag and the keel fins name our board after "-rentzat" on ours and "blong" on
# theirs, the fin with no maker after "i fitim" (fits); two accessories for one model and another
# maker's part naming our model crossed in the twenty-second to twenty-fourth rounds.
# Failed at first reading: 2 of the rows' 3 true pairs proposed, 1 missed; nothing else matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the three true pairs was missed")
def test_our_board_two_accessories_for_it_and_a_fin_that_fits_it_do_not_cross(tmp_path):
    # Our Seaside, the Day Use bag and the Machado Keel fins against theirs and the fin with no
    # maker: each of ours found with its own listing, the other fin matched with nothing, and no
    # accessory's listing matched or put to a person with the board.
    counts, found, truth = BATCH.read_rows(tmp_path, BISLAMA, [14, 22, 23, 24])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "sekenhan, i gat smol ding" and "wetem lis mo waks" are words no condition or bundle
# rule before read.
# Passed at first reading: neither matched or proposed (of the rows' 2 true pairs both proposed).
def test_a_second_hand_board_and_a_soft_board_with_a_leash_and_wax_are_not_matched_as_ours(tmp_path):
    # The second-hand Seaside beside our Seaside's own listing; the Roller with a leash and wax beside
    # our Roller's: neither matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, BISLAMA, [14, 16, 17, 33])
    assert not counts["wrong matched"], found


# Uncertain: ours writes a leash's length "6'" and theirs "6ft"; bags and boards in feet and inches;
# ours a volume with a decimal comma ("32,2 l") against their "32.2L".
# Passed at first reading: all three of ours proposed; no sibling matched or proposed.
def test_lengths_in_feet_and_a_volume_with_a_decimal_comma_find_their_listing_not_its_sibling(tmp_path):
    # The 6' leash beside the 7ft; the 6'3" bag beside the 6'0"; the 5'7" 32,2 l Seaside beside the
    # 5'5" 30.1L: all three of ours found, no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, BISLAMA, [6, 7, 12, 13, 14, 15])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: theirs counts the fins in words ("tri fin seti", "fo fin seti"), ours as a figure ("3
# hegats"); a size letter (M / L) and a digit (F6 / F4) part the others; counts written as words
# were not read in the twenty-fourth round.
# Passed at first reading: both of ours proposed, none matched; no other set matched, 1 proposed.
def test_fin_sets_counted_in_words_find_their_listing_not_another_count_or_size(tmp_path):
    # "Hegats sorta FCS II Performer PC, M, 3 hegats" / "FCS II Performer PC fin M, tri fin seti"
    # beside the L set and the "fo fin" set; "Hegats sorta Futures F6 Alpha, 3 hegats" / "Futures F6
    # Alpha tri fin seti" beside F4: both of ours found, no other set matched.
    counts, found, truth = BATCH.read_rows(tmp_path, BISLAMA, [0, 1, 2, 4, 5])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "Seaside" is on 7 of their listings, three of them accessories.
# Failed at first reading: the first listing proposed, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Firewire Seaside 5'7\" Helium Surfboard by Rob Machado" beside "Firewire Seaside sefbod 5'7\"
    # Helium 32.2L": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-sixth session); copied here once it
# was not (thirty-seventh session). Read at the thirty-seventh session's start (c02e1827, the
# matching code of ba44cea1) the batch reads as its first reading counted it (2422083a): 12 of 18
# found (none matched, 12 proposed), 6 missed; no variant matched, 2 proposed. Scores are the
# start's; "alone" is the pair scored by itself (`score_pairs`, titles and other fields, no prices).
# No pair of the batch shares a code or a GTIN (our GTINs are on ours only), so nothing shows this
# competitor's wording right and no pair is matched.
# - Proposed where a person would expect a match, maker and model on both sides, titles 58-77%
#   alike (12): FCS II Performer PC M (O0-T0) 0.64, our MPN FPER-PC03-MD-TS-R in their description
#   after "Namba blong pat:" not read (cause not traced; the pair alone reads no MPN either); Futures
#   F6 Alpha (O4-T4) 0.61, "F6" not read as a code; FCS Regular Essential 6' / 6ft (O6-T6) 0.63;
#   Sex Wax Quick Humps (O10-T10) 0.61; FCS Day All Purpose 6'3" (O12-T12) 0.66; Firewire Seaside
#   5'7" (O14-T14) 0.78; Softech Roller (O17-T17) 0.71; O'Neill Hyperfreak 4/3+ M (O18-T18) 0.78;
#   Creatures Mick Fanning (O21-T21) 0.76 and Day Use bag (O22-T22) 0.77; SurfEars 3.0 (O25-T25)
#   0.63; Solarez Epoxy (O31-T31) 0.64.
# - Missed, one word in each shop's language the only words apart: Creatures Reliance Pro 6' blue
#   (O8-T8) 0.55 alone ("one word differs: leash/urdina vs blu", the red one beside it); Futures
#   Machado Keel twin (O23-T23) 0.49 alone ("hegatsak/rentzat vs blong/fin"); Rip Curl Corps
#   (O27-T27) 0.45 alone ("mahuka luzea" against "long sleeve"); FCS D-Ring soft racks (O34-T34) 0.37
#   alone.
# - Missed, the Seaside's English second listing (O14-T14b) 0.55 alone; "Seaside" is on 7 of their
#   listings.
# - Missed, no maker: the changing poncho (O29-T29) 0.33 alone.
# Variants proposed (2), both with our Hyperfreak 4/3+ M and "the same product as their listing":
# the 3/2+ (T19) 0.65 and the 4/3+ in L (T20) 0.73. The thickness "4/3+" is read only as the
# numbers 4 and 3, no conflict with "3/2+"; the letter sizes "M" and "L" are not read as sizes
# (ours ", M,", theirs "zip M blak"); read alone, rows [18, 20] propose the L one the same way.
# Variants matched: none. Kept apart: the L and four-fin Performer sets, F4 Alpha, the 7 ft leash,
# the red Reliance, the warm wax, the 6'0" bag, the 5'5" Seaside, the second-hand Seaside, the
# twin fin with no maker, the Softech with a leash and wax, SurfEars 2.0, the short sleeve, the blue
# poncho, Solarez Polyester; our Accelerator and Seaside & Beyond (ours only) matched nothing.


# A defect of the first reading, named so that the change that mends it sees it pass: a wetsuit
# a letter size apart ("M" / "L", after a comma on ours, among words on theirs) is put to a person as
# a further listing of our product ("the same product as their listing").
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at the thirty-seventh session's start the L wetsuit was proposed with our M")
def test_a_wetsuit_a_letter_size_apart_is_not_proposed_as_a_further_listing_of_ours(tmp_path):
    # "Neoprenozko jantzia O'Neill Hyperfreak 4/3+ Chest Zip, M, beltza" / "... chest zip M blak"
    # beside "... chest zip L blak": ours found, the L neither matched nor put to a person.
    counts, found, truth = BATCH.read_rows(tmp_path, BISLAMA, [18, 20])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_fifth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 2422083a, whose matching code is the session's start a3fc6ad2): 12 of
    # 18 true pairs found (none matched, 12 proposed), 6 missed; no variant matched, 2 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=0, found=12, wrong_matched=0, wrong_proposed=2)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds25d [-v]
    BATCH.print_reading()
