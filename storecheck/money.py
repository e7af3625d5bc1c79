"""Money: one reader for every way an amount comes in, and one range for every amount kept.

Files (catalogue, offers), store visits, the web form and crawls all read
amounts here, so "€1.234" or "2.499" means the same number whichever way it
arrived. price-parser reads the number underneath — which of "." and "," is
the decimal mark — unless the file or the competitor states its separator.

Two readers share that number reading:

- `read_money` for a value that should be an amount and nothing else (a file
  cell, a form field, a JSON field): text other than a currency next to the
  number ("2.99 kg", "1.7.9") is refused, not guessed at; a text with no digit
  at all ("POA", "call for price") is refused as `NoAmount`, which a file
  import takes as an offer without a price.
- `find_price` for a price somewhere in a page's text ("From £5", "Pris från
  172 kr"), price-parser's own job.

A currency written with the amount may be a code ("EUR"), a sign ("€",
"лв.", "₺", "R$") or a local abbreviation ("Kč", "lei"): what each means comes
from price-parser's currency table and the Unicode CLDR's symbols of every
locale (Babel), not from a list of our own; a sign several currencies share
("$", "kr") means all of them, and the row's currency column or the shop's
currency settles it. A number in exponent notation ("4.495E1", as programs
write floats) is read; the invisible direction marks and the Arabic-Indic
digits and separators of right-to-left pages are read as what they stand for.

Every amount must fit the database's money columns (`MAX_AMOUNT`, from
Numeric(14, 4)); `check_amount` refuses the rest with a message, and
`amount_in_range` keeps readers of amounts stored before that check (or by
another program) from failing on them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

import pycountry
from price_parser import Price
from price_parser.parser import get_decimal_separator, parse_number

__all__ = [
    "MAX_AMOUNT", "MONEY_PLACES", "Agreeing", "AmbiguousCurrency", "Evidence", "Language", "MoneyError", "NoAmount", "amount_in_range", "check_amount",
    "currency_code", "decimal_mark", "find_price", "language_currencies", "names_its_currency", "normalise_currency", "sign_beside",
    "quoted", "read_amount", "read_money", "says_lowest", "tax_note", "BEFORE_TAX", "settle_by", "sign_currencies", "territory_currencies",
]

# The database keeps money as Numeric(14, 4): ten digits before the point, four after.
MONEY_DIGITS, MONEY_PLACES = 14, 4
MAX_AMOUNT = Decimal(10) ** (MONEY_DIGITS - MONEY_PLACES) - Decimal(10) ** -MONEY_PLACES


class MoneyError(ValueError):
    """A value that is not an amount, or one beyond what the database can keep."""


class NoAmount(MoneyError):
    """A text with no digit in it ("POA", "Call for price", "-"): it states that there is no
    amount rather than writing one wrong. A file import keeps the row without a price."""


class Free(NoAmount):
    """"Free!", "Gratis": an amount of nothing. Kept as no price, as a crawl keeps a price of 0: compared
    with ours it would make the shop look infinitely cheap and move an index by its weight alone."""

    def __init__(self, written: str):
        super().__init__(f"{quoted(written)} says free: a price of nothing is no price to compare")


class LowerBound(NoAmount):
    """"From $109.90", "ab 2,99 €": the lowest price of several (variants, sizes), not the price of the
    product as one is sold; stored as its price it would bias the index toward the cheapest variant.
    `amount` and `currencies` are what the text says, for a message or a field of their own."""

    def __init__(self, written: str, amount: Decimal, currencies: frozenset[str]):
        self.amount, self.currencies = amount, currencies
        super().__init__(f"{quoted(written)} is a lowest price of several ('from' {amount:f}), not one product's price")


def check_amount(amount: Decimal, written: str | None = None) -> Decimal:
    """`amount` when the database can keep it; MoneyError otherwise (NaN, infinity, 1e10 and
    more), naming the amount as `written` when given."""
    if not amount.is_finite():
        raise MoneyError(f"{written or _short(amount)} is not an amount")
    if abs(amount) > MAX_AMOUNT:
        raise MoneyError(f"{written or _short(amount)} is beyond the largest amount kept ({MAX_AMOUNT:,})")
    return amount


def amount_in_range(value: object) -> Decimal | None:
    """`value` as a Decimal when the money columns can hold it, else None.

    Readers of the database use it so an amount stored before the range was
    checked (or by another program) shows as no price instead of failing a
    report or a page; a crawl uses it to leave out a computed amount (a unit
    price) that would not fit."""
    if value is None:
        return None
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value))
        return check_amount(amount)
    except (InvalidOperation, ValueError):
        return None


def _short(amount: Decimal) -> str:
    text = f"{amount:f}" if abs(amount.adjusted()) < 40 else f"{amount:E}"
    return text if len(text) <= 40 else f"{amount:.6E}"


def read_amount(value: object, decimal_separator: str | None = None) -> Decimal | None:
    """The amount of `read_money`, without the currencies its sign can mean."""
    return read_money(value, decimal_separator)[0]


def read_money(value: object, decimal_separator: str | None = None, currency: str | None = None, *,
               notes: list[str] | None = None, exponent: bool = False) -> tuple[Decimal | None, frozenset[str]]:
    """A value that should be an amount: the amount and the currencies its sign or code can mean.

    >>> read_money("£12.49")
    (Decimal('12.49'), frozenset({'GBP'}))
    >>> read_money("1.234,56 €")[0], read_money("€1.234")[0], read_money("2.499", ".")[0]
    (Decimal('1234.56'), Decimal('1234'), Decimal('2.499'))

    `decimal_separator` is the file's or the competitor's ("." or ","); without
    it price-parser decides, so "2.499" is 2499 as on a page, unless the
    currency (`currency`, the row's, or the one the text names) counts in
    thousandths: "423.923 KD" is 423.923 dinars. Empty -> None.
    Raises MoneyError naming the text when it is not an amount, has text other
    than a currency beside the number, or lies beyond `MAX_AMOUNT`.

    Words a shop prints beside a price change no amount: tax included ("R6 439,99 incl tax"),
    shipping extra ("12,50 € inkl. MwSt. zzgl. Versand"), and tax excluded ("$12.99 + tax", "12 € HT",
    "€10 excl. VAT"): the shelf price in the US and Canada, where sales tax is added at the till, and
    in B2B catalogues. The last is read, and `BEFORE_TAX` is appended to `notes` (when given) so a
    file import can say so and compare like with like. Exponent notation ("4.495E1") is how programs
    write floats, not how shops write prices: read only with `exponent` (a file whose prices a
    program wrote so), never beside a currency sign ("1E3 €").
    """
    if value is None:
        return None, frozenset()
    if isinstance(value, bool):
        raise MoneyError(f"{value!r} is not a price")
    if isinstance(value, Decimal):
        return check_amount(value), frozenset()
    if isinstance(value, int):
        return check_amount(Decimal(value)), frozenset()
    if isinstance(value, float):
        if value != value:  # NaN: an empty cell of a pandas frame
            return None, frozenset()
        return check_amount(Decimal(repr(value))), frozenset()
    text = " ".join(str(value).split())
    if not text:
        return None, frozenset()
    if len(text) > MAX_MONEY_CHARS:
        # Refused before any pattern reads it: the time to read grows faster than the text.
        raise MoneyError(f"{quoted(text)} is not a price (over {MAX_MONEY_CHARS} characters)")
    written = text
    text = _plain(text)
    if not _DIGIT.search(text):
        raise Free(written) if _FREE.fullmatch(text) else NoAmount(f"{quoted(written)} is not a price")
    try:
        return _read_text(text, written, decimal_separator, currency, exponent)
    except NoAmount:
        raise
    except MoneyError:
        # Words a shop prints beside a price, looked for only in a text refused without them: the common cell
        # pays nothing for them.
        plain, included = tax_note(text)
        lowest = _FROM.fullmatch(plain)
        if included is None and lowest is None:
            raise
    if lowest is None:
        read = _read_text(plain, written, decimal_separator, currency, exponent)
        if included is False and notes is not None:
            notes.append(BEFORE_TAX)
        return read
    amount, currencies = _read_text(lowest.group("amount") or lowest.group("amount_after"), written, decimal_separator,
                                    currency, exponent)
    raise LowerBound(written, amount, currencies)


def says_lowest(text: str) -> bool:
    """Whether a price's text says it is the lowest of several ("From £5", "ab 2,99 €", "10 € alkaen")."""
    return bool(_FROM.fullmatch(" ".join(text.split()))) and bool(_DIGIT.search(text))


# What `read_money` notes of a price written with a tax-excluded note.
BEFORE_TAX = "before tax"


def _read_text(text: str, written: str, decimal_separator: str | None,
               currency: str | None, exponent: bool = False) -> tuple[Decimal, frozenset[str]]:
    """`read_money` of a text holding an amount and at most a sign before and after it; errors name `written`."""
    match = _MONEY_TEXT.fullmatch(text)
    if not match:
        raise MoneyError(f"{quoted(written)} is not a price")
    before, number = match.group("before"), match.group("number")
    if before and _mark_is_the_numbers(before, match.end("before") == match.start("number")):
        before, number = before[:-1], before[-1] + number  # "$.75": no sign is written "$.", the mark is the number's
    signs = [sign for sign in (before, match.group("after") or match.group("enclosed")) if sign]
    currencies: frozenset[str] = frozenset()
    for sign in signs:
        meaning = sign_currencies(sign)
        if meaning is None and currency in letter_signs().get(sign, ()):
            meaning = frozenset({currency})  # "R" in a shop or row priced in rand
        if meaning is None:
            letter = f", unless the row or the shop is priced in {', '.join(sorted(letter_signs()[sign]))}" \
                if sign in letter_signs() else ""
            raise MoneyError(f"{quoted(written)} is not a price ({sign!r} is not a currency{letter})")
        currencies = meaning if not currencies else currencies & meaning
    if len(signs) == 2 and not currencies:
        raise MoneyError(f"{quoted(written)} names two different currencies")
    if "e" in number or "E" in number:
        if signs:
            raise MoneyError(f"{quoted(written)} is not a price (a program's number in exponent notation beside a currency "
                             "sign: no shop writes that)")
        if not exponent:
            raise MoneyError(f"{quoted(written)} is not a price (exponent notation: write the amount)")
    amount = _number(number, decimal_separator, currencies or frozenset({currency} - {None}))
    if amount is None:
        raise MoneyError(f"{quoted(written)} is not a price (digit groups)")
    return check_amount(amount, quoted(written)), currencies


# Words for an amount of nothing, in the languages shops write most.
_FREE = re.compile(r"(?:free|gratis|gratuit[oe]?|kostenlos|umsonst|gratuita|darmowy|zdarma|ingyenes|ücretsiz|бесплатно|無料|免费)"
                   r"\s*[!.]?", re.I)
# "From", "ab", "à partir de" before an amount, "alkaen", "起" after it: the lowest of several prices.
_FROM = re.compile(
    r"(?:(?:from|starting\s+at|ab|von|vanaf|à\s+partir\s+de|a\s+partir\s+de|a\s+partire\s+da|desde|dès|från|fra|"
    r"od)(?![^\W\d_])\s*:?\s*(?P<amount>\S.*?)|(?P<amount_after>\S.*?)\s*(?:alkaen|起|～|~|and\s+up))",
    re.I,
)
# Tax, in the words shops print beside prices, and whether a note says it is included or not.
_TAXES = r"(?:tax(?:es)?|vat|gst|hst|mwst|ust|btw|iva|tva|moms|alv|dph|ddv|pdv|áfa|kdv|ндс|ппн)\.?"
_INCLUDED = (rf"(?:incl(?:uding|usive|uded)?|inkl(?:usive)?|inc|with|mit|avec|con|com)\.?\s*{_TAXES}|"
             rf"{_TAXES}\s*(?:incl(?:uded|usa|uida|uido|us[ea]?)?|inkl|inbegrepen|incluso)\.?|ttc|tvac|tvai")
_EXCLUDED = (rf"(?:excl(?:uding|usive)?|exkl(?:usive)?|ex|ohne|hors|sin|senza|zonder|bez|brez|plus|\+)\.?\s*{_TAXES}|"
             rf"{_TAXES}\s*(?:excl|exkl|esclusa|excluida|excluido)\.?|ht|htva|netto")
_TAX_NOTE_BEFORE = re.compile(rf"[(\[]?\s*(?:(?P<included>{_INCLUDED})|(?P<excluded>{_EXCLUDED}))\s*[)\]]?(?![^\W\d_])[\s,:;-]*",
                              re.I)
# Shipping extra (or free), after the price: the price of the product is the amount before it.
_SHIPPING_AFTER = re.compile(
    r"(?<![^\W\d_])[\s,;-]*[(\[]?\s*(?:zzgl|plus|\+|excl|exkl|ohne|hors|sans|inkl|incl|inc|mit|with|free|gratis|"
    r"kostenlose?r?)?\.?\s*(?:versand(?:kosten)?|shipping|delivery|postage|p&p|porto|frais\s+de\s+port|livraison)\s*[)\]]?\.?$",
    re.I)
_TAX_NOTE_AFTER = re.compile(rf"(?<![^\W\d_])[\s,;-]*[(\[]?\s*(?:(?P<included>{_INCLUDED})|(?P<excluded>{_EXCLUDED}))\s*[)\]]?\.?$",
                             re.I)


def tax_note(text: str) -> tuple[str, bool | None]:
    """`text` without a note on tax written before or after the amount (and a note on shipping after
    it), and what the notes say: True for tax included or shipping alone ("R6 439,99 incl tax",
    "Incl. BTW€1.035,76", "£25.00 (tax incl.)", "12 € TTC", "12,50 € inkl. MwSt. zzgl. Versand"), False
    for tax excluded ("€10 excl. VAT", "12 € HT", "$12.99 + tax"), None when there is no note. None
    changes the amount.

    >>> tax_note("12,50 € inkl. MwSt. zzgl. Versand"), tax_note("$12.99 + tax")
    (('12,50 €', True), ('$12.99', False))
    """
    if shipping := _SHIPPING_AFTER.search(text):
        plain, included = tax_note(text[:shipping.start()])
        return plain, True if included is None else included
    if before := _TAX_NOTE_BEFORE.match(text):
        return text[before.end():], before.group("excluded") is None
    if after := _TAX_NOTE_AFTER.search(text):
        return text[:after.start()], after.group("excluded") is None
    return text, None


def _mark_is_the_numbers(before: str, touching: bool) -> bool:
    """Whether the mark ending the sign before a number is the number's decimal mark ("$.75").

    Only when nothing separates it from the digits and it follows a currency symbol ("$",
    "€", "£": Unicode's Sc), never letters: after an abbreviation ("Rp. 15000", "Kr. 99",
    "RM.12") the dot is the abbreviation's, and handing it to the number would read an
    amount a hundred thousand times too small without a word."""
    symbol = before[:-1].rstrip(".,")[-1:]  # "$..75" is a dollar sign with a stray dot, then ".75"
    return (touching and before[-1] in ".," and bool(symbol) and unicodedata.category(symbol) == "Sc"
            and _sign_key(before) not in written_signs() and sign_currencies(before[:-1]) is not None)


def decimal_mark(texts: Iterable[object]) -> str | None:
    """The decimal mark a set of amounts written by one hand agrees on, or None.

    >>> decimal_mark(["1.99", "2.499", "12.50"]), decimal_mark(["1,99", "2.499"]), decimal_mark(["2.499", "1,234"])
    ('.', ',', None)

    Only texts that show their mark beyond doubt vote: a mark followed by one
    or two digits at the end ("1.99", "12,5"), or both marks ("1.234,56"). A
    file whose prices are "1.99" and "2.49" means 2.499 by "2.499", which read
    alone would be 2499; the file calibrates its own reading. Mixed votes (or
    none) leave each text to price-parser.
    """
    votes: set[str] = set()
    for text in texts:
        if not isinstance(text, str):
            continue
        digits = re.sub(r"[^\d.,]", "", text)
        if "." in digits and "," in digits:
            votes.add("," if digits.rfind(",") > digits.rfind(".") else ".")
        elif re.fullmatch(r"\d+[.,]\d{1,2}", digits):
            votes.add(digits[-2] if digits[-2] in ".," else digits[-3])
        if len(votes) > 1:
            return None
    return votes.pop() if votes else None


def find_price(text: str | None, decimal_separator: str | None = None) -> tuple[Decimal | None, str | None]:
    """A price in a page's text -> (amount, currency sign or code as written), by price-parser.

    >>> find_price("Pris från 1.299,00 kr")
    (Decimal('1299.00'), 'kr')

    The amount is not range-checked here: the offer it goes into refuses one
    beyond `MAX_AMOUNT`, so the crawl drops and counts it.
    """
    if not text or _too_many_digits(text):
        return None, None
    text = text.replace("\u00a0", " ").strip()
    price = Price.fromstring(text, decimal_separator=decimal_separator)
    leading = _LEADING_ZERO.fullmatch(price.amount_text or "") if decimal_separator is None else None
    if leading:
        # "0,500 kr" is half a krona: a group of thousands never follows a lone zero.
        price = Price.fromstring(text, decimal_separator=leading.group(1))
    return price.amount, price.currency


def sign_beside(text: str | None) -> str | None:
    """The currency sign written against a short amount's text ("270,00 Kn", "1 Дин"), as written, when
    the one table of signs knows it: for pages whose sign price-parser's own table lacks. None when the
    text is more than an amount and its sign, or the sign is no currency.

    >>> sign_beside("270,00 Kn"), sign_beside("5 Kg"), sign_beside("Total: 12 €")
    ('Kn', None, None)
    """
    if not text or len(text) > MAX_MONEY_CHARS:
        return None
    match = _MONEY_TEXT.fullmatch(_plain(" ".join(text.split())))
    if not match:
        return None
    sign = match.group("before") or match.group("after") or match.group("enclosed")
    # Only a sign that is one in lower case too: on a page "5 Kg" and "12 KM" are a weight and a distance,
    # whatever the tables say of "Kg." (the Caribbean guilder) and "KM" (the convertible mark).
    return sign if sign and sign_currencies(sign) is not None and sign_currencies(sign.lower()) is not None else None


# A cell holding one amount and its currency is far shorter ("USD 9,999,999,999.9999" is 22).
MAX_MONEY_CHARS = 100
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
        amount = parse_number(digits, mark)
    except (InvalidOperation, ValueError):
        return None
    if amount is None:
        return None
    return -amount if negative else amount


_LAST_MARK = re.compile(r".*?([.,])\d{3}")
_EXPONENT = re.compile(r"(\d+(?:[.,]\d+)?)[eE]([+-]?\d{1,4})")
_ZERO_DASH = re.compile(r"(\d[\d.,]*?)([.,])[-\u2013\u2014]")
# Four or more digits before a lone mark: no group of thousands is written so.
_SINGLE_MARK = re.compile(r"(\d{4,})([.,])\d+")


def quoted(text: str) -> str:
    """A text a person wrote, quoted in a message: cut short when long (a cell may hold megabytes)."""
    return repr(text if len(text) <= 60 else text[:57] + "...")


# What the signs shops use most mean to a shop, where the currency tables list rarer meanings too:
# "£" is the pound sterling, not also the Falkland or Gibraltar pound pegged to it. This and
# `written_signs` are the one table of signs: file imports, store visits and page extraction all read it.
_SIGN_MEANS = {
    "€": {"EUR"}, "£": {"GBP"}, "₹": {"INR"}, "zł": {"PLN"}, "¥": {"JPY", "CNY"}, "us$": {"USD"}, "c$": {"CAD"},
    "a$": {"AUD"}, "nz$": {"NZD"}, "$": {"USD", "CAD", "AUD", "NZD", "MXN", "SGD", "HKD"},
    "kr": {"SEK", "NOK", "DKK", "ISK"}, "kr.": {"SEK", "NOK", "DKK", "ISK"}, "fr.": {"CHF"},
}
# ISO 4217 codes for metals, funds and testing: not what a shop prices in.
_NOT_MONEY = {"XXX", "XTS", "XAU", "XAG", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA"}
# ISO 4217 codes withdrawn this century (list three), which pycountry drops from its
# list when a country changes currency: a price history, a rates file or a workspace
# set up before the change still holds them (Bulgaria's lev until 2026, Croatia's kuna
# until 2023), and refusing them would stop every command of such a workspace.
_WITHDRAWN = {
    "BGN", "HRK", "CUC", "SLL", "VEF", "VED", "ZWL", "MRO", "STD", "LTL", "LVL", "EEK", "SKK", "CYP", "MTL",
    "SIT", "BYR", "ZMK", "GHC", "MZM", "ROL", "TRL", "AZM", "TMM", "VEB", "SDD", "CSD", "YUM",
}


class AmbiguousCurrency(MoneyError):
    """A sign several currencies share ("kr", "$") that nothing at hand settles: it is reported, never guessed."""

    def __init__(self, sign: str, possible: frozenset[str], why: str = ""):
        self.sign, self.possible, self.why = sign, possible, why
        super().__init__(f"{sign!r} could be {', '.join(sorted(possible))}" + (f" ({why})" if why else "")
                         + "; write its ISO 4217 code")


def currency_code(text: str) -> str | None:
    """`text` as the ISO 4217 code of a currency shops price in (any case), else None."""
    code = text.strip().upper()
    if len(code) != 3 or not code.isalpha() or code in _NOT_MONEY:
        return None
    return code if pycountry.currencies.get(alpha_3=code) is not None or code in _WITHDRAWN else None


def normalise_currency(value: object, default: str | None = None, hints: Iterable[Evidence | Iterable[str]] = ()) -> str | None:
    """A currency written as a code or a sign -> its ISO 4217 code; None when empty.

    >>> normalise_currency("kr", "NOK"), normalise_currency("Kč"), normalise_currency("$", hints=[{"CAD"}])
    ('NOK', 'CZK', 'CAD')

    A sign several currencies share ("kr", "$", "лв.") is settled, in this order, by `default`
    (a currency a person gave: the row's, the competitor's or the shop's) when the sign can mean
    it, then by `hints`, strongest first: each a set of currencies one piece of evidence allows
    (the page's own structured data, a configured currency), or an `Evidence` (pieces of equal
    weight that must agree, a language), the first that leaves the sign one meaning. Otherwise
    AmbiguousCurrency names what it could be: a price is never stored in a currency guessed for
    it. ValueError when `value` names no currency.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if code := currency_code(text):
        return code
    meaning = sign_currencies(text)
    if meaning is None:
        raise ValueError(f"{text!r} is not an ISO 4217 currency code")
    if len(meaning) == 1:
        return next(iter(meaning))
    if default in meaning:
        return default
    # Evidence about the page or the file may name a currency the sign's rarer readings hold ("$" on a
    # page from Taiwan): the locale's own symbol, which the tables of every locale (CLDR) list.
    possible = meaning | written_signs().get(_sign_key(text), frozenset())
    for hint in hints:
        try:
            settled = settle_by(hint, possible)
        except AmbiguousCurrency as exc:
            raise AmbiguousCurrency(text, meaning, exc.why) from None
        if settled is not None:
            return settled
    raise AmbiguousCurrency(text, meaning)


class Evidence:
    """What a page or a file says about its currency, beyond a plain set of currencies."""

    def settle(self, possible: frozenset[str] | None) -> str | None:
        """The one currency of `possible` (None: any currency) this evidence names, else None;
        AmbiguousCurrency when its pieces name two."""
        raise NotImplementedError


def settle_by(hint: Evidence | Iterable[str], possible: frozenset[str] | None) -> str | None:
    """The one currency of `possible` (None: any) a hint leaves, else None."""
    if isinstance(hint, Evidence):
        return hint.settle(possible)
    fits = frozenset(hint) if possible is None else possible & frozenset(hint)
    return next(iter(fits)) if len(fits) == 1 else None


class Agreeing(Evidence):
    """Pieces of evidence of one weight (the country of a page's language tag, the country of its
    domain): they settle a sign only when those that name one of its readings name the same one.
    Two that disagree ("en-US" on a ".ca" shop's "$") leave it unsettled and say so: a template's
    default tag is as likely wrong as the domain, and neither is a reason to pick."""

    def __init__(self, pieces: Iterable[tuple[str, frozenset[str]]]):
        self.pieces = [(label, frozenset(currencies)) for label, currencies in pieces if currencies]

    def settle(self, possible: frozenset[str] | None) -> str | None:
        named = {}
        for label, currencies in self.pieces:
            if (one := settle_by(currencies, possible)) is not None:
                named.setdefault(one, label)
        if len(named) > 1:
            raise AmbiguousCurrency("", frozenset(named), "the page's evidence disagrees: "
                                    + ", ".join(f"{label} says {code}" for code, label in sorted(named.items())))
        return next(iter(named)) if named else None

    def __bool__(self) -> bool:
        return bool(self.pieces)


class Language(Evidence):
    """A language without a region ("sv", "zh-Hant") names no country: Chinese is written in China,
    Singapore, Taiwan, Hong Kong and by shops everywhere. It settles a sign only when the sign's readings
    left by the countries where the language is official (official, de facto or regional, CLDR) are one
    currency, *and* the language is official in every (inhabited) country that uses that currency:
    Swedish settles "kr" (the krona is Sweden's alone), Norwegian Bokmål too (Norway, Svalbard); Danish
    does not ("kr" could be the Faroes' or Greenland's krone, where Danish is not official), nor Chinese
    or Portuguese "$" (Portuguese is official in Timor-Leste, one of many countries using the US dollar).
    A signless price is never settled by a language."""

    def __init__(self, tag: str):
        self.tag = tag

    def settle(self, possible: frozenset[str] | None) -> str | None:
        if possible is None:
            return None
        countries = _language_countries(self.tag)
        readings = possible & frozenset().union(*map(territory_currencies, countries)) if countries else frozenset()
        if len(readings) != 1:
            return None
        (currency,) = readings
        return currency if _currency_countries().get(currency, frozenset()) <= countries else None

    def __bool__(self) -> bool:
        return bool(_language_countries(self.tag))


def language_currencies(language: str | None) -> frozenset[str]:
    """The currencies of the countries where `language` (a tag without a region: "sv", "zh-Hant") is an
    official language, from the CLDR: Swedish names the krona of Sweden and the euro of Finland."""
    countries = _language_countries(language or "")
    return frozenset().union(*map(territory_currencies, countries)) if countries else frozenset()


@functools.cache
def _language_countries(tag: str) -> frozenset[str]:
    """The (inhabited) countries where a language is official, de facto or regionally, matching CLDR's
    keys by script too: "zh" is official as "zh_Hant" in Taiwan and Hong Kong, "zh-Hant" is not in China."""
    from babel.core import get_global

    parts = tag.lower().replace("-", "_").split("_")
    key = parts[0] + (f"_{parts[1]}" if len(parts) > 1 and len(parts[1]) == 4 else "")
    if not parts[0]:
        return frozenset()
    official = ("official", "de_facto_official", "official_regional")
    return frozenset(territory for territory, spoken in get_global("territory_languages").items()
                     if any((name.lower() == key or name.lower().startswith(key + "_"))
                            and facts.get("official_status") in official for name, facts in spoken.items()))


@functools.cache
def _currency_countries() -> dict[str, frozenset[str]]:
    """Each currency -> the inhabited countries (those CLDR gives an official language) where it is legal tender:
    Bouvet Island's krone is no reason to doubt that Norwegian names Norway's."""
    from babel.core import get_global

    countries: defaultdict[str, set[str]] = defaultdict(set)
    for territory, spoken in get_global("territory_languages").items():
        if any(facts.get("official_status") for facts in spoken.values()):
            for code in territory_currencies(territory):
                countries[code].add(territory)
    return {code: frozenset(where) for code, where in countries.items()}


def territory_currencies(territory: str | None) -> frozenset[str]:
    """The currencies legal tender in a country today (ISO 3166 code, any case), from the Unicode CLDR (Babel)."""
    if not territory or len(territory) != 2 or not territory.isalpha():
        return frozenset()
    from babel.numbers import get_territory_currencies

    return frozenset(get_territory_currencies(territory.upper(), tender=True))


def sign_currencies(sign: str) -> frozenset[str] | None:
    """The currencies a sign or code written with an amount can mean; None when it is no currency.

    >>> sorted(sign_currencies("лв")), sign_currencies("Kč"), sign_currencies("SGD$"), sign_currencies("kg")
    (['BGN', 'KGS'], frozenset({'CZK'}), frozenset({'SGD'}), None)
    >>> sign_currencies("Kn")
    frozenset({'HRK'})
    """
    meaning = _SIGN_MEANS.get(sign.lower())
    if meaning is not None:
        return frozenset(meaning)
    text = _plain(sign).strip()
    meaning = _SIGN_MEANS.get(text.lower())
    if meaning is not None:
        return frozenset(meaning)
    if code := currency_code(text):
        return frozenset({code})
    if code := currency_code_of(text):
        # "SGD$", "$USD": a dollar named twice; both signs must agree.
        return frozenset({code}) if code in written_signs().get("$", ()) else None
    # A colon or semicolon after a sign names no other currency, and an abbreviation may be written with or
    # without its dot: "лв" and "лв." both mean the lev and the som, "Rs" and "Rs." every rupee (the tables
    # give "лв." to BGN alone and "Rs." to LKR alone, but shops write both ways); the row's or the shop's
    # currency settles which.
    key = _sign_key(text).rstrip(":;").rstrip(".")
    meaning = _written(key)
    if not meaning and key[1:].islower() and key[:1].isupper():
        # A sign capitalised as the first word of a label or a column ("Kn" for the kuna's "kn", "Kr"):
        # only where the sign as written is none, so a sign whose capital is its own ("Kg." the guilder)
        # keeps its meaning, and an all-capital word ("KG") is not read as a lower-case sign.
        meaning = _written(key[0].lower() + key[1:])
    return meaning or None


def _written(key: str) -> frozenset[str]:
    return written_signs().get(key, frozenset()) | written_signs().get(key + ".", frozenset())


def names_its_currency(value: object) -> bool:
    """Whether an amount's text names its currency outright: an ISO code ("USD 12", "$17.40 (AUD)"), one
    of the signs shops use most ("£", "€") or a currency symbol of its own (one character Unicode counts
    as a currency sign: "฿", "₽"), rather than letters read from the currency tables ("Rs.", "лв", "Kč"),
    whose one reading there may not be the one the shop meant."""
    match = _MONEY_TEXT.fullmatch(_plain(" ".join(str(value).split())))
    if not match:
        return False
    for sign in (match.group("before"), match.group("after") or match.group("enclosed")):
        text = _plain(sign or "").strip().rstrip(":;.,")
        if text and (text.lower() in _SIGN_MEANS or currency_code_of(text)
                     or (len(text) == 1 and unicodedata.category(text) == "Sc")):
            return True
    return False


def currency_code_of(text: str) -> str | None:
    """The ISO 4217 code `text` is, also when written with a dollar sign ("SGD$", "$USD")."""
    return currency_code(text) or (currency_code(text.strip("$")) if "$" in (text[:1], text[-1:]) else None)


def written_signs() -> dict[str, frozenset[str]]:
    """Every currency sign shops write (a key of `_sign_key`) -> the ISO 4217 codes it can mean.

    From price-parser's currency table (main, native and other symbols: "лв.", "Kč",
    "lei") and the Unicode CLDR's currency symbols of every locale, through Babel
    ("₽", "₺", "R$"); codes no shop prices in now are left out. A lone Latin letter
    ("R", "L", "K") is no sign here, as price-parser holds: alone it is too often
    something else (litres, a size); `letter_signs` keeps those apart. Built once, on
    the first sign that is not a code (under a second)."""
    return _sign_tables()[0]


def letter_signs() -> dict[str, frozenset[str]]:
    """The lone Latin letters the same tables give as signs ("R": the rand, "K": the kina and the kyat,
    "L": the lek, the leu...) -> what they can mean. A letter is read as a currency only where the
    row's or the shop's currency is one of these: "R6 439,99" in a shop priced in ZAR."""
    return _sign_tables()[1]


@functools.cache
def _sign_tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    from babel import Locale, localedata
    from price_parser._currencies import CURRENCIES

    table: defaultdict[str, set[str]] = defaultdict(set)
    letters: defaultdict[str, set[str]] = defaultdict(set)

    def add(sign: str, code: str) -> None:
        key = _sign_key(sign)
        if key and not any(c.isdigit() for c in key) and currency_code(code):
            (letters if len(key) == 1 and key.isascii() and key.isalpha() else table)[key].add(code)

    for code, info in CURRENCIES.items():
        for sign in (info["s"], info["sn"], *info.get("sn2", ())):
            add(sign, code)
    for name in localedata.locale_identifiers():
        for code, sign in Locale.parse(name).currency_symbols.items():
            add(sign, code)
    return ({key: frozenset(codes) for key, codes in table.items()},
            {key: frozenset(codes) for key, codes in letters.items()})


def _sign_key(sign: str) -> str:
    """A sign as the table keeps it: as written, without spaces ("$ US" is "$US"). Case counts: "Kg." is
    a currency (the Caribbean guilder), "kg" none."""
    return "".join(_plain(sign).split())


# Marks that set the direction of right-to-left text (U+200E, U+200F) and other invisible format
# characters: pages and files copied from them carry them beside amounts and signs.
_INVISIBLE = re.compile(r"[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# Arabic decimal and thousands separators, as the digits beside them are read: in ASCII.
_ARABIC_MARKS = str.maketrans({"\u066b": ".", "\u066c": ","})


def _plain(text: str) -> str:
    """`text` without invisible format characters, with digits of every script as ASCII digits."""
    if text.isascii() or not _TO_PLAIN.search(text):
        return text
    text = _INVISIBLE.sub("", text).translate(_ARABIC_MARKS)
    return _OTHER_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), text)


# A digit of another script than ASCII ("٣", "३"): every one has its decimal value.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
_TO_PLAIN = re.compile(rf"{_INVISIBLE.pattern}|[\u066b\u066c]|{_OTHER_DIGIT.pattern}")


# A sign before or after the number: a currency symbol, code or abbreviation in any script (what it
# means is looked up, and a word that is none is refused by name); one after may be in brackets.
# A footnote's asterisks after a price ("2,20 € *": prices include VAT) change no amount.
_SIGN = r"[^\d\s.,'()*+-][^\d\s()*]{0,9}"
_MONEY_TEXT = re.compile(
    rf"(?:(?P<before>{_SIGN})\s*)?(?P<number>-?(?:\d|[.,]\d)[\d\s'.,]*?(?:[eE][+-]?\d{{1,4}}|[.,][-\u2013\u2014])?)"
    rf"(?:\s*(?:(?P<after>{_SIGN})|\((?P<enclosed>{_SIGN})\)))?(?:\s*\*{{1,3}})?"
)
