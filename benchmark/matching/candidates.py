"""Candidates, layer 3 of `match_products`: which pairs are compared at all.

Blocking: a TF-IDF index of title tokens (with brand and model codes as
tokens), queried with each product's rarest tokens in both directions (top
CANDIDATES each way), plus every pair sharing a GTIN or a model code, so all
pairs are never compared. Also the TF-IDF similarity of any pairs.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import chain

import numpy as np
import pandas as pd

from benchmark._text import Features
from benchmark.matching import repeated_titles
from benchmark.matching._processes import PARALLEL_MIN_PAIRS, PARALLEL_MIN_ROWS, _SHARED, _in_background, _in_processes
from benchmark.matching.codes import _shop_suffixed
from benchmark.matching.code_owners import MAX_CODE_PRODUCTS

# How many of the most similar products each side's query keeps as candidates.
CANDIDATES = 5
# A product's query uses only its rarest tokens: common words ("black", "usb")
# find thousands of products and tell none of them apart.
QUERY_TOKENS = 8
# A token in more index products than this (and than COMMON_SHARE of them) is
# left out of queries, except as one of a row's two rarest.
MIN_COMMON = 200
COMMON_SHARE = 0.002


def _analyzer(f: Features) -> list[str]:
    tokens = list(f.tokens)
    tokens.extend("#" + c for c in f.codes)
    if f.brand:
        tokens.append("@" + f.brand)
    return tokens


def candidate_pairs(
    ours: list[Features], theirs: list[Features], our_gtins: list, their_gtins: list, *, k: int = CANDIDATES,
    workers: int = 1,
) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Candidate pairs (our index, their index) and their TF-IDF cosine.

    Sources: the same GTIN, a shared model code, and the TF-IDF top-k of each
    product in both directions (the two directions in two processes when large)."""
    pairs, cosine, _, _ = _candidates(ours, theirs, our_gtins, their_gtins, k=k, workers=workers)
    return pairs, cosine


def _candidates(ours, theirs, our_gtins, their_gtins, *, k: int, workers: int, vectors=None, shared=None):
    """`candidate_pairs`, and the TF-IDF vectors of both sides. `vectors`:
    (x, y) of `_vectors`, and `shared`: `_shared_keys`, when already made."""
    keys, x, y = _candidate_keys(ours, theirs, our_gtins, their_gtins, k=k, workers=workers, vectors=vectors,
                                 shared=shared)
    if not len(keys):
        return [], np.zeros(0, dtype=np.float32), x, y
    rows, cols = np.divmod(keys, max(1, len(theirs)))
    # The second half's similarity in a forked process while this one lists the pairs and reads
    # the first half: each pair's value reads only its own two rows, so the halves are the
    # numbers `_similarity` gives for all at once. Alone, this was the blocking's last step on
    # one core while the other waited (bench/history/match-speed.md, twenty-fourth session).
    half = len(keys) // 2
    later = _in_background(_similarity_task, len(keys), workers, PARALLEL_MIN_PAIRS, x=x, y=y, rows=rows[half:],
                           cols=cols[half:])
    try:
        pairs = _pairs_list(rows, cols, max(len(ours), len(theirs)))
        cosine = np.concatenate([_similarity(x, y, rows[:half], cols[:half]), later.result()])
    finally:
        later.cancel()
    return pairs, cosine, x, y


def _pairs_list(rows: np.ndarray, cols: np.ndarray, n: int) -> list[tuple[int, int]]:
    """The pairs (rows[k], cols[k]) as a list of tuples, each product's number one int object.

    `tolist` makes a new int for every element, though each of our products is in about eight
    pairs: at 100,000 x 100,000 the pairs' 1.65 million ints took about 50 MB, held through the
    comparison and every stage after it. Indexing an array of the numbers as objects hands out
    the same objects, in the same time (bench/history/match-speed.md, twenty-fifth session)."""
    numbers = np.array(range(n), dtype=object)
    return list(zip(numbers[rows].tolist(), numbers[cols].tolist()))


