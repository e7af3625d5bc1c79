"""One product written in two languages or two scripts by two shops (issue 9): a title in a
script our catalogue never writes, read through its transliteration where it writes our words
(`features._read_through`).

Each catalogue is small and built here; the batches set aside (`tests/test_matching_kinds*.py`)
hold the same shapes at scale, and `bench/history/matching.md` their figures.
"""

from __future__ import annotations

from benchmark.matching import match_products
from benchmark.matching.features import _read_through
from test_matching import ours, pairs, theirs


def catalogues(rows: list[tuple[str | None, str | None]], prices: list[float] | None = None):
    """Our product n and their listing n (a row with one title: a product only one shop sells)."""
    prices = prices or [10.0] * len(rows)
    return (ours(*({"sku": f"O{n}", "name": a, "price": p} for n, ((a, _), p) in enumerate(zip(rows, prices)) if a)),
            theirs(*({"competitor_product_id": f"T{n}", "name": b, "price": p}
                     for n, ((_, b), p) in enumerate(zip(rows, prices)) if b)))


def truth(rows) -> set[tuple[str, str]]:
    return {(f"O{n}", f"T{n}") for n, (a, b) in enumerate(rows) if a and b}


def test_a_word_in_a_script_the_other_catalogue_never_writes_is_read_where_it_is_a_word_of_theirs():
    ours = [("Paldo Bibim Men 130 g",), ("Nongshim Shin Ramyun 120 g",), ("Orion Choco Pie 12 Stück 468 g",)]
    rows = _read_through([("팔도 비빔면 130g",), ("오리온 초코파이 12개입 468g",), ("Plain title 5 kg",)], ours)
    # "팔도" read "paldo" is a word of ours; "비빔면" read "bibimmyeon" is none, and stays as it is
    # written, as does "초코파이": no nearer to our words in Latin letters than in Hangul.
    assert [r[0].split() for r in rows] == [["PalDo", "비빔면", "130g"], ["오리온", "초코파이", "12개입", "468g"],
                                            ["Plain", "title", "5", "kg"]]
    # "농심" reads "nongsim", not the maker's own "Nongshim": no near spelling counts as shared.
    assert _read_through([("농심 신라면",)], ours) == [("농심 신라면",)]
    # A script both catalogues write is compared as it is; a letter beside a number is a sign.
    assert _read_through([("농심 신라면",)], [("농심 라면",)]) == [("농심 신라면",)]
    assert _read_through([("Ручка 0,6Ω",)], [("Ruchka pen",)]) == [("Ruchka 0,6Ω",)]


KOREAN = [
    ("Paldo Bibim Men 130 g", "팔도 비빔면 130g"),
    ("Jongga Mat Kimchi 500 g", "종가 맛김치 500g"),
    ("Samyang Buldak Carbonara 5 x 130 g", "삼양 까르보불닭볶음면 130g x 5개"),
    ("Bibigo Mandu 525 g", "비비고 왕교자 525g"),
    ("Nongshim Shin Ramyun 120 g", None),
    (None, "오뚜기 진라면 순한맛 120g"),
]


def test_a_makers_name_in_hangul_is_read_as_our_word():
    # Before, a title in Hangul shared no letter with ours: none of the four was even proposed.
    # "비비고" read "bibigo" is our maker's word, and the pair scores as any two shops' titles
    # sharing a maker and a size.
    found = match_products(*catalogues(KOREAN))
    assert ("O3", "T3") in pairs(found), found[["sku", "competitor_product_id", "status", "reason"]]


def test_a_maker_a_table_spells_otherwise_is_no_other_maker():
    # "レゴ" read "rego" is no maker apart from "Lego": the model code both write still names the
    # set (read as two makers' first words, the code was no identifier and the pair only proposed).
    rows = [("LEGO Ideas 21330 Home Alone", "レゴ アイデア ホーム・アローン 21330"),
            ("LEGO Technic 42154 Ford GT", "レゴ テクニック フォード GT 42154")]
    found = match_products(*catalogues(rows))
    assert pairs(found, "matched") == truth(rows), found[["sku", "competitor_product_id", "status", "reason"]]
