"""Link competitors' products to ours.

This first matcher trusts identifiers only: a valid GTIN (EAN / UPC) on both
sides, where a competitor's own sku counts as a GTIN when it is one (small
shops often use the EAN as their sku). Fuzzy candidates come later; a
person's decision always wins over the matcher.

Inputs are frames:
- ours: sku, gtin (GTIN-14 or None)
- theirs: competitor_product_id, gtin, sku
- decisions: sku, competitor_product_id, status in {confirmed, rejected}
Output: a frame of sku, competitor_product_id, method, score, status, reason.
"""

from __future__ import annotations

import pandas as pd

from storecheck.models import normalise_gtin

MATCH_COLUMNS = ["sku", "competitor_product_id", "method", "score", "status", "reason"]


def _their_gtin(row) -> str | None:
    gtin = None if pd.isna(row.gtin) else row.gtin
    return gtin or (None if pd.isna(row.sku) else normalise_gtin(row.sku))


def match_identifiers(ours: pd.DataFrame, theirs: pd.DataFrame) -> pd.DataFrame:
    """Pairs sharing a valid GTIN. A GTIN that appears on several of our products
    is ambiguous and proposes the pairs for review rather than matching them."""
    if ours.empty or theirs.empty:
        return pd.DataFrame(columns=MATCH_COLUMNS)
    left = ours[["sku", "gtin"]].dropna(subset=["gtin"])
    right = theirs.assign(gtin=[_their_gtin(r) for r in theirs.itertuples()])[["competitor_product_id", "gtin"]].dropna(
        subset=["gtin"]
    )
    pairs = left.merge(right, on="gtin", how="inner")
    if pairs.empty:
        return pd.DataFrame(columns=MATCH_COLUMNS)
    ambiguous = pairs.groupby("gtin")["sku"].transform("nunique") > 1
    pairs = pairs.assign(
        method="gtin",
        score=1.0,
        status=["proposed" if a else "matched" for a in ambiguous],
        reason=[f"same GTIN {g}" + (" (on several of our products)" if a else "") for g, a in zip(pairs.gtin, ambiguous)],
    )
    return pairs[MATCH_COLUMNS].reset_index(drop=True)


def apply_decisions(proposed: pd.DataFrame, decisions: pd.DataFrame) -> pd.DataFrame:
    """A person's decision wins: rejected pairs are never proposed again, confirmed
    pairs stay, and a product confirmed with one partner is not matched to another."""
    if decisions.empty:
        return proposed
    decided = set(zip(decisions.sku, decisions.competitor_product_id))
    confirmed = decisions[decisions.status == "confirmed"]
    taken_ours = set(confirmed.sku)
    taken_theirs = set(confirmed.competitor_product_id)
    keep = [
        (sku, pid) not in decided and sku not in taken_ours and pid not in taken_theirs
        for sku, pid in zip(proposed.sku, proposed.competitor_product_id)
    ]
    return proposed[keep].reset_index(drop=True)
