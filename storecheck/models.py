"""Domain models shared by file imports, crawls and store visits.

One validation for every way data comes in: an own product or a competitor
offer read from a CSV, a JSON API or a product page goes through these
pydantic models, so a bad price or currency is rejected the same way
everywhere, with the field named.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

# The currency of a price is read where its amount is: one table of codes and signs, in `money`.
from storecheck.money import MoneyError, NotAPrice, check_amount, normalise_currency, quoted, read_amount, read_price

PROMOTION_TYPES = ("percent_off", "amount_off", "multibuy", "bundle", "loyalty", "sale")
PromotionType = Literal["percent_off", "amount_off", "multibuy", "bundle", "loyalty", "sale"]


def promotion_name(kind: object) -> str:
    """A promotion type as a person reads it, and as the visit form offers it: "percent off", not the key
    "percent_off", which stays in the data scripts read (files, exports, `score --json` fields)."""
    return "" if kind is None else str(kind).replace("_", " ")


def promotion_mix(mix: dict[str, int]) -> str:
    """How many products each promotion type counts, in words: "percent off: 1, multibuy: 2" (the
    count set apart by the colon: "percent off 1" reads as a discount of 1%)."""
    return ", ".join(f"{promotion_name(kind)}: {count}" for kind, count in mix.items())


def promotion_mix_text(text: object) -> object:
    """`promotion_mix` of the mix as `export promotions` writes it, keys and counts ("percent_off 1,
    sale 2": a column scripts read, kept as it was); any other value as it is."""
    if not isinstance(text, str) or not text:
        return text
    parts = [part.rpartition(" ") for part in text.split(", ")]
    if not all(sep and count.isdigit() for _kind, sep, count in parts):
        return text
    return promotion_mix({kind: int(count) for kind, _sep, count in parts})

OWN_PRODUCT_FIELDS = ("sku", "name", "brand", "category", "gtin", "mpn", "price", "currency", "size", "url", "description")
OFFER_FIELDS = (
    "key", "name", "brand", "category", "gtin", "mpn", "price", "regular_price",
    "currency", "url", "description", "in_stock", "promotion",
)

# Yes and no as people write them in a sheet, in the languages the shops using storecheck write: a visit
# sheet's holiday column in Portuguese ("sim" / "não") is as plain as one in English. Compared casefolded,
# so "NÃO" and "Sim" are read too; a word written without its accent ("nao", "hayir") as well.
_YES_NO = {
    # language: (yes words, no words)
    "en": (("yes", "y"), ("no", "n")),
    "de": (("ja",), ("nein",)),
    "fr": (("oui",), ("non",)),
    "es, it": (("si", "sí", "sì"), ("no",)),
    "pt": (("sim", "s"), ("não", "nao")),
    "nl, sv, da, nb": (("ja", "j"), ("nee", "nej", "nei")),
    "pl": (("tak", "t"), ("nie",)),
    "cs, sk, hr, sl, sr": (("ano", "áno", "da"), ("ne",)),
    "fi, et": (("kyllä", "kylla", "jah"), ("ei",)),
    "hu": (("igen",), ("nem",)),
    "tr": (("evet", "e"), ("hayır", "hayir", "h")),
    "ru, uk, bg": (("да", "так"), ("нет", "ні", "не")),
}
_TRUE = {"1", "true", "in stock", "instock", "available"} | {w for yes, _ in _YES_NO.values() for w in yes}
_FALSE = ({"0", "false", "out of stock", "outofstock", "sold out", "soldout", "unavailable"}
          | {w for _, no in _YES_NO.values() for w in no})
assert not _TRUE & _FALSE, _TRUE & _FALSE


def read_weight(value: object) -> Decimal | None:
    """A sales weight (units sold or revenue, so a sign such as "€" may stand beside it), read as
    amounts are; one that is no number is named as a weight, not as "not a price"."""
    try:
        return read_amount(value)
    except MoneyError as exc:
        # The money reader's reason ("exponent notation: write the amount") is the weight's too.
        reason = f" ({exc.why})" if isinstance(exc, NotAPrice) and exc.why else ""
        raise ValueError(f"{quoted(str(value).strip())} is not a number: a sales weight is units sold or revenue{reason}") from None


def unknown_sku(value: str, skus) -> str:
    """Why `value` names none of our `skus`, for an error message, naming the sku it was before a
    spreadsheet read it as a number and dropped its leading zeros ("123" for "000123"), when exactly
    one of ours reads so: the most common way a sku a shop typed right stops matching."""
    text = f"{value!r} is not in our catalogue"
    if value.isdigit():
        bare = value.lstrip("0")
        zeros = [sku for sku in skus if sku != value and sku.isdigit() and sku.lstrip("0") == bare]
        if len(zeros) == 1:
            text += (f" (our sku {zeros[0]!r} without its leading zeros? A spreadsheet drops them from a "
                     "column it reads as numbers: format the column as text)")
    return text


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


# schema.org's ItemAvailability names, as pages and feeds write them (crawls read them
# through `crawlers.extraction.availability`): one declaration for both ways offers come in.
SCHEMA_IN_STOCK = frozenset({"InStock", "LimitedAvailability", "OnlineOnly", "InStoreOnly", "PreSale"})
SCHEMA_OUT_OF_STOCK = frozenset({"OutOfStock", "SoldOut", "Discontinued", "BackOrder", "PreOrder", "MadeToOrder",
                                 "Reserved"})
_SCHEMA_STOCK = {name.casefold(): name in SCHEMA_IN_STOCK for name in SCHEMA_IN_STOCK | SCHEMA_OUT_OF_STOCK}


def parse_stock(value: object) -> bool | None:
    """Whether an offer is in stock, as shops' exports write it: yes/no words
    (`parse_bool`), a schema.org availability ("https://schema.org/InStock") or
    a Merchant Center feed's ("in_stock", "preorder", "backorder"), or a stock
    count (above 0: in stock; 0 or below, an oversold count: not)."""
    try:
        return parse_bool(value)
    except ValueError:
        pass
    text = str(value).strip()
    name = re.sub(r"[\s_-]", "", re.sub(r"^.*[/#]", "", text)).casefold()
    if name in _SCHEMA_STOCK:
        return _SCHEMA_STOCK[name]
    if re.fullmatch(r"-?\d{1,12}(?:[.,]0+)?", text):
        return int(re.split(r"[.,]", text)[0]) > 0
    raise ValueError(f"{value!r} is not yes/no, a stock count or a schema.org availability")


def read_condition(value: object) -> str | None:
    """The condition a shop states for an offer, as schema.org and product feeds name it: "new",
    "used", "refurbished" or "damaged" (a schema.org itemCondition, bare or as a URL, and the
    condition words the matcher reads in titles, "open box", "gebraucht", "中古" ...), or None
    for an empty value. A word that names no condition raises ValueError naming it."""
    if is_missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    # Imported here: the condition words are the matcher's text tables (`benchmark._text`), which
    # only an offer that states a condition needs to load.
    from benchmark._text.conditions import stated_condition

    return stated_condition(value)


def is_missing(value: object) -> bool:
    """None, or the NaN pandas puts in an empty cell of a frame."""
    return value is None or (isinstance(value, float) and value != value)


def _blank_to_none(value: object) -> object:
    if is_missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    return value


# C0 and C1 control characters and DEL, but tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(value: object) -> str | None:
    """A cell as text: stripped, None when empty or missing, an integer typed as 12.0 back to "12".

    Control characters other than tab and line breaks are removed: PostgreSQL
    cannot store NUL in text, a spreadsheet cannot hold the others, a terminal
    runs the escape sequences they start, and no shop means one in a name.

    So is U+FEFF, a byte order mark: where a file starts, a reader drops it, but two files pasted
    together carry the second's inside (a key "\ufeffK2", which a person reads as "K2", so the next
    file's K2 became a second product). As a zero-width no-break space it is obsolete (Unicode
    3.2 gave that job to U+2060): without it no text reads otherwise."""
    if isinstance(value, str):
        value = _CONTROL.sub("", value).replace("\ufeff", "")
    value = _blank_to_none(value)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        # A spreadsheet turned an identifier such as a GTIN into a number.
        value = int(value)
    return str(value).strip()


def _in_range(value: object) -> object:
    """A Decimal computed rather than read (a unit price) must fit the money columns too."""
    return check_amount(value) if isinstance(value, Decimal) else value


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

    _text = field_validator("text", mode="before")(classmethod(lambda cls, v: clean_text(v) or ""))


class OwnProduct(_Model):
    sku: str = Field(min_length=1, max_length=200)
    name: str = Field(min_length=1)
    brand: str | None = None
    category: str | None = None
    gtin: str | None = Field(default=None, max_length=14)
    mpn: str | None = Field(default=None, max_length=100)
    price: Decimal | None = Field(default=None, ge=0)
    currency: str | None = None
    size: str | None = Field(default=None, max_length=100)
    url: str | None = None
    description: str | None = None
    cost: Decimal | None = Field(default=None, ge=0)
    sales_weight: Decimal | None = Field(default=None, ge=0)

    _text_fields = field_validator("sku", "name", "brand", "category", "gtin", "mpn", "size", "url", "description", mode="before")(
        classmethod(lambda cls, v: clean_text(v))
    )
    _money = field_validator("price", "cost", mode="before")(classmethod(lambda cls, v: read_price(v)))
    _weight = field_validator("sales_weight", mode="before")(classmethod(lambda cls, v: read_weight(v)))
    _currency = field_validator("currency", mode="before")(classmethod(lambda cls, v: normalise_currency(v)))


class Offer(_Model):
    """What a competitor sells, as read from a file, an API or a page."""

    key: str = Field(min_length=1, max_length=2000)
    name: str | None = None
    brand: str | None = None
    category: str | None = None
    gtin: str | None = Field(default=None, max_length=14)
    mpn: str | None = Field(default=None, max_length=100)
    sku: str | None = Field(default=None, max_length=200)
    url: str | None = None
    image: str | None = None
    description: str | None = None
    size: str | None = Field(default=None, max_length=100)
    parent_key: str | None = None
    price: Decimal | None = Field(default=None, ge=0)
    regular_price: Decimal | None = Field(default=None, ge=0)
    currency: str | None = None
    in_stock: bool | None = None
    promotion: Promotion | None = None
    # Price per unit (kg, l or piece) where the pack size is known.
    unit_price: Decimal | None = None
    unit: str | None = Field(default=None, max_length=10)
    # The condition the shop states (new, used, refurbished, damaged: `read_condition`), None where it
    # states none; the matcher prefers it to what the title says.
    condition: str | None = None
    # Set by a crawl's DedupePipeline on an offer read later in the run than one of its key, at a
    # lower price: it takes the earlier one's place (see DedupePipeline).
    _replaces_earlier: bool = PrivateAttr(default=False)

    _text_fields = field_validator(
        "key", "name", "brand", "category", "gtin", "mpn", "sku", "url", "image", "description", "size", "parent_key",
        mode="before",
    )(classmethod(lambda cls, v: clean_text(v)))
    _condition = field_validator("condition", mode="before")(classmethod(lambda cls, v: read_condition(v)))
    _money = field_validator("price", "regular_price", mode="before")(classmethod(lambda cls, v: read_price(v)))
    _unit_price = field_validator("unit_price", mode="before")(classmethod(lambda cls, v: _in_range(v)))
    _currency = field_validator("currency", mode="before")(classmethod(lambda cls, v: normalise_currency(v)))
    _stock = field_validator("in_stock", mode="before")(classmethod(lambda cls, v: parse_stock(v)))

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


_ISBN10 = re.compile(r"\d{9}[\dX]")


def isbn13(value: object) -> str | None:
    """An ISBN-10 ("3-16-148410-X") as the EAN-13 printed on the same book
    ("9783161484100"), or None when the value is no ISBN-10 with a right check
    digit. Every ISBN-10 is an EAN-13 under the prefix 978 (ISO 2108), so a
    shop that writes the old number and one that writes the barcode name one
    book."""
    text = re.sub(r"[\s\-]", "", clean_text(value) or "").upper()
    if not _ISBN10.fullmatch(text):
        return None
    if sum((10 - n) * (10 if c == "X" else int(c)) for n, c in enumerate(text)) % 11:
        return None
    body = "978" + text[:9]
    return body + str((10 - sum(int(d) * (3 if n % 2 else 1) for n, d in enumerate(body)) % 10) % 10)


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
