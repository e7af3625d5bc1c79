"""A twenty-seventh round of catalogues set aside, its second batch, written before the matcher read
it, so that its first reading is a figure on catalogues the matching rules were not written on.

Microscopes and what is sold beside them: biological, children's, stereo and digital microscopes,
microscope cameras, slides, cover glasses, prepared slides, immersion oil, an eyepiece, a halogen
bulb, a dust cover; a kind none of the twenty-six rounds held (optics were held as binoculars,
telescopes and cameras, not microscopes and a laboratory's glass); ours: a Prishtina shop selling to
schools, laboratories and hobbyists, 19 products in euros, titled in Albanian as such shops write
them: the kind first ("Mikroskop biologjik", "Kamerë për mikroskop", "Xhama objekti", "Vaj
imersioni"), then maker and model, magnification and sizes after commas, decimals with a comma
("23,2 mm", "3,5\""), counts as "copë", "Mikroskop biologjik Bresser Erudit DLX 40-1000x, monokular,
LED"; theirs: a Skopje shop, 35 listings in denars, titled in Macedonian (the Cyrillic script, with
its own letters ѓ, ќ, ј, љ, њ, џ, ѕ) around the maker and model in Latin letters: the kind first on
some, after on others, magnification written "40x–1.000x" (an en dash, thousands with a point),
decimals with a point on some ("23.2 мм", "3.5\""), megapixels as "МП", counts as "парчиња",
"Биолошки микроскоп Bresser Erudit DLX 40x–1.000x, монокуларен, LED".
Albanian: "mikroskop biologjik" a biological microscope, "monokular", "binokular", "trinokular" with
one, two or three eyepiece tubes, "për fëmijë" for children, "me kamerë" with a camera,
"objektivë" objectives, "stereo" a stereo microscope, "dixhital" digital, "portativ" portable,
"ekran" a screen, "kamerë për mikroskop" a microscope camera, "xhama objekti" slides, "xhama
mbulues" cover glasses, "copë" pieces, "vaj imersioni" immersion oil, "preparate të gatshme"
prepared slides, "okular" an eyepiece, "llambë halogjene" a halogen bulb, "mbulesë pluhuri" a dust
cover, "vinil" vinyl, "e madhe" large, "ndriçim" illumination, "për" for, "me" with.
Macedonian: "биолошки микроскоп" a biological microscope, "монокуларен", "бинокуларен",
"тринокуларен" with one, two or three tubes, "детски" children's, "халогено" halogen, "објектив"
an objective ("објективи" objectives), "стерео микроскоп" a stereo microscope, "дигитален"
digital, "со LCD екран" with an LCD screen, "МП" megapixels, "камера за микроскоп" a microscope
camera, "предметни стакла" slides, "со вдлабнатина" with a cavity, "покровни стакла" cover
glasses, "парчиња" pieces, "мм" millimetres, "мл" millilitres, "имерзионо масло" immersion oil,
"имерзионен" for immersion, "готови препарати" prepared slides, "окулар" an eyepiece, "халогена
сијалица" a halogen bulb, "заштитна навлака" a dust cover, "винил" vinyl, "голема" large, "мала"
small; "за" for, "со" with, "користен" used, "без кутија" without its box, "сет" a set; "Шифра" the
article code, "осветлување" illumination, "Гаранција 2 години" a two-year warranty, "Бесплатна
достава низ Скопје" delivery across Skopje free. The second listing is in Albanian, as Skopje shops
list for their Albanian customers too: the language of ours, written by another hand.

The hard things, written as such shops write them, not to be easy or hard: a microscope a top
magnification apart (Bresser Erudit DLX 40-1000x / 40x–600x; our Biolux NV ours only), "1000x"
against "1.000x"; a children's microscope a colour apart in the maker's English (Levenhuk Rainbow 2L
Lime / Azure) and a word and a range apart (2L PLUS Lime, 64–640x); a code with a point (Euromex
BioBlue BB.4260 / BB.4267, binocular / trinocular), our MPN in their description after "Шифра:"; a
letter apart (Motic BA210E / BA210); digital microscopes a digit apart (Celestron 44341 / 44340),
the screen "3,5\"" against "3.5\"", megapixels "MP" against "МП"; cameras a number apart (Levenhuk
M1400 Plus / M500 BASE, our M800 Plus ours only; Bresser MikroCam SP 5.0 / 3.1, a model that reads as
a decimal); slides, cover glasses, a bulb and a dust cover with no maker, each a size, a voltage, a
cavity or a word apart (76x26 plain / with a cavity, 22x22 / 24x50, 6V / 12V, large / small);
prepared slides a count apart that is the model's number (N38 NG / N18 NG); an eyepiece a
magnification apart (WF 10x / 16x), "23,2 mm" against "23.2 мм"; a used microscope without its box, a
microscope sold with a camera as a set, an objective "for" our Euromex's series; "Bresser" on 9 of
their listings, "Levenhuk" on 8, "Euromex" on 5 (the second listing included), "Erudit DLX" on 4;
one product listed twice (the second time in Albanian, in Latin letters).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_ERUDIT = gtin_with_check_digit("401579251100")
GTIN_CX23 = gtin_with_check_digit("495045111230")

# A Prishtina microscope shop in euros against a Skopje one titled in Macedonian, in denars.
MICROSCOPES: list[Row] = [
    ("Mikroskop biologjik Bresser Erudit DLX 40-1000x, monokular, LED", "219.00",
     "Биолошки микроскоп Bresser Erudit DLX 40x–1.000x, монокуларен, LED", "13490",
     {"ours": {"brand": "Bresser", "gtin": GTIN_ERUDIT},
      "theirs": {"brand": "Bresser", "description": "Гаранција 2 години. Бесплатна достава низ Скопје."}}),
    (None, None, "Биолошки микроскоп Bresser Erudit DLX 40x–600x, монокуларен, LED", "9990",
     {"theirs": {"brand": "Bresser"}}),
    (None, None, "Bresser Erudit DLX 40x–1.000x микроскоп, користен, без кутија", "6990"),
    ("Mikroskop biologjik Bresser Biolux NV 20-1280x, me kamerë HD", "149.00", None, None),
    ("Mikroskop për fëmijë Levenhuk Rainbow 2L Lime, 40-400x", "59.00",
     "Levenhuk Rainbow 2L Lime детски микроскоп, 40–400x", "3690",
     {"ours": {"brand": "Levenhuk"}}),
    (None, None, "Levenhuk Rainbow 2L Azure детски микроскоп, 40–400x", "3690"),
    (None, None, "Levenhuk Rainbow 2L PLUS Lime детски микроскоп, 64–640x", "4990"),
    ("Mikroskop biologjik Euromex BioBlue BB.4260, binokular, 40-1000x", "689.00",
     "Бинокуларен микроскоп Euromex BioBlue BB.4260, 40x–1.000x", "42900",
     {"ours": {"brand": "Euromex", "mpn": "BB.4260"},
      "theirs": {"description": "Шифра: BB.4260. LED осветлување."}}),
    (None, None, "Тринокуларен микроскоп Euromex BioBlue BB.4267, 40x–1.000x", "52900"),
    ("Mikroskop biologjik Motic BA210E, trinokular, LED", "1490.00",
     "Motic BA210E тринокуларен микроскоп, LED", "91900",
     {"ours": {"brand": "Motic"}}),
    (None, None, "Motic BA210 бинокуларен микроскоп, халогено", "69900"),
    ("Mikroskop Olympus CX23, binokular, 4 objektivë", "1890.00",
     "Olympus CX23 бинокуларен микроскоп, 4 објективи", "116500",
     {"ours": {"brand": "Olympus", "gtin": GTIN_CX23}}),
    ("Mikroskop stereo Bresser Researcher ICD LED, 20x-80x", "299.00",
     "Стерео микроскоп Bresser Researcher ICD LED 20x–80x", "18490"),
    ("Mikroskop dixhital portativ Levenhuk DTX 90, 10-300x", "79.00",
     "Levenhuk DTX 90 дигитален микроскоп, 10–300x", "4890"),
    ("Mikroskop dixhital Celestron 44341, ekran LCD 3,5\", 5 MP", "189.00",
     "Celestron 44341 дигитален микроскоп со LCD екран 3.5\", 5 МП", "11690",
     {"ours": {"brand": "Celestron"}}),
    (None, None, "Celestron 44340 дигитален микроскоп со LCD екран 2.4\", 2 МП", "7490"),
    ("Kamerë për mikroskop Levenhuk M1400 Plus, 14 MP, USB 2.0", "269.00",
     "Levenhuk M1400 PLUS камера за микроскоп, 14 МП, USB 2.0", "16590"),
    (None, None, "Levenhuk M500 BASE камера за микроскоп, 5 МП, USB 2.0", "6490"),
    ("Kamerë për mikroskop Bresser MikroCam SP 5.0", "119.00",
     "Bresser MikroCam SP 5.0 камера за микроскоп", "7390"),
    (None, None, "Bresser MikroCam SP 3.1 камера за микроскоп", "5490"),
    ("Xhama objekti 76 x 26 mm, 50 copë", "4.90",
     "Предметни стакла 76x26 мм, 50 парчиња", "299"),
    (None, None, "Предметни стакла 76x26 мм со вдлабнатина, 50 парчиња", "790"),
    ("Xhama mbulues 22 x 22 mm, 100 copë", "3.90",
     "Покровни стакла 22x22 мм, 100 парчиња", "240"),
    (None, None, "Покровни стакла 24x50 мм, 100 парчиња", "320"),
    ("Vaj imersioni Euromex, 25 ml", "12.90",
     "Имерзионо масло Euromex, 25 мл", "790"),
    ("Preparate të gatshme Levenhuk N38 NG, 38 copë", "39.90",
     "Levenhuk N38 NG готови препарати, 38 парчиња", "2450"),
    (None, None, "Levenhuk N18 NG готови препарати, 18 парчиња", "1490"),
    ("Okular Bresser WF 10x, 23,2 mm", "24.90",
     "Bresser окулар WF 10x, 23.2 мм", "1530"),
    (None, None, "Bresser окулар WF 16x, 23.2 мм", "1790"),
    ("Llambë halogjene 6 V 20 W për mikroskop", "8.90",
     "Халогена сијалица 6V 20W за микроскоп", "550"),
    (None, None, "Халогена сијалица 12V 20W за микроскоп", "550"),
    ("Mbulesë pluhuri për mikroskop, vinil, e madhe", "9.90",
     "Заштитна навлака за микроскоп, винил, голема", "610"),
    (None, None, "Заштитна навлака за микроскоп, винил, мала", "490"),
    (None, None, "Bresser Erudit DLX 40x–1.000x + MikroCam SP 5.0, сет", "19990"),
    (None, None, "Објектив 100x за Euromex BioBlue, имерзионен, DIN", "4490"),
    ("Kamerë për mikroskop Levenhuk M800 Plus, 8 MP, USB 2.0", "179.00", None, None),
]

KINDS: dict[str, list[Row]] = {"microscopes, a Skopje shop in Macedonian in denars": MICROSCOPES}
(MACEDONIAN,) = KINDS
CURRENCIES = {MACEDONIAN: "MKD"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    MACEDONIAN: [(7, "Mikroskop binokular Euromex BioBlue BB.4260 40x-1000x, ndriçim LED", "43500")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[MACEDONIAN]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The objective naming our Euromex's series and the set of a microscope and a camera are pairs of
    # nothing; the camera and the immersion oil are true pairs of ours, not of a microscope.
    assert "Euromex" in next(t for t in theirs if t["key"] == "T34")["name"] and not any(t == "T34" for _, t in truth)
    assert not any(t == "T33" for _, t in truth)
    assert {("O18", "T18"), ("O24", "T24")} <= truth
    # "Bresser" on 9 of their listings, "Levenhuk" on 8, "Euromex" on 5 (the second one included),
    # "Erudit DLX" on 4.
    assert sum("Bresser" in t["name"] for t in theirs) == 9
    assert sum("Levenhuk" in t["name"] for t in theirs) == 8
    assert sum("Euromex" in t["name"] for t in theirs) == 5
    assert sum("Erudit DLX" in t["name"] for t in theirs) == 4
    # Our Biolux NV and M800 Plus are ours only.
    assert not any(o in ("O3", "O35") for o, _ in truth)
    # The second listing is in Albanian, in Latin letters.
    second = next(t for t in theirs if t["key"] == "T7b")
    assert "ndriçim" in second["name"] and ("O7", "T7b") in truth


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
# Failed at first reading: 16 of 18 found (14 matched, 2 proposed), 2 missed; 4 variants matched,
# 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 2 of the 18 true pairs were missed and 4 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(whole):
    total, _ = whole
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("Erudit DLX", "BB.4260",
# "BA210E", "CX23", "44341", "M1400 Plus"); the kind words are Albanian against Macedonian in
# Cyrillic; five products have no maker.
# Failed at first reading: 12 of 17 found (6 matched, 6 proposed; 0.71), 5 missed; 2 other
# listings proposed (read without the second listing, as the test reads; with it the batch finds
# 16 of 18). Passes since numbers16 (thirty-ninth session) read "1.000x" as 1000x.
def test_a_macedonian_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Биолошки микроскоп Bresser Erudit DLX 40x–1.000x, монокуларен, LED" / "Mikroskop biologjik
    # Bresser Erudit DLX 40-1000x, monokular, LED": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, MACEDONIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a top magnification (1000x / 600x, WF 10x / 16x), a colour in the maker's English (Lime /
# Azure), a word and a range (2L PLUS), a code's digit or letter (BB.4260 / BB.4267, BA210E / BA210,
# 44341 / 44340, M1400 / M500, SP 5.0 / 3.1, N38 / N18), a size (22x22 / 24x50), a cavity, a voltage
# (6V / 12V) or a word (large / small) is the only difference.
SIBLINGS = [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 30, 31,
            32, 35]


@pytest.fixture(scope="module")
def siblings(tmp_path_factory):
    """The siblings' rows read once (no second listing): counts, found, truth."""
    return BATCH.read_rows(tmp_path_factory.mktemp("siblings"), MACEDONIAN, SIBLINGS)


