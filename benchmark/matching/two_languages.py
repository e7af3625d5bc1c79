"""One product named in two languages: the maker and the numbers two titles share, where
every other word of each is one the other shop never writes, read against how many
products of each catalogue carry them. Proposed to a person, never matched.

A French shop's "Cartouches XROS 0.6Ω Mesh (x4) - Vaporesso" and our "Vaporesso XROS
Pods 0,6 Ohm Mesh 4 Stück" share the maker, the model and the numbers; the rest of
each title is its shop's language. Title similarity reads those words as differences,
and such pairs scored 0.44-0.59, under the review threshold: about 25 of the ninth
round's 61 missed pairs (an Italian, a Dutch, a Czech, a Portuguese shop against our
German one) and more in the rounds before.

Why this generalises, what it reads and what it does not:

- **Words the other catalogue never writes say nothing.** A word of one title only
  counts against a pair when the other catalogue writes it somewhere (then the other
  shop would have written it here, were it this product: "Pro", "Mini", "rot").
  A word the other catalogue writes nowhere ("Tauchmaske" in an Italian shop, "pinne"
  in a German one) is how one shop writes, and no other word tells which of the
  other shop's products it is. So the rule speaks only where *every* word one title
  has alone is one the other catalogue never writes: two shops writing one language,
  whose variants differ by words both write, never reach it.
- **A difference nothing reads is no absence of a difference.** A word the other shop
  never writes may still hold a colour, a pack or a set ("ブラック", black, against
  our "weiß"; "フィルム20枚セット", a camera sold with film, against our camera sold
  with a case; "x3 balles" against our "2 x 3er Dose (Bipack)"). So the rule proposes
  only where the readings `_text.extract` makes of both titles agree: a colour, a
  letter size, a format, a life stage, a concentration, consoles, an adapter's ends,
  a tool bare or in a kit, read on one title only, stops it where the other catalogue
  never reads that kind of thing (it writes it, if at all, in words no table here
  reads); a pack count or dimensions stop it unless the other title writes their
  numbers. Titles whose words apart are in a script no reading reads (Hangul,
  kana, Hebrew, Greek, Cyrillic) are never read by this rule, whatever they share.
- **The shared words read against each catalogue.** What the two titles share (the
  maker, a model's name, its numbers and sizes) is evidence in proportion to how few
  products carry it: a maker with one product sized 500 g names it, a maker with
  twenty 500 g products does not. The rule asks that exactly one product of ours
  and one listing of theirs carry every shared token, counted in the catalogues in
  front of the matcher (and again on the titles' letters and digits run together),
  so the same test is strict in a catalogue of one maker's range and loose in one
  of many makers, with no constant.
- **A maker and a number.** The shared terms must hold a word both titles write
  among their first words (where shops write the maker) or the brand field both
  give, and a number or a code: a name alone ("Cressi Gamma") or numbers alone
  ("500 g") are too little to propose on.
- **Nothing against it.** A pair any rule of the comparison reads as two products
  (sizes, numbers, colours, model codes, brands apart) or whose prices are apart is
  left as scored; so is a pair an identifier decided.
- **Proposed, never matched.** The evidence is thin (a word of each title is never
  compared); a person's answer decides, and the review loop learns from it as from
  any other proposal.

Bounded and cheap: the word test is read for every pair at once on the TF-IDF
vectors the candidates already hold (a number per product summing its words both
catalogues write, compared per pair); only the few pairs that pass it are read word
by word, and only those that pass every other test count their carriers, in each
catalogue's titles joined once (`_Carriers`).
"""

from __future__ import annotations

import functools
import re
from itertools import chain
from collections.abc import Callable

import numpy as np

from benchmark._text import Features
from benchmark.matching.scoring import _METHODS, _price_ratio

_FUZZY = _METHODS.index("fuzzy")
# Where a maker stands in a title, as `scoring._leading_words` reads it.
MAKER_PLACES = 4
# Prices further apart than this (the same currency) speak against a pair, as `scoring.compare` reads them.
PRICES_APART = 2.5
CLAUSE = ("the maker and numbers both titles write name one product in each catalogue, and every other word of "
          "each is one the other shop never writes (two languages)")


