"""The TF-IDF top-k of products whose titles are written alike (the same
vector): computed for one of them, read from it for the others.

A feed may hold thousands of rows under one name ("Product" on every row).
Each such row meets every index row that shares its word, so `candidates._top_k`
computed and sorted n x n products for n of them: 8,000 listings under one
name against 8,000 of ours took 30-45 s, growing with the square. Rows
alike have the same products with every index row, so one of them is
computed and sorted (n), and each of the others takes from it what
`_top_k` would have taken for it: the same k best, and of the products
tied at the k-th, the index rows from its own row number on, cyclically.
So the candidates are the same, row for row, whatever the catalogue; only
the work changes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import numpy as np


def top_k(query, index, k: int, top_k_of: Callable) -> tuple[np.ndarray, np.ndarray]:
    """(query rows, index rows) as `top_k_of(query, index, k)` (`candidates._top_k`)
    gives them, up to their order: rows written alike (`_alike`) are read from
    the first of them; the others go to `top_k_of` with their own row
    numbers, which break its ties."""
    groups = _alike(query)
    if not groups or k < 1:
        return top_k_of(query, index, k)
    repeated = np.concatenate(groups)
    single = np.setdiff1d(np.arange(query.shape[0]), repeated)
    found_query, found_index = top_k_of(query[single], index, k, numbers=single)
    out_query, out_index = [found_query], [found_index]
    products = (query[[g[0] for g in groups]] @ index.T.tocsr()).tocsr()
    size = max(1, index.shape[0])
    for n, members in enumerate(groups):
        start, stop = products.indptr[n], products.indptr[n + 1]
        columns, values = products.indices[start:stop].astype(np.int64), products.data[start:stop]
        if len(values) <= k:
            # Fewer index rows met than k: each row takes them all.
            taken = np.broadcast_to(columns, (len(members), len(columns)))
        else:
            kth = np.partition(values, len(values) - k)[len(values) - k]
            above = columns[values > kth]
            tied = np.sort(columns[values == kth])
            # Each row takes the tied rows from its own row number on, cyclically (`_top_k`).
            first = np.searchsorted(tied, members % size)
            turn = (first[:, None] + np.arange(k - len(above))) % len(tied)
            taken = np.hstack([np.broadcast_to(above, (len(members), len(above))), tied[turn]])
        out_query.append(np.repeat(members, taken.shape[1]))
        out_index.append(taken.ravel())
    return np.concatenate(out_query), np.concatenate(out_index)


def _alike(query) -> list[np.ndarray]:
    """The row numbers of each set of two rows or more that are the same
    vector (the same tokens, the same weights), in row order. A hash of each
    row, in numpy, finds the rows that may be alike; only those are compared
    whole, so a catalogue of 100,000 titles written apart costs a few
    milliseconds, not a loop over every row."""
    indptr, indices, data = query.indptr, query.indices, query.data
    lengths = np.diff(indptr)
    filled = np.flatnonzero(lengths)
    if len(filled) < 2:
        return []
    # Each entry mixed with its place in the row, summed per row (modulo 2**64).
    place = np.arange(len(indices)) - np.repeat(indptr[:-1], lengths)
    entry = ((indices.astype(np.uint64) + np.uint64(1)) * np.uint64(0x9E3779B97F4A7C15)
             ^ data.astype(np.float32).view(np.uint32).astype(np.uint64) * np.uint64(0xC2B2AE3D27D4EB4F)
             ^ place.astype(np.uint64) * np.uint64(0x165667B19E3779F9))
    entry ^= entry >> np.uint64(31)
    hashes = np.add.reduceat(entry, indptr[filled])
    order = np.argsort(hashes, kind="stable")
    ordered = hashes[order]
    twice = np.flatnonzero(ordered[1:] == ordered[:-1])
    maybe = np.unique(order[np.concatenate([twice, twice + 1])])
    maybe = filled[maybe]
    rows: dict[bytes, list[int]] = defaultdict(list)
    for n in maybe.tolist():
        start, stop = indptr[n], indptr[n + 1]
        rows[indices[start:stop].tobytes() + data[start:stop].tobytes()].append(n)
    return [np.array(g, dtype=np.int64) for g in rows.values() if len(g) > 1]
