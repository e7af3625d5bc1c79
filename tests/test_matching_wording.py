"""Catalogues won by wording: what a competitor's own data says about how far
its titles can be trusted (`benchmark.matching.calibration`): the words one
of the two shops writes on its titles and the other leaves out."""

from __future__ import annotations

import numpy as np

from benchmark._text import extract
from benchmark.matching import calibration, match_products
from tests.test_matching import ours, theirs

_TITLES = ["hoyle card games", "reader rabbit first grade", "scrabble complete edition", "monopoly here and now",
           "print shop deluxe photo", "mavis beacon typing deluxe", "oregon trail fifth edition",
           "zoo tycoon complete collection"]


def _jewel_cases(titles: list[str]) -> tuple:
    """Our shop writes "(jewel case)" on every title, theirs writes "software" on some."""
    our = ours(*[{"sku": f"s{n}", "name": f"{t} (jewel case)"} for n, t in enumerate(titles)],
               {"sku": "x", "name": "learning company treasure mountain (jewel case)"})
    their = theirs(*[{"competitor_product_id": n, "name": t} for n, t in enumerate(titles)],
                   {"competitor_product_id": 100, "name": "learning company treasure mountain software"},
                   {"competitor_product_id": 101, "name": "learning company treasure cove software"})
    return our, their


def test_a_word_one_shop_writes_on_its_sure_matches_names_no_variant():
    # Eight sure matches leave "jewel" on our side only: that is how our shop
    # writes titles, so "jewel" against "software" is no "one word differs".
    found = match_products(*_jewel_cases(_TITLES))
    pair = found[(found.sku == "x") & (found.competitor_product_id == 100)]
    assert pair.status.tolist() == ["matched"], found
    assert "one word differs" not in pair.reason.iloc[0]
    # With two sure matches the habit is not shown: the words still differ.
    found = match_products(*_jewel_cases(_TITLES[:2]))
    pair = found[(found.sku == "x") & (found.competitor_product_id == 100)]
    assert "one word differs: jewel vs software" in pair.reason.iloc[0]


def test_style_words_are_words_the_sure_matches_leave_unshared():
    left = [extract(t) for t in ("cherry veneer table jewel", "walnut veneer table jewel", "oak veneer chair jewel",
                                 "cherry veneer chair jewel")]
    right = [extract(t) for t in ("cherry veneer table", "walnut veneer table", "oak veneer chair",
                                  "cherry veneer chair box")]
    pairs = [(n, n) for n in range(4)]
    sure = np.array([True, True, True, True])
    # "jewel" is left unshared on all four; "cherry" is written by both shops;
    # "box" only once: a one-off, not a habit.
    assert calibration.style_words(pairs, sure, left, right) == {"jewel"}
    # Only the sure matches count.
    assert calibration.style_words(pairs, np.array([True, True, False, False]), left, right) == frozenset()

