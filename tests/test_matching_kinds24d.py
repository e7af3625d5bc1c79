"""A twenty-fourth round of catalogues set aside, its fourth batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Sheep shearing and flock care: shearing handpieces, combs and cutters, a handpiece's spare parts,
clippers for sheep, cattle and show animals, hand shears and hoof shears, a grinding disc,
machine oil, ear tags, marking spray and wool packs, a kind none of the twenty-three rounds held
(the farm rounds held farm machinery parts, beekeeping, veterinary medicines, equestrian; ours: a
Greek shop for farmers and shearers, 19 products in euros, titled in Greek as such shops write
them: the kind first ("Χειρολαβή κουρέματος προβάτων", "Χτένα κουρέματος", "Κουρευτική μηχανή",
"Ψαλίδι"), then maker and model, teeth, count, size and colour after commas, decimals with a comma
("0,5 l", "6,5\"") and thousands with a point ("3.200 στροφές/λεπτό"), "Χειρολαβή κουρέματος
προβάτων Heiniger Xpert, 3.200 στροφές/λεπτό"; theirs: a Maseru shop, 35 listings in maloti, titled
in Sesotho (Latin letters, Lesotho's spelling) around the maker and model: maker and model first,
the kind after, decimals with a point and thousands with a space ("3 200 rpm"), what a part is for
after "bakeng sa", "Heiniger Xpert handpiece ea ho kuta linku, 3 200 rpm").
"ho kuta" is to shear ("κούρεμα"), "linku" sheep ("πρόβατα"), "likhomo" cattle ("βοοειδή"),
"mochini oa ho kuta" a shearing machine or clipper ("κουρευτική μηχανή"), "kama" a comb ("χτένα"),
"meno a 13" 13 teeth ("13 δόντια"), "lihahi" cutters ("μαχαίρια"), "pakete ea 10" a packet of 10
("10 τεμ."), "likarolo" parts ("ανταλλακτικά"), "seta" a set ("σετ"), "sekere" shears ("ψαλίδι"),
"litlhako" hooves ("νύχια"), "disc ea ho leotsa" a sharpening disc ("δίσκος τροχίσματος"), "oli ea
mochini" machine oil ("λάδι λίπανσης"), "litha" litres, "li-tag tsa litsebe" ear tags ("ενώτια"),
"sefafatsi sa ho tšoaea liphoofolo" a spray for marking animals ("σπρέι σήμανσης ζώων"), "mokotla oa
boea" a wool pack ("σάκος μαλλιού"), "ntle le terata" without a cord ("ασύρματη"), "lebelo" speed
("ταχύτητα"); "e putsoa" blue ("μπλε"), "e khubelu" red ("κόκκινο"), "e tala" green ("πράσινο"),
"mosehla" yellow ("κίτρινο"); "bakeng sa" for (before what a part fits, "για"), "le" and; "e
sebelisitsoeng" used, "ea pontšo" a display piece, "ntle le lebokose" without its box; "Nomoro ea
karolo" the part number (in a description).

The hard things, written as such shops write them, not to be easy or hard: one maker's handpieces
that are names (Heiniger Xpert / Evo, both ours and in both shops), the Xpert used and in a set with
cutters and a comb, its part number in their description after "Nomoro ea karolo", and its speed
written "3.200" on ours and "3 200" on theirs; the maker's comb "for" two of our handpieces and the
maker's spare parts "for" one (accessories of ours naming our products), another maker's comb "for"
the Xpert with the same teeth as our comb, and another maker's cutters "for" Heiniger; a comb a
tooth count apart (13 / 9), cutters a packet apart (10 / 5); clippers a generation apart by a digit
(Lister Laser 2 / Laser; our Legend ours only), a model that is a name (Lister Star), the maker's
code with its suffix on ours and cut short on theirs (Oster ShowMaster 78153-013 / 78153) and a
display piece without its box, a cordless clipper and its "Style" (Heiniger Saphir / Saphir Style),
a two-character model a word apart (Oster Golden A5 / Turbo A5); shears a length apart (6,5 / 5.5"),
hoof shears a colour apart in Sesotho (green / red); a disc a grit apart (80 / 100), oil a volume
apart (0,5 / 1 l), tags a count apart (25 / 50), spray a colour apart (blue / red; our green ours
only), wool packs a size apart with no maker; "Xpert" on 8 of their listings (the second listing
included) and "Heiniger" on 18; one product listed twice (the second time in English, the maker's
own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_XPERT = gtin_with_check_digit("764016170120")
GTIN_LASER2 = gtin_with_check_digit("503318420005")
GTIN_JAKOTI = gtin_with_check_digit("501306105065")

# A Greek shearing and farm shop in euros against a Maseru one titled in Sesotho, in maloti.
SHEARING: list[Row] = [
    ("Χειρολαβή κουρέματος προβάτων Heiniger Xpert, 3.200 στροφές/λεπτό", "389.00",
     "Heiniger Xpert handpiece ea ho kuta linku, 3 200 rpm", "7650.00",
     {"ours": {"brand": "Heiniger", "gtin": GTIN_XPERT, "mpn": "701-200"},
      "theirs": {"brand": "Heiniger", "description": "Nomoro ea karolo: 701-200"}}),
    (None, None, "Heiniger Xpert handpiece e sebelisitsoeng", "3900.00"),
    (None, None, "Heiniger Xpert seta: handpiece, lihahi tse 10 le kama", "9200.00"),
    (None, None, "Lister Goldline kama, meno a 13, bakeng sa Heiniger Xpert", "420.00"),
    ("Σετ ανταλλακτικών Heiniger για χειρολαβή Xpert", "59.00",
     "Heiniger seta ea likarolo bakeng sa Xpert", "1150.00"),
    ("Χειρολαβή κουρέματος προβάτων Heiniger Evo", "349.00",
     "Heiniger Evo handpiece ea ho kuta linku", "6900.00"),
    ("Χτένα κουρέματος Heiniger Quadrant, 13 δόντια", "29.90",
     "Heiniger Quadrant kama ea ho kuta, meno a 13 (bakeng sa Xpert le Evo)", "580.00"),
    (None, None, "Heiniger Quadrant kama ea ho kuta, meno a 9 (bakeng sa Xpert le Evo)", "580.00"),
    ("Μαχαίρια κουρέματος Heiniger Ultra, 4 μυτών, 10 τεμ.", "49.00",
     "Heiniger Ultra lihahi tsa 4-point, pakete ea 10", "950.00"),
    (None, None, "Heiniger Ultra lihahi tsa 4-point, pakete ea 5", "520.00"),
    (None, None, "Jackaroo lihahi tsa 4-point, pakete ea 10, bakeng sa Heiniger", "650.00"),
    ("Κουρευτική μηχανή Lister Laser 2", "329.00", "Lister Laser 2 mochini oa ho kuta", "6400.00",
     {"ours": {"brand": "Lister", "gtin": GTIN_LASER2}}),
    (None, None, "Lister Laser mochini oa ho kuta", "5200.00"),
    ("Κουρευτική μηχανή Lister Legend", "279.00", None, None),
    ("Κουρευτική μηχανή βοοειδών Lister Star", "299.00", "Lister Star mochini oa ho kuta likhomo", "5900.00"),
    ("Κουρευτική μηχανή Oster ShowMaster 78153-013", "449.00",
     "Oster ShowMaster 78153 mochini oa ho kuta linku", "8800.00",
     {"ours": {"brand": "Oster", "mpn": "78153-013"}}),
    (None, None, "Oster ShowMaster mochini oa ho kuta, ea pontšo, ntle le lebokose", "6500.00"),
    ("Ασύρματη κουρευτική μηχανή Heiniger Saphir", "269.00",
     "Heiniger Saphir mochini oa ho kuta ntle le terata", "5300.00"),
    (None, None, "Heiniger Saphir Style mochini oa ho kuta ntle le terata", "4600.00"),
    ("Κουρευτική μηχανή Oster Golden A5, 2 ταχυτήτων", "189.00",
     "Oster Golden A5 mochini oa ho kuta, lebelo tse 2", "3700.00"),
    (None, None, "Oster Turbo A5 mochini oa ho kuta, lebelo tse 2", "4100.00"),
    ("Ψαλίδι κουρέματος προβάτων Burgon & Ball Jakoti, 6,5\"", "24.90",
     "Burgon & Ball Jakoti sekere sa linku 6.5\"", "480.00",
     {"ours": {"brand": "Burgon & Ball", "gtin": GTIN_JAKOTI}}),
    (None, None, "Burgon & Ball Jakoti sekere sa linku 5.5\"", "450.00"),
    ("Ψαλίδι νυχιών προβάτων Burgon & Ball, πράσινη λαβή", "14.90",
     "Burgon & Ball sekere sa litlhako tsa linku e tala", "290.00"),
    (None, None, "Burgon & Ball sekere sa litlhako tsa linku e khubelu", "290.00"),
    ("Δίσκος τροχίσματος Heiniger, κόκκος 80", "12.90", "Heiniger disc ea ho leotsa, grit 80", "250.00"),
    (None, None, "Heiniger disc ea ho leotsa, grit 100", "250.00"),
    ("Λάδι λίπανσης κουρευτικών Heiniger, 0,5 l", "9.90", "Heiniger oli ea mochini 0.5 litha", "190.00"),
    (None, None, "Heiniger oli ea mochini 1 litha", "330.00"),
    ("Ενώτια προβάτων Allflex, κίτρινα, 25 τεμ.", "19.90",
     "Allflex li-tag tsa litsebe tsa linku, tse mosehla, 25", "390.00"),
    (None, None, "Allflex li-tag tsa litsebe tsa linku, tse mosehla, 50", "740.00"),
    ("Σπρέι σήμανσης ζώων Raidex, 500 ml, μπλε", "8.90",
     "Raidex sefafatsi sa ho tšoaea liphoofolo 500 ml, e putsoa", "175.00"),
    (None, None, "Raidex sefafatsi sa ho tšoaea liphoofolo 500 ml, e khubelu", "175.00"),
    ("Σπρέι σήμανσης ζώων Raidex, 500 ml, πράσινο", "8.90", None, None),
    ("Σάκος μαλλιού πολυπροπυλενίου, 100 x 150 cm", "6.90", "Mokotla oa boea oa polypropylene 100 x 150 cm", "120.00"),
    (None, None, "Mokotla oa boea oa polypropylene 80 x 120 cm", "95.00"),
]

KINDS: dict[str, list[Row]] = {"sheep shearing and flock care, a Maseru shop in Sesotho in maloti": SHEARING}
(SESOTHO,) = KINDS
CURRENCIES = {SESOTHO: "LSL"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    SESOTHO: [(0, "Heiniger Xpert Sheep Shearing Handpiece (701-200)", "7800.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[SESOTHO]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # Two handpieces of ours from one maker, both in both shops; the maker's comb names both and
    # its spare parts one, each a true pair of ours, not of a handpiece.
    assert {("O0", "T0"), ("O5", "T5"), ("O4", "T4"), ("O6", "T6")} <= truth
    # Another maker's comb names our Xpert, another's cutters our maker: pairs of nothing.
    assert "Xpert" in next(t for t in theirs if t["key"] == "T3")["name"]
    assert not any(t in ("T3", "T10") for _, t in truth)
    assert sum("Xpert" in t["name"] for t in theirs) == 8
    # Our Lister Legend and green Raidex are ours only.
    assert not any(o in ("O13", "O33") for o, _ in truth)
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Shearing Handpiece" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-three rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 13 of 18 found (2 matched, 11 proposed), 5 missed; no variant matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 5 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: the makers are in Latin letters on both sides, the kind words Greek against Sesotho;
# most models are names ("Xpert", "Evo", "Quadrant", "Ultra", "Star", "ShowMaster", "Saphir",
# "Jakoti") or a name and a digit ("Laser 2", "Golden A5"); the twenty-third round's models that
# were names were missed or only proposed.
# Failed at first reading: 12 of 17 found (1 matched, 11 proposed; 0.71), 5 missed. Passes since the
# thirty-ninth session: the sack (O34-T34, "100 x 150 cm" all both titles share, each other's only
# candidate) is asked about where the gate asks (`calibration.first_round.isolated_by_numbers`), 13 of 17.
def test_a_sesotho_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Heiniger Xpert handpiece ea ho kuta linku, 3 200 rpm" / "Χειρολαβή κουρέματος προβάτων
    # Heiniger Xpert, 3.200 στροφές/λεπτό": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, SESOTHO)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a name (Xpert / Evo, Saphir / Saphir Style, Golden A5 / Turbo A5), a digit (Laser 2 /
# Laser), teeth (13 / 9), a packet (10 / 5), a length (6,5 / 5.5"), a grit (80 / 100), a volume
# (0,5 / 1 l), a count (25 / 50), a colour in Sesotho (green / red, blue / red) or a size (100 x 150 /
# 80 x 120 cm) is the only difference.
SIBLINGS = [0, 5, 6, 7, 8, 9, 11, 12, 13, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
            34, 35]


# Passed at first reading: no sibling matched or proposed, but of the rows' 14 true pairs 1 was
# proposed and 13 missed: it passes because nearly nothing was found.
def test_a_sibling_a_name_a_digit_a_count_a_size_or_a_colour_apart_tells_two_listings_apart(tmp_path):
    # Our Xpert and Evo each with its own; the 9-tooth comb beside our 13; the packet of 5 beside our
    # 10; Laser beside our Laser 2 (and our Legend, ours only); Saphir Style beside our Saphir; Turbo
    # A5 beside our Golden A5; Jakoti 5.5" beside our 6,5"; red hoof shears beside our green; grit 100
    # beside our 80; 1 l of oil beside our 0,5 l; 50 tags beside our 25; red spray beside our blue
    # (and our green, ours only); the 80 x 120 pack beside our 100 x 150: nothing matched to a
    # product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, SESOTHO, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Passed at first reading: no sibling matched or proposed (of the rows' 14 true pairs 1 proposed,
# 13 missed).
def test_a_sibling_a_name_a_digit_a_count_a_size_or_a_colour_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, SESOTHO, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the maker's comb and spare parts name our handpieces after "bakeng sa" and are ours;
# Lister's comb names our Xpert after "bakeng sa" with the same teeth as our comb, Jackaroo's cutters
# our maker with the same points and packet as our cutters; the twenty-third round matched another
# maker's accessory "for" our product as ours.
# Failed at first reading: all 4 of the rows' true pairs missed; nothing else matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the four true pairs were missed")
def test_our_handpiece_its_makers_parts_and_other_makers_parts_for_it_do_not_cross(tmp_path):
    # Our Xpert, its spare parts, our Quadrant comb and our Ultra cutters against theirs, Lister's
    # comb and Jackaroo's cutters: each of ours found with its own listing, Lister's and Jackaroo's
    # matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, SESOTHO, [0, 3, 4, 6, 8, 10])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: "e sebelisitsoeng", "ea pontšo, ntle le lebokose" and a set "seta: ..., lihahi tse 10 le
# kama" are words no condition or bundle rule before read.
# Passed at first reading: none matched or proposed (of the rows' 2 true pairs 1 matched, 1
# proposed).
def test_a_used_handpiece_a_set_and_a_display_clipper_are_not_matched_as_ours(tmp_path):
    # The used Xpert and the Xpert set beside our Xpert's own listing; the display ShowMaster beside
    # our ShowMaster's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, SESOTHO, [0, 1, 2, 15, 16])
    assert not counts["wrong matched"], found


# Uncertain: ours writes the maker's code with its suffix ("78153-013") and theirs cuts it
# ("78153"); "A5" is two characters after a name, and "Turbo A5" shares it.
# Failed at first reading: 1 of the rows' 2 true pairs matched, 1 missed; nothing else matched.
# Passes since a model's name after the maker is proposed (e68efeba, the session of the reading).
def test_a_code_cut_short_and_a_two_character_model_find_their_listing(tmp_path):
    # Our ShowMaster 78153-013 and our Golden A5 against theirs and Turbo A5: both of ours found, Turbo
    # A5 matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, SESOTHO, [15, 19, 20])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: ours writes "0,5 l" and "6,5\"", theirs "0.5" and "6.5\""; the twenty-third round's
# decimal commas were read as thousands.
# Failed at first reading: 1 of the rows' 2 true pairs proposed, 1 missed; no sibling matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed")
def test_decimals_written_with_a_comma_find_their_listing_not_its_sibling(tmp_path):
    # "Λάδι λίπανσης κουρευτικών Heiniger, 0,5 l" / "Heiniger oli ea mochini 0.5 litha" beside the 1
    # litre; "... Jakoti, 6,5\"" / "... Jakoti sekere sa linku 6.5\"" beside the 5.5": both of ours
    # found, neither sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, SESOTHO, [21, 22, 27, 28])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "Xpert" is on 8 of their listings.
# Failed at first reading: the second listing matched, the first missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the first listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Heiniger Xpert Sheep Shearing Handpiece (701-200)" beside "Heiniger Xpert handpiece ea ho kuta
    # linku, 3 200 rpm": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-fifth session); copied here once it
# was not (thirty-sixth session). Read at the thirty-sixth session's start (a3fc6ad2) the batch
# reads as at its first reading (f360161a), pair for pair, but where a line below says otherwise;
# each missed true pair scored alone (`score_pairs`, titles and other fields, no prices) reads the
# same at both but where a line says otherwise. Scores are the start's:
# - Matched by code (2): the Heiniger Xpert's English second listing (O0-T0b) 0.93 ("same model code
#   701200", the part number in its title), Oster ShowMaster (O15-T15) 0.94 ("same model code
#   78153013": ours "78153-013", theirs "78153").
# - Proposed (11), all but one by wording with the rule not trusted in this catalogue: Lister Laser
#   2 (O11-T11) 0.56, Lister Star (O14-T14) 0.38, Heiniger Saphir (O17-T17) 0.37, Oster Golden A5
#   (O19-T19) 0.49, the disc (O25-T25) 0.30, Allflex tags (O29-T29) 0.32, Raidex (O31-T31) 0.29,
#   Heiniger Evo (O5-T5) 0.37, the Quadrant comb (O6-T6) 0.36, Ultra cutters (O8-T8) 0.38; Burgon &
#   Ball Jakoti (O21-T21) 0.68 on the titles ("6,5\"" / "6.5\"": no conflict). Names as models
#   ("Xpert", "Evo", "Star", "Saphir", "Quadrant", "Ultra", "Jakoti") and "Laser 2", "A5" not read
#   as codes.
# - Missed, thousands grouped with a space read as two numbers: the Xpert's first listing (O0-T0)
#   0.08 alone, "numbers differ: 3200 vs 3" (their "3 200 rpm" read as 3 and 200, our "3.200" as
#   3200); its part number 701-200 in their description after "Nomoro ea karolo:" gave nothing (not
#   read, or outweighed by the conflict).
# - Missed: the spare parts set "bakeng sa Xpert" (O4-T4) 0.30 alone; the hoof shears "πράσινη λαβή"
#   / "e tala" (green; O23-T23) 0.29; the oil "0,5 l" / "0.5 litha" (O27-T27) 0.29 (the unit "litha"
#   not read; no conflict either); the wool pack, no maker (O34-T34) 0.33.
# Variants: none matched or proposed. Kept apart (most because their own pair was only proposed by
# wording or missed): the used Xpert, the Xpert set, Lister's comb "bakeng sa Heiniger Xpert", the
# 9-tooth comb, the packet of 5 cutters, Jackaroo cutters "bakeng sa Heiniger", the Laser, the
# display ShowMaster, Saphir Style, Turbo A5, Jakoti 5.5", the red hoof shears, grit 100, 1 litha,
# 50 tags, the red Raidex, 80 x 120; our Legend and green Raidex (ours only) matched nothing.
# Rows alone (the outcome tests' calls, at first reading): in the siblings' rows 13 of 14 true pairs
# missed (Jakoti proposed), the wording rule refusing in those rows; in the parts rows [0, 3, 4, 6,
# 8, 10] all four missed; in [0, 1, 2, 15, 16] the Xpert proposed 0.35 by wording, ShowMaster
# matched. Since then names12's model names after the maker propose the Golden A5 in the cut code /
# two-character model rows (that test made plain, 5277df59).


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_fourth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at f360161a, whose matching code is the session's start 62d3bb29 but for
    # 0eea54b5, a forked reader's failed write given up, and bcb019c0, no quantity begun after a
    # number's comma): 13 of 18 true pairs found (2 matched, 11 proposed), 5 missed; no variant
    # matched or proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=2, found=13, wrong_matched=0, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds24d [-v]
    BATCH.print_reading()
