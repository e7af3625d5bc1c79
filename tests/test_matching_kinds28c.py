"""A twenty-eighth round of catalogues set aside, its third batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Basketball and volleyball: basketballs and volleyballs indoor and beach, a volleyball net and its
antennas, a hoop's net, a portable hoop, a ball pump and its needles, knee pads, a whistle, a ball
bag, basketball shoes and a coach's board; a kind none of the twenty-seven rounds held (ball sports
were held as football, rugby, field hockey, cricket and tennis, not basketball or volleyball); ours: a
Podgorica shop selling to clubs and schools, 19 products in euros, titled in Montenegrin (no batch's
titles of ours were Montenegrin before) as such shops write them: the kind first ("Košarkaška
lopta", "Odbojkaška lopta", "Mreža za odbojku", "Patike za košarku"), then maker and model, the size
as "vel. 7" or a shoe's as "br. 44", decimals with a comma ("9,5 x 1 m"), "Košarkaška lopta Molten
BG4500, vel. 7, koža"; theirs: a Kigali shop, 35 listings in Rwandan francs, titled in Kinyarwanda
as such shops write them: the kind first on most ("Umupira wa basketball", "Urushundura rwa
volleyball", "Inkweto za basketball"), a ball's size as "ingano ya 7" or "ingano 7", decimals with a
point ("9.5 x 1 m"), sizes run together on one ("45x30 cm"), "Umupira wa basketball Molten BG4500,
ingano ya 7".
Montenegrin: "košarkaška lopta" a basketball, "odbojkaška lopta" a volleyball, "lopta za odbojku na
pijesku" a beach volleyball, "vel." size, "koža" leather, "ženska" women's, "mreža za odbojku" a
volleyball net, "sa sajlom" with a steel cable, "mreža za koš" a hoop's net, "bijela" white, "kukica"
hooks, "pumpa za lopte" a ball pump, "sa iglom" with a needle, "štitnici za koljena" knee pads,
"crni" / "crne" black, "zviždaljka" a whistle, "torba za lopte" a ball bag, "za 6 lopti" for 6 balls,
"patike za košarku" basketball shoes, "br." a shoe's number, "prenosivi koš" a portable hoop, "tabla"
a backboard, "magnetna taktička tabla" a magnetic coach's board, "antene za odbojkašku mrežu"
antennas for a volleyball net, "kom." pieces, "igle za pumpu" needles for a pump, "za" for.
Kinyarwanda: "umupira" a ball, "imipira" balls, "wa basketball" / "wa volleyball" of basketball / of
volleyball, "ingano" size, "wakoreshejwe" used, "w'abagore" women's, "yo ku musenyi" for the sand,
"urushundura" a net, "n'umugozi w'icyuma" with a steel cable, "nta mugozi w'icyuma" without one,
"impeta" a hoop, "umweru" white, "umutuku" red, "ubururu" blue, "umukara" black, "udukoni" little
hooks, "pompe" a pump, "ifite urushinge" with a needle, "inshinge" needles, "uburinzi bw'amavi" knee
pads, "ifirimbi" a whistle, "igikapu cy'imipira" a ball bag, "inkweto" shoes, "yimukanwa" portable,
"ikibaho" a board or backboard, "gisimbura" a replacement, "ikibaho cy'amayeri ... gifata rukuruzi" a
magnetic coach's board, "antene" antennas, "ibice" pieces, "inkingi" posts, "zihuye na" fitting,
"ipaki y'ikipe" a team pack, "na" and / with; "Garanti y'amezi 6" a six months' warranty, "Kugeza
muri Kigali ku buntu" delivery free in Kigali. The second listing is in French, as Kigali shops list
too: "Ballon de volley" a volleyball, "taille 5" size 5, "homologué FIVB" approved by the FIVB.

The hard things, written as such shops write them, not to be easy or hard: balls a size apart
(Molten BG4500 in 7 / 6, Wilson Evolution women's in 6 / in 7), a code a digit apart (Mikasa V200W /
V300W, Molten V5M5000 / V5M4000, Spalding TF-1000 / TF-500), our BG5000 and V200W-CEV ours only (a
suffix apart from our V200W); a net with and without its steel cable in words, a hoop's net a colour
apart, knee pads a letter apart (M / L), a whistle a name apart (Classic / Sonik Blast CMG), a ball
bag a count apart (6 / 12), shoes a number apart ("br. 44" / "45"), a portable hoop a backboard
apart in inches (54" / 60"), a coach's board a sport apart with no maker, "45 x 30 cm" against
"45x30 cm"; antennas and needles with no maker, "1,8 m" against "1.8 m"; a replacement backboard for
our hoop, posts with no maker fitting our net's maker; a used BG4500 and a team pack with one;
"BG4500" on 4 of their listings, "Molten" on 9; one product listed twice (the second time in
French).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_BG4500 = gtin_with_check_digit("492303447450")
GTIN_V200W = gtin_with_check_digit("490604702001")

# A Podgorica shop in euros, titled in Montenegrin, against a Kigali one titled in Kinyarwanda, in
# Rwandan francs.
BALLS: list[Row] = [
    ("Košarkaška lopta Molten BG4500, vel. 7, koža", "69.00",
     "Umupira wa basketball Molten BG4500, ingano ya 7", "105000",
     {"ours": {"brand": "Molten", "gtin": GTIN_BG4500},
      "theirs": {"brand": "Molten", "description": "Garanti y'amezi 6. Kugeza muri Kigali ku buntu."}}),
    (None, None, "Umupira wa basketball Molten BG4500, ingano ya 6", "99000",
     {"theirs": {"brand": "Molten"}}),
    (None, None, "Umupira wa basketball Molten BG4500, ingano ya 7, wakoreshejwe", "45000"),
    ("Košarkaška lopta Molten BG5000, vel. 7, FIBA", "119.00", None, None),
    ("Košarkaška lopta Spalding TF-1000 Legacy, vel. 7", "59.00",
     "Spalding TF-1000 Legacy umupira wa basketball, ingano 7", "89000",
     {"ours": {"brand": "Spalding"}}),
    (None, None, "Spalding TF-500 umupira wa basketball, ingano 7", "49000"),
    ("Košarkaška lopta Wilson Evolution, vel. 6, ženska", "79.00",
     "Wilson Evolution umupira wa basketball w'abagore, ingano 6", "115000"),
    (None, None, "Wilson Evolution umupira wa basketball, ingano 7", "119000"),
    ("Odbojkaška lopta Mikasa V200W, vel. 5, FIVB", "79.00",
     "Mikasa V200W umupira wa volleyball, ingano 5", "119000",
     {"ours": {"brand": "Mikasa", "gtin": GTIN_V200W}}),
    (None, None, "Mikasa V300W umupira wa volleyball, ingano 5", "79000"),
    ("Odbojkaška lopta Molten V5M5000, vel. 5", "69.00",
     "Molten V5M5000 umupira wa volleyball, ingano ya 5", "99000"),
    (None, None, "Molten V5M4000 umupira wa volleyball, ingano ya 5", "65000"),
    ("Lopta za odbojku na pijesku Mikasa VLS300, vel. 5", "59.00",
     "Mikasa VLS300 umupira wa volleyball yo ku musenyi", "85000"),
    ("Mreža za odbojku Gala, 9,5 x 1 m, sa sajlom", "89.00",
     "Urushundura rwa volleyball Gala, 9.5 x 1 m, n'umugozi w'icyuma", "129000",
     {"ours": {"brand": "Gala"}}),
    (None, None, "Urushundura rwa volleyball Gala, 9.5 x 1 m, nta mugozi w'icyuma", "85000"),
    ("Mreža za koš, bijela, 12 kukica", "9.90",
     "Urushundura rw'impeta ya basketball, umweru, udukoni 12", "14000"),
    (None, None, "Urushundura rw'impeta ya basketball, umutuku/umweru/ubururu, udukoni 12", "16000"),
    ("Pumpa za lopte Molten, sa iglom", "14.90",
     "Pompe y'imipira Molten, ifite urushinge", "21000"),
    ("Štitnici za koljena Mizuno Team Kneepad, vel. M, crni", "24.90",
     "Mizuno Team Kneepad uburinzi bw'amavi, ingano M, umukara", "36000"),
    (None, None, "Mizuno Team Kneepad uburinzi bw'amavi, ingano L, umukara", "36000"),
    ("Zviždaljka Fox 40 Classic, crna", "7.90",
     "Ifirimbi Fox 40 Classic, umukara", "11000"),
    (None, None, "Ifirimbi Fox 40 Sonik Blast CMG, umukara", "16000"),
    ("Torba za lopte Molten, za 6 lopti", "39.00",
     "Igikapu cy'imipira Molten, imipira 6", "55000"),
    (None, None, "Igikapu cy'imipira Molten, imipira 12", "79000"),
    ("Patike za košarku Adidas Dame 8, br. 44, crne", "119.00",
     "Inkweto za basketball Adidas Dame 8, 44, umukara", "169000",
     {"ours": {"brand": "Adidas"}}),
    (None, None, "Inkweto za basketball Adidas Dame 8, 45, umukara", "169000"),
    ("Prenosivi koš Spalding NBA Platinum TF, tabla 54\"", "899.00",
     "Impeta ya basketball yimukanwa Spalding NBA Platinum TF, ikibaho cya 54\"", "1290000"),
    (None, None, "Impeta ya basketball yimukanwa Spalding NBA Platinum TF, ikibaho cya 60\"", "1490000"),
    ("Magnetna taktička tabla za košarku, 45 x 30 cm", "19.90",
     "Ikibaho cy'amayeri ya basketball gifata rukuruzi, 45x30 cm", "29000"),
    (None, None, "Ikibaho cy'amayeri ya volleyball gifata rukuruzi, 45x30 cm", "29000"),
    ("Antene za odbojkašku mrežu, 1,8 m, 2 kom.", "29.00",
     "Antene z'urushundura rwa volleyball, 1.8 m, ibice 2", "42000"),
    ("Igle za pumpu, 10 kom.", "4.90",
     "Inshinge za pompe, ibice 10", "7000"),
    (None, None, "Spalding NBA Platinum TF ikibaho gisimbura, 54\"", "690000"),
    (None, None, "Molten BG4500 na pompe na igikapu, ipaki y'ikipe", "169000"),
    (None, None, "Inkingi za volleyball zimukanwa, zihuye na Gala 9.5 m", "450000"),
    ("Odbojkaška lopta Mikasa V200W-CEV, vel. 5", "79.00", None, None),
]

KINDS: dict[str, list[Row]] = {"basketball and volleyball, a Kigali shop in Kinyarwanda in francs": BALLS}
(KINYARWANDA,) = KINDS
CURRENCIES = {KINYARWANDA: "RWF"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    KINYARWANDA: [(8, "Ballon de volley Mikasa V200W, taille 5, homologué FIVB", "121000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[KINYARWANDA]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The replacement backboard for our hoop and the posts fitting our net's maker are pairs of
    # nothing; the antennas and needles with no maker are true pairs of ours.
    assert "Platinum TF" in next(t for t in theirs if t["key"] == "T32")["name"] and not any(t == "T32" for _, t in truth)
    assert "Gala" in next(t for t in theirs if t["key"] == "T34")["name"] and not any(t == "T34" for _, t in truth)
    assert {("O30", "T30"), ("O31", "T31")} <= truth
    # "BG4500" on 4 of their listings; "Molten" on 9.
    assert sum("BG4500" in t["name"] for t in theirs) == 4
    assert sum("Molten" in t["name"] for t in theirs) == 9
    # Our BG5000 and V200W-CEV are ours only.
    assert not any(o in ("O3", "O35") for o, _ in truth)
    # The second listing is in French.
    second = next(t for t in theirs if t["key"] == "T8b")
    assert "Ballon" in second["name"] and ("O8", "T8b") in truth


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
# Failed at first reading: 11 of 18 found (5 matched, 6 proposed), 7 missed; 1 variant matched, 1
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 7 of the 18 true pairs were missed and a variant matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(whole):
    total, _ = whole
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides ("BG4500", "V200W", "TF-1000
# Legacy", "Team Kneepad", "Dame 8"); the kind words are Montenegrin against Kinyarwanda, in the same
# letters; four products have no maker; a ball's size is "vel. 7" against "ingano ya 7".
# Failed at first reading: 11 of 17 found (5 matched, 6 proposed; 0.65), 6 missed; 1 other listing
# proposed (read without the second listing, as the test reads).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 11 of 17 found (0.65)")
def test_a_kinyarwanda_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Umupira wa basketball Molten BG4500, ingano ya 7" / "Košarkaška lopta Molten BG4500, vel. 7,
    # koža": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, KINYARWANDA)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a ball's size (BG4500 7 / 6, Evolution 6 / 7), a digit (V200W / V300W, V5M5000 / V5M4000),
# a number (TF-1000 / TF-500), a steel cable in words, a colour, a letter (knee pads M / L), a name
# (Classic / Sonik Blast CMG), a count (6 / 12 balls), a shoe's number (44 / 45), a backboard (54" /
# 60") or a sport (basketball / volleyball board) is the only difference.
SIBLINGS = [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
            29, 35]


@pytest.fixture(scope="module")
def siblings(tmp_path_factory):
    """The siblings' rows read once (no second listing): counts, found, truth."""
    return BATCH.read_rows(tmp_path_factory.mktemp("siblings"), KINYARWANDA, SIBLINGS)


