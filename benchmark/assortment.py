"""Range: overlap, what they carry that we lack, our exclusives, breadth and price ladder.

Categories are each shop's own labels: a competitor's "Tea & Infusions" is not
renamed to our "Tea". Overlap is measured through accepted matches only.
"""

from __future__ import annotations

from decimal import Decimal
from statistics import median

import pandas as pd

from storecheck.models import is_missing

DEFINITIONS = [
    ("Overlap", "Products of the competitor matched to one of ours (by the matcher or a person), as a share of their range."),
    ("They have, we lack", "Their current products with no match in our catalogue, counted by their category and brand."),
    ("Our exclusives", "Our products with no match at that competitor."),
    ("Price ladder", "Lowest, median and highest shelf price per category, in each shop's own categories."),
]


def _label(value: object) -> str:
    if is_missing(value) or str(value).strip() == "":
        return "(none)"
    return str(value)


def summarise(ours: pd.DataFrame, theirs: pd.DataFrame, accepted: pd.DataFrame, competitor: str) -> dict:
    """ours: sku, category; theirs: competitor_product_id, category, brand, price (one competitor);
    accepted: sku, competitor_product_id of accepted pairs for that competitor."""
    their_ids = set(theirs.competitor_product_id) if not theirs.empty else set()
    matched_ids = set(accepted.competitor_product_id) & their_ids if not accepted.empty else set()
    matched_skus = set(accepted.sku) if not accepted.empty else set()
    lacking = theirs[~theirs.competitor_product_id.isin(matched_ids)] if not theirs.empty else theirs
    return {
        "competitor": competitor,
        "their_products": len(their_ids),
        "our_products": int(len(ours)),
        "overlap": len(matched_ids),
        "overlap_share": (len(matched_ids) / len(their_ids)) if their_ids else None,
        "they_lack_we_have": int(len(ours)) - len(matched_skus & set(ours.sku)) if not ours.empty else 0,
        "we_lack": len(lacking),
        "we_lack_by_category": _counts(lacking, "category"),
        "we_lack_by_brand": _counts(lacking, "brand"),
    }


def _counts(frame: pd.DataFrame, column: str, n: int = 10) -> list[tuple[str, int]]:
    if frame.empty:
        return []
    counts = frame[column].map(_label).value_counts()
    return [(str(k), int(v)) for k, v in counts.head(n).items()]


def price_ladder(frame: pd.DataFrame, shop: str, currency: str | None = None) -> list[dict]:
    """frame: category, price, and currency when known (else `currency`). One row per
    category and currency: count, min, median, max; prices in different currencies
    are never ranked together."""
    rows = []
    if frame.empty:
        return rows
    currencies = frame.currency.map(lambda c: c if isinstance(c, str) and c else currency) if "currency" in frame else None
    keys = [frame.category.map(_label), currencies if currencies is not None else pd.Series(currency, index=frame.index)]
    for (category, group_currency), group in frame.groupby(keys, sort=True, dropna=False):
        prices = sorted(p for p in group.price if isinstance(p, Decimal) and p > 0)
        rows.append(
            {"shop": shop, "category": category, "products": int(len(group)),
             "min": prices[0] if prices else None, "median": Decimal(median(prices)).quantize(Decimal("0.01")) if prices else None,
             "max": prices[-1] if prices else None, "currency": None if pd.isna(group_currency) else group_currency}
        )
    return rows
