"""A model that is a name, or a name and the number after it ("OPRO Gold", "Gilbert Barrel",
"Silhouette Portrait 4"), read from the two catalogues in front of the matcher: a pair nothing
else found, whose titles both write one maker's model name that names one product of ours and
one listing of theirs, is proposed to a person, never matched.

Two shops writing two languages share little of a title but the maker and the model: "Pompa a
barile Gilbert Barrel per palloni" / "Pamu ea Gilbert Barrel mo polo" scores 0.43, each shop's
words for the kind read as differences. Where the model has a code the comparison reads it;
where it has a name (or a name and one digit, the shape of a generation: "Explore 3", "Cameo
5"), nothing said which of the words both titles write is the model, and the pair was missed.

Why this holds on a catalogue nobody here wrote, and what it reads:

- **The name is where the maker's model stands: a written word of letters right after a word of
  letters among each title's first words** (`MAKER_PLACES`, as `scoring._leading_words` reads
  the maker), the same two words in both titles ("gilbert barrel"). No list of makers or of
  names: a shop that writes the kind first writes the maker and the model after it, within the
  first words, in any language. A word is what the shop wrote between spaces, so "ATC-XP" and
  "ATC-Guide" are no name "ATC". A listing that writes the two words later ("Rhino needles for
  the Gilbert Barrel Pump", "a case that fits the OPRO Gold") names another product's model as
  what it goes with, not as its own, and carries no name here.
- **The number right after the name is part of it** ("portrait 4" is not "portrait 3": the
  number after a model's name is a generation), so two siblings a digit apart carry two names,
  and one with a number against one with none carry two too ("Maker 3" / "Maker (1st
  generation)").
- **A name, not a word of the kind: counted in the catalogues.** Every name the two titles
  share must stand so on exactly one product of ours and one listing of theirs (a listing that
  is another carrier's title with words added after a dash or a plus, a used piece or a pack,
  `tails.set_apart`, is that listing's variant and not counted). A word that names a model in
  one catalogue is a kind, a finish or a range in another ("Gold", "Classics", "Match"): there
  the same two words stand on several products of a side (a jeweller's "Pandora Gold" rings, a
  shop's "Canterbury Classics" bags in two sizes written in words no table reads), so the count,
  not the word, decides, read afresh for every two catalogues. Which of two such listings is ours
  is a guess, so nothing is proposed; nor is a listing left alone because a rule read its
  sibling as another product: that rule may as well have misread ours (a shoe's "EU 35" against
  the listing's "UK 2.5" read apart, its sibling a width letter away left).
- **The word after the name, read as `makers_numbers._makers_numbers` reads the word after a maker's
  number**: where one title writes a word right after the name that the other title lacks and
  the other catalogue writes elsewhere ("Node Wireless" against our "Node Icon", where our
  shop writes "wireless"), it names a model beside the name; a word the other shop never writes
  is its language. So do two titles that each write other words between the name and a word
  both write after it ("Node Icon Netzwerk-Streamer" / "Node Wireless Streamer"): the words
  between are each model's designation (`_designations_apart`).
- **Two shops' languages, not one's.** Every word of letters one title writes alone is one the
  other catalogue never writes (as `two_languages` reads the words apart, but for words of one
  or two letters): the words that differ are each shop's words for the kind. Two shops writing
  one language write each other's words, and there the title similarity has already weighed
  the name with every other word; a word one title lacks that its shop writes elsewhere ("Pro",
  "Lite", "Mini") may be the model's. So a pair of one language's shops is never read (on
  Amazon-Google, read without this, it moved the figure after 100 answers by -0.005).
- **Nothing else found either side, and nothing against it.** The pair's product of ours and
  its listing have no other pair at or above the review threshold or flagged by the calibration:
  the name reads what would be lost, never competes with other evidence. A pair any rule of the
  comparison reads as two products, that writes a model code on either side (its identifier,
  which the comparison reads), whose pack or dimensions differ as `two_languages` reads them, or
  whose prices are further apart than `two_languages.PRICES_APART`, is left as scored.
- **Proposed, never matched.** A name is weaker evidence than a code: a maker may keep one
  name for a line whose sizes or colours a shop writes in words nothing here reads. A person's
  answer decides, as for the maker's number (`codes._shared_number`) and two languages
  (`two_languages`).

Cheap: each title's names are read once (its first few words), counted per side in a dict;
only the pairs of the few products of ours with a name some listing carries are looked at.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from itertools import chain
from operator import attrgetter, itemgetter

import numpy as np

from benchmark._text import Features
from benchmark.matching.calibration import pair_arrays
from benchmark.matching.scoring import _METHODS, _price_ratio
from benchmark.matching.tails import set_apart
from benchmark.matching.two_languages import PRICES_APART, quantities_apart

_FUZZY = _METHODS.index("fuzzy")
_TOKENS = attrgetter("tokens")
# Where a maker stands in a title, as `scoring._leading_words` reads it.
MAKER_PLACES = 4
# A model's name is a word of letters this long or more: a letter or two is a size, a grade or a
# piece of a code ("m", "sg"), which the comparison reads on its own.
MIN_NAME_LETTERS = 3
# What a shop writes around a word: punctuation, quotes, emoji.
_EDGES = re.compile(r"^\W+|\W+$")
# A number right after a name: a generation ("3") or a model's number ("58.5").
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _words(f: Features) -> list[str]:
    """The title's first written words, as the shop wrote them between spaces, without the
    punctuation around them (`Features.text` is the title cleaned and lower-cased)."""
    out = []
    for piece in f.text.split(None, _READ)[:_READ]:
        # Most words are letters or digits only: the pattern only for the others (a comma, a quote).
        if not piece.isalnum():
            piece = _EDGES.sub("", piece)
        if piece:
            out.append(piece)
    return out


# The words of a title read: the maker's places, the name, a number and the word after them.
_READ = MAKER_PLACES + 3


def model_names(f: Features) -> dict[str, str]:
    """The names a title writes where a maker's model stands, each with the word written right
    after it ("" if none): each word of letters right after a word of letters among its first
    MAKER_PLACES words, the two written together with the number after them, if one follows
    ("silhouette portrait 4", "opro gold")."""
    words = _words(f)
    out = {}
    for n, maker in enumerate(words[:MAKER_PLACES]):
        name = words[n + 1] if n + 1 < len(words) else ""
        if len(name) < MIN_NAME_LETTERS or len(maker) < 2 or not name.isalpha() or not maker.isalpha():
            continue
        after = words[n + 2] if n + 2 < len(words) else ""
        if _NUMBER.fullmatch(after):
            out[f"{maker} {name} {after}"] = words[n + 3] if n + 3 < len(words) else ""
        else:
            out[f"{maker} {name}"] = after
    return out


def _carriers(side: list[Features], rows: np.ndarray, names: frozenset[str] | None = None
              ) -> tuple[dict[int, dict[str, str]], dict[str, list[int]]]:
    """The names each product of `side` at `rows` writes, and the products carrying each name
    (of `names` only, when given)."""
    read: dict[int, dict[str, str]] = {}
    carriers: dict[str, list[int]] = defaultdict(list)
    for k in rows.tolist():
        found = read[k] = model_names(side[k])
        for name in found:
            if names is None or name in names:
                carriers[name].append(k)
    return read, carriers


def _every_carrier(side: list[Features], names: frozenset[str]) -> dict[str, list[int]]:
    """The products of a whole side that carry each of `names`. Only a title that writes one of
    the names' makers among its first words is read word by word: a look at a few of its tokens
    for every other (`Features.tokens` split more finely than written words, so twice as many)."""
    makers = frozenset(name.split(" ", 1)[0] for name in names)
    # Every title of the side is met, by C loops (`map`): a generator over the side cost a third more, and this
    # pass over both catalogues was most of the stage (bench/history/match-speed.md, thirty-sixth session).
    apart = np.fromiter(map(makers.isdisjoint, map(_FIRST_TOKENS, map(_TOKENS, side))), dtype=bool, count=len(side))
    return _carriers(side, np.flatnonzero(~apart), names)[1]


# The tokens `_every_carrier` reads of a title for a maker's name.
_FIRST_TOKENS = itemgetter(slice(0, 2 * MAKER_PLACES))


CLAUSE = ("the model's name {name!r} stands after the maker on this product of ours and on this listing alone "
          "of theirs, and nothing else found either: a person decides")


class _Written:
    """The words of letters one catalogue writes anywhere: read on the first pair that asks."""

    def __init__(self, side: list[Features]) -> None:
        self.side: list[Features] | None = side
        self.words: set[str] = set()

    def __contains__(self, word: str) -> bool:
        if self.side is not None:
            # Every token gathered by C loops, and only the word asked tested for letters: a test per token of
            # the catalogue cost half as much again.
            self.words = set(chain.from_iterable(map(_TOKENS, self.side)))
            self.side = None
        return word in self.words and word.isalpha()


def _words_the_other_writes(x: Features, y: Features, other_side: _Written) -> bool:
    """Does title x write a word of letters (MIN_NAME_LETTERS or more) that title y lacks and y's
    catalogue writes elsewhere? Then the other shop would have written it here, were it this
    product (`two_languages` reads the words apart so)."""
    lacks = set(y.tokens)
    return any(len(t) >= MIN_NAME_LETTERS and t.isalpha() and t not in lacks and t in other_side for t in x.tokens)


def _word_apart(after_a: str, after_b: str, a: Features, b: Features, ours: _Written, theirs: _Written) -> bool:
    """Does the word right after the name in one title name a model beside it: a word the other
    title lacks and the other catalogue writes elsewhere?"""
    if after_a == after_b:
        return False
    return bool((after_a.isalpha() and after_a not in b.tokens and after_a in theirs)
                or (after_b.isalpha() and after_b not in a.tokens and after_b in ours))


# The words after a name read for a word both titles write there (`_designations_apart`).
AFTER_NAME = 3


def _after(f: Features, name: str) -> list[str]:
    """The tokens a title writes right after the name (its last word or number), AFTER_NAME of them."""
    last = name.rsplit(" ", 1)[-1]
    tokens = f.tokens
    for n, token in enumerate(tokens):
        if token == last or (("." in last or "," in last) and token == last.replace(",", ".").split(".")[-1]):
            return tokens[n + 1:n + 1 + AFTER_NAME]
    return []


def _designations_apart(name: str, a: Features, b: Features) -> bool:
    """Do the two titles each write other words between the name and a word of letters both
    write right after it ("Node Icon Netzwerk-Streamer" / "Node Wireless Streamer")? The words
    between are then each model's designation beside one kind word, not two shops' words for
    the kind: two languages share no kind word there ("Barrel per palloni" / "Barrel mo polo"),
    and a maker's one model written alike goes on alike ("Triflex Lite ..." / "Triflex Lite ...")."""
    after_a, after_b = _after(a, name), _after(b, name)
    for n, token in enumerate(after_a):
        if len(token) >= MIN_NAME_LETTERS and token.isalpha() and token in after_b:
            return set(after_a[:n]) != set(after_b[:after_b.index(token)])
    return False


