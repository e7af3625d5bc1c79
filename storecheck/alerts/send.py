"""Record the alerts that are due and deliver them: what `storecheck alerts send` and `storecheck run` call."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Connection, Engine

from storecheck import db
from storecheck.alerts import mail, rules, store, webhook
from storecheck.alerts.mail import DeliveryError
from storecheck.config import Config


@dataclass
class AlertsResult:
    """What one send did: events newly recorded, and per channel (as it may be
    printed) the events sent or the error of a failed delivery, which the next
    send retries. With dry_run, `due` holds what would have been sent."""

    new_events: int = 0
    sent: dict[str, list[dict]] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    due: dict[str, list[dict]] = field(default_factory=dict)
    # Per channel, the addresses a mail server refused while it took the digest for the others.
    refused: dict[str, list[str]] = field(default_factory=dict)
    # Per channel, the due events another send (started at the datetime given) is delivering now.
    busy: dict[str, tuple[int, datetime]] = field(default_factory=dict)
    channels: int = 0


def record_changes(conn: Connection, config: Config, rows: list[dict], since: datetime | None, history: dict) -> int:
    """Keep the change rows (`analysis.changes`, failed crawls among them) the `[alerts]` rules want, and
    record those not recorded before, to be delivered to the channels of `[notify]`. Returns how many were new."""
    scope = store.product_scope(conn, [r["competitor_product_id"] for r in rows if r.get("competitor_product_id")])
    for row in rows:
        categories, brands = scope.get(row.get("competitor_product_id"), (set(), set()))
        row["categories"], row["brands"] = categories, brands
    return store.record(conn, rules.wanted(rows, config.alerts), store.channels(config.notify), db.utcnow())


def send_alerts(engine: Engine, config: Config, *, report: Path | None = None, dry_run: bool = False,
                recorded: int | None = None) -> AlertsResult:
    """Record what changed since the last report (or the previous crawl, before any report) and
    deliver every event not yet delivered to each channel, as one digest per channel.

    A failed delivery is recorded with its error and tried again by the next
    call; it never raises. With `dry_run` nothing is recorded or sent.
    `recorded`: the changes were just recorded by a report (`storecheck run`),
    this many new; they are not computed again.
    """
    from storecheck.analysis import changes, listed_history, own_frame, pairs_frame, run_history

    result = AlertsResult()
    targets = store.channels(config.notify)
    result.channels = len(targets)
    conn = engine.connect()
    try:
        transaction = conn.begin()
        if recorded is None:
            last = db.last_report_run(conn)
            since = last["generated_at"] if last else None
            # Only the competitors storecheck.toml lists: one taken out of it is followed no more.
            history = listed_history(run_history(conn, config.crawl.min_items_ratio), {c.name for c in config.competitors})
            rows = changes(conn, config, history, since=since, pairs=pairs_frame(conn, own_frame(conn, shop=config.shop)))
            recorded = record_changes(conn, config, rows, since, history)
        result.new_events = recorded
        store.carry_over(conn, targets)
        due = {channel: store.pending(conn, channel) for channel in targets}
        if dry_run:
            transaction.rollback()
            result.due = {_label(channel): events for channel, events in due.items() if events}
            return result
        transaction.commit()
    finally:
        conn.close()
    # This send's claim on what it delivers: another send at the same time leaves those alerts alone.
    token, lease = uuid.uuid4().hex, store.claim_lease(config.notify.timeout)
    for channel, waiting in due.items():
        if not waiting:
            continue
        with engine.begin() as conn:
            events = store.claim(conn, channel, token, db.utcnow(), lease)
            mine = {event["id"] for event in events}
            others = [event for event in store.pending(conn, channel) if event["id"] not in mine]
        if others:
            result.busy[_label(channel)] = (len(others), min(event["claimed_at"] for event in others))
        if not events:
            continue
        try:
            refused = _deliver(config, channel, events, report)
            error = None
            result.sent[_label(channel)] = events
            if refused:
                result.refused[_label(channel)] = refused
        except DeliveryError as exc:
            error = str(exc)
            result.failed[_label(channel)] = error
        with engine.begin() as conn:
            store.mark(conn, channel, [event["id"] for event in events], db.utcnow(), error, claimed_by=token)
    return result


def _deliver(config: Config, channel: str, events: list[dict], report: Path | None) -> list[str]:
    """Deliver the digest; returns the addresses refused by a mail server that took it for the others."""
    notify, shop = config.notify, config.shop.name
    if channel == store.MAIL:
        return mail.send(notify, mail.message(notify, shop, events, report))
    webhook.post(channel, webhook.payload(shop, events, notify.report_url), notify.timeout)
    return []


def _label(channel: str) -> str:
    return "mail" if channel == store.MAIL else webhook.label(channel)
