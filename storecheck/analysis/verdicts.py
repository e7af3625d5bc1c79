"""Pairs judged as the report judges them: in our currency, with their price ratios and why a
pair is left out of the price figures; and how far a competitor's own prices moved."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.engine import Connection

from benchmark import pricing
from storecheck import currencies, db
from storecheck.analysis.pairs import condition_apart_reason
from storecheck.history import query_frame
from storecheck.money import amount_in_range, kept_amount


def _judged_pairs(conn: Connection, pairs: pd.DataFrame | None,
                  rates: dict[str, Decimal]) -> tuple[pd.DataFrame | None, dict[str, float]]:
    """The pairs in our currency with their `pricing.ratios` and, in `left_out`, why a pair is left out of
    the price figures (or None), judged as the report judges them: no alert stands on a pair the figures
    leave out; and how far each competitor's own prices moved (`own_moves`), to judge earlier prices alike.
    (Pairs the caller converted already are not converted again.)"""
    if pairs is None or pairs.empty:
        return None, {}
    if "converted" not in pairs.columns:
        pairs, _ = currencies.convert_pairs(pairs, rates)
    judged = pricing.ratios(pairs)
    moved = own_moves(conn, judged)
    return _with_verdicts(pairs, judged, pricing.outliers(judged, moved=moved)), moved


def _with_verdicts(pairs: pd.DataFrame, ratios: pd.DataFrame, reasons: pd.Series) -> pd.DataFrame | None:
    """`pairs` (converted) with the `ratio` and `regular_ratio` of their `pricing.ratios` and the `reasons`
    (`pricing.outliers` of those ratios) in `left_out`, as `_judged_pairs` gives them."""
    if pairs.empty:
        return None
    if ratios.empty:
        return pairs.assign(ratio=math.nan, regular_ratio=math.nan, left_out=_condition_left_out(pairs))
    # Every pair stays (an undercut is judged on any pair that has a rate, as before); those that cannot
    # be compared on price carry no ratio.
    left_out = reasons.reindex(pairs.index)
    return pairs.assign(ratio=ratios.ratio, regular_ratio=ratios.regular_ratio,
                        left_out=left_out.where(left_out.notna(), _condition_left_out(pairs)))


def _condition_left_out(pairs: pd.DataFrame) -> pd.Series:
    """Per pair, why it is left out when one side is used and the other new (a used listing a person
    confirmed as our product, `pairs.condition_apart`), else None. `pricing.comparable` leaves such a pair
    out of the figures, so no alert may stand on it either (review R3: their used locomotive at 299.00
    was an "undercut" of our new one at 429.00)."""
    words = pairs.condition_apart if "condition_apart" in pairs.columns else pd.Series(None, index=pairs.index)
    names = pairs.their_name if "their_name" in pairs.columns else pd.Series(None, index=pairs.index)
    stated = pairs.their_condition if "their_condition" in pairs.columns else pd.Series(None, index=pairs.index)
    return pd.Series([condition_apart_reason(word, name, condition) if isinstance(word, str) else None
                      for word, name, condition in zip(words, names, stated)], index=pairs.index, dtype=object)


def own_moves(conn: Connection, ratios: pd.DataFrame) -> dict[str, float]:
    """Per competitor whose middle ratio lies past the prior bound but no unit away (`pricing.band`), how
    far its own prices moved: the median log of latest ÷ earliest price over its matched products that
    changed at all (the history stores a change only), in one currency; only when at least 10 of them and
    half its matched products changed, so a product or two repriced never speaks for the whole feed. A shop dearer than us on everything
    since it was first seen moved little; a feed now per case of 12 moved 12×. Read only for those
    competitors, so a workspace of ordinary ones pays nothing for it."""
    if ratios.empty:
        return {}
    logs = pd.Series(np.log(ratios.ratio.to_numpy(dtype=float)), index=ratios.index)
    medians = logs.groupby(ratios.competitor).median()
    low, high = math.log(pricing.PRIOR_OUTLIER_RATIO), math.log(pricing.MISREAD_UNIT / pricing.MIN_OUTLIER_RATIO)
    obs, cp = db.observations, db.competitor_products
    moves = {}
    for name, middle in medians.items():
        if not low < abs(middle) < high:
            continue
        ids = set(ratios.competitor_product_id[ratios.competitor == name])
        rows = query_frame(conn, select(obs.c.competitor_product_id, obs.c.observed_at, obs.c.id, obs.c.price,
                                        obs.c.currency)
                           .join(cp, cp.c.id == obs.c.competitor_product_id)
                           .where(cp.c.competitor_id == db.competitor_id(conn, name)))
        rows = rows[rows.competitor_product_id.isin(ids)].sort_values(["competitor_product_id", "observed_at", "id"])
        ends = rows.groupby("competitor_product_id").agg(first=("price", "first"), last=("price", "last"),
                                                         first_currency=("currency", "first"),
                                                         last_currency=("currency", "last"), seen=("id", "size"))
        changed = [math.log(last / first) for first, last, a, b, seen in ends.itertuples(index=False)
                   if seen > 1 and a == b and isinstance(first, Decimal) and isinstance(last, Decimal)
                   and first > 0 and last > 0]
        # A whole competitor's verdict needs the evidence of most of its feed, never of a product or two
        # repriced (review R18): as many changed products as a spread is measured on, and half its pairs.
        if len(changed) >= max(pricing.MIN_PAIRS_FOR_SPREAD, len(ids) / 2):
            moves[str(name)] = float(np.median(changed))
    return moves


def _as_compared(price, currency: str | None, our_currency: str | None, pack, rates: dict[str, Decimal]) -> Decimal | None:
    """A price of theirs as its pair compares it (`pairs_frame`, `currencies.convert_pairs`): per unit of our
    pack basis, in our currency and kept as a converted price is kept; None where it cannot be (no price
    above 0, no rate). One function for the undercuts and the misread moves, so they never judge apart."""
    if not isinstance(price, Decimal) or price <= 0:
        return None
    per_unit = price / (pack or Decimal(1))
    if currency == our_currency:
        return per_unit
    rate = currencies.factor(currency, our_currency, rates)
    return None if rate is None else kept_amount(amount_in_range(per_unit * rate))
