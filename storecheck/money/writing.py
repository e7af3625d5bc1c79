"""How amounts are written for a person: the report, the alerts, the sentences of the exports.

One writer, in the workspace's locale when `[report] locale` names one ("3,49 zł", "1.299,00 €" as
the CLDR writes them for Poland and Germany, through Babel), else as storecheck always wrote them
("3.49 PLN", `limits.written_amount` and the code after it), so no figure of a workspace that sets
nothing changes. The locale is set once per command (`amounts_written_in`, by the CLI's workspace
option, from the config): every writer below reads it, none is passed it. Numbers a program reads
(CSV and XLSX columns, `score --json`'s figures) are never written here: they stay numbers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import NumberPattern, format_currency, parse_pattern

from storecheck.money.limits import currency_digits, in_currency_places, written_amount

_LOCALE: ContextVar[str | None] = ContextVar("storecheck_amount_locale", default=None)


def locale_name(value: str) -> str:
    """`value` ("pl_PL", "pl-PL", "de") as the locale Babel knows, or ValueError naming what it takes."""
    text = value.strip().replace("-", "_")
    try:
        return str(Locale.parse(text))
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"{value!r} is no locale the CLDR knows: write a language and country as pl_PL, de_DE, "
                         "en_GB (or leave it out: amounts as 3.49 PLN)") from None


@contextlib.contextmanager
def amounts_written_in(locale: str | None) -> Iterator[None]:
    """Amounts written in `locale` (None: storecheck's own "3.49 PLN") for the duration."""
    token = _LOCALE.set(locale)
    try:
        yield
    finally:
        _LOCALE.reset(token)


def current_locale() -> str | None:
    return _LOCALE.get()


def written_money(value: Decimal, code: str | None = None) -> str:
    """A kept amount with its currency, as a person reads it: "3.49 PLN" (no locale set), "3,49 zł" (pl_PL),
    "250 JPY" (a currency's places, `written_amount`'s: a misread "0.0399" keeps its digits).

    >>> written_money(Decimal("3.4900"), "PLN")
    '3.49 PLN'
    >>> with amounts_written_in("pl_PL"):
    ...     written_money(Decimal("3.4900"), "PLN"), written_money(Decimal("1299"), "PLN"), written_money(Decimal("0.0399"), "EUR")
    ('3,49\\xa0zł', '1\\xa0299,00\\xa0zł', '0,0399\\xa0€')
    """
    digits = written_amount(value, code)
    locale = _LOCALE.get()
    if locale is None:
        return f"{digits} {code}" if code else digits
    if not code:
        return _pattern(locale, 2).apply(Decimal(digits), locale, decimal_quantization=False)
    return format_currency(Decimal(digits), code, locale=locale, decimal_quantization=False)


def written_number(value: Decimal, code: str | None = None) -> str | None:
    """The amount in its currency's places without the currency, in the locale set ("1 204,00" for pl_PL);
    None when no locale is set (the caller writes it its own way)."""
    locale = _LOCALE.get()
    if locale is None:
        return None
    places = currency_digits(code) if code else 2
    return _pattern(locale, places).apply(in_currency_places(value, code), locale, decimal_quantization=False)


@lru_cache(maxsize=64)
def _pattern(locale: str, places: int) -> NumberPattern:
    """The locale's decimal pattern with `places` fraction digits at least (its grouping kept)."""
    pattern = parse_pattern(Locale.parse(locale).decimal_formats[None].pattern)
    pattern.frac_prec = (places, max(places, pattern.frac_prec[1]))
    return pattern