# Passed at first reading: no sibling matched, 2 proposed (of the rows' 13 true pairs 4 matched, 4
# proposed, 5 missed).
def test_a_sibling_a_magnification_a_colour_a_digit_a_letter_a_size_or_a_word_apart_tells_two_listings_apart(siblings):
    # The 600x Erudit DLX beside our 1000x (and our Biolux NV, ours only); the Azure and the PLUS
    # Rainbow beside our Lime; BB.4267 beside our BB.4260; BA210 beside our BA210E; 44340 beside our
    # 44341; M500 BASE beside our M1400 Plus (and our M800 Plus, ours only); SP 3.1 beside our SP 5.0;
    # cavity slides beside our plain ones; 24x50 cover glasses beside our 22x22; N18 NG beside our N38
    # NG; the 16x eyepiece beside our 10x; the 12V bulb beside our 6V; the small cover beside our
    # large: nothing matched to a product it is not.
    counts, found, _ = siblings
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were proposed")
def test_a_sibling_a_magnification_a_colour_a_digit_a_letter_a_size_or_a_word_apart_is_not_even_proposed(siblings):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = siblings
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the objective names our Euromex's series after "за" (for); the set names our Erudit DLX
# and our MikroCam SP 5.0 with a "+"; accessories and combos naming our code were matched as ours in
# the twenty-third to twenty-sixth rounds.
# Failed at first reading: 2 of the rows' 3 true pairs proposed, 1 missed; nothing else matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the three true pairs was missed")
def test_our_microscopes_our_camera_the_set_and_an_objective_for_them_do_not_cross(tmp_path):
    # Our Erudit DLX, BB.4260 and MikroCam SP 5.0 against theirs, the set of the microscope and the
    # camera and the objective for the BioBlue: each of ours found with its own listing, and neither the
    # set nor the objective matched or put to a person with a product of ours.
    counts, found, truth = BATCH.read_rows(tmp_path, MACEDONIAN, [0, 7, 18, 33, 34])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "користен, без кутија" are words no condition rule before read in Macedonian; the
