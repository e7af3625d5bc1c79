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

from benchmark._literal_gate import Gated

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
    # light: a lamp's luminous flux ("806 lm" / "806lm" / "806 lumen"), which tells the bulbs of one range
    # apart; read only in a lamp's title (`_LAMP`)
    "lm": ("lumen", 1.0), "lumen": ("lumen", 1.0), "lumens": ("lumen", 1.0),
}
# Words that make a number a count of items in the pack.
_PACK_WORDS = {"pack", "pk", "pcs", "pieces", "ct", "count", "stuck", "stk", "rolls", "bottles", "cans", "box", "units",
               "pack/s", "packs", "packung"}
_PACK_BEFORE = {"pack", "set", "box", "case", "lot"}  # "pack of 4", "set of 25"
# Not right after letters and a hyphen: "EL-334MB" is a model code, not 334 MB.
_QUANTITY = re.compile(
    r"(?<![\w.])(?<![^\W\d_]-)(\d+(?:[.,]\d+)?)\s?("
    + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?![^\W_])"
)
# The low end of a range written before its top and the unit ("3.40-" of "3.40-5.60GHz"), not
# inside a code ("DCD796-18V") or another number.
_RANGE_LOW = re.compile(r"(?<![\w.,/-])(\d+(?:[.,]\d+)?)\s?-\s?$")
_DECIMAL_POINT = re.compile(r"[.,]")
_LEADING_ZERO = re.compile(r"0\d")


def _range_ends(low: str, top: str) -> bool:
    """Are two numbers written as the two ends of one range are, to one
    precision and with no leading zero ("3.40-5.60", "1530 - 1830", "18-55")?
    "3.0 - 16 GB" is a USB version and a capacity, "960-001065 V" a part
    number."""
    low_parts, top_parts = _DECIMAL_POINT.split(low), _DECIMAL_POINT.split(top)
    return (len(low_parts) == len(top_parts) and (len(low_parts) == 1 or len(low_parts[1]) == len(top_parts[1]))
            and not _LEADING_ZERO.match(low) and not _LEADING_ZERO.match(top))
# A quantity per another unit is a rate, no amount of the product: "23,2
# mg/g" (a gel's strength), "190 MB/s" (a card's speed), "80 g/m²" (paper's
# weight), "5 l/min". Read as an amount, the rate both listings of a range
# share was a value in common, and "150 g" against "100 g" of one gel, or
# "128 GB" against "256 GB" of one card, no longer told two sizes apart
# (`conflicts._quantity_conflict`). The denominator is a unit of _UNITS, a
# unit of time or an area or volume ("m²", "m3"): "8GB/256GB" (two amounts)
# and "1TB/SSD" keep their quantity.
_PER = re.compile(
    r"/\s?(?:" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
    + r"|s|sec|h|hr|min|d|day|tag|std)[²³23]?(?![^\W_])"
)
# A current: a number with an "A" right after it ("680A", "1.58A"), read
# only in a title that rates the product in volts, watts or ampere-hours
# too ("12V 74Ah 680A", "19V 1.58A"). Elsewhere the letter is a model's:
# HP writes its toners "85A", "CE285A". Read as a code, the current two
# batteries or chargers of a range share ("680A") named both as one model.
_AMPERES = re.compile(r"(?<![\w.])(?<![^\W\d_]-)(\d+(?:[.,]\d+)?)a(?![^\W_])")
_RATED = frozenset({"volt", "watt", "charge"})
# A lamp's colour temperature: four digits and a "K" ("2700 K", "4000K",
# "2200-6500K"), from 1000 to 10000 kelvin, where every lamp's lies. One
# range sells each bulb in warm and cool white at one price and wattage, so
# the temperature alone tells the two apart (`conflicts._quantity_conflict`).
# One or two digits and a "K" are a resolution or a thousand ("4K", "10K").
_KELVIN = re.compile(r"(?<![\w.,])(\d{4,5})\s?k(?![^\W_])")
# Flux and colour temperature are read only in a title that reads as a
# lamp's: it spells "lumen(s)" or rates its watts, and names no clock
# rate. "LM" is also a maker's suffix ("nüvi 1300LM", lifetime maps) and
# "K" a processor's ("Core i7-8700K 3.7 GHz"), whose titles do neither.
_LAMP = re.compile(r"(?<![^\W\d_])lumens?(?![^\W_])|(?<![\w.])\d+(?:[.,]\d+)?\s?(?:w|watts?)(?![^\W_])")
_CLOCK = re.compile(r"\d\s?[mg]hz(?![^\W_])")
# A model's scale, "1:144" or "1/144", as kits, model railways and die-cast cars are sold: one
# kit is made in several scales ("Airbus A380-800 1/144" and "1/288") under one code, so the scale
# tells them apart, and "1:10" is "1/10". Two digits or more after the "1", and no inch after it,
# so that a fraction ("1/2", '1/16"') reads as before.
_SCALE = re.compile(r"(?<![\w.,/:])1\s?[:/]\s?(\d{2,4})(?![\w.,/:]|\s?(?:\"|''|in\b|inch|zoll))")
# A tyre's size as every maker and shop writes it, width / aspect ratio,
# "R" (radial, "ZR" for the fastest) and rim diameter, with its load index
# and speed rating after it: "205/55 R16 91V", "205/55R16 94V XL",
# "225/45 ZR17 94Y". A tyre line is sold in dozens of sizes and two load
# indexes per size (the "XL" one carries more) at about one price, so the
# size and the load index are what tell two tyres of a line apart: the size
# is read as a dimension (`dimensions`), the load index and speed rating as
# one number ("91v"), never "91 volts" nor the size a model code.
_TYRE = re.compile(
    r"(?<![\w.,/])(\d{3})\s?/\s?(\d{2})\s?z?r\s?(\d{2})(?!\d)c?(?:\s?(\d{2,3})(?:/\d{2,3})?\s?([a-z]))?(?![^\W_])"
)
# A power tool sold without a battery ("solo", "body only", "ohne Akku",
# "sans batterie") is another product than the same tool in a kit with
# batteries, which the kit's title rates in ampere-hours ("2 x 4,0 Ah"):
# makers sell both under one model code ("GSR 18V-55", "DCD796"). "Solo"
# alone names the bare tool only beside a voltage, since it is also a
# product's name ("Beats Solo") and Italian and Spanish for "only".
_BARE = re.compile(
    r"(?<![^\W_])(?:body only|bare(?: tool| unit)?|tool only|naked|ohne (?:akkus?|batterie|akku und ladegerat)|"
    r"sans (?:batterie|batteries|accu)|senza batteri[ae]|sin baterias?|zonder accu|"
    r"without (?:a )?batter(?:y|ies)|no batter(?:y|ies)|batter(?:y|ies) not included)(?![^\W_])"
)
_SOLO = re.compile(r"(?<![^\W_])solo(?![^\W_])")
# Units written in another script, as their Latin spelling in _UNITS: "128 ГБ"
# is "128gb", "500升" and "2 л" are "500l" and "2l", "5 लीटर" is "5l".
# Shops write the same SI and byte units in their own letters; spelt the
# Latin way, a size reads alike whichever way a shop wrote it (the tokens,
# the word-set similarity) and two sizes of one dimension that differ are
# two products (`conflicts._quantity_conflict`), as "128GB" / "256GB" are.
# A unit counts only right after a number and before a space, a sign or
# the end (`_OTHER_SCRIPT_QUANTITY`). So in a script written without
# spaces a unit is read only at the end of the title or before a space or
# a sign: "海尔冰箱500升对开门" holds no size, since a character after the
# unit may make another word of it ("2克拉" is two carats, "升级" an
# upgrade); a unit missed costs similarity only. The table keeps to units of more
# than one letter but the litre ("л"), since one-letter words of these
# languages are also prepositions and abbreviations ("5 в 1" is "5 in 1",
# "2020 г." the year 2020). Units of the capacities, weights, volumes,
# lengths and powers that tell variants apart, in the scripts of the
# largest shop languages beyond the Latin alphabet; a unit left out costs
# only similarity, as before.
_OTHER_SCRIPT_UNITS = {
    # Cyrillic
    "гб": "gb", "мб": "mb", "тб": "tb", "кг": "kg", "гр": "g", "мл": "ml", "л": "l", "мм": "mm", "см": "cm", "вт": "w",
    # Chinese (and Japanese kanji)
    "毫升": "ml", "升": "l", "千克": "kg", "公斤": "kg", "克": "g", "毫米": "mm", "厘米": "cm", "英寸": "in", "瓦": "w",
    # Devanagari
    "लीटर": "l", "मिली": "ml", "किलो": "kg", "ग्राम": "g", "सेमी": "cm", "इंच": "in", "वाट": "w",
    # Thai
    "ลิตร": "l", "มล": "ml", "กก": "kg", "กรัม": "g", "ซม": "cm", "มม": "mm", "นิ้ว": "in", "วัตต์": "w",
}
_OTHER_SCRIPT_QUANTITY = re.compile(
    r"(?<![\w.])(\d+(?:[.,]\d+)?)\s?(" + "|".join(sorted(map(re.escape, _OTHER_SCRIPT_UNITS), key=len, reverse=True))
    + f")(?![^\\W_]|[{_MARK}])"
)


