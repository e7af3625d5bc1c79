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
