"""A fourth batch of the sixteenth round (after `tests/test_matching_kinds16.py` to `..16c.py`),
written before the matcher read it, in a kind none of the fifteen rounds held.

Swimming (ours: a Dutch swim shop, 20 products in euros, titled in Dutch as such a shop writes
them: maker, line, kind and colour after a comma, "Speedo Futura Biofuse Flexiseal zwembril,
helder", a size as "maat 38"; theirs: a Chilean swim shop, 38 listings in pesos, titled in Chilean
Spanish as such shops write them: the kind first, every word capitalised, the colour and "Adulto"
/ "Junior" last, "Antiparras Speedo Futura Biofuse Flexiseal Transparente Adulto", a size as
"Talla 38"). "Antiparras" are goggles (Chilean; "gafas" elsewhere), "Gorra de Natación" a cap,
"Aletas" fins, "Paletas" hand paddles, "Snorkel Frontal" a centre snorkel, "Traje de Baño Mujer"
a woman's swimsuit, "Reloj" a watch, "Audífonos ... Conducción Ósea" bone-conduction headphones,
"Correa ... de Repuesto" a spare strap, "Cargador" a charger; "Espejo" mirrored, "Humo" smoke,
"Plateado" silver, "Gris Pizarra" slate grey; "Usado, Excelente Estado" used.

The hard things, written as such shops write them, not to be easy or hard: goggles a tint or a
word apart ("Transparente" / "Humo", "Mirror" / none, two of ours one word apart in both shops,
"Ultra Swipe" / "Tri Swipe"), an adult's and a junior's of one line, a cap a colour apart, fins
and paddles and swimsuits a size apart (two swimsuits of ours in both shops), paddles a word apart
("Agility" / "Agility Floating"), a snorkel a numeral apart ("Pro III" / "Pro II"), a swimsuit a
line word apart ("Solid Swim Pro" / "Solid Swim Tech"), a watch a colour apart, a used one and a
charger naming it, headphones a word apart ("OpenSwim" / "OpenSwim Pro"), a strap naming the
goggles it fits; our colours in Dutch ("helder", "zwart", "rook") and theirs in Spanish;
"Antiparras", "Speedo", "Arena" and "FINIS" in many titles; the maker's part number under two
region suffixes (our watch's European "-10" in our MPN, their Latin American "-00" in their
description); an EAN in one of our GTINs and one of their descriptions; one product listed twice
(the second time in Spanish words for "Mirror", with "Natación" and "Competición").

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their price[,
{"ours": {...}, "theirs": {...}}]); a row with one title is a variant only one shop sells, which
matching to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_FUTURA_CLEAR = gtin_with_check_digit("504329707512")
GTIN_COBRA_MIRROR = gtin_with_check_digit("304527533145")

# A Dutch swim shop in euros against a Chilean swim shop in pesos.
SWIMMING: list[Row] = [
    ("Speedo Futura Biofuse Flexiseal zwembril, helder", "24.95", "Antiparras Speedo Futura Biofuse Flexiseal Transparente Adulto", "21990",
     {"ours": {"brand": "Speedo", "gtin": GTIN_FUTURA_CLEAR},
      "theirs": {"brand": "Speedo", "description": "Sello Flexiseal, lente antiempañante con protección UV. Código de barras: " + GTIN_FUTURA_CLEAR}}),
    (None, None, "Antiparras Speedo Futura Biofuse Flexiseal Humo Adulto", "21990"),
    (None, None, "Antiparras Speedo Futura Biofuse Flexiseal Junior Transparente", "17990"),
    ("Speedo Fastskin Pure Focus Mirror zwembril, zwart/goud", "39.95", "Antiparras Speedo Fastskin Pure Focus Espejo Negro/Dorado", "39990"),
    (None, None, "Antiparras Speedo Fastskin Pure Focus Negro/Humo", "34990"),
    ("Arena Cobra Ultra Swipe Mirror zwembril, zilver/blauw", "49.95", "Antiparras Arena Cobra Ultra Swipe Mirror Plateado/Azul", "44990",
     {"ours": {"brand": "Arena", "gtin": GTIN_COBRA_MIRROR}}),
    ("Arena Cobra Ultra Swipe zwembril, rook/zwart", "39.95", "Antiparras Arena Cobra Ultra Swipe Humo/Negro", "36990",
     {"ours": {"brand": "Arena"}}),
    (None, None, "Antiparras Arena Cobra Tri Swipe Mirror Plateado/Azul", "42990"),
    ("Speedo Plain Moulded siliconen badmuts, zwart", "9.95", "Gorra de Natación Speedo Plain Moulded Silicona Negra", "8990"),
    (None, None, "Gorra de Natación Speedo Plain Moulded Silicona Junior Negra", "7990"),
    ("Arena Classic siliconen badmuts, wit", "8.95", "Gorra Natación Arena Classic Silicona Blanca", "7990"),
    (None, None, "Gorra Natación Arena Classic Silicona Azul", "7990"),
    ("FINIS Z2 Gold Zoomers zwemvliezen, maat 39-41", "49.95", "Aletas FINIS Z2 Gold Zoomers Talla 39-41", "49990"),
    (None, None, "Aletas FINIS Z2 Gold Zoomers Talla 42-44", "49990"),
    ("Arena Powerfin Pro zwemvliezen, maat 40-41", "59.95", None, None),
    (None, None, "Aletas Arena Powerfin Pro Talla 42-43", "52990"),
    ("FINIS Agility handpaddles, maat M", "24.95", "Paletas FINIS Agility Talla M", "24990"),
    (None, None, "Paletas FINIS Agility Talla L", "24990"),
    (None, None, "Paletas FINIS Agility Floating Talla M", "26990"),
    ("Arena Freeflow pullbuoy", "14.95", "Pull Buoy Arena Freeflow", "15990"),
    ("Speedo pullbuoy, blauw", "9.95", "Pull Buoy Speedo Azul", "9990"),
    ("FINIS Swimmer's Snorkel frontsnorkel, zwart", "34.95", "Snorkel Frontal FINIS Swimmer's Snorkel Negro", "34990"),
    (None, None, "Snorkel Frontal FINIS Stability Snorkel Negro", "44990"),
    (None, None, "Snorkel Frontal FINIS Swimmer's Snorkel Junior Lima", "29990"),
    ("Arena Swim Snorkel Pro III frontsnorkel", "44.95", "Snorkel Frontal Arena Swim Snorkel Pro III", "42990"),
    (None, None, "Snorkel Frontal Arena Swim Snorkel Pro II", "37990"),
    ("Speedo Endurance+ Medalist badpak dames, zwart, maat 36", "34.95", "Traje de Baño Mujer Speedo Endurance+ Medalist Negro Talla 36", "34990"),
    ("Speedo Endurance+ Medalist badpak dames, zwart, maat 38", "34.95", "Traje de Baño Mujer Speedo Endurance+ Medalist Negro Talla 38", "34990"),
    (None, None, "Traje de Baño Mujer Speedo Endurance+ Medalist Negro Talla 40", "34990"),
    ("Arena Solid Swim Pro badpak dames, navy, maat 38", "39.95", None, None),
    (None, None, "Traje de Baño Mujer Arena Solid Swim Tech Navy Talla 38", "36990"),
    ("Arena Team Solid jammer heren, zwart, maat 80", "27.95", "Jammer Hombre Arena Team Solid Negro Talla 80", "26990"),
    ("Garmin Swim 2 zwemhorloge, leisteengrijs", "249.00", "Reloj Garmin Swim 2 Gris Pizarra", "249990",
     {"ours": {"brand": "Garmin", "mpn": "010-02247-10"},
      "theirs": {"brand": "Garmin", "description": "Reloj para natación en piscina y aguas abiertas. Modelo 010-02247-00, versión Latinoamérica."}}),
    (None, None, "Reloj Garmin Swim 2 Blanco Piedra", "249990"),
    (None, None, "Reloj Garmin Swim 2 Gris Pizarra - Usado, Excelente Estado", "149990"),
    (None, None, "Cargador Cable USB para Garmin Swim 2 / Forerunner / Fenix", "12990"),
    ("Shokz OpenSwim beengeleiding MP3-speler, zwart", "149.95", "Audífonos Shokz OpenSwim Conducción Ósea MP3 4GB Negro", "149990"),
    (None, None, "Audífonos Shokz OpenSwim Pro Conducción Ósea Gris", "199990"),
    ("Speedo Biofuse neusklem", "4.95", None, None),
    (None, None, "Correa de Silicona de Repuesto para Antiparras Speedo Futura Biofuse", "4990"),
]

KINDS: dict[str, list[Row]] = {"swimming, a Chilean shop in pesos": SWIMMING}
(CHILEAN,) = KINDS
CURRENCIES = {CHILEAN: "CLP"}

# The competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    CHILEAN: [(5, "Antiparras Natación Arena Cobra Ultra Swipe Espejo Plata Azul - Competición", "44990")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)

def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    ours, theirs, truth = dict(BATCH.catalogues())[CHILEAN]
    # Two goggles of ours one word apart, and two swimsuits a size apart, all in both shops.
    assert {("O5", "T5"), ("O6", "T6"), ("O26", "T26"), ("O27", "T27")} <= truth
    # The watch's part number under two region suffixes: ours in our MPN, theirs in their description.
    watch = next(o for o in ours if o["sku"] == "O32")
    assert watch["mpn"][:-3] in next(t["description"] for t in theirs if t["key"] == "T32") and watch["mpn"] not in str(theirs)


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; the comment
# above each says what the fifteen rounds' readings led us to expect. The batch landed with these
# tests as non-strict expected failures; its first reading made each a plain test where it passed
# and a strict expected failure (raising AssertionError, so that a helper renamed fails the run
# rather than passing as expected) where it failed. The first reading is written as counts, not
# pairs: the round was held out from the matching work of the session that read it.


# Expected to fail: no round before found every pair.
# Failed at first reading: 10 of 18 found (none matched, 10 proposed), 8 missed; no variant
# matched, 2 proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 8 of the 18 true pairs were missed")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass: maker and line are written the same in both titles, the kind and the colour in
# Dutch and in Spanish; few of the pairs have a code.
# Failed at first reading: 10 of 17 found (none matched, 10 proposed; 0.59), 7 missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading 10 of 17 found (0.59)")
def test_a_chilean_title_around_the_makers_line_finds_our_product(tmp_path):
    # "Antiparras Speedo Futura Biofuse Flexiseal Transparente Adulto" / "Speedo Futura Biofuse
    # Flexiseal zwembril, helder": at least three quarters found.
    counts, found, truth = BATCH.read_rows(tmp_path, CHILEAN)
    assert share_found(counts, truth) >= 0.75, found


# Uncertain: a tint, a colour, a size, "Junior", a line word or a numeral is the only difference,
# our colours written in Dutch and theirs in Spanish, and the rounds before held such differences
# apart only where they were read.
# Passed at first reading: no sibling matched, as nothing in these rows was (8 of the rows' 14
# true pairs proposed).
def test_a_sibling_a_colour_a_size_or_a_word_apart_tells_two_listings_apart(tmp_path):
    # The smoke and junior Futura beside our clear, the Pure Focus without mirror beside ours, the
    # Tri Swipe beside our Ultra Swipes, the junior cap and the blue one, the fins in 42-44 and
    # the Powerfin in 42-43, the paddles in L and the Floating ones, the Stability and the junior
    # snorkels, the Pro II, the swimsuit in 40 and the Solid Swim Tech beside our Solid Swim Pro,
    # the whitestone watch, the OpenSwim Pro: nothing matched to a product it is not.
    numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26,
               27, 28, 29, 30, 32, 33, 36, 37]
    counts, found, _ = BATCH.read_rows(tmp_path, CHILEAN, numbers)
    assert not counts["wrong matched"], found


# Expected to fail: a word or number on one listing only was proposed in most rounds before.
# Failed at first reading: no sibling matched, 2 proposed beside our products' own listings.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading two siblings were put to a person")
def test_a_sibling_a_colour_a_size_or_a_word_apart_is_not_even_proposed(tmp_path):
    # The same siblings: none matched, nor put to a person beside our product's own listing.
    numbers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26,
               27, 28, 29, 30, 32, 33, 36, 37]
    counts, found, _ = BATCH.read_rows(tmp_path, CHILEAN, numbers)
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Uncertain: the goggles are one word ("Mirror") and a colour apart, both written in two
# languages; the swimsuits share every word but the size.
# Passed at first reading: nothing crossed, but only as none of the four true pairs was found
# where their rows stood alone.
def test_two_products_of_ours_a_word_or_a_size_apart_do_not_cross(tmp_path):
    # Our Cobra Ultra Swipe with and without "Mirror" against theirs, our Medalist in 36 and 38
    # against theirs: neither of ours matched or put to a person with the other's listing.
    for numbers in ([5, 6], [26, 27]):
        counts, found, _ = BATCH.read_rows(tmp_path, CHILEAN, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (numbers, found)


# Uncertain: since the twenty-sixth session's `used` a used listing carrying our product's words is
# proposed, not matched; "Usado, Excelente Estado" is Spanish the rounds before wrote in other
# words; the charger and the strap name our products as fitting ("para").
# Passed at first reading: nothing wrong matched or proposed (of the two new products in these
# rows one proposed, one not found).
def test_a_used_watch_a_charger_and_a_strap_naming_ours_are_not_matched_as_ours(tmp_path):
    # "Reloj Garmin Swim 2 Gris Pizarra - Usado, Excelente Estado" and "Cargador Cable USB para
    # Garmin Swim 2 ..." beside the new watch's own listing, the spare strap beside the Futura's:
    # none matched with our product.
    counts, found, _ = BATCH.read_rows(tmp_path, CHILEAN, [0, 32, 34, 35, 39])
    assert not counts["wrong matched"], found


# Expected to fail: a second listing was found in some catalogues of each round before, not all.
# Failed at first reading: the first listing proposed, the second missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="at first reading the second listing was missed")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Antiparras Natación Arena Cobra Ultra Swipe Espejo Plata Azul - Competición" ("Espejo" for
    # "Mirror", "Plata" for "Plateado") beside "Antiparras Arena Cobra Ultra Swipe Mirror
    # Plateado/Azul": both listings ours, matched or put to a person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the first reading's misses, pair by pair ------------------------------------------------------
# Kept out of the project while the round was held out (twenty-seventh session); copied here once it
# was not (twenty-eighth session). Nothing matched: ten pairs proposed at 0.60-0.81 and eight missed,
# each scored alone (`score_pairs`, no prices) at e89f24e: the Arena Classic cap 0.47, the Speedo
# pullbuoy 0.37, Medalist 36 and 38 0.54 each, Pure Focus Mirror 0.53 ("Mirror" / "Espejo"), the
# Garmin Swim 2 0.58 (our MPN's region suffix "010-02247-10" against their description's
# "010-02247-00" did not rescue it), the Plain Moulded cap 0.53, the Cobra's second listing 0.50. The
# wording rule never fired here, where it matched 10 pairs of the Icelandic catalogue. The variants
# proposed: FINIS Agility M with "Agility Floating" M (0.61), Pure Focus Mirror with the one without
# (0.61).


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_sixteenth_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at e15e214; the matching code of the session's start, 2000c00): 10 of
    # 18 true pairs found (none matched, 10 proposed), 8 missed; no variant matched, 2 proposed.
    holds_its_first_reading(BATCH.read(tmp_path), matched=0, found=10, wrong_matched=0, wrong_proposed=2)


if __name__ == "__main__":  # the reading, as the history records it: python -m tests.test_matching_kinds16d [-v]
    BATCH.print_reading()
