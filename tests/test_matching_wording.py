"""Catalogues won by wording: what a competitor's own data says about how far
its titles can be trusted (`benchmark.matching.calibration`): the words one
of the two shops writes on its titles and the other leaves out, whether its
wording matches beat chance, and a second view of the titles."""

from __future__ import annotations

import numpy as np
import pytest

from benchmark._text import extract
from benchmark.matching import calibration, match_products
from benchmark.matching.candidates import character_cosine
from tests.test_matching import ours, theirs

_TITLES = ["hoyle card games", "reader rabbit first grade", "scrabble complete edition", "monopoly here and now",
           "print shop deluxe photo", "mavis beacon typing deluxe", "oregon trail fifth edition",
           "zoo tycoon complete collection"]


# Titles their shop writes with "software": wording matches, which the
# calibration needs a few of before it trusts them (`shares_products`).
_SOFTWARE = ["learning company treasure mountain", "humongous putt-putt joins the parade",
             "learning company super solvers gizmos", "sierra kings quest mask of eternity",
             "maxis simcity classic deluxe", "learning company reader rabbit toddler", "humongous freddi fish",
             "sierra hoyle casino empire", "interplay descent freespace battle pack", "edmark thinkin things collection"]


def _jewel_cases(titles: list[str]) -> tuple:
    """Our shop writes "(jewel case)" on every title, theirs writes "software" on some."""
    our = ours(*[{"sku": f"s{n}", "name": f"{t} (jewel case)"} for n, t in enumerate(titles)],
               {"sku": "x", "name": "learning company treasure mountain (jewel case)"},
               *[{"sku": f"w{n}", "name": f"{t} (jewel case)"} for n, t in enumerate(_SOFTWARE[1:])])
    their = theirs(*[{"competitor_product_id": n, "name": t} for n, t in enumerate(titles)],
                   {"competitor_product_id": 100, "name": "learning company treasure mountain software"},
                   {"competitor_product_id": 101, "name": "learning company treasure cove software"},
                   *[{"competitor_product_id": 200 + n, "name": f"{t} software"} for n, t in enumerate(_SOFTWARE[1:])])
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


def test_a_style_word_is_left_unshared_in_at_least_half_the_titles_that_write_it():
    # "deluxe" left on one side by three sure pairs and shared by one: 3 of the 5 titles writing it.
    left = [extract(f"acme widget model{n} deluxe") for n in range(4)]
    right = [extract(f"acme widget model{n}" + (" deluxe" if n == 3 else "")) for n in range(4)]
    pairs = [(n, n) for n in range(4)]
    assert calibration.style_words(pairs, np.ones(4, dtype=bool), left, right) == {"deluxe"}
    # Shared by two more: 3 of 7 titles, no style word.
    left = [extract(f"acme widget model{n} deluxe") for n in range(5)]
    right = [extract(f"acme widget model{n}" + (" deluxe" if n >= 3 else "")) for n in range(5)]
    pairs = [(n, n) for n in range(5)]
    assert calibration.style_words(pairs, np.ones(5, dtype=bool), left, right) == frozenset()



def _catalogue(found_again: int) -> tuple:
    """Pairs of a competitor: 20 products of ours with a sure match, of which
    `found_again` have a sibling listing that becomes their best when the sure
    match is taken away; 40 more of ours, 20 matched by wording, 20 not."""
    pairs, scores, matched = [], [], []

    def add(i, j, score, by_wording=False):
        pairs.append((i, j)), scores.append(score), matched.append(by_wording)

    for i in range(20):
        add(i, i, 0.95)
        # A sibling that is the only best left, or two that tie (no best).
        add(i, 100 + i, 0.7)
        add(i, 200 + i, 0.5 if i < found_again else 0.7)
    for i in range(20, 60):
        add(i, 300 + i, 0.7, by_wording=i < 40)
        add(i, 400 + i, 0.5 if i < 40 else 0.7)
    rows, cols = np.array([i for i, _ in pairs]), np.array([j for _, j in pairs])
    return rows, cols, np.array(scores), np.ones(len(pairs), dtype=bool), np.array(matched)


def _beats_chance(rows, cols, scores, wanted, matched, match_threshold):
    made, wrong = calibration._chance_wrong(rows, cols, scores, wanted, matched, scores >= match_threshold)
    return wrong <= made / 2


