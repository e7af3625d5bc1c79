"""A twenty-second round of catalogues set aside, its second batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Microphones and recording: vocal, instrument and studio microphones, USB microphones, audio
interfaces, studio headphones, a handheld recorder, and the cables, stands, pop filters, shock
mounts, windscreens and phantom supplies sold beside them, a kind none of the twenty-one rounds held
(the music rounds held musical instruments, drums and cymbals, violin strings, reeds and
harmonicas, sheet music, turntables and hi-fi, headphones and speakers; ours: an Austrian shop for
bands, churches and home studios, 19 products in euros, titled in German as such shops write them:
maker and model first, then the kind as one compound ("Gesangsmikrofon", "Kondensatormikrofon",
"Mikrofonständer"), "Shure SM58-LCE dynamisches Gesangsmikrofon, Niere"; theirs: a Thimphu shop, 35
listings in ngultrum, titled in Dzongkha (the Tibetan script, its syllables parted by the tsheg
"་") around the maker and model in Latin letters, the kind after, lengths and counts in Tibetan
digits ("མི་ཊར་༦", "སེ་མི་༡༥"), "Shure SM58 ཌའི་ན་མིཀ་སྐད་ལེན་ གཞས་ཀྱི་དོན་ལུ་").
"སྐད་ལེན་" is a microphone ("Mikrofon"), "ཌའི་ན་མིཀ་" dynamic ("dynamisch"), "ཀོན་ཌེན་སར་" a condenser
("Kondensator-"), "གཞས་ཀྱི་དོན་ལུ་" for singing ("Gesangs-"), "རོལ་ཆའི་དོན་ལུ་" for instruments
("Instrumenten-"), "སྒྲ་འཇུག་ཁང་" a recording studio ("Studio-"), "སྒྲ་མཐུད་ཆས་" an audio interface,
"རྣ་ཉན་" headphones ("Kopfhörer"), "སྒྲ་འཇུག་འཕྲུལ་ཆས་" a recorder, "ལག་ཐོགས་" handheld ("Handy-"),
"གློག་ཐག་" a cable ("Kabel"), "མི་ཊར་" metres, "སེ་མི་" centimetres, "རྐང་ཁྲི་" a stand ("Ständer"),
"ཡར་འཐེན་ཅན་" with a boom ("mit Galgen"), "སྐད་ཚགས་" a pop filter or windscreen ("Popschutz",
"Windschutz"), "རས་ཚགས་ཉིས་རིམ་" a double cloth ("Doppelgewebe"), "འདར་འགོག་འཛིན་ཆས་" a shock mount
("Spinne"), "ཕེན་ཊམ་གློག་ཤུགས་" phantom power ("Phantomspeisung"), "ནག་པོ་" black ("schwarz"),
"དངུལ་མདོག་" silver, "སྔོན་པོ་" blue, "གློག་སྒོ་ཅན་" with a switch, "ཆ་ཚང་" a complete set,
"དང་བཅས་" with; "གི་དོན་ལུ་" for (an accessory that fits), "འཚམ་པའི་དཔེ་གཞི་" the models it fits,
"དཔེ་གཞི་ཨང་" the model number; "ལག་ལེན་འཐབ་ཡོདཔ་" used, "ཟླ་" months, "འགྲེམས་སྟོན་དངོས་པོ་" a
display piece, "སྒམ་མེད་" without its box, "འགན་ལེན་" a warranty, "ལོ་" years. Tibetan digits: ༠ ༡ ༢ ༣
༤ ༥ ༦ ༧ ༨ ༩ (0 to 9).

The hard things, written as such shops write them, not to be easy or hard: one maker's microphones a
letter or a number apart (Shure SM58 / SM58S with a switch / SM57 / Beta 58A, SM7B ours only;
Sennheiser e 835 / e845, written "e 835" on ours and "e835" on theirs); a model and another one that
carries it with a suffix (Røde NT1 5th Generation / NT1-A; Audio-Technica AT2020 / AT2020USB-X;
NT-USB+ / NT-USB Mini); a generation apart ("(4. Generation)" against "4th Gen" and "3rd Gen"), a
tier apart (Scarlett 2i2 / Solo), a digit apart (Behringer UMC202HD / UMC204HD, UMC22 ours only;
Sony MDR-7506 / MDR-7510; K&M 210/9 / 210/8); a colour apart (NT1 black / silver, A58WS black /
blue, written in Dzongkha); a cable a length apart in Tibetan digits; a cable and a pop filter with
no maker; a used SM58, a display Scarlett without its box, an SM58 sold with a cable and a stand; a
shock mount and a windscreen naming our microphones after "གི་དོན་ལུ་" (the windscreen a true pair
of ours, the shock mount of nothing we sell); "Shure" on 8 of their listings and "SM58" in 6 of
their titles; our maker written "Røde" against their "RODE"; our SM58's MPN as their listing's own
model number, and in the windscreen's description after "འཚམ་པའི་དཔེ་གཞི་"; one product listed
twice (the second time in English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_SM58 = gtin_with_check_digit("004293016183")
GTIN_NT1_5TH = gtin_with_check_digit("069838200419")
GTIN_SCARLETT_2I2_4TH = gtin_with_check_digit("081571501477")

# An Austrian microphone and recording shop in euros against a Bhutanese one in Dzongkha, in
# ngultrum.
MICROPHONES: list[Row] = [
    ("Shure SM58-LCE dynamisches Gesangsmikrofon, Niere", "99.00",
     "Shure SM58 ཌའི་ན་མིཀ་སྐད་ལེན་ གཞས་ཀྱི་དོན་ལུ་", "9800",
     {"ours": {"brand": "Shure", "gtin": GTIN_SM58, "mpn": "SM58-LCE"},
      "theirs": {"brand": "Shure", "description": "དཔེ་གཞི་ཨང་: SM58-LCE, འགན་ལེན་ ལོ་༢"}}),
    (None, None, "Shure SM58S ཌའི་ན་མིཀ་སྐད་ལེན་ གློག་སྒོ་ཅན་", "10500"),
    (None, None, "Shure SM58 སྐད་ལེན་ ལག་ལེན་འཐབ་ཡོདཔ་ ཟླ་༦", "5500"),
    (None, None, "Shure SM58 + XLR གློག་ཐག་ མི་ཊར་༦ + རྐང་ཁྲི་ (ཆ་ཚང་)", "13500"),
    ("Shure SM57-LCE dynamisches Instrumentenmikrofon", "99.00",
     "Shure SM57 ཌའི་ན་མིཀ་སྐད་ལེན་ རོལ་ཆའི་དོན་ལུ་", "9600",
     {"ours": {"brand": "Shure"}}),
    ("Shure Beta 58A dynamisches Gesangsmikrofon, Superniere", "159.00",
     "Shure Beta 58A སྐད་ལེན་ གཞས་ཀྱི་དོན་ལུ་", "16500"),
    ("Sennheiser e 835 dynamisches Gesangsmikrofon", "89.00",
     "Sennheiser e835 ཌའི་ན་མིཀ་སྐད་ལེན་", "8900"),
    (None, None, "Sennheiser e845 ཌའི་ན་མིཀ་སྐད་ལེན་", "11500"),
    ("Røde NT1 5th Generation Studio-Kondensatormikrofon, schwarz", "229.00",
     "RODE NT1 5th Gen ཀོན་ཌེན་སར་སྐད་ལེན་ ནག་པོ་", "24500",
     {"ours": {"brand": "RØDE", "gtin": GTIN_NT1_5TH}, "theirs": {"brand": "RODE"}}),
    (None, None, "RODE NT1-A ཀོན་ཌེན་སར་སྐད་ལེན་ སྒྲ་འཇུག་ཁང་གི་དོན་ལུ་", "19500"),
    (None, None, "RODE NT1 5th Gen ཀོན་ཌེན་སར་སྐད་ལེན་ དངུལ་མདོག་", "25500"),
    ("Røde NT-USB+ USB-Mikrofon", "169.00", "RODE NT-USB+ USB སྐད་ལེན་", "18500"),
    (None, None, "RODE NT-USB Mini USB སྐད་ལེན་", "9900"),
    ("Audio-Technica AT2020 Kondensatormikrofon, XLR", "99.00",
     "Audio-Technica AT2020 ཀོན་ཌེན་སར་སྐད་ལེན་ XLR", "10200"),
    (None, None, "Audio-Technica AT2020USB-X ཀོན་ཌེན་སར་སྐད་ལེན་ USB", "15800"),
    ("Focusrite Scarlett 2i2 (4. Generation) USB-Audio-Interface", "189.00",
     "Focusrite Scarlett 2i2 4th Gen USB སྒྲ་མཐུད་ཆས་", "19900",
     {"ours": {"brand": "Focusrite", "gtin": GTIN_SCARLETT_2I2_4TH}, "theirs": {"brand": "Focusrite"}}),
    (None, None, "Focusrite Scarlett 2i2 3rd Gen USB སྒྲ་མཐུད་ཆས་", "15500"),
    (None, None, "Focusrite Scarlett Solo 4th Gen USB སྒྲ་མཐུད་ཆས་", "13900"),
    (None, None, "Focusrite Scarlett 2i2 4th Gen འགྲེམས་སྟོན་དངོས་པོ་ སྒམ་མེད་", "16500"),
    ("Behringer U-Phoria UMC202HD USB-Audio-Interface", "89.00",
     "Behringer UMC202HD USB སྒྲ་མཐུད་ཆས་", "8900"),
    (None, None, "Behringer UMC204HD USB སྒྲ་མཐུད་ཆས་", "11200"),
    ("Behringer U-Phoria UMC22 USB-Audio-Interface", "49.00", None, None),
    ("Sony MDR-7506 Studiokopfhörer, geschlossen", "99.00",
     "Sony MDR-7506 སྒྲ་འཇུག་ཁང་གི་རྣ་ཉན་", "10500"),
    (None, None, "Sony MDR-7510 སྒྲ་འཇུག་ཁང་གི་རྣ་ཉན་", "13500"),
    ("XLR-Mikrofonkabel, 6 m, schwarz", "12.90", "XLR སྐད་ལེན་གློག་ཐག་ མི་ཊར་༦ ནག་པོ་", "950"),
    (None, None, "XLR སྐད་ལེན་གློག་ཐག་ མི་ཊར་༡༠ ནག་པོ་", "1400"),
    ("K&M 210/9 Mikrofonständer mit Galgen, schwarz", "34.90",
     "K&M 210/9 སྐད་ལེན་རྐང་ཁྲི་ ཡར་འཐེན་ཅན་ ནག་པོ་", "3900"),
    (None, None, "K&M 210/8 སྐད་ལེན་རྐང་ཁྲི་ ཡར་འཐེན་ཅན་ ནག་པོ་", "4600"),
    ("Popschutz für Mikrofon, Doppelgewebe, 15 cm", "9.90",
     "སྐད་ལེན་གྱི་སྐད་ཚགས་ རས་ཚགས་ཉིས་རིམ་ སེ་མི་༡༥", "750"),
    ("Røde PSM1 Mikrofonspinne", "39.00", "RODE PSM1 འདར་འགོག་འཛིན་ཆས་", "3900"),
    (None, None, "RODE SM6 འདར་འགོག་འཛིན་ཆས་ སྐད་ཚགས་དང་བཅས་ (NT1 གི་དོན་ལུ་)", "6500"),
    ("Behringer MICROPOWER PS400 Phantomspeisung, 48 V", "29.00",
     "Behringer PS400 ཕེན་ཊམ་གློག་ཤུགས་ 48V", "2900"),
    ("Shure A58WS Windschutz, schwarz", "9.90", "Shure A58WS སྐད་ཚགས་ ནག་པོ་ (SM58 གི་དོན་ལུ་)", "1100",
     {"ours": {"brand": "Shure"}, "theirs": {"description": "འཚམ་པའི་དཔེ་གཞི་: SM58-LCE, Beta 58A"}}),
    (None, None, "Shure A58WS སྐད་ཚགས་ སྔོན་པོ་ (SM58 གི་དོན་ལུ་)", "1100"),
    ("Zoom H1n Handyrecorder, schwarz", "99.00", "Zoom H1n ལག་ཐོགས་སྒྲ་འཇུག་འཕྲུལ་ཆས་ ནག་པོ་", "10900"),
    ("Shure SM7B dynamisches Studiomikrofon", "379.00", None, None),
]

KINDS: dict[str, list[Row]] = {"microphones and recording, a Bhutanese shop in Dzongkha in ngultrum": MICROPHONES}
(BHUTANESE,) = KINDS
CURRENCIES = {BHUTANESE: "BTN"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    BHUTANESE: [(15, "Focusrite Scarlett 2i2 4th Gen 2-in, 2-out USB Audio Interface", "20500")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[BHUTANESE]
    # Two microphones of ours from one maker a digit apart, both in both shops.
    assert {("O0", "T0"), ("O4", "T4")} <= truth
    # The windscreen names our SM58 and is a true pair of our windscreen, not of the microphone.
    assert ("O32", "T32") in truth and ("O0", "T32") not in truth
    # Their cable's length is in Tibetan digits.
    assert "མི་ཊར་༦" in next(t for t in theirs if t["key"] == "T24")["name"]
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T15b")
    assert "Audio Interface" in second["name"] and ("O15", "T15b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-one rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 8 of 18 found (6 matched, 2 proposed), 10 missed; 1 variant matched, 1
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 10 of the 18 true pairs were missed and a variant matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("SM58", "NT1 5th Gen",
# "UMC202HD"); the kind words are German compounds against Dzongkha syllables; two have no maker (the
# cable and the pop filter) and their lengths are in Tibetan digits.
# Failed at first reading: 7 of 17 found (6 matched, 1 proposed; 0.41), 10 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 7 of 17 found (0.41)")
def test_a_dzongkha_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Shure SM58 ཌའི་ན་མིཀ་སྐད་ལེན་ གཞས་ཀྱི་དོན་ལུ་" / "Shure SM58-LCE dynamisches Gesangsmikrofon,
    # Niere": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, BHUTANESE)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a letter or a digit of the model (SM58 / SM58S / SM57, e 835 / e845, UMC202HD / 204HD,
# MDR-7506 / 7510, 210/9 / 210/8), a suffix (NT1 / NT1-A, AT2020 / AT2020USB-X, NT-USB+ / Mini), a
# generation (4th / 3rd), a tier (2i2 / Solo), a colour (black / silver, black / blue) or a length (6 /
# 10 m in Tibetan digits) is the only difference.
SIBLINGS = [0, 1, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 32, 33, 35]


# Failed at first reading: 2 siblings matched (of the rows' 12 true pairs 5 matched, 1 proposed, 6
# missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_letter_a_digit_a_suffix_a_generation_or_a_colour_apart_tells_two_listings_apart(tmp_path):
    # SM58S beside our SM58 (and SM57; SM7B ours only); e845 beside our e 835; NT1-A and the silver NT1
    # beside our black NT1; NT-USB Mini beside our NT-USB+; AT2020USB-X beside our AT2020; the 3rd Gen
    # and the Solo beside our 2i2 4th Gen; UMC204HD beside our UMC202HD (and UMC22, ours only);
    # MDR-7510 beside our MDR-7506; 10 m beside our 6 m; 210/8 beside our 210/9; the blue A58WS beside
    # our black: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, BHUTANESE, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings matched, none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_letter_a_digit_a_suffix_a_generation_or_a_colour_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, BHUTANESE, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, "SM5", "dynamisch" and the Dzongkha "dynamic microphone"; the
# last digit and what each is for differ.
# Passed at first reading: nothing crossed; one pair proposed and one missed in these rows (partly
# because a pair was missed).
def test_two_microphones_of_ours_a_digit_apart_do_not_cross(tmp_path):
    # Our Shure SM58 and SM57 against theirs: neither of ours matched or put to a person with the
    # other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, BHUTANESE, [0, 4])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the windscreen's title names "Shure" and "SM58", as the microphone's does, and its
# description our SM58's MPN.
# Passed at first reading: nothing crossed; one pair matched and one missed in these rows (partly
# because a pair was missed).
def test_our_microphone_and_our_windscreen_for_it_do_not_cross(tmp_path):
    # Our Shure SM58 and our Shure A58WS against theirs: the windscreen's listing not matched or put
    # to a person with our microphone, nor the microphone's with our windscreen.
    counts, found, _ = BATCH.read_rows(tmp_path, BHUTANESE, [0, 32])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "ལག་ལེན་འཐབ་ཡོདཔ་", "འགྲེམས་སྟོན་དངོས་པོ་ སྒམ་མེད་" and "ཆ་ཚང་" are words no condition rule
# before read; the shock mount names our NT1 after a Dzongkha "for" ("གི་དོན་ལུ་").
# Passed at first reading: none matched with our product or proposed (of the rows' 4 true pairs 1
# matched, 2 proposed, 1 missed).
def test_a_used_a_display_piece_a_set_and_a_mount_naming_ours_are_not_matched_as_ours(tmp_path):
    # The used SM58 and the SM58 with a cable and a stand beside our SM58's own listing; the display
    # Scarlett beside our Scarlett's; "RODE SM6 ... (NT1 གི་དོན་ལུ་)" beside our NT1's and our PSM1's:
    # none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, BHUTANESE, [0, 2, 3, 8, 15, 18, 29, 30])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the first listing missed (the second proposed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the first listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Focusrite Scarlett 2i2 4th Gen 2-in, 2-out USB Audio Interface" beside "Focusrite Scarlett 2i2
    # 4th Gen USB སྒྲ་མཐུད་ཆས་": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-third session); copied here once it
# was not (thirty-fourth session). Read at the thirty-fourth session's start (2af211ee) the batch reads
# as at its first reading (6027d489, the matching code 4e72f09b), pair for pair and score for score,
# and each missed true pair scored alone (`score_pairs`, titles and other fields, no prices) reads the
# same at both:
# - Matched by code (6): AT2020, UMC202HD, MDR-7506, PSM1, PS400, A58WS (O32-T32, 0.94; its "(SM58
#   གི་དོན་ལུ་)" and our SM58-LCE in its description did not cross it).
# - Proposed (2): Røde NT-USB+ (O11-T11) 0.69 on the titles; the Scarlett 2i2's English second
#   listing (O15-T15b) 0.60 ("two languages").
# - Missed, a code on many of their listings: Shure SM58 (O0-T0) 0.68 alone ("our MPN sm58lce written
#   in their description"): "SM58" is on 6 of their titles (SM58S, the used one, the set, two
#   windscreens) and ours is "SM58-LCE" against their "SM58"; Røde NT1 5th Gen (O8-T8) 0.95 alone
#   ("same model code nt1"): "NT1" is on 4 of theirs (NT1-A, the silver NT1, the SM6 "(NT1 གི་དོན་ལུ་)"),
#   the maker "Røde" against "RODE".
# - Missed, a code written apart or with a maker's suffix on one side: Shure SM57 (O4-T4) 0.23 (ours
#   "SM57-LCE", theirs "SM57"), Sennheiser "e 835" / "e835" (O6-T6) 0.30; not read as a code: Shure
#   Beta 58A (O5-T5) 0.44, K&M "210/9" (O26-T26) 0.39 (a slash code), Zoom H1n (O34-T34) 0.37.
# - Missed: the Scarlett 2i2's first listing (O15-T15) 0.58 ("(4. Generation)" / "4th Gen"; the display
#   piece and the 3rd Gen beside it).
# - Missed, Tibetan digits not read (as a number or a conflict), no maker: the XLR cable 6 m / "མི་ཊར་༦"
#   (O24-T24) 0.14, the pop filter "སེ་མི་༡༥" (O28-T28) 0.02.
# Variants matched (1): the blue A58WS "སྔོན་པོ་" (T33) with our black A58WS (0.94, "the same product as
# their listing"; the Dzongkha colour not read). Proposed (1): NT-USB Mini (T12) beside our NT-USB+
# (0.61, "the same product as their listing"). Kept apart, most because their own pair was missed
# rather than because the difference was read: SM58S, the used SM58, the SM58 set, e845, NT1-A, the
# silver NT1, AT2020USB-X, 2i2 3rd Gen, Solo 4th Gen, the display 2i2, UMC204HD, MDR-7510, XLR 10 m,
# 210/8, the SM6 "for NT1"; our UMC22 and SM7B (ours only) matched nothing.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_second_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 6027d489, the matching code of the session's start 4e72f09b): 8 of 18
    # true pairs found (6 matched, 2 proposed), 10 missed; 1 variant matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=6, found=8, wrong_matched=1, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds22b [-v]
    BATCH.print_reading()