def named_in_two_languages(pairs: list[tuple[int, int]], scores: np.ndarray, methods: np.ndarray,
                           conflicted: np.ndarray, ours: list[Features], theirs: list[Features],
                           review_threshold: float, x, y, word_conflicted: np.ndarray | None = None,
                           other_conflict: Callable[[int], bool] | None = None) -> dict[int, str]:
    """Position in `pairs` of each pair named in two languages (see the module's docstring) -> its clause.

    `x`, `y`: the TF-IDF vectors of our products and their listings (`candidates._vectors`),
    one column per token, code and brand of either catalogue: the words test is read on them.
    `word_conflicted`: the pairs the word rule read as variants ("one word differs: tauchmaske
    vs maschera"); with `other_conflict(n)` (does any other rule read pair n as two products?),
    such a pair is read too, since the words the rule compared are two shops' languages
    whenever the test below passes: each is a word the other catalogue never writes."""
    open_to = ~conflicted
    if word_conflicted is not None and other_conflict is not None:
        open_to = open_to | word_conflicted
    wanted = np.flatnonzero((methods == _FUZZY) & (scores < review_threshold) & open_to)
    if not len(wanted):
        return {}
    # The test on words comes first, for every pair at once: a pair can pass only where the
    # words of each title that the other catalogue writes are the same words (then every other
    # word of each is one the other shop never writes). Two shops writing one language fail it
    # on nearly every pair, so the rest is read for a few (100,000 x 100,000 in one language: a
    # handful).
    ours_key, theirs_key = _known_tokens_keys(x, y)
    # Each wanted pair's two indices as one array, gathered in C (`map`, `chain`): a generator
    # per side indexing the pairs one by one was most of the test's cost.
    rows, cols = np.fromiter(chain.from_iterable(map(pairs.__getitem__, wanted.tolist())), dtype=np.int64,
                             count=2 * len(wanted)).reshape(-1, 2).T
    wanted = wanted[ours_key[rows] == theirs_key[cols]].tolist()
    out = {}
    readings = _Readings(ours, theirs)
    our_carriers, their_carriers = _Carriers(ours), _Carriers(theirs)
    for n in wanted:
        i, j = pairs[n]
        a, b = ours[i], theirs[j]
        ta, tb = _terms(a), _terms(b)
        shared = ta & tb
        if not shared or not any(any(c.isdigit() for c in t) for t in shared):
            continue
        maker = (a.brand and a.brand == b.brand) or bool(_maker_words(a) & _maker_words(b) & shared)
        if not maker:
            continue
        same_currency = not (a.currency and b.currency and a.currency != b.currency)
        ratio = _price_ratio(a.price, b.price) if same_currency else None
        if ratio and ratio > PRICES_APART:
            continue
        if conflicted[n] and other_conflict is not None and other_conflict(n):
            continue
        # Words in a script none of the readings reads: a colour, a pack or a set written there
        # is a difference nothing sees ("ブラック" against our "weiß", "フィルム20枚セット").
        if readings.apart(a, b, ours, theirs) or not all(t.isascii() for t in ta ^ tb):
            continue
        # The products that carry every shared term, counted on the titles' letters and digits run
        # together: a shop writes "SB 18 LT BL" where another writes "SB18LTBL", and "BM 27" where
        # another writes "BM27", so a term may stand inside another product's code.
        if our_carriers.count(shared) == 1 and their_carriers.count(shared) == 1:
            out[n] = CLAUSE
    return out


def _known_tokens_keys(x, y) -> tuple[np.ndarray, np.ndarray]:
    """Per product of each side, a number naming the set of its title's words (the columns of
    its TF-IDF vector that are words, `candidates._vectors`) that the other catalogue writes
    too: two products hold the same number when they hold the same such words. A sum of random 40-bit numbers, one per column, over
    the columns both catalogues write: two different sets share a sum by chance about once in
    2^40, and a pair passed so is read again on its words below."""
    both = (np.bincount(x.indices, minlength=x.shape[1]) > 0) & (np.bincount(y.indices, minlength=y.shape[1]) > 0)
    words = getattr(x, "word_columns", None)  # vectors built elsewhere than `candidates._vectors`: every column
    if words is not None:
        both &= words
    weight = np.random.default_rng(0).integers(1, 1 << 40, size=x.shape[1], dtype=np.int64)
    weight[~both] = 0
    return tuple(np.add.reduceat(np.append(weight[m.indices], 0), m.indptr[:-1]) * (np.diff(m.indptr) > 0)
                 for m in (x, y))


def _terms(f: Features) -> set[str]:
    """A title's tokens, and the letters and the digits of a token that mixes them ("bm27": "bm",
    "27"): a shop writes "BM 27" where another writes "BM27", and a word written inside a code
    is written."""
    out = set(f.tokens)
    for t in f.tokens:
        if not t.isalpha() and not t.isdigit():
            out.update(_runs(t))
    return out


@functools.lru_cache(maxsize=65536)
def _runs(token: str) -> tuple[str, ...]:
    return tuple(_RUNS.findall(token))


_RUNS = re.compile(r"[^\W\d_]+|\d+")


def _maker_words(f: Features) -> set[str]:
    return {t for t in f.tokens[:MAKER_PLACES] if t.isalpha() and len(t) >= 2}


