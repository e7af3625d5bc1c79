"""A thirteenth round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Archery, a kind none of the twelve rounds held (ours: a German archery shop, 20 products in euros;
theirs: a Korean archery shop, 39 listings in won, writing in Hangul around the maker's model in
Latin letters, the maker often in Hangul only, in brackets before the title as Korean shops put
it: "[호이트] Hoyt Xceed 리커브 핸들 25인치 우 블랙" for our "Hoyt Xceed Recurve-Mittelteil 25\"
rechts schwarz"; "[윈앤윈] 위아위스 NS-G 카본 림 롱 36파운드", the line Wiawis written in Hangul too;
"이스턴 X10 샤프트 500 스파인 (12개입)", Easton in Hangul only; "시부야 얼티마 RC II 카본 리커브
사이트 우", Shibuya Ultima in Hangul, the model RC II in Latin). The hand a riser, a sight or a tab is
made for is "우" / "좌" (right / left) on risers and sights, "오른손" (right hand) on tabs, "RH" on
compound bows; the draw weight "36파운드" (pounds) where we write "36 lbs"; an inch "인치". Korean
shops' words name no product in many titles: "정품" (genuine), "무료배송" (free delivery),
"당일발송" (sent the same day), "블랙" (black), "리커브 핸들" (recurve riser), "카본 림 롱" (carbon
limbs, long), "(12개입)" (twelve in a pack).

The hard things, written as such shops write them, not to be easy or hard: siblings a hand, a
length, a draw weight, a spine or a colour apart ("우" / "좌", "25인치" / "27인치", "36파운드" /
"38파운드", "롱" / "미디엄", "500" / "550" / "450", "(12개입)" / "(낱개)" a single shaft, "M" / "L",
"LIFT 33" / "LIFT 29.5"); two products of ours one number apart in both shops (Wiawis NS-G "36" /
"38 lbs", Easton X10 "500" / "550"); other makers' products of the same kind and size (Kinetic's
riser, Skylon's shafts, a Fivics tab); one product of ours listed twice (the second time in
capitals with the maker in Latin letters last); a Samick bow (a Korean maker) under its Korean
name and its Latin one; GTINs on a few of ours and none of theirs.

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_X10_500 = gtin_with_check_digit("07721908120")
GTIN_X10_550 = gtin_with_check_digit("07721908121")
GTIN_CARBON_ONE_600 = gtin_with_check_digit("07721908230")

# A German archery shop against a Korean one in won: "리커브 핸들" recurve riser ("포뮬러 방식" its
# Formula fitting), "카본 림" / "폼 림" carbon / foam limbs ("롱" / "미디엄" long / medium), "샤프트"
# shafts ("스파인" spine, "낱개" a single one), "리커브 사이트" / "컴파운드 사이트" recurve / compound
# sight, "플런저" plunger, "롱로드" long rod, "핑거탭" finger tab, "컴파운드 보우" compound bow, "리커브
# 활" recurve bow, "WA 표적지" a WA target face ("10매" ten sheets), "베인" vanes, "화살통" quiver; "우" /
# "좌" right / left, "오른손" right hand; "블랙" / "블루" / "레드" / "화이트" / "옐로우" black / blue / red /
# white / yellow; makers in Hangul: 호이트
# Hoyt, 윈앤윈 Win&Win (its line 위아위스 Wiawis), 이스턴 Easton, 시부야 Shibuya (얼티마 Ultima), 바이터
# Beiter, 매튜스 Mathews, 크루거 Krüger, 엘리트 Elite, 삼익 Samick (세이지 Sage), 커널 Kinetic, 스카이론
# Skylon, 피빅스 Fivics.
ARCHERY: list[Row] = [
    ("Hoyt Xceed Recurve-Mittelteil 25\" rechts schwarz", "899.00", "[호이트] Hoyt Xceed 리커브 핸들 25인치 우 블랙 정품", "1390000"),
    (None, None, "[호이트] Hoyt Xceed 리커브 핸들 25인치 좌 블랙 정품", "1390000"),
    (None, None, "[호이트] Hoyt Xceed 리커브 핸들 27인치 우 블랙 정품", "1390000"),
    (None, None, "[호이트] Hoyt Xceed 리커브 핸들 25인치 우 블루 정품", "1420000"),
    ("Hoyt Formula Xi Recurve-Mittelteil 25\" rechts", "849.00", "[호이트] Hoyt Formula Xi 리커브 핸들 25인치 우 (포뮬러 방식)", "1290000"),
    ("Win&Win Wiawis NS-G Carbon-Wurfarme lang 36 lbs", "599.00", "[윈앤윈] 위아위스 NS-G 카본 림 롱 36파운드 무료배송", "890000"),
    ("Win&Win Wiawis NS-G Carbon-Wurfarme lang 38 lbs", "599.00", "[윈앤윈] 위아위스 NS-G 카본 림 롱 38파운드 무료배송", "890000"),
    (None, None, "[윈앤윈] 위아위스 NS-G 카본 림 미디엄 36파운드 무료배송", "890000"),
    (None, None, "[윈앤윈] 위아위스 NS-G 폼 림 롱 36파운드 무료배송", "720000"),
    (None, None, "[윈앤윈] 위아위스 ATF-DX 리커브 핸들 25인치 우", "1150000"),
    ("Easton X10 Pfeilschäfte Spine 500 (12 Stück)", "489.00", "이스턴 X10 샤프트 500 스파인 (12개입) 당일발송", "780000",
     {"ours": {"brand": "Easton", "gtin": GTIN_X10_500}}),
    ("Easton X10 Pfeilschäfte Spine 550 (12 Stück)", "489.00", "이스턴 X10 샤프트 550 스파인 (12개입) 당일발송", "780000",
     {"ours": {"brand": "Easton", "gtin": GTIN_X10_550}}),
    (None, None, "이스턴 X10 샤프트 450 스파인 (12개입) 당일발송", "780000"),
    (None, None, "이스턴 X10 샤프트 500 스파인 (낱개)", "68000"),
    ("Easton Carbon One Pfeilschäfte Spine 600 (12 Stück)", "119.00", "Easton Carbon One 카본원 샤프트 600 (12개입)", "178000",
     {"ours": {"brand": "Easton", "gtin": GTIN_CARBON_ONE_600}}),
    (None, None, "Easton Carbon One 카본원 샤프트 700 (12개입)", "178000"),
    ("Shibuya Ultima RC II Carbon Recurve-Visier rechts", "379.00", "시부야 얼티마 RC II 카본 리커브 사이트 우", "590000"),
    (None, None, "시부야 얼티마 RC II 카본 리커브 사이트 좌", "590000"),
    (None, None, "시부야 얼티마 CPX 컴파운드 사이트", "640000"),
    ("Beiter Plunger schwarz", "159.00", "BEITER 바이터 플런저 블랙", "248000"),
    (None, None, "BEITER 바이터 플런저 레드", "248000"),
    ("Doinker Platinum Hi-Modulus Stabilisator 30\"", "159.00", "Doinker Platinum Hi-Modulus 롱로드 30인치", "245000"),
    (None, None, "Doinker Platinum Hi-Modulus 롱로드 28인치", "240000"),
    ("AAE KSL Gold Fingertab Größe M rechts", "89.00", "AAE KSL 골드 핑거탭 M 오른손", "138000"),
    (None, None, "AAE KSL 골드 핑거탭 L 오른손", "138000"),
    ("Mathews Lift 33 Compoundbogen 70 lbs 29\" rechts", "1899.00", "매튜스 Mathews LIFT 33 컴파운드 보우 70파운드 29인치 RH", "2950000"),
    (None, None, "매튜스 Mathews LIFT 29.5 컴파운드 보우 70파운드 28인치 RH", "2950000"),
    (None, None, "매튜스 Mathews LIFT 33 컴파운드 보우 60파운드 29인치 RH", "2950000"),
    ("Krüger WA-Scheibenauflage 122 cm (10 Stück)", "39.00", "Krüger 크루거 WA 표적지 122cm (10매)", "62000"),
    (None, None, "Krüger 크루거 WA 표적지 80cm (10매)", "38000"),
    ("AAE Elite Plastifletch Vanes 1,75\" weiß (100 Stück)", "29.90", "AAE 엘리트 베인 1.75인치 화이트 (100개입)", "46000"),
    (None, None, "AAE 엘리트 베인 1.75인치 옐로우 (100개입)", "46000"),
    ("Avalon Tec One Köcher schwarz", "39.90", "Avalon Tec One 화살통 블랙", "59000"),
    ("Samick Sage Recurvebogen 62\" 30 lbs rechts", "179.00", "삼익 세이지 Sage 리커브 활 62인치 30파운드 우", "259000"),
    (None, None, "삼익 세이지 Sage 리커브 활 62인치 35파운드 우", "259000"),
    ("Win&Win Wiawis NS-G Carbon-Wurfarme lang 40 lbs", "599.00", None, None),
    ("Easton X10 Pfeilschäfte Spine 600 (12 Stück)", "489.00", None, None, {"ours": {"brand": "Easton"}}),
    ("Beiter Plunger blau", "159.00", None, None),
    ("Fivics Saker 2 Fingertab Größe M rechts", "49.00", None, None),
    (None, None, "커널 Kinetic Vanquish 리커브 핸들 25인치 우 블랙", "590000"),
    (None, None, "스카이론 Skylon Radius 샤프트 500 스파인 (12개입)", "98000"),
    (None, None, "피빅스 Fivics 핑거탭 M 오른손 (기본형)", "28000"),
]

KINDS: dict[str, list[Row]] = {"archery, a Korean shop in won": ARCHERY}
(KOREAN,) = KINDS
CURRENCIES = {KOREAN: "KRW"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    KOREAN: [(5, "위아위스 NS-G 카본 림 롱 36# (WIN&WIN)", "875000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def _hangul(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" for c in text)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[KOREAN]
    # Every listing of theirs is titled in Hangul; none of ours is.
    assert all(_hangul(t["name"]) for t in theirs) and not any(_hangul(o["name"]) for o in ours)
    # Two products of ours one number apart, both in both shops.
    assert {("O5", "T5"), ("O6", "T6"), ("O10", "T10"), ("O11", "T11")} <= truth
    # The maker in Hangul only, never in Latin letters, on Easton's X10 and Shibuya's and Win&Win's
    # first listings.
    for n in (5, 10, 16):
        title = next(t["name"] for t in theirs if t["key"] == f"T{n}")
        assert not any(maker in title.lower() for maker in ("easton", "shibuya", "win&win", "wiawis")), title


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; where the
# twelve rounds' readings say storecheck will not reach it, the test is a strict xfail (raising
# AssertionError, so that a helper renamed fails the run rather than passing as expected).


# Failed at first reading, as expected: 3 of 17 found (all proposed), 14 missed, no variant matched
# or proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the twelve rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Failed at first reading, as expected: 3 of 17 found, all proposed (Easton Carbon One 0.64, the Doinker
# rod 0.62, the Avalon quiver 0.60, "titles 60-77% alike"); every other missed, 0.17-0.51 alone (Wiawis
# 0.17, Shibuya 0.19, Samick 0.24, Easton X10 0.28, Hoyt Xceed 0.29, Mathews LIFT 33 0.42, Krüger 0.51).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a title in another script around a Latin model found under half before (Hindi 2 of 14, Japanese 1 of 16, Ukrainian 4 of 15)")
def test_a_korean_title_around_a_latin_model_finds_our_product(tmp_path):
    # "[호이트] Hoyt Xceed 리커브 핸들 25인치 우 블랙 정품" / "Hoyt Xceed Recurve-Mittelteil 25\" rechts
    # schwarz": the model in Latin in most titles (Xceed, Formula Xi, NS-G, X10, RC II, LIFT 33,
    # KSL, Tec One), the maker in Hangul in many, the kind in Korean. At least half found.
    counts, found, truth = BATCH.read_rows(tmp_path, KOREAN)
    assert share_found(counts, truth) >= 0.5, found


# Passed at first reading, as expected: nothing matched.
def test_a_hand_a_length_a_weight_a_spine_or_a_pack_tells_two_listings_apart(tmp_path):
    # A riser's "25인치 우" against "좌" and "27인치", limbs' "36파운드" against "미디엄" and "폼 림",
    # shafts' "500" against "450" and "(12개입)" against "(낱개)", a sight's "우" against "좌", a long
    # rod's 30 against 28 inches, a tab's M against L, a compound's 70 against 60 pounds, a target
    # face's 122 against 80 cm, vanes' white against yellow, a bow's 30 against 35 pounds: another
    # value is another product. Nothing of theirs matched to a product it is not.
    numbers = [0, 1, 2, 3, 5, 7, 8, 10, 12, 13, 14, 15, 16, 17, 21, 22, 23, 24, 25, 27, 28, 29, 30, 31, 33, 34]
    counts, found, _ = BATCH.read_rows(tmp_path, KOREAN, numbers)
    assert not counts["wrong matched"], found


# Expected to fail when written (a strict xfail: "a word or letter on one listing only was matched or
# proposed in every round before"); at first reading it passed: nothing matched or proposed, as our
# products' own listings in these rows were missed themselves (0.17-0.42 alone). Now a plain test.
def test_a_sibling_one_word_or_number_apart_is_not_even_proposed(tmp_path):
    # "우" / "좌", "블랙" / "블루", "카본" / "폼", "롱" / "미디엄", "RC II 카본 리커브" / "CPX 컴파운드",
    # "블랙" / "레드", "LIFT 33" / "LIFT 29.5": none matched, nor put to a person beside our
    # product's own listing.
    numbers = [0, 1, 3, 4, 5, 7, 8, 16, 17, 18, 19, 20, 25, 26]
    counts, found, _ = BATCH.read_rows(tmp_path, KOREAN, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: none crossed (all four missed in the whole batch, 0.17 and 0.28
# alone).
def test_two_products_of_ours_one_number_apart_do_not_cross(tmp_path):
    # Our Wiawis NS-G "36 lbs" and "38 lbs" against their "36파운드" and "38파운드", our X10 "Spine
    # 500" and "550" against their "500 스파인" and "550 스파인": neither of ours matched or put to a
    # person with the other's listing.
    for numbers in ([5, 6], [10, 11]):
        counts, found, _ = BATCH.read_rows(tmp_path, KOREAN, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (numbers, found)


# Passed at first reading, as expected: nothing paired across makers.
def test_a_kind_and_size_every_maker_writes_names_no_product(tmp_path):
    # "리커브 핸들 25인치 우 블랙" on Kinetic's riser and Hoyt's, "샤프트 500 스파인 (12개입)" on
    # Skylon's shafts and Easton's, "핑거탭 M 오른손" on Fivics' tab and AAE's: no product of one
    # maker matched or put to a person with another's.
    counts, found, _ = BATCH.read_rows(tmp_path, KOREAN, [0, 10, 23, 39, 40, 41])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading, as expected: none of the three found (Wiawis 0.17, Easton X10 0.28, Shibuya
# 0.19 alone): the model in Latin ("NS-G", "X10", "RC II") not read as a code, the maker in Hangul not
# read as ours.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a maker written in another script joined nothing before (Gray-Nicolls in Devanagari 0.09, Eppendorf in katakana 0.16)")
def test_a_maker_written_in_hangul_only_finds_our_product(tmp_path):
    # "이스턴 X10 샤프트 500 스파인 (12개입)" (Easton), "[윈앤윈] 위아위스 NS-G 카본 림 롱 36파운드"
    # (Win&Win Wiawis), "시부야 얼티마 RC II 카본 리커브 사이트 우" (Shibuya Ultima): the model in
    # Latin, the maker in Hangul only. Each found (matched or put to a person), no sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, KOREAN, [5, 7, 10, 12, 16, 17])
    assert share_found(counts, truth) == 1 and not counts["wrong matched"], found


# Failed at first reading, as expected: both Wiawis listings missed (0.17 and 0.30 alone).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of four in kinds11 and kinds12")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "위아위스 NS-G 카본 림 롱 36# (WIN&WIN)" (the maker last in Latin capitals, the pounds written
    # "36#" as archers write them) beside "[윈앤윈] 위아위스 NS-G 카본 림 롱 36파운드 무료배송": both
    # listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_thirteenth_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at b6201bf, the matching code of d4af15d, the session's start): 3 of 17
    # true pairs found (0 matched, 3 proposed), 14 missed; no variant matched or proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=0, found=3, wrong_matched=0, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds13 [-v]
    BATCH.print_reading()
