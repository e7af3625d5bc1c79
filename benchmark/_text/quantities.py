"""Quantities with their units (any script's), packs, sizes, ages and ratings, as `extract` reads
them from a title."""

from __future__ import annotations

import re

from benchmark._literal_gate import Gated
from benchmark._text.letters import _MARK
from benchmark._text.number_words import NUMBER_WORDS

# Units as they appear after a number, mapped to (dimension, factor to a base unit).
_UNITS: dict[str, tuple[str, float]] = {
    # storage / memory
    "kb": ("bytes", 1e-6), "mb": ("bytes", 1e-3), "gb": ("bytes", 1.0), "tb": ("bytes", 1e3),
    "gig": ("bytes", 1.0), "gigabyte": ("bytes", 1.0), "terabyte": ("bytes", 1e3), "megabyte": ("bytes", 1e-3),
    # mass
    "mg": ("mass", 1e-3), "g": ("mass", 1.0), "gr": ("mass", 1.0), "kg": ("mass", 1e3), "lb": ("mass", 453.6),
    "lbs": ("mass", 453.6),
    # The gram spelt out, as titles of darts, jewellery and food write it in the languages of _COLOURS
    # and Portuguese ("24 gram", "24 Gramm", "24 grammes", "24 gramos", "24 grammi", "24 gramas"),
    # one unit with "24g" and with the Cyrillic "24г" (`_OTHER_SCRIPT_UNITS`); spelt "g" in the title
    # (`_UNIT_SPELLINGS`), so that "24 gram" and "24g" are one token. Still a word without a number
    # before it (`words._NOT_WORDS`): "LG Gram" is a laptop.
    "gram": ("mass", 1.0), "grams": ("mass", 1.0), "gramm": ("mass", 1.0), "gramme": ("mass", 1.0),
    "grammes": ("mass", 1.0), "gramos": ("mass", 1.0), "grammi": ("mass", 1.0), "gramas": ("mass", 1.0),
    # An ounce is a weight (28.35 g) and, in the US, a fluid ounce (29.57 ml): ink, creams and drinks
    # are sold by "8oz" where other shops write "240 ml". Kept in ounces, read as the other title's
    # unit says when two titles are compared (`conflicts._ounces_read`).
    "oz": ("ounce", 1.0),
    # volume
    "ml": ("volume", 1.0), "cl": ("volume", 10.0), "dl": ("volume", 100.0), "l": ("volume", 1e3), "ltr": ("volume", 1e3),
    "litre": ("volume", 1e3), "liter": ("volume", 1e3), "floz": ("volume", 29.57),
    # length
    "mm": ("length", 1.0), "cm": ("length", 10.0), "m": ("length", 1e3), "in": ("length", 25.4),
    "inch": ("length", 25.4), "inches": ("length", 25.4), "ft": ("length", 304.8), "foot": ("length", 304.8),
    "feet": ("length", 304.8),
    # A yard (0.9144 m): film, ribbon, fabric and fishing line by the yard, where others write metres.
    "yd": ("length", 914.4), "yds": ("length", 914.4), "yard": ("length", 914.4), "yards": ("length", 914.4),
    # electrical, optical and other ratings that tell variants apart
    "w": ("watt", 1.0), "watt": ("watt", 1.0), "watts": ("watt", 1.0), "kw": ("watt", 1e3),
    "v": ("volt", 1.0), "volt": ("volt", 1.0), "mah": ("charge", 1.0), "ah": ("charge", 1e3),
    "mp": ("megapixel", 1.0), "megapixel": ("megapixel", 1.0), "hz": ("hertz", 1.0), "mhz": ("hertz", 1e6),
    "ghz": ("hertz", 1e9), "dpi": ("dpi", 1.0), "ppm": ("ppm", 1.0), "rpm": ("rpm", 1.0),
    # A screen's pixel density is a printer's resolution, dots per inch: "300 PPI" beside an
    # e-reader's "6 inch" is its screen's measure, which a shop may leave out (read as a bare number,
    # it stood against the other title's "6"), and which tells a reader from the older one of its
    # line where both shops write it ("300 PPI" / "212 PPI").
    "ppi": ("dpi", 1.0),
    "mbps": ("rate", 1.0), "gbps": ("rate", 1e3), "x": ("zoom", 1.0),
    # light: a lamp's luminous flux ("806 lm" / "806lm" / "806 lumen"), which tells the bulbs of one range
    # apart; read only in a lamp's title (`_LAMP`)
    "lm": ("lumen", 1.0), "lumen": ("lumen", 1.0), "lumens": ("lumen", 1.0),
}
# The nominal voltages of the world's mains supplies, each band one supply as regions write it
# (IEC 60038): the 220 V and 240 V systems were brought to one 230 V (its tolerance, 207-253 V,
# holds both), the three-phase 380 V and 415 V to 400 V, and North America's 110, 115 and 120 V
# (127 V in parts of Latin America) are one 120 V supply (ANSI C84.1). One appliance is sold as
# "230 V" by one shop and "240 V" by another, so a voltage inside a band is read as the band's
# nominal one (`mains_nominal`); two bands apart (a US 120 V heater against a European 230 V
# one) and any voltage outside them (12 V / 24 V, a battery's or a driver's) are two products,
# as before. The bands are the standards', not any catalogue's.
_MAINS_BANDS = ((110.0, 127.0, 120.0), (220.0, 240.0, 230.0), (380.0, 415.0, 400.0))


