"""A twenty-eighth round of catalogues set aside, its fourth batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Coin and stamp collecting supplies: coin capsules, coin albums and their pages, a coin box, coin
holders, a stamp stockbook and stock cards, stamp tongs, a magnifier, a pocket scale, a UV lamp, a
perforation gauge, a watermark detector, cotton gloves and a coin cleaner; a kind none of the
twenty-seven rounds held (stationery and calendars were held, not a collector's albums and tools);
ours: a Komárno shop in southern Slovakia selling to collectors on both sides of the Danube, 19
products in euros, titled in Hungarian (no batch's titles of ours were Hungarian before) as such
shops write them: the kind first ("Érmekapszula", "Éremalbum", "Berakó", "Bélyegcsipesz",
"Nagyító"), then maker and model, sizes and counts after commas with "db" for pieces, a diameter
after "belső átmérő", decimals with a comma ("32,5 mm", "0,01–100 g"), suffixes joined to numbers
with a hyphen ("27 mm-es", "38 mm-ig"), "Érmekapszula Leuchtturm CAPS 27, belső átmérő 27 mm, 10 db";
theirs: a Sarajevo shop, 35 listings in convertible marks, titled in Bosnian (Latin letters with č,
ć, đ, š, ž) as such shops write them: the kind first on most, "kom." for pieces, decimals with a
comma ("32,5 mm"), a range with a spaced hyphen ("0,01 - 100 g"), "Kapsule za kovanice Leuchtturm
CAPS 27, 27 mm, 10 kom.".
Hungarian: "érmekapszula" a coin capsule, "belső átmérő" inner diameter, "db" pieces, "éremalbum" a
coin album, "2 eurós érmékhez" for 2-euro coins, "kék" blue, "berakó" a stockbook, "fehér oldal"
white pages, "fekete" black, "bélyegcsipesz" stamp tongs, "hajlított hegyű" with a bent tip,
"nagyító" a magnifier, "digitális zsebmérleg" a digital pocket scale, "UV-lámpa" a UV lamp, "elemes"
battery-powered, "éremtartó doboz" a coin box, "rekesz" compartments, "-hoz / -hez / -es érmékhez"
for coins of, "öntapadós érmetartó keret" self-adhesive coin holders, "pamutkesztyű gyűjtőknek"
cotton gloves for collectors, "méret" size, "pár" a pair, "fogazatmérő" a perforation gauge,
"műanyag" plastic, "vízjelkereső" a watermark detector, "fekete tállal" with a black tray, "gyűrűs
éremalbum" a ring-bound coin album, "bordó" burgundy, "kazettával" with a slipcase, "érmetartó lapok
...-hoz" coin pages for, "-ig" up to, "érmetisztító folyadék" a coin cleaning fluid, "bélyegberakó
kártya" stamp stock cards, "sáv" strips.
Bosnian: "kapsule za kovanice" coin capsules, "kom." pieces, "album za kovanice od 2 eura" an album
for 2-euro coins, "plavi" blue, "crveni" red, "klaser za marke" a stamp stockbook, "bijelih stranica"
/ "bijele stranice" white pages, "crni" black, "zeleni" green, "pinceta za marke" stamp tongs,
"savijeni vrh" a bent tip, "ravni vrh" a straight tip, "lupa" a magnifier, "digitalna vaga" a
digital scale, "UV lampa" a UV lamp, "na baterije" battery-powered, "kutija za kovanice" a coin box,
"pregrada" compartments, "do" up to, "samoljepljivi držači za kovanice" self-adhesive coin holders,
"pamučne rukavice za kolekcionare" cotton gloves for collectors, "veličina" size, "par" a pair,
"zupčomjer" a perforation gauge, "plastični" plastic, "detektor vodenog žiga" a watermark detector,
"sa crnom posudom" with a black tray, "sa kasetom" with a slipcase, "bez kasete" without one,
"listovi za kovanice za" coin pages for, "tečnost za čišćenje (srebrnih) kovanica" a cleaning fluid
for (silver) coins, "kartice za marke" stamp stock cards, "trake" strips, "korištena" used, "bez
futrole" without its case, "komplet" a set, "odgovaraju za" fitting, "za" for, "sa" with;
"Garancija 1 godina" a year's warranty, "Besplatna dostava u Sarajevu" delivery free in Sarajevo.
The second listing is in German, as the maker's importer writes it: "Münzkapseln" coin capsules,
"Innendurchmesser" inner diameter, "10er Pack" a pack of 10.

The hard things, written as such shops write them, not to be easy or hard: capsules a diameter apart
that is their model's number (Leuchtturm CAPS 27 / 26, our CAPS 30 ours only) and a pack apart (10 /
100, both ours and theirs: two true pairs a count apart); an album a colour apart; a stockbook a code
apart that is its page count (LS4/16 / LS4/32) or a colour apart; tongs a number apart that tells a
bent tip from a straight one (Lindner 2020 / 2021); a magnifier a magnification apart (Mobilux LED
10x / 5x, our 7x ours only); a scale a range apart ("0,01–100 g" / "0,01 - 100 g" beside "0,1 - 500
g"); a UV lamp a wavelength apart (365 / 254 nm); a coin box a compartment count and a diameter apart
(NOVA 35 / 48); coin holders with no maker a diameter apart ("32,5 mm" / "39,5 mm"); gloves with no
maker a size apart; an album with and without its slipcase in words (OPTIMA bordó / crni, bez
kasete); pages "for" our OPTIMA a compartment count apart; a cleaning fluid a word and a volume apart;
capsules with no maker "for" our NOVA box; used tongs; our NUMIS album sold with capsules as a set;
"Leuchtturm" on 22 of their listings (the second listing included), "CAPS 27" on 4; one product listed
twice (the second time in German).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_CAPS27 = gtin_with_check_digit("408770834527")
GTIN_NUMIS = gtin_with_check_digit("408770830982")
GTIN_MOBILUX = gtin_with_check_digit("401167115110")

# A Komárno collectors' shop in euros, titled in Hungarian, against a Sarajevo one titled in Bosnian,
# in convertible marks.
COLLECTING: list[Row] = [
    ("Érmekapszula Leuchtturm CAPS 27, belső átmérő 27 mm, 10 db", "4.50",
     "Kapsule za kovanice Leuchtturm CAPS 27, 27 mm, 10 kom.", "8.90",
     {"ours": {"brand": "Leuchtturm", "gtin": GTIN_CAPS27},
      "theirs": {"brand": "Leuchtturm", "description": "Garancija 1 godina. Besplatna dostava u Sarajevu."}}),
    (None, None, "Kapsule za kovanice Leuchtturm CAPS 26, 26 mm, 10 kom.", "8.90",
     {"theirs": {"brand": "Leuchtturm"}}),
    ("Érmekapszula Leuchtturm CAPS 27, belső átmérő 27 mm, 100 db", "34.90",
     "Kapsule za kovanice Leuchtturm CAPS 27, 27 mm, 100 kom.", "69.00"),
    ("Érmekapszula Leuchtturm CAPS 30, belső átmérő 30 mm, 10 db", "4.50", None, None),
    ("Éremalbum Leuchtturm NUMIS 2 eurós érmékhez, kék", "24.90",
     "Album za kovanice od 2 eura Leuchtturm NUMIS, plavi", "49.00",
     {"ours": {"brand": "Leuchtturm", "gtin": GTIN_NUMIS}}),
    (None, None, "Album za kovanice od 2 eura Leuchtturm NUMIS, crveni", "49.00"),
    ("Berakó Leuchtturm LS4/16, A4, 16 fehér oldal, fekete", "14.90",
     "Klaser za marke Leuchtturm LS4/16, A4, 16 bijelih stranica, crni", "29.00"),
    (None, None, "Klaser za marke Leuchtturm LS4/32, A4, 32 bijele stranice, crni", "49.00"),
    (None, None, "Klaser za marke Leuchtturm LS4/16, A4, 16 bijelih stranica, zeleni", "29.00"),
    ("Bélyegcsipesz Lindner 2020, hajlított hegyű, 120 mm", "8.90",
     "Pinceta za marke Lindner 2020, savijeni vrh, 120 mm", "17.50",
     {"ours": {"brand": "Lindner"}}),
    (None, None, "Pinceta za marke Lindner 2021, ravni vrh, 120 mm", "17.50"),
    ("Nagyító Eschenbach Mobilux LED 10x, 35 mm", "69.00",
     "Eschenbach Mobilux LED lupa, 10x, 35 mm", "135.00",
     {"ours": {"brand": "Eschenbach", "gtin": GTIN_MOBILUX}}),
    (None, None, "Eschenbach Mobilux LED lupa, 5x, 58 mm", "125.00"),
    ("Digitális zsebmérleg Leuchtturm, 0,01–100 g", "29.90",
     "Digitalna vaga Leuchtturm, 0,01 - 100 g", "59.00"),
    (None, None, "Digitalna vaga Leuchtturm, 0,1 - 500 g", "45.00"),
    ("UV-lámpa Lindner, 365 nm, elemes", "34.90",
     "UV lampa Lindner, 365 nm, na baterije", "69.00"),
    (None, None, "UV lampa Lindner, 254 nm, na baterije", "79.00"),
    ("Éremtartó doboz Leuchtturm NOVA, 35 rekesz 27 mm-es érmékhez", "21.90",
     "Kutija za kovanice Leuchtturm NOVA, 35 pregrada za kovanice do 27 mm", "43.00"),
    (None, None, "Kutija za kovanice Leuchtturm NOVA, 48 pregrada za kovanice do 22 mm", "43.00"),
    ("Öntapadós érmetartó keret 2x2, 32,5 mm, 50 db", "6.50",
     "Samoljepljivi držači za kovanice 2x2, 32,5 mm, 50 kom.", "12.90"),
    (None, None, "Samoljepljivi držači za kovanice 2x2, 39,5 mm, 50 kom.", "12.90"),
    ("Pamutkesztyű gyűjtőknek, M méret, 1 pár", "3.90",
     "Pamučne rukavice za kolekcionare, veličina M, 1 par", "7.50"),
    (None, None, "Pamučne rukavice za kolekcionare, veličina L, 1 par", "7.50"),
    ("Fogazatmérő Leuchtturm, műanyag", "4.90",
     "Zupčomjer Leuchtturm, plastični", "9.90"),
    ("Vízjelkereső Lindner, fekete tállal", "12.90",
     "Detektor vodenog žiga Lindner, sa crnom posudom", "25.00"),
    ("Gyűrűs éremalbum Leuchtturm OPTIMA, bordó, kazettával", "39.90",
     "Leuchtturm OPTIMA album za kovanice, bordo, sa kasetom", "79.00"),
    (None, None, "Leuchtturm OPTIMA album za kovanice, crni, bez kasete", "69.00"),
    ("Érmetartó lapok Leuchtturm OPTIMA-hoz, 20 rekesz 38 mm-ig, 2 db", "12.90",
     "Listovi za kovanice za Leuchtturm OPTIMA, 20 pregrada do 38 mm, 2 kom.", "25.00"),
    (None, None, "Listovi za kovanice za Leuchtturm OPTIMA, 48 pregrada do 18 mm, 2 kom.", "25.00"),
    ("Érmetisztító folyadék Leuchtturm, 250 ml", "12.90",
     "Tečnost za čišćenje kovanica Leuchtturm, 250 ml", "25.00"),
    (None, None, "Tečnost za čišćenje srebrnih kovanica Leuchtturm, 375 ml", "29.00"),
    ("Bélyegberakó kártya A5, 3 sáv, 100 db", "9.90",
     "Kartice za marke A5, 3 trake, 100 kom.", "19.00"),
    (None, None, "Lindner 2020 pinceta, korištena, bez futrole", "8.00"),
    (None, None, "Leuchtturm NUMIS album za 2 eura + CAPS 27, 10 kom., komplet", "59.00"),
    (None, None, "Kapsule za kovanice 27 mm, odgovaraju za Leuchtturm NOVA kutiju, 10 kom.", "6.00"),
    ("Nagyító Eschenbach Mobilux LED 7x, 50 mm", "69.00", None, None),
]

KINDS: dict[str, list[Row]] = {"coin and stamp collecting supplies, a Sarajevo shop in Bosnian in marks": COLLECTING}
(BOSNIAN,) = KINDS
CURRENCIES = {BOSNIAN: "BAM"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    BOSNIAN: [(0, "Münzkapseln Leuchtturm CAPS 27, Innendurchmesser 27 mm, 10er Pack", "9.20")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[BOSNIAN]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # Our capsules in 10 and in 100 are two products, each with its own listing.
    assert {("O0", "T0"), ("O2", "T2")} <= truth
    # The capsules with no maker "for" our NOVA box and the album sold with capsules are pairs of
    # nothing; the pages "for" our OPTIMA are a true pair of ours, not of the album.
    assert "NOVA" in next(t for t in theirs if t["key"] == "T34")["name"] and not any(t == "T34" for _, t in truth)
    assert "NUMIS" in next(t for t in theirs if t["key"] == "T33")["name"] and not any(t == "T33" for _, t in truth)
    assert ("O27", "T27") in truth
    # "Leuchtturm" on 22 of their listings, the second one included; "CAPS 27" on 4.
    assert sum("Leuchtturm" in t["name"] for t in theirs) == 22
    assert sum("CAPS 27" in t["name"] for t in theirs) == 4
    # Our CAPS 30 and Mobilux LED 7x are ours only.
    assert not any(o in ("O3", "O35") for o, _ in truth)
    # The second listing is in German.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Münzkapseln" in second["name"] and ("O0", "T0b") in truth


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
# Failed at first reading: 14 of 18 found (1 matched, 13 proposed), 4 missed; 1 variant matched,
# none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 4 of the 18 true pairs were missed and a variant matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(whole):
    total, _ = whole
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides ("CAPS 27", "NUMIS", "LS4/16",
# "Mobilux LED", "NOVA", "OPTIMA"); the kind words are Hungarian against Bosnian, in the same letters;
# three products have no maker; "Leuchtturm" is on most of their listings.
# Passed at first reading: 14 of 17 found (1 matched, 13 proposed; 0.82), 3 missed; 1 other listing
# matched (read without the second listing, as the test reads).
def test_a_bosnian_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Kapsule za kovanice Leuchtturm CAPS 27, 27 mm, 10 kom." / "Érmekapszula Leuchtturm CAPS 27,
    # belső átmérő 27 mm, 10 db": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, BOSNIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a diameter that is the model's number (CAPS 27 / 26), a colour (NUMIS blue / red,
# LS4/16 black / green), a page count in a code (LS4/16 / LS4/32), a number that tells the tip (2020 /
# 2021), a magnification (10x / 5x), a range (100 / 500 g), a wavelength (365 / 254 nm), a count of
# compartments (35 / 48, 20 / 48), a diameter with no maker (32,5 / 39,5 mm), a size (gloves M / L), a
# slipcase or a word and a volume (cleaning fluid) is the only difference.
SIBLINGS = [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 25, 26, 27, 28,
            29, 30, 35]


@pytest.fixture(scope="module")
def siblings(tmp_path_factory):
    """The siblings' rows read once (no second listing): counts, found, truth."""
    return BATCH.read_rows(tmp_path_factory.mktemp("siblings"), BOSNIAN, SIBLINGS)


