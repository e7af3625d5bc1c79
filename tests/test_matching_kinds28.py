"""A twenty-eighth round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Sim racing: direct-drive wheel bases, wheels with pedals, a wheel rim and a quick release, pedals, a
gear shifter and a handbrake, a cockpit and a racing seat, wheel stands, a monitor stand and a cable;
a kind none of the twenty-seven rounds held (gaming peripherals were held as mice, keyboards and
headsets, not wheels and cockpits); ours: a Riga shop selling to gamers across the Baltics, 19
products in euros, titled in Russian (no batch's titles of ours were Russian before) as such shops
write them: the kind first ("Рулевая база", "Руль", "Педали", "Коробка передач", "Кокпит"), then
maker and model, the consoles, torque and sizes after commas, decimals with a comma ("5,5 Нм"),
torque in newton metres in Cyrillic letters ("8 Нм"), "Рулевая база Fanatec CSL DD 8 Нм, для ПК";
theirs: a Hyderabad shop, 35 listings in rupees, titled in Telugu (the Telugu script: no batch's
titles held it before) around the maker and model in Latin letters, as such shops write them: maker
and model first, the kind after in Telugu letters, the consoles "PS5 / PC", decimals with a point
("5.5 Nm"), Telugu digits on four listings ("౨ పెడల్స్", "౩ మీ"), "Fanatec CSL DD 8 Nm వీల్ బేస్, PC
కోసం".
Russian: "рулевая база" a wheel base, "руль" a wheel, "с педалями" with pedals, "для ПК" for a PC,
"педали" pedals, "коробка передач" a gear shifter, "H-образная" H-pattern, "ручной тормоз" a
handbrake, "кокпит" a cockpit, "складной" folding, "кресло" a seat, "подставка" a stand,
"быстросъём" a quick release, "для базы" for the base, "стойка для трёх мониторов до 32"" a stand for
three monitors up to 32", "чёрная" black, "кабель ... для руля" a cable for a wheel, "м" metres.
Telugu: "వీల్ బేస్" a wheel base, "కోసం" for, "రేసింగ్ వీల్" a racing wheel, "మరియు" and, "పెడల్స్"
pedals, "స్టీరింగ్ వీల్" a steering wheel, "వాడినది" used, "బాక్స్ లేకుండా" without its box,
"బండిల్" a bundle, "షిఫ్టర్" / "గేర్ షిఫ్టర్" a shifter, "H-ప్యాటర్న్" H-pattern, "లోడ్ సెల్ కిట్‌తో"
with the load cell kit, "హ్యాండ్‌బ్రేక్" a handbrake, "కాక్‌పిట్" a cockpit, "మడతపెట్టే" folding,
"సీటుతో" with a seat, "రేసింగ్ సీటు" a racing seat, "స్టాండ్" / "స్టీరింగ్ స్టాండ్" a stand, "నలుపు"
black, "క్విక్ రిలీజ్" a quick release, "బేస్ వైపు" / "వీల్ వైపు" the base's / the wheel's side,
"వీల్ రిమ్" a wheel rim, "మూడు మానిటర్ల స్టాండ్" a stand for three monitors, "వరకు" up to, "నుండి"
from, "కేబుల్" a cable, "మీ" metres; "భ్రమణం" rotation, "వారంటీ 1 సంవత్సరం" a year's warranty,
"హైదరాబాద్‌లో ఉచిత డెలివరీ" delivery free in Hyderabad. Telugu digits: ౦ ౧ ౨ ౩ ౪ ౫ ౬ ౭ ౮ ౯. The second
listing is in Urdu, as Hyderabad shops list too (the Arabic script, right to left): "وہیل بیس" a
wheel base, "کے لیے" for.

The hard things, written as such shops write them, not to be easy or hard: wheel bases a torque
apart and nothing else (Fanatec CSL DD 8 Nm / 5 Nm, ours "8 Нм" in Cyrillic letters), a digit apart
(Moza R5 / R9 V2), ours "5,5 Нм" against their "5.5 Nm", our ClubSport DD+ ours only; a wheel sold
per console (Logitech G923 for PS5 / for Xbox, "для PS5 и ПК" against "PS5 / PC కోసం"), a letter
apart (Thrustmaster T248 / T248X) or a word (T300 RS GT Edition / T300 RS), our T-GT II ours only;
pedals a kit apart (Fanatec CSL Pedals / CSL Pedals LC, 2 / 3 pedals in Telugu digits); a quick
release a word apart (QR2 Lite / QR2); a rim, a cockpit and a seat a name apart (P1 V2 / Formula V2.5
X, F-GT Lite / GTtrack, Challenge X / Trophy); a wheel stand of a maker and another with no maker both
"for" our G923, Logitech's shifter "for" the G923, which we sell too; a monitor stand and a cable with
no maker, a size apart ("32"" / "27"", "2 м" / "౩ మీ"); a used wheel base without its box, the G923
sold with a shifter, the Moza R5 sold with a wheel and pedals, Logitech's G PRO wheel beside our G
PRO pedals; "G923" on 6 of their listings, "Fanatec" on 10 (the second listing included); our G923's
part number in their description after "P/N:"; one product listed twice (the second time in Urdu, in
the Arabic script).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_CSL_DD = gtin_with_check_digit("406058300851")
GTIN_G923 = gtin_with_check_digit("509920994149")
GTIN_T300 = gtin_with_check_digit("366053109101")

# A Riga sim-racing shop in euros, titled in Russian, against a Hyderabad one titled in Telugu, in rupees.
SIM_RACING: list[Row] = [
    ("Рулевая база Fanatec CSL DD 8 Нм, для ПК", "449.00",
     "Fanatec CSL DD 8 Nm వీల్ బేస్, PC కోసం", "52990",
     {"ours": {"brand": "Fanatec", "gtin": GTIN_CSL_DD},
      "theirs": {"brand": "Fanatec", "description": "వారంటీ 1 సంవత్సరం. హైదరాబాద్‌లో ఉచిత డెలివరీ."}}),
    (None, None, "Fanatec CSL DD 5 Nm వీల్ బేస్, PC కోసం", "39990",
     {"theirs": {"brand": "Fanatec"}}),
    (None, None, "Fanatec CSL DD 8 Nm వీల్ బేస్, వాడినది, బాక్స్ లేకుండా", "31500"),
    ("Рулевая база Fanatec ClubSport DD+ 15 Нм", "1199.00", None, None),
    ("Руль Logitech G923 для PS5 и ПК, с педалями", "299.00",
     "Logitech G923 రేసింగ్ వీల్ మరియు పెడల్స్, PS5 / PC కోసం", "32995",
     {"ours": {"brand": "Logitech", "gtin": GTIN_G923, "mpn": "941-000149"},
      "theirs": {"description": "P/N: 941-000149. 900° భ్రమణం."}}),
    (None, None, "Logitech G923 రేసింగ్ వీల్ మరియు పెడల్స్, Xbox / PC కోసం", "32995"),
    (None, None, "Logitech G923 + Driving Force షిఫ్టర్ బండిల్, PS5 / PC", "37995"),
    ("Руль Thrustmaster T300 RS GT Edition, для PS5, PS4 и ПК", "379.00",
     "Thrustmaster T300 RS GT Edition స్టీరింగ్ వీల్, PS5 / PS4 / PC", "38990",
     {"ours": {"brand": "Thrustmaster", "gtin": GTIN_T300}}),
    (None, None, "Thrustmaster T300 RS స్టీరింగ్ వీల్, PS5 / PS4 / PC", "34990"),
    ("Руль Thrustmaster T248 для PS5 и ПК", "279.00",
     "Thrustmaster T248 రేసింగ్ వీల్, PS5 / PC కోసం", "27990"),
    (None, None, "Thrustmaster T248X రేసింగ్ వీల్, Xbox / PC కోసం", "27990"),
    ("Рулевая база Moza R5, 5,5 Нм", "339.00",
     "Moza R5 వీల్ బేస్, 5.5 Nm", "36990",
     {"ours": {"brand": "Moza"}}),
    (None, None, "Moza R9 V2 వీల్ బేస్, 9 Nm", "54990"),
    ("Педали Fanatec CSL Pedals, 2 педали", "99.00",
     "Fanatec CSL Pedals, ౨ పెడల్స్", "11990"),
    (None, None, "Fanatec CSL Pedals LC, లోడ్ సెల్ కిట్‌తో, ౩ పెడల్స్", "19990"),
    ("Коробка передач Thrustmaster TH8A, H-образная", "189.00",
     "Thrustmaster TH8A గేర్ షిఫ్టర్, H-ప్యాటర్న్", "19490"),
    ("Коробка передач Logitech Driving Force Shifter для G923/G29/G920", "59.00",
     "Logitech Driving Force షిఫ్టర్, G923 / G29 కోసం", "5495"),
    ("Ручной тормоз Thrustmaster TSS Handbrake Sparco Mod+", "279.00",
     "Thrustmaster TSS Handbrake Sparco Mod+ హ్యాండ్‌బ్రేక్", "28990"),
    ("Кокпит Next Level Racing F-GT Lite, складной", "279.00",
     "Next Level Racing F-GT Lite కాక్‌పిట్, మడతపెట్టే", "27990",
     {"ours": {"brand": "Next Level Racing"}}),
    (None, None, "Next Level Racing GTtrack కాక్‌పిట్, సీటుతో", "64990"),
    ("Кресло Playseat Challenge X – Logitech G Edition", "249.00",
     "Playseat Challenge X Logitech G Edition రేసింగ్ సీటు", "26990"),
    (None, None, "Playseat Trophy Logitech G Edition రేసింగ్ సీటు", "54990"),
    ("Подставка Wheel Stand Pro для Logitech G923/G29/G920", "169.00",
     "Wheel Stand Pro, Logitech G923/G29/G920 కోసం స్టాండ్", "17990"),
    (None, None, "G923 / G29 కోసం స్టీరింగ్ స్టాండ్, నలుపు, మడతపెట్టే", "6990"),
    ("Быстросъём Fanatec QR2 Lite, для базы", "39.00",
     "Fanatec QR2 Lite క్విక్ రిలీజ్, బేస్ వైపు", "4490"),
    (None, None, "Fanatec QR2 క్విక్ రిలీజ్, వీల్ వైపు", "8990"),
    ("Руль Fanatec CSL Steering Wheel P1 V2, для Xbox и ПК", "129.00",
     "Fanatec CSL Steering Wheel P1 V2 వీల్ రిమ్, Xbox / PC", "14990"),
    (None, None, "Fanatec ClubSport Steering Wheel Formula V2.5 X వీల్ రిమ్", "39990"),
    ("Стойка для трёх мониторов до 32\", чёрная", "149.00",
     "మూడు మానిటర్ల స్టాండ్, 32\" వరకు, నలుపు", "12990"),
    (None, None, "మూడు మానిటర్ల స్టాండ్, 27\" వరకు, నలుపు", "9990"),
    ("Кабель USB-C – USB-A для руля, 2 м", "12.90",
     "వీల్ బేస్ కోసం USB-C నుండి USB-A కేబుల్, ౨ మీ", "799"),
    (None, None, "వీల్ బేస్ కోసం USB-C నుండి USB-A కేబుల్, ౩ మీ", "999"),
    ("Педали Logitech G PRO Racing Pedals", "349.00",
     "Logitech G PRO రేసింగ్ పెడల్స్", "34995",
     {"ours": {"brand": "Logitech"}}),
    (None, None, "Logitech G PRO రేసింగ్ వీల్, PS5 / PC కోసం, 11 Nm", "109995"),
    (None, None, "Moza R5 + ES వీల్ + SR-P లైట్ పెడల్స్, బండిల్", "49990"),
    ("Руль Thrustmaster T-GT II для PS5 и ПК", "699.00", None, None),
]

KINDS: dict[str, list[Row]] = {"sim racing, a Hyderabad shop in Telugu in rupees": SIM_RACING}
(TELUGU,) = KINDS
CURRENCIES = {TELUGU: "INR"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    TELUGU: [(0, "Fanatec CSL DD 8 Nm وہیل بیس، PC کے لیے", "53490")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[TELUGU]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # Every title of ours is in Cyrillic letters around the maker's Latin ones.
    assert all(any("а" <= ch <= "я" for ch in o["name"].lower()) for o in ours)
    # The stand with no maker "for" our G923 and the Moza bundle are pairs of nothing; Logitech's
    # shifter and Wheel Stand Pro, each "for" the G923, are true pairs of ours, not of the wheel.
    assert "G923" in next(t for t in theirs if t["key"] == "T23")["name"] and not any(t == "T23" for _, t in truth)
    assert "Moza R5" in next(t for t in theirs if t["key"] == "T34")["name"] and not any(t == "T34" for _, t in truth)
    assert {("O16", "T16"), ("O22", "T22")} <= truth
    # "G923" on 6 of their listings; "Fanatec" on 10, the second one included.
    assert sum("G923" in t["name"] for t in theirs) == 6
    assert sum("Fanatec" in t["name"] for t in theirs) == 10
    # Our ClubSport DD+ and T-GT II are ours only.
    assert not any(o in ("O3", "O35") for o, _ in truth)
    # The second listing is in Urdu.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "وہیل" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-seven rounds' readings led us to expect. The whole batch is read
# once for the three tests that read it (`whole`), and the siblings' rows once for their two tests.
# The batch landed with these tests as non-strict expected failures and its guard skipped; its
# first reading made each a plain test where it passed and a strict expected failure (raising
# AssertionError, so that a helper renamed fails the run rather than passing as expected) where it
# failed. The first reading is written as counts, not pairs: the round is held out from the matching
# work of the session that read it.


@pytest.fixture(scope="module")
def whole(tmp_path_factory):
    """The whole batch through the commands, with its second listings: the counts, and every pair
    of a product listed twice that was neither matched nor put to a person."""
    return BATCH.second_listings_missed(tmp_path_factory.mktemp("whole"))


# Expected to fail: no round before found every pair.
# Failed at first reading: 12 of 18 found (6 matched, 6 proposed), 6 missed; 1 variant matched, none
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 6 of the 18 true pairs were missed and a variant matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(whole):
    total, _ = whole
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides ("CSL DD", "G923", "T300 RS GT",
# "TH8A", "F-GT Lite"); the kind words are Russian against Telugu, in two scripts neither shares with
# the other; two products have no maker; several models are names or a name and a number.
# Failed at first reading: 12 of 17 found (6 matched, 6 proposed; 0.71), 5 missed; 1 other listing
# matched (read without the second listing, as the test reads).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 12 of 17 found (0.71)")
def test_a_telugu_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Fanatec CSL DD 8 Nm వీల్ బేస్, PC కోసం" / "Рулевая база Fanatec CSL DD 8 Нм, для ПК": at least
    # three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, TELUGU)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a torque (CSL DD 8 / 5 Nm), a console (G923 for PS5 / for Xbox), a letter (T248 /
# T248X), a word (T300 RS GT Edition / T300 RS, QR2 Lite / QR2, CSL Pedals / CSL Pedals LC), a digit
# (Moza R5 / R9 V2), a name (P1 V2 / Formula V2.5 X, F-GT Lite / GTtrack, Challenge X / Trophy) or a
# size (32" / 27", 2 / 3 m) is the only difference.
SIBLINGS = [0, 1, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 18, 19, 20, 21, 24, 25, 26, 27, 28, 29, 30, 31, 35]


@pytest.fixture(scope="module")
def siblings(tmp_path_factory):
    """The siblings' rows read once (no second listing): counts, found, truth."""
    return BATCH.read_rows(tmp_path_factory.mktemp("siblings"), TELUGU, SIBLINGS)


