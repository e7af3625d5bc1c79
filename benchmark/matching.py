"""Link competitors' products to ours.

`match_products` works in layers, each documented where it happens:

1. a person's decisions (confirmed / rejected) win and survive every re-match;
2. identifiers: a valid GTIN-14 on both sides (a competitor's sku counts when it
   is a valid GTIN), the same MPN, or a model code found in both titles
   ("KDL-40V4100", "ELPLP12");
3. candidates by blocking: a TF-IDF index of title tokens (with brand and
   model codes as tokens), queried with each product's rarest tokens in both
   directions, so all pairs are never compared;
4. a scored comparison of each candidate pair: title similarity (TF-IDF cosine
   and rapidfuzz), brand, model-code agreement and conflict, bare numbers,
   sizes with units (64 GB vs 128 GB), pack size and price-ratio sanity;
5. one-to-one assignment per competitor, best score first;
6. thresholds: at or above `match_threshold` matched, at or above
   `review_threshold` proposed for a person, below dropped.

The weights are set by hand from what each signal means, not fitted to any
evaluation set (see bench/README.md for how they were checked).

Inputs are frames:
- ours: sku, name, brand, category, gtin (GTIN-14 or None), mpn, size, price
- theirs: competitor_product_id, name, brand, category, gtin, mpn, sku, size, price, unit_price
- decisions: sku, competitor_product_id, status in {confirmed, rejected}
Output: a frame of MATCH_COLUMNS plus `equivalent` (a match across pack sizes,
to be compared on unit price).
"""

from __future__ import annotations

import math
from collections import defaultdict

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from benchmark._text import Features, extract
from storecheck.models import normalise_gtin

MATCH_COLUMNS = ["sku", "competitor_product_id", "method", "score", "status", "reason"]
OUTPUT_COLUMNS = [*MATCH_COLUMNS, "equivalent"]

# How many of the most similar products each side's query keeps as candidates.
CANDIDATES = 5
# A product's query uses only its rarest tokens: common words ("black", "usb")
# find thousands of products and tell none of them apart.
QUERY_TOKENS = 8
# A model code found on more of our products than this is a series name, not an identifier.
MAX_CODE_PRODUCTS = 3
# A token in more index products than this (and than COMMON_SHARE of them) is
# left out of queries, except as one of a row's two rarest.
MIN_COMMON = 200
COMMON_SHARE = 0.002


def match_products(
    ours: pd.DataFrame,
    theirs: pd.DataFrame,
    *,
    decisions: pd.DataFrame | None = None,
    match_threshold: float = 0.85,
    review_threshold: float = 0.6,
    candidates: int = CANDIDATES,
) -> pd.DataFrame:
    """Pairs of our sku and one competitor's product, scored, assigned one-to-one
    and split by the thresholds into matched / proposed (below both: dropped)."""
    ours = _frame(ours, "sku")
    theirs = _frame(theirs, "competitor_product_id")
    if ours.empty or theirs.empty:
        return pd.DataFrame(columns=OUTPUT_COLUMNS)
    decisions = decisions if decisions is not None else pd.DataFrame(columns=["sku", "competitor_product_id", "status"])

    our_features = _features(ours)
    their_features = _features(theirs)
    our_gtins = [g if isinstance(g, str) and g else None for g in ours.gtin]
    their_gtins = [_their_gtin(g, s) for g, s in zip(theirs.gtin, theirs.sku)]

    pairs, cosine = candidate_pairs(our_features, their_features, our_gtins, their_gtins, k=candidates)
    if not pairs:
        return pd.DataFrame(columns=OUTPUT_COLUMNS)

    skus = ours.sku.tolist()
    pids = theirs.competitor_product_id.tolist()
    # Layer 1: a person's decisions. Rejected pairs are never proposed again; a
    # product confirmed with one partner is taken for every other.
    rejected = set()
    taken_ours, taken_theirs = set(), set()
    for sku, pid, status in zip(decisions.sku, decisions.competitor_product_id, decisions.status):
        if status == "rejected":
            rejected.add((sku, pid))
        elif status == "confirmed":
            taken_ours.add(sku)
            taken_theirs.add(pid)

    gtin_owners = defaultdict(int)
    for g in our_gtins:
        if g:
            gtin_owners[g] += 1
    code_owners = _code_owners(our_features)

    scored = []
    for (i, j), cos in zip(pairs, cosine):
        sku, pid = skus[i], pids[j]
        if (sku, pid) in rejected or sku in taken_ours or pid in taken_theirs:
            continue
        result = compare(
            our_features[i], their_features[j], cos,
            our_gtin=our_gtins[i], their_gtin=their_gtins[j], gtin_owners=gtin_owners, code_owners=code_owners,
        )
        if result[0] >= review_threshold:
            scored.append((result[0], i, j, *result[1:]))

    # Layer 5: one-to-one, best first. Ties go to the stronger method.
    method_rank = {"gtin": 0, "mpn": 1, "model": 2, "fuzzy": 3}
    scored.sort(key=lambda r: (-r[0], method_rank[r[3]], r[1], r[2]))
    used_ours, used_theirs = set(), set()
    rows = []
    for score, i, j, method, reason, equivalent, ambiguous in scored:
        if i in used_ours or j in used_theirs:
            continue
        used_ours.add(i)
        used_theirs.add(j)
        status = "matched" if score >= match_threshold and not ambiguous else "proposed"
        rows.append((skus[i], pids[j], method, round(float(score), 4), status, reason, bool(equivalent)))
    return pd.DataFrame(rows, columns=OUTPUT_COLUMNS)


