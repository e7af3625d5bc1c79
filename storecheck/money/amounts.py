"""The number under a price: digits of every script, decimal marks and thousands groups.

A text reaches here without its currency sign ("1.234,56", "50,-", "٣٫٥"); what
is refused is what no shop writes (thousands not grouped by three, two decimal
marks). Where the text alone cannot say which mark is the decimal one,
price-parser decides, unless the file's own prices (`decimal_mark`) or the
currency (one counted in thousandths) say.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from price_parser.parser import get_decimal_separator, parse_number


def decimal_mark(texts: Iterable[object]) -> str | None:
    """The decimal mark a set of amounts written by one hand agrees on, or None.

    >>> decimal_mark(["1.99", "2.499", "12.50"]), decimal_mark(["1,99", "2.499"]), decimal_mark(["2.499", "1,234"])
    ('.', ',', None)

    Only texts that show their mark beyond doubt vote (`shown_mark`). A file
    whose prices are "1.99" and "2.49" means 2.499 by "2.499", which read
    alone would be 2499; the file calibrates its own reading. Mixed votes (or
    none) leave each text to price-parser.
    """
    return agreed_mark(shown_mark(text) for text in texts)


def agreed_mark(marks: Iterable[str | None]) -> str | None:
    """The one mark among `marks` (each a `shown_mark`, None for a text that shows none), or None when
    they are mixed or there is none: the vote of `decimal_mark`, for a reader that takes the marks as
    it walks its cells for other reasons too (`catalogue.MoneyWriting`), so the cells are walked once.

    >>> agreed_mark([None, ",", ","]), agreed_mark([".", ","]), agreed_mark([None])
    (',', None, None)
    """
    votes: set[str] = set()
    for mark in marks:
        if mark is not None:
            votes.add(mark)
            if len(votes) > 1:
                return None
    return votes.pop() if votes else None


def shown_mark(text: object) -> str | None:
    """The decimal mark an amount's text shows beyond doubt, else None: a mark followed by one or two digits at
    the end ("1.99", "12,5"), or both marks ("1.234,56"). "2.499" shows none (thousands, or thousandths).

    >>> shown_mark("1.234,56 €"), shown_mark("$12.5"), shown_mark("2.499"), shown_mark("n/a, ask."), shown_mark(4.5)
    (',', '.', None, None, None)
    """
    if not isinstance(text, str) or not _DIGIT.search(text):
        return None  # a text without a digit ("n/a, ask.") has punctuation, not a decimal mark
    digits = re.sub(r"[^\d.,]", "", text)
    if "." in digits and "," in digits:
        return "," if digits.rfind(",") > digits.rfind(".") else "."
    if re.fullmatch(r"\d+[.,]\d{1,2}", digits):
        return digits[-2] if digits[-2] in ".," else digits[-3]
    return None


def in_exponent(text: str) -> bool:
    """Whether `text` is a bare number in exponent notation ("4.495E1", "-2e3"), as programs write floats.

    >>> in_exponent("4.495E1"), in_exponent("-2e3"), in_exponent("1E3 €"), in_exponent("12.50")
    (True, True, False, False)
    """
    return _EXPONENT.fullmatch(text.removeprefix("-")) is not None


def json_integer(text: str) -> int | Decimal:
    """A whole JSON number as `json.loads(parse_int=...)` hands it over: an int, or beyond the
    digits Python turns into an int (4,300 by default, its guard against a conversion that takes
    quadratic time) a Decimal, read in linear time. A reader given the int's ValueError loses the
    whole page or file; given the Decimal, the amount checks refuse that one value as too large,
    naming its field, as they refuse a 10,000-digit price written as text.

    >>> json_integer("1299")
    1299
    >>> json_integer("1" + "0" * 5000) == Decimal(10) ** 5000
    True
    """
    if len(text) <= _INT_DIGITS_READ:
        return int(text)
    return Decimal(text)


def json_loads(text: str | bytes, **options):
    """`json.loads`, a whole number past Python's int digits read as a Decimal (`json_integer`).
    Read plainly first: the integer hook is a Python call for every number, which made an API page
    of 50,000 variants 60% slower to read (0.7 -> 1.2 s); only a text holding such a number, whose
    plain read raises, is read again with it."""
    try:
        return json.loads(text, **options)
    except ValueError as exc:
        if "integer string conversion" not in str(exc):
            raise
    return json.loads(text, parse_int=json_integer, **options)


# Python's own limit (sys.get_int_max_str_digits, 4,300 unless set otherwise; 0 means none).
_INT_DIGITS_READ = sys.get_int_max_str_digits() or sys.maxsize


# No amount the money columns keep is written with more digits than this (14, with zeros to spare):
# a longer run of digits is refused before price-parser, whose reading takes time that grows with
# the square of its length (a page or a cell of 100,000 digits would hold a crawl or an import for hours).
MAX_NUMBER_DIGITS = 32
_NUMBER_RUN = re.compile(r"[\d.,'\s]+")
# A lone zero before one mark: the mark is the decimal one ("0,001" is not 1).
_LEADING_ZERO = re.compile(r"-?0+([.,])\d+")


def _too_many_digits(text: str) -> bool:
    """Whether a run of digits and separators in `text` holds more than MAX_NUMBER_DIGITS digits."""
    if sum(map(str.isdigit, text)) <= MAX_NUMBER_DIGITS:
        return False
    return any(sum(map(str.isdigit, run)) > MAX_NUMBER_DIGITS for run in _NUMBER_RUN.findall(text))


_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether `text` holds a digit of any script: a text without one ("POA", "Call for price") writes no amount."""
    return _DIGIT.search(text) is not None