def mains_nominal(volts: frozenset[float]) -> frozenset[float]:
    """Voltages with each one inside a mains band (`_MAINS_BANDS`) read as its nominal one:
    {240.0} -> {230.0}, {220.0, 240.0} (a "220-240V" rating) -> {230.0}, {12.0} stays."""
    return frozenset(next((nominal for low, top, nominal in _MAINS_BANDS if low <= v <= top), v) for v in volts)


# Words that make a number a count of items in the pack.
_PACK_WORDS = {"pack", "pk", "pcs", "pieces", "ct", "count", "stuck", "stk", "rolls", "bottles", "cans", "box", "units",
               "pack/s", "packs", "packung"}
# A shop counts pieces in its own language's word for them, and writes it right after the number
# as "pcs" and "Stk." are written: "6ks" / "6 ks" (Czech and Slovak "kusy", "kusov"), "6 szt."
# (Polish "sztuk"), "6 pz" (Italian "pezzi"), "6 uds." (Spanish "unidades"), "6 stuks" (Dutch),
# "6 buc." (Romanian "bucăți"), and "6 шт." (`_OTHER_SCRIPT_UNITS`). Read as a bare number
# and a letter pair, "6ks" stood against a German "6er" as two numbers ("numbers differ: 6er vs
# 6ks") where both are the one count. Each word is read only after a number (`_PACK`), where it
# is a count in its language; the words with another meaning after a number in the languages the
# matcher reads are left out ("st", an ordinal's "1st"; "db", a decibel; "kom", "kos" and "un",
# Dutch, Greek and French words). Kept apart from _PACK_WORDS, which are never a title's words
# (`words._NOT_WORDS`): "KS" and "PZ" are also a maker's letters ("Model KS", "PZ-040N"), and
# are read as words of a title as before.
_PIECE_WORDS = frozenset({"ks", "szt", "sztuk", "pz", "pezzi", "uds", "unidades", "stuks", "buc"})
_PACK_BEFORE = {"pack", "set", "box", "case", "lot"}  # "pack of 4", "set of 25"
# Not right after letters and a hyphen: "EL-334MB" is a model code, not 334 MB.
# Not begun after a number's comma either: "5" of "30,5" is that number's decimals (or its
# thousands), no quantity of its own. A size written without spaces ("30,5x30,5 cm") begins its
# last side right after the "x", where no quantity is begun (a letter before a number is a
# code's: "C782X2KG"), and its "5 cm" (50 mm) was read against the other shop's "30,5 x 30,5 cm"
# (305 mm) of one mat; now that title names no length, and its sides are read as a size.
# Its lookbehinds are read after the number's first digit (`_DIGIT_FIRST`).
_QUANTITY = re.compile(
    r"(\d(?<![\w.]\d)(?<!\d,\d)(?<![^\W\d_]-\d)\d*(?:[.,]\d+)?)\s?("
    + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?![^\W_])"
)
# The low end of a range written before its top and the unit ("3.40-" of "3.40-5.60GHz"), not
# inside a code ("DCD796-18V") or another number. The range's dash is a hyphen or, as typesetting
# writes a range, a figure dash or an en dash ("8–16 mm"): read with a hyphen only, "8–16 mm" was
# the number 8 and 16 mm against another shop's "8-16mm", 8 and 16 mm (the twenty-sixth round). An
# en dash is left as written in the title, where it splits the pieces a hyphen joins: no maker
# writes a code with it, and "50–1000 µl" joined was the code "501000".
_RANGE_DASHES = frozenset("-\u2010\u2011\u2012\u2013")
_RANGE_LOW = re.compile(r"(?<![\w.,/\-\u2010-\u2013])(\d+(?:[.,]\d+)?)\s?[\-\u2010-\u2013]\s?$")
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
_KELVIN = re.compile(r"(\d(?<![\w.,]\d)\d{3,4})\s?k(?![^\W_])")  # digit first (`_DIGIT_FIRST`)
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
    # the gram spelt out, as Bulgarian ("грам", "грама"), Russian and Ukrainian ("грамм", "грамма",
    # "граммов", "грамів") write it after a number
    "грам": "g", "грама": "g", "грамм": "g", "грамма": "g", "граммов": "g", "грамів": "g",
    # the count of pieces ("6 шт.", "штук"), read as "pcs" is (`_PACK_WORDS`)
    "шт": "pcs",
    # Chinese (and Japanese kanji)
    "毫升": "ml", "升": "l", "千克": "kg", "公斤": "kg", "克": "g", "毫米": "mm", "厘米": "cm", "英寸": "in", "瓦": "w",
    # Devanagari
    "लीटर": "l", "मिली": "ml", "किलो": "kg", "ग्राम": "g", "सेमी": "cm", "इंच": "in", "वाट": "w",
    # Thai
    "ลิตร": "l", "มล": "ml", "กก": "kg", "กรัม": "g", "ซม": "cm", "มม": "mm", "นิ้ว": "in", "หลา": "yd", "วัตต์": "w",
}
_OTHER_SCRIPT_QUANTITY = re.compile(
    r"(?<![\w.])(\d+(?:[.,]\d+)?)\s?(" + "|".join(sorted(map(re.escape, _OTHER_SCRIPT_UNITS), key=len, reverse=True))
    + f")(?![^\\W_]|[{_MARK}])"
)


