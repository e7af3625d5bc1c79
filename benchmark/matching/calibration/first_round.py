"""The first round of wording matches (`wording_matches`): each other's best
among all of a competitor's listings, passing the tests of `pair_tests.py`,
where the gate (`gate.py`) lets wording speak; with them, the listings that
are another listing of a matched product of ours (`listed_again.py`).

**Under the floor, when a second view agrees**: a pair that passes every
test but the floor is matched when a view of the titles independent of the
comparison, the cosine of their character 3-5-grams
(`candidates.character_cosine`, the view of the plain baseline), also
finds the two each other's unique best among their candidates. The floor
is a typical wrong best of the whole catalogue; a product worded unlike
its counterpart ("studyworks! ... middle school math & sci" / "middle
school math & science") is under it, while two views that read titles
differently (words and codes against character runs, which take "i copy
dvds" for "i copydvds") seldom agree on the same wrong neighbour. It
needs no constant: both tests are each view's own order.
"""

from __future__ import annotations

import numpy as np

from benchmark._text import Features
from benchmark.matching.candidates import character_cosine
from benchmark.matching.calibration.listed_again import _clear_second_choice
from benchmark.matching.calibration.pair_tests import WordingTests
from benchmark.matching.calibration.ranks import unique_best


def wording_candidates(tests: WordingTests) -> np.ndarray:
    """Per pair: does it pass every test of a wording match but the floor and
    the catalogue gates (no identifier decided it, no conflict,
    prices in tolerance, each other's unique best)?"""
    return tests.plausible & tests.each_others_best


def wording_matches(tests: WordingTests, ours: list[Features], theirs: list[Features], floor: float, speaks: bool,
                    answered_floor: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per candidate pair: is it a match by its wording (each other's best,
    see `pair_tests.py`), and is it another listing of our product (the
    listing's best is our product, which has a better one: many-to-one)?
    `tests`: the floor-free tests of the competitor's pairs (`wording_tests`).
    `speaks`: whether this competitor's wording is evidence (`wording_evidence`,
    as a person's answers left it: `answers.py`), read once by the caller;
    `answered_floor`: the floor the answers set, instead of the data's."""
    rows, cols, scores = tests.rows, tests.cols, tests.scores
    if not len(rows) or not speaks:
        return np.zeros(len(rows), dtype=bool), np.zeros(len(rows), dtype=bool)
    ours_best, theirs_best = tests.ours_best, tests.theirs_best
    wanted = tests.wanted(tests.floor(floor, answered_floor))
    # Under the floor, each other's best in the comparison and in a second,
    # independent view of the titles (`_characters_agree`).
    asked = tests.plausible & ~wanted & ours_best & theirs_best
    if asked.any():
        wanted = wanted | _characters_agree(rows, cols, asked, ours, theirs)
    # Another listing of ours: it chose our product among others, preferring it
    # to its next choice by more than our product prefers its best listing to it.
    clear = _clear_second_choice(cols, rows, scores, theirs_best) & (np.bincount(cols)[cols] > 1)
    return wanted & ours_best & theirs_best, wanted & theirs_best & ~ours_best & clear


def unproven_candidates(tests: WordingTests, ours: list[Features], theirs: list[Features],
                        review_threshold: float) -> np.ndarray:
    """Per pair: is it put to a person as a wording candidate where the
    gate does not let wording match but finds it worth asking
    (`gate.WordingEvidence.worth_asking`)? A pair that passes every test of
    a wording match, from the floor up and under the review threshold (from
    it up a pair is proposed anyway), and whose two products the character
    view (`_characters_agree`) also finds each other's unique best. The
    second view is asked for the reason it is asked under the floor: the
    evidence is the catalogue's, read at even odds, and two views that read
    titles differently seldom agree on the same wrong neighbour. On the
    batches set aside (2-16d) it kept 23 of the 30 true pairs the
    catalogue-level reading alone put to a person in the eight batches it
    moved, and 4 of its 8 wrong ones (bench/history/matching.md,
    twenty-eighth session, "tongues2"). With them, a pair each other's
    only candidate whose titles write the same numbers (`isolated_by_numbers`)."""
    below = tests.wanted(tests.floor(review_threshold)) & (tests.scores < review_threshold)
    asked = wording_candidates(tests) & below
    if asked.any():
        asked = _characters_agree(tests.rows, tests.cols, asked, ours, theirs)
    return asked | isolated_by_numbers(tests, below, ours, theirs)


def isolated_by_numbers(tests: WordingTests, wanted: np.ndarray, ours: list[Features],
                        theirs: list[Features]) -> np.ndarray:
    """Per pair among `wanted`: is it each other's only candidate, and do its two titles write
    the same numbers, at least one (`_same_numbers`)? Asked about where the gate asks.

    "Each other's best" needs our product to have chosen among two listings or more: the best of
    one says nothing. But a pair that blocking left alone on both sides is a listing that shares
    with one product of ours, and with no other, what it shares; and where a product has no maker
    and a shop writes in its own language, what two titles share is their numbers ("10 kg", "50 x
    25 cm, 17 W", "Kemper PTK, 8"). Isolation alone is too little: a grill tong "40 cm" and a grate
    "60 x 40 cm" share one size and are each other's only candidate, but the grate writes a size
    the tong does not. So the two must write the same numbers, each title none the other lacks
    (a model code's digits aside: a code one shop writes and the other not is its numbering, not
    a size), which a product and another one it was never compared with seldom do."""
    rows, cols = tests.rows, tests.cols
    if not len(rows):
        return np.zeros(0, dtype=bool)
    alone = wanted & tests.plausible & (np.bincount(rows)[rows] == 1) & (np.bincount(cols)[cols] == 1)
    out = np.zeros(len(rows), dtype=bool)
    for n in np.flatnonzero(alone).tolist():
        out[n] = _same_numbers(ours[rows[n]], theirs[cols[n]])
    return out


def _numbers(f: Features) -> frozenset[str]:
    """The numbers a title writes, as values ("3.680" and "3,680" one), its pack count among
    them, but for the digits of its model codes."""
    found = set()
    for n in f.numbers | f.other_numbers | ({str(f.pack)} if f.pack else set()):
        if any(n in c for c in f.codes):
            continue
        found.add(n.replace(",", ".") if any(c.isdigit() for c in n) else n)
    return frozenset(found)


def _same_numbers(a: Features, b: Features) -> bool:
    """Do the two titles write the same numbers, at least one?"""
    numbers = _numbers(a)
    return bool(numbers) and numbers == _numbers(b)


def _characters_agree(rows: np.ndarray, cols: np.ndarray, asked: np.ndarray, ours: list[Features],
                      theirs: list[Features]) -> np.ndarray:
    """Per pair: are the two each other's unique best by the character view
    (`candidates.character_cosine`)? Computed for the `asked` pairs only (false
    elsewhere), over every candidate pair of their products."""
    needed = np.isin(rows, rows[asked]) | np.isin(cols, cols[asked])
    view = np.full(len(rows), -np.inf)
    view[needed] = character_cosine([ours[i].text for i in rows[needed]], [theirs[j].text for j in cols[needed]])
    return asked & unique_best(rows, view) & unique_best(cols, view)
