"""Link competitors' products to ours.

`match_products` works in layers, each documented where it happens:

1. a person's decisions (confirmed / rejected) win and survive every re-match;
   a rejection also holds for the listings that are the same product as the
   rejected one (layer 5's near-duplicate test), so a person is not asked
   about the same product twice, unless such a listing shares our GTIN or MPN;
2. identifiers: a valid GTIN-14 on both sides (a competitor's sku counts when it
   is a valid GTIN), the same MPN, or a model code found in both titles
   ("KDL-40V4100", "ELPLP12");
3. candidates by blocking: a TF-IDF index of title tokens (with brand and
   model codes as tokens), queried with each product's rarest tokens in both
   directions, so all pairs are never compared;
4. a scored comparison of each candidate pair: title similarity (TF-IDF cosine
   and rapidfuzz), brand, model-code agreement and conflict, bare numbers,
   sizes with units (64 GB vs 128 GB), pack size and price-ratio sanity; an
   accessory that names the other product's code after "for" / "compatible
   with" / "replacement" ("diffuser for the Nikon SB-700" vs the SB-700) and a
   variant word on one side only after a shared code ("F1A75-M Pro" vs
   "F1A75-M") are conflicts, not agreements; a year or year range ("1974-up")
   is never a model code; with no identifier shared, two titles of one brand
   that agree on most words but each have a word or two the other lacks
   ("Cherry veneer" vs "Walnut veneer", "Crisps Paprika" vs "Crisps Salt &
   Vinegar") are variants (`_word_conflict`; an abbreviation such as "Choc",
   "Org." agrees with its word, and words used by many of a side's brands,
   "organic", "original", are left out: `_drop_common_words`); a multipack
   ("6x200ml") is a pack of 6 items of 200 ml; two MPNs of different kinds
   (a bare item number against a letter code, or a name in the field) come
   from different numbering schemes and weigh less than two part numbers
   (`_other_scheme`);
5. assignment per competitor, best score first: each competitor listing goes
   to at most one of our products, and each of ours takes one listing, plus
   any other free listing that is the same product listed again (a
   near-duplicate of that listing by the same comparison, with the same pack
   size (so a multipack is not the single item) and no variant model code;
   `_DuplicateListings`). Marketplaces list
   one product several times, and `analysis.pairs_frame` keeps one pair per
   product and competitor for the price figures, so the extra pairs add
   evidence without counting a product twice in the prices. A listing
   that duplicates one a person confirmed is matched with it;
6. thresholds: at or above `match_threshold` matched, at or above
   `review_threshold` proposed for a person, below dropped.

The weights are set by hand from what each signal means, not fitted to any
evaluation set (see bench/README.md for how they were checked). Once a person
has confirmed and rejected enough pairs of a competitor, a small logistic
regression over the same signals (FEATURES) is fitted to those answers and
re-scores the undecided pairs in the range of scores the person answered in,
if it predicts the answers better than the hand-set rule (`fit_decisions`).
Proposals are meant to be reviewed closest-to-the-boundary first
(`review_priority`). A model code carried by more than MAX_CODE_PRODUCTS
products on either side is a series or a standard, not an identifier.

Large inputs (PARALLEL_MIN_ROWS products, PARALLEL_MIN_PAIRS pairs) spread
feature extraction, the two blocking directions and the comparison over
forked worker processes; small ones run in this process.

Inputs are frames:
- ours: sku, name, brand, category, gtin (GTIN-14 or None), mpn, size, price
- theirs: competitor_product_id, name, brand, category, gtin, mpn, sku, size, price, unit_price
- decisions: sku, competitor_product_id, status in {confirmed, rejected}
Output: a frame of MATCH_COLUMNS plus `equivalent` (a match across pack sizes,
to be compared on unit price).
"""

from __future__ import annotations

import functools
import gc
import math
import multiprocessing
import os
import sys
from collections import defaultdict
from itertools import chain

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
# Fewer confirmed (or rejected) pairs than this and the hand-set score stays:
# a model fitted to a handful of answers would follow their accidents.
MIN_DECISIONS = 10