def match_identifiers(ours: pd.DataFrame, theirs: pd.DataFrame) -> pd.DataFrame:
    """The identifier-only matcher of the first version, kept for callers of it:
    the GTIN / MPN / model-code matches of `match_products`."""
    found = match_products(ours, theirs)
    return found[found.method != "fuzzy"][MATCH_COLUMNS].reset_index(drop=True)


def apply_decisions(proposed: pd.DataFrame, decisions: pd.DataFrame) -> pd.DataFrame:
    """A person's decision wins: rejected pairs are never proposed again, confirmed
    pairs stay, and a product confirmed with one partner is not matched to another."""
    if decisions.empty or proposed.empty:
        return proposed
    decided = set(zip(decisions.sku, decisions.competitor_product_id))
    confirmed = decisions[decisions.status == "confirmed"]
    taken_ours = set(confirmed.sku)
    taken_theirs = set(confirmed.competitor_product_id)
    keep = [
        (sku, pid) not in decided and sku not in taken_ours and pid not in taken_theirs
        for sku, pid in zip(proposed.sku, proposed.competitor_product_id)
    ]
    return proposed[keep].reset_index(drop=True)


# --- inputs -------------------------------------------------------------------

_COLUMNS = ("name", "brand", "category", "gtin", "mpn", "sku", "size", "price", "currency", "unit_price")


def _frame(frame: pd.DataFrame | None, key: str) -> pd.DataFrame:
    """The columns the matcher reads, missing ones as None, one row per key."""
    if frame is None or frame.empty or key not in frame.columns:
        return pd.DataFrame(columns=[key, *_COLUMNS])
    wanted = [key, *(c for c in _COLUMNS if c != key)]
    out = frame[[c for c in wanted if c in frame.columns]].copy()
    for column in _COLUMNS:
        if column not in out.columns:
            out[column] = None
    out = out[out[key].notna()]
    # Duplicate keys: the first row wins (the database never holds two).
    out = out.drop_duplicates(subset=[key], keep="first")
    return out.astype(object).where(out.notna(), None).reset_index(drop=True)


def _their_gtin(gtin: object, sku: object) -> str | None:
    """Their GTIN, else their sku when it is a valid GTIN (small shops often use the EAN as sku)."""
    if isinstance(gtin, str) and gtin:
        return normalise_gtin(gtin)
    return normalise_gtin(sku)


def _features(frame: pd.DataFrame) -> list[Features]:
    return [
        extract(name, brand, mpn, price, size, currency)
        for name, brand, mpn, price, size, currency in zip(
            frame.name, frame.brand, frame.mpn, frame.price, frame["size"], frame.currency
        )
    ]