# Units written as words that shops also write as their symbol, spelt as
# the symbol in the title, so that "806 lumen" and "806lm" are one token.
_UNIT_SPELLINGS = {"lumen": "lm", "lumens": "lm"}


def _joined_quantity(m: re.Match) -> str:
    return m[1] + _UNIT_SPELLINGS.get(m[2], m[2])


def _latin_units(text: str) -> str:
    """The title with its units written in another script spelt as in _UNITS (`_OTHER_SCRIPT_UNITS`)."""
    if text.isascii():
        return text
    return _OTHER_SCRIPT_QUANTITY.sub(lambda m: m[1] + _OTHER_SCRIPT_UNITS[m[2]], text)


# A count written as German writes it ("6er Pack", "10er-Packung") reads as
# "6 pack"; "pack of 4" is "lot de 4", "pack da 4", "set van 4" in the
# languages of _COLOURS.
_PACK = re.compile(
    r"(?<![\w.\-/])(\d{1,4})(?:er)?\s?-?\s?(" + "|".join(sorted(map(re.escape, _PACK_WORDS), key=len, reverse=True))
    + r")(?![^\W_])"
    r"|(?:" + "|".join(_PACK_BEFORE) + r")\s+(?:of|de|da|van)\s*(\d{1,4})(?!\d)"  # "pack of 4", "pack of4"
    r"|(?<![\w.\-/])(\d{1,3})\s?x\s?(?=\d+(?:[.,]\d+)?\s?(?:ml|cl|l|g|kg|oz)(?![^\W_]))"  # "4 x 330 ml", "6x200ml"
)
# The size of one item of a multipack ("6x200ml": 200 ml), which the
# lookbehind of _QUANTITY misses after the "x".
_MULTIPACK_ITEM = re.compile(r"(?<![\w.\-/])\d{1,3}\s?x\s?(\d+(?:[.,]\d+)?)\s?(ml|cl|l|g|kg|oz)(?![^\W_])")
# The age a toy, a game or a children's book is for: "ab 3 Jahren", "ages 8+",
# "ages 8 and up", "10+ Jahre", "4-10 Jahre", "6-36 Monate", "dès 3 ans",
# "(14+)". Shops write their own age for one product ("ab 12" / "ab 14
# Jahren"), and no two products differ by it alone, so its numbers are no
# bare numbers that tell products apart (`conflicts._number_conflict`). Read
# only with the words that make it an age, in the languages of _COLOURS: "3
# years" alone may be a subscription's term.
_AGE_UNIT = r"(?:jahren?|monaten?|years?|yrs|months?|ans|mois|anos|meses|anni|mesi|jaar|maanden)"
_AGE = re.compile(
    r"(?<![^\W_])(?:(?:ab|des|a partir de|desde|vanaf|dai|da)\s\d{1,2}\s" + _AGE_UNIT
    + r"|ages?\s\d{1,2}(?:\s?\+|\s?(?:-|to)\s?\d{1,2}|\s(?:and|&)\s?up)?"
    + r"|\d{1,2}\s?(?:\+|-\s?\d{1,2})\s?" + _AGE_UNIT + r")(?![^\W_])"
    + r"|\(\d{1,2}\s?\+\)"
)
# Packs named by a word: "dual pack", "twin-pack", "triple pack".
_PACK_NAMED = re.compile(r"(?<![^\W_])(dual|twin|double|triple)[\s-]?pack(?![^\W_])")
_PACK_NAMES = {"dual": 2, "twin": 2, "double": 2, "triple": 3}
# Two or three sizes, each with its decimals after a point or a comma ("4,0 x
# 40 mm", as European shops write them), never begun inside a number: "4,0 x
# 40" read from its "0" was 0 by 40, and differed from "4 x 40".
_MULTI_DIMENSION = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?x\s?(\d+(?:[.,]\d+)?)(?:\s?x\s?(\d+(?:[.,]\d+)?))?")

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
# Colour words, several languages, mapped to one name: a colour on both sides
# that differs is a different variant.
_COLOURS = {
    **{c: c for c in ("black", "white", "red", "blue", "green", "yellow", "pink", "purple", "orange", "brown", "grey",
                      "silver", "gold", "beige", "violet", "navy", "teal", "turquoise", "magenta", "cyan", "bronze",
                      "ivory", "charcoal", "burgundy", "maroon", "khaki", "lime", "olive", "rose", "copper")},
    "gray": "grey",
    "schwarz": "black", "weiss": "white", "rot": "red", "blau": "blue", "grun": "green", "gelb": "yellow",
    "noir": "black", "blanc": "white", "rouge": "red", "bleu": "blue", "vert": "green", "jaune": "yellow",
    "negro": "black", "blanco": "white", "rojo": "red", "azul": "blue", "verde": "green", "amarillo": "yellow",
    "zwart": "black", "wit": "white", "rood": "red", "blauw": "blue", "groen": "green", "geel": "yellow",
    "nero": "black", "bianco": "white", "rosso": "red", "giallo": "yellow", "grau": "grey", "gris": "grey",
}


