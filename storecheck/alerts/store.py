"""Alert events and their deliveries in the database (tables alert_events, alert_deliveries)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.engine import Connection

from storecheck import db
from storecheck.config import Notify

MAIL = "mail"
EVENT_COLUMNS = ("competitor", "kind", "product", "detail", "url")


def channels(notify: Notify) -> list[str]:
    """The channels configured now: "mail" when SMTP is set up, and each webhook URL."""
    return ([MAIL] if notify.smtp_url and notify.mail_to else []) + list(dict.fromkeys(notify.webhooks))


def product_scope(conn: Connection, product_ids: Sequence[int]) -> dict[int, tuple[set[str], set[str]]]:
    """Per competitor product: the categories and brands it counts under, its
    own and those of our products it is matched to (matched or confirmed)."""
    cp, own, m = db.competitor_products, db.own_products, db.matches
    scope: dict[int, tuple[set[str], set[str]]] = {}
    ids = sorted(set(product_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for pid, category, brand in conn.execute(select(cp.c.id, cp.c.category, cp.c.brand).where(cp.c.id.in_(chunk))):
            scope[pid] = ({category}, {brand})
        for pid, category, brand in conn.execute(
            select(m.c.competitor_product_id, own.c.category, own.c.brand).join(own, own.c.sku == m.c.sku)
            .where(m.c.competitor_product_id.in_(chunk), m.c.status.in_(("matched", "confirmed")))
        ):
            categories, brands = scope.setdefault(pid, (set(), set()))
            categories.add(category)
            brands.add(brand)
    return {pid: ({c for c in cats if c}, {b for b in brands if b}) for pid, (cats, brands) in scope.items()}


def record(conn: Connection, events: Sequence[dict], to: Sequence[str], now: datetime) -> int:
    """Store the events whose key is new, each with a delivery row per channel in `to`; returns how many were new.

    A webhook URL replaced in [notify] takes over the old URL's undelivered events first (`carry_over`):
    once the new events have rows on the new URL, it is no longer told from a hook added beside others."""
    carry_over(conn, to)
    e = db.alert_events
    # Keys as the column keeps them, so a long key is known again by what was stored.
    by_key = {event["key"][:500]: event for event in events}
    keys = list(by_key)
    known: set[str] = set()
    for start in range(0, len(keys), 500):
        known |= set(conn.execute(select(e.c.key).where(e.c.key.in_(keys[start:start + 500]))).scalars())
    new = [key for key in keys if key not in known]
    if not new:
        return 0
    # One statement for all the events and one for their deliveries (a report may bring thousands). A key
    # another send recorded since it was looked up (two sends at once, both finding the same change) is
    # left to that send: on PostgreSQL the insert waited for the other's and then failed on the unique key.
    ids = conn.execute(_insert_new_keys(conn).returning(e.c.id), [
        {"key": key, "created_at": now, **{column: _text(by_key[key].get(column)) for column in EVENT_COLUMNS}}
        for key in new]).scalars().all()
    if to and ids:
        conn.execute(db.alert_deliveries.insert(), [
            {"event_id": event_id, "channel": channel, "attempts": 0, "updated_at": now}
            for event_id in sorted(ids) for channel in to
        ])
    return len(ids)


def _insert_new_keys(conn: Connection):
    """INSERT of alert events that skips a key already there (ON CONFLICT DO NOTHING, in each dialect)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(db.alert_events).on_conflict_do_nothing(index_elements=["key"])


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def pending(conn: Connection, channel: str, claimed_by: str | None = None) -> list[dict]:
    """Events not yet delivered to `channel`, oldest first, with their delivery's attempts and last error
    (and when it was claimed); with `claimed_by`, only those that send has claimed."""
    e, d = db.alert_events, db.alert_deliveries
    query = (select(e.c.id, e.c.competitor, e.c.kind, e.c.product, e.c.detail, e.c.url, e.c.created_at, d.c.attempts,
                    d.c.last_error, d.c.claimed_at)
             .join(d, d.c.event_id == e.c.id)
             .where(d.c.channel == channel, d.c.sent_at.is_(None))
             .order_by(e.c.id))
    if claimed_by is not None:
        query = query.where(d.c.claimed_by == claimed_by)
    return [dict(row) for row in conn.execute(query).mappings()]


