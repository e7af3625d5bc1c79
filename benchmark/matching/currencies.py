"""Their prices in our currency, for the matcher's price checks (a pack against a single item,
prices apart), read by `match_products` before anything compares a price.

A competitor pricing in another currency than ours had none of its prices compared: the checks
skip two currencies rather than read 110 JPY against 3.19 EUR. So "pack of 6 vs 1", which is
told by whether two prices agree per pack or per item, was never said of a yen shop's single
bottle against our six-pack, matched on its wording and compared on pack price (tester15).

Their prices are read in ours (`in_our_currency`), and so are ours where our catalogue is priced
in several currencies (by the same factors, so a pair priced in one currency on both sides keeps
its ratio):

- by the rates storecheck.toml gives (`[currencies] rates`, one unit in our shop's currency),
  the rates the price figures convert with, where the currency has one;
- else by what this competitor's own data says: the median ratio of our price to theirs over
  the pairs whose products are known to be one (the listings sharing a GTIN with ours, and the
  pairs a person confirmed), at least MIN_SCALE_PAIRS of them. That calibrates itself to any
  currency, to a rate that moved since, and to a shop whose prices sit above or below ours (VAT
  left out, a dearer market): a price is then apart by how far it is from this competitor's
  usual distance to ours, which is what the checks ask. The median, so that one pair priced
  per case, or one wrong GTIN, does not move it; three pairs, so that one such pair is outvoted;
  the checks it feeds are coarse (a pack of n against one differs by n, "apart" starts at 2.5x),
  so a scale a few tens of percent off changes no answer.
- else not at all: the prices stay in their currency and are not compared, as before.

A competitor in our own currency is left as it is: its prices already compare, and its distance
to ours is what `calibration.prices` measures.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

# Pairs known to be one product, at least, for their price ratio to stand for a currency's rate.
MIN_SCALE_PAIRS = 3


def in_our_currency(ours: pd.DataFrame, theirs: pd.DataFrame, rates: Mapping[str, float] | None,
                    known_pairs: Iterable[tuple[int, int]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Both frames (of `features._COLUMNS`) with the prices of every row, ours and theirs, in a
    currency other than the one most of ours are in converted to that one, and relabelled so,
    where the currency has a rate in `rates` or `known_pairs` (rows of ours, rows of theirs: one
    product each) show one; each frame itself where nothing of it is converted. Both sides by
    one factor, so that a pair priced in one currency on both sides (a catalogue of ours in
    several) compares as it did. `known_pairs` is read only when a currency of theirs lacks a rate."""
    ours_in = _our_currency(ours)
    if ours_in is None:
        return ours, theirs
    our_currencies = [_code(c) for c in ours.currency]
    their_currencies = [_code(c) for c in theirs.currency]
    foreign = {c for c in their_currencies if c and c != ours_in}
    if not foreign:
        return ours, theirs
    rates = {_code(c): float(r) for c, r in (rates or {}).items()}
    factors: dict[str, float] = {}
    pairs = None
    for currency in foreign | {c for c in our_currencies if c and c != ours_in}:
        if currency in rates:
            # Rates are in our shop's currency; a catalogue priced in another one of them is read through it.
            factors[currency] = rates[currency] / rates.get(ours_in, 1.0)
        elif currency in foreign:
            if pairs is None:
                pairs = list(known_pairs)
            scale = _scale_shown(ours.price, theirs.price, our_currencies, their_currencies, ours_in, currency, pairs)
            if scale is not None:
                factors[currency] = scale
    if not factors:
        return ours, theirs
    return _converted(ours, our_currencies, factors, ours_in), _converted(theirs, their_currencies, factors, ours_in)


def _converted(frame: pd.DataFrame, currencies: list, factors: dict[str, float], into: str) -> pd.DataFrame:
    """`frame` with the rows in a currency of `factors` priced and labelled in `into`."""
    if not any(c in factors for c in currencies):
        return frame
    out = frame.copy()
    prices, labels = list(out.price), list(out.currency)
    for n, currency in enumerate(currencies):
        if currency in factors:
            price = _amount(prices[n])
            prices[n] = price * factors[currency] if price is not None else None
            labels[n] = into
    out["price"], out["currency"] = prices, labels
    return out


def _scale_shown(our_prices: pd.Series, their_prices: pd.Series, our_currencies: list, their_currencies: list,
                 ours_in: str, currency: str, pairs: list[tuple[int, int]]) -> float | None:
    """The median of our price over theirs on the known pairs priced in `ours_in` on our side and
    in `currency` on theirs, or None with fewer than MIN_SCALE_PAIRS of them."""
    ratios = []
    for i, j in set(pairs):
        if their_currencies[j] != currency or our_currencies[i] != ours_in:
            continue
        a, b = _amount(our_prices.iat[i]), _amount(their_prices.iat[j])
        if a is not None and b is not None:
            ratios.append(math.log(a / b))
    return math.exp(float(np.median(ratios))) if len(ratios) >= MIN_SCALE_PAIRS else None


def _our_currency(ours: pd.DataFrame) -> str | None:
    """The currency most of our rows are priced in (None: ours name none)."""
    counts = Counter(c for c in map(_code, ours.currency) if c)
    return counts.most_common(1)[0][0] if counts else None


def _code(value: object) -> str | None:
    return value.strip().upper() or None if isinstance(value, str) else None


def _amount(value: object) -> float | None:
    """A price as a positive finite float, else None."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if number > 0 and math.isfinite(number) else None