# twenty-sixth round's used umbrella was matched as ours, its used wheel and cue were not.
# Passed at first reading: not matched or proposed, but the rows' true pair was missed: it passes
# because nothing was found.
def test_a_used_microscope_is_not_matched_as_ours(tmp_path):
    # "Bresser Erudit DLX 40x–1.000x микроскоп, користен, без кутија" beside our Erudit DLX's own
    # listing: not matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, MACEDONIAN, [0, 2])
    assert not counts["wrong matched"], found


# Uncertain: "BB.4260" is a code with a point, "SP 5.0" a model that reads as a decimal, "N38 NG" a
# count that names the model; the twenty-sixth round's "T.200" was read as a code, "5.0" may be read
# as a number and "N38" as a word and a number.
# Failed at first reading: 2 of the rows' 3 true pairs proposed, 1 missed; no sibling matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the three true pairs was missed")
def test_a_code_with_a_point_and_a_model_that_reads_as_a_decimal_find_their_listing_not_its_sibling(tmp_path):
    # "Mikroskop biologjik Euromex BioBlue BB.4260, ..." / "... BB.4260, 40x–1.000x" beside BB.4267;
    # "Kamerë për mikroskop Bresser MikroCam SP 5.0" / "Bresser MikroCam SP 5.0 камера за микроскоп"
    # beside SP 3.1; "Preparate të gatshme Levenhuk N38 NG, 38 copë" / "... 38 парчиња" beside N18 NG:
    # all three of ours found, no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, MACEDONIAN, [7, 8, 18, 19, 25, 26])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: products with no maker told apart by a size written "76 x 26 mm" / "76x26 мм", a voltage