def named_models(pairs: list[tuple[int, int]], scores: np.ndarray, methods: np.ndarray, conflicted: np.ndarray,
                 ours: list[Features], theirs: list[Features], review_threshold: float, flagged: np.ndarray,
                 word_conflicted: np.ndarray, other_conflict: Callable[[int], bool],
                 arrays: tuple[np.ndarray, np.ndarray] | None = None) -> dict[int, str]:
    """Position in `pairs` of each pair a model's name proposes (see the module's docstring) -> its clause.

    `conflicted`: the pairs any rule of the comparison reads as two products; `word_conflicted`:
    those the word rule read so ("one word differs"), which are read still where
    `other_conflict(n)` says no other rule reads pair n as two products: a word one shop writes
    for the kind and the other never writes is its language, not a variant. `flagged`: the pairs
    the calibration (or another reading) already matches or puts to a person. `arrays`: the
    pairs' rows and columns as two arrays, where the caller holds them (`calibration.pair_arrays`)."""
    wanted = np.flatnonzero((methods == _FUZZY) & (scores < review_threshold) & ~flagged)
    if not len(wanted):
        return {}
    rows, cols = arrays if arrays is not None else pair_arrays(pairs)
    # A product of ours or a listing that other evidence already puts to a person or matches is
    # found: the name reads only what nothing else found.
    found = (scores >= review_threshold) | flagged
    our_found = np.zeros(len(ours), dtype=bool)
    our_found[rows[found]] = True
    their_found = np.zeros(len(theirs), dtype=bool)
    their_found[cols[found]] = True
    wanted = wanted[~our_found[rows[wanted]] & ~their_found[cols[wanted]]]
    if not len(wanted):
        return {}
    # The names the products of ours and the listings still open write, where neither writes a
    # model code (its identifier, which the comparison reads: a title that writes one, "Weber
    # Original Kettle E-5710", names its model by it, not by a name); then every product of each
    # side that carries one of the names both write. On a catalogue whose every title writes a
    # code nothing more is read.
    open_ours, open_theirs = _marked(rows[wanted], len(ours)), _marked(cols[wanted], len(theirs))
    our_names, once = _carriers(ours, open_ours[[not ours[i].codes for i in open_ours.tolist()]])
    their_names, _ = _carriers(theirs, open_theirs[[not theirs[j].codes for j in open_theirs.tolist()]])
    # A name two of those products of ours carry names neither.
    both = frozenset(name for name, carriers in once.items() if len(carriers) == 1) & frozenset(
        chain.from_iterable(their_names.values()))
    if not both:
        return {}
    our_carriers, their_carriers = _every_carrier(ours, both), _every_carrier(theirs, both)
    # The names one product of ours carries: only the pairs of those products are read.
    named = {carriers[0] for carriers in our_carriers.values() if len(carriers) == 1}
    if not named:
        return {}
    wanted = wanted[np.isin(rows[wanted], np.fromiter(named, dtype=np.int64, count=len(named)))]
    written_ours, written_theirs = _Written(ours), _Written(theirs)
    out = {}
    for n in wanted.tolist():
        i, j = pairs[n]
        if i not in our_names or j not in their_names:
            continue
        shared = our_names[i].keys() & their_names[j].keys()
        if not shared or (conflicted[n] and not word_conflicted[n]):
            continue
        a, b = ours[i], theirs[j]
        if quantities_apart(a, b):
            continue
        same_currency = not (a.currency and b.currency and a.currency != b.currency)
        ratio = _price_ratio(a.price, b.price) if same_currency else None
        if ratio and ratio > PRICES_APART:
            continue
        if not all(_one_each(name, j, our_carriers, their_carriers, theirs, a) for name in shared):
            continue
        if _words_the_other_writes(a, b, written_theirs) or _words_the_other_writes(b, a, written_ours):
            continue
        if any(_word_apart(our_names[i][name], their_names[j][name], a, b, written_ours, written_theirs)
               for name in shared) or any(_designations_apart(name, a, b) for name in shared):
            continue
        # The pair's own word rule read last: it compares the pair again.
        if conflicted[n] and other_conflict(n):
            continue
        out[n] = CLAUSE.format(name=max(shared, key=len))
    return out


def _marked(rows: np.ndarray, size: int) -> np.ndarray:
    """The distinct rows, in order (`np.unique`'s answer): marked on an array of the side's size,
    which took a tenth of `np.unique`'s time on 100,000 pairs' rows."""
    marked = np.zeros(size, dtype=bool)
    marked[rows] = True
    return np.flatnonzero(marked)


def _one_each(name: str, j: int, our_carriers: dict[str, list[int]], their_carriers: dict[str, list[int]],
              theirs: list[Features], a: Features) -> bool:
    """Does the name stand on one product of ours and, of theirs, on listing j alone (a listing
    that is another carrier's title with words added after a dash or a plus not counted)?"""
    if len(our_carriers[name]) != 1:
        return False
    left = their_carriers[name]
    if len(left) > 1:
        texts = [theirs[k].text for k in left]
        left = [k for k, text in zip(left, texts) if set_apart(text, texts, a.text) is None]
    return left == [j]
