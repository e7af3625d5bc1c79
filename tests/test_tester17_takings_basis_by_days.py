"""tester17: a shop's takings per hour on normal days (and on holidays) are made as on all days, the mean
of its stores' own estimates, but only the all-days column said so (tester16's "takings per hour
(estimate): from"). A Kraków pet shop's two stores (found in PLN; the test's workspace is in EUR, the
figures the same): Kazimierz 90 people an hour at a 62.50 ticket on a Tuesday (5,625.00 an hour) and
140 at 55.00 on Independence Day; Nowa Huta 40 at 48.00 (1,920.00).
Our normal-days row read footfall 65, ticket 55.25, takings 3,772.50, not 65 x 55.25 = 3,591.25, with no
word; now its own column names the stores and estimates. The holidays rest on Kazimierz alone: its
footfall x its ticket, nothing to explain."""

from __future__ import annotations

import csv
from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run

VISITS = """competitor,store,visited_at,visitor,footfall_count,footfall_minutes,holiday,average_ticket,average_ticket_source,score_environment
Test Shop,Kazimierz,2026-11-03 16:00,Agnieszka,45,30,no,"62,50",till,4
Test Shop,Nowa Huta,2026-11-04 11:00,김민준,20,30,no,"48,00",till,3
Test Shop,Kazimierz,2026-11-11 12:00,Agnieszka,70,30,yes,"55,00",till,4
"""
NORMAL, HOLIDAYS = "normal days: takings per hour (estimate): from", "holidays: takings per hour (estimate): from"


def _workspace(workspace, tmp_path: Path) -> None:
    (tmp_path / "visits.csv").write_text(VISITS, encoding="utf-8")
    for args in (("store", "add", "--ours", "Kazimierz"), ("store", "add", "--ours", "Nowa Huta"),
                 ("visit", "import", str(tmp_path / "visits.csv"))):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output


def test_normal_days_takings_say_which_stores_they_rest_on(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    table = soup.find(id="visits").find("h3", string="Per competitor").find_next("table")
    heads = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    [row] = [dict(zip(heads, (td.get_text(" ", strip=True) for td in tr.find_all("td")))) for tr in table.select("tbody tr")]
    assert row["normal days: footfall per hour"] == "65" and row["normal days: average ticket"] == "€55.25"
    assert row["normal days: takings per hour (estimate)"] == "€3,772.50"
    # Before: no such column.
    assert NORMAL in row, heads
    assert "mean of 2 stores' estimates" in row[NORMAL] and "Kazimierz 5625.00 EUR" in row[NORMAL] \
        and "Nowa Huta 1920.00 EUR" in row[NORMAL], row[NORMAL]
    assert row[HOLIDAYS] == "—"  # one store: its footfall x its ticket
    # The all-days words are unchanged (Kazimierz on all days: 115 x 58.75).
    assert "Kazimierz 6756.25 EUR" in row["takings per hour (estimate): from"]


def test_export_visit_scores_carries_them(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    out = tmp_path / "visit-scores.csv"
    assert cli_run(workspace, "export", "visit-scores", str(out)).exit_code == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert "Nowa Huta 1920.00 EUR" in row[NORMAL] and row[HOLIDAYS] == ""