def _cycle_collector_paused(function):
    """`function` run with Python's cycle collector off (restored after, also
    on an error; left alone if a caller turned it off already).

    The matcher holds millions of small objects (each product's features are a
    dozen sets and lists) that form no reference cycles, so the collector
    frees nothing, yet re-reads all of them each time their number grows by a
    quarter: 11 s of the parent's 25 s of CPU at 100,000 x 100,000. Forked
    workers inherit the pause."""

    @functools.wraps(function)
    def paused(*args, **kwargs):
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@_cycle_collector_paused
def match_products(
    ours: pd.DataFrame,
    theirs: pd.DataFrame,
    *,
    decisions: pd.DataFrame | None = None,
    match_threshold: float = 0.85,
    review_threshold: float = 0.6,
    candidates: int = CANDIDATES,
    learn: bool = True,
    min_decisions: int = MIN_DECISIONS,
    workers: int = 0,
) -> pd.DataFrame:
    """Pairs of our sku and one competitor's product, scored, assigned (one
    listing per product of ours, plus the listings that duplicate it; a listing
    to one of ours at most) and split by the thresholds into matched / proposed
    (below both: dropped).

    With `learn` and at least `min_decisions` confirmed and as many rejected
    pairs among `decisions` (for products in these frames), the score of every
    undecided pair comes from a model fitted to those decisions (see
    `fit_decisions`). `workers`: processes for the large loops (0: one per core;
    small inputs always run in this process)."""
    ours = _frame(ours, "sku")
    theirs = _frame(theirs, "competitor_product_id")
    if ours.empty or theirs.empty:
        return pd.DataFrame(columns=OUTPUT_COLUMNS)
    decisions = decisions if decisions is not None else pd.DataFrame(columns=["sku", "competitor_product_id", "status"])
    workers = _workers(workers)

    our_features, their_features, our_gtins, their_gtins = _prepare(ours, theirs, workers)

    skus = ours.sku.tolist()
    pids = theirs.competitor_product_id.tolist()
    sku_index = {s: i for i, s in enumerate(skus)}
    pid_index = {p: j for j, p in enumerate(pids)}
    # Layer 1: a person's decisions. Rejected pairs are never proposed again; a
    # product confirmed with one listing is taken for every other listing except
    # near-duplicates of the confirmed one (layer 5).
    rejected = set()
    confirmed_with: dict[str, list] = defaultdict(list)
    taken_theirs = set()
    decided: dict[tuple[int, int], bool] = {}
    for sku, pid, status in zip(decisions.sku, decisions.competitor_product_id, decisions.status):
        if status == "rejected":
            rejected.add((sku, pid))
        elif status == "confirmed":
            confirmed_with[sku].append(pid)
            taken_theirs.add(pid)
        else:
            continue
        if sku in sku_index and pid in pid_index:
            decided[(sku_index[sku], pid_index[pid])] = status == "confirmed"

    pairs, cosine, x, y = _candidates(our_features, their_features, our_gtins, their_gtins, k=candidates,
                                      workers=workers)
    if learn and decided:
        # Decided pairs are scored too, whether blocking found them or not: they teach the model.
        known = set(pairs)
        extra = [pair for pair in decided if pair not in known]
        if extra:
            rows = np.array([i for i, _ in extra], dtype=np.int64)
            cols = np.array([j for _, j in extra], dtype=np.int64)
            pairs = pairs + extra
            cosine = np.concatenate([cosine, _similarity(x, y, rows, cols)])
    if not pairs:
        return pd.DataFrame(columns=OUTPUT_COLUMNS)

    gtin_owners = _gtin_owners(our_gtins)
    code_owners = _code_owners(our_features, their_features)

    keep_features = learn and len(decided) >= 2 * max(1, min_decisions)
    result = _compare_all(pairs, cosine, our_features, their_features, our_gtins, their_gtins, gtin_owners,
                          code_owners, workers, keep_reasons=review_threshold, keep_features=keep_features)
    scores, methods, equivalents, ambiguous, features, reasons = result

    learnt_notes: dict[int, str] = {}
    if keep_features:
        labelled = [(n, decided[pair]) for n, pair in enumerate(pairs) if pair in decided]
        rows = np.array([n for n, _ in labelled], dtype=np.int64)
        labels = np.array([y for _, y in labelled], dtype=bool)
        model = fit_decisions(features[rows], labels, min_decisions, match_threshold)
        if model is not None:
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
                # The reason behind it is written for the pairs that are output only (below).
                learnt_notes[n] = note + f"{p:.0%} likely; "
                scores[n] = value

    scored = []
    for n in np.flatnonzero(scores >= review_threshold).tolist():
        i, j = pairs[n]
        if (skus[i], pids[j]) in rejected or pids[j] in taken_theirs:
            continue
        scored.append((float(scores[n]), i, j, _METHODS[methods[n]], n, bool(equivalents[n]), bool(ambiguous[n])))

    # Layer 5: one-to-one, best first; ties go to the stronger method. A listing
    # of theirs goes to at most one of our products. Each of ours takes its best
    # free listing (or has the listings a person confirmed); then, from the
    # listings still free, the ones that are the same product listed again: a
    # marketplace lists one product several times, and `analysis.pairs_frame`
    # keeps one pair per product and competitor for the prices, so a duplicate
    # adds evidence, not weight. Duplicates come second so that they never take
    # a listing that is another of our products' best.
    method_rank = {"gtin": 0, "mpn": 1, "model": 2, "fuzzy": 3}
    scored.sort(key=lambda r: (-r[0], method_rank[r[3]], r[1], r[2]))
    anchors: dict[int, list[int]] = {}  # our product -> the listings a duplicate must be the same as
    for sku, confirmed_pids in confirmed_with.items():
        if sku in sku_index:
            anchors[sku_index[sku]] = [pid_index[p] for p in confirmed_pids if p in pid_index]
    confirmed_anchor = set(anchors)
    refused: dict[int, list[int]] = defaultdict(list)  # our product -> the listings a person rejected for it
    for sku, pid in rejected:
        if sku in sku_index and pid in pid_index:
            refused[sku_index[sku]].append(pid_index[pid])
    same = _DuplicateListings(scored, {i: [*anchors.get(i, ()), *refused.get(i, ())] for i in {*anchors, *refused}},
                              their_features, y, their_gtins, code_owners, match_threshold)
    if refused:
        # A rejection holds for the same product listed again: a person who said
        # "not this one" should not be shown its twin, nor have it matched. Not
        # over a GTIN or MPN our product shares with the twin: that is stronger
        # evidence than the titles that made it a twin.
        scored = [row for row in scored
                  if row[3] in ("gtin", "mpn") or not any(same(r, row[2]) for r in refused.get(row[1], ()))]
    used_theirs: set[int] = set()
    chosen: list[tuple[tuple, int | None]] = []
    for row in scored:
        i, j = row[1], row[2]
        if i not in anchors and j not in used_theirs:
            anchors[i] = [j]
            used_theirs.add(j)
            chosen.append((row, None))
    for row in scored:
        i, j = row[1], row[2]
        if j in used_theirs:
            continue
        duplicate_of = next((a for a in anchors.get(i, ()) if same(a, j)), None)
        if duplicate_of is not None:
            used_theirs.add(j)
            chosen.append((row, duplicate_of))

    rows_out = []
    for (score, i, j, method, n, equivalent, ambiguous), duplicate_of in chosen:
        matched = score >= match_threshold and not ambiguous
        reason = learnt_notes.get(n, "") + (reasons[n] if reasons[n] is not None else _reason_of(
            our_features[i], their_features[j], cosine[n], our_gtins[i], their_gtins[j], gtin_owners, code_owners))
        if duplicate_of is not None:
            confirmed = i in confirmed_anchor
            # A person's confirmation of the other listing vouches for this one: it
            # is matched from the review threshold up, not only from the match threshold.
            matched = matched or (confirmed and not ambiguous)
            reason = (f"the same product as their listing {_quote(theirs['name'][duplicate_of])}"
                      f"{' (confirmed by a person)' if confirmed else ''}; " + reason)
        status = "matched" if matched else "proposed"
        rows_out.append((skus[i], pids[j], method, round(score, 4), status, reason, equivalent))
    return pd.DataFrame(rows_out, columns=OUTPUT_COLUMNS)


def _quote(name: object, limit: int = 60) -> str:
    text = str(name) if isinstance(name, str) and name else "(no name)"
    return '"' + (text if len(text) <= limit else text[: limit - 1] + "…") + '"'


