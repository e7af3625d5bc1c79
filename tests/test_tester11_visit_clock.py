"""A visit time written without a zone is a time on the store's clock.

The store manager in Paris writes "23:30" on Saturday as the store's clock showed it. The report
reads footfall on the store's clock (`time_zone` in storecheck.toml); the imports read the same
words on the clock of the machine that ran `visit import`, so on a server in UTC the visit was
stored an hour late and the report filed a Saturday-night count as Sunday 00:30.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from shared_fixtures import make_visit_workspace
from storecheck import analysis, db
from storecheck.cli import cli
from storecheck.config import Workspace


@pytest.fixture
def server_in_utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def paris(workspace: Workspace, server_in_utc) -> Workspace:
    """Our shop's stores on Paris time; Rival's High Street abroad, in New York."""
    ws = make_visit_workspace(workspace)
    text = ws.config_path.read_text(encoding="utf-8")
    text = text.replace("[shop]\n", '[shop]\ntime_zone = "Europe/Paris"\n', 1)
    text = text.replace('name = "High Street"\n', 'name = "High Street"\ntime_zone = "America/New_York"\n')
    text += '\n[[shop.stores]]\nname = "Main Street"\n'
    ws.config_path.write_text(text, encoding="utf-8")
    return Workspace(ws.path)


def test_a_visit_time_in_a_file_is_read_on_the_store_s_clock(paris: Workspace, tmp_path):
    (tmp_path / "visits.csv").write_text(
        "competitor,store,visited_at,footfall_count,footfall_minutes\n"
        "Rival,Station,2025-03-01 23:30,20,20\n"        # Saturday night in Paris ([shop] time_zone)
        "Rival,High Street,2025-03-01 23:30,30,20\n"    # the store abroad, on its own clock
        "Rival,Station,2025-03-08T23:30+00:00,,\n"  # a time that names its zone keeps it
        "Test Shop,Main Street,2025-03-01 23:00,10,60\n",
        encoding="utf-8")
    result = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "visits.csv"), "--workspace", str(paris.path)])
    assert result.exit_code == 0, result.output
    stored = _stored_all(paris)
    # Before: both stored at 23:30 UTC (the server's clock): 00:30 on Sunday in Paris, 18:30 in New York.
    assert stored[("Station", 20)] == datetime(2025, 3, 1, 22, 30, tzinfo=UTC)
    assert stored[("High Street", 30)] == datetime(2025, 3, 2, 4, 30, tzinfo=UTC)
    assert stored[("Station", None)] == datetime(2025, 3, 8, 23, 30, tzinfo=UTC)
    context = analysis.report_context(db.open_database(paris.database_url), paris.config)
    said = {row["store"]: row["statement"] for row in context["visit_details"]["comparisons"]
            if row["measure"] == "footfall_per_hour" and row["days"] == "all"}
    # Before: "counted Sun 00:30-00:50, ours Sun 00:00-01:00" and New York's "Sat 18:30-18:50".
    assert "counted Sat 23:30-23:50, ours Sat 23:00-00:00" in said["Station"], said
    assert "counted Sat 23:30-23:50, ours Sat 23:00-00:00" in said["High Street"], said


def test_importing_a_file_twice_on_the_store_s_clock_adds_nothing(paris: Workspace, tmp_path):
    (tmp_path / "visits.csv").write_text("competitor,store,visited_at\nRival,Station,2025-03-01 23:30\n", encoding="utf-8")
    for _ in range(2):
        result = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "visits.csv"), "--workspace", str(paris.path)])
        assert result.exit_code == 0, result.output
    assert _visit_count(paris) == 1


def test_a_visit_on_the_store_s_clock_is_not_in_the_future_when_the_server_is_behind(paris: Workspace, tmp_path):
    """A visit just made in Tokyo, typed at Tokyo's time, on a server in UTC nine hours behind: it was
    refused as in the future."""
    text = paris.config_path.read_text(encoding="utf-8").replace('time_zone = "Europe/Paris"', 'time_zone = "Asia/Tokyo"')
    paris.config_path.write_text(text, encoding="utf-8")
    just_now = datetime.now(ZoneInfo("Asia/Tokyo")) - timedelta(minutes=5)
    (tmp_path / "visits.csv").write_text(f"competitor,store,visited_at\nRival,Station,{just_now:%Y-%m-%d %H:%M}\n",
                                         encoding="utf-8")
    result = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "visits.csv"), "--workspace", str(paris.path)])
    assert result.exit_code == 0, result.output
    [at] = _stored_all(paris).values()
    assert at == just_now.replace(second=0, microsecond=0).astimezone(UTC)


def test_the_prompts_offer_the_time_on_the_store_s_clock(paris: Workspace):
    """`visit add` at a terminal in UTC offered the server's "now" for a visit to a store in Paris, and
    read what was typed on the server's clock too."""
    result = CliRunner().invoke(cli, ["visit", "add", "--workspace", str(paris.path)], input="1\nStation\n\n")
    paris_now = datetime.now(ZoneInfo("Europe/Paris"))
    offered = [f"{paris_now - timedelta(minutes=m):%Y-%m-%d %H:%M}" for m in (0, 1)]
    assert any(f"[{o}]" in result.output for o in offered), result.output
    assert "store's clock" in result.output or "Europe/Paris" in result.output, result.output


