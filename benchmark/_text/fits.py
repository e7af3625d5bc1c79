"""What a product fits and whether it copies another maker's: "compatible", "refurbished", and
the model named after "for" / "compatible with"."""

from __future__ import annotations

import re
import unicodedata

from benchmark._literal_gate import Gated
from benchmark._text.codes import _is_code
from benchmark._text.letters import _NOT_ALNUM, _PIECE, MAX_TITLE, clean
from benchmark._text.numbers import _DIGIT

# "compatible with X" names what it fits (see _FOR), not a third-party product.
_FITS = r"(?! (?:with|for|to|avec)\b)"
_COMPATIBLE = re.compile(
    r"\b(compatible" + _FITS + r"|remanufactured|refurbished|reconditioned|renewed|generic|aftermarket|"
    r"kompatibel(?! (?:mit|fur)\b)|reconditionne|generaluberholt)\b"
)
# "Compatible" right after the name of a standard or a feature, written as
# such names are, in capitals ("Active PFC compatible", "PC MAC Compatible",
# "3D Compatible", "PS2 Compatible") or as a version ("USB 3.0 compatible"),
# says what the product works with, not that it copies another maker's
# product ("HP compatible toner", "LD Compatible Drum"): `_third_party`.
_FEATURE_COMPATIBLE = re.compile(
    r"(?<![^\W_])([A-Z]{2,5}|[0-9][A-Z]{1,2}|[A-Z]{2,3}[0-9]|\d{1,2}\.\d{1,2})\s+((?i:compatible)(?i:" + _FITS + "))")


# Words that say what follows is the product this one goes with, not this
# product: "diffuser for the Nikon SB-700", "lamp replaces ELPLP12", "case
# compatible with iPhone 6", "toner kompatibel mit HP 12A". A model code in the
# few words after one of them names the product it fits.
#
# Aftermarket parts, filters, cartridges and lamps quote the original's number
# after such a word in every language they are sold in, and nothing but the
# word tells "Filtr oleju Donaldson P550779 zamiennik John Deere RE504836" (a
# replacement) from a further listing of John Deere's filter. So the list holds
# the words for "replaces / replacement (for) / fits / compatible with" of the
# languages parts shops write (`_REPLACES`), as folded by `clean` (marks off:
# "pasujący do" is "pasujacy do", "ersätter" "ersatter"). It is a closed set of
# a trade's fixed phrases, not a catalogue's vocabulary: it does not grow with
# the products sold, and it names no product, so a title that writes none of
# them reads as before. Bare prepositions ("do", "til", "pro") are left out: in
# those languages they also join a product's own words ("siatka do owijania",
# a net for wrapping) far more often than they quote another maker's number.
_REPLACES = (
    # Polish: replacement (for), fits / fitting, replaces, equivalent of.
    r"zamiennik(?: (?:do|dla))?|pasuj(?:e|acy|aca|ace) do|zastepuje|odpowiednik|"
    # German: replaces, fits ("passend für" is read by "fur").
    r"ersetzt|passend zu|"
    # French, Spanish, Italian, Portuguese: replaces, compatible with, in place of.
    r"remplace|en remplacement de|compatible con|reemplaza|sustituye|compatibile con|sostituisce|"
    r"in sostituzione di|compativel com|substitui|"
    # Dutch, Danish / Norwegian, Swedish, Czech: replaces, fits, compatible with.
    r"vervangt|compatibel met|passer til|erstatter|kompatibel med|passar till|ersatter|"
    r"nahrada za|kompatibilni s|"
    # "Equivalent to" (English; Spanish, Portuguese, Italian "equivalente"; French "équivalent à";
    # German "entspricht"): a pattern part names the original it stands for ("Lenmar DLF40 ...
    # Equivalent to the FujiFilm NP-40").
    r"equivalente|equivalent (?:to|a)|entspricht"
)
_FOR = re.compile(
    r"(?<![^\W_])(?:for(?: use with)?|fits?|compatible (?:with|for|to)|designed for|works with|replacement(?: for)?|"
    r"replaces|alternative (?:for|to)|kompatibel (?:mit|fur)|fur|pour|compatible avec|para|per l[ao]?|voor|"
    r"adaptee? (?:pour|a)|" + _REPLACES + r")(?![^\W_])"
)
# What ends the scope of such a marker: a separator, or a clause of its own.
_FOR_END = re.compile(r"\s[-–|]\s|[,;()\[\]]|\s(?:with|w|and also|includes?)\s")
FOR_SCOPE = 6  # words after the marker that may name the other product