class _DuplicateListings:
    """same(j, k): are two of the competitor's listings the same product?

    They are when the comparison of the two listings with each other, the one
    used for our products against theirs, reaches the match threshold (a shared
    GTIN, MPN or model code, or titles as alike as a match needs, with no
    conflict: capacity, colour, sibling code, different GTINs...), both state
    the same pack size (or none), and neither carries a model code that the
    other extends (`_code_variant`). The TF-IDF similarity of every pair that
    may be asked about (two listings that are candidates of one of our
    products, or one of them a listing a person `decided` on for it) is
    computed at once, in one sparse product, not pair by pair."""

    def __init__(self, scored, decided, theirs, y, their_gtins, code_owners, threshold):
        self.theirs, self.gtins, self.owners, self.threshold = theirs, their_gtins, code_owners, threshold
        by_ours: dict[int, list[int]] = defaultdict(list)
        for _, i, j, *_ in scored:
            by_ours[i].append(j)
        wanted = set()
        for i in by_ours.keys() | decided.keys():
            listings = by_ours.get(i, [])
            if len(listings) < 2 and i not in decided:
                continue
            group = sorted(set(listings) | set(decided.get(i, ())))
            wanted.update((a, b) for n, a in enumerate(group) for b in group[n + 1 :])
        self.pairs = sorted(wanted)
        self.cosine: dict[tuple[int, int], float] = {}
        if self.pairs and y is not None:
            rows = np.fromiter((a for a, _ in self.pairs), dtype=np.int64, count=len(self.pairs))
            cols = np.fromiter((b for _, b in self.pairs), dtype=np.int64, count=len(self.pairs))
            self.cosine = dict(zip(self.pairs, _similarity(y, y, rows, cols).tolist()))
        self.known: dict[tuple[int, int], bool] = {}

    def __call__(self, j: int, k: int) -> bool:
        key = (j, k) if j < k else (k, j)
        if key not in self.known:
            a, b = key
            score, _, _, equivalent, _, _ = compare(
                self.theirs[a], self.theirs[b], self.cosine.get(key, 0.0), our_gtin=self.gtins[a],
                their_gtin=self.gtins[b], code_owners=self.owners)
            fa, fb = self.theirs[a], self.theirs[b]
            self.known[key] = (score >= self.threshold and not equivalent and (fa.pack or 1) == (fb.pack or 1)
                               and not _code_variant(fa, fb))
        return self.known[key]


def _code_variant(a: Features, b: Features) -> tuple[str, str] | None:
    """A model code of one listing that the other extends (dp2dvi / mdp2dvi,
    ce505x / ce505xd), neither written on the other. Across two shops that is
    one code written two ways (`_codes_agree`); between two listings of one
    shop it is how variants are told apart (mini, right-angle, dual pack)."""
    for x in a.codes - b.codes:
        for y in b.codes - a.codes:
            if x != y and _codes_agree(x, y):
                return x, y
    return None


def _reason_of(a, b, cosine, our_gtin, their_gtin, gtin_owners, code_owners) -> str:
    return compare(a, b, float(cosine), our_gtin=our_gtin, their_gtin=their_gtin, gtin_owners=gtin_owners,
                   code_owners=code_owners)[2]


def apply_decisions(proposed: pd.DataFrame, decisions: pd.DataFrame) -> pd.DataFrame:
    """A person's decision wins: rejected pairs are never proposed again, confirmed
    pairs stay, and a product confirmed with one partner is not matched to another
    (stricter than `match_products`, which still lets a confirmed product take
    listings that duplicate the confirmed one: that needs the listings' titles)."""
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


# --- learning from a person's decisions ---------------------------------------------

def fit_decisions(features: np.ndarray, confirmed: np.ndarray, min_decisions: int = MIN_DECISIONS,
                  match_threshold: float = 0.85):
    """A logistic regression over the pair features (FEATURES) of the pairs a
    person decided, or None with fewer than `min_decisions` of either class.

    Why this is fair: the model is fitted to the user's own answers about their
    own catalogue, never to a benchmark; it only re-weighs signals the hand-set
    score already reads (a shop whose MPNs are retailer numbers teaches it that
    "MPNs differ" means little there). The hand-set score is one of the
    features, and the fit is strongly regularised, so with few or one-sided
    answers it stays close to the hand-set order. Classes are weighed equally
    because a review queue holds more wrong than right pairs."""
    confirmed = np.asarray(confirmed, dtype=bool)
    if min(int(confirmed.sum()), int((~confirmed).sum())) < max(1, min_decisions):
        return None
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    from sklearn.metrics import balanced_accuracy_score
    from sklearn.model_selection import StratifiedKFold

    def new_model():
        return _SignedModel(make_pipeline(StandardScaler(), LogisticRegression(C=LEARN_C, max_iter=1000)))

    # Only a model that predicts the person's answers better than the hand-set
    # rule (matched at the match threshold) does, out of sample, may replace it.
    folds = StratifiedKFold(n_splits=min(5, int(confirmed.sum()), int((~confirmed).sum())), shuffle=True, random_state=0)
    predicted = np.zeros(len(confirmed), dtype=bool)
    for train, test in folds.split(features, confirmed):
        predicted[test] = new_model().fit(features[train], confirmed[train]).predict(features[test])
    rule = features[:, _F["score"]] >= match_threshold
    if balanced_accuracy_score(confirmed, predicted) < balanced_accuracy_score(confirmed, rule) + LEARN_GAIN:
        return None
    return new_model().fit(features, confirmed)


# The way each signal may push: +1 towards a match, -1 away, 0 either. A weight
# learnt the other way (a handful of answers that happen to line up with a
# price gap, say) is an accident of the sample; that signal is left out.
_SIGNS = {
    "score": 1, "text": 1, "cosine": 1, "token_set": 1, "token_sort": 1, "brand_same": 1, "gtin_same": 1,
    "mpn_same": 1, "shared_code": 1, "price_unknown": 0,
    **{name: -1 for name in ("brand_conflict", "gtin_differ", "mpn_sibling", "mpn_differ", "code_conflict",
                             "bytes_conflict", "quantity_conflict", "colour_conflict", "dimension_conflict",
                             "number_conflict", "compatible_mismatch", "equivalent", "log_price_ratio", "ambiguous",
                             "accessory", "variant_conflict", "word_conflict")},
}