def _candidate_keys(ours, theirs, our_gtins, their_gtins, *, k: int, workers: int, vectors=None, shared=None):
    """The candidate pairs as sorted, unique keys (our index * len(theirs) +
    their index), and the TF-IDF vectors of both sides: for a caller that
    wants only some of the pairs (`vocabulary.read_their_words`, which keeps
    the new ones), without a tuple and a similarity for every pair.
    `vectors` and `shared` as `_candidates` takes them."""
    x, y = vectors if vectors is not None else _vectors(ours, theirs)
    # (ours, theirs) index arrays of every source, made unique and ordered at
    # the end as one int64 key per pair: at 100,000 x 100,000 a set of a
    # million tuples and its sort took about four times as long.
    found_ours: list[np.ndarray] = []
    found_theirs: list[np.ndarray] = []
    if x.nnz and y.nnz:
        # This process takes one direction and one forked worker the other (`here`): two forked
        # workers left it waiting, and each fork of this process (about 1 GB at 100,000 x 100,000)
        # copies its page tables.
        directions = _in_processes(_direction_task, 2, min(2, workers), 2 if len(ours) + len(theirs) >= PARALLEL_MIN_ROWS
                                   else 3, x=x, y=y, k=k)
        (their_rows, our_cols), (our_rows, their_cols) = directions
        found_ours += [our_cols, our_rows]
        found_theirs += [their_rows, their_cols]
    shared_ours, shared_theirs = shared if shared is not None else _shared_keys(ours, theirs, our_gtins, their_gtins)
    found_ours.append(shared_ours)
    found_theirs.append(shared_theirs)

    return sorted_unique(np.concatenate(found_ours) * max(1, len(theirs)) + np.concatenate(found_theirs)), x, y


def _shared_keys(ours, theirs, our_gtins, their_gtins, suffixes: frozenset[tuple[str, str]] = frozenset()
                 ) -> tuple[np.ndarray, np.ndarray]:
    """(ours, theirs) index arrays of the pairs sharing a GTIN or a model code
    carried by at most MAX_CODE_PRODUCTS of our products (with repeats), a code
    written with each shop's own suffix (`suffixes`, `shop_suffixes._shop_suffixes`)
    counted as shared: a marketplace's title of many words ("Jam Tangan Lelaki
    ... Original") need not be among the few most like ours by its words."""
    by_gtin: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(our_gtins):
        if g:
            by_gtin[g].append(i)
    by_code: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(ours):
        for code in f.codes:
            by_code[code].append(i)
    shared_ours: list[int] = []
    shared_theirs: list[int] = []
    # Our code with our suffix taken off, and their suffix in its place: their code as it would be written.
    by_their_suffix: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for mine, their in suffixes:
        for code, owners in by_code.items():
            if code.endswith(mine) and len(owners) <= MAX_CODE_PRODUCTS:
                by_their_suffix[code[:len(code) - len(mine)] + their].extend((i, code) for i in owners)
    for j, (g, f) in enumerate(zip(their_gtins, theirs)):
        for i in by_gtin.get(g, ()) if g else ():
            shared_ours.append(i)
            shared_theirs.append(j)
        for code in f.codes:
            owners = by_code.get(code, ())
            if len(owners) <= MAX_CODE_PRODUCTS:
                shared_ours.extend(owners)
                shared_theirs.extend([j] * len(owners))
            for i, our_code in by_their_suffix.get(code, ()) if by_their_suffix else ():
                if _shop_suffixed(our_code, code, suffixes):
                    shared_ours.append(i)
                    shared_theirs.append(j)
    return np.array(shared_ours, dtype=np.int64), np.array(shared_theirs, dtype=np.int64)


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """`np.unique(values)` of a 1-d integer array, by a sort: numpy's hash
    table for integers (2.3 and on) took 2.7 s for the 1.4 million candidate
    keys of 100,000 x 100,000, on a core the workers wait for, where a sort
    takes a tenth of a second."""
    ordered = np.sort(values)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))] if len(ordered) else ordered


