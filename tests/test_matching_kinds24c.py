"""A twenty-fourth round of catalogues set aside, its third batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Ukuleles, guitars and amplifiers: soprano and concert ukuleles, a guitalele, classical and acoustic
guitars, practice amplifiers, strings, a clip-on tuner, a capo, a strap, picks, a gig bag and a
cable, a kind none of the twenty-three rounds held (the music rounds held drums and cymbals, reeds
and harmonicas, violin strings, sheet music, turntables and hi-fi, microphones; guitar strings
were three rows of the fourth batch; ours: a Barcelona shop, 19 products in euros, titled in
Catalan as such shops write them: the kind first ("Ukulele soprano", "Guitarra clàssica",
"Amplificador de guitarra", "Cordes per a"), then maker and model, the wood, colour, power and
gauge after commas, decimals with a comma ("0,73 mm"), "Ukulele soprano Kala KA-15S, caoba";
theirs: a Nukuʻalofa shop, 35 listings in paʻanga, titled in Tongan (Latin letters, the glottal
stop as an apostrophe and the macron as the shop types them) around the maker and model: maker and
model first, the kind after, decimals with a point, lengths in feet, "Kala KA-15S 'ukulele
sopalano lanu 'akau").
"'ukulele sopalano" is a soprano ukulele ("ukulele soprano"), "koniseti" concert, "kitā" a guitar
("guitarra"), "kitā kalasika" a classical guitar ("guitarra clàssica"), "kitā 'akusitiki" an
acoustic guitar ("guitarra acústica"), "'uhila" electric, "kitalele" a guitalele, "'amipilifaia" an
amplifier ("amplificador"), "'afo" strings ("cordes"), "tiuna" a tuner ("afinador"), "kapo" a capo,
"sitāpu" a strap ("corretja"), "mea tā" picks (things to strike with, "pues"), "kato" a bag
("funda"), "uaea" a cable ("cable"), "fo'i" a counting word before a number ("fo'i 12", twelve of
them), "seti" a set, "'e 3" of three; "lanu 'akau" the colour of wood ("natural", "caoba"), "lanu
tapaka" tobacco-coloured, "'uli'uli" black ("negre"), "kulokula" red ("vermell"), "lanu pulū" blue
("blau"); "ki he" for (before what an accessory fits), "mo" and, "mo e" with the; "kuo 'osi
ngāue'aki" used; "Fika 'o e koloa" the article number (in a description).

The hard things, written as such shops write them, not to be easy or hard: one maker's ukuleles a
letter apart (Kala KA-15S soprano / KA-15C concert; KA-15T tenor ours only), the maker's bag and
another maker's bag both "for" our KA-15S ("ki he"), strings a size apart in a short code (Aquila 4U /
7U); guitars a number apart in three-character codes (Yamaha C40 / C70, F310 / F370), the F310 in a
set with a bag, a tuner and strings; the maker's colour suffix on ours only and another colour's
suffix on theirs (Yamaha GL1 NT / GL1 TBS); a maker's suffix that makes another product (Fender
FA-125 / FA-125CE; D'Addario EJ16 / EJ16-3D, three sets) and one that does not, on ours only (Cort
AD810 OP / AD810); an amplifier written with a hyphen on ours and apart on theirs (Boss Katana-50
MkII / Katana 50 MkII), a generation apart (MkII / Gen 3), a used one, and the 100 W ours only; a
name and a digit (Fender Frontman 10G / 20G); a tuner for guitars and one for ukuleles (Snark SN-5X /
SN-6X); capos for two kinds of guitar (Kyser KG6B / KGCB); a strap a colour apart with the maker's
article number in both descriptions (Ernie Ball Polypro P04037 / P04040); picks a thickness apart
(0,73 / 0.88 mm), a model that is a name a colour apart (Makala Dolphin blue / red); a cable 3 m on
ours and 10 ft on theirs; "KA-15S" on 4 of their listings (the second listing included); one
product listed twice (the second time in English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_KA15S = gtin_with_check_digit("081932301035")
GTIN_C40 = gtin_with_check_digit("488642103440")
GTIN_KATANA50 = gtin_with_check_digit("076164055882")

# A Barcelona guitar shop in euros against a Tongan one, in paʻanga.
UKULELES: list[Row] = [
    ("Ukulele soprano Kala KA-15S, caoba", "59.00", "Kala KA-15S 'ukulele sopalano lanu 'akau", "165.00",
     {"ours": {"brand": "Kala", "gtin": GTIN_KA15S, "mpn": "KA-15S"}}),
    (None, None, "Kala KA-15C 'ukulele koniseti lanu 'akau", "185.00"),
    ("Ukulele tenor Kala KA-15T, caoba", "79.00", None, None),
    (None, None, "Gator GC-UKE-S kato 'ukulele sopalano ki he Kala KA-15S", "95.00"),
    ("Funda Kala UB-S per a ukulele soprano", "19.90", "Kala UB-S kato ki he 'ukulele sopalano Kala KA-15S", "65.00",
     {"ours": {"brand": "Kala"}}),
    ("Cordes per a ukulele soprano Aquila 4U Super Nylgut", "8.90",
     "Aquila 4U Super Nylgut 'afo 'ukulele sopalano", "25.00"),
    (None, None, "Aquila 7U Super Nylgut 'afo 'ukulele koniseti", "25.00"),
    ("Guitarra clàssica Yamaha C40, natural", "129.00", "Yamaha C40 kitā kalasika lanu 'akau", "390.00",
     {"ours": {"brand": "Yamaha", "gtin": GTIN_C40}}),
    (None, None, "Yamaha C70 kitā kalasika lanu 'akau", "520.00"),
    ("Guitarra acústica Yamaha F310, natural", "169.00", "Yamaha F310 kitā 'akusitiki lanu 'akau", "520.00"),
    (None, None, "Yamaha F370 kitā 'akusitiki lanu 'akau", "560.00"),
    (None, None, "Yamaha F310 kitā 'akusitiki seti mo e kato, tiuna mo e 'afo", "620.00"),
    ("Guitalele Yamaha GL1 NT, natural", "119.00", "Yamaha GL1 kitalele lanu 'akau", "340.00",
     {"ours": {"brand": "Yamaha", "mpn": "GL1 NT"}}),
    (None, None, "Yamaha GL1 TBS kitalele lanu tapaka", "340.00"),
    ("Guitarra acústica Fender FA-125, natural", "159.00", "Fender FA-125 kitā 'akusitiki lanu 'akau", "480.00",
     {"ours": {"brand": "Fender", "mpn": "0971110121"}}),
    (None, None, "Fender FA-125CE kitā 'akusitiki 'uhila lanu 'akau", "620.00"),
    ("Amplificador de guitarra Boss Katana-50 MkII, 50 W", "299.00",
     "Boss Katana 50 MkII 'amipilifaia kitā 50W", "950.00",
     {"ours": {"brand": "Boss", "gtin": GTIN_KATANA50}}),
    (None, None, "Boss Katana 50 Gen 3 'amipilifaia kitā 50W", "1050.00"),
    (None, None, "Boss Katana 50 MkII 'amipilifaia kuo 'osi ngāue'aki", "600.00"),
    ("Amplificador de guitarra Boss Katana-100 MkII, 100 W", "389.00", None, None),
    ("Amplificador de guitarra Fender Frontman 10G, 10 W", "79.00",
     "Fender Frontman 10G 'amipilifaia kitā 10W", "260.00"),
    (None, None, "Fender Frontman 20G 'amipilifaia kitā 20W", "390.00"),
    ("Cordes per a guitarra acústica D'Addario EJ16, 12-53", "10.90",
     "D'Addario EJ16 'afo kitā 'akusitiki 12-53", "32.00"),
    (None, None, "D'Addario EJ16-3D 'afo kitā 'akusitiki 12-53 seti 'e 3", "85.00"),
    ("Afinador de pinça Snark SN-5X", "14.90", "Snark SN-5X tiuna kitā", "45.00"),
    (None, None, "Snark SN-6X tiuna 'ukulele", "45.00"),
    ("Capo Kyser KG6B per a guitarra acústica, negre", "22.90", "Kyser KG6B kapo kitā 'akusitiki 'uli'uli", "70.00"),
    (None, None, "Kyser KGCB kapo kitā kalasika 'uli'uli", "70.00"),
    ("Corretja Ernie Ball Polypro, negre", "7.90", "Ernie Ball Polypro sitāpu kitā 'uli'uli", "25.00",
     {"ours": {"brand": "Ernie Ball", "mpn": "P04037"},
      "theirs": {"brand": "Ernie Ball", "description": "Fika 'o e koloa: P04037"}}),
    (None, None, "Ernie Ball Polypro sitāpu kitā kulokula", "25.00",
     {"theirs": {"brand": "Ernie Ball", "description": "Fika 'o e koloa: P04040"}}),
    ("Pues Dunlop Tortex Standard 0,73 mm, 12 u.", "5.90",
     "Dunlop Tortex Standard mea tā kitā 0.73mm fo'i 12", "20.00"),
    (None, None, "Dunlop Tortex Standard mea tā kitā 0.88mm fo'i 12", "20.00"),
    ("Ukulele soprano Makala Dolphin, blau", "39.00", "Makala Dolphin 'ukulele sopalano lanu pulū", "110.00"),
    (None, None, "Makala Dolphin 'ukulele sopalano kulokula", "110.00"),
    ("Guitarra acústica Cort AD810 OP, porus oberts", "139.00", "Cort AD810 kitā 'akusitiki", "450.00"),
    ("Cable d'instrument Fender Professional, 3 m", "19.90", "Fender Professional uaea kitā 10ft", "60.00"),
]

KINDS: dict[str, list[Row]] = {"ukuleles, guitars and amplifiers, a Tongan shop in paʻanga": UKULELES}
(TONGAN,) = KINDS
CURRENCIES = {TONGAN: "TOP"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    TONGAN: [(0, "Kala KA-15S Satin Mahogany Soprano Ukulele", "170.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[TONGAN]
    assert len(ours) == 19 and len(theirs) == 35 and len(truth) == 18
    # The maker's bag and another maker's both name our KA-15S: the maker's is a true pair of ours,
    # not of the ukulele; the other maker's a pair of nothing.
    assert {("O0", "T0"), ("O4", "T4")} <= truth and not any(t == "T3" for _, t in truth)
    assert sum("KA-15S" in t["name"] for t in theirs) == 4
    # Our KA-15T and Katana-100 MkII are ours only.
    assert not any(o in ("O2", "O19") for o, _ in truth)
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Soprano Ukulele" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-three rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 17 of 18 found (16 matched, 1 proposed), 1 missed; 4 variants matched, 1
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 1 of the 18 true pairs was missed and 4 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides ("KA-15S", "C40", "SN-5X"); the kind
# words are Catalan against Tongan, in the same letters; some models are short codes ("C40", "GL1",
# "4U") or names ("Polypro", "Dolphin", "Tortex Standard", "Professional"); the twenty-third round's
# Samoan shop had no pair matched.
# Passed at first reading: 15 of 17 found (15 matched; 0.88), 2 missed; 6 other listings matched, 1
# proposed.
def test_a_tongan_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Kala KA-15S 'ukulele sopalano lanu 'akau" / "Ukulele soprano Kala KA-15S, caoba": at least
    # three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, TONGAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a letter (KA-15S / C, SN-5X / 6X), a number (C40 / C70, F310 / F370, 10G / 20G, 4U / 7U),
# a suffix (FA-125 / FA-125CE, GL1 NT / GL1 TBS), a generation (MkII / Gen 3), a colour in Tongan
# (Polypro black / red, Dolphin blue / red), a thickness (0,73 / 0.88 mm) or the guitar a capo fits
# (KG6B / KGCB) is the only difference.
SIBLINGS = [0, 1, 2, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 19, 20, 21, 24, 25, 26, 27, 28, 29, 30, 31,
            32, 33]


# Failed at first reading: 3 siblings matched (of the rows' 13 true pairs 12 matched, 1 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading three siblings were matched")
def test_a_sibling_a_letter_a_number_a_suffix_a_generation_or_a_colour_apart_tells_two_listings_apart(tmp_path):
    # KA-15C beside our KA-15S (and our KA-15T, ours only); Aquila 7U beside our 4U; C70 beside our
    # C40; F370 beside our F310; GL1 TBS beside our GL1 NT; FA-125CE beside our FA-125; Katana 50 Gen
    # 3 beside our MkII (and our Katana-100 MkII, ours only); Frontman 20G beside our 10G; SN-6X
    # beside our SN-5X; KGCB beside our KG6B; the red Polypro beside our black; 0.88 mm picks beside
    # our 0,73; the red Dolphin beside our blue: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, TONGAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 3 siblings matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading three siblings were matched")
def test_a_sibling_a_letter_a_number_a_suffix_a_generation_or_a_colour_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, TONGAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: both bags name "Kala KA-15S" after "ki he" (for); the maker's bag is ours (our title
# names its own code, UB-S, and not the ukulele's), the other maker's is not.
# Failed at first reading: both bags matched with our ukulele; of the rows' 2 true pairs 1 matched,
# 1 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading both bags were matched with our ukulele")
def test_our_ukulele_its_makers_bag_and_another_makers_bag_for_it_do_not_cross(tmp_path):
    # Our KA-15S and our Kala UB-S bag against theirs and Gator's bag "ki he Kala KA-15S": each of
    # ours found with its own listing, Gator's bag matched with nothing, and neither bag's listing
    # matched with our ukulele.
    counts, found, truth = BATCH.read_rows(tmp_path, TONGAN, [0, 3, 4])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Uncertain: "seti mo e kato, tiuna mo e 'afo", "seti 'e 3" and "kuo 'osi ngāue'aki" are words no
# bundle, pack or condition rule before read; the three sets of strings carry the maker's own
# suffix ("-3D").
# Failed at first reading: 1 of these listings matched with our product (of the rows' 3 true pairs
# 2 matched, 1 proposed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of these listings was matched with our product")
def test_a_guitar_set_three_sets_of_strings_and_a_used_amplifier_are_not_matched_as_ours(tmp_path):
    # The F310 set beside our F310's own listing; EJ16-3D beside our EJ16's; the used Katana 50 MkII
    # beside our Katana-50 MkII's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, TONGAN, [9, 11, 16, 18, 22, 23])
    assert not counts["wrong matched"], found


# Uncertain: "Katana-50" is written with a hyphen on ours and apart on theirs; ours carries the
# maker's colour or finish suffix that theirs leaves out ("GL1 NT", "AD810 OP").
# Passed at first reading: all three found (2 matched, 1 proposed); nothing else matched.
def test_a_code_written_apart_or_with_a_suffix_on_ours_finds_its_listing(tmp_path):
    # Our Katana-50 MkII, GL1 NT and AD810 OP against theirs: all three found.
    counts, found, truth = BATCH.read_rows(tmp_path, TONGAN, [12, 16, 34])
    assert share_found(counts, truth) == 1.0 and not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all; and
# "KA-15S" is on 4 of their listings.
# Passed at first reading: both listings matched.
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Kala KA-15S Satin Mahogany Soprano Ukulele" beside "Kala KA-15S 'ukulele sopalano lanu 'akau":
    # both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair -----------------------------------------------------
# Kept out of the project while the round was held out (thirty-fifth session); copied here once it
# was not (thirty-sixth session). Read at the thirty-sixth session's start (a3fc6ad2) the batch
# reads as at its first reading (f360161a), pair for pair, but where a line below says otherwise;
# each missed true pair scored alone (`score_pairs`, titles and other fields, no prices) reads the
# same at both but where a line says otherwise. Scores are the start's:
# - Matched by code (7): Yamaha GL1 (O12-T12) 0.96, Fender FA-125 (O14-T14) 0.97, D'Addario EJ16
#   (O22-T22) 0.97, Snark SN-5X (O24-T24) 0.97, Kyser KG6B (O26-T26) 0.95, Cort AD810 (O34-T34) 0.96
#   (our suffix "OP" set aside), Yamaha F310 (O9-T9) 0.96.
# - Matched by wording, the rule trusted here (9): Kala KA-15S (O0-T0) 0.61 ("another listing of our
#   product, besides" the English one) and its second listing (O0-T0b) 0.72; in the batch "KA-15S"
#   is on 4 of their listings and no code evidence carried, where in rows alone without the second
#   listing KA-15S matched 0.96 by code. Boss "Katana-50 MkII" / "Katana 50 MkII" (O16-T16) 0.69,
#   Fender Frontman 10G (O20-T20) 0.72, Ernie Ball Polypro (O28-T28) 0.73 (with "our MPN p04037
#   written in their description" after "Fika 'o e koloa:"), Dunlop Tortex (O30-T30) 0.68, Makala
#   Dolphin (O32-T32) 0.55, Yamaha C40 (O7-T7) 0.51 ("C40" not read as a code), the Fender cable "3
#   m" / "10ft" (O35-T35) 0.46 (right, by wording).
# - Proposed (1): Kala's UB-S bag (O4-T4) 0.47, "among the products left unmatched".
# - Missed (1): Aquila 4U (O5-T5) 0.44 alone ("one word differs: cordes/soprano vs afo/sopalano";
#   "4U" not read as a code).
# Variants matched (4): GL1 TBS (T13) with our "GL1 NT" 0.95, "same model code gl1" (the maker's
# finish suffixes NT / TBS not read as a difference); the F310 set "seti mo e kato, tiuna mo e 'afo"
# (T11) 0.95, "the same product as their listing"; Katana 50 Gen 3 (T17) 0.56 by wording, "another
# listing of our product" (the generation not read); the red Dolphin "kulokula" (T33) 0.56 by
# wording, beside the blue (both matched). Proposed (1): the used Katana 50 MkII "kuo 'osi
# ngāue'aki" (T18) with our Katana-100 MkII (ours only) 0.38, "among the products left unmatched".
# Kept apart: KA-15C, Gator's bag (in the catalogue; in rows alone both bags matched with our
# ukulele 0.94-0.95), Aquila 7U, C70, F370, FA-125CE, Frontman 20G, EJ16-3D, SN-6X, KGCB, the red
# Polypro (its P04040 in its description), the 0.88 picks; our KA-15T (ours only) matched nothing.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_fourth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at f360161a, whose matching code is the session's start 62d3bb29 but for
    # 0eea54b5, a forked reader's failed write given up, and bcb019c0, no quantity begun after a
    # number's comma): 17 of 18 true pairs found (16 matched, 1 proposed), 1 missed; 4 variants
    # matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=16, found=17, wrong_matched=4, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds24c [-v]
    BATCH.print_reading()