# Failed at first reading: 1 sibling matched, none proposed (of the rows' 13 true pairs 1 matched,
# 11 proposed, 1 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was matched")
def test_a_sibling_a_diameter_a_colour_a_count_a_tip_a_magnification_a_range_or_a_wavelength_apart_tells_two_listings_apart(siblings):
    # CAPS 26 beside our CAPS 27 (and our CAPS 30, ours only); the red NUMIS beside our blue; LS4/32
    # and the green LS4/16 beside our black LS4/16; the straight 2021 beside our bent 2020; the 5x
    # Mobilux beside our 10x (and our 7x, ours only); the 500 g scale beside our 100 g; the 254 nm lamp
    # beside our 365 nm; NOVA for 48 beside ours for 35; holders of 39,5 mm beside ours of 32,5 mm;
    # gloves in L beside ours in M; the black OPTIMA without a slipcase beside our burgundy one with
    # it; pages of 48 beside ours of 20; the fluid for silver coins beside ours: nothing matched to a
    # product it is not.
    counts, found, _ = siblings
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was matched")
def test_a_sibling_a_diameter_a_colour_a_count_a_tip_a_magnification_a_range_or_a_wavelength_apart_is_not_even_proposed(siblings):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = siblings
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: capsules with no maker name our NOVA box after "odgovaraju za" (fitting), the pages our
# OPTIMA album after "za" (for); accessories naming our maker or model were matched as ours in the
# twenty-third to twenty-seventh rounds.
# Failed at first reading: 2 of the rows' 3 true pairs proposed, 1 missed; nothing else matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the three true pairs was missed")
def test_our_box_our_album_and_what_fits_them_do_not_cross(tmp_path):
    # Our NOVA box, OPTIMA album and the pages for it against theirs, beside the capsules with no
    # maker for the NOVA: each of ours found with its own listing, and the capsules matched or put
    # to a person with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, BOSNIAN, [17, 25, 27, 34])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "korištena, bez futrole" and "+ CAPS 27, 10 kom., komplet" are words no condition or
