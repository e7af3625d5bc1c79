"""A third batch of the ninth round (after `tests/test_matching_kinds9.py` and `..kinds9b.py`),
written before the matcher read it, of two shapes the rounds before had not.

A supermarket chain's own label against branded products (ours: a German supermarket, branded
products and its own labels "ja!", "REWE Bio", "REWE Beste Wahl"; theirs: a British chain,
"Kellogg's Corn Flakes Cereal 500G", "4 X 415G", and its own label "Tesco Corn Flakes 500G"):
the branded products both sell are the true pairs; an own-label product of either shop is of the
same kind and often the same size as a branded one and is another product, as two chains' own
labels are two products.

Motorcycle parts by their makers' numbers written three ways (ours: a German parts shop; theirs:
a Portuguese one, "Pastilhas de travão", "Filtro de óleo", "elos", "dentes"): Honda's
"06455-MKP-J01" / "06455MKPJ01" / "06455 MKP J01", BMW's "11 42 8 570 590" / "11428570590",
Yamaha's "1WS-14451-00" / "1WS 14451 00"; and a maker's number that names no product of the
pattern maker's that quotes it ("Hiflofiltro HF204 (ersetzt Honda 15410-MFJ-D01)", "Mahle OC 575
(equivalente 15410-MFJ-D01)"), a chain's links, a sprocket's teeth, an oil's grade and can.

Rows as `tests/kinds_batches.py` reads them: (our title, our price, their title, their
price[, {"ours": {...}, "theirs": {...}}]). Each competitor lists one of ours twice.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Catalogues, Row, check_the_rows, holds_its_first_reading, read_catalogues
from tests.kinds_batches import every_catalogue as _every_catalogue
from tests.kinds_batches import read_the_batch as _read_the_batch

# The first eight rows are the branded products both sell; then our branded products they lack,
# our own labels, their own labels and their branded siblings of ours.
OWN_LABEL_AND_BRANDED: list[Row] = [
    ("Kellogg's Corn Flakes 500g", "3.49", "Kellogg's Corn Flakes Cereal 500G", "2.75"),
    ("Nutella Nuss-Nougat-Creme 750g", "5.99", "Nutella Hazelnut Chocolate Spread 750G", "4.75"),
    ("Heinz Baked Beans in Tomatensauce 415g", "1.99", "Heinz Baked Beanz In Tomato Sauce 415G", "1.40"),
    ("Barilla Spaghetti n.5 500g", "1.99", "Barilla Spaghetti No.5 500G", "1.60"),
    ("Pringles Original 185g", "2.99", "Pringles Original Sharing Crisps 185G", "2.50"),
    ("Lindt Excellence 70% Cacao Edelbitter 100g", "2.79", "Lindt Excellence 70% Cocoa Dark Chocolate Bar 100G", "2.50"),
    ("Lavazza Qualità Rossa ganze Bohnen 1kg", "14.99", "Lavazza Qualita Rossa Coffee Beans 1Kg", "12.00"),
    ("Ben & Jerry's Cookie Dough Eis 465ml", "5.99", "Ben & Jerry's Cookie Dough Ice Cream 465Ml", "5.00"),
    ("Barilla Spaghettoni n.7 500g", "1.99", None, None),
    ("Kellogg's Frosties 400g", "3.29", None, None),
    ("Lindt Excellence 99% Cacao 50g", "2.99", None, None),
    ("ja! Cornflakes 500g", "1.29", None, None),
    ("REWE Bio Haferflocken zart 500g", "0.99", None, None),
    ("ja! Nuss-Nougat-Creme 400g", "1.29", None, None),
    ("ja! Weiße Bohnen in Tomatensauce 420g", "0.79", None, None),
    ("ja! Spaghetti 500g", "0.59", None, None),
    ("ja! Stapelchips Original 185g", "1.29", None, None),
    ("REWE Beste Wahl Edelbitter-Schokolade 70% 100g", "1.19", None, None),
    ("ja! Cola Zero 1,5l", "0.55", None, None),
    ("REWE Beste Wahl Caffè Crema ganze Bohnen 1kg", "9.99", None, None),
    ("ja! Frische Vollmilch 3,5% 1l", "0.99", None, None),
    ("REWE Beste Wahl Cookie Dough Eis 500ml", "2.49", None, None),
    (None, None, "Tesco Corn Flakes 500G", "0.99"),
    (None, None, "Tesco Porridge Oats 1Kg", "1.15"),
    (None, None, "Tesco Chocolate Hazelnut Spread 400G", "1.49"),
    (None, None, "Tesco Baked Beans In Tomato Sauce 420G", "0.45"),
    (None, None, "Tesco Spaghetti 500G", "0.49"),
    (None, None, "Tesco Original Stacked Crisps 185G", "1.00"),
    (None, None, "Tesco Finest 70% Cocoa Dark Chocolate 100G", "1.50"),
    (None, None, "Tesco Cola Zero 2L", "0.75"),
    (None, None, "Tesco Finest Italian Coffee Beans 1Kg", "8.00"),
    (None, None, "Tesco Cookie Dough Ice Cream 480Ml", "2.25"),
    (None, None, "Kellogg's Corn Flakes Cereal 720G", "3.50"),
    (None, None, "Heinz Baked Beanz In Tomato Sauce 4 X 415G", "4.50"),
    (None, None, "Heinz Baked Beanz Reduced Sugar & Salt 415G", "1.40"),
    (None, None, "Pringles Sour Cream & Onion Sharing Crisps 185G", "2.50"),
    (None, None, "Lindt Excellence 85% Cocoa Dark Chocolate Bar 100G", "2.50"),
    (None, None, "Barilla Fusilli No.98 500G", "1.60"),
    (None, None, "Ben & Jerry's Chocolate Fudge Brownie Ice Cream 465Ml", "5.00"),
    (None, None, "Lavazza Crema E Gusto Coffee Beans 1Kg", "12.00"),
    (None, None, "Nutella Hazelnut Chocolate Spread 400G", "3.25"),
]

# A German parts shop against a Portuguese one: the makers' numbers with dashes, joined or in
# groups; a pattern part quoting the original's number; "elos" (links), "dentes" (teeth).
MOTORCYCLE_PARTS: list[Row] = [
    ("Honda Original Ölfilter 15410-MFJ-D01", "12.90", "Filtro de óleo original Honda 15410MFJD01", "11.50"),
    ("Hiflofiltro HF204 Ölfilter (ersetzt Honda 15410-MFJ-D01)", "8.90", "Filtro de óleo Hiflofiltro HF204 - ref. 15410 MFJ D01", "7.90"),
    (None, None, "Filtro de óleo Mahle OC 575 (equivalente 15410-MFJ-D01)", "8.50"),
    (None, None, "Filtro de óleo Hiflofiltro HF303", "7.90"),
    ("Honda Bremsbeläge vorne CB500F 2019-2023 06455-MKP-J01", "49.90", "Pastilhas de travão dianteiras Honda CB500F 06455MKPJ01", "44.90"),
    (None, None, "Pastilhas de travão traseiras Honda CB500F 06435MKPJ01", "39.90"),
    ("EBC FA196HH Sinter-Bremsbeläge", "34.90", "Pastilhas EBC FA196HH sinterizadas", "31.50"),
    (None, None, "Pastilhas EBC FA196 orgânicas", "24.90"),
    ("Yamaha Luftfilter MT-07 1WS-14451-00", "29.90", "Filtro de ar Yamaha MT-07 1WS 14451 00", "26.90"),
    ("K&N YA-6914 Luftfilter Yamaha MT-07 / Tracer 700", "79.90", "Filtro de ar K&N YA6914 (MT-07, Tracer 7)", "72.00"),
    ("BMW Ölfilter R 1250 GS 11 42 8 570 590", "16.90", "Filtro de óleo BMW R1250GS 11428570590", "15.50"),
    (None, None, "Filtro de óleo BMW R1200GS LC 11427721779", "14.90"),
    ("NGK CR9EK Zündkerze", "11.90", "Vela de ignição NGK CR9EK (3478)", "9.90"),
    (None, None, "Vela de ignição NGK CR9EH-9 (7502)", "7.90"),
    (None, None, "Vela de ignição NGK CR8EK (4548)", "9.90"),
    ("DID 520VX3 Kette 114 Glieder gold", "89.90", "Corrente DID 520 VX3 114 elos dourada", "82.00"),
    (None, None, "Corrente DID 520 VX3 120 elos dourada", "86.00"),
    (None, None, "Corrente DID 525 VX3 114 elos dourada", "89.00"),
    ("JT Ritzel JTF1537.16 16 Zähne", "19.90", "Pinhão JT Sprockets JTF1537 16 dentes", "17.50"),
    (None, None, "Pinhão JT Sprockets JTF1537 15 dentes", "17.50"),
    ("Motul 7100 4T 10W-40 4 l", "54.90", "Óleo Motul 7100 4T 10W40 4L", "49.90"),
    (None, None, "Óleo Motul 7100 4T 10W40 1L", "14.90"),
    (None, None, "Óleo Motul 7100 4T 15W50 4L", "52.90"),
    ("Yamaha Kupplungshebel MT-07 1WS-83912-00", "39.90", "Manete de embraiagem Yamaha MT-07 1WS8391200", "35.00"),
    ("Brembo 07BB15SA Bremsbeläge", "39.90", None, None),
    ("Castrol Power1 4T 10W-40 4 l", "44.90", None, None),
    ("Hiflofiltro HF138 Ölfilter", "8.90", None, None),
    ("Yamaha Luftfilter MT-09 B7N-14451-00", "31.90", "Filtro de ar Yamaha MT-09 2018-2020 B7N 14451 00", "28.90"),
    ("Honda Bremsbeläge hinten CB650R 06435-MJE-D01", "39.90", "Pastilhas de travão traseiras Honda CB650R 06435MJED01", "35.90"),
    (None, None, "Filtro de óleo Hiflofiltro HF204RC (porca 17 mm)", "9.90"),
]

KINDS: dict[str, list[Row]] = {
    "own label and branded, a British chain": OWN_LABEL_AND_BRANDED, "motorcycle parts, a Portuguese shop": MOTORCYCLE_PARTS,
}

SECOND_LISTINGS: dict[str, list[tuple[int, str, str]]] = {
    "own label and branded, a British chain": [(0, "Kellogg's Corn Flakes 500G Clubcard Price", "2.50")],
    "motorcycle parts, a Portuguese shop": [(4, "Honda 06455 MKP J01 pastilhas frente CB 500 F / X / R 2019>", "45.90")],
}


def every_catalogue() -> list[tuple[str, Catalogues]]:
    return _every_catalogue(KINDS, SECOND_LISTINGS)


def read_the_batch(folder, show=None):
    return _read_the_batch({}, folder, show, more=every_catalogue())


def _read(tmp_path, rows: list[Row]) -> tuple:
    counts, found = read_catalogues(tmp_path / "kind", catalogues := every_catalogue_of(rows))
    return counts, found, catalogues[2]


def every_catalogue_of(rows: list[Row]) -> Catalogues:
    """Some rows of one kind, without second listings."""
    return _every_catalogue({"rows": rows}, {})[0][1]


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    (ours, theirs, truth), (ours2, theirs2, truth2) = (c for _, c in every_catalogue())
    assert len(ours) == 22 and len(theirs) == 28 and len(truth) == 9
    assert len(ours2) == 17 and len(theirs2) == 28 and len(truth2) == 15
    assert all(len({t["name"] for t in c[1]}) == len(c[1]) for _, c in every_catalogue())


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch; strict xfails where the rounds before say storecheck
# falls short.


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the rounds before found 0.42-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# A strict xfail when written (expected: "Tesco Corn Flakes" matched with Kellogg's, the first words
# shared); at first reading it failed, but not so: no own-label product was matched, and one pair of
# two chains' own labels was proposed: "ja! Spaghetti 500g" / "Tesco Spaghetti 500G" (0.75).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="two chains' own-label spaghetti of one weight are proposed as one product (0.75)")
def test_an_own_label_product_is_no_branded_one_nor_another_chains(tmp_path):
    # "Tesco Corn Flakes 500G" is not "Kellogg's Corn Flakes 500g", nor "ja! Cornflakes 500g";
    # "Tesco Finest 70% Cocoa Dark Chocolate 100G" not "Lindt Excellence 70% Cacao 100g" nor "REWE
    # Beste Wahl Edelbitter-Schokolade 70% 100g": no own-label product of either shop is paired
    # with anything (matched or proposed).
    counts, found, truth = _read(tmp_path, OWN_LABEL_AND_BRANDED)
    own = {f"O{n}" for n in range(11, 22)} | {f"T{n}" for n in range(22, 32)}
    assert not [pair for pair in found if pair[0] in own or pair[1] in own], found


# Failed at first reading, as expected: 7 of 8 found (2 matched, 5 proposed); the Nutella pair
# missed (0.42: "Nuss-Nougat-Creme" / "Hazelnut Chocolate Spread"). Passes since the twenty-second
# session: the maker and the size, carried by one product of each catalogue, with every other word
# one the other shop never writes and no reading apart, proposed (`matching.two_languages`).
def test_the_branded_products_both_sell_are_found(tmp_path):
    # "Nuss-Nougat-Creme 750g" / "Hazelnut Chocolate Spread 750G", "n.5" / "No.5", "Eis" / "Ice
    # Cream": the maker, the line and the size shared, each found (matched or put to a person).
    counts, found, truth = _read(tmp_path, OWN_LABEL_AND_BRANDED)
    assert counts["true matched"] + counts["true proposed"] == len(truth), found


def test_a_branded_siblings_size_pack_flavour_or_cocoa_is_another_product(tmp_path):
    # "720G" against "500g", "4 X 415G" against "415g", "Reduced Sugar & Salt", "Sour Cream &
    # Onion", "85%" against "70%", "400G" against "750g": none matched.
    counts, found, truth = _read(tmp_path, OWN_LABEL_AND_BRANDED[:11] + OWN_LABEL_AND_BRANDED[32:])
    assert not counts["wrong matched"], found


def test_a_makers_number_with_dashes_or_joined_finds_its_part(tmp_path):
    # "06455-MKP-J01" / "06455MKPJ01", "15410-MFJ-D01" / "15410MFJD01", "1WS-83912-00" /
    # "1WS8391200", "YA-6914" / "YA6914", "FA196HH", "06435-MJE-D01" / "06435MJED01": matched, and
    # the siblings' numbers (06435MKPJ01, FA196) not taken.
    rows = [MOTORCYCLE_PARTS[n] for n in (0, 4, 5, 6, 7, 9, 23, 28)]
    counts, found, truth = _read(tmp_path, rows)
    assert counts["true matched"] == len(truth) and not counts["wrong matched"], found


# Failed at first reading, as expected, on BMW's pair (0.34, the number in groups not read as the
# joined one); the two Yamaha air filters were matched, but under the model (mt07, mt09), not
# their numbers. Passes since the twenty-second session: BMW's pair is proposed on the maker and
# the numbers (`matching.two_languages`), the groups still not read as one number. Matched since the
# twenty-fifth session (0.94, "same model code 11428570590"): a long number printed in groups of digits
# is read as that number (`matching.codes._number_in_groups`).
def test_a_makers_number_in_groups_finds_its_part(tmp_path):
    # BMW's "11 42 8 570 590" / "11428570590", Yamaha's "1WS-14451-00" / "1WS 14451 00" and
    # "B7N-14451-00" / "B7N 14451 00": found (matched or put to a person), the sibling numbers
    # (11427721779, the other Yamaha's) not taken.
    rows = MOTORCYCLE_PARTS[8:9] + MOTORCYCLE_PARTS[10:12] + MOTORCYCLE_PARTS[27:28]
    counts, found, truth = _read(tmp_path, rows)
    assert counts["true matched"] + counts["true proposed"] == len(truth) and not counts["wrong matched"], found


# Expected to fail when written (a strict xfail); at first reading it passed: Honda's filter and
# the HF204 each matched to its own (0.97, 0.96); Mahle's OC 575 was proposed beside Honda's
# filter (0.70), "the titles name other makers" lowering the shared number, and none matched. Since
# the twenty-fifth session Mahle's is not even proposed: "equivalente" is read as "replacement for" is
# (`benchmark._text.fits._REPLACES`), so the number after it is the original's, not Mahle's own.
def test_an_originals_number_quoted_by_a_pattern_part_names_neither(tmp_path):
    # "15410-MFJ-D01" on Honda's own filter, on Hiflofiltro's HF204 ("ersetzt", "ref.") and on
    # Mahle's OC 575 ("equivalente"): each filter is found as its own, none matched to another, nor
    # to the HF204RC or HF303.
    counts, found, truth = _read(tmp_path, MOTORCYCLE_PARTS[:4] + MOTORCYCLE_PARTS[29:30])
    assert counts["true matched"] + counts["true proposed"] == len(truth) and not counts["wrong matched"], found


# Expected to pass when written; at first reading it failed on the sprocket: our "JTF1537.16"
# read as the code jtf153716, their 15-tooth "JTF1537 15 dentes" matched (0.88) as a second listing
# beside the 16-tooth one, "numbers differ: 16 vs 15" read and overruled. Links, chain pitch,
# grade, can and spark plug held.
# Passing since the twenty-first session ("dupes", "dupes2", `replaced_words.our_word_replaced`): our title writes the 16 their 15-tooth listing replaces.
def test_a_chains_links_a_sprockets_teeth_or_an_oils_grade_tells_two_parts_apart(tmp_path):
    # "114 Glieder" / "114 elos" against "120 elos", "520" against "525", "16 Zähne" / "16 dentes"
    # against "15 dentes", "10W-40 4 l" against "1L" and "15W50", "CR9EK" against "CR8EK": none
    # matched.
    counts, found, truth = _read(tmp_path, MOTORCYCLE_PARTS[12:23])
    assert not counts["wrong matched"], found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_ninth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at a764f8f, the same as 058a80b): 19 of 24 true
    # pairs found (14 matched, 5 proposed), 5 missed; 1 variant matched (a 15-tooth sprocket as a
    # second listing of the 16-tooth one) and 2 proposed (two chains' own-label spaghetti; Mahle's
    # filter beside Honda's).
    holds_its_first_reading(read_the_batch(tmp_path), matched=14, found=19, wrong_matched=1, wrong_proposed=2)


if __name__ == "__main__":  # the reading per catalogue: python -m tests.test_matching_kinds9c [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
