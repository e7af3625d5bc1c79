"""Currency conversion: exchange rates from storecheck.toml ([currencies] rates)
or a rates file, applied to matched pairs priced by a competitor in another
currency than ours.

A rate is one unit of a currency in our shop's currency (USD = 0.92 in a EUR
shop: 1 USD = 0.92 EUR). A pair in a currency with a rate is converted and
marked with the rate used; a pair in a currency without one is left out of
every figure and counted per competitor and currency, so a USD competitor
no longer scores 0/0/0% in silence.
"""

from __future__ import annotations

import csv
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pandas as pd

from storecheck.config import Config, ConfigError
from storecheck.money import MoneyError, amount_in_range, decimal_mark, kept_amount, read_amount


def rates(config: Config) -> dict[str, Decimal]:
    """Per currency, one unit in our shop's currency (ours is 1); the rates file wins over the config."""
    table = {code: Decimal(str(rate)) for code, rate in config.currencies.rates.items()}
    if config.currencies.rates_file:
        table |= read_rates_file(Path(config.currencies.rates_file))
    table[config.shop.currency] = Decimal(1)
    return table


def read_rates_file(path: Path) -> dict[str, Decimal]:
    """`currency,rate` rows (a header row is optional); an error names the line.

    The separator is the one the first line uses most (",", ";", tab), as for
    imported files; rates are read by the money reader, with decimal commas in
    a file whose rates agree on one (`money.decimal_mark`), whatever its
    separator: a semicolon file is as often "USD;1.08" as "USD;1,08", and
    taking its comma as the decimal mark would read "1.080" as 1080. A rate
    written with a single mark once ("1,0845", "1.080") has it as its decimal
    mark: no rate is written with a thousands mark alone."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"rates file {path}: {exc.strerror or exc}") from None
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    # On a tie ("USD;1,08") the rarer separator wins: a comma may be the decimal mark.
    sep = max((";", "\t", ","), key=first.count)
    rows = [(number, [cell.strip() for cell in row]) for number, row in enumerate(csv.reader(lines, delimiter=sep), start=1)
            if row and "".join(row).strip() and not (number == 1 and row[0].strip().lower() == "currency")]
    file_mark = decimal_mark(row[1] for _, row in rows if len(row) > 1)
    table = {}
    for number, row in rows:
        if len([cell for cell in row if cell]) != 2 or not row[0] or not row[1]:
            raise ConfigError(f"rates file {path}, line {number}: expected currency{sep}rate"
                              + (" (quote a rate with a decimal comma, or separate by ';')" if sep == "," else ""))
        code, value = row[0].upper(), row[1]
        marks = [mark for mark in ".," if mark in value]
        mark = file_mark or (marks[0] if len(marks) == 1 and value.count(marks[0]) == 1 else ".")
        try:
            rate = read_amount(value, mark)
        except MoneyError:
            rate = None
        if rate is None:
            raise ConfigError(f"rates file {path}, line {number}, column 'rate': {value!r} is not a number")
        if len(code) != 3 or not code.isalpha():
            raise ConfigError(f"rates file {path}, line {number}, column 'currency': {code!r} is not an ISO 4217 code")
        if rate <= 0:
            raise ConfigError(f"rates file {path}, line {number}, column 'rate': must be above 0")
        table[code] = rate
    return table


def factor(their: str | None, ours: str | None, table: dict[str, Decimal]) -> Decimal | None:
    """What a price in `their` currency is multiplied by to be in `ours`; None when a rate is missing."""
    if their == ours:
        return Decimal(1)
    if their not in table or ours not in table:
        return None
    return table[their] / table[ours]


def convert_pairs(pairs: pd.DataFrame, table: dict[str, Decimal]) -> tuple[pd.DataFrame, dict[str, dict[str, dict]]]:
    """Pairs with their prices in our currency where a rate allows, marked in `converted` ("USD at 0.92");
    and per competitor the pairs converted and left unconverted, by currency."""
    counts: dict[str, dict[str, Counter]] = {}
    if pairs.empty:
        return pairs.assign(converted=None), {}
    pairs = pairs.copy()
    converted: list[str | None] = [None] * len(pairs)
    # Only pairs priced in two currencies are looked at one by one.
    differs = (pairs.their_currency.notna() & pairs.our_currency.notna() & (pairs.their_currency != pairs.our_currency)).to_numpy()
    for index in differs.nonzero()[0]:
        row = pairs.iloc[index]
        their, ours = row.their_currency, row.our_currency
        mark = None
        if their and ours and their != ours:
            by = factor(their, ours, table)
            seen = counts.setdefault(row.competitor, {"converted": Counter(), "unconverted": Counter()})
            if by is None:
                seen["unconverted"][their] += 1
            else:
                seen["converted"][their] += 1
                for column in ("their_price", "their_regular_price"):
                    value = pairs.iat[index, pairs.columns.get_loc(column)]
                    if isinstance(value, Decimal):
                        # An amount past what money columns keep is no price, as for a crawl's computed amounts.
                        amount = amount_in_range(value * by)
                        pairs.iat[index, pairs.columns.get_loc(column)] = (
                            kept_amount(amount))
                pairs.iat[index, pairs.columns.get_loc("their_currency")] = ours
                mark = f"{their} at {by.normalize():f}"
        converted[index] = mark
    pairs["converted"] = converted
    return pairs, {name: {kind: dict(counter) for kind, counter in seen.items()} for name, seen in counts.items()}
