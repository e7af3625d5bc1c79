"""An eighteenth round of catalogues set aside, its second batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Muay Thai and boxing gear, a kind none of the seventeen rounds held (ours: a French combat-sports
shop, 19 products in euros, titled in French as such shops write them: the kind first, then maker,
model, colour, size after commas, "Gants de boxe Fairtex BGV1 Tight-Fit, noir, 12 oz"; theirs: a
Bangkok fight-gear shop, 36 listings in baht, titled in Thai around the maker and model in Latin
letters as Thai shops write them, the kind first, the colour as "สี..." and the size as "ไซส์ ...",
"ของแท้" (genuine) after many titles, "นวมชกมวย Fairtex BGV1 Tight-Fit สีดำ 12 oz ของแท้").
"นวมชกมวย" / "นวม" are boxing gloves ("gants de boxe"), "นวมเชือก" lace-up gloves, "สนับแข้ง"
shin guards ("protège-tibias"), "ผ้าพันมือ" hand wraps ("bandes"), "กางเกงมวยไทย" Muay Thai shorts,
"เป้ามือ" focus mitts ("pattes d'ours"), "เป้าเตะ" kick pads ("paos"), "เฮดการ์ด" a head guard
("casque"), "กระสอบทราย" a heavy bag ("sac de frappe"), "น้ำมันมวย" boxing liniment, "ผ้ารัดข้อเท้า"
ankle supports ("chevillères"), "เชือกนวม" glove laces; "สีดำ" black, "สีแดง" red, "สีขาว" white,
"ดำ-แดง" black-red; "ไซส์" size, "คู่" a pair, "เมตร" metres, "ฟุต" feet, "มล." ml; "ยังไม่บรรจุ"
unfilled; "มือสอง" second-hand, "สภาพ 90%" in 90% condition, "สินค้าตัวโชว์" a display piece.

The hard things, written as such shops write them, not to be easy or hard: one glove in four
weights an ounce count apart (10 / 12 / 14 / 16 oz; two of ours in both shops) and in another
colour; the same glove second-hand and as a display piece at a discount; shin guards a size
apart (M / L) and a model number apart (SP5 / SP7); hand wraps a model apart (HW2 / HW3); shorts a
size apart; kick pads a model number apart (KPLC5 / KPLC6); a liniment in two bottle sizes; a heavy
bag measured in feet on one side and centimetres on the other; replacement laces naming our
lace-up glove; "Fairtex", "ของแท้", "สีดำ" and "oz" in many titles; the maker's model code in most
titles; their own product codes ("รหัสสินค้า") in some descriptions, the EAN in a few of ours; one
product listed twice (the second time in English for buyers abroad, "Fairtex BGV1 Boxing Gloves
Black 12oz").

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_BGV1_12 = gtin_with_check_digit("885123401212")
GTIN_BGV1_14 = gtin_with_check_digit("885123401214")
GTIN_SP5_L = gtin_with_check_digit("885123405503")

# A French combat-sports shop in euros against a Thai one in baht.
FIGHT_GEAR: list[Row] = [
    ("Gants de boxe Fairtex BGV1 Tight-Fit, noir, 12 oz", "79.90", "นวมชกมวย Fairtex BGV1 Tight-Fit สีดำ 12 oz ของแท้", "2450",
     {"ours": {"brand": "Fairtex", "gtin": GTIN_BGV1_12},
      "theirs": {"brand": "Fairtex", "description": "นวมหนังแท้ ผลิตในประเทศไทย ปิดด้วยตีนตุ๊กแก รหัสสินค้า FT-BGV1-BK-12"}}),
    ("Gants de boxe Fairtex BGV1 Tight-Fit, noir, 14 oz", "82.90", "นวมชกมวย Fairtex BGV1 Tight-Fit สีดำ 14 oz ของแท้", "2550",
     {"ours": {"brand": "Fairtex", "gtin": GTIN_BGV1_14},
      "theirs": {"brand": "Fairtex", "description": "รหัสสินค้า FT-BGV1-BK-14"}}),
    (None, None, "นวมชกมวย Fairtex BGV1 Tight-Fit สีดำ 16 oz ของแท้", "2650"),
    (None, None, "นวมชกมวย Fairtex BGV1 Tight-Fit สีแดง 12 oz ของแท้", "2450"),
    (None, None, "นวมชกมวย Fairtex BGV1 Tight-Fit สีดำ 10 oz ของแท้", "2350"),
    (None, None, "นวม Fairtex BGV1 สีดำ 14 oz - สินค้าตัวโชว์ ลด 30%", "1790"),
    (None, None, "นวม Fairtex BGV1 สีดำ 12 oz มือสอง สภาพ 90%", "1200"),
    ("Gants de boxe Twins Special BGVL3, rouge, 12 oz", "64.90", "นวม Twins Special BGVL3 สีแดง 12oz หนังแท้", "1890",
     {"ours": {"brand": "Twins Special"}}),
    (None, None, "นวม Twins Special BGVL3 สีดำ 12oz หนังแท้", "1890"),
    ("Gants de boxe Top King Super Air, noir, 14 oz", "89.90", "นวมชกมวย Top King Super Air (TKBGSA) สีดำ 14 oz", "2900",
     {"ours": {"brand": "Top King"}}),
    ("Gants de boxe à lacets Fairtex BGL6, noir, 14 oz", "99.90", "นวมเชือก Fairtex BGL6 สีดำ 14 oz ของแท้", "3100"),
    (None, None, "เชือกนวม Fairtex สำหรับ BGL6 / BGL7 (1 คู่)", "190"),
    ("Protège-tibias Fairtex SP5 Competition, noir, taille L", "89.90", "สนับแข้ง Fairtex SP5 สีดำ ไซส์ L ของแท้", "2690",
     {"ours": {"brand": "Fairtex", "gtin": GTIN_SP5_L}, "theirs": {"description": "รหัสสินค้า FT-SP5-BK-L"}}),
    (None, None, "สนับแข้ง Fairtex SP5 สีดำ ไซส์ M ของแท้", "2690"),
    (None, None, "สนับแข้ง Fairtex SP7 Twister สีดำ ไซส์ L ของแท้", "3290"),
    ("Protège-tibias Twins Special SGL10, noir/rouge, taille M", "74.90", "สนับแข้ง Twins Special SGL10 ดำ-แดง ไซส์ M", "2200"),
    ("Bandes de boxe Fairtex HW2, 4,5 m, noir (la paire)", "12.90", "ผ้าพันมือ Fairtex HW2 ยาว 4.5 เมตร สีดำ (1 คู่)", "350"),
    (None, None, "ผ้าพันมือ Fairtex HW3 แบบยืด ยาว 4.5 เมตร สีดำ (1 คู่)", "390"),
    ("Short de Muay Thai Yokkao Carbon, noir, taille M", "54.90", "กางเกงมวยไทย YOKKAO Carbon สีดำ ไซส์ M", "1590"),
    (None, None, "กางเกงมวยไทย YOKKAO Carbon สีดำ ไซส์ L", "1590"),
    ("Short de Muay Thai Fairtex BS1708, bleu/blanc, taille L", "49.90", "กางเกงมวยไทย Fairtex BS1708 สีน้ำเงิน-ขาว ไซส์ L", "1290"),
    ("Pattes d'ours Fairtex FMV9 Contoured (la paire)", "89.90", "เป้ามือ Fairtex FMV9 ทรงโค้ง (คู่)", "2790"),
    ("Paos Fairtex KPLC5 Muay Thai (la paire)", "169.00", "เป้าเตะ Fairtex KPLC5 หนังแท้ (คู่)", "5290"),
    (None, None, "เป้าเตะ Fairtex KPLC6 หนังแท้ (คู่)", "5590"),
    ("Casque Fairtex HG13 Diagonal Vision, noir, taille M", "109.00", "เฮดการ์ด Fairtex HG13 Diagonal Vision สีดำ ไซส์ M", "3390"),
    ("Sac de frappe Fairtex HB6 Thai Bag 183 cm, non rempli", "199.00", "กระสอบทราย Fairtex HB6 ยาว 6 ฟุต (ยังไม่บรรจุ)", "5890"),
    ("Huile de boxe thaï Namman Muay, 120 ml", "9.90", "น้ำมันมวย Namman Muay 120 มล.", "180"),
    (None, None, "น้ำมันมวย Namman Muay 450 มล.", "450"),
    ("Chevillères Twins Special AG1, noir (la paire)", "14.90", "ผ้ารัดข้อเท้า Twins Special AG1 สีดำ (คู่)", "390"),
    ("Gants MMA Fairtex FGV15, noir, taille L", "69.90", "นวม MMA Fairtex FGV15 สีดำ ไซส์ L", "2090"),
    ("Protège-dents Shock Doctor Gel Max, adulte", "19.90", None, None),
    ("Corde à sauter Venum Thunder, noir", "14.90", None, None),
    (None, None, "มงคลมวยไทย ด้ายแดง + ประเจียด (ชุดไหว้ครู)", "990"),
    (None, None, "ฟันยาง Venum Challenger สีดำ ผู้ใหญ่", "590"),
    (None, None, "กางเกงมวยไทย Fairtex BS1708 สีน้ำเงิน-ขาว ไซส์ M", "1290"),
    (None, None, "สนับแข้ง Twins Special SGL10 ดำ-แดง ไซส์ L", "2200"),
    (None, None, "เฮดการ์ด Fairtex HG13 Diagonal Vision สีแดง ไซส์ M", "3390"),
]

KINDS: dict[str, list[Row]] = {"Muay Thai and boxing gear, a Thai shop in baht": FIGHT_GEAR}
(THAI,) = KINDS
CURRENCIES = {THAI: "THB"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    THAI: [(0, "Fairtex BGV1 Boxing Gloves Black 12oz - Genuine, Ship from Thailand", "2490")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[THAI]
    # Two weights of one glove, both in both shops, an ounce count apart.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # The second listing is in English, the weight run together with its unit.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "12oz" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the seventeen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 8 of 18 found (8 matched, 0 proposed), 10 missed; 3 variants matched,
# 2 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 10 of the 18 true pairs were missed and 3 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass for most: a model code with letters and digits ("BGV1", "SP5", "KPLC5", "HG13")
# is in both titles of most pairs, and the thirteenth round's Thai titles were read around their
# Latin words; uncertain for the shorts, the liniment and the gloves named by model words only.
# Failed at first reading: 8 of 17 found (8 matched, 0 proposed; 0.47), 9 missed. Passes since
# the thirtieth session (misses7): 14 of 17 (12 matched, 2 proposed; 0.82), the short codes SP5,
# HW2, HB6 and AG1 read as codes (`code_spellings._short_codes`).
def test_a_thai_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "นวมชกมวย Fairtex BGV1 Tight-Fit สีดำ 12 oz ของแท้" / "Gants de boxe Fairtex BGV1 Tight-Fit,
    # noir, 12 oz": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, THAI)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a weight (10 / 16 oz), a colour written in Thai (สีแดง / สีดำ), a size (M / L), a
# model number (SP7, HW3, KPLC6) or a bottle (450 มล.) is the only difference.
SIBLINGS = [0, 1, 2, 3, 4, 7, 8, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24, 26, 27, 34, 35, 36]


# Failed at first reading: 2 siblings matched (5 of the rows' 11 true pairs found, all matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_weight_a_colour_a_size_or_a_model_apart_tells_two_listings_apart(tmp_path):
    # The 16, 10 and red 12 oz BGV1 beside our black 12 and 14 oz; the black BGVL3 beside our red;
    # the SP5 in M and the SP7 beside our SP5 in L; the SGL10 in L beside our M; HW3 beside our
    # HW2; the Yokkao shorts in L and the Fairtex shorts in M beside ours; KPLC6 beside our KPLC5;
    # the red HG13 beside our black; the 450 ml liniment beside our 120 ml: nothing matched to a
    # product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, THAI, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings matched, 2 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched and two put to a person")
def test_a_sibling_a_weight_a_colour_a_size_or_a_model_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, THAI, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share every word but the weight.
# Passed at first reading: nothing crossed; both pairs matched in these rows (the whole batch
# found neither).
def test_two_weights_of_one_glove_do_not_cross(tmp_path):
    # Our BGV1 in 12 and 14 oz against their BGV1 "สีดำ 12 oz" and "สีดำ 14 oz": neither of ours
    # matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, THAI, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "มือสอง" (second-hand) and "สินค้าตัวโชว์" (a display piece) are words no condition
# rule before read; the laces name our lace-up glove.
# Failed at first reading: 1 of the three listings matched with our product; 1 of the rows' 3
# true pairs found (matched), 2 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the three was matched with our product")
def test_a_used_glove_a_display_glove_and_laces_are_not_matched_as_ours(tmp_path):
    # "นวม Fairtex BGV1 สีดำ 14 oz - สินค้าตัวโชว์ ลด 30%" and "นวม Fairtex BGV1 สีดำ 12 oz มือสอง
    # สภาพ 90%" beside the new gloves' own listings, "เชือกนวม Fairtex สำหรับ BGL6 / BGL7" beside our
    # BGL6's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, THAI, [0, 1, 5, 6, 10, 11])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: both listings missed (the first too).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both listings were missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Fairtex BGV1 Boxing Gloves Black 12oz - Genuine, Ship from Thailand" beside "นวมชกมวย Fairtex
    # BGV1 Tight-Fit สีดำ 12 oz ของแท้": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (twenty-ninth session); copied here once it
# was not (thirtieth session). The batch read the same at the thirtieth session's start (09772175)
# as at its first reading, pair for pair. Each missed true pair scored alone (`score_pairs`, titles
# and other fields, no prices) at 09772175:
# - BGV1 12 oz (O0-T0) 0.95, its English second listing (T0b) 0.94 and BGV1 14 oz (O1-T1) 0.95,
#   each "same model code bgv1" alone, all three missed in the catalogue: "BGV1" is on 8 of their
#   listings (four weights, red, the display and the used glove, the second listing), so it is
#   read as a series there and the weight both titles write ("12 oz") does not pick the listing.
# - "fuzzy", a short code not read as one even alone: SP5 shin guards L 0.31, HW2 wraps "4,5 m" /
#   "4.5 เมตร" 0.26, HB6 bag "183 cm" / "6 ฟุต" 0.20, AG1 ankle supports 0.37; Top King Super Air
#   0.56 ("(TKBGSA)" theirs only), Yokkao Carbon shorts 0.32, Namman Muay "120 ml" / "120 มล."
#   0.44.
# The variants matched, each "same model code": the replacement laces "เชือกนวม Fairtex สำหรับ
# BGL6 / BGL7" with our BGL6 glove (0.93; "สำหรับ" is "for"), the BGVL3 in black with our red
# (0.95), the HG13 head guard in red with our black (0.96): a colour written in Thai ("สีดำ",
# "สีแดง") not weighed against ours in French. Proposed: SGL10 in L beside our M (0.94), BS1708 in
# M beside our L (0.92): "ไซส์ L" / "taille M" not read as sizes.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_eighteenth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at e1de20c; the matching code of the session's start, f4d4a42): 8 of
    # 18 true pairs found (8 matched, 0 proposed), 10 missed; 3 variants matched, 2 proposed.
    # Since the thirtieth session (misses7): 14 found (12 matched, 2 proposed). SP5, HW2, HB6 and
    # AG1, two letters and a digit after "Fairtex" / "Twins Special" in both shops, are model
    # codes (`code_spellings._short_codes`); with four more pairs sure, the wording gate puts the BGV1
    # 12 and 14 oz to a person. One more variant put to a person, none matched: the SP5 in size M
    # beside our L ("ไซส์ M" is not read as a size).
    holds_its_first_reading(BATCH.read(tmp_path), matched=12, found=14, wrong_matched=3, wrong_proposed=3)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds18b [-v]
    BATCH.print_reading()
