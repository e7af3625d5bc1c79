"""A twenty-seventh round of catalogues set aside, its third batch, written before the matcher read
it, so that its first reading is a figure on catalogues the matching rules were not written on.

Insect and pest protection: mosquito repellers and their refills, mosquito nets (treated and for
beds), repellent sprays, mouse traps, an electric insect killer and its spare tube, fly catchers, a
window screen, ant baits, mosquito coils, an ultrasonic repeller, an insect spray; a kind none of
the twenty-six rounds held (garden, cleaning and household spare parts were held, not what keeps
insects and mice away); ours: a Vaasa shop in Finland selling to homes, cottages and campers, 19
products in euros, titled in Swedish as Finland's Swedish-speaking shops write them: the kind first
("Myggskrämma", "Påfyllning", "Myggnät", "Myggmedel", "Musfälla", "Insektsdödare"), then maker and
model, sizes, colours and counts after commas, decimals with a comma, thousands with a space and a
range with an en dash ("25 000–65 000 Hz"), "Myggskrämma Thermacell MR300, svart"; theirs: a
Mogadishu shop, 35 listings in US dollars, titled in Somali as such shops write them: the kind first
on some, after the maker on others, sizes run together ("180x160x150cm", "100ml"), ounces on the
American makers' ("6 oz"), thousands with a comma ("25,000-65,000Hz"), "Thermacell MR300 ka
celiyaha kaneecada, madow".
Swedish: "myggskrämma" a mosquito repeller, "uppladdningsbar" rechargeable, "svart" black, "grå"
grey, "påfyllning" a refill, "timmar" hours, "myggnät" a mosquito net, "impregnerat" treated, "vitt"
white, "för dubbelsäng" for a double bed, "myggmedel" a mosquito repellent, "musfälla" a mouse trap,
"st" pieces, "insektsdödare elektrisk" an electric insect killer, "UV-lampa" a UV lamp,
"reservlysrör" a spare tube, "flugfångare" a fly catcher, "insektsnät för fönster" an insect screen
for a window, "myrdosor" ant baits, "myggspiraler med citronella" citronella mosquito coils,
"ultraljudsskrämma mot möss" an ultrasonic mouse repeller, "insektsspray" an insect spray; "för"
for, "med" with, "mot" against.
Somali: "kaneeco" a mosquito ("kaneecada" the mosquitoes'), "ka celiyaha" the repeller, "madow"
black, "buluug" blue, "cad" white, "buuxin" a refill, "saacadood" hours, "shabaq" a net, "daawaysan"
treated, "sariirta laba qof" a double bed, "hal qof" one person, "buufin" a spray, "cayayaanka"
insects, "dabinka jiirka" a mouse trap, "waaweyn" large, "xabbo" pieces, "dile cayayaanka koronto"
an electric insect killer, "nal" a lamp, "qabsade duqsiga" a fly catcher, "shabaq daaqadda" a window
screen, "sanduuqa quraanjada" an ant bait box, "baranbaraha" cockroaches, "qiiq kaneeco" a mosquito
coil, "qalab ... jiirka celiya" a device that keeps mice away, "qabsaha shabaqa iyo xarig" hooks and
cord for a net; "leh" with, "iyo" and, "oo" which, "loogu talagalay" made for, "nooc kale" another
make, "la isticmaalay" used, "gaas la'aan" without its gas, "xirmo qoys" a family pack; "Dammaanad 1
sannad" a year's warranty, "Keenis bilaash ah Muqdisho gudaheeda" delivery free within Mogadishu.
The second listing is in Arabic, as Mogadishu shops list too: "بخاخ طارد البعوض" a mosquito
repellent spray, "مل" millilitres.

The hard things, written as such shops write them, not to be easy or hard: one maker's repellers a
colour apart in Somali words (Thermacell MR300 black / blue) or a model apart (MR300 / MR450 Armored;
our rechargeable E55 ours only), refills a number apart that is the maker's code (R-4 / R-10), a
used MR300 without its gas, the MR300 sold with three refills, another make's refill "for" the
MR300; treated nets whose model is a decimal (PermaNet 2.0 / 3.0) and a size apart (180x160x150 /
190x180x150), hooks "for" the PermaNet 2.0; bed nets, a window screen, coils, a fly killer and its
spare tube with no maker, each a size, a count or a power apart (200 x 220 / 100x220, 130 x 150 /
100x100, 2 x 10 W / 2 x 20 W; our 2 x 15 W ours only); sprays a name apart in the maker's English
(Autan Tropical / Family Care), a size apart in grams against ounces (OFF! Deep Woods 170 g / "6 oz",
beside "4 oz") or in millilitres (Raid Multi-Insect 400 / 300 ml); traps a code apart (Victor M154 /
M326); fly catchers and ultrasonic repellers a count apart (4 / 10, 2 / 4), the repeller's
frequencies "25 000–65 000 Hz" against "25,000-65,000Hz"; "Thermacell" on 8 of their listings,
"MR300" on 5, "Raid" on 4, "PermaNet" on 4; one product listed twice (the second time in Arabic, in
the Arabic script).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_MR300 = gtin_with_check_digit("007530010300")
GTIN_PERMANET = gtin_with_check_digit("571010220182")

# A Vaasa shop in euros, titled in Swedish, against a Mogadishu one titled in Somali, in US dollars.
PESTS: list[Row] = [
    ("Myggskrämma Thermacell MR300, svart", "29.90",
     "Thermacell MR300 ka celiyaha kaneecada, madow", "34.99",
     {"ours": {"brand": "Thermacell", "gtin": GTIN_MR300},
      "theirs": {"brand": "Thermacell", "description": "Dammaanad 1 sannad. Keenis bilaash ah Muqdisho gudaheeda."}}),
    (None, None, "Thermacell MR300 ka celiyaha kaneecada, buluug", "34.99",
     {"theirs": {"brand": "Thermacell"}}),
    ("Myggskrämma Thermacell MR450 Armored, svart", "39.90",
     "Thermacell MR450 Armored ka celiyaha kaneecada, madow", "44.99"),
    (None, None, "Thermacell MR300 + 3 buuxin R-4, xirmo qoys", "49.99"),
    ("Myggskrämma Thermacell E55, uppladdningsbar, grå", "49.90", None, None),
    ("Påfyllning Thermacell R-4, 12 timmar", "14.90",
     "Thermacell R-4 buuxin, 12 saacadood", "16.99",
     {"ours": {"brand": "Thermacell"}}),
    ("Påfyllning Thermacell R-10, 40 timmar", "29.90",
     "Thermacell R-10 buuxin, 40 saacadood", "29.99"),
    ("Myggnät PermaNet 2.0, impregnerat, 180 x 160 x 150 cm, vitt", "24.90",
     "Shabaq kaneeco PermaNet 2.0, daawaysan, 180x160x150cm, cad", "12.00",
     {"ours": {"gtin": GTIN_PERMANET}}),
    (None, None, "Shabaq kaneeco PermaNet 3.0, daawaysan, 180x160x150cm, cad", "15.00"),
    (None, None, "Shabaq kaneeco PermaNet 2.0, daawaysan, 190x180x150cm, buluug", "13.00"),
    ("Myggnät för dubbelsäng, 200 x 220 cm, vitt", "19.90",
     "Shabaq kaneeco sariirta laba qof, 200x220cm, cad", "9.00"),
    (None, None, "Shabaq kaneeco sariirta hal qof, 100x220cm, cad", "6.00"),
    ("Myggmedel Autan Tropical, spray, 100 ml", "9.90",
     "Autan Tropical buufin kaneecada, 100ml", "7.50",
     {"ours": {"brand": "Autan"}}),
    (None, None, "Autan Family Care buufin kaneecada, 100ml", "6.50"),
    ("Myggmedel OFF! Deep Woods, 25 % DEET, 170 g", "12.90",
     "OFF! Deep Woods buufin kaneecada, DEET 25%, 6 oz", "8.99"),
    (None, None, "OFF! Deep Woods buufin kaneecada, DEET 25%, 4 oz", "6.99"),
    ("Musfälla Victor M154 Metal Pedal, 4 st", "8.90",
     "Victor M154 dabinka jiirka, 4 xabbo", "6.50",
     {"ours": {"brand": "Victor", "mpn": "M154"}}),
    (None, None, "Victor M326 dabinka jiirka waaweyn, 2 xabbo", "7.50"),
    ("Insektsdödare elektrisk, UV-lampa 2 x 10 W, 80 m²", "39.90",
     "Dile cayayaanka koronto, nal UV 2 x 10W, 80 m²", "35.00"),
    (None, None, "Dile cayayaanka koronto, nal UV 2 x 20W, 150 m²", "55.00"),
    ("Reservlysrör UV 10 W för insektsdödare, 2 st", "12.90",
     "Nal UV 10W oo loogu talagalay dilaha cayayaanka, 2 xabbo", "9.00"),
    ("Flugfångare Aeroxon, 4 st", "3.90",
     "Aeroxon qabsade duqsiga, 4 xabbo", "2.50",
     {"ours": {"brand": "Aeroxon"}}),
    (None, None, "Aeroxon qabsade duqsiga, 10 xabbo", "5.00"),
    ("Insektsnät för fönster, 130 x 150 cm, vitt", "9.90",
     "Shabaq daaqadda cayayaanka, 130x150cm, cad", "6.00"),
    (None, None, "Shabaq daaqadda cayayaanka, 100x100cm, cad", "4.50"),
    ("Myrdosor Raid, 2 st", "6.90",
     "Raid sanduuqa quraanjada, 2 xabbo", "5.50"),
    (None, None, "Raid buufin quraanjada iyo baranbaraha, 300ml", "6.00"),
    ("Myggspiraler med citronella, 10 st", "5.90",
     "Qiiq kaneeco citronella leh, 10 xabbo", "2.00"),
    ("Ultraljudsskrämma mot möss, 25 000–65 000 Hz, 230 V, 2 st", "24.90",
     "Qalab ultrasonic ah oo jiirka celiya, 25,000-65,000Hz, 230V, 2 xabbo", "19.00"),
    (None, None, "Qalab ultrasonic ah oo jiirka celiya, 25,000-65,000Hz, 230V, 4 xabbo", "32.00"),
    ("Insektsspray Raid Multi-Insect, 400 ml", "7.90",
     "Raid Multi-Insect buufin cayayaanka, 400ml", "6.50"),
    (None, None, "Raid Multi-Insect buufin cayayaanka, 300ml", "5.00"),
    (None, None, "Qabsaha shabaqa iyo xarig, loogu talagalay PermaNet 2.0", "3.00"),
    (None, None, "Thermacell MR300 ka celiyaha kaneecada, la isticmaalay, gaas la'aan", "15.00"),
    (None, None, "Buuxin loogu talagalay Thermacell MR300, nooc kale, 12 saacadood", "7.99"),
    ("Insektsdödare elektrisk, UV-lampa 2 x 15 W, 120 m²", "49.90", None, None),
]

KINDS: dict[str, list[Row]] = {"insect and pest protection, a Mogadishu shop in Somali in dollars": PESTS}
(SOMALI,) = KINDS
CURRENCIES = {SOMALI: "USD"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    SOMALI: [(12, "بخاخ طارد البعوض Autan Tropical، 100 مل", "7.99")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[SOMALI]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The hooks for our treated net and another make's refill for our repeller are pairs of nothing;
    # the spare tube and the refills are true pairs of ours, not of a killer or a repeller.
    assert "PermaNet 2.0" in next(t for t in theirs if t["key"] == "T32")["name"] and not any(t == "T32" for _, t in truth)
    assert "MR300" in next(t for t in theirs if t["key"] == "T34")["name"] and not any(t == "T34" for _, t in truth)
    assert {("O5", "T5"), ("O20", "T20")} <= truth
    # "Thermacell" on 8 of their listings, "MR300" on 5, "Raid" on 4, "PermaNet" on 4.
    assert sum("Thermacell" in t["name"] for t in theirs) == 8
    assert sum("MR300" in t["name"] for t in theirs) == 5
    assert sum("Raid" in t["name"] for t in theirs) == 4
    assert sum("PermaNet" in t["name"] for t in theirs) == 4
    # Our E55 and the 2 x 15 W killer are ours only.
    assert not any(o in ("O4", "O35") for o, _ in truth)
    # The second listing is in Arabic.
    second = next(t for t in theirs if t["key"] == "T12b")
    assert "البعوض" in second["name"] and ("O12", "T12b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-six rounds' readings led us to expect. The whole batch is read once
# for the three tests that read it (`whole`), and the siblings' rows once for their two tests. The
# batch landed with these tests as non-strict expected failures; its first reading made each a plain
# test where it passed and a strict expected failure (raising AssertionError, so that a helper renamed
# fails the run rather than passing as expected) where it failed. The first reading is written as
# counts, not pairs: the round is held out from the matching work of the session that read it.


@pytest.fixture(scope="module")
def whole(tmp_path_factory):
    """The whole batch through the commands, with its second listings: the counts, and every pair
    of a product listed twice that was neither matched nor put to a person."""
    return BATCH.second_listings_missed(tmp_path_factory.mktemp("whole"))


# Expected to fail: no round before found every pair.
# Failed at first reading: 12 of 18 found (2 matched, 10 proposed), 6 missed; no variant matched
# or proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 6 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(whole):
    total, _ = whole
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for about half ("MR300", "R-4",
# "PermaNet 2.0", "M154", "Deep Woods"); the kind words are Swedish against Somali; seven products
# have no maker.
# Failed at first reading: 12 of 17 found (2 matched, 10 proposed; 0.71), 5 missed; nothing else
# matched or proposed (read without the second listing, as the test reads). Passes since numbers16
# (thirty-ninth session) read "25 000–65 000 Hz" whole: 13 of 17 (0.76).
def test_a_somali_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Thermacell MR300 ka celiyaha kaneecada, madow" / "Myggskrämma Thermacell MR300, svart": at least
    # three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, SOMALI)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a colour in Somali (MR300 black / blue), a model (MR300 / MR450, PermaNet 2.0 / 3.0,
# Victor M154 / M326), a size (180x160x150 / 190x180x150, 200 x 220 / 100x220, 130 x 150 / 100x100,
# 6 / 4 oz, 400 / 300 ml), a power (2 x 10 / 20 W), a name (Tropical / Family Care) or a count (4 /
# 10, 2 / 4) is the only difference.
SIBLINGS = [0, 1, 2, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 28, 29, 30, 31, 35]


@pytest.fixture(scope="module")
def siblings(tmp_path_factory):
    """The siblings' rows read once (no second listing): counts, found, truth."""
    return BATCH.read_rows(tmp_path_factory.mktemp("siblings"), SOMALI, SIBLINGS)


