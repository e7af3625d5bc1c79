"""Range: overlap, what they carry that we lack, our exclusives, breadth and price ladder.

Categories are each shop's own labels: a competitor's "Tea & Infusions" is not
renamed to our "Tea". Overlap is measured through accepted matches only.
"""

from __future__ import annotations

from decimal import Decimal
from statistics import median

import numpy as np
import pandas as pd

from benchmark._labels import NO_CATEGORY
from storecheck.models import is_missing

DEFINITIONS = [
    ("Overlap", "Products of the competitor matched to one of ours (by the matcher or a person), as a share of their range."),
    ("They have, we lack", "Their current products with no match in our catalogue, counted by their category and brand."),
    ("Our exclusives", "Our products with no match at that competitor, online, in its file or on its shelf; none "
     "at a shop whose range nobody read (no web shop nor file: a visit tells what a shop sells, not what it lacks)."),
    ("Price ladder", "Lowest, median and highest shelf price per category, in each shop's own categories."),
    ("Price ladder on our categories", "The same over matched products only, each competitor's product counted "
     "in the category of ours it is matched to, so the shops line up category by category."),
]


def _label(value: object) -> str:
    if is_missing(value) or str(value).strip() == "":
        return NO_CATEGORY
    return str(value)


def _labels(values: pd.Series) -> pd.Series:
    """`_label` of each value, worked out once per distinct value (a catalogue has few categories)."""
    codes, uniques = pd.factorize(values.astype(object))
    labels = np.array([_label(value) for value in uniques] + [NO_CATEGORY], dtype=object)
    return pd.Series(labels[codes], index=values.index, dtype=object)


def summarise(ours: pd.DataFrame, theirs: pd.DataFrame, accepted: pd.DataFrame, competitor: str) -> dict:
    """ours: sku, category; theirs: competitor_product_id, category, brand, price (one competitor's range);
    accepted: sku, competitor_product_id of accepted pairs for that competitor (those of listings outside
    `theirs`, seen on its shelf, count as products of ours it sells)."""
    # (Sets from `tolist`: iterating a text column of pandas' string type reads it one boxed value at a
    # time, a quarter of a second per 100,000 on a busy machine.)
    their_ids = set(theirs.competitor_product_id.tolist()) if not theirs.empty else set()
    matched_ids = set(accepted.competitor_product_id.tolist()) & their_ids if not accepted.empty else set()
    matched_skus = set(accepted.sku.tolist()) if not accepted.empty else set()
    lacking = theirs[~theirs.competitor_product_id.isin(matched_ids)] if not theirs.empty else theirs
    return {
        "competitor": competitor,
        "their_products": len(their_ids),
        "our_products": int(len(ours)),
        "overlap": len(matched_ids),
        "overlap_share": (len(matched_ids) / len(their_ids)) if their_ids else None,
        # None when their range is not known (a shop with no web shop, priced by shelf checks only): what it
        # does not sell cannot be told from what was seen on its shelf.
        "they_lack_we_have": None if not their_ids else
        int(len(ours)) - len(matched_skus & set(ours.sku.tolist())) if not ours.empty else 0,
        "we_lack": len(lacking),
        "we_lack_by_category": _counts(lacking, "category"),
        "we_lack_by_brand": _counts(lacking, "brand"),
    }


def lacking_products(theirs: pd.DataFrame, accepted: pd.DataFrame, competitor: str) -> list[dict]:
    """Their current products matched to none of ours, one row each, the categories and brands
    with the most of them first (so a report's top rows show where the gap is largest)."""
    if theirs.empty:
        return []
    matched = set(accepted.competitor_product_id.tolist()) if not accepted.empty else set()
    return _listed(theirs[~theirs.competitor_product_id.isin(matched)], competitor,
                   ["category", "brand", "name", "price", "currency", "url"])


def exclusives(ours: pd.DataFrame, accepted: pd.DataFrame, competitor: str) -> list[dict]:
    """Our products with no match at `competitor`, one row each, largest categories and brands first."""
    if ours.empty:
        return []
    matched = set(accepted.sku.tolist()) if not accepted.empty else set()
    return _listed(ours[~ours.sku.isin(matched)], competitor, ["category", "brand", "sku", "name", "price", "currency"])


