"""tester16: a shop's estimated takings per hour sat beside its footfall and average ticket with no word
on how they relate, and disagreed with their product. Our two stores: Centre-ville 80 people an hour at
a 32.00 EUR ticket (2,560.00 an hour), Périphérie 180 at 45.00 (8,100.00); our row read footfall 130,
ticket 38.50, takings 5,330.00 — not 130 × 38.50 = 5,005.00, since takings are the mean of the stores'
own estimates (each store's footfall with its own ticket). A competitor's two stores, one of them with
no ticket noted: footfall 90 (60 and 120), ticket 28.50 (one store), takings 3,420.00 = Zone Nord's
alone. The row now says what its takings rest on, store by store, in the report and the export."""

from __future__ import annotations

import csv
from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run

VISITS = """competitor,store,visited_at,visitor,footfall_count,footfall_minutes,average_ticket,average_ticket_source,score_environment
Test Shop,Centre-ville,2026-11-03 10:00,Claire,40,30,32.00,till,4
Test Shop,Périphérie,2026-11-07 11:00,李明,90,30,45.00,till,3
כלי עבודה,סניף 3,2026-11-04 10:30,Claire,30,30,,,5
כלי עבודה,Zone Nord,2026-11-07 14:00,李明,60,30,28.50,till,3
"""
COLUMN = "takings per hour (estimate): from"


def _workspace(workspace, tmp_path: Path) -> None:
    (tmp_path / "visits.csv").write_text(VISITS, encoding="utf-8")
    for args in (("competitor", "add", "כלי עבודה"), ("store", "add", "כלי עבודה", "סניף 3"),
                 ("store", "add", "כלי עבודה", "Zone Nord"), ("store", "add", "--ours", "Centre-ville"),
                 ("store", "add", "--ours", "Périphérie"), ("visit", "import", str(tmp_path / "visits.csv"))):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output


def _competitor_rows(soup: BeautifulSoup) -> dict[str, dict[str, str]]:
    table = soup.find(id="visits").find("h3", string="Per competitor").find_next("table")
    heads = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    rows = {}
    for tr in table.select("tbody tr"):
        cells = dict(zip(heads, (td.get_text(" ", strip=True) for td in tr.find_all("td"))))
        rows[cells["competitor"].strip("\u2068\u2069")] = cells
    return rows


def test_a_shop_s_takings_per_hour_say_which_stores_they_rest_on(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    out = tmp_path / "report.html"
    result = cli_run(workspace, "report", "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = _competitor_rows(BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser"))
    ours, theirs = rows["Test Shop"], rows["כלי עבודה"]
    assert ours["footfall per hour"] == "130" and ours["takings per hour (estimate)"] == "€5,330.00"
    # Before: no such column; the row read as if 130 x 38.50 should make 5,330.00.
    assert COLUMN in ours, list(ours)
    assert "mean of 2 stores' estimates" in ours[COLUMN] and "Centre-ville 2560.00 EUR" in ours[COLUMN] \
        and "Périphérie 8100.00 EUR" in ours[COLUMN], ours[COLUMN]
    assert "1 of 2 stores" in theirs[COLUMN] and "Zone Nord 3420.00 EUR" in theirs[COLUMN] \
        and "סניף 3" in theirs[COLUMN] and "no ticket" in theirs[COLUMN], theirs[COLUMN]


def test_export_visit_scores_carries_it_and_a_store_row_needs_none(workspace, tmp_path: Path):
    _workspace(workspace, tmp_path)
    out = tmp_path / "visit-scores.csv"
    assert cli_run(workspace, "export", "visit-scores", str(out)).exit_code == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["competitor"]: row for row in csv.DictReader(handle)}
    assert "1 of 2 stores" in rows["כלי עבודה"][COLUMN] and "סניף 3" in rows["כלי עבודה"][COLUMN]
    stores = tmp_path / "store-scores.csv"
    assert cli_run(workspace, "export", "store-scores", str(stores)).exit_code == 0
    with stores.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert COLUMN not in header  # one store's takings are its footfall x its ticket: nothing to explain
