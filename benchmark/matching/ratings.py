"""Ratings: a bare number the title reads as a model code ("12000" of "12000 BTU") that the two
catalogues show to be a quantity, written with a unit word no list here holds.

`_text.extract` reads a number of five digits or more as a model code, as makers number their
products ("Avery 18160", "HON 10700 Series", "Encore 10599"), and a unit it knows as a quantity
("20000 mAh", "3200 rpm"). A unit it does not know leaves the number a code: "Midea PortaSplit
12000 BTU" and "De'Longhi Pinguino 12000 BTU", two makers' air conditioners of one rating, were
matched on "same model code 12000" (0.96). A rating is a value a whole category shares; read as
a code it matches any two products of that rating, whoever makes them.

No list of units tells it: a shop may write any unit in any language, and the word after a
maker's number is as often a word of its name ("10700 Series", "18160 Address Labels"). The
catalogues tell it:

- **One number and one word after it, written by two makers.** A maker's number is its own: no
  other maker writes it with the same word after it. Where two titles of the catalogues in front
  of the matcher, of two makers, both write "12000" followed by "btu", the word names what the
  number measures, and the number is a quantity in every title that writes it so. Two makers
  are two brand fields that differ (neither written in the other title), or, where either title
  has none, two titles whose words before the number share none and name none of the other's
  (`_makers_apart`): "Midea PortaSplit" / "De'Longhi Pinguino". A shop that writes the kind of
  product first writes the maker after it ("Klimagerät mobil Midea PortaSplit 12000 BTU"), and
  shares a word there with a title of the same maker's product.
- What the number then is: a bare number of the title (`Features.numbers`), no longer a code,
  so two ratings still tell two products apart ("numbers differ: 12000 vs 18000"), and one
  rating no longer says which product it is.

Read afresh for every two catalogues, from their own titles and brand fields: a number one maker
writes with a word after it stays a code, however often that word follows numbers (Walmart-Amazon
writes "Series" after 61 numbers, Amazon-Google "Encore" after 29, each a maker's numbering).

And a number a shop groups in thousands ("(12,000 BTU)", written whole by
`_text.catalogue_numbers` in a catalogue of decimal points) is a quantity by its writing: no maker
writes its model number so (`grouped_numbers`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from benchmark._text import _DIGIT, _PIECE, _PIECE_SEPARATOR, Features

# A number shorter than this is no code (`_text.codes._is_code`), and needs no reading here; one
# longer than RATING_DIGITS names one product on its own (`codes._distinctive`: more than
# `codes.NUMBER_DIGITS` + 1 digits), as a maker's part number does ("Oki 52117101", "Optoma
# 3797610800"), and no rating is written so long.
CODE_DIGITS = 5
RATING_DIGITS = 6
# What every title `_written_with_words` reads writes: such a number, what parts two pieces, a letter.
_NUMBER_BEFORE_A_WORD = re.compile(rf"\d{{{CODE_DIGITS},{RATING_DIGITS}}}[\W_]+[^\W\d_]")


def _written_with_words(f: Features) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """Each code of digits only that the title writes right before a word of letters, as (the
    number, the word, the title's words of letters before the number, its pieces after the
    word): "12000", "btu", ("midea", "portasplit"), ("split", "air", "conditioner"). The word is
    a piece's first part ("page" of "14000 Page-Yield")."""
    found = []
    pieces = _PIECE.findall(f.text)
    for n, piece in enumerate(pieces[:-1]):
        if piece not in f.codes or not piece.isdigit() or len(piece) > RATING_DIGITS:
            continue
        # A piece with digits after the number is a code of its own ("3797610800 BL-FP200D").
        word = _PIECE_SEPARATOR.split(pieces[n + 1])[0] if not _DIGIT.search(pieces[n + 1]) else ""
        if len(word) >= 2 and word.isalpha():
            found.append((piece, word, tuple(p for p in pieces[:n] if p.isalpha() and len(p) >= 3),
                          tuple(pieces[n + 2:])))
    return found


