"""Makers' numbers: the three or four digits by which a maker names a model ("Dominant 131",
"DGT 3000"), which are a size, a series or another maker's model elsewhere. Read from the
catalogues in front of the matcher: the makers that number their models (`_numbering_makers`,
so that a year's shape right after such a maker's name is a model, `makers_model`), and the
numbers one product of each side writes as its own (`_makers_numbers`), into
`code_owners.CodeOwners.numbering` and `.numbers` for `codes._shared_number`."""

from __future__ import annotations

import re
from collections import defaultdict

from benchmark._text import Features, makers_number


# A number of a year's shape ("2010"): a maker's number only right after the maker's name (`makers_model`).
_YEAR_SHAPED = re.compile(r"(?:19|20)\d\d")


def _maker_before(tokens: list[str], n: int, makers: frozenset[str] | set[str]) -> str | None:
    """The maker's name written right before the title's n-th word (one word or two: "twins special"), if any."""
    if n and tokens[n - 1] in makers:
        return tokens[n - 1]
    if n > 1 and tokens[n - 2] + tokens[n - 1] in makers:
        return tokens[n - 2] + tokens[n - 1]
    return None


def _numbering_makers(sides: tuple[list[Features], ...], makers: frozenset[str]) -> frozenset[str]:
    """The makers of the brand fields that some title of the catalogues writes with a maker's
    number that is no year right after their name ("DGT 3000"): makers that number their models,
    so that a year's shape in that place is one of those numbers (`makers_model`). A maker named
    before an edition's year only ("Diskeeper 2007", "Finale 2007") or a brand field that holds a
    line ("Visio Premium 2010") numbers nothing so: its years stay years."""
    found: set[str] = set()
    for side in sides if makers else ():
        for f in side:
            number = makers_number(f.numbers) if f.numbers else None
            if number is None:
                continue
            tokens = f.tokens
            for n, token in enumerate(tokens):
                if token == number and (maker := _maker_before(tokens, n, makers)):
                    found.add(maker)
    return frozenset(found)


def makers_model(f: Features, makers: frozenset[str] | set[str]) -> str | None:
    """The maker's number a title writes (`_text.makers_number`: three or four digits, no year),
    or where it writes no such number, one of a year's shape written right after the name of one
    of `makers`, the makers that number their models in the catalogues (`_numbering_makers`):
    "DGT 2010", a chess clock, beside "DGT 3000". A year
    is left out of makers' numbers because a year names an edition or a season after a line's or
    a kind's word ("Office 2010", "Kalender 2024", "Tour de France 2019"); written right after
    the maker's own name it names the maker's model, as the four digits after it do on the
    maker's other models. Read from the brand fields of the catalogues in front of the matcher,
    so it holds for any shop; a catalogue with no brand field reads none."""
    number = makers_number(f.numbers)
    if number is not None or not makers or not f.numbers:
        return number
    years = [x for x in f.numbers if len(x) == 4 and _YEAR_SHAPED.fullmatch(x)]
    # A title that writes another number of three or four digits names none by it (`makers_number`).
    if not years or any(x.isdigit() and 3 <= len(x) <= 4 and x not in years and x[0] != "0" for x in f.numbers):
        return None
    found = None
    tokens = f.tokens
    for n, token in enumerate(tokens):
        if token in years and _maker_before(tokens, n, makers):
            if found is not None and found != token:
                return None
            found = token
    return found


def _makers_numbers(ours: list[Features], theirs: list[Features],
                    makers: frozenset[str] = frozenset()) -> frozenset[str]:
    """The makers' numbers of digits only (`_text.makers_number`: "Dominant 131", "GameCom 367")
    that one product of each catalogue writes as its one such number, and that the two titles
    follow with no word that tells two products apart (`codes._shared_number` reads them).
    Three or four digits name a model in one maker's range and a size, a series or another
    maker's model elsewhere, so only the catalogues in front of the matcher can say whether
    one names one product, as a code's owners are counted (`code_owners._code_owners`): a number on two
    products of either side names a line there. And a word written right after the number in
    one title and not in the other, where the other catalogue writes that word elsewhere
    ("GTX 1660 SUPER" / "GTX 1660", "Format 113 diagonal"), names a model or a size beside the
    number; a word the other shop never writes ("131 struna" against a German catalogue) is
    its own language's or wording's, and says nothing. So do two titles that each write a word
    the other lacks and the other shop writes elsewhere ("Video Spectra ... Format 113" /
    "Cinema Perf ... Format 113", two screens of one size): each names its own product. On the
    25 views of bench/matching_eval.py every pair the rule reads is a true pair (none on
    Walmart-Amazon, whose screens and printers share such numbers)."""
    sides: list[dict[str, list[Features]]] = []
    for side in (ours, theirs):
        on_side: dict[str, list[Features]] = defaultdict(list)
        for f in side:
            if f.numbers and (number := makers_model(f, makers)):
                on_side[number].append(f)
        sides.append(on_side)
    once = [n for n, fs in sides[0].items() if len(fs) == 1 and len(sides[1].get(n, ())) == 1]
    if not once:
        return frozenset()
    # Each side's words, the catalogue's vocabulary, read only where such a number is found.
    written = [{t for f in side for t in f.tokens if t.isalpha()} for side in (ours, theirs)]
    read = set()
    for n in once:
        a, b = sides[0][n][0], sides[1][n][0]
        ours_after, theirs_after = _word_after(a, n), _word_after(b, n)
        if ours_after != theirs_after and (
                (ours_after and ours_after in written[1] and ours_after not in b.tokens)
                or (theirs_after and theirs_after in written[0] and theirs_after not in a.tokens)):
            continue
        # Each title a word the other lacks and the other shop writes: two products, each
        # named by its own words ("Video Spectra ... Format 113" / "Cinema Perf ... Format 113").
        if _word_apart(a, b, written[1]) and _word_apart(b, a, written[0]):
            continue
        read.add(n)
    return frozenset(read)


def _word_apart(x: Features, y: Features, other_side: set[str]) -> bool:
    """Does title x write a word of three letters or more that title y lacks and y's catalogue writes?"""
    lacks = set(y.tokens)
    return any(len(t) >= 3 and t.isalpha() and t not in lacks and t in other_side for t in x.tokens)


def _word_after(f: Features, number: str) -> str | None:
    """The word of letters a title writes right after the number, if any."""
    tokens = f.tokens
    for n, token in enumerate(tokens[:-1]):
        if token == number:
            following = tokens[n + 1]
            return following if following.isalpha() else None
    return None