# Failed at first reading: 1 sibling matched (of the rows' 12 true pairs 3 matched, 5 proposed, 4
# missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was matched")
def test_a_sibling_a_colour_a_model_a_size_a_power_a_name_or_a_count_apart_tells_two_listings_apart(siblings):
    # The blue MR300 beside our black (and our E55, ours only); PermaNet 3.0 and the 190x180x150 one
    # beside our 2.0 in 180 x 160 x 150; the single-bed net beside our double; Family Care beside our
    # Tropical; the 4 oz OFF! beside our 170 g; M326 beside our M154; the 2 x 20 W killer beside our
    # 2 x 10 W (and our 2 x 15 W, ours only); 10 fly catchers beside our 4; the 100x100 screen beside
    # our 130 x 150; 4 repellers beside our 2; the 300 ml Raid beside our 400: nothing matched to a
    # product it is not.
    counts, found, _ = siblings
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was matched")
def test_a_sibling_a_colour_a_model_a_size_a_power_a_name_or_a_count_apart_is_not_even_proposed(siblings):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = siblings
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the hooks name our net's model after "loogu talagalay" (made for), another make's refill
# our repeller's; accessories naming our code were matched as ours in the twenty-third to
# twenty-sixth rounds.
# Failed at first reading: both true pairs found (1 matched, 1 proposed); 1 other listing matched
# with a product of ours.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading another listing was matched with our product")
def test_our_repeller_our_net_and_the_parts_made_for_them_do_not_cross(tmp_path):
    # Our MR300 and PermaNet 2.0 against theirs, the hooks for the PermaNet 2.0 and the refill of
    # another make for the MR300: each of ours found with its own listing, and neither the hooks nor
    # the refill matched or put to a person with a product of ours.
    counts, found, truth = BATCH.read_rows(tmp_path, SOMALI, [0, 7, 32, 34])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "la isticmaalay, gaas la'aan" and "+ 3 buuxin R-4, xirmo qoys" are words no condition or
