"""A twenty-sixth round of catalogues set aside, its second batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Billiards and snooker: pool and snooker cues, ball sets for pool, snooker and Russian pyramid, a
ball cleaner, cue tips, chalk, table cloth, a table, a cue case, a glove, a triangle, a table lamp,
a wall rack for cues; a kind none of the twenty-five rounds held (darts, table tennis and chess
were held, not cue sports); ours: a Sofia shop selling to clubs, bars and homes, 19 products in
euros, titled in Bulgarian (the Cyrillic script: our titles in a script other than Latin, which
no batch's were before) as such shops write them: the kind first ("Щека за пул", "Топки за
снукър", "Накрайник", "Тебешир", "Сукно", "Билярдна маса"), then maker and model, sizes after
commas, decimals with a comma ("12,4 мм", "57,2 мм"), counts as "бр.", "Щека за пул Predator P3
REVO, 12,4 мм, Uni-Loc"; theirs: an Almaty shop, 35 listings in tenge, titled in Kazakh (the
Cyrillic script, with its own letters ә, ғ, қ, ң, ө, ұ, ү, і) around the maker and model in Latin
letters: maker and model first, the kind after, decimals with a comma, counts as "дана", "Predator
P3 REVO пул кийі, 12,4 мм, Uni-Loc".
"пул кийі" is a pool cue ("щека за пул"), "снукер кийі" a snooker cue ("щека за снукър"),
"білігі" its shaft ("шафт"), "пул шарлары" pool balls ("топки за пул"), "снукер шарлары" snooker
balls ("топки за снукър"), "орыс бильярды шарлары" Russian pyramid balls ("топки за руски
билярд"), "жиынтығы" its set ("комплект"), "дана" pieces ("бр."), "шар тазалағыш" a ball cleaner
("препарат за почистване на топки"), "мл" millilitres, "наклейкасы" its tip ("накрайник"), "бор"
chalk ("тебешир"), "көк" blue ("син"), "жасыл" green ("зелен"), "мата" cloth ("сукно"), "турнирлік
көк" tournament blue ("турнирно синьо"), "9 футтық үстелге" for a 9-foot table ("за маса 9
фута"), "бильярд үстелі" a billiard table ("билярдна маса"), "фут" feet, "қара" black ("черна",
"черен"), "кий қабы" a cue case ("калъф за щеки"), "бильярд қолғабы" a billiard glove
("ръкавица за билярд"), "сол қол" the left hand ("лява ръка"), "оң қол" the right hand, "ағаш
үшбұрыш" a wooden triangle ("дървен триъгълник"), "шам" a lamp ("лампа"), "плафон" a shade
("плафона"), "қабырғаға ілінетін кий тұғыры" a cue rack hung on a wall ("стойка за щеки за
стена"), "орын" places ("места"); "арналған" made for, "үшін" for ("за"), "жиынтық" a set or kit,
"қолданылған" used; "Артикул" the article number, "Кепілдік" a warranty, "жыл" a year, "Алматы
бойынша жеткізу тегін" delivery across Almaty free. The second listing is in Russian, as Almaty
shops list too: "Шары для пула" balls for pool, "набор" a set, "шт." pieces.

The hard things, written as such shops write them, not to be easy or hard: a cue a shaft's
diameter apart with a decimal comma on both sides (Predator P3 REVO 12,4 / 11,8 мм; our Ikon4-1
ours only), a last letter apart (Mezz EC7-W / EC7-K); ball sets a name apart (Aramith Premier /
Crystal-Cup; our Tournament Pro-Cup TV ours only), a count apart (snooker 22 / 17 balls) or a
diameter apart (pyramid 68 / 60 мм); a ball cleaner a size apart (250 / 500 мл); tips a hardness
apart in the maker's English (Kamui Black Soft / Medium); chalk a colour apart in Kazakh (Master
blue / green) or a name apart (Taom V10 / Pyro); cloth a three-digit number apart (Simonis 860 /
760), our cloth's article number in their description after "Артикул:"; a table a length in feet
apart ("8 фута" / "8 фут", 8 / 9); cue cases whose model reads like a size ("Roadline 2x4" / "3x5");
a glove a hand apart in Kazakh; a lamp a count of shades and a length apart, a triangle and a wall
rack with no maker; another maker's shaft "for" our cue's joint (Cuetec for Uni-Loc); a used P3
REVO, a P3 REVO sold with its case; both shops in Cyrillic, Bulgarian against Kazakh, where words
of one root are spelt apart ("билярд" / "бильярд"); "Predator" on 7 of their listings, "Aramith" on
9 (the second listing included), "P3 REVO" on 4; one product listed twice (the second time in
Russian).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_P3_REVO = gtin_with_check_digit("084617031240")
GTIN_PREMIER_POOL = gtin_with_check_digit("541101200572")
GTIN_SIMONIS_860 = gtin_with_check_digit("541203808609")

# A Sofia billiards shop in euros against an Almaty one titled in Kazakh, in tenge.
BILLIARDS: list[Row] = [
    ("Щека за пул Predator P3 REVO, 12,4 мм, Uni-Loc", "1890.00",
     "Predator P3 REVO пул кийі, 12,4 мм, Uni-Loc", "1090000",
     {"ours": {"brand": "Predator", "gtin": GTIN_P3_REVO},
      "theirs": {"brand": "Predator", "description": "Кепілдік 1 жыл. Алматы бойынша жеткізу тегін."}}),
    (None, None, "Predator P3 REVO пул кийі, 11,8 мм, Uni-Loc", "1090000",
     {"theirs": {"brand": "Predator"}}),
    (None, None, "Predator P3 REVO пул кийі, 12,4 мм, қолданылған", "640000"),
    (None, None, "Predator P3 REVO кийі + Roadline 2x4 қабы, жиынтық", "1190000"),
    ("Щека за пул Predator Ikon4-1, 12,4 мм", "449.00", None, None),
    ("Щека за пул Mezz EC7-W, шафт WX700", "879.00",
     "Mezz EC7-W пул кийі, WX700 білігі", "495000",
     {"ours": {"brand": "Mezz"}}),
    (None, None, "Mezz EC7-K пул кийі, WX700 білігі", "495000"),
    ("Щека за снукър Riley ACE, 145 см, накрайник 9,5 мм", "79.00",
     "Riley ACE снукер кийі, 145 см, 9,5 мм", "44500"),
    ("Топки за пул Aramith Premier, 57,2 мм, комплект 16 бр.", "189.00",
     "Aramith Premier пул шарлары жиынтығы, 57,2 мм, 16 дана", "106500",
     {"ours": {"brand": "Aramith", "gtin": GTIN_PREMIER_POOL}, "theirs": {"brand": "Aramith"}}),
    (None, None, "Aramith Crystal-Cup пул шарлары жиынтығы, 57,2 мм, 16 дана", "72500",
     {"theirs": {"brand": "Aramith"}}),
    ("Топки за снукър Aramith Premier, 52,4 мм, 22 бр.", "229.00",
     "Aramith Premier снукер шарлары, 52,4 мм, 22 дана", "129000"),
    (None, None, "Aramith Premier снукер шарлары, 52,4 мм, 17 дана", "105000"),
    ("Топки за руски билярд Aramith Pyramid, 68 мм, 16 бр.", "299.00",
     "Aramith Pyramid орыс бильярды шарлары, 68 мм, 16 дана", "168000"),
    (None, None, "Aramith Pyramid орыс бильярды шарлары, 60 мм, 16 дана", "139000"),
    ("Препарат за почистване на топки Aramith Ball Cleaner, 250 мл", "14.90",
     "Aramith Ball Cleaner шар тазалағыш, 250 мл", "8500",
     {"ours": {"brand": "Aramith"}}),
    (None, None, "Aramith Ball Cleaner шар тазалағыш, 500 мл", "13900"),
    ("Накрайник Kamui Black, Soft, 14 мм", "34.90",
     "Kamui Black наклейкасы, Soft, 14 мм", "19500"),
    (None, None, "Kamui Black наклейкасы, Medium, 14 мм", "19500"),
    ("Тебешир Master, син, 12 бр.", "9.90",
     "Master бор, көк, 12 дана", "5500"),
    (None, None, "Master бор, жасыл, 12 дана", "5500"),
    ("Тебешир Taom V10, син, 2 бр.", "24.90",
     "Taom V10 бор, көк, 2 дана", "13900"),
    (None, None, "Taom Pyro бор, көк, 2 дана", "15500"),
    ("Сукно Simonis 860, турнирно синьо, за маса 9 фута", "489.00",
     "Simonis 860 мата, турнирлік көк, 9 футтық үстелге", "275000",
     {"ours": {"brand": "Simonis", "gtin": GTIN_SIMONIS_860, "mpn": "860-TB-9"},
      "theirs": {"brand": "Simonis", "description": "Артикул: 860-TB-9. Ені 195 см."}}),
    (None, None, "Simonis 760 мата, турнирлік көк, 9 футтық үстелге", "229000"),
    ("Билярдна маса Dynamic II, 8 фута, черна", "3490.00",
     "Dynamic II бильярд үстелі, 8 фут, қара", "1950000"),
    (None, None, "Dynamic II бильярд үстелі, 9 фут, қара", "2250000"),
    ("Калъф за щеки Predator Roadline 2x4, черен", "149.00",
     "Predator Roadline 2x4 кий қабы, қара", "84500"),
    (None, None, "Predator Roadline 3x5 кий қабы, қара", "105000"),
    ("Ръкавица за билярд Kamui QuickDry, L, лява ръка", "19.90",
     "Kamui QuickDry бильярд қолғабы, L, сол қол", "11500"),
    (None, None, "Kamui QuickDry бильярд қолғабы, L, оң қол", "11500"),
    ("Триъгълник за пул, дървен", "24.90",
     "Пул шарларына арналған ағаш үшбұрыш", "12900"),
    ("Лампа за билярдна маса, 3 плафона, 200 см", "129.00",
     "Бильярд үстеліне арналған шам, 3 плафон, 200 см", "72000"),
    (None, None, "Бильярд үстеліне арналған шам, 4 плафон, 250 см", "95000"),
    ("Стойка за щеки за стена, 6 места", "39.90",
     "Қабырғаға ілінетін кий тұғыры, 6 орын", "22500"),
    (None, None, "Cuetec Cynergy білігі, 12,5 мм, Predator Uni-Loc үшін", "420000"),
    ("Топки за пул Aramith Tournament Pro-Cup TV, 57,2 мм", "299.00", None, None),
]

KINDS: dict[str, list[Row]] = {"billiards and snooker, an Almaty shop in Kazakh in tenge": BILLIARDS}
(KAZAKH,) = KINDS
CURRENCIES = {KAZAKH: "KZT"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    KAZAKH: [(8, "Шары для пула Aramith Premier 57,2 мм, набор 16 шт.", "109000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[KAZAKH]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # Every title of ours is in Cyrillic letters around the maker's Latin ones.
    assert all(any("а" <= ch <= "я" for ch in o["name"].lower()) for o in ours)
    # The other maker's shaft names our cue's joint and is a pair of nothing; the ball cleaner and
    # the case are true pairs of ours, not of a ball set or a cue.
    assert "Uni-Loc" in next(t for t in theirs if t["key"] == "T34")["name"] and not any(t == "T34" for _, t in truth)
    assert {("O14", "T14"), ("O26", "T26")} <= truth
    # "Predator" on 7 of their listings, "Aramith" on 9 (the second one included), "P3 REVO" on 4.
    assert sum("Predator" in t["name"] for t in theirs) == 7
    assert sum("Aramith" in t["name"] for t in theirs) == 9
    assert sum("P3 REVO" in t["name"] for t in theirs) == 4
    # Our Ikon4-1 and Tournament Pro-Cup TV are ours only.
    assert not any(o in ("O4", "O35") for o, _ in truth)
    # The second listing is in Russian.
    second = next(t for t in theirs if t["key"] == "T8b")
    assert "Шары для пула" in second["name"] and ("O8", "T8b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-five rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 8 of 18 found (1 matched, 7 proposed), 10 missed; no variant matched or
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 10 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("P3 REVO", "EC7-W",
# "Simonis 860"); the kind words are Bulgarian against Kazakh, both in Cyrillic, where no batch's
# titles of ours were before; three products have no maker.
# Failed at first reading: 8 of 17 found (1 matched, 7 proposed; 0.47), 9 missed; nothing else
# matched or proposed (read without the second listing, as the test reads).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 8 of 17 found (0.47)")
def test_a_kazakh_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Predator P3 REVO пул кийі, 12,4 мм, Uni-Loc" / "Щека за пул Predator P3 REVO, 12,4 мм,
    # Uni-Loc": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, KAZAKH)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a shaft's diameter (P3 REVO 12,4 / 11,8 мм), a last letter (EC7-W / K), a name
# (Premier / Crystal-Cup, Taom V10 / Pyro), a count (22 / 17 balls), a diameter (68 / 60 мм), a size
# (250 / 500 мл), a hardness (Soft / Medium), a colour in Kazakh (blue / green), a three-digit number
# (Simonis 860 / 760), a length in feet (8 / 9), a case's capacity written like a size (2x4 / 3x5),
# a hand (left / right) or a count of shades (3 / 4) is the only difference.
SIBLINGS = [0, 1, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
            31, 32, 35]


# Passed at first reading: no sibling matched, 1 proposed (of the rows' 14 true pairs 1 matched,
# 11 proposed, 2 missed).
def test_a_sibling_a_diameter_a_letter_a_name_a_count_a_size_a_colour_or_a_hand_apart_tells_two_listings_apart(tmp_path):
    # P3 REVO 11,8 beside our 12,4 (and our Ikon4-1, ours only); EC7-K beside our EC7-W; Crystal-Cup
    # beside our Premier (and our Tournament Pro-Cup TV, ours only); 17 snooker balls beside our 22;
    # 60 мм pyramid balls beside our 68; the 500 мл cleaner beside our 250; the Medium tip beside
    # our Soft; green chalk beside our blue; Taom Pyro beside our V10; Simonis 760 beside our 860;
    # the 9-foot table beside our 8; Roadline 3x5 beside our 2x4; the right-hand glove beside our
    # left; the lamp of 4 shades beside our 3: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, KAZAKH, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was proposed")
def test_a_sibling_a_diameter_a_letter_a_name_a_count_a_size_a_colour_or_a_hand_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, KAZAKH, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the ball cleaner names the balls' maker, the case our cue's maker; another maker's
# shaft names our cue's maker and joint ("Predator Uni-Loc үшін", for); accessories naming our
# maker or code were matched as ours in the twenty-third to twenty-fifth rounds.
# Passed at first reading: all 4 of the rows' true pairs proposed; nothing else matched or
# proposed.
def test_our_cue_our_balls_their_case_and_cleaner_and_another_makers_shaft_do_not_cross(tmp_path):
    # Our P3 REVO, Premier pool balls, ball cleaner and Roadline 2x4 case against theirs and the
    # Cuetec shaft: each of ours found with its own listing, the shaft matched with nothing, and no
    # accessory's listing matched or put to a person with a cue or a ball set of ours.
    counts, found, truth = BATCH.read_rows(tmp_path, KAZAKH, [0, 8, 14, 26, 34])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "қолданылған" and "+ Roadline 2x4 қабы, жиынтық" are words no condition or bundle rule
# before read; the twenty-fourth round's combo was matched, the twenty-fifth's kit was not.
# Passed at first reading: neither matched or proposed (of the rows' 2 true pairs both proposed).
def test_a_used_cue_and_a_cue_sold_with_its_case_are_not_matched_as_ours(tmp_path):
    # The used P3 REVO beside our P3 REVO's own listing; the P3 REVO with a Roadline case beside our
    # P3 REVO's and our case's: neither matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, KAZAKH, [0, 2, 3, 26])
    assert not counts["wrong matched"], found


# Uncertain: the shafts and the ball sets differ by a number with a decimal comma (12,4 / 11,8) or
# by a count of balls (22 / 17) that both shops write in the same digits; a count and a decimal
# read as a size tell siblings apart only where both are read.
# Passed at first reading: both of ours proposed, none matched; no sibling matched or proposed.
def test_a_shafts_diameter_and_a_count_of_balls_find_their_listing_not_its_sibling(tmp_path):
    # "Щека за пул Predator P3 REVO, 12,4 мм, Uni-Loc" beside "... 11,8 мм, Uni-Loc"; "Топки за
    # снукър Aramith Premier, 52,4 мм, 22 бр." / "... 22 дана" beside "... 17 дана": both of ours
    # found, neither sibling matched.
    counts, found, truth = BATCH.read_rows(tmp_path, KAZAKH, [0, 1, 10, 11])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: "Roadline 2x4" and "3x5" are models that read like sizes (two butts and four shafts);
# read as a size they differ, read as nothing the cases are one.
# Failed at first reading: our case's own listing missed; the 3x5 matched with nothing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading our case's own listing was missed")
def test_cue_cases_whose_model_reads_like_a_size_find_their_listing_not_its_sibling(tmp_path):
    # "Калъф за щеки Predator Roadline 2x4, черен" / "Predator Roadline 2x4 кий қабы, қара" beside
    # "... Roadline 3x5 ...": ours found, the 3x5 matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, KAZAKH, [26, 27])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "Aramith" is on 9 of their listings, "Aramith Premier" on 4.
# Failed at first reading: the first listing found, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Шары для пула Aramith Premier 57,2 мм, набор 16 шт." beside "Aramith Premier пул шарлары
    # жиынтығы, 57,2 мм, 16 дана": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-seventh session); copied here once it
# was not (thirty-eighth session). Read at the thirty-eighth session's start (71e6818b, the matching
# code of e007a61a) the batch reads as its first reading counted it (d926da60): 8 of 18 found (1
# matched, 7 proposed), 10 missed; no variant matched or proposed. Scores are the reading's; "alone" is
# the pair scored by itself (`score_pairs`, titles and other fields, no prices), the same at both.
# Every feature both titles write is read alike (the lengths "12,4 мм", "57,2 мм", the counts, "2x4"
# as two dimensions): what misses is the wording, read by a gate that does not trust this shop:
# - Matched by code (1): Mezz EC7-W (O5-T5) 0.97, "same model code wx700", the shaft's code, which
#   their EC7-K (T6) writes too; "EC7-W" and "EC7-K" are read as two codes and keep the sibling apart.
# - Proposed on the titles' likeness from the review threshold up (0.63-0.76), where a person would
#   expect a match: Predator P3 REVO (O0-T0) 0.76 ("P3" read as a number, not a code; "one word
#   differs: за/щека vs кииі"), Riley ACE (O7-T7) 0.76, Aramith Premier pool balls (O8-T8) 0.70 and
#   snooker balls (O10-T10) 0.71, the ball cleaner (O14-T14) 0.63, Kamui Black Soft (O16-T16) 0.65
#   ("one word differs: накраиник vs наклеикасы", a tip in Bulgarian and in Kazakh), Simonis 860
#   (O22-T22) 0.73 on "same maker's number 860": our MPN 860-TB-9, after "Артикул:" in their
#   description, is not read (see the test below).
# - Missed, the wording gate shut and nothing asked: Aramith Pyramid 68 mm (O12-T12) 0.59, 0.52 alone;
#   Master blue chalk (O18-T18) 0.47, 0.42 alone; Taom V10 (O20-T20) 0.56, 0.47 alone; Dynamic II 8 ft
#   (O24-T24) 0.56, 0.49 alone; Predator Roadline 2x4 (O26-T26) 0.55, 0.49 alone; the wooden triangle
#   with no maker (O30-T30) 0.25, 0.27 alone. Each is its two products' unique best with no conflict
#   and under the review threshold, a wording candidate; but of the 11 candidates the decoy null
#   takes 6 for wrong at even odds (the candidates must be twice that), and with one sure pair (the
#   Mezz) the chance null's bound is 7 of 11: not worth asking (`WordingEvidence.worth_asking`), so
#   none is proposed. Both shops write Cyrillic, every word but the makers' and models' one shop's
#   language only; the lead's gate11 is on it.
# - Missed, a hand in Kazakh: Kamui QuickDry left (O28-T28) 0.51, 0.46 alone: the right-hand glove
#   (T29, "оң қол" for "сол қол") scores the same with ours, so no listing is our glove's unique best.
# - Missed, the best of one listing: the billiard lamp with no maker (O31-T31) 0.42, 0.35 alone, and
#   the wall rack (O33-T33) 0.22, 0.18 alone, each their listing our product's only candidate ("the
#   best of one is no evidence", `pair_tests.wording_tests`).
# - Missed, the Russian second listing (O8-T8b) 0.54, 0.53 alone: "набор 16 шт." is read as a pack of
#   16 ("pack of 1 vs 16: compare on unit price"), ours "комплект 16 бр." as a count, and Aramith's
#   Crystal-Cup set (T9, 0.57) and the Kazakh listing (0.70) score above it with our balls.
# Variants matched or proposed: none. Kept apart: the P3 REVO in 11,8 мм, used and with a case,
# EC7-K, Crystal-Cup, 17 snooker balls, the 60 мм pyramid balls, the 500 мл cleaner, the Medium tip,
# green chalk, Taom Pyro, Simonis 760, the 9-foot table, Roadline 3x5, the right-hand glove, the lamp
# of 4 shades, the Cuetec shaft for Uni-Loc; our Ikon4-1 and Tournament Pro-Cup TV (ours only) matched
# nothing.


# A defect of the first reading, mended in the thirty-ninth session (parts39): a part number with
# hyphens in a description ("Артикул: 860-TB-9.") was never looked up, as the description was
# searched by the first four characters of its runs of letters and digits ("860", "tb", "9") and the
# part's are "860t" (`described_parts`); a run written with marks inside is now asked joined.
def test_a_part_number_with_hyphens_in_their_description_is_read():
    import pandas as pd

    from benchmark.matching import score_pairs

    ours, theirs, _ = dict(BATCH.catalogues())[KAZAKH]
    our, their = next(o for o in ours if o["sku"] == "O22"), next(t for t in theirs if t["key"] == "T22")
    row = score_pairs(pd.DataFrame([{**our, "price": None}]),
                      pd.DataFrame([{**their, "price": None, "currency": None}]).rename(columns={"key": "competitor_product_id"})).iloc[0]
    assert "860tb9 written in their description" in row.reason, row.reason


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_sixth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at d926da60, whose matching code is the session's start c02e1827, that of
    # ba44cea1): 8 of 18 true pairs found (1 matched, 7 proposed), 10 missed; no variant matched or
    # proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=1, found=8, wrong_matched=0, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds26b [-v]
    BATCH.print_reading()