# Units written as words that shops also write as their symbol, spelt as
# the symbol in the title, so that "806 lumen" and "806lm" are one token.
_GRAM_SPELLINGS = frozenset({"gram", "grams", "gramm", "gramme", "grammes", "gramos", "grammi", "gramas"})
_UNIT_SPELLINGS = {"lumen": "lm", "lumens": "lm", **dict.fromkeys(_GRAM_SPELLINGS, "g")}


def _joined_quantity(m: re.Match) -> str:
    return m[1] + _UNIT_SPELLINGS.get(m[2], m[2])


# The Cyrillic gram's one letter, "г", read only written onto its number ("24г", as "24g" is
# written) and with no point after it: "2020 г." and "2020г." are the year 2020, and a lone "г"
# after a space is as often that abbreviation. A weight so written and missed costs only
# similarity, as a unit left out of `_OTHER_SCRIPT_UNITS` does.
_CYRILLIC_GRAM = re.compile(f"(?<![\\w.])(\\d+(?:[.,]\\d+)?)г(?![^\\W_]|[{_MARK}]|\\.)")


def _latin_units(text: str) -> str:
    """The title with its units written in another script spelt as in _UNITS (`_OTHER_SCRIPT_UNITS`)."""
    if text.isascii():
        return text
    text = _OTHER_SCRIPT_QUANTITY.sub(lambda m: m[1] + _OTHER_SCRIPT_UNITS[m[2]], text)
    return _CYRILLIC_GRAM.sub(r"\1g", text) if "г" in text else text


