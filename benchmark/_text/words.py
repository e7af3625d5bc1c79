"""The words of a name that may tell products apart, and its numbered editions and counts
("Star Wars II", "19-piece")."""

from __future__ import annotations

import re

from benchmark._text.letters import _ANY_MARK, _NOT_ALNUM, _PIECE, _PIECE_SEPARATOR
from benchmark._text.quantities import _GRAM_SPELLINGS, _PACK_BEFORE, _PACK_WORDS, _UNITS

# Words that name no variant: function words, and joining words of titles, in
# the languages of _COLOURS, and the legal forms of company names ("encore inc").
_STOP_WORDS = frozenset({
    "inc", "llc", "ltd", "corp", "corporation", "gmbh", "plc",
    "a", "an", "and", "the", "of", "with", "w", "for", "in", "on", "by", "to", "from", "or", "at", "as", "is", "it",
    "its", "this", "that", "&", "und", "mit", "der", "die", "das", "den", "fur", "von", "zu", "im", "et",
    "avec", "le", "la", "les", "de", "des", "du", "pour", "en", "au", "aux", "y", "con", "el", "los", "las", "del",
    "para", "met", "het", "van", "voor", "e", "il", "lo", "gli", "di", "da", "per",
})


# What `_words` leaves out, in one set: stop words, units and pack words.
# A lamp's flux is written after its number and joined to it ("806lm");
# alone, "LM" and "Lumens" are words of other products' names ("XF 80mm R
# LM OIS", "3200 ANSI Lumens"), so they stay words.
# So are "yard" and "yards" ("Yard Force", "Security Yard Sign"): a noun and a maker's name far more
# often than a length, which is read as one only after its number ("2 yards", "54.6 yds").
_NOT_WORDS = frozenset(_STOP_WORDS | (_UNITS.keys() - {"lm", "lumen", "lumens", "yard", "yards", "yd", "yds"} - _GRAM_SPELLINGS)
                       | _PACK_WORDS | _PACK_BEFORE)


def _words(pieces: list[str], brand: str | None) -> list[str]:
    out = []
    for piece in pieces:
        for word in (piece,) if piece.isalnum() else _PIECE_SEPARATOR.split(piece):
            if (len(word) >= 2 and (word.isalpha() if word.isascii() else _letters_only(word))
                    and word not in _NOT_WORDS and not (brand and len(word) >= 3 and word in brand)):
                out.append(word)
    return out


def _letters_only(word: str) -> bool:
    """Two letters or more and nothing else but their combining marks (a
    Hindi or Thai word's vowel signs). One letter with its vowel sign is a
    particle ("के", "की", "का": "of"), as "a" and "of" are, and would read
    as an abbreviation of every word it opens (`conflicts._abbreviates`).
    The price of reading the shape, not a list: the few nouns of that shape
    ("घी" ghee, "दो" two) are no word for the word rule either, so ghee
    against oil rests on the similarity alone."""
    if word.isascii():
        return word.isalpha()
    letters = _ANY_MARK.sub("", word)
    return len(letters) >= 2 and letters.isalpha()


# Roman numerals as titles number sequels and volumes ("Star Wars II"); "i",
# "v" and "x" are left out: a letter, a volt, a zoom as often as a number.
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "xi": "11", "xii": "12"}
_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")


def edition_value(piece: str) -> str:
    """The number an edition piece names: "02" and "2", "II", "2nd" are 2."""
    if piece in _ROMAN:
        return _ROMAN[piece]
    m = _ORDINAL.match(piece)
    return (m.group(1) if m else piece).lstrip("0") or "0"


# A count joined by a hyphen to what it counts ("19-piece", "12-speed", "6-way", "5-teilig",
# "2-personen-zelt"), or two numbers joined as a range or a pair of sizes ("5-6", "50-22").
_DIGIT_HYPHEN = re.compile(r"-(?<=\d-)")  # begun by its literal, which the search skips to
_JOINED_COUNT = re.compile(r"(\d{1,3})-(?:(\d{1,3})$|([^\W\d_]{2,})(?:-|$))")


def _joined_counts(pieces: list[str], codes: set[str]) -> frozenset[tuple[str, str]]:
    """The counts of a title joined by a hyphen to the word of what they
    count, and its ranges of two numbers (`Features.joined_counts`), read from
    its pieces outside units, packs and ages. Written so, the number is part
    of the product's name: a shop that lists a 19-piece and a 25-piece set,
    a 11-speed and a 12-speed chain, a frame in 50-22 and in 54-18, sells
    two products. A piece read as a model code ("20-100" of a torque wrench,
    joined 20100) stays one; the word is kept as written, so a count in
    another language ("19-teilig" / "19-piece") is no other count."""
    out = set()
    for piece in pieces:
        m = _JOINED_COUNT.match(piece) if piece[:1].isdigit() else None
        if m and _NOT_ALNUM.sub("", piece) not in codes:
            out.add(("", f"{int(m[1])}-{int(m[2])}") if m[2] else (m[3], str(int(m[1]))))
    return frozenset(out) if out else frozenset()


def _editions(pieces: list[str], text: str, numbers: set[str]) -> list[tuple[str, str]]:
    """The numbers of a title (its `pieces`, in order) that may name an
    edition, a volume or a sequel ("Search & Rescue 2", "Star Wars II",
    "Oregon Trail 5th", "Quickbooks Pro 2007"), each with the word before
    it: a whole number of up to four digits that is no quantity, pack or
    code (it is among the title's bare `numbers`), a Roman numeral or an
    ordinal, right after a word of letters. A number alone in brackets
    ("(8006)") is a shop's reference, not part of the name. Whether such a
    number tells two products apart is
    `matching.conflicts._edition_conflict`'s to read, from both titles."""
    found, spans = [], None
    for n in range(1, len(pieces)):
        piece, previous = pieces[n], pieces[n - 1]
        if (previous.isalpha() and ((piece.isdigit() and len(piece) <= 4 and piece in numbers) or piece in _ROMAN
                                    or (piece[:1].isdigit() and _ORDINAL.match(piece)))):
            # The pieces are placed in the title only for a candidate, once: most titles have none.
            if spans is None:
                spans = [m.span() for m in _PIECE.finditer(text)]
            if not _bracketed(text, spans[n]):
                found.append((piece, previous))
    return found


def _bracketed(text: str, span: tuple[int, int]) -> bool:
    """Is this occurrence alone in brackets ("(8006)", "[ 2 ]")?"""
    start, end = span
    while start > 0 and text[start - 1] == " ":
        start -= 1
    while end < len(text) and text[end] == " ":
        end += 1
    return start > 0 and text[start - 1] in "([{" and end < len(text) and text[end] in ")]}"
