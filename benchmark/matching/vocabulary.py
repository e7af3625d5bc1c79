"""A competitor's own words for ours, learned per run from the pairs its codes
already prove: "Objektiv" read as "lens", "Bratpfanne" as "frying pan".

A shop that names its products in another language (or in its own trade
words) shares no word for the kind of product with us, so two titles that
agree on brand, series and size but name the kind in two languages score as
alike as two kinds of one series do, and the kind never tells them apart. No
word list is used: in a competitor's range of hundreds or thousands of
products, many pairs are decided by identifiers (a GTIN, an MPN, a model
code) whatever their wording, and those pairs show which of the
competitor's words stand where ours stand: "objektiv" on their side of pair
after pair whose our side says "lens", while neither word is on the other
side. `learn` reads that from the pairs `match_products` accepts on an
identifier, per competitor and per run, and `Vocabulary.read` lets the
comparison of the remaining pairs read each learned word as its counterpart.

Why it generalises (what it needs from the data, and what it does without it):

- **Evidence only from identifiers.** A word pair is counted only in pairs
  matched by a GTIN, an MPN or a model code at the match threshold, one pair
  per product on each side (a listing repeated, or a code on several
  products, counts once). Never from the pair being compared (the pairs it
  is applied to are the ones no identifier decided), never from a person's
  answers.
- **A significance test, its threshold derived.** In each such pair, the
  words on one side only ("unshared") are what the two shops word apart.
  Their word u and our word w count as one only when u and w are unshared
  in the same pairs far more often than chance given how often each is
  unshared at all: a one-sided hypergeometric test (Fisher's exact test of
  the 2x2 table over the anchored pairs), at SIGNIFICANCE over the number of
  word pairs tested (Bonferroni). The bar rises with every word pair a
  catalogue offers, so a large catalogue cannot pass a pair by having many
  chances, and with few anchored pairs no word pair can reach it: too few
  anchors, nothing learned, and the comparison is the one it was.
- **A reading right more often than wrong.** Their word is read as ours
  everywhere, so the two must stand together in most of the anchored pairs
  either is written in alone: a word that marks a kind of product on one
  side ("inch" on Amazon's screens of every kind) beside a word that marks
  one of those kinds on the other ("class" on Walmart's TVs) co-occurs far
  more than chance, but read as it, it would be wrong in most titles.
- **One reading per word.** Each of our words reads at most one of theirs
  (the one its co-occurrence is most significant with), so a word that
  merely shares a category with another (our "stabilisation" beside their
  "Objektiv") is not taken for it when a closer word ("lens") is there.
- **Bounded.** At most MAX_ANCHORS anchored pairs are read (a fixed,
  spread sample beyond that: a word common enough to matter is seen in any
  such sample), and only their unshared words; nothing is kept per product
  but the rewritten features of the products holding a learned word.

A competitor writing our language learns what its own identifiers support:
an abbreviation it writes for ours, a trade word for another; where the two
shops write the same words, nothing passes and nothing changes.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from benchmark._text import Features

# The family-wise chance of taking any word pair of a run for a correspondence when none is (Bonferroni).
SIGNIFICANCE = 0.05
# The anchored pairs read at most: past this, a spread sample of them.
MAX_ANCHORS = 20_000
# The makers whose anchored pairs must show a word pair: more than one (`_from_several_makers`).
MIN_MAKERS = 2
# A word is letters only, at least this long: codes, numbers, sizes and two-letter pieces of codes
# ("kr" of "KR-1037A") are identifiers or quantities, which the comparison reads on its own.
MIN_LETTERS = 3


def _words(f: Features) -> set[str]:
    return {t for t in f.tokens if len(t) >= MIN_LETTERS and t.isalpha()}


@dataclass(frozen=True)
class Vocabulary:
    """Their word -> our words it reads as, with the anchored pairs that showed it."""

    readings: dict[str, tuple[tuple[str, ...], int]]
    anchors: int

    def __bool__(self) -> bool:
        return bool(self.readings)

    def read(self, theirs: list[Features]) -> tuple[list[Features], dict[int, tuple[str, ...]]]:
        """Their features with each learned word written as its counterpart (in
        the title text, its tokens and its words; a new `Features` only for the
        products that hold one), and which learned words each of those held."""
        pattern = re.compile(r"(?<![^\W_])(" + "|".join(sorted(map(re.escape, self.readings), key=len, reverse=True))
                             + r")(?![^\W_])")
        out = list(theirs)
        held: dict[int, tuple[str, ...]] = {}
        for j, f in enumerate(theirs):
            found = tuple(sorted({t for t in f.tokens if t in self.readings}))
            if not found:
                continue
            held[j] = found
            tokens = [w for t in f.tokens for w in (self.readings[t][0] if t in self.readings else (t,))]
            words = {w for t in f.words for w in (self.readings[t][0] if t in self.readings else (t,))}
            out[j] = dataclasses.replace(f, text=pattern.sub(lambda m: " ".join(self.readings[m[1]][0]), f.text),
                                         tokens=tokens, words=frozenset(words))
        return out, held

    def clause(self, ours: Features, held: tuple[str, ...]) -> str | None:
        """What a match's reason says of the learned words a pair read: those of
        their title whose counterpart our title writes."""
        said = [f"'{u}' read as '{' '.join(self.readings[u][0])}', learned from {self.readings[u][1]} pairs with "
                "shared codes" for u in held if set(self.readings[u][0]) & set(ours.tokens)]
        return "; ".join(said) or None


def anchors(pairs: list[tuple[int, int]], scores: np.ndarray, identified: np.ndarray,
            match_threshold: float) -> list[int]:
    """The pairs decided by an identifier at the match threshold, best first,
    one per product on each side (a listing repeated, or a code carried by
    several products, counts once); a spread sample of MAX_ANCHORS past that."""
    sure = np.flatnonzero(identified & (scores >= match_threshold))
    order = sure[np.lexsort((sure, -scores[sure]))]
    seen_ours: set[int] = set()
    seen_theirs: set[int] = set()
    out = []
    for n in order.tolist():
        i, j = pairs[n]
        if i in seen_ours or j in seen_theirs:
            continue
        seen_ours.add(i)
        seen_theirs.add(j)
        out.append(n)
    if len(out) > MAX_ANCHORS:
        out = sorted(out)[:: math.ceil(len(out) / MAX_ANCHORS)]
    return sorted(out)


def learn(pairs: list[tuple[int, int]], scores: np.ndarray, identified: np.ndarray, ours: list[Features],
          theirs: list[Features], match_threshold: float) -> Vocabulary:
    """The word correspondences one competitor's anchored pairs show (see the module's docstring)."""
    chosen = anchors(pairs, scores, identified, match_threshold)
    n = len(chosen)
    their_count: Counter = Counter()
    our_count: Counter = Counter()
    joint: Counter = Counter()
    shared: set[str] = set()
    for m in chosen:
        i, j = pairs[m]
        a, b = _words(ours[i]), _words(theirs[j])
        our_only, their_only = a - b, b - a
        shared.update(a & b)
        our_count.update(our_only)
        their_count.update(their_only)
        joint.update((u, w) for u in their_only for w in our_only)
    if not joint:
        return Vocabulary({}, n)
    bar = math.log(SIGNIFICANCE / len(joint))
    passed: list[tuple[float, str, str, int]] = []
    for (u, w), k in joint.items():
        # A word both shops write in some pair is a word of both: no reading of one as the other.
        if u in shared or w in shared:
            continue
        a, b = their_count[u], our_count[w]
        # Under chance the count is about a * b / n: only a count well over it can pass. And a word read as
        # another everywhere must stand beside it in most of the pairs either is written in alone: were
        # it beside other words more often, reading it so would be wrong more often than right.
        if k < 2 or k * n <= a * b or 2 * k <= max(a, b):
            continue
        p = _log_tail(k, n, a, b)
        if p <= bar:
            passed.append((p, u, w, k))
    passed = _from_several_makers(passed, chosen, pairs, ours, theirs)
    # Each of our words reads one of theirs: the most significant (then the most pairs, then by name).
    best_of_ours: dict[str, tuple[float, int, str]] = {}
    for p, u, w, k in passed:
        key = (p, -k, u)
        if w not in best_of_ours or key < best_of_ours[w]:
            best_of_ours[w] = key
    readings: dict[str, list[tuple[float, str, int]]] = defaultdict(list)
    for p, u, w, k in passed:
        if best_of_ours[w][2] == u:
            readings[u].append((p, w, k))
    # Their word's counterparts in the order of their significance; its evidence the pairs of the strongest.
    return Vocabulary({u: (tuple(w for _, w, _ in sorted(found)), min(found)[2]) for u, found in readings.items()}, n)


def _maker(a: Features, b: Features) -> str:
    """Who made the product of an anchored pair: a brand field of either side, or the first word of our title."""
    return a.brand or b.brand or (a.tokens[0] if a.tokens else "")


def _from_several_makers(passed: list, chosen: list[int], pairs: list, ours: list[Features],
                         theirs: list[Features]) -> list:
    """The word pairs of `passed` whose anchored pairs name MIN_MAKERS makers or more.

    The test counts anchored pairs as if each were drawn alone, but one
    maker's products are worded alike in both shops (a range's own words, "Adaptive
    Sinewave" on every UPS of one maker against "CyberPower" on the other side),
    so its pairs are one observation of how two shops word that range, not of
    how they word a kind of product. A shop's word for a kind is its word
    whoever made the product."""
    wanted = {(u, w) for _, u, w, _ in passed}
    makers: dict[tuple[str, str], set[str]] = defaultdict(set)
    their_words = {u for u, _ in wanted}
    for m in chosen:
        i, j = pairs[m]
        b = _words(theirs[j]) & their_words
        if not b:
            continue
        a = _words(ours[i])
        for u in b:
            for w in a:
                if (u, w) in wanted:
                    makers[u, w].add(_maker(ours[i], theirs[j]))
    return [item for item in passed if len(makers[item[1], item[2]]) >= MIN_MAKERS]


def _log_tail(k: int, n: int, a: int, b: int) -> float:
    """log P(X >= k) for X hypergeometric: b draws from n anchored pairs, a of
    them marked (Fisher's exact test, one-sided). The terms fall from k on
    (k is above the mean), so the sum stops when they no longer add."""
    def log_term(x: int) -> float:
        return (_log_choose(a, x) + _log_choose(n - a, b - x)) - _log_choose(n, b)

    first = log_term(k)
    total = 1.0
    for x in range(k + 1, min(a, b) + 1):
        ratio = math.exp(log_term(x) - first)
        total += ratio
        if ratio < 1e-12:
            break
    return first + math.log(total)


def _log_choose(n: int, k: int) -> float:
    if k < 0 or k > n:
        return -math.inf
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


@dataclass
class Read:
    """`read_their_words`' output: the candidate pairs (those found again with
    their words read as ours appended), their cosines, the comparison's result
    for them all, their features as read, both sides' TF-IDF vectors, and the
    clause each pair whose comparison read a learned word adds to its reason."""

    pairs: list[tuple[int, int]]
    cosine: np.ndarray
    result: tuple
    theirs: list[Features]
    x: object
    y: object
    clauses: dict[int, str]


def read_their_words(pairs, cosine, result, x, y, ours, theirs, our_gtins, their_gtins, gtin_owners, code_owners,
                     workers: int, match_threshold: float, k: int, *, keep_reasons: float, keep_features: bool,
                     style_words: frozenset[str]) -> Read:
    """Learn this competitor's words from the pairs its identifiers decide
    (`learn`); with none learned, everything as it was. Otherwise their titles
    are read with each learned word as ours, candidates are found again (a
    pair named in two languages may have shared too few words to be one), and
    every pair no identifier decided whose listing holds a learned word, and
    every new candidate, is compared again on the titles so read. The pairs
    an identifier decided keep their comparison: they are the evidence."""
    from benchmark.matching.candidates import _candidate_keys, _similarity
    from benchmark.matching.scoring import _METHODS, _compare_all, _replace_rows

    unchanged = Read(pairs, cosine, result, theirs, x, y, {})
    scores, methods = result[0], result[1]
    decided = (methods != _METHODS.index("fuzzy")) & (scores >= match_threshold)
    vocabulary = learn(pairs, scores, methods != _METHODS.index("fuzzy"), ours, theirs, match_threshold)
    if not vocabulary:
        return unchanged
    read, held = vocabulary.read(theirs)
    # Only the new candidates are kept, so they are found as keys: a dict of the known pairs, and a
    # tuple and a similarity for every pair found again, raised the peak by 170 MB at 100,000 x 100,000
    # (the competitor naming its types in German, bench/match.py --their-types german).
    found, x, y = _candidate_keys(ours, read, our_gtins, their_gtins, k=k, workers=workers)
    width = max(1, len(theirs))
    known = np.fromiter((i * width + j for i, j in pairs), dtype=np.int64, count=len(pairs))
    extra = list(zip(*(part.tolist() for part in np.divmod(found[~np.isin(found, known)], width))))
    pairs = pairs + extra
    again = np.array([n for n, (_, j) in enumerate(pairs) if (n >= len(decided) or not decided[n]) and j in held],
                     dtype=np.int64)
    if extra:
        cosine = np.concatenate([cosine, np.zeros(len(extra), dtype=cosine.dtype)])
        result = tuple(None if part is None else part + [None] * len(extra) if isinstance(part, list)
                       else np.concatenate([part, np.zeros((len(extra), *part.shape[1:]), dtype=part.dtype)])
                       for part in result)
        again = np.union1d(again, np.arange(len(pairs) - len(extra), len(pairs)))
    if not len(again):
        return unchanged
    rows = np.array([pairs[n][0] for n in again.tolist()], dtype=np.int64)
    cols = np.array([pairs[n][1] for n in again.tolist()], dtype=np.int64)
    cosine = cosine.copy()
    cosine[again] = _similarity(x, y, rows, cols)
    redo = _compare_all([pairs[n] for n in again.tolist()], cosine[again], ours, read, our_gtins, their_gtins,
                        gtin_owners, code_owners, workers, keep_reasons=keep_reasons, keep_features=keep_features,
                        style_words=style_words)
    _replace_rows(result, again, redo)
    clauses = {}
    reasons = result[5]
    for n in again.tolist():
        i, j = pairs[n]
        if clause := vocabulary.clause(ours[i], held[j]) if j in held else None:
            clauses[n] = clause
            if reasons[n] is not None:
                reasons[n] = f"{reasons[n]}; {clause}"
    return Read(pairs, cosine, result, read, x, y, clauses)