# bundle rule before read; "MR300" is on 5 of their listings, as the twenty-sixth round's "T.200",
# whose used listing was matched as ours.
# Failed at first reading: 1 of these listings matched with our product, the other proposed (the
# rows' true pair matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of these listings was matched with our product")
def test_a_used_repeller_and_a_family_pack_are_not_matched_as_ours(tmp_path):
    # The used MR300 and the MR300 with three refills beside our MR300's own listing: neither matched
    # with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, SOMALI, [0, 3, 33])
    assert not counts["wrong matched"], found


# Uncertain: our repellent is "170 g", theirs "6 oz" beside a "4 oz" sibling; our ultrasonic
# repeller's frequencies "25 000–65 000 Hz" (thousands with a space, an en dash), theirs
# "25,000-65,000Hz" beside a sibling of 4; the twenty-sixth round's thousands with a space and en
# dash ranges were read otherwise than the same numbers written another way.
# Failed at first reading: both true pairs missed; nothing matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both true pairs were missed")
def test_grams_against_ounces_and_frequencies_grouped_two_ways_find_their_listing_not_its_sibling(tmp_path):
    # "Myggmedel OFF! Deep Woods, 25 % DEET, 170 g" / "... 6 oz" beside "... 4 oz"; "Ultraljudsskrämma
    # mot möss, 25 000–65 000 Hz, 230 V, 2 st" / "..., 25,000-65,000Hz, 230V, 2 xabbo" beside "4 xabbo":
    # both of ours found, neither sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, SOMALI, [14, 15, 28, 29])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: nets, a screen and a fly killer with no maker, told apart by sizes written "200 x 220 cm"
