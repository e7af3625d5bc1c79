"""Prices as pages write them: visible text in any locale, structured values, currency codes.

Amounts are Decimal. Visible text is read with price-parser; an amount that
no shop could mean (exponent notation such as "1e30", more digits than a
price column holds) is refused rather than misread.
"""

from __future__ import annotations

import re
from decimal import Decimal

from price_parser import Price

from storecheck.models import normalise_currency, parse_decimal

_AMBIGUOUS_SYMBOLS = {"$", "kr", "kr.", "¥"}


def parse_price_text(text: str, decimal_separator: str | None = None) -> tuple[Decimal | None, str | None]:
    """Visible price text -> (amount, currency code or symbol as written)."""
    if not text:
        return None, None
    text = text.replace("\u00a0", " ").strip()
    price = Price.fromstring(text, decimal_separator=decimal_separator)
    amount = price.amount
    if amount is None:
        return None, price.currency
    if decimal_separator is None and re.fullmatch(r"\D*\d{1,3},\d{2}\D*", text):
        # "12,49" is a decimal comma (price-parser gets it right, keep it explicit).
        amount = parse_decimal(re.sub(r"[^\d,]", "", text), ",")
    return amount, price.currency


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
            return parse_decimal(value)
        except ValueError:
            return None
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return Decimal(text)  # structured data uses a dot, whatever the page language
    amount, _ = parse_price_text(text, decimal_separator)
    return amount