# A count spelt out where titles write their counts, after "set of" and its like in the
# languages of _COLOURS and Portuguese ("Set of Two", "lot de deux", "juego de seis", "set da
# sei", "set van twee") or before a pack word ("Four-Pack", "zwei Stück"), each word read in the
# languages that write that context (`number_words`, from CLDR's spell-out rules): written in
# digits, as other shops write the same count ("Set of 2", "4-Pack"), so that `_PACK` reads it.
# Read as words, "Set of Two" / "Set of Four" differed as any two words differ, and our "2er-Set"
# was put to a person with their "Set of Four" above their "Set of Two". ("2er-Set" itself is no
# pack: read as one, a set of wheels whose Swedish title writes no count read as another pack, and
# `two_languages` no longer proposed it.) Elsewhere
# a number word is a word of the name ("Four Roses", "Xbox One", "Elf"), and a count of one is
# the product itself and the article of most of these languages ("ein", "un", "one"), so neither
# is read.
_OF_LANGUAGES = {"of": ("en",), "de": ("fr", "es", "pt"), "da": ("it", "pt"), "van": ("nl",)}
_PACK_WORD_LANGUAGES = ("en", "de")  # the languages of _PACK_WORDS


def _spelt(languages) -> dict[str, int]:
    return {word: count for language in languages for word, count in NUMBER_WORDS[language].items() if count > 1}


_SPELT_AFTER = {word: _spelt(languages) for word, languages in _OF_LANGUAGES.items()}
_SPELT_BEFORE = _spelt(_PACK_WORD_LANGUAGES)
_SPELT_COUNT = re.compile(
    r"(?<![^\W_])(?:(?:" + "|".join(sorted(_PACK_BEFORE)) + r")\s+(of|de|da|van)\s+([^\W\d_]+(?:-[^\W\d_]+)?)"
    r"|([^\W\d_]+(?:-[^\W\d_]+)?)(?=\s?-?\s?(?:" + "|".join(sorted(map(re.escape, _PACK_WORDS), key=len, reverse=True))
    + r")(?![^\W_])))(?![^\W_])"
)


def _spelt_count(m: re.Match) -> str:
    if m[2]:
        count = _SPELT_AFTER[m[1]].get(m[2])
        return f"{m[0][: m.start(2) - m.start()]}{count}" if count else m[0]
    count = _SPELT_BEFORE.get(m[3])
    return str(count) if count else m[0]


# Every word `_SPELT_COUNT` may read: a title none of whose words is one (most titles) is left as
# it is, at a tenth of the pattern's cost.
_SPELT_WORDS = frozenset(_SPELT_BEFORE).union(*_SPELT_AFTER.values())
_WORDS_OF = re.compile(r"[^\W\d_]+")


def spelt_counts(text: str) -> str:
    """The title with its counts spelt out in a count's place written in digits (`_SPELT_COUNT`):
    "set of two" -> "set of 2", "four-pack" -> "4-pack"."""
    if _SPELT_WORDS.isdisjoint(_WORDS_OF.findall(text)):
        return text
    return _SPELT_COUNT.sub(_spelt_count, text)


