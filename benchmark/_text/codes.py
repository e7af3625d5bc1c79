"""Model codes: which pieces of a title name a model (not a size, a count or a year), and the part
number an MPN field holds."""

from __future__ import annotations

import re

from benchmark._text.letters import _NOT_ALNUM, _PIECE_SEPARATOR, clean, compact
from benchmark._text.numbers import _DIGIT
from benchmark._text.quantities import _UNITS

# A version written with its "v" and dots ("v10.0", "v7.3"): the number of an
# edition, not a model code: another maker's product may carry the same
# version ("Home Design v10.0", "Photoshop CS3 (v10.0)").
_VERSION_PIECE = re.compile(r"^v\d{1,3}(?:[.,]\d{1,3}){1,2}$")
# Years and year ranges ("1974-up", "2005-2010") are fitments and editions, not model codes.
_YEARISH = re.compile(r"^(?:(?:19|20)\d\d(?:up|present|later|newer|older|on)?|(?:19|20)\d\d(?:19|20)?\d\d)$")


def _is_code(token: str) -> bool:
    """A model code: letters and digits mixed (ELPLP12, 40V4100) or a long number (26607)."""
    if len(token) < 4 or len(token) > 30:
        return False
    if not _DIGIT.search(token):
        return False
    if token.isdigit():
        return len(token) >= 5
    return True


def _joined(pieces: list[str]) -> list[str]:
    """`_NOT_ALNUM` taken out of each of an ASCII title's pieces: a piece of
    `_PIECE` holds letters and digits and its inner "-", "/" and "."
    only, so this is that pattern's result, at a tenth of a regular
    expression's call on each piece."""
    return [p if p.isalnum() else p.replace("-", "").replace("/", "").replace(".", "") for p in pieces]


def makers_number(numbers: frozenset[str]) -> str | None:
    """The one number of digits only that a title writes as a maker's number, of its bare
    `numbers` (what is left once sizes, counts, packs and quantities are read): three or four
    digits, no leading zero, no year ("Dominant 131", "Hyper 212", "GameCom 367"); None where the
    title writes none, or several (a set naming its strings' numbers, "E 129, A 131, D 132", or
    a part naming the models it fits, "Phaser 6300 and 6350", names no one product by them).
    A longer number is a code already (`_is_code`); a shorter one is a line's or an edition's
    ("Air Max 90", "Special 20"), which makers of every kind reuse."""
    found = None
    for number in numbers:
        if number.isdigit() and 3 <= len(number) <= 4 and number[0] != "0" and not _YEARISH.match(number):
            if found is not None:
                return None
            found = number
    return found


def _is_title_noise(joined: str) -> bool:
    """A piece with digits that names something else than a model: a size
    ("128gb"), a count ("2pk"), a feature ("16-mile")."""
    return _is_quantity_like(joined) or bool(_DESCRIPTOR.match(joined))


def _is_noise_piece(piece: str) -> bool:
    """A title piece of several parts that is no model code although its
    letters and digits together look like one: two parts or more with digits,
    each a size, a count or a feature ("1st-3rd", "2GB-4GB"); or numbers
    between slashes only ("10/100/1000", "1/2"), which write alternatives or
    a fraction, where a part number joins its groups of digits with hyphens
    ("910523-002", "12/2000/80-30"). Read from the form of the piece only, so
    it holds for any catalogue."""
    if piece.isalnum():  # one part (most pieces): no separator to split at
        return False
    parts = [p for p in _PIECE_SEPARATOR.split(piece) if p]
    if len(parts) < 2:
        return False
    if all(p.isdigit() for p in parts):
        return "/" in piece and ("-" not in piece or _listed_values(parts))
    # Two parts or more with digits, so that a maker's letters before one
    # ("TEW-455APBO", "HL-4570CDW") keep a code whose digits look like a feature.
    with_digits = [p for p in parts if _DIGIT.search(p)]
    return len(with_digits) >= 2 and all(_is_title_noise(p) for p in with_digits)


def _listed_values(parts: list[str]) -> bool:
    """Are the numbers of a piece written with slashes and hyphens small values listed, not the
    groups of a part number: three or more, each of one or two digits with no leading zero? A
    welding filter's shades "5/8/9-13" and a thread's "5/16-18" list values; joined, the
    shades read as the code "58913", which every filter of the range writes, so two filters of
    one range shared a model code. A part number's groups are longer ("12/2000/80-30") or
    padded ("01/02-03")."""
    return len(parts) >= 3 and all(len(p) <= 2 and p[0] != "0" for p in parts)


def part_number(mpn: object) -> str | None:
    """The part number an MPN field holds: 'KDL-40V4100' -> 'kdl40v4100'.

    Shops fill the field from their own records, and some write a name there:
    'M531 Red', 'DS-3 Digital Postal Scale', 'P500 Black' (one code among
    words: the code is the part number, the words a colour or the title
    copied) or 'Mini Film 2pk', 'ELPH 100 HS - BL', 'Video Spectra 1.5' (words
    and sizes, no code: None, no part number at all). Compared whole, such a
    field differs from every real part number, so 'MPNs differ' would speak
    against a pair whose code agrees. A field of several pieces with digits
    ('SDSDQ 008G A11M') or none of letters only ('190-243 12') is one code
    written with spaces and stays whole. It reads the field's own shape, so
    it holds for any shop's way of filling it."""
    text = clean(mpn)
    keys = [_NOT_ALNUM.sub("", chunk) for chunk in text.split(" ")]
    # A size is no second code ("D3000 18-55mm Kit"); "008G" with its zero is a piece of one.
    with_digits = [k for k in keys if _DIGIT.search(k) and (k[0] == "0" or not _is_title_noise(k))]
    if len(keys) < 2 or len(with_digits) > 1 or not any(len(k) >= 3 and k.isalpha() for k in keys):
        return compact(text) or None
    code = with_digits[0] if with_digits else ""
    if not (_is_code(code) or (len(code) >= 3 and not code.isdigit())):
        return None
    return code


# "16-Mile", "40-Channel", "6-Outlet", "204-Pin": a number describing a feature, not a model.
_DESCRIPTOR = re.compile(r"^\d+[^\W\d_]{3,}$")
# "lm" left out: outside a lamp's title it is a maker's suffix, and "1300LM" a model code (`_LAMP`).
_UNIT_NAMES = "(?:" + "|".join(sorted(map(re.escape, _UNITS.keys() - {"lm"}), key=len, reverse=True)) + ")"
# A size, also a kit of several ("2x8GB", "8GBx2": two modules of 8 GB).
_QUANTITY_LIKE = re.compile(r"^(?:\d+x)?\d+" + _UNIT_NAMES + r"(?:x\d+)?$")
_COUNT_LIKE = re.compile(r"\d+(?:pk|pack|ct|pcs|p|k|th|st|nd|rd)")


def _is_quantity_like(joined: str) -> bool:
    """'128gb', '14mp', '1200dpi' are sizes, not model codes."""
    return bool(_QUANTITY_LIKE.match(joined)) or bool(_COUNT_LIKE.fullmatch(joined))
