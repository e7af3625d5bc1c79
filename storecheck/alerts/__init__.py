"""Alerts that reach people: which changes become alerts (`rules`), the events
and their deliveries in the database (`store`), e-mail (`mail`) and webhooks
(`webhook`), and one call that records what is due and sends it (`send`).

An event is recorded once under a key made from what it is about, and its
delivery to each channel configured at the time is one row: sent, or failed
and retried on the next run. A second `storecheck alerts send` right after a
first sends nothing new.
"""

from storecheck.alerts.send import AlertsResult, record_changes, send_alerts

__all__ = ["AlertsResult", "record_changes", "send_alerts"]
