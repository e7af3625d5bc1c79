"""A second batch of the eleventh round (after `tests/test_matching_kinds11.py`), written before
the matcher read it, of two shapes the rounds before had not, in kinds none of them held.

Miniature paints from a wholesaler's feed that puts the size first and the brand last (ours: a
German hobby shop, 22 products in euros; theirs: a British hobby wholesaler, 35 listings in
pounds, every title "18ml Shade: Nuln Oil - Citadel", "17ml Game Color: Dead White (72.001) -
Vallejo", "18ml Warpaints Fanatic: Matt Black - The Army Painter"): the range and the colour
name between the size and the maker, a paint maker's code in brackets where it has one, siblings
one range word apart ("Nuln Oil" / "Nuln Oil Gloss", "Warpaints Fanatic" / "Warpaints",
"Speedpaint 2.0" / "Speedpaint", "Base: Leadbelcher" / "Spray: Leadbelcher") and one colour code
in two bottle sizes ("17ml" / "200ml Model Air: Black (71.057)"); a bottle we write as 17 ml
they write as 18ml, one maker's code naming it in both.

Prams and car seats from a shop whose titles are only a model and a colour (ours: a German baby
shop, 18 products in euros; theirs: a Polish baby shop, 34 listings in złoty, "Pebble 360 Pro
Essential Graphite", "Sirona T i-Size Sepia Black", "YOYO3 6+ Black/Stone", the maker only in the
brand field and the kind of product nowhere): siblings one word apart ("Pebble 360 Pro" /
"Pebble 360", "Sirona T i-Size" / "Sirona T i-Size Plus", "Dualfix Pro M" / "Dualfix Pro",
"i-Spin 360" / "i-Spin 360 E", "Urban Glide 3" / "Urban Glide 3 Double", "Vista V3" / "Vista
V2"), colours every maker writes ("Essential Black", "Moonlight Grey", "Sepia Black"), our
"YOYO³" their "YOYO3", a GTIN in our field and only in their description.

Rows as `tests/kinds_batches.py` reads them; each competitor lists one of ours twice.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import (
    Catalogues,
    Row,
    check_the_rows,
    check_the_shape,
    every_catalogue_priced,
    gtin_with_check_digit,
    holds_its_first_reading,
    read_rows_priced,
)
from tests.kinds_batches import read_the_batch as _read_the_batch

GTIN_FOX_5_BLACK = gtin_with_check_digit("871744719003")
GTIN_VISTA_V3_GWEN = gtin_with_check_digit("081001871230")

# Our twenty-two paints, brushes and primers; theirs size first, range and colour, brand last.
MINIATURE_PAINTS: list[Row] = [
    ("Citadel Shade Nuln Oil 18 ml", "5.20", "18ml Shade: Nuln Oil - Citadel", "3.95"),
    (None, None, "18ml Shade: Nuln Oil Gloss - Citadel", "3.95"),
    ("Citadel Base Abaddon Black 12 ml", "4.50", "12ml Base: Abaddon Black - Citadel", "3.45"),
    ("Citadel Spray Chaos Black 400 ml", "19.50", "400ml Spray: Chaos Black - Citadel", "13.50"),
    (None, None, "400ml Spray: Wraithbone - Citadel", "13.50"),
    ("Citadel Contrast Black Templar 18 ml", "7.50", "18ml Contrast: Black Templar - Citadel", "5.75"),
    (None, None, "18ml Contrast: Blood Angels Red - Citadel", "5.75"),
    ("Citadel Base Leadbelcher 12 ml", "4.50", "12ml Base: Leadbelcher - Citadel", "3.45"),
    (None, None, "400ml Spray: Leadbelcher - Citadel", "13.50"),
    ("Citadel Layer Wild Rider Red 12 ml", "4.50", "12ml Layer: Wild Rider Red - Citadel", "3.45"),
    ("Citadel Pinsel Medium Layer", "8.90", "Brush: Medium Layer - Citadel", "6.45"),
    (None, None, "Brush: Small Layer - Citadel", "5.45"),
    (None, None, "Brush: Large Layer - Citadel", "7.45"),
    ("Vallejo Game Color 72.001 Dead White 17 ml", "3.60", "17ml Game Color: Dead White (72.001) - Vallejo", "2.60"),
    (None, None, "17ml Game Color: Black (72.051) - Vallejo", "2.60"),
    (None, None, "18ml Model Color: White (70.951) - Vallejo", "2.40"),
    ("Vallejo Model Color 70.950 Black 17 ml", "3.20", "18ml Model Color: Black (70.950) - Vallejo", "2.40"),
    ("Vallejo Model Air 71.057 Black 17 ml", "3.40", "17ml Model Air: Black (71.057) - Vallejo", "2.50"),
    (None, None, "200ml Model Air: Black (71.057) - Vallejo", "16.50"),
    ("Vallejo Surface Primer Schwarz 200 ml", "15.90", "200ml Surface Primer: Black (74.602) - Vallejo", "11.50", {"ours": {"mpn": "74.602"}}),
    (None, None, "60ml Surface Primer: Black (73.602) - Vallejo", "5.25"),
    ("The Army Painter Warpaints Fanatic Matt Black 18 ml", "3.95", "18ml Warpaints Fanatic: Matt Black - The Army Painter", "2.95"),
    ("The Army Painter Warpaints Matt Black 18 ml", "3.50", "18ml Warpaints: Matt Black - The Army Painter", "2.50"),
    ("The Army Painter Speedpaint 2.0 Grim Black 18 ml", "4.95", "18ml Speedpaint 2.0: Grim Black - The Army Painter", "3.50"),
    (None, None, "18ml Speedpaint: Grim Black - The Army Painter", "3.25"),
    ("The Army Painter Colour Primer Matt Black Spray 400 ml", "16.90", "400ml Colour Primer: Matt Black - The Army Painter", "11.99"),
    (None, None, "400ml Colour Primer: Matt White - The Army Painter", "11.99"),
    ("The Army Painter Wargamer Brush Character", "6.90", "Wargamer Brush: Character - The Army Painter", "4.99"),
    (None, None, "Wargamer Brush: Regiment - The Army Painter", "4.99"),
    ("Green Stuff World Chameleon Paint Emerald Sunset 17 ml", "4.25", "17ml Chameleon Paint: Emerald Sunset - Green Stuff World", "2.95"),
    ("Citadel Technical Nihilakh Oxide 12 ml", "5.20", "12ml Technical: Nihilakh Oxide - Citadel", "3.95"),
    ("Citadel Shade Agrax Earthshade 18 ml", "5.20", None, None),
    ("Citadel Dry Necron Compound 12 ml", "4.50", None, None),
    ("Vallejo Game Color 72.005 Moon Yellow 17 ml", "3.60", None, None),
    ("The Army Painter Wet Palette", "24.90", None, None),
    (None, None, "12ml Base: Mephiston Red - Citadel", "3.45"),
    (None, None, "18ml Quickshade Wash: Dark Tone - The Army Painter", "2.95"),
    (None, None, "15ml Two Thin Coats: Dungeon Grey - Duncan Rhodes", "3.25"),
]

# Our eighteen prams, car seats and bases; theirs the model and the colour, the maker in the brand
# field only. Prices in złoty.
PRAMS_AND_CAR_SEATS: list[Row] = [
    ("Maxi-Cosi Pebble 360 Pro i-Size Babyschale Essential Graphite", "349.00", "Pebble 360 Pro Essential Graphite", "1499.00",
     {"theirs": {"brand": "Maxi-Cosi"}}),
    (None, None, "Pebble 360 Pro Essential Black", "1499.00", {"theirs": {"brand": "Maxi-Cosi"}}),
    (None, None, "Pebble 360 Essential Graphite", "1199.00", {"theirs": {"brand": "Maxi-Cosi"}}),
    ("Maxi-Cosi FamilyFix 360 Pro Basisstation", "219.00", "FamilyFix 360 Pro", "899.00", {"theirs": {"brand": "Maxi-Cosi"}}),
    (None, None, "FamilyFix 360", "749.00", {"theirs": {"brand": "Maxi-Cosi"}}),
    ("Cybex Sirona T i-Size Reboarder Sepia Black", "449.95", "Sirona T i-Size Sepia Black", "1899.00", {"theirs": {"brand": "Cybex"}}),
    (None, None, "Sirona T i-Size Plus Sepia Black", "2099.00", {"theirs": {"brand": "Cybex"}}),
    (None, None, "Sirona T i-Size Mirage Grey", "1899.00", {"theirs": {"brand": "Cybex"}}),
    ("Cybex Cloud T i-Size Babyschale Mirage Grey", "329.95", "Cloud T i-Size Mirage Grey", "1399.00", {"theirs": {"brand": "Cybex"}}),
    (None, None, "Cloud T i-Size Plus Mirage Grey", "1599.00", {"theirs": {"brand": "Cybex"}}),
    ("Britax Römer Dualfix Pro M Reboarder Space Black", "429.99", "Dualfix Pro M Space Black", "1749.00", {"theirs": {"brand": "Britax Römer"}}),
    (None, None, "Dualfix Pro Space Black", "1599.00", {"theirs": {"brand": "Britax Römer"}}),
    ("Joie i-Spin 360 Reboarder Coal", "349.00", "i-Spin 360 Coal", "1399.00", {"theirs": {"brand": "Joie"}}),
    (None, None, "i-Spin 360 E Coal", "1099.00", {"theirs": {"brand": "Joie"}}),
    ("Bugaboo Fox 5 Kinderwagen komplett Black/Midnight Black", "1249.00", "Fox 5 Black/Midnight Black", "5299.00",
     {"ours": {"gtin": GTIN_FOX_5_BLACK}, "theirs": {"brand": "Bugaboo", "description": f"Wózek 2w1. EAN: {GTIN_FOX_5_BLACK}"}}),
    (None, None, "Fox 5 Graphite/Moonlight Grey", "5299.00", {"theirs": {"brand": "Bugaboo"}}),
    (None, None, "Fox Cub Black/Midnight Black", "3999.00", {"theirs": {"brand": "Bugaboo"}}),
    ("Babyzen YOYO³ Buggy 6+ Gestell schwarz Farbset Stone", "499.00", "YOYO3 6+ Black/Stone", "2299.00", {"theirs": {"brand": "Babyzen"}}),
    (None, None, "YOYO3 0+ Newborn Pack Black/Stone", "2899.00", {"theirs": {"brand": "Babyzen"}}),
    (None, None, "YOYO3 6+ White/Stone", "2299.00", {"theirs": {"brand": "Babyzen"}}),
    ("Stokke Xplory X Kinderwagen Rich Black", "1199.00", "Xplory X Rich Black", "4999.00", {"theirs": {"brand": "Stokke"}}),
    (None, None, "Xplory X Modern Grey", "4999.00", {"theirs": {"brand": "Stokke"}}),
    ("Thule Urban Glide 3 Jogging-Buggy Black", "799.95", "Urban Glide 3 Black", "3299.00", {"theirs": {"brand": "Thule"}}),
    (None, None, "Urban Glide 3 Double Black", "4299.00", {"theirs": {"brand": "Thule"}}),
    ("Cybex Priam 4 Gestell Chrome Black", "549.95", "Priam 4 Chrome Black", "2299.00", {"theirs": {"brand": "Cybex"}}),
    (None, None, "Priam 4 Matt Black", "2299.00", {"theirs": {"brand": "Cybex"}}),
    (None, None, "Priam 4 Seat Pack Sepia Black", "999.00", {"theirs": {"brand": "Cybex"}}),
    ("UPPAbaby Vista V3 Kinderwagen Gwen", "1399.00", "Vista V3 Gwen", "5999.00",
     {"ours": {"gtin": GTIN_VISTA_V3_GWEN}, "theirs": {"brand": "UPPAbaby", "gtin": GTIN_VISTA_V3_GWEN}}),
    (None, None, "Vista V2 Gwen", "4999.00", {"theirs": {"brand": "UPPAbaby"}}),
    ("Joie i-Traver Kindersitz Shale", "229.00", None, None),
    ("Britax Römer Kidfix i-Size Galaxy Black", "219.99", None, None),
    ("Bugaboo Butterfly Buggy Black/Stormy Blue", "449.00", None, None),
    ("Cybex Solution T i-Fix Plus Sepia Black", "229.95", None, None),
    ("Maxi-Cosi Tinca i-Size Babyschale Essential Black", "179.00", None, None),
    ("Cybex Cloud T i-Size Plus Babyschale Sepia Black", "379.95", None, None),
    (None, None, "Xpedition 2 3w1 Moonlight Grey", "2199.00", {"theirs": {"brand": "Kinderkraft"}}),
    (None, None, "Bastiaan i-Size Grey Stone", "699.00", {"theirs": {"brand": "Lionelo"}}),
    (None, None, "Salia 125 Fibre Black", "1699.00", {"theirs": {"brand": "Recaro"}}),
    (None, None, "Mi-Gearbox Essential Black", "399.00", {"theirs": {"brand": "Kinderkraft"}}),
]

KINDS: dict[str, list[Row]] = {"miniature paints, a feed with the size first and the brand last": MINIATURE_PAINTS,
                               "prams and car seats, titles only a model and a colour": PRAMS_AND_CAR_SEATS}
PAINTS, PRAMS = KINDS
CURRENCIES = {PAINTS: "GBP", PRAMS: "PLN"}

# Each competitor lists one of our products twice: (row of the first listing, title, price[, fields]).
SECOND_LISTINGS: dict[str, list[tuple]] = {
    PAINTS: [(0, "Shade: Nuln Oil 24-14 - Games Workshop", "3.85")],
    PRAMS: [(12, "Joie i-Spin 360 fotelik obrotowy 0-18 kg Coal", "1379.00", {"brand": "Joie"})],
}


def every_catalogue() -> list[tuple[str, Catalogues]]:
    return every_catalogue_priced(KINDS, SECOND_LISTINGS, CURRENCIES)


def read_the_batch(folder, show=None):
    return _read_the_batch({}, folder, show, more=every_catalogue())


def _read(tmp_path, kind: str, rows: list[Row], second=(), label: str = "rows") -> tuple:
    """Some rows of one kind (and second listings) through the commands, priced as the kind's
    shop prices: counts, found, truth."""
    return read_rows_priced(tmp_path / label, rows, second, CURRENCIES.get(kind))


def _rows(kind_rows: list[Row], numbers) -> list[Row]:
    return [kind_rows[n] for n in numbers]


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    assert set(SECOND_LISTINGS) == set(KINDS)
    check_the_shape(every_catalogue(), CURRENCIES)
    catalogues = dict(every_catalogue())
    # Every paint of the feed written size first and brand last; every pram a model and a
    # colour, the maker in the brand field and nowhere in the title.
    _, paints, _ = catalogues[PAINTS]
    assert all(t["name"].split(" - ")[-1] in {"Citadel", "Vallejo", "The Army Painter", "Green Stuff World", "Duncan Rhodes",
                                              "Games Workshop"} for t in paints)
    _, prams, _ = catalogues[PRAMS]
    assert all(t.get("brand") and t["brand"] not in t["name"] for t in prams[:-1])
    # Two products of ours one word apart, both in both shops.
    assert {("O21", "T21"), ("O22", "T22")} <= catalogues[PAINTS][2]


# --- what a matcher should make of the batch, as expected before it was read ------------------


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the ten rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Passed at first reading, as expected: 17 of 18 found, 16 of them matched (0.87-0.99); the Citadel
# brush missed ("Pinsel" / "Brush", 0.56 alone). Two siblings matched beside (see below).
def test_a_feed_with_the_size_first_and_the_brand_last_finds_our_product(tmp_path):
    # "18ml Shade: Nuln Oil - Citadel" against "Citadel Shade Nuln Oil 18 ml": every word shared,
    # in another order, "18ml" written together. At least three in four of our products they
    # sell found.
    counts, found, truth = _read(tmp_path, PAINTS, MINIATURE_PAINTS, label="order")
    assert 4 * (counts["true matched"] + counts["true proposed"]) >= 3 * len(truth), found


# Failed at first reading, as expected: "Nuln Oil Gloss" (0.89) and "Speedpaint: Grim Black" (the
# first range, 0.90) matched, with no person, beside the "Nuln Oil" and "Speedpaint 2.0" ours
# matched: "the same product as their listing ...", a word on their sibling only.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a word on one listing only (Mini, Pro, Power, X, Combo) was matched or proposed in every round before")
def test_a_range_word_tells_two_paints_apart(tmp_path):
    # "Nuln Oil" / "Nuln Oil Gloss", "Base: Leadbelcher" / "Spray: Leadbelcher", "Medium Layer" /
    # "Small Layer" / "Large Layer", "Speedpaint 2.0" / "Speedpaint", "Colour Primer: Matt Black" /
    # "Matt White", "Brush: Character" / "Regiment", "Chaos Black" / "Wraithbone", "Black Templar" /
    # "Blood Angels Red": none of the siblings matched, nor put to a person.
    rows = _rows(MINIATURE_PAINTS, [0, 1, 3, 4, 5, 6, 7, 8, 10, 11, 12, 23, 24, 25, 26, 27, 28])
    counts, found, _ = _read(tmp_path, PAINTS, rows, label="ranges")
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: each matched with its own (0.98, 0.99).
def test_two_paints_of_ours_one_range_word_apart_do_not_cross(tmp_path):
    # "Warpaints Fanatic: Matt Black" and "Warpaints: Matt Black", both ours and both theirs: each
    # with its own, neither matched or put to a person with the other's listing.
    counts, found, _ = _read(tmp_path, PAINTS, _rows(MINIATURE_PAINTS, [21, 22]), label="fanatic")
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: the three of ours matched under their codes, no other size
# paired.
def test_one_colour_code_in_two_bottle_sizes_is_two_products(tmp_path):
    # "(71.057)" on a 17ml and a 200ml bottle, "Surface Primer: Black" in 200ml (74.602, our MPN)
    # and 60ml (73.602), "Game Color" in "Dead White (72.001)" and "Black (72.051)": the code names
    # the colour, the size the product. Nothing matched to the other size.
    rows = _rows(MINIATURE_PAINTS, [13, 14, 15, 17, 18, 19, 20])
    counts, found, _ = _read(tmp_path, PAINTS, rows, label="sizes")
    assert not counts["wrong matched"], found


# Expected to fail when written (a strict xfail: "a size written otherwise by one shop read as
# numbers differ before"); at first reading it passed: proposed at 0.84 under the code 70950,
# "volume differs: 17 vs 18" read and weighed against the code rather than ruling it out.
def test_a_bottle_we_write_17_ml_and_they_18ml_is_found_by_its_code(tmp_path):
    # Vallejo's Model Color bottle, "17 ml" in our title and "18ml" in theirs, "70.950" in both:
    # one product, found (matched or put to a person); its sibling "White (70.951)" not matched.
    counts, found, truth = _read(tmp_path, PAINTS, _rows(MINIATURE_PAINTS, [15, 16]), label="bottle")
    assert counts["true matched"] + counts["true proposed"] == len(truth) and not counts["wrong matched"], found


# Passed at first reading, as expected: 12 of 12 found (6 matched, 6 proposed), beside ten siblings
# proposed.
def test_a_title_of_only_a_model_and_a_colour_finds_our_product(tmp_path):
    # "Pebble 360 Pro Essential Graphite" (maker "Maxi-Cosi" in the brand field) against
    # "Maxi-Cosi Pebble 360 Pro i-Size Babyschale Essential Graphite": at least half found.
    counts, found, truth = _read(tmp_path, PRAMS, PRAMS_AND_CAR_SEATS, label="models")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Passed at first reading, as expected: none matched (but see the next test).
def test_a_model_one_word_short_or_long_is_not_matched(tmp_path):
    # "Pebble 360 Pro" / "Pebble 360", "FamilyFix 360 Pro" / "FamilyFix 360", "Sirona T i-Size" /
    # "... Plus", "Cloud T i-Size" / "... Plus", "Dualfix Pro M" / "Dualfix Pro", "i-Spin 360" /
    # "i-Spin 360 E", "Fox 5" / "Fox Cub", "YOYO3 6+" / "YOYO3 0+ Newborn Pack", "Urban Glide 3" /
    # "... Double", "Priam 4" / "Priam 4 Seat Pack", "Vista V3" / "Vista V2": every sibling's
    # title shares most of our words. None matched.
    rows = _rows(PRAMS_AND_CAR_SEATS, [0, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 22, 23, 24, 26, 27, 28])
    counts, found, _ = _read(tmp_path, PRAMS, rows, label="one-word")
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: seven siblings proposed beside our products' own listings
# (0.64-0.89, "the same product as their listing ..."; "YOYO3 0+ Newborn Pack" under the code yoyo3
# with "numbers differ: 6 vs 0" read).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a sibling beside our product's own listing was put to a person as its second listing in every round since dupes2")
def test_a_model_one_word_short_or_long_is_not_put_to_a_person_either(tmp_path):
    rows = _rows(PRAMS_AND_CAR_SEATS, [0, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 22, 23, 24, 26, 27, 28])
    counts, found, _ = _read(tmp_path, PRAMS, rows, label="one-word")
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected (in the whole catalogue, though, our Solution T "Plus Sepia
# Black" was put to a person with their Sirona T "i-Size Plus Sepia Black", 0.64).
def test_a_colour_every_maker_writes_names_no_product(tmp_path):
    # "Essential Black" on our Tinca and on their Pebble 360 Pro and Kinderkraft's Mi-Gearbox,
    # "Sepia Black" on our Solution T and Cloud T Plus and on their Sirona T and Priam seat pack:
    # nothing of one model matched or put to a person with another.
    rows = _rows(PRAMS_AND_CAR_SEATS, [1, 5, 26, 32, 33, 34, 38])
    counts, found, _ = _read(tmp_path, PRAMS, rows, label="colours")
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: both matched by GTIN (1.00).
def test_a_gtin_only_in_their_description_matches_our_product(tmp_path):
    # Fox 5's GTIN in our field and written "EAN: ..." in their description only; the Vista V3's
    # in both fields: each matched, with no person, and neither sibling (Fox 5 in another colour,
    # Fox Cub, Vista V2) matched.
    counts, found, truth = _read(tmp_path, PRAMS, _rows(PRAMS_AND_CAR_SEATS, [14, 15, 16, 27, 28]), label="gtin")
    assert counts["true matched"] == len(truth) and not counts["wrong matched"], found


# Passed at first reading, as expected: matched under yoyo3 (0.96).
def test_a_superscript_in_a_model_is_the_digit(tmp_path):
    # Our "YOYO³" and their "YOYO3": one model, found, and their white frame not matched for our
    # black.
    counts, found, truth = _read(tmp_path, PRAMS, _rows(PRAMS_AND_CAR_SEATS, [17, 19]), label="yoyo")
    assert counts["true matched"] + counts["true proposed"] == len(truth) and not counts["wrong matched"], found


# Failed at first reading, as expected: neither second listing found ("24-14 - Games Workshop" 0.53
# alone; the Polish "fotelik obrotowy 0-18 kg" 0.69 alone, where their "i-Spin 360 E" was proposed in
# its place); both first listings matched or proposed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of four in kinds11")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Shade: Nuln Oil 24-14 - Games Workshop" (the maker's product code, the maker's name for the
    # range's) beside "18ml Shade: Nuln Oil - Citadel"; "Joie i-Spin 360 fotelik obrotowy 0-18 kg
    # Coal" (a title in Polish from another feed) beside "i-Spin 360 Coal".
    missed = []

    def show(name, truth, counts, found):
        for n, *_ in SECOND_LISTINGS[name]:
            missed.extend((name, pair) for pair in ((f"O{n}", f"T{n}"), (f"O{n}", f"T{n}b")) if pair not in found)

    total = read_the_batch(tmp_path, show)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_eleventh_rounds_second_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at 3e785cb, the same as 515598d): 29 of 32 true
    # pairs found (22 matched, 7 proposed), 3 missed; 2 variants matched (Nuln Oil Gloss, the first
    # Speedpaint, each beside our product's own listing) and 10 proposed (the prams' siblings one
    # word short or long, the Solution T with the Sirona T).
    holds_its_first_reading(read_the_batch(tmp_path), matched=22, found=29, wrong_matched=2, wrong_proposed=10)


if __name__ == "__main__":  # the reading per catalogue: python -m tests.test_matching_kinds11b [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
