"""tester17: the report's Store visits tables gave "last visit" in UTC ("2026-11-17 14:10 UTC") while
the visit timelines below them, `store list` and the visit form give the store's clock ("15:10
Europe/Paris"), the time the visitor wrote down. A Paris shop (ours) and a Tokyo bookshop visited
on their own clocks: each table's "last visit" is now on the store's clock, named; a shop's row on the
clock of the store visited last. The export keeps the same instant; its XLSX cells stay UTC."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import tomlkit
from bs4 import BeautifulSoup
from test_alerts import cli_run

VISITS = """competitor,store,visited_at,visitor,footfall_count,footfall_minutes,score_environment
Test Shop,Rive Gauche,2026-11-17 15:10,Claire,40,30,4
紀伊國屋書店,新宿本店,2026-11-18 18:45,李明,120,30,5
紀伊國屋書店,Paris Opéra,2026-11-16 11:00,Claire,30,30,3
"""


def _workspace(workspace, tmp_path: Path) -> None:
    for args in (("competitor", "add", "紀伊國屋書店"), ("store", "add", "紀伊國屋書店", "新宿本店"),
                 ("store", "add", "紀伊國屋書店", "Paris Opéra"), ("store", "add", "--ours", "Rive Gauche")):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output
    config = tomlkit.parse(workspace.config_path.read_text(encoding="utf-8"))
    config["shop"]["time_zone"] = "Europe/Paris"
    [tokyo] = [s for c in config["competitors"] for s in c.get("stores", []) if s["name"] == "新宿本店"]
    tokyo["time_zone"] = "Asia/Tokyo"
    workspace.config_path.write_text(tomlkit.dumps(config), encoding="utf-8")
    (tmp_path / "visits.csv").write_text(VISITS, encoding="utf-8")
    result = cli_run(workspace, "visit", "import", str(tmp_path / "visits.csv"))
    assert result.exit_code == 0, result.output


def _last_visits(soup: BeautifulSoup, title: str) -> dict[str, str]:
    table = soup.find(id="visits").find("h3", string=title).find_next("table")
    heads = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    rows = {}
    for tr in table.select("tbody tr"):
        cells = dict(zip(heads, (td.get_text(" ", strip=True) for td in tr.find_all("td"))))
        name = cells.get("store", cells["competitor"]).strip("\u2068\u2069")
        rows[name] = cells["last visit"]
    return rows


def test_the_visit_tables_give_the_last_visit_on_the_store_s_clock(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    out = tmp_path / "report.html"
    result = cli_run(workspace, "report", "-o", str(out))
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    # Before: "2026-11-17 14:10 UTC", "2026-11-18 09:45 UTC".
    assert _last_visits(soup, "Per store") == {"Rive Gauche": "2026-11-17 15:10 Europe/Paris",
                                               "新宿本店": "2026-11-18 18:45 Asia/Tokyo",
                                               "Paris Opéra": "2026-11-16 11:00 Europe/Paris"}
    assert _last_visits(soup, "Per competitor") == {"Test Shop": "2026-11-17 15:10 Europe/Paris",
                                                    "紀伊國屋書店": "2026-11-18 18:45 Asia/Tokyo"}
    # The timeline below says the same as the table.
    assert "2026-11-18 18:45 Asia/Tokyo" in soup.find(id="visits").get_text(" ")
    listed = cli_run(workspace, "store", "list")
    assert "18:45 Asia/Tokyo" in listed.output and "15:10 Europe/Paris" in listed.output, listed.output


def test_the_export_keeps_the_instant_and_xlsx_stays_utc(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    out = tmp_path / "store-scores.csv"
    assert cli_run(workspace, "export", "store-scores", str(out)).exit_code == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["store"]: row["last_visit"] for row in csv.DictReader(handle)}
    tokyo = dt.datetime.fromisoformat(rows["新宿本店"])
    assert tokyo == dt.datetime(2026, 11, 18, 9, 45, tzinfo=dt.UTC)
    book = tmp_path / "store-scores.xlsx"
    assert cli_run(workspace, "export", "store-scores", str(book)).exit_code == 0
    sheet = openpyxl.load_workbook(book).active
    header = [c.value for c in sheet[1]]
    cells = {r[header.index("store")]: r[header.index("last_visit")] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert cells["新宿本店"] == dt.datetime(2026, 11, 18, 9, 45)
