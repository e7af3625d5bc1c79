"""A part number a listing's description writes as the listing's own: read from the text of one
catalogue, against the other catalogue's part numbers (`described_parts`, called by
`features._features_of` once both sides' features are read; `Features.described` holds what it
reads, `scoring.compare` puts such a pair to a person, never matches it).

Why it generalises: a shop with no MPN column writes the maker's number in its descriptions in
its own language and with its own label ("Part no.", "Art.-Nr.:", "მოდელი:", "รุ่น:"), and no
list of labels or of the words that name another product ("fits", "replaces", "wie den") holds
for every language. So nothing here reads a word's meaning. The number is read only where the
text's shape and the two catalogues say it is this listing's: a clause of its own (marks and
line breaks, as every script that spaces its words writes them), one such number and not in a
list, and the two listings nearest each other by their titles' words on both sides; every
threshold is a count of words or listings, none tuned to a catalogue."""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict

from benchmark._text import Features


# A run of a description that may be a part number, with the marks makers write inside one
# ("2AP18AA#UUZ", "MHJE3ZM/A", "GR-7000-JB-375"); its pieces of letters and digits.
_DESCRIBED_CODE = re.compile(r"[^\W_][\w#/.\-]*[^\W_]")
_ALNUM_RUN = re.compile(r"[^\W_]+")
# The fewest characters a part number read from a description has: a maker's five ("A1289",
# "W2040") are read, as the clause and the nearness around it must also say it is the listing's.
DESCRIBED_PART = 5
# The most words a label before it may have in its clause ("Victron part number", "Model").
LABEL_WORDS = 3
_CLOSING = ")]}\u3009\u300b\u300d\u300f\u3011\uff09\uff3d"


def described_parts(sides: tuple[list[Features], ...], descriptions: tuple, head_length: int) -> None:
    """Give a listing with no MPN field the other catalogue's part number that its description
    writes as the listing's own, in place (`Features.described`): shops that keep no MPN column
    write the maker's number in the text ("Part no. 9600028848", "მოდელი: 2AP18AA#UUZ", "Model
    A2305 (MHJE3ZM/A)"). The comparison reads it as a reason to put the pair to a person, never
    as the same MPN (`scoring.compare`).

    A description also names other products' numbers: the battery a charger charges ("Lädt
    LXT-Akkus wie den BL1850B in 45 Minuten"), the cartridge a printer takes ("Passende Patrone:
    3YM61AE (HP 305 schwarz)"), the part a new one succeeds ("Nachfolger von 2607017319"); read
    as the listing's MPN they matched a charger to our battery (review R7, thirty-first session).
    No list of labels or of the words that name another product holds for every language, so
    the number is read only where everything around it says it is this listing's, in any
    language:

    - it is written as a field is, in a clause of its own: at most LABEL_WORDS words before it in
      its clause, and nothing after it there but closing brackets (the clause ends with a
      punctuation mark, a line break or the text). A sentence that goes on after the number ("wie den BL1850B
      in 45 Minuten"), or a name after it ("3YM61AE (HP 305 schwarz)"), names another product;
    - the description writes one such number of the other catalogue's, no more, and not in a
      list of part numbers (`_in_a_list`: "Kompatibel mit BL1830B, BL1840B, BL1850B" names what
      a charger charges, whichever of them we sell);
    - the product of the other catalogue it names is this listing's nearest there by the words
      of the titles, and this listing its nearest here (`_nearest_by_words`): a printer whose
      description names our cartridge is nearer our printer, a charger naming our battery nearer
      our charger or their battery nearer ours;
    - the listing names no product it fits in its title (`Features.targets`).

    What is left that no such reading can tell ("Nachfolger von 2607017319" on the successor of
    our part, titled as ours) is why the number only puts the pair to a person."""
    for number, side in enumerate(sides):
        other = sides[1 - number] if len(sides) == 2 else ()
        owners: dict[str, list[int]] = defaultdict(list)
        for n, f in enumerate(other):
            if f.part and len(f.part) >= DESCRIBED_PART and any(c.isdigit() for c in f.part):
                owners[f.part].append(n)
        if not owners:
            continue
        # A description is read word by word only where one of its words opens one of the part
        # numbers (their first four characters): most name none, and are passed over at the cost of
        # one scan of their words.
        starts = {part[:4] for part in owners}
        nearness: tuple[_Nearness, _Nearness] | None = None
        for f, text in zip(side, descriptions[number]):
            if f.mpn or f.targets or not isinstance(text, str) or not text:
                continue
            head = text[:head_length].lower()
            if starts.isdisjoint(word[:4] for word in _ALNUM_RUN.findall(head)):
                continue
            found = _labelled_part(head, owners)
            if not found or len(owners[found]) != 1:
                continue
            if nearness is None:
                nearness = (_Nearness(side), _Nearness(other))
            if _nearest_by_words(f, other[owners[found][0]], *nearness):
                f.described = sys.intern(found)