def score_pairs(ours: pd.DataFrame, theirs: pd.DataFrame) -> pd.DataFrame:
    """Score row i of `ours` against row i of `theirs` (frames of equal length,
    columns as for `match_products`), without blocking or assignment: for a
    review screen, or to measure the comparison on labelled pairs.
    Returns score, method, reason, equivalent per row."""
    if len(ours) != len(theirs):
        raise ValueError("score_pairs needs frames of equal length")
    columns = ["score", "method", "reason", "equivalent"]
    if ours.empty:
        return pd.DataFrame(columns=columns)
    ours = _frame(ours.assign(_row=range(len(ours))), "_row")
    theirs = _frame(theirs.assign(_row=range(len(theirs))), "_row")
    a, b = _features(ours), _features(theirs)
    cosine = _pair_cosine(a, b, np.arange(len(a)), np.arange(len(b)))
    rows = []
    for i in range(len(a)):
        g1 = ours.gtin[i] if isinstance(ours.gtin[i], str) else None
        g2 = _their_gtin(theirs.gtin[i], theirs.sku[i])
        score, method, reason, equivalent, _ = compare(a[i], b[i], float(cosine[i]), our_gtin=g1, their_gtin=g2)
        rows.append((score, method, reason, equivalent))
    return pd.DataFrame(rows, columns=columns)


def _code_owners(features: list[Features]) -> dict[str, int]:
    owners: dict[str, int] = defaultdict(int)
    for f in features:
        for code in f.codes:
            owners[code] += 1
    return owners


# --- candidates -----------------------------------------------------------------


def _analyzer(f: Features) -> list[str]:
    tokens = list(f.tokens)
    tokens.extend("#" + c for c in f.codes)
    if f.brand:
        tokens.append("@" + f.brand)
    return tokens


def candidate_pairs(
    ours: list[Features], theirs: list[Features], our_gtins: list, their_gtins: list, *, k: int = CANDIDATES
) -> tuple[list[tuple[int, int]], np.ndarray]:
    """Candidate pairs (our index, their index) and their TF-IDF cosine.

    Sources: the same GTIN, a shared model code, and the TF-IDF top-k of each
    product in both directions."""
    x, y = _vectors(ours, theirs)
    found: set[tuple[int, int]] = set()
    if x.nnz and y.nnz:
        for j, i in _top_k(_rarest(y, x), x, k):
            found.add((i, j))
        for i, j in _top_k(_rarest(x, y), y, k):
            found.add((i, j))

    by_gtin: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(our_gtins):
        if g:
            by_gtin[g].append(i)
    by_code: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(ours):
        for code in f.codes:
            by_code[code].append(i)
    for j, (g, f) in enumerate(zip(their_gtins, theirs)):
        for i in by_gtin.get(g, ()) if g else ():
            found.add((i, j))
        for code in f.codes:
            owners = by_code.get(code, ())
            if len(owners) <= MAX_CODE_PRODUCTS:
                for i in owners:
                    found.add((i, j))

    pairs = sorted(found)
    if not pairs:
        return [], np.zeros(0, dtype=np.float32)
    rows = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    cols = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
    return pairs, _similarity(x, y, rows, cols)


def _vectors(ours: list[Features], theirs: list[Features]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=_analyzer, sublinear_tf=True, dtype=np.float32)
    vectorizer.fit(ours + theirs)
    return vectorizer.transform(ours).tocsr(), vectorizer.transform(theirs).tocsr()


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


def _top_k(query, index, k: int, chunk: int = 2000):
    """(query row, index row) of the k best index rows per query row by dot product."""
    index_t = index.T.tocsr()
    for start in range(0, query.shape[0], chunk):
        block = (query[start : start + chunk] @ index_t).tocsr()
        if not block.nnz:
            continue
        lengths = np.diff(block.indptr)
        rows = np.repeat(np.arange(block.shape[0]), lengths)
        order = np.lexsort((-block.data, rows))
        rank = np.arange(len(order)) - block.indptr[rows[order]]
        chosen = order[rank < k]
        yield from zip((rows[chosen] + start).tolist(), block.indices[chosen].tolist())


# --- comparison -----------------------------------------------------------------


