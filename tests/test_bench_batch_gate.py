"""bench/batch_gate.py names what keeps a batch catalogue's wording from matching or from being asked
about, and why a true pair is missed, as the history quotes it."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from benchmark.matching.calibration.gate import WordingEvidence
from benchmark.matching.calibration.pair_tests import WordingTests

BENCH = Path(__file__).resolve().parents[1] / "bench"


def test_the_verdict_names_the_null_that_stands_in_the_way(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    from batch_gate import verdict

    # The twenty-sixth round's Malayalam umbrellas at the start: 7 candidates, the decoy 2 / 1, one sure
    # product asked (no estimate at even odds), the thinned decoy 5.2 against 3.5.
    umbrellas = WordingEvidence(found=7, decoy_wrong=3, made=7, chance_wrong=133.0, thinned_wrong=9.8,
                                even_odds=(2.0, 7.0, 5.2))
    assert verdict(umbrellas) == ("shut (not matching: chance and thinned decoy; "
                                  "not asking: chance and thinned decoy)")
    # Its Kazakh billiards: the decoy reads six of the catalogue's variants as wording matches.
    billiards = WordingEvidence(found=11, decoy_wrong=7, made=11, chance_wrong=133.0, thinned_wrong=24.7,
                                even_odds=(6.0, 7.0, 17.0))
    assert verdict(billiards).startswith("shut (not matching: decoy + chance and thinned decoy; not asking: decoy")
    # Its Uzbek pottery: the chance null at even odds carries the candidates, so they are asked about.
    pottery = WordingEvidence(found=9, decoy_wrong=3, made=9, chance_wrong=24.3, thinned_wrong=7.8,
                              even_odds=(2.0, 2.9, float("inf")))
    assert verdict(pottery) == "asks (not matching: chance and thinned decoy)"
    assert verdict(WordingEvidence(found=20, decoy_wrong=2, made=20, chance_wrong=1.0)) == "speaks"


def test_a_missed_pair_is_given_the_first_test_it_fails(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    from batch_gate import missed_cause

    # Our product 0 has two candidates (listings 0 and 1), our product 1 one (listing 2).
    tests = WordingTests(rows=np.array([0, 0, 1]), cols=np.array([0, 1, 2]), scores=np.array([0.45, 0.50, 0.40]),
                         plausible=np.array([True, True, True]), ours_best=np.array([False, True, False]),
                         theirs_best=np.array([True, True, True]), typical_wrong=0.3)
    names = (["ours 0", "ours 1"], ["theirs 0", "theirs 1", "theirs 2"])
    assert missed_cause(None, tests, 0.3, 0.85, False, False, None, names) == "no candidate pair"
    assert missed_cause(0, tests, 0.3, 0.85, False, False, None, names) == "our best 0.500: 'theirs 1'"
    assert missed_cause(2, tests, 0.3, 0.85, False, False, None, names) == "our only candidate"
    assert missed_cause(1, tests, 0.3, 0.85, False, False, None, names) == "a candidate the gate leaves"
    assert missed_cause(1, tests, 0.6, 0.85, False, False, None, names).startswith("under the floor 0.600")
    asked = np.array([False, False, False])
    assert missed_cause(1, tests, 0.3, 0.85, False, True, asked, names) == (
        "a candidate the gate asks about, not each other's best by the character view")


def test_the_newest_round_is_read_only_when_named(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    from batch_gate import batch_modules, read_by_default, round_of

    # The round a session writes is held out while it is written: a plain run must not print its misses.
    every = batch_modules()
    newest = max(round_of(module) for module in every)
    assert [module for module in every if round_of(module) == newest]
    default = read_by_default(every)
    assert default and all(round_of(module) < newest for module in default)
    assert set(every) - set(default) == {module for module in every if round_of(module) == newest}
    assert round_of("kinds26b") == 26 and round_of("kinds9d") == 9