def _third_party(name: object, text: str, brand: str | None) -> tuple[bool, frozenset[str]]:
    """Is the product a compatible, remanufactured or refurbished copy of
    another maker's (`_COMPATIBLE` in its title `text`), once the uses of
    "compatible" after a standard's or a feature's name are left out
    (`_FEATURE_COMPATIBLE`: blanked, and the title read again)? And the
    names so read. A maker's name is written in capitals too ("LD
    Compatible Toner", "EPSON Compatible Lamp"): a name that opens the
    title or is the product's brand is a maker's, not a standard; one that
    is the brand of any product of the catalogues is read so by the
    comparison (`scoring.compare`), which sees them."""
    if not _COMPATIBLE.search(text):
        return False, frozenset()
    if "compatible" not in text:
        return True, frozenset()
    raw = unicodedata.normalize("NFKC", str(name))[:MAX_TITLE]
    first = _PIECE.search(raw)
    kept = [m for m in _FEATURE_COMPATIBLE.finditer(raw)
            if not (first and m.start() == first.start()) and not (brand and m.group(1).casefold() in brand)]
    if not kept:
        return True, frozenset()
    blanked = list(raw)
    for m in kept:
        start, end = m.span(2)
        blanked[start:end] = " " * (end - start)
    copy = bool(_COMPATIBLE.search(clean("".join(blanked))))
    return copy, frozenset(_NOT_ALNUM.sub("", m.group(1).casefold()) for m in kept)


def _for_spans(text: str) -> list[tuple[int, int, int]]:
    """The stretches of a title after "for" / "compatible with" / ...: up to
    FOR_SCOPE words, ended early by a separator or a clause of its own, as
    (marker start, stretch start, stretch end)."""
    spans = []
    for m in _FOR.finditer(text):
        rest = text[m.end():]
        end = _FOR_END.search(rest)
        stop = m.end() + (end.start() if end else len(rest))
        words = list(_PIECE.finditer(text, m.end(), stop))[:FOR_SCOPE]
        if words:
            spans.append((m.start(), m.end(), words[-1].end()))
    return spans


def _heads(text: str, spans: list[tuple[int, int, int]]) -> list[str]:
    """The word before each marker: what the product is ("diffuser" for the SB-700)."""
    out = []
    for marker, _, _ in spans:
        before = _PIECE.findall(text[max(0, marker - 40):marker])
        if before:
            out.append(_NOT_ALNUM.sub("", before[-1]))
    return out


def _codes_after_for(text: str, spans: list[tuple[int, int, int]]) -> list[str]:
    out = []
    for _, start, stop in spans:
        for piece in _PIECE.findall(text[start:stop]):
            joined = _NOT_ALNUM.sub("", piece)
            if _is_code(joined) or (len(joined) >= 3 and _DIGIT.search(joined) and not joined.isdigit()):
                out.append(joined)
    return out


def _mask(text: str, spans: list[tuple[int, int, int]]) -> str:
    """The title with the stretches after the markers blanked out."""
    masked = list(text)
    for _, start, stop in spans:
        masked[start:stop] = " " * (stop - start)
    return "".join(masked)


# Tried on every title and opened with a lookbehind, as the quantities' patterns are: tried only
# on a title holding a literal its every match needs (`_literal_gate`), the words of a copy.
_COMPATIBLE = Gated(_COMPATIBLE)  # type: ignore[assignment]
