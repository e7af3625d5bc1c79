"""Prices as pages write them: visible text in any locale, structured values, currency codes.

Amounts are Decimal. Visible text is read with price-parser; an amount that
no shop could mean (exponent notation such as "1e30", more digits than a
price column holds) is refused rather than misread.
"""

from __future__ import annotations

import re
from decimal import Decimal

from storecheck.models import normalise_currency
from storecheck.money import find_price, read_amount

_AMBIGUOUS_SYMBOLS = {"$", "kr", "kr.", "¥"}


def parse_price_text(text: str, decimal_separator: str | None = None) -> tuple[Decimal | None, str | None]:
    """Visible price text -> (amount, currency code or symbol as written), read by
    `money.find_price` as every other entrance reads money."""
    return find_price(text, decimal_separator)


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
        try:
            return read_amount(value)
        except ValueError:
            return None
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return Decimal(text)  # structured data uses a dot, whatever the page language
    amount, _ = parse_price_text(text, decimal_separator)
    return amount

