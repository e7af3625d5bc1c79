"""The money columns of a row: amounts read, a currency settled, and how a file writes its
amounts (`MoneyWriting`) learnt from its first rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from storecheck.catalogue.results import ImportResult, _warn
from storecheck.catalogue.source import FileImportError
from storecheck.money import (
    BEFORE_TAX,
    MONEY_PLACES,
    SMALLEST_AMOUNT,
    NoAmount,
    agreed_mark,
    has_digit,
    in_exponent,
    kept_amount,
    names_its_currency,
    normalise_currency,
    quoted,
    read_money,
    shown_mark,
    tax_note,
)


@dataclass
class MoneyWriting:
    """How a file writes its amounts, read from its first rows (`CALIBRATION_ROWS`) in one pass.

    `decimal_mark`: the one its amounts show beyond doubt (`money.decimal_mark`): "2.499" beside
    "1.99" is 2.499, alone 2499. `exponent`: more than one cell in exponent notation ("4.495E1"):
    a program wrote its floats so (WDC Products' offers do, 1,090 of their cells), and they are read;
    one such cell among prices people wrote is a slip, refused naming its row. `tax`: the tax notes
    its cells carry (True: included, False: excluded). A file that writes prices both with and
    without tax leaves no way to know which its other prices are: its prices before tax are
    refused, naming the row."""

    exponent: bool = False
    tax: frozenset[bool] = frozenset()
    decimal_mark: str | None = None

    @classmethod
    def of(cls, cells: Iterable[object]) -> MoneyWriting:
        exponents, notes, marks = 0, set(), set()
        for cell in cells:
            if not isinstance(cell, str) or not has_digit(cell):
                continue
            marks.add(shown_mark(cell))
            text = " ".join(cell.split())
            exponents += in_exponent(text)
            if any(ch.isalpha() or ch == "+" for ch in text) and (note := tax_note(text)[1]) is not None:
                notes.add(note)
        return cls(exponent=exponents > 1, tax=frozenset(notes), decimal_mark=agreed_mark(marks))


def _resolve_money(values: dict, decimal_hint: str | None, default_currency: str | None, result: ImportResult,
                   line: int, no_amount: bool, writing: MoneyWriting | None = None) -> list[str]:
    """Read the money columns in place and settle the row's currency.

    A currency written with the amount ("£12.49") fills an empty currency
    column, and must agree with a filled one: a price is never stored in a
    currency it was not given in. In a competitor's offers (`no_amount`) a
    cell with no digit in it ("POA", "Call for price") holds no amount: the
    offer is kept without it, with a warning naming the line, rather than
    refused or given an amount it does not have. In our catalogue such a
    cell is refused: a product's stored price is never wiped by a cell that
    states none (most often a shifted or wrongly mapped column). A price
    written with a note that it is before tax ("$12.99 + tax", "12 € HT") is
    read with a warning naming the line and column: that is how US and
    Canadian shelves and B2B catalogues price, and it compares with prices
    before tax; in a file that also writes prices with tax included it is
    refused (`MoneyWriting`). Returns the problems found.
    """
    writing = writing or MoneyWriting()
    problems: list[str] = []
    signs: list[tuple[str, object, frozenset[str]]] = []
    stated = values.get("currency")
    if isinstance(stated, str) and stated.strip().casefold() in NO_VALUE_WORDS:
        # A program's word for no value (WDC's offers write "null"): no currency named, none refused.
        _warn(result, f"{result.unit} {line}, column 'currency': {quoted(stated.strip())} is no currency; read as empty")
        values["currency"] = stated = None
    try:
        row_currency = normalise_currency(stated, default_currency) if _filled(stated) else default_currency
    except ValueError:
        row_currency = None  # the model reports the currency column
    for money in MONEY_FIELDS:
        raw = values.get(money)
        if not isinstance(raw, str) or not raw.strip():
            continue
        notes: list[str] = []
        try:
            values[money], currencies = read_money(raw, decimal_hint, row_currency, notes=notes, exponent=writing.exponent)
        except NoAmount as exc:
            if not no_amount:
                continue  # the model refuses it, naming the column
            values[money] = None
            # "Free!" and "From $109.90" say why (`money.Free`, `money.LowerBound`); "POA" holds no amount.
            why = str(exc) if type(exc) is not NoAmount else f"{quoted(raw.strip())} holds no amount"
            _warn(result, f"{result.unit} {line}, column {money!r}: {why}; imported without one")
            continue
        except ValueError:
            continue  # the model reports it with the column name
        amount = values[money]
        if (isinstance(amount, Decimal) and abs(amount) >= SMALLEST_AMOUNT
                and amount != (kept := kept_amount(amount))):
            # The money columns keep four decimal places: said, rather than cut without a word, and
            # rounded here once, as each database rounded on its own (SQLite through a float).
            # An amount under the smallest kept is refused by the model, never rounded to 0.
            values[money] = kept
            _warn(result, f"{result.unit} {line}, column {money!r}: {quoted(raw.strip())} is kept as {kept.normalize():f} "
                          f"(amounts are kept to {MONEY_PLACES} decimal places)")
        if BEFORE_TAX in notes:
            if True in writing.tax:
                problems.append(f"column {money!r}: {quoted(raw.strip())} is a price before tax, and this file writes "
                                "others with tax included: write every price one way")
                continue
            _warn(result, f"{result.unit} {line}, column {money!r}: {quoted(raw.strip())} is a price before tax; read as "
                          f"{values[money]:f}, to compare with prices before tax")
        if currencies:
            signs.append((money, raw, currencies))
    if _filled(stated):
        if row_currency is None:
            return problems  # the model reports the currency column
        stated = values["currency"] = row_currency
        for money, raw, currencies in signs:
            if stated not in currencies:
                problems.append(f"column {money!r}: {raw!r} is not in {stated}, the row's currency")
        return problems
    possible = frozenset.intersection(*(c for _, _, c in signs)) if signs else frozenset()
    if signs and not possible:
        problems.append("column 'currency': the prices name different currencies")
    elif not signs or default_currency in possible:
        values["currency"] = default_currency
    elif len(possible) == 1 and (default_currency is None or any(names_its_currency(raw) for _, raw, _ in signs)):
        values["currency"] = next(iter(possible))
    elif default_currency is not None:
        # A local sign the tables read as another currency than the shop's ("Rs." as LKR alone for an Indian
        # shop) is no reason to store the price in it.
        # Named by the column the amount is in (the file may have no currency column to name).
        problems.append(f"column {signs[0][0]!r}: {signs[0][1]!r} is not written in {default_currency}, the shop's currency, "
                        f"but could be {', '.join(sorted(possible))}; add a currency column")
    else:
        problems.append(f"column {signs[0][0]!r}: {signs[0][1]!r} could be {', '.join(sorted(possible))}; add a currency column")
    return problems


MONEY_FIELDS = ("price", "regular_price", "cost", "unit_price")
# What programs write in a cell for no value at all, rather than leaving it empty.
NO_VALUE_WORDS = {"null", "none", "nil", "nan", "n/a", "undefined"}
# Rows read ahead to learn how a file writes its amounts (`MoneyWriting`: its decimal mark, exponents, tax notes).
CALIBRATION_ROWS = 1000


def _refuse_words_for_amounts(column: str, cells: Sequence[tuple[int, object]], unit: str = "line") -> None:
    """FileImportError when a money column holds words rather than amounts: more of its cells
    have no digit than have one, and they are mostly different texts ("Bean Co", "Leaf": the
    names or brands of a shifted or wrongly mapped column). A shop that prices some products
    on request repeats one or two phrases ("POA"), which stay an offer without a price."""
    texts = [(line, " ".join(str(cell).split())) for line, cell in cells if _filled(cell)]
    words = [(line, text) for line, text in texts if not has_digit(text)]
    if len(words) > 1 and len(words) * 2 > len(texts) and len({text for _, text in words}) * 2 > len(words):
        shown = ", ".join(f"{unit} {line} {quoted(text)}" for line, text in words[:3])
        raise FileImportError(
            f"column {column!r} holds words, not amounts, in {len(words)} of its first {len(texts)} "
            f"filled cells ({shown}); nothing was imported. Check which column is the price (--map COLUMN=FIELD)."
        )


def _filled(value: object) -> bool:
    return value is not None and str(value).strip() != ""
