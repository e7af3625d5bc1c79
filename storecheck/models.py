"""Domain models shared by file imports, crawls and store visits.

One validation for every way data comes in: an own product or a competitor
offer read from a CSV, a JSON API or a product page goes through these
pydantic models, so a bad price or currency is rejected the same way
everywhere, with the field named.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Literal

import pycountry
from pydantic import BaseModel, ConfigDict, Field, field_validator

PROMOTION_TYPES = ("percent_off", "amount_off", "multibuy", "bundle", "loyalty", "sale")
PromotionType = Literal["percent_off", "amount_off", "multibuy", "bundle", "loyalty", "sale"]

OWN_PRODUCT_FIELDS = ("sku", "name", "brand", "category", "gtin", "mpn", "price", "currency", "size", "url", "description")
OFFER_FIELDS = (
    "key", "name", "brand", "category", "gtin", "mpn", "price", "regular_price",
    "currency", "url", "description", "in_stock", "promotion",
)

_CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "zł": "PLN", "kr": "SEK", "₹": "INR", "CHF": "CHF"}
# ISO 4217 codes for metals, funds and testing: not what a shop prices in.
_NOT_MONEY = {"XXX", "XTS", "XAU", "XAG", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA"}
_TRUE = {"1", "true", "yes", "y", "in stock", "instock", "available", "ja", "oui", "si", "sí"}
_FALSE = {"0", "false", "no", "n", "out of stock", "outofstock", "sold out", "soldout", "unavailable", "nein", "non"}


def parse_decimal(value: object, decimal_separator: str | None = None) -> Decimal | None:
    """A money amount as people write it: "12.49", "12,49", "1.234,56", "€ 1,234.56".

    Without a stated separator, the last of "." or "," followed by one or two
    digits at the end is taken as the decimal mark; "1,234" (three digits) is a
    thousands separator. Raises ValueError with the text when it is not a number.
    """
    return parse_money(value, decimal_separator)[0]


def parse_money(value: object, decimal_separator: str | None = None) -> tuple[Decimal | None, frozenset[str]]:
    """The amount and the currencies its sign or code can mean: "£12.49" -> (12.49, {GBP}),
    "$5" -> (5, {USD, CAD, AUD, ...}), "12.49" -> (12.49, {}). Text other than a
    currency next to the number ("2.99 kg", "call for price") is refused."""
    if value is None:
        return None, frozenset()
    if isinstance(value, Decimal):
        return value, frozenset()
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a price")
    if isinstance(value, int):
        return Decimal(value), frozenset()
    if isinstance(value, float):
        if value != value:  # NaN from pandas
            return None, frozenset()
        return Decimal(repr(value)), frozenset()
    text = str(value).strip()
    if not text:
        return None, frozenset()
    match = _MONEY_TEXT.fullmatch(text.replace("\u00a0", " "))
    if not match:
        raise ValueError(f"{text!r} is not a price")
    signs = [sign for sign in (match.group("before"), match.group("after")) if sign]
    currencies: frozenset[str] = frozenset()
    for sign in signs:
        meaning = _sign_currencies(sign)
        if meaning is None:
            raise ValueError(f"{text!r} is not a price ({sign!r} is not a currency)")
        currencies = meaning if not currencies else currencies & meaning
    if len(signs) == 2 and not currencies:
        raise ValueError(f"{text!r} names two different currencies")
    cleaned = re.sub(r"[\s']", "", match.group("number"))
    if decimal_separator is None:
        decimal_separator = _guess_decimal_separator(cleaned)
    thousands = "," if decimal_separator == "." else "."
    whole = cleaned.rpartition(decimal_separator)[0] if decimal_separator in cleaned else cleaned
    if thousands in whole and not re.fullmatch(rf"-?\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+", whole):
        raise ValueError(f"{text!r} is not a price (digit groups)")
    cleaned = cleaned.replace(thousands, "").replace(decimal_separator, ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a price") from None
    if not number.is_finite():
        raise ValueError(f"{text!r} is not a price")
    return number, currencies


# What a price's sign can mean; "$" and "kr" are shared by several currencies.
_SIGN_MEANS = {
    "€": {"EUR"}, "£": {"GBP"}, "₹": {"INR"}, "zł": {"PLN"}, "¥": {"JPY", "CNY"}, "us$": {"USD"}, "c$": {"CAD"},
    "a$": {"AUD"}, "nz$": {"NZD"}, "$": {"USD", "CAD", "AUD", "NZD", "MXN", "SGD", "HKD"},
    "kr": {"SEK", "NOK", "DKK", "ISK"}, "kr.": {"SEK", "NOK", "DKK", "ISK"}, "fr.": {"CHF"},
}


def _sign_currencies(sign: str) -> frozenset[str] | None:
    meaning = _SIGN_MEANS.get(sign.lower())
    if meaning is not None:
        return frozenset(meaning)
    try:
        return frozenset({normalise_currency(sign)})
    except ValueError:
        return None


_SIGN = r"(?:[€$£¥₹]|[A-Za-z]{1,3}\$?|zł|kr\.?|fr\.)"
_MONEY_TEXT = re.compile(rf"\s*(?:(?P<before>{_SIGN})\s*)?(?P<number>-?\d[\d\s'.,]*?)(?:\s*(?P<after>{_SIGN}))?\s*")


def _guess_decimal_separator(text: str) -> str:
    if "." in text and "," in text:
        return "," if text.rfind(",") > text.rfind(".") else "."
    for mark in (",", "."):
        if mark in text:
            head, _, tail = text.rpartition(mark)
            if text.count(mark) > 1:
                return "." if mark == "," else ","
            # "1,234" is a thousand; "1,23" and "1.234" are decimals.
            if mark == "," and len(tail) == 3:
                return "."
            return mark
    return "."


def normalise_currency(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if text in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[text]
    code = text.upper()
    if code in _NOT_MONEY or pycountry.currencies.get(alpha_3=code) is None:
        raise ValueError(f"{text!r} is not an ISO 4217 currency code")
    return code


def parse_bool(value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, float) and value != value:
        return None
    text = str(value).strip().casefold()
    if not text:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"{value!r} is not yes/no")


def is_missing(value: object) -> bool:
    """None, or the NaN pandas puts in an empty cell of a frame."""
    return value is None or (isinstance(value, float) and value != value)


def _blank_to_none(value: object) -> object:
    if is_missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    return value


def clean_text(value: object) -> str | None:
    """A cell as text: stripped, None when empty or missing, an integer typed as 12.0 back to "12"."""
    value = _blank_to_none(value)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        # A spreadsheet turned an identifier such as a GTIN into a number.
        value = int(value)
    return str(value).strip()


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class Promotion(_Model):
    type: PromotionType = "sale"
    text: str = ""
    loyalty_only: bool = False
    percent: Decimal | None = None
    amount: Decimal | None = None
    buy: int | None = None
    pay: int | None = None
    bundle_price: Decimal | None = None
    starts: date | None = None
    ends: date | None = None


class OwnProduct(_Model):
    sku: str = Field(min_length=1, max_length=200)
    name: str = Field(min_length=1)
    brand: str | None = None
    category: str | None = None
    gtin: str | None = None
    mpn: str | None = None
    price: Decimal | None = Field(default=None, ge=0)
    currency: str | None = None
    size: str | None = None
    url: str | None = None
    description: str | None = None
    cost: Decimal | None = Field(default=None, ge=0)
    sales_weight: Decimal | None = Field(default=None, ge=0)

    _text_fields = field_validator("sku", "name", "brand", "category", "gtin", "mpn", "size", "url", "description", mode="before")(
        classmethod(lambda cls, v: clean_text(v))
    )
    _money = field_validator("price", "cost", "sales_weight", mode="before")(classmethod(lambda cls, v: parse_decimal(v)))
    _currency = field_validator("currency", mode="before")(classmethod(lambda cls, v: normalise_currency(v)))


class Offer(_Model):
    """What a competitor sells, as read from a file, an API or a page."""

    key: str = Field(min_length=1, max_length=2000)
    name: str | None = None
    brand: str | None = None
    category: str | None = None
    gtin: str | None = None
    mpn: str | None = None
    sku: str | None = None
    url: str | None = None
    image: str | None = None
    description: str | None = None
    size: str | None = None
    parent_key: str | None = None
    price: Decimal | None = Field(default=None, ge=0)
    regular_price: Decimal | None = Field(default=None, ge=0)
    currency: str | None = None
    in_stock: bool | None = None
    promotion: Promotion | None = None
    # Price per unit (kg, l or piece) where the pack size is known.
    unit_price: Decimal | None = None
    unit: str | None = None

    _text_fields = field_validator(
        "key", "name", "brand", "category", "gtin", "mpn", "sku", "url", "image", "description", "size", "parent_key",
        mode="before",
    )(classmethod(lambda cls, v: clean_text(v)))
    _money = field_validator("price", "regular_price", mode="before")(classmethod(lambda cls, v: parse_decimal(v)))
    _currency = field_validator("currency", mode="before")(classmethod(lambda cls, v: normalise_currency(v)))
    _stock = field_validator("in_stock", mode="before")(classmethod(lambda cls, v: parse_bool(v)))

    @field_validator("promotion", mode="before")
    @classmethod
    def _promotion(cls, value: object) -> object:
        value = _blank_to_none(value)
        if isinstance(value, str):
            return {"type": "sale", "text": value}
        return value


def gtin_check_digit_ok(digits: str) -> bool:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits[:-1])))
    return (10 - total % 10) % 10 == int(digits[-1])


def normalise_gtin(value: object) -> str | None:
    """GTIN-8/12/13/14 (EAN, UPC) as a zero-padded GTIN-14, or None when it is not
    a valid one: a bad check digit is never trusted."""
    text = clean_text(value)
    if not text:
        return None
    digits = re.sub(r"[\s\-]", "", text)
    if not digits.isdigit() or len(digits) not in (8, 11, 12, 13, 14):
        return None
    if len(digits) == 11:
        # A UPC-A whose leading zero a spreadsheet dropped.
        digits = "0" + digits
    digits = digits.zfill(14)
    if set(digits) == {"0"} or not gtin_check_digit_ok(digits):
        return None
    return digits
