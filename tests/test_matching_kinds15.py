"""A fifteenth round of catalogues set aside, its first batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Sheet music, a kind none of the fourteen rounds held (ours: an Austrian music shop, 20 products in
euros, titled in German as a Viennese Notenhandlung writes them: composer, work, edition and the
publisher's number, "Beethoven: Klaviersonaten Band I, Henle Urtext HN 32 (broschiert)"; theirs: a
Taiwanese sheet-music shop, 35 listings in New Taiwan dollars, titled in traditional Chinese as such
shops write them: the edition in lenticular brackets first, the composer and the work in Chinese,
the publisher's number run together, an English title or a binding after it, "【亨樂原典版】貝多芬
鋼琴奏鳴曲 第一冊 HN32 Henle Beethoven Piano Sonatas Vol.1 (平裝)"). "亨樂原典版" is Henle's Urtext,
"騎熊士" Bärenreiter, "全音" the Japanese publisher Zen-On, "波蘭國家版" the Polish National Edition;
"第一冊" a first volume, "平裝" / "精裝" paperbound / clothbound, "有指法" / "無指法" with / without
fingering, "節拍器" a metronome, "調音器" a tuner, "譜架" a music stand, "二手" used.

The hard things, written as such shops write them, not to be easy or hard: one work in several
editions, each another product (Beethoven's sonatas from Henle, Bärenreiter and Zen-On, Mozart's
from Bärenreiter and Henle, Czerny's op. 299 from Peters and Zen-On, Hanon's exercises from two
publishers), a publisher's numbers one apart for a volume or a binding ("HN 32" / "HN 33" / "HN
34"), with and without fingering ("HN 14" / "HN 1014", "HN 64" / "HN 589"), a single piece beside
the suite it comes from ("Clair de lune" / "Suite bergamasque"), an opus apart (Burgmüller's op. 100
/ op. 109, Czerny's op. 299 / op. 849), a metronome a colour and a number apart, a tuner with and
without its clip microphone, a music stand and another model of the same maker, a microphone
naming the tuners it fits, a used copy ("二手") carrying our number; "亨樂原典版", "Henle" and "鋼琴"
(piano) in most of their titles; the ISMN (a GTIN-13 beginning 979-0) in some of our GTINs and in
a few of their descriptions, written with its hyphens; two products of ours one number apart in both
shops (Beethoven's first and second volumes); one product listed twice (the second time without its
number, the German title after the Chinese).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

ISMN_HN32 = gtin_with_check_digit("979020180032")
ISMN_HN34 = gtin_with_check_digit("979020180034")
ISMN_HN185 = gtin_with_check_digit("979020180185")
ISMN_HN14 = gtin_with_check_digit("979020180014")


def hyphenated_ismn(ismn: str) -> str:
    """An ISMN as a shop's description writes it: 979-0-2018-0032-5."""
    return f"{ismn[:3]}-{ismn[3]}-{ismn[4:8]}-{ismn[8:12]}-{ismn[12]}"