# Passed at first reading: no sibling matched, 1 proposed (of the rows' 13 true pairs 4 matched, 5
# proposed, 4 missed).
def test_a_sibling_a_size_a_digit_a_cable_a_colour_a_letter_a_name_a_count_or_a_sport_apart_tells_two_listings_apart(siblings):
    # BG4500 in 6 beside ours in 7 (and our BG5000, ours only); TF-500 beside our TF-1000; the
    # Evolution in 7 beside our women's in 6; V300W beside our V200W (and our V200W-CEV, ours only);
    # V5M4000 beside our V5M5000; the net without a steel cable beside ours with one; the red, white
    # and blue hoop net beside our white; knee pads in L beside ours in M; the Sonik Blast beside our
    # Classic; the bag for 12 beside ours for 6; shoes in 45 beside ours in 44; the 60" hoop beside
    # our 54"; the volleyball board beside our basketball one: nothing matched to a product it is not.
    counts, found, _ = siblings
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: no sibling matched, 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was proposed")
def test_a_sibling_a_size_a_digit_a_cable_a_colour_a_letter_a_name_a_count_or_a_sport_apart_is_not_even_proposed(siblings):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = siblings
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the replacement backboard names our hoop's maker and model ("Spalding NBA Platinum TF"),
# the posts our net's maker after "zihuye na" (fitting); accessories naming our maker or code were
# matched as ours in the twenty-third to twenty-seventh rounds.
# Failed at first reading: both true pairs missed; 1 other listing proposed with a product of ours.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both true pairs were missed and another listing proposed")
def test_our_hoop_our_net_and_the_parts_that_fit_them_do_not_cross(tmp_path):
    # Our Spalding hoop and Gala net against theirs, beside the replacement backboard and the posts:
    # each of ours found with its own listing, and neither the backboard nor the posts matched or put
    # to a person with a product of ours.
    counts, found, truth = BATCH.read_rows(tmp_path, KINYARWANDA, [13, 26, 32, 34])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "wakoreshejwe" (used) and "na pompe na igikapu, ipaki y'ikipe" (with a pump and a bag, a
# team pack) are words no condition or bundle rule before read; the twenty-seventh round's used
# repeller was matched, its family pack proposed.
# Failed at first reading: both listings matched with our product (the rows' true pair matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both listings were matched with our product")
def test_a_used_ball_and_a_team_pack_are_not_matched_as_ours(tmp_path):
    # The used BG4500 and the team pack with one beside our BG4500's own listing: neither matched
    # with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, KINYARWANDA, [0, 2, 33])
    assert not counts["wrong matched"], found


# Uncertain: a ball's size written "vel. 7" / "ingano ya 7" beside a "6", and a shoe's "br. 44" / "44"
# beside a "45"; the twenty-sixth round's shoe sizes in words ("talla 38" / "UK 5") conflicted.
# Passed at first reading: both found (1 matched, 1 proposed), no sibling matched; 1 sibling
# proposed.
def test_a_ball_and_shoes_a_size_apart_find_their_listing_not_its_sibling(tmp_path):
    # "Košarkaška lopta Molten BG4500, vel. 7, koža" / "Umupira wa basketball Molten BG4500, ingano ya
    # 7" beside "... ingano ya 6"; "Patike za košarku Adidas Dame 8, br. 44, crne" / "Inkweto za
    # basketball Adidas Dame 8, 44, umukara" beside "..., 45, ...": both of ours found, no sibling
    # matched.
    counts, found, truth = BATCH.read_rows(tmp_path, KINYARWANDA, [0, 1, 24, 25])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: with no maker, a board, antennas and needles are told by their sizes and counts ("45 x
# 30 cm" / "45x30 cm", "1,8 m" / "1.8 m", "10 kom." / "ibice 10") and their sport in words.
# Failed at first reading: 1 of the rows' 3 true pairs proposed, 2 missed; nothing else matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two of the three true pairs were missed")
def test_a_board_antennas_and_needles_with_no_maker_find_their_listing_not_its_sibling(tmp_path):
    # The basketball board beside the volleyball one; the antennas; the needles: all three of ours
    # found, the volleyball board matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, KINYARWANDA, [28, 29, 30, 31])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; this
# one is in French.
# Failed at first reading: the second listing found, the first missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the first listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(whole):
    # "Ballon de volley Mikasa V200W, taille 5, homologué FIVB" beside "Mikasa V200W umupira wa
    # volleyball, ingano 5": both listings ours, matched or put to a person.
    total, missed = whole
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_eighth_rounds_third_batch_read_through_the_commands(whole):
    # At first reading (main at 5ee5011e, whose matching code is the session's start c2c5e81f, folded
    # by 962a49e2 with no behaviour changed): 11 of 18 true pairs found (5 matched, 6 proposed), 7
    # missed; 1 variant matched, 1 proposed.
    holds_its_first_reading(whole[0], matched=5, found=11, wrong_matched=1, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds28c [-v]
    BATCH.print_reading()
