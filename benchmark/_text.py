"""Product titles -> the features the matcher compares: normalised text, tokens,
model codes, bare numbers, quantities with units, pack size, brand.

Pure functions of one product; `benchmark.matching` compares two of them.
Titles are the competitor's text: anything may come in (empty, 10,000
characters, any script, emoji), so every function here accepts any string.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

# Long names are descriptions pasted into the title field; the head says what
# the product is and keeps comparisons cheap.
MAX_TITLE = 300

_SPACES = re.compile(r"\s+")
# A "word" of a title: letters and digits, with inner hyphens, slashes and dots
# kept so that "KDL-40V4100" and "2.5" survive as one piece.
_PIECE = re.compile(r"[^\W_]+(?:[-/.][^\W_]+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_ALL_NUMBERS = re.compile(r"\d+(?:[.,]\d+)?")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")

# Units as they appear after a number, mapped to (dimension, factor to a base unit).
_UNITS: dict[str, tuple[str, float]] = {
    # storage / memory
    "kb": ("bytes", 1e-6), "mb": ("bytes", 1e-3), "gb": ("bytes", 1.0), "tb": ("bytes", 1e3),
    "gig": ("bytes", 1.0), "gigabyte": ("bytes", 1.0), "terabyte": ("bytes", 1e3), "megabyte": ("bytes", 1e-3),
    # mass
    "mg": ("mass", 1e-3), "g": ("mass", 1.0), "gr": ("mass", 1.0), "kg": ("mass", 1e3), "lb": ("mass", 453.6),
    "lbs": ("mass", 453.6), "oz": ("mass", 28.35),
    # volume
    "ml": ("volume", 1.0), "cl": ("volume", 10.0), "dl": ("volume", 100.0), "l": ("volume", 1e3), "ltr": ("volume", 1e3),
    "litre": ("volume", 1e3), "liter": ("volume", 1e3), "floz": ("volume", 29.57),
    # length
    "mm": ("length", 1.0), "cm": ("length", 10.0), "m": ("length", 1e3), "in": ("length", 25.4),
    "inch": ("length", 25.4), "inches": ("length", 25.4), "ft": ("length", 304.8), "foot": ("length", 304.8),
    "feet": ("length", 304.8),
    # electrical, optical and other ratings that tell variants apart
    "w": ("watt", 1.0), "watt": ("watt", 1.0), "watts": ("watt", 1.0), "kw": ("watt", 1e3),
    "v": ("volt", 1.0), "volt": ("volt", 1.0), "mah": ("charge", 1.0), "ah": ("charge", 1e3),
    "mp": ("megapixel", 1.0), "megapixel": ("megapixel", 1.0), "hz": ("hertz", 1.0), "mhz": ("hertz", 1e6),
    "ghz": ("hertz", 1e9), "dpi": ("dpi", 1.0), "ppm": ("ppm", 1.0), "rpm": ("rpm", 1.0),
    "mbps": ("rate", 1.0), "gbps": ("rate", 1e3), "x": ("zoom", 1.0),
}
# Words that make a number a count of items in the pack.
_PACK_WORDS = {"pack", "pk", "pcs", "pieces", "ct", "count", "stuck", "stk", "rolls", "bottles", "cans", "box", "units",
               "pack/s", "packs"}
_PACK_BEFORE = {"pack", "set", "box", "case", "lot"}  # "pack of 4", "set of 25"
_QUANTITY = re.compile(
    r"(?<![\w.])(\d+(?:[.,]\d+)?)\s?(" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?![^\W_])"
)
_PACK = re.compile(
    r"(?<![\w.\-/])(\d{1,4})\s?-?\s?(" + "|".join(sorted(map(re.escape, _PACK_WORDS), key=len, reverse=True)) + r")(?![^\W_])"
    r"|(?:" + "|".join(_PACK_BEFORE) + r")\s+of\s*(\d{1,4})(?!\d)"  # "pack of 4", "pack of4"
    r"|(?<![\w.\-/])(\d{1,3})\s?x\s+(?=\d+\s?(?:ml|cl|l|g|kg|oz)\b)"  # "4 x 330 ml"
)
# Packs named by a word: "dual pack", "twin-pack", "triple pack".
_PACK_NAMED = re.compile(r"(?<![^\W_])(dual|twin|double|triple)[\s-]?pack(?![^\W_])")
_PACK_NAMES = {"dual": 2, "twin": 2, "double": 2, "triple": 3}
_MULTI_DIMENSION = re.compile(r"(\d+(?:\.\d+)?)\s?x\s?(\d+(?:\.\d+)?)(?:\s?x\s?(\d+(?:\.\d+)?))?")

_COMPATIBLE = re.compile(
    r"\b(compatible|remanufactured|refurbished|reconditioned|renewed|generic|aftermarket|kompatibel|compatible avec|"
    r"reconditionn[eé]|generalüberholt)\b"
)
# Colour words, several languages, mapped to one name: a colour on both sides
# that differs is a different variant.
_COLOURS = {
    **{c: c for c in ("black", "white", "red", "blue", "green", "yellow", "pink", "purple", "orange", "brown", "grey",
                      "silver", "gold", "beige", "violet", "navy", "teal", "turquoise", "magenta", "cyan", "bronze",
                      "ivory", "charcoal", "burgundy", "maroon", "khaki", "lime", "olive", "rose", "copper")},
    "gray": "grey",
    "schwarz": "black", "weiss": "white", "weiß": "white", "rot": "red", "blau": "blue", "grün": "green", "gelb": "yellow",
    "noir": "black", "blanc": "white", "rouge": "red", "bleu": "blue", "vert": "green", "jaune": "yellow",
    "negro": "black", "blanco": "white", "rojo": "red", "azul": "blue", "verde": "green", "amarillo": "yellow",
    "zwart": "black", "wit": "white", "rood": "red", "blauw": "blue", "groen": "green", "geel": "yellow",
    "nero": "black", "bianco": "white", "rosso": "red", "giallo": "yellow", "grau": "grey", "gris": "grey",
}
_BRAND_NOISE = re.compile(r"\b(inc|corp|corporation|co|ltd|llc|gmbh|ag|sa|technology|technologies|electronics|international|usa)\b")


@dataclass(slots=True)
class Features:
    text: str = ""                    # normalised title for fuzzy comparison
    tokens: list[str] = field(default_factory=list)
    codes: frozenset[str] = frozenset()      # model codes from the title and the mpn
    mpn: str | None = None
    numbers: frozenset[str] = frozenset()    # bare numbers
    all_numbers: frozenset[str] = frozenset()  # every number (and piece) written anywhere in the title
    pieces: frozenset[str] = frozenset()       # every word of the title, letters and digits only
    colours: frozenset[str] = frozenset()
    flat: str = ""                             # the title, letters and digits only
    dimensions: frozenset[tuple[float, ...]] = frozenset()  # "96 x 120" -> (96.0, 120.0)
    quantities: dict[str, frozenset[float]] = field(default_factory=dict)
    pack: int | None = None
    brand: str | None = None
    price: float = math.nan
    currency: str | None = None
    # Not the maker's own product: compatible, remanufactured, refurbished.
    compatible: bool = False


def clean(value: object) -> str:
    """Any value -> a normalised, lower-case, single-spaced string ('' for missing)."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    text = unicodedata.normalize("NFKC", str(value))[: MAX_TITLE * 4]
    return _SPACES.sub(" ", text).strip().casefold()


