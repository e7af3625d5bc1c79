"""Promotion intensity, depth and mix per competitor, from their current offers.

An offer is on promotion when it carries a structured promotion (percent off,
multibuy, loyalty price, ...) or when its shelf price is below its regular
price. Depth is 1 - price / regular price where both are known.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pandas as pd

from benchmark.pricing import MIN_OUTLIER_RATIO, MISREAD_UNIT
from storecheck.models import is_missing

DEFINITIONS = [
    (
        "On promotion",
        "Share of a competitor's current range (products seen in its latest crawl or import) that carries a promotion: "
        "a promotion text or type, or a shelf price below the regular price.",
    ),
    ("Promotion depth", "Average of (1 − shelf price ÷ regular price) over promoted products whose regular price is known; "
     "a shelf price below 1/50 of its own regular price gives none (no promotion takes 98% off: a price misread "
     "in cents or thousandths)."),
    (
        "Promotion mix",
        "How the promotions split by type: percent off, amount off, multibuy (3 for 2), bundle, loyalty-card-only, "
        "or a plain sale price.",
    ),
]


def _is_set(value: object) -> bool:
    return not is_missing(value) and value != ""


# A shelf price this far below its own regular price is no promotion but a price read in another unit:
# the bound `pricing.band` sets on a competitor's middle (within MIN_OUTLIER_RATIO of the smallest unit a
# price is misread in, cents, 100×), which 98% off (1/50) is. A matched product is judged by its pair
# first (`pricing.left_out`: far from its competitor's band and below 1/5 of its own regular price, a
# misread); one that matches none of ours has no band, so its own regular price is the only measure and
# this wider bound the safe one: a 90%-off clearance keeps its depth, and the promotion keeps its type
# and text either way.
MISREAD_DEPTH_RATIO = MISREAD_UNIT / MIN_OUTLIER_RATIO


def depth(price: object, regular: object) -> float | None:
    if not (isinstance(price, Decimal) and isinstance(regular, Decimal)) or regular <= 0 or price >= regular:
        return None
    if price * Decimal(MISREAD_DEPTH_RATIO) <= regular:
        return None
    return float(1 - price / regular)


def promoted(offers: pd.DataFrame) -> pd.Series:
    if offers.empty:
        return pd.Series([], dtype=bool)
    flags = [
        _is_set(kind) or _is_set(text) or depth(price, regular) is not None
        # (Each column as a list first: iterating pandas' string type reads one boxed value at a time.)
        for kind, text, price, regular in zip(offers.promo_type.tolist(), offers.promo_text.tolist(),
                                              offers.price.tolist(), offers.regular_price.tolist())
    ]
    return pd.Series(flags, index=offers.index, dtype=bool)


def summarise(offers: pd.DataFrame, flags: pd.Series | None = None) -> dict:
    """offers columns: price, regular_price, promo_type, promo_text. Returns plain numbers.
    `flags`: `promoted` of these offers (or of a frame holding them), when worked out already."""
    if offers.empty:
        return {"products": 0, "on_promotion": 0, "share": None, "depth": None, "mix": {}}
    flags = promoted(offers) if flags is None else flags.loc[offers.index]
    on = offers[flags]
    depths = [d for d in (depth(p, r) for p, r in zip(on.price, on.regular_price)) if d is not None]
    mix = Counter(kind if _is_set(kind) else "sale" for kind in on.promo_type.tolist())
    return {
        "products": int(len(offers)),
        "on_promotion": int(flags.sum()),
        "share": float(flags.mean()),
        "depth": sum(depths) / len(depths) if depths else None,
        "mix": dict(mix.most_common()),
    }


def percent(share: float | None) -> float | None:
    """A share 0..1 as a percentage with one decimal, for tables."""
    return None if share is None else round(share * 100, 1)


def top_promotions(offers: pd.DataFrame, n: int = 20, flags: pd.Series | None = None) -> list[dict]:
    """The deepest current promotions, for the reader to look at (`flags`: as for `summarise`)."""
    if offers.empty:
        return []
    on = offers[promoted(offers) if flags is None else flags.loc[offers.index]]
    shown = [percent(depth(price, regular)) for price, regular in zip(on.price, on.regular_price)]
    # The n deepest, ties in the offers' order (a stable sort); rows are built for those only.
    deepest = sorted(range(len(on)), key=lambda i: -(shown[i] or 0))[:n]
    rows = []
    for i in deepest:
        row = on.iloc[i]
        rows.append(
            {"competitor": row.competitor, "product": row["name"], "price": row.price, "regular_price": row.regular_price,
             "currency": row.currency, "depth (%)": shown[i],
             "type": row.promo_type if _is_set(row.promo_type) else "sale",
             "promotion": row.promo_text if _is_set(row.promo_text) else None, "url": row.url}
        )
    return rows
