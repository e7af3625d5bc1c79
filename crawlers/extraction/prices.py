"""Prices as pages write them: visible text in any locale, structured values, currency codes.

Amounts are Decimal, read by `storecheck.money` as every entrance reads money.
Visible text in exponent notation ("1e30") is refused rather than misread as 1;
a structured amount beyond what the database keeps is passed on as it is, so
the offer refuses it and the crawl counts why.
"""

from __future__ import annotations

import re
from decimal import Decimal

from storecheck.models import normalise_currency
from storecheck.money import find_price

_AMBIGUOUS_SYMBOLS = {"$", "kr", "kr.", "¥"}


def parse_price_text(text: str, decimal_separator: str | None = None) -> tuple[Decimal | None, str | None]:
    """Visible price text -> (amount, currency code or symbol as written), read by
    `money.find_price` as every other entrance reads money. A number in exponent
    notation ("1e30") is no shop's way of showing a price: refused, not read as 1."""
    if text and _EXPONENT.search(text):
        return None, None
    return find_price(text, decimal_separator)


_EXPONENT = re.compile(r"\d[eE][+-]?\d")


def _currency_code(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip().rstrip(".")
    try:
        return normalise_currency(text)
    except ValueError:
        return None


def _price(value: object, decimal_separator: str | None = None) -> Decimal | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        return amount if amount.is_finite() else None
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?", text):
        # Structured data uses a dot, whatever the page language. An amount beyond what the
        # database keeps ("1e30") is passed on as it is: the offer refuses it and the crawl counts why.
        return Decimal(text)
    amount, _ = parse_price_text(text, decimal_separator)
    return amount

