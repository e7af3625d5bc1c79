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
    MAKER_TITLES titles of its shop and at least twice as many as it is written inside (a maker
    the shop sells, which its titles name first: "ޔަމަހާ" opens nine of a Maldivian shop's titles
    and is written inside one, "... ޔަމަހާ 6H4-44352-02 ގެ ބަދަލުގައި"; a word that opens a few of a
    marketplace's many titles, "Black", "Speakers", is written inside far more, and "RAM", a
    maker's name and a kind of memory, about as often). Makers of aftermarket parts title them so in
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
        # The titles that open with a name and a code of their own right after it, read piece by
        # piece; the rest only asked whether they open with or write a name found there. Most titles
        # carry one code or none and are passed over by the set's size and two string tests: the
        # pieces of every title, read by the script-aware pattern, cost 1.5 s over Walmart-Amazon's
        # 24,628 titles.
        named: list[tuple[Features, dict[str, str]]] = []
        for f in side:
            if len(f.codes) < 2 or not f.tokens or not _is_name(first := f.tokens[0]) \
                    or not any(f.flat.startswith(code, len(first)) for code in f.codes):
                continue
            pieces = [_NOT_ALNUM.sub("", p) for p in _PIECE.findall(f.text)]
            if len(pieces) < 4 or not _is_name(pieces[0]) or pieces[1] not in f.codes:
                continue
            maker, own = pieces[0], pieces[1]
            # Each code after a name, by the name.
            after = {code: before for before, code in zip(pieces[2:], pieces[3:])
                     if code in f.codes and code != own and before != maker and _is_name(before)}
            if after:
                named.append((f, after))
        if not named:
            continue
        names = {before for _, after in named for before in after.values()}
        # How many titles each such name opens (their first word), and how many write it further on.
        openers: Counter[str] = Counter()
        inside: Counter[str] = Counter()
        for f in side:
            if names.isdisjoint(f.pieces):
                continue
            for name in names & f.pieces:
                if f.tokens[0] == name:
                    openers[name] += 1
                else:
                    inside[name] += 1
        for f, after in named:
            makers = {code for code, before in after.items()
                      if openers[before] >= MAKER_TITLES and openers[before] >= 2 * inside[before]}
            if makers:
                f.targets = f.targets | frozenset(makers)


def _is_name(piece: str) -> bool:
    """A word of letters, with their marks (Thaana's vowels, Devanagari's signs), and no digit: a
    maker's name may be written so, a number or a code may not."""
    # Most names are letters only, told by one call; a name with marks is asked letter by letter.
    return piece.isalpha() or (not any(c.isdigit() for c in piece) and any(c.isalpha() for c in piece))