@functools.lru_cache(maxsize=1024)
def _in_thousandths(currencies: frozenset[str]) -> bool:
    """Whether every one of `currencies` is written with three decimals or more (KWD, BHD, OMR, TND),
    as the Unicode CLDR (Babel) has it: there "1.250" is one and a quarter, not a thousand."""
    if not currencies:
        return False
    from babel.numbers import get_currency_precision

    return all(get_currency_precision(code) >= 3 for code in currencies)


def _number(text: str, decimal_separator: str | None, currencies: frozenset[str] = frozenset()) -> Decimal | None:
    """The digits of an amount, read by price-parser, when their groups are well formed; when
    `currencies` count in thousandths, a last mark before three digits that price-parser leaves
    open is the decimal one."""
    cleaned = re.sub(r"[\s']", "", text)
    negative = cleaned.startswith("-")
    digits = cleaned.removeprefix("-")
    if ("e" in digits or "E" in digits) and (exponent := _EXPONENT.fullmatch(digits)):
        # Scientific notation has no thousands marks: its one mark is the decimal one, whatever the file's.
        amount = Decimal(exponent.group(1).replace(",", ".")).scaleb(int(exponent.group(2)))
        return -amount if negative else amount
    if not digits[-1:].isdigit() and (dash := _ZERO_DASH.fullmatch(digits)):
        # "50,-" is 50 with no cents: the mark before the dash is the decimal one.
        if decimal_separator not in (None, dash.group(2)):
            return None
        digits, decimal_separator = dash.group(1), dash.group(2)
    if decimal_separator != "," and _LAKH.fullmatch(digits):
        # Grouped by lakh and crore, as India, Pakistan, Bangladesh and Nepal write amounts ("1,29,999.00",
        # "₹1,24,999"): the last three digits, then groups of two. No other way of writing numbers groups by two,
        # so it is read as the number it is wherever the decimal mark may be a dot; refused as "digit groups",
        # a page's or a person's amount so written was no price (a catalogue file's was read, hostile15's F129).
        digits = digits.replace(",", "")
    mark = decimal_separator or get_decimal_separator(digits)
    if mark is None and (leading := _LEADING_ZERO.fullmatch(digits)):
        mark = leading.group(1)
    if mark is None and currencies and (last := _LAST_MARK.fullmatch(digits)) and digits.count(last.group(1)) == 1 \
            and _in_thousandths(currencies):
        mark = last.group(1)
    if mark is None and (single := _SINGLE_MARK.fullmatch(digits)):
        # "19632.440": one mark whose left side is no group of thousands can only be the decimal mark.
        mark = single.group(2)
    if mark not in (None, ".", ","):
        return None
    whole, _, fraction = digits.rpartition(mark) if mark and mark in digits else (digits, "", "")
    if mark is not None and mark in whole or (fraction and not fraction.isdigit()):
        return None  # two decimal marks ("1.7.9"), or a mark after the decimal one ("1.234,56" read with ".")
    if re.search(r"[.,]", whole) and not re.fullmatch(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*", whole):
        return None  # thousands must come in groups of three, one mark throughout: "1,23.4"
    if mark is not None and whole and not whole[-1].isdigit():
        return None
    try:
        number = parse_number(digits, mark)
    except (InvalidOperation, ValueError):
        return None
    if number is None:
        return None
    return -number if negative else number


_LAST_MARK = re.compile(r".*?([.,])\d{3}")
_LAKH = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_EXPONENT = re.compile(r"(\d+(?:[.,]\d+)?)[eE]([+-]?\d{1,4})")
_ZERO_DASH = re.compile(r"(\d[\d.,]*?)([.,])[-\u2013\u2014]")
# Four or more digits before a lone mark: no group of thousands is written so.
_SINGLE_MARK = re.compile(r"(\d{4,})([.,])\d+")


# Marks that set the direction of right-to-left text (U+200E, U+200F) and other invisible format
# characters: pages and files copied from them carry them beside amounts and signs.
_INVISIBLE = re.compile(r"[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# Arabic decimal and thousands separators, as the digits beside them are read: in ASCII.
_ARABIC_MARKS = str.maketrans({"\u066b": ".", "\u066c": ","})


def _plain(text: str) -> str:
    """`text` without invisible format characters, with digits of every script as ASCII digits and a
    typographic apostrophe between thousands as the ASCII one (`apostrophe_as_thousands_mark`)."""
    if text.isascii() or not _TO_PLAIN.search(text):
        return text
    text = apostrophe_as_thousands_mark(_INVISIBLE.sub("", text).translate(_ARABIC_MARKS))
    return _OTHER_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), text)


