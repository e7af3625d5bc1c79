"""Catalogues in other languages and scripts, worded differently by two shops, matched with the
same defaults as the English benchmark sets: marks written or left out ("Crème" / "Creme"),
German umlauts and compounds written two ways, Greek capitals without their tonos, Cyrillic,
scripts written without spaces
between words (Chinese, Japanese) with Latin model codes and sizes written against them, and
scripts that write their vowels as combining marks (Hindi, Thai).

Each catalogue is small and built here, so every test runs without the shared data. A true
pair must be found (matched, or proposed to a person where the wording alone speaks), and no
wrong pair matched.
"""

from __future__ import annotations

import pandas as pd
import pytest

from benchmark._text import clean, extract, tokens_of
from benchmark.matching import match_products
from benchmark.matching.candidates import character_cosine
from benchmark.matching.conflicts import _word_conflict
from test_matching import ours, pairs, theirs
from tests.kinds_batches import matched_through_the_commands as exported_after_matching


def catalogues(titles: list[tuple[str, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Our product n and their listing n are one product, worded by two shops."""
    return (ours(*({"sku": f"O{n}", "name": a} for n, (a, _) in enumerate(titles))),
            theirs(*({"competitor_product_id": f"T{n}", "name": b} for n, (_, b) in enumerate(titles))))


def assert_found_and_nothing_wrong(titles: list[tuple[str, str]], *, matched: int) -> None:
    found = match_products(*catalogues(titles))
    truth = {(f"O{n}", f"T{n}") for n in range(len(titles))}
    assert pairs(found) == truth, found[["sku", "competitor_product_id", "status", "reason"]]
    assert len(pairs(found, "matched")) >= matched, found[["sku", "competitor_product_id", "status", "reason"]]


FRENCH = [
    ("Cafetière électrique programmable noire", "Cafetiere electrique programmable - noir"),
    ("Aspirateur sans sac cyclonique", "Aspirateur cyclonique sans sac"),
    ("Théière en fonte émaillée 1 l", "Theiere fonte emaillee 1L"),
    ("Crème hydratante visage 50 ml", "Creme hydratante pour le visage 50ml"),
    ("Pâtes complètes bio 500 g", "Pates completes BIO 500g"),
    ("Chaussures de randonnée imperméables", "Chaussures randonnee impermeables"),
    ("Sèche-cheveux ionique 2000 W", "Seche cheveux ionique 2000W"),
    ("Étagère murale en chêne", "Etagere murale chene"),
]


def test_marks_written_by_one_shop_and_left_out_by_the_other_are_one_word():
    # Before marks were folded, seven of the eight were not even proposed.
    assert clean("Étagère CRÈME brûlée") == "etagere creme brulee"
    assert_found_and_nothing_wrong(FRENCH, matched=7)


GERMAN = [
    ("Kaffeevollautomat Siemens EQ.6 plus s300", "Siemens EQ.6 plus s300 Kaffee-Vollautomat"),
    ("Kühlschrank Liebherr CNef 4835 Comfort", "Liebherr CNef 4835 Kuehlschrank Comfort"),
    ("Wasserkocher Philips HD9350 Edelstahl 1,7 l", "Philips Wasserkocher HD9350, Edelstahl, 1.7 L"),
    ("Bügeleisen Tefal Ultragliss FV4980", "Tefal FV4980 Ultragliss Dampfbügeleisen"),
    ("Elektrische Zahnbürste Oral-B Pro 3 3000 Schwarz", "Oral-B Pro 3 3000 elektrische Zahnbuerste schwarz"),
    ("Küchenwaage digital Glas weiß", "Digitale Küchenwaage aus Glas, weiss"),
    ("Schneidebrett Bambus groß", "Bambus-Schneidebrett gross"),
]


def test_a_word_spelt_with_and_without_its_marks_is_neither_a_variant_nor_shared():
    # Before marks were folded, "sèche" against "seche" was "one word differs".
    dryer = extract("Sèche-cheveux ionique 2000 W"), extract("Seche cheveux ionique 2000W")
    assert _word_conflict(*dryer, "unknown") is None
    # Folded, "Pokémon" and "Pokemon" agreed, and the rule read the longer title's other words
    # as a variant of the shorter one's ("shield/sword vs tcg"); WDC Products calls it one product.
    # Two hands wrote them: the spelling counts as a word each title has alone, as before.
    box = "Pokémon: Sword & Shield 3 - Darkness Ablaze Elite Trainer Box"
    other = "Pokemon TCG: Darkness Ablaze - Elite Trainer Box"
    assert extract(box).marked == {"pokemon"} and not extract(other).marked
    assert _word_conflict(extract(box), extract(other), "unknown") is None
    # Titles written alike are read as before.
    assert _word_conflict(extract(box.replace("é", "e")), extract(other), "unknown") == ("shield/sword", "tcg")


def test_german_umlauts_sharp_s_and_compounds_written_two_ways():
    # "ü" and "ue" are one word to the word rule (a letter left out), "ß" is "ss".
    found = match_products(*catalogues(GERMAN))
    assert "differs" not in " ".join(found.reason)
    assert_found_and_nothing_wrong(GERMAN, matched=5)


def test_greek_capitals_without_their_tonos_are_the_same_words():
    assert clean("ΗΛΕΚΤΡΙΚΗ ΣΚΟΥΠΑ") == clean("Ηλεκτρική σκούπα")
    assert_found_and_nothing_wrong([
        ("Ηλεκτρική σκούπα χωρίς σακούλα", "ΣΚΟΥΠΑ ΗΛΕΚΤΡΙΚΗ ΧΩΡΙΣ ΣΑΚΟΥΛΑ"),
        ("Καφετιέρα φίλτρου μαύρη", "Μαύρη καφετιέρα φίλτρου"),
        ("Παιδικό ποδήλατο 16 ιντσών", "Ποδήλατο παιδικό 16\""),
        ("Ελαιόλαδο παρθένο 1 λίτρο", "Παρθένο ελαιόλαδο 1L"),
    ], matched=3)


def test_cyrillic_titles_with_latin_model_codes():
    assert_found_and_nothing_wrong([
        ("Электрический чайник Bosch TWK 3A011 белый", "Чайник электрический BOSCH TWK3A011, белый"),
        ("Пылесос беспроводной Xiaomi Dreame V10", "Беспроводной пылесос Dreame V10 (Xiaomi)"),
        ("Кофеварка капельная Philips HD7461", "Philips HD7461 капельная кофеварка"),
        ("Утюг с парогенератором Tefal", "Tefal утюг с парогенератором"),
        ("Детская коляска прогулочная", "Прогулочная детская коляска"),
        ("Зимние ботинки мужские кожаные", "Мужские кожаные зимние ботинки"),
    ], matched=6)


CHINESE = [
    ("索尼 WH-1000XM4 无线降噪耳机", "Sony WH-1000XM4 头戴式耳机"),
    ("小米 空气净化器 4 Pro", "小米空气净化器4 Pro"),
    ("华为 MateBook 14 笔记本电脑", "华为笔记本电脑MateBook 14"),
    ("美的 电饭煲 4升 智能预约", "美的智能预约电饭煲4L"),
    ("苏泊尔 不粘锅 炒锅 32厘米", "苏泊尔炒锅不粘锅32cm"),
    ("九阳 豆浆机 全自动", "九阳全自动豆浆机"),
    ("格力 空调 1.5匹 变频", "格力变频空调1.5匹"),
    ("海尔 冰箱 对开门 500升", "海尔对开门冰箱500L"),
]
JAPANESE = [
    ("パナソニック ドラム式洗濯機 NA-VX800BL", "Panasonic NA-VX800BL ドラム洗濯機"),
    ("象印 圧力IH炊飯ジャー 5.5合", "圧力IH炊飯器 象印 5.5合炊き"),
    ("ダイソン コードレス掃除機", "コードレス掃除機 ダイソン"),
    ("無印良品 超音波アロマディフューザー", "超音波アロマディフューザー（無印良品）"),
    ("タイガー 電気ケトル 1.0L", "電気ケトル タイガー 1L"),
]


def test_a_title_without_spaces_is_no_model_code_and_its_latin_code_and_size_are_read():
    # Written against the Chinese, "4", "500L" and "MateBook" were one piece with the whole
    # title, read as one long model code that no other title shares.
    air = extract("小米空气净化器4 Pro")
    assert not air.codes and "4" in air.numbers
    assert "小米" in tokens_of(air.text) and "pro" in air.pieces
    fridge = extract("海尔对开门冰箱500L")
    assert not fridge.codes and fridge.quantities == {"volume": frozenset({500_000.0})}
    assert extract("華為MateBook14").text.split() == ["華為", "matebook14"]


def test_the_character_view_reads_a_run_spaced_two_ways_alike():
    # The second view of the titles the wording gate and the second round read: its n-grams
    # are taken within words, so a run left whole shares few with the same words spaced out.
    spaced, run = extract("苏泊尔 不粘锅 炒锅 32厘米"), extract("苏泊尔炒锅不粘锅32cm")
    assert spaced.text.split()[:3] == ["苏泊", "泊尔", "不粘"]
    as_bigrams = character_cosine([spaced.text], [run.text])[0]
    whole = character_cosine(["苏泊尔 不粘锅 炒锅 32 厘米"], ["苏泊尔炒锅不粘锅 32cm"])[0]
    assert as_bigrams > 0.4 > 0.2 > whole


@pytest.mark.parametrize("titles, matched", [(CHINESE, 3), (JAPANESE, 4)], ids=["chinese", "japanese"])
def test_scripts_without_spaces_between_words_are_compared_word_for_word(titles, matched):
    # Three of the Chinese pairs were not even proposed: one shop separates the words, the other
    # runs them together, and the titles shared no whitespace token.
    assert_found_and_nothing_wrong(titles, matched=matched)


def matched_through_the_commands(workspace, tmp_path, titles: list[tuple[str, str]]) -> list[dict]:
    """Our product n and their listing n (`catalogues`) imported from CSV files, matched by
    `storecheck match` and exported: the rows of `matches export`."""
    ours = [{"sku": f"O{n}", "name": a, "price": "10.00"} for n, (a, _) in enumerate(titles)]
    theirs = [{"key": f"T{n}", "name": b, "price": "11.00"} for n, (_, b) in enumerate(titles)]
    return list(exported_after_matching(workspace, tmp_path, ours, theirs).values())


def test_chinese_and_japanese_catalogues_through_the_commands(workspace, tmp_path):
    titles = CHINESE + JAPANESE
    found = matched_through_the_commands(workspace, tmp_path, titles)
    assert {(row["sku"], row["key"]) for row in found} == {(f"O{n}", f"T{n}") for n in range(len(titles))}
    assert sum(row["status"] == "matched" for row in found) >= 7


# One product worded by two shops, then products of one kind that differ by one word: a
# colour, a flavour ("लाल" red against "हरा" green; "สีแดง" red against "สีเขียว" green).
HINDI = (
    [("प्रेस्टीज प्रेशर कुकर 5 लीटर स्टेनलेस स्टील", "स्टेनलेस स्टील प्रेशर कुकर प्रेस्टीज 5 लीटर"),
     ("बजाज मिक्सर ग्राइंडर 750 वाट", "बजाज 750 वाट मिक्सर ग्राइंडर"),
     ("फिलिप्स इलेक्ट्रिक केतली 1.5 लीटर", "इलेक्ट्रिक केतली फिलिप्स 1.5 लीटर"),
     ("सूती बेडशीट डबल बेड फूलदार", "डबल बेड सूती फूलदार बेडशीट"),
     ("हल्दीराम भुजिया सेव 1 किलो", "हल्दीराम भुजिया 1 किलो"),
     ("टाटा नमक आयोडीन युक्त 1 किलो", "टाटा आयोडीन युक्त नमक 1 किलो")],
    [("महिलाओं का सूती कुर्ता लाल", "महिलाओं का सूती कुर्ता हरा"),
     ("बच्चों की साइकिल 20 इंच लाल", "बच्चों की साइकिल 20 इंच पीली"),
     ("पुरुषों के चमड़े के जूते काले", "पुरुषों के चमड़े के जूते भूरे"),
     ("हल्दीराम नमकीन आलू भुजिया", "हल्दीराम नमकीन मूंग दाल")],
)
THAI = (
    [("หม้อหุงข้าวไฟฟ้า ชาร์ป 1.8 ลิตร", "ชาร์ป หม้อหุงข้าว ไฟฟ้า 1.8 ลิตร"),
     ("น้ำปลาแท้ ตราทิพรส 700 มล.", "ทิพรส น้ำปลาแท้ 700 มล."),
     ("ข้าวหอมมะลิ ตราฉัตร 5 กก.", "ตราฉัตร ข้าวหอมมะลิ 5 กก.")],
    [("รองเท้าผ้าใบ นันยาง สีแดง", "รองเท้าผ้าใบ นันยาง สีเขียว"),
     ("เสื้อยืด คอกลม ผ้าฝ้าย สีชมพู", "เสื้อยืด คอกลม ผ้าฝ้าย สีเหลือง"),
     ("มาม่า บะหมี่กึ่งสำเร็จรูป รสต้มยำกุ้ง", "มาม่า บะหมี่กึ่งสำเร็จรูป รสหมูสับ")],
)


def test_a_vowel_sign_is_part_of_its_word():
    # Python's "\w" leaves out combining marks: "नमस्ते" was read as "नमस" and "त", and
    # "लाल" (red) as two one-letter pieces that no rule could tell from "हरा" (green).
    assert extract("महिलाओं का सूती कुर्ता लाल").pieces == {"महिलाओं", "का", "सूती", "कुर्ता", "लाल"}
    assert "สีเขียว" in extract("รองเท้าผ้าใบ นันยาง สีเขียว").words
    # A letter and its vowel sign is a particle ("का", "के": "of"), no word that names a variant.
    assert extract("पुरुषों के चमड़े के जूते काले").words == {"पुरुषों", "चमड़े", "जूते", "काले"}


@pytest.mark.parametrize("same, apart", [HINDI, THAI], ids=["hindi", "thai"])
def test_scripts_that_write_vowels_as_marks_through_the_commands(workspace, tmp_path, same, apart):
    # Read as fragments, three of the four Hindi pairs that differ by a colour were matched.
    found = matched_through_the_commands(workspace, tmp_path, same + apart)
    status = {(row["sku"], row["key"]): row["status"] for row in found}
    assert all(status.get((f"O{n}", f"T{n}")) == "matched" for n in range(len(same))), found
    assert not [pair for pair, s in status.items() if s == "matched" and pair[0][1:] != pair[1][1:]], found
    assert all(status.get((f"O{n}", f"T{n}")) != "matched" for n in range(len(same), len(same + apart))), found


def test_units_written_in_other_scripts_are_sizes():
    # The Latin spelling of each: a size reads alike however a shop wrote it.
    assert extract("Смартфон Samsung Galaxy A54 128 ГБ").quantities == {"bytes": frozenset({128.0})}
    assert extract("海尔 冰箱 对开门 500升").quantities == extract("海尔对开门冰箱500L").quantities
    assert extract("Вода питьевая 2 л").quantities == {"volume": frozenset({2000.0})}
    assert extract("प्रेस्टीज प्रेशर कुकर 5 लीटर").quantities == {"volume": frozenset({5000.0})}
    assert extract("น้ำปลาแท้ 700 มล.").quantities == {"volume": frozenset({700.0})}
    # A one-letter word after a number is a preposition or an abbreviation: "5 in 1", "the year 2020".
    assert not extract("Набор 5 в 1, 2020 г.").quantities
    # Written without spaces, a unit with more of the title after it is not read (a character
    # after it may make another word: "2克拉" is two carats): only at the end, or before a space.
    assert not extract("海尔冰箱500升对开门").quantities and not extract("钻戒2克拉").quantities
    assert extract("海尔冰箱 500升 对开门").quantities == {"volume": frozenset({500_000.0})}


def test_two_capacities_written_in_cyrillic_are_two_products():
    # Before, "128 ГБ" was a bare number and "256GB" a size: nothing told the two apart, and the
    # model code they share matched them.
    found = match_products(*catalogues([
        ("Смартфон Samsung Galaxy A54 128 ГБ черный", "Samsung Galaxy A54 256GB черный"),
        ("Холодильник Haier C2F636CWRG 500 л", "Haier C2F636CWRG холодильник 500L"),
        ("Чайник электрический Tefal KO150F 1,5 л", "Tefal KO150F чайник 1.7 л"),
    ]))
    assert pairs(found, "matched") == {("O1", "T1")}, found[["sku", "competitor_product_id", "status", "reason"]]
    assert "bytes differs" in found.set_index("sku").reason.get("O0", "bytes differs")