def _colours(title_pieces: list[str]) -> frozenset[str]:
    """The colours a title names (`_COLOURS`), also where it writes two joined by a slash
    ("White/Silver", "Black/Nickel"), as shops name a product's two colours: read as one piece, a
    listing's "White/Silver" and its "Black/Nickel" sibling named no colour, and were one product
    listed twice."""
    found = {_COLOURS[t] for t in title_pieces if t in _COLOURS}
    for piece in title_pieces:
        if "/" in piece:
            found.update(_COLOURS[t] for t in piece.split("/") if t in _COLOURS)
    return frozenset(found)


# Letter sizes of clothes and shoes (and of cartridges: "XL"), each as the
# name it is known by ("2xl" is "xxl"). One letter ("S", "M", "L") is read as
# a size only after a size's name or a colour ("Größe M", "Navy S"), two or
# more also at the end of the title ("... Jacket XL"): elsewhere "S", "M" and
# "L" are model letters ("Galaxy S"), a metre, a litre.
_LETTER_SIZES = {"xxs": "xxs", "xs": "xs", "s": "s", "m": "m", "l": "l", "xl": "xl", "xxl": "xxl", "2xl": "xxl",
                 "xxxl": "xxxl", "3xl": "xxxl", "4xl": "4xl", "xxxxl": "4xl", "5xl": "5xl"}
# The name of a size, in the languages of _COLOURS ("Gr." and "Größe", "taille", "talla", "taglia", "maat").
_SIZE_NAMES = frozenset({"size", "gr", "grosse", "groesse", "taille", "talla", "taglia", "maat"})
# The formats a book is sold in, each as its kind, in the languages of
# _COLOURS: a hardcover and a paperback of one title are two products, and so
# are the printed book and its e-book or audiobook. A shop that lists both
# names the e-book or the audiobook, not the print (`conflicts._format_conflict`).
# Before "reader" it names a device ("eBook Reader"), no format.
_FORMATS = {"hardcover": "hardcover", "hardback": "hardcover", "gebunden": "hardcover", "gebundene": "hardcover",
            "relie": "hardcover", "paperback": "paperback", "softcover": "paperback", "taschenbuch": "paperback",
            "broschiert": "paperback", "broche": "paperback", "ebook": "ebook", "e-book": "ebook",
            "audiobook": "audiobook", "horbuch": "audiobook", "livre-audio": "audiobook"}
# The stage of life a food or a care product is made for, in the languages
# of _COLOURS, as the stage it names: a puppy's or a kitten's food, an adult's
# and a senior's are three products of one line ("Maxi Puppy" / "Maxi
# Adult"). A senior's food is often written "Mature Adult" or "Senior
# Adult": with a senior's word, "adult" names no other stage.
_STAGES = {**{w: "young" for w in ("puppy", "welpe", "welpen", "chiot", "cachorro", "cucciolo", "kitten", "katzchen",
                                   "chaton", "gatito", "gattino", "junior")},
           **{w: "adult" for w in ("adult", "adulte", "adulto", "volwassen")},
           **{w: "senior" for w in ("senior", "mature", "ageing", "aging")}}