def _stored_all(ws: Workspace):
    with db.open_database(ws.database_url).connect() as conn:
        rows = conn.execute(select(db.stores.c.name, db.visits.c.footfall_count, db.visits.c.visited_at)
                            .join(db.stores)).all()
    found = {}
    for name, count, at in rows:
        found[(name, count)] = at if at.tzinfo else at.replace(tzinfo=UTC)
    return found


def test_the_terminal_shows_a_visit_at_the_time_typed_on_the_store_s_clock(paris: Workspace, tmp_path):
    """Read on the store's clock, a visit was shown back on the server's: typed 23:30 in Paris, `visit
    list` and the summary before saving said 22:30 on a server in UTC."""
    from storecheck.visits import describe, validate_visit

    (tmp_path / "visits.csv").write_text("competitor,store,visited_at\nRival,Station,2025-03-01 23:30\n"
                                         "Rival,High Street,2025-03-01 23:30\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "visits.csv"), "--workspace", str(paris.path)])
    assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(cli, ["visit", "list", "--workspace", str(paris.path)])
    assert listed.output.count("2025-03-01 23:30") == 2, listed.output
    assert "22:30" not in listed.output and "04:30" not in listed.output, listed.output
    visit, problems = validate_visit({"competitor": "Rival", "store": "Station", "visited_at": "2025-03-01 23:30"},
                                     _context(paris))
    assert not problems and visit is not None
    assert describe(visit, paris.config)[0] == "Rival, Station, 2025-03-01 23:30"


def _context(ws: Workspace):
    from storecheck.visits import VisitContext

    return VisitContext(ws.config)


def test_a_file_imported_before_on_the_machine_s_clock_adds_nothing_when_imported_again(workspace, server_in_utc,
                                                                                         tmp_path):
    """A weekly spreadsheet of every visit, imported each week: the rows an earlier version stored on
    the server's clock are found stored when the file is imported again on the store's clock, rather
    than added a second time an hour apart (when it holds what the stored one holds)."""
    ws = make_visit_workspace(workspace)
    (tmp_path / "visits.csv").write_text(
        "competitor,store,visited_at,visitor,footfall_count,footfall_minutes,notes\n"
        "Rival,Station,2025-03-01 10:00,Ann,20,20,Busy\n", encoding="utf-8")
    imported = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "visits.csv"), "--workspace", str(ws.path)])
    assert imported.exit_code == 0, imported.output  # stored at 10:00 UTC: no time_zone yet, the machine's clock
    text = ws.config_path.read_text(encoding="utf-8").replace("[shop]\n", '[shop]\ntime_zone = "Europe/Paris"\n', 1)
    ws.config_path.write_text(text, encoding="utf-8")
    again = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "visits.csv"), "--workspace", str(ws.path)])
    assert again.exit_code == 0, again.output
    assert _visit_count(ws) == 1, again.output  # before: a second visit, at 09:00 UTC
    # Bob's count at that time is a visit of its own.
    (tmp_path / "bob.csv").write_text(
        "competitor,store,visited_at,visitor,footfall_count,footfall_minutes,notes\n"
        "Rival,Station,2025-03-01 10:00,Bob,35,20,Busy\n", encoding="utf-8")
    bob = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "bob.csv"), "--workspace", str(ws.path)])
    assert bob.exit_code == 0, bob.output
    assert _visit_count(ws) == 2 and sorted(_stored_all(ws)) == [("Station", 20), ("Station", 35)]


def _visit_count(ws: Workspace) -> int:
    with db.open_database(ws.database_url).connect() as conn:
        return len(conn.execute(select(db.visits.c.id)).all())


def test_the_report_shows_a_visit_at_its_time_on_the_store_s_clock(paris: Workspace, tmp_path):
    """The report listed the Paris store's visit typed 23:30 as "2025-03-01 22:30 UTC" beside its footfall
    "counted Sat 23:30-23:50": one visit at two times. Now both on the store's clock, which is named."""
    from bs4 import BeautifulSoup

    (tmp_path / "visits.csv").write_text("competitor,store,visited_at,footfall_count,footfall_minutes\n"
                                         "Rival,Station,2025-03-01 23:30,20,20\n"
                                         "Rival,High Street,2025-03-01 23:30,30,20\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "visits.csv"), "--workspace", str(paris.path)])
    assert result.exit_code == 0, result.output
    report = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", "-o", str(report), "--workspace", str(paris.path)])
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")
    shown = {article["data-store"]: article.select_one(".visit-meta strong").get_text(strip=True)
             for article in soup.select("article.store-visits")}
    assert shown == {"Station": "2025-03-01 23:30 Europe/Paris", "High Street": "2025-03-01 23:30 America/New_York"}, shown
