"""The calibration's ranks (`benchmark.matching.calibration.ranks`): each key's first pairs,
read without sorting every pair, are the ones the sort reads."""

from __future__ import annotations

import numpy as np
import pytest

from benchmark.matching.calibration.ranks import _first_ranks, _ranked


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("taken", [0, 1, 2, 3])
def test_the_first_ranks_are_the_sorted_ranks_up_to_taken(seed, taken):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 3_000))
    keys = rng.integers(0, max(1, n // int(rng.integers(1, 8))), n)
    if seed % 2:
        keys = np.sort(keys)  # the rows of a pair list, sorted as blocking returns them
    # Few distinct scores: many ties at a key's best, which the sort breaks by position.
    scores = np.round(rng.random(n), int(rng.integers(1, 3)))
    scores[rng.random(n) < 0.05] = -np.inf
    scores[rng.random(n) < 0.05] = 0.0
    scores[rng.random(n) < 0.02] = -0.0
    expected = np.minimum(_ranked(keys, scores), taken)
    assert _first_ranks(keys, scores, taken).tolist() == expected.tolist()


def test_scores_with_a_nan_are_ranked_as_the_sort_ranks_them():
    keys = np.array([0, 0, 0, 1, 1])
    scores = np.array([0.5, np.nan, 0.7, np.nan, 0.1])
    assert _first_ranks(keys, scores, 2).tolist() == np.minimum(_ranked(keys, scores), 2).tolist()


def test_no_pairs():
    assert _first_ranks(np.array([], dtype=np.int64), np.array([]), 2).tolist() == []
