"""The column types every backend stores alike: money within `money.MAX_AMOUNT`, and UTC-aware
timestamps (SQLite keeps no zone)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import DateTime, Numeric
from sqlalchemy.types import TypeDecorator

from storecheck.money import MONEY_DIGITS, MONEY_PLACES, amount_in_range, check_amount, kept_amount


class MoneyAmount(TypeDecorator):
    """Numeric(14, 4) money, within `money.MAX_AMOUNT` both ways.

    Writing an amount beyond it fails with a message naming the amount, not a
    driver's overflow. Reading one (stored before the range was checked, or by
    another program; SQLite keeps whatever it is given) gives None, so no
    report, score or page fails on it; the row itself is left as it is.
    """

    impl = Numeric(MONEY_DIGITS, MONEY_PLACES, asdecimal=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return kept_amount(check_amount(value)) if isinstance(value, Decimal) else value

    def process_result_value(self, value, dialect):
        return amount_in_range(value)

    def result_processor(self, dialect, coltype):
        read = super().result_processor(dialect, coltype)

        def process(value):
            # SQLite keeps any value in any column: text where an amount belongs reads as no amount too.
            try:
                return read(value)  # TypeDecorator's processor: process_result_value after the dialect's
            except (TypeError, ValueError, ArithmeticError):
                return None

        return process


Money = MoneyAmount()


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use UTC-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return value.replace(tzinfo=UTC) if value is not None else None


def utcnow() -> datetime:
    return datetime.now(UTC)