def _makers_apart(a: Features, before_a: tuple[str, ...], after_a: tuple[str, ...], b: Features,
                  before_b: tuple[str, ...], after_b: tuple[str, ...], one_side: bool = False) -> str | None:
    """Do two titles that write one number and one word after it name two makers' products, and how
    is it read: "fields", two brand fields that differ, neither written in the other title; else,
    where either has none, "words", the words each writes before the number, none of them written in
    the other title; or "own", the same once the words both write before it are set aside (a kind of
    product both write before the number: "Xerox 106R02778 toner 30000 Page yield" / "Ricoh 841817
    toner 30000 Page yield"), each title still writing a word of its own there, its first among them,
    none of them in the other title (review R1 of the thirty-seventh session); None where they do not. Not two titles of
    one catalogue that write the same words after the word, and some: one product a shop lists under
    two names (a maker's other brand, "Ampad 25159 - multi-subject notebook, college rule ..." /
    "Oxford 25159 - multi-subject notebook, college rule ...", both on Walmart-Amazon's side). Across
    the two catalogues the same words after it are the kind's ("Midea 12000 BTU portable air
    conditioner with remote, white" / "Honeywell 12000 BTU portable air conditioner with remote,
    white"), and say nothing of the makers."""
    if after_a and after_a == after_b and one_side:
        return None
    if a.brand and b.brand:
        # One maker's name written short or long in two fields ("OKI" / "Oki Data") is one maker.
        apart = not (a.brand.startswith(b.brand) or b.brand.startswith(a.brand)) \
            and a.brand not in b.flat and b.brand not in a.flat
        return "fields" if apart else None
    if not before_a or not before_b:
        return None
    if not any(w in b.pieces for w in before_a) and not any(w in a.pieces for w in before_b):
        return "words"
    own_a, own_b = _own_words(a, before_a, before_b), _own_words(b, before_b, before_a)
    # Each title's own words hold its first, where a shop writes its maker: a maker both write first
    # with a word of each after it ("Encore Inc - 10669" / "Encore Software 10669") is one maker.
    if (own_a and own_b and a.tokens[0] in own_a and b.tokens[0] in own_b
            and not any(w in b.pieces for w in own_a) and not any(w in a.pieces for w in own_b)):
        return "own"
    return None


def _own_words(f: Features, before: tuple[str, ...], other: tuple[str, ...]) -> list[str]:
    """The words a title writes before the number that the other title does not write there, and its
    first word where that is a word of two letters not written there ("HP 26X CF226X toner"): a maker's
    name is often that short, where `_written_with_words` reads words of three letters or more."""
    own = [w for w in before if w not in other]
    first = f.tokens[0] if f.tokens else ""
    if len(first) == 2 and first.isalpha() and first not in other and first not in own:
        own.append(first)
    return own


# Where a title writes its maker when a shop fills no brand field: first, or after one word of the
# kind of product ("De'Longhi" is read "de longhi"; "Klimagerät Midea").
OPENING_WORDS = 2


def _opening_words(f: Features) -> set[str]:
    return {t for t in f.tokens[:OPENING_WORDS] if len(t) >= 3 and t.isalpha()}


class _Openers:
    """The words that open two titles or more of a side (`_opening_words`), counted at the first
    question: where a shop fills no brand field, a maker is a word its catalogue opens several
    titles with, as a shop writes its makers; a product line's name is written once ("Easy Peel")."""

    def __init__(self, sides: tuple[list[Features], ...]) -> None:
        self.sides = sides
        self.found: dict[int, set[str]] | None = None

    def of(self, f: Features, before: tuple[str, ...]) -> set[str]:
        """The words before the number that the title's side opens several titles with."""
        if self.found is None:
            self.found = {}
            for side in self.sides:
                counts: dict[str, int] = defaultdict(int)
                for g in side:
                    for w in _opening_words(g):
                        counts[w] += 1
                shown = {w for w, n in counts.items() if n >= 2}
                for g in side:
                    self.found[id(g)] = shown
        return set(before) & _opening_words(f) & self.found.get(id(f), set())


def _makers_shown(x: tuple, y: tuple, openers: _Openers) -> bool:
    """Do two titles that `_makers_apart` reads as two makers' show each maker as the catalogues
    show makers: two brand fields, or, where either has none, each title's opening words before
    the number among those its side opens several titles with (`_Openers`)?"""
    (a, before_a, _), (b, before_b, _) = x, y
    if a.brand and b.brand:
        return True
    return bool((a.brand or openers.of(a, before_a)) and (b.brand or openers.of(b, before_b)))


