"""Which changes become alerts: the `[alerts]` rules of storecheck.toml."""

from __future__ import annotations

from collections.abc import Iterable

from storecheck.config import Alerts


def wanted(rows: Iterable[dict], rules: Alerts) -> list[dict]:
    """The change rows the rules keep.

    A row needs `kind`, `competitor`, `key`; price moves carry `change_pct`
    (filtered by `price_direction`); `categories` / `brands` (what we know of
    the product, theirs and ours) are checked against the scope. A row about
    a whole crawl (no product) passes a category or brand scope: a failed crawl
    concerns every category.
    """
    kinds = set(rules.kinds)
    competitors = {name.casefold() for name in rules.competitors}
    categories = {name.casefold() for name in rules.categories}
    brands = {name.casefold() for name in rules.brands}
    kept = []
    for row in rows:
        if row["kind"] not in kinds:
            continue
        if competitors and str(row.get("competitor") or "").casefold() not in competitors:
            continue
        if row["kind"] in ("price up", "price down") and rules.price_direction != "both" \
                and row["kind"] != f"price {rules.price_direction}":
            continue
        if row.get("competitor_product_id") is not None:
            if categories and not categories & {c.casefold() for c in row.get("categories", ()) if c}:
                continue
            if brands and not brands & {b.casefold() for b in row.get("brands", ()) if b}:
                continue
        kept.append(row)
    return kept
