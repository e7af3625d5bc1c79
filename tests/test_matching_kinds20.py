"""A twentieth round of catalogues set aside, its first batch, written before the matcher read it, so
that its first reading is a figure on catalogues the matching rules were not written on.

Off-grid solar: lanterns, home kits, charge controllers, inverters, panels, batteries and their
cables, a kind none of the nineteen rounds held (the outdoor and electrical rounds held 12-volt
fridges, water pumps and makers' electronics; ours: a French shop supplying off-grid solar to
associations and small installers, 19 products in euros, titled in French as such shops write them:
the kind first ("Lampe solaire", "Kit solaire", "Régulateur de charge"), then maker and model, the
lumens, watts or volts after commas, "Lampe solaire d.light S30, 60 lumens, jaune"; theirs: an Addis
Ababa solar shop, 35 listings in birr, titled in Amharic (the Ethiopic script) around the maker and
model in Latin letters as such shops write them: maker and model first, the kind and the colour
after, the units written in Ethiopic letters ("ዋት", "ቮልት", "ሚሜ", "ሜትር") or in Latin ("Ah", "A"),
the Ethiopic comma "፣" between notes, "d.light S30 የፀሐይ ፋኖስ ቢጫ").
"የፀሐይ" is solar (of the sun), "ፋኖስ" a lantern ("lanterne", "lampe"), "መብራት" a light, "የተማሪ" a
student's ("d'étude"), "ኪት" a kit, "የቤት የፀሐይ ሲስተም" a home solar system ("kit solaire"), "አምፖል"
a bulb ("ampoule"), "ፓነል" a panel ("panneau"), "ሞኖክሪስታሊን" monocrystalline, "ቻርጅ ኮንትሮለር" a
charge controller ("régulateur de charge"), "ሀይብሪድ ኢንቨርተር" a hybrid inverter ("onduleur
hybride"), "ጄል ባትሪ" a gel battery ("batterie gel"), "ኬብል" a cable ("câble"), "ኮኔክተር" a connector
("connecteur"), "ጥንድ" a pair ("paire"), "ማራገቢያ (ፋን)" a fan ("ventilateur"), "ኢንች" inches
("pouces"), "ሬዲዮ" a radio, "ኤፍኤም" FM, "ቴሌቪዥን" a television; "ስልክ ቻርጅ የሚያደርግ" / "ከስልክ ቻርጀር ጋር"
with phone charging ("recharge téléphone"); "ባለ 3" with 3; "ዋት" watts, "ቮልት" volts, "ሚሜ²" mm²,
"ሜትር" metres; "ቢጫ" yellow ("jaune"), "አረንጓዴ" green, "ቀይ" red ("rouge"), "ጥቁር" black; "ፍሬ"
pieces, "ጅምላ" wholesale, "ጥቅል" a bundle; "ለ... የሚሆን" for (a battery or a cable that fits),
"ምትክ" a replacement; "ያገለገለ" used, "በጥሩ ሁኔታ ላይ ያለ" in good condition, "ለማሳያ የቀረበ" shown
for display, "ሳጥን የለውም" without its box, "ሳጥኑ የተጎዳ" its box damaged, "አዲስ" new; "የሱቅ ኮድ" the
shop's code, "ሞዴል" the model, "ዋስትና" a warranty.

The hard things, written as such shops write them, not to be easy or hard: one maker's lanterns a
model number apart (S30 / S100, both in both shops; S2 beside them) and a colour apart (S30 yellow /
green), a wholesale pack of ten; a maker's lanterns and kits a number apart (Pro 400 / Pro 300,
Home 60 Plus / Home 120) and a kit bundled with a television; one maker's charge controllers a word
apart (SmartSolar / BlueSolar) and a number apart (75/15, 100/15, 100/20, 100/30 ours only);
inverters a model apart (SPF 3000TL LVM-24 / 5000TL HVM-48); a gel battery a capacity apart; a panel,
a cable, a bulb and a fan with no maker on either side, a panel a wattage apart, a cable a colour
apart, connectors a pack count apart; a used lantern, a display lantern without its box and an
inverter whose box is damaged; a replacement battery and a cable naming our products ("ለ... የሚሆን");
the maker's part number in our MPNs and one of their descriptions, the EAN in some of our GTINs;
"Sun King", "d.light", "Victron", "የፀሐይ" and "ዋት" in many titles; one product listed twice (the
second time in English, as the shop's distributor feed writes it).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_S30 = gtin_with_check_digit("694041230300")
GTIN_S100 = gtin_with_check_digit("694041231000")
GTIN_PRO400 = gtin_with_check_digit("696324840040")
GTIN_MPPT_75_15 = gtin_with_check_digit("871939416075")

# A French off-grid solar shop in euros against an Ethiopian one in Amharic, in birr.
OFF_GRID: list[Row] = [
    ("Lampe solaire d.light S30, 60 lumens, jaune", "12.90", "d.light S30 የፀሐይ ፋኖስ ቢጫ", "1450.00",
     {"ours": {"brand": "d.light", "gtin": GTIN_S30}, "theirs": {"brand": "d.light"}}),
    ("Lampe solaire d.light S100, recharge téléphone USB", "24.90", "d.light S100 የፀሐይ መብራት ከስልክ ቻርጀር ጋር", "2650.00",
     {"ours": {"brand": "d.light", "gtin": GTIN_S100},
      "theirs": {"description": "USB ስልክ ቻርጅ፣ 4 የብርሃን ደረጃዎች፣ የ2 ዓመት ዋስትና። የሱቅ ኮድ: AD-DL-S100"}}),
    (None, None, "d.light S30 የፀሐይ ፋኖስ አረንጓዴ", "1450.00"),
    (None, None, "d.light S30 - ያገለገለ፣ በጥሩ ሁኔታ ላይ ያለ", "650.00"),
    (None, None, "d.light S30 የፀሐይ ፋኖስ ቢጫ - 10 ፍሬ (ጅምላ)", "13500.00"),
    ("Lampe solaire d.light S2, lampe d'étude", "6.90", "d.light S2 የተማሪ የፀሐይ መብራት", "790.00"),
    ("Lanterne solaire Sun King Pro 400, 4 modes, recharge téléphone", "39.00", "Sun King Pro 400 የፀሐይ ፋኖስ ስልክ ቻርጅ የሚያደርግ", "4200.00",
     {"ours": {"brand": "Sun King", "gtin": GTIN_PRO400},
      "theirs": {"brand": "Sun King", "description": "እስከ 400 ሉመን፣ ስልክ ቻርጅ ያደርጋል፣ የ2 ዓመት ዋስትና።"}}),
    (None, None, "Sun King Pro 300 የፀሐይ ፋኖስ", "3600.00"),
    (None, None, "ለSun King Pro 400 የሚሆን ምትክ ባትሪ", "950.00"),
    (None, None, "Sun King Pro 400 - ለማሳያ የቀረበ፣ ሳጥን የለውም", "3100.00"),
    ("Lanterne solaire Sun King Boom avec radio FM", "49.00", "Sun King Boom የፀሐይ ፋኖስ ከኤፍኤም ሬዲዮ ጋር", "5400.00"),
    ("Kit solaire Sun King Home 60 Plus, 3 ampoules, panneau 6 W", "79.00", "Sun King Home 60 Plus የፀሐይ ኪት ባለ 3 አምፖል 6 ዋት ፓነል", "8900.00"),
    (None, None, "Sun King Home 120 የፀሐይ ኪት ባለ 4 አምፖል", "14500.00"),
    (None, None, "Sun King Home 60 Plus + 24 ኢንች ቴሌቪዥን ጥቅል", "23900.00"),
    ("Kit solaire d.light D30, 3 lampes et radio", "59.00", "d.light D30 የቤት የፀሐይ ሲስተም 3 አምፖል እና ሬዲዮ", "6900.00"),
    ("Kit solaire BioLite SolarHome 620, 3 lampes, radio MP3", "119.00", "BioLite SolarHome 620 የቤት የፀሐይ ኪት", "13900.00",
     {"theirs": {"description": "3 አምፖሎች፣ ኤፍኤም ሬዲዮ እና MP3፣ 6 ዋት ፓነል። የሱቅ ኮድ: AD-BIO-620"}}),
    ("Régulateur de charge Victron SmartSolar MPPT 75/15", "89.00", "Victron SmartSolar MPPT 75/15 ቻርጅ ኮንትሮለር", "9800.00",
     {"ours": {"brand": "Victron Energy", "gtin": GTIN_MPPT_75_15, "mpn": "SCC075015060R"}, "theirs": {"brand": "Victron"}}),
    ("Régulateur de charge Victron SmartSolar MPPT 100/20", "129.00", "Victron SmartSolar MPPT 100/20 ቻርጅ ኮንትሮለር", "13900.00",
     {"ours": {"brand": "Victron Energy", "mpn": "SCC110020160R"},
      "theirs": {"brand": "Victron", "description": "100V / 20A፣ ብሉቱዝ። Part no. SCC110020160R"}}),
    (None, None, "Victron BlueSolar MPPT 75/15 ቻርጅ ኮንትሮለር", "7600.00"),
    (None, None, "Victron SmartSolar MPPT 100/15 ቻርጅ ኮንትሮለር", "11500.00"),
    (None, None, "ለVictron MPPT 75/15 እና 100/20 የሚሆን VE.Direct ኬብል 1.8 ሜትር", "1900.00"),
    ("Régulateur de charge Victron SmartSolar MPPT 100/30", "169.00", None, None),
    ("Onduleur hybride Growatt SPF 3000TL LVM-24, 3 kW, 24 V", "459.00", "Growatt SPF 3000TL LVM-24 ሀይብሪድ ኢንቨርተር 3000 ዋት 24 ቮልት", "52000.00"),
    (None, None, "Growatt SPF 5000TL HVM-48 ሀይብሪድ ኢንቨርተር 5000 ዋት 48 ቮልት", "78000.00"),
    (None, None, "Growatt SPF 3000TL LVM-24 - ሳጥኑ የተጎዳ፣ አዲስ", "45000.00"),
    ("Panneau solaire monocristallin 100 W, 12 V", "69.00", "ሞኖክሪስታሊን የፀሐይ ፓነል 100 ዋት 12 ቮልት", "7800.00"),
    (None, None, "ሞኖክሪስታሊን የፀሐይ ፓነል 150 ዋት 12 ቮልት", "10500.00"),
    ("Batterie gel 12 V 100 Ah pour installation solaire, Ritar DG12-100", "189.00", "Ritar DG12-100 ጄል ባትሪ 12 ቮልት 100Ah", "21500.00"),
    (None, None, "Ritar DG12-200 ጄል ባትሪ 12 ቮልት 200Ah", "39500.00"),
    ("Câble solaire 6 mm², rouge, 10 m", "19.90", "የፀሐይ ኬብል 6 ሚሜ² ቀይ 10 ሜትር", "1650.00"),
    (None, None, "የፀሐይ ኬብል 6 ሚሜ² ጥቁር 10 ሜትር", "1650.00"),
    ("Connecteurs MC4 (paire), 30 A", "4.90", "MC4 ኮኔክተር (ጥንድ) 30A", "350.00"),
    (None, None, "MC4 ኮኔክተር 10 ጥንድ ጥቅል", "2900.00"),
    ("Ventilateur solaire 12 V, 16 pouces", "34.90", "ባለ 16 ኢንች የፀሐይ ማራገቢያ (ፋን) 12 ቮልት", "3950.00"),
    ("Ampoule LED 12 V 5 W, culot E27", "2.90", "12 ቮልት 5 ዋት LED አምፖል E27", "260.00"),
    ("Lanterne solaire Sun King Pico Plus", "15.90", None, None),
]

KINDS: dict[str, list[Row]] = {"off-grid solar, an Ethiopian shop in Amharic in birr": OFF_GRID}
(ETHIOPIAN,) = KINDS
CURRENCIES = {ETHIOPIAN: "ETB"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    ETHIOPIAN: [(6, "Sun King Pro 400 Solar Lantern with Phone Charging - Original", "4350.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[ETHIOPIAN]
    # Two lanterns of ours a model number apart, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # Two charge controllers of ours a number apart, both in both shops.
    assert {("O16", "T16"), ("O17", "T17")} <= truth
    # The second listing is in English, from the distributor's feed.
    second = next(t for t in theirs if t["key"] == "T6b")
    assert "Solar Lantern" in second["name"] and ("O6", "T6b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the nineteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 9 of 18 found (3 matched, 6 proposed), 9 missed; 1 variant matched, none
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 9 of the 18 true pairs were missed and 1 variant matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides and most carry a code ("S30",
# "Pro 400", "MPPT 75/15", "SPF 3000TL LVM-24", "DG12-100"); the kind words are French against
# Amharic in the Ethiopic script; some have no maker at all (the panel, the cable, the connectors,
# the fan, the bulb) and their units are written in Ethiopic letters.
# Failed at first reading: 8 of 17 found (3 matched, 5 proposed; 0.47), 9 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 8 of 17 found (0.47)")
def test_an_amharic_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "d.light S30 የፀሐይ ፋኖስ ቢጫ" / "Lampe solaire d.light S30, 60 lumens, jaune": at least three
    # quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, ETHIOPIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a model number (S30 / S100 / S2, Pro 400 / 300, Home 60 Plus / 120, 75/15 / 100/15 /
# 100/20, 3000TL LVM-24 / 5000TL HVM-48, DG12-100 / -200), a word ("BlueSolar" / "SmartSolar"), a
# colour written in Amharic, a wattage (100 / 150), a pack count (one pair / ten, one lantern / ten)
# or a television in the bundle is the only difference.
SIBLINGS = [0, 1, 2, 4, 5, 6, 7, 11, 12, 13, 16, 17, 18, 19, 21, 22, 23, 25, 26, 27, 28, 29, 30, 31, 32]


# Failed at first reading: 2 siblings matched (10 of the rows' 12 true pairs matched, 2 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_model_number_a_word_a_colour_or_a_count_apart_tells_two_listings_apart(tmp_path):
    # The green S30 and the pack of ten beside our yellow S30; S2 beside our S30 and S100; Pro 300
    # beside our Pro 400; Home 120 and the Home 60 Plus with a television beside our Home 60 Plus;
    # BlueSolar 75/15 and SmartSolar 100/15 beside our SmartSolar 75/15 and 100/20, their 100/15 and
    # 100/20 beside our 100/30 (ours only); SPF 5000TL HVM-48 beside our 3000TL LVM-24; the 150 W
    # panel beside our 100 W; DG12-200 beside our DG12-100; the black cable beside our red; ten pairs
    # of MC4 beside our one: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, ETHIOPIAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings matched, 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_model_number_a_word_a_colour_or_a_count_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, ETHIOPIAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, "SmartSolar MPPT" and the kind; only "75/15" and "100/20"
# differ, written as numbers with a slash.
# Passed at first reading: nothing crossed; both pairs proposed in these rows.
def test_two_charge_controllers_of_ours_a_number_apart_do_not_cross(tmp_path):
    # Our SmartSolar MPPT 75/15 and 100/20 against theirs: neither of ours matched or put to a person
    # with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, ETHIOPIAN, [16, 17])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, the kind words and the colour; only "S30" and "S100" differ.
# Passed at first reading: nothing crossed; one pair matched and one proposed in these rows.
def test_two_lanterns_of_ours_a_model_number_apart_do_not_cross(tmp_path):
    # Our d.light S30 and S100 against theirs: neither of ours matched or put to a person with the
    # other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, ETHIOPIAN, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "ያገለገለ", "ለማሳያ የቀረበ" and "ሳጥኑ የተጎዳ" are words no condition rule before read; the
# replacement battery and the VE.Direct cable name our products after an Amharic "for" ("ለ")
# joined to the maker.
# Failed at first reading: 1 of these listings matched with our product (of the rows' 5 true pairs
# 1 matched, 2 proposed, 2 missed).
# Passes since the thirty-second session (variants9, `matching.tails`): the inverter with its
# damaged box, the inverter's title's head and words after a dash, is proposed beside it.
def test_a_used_a_display_and_a_damaged_box_piece_and_accessories_naming_ours_are_not_matched_as_ours(tmp_path):
    # The used S30 beside our S30's own listing; the display Pro 400 and "ለSun King Pro 400 የሚሆን
    # ምትክ ባትሪ" beside our Pro 400's; "ለVictron MPPT 75/15 እና 100/20 የሚሆን VE.Direct ኬብል" beside
    # our two controllers'; the inverter whose box is damaged beside our inverter's: none matched
    # with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, ETHIOPIAN, [0, 3, 6, 8, 9, 16, 17, 20, 22, 24])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the first listing missed (the second proposed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the first listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Sun King Pro 400 Solar Lantern with Phone Charging - Original" beside "Sun King Pro 400 የፀሐይ
    # ፋኖስ ስልክ ቻርጅ የሚያደርግ": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-first session); copied here once it
# was not (thirty-second session). The batch read at the thirty-second session's start (97f9745a) as
# at its first reading (2dbecaaa), pair for pair and score for score. Each missed true pair scored
# alone (`score_pairs`, titles and other fields, no prices) at 97f9745a, the same scores as at
# 2dbecaaa:
# - Matched (3): S100 (O1-T1, "same model code s100", 0.94), the Growatt SPF 3000TL LVM-24 (O22-T22,
#   0.96), the Ritar DG12-100 (O27-T27, 0.96). Proposed by the wording rule ("this competitor's data
#   does not yet show its wording matches right, so a person decides"): the yellow S30 (O0-T0) 0.50,
#   Sun King Boom (O10-T10) 0.38, Home 60 Plus (O11-T11) 0.56, the Pro 400's English second listing
#   (O6-T6b) 0.45. Proposed on the titles alone (0.70, "titles 67% alike"): SmartSolar MPPT 75/15
#   (O16-T16) and 100/20 (O17-T17): "75/15" and "100/20" not read as codes, nor our MPN SCC110020160R
#   in their description ("Part no. SCC110020160R").
# - Missed, "fuzzy": the Pro 400's first listing (O6-T6) 0.46, d.light S2 (O5-T5) 0.40, D30
#   (O14-T14) 0.42 (a short code of letters and digits, or digits after a maker, not read as a code);
#   BioLite SolarHome 620 (O15-T15) 0.52, "one word differs: lampes/radio vs የቤት/የፀሐይ"; the panel
#   100 W / "100 ዋት" (O25-T25) 0.13 (units in Ethiopic letters, "ዋት" watts and "ቮልት" volts, not read);
#   the red cable 6 mm² / "6 ሚሜ²" (O29-T29) 0.02, "numbers differ: mm2 vs ሚሜ2": the Ethiopic unit read
#   as a conflict, which sinks a true pair below everything; MC4 30 A / 30A (O31-T31) 0.32; the fan
#   "16 pouces" / "16 ኢንች" (O33-T33) 0.21; the bulb E27 (O34-T34) 0.40.
# The variant matched (1): the inverter whose box is damaged, "Growatt SPF 3000TL LVM-24 - ሳጥኑ
# የተጎዳ፣ አዲስ" (T24), with our inverter, 0.96, "same model code 3000tl" (no condition word read).
# Kept apart, most of them because their own pair was missed or only proposed rather than because the
# difference was read: the used S30 (T3), the display Pro 400 (T9), the replacement battery "ለSun
# King Pro 400 የሚሆን" (T8), the VE.Direct cable "ለVictron MPPT 75/15 እና 100/20 የሚሆን" (T20), the green
# S30 (T2), the ten S30 (T4), Pro 300, Home 120, the television bundle, BlueSolar 75/15, 100/15,
# 5000TL, the 150 W panel, DG12-200, the black cable, ten pairs of MC4. The sibling rows alone matched
# the green S30 with our yellow (0.43) and the BlueSolar 75/15 with our SmartSolar 75/15 (0.54), each
# "another listing of our product" by wording, and proposed our 100/30 (ours only) with their 100/15
# (0.52).


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twentieth_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 2dbecaaa, the matching code of the session's start 484bca53): 9 of 18
    # true pairs found (3 matched, 6 proposed), 9 missed; 1 variant matched, none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=3, found=9, wrong_matched=1, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds20 [-v]
    BATCH.print_reading()
