"""A twenty-first round of catalogues set aside, its fourth batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Drinking-water purifiers: RO and UV purifiers, gravity and candle filters, and the membranes,
cartridges, lamps, pumps and tanks they take, a kind none of the twenty rounds held (the water
rounds held pumps and irrigation, pool and hot tub, plumbing; ours: an Irish shop for South Asian
households, 19 products in euros, titled in English as such shops write them: maker and model
first, "water purifier" and the litres after, "Kent Grand Plus RO + UV + UF water purifier, 8
litres, white"; theirs: a Kathmandu shop, 35 listings in Nepalese rupees, titled in Nepali (the
Devanagari script) around the maker and model in Latin letters: maker and model first, the kind
and the litres after, the litres, inches, counts, volts and microns mostly in Devanagari digits
("८ लिटर", "१० इन्च", "२ वटा"), "Kent Grand Plus RO+UV+UF पानी प्युरिफायर ८ लिटर सेतो").
"पानी प्युरिफायर" is a water purifier, "बिजुली नचाहिने" needing no electricity ("gravity"), "आरओ"
RO, "युभी" UV, "लिटर" litres, "सेतो" white, "कालो" black, "सेरामिक क्यान्डल फिल्टर" a ceramic candle
filter, "स्टिल" stainless steel, "क्यान्डल सहित" with candles, "इन्च" inches, "वटा" pieces ("pack
of"), "मेम्ब्रेन" a membrane, "जीपीडी" GPD, "डिजिटल टीडीएस मिटर" a digital TDS meter, "तापक्रम
सहित" with a thermometer, "पीपीएम" ppm, "सेडिमेन्ट फिल्टर कार्टिज" a sediment cartridge, "माइक्रोन"
microns, "स्टिल ट्याङ्की" a steel tank, "हट एन्ड कोल्ड" hot and cold, "बुस्टर पम्प" a booster pump,
"भोल्ट" volts, "वाट" watts, "पानी जार" a water jar, "धारा सहित" with a tap, "ल्याम्प" a lamp,
"रिप्लेसमेन्ट" a replacement, "प्रेसर ट्याङ्की" a pressure tank, "ग्यालन" gallons, "शावर फिल्टर"
a shower filter, "तह" stages, "जर्मकिल किट" a germkill kit, "फिल्टर सेट" a filter set; "को लागि" for
(an accessory that fits); "प्रयोग गरिएको" used, "२ वर्ष चलेको" run two years, "डिस्प्ले पिस" a
display piece, "बक्स बिना" without its box, "बक्स बिग्रिएको" its box damaged, "नयाँ" new; "मोडेल" the
model, "वारेन्टी" a warranty. Devanagari digits: ० १ २ ३ ४ ५ ६ ७ ८ ९ (0 to 9).

The hard things, written as such shops write them, not to be easy or hard: one maker's purifiers a
word apart (Kent Grand Plus / Grand, Supreme / Supreme Extra; Kent Pearl; Kent Ace Mineral ours
only), a colour apart (Aquaguard Aura black / white), a model digit apart (A.O. Smith Z8 / Z9, LG
PuriCare WW140NP / WW151NP); a gravity purifier a size apart (23 / 14 litres) and its germkill kit
naming it; candle filters a pack apart (2 / 4) and a size apart (20 / 30 litres); a membrane, a
pump and a cartridge a rating apart (75 / 50 GPD, 75 / 100 GPD, 5 / 1 micron) with the numbers in
Devanagari digits; a TDS meter, a jar, a tank and a shower filter with no maker; a used Grand Plus,
a display Aura without its box, a Grand Plus whose box is damaged, a filter set naming the Grand
and the Grand Plus; "Kent" on 10 of their listings, "A.O. Smith" written "A. O. Smith" on ours; one
product listed twice (the second time in English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_GRAND_PLUS = gtin_with_check_digit("890347301016")
GTIN_AURA = gtin_with_check_digit("890255102774")
GTIN_PUREIT_23 = gtin_with_check_digit("890103012342")

# An Irish shop in euros against a Nepali one in Devanagari, in rupees.
PURIFIERS: list[Row] = [
    ("Kent Grand Plus RO + UV + UF water purifier, 8 litres, white", "329.00", "Kent Grand Plus RO+UV+UF पानी प्युरिफायर ८ लिटर सेतो", "42500",
     {"ours": {"brand": "Kent", "gtin": GTIN_GRAND_PLUS}, "theirs": {"brand": "Kent", "description": "TDS कन्ट्रोल, १ वर्ष वारेन्टी।"}}),
    (None, None, "Kent Grand RO+UV+UF पानी प्युरिफायर ८ लिटर", "36500"),
    (None, None, "Kent Grand Plus प्रयोग गरिएको, २ वर्ष चलेको", "16000"),
    (None, None, "Kent Grand / Grand Plus को लागि फिल्टर सेट (सेडिमेन्ट + कार्बन)", "3200"),
    ("Kent Supreme RO + UF water purifier, 8 litres", "289.00", "Kent Supreme RO+UF पानी प्युरिफायर ८ लिटर", "38000",
     {"ours": {"brand": "Kent"}, "theirs": {"brand": "Kent"}}),
    (None, None, "Kent Supreme Extra RO+UV+UF पानी प्युरिफायर ८ लिटर", "44500"),
    ("Pureit Classic gravity water purifier, 23 litres", "59.00", "Pureit Classic बिजुली नचाहिने पानी प्युरिफायर २३ लिटर", "6900",
     {"ours": {"brand": "Pureit", "gtin": GTIN_PUREIT_23}}),
    (None, None, "Pureit Classic बिजुली नचाहिने पानी प्युरिफायर १४ लिटर", "5400"),
    (None, None, "Pureit Classic २३ लिटर को लागि जर्मकिल किट १५०० लिटर", "1650"),
    ("Aquaguard Aura RO + UV + MTDS water purifier, 7 litres, black", "349.00", "Aquaguard Aura RO+UV+MTDS पानी प्युरिफायर ७ लिटर कालो", "46000",
     {"ours": {"brand": "Aquaguard", "gtin": GTIN_AURA}}),
    (None, None, "Aquaguard Aura RO+UV+MTDS पानी प्युरिफायर ७ लिटर सेतो", "46000"),
    (None, None, "Aquaguard Aura डिस्प्ले पिस, बक्स बिना", "34000"),
    ("Ceramic candle filter element 10 inch, pack of 2", "14.90", "सेरामिक क्यान्डल फिल्टर १० इन्च, २ वटा", "900"),
    (None, None, "सेरामिक क्यान्डल फिल्टर १० इन्च, ४ वटा", "1700"),
    ("Stainless steel candle water filter, 20 litres, 2 candles", "49.00", "स्टिल क्यान्डल पानी फिल्टर २० लिटर, २ क्यान्डल सहित", "4200"),
    (None, None, "स्टिल क्यान्डल पानी फिल्टर ३० लिटर, ३ क्यान्डल सहित", "5600"),
    ("RO membrane Vontron ULP1812-75, 75 GPD", "24.90", "Vontron ULP1812-75 आरओ मेम्ब्रेन ७५ जीपीडी", "2100",
     {"ours": {"brand": "Vontron", "mpn": "ULP1812-75"}}),
    (None, None, "Vontron ULP1812-50 आरओ मेम्ब्रेन ५० जीपीडी", "1800"),
    ("Digital TDS meter with thermometer, 0-9990 ppm", "9.90", "डिजिटल टीडीएस मिटर तापक्रम सहित ०-९९९० पीपीएम", "650"),
    ("Sediment filter cartridge 10 inch, 5 micron", "3.50", "सेडिमेन्ट फिल्टर कार्टिज १० इन्च ५ माइक्रोन", "250"),
    (None, None, "सेडिमेन्ट फिल्टर कार्टिज १० इन्च १ माइक्रोन", "280"),
    ("Kent Pearl RO + UV + UF water purifier, 8 litres", "309.00", "Kent Pearl RO+UV+UF ८ लिटर पानी प्युरिफायर", "40500"),
    ("Kent Ace Mineral RO water purifier, 8 litres", "299.00", None, None),
    ("A. O. Smith Z8 RO water purifier, 10 litres", "379.00", "A.O. Smith Z8 आरओ पानी प्युरिफायर १० लिटर", "52000"),
    (None, None, "A.O. Smith Z9 हट एन्ड कोल्ड आरओ पानी प्युरिफायर ८ लिटर", "68000"),
    ("LG PuriCare WW140NP RO water purifier, 8 litres, stainless steel tank", "399.00", "LG PuriCare WW140NP आरओ पानी प्युरिफायर ८ लिटर स्टिल ट्याङ्की", "54000",
     {"ours": {"brand": "LG", "mpn": "WW140NP"}}),
    (None, None, "LG PuriCare WW151NP आरओ + युभी पानी प्युरिफायर ८ लिटर स्टिल ट्याङ्की", "61000"),
    ("RO booster pump 24 V, 75 GPD", "39.00", "आरओ बुस्टर पम्प २४ भोल्ट ७५ जीपीडी", "3400"),
    (None, None, "आरओ बुस्टर पम्प २४ भोल्ट १०० जीपीडी", "3900"),
    ("Water jar 20 litres, polycarbonate, with tap", "12.90", "२० लिटर पानी जार धारा सहित", "850"),
    ("Kent UV lamp 11 W, replacement", "19.90", "Kent युभी ल्याम्प ११ वाट (रिप्लेसमेन्ट)", "1500"),
    (None, None, "Kent Grand Plus ८ लिटर - बक्स बिग्रिएको, नयाँ", "37500"),
    ("Kent Supreme filter set: sediment, carbon and UF", "39.00", None, None),
    ("Pressure tank for RO systems, 3.2 gallon", "34.90", "आरओ प्रेसर ट्याङ्की ३.२ ग्यालन", "2900"),
    (None, None, "आरओ प्रेसर ट्याङ्की १.५ ग्यालन", "2200"),
    ("Shower filter, 15 stages, chlorine removal", "24.90", "शावर फिल्टर १५ तह, क्लोरिन हटाउने", "1900"),
]

KINDS: dict[str, list[Row]] = {"water purifiers, a Nepali shop in Devanagari in rupees": PURIFIERS}
(NEPALI,) = KINDS
CURRENCIES = {NEPALI: "NPR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    NEPALI: [(0, "KENT Grand Plus RO+UV+UF+TDS Control Water Purifier 8L (White)", "43000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[NEPALI]
    # Two purifiers of ours from one maker a word apart, both in both shops.
    assert {("O0", "T0"), ("O4", "T4")} <= truth
    # Their candle filters a pack apart, the count in Devanagari digits.
    assert ("O12", "T12") in truth and "४ वटा" in next(t for t in theirs if t["key"] == "T13")["name"]
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Water Purifier" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 2 of 18 found (2 matched, none proposed), 16 missed; no variant matched
# or proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 16 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("Kent Grand Plus",
# "Aquaguard Aura", "ULP1812-75", "WW140NP"); the kind words are English against Nepali; eight have
# no maker (the candles, the steel filter, the TDS meter, the cartridge, the pump, the jar, the tank,
# the shower filter) and their numbers are in Devanagari digits.
# Failed at first reading: 2 of 17 found (2 matched; 0.12), 15 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 2 of 17 found (0.12)")
def test_a_nepali_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Kent Grand Plus RO+UV+UF पानी प्युरिफायर ८ लिटर सेतो" / "Kent Grand Plus RO + UV + UF water
    # purifier, 8 litres, white": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, NEPALI)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a word (Grand Plus / Grand, Supreme / Supreme Extra), a colour, a model digit (Z8 / Z9,
# WW140NP / WW151NP, ULP1812-75 / -50), a size, a pack, a rating or a micron in Devanagari digits is
# the only difference.
SIBLINGS = [0, 1, 4, 5, 6, 7, 9, 10, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 33, 34]


# Passed at first reading: no sibling matched (of the rows' 13 true pairs 2 matched, 11 missed:
# mostly because the rows' pairs were missed).
def test_a_sibling_a_word_a_digit_a_size_a_pack_or_a_colour_apart_tells_two_listings_apart(tmp_path):
    # Grand beside our Grand Plus (and our Pearl, Ace Mineral ours only); Supreme Extra beside our
    # Supreme; 14 litres beside our Pureit 23; the white Aura beside our black; four candles beside
    # our two; 30 litres beside our 20; ULP1812-50 beside our -75; 1 micron beside our 5; Z9 beside
    # our Z8; WW151NP beside our WW140NP; 100 GPD beside our 75; 1.5 gallons beside our 3.2: nothing
    # matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, NEPALI, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Passed at first reading: no sibling matched or proposed (mostly because 11 of the rows' 13 pairs
# were missed). Fails since the thirty-fourth session (digits11: Devanagari digits read as their
# values), re-recorded with the lead's approval: their white Aura "... ७ लिटर सेतो" is proposed
# beside our black Aura (O9-T10, 0.57, never matched). Its colour is named only in a word our
# shop never writes ("सेतो", white), so nothing it says tells it from their black one, our black
# Aura's own pair; before, the listing was paired with no product of ours.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the white Aura (a colour in a word our shop never writes) proposed beside our black one")
def test_a_sibling_a_word_a_digit_a_size_a_pack_or_a_colour_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, NEPALI, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the three share the maker, "RO", "UF", "8 litres" and the kind; "Grand Plus", "Supreme"
# and "Pearl" differ, and "UV" is on two of them.
# Passed at first reading: nothing crossed, because all three pairs were missed in these rows.
def test_three_purifiers_of_ours_from_one_maker_do_not_cross(tmp_path):
    # Our Kent Grand Plus, Supreme and Pearl against theirs: none of ours matched or put to a person
    # with another's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, NEPALI, [0, 4, 21])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "प्रयोग गरिएको", "डिस्प्ले पिस, बक्स बिना" and "बक्स बिग्रिएको" are words no condition rule
# before read; the filter set and the germkill kit name our purifiers after a Nepali "for" ("को
# लागि").
# Passed at first reading: none matched, because the rows' 3 true pairs were all missed.
def test_a_used_a_display_and_a_damaged_box_purifier_and_kits_for_ours_are_not_matched_as_ours(tmp_path):
    # The used Grand Plus, the damaged-box Grand Plus and "Kent Grand / Grand Plus को लागि फिल्टर सेट"
    # beside our Grand Plus's own listing; "Pureit Classic २३ लिटर को लागि जर्मकिल किट" beside our
    # Pureit's; the display Aura beside our Aura's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, NEPALI, [0, 2, 3, 6, 8, 9, 11, 31])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: both listings missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both listings were missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "KENT Grand Plus RO+UV+UF+TDS Control Water Purifier 8L (White)" beside "Kent Grand Plus
    # RO+UV+UF पानी प्युरिफायर ८ लिटर सेतो": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-second session); copied here once it
# was not (thirty-third session). Read at the thirty-third session's start (4e72f09b) the batch reads
# as at the thirty-second session's last matching code (0e076f17), pair for pair and score for score;
# its first reading (9577de68) differs in nothing. Each missed true pair scored alone (`score_pairs`,
# titles and other fields, no prices) at 4e72f09b:
# - Matched (2): Vontron ULP1812-75 (O16-T16) 0.95, "same model code ulp181275"; LG PuriCare WW140NP
#   (O25-T25) 0.89, "same model code ww140np; numbers differ: 8 vs ८" (held by the code alone).
# - Missed with a Devanagari digit read as a conflict, "numbers differ: N vs <N in Devanagari digits>"
#   (12 of the 16): Kent Grand Plus (O0-T0) 0.32 ("8 vs ८"), Kent Supreme (O4-T4) 0.34 ("8 vs ८"),
#   Pureit Classic (O6-T6) 0.17 ("23 vs २३"), Aquaguard Aura (O9-T9) 0.28 ("7 vs ७"), the steel candle
#   filter (O14-T14) 0.00 ("2/20 vs २/२०"), the cartridge (O19-T19) 0.01 ("5 vs ५/१०"), Kent Pearl
#   (O21-T21) 0.28 ("8 vs ८"), A.O. Smith Z8 (O23-T23) 0.27 ("10 vs १०"), the booster pump (O27-T27)
#   0.00 ("75 vs २४/७५"), the jar (O29-T29) 0.01 ("20 vs २०"), the tank (O33-T33) 0.00 ("3.2 vs ३.२"),
#   the shower filter (O35-T35) 0.00 ("15 vs १५"). The makers and models in Latin on both sides (Kent
#   Grand Plus, Supreme, Pearl, Aura, Z8) did not carry them: "Grand Plus", "Supreme", "Pearl", "Aura",
#   "Z8" not read as codes, and the digit conflict sank them.
# - Missed otherwise: the Kent Grand Plus English second listing (O0-T0b) 0.56 ("one word differs:
#   litres vs control/tds"); with no maker, Devanagari digits not read: the ceramic candles (O12-T12)
#   0.08 ("pack of 2" / "२ वटा"), the TDS meter (O18-T18) 0.06, the Kent UV lamp (O30-T30) 0.16 ("11 W"
#   / "११ वाट").
# Variants: none matched or proposed (so nothing was found to be wrong with).


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_first_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 9577de68, the matching code of the session's start 97f9745a): 2 of 18
    # true pairs found (2 matched, none proposed), 16 missed; no variant matched or proposed.
    # Re-recorded in the thirty-fourth session (digits11, the lead approving): with Devanagari digits
    # read as their values, 10 found (2 matched, 8 proposed) and one variant proposed, never matched:
    # their white Aura "... सेतो" beside our black Aura (O9-T10, 0.57), its colour named only in a
    # word our shop never writes. The guard holds that one proposal.
    holds_its_first_reading(BATCH.read(tmp_path), matched=2, found=2, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds21d [-v]
    BATCH.print_reading()
