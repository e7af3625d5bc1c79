"""A sixth tester's pass over the web pages read from another time zone than the server's, in a real
headless Chromium: a manager abroad, a server in a data centre."""

from __future__ import annotations

import re


from test_web import fill_visit


def _times(page) -> list[str]:
    return [" ".join(text.split()) for text in page.locator("time").all_inner_texts()]


def test_a_visit_saved_in_auckland_is_shown_at_auckland_s_time_there(phone_in, served, ws, server_in_utc):
    # The visit was stored right (10:30 in Auckland), but every page showed it in the server's zone:
    # "2025-02-28 21:30" on the visit, the list and the home page, with no zone named, so the manager
    # who saved it read another day. A time is now shown in the reader's own zone, named.
    page = phone_in("Pacific/Auckland")
    page.goto(f"{served}/visits/new")
    fill_visit(page)  # "2025-03-01T10:30" on the phone's clock
    page.click("#save")
    page.wait_for_url(re.compile(r"/visits/\d+\?saved=1$"))
    assert _times(page) == ["2025-03-01 10:30 GMT+13"], page.content()
    for path in ("/visits", "/"):
        page.goto(f"{served}{path}")
        assert "2025-03-01 10:30 GMT+13" in _times(page), (path, _times(page))
    # A reader in Los Angeles sees the same moment at their own time.
    other = phone_in("America/Los_Angeles")
    other.goto(f"{served}/visits")
    assert "2025-02-28 13:30 PST" in _times(other), _times(other)


def test_without_script_a_time_is_shown_in_utc_and_says_so(phone_in, served, ws, server_in_utc, monkeypatch):
    page = phone_in("Pacific/Auckland")
    page.goto(f"{served}/visits/new")
    fill_visit(page)
    page.click("#save")
    page.wait_for_url(re.compile(r"/visits/\d+\?saved=1$"))
    plain = phone_in("Pacific/Auckland", script=False)
    plain.goto(f"{served}/visits")
    assert "2025-02-28 21:30 UTC" in _times(plain), _times(plain)


def test_the_reports_page_shows_when_a_report_was_written_in_the_reader_s_zone(phone_in, served, ws, server_in_utc):
    # Review R7: the reports folder listed each report's time in the server's zone, unnamed.
    import os
    from datetime import UTC, datetime

    ws.reports_dir.mkdir(parents=True, exist_ok=True)
    report = ws.reports_dir / "weekly.html"
    report.write_text("<!doctype html><title>r</title>", encoding="utf-8")
    written = datetime(2025, 2, 28, 21, 30, tzinfo=UTC).timestamp()
    os.utime(report, (written, written))
    page = phone_in("Pacific/Auckland")
    page.goto(f"{served}/reports")
    assert _times(page) == ["2025-03-01 10:30 GMT+13"], page.content()
