"""Products whose titles are written alike take their TF-IDF candidates from one of them
(`benchmark.matching.repeated_titles`): the same candidates as each computed on its own, without
the n x n products that made thousands of rows under one name grow with the square."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from benchmark.matching import candidates, repeated_titles
from benchmark.matching.candidates import _top_k
from benchmark.matching.features import _frame, _prepare


def _with_repeats(rng) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """A query whose rows repeat (some many times, spread over the rows), and an index with
    few distinct weights, so that many products tie at the k-th."""
    def weights(n):
        return rng.integers(1, 3, n)

    base = sparse.random(60, 40, density=0.08, format="csr", random_state=rng, data_rvs=weights).astype(np.float32)
    # Row 0 forty times, rows 1-9 twice or thrice, the others once, in a shuffled order.
    picks = np.concatenate([np.zeros(40, dtype=int), np.repeat(np.arange(1, 10), 2), np.arange(1, 60)])
    query = base[rng.permutation(picks)]
    index = sparse.random(500, 40, density=0.2, format="csr", random_state=rng, data_rvs=weights).astype(np.float32)
    return query, index


def _pairs(found: tuple[np.ndarray, np.ndarray]) -> list[tuple[int, int]]:
    return sorted(zip(found[0].tolist(), found[1].tolist()))


@pytest.mark.parametrize("k", [1, 2, 5, 40])
def test_rows_alike_take_the_candidates_each_would_take_on_its_own(k):
    query, index = _with_repeats(np.random.default_rng(0))
    expected = _top_k(query, index, k)
    assert _pairs(repeated_titles.top_k(query, index, k, _top_k)) == _pairs(expected)
    assert max(len(g) for g in repeated_titles._alike(query)) == 40


def test_rows_alike_are_found_by_their_whole_vector():
    row = sparse.csr_matrix(np.array([[0, 1.0, 0, 2.0]], dtype=np.float32))
    other_weight = sparse.csr_matrix(np.array([[0, 1.0, 0, 3.0]], dtype=np.float32))
    empty = sparse.csr_matrix((1, 4), dtype=np.float32)
    query = sparse.vstack([row, other_weight, empty, row, empty, row]).tocsr()
    groups = repeated_titles._alike(query)
    assert [g.tolist() for g in groups] == [[0, 3, 5]]


def test_thousands_of_rows_under_one_name_are_sorted_once(monkeypatch):
    # Before, every one of the 3,000 rows met all 3,000 rows of the other side, and those 9
    # million products were sorted: 8,000 x 8,000 such names took 30-45 s.
    n = 3000
    ours = _frame(pd.DataFrame({"sku": [f"S{i}" for i in range(n)],
                                "name": ["Product"] * (n - 3) + ["Cola 330 ml", "Nutella 400 g", "Barilla n.5"]}), "sku")
    theirs = _frame(pd.DataFrame({"competitor_product_id": [f"K{i}" for i in range(n)], "name": "Product"}),
                    "competitor_product_id")
    rows_sorted = []

    def counted(query, index, k, **options):
        rows_sorted.append(query.shape[0])
        return _top_k(query, index, k, **options)

    monkeypatch.setattr(candidates, "_top_k", counted)
    features = _prepare(ours, theirs, 1)
    pairs, _ = candidates.candidate_pairs(*features)
    assert sum(rows_sorted) <= 3
    # The candidates of every row computed on its own, as before.
    monkeypatch.setattr(repeated_titles, "top_k", lambda query, index, k, top_k_of: top_k_of(query, index, k))
    assert pairs == candidates.candidate_pairs(*features)[0]
    assert sum(rows_sorted) > 2 * n