# "6 V" / "6V", a word in each language ("e madhe" / "голема"); units in Cyrillic ("мм") were read in
# the twenty-sixth round's billiards.
# Failed at first reading: all four true pairs missed; nothing matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading all four true pairs were missed")
def test_glass_a_bulb_and_a_cover_with_no_maker_find_their_listing_not_its_sibling(tmp_path):
    # Our slides, cover glasses, bulb and dust cover beside the cavity slides, the 24x50 cover glasses,
    # the 12V bulb and the small cover: all four of ours found, no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, MACEDONIAN, [20, 21, 22, 23, 29, 30, 31, 32])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; this
# one is in our own language, "Euromex" on 5 of their listings.
# Passed at first reading: both listings found.
def test_a_product_listed_twice_is_found_in_both_listings(whole):
    # "Mikroskop binokular Euromex BioBlue BB.4260 40x-1000x, ndriçim LED" beside "Бинокуларен
    # микроскоп Euromex BioBlue BB.4260, 40x–1.000x": both listings ours, matched or put to a person.
    total, missed = whole
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-eighth session); written here once it
# was opened (thirty-ninth session). Read at the thirty-ninth session's start (79ef2d2b, the matching
# code of c2c5e81f) the batch reads as its first reading counted it (4e0ec2fa): 16 of 18 found (14
# matched, 2 proposed), 2 missed; 4 variants matched, 1 proposed. "Alone" is the pair scored by itself
# (`score_pairs`, no prices), the same at both; "in the catalogue" the comparison's score there. The
# wording gate speaks for this catalogue (7 candidates; the chance null 2.7 of them at 95%, the decoy
# 3): what it matched is matched with no person, right and wrong alike.
# - Matched by code (5): Motic BA210E (O9-T9) 0.97, Olympus CX23 (O11-T11) 0.96, Celestron 44341
#   (O14-T14) 0.93 (with "numbers differ: 3 vs 3.5": our '3,5"' is read as 3, a decimal comma before
#   an inch mark, theirs '3.5"' as 3.5), Levenhuk M1400 Plus (O16-T16) 0.98, and the BB.4260's second
#   listing, in Albanian (O7-T7b) 0.97.
# - Matched on the titles' likeness (2): Bresser Researcher ICD (O12-T12) 0.96, the WF 10x eyepiece
#   (O27-T27) 0.96 ("23,2 mm" / "23.2 мм" read alike).
# - Matched by wording, the gate speaking (7 right): Levenhuk DTX 90 (O13-T13) 0.73, the slides
#   (O20-T20) 0.20 and the cover glasses (O22-T22) 0.24 (no maker, the sizes "76 x 26 mm" / "76x26 мм"
#   and "22 x 22 mm" / "22x22 мм" and the count the only words in common), the immersion oil (O24-T24)
#   0.50, the N38 NG slides
#   (O25-T25) 0.50, the 6 V 20 W bulb (O29-T29) 0.48, and the large dust cover (O31-T31) 0.34, linked as
#   "another listing of our product" after the small one was matched with it (below).
# - Proposed where a person would expect a match (2): the Euromex BB.4260's Macedonian listing (O7-T7)
#   0.82, "the same product as their listing" (its Albanian one) with "zoom differs: 40/1000 vs 1/40":
#   their "40x–1.000x" writes a thousands point, read as 40x and 1.0x. The Bresser MikroCam SP 5.0
#   (O18-T18) 0.63, "one word differs: kamere vs за/камера" (camera in Albanian and in Macedonian, with
#   "for"), a conflict that lets it be proposed only; "SP 5.0" is no code.
# - Missed, a conflict: the Bresser Erudit DLX (O0-T0) 0.32 in the catalogue, 0.30 alone, "zoom
#   differs: 40/1000 vs 1/40" (the thousands point again) and "one word differs: biologjik/monokular vs
#   биолошки/монокуларен" (biological, monocular: the same two words in two languages); our product's
#   best the used Erudit (T2) 0.34, and it was proposed with the MikroCam SP 3.1 instead (below). The
#   Levenhuk Rainbow 2L Lime (O4-T4) 0.65, alone 0.63, "one word differs: femije vs детски" (children's
#   in Albanian and Macedonian), while their Azure (T5), whose colour is a word apart as well ("lime" /
#   "azure"), reads no conflict with two words apart on each side and is our Lime's best, 0.68.
# Variants matched, by wording the gate let speak (4): the Rainbow 2L Azure with our Lime (O4-T5) 0.68;
# their small dust cover with our large one (O31-T32) 0.35 ("e madhe" / "голема" large, "мала" small:
# words of two languages, read as none), its true pair then linked as another listing; our M800 Plus
# (ours only) with the Rainbow 2L PLUS Lime (O35-T6) 0.37 (the maker and "Plus"; a camera and a
# microscope); the set "Erudit DLX 40x–1.000x + MikroCam SP 5.0" with our MikroCam (O18-T33) 0.61,
# "another listing of our product". Proposed (1): the MikroCam SP 3.1 with our Erudit DLX (O0-T19) 0.32
# by wording. Kept apart: the Erudit in 600x, the used Erudit, BB.4267, BA210, 44340, M500, the slides
# with a cavity, the 24x50 cover glasses, N18 NG, WF 16x, the 12 V bulb, the 100x objective; our Biolux
# NV (ours only) matched nothing. Seen on the way: their "40–400x" (an en dash) is read as 40 and 400x,
# the range of round 26c's strict expected failure; "Rainbow 2L" is read as 2 litres on both sides.