# An adapter's two ends, "X to Y" in the languages of _COLOURS: a "USB-C to
# USB-A" adapter takes a USB-C plug's place, and "USB-A to USB-C" is the
# other product. A cable's two ends are written in either order for one
# cable ("USB-C to Lightning" / "Lightning to USB-C"), so a title that names
# a cable has no direction.
_TO = frozenset({"to", "auf", "vers", "naar", "zu", "a", "->"})
_CABLES = frozenset({"cable", "cables", "kabel", "cavo", "cordon", "cord", "snoer", "lead"})
# A fragrance's concentration, as perfumers name it in every language, and
# the abbreviation every shop writes for it: "Eau de Toilette" / "EdT",
# "Eau de Parfum" / "EdP", "Eau de Cologne" / "EdC", "Extrait de Parfum".
# One scent is sold in several at prices apart, so two concentrations are
# two products (`conflicts._scent_conflict`), as is a tester of it (sold
# unboxed, often without its cap). The title writes the abbreviation, so
# "Eau de Toilette" and "EdT" are one word to every comparison.
_CONCENTRATIONS = {"eau de toilette": "edt", "eau de parfum": "edp", "eau de cologne": "edc"}
_CONCENTRATION_WORDS = re.compile(r"(?<![^\W_])eau de (?:toilette|parfum|cologne)(?![^\W_])")
_CONCENTRATION = re.compile(r"(?<![^\W_])(edt|edp|edc|extrait)(?![^\W_])")
_TESTER = re.compile(r"(?<![^\W_])tester(?![^\W_])")
# The console a video game is made for: one game is sold once per console,
# at prices of its own, so two consoles are two products
# (`conflicts._platform_conflict`). "PlayStation 5" is written "PS5" in the
# title, so the two spellings are one word to every comparison.
_CONSOLE_NAMES = re.compile(r"(?<![^\W_])playstation ([45])(?![^\W_])")
# "Switch" alone is a console only in brackets ("Zelda (Switch)"): it is also a network's or a lamp's.
# "Nintendo Switch 2" is a console of its own: since 2025 a game is sold as a
# Switch version and a "Nintendo Switch 2 Edition" side by side, at prices apart.
_CONSOLES = re.compile(
    r"(?<![^\W_])(ps5|ps4|xbox series|xbox one|nintendo switch 2|nintendo switch)(?![^\W_])|[(\[](switch(?: 2)?)[)\]]")
# A game's edition, read only in a title that names a console: the
# standard game (a title that names none, or "Standard Edition") and a
# deluxe, gold or collector's edition of it are sold side by side at prices
# apart. "Day One" and "Launch" editions are the standard game with a bonus.
_GAME_EDITION = re.compile(
    r"(?<![^\W_])(deluxe|ultimate|gold|premium|collector'?s|complete|definitive|limited|special|goty|game of the year"
    r"|legendary|platinum|cross-gen|digital deluxe)(?: edition)?(?![^\W_])")
_KINDLE = re.compile(r"(?<![^\W_])kindle (?:edition|ausgabe)(?![^\W_])")
# Words that say what follows is the product this one goes with, not this
# product: "diffuser for the Nikon SB-700", "lamp replaces ELPLP12", "case
# compatible with iPhone 6", "toner kompatibel mit HP 12A". A model code in the
# few words after one of them names the product it fits.
_FOR = re.compile(
    r"(?<![^\W_])(?:for(?: use with)?|fits?|compatible (?:with|for|to)|designed for|works with|replacement(?: for)?|"
    r"replaces|alternative (?:for|to)|kompatibel (?:mit|fur)|fur|pour|compatible avec|para|per l[ao]?|voor|"
    r"adaptee? (?:pour|a))(?![^\W_])"
)
# What ends the scope of such a marker: a separator, or a clause of its own.
_FOR_END = re.compile(r"\s[-–|]\s|[,;()\[\]]|\s(?:with|w|and also|includes?)\s")
FOR_SCOPE = 6  # words after the marker that may name the other product
# Variant words: "F1A75-M Pro" is not "F1A75-M", "iPhone 6 Plus" not "iPhone 6".
_VARIANT_WORDS = frozenset({"pro", "plus", "max", "mini", "lite", "xl", "xxl", "ultra", "se"})
_GRADED = frozenset({"slim", "thin", "compact", "quiet", "light", "bright", "wide", "fine", "high", "low", "small",
                     "mini", "miniature", "portable", "soft", "durable", "zoom", "range"})
# A version written with its "v" and dots ("v10.0", "v7.3"): the number of an
# edition, not a model code: another maker's product may carry the same
# version ("Home Design v10.0", "Photoshop CS3 (v10.0)").
_VERSION_PIECE = re.compile(r"^v\d{1,3}(?:[.,]\d{1,3}){1,2}$")
# Years and year ranges ("1974-up", "2005-2010") are fitments and editions, not model codes.
_YEARISH = re.compile(r"^(?:(?:19|20)\d\d(?:up|present|later|newer|older|on)?|(?:19|20)\d\d(?:19|20)?\d\d)$")
_BRAND_NOISE = re.compile(r"\b(inc|corp|corporation|co|ltd|llc|gmbh|ag|sa|technology|technologies|electronics|international|usa)\b")


