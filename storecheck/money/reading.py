"""The readers: an amount in a cell or a field (`read_money`), a price in a page's text (`find_price`).

They take a text apart into a sign, a number and words beside them, and hand
each part to its stage: `amounts` for the number, `signs` for the currency,
`words` for notes on tax, "from" and free.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from price_parser import Price

from storecheck.money.amounts import _DIGIT, _LEADING_ZERO, _number, _plain, _too_many_digits, cifrao_as_decimal_mark
from storecheck.money.limits import MoneyError, NoAmount, NotAPrice, check_amount, check_price, quoted
from storecheck.money.signs import (
    _SIGN_MEANS,
    _SIGNS_THE_TABLES_LACK,
    _sign_key,
    currency_code_of,
    letter_signs,
    sign_currencies,
    unit_of_several,
    written_signs,
)
from storecheck.money.words import _FREE, _FROM, BEFORE_TAX, Free, LowerBound, tax_note


# A cell holding one amount and its currency is far shorter ("USD 9,999,999,999.9999" is 22).
MAX_MONEY_CHARS = 100


# A sign before or after the number: a currency symbol, code or abbreviation in any script (what it
# means is looked up, and a word that is none is refused by name); one after may be in brackets.
# A footnote's asterisks after a price ("2,20 € *": prices include VAT) change no amount.
_SIGN = r"[^\d\s.,'()*+-][^\d\s()*]{0,9}"
_MONEY_TEXT = re.compile(
    rf"(?:(?P<before>{_SIGN})\s*)?(?P<number>-?(?:\d|[.,]\d)[\d\s'.,]*?(?:[eE][+-]?\d{{1,4}}|[.,][-\u2013\u2014])?)"
    rf"(?:\s*(?:(?P<after>{_SIGN})|\((?P<enclosed>{_SIGN})\)))?(?:\s*\*{{1,3}})?"
)


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
    >>> read_money("45,900,000 تومان"), read_money("54.990$00")
    ((Decimal('459000000'), frozenset({'IRR'})), (Decimal('54990.00'), frozenset({'CVE'})))

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
        raise NotAPrice(repr(value))
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
        raise NotAPrice(quoted(text), f"over {MAX_MONEY_CHARS} characters")
    written = text
    text = cifrao_as_decimal_mark(_plain(text))
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


def read_price(value: object) -> Decimal | None:
    """`read_amount` of a price field: the amount, checked by `check_price`."""
    return check_price(read_amount(value), None if isinstance(value, Decimal) else quoted(str(value)))


def _in_another_code_page(sign: str) -> str:
    """What to say of a sign that is no currency when its bytes in Windows-1252 read as one in the
    code page of Central Europe or the Baltics: a short price list from a Polish Excel (Windows-1250)
    is read as Windows-1252, whose "z³" is 1250's "zł"."""
    try:
        raw = sign.encode("cp1252")
    except UnicodeEncodeError:
        return ""
    if raw.isascii():
        return ""
    # The code pages a file is switched to when Windows-1252 reads their letters as signs; imported
    # here, on the error's path, as the catalogue package imports this module.
    from storecheck.catalogue.encoding import OTHER_CODE_PAGES

    for code_page in OTHER_CODE_PAGES:
        other = raw.decode(code_page, errors="replace")
        if sign_currencies(other) is not None:
            return (f"; in Windows-{code_page.removeprefix('cp')} these bytes read {other!r}: if the file is in it, "
                    f"give --encoding {code_page}")
    return ""


def _read_text(text: str, written: str, decimal_separator: str | None,
               currency: str | None, exponent: bool = False) -> tuple[Decimal, frozenset[str]]:
    """`read_money` of a text holding an amount and at most a sign before and after it; errors name `written`."""
    match = _MONEY_TEXT.fullmatch(text)
    if not match:
        raise NotAPrice(quoted(written))
    before, number = match.group("before"), match.group("number")
    if before and _mark_is_the_numbers(before, match.end("before") == match.start("number")):
        before, number = before[:-1], before[-1] + number  # "$.75": no sign is written "$.", the mark is the number's
    signs = [sign for sign in (before, match.group("after") or match.group("enclosed")) if sign]
    currencies: frozenset[str] = frozenset()
    factor = 1
    for sign in signs:
        meaning = sign_currencies(sign)
        if meaning is None and (unit := unit_of_several(sign)):
            # Iran's toman, ten rials, in which Iranian shops and their files price: stored as rials, as a page's is.
            meaning, factor = frozenset({unit[0]}), unit[1]
        if meaning is None and currency is not None and currency in letter_signs().get(sign, ()):
            meaning = frozenset({currency})  # "R" in a shop or row priced in rand
        if meaning is None:
            letter = f", unless the row or the shop is priced in {', '.join(sorted(letter_signs()[sign]))}" \
                if sign in letter_signs() else ""
            raise NotAPrice(quoted(written), f"{sign!r} is not a currency{letter}{_in_another_code_page(sign)}")
        currencies = meaning if not currencies else currencies & meaning
    if len(signs) == 2 and not currencies:
        raise MoneyError(f"{quoted(written)} names two different currencies")
    if "e" in number or "E" in number:
        if signs:
            raise NotAPrice(quoted(written), "a program's number in exponent notation beside a currency sign: no shop "
                                             "writes that")
        if not exponent:
            raise NotAPrice(quoted(written), "exponent notation: write the amount")
    amount = _number(number, decimal_separator, currencies or (frozenset({currency}) if currency is not None else frozenset()))
    if amount is None:
        raise NotAPrice(quoted(written), "digit groups")
    return check_amount(amount * factor, quoted(written)), currencies


def _mark_is_the_numbers(before: str, touching: bool) -> bool:
    """Whether the mark ending the sign before a number is the number's decimal mark ("$.75").

    Only when nothing separates it from the digits and it follows a currency symbol ("$",
    "€", "£": Unicode's Sc), never letters: after an abbreviation ("Rp. 15000", "Kr. 99",
    "RM.12") the dot is the abbreviation's, and handing it to the number would read an
    amount a hundred thousand times too small without a word."""
    symbol = before[:-1].rstrip(".,")[-1:]  # "$..75" is a dollar sign with a stray dot, then ".75"
    return (touching and before[-1] in ".," and bool(symbol) and unicodedata.category(symbol) == "Sc"
            and _sign_key(before) not in written_signs() and sign_currencies(before[:-1]) is not None)


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
    # whatever the tables say of "Kg." (the Caribbean guilder) and "KM" (the convertible mark). A sign written
    # as shops write it, which the tables lack ("KSh"), is one as written.
    if sign in _SIGNS_THE_TABLES_LACK:
        return sign
    # Nor is a sign written with a capital after a small letter ("ZiG", Zimbabwe Gold as the central bank and the
    # shops write it; "FrCD"): no word or unit of measure is written so, and the tables hold it as written.
    if sign and _CAPITAL_AFTER_SMALL.search(sign) and sign_currencies(sign) is not None:
        return sign
    return sign if sign and sign_currencies(sign) is not None and sign_currencies(sign.lower()) is not None else None


_CAPITAL_AFTER_SMALL = re.compile(r"[a-z][A-Z]")


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
