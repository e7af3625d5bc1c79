"""A competitor that carries a tenth of our range (a specialist, a corner
shop, a marketplace seller): every listing of theirs is one of our products,
nine in ten of ours have no counterpart. The wording gate
(`calibration.wording_evidence`) reads its nulls for the share of each
side's products that lack a counterpart (`calibration.lacking_share`): the
decoy that takes each listing's counterpart away stands for listings this
competitor does not have, and shut wording off on a catalogue pair whose
wording matches were all right.

The catalogues are built here from the vocabulary of
tests/test_matching_evidence.py (products told apart by their words only,
the other shop writing titles its own way)."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd

from benchmark.matching import calibration, match_products
from tests.test_matching import ours, pairs, theirs
from tests.test_matching_evidence import _by_wording, _ours_title, _their_title, _wording_products


def _a_tenth(size: int, extra: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame, set]:
    """`size` products of ours; theirs: a tenth of ours, and `extra`
    products of their own we do not sell; the true pairs."""
    rng = random.Random(seed)
    drawn = _wording_products(size + extra, rng)
    our_products = drawn[:size]
    their_products = rng.sample(our_products, size // 10) + drawn[size:]
    rng.shuffle(their_products)
    prices = {p: round(rng.uniform(10, 60), 2) for p in drawn}
    our = ours(*({"sku": f"O{n}", "name": _ours_title("wording", p), "price": prices[p]}
                 for n, p in enumerate(our_products)))
    their = theirs(*({"competitor_product_id": n, "name": _their_title("wording", p, rng),
                      "price": round(prices[p] * rng.uniform(0.9, 1.1), 2)} for n, p in enumerate(their_products)))
    where = {p: n for n, p in enumerate(their_products)}
    truth = {(f"O{n}", where[p]) for n, p in enumerate(our_products) if p in where}
    return our, their, truth


def test_a_competitor_carrying_a_tenth_of_our_range_gets_its_wording_matches():
    # Before the nulls were read for the share lacking a counterpart, the
    # gate was shut here and half of the sixty were found (those at the
    # match threshold); now nearly all are, by wording. (With seed 0 the
    # gate stays shut: 16 candidates, and the decoy on our side, thinned,
    # allows up to 9 wrong.)
    for seed in (1, 2, 3):
        our, their, truth = _a_tenth(600, extra=0, seed=seed)
        found = match_products(our, their)
        matched = pairs(found, "matched")
        assert _by_wording(found), seed
        assert len(matched & truth) >= 50 and len(matched - truth) <= 2, (seed, len(matched & truth), matched - truth)


def test_a_competitor_whose_listings_are_mostly_not_ours_still_gets_no_wording_match():
    # The same tenth of our range among nine times as many listings of
    # their own: most wording candidates are wrong, and the gate stays shut.
    for seed in (1, 2, 3):
        our, their, truth = _a_tenth(600, extra=540, seed=seed)
        found = match_products(our, their)
        assert not _by_wording(found), seed
        assert pairs(found, "matched") <= truth, seed


def _side(free_bests: list[float], sure_rest: list[float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Keys, scores and sure flags of one side: products with one candidate
    at each of `free_bests`, and sure products (a pair at 0.95) whose other
    candidate scores each of `sure_rest`."""
    keys, scores = [], []
    for k, s in enumerate(free_bests):
        keys.append(k)
        scores.append(s)
    for k, s in enumerate(sure_rest, start=len(free_bests)):
        keys += [k, k]
        scores += [0.95, s]
    scores_array = np.array(scores)
    return np.array(keys), scores_array, scores_array >= 0.9


def test_the_share_lacking_a_counterpart_is_read_from_the_bests():
    null = [0.30 + 0.01 * n for n in range(30)]
    # Every best above what the products without a counterpart reach: none lacks one, by the data.
    assert calibration.lacking_share(*_side([0.70] * 20, null)) == 0.0
    # Bests spread as the null's: all may lack one.
    assert calibration.lacking_share(*_side(null, null)) == 1.0
    # Half under the null's median: at most all, at least half; the bound is at 95%.
    assert 0.5 < calibration.lacking_share(*_side([0.31] * 10 + [0.70] * 10, null)) <= 1.0


def test_a_handful_of_sure_products_proves_no_share():
    # Three sure products: the null's share under its median is not shown at 95%.
    assert calibration.lacking_share(*_side([0.70] * 20, [0.30, 0.35, 0.40])) == 1.0
    # None: nothing is read.
    assert calibration.lacking_share(*_side([0.70] * 20, [])) == 1.0