def _vectors(ours: list[Features], theirs: list[Features]):
    """TF-IDF vectors (CSR, float32) of both sides' `_analyzer` tokens, the idf
    counted over both sides.

    The numbers are sklearn's TfidfVectorizer(analyzer=_analyzer,
    sublinear_tf=True, dtype=np.float32) fitted on both sides, to the bit: the
    same alphabetical column order (it decides ties among a query's rarest
    tokens), the same float32 steps, each row's norm summed in float64 in
    column order as sklearn's normaliser does. Built here because sklearn's
    per-token Python loop ran once to fit and once more to transform each
    side, in the one process that waits for the rest (at 100,000 x 100,000:
    6.5 s of CPU, plus 1.5-2 s to import sklearn, against 1.9 s here; see
    bench/history/match-speed.md)."""
    from scipy import sparse

    docs = [*ours, *theirs]
    n_docs = len(docs)
    # A title's tokens, its model codes and its brand, each kind gathered into
    # one flat list, a prefix put only on each distinct code and brand: a list
    # of tokens per title, as sklearn's analyzer takes, cost more than the rest.
    kinds = (("", [f.tokens for f in docs]), ("#", [f.codes for f in docs]),
             ("@", [(f.brand,) if f.brand else () for f in docs]))
    rows, ids, names = [], [], []
    for prefix, groups in kinds:
        per_doc = np.fromiter(map(len, groups), dtype=np.int64, count=n_docs)
        found, distinct = pd.factorize(np.fromiter(chain.from_iterable(groups), dtype=object, count=int(per_doc.sum())))
        rows.append(np.repeat(np.arange(n_docs), per_doc))
        ids.append(found + sum(map(len, names)))
        names.append(np.array([prefix + name for name in distinct], dtype=object))
    # One column per distinct string, in sorted order, as sklearn's vocabulary.
    merged, vocabulary = pd.factorize(np.concatenate(names))
    vocabulary = vocabulary.tolist()  # Python's sort of str is twice as fast as numpy's of objects
    column = np.empty(len(vocabulary), dtype=np.int64)
    column[sorted(range(len(vocabulary)), key=vocabulary.__getitem__)] = np.arange(len(vocabulary))
    rows, ids = np.concatenate(rows), np.concatenate(ids)
    # To CSR, summing duplicates: a token twice in a title counts 2.
    counts = sparse.coo_matrix((np.ones(len(ids), dtype=np.float32), (rows, column[merged[ids]])),
                               shape=(n_docs, len(vocabulary))).tocsr()
    del rows, ids, merged

    df = np.bincount(counts.indices, minlength=len(vocabulary)).astype(np.float32)
    df += 1.0  # smooth_idf: as if one more document held every token
    idf = np.full_like(df, fill_value=n_docs + 1, dtype=np.float32)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    data = counts.data
    np.log(data, out=data)  # sublinear tf: 1 + log(count)
    data += 1.0
    data *= idf[counts.indices]
    row_of = np.repeat(np.arange(n_docs), np.diff(counts.indptr))
    norms = np.sqrt(np.bincount(row_of, weights=np.square(data).astype(np.float64), minlength=n_docs))
    norms[norms == 0] = 1.0
    counts.data = (data.astype(np.float64) / norms[row_of]).astype(np.float32)

    split = int(counts.indptr[len(ours)])
    x = sparse.csr_matrix((counts.data[:split], counts.indices[:split], counts.indptr[: len(ours) + 1]),
                          shape=(len(ours), len(vocabulary)))
    y = sparse.csr_matrix((counts.data[split:], counts.indices[split:], counts.indptr[len(ours):] - split),
                          shape=(len(theirs), len(vocabulary)))
    x.has_sorted_indices = y.has_sorted_indices = True
    # Which columns are words (letters only, two or more): the test of words one title holds
    # alone (`two_languages`) reads these columns, not numbers, codes or brands.
    words = np.zeros(len(vocabulary), dtype=bool)
    words[column] = np.fromiter((v.isalpha() and len(v) > 1 for v in vocabulary), dtype=bool, count=len(vocabulary))
    x.word_columns = y.word_columns = words
    return x, y


def _vectors_task():
    """`_vectors` of the products in `_SHARED` (`_in_background`)."""
    return _vectors(_SHARED["ours"], _SHARED["theirs"])


