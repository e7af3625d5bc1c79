"""The amounts the database keeps, and the errors every reader of money raises.

The money columns are Numeric(14, 4): `check_amount` refuses what they cannot
hold, naming the text a person wrote (`quoted`), and `amount_in_range` lets a
reader of amounts stored before that check show no price instead of failing.
"""

from __future__ import annotations

import functools
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import overload


# The database keeps money as Numeric(14, 4): ten digits before the point, four after.
MONEY_DIGITS, MONEY_PLACES = 14, 4
SMALLEST_AMOUNT = Decimal(10) ** -MONEY_PLACES
MAX_AMOUNT = Decimal(10) ** (MONEY_DIGITS - MONEY_PLACES) - SMALLEST_AMOUNT


@overload
def kept_amount(amount: Decimal) -> Decimal: ...
@overload
def kept_amount(amount: None) -> None: ...
def kept_amount(amount: Decimal | None) -> Decimal | None:
    """`amount` as the money columns keep it: rounded half up to four places. Rounded here rather
    than by the database: SQLite rounded through a float (2.00005 -> 2.0000, 0.00015 -> 0.0001) and
    PostgreSQL half up (2.0001, 0.0002), so one crawl or visit stored two prices on the two databases;
    and a crawl compares what it reads with what was kept, which must be the same amount. Every
    reader that keeps an amount to four places rounds through here (the imports, a converted price)."""
    # A NaN's or an infinity's exponent is a letter ("n", "F"): such an amount is returned as it is.
    exponent = None if amount is None else amount.as_tuple().exponent
    if amount is None or not isinstance(exponent, int) or exponent >= -MONEY_PLACES:
        return amount
    return amount.quantize(SMALLEST_AMOUNT, ROUND_HALF_UP)


@functools.lru_cache(maxsize=512)
def currency_digits(code: str | None) -> int:
    """The places an amount in `code` is written with, in the report and wherever storecheck writes an
    amount it worked out (converted, per unit), and below which a fraction is doubtful (`whole_units_note`):
    the Unicode CLDR's (Babel's `get_currency_precision`, which the extraction reads for thousandths too);
    2 where the currency is unknown. That is ISO 4217's minor unit where it is in use, and none where ISO
    keeps one out of use (the forint's fillér, the rupiah's sen, the Iraqi dinar's fils): "HUF 1,299" as
    Hungarian shops write it. A hand list of nine stood here; it showed Ugandan shillings and CFA francs
    with cents and Omani rials with two places (hostile13)."""
    from babel.numbers import get_currency_precision

    return get_currency_precision((code or "").strip().upper())


def whole_units_note(amount: Decimal | None, code: str | None) -> str | None:
    """Why `amount` in `code` is doubtful, or None: a fraction in a currency written in whole units (minor
    unit 0: "12.50 JPY") is an amount no price tag in that currency shows, most often a currency column
    or drop-down that slipped (hostile12's F108, F109). Said, not refused: the amount is kept as given."""
    if amount is None or not amount.is_finite() or currency_digits(code) != 0 or amount == amount.to_integral_value():
        return None
    return f"has a fraction, but {code} is written in whole units (no minor unit): is the currency right?"


def in_currency_places(amount: Decimal, code: str | None) -> Decimal:
    """`amount` rounded (half up) to the places it is shown with in `code` (`currency_digits`)."""
    return amount.quantize(Decimal(1).scaleb(-currency_digits(code)), ROUND_HALF_UP)


def written_amount(value: Decimal, code: str | None = None) -> str:
    """A kept amount (four places in the money columns) as a price is written: "12.00", "0.0639"; given its
    currency, in that currency's places (`currency_digits`): "250 JPY", "1.500 KWD" (the changes wrote
    "250.00 JPY", hostile13's S113). An amount with more places than its currency has keeps them, so a
    misread price shows its digits ("0.0399", "250.5" yen).

    >>> written_amount(Decimal("250.0000"), "JPY"), written_amount(Decimal("1.5"), "KWD"), written_amount(Decimal("250.5"), "JPY")
    ('250', '1.500', '250.5')
    >>> written_amount(Decimal("12"), "EUR"), written_amount(Decimal("12")), written_amount(Decimal("0.0639"))
    ('12.00', '12.00', '0.0639')
    """
    places = Decimal(1).scaleb(-currency_digits(code)) if code else Decimal("0.01")
    return f"{value.normalize():f}" if value != value.quantize(places) else f"{value.quantize(places):f}"


class MoneyError(ValueError):
    """A value that is not an amount, or one beyond what the database can keep."""


class NotAPrice(MoneyError):
    """A text that does not read as a price: `written` as the message names it, `why` what in it
    is wrong ("exponent notation: write the amount") or "" when nothing more is known. A reader
    of another kind of number (a sales weight) names the text in its own words and keeps `why`,
    rather than taking the message apart."""

    def __init__(self, written: str, why: str = ""):
        self.written, self.why = written, why
        super().__init__(f"{written} is not a price" + (f" ({why})" if why else ""))

    def __reduce__(self):
        # Rebuilt from its parts, not from its message (which __init__ would wrap a second time).
        return type(self), (self.written, self.why)


class NoAmount(MoneyError):
    """A text with no digit in it ("POA", "Call for price", "-"): it states that there is no
    amount rather than writing one wrong. A file import keeps the row without a price."""


def check_amount(amount: Decimal, written: str | None = None) -> Decimal:
    """`amount` when the database can keep it; MoneyError otherwise (NaN, infinity, 1e10 and
    more), naming the amount as `written` when given."""
    if not amount.is_finite():
        raise MoneyError(f"{written or _short(amount)} is not an amount")
    if abs(amount) > MAX_AMOUNT:
        raise MoneyError(f"{written or _short(amount)} is beyond the largest amount kept ({MAX_AMOUNT:,})")
    return amount


def check_price(amount: Decimal | None, written: str | None = None) -> Decimal | None:
    """`amount` as a price: `check_amount`'s range, and no amount under the smallest the money
    columns keep (0.0001) but zero, which they would store as a price of nothing ("0.00001",
    "2E-9"). Exchange rates are not prices: a dong is 0.000036 euro, so `check_amount` allows it."""
    if amount is None:
        return None
    amount = check_amount(amount, written)
    if 0 < abs(amount) < SMALLEST_AMOUNT:
        raise MoneyError(f"{written or _short(amount)} is under the smallest amount kept ({SMALLEST_AMOUNT}): no price")
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


def quoted(text: str) -> str:
    """A text a person wrote, quoted in a message: cut short when long (a cell may hold megabytes)."""
    return repr(text if len(text) <= 60 else text[:57] + "...")
