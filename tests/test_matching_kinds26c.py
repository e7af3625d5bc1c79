"""A twenty-sixth round of catalogues set aside, its third batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Hydroponics and indoor growing: LED grow lights, a grow tent, a carbon filter and an inline fan,
fertilisers, a pH pen and its calibration solution, a timer, fabric pots, coco substrate, expanded
clay, a hydroponic system, a temperature controller, a heat mat, rope ratchets; a kind none of the
twenty-five rounds held (garden, plants and bulbs were held, not growing indoors under lamps);
ours: a Luxembourg shop selling to gardeners and small growers, 19 products in euros, titled in
Luxembourgish as such shops write them: the kind first ("LED-Wuesslamp", "Wuesszelt",
"Kuelestofffilter", "Dünger", "Stoffdëppen"), then maker and model, sizes after commas, the number
before its unit ("1 l", "11 l"), decimals with a comma and thousands with a point ("pH 7,0",
"3.680 W"), a range with an en dash ("8–16 mm"), "LED-Wuesslamp Mars Hydro TS 1000, 150 W,
Vollspektrum"; theirs: a Dar es Salaam shop, 35 listings in Tanzanian shillings, titled in Swahili
with the trade's English words as such shops write them: the kind first, then maker and model, a
unit or a count before its number ("lita 1", "vipande 5", "vyungu 2"), decimals with a point and
thousands with a comma ("pH 7.0", "3,680W"), "m3/h" for "m³/h", "Taa ya LED ya kukuzia mimea Mars
Hydro TS 1000, 150W, full spectrum".
"taa ya LED ya kukuzia mimea" is an LED lamp for growing plants ("LED-Wuesslamp"), "Vollspektrum"
full spectrum, "dimmbar" dimmable, "hema la kukuzia mimea" a grow tent ("Wuesszelt"), "chujio la
kaboni" a carbon filter ("Kuelestofffilter"), "feni ya kutoa hewa" an extraction fan
("Inline-Ventilator"), "mbolea" fertiliser ("Dünger"), "mbolea ya asili" organic fertiliser
("Biodünger"), "lita" litres, "kipima pH" a pH meter ("pH-Meter"), "kipima EC" a conductivity meter,
"myeyusho wa kalibresheni" a calibration solution ("Kalibréierungsléisung"), "kipima muda cha
kidijitali" a digital timer ("Digitalen Zäitschalter"), "cha kimakanika" mechanical, "taa za
kukuzia" grow lamps ("Wuesslampen"), "vyungu vya kitambaa" fabric pots ("Stoffdëppen"), "vipande"
pieces ("Stéck"), "nyeusi" black ("schwaarz"), "nyuzi za nazi" coconut fibre ("Kokossubstrat"),
"clay pebbles (hydroton)" expanded clay ("Blähton"), "mfumo wa haidroponiki" a hydroponic system
("Hydrokultur-System"), "vyungu" pots ("Dëppen"), "kidhibiti joto" a temperature controller
("Temperaturreegler"), "mkeka wa joto" a heat mat ("Heizmatt"), "miche" seedlings ("Setzlinger"),
"kamba za kuning'iniza taa" ropes for hanging lamps ("Seelspanner fir Lampen"), "kebo" a cable;
"kwa" and "fir" for, "na" and "mat" with, "hadi" and "bis" up to, "aina nyingine" another make;
"iliyotumika" used, "miezi" months, "seti kamili" a complete set; "Namba ya sehemu" the part
number, "Dhamana ya miaka 2" a two-year warranty, "Tunafikisha ... bure" we deliver free.

The hard things, written as such shops write them, not to be easy or hard: lamps a code apart
(Mars Hydro TS 1000 / TS 600, Spider Farmer SF2000 / SF1000; our TS 3000 and SF4000 ours only), a
tent a name and a number apart (Secret Jardin Hydro Shoot 80 / 100), a filter whose code is its
diameter (Prima Klima Eco ESC 125 / 150) and whose airflow ours writes "m³/h", a fan a letter and a
digit apart (AC Infinity Cloudline T6 / T4); fertilisers and substrates a word apart (pH Perfect
Grow / Bloom, Canna Coco Professional Plus / Natural), a pen a word apart (Bluelab pH Pen /
Conductivity Pen) whose part number stands in their description after "Namba ya sehemu:", a
calibration solution a pH apart written with a decimal comma on ours ("pH 7,0" / "pH 7.0" / "pH
4.0"); a controller and its sibling with a word after the code (Inkbird ITC-308 / ITC-308-WIFI);
timers with no maker whose power ours groups with a point and theirs with a comma ("3.680 W" /
"3,680W"); fabric pots, coco and expanded clay with no maker or the maker only, a size apart, the
unit before the number on theirs ("lita 11" / "lita 25"), a range apart with an en dash on ours
("8–16 mm" / "8-16mm" / "4-8mm"); a hydroponic system a count of pots apart ("2 Dëppen" / "vyungu
2" / "vyungu 4"); a heat mat and rope ratchets with no maker; another make's dimmer cable "for" our
TS 1000; a used TS 1000, a TS 1000 sold with a tent; "TS 1000" on 4 of their listings and "TS1000"
written together on the second listing, "Mars Hydro" on 6; one product listed twice (the second
time in English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_TS1000 = gtin_with_check_digit("069507911000")
GTIN_SF2000 = gtin_with_check_digit("069612220002")
GTIN_PH_PEN = gtin_with_check_digit("942905800015")

# A Luxembourg growing shop in euros against a Dar es Salaam one titled in Swahili, in shillings.
GROWING: list[Row] = [
    ("LED-Wuesslamp Mars Hydro TS 1000, 150 W, Vollspektrum", "149.00",
     "Taa ya LED ya kukuzia mimea Mars Hydro TS 1000, 150W, full spectrum", "445000",
     {"ours": {"brand": "Mars Hydro", "gtin": GTIN_TS1000},
      "theirs": {"brand": "Mars Hydro", "description": "Dhamana ya miaka 2. Tunafikisha Dar es Salaam bure."}}),
    (None, None, "Taa ya LED ya kukuzia mimea Mars Hydro TS 600, 100W, full spectrum", "325000",
     {"theirs": {"brand": "Mars Hydro"}}),
    (None, None, "Mars Hydro TS 1000 taa ya kukuzia, iliyotumika miezi 6", "245000"),
    (None, None, "Mars Hydro TS 1000 + hema 70x70x160cm, seti kamili", "895000"),
    ("LED-Wuesslamp Mars Hydro TS 3000, 450 W, Vollspektrum", "449.00", None, None),
    ("LED-Wuesslamp Spider Farmer SF2000, 200 W, dimmbar", "259.00",
     "Spider Farmer SF2000 taa ya LED ya kukuzia, 200W, dimmable", "765000",
     {"ours": {"brand": "Spider Farmer", "gtin": GTIN_SF2000}}),
    (None, None, "Spider Farmer SF1000 taa ya LED ya kukuzia, 100W, dimmable", "395000"),
    ("Wuesszelt Secret Jardin Hydro Shoot 80, 80 x 80 x 160 cm", "169.00",
     "Hema la kukuzia mimea Secret Jardin Hydro Shoot 80, 80x80x160cm", "499000"),
    (None, None, "Hema la kukuzia mimea Secret Jardin Hydro Shoot 100, 100x100x200cm", "665000"),
    ("Kuelestofffilter Prima Klima Eco ESC 125, 125 mm, 360 m³/h", "89.00",
     "Chujio la kaboni Prima Klima Eco ESC 125, 125mm, 360m3/h", "265000"),
    (None, None, "Chujio la kaboni Prima Klima Eco ESC 150, 150mm, 600m3/h", "355000"),
    ("Inline-Ventilator AC Infinity Cloudline T6, 150 mm, mat Thermostat", "199.00",
     "Feni ya kutoa hewa AC Infinity Cloudline T6, 150mm, na thermostat", "589000",
     {"ours": {"brand": "AC Infinity"}}),
    (None, None, "Feni ya kutoa hewa AC Infinity Cloudline T4, 100mm, na thermostat", "469000"),
    ("Dünger Advanced Nutrients pH Perfect Grow, 1 l", "24.90",
     "Mbolea Advanced Nutrients pH Perfect Grow lita 1", "72000"),
    (None, None, "Mbolea Advanced Nutrients pH Perfect Bloom lita 1", "72000"),
    ("Biodünger BioBizz Bio-Grow, 1 l", "14.90",
     "Mbolea ya asili BioBizz Bio-Grow lita 1", "43000"),
    ("pH-Meter Bluelab pH Pen", "89.00",
     "Kipima pH Bluelab pH Pen", "265000",
     {"ours": {"brand": "Bluelab", "gtin": GTIN_PH_PEN, "mpn": "PENPH"},
      "theirs": {"brand": "Bluelab", "description": "Namba ya sehemu: PENPH. Inakuja na betri."}}),
    (None, None, "Kipima EC Bluelab Conductivity Pen", "239000"),
    ("Kalibréierungsléisung Bluelab pH 7,0, 250 ml", "14.90",
     "Myeyusho wa kalibresheni Bluelab pH 7.0, 250ml", "43000"),
    (None, None, "Myeyusho wa kalibresheni Bluelab pH 4.0, 250ml", "43000"),
    ("Digitalen Zäitschalter fir Wuesslampen, 3.680 W", "19.90",
     "Kipima muda cha kidijitali kwa taa za kukuzia, 3,680W", "55000"),
    (None, None, "Kipima muda cha kimakanika kwa taa za kukuzia, 3,500W", "29000"),
    ("Stoffdëppen 11 l, 5 Stéck, schwaarz", "12.90",
     "Vyungu vya kitambaa lita 11, vipande 5, nyeusi", "36000"),
    (None, None, "Vyungu vya kitambaa lita 25, vipande 5, nyeusi", "52000"),
    ("Kokossubstrat Canna Coco Professional Plus, 50 l", "19.90",
     "Canna Coco Professional Plus nyuzi za nazi lita 50", "59000"),
    (None, None, "Canna Coco Natural nyuzi za nazi lita 40", "49000"),
    ("Blähton 8–16 mm, 10 l", "9.90",
     "Clay pebbles (hydroton) 8-16mm lita 10", "28000"),
    (None, None, "Clay pebbles (hydroton) 4-8mm lita 10", "28000"),
    ("Hydrokultur-System AutoPot easy2grow, 2 Dëppen", "129.00",
     "Mfumo wa haidroponiki AutoPot easy2grow, vyungu 2", "385000"),
    (None, None, "Mfumo wa haidroponiki AutoPot easy2grow, vyungu 4", "565000"),
    ("Temperaturreegler Inkbird ITC-308, 230 V", "39.90",
     "Kidhibiti joto Inkbird ITC-308, 230V", "115000"),
    (None, None, "Kidhibiti joto Inkbird ITC-308-WIFI, 230V", "155000"),
    ("Heizmatt fir Setzlinger, 50 x 25 cm, 17 W", "17.90",
     "Mkeka wa joto kwa miche, 50 x 25 cm, 17W", "49000"),
    ("Seelspanner fir Lampen, 2 Stéck, bis 68 kg", "9.90",
     "Kamba za kuning'iniza taa (rope ratchet), vipande 2, hadi 68kg", "25000"),
    (None, None, "Kebo ya dimmer kwa Mars Hydro TS 1000 na TS 600, aina nyingine", "39000"),
    ("LED-Wuesslamp Spider Farmer SF4000, 450 W, dimmbar", "499.00", None, None),
]

KINDS: dict[str, list[Row]] = {"hydroponics and indoor growing, a Dar es Salaam shop in Swahili in shillings": GROWING}
(SWAHILI,) = KINDS
CURRENCIES = {SWAHILI: "TZS"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    SWAHILI: [(0, "Mars Hydro TS1000 LED Grow Light 150W Full Spectrum", "459000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[SWAHILI]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # Another make's dimmer cable names our lamp and is a pair of nothing; the calibration solution
    # is a true pair of ours, not of the pen.
    assert "TS 1000" in next(t for t in theirs if t["key"] == "T34")["name"] and not any(t == "T34" for _, t in truth)
    assert ("O18", "T18") in truth and not any(t == "T18" for o, t in truth if o != "O18")
    # "TS 1000" on 4 of their listings and written together on the second; "Mars Hydro" on 6.
    assert sum("TS 1000" in t["name"] for t in theirs) == 4
    assert sum("Mars Hydro" in t["name"] for t in theirs) == 6
    # Our TS 3000 and SF4000 are ours only.
    assert not any(o in ("O4", "O35") for o, _ in truth)
    # The second listing is in English, the code written together.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "TS1000 LED Grow Light" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-five rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 13 of 18 found (3 matched, 10 proposed), 5 missed; no variant matched,
# 2 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 5 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are on both sides for most ("TS 1000", "SF2000", "ESC 125",
# "ITC-308"); the kind words are Luxembourgish against Swahili with English; five products have no
# maker; several models are names ("pH Perfect Grow", "Bio-Grow", "pH Pen", "easy2grow").
# Passed at first reading: 13 of 17 found (3 matched, 10 proposed; 0.76), 4 missed; 2 other
# listings proposed (read without the second listing, as the test reads).
def test_a_swahili_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Taa ya LED ya kukuzia mimea Mars Hydro TS 1000, 150W, full spectrum" / "LED-Wuesslamp Mars
    # Hydro TS 1000, 150 W, Vollspektrum": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, SWAHILI)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a code (TS 1000 / 600, SF2000 / 1000, ESC 125 / 150, Cloudline T6 / T4), a name and a
# number (Hydro Shoot 80 / 100), a word (Grow / Bloom, pH Pen / Conductivity Pen, Professional Plus
# / Natural, digital / mechanical), a pH (7,0 / 4.0), a word after a code (ITC-308 / ITC-308-WIFI),
# a size (11 / 25 l, 8–16 / 4-8 mm) or a count of pots (2 / 4) is the only difference.
SIBLINGS = [0, 1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            30, 31, 35]


# Passed at first reading: no sibling matched, 2 proposed (of the rows' 14 true pairs 3 matched, 6
# proposed, 5 missed).
def test_a_sibling_a_code_a_name_a_word_a_ph_a_size_or_a_count_apart_tells_two_listings_apart(tmp_path):
    # TS 600 beside our TS 1000 (and our TS 3000, ours only); SF1000 beside our SF2000 (and our
    # SF4000, ours only); Hydro Shoot 100 beside our 80; ESC 150 beside our 125; Cloudline T4 beside
    # our T6; pH Perfect Bloom beside our Grow; the Conductivity Pen beside our pH Pen; the pH 4.0
    # solution beside our 7,0; the mechanical timer beside our digital; 25 l pots beside our 11 l;
    # Canna Coco Natural beside our Professional Plus; 4-8 mm clay beside our 8–16 mm; the 4-pot
    # AutoPot beside our 2-pot; ITC-308-WIFI beside our ITC-308: nothing matched to a product it is
    # not.
    counts, found, _ = BATCH.read_rows(tmp_path, SWAHILI, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were proposed")
def test_a_sibling_a_code_a_name_a_word_a_ph_a_size_or_a_count_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, SWAHILI, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the calibration solution names the pen's maker and a pH; another make's dimmer cable
# names our TS 1000 and its sibling after "kwa" (for); accessories naming our code were matched as
# ours in the twenty-third to twenty-fifth rounds.
# Passed at first reading: all 3 of the rows' true pairs proposed; nothing else matched or
# proposed.
def test_our_lamp_our_pen_its_solution_and_another_makes_cable_do_not_cross(tmp_path):
    # Our TS 1000, pH Pen and calibration solution against theirs and the dimmer cable: each of ours
    # found with its own listing, the cable matched with nothing, and no accessory's listing matched
    # or put to a person with a lamp or a pen of ours.
    counts, found, truth = BATCH.read_rows(tmp_path, SWAHILI, [0, 16, 18, 34])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "iliyotumika miezi 6" and "+ hema ..., seti kamili" are words no condition or bundle
# rule before read; the twenty-fourth round's combo was matched, the twenty-fifth's kit was not.
# Passed at first reading: neither matched or proposed (the rows' true pair proposed).
def test_a_used_lamp_and_a_lamp_sold_with_a_tent_are_not_matched_as_ours(tmp_path):
    # The used TS 1000 beside our TS 1000's own listing; the TS 1000 with a tent beside it too:
    # neither matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, SWAHILI, [0, 2, 3])
    assert not counts["wrong matched"], found


# Uncertain: Swahili writes the unit or the count before its number ("lita 1", "lita 11", "vyungu
# 2"), ours after ("1 l", "11 l", "2 Dëppen"); a size read only where its unit follows it is no
# size on theirs, and the siblings then differ by nothing read.
# Failed at first reading: 2 of the rows' 3 true pairs found (1 matched, 1 proposed), 1 missed; 1
# sibling proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the three true pairs was missed")
def test_a_unit_before_its_number_finds_its_listing_not_its_sibling(tmp_path):
    # "Dünger Advanced Nutrients pH Perfect Grow, 1 l" / "Mbolea ... pH Perfect Grow lita 1" beside
    # Bloom; "Stoffdëppen 11 l, 5 Stéck, schwaarz" / "Vyungu vya kitambaa lita 11, vipande 5, nyeusi"
    # beside "lita 25"; "Hydrokultur-System AutoPot easy2grow, 2 Dëppen" / "... vyungu 2" beside
    # "vyungu 4": all three of ours found, no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, SWAHILI, [13, 14, 22, 23, 28, 29])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: ours writes a decimal comma and a thousands point ("pH 7,0", "3.680 W"), theirs a
# decimal point and a thousands comma ("pH 7.0", "3,680W"); the thirty-fifth and thirty-sixth
# sessions' thousands readings were measured on batches of other groupings.
# Failed at first reading: 1 of the rows' 2 true pairs proposed, 1 missed; no sibling matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed")
def test_a_ph_and_a_power_written_in_two_shops_ways_find_their_listing_not_its_sibling(tmp_path):
    # "Kalibréierungsléisung Bluelab pH 7,0, 250 ml" / "Myeyusho wa kalibresheni Bluelab pH 7.0,
    # 250ml" beside "pH 4.0"; "Digitalen Zäitschalter fir Wuesslampen, 3.680 W" / "Kipima muda cha
    # kidijitali kwa taa za kukuzia, 3,680W" beside the mechanical "3,500W": both of ours found,
    # neither sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, SWAHILI, [18, 19, 20, 21])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: "ITC-308-WIFI" is the code of ours with a word after a hyphen; a maker's suffix after a
# code was read as a variant in the thirty-sixth session, a code's ending as the same code before.
# Passed at first reading: ours matched, the WIFI one matched and proposed with nothing.
def test_a_controller_and_its_sibling_a_word_after_the_code_find_their_own_listing(tmp_path):
    # "Temperaturreegler Inkbird ITC-308, 230 V" / "Kidhibiti joto Inkbird ITC-308, 230V" beside
    # "... ITC-308-WIFI, 230V": ours found, the WIFI one matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, SWAHILI, [30, 31])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "TS 1000" is on 4 of their listings and written together on the fifth.
# Failed at first reading: the first listing found, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Mars Hydro TS1000 LED Grow Light 150W Full Spectrum" beside "Taa ya LED ya kukuzia mimea Mars
    # Hydro TS 1000, 150W, full spectrum": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-seventh session); copied here once it
# was not (thirty-eighth session). Read at the thirty-eighth session's start (71e6818b, the matching
# code of e007a61a) the batch reads as its first reading counted it (d926da60): 13 of 18 found (3
# matched, 10 proposed), 5 missed; no variant matched, 2 proposed. Scores are the reading's; "alone"
# is the pair scored by itself (`score_pairs`, titles and other fields, no prices), the same at both:
# - Matched by code (3): Spider Farmer SF2000 (O5-T5) 0.97, AutoPot easy2grow (O28-T28) 0.95, Inkbird
#   ITC-308 (O30-T30) 0.97 (ITC-308-WIFI read as another code, kept apart).
# - Proposed on the titles' likeness from the review threshold up (0.63-0.75), where a person would
#   expect a match: Mars Hydro TS 1000 (O0-T0) 0.67 ("TS 1000", series letters written apart from
#   the number, read as the number 1000 on both sides, no code); AC Infinity Cloudline T6 (O11-T11)
#   0.68 ("T6" read as a number, not a code); Bluelab pH Pen (O16-T16) 0.66, "one word differs: meter
#   vs kipima"; the pH 7,0 / 7.0 solution (O18-T18) 0.75; Canna Coco Professional Plus (O24-T24) 0.63.
# - Proposed by the two-languages rule (0.60): Prima Klima Eco ESC 125 (O9-T9) ("ESC 125" written
#   apart, no code; their "360m3/h" read as a model code "360m3h" that our "360 m³/h" is not) and
#   BioBizz Bio-Grow (O15-T15).
# - Proposed by wording, the gate unproven (9 candidates, the decoy 2 and the chance null 2.9 of them
#   at even odds): Secret Jardin Hydro Shoot 80 (O7-T7) 0.55 (their "80x80x160cm" read as a model
#   code too, ours "80 x 80 x 160 cm" as dimensions only), the 11 l fabric pots with no maker (O22-T22)
#   0.26, the rope ratchets (O33-T33) 0.30.
# - Missed, a unit before its number read as a word that conflicts: Advanced Nutrients pH Perfect Grow
#   (O13-T13) 0.56, 0.51 alone, "one word differs: dunger vs lita/mbolea": their "lita 1" (litres
#   written before the number) is the word "lita" and the bare number 1 against our "1 l", so the true
#   pair differs by one word (fertiliser in Luxembourgish against fertiliser and litres in Swahili)
#   and the word rule reads a conflict, where the Bloom (T14), two words apart ("grow" / "bloom" as
#   well), reads none and scores 0.63: the sibling is proposed with our Grow and ours is missed. Read
#   alone (rows [13]) the pair is proposed at 0.60 by the two-languages rule.
# - Missed, the best of one listing: the digital timer (O20-T20) 0.31, 0.30 alone ("3.680 W" /
#   "3,680W" read alike in the catalogue: no conflict, and no word in common); the clay pebbles
#   (O26-T26) 0.41, 0.35 alone (our "8–16 mm" with an en dash read as 8 and 16 mm, their "8-16mm" as
#   the range 8 to 16 mm, see the test below); the heat mat (O32-T32) 0.49, 0.42 alone ("50 x 25 cm,
#   17 W" read alike). Each listing is our product's only candidate, and a wording candidate needs our
#   product to have chosen among two or more ("the best of one is no evidence",
#   `pair_tests.wording_tests`).
# - Missed, the English second listing (O0-T0b) 0.48, 0.45 alone: "TS1000" written whole there is
#   read as a code that our "TS 1000" is not, and the Swahili listing (0.67) is our lamp's best.
# Variants proposed (2): pH Perfect Bloom (T14) with our Grow, 0.63 (above); the AutoPot of 4 pots
# (T29) with our 2-pot one, 0.95, "another variant of their listing ... same model code easy2grow"
# ("vyungu 4", the count after the word for pots, and our "2 Dëppen" read as bare numbers). Matched:
# none. Kept apart: TS 600, the used TS 1000, the TS 1000 with a tent, SF1000, Hydro Shoot 100, ESC
# 150, Cloudline T4, the Conductivity Pen, pH 4.0, the mechanical timer, the 25 l pots, Coco Natural,
# the 4-8 mm clay, ITC-308-WIFI, the dimmer cable naming our lamp; our TS 3000 and SF4000 (ours only)
# matched nothing.


# A defect of the first reading, mended by numbers16 (thirty-ninth session): a range written with an en
# dash, as Luxembourgish (and German, French) typesetting writes it, was read as a number and one
# length, where the same range with a hyphen is two lengths.
def test_a_range_written_with_an_en_dash_reads_as_one_written_with_a_hyphen():
    from benchmark._text import extract

    assert extract("Blähton 8–16 mm, 10 l").quantities == extract("Blähton 8-16 mm, 10 l").quantities


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_sixth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at d926da60, whose matching code is the session's start c02e1827, that of
    # ba44cea1): 13 of 18 true pairs found (3 matched, 10 proposed), 5 missed; no variant matched, 2
    # proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=3, found=13, wrong_matched=0, wrong_proposed=2)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds26c [-v]
    BATCH.print_reading()
