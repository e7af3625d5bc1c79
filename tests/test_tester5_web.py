"""A fifth tester's pass over the visit form on a phone whose clock is in another time zone than the
machine serving the form (a store abroad, a server in a data centre), in a real headless Chromium."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from test_web import fill_visit, rows

from storecheck import db


@pytest.mark.parametrize("zone", ["Pacific/Auckland", "America/Los_Angeles"])
def test_a_visit_time_typed_on_a_phone_is_read_in_the_phone_s_time_zone(phone_in, served, ws, server_in_utc, zone):
    # The form read "10:30" in the time zone of the machine serving it: a store manager in Auckland was
    # stored 13 hours late (and one typing the time just past was refused as "in the future"), one in
    # Los Angeles 8 hours early. The phone's own zone now says what its clock means.
    page = phone_in(zone)
    page.goto(f"{served}/visits/new")
    fill_visit(page)  # "2025-03-01T10:30" on the phone's clock
    page.click("#save")
    page.wait_for_url(re.compile(r"/visits/\d+\?saved=1$"))
    [visit] = rows(ws, db.visits)
    expected = datetime(2025, 3, 1, 10, 30, tzinfo=ZoneInfo(zone)).astimezone(UTC)
    assert visit.visited_at.replace(tzinfo=UTC) == expected, (visit.visited_at, expected)


def test_the_form_starts_at_the_phone_s_own_time_and_saves_it(phone_in, served, ws, server_in_utc):
    # The form was filled in with the server's clock: 13 hours behind the manager in Auckland, who then
    # saved a visit at the wrong hour without touching "When". It now starts at the phone's own time.
    page = phone_in("Pacific/Auckland")
    page.goto(f"{served}/visits/new")
    shown = datetime.fromisoformat(page.input_value("#visited_at")).replace(tzinfo=ZoneInfo("Pacific/Auckland"))
    assert abs(shown - datetime.now(UTC)) < timedelta(minutes=5), shown