class _SignedModel:
    """A classifier over the FEATURES columns whose weights keep the signs of
    _SIGNS: fitted, then refitted without any feature whose weight came out the
    wrong way (or that does not vary), until none does."""

    def __init__(self, model):
        self.model = model
        self.columns = np.arange(len(FEATURES))

    def fit(self, features: np.ndarray, y: np.ndarray):
        from sklearn.base import clone

        signs = np.array([_SIGNS[name] for name in FEATURES])
        columns = np.flatnonzero(features.std(axis=0) > 0)
        for _ in range(len(FEATURES)):
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
# How much better (balanced accuracy, cross-validated on the decisions) the
# model must predict the person's answers than the hand-set rule before it is used.
LEARN_GAIN = 0.02
# The model re-scores pairs whose hand-set score is at most this far outside
# the range of the decided pairs' scores.
LEARN_MARGIN = 0.05


def _probability_to_score(probability: np.ndarray, match_threshold: float) -> np.ndarray:
    """The model's probability on the hand-set score's scale, so that the
    configured thresholds keep their meaning: 50% lands on the match threshold,
    0 and 1 stay 0 and 1 (piecewise linear between)."""
    p = np.clip(probability, 0.0, 1.0)
    return np.where(p < 0.5, p / 0.5 * match_threshold, match_threshold + (p - 0.5) / 0.5 * (1 - match_threshold))


def review_order(score: float, sku: str, match_threshold: float) -> tuple:
    """The sort key of a review queue (`matches export`, the web queue): highest
    `review_priority` first, then the higher score, then by our sku."""
    return -review_priority(score, match_threshold), -score, sku


def review_priority(score: float, match_threshold: float = 0.85) -> float:
    """How much a person's answer on a proposed pair is worth, 0..1: 1 on the
    decision boundary (the match threshold, which is also where a learnt
    model says 50%), less the further the score is from it. Proposals are
    shown in this order (uncertainty sampling): an answer there either adds a
    match the matcher nearly took or teaches the model most."""
    below, above = max(match_threshold, 1e-9), max(1 - match_threshold, 1e-9)
    distance = (match_threshold - score) / below if score < match_threshold else (score - match_threshold) / above
    return round(max(0.0, 1.0 - distance), 4)


# --- processes ------------------------------------------------------------------------

# Below this many products (or candidate pairs) a loop runs in this process:
# starting worker processes costs more than it saves.
PARALLEL_MIN_ROWS = 20_000
PARALLEL_MIN_PAIRS = 100_000
# Worker inputs, set just before a fork so that children read them copy-on-write
# instead of receiving them pickled.
_SHARED: dict = {}


def _workers(requested: int) -> int:
    if requested and requested > 0:
        return requested
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _in_processes(task, n: int, workers: int, minimum: int, post=None, **shared) -> list:
    """task(start, stop) over range(n) in chunks, in `workers` forked processes
    when n is large enough and fork is available, else here. Results in order;
    `post` is applied here to each result as it arrives (while workers go on)."""
    if workers <= 1 or n < minimum or "fork" not in multiprocessing.get_all_start_methods():
        _SHARED.update(shared)
        try:
            found = task(0, n)
        finally:
            _SHARED.clear()
        return found if post is None else list(map(post, found))
    chunks = workers * 8
    step = -(-n // chunks)
    bounds = [(start, min(n, start + step)) for start in range(0, n, step)]
    _SHARED.update(shared)
    out: list = []
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for part in pool.imap(_star, [(task, b) for b in bounds], chunksize=1):
                out.extend(part if post is None else map(post, part))
    finally:
        _SHARED.clear()
    return out


def _star(job):
    task, (start, stop) = job
    return task(start, stop)


def _features_task(start: int, stop: int) -> list[tuple]:
    rows = _SHARED["rows"]
    return [_pack(extract(*rows[n])) for n in range(start, stop)]


# Features go back from a worker as flat strings: pickling thousands of small
# frozensets costs as much as extracting them, joining and splitting a tenth.
_SEP = "\x1f"  # never inside a token: tokens are letters, digits and [-/.,]


def _pack(f: Features) -> tuple:
    return (f.text, _SEP.join(f.tokens), _SEP.join(f.codes), f.mpn, _SEP.join(f.numbers), _SEP.join(f.all_numbers),
            _SEP.join(f.pieces), _SEP.join(f.colours), f.flat, f.dimensions or None, f.quantities or None, f.pack,
            f.brand, f.price, f.currency, f.compatible, _SEP.join(f.targets), _SEP.join(f.heads),
            _SEP.join(w + " " + before for w, before in f.variants), _SEP.join(f.words))


# Unpacked, every product would hold its own copy of each word and its own
# empty sets: words are interned (one object per distinct string: a
# catalogue repeats a few hundred thousand words millions of times) and empty
# sets shared: 600 MB less in the parent at 100,000 x 100,000.
_EMPTY: frozenset = frozenset()


def _split(joined: str) -> list[str]:
    return list(map(sys.intern, joined.split(_SEP))) if joined else []


def _set(joined: str) -> frozenset[str]:
    return frozenset(map(sys.intern, joined.split(_SEP))) if joined else _EMPTY


def _unpack(t: tuple) -> Features:
    return Features(
        text=t[0], tokens=_split(t[1]), codes=_set(t[2]), mpn=t[3], numbers=_set(t[4]), all_numbers=_set(t[5]),
        pieces=_set(t[6]), colours=_set(t[7]), flat=t[8], dimensions=t[9] or _EMPTY, quantities=t[10] or {},
        pack=t[11], brand=sys.intern(t[12]) if t[12] else t[12], price=t[13], currency=t[14], compatible=t[15],
        targets=_set(t[16]), heads=_set(t[17]),
        variants=frozenset(tuple(v.split(" ", 1)) for v in _split(t[18])) or _EMPTY, words=_set(t[19]),
    )


def _features_of(ours: pd.DataFrame, theirs: pd.DataFrame, workers: int) -> tuple[list[Features], list[Features]]:
    rows = [*_feature_rows(ours), *_feature_rows(theirs)]
    if workers <= 1 or len(rows) < PARALLEL_MIN_ROWS:
        found = [extract(*row) for row in rows]
    else:
        found = _in_processes(_features_task, len(rows), workers, PARALLEL_MIN_ROWS, post=_unpack, rows=rows)
    return found[: len(ours)], found[len(ours):]


_METHODS = ("gtin", "mpn", "model", "fuzzy")


def _compare_task(start: int, stop: int) -> list:
    """Compare pairs[start:stop]; returned compactly (arrays, and a reason only
    where the score reaches `keep_reasons`), since there are millions at scale."""
    s = _SHARED
    pairs, cosine, a, b = s["pairs"], s["cosine"], s["ours"], s["theirs"]
    our_gtins, their_gtins, floor = s["our_gtins"], s["their_gtins"], s["keep_reasons"]
    n = stop - start
    scores = np.zeros(n, dtype=np.float64)
    methods = np.zeros(n, dtype=np.int8)
    flags = np.zeros((n, 2), dtype=bool)
    features = np.zeros((n, len(FEATURES)), dtype=np.float32) if s["keep_features"] else None
    reasons: list[str | None] = [None] * n
    for k in range(n):
        i, j = pairs[start + k]
        score, method, reason, equivalent, ambiguous, v = compare(
            a[i], b[j], float(cosine[start + k]), our_gtin=our_gtins[i], their_gtin=their_gtins[j],
            gtin_owners=s["gtin_owners"], code_owners=s["code_owners"])
        scores[k] = score
        methods[k] = _METHODS.index(method)
        flags[k] = equivalent, ambiguous
        if features is not None:
            features[k] = v
        if score >= floor:
            reasons[k] = reason
    return [(scores, methods, flags, features, reasons)]


def _compare_all(pairs, cosine, ours, theirs, our_gtins, their_gtins, gtin_owners, code_owners, workers, *,
                 keep_reasons: float, keep_features: bool):
    """scores, method indexes (_METHODS), equivalent, ambiguous, features (or None), reasons of all pairs."""
    parts = _in_processes(
        _compare_task, len(pairs), workers, PARALLEL_MIN_PAIRS, pairs=pairs, cosine=cosine, ours=ours, theirs=theirs,
        our_gtins=our_gtins, their_gtins=their_gtins, gtin_owners=gtin_owners, code_owners=code_owners,
        keep_reasons=keep_reasons, keep_features=keep_features,
    )
    flags = np.concatenate([p[2] for p in parts])
    features = np.concatenate([p[3] for p in parts]).astype(np.float64) if keep_features else None
    reasons = [r for p in parts for r in p[4]]
    return (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]), flags[:, 0], flags[:, 1],
            features, reasons)


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