# A digit of another script than ASCII ("٣", "३"): every one has its decimal value.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_TO_PLAIN = re.compile(rf"{_INVISIBLE.pattern}|[\u066b\u066c\u2019\u02bc]|{_OTHER_DIGIT.pattern}")


# The typographic apostrophe (U+2019, or the modifier letter U+02BC keyboards give for it) as the thousands
# mark: "CHF 1’849.00", as Switzerland and Liechtenstein write it and as the Unicode CLDR has de-CH, de-LI,
# it-CH and rm-CH since version 32, so that JavaScript's Intl.NumberFormat and every shop system formatting by
# the CLDR print it. Read as the ASCII apostrophe the readers already take: only after a digit and before a
# group of exactly three, so feet and inches ("5’10”") and possessives keep theirs.
_APOSTROPHE_GROUP = re.compile(r"(?<=\d)[\u2019\u02bc](?=\d{3}(?!\d))")


def apostrophe_as_thousands_mark(text: str) -> str:
    """`text` with a typographic apostrophe between a digit and a group of three written as "'".

    >>> apostrophe_as_thousands_mark("CHF 1’849.00"), apostrophe_as_thousands_mark("1’250’000"), apostrophe_as_thousands_mark("5’10”")
    ("CHF 1'849.00", "1'250'000", '5’10”')
    """
    if "\u2019" not in text and "\u02bc" not in text:
        return text
    return _APOSTROPHE_GROUP.sub("'", text)


# The cifrão written where the decimal mark goes, as the escudo is written ("54.990$00", "9.165$50"; Cape
# Verde's, and Portugal's and its colonies' before): whole escudos grouped by dots, the sign, two digits, nothing
# after them that continues a number. No dollar is written between a number and its cents.
_CIFRAO_AS_MARK = re.compile(r"(?<![\d.,$])(\d{1,3}(?:\.\d{3})+|\d+)\$(\d{2})(?![\d.,$])")


def cifrao_as_decimal_mark(text: str) -> str:
    """The amount written with the cifrão as its decimal mark, rewritten the common way with the escudo's
    code: read as it stood, the whole escudos and the cents were two numbers, and no price was read. One
    rule for a page's text and a file's cell.

    >>> cifrao_as_decimal_mark("54.990$00"), cifrao_as_decimal_mark("9.165$50 CVE"), cifrao_as_decimal_mark("$54.99")
    ('54.990,00 CVE', '9.165,50 CVE', '$54.99')
    """
    if "$" not in text:
        return text
    code = "" if "CVE" in text else " CVE"
    return _CIFRAO_AS_MARK.sub(lambda m: f"{m.group(1)},{m.group(2)}{code}", text)