@dataclass(slots=True)
class Features:
    text: str = ""                    # normalised title for fuzzy comparison
    tokens: list[str] = field(default_factory=list)
    codes: frozenset[str] = frozenset()      # model codes from the title and the mpn
    mpn: str | None = None
    # The part number the MPN field holds (`part_number`): the field itself,
    # its one code when it names the product in words ("M531 Red": m531), or
    # None when it holds no code ("Mini Film 2pk").
    part: str | None = None
    numbers: frozenset[str] = frozenset()    # bare numbers
    all_numbers: frozenset[str] = frozenset()  # every number (and piece) written anywhere in the title
    pieces: frozenset[str] = frozenset()       # every word of the title, letters and digits only
    colours: frozenset[str] = frozenset()
    # Letter sizes (`_letter_sizes`): "M" of "T-Shirt weiß Größe M".
    sizes: frozenset[str] = frozenset()
    # A book's formats (`_FORMATS`): "paperback", "ebook", "audiobook".
    formats: frozenset[str] = frozenset()
    # The life stage it is made for (`_STAGES`: "young", "adult", "senior").
    stages: frozenset[str] = frozenset()
    # An adapter's ends, "X to Y" (`_ends`): ("usb-c", "usb-a").
    ends: tuple[str, str] | None = None
    # A power tool sold "bare" or as a "kit" with batteries (`_battery`).
    battery: str | None = None
    # A fragrance's concentrations ("edt", "edp") and "tester" (`_scent`).
    scent: frozenset[str] = frozenset()
    # The consoles a video game is for (`_CONSOLES`): "ps5", "xbox series".
    consoles: frozenset[str] = frozenset()
    # A game's edition where the title names a console (`_game_edition`): "" is the standard game.
    game_edition: str | None = None
    flat: str = ""                             # the title, letters and digits only
    dimensions: frozenset[tuple[float, ...]] = frozenset()  # "96 x 120" -> (96.0, 120.0)
    quantities: dict[str, frozenset[float]] = field(default_factory=dict)
    pack: int | None = None
    brand: str | None = None
    price: float = math.nan
    currency: str | None = None
    # Not the maker's own product: compatible, remanufactured, refurbished.
    compatible: bool = False
    # The names in capitals before "compatible" read as a standard's or a
    # feature's ("pfc", "3d"), not a maker's: the comparison reads them as a
    # maker's where a brand of the catalogues is written so (`_third_party`).
    standards: frozenset[str] = frozenset()
    # Model codes written only after "for" / "compatible with" / "replacement":
    # the product this one fits, not this product.
    targets: frozenset[str] = frozenset()
    # The word before each "for": what this is ("diffuser", "bracket", "drum").
    heads: frozenset[str] = frozenset()
    # Variant words with the word before them: ("pro", "f1a75m").
    variants: frozenset[tuple[str, str]] = frozenset()
    # Numbers that may name an edition, a volume or a sequel, with the word
    # before them (`_editions`): ("2", "rescue") of "Tonka Search & Rescue 2".
    editions: frozenset[tuple[str, str]] = frozenset()
    # A number joined by a hyphen to the word of what it counts, outside units and packs
    # (`_joined_counts`): ("piece", "19") of "19-piece", ("speed", "12") of "12-speed"; or to a
    # second number, a range or a pair of sizes: ("", "50-22") of a frame's "50-22".
    joined_counts: frozenset[tuple[str, str]] = frozenset()
    # Words of the title (letters only, outside "for" stretches) that may name
    # a variant: not stop words, units, pack words, or words of the brand.
    words: frozenset[str] = frozenset()
    # The words the title writes with marks that `clean` folds ("pokémon",
    # "kühlschrank"), folded: one spelling of them among others
    # (`conflicts._unshared`).
    marked: frozenset[str] = frozenset()


# A number with a decimal comma ("8,6", "0,25"), with a decimal point ("8.6"), and thousands
# grouped by points ("24.000", "1.000.000"), each a whole number of the title.
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])(\d+),(\d{1,2})(?![\d.,])")
_POINT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,])")
_POINT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")


_UNIT_AFTER = re.compile(r"\s?(?:" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?![^\W_])",
                         re.IGNORECASE)


def writes_decimal_commas(names) -> bool:
    """Does a catalogue write its decimals with a comma ("BC 8,6", "0,25 ct", "2,4 m"), as most of
    continental Europe does? Read from its own titles: more numbers written with a decimal comma
    than with a decimal point. A size with its unit is read either way (`_QUANTITY`); a bare
    number ("BC 8,6 -3,25 dpt") was two numbers, 8 and 6, against another shop's "8.6", and a
    thousands point ("24.000 mAh") made 24 mAh of 24,000. Each shop is read for itself: a
    catalogue of many shops' titles, or of English ones, writes decimal points, and reads as
    before."""
    commas = points = 0
    for name in names:
        if isinstance(name, str) and "," in name:
            commas += len(_COMMA_DECIMAL.findall(name))
        if isinstance(name, str) and "." in name:
            points += len(_POINT_DECIMAL.findall(name))
    return commas > points


def with_decimal_points(name: object) -> object:
    """A title of a catalogue that writes decimal commas (`writes_decimal_commas`) with its bare
    numbers written as a decimal point writes them: "8,6" as "8.6", "24.000" as "24000"."""
    if not isinstance(name, str) or not any(c.isdigit() for c in name):
        return name
    if "," in name:
        # A size with its unit reads as one already ("0,75 l"), and is left as written.
        name = _COMMA_DECIMAL.sub(lambda m: m[0] if _UNIT_AFTER.match(name, m.end()) else f"{m[1]}.{m[2]}", name)
    if "." in name:
        name = _POINT_THOUSANDS.sub(lambda m: m[0].replace(".", ""), name)
    return name


def clean(value: object) -> str:
    """Any value -> a normalised, lower-case, single-spaced string ('' for missing)."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    text = unicodedata.normalize("NFKC", str(value))[: MAX_TITLE * 4].casefold()
    if not text.isascii():
        text = _fold(text)
    return _SPACES.sub(" ", text).strip()


def _fold(text: str) -> str:
    """Marks dropped and letters no decomposition splits written plainly
    (`_unmarked`), and a space where a script without spaces meets other
    letters or digits (`_SCRIPT_EDGE`)."""
    return _SCRIPT_EDGE.sub(" ", _unmarked(text))


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
    text = _BRAND_NOISE.sub(" ", clean(value))
    key = _NOT_ALNUM.sub("", text)
    return key or None


def tokens_of(text: str, pieces: list[str] | None = None) -> list[str]:
    """Word tokens for indexing: pieces split at punctuation, plus the joined form of
    a hyphenated piece ('kdl-40v4100' -> 'kdl', '40v4100', 'kdl40v4100'), plus
    character bigrams for scripts written without spaces. `pieces`: the
    text's `_PIECE` pieces, where the caller has them already."""
    out: list[str] = []
    for piece in _PIECE.findall(text) if pieces is None else pieces:
        if piece.isalnum():  # no separator to split at (most pieces)
            out.append(piece)
            continue
        parts = _PIECE_SEPARATOR.split(piece)
        if len(parts) > 1:
            out.extend(p for p in parts if p)
            joined = "".join(parts)
            if any(c.isdigit() for c in joined):
                out.append(joined)
        else:
            out.append(piece)
    if text.isascii():  # no script written without spaces
        return out
    result = []
    for token in out:
        if len(token) > 2 and _NO_SPACE_CHAR.search(token):
            result.extend(_bigrams(token))
        else:
            result.append(token)
    return result