def _labelled_part(text: str, parts: dict) -> str | None:
    """The one part number of `parts` that `text` writes as a field is written (see
    `described_parts`), or None."""
    found = set()
    lowered = text.lower()  # already lower-cased by `described_parts`: a no-op there
    runs = list(_DESCRIBED_CODE.finditer(lowered))
    # The runs that look like a part number (four characters or more, a digit), for the lists.
    coded = [n for n, m in enumerate(runs) if len(m[0]) >= 4 and _DIGIT_IN.search(m[0])]
    for n, m in enumerate(runs):
        if n in coded and _in_a_list(lowered, runs, coded, n):
            continue
        pieces = _ALNUM_RUN.findall(m[0])
        joined, match = "", None
        for piece in pieces[:4]:
            joined += piece
            if len(joined) >= DESCRIBED_PART and joined in parts:
                match = joined
        if match is None:
            continue
        after = lowered[m.end():].lstrip(_CLOSING)
        # The clause ends after it: the text's end, a punctuation mark, or a line break (a spec list
        # writes one field a line, review R3 of the thirty-second session).
        spaces = len(after) - len(after.lstrip())
        if after and unicodedata.category(after[0]) != "Po" and spaces < len(after) and "\n" not in after[:spaces]:
            continue
        start = max(lowered.rfind(mark, 0, m.start()) for mark in _CLAUSE_MARKS)
        if len(_ALNUM_RUN.findall(lowered, start + 1, m.start())) > LABEL_WORDS:
            continue
        found.add(match)
    return found.pop() if len(found) == 1 else None


_DIGIT_IN = re.compile(r"\d")
# What stands between two numbers of a list: marks and spaces, and at most one short word ("und",
# "and", "или", "et"), in any language by its shape; a bracket is no list's ("A2305 (MHJE3ZM/A)").
_LIST_GAP = re.compile(r"[\s,;/&+]*(?:[^\W\d_]{1,4}[\s,;/&+]+)?")


def _in_a_list(text: str, runs: list, coded: list[int], n: int) -> bool:
    """Is run n written in a list of part numbers, another one right before or after it with only
    `_LIST_GAP` between ("BL1830B, BL1840B, BL1850B", "BL1850B und BL1860B")? A list names what a
    listing fits or holds, not its own number."""
    at = coded.index(n)
    for other in (coded[at - 1] if at else None, coded[at + 1] if at + 1 < len(coded) else None):
        if other is None:
            continue
        start, end = (runs[other].end(), runs[n].start()) if other < n else (runs[n].end(), runs[other].start())
        if _LIST_GAP.fullmatch(text, start, end):
            return True
    return False


# What ends a clause before a label: a punctuation mark and a space after it, as every script
# that spaces its words writes its full stops, commas, colons (". ", ", ", ": ", "។ ", "። ").
_CLAUSE_MARKS = (". ", ", ", "; ", ": ", "! ", "? ", "\n", "\u17d4", "\u1362", "\u0964", "\u3002", "\uff1a ")


# A word on more listings of a side than this is a frequent one (a maker, a colour, a kind):
# `_Nearness` asks the listings that share only such words only where they can be nearer.
NEAR_WORD_LISTINGS = 16


# The most listings of frequent words `_Nearness.nearer` asks for one described number.
NEAR_LISTINGS_ASKED = 1_000


class _Nearness:
    """The listings of one side by their titles' words, for `_nearest_by_words`: each title's words
    once, and which listings write each word, built where a described number is first found."""

    def __init__(self, side: list[Features]) -> None:
        self.words = [frozenset(f.tokens) for f in side]
        self.by_word: dict[str, list[int]] = defaultdict(list)
        for n, words in enumerate(self.words):
            for word in words:
                self.by_word[word].append(n)

    def nearer(self, words: frozenset[str], than: float) -> bool:
        """Does a listing of this side share more of `words` (Jaccard) than `than`? Every listing
        that may is asked: those sharing a word written on NEAR_WORD_LISTINGS listings or fewer,
        and those sharing only words written on more where they can be nearer at all. Such a
        listing shares at most the frequent words of `words`, so its Jaccard is at most their
        count over len(words); where that is no more than `than` (a title of rare words, the
        common case), none of them is asked: asking every listing of a large catalogue for each
        described number cost time in its square. Where they may be and are more than
        NEAR_LISTINGS_ASKED, a nearer one is taken to exist: the number is then not read, which
        costs a proposal, never adds a wrong one."""
        frequent = [word for word in words if len(self.by_word.get(word, ())) > NEAR_WORD_LISTINGS]
        asked = words if frequent and len(frequent) / len(words) > than else words.difference(frequent)
        if asked is words and sum(len(self.by_word[word]) for word in frequent) > NEAR_LISTINGS_ASKED:
            # Too many to ask for one number: taken as nearer, so the number is not read (as the
            # full reading might not read it), never read where it might not be.
            return True
        seen: set[int] = set()
        for word in asked:
            for n in self.by_word.get(word, ()):
                if n not in seen:
                    seen.add(n)
                    if _alike(words, self.words[n]) > than:
                        return True
        return False


def _alike(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _nearest_by_words(f: Features, x: Features, side: _Nearness, other: _Nearness) -> bool:
    """Is `x` (of the other catalogue) the nearest there to `f` by the words of their titles, and
    `f` the nearest to `x` on its own side (ties kept)? The words are the titles' tokens, as
    shared between two shops' languages (a maker, a line, a model's number, a size)."""
    ours, theirs = frozenset(f.tokens), frozenset(x.tokens)
    here = _alike(ours, theirs)
    return here > 0 and not other.nearer(ours, here) and not side.nearer(theirs, here)