# An Austrian music shop in euros against a Taiwanese sheet-music shop in New Taiwan dollars.
SHEET_MUSIC: list[Row] = [
    ("Beethoven: Klaviersonaten Band I, Henle Urtext HN 32 (broschiert)", "34.50",
     "【亨樂原典版】貝多芬 鋼琴奏鳴曲 第一冊 HN32 Henle Beethoven Piano Sonatas Vol.1 (平裝)", "1350",
     {"ours": {"brand": "G. Henle Verlag", "gtin": ISMN_HN32},
      "theirs": {"description": "出版社：G. Henle Verlag 編者：Bertha Antonia Wallner 頁數：312 ISMN：" + hyphenated_ismn(ISMN_HN32)}}),
    (None, None, "【亨樂原典版】貝多芬 鋼琴奏鳴曲 第一冊 HN33 Henle Beethoven Piano Sonatas Vol.1 (精裝)", "1980"),
    ("Beethoven: Klaviersonaten Band II, Henle Urtext HN 34 (broschiert)", "34.50",
     "【亨樂原典版】貝多芬 鋼琴奏鳴曲 第二冊 HN34 Henle Beethoven Piano Sonatas Vol.2 (平裝)", "1350",
     {"ours": {"brand": "G. Henle Verlag", "gtin": ISMN_HN34}}),
    ("Bach: Das Wohltemperierte Klavier Teil I BWV 846-869, Henle Urtext HN 14, mit Fingersatz", "29.00",
     "【亨樂原典版】巴哈 十二平均律 第一冊 BWV 846-869 HN14 (有指法)", "1150",
     {"ours": {"brand": "G. Henle Verlag", "gtin": ISMN_HN14}}),
    (None, None, "【亨樂原典版】巴哈 十二平均律 第一冊 BWV 846-869 HN1014 (無指法)", "1050"),
    ("Bach: Inventionen und Sinfonien BWV 772-801, Henle Urtext HN 64, mit Fingersatz", "14.50",
     "【亨樂原典版】巴哈 二聲部與三聲部創意曲 BWV 772-801 HN64 (有指法)", "580"),
    ("Chopin: Nocturnes, Henle Urtext", "26.00", "【亨樂原典版】蕭邦 夜曲集 Chopin Nocturnes HN185", "1020",
     {"ours": {"brand": "G. Henle Verlag", "mpn": "HN 185", "gtin": ISMN_HN185},
      "theirs": {"description": "蕭邦夜曲全集21首，Ewald Zimmermann 編，Hermann Keller 指法。ISMN " + hyphenated_ismn(ISMN_HN185)}}),
    (None, None, "【波蘭國家版】蕭邦 夜曲集 Chopin Nocturnes (PWM Ekier 國家版 A V)", "890"),
    ("Chopin: Etüden op. 10 und op. 25, Henle Urtext HN 124", "24.00", "蕭邦 練習曲集 Op.10 / Op.25 亨樂原典版 HN124", "950"),
    ("Mozart: Klaviersonaten Band 1, Bärenreiter Urtext BA 4861", "27.95",
     "【騎熊士原典版】莫札特 鋼琴奏鳴曲 第一冊 BA4861 Bärenreiter Mozart Piano Sonatas Vol.1", "1100"),
    (None, None, "【亨樂原典版】莫札特 鋼琴奏鳴曲 第一冊 HN1 Henle Mozart Piano Sonatas Vol.1", "1280"),
    ("Mozart: Klaviersonaten Band 2, Bärenreiter Urtext BA 4862", "27.95", None, None),
    ("Schumann: Kinderszenen op. 15, Henle Urtext HN 905", "9.50", "【亨樂原典版】舒曼 兒時情景 Op.15 HN905", "380"),
    (None, None, "舒曼 兒時情景 Op.15 鋼琴獨奏 (全音樂譜出版社)", "220"),
    ("Burgmüller: 25 leichte Etüden op. 100 (Schott)", "11.50", "布爾格彌勒 25首鋼琴進階練習曲 Op.100 (Schott 德國版)", "450",
     {"ours": {"brand": "Schott", "mpn": "ED 173"}}),
    (None, None, "布爾格彌勒 18首鋼琴練習曲 Op.109 (Schott 德國版)", "450"),
    ("Wittner Taktell Piccolo 830 Metronom, Mahagoni", "59.90", "Wittner 德國 Taktell Piccolo 830 機械式節拍器 桃花心木色", "2280",
     {"ours": {"brand": "Wittner"}}),
    (None, None, "Wittner 德國 Taktell Piccolo 836 機械式節拍器 黑色", "2280"),
    ("Korg TM-60 Stimmgerät und Metronom, schwarz", "24.90", "KORG TM-60 二合一 調音器 節拍器 黑色 TM60BK", "890",
     {"ours": {"brand": "Korg", "mpn": "TM-60-BK"}}),
    (None, None, "KORG TM-60C 二合一 調音器 節拍器 附CM-300夾式拾音器 白色", "1150"),
    ("König & Meyer 100/5 Notenpult, schwarz", "32.00", "K&M 德國 100/5 摺疊式譜架 黑色", "1250",
     {"ours": {"brand": "K&M"}}),
    (None, None, "K&M 德國 10065 Robby Plus 摺疊式譜架 黑色", "1580"),
    ("Debussy: Clair de lune aus Suite bergamasque, Henle Urtext HN 388", "7.50",
     "【亨樂原典版】德布西 月光 (選自貝加馬斯克組曲) HN388 鋼琴單曲", "290"),
    (None, None, "【亨樂原典版】德布西 貝加馬斯克組曲 Suite bergamasque 全曲 HN380", "560"),
    ("Hanon: Der Klaviervirtuose, 60 Übungen (Schott)", "14.95", None, None),
    (None, None, "哈農 鋼琴練指法 60首 (全音樂譜出版社)", "260"),
    ("Czerny: Die Schule der Geläufigkeit op. 299, Edition Peters", "12.50", "徹爾尼 鋼琴快速練習曲 Op.299 (Peters 德國彼得斯版)", "480"),
    (None, None, "徹爾尼 鋼琴快速練習曲 Op.299 (全音樂譜出版社)", "240"),
    (None, None, "徹爾尼 30首鋼琴練習曲 Op.849 (全音樂譜出版社)", "220"),
    ("Haydn: Klaviersonaten Band I, Henle Urtext HN 238", "36.00", None, None),
    ("Wittner Super-Mini-Taktell 880 Metronom, schwarz", "64.00", None, None),
    ("Liszt: Liebesträume, Henle Urtext HN 1151", "9.00", "【亨樂原典版】李斯特 愛之夢 三首夜曲 HN1151", "350"),
    (None, None, "【二手】亨樂原典版 蕭邦 夜曲集 HN185 (少量鉛筆註記 書況良好)", "550"),
    (None, None, "KORG CM-300 夾式拾音器 黑色 (適用 TM-60 / TM-60C / TM-70)", "420"),
    (None, None, "【騎熊士原典版】貝多芬 鋼琴奏鳴曲 第一冊 BA11811 Bärenreiter (Del Mar 編)", "1480"),
    (None, None, "貝多芬 鋼琴奏鳴曲 第一冊 (全音樂譜出版社 日本版)", "680"),
    (None, None, "【亨樂原典版】巴哈 二聲部與三聲部創意曲 BWV 772-801 HN589 (無指法)", "540"),
    (None, None, "【亨樂原典版】貝多芬 給愛麗絲 WoO 59 鋼琴單曲 HN1186", "260"),
    ("Schubert: Impromptus op. 90 D 899, Henle Urtext HN 937", "12.00", None, None),
]

