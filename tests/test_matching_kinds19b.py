"""A nineteenth round of catalogues set aside, its second batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Field hockey, a kind none of the eighteen rounds held (the sports rounds held tennis, padel,
cricket, ice hockey and table tennis; ours: a Dutch hockey shop, 19 products in euros, titled in
Dutch as such shops write them: maker and model first, then the kind and the length in inches or
the size after a comma, "Grays GR7000 Jumbow hockeystick, 36.5 inch"; theirs: a sports shop in
Sialkot, Pakistan, 35 listings in rupees, titled in Urdu (the Arabic script, right to left) around
the maker and model in Latin letters as such shops write them: maker and model, then the kind, the
length as "36.5 انچ", "- اصل" (original) after many, one length written in Urdu digits, "Grays
GR7000 Jumbow ہاکی اسٹک 36.5 انچ - اصل").
"ہاکی اسٹک" is a hockey stick ("hockeystick"), "انڈور ہاکی اسٹک" an indoor one ("zaalhockeystick"),
"لکڑی کی" wooden, "ہاکی گیند" a hockey ball ("hockeybal"), "شن گارڈز" shin guards
("scheenbeschermers"), "ماؤتھ گارڈ" a mouthguard ("bitje"), "گول کیپر دستانہ" a goalkeeper's glove
("keepershandschoen"), "بایاں" left ("links"), "دایاں" right, "اوور گرپ" an overgrip, "شیمی گرپ" a
chamois grip, "اسٹک بیگ" a stick bag, "ہاکی جوتے" hockey shoes ("hockeyschoenen"); "انچ" inches,
"سائز" size ("maat"; shoes in UK sizes, ours in EU sizes), "سینئر" / "جونیئر" senior / junior,
"عدد" pieces ("stuks"), "12 عدد کا پیک" a pack of 12; "سیاہ" black ("zwart"), "سفید" white ("wit"),
"نارنجی" orange; "کے لیے" for (a grip for a stick); "اصل" original, "استعمال شدہ" used, "ایک سیزن
کھیلی گئی" played one season, "ڈسپلے پیس" a display piece, "فیصد رعایت" per cent off; "سیالکوٹ میڈ"
made in Sialkot; "کوڈ" the shop's code, "کیش آن ڈیلیوری دستیاب" cash on delivery; Urdu digits
"۳۶.۵" for 36.5.

The hard things, written as such shops write them, not to be easy or hard: one stick in two
lengths an inch apart (36.5 / 37.5, both in both shops) and in another bow (Jumbow / Probow, Pro
Bow / Low Bow), a model number apart (GR7000 / GR8000, Chaosfury .7 / .8, C85 / C75), a length
apart (35.5 / 36.5) and one length in Urdu digits; the same stick used and as a display piece;
a replacement grip naming our stick; balls a colour apart and a pack count apart (6 / 12); shin
guards a size apart, a mouthguard senior / junior, a goalkeeper's glove left / right, overgrips
one against three; shoes in EU sizes on our side and UK sizes on theirs (42 is UK 8); a chamois
grip and a wooden stick with no maker; "Grays", "ہاکی اسٹک" and "انچ" in many titles; the EAN in
some of our GTINs, their shop's codes ("کوڈ") in some descriptions; one product listed twice (the
second time in English, as the shop's marketplace listings read).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_GR7000_365 = gtin_with_check_digit("501354270365")
GTIN_GR7000_375 = gtin_with_check_digit("501354270375")
GTIN_ASTROTEC_12 = gtin_with_check_digit("501354211212")

# A Dutch hockey shop in euros against a Pakistani one in rupees.
HOCKEY: list[Row] = [
    ("Grays GR7000 Jumbow hockeystick, 36.5 inch", "229.95", "Grays GR7000 Jumbow ہاکی اسٹک 36.5 انچ - اصل", "54999",
     {"ours": {"brand": "Grays", "gtin": GTIN_GR7000_365},
      "theirs": {"brand": "Grays", "description": "70% کاربن، جمبو بو۔ کیش آن ڈیلیوری دستیاب۔ کوڈ: GR-7000-JB-365"}}),
    ("Grays GR7000 Jumbow hockeystick, 37.5 inch", "229.95", "Grays GR7000 Jumbow ہاکی اسٹک 37.5 انچ - اصل", "54999",
     {"ours": {"brand": "Grays", "gtin": GTIN_GR7000_375}, "theirs": {"description": "کوڈ: GR-7000-JB-375"}}),
    (None, None, "Grays GR7000 Probow ہاکی اسٹک 36.5 انچ - اصل", "54999"),
    (None, None, "Grays GR8000 Dynabow ہاکی اسٹک 36.5 انچ - اصل", "69999"),
    (None, None, "Grays GR7000 Jumbow ہاکی اسٹک 36.5 انچ - استعمال شدہ، ایک سیزن کھیلی گئی", "22000"),
    (None, None, "Grays GR7000 Jumbow 36.5 انچ - ڈسپلے پیس، 20 فیصد رعایت", "43999"),
    (None, None, "Grays GR7000 کے لیے ریپلیسمنٹ گرپ، سیاہ", "2499"),
    ("Osaka Pro Tour 40 Pro Bow 1.0 hockeystick, 37.5 inch", "199.95", "Osaka Pro Tour 40 Pro Bow 1.0 ہاکی اسٹک 37.5 انچ", "47500",
     {"ours": {"brand": "Osaka"}}),
    (None, None, "Osaka Pro Tour 40 Low Bow 1.0 ہاکی اسٹک 37.5 انچ", "47500"),
    ("adidas Chaosfury .7 hockeystick, 36.5 inch", "149.95", "adidas Chaosfury .7 ہاکی اسٹک 36.5 انچ", "38999"),
    (None, None, "adidas Chaosfury .8 ہاکی اسٹک 36.5 انچ", "32999"),
    ("Dita FiberTec C85 M-Bow hockeystick, 36.5 inch", "139.95", "Dita FiberTec C85 M-Bow ہاکی اسٹک 36.5 انچ", "34500"),
    (None, None, "Dita FiberTec C75 M-Bow ہاکی اسٹک 36.5 انچ", "27500"),
    ("Mercian Genesis 0.3 hockeystick, 36.5 inch", "119.95", "Mercian Genesis 0.3 ہاکی اسٹک ۳۶.۵ انچ", "29999"),
    (None, None, "Mercian Genesis 0.3 ہاکی اسٹک 35.5 انچ", "29999"),
    ("Indian Maharadja Blade zaalhockeystick, 36.5 inch", "59.95", "Indian Maharadja Blade انڈور ہاکی اسٹک 36.5 انچ", "15999"),
    ("Kookaburra Dimple Elite hockeybal, wit", "6.95", "Kookaburra Dimple Elite ہاکی گیند، سفید", "1650"),
    (None, None, "Kookaburra Dimple Elite ہاکی گیند، نارنجی", "1650"),
    ("Grays Astrotec hockeyballen, wit, 12 stuks", "54.95", "Grays Astrotec ہاکی گیند سفید - 12 عدد کا پیک", "13999",
     {"ours": {"brand": "Grays", "gtin": GTIN_ASTROTEC_12}}),
    (None, None, "Grays Astrotec ہاکی گیند سفید - 6 عدد کا پیک", "7499"),
    ("Grays G600 scheenbeschermers, maat M", "24.95", "Grays G600 شن گارڈز، سائز M", "5999"),
    (None, None, "Grays G600 شن گارڈز، سائز L", "5999"),
    ("OPRO Gold bitje, senior", "29.95", "OPRO Gold ماؤتھ گارڈ، سینئر", "7999"),
    (None, None, "OPRO Gold ماؤتھ گارڈ، جونیئر", "7499"),
    ("OBO Ogo keepershandschoen links, maat M", "119.95", "OBO Ogo گول کیپر دستانہ، بایاں (Left)، سائز M", "29999"),
    (None, None, "OBO Ogo گول کیپر دستانہ، دایاں (Right)، سائز M", "29999"),
    ("Grays Twintex overgrip, wit, 3 stuks", "9.95", "Grays Twintex اوور گرپ، سفید (3 عدد)", "2499"),
    (None, None, "Grays Twintex اوور گرپ، سفید (1 عدد)", "899"),
    ("Chamois grip voor hockeystick, zwart", "7.95", "ہاکی اسٹک کے لیے شیمی گرپ، سیاہ", "1299"),
    ("Osaka Pro Tour stickbag, zwart", "59.95", "Osaka Pro Tour اسٹک بیگ، سیاہ", "14999"),
    ("adidas Flexcloud 2.1 hockeyschoenen, maat 42", "89.95", "adidas Flexcloud 2.1 ہاکی جوتے، سائز UK 8", "21999"),
    (None, None, "adidas Flexcloud 2.1 ہاکی جوتے، سائز UK 9", "21999"),
    ("Malik LB 50 hockeystick, 36.5 inch", "79.95", "Malik LB 50 ہاکی اسٹک 36.5 انچ - سیالکوٹ میڈ", "17500"),
    ("Ritual Velocity 85 hockeystick, 36.5 inch", "169.95", None, None),
    ("JDH X93TT Concave hockeystick, 36.5 inch", "189.95", None, None),
    (None, None, "سیالکوٹ کی لکڑی کی ہاکی اسٹک 36 انچ", "3499"),
]

KINDS: dict[str, list[Row]] = {"field hockey, a Pakistani shop in Urdu in rupees": HOCKEY}
(PAKISTANI,) = KINDS
CURRENCIES = {PAKISTANI: "PKR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    PAKISTANI: [(0, "Grays GR7000 Jumbow Composite Hockey Stick 36.5 inch (Original)", "55999")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[PAKISTANI]
    # One stick of ours in two lengths an inch apart, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # One length written in Urdu digits.
    assert "۳۶.۵" in next(t for t in theirs if t["key"] == "T13")["name"]
    # The second listing is in English.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Hockey Stick" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the eighteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 11 of 18 found (1 matched, 10 proposed), 7 missed; no variant matched, 3
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 7 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: the maker, model and length are what both titles share, in Latin letters and Western
# digits in most ("Grays GR7000 Jumbow", "36.5"); the kind words are Dutch against Urdu; a few have
# no maker (the chamois grip) or a model with no digit ("Blade", "Dimple Elite").
# Failed at first reading: 10 of 17 found (1 matched, 9 proposed; 0.59), 7 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 10 of 17 found (0.59)")
def test_an_urdu_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Grays GR7000 Jumbow ہاکی اسٹک 36.5 انچ - اصل" / "Grays GR7000 Jumbow hockeystick, 36.5 inch":
    # at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, PAKISTANI)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a length (35.5 / 36.5 / 37.5), a bow's word (Probow, Low Bow), a model number
# (GR8000, .8, C75), a colour or a size written in Urdu (نارنجی, سائز L, جونیئر, دایاں), a pack
# count (6 / 12, 1 / 3) or a shoe size (UK 9) is the only difference.
SIBLINGS = [0, 1, 2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 30, 31]


# Passed at first reading: no sibling matched (9 of the rows' 13 true pairs found, 3 matched, 6
# proposed).
def test_a_sibling_a_length_a_model_number_a_side_or_a_count_apart_tells_two_listings_apart(tmp_path):
    # Probow and GR8000 beside our GR7000 Jumbow in both lengths; Low Bow beside our Pro Bow;
    # Chaosfury .8 beside our .7; C75 beside our C85; the 35.5 inch Genesis beside our 36.5 (written
    # in Urdu digits); the orange ball beside our white; six balls beside our twelve; shin guards in
    # L beside our M; the junior mouthguard beside our senior; the right glove beside our left; one
    # overgrip beside our three; the UK 9 shoe beside our 42: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, PAKISTANI, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: no sibling matched, 4 proposed beside our product's own listing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading four siblings were put to a person")
def test_a_sibling_a_length_a_model_number_a_side_or_a_count_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, PAKISTANI, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share every word but the length.
# Passed at first reading: nothing crossed; both pairs matched in these rows.
def test_two_lengths_of_one_stick_do_not_cross(tmp_path):
    # Our GR7000 Jumbow "36.5 inch" and "37.5 inch" against their "36.5 انچ" and "37.5 انچ": neither
    # of ours matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, PAKISTANI, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: a shoe size is a number in another system on each side; no round before held one.
# Failed at first reading: nothing found in these rows: the UK 8 missed, the UK 9 neither matched
# nor proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading our shoe's own listing was missed")
def test_a_shoe_in_eu_sizes_finds_its_uk_size_and_not_the_next(tmp_path):
    # Our "maat 42" against their "سائز UK 8" (the same shoe) and "سائز UK 9": ours found with the UK
    # 8, not matched with the UK 9.
    counts, found, _ = BATCH.read_rows(tmp_path, PAKISTANI, [30, 31])
    assert counts["true matched"] + counts["true proposed"] == 1 and not counts["wrong matched"], found


# Uncertain: "استعمال شدہ" and "ڈسپلے پیس" are words no condition rule before read; the grip names
# our stick with the Urdu "for" after it.
# Passed at first reading: nothing matched or proposed with our product, partly because the rows'
# one true pair was missed where these rows stood alone.
def test_a_used_stick_a_display_stick_and_a_grip_for_ours_are_not_matched_as_ours(tmp_path):
    # "... 36.5 انچ - استعمال شدہ، ایک سیزن کھیلی گئی", "... ڈسپلے پیس، 20 فیصد رعایت" and "Grays
    # GR7000 کے لیے ریپلیسمنٹ گرپ" beside the new stick's own listing: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, PAKISTANI, [0, 4, 5, 6])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the first listing missed (the second proposed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the first listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Grays GR7000 Jumbow Composite Hockey Stick 36.5 inch (Original)" beside "Grays GR7000 Jumbow
    # ہاکی اسٹک 36.5 انچ - اصل": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirtieth session); copied here once it was
# not (thirty-first session). The batch read at the thirty-first session's start (484bca53) as at its
# first reading (94287c06), pair for pair and score for score. Each missed true pair scored alone
# (`score_pairs`, titles and other fields, no prices) at 484bca53:
# - GR7000 Jumbow 36.5 inch (O0-T0) 0.96 and 37.5 inch (O1-T1) 0.95 alone ("same model code
#   gr7000"), both missed in the catalogue: "GR7000" is on 7 of their listings (two lengths, the
#   Probow, the used and the display stick, the replacement grip "کے لیے" (for) it, the English
#   second listing), read as a series there; the length both titles write does not pick the
#   listing. The English second listing (O0-T0b) was proposed, 0.72, by its titles.
# - Mercian Genesis 0.3 (O13-T13), their length in Urdu digits "۳۶.۵ انچ", 0.58 alone; in the
#   catalogue our Genesis was proposed with the 35.5 inch sibling (T14, 0.65) instead.
# - "fuzzy": the OBO Ogo left glove "links, maat M" / "بایاں (Left)، سائز M" (O24-T24) 0.37, the
#   chamois grip (O28-T28, no maker, every word Urdu) 0.06, the Osaka Pro Tour stickbag / "اسٹک
#   بیگ" (O29-T29) 0.57, the adidas Flexcloud 2.1 "maat 42" / "سائز UK 8" (O30-T30) 0.38, "numbers
#   differ: 42 vs 8" (an EU and a UK shoe size read as one number).
# No variant matched. Proposed: the G600 shin guards in L (T21) beside our M (0.94, "another
# variant of their listing"), the Osaka Low Bow (T8) with our Pro Bow (0.71), the Mercian Genesis
# 35.5 inch (T14) with our 36.5 (0.65). Of the 11 found only G600 (a code on 2 of their listings)
# was matched; the wording rule proposed four at 0.43-0.55 ("this competitor's data does not yet
# show its wording matches right").


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_nineteenth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 94287c06, the matching code of the session's start 09772175 with
    # 4bd5537d (our GTINs read as theirs are)): 11 of 18 true pairs found (1 matched, 10 proposed), 7
    # missed; no variant matched, 3 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=1, found=11, wrong_matched=0, wrong_proposed=3)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds19b [-v]
    BATCH.print_reading()
