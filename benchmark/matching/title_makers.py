"""Title makers: whether two titles read as one maker's products where a shop fills no brand field,
read from what the two catalogues show, for the evidence only one maker's titles give (a model
code a maker prints in parts, `code_spellings._codes_in_parts`).

A label and a number a maker prints apart ("Bosch GLL 3-80 C") have the shape of a size or a span
under a short label ("EU 39-42", "Age 3-4", "Vol 1-3", "DEN 15-20"), and both catalogues write
either alike. What tells them apart is who writes them: one maker's titles on both sides, or two
makers' ("Falke Run socks EU 39-42" / "Burlington Everyday socks EU 39-42"). So such a code is
evidence for a pair only where the two titles are read as one maker's, positively:

- by the brand fields (`scoring._brand_agreement` "same"), or by one brand a brand field of either
  catalogue writes, named in both titles (a shop that fills its brand field for some rows shows its
  makers for the rest);
- where neither holds, by a word both titles write among their leading words (where a title writes
  its maker: first, or after a kind of product of a word or two) that **each** catalogue writes
  there in two titles or more (`maker_words`). A maker recurs so across the shops that sell it; a
  product line's or a model's name is written once, a kind word in one language is written by one
  shop only ("Linienlaser" / "Laser liniowy"). And where each title also writes a leading word the
  other lacks and the other's catalogue writes elsewhere, each names its own product by it
  (`makers_numbers._word_apart`'s reading): two shops of one language that write the kind first
  ("Socks Falke ..." / "Socks Burlington ...") share the kind word and differ by the makers.

No list of makers and no position alone (review R2 of the thirty-fourth session's lesson: a kind word
opens titles as a maker does): a maker is read only where the two catalogues both show it, and a
title with no maker shown gives no such evidence. What is left unread (a maker each shop writes once,
a shop of one maker's products only) keeps the code for conflicts: two codes printed in parts that
differ still tell two products apart, whoever makes them.
"""

from __future__ import annotations

from collections import defaultdict

from benchmark._text import Features

# Where a title writes its maker: first, or after a shop's word or a kind of product of one or two
# words ("Linijski laser Bosch"), as `scoring.MAKER_PLACES` reads it.
MAKER_PLACES = 4
# A word the catalogue writes among the leading words of this many titles or more.
SHOWN_TITLES = 2


def leading_words(f: Features) -> set[str]:
    """The title's words of letters, three or more, among its first MAKER_PLACES words."""
    return {t for t in f.tokens[:MAKER_PLACES] if len(t) >= 3 and t.isalpha()}


def maker_words(*sides: list[Features]) -> frozenset[str]:
    """The words every side writes among the leading words of SHOWN_TITLES titles or more."""
    shown: set[str] | None = None
    for side in sides:
        counts: dict[str, int] = defaultdict(int)
        for f in side:
            for w in leading_words(f):
                counts[w] += 1
        here = {w for w, n in counts.items() if n >= SHOWN_TITLES}
        shown = here if shown is None else shown & here
    return frozenset(shown or ())


def _brands_named(f: Features, brands: frozenset[str]) -> set[str]:
    found = {t for t in f.tokens if t in brands}
    found.update(x + y for x, y in zip(f.tokens, f.tokens[1:]) if x + y in brands)
    if f.brand:
        found.add(f.brand)
    return found


def one_maker(a: Features, b: Features, brand: str, brands: frozenset[str], words: frozenset[str],
              written: tuple[frozenset[str], frozenset[str]] | None = None) -> bool:
    """Do the two titles read as one maker's (the module's docstring)? `brand` is
    `scoring._brand_agreement`'s reading of the two, `brands` the catalogues' brand fields, `words`
    the `maker_words`, `written` each side's words (a's, b's), where known."""
    if brand == "same":
        return True
    if brand == "conflict":
        return False
    named_a, named_b = _brands_named(a, brands), _brands_named(b, brands)
    if named_a or named_b:
        return bool(named_a & named_b) or (any(m in b.flat for m in named_a) and any(m in a.flat for m in named_b))
    shown_a, shown_b = leading_words(a) & words, leading_words(b) & words
    if not shown_a or shown_a != shown_b:
        return False
    if written is None:
        return True
    own_a, own_b = leading_words(a) - set(b.tokens), leading_words(b) - set(a.tokens)
    return not (any(w in written[1] for w in own_a) and any(w in written[0] for w in own_b))
