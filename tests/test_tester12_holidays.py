"""Normal days against holidays. A competitor's store visited only on a holiday (Christmas Eve's
crowd) and ours only on normal days shared no kind of day, and the report's "all days" figures set
them side by side as like with like: "footfall per hour 300 at Rival's Station against 100 in ours
... counted Wed 11:00-11:30, ours Wed 11:00-11:30", and What to copy carried it as evidence of a
better store. A footfall counted on a holiday is another kind of day than one counted on a normal
day, as a Saturday is another than a Wednesday."""

from __future__ import annotations

from click.testing import CliRunner

from shared_fixtures import make_visit_workspace
from storecheck import analysis, db
from storecheck.cli import cli
from storecheck.config import Workspace


def _visited(workspace: Workspace, tmp_path, rows: str) -> dict:
    ws = make_visit_workspace(workspace)
    text = ws.config_path.read_text(encoding="utf-8")
    ws.config_path.write_text(text.replace("[shop]\n", '[shop]\ntime_zone = "Europe/Paris"\n', 1)
                              + '\n[[shop.stores]]\nname = "Main Street"\n', encoding="utf-8")
    ws = Workspace(ws.path)
    (tmp_path / "visits.csv").write_text(
        "competitor,store,visited_at,footfall_count,footfall_minutes,holiday,average_ticket,average_ticket_source,currency,"
        "score_hospitality\n" + rows, encoding="utf-8")
    result = CliRunner().invoke(cli, ["visit", "import", str(tmp_path / "visits.csv"), "--workspace", str(ws.path)])
    assert result.exit_code == 0, result.output
    return analysis.report_context(db.open_database(ws.database_url), ws.config)


def _rows(context: dict, store: str | None, days: str) -> dict:
    return {row["measure"]: row for row in context["visit_details"]["comparisons"]
            if row["store"] == store and row["days"] == days}


def test_a_store_visited_only_on_a_holiday_is_not_like_with_like_against_our_normal_days(workspace, tmp_path):
    context = _visited(workspace, tmp_path,
                       "Rival,Station,2025-12-24 11:00,150,30,yes,40.00,till,EUR,5\n"              # Christmas Eve
                       "Test Shop,Main Street,2025-12-17 11:00,50,30,no,30.00,till,EUR,3\n")       # a Wednesday before
    footfall = _rows(context, "Station", "all")["footfall_per_hour"]
    # Before: like with like, "counted Wed 11:00-11:30, ours Wed 11:00-11:30" and nothing more.
    assert footfall["like_with_like"] is False, footfall["statement"]
    assert "holiday" in footfall["statement"] and "not like with like" in footfall["statement"], footfall["statement"]
    ticket = _rows(context, "Station", "all")["average_ticket"]
    assert "their visits on holidays, ours on normal days: not like with like" in ticket["statement"], ticket["statement"]
    # The holidays' own row says there is no holiday figure of ours, as before.
    assert _rows(context, "Station", "holiday")["footfall_per_hour"]["ours"] is None
    # What to copy keeps the store practice (a score), its footfall evidence saying it is not like with like.
    copy = [item for item in context["what_to_copy"] if item["area"] == "store"]
    assert copy and all("not like with like" in item["evidence"] for item in copy), copy


def test_both_sides_on_normal_days_and_holidays_stay_like_with_like(workspace, tmp_path):
    context = _visited(workspace, tmp_path,
                       "Rival,Station,2025-12-24 11:00,150,30,yes,40.00,till,EUR,5\n"
                       "Rival,Station,2025-12-10 11:00,60,30,no,30.00,till,EUR,4\n"
                       "Test Shop,Main Street,2025-12-17 11:00,50,30,no,30.00,till,EUR,3\n"
                       "Test Shop,Main Street,2025-12-31 11:00,90,30,yes,35.00,till,EUR,3\n")
    rows = _rows(context, "Station", "all")
    assert rows["footfall_per_hour"]["like_with_like"] is True, rows["footfall_per_hour"]["statement"]
    assert "not like with like" not in rows["average_ticket"]["statement"]
    assert "not like with like" not in rows["footfall_per_hour"]["statement"]