def _bigrams(run: str) -> list[str]:
    """A run of a script without spaces (`_NO_SPACE`) as its overlapping
    character bigrams, the words the TF-IDF tokens (`tokens_of`) and every
    reader of `Features.text` (`_bigram_runs`) see: one rule for both, so the
    index and the comparison read such a title alike."""
    return [run[i : i + 2] for i in range(len(run) - 1)]


_NO_SPACE_RUN = re.compile(f"[{_NO_SPACE}]{{3,}}")


def _bigram_runs(text: str) -> str:
    """`Features.text`: the title with each run of a script without spaces
    written as its character bigrams (`_bigrams`). Whole, "苏泊尔炒锅不粘锅"
    and "苏泊尔 不粘锅 炒锅" share no word, though they name the same pan in
    another order. Every reader of `text` gets the bigrams, and each should:
    the word-set similarity (`scoring._title_similarity`) compares words;
    the character view (`candidates.character_cosine`, read by the wording
    gate and the second round) takes its n-grams within words, where a run
    split into bigrams is read alike however a shop spaced it; a model code's
    search in the other title (`codes._written_in`) reads Latin letters and
    digits, which stay as they are."""
    if text.isascii():
        return text
    return _NO_SPACE_RUN.sub(lambda m: " ".join(_bigrams(m[0])), text)


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
    parts = [p for p in _PIECE_SEPARATOR.split(piece) if p]
    if len(parts) < 2:
        return False
    if all(p.isdigit() for p in parts):
        return "-" not in piece and "/" in piece
    # Two parts or more with digits, so that a maker's letters before one
    # ("TEW-455APBO", "HL-4570CDW") keep a code whose digits look like a feature.
    with_digits = [p for p in parts if _DIGIT.search(p)]
    return len(with_digits) >= 2 and all(_is_title_noise(p) for p in with_digits)


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