def _feature_rows(frame: pd.DataFrame) -> list[tuple]:
    return list(zip(frame.name, frame.brand, frame.mpn, frame.price, frame["size"], frame.currency))


def _prepare(ours: pd.DataFrame, theirs: pd.DataFrame, workers: int):
    """Both sides' features (common words dropped) and usable GTINs, of frames made by `_frame`."""
    our_features, their_features = _features_of(ours, theirs, workers)
    _drop_common_words(our_features, their_features)
    our_gtins = [g if isinstance(g, str) and g else None for g in ours.gtin]
    their_gtins = [_their_gtin(g, s) for g, s in zip(theirs.gtin, theirs.sku)]
    return our_features, their_features, our_gtins, their_gtins


def _gtin_owners(our_gtins: list) -> dict[str, int]:
    owners: dict[str, int] = defaultdict(int)
    for g in our_gtins:
        if g:
            owners[g] += 1
    return owners


@_cycle_collector_paused
def candidate_signals(ours: pd.DataFrame, theirs: pd.DataFrame, *, candidates: int = CANDIDATES,
                      workers: int = 0) -> pd.DataFrame:
    """Every candidate pair of `match_products` (same features, blocking and
    comparison; no decisions, no assignment) with its method and the numbers
    named in FEATURES (the hand-set score first): for studying what the
    matcher sees, as `bench/matching_eval.py --ceiling` does."""
    ours = _frame(ours, "sku")
    theirs = _frame(theirs, "competitor_product_id")
    columns = ["sku", "competitor_product_id", "method", *FEATURES]
    if ours.empty or theirs.empty:
        return pd.DataFrame(columns=columns)
    workers = _workers(workers)
    our_features, their_features, our_gtins, their_gtins = _prepare(ours, theirs, workers)
    pairs, cosine, _, _ = _candidates(our_features, their_features, our_gtins, their_gtins, k=candidates,
                                      workers=workers)
    if not pairs:
        return pd.DataFrame(columns=columns)
    _, methods, _, _, features, _ = _compare_all(
        pairs, cosine, our_features, their_features, our_gtins, their_gtins, _gtin_owners(our_gtins),
        _code_owners(our_features, their_features), workers, keep_reasons=2.0, keep_features=True)
    found = pd.DataFrame(features, columns=list(FEATURES))
    found.insert(0, "method", [_METHODS[m] for m in methods])
    found.insert(0, "competitor_product_id", theirs.competitor_product_id.to_numpy()[[j for _, j in pairs]])
    found.insert(0, "sku", ours.sku.to_numpy()[[i for i, _ in pairs]])
    return found


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
    a, b, our_gtins, their_gtins = _prepare(ours, theirs, 1)
    cosine = _pair_cosine(a, b, np.arange(len(a)), np.arange(len(b)))
    rows = []
    for i in range(len(a)):
        score, method, reason, equivalent, _, _ = compare(a[i], b[i], float(cosine[i]), our_gtin=our_gtins[i],
                                                          their_gtin=their_gtins[i])
        rows.append((score, method, reason, equivalent))
    return pd.DataFrame(rows, columns=columns)


# A word used by more than this share of a side's brands ("organic", "new",
# "original", "premium") describes products of every kind and names no variant;
# learnt from the catalogues themselves, not from a list. A flavour or a
# finish belongs to a few brands' lines. Below COMMON_WORD_MIN_BRANDS brands
# on a side, its shares say nothing.
COMMON_WORD_BRANDS = 0.3
COMMON_WORD_MIN_BRANDS = 10


