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


def pair_arrays(pairs: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """The rows (our products) and columns (their listings) of a list of pairs, as two arrays."""
    rows = np.fromiter((i for i, _ in pairs), dtype=np.int64, count=len(pairs))
    cols = np.fromiter((j for _, j in pairs), dtype=np.int64, count=len(pairs))
    return rows, cols
