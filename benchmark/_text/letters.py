"""Letters of any script, as the comparisons read them: a title cleaned (case, marks, spaces),
its pieces, and a brand as a key."""

from __future__ import annotations

import functools
import math
import re
import unicodedata

# Long names are descriptions pasted into the title field; the head says what
# the product is and keeps comparisons cheap.
MAX_TITLE = 300

_SPACES = re.compile(r"\s+")


def _mark_ranges() -> str:
    """Every combining mark (Unicode categories Mn, Mc, Me) as the ranges of a
    regular expression's character class. Python's `re` reads "\\w" as
    letters and digits only, so a Devanagari or Thai vowel sign, a Bengali
    virama, a Hebrew point, a Tamil or Burmese sign, all part of their words,
    cut a word into fragments ("नमस्ते" -> "नमस", "त"). The categories
    are Unicode's, not a list of scripts, so every script that writes its
    vowels as marks is read alike; the Supplementary Multilingual Plane's
    last scripts end below U+20000."""
    out, start, last = [], None, None
    for point in range(0x300, 0x20000):
        if unicodedata.category(chr(point)) in ("Mn", "Mc", "Me"):
            if start is None or point != last + 1:
                if start is not None:
                    out.append((start, last))
                start = point
            last = point
    out.append((start, last))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in out)


_MARK = _mark_ranges()


class _ByScript:
    """One pattern in two forms: `ascii` for a text of ASCII only, where no
    mark can occur, and `marked`, the same pattern reading combining marks
    as part of their letters (`_mark_ranges`), for any other text. Both
    give the same result on ASCII text; the mark class costs `extract` a
    fifth of its time on every title, where most catalogues write ASCII."""

    __slots__ = ("ascii", "marked")

    def __init__(self, ascii: str, marked: str) -> None:
        self.ascii, self.marked = re.compile(ascii), re.compile(marked)

    def _for(self, text: str) -> re.Pattern:
        return self.ascii if text.isascii() else self.marked

    def findall(self, text: str, *bounds: int) -> list:
        return self._for(text).findall(text, *bounds)

    def finditer(self, text: str, *bounds: int):
        return self._for(text).finditer(text, *bounds)

    def match(self, text: str, *bounds: int):
        return self._for(text).match(text, *bounds)

    def search(self, text: str, *bounds: int):
        return self._for(text).search(text, *bounds)

    def sub(self, replacement, text: str) -> str:
        return self._for(text).sub(replacement, text)


# A run of letters and digits with their combining marks (`_mark_ranges`),
# from a letter or a digit on: what a reader of any script sees as one word.
_LETTER = f"[^\\W_]+(?:[{_MARK}]+[^\\W_]*)*"
# A "word" of a title: letters (with their marks) and digits, with inner
# hyphens, slashes and dots kept so that "KDL-40V4100" and "2.5" survive as
# one piece.
_PIECE = _ByScript(r"[^\W_]+(?:[-/.][^\W_]+)*", f"{_LETTER}(?:[-/.]{_LETTER})*")
_ANY_MARK = re.compile(f"[{_MARK}]")
_PIECE_SEPARATOR = re.compile(r"[-/.]")
# Scripts whose words no space separates (kana, CJK ideographs, Thai, Lao,
# Myanmar, Khmer), and Hangul, whose spaced words carry their particles and
# run compounds together ("무선청소기" / "무선 청소기"): a title's run of them
# is read as its character bigrams (`_bigrams`), and kept apart from the Latin
# letters and digits written against it ("小米空气净化器4 Pro"), which name a
# model or a size.
_NO_SPACE = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_NO_SPACE_CHAR = re.compile(f"[{_NO_SPACE}]")
_SCRIPT_EDGE = re.compile(f"(?<=[{_NO_SPACE}])(?=[^\\W{_NO_SPACE}])|(?<=[^\\W{_NO_SPACE}])(?=[{_NO_SPACE}])")
# Marks shops write or leave out ("Crème" / "Creme", "Kühlschrank" /
# "Kuhlschrank", Greek capitals without their tonos): the Combining
# Diacritical Marks block only, so a Devanagari or Thai vowel sign and the
# kana voicing mark, letters of their scripts, stay (Cyrillic "ё" and "й"
# read as "е" and "и", as shops often write them). The letters no
# decomposition splits are written as their base letters.
_MARKS = re.compile("[\u0300-\u036f]")
_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})


