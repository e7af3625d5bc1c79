"""A twentieth round of catalogues set aside, its fourth batch, written before the matcher read it, so
that its first reading is a figure on catalogues the matching rules were not written on.

Cordless power tools, their batteries, chargers and cases, with bits, discs and gloves, a kind none
of the nineteen rounds held (the workshop rounds held welding and farm machinery parts; ours: a
Portuguese tool shop, 19 products in euros, titled in Portuguese as such shops write them: the kind
first ("Berbequim com percussão", "Aparafusadora", "Rebarbadora"), then maker and model code, the
voltage, and what the box holds after a comma ("sem bateria", "2 baterias 5,0 Ah, carregador"),
"Berbequim com percussão Makita DHP485Z 18V LXT, sem bateria nem carregador"; theirs: a Yerevan
tool shop, 35 listings in dram, titled in Armenian around the maker and model code in Latin letters
as such shops write them: maker and code first, then the kind, what the box holds after a comma,
the volts written "V" on most and the Armenian "Վ" on some, "մմ" for millimetres, "Makita DHP485Z
18V հարվածային գայլիկոնիչ-պտուտակադարձիչ, առանց մարտկոցի և լիցքավորիչի").
"գայլիկոնիչ" is a drill ("berbequim"), "հարվածային" hammer / impact ("com percussão", "de
impacto"), "պտուտակադարձիչ" a screwdriver ("aparafusadora"), "անկյունային հղկիչ" an angle grinder
("rebarbadora"), "շրջանաձև սղոց" a circular saw ("serra circular"), "անլար փոշեկուլ" a cordless
vacuum ("aspirador sem fio"), "լապտեր" a torch ("lanterna"), "մարտկոց" a battery ("bateria"),
"լիցքավորիչ" a charger ("carregador"), "արագ" fast ("rápido"), "երկտեղանի" for two batteries,
"պատյան" a case ("mala"); "առանց մարտկոցի" without a battery ("sem bateria"), "և" and, "հատ"
pieces ("unidades"), "հավաքածու" a set ("conjunto"); "գայլիկոնների հավաքածու" a set of drill bits
("conjunto de brocas"), "բետոնի համար" for concrete ("para betão"), "Մետաղի կտրող սկավառակ" a
metal cutting disc ("disco de corte para metal"), "Կտրվածքից պաշտպանող աշխատանքային ձեռնոցներ"
cut-resistant work gloves ("luvas de trabalho com proteção anti-corte"), "չափս" size ("tamanho");
"սպիտակ" white; "-ի համար" for (a chuck for a drill: the same word as "for concrete"),
"Պահեստային արագասեղմ պատրոն" a spare keyless chuck; "օգտագործված" used, "լավ վիճակում" in good
condition, "ցուցանմուշ" a display sample, "վնասված տուփ" a damaged box; "Կոդ՝" a code.

The hard things, written as such shops write them, not to be easy or hard: a maker's tool bare and
in a kit under one model with another suffix (DHP485Z / DHP485RTJ, both in both shops; DCF887N /
DCF887P2; DHS680Z bare / with two batteries), a drill a letter apart (DHP485Z / DDF485Z; ours
DDF484Z beside them), a used and a display one with a damaged box, a spare chuck naming ours; one
maker's two tools a letter apart (Bosch GSR 18V-55 / GSB 18V-55, both in both shops); batteries a
capacity apart (BL1850B / BL1860B, GBA 4.0Ah / 2.0Ah) and two in a pack, written with a decimal
comma on our side ("5,0 Ah"); chargers a letter apart (DC18RC / DC18RD), grinders a digit apart
(DGA504Z / DGA506Z), drills a digit apart (DCD796N / DCD791N), cases a size apart (Makpac 2 / 3,
with their part numbers), a vacuum a colour letter apart (DCL180Z / DCL180ZW); bits a count and
a range apart, discs a thickness apart, gloves a size apart, none with a maker; "Makita", "18V",
"առանց մարտկոցի" in many titles; the maker's code in our MPNs and in one of their descriptions,
the EAN in some of our GTINs; one product listed twice (the second time in English, as the maker's
distributor feed writes it).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_DHP485Z = gtin_with_check_digit("008844767710")
GTIN_DHP485RTJ = gtin_with_check_digit("008844767727")
GTIN_BL1850B = gtin_with_check_digit("008844722645")
GTIN_GSR_18V_55 = gtin_with_check_digit("405173997812")

# A Portuguese tool shop in euros against an Armenian one in dram.
POWER_TOOLS: list[Row] = [
    ("Berbequim com percussão Makita DHP485Z 18V LXT, sem bateria nem carregador", "99.90",
     "Makita DHP485Z 18V հարվածային գայլիկոնիչ-պտուտակադարձիչ, առանց մարտկոցի և լիցքավորիչի", "46900",
     {"ours": {"brand": "Makita", "gtin": GTIN_DHP485Z, "mpn": "DHP485Z"}, "theirs": {"brand": "Makita"}}),
    ("Berbequim com percussão Makita DHP485RTJ 18V, 2 baterias 5,0 Ah, carregador, Makpac", "349.00",
     "Makita DHP485RTJ 18V հարվածային գայլիկոնիչ, 2 մարտկոց 5.0Ah, լիցքավորիչ, Makpac պատյան", "159000",
     {"ours": {"brand": "Makita", "gtin": GTIN_DHP485RTJ, "mpn": "DHP485RTJ"}, "theirs": {"brand": "Makita"}}),
    (None, None, "Makita DDF485Z 18V գայլիկոնիչ-պտուտակադարձիչ, առանց մարտկոցի", "42900"),
    (None, None, "Makita DHP485Z 18V - օգտագործված, լավ վիճակում", "25000"),
    (None, None, "Makita DHP485RTJ - ցուցանմուշ, վնասված տուփ", "135000"),
    (None, None, "Պահեստային արագասեղմ պատրոն 13մմ Makita DHP485-ի համար", "8900"),
    ("Berbequim Makita DDF484Z 18V LXT, sem bateria", "109.00", None, None),
    ("Bateria Makita BL1850B 18V 5,0 Ah LXT", "79.90", "Makita BL1850B մարտկոց 18V 5.0Ah", "34900",
     {"ours": {"brand": "Makita", "gtin": GTIN_BL1850B}}),
    (None, None, "Makita BL1860B մարտկոց 18V 6.0Ah", "41900"),
    (None, None, "Makita BL1850B մարտկոց 18V 5.0Ah - 2 հատ", "67900"),
    ("Carregador rápido Makita DC18RC 14,4-18V", "59.90", "Makita DC18RC արագ լիցքավորիչ 14.4-18Վ", "26900"),
    (None, None, "Makita DC18RD երկտեղանի արագ լիցքավորիչ 14.4-18Վ", "49900"),
    ("Rebarbadora Makita DGA504Z 18V 125 mm, sem bateria", "159.00", "Makita DGA504Z 18Վ անկյունային հղկիչ 125մմ, առանց մարտկոցի", "69900"),
    (None, None, "Makita DGA506Z 18Վ անկյունային հղկիչ 125մմ, առանց մարտկոցի", "74900"),
    ("Aparafusadora Bosch Professional GSR 18V-55, sem bateria", "119.00", "Bosch Professional GSR 18V-55 պտուտակադարձիչ (առանց մարտկոցի)", "52900",
     {"ours": {"brand": "Bosch", "gtin": GTIN_GSR_18V_55, "mpn": "06019H5202"},
      "theirs": {"brand": "Bosch", "description": "55 Նմ, 2 արագություն։ Կոդ՝ 06019H5202"}}),
    ("Berbequim com percussão Bosch Professional GSB 18V-55, sem bateria", "129.00",
     "Bosch Professional GSB 18V-55 հարվածային գայլիկոնիչ (առանց մարտկոցի)", "56900"),
    ("Bateria Bosch Professional GBA 18V 4,0 Ah", "69.90", "Bosch Professional GBA 18V 4.0Ah մարտկոց", "29900"),
    (None, None, "Bosch Professional GBA 18V 2.0Ah մարտկոց", "19900"),
    ("Aparafusadora de impacto DeWalt DCF887N 18V XR, sem bateria", "139.00",
     "DeWalt DCF887N 18V XR հարվածային պտուտակադարձիչ (իմպակտ), առանց մարտկոցի", "62900"),
    (None, None, "DeWalt DCF887P2 18V XR հարվածային պտուտակադարձիչ, 2 մարտկոց 5.0Ah, TSTAK", "189000"),
    ("Berbequim com percussão DeWalt DCD796N 18V XR, sem bateria", "119.00",
     "DeWalt DCD796N 18V XR հարվածային գայլիկոնիչ, առանց մարտկոցի", "55900"),
    (None, None, "DeWalt DCD791N 18V XR գայլիկոնիչ-պտուտակադարձիչ, առանց մարտկոցի", "51900"),
    ("Bateria DeWalt DCB184 18V 5,0 Ah XR", "79.90", None, None),
    ("Serra circular Makita DHS680Z 18V 165 mm, sem bateria", "189.00", "Makita DHS680Z 18V շրջանաձև սղոց 165մմ, առանց մարտկոցի", "84900"),
    (None, None, "Makita DHS680Z 18V շրջանաձև սղոց 165մմ + 2 մարտկոց 5.0Ah և լիցքավորիչ (հավաքածու)", "149000"),
    ("Conjunto de 10 brocas para betão SDS-plus, 5-12 mm", "19.90", "SDS-plus գայլիկոնների հավաքածու բետոնի համար, 10 հատ, 5-12մմ", "8900"),
    (None, None, "SDS-plus գայլիկոնների հավաքածու բետոնի համար, 5 հատ, 6-10մմ", "5900"),
    ("Disco de corte para metal 125 x 1 mm, 10 unidades", "12.90", "Մետաղի կտրող սկավառակ 125x1մմ, 10 հատ", "5500"),
    (None, None, "Մետաղի կտրող սկավառակ 125x1.6մմ, 10 հատ", "5500"),
    ("Mala Makpac tamanho 2 Makita 821550-0", "39.90", "Makita Makpac 2 պատյան (821550-0)", "17900"),
    (None, None, "Makita Makpac 3 պատյան (821551-8)", "21900"),
    ("Lanterna LED Makita DML812 18V", "49.90", "Makita DML812 18V LED լապտեր", "21900"),
    ("Aspirador sem fio Makita DCL180Z 18V, sem bateria", "69.90", "Makita DCL180Z 18Վ անլար փոշեկուլ, առանց մարտկոցի", "31900"),
    (None, None, "Makita DCL180ZW 18Վ անլար փոշեկուլ, սպիտակ, առանց մարտկոցի", "32900"),
    ("Luvas de trabalho com proteção anti-corte, tamanho 9 (L)", "9.90", "Կտրվածքից պաշտպանող աշխատանքային ձեռնոցներ, չափս 9 (L)", "3900"),
    (None, None, "Կտրվածքից պաշտպանող աշխատանքային ձեռնոցներ, չափս 10 (XL)", "3900"),
]

KINDS: dict[str, list[Row]] = {"cordless power tools, an Armenian shop in dram": POWER_TOOLS}
(ARMENIAN,) = KINDS
CURRENCIES = {ARMENIAN: "AMD"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    ARMENIAN: [(0, "Makita DHP485Z 18V LXT Brushless Combi Drill (Body Only)", "47900")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[ARMENIAN]
    # One drill of ours bare and in a kit, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # Two tools of ours a letter apart, both in both shops.
    assert {("O14", "T14"), ("O15", "T15")} <= truth
    # The second listing is in English, from the distributor's feed.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Body Only" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the nineteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 17 of 18 found (17 matched, none proposed), 1 missed; 6 variants
# matched, none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 1 of the 18 true pairs was missed and 6 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model code are in Latin letters on both sides ("Makita DHP485Z", "GSR
# 18V-55"); the kind words are Portuguese against Armenian; the bits, discs and gloves have no maker
# at all, and some volts are written "Վ".
# Passed at first reading: 16 of 17 found (16 matched; 0.94), 1 missed.
def test_an_armenian_title_around_the_maker_and_code_finds_our_product(tmp_path):
    # "Makita DHP485Z 18V հարվածային գայլիկոնիչ-պտուտակադարձիչ, առանց մարտկոցի և լիցքավորիչի" /
    # "Berbequim com percussão Makita DHP485Z 18V LXT, sem bateria nem carregador": at least three
    # quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, ARMENIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a code's suffix (Z / RTJ, N / P2, Z / ZW), a letter (DHP / DDF, GSR / GSB, RC / RD), a
# digit (504 / 506, 796 / 791, 1850 / 1860, Makpac 2 / 3), a capacity (4.0 / 2.0Ah), a kit's
# batteries, a pack of two, a count, a thickness or a glove size is the only difference.
SIBLINGS = [0, 1, 2, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35]


# Failed at first reading: 4 siblings matched (15 of the rows' 16 true pairs matched, 1 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading four siblings were matched")
def test_a_sibling_a_suffix_a_letter_a_digit_or_a_count_apart_tells_two_listings_apart(tmp_path):
    # DHP485RTJ beside our DHP485Z and DHP485Z beside our DHP485RTJ, DDF485Z beside both (and our
    # DDF484Z, ours only); BL1860B and the pack of two beside our BL1850B (and our DeWalt DCB184,
    # ours only); DC18RD beside our DC18RC; DGA506Z beside our DGA504Z; each of our GSR and GSB
    # 18V-55 beside the other's listing; GBA 2.0Ah beside our 4.0Ah; DCF887P2 beside our DCF887N;
    # DCD791N beside our DCD796N; the DHS680Z kit beside our bare saw; five bits beside our ten; the
    # 1.6 mm disc beside our 1 mm; Makpac 3 beside our 2; DCL180ZW beside our DCL180Z; gloves size 10
    # beside our 9: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, ARMENIAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 4 siblings matched, none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading four siblings were matched")
def test_a_sibling_a_suffix_a_letter_a_digit_or_a_count_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, ARMENIAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, "DHP485" and the kind; the code's suffix (Z / RTJ) and what
# the box holds differ.
# Passed at first reading: nothing crossed; both pairs matched in these rows.
def test_one_drill_of_ours_bare_and_in_a_kit_does_not_cross(tmp_path):
    # Our DHP485Z and DHP485RTJ against theirs: neither of ours matched or put to a person with the
    # other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, ARMENIAN, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share the maker, "Professional", "18V-55" and "without a battery"; one letter
# of the code (GSR / GSB) and the kind word differ.
# Passed at first reading: nothing crossed; both pairs matched in these rows.
def test_two_tools_of_ours_a_letter_apart_do_not_cross(tmp_path):
    # Our GSR 18V-55 and GSB 18V-55 against theirs: neither of ours matched or put to a person with
    # the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, ARMENIAN, [14, 15])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "օգտագործված", "ցուցանմուշ" and "վնասված տուփ" are words no condition rule before read;
# the spare chuck names our drill after the maker, "-ի համար" (for) joined to the code.
# Failed at first reading: 2 of these listings matched with our products (the rows' 2 true pairs
# matched).
# Passes since the thirty-second session (variants9, `matching.tails`): the used and the display
# drill, each the maker and code of our drill's listing with words after a dash, are proposed.
def test_a_used_a_display_drill_and_a_chuck_for_ours_are_not_matched_as_ours(tmp_path):
    # The used DHP485Z and "Պահեստային արագասեղմ պատրոն 13մմ Makita DHP485-ի համար" beside our
    # DHP485Z's own listing; the display DHP485RTJ with its damaged box beside our DHP485RTJ's: none
    # matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, ARMENIAN, [0, 1, 3, 4, 5])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Passed at first reading: both listings matched.
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Makita DHP485Z 18V LXT Brushless Combi Drill (Body Only)" beside "Makita DHP485Z 18V
    # հարվածային գայլիկոնիչ-պտուտակադարձիչ, ...": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-first session); copied here once it
# was not (thirty-second session). The batch read at the thirty-second session's start (97f9745a) as
# at its first reading (2dbecaaa), pair for pair and score for score. Each missed true pair scored
# alone (`score_pairs`, titles and other fields, no prices) at 97f9745a, the same scores as at
# 2dbecaaa:
# - Matched by code (14): DHP485Z (and its English second listing), DHP485RTJ, BL1850B, DC18RC,
#   DGA504Z, GSR 18V-55 and GSB 18V-55 (each "same model code 18v55": "18V-55" read as the code,
#   GSR / GSB not, the pair kept right only by the assignment), DCF887N, DCD796N, DHS680Z, Makpac
#   821550-0, DML812, DCL180Z. By wording: GBA 4.0Ah (O16-T16) 0.81, the SDS-plus bits (O25-T25) 0.41,
#   the cutting discs (O27-T27) 0.23.
# - Missed: the gloves size 9 (L) (O34-T34) 0.17, "fuzzy" (no maker).
# The variants matched (6): the used DHP485Z "օգտագործված, լավ վիճակում" (O0-T3, 0.94) and the
# display DHP485RTJ "ցուցանմուշ, վնասված տուփ" (O1-T4, 0.94), Armenian condition words not read; the
# DHS680Z kit "+ 2 մարտկոց 5.0Ah և լիցքավորիչ (հավաքածու)" with our bare saw (O23-T24, 0.94); the
# BL1850B two-pack "- 2 հատ" (O7-T9, 0.96); our DeWalt DCB184 battery (ours only) with their
# DCF887P2 impact-driver kit (O22-T19, 0.43) and their DCD791N drill (O22-T21, 0.36), "by wording,
# with no conflict": a battery matched to two tools at under 0.45 with no person. Kept apart:
# DDF485Z, the chuck "DHP485-ի համար", BL1860B, DC18RD, DGA506Z, GBA 2.0Ah, DCF887P2 from our DCF887N,
# DCD791N from our DCD796N, the 5 bits, the 1.6 mm disc, Makpac 3, DCL180ZW, gloves size 10.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twentieth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 2dbecaaa, the matching code of the session's start 484bca53): 17 of
    # 18 true pairs found (17 matched, none proposed), 1 missed; 6 variants matched, none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=17, found=17, wrong_matched=6, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds20d [-v]
    BATCH.print_reading()