def _drop_common_words(*sides: list[Features]) -> None:
    """Leave the words common to many brands of either side out of
    `Features.words`, in place."""
    common: set[str] = set()
    for side in sides:
        brands: dict[str, set[str]] = defaultdict(set)
        for f in side:
            if f.brand:
                for w in f.words:
                    brands[w].add(f.brand)
        total = len({f.brand for f in side if f.brand})
        if total >= COMMON_WORD_MIN_BRANDS:
            common.update(w for w, owners in brands.items() if len(owners) > COMMON_WORD_BRANDS * total)
    if common:
        for side in sides:
            for f in side:
                if f.words & common:
                    f.words = f.words - common


def _code_owners(ours: list[Features], theirs: list[Features] | None = None) -> dict[str, int]:
    """How many products carry each model code, on the side where it is most
    common: a code on many of either side's products is a series or a standard
    ("ps4", "pc3-8500", "802.11n"), not an identifier."""
    owners: dict[str, int] = defaultdict(int)
    for f in ours:
        for code in f.codes:
            owners[code] += 1
    if theirs:
        their_owners: dict[str, int] = defaultdict(int)
        for f in theirs:
            for code in f.codes:
                their_owners[code] += 1
        for code, n in their_owners.items():
            if n > owners.get(code, 0):
                owners[code] = n
    return owners


# --- candidates -----------------------------------------------------------------


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


def _candidates(ours, theirs, our_gtins, their_gtins, *, k: int, workers: int):
    """`candidate_pairs`, and the TF-IDF vectors of both sides."""
    x, y = _vectors(ours, theirs)
    # (ours, theirs) index arrays of every source, made unique and ordered at
    # the end as one int64 key per pair: at 100,000 x 100,000 a set of a
    # million tuples and its sort took about four times as long.
    found_ours: list[np.ndarray] = []
    found_theirs: list[np.ndarray] = []
    if x.nnz and y.nnz:
        directions = _in_processes(_direction_task, 2, min(2, workers), 2 if len(ours) + len(theirs) >= PARALLEL_MIN_ROWS
                                   else 3, x=x, y=y, k=k)
        (their_rows, our_cols), (our_rows, their_cols) = directions
        found_ours += [our_cols, our_rows]
        found_theirs += [their_rows, their_cols]

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
    for j, (g, f) in enumerate(zip(their_gtins, theirs)):
        for i in by_gtin.get(g, ()) if g else ():
            shared_ours.append(i)
            shared_theirs.append(j)
        for code in f.codes:
            owners = by_code.get(code, ())
            if len(owners) <= MAX_CODE_PRODUCTS:
                shared_ours.extend(owners)
                shared_theirs.extend([j] * len(owners))
    found_ours.append(np.array(shared_ours, dtype=np.int64))
    found_theirs.append(np.array(shared_theirs, dtype=np.int64))

    width = max(1, len(theirs))
    keys = np.unique(np.concatenate(found_ours) * width + np.concatenate(found_theirs))
    if not len(keys):
        return [], np.zeros(0, dtype=np.float32), x, y
    rows, cols = np.divmod(keys, width)
    pairs = list(zip(rows.tolist(), cols.tolist()))
    return pairs, _similarity(x, y, rows, cols), x, y


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
    bench/README.md)."""
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
    return x, y


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


def _direction_task(start: int, stop: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Direction 0: each of their products' top-k of ours; 1: each of ours' top-k of theirs."""
    x, y, k = _SHARED["x"], _SHARED["y"], _SHARED["k"]
    out = []
    for direction in range(start, stop):
        query, index = (y, x) if direction == 0 else (x, y)
        out.append(_top_k(_rarest(query, index), index, k))
    return out


def _top_k(query, index, k: int, chunk: int = 2000) -> tuple[np.ndarray, np.ndarray]:
    """(query rows, index rows) of the k best index rows per query row by dot
    product; of equal products, the first the sparse product wrote."""
    found_query, found_index = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    if k < 1:
        return found_query[0], found_index[0]
    index_t = index.T.tocsr()
    for start in range(0, query.shape[0], chunk):
        block = (query[start : start + chunk] @ index_t).tocsr()
        if not block.nnz:
            continue
        lengths = np.diff(block.indptr)
        rows = np.repeat(np.arange(block.shape[0]), lengths)
        # Only the entries that may be among their row's k best are sorted: a
        # query row meets hundreds of index rows, and sorting them all took
        # most of the time of blocking.
        keep = np.flatnonzero(block.data >= _kth_best_floor(block.data, block.indptr, k)[rows])
        kept_rows = rows[keep]
        order = np.lexsort((-block.data[keep], kept_rows))
        rank = np.arange(len(order)) - np.searchsorted(kept_rows, kept_rows[order])
        chosen = keep[order[rank < k]]
        found_query.append(rows[chosen] + start)
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


# --- comparison -----------------------------------------------------------------


# What `compare` measures about a pair, as numbers: the hand-set score and the
# signals behind it. A model learnt from a person's decisions reads these.
FEATURES = (
    "score", "text", "cosine", "token_set", "token_sort", "brand_same", "brand_conflict", "gtin_same", "gtin_differ",
    "mpn_same", "shared_code", "mpn_sibling", "mpn_differ", "code_conflict", "bytes_conflict", "quantity_conflict",
    "colour_conflict", "dimension_conflict", "number_conflict", "compatible_mismatch", "equivalent",
    "log_price_ratio", "price_unknown", "ambiguous", "accessory", "variant_conflict", "word_conflict",
)
_F = {name: n for n, name in enumerate(FEATURES)}


