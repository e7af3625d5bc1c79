"""tester16: "Since the previous visit" set a holiday's crowd against a normal afternoon's as a change in
the store. Our Centre-ville, counted by 李明 on Armistice Day (Wed 11 November 2026, 11:00, a holiday:
90 people an hour, ticket 40.00), then by Claire on Tuesday 17 November at 15:00 (50 an hour, ticket
30.00): her visit read "footfall per hour 90 → 50", "average ticket 40.00 EUR → 30.00 EUR" under
"Since the previous visit (李明, 2026-11-11 11:00 Europe/Paris)", nothing saying the earlier one was a
holiday — while the comparison with competitors' stores says "not like with like" for exactly that.
Now the visit compared with is said to be on a holiday, and a footfall change counted at no common
kind of day and hour names both windows and says "not like with like"."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run

VISITS = """competitor,store,visited_at,visitor,footfall_count,footfall_minutes,holiday,average_ticket,average_ticket_source,score_environment
Test Shop,Centre-ville,2026-11-11 11:00,李明,30,20,yes,40.00,till,4
Test Shop,Centre-ville,2026-11-17 15:00,Claire,25,30,no,30.00,till,4
Test Shop,Centre-ville,2026-11-24 15:00,Claire,20,30,no,31.00,till,4
"""


def _changes(workspace, tmp_path: Path) -> dict[str, tuple[str, list[str]]]:
    config = workspace.config_path
    config.write_text(config.read_text(encoding="utf-8").replace("[shop]\n", '[shop]\ntime_zone = "Europe/Paris"\n', 1),
                      encoding="utf-8")
    (tmp_path / "visits.csv").write_text(VISITS, encoding="utf-8")
    for args in (("store", "add", "--ours", "Centre-ville"), ("visit", "import", str(tmp_path / "visits.csv"))):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output
    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    said = {}
    for visit in soup.select("article.store-visits div.visit"):
        when = visit.select_one("p.visit-meta strong").get_text(strip=True)
        box = visit.select_one("div.visit-changes")
        if box is None:
            continue  # the first visit: nothing to compare with
        header = box.select_one(".compared-with")
        said[when[:10]] = (header.get_text(" ", strip=True) if header else "", [li.get_text(" ", strip=True) for li in box.select("li")])
    return said


def test_a_change_since_a_holiday_visit_says_so(workspace, tmp_path: Path):
    said = _changes(workspace, tmp_path)
    header, lines = said["2026-11-17"]
    assert "on a holiday" in header, header  # before: "(李明, 2026-11-11 11:00 Europe/Paris)"
    footfall = next(line for line in lines if line.startswith("footfall per hour"))
    assert footfall == "footfall per hour 90 → 50 (Wed 11:00-11:20 on a holiday → Tue 15:00-15:30: not like with like)", lines


def test_like_with_like_changes_read_as_before(workspace, tmp_path: Path):
    header, lines = _changes(workspace, tmp_path)["2026-11-24"]
    assert "holiday" not in header, header
    assert "footfall per hour 50 → 40" in lines and "average ticket 30.00 EUR → 31.00 EUR" in lines, lines