# / "200x220cm", "2 x 10 W" / "2 x 10W"; the twenty-sixth round's products with no maker were found
# where one listing was their only candidate, by wording, or not at all.
# Failed at first reading: all three true pairs missed; nothing matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading all three true pairs were missed")
def test_nets_a_screen_and_a_killer_with_no_maker_find_their_listing_not_its_sibling(tmp_path):
    # Our double-bed net, window screen and 2 x 10 W killer beside the single-bed net, the 100x100
    # screen and the 2 x 20 W killer: all three of ours found, no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, SOMALI, [10, 11, 18, 19, 23, 24])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; this
# one is in Arabic.
# Failed at first reading: the first listing found, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(whole):
    # "بخاخ طارد البعوض Autan Tropical، 100 مل" beside "Autan Tropical buufin kaneecada, 100ml": both
    # listings ours, matched or put to a person.
    total, missed = whole
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-eighth session); written here once it
# was opened (thirty-ninth session). Read at the thirty-ninth session's start (79ef2d2b, the matching
# code of c2c5e81f) the batch reads as its first reading counted it (4e0ec2fa): 12 of 18 found (2
# matched, 10 proposed), 6 missed; no variant matched or proposed. "Alone" is the pair scored by itself
# (`score_pairs`, no prices), the same at both; "in the catalogue" the comparison's score there. The
# wording gate asks for this catalogue and does not speak (11 candidates, all true; at 95% the chance
# null 13.9 of 11; at even odds the decoy 2.0 and the chance null 1.7): `bench/batch_gate.py`.
# - Matched by code (2): Thermacell MR450 Armored (O2-T2) 0.96, Victor M154 (O16-T16) 0.95.
# - Proposed where a person would expect a match (10): the Thermacell refills (O5-T5 0.65,
#   O6-T6 0.64, on the titles' likeness: "R-4", "R-10", a letter, a hyphen and a number, read as no
#   code, only the number 4 or 10); Autan Tropical (O12-T12) 0.66 and Raid Multi-Insect (O30-T30) 0.72
#   on the titles' likeness; PermaNet 2.0 (O7-T7), Aeroxon's fly catchers (O21-T21), Raid's ant boxes
#   (O25-T25) and the citronella coils with no maker (O27-T27) at 0.60, "the maker and numbers both
#   titles write name one product in each catalogue, and every other word of each is one the other
#   shop never writes (two languages)"; the 2 x 10 W insect killer (O18-T18) 0.55 and the UV tubes
#   (O20-T20) 0.34, no maker, by wording the gate asks about.
# - Missed, a code on five listings: Thermacell MR300 in black (O0-T0) 0.52 in the catalogue, alone
#   0.95 "same model code mr300". "MR300" stands on 5 of their listings (black, blue, the family pack,
#   the used one, a refill of another make "for" it) and is no evidence there; the pair is each other's
#   best and a candidate the gate asks about, but the character view (`first_round._characters_agree`)
#   does not find it each other's best beside the blue and the used listings, alike in every
#   character but the colour or condition word.
# - Missed, never a candidate (2): the double-bed net (O10-T10) and the window screen (O23-T23), no
#   maker: their sizes run together ("200x220cm", "130x150cm", one token each) against ours spaced
#   ("200 x 220 cm", read as a magnification 200x and a length of 2,200 mm besides the dimensions), so
#   the two titles share no word or number blocking reads; each reads the same dimensions.
# - Missed, a conflict: OFF! Deep Woods (O14-T14) 0.48, alone 0.42, "one word differs: myggmedel vs
#   buufin/kaneecada" (repellent in Swedish, spray and mosquito in Somali): the kind word in two
#   languages read as a variant's word ("6 oz" reads as 170.1 g, no quantity apart from our "170 g").
#   The ultrasonic repeller (O28-T28) 0.13, "hertz differs: 0 vs 25/65": our "25 000–65 000 Hz"
#   (thousands grouped with a space, an en dash) is read as 0 Hz, their "25,000-65,000Hz" as 25 and 65
#   Hz with a code "00065".
# - Missed, the second listing: "بخاخ طارد البعوض Autan Tropical، 100 مل" (O12-T12b) 0.50, our spray's
#   best its Somali listing 0.66; with no code, it is not linked as another listing of our product.
# Variants matched or proposed: none in the whole batch. Read by rows (the outcome tests above), the
# code on many listings crosses: the blue MR300 matched with our black one 0.95 "the same product as
# their listing" (the siblings' rows); the used MR300 matched 0.93 and the family pack proposed 0.94
# (rows [0, 3, 33]); the refill of another make "for" the MR300 matched with our MR300 0.94 (rows [0,
# 7, 32, 34]). Kept apart: PermaNet 3.0 and the 190x180 blue PermaNet 2.0, the single-bed net, Autan
# Family Care, OFF! in 4 oz, Victor M326, the 2 x 20 W killer, Aeroxon's 10, the 100x100 screen, Raid's
# ant spray, the repellers in 4, Raid Multi-Insect in 300 ml, the hooks "for" the PermaNet 2.0; our E55
# and the 2 x 15 W killer (ours only) matched nothing.