# A count written as German writes it ("6er Pack", "10er-Packung") reads as
# "6 pack"; "pack of 4" is "lot de 4", "pack da 4", "set van 4" in the
# languages of _COLOURS.
_PACK_COUNT_WORDS = "|".join(sorted(map(re.escape, _PACK_WORDS | _PIECE_WORDS), key=len, reverse=True))
_PACK_ITEMS = r"(?=\d+(?:[.,]\d+)?\s?(?:ml|cl|l|g|kg|oz)(?![^\W_]))"
_PACK = re.compile(
    r"(?<![\w.\-/])(\d{1,4})(?:er)?\s?-?\s?(" + _PACK_COUNT_WORDS + r")(?![^\W_])"
    r"|(?:" + "|".join(_PACK_BEFORE) + r")\s+(?:of|de|da|van)\s*(\d{1,4})(?!\d)"  # "pack of 4", "pack of4"
    r"|(?<![\w.\-/])(\d{1,3})\s?x\s?" + _PACK_ITEMS  # "4 x 330 ml", "6x200ml"
)
# `_PACK` on a text that holds none of _PACK_BEFORE, where its second branch cannot match: its first
# and third branches as one, from the count on (its one group), its first digit found by the scan
# (`_DIGIT_FIRST`). Where the first branch matches, the third cannot at that place (a digit follows
# the count the first reads, where the third needs a space or "x"), nor the other way round, and
# "(?<!\d{4})" keeps the third's count to three digits: the same matches, spans and counts as
# `_PACK` (tests/test_text_digit_first.py).
_PACK_COUNTED = re.compile(
    r"(\d(?<![\w.\-/]\d)\d{0,3})(?:(?:er)?\s?-?\s?(?:" + _PACK_COUNT_WORDS + r")(?![^\W_])"
    r"|(?<!\d\d\d\d)\s?x\s?" + _PACK_ITEMS + ")"
)
_PACK_BEFORE_WORDS = tuple(sorted(_PACK_BEFORE))


def _has_pack_before(text: str) -> bool:
    """Does the text hold a word of _PACK_BEFORE, where `_PACK`'s second branch may match?"""
    return any(word in text for word in _PACK_BEFORE_WORDS)


# The size of one item of a multipack ("6x200ml": 200 ml), which the
# lookbehind of _QUANTITY misses after the "x".
_MULTIPACK_ITEM = re.compile(r"\d(?<![\w.\-/]\d)\d{0,2}\s?x\s?(\d+(?:[.,]\d+)?)\s?(ml|cl|l|g|kg|oz)(?![^\W_])")
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
    r"(\d(?<![\d.,]\d)\d*(?:[.,]\d+)?)\s?x\s?(\d+(?:[.,]\d+)?)(?:\s?x\s?(\d+(?:[.,]\d+)?))?")


# `_DIGIT_FIRST`: a pattern whose every match opens with a digit, and whose lookbehind is read
# after that digit ("\d(?<![\w.]\d)", not "(?<![\w.])\d": the same test, of the character
# before the digit), opens with the digit itself, and the engine skips to the text's digits
# (CPython's `re` reads a first-character set from a pattern's first element, and a lookbehind
# there gives none): it is tried at a title's few digits, not at every letter. `_QUANTITY`,
# `_PACK_COUNTED`, `_MULTIPACK_ITEM`, `_MULTI_DIMENSION` and `_KELVIN` are written so; their matches, spans
# and groups are the lookbehind-first forms' (tests/test_text_digit_first.py).
#
# Patterns `extract` tries on every title that open with a lookbehind, so
# that the regular expression engine tries them at every position: each is
# tried only on a title holding a literal its every match needs
# (`_literal_gate`), which most titles lack (an age's words, "pack" after a
# pack's name, the "x" of a size, the words of a copy). Measured on the
# shared sets' titles; a pattern whose literals most titles hold ("x" or
# "set" of `_PACK`, "for" of `_FOR`) gained nothing so and is left as it is.
_AGE, _PACK_NAMED, _MULTI_DIMENSION, _MULTIPACK_ITEM = map(  # type: ignore[assignment]
    Gated, (_AGE, _PACK_NAMED, _MULTI_DIMENSION, _MULTIPACK_ITEM))