def extract(
    name: object, brand: object = None, mpn: object = None, price: object = None, size: object = None,
    currency: object = None,
) -> Features:
    # "128 GB" and "128GB" are one thing: write quantities without the space.
    written = _latin_units(clean(name)[:MAX_TITLE])
    lamp = (("lm" in written or "lumen" in written or "k" in written) and bool(_LAMP.search(written))
            and not _CLOCK.search(written))
    text = _QUANTITY.sub(_joined_quantity, written)
    if "eau de " in text:
        text = _CONCENTRATION_WORDS.sub(lambda m: _CONCENTRATIONS[m[0]], text)
    if "playstation " in text:
        text = _CONSOLE_NAMES.sub(r"ps\1", text)
    extra = _latin_units(clean(size)[:100])
    searchable = f"{text} {extra}".strip()
    quantities: dict[str, set[float]] = {}
    unit_spans: list[tuple[int, int]] = []
    tyres = list(_TYRE.finditer(searchable)) if "/" in searchable else []
    unit_spans.extend(m.span() for m in tyres)
    lumens = set()
    for m in _QUANTITY.finditer(searchable):
        if tyres and any(t.start() <= m.start() < t.end() for t in tyres):
            continue  # the load index and speed rating of a tyre ("91V"), no voltage
        if m.group(2) == "lm" and not lamp:
            continue
        if m.group(2) == "lm":
            lumens.add(m.group(0))
        per = _PER.match(searchable, m.end())
        if per:
            unit_spans.append((m.start(), per.end()))
            continue
        dimension, factor = _UNITS[m.group(2)]
        try:
            value = float(m.group(1).replace(",", ".")) * factor
        except ValueError:
            continue
        quantities.setdefault(dimension, set()).add(round(value, 3))
        unit_spans.append(m.span())
        # A range that writes its unit once ("3.40-5.60GHz", "18-55mm", "100-240V") names both
        # ends: read as its top only, a processor's "3,8 GHz" / "3.80-5.30GHz" was two clock rates.
        start = m.start()
        low = (_RANGE_LOW.search(searchable, max(0, start - 12), start)
               if start and "-" in searchable[max(0, start - 2):start] else None)
        if low and _range_ends(low[1], m.group(1)) and float(low[1].replace(",", ".")) * factor < value:
            quantities[dimension].add(round(float(low[1].replace(",", ".")) * factor, 3))
            unit_spans.append(low.span())
    for m in _MULTIPACK_ITEM.finditer(searchable):
        dimension, factor = _UNITS[m.group(2)]
        quantities.setdefault(dimension, set()).add(round(float(m.group(1).replace(",", ".")) * factor, 3))
        unit_spans.append(m.span())
    currents = set()
    if _RATED & quantities.keys():
        for m in _AMPERES.finditer(searchable):
            quantities.setdefault("ampere", set()).add(round(float(m.group(1).replace(",", ".")), 3))
            unit_spans.append(m.span())
            currents.add(m.group(0).replace(".", "").replace(",", ""))
    for m in _KELVIN.finditer(searchable) if lamp else ():
        if 1000 <= int(m.group(1)) <= 10000:
            quantities.setdefault("kelvin", set()).add(float(m.group(1)))
            unit_spans.append(m.span())
    if ":" in searchable or "/" in searchable:
        for m in _SCALE.finditer(searchable):
            quantities.setdefault("scale", set()).add(float(m.group(1)))
            unit_spans.append(m.span())
    pack = None
    for m in _PACK.finditer(searchable):
        number = m.group(1) or m.group(3) or m.group(4)
        if number and int(number) > 0:
            pack = max(pack or 1, int(number))
            unit_spans.append(m.span())
    unit_spans.extend(m.span() for m in _AGE.finditer(searchable))
    for m in _PACK_NAMED.finditer(searchable):
        pack = max(pack or 1, _PACK_NAMES[m.group(1)])
    dimensions = set()
    sizes_written_whole = set()
    for m in _MULTI_DIMENSION.finditer(searchable):
        if _MULTIPACK_ITEM.match(searchable, m.start()):
            continue  # "6x200ml" is six items of 200 ml, not 6 by 200
        unit_spans.append(m.span())
        size = tuple(sorted(float(g.replace(",", ".")) for g in m.groups() if g))
        dimensions.add(size)
        # Not begun inside a piece ("AM4 X570" is no 4 by 570), and sides within a factor of 100 of
        # each other, as a thing's are: "4152X1" and "HD 4670X2" are codes with a count after them.
        # Written in whole numbers or with decimals alike: a maker's range shares its sizes across
        # models (mattresses in 140x200, tyres of several treads in 29x2.30), so a size names none.
        if (not m.start() or not searchable[m.start() - 1].isalnum()) and 0 < size[0] and size[-1] <= 100 * size[0]:
            sizes_written_whole.update(_PIECE.findall(m.group(0)))
    codes = set()
    numbers = set()
    for m in tyres:
        dimensions.add(tuple(sorted((float(m.group(1)), float(m.group(2)), float(m.group(3))))))
        if m.group(4):
            numbers.add(m.group(4) + m.group(5))
    title_pieces = _PIECE.findall(text)
    # Its pieces' letters and digits, by the title's one pattern (`_ByScript`): read per piece, the choice cost
    # a tenth of `extract`.
    unjoin = _NOT_ALNUM._for(text)
    joined_pieces = _joined(title_pieces) if text.isascii() else [unjoin.sub("", p) for p in title_pieces]
    for piece, joined in zip(title_pieces, joined_pieces):
        if _VERSION_PIECE.match(piece):
            # The edition's number still tells two editions apart ("v10.0" / "v11.0")
            # and agrees with the number written without its v ("10.0").
            numbers.add(piece[1:].replace(",", "."))
        elif (_is_code(joined) and not _is_title_noise(joined) and not _YEARISH.match(joined)
              and not _is_noise_piece(piece) and joined not in currents):
            codes.add(joined)
    for m in tyres:  # "205/55R16" or "ZR17", written in one piece, is the size and no model code
        codes -= {unjoin.sub("", p) for p in _PIECE.findall(m.group(0))}
    codes -= {unjoin.sub("", p) for p in lumens}  # a lamp's "350lm" is its flux
    # A size written as one piece ("140x200", "1920x1080") is a size, and no model code: a bed's
    # size is shared by every mattress of a maker's range, a screen's by every monitor of it, so
    # read as a code it made a firm and a medium-firm mattress one product. A piece that holds
    # more than the size ("ab140x200") keeps its code.
    codes -= {unjoin.sub("", p) for p in sizes_written_whole}
    # Bare numbers outside quantities: "Air Max 90", "Hyper 212", "Phaser 8550".
    masked = list(searchable)
    for start, end in unit_spans:
        masked[start:end] = " " * (end - start)
    masked_pieces = _PIECE.findall("".join(masked))
    for piece in masked_pieces:
        if _NUMBER.match(piece) and len(piece) <= 4:
            numbers.add(piece.replace(",", "."))
        elif 2 <= len(piece) <= 3 and piece.isalnum() and not piece.isdigit() and not piece.isalpha():
            # Short variant names: "S3" vs "S4", "4S" vs "5S".
            if not _is_quantity_like(piece):
                numbers.add(piece)
    # The MPN field, whole and in pieces ("BK357AA#ABA" -> bk357aaaba, bk357aa),
    # is a model code even where it looks like a size ("7693M").
    mpn_key = compact(mpn)
    part = part_number(mpn) if mpn_key else None
    # A field that names the product in words gives its part number only, and
    # no size or count as a code ("TriCool 92mm DBB", "18-250mm Sony").
    named = part != mpn_key
    if len(part or "") >= 3 and any(c.isdigit() for c in part):
        codes.add(part)
    if mpn_key:
        for piece in _PIECE.findall(clean(mpn)):
            joined = _NOT_ALNUM.sub("", piece)
            if _is_code(joined) and not (named and _is_title_noise(joined)):
                codes.add(joined)
    pieces = frozenset(joined_pieces)
    spans = _for_spans(text)
    own_pieces = _PIECE.findall(_mask(text, spans)) if spans else title_pieces
    own_codes = {unjoin.sub("", p) for p in own_pieces} if spans else set(joined_pieces)
    targets = frozenset(c for c in _codes_after_for(text, spans)
                        if c not in own_codes and c != mpn_key and not _YEARISH.match(c))
    # "ultra slim", "mini keyboard-sized": a word that grades the next one describes, not a variant.
    variants = frozenset() if _VARIANT_WORDS.isdisjoint(own_pieces) else frozenset(
        (p, unjoin.sub("", own_pieces[n - 1])) for n, p in enumerate(own_pieces)
                         if n and p in _VARIANT_WORDS and own_pieces[n - 1] not in _VARIANT_WORDS
                         and "." not in own_pieces[n - 1]
                         and not (n + 1 < len(own_pieces) and own_pieces[n + 1].split("-")[0] in _GRADED))
    # The brand's key, read once for the three uses below.
    key = brand_key(brand)
    compatible, standards = _third_party(name, text, key)
    words = frozenset(_words(own_pieces, key))
    return Features(
        text=_bigram_runs(text),
        tokens=tokens_of(text, title_pieces),
        codes=frozenset(codes),
        mpn=mpn_key or None,
        part=part,
        numbers=frozenset(numbers),
        all_numbers=frozenset(_ALL_NUMBERS.findall(searchable)) | pieces,
        pieces=pieces,
        colours=_colours(title_pieces),
        sizes=_letter_sizes(title_pieces),
        formats=_formats(title_pieces, text),
        stages=_stages(title_pieces),
        ends=_ends(title_pieces),
        battery=_battery(text, quantities) if "volt" in quantities or "charge" in quantities else None,
        scent=_scent(text) if "ed" in text or "extrait" in text else frozenset(),
        consoles=(consoles := frozenset(m[1] or f"nintendo {m[2]}" for m in _CONSOLES.finditer(text))
                  if "ps" in text or "xbox" in text or "switch" in text else frozenset()),
        game_edition=_game_edition(text) if consoles else None,
        flat="".join(joined_pieces),
        dimensions=frozenset(dimensions),
        quantities={k: frozenset(v) for k, v in quantities.items()},
        pack=pack,
        brand=key,
        price=_float(price),
        currency=clean(currency).upper() or None,
        compatible=compatible,
        standards=standards,
        targets=targets,
        heads=frozenset(_heads(text, spans)) if targets else frozenset(),
        variants=variants,
        words=words,
        marked=_marked(name, words) if words and not str(name).isascii() else frozenset(),
        editions=frozenset(_editions(title_pieces, text, numbers)),
        joined_counts=_joined_counts(masked_pieces, codes) if _DIGIT_HYPHEN.search(text) else frozenset(),
    )