# bundle rule before read; the twenty-seventh round's used mask and starter set were matched.
# Passed at first reading: none matched or proposed (of the rows' 3 true pairs 2 proposed, 1
# missed).
def test_used_tongs_and_an_album_sold_with_capsules_are_not_matched_as_ours(tmp_path):
    # The used Lindner 2020 beside our tongs' own listing; the NUMIS album with CAPS 27 beside our
    # album's and our capsules': none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, BOSNIAN, [0, 4, 9, 32, 33])
    assert not counts["wrong matched"], found


# Uncertain: one code on two true pairs a pack apart ("10 db" / "10 kom." and "100 db" / "100 kom."),
# and a diameter that is the model's number; the eleventh round's packs and the twenty-seventh's
# family pack were read otherwise.
# Failed at first reading: 1 of the rows' 2 true pairs proposed, 1 missed; CAPS 26 matched or
# proposed with nothing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed")
def test_capsules_a_pack_and_a_diameter_apart_find_their_own_listing(tmp_path):
    # "Érmekapszula Leuchtturm CAPS 27, belső átmérő 27 mm, 10 db" / "..., 10 kom." and the same in
    # 100 / "100 kom.", beside CAPS 26 in 10: both of ours found each with its own listing, CAPS 26
    # matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, BOSNIAN, [0, 1, 2])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: with no maker, coin holders and gloves are told apart by a diameter with a decimal