# A defect of the first reading, named so that the change that mends it sees it pass: a code on five
# of their listings ("MR300": black, blue, used, in a family pack, and a refill of another make for it)
# carries no evidence, and our MR300 finds none of them, while read with its own listing beside the
# blue one alone it takes the blue one too, as "the same product as their listing".
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at the thirty-ninth session's start our MR300 was missed among five listings of its code")
def test_a_code_on_five_listings_finds_our_repeller_and_no_other(tmp_path):
    # "Myggskrämma Thermacell MR300, svart" / "Thermacell MR300 ka celiyaha kaneecada, madow" beside the
    # blue, the family pack, the used one and the refill "loogu talagalay" (made for) the MR300: ours
    # found with its own listing, none of the four matched.
    counts, found, truth = BATCH.read_rows(tmp_path, SOMALI, [0, 1, 3, 33, 34])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# A defect of the first reading: the kind word in each shop's language ("Myggmedel" / "buufin
# kaneecada") is "one word differs", a conflict, between our OFF! Deep Woods and its own listing; a
# word the other catalogue never writes is the shop's language, not a variant (the 4 oz sibling is
# told apart by its weight).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at the thirty-ninth session's start 'one word differs: myggmedel vs buufin/kaneecada'")
def test_a_kind_word_in_each_shops_language_is_not_one_word_apart():
    import pandas as pd

    from benchmark.matching import score_pairs

    ours, theirs, _ = dict(BATCH.catalogues())[SOMALI]
    our = next(o for o in ours if o["sku"] == "O14")
    their = [t for t in theirs if t["key"] in ("T14", "T15")]
    own, sibling = score_pairs(pd.DataFrame([{**our, "price": None}] * 2),
                               pd.DataFrame([{**t, "price": None, "currency": None} for t in their])
                               .rename(columns={"key": "competitor_product_id"})).reason
    assert "one word differs" not in own and "mass differs" in sibling, (own, sibling)


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_seventh_rounds_third_batch_read_through_the_commands(whole):
    # At first reading (main at 4e0ec2fa, whose matching code is the session's start e007a61a): 12 of
    # 18 true pairs found (2 matched, 10 proposed), 6 missed; no variant matched or proposed.
    holds_its_first_reading(whole[0], matched=2, found=12, wrong_matched=0, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds27c [-v]
    BATCH.print_reading()