_NOT_ALNUM = re.compile(r"[\W_]+")


def compact(value: object) -> str:
    """Letters and digits only: 'KDL-40V4100' -> 'kdl40v4100'."""
    return _NOT_ALNUM.sub("", clean(value))


def brand_key(value: object) -> str | None:
    text = _BRAND_NOISE.sub(" ", clean(value))
    key = _NOT_ALNUM.sub("", text)
    return key or None


def tokens_of(text: str) -> list[str]:
    """Word tokens for indexing: pieces split at punctuation, plus the joined form of
    a hyphenated piece ('kdl-40v4100' -> 'kdl', '40v4100', 'kdl40v4100'), plus
    character bigrams for scripts written without spaces."""
    out: list[str] = []
    for piece in _PIECE.findall(text):
        parts = re.split(r"[-/.]", piece)
        if len(parts) > 1:
            out.extend(p for p in parts if p)
            joined = "".join(parts)
            if any(c.isdigit() for c in joined):
                out.append(joined)
        else:
            out.append(piece)
    result = []
    for token in out:
        if _CJK.search(token) and len(token) > 2:
            result.extend(token[i : i + 2] for i in range(len(token) - 1))
        else:
            result.append(token)
    return result


def _is_code(token: str) -> bool:
    """A model code: letters and digits mixed (ELPLP12, 40V4100) or a long number (26607)."""
    if len(token) < 4 or len(token) > 30:
        return False
    if not _DIGIT.search(token):
        return False
    if token.isdigit():
        return len(token) >= 5
    return True


