"""A twenty-fourth round of catalogues set aside, its second batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Snowmobile parts and riding gear: drive belts, spark plugs, two-stroke oil, a helmet, goggles,
gauntlets, a battery, carbides and track studs, skis, a windshield and a rack, a sled, a fuel can,
heated grips, a track and winter boots, a kind none of the twenty-three rounds held (the motor
rounds held car and motorcycle parts, tyres, outboards, riding gear; ours: an Estonian shop, 19
products in euros, titled in Estonian as such shops write them: the kind first ("Variaatori
rihm", "Süüteküünal", "Kiiver", "Roomikunaelad"), then maker and model, size, colour and count
after commas, decimals with a comma ("3,785 l", "1,325\""), what a part is for before "jaoks",
"Variaatori rihm BRP Ski-Doo 417300571, 600R E-TEC mootoritele"; theirs: an Iqaluit shop, 35
listings in Canadian dollars, titled in Inuktitut (Canadian Aboriginal syllabics) around the maker
and model in Latin letters: maker and model first, the kind after, decimals with a point, what a
part is for written as the model with the suffix "-ᒧᑦ" (to, for), counts of a pack in words,
"BRP Ski-Doo 417300571 ᓯᑭᑑᑉ ᐸᓪᑖ 600R E-TEC-ᒧᑦ").
"ᓯᑭᑑ" is a snowmobile (the word comes from the maker's name, Ski-Doo; "mootorsaan"), "ᓯᑭᑑᑉ ᐸᓪᑖ" a
snowmobile's belt ("variaatori rihm"), "ᓯᐸᒃᐸᓚᒃ" a spark plug ("süüteküünal"), "ᐅᖅᓱᖅ" oil
("õli"), "ᓖᑕ" litres, "ᓂᐊᖁᒧᑦ ᓴᐳᑦᑎᔾᔪᑎ" a helmet (a protector for the head, "kiiver"), "ᐃᒡᒑᒃ"
goggles ("prillid"), "ᐳᐊᓘᒃ" mitts or gauntlets ("kindad"), "ᐹᑕᓕ" a battery ("aku"), "ᑳᐱᐃᑦ"
carbides ("karbiidid"), "ᑐᕋᒃ" a track ("roomik"), "ᑐᕋᒃ ᓯᑕᑦ" track studs ("roomikunaelad"),
"ᓯᑭ" a ski ("suusk"), "ᐊᓄᕆᒧᑦ ᓴᐳᑦᑎᔾᔪᑎ" a windshield (a protector against the wind,
"tuuleklaas"), "ᐅᓯᒧᑦ ᐃᓕᔾᔪᑎ" a rack (a holder for a load, "pagasiraam"), "ᖃᒧᑎᒃ" a sled
("kelk"), "ᐅᖅᓱᐊᓗᒃ ᑳᓐ" a fuel can ("kütusekanister"), "ᐆᓇᖅᑐᑦ ᑎᒍᒐᐃᑦ" heated grips
("soojendusega käepidemed"), "ᑲᒦᒃ" boots ("saapad"); "ᐊᖏᔪᖅ" big, tall ("suur", "kõrge"),
"ᒥᑭᔪᖅ" small, low ("madal"); "ᕿᕐᓂᖅᑐᖅ" black ("must"), "ᐊᐅᐸᖅᑐᖅ" red ("punane"); "ᒪᕐᕉᒃ" two, a
pair ("paar"), "ᓯᑕᒪᑦ" four; "-ᒧᑦ" for (after a model, a part that fits), "ᐃᓇᖏᖅᓯᒍᑎ" a replacement
(for the part number before it), "ᐊᒻᒪ" and; "ᐊᑐᖅᑕᐅᓚᐅᖅᓯᒪᔪᖅ" used; "ᓈᓴᐅᑎ" a number (the part
number, in a description).

The hard things, written as such shops write them, not to be easy or hard: the maker's belts by
part number only, a few digits apart (417300571 / 417300391), and another maker's belt naming our
belt's number before "ᐃᓇᖏᖅᓯᒍᑎ"; spark plugs a heat range apart (NGK BR9ES / BR8ES) and four in one
listing counted in a word; oil and studs whose decimals ours writes with a comma after the unit's
three places ("3,785 l", "1,325\"") and theirs with a point, a size apart (3.785 / 0.946 l, 96 / 48 studs);
a helmet used; goggles a generation apart (Sinister X7 / X6; our Aviator 2.0 ours only); gauntlets a
colour apart in syllabics (black / red); batteries a letter apart (Yuasa YTX20HL-BS / YTX20L-BS, the
same volts and ampere-hours; our YTX14-BS ours only) and one with a charger; carbides a length apart
(6 / 8"), skis a name and a digit apart (Pilot DS 3 / DS 2), a windshield a height apart (tall /
low) and a rack both "for" the Ski-Doo Tundra (two accessories for one model, each a true pair of
ours); a sled and a fuel can, the can with no maker and a size apart (20 / 10 l); heated grips with
our part number in their description after "ᓈᓴᐅᑎ"; a track a length apart (137 / 146"); boots in
European and United States sizes on ours, United States on theirs, a size apart (US 10 / 11);
"417300571" on 3 of their listings (the second listing included), "509" on 4, "BRP" on 12; one product listed
twice (the second time in English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_BELT_571 = gtin_with_check_digit("077914351702")
GTIN_BR9ES = gtin_with_check_digit("008729157220")
GTIN_YTX20HL = gtin_with_check_digit("078297451003")

# An Estonian snowmobile shop in euros against an Iqaluit one titled in Inuktitut, in Canadian dollars.
SNOWMOBILE: list[Row] = [
    ("Variaatori rihm BRP Ski-Doo 417300571, 600R E-TEC mootoritele", "159.00",
     "BRP Ski-Doo 417300571 ᓯᑭᑑᑉ ᐸᓪᑖ 600R E-TEC-ᒧᑦ", "289.99",
     {"ours": {"brand": "BRP", "gtin": GTIN_BELT_571, "mpn": "417300571"}}),
    (None, None, "Gates G-Force C12 ᓯᑭᑑᑉ ᐸᓪᑖ, BRP 417300571 ᐃᓇᖏᖅᓯᒍᑎ", "199.99"),
    (None, None, "BRP Ski-Doo 417300391 ᓯᑭᑑᑉ ᐸᓪᑖ 850 E-TEC-ᒧᑦ", "309.99"),
    ("Süüteküünal NGK BR9ES", "6.90", "NGK BR9ES ᓯᐸᒃᐸᓚᒃ", "12.99",
     {"ours": {"brand": "NGK", "gtin": GTIN_BR9ES, "mpn": "5722"}}),
    (None, None, "NGK BR8ES ᓯᐸᒃᐸᓚᒃ", "12.99"),
    (None, None, "NGK BR9ES ᓯᐸᒃᐸᓚᒃ ᓯᑕᒪᑦ", "47.99"),
    ("Kahetaktiõli BRP XPS 2T sünteetiline, 3,785 l", "59.90",
     "BRP XPS 2T Synthetic ᐅᖅᓱᖅ 3.785 ᓖᑕ", "109.99",
     {"ours": {"brand": "BRP", "mpn": "779127"}}),
    (None, None, "BRP XPS 2T Synthetic ᐅᖅᓱᖅ 0.946 ᓖᑕ", "32.99"),
    ("Kiiver 509 Delta R4 Ignite, M, matt must", "449.00",
     "509 Delta R4 Ignite ᓂᐊᖁᒧᑦ ᓴᐳᑦᑎᔾᔪᑎ M ᕿᕐᓂᖅᑐᖅ", "749.99"),
    (None, None, "509 Delta R4 Ignite ᓂᐊᖁᒧᑦ ᓴᐳᑦᑎᔾᔪᑎ M ᐊᑐᖅᑕᐅᓚᐅᖅᓯᒪᔪᖅ", "399.99"),
    ("Mootorsaaniprillid 509 Sinister X7, must", "179.00",
     "509 Sinister X7 ᐃᒡᒑᒃ ᕿᕐᓂᖅᑐᖅ", "299.99"),
    (None, None, "509 Sinister X6 ᐃᒡᒑᒃ ᕿᕐᓂᖅᑐᖅ", "219.99"),
    ("Mootorsaaniprillid 509 Aviator 2.0, must", "149.00", None, None),
    ("Kindad Klim Klimate Gauntlet, L, must", "139.00",
     "Klim Klimate Gauntlet ᐳᐊᓘᒃ L ᕿᕐᓂᖅᑐᖅ", "229.99"),
    (None, None, "Klim Klimate Gauntlet ᐳᐊᓘᒃ L ᐊᐅᐸᖅᑐᖅ", "229.99"),
    ("Aku Yuasa YTX20HL-BS, 12 V 18 Ah", "139.00",
     "Yuasa YTX20HL-BS ᐹᑕᓕ 12V 18Ah", "279.99",
     {"ours": {"brand": "Yuasa", "gtin": GTIN_YTX20HL}}),
    (None, None, "Yuasa YTX20L-BS ᐹᑕᓕ 12V 18Ah", "269.99"),
    (None, None, "Yuasa YTX20HL-BS ᐹᑕᓕ ᐊᒻᒪ Battery Tender Junior", "369.99"),
    ("Aku Yuasa YTX14-BS, 12 V 12 Ah", "99.00", None, None),
    ("Karbiidid Woody's Top Stock 6\", paar, BRP Pilot suuskade jaoks", "109.00",
     "Woody's Top Stock 6\" ᑳᐱᐃᑦ ᒪᕐᕉᒃ BRP Pilot ᓯᑭᒧᑦ", "189.99"),
    (None, None, "Woody's Top Stock 8\" ᑳᐱᐃᑦ ᒪᕐᕉᒃ BRP Pilot ᓯᑭᒧᑦ", "209.99"),
    ("Roomikunaelad Woody's Gold Digger 1,325\", 96 tk", "189.00",
     "Woody's Gold Digger ᑐᕋᒃ ᓯᑕᑦ 1.325\" 96", "329.99"),
    (None, None, "Woody's Gold Digger ᑐᕋᒃ ᓯᑕᑦ 1.325\" 48", "179.99"),
    ("Suusk BRP Pilot DS 3, must", "169.00", "BRP Pilot DS 3 ᓯᑭ ᕿᕐᓂᖅᑐᖅ", "279.99"),
    (None, None, "BRP Pilot DS 2 ᓯᑭ ᕿᕐᓂᖅᑐᖅ", "229.99"),
    ("Tuuleklaas BRP Ski-Doo Tundra, kõrge", "149.00",
     "BRP ᐊᓄᕆᒧᑦ ᓴᐳᑦᑎᔾᔪᑎ Ski-Doo Tundra-ᒧᑦ ᐊᖏᔪᖅ", "239.99"),
    (None, None, "BRP ᐊᓄᕆᒧᑦ ᓴᐳᑦᑎᔾᔪᑎ Ski-Doo Tundra-ᒧᑦ ᒥᑭᔪᖅ", "199.99"),
    ("Pagasiraam BRP LinQ, Ski-Doo Tundra", "239.00",
     "BRP LinQ ᐅᓯᒧᑦ ᐃᓕᔾᔪᑎ Ski-Doo Tundra-ᒧᑦ", "399.99"),
    ("Kelk Otter Pro Sled, suur", "119.00", "Otter Pro ᖃᒧᑎᒃ ᐊᖏᔪᖅ", "219.99"),
    ("Kütusekanister 20 l, punane", "24.90", "ᐅᖅᓱᐊᓗᒃ ᑳᓐ 20 ᓖᑕ ᐊᐅᐸᖅᑐᖅ", "59.99"),
    (None, None, "ᐅᖅᓱᐊᓗᒃ ᑳᓐ 10 ᓖᑕ ᐊᐅᐸᖅᑐᖅ", "39.99"),
    ("Soojendusega käepidemed Kimpex, komplekt, 12 V", "89.00",
     "Kimpex ᐆᓇᖅᑐᑦ ᑎᒍᒐᐃᑦ 12V", "149.99",
     {"ours": {"brand": "Kimpex", "mpn": "280440"},
      "theirs": {"brand": "Kimpex", "description": "ᓈᓴᐅᑎ: 280440"}}),
    ("Roomik Camso Cobra 15\" x 137\" x 1,6\"", "1190.00",
     "Camso Cobra ᑐᕋᒃ 15\" x 137\" x 1.6\"", "1899.99"),
    (None, None, "Camso Cobra ᑐᕋᒃ 15\" x 146\" x 1.6\"", "1999.99"),
    ("Talvesaapad Baffin Impact, 43 (US 10), must", "189.00",
     "Baffin Impact ᑲᒦᒃ US 10 ᕿᕐᓂᖅᑐᖅ", "289.99"),
    (None, None, "Baffin Impact ᑲᒦᒃ US 11 ᕿᕐᓂᖅᑐᖅ", "289.99"),
]

KINDS: dict[str, list[Row]] = {"snowmobile parts and gear, an Iqaluit shop in Inuktitut in dollars": SNOWMOBILE}
(INUKTITUT,) = KINDS
CURRENCIES = {INUKTITUT: "CAD"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    INUKTITUT: [(0, "Ski-Doo Drive Belt 417300571 (600R E-TEC)", "294.99")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[INUKTITUT]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The other maker's belt names our belt's number and is a pair of nothing.
    assert "417300571" in next(t for t in theirs if t["key"] == "T1")["name"] and not any(t == "T1" for _, t in truth)
    assert sum("417300571" in t["name"] for t in theirs) == 3
    # The windshield and the rack are both for the Tundra, each a true pair of ours.
    assert {("O25", "T25"), ("O27", "T27")} <= truth and ("O25", "T27") not in truth
    # Our Aviator 2.0 and YTX14-BS are ours only.
    assert not any(o in ("O12", "O18") for o, _ in truth)
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Drive Belt" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-three rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 14 of 18 found (4 matched, 10 proposed), 4 missed; 2 variants matched, 1
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 4 of the 18 true pairs were missed and 2 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("417300571", "BR9ES",
# "YTX20HL-BS"); the kind words are Estonian against syllabics; several models are names or a name
# and a digit ("Sinister X7", "Klimate Gauntlet", "Pilot DS 3", "Otter Pro", "Impact"); the fuel can
# has no maker.
# Passed at first reading: 13 of 17 found (3 matched, 10 proposed; 0.76), 4 missed.
def test_an_inuktitut_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "BRP Ski-Doo 417300571 ᓯᑭᑑᑉ ᐸᓪᑖ 600R E-TEC-ᒧᑦ" / "Variaatori rihm BRP Ski-Doo 417300571, 600R
    # E-TEC mootoritele": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, INUKTITUT)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a part number (417300571 / 417300391), a heat range (BR9ES / BR8ES), a volume (3,785 /
# 0,946 l), a generation (X7 / X6), a colour in syllabics (black / red), a letter (YTX20HL-BS /
# YTX20L-BS), a length (6 / 8", 137 / 146"), a count (96 / 48), a name and a digit (DS 3 / DS 2), a
# height (tall / low), a can's size (20 / 10 l) or a boot's size (US 10 / 11) is the only difference.
SIBLINGS = [0, 2, 3, 4, 6, 7, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 29, 30, 32, 33,
            34, 35]


# Passed at first reading: no sibling matched or proposed (of the rows' 13 true pairs 3 matched, 7
# proposed, 3 missed).
def test_a_sibling_a_number_a_generation_a_colour_a_letter_or_a_size_apart_tells_two_listings_apart(tmp_path):
    # Belt 417300391 beside our 417300571; BR8ES beside our BR9ES; 0.946 l beside our 3,785 l;
    # Sinister X6 beside our X7 (and our Aviator 2.0, ours only); the red gauntlet beside our black;
    # YTX20L-BS beside our YTX20HL-BS (and our YTX14-BS, ours only); 8" carbides beside our 6"; 48
    # studs beside our 96; Pilot DS 2 beside our DS 3; the low windshield beside our tall; the 10 l
    # can beside our 20 l; the 146" track beside our 137"; boots US 11 beside our US 10: nothing
    # matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, INUKTITUT, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Passed at first reading: no sibling matched or proposed.
def test_a_sibling_a_number_a_generation_a_colour_a_letter_or_a_size_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, INUKTITUT, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the other maker's belt writes our belt's part number before "ᐃᓇᖏᖅᓯᒍᑎ" (a
# replacement); the twenty-third round's compatible roll and another maker's guard were matched as
# ours.
# Failed at first reading: the other maker's belt matched with our belt (ours matched with its own
# listing too).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the other maker's belt was matched with ours")
def test_another_makers_belt_naming_our_belts_number_is_not_matched_as_ours(tmp_path):
    # "Gates G-Force C12 ᓯᑭᑑᑉ ᐸᓪᑖ, BRP 417300571 ᐃᓇᖏᖅᓯᒍᑎ" beside our belt's own listing: ours found
    # with its own listing, the Gates belt matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, INUKTITUT, [0, 1])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: both accessories name "Ski-Doo Tundra" (with "-ᒧᑦ" on theirs), the maker BRP and
# nothing else in Latin letters but "LinQ"; two accessories for one model sank true pairs in the
# twenty-second and twenty-third rounds.
# Failed at first reading: 1 of the rows' 2 true pairs proposed, 1 missed; nothing crossed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed")
def test_two_accessories_for_one_snowmobile_find_their_own_listings(tmp_path):
    # Our Tundra windshield and our LinQ rack for the Tundra against theirs: each found with its own
    # listing, and neither matched or put to a person with the other's.
    counts, found, truth = BATCH.read_rows(tmp_path, INUKTITUT, [25, 27])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "ᐊᑐᖅᑕᐅᓚᐅᖅᓯᒪᔪᖅ", four plugs counted in the word "ᓯᑕᒪᑦ" and a battery "ᐊᒻᒪ" (and) a
# charger are words no condition or pack rule before read.
# Failed at first reading: 1 of these listings matched with our product and 1 proposed (of the
# rows' 3 true pairs 2 matched, 1 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of these listings was matched with our product")
def test_a_used_helmet_a_four_plug_listing_and_a_battery_with_a_charger_are_not_matched_as_ours(tmp_path):
    # The used Delta R4 beside our helmet's own listing; the four BR9ES beside our BR9ES's; the
    # YTX20HL-BS with a Battery Tender beside our battery's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, INUKTITUT, [3, 5, 8, 9, 15, 17])
    assert not counts["wrong matched"], found


# Uncertain: ours writes "3,785 l" and "1,325\"", a comma before three digits, which a reader of
# thousands takes for 3785 and 1325; theirs "3.785" and "1.325"; the twenty-third round's "30,5"
# and "121,9" were read as thousands and sank three pairs.
# Failed at first reading: 1 of the rows' 2 true pairs proposed, 1 missed; no sibling matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed")
def test_decimals_written_with_a_comma_before_three_digits_find_their_listing(tmp_path):
    # "Kahetaktiõli BRP XPS 2T sünteetiline, 3,785 l" / "BRP XPS 2T Synthetic ᐅᖅᓱᖅ 3.785 ᓖᑕ" beside
    # the 0.946 l one; "Roomikunaelad Woody's Gold Digger 1,325\", 96 tk" / "... 1.325\" 96" beside
    # the 48: both of ours found, neither sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, INUKTITUT, [6, 7, 21, 22])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Passed at first reading: both listings matched.
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Ski-Doo Drive Belt 417300571 (600R E-TEC)" beside "BRP Ski-Doo 417300571 ᓯᑭᑑᑉ ᐸᓪᑖ 600R
    # E-TEC-ᒧᑦ": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-fifth session); copied here once it
# was not (thirty-sixth session). Read at the thirty-sixth session's start (a3fc6ad2) the batch
# reads as at its first reading (f360161a), pair for pair, but where a line below says otherwise;
# each missed true pair scored alone (`score_pairs`, titles and other fields, no prices) reads the
# same at both but where a line says otherwise. Scores are the start's:
# - Matched by code (4): the BRP belt 417300571 (O0-T0) 0.97 and its English second listing (O0-T0b)
#   0.96, Yuasa YTX20HL-BS (O15-T15) 0.98, NGK BR9ES (O3-T3) 0.96.
# - Proposed (11): on the titles, Klim Klimate Gauntlet (O13-T13) 0.66, the carbides (O19-T19) 0.62,
#   Woody's Gold Digger studs (O21-T21) 0.70 ("1,325\"" / "1.325\"": no conflict read), BRP Pilot DS
#   3 (O23-T23) 0.61, the LinQ rack (O27-T27) 0.64; Kimpex heated grips (O31-T31) 0.71, "our MPN
#   280440 written in their description" (after "ᓈᓴᐅᑎ:", read); by wording with the rule not trusted
#   in this catalogue, 509 Sinister X7 (O10-T10) 0.58, Baffin Impact (O34-T34) 0.60, BRP XPS oil
#   (O6-T6) 0.47 ("3,785 l" / "3.785": no conflict), 509 Delta R4 (O8-T8) 0.56. Since the first
#   reading (names12's model names after the maker, thirty-fifth session): the Otter Pro sled
#   (O28-T28) missed (0.50 alone) -> proposed 0.60, "the model's name 'otter pro' stands after the
#   maker".
# - Missed though 0.73 alone ("titles 88% alike; one word differs: roomik vs ᑐᕋᒃ"): the Camso Cobra
#   track 15" x 137" (O32-T32), its 146" sibling beside it (the cause in the catalogue not read).
# - Missed: the Tundra windshield "kõrge" / "ᐊᖏᔪᖅ" (tall; O25-T25) 0.51 alone (0.52 at first
#   reading), its low sibling "ᒥᑭᔪᖅ" beside it; in rows [25, 27] alone the rack is proposed and the
#   windshield missed.
# - Missed, no maker, the litre unit in syllabics: the fuel can "20 l, punane" / "ᐅᖅᓱᐊᓗᒃ ᑳᓐ 20 ᓖᑕ
#   ᐊᐅᐸᖅᑐᖅ" (O29-T29) 0.08 alone.
# Variants matched (2): Gates' belt "BRP 417300571 ᐃᓇᖏᖅᓯᒍᑎ" (T1) with our BRP belt 0.93, "the same
# product as their listing; same model code 417300571" (another maker's replacement carrying our
# number: "ᐃᓇᖏᖅᓯᒍᑎ", replacement, not read); four BR9ES "ᓯᑕᒪᑦ" (T5) 0.95 (a count written as a word
# not read). Proposed (1): the YTX20HL-BS with a Battery Tender "ᐊᒻᒪ" (T17) 0.95, "another variant
# of their listing". Kept apart: 417300391, BR8ES, the 0.946 l oil, the used helmet, Sinister X6,
# the red gauntlet, YTX20L-BS (a letter apart with the same 12V 18Ah), the 8" carbides, 48 studs,
# Pilot DS 2, the low windshield, the 10 l can, the 146" track, US 11; our Aviator 2.0 and YTX14-BS
# (ours only) matched nothing.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_fourth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at f360161a, whose matching code is the session's start 62d3bb29 but for
    # 0eea54b5, a forked reader's failed write given up, and bcb019c0, no quantity begun after a
    # number's comma): 14 of 18 true pairs found (4 matched, 10 proposed), 4 missed; 2 variants
    # matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=4, found=14, wrong_matched=2, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds24b [-v]
    BATCH.print_reading()