def _game_edition(text: str) -> str:
    """A game's edition (`_GAME_EDITION`): "deluxe", "collector's"..., "" for the standard game."""
    found = sorted({m[1].replace("game of the year", "goty").replace("'", "") for m in _GAME_EDITION.finditer(text)})
    return "/".join(found)


def _scent(text: str) -> frozenset[str]:
    """A fragrance's concentrations (`_CONCENTRATION`), and "tester" where it names one."""
    found = {m[1] for m in _CONCENTRATION.finditer(text)}
    if found and _TESTER.search(text):
        found.add("tester")
    return frozenset(found)


def _battery(text: str, quantities: dict[str, set[float]]) -> str | None:
    """A power tool's "bare" (sold without a battery, `_BARE`) or "kit" (with
    batteries its title rates in ampere-hours), or None: no word of either.
    Read in titles rated in volts or ampere-hours, as every power tool's and
    battery's is: a camera's "body only" is another matter (its lens)."""
    if _BARE.search(text) or ("volt" in quantities and _SOLO.search(text)):
        return "bare"
    # A tool's battery holds 1.5 to 12 Ah; "502AH" is a model's name.
    if any(1000 <= v <= 20000 for v in quantities.get("charge", ())):
        return "kit"
    return None


def _ends(pieces: list[str]) -> tuple[str, str] | None:
    """The two ends of the first "X to Y" of a title that names no cable
    (`_TO`), each a piece with letters: ("usb-c", "usb-a")."""
    if _TO.isdisjoint(pieces) or _CABLES.intersection(pieces):
        return None
    for n in range(1, len(pieces) - 1):
        if pieces[n] in _TO:
            ends = pieces[n - 1], pieces[n + 1]
            if ends[0] != ends[1] and all(any(c.isalpha() for c in e) for e in ends):
                return ends
            return None
    return None


def _stages(pieces: list[str]) -> frozenset[str]:
    """The life stages a title names (`_STAGES`)."""
    if _STAGES.keys().isdisjoint(pieces):
        return frozenset()
    found = {_STAGES[p] for p in pieces if p in _STAGES}
    if "senior" in found:
        found.discard("adult")
    return frozenset(found)


def _formats(pieces: list[str], text: str) -> frozenset[str]:
    """The book formats a title names (`_FORMATS`, "Kindle Edition")."""
    found = set() if _FORMATS.keys().isdisjoint(pieces) else {_FORMATS[p] for n, p in enumerate(pieces)
                                                              if p in _FORMATS and not (n + 1 < len(pieces) and pieces[n + 1].startswith("reader"))}
    if "kindle" in text and _KINDLE.search(text):
        found.add("ebook")
    return frozenset(found) if found else frozenset()


def _letter_sizes(pieces: list[str]) -> frozenset[str]:
    """The letter sizes a title's `pieces` write (`_LETTER_SIZES`): after the
    name of a size or a colour, or a size of two letters or more ending the
    title. Two titles of one line in two sizes are two products, as two
    colours are (`conflicts._size_conflict`); sizes are named alike in every
    shop that sells clothes."""
    # Most titles write no size: none of their pieces is one, and none has a "/".
    if _LETTER_SIZES.keys().isdisjoint(pieces) and "/" not in "".join(pieces):
        return frozenset()
    found = set()
    last = len(pieces) - 1
    for n, piece in enumerate(pieces):
        # A size that spans two ("S/M", "L/XL") is read as both, as one of them.
        sizes = piece.split("/") if "/" in piece else (piece,)
        if all(p in _LETTER_SIZES for p in sizes) and n and (
                pieces[n - 1] in _SIZE_NAMES or pieces[n - 1] in _COLOURS or (n == last and len(piece) >= 2)):
            found.update(_LETTER_SIZES[p] for p in sizes)
    return frozenset(found) if found else frozenset()


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
_NOT_WORDS = frozenset(_STOP_WORDS | (_UNITS.keys() - {"lm", "lumen", "lumens"}) | _PACK_WORDS | _PACK_BEFORE)


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


def _float(value: object) -> float:
    if value is None:
        return math.nan
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number if number > 0 and math.isfinite(number) else math.nan


# Patterns `extract` tries on every title that open with a lookbehind, so
# that the regular expression engine tries them at every position: each is
# tried only on a title holding a literal its every match needs
# (`_literal_gate`), which most titles lack (an age's words, "pack" after a
# pack's name, the "x" of a size, the words of a copy). Measured on the
# shared sets' titles; a pattern whose literals most titles hold ("x" or
# "set" of `_PACK`, "for" of `_FOR`) gained nothing so and is left as it is.
_AGE, _PACK_NAMED, _MULTI_DIMENSION, _MULTIPACK_ITEM, _COMPATIBLE = map(  # type: ignore[assignment]
    Gated, (_AGE, _PACK_NAMED, _MULTI_DIMENSION, _MULTIPACK_ITEM, _COMPATIBLE))
