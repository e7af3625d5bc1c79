"""A seventeenth round of catalogues set aside, its second batch, written before the matcher read
it, so that its first reading is a figure on catalogues the matching rules were not written on.

Espresso machines, grinders and their parts, a kind none of the sixteen rounds held (the coffee
rounds held beans, drippers and kettles; ours: an Italian espresso shop, 20 products in euros,
titled in Italian as such shops write them: the kind first, then maker, model and the maker's
code, "Macchina da caffè espresso Gaggia Classic Evo Pro, acciaio inox, RI9380/46"; theirs: a
Croatian coffee-equipment shop, 36 listings, also in euros, titled in Croatian as such shops write
them: maker and model first, then the kind, the code at the end or not at all, "Gaggia Classic
Evo Pro aparat za espresso, inox (RI9380/46)"). "Aparat za espresso (kavu)" is an espresso
machine, "mlinac za kavu" a grinder, "ručka s filterom" / "portafilter" a portafilter, "bez dna"
bottomless, "sito" / "košarica" a filter basket, "brtva grupe" a group gasket, "tamper" a tamper,
"vrč za mlijeko" a milk jug, "sredstvo za uklanjanje kamenca" a descaler, "tablete za čišćenje"
cleaning tablets, "crni" / "bijeli" / "crveni" black / white / red, "mat" matt; "rabljeno,
servisirano" used, serviced; "izložbeni primjerak" a display piece; "UK utikač" a UK plug.

The hard things, written as such shops write them, not to be easy or hard: one machine in four
colours under one code with a colour suffix (DeLonghi's EC685.M / .BK / .R / .W; two of ours in
both shops), a machine under two region suffixes (Sage's "...EEU1" ours, "...GUK1" theirs only),
machines of one maker a word apart ("Silvia" / "Silvia Pro X"; "Mara X" / "Bianca"), a grinder a
colour and a word apart ("Specialità" / "Silenzio"), baskets a dose or a height apart (IMS "B70 2T
H24.5" / "B68 2T H24.5" / "B70 2T H26.5"), gaskets a millimetre apart for one machine (8 / 8.5
mm), tampers and jugs a size apart (58 / 53 mm; 0.50 / 0.35 l), a descaler and cleaning powder of
one maker in two forms, a used machine and a display one carrying our model, a portafilter and a
gasket naming the machines they fit; "aparat za espresso", "58 mm", "inox" in many titles; the EAN
in some of our GTINs and in a few of their descriptions; one product listed twice (the second time
without the maker's code, with "Pro" written "PRO" and the colour in English).

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_GAGGIA_EVO = gtin_with_check_digit("871010398234")
GTIN_DEDICA_M = gtin_with_check_digit("804451051260")
GTIN_DEDICA_BK = gtin_with_check_digit("804451051261")
GTIN_SAGE_EU = gtin_with_check_digit("931190114027")

# An Italian espresso shop in euros against a Croatian one, also in euros.
ESPRESSO: list[Row] = [
    ("Macchina da caffè espresso Gaggia Classic Evo Pro, acciaio inox, RI9380/46", "449.00",
     "Gaggia Classic Evo Pro aparat za espresso, inox (RI9380/46)", "439.00",
     {"ours": {"brand": "Gaggia", "mpn": "RI9380/46", "gtin": GTIN_GAGGIA_EVO},
      "theirs": {"brand": "Gaggia", "description": "Klasični aparat za espresso s profesionalnom ručkom od 58 mm i parnom cijevi. EAN: " + GTIN_GAGGIA_EVO}}),
    (None, None, "Gaggia Classic Evo Pro aparat za espresso, Industrial Grey (RI9380/49)", "459.00"),
    (None, None, "Gaggia Classic Evo Pro aparat za espresso - rabljeno, servisirano, 6 mj. jamstva", "289.00"),
    ("Macchina da caffè espresso De'Longhi Dedica Style EC685.M, argento metallizzato", "169.00",
     "De'Longhi Dedica EC685.M aparat za espresso, srebrni", "159.99",
     {"ours": {"brand": "De'Longhi", "mpn": "EC685.M", "gtin": GTIN_DEDICA_M}}),
    ("Macchina da caffè espresso De'Longhi Dedica Style EC685.BK, nero", "169.00",
     "De'Longhi Dedica EC685.BK aparat za espresso, crni", "159.99",
     {"ours": {"brand": "De'Longhi", "mpn": "EC685.BK", "gtin": GTIN_DEDICA_BK},
      "theirs": {"description": "Kompaktni aparat za espresso širine 15 cm. EAN " + GTIN_DEDICA_BK}}),
    (None, None, "De'Longhi Dedica EC685.R aparat za espresso, crveni", "159.99"),
    (None, None, "De'Longhi Dedica EC685.W aparat za espresso, bijeli - izložbeni primjerak", "129.99"),
    ("Macchina da caffè espresso Sage the Barista Express SES875BSS4EEU1, acciaio spazzolato", "599.00",
     "Sage Barista Express aparat za espresso s mlincem, brushed stainless steel (SES875BSS4EEU1)", "579.00",
     {"ours": {"brand": "Sage", "mpn": "SES875BSS4EEU1", "gtin": GTIN_SAGE_EU}}),
    (None, None, "Sage Barista Express aparat za espresso s mlincem (SES875BSS4GUK1, UK utikač)", "529.00"),
    ("Macchina da caffè espresso Rancilio Silvia V6 E, inox", "899.00", "Rancilio Silvia V6 E aparat za espresso, inox", "879.00",
     {"ours": {"brand": "Rancilio"}}),
    (None, None, "Rancilio Silvia Pro X aparat za espresso, dvostruki bojler, PID", "1849.00"),
    ("Macchina da caffè espresso Lelit Mara X V2 PL62X, E61", "1399.00", "Lelit MaraX V2 PL62X aparat za espresso E61", "1369.00",
     {"ours": {"brand": "Lelit", "mpn": "PL62X"}}),
    (None, None, "Lelit Bianca V3 PL162T aparat za espresso, dvostruki bojler, kontrola protoka", "2799.00"),
    ("Macchina per espresso a leva La Pavoni Europiccola EN, cromata", "749.00",
     "La Pavoni Europiccola aparat za espresso s polugom, krom (EN)", "729.00"),
    ("Macinacaffè Eureka Mignon Specialità 16CR, nero opaco", "429.00",
     "Eureka Mignon Specialità mlinac za kavu, crni mat", "419.00",
     {"theirs": {"description": "Mlinac s ravnim noževima od 55 mm, tihi rad, zaslon na dodir."}}),
    (None, None, "Eureka Mignon Specialità mlinac za kavu, krom", "449.00"),
    (None, None, "Eureka Mignon Silenzio mlinac za kavu, crni mat", "319.00"),
    ("Macinacaffè Baratza Encore ESP, nero", "199.00", None, None),
    ("Guarnizione sottocoppa gruppo per Gaggia Classic, 8,5 mm", "6.90", "Brtva grupe za Gaggia Classic 8,5 mm", "5.90"),
    (None, None, "Brtva grupe za Gaggia Classic 8 mm (tanja)", "5.90"),
    ("Portafiltro senza fondo (bottomless) 58 mm per Rancilio Silvia", "54.00",
     "Ručka s filterom bez dna (bottomless portafilter) 58 mm za Rancilio Silvia", "49.00"),
    (None, None, "Ručka s filterom bez dna (bottomless portafilter) 58 mm za Gaggia Classic", "49.00"),
    ("Filtro IMS Competition B70 2T H24.5 M, 58 mm, 18-22 g", "24.90", "IMS Competition B70 2T H24.5 M sito 58 mm (18-22 g)", "22.90",
     {"ours": {"brand": "IMS", "mpn": "B70 2T H24.5 M"}}),
    (None, None, "IMS Competition B68 2T H24.5 M sito 58 mm (16-20 g)", "22.90"),
    (None, None, "IMS Competition B70 2T H26.5 M sito 58 mm (20-24 g)", "22.90"),
    ("Pressino Motta in acciaio inox, base piatta 58 mm", "34.00", "Motta tamper 58 mm inox, ravna baza", "31.90"),
    (None, None, "Motta tamper 53 mm inox, ravna baza", "31.90"),
    ("Lattiera Motta Europa in acciaio inox 0,50 l", "18.50", "Motta Europa vrč za mlijeko inox 0,50 l", "16.90"),
    (None, None, "Motta Europa vrč za mlijeko inox 0,35 l", "14.90"),
    ("Lattiera Motta Europa in acciaio inox 0,75 l", "21.00", None, None),
    ("Decalcificante Durgol Swiss Espresso, 2 x 125 ml", "11.90", "Durgol Swiss Espresso sredstvo za uklanjanje kamenca 2x125 ml", "10.99"),
    ("Detergente per gruppi Puly Caff Plus in polvere, 370 g", "12.50", "Puly Caff Plus prašak za čišćenje grupe 370 g", "11.49"),
    (None, None, "Puly Caff Plus tablete za čišćenje grupe, 100 kom", "14.99"),
    ("Bilancia per caffè Timemore Black Mirror Basic 2, nera", "59.00", "Timemore Black Mirror Basic 2 vaga za kavu, crna", "54.90"),
    (None, None, "Timemore Black Mirror Nano vaga za espresso, crna", "69.90"),
    ("Distributore per caffè 58 mm a tre alette, acciaio inox", "29.00", None, None),
    ("Cestello cieco per backflush 58 mm", "4.90", "Slijepo sito za backflush 58 mm", "4.50"),
    (None, None, "Rancilio Silvia V6 E aparat za espresso, crni - izložbeni primjerak", "789.00"),
]

KINDS: dict[str, list[Row]] = {"espresso machines and parts, a Croatian shop": ESPRESSO}
(CROATIAN,) = KINDS

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    CROATIAN: [(0, "GAGGIA CLASSIC EVO PRO espresso aparat - Stainless Steel", "439.00")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[CROATIAN]
    # Two colours of ours under one code with a colour suffix, both in both shops.
    assert {("O3", "T3"), ("O4", "T4")} <= truth
    assert [o["mpn"] for o in ours if o["sku"] in ("O3", "O4")] == ["EC685.M", "EC685.BK"]
    # Our Sage's code and the one only they sell are one model under two region suffixes.
    assert next(o for o in ours if o["sku"] == "O7")["mpn"][:10] in next(t for t in theirs if t["key"] == "T8")["name"]
    # The second listing has no maker's code.
    second = next(t for t in theirs if t["key"] == "T0b")
    assert "RI9380" not in second["name"] and ("O0", "T0b") in truth


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the sixteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round is held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 16 of 18 found (16 matched), 2 missed; 4 variants matched, none
# proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 2 of the 18 true pairs were missed and 4 variants matched")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass for the makers' codes both titles write (6 of the 17 rows' pairs), uncertain
# for the rest, where maker and model are the words both shops share and the kind is Italian
# against Croatian.
# Passed at first reading: 16 of 17 found (16 matched; 0.94), 1 missed.
def test_a_croatian_title_around_the_maker_and_model_finds_our_product(tmp_path):
    # "Gaggia Classic Evo Pro aparat za espresso, inox (RI9380/46)" / "Macchina da caffè espresso
    # Gaggia Classic Evo Pro, acciaio inox, RI9380/46": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, CROATIAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a colour suffix (".R", "/49"), a word ("Pro X", "Bianca", "Silenzio", "Nano",
# "tablete"), a size (8 / 8.5 mm, 53 / 58 mm, 0.35 / 0.50 / 0.75 l) or a dose (B68 / B70, H24.5 /
# H26.5) is the only difference.
# Failed at first reading: 2 siblings matched (12 of the rows' 13 true pairs matched).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_colour_a_word_or_a_size_apart_tells_two_listings_apart(tmp_path):
    # The grey Evo Pro beside our inox one, the red and the white Dedica beside our silver and black,
    # Silvia Pro X beside our Silvia, Bianca beside our Mara X, the chrome Specialità and the
    # Silenzio beside our matt black Specialità, the 8 mm gasket beside our 8.5 mm, the Gaggia
    # portafilter beside our Rancilio one, B68 and H26.5 beside our B70 H24.5, the 53 mm tamper, the
    # 0.35 l jug beside our 0.50 and 0.75 l, the tablets beside our powder, the Nano beside our
    # Basic 2: nothing matched to a product it is not.
    numbers = [0, 1, 3, 4, 5, 9, 10, 11, 12, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
               31, 32, 33, 34]
    counts, found, _ = BATCH.read_rows(tmp_path, CROATIAN, numbers)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: 2 siblings matched, none proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were matched")
def test_a_sibling_a_colour_a_word_or_a_size_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 1, 3, 4, 5, 9, 10, 11, 12, 14, 15, 16, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,
               31, 32, 33, 34]
    counts, found, _ = BATCH.read_rows(tmp_path, CROATIAN, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the two share every word but the colour and the code's suffix after a dot.
# Passed at first reading: both matched with their own listings, neither crossed.
def test_two_colours_of_ours_do_not_cross(tmp_path):
    # Our Dedica "EC685.M, argento" and "EC685.BK, nero" against their "EC685.M ... srebrni" and
    # "EC685.BK ... crni": neither of ours matched or put to a person with the other's listing.
    counts, found, _ = BATCH.read_rows(tmp_path, CROATIAN, [3, 4])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: since the twenty-sixth session's `used` a used listing carrying our product's words is
# proposed, not matched, but "rabljeno" and "izložbeni primjerak" are words no round before wrote;
# the UK Sage is our code with another region suffix, one the market suffixes of the twenty-sixth
# session (misses3) may not know.
# Passed at first reading: nothing matched or proposed with our products (4 of the rows' 5 true
# pairs matched, 1 proposed).
def test_a_used_a_display_and_a_uk_machine_are_not_matched_as_ours(tmp_path):
    # "Gaggia Classic Evo Pro ... rabljeno, servisirano" beside our Evo Pro's own listing, the
    # Silvia's "izložbeni primjerak" beside our Silvia's, the white Dedica's display piece beside
    # our two Dedicas, "SES875BSS4GUK1, UK utikač" beside our "SES875BSS4EEU1": none matched with
    # our product.
    counts, found, _ = BATCH.read_rows(tmp_path, CROATIAN, [0, 2, 3, 4, 6, 7, 8, 9, 37])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the first listing matched, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "GAGGIA CLASSIC EVO PRO espresso aparat - Stainless Steel" (no code, capitals, the colour in
    # English) beside "Gaggia Classic Evo Pro aparat za espresso, inox (RI9380/46)": both listings
    # ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (twenty-eighth session); copied here once it
# was not (twenty-ninth session). Each missed true pair scored alone (`score_pairs`, titles and
# other fields, no prices) at 7a1846a:
# - Eureka Mignon Specialità matt black 0.47 (its chrome sibling matched instead, below), the
#   Gaggia's second listing in capitals with no code 0.53.
# The variants matched, all by wording (the one catalogue of the round where the wording rule
# fired): the chrome Eureka Specialità with our matt black one (0.54, "each other's best match, by
# wording", while our own listing was missed: "crni mat" / "nero opaco" not weighed against
# "krom"); the Gaggia bottomless portafilter as a further listing of our Rancilio one (0.38, "their
# listing's best match, by wording ...: another listing of our product": "za Gaggia Classic"
# against "per Rancilio Silvia", the machine it fits); the Timemore Black Mirror Nano as a further
# listing of our Basic 2 (0.49); the Rancilio Silvia display piece ("crni - izložbeni primjerak")
# as a further listing of our Silvia (0.60; "izložbeni primjerak" is not a condition word). A
# further listing by wording at 0.38 whose title names another maker's machine is the general signal.


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_seventeenth_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (main at 240165b; the matching code of the session's start, 6471e48): 16 of
    # 18 true pairs found (16 matched), 2 missed; 4 variants matched, none proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=16, found=16, wrong_matched=4, wrong_proposed=0)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds17b [-v]
    BATCH.print_reading()
