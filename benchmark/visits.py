"""Store scorecards from visits: per store and per competitor, the three scores,
footfall per hour, average ticket and estimated takings per hour, on normal
days and on holidays; and each competitor and store against our own stores.

Input is one row per visit (`storecheck.visits.visits_frame`); output is plain
data. Money stays Decimal; an average ticket is only averaged within one
currency.

**A store first, then stores alike.** A store's figures are the means of its
own visits. A competitor's figures, and "ours" (our own stores, visited the
same way), are the mean of their stores' figures, each store counting once
however often it was visited. Pooling every visit instead lets the store
visited most speak for the chain: with our Big Store scored 5 on three visits
and our Small Store 2 on one, "ours" pooled is 4.25, and a rival at 4.0 reads
as below our stores though it beats one of the two by 2 points; store by
store, ours is 3.5. Visits are not spread evenly in any shop (the store near
the office is visited most), so this holds for any data, not one set. Every
figure says how many stores and visits it rests on, and one resting on a
single visit is flagged thin: one person's afternoon, not a pattern.

**Footfall says when it was counted.** Footfall per hour depends on the hour
and the day (a Saturday noon is not a Tuesday morning), so every footfall
figure lists the windows it was counted in, on the store's own clock (its
`time_zone` in storecheck.toml, else the shop's, else the machine's: visits
are stored in UTC, and a report made on a server in UTC would otherwise file
a Saturday noon in Auckland as a Friday night), and a comparison with our
stores says when the two sides were counted at no common kind of day and
hour: not like with like (a holiday is a kind of day of its own). Like with like means at least one common kind of
day and hour; the words list every window, so a rate pooled over a Tuesday
morning and a Saturday noon shows as such. A window that crosses midnight
counts the hours of both days.

**A store closed for good** (`closed` on the store in storecheck.toml) keeps
its visits in its own card and timeline, but no longer counts in its
competitor's figures or ours, which describe the shops as they are now.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import pandas as pd

from storecheck.currencies import factor
from storecheck.models import is_missing
from storecheck.money.writing import current_locale, written_money
from storecheck.text_direction import named

SCORES = ("environment", "display", "hospitality")
CENT = Decimal("0.01")

DEFINITIONS = [
    ("Store scores", "A store's score: the mean of the 1-5 scores given on its visits for shopping environment, "
                     "merchandise display and staff hospitality; visits that gave N/A are left out of that mean, "
                     "never counted as 0. A competitor's score, and ours: the mean of its stores' scores, each store "
                     "counting once however often it was visited, so the store visited most does not speak for "
                     "the others. Each figure says how many stores and visits it rests on, and the days of those "
                     "visits; one resting on a single visit is marked thin, and one whose latest visit is a year or "
                     "more before the report is marked old, with its age (old visits still count: a store visited "
                     "once a year keeps its figures)."),
    ("Footfall per hour", "At a store: people counted walking in, over all its visits, divided by the minutes they "
                          "were counted over, × 60 (a long count weighs more than a short one). At a competitor: the "
                          "mean of its stores'. Each figure lists the days and hours it was counted in, on the store's "
                          "clock (its time_zone in storecheck.toml, else the shop's, else the clock of the machine "
                          "that made the report); footfall counted at no common kind of day (weekday, Saturday, "
                          "Sunday, holiday) and hour on the two sides is marked as not like with like (like with "
                          "like: at least one common kind of day and hour)."),
    ("Average ticket", "At a store: the mean of the average tickets noted on its visits, seen at the till or "
                       "estimated (the counts of each are shown). At a competitor: the mean of its stores'. Tickets "
                       "in different currencies are never averaged or compared. On all days, a side visited only "
                       "on holidays against one visited only on normal days is marked as not like with like."),
    ("Estimated takings per hour", "Footfall per hour × average ticket, at a store; at a competitor the mean of its "
                                   "stores' estimates, which is not its footfall × its ticket (each store's footfall "
                                   "goes with its own ticket, and a store with one but not the other is in that one "
                                   "only): the table says which stores and estimates it rests on. An estimate: it "
                                   "assumes every visitor buys."),
    ("Shelf price checks", "A shelf price noted on a visit for a product they also sell online stays in that "
                           "product's history and is shown beside its pair (\"in store 3.50 EUR on ...\"), but the "
                           "price index, its history and the position count the online price while the web shop lists it: "
                           "a visit would otherwise move the index with no price changed, and one store's shelf would "
                           "stand for the whole web shop. A product seen only in store, or no longer listed online and "
                           "seen on a shelf since, counts at its shelf price (\"shelf price seen in store\"), in the index's "
                           "history from the day it was seen."),
    ("Closed stores", "A store marked closed in storecheck.toml keeps its visits and its own figures, but counts no "
                      "longer in its competitor's figures or ours, nor in What to copy: a promotion seen only there "
                      "is no mechanic of theirs, or ours, today."),
]


def _mean(values: pd.Series) -> float | None:
    values = pd.to_numeric(values, errors="coerce").dropna()
    return float(values.mean()) if len(values) else None


def _is_number(value: object) -> bool:
    return not is_missing(value)


# --- when footfall was counted ----------------------------------------------------------

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _local(moment: object, zone: str | None = None) -> datetime | None:
    """A stored moment on the store's clock: `zone` (IANA), else the machine's."""
    if isinstance(moment, pd.Timestamp):
        moment = moment.to_pydatetime()
    if not isinstance(moment, datetime):
        return None
    # Stored in UTC; a naive time is taken as UTC, as the report shows it.
    moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(zone)) if zone else moment.astimezone()


def _day_kind(moment: datetime) -> str:
    # Saturday and Sunday are each their own kind of day in retail; Monday to Friday alike.
    return {5: "Saturday", 6: "Sunday"}.get(moment.weekday(), "weekday")


def count_window(start: object, minutes: object, zone: str | None = None, holiday: bool = False) -> dict | None:
    """A footfall count's window on the store's clock (`zone`, else the machine's): its words
    ("Sat 12:00-13:00") and the (kind of day, clock hour) slots it touches; a window across
    midnight touches the hours of both days, each under its own day. A count on a `holiday` is
    a kind of day of its own ("Wed 11:00-11:30 on a holiday"): Christmas Eve's crowd on a Wednesday
    is no Wednesday's, and a count there against ours on a Wednesday was taken for like with like."""
    begin = _local(start, zone)
    if begin is None or not _is_number(minutes) or minutes <= 0:
        return None
    end = begin + timedelta(minutes=int(minutes))
    slots = set()
    hour = begin.replace(minute=0, second=0, microsecond=0)
    while hour < end:
        slots.add(("holiday" if holiday else _day_kind(hour), hour.hour))
        hour += timedelta(hours=1)
    words = f"{_DAYS[begin.weekday()]} {begin:%H:%M}-{end:%H:%M}"
    if end.date() != begin.date() and end.time() != datetime.min.time():
        words += f" ({_DAYS[end.weekday()]})"
    if holiday:
        words += " on a holiday"
    return {"words": words, "slots": slots}


def _hours_text(windows: list[str], shown: int = 3) -> str:
    """The windows a footfall figure was counted in, in words, the first few of them."""
    unique = list(dict.fromkeys(windows))
    text = ", ".join(unique[:shown])
    return text + (f" and {len(unique) - shown} more" if len(unique) > shown else "")


# --- one store's figures, then stores alike -------------------------------------------


def _figures(group: pd.DataFrame, zone: str | None = None) -> dict:
    """The numbers of one store's visits (all days, its normal days or its holidays); `zone`: its clock."""
    out: dict = {"visits": int(len(group)), "stores": 1}
    for area in SCORES:
        out[area] = _mean(group[f"score_{area}"])
        scored = pd.to_numeric(group[f"score_{area}"], errors="coerce").notna()
        out[f"{area}_scored"] = int(scored.sum())
        out[f"{area}_stores"] = int(out[area] is not None)
        out[f"{area}_span"] = _span(group.visited_at[scored.to_numpy()], zone)
    counted = group[[(_is_number(c) and _is_number(m) and m > 0) for c, m in zip(group.footfall_count, group.footfall_minutes)]]
    out["footfall_per_hour_span"] = _span(counted.visited_at, zone)
    minutes = float(sum(counted.footfall_minutes))
    out["footfall_visits"] = int(len(counted))
    out["footfall_per_hour"] = float(sum(counted.footfall_count)) * 60 / minutes if minutes else None
    out["footfall_stores"] = int(out["footfall_per_hour"] is not None)
    windows = [count_window(t, m, zone, bool(h) if not pd.isna(h) else False)
               for t, m, h in zip(counted.visited_at, counted.footfall_minutes, counted.holiday)]
    out["footfall_windows"] = [w["words"] for w in windows if w]
    out["footfall_slots"] = set().union(*(w["slots"] for w in windows if w))
    tickets = group[[_is_number(t) for t in group.average_ticket]]
    out["average_ticket_span"] = _span(tickets.visited_at, zone)
    currencies = sorted({c for c in tickets.currency if c})
    out["ticket_till"] = int((tickets.average_ticket_source == "till").sum())
    out["ticket_estimate"] = int((tickets.average_ticket_source == "estimate").sum())
    out["currency"] = currencies[0] if len(currencies) == 1 else None
    mean_ticket = None
    if len(tickets) and len(currencies) <= 1:
        mean_ticket = sum((Decimal(t) for t in tickets.average_ticket), Decimal(0)) / len(tickets)
        out["average_ticket"] = mean_ticket.quantize(CENT, ROUND_HALF_UP)
    else:
        # Tickets in different currencies are not averaged together.
        out["average_ticket"] = None
    out["ticket_stores"] = int(out["average_ticket"] is not None)
    out["mixed_currencies"] = len(currencies) > 1
    if out["footfall_per_hour"] is not None and mean_ticket is not None:
        # Of the mean ticket before it is rounded to the cent, as a calculator gives it: 43.5 an hour × the
        # mean of 1,850, 1,650 and 1,500 is 72,500.00, where × 1,666.67 made 72,500.15.
        out["estimated_takings_per_hour"] = (Decimal(repr(out["footfall_per_hour"])) * mean_ticket).quantize(CENT, ROUND_HALF_UP)
    else:
        out["estimated_takings_per_hour"] = None
    out["estimate"] = True  # takings per hour are always an estimate; say so wherever shown
    return out


def _span(moments: pd.Series, zone: str | None) -> tuple[date, date] | None:
    """The first and last day (on the store's clock) of the visits a figure rests on."""
    days = [d.date() for d in (_local(m, zone) for m in moments) if d is not None]
    return (min(days), max(days)) if days else None


def _spans(cards: list[dict], measure: str) -> tuple[date, date] | None:
    spans = [c[f"{measure}_span"] for c in cards if c.get(f"{measure}_span")]
    return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None


def _money_mean(amounts: list[Decimal]) -> Decimal:
    return (sum(amounts, Decimal(0)) / len(amounts)).quantize(CENT, ROUND_HALF_UP)


def _stores_alike(cards: list[dict]) -> dict:
    """A shop's figures from its stores' (`_figures`): each figure the mean of the stores
    that have it, each store counting once; the counts say how many stores and visits."""
    out: dict = {"visits": sum(c["visits"] for c in cards), "stores": len(cards)}
    for area in SCORES:
        scored = [c for c in cards if c[area] is not None]
        out[area] = sum(c[area] for c in scored) / len(scored) if scored else None
        out[f"{area}_scored"] = sum(c[f"{area}_scored"] for c in scored)
        out[f"{area}_stores"] = len(scored)
        out[f"{area}_span"] = _spans(scored, area)
    counted = [c for c in cards if c["footfall_per_hour"] is not None]
    out["footfall_per_hour_span"] = _spans(counted, "footfall_per_hour")
    out["footfall_per_hour"] = sum(c["footfall_per_hour"] for c in counted) / len(counted) if counted else None
    out["footfall_visits"] = sum(c["footfall_visits"] for c in counted)
    out["footfall_stores"] = len(counted)
    out["footfall_windows"] = [w for c in counted for w in c["footfall_windows"]]
    out["footfall_slots"] = set().union(*(c["footfall_slots"] for c in counted))
    priced = [c for c in cards if c["average_ticket"] is not None]
    currencies = sorted({c["currency"] for c in priced if c["currency"]})
    out["mixed_currencies"] = any(c["mixed_currencies"] for c in cards) or len(currencies) > 1
    out["currency"] = currencies[0] if len(currencies) == 1 and not out["mixed_currencies"] else None
    out["ticket_till"] = sum(c["ticket_till"] for c in priced)
    out["ticket_estimate"] = sum(c["ticket_estimate"] for c in priced)
    out["average_ticket_span"] = _spans(priced, "average_ticket")
    if priced and len(currencies) <= 1 and not out["mixed_currencies"]:
        out["average_ticket"] = _money_mean([c["average_ticket"] for c in priced])
        out["ticket_stores"] = len(priced)
        takings = [c["estimated_takings_per_hour"] for c in priced if c["estimated_takings_per_hour"] is not None]
        out["estimated_takings_per_hour"] = _money_mean(takings) if takings else None
    else:
        # Stores in different currencies are not averaged together.
        out["average_ticket"] = out["estimated_takings_per_hour"] = None
        out["ticket_stores"] = 0
    out["estimate"] = True
    return out


def _days_of(group: pd.DataFrame, zone: str | None) -> dict:
    """A store's figures on all days, its normal days and its holidays."""
    holiday = group.holiday.fillna(False).astype(bool)
    figures = _figures(group, zone)
    figures["normal"] = _figures(group[~holiday], zone) if (~holiday).any() else None
    figures["holiday"] = _figures(group[holiday], zone) if holiday.any() else None
    first, last = group.visited_at.min(), group.visited_at.max()
    figures["first_visit"] = None if pd.isna(first) else first
    figures["last_visit"] = None if pd.isna(last) else last
    return figures


def _shop_of(stores: list[dict]) -> dict:
    """A competitor's (or our) figures on all days, normal days and holidays, stores alike; a
    side with no holiday visit at any store has no holiday figures, never its normal days'."""
    figures = _stores_alike(stores)
    for days in ("normal", "holiday"):
        some = [s[days] for s in stores if s.get(days)]
        figures[days] = _stores_alike(some) if some else None
    # Which stores the takings rest on, for the words beside them (`takings_basis`), on each kind of day.
    figures["takings_from"] = _takings_from(stores)
    for days in ("normal", "holiday"):
        if figures[days] is not None:
            figures[days]["takings_from"] = _takings_from(stores, days)
    firsts = [s["first_visit"] for s in stores if s["first_visit"] is not None]
    lasts = [s["last_visit"] for s in stores if s["last_visit"] is not None]
    figures["first_visit"] = min(firsts) if firsts else None
    figures["last_visit"] = max(lasts) if lasts else None
    return figures


def _takings_from(stores: list[dict], days: str | None = None) -> list[dict]:
    """Each store's estimate and whether it has footfall and a ticket, on all days or on `days`
    ("normal", "holiday"; a store with no visit on such a day is not in them)."""
    found = []
    for store in stores:
        figures = store.get(days) if days else store
        if "store" in store and figures:
            found.append({"store": store["store"], "estimate": figures["estimated_takings_per_hour"],
                          "currency": figures["currency"], "footfall": figures["footfall_per_hour"] is not None,
                          "ticket": figures["average_ticket"] is not None})
    return found


def takings_basis(card: dict) -> str | None:
    """What a shop's estimated takings per hour rest on, in words, where its row's footfall ×
    average ticket does not give them: they are the mean of its stores' own estimates, each store's
    footfall with its own ticket, so two stores at 80/h × 32.00 and 180/h × 45.00 make 5,330.00, not
    130 × 38.50; and a store with footfall but no ticket (or a ticket but no count) is in the row's
    footfall (or ticket) but in no estimate. None for a single store, whose takings are its footfall ×
    its ticket, and where no store has either. `card` is a shop's figures on all days, or its "normal"
    or "holiday" figures, made the same way."""
    stores = [s for s in card.get("takings_from") or [] if s["footfall"] or s["ticket"]]
    estimated = [s for s in stores if s["estimate"] is not None]
    if len(stores) <= 1 and len(estimated) == len(stores):
        return None
    amounts = ", ".join(f"{named(s['store'])} {s['estimate']}{' ' + s['currency'] if s['currency'] else ''}"
                        for s in estimated)
    lacking = "; ".join(f"{named(s['store'])}: " + ("footfall but no ticket" if s["footfall"] else "a ticket but no footfall")
                        for s in stores if s["estimate"] is None)
    if not estimated:
        return f"no store has both footfall and a ticket ({lacking})"
    if len(estimated) == len(stores):
        words = f"mean of {len(estimated)} stores' estimates, each store's footfall × its own ticket: {amounts}"
    else:
        words = f"{len(estimated)} of {len(stores)} stores (those with footfall and a ticket): {amounts}"
    return words + (f"; {lacking}" if lacking else "")


def store_scorecards(visits: pd.DataFrame, closed: dict[tuple[str, str], date] | None = None, *,
                     zones: dict[tuple[str, str], str] | None = None, default_zone: str | None = None) -> dict:
    """{"stores": [...], "competitors": [...], "definitions": [...]}: one scorecard per
    (competitor, store) and per competitor, each with "normal" and "holiday" figures.
    `closed`: (competitor, store) -> the day a store closed for good; such a store keeps its
    card (with `closed`) but counts no longer in its competitor's. `zones`: (competitor, store)
    -> its clock (IANA), where not `default_zone` (unset: the machine's)."""
    result: dict = {"stores": [], "competitors": [], "definitions": DEFINITIONS}
    if visits is None or visits.empty:
        return result
    closed = {(c.casefold(), s.casefold()): day for (c, s), day in (closed or {}).items()}
    zone_of = {(c.casefold(), s.casefold()): zone for (c, s), zone in (zones or {}).items()}
    frame = visits.astype(object).where(visits.notna(), None)
    by_owner: dict[str, list[dict]] = {}
    for (competitor, store), group in frame.groupby(["competitor", "store"], sort=True):
        key = (str(competitor).casefold(), str(store).casefold())
        card = {"competitor": competitor, "store": store, **_days_of(group, zone_of.get(key) or default_zone),
                "closed": closed.get(key)}
        result["stores"].append(card)
        by_owner.setdefault(competitor, [])
        if card["closed"] is None:
            by_owner[competitor].append(card)
    for competitor, open_stores in by_owner.items():
        if open_stores:
            result["competitors"].append({"competitor": competitor, **_shop_of(open_stores)})
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


def _stores_of(figures: dict, measure: str) -> int:
    """How many stores a figure rests on."""
    key = f"{measure}_stores" if measure in SCORES else "footfall_stores" if measure == "footfall_per_hour" else "ticket_stores"
    return figures.get(key, 0)


def _shown(measure: str, value: object, currency: str | None) -> str:
    # Halves up, as amounts are and as a person rounds by hand: format() rounds the float, 4.25 to "4.2"
    # (half to even) and 4.35 to "4.3" (stored as 4.3499...), beside a table that reads 4.25.
    if measure in SCORES:
        return f"{Decimal(repr(float(value))).quantize(Decimal('0.1'), ROUND_HALF_UP)}"
    if measure == "footfall_per_hour":
        return f"{Decimal(repr(float(value))).quantize(Decimal(1), ROUND_HALF_UP)}"
    amount = Decimal(value).quantize(CENT, ROUND_HALF_UP)
    if currency and current_locale() is not None:  # `[report] locale`: "24,50 zł" (storecheck.money.writing)
        return written_money(amount, currency)
    return f"{amount} {currency}" if currency else str(amount)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _basis(stores: int, visits: int, *, shop: bool) -> str:
    """What a figure rests on: "2 visits", or "2 stores, 5 visits" for a shop of several stores."""
    return f"{_plural(stores, 'store')}, {_plural(visits, 'visit')}" if shop else _plural(visits, "visit")


# A figure whose latest visit is this old or older is said to be old: in a year every season, range
# change and staffing of a store has come round once, so a visit before that says how the store was,
# not how it is. Old visits still count (a store visited once a year keeps a figure; closing a store
# is `closed`); the words say the figure's age, so that nobody acts on it unknowing.
OLD_AFTER = timedelta(days=365)


def _dates(span: tuple[date, date] | None) -> str:
    """When a figure's visits were: " on 2026-11-01", or ", 2026-03-01 to 2026-11-01"."""
    if span is None:
        return ""
    first, last = span
    return f" on {last.isoformat()}" if first == last else f", {first.isoformat()} to {last.isoformat()}"


def _age(last: date, as_of: date) -> str:
    months = (as_of.year - last.year) * 12 + as_of.month - last.month - (as_of.day < last.day)
    return _plural(months // 12, "year") if months >= 24 else _plural(months, "month")


def _days_apart(theirs: dict, ours: dict, measure: str) -> str | None:
    """"their visits on holidays, ours on normal days" (or the other way round) when the visits of the
    two sides' all-days figures of `measure` share no kind of day, normal or holiday; else None."""
    def kinds(figures: dict) -> set[str]:
        return {days for days in ("normal", "holiday") if figures.get(days) and _count_of(figures[days], measure)}

    their_kinds, our_kinds = kinds(theirs), kinds(ours)
    if len(their_kinds) != 1 or len(our_kinds) != 1 or their_kinds == our_kinds:
        return None
    return f"their visits on {DAYS[their_kinds.pop()]}, ours on {DAYS[our_kinds.pop()]}"


def compare_with_ours(cards: dict, our_shop: str, as_of: date | None = None,
                      rates: Mapping[str, Decimal] | None = None) -> list[dict]:
    """Each competitor and each of their open stores against our own stores (stores alike),
    measure by measure (the three scores, footfall per hour, average ticket) on all days,
    normal days and holidays. Every row names both sides in `statement`, with the stores and
    visits each rests on; `ours` is None where our stores have no such figure yet (no
    holiday visit to ours: no holiday baseline, never our normal days'). `thin`: a side
    rests on one visit. `like_with_like` (footfall only): both sides were counted at a
    common kind of day and hour. `difference` = theirs - ours (money in our currency: theirs converted with `rates`).
    Each side says the days its visits were on; with `as_of` (the report's day), a side whose
    latest visit is OLD_AFTER or more before it is said to be old, with its age (`old`).
    `rates` (`currencies.rates`: one unit of each currency in ours) convert their average ticket
    into our stores' currency, as the price figures convert their prices; without a rate the two
    tickets are said not compared, never ours missing."""
    ours = next((c for c in cards.get("competitors", []) if c["competitor"] == our_shop), None)
    rows = []
    for level in ("competitors", "stores"):
        for card in cards.get(level, []):
            if card["competitor"] == our_shop or card.get("closed"):
                continue
            if level == "stores":
                owner = card["competitor"]
                # Each name whole (`named`): "فرع 2" keeps its digit, wherever the sentence puts it.
                where = (f"{named(owner)}' {named(card['store'])}" if owner.endswith("s")
                         else f"{named(owner)}'s {named(card['store'])}")
            else:
                where = named(card["competitor"])
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
                    shown = _shown(measure, value, theirs_figures.get("currency"))
                    unrated = None
                    if measure == "average_ticket" and base is not None and our_figures.get("currency") != theirs_figures.get("currency"):
                        our_currency, their_currency = our_figures.get("currency"), theirs_figures.get("currency")
                        by = factor(their_currency, our_currency, dict(rates or {})) if our_currency and their_currency else None
                        if by is None:
                            # Tickets in two currencies without a rate are not compared; ours is there.
                            unrated = (f"; ours {_shown(measure, base, our_currency)} is not compared: no exchange rate "
                                       f"for {their_currency or 'their currency'} ([currencies] rates in storecheck.toml)")
                            base = None
                        else:
                            converted = (Decimal(value) * by).quantize(CENT, ROUND_HALF_UP)
                            shown = f"{_shown(measure, converted, our_currency)} ({shown} at {by.normalize():f})"
                            value = converted
                    n_theirs = _count_of(theirs_figures, measure)
                    their_span = theirs_figures.get(f"{measure}_span")
                    their_basis = _basis(_stores_of(theirs_figures, measure), n_theirs, shop=level == "competitors")
                    n_ours = _count_of(our_figures, measure) if our_figures and base is not None else 0
                    our_span = our_figures.get(f"{measure}_span") if our_figures and base is not None else None
                    thin = n_theirs == 1 or (base is not None and n_ours == 1)
                    text = f"{label} {shown} at {where}"
                    if unrated:
                        text += f"{unrated}; {their_basis} there{_dates(their_span)}"
                    elif base is None:
                        text += f" against no figure yet in ours ({their_basis} there{_dates(their_span)})"
                    else:
                        our_basis = _basis(_stores_of(our_figures, measure), n_ours, shop=True)
                        text += (f" against {_shown(measure, base, our_figures.get('currency'))} in ours "
                                 f"({their_basis} there{_dates(their_span)}; {our_basis} in ours{_dates(our_span)})")
                    if days != "all":
                        text += f", {DAYS[days]}"
                    elif base is not None and measure != "footfall_per_hour" and (
                            apart := _days_apart(theirs_figures, our_figures, measure)):
                        # All days on both sides, but one side's visits all on holidays and the other's
                        # none: a holiday's ticket set against normal days' (footfall says it by its hours).
                        text += f"; {apart}: not like with like"
                    like = None
                    if measure == "footfall_per_hour":
                        text += f"; counted {_hours_text(theirs_figures['footfall_windows'])}"
                        if base is not None:
                            like = bool(theirs_figures["footfall_slots"] & our_figures["footfall_slots"])
                            text += f", ours {_hours_text(our_figures['footfall_windows'])}"
                            if not like:
                                text += " (no common kind of day and hour: not like with like)"
                    if thin:
                        text += "; thin: rests on one visit"
                    old = []
                    for side, span in (("there", their_span), ("in ours", our_span)):
                        if as_of is not None and span is not None and as_of - span[1] >= OLD_AFTER:
                            old.append(f"the latest visit {side} is {_age(span[1], as_of)} old")
                    if old:
                        text += "; old: " + " and ".join(old)
                    rows.append({
                        "competitor": card["competitor"], "store": card.get("store"), "measure": measure, "days": days,
                        "theirs": value, "ours": base, "difference": None if base is None else value - base,
                        "their_visits": n_theirs, "our_visits": n_ours,
                        "their_stores": _stores_of(theirs_figures, measure),
                        "our_stores": _stores_of(our_figures, measure) if our_figures and base is not None else 0,
                        "thin": thin, "like_with_like": like, "statement": text, "old": bool(old),
                        "their_latest": their_span and their_span[1], "our_latest": our_span and our_span[1],
                    })
    return rows


# --- what staff saw, visit by visit -----------------------------------------------------


def _key(text: object) -> str:
    return " ".join(str(text or "").split()).casefold()


def _footfall_apart(previous: dict, current: dict, zone: str | None) -> str:
    """" (Wed 11:00-11:20 on a holiday → Tue 15:00-15:30: not like with like)" when two visits' footfall
    was counted at no common kind of day and hour (`count_window`, the rule the comparison with our
    stores uses), else "": a holiday's crowd or a Saturday noon's is no change in the store."""
    then, now = (count_window(v["visited_at"], v.get("footfall_minutes"), zone, v.get("holiday", False))
                 for v in (previous, current))
    if then is None or now is None or then["slots"] & now["slots"]:
        return ""
    return f" ({then['words']} → {now['words']}: not like with like)"


def _ticket_apart(previous: dict, current: dict) -> str:
    """" (holiday → normal day: not like with like)" when one of two visits' tickets was taken on a holiday
    and the other not, else "": a holiday's basket is no normal day's, as its crowd is not (`_footfall_apart`)."""
    then, now = bool(previous.get("holiday")), bool(current.get("holiday"))
    if then == now:
        return ""
    return f" ({'holiday' if then else 'normal day'} → {'holiday' if now else 'normal day'}: not like with like)"


def _changes(previous: dict, current: dict, two_views: bool = False, zone: str | None = None) -> list[str]:
    """What differs at a store from one visit to the next, in words: what changed since `previous`
    or, with `two_views`, where two people's notes of one day differ (each named: neither is
    the store "before"). `zone`: the store's clock, for when footfall was counted."""
    out = []
    first, then = named(_who(previous, "the other visit")), named(_who(current, "this visit"))

    def only(what: str, in_current: bool) -> str:
        if two_views:
            return f"only {then if in_current else first} noted the {what}"
        return f"new {what}" if in_current else f"{what} no longer {'seen' if what.startswith('promotion') else 'noted'}"

    def both(what: str, a: object, b: object) -> str:
        return f"{what}: {a} by {first}, {b} by {then}" if two_views else f"{what} {a} → {b}"

    before = {_key(p["text"]): p for p in previous["promotions"]}
    now = {_key(p["text"]): p for p in current["promotions"]}
    out += [f"{only('promotion', True)}: {named(p['text'])}" for k, p in now.items() if k not in before]
    out += [f"{only('promotion', False)}: {named(p['text'])}" for k, p in before.items() if k not in now]
    for role in sorted(set(previous["products"]) | set(current["products"])):
        was = {_key(n): n for n in previous["products"].get(role, [])}
        is_ = {_key(n): n for n in current["products"].get(role, [])}
        out += [f"{only(f'{role} product', True)}: {named(n)}" for k, n in is_.items() if k not in was]
        out += [f"{only(f'{role} product', False)}: {named(n)}" for k, n in was.items() if k not in is_]
    for area in SCORES:
        a, b = previous.get(area), current.get(area)
        if a is not None and b is not None and a != b:
            out.append(both(MEASURES[area], a, b))
    for measure in ("footfall_per_hour", "average_ticket"):
        a, b = previous.get(measure), current.get(measure)
        if a is not None and b is not None and a != b:
            out.append(both(MEASURES[measure], _shown(measure, a, previous.get("currency")),
                            _shown(measure, b, current.get("currency")))
                       + ("" if two_views else _footfall_apart(previous, current, zone) if measure == "footfall_per_hour"
                          else _ticket_apart(previous, current)))
    checks_before = {_key(c["product"] or c["sku"]): c for c in previous["price_checks"]}
    for check in current["price_checks"]:
        old = checks_before.get(_key(check["product"] or check["sku"]))
        if old is not None and old["price"] != check["price"] and old["currency"] == check["currency"]:
            # As amounts are shown (`_shown`): the database keeps four places, "3612.5000".
            out.append(both(f"shelf price of {named(check['product'] or check['sku'])}",
                            _shown("average_ticket", old["price"], old["currency"]),
                            _shown("average_ticket", check["price"], check["currency"])))
        elif (two_views and old is not None and old["currency"] == check["currency"]
              and (old.get("regular_price") is None) != (check.get("regular_price") is None)):
            # One tag read by two people, one of whom left out its was-price: the price figures read the day's
            # promotion from whoever saw it (`storecheck.visits.shelf_checks`); say whose note that is.
            seen = check if check.get("regular_price") is not None else old
            out.append(f"{only('was-price', seen is check)} of {named(check['product'] or check['sku'])}: "
                       f"{_shown('average_ticket', seen['regular_price'], seen['currency'])}")
    return out


def _who(visit: dict, unnamed: str) -> str:
    return visit.get("visitor") or unnamed


def _same_person(a: dict, b: dict) -> bool:
    """Both visits name their visitor, and it is one person: a visit without a name may be anyone's."""
    return bool(a.get("visitor") and b.get("visitor") and _key(a["visitor"]) == _key(b["visitor"]))


def _compared(visit: dict) -> dict:
    # `holiday`: the visit compared with was on a holiday (the report says so beside it).
    return {"visit_id": visit["visit_id"], "visitor": visit.get("visitor"), "visited_at": visit["visited_at"],
            "holiday": bool(visit.get("holiday"))}


def _with_changes(entries: list[dict], zone: str | None) -> None:
    """Each visit (latest first) with `changes` since the visit it is compared with (`compared_with`),
    and `same_day`: other people's visits earlier that day, each with where the two notes differ.

    Two people at one store on one day write two views of one store, not a store that changed between
    them: Ann's "3 for 2 on pasta" that Bob did not note, or her 4 for the shopping environment against
    his 2, is a difference of eyes. So a visit is compared, as a change, with the latest visit on an
    earlier day (on the store's clock), or with one its own visitor made earlier that day (one pair of
    eyes seeing the store change); another person's visit that day is shown beside it as a second view,
    with each difference named by whom."""
    days = [d.date() if (d := _local(e["visited_at"], zone)) is not None else None for e in entries]
    for n, current in enumerate(entries):
        base, same_day = None, []
        for m in range(n + 1, len(entries)):
            other = entries[m]
            if days[m] is not None and days[m] == days[n] and not _same_person(other, current):
                same_day.append({**_compared(other), "differences": _changes(other, current, two_views=True)})
                continue
            base = other
            break
        current["changes"] = _changes(base, current, zone=zone) if base is not None else None
        current["compared_with"] = _compared(base) if base is not None else None
        current["same_day"] = same_day


def _records(frame: pd.DataFrame | None) -> dict[int, list[dict]]:
    grouped: dict[int, list[dict]] = {}
    if frame is None or frame.empty:
        return grouped
    for row in frame.astype(object).where(frame.notna(), None).to_dict("records"):
        grouped.setdefault(int(row["visit_id"]), []).append(row)
    return grouped


def store_timelines(visits: pd.DataFrame, noted: dict[str, pd.DataFrame],
                    zones: Mapping[tuple[str, str], str | None] | None = None, default_zone: str | None = None) -> list[dict]:
    """One entry per (competitor, store), latest visit first: each visit with its scores,
    footfall per hour, ticket, products by role, promotions seen (type, text, photo),
    price checks, notes, photos, `changes` since the visit it is compared with (`compared_with`)
    and other people's visits of the same day beside it (`same_day`, see `_with_changes`).
    `noted`: frames of products, promotions, price_checks, photos with visit_id
    (`storecheck.visits.storage.noted_frames`); `zones`: (competitor, store) -> its clock (IANA),
    where not `default_zone` (unset: the machine's), which says what "the same day" is."""
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
                "footfall_minutes": minutes if count is not None and minutes else None,
                "average_ticket": row.get("average_ticket"), "average_ticket_source": row.get("average_ticket_source"),
                "currency": row.get("currency"), "products": products,
                "promotions": [{k: p[k] for k in ("type", "text", "photo")} for p in parts["promotions"].get(vid, [])],
                "price_checks": [{k: c[k] for k in ("sku", "product", "price", "regular_price", "currency", "promotion")}
                                 for c in parts["price_checks"].get(vid, [])],
                "photos": [p["path"] for p in parts["photos"].get(vid, [])],
            })
        zone = (zones or {}).get((competitor, store)) or default_zone
        _with_changes(entries, zone)
        out.append({"competitor": competitor, "store": store, "visits": entries})
    return out


BASELINE_DEFINITION = (
    "Our stores as the baseline",
    "Our own stores are visited like competitors' (they name our shop as the competitor). Every in-store figure of "
    "a competitor and of each of its open stores is shown against the same figure of our own open stores, each of "
    "our stores counting once however often it was visited (a store's figure is the mean of its visits, ours the "
    "mean of our stores'), on all days, normal days and holidays, with the stores and visits each side rests on. "
    "Where our stores have no such figure yet (no holiday visit), it says so rather than borrow another; a ticket "
    "in another currency than ours is converted with the [currencies] rates the price figures use, and without a "
    "rate said not compared; a side resting on one visit is marked thin.",
)
