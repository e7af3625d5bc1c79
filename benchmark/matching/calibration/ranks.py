"""The order of each product's candidates, the ground every test of the
calibration stands on: a pair's place among the pairs of its product (row
or column), each product's unique best, and pairs as two arrays.
"""

from __future__ import annotations

import numpy as np


def unique_best(keys: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Per pair: is it the only pair at the best score of its key (row or
    column)? A tie at the top is no best: two listings equally like ours say
    nothing about which it is."""
    best = np.full(int(keys.max(initial=-1)) + 1, -np.inf)
    np.maximum.at(best, keys, scores)
    at_best = scores == best[keys]
    ties = np.bincount(keys[at_best], minlength=len(best))
    return at_best & (ties[keys] == 1)


def _ranked(keys: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Per pair, its place among the pairs of its key (row or column) by
    score, best first (0); pairs that tie keep their order."""
    order = np.lexsort((-scores, keys))
    ordered = keys[order]
    first = np.r_[True, ordered[1:] != ordered[:-1]]
    place = np.arange(len(order))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = place - np.maximum.accumulate(np.where(first, place, 0))
    return rank


def _first_ranks(keys: np.ndarray, scores: np.ndarray, taken: int) -> np.ndarray:
    """`_ranked(keys, scores)` up to `taken`: a pair's place among its key's pairs where it is
    one of the first `taken`, else `taken`. Read by taking each key's first pair `taken` times
    (its best score, the first pair at it) instead of sorting every pair by key and score: on
    the 826,000 pairs of 100,000 x 100,000, a key's first pair alone 0.08-0.12 s against
    0.16-0.22 s for the sort, its first two 0.14-0.22 s against 0.16-0.23 s
    (bench/history/match-speed.md, thirty-third session). Scores holding a NaN, which the two
    readings would order apart, are sorted."""
    if np.isnan(scores).any():
        return np.minimum(_ranked(keys, scores), max(taken, 0))
    rank = np.full(len(keys), max(taken, 0), dtype=np.int64)
    best = np.empty(int(keys.max(initial=-1)) + 1)
    left = np.arange(len(keys))
    for place in range(taken):
        if not len(left):
            break
        left_keys, left_scores = keys[left], scores[left]
        best.fill(-np.inf)
        np.maximum.at(best, left_keys, left_scores)
        at = left[left_scores == best[left_keys]]
        # `np.unique` sorts stably: each key's first index among its pairs at the best.
        _, first = np.unique(keys[at], return_index=True)
        rank[at[first]] = place
        left = left[rank[left] == taken]
    return rank


def pair_arrays(pairs: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """The rows (our products) and columns (their listings) of a list of pairs, as two arrays."""
    rows = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
    cols = np.fromiter((j for _, j in pairs), dtype=np.int64, count=len(pairs))
    return rows, cols
