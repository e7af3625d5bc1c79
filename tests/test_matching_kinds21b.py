"""A twenty-first round of catalogues set aside, its second batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Projectors and what is sold beside them: screens, mounts, lamps, cables, presenters, a kind none of
the twenty rounds held (the picture rounds held televisions, cameras and instant photography; ours:
a Dutch shop for schools, offices and home cinemas, 19 products in euros, titled in Dutch as such
shops write them: maker and model first, "beamer" after, the resolution and lumens after commas,
"Epson EB-X49 beamer, XGA, 3600 lumen", the accessories kind first ("Projectiescherm op statief",
"Vervanglamp"); theirs: a Dhaka shop, 35 listings in taka, titled in Bengali (the Bengali script)
around the maker and model in Latin letters: maker and model first, "প্রজেক্টর" after, the lumens,
inches, centimetres and metres mostly in Bengali digits ("৩৬০০ লুমেন", "১০০ ইঞ্চি", "১৫ মিটার"),
"Epson EB-X49 প্রজেক্টর ৩৬০০ লুমেন XGA").
"প্রজেক্টর" is a projector ("beamer"), "লুমেন" lumens, "ফুল এইচডি" Full HD, "পোর্টেবল" / "মিনি"
portable, mini ("draagbaar"), "হোম থিয়েটার" home cinema ("thuisbioscoop"), "শর্ট থ্রো" short throw,
"গেমিং" gaming, "ডলবি ভিশন" Dolby Vision, "ওয়্যারলেস" wireless ("draadloos"), "স্ক্রিন" a screen
("projectiescherm"), "ট্রাইপড" a tripod ("statief"), "দেয়ালে লাগানো" wall-mounted, "ইঞ্চি" inches,
"সিলিং মাউন্ট" a ceiling mount ("plafondbeugel"), "ইউনিভার্সাল" universal, "সেমি" centimetres,
"সাদা" white ("wit"), "কালো" black ("zwart"), "এইচডিএমআই ক্যাবল" an HDMI cable, "মিটার" metres,
"প্রজেক্টরের জন্য" for a projector ("voor beamer"), "রিপ্লেসমেন্ট ল্যাম্প" / "প্রজেক্টর ল্যাম্প" a
replacement lamp ("vervanglamp"), "অরিজিনাল" original, "প্রেজেন্টার" a presenter, "ব্যাগ" a bag
("draagtas"), "প্যাডেড" padded ("gevoerd"), "অ্যাডজাস্টেবল" adjustable ("verstelbaar"), "স্ট্যান্ড"
a stand; "এর জন্য" for (an accessory that fits); "ব্যবহৃত" used, "ল্যাম্প আওয়ার ... ঘন্টা" lamp
hours, "শোরুমে প্রদর্শিত" shown in the showroom, "বক্স ছাড়া" without its box, "বক্স ক্ষতিগ্রস্ত"
its box damaged, "নতুন" new; "মডেল নম্বর" / "পার্ট নম্বর" the model or part number, "ওয়ারেন্টি" a
warranty. Bengali digits: ০ ১ ২ ৩ ৪ ৫ ৬ ৭ ৮ ৯ (0 to 9).

The hard things, written as such shops write them, not to be easy or hard: one maker's projectors a
digit or a letter apart (Epson EB-X49 / EB-X51 / EB-W49, EB-FH06 / EB-FH52, EB-E01, EB-W06 ours
only; BenQ MW560 / MS560; ViewSonic PA503S / PA503W), a suffix apart (BenQ TK700 / TK700STi, XGIMI
MoGo 2 Pro / MoGo 2, Nebula Capsule 3 GTV / Capsule 3 Laser; XGIMI Horizon Ultra / Horizon S Pro
ours only); lamps a digit apart (ELPLP96 / ELPLP97) and the one of theirs naming our projector
after "এর জন্য"; a screen a size apart and the same size on a wall instead of a tripod, a mount a
colour apart, a cable a length apart, each with no maker and its number in Bengali digits; presenters
a model apart; a used EB-X49, a display MW560 without its box, a PA503S whose box is damaged; our
MPNs in two of their descriptions; "Epson" on 9 of their listings; "Nebula" without "Anker" on
theirs; one product listed twice (the second time in English, the maker's global title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_EB_X49 = gtin_with_check_digit("871577218394")
GTIN_MW560 = gtin_with_check_digit("471432166873")
GTIN_MOGO2PRO = gtin_with_check_digit("694052912701")

# A Dutch projector shop in euros against a Bangladeshi one in Bengali, in taka.
PROJECTORS: list[Row] = [
    ("Epson EB-X49 beamer, XGA, 3600 lumen", "549.00", "Epson EB-X49 প্রজেক্টর ৩৬০০ লুমেন XGA", "62000",
     {"ours": {"brand": "Epson", "gtin": GTIN_EB_X49, "mpn": "V11H982040"},
      "theirs": {"brand": "Epson", "description": "মডেল নম্বর: V11H982040, ৩ বছরের ওয়ারেন্টি"}}),
    (None, None, "Epson EB-X51 প্রজেক্টর ৩৮০০ লুমেন XGA", "68500"),
    (None, None, "Epson EB-W49 প্রজেক্টর ৩৮০০ লুমেন WXGA", "74000"),
    (None, None, "Epson EB-X49 ব্যবহৃত, ল্যাম্প আওয়ার ১২০০ ঘন্টা", "35000"),
    (None, None, "Epson ELPLP97 রিপ্লেসমেন্ট ল্যাম্প (EB-X49, EB-W49 এর জন্য)", "9500"),
    ("Epson EB-E01 beamer, XGA, 3300 lumen", "429.00", "Epson EB-E01 প্রজেক্টর ৩৩০০ লুমেন", "49500",
     {"ours": {"brand": "Epson"}, "theirs": {"brand": "Epson"}}),
    ("Epson EB-FH06 Full HD beamer, 3500 lumen", "699.00", "Epson EB-FH06 ফুল এইচডি প্রজেক্টর 3500 লুমেন", "82000"),
    (None, None, "Epson EB-FH52 ফুল এইচডি ওয়্যারলেস প্রজেক্টর ৪০০০ লুমেন", "105000"),
    ("BenQ MW560 beamer, WXGA, 4000 ANSI lumen", "579.00", "BenQ MW560 WXGA প্রজেক্টর ৪০০০ লুমেন", "66000",
     {"ours": {"brand": "BenQ", "gtin": GTIN_MW560}}),
    (None, None, "BenQ MS560 SVGA প্রজেক্টর ৪০০০ লুমেন", "52000"),
    (None, None, "BenQ MW560 শোরুমে প্রদর্শিত, বক্স ছাড়া", "51000"),
    ("BenQ TK700 4K-beamer voor thuisbioscoop", "1199.00", "BenQ TK700 4K হোম থিয়েটার প্রজেক্টর", "145000"),
    (None, None, "BenQ TK700STi 4K শর্ট থ্রো গেমিং প্রজেক্টর", "165000"),
    ("XGIMI MoGo 2 Pro draagbare beamer, Full HD, Android TV", "499.00", "XGIMI MoGo 2 Pro পোর্টেবল প্রজেক্টর ফুল এইচডি Android TV", "64000",
     {"ours": {"brand": "XGIMI", "gtin": GTIN_MOGO2PRO}}),
    (None, None, "XGIMI MoGo 2 পোর্টেবল প্রজেক্টর Android TV", "49000"),
    ("XGIMI Horizon Ultra 4K-beamer, Dolby Vision", "1699.00", "XGIMI Horizon Ultra 4K প্রজেক্টর ডলবি ভিশন", "215000"),
    ("XGIMI Horizon S Pro 4K-beamer", "1299.00", None, None),
    ("Anker Nebula Capsule 3 GTV, Full HD, draagbaar", "449.00", "Nebula Capsule 3 GTV ফুল এইচডি মিনি প্রজেক্টর", "58000",
     {"ours": {"brand": "Anker"}}),
    (None, None, "Nebula Capsule 3 Laser মিনি প্রজেক্টর", "72000"),
    ("Projectiescherm op statief 100 inch, 16:9", "89.00", "ট্রাইপড প্রজেক্টর স্ক্রিন ১০০ ইঞ্চি 16:9", "7500"),
    (None, None, "ট্রাইপড প্রজেক্টর স্ক্রিন ১২০ ইঞ্চি 16:9", "9800"),
    (None, None, "দেয়ালে লাগানো প্রজেক্টর স্ক্রিন ১০০ ইঞ্চি 16:9", "5200"),
    ("Universele plafondbeugel voor beamer, uitschuifbaar 43-65 cm, wit", "24.90", "প্রজেক্টর সিলিং মাউন্ট ইউনিভার্সাল ৪৩-৬৫ সেমি সাদা", "1850"),
    (None, None, "প্রজেক্টর সিলিং মাউন্ট ইউনিভার্সাল ৪৩-৬৫ সেমি কালো", "1850"),
    ("HDMI-kabel 2.0 voor beamer, 15 m", "29.90", "এইচডিএমআই ক্যাবল 2.0 প্রজেক্টরের জন্য ১৫ মিটার", "2400"),
    (None, None, "এইচডিএমআই ক্যাবল 2.0 প্রজেক্টরের জন্য ১০ মিটার", "1700"),
    ("Vervanglamp Epson ELPLP96 (V13H010L96)", "89.00", "Epson ELPLP96 অরিজিনাল প্রজেক্টর ল্যাম্প", "9200",
     {"ours": {"brand": "Epson", "mpn": "V13H010L96"},
      "theirs": {"description": "পার্ট নম্বর V13H010L96, EB-S41, EB-X41, EB-W42 এর জন্য"}}),
    ("Logitech R400 draadloze presenter", "39.90", "Logitech R400 ওয়্যারলেস প্রেজেন্টার", "3900"),
    (None, None, "Logitech R500s ওয়্যারলেস প্রেজেন্টার", "5200"),
    ("ViewSonic PA503S beamer, SVGA, 3800 lumen", "379.00", "ViewSonic PA503S SVGA প্রজেক্টর ৩৮০০ লুমেন", "41000"),
    (None, None, "ViewSonic PA503W WXGA প্রজেক্টর ৩৮০০ লুমেন", "52000"),
    (None, None, "ViewSonic PA503S - বক্স ক্ষতিগ্রস্ত, নতুন", "36000"),
    ("Draagtas voor beamer, zwart, gevoerd", "19.90", "প্রজেক্টর ব্যাগ কালো প্যাডেড", "1450"),
    ("Epson EB-W06 beamer, WXGA, 3700 lumen", "599.00", None, None),
    ("Verstelbare beamerstandaard op statief, 60-120 cm", "34.90", "অ্যাডজাস্টেবল প্রজেক্টর স্ট্যান্ড ট্রাইপড ৬০-১২০ সেমি", "2900"),
    ("Optoma HD146X Full HD beamer, 3600 lumen", "569.00", "Optoma HD146X ফুল এইচডি প্রজেক্টর ৩৬০০ লুমেন", "63500"),
]

KINDS: dict[str, list[Row]] = {"projectors, a Bangladeshi shop in Bengali in taka": PROJECTORS}
(BANGLADESHI,) = KINDS
CURRENCIES = {BANGLADESHI: "BDT"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    BANGLADESHI: [(13, "XGIMI MoGo 2 Pro Portable Projector 1080P, Android TV 11.0 (Global Version)", "65500")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[BANGLADESHI]
    # Two projectors of ours from one maker a letter and digits apart, both in both shops.
    assert {("O0", "T0"), ("O5", "T5")} <= truth
    # Their lamp a digit from ours names our projector; ours is a true pair of their ELPLP96.
    assert ("O26", "T26") in truth and "EB-X49" in next(t for t in theirs if t["key"] == "T4")["name"]
    # The second listing is in English, the maker's global title.
    second = next(t for t in theirs if t["key"] == "T13b")
    assert "Portable Projector" in second["name"] and ("O13", "T13b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 12 of 18 found (9 matched, 3 proposed), 6 missed; 3 variants matched,
# none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 6 of the 18 true pairs were missed and 3 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("EB-X49", "MW560",
# "PA503S"); the kind words are Dutch against Bengali; six have no maker (the screen, the mount, the
# cable, the bag, the stand, and their Nebula without "Anker") and their numbers are in Bengali
# digits.
# Failed at first reading: 12 of 17 found (9 matched, 3 proposed; 0.71), 5 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 12 of 17 found (0.71)")
def test_a_bengali_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Epson EB-X49 প্রজেক্টর ৩৬০০ লুমেন XGA" / "Epson EB-X49 beamer, XGA, 3600 lumen": at least
    # three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, BANGLADESHI)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a digit or a letter of the model (EB-X49 / X51 / W49, FH06 / FH52, MW560 / MS560,
# PA503S / PA503W, ELPLP96 / 97), a suffix (TK700 / TK700STi, MoGo 2 Pro / MoGo 2, Capsule 3 GTV /
# Laser), a size or a length in Bengali digits (100 / 120 inch, 15 / 10 m), a tripod or a wall, a
# colour is the only difference.
SIBLINGS = [0, 1, 2, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 33]


# Passed at first reading: no sibling matched (of the rows' 14 true pairs 8 matched, 3 proposed, 3
# missed: partly because 3 of the rows' pairs were missed).
def test_a_sibling_a_digit_a_letter_a_suffix_a_size_or_a_colour_apart_tells_two_listings_apart(tmp_path):
    # EB-X51 and EB-W49 beside our EB-X49 (and EB-E01, EB-W06 ours only); EB-FH52 beside our EB-FH06;
    # MS560 beside our MW560; TK700STi beside our TK700; MoGo 2 beside our MoGo 2 Pro; Capsule 3
    # Laser beside our Capsule 3 GTV; our Horizon S Pro (ours only) beside their Horizon Ultra; the
    # 120 inch and the wall screen beside our tripod 100 inch; the black mount beside our white; the
    # 10 m cable beside our 15 m; ELPLP97 beside our ELPLP96; R500s beside our R400; PA503W beside our
    # PA503S: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, BANGLADESHI, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Passed at first reading: no sibling matched or proposed (partly because 3 of the rows' 14 pairs
# were missed).
def test_a_sibling_a_digit_a_letter_a_suffix_a_size_or_a_colour_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, BANGLADESHI, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, "EB-", "XGA" and the kind; "X49" / "E01" and the lumens differ.
# Passed at first reading: nothing crossed; both pairs matched in these rows.
def test_two_projectors_of_ours_from_one_maker_do_not_cross(tmp_path):
    # Our Epson EB-X49 and EB-E01 against theirs: neither of ours matched or put to a person with
    # the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, BANGLADESHI, [0, 5])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "ব্যবহৃত", "শোরুমে প্রদর্শিত, বক্স ছাড়া" and "বক্স ক্ষতিগ্রস্ত" are words no condition
# rule before read; their ELPLP97 lamp names our EB-X49 after a Bengali "for" ("এর জন্য").
# Failed at first reading: 3 of these listings matched with our product (the rows' 4 true pairs all
# matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading three of these listings were matched with our product")
def test_a_used_a_display_and_a_damaged_box_projector_and_a_lamp_for_ours_are_not_matched_as_ours(tmp_path):
    # The used EB-X49 and "Epson ELPLP97 ... (EB-X49, EB-W49 এর জন্য)" beside our EB-X49's own
    # listing (and our ELPLP96's); the display MW560 beside our MW560's; the damaged-box PA503S
    # beside our PA503S's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, BANGLADESHI, [0, 3, 4, 8, 10, 26, 29, 31])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the second listing missed (the first proposed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "XGIMI MoGo 2 Pro Portable Projector 1080P, Android TV 11.0 (Global Version)" beside "XGIMI
    # MoGo 2 Pro পোর্টেবল প্রজেক্টর ফুল এইচডি Android TV": both listings ours, matched or put to a
    # person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-second session); copied here once it
# was not (thirty-third session). Read at the thirty-third session's start (4e72f09b) the batch reads
# as at the thirty-second session's last matching code (0e076f17), pair for pair and score for score;
# its first reading (9577de68) differs in one variant only (below). Each missed true pair scored alone
# (`score_pairs`, titles and other fields, no prices) at 4e72f09b:
# - Matched by code (9): EB-X49, EB-E01, EB-FH06, MW560, TK700, ELPLP96, R400, PA503S, HD146X.
# - Proposed (3): the MoGo 2 Pro's first listing (O13-T13) 0.62 on the titles; Horizon Ultra (O15-T15)
#   0.55 and Nebula Capsule 3 GTV (O17-T17) 0.51 by wording ("this competitor's data does not yet show
#   its wording matches right"): "MoGo 2 Pro", "Horizon Ultra", "Capsule 3 GTV" (a range name with a
#   digit) not read as codes.
# - Missed: the MoGo 2 Pro's English second listing (O13-T13b) 0.55 ("Portable Projector 1080P" against
#   "draagbare beamer, Full HD"); with no maker, Bengali words and Bengali digits not read as numbers
#   (nor as a conflict): the tripod screen 100 inch / "১০০ ইঞ্চি" (O19-T19) 0.24, the ceiling mount
#   "৪৩-৬৫ সেমি" (O22-T22) 0.05, the HDMI cable "১৫ মিটার" (O24-T24) 0.23, the bag (O32-T32) 0.05, the
#   stand "৬০-১২০ সেমি" (O34-T34) 0.04.
# Variants: at first reading 3 matched, each on "same model code" with the Bengali condition words not
# read: the used EB-X49 "ব্যবহৃত, ল্যাম্প আওয়ার ১২০০ ঘন্টা" (T3, 0.94), the display MW560 "শোরুমে
# প্রদর্শিত, বক্স ছাড়া" (T10, 0.93), the damaged-box PA503S "- বক্স ক্ষতিগ্রস্ত, নতুন" (T31, 0.95). At
# 0e076f17 and 4e72f09b the last is proposed ("another variant of their listing": the words after a dash
# read as another listing's); the two written after a comma are still matched. Kept apart: EB-X51,
# EB-W49, the ELPLP97 lamp "EB-X49 ... এর জন্য", EB-FH52, MS560, TK700STi, MoGo 2, Capsule 3 Laser, the
# 120 inch and wall screens, the black mount, the 10 m cable, R500s, PA503W; our Horizon S Pro and
# EB-W06 (ours only) matched nothing.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_first_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 9577de68, the matching code of the session's start 97f9745a): 12 of
    # 18 true pairs found (9 matched, 3 proposed), 6 missed; 3 variants matched, none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=9, found=12, wrong_matched=3, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds21b [-v]
    BATCH.print_reading()