def _pair_cosine(ours: list[Features], theirs: list[Features], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    x, y = _vectors(ours, theirs)
    return _similarity(x, y, rows, cols)


def _similarity(x, y, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """TF-IDF similarity of the pairs (x[rows[n]], y[cols[n]]): half cosine, half
    how much of the shorter title's weight the other holds (a competitor's long
    marketing title should not hide a match)."""
    out = np.zeros(len(rows), dtype=np.float32)
    step = 200_000
    for start in range(0, len(rows), step):
        a = x[rows[start : start + step]]
        b = y[cols[start : start + step]]
        cos = np.asarray(a.multiply(b).sum(axis=1)).ravel()
        in_b = np.asarray(a.multiply(b.sign()).power(2).sum(axis=1)).ravel()
        in_a = np.asarray(b.multiply(a.sign()).power(2).sum(axis=1)).ravel()
        shorter_a = np.diff(a.indptr) <= np.diff(b.indptr)
        contained = np.where(shorter_a, in_b, in_a)
        out[start : start + step] = 0.5 * cos + 0.5 * contained
    return out


def _similarity_task() -> np.ndarray:
    """`_similarity` of the pairs in `_SHARED` (`_in_background`)."""
    return _similarity(_SHARED["x"], _SHARED["y"], _SHARED["rows"], _SHARED["cols"])


def _rarest(query, index, keep: int = QUERY_TOKENS, floor: int = 2):
    """The query matrix with only each row's `keep` rarest tokens, leaving out
    tokens too common in the index to tell products apart (but never fewer
    than `floor` per row, so that a title of common words still finds something).

    Rarity is counted in the index, which makes the cost of the sparse product
    (the sum of the index postings a query touches) bounded and small."""
    query = query.tocsr(copy=True)
    df = np.bincount(index.indices, minlength=index.shape[1])
    common = max(MIN_COMMON, int(COMMON_SHARE * index.shape[0]))
    lengths = np.diff(query.indptr)
    rows = np.repeat(np.arange(query.shape[0]), lengths)
    postings = df[query.indices]
    order = np.lexsort((postings, rows))
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order)) - query.indptr[rows[order]]
    drop = (rank >= keep) | ((postings > common) & (rank >= floor)) | (postings == 0)
    query.data[drop] = 0
    query.eliminate_zeros()
    return query


