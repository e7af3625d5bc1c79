"""The two nulls the gate (`gate.py`) reads its verdict from: the decoy
(each product's best taken away, once and twice: `_decoys`,
`_thinned_wrong`) and chance (our products whose counterpart is sure,
that counterpart taken away: `_chance_wrong`), each a count of the wrong
pairs products without a counterpart make in this data. `gate.py` says
why each is read as it is.
"""

from __future__ import annotations

import numpy as np
from scipy.special import betaincinv, gammaincinv

from benchmark.matching.candidates import sorted_unique
from benchmark.matching.calibration.ranks import _first_ranks, unique_best


def _bests_without_counterparts(keys: np.ndarray, others: np.ndarray, scores: np.ndarray, passing: np.ndarray,
                                ours_side: bool, taken: int, free: np.ndarray) -> int:
    """How many of the `passing` pairs (a wording match's tests) become each
    other's best when every product on the `keys` side loses its `taken`
    best candidates, the other side's products keeping all of theirs: how
    many wording matches this data makes when that side's products have no
    counterpart (the decoy null of `wording_evidence`). `ours_side`: the keys
    are our products (which must still choose among two candidates or more,
    as in `wording_matches`); else their listings. `free`, per pair: its
    key's product has no sure pair (only those are counted: `_decoys`)."""
    rest = np.flatnonzero(_first_ranks(keys, scores, taken) >= taken)
    keys_best = unique_best(keys[rest], scores[rest])
    others_best = unique_best(others, scores)[rest]
    if ours_side:
        keys_best &= np.bincount(keys[rest], minlength=int(keys.max()) + 1)[keys[rest]] > 1
    else:
        others_best &= np.bincount(others)[others[rest]] > 1
    return int((passing[rest] & keys_best & others_best & free[rest]).sum())


# How sure the matcher must be that a competitor's wording matches are right
# more often than wrong before it makes them without a person: the one-sided
# confidence of the bound on the chance of a wrong one (`chance_bound`).
CONFIDENCE = 0.95


def chance_bound(found: int, asked: int, confidence: float = CONFIDENCE) -> float:
    """The upper confidence bound (Clopper-Pearson) of a chance seen `found`
    times in `asked` tries: 1 with no try, so that no evidence is no proof."""
    if asked <= 0 or found >= asked:
        return 1.0
    # The beta quantile (scipy.special's, light to import: the matcher loads with every command).
    return float(betaincinv(found + 1, asked - found, confidence))


def _decoys(rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, passing: np.ndarray, taken: int,
            sure: np.ndarray, writing: np.ndarray | None = None) -> tuple[int, int]:
    """The decoy null's counts with each of our products', then each of their
    listings', `taken` bests taken away, over the products of that side with
    no `sure` pair (a flag per pair: scored at the match threshold); with
    `writing` (per pair, `writing.pair_writing`), read among the pairs of each
    writing apart and added up, so that a product's listing in another script
    is not the decoy's wrong pair for its listing in this one (`writing.py`).

    A wording match joins two products that are each other's best under the
    match threshold, so neither has a sure pair: the wrong ones are among
    the products without one. A product whose counterpart is sure makes
    decoy pairs only by the decoy's making; counted, they stood for wrong
    pairs the data cannot make, and the more products two catalogues share
    surely, the more the decoy overstated the wrong pairs (on the WDC
    validation catalogues without currencies, 61 wrong of 122 found, the
    gate opened with nothing to spare; 51 without them)."""
    free_rows, free_cols = ~np.isin(rows, rows[sure]), ~np.isin(cols, cols[sure])
    if writing is None or not len(writing) or (writing == writing[0]).all():
        return (_bests_without_counterparts(rows, cols, scores, passing, ours_side=True, taken=taken, free=free_rows),
                _bests_without_counterparts(cols, rows, scores, passing, ours_side=False, taken=taken,
                                            free=free_cols))
    ours = theirs = 0
    for group in np.unique(writing):
        at = np.flatnonzero(writing == group)
        r, c, s, p = rows[at], cols[at], scores[at], passing[at]
        ours += _bests_without_counterparts(r, c, s, p, ours_side=True, taken=taken, free=free_rows[at])
        theirs += _bests_without_counterparts(c, r, s, p, ours_side=False, taken=taken, free=free_cols[at])
    return ours, theirs


