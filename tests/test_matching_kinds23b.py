"""A twenty-third round of catalogues set aside, its second batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Rugby: balls in sizes, a pump and its needles, kicking tees, mouthguards, headguards, shoulder pads,
boots in United Kingdom sizes, a national team's shirt, tape, a referee's whistle and cards, tackle
bags, cones, water bottles and kit bags, a kind none of the twenty-two rounds held (the team-sport
rounds held football, field hockey, ice hockey, cricket; ours: an Italian rugby shop, 19 products
in euros, titled in Italian as such shops write them: the kind first ("Pallone da rugby",
"Paradenti", "Caschetto", "Scarpe da rugby"), then maker and model, the size, colour and count
after commas, decimals with a comma ("UK 9,5", "2,5 cm"), "Pallone da rugby Gilbert G-TR4000,
misura 5, bianco/blu"; theirs: an Apia shop, 35 listings in tala, titled in Samoan (Latin letters,
the macron and the glottal stop as the shop types them) around the maker and model: the kind
first or after the maker, the size after "lapopoa", decimals with a point, "Polo lakapī Gilbert
G-TR4000 lapopoa 5 pa'epa'e ma lanumoana").
"Polo lakapī" is a rugby ball ("pallone da rugby"), "polo ta'aloga" a match ball ("pallone da
partita"), "lapopoa" a size ("misura", "taglia"), "pamu ea" an air pump ("pompa"), "nila" needles
("aghi"), "tu'u polo kiki" a kicking tee ("tee da calcio"), "puipui nifo" a mouthguard
("paradenti"), "tagata matutua" adults ("adulto"), "tamaiti" children ("junior"), "pulou puipui
ulu" a headguard ("caschetto"), "ofutino" a shirt ("maglia"), "ali'i" men's ("uomo"), "fale" home
("home"), "seevae lakapī" rugby boots ("scarpe da rugby"), "puipui tauau" shoulder pads
("protezioni spalle"), "lipine pipii" sticky tape ("nastro"), "fa'aili a le fa'amasino" a referee's
whistle ("fischietto arbitro"), "kata" cards ("cartellini"), "taga tackle" a tackle bag ("sacco da
placcaggio"), "senitimita" centimetres, "kilokalama" kilograms, "lita" litres, "koni toleniga"
training cones ("conetti"), "lanu eseese" assorted colours ("colori assortiti"), "ato fagu vai" a
bottle carrier ("portaborracce"), "fagu" bottles ("borracce"), "taga ta'aloga" a sports bag
("borsa"), "feololo" medium ("media"), "tele" large, "seti" a set, "fasi" pieces ("pezzi"), "e" before
a count ("e 10", ten); "uliuli" black ("nero"), "pa'epa'e" white ("bianco"), "lanumoana" blue
("blu"), "mumu" red ("rosso"), "samasama" yellow ("giallo"), "ma" and, with ("ma le taga" with the
bag); "mo" for (an accessory that fits, or who it is for), "e ofi ai" that fits; "ua fa'aaogaina"
used, "e lelei lava" still good.

The hard things, written as such shops write them, not to be easy or hard: one maker's balls a size
apart (Gilbert G-TR4000 size 5 / 4), a digit apart (G-TR4000 / G-TR3000), a set of ten with a bag,
and a match ball a size apart (Zenon size 5 / 4, ours only); a kicking tee a colour apart in Samoan
(black / red); mouthguards an age apart (adult / children) and a range apart (OPRO Gold / Silver),
and another maker's case "for" OPRO Gold; a headguard a size apart (M / L; S ours only); a shirt a
size apart (L / XL) and another national team's shirt; boots a size apart in United Kingdom sizes
(ours "EU 44 - UK 9,5", theirs "UK 9.5" / "UK 10"); shoulder pads used; tape a width apart (2,5 / 5
cm); a whistle a number apart (Acme Thunderer 58.5 / 60.5); a tackle bag a size and weight apart,
with no maker; pump needles with no maker "for rugby balls" on both sides, and another maker's
needles naming our Gilbert pump after "mo"; a kit bag a size apart (medium / large); cones,
bottles and cards with no maker; "Gilbert" on 13 of their listings and "G-TR4000" on 4; one product
listed twice (the second time in English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_GTR4000_5 = gtin_with_check_digit("502323845312")
GTIN_ZENON_5 = gtin_with_check_digit("502323852105")
GTIN_OPRO_GOLD = gtin_with_check_digit("506024417703")

# An Italian rugby shop in euros against a Samoan one, in tala.
RUGBY: list[Row] = [
    ("Pallone da rugby Gilbert G-TR4000, misura 5, bianco/blu", "24.90",
     "Polo lakapī Gilbert G-TR4000 lapopoa 5 pa'epa'e ma lanumoana", "75.00",
     {"ours": {"brand": "Gilbert", "gtin": GTIN_GTR4000_5}, "theirs": {"brand": "Gilbert"}}),
    (None, None, "Polo lakapī Gilbert G-TR4000 lapopoa 4 pa'epa'e ma lanumoana", "69.00"),
    (None, None, "Polo lakapī Gilbert G-TR3000 lapopoa 5", "55.00"),
    (None, None, "Polo lakapī Gilbert G-TR4000 lapopoa 5 - seti e 10 ma le taga", "690.00"),
    ("Pallone da partita Gilbert Zenon Match, misura 5", "69.90",
     "Gilbert Zenon Match polo ta'aloga lakapī lapopoa 5", "210.00",
     {"ours": {"brand": "Gilbert", "gtin": GTIN_ZENON_5}}),
    ("Pallone da partita Gilbert Zenon Match, misura 4", "64.90", None, None),
    ("Pompa a barile Gilbert Barrel per palloni", "27.90", "Pamu ea Gilbert Barrel mo polo", "85.00"),
    (None, None, "Rhino nila e 5 mo Gilbert Barrel Pump", "15.00"),
    ("Tee da calcio Gilbert Precision, nero", "12.90", "Gilbert Precision tu'u polo kiki uliuli", "39.00"),
    (None, None, "Gilbert Precision tu'u polo kiki mumu", "39.00"),
    ("Paradenti OPRO Gold, adulto, nero", "29.90", "OPRO Gold puipui nifo mo tagata matutua uliuli", "89.00",
     {"ours": {"brand": "OPRO", "gtin": GTIN_OPRO_GOLD}}),
    (None, None, "OPRO Gold puipui nifo mo tamaiti uliuli", "79.00"),
    (None, None, "OPRO Silver puipui nifo mo tagata matutua uliuli", "59.00"),
    (None, None, "Shock Doctor pusa teu puipui nifo e ofi ai OPRO Gold", "18.00"),
    ("Caschetto da rugby Canterbury Ventilator, taglia M, nero", "39.90",
     "Canterbury Ventilator pulou puipui ulu lapopoa M uliuli", "120.00"),
    (None, None, "Canterbury Ventilator pulou puipui ulu lapopoa L uliuli", "120.00"),
    ("Caschetto da rugby Canterbury Ventilator, taglia S, nero", "39.90", None, None),
    ("Maglia All Blacks home 2024/25 adidas, uomo, taglia L", "99.95",
     "Ofutino All Blacks adidas 2024/25 fale ali'i lapopoa L uliuli", "299.00",
     {"ours": {"brand": "adidas", "mpn": "IW0316"}}),
    (None, None, "Ofutino All Blacks adidas 2024/25 fale ali'i lapopoa XL uliuli", "299.00"),
    (None, None, "Ofutino Manu Samoa 2024 fale ali'i lapopoa L lanumoana", "260.00"),
    ("Scarpe da rugby Canterbury Stampede Pro SG, nero, EU 44 - UK 9,5", "139.90",
     "Seevae lakapī Canterbury Stampede Pro SG uliuli UK 9.5", "420.00"),
    (None, None, "Seevae lakapī Canterbury Stampede Pro SG uliuli UK 10", "420.00"),
    ("Protezioni spalle Gilbert Triflex Lite, taglia M", "54.90", "Gilbert Triflex Lite puipui tauau lapopoa M", "165.00"),
    (None, None, "Gilbert Triflex Lite puipui tauau lapopoa M - ua fa'aaogaina, e lelei lava", "80.00"),
    ("Nastro Strappal BSN 2,5 cm x 10 m, bianco", "6.90", "Strappal BSN lipine pipii 2.5cm x 10m pa'epa'e", "21.00"),
    (None, None, "Strappal BSN lipine pipii 5cm x 10m pa'epa'e", "34.00"),
    ("Fischietto arbitro Acme Thunderer 58.5, nichelato", "14.90",
     "Acme Thunderer 58.5 fa'aili a le fa'amasino", "45.00"),
    (None, None, "Acme Thunderer 60.5 fa'aili a le fa'amasino", "42.00"),
    ("Cartellini arbitro rugby, giallo e rosso", "5.90", "Kata a le fa'amasino lakapī samasama ma mumu", "18.00"),
    ("Sacco da placcaggio junior, 120 cm, 15 kg", "119.00",
     "Taga tackle lakapī mo tamaiti 120 senitimita 15 kilokalama", "360.00"),
    (None, None, "Taga tackle lakapī 150 senitimita 20 kilokalama", "450.00"),
    ("Set di 50 conetti segnaletici, colori assortiti", "12.90", "Koni toleniga e 50 lanu eseese", "39.00"),
    ("Aghi per pompa, per palloni da rugby, 10 pezzi", "4.90", "Nila pamu mo polo lakapī fasi e 10", "15.00"),
    ("Portaborracce Gilbert con 6 borracce da 1 l", "32.90", "Ato fagu vai Gilbert ma fagu e 6 1 lita", "99.00"),
    ("Borsa Canterbury Classics Sportsbag, media, nera", "34.90", "Canterbury Classics taga ta'aloga feololo uliuli", "105.00"),
    (None, None, "Canterbury Classics taga ta'aloga tele uliuli", "125.00"),
]

KINDS: dict[str, list[Row]] = {"rugby, a Samoan shop in tala": RUGBY}
(SAMOAN,) = KINDS
CURRENCIES = {SAMOAN: "WST"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    SAMOAN: [(0, "Gilbert G-TR4000 Rugby Training Ball - Size 5, White/Blue", "79.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[SAMOAN]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # Two balls of ours from one maker, both in both shops; our Zenon size 4 only in ours.
    assert {("O0", "T0"), ("O4", "T4")} <= truth and not any(o == "O5" for o, _ in truth)
    # The other maker's needles name our pump and are a pair of nothing; the needles with no maker
    # are a true pair of ours.
    assert ("O6", "T7") not in truth and "Gilbert Barrel" in next(t for t in theirs if t["key"] == "T7")["name"]
    assert ("O32", "T32") in truth
    # The case names our mouthguard and is a pair of nothing.
    assert not any(t == "T13" for _, t in truth)
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Training Ball" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-two rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 6 of 18 found (none matched, 6 proposed), 12 missed; no variant matched
# or proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 12 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("G-TR4000", "Ventilator",
# "Thunderer 58.5"); the kind, colour and size words are Italian against Samoan, in the same
# letters; many models are names rather than codes ("Zenon Match", "Precision", "Triflex Lite",
# "Classics"); four have no maker (the cards, the tackle bag, the cones, the needles).
# Failed at first reading: 7 of 17 found (1 matched, 6 proposed; 0.41), 10 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 7 of 17 found (0.41)")
def test_a_samoan_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Polo lakapī Gilbert G-TR4000 lapopoa 5 pa'epa'e ma lanumoana" / "Pallone da rugby Gilbert
    # G-TR4000, misura 5, bianco/blu": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, SAMOAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a size (5 / 4, M / L / S, L / XL, UK 9.5 / 10, 120 / 150 cm, medium / large), a digit
# (G-TR4000 / 3000, 58.5 / 60.5), a colour in Samoan (black / red), an age (adult / children), a
# range (Gold / Silver), a width (2,5 / 5 cm), a team or a set of ten is the only difference.
SIBLINGS = [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 26, 27, 29, 30, 34, 35]


# Failed at first reading: 1 sibling matched, 3 proposed (of the rows' 11 true pairs 1 matched, 5
# proposed, 5 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading a sibling was matched")
def test_a_sibling_a_size_a_digit_a_colour_an_age_or_a_range_apart_tells_two_listings_apart(tmp_path):
    # G-TR4000 size 4, G-TR3000 and the set of ten beside our G-TR4000 size 5 (and our Zenon size 4,
    # ours only, beside their Zenon size 5); the red tee beside our black; OPRO Gold for children and
    # Silver beside our adult Gold; the headguard L beside our M (and our S, ours only); the shirt XL
    # and Manu Samoa's beside our All Blacks L; boots UK 10 beside our UK 9,5; 5 cm tape beside our
    # 2,5 cm; Thunderer 60.5 beside our 58.5; the 150 cm tackle bag beside our 120 cm; the large kit
    # bag beside our medium: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, SAMOAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 1 sibling matched, 3 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading a sibling was matched")
def test_a_sibling_a_size_a_digit_a_colour_an_age_or_a_range_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, SAMOAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the pump, its needles and the other maker's needles all say what they are for; the
# needles with no maker write "for rugby balls" on both sides, the other maker's name our pump.
# Failed at first reading: both true pairs missed in these rows; nothing matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both true pairs of these rows were missed")
def test_our_pump_and_needles_and_another_makers_needles_for_it_do_not_cross(tmp_path):
    # Our Gilbert Barrel pump and our needles against theirs and Rhino's needles "mo Gilbert Barrel
    # Pump": each of ours found with its own listing, Rhino's matched with nothing.
    counts, found, truth = BATCH.read_rows(tmp_path, SAMOAN, [6, 7, 32])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: the shirts share the team, the maker, the season and the size word; our boots write
# the size two ways and theirs one, with a decimal point where ours has a comma.
# Failed at first reading: 1 of the rows' 2 true pairs proposed, 1 missed; nothing else matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the two true pairs was missed")
def test_a_shirt_and_boots_find_their_own_size(tmp_path):
    # Our All Blacks shirt L and our Stampede Pro SG UK 9,5 against theirs in two sizes each: each of
    # ours found with its own size's listing and nothing matched with the other's.
    counts, found, truth = BATCH.read_rows(tmp_path, SAMOAN, [17, 18, 20, 21])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: "ua fa'aaogaina, e lelei lava" and "seti e 10 ma le taga" are words no condition or pack
# rule before read; the case names our mouthguard after "e ofi ai".
# Failed at first reading: 1 of these listings matched with our product (of the rows' 3 true pairs
# 1 matched, 2 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of these listings was matched with our product")
def test_used_pads_a_set_of_balls_and_a_case_for_our_mouthguard_are_not_matched_as_ours(tmp_path):
    # The set of ten beside our G-TR4000's own listing; the used pads beside our pads'; Shock Doctor's
    # case beside our OPRO Gold's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, SAMOAN, [0, 3, 10, 13, 22, 23])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: both listings missed. Passes since the thirty-fifth session (many12,
# `code_owners._written_apart`): the English listing, written apart from the code's Samoan ones, no
# longer tells them apart from our title, and both are matched (0.95).
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Gilbert G-TR4000 Rugby Training Ball - Size 5, White/Blue" beside "Polo lakapī Gilbert G-TR4000
    # lapopoa 5 pa'epa'e ma lanumoana": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-fourth session); copied here once it
# was not (thirty-fifth session). Read at the thirty-fifth session's start (62d3bb29) the batch reads
# as at its first reading (7679d3b3), pair for pair (the counts the same; the scores the same but
# where a line below says otherwise), and each missed true pair scored alone (`score_pairs`, titles
# and other fields, no prices) reads the same at both but where a line says otherwise. Scores are
# the start's:
# - Matched: none. Proposed (6): the All Blacks shirt L (O17-T17) 0.60 on the titles; Canterbury
#   Stampede Pro SG "EU 44 - UK 9,5" / "UK 9.5" (O20-T20) 0.70; BSN Strappal (O24-T24) 0.65; Acme
#   Thunderer 58.5 (O26-T26) 0.60 ("two languages"); the Gilbert bottles (O33-T33) 0.60 ("two
#   languages"); Gilbert Zenon Match (O4-T4) 0.60 ("two languages").
# - Missed though high alone, a code on many of their listings: Gilbert G-TR4000, both listings, O0-T0
#   and O0-T0b, 0.95 alone ("same model code gtr4000"): "G-TR4000" is on 4 of their listings (size 5,
#   size 4, the set of ten, the English one); in the catalogue no pair of our ball at all. Rows 0-3
#   alone: T0 matched 0.94, the set of ten matched 0.94, size 4 proposed 0.88; row 0 with the second
#   listing alone: both matched (0.94, 0.95); rows 0-3 with the second listing: nothing at all. A
#   fifth listing carrying the code takes every pair of our product away (as round 21's EU22i and
#   round 22's RG59, SM58, NT1).
# - Missed, a model that is a name (or a name and a digit) not read as a code, Samoan kind words: OPRO
#   Gold (O10-T10) 0.41, Canterbury Ventilator M (O14-T14) 0.48, Gilbert Triflex Lite M (O22-T22) 0.57,
#   Canterbury Classics medium (O34-T34) 0.41, Gilbert Barrel pump (O6-T6) 0.44, Gilbert Precision tee
#   (O8-T8) 0.41.
# - Missed, no maker: the cards (O28-T28) 0.18, the tackle bag (O29-T29) 0.20 ("120 cm, 15 kg" /
#   "120 senitimita 15 kilokalama": the units written out not read), the cones (O31-T31) 0.26, the
#   needles (O32-T32) 0.26.
# Variants: none matched or proposed in the catalogue. Kept apart, mostly because their own pair was
# missed: G-TR4000 size 4, G-TR3000, the set of ten, Rhino's needles "mo Gilbert Barrel Pump", the red
# tee, OPRO Gold children / Silver, Shock Doctor's case "e ofi ai OPRO Gold", Ventilator L, the shirt
# XL, Manu Samoa, UK 10, the used pads, the 5 cm tape, Thunderer 60.5, the 150 cm bag, the large bag;
# our Zenon size 4 and Ventilator S (ours only) matched nothing. Rows alone: the set of ten matched
# with our G-TR4000 (0.94) and size 4 proposed (0.89); in the siblings' rows the red tee (0.42) and
# the 5 cm tape (0.40) proposed by wording.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_third_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 7679d3b3, whose matching code is the session's start 2af211ee but for
    # effcda12, how the forked reader's readings come back): 6 of 18 true pairs found (none matched,
    # 6 proposed), 12 missed; no variant matched or proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=0, found=6, wrong_matched=0, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds23b [-v]
    BATCH.print_reading()