# A defect of the first reading, mended by numbers16 (thirty-ninth session): a magnification
# grouped in thousands with a point ("40x–1.000x", as Macedonian and most of Europe print thousands)
# is read as 1.0x, where the same range written "40-1000x" is 40x and 1000x; both microscopes conflict
# with their own listings on "zoom differs: 40/1000 vs 1/40".
def test_a_magnification_with_a_thousands_point_reads_as_one_written_whole():
    # "Mikroskop biologjik Bresser Erudit DLX 40-1000x, ..." / "Биолошки микроскоп Bresser Erudit DLX
    # 40x–1.000x, ..."; "... Euromex BioBlue BB.4260, binokular, 40-1000x" / "... BB.4260, 40x–1.000x":
    # no magnification apart, while the Erudit in 40x–600x still is.
    own, other, sibling = _scored([("O0", "T0"), ("O7", "T7"), ("O0", "T1")]).reason
    assert "zoom differs" not in own and "zoom differs" not in other and "zoom differs" in sibling, (own, other)


# A defect of the first reading: the kind word written in each shop's language ("për fëmijë" /
# "детски", children's) is "one word differs", a conflict, on our Rainbow 2L Lime and its own listing,
# while the Azure, apart by that word and its colour, reads none and is matched with our Lime. A word
# the other catalogue never writes is the shop's language, not a variant.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at the thirty-ninth session's start our Lime was missed on 'one word differs: femije vs детски'")
def test_a_word_of_each_shops_language_is_not_one_word_apart(tmp_path):
    # "Mikroskop për fëmijë Levenhuk Rainbow 2L Lime, 40-400x" / "Levenhuk Rainbow 2L Lime детски
    # микроскоп, 40–400x" beside "Levenhuk Rainbow 2L Azure детски микроскоп, 40–400x": ours found, the
    # Azure not matched.
    counts, found, truth = BATCH.read_rows(tmp_path, MACEDONIAN, [4, 5])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


def _scored(pairs: list[tuple[str, str]]):
    """The batch's pairs (our sku, their key) scored as `score_pairs` scores given pairs, no prices:
    score, method, reason, matched per pair."""
    import pandas as pd

    from benchmark.matching import score_pairs

    ours, theirs, _ = dict(BATCH.catalogues())[MACEDONIAN]
    our, their = {o["sku"]: o for o in ours}, {t["key"]: t for t in theirs}
    return score_pairs(pd.DataFrame([{**our[o], "price": None} for o, _ in pairs]),
                       pd.DataFrame([{**their[t], "price": None, "currency": None} for _, t in pairs])
                       .rename(columns={"key": "competitor_product_id"}))


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_seventh_rounds_second_batch_read_through_the_commands(whole):
    # At first reading (main at 4e0ec2fa, whose matching code is the session's start e007a61a): 16 of
    # 18 true pairs found (14 matched, 2 proposed), 2 missed; 4 variants matched, 1 proposed.
    holds_its_first_reading(whole[0], matched=14, found=16, wrong_matched=4, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds27b [-v]
    BATCH.print_reading()