def clean(value: object) -> str:
    """Any value -> a normalised, lower-case, single-spaced string ('' for missing)."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    text = unicodedata.normalize("NFKC", str(value))[: MAX_TITLE * 4].casefold()
    if not text.isascii():
        text = _fold(text)
    # Most texts are single-spaced already with no whitespace but the space, where `_SPACES` changes
    # nothing at nine tenths of this function's cost: every other character it reads is unprintable.
    if "  " in text or not text.isprintable():
        text = _SPACES.sub(" ", text)
    return text.strip()


def _decimal_digits() -> dict[int, str]:
    """Every decimal digit of another script (Unicode category Nd beyond ASCII: Arabic-Indic,
    Devanagari, Bengali, Thai, Khmer, Myanmar, Ethiopic has none ...) -> the ASCII digit of its
    value (`unicodedata.decimal`), and Arabic's own decimal and thousands separators (U+066B,
    U+066C) -> "." and ",". Read from Unicode's table, so every script's digits are read alike:
    a shop in Phnom Penh writes "៣ រន្ធ" where ours writes "3 puertos", a shop in Lahore "۳۶.۵"
    for 36.5, and read as they were, each was a number the other title lacked ("numbers differ:
    3 vs ៣"). NFKC leaves these digits as they are (it folds only the full-width and
    mathematical forms)."""
    table = {point: str(unicodedata.decimal(chr(point))) for point in range(0x80, 0x20000)
             if unicodedata.category(chr(point)) == "Nd"}
    table.update({0x066B: ".", 0x066C: ","})
    return table


_DIGITS = _decimal_digits()


def _fold(text: str) -> str:
    """Every script's digits written as ASCII digits (`_DIGITS`), marks dropped and letters no
    decomposition splits written plainly (`_unmarked`), and a space where a script without
    spaces meets other letters or digits (`_SCRIPT_EDGE`)."""
    return _SCRIPT_EDGE.sub(" ", _unmarked(text.translate(_DIGITS)))


def _unmarked(text: str) -> str:
    """The Combining Diacritical Marks dropped (`_MARKS`) and ø, ł, æ... written plainly (`_LETTERS`)."""
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", text))).translate(_LETTERS)


def _marked(name: object, words: frozenset[str]) -> frozenset[str]:
    """The title's `words` that it writes with marks `clean` folds away."""
    raw = unicodedata.normalize("NFKC", str(name))[: MAX_TITLE * 4].casefold()
    out = set()
    for piece in _PIECE.findall(raw):
        for word in _PIECE_SEPARATOR.split(piece):
            if not word.isascii() and (plain := _unmarked(word)) != word and plain in words:
                out.add(plain)
    return frozenset(out)


# What is neither a letter, a digit nor a mark: a combining mark is part of its letter (`_LETTER`).
_NOT_ALNUM = _ByScript(r"[\W_]+", f"[^\\w{_MARK}]+|_+")


def compact(value: object) -> str:
    """Letters and digits only: 'KDL-40V4100' -> 'kdl40v4100'."""
    return _NOT_ALNUM.sub("", clean(value))


def brand_key(value: object) -> str | None:
    # A catalogue writes a few hundred brands over its thousands of products: each read once.
    return _brand_key(value) if value.__class__ is str else _brand_key_of(value)


def _brand_key_of(value: object) -> str | None:
    text = _BRAND_NOISE.sub(" ", clean(value))
    key = _NOT_ALNUM.sub("", text)
    return key or None


_brand_key = functools.lru_cache(maxsize=65_536)(_brand_key_of)
_BRAND_NOISE = re.compile(r"\b(inc|corp|corporation|co|ltd|llc|gmbh|ag|sa|technology|technologies|electronics|international|usa)\b")
