"""Catalogues that share few products, or many surely: what the wording
gate's decoy null counts (`calibration._decoys`). A wording match joins two
products that are each other's best under the match threshold, so its wrong
pairs are among products with no sure pair; the decoy counts only those."""

from __future__ import annotations

import numpy as np

from benchmark.matching import calibration, match_products
from tests.test_matching import pairs
from tests.test_matching_evidence import _by_wording, _catalogues


def _pairs():
    """Our products 0 and 1, their listings 0, 1 and 2. Our 0 is surely
    listing 0 (0.95); with that taken away its best is listing 1, whose only
    candidate, and so best, is our 0: a decoy pair. Listing 2 prefers our 1."""
    rows = np.array([0, 0, 0, 1])
    cols = np.array([0, 1, 2, 2])
    scores = np.array([0.95, 0.5, 0.3, 0.7])
    passing = scores < 0.85
    return rows, cols, scores, passing


def test_a_product_with_a_sure_pair_makes_no_decoy_pair():
    rows, cols, scores, passing = _pairs()
    nothing_sure = np.zeros(len(scores), dtype=bool)
    # Without the sure pair known, our 0 stands for a product with no counterpart.
    assert calibration._decoys(rows, cols, scores, passing, 1, sure=nothing_sure)[0] == 1
    # It has one for certain: the pair its decoy makes cannot be a wrong wording match.
    assert calibration._decoys(rows, cols, scores, passing, 1, sure=scores >= 0.85)[0] == 0


def test_the_decoy_still_counts_products_whose_counterpart_is_not_sure():
    rows, cols, scores, passing = _pairs()
    # The same candidates, our 0's best now under the match threshold.
    scores = scores.copy()
    scores[0] = 0.8
    assert calibration._decoys(rows, cols, scores, scores < 0.85, 1, sure=scores >= 0.85)[0] == 1


def test_wording_evidence_reads_the_decoy_over_products_without_a_sure_pair():
    # The gate's count is the decoy's larger side plus one: here the sure
    # product's decoy pair is left out, so the count is one, not two.
    rows, cols, scores, _ = _pairs()
    n = len(scores)
    tests = calibration.WordingTests(rows, cols, scores, plausible=np.ones(n, dtype=bool),
                                     ours_best=calibration.unique_best(rows, scores) & (np.bincount(rows)[rows] > 1),
                                     theirs_best=calibration.unique_best(cols, scores), typical_wrong=0.0)
    assert calibration.wording_evidence(tests, 0.6, 0.85).decoy_wrong == 1


def test_catalogues_sharing_nothing_but_a_few_series_codes_get_no_wording_match():
    # Five products a side write one series code with one product of the
    # other side: wrong sure pairs, which the decoy leaves out as it leaves
    # out any sure pair. The gate still makes no match by wording.
    for size, seed in ((30, 0), (30, 1), (300, 0)):
        our, their, truth = _catalogues("codes", size, shared=0, seed=seed)
        for n in range(5):
            our.loc[n, "name"] += f" series ZX{900 + n}"
            their.loc[n, "name"] += f" series ZX{900 + n}"
        found = match_products(our, their)
        assert not truth and len(pairs(found, "matched")) >= 3, "the test needs wrong sure pairs"
        assert not _by_wording(found), (size, seed)