def test_wording_matches_stand_only_where_they_beat_chance():
    # 2 in 20 of our products whose sure counterpart is taken away find
    # another listing as their best: over the 20 the rule leaves unmatched,
    # chance explains about 2 of its 20 matches (8, at the bound of 2 in 20).
    assert _beats_chance(*_catalogue(found_again=2), 0.85)
    # 10 in 20: chance explains as many matches as the rule makes.
    assert not _beats_chance(*_catalogue(found_again=10), 0.85)
    # No sure match to read the chance from: no evidence, the rule is off
    # (tests/test_matching_evidence.py).
    rows, cols, scores, wanted, matched = _catalogue(found_again=2)
    assert not _beats_chance(rows, cols, np.minimum(scores, 0.8), wanted, matched, 0.85)


def test_a_second_view_of_the_titles_matches_under_the_floor_where_it_agrees():
    # Four products are too few for the catalogue gate to find evidence (tests/test_matching_gate.py):
    # it is opened here (`speaks`) so that this test reads the second view alone.
    our = [extract(t) for t in ("x-plane v8 (mac)", "quake 4 (mac)", "alpha one", "alpha two")]
    their = [extract(t) for t in ("graphic sim x-plane 8", "aspyr quake iv", "quake 4 mac", "alpha one box",
                                  "alpha two box")]
    pairs = [(0, 0), (0, 1), (1, 1), (1, 2), (2, 3), (2, 4), (3, 4), (3, 3)]
    # The median second-best is 0.5: the first two pairs, each other's best by
    # the comparison, are under that floor.
    scores = np.array([0.45, 0.2, 0.45, 0.3, 0.9, 0.7, 0.9, 0.7])
    fuzzy, conflicted = np.ones(len(pairs), dtype=bool), np.zeros(len(pairs), dtype=bool)
    tests = calibration.wording_tests(*calibration.pair_arrays(pairs), scores, fuzzy, conflicted, our, their, 0.85)
    matched, _ = calibration.wording_matches(tests, our, their, 0.6, speaks=True)
    # The character view agrees that x-plane v8 and graphic sim x-plane 8 are
    # each other's best; it takes "quake 4 mac" for quake 4's, so the other stays a question.
    assert matched.tolist()[:4] == [True, False, False, False]
    assert matched[4] and matched[6]


def test_the_character_view_reads_words_run_together_as_alike():
    near, far = character_cosine(["i copy dvds 2", "i copy dvds 2"], ["i copydvds 2", "dvd copy 2 pro"])
    assert near > far
    assert character_cosine(["same title"], ["same title"])[0] == pytest.approx(1.0)
    assert character_cosine([""], ["anything"])[0] == 0.0


def test_style_words_only_take_a_conflict_away():
    from benchmark.matching.scoring import compare

    a = extract("acme organic crunchy peanut butter salted software edition", brand="acme")
    b = extract("acme organic crunchy peanut butter honey", brand="acme")
    plain = compare(a, b, 0.8)
    with_style = compare(a, b, 0.8, style_words=frozenset({"software"}))
    assert "one word differs" not in plain[2]
    assert with_style[0] == plain[0] and "one word differs" not in with_style[2]


def test_a_pair_alone_on_both_sides_is_asked_about_where_its_titles_write_the_same_numbers():
    # Where the gate asks, a pair each other's only candidate is asked about (the best of one
    # says nothing, but blocking left these two alone) where both titles write the same numbers:
    # red clay in Maltese and in Uzbek, "10 kg" all they share. A grill tong "40 cm" and a grate
    # "60 x 40 cm", alone too, share one size and the grate writes another: not asked.
    our = [extract("Tafal aħmar tal-fuħħar, 10 kg"), extract("Rösle Grillzange 40 cm"),
           extract("Kemper PTK, 8 biċċiet"), extract("Xkupa Kemper")]
    their = [extract("Kulolchilik uchun qizil loy, 10 kg"), extract("Grelha Argentina Inox 60 x 40 cm"),
             extract("Kemper PTK, 8 dona"), extract("Kemper sim, 2 dona")]
    # The Kemper kit has two candidates (their kit and their wire), so it is no pair alone.
    rows, cols = np.array([0, 1, 2, 2, 3]), np.array([0, 1, 2, 3, 3])
    n = len(rows)
    tests = calibration.WordingTests(rows, cols, np.array([0.30, 0.38, 0.45, 0.35, 0.30]),
                                     plausible=np.ones(n, dtype=bool), ours_best=np.zeros(n, dtype=bool),
                                     theirs_best=np.zeros(n, dtype=bool), typical_wrong=0.2)
    asked = calibration.unproven_candidates(tests, our, their, 0.6)
    assert asked.tolist() == [True, False, False, False, False]