# Failed at first reading: 1 sibling matched, 1 proposed (of the rows' 12 true pairs 4 matched, 6
# proposed, 2 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was matched")
def test_a_sibling_a_torque_a_console_a_letter_a_word_a_digit_a_name_or_a_size_apart_tells_two_listings_apart(siblings):
    # CSL DD 5 Nm beside our 8 Nm (and our ClubSport DD+, ours only); the Xbox G923 beside our PS5
    # one; T248X beside our T248 (and our T-GT II, ours only); T300 RS beside our T300 RS GT Edition;
    # R9 V2 beside our R5; CSL Pedals LC beside our CSL Pedals; GTtrack beside our F-GT Lite; Trophy
    # beside our Challenge X; QR2 beside our QR2 Lite; Formula V2.5 X beside our P1 V2; the 27" stand
    # beside our 32"; the 3 m cable beside our 2 m: nothing matched to a product it is not.
    counts, found, _ = siblings
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling matched, 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was matched and one proposed")
def test_a_sibling_a_torque_a_console_a_letter_a_word_a_digit_a_name_or_a_size_apart_is_not_even_proposed(siblings):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = siblings
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: Logitech's shifter and Wheel Stand Pro name our G923 before "కోసం" (for), and so does a
# stand with no maker; the twenty-third to twenty-seventh rounds matched accessories naming our code
# as ours.
# Failed at first reading: 2 of the rows' 3 true pairs matched, 1 missed; 1 other listing matched
# with a product of ours.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one true pair was missed and another listing matched")
def test_our_wheel_and_the_shifter_and_stands_made_for_it_do_not_cross(tmp_path):
    # Our G923, Logitech's shifter and Wheel Stand Pro against theirs, beside the stand with no maker
    # "for" the G923: each of ours found with its own listing, and the stand with no maker matched or
    # put to a person with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, TELUGU, [4, 16, 22, 23])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "వాడినది, బాక్స్ లేకుండా" and "+ ... బండిల్" are words no condition or bundle rule before
