"""A nineteenth round of catalogues set aside, its third batch, written before the matcher read it, so
that its first reading is a figure on catalogues the matching rules were not written on.

South Asian cookware and kitchen machines: pressure cookers, mixer grinders, wet grinders, idli
makers and tawas, a kind none of the eighteen rounds held (the kitchen rounds held European kitchen
machines, knives and tableware; ours: an Irish shop of South Asian groceries and kitchenware, 19
products in euros, titled in English as such shops write them: maker and range, the kind, the size
in litres, watts and jars after commas, a model code in brackets on some, "Hawkins Classic Pressure
Cooker 5 Litre (CL50)"; theirs: a Jaffna home-appliance shop in Sri Lanka, 35 listings in rupees,
titled in Tamil around the maker and range in Latin letters as such shops write them: the English
kind words written in Tamil letters ("பிரஷர் குக்கர்", "மிக்ஸி"), "லிட்டர்" after the size, "Hawkins
Classic பிரஷர் குக்கர் 5 லிட்டர் (CL50)"). "பிரஷர் குக்கர்" / "குக்கர்" is a pressure cooker,
"மிக்ஸி" a mixer grinder, "வெட் கிரைண்டர்" a wet grinder, "இட்லி பாத்திரம்" an idli maker, "தோசை
தவா" a dosa tawa, "கடாய்" a kadai, "இண்டக்ஷன் அடுப்பு" an induction cooktop, "மின்சார கெட்டில்" an
electric kettle, "டிஃபன் பாக்ஸ்" a tiffin box, "கேஸ்கெட்" a gasket, "விசில்" a cooker's whistle
(weight); "லிட்டர்" / "லி" litres, "வாட்" watts, "ஜார்" jars, "தட்டுகள்" plates, "இட்லி" idlis,
"செ.மீ" cm, "அடுக்கு" tiers; "அலுமினியம்" aluminium, "ஹார்ட் அனோடைஸ்டு" hard anodised, "ஸ்டெயின்லெஸ்
ஸ்டீல்" stainless steel, "எவர்சில்வர்" stainless steel as Tamil speech says it, "நான்-ஸ்டிக்"
non-stick, "கிரானைட்" granite; "இண்டக்ஷன் அடிப்பகுதி" an induction base, "மூடியுடன்" with a lid,
"மூடி இல்லாமல்" without a lid; "வெள்ளை" white; "-க்கு", "-க்கான", "குக்கர்களுக்கு" for (cookers);
"பயன்படுத்தப்பட்டது" used, "காட்சிப் பொருள்" a display item, "உத்தரவாதம்" a warranty, "வருட" years.

The hard things, written as such shops write them, not to be easy or hard: one maker's cooker in two
sizes (3 / 5 litres, both in both shops) and in a third size theirs only, one model code written on
one side only; a cooker range in two materials (hard anodised / stainless) and with and without an
induction base; mixer grinders a jar count apart (5 / 4, 4 / 3) and a model number apart (MX-AC300 /
MX-AC400); a wet grinder a size apart (1.25 / 2 litres); a gasket for one range of cooker sizes
against another's, a whistle naming our cooker; an idli maker a plate count apart, a tawa a diameter
apart, a kadai with and without its lid, a tiffin a tier apart, an induction cooktop a maker and
wattage apart; a kettle with its model code in both; a used cooker and a display mixer; a tiffin
with no maker on either side; "Prestige", "Hawkins", "லிட்டர்" and "வாட்" in many titles; the EAN in
some of our GTINs, their shop's codes in some descriptions; one product listed twice (the second
time in English with the model code hyphenated, as the shop's marketplace listings read).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_HAWKINS_CL50 = gtin_with_check_digit("890123450050")
GTIN_ZODIAC_MG218 = gtin_with_check_digit("890440221803")
GTIN_ULTRA_PERFECT_S = gtin_with_check_digit("890654301251")

# An Irish shop of South Asian kitchenware in euros against a Sri Lankan Tamil one in rupees.
COOKWARE: list[Row] = [
    ("Hawkins Classic Pressure Cooker 3 Litre", "39.99", "Hawkins Classic பிரஷர் குக்கர் 3 லிட்டர் (CL30)", "11950",
     {"ours": {"brand": "Hawkins"}, "theirs": {"brand": "Hawkins", "description": "அலுமினியம், உள்ளே மூடும் மூடி. கடை குறியீடு: HK-CL30"}}),
    ("Hawkins Classic Pressure Cooker 5 Litre (CL50)", "49.99", "Hawkins Classic பிரஷர் குக்கர் 5 லிட்டர் (CL50)", "14950",
     {"ours": {"brand": "Hawkins", "gtin": GTIN_HAWKINS_CL50}, "theirs": {"description": "கடை குறியீடு: HK-CL50"}}),
    (None, None, "Hawkins Classic பிரஷர் குக்கர் 2 லிட்டர் (CL20)", "9950"),
    (None, None, "Hawkins Classic பிரஷர் குக்கர் 5 லிட்டர் - பயன்படுத்தப்பட்டது, நல்ல நிலை", "6500"),
    ("Hawkins Contura Hard Anodised Pressure Cooker 3 Litre", "59.99", "Hawkins Contura ஹார்ட் அனோடைஸ்டு பிரஷர் குக்கர் 3 லி", "18950"),
    (None, None, "Hawkins Contura ஸ்டெயின்லெஸ் ஸ்டீல் பிரஷர் குக்கர் 3 லி", "21950"),
    ("Prestige Popular Plus Aluminium Pressure Cooker 5 Litre", "34.99", "Prestige Popular Plus அலுமினியம் பிரஷர் குக்கர் 5 லிட்டர்", "10450"),
    (None, None, "Prestige Popular Plus அலுமினியம் பிரஷர் குக்கர் 5 லிட்டர் (இண்டக்ஷன் அடிப்பகுதி)", "12450"),
    (None, None, "Prestige Popular Plus குக்கருக்கான விசில்", "650"),
    ("Prestige Svachh Pressure Cooker 3 Litre, induction base", "44.99", "Prestige Svachh 3 லிட்டர் பிரஷர் குக்கர் (இண்டக்ஷன்)", "13950"),
    (None, None, "Prestige Svachh 5 லிட்டர் பிரஷர் குக்கர் (இண்டக்ஷன்)", "16950"),
    ("Preethi Zodiac MG 218 Mixer Grinder 750W, 5 jars", "149.99", "Preethi Zodiac MG 218 மிக்ஸி 750 வாட் 5 ஜார்கள்", "42500",
     {"ours": {"brand": "Preethi", "gtin": GTIN_ZODIAC_MG218},
      "theirs": {"brand": "Preethi", "description": "750 வாட் மோட்டார், 5 ஜார்கள், 2 வருட உத்தரவாதம். கடை குறியீடு: PR-ZOD-MG218"}}),
    (None, None, "Preethi Zodiac MG 218 மிக்ஸி 750 வாட் 4 ஜார்கள்", "38500"),
    (None, None, "Preethi Zodiac MG 218 மிக்ஸி - காட்சிப் பொருள், 1 வருட உத்தரவாதம்", "33500"),
    ("Butterfly Jet Elite Mixer Grinder 750W, 4 jars, white", "89.99", "Butterfly Jet Elite 750 வாட் மிக்ஸி 4 ஜார், வெள்ளை", "27500"),
    (None, None, "Butterfly Jet Elite 750 வாட் மிக்ஸி 3 ஜார், வெள்ளை", "23500"),
    ("Panasonic MX-AC300 Mixer Grinder 550W, 3 jars", "79.99", "Panasonic MX-AC300 மிக்ஸி 550W (3 ஜார்)", "24900"),
    (None, None, "Panasonic MX-AC400 மிக்ஸி 550W (4 ஜார்)", "29900"),
    ("Ultra Perfect S Table Top Wet Grinder 1.25 Litre", "169.99", "Ultra Perfect S வெட் கிரைண்டர் 1.25 லிட்டர்", "49500",
     {"ours": {"brand": "Ultra", "gtin": GTIN_ULTRA_PERFECT_S}}),
    (None, None, "Ultra Perfect S வெட் கிரைண்டர் 2 லிட்டர்", "56500"),
    ("Hawkins Gasket for 3.5 to 8 Litre Pressure Cookers (B10-09)", "4.49", "Hawkins கேஸ்கெட் 3.5 - 8 லிட்டர் குக்கர்களுக்கு (B10-09)", "850",
     {"ours": {"brand": "Hawkins", "mpn": "B10-09"}}),
    (None, None, "Hawkins கேஸ்கெட் 1.5 - 3 லிட்டர் குக்கர்களுக்கு (A10-09)", "750"),
    ("Prestige Stainless Steel Idli Maker, 4 plates (16 idlis)", "29.99", "Prestige ஸ்டெயின்லெஸ் ஸ்டீல் இட்லி பாத்திரம் 4 தட்டுகள் (16 இட்லி)", "8950"),
    (None, None, "Prestige ஸ்டெயின்லெஸ் ஸ்டீல் இட்லி பாத்திரம் 3 தட்டுகள் (12 இட்லி)", "7450"),
    ("Hawkins Futura Non-stick Dosa Tava 33 cm", "32.99", "Hawkins Futura நான்-ஸ்டிக் தோசை தவா 33 செ.மீ", "9450"),
    (None, None, "Hawkins Futura நான்-ஸ்டிக் தோசை தவா 28 செ.மீ", "7950"),
    ("Prestige Omega Deluxe Granite Kadai 24 cm with lid", "36.99", "Prestige Omega Deluxe கிரானைட் கடாய் 24 செ.மீ மூடியுடன்", "10950"),
    (None, None, "Prestige Omega Deluxe கிரானைட் கடாய் 24 செ.மீ (மூடி இல்லாமல்)", "8950"),
    ("Pigeon Rapido Cute Induction Cooktop 1800W", "44.99", "Pigeon Rapido Cute இண்டக்ஷன் அடுப்பு 1800 வாட்", "12950"),
    (None, None, "Prestige PIC 20 இண்டக்ஷன் அடுப்பு 1200 வாட்", "11950"),
    ("Butterfly Curve Stainless Steel Pressure Cooker 3 Litre", "42.99", "Butterfly Curve எவர்சில்வர் குக்கர் 3 லிட்டர்", "13450"),
    ("Stainless Steel Tiffin Box, 3 tier", "14.99", "எவர்சில்வர் டிஃபன் பாக்ஸ் 3 அடுக்கு", "3450"),
    (None, None, "எவர்சில்வர் டிஃபன் பாக்ஸ் 4 அடுக்கு", "4250"),
    ("Prestige Electric Kettle PKOSS 1.5 Litre, stainless steel", "24.99", "Prestige மின்சார கெட்டில் PKOSS 1.5 லிட்டர்", "6950"),
    ("Preethi Blue Leaf Diamond MG 214 Mixer Grinder 750W, 3 jars", "99.99", None, None),
    ("Hawkins Miss Mary Pressure Cooker 3 Litre", "29.99", None, None),
]

KINDS: dict[str, list[Row]] = {"South Asian cookware, a Sri Lankan shop in Tamil in rupees": COOKWARE}
(TAMIL,) = KINDS
CURRENCIES = {TAMIL: "LKR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    TAMIL: [(11, "Preethi Zodiac Mixer Grinder MG-218 750W (5 Jars) - 2 Years Warranty", "42900")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[TAMIL]
    # One cooker of ours in two sizes, both in both shops; the model code on one side only for one.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    assert "CL30" not in next(o for o in ours if o["sku"] == "O0")["name"]
    # The second listing is in English, the model code hyphenated.
    second = next(t for t in theirs if t["key"] == "T11b")
    assert "MG-218" in second["name"] and ("O11", "T11b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the eighteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 4 of 18 found (3 matched, 1 proposed), 14 missed; no variant matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 14 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: the maker and range are what most titles share in Latin letters ("Hawkins Classic",
# "Preethi Zodiac MG 218"), the sizes are digits with the unit in Tamil letters ("5 லிட்டர்", "750
# வாட்"); the kind words are English against English written in Tamil; the tiffin has no maker.
# Failed at first reading: 11 of 17 found (3 matched, 8 proposed; 0.65), 6 missed, these rows read
# without the second listing; the whole batch, with it, found 3 of these 17.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 11 of 17 found (0.65)")
def test_a_tamil_title_around_the_maker_and_range_finds_our_product(tmp_path):
    # "Hawkins Classic பிரஷர் குக்கர் 5 லிட்டர் (CL50)" / "Hawkins Classic Pressure Cooker 5 Litre
    # (CL50)": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, TAMIL)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a size in litres or cm written in Tamil (2 / 3 / 5 லிட்டர், 28 / 33 செ.மீ), a
# material or a base (ஸ்டெயின்லெஸ் ஸ்டீல், இண்டக்ஷன் அடிப்பகுதி), a jar, plate or tier count, a
# model number (MX-AC400, A10-09) or a lid ("மூடி இல்லாமல்") is the only difference.
SIBLINGS = [0, 1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 31, 32]


# Passed at first reading: no sibling matched or proposed, partly because 10 of the rows' 14 true
# pairs were missed where these rows stood alone (4 found, 3 matched, 1 proposed).
def test_a_sibling_a_size_a_material_a_count_or_a_lid_apart_tells_two_listings_apart(tmp_path):
    # The 2 litre Classic beside our 3 and 5; the stainless Contura beside our hard anodised; the
    # Popular Plus with an induction base beside ours without; the 5 litre Svachh beside our 3; the
    # 4-jar Zodiac beside our 5-jar; the 3-jar Jet Elite beside our 4-jar; MX-AC400 beside our
    # MX-AC300; the 2 litre wet grinder beside our 1.25; the A10-09 gasket beside our B10-09; the
    # 3-plate idli maker beside our 4-plate; the 28 cm tawa beside our 33 cm; the kadai without a lid
    # beside ours with one; the 4-tier tiffin beside our 3-tier: nothing matched to a product it is
    # not.
    counts, found, _ = BATCH.read_rows(tmp_path, TAMIL, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Passed at first reading: no sibling matched or proposed, partly because 10 of the rows' 14 true
# pairs were missed where these rows stood alone (4 found).
def test_a_sibling_a_size_a_material_a_count_or_a_lid_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, TAMIL, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, the range and the kind; only the litres (and a code on one
# side of the 3 litre's pair) differ.
# Passed at first reading: nothing crossed, partly because one of the two pairs was missed in these
# rows (the other matched).
def test_two_sizes_of_one_cooker_do_not_cross(tmp_path):
    # Our Classic "3 Litre" and "5 Litre (CL50)" against their "3 லிட்டர் (CL30)" and "5 லிட்டர்
    # (CL50)": neither of ours matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, TAMIL, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "பயன்படுத்தப்பட்டது" and "காட்சிப் பொருள்" are words no condition rule before read;
# the whistle names our cooker with a Tamil "for" joined to the word for cooker.
# Passed at first reading: nothing matched or proposed with our products; the rows' 3 true pairs
# matched.
def test_a_used_cooker_a_display_mixer_and_a_whistle_for_ours_are_not_matched_as_ours(tmp_path):
    # "Hawkins Classic ... 5 லிட்டர் - பயன்படுத்தப்பட்டது" beside the new cooker's own listing; the
    # Zodiac "காட்சிப் பொருள்" beside the new mixer's; "Prestige Popular Plus குக்கருக்கான விசில்"
    # beside our Popular Plus's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, TAMIL, [1, 3, 6, 8, 11, 13])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the first listing missed (the second proposed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the first listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Preethi Zodiac Mixer Grinder MG-218 750W (5 Jars) - 2 Years Warranty" beside "Preethi Zodiac
    # MG 218 மிக்ஸி 750 வாட் 5 ஜார்கள்": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirtieth session); copied here once it was
# not (thirty-first session). The batch read at the thirty-first session's start (484bca53) as at its
# first reading (94287c06), pair for pair and score for score. Each missed true pair scored alone
# (`score_pairs`, titles and other fields, no prices) at 484bca53:
# - The whole batch found 4; its Tamil rows without the English second listing found 11 (3 + 8,
#   the test of Tamil titles above): one English listing ("Preethi Zodiac Mixer Grinder MG-218
#   750W (5 Jars) - 2 Years Warranty", O11-T11b, proposed 0.78) changes how the catalogue's
#   wording is read, as 16b's English further listing did in a Hebrew catalogue. The Zodiac's
#   first listing (O11-T11) 0.64 alone, would be proposed alone, missed in the catalogue.
# - "fuzzy" alone, the units written in Tamil ("லிட்டர்", "லி", "வாட்", "செ.மீ") not read as
#   "Litre", "W", "cm": Hawkins Classic 3 L, theirs "(CL30)" (O0-T0) 0.54, Contura 3 L (O4-T4)
#   0.33, Popular Plus 5 L (O6-T6) 0.45, Svachh 3 L (O9-T9) 0.33, Butterfly Jet Elite 750W
#   (O14-T14) 0.49, Ultra Perfect S 1.25 L (O18-T18) 0.47, the idli maker (O22-T22) 0.27, Futura
#   dosa tava 33 cm (O24-T24) 0.34, Omega Deluxe kadai 24 cm (O26-T26) 0.41, Pigeon Rapido Cute
#   1800W (O28-T28) 0.51, Butterfly Curve "எவர்சில்வர்" 3 L (O30-T30) 0.42, the tiffin box
#   (O31-T31, no maker) 0.12, the kettle "PKOSS" on both sides (O33-T33) 0.37, the code not read.
# Matched: the CL50 cooker, the MX-AC300 and the gasket B10-09 (each "same model code"). No
# variant matched or proposed.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_nineteenth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 94287c06, the matching code of the session's start 09772175 with
    # 4bd5537d (our GTINs read as theirs are)): 4 of 18 true pairs found (3 matched, 1 proposed), 14
    # missed; no variant matched or proposed. Since the wording gate's decoy is read per writing
    # (thirty-first session: the English second listing no longer shuts the gate on the Tamil
    # rows): 11 found (3 matched, 8 proposed), and one wrong pair proposed, the one the Tamil rows
    # alone proposed at first reading: our hard-anodised Contura with their stainless one (0.31).
    holds_its_first_reading(BATCH.read(tmp_path), matched=3, found=11, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds19c [-v]
    BATCH.print_reading()
