"""What the calibration reads about a pair, for a model fitted to a person's
answers (`learning.py`): each other's unique best, and by how much the
pair beats the other candidates of our product and of their listing.
"""

from __future__ import annotations

import numpy as np

from benchmark.matching.calibration.ranks import _ranked, pair_arrays, unique_best

# What the calibration reads about a pair, for a model fitted to a person's
# answers: the answers then move this competitor's boundary for wording pairs too.
CALIBRATION_SIGNALS = ("each_others_best", "our_margin", "their_margin")


def _best_of_others(keys: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Per pair, the best score of the other pairs of its key (0 without any)."""
    rank = _ranked(keys, scores)
    top, second = np.zeros((2, int(keys.max(initial=-1)) + 1))
    top[keys[rank == 0]] = scores[rank == 0]
    second[keys[rank == 1]] = scores[rank == 1]
    return np.where(rank == 0, second[keys], top[keys])


def calibration_signals(pairs: list[tuple[int, int]], scores: np.ndarray) -> np.ndarray:
    """CALIBRATION_SIGNALS per pair: each other's unique best (0/1), and by how
    much the pair beats our product's and their listing's other candidates."""
    rows, cols = pair_arrays(pairs)
    best = unique_best(rows, scores) & unique_best(cols, scores)
    return np.column_stack([best.astype(np.float64), np.clip(scores - _best_of_others(rows, scores), -1, 1),
                            np.clip(scores - _best_of_others(cols, scores), -1, 1)])