# comma ("32,5 mm" / "39,5 mm") and a size letter; the scale by its range, ours with an en dash and
# no spaces, theirs with a spaced hyphen, beside a range a decimal apart ("0,1 - 500 g").
# Failed at first reading: 1 of the rows' 3 true pairs proposed, 2 missed; no sibling matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two of the three true pairs were missed")
def test_holders_gloves_and_a_scale_find_their_listing_not_its_sibling(tmp_path):
    # "Öntapadós érmetartó keret 2x2, 32,5 mm, 50 db" / "Samoljepljivi držači za kovanice 2x2, 32,5
    # mm, 50 kom." beside 39,5 mm; the gloves in M beside L; "Digitális zsebmérleg Leuchtturm,
    # 0,01–100 g" / "Digitalna vaga Leuchtturm, 0,01 - 100 g" beside "0,1 - 500 g": all three of ours
    # found, no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, BOSNIAN, [13, 14, 19, 20, 21, 22])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "CAPS 27" is on 4 of their listings.
# Failed at first reading: the first listing found, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(whole):
    # "Münzkapseln Leuchtturm CAPS 27, Innendurchmesser 27 mm, 10er Pack" beside "Kapsule za kovanice
    # Leuchtturm CAPS 27, 27 mm, 10 kom.": both listings ours, matched or put to a person.
    total, missed = whole
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_eighth_rounds_fourth_batch_read_through_the_commands(whole):
    # At first reading (main at 5ee5011e, whose matching code is the session's start c2c5e81f, folded
    # by 962a49e2 with no behaviour changed): 14 of 18 true pairs found (1 matched, 13 proposed), 4
    # missed; 1 variant matched, none proposed.
    holds_its_first_reading(whole[0], matched=1, found=14, wrong_matched=1, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds28d [-v]
    BATCH.print_reading()
