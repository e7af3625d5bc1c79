"""A second batch of the thirteenth round (after `tests/test_matching_kinds13.py`), written before
the matcher read it, in a kind none of the twelve rounds held.

Tattoo supplies (ours: a German tattoo supply shop, 20 products in euros; theirs: a Thai shop, 39
listings in baht, every title in Thai around the maker and model in Latin letters, as Thai shops
write them: "ตลับเข็มสัก Cheyenne Craft 3RL 0.35mm (20 ชิ้น/กล่อง) ของแท้" for our "Cheyenne Craft
Cartridges 3RL 0,35 mm (20 Stück)"; "หมึกสัก Dynamic Triple Black ขนาด 8oz ของแท้ USA" for our "240
ml"; "ฟิล์มปิดรอยสัก Saniderm 6 นิ้ว x 2 หลา" (six inches by two yards) for our "15,2 cm x 1,8 m";
Kwadron's own way of writing a needle, "30/5RLLT", for our "0,30 mm 5RLLT"; Thai written without
spaces, so that a kind and a maker run together, "หมึกสักIntenze"). Thai shops' words name no
product in many titles: "ของแท้" (genuine), "พร้อมส่ง" (ready to send), "สีดำ" (black), "(20
ชิ้น/กล่อง)" (twenty a box).

The hard things, as such shops write them: siblings one needle grouping, diameter, stroke,
connector, size or pack apart ("3RL" / "5RL" / "7RM", "0.35mm" / "0.30mm", "Craft" / "Safety",
"30/5RLLT" / "35/5RLLT", "8oz" / "4oz", "Triple Black" / "Black", "Lining Black" / "Triple Black",
"ระยะชัก 4.0mm" / "3.5mm" (a stroke), "Xion S" / "Xion", "หัว RCA" / "หัว 3.5mm" (a connector),
"CX-2" / "CX-1", "5oz" / "1oz", "2 หลา" / "8 หลา", "PJ-773" / "PJ-763", "ไซส์ M" / "L"); two products
of ours one grouping apart in both shops (Cheyenne Craft "3RL" / "5RL"); other makers' products of
the same kind and size (EZ's cartridges, Solong's ink, an unbranded film, Mast's pen machine); one
product of ours listed twice (the second time with the maker written in Thai letters); a part
number in our MPN and their description on the printer only.

Rows as `tests/kinds_batches.py` reads them.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, holds_its_first_reading, share_found

# A German tattoo supply shop against a Thai one in baht: "ตลับเข็มสัก" / "ตลับเข็ม" needle cartridges,
# "หมึกสัก" / "หมึก" tattoo ink ("ขนาด" size), "เครื่องสักแบบปากกา" pen machine ("ระยะชัก" its stroke),
# "เครื่องสัก" tattoo machine, "แบตเตอรี่ไร้สาย" wireless battery ("หัว" its plug), "หม้อแปลงเครื่องสัก"
# power supply, "ครีมบำรุงรอยสัก" aftercare cream, "ฟิล์มปิดรอยสัก" / "ฟิล์ม" second-skin film ("นิ้ว"
# inch, "หลา" yard), "กระดาษลอกลาย" transfer paper ("แผ่น" sheets), "เครื่องปริ้นลายสัก" stencil
# printer, "ถุงมือไนไตรล์สีดำ" black nitrile gloves ("ไซส์" size); "สีดำ" / "สีเทา" / "สี" black /
# grey / colour; "ชิ้น" pieces, "กล่อง" box; "ของแท้" genuine, "พร้อมส่ง" ready to send.
TATTOO: list[Row] = [
    ("Cheyenne Craft Cartridges 3RL 0,35 mm (20 Stück)", "34.90", "ตลับเข็มสัก Cheyenne Craft 3RL 0.35mm (20 ชิ้น/กล่อง) ของแท้", "1350"),
    ("Cheyenne Craft Cartridges 5RL 0,35 mm (20 Stück)", "34.90", "ตลับเข็มสัก Cheyenne Craft 5RL 0.35mm (20 ชิ้น/กล่อง) ของแท้", "1350"),
    (None, None, "ตลับเข็มสัก Cheyenne Craft 3RL 0.30mm (20 ชิ้น/กล่อง) ของแท้", "1350"),
    (None, None, "ตลับเข็มสัก Cheyenne Craft 7RM 0.35mm (20 ชิ้น/กล่อง) ของแท้", "1350"),
    (None, None, "ตลับเข็มสัก Cheyenne Safety 3RL 0.35mm (20 ชิ้น/กล่อง) ของแท้", "1450"),
    ("Kwadron Optima Cartridges 0,30 mm 5RLLT (20 Stück)", "24.90", "ตลับเข็ม Kwadron Optima 30/5RLLT กล่อง 20 ชิ้น พร้อมส่ง", "890"),
    (None, None, "ตลับเข็ม Kwadron Optima 35/5RLLT กล่อง 20 ชิ้น พร้อมส่ง", "890"),
    (None, None, "ตลับเข็ม Kwadron Optima 35/9SEMLT กล่อง 20 ชิ้น พร้อมส่ง", "890"),
    ("Dynamic Color Triple Black Tattoofarbe 240 ml", "39.90", "หมึกสัก Dynamic Triple Black ขนาด 8oz ของแท้ USA", "1290"),
    (None, None, "หมึกสัก Dynamic Triple Black ขนาด 4oz ของแท้ USA", "790"),
    (None, None, "หมึกสัก Dynamic Black ขนาด 8oz ของแท้ USA", "1190"),
    ("Eternal Ink Lining Black 30 ml (1 oz)", "14.90", "หมึกสัก Eternal Ink Lining Black 1oz", "590"),
    (None, None, "หมึกสัก Eternal Ink Lining Black 2oz", "990"),
    (None, None, "หมึกสัก Eternal Ink Triple Black 1oz", "590"),
    ("Intenze Zuper Black 240 ml", "44.90", "หมึกสักIntenze Zuper Black 8oz พร้อมส่ง", "1490"),
    ("World Famous Limitless Blackout 120 ml", "29.90", "หมึก World Famous Limitless Blackout 4oz", "1090"),
    ("Cheyenne Sol Nova Unlimited Tattoomaschine 4,0 mm schwarz", "849.00",
     "เครื่องสักแบบปากกา Cheyenne Sol Nova Unlimited ระยะชัก 4.0mm สีดำ", "32900"),
    (None, None, "เครื่องสักแบบปากกา Cheyenne Sol Nova Unlimited ระยะชัก 3.5mm สีดำ", "32900"),
    ("FK Irons Spektra Xion S Midnight", "499.00", "เครื่องสัก FK Irons Spektra Xion S สี Midnight", "18900"),
    (None, None, "เครื่องสัก FK Irons Spektra Xion สี Midnight", "17900"),
    ("FK Irons PowerBolt II RCA", "179.00", "แบตเตอรี่ไร้สาย FK Irons PowerBolt II หัว RCA", "6900"),
    (None, None, "แบตเตอรี่ไร้สาย FK Irons PowerBolt II หัว 3.5mm", "6900"),
    ("Critical CX-2 Netzteil", "249.00", "หม้อแปลงเครื่องสัก Critical CX-2 ของแท้", "9500"),
    (None, None, "หม้อแปลงเครื่องสัก Critical CX-1 ของแท้", "6900"),
    ("Hustle Butter Deluxe Tattoopflege 150 ml", "24.90", "ครีมบำรุงรอยสัก Hustle Butter Deluxe 5oz", "950"),
    (None, None, "ครีมบำรุงรอยสัก Hustle Butter Deluxe 1oz", "350"),
    ("Saniderm Tattoo-Folie Rolle 15,2 cm x 1,8 m", "19.90", "ฟิล์มปิดรอยสัก Saniderm 6 นิ้ว x 2 หลา", "690"),
    (None, None, "ฟิล์มปิดรอยสัก Saniderm 6 นิ้ว x 8 หลา", "1990"),
    ("Dermalize Pro Folie 15 cm x 2 m", "17.90", "ฟิล์ม Dermalize Pro 15cm x 2m", "590"),
    ("Spirit Classic Thermo-Transferpapier (100 Blatt)", "59.00", "กระดาษลอกลาย Spirit Classic Thermal 100 แผ่น", "2290"),
    ("Brother PocketJet PJ-773 Thermodrucker", "549.00", "เครื่องปริ้นลายสัก Brother PJ-773 พร้อมส่ง", "18900",
     {"ours": {"mpn": "PJ773Z1"}, "theirs": {"description": "รุ่น PJ773Z1 ปริ้นลายสักลงกระดาษลอกลายได้ทันที ไม่ต้องใช้หมึก"}}),
    (None, None, "เครื่องปริ้นลายสัก Brother PJ-763 พร้อมส่ง", "15900", {"theirs": {"description": "รุ่น PJ763Z1"}}),
    ("Unigloves Black Pearl Nitrilhandschuhe Gr. M (100 Stück)", "9.90", "ถุงมือไนไตรล์สีดำ Unigloves Black Pearl ไซส์ M (100 ชิ้น)", "350"),
    (None, None, "ถุงมือไนไตรล์สีดำ Unigloves Black Pearl ไซส์ L (100 ชิ้น)", "350"),
    ("Cheyenne Craft Cartridges 9RM 0,35 mm (20 Stück)", "34.90", None, None),
    ("Eternal Ink Motor Oil 30 ml (1 oz)", "14.90", None, None),
    ("Kwadron Optima Cartridges 0,35 mm 7RLLT (20 Stück)", "24.90", None, None),
    (None, None, "ตลับเข็มสัก EZ Revolution 3RL 0.35mm (20 ชิ้น/กล่อง)", "590"),
    (None, None, "หมึกสัก Solong Triple Black ขนาด 8oz", "390"),
    (None, None, "ฟิล์มปิดรอยสัก Tattoo Film 15cm x 2m", "190"),
    (None, None, "เครื่องสักแบบปากกาไร้สาย Mast Tour Y22 ระยะชัก 4.0mm สีดำ", "4590"),
]

KINDS: dict[str, list[Row]] = {"tattoo supplies, a Thai shop in baht": TATTOO}
(THAI,) = KINDS
CURRENCIES = {THAI: "THB"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    THAI: [(0, "เข็มสักตลับ เชเยนน์ คราฟท์ 3RL 0.35 มม. (1 กล่อง 20 ตลับ)", "1290")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def _thai(text: str) -> bool:
    return any("\u0e00" <= c <= "\u0e7f" for c in text)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[THAI]
    # Every listing of theirs is titled in Thai; none of ours is.
    assert all(_thai(t["name"]) for t in theirs) and not any(_thai(o["name"]) for o in ours)
    # Two products of ours one grouping apart, both in both shops.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # Ours in millilitres and centimetres, theirs in ounces, inches and yards.
    titles = {t["key"]: t["name"] for t in theirs}
    assert "oz" in titles["T8"] and "ml" not in titles["T8"] and "หลา" in titles["T26"]


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch, as in the batch before it.


# Failed at first reading, as expected: 7 of 18 found, 11 missed, no variant matched, one proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the twelve rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Failed at first reading, as expected: 7 of 18 found: FK Irons' Xion S matched (0.87, "titles 87% alike")
# and Brother's printer under pj773z1 (0.95, from our MPN and their description); Eternal's ink (0.74),
# Intenze's (0.63, the kind run together with the maker), World Famous' (0.80), the PowerBolt (0.77) and
# Dermalize's film (0.64) proposed. The other eleven missed, 0.22-0.50 alone: Cheyenne's cartridges
# (0.49 each) and pen (0.48), Critical's CX-2 (0.50, "CX-2" not read as a code), Kwadron's (0.33),
# Dynamic's (0.39), Hustle Butter (0.29), Saniderm (0.22), Spirit (0.35), Unigloves (0.44).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a title in another script around a Latin maker and model found under half before (Hindi 2 of 14, Japanese 1 of 16)")
def test_a_thai_title_around_a_latin_maker_and_model_finds_our_product(tmp_path):
    # "ตลับเข็มสัก Cheyenne Craft 3RL 0.35mm (20 ชิ้น/กล่อง) ของแท้" / "Cheyenne Craft Cartridges 3RL
    # 0,35 mm (20 Stück)": the maker and the model in Latin in every title, the kind in Thai. At
    # least half found.
    counts, found, truth = BATCH.read_rows(tmp_path, THAI)
    assert share_found(counts, truth) >= 0.5, found


# Passed at first reading, as expected: nothing matched.
def test_a_grouping_a_diameter_a_stroke_a_plug_a_size_or_a_pack_tells_two_listings_apart(tmp_path):
    # A cartridge's "3RL 0.35mm" against "0.30mm" and "7RM", "30/5RLLT" against "35/5RLLT", ink's
    # "8oz" against "4oz", "1oz" against "2oz", a stroke's 4.0 against 3.5mm, a battery's RCA plug
    # against a 3.5mm one, cream's 5oz against 1oz, film's 2 yards against 8, gloves' M against L:
    # another value is another product. Nothing of theirs matched to a product it is not.
    numbers = [0, 2, 3, 5, 6, 8, 9, 11, 12, 16, 17, 20, 21, 24, 25, 26, 27, 32, 33]
    counts, found, _ = BATCH.read_rows(tmp_path, THAI, numbers)
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: FK Irons' "Xion" put to a person beside our Xion S's own listing
# (0.78, "the same product as their listing ... Xion S"); nothing matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a word or letter on one listing only (Mini, Pro, fast, ST, FX) was matched or proposed in every round before")
def test_a_sibling_one_word_or_code_apart_is_not_even_proposed(tmp_path):
    # "Craft" / "Safety", "Triple Black" / "Black", "Lining Black" / "Triple Black", "Xion S" /
    # "Xion", "CX-2" / "CX-1", "PJ-773" / "PJ-763": none matched, nor put to a person beside our
    # product's own listing.
    numbers = [0, 4, 8, 10, 11, 13, 18, 19, 22, 23, 30, 31]
    counts, found, _ = BATCH.read_rows(tmp_path, THAI, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: none crossed (both missed, 0.49 alone each).
def test_two_products_of_ours_one_grouping_apart_do_not_cross(tmp_path):
    # Our Cheyenne Craft "3RL" and "5RL" against their "3RL" and "5RL": neither of ours matched or
    # put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, THAI, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: nothing paired across makers.
def test_a_grouping_a_size_or_a_stroke_every_maker_writes_names_no_product(tmp_path):
    # "3RL 0.35mm (20 ชิ้น/กล่อง)" on EZ's cartridges and Cheyenne's, "Triple Black ขนาด 8oz" on
    # Solong's ink and Dynamic's, "15cm x 2m" on an unbranded film and Dermalize's, "ระยะชัก 4.0mm
    # สีดำ" on Mast's pen and Cheyenne's: no product of one maker matched or put to a person with
    # another's.
    counts, found, _ = BATCH.read_rows(tmp_path, THAI, [0, 8, 16, 28, 37, 38, 39, 40])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading, as expected: none of the four found (Dynamic's "240 ml" / "8oz" 0.39 alone,
# Hustle Butter's "150 ml" / "5oz" 0.29, Saniderm's "15,2 cm x 1,8 m" / "6 นิ้ว x 2 หลา" 0.22, Kwadron's
# "0,30 mm 5RLLT" / "30/5RLLT" 0.33); no sibling matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a quantity in another unit or written another way joined few pairs before (\"5.5oz\" / \"156 ग्राम\", \"14 Zoll\" / \"14\\\"\")")
def test_a_size_in_ounces_inches_or_yards_or_a_needle_written_another_way_finds_its_product(tmp_path):
    # "240 ml" / "8oz" beside "4oz", "150 ml" / "5oz" beside "1oz", "15,2 cm x 1,8 m" / "6 นิ้ว x
    # 2 หลา" beside "8 หลา", "0,30 mm 5RLLT" / "30/5RLLT" beside "35/5RLLT": each found (matched or
    # put to a person), and no sibling in another size matched.
    for numbers in ([8, 9], [24, 25], [26, 27], [5, 6]):
        counts, found, truth = BATCH.read_rows(tmp_path, THAI, numbers)
        assert share_found(counts, truth) == 1 and not counts["wrong matched"], (numbers, found)


# Failed at first reading, as expected: both Cheyenne Craft 3RL listings missed (0.49, and 0.23 alone
# with the maker in Thai letters).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of four in kinds11 and kinds12")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "เข็มสักตลับ เชเยนน์ คราฟท์ 3RL 0.35 มม. (1 กล่อง 20 ตลับ)" (Cheyenne Craft written in Thai
    # letters, millimetres as "มม.") beside "ตลับเข็มสัก Cheyenne Craft 3RL 0.35mm (20 ชิ้น/กล่อง)
    # ของแท้": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_thirteenth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at b6201bf, the matching code of d4af15d, the session's start): 7 of 18
    # true pairs found (2 matched, 5 proposed), 11 missed; no variant matched, 1 proposed (FK Irons'
    # Xion beside our Xion S's own listing).
    holds_its_first_reading(BATCH.read(tmp_path), matched=2, found=7, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds13b [-v]
    BATCH.print_reading()