KINDS: dict[str, list[Row]] = {"sheet music, a Taiwanese shop in New Taiwan dollars": SHEET_MUSIC}
(TAIWANESE,) = KINDS
CURRENCIES = {TAIWANESE: "TWD"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    TAIWANESE: [(0, "貝多芬 鋼琴奏鳴曲集 第1冊 Beethoven Klaviersonaten Band I 亨樂原典版 平裝", "1350")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)

def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[TAIWANESE]
    # Two products of ours one volume apart, both in both shops.
    assert {("O0", "T0"), ("O2", "T2")} <= truth
    # Our Nocturnes' number is in our MPN only; their title writes it run together.
    nocturnes = next(o for o in ours if o["sku"] == "O6")
    assert "185" not in nocturnes["name"] and nocturnes["mpn"].replace(" ", "") in next(t["name"] for t in theirs if t["key"] == "T6")
    # The ISMNs their descriptions give are our GTINs, written with hyphens.
    for n in (0, 6):
        our, their = (next(r for r in side if r.get(k) == f"{p}{n}") for side, k, p in ((ours, "sku", "O"), (theirs, "key", "T")))
        assert our["gtin"] not in their["description"] and our["gtin"] == their["description"].split()[-1].replace("-", "")[-13:]


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the fourteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed.


# Expected to fail; failed at first reading: 4 of 16 found (4 matched), 12 missed; two variants
# matched as further listings of ours: Henle's Inventions without fingering ("HN589", 0.93, "same
# model code 772801", the BWV range both write) and the used Nocturnes ("二手", 0.91, "same model
# code hn185").
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a publisher's number written 'HN 32' / 'HN32' is not read as a code, and titles in German and Chinese share little else")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass for the publisher's and makers' numbers, uncertain for the three with none in
# both titles (the Nocturnes, Burgmüller and Czerny, an opus only): a number is in both titles of 12
# of the 15 pairs. Failed at first reading: 4 of 15 found (4 matched), each on a code our MPN or
# both titles write as one ("HN 185" in our MPN, "TM-60-BK", the BWV ranges "846-869" and
# "772-801"); "HN 32" / "HN32" and the ten others like it were not read as codes (0.10-0.36 alone,
# "titles 10-36% alike").
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a publisher's number written 'HN 32' / 'HN32' is not read as a code, and titles in German and Chinese share little else")
def test_a_chinese_title_around_the_publishers_number_finds_our_product(tmp_path):
    # "【亨樂原典版】貝多芬 鋼琴奏鳴曲 第一冊 HN32 Henle Beethoven Piano Sonatas Vol.1 (平裝)" /
    # "Beethoven: Klaviersonaten Band I, Henle Urtext HN 32 (broschiert)": the number written run
    # together, the work in Chinese. At least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, TAIWANESE)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: "HN 32" against "HN33" and "HN 14" against "HN1014" are a digit or a prefix apart,
# and the Henle words are all shared. Failed at first reading: "HN589" (the Inventions without
# fingering) matched as a further listing of our "HN 64" (0.93, "same model code 772801": the BWV
# range both editions write read as the product's code) and the used Nocturnes as a further listing
# of ours (0.91, "same model code hn185"); no other sibling matched. Since `used` (6f450bb) the
# used copy is proposed ("a used listing ("二手") against our new product"), not matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a BWV range both editions write is read as a model code (the used copy, matched at first reading, is proposed since used's 6f450bb)")
def test_a_publishers_number_apart_tells_two_editions_apart(tmp_path):
    # "HN 32" against "HN33" (clothbound) and Bärenreiter's "BA11811", "HN 14" against "HN1014"
    # (without fingering), "HN 64" against "HN589", "BA 4861" against Henle's "HN1", "HN 388" against
    # the whole suite's "HN380", "HN 185" against the Polish edition and the used copy, Wittner's
    # "830" against "836", Korg's "TM-60" against "TM-60C" and the microphone, K&M's "100/5"
    # against "10065": nothing of theirs matched to a product it is not.
    numbers = [0, 1, 3, 4, 5, 6, 7, 9, 10, 16, 17, 18, 19, 20, 21, 22, 23, 32, 33, 34, 36]
    counts, found, _ = BATCH.read_rows(tmp_path, TAIWANESE, numbers)
    assert not counts["wrong matched"], found


# Expected to fail; failed at first reading: the two variants above matched; none proposed (the
# used copy proposed since `used`, 6f450bb).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a BWV range both editions write is read as a model code (the used copy, matched at first reading, is proposed since used's 6f450bb)")
def test_a_sibling_one_number_or_word_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 1, 3, 4, 5, 6, 7, 9, 10, 16, 17, 18, 19, 20, 21, 22, 23, 32, 33, 34, 36]
    counts, found, _ = BATCH.read_rows(tmp_path, TAIWANESE, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Expected to pass: each volume has its own number and its own GTIN. Passed at first reading, as
# neither volume was found at all (0.26 and 0.25 alone, "titles 26% alike": "HN32" not read, the
# ISMN in their description not read).
def test_two_volumes_of_ours_one_number_apart_do_not_cross(tmp_path):
    # Our Beethoven "Band I ... HN 32" and "Band II ... HN 34" against their "第一冊 HN32" and
    # "第二冊 HN34": neither of ours matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, TAIWANESE, [0, 2])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: another publisher's edition of the same work shares the composer, the work and its
# opus or volume, and only the publisher's name (in Chinese) or number tells it apart. Passed at
# first reading: nothing wrong matched or proposed (of our five in these rows only the Nocturnes
# found, on the number in our MPN).
def test_another_publishers_edition_of_the_same_work_is_not_ours(tmp_path):
    # Zen-On's Schumann, Czerny op. 299 and Beethoven, Henle's Mozart, Bärenreiter's Beethoven,
    # the Polish Nocturnes, another publisher's Hanon: none matched or put to a person with ours.
    numbers = [0, 6, 7, 9, 10, 12, 13, 24, 25, 26, 27, 34, 35]
    counts, found, _ = BATCH.read_rows(tmp_path, TAIWANESE, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: no round before read a GTIN given only in their description with its hyphens. Failed at
# first reading: the Nocturnes matched on our MPN ("same model code hn185", 0.95); the Beethoven
# missed (0.26 alone): "ISMN 979-0-2018-0032-5" in their description is not read as our GTIN
# (a GTIN in a description is read after "ISBN", "EAN", "GTIN", "UPC" or "JAN", not "ISMN").
# Passes since the ISMN is read as a GTIN (twenty-seventh session, misses4): both matched, "same
# GTIN" (1.00).
def test_an_ismn_or_a_number_in_our_mpn_only_finds_our_product(tmp_path):
    # Our "Chopin: Nocturnes, Henle Urtext" (MPN "HN 185", its ISMN our GTIN) against "【亨樂原典版】
    # 蕭邦 夜曲集 Chopin Nocturnes HN185" (the ISMN hyphenated in the description), our Beethoven's
    # first volume likewise: each found.
    counts, found, truth = BATCH.read_rows(tmp_path, TAIWANESE, [0, 6])
    assert share_found(counts, truth) == 1 and not counts["wrong matched"], found


# Expected to fail; failed at first reading: both listings missed (0.26 and 0.21 alone; the second,
# "numbers differ: 32 vs 1", its "第1冊" read against our "HN 32").
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in some catalogues of each round before, not all")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "貝多芬 鋼琴奏鳴曲集 第1冊 Beethoven Klaviersonaten Band I 亨樂原典版 平裝" (no number, our German
    # title after the Chinese) beside "【亨樂原典版】貝多芬 鋼琴奏鳴曲 第一冊 HN32 ...": both listings
    # ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_fifteenth_rounds_first_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 9239a96; the matching code of the session's start, e10c9dd): 4 of 16
    # true pairs found (4 matched), 12 missed; 2 variants matched (Henle's Inventions without
    # fingering, the used Nocturnes), none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=4, found=4, wrong_matched=2, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds15 [-v]
    BATCH.print_reading()
