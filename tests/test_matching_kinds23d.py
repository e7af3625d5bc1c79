"""A twenty-third round of catalogues set aside, its fourth batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Craft cutting machines: the cutting plotters of three makers, their mats and blades, vinyl and
heat-transfer vinyl, a heat press, weeding tools and transfer tape, a kind none of the twenty-two
rounds held (the craft rounds held yarn and sewing, sewing machines and haberdashery, art supplies,
models and 3D printing; ours: a Dutch hobby shop, 19 products in euros, titled in Dutch as such
shops write them: the kind first or after the maker ("Snijplotter", "snijmat", "vinylfolie"), then
maker and model, the size, colour and count after commas, decimals with a comma ("30,5 x 30,5 cm"),
"Snijplotter Cricut Maker 3, blauw"; theirs: a Praia shop, 35 listings in escudos, titled in Cape
Verdean Creole (Kriolu, Latin letters, spelt as the shop spells it) around the maker and model: the
kind first ("Mákina di korta", "Tapeti di korti", "Lámina", "Vinil"), then maker and model, colour and
size after, mats in inches and centimetres, "Mákina di korta Cricut Maker 3 azul").
"Mákina di korta" is a cutting machine ("snijplotter"), "tapeti di korti" a cutting mat
("snijmat"), "lámina" a blade ("mes"), "ku suporti" with its housing ("met behuizing"), "vinil" vinyl
("vinylfolie"), "vinil têxtil" heat-transfer vinyl ("flexfolie"), "brilhanti" glossy ("glanzend"),
"prensa di kalor" a heat press ("transferpers"), "kit di ferramenta pa tira vinil" a weeding tool
set, "fita di transferénsia" transfer tape ("transferfolie"), "transparenti" clear, "ku skaner" with
a scanner ("met scanner"), "ku poku kola" with little glue (low tack), "pakoti di" a pack of ("3
stuks"), "pesa" pieces ("-delig"), "azul" blue ("blauw"), "branku" white ("wit"), "pretu" black
("zwart"), "permanenti" permanent; "pa" for (an accessory that fits), "kompatível" compatible, "ku"
with; "jerason" a generation, "di mostra" a display piece, "sen kaxa" without its box, "pakoti
promo" a promotion pack, "kit di vinil" a vinyl kit; "Kódigu" the code.

The hard things, written as such shops write them, not to be easy or hard: one maker's machines a
generation apart (Cricut Maker 3 / the first Maker, written "Maker (1ª jerason)"), a name apart
(Explore 3 / Explore Air 2; Joy / Joy Xtra) and a display Maker 3 without its box and a Maker 3 in a
promotion pack; another maker's machines a digit apart (Silhouette Cameo 5 / 4, Portrait 4 / 3;
Cameo 5 Plus ours only) and Brother's a model apart (ScanNCut SDX1200 / SDX2200D); mats a grip
apart (StandardGrip / LightGrip) and a size apart (30,5 x 30,5 / 30,5 x 61 cm), ours in centimetres
and theirs in inches and centimetres; blades a point apart (Fine-Point / Deep-Point) and another
maker's compatible blades naming our Maker 3 and Explore 3 after "pa"; two of Silhouette's
accessories both "for" the Cameo 5 (a mat and a blade, each a true pair of ours); vinyl a colour
apart (black 070 / white 010; heat-transfer white / black); a heat press a size apart (EasyPress 3
/ Mini); transfer tape a length apart, with no maker; Brother's mats whose codes (CAMATSTD12 /
CAMATLOW12) are in our title and, after "Kódigu", in their descriptions only; "Cricut" on 19 of
their listings (the second listing included) and "Maker 3" on 5; one product listed twice (the
second time in English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_MAKER_3 = gtin_with_check_digit("093573200833")
GTIN_CAMEO_5 = gtin_with_check_digit("081479203051")
GTIN_STANDARDGRIP_3 = gtin_with_check_digit("093573359012")

# A Dutch hobby shop in euros against a Cape Verdean one, in escudos.
CUTTING: list[Row] = [
    ("Snijplotter Cricut Maker 3, blauw", "429.00", "Mákina di korta Cricut Maker 3 azul", "47500",
     {"ours": {"brand": "Cricut", "gtin": GTIN_MAKER_3, "mpn": "2008339"}, "theirs": {"brand": "Cricut"}}),
    (None, None, "Mákina di korta Cricut Maker (1ª jerason) azul", "29500"),
    (None, None, "Mákina di korta Cricut Maker 3 - di mostra, sen kaxa", "39000"),
    (None, None, "Mákina di korta Cricut Maker 3 + kit di vinil (pakoti promo)", "54000"),
    ("Snijplotter Cricut Explore 3, blauw", "299.00", "Mákina di korta Cricut Explore 3 azul", "33500"),
    (None, None, "Mákina di korta Cricut Explore Air 2 mint", "24500"),
    ("Snijplotter Cricut Joy, wit", "169.00", "Mákina di korta Cricut Joy branku", "18900"),
    (None, None, "Mákina di korta Cricut Joy Xtra branku", "26500"),
    ("Snijplotter Silhouette Cameo 5, wit", "349.00", "Mákina di korta Silhouette Cameo 5 branku", "39500",
     {"ours": {"brand": "Silhouette", "gtin": GTIN_CAMEO_5}}),
    (None, None, "Mákina di korta Silhouette Cameo 4 branku", "29500"),
    ("Snijplotter Silhouette Cameo 5 Plus, 38 cm, wit", "449.00", None, None),
    ("Snijplotter Silhouette Portrait 4, wit", "229.00", "Mákina di korta Silhouette Portrait 4 branku", "26500"),
    (None, None, "Mákina di korta Silhouette Portrait 3 branku", "19500"),
    ("Snijplotter Brother ScanNCut SDX1200 met scanner", "599.00",
     "Mákina di korta Brother ScanNCut SDX1200 ku skaner", "65000"),
    (None, None, "Mákina di korta Brother ScanNCut SDX2200D ku skaner", "115000"),
    ("Cricut StandardGrip snijmat 30,5 x 30,5 cm, 3 stuks", "24.99",
     "Tapeti di korti Cricut StandardGrip 12\"x12\" (30,5x30,5 cm), pakoti di 3", "2750",
     {"ours": {"brand": "Cricut", "gtin": GTIN_STANDARDGRIP_3}}),
    (None, None, "Tapeti di korti Cricut LightGrip 12\"x12\" (30,5x30,5 cm), pakoti di 3", "2750"),
    (None, None, "Tapeti di korti Cricut StandardGrip 12\"x24\" (30,5x61 cm), pakoti di 2", "3200"),
    ("Cricut Premium Fine-Point mes met behuizing", "24.99", "Lámina Cricut Premium Fine-Point ku suporti", "2750"),
    (None, None, "Lámina Cricut Deep-Point ku suporti", "3300"),
    (None, None, "Lámina kompatível pa Cricut Maker 3 / Explore 3, pakoti di 5", "1200"),
    ("Oracal 651 vinylfolie 31,5 cm x 5 m, zwart glanzend (070)", "12.95",
     "Vinil Oracal 651 pretu brilhanti 31,5cm x 5m (070)", "1450"),
    (None, None, "Vinil Oracal 651 branku brilhanti 31,5cm x 5m (010)", "1450"),
    ("Siser EasyWeed flexfolie 30,5 cm x 1 m, wit", "9.95", "Vinil têxtil Siser EasyWeed branku 30,5cm x 1m", "1150"),
    (None, None, "Vinil têxtil Siser EasyWeed pretu 30,5cm x 1m", "1150"),
    ("Cricut EasyPress 3 transferpers 23 x 25 cm", "199.00", "Prensa di kalor Cricut EasyPress 3 23x25 cm", "22500"),
    (None, None, "Prensa di kalor Cricut EasyPress Mini", "8900"),
    ("Cricut Weeding Tool Set, 5-delig", "19.99", "Kit di ferramenta pa tira vinil Cricut Weeding, 5 pesa", "2300"),
    ("Silhouette snijmat voor Cameo 5, 30,5 x 30,5 cm", "17.99", "Tapeti di korti Silhouette pa Cameo 5 30,5x30,5 cm", "2000"),
    ("Silhouette AutoBlade-mes voor Cameo 5", "29.99", "Lámina AutoBlade Silhouette pa Cameo 5", "3400"),
    ("Transferfolie 30,5 cm x 3 m, transparant", "6.99", "Fita di transferénsia 30,5cm x 3m transparenti", "790"),
    (None, None, "Fita di transferénsia 30,5cm x 10m transparenti", "2200"),
    ("Brother ScanNCut standaard snijmat CAMATSTD12, 30 x 30 cm", "19.99",
     "Tapeti di korti standard pa Brother ScanNCut 30x30 cm", "2300",
     {"ours": {"brand": "Brother", "mpn": "CAMATSTD12"}, "theirs": {"description": "Kódigu: CAMATSTD12"}}),
    (None, None, "Tapeti di korti ku poku kola pa Brother ScanNCut 30x30 cm", "2300",
     {"theirs": {"description": "Kódigu: CAMATLOW12"}}),
    ("Cricut Joy Smart Vinyl permanent 13,9 x 121,9 cm, zwart", "9.99",
     "Vinil Cricut Joy Smart Vinyl permanenti 13,9x121,9 cm pretu", "1200"),
    ("Snijplotter Cricut Venture, 61 cm", "1299.00", None, None),
]

KINDS: dict[str, list[Row]] = {"craft cutting machines, a Cape Verdean shop in escudos": CUTTING}
(CAPE_VERDEAN,) = KINDS
CURRENCIES = {CAPE_VERDEAN: "CVE"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    CAPE_VERDEAN: [(0, "Cricut Maker 3 Smart Cutting Machine, Blue", "48900")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[CAPE_VERDEAN]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # Three machines of ours from one maker, all in both shops; our Venture only in ours.
    assert {("O0", "T0"), ("O4", "T4"), ("O6", "T6")} <= truth and not any(o == "O35" for o, _ in truth)
    # The compatible blades name our machines and are a pair of nothing.
    assert "Maker 3" in next(t for t in theirs if t["key"] == "T20")["name"] and not any(t == "T20" for _, t in truth)
    # The mat and the blade for the Cameo 5 are each a true pair of ours; our Cameo 5 Plus is ours only.
    assert {("O8", "T8"), ("O28", "T28"), ("O29", "T29")} <= truth and not any(o == "O10" for o, _ in truth)
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Cutting Machine" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-two rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 12 of 18 found (1 matched, 11 proposed), 6 missed; no variant matched, 1
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 6 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for all but one ("Maker 3", "Cameo
# 5", "SDX1200", "Oracal 651"); most models are names with a digit rather than codes; the kind words
# are Dutch against Kriolu, in the same letters; the transfer tape has no maker.
# Failed at first reading: 12 of 17 found (1 matched, 11 proposed; 0.71), 5 missed.
# Passes since the thirty-fifth session (numbers12): 15 of 17 found (1 matched, 14 proposed;
# 0.88). A size written without spaces ("30,5x30,5 cm") no longer reads the digit after its
# comma as a length ("5 cm") against our "30,5 x 30,5 cm": two mats and the vinyl were sunk by
# "length differs".
def test_a_kriolu_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Mákina di korta Cricut Maker 3 azul" / "Snijplotter Cricut Maker 3, blauw": at least three
    # quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, CAPE_VERDEAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a generation (Maker 3 / Maker), a name (Explore 3 / Air 2, Joy / Joy Xtra, Cameo 5 / 5
# Plus, EasyPress 3 / Mini), a digit (Cameo 5 / 4, Portrait 4 / 3), a model (SDX1200 / SDX2200D), a
# grip or a size (StandardGrip / LightGrip, 12x12 / 12x24), a point (Fine / Deep), a colour (black /
# white), a length (3 / 10 m) or a code in the description (CAMATSTD12 / CAMATLOW12) is the only
# difference.
SIBLINGS = [0, 1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 30, 31, 32, 33, 35]


# Passed at first reading: no sibling matched, 1 proposed (of the rows' 13 true pairs 1 matched, 9
# proposed, 3 missed: partly because pairs were missed or only proposed).
def test_a_sibling_a_generation_a_name_a_digit_a_grip_or_a_colour_apart_tells_two_listings_apart(tmp_path):
    # The first Maker beside our Maker 3 (and our Venture, ours only); Explore Air 2 beside our Explore
    # 3; Joy Xtra beside our Joy; Cameo 4 beside our Cameo 5 (and our Cameo 5 Plus, ours only);
    # Portrait 3 beside our Portrait 4; SDX2200D beside our SDX1200; LightGrip and 12x24 beside our
    # StandardGrip 12x12; Deep-Point beside our Fine-Point; white 010 beside our black 070; black
    # EasyWeed beside our white; EasyPress Mini beside our EasyPress 3; 10 m tape beside our 3 m; the
    # low-tack mat beside our standard one: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, CAPE_VERDEAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling proposed, none matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was proposed")
def test_a_sibling_a_generation_a_name_a_digit_a_grip_or_a_colour_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, CAPE_VERDEAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the mat and the blade both name "Silhouette" and "Cameo 5" after "voor" / "pa", as the
# machine's title names "Cameo 5".
# Failed at first reading: 1 of the rows' 3 true pairs proposed, 2 missed; nothing crossed.
# Passes since a model's name after the maker is proposed (e68efeba, thirty-fifth session).
def test_our_cutter_and_two_accessories_for_it_find_their_own_listings(tmp_path):
    # Our Cameo 5, its mat and its blade against theirs: each of ours found with its own listing, and
    # nothing matched or put to a person with another of the three.
    counts, found, truth = BATCH.read_rows(tmp_path, CAPE_VERDEAN, [8, 28, 29])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "di mostra, sen kaxa", "pakoti promo" and "kompatível pa" are words no condition, pack
# or "for" rule before read; the compatible blades name two of our machines.
# Passed at first reading: none matched or proposed (the rows' 3 true pairs all missed: wholly
# because pairs were missed).
def test_a_display_machine_a_promotion_pack_and_compatible_blades_are_not_matched_as_ours(tmp_path):
    # The display Maker 3 and the promotion pack beside our Maker 3's own listing; the compatible
    # blades beside our Maker 3's, our Explore 3's and our Fine-Point blade's: none matched with our
    # product.
    counts, found, _ = BATCH.read_rows(tmp_path, CAPE_VERDEAN, [0, 2, 3, 4, 18, 20])
    assert not counts["wrong matched"], found


# Uncertain: Brother's mat codes are in our title and in their descriptions after "Kódigu"; their
# titles differ in "standard" / "ku poku kola" only.
# Passed at first reading: proposed; the sibling neither matched nor proposed.
def test_our_code_in_their_description_finds_the_mat_and_not_its_sibling(tmp_path):
    # "Brother ScanNCut standaard snijmat CAMATSTD12, 30 x 30 cm" / "Tapeti di korti standard pa Brother
    # ScanNCut 30x30 cm" (described "Kódigu: CAMATSTD12"), the low-tack CAMATLOW12 beside it: ours
    # found with its own listing and not matched with the other.
    counts, found, truth = BATCH.read_rows(tmp_path, CAPE_VERDEAN, [32, 33])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the first listing proposed, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Cricut Maker 3 Smart Cutting Machine, Blue" beside "Mákina di korta Cricut Maker 3 azul": both
    # listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-fourth session); copied here once it
# was not (thirty-fifth session). Read at the thirty-fifth session's start (62d3bb29) the batch reads
# as at its first reading (7679d3b3), pair for pair (the counts the same; the scores the same but
# where a line below says otherwise), and each missed true pair scored alone (`score_pairs`, titles
# and other fields, no prices) reads the same at both but where a line says otherwise. Scores are
# the start's:
# - Matched by code (1): Brother ScanNCut SDX1200 (O13-T13) 0.96 ("same model code sdx1200").
# - Proposed (11): by wording, the rule not trusted in this catalogue (5): Cricut Maker 3 (O0-T0) 0.55,
#   Explore 3 (O4-T4) 0.54, Joy (O6-T6) 0.45, Silhouette Cameo 5 (O8-T8) 0.52, the Brother mat
#   (O32-T32) 0.43 (0.71 in its rows alone, "our MPN camatstd12 written in their description" after
#   "Kódigu"); on the titles: Portrait 4 (O11-T11) 0.62, the Fine-Point blade (O18-T18) 0.60, Oracal
#   651 black (O21-T21) 0.67, EasyPress 3 (O25-T25) 0.60 ("two languages"), the AutoBlade for Cameo 5
#   (O29-T29) 0.67, the transfer tape (O30-T30) 0.61. "Maker 3", "Explore 3", "Cameo 5", "Portrait
#   4", "EasyPress 3" (a name and a digit) not read as codes.
# - Missed: the Maker 3's English second listing (O0-T0b) 0.47.
# - Missed, a decimal comma read as thousands: the StandardGrip mat (O15-T15) 0.38 and the Silhouette
#   mat (O28-T28) 0.42, both "length differs: 305 vs 50" (ours "30,5 x 30,5 cm" read as 305, theirs
#   "30,5x30,5 cm" as 50); the Joy Smart Vinyl (O34-T34) 0.31, "length differs: 1219 vs 90; one word
#   differs: zwart vs pretu/vinil" ("121,9").
# - Missed, a colour in Kriolu not read: Siser EasyWeed white (O23-T23) 0.66 alone; in the catalogue
#   our white proposed with their black (O23-T24, 0.69): "wit" / "branku" / "pretu" not read.
# - Missed: the weeding set (O27-T27) 0.39.
# Variants: none matched; proposed (1): the black EasyWeed (above). Kept apart: the first Maker, the
# display Maker 3, the promotion pack, Explore Air 2, Joy Xtra, Cameo 4, Portrait 3, SDX2200D,
# LightGrip, 12x24, Deep-Point, the compatible blades "kompatível pa Cricut Maker 3 / Explore 3", white
# 010, EasyPress Mini, the 10 m tape, CAMATLOW12 (most because their own pair was only proposed or
# missed); our Cameo 5 Plus and Venture (ours only) matched nothing.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_third_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 7679d3b3, whose matching code is the session's start 2af211ee but for
    # effcda12, how the forked reader's readings come back): 12 of 18 true pairs found (1 matched, 11
    # proposed), 6 missed; no variant matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=1, found=12, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds23d [-v]
    BATCH.print_reading()
