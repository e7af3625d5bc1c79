"""A third batch of the sixteenth round (after `tests/test_matching_kinds16.py` and `..16b.py`),
written before the matcher read it, in a kind none of the fifteen rounds held.

Sewing machines and haberdashery (ours: a German sewing-machine shop, 20 products in euros,
titled in German as such a shop writes them: maker, model and kind, "Bernina 335 Nähmaschine",
"Schmetz Universal-Nadeln 130/705 H, Stärke 80/12, 5 Stück"; theirs: an Icelandic sewing shop, 37
listings in krónur, titled in Icelandic as such shops write them: maker and model first, the kind
after, "Bernina 335 saumavél", "Schmetz nálar Universal 130/705 H stærð 80/12 - 5 stk"). The only
sewing machine the rounds before held was one row of the sixth round's yarn and sewing (a Singer
only we sold). "Saumavél" is a sewing machine, "tölvustýrð" computerised, "overlockvél ... 3/4
þráða" a three-or-four-thread overlocker, "nálar" needles, "stærð" a size, "stk" pieces,
"saumfótur" a presser foot, "göngufótur" a walking foot, "bútasaumsfótur" a patchwork foot,
"rúlluhnífur" a rotary cutter, "aukablöð" spare blades, "efnisskæri" fabric scissors,
"saumavélaolía" machine oil, "passar fyrir" fits; "sýningarvél" a display machine, "notuð,
yfirfarin" used and serviced.

The hard things, written as such shops write them, not to be easy or hard: machines a digit
apart ("335" / "325" / "435", two of ours in both shops; "4423" / "4432"; "F420" / "F410";
"690Q" / "670"; "3.0" / "2.0"), one model written two ways ("b35" / "35"), a display machine and a
used one carrying our model, needles a size apart (two of ours in both shops) and a point apart
("130/705 H" / "H SUK" / "H-S" / "H-J"), a presser foot a letter apart ("#37" / "#37D") and a
walking foot naming the machines it fits, a rotary cutter a size apart and its blades in packs of
five and one, scissors a length apart, an oil naming three makers; "saumavél", "Bernina",
"Schmetz" and "nálar" in many titles; the EAN in some of our GTINs and in one of their
descriptions; one product listed twice (the second time with a line of praise after the model).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_UNIVERSAL_80 = gtin_with_check_digit("400650500180")
GTIN_UNIVERSAL_90 = gtin_with_check_digit("400650500190")
GTIN_OLFA_RB45_5 = gtin_with_check_digit("009128545005")

# A German sewing-machine shop in euros against an Icelandic sewing shop in krónur.
SEWING: list[Row] = [
    ("Bernina 335 Nähmaschine", "1399.00", "Bernina 335 saumavél", "259900",
     {"ours": {"brand": "Bernina"},
      "theirs": {"brand": "Bernina", "description": "Svissnesk gæðasaumavél úr 3 línunni frá Bernina, sterk og einföld í notkun."}}),
    ("Bernina 325 Nähmaschine", "1199.00", "Bernina 325 saumavél", "219900", {"ours": {"brand": "Bernina"}}),
    (None, None, "Bernina 435 saumavél", "339900"),
    (None, None, "Bernina 335 saumavél - sýningarvél, 1 árs ábyrgð", "219900"),
    ("Bernette b35 Nähmaschine", "449.00", "Bernette 35 saumavél", "84900"),
    (None, None, "Bernette 38 saumavél", "99900"),
    ("Janome 525S Nähmaschine", "299.00", "Janome 525S saumavél", "59900", {"ours": {"brand": "Janome"}}),
    (None, None, "Janome 525S saumavél - notuð, yfirfarin", "29900"),
    ("Janome HD6130 Nähmaschine", "449.00", None, None),
    (None, None, "Janome HD3000 saumavél", "79900"),
    ("Brother 1034D Overlock-Nähmaschine", "299.00", "Brother 1034D overlockvél 3/4 þráða", "64900", {"ours": {"brand": "Brother"}}),
    (None, None, "Brother M343D overlockvél 3/4 þráða", "59900"),
    ("Brother Innov-is F420 Computer-Nähmaschine", "649.00", "Brother Innov-is F420 tölvustýrð saumavél", "129900"),
    (None, None, "Brother Innov-is F410 tölvustýrð saumavél", "109900"),
    ("Singer Heavy Duty 4423 Nähmaschine", "229.00", "Singer Heavy Duty 4423 saumavél", "44900"),
    (None, None, "Singer Heavy Duty 4432 saumavél", "49900"),
    ("Husqvarna Viking Opal 690Q Computer-Nähmaschine", "1099.00", "Husqvarna Viking Opal 690Q saumavél", "199900"),
    (None, None, "Husqvarna Viking Opal 670 saumavél", "169900"),
    ("Pfaff Passport 3.0 Nähmaschine", "749.00", "PFAFF passport 3.0 saumavél", "139900"),
    (None, None, "PFAFF passport 2.0 saumavél", "119900"),
    ("Schmetz Universal-Nadeln 130/705 H, Stärke 80/12, 5 Stück", "2.95",
     "Schmetz nálar Universal 130/705 H stærð 80/12 - 5 stk", "690",
     {"ours": {"brand": "Schmetz", "gtin": GTIN_UNIVERSAL_80}, "theirs": {"description": "Strikamerki: " + GTIN_UNIVERSAL_80}}),
    ("Schmetz Universal-Nadeln 130/705 H, Stärke 90/14, 5 Stück", "2.95",
     "Schmetz nálar Universal 130/705 H stærð 90/14 - 5 stk", "690", {"ours": {"brand": "Schmetz", "gtin": GTIN_UNIVERSAL_90}}),
    (None, None, "Schmetz nálar Jersey 130/705 H SUK stærð 80/12 - 5 stk", "690"),
    (None, None, "Schmetz nálar Stretch 130/705 H-S stærð 75/11 - 5 stk", "750"),
    ("Schmetz Jeans-Nadeln 130/705 H-J, Stärke 100/16, 5 Stück", "3.25", "Schmetz nálar Jeans 130/705 H-J stærð 100/16 - 5 stk", "750"),
    (None, None, "Schmetz nálar Jeans 130/705 H-J stærð 90/14 - 5 stk", "750"),
    ("Schmetz Overlock-Nadeln ELx705, Stärke 80/12, 5 Stück", "4.95", "Schmetz overlock nálar ELx705 stærð 80/12 - 5 stk", "990"),
    ("Bernina Obertransportfuß #50", "189.00",
     "Bernina göngufótur #50 - passar fyrir Bernina 3, 4, 5 og 7 línuna (t.d. 335, 435, 535)", "39900"),
    (None, None, "Bernina bútasaumsfótur #37D 1/4\" með hliðarstýringu", "15900"),
    ("Bernina Patchworkfuß #37", "69.00", "Bernina bútasaumsfótur #37 1/4\"", "13900"),
    ("Olfa Rollschneider 45 mm (RTY-2/C)", "24.90", "Olfa rúlluhnífur 45 mm RTY-2/C", "4990", {"ours": {"brand": "Olfa", "mpn": "RTY-2/C"}}),
    ("Olfa Ersatzklingen 45 mm, 5 Stück (RB45-5)", "19.90", "Olfa aukablöð í rúlluhníf 45 mm - 5 stk RB45-5", "3990",
     {"ours": {"brand": "Olfa", "mpn": "RB45-5", "gtin": GTIN_OLFA_RB45_5}}),
    (None, None, "Olfa aukablöð í rúlluhníf 45 mm - 1 stk RB45-1", "990"),
    (None, None, "Olfa rúlluhnífur 28 mm RTY-1/C", "3490"),
    ("Fiskars Classic Schneiderschere 25 cm", "29.90", "Fiskars Classic efnisskæri 25 cm", "5490"),
    (None, None, "Fiskars Classic efnisskæri 21 cm", "4490"),
    ("Madeira Polyneon Nr. 40 Stickgarn 1000 m, Farbe 1800 weiß", "6.90", None, None),
    (None, None, "Saumavélaolía 100 ml - passar fyrir allar saumavélar (Janome, Brother, Bernina)", "990"),
]

KINDS: dict[str, list[Row]] = {"sewing machines and haberdashery, an Icelandic shop in krónur": SEWING}
(ICELANDIC,) = KINDS
CURRENCIES = {ICELANDIC: "ISK"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    ICELANDIC: [(6, "Janome 525S - saumavél með 25 sporum, frábær fyrir byrjendur", "59900")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)

def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[ICELANDIC]
    # Two machines of ours a digit apart, and two needle packs a size apart, all in both shops.
    assert {("O0", "T0"), ("O1", "T1"), ("O20", "T20"), ("O21", "T21")} <= truth
    # The walking foot names the machine of ours it fits; it is not that machine.
    foot = next(t for t in theirs if t["key"] == "T27")
    assert "335" in foot["name"] and ("O0", "T27") not in truth and ("O27", "T27") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the fifteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round was held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 19 of 19 found (18 matched, 1 proposed), none missed; 2 variants
# matched, 1 proposed.
# Passes since the twenty-ninth session's `used2`: "sýningarvél" and "notuð" are read as condition
# words, so the two variants are proposed, not matched (19 of 19 found, 3 variants proposed).
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass: maker and model are written the same in both titles (but "b35" / "35"), the
# kind in one word of German and one of Icelandic.
# Passed at first reading: 18 of 18 found (17 matched, 1 proposed).
def test_an_icelandic_title_around_the_makers_model_finds_our_product(tmp_path):
    # "Bernina 335 saumavél" / "Bernina 335 Nähmaschine": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, ICELANDIC)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a model number a digit apart is read as a code in most rounds before; a needle's size
# ("80/12" / "90/14" / "100/16") and point ("H" / "H SUK" / "H-S" / "H-J"), a foot's letter, a
# blade pack's count and a length in centimetres are the only differences elsewhere.
# Passed at first reading: no sibling matched (15 of the rows' 15 true pairs found, 14 matched).
def test_a_sibling_a_digit_a_size_or_a_letter_apart_tells_two_listings_apart(tmp_path):
    # 435 beside our 335 and 325, Bernette 38 beside our b35, HD3000 beside our HD6130, M343D
    # beside our 1034D, F410, 4432, Opal 670 and passport 2.0 beside ours, the Jersey and Stretch
    # needles beside our Universal, the Jeans 90/14 beside our 100/16, #37D beside our #37, RB45-1
    # beside our RB45-5, the 28 mm cutter beside our 45 mm, the 21 cm scissors, the oil: nothing
    # matched to a product it is not.
    numbers = [0, 1, 2, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 28,
               29, 30, 31, 32, 33, 34, 35, 37]
    counts, found, _ = BATCH.read_rows(tmp_path, ICELANDIC, numbers)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: no sibling matched, 1 proposed beside our product's own listing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was put to a person")
def test_a_sibling_a_digit_a_size_or_a_letter_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 1, 2, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 28,
               29, 30, 31, 32, 33, 34, 35, 37]
    counts, found, _ = BATCH.read_rows(tmp_path, ICELANDIC, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the machines' numbers are a digit apart and share every other word; the needles share
# every word but the size, which no round before wrote as "80/12".
# Passed at first reading: nothing crossed; the four true pairs each proposed where their rows
# stood alone.
def test_two_products_of_ours_a_digit_or_a_size_apart_do_not_cross(tmp_path):
    # Our Bernina 335 and 325 against theirs, our Universal 80/12 and 90/14 against theirs: neither
    # of ours matched or put to a person with the other's listing.
    for numbers in ([0, 1], [20, 21]):
        counts, found, _ = BATCH.read_rows(tmp_path, ICELANDIC, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (numbers, found)


# Uncertain: since the twenty-sixth session's `used` a used listing carrying our product's words is
# proposed, not matched; "sýningarvél" and "notuð, yfirfarin" are words no round before wrote; the
# walking foot names our machine's number among others.
# Failed at first reading: one of the three listings matched as a further listing of our product
# (the three true pairs found, one matched, two proposed).
# Passes since the twenty-ninth session's `used2`: the display machine is proposed as a used listing
# ("sýningarvél" read as a condition word).
def test_a_display_machine_a_used_one_and_a_foot_naming_ours_are_not_matched_as_ours(tmp_path):
    # "Bernina 335 saumavél - sýningarvél" and the walking foot "... (t.d. 335, 435, 535)" beside
    # the new 335's own listing, "Janome 525S saumavél - notuð, yfirfarin" beside the new 525S's:
    # none matched with our machine.
    counts, found, _ = BATCH.read_rows(tmp_path, ICELANDIC, [0, 3, 6, 7, 27])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Passed at first reading: both listings matched.
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Janome 525S - saumavél með 25 sporum, frábær fyrir byrjendur" (a line of praise after the
    # model) beside "Janome 525S saumavél": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's variants, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (twenty-seventh session); copied here once it
# was not (twenty-eighth session). Every true pair was found; the two variants matched were the used
# Janome ("Janome 525S saumavél - notuð, yfirfarin", 0.96, "same model code 525s", a further listing
# of ours: "notuð" / "yfirfarin" not read as condition words) and the display Bernina ("Bernina 335
# saumavél - sýningarvél, 1 árs ábyrgð", 0.52, "their listing's best match, by wording ...: another
# listing of our product": "sýningarvél" not read as a display machine), both still matched after
# condition2. A listing that carries our model plus words our catalogue never writes, priced at half
# (29,900 against 59,900 ISK), is the general signal a word list will always lag. The variant
# proposed: Schmetz Universal 80/12 with the Jersey "H SUK" 80/12 (0.62).


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_sixteenth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at e15e214; the matching code of the session's start, 2000c00): 19 of
    # 19 true pairs found (18 matched, 1 proposed); 2 variants matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=18, found=19, wrong_matched=2, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds16c [-v]
    BATCH.print_reading()