# read; the twenty-seventh round's used mask was matched, its used trumpet proposed.
# Failed at first reading: 1 of these listings matched with our product (of the rows' 3 true pairs 1
# matched, 1 proposed, 1 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of these listings was matched with our product")
def test_a_used_wheel_base_and_two_bundles_are_not_matched_as_ours(tmp_path):
    # The used CSL DD beside our CSL DD's own listing; the G923 with a shifter beside our G923's; the
    # Moza R5 with a wheel and pedals beside our R5's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, TELUGU, [0, 2, 4, 6, 11, 34])
    assert not counts["wrong matched"], found


# Uncertain: torque in newton metres written in Cyrillic letters on ours ("8 Нм", "5,5 Нм") and in
# Latin on theirs ("8 Nm", "5.5 Nm"), the only difference between two wheel bases; the twenty-seventh
# round's newtons ("800N") were read as model codes.
# Failed at first reading: 1 of the rows' 2 true pairs proposed, 1 missed; no sibling matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed")
def test_wheel_bases_a_torque_apart_find_their_listing_not_their_sibling(tmp_path):
    # "Рулевая база Fanatec CSL DD 8 Нм, для ПК" / "Fanatec CSL DD 8 Nm వీల్ బేస్, PC కోసం" beside "...
    # 5 Nm ..."; "Рулевая база Moza R5, 5,5 Нм" / "Moza R5 వీల్ బేస్, 5.5 Nm" beside "Moza R9 V2 ..., 9
    # Nm": both of ours found, no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, TELUGU, [0, 1, 11, 12])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: a monitor stand and a cable with no maker, told apart by a size in inches or a length in
