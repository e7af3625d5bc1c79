"""A twentieth round of catalogues set aside, its second batch, written before the matcher read it, so
that its first reading is a figure on catalogues the matching rules were not written on.

Phone chargers, power banks and cables, a kind none of the nineteen rounds held (the electronics
rounds held action cameras, e-readers, hi-fi, gaming peripherals and makers' boards; ours: a Spanish
phone-accessory shop, 19 products in euros, titled in Spanish as such shops write them: the kind
first ("Cargador", "Batería externa", "Cable"), then maker and model, the watts, milliamp-hours,
ports and length after commas, "Cargador Anker 735 GaNPrime 65W, 3 puertos, negro"; theirs: a Phnom
Penh phone-accessory shop, 35 listings in riel, titled in Khmer around the maker and model in Latin
letters as such shops write them: the kind first, the Khmer words run together without spaces as
Khmer is written, the counts and lengths in Khmer digits on some ("១ ម៉ែត្រ", "៣ រន្ធ"), the watts and
milliamp-hours in Latin, a used piece's condition as a share ("ស្អាត ៩៥%"), "ក្បាលសាក Anker 735
GaNPrime 65W ៣ រន្ធ ពណ៌ខ្មៅ").
"ក្បាលសាក" is a charger (a charging head, "cargador"), "ក្បាលសាកក្នុងឡាន" a car charger ("cargador de
coche"), "ឆ្នាំងសាកឥតខ្សែ" a wireless charger ("cargador inalámbrico"), "ថ្មសាកបម្រុង" a power bank
("batería externa"), "ខ្សែសាក" a charging cable ("cable"), "ខ្សែត្បាញ" braided ("trenzado"), "ទៅ"
to ("a", USB-C to Lightning), "ប្រវែង" a length, "ម៉ែត្រ" metres; "រន្ធ" ports ("puertos"), "មានខ្សែ
ភ្ជាប់ស្រាប់" with a cable built in ("con cable integrado"), "ជើងទម្រទូរស័ព្ទ" a phone holder
("soporte de móvil"), "មេដែក" magnetic, "រន្ធម៉ាស៊ីនត្រជាក់" an air vent ("rejilla"), "ក្បាលដោតភ្លើង
ធ្វើដំណើរ" a travel plug adapter ("adaptador de viaje"), "ប្រើបានគ្រប់ប្រទេស" for every country,
"ឧបករណ៍ភ្ជាប់ច្រើនរន្ធ" a hub; "ពណ៌ខ្មៅ" black ("negro"), "ពណ៌ស" white; "សម្រាប់" for (a case, a
cable for a product), "ស្រោមការពារ" a protective case ("funda"); "កញ្ចប់" a pack, "ក្នុងមួយកញ្ចប់" in
one pack; "មួយទឹក" second-hand, "ស្អាត ៩៥%" 95% clean, "ដាក់តាំងបង្ហាញ" a display piece, "ប្រអប់ខូច"
a damaged box; "ធានា ១ ឆ្នាំ" a year's warranty, "Original" as such shops write it.

The hard things, written as such shops write them, not to be easy or hard: one maker's chargers a
model number apart (Anker 735 / 736, both in both shops) and a colour apart (735 black / white); a
used charger and a display one; power banks a model apart (737 / 733), a capacity apart (Bipow 10000
/ 20000, Redmi 20000 / 10000) and a colour apart; a case for our power bank; chargers a wattage apart
(Nexode 65W / 100W, Samsung 25W / 45W), the Samsung charger in black and white under one model code
with its colour letter cut ("EP-TA800N"); cables a length apart written in Khmer digits (១ / ២
ម៉ែត្រ), a wattage apart (100W / 240W), a cable of another maker "for iPhone" beside our Apple
cable, a braided cable in a pack of two; a wireless charger a word apart ("3-in-1" / "2-in-1"); a
charger whose box is damaged; a car holder, a cable and a travel adapter with no maker on either
side; "Anker", "UGREEN", "ក្បាលសាក" and "W" in many titles; the maker's part number in our MPNs and
their descriptions, the EAN in some of our GTINs; one product listed twice (the second time in
English, as the maker's own listing reads).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_ANKER_735 = gtin_with_check_digit("019488211190")
GTIN_ANKER_737 = gtin_with_check_digit("019488212890")
GTIN_APPLE_20W = gtin_with_check_digit("019425320330")
GTIN_SAMSUNG_25W = gtin_with_check_digit("880609480050")

# A Spanish phone-accessory shop in euros against a Cambodian one in Khmer, in riel.
CHARGERS: list[Row] = [
    ("Cargador Anker 735 GaNPrime 65W, 3 puertos, negro", "49.99", "ក្បាលសាក Anker 735 GaNPrime 65W ៣ រន្ធ ពណ៌ខ្មៅ", "229000",
     {"ours": {"brand": "Anker", "gtin": GTIN_ANKER_735}, "theirs": {"brand": "Anker"}}),
    ("Cargador Anker 736 Nano II 100W, 3 puertos", "69.99", "ក្បាលសាក Anker 736 Nano II 100W ៣ រន្ធ", "319000"),
    (None, None, "ក្បាលសាក Anker 735 GaNPrime 65W ពណ៌ស", "229000"),
    (None, None, "Anker 735 GaNPrime 65W មួយទឹក ស្អាត ៩៥%", "119000"),
    (None, None, "ក្បាលសាក Anker 736 Nano II 100W ដាក់តាំងបង្ហាញ", "259000"),
    ("Batería externa Anker 737 PowerCore 24K, 24000 mAh, 140 W", "109.99", "ថ្មសាកបម្រុង Anker 737 PowerCore 24K 24000mAh 140W", "489000",
     {"ours": {"brand": "Anker", "gtin": GTIN_ANKER_737, "mpn": "A1289"},
      "theirs": {"brand": "Anker", "description": "Model: A1289។ អេក្រង់ឌីជីថល សាកលឿន 140W។ ធានា ១៨ ខែ"}}),
    (None, None, "ថ្មសាកបម្រុង Anker 733 GaNPrime PowerCore 65W 10000mAh", "399000"),
    (None, None, "ស្រោមការពារ សម្រាប់ Anker 737 PowerCore 24K", "35000"),
    ("Batería externa Baseus Bipow 10000 mAh 20 W, negra", "19.99", "ថ្មសាកបម្រុង Baseus Bipow 10000mAh 20W ពណ៌ខ្មៅ", "79000"),
    (None, None, "ថ្មសាកបម្រុង Baseus Bipow 20000mAh 20W ពណ៌ខ្មៅ", "109000"),
    (None, None, "ថ្មសាកបម្រុង Baseus Bipow 10000mAh 20W ពណ៌ស", "79000"),
    ("Cargador UGREEN Nexode 65W GaN, 2 USB-C + 1 USB-A", "39.99", "ក្បាលសាក UGREEN Nexode 65W GaN (2C1A)", "169000"),
    (None, None, "ក្បាលសាក UGREEN Nexode 100W GaN (3C1A)", "259000"),
    ("Cable UGREEN USB-C a USB-C 100 W, 1 m", "9.99", "ខ្សែសាក UGREEN USB-C ទៅ USB-C 100W ប្រវែង ១ ម៉ែត្រ", "45000"),
    (None, None, "ខ្សែសាក UGREEN USB-C ទៅ USB-C 100W ប្រវែង ២ ម៉ែត្រ", "55000"),
    (None, None, "ខ្សែសាក UGREEN USB-C ទៅ USB-C 240W ប្រវែង ១ ម៉ែត្រ", "69000"),
    ("Cargador Apple USB-C de 20 W", "25.00", "ក្បាលសាក Apple 20W USB-C Original", "99000",
     {"ours": {"brand": "Apple", "gtin": GTIN_APPLE_20W, "mpn": "MHJE3ZM/A"},
      "theirs": {"description": "Model A2305 (MHJE3ZM/A)។ ធានា ១ ឆ្នាំ"}}),
    (None, None, "ក្បាលសាក Apple 20W USB-C ប្រអប់ខូច", "79000"),
    ("Cable Apple USB-C a Lightning, 1 m", "25.00", "ខ្សែសាក Apple USB-C to Lightning ១ ម៉ែត្រ Original", "89000"),
    (None, None, "ខ្សែសាក Baseus USB-C to Lightning 20W ១ ម៉ែត្រ សម្រាប់ iPhone", "25000"),
    ("Cargador Samsung 25 W Super Fast Charging EP-TA800, negro", "19.99", "ក្បាលសាក Samsung 25W Super Fast Charging ពណ៌ខ្មៅ (EP-TA800N)", "69000",
     {"ours": {"brand": "Samsung", "gtin": GTIN_SAMSUNG_25W, "mpn": "EP-TA800NBEGEU"}}),
    (None, None, "ក្បាលសាក Samsung 25W Super Fast Charging ពណ៌ស (EP-TA800N)", "69000"),
    (None, None, "ក្បាលសាក Samsung 45W Super Fast Charging 2.0 (EP-T4510)", "119000"),
    ("Batería externa Xiaomi Redmi 20000 mAh 18 W, negra", "24.99", "ថ្មសាកបម្រុង Xiaomi Redmi 20000mAh 18W ពណ៌ខ្មៅ", "99000"),
    (None, None, "ថ្មសាកបម្រុង Xiaomi Redmi 10000mAh 10W ពណ៌ខ្មៅ", "59000"),
    ("Cargador de coche Baseus 30 W USB-C + USB-A", "14.99", "ក្បាលសាកក្នុងឡាន Baseus 30W USB-C + USB-A", "55000"),
    ("Soporte de móvil para coche, magnético, para rejilla", "9.99", "ជើងទម្រទូរស័ព្ទក្នុងឡាន មេដែក ដាក់រន្ធម៉ាស៊ីនត្រជាក់", "25000"),
    ("Cargador inalámbrico Belkin BoostCharge Pro 3 en 1 con MagSafe 15 W", "129.99",
     "ឆ្នាំងសាកឥតខ្សែ Belkin BoostCharge Pro 3-in-1 MagSafe 15W", "559000",
     {"ours": {"brand": "Belkin", "mpn": "WIZ017VFBK"}, "theirs": {"description": "Belkin WIZ017 ពណ៌ខ្មៅ"}}),
    (None, None, "ឆ្នាំងសាកឥតខ្សែ Belkin BoostCharge Pro 2-in-1 MagSafe 15W", "399000"),
    ("Cable USB-C a USB-C 60 W, 2 m, trenzado", "7.99", "ខ្សែសាក USB-C ទៅ USB-C 60W ២ ម៉ែត្រ ខ្សែត្បាញ", "25000"),
    (None, None, "ខ្សែសាក USB-C ទៅ USB-C 60W ២ ម៉ែត្រ ខ្សែត្បាញ - ២ ខ្សែ ក្នុងមួយកញ្ចប់", "39000"),
    ("Batería externa Anker Nano 10000 mAh 30 W con cable USB-C integrado", "39.99",
     "ថ្មសាកបម្រុង Anker Nano Power Bank 10000mAh 30W មានខ្សែភ្ជាប់ស្រាប់", "169000"),
    ("Hub USB-C UGREEN 6 en 1, HDMI 4K", "29.99", "UGREEN USB-C Hub 6 in 1 HDMI 4K (ឧបករណ៍ភ្ជាប់ច្រើនរន្ធ)", "129000"),
    ("Adaptador de viaje universal con USB-C", "19.99", "ក្បាលដោតភ្លើងធ្វើដំណើរ ប្រើបានគ្រប់ប្រទេស មាន USB-C", "79000"),
    ("Cargador UGREEN Nexode 45W GaN, 2 USB-C", "29.99", None, None),
    ("Batería externa Xiaomi 33W Pocket Edition Pro, 10000 mAh", "29.99", None, None),
]

KINDS: dict[str, list[Row]] = {"phone chargers and power banks, a Cambodian shop in Khmer in riel": CHARGERS}
(CAMBODIAN,) = KINDS
CURRENCIES = {CAMBODIAN: "KHR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    CAMBODIAN: [(5, "Anker 737 Power Bank (PowerCore 24K) 24,000mAh 140W - Black", "499000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[CAMBODIAN]
    # Two chargers of ours a model number apart, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # Our Samsung charger in black; theirs in black and white under one cut model code.
    assert ("O20", "T20") in truth and "EP-TA800N" in next(t for t in theirs if t["key"] == "T21")["name"]
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T5b")
    assert "Power Bank" in second["name"] and ("O5", "T5b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the nineteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 3 of 18 found (1 matched, 2 proposed), 15 missed; 1 variant matched,
# none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 15 of the 18 true pairs were missed and 1 variant matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker, model and watts are in Latin letters on both sides ("Anker 735", "Nexode 65W",
# "Bipow 10000mAh"); the kind words are Spanish against Khmer run together without spaces; a few
# have no maker at all (the car holder, the braided cable, the travel adapter) and some lengths and
# counts are in Khmer digits.
# Failed at first reading: 3 of 17 found (1 matched, 2 proposed; 0.18), 14 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 3 of 17 found (0.18)")
def test_a_khmer_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "ក្បាលសាក Anker 735 GaNPrime 65W ៣ រន្ធ ពណ៌ខ្មៅ" / "Cargador Anker 735 GaNPrime 65W, 3 puertos,
    # negro": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, CAMBODIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a model number (735 / 736 / 733), a colour in Khmer, a capacity (10000 / 20000 mAh), a
# wattage (65W / 100W, 25W / 45W, 100W / 240W), a length in Khmer digits (១ / ២ ម៉ែត្រ), a word
# ("3-in-1" / "2-in-1") or a pack of two is the only difference.
SIBLINGS = [0, 1, 2, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 20, 21, 22, 23, 24, 27, 28, 29, 30, 34, 35]


# Failed at first reading: 1 sibling matched (2 of the rows' 10 true pairs found, 1 matched, 1
# proposed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was matched")
def test_a_sibling_a_model_number_a_size_a_colour_or_a_count_apart_tells_two_listings_apart(tmp_path):
    # The white 735 beside our black; 736 beside our 735 and 735 beside our 736; 733 beside our 737;
    # Bipow 20000 and the white Bipow beside our black 10000; Nexode 100W beside our 65W (and our 45W,
    # ours only); the 2 m and the 240W UGREEN cables beside our 1 m 100W; the white Samsung 25W and
    # the 45W beside our black 25W; Redmi 10000 beside our Redmi 20000 (and our Xiaomi 33W 10000,
    # ours only); the 2-in-1 Belkin beside our 3-in-1; two braided cables in a pack beside our one:
    # nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, CAMBODIAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling matched, none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was matched")
def test_a_sibling_a_model_number_a_size_a_colour_or_a_count_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, CAMBODIAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, the kind and "3 ports"; the model number, the range name and
# the watts differ.
# Passed at first reading: nothing crossed, partly because both pairs were missed in these rows.
def test_two_chargers_of_ours_a_model_number_apart_do_not_cross(tmp_path):
    # Our Anker 735 and 736 against theirs: neither of ours matched or put to a person with the
    # other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, CAMBODIAN, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "មួយទឹក", "ដាក់តាំងបង្ហាញ" and "ប្រអប់ខូច" are words no condition rule before read; the
# case names our power bank after a Khmer "for" ("សម្រាប់"), the Baseus cable names the phone it
# is for beside our Apple cable.
# Passed at first reading: nothing matched or proposed with our products, partly because all 5 of
# the rows' true pairs were missed in these rows.
def test_a_used_a_display_and_a_damaged_box_charger_and_accessories_naming_ours_are_not_matched_as_ours(tmp_path):
    # The used 735 beside our 735's own listing; the display 736 beside our 736's; "ស្រោមការពារ
    # សម្រាប់ Anker 737 PowerCore 24K" beside our 737's; the Apple 20W whose box is damaged beside our
    # 20W's; the Baseus "USB-C to Lightning ... សម្រាប់ iPhone" beside our Apple cable's: none matched
    # with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, CAMBODIAN, [0, 1, 3, 4, 5, 7, 16, 17, 18, 19])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the second listing missed (the first proposed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Anker 737 Power Bank (PowerCore 24K) 24,000mAh 140W - Black" beside "ថ្មសាកបម្រុង Anker 737
    # PowerCore 24K 24000mAh 140W": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-first session); copied here once it
# was not (thirty-second session). The batch read at the thirty-second session's start (97f9745a) as
# at its first reading (2dbecaaa), pair for pair and score for score. Each missed true pair scored
# alone (`score_pairs`, titles and other fields, no prices) at 97f9745a, the same scores as at
# 2dbecaaa:
# - Matched (1): the black Samsung 25W by our MPN EP-TA800NBEGEU against their "(EP-TA800N)" (O20-T20,
#   0.95). Proposed on the titles: the Anker 737's first listing (O5-T5) 0.65 (our MPN A1289 in their
#   description, "Model: A1289", not read) and the UGREEN hub (O32-T32) 0.60.
# - Missed, "numbers differ: 3 vs ៣": Anker 735 (O0-T0) 0.30 and 736 (O1-T1) 0.35: the Khmer digit
#   three ("៣ រន្ធ") read as a number other than our "3 puertos"; "735" and "736" (a maker's model of
#   digits only) not read as codes.
# - Missed, "charge differs: 24000 vs 24": the Anker 737's English second listing (O5-T5b) 0.45,
#   "24,000mAh" read as 24 mAh.
# - Missed, "fuzzy" (no code read; the Khmer kind words, run together with no spaces, give nothing to
#   align): Nexode 65W "2 USB-C + 1 USB-A" / "(2C1A)" (O11-T11) 0.48, the UGREEN cable 100 W 1 m /
#   "១ ម៉ែត្រ" (O13-T13) 0.48, Apple 20W (O16-T16) 0.52 (our MPN MHJE3ZM/A in their description,
#   "Model A2305 (MHJE3ZM/A)", not read), Apple USB-C to Lightning 1 m (O18-T18) 0.43, Xiaomi Redmi
#   20000mAh (O23-T23) 0.52, the Baseus car charger (O25-T25) 0.54, Belkin BoostCharge Pro "3 en 1" /
#   "3-in-1" (O27-T27) 0.55 (our MPN WIZ017VFBK against their description's "Belkin WIZ017" not read),
#   Baseus Bipow 10000mAh (O8-T8) 0.50, Anker Nano 10000mAh 30W (O31-T31) 0.35, the braided cable 60W
#   2 m (O29-T29) 0.29, the car holder (O26-T26) 0.03 and the travel adapter (O33-T33) 0.12 (no maker).
#   The wording rule never fired in this catalogue.
# The variant matched (1): the white Samsung 25W "ពណ៌ស (EP-TA800N)" (T21) with our black, 0.95, "same
# model code epta800nbegeu": the colour letter of our MPN cut off their code, the Khmer colour word
# not read. The used 735 "មួយទឹក ស្អាត ៩៥%" (T3), the display 736 "ដាក់តាំងបង្ហាញ" (T4), the
# damaged-box Apple 20W "ប្រអប់ខូច" (T17), the case "សម្រាប់ Anker 737" (T7), the Baseus Lightning
# cable "សម្រាប់ iPhone" (T19): none matched or proposed, because their own pairs were missed too.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twentieth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 2dbecaaa, the matching code of the session's start 484bca53): 3 of 18
    # true pairs found (1 matched, 2 proposed), 15 missed; 1 variant matched, none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=1, found=3, wrong_matched=1, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds20b [-v]
    BATCH.print_reading()
