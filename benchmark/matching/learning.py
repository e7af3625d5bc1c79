"""Learning, in layer 5 of `match_products` beside the calibration: a model
fitted to a person's answers. The order in which proposals are put to a
person is `review_order`'s."""

from __future__ import annotations

import numpy as np

from benchmark.matching.calibration import CALIBRATION_SIGNALS
from benchmark.matching.scoring import _METHODS, CONFLICTS, FEATURES

# A learnt model reads the comparison's signals and, after them, the calibration's.
LEARNT_FEATURES = (*FEATURES, *CALIBRATION_SIGNALS)

# Fewer confirmed (or rejected) pairs than this and the hand-set score stays:
# a model fitted to a handful of answers would follow their accidents.
MIN_DECISIONS = 10


def learnt_scores(features: np.ndarray, scores: np.ndarray, methods: np.ndarray, pairs: list, decided: dict,
                  min_decisions: int, match_threshold: float) -> dict[int, str]:
    """Re-score, in place, the pairs a model fitted to the `decided` pairs
    ({(i, j): confirmed}) may speak for; returns the note of each re-scored
    pair (by position), or nothing with too few answers of either kind."""
    labelled = [(n, decided[pair]) for n, pair in enumerate(pairs) if pair in decided]
    rows = np.array([n for n, _ in labelled], dtype=np.int64)
    labels = np.array([y for _, y in labelled], dtype=bool)
    model = fit_decisions(features[rows], labels, min_decisions)
    notes: dict[int, str] = {}
    if model is None:
        return notes
    # The model decides only over the range of hand-set scores the person
    # answered in (a little wider), never over a shared GTIN: outside it,
    # it would extrapolate from answers about other kinds of pairs.
    seen = scores[rows]
    band = ((scores >= seen.min() - LEARN_MARGIN) & (scores <= seen.max() + LEARN_MARGIN)
            & (methods != _METHODS.index("gtin")))
    probability = model.predict_proba(features[band])[:, 1]
    learnt = _probability_to_score(probability, match_threshold)
    note = f"learnt from {len(labels)} decisions ({int(labels.sum())} confirmed): "
    for n, p, value in zip(np.flatnonzero(band), probability, learnt):
        # The reason behind it is written for the pairs that are output only.
        notes[n] = note + f"{p:.0%} likely; "
        scores[n] = value
    return notes


def fit_decisions(features: np.ndarray, confirmed: np.ndarray, min_decisions: int = MIN_DECISIONS):
    """A logistic regression over the pair features (FEATURES) of the pairs a
    person decided, or None with fewer than `min_decisions` of either class.

    Why this is fair: the model is fitted to the user's own answers about their
    own catalogue, never to a benchmark; it only re-weighs signals the hand-set
    score already reads (a shop whose MPNs are retailer numbers teaches it that
    "MPNs differ" means little there). The hand-set score is one of the
    features, and the fit is strongly regularised, so with few or one-sided
    answers it stays close to the hand-set order. Each answer weighs the
    same (the classes are not re-weighed to balance them): how many of the
    pairs near the boundary a person confirmed is part of what the model
    learns about them.

    Used whenever there are enough answers of both kinds, with no test of its
    accuracy on them first. Such a test (cross-validated balanced accuracy
    against the hand-set rule's, by a margin) compared the model with chance:
    the answered pairs are proposals, all under the match threshold, so the
    rule calls every one of them wrong and its balanced accuracy on them is
    0.5 on any catalogue. On answers chosen near the boundary the model's own
    is close to chance too, so the test let a few answers more or less, or
    another split into folds, switch the model on or off: on the WDC
    validation catalogues the F1 after answers went between 0.622 and 0.671
    with the answer order alone. The model only adds matches
    (`match_products` keeps the higher of its score and the rule's) and only
    in the band of scores the person answered in, so an answer set it
    cannot read costs little, while one it can read is no longer thrown away
    by the draw.

    A guard that compares like with like was tried and not kept (bench/history/matching.md,
    "The learnt model's guard"): the model's out-of-fold AUC on the answers
    (folds by our product) against the hand-set score's, by the AUC's
    standard error. It gave Amazon-Google's first page of 20 answers back
    (0.672 -> 0.691) but took the WDC validation catalogues' gain (0.676 ->
    0.625): there the model ranks the answers worse than the rule and still
    helps, because what it brings is a new cut over the band answered, not a
    better order, and the answers alone cannot show whether that cut holds
    for the unanswered pairs of the band."""
    confirmed = np.asarray(confirmed, dtype=bool)
    if min(int(confirmed.sum()), int((~confirmed).sum())) < max(1, min_decisions):
        return None
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = _SignedModel(make_pipeline(StandardScaler(), LogisticRegression(C=LEARN_C, max_iter=1000)))
    return model.fit(features, confirmed)


# The way each signal may push: +1 towards a match, -1 away, 0 either. A weight
# learnt the other way (a handful of answers that happen to line up with a
# price gap, say) is an accident of the sample; that signal is left out.
_SIGNS = {
    "score": 1, "text": 1, "cosine": 1, "token_set": 1, "token_sort": 1, "brand_same": 1, "gtin_same": 1,
    "mpn_same": 1, "shared_code": 1, "price_unknown": 0, **{name: 1 for name in CALIBRATION_SIGNALS},
    **{name: -1 for name in (*CONFLICTS, "equivalent", "log_price_ratio", "ambiguous")},
}


class _SignedModel:
    """A classifier over the FEATURES columns (and CALIBRATION_SIGNALS after them,
    when given) whose weights keep the signs of
    _SIGNS: fitted, then refitted without any feature whose weight came out the
    wrong way (or that does not vary), until none does."""

    def __init__(self, model):
        self.model = model

    def fit(self, features: np.ndarray, y: np.ndarray):
        from sklearn.base import clone

        names = LEARNT_FEATURES[: features.shape[1]]  # FEATURES, and the calibration's signals when given
        signs = np.array([_SIGNS[name] for name in names])
        columns = np.flatnonzero(features.std(axis=0) > 0)
        for _ in range(len(names)):
            model = clone(self.model).fit(features[:, columns], y)
            weights = model[-1].coef_[0]
            wrong = signs[columns] * weights < 0
            if not wrong.any():
                break
            columns = columns[~wrong]
        self.columns, self.fitted = columns, model
        self.classes_ = model.classes_
        return self

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        return self.fitted.predict_proba(features[:, self.columns])

    def predict(self, features: np.ndarray) -> np.ndarray:
        return self.fitted.predict(features[:, self.columns])


# Inverse regularisation strength of the learnt model: small, so that 20 answers
# move a weight only as far as they consistently point.
LEARN_C = 0.3
# The model re-scores pairs whose hand-set score is at most this far outside
# the range of the decided pairs' scores.
LEARN_MARGIN = 0.05


def _probability_to_score(probability: np.ndarray, match_threshold: float) -> np.ndarray:
    """The model's probability on the hand-set score's scale, so that the
    configured thresholds keep their meaning: 50% lands on the match threshold,
    0 and 1 stay 0 and 1 (piecewise linear between)."""
    p = np.clip(probability, 0.0, 1.0)
    return np.where(p < 0.5, p / 0.5 * match_threshold, match_threshold + (p - 0.5) / 0.5 * (1 - match_threshold))
