"""A fourth batch of the eleventh round (after `tests/test_matching_kinds11.py` to `..kinds11c.py`),
written before the matcher read it, of two more shapes, in kinds none of the rounds held.

Stemware from a department store that writes every count in words (ours: a German glassware
shop, 16 products in euros, "Riedel Vinum Cabernet Sauvignon/Merlot Weinglas 2er-Set"; theirs: a
British department store, 29 listings in pounds, "Riedel Vinum Cabernet Sauvignon/Merlot Wine
Glasses, Set of Two", "..., Pair", "..., Set of Four", "..., Single"): the count that tells two
sets apart is a word on their side and a number on ours, and their glass types in English where
ours are in German ("Burgunder" / "Burgundy", "Champagnerglas" / "Champagne Flute", "Sektglas",
"Dekanter" / "Decanter").

Fountain pens and ink from a Ukrainian shop in hryvnia, its titles in Cyrillic around the maker
and the model in Latin (ours: a German stationer, 20 products in euros; theirs: 31 listings, "Ручка
перова Lamy Safari червона, перо M" (fountain pen ..., red, nib M), "Чорнило Pelikan 4001 Royal Blue
30 мл" (ink), "Картриджі Lamy T10 сині, 5 шт." (cartridges, blue)): a nib size and a colour the only
difference between siblings, our "Königsblau" their "Royal Blue" under one code, "30 ml" against
"62,5 мл".

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

GTIN_LAMY_T10_BLUE = gtin_with_check_digit("401449601240")

# Our sixteen glasses, sets and decanters; theirs with every count in words.
STEMWARE: list[Row] = [
    ("Riedel Vinum Cabernet Sauvignon/Merlot Weinglas 2er-Set", "49.90", "Riedel Vinum Cabernet Sauvignon/Merlot Wine Glasses, Set of Two",
     "42.00"),
    (None, None, "Riedel Vinum Cabernet Sauvignon/Merlot Wine Glasses, Set of Four", "79.00"),
    (None, None, "Riedel Vinum Pinot Noir Wine Glasses, Set of Two", "42.00"),
    ("Riedel Vinum Cabernet Sauvignon/Merlot Weinglas 8er-Set", "149.00", "Riedel Vinum Cabernet Sauvignon/Merlot Wine Glasses, Set of Eight",
     "129.00"),
    ("Riedel Veritas Riesling Weinglas 2er-Set", "59.90", "Riedel Veritas Riesling Wine Glasses, Pair", "52.00"),
    (None, None, "Riedel Veritas Riesling Wine Glasses, Set of Six", "149.00"),
    (None, None, "Riedel Performance Riesling Wine Glasses, Pair", "58.00"),
    ("Riedel Dekanter Cabernet Magnum 1,5 l", "99.00", "Riedel Cabernet Magnum Decanter, 1.5L", "89.00"),
    (None, None, "Riedel Cabernet Decanter, 1L", "69.00"),
    ("Schott Zwiesel Pure Burgunder Glas 6er-Set", "59.90", "Schott Zwiesel Pure Burgundy Glasses, Set of Six", "52.00"),
    (None, None, "Schott Zwiesel Pure Bordeaux Glasses, Set of Six", "52.00"),
    (None, None, "Schott Zwiesel Taste Burgundy Glasses, Set of Six", "45.00"),
    ("Schott Zwiesel Pure Sektglas 6er-Set", "54.90", "Schott Zwiesel Pure Champagne Flutes, Set of Six", "48.00"),
    ("Spiegelau Authentis Champagnerglas 4er-Set", "34.90", "Spiegelau Authentis Champagne Flutes, Set of Four", "30.00"),
    (None, None, "Spiegelau Authentis Champagne Flutes, Set of Twelve", "85.00"),
    (None, None, "Spiegelau Definition Champagne Flutes, Set of Four", "60.00"),
    ("Zalto Denk'Art Universal Glas 1 Stück", "59.00", "Zalto Denk'Art Universal Glass, Single", "52.00"),
    (None, None, "Zalto Denk'Art Universal Glass, Set of Six", "299.00"),
    (None, None, "Zalto Denk'Art Bordeaux Glass, Single", "56.00"),
    ("Dartington Wine Master Weißweinglas 2er-Set", "29.90", "Dartington Wine Master White Wine Glasses, Pair", "25.00"),
    (None, None, "Dartington Wine Master Red Wine Glasses, Pair", "25.00"),
    ("LSA International Borough Gin-Glas 4er-Set", "39.90", "LSA International Borough Gin Glasses, Set of Four", "35.00"),
    (None, None, "LSA International Borough Highball Glasses, Set of Four", "35.00"),
    ("Riedel O Wine Tumbler Cabernet/Merlot 2er-Set", "29.90", "Riedel O Wine Tumbler Cabernet/Merlot, Set of Two", "26.00"),
    (None, None, "Riedel O Wine Tumbler Riesling/Sauvignon Blanc, Set of Two", "26.00"),
    ("Riedel Vinum Pinot Noir Weinglas 8er-Set", "149.00", None, None),
    ("Schott Zwiesel Pure Bordeaux Glas 2er-Set", "24.90", None, None),
    ("Spiegelau Authentis Weißweinglas 4er-Set", "34.90", None, None),
    ("Zalto Denk'Art Weißweinglas 1 Stück", "54.00", None, None),
    ("Riedel Dekanter Merlot 1 l", "79.00", None, None),
    (None, None, "John Lewis Connoisseur Red Wine Glasses, Set of Four", "30.00"),
    (None, None, "Waterford Lismore Essence Champagne Flutes, Pair", "150.00"),
    (None, None, "Le Creuset Wine Glass, Set of Two", "28.00"),
]

# Our twenty pens, inks and cartridges; theirs in Ukrainian around the maker and the model:
# "Ручка перова" fountain pen, "перо" nib, "Чорнило" ink, "Картриджі" cartridges, "Конвертер"
# converter, "шт." pieces, "мл" ml; "червона" red, "чорна" black, "синя" / "сині" blue, "біла"
# white, "зелена" green, "жовта" yellow. Prices in hryvnia.
FOUNTAIN_PENS: list[Row] = [
    ("LAMY safari Füllhalter rot Feder M", "22.50", "Ручка перова Lamy Safari червона, перо M", "1190"),
    ("LAMY safari Füllhalter rot Feder F", "22.50", "Ручка перова Lamy Safari червона, перо F", "1190"),
    (None, None, "Ручка перова Lamy Safari чорна, перо M", "1190"),
    ("LAMY safari Füllhalter schwarz Feder F", "22.50", "Ручка перова Lamy Safari чорна, перо F", "1190"),
    ("LAMY AL-star Füllhalter graphit Feder M", "29.90", "Ручка перова Lamy AL-star графіт, перо M", "1590"),
    (None, None, "Ручка перова Lamy AL-star синя, перо M", "1590"),
    ("LAMY T10 Tintenpatronen blau 5 Stück", "1.95", "Картриджі Lamy T10 сині, 5 шт.", "95", {"ours": {"gtin": GTIN_LAMY_T10_BLUE}}),
    (None, None, "Картриджі Lamy T10 чорні, 5 шт.", "95"),
    (None, None, "Картриджі Lamy T10 сині, 20 шт.", "320"),
    ("LAMY Z28 Konverter", "4.95", "Конвертер Lamy Z28", "240"),
    (None, None, "Конвертер Lamy Z27", "240"),
    ("Pelikan 4001 Tinte Königsblau 30 ml", "4.50", "Чорнило Pelikan 4001 Royal Blue 30 мл", "210"),
    (None, None, "Чорнило Pelikan 4001 Royal Blue 62,5 мл", "340"),
    (None, None, "Чорнило Pelikan 4001 Brilliant Black 30 мл", "210"),
    ("Pelikan Edelstein Tinte Sapphire 50 ml", "16.90", "Чорнило Pelikan Edelstein Sapphire 50 мл", "790"),
    (None, None, "Чорнило Pelikan Edelstein Onyx 50 мл", "790"),
    ("Pelikan Souverän M400 Füllhalter schwarz-grün Feder F", "329.00", "Ручка перова Pelikan Souverän M400 чорно-зелена, перо F", "17900"),
    (None, None, "Ручка перова Pelikan Souverän M600 чорно-зелена, перо F", "23900"),
    ("Kaweco Sport Classic Füllhalter schwarz Feder M", "23.50", "Ручка перова Kaweco Classic Sport чорна, перо M", "1090"),
    (None, None, "Ручка перова Kaweco AL Sport чорна, перо M", "3490"),
    ("TWSBI Eco Füllhalter transparent Feder EF", "39.90", "Ручка перова TWSBI ECO прозора, перо EF", "1990"),
    (None, None, "Ручка перова TWSBI ECO-T прозора, перо EF", "2190"),
    ("Pilot MR Metropolitan Füllhalter schwarz Feder M", "19.90", "Ручка перова Pilot Metropolitan чорна, перо M", "990"),
    ("Platinum Preppy Füllhalter 0,3 mm blau", "4.90", "Ручка перова Platinum Preppy 03 синя", "220"),
    (None, None, "Ручка перова Platinum Preppy 05 синя", "220"),
    ("Diamine Tinte Oxblood 80 ml", "9.90", "Чорнило Diamine Oxblood 80 мл", "450"),
    (None, None, "Чорнило Diamine Oxblood 30 мл", "230"),
    ("LAMY safari Füllhalter gelb Feder M", "22.50", None, None),
    ("LAMY AL-star Füllhalter graphit Feder F", "29.90", None, None),
    ("Pelikan 4001 Tinte Brillant-Schwarz 62,5 ml", "6.90", None, None),
    ("Kaweco Sport Classic Füllhalter weiß Feder M", "23.50", None, None),
    ("TWSBI Diamond 580 Füllhalter transparent Feder F", "59.90", None, None),
    ("Rotring Tintenpatronen blau 6 Stück", "2.50", None, None),
    (None, None, "Ручка перова Parker Sonnet чорна, перо F", "9900"),
    (None, None, "Чорнило Herbin Perle Noire 30 мл", "390"),
    (None, None, "Ручка перова Jinhao X750 чорна, перо M", "350"),
]

KINDS: dict[str, list[Row]] = {"stemware, a department store writing counts in words": STEMWARE,
                               "fountain pens, a Ukrainian shop in hryvnia": FOUNTAIN_PENS}
GLASSES, PENS = KINDS
CURRENCIES = {GLASSES: "GBP", PENS: "UAH"}

# Each competitor lists one of our products twice: (row of the first listing, title, price).
SECOND_LISTINGS: dict[str, list[tuple]] = {
    GLASSES: [(9, "Pure Burgundy Red Wine Glass by Schott Zwiesel (Six Glasses)", "54.00")],
    PENS: [(0, "LAMY safari червоний (M) - перова ручка", "1150")],
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


COUNT_WORDS = ("Single", "Pair", "Set of Two", "Set of Four", "Set of Six", "Set of Eight", "Set of Twelve", "Six Glasses")


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    assert set(SECOND_LISTINGS) == set(KINDS)
    check_the_shape(every_catalogue(), CURRENCIES)
    catalogues = dict(every_catalogue())
    # Every glass or set of theirs writes its count in words (a decanter its size), never in
    # digits; every pen, ink or cartridge of theirs is titled in Cyrillic around a Latin name.
    _, glasses, _ = catalogues[GLASSES]
    assert all(any(w in t["name"] for w in COUNT_WORDS) or "Decanter" in t["name"] for t in glasses)
    _, pens, _ = catalogues[PENS]
    assert all(any("\u0400" <= c <= "\u04ff" for c in t["name"]) for t in pens)
    # Two sets of ours one count apart, both in both shops; two pens one colour and nib apart.
    assert {("O0", "T0"), ("O3", "T3")} <= catalogues[GLASSES][2]
    assert {("O0", "T0"), ("O3", "T3")} <= catalogues[PENS][2]


# --- what a matcher should make of the batch, as expected before it was read ------------------


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the ten rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to pass when written; at first reading it failed: 5 of 11 found, all proposed (Zalto
# "Single", the LSA gin glasses, the O tumblers, the Veritas "Pair", the decanter), and five sets
# put to a person with another count or line: our Vinum "2er-Set" with their "Set of Four" (0.67;
# its own "Set of Two" 0.65 alone) and our "8er-Set" with their "Set of Two" (0.64; its own 0.63),
# our Pinot Noir "8er-Set" with their "Set of Two", our Pure Bordeaux "2er-Set" with their "Set of
# Six", our Dartington white with their red.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a count written in words is read as a word; sets of one glass crossed, each scoring its own no higher")
def test_a_set_counted_in_words_finds_our_set(tmp_path):
    # "Set of Two" / "2er-Set", "Pair" / "2er-Set", "Set of Six" / "6er-Set", "Single" / "1 Stück":
    # the maker, the line and the glass shared, the glass's kind in English against German. At
    # least half of our products they sell found.
    counts, found, truth = _read(tmp_path, GLASSES, STEMWARE, label="words")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Failed at first reading, as expected: our "2er-Set" put to a person with their "Set of Four" (0.64),
# our "8er-Set" with their "Set of Two" (0.61). Passes since a count spelt out where titles write a
# count is read as the count ("Set of Four" a pack of 4, "2er-Set" of 2: twenty-third session).
def test_a_count_in_words_tells_two_sets_apart(tmp_path):
    # Our "2er-Set" against their "Set of Four" and "Set of Two", our "8er-Set" against "Set of
    # Eight"; "Pair" against "Set of Six"; "4er-Set" against "Set of Twelve"; "Single" against "Set
    # of Six": each set of ours found with its own count and never matched or put to a person with
    # another.
    rows = _rows(STEMWARE, [0, 1, 3, 4, 5, 13, 14, 16, 17])
    counts, found, truth = _read(tmp_path, GLASSES, rows, label="counts")
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Passed at first reading, as expected: none matched, none proposed.
def test_a_line_or_a_grape_tells_two_glasses_apart(tmp_path):
    # "Vinum" against "Veritas" and "Performance", "Cabernet Sauvignon/Merlot" against "Pinot Noir",
    # "Burgundy" against "Bordeaux", "Pure" against "Taste", "Authentis" against "Definition",
    # "Universal" against "Bordeaux", "White Wine" against "Red Wine", "Gin" against "Highball",
    # "Cabernet/Merlot" against "Riesling/Sauvignon Blanc", "1.5L" against "1L": none matched.
    rows = _rows(STEMWARE, [0, 2, 4, 6, 7, 8, 9, 10, 11, 13, 15, 16, 18, 19, 20, 21, 22, 23, 24])
    counts, found, _ = _read(tmp_path, GLASSES, rows, label="lines")
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: 4 of 14 found (the Souverän M400 matched under m400; the
# Edelstein and Diamine inks and the Kaweco proposed); every Lamy (0.41-0.52 alone), the TWSBI, the
# Pilot, the Preppy ("0,3 mm" / "03") missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a title around a Latin name in another script found under half before (Greek 3 of 14, Hebrew 2 of 13, Persian 4 of 16)")
def test_a_ukrainian_title_around_a_latin_model_finds_our_product(tmp_path):
    # "Ручка перова Lamy Safari червона, перо M" against "LAMY safari Füllhalter rot Feder M": at
    # least half of our products they sell found.
    counts, found, truth = _read(tmp_path, PENS, FOUNTAIN_PENS, label="ukrainian")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Passed at first reading, as expected: none matched, none proposed.
def test_a_nib_a_colour_a_pack_or_a_bottle_tells_two_listings_apart(tmp_path):
    # "перо M" against "перо F", "червона" against "чорна", "AL-star графіт" against "синя", "5 шт."
    # against "20 шт.", "сині" against "чорні", "Z28" against "Z27", "30 мл" against "62,5 мл", "Royal
    # Blue" against "Brilliant Black", "Sapphire" against "Onyx", "M400" against "M600", "Classic
    # Sport" against "AL Sport", "ECO" against "ECO-T", "03" against "05", "80 мл" against "30 мл":
    # nothing matched to a product it is not.
    rows = _rows(FOUNTAIN_PENS, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26])
    counts, found, _ = _read(tmp_path, PENS, rows, label="siblings")
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: missed (0.58 alone; "4001" not read as a code).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a colour named in two languages was not read as one before (\"Svart/Vit\" / \"schwarz/weiß\")")
def test_an_ink_named_in_two_languages_under_one_code_is_one_product(tmp_path):
    # Pelikan 4001 "Königsblau" (ours) and "Royal Blue" (theirs), 30 ml both, beside their "Royal
    # Blue 62,5 мл" and "Brilliant Black 30 мл": ours found with its own, neither sibling matched or
    # put to a person.
    counts, found, truth = _read(tmp_path, PENS, _rows(FOUNTAIN_PENS, [11, 12, 13]), label="ink")
    assert counts["true matched"] + counts["true proposed"] == len(truth), found
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading, as expected: neither second listing found (0.45, 0.40 alone), nor either
# first listing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of eight in kinds11-11c")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Pure Burgundy Red Wine Glass by Schott Zwiesel (Six Glasses)" beside "Schott Zwiesel Pure
    # Burgundy Glasses, Set of Six"; "LAMY safari червоний (M) - перова ручка" beside "Ручка перова
    # Lamy Safari червона, перо M".
    missed = []

    def show(name, truth, counts, found):
        for n, *_ in SECOND_LISTINGS[name]:
            missed.extend((name, pair) for pair in ((f"O{n}", f"T{n}"), (f"O{n}", f"T{n}b")) if pair not in found)

    total = read_the_batch(tmp_path, show)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_eleventh_rounds_fourth_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at a8ad332, the same as 515598d): 9 of 27 true pairs
    # found (1 matched, 8 proposed), 18 missed; no variant matched, 5 proposed (sets of another
    # count, the Dartington red for our white).
    holds_its_first_reading(read_the_batch(tmp_path), matched=1, found=9, wrong_matched=0, wrong_proposed=5)


if __name__ == "__main__":  # the reading per catalogue: python -m tests.test_matching_kinds11d [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