def compare(
    a: Features, b: Features, cosine: float, *, our_gtin: str | None = None, their_gtin: str | None = None,
    gtin_owners: dict | None = None, code_owners: dict | None = None,
) -> tuple[float, str, str, bool, bool]:
    """Score one pair: (score 0..1, method, reason, equivalent, ambiguous).

    The title similarity is the base; identifiers lift it, conflicts pull it
    down. Each adjustment is named in the reason, so a reviewer sees why."""
    gtin_owners = gtin_owners or {}
    code_owners = code_owners or {}
    reasons: list[str] = []
    ambiguous = False

    text = _title_similarity(a, b, cosine)
    score = text
    reasons.append(f"titles {text:.0%} alike")

    method = "fuzzy"
    brand = _brand_agreement(a, b)
    shared = _shared_code(a, b, code_owners)
    conflict = _code_conflict(a, b)
    # Both MPNs given and siblings (MHS-TS20/B vs MHS-TS20/S): a variant, whatever else agrees.
    mpn_conflict = bool(a.mpn and b.mpn and not _codes_agree(a.mpn, b.mpn) and _siblings(a.mpn, b.mpn))

    if our_gtin and their_gtin and our_gtin == their_gtin:
        method = "gtin"
        score = 1.0
        reasons.insert(0, f"same GTIN {our_gtin}")
        if gtin_owners.get(our_gtin, 0) > 1:
            ambiguous = True
            reasons.append("the GTIN is on several of our products")
    elif a.mpn and b.mpn and a.mpn == b.mpn and len(a.mpn) >= 4 and brand != "conflict":
        method = "mpn"
        score = max(score, 0.92 + 0.08 * text)
        reasons.insert(0, f"same MPN {a.mpn}")
    elif shared and brand != "conflict" and not mpn_conflict:
        method = "model"
        score = max(score, 0.9 + 0.1 * text)
        reasons.insert(0, f"same model code {shared}")
    elif shared:
        score = max(score, 0.6 + 0.2 * text)
        reasons.append(f"same model code {shared}, but " + ("brands differ" if brand == "conflict" else "the MPNs differ"))

    if method != "gtin":
        if our_gtin and their_gtin and our_gtin != their_gtin:
            score -= 0.2
            reasons.append("different GTINs")
        if mpn_conflict:
            score -= 0.3
            reasons.append(f"MPNs differ: {a.mpn} vs {b.mpn}")
        elif a.mpn and b.mpn and not shared and not _codes_agree(a.mpn, b.mpn):
            # Two different part numbers: shops copy them badly at times, so
            # this weighs less than a sibling code.
            score -= 0.2
            reasons.append(f"MPNs differ: {a.mpn} vs {b.mpn}")
        elif conflict:
            score -= 0.15 if shared else 0.35
            reasons.append(f"model codes differ: {conflict[0]} vs {conflict[1]}")
        quantity = _quantity_conflict(a, b)
        if quantity:
            penalty = 0.4 if quantity[0] == "bytes" else 0.15
            score -= penalty / 2 if method == "mpn" else penalty
            reasons.append(f"{quantity[0]} differs: {quantity[1]} vs {quantity[2]}")
        if a.colours and b.colours and not a.colours & b.colours:
            score -= 0.15
            reasons.append(f"colours differ: {'/'.join(sorted(a.colours))} vs {'/'.join(sorted(b.colours))}")
        if a.dimensions and b.dimensions and not a.dimensions & b.dimensions:
            score -= 0.15
            reasons.append("dimensions differ")
        numbers = _number_conflict(a, b)
        if numbers and not conflict:
            score -= 0.2 if not shared else 0.05
            reasons.append(f"numbers differ: {numbers[0]} vs {numbers[1]}")
        if brand == "conflict":
            score -= 0.25
            reasons.append("brands differ")
        elif brand == "same" and method == "fuzzy":
            score += 0.03
        if a.compatible != b.compatible:
            score -= 0.2
            reasons.append("one is a compatible / refurbished product")

    # Pack sizes: stated on both sides and different, or stated on one side
    # and the prices agree per unit rather than per pack.
    raw_ratio = _price_ratio(a.price, b.price)
    if a.currency and b.currency and a.currency != b.currency:
        raw_ratio = None
    equivalent = False
    pack_a, pack_b = a.pack or 1, b.pack or 1
    if pack_a != pack_b:
        unit_ratio = _price_ratio(a.price / pack_a, b.price / pack_b)
        if (a.pack and b.pack) or (raw_ratio and unit_ratio and unit_ratio < raw_ratio):
            equivalent = True
            score -= 0.05
            reasons.append(f"pack of {pack_a} vs {pack_b}: compare on unit price")
    ratio = _price_ratio(a.price / pack_a, b.price / pack_b) if equivalent else raw_ratio
    if a.currency and b.currency and a.currency != b.currency:
        ratio = None  # prices in different currencies say nothing here
    # Prices are a sanity check: shops' prices (and marketplace sellers') vary
    # a lot, so they weigh little against an identifier.
    if ratio and method != "gtin":
        if ratio > 5:
            score -= 0.25 if method == "fuzzy" else 0.1
            reasons.append(f"prices {ratio:.1f}x apart")
        elif ratio > 2.5 and method == "fuzzy":
            score -= 0.1
            reasons.append(f"prices {ratio:.1f}x apart")

    score = min(1.0, max(0.0, score))
    return score, method, "; ".join(reasons), equivalent, ambiguous