def compare(
    a: Features, b: Features, cosine: float, *, our_gtin: str | None = None, their_gtin: str | None = None,
    gtin_owners: dict | None = None, code_owners: dict | None = None,
) -> tuple[float, str, str, bool, bool, list[float]]:
    """Score one pair: (score 0..1, method, reason, equivalent, ambiguous, features),
    where features are the numbers named in FEATURES.

    The title similarity is the base; identifiers lift it, conflicts pull it
    down. Each adjustment is named in the reason, so a reviewer sees why."""
    gtin_owners = gtin_owners or {}
    code_owners = code_owners or {}
    reasons: list[str] = []
    ambiguous = False
    v = [0.0] * len(FEATURES)

    text, token_set, token_sort = _title_similarity(a, b, cosine)
    score = text
    reasons.append(f"titles {text:.0%} alike")
    v[_F["text"]], v[_F["cosine"]], v[_F["token_set"]], v[_F["token_sort"]] = text, float(cosine), token_set, token_sort

    method = "fuzzy"
    brand = _brand_agreement(a, b)
    shared = _shared_code(a, b, code_owners)
    conflict = _code_conflict(a, b)
    # One title names the other's model code only as what it fits: an
    # accessory, a spare part or a compatible, not the product. The code
    # they share identifies the other product, so it lifts nothing.
    accessory = _accessory(a, b)
    if accessory and not accessory[1] and shared and _codes_agree(shared, accessory[0]):
        shared = None
    variant = _variant_conflict(a, b)
    # Both MPNs given and siblings (MHS-TS20/B vs MHS-TS20/S): a variant, whatever else agrees.
    mpn_conflict = bool(a.mpn and b.mpn and not _codes_agree(a.mpn, b.mpn) and _siblings(a.mpn, b.mpn))
    v[_F["brand_same"]] = float(brand == "same")
    v[_F["brand_conflict"]] = float(brand == "conflict")
    v[_F["shared_code"]] = float(bool(shared))

    if our_gtin and their_gtin and our_gtin == their_gtin:
        method = "gtin"
        score = 1.0
        v[_F["gtin_same"]] = 1.0
        reasons.insert(0, f"same GTIN {our_gtin}")
        if gtin_owners.get(our_gtin, 0) > 1:
            ambiguous = True
            reasons.append("the GTIN is on several of our products")
    elif a.mpn and b.mpn and a.mpn == b.mpn and len(a.mpn) >= 4 and brand != "conflict":
        method = "mpn"
        score = max(score, 0.92 + 0.08 * text)
        v[_F["mpn_same"]] = 1.0
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
            v[_F["gtin_differ"]] = 1.0
        if mpn_conflict:
            score -= 0.3
            v[_F["mpn_sibling"]] = 1.0
            reasons.append(f"MPNs differ: {a.mpn} vs {b.mpn}")
        elif a.mpn and b.mpn and not shared and not _codes_agree(a.mpn, b.mpn):
            # Two different part numbers: shops copy them badly at times, so
            # this weighs less than a sibling code. Two numbers of different
            # kinds (a bare number against a letter code, or a name written in
            # the field) come from different numbering schemes (a shop's or a
            # distributor's item number, the maker's part number, the model
            # name): they do not contradict each other, so they weigh less.
            if _other_scheme(a.mpn, b.mpn):
                score -= SCHEME_PENALTY
                reasons.append(f"MPNs of different kinds: {a.mpn} vs {b.mpn}")
            else:
                score -= 0.2
                reasons.append(f"MPNs differ: {a.mpn} vs {b.mpn}")
            v[_F["mpn_differ"]] = 1.0
        elif conflict:
            score -= 0.15 if shared else 0.35
            v[_F["code_conflict"]] = 1.0
            reasons.append(f"model codes differ: {conflict[0]} vs {conflict[1]}")
        quantity = _quantity_conflict(a, b)
        if quantity:
            penalty = 0.4 if quantity[0] == "bytes" else 0.15
            score -= penalty / 2 if method == "mpn" else penalty
            v[_F["bytes_conflict" if quantity[0] == "bytes" else "quantity_conflict"]] = 1.0
            reasons.append(f"{quantity[0]} differs: {quantity[1]} vs {quantity[2]}")
        if a.colours and b.colours and not a.colours & b.colours:
            score -= 0.15
            v[_F["colour_conflict"]] = 1.0
            reasons.append(f"colours differ: {'/'.join(sorted(a.colours))} vs {'/'.join(sorted(b.colours))}")
        if a.dimensions and b.dimensions and not a.dimensions & b.dimensions:
            score -= 0.15
            v[_F["dimension_conflict"]] = 1.0
            reasons.append("dimensions differ")
        numbers = _number_conflict(a, b)
        if numbers and not conflict:
            score -= 0.2 if not shared else 0.05
            v[_F["number_conflict"]] = 1.0
            reasons.append(f"numbers differ: {numbers[0]} vs {numbers[1]}")
        if brand == "conflict":
            score -= 0.25
            reasons.append("brands differ")
        elif brand == "same" and method == "fuzzy":
            score += 0.03
        if accessory:
            score -= SAME_KIND_PENALTY if accessory[1] else ACCESSORY_PENALTY
            v[_F["accessory"]] = 1.0
            reasons.append(f"one may be for the other ({accessory[0]} written after \"for\" / \"compatible with\")")
        if variant:
            score -= VARIANT_PENALTY
            v[_F["variant_conflict"]] = 1.0
            reasons.append(f"\"{variant[0]}\" after {variant[1]} on one side only")
        # An identifier both share says which variant it is; the words only speak without one.
        words = None if method != "fuzzy" or shared or v[_F["colour_conflict"]] or variant else _word_conflict(a, b, brand)
        if words:
            score -= WORD_PENALTY
            v[_F["word_conflict"]] = 1.0
            reasons.append(f"one word differs: {words[0]} vs {words[1]}")
        if a.compatible != b.compatible:
            score -= 0.2
            v[_F["compatible_mismatch"]] = 1.0
            reasons.append("one is a compatible / refurbished product")

    # Pack sizes: stated on both sides and different, or stated on one side
    # and the prices agree per unit rather than per pack.
    # Prices in different currencies say nothing here.
    same_currency = not (a.currency and b.currency and a.currency != b.currency)
    raw_ratio = _price_ratio(a.price, b.price) if same_currency else None
    equivalent = False
    pack_a, pack_b = a.pack or 1, b.pack or 1
    unit_ratio = None
    if pack_a != pack_b:
        unit_ratio = _price_ratio(a.price / pack_a, b.price / pack_b)
        if (a.pack and b.pack) or (raw_ratio and unit_ratio and unit_ratio < raw_ratio):
            equivalent = True
            score -= 0.05
            reasons.append(f"pack of {pack_a} vs {pack_b}: compare on unit price")
    ratio = (unit_ratio if equivalent else raw_ratio) if same_currency else None
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
    v[_F["equivalent"]] = float(equivalent)
    if ratio:
        v[_F["log_price_ratio"]] = min(math.log(ratio), 3.0)
    else:
        v[_F["price_unknown"]] = 1.0
    v[_F["ambiguous"]] = float(ambiguous)
    v[_F["score"]] = score
    return score, method, "; ".join(reasons), equivalent, ambiguous, v


