"""A twenty-second round of catalogues set aside, its fourth batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Motorcycle helmets and riding gear: full-face helmets in sizes and colours, their visors, intercoms,
gloves, rain jackets and balaclavas, and the locks, cleaners, chain lube, covers and phone mounts a
rider buys beside them, a kind none of the twenty-one rounds held (the riding rounds held
motorcycle parts, e-scooters and e-bike parts, bicycle parts, car electronics; helmets only as one
row of a sport's gear; ours: a Belgian shop for riders, 19 products in euros, titled in French as
such shops write them: the kind first ("Casque intégral", "Gants", "Intercom"), then maker and
model, the finish, colour and size after commas, "Casque intégral LS2 FF353 Rapid Solid, noir mat,
taille M"; theirs: an Antananarivo shop, 35 listings in ariary, titled in Malagasy (Latin letters)
around the maker and model: the kind first ("Kasky", "Fonon-tanana"), then maker and model, the
colour and size after, "Kasky LS2 FF353 Rapid mainty matte habe M").
"Kasky" is a helmet ("casque"), "habe" a size ("taille"), "habe iray" one size ("taille unique"),
"mainty" black ("noir"), "fotsy" white, "mavo" yellow ("jaune"), "matte" matt ("mat"),
"mamirapiratra" glossy ("brillant"), "fitaratra" a visor ("écran"), "maizina" dark, tinted
("fumé"), "mangarahara" clear, "fonon-tanana" gloves ("gants"), "akanjo orana" a rain jacket ("veste
de pluie"), "kagoula" a balaclava ("cagoule"), "landihazo" cotton ("coton"), "hidin-kodia" a wheel
lock ("bloque-disque"), "misy alarma" with an alarm, "fanadiovana" a cleaner ("nettoyant"), "sy"
and, "ny ao anatin'ny" the inside of, "menaka gadra" chain oil ("graisse de chaîne"), "fonon-moto" a
motorcycle cover ("housse moto"), "tsy miditra rano" waterproof ("imperméable"), "ho an'ny ivelany"
for outdoors ("d'extérieur"), "fihazonana finday" a phone holder ("support de téléphone"),
"amin'ny fitantanana" on the handlebar ("pour guidon"), "amin'ny fitaratra" on the mirror,
"interkôma" an intercom, "isa" pieces ("isa 2" two, a duo), "fonosana promo" a promotion pack; "ho
an'ny" for (an accessory that fits); "efa niasa" used, "mbola tsara toetra" still in good condition,
"natao fampirantiana" shown on display, "tsy misy boaty" without its box; "Kaody" the code. The
shop writes the sizes in letters as ours does, and "V2" where ours writes "v2".

The hard things, written as such shops write them, not to be easy or hard: one maker's helmets a
size apart (LS2 FF353 M / L, S ours only), a colour apart (matt black / white), a generation apart
(FF800 Storm II / Storm), other makers' a digit or a letter apart (MT Thunder 4 SV / Thunder 3 SV;
AGV K1 S / K1); a visor a tint apart (dark / clear) naming our helmet's model after "ho an'ny" (the
dark one a true pair of our visor); an intercom a pack apart ("Duo" on ours against "isa 2" and "isa
1" on theirs) with our MPN as their listing's own code in its description; Sena 10S theirs, 50S ours
only; gloves a size apart (L / XL); a balaclava sold alone or three together; a disc lock a colour
apart (yellow / black); a cleaner a digit apart (Motul M1 / M2), a chain lube a size apart (400 /
100 ml); a cover a size apart (XL / L) with no maker; a phone mount a name apart (Handlebar / Mirror
Mount Pro); a used HJC C10, a display Shark Ridill 2 without its box, our LS2 FF353 with a visor and
gloves as a promotion pack; "LS2" on 9 of their listings and "FF353" on 6; one product listed twice
(the second time in English, the maker's own title).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_FF353_M = gtin_with_check_digit("843678802341")
GTIN_FF800_L = gtin_with_check_digit("843678813592")
GTIN_SPIRIT_HD_DUO = gtin_with_check_digit("081128102024")

# A Belgian motorcycle-gear shop in euros against a Malagasy one, in ariary.
RIDING: list[Row] = [
    ("Casque intégral LS2 FF353 Rapid Solid, noir mat, taille M", "99.00",
     "Kasky LS2 FF353 Rapid mainty matte habe M", "480000",
     {"ours": {"brand": "LS2", "gtin": GTIN_FF353_M, "mpn": "103531011M"},
      "theirs": {"brand": "LS2", "description": "Kaody: 103531011M, ECE 22.05"}}),
    (None, None, "Kasky LS2 FF353 Rapid mainty matte habe L", "480000"),
    (None, None, "Kasky LS2 FF353 Rapid fotsy habe M", "480000"),
    (None, None, "Kasky LS2 FF353 + fitaratra maizina + fonon-tanana (fonosana promo)", "590000"),
    ("Casque intégral LS2 FF353 Rapid Solid, noir mat, taille S", "99.00", None, None),
    ("Casque intégral LS2 FF800 Storm II Solid, noir brillant, taille L", "179.00",
     "Kasky LS2 FF800 Storm II mainty mamirapiratra habe L", "850000",
     {"ours": {"brand": "LS2", "gtin": GTIN_FF800_L}, "theirs": {"brand": "LS2"}}),
    (None, None, "Kasky LS2 FF800 Storm mainty mamirapiratra habe L", "690000"),
    ("Casque intégral MT Thunder 4 SV Solid, noir brillant, taille M", "129.00",
     "Kasky MT Thunder 4 SV mainty mamirapiratra habe M", "620000"),
    (None, None, "Kasky MT Thunder 3 SV mainty mamirapiratra habe M", "520000"),
    ("Casque intégral HJC C10, noir mat, taille L", "119.00", "Kasky HJC C10 mainty matte habe L", "570000",
     {"ours": {"brand": "HJC"}}),
    (None, None, "Kasky HJC C10 habe L efa niasa, mbola tsara toetra", "290000"),
    ("Casque intégral AGV K1 S Solid, noir mat, taille M", "199.00", "Kasky AGV K1 S mainty matte habe M", "950000"),
    (None, None, "Kasky AGV K1 mainty matte habe M", "820000"),
    ("Casque intégral Shark Ridill 2 Blank, noir mat, taille M", "169.00",
     "Kasky Shark Ridill 2 mainty matte habe M", "790000"),
    (None, None, "Kasky Shark Ridill 2 habe M natao fampirantiana, tsy misy boaty", "590000"),
    ("Écran fumé pour casque LS2 FF353, traitement anti-rayures", "29.90",
     "Fitaratra maizina ho an'ny kasky LS2 FF353", "135000",
     {"ours": {"brand": "LS2"}}),
    (None, None, "Fitaratra mangarahara ho an'ny kasky LS2 FF353", "115000"),
    ("Intercom Cardo Spirit HD Duo, Bluetooth", "199.00", "Cardo Spirit HD interkôma bluetooth isa 2", "920000",
     {"ours": {"brand": "Cardo", "gtin": GTIN_SPIRIT_HD_DUO, "mpn": "SPHD0102"},
      "theirs": {"brand": "Cardo", "description": "Kaody: SPHD0102"}}),
    (None, None, "Cardo Spirit HD interkôma bluetooth isa 1", "520000"),
    ("Intercom Bluetooth Sena 10S, kit simple", "169.00", "Sena 10S interkôma bluetooth ho an'ny kasky", "790000"),
    ("Intercom Bluetooth Sena 50S, kit simple", "299.00", None, None),
    ("Gants Alpinestars SMX-1 Air v2, noir, taille L", "69.90", "Fonon-tanana Alpinestars SMX-1 Air V2 mainty habe L", "320000"),
    (None, None, "Fonon-tanana Alpinestars SMX-1 Air V2 mainty habe XL", "320000"),
    ("Veste de pluie moto Oxford Rainseal, noire, taille XL", "49.90", "Akanjo orana Oxford Rainseal mainty habe XL", "230000"),
    ("Cagoule moto en coton, noire, taille unique", "9.90", "Kagoula moto landihazo mainty habe iray", "35000"),
    (None, None, "Kagoula moto landihazo mainty, isa 3", "90000"),
    ("Bloque-disque Kovix KAL6 avec alarme 120 dB, jaune", "79.90", "Kovix KAL6 hidin-kodia misy alarma 120 dB mavo", "380000"),
    (None, None, "Kovix KAL6 hidin-kodia misy alarma 120 dB mainty", "380000"),
    ("Motul M1 Helmet & Visor Clean, nettoyant casque et écran, 250 ml", "11.90",
     "Motul M1 Helmet & Visor Clean fanadiovana kasky sy fitaratra 250 ml", "52000"),
    (None, None, "Motul M2 Helmet Interior Clean fanadiovana ny ao anatin'ny kasky 250 ml", "52000"),
    ("Graisse de chaîne Motul C2 Chain Lube Road, 400 ml", "14.90", "Motul C2 Chain Lube Road menaka gadra 400 ml", "65000"),
    (None, None, "Motul C2 Chain Lube Road menaka gadra 100 ml", "25000"),
    ("Housse de protection moto d'extérieur, imperméable, taille XL", "34.90",
     "Fonon-moto tsy miditra rano ho an'ny ivelany habe XL", "140000"),
    (None, None, "Fonon-moto tsy miditra rano ho an'ny ivelany habe L", "125000"),
    ("Support de téléphone Quad Lock Handlebar Mount Pro pour guidon", "69.90",
     "Quad Lock Handlebar Mount Pro fihazonana finday amin'ny fitantanana", "330000"),
    (None, None, "Quad Lock Mirror Mount Pro fihazonana finday amin'ny fitaratra", "310000"),
]

KINDS: dict[str, list[Row]] = {"motorcycle helmets and riding gear, a Malagasy shop in ariary": RIDING}
(MALAGASY,) = KINDS
CURRENCIES = {MALAGASY: "MGA"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    MALAGASY: [(5, "LS2 FF800 Storm II Solid Gloss Black Full Face Helmet - Size L", "860000")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[MALAGASY]
    # Two helmets of ours from one maker, both in both shops; our size S only in ours.
    assert {("O0", "T0"), ("O5", "T5")} <= truth and not any(o == "O4" for o, _ in truth)
    # The dark visor names our helmet's model and is a true pair of our visor, not of the helmet.
    assert ("O15", "T15") in truth and ("O0", "T15") not in truth
    # The second listing is in English, the maker's own title.
    second = next(t for t in theirs if t["key"] == "T5b")
    assert "Full Face Helmet" in second["name"] and ("O5", "T5b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the twenty-one rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 15 of 18 found (4 matched, 11 proposed), 3 missed; 2 variants matched, 1
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 3 of the 18 true pairs were missed and 2 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: maker and model are in Latin letters on both sides for most ("FF353", "Thunder 4 SV",
# "KAL6"); the kind, colour and size words are French against Malagasy, in the same letters; many
# models are names with a digit rather than codes ("Storm II", "Ridill 2", "K1 S", "Spirit HD"); two
# have no maker (the balaclava and the cover).
# Failed at first reading: 10 of 17 found (4 matched, 6 proposed; 0.59), 7 missed.
# Passes since the thirty-seventh session's many14 (4adfc5ec: the wording gate's chance null no longer
# asks a product of ours sure only by a code on many listings): read without the second listings, as
# this test reads, 14 of 17 found (4 matched, 10 proposed; 0.82), four more pairs proposed by wording
# (O9, O11, O23, O34); the batch read with its second listings is the start's, pair for pair.
def test_a_malagasy_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Kasky LS2 FF353 Rapid mainty matte habe M" / "Casque intégral LS2 FF353 Rapid Solid, noir mat,
    # taille M": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, MALAGASY)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a size (M / L / S, L / XL), a colour in Malagasy (black / white, yellow / black), a
# generation (Storm II / Storm), a digit or a letter (Thunder 4 / 3, K1 S / K1, M1 / M2), a tint
# (dark / clear), a pack (isa 2 / isa 1, one balaclava / three), a volume (400 / 100 ml) or a mount
# (Handlebar / Mirror) is the only difference.
SIBLINGS = [0, 1, 2, 4, 5, 6, 7, 8, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35]


# Failed at first reading: 2 siblings matched, 1 proposed (of the rows' 14 true pairs 4 matched, 4
# proposed, 6 missed).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_size_a_colour_a_generation_a_digit_or_a_pack_apart_tells_two_listings_apart(tmp_path):
    # FF353 L and white M beside our matt black M (and our S, ours only); Storm beside our Storm II;
    # Thunder 3 SV beside our Thunder 4 SV; K1 beside our K1 S; the clear visor beside our dark one;
    # Spirit HD "isa 1" beside our Duo; Sena 10S (and our 50S, ours only); gloves XL beside our L; three
    # balaclavas beside our one; the black KAL6 beside our yellow; M2 beside our M1; 100 ml beside our
    # 400 ml; the cover L beside our XL; the Mirror Mount beside our Handlebar Mount: nothing matched
    # to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, MALAGASY, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings matched, 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_size_a_colour_a_generation_a_digit_or_a_pack_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, MALAGASY, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share maker, model, finish and colour; only the size differs, a letter at the
# end of the title on both sides.
# Failed at first reading: one of ours matched with a listing of another size (the rows' one true
# pair matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of ours was matched with another size")
def test_our_helmet_in_two_sizes_does_not_cross(tmp_path):
    # Our LS2 FF353 in M and in S (ours only) against their M and L: our S matched or put to a person
    # with nothing, our M with nothing but their M.
    counts, found, _ = BATCH.read_rows(tmp_path, MALAGASY, [0, 1, 4])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the visor's title names "LS2" and "FF353", as the helmet's does; ours does too.
# Failed at first reading: the two crossed: our helmet matched with the visor's listing, the
# visor's true pair missed in these rows (the helmet's matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading our helmet and our visor crossed")
def test_our_helmet_and_our_visor_for_it_do_not_cross(tmp_path):
    # Our LS2 FF353 and our visor for it against theirs: the visor's listing not matched or put to a
    # person with our helmet, nor the helmet's with our visor.
    counts, found, _ = BATCH.read_rows(tmp_path, MALAGASY, [0, 15])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "efa niasa", "natao fampirantiana, tsy misy boaty" and "fonosana promo" are words no
# condition rule before read.
# Passed at first reading: none matched with our product, 1 proposed (the rows' 3 true pairs all
# matched).
def test_a_used_a_display_helmet_and_a_promotion_pack_are_not_matched_as_ours(tmp_path):
    # The FF353 pack beside our FF353's own listing; the used C10 beside our C10's; the display Ridill
    # 2 beside our Ridill 2's: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, MALAGASY, [0, 3, 9, 10, 13, 14])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Passed at first reading: both listings matched.
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "LS2 FF800 Storm II Solid Gloss Black Full Face Helmet - Size L" beside "Kasky LS2 FF800 Storm II
    # mainty mamirapiratra habe L": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (thirty-third session); copied here once it
# was not (thirty-fourth session). Read at the thirty-fourth session's start (2af211ee) the batch reads
# as at its first reading (6027d489, the matching code 4e72f09b), pair for pair and score for score,
# and each missed true pair scored alone (`score_pairs`, titles and other fields, no prices) reads the
# same at both:
# - Matched by code (4): Alpinestars SMX-1 Air v2 L (O21-T21) 0.97, Kovix KAL6 yellow (O26-T26) 0.95
#   (labelled "the same product as their listing" of the black one, below), LS2 FF800 Storm II (O5-T5)
#   0.96 and its English second listing (O5-T5b) 0.95.
# - Proposed (11): LS2 FF353 M (O0-T0) 0.62 on the titles (matched 0.95 where its rows stood alone;
#   "FF353" is on 6 of their listings); MT Thunder 4 SV (O7-T7) 0.60; Shark Ridill 2 (O13-T13) 0.60;
#   Cardo Spirit HD Duo (O17-T17) 0.62 ("our MPN sphd0102 written in their description; one word
#   differs: duo vs isa"); Sena 10S (O19-T19) 0.60 ("two languages"); Motul M1 (O28-T28) 0.61; Motul C2
#   (O30-T30) 0.60; by wording, the rule not trusted in this catalogue: HJC C10 (O9-T9) 0.58, AGV K1 S
#   (O11-T11) 0.56, Oxford Rainseal (O23-T23) 0.49, Quad Lock Handlebar Mount Pro (O34-T34) 0.53.
# - Missed, two accessories "for" one thing: the dark visor (O15-T15) 0.07 alone, "one may be for the
#   other (ff353 written after 'for')": ours "pour casque LS2 FF353", theirs "ho an'ny kasky LS2
#   FF353" (as round 22's BNC plugs).
# - Missed, no maker, Malagasy kind words: the balaclava (O24-T24) 0.23, the cover (O32-T32) 0.26.
# Variants matched (2): LS2 FF800 Storm (T6) with our FF800 Storm II (0.95, "same model code ff800":
# the generation "II" not read); the black Kovix KAL6 "mainty" (T27) with our yellow (0.95, "same model
# code kal6": the colour in Malagasy not read). Proposed (1): the gloves XL (T22) beside our L (0.82,
# "sizes differ: l vs xl" read, still proposed). Kept apart: FF353 L and white, the FF353 pack, Thunder
# 3 SV, the used C10, K1, the display Ridill 2, the clear visor, Cardo "isa 1", three balaclavas, M2,
# C2 100 ml, the cover L, the Mirror Mount; our FF353 S and Sena 50S (ours only) matched nothing in
# the catalogue. Rows alone: our FF353 helmet matched their dark visor (0.93, "the same product as
# their listing") with the visor's own pair missed, and our FF353 S (ours only) their L (0.94).


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twenty_second_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 6027d489, the matching code of the session's start 4e72f09b): 15 of
    # 18 true pairs found (4 matched, 11 proposed), 3 missed; 2 variants matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=4, found=15, wrong_matched=2, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds22d [-v]
    BATCH.print_reading()