def _one_product(x: tuple, y: tuple, number: str) -> bool:
    """Do two titles that write the number and the word list one product under two names: one
    catalogue's two titles writing the same words after the word (Walmart-Amazon's Amazon side:
    "Ampad 25159 - multi-subject notebook, college rule ..." / "Oxford 25159 - multi-subject ...")?
    Not where either title writes a model code of its own besides the number, which the other does
    not: two products, whatever words they share, as a shop writes two makers' toners of one yield
    ("Ricoh 841817 toner 30000 Page yield" / "Kyocera TK-8600 toner 30000 Page yield", review R8 of
    the thirty-eighth session; or the Kyocera written without its code, review R3 of the
    thirty-ninth) or two air conditioners of one rating side by side.

    A word written after several numbers is no unit by that alone (the review's next form): a
    marketplace writes the first word of a product's name there, after many numbers of one maker
    and of many ("Zax 87510 pro series ...", "Punch Software 41100 punch! ..." beside "42100 punch!
    ..." of the same title, and "multi" after Ampad's 25159 and other numbers on Walmart-Amazon); read
    so, it took this exception from most such groups of the shared sets, Ampad / Oxford's among
    them (bench/history/matching.md, thirty-ninth session). Two titles with no code of
    their own besides one rating and the same words after it ("Honeywell 12000 BTU portable air
    conditioner ..." / "DeLonghi 12000 BTU portable air conditioner ...") are left as one product."""
    (a, _, after_a, side_a), (b, _, after_b, side_b) = x, y
    if side_a != side_b or not after_a or after_a != after_b:
        return False
    return not (a.codes - b.codes - {number} or b.codes - a.codes - {number})


def ratings(*sides: list[Features]) -> None:
    """Read, in place, as bare numbers and no codes the numbers that the catalogues show to be
    quantities (the module's docstring): a number of digits only written before a word that some
    two titles of two makers write after that same number. A code an MPN field gives stays one.

    Where no two of those titles show their makers as the catalogues show makers (`_makers_shown`:
    brand fields, or words each side opens several titles with), "two makers" rests on an absence,
    no word before the number in common, and a shop that writes a line's name where the other writes
    the maker ("Avery 18160 Address Labels" / "Easy Peel 18160 Address Labels") reads so too: each
    title that writes the number so keeps it in `Features.rated`, and the comparison puts a pair of
    titles that both do to a person (`scoring.compare`), never matching it on the number."""
    writers: dict[tuple[str, str], list[tuple[Features, tuple[str, ...], tuple[str, ...], int]]] = defaultdict(list)
    for number_of_side, side in enumerate(sides):
        for f in side:
            # Most titles hold no code of digits only, and most that do write no word after it:
            # their pieces are not read.
            if not f.codes or not any(CODE_DIGITS <= len(c) <= RATING_DIGITS and c.isdigit() for c in f.codes) \
                    or not _NUMBER_BEFORE_A_WORD.search(f.text):
                continue
            for number, word, before, after in _written_with_words(f):
                writers[number, word].append((f, before, after, number_of_side))
    openers = _Openers(sides)
    for (number, word), written in writers.items():
        if len(written) < 2:
            continue
        # One catalogue that writes the number under two names with the same words after it lists one
        # product under two names (`_makers_apart`): the other catalogue's title of it is that product too.
        if any(_one_product(x, y, number) for i, x in enumerate(written) for y in written[i + 1:]):
            continue
        apart = [(x, y, how) for i, x in enumerate(written) for y in written[i + 1:]
                 if (how := _makers_apart(*x[:3], *y[:3], one_side=x[3] == y[3]))]
        if not apart:
            continue
        # Makers read from words set aside ("own") rest on what the two titles do not share, as an
        # absence does: a shop that writes the kind in its own language reads so too ("Klimagerät
        # Midea 12000 BTU" / "Climatiseur Midea 12000 BTU"), and such a pair is put to a person.
        shown = any(how != "own" and _makers_shown(x[:3], y[:3], openers) for x, y, how in apart)
        for f, _, _, _ in written:
            if number in f.codes and number not in (f.part, f.mpn):
                f.codes = f.codes - {number}
                f.numbers = f.numbers | {number}
                if not shown:
                    f.rated = f.rated | {(number, word)}


def grouped_numbers(side: list[Features], grouped: list[frozenset[str]]) -> None:
    """Read, in place, as bare numbers and no codes the numbers each title's shop grouped in
    thousands (`_text.catalogue_numbers`: "(12,000 BTU)" written 12000): a maker's model number is
    never written so, and five digits or more would otherwise be one."""
    for f, numbers in zip(side, grouped):
        if numbers and not numbers.isdisjoint(f.codes):
            f.numbers = f.numbers | (numbers & f.codes)
            f.codes = f.codes - numbers
