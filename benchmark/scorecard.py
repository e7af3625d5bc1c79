"""The composite competitiveness score, "where they beat us", and alerts.

The score says how hard a competitor competes with us, 0-100, from parts that
are each 0-100 and explained in the report:

- price: 50 when our price index is 100; +5 points per index point we are
  dearer (they are cheaper), clipped to 0..100. Index 110 -> 100.
- promotions: share of their range on promotion x 250, clipped (40% -> 100).
- range: 50 x their range / our range, clipped (the same size -> 50, double -> 100).
- experience: their average visit score mapped from 1..5 to 0..100.

Parts without data are left out and the weights of the rest renormalised; the
report says which parts were used.
"""

from __future__ import annotations

from benchmark.visits import SCORES

DEFINITIONS = [
    (
        "Competitiveness score",
        "0-100, how hard a competitor competes with us, from four parts weighted as in storecheck.toml [weights]: "
        "price (50 at a price index of 100, +5 per point we are dearer), promotions (share of their range on promotion "
        "× 250), range (50 × their range ÷ ours) and store experience (their average visit score, 1-5 mapped to 0-100). "
        "Each part is clipped to 0-100; parts without data are left out.",
    ),
    (
        "Alerts",
        "Changes found in the latest crawl of each competitor: price moves beyond the threshold in storecheck.toml "
        "[alerts], promotions started and ended, new and delisted products (delisted only after a complete crawl), "
        "stock-outs, and crawl health warnings.",
    ),
]


def _clip(value: float) -> float:
    return max(0.0, min(100.0, value))


def parts(*, price_index: float | None, promo_share: float | None, their_products: int, our_products: int,
          experience: float | None) -> dict[str, float | None]:
    """The four 0-100 parts; `experience` comes from benchmark.visits.experience_score."""
    return {
        "price": None if price_index is None else _clip(50 + 5 * (price_index - 100)),
        "promotions": None if promo_share is None else _clip(promo_share * 250),
        "range": None if not our_products or not their_products else _clip(50 * their_products / our_products),
        "experience": None if experience is None else _clip(experience),
    }


def composite(score_parts: dict[str, float | None], weights: dict[str, float]) -> float | None:
    used = {k: v for k, v in score_parts.items() if v is not None and weights.get(k, 0) > 0}
    total = sum(weights[k] for k in used)
    if not used or total <= 0:
        return None
    return sum(v * weights[k] for k, v in used.items()) / total


def where_they_beat_us(*, competitor: str, price: dict, promotions: dict, our_promo_share: float | None,
                       assortment: dict, visits: dict | None, tolerance: float) -> list[str]:
    """Plain sentences a shop owner can act on; empty when they do not beat us anywhere."""
    out: list[str] = []
    index = price.get("price_index")
    if index is not None and index > 100 * (1 + tolerance):
        out.append(
            f"Price: we are {index - 100:.1f}% dearer on average over {price['pairs']} matched products; "
            f"they are cheaper on {price['dearer']:.0%} of them."
        )
    regular = price.get("price_index_regular")
    if index is not None and regular is not None and index - regular > 100 * tolerance:
        out.append(f"Promotions: their promotions widen the gap (index {regular:.1f} on regular prices, {index:.1f} on shelf prices).")
    share = promotions.get("share")
    if share is not None and share > 0 and (our_promo_share is None or share > our_promo_share):
        depth = promotions.get("depth")
        mix = ", ".join(f"{k} {v}" for k, v in list(promotions.get("mix", {}).items())[:3])
        text = f"Promotions: {share:.0%} of their range is on promotion"
        if depth:
            text += f", {depth:.0%} off on average"
        out.append(text + (f" ({mix})." if mix else "."))
    lacking = assortment.get("we_lack_by_category") or []
    if assortment.get("we_lack"):
        top = ", ".join(f"{c} ({n})" for c, n in lacking[:3])
        out.append(f"Range: they carry {assortment['we_lack']} products we do not" + (f", most in {top}." if top else "."))
    if visits:
        for area in SCORES:
            value = visits.get(area)
            if value is not None and value >= 4:
                out.append(f"Store: their {area} scores {value:.1f}/5 on our visits; worth a look.")
    return out


def price_alerts(transitions: list[dict], threshold_pct: float) -> list[dict]:
    """transitions: dicts with prev_price, prev_currency, price, currency, ... -> the moves
    beyond the threshold. A change of currency is reported as such, never as a percentage."""
    alerts = []
    for t in transitions:
        old, new = t.get("prev_price"), t.get("price")
        if old is None or new is None or old <= 0:
            continue
        if t.get("prev_currency") != t.get("currency"):
            alerts.append({**t, "kind": "currency changed", "change_pct": None})
            continue
        move = float((new / old - 1) * 100)
        if abs(move) >= threshold_pct:
            alerts.append({**t, "kind": "price up" if move > 0 else "price down", "change_pct": move})
    return alerts