# Telugu digits before "మీ"; the twenty-seventh round's Gujarati digits before a Gujarati unit were
# read as a bare number.
# Failed at first reading: both true pairs missed; nothing matched or proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both true pairs were missed")
def test_a_stand_and_a_cable_with_no_maker_find_their_listing_not_its_sibling(tmp_path):
    # "Стойка для трёх мониторов до 32\", чёрная" / "మూడు మానిటర్ల స్టాండ్, 32\" వరకు, నలుపు" beside the
    # 27" one; "Кабель USB-C – USB-A для руля, 2 м" / "... కేబుల్, ౨ మీ" beside "..., ౩ మీ": both of ours
    # found, neither sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, TELUGU, [28, 29, 30, 31])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all;
# this one is in Urdu, and "Fanatec" is on 10 of their listings.
# Failed at first reading: the first listing found, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(whole):
    # "Fanatec CSL DD 8 Nm وہیل بیس، PC کے لیے" beside "Fanatec CSL DD 8 Nm వీల్ బేస్, PC కోసం": both
    # listings ours, matched or put to a person.
    total, missed = whole
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_eighth_rounds_first_batch_read_through_the_commands(whole):
    # At first reading (main at 5ee5011e, whose matching code is the session's start c2c5e81f, folded
    # by 962a49e2 with no behaviour changed): 12 of 18 true pairs found (6 matched, 6 proposed), 6
    # missed; 1 variant matched, none proposed.
    holds_its_first_reading(whole[0], matched=6, found=12, wrong_matched=1, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds28 [-v]
    BATCH.print_reading()