def _listed(frame: pd.DataFrame, competitor: str, columns: list[str]) -> list[dict]:
    """Rows of `columns` for `competitor`, ordered by how many rows share their category, then
    their brand (most first), then by name."""
    if frame.empty:
        return []
    # Ordered in pandas (a stable sort over all keys), then turned into rows once.
    listed = frame[columns].astype(object)
    listed = listed.where(listed.notna(), None)
    listed["category"], listed["brand"] = _labels(listed.category), _labels(listed.brand)
    keys = pd.DataFrame({
        "category_rows": -listed.groupby("category").category.transform("size"),
        "category": listed.category,
        "brand_rows": -listed.groupby(["category", "brand"]).brand.transform("size"),
        "brand": listed.brand,
        "name": [str(name or "") for name in listed["name"]],
    })
    listed = listed.loc[keys.sort_values(list(keys.columns), kind="stable").index]
    # Rows zipped from the columns' values: to_dict("records") boxes each value on its own.
    names = ["competitor", *columns]
    return [dict(zip(names, values))
            for values in zip([competitor] * len(listed), *(listed[column].tolist() for column in columns))]


def aligned_ladder(pairs: pd.DataFrame, our_shop: str) -> list[dict]:
    """The price ladder over matched pairs on our categories: per our category, our matched products'
    prices and each competitor's (in our currency, as the pairs carry them) side by side."""
    if pairs.empty:
        return []
    mine = pairs.drop_duplicates("sku")
    long = pd.concat([
        pd.DataFrame({"category": _labels(mine.category), "shop": our_shop, "order": 0,
                      "price": mine.our_price, "currency": mine.our_currency}),
        pd.DataFrame({"category": _labels(pairs.category), "shop": pairs.competitor, "order": 1,
                      "price": pairs.their_price, "currency": pairs.their_currency}),
    ], ignore_index=True)
    rows = []
    for (category, _order, shop, currency), prices in long.groupby(["category", "order", "shop", "currency"], sort=True,
                                                                   dropna=False)["price"]:
        rows.append(_rung(shop, category, prices, currency))
    return rows


def _rung(shop: str, category: str, group: pd.Series, currency: object) -> dict:
    """One row of a price ladder: a shop's products in a category (`group`: their prices), lowest, median
    and highest shelf price. (The ladders group the price column alone: a slice of every column of a
    shop's products per category cost a third of a second.)"""
    prices = sorted(p for p in group.tolist() if isinstance(p, Decimal) and p > 0)
    return {"shop": shop, "category": category, "products": int(len(group)), "min": prices[0] if prices else None,
            "median": Decimal(median(prices)).quantize(Decimal("0.01")) if prices else None,
            "max": prices[-1] if prices else None, "currency": None if pd.isna(currency) else currency}


def _counts(frame: pd.DataFrame, column: str, n: int = 10) -> list[tuple[str, int]]:
    if frame.empty:
        return []
    counts = _labels(frame[column]).value_counts()
    # Ties by name: in the order the rows came, they were listed one way on SQLite and another on
    # PostgreSQL (the database returns the products unordered), in `score` and the report alike.
    return sorted(((str(k), int(v)) for k, v in counts.items()), key=lambda item: (-item[1], item[0]))[:n]


def price_ladder(frame: pd.DataFrame, shop: str, currency: str | None = None) -> list[dict]:
    """frame: category, price, and currency when known (else `currency`). One row per
    category and currency: count, min, median, max; prices in different currencies
    are never ranked together."""
    rows = []
    if frame.empty:
        return rows
    currencies = frame.currency.map(lambda c: c if isinstance(c, str) and c else currency) if "currency" in frame else None
    keys = [_labels(frame.category), currencies if currencies is not None else pd.Series(currency, index=frame.index)]
    for (category, group_currency), group in frame.groupby(keys, sort=True, dropna=False)["price"]:
        rows.append(_rung(shop, category, group, group_currency))
    return rows