def _title_similarity(a: Features, b: Features, cosine: float) -> tuple[float, float, float]:
    """The blended title similarity, and its rapidfuzz parts (token set, token sort)."""
    if not a.text or not b.text:
        return 0.0, 0.0, 0.0
    token_set = fuzz.token_set_ratio(a.text, b.text) / 100
    token_sort = fuzz.token_sort_ratio(a.text, b.text) / 100
    return 0.5 * float(cosine) + 0.3 * token_set + 0.2 * token_sort, token_set, token_sort


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


# Score pulled off a pair where one title names the other's model code only as
# what it fits; less when both are the same kind of thing ("bracket for
# DS-1273" vs "DS-1273 bracket"), where it may be the same one.
ACCESSORY_PENALTY = 0.3
SAME_KIND_PENALTY = 0.1
# Score pulled off a pair with a variant word ("pro", "plus", "mini") on one side only.
VARIANT_PENALTY = 0.2


def _accessory(a: Features, b: Features) -> tuple[str, bool] | None:
    """A code one title writes only after "for" / "compatible with" /
    "replacement" (the product it fits) that the other carries as its own."""
    for x, other in ((a, b), (b, a)):
        if not x.targets:
            continue
        own, mine = other.codes - other.targets, x.codes - x.targets
        for t in x.targets:
            # Both written after "for": two things for one product, not one for the other.
            if any(_codes_agree(t, c) for c in other.targets):
                continue
            for c in own:
                # Unless this title carries the code as its own too ("OPC drum
                # for CLP-500 series, CLP-500RB" vs "CLP-500RB drum").
                if _codes_agree(t, c) and not any(_codes_agree(m, c) for m in mine):
                    # "bracket for DS-1273" vs "DS-1273 bracket": the same kind of
                    # thing, so maybe the same one; "diffuser for SB-700" vs an SB-700 flash is not.
                    # Likewise when the other title has an identifier of its own
                    # besides this code ("Epson magenta ink PP-100 (PJIC4)"): the code
                    # may be a fitment there too.
                    return t, bool(x.heads & other.pieces) or any(
                        not _codes_agree(t, d) and len(d) >= 5 for d in own - {other.mpn})
    return None


def _variant_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """A variant word ("pro", "plus", "mini"...) right after a word both titles
    share, on one side only: ASUS F1A75-M Pro vs F1A75-M, iPhone 6 Plus vs iPhone 6."""
    for x, other in ((a, b), (b, a)):
        for word, before in x.variants:
            if word in other.pieces or word in other.tokens or before not in other.pieces:
                continue
            # After a model code or a short number ("F1A75-M Pro", "iPhone 6 Plus"):
            # after a plain word it is too often a description ("retractable mini mouse").
            if not any(c.isdigit() for c in before) or (before.isdigit() and len(before) > 2):
                continue
            return word, before
    return None


# Score pulled off two titles that agree but for one word on each side
# ("... veneer cherry" vs "... veneer walnut").
WORD_PENALTY = 0.15
# At most this many unshared words on a side, and at least WORD_SHARED shared
# ones, for the rule to read the difference as one variant against another.
WORD_EXTRA = 2
WORD_SHARED = 2
WORD_RATIO = 2


def _word_conflict(a: Features, b: Features, brand: str) -> tuple[str, str] | None:
    """Titles that agree on the brand and on their other words but each have a
    word the other lacks: "Mets" vs "Jets", "Paprika" vs "Salt & Vinegar". A
    word shortened on one side ("Choc", "Org.", "Vin.") agrees with its full
    form; a word written on one side only (a dropped "Organic") is no conflict."""
    if brand == "conflict" or not a.words or not b.words:
        return None
    only_a = [w for w in a.words if not _word_in(w, b)]
    only_b = [w for w in b.words if not _word_in(w, a)]
    if not only_a or not only_b or len(only_a) > WORD_EXTRA or len(only_b) > WORD_EXTRA:
        return None
    # "Most words shared": at least WORD_SHARED, and at least WORD_RATIO times the unshared ones of a side.
    shared = len(a.words) - len(only_a)
    if shared < max(WORD_SHARED, WORD_RATIO * max(len(only_a), len(only_b))):
        return None
    return "/".join(sorted(only_a)), "/".join(sorted(only_b))


def _word_in(word: str, other: Features) -> bool:
    """Is the word on the other side: written there (also inside a joined piece
    or the brand), or as an abbreviation of it or it of one there."""
    if word in other.words or word in other.pieces or word in other.flat or (other.brand and word in other.brand):
        return True
    return any(_abbreviates(word, w) or _abbreviates(w, word) for w in other.words)


def _abbreviates(short: str, long: str) -> bool:
    """"choc" of "chocolate", "org" of "organic", "hzlnut" of "hazelnut", "lt" of "lightly": the
    same first letter and the letters of the short word in order in the long
    one; or one stem written two ways ("rolling" / "roller", "theater" / "theatre")."""
    if len(short) > len(long) or len(short) < 2 or short[0] != long[0]:
        return False
    if long.startswith(short) or (len(short) >= 5 and short[:4] == long[:4]):
        return True
    if len(short) == len(long):
        return False
    rest = iter(long[1:])
    return all(c in rest for c in short[1:])


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


# "MPNs differ" between two identifiers of different kinds (see `_other_scheme`).
SCHEME_PENALTY = 0.05


def _other_scheme(x: str, y: str) -> bool:
    """Two MPN fields filled from different numbering schemes: one a bare
    number and the other with letters ("147735" vs "vnc218"), or one with no
    digit at all, a name rather than a part number ("flipout" vs "mb511")."""
    if x.isdigit() != y.isdigit():
        return True
    return not any(c.isdigit() for c in x) or not any(c.isdigit() for c in y)


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
        # All of them, in one order: the reason must read the same on every run.
        return "/".join(sorted(only_a, key=_number_order)), "/".join(sorted(only_b, key=_number_order))
    return None


def _number_order(text: str) -> tuple:
    try:
        return 0, float(text.replace(",", ".")), text
    except ValueError:
        return 1, 0.0, text


def _price_ratio(x: float, y: float) -> float | None:
    if math.isnan(x) or math.isnan(y) or x <= 0 or y <= 0:
        return None
    return max(x, y) / min(x, y)