# What `_text.extract` reads of a title in words: a colour, a letter size, a book's format,
# the life stage it is for, a concentration, consoles, an adapter's ends, a tool sold bare or as a kit.
_WORD_READINGS = ("colours", "sizes", "formats", "stages", "scent", "consoles", "ends", "battery", "game_edition")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


class _Readings:
    """Which of `_WORD_READINGS` each catalogue reads on any of its products: a catalogue that
    never reads a colour writes its colours (if it writes them) in words no table here reads."""

    def __init__(self, ours: list[Features], theirs: list[Features]) -> None:
        self.read: dict[tuple[int, str], bool] = {}

    def reads(self, side: list[Features], name: str) -> bool:
        key = (id(side), name)
        if key not in self.read:
            self.read[key] = any(getattr(f, name) for f in side)
        return self.read[key]

    def apart(self, a: Features, b: Features, ours: list[Features], theirs: list[Features]) -> bool:
        """Does one title read something of the product (`_WORD_READINGS`, a pack count,
        dimensions) that the other does not read alike, where the other may write it in words
        nothing reads?

        Two readings that differ say two products (the comparison's conflicts say so too). A
        reading on one side only is a difference only where the other catalogue never reads
        that kind of thing: then it writes it, if at all, in its own words ("ブラック" for our
        "weiß", "Beyaz" for "weiß"), and its listing may hold another colour for all anyone
        here can read. Where the other catalogue reads it on other products, its listing
        states none. A pack count or dimensions the other title writes as numbers are written
        there ("5 x 130 g" / "130g x 5개"); where not ("2 x 3er Dose (Bipack)" / "x3 balles"),
        the pack may be written in words."""
        for name in _WORD_READINGS:
            mine, other = getattr(a, name), getattr(b, name)
            if mine != other:
                if mine and other:
                    return True
                if not self.reads(theirs if mine else ours, name):
                    return True
        return quantities_apart(a, b)


def quantities_apart(a: Features, b: Features) -> bool:
    """Does one title read a pack count or dimensions the other does not write alike? A pack
    count or dimensions the other title writes as numbers are written there ("5 x 130 g" /
    "130g x 5개"); where not ("2 x 3er Dose (Bipack)" / "x3 balles", "8er-Set" / "Set of Two"),
    the pack may be written in words nothing reads, and may differ."""
    for mine, other in ((a, b), (b, a)):
        if mine.pack and mine.pack != other.pack and (other.pack or not _writes(other, (mine.pack,))):
            return True
        for dims in mine.dimensions - other.dimensions:
            if other.dimensions or not _writes(other, dims):
                return True
    return False


def _writes(f: Features, values) -> bool:
    """Does the title write every one of `values` as a number?"""
    written = {float(n.replace(",", ".")) for t in f.all_numbers for n in _NUMBER.findall(t)}
    return all(float(v) in written for v in values)


# How much of a catalogue's joined titles `_Carriers` reads to tell a rare term from a common one.
SAMPLE_CHARACTERS = 1 << 16


class _Carriers:
    """How many products of a catalogue write every term of a set somewhere in their letters and
    digits (`Features.flat`), up to 2: counted for the pairs every other test passed (a few per
    catalogue: none where the two shops write one language).

    Every title's letters and digits are joined once, a line each, at the first pair that comes
    this far; each count finds one term in them (`str.find`, in C) and reads only the titles
    where it stands. A Python loop over every product per pair was nine tenths of the rule's
    time at 100,000 x 100,000 (16 counts of 65 ms; bench/history/matching.md, twenty-third
    session). A term holds no line break (letters, digits and [-/.,]), so none is found across
    two titles, and which term is found first changes the time, never the count."""

    def __init__(self, side: list[Features]) -> None:
        self.side: list[Features] | None = side
        self.joined = ""

    def count(self, shared: set[str]) -> int:
        if self.side is not None:
            self.joined = "\n" + "\n".join(f.flat for f in self.side) + "\n"
            self.side = None
        joined = self.joined
        # The term found first is the one found least often in the first SAMPLE_CHARACTERS of the
        # titles (the longest of those): a maker or a kind of product stands in thousands of
        # titles, a model's name in a few, and each title it stands in costs a look.
        sample = min(len(joined), SAMPLE_CHARACTERS)
        first, *rest = sorted(shared, key=lambda t: (joined.count(t, 0, sample), -len(t)))
        found = 0
        at = joined.find(first)
        while at >= 0:
            # The title it stands in: from the line break before it to the one after.
            end = joined.find("\n", at)
            flat = joined[joined.rfind("\n", 0, at) + 1:end]
            if all(t in flat for t in rest):
                found += 1
                if found > 1:
                    break
            at = joined.find(first, end)
        return found
