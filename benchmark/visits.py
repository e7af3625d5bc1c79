"""Store scorecards from visits: per store and per competitor, the three scores,
footfall per hour, average ticket and estimated takings per hour, on normal
days and on holidays.

Input is one row per visit (`storecheck.visits.visits_frame`); output is plain
data. Money stays Decimal; an average ticket is only averaged within one
currency.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

from storecheck.models import is_missing

SCORES = ("environment", "display", "hospitality")
CENT = Decimal("0.01")

DEFINITIONS = [
    ("Store scores", "The mean of the 1-5 scores given on visits for shopping environment, merchandise display and "
                     "staff hospitality; visits that gave N/A are left out of that mean."),
    ("Footfall per hour", "People counted walking in, over all visits, divided by the minutes they were counted "
                          "over, × 60 (a long count weighs more than a short one)."),
    ("Average ticket", "The mean of the average tickets noted on visits, seen at the till or estimated (the counts "
                       "of each are shown)."),
    ("Estimated takings per hour", "Footfall per hour × average ticket. An estimate: it assumes every visitor buys."),
]


def _mean(values: pd.Series) -> float | None:
    values = pd.to_numeric(values, errors="coerce").dropna()
    return float(values.mean()) if len(values) else None


def _is_number(value: object) -> bool:
    return not is_missing(value)


def _figures(group: pd.DataFrame) -> dict:
    """The numbers of one set of visits (a store, a competitor, their holidays...)."""
    out: dict = {"visits": int(len(group))}
    for area in SCORES:
        out[area] = _mean(group[f"score_{area}"])
        out[f"{area}_scored"] = int(pd.to_numeric(group[f"score_{area}"], errors="coerce").notna().sum())
    counted = group[[(_is_number(c) and _is_number(m) and m > 0) for c, m in zip(group.footfall_count, group.footfall_minutes)]]
    minutes = float(sum(counted.footfall_minutes))
    out["footfall_visits"] = int(len(counted))
    out["footfall_per_hour"] = float(sum(counted.footfall_count)) * 60 / minutes if minutes else None
    tickets = group[[_is_number(t) for t in group.average_ticket]]
    currencies = sorted({c for c in tickets.currency if c})
    out["ticket_till"] = int((tickets.average_ticket_source == "till").sum())
    out["ticket_estimate"] = int((tickets.average_ticket_source == "estimate").sum())
    out["currency"] = currencies[0] if len(currencies) == 1 else None
    if len(tickets) and len(currencies) <= 1:
        total = sum((Decimal(t) for t in tickets.average_ticket), Decimal(0))
        out["average_ticket"] = (total / len(tickets)).quantize(CENT, ROUND_HALF_UP)
    else:
        # Tickets in different currencies are not averaged together.
        out["average_ticket"] = None
    out["mixed_currencies"] = len(currencies) > 1
    if out["footfall_per_hour"] is not None and out["average_ticket"] is not None:
        out["estimated_takings_per_hour"] = (Decimal(repr(out["footfall_per_hour"])) * out["average_ticket"]).quantize(CENT, ROUND_HALF_UP)
    else:
        out["estimated_takings_per_hour"] = None
    out["estimate"] = True  # takings per hour are always an estimate; say so wherever shown
    return out


def _with_days(group: pd.DataFrame) -> dict:
    holiday = group.holiday.fillna(False).astype(bool)
    figures = _figures(group)
    figures["normal"] = _figures(group[~holiday]) if (~holiday).any() else None
    figures["holiday"] = _figures(group[holiday]) if holiday.any() else None
    first, last = group.visited_at.min(), group.visited_at.max()
    figures["first_visit"] = None if pd.isna(first) else first
    figures["last_visit"] = None if pd.isna(last) else last
    return figures


def store_scorecards(visits: pd.DataFrame) -> dict:
    """{"stores": [...], "competitors": [...], "definitions": [...]}: one scorecard per
    (competitor, store) and per competitor, each with "normal" and "holiday" figures."""
    result: dict = {"stores": [], "competitors": [], "definitions": DEFINITIONS}
    if visits is None or visits.empty:
        return result
    frame = visits.astype(object).where(visits.notna(), None)
    for (competitor, store), group in frame.groupby(["competitor", "store"], sort=True):
        result["stores"].append({"competitor": competitor, "store": store, **_with_days(group)})
    for competitor, group in frame.groupby("competitor", sort=True):
        result["competitors"].append({"competitor": competitor, "stores": int(group.store.nunique()), **_with_days(group)})
    return result


def experience_score(card: dict) -> float | None:
    """A 0-100 store-experience score from a scorecard: the mean of the three scores mapped
    from 1-5 to 0-100, or None when nothing was scored. For the composite scorecard."""
    scores = [card.get(area) for area in SCORES if card.get(area) is not None]
    if not scores:
        return None
    return (sum(scores) / len(scores) - 1) * 25


# --- our own stores as the baseline ------------------------------------------------

MEASURES = {"environment": "shopping environment", "display": "merchandise display", "hospitality": "staff hospitality",
            "footfall_per_hour": "footfall per hour", "average_ticket": "average ticket"}
DAYS = {"all": "all days", "normal": "normal days", "holiday": "holidays"}


def _count_of(figures: dict, measure: str) -> int:
    """How many visits a figure rests on."""
    if measure in SCORES:
        return figures.get(f"{measure}_scored", 0)
    if measure == "footfall_per_hour":
        return figures.get("footfall_visits", 0)
    return figures.get("ticket_till", 0) + figures.get("ticket_estimate", 0)


def _shown(measure: str, value: object, currency: str | None) -> str:
    if measure in SCORES:
        return f"{value:.1f}"
    if measure == "footfall_per_hour":
        return f"{value:.0f}"
    amount = Decimal(value).quantize(CENT, ROUND_HALF_UP)
    return f"{amount} {currency}" if currency else str(amount)


def _visits_phrase(theirs: int, ours: int) -> str:
    if theirs == ours:
        return f"{theirs} visit{'s' if theirs != 1 else ''} each"
    return f"{theirs} visit{'s' if theirs != 1 else ''} there, {ours} in ours"


def compare_with_ours(cards: dict, our_shop: str) -> list[dict]:
    """Each competitor and each of their stores against our own stores, measure by measure
    (the three scores, footfall per hour, average ticket) on all days, normal days and
    holidays. Every row names both sides in `statement`; `ours` is None where our stores
    have no such figure yet. `difference` = theirs - ours (money in the same currency only)."""
    ours = next((c for c in cards.get("competitors", []) if c["competitor"] == our_shop), None)
    rows = []
    for level in ("competitors", "stores"):
        for card in cards.get(level, []):
            if card["competitor"] == our_shop:
                continue
            if level == "stores":
                owner = card["competitor"]
                where = f"{owner}' {card['store']}" if owner.endswith("s") else f"{owner}'s {card['store']}"
            else:
                count = card.get("stores", 1)
                where = f"{card['competitor']} ({count} store{'s' if count != 1 else ''})"
            for days in DAYS:
                theirs_figures = card if days == "all" else card.get(days)
                our_figures = (ours if days == "all" else ours.get(days)) if ours else None
                if not theirs_figures:
                    continue
                for measure, label in MEASURES.items():
                    value = theirs_figures.get(measure)
                    if value is None:
                        continue
                    base = our_figures.get(measure) if our_figures else None
                    if measure == "average_ticket" and base is not None and our_figures.get("currency") != theirs_figures.get("currency"):
                        base = None  # tickets in different currencies are not compared
                    n_theirs = _count_of(theirs_figures, measure)
                    n_ours = _count_of(our_figures, measure) if our_figures and base is not None else 0
                    text = f"{label} {_shown(measure, value, theirs_figures.get('currency'))} at {where}"
                    if base is None:
                        text += f" against no figure yet in ours ({n_theirs} visit{'s' if n_theirs != 1 else ''} there)"
                    else:
                        text += (f" against {_shown(measure, base, our_figures.get('currency'))} in ours "
                                 f"({_visits_phrase(n_theirs, n_ours)})")
                    if days != "all":
                        text += f", {DAYS[days]}"
                    rows.append({
                        "competitor": card["competitor"], "store": card.get("store"), "measure": measure, "days": days,
                        "theirs": value, "ours": base, "difference": None if base is None else value - base,
                        "their_visits": n_theirs, "our_visits": n_ours, "statement": text,
                    })
    return rows


# --- what staff saw, visit by visit -----------------------------------------------------


def _key(text: object) -> str:
    return " ".join(str(text or "").split()).casefold()


def _changes(previous: dict, current: dict) -> list[str]:
    """What changed at a store from one visit to the next, in words."""
    out = []
    before = {_key(p["text"]): p for p in previous["promotions"]}
    now = {_key(p["text"]): p for p in current["promotions"]}
    out += [f"new promotion: {p['text']}" for k, p in now.items() if k not in before]
    out += [f"promotion no longer seen: {p['text']}" for k, p in before.items() if k not in now]
    for role in sorted(set(previous["products"]) | set(current["products"])):
        was = {_key(n): n for n in previous["products"].get(role, [])}
        is_ = {_key(n): n for n in current["products"].get(role, [])}
        out += [f"new {role} product: {n}" for k, n in is_.items() if k not in was]
        out += [f"{role} product no longer noted: {n}" for k, n in was.items() if k not in is_]
    for area in SCORES:
        a, b = previous.get(area), current.get(area)
        if a is not None and b is not None and a != b:
            out.append(f"{MEASURES[area]} {a} → {b}")
    for measure in ("footfall_per_hour", "average_ticket"):
        a, b = previous.get(measure), current.get(measure)
        if a is not None and b is not None and a != b:
            out.append(f"{MEASURES[measure]} {_shown(measure, a, previous.get('currency'))} → "
                       f"{_shown(measure, b, current.get('currency'))}")
    checks_before = {_key(c["product"] or c["sku"]): c for c in previous["price_checks"]}
    for check in current["price_checks"]:
        old = checks_before.get(_key(check["product"] or check["sku"]))
        if old is not None and old["price"] != check["price"] and old["currency"] == check["currency"]:
            out.append(f"shelf price of {check['product'] or check['sku']} {old['price']} → {check['price']}")
    return out


def _records(frame: pd.DataFrame | None) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict]] = {}
    if frame is None or frame.empty:
        return grouped
    for row in frame.astype(object).where(frame.notna(), None).to_dict("records"):
        grouped.setdefault(int(row["visit_id"]), []).append(row)
    return grouped


def store_timelines(visits: pd.DataFrame, noted: dict[str, pd.DataFrame]) -> list[dict]:
    """One entry per (competitor, store), latest visit first: each visit with its scores,
    footfall per hour, ticket, products by role, promotions seen (type, text, photo),
    price checks, notes, photos, and `changes` since the previous visit to that store.
    `noted`: frames of products, promotions, price_checks, photos with visit_id
    (`storecheck.visits.storage.noted_frames`)."""
    if visits is None or visits.empty:
        return []
    parts = {name: _records(noted.get(name)) for name in ("products", "promotions", "price_checks", "photos")}
    frame = visits.astype(object).where(visits.notna(), None)
    out = []
    for (competitor, store), group in frame.groupby(["competitor", "store"], sort=True):
        entries = []
        for row in sorted(group.to_dict("records"), key=lambda r: (r["visited_at"], r["visit_id"]), reverse=True):
            vid = int(row["visit_id"])
            products: dict[str, list[str]] = {}
            for item in parts["products"].get(vid, []):
                products.setdefault(item["role"], []).append(item["name"])
            count, minutes = row.get("footfall_count"), row.get("footfall_minutes")
            entries.append({
                "visit_id": vid, "visited_at": row["visited_at"], "visitor": row.get("visitor"),
                "holiday": bool(row.get("holiday")), "notes": row.get("notes"),
                **{area: row.get(f"score_{area}") for area in SCORES},
                "footfall_per_hour": count * 60 / minutes if count is not None and minutes else None,
                "average_ticket": row.get("average_ticket"), "average_ticket_source": row.get("average_ticket_source"),
                "currency": row.get("currency"), "products": products,
                "promotions": [{k: p[k] for k in ("type", "text", "photo")} for p in parts["promotions"].get(vid, [])],
                "price_checks": [{k: c[k] for k in ("sku", "product", "price", "regular_price", "currency", "promotion")}
                                 for c in parts["price_checks"].get(vid, [])],
                "photos": [p["path"] for p in parts["photos"].get(vid, [])],
            })
        for current, previous in zip(entries, entries[1:]):
            current["changes"] = _changes(previous, current)
        if entries:
            entries[-1]["changes"] = None  # the first visit: nothing to compare with
        out.append({"competitor": competitor, "store": store, "visits": entries})
    return out


BASELINE_DEFINITION = (
    "Our stores as the baseline",
    "Our own stores are visited like competitors' (they name our shop as the competitor). Every in-store figure of "
    "a competitor is shown against the same figure over all visits to our own stores, on all days, normal days and "
    "holidays, with the number of visits each side rests on; where our stores have no such figure yet, it says so.",
)