def _title_similarity(a: Features, b: Features, cosine: float) -> float:
    if not a.text or not b.text:
        return 0.0
    token_set = fuzz.token_set_ratio(a.text, b.text) / 100
    token_sort = fuzz.token_sort_ratio(a.text, b.text) / 100
    return 0.5 * float(cosine) + 0.3 * token_set + 0.2 * token_sort


def _brand_agreement(a: Features, b: Features) -> str:
    """same / conflict / unknown. A missing brand is looked for in the other title."""
    if a.brand and b.brand:
        if a.brand == b.brand or (min(len(a.brand), len(b.brand)) >= 3 and
                                  (a.brand.startswith(b.brand) or b.brand.startswith(a.brand))):
            return "same"
        in_b, in_a = a.brand in b.flat, b.brand in a.flat
        if in_a and in_b:
            return "same"
        # A shop's brand field sometimes names the seller: only one side naming
        # the other's brand is no conflict, and no agreement either.
        return "unknown" if in_a or in_b else "conflict"
    known, other = (a.brand, b) if a.brand else (b.brand, a)
    if known and len(known) >= 2 and known in other.flat:
        return "same"
    return "unknown"


def _codes_agree(x: str, y: str) -> bool:
    if x == y:
        return True
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    # "npfh50" in "npfh50ce", "ds420va" in "mmmds420va", "wn3000rp" in "wn3000rp100nas":
    # a code with a prefix or suffix added. "kdl40" is not "kdl40v4100".
    if not (long.startswith(short) or long.endswith(short)):
        return False
    return (len(short) >= 5 and len(short) >= 0.6 * len(long)) or (len(short) >= 6 and len(short) >= 0.5 * len(long))


def _shared_code(a: Features, b: Features, owners: dict) -> str | None:
    # One side's MPN written in the other's title, whatever it looks like.
    for x, other in ((a.mpn, b), (b.mpn, a)):
        if x and len(x) >= 4 and any(c.isdigit() for c in x) and x in other.pieces and owners.get(x, 0) <= MAX_CODE_PRODUCTS:
            return x
    best = None
    for x in a.codes:
        for y in b.codes:
            if _codes_agree(x, y):
                # A code on many of our products is a series ("ps4", "a4"), not an identifier.
                if owners.get(x, 0) > MAX_CODE_PRODUCTS:
                    continue
                if not x.isdigit() or len(x) >= 5:
                    if best is None or len(x) > len(best):
                        best = x
    return best


def _code_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """Two codes that look like siblings of one series: HL-L6200DW vs HL-L6300DW."""
    for x in a.codes:
        if x in b.codes:
            continue
        for y in b.codes:
            if y not in a.codes and not _codes_agree(x, y) and _siblings(x, y):
                return x, y
    return None


def _siblings(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 2 or x[0] != y[0] or x.isdigit() != y.isdigit():
        return False
    return Levenshtein.normalized_similarity(x, y) >= 0.5


def _quantity_conflict(a: Features, b: Features) -> tuple[str, str, str] | None:
    for dimension, values in a.quantities.items():
        other = b.quantities.get(dimension)
        if not other:
            continue
        if not any(math.isclose(v, w, rel_tol=0.03) for v in values for w in other):
            return dimension, _show(values), _show(other)
    return None


def _show(values: frozenset[float]) -> str:
    return "/".join(f"{v:g}" for v in sorted(values))


def _number_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """A bare number on each side that the other title lacks: Air Max 90 vs Air Max 95."""
    only_a = [n for n in a.numbers if n not in b.all_numbers]
    only_b = [n for n in b.numbers if n not in a.all_numbers]
    if only_a and only_b:
        return only_a[0], only_b[0]
    return None


def _price_ratio(x: float, y: float) -> float | None:
    if math.isnan(x) or math.isnan(y) or x <= 0 or y <= 0:
        return None
    return max(x, y) / min(x, y)
