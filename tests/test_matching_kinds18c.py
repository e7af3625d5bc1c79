"""An eighteenth round of catalogues set aside, its third batch, written before the matcher read it,
so that its first reading is a figure on catalogues the matching rules were not written on.

Mobility aids: rollators, wheelchairs, crutches and bathroom aids, a kind none of the seventeen
rounds held (the medical rounds held thermometers, plasters and pharmacy products; ours: a German
Sanitätshaus, 19 products in euros, titled in German as such shops write them: the kind first,
then maker and model, the size as "Größe M" or "Sitzbreite 46 cm", the colour after a comma,
the aid's number in the German register of aids ("Hilfsmittelnummer") in some descriptions,
"Rollator Topro Troja 2G, Größe M, schwarz"; theirs: a Latvian shop of home-care aids, 36
listings in euros, titled in Latvian as such shops write them: the kind first in its Latvian
plural or singular, maker and model, "M izmērs", "sēdekļa platums 46 cm", a few with "-
bezmaksas piegāde" (free delivery) after a dash, "Rolators Topro Troja 2G, M izmērs, melns").
"Rolators" is a rollator, "āra" outdoor, "vieglais" light, "ratiņkrēsli" / "ratiņkrēsls" a
wheelchair, "salokāmi" folding, "sēdekļa platums" the seat width ("Sitzbreite"), "sēdekļa
augstums" the seat height ("Sitzhöhe"), "izmērs" a size ("Größe"), "melns" black, "pelēks" grey,
"safīra zils" sapphire blue, "dušas taburete" a shower stool ("Duschhocker"), "ar atzveltni" with a
backrest, "tualetes poda paaugstinājums" a raised toilet seat ("Toilettensitzerhöhung"), "ar vāku"
with a lid, "vannas pacēlājs" a bath lift ("Badewannenlifter"), "elkoņa kruķi" forearm crutches
("Unterarmgehstützen"), "pāris" a pair, "bērniem" for children, "spieķis" a walking stick
("Gehstock"), "četrkāju" four-footed, "spieķa turētājs" a stick holder, "soma" a bag, "rolatoram"
for a rollator, "pretizgulējumu spilvens" a pressure-relief cushion ("Anti-Dekubitus-Sitzkissen"),
"tualetes krēsls" a commode ("Toilettenstuhl"), "paaugstinātas slodzes" heavy-duty; "lietots" used,
"demonstrācijas modelis" a demonstration model, "labā stāvoklī" in good condition.

The hard things, written as such shops write them, not to be easy or hard: one rollator in three
sizes a letter apart (S / M / L; two of ours in both shops) and another colour, the same rollator
as a used demonstration model, a bag and a stick holder naming rollators; a light rollator a seat
height apart (55 / 65 cm); a rollator and its heavy-duty sibling a word apart ("Nitro" / "Nitro
HD"); wheelchairs a seat width apart (46 / 43 cm) and a model number apart (Action 3 NG / Action 4
NG, written "Action3 NG" on one side); a used wheelchair carrying our model; a shower stool and its
sibling with a backrest a code apart (A0050101 / A0050301); a raised toilet seat a height apart (10
/ 6 cm); a bath lift and its "F" sibling; crutches and their children's size; "Rolators",
"ratiņkrēsli", "sēdekļa platums" and "izmērs" in many titles; the GTIN in some of our products and
in a few of their descriptions, their own product codes ("Preces kods") in some; one product listed
twice (the second time in Russian, as Latvian shops list again for their Russian-reading buyers,
"Роллатор Topro Troja 2G, размер M, чёрный"). Mobility aids have no region suffixes; none is
written.

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_TROJA_M = gtin_with_check_digit("704543210502")
GTIN_TROJA_S = gtin_with_check_digit("704543210501")
GTIN_BASIX_46 = gtin_with_check_digit("401360512346")
GTIN_HILOO_10 = gtin_with_check_digit("735008480110")

# A German Sanitätshaus in euros against a Latvian home-care shop, also in euros.
MOBILITY: list[Row] = [
    ("Rollator Topro Troja 2G, Größe M, schwarz", "429.00", "Rolators Topro Troja 2G, M izmērs, melns - bezmaksas piegāde", "409.00",
     {"ours": {"brand": "Topro", "gtin": GTIN_TROJA_M, "description": "Leichtgewichtrollator aus Aluminium, Sitzhöhe 60 cm, max. 150 kg. Hilfsmittelnummer 10.50.04.1041"},
      "theirs": {"brand": "Topro", "description": "Preces kods: TR2G-M-MELNS. Sēdekļa augstums 60 cm, maks. slodze 150 kg. EAN " + GTIN_TROJA_M}}),
    ("Rollator Topro Troja 2G, Größe S, schwarz", "429.00", "Rolators Topro Troja 2G, S izmērs, melns - bezmaksas piegāde", "409.00",
     {"ours": {"brand": "Topro", "gtin": GTIN_TROJA_S}, "theirs": {"description": "Preces kods: TR2G-S-MELNS"}}),
    (None, None, "Rolators Topro Troja 2G, L izmērs, melns - bezmaksas piegāde", "409.00"),
    (None, None, "Rolators Topro Troja 2G, M izmērs, pelēks - bezmaksas piegāde", "419.00"),
    (None, None, "Rolators Topro Troja 2G, M izmērs - demonstrācijas modelis, lietots", "289.00",
     {"theirs": {"description": "Demonstrācijas modelis, lietots izstādē, pilnā komplektācijā. Garantija 6 mēneši."}}),
    (None, None, "Soma rolatoram Topro Troja 2G", "39.00"),
    (None, None, "Spieķa turētājs Topro rolatoriem (Troja, Olympos, Pegasus)", "19.00"),
    ("Outdoor-Rollator Topro Olympos ATR, Größe M", "599.00", "Āra rolators Topro Olympos ATR, M izmērs", "579.00",
     {"ours": {"brand": "Topro"}}),
    ("Leichtgewichtrollator Saljol Carbon, Sitzhöhe 55 cm", "649.00",
     "Vieglais oglekļa šķiedras rolators Saljol Carbon, sēdekļa augstums 55 cm", "629.00"),
    (None, None, "Vieglais oglekļa šķiedras rolators Saljol Carbon, sēdekļa augstums 65 cm", "629.00"),
    ("Rollator Drive Medical Nitro, Größe M, saphirblau", "339.00", "Rolators Drive Medical Nitro, M izmērs, safīra zils", "319.00",
     {"ours": {"brand": "Drive Medical"}}),
    (None, None, "Rolators Drive Medical Nitro HD, paaugstinātas slodzes (līdz 181 kg)", "389.00"),
    ("Faltrollstuhl Breezy BasiX², Sitzbreite 46 cm", "449.00", "Salokāmi ratiņkrēsli Breezy BasiX2, sēdekļa platums 46 cm", "429.00",
     {"ours": {"brand": "Breezy", "gtin": GTIN_BASIX_46, "description": "Stahlrahmen, Sitzbreite 46 cm, Steckachsen. Hilfsmittelnummer 18.50.02.0048"}}),
    (None, None, "Salokāmi ratiņkrēsli Breezy BasiX2, sēdekļa platums 43 cm", "429.00"),
    (None, None, "Lietoti ratiņkrēsli Breezy BasiX2, sēdekļa platums 46 cm, labā stāvoklī", "190.00"),
    ("Leichtgewicht-Rollstuhl Küschall Compact 2.0, Sitzbreite 42 cm", "2190.00",
     "Vieglie ratiņkrēsli Küschall Compact 2.0, sēdekļa platums 42 cm", "2090.00"),
    ("Rollstuhl Invacare Action 3 NG, Sitzbreite 45,5 cm", "689.00", "Ratiņkrēsls Invacare Action3 NG, sēdekļa platums 45,5 cm", "659.00",
     {"ours": {"brand": "Invacare"}, "theirs": {"brand": "Invacare", "description": "Preces kods: INV-A3NG-455"}}),
    (None, None, "Ratiņkrēsls Invacare Action4 NG, sēdekļa platums 45,5 cm", "789.00"),
    ("Duschhocker Ridder A0050101, höhenverstellbar", "59.90", "Dušas taburete Ridder A0050101, regulējams augstums", "54.90",
     {"ours": {"mpn": "A0050101"}}),
    (None, None, "Dušas krēsls ar atzveltni Ridder A0050301, regulējams augstums", "79.90"),
    ("Toilettensitzerhöhung Etac Hi-Loo 10 cm mit Deckel", "89.00", "Tualetes poda paaugstinājums Etac Hi-Loo 10 cm ar vāku", "84.00",
     {"ours": {"brand": "Etac", "gtin": GTIN_HILOO_10}}),
    (None, None, "Tualetes poda paaugstinājums Etac Hi-Loo 6 cm ar vāku", "79.00"),
    ("Badewannenlifter Aquatec Orca", "799.00", "Vannas pacēlājs Aquatec Orca ar akumulatoru", "769.00"),
    (None, None, "Vannas pacēlājs Aquatec Orca F ar akumulatoru", "849.00"),
    ("Unterarmgehstützen Ossenberg Klassik mit ergonomischem Griff, 1 Paar", "39.90",
     "Elkoņa kruķi Ossenberg Klassik ar ergonomisku rokturi (pāris)", "36.90"),
    (None, None, "Elkoņa kruķi Ossenberg Klassik bērniem (pāris)", "34.90"),
    ("Gehstock faltbar mit Derby-Griff, schwarz", "24.90", "Salokāms spieķis ar Derby rokturi, melns", "22.90"),
    ("Vierfußgehstock Ossenberg, höhenverstellbar", "44.90", "Četrkāju spieķis Ossenberg, regulējams augstums", "41.90"),
    ("Stockhalter für Rollator, universal", "14.90", "Spieķa turētājs rolatoram, universāls", "12.90"),
    ("Greifzange Etac Swereach, 60 cm", "29.90", None, None),
    ("Anti-Dekubitus-Sitzkissen ROHO Quadtro Select, 46 x 46 cm", "549.00",
     "Pretizgulējumu spilvens ROHO Quadtro Select, 46 x 46 cm", "529.00"),
    (None, None, "Pretizgulējumu spilvens ROHO Quadtro Select High Profile, 46 x 46 cm", "599.00"),
    ("Rollator Topro Pegasus, Größe M", "389.00", None, None),
    ("Toilettenstuhl Drive Medical TS 130 mit Armlehnen", "129.00", "Tualetes krēsls Drive Medical TS 130 ar roku balstiem", "119.00"),
    (None, None, "Rolators Drive Medical Nitro, M izmērs, melns", "319.00"),
    (None, None, "Pretizgulējumu matracis ar kompresoru, 2. pakāpe", "149.00"),
    (None, None, "Salokāmi ratiņkrēsli Breezy BasiX2, sēdekļa platums 48 cm", "449.00"),
]

KINDS: dict[str, list[Row]] = {"mobility aids, a Latvian shop": MOBILITY}
(LATVIAN,) = KINDS

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    LATVIAN: [(0, "Роллатор Topro Troja 2G, размер M, чёрный", "409.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[LATVIAN]
    # Two sizes of one rollator, both in both shops, a letter apart.
    assert {("O0", "T0"), ("O1", "T1")} <= truth
    # The second listing is in Russian, in Cyrillic around the maker and model.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "Роллатор" in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the seventeen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 8 of 18 found (2 matched, 6 proposed), 10 missed; no variant matched,
# 1 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 10 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Uncertain: the maker and model are what both titles share ("Topro Troja 2G", "Breezy BasiX2",
# "Etac Hi-Loo"), the rest is German against Latvian; a few titles have no maker at all (the
# folding stick, the stick holder).
# Failed at first reading: 8 of 17 found (2 matched, 6 proposed; 0.47), 9 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 8 of 17 found (0.47)")
def test_a_latvian_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Rolators Topro Troja 2G, M izmērs, melns - bezmaksas piegāde" / "Rollator Topro Troja 2G,
    # Größe M, schwarz": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, LATVIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a size letter (L / S / M), a colour (pelēks, melns), a seat height or width (65 cm, 43
# / 48 cm), a word ("HD", "F", "bērniem", "High Profile", "ar atzveltni"), a model number (Action4)
# or a height (6 cm) is the only difference.
SIBLINGS = [0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 30, 31, 34, 36]


# Passed at first reading: no sibling matched (6 of the rows' 11 true pairs found, 3 matched, 3
# proposed).
def test_a_sibling_a_size_a_colour_or_a_word_apart_tells_two_listings_apart(tmp_path):
    # Troja 2G in L and in grey beside our M and S; the 65 cm Saljol beside our 55 cm; Nitro HD and
    # the black Nitro beside our blue Nitro; the 43 and 48 cm BasiX2 beside our 46 cm; Action4 NG
    # beside our Action 3 NG; the stool with a backrest beside ours; Hi-Loo 6 cm beside our 10 cm;
    # Orca F beside our Orca; the children's crutches beside ours; the High Profile cushion beside
    # ours: nothing matched to a product it is not.
    counts, found, _ = BATCH.read_rows(tmp_path, LATVIAN, SIBLINGS)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: no sibling matched, 1 proposed beside our product's own listing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one sibling was put to a person")
def test_a_sibling_a_size_a_colour_or_a_word_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    counts, found, _ = BATCH.read_rows(tmp_path, LATVIAN, SIBLINGS)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share every word but the size letter.
# Passed at first reading: nothing crossed, but only one of the two pairs was found in these rows
# (matched); the other was missed.
def test_two_sizes_of_one_rollator_do_not_cross(tmp_path):
    # Our Troja 2G "Größe M" and "Größe S" against their "M izmērs" and "S izmērs": neither of ours
    # matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, LATVIAN, [0, 1])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: "demonstrācijas modelis, lietots" and "Lietoti ... labā stāvoklī" are words no
# condition rule before read; the bag names our rollator.
# Failed at first reading: 1 of the three listings matched with our product; both of the rows'
# true pairs found (matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading one of the three was matched with our product")
def test_a_demonstration_rollator_a_used_wheelchair_and_a_bag_are_not_matched_as_ours(tmp_path):
    # "Rolators Topro Troja 2G, M izmērs - demonstrācijas modelis, lietots" and "Soma rolatoram
    # Topro Troja 2G" beside the new rollator's own listing, "Lietoti ratiņkrēsli Breezy BasiX2,
    # sēdekļa platums 46 cm, labā stāvoklī" beside our BasiX²'s: none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, LATVIAN, [0, 4, 5, 12, 14])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the second listing missed (the first matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Роллатор Topro Troja 2G, размер M, чёрный" (Russian) beside "Rolators Topro Troja 2G, M
    # izmērs, melns": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (twenty-ninth session); copied here once it
# was not (thirtieth session). The batch read the same at the thirtieth session's start (09772175)
# as at its first reading, pair for pair. Each missed true pair scored alone (`score_pairs`, titles
# and other fields, no prices) at 09772175:
# - Would be proposed alone, missed in the catalogue: the Russian second listing of Troja 2G M
#   0.68 (its first listing matched by GTIN), Drive Nitro M sapphire blue 0.65 (its black sibling
#   T34 proposed instead, 0.66: "safīra zils" / "melns" not read against "saphirblau").
# - Breezy BasiX² 46 cm / "BasiX2" 0.95 "same model code basix2" alone, missed in the catalogue:
#   "BasiX2" is on 4 of their listings (43, 46, 48 cm, a used 46), read as a series there; the
#   seat width both write ("46 cm") does not pick the listing.
# - "fuzzy": Troja 2G size S 0.56 ("Größe S" / "S izmērs"), Saljol Carbon "Sitzhöhe 55 cm" 0.51,
#   Aquatec Orca 0.52 ("ar akumulatoru" theirs only), Ossenberg Klassik crutches 0.36, Ossenberg
#   quad stick 0.34, the folding Derby stick 0.29 and the stick holder 0.33 (no maker either
#   side).


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_eighteenth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (main at e1de20c; the matching code of the session's start, f4d4a42): 8 of
    # 18 true pairs found (2 matched, 6 proposed), 10 missed; no variant matched, 1 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=2, found=8, wrong_matched=0, wrong_proposed=1)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds18c [-v]
    BATCH.print_reading()
