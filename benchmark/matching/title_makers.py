"""Title makers: whether two titles read as one maker's products, for the evidence only one maker's
titles give (a model code a maker prints in parts, `code_spellings._codes_in_parts`).

A label and a number a maker prints apart ("Bosch GLL 3-80 C") have the shape of a size or a span
under a short label ("EU 39-42", "Age 3-4", "Vol 1-3", "DEN 15-20"), and both catalogues write
either alike. What tells them apart here is who writes them: one maker's titles on both sides, or two
makers' ("Falke Run socks EU 39-42" / "Burlington Everyday socks EU 39-42"). So such a code is
evidence for a pair only where the two titles are read as one maker's, and only from what a shop
states as its makers:

- the brand fields agree (`scoring._brand_agreement` "same": both fields, or one field written in the
  other title);
- or one brand that a brand field of either catalogue writes is named in both titles (a shop that
  fills its brand field for some rows shows its makers for the rest).

Where no brand field says who makes either product, no maker is read, and the code is a conflict only
(two codes printed in parts that differ still tell two products apart). A first form also read a
maker from a word both catalogues write among the leading words of two titles or more: in two shops
of one language that sell two socks each, that word is "socks", and two makers' socks were matched
on "EU 39-42" again (review R1 of the thirty-eighth session); the count of titles alone does not tell
a maker from a kind word, which both recur across the shops that sell them.
"""

from __future__ import annotations

from benchmark._text import Features


def _brands_named(f: Features, brands: frozenset[str]) -> set[str]:
    """The brands of the catalogues' brand fields the title names (a word or two words), and its own field."""
    found = {t for t in f.tokens if t in brands}
    found.update(x + y for x, y in zip(f.tokens, f.tokens[1:]) if x + y in brands)
    if f.brand:
        found.add(f.brand)
    return found


def one_maker(a: Features, b: Features, brand: str, brands: frozenset[str]) -> bool:
    """Do the two titles read as one maker's (the module's docstring)? `brand` is
    `scoring._brand_agreement`'s reading of the two, `brands` the catalogues' brand fields."""
    if brand == "same":
        return True
    if brand == "conflict" or not brands:
        return False
    return bool(_brands_named(a, brands) & _brands_named(b, brands))
