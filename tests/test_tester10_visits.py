"""A tenth tester's pass: a visits sheet kept in LibreOffice Calc and saved as CSV.

Calc shows a date-and-time cell in its locale's default format, with a two-digit year (German
"03.12.26 14:30", US "12/03/26 02:30 PM"), and saves the CSV as shown. Every such visit time was
refused ("is not a date and time; write it like 2026-03-01 14:30"), and the whole file with it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storecheck.visits import parse_when
from test_tester4_visits import run
from test_visits import make_visit_workspace


@pytest.mark.parametrize(("written", "us_dates", "expected"), [
    ("03.12.26 14:30", False, datetime(2026, 12, 3, 14, 30)),      # LibreOffice, German locale
    ("03/12/26 14:30", False, datetime(2026, 12, 3, 14, 30)),      # LibreOffice, British locale
    ("12/03/26 02:30 PM", True, datetime(2026, 12, 3, 14, 30)),    # LibreOffice, US locale
    ("03-12-26 14:30", False, datetime(2026, 12, 3, 14, 30)),      # LibreOffice, Dutch locale
])
def test_a_visit_time_with_a_two_digit_year_as_libreoffice_writes_it_is_read(monkeypatch, written, us_dates,
                                                                             expected):
    from storecheck.visits import parsing

    # A two-digit year by "/" or "-" is read against today (`_two_digit_year_reading`): these visits are recent.
    monkeypatch.setattr(parsing, "_now", lambda: datetime(2026, 12, 4, 12))
    assert parse_when(written, us_dates=us_dates) == expected.astimezone(UTC)


@pytest.mark.parametrize("written", ["03.12.26", "31.02.26 14:30", "03.12.2 14:30", "03.12.126 14:30"])
def test_a_two_digit_year_is_no_licence_for_other_writings(written):
    with pytest.raises(ValueError):
        parse_when(written)


def test_a_visits_file_saved_by_libreoffice_in_german_is_imported(workspace, tmp_path):
    ws = make_visit_workspace(workspace)
    path = tmp_path / "besuche.csv"
    path.write_bytes("competitor;store;visited_at;visitor;footfall_count;footfall_minutes;average_ticket;"
                     "average_ticket_source;score_environment\n"
                     "Rival;Station;03.12.26 14:30;Anne;12;15;1.234,50;till;4\n".encode("utf-8"))
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    listed = run(ws, "visit", "list")
    assert "2026-12-03 14:30" in listed.output and "1234.50" in listed.output, listed.output


@pytest.mark.parametrize(("written", "expected"), [
    ("26/01/15 09:00", datetime(2026, 1, 15, 9)),     # year first (Japanese); 2015-01-26 is the older
    ("15/11/26 14:30", datetime(2026, 11, 15, 14, 30)),  # day first (British); 2015-11-26 the older
    ("03-12-26 14:30", datetime(2026, 12, 3, 14, 30)),   # 2003-12-26 is past the oldest a visit can be
])
def test_a_two_digit_year_that_may_come_first_takes_the_recent_reading(monkeypatch, written, expected):
    """Review R2: a two-digit year was read in the last place only, so a year-first short date
    ("26/01/15": 15 January 2026) was stored as 26 January 2015, years off, with no message."""
    from storecheck.visits import parsing

    monkeypatch.setattr(parsing, "_now", lambda: datetime(2026, 12, 4, 12))
    assert parse_when(written) == expected.astimezone(UTC)


@pytest.mark.parametrize("written", ["25-11-20 14:30", "25/11/20 14:30", "26-01-25 10:00"])
def test_a_two_digit_year_with_two_readings_alike_in_age_is_refused_naming_both(monkeypatch, written):
    from storecheck.visits import parsing

    monkeypatch.setattr(parsing, "_now", lambda: datetime(2026, 12, 4, 12))
    with pytest.raises(ValueError, match=r"may come first or last \(20\d\d-\d\d-\d\d or 20\d\d-\d\d-\d\d\?\)"):
        parse_when(written)
