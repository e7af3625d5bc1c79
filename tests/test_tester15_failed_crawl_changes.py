"""tester15: a crawl that failed between two reports was missing from the report's "Changes and alerts"
(and `export changes`), though `alerts send` sent it as "crawl failed" with its cause. A week's
crawl answered HTTP 500 on every page; the next week's crawl read the shop whole again; the report
after it listed only "crawl health: only 0 items, 0% of the previous finished run's 10": not that the
crawl failed, nor why, and its Data health shows the latest run alone. The report's changes are the
alerts due since the last report: the failure is one of them."""

from __future__ import annotations

import csv
import datetime as dt
from datetime import UTC
from decimal import Decimal
from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run

from conftest import record_crawl
from storecheck import db
from storecheck.models import Offer, OwnProduct

TEA = Offer(key="t1", name="Green Tea 20 bags", price=Decimal("2.19"), currency="EUR", in_stock=True,
            url="https://rival.example/p/t1")
CAUSE = "HTTP 500 https://rival.example/sitemap.xml"


def _weeks(workspace) -> None:
    """Rival read whole two weeks ago, a report since, a crawl that failed last week, one that read the
    shop whole again yesterday."""
    workspace.add_competitor("Rival", "https://rival.example/")
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8") + '[notify]\nwebhooks = ["https://hooks.example/storecheck"]\n',
                    encoding="utf-8")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="TEA-1", name="Green Tea 20 bags", price="2.49", currency="EUR")])
    record_crawl(engine, workspace, [TEA], now - dt.timedelta(days=14))
    with engine.begin() as conn:
        db.record_report_run(conn, now - dt.timedelta(days=13), None, {})
        cid = db.sync_competitors(conn, workspace.config.competitors)["Rival"]
        run = conn.execute(db.crawl_runs.insert().values(
            competitor_id=cid, started_at=now - dt.timedelta(days=7), status="running", dropped={}, health=[],
            errors=[])).inserted_primary_key[0]
        db.finish_crawl_run(conn, run, status="failed", finish_reason="finished", items=0, pages=3, errors=[CAUSE],
                            finished_at=now - dt.timedelta(days=7) + dt.timedelta(minutes=1))
    record_crawl(engine, workspace, [TEA], now - dt.timedelta(days=1))


def test_the_report_s_changes_name_a_crawl_that_failed_since_the_last_report(workspace, tmp_path: Path):
    _weeks(workspace)
    path = tmp_path / "report.html"
    cli_run(workspace, "report", "-o", str(path))
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    heading = next(h for h in soup.find_all("h2") if h.get_text(strip=True) == "Changes and alerts")
    rows = [[td.get_text(" ", strip=True) for td in tr.find_all("td")] for tr in heading.find_parent("section").select("tr")]
    failed = [row for row in rows if "crawl failed" in row]
    assert len(failed) == 1 and any(CAUSE in cell for cell in failed[0]), rows  # before: no such row


def test_export_changes_names_it_and_alerts_send_it_once(workspace, tmp_path: Path):
    _weeks(workspace)
    out = tmp_path / "changes.csv"
    cli_run(workspace, "export", "changes", str(out))
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["kind"], r["detail"]) for r in rows if r["kind"] == "crawl failed"] == [("crawl failed", CAUSE)], rows
    # The alert is the same event, once, with its cause, as before.
    sent = cli_run(workspace, "alerts", "send", "--dry-run")
    lines = [line for line in sent.output.splitlines() if "crawl failed" in line]
    assert len(lines) == 1 and CAUSE in lines[0], sent.output
