"""A seventeenth round of catalogues set aside, its fourth batch, written before the matcher read
it, so that its first reading is a figure on catalogues the matching rules were not written on.

Water pumps and irrigation, a kind none of the sixteen rounds held (the garden and plumbing rounds
held hoses and taps, no pump; ours: a Portuguese pump shop, 20 products in euros, titled in
Portuguese as such shops write them: the kind first, then maker, model, power in kW with the
horsepower in "CV" and the supply, "Bomba periférica Pedrollo PKm 60, 0,37 kW (0,5 CV),
monofásica 230 V"; theirs: a Kenyan pump and irrigation dealer, 36 listings in shillings, titled
in English as such dealers write them: maker and model first, power in "HP", the kind after,
"Pedrollo PKm60 0.5HP Peripheral Pump Single Phase"). "HP" is horsepower, "single phase" /
"monofásica" one phase, "peripheral" / "periférica", "centrifugal" / "centrífuga", "borehole pump"
/ "bomba submersível 4\"", "booster set" / "grupo de pressão", "pressure switch" / "pressostato",
"pressure tank" / "vaso de expansão", "circulator" / "circulador", "drip line" / "tubo
gota-a-gota", "controller" / "programador"; "ex-demo" a demonstration unit; "mechanical seal" /
"impeller for" a part naming the pump it fits.

The hard things, written as such shops write them, not to be easy or hard: a pump in three powers
one model number apart (PKm 60 / 65 / 80; two of ours in both shops), the shop's own brand of the
same kind (Dayliff), borehole pumps a stage count or a flow apart (4SR2m/13 / 4SR2m/18 / 4SR1m/13),
circulators a head apart (25-60 / 25-40), a controller in two zone counts (XC-401i / XC-601i) and
under two region suffixes ("-E" ours and theirs, "-A" theirs only), drip line a spacing apart (33 /
50 cm) and a roll length apart, a pressure tank a size apart (24 / 50 l), an ex-demo pump carrying
our model, a mechanical seal and an impeller naming pumps; "Pedrollo", "Single Phase", "HP" and
"Pump" in many titles, their power in HP where ours is in kW; the EAN in some of our GTINs and in a
few of their descriptions, their own item codes in their descriptions; one product listed twice
(the second time as "Booster Pump Pedrollo PKM-60" with the power in watts).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_PKM60 = gtin_with_check_digit("801398170060")
GTIN_CPM158 = gtin_with_check_digit("801398140158")
GTIN_ALPHA2 = gtin_with_check_digit("571183110260")
GTIN_XC401E = gtin_with_check_digit("080940104010")

# A Portuguese pump shop in euros against a Kenyan pump and irrigation dealer in shillings.
PUMPS: list[Row] = [
    ("Bomba periférica Pedrollo PKm 60, 0,37 kW (0,5 CV), monofásica 230 V", "119.00",
     "Pedrollo PKm60 0.5HP Peripheral Pump Single Phase", "14500",
     {"ours": {"brand": "Pedrollo", "mpn": "PKm 60", "gtin": GTIN_PKM60},
      "theirs": {"brand": "Pedrollo", "description": "Item code: PED-PKM60. Max head 40 m, max flow 40 l/min, 1\" x 1\" ports. Made in Italy. EAN " + GTIN_PKM60}}),
    ("Bomba periférica Pedrollo PKm 65, 0,50 kW (0,7 CV), monofásica 230 V", "139.00",
     "Pedrollo PKm65 0.7HP Peripheral Pump Single Phase", "16900",
     {"ours": {"brand": "Pedrollo", "mpn": "PKm 65"}, "theirs": {"description": "Item code: PED-PKM65. Max head 55 m."}}),
    (None, None, "Pedrollo PKm80 1HP Peripheral Pump Single Phase", "21500"),
    (None, None, "Pedrollo PKm60 0.5HP Peripheral Pump - Ex-demo, 6 months warranty", "10900"),
    (None, None, "Dayliff DPP60 0.5HP Peripheral Pump", "8900"),
    ("Eletrobomba centrífuga Pedrollo CPm 158, 0,75 kW (1 CV), monofásica", "189.00",
     "Pedrollo CPm158 1HP Centrifugal Pump Single Phase", "23900",
     {"ours": {"brand": "Pedrollo", "mpn": "CPm 158", "gtin": GTIN_CPM158}}),
    (None, None, "Pedrollo CPm130 0.5HP Centrifugal Pump Single Phase", "17500"),
    (None, None, "Impeller for Pedrollo CPm158 (brass)", "2900"),
    ("Bomba submersível 4\" Pedrollo 4SR2m/13, 0,75 kW, com cabo 20 m", "469.00",
     "Pedrollo 4SR2m/13 1HP 4\" Borehole Pump Single Phase (pump end + motor)", "62500",
     {"ours": {"brand": "Pedrollo", "mpn": "4SR2m/13"}}),
    (None, None, "Pedrollo 4SR2m/18 1.5HP 4\" Borehole Pump Single Phase (pump end + motor)", "74900"),
    (None, None, "Pedrollo 4SR1m/13 0.5HP 4\" Borehole Pump Single Phase (pump end + motor)", "54900"),
    ("Grupo de pressão DAB E.sybox Mini 3, 0,8 kW, com inversor", "649.00",
     "DAB E.sybox Mini 3 Booster Set with Inverter 1.1HP", "89500"),
    ("Eletrobomba autoferrante DAB Jet 102 M, 0,75 kW", "179.00", "DAB JET 102M 1HP Self-Priming Jet Pump", "24500"),
    (None, None, "DAB JET 82M 0.8HP Self-Priming Jet Pump", "21900"),
    ("Circulador Grundfos ALPHA2 25-60 180, 230 V", "289.00", "Grundfos ALPHA2 25-60 180 Circulator Pump", "38500",
     {"ours": {"brand": "Grundfos", "mpn": "99411171", "gtin": GTIN_ALPHA2},
      "theirs": {"brand": "Grundfos", "description": "Item code: GRU-ALPHA2-2560. Product no. 99411171. Energy-efficient circulator for heating and hot water."}}),
    (None, None, "Grundfos ALPHA2 25-40 180 Circulator Pump", "34500"),
    ("Grupo de pressão Grundfos SCALA2 3-45 A, 230 V", "599.00", "Grundfos SCALA2 3-45 A Booster Pump", "79900"),
    ("Pressostato Italtecnica PM/5, 1/4\" fêmea, 1-5 bar", "19.90", "Italtecnica PM5 Pressure Switch 1/4\" 1.0-5.0 bar", "2450"),
    (None, None, "Italtecnica PM12 Pressure Switch 1/4\" 3-12 bar", "3200"),
    ("Controlador de pressão Italtecnica Brio 2000 M, monofásico", "99.00", "Italtecnica Brio 2000M Automatic Pressure Control", "12900"),
    ("Vaso de expansão Zilmet Hydro-Pro 24 l, vertical 10 bar", "54.00", "Zilmet Hydro-Pro 24L Pressure Tank Vertical", "7900"),
    (None, None, "Zilmet Hydro-Pro 50L Pressure Tank Vertical", "12900"),
    ("Programador de rega Hunter X-Core XC-401i-E, 4 estações, interior", "79.00",
     "Hunter X-Core XC-401i-E 4 Station Indoor Irrigation Controller", "10900",
     {"ours": {"brand": "Hunter", "mpn": "XC-401i-E", "gtin": GTIN_XC401E}}),
    (None, None, "Hunter X-Core XC-401i-A 4 Station Indoor Irrigation Controller (Australian plug)", "9900"),
    (None, None, "Hunter X-Core XC-601i-E 6 Station Indoor Irrigation Controller", "12500"),
    ("Tubo gota-a-gota Netafim UniTechline 16 mm, 2,3 l/h, 33 cm, rolo 100 m", "59.00",
     "Netafim UniTechline 16mm Drip Line 2.3 lph @ 33cm - 100m roll", "8900"),
    (None, None, "Netafim UniTechline 16mm Drip Line 2.3 lph @ 50cm - 100m roll", "7900"),
    (None, None, "Netafim UniTechline 16mm Drip Line 2.3 lph @ 33cm - 400m roll", "33500"),
    ("Aspersor Rain Bird 5004 Plus PC, sector 40-360°", "14.90", "Rain Bird 5004 Plus PC Rotor Sprinkler 40-360 deg", "1950"),
    (None, None, "Rain Bird 5004 Plus FC Rotor Sprinkler (full circle only)", "1850"),
    ("Aspersor Hunter PGP Ultra, 1/2\"", "16.50", None, None),
    ("Bomba de drenagem Pedrollo TOP 2 Vortex, 0,37 kW, com boia", "129.00",
     "Pedrollo TOP 2-VORTEX 0.5HP Submersible Drainage Pump with Float Switch", "15900"),
    (None, None, "Mechanical seal for Pedrollo PKm60 / PKm65 / PKm80 (12 mm)", "950"),
    ("Kit de rega gota-a-gota para horta, 50 plantas", "29.90", None, None),
    ("Filtro de disco Azud 3/4\", 120 mesh", "24.50", "Azud 3/4\" Disc Filter 120 Mesh", "3400"),
    (None, None, "Azud 1\" Disc Filter 120 Mesh", "4200"),
    ("Bomba solar Lorentz PS2-100 C-SJ5-8 com controlador", "1490.00", None, None),
    (None, None, "Dayliff Sunflo 4 Solar Surface Pump Kit with 2 x 150W Panels", "65500"),
]

KINDS: dict[str, list[Row]] = {"water pumps and irrigation, a Kenyan dealer in shillings": PUMPS}
(KENYAN,) = KINDS
CURRENCIES = {KENYAN: "KES"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    KENYAN: [(0, "Booster Pump Pedrollo PKM-60 370W 240V - Italy", "14500")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[KENYAN]
    # Two pumps of ours one model number apart, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # One controller under two region suffixes: ours and theirs "-E", theirs only "-A".
    assert ("O22", "T22") in truth and "XC-401i-A" in next(t for t in theirs if t["key"] == "T23")["name"]
    # The second listing writes the model with a hyphen and the power in watts.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "PKM-60" in second["name"] and "370W" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the sixteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 12 of 17 found (5 matched, 7 proposed), 5 missed; no variant matched,
# 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 5 of the 17 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass: a model code is in both titles of most pairs ("PKm 60" / "PKm60", "4SR2m/13",
# "XC-401i-E", "25-60"), written run together on one side, which the matcher reads as one code
# since the fifteenth round's second miss was mended (dd334cc); uncertain for the drip line, the sprinkler and the filter.
# Passed at first reading, at the bound: 12 of 16 found (5 matched, 7 proposed; 0.75), 4 missed.
def test_a_kenyan_title_around_the_model_finds_our_product(tmp_path):
    # "Pedrollo PKm60 0.5HP Peripheral Pump Single Phase" / "Bomba periférica Pedrollo PKm 60,
    # 0,37 kW (0,5 CV), monofásica 230 V": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, KENYAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a model number (PKm 80, CPm 130, JET 82M, PM12), a stage or flow (4SR2m/18,
# 4SR1m/13), a head (25-40), a zone count (XC-601i), a spacing or a roll (50 cm, 400 m), a size
# (50 l, 1"), a letter (FC / PC) or the shop's own brand is the only difference.
# Passed at first reading: no sibling matched (9 of the rows' 12 true pairs found, 4 matched, 5
# proposed).
def test_a_sibling_a_number_or_a_word_apart_tells_two_listings_apart(tmp_path):
    # PKm 80 and Dayliff's DPP60 beside our PKm 60 and 65, CPm 130 beside our CPm 158, 4SR2m/18 and
    # 4SR1m/13 beside our 4SR2m/13, JET 82M beside our 102 M, ALPHA2 25-40 beside our 25-60, PM12
    # beside our PM/5, the 50 l tank beside our 24 l, XC-601i-E beside our XC-401i-E, the 50 cm and
    # the 400 m drip line beside ours, the FC rotor beside our PC, the 1" filter beside our 3/4":
    # nothing matched to a product it is not.
    numbers = [0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 17, 18, 20, 21, 22, 24, 25, 26, 27, 28, 29, 34,
               35]
    counts, found, _ = BATCH.read_rows(tmp_path, KENYAN, numbers)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: no sibling matched, 1 proposed beside our product's own listing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was put to a person")
def test_a_sibling_a_number_or_a_word_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 17, 18, 20, 21, 22, 24, 25, 26, 27, 28, 29, 34,
               35]
    counts, found, _ = BATCH.read_rows(tmp_path, KENYAN, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share every word but the model number's last digit and the power.
# Passed at first reading: nothing crossed, but only as neither pair was found at all in these
# rows.
def test_two_pumps_of_ours_a_model_number_apart_do_not_cross(tmp_path):
    # Our "PKm 60, 0,37 kW" and "PKm 65, 0,50 kW" against their "PKm60 0.5HP" and "PKm65 0.7HP":
    # neither of ours matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, KENYAN, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "Ex-demo" is a word no condition rule before read; the Australian controller is our
# code with another region suffix; the seal and the impeller name our pumps.
# Passed at first reading: nothing matched or proposed with our products; 1 of the rows' 4 true
# pairs found (matched), 3 missed.
def test_an_ex_demo_pump_a_region_variant_and_parts_are_not_matched_as_ours(tmp_path):
    # "Pedrollo PKm60 0.5HP Peripheral Pump - Ex-demo" and "Mechanical seal for Pedrollo PKm60 /
    # PKm65 / PKm80" beside the new pumps' own listings, "Impeller for Pedrollo CPm158" beside our
    # CPm 158's, "XC-401i-A ... (Australian plug)" beside our "XC-401i-E": none matched with our
    # product.
    counts, found, _ = BATCH.read_rows(tmp_path, KENYAN, [0, 1, 3, 5, 7, 22, 23, 32])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: both listings missed (the first too).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both listings were missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Booster Pump Pedrollo PKM-60 370W 240V - Italy" (the model hyphenated, the power in watts)
    # beside "Pedrollo PKm60 0.5HP Peripheral Pump Single Phase": both listings ours, matched or
    # put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (twenty-eighth session); copied here once it
# was not (twenty-ninth session). Each missed true pair scored alone (`score_pairs`, titles and
# other fields, no prices) at 7a1846a:
# - a GTIN after "EAN " starting with 8 was cut ("EAN 8013981700601" read "013981700601"): the
#   Pedrollo PKm 60 (our GTIN, their description "... Made in Italy. EAN 8013981700601") missed at
#   0.32 (mended since by 16da0bf, which this round found: no held-out check of that mend);
# - a code apart on one side and together on the other, with lower-case letters: "Pedrollo PKm 60"
#   (our MPN "PKm 60") / "Pedrollo PKm60 0.5HP ..." 0.32, "PKm 65" / "PKm65" 0.29, "CPm 158" /
#   "CPm158" 0.32, all "titles N% alike" (with "PKm60" in both titles 0.94 "same model code pkm60");
# - power in kW against HP and "CV" against "HP" (no pair lost alone to it): "0,37 kW (0,5 CV)"
#   against "0.5HP"; the second listing "370W 240V" against "0,37 kW ... 230 V" 0.21, "volt differs:
#   230 vs 240", a nominal mains voltage of two regions read as a conflict;
# - Netafim drip line 0.49 ("2,3 l/h, 33 cm" / "2.3 lph @ 33cm": "lph" and "@").
# The variant proposed: our Azud 3/4" disc filter with their 1" (0.63, "the same product as their
# listing "Azud 3/4" Disc Filter 120 Mesh"": the inch sizes 3/4" / 1" not read as a conflict).


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_seventeenth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 240165b; the matching code of the session's start, 6471e48): 12
    # of 17 true pairs found (5 matched, 7 proposed), 5 missed; no variant matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=5, found=12, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds17d [-v]
    BATCH.print_reading()
