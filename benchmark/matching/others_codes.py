"""A code a title writes as another maker's: an aftermarket part titled with its own maker and
number, and further on the original maker's name and number, in whatever words say "in place of"
(`others_codes`, called by `features._features_of` once both sides' features are read)."""

from __future__ import annotations

from collections import Counter

from benchmark._text import Features
from benchmark._text.letters import _NOT_ALNUM, _PIECE

# The fewest titles of a shop a name must open to be read as a maker that shop sells.
MAKER_TITLES = 2


def _others_codes(*sides: list[Features]) -> None:
    """Add to a title's `targets`, in place, a code it writes as another maker's: the title opens
    with a name and a code of its own right after it (its maker and its number: "CEF 500355",
    "Sierra 18-3245"), and writes further on another code right after a name that opens at least
    MAKER_TITLES titles of its shop and more than it is written inside them (a maker the shop
    sells, which its titles name first: "... ޔަމަހާ 6H4-44352-02 ގެ ބަދަލުގައި", "... badala ya
    Mercury 47-89984T4"; a word that opens a few of a marketplace's many titles, "Black",
    "Speakers", is written inside far more). Makers of aftermarket parts title them so in
    every language, and the words around the original's number ("in place of", "replaces",
    "fits") are the shop's language's, which no list holds for every language (`_text.fits._FOR`
    reads those of the languages parts shops write most). The shape and the shop's own titles
    say it here: a listing of the original names its maker first, so its code follows no other
    maker's name and number; a title naming two makers' numbers, the first its own, is the
    first maker's part. The comparison then reads the code as what the listing fits
    (`conflicts._accessory`), as it reads one after "for".

    Counted in the catalogue in front of the matcher (the names that open its titles), so it
    holds for any shop; a shop whose titles open with the kind of product ("Waterpomp impeller
    Mercury ...") has no such opening and reads as before."""
    for side in sides:
        # How many titles each word opens, and how many write it further on: a maker opens more.
        openers: Counter[str] = Counter()
        inside: Counter[str] = Counter()
        opened: list[tuple[Features, list[str]]] = []
        for f in side:
            pieces = [_NOT_ALNUM.sub("", p) for p in _PIECE.findall(f.text)]
            if not pieces:
                continue
            openers[pieces[0]] += 1
            inside.update(set(pieces[1:]))
            # Most titles carry one code or none: only those with two are read again.
            if len(f.codes) >= 2:
                opened.append((f, pieces))
        for f, pieces in opened:
            if len(pieces) < 4 or not _is_name(pieces[0]) or pieces[1] not in f.codes:
                continue
            maker, own = pieces[0], pieces[1]
            named = {code for before, code in zip(pieces[2:], pieces[3:])
                     if code in f.codes and code != own and before != maker and _is_name(before)
                     and openers[before] >= MAKER_TITLES and openers[before] > inside[before]}
            if named:
                f.targets = f.targets | frozenset(named)


def _is_name(piece: str) -> bool:
    """A word of letters, with their marks (Thaana's vowels, Devanagari's signs), and no digit: a
    maker's name may be written so, a number or a code may not."""
    return not any(c.isdigit() for c in piece) and any(c.isalpha() for c in piece)
