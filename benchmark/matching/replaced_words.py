"""Their shop's two listings written from one template with a word replaced, and whether
the replaced words name products or are a seller's (`assignment._DuplicateListings.replaced_for`).

A shop writes its siblings from one template: "Gamakatsu LS-2210 hooks size 8 (10 pcs)" and
"... size 12 (10 pcs)", "Darjeeling First Flush ..." and "... Second Flush ...". Where our
product's title writes the word of the listing it took and none of the other's, the other is
another product of their range (`our_word_replaced`). But a marketplace seller also writes a
product from another's template, with its own words where a product's word stood: "Akumulator
Makita BL1850B 18V 5Ah oryginał NOWY" beside "... 5,0Ah Li-Ion". Those words ("oryginał",
"nowy", "original", "new", "fast shipping") name no product. No word list tells the two apart
here; the catalogues in front of the matcher do (`ShopWords`):

- **a seller's word** is a word of letters that the shop writes on listings of other products
  too (the comparison finds them apart from the listing at hand): a claim of condition or
  service goes on whatever the seller sells. Its inflections count as the word ("oryginał" /
  "oryginalny"), as a shop writes one word with several endings.
- **a word that names products** is written in a changed place between two products one
  template apart elsewhere in the same catalogues: two of our products ("... 5,0 Ah" /
  "... 4,0 Ah"), or two of their listings the comparison finds two products or variants
  (their "135x245 cm granatowa" curtain beside their "szara" one). A colour or a technology
  ("bezprzewodowa", "Lightspeed") is written across listings of other products like a
  seller's word, and is told from one by this.

So the replaced words are read as naming products unless the other listing's places hold a
seller's word and no word of either listing's places is shown to name products anywhere in
the catalogues. The reading needs no language and no list: a shop's own writing across its
range is the evidence, and where a catalogue holds none either way (a word written once), the
template reading stands as it was. Numbers are never a seller's words: a number written in
place of ours is a size, a count or a model (a number and its unit written two ways are one
word already, `_one_word_written_twice`)."""

from __future__ import annotations

import difflib
from bisect import bisect_left
from collections.abc import Callable, Iterable

import numpy as np

from benchmark._text import Features

# How many places two titles of one shop may differ in and still be one template (`replaced_places`).
_TEMPLATE_PLACES = 2
# A word of letters this long or longer is the same word with letters added ("oryginał" /
# "oryginalny", "fasciante" / "fasciantetm"); shorter ones ("l", "pro") are read only as written.
_STEM_LETTERS = 4
# The evidence reads a bounded share of a large catalogue: the listings writing a word and the
# listings one template from each are each examined up to these counts (most words asked about
# are written on a few listings; a common word finds its evidence among the first).
_LISTINGS_READ = 20
_NEIGHBOURS_READ = 200


def replaced_places(a: list[str], b: list[str]) -> tuple[set[str], set[str]] | None:
    """Two titles' tokens as one template: the same words in the same order but in one or two
    places (difflib's opcodes), the equal part at least half of each, no word of a changed place
    written elsewhere in the other title (a moved word is two writings of one title). Returns the
    words of each side's changed places, less one word written two ways ("10" / "10in");
    None when the two are not one template."""
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    places = [op for op in blocks if op[0] != "equal"]
    shared = sum(i2 - i1 for tag, i1, i2, _, _ in blocks if tag == "equal")
    if not places or len(places) > _TEMPLATE_PLACES or 2 * shared < max(len(a), len(b)):
        return None
    only_a = {w for _, i1, i2, _, _ in places for w in a[i1:i2]}
    only_b = {w for _, _, _, j1, j2 in places for w in b[j1:j2]}
    if only_a & set(b) or only_b & set(a):
        return None
    written_twice = {(w, v) for w in only_a for v in only_b if _one_word_written_twice(w, v)}
    return only_a - {w for w, _ in written_twice}, only_b - {v for _, v in written_twice}


