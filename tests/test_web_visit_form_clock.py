"""The visit form's "When" without script: the time it offers is read back as the instant offered.

The form's script fills in the phone's clock and time zone; without script the server offers the
time. A time without a zone is read on the store's clock (`[shop] time_zone` or the store's own), so
the server's offer, written on its own clock, was read hours off: a server in UTC, a shop in Tokyo,
and the visit kept as offered was stored 9 h early (review, twentieth session).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup
from test_web import form, rows

from storecheck import db
from storecheck.config import Workspace
from storecheck.web import create_app


@pytest.fixture
def tokyo(ws, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    text = ws.config_path.read_text(encoding="utf-8").replace("[shop]\n", '[shop]\ntime_zone = "Asia/Tokyo"\n', 1)
    ws.config_path.write_text(text, encoding="utf-8")
    yield Workspace(ws.path)
    monkeypatch.undo()
    time.tzset()


def _offer(client):
    page = BeautifulSoup(client.get("/visits/new").text, "html.parser")
    return (page.find("input", {"name": "visited_at"})["value"], page.find("input", {"name": "offered_at"})["value"],
            page.find("input", {"name": "csrf_token"})["value"])


def _stored_at(ws) -> datetime:
    [visit] = rows(ws, db.visits)
    return visit.visited_at if visit.visited_at.tzinfo else visit.visited_at.replace(tzinfo=UTC)


def test_the_time_offered_without_script_is_stored_as_offered(tokyo):
    client = create_app(tokyo).test_client()
    offered, offered_at, token = _offer(client)
    now = datetime.now(UTC)
    # Offered on the shop's clock, as a person there reads it.
    assert offered == offered_at[:16] and offered_at.endswith("+09:00"), (offered, offered_at)
    response = client.post("/visits/new", data=form(csrf_token=token, visited_at=offered, offered_at=offered_at),
                           content_type="multipart/form-data")
    assert response.status_code in (302, 303), response.text[:500]
    assert abs((now - _stored_at(tokyo)).total_seconds()) < 120, (offered, offered_at, _stored_at(tokyo))


def test_a_time_typed_over_the_offer_is_read_on_the_store_s_clock(tokyo):
    client = create_app(tokyo).test_client()
    _, offered_at, token = _offer(client)
    client.post("/visits/new", data=form(csrf_token=token, visited_at="2025-03-01T23:30", offered_at=offered_at),
                content_type="multipart/form-data")
    assert _stored_at(tokyo) == datetime(2025, 3, 1, 14, 30, tzinfo=UTC)


@pytest.mark.parametrize("offered_at", ["2025-03-01T23:30", "2025-03-01T23:30+99:00", "x" * 5000])
def test_an_offer_without_a_zone_or_made_up_is_not_taken(tokyo, offered_at):
    """A posted `offered_at` is the client's to send: one without an offset, or none, leaves "When" read as
    typed, on the store's clock."""
    client = create_app(tokyo).test_client()
    _, _, token = _offer(client)
    client.post("/visits/new", data=form(csrf_token=token, visited_at="2025-03-01T23:30", offered_at=offered_at),
                content_type="multipart/form-data")
    assert _stored_at(tokyo) == datetime(2025, 3, 1, 14, 30, tzinfo=UTC)
