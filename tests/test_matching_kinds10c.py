"""A third batch of the tenth round (after `tests/test_matching_kinds10.py` and `..kinds10b.py`),
written before the matcher read it: competitors that sell bundles beside the single products
they hold, in kinds none of the rounds held.

Instant photography (ours: a German photo shop, 20 products in euros, cameras and film packs as
single products; theirs: a Japanese camera shop, 31 listings in yen, "富士フイルム チェキ instax mini
12 クレイホワイト", "instax mini フィルム 2パック品 (10枚入×2)", and bundles of a camera with film or
a case, "フィルム20枚セット", "フィルム10枚付き", "i-Typeフィルム2パックセット", a case for a camera
that names the camera). Padel (ours: a German racket shop, 18 products; theirs: a French padel
shop, 30 listings, "Balles de padel Head Padel Pro - Tube de 3", "Carton de 24 tubes", "Lot de 3
tubes", "Raquette ... 2025 + housse + 3 balles offertes", "pointure 43", "Surgrips ... (x3)").

A bundle holds our product and is not it: matching it to our single product is a wrong pair, as
a twin pack is not a single pack and a carton of tubes not a tube. Where both shops sell the
single and the twin pack (Instax Mini film "10 Aufnahmen" / "2 x 10 Aufnahmen"; a tube and a
carton of Head Padel Pro), each is its own product.

Rows as `tests/kinds_batches.py` reads them; each competitor lists one of ours twice.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Catalogues, Row, check_the_rows, every_catalogue_priced, holds_its_first_reading, read_rows_priced
from tests.kinds_batches import read_the_batch as _read_the_batch

INSTANT_PHOTOGRAPHY: list[Row] = [
    ("Fujifilm Instax Mini 12 Sofortbildkamera Clay White", "79.99", "富士フイルム チェキ instax mini 12 クレイホワイト", "13800"),
    (None, None, "富士フイルム チェキ instax mini 12 クレイホワイト フィルム20枚セット", "16980"),
    (None, None, "富士フイルム チェキ instax mini 12 ミントグリーン", "13800"),
    ("Fujifilm Instax Mini Film Doppelpack 2 x 10 Aufnahmen", "17.99", "instax mini フィルム 2パック品 (10枚入×2)", "1780"),
    ("Fujifilm Instax Mini Film 10 Aufnahmen", "9.99", "instax mini フィルム 1パック (10枚入)", "980"),
    (None, None, "instax mini フィルム 5パック品 (10枚入×5)", "4280"),
    ("Fujifilm Instax Mini Film Rainbow 10 Aufnahmen", "11.99", "instax mini フィルム レインボー 10枚入", "1180"),
    (None, None, "instax mini フィルム スカイブルー 10枚入", "1180"),
    ("Fujifilm Instax Wide 400 Sofortbildkamera", "149.99", "富士フイルム チェキ instax WIDE 400", "19800"),
    (None, None, "富士フイルム チェキ instax WIDE 300", "12800"),
    ("Fujifilm Instax Wide Film Doppelpack 2 x 10 Aufnahmen", "21.99", "instax WIDE フィルム 2パック品 (10枚入×2)", "2180"),
    (None, None, "instax WIDE フィルム 5パック品 (10枚入×5)", "5280"),
    ("Fujifilm Instax Square SQ1 Sofortbildkamera Glacier Blue", "139.99", "富士フイルム チェキ instax SQUARE SQ1 グレイシャーブルー", "17800"),
    (None, None, "富士フイルム チェキ instax SQUARE SQ1 テラコッタオレンジ", "17800"),
    (None, None, "富士フイルム チェキ instax SQUARE SQ1 グレイシャーブルー フィルム10枚・ケースセット", "21800"),
    ("Fujifilm Instax Square Film 10 Aufnahmen", "12.99", "instax SQUARE フィルム 1パック (10枚入)", "1280"),
    (None, None, "instax SQUARE フィルム 2パック品 (10枚入×2)", "2380"),
    ("Polaroid Now+ Gen 2 Sofortbildkamera schwarz", "159.99", "Polaroid Now+ Generation 2 インスタントカメラ ブラック", "29800"),
    (None, None, "Polaroid Now+ Generation 2 インスタントカメラ ブラック i-Typeフィルム2パックセット", "36800"),
    ("Polaroid i-Type Farbfilm Doppelpack 16 Aufnahmen", "29.99", "Polaroid i-Type カラーフィルム ダブルパック 16枚", "4980"),
    (None, None, "Polaroid i-Type カラーフィルム 8枚", "2780"),
    (None, None, "Polaroid 600 カラーフィルム ダブルパック 16枚", "4980"),
    ("Fujifilm Instax Mini Link 3 Smartphone-Drucker Clay White", "109.99", "富士フイルム スマホプリンター instax mini Link 3 クレイホワイト", "16800"),
    (None, None, "富士フイルム スマホプリンター instax mini Link 2 クレイホワイト", "14800"),
    (None, None, "富士フイルム スマホプリンター instax mini Link 3 クレイホワイト フィルム10枚付き", "17980"),
    ("Fujifilm Instax Mini 99 Sofortbildkamera schwarz", "199.99", "富士フイルム チェキ instax mini 99 ブラック", "26800"),
    (None, None, "富士フイルム チェキ instax mini 90 ネオクラシック ブラック", "23800"),
    ("Fujifilm Instax Mini 12 Set mit 20 Aufnahmen und Tasche Clay White", "99.99", None, None),
    ("Fujifilm Instax Mini 12 Sofortbildkamera Lilac Purple", "79.99", None, None),
    ("Fujifilm Instax Wide Film 10 Aufnahmen", "11.99", None, None),
    ("Polaroid Go Gen 2 Sofortbildkamera weiß", "89.99", None, None),
    ("Fujifilm Instax Mini Film Monochrome 10 Aufnahmen", "11.99", None, None),
    ("Fujifilm Instax Mini 12 Kameratasche Clay White", "19.99", None, None),
    ("Polaroid i-Type Schwarzweißfilm 8 Aufnahmen", "17.99", None, None),
    ("Fujifilm Instax Square Film Doppelpack 2 x 10 Aufnahmen mit Rahmen Sunset", "26.99", None, None),
    (None, None, "instax mini 12 専用カメラケース ミントグリーン", "2980"),
    (None, None, "チェキ用アルバム 108枚収納", "1980"),
    (None, None, "Polaroid Go Generation 2 インスタントカメラ ブラック", "15800"),
]

PADEL: list[Row] = [
    ("Head Padel Pro Bälle 3er Dose", "6.95", "Balles de padel Head Padel Pro - Tube de 3", "6.50"),
    ("Head Padel Pro Bälle Karton 24 Dosen à 3 Bälle", "149.00", "Balles de padel Head Padel Pro - Carton de 24 tubes", "139.00"),
    (None, None, "Balles de padel Head Padel Pro S - Tube de 3", "6.90"),
    (None, None, "Balles de padel Head Padel Pro - Lot de 3 tubes", "18.90"),
    ("Bullpadel Premium Pro Padelbälle 3er Dose", "7.95", "Balles Bullpadel Premium Pro (tube de 3)", "7.50"),
    (None, None, "Balles Bullpadel Next Pro (tube de 3)", "6.90"),
    (None, None, "Balles Bullpadel Premium Pro - Pack 3 tubes", "21.00"),
    ("Bullpadel Vertex 04 2025 Padelschläger", "299.95", "Raquette de padel Bullpadel Vertex 04 2025", "279.00"),
    (None, None, "Raquette de padel Bullpadel Vertex 04 2024", "219.00"),
    (None, None, "Raquette de padel Bullpadel Vertex 04 Woman 2025", "269.00"),
    (None, None, "Raquette Bullpadel Vertex 04 2025 + housse + 3 balles offertes", "299.00"),
    ("Adidas Metalbone 3.4 Padelschläger 2025", "329.95", "Raquette adidas Metalbone 3.4 2025", "309.00"),
    (None, None, "Raquette adidas Metalbone HRD+ 3.4 2025", "319.00"),
    (None, None, "Raquette adidas Metalbone 3.3 2024", "229.00"),
    ("Nox AT10 Genius 18K Alum 2025 Padelschläger Agustín Tapia", "289.95", "Raquette NOX AT10 Genius 18K Alum 2025 by Agustín Tapia", "269.00"),
    (None, None, "Raquette NOX AT10 Genius 12K Alum 2025 by Agustín Tapia", "249.00"),
    ("Head Tour Padeltasche Monstercombi schwarz", "79.95", "Sac de padel Head Tour Monstercombi noir", "74.90"),
    (None, None, "Sac de padel Head Tour Monstercombi blanc", "74.90"),
    ("Asics Gel-Padel Pro 5 Herren Padelschuh Gr. 43", "119.95", "Chaussures de padel Asics Gel-Padel Pro 5 homme - pointure 43", "109.00"),
    (None, None, "Chaussures de padel Asics Gel-Padel Pro 5 homme - pointure 44", "109.00"),
    (None, None, "Chaussures de padel Asics Gel-Padel Pro 5 femme - pointure 39", "109.00"),
    ("Head Prime Tour Overgrip 3er-Pack weiß", "8.95", "Surgrips Head Prime Tour (x3) blanc", "8.50"),
    (None, None, "Surgrips Head Prime Tour (x12) blanc", "27.90"),
    (None, None, "Surgrips Head Prime Tour (x3) noir", "8.50"),
    ("Nox AT10 Genius 18K Alum 2024 Padelschläger", "229.95", None, None),
    ("Bullpadel Hack 04 2025 Padelschläger", "299.95", None, None),
    ("Adidas Metalbone 3.4 Padelschläger 2024", "259.95", None, None),
    ("Head Padel Pro Bälle 2 x 3er Dose (Bipack)", "12.95", None, None),
    ("Asics Gel-Padel Pro 5 Herren Padelschuh Gr. 42", "119.95", None, None),
    ("Babolat Technical Viper 2025 Padelschläger", "279.95", None, None),
    ("Head Padeltasche Tour Monstercombi Gepäckset mit 3 Bällen", "89.95", None, None),
    ("Wilson Padel Rush 100 Padelschläger", "119.95", None, None),
    ("Bullpadel Premium Pro Padelbälle Karton 24 Dosen", "169.00", None, None),
    (None, None, "Raquette de padel Siux Electra ST3 Pro 2025", "259.00"),
    (None, None, "Balles Wilson Padel Tour (tube de 3)", "6.50"),
    (None, None, "Protège-raquette transparent (x2)", "9.90"),
    (None, None, "Poignets éponge Head (x2) noir", "7.90"),
    (None, None, "Raquette de padel adidas Metalbone Carbon 3.4 2025", "199.00"),
]

KINDS: dict[str, list[Row]] = {"instant photography, a Japanese shop's bundles in yen": INSTANT_PHOTOGRAPHY,
                               "padel, a French shop's tubes, cartons and bundles": PADEL}
CURRENCIES = {"instant photography, a Japanese shop's bundles in yen": "JPY"}
INSTANT, RACKETS = KINDS

# Each competitor lists one of our products twice: (row of the first listing, title, price).
SECOND_LISTINGS: dict[str, list[tuple]] = {
    INSTANT: [(3, "【2個セット】instax mini 用フィルム 20枚 JP2", "1850")],
    RACKETS: [(0, "HEAD PADEL PRO x3 balles - bouteille pressurisée", "6.40")],
}


def every_catalogue() -> list[tuple[str, Catalogues]]:
    return every_catalogue_priced(KINDS, SECOND_LISTINGS, CURRENCIES)


def read_the_batch(folder, show=None):
    return _read_the_batch({}, folder, show, more=every_catalogue())


def _read(tmp_path, kind: str, rows: list[Row], second=(), label: str = "rows") -> tuple:
    """Some rows of one kind (and second listings) through the commands, priced as the kind's
    shop prices: counts, found, truth."""
    return read_rows_priced(tmp_path / label, rows, second, CURRENCIES.get(kind))


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    assert set(SECOND_LISTINGS) == set(KINDS)
    for name, (ours, theirs, truth) in every_catalogue():
        assert 15 <= len(ours) <= 40 and 20 <= len(theirs) <= 60, (name, len(ours), len(theirs))
        assert len({t["name"] for t in theirs}) == len(theirs), name
    # A single and a twin pack are both ours and both theirs, each its own pair.
    assert {("O3", "T3"), ("O4", "T4")} <= dict(every_catalogue())[INSTANT][2]
    assert {("O0", "T0"), ("O1", "T1")} <= dict(every_catalogue())[RACKETS][2]


# --- what a matcher should make of the batch, as expected before it was read ------------------


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the nine rounds before found 0.42-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Expected to fail when written (a strict xfail); at first reading it passed: no bundle was matched or
# put to a person, where the pairs themselves were mostly missed (every Japanese pair, 0.30-0.43
# alone; the padel balls 0.52-0.54 in French).
def test_a_bundle_holding_our_product_is_not_our_product(tmp_path):
    # "... instax mini 12 クレイホワイト フィルム20枚セット" (with 20 shots), "... SQ1 ... フィルム10枚・
    # ケースセット", "... mini Link 3 ... フィルム10枚付き", "Polaroid Now+ ... i-Typeフィルム2パックセット",
    # "Head Padel Pro - Lot de 3 tubes", "Bullpadel Premium Pro - Pack 3 tubes", "Vertex 04 2025 +
    # housse + 3 balles offertes": a bundle holding our product, neither matched nor put to a
    # person for it; our own set ("Set mit 20 Aufnahmen und Tasche", "Gepäckset mit 3 Bällen") is
    # not theirs either.
    instant = [INSTANT_PHOTOGRAPHY[n] for n in (0, 1, 12, 14, 17, 18, 22, 24, 27, 32)]
    padel = [PADEL[n] for n in (0, 3, 4, 6, 7, 10, 16, 30)]
    for kind, rows in ((INSTANT, instant), (RACKETS, padel)):
        counts, found, _ = _read(tmp_path, kind, rows, label=kind.split(",")[0])
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Passed at first reading, as expected (nothing in those rows paired at all).
def test_a_pack_count_tells_a_single_from_a_twin_pack(tmp_path):
    # "10 Aufnahmen" / "1パック (10枚入)" against "2 x 10 Aufnahmen" / "2パック品 (10枚入×2)" and "5パック
    # 品", our Wide twin pack against their "5パック品", our Square single against their "2パック品",
    # Polaroid's "Doppelpack 16" / "ダブルパック 16枚" against "8枚"; "3er Dose" / "Tube de 3" against
    # "Carton de 24 tubes" (both ours and theirs), our "2 x 3er Dose (Bipack)" against "Lot de 3
    # tubes"; "(x3)" against "(x12)": no pack matched to another.
    instant = INSTANT_PHOTOGRAPHY[3:6] + INSTANT_PHOTOGRAPHY[10:12] + INSTANT_PHOTOGRAPHY[15:17] + INSTANT_PHOTOGRAPHY[19:21]
    padel = PADEL[0:4] + PADEL[21:23] + PADEL[27:28]
    for kind, rows in ((INSTANT, instant), (RACKETS, padel)):
        counts, found, _ = _read(tmp_path, kind, rows, label=kind.split(",")[0])
        assert not counts["wrong matched"], (kind, found)


# Failed at first reading, as expected: none of 13 found (0.25-0.43 alone).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="titles in another script around Latin names found 3 of 14 (Greek) and 2 of 13 (Hebrew) in kinds10")
def test_a_title_in_katakana_around_latin_names_finds_our_product(tmp_path):
    # "富士フイルム チェキ instax mini 12 クレイホワイト" for our "Fujifilm Instax Mini 12 Sofortbildkamera
    # Clay White": the maker and the colour in katakana, the model in Latin; at least half found.
    counts, found, truth = _read(tmp_path, INSTANT, INSTANT_PHOTOGRAPHY, label="katakana")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Failed at first reading, as expected: our "AT10 Genius 18K Alum 2024" matched (0.91) their "AT10
# Genius 12K Alum 2025" under the code at10, "numbers differ: 2024 vs 2025" read and overruled.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a sibling under a code both carry was taken as a second listing (kinds9: l200, sm10; kinds10b: rv100, ip65)")
def test_a_rackets_year_weave_or_line_tells_two_rackets_apart(tmp_path):
    # "2025" against "2024", "18K" against "12K" (under AT10), "Metalbone 3.4" against "HRD+ 3.4",
    # "Carbon 3.4" and "3.3", "Vertex 04" against "Vertex 04 Woman", "Hack 04" against "Vertex 04":
    # none matched.
    rows = PADEL[7:10] + PADEL[11:16] + PADEL[24:27] + PADEL[37:38]
    counts, found, _ = _read(tmp_path, RACKETS, rows, label="rackets")
    assert not counts["wrong matched"], found


# Passed at first reading, as expected.
def test_a_shoes_size_or_gender_or_a_colour_tells_two_listings_apart(tmp_path):
    # "Gr. 43" / "pointure 43" against "44", "homme" against "femme - pointure 39", our "Gr. 42";
    # "schwarz" / "noir" against "blanc", "weiß" / "blanc" against "noir"; the Mini 12's "Clay White"
    # / "クレイホワイト" against "ミントグリーン", our "Lilac Purple": none matched.
    padel = PADEL[16:21] + PADEL[21:22] + PADEL[23:24] + PADEL[28:29]
    counts, found, _ = _read(tmp_path, RACKETS, padel, label="padel")
    assert not counts["wrong matched"], found
    instant = INSTANT_PHOTOGRAPHY[0:1] + INSTANT_PHOTOGRAPHY[2:3] + INSTANT_PHOTOGRAPHY[28:29]
    counts, found, _ = _read(tmp_path, INSTANT, instant, label="instant")
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: neither second listing found (0.25, 0.28 alone: "3er" / "x3"
# read as "numbers differ"), nor either first listing.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, none of four in kinds10")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "【2個セット】instax mini 用フィルム 20枚 JP2" beside "instax mini フィルム 2パック品 (10枚入×2)";
    # "HEAD PADEL PRO x3 balles - bouteille pressurisée" beside "... Head Padel Pro - Tube de 3".
    missed = []

    def show(name, truth, counts, found):
        for n, *_ in SECOND_LISTINGS[name]:
            missed.extend((name, pair) for pair in ((f"O{n}", f"T{n}"), (f"O{n}", f"T{n}b")) if pair not in found)

    total = read_the_batch(tmp_path, show)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_tenth_rounds_third_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at ec5fead, the same as 717fbff): 4 of 23 true pairs
    # found (1 matched, 3 proposed), 19 missed (every Japanese one); 1 variant matched (our AT10 2024
    # with their 12K 2025, under at10) and 3 proposed (Metalbone HRD+ and Carbon beside the 3.4, the
    # Vertex 04 Woman beside the Vertex 04).
    holds_its_first_reading(read_the_batch(tmp_path), matched=1, found=4, wrong_matched=1, wrong_proposed=3)


if __name__ == "__main__":  # the reading per catalogue: python -m tests.test_matching_kinds10c [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