def our_word_replaced(ours: Features, taken: Features, other: Features) -> tuple[set[str], set[str]] | None:
    """Is `other`, a listing of one shop alike enough to the listing `taken` that
    our product took to be read as one product listed twice, that shop's title
    of `taken` with a word of our product's replaced: the two titles the same
    words in the same order but in one or two places, where `taken` writes a
    word our title writes too and `other` writes another, none of ours?

    Their TX16S "ELRS版" and "4in1版", VELUX blind "1100S biała" and "0705S
    granatowa" under the window's size MK04, hooks "size 8" and "size 12",
    "First Flush" and "Second Flush", a G502 X "PLUS" and "LIGHTSPEED": a
    shared code, or titles alike but for one word, made the second listing
    the first one listed again (a number apart weighs 0.05 under a shared
    code, and a word on each side is read across two shops as each shop's
    wording), so our product took it as well. This reads the two titles as
    what they are, one shop's writing, and asks our own title which side it
    is on; no word is listed. Why it holds on catalogues nobody here read:

    - a shop writes its siblings from one template, the place that tells
      them apart in the same spot; one product listed twice by two sellers
      or feeds is worded apart: its words move ("Ape Case AC252 Tri-Fold
      ..." / "... with Fold Out Wallet AC252"), or more than two places
      differ, and it stays the same product listed again;
    - a seller's additions ("New-", a code suffix, "(Unlocked)") add words,
      replacing none, and stay the same product listed again; so does a
      word written two ways ("10" / "10in", "Fasciante" / "FascianteTM");
    - our title is the evidence for this pair, read from the catalogue in
      front of the matcher: it writes the word `taken` writes and none of
      the words `other` writes in its place. Where our title names neither
      (our "Ergänzung" against their "Seefahrer Ergänzung") nothing is read,
      and where it names both, nothing either;
    - the listing is put to a person as another variant of the one our
      product took, as a colour or a year apart is, never dropped: a person
      answers it, and our GTIN or MPN on it still matches it.

    On the shared sets (bench/history/matching.md, twentieth session,
    "dupes") no second listing that the list of true pairs holds and the
    assignment matched is read so; the second listings it reads so are
    siblings ("Mobile SwingDrive" / "Mobile Vault and Privacy", "3rd grade"
    / "1st grade", "printmaster gold" / "platinum").

    Returns the changed places' words of `taken` and `other` (`replaced_places`) where it is,
    None where it is not. Whether those words name products or are a seller's is read from
    the catalogues (`ShopWords`, `assignment._DuplicateListings.replaced_for`)."""
    places = replaced_places(taken.tokens, other.tokens)
    if places is None:
        return None
    only_taken, only_other = places
    ours_words = set(ours.tokens)
    if only_other and only_taken & ours_words and not only_other & ours_words:
        return places
    return None


def _one_word_written_twice(w: str, v: str) -> bool:
    """One word with letters added after it: a number and its unit ("10" / "10in"), or a word
    of four letters or more with a mark or an ending ("fasciante" / "fasciantetm")."""
    short, long = sorted((w, v), key=len)
    rest = long[len(short):]
    return (long.startswith(short) and rest.isalpha() and bool(rest)
            and (short.isdigit() or (short.isalpha() and len(short) >= _STEM_LETTERS)))


class ShopWords:
    """One catalogue's words, as evidence of what a word is to that shop: the listings (or
    products) that write it, and whether it tells two of them apart (`tells_apart`). Built on
    first use: most runs never ask."""

    def __init__(self, features: list[Features]):
        self.features = features
        self._postings: dict[str, np.ndarray] | None = None
        self._vocabulary: list[str] = []

    def _index(self) -> dict[str, np.ndarray]:
        if self._postings is None:
            ids: dict[str, int] = {}
            words, rows = [], []
            for row, f in enumerate(self.features):
                for token in set(f.tokens):
                    words.append(ids.setdefault(token, len(ids)))
                    rows.append(row)
            words_a = np.asarray(words, dtype=np.int64)
            rows_a = np.asarray(rows, dtype=np.int64)
            order = np.argsort(words_a, kind="stable")
            bounds = np.searchsorted(words_a[order], np.arange(len(ids) + 1))
            by_id = list(ids)
            self._postings = {by_id[n]: rows_a[order[bounds[n]:bounds[n + 1]]] for n in range(len(ids))}
            self._vocabulary = sorted(ids)
        return self._postings

    def writing(self, word: str) -> list[int]:
        """The rows whose titles write `word` as it stands."""
        found = self._index().get(word)
        return [] if found is None else found.tolist()

    def writing_any_form(self, word: str) -> list[int]:
        """The rows whose titles write `word`, with letters added, or a word it adds letters to
        (`_one_word_written_twice`: "oryginał" finds "oryginalny")."""
        postings = self._index()
        forms = {word} if word in postings else set()
        n = bisect_left(self._vocabulary, word)
        while n < len(self._vocabulary) and self._vocabulary[n].startswith(word):
            if _one_word_written_twice(word, self._vocabulary[n]):
                forms.add(self._vocabulary[n])
            n += 1
        forms.update(word[:end] for end in range(_STEM_LETTERS, len(word))
                     if word[:end] in postings and _one_word_written_twice(word[:end], word))
        return sorted({row for form in forms for row in postings[form].tolist()})

    def tells_apart(self, words: set[str], distinct: Callable[[int, int], bool], skip: Iterable[int] = ()) -> bool:
        """Are two rows one template apart (`replaced_places`) with a word of `words` in a
        changed place, and `distinct(p, q)` (two products, not one listed twice)? Rows in
        `skip` are not read. A candidate row must share half of the row's words in order, so
        it writes one of the row's len // 2 + 1 rarest words: those words' rows are read."""
        postings, skip = self._index(), set(skip)
        for word in sorted(words):
            for p in self.writing(word)[:_LISTINGS_READ]:
                if p in skip:
                    continue
                tokens = self.features[p].tokens
                rarest = sorted(set(tokens), key=lambda t: len(postings[t]))[: len(tokens) // 2 + 1]
                near = sorted({q for t in rarest for q in postings[t][:_NEIGHBOURS_READ].tolist()} - skip - {p})
                for q in near[:_NEIGHBOURS_READ]:
                    places = replaced_places(tokens, self.features[q].tokens)
                    if places is not None and words & (places[0] | places[1]) and distinct(p, q):
                        return True
        return False