def _direction_task(start: int, stop: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Direction 0: each of their products' top-k of ours; 1: each of ours' top-k of theirs."""
    x, y, k = _SHARED["x"], _SHARED["y"], _SHARED["k"]
    out = []
    for direction in range(start, stop):
        query, index = (y, x) if direction == 0 else (x, y)
        out.append(repeated_titles.top_k(_rarest(query, index), index, k, _top_k))
    return out


# The most index postings one block of query rows may touch (an upper bound
# on its entries): titles that all share a word ("Product" on every row)
# meet every index row, and 2,000 of them against 8,000 made a block of 16
# million entries and its sort. A catalogue of real titles stays far under it.
BLOCK_POSTINGS = 4_000_000


def _blocks(query, index_t, chunk: int, budget: int) -> list[tuple[int, int]]:
    """(start, stop) of consecutive query rows, at most `chunk` rows and, but
    for a single row, at most `budget` index postings each."""
    postings = np.diff(index_t.indptr)[query.indices]
    cost = np.bincount(np.repeat(np.arange(query.shape[0]), np.diff(query.indptr)), weights=postings,
                       minlength=query.shape[0])
    out, start, total = [], 0, 0.0
    for row, c in enumerate(cost.tolist()):
        if row > start and (row - start >= chunk or total + c > budget):
            out.append((start, row))
            start, total = row, 0.0
        total += c
    if query.shape[0] > start:
        out.append((start, query.shape[0]))
    return out


def _top_k(query, index, k: int, chunk: int = 2000, budget: int = BLOCK_POSTINGS,
           numbers: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(query rows, index rows) of the k best index rows per query row by dot
    product; of equal products, the index rows from the query's own row number
    on, cyclically. Taken in one fixed order, ties sent every query to the
    same k rows: a feed of 4,000 listings under one name gave five of our
    products 4,000 candidates each, and the duplicate test compared their
    listings two by two (58 s and 2.4 GB, growing with the square).
    `numbers`: the query rows' own numbers, where they are some rows of a
    larger query (`repeated_titles.top_k`), as it returns them."""
    found_query, found_index = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    if k < 1:
        return found_query[0], found_index[0]
    index_t = index.T.tocsr()
    for start, stop in _blocks(query, index_t, chunk, budget):
        block = (query[start:stop] @ index_t).tocsr()
        if not block.nnz:
            continue
        lengths = np.diff(block.indptr)
        rows = np.repeat(np.arange(block.shape[0]), lengths)
        # Only the entries that may be among their row's k best are sorted: a
        # query row meets hundreds of index rows, and sorting them all took
        # most of the time of blocking.
        keep = np.flatnonzero(block.data >= _kth_best_floor(block.data, block.indptr, k)[rows])
        kept_rows = rows[keep]
        own = kept_rows + start if numbers is None else numbers[kept_rows + start]
        turn = (block.indices[keep].astype(np.int64) - own) % max(1, index.shape[0])
        order = np.lexsort((turn, -block.data[keep], kept_rows))
        rank = np.arange(len(order)) - np.searchsorted(kept_rows, kept_rows[order])
        chosen = keep[order[rank < k]]
        found_query.append(rows[chosen] + start if numbers is None else numbers[rows[chosen] + start])
        found_index.append(block.indices[chosen].astype(np.int64))
    return np.concatenate(found_query), np.concatenate(found_index)


def _kth_best_floor(data: np.ndarray, indptr: np.ndarray, k: int) -> np.ndarray:
    """Per row of a CSR matrix, a value at most its k-th largest entry (-inf
    for rows of 8k entries or fewer): a row cut into 8k runs has as many run
    maxima, distinct entries, and the k-th largest of them is at most the
    k-th largest of the row. 1 entry in 20 to 40 is at or above it at
    100,000 x 100,000 (fewer runs leave more, more runs cost more)."""
    runs = 8 * k
    lengths = np.diff(indptr)
    floor = np.full(len(lengths), -np.inf, dtype=data.dtype)
    long = np.flatnonzero(lengths > runs)
    if len(long):
        # One bound more per row, its end, so that no run reaches into the next
        # row; an extra element so that the last row's end may be a bound.
        bounds = indptr[long, None] + lengths[long, None] * np.arange(runs + 1) // runs
        maxima = np.maximum.reduceat(np.append(data, data.dtype.type(0)), bounds.ravel()).reshape(len(long), runs + 1)
        floor[long] = np.partition(maxima[:, :runs], runs - k, axis=1)[:, runs - k]
    return floor


# The character view: n-grams of 3 to 5 characters within each word, padded
# with a space on each side (scikit-learn's "char_wb" analyzer).
CHARACTER_NGRAMS = (3, 5)


def _character_ngrams(text: str) -> list[str]:
    low, high = CHARACTER_NGRAMS
    out = []
    for word in text.split():
        word = f" {word} "
        for n in range(low, high + 1):
            if len(word) <= n:
                out.append(word)
                break
            out.extend(word[k : k + n] for k in range(len(word) - n + 1))
    return out


def character_cosine(left: list[str], right: list[str]) -> np.ndarray:
    """Cosine of TF-IDF vectors of character n-grams of left[n] and right[n],
    per n, the idf counted over the distinct texts given (sublinear tf, as the
    plain baseline of bench/matching_eval.py). A view of the titles
    independent of the comparison's words and codes: it reads "i copy dvds"
    and "i copydvds", "freinds" and "friends" as nearly alike."""
    from scipy import sparse

    texts, index = np.unique(np.array([*left, *right], dtype=object), return_inverse=True)
    grams = [_character_ngrams(t) for t in texts]
    lengths = np.fromiter(map(len, grams), dtype=np.int64, count=len(grams))
    ids, vocabulary = pd.factorize(np.fromiter(chain.from_iterable(grams), dtype=object, count=int(lengths.sum())))
    counts = sparse.csr_matrix((np.ones(len(ids), dtype=np.float64), (np.repeat(np.arange(len(texts)), lengths), ids)),
                               shape=(len(texts), len(vocabulary)))
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=len(vocabulary))
    idf = np.log((len(texts) + 1) / (df + 1)) + 1
    counts.data = (1 + np.log(counts.data)) * idf[counts.indices]
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    vectors = sparse.diags(1 / norms) @ counts
    a, b = vectors[index[: len(left)]], vectors[index[len(left):]]
    return np.asarray(a.multiply(b).sum(axis=1)).ravel()
