"""One row to a valid product or offer, or to a rejected row with its reasons."""

from __future__ import annotations

import re

from pydantic import ValidationError

from storecheck.catalogue.amounts import MONEY_FIELDS, MoneyWriting, _filled, _resolve_money
from storecheck.catalogue.results import ImportResult, Rejected, _warn
from storecheck.money import whole_units_note, written_amount
from storecheck.catalogue.source import Row
from storecheck.catalogue.spoilt_text import mend_fields
from storecheck.models import Offer, gtin_check_digit_ok, isbn13, normalise_gtin


def _validation_problems(exc: ValidationError) -> list[tuple[str, str]]:
    problems = []
    for err in exc.errors():
        column = ".".join(str(p) for p in err["loc"]) or "row"
        message = err["msg"].removeprefix("Value error, ")
        if err["type"] in ("missing", "string_too_short") or err.get("input") is None:
            message = "is required but empty"
        problems.append((column, message))
    return problems


# A GTIN written as a number: "4006381333931.0" (a float column of pandas or a spreadsheet's
# CSV), or a float cell of an XLSX. The digits are all there; only the ".0" is not a GTIN's.
_WHOLE_NUMBER = re.compile(r"(\d{8,14})[.,]0+")
_EXPONENT = re.compile(r"\d(?:[.,]\d+)?[eE]\+?\d+")


def _gtin_digits(raw: object) -> object:
    """The GTIN cell with a whole number's ".0" dropped, a book's ISBN-10 as its
    EAN-13 (`models.isbn13`); anything else as it is."""
    if isinstance(raw, float) and raw.is_integer() and raw < 1e14:
        return str(int(raw))
    if isinstance(raw, str) and (whole := _WHOLE_NUMBER.fullmatch(raw.strip())):
        return whole.group(1)
    # Ten digits that also read as a UPC whose two leading zeros a spreadsheet
    # dropped name no one product: refused, as before.
    book = isbn13(raw)
    digits = re.sub(r"[\s\-]", "", str(raw))
    return book if book and not (digits.isdigit() and gtin_check_digit_ok(digits.zfill(14))) else raw


# A spreadsheet's quote prefix: the apostrophe Excel and Google Sheets put before a number to keep it as
# text (a GTIN's leading zero, a price typed "12.50"), which some exports write into the file.
_QUOTE_PREFIX = re.compile(r"'(?=\s*[-+]?[\d.,])")

# The fields that hold a number, where such an apostrophe is the mark and never the text's own.
_NUMBER_FIELDS = (*MONEY_FIELDS, "gtin")


def _without_quote_prefix(values: dict) -> dict:
    """`values` with the quote prefix taken off the numbers (`'04006381333931`, `'12.50`): refused as
    "not a price" and dropped as "not a valid GTIN", the product lost its price and its best match
    (hostile14's F119). Only numbers' fields: a sku or a name is the person's own text, kept as written.

    >>> _without_quote_prefix({"price": "'12.50", "gtin": "'04006381333931", "sku": "'00123", "name": "'90s tee"})
    {'price': '12.50', 'gtin': '04006381333931', 'sku': "'00123", 'name': "'90s tee"}
    """
    return {column: (value[1:] if column in _NUMBER_FIELDS and isinstance(value, str) and _QUOTE_PREFIX.match(value)
                     else value) for column, value in values.items()}


def _check(row: Row, values: dict, model, decimal_hint: str | None, default_currency: str | None,
           result: ImportResult, writing: MoneyWriting | None = None) -> object | None:
    """The row as a valid `model`, or None with the row recorded as rejected."""
    # An empty cell is a missing value for every field, typed or not.
    values = {column: (None if isinstance(v, str) and not v.strip() else v) for column, v in values.items()}
    values = _without_quote_prefix(values)
    values = mend_fields(values)  # "cafÃ©", "0,9&nbsp;L": the words the shop wrote (`spoilt_text`)
    given = set(values)  # a JSON record holds only its own keys; a table's row every column
    reasons = _resolve_money(values, decimal_hint, default_currency, result, row.line, model is Offer, writing)
    raw_gtin = values.get("gtin")
    if _filled(raw_gtin):
        gtin = normalise_gtin(_gtin_digits(raw_gtin))
        if gtin is None:
            why = ("is in exponent notation, as a spreadsheet shows a long number: its last digits are lost "
                   "(format the column as text and save the file again)" if _EXPONENT.fullmatch(str(raw_gtin).strip())
                   else "is not a valid GTIN (check digit)")
            _warn(result, f"{result.unit} {row.line}, column 'gtin': {raw_gtin!r} {why}; ignored")
        values["gtin"] = gtin
    item = None
    try:
        item = model.model_validate(values)
    except ValidationError as exc:
        reasons += [f"column {column!r}: {message}" for column, message in _validation_problems(exc)]
    if reasons or item is None:  # item is None only when reasons say why
        result.rejected.append(Rejected(row.line, row.values, reasons))
        return None
    for money in MONEY_FIELDS:
        amount = getattr(item, money, None)
        if amount is not None and (note := whole_units_note(amount, getattr(item, "currency", None))) is not None:
            _warn(result, f"{result.unit} {row.line}, column {money!r}: {written_amount(amount)} {note}")
    if model is Offer:
        item = _read_as_crawled(item, values.get("promotion"), result, row.line)
    elif "price" not in given and "currency" not in given:
        # A JSON record without a price key says nothing of the price, nor so of its currency
        # (which the price's reading filled in): the stored ones stay (`db.upsert_own_products`).
        item.model_fields_set.discard("currency")
    return item


def _read_as_crawled(offer: Offer, promotion: object, result: ImportResult, line: int) -> Offer:
    """An imported offer's prices and promotion read as a crawl reads a shop's page
    (`crawlers.pipelines`), so the figures do not depend on how the offers came in: a
    regular price not above the price is no was-price, and the promotion's text gives
    its kind and depth ("2 for 1" a multibuy, "-20%" percent off), where every text was a
    "sale" before. A text that states no kind of promotion stays a sale, as the file says."""
    from crawlers.promotions import parse_promotion

    price, regular = offer.price, offer.regular_price
    updates: dict = {}
    if price is not None and price == 0:
        # As a crawl reads it: 0 is a placeholder ("price on request", an empty cell a program
        # wrote as 0), not a price; stored, it made the competitor look infinitely cheap.
        _warn(result, f"{result.unit} {line}, column 'price': 0 is no price (a placeholder); the offer is kept without one")
        updates["price"] = price = None
        updates["regular_price"] = regular = None
    if price is not None and regular is not None and regular <= price:
        if regular < price:
            _warn(result, f"{result.unit} {line}, column 'regular_price': {regular:f} is below the price {price:f}; "
                          "no regular price kept (are the two columns swapped?)")
        updates["regular_price"] = regular = None
    text = promotion.strip() if isinstance(promotion, str) else None
    if text or (promotion is None and regular is not None):
        read = parse_promotion(text, price=price, regular_price=regular, currency=offer.currency)
        if read is not None:
            updates["promotion"] = read
    return offer.model_copy(update=updates) if updates else offer