def extract(
    name: object, brand: object = None, mpn: object = None, price: object = None, size: object = None,
    currency: object = None,
) -> Features:
    # "128 GB" and "128GB" are one thing: write quantities without the space.
    text = _QUANTITY.sub(r"\1\2", clean(name)[:MAX_TITLE])
    extra = clean(size)[:100]
    searchable = f"{text} {extra}".strip()
    quantities: dict[str, set[float]] = {}
    unit_spans: list[tuple[int, int]] = []
    for m in _QUANTITY.finditer(searchable):
        dimension, factor = _UNITS[m.group(2)]
        try:
            value = float(m.group(1).replace(",", ".")) * factor
        except ValueError:
            continue
        quantities.setdefault(dimension, set()).add(round(value, 3))
        unit_spans.append(m.span())
    pack = None
    for m in _PACK.finditer(searchable):
        number = m.group(1) or m.group(3) or m.group(4)
        if number and int(number) > 0:
            pack = max(pack or 1, int(number))
            unit_spans.append(m.span())
    for m in _PACK_NAMED.finditer(searchable):
        pack = max(pack or 1, _PACK_NAMES[m.group(1)])
    dimensions = set()
    for m in _MULTI_DIMENSION.finditer(searchable):
        unit_spans.append(m.span())
        dimensions.add(tuple(sorted(float(g) for g in m.groups() if g)))
    codes = set()
    numbers = set()
    title_pieces = _PIECE.findall(text)
    joined_pieces = [_NOT_ALNUM.sub("", p) for p in title_pieces]
    for joined in joined_pieces:
        if _is_code(joined) and not _is_quantity_like(joined) and not _DESCRIPTOR.match(joined):
            codes.add(joined)
    # Bare numbers outside quantities: "Air Max 90", "Hyper 212", "Phaser 8550".
    masked = list(searchable)
    for start, end in unit_spans:
        masked[start:end] = " " * (end - start)
    for piece in _PIECE.findall("".join(masked)):
        if _NUMBER.match(piece) and len(piece) <= 4:
            numbers.add(piece.replace(",", "."))
        elif 2 <= len(piece) <= 3 and piece.isalnum() and not piece.isdigit() and not piece.isalpha():
            # Short variant names: "S3" vs "S4", "4S" vs "5S".
            if not _is_quantity_like(piece):
                numbers.add(piece)
    # The MPN field, whole and in pieces ("BK357AA#ABA" -> bk357aaaba, bk357aa),
    # is a model code even where it looks like a size ("7693M").
    mpn_key = compact(mpn)
    if len(mpn_key) >= 3 and any(c.isdigit() for c in mpn_key):
        codes.add(mpn_key)
    if mpn_key:
        for piece in _PIECE.findall(clean(mpn)):
            joined = _NOT_ALNUM.sub("", piece)
            if _is_code(joined):
                codes.add(joined)
    pieces = frozenset(joined_pieces)
    return Features(
        text=text,
        tokens=tokens_of(text),
        codes=frozenset(codes),
        mpn=mpn_key or None,
        numbers=frozenset(numbers),
        all_numbers=frozenset(_ALL_NUMBERS.findall(searchable)) | pieces,
        pieces=pieces,
        colours=frozenset(_COLOURS[t] for t in title_pieces if t in _COLOURS),
        flat="".join(joined_pieces),
        dimensions=frozenset(dimensions),
        quantities={k: frozenset(v) for k, v in quantities.items()},
        pack=pack,
        brand=brand_key(brand),
        price=_float(price),
        currency=clean(currency).upper() or None,
        compatible=bool(_COMPATIBLE.search(text)),
    )


# "16-Mile", "40-Channel", "6-Outlet", "204-Pin": a number describing a feature, not a model.
_DESCRIPTOR = re.compile(r"^\d+[^\W\d_]{3,}$")
_QUANTITY_LIKE = re.compile(r"^\d+(?:" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")$")


def _is_quantity_like(joined: str) -> bool:
    """'128gb', '14mp', '1200dpi' are sizes, not model codes."""
    return bool(_QUANTITY_LIKE.match(joined)) or bool(re.fullmatch(r"\d+(?:pk|pack|ct|pcs|p|k|th|st|nd|rd)", joined))


def _float(value: object) -> float:
    if value is None:
        return math.nan
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number if number > 0 and math.isfinite(number) else math.nan