def claim_lease(timeout: float) -> timedelta:
    """How long a claim holds before another send may take the deliveries over: a send killed between its
    claim and its delivery would otherwise keep them from every later send. A delivery takes a few socket
    operations of at most `[notify] timeout` each, so ten of them, and never less than an hour, is well
    past any live send; a send killed mid-delivery delays its alerts by that much, and never loses them."""
    return max(timedelta(hours=1), timedelta(seconds=10 * timeout))


def claim(conn: Connection, channel: str, token: str, now: datetime, lease: timedelta) -> list[dict]:
    """Claim for the send `token` the deliveries to `channel` that are due and claimed by no live send;
    returns their events (as `pending`). Run it in a transaction of its own, committed before delivering.

    Two sends at once (cron's `run` and a person's `alerts send`, or two machines on one database) each
    read the due events and delivered them, so both sent the same alerts. The claim is one UPDATE whose
    condition is the row's claim itself: PostgreSQL re-reads a row another transaction changed before
    updating it, and SQLite runs one writer at a time, so each row goes to exactly one send on either
    database, and across machines (a file lock would hold on one machine only)."""
    d = db.alert_deliveries
    conn.execute(update(d).where(d.c.channel == channel, d.c.sent_at.is_(None),
                                 or_(d.c.claimed_by.is_(None), d.c.claimed_at < now - lease))
                 .values(claimed_by=token, claimed_at=now))
    return pending(conn, channel, claimed_by=token)


def mark(conn: Connection, channel: str, event_ids: Sequence[int], now: datetime, error: str | None = None,
         claimed_by: str | None = None) -> None:
    """One attempt to deliver `event_ids` to `channel`: sent when `error` is None, else failed with that error.
    The send's claim (`claimed_by`) is let go either way: a failed delivery is due to the next send."""
    d = db.alert_deliveries
    values = {"attempts": d.c.attempts + 1, "updated_at": now, "last_error": error, "claimed_by": None,
              "claimed_at": None}
    if error is None:
        values["sent_at"] = now
    ids = list(event_ids)
    for start in range(0, len(ids), 500):
        query = update(d).where(d.c.channel == channel, d.c.event_id.in_(ids[start:start + 500]))
        if claimed_by is not None:
            query = query.where(d.c.claimed_by == claimed_by)
        conn.execute(query.values(**values))


def carry_over(conn: Connection, to: Sequence[str]) -> tuple[str, str] | None:
    """A webhook whose URL was changed in [notify] takes over the old URL's undelivered events; returns
    (old, new) when it did.

    Deliveries are kept per URL, so a hook that failed (it moved, its URL was regenerated) and was then
    set to its new URL left the events it never got on the old URL's rows, due to nobody: lost. A change
    is told by one webhook gone from the settings that still has undelivered events and one configured
    that has no delivery at all (a new one gets only the events recorded from then on, as before); with
    more than one of either, which became which cannot be told and nothing moves."""
    d = db.alert_deliveries
    known = set(conn.execute(select(d.c.channel).distinct()).scalars())
    waiting = set(conn.execute(select(d.c.channel).distinct().where(d.c.sent_at.is_(None))).scalars())
    gone = [channel for channel in waiting if channel != MAIL and channel not in to]
    fresh = [channel for channel in to if channel != MAIL and channel not in known]
    if len(gone) != 1 or len(fresh) != 1:
        return None
    # Rows a send is delivering stay on the URL it is sending to, so that its `mark` finds them.
    conn.execute(update(d).where(d.c.channel == gone[0], d.c.sent_at.is_(None), d.c.claimed_by.is_(None))
                 .values(channel=fresh[0]))
    return gone[0], fresh[0]