def _thinned_wrong(once: tuple[int, int], rows: np.ndarray, cols: np.ndarray, scores: np.ndarray,
                   passing: np.ndarray, sure: np.ndarray, lacking: tuple[float, float] = (1.0, 1.0),
                   confidence: float = CONFIDENCE) -> float:
    """The decoy's count of wrong pairs, corrected by how much the decoy
    itself thins them: taking each product's best away leaves its lesser
    neighbours, which are each other's best less often than the best was, so
    the count falls short of the wrong pairs of products without a
    counterpart; taking the second best away as well shows by what factor
    one such step thins them in this data, and the count is scaled by it
    (plus one on each count, as the decoy counts), then taken at the upper
    end of its CONFIDENCE interval (4.7 where the decoy finds none, so
    that ten candidates or more are needed). On the catalogues of
    tests/test_matching_evidence.py that share no product it comes to
    about as many as are found, or more. Each side's count is read for the
    share of that side's products that lack a counterpart (`lacking`, from
    `lacking_share`), as the decoy's is in `wording_evidence`. At another
    `confidence`, the bound at that level (at even odds, 0.5, what the gate
    reads for a proposal: `WordingEvidence.worth_asking`)."""
    return _thinned_at(_thinned_count(once, rows, cols, scores, passing, sure, lacking), confidence)


def _thinned_count(once: tuple[int, int], rows: np.ndarray, cols: np.ndarray, scores: np.ndarray,
                   passing: np.ndarray, sure: np.ndarray, lacking: tuple[float, float] = (1.0, 1.0),
                   writing: np.ndarray | None = None) -> float:
    """The decoy's count scaled by its thinning (`_thinned_wrong`), before its bound is read: the
    decoy taken twice is read once, whatever the levels its bound is read at; per `writing` as
    `once` was (`_decoys`)."""
    twice = _decoys(rows, cols, scores, passing, taken=2, sure=sure, writing=writing)
    return max(share * (a + 1) ** 2 / (b + 1) for share, a, b in zip(lacking, once, twice))


def _thinned_at(count: float, confidence: float = CONFIDENCE) -> float:
    """A count, taken at the top of its interval (Poisson) as the chance null's is."""
    return float(gammaincinv(1 + count, confidence))


def _chance_wrong(rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, wanted: np.ndarray, matched: np.ndarray,
                  sure: np.ndarray, confidence: float = CONFIDENCE) -> tuple[int, float]:
    """Of our products without a sure match, how many the rule matches
    (`made`), and the upper confidence bound of how many of those chance
    alone would give (see `wording_evidence`), the bound read at
    `confidence`. The pairs the second view
    of the titles adds under the floor (`wording_matches`) are not counted:
    the gate is read before them, on the tests its nulls repeat."""
    return _chance_at(_chance_counts(rows, cols, scores, wanted, matched, sure), confidence)


def _chance_counts(rows: np.ndarray, cols: np.ndarray, scores: np.ndarray, wanted: np.ndarray, matched: np.ndarray,
                   sure: np.ndarray, listed_models: np.ndarray | None = None) -> tuple[int, int, int, int]:
    """The counts `_chance_wrong` reads its bound from: (`made`, our products with candidates and no
    sure match, of our sure products asked those the rule finds again, those asked). Counted once,
    whatever the levels the bound is read at. `listed_models`, per pair: sure by a model code the
    shop writes on many listings (`WordingTests.listed_models`); a product sure only so is not asked."""
    # Made unique by a sort (`candidates.sorted_unique`), not numpy's hash table.
    sure_rows = sorted_unique(rows[sure])
    rest = np.setdiff1d(sorted_unique(rows), sure_rows, assume_unique=True)
    made = len(np.intersect1d(sorted_unique(rows[matched]), rest, assume_unique=True))
    without = ~np.isin(cols, cols[sure])
    ask = sure_rows if listed_models is None else sorted_unique(rows[sure & ~listed_models])
    asked = sorted_unique(rows[np.isin(rows, ask) & without])
    kept_rows, kept_scores = rows[without], scores[without]
    found = (wanted[without] & unique_best(kept_rows, kept_scores) & (np.bincount(kept_rows)[kept_rows] > 1)
             & unique_best(cols[without], kept_scores))
    seen = len(np.intersect1d(sorted_unique(kept_rows[found]), asked, assume_unique=True))
    return made, len(rest), seen, len(asked)


def _chance_at(counts: tuple[int, int, int, int], confidence: float = CONFIDENCE) -> tuple[int, float]:
    """(`made`, the bound of the wrong among them) from `_chance_counts`, read at `confidence`."""
    made, rest, seen, asked = counts
    chance = chance_bound(seen, asked, confidence)
    if chance >= 1:
        return made, float("inf")
    # Of our products with candidates and no sure match, the rule matched
    # `made`; if the rest lack a counterpart, chance alone makes `wrong` of
    # them (the products it matched by chance being as many again among the
    # `made`: wrong = chance * (unmatched + wrong)).
    return made, chance * (rest - made) / (1 - chance)
