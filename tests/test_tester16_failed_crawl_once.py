"""tester16 (last session's leftover): a crawl that failed without reading a product came twice in the
report's "Changes and alerts" and twice in `alerts send`: once as "crawl failed" with its cause, and
again as "crawl health: only 0 items, 0% of the previous finished run's 8 (threshold 70%)", the warning
the crawl adds to a run far smaller than the one before. A run that read nothing because it failed is
one event. Its warning is made here by the crawl's own health check, as `storecheck crawl` stored it
when a DIY shop's every page answered HTTP 500."""

from __future__ import annotations

import csv
import datetime as dt
from datetime import UTC
from decimal import Decimal
from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run, set_notify

from conftest import record_crawl
from crawlers.pipelines import health_checks
from storecheck import db
from storecheck.models import Offer, OwnProduct

CAUSE = "HTTP 500 http://127.0.0.1:8761/sitemap.xml"
SAW = Offer(key="OE-108", name="Scie égoïne 500 mm Bahco", price=Decimal("21.90"), currency="EUR", in_stock=True,
            url="https://outils.example/p/oe-108")
HAMMER = Offer(key="OE-102", name="Marteau de charpentier 600 g Stanley", price=Decimal("19.90"), currency="EUR",
               in_stock=True, url="https://outils.example/p/oe-102")


def _failed_run(workspace, items: int) -> None:
    """Read whole a week ago, a report since, then a crawl that failed today having stored `items` products."""
    workspace.add_competitor("Rival", "https://outils.example/")
    set_notify(workspace, '[notify]\nwebhooks = ["https://hooks.example/storecheck"]\n')
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="BR-SAW", name="Scie égoïne Bahco 500 mm", price="22.50", currency="EUR")])
    whole = record_crawl(engine, workspace, [SAW, HAMMER], now - dt.timedelta(days=7))
    with engine.begin() as conn:
        conn.execute(db.crawl_runs.update().where(db.crawl_runs.c.id == whole).values(items=2, pages=3))
        db.record_report_run(conn, now - dt.timedelta(days=6), None, {})
        cid = db.sync_competitors(conn, workspace.config.competitors)["Rival"]
        run = conn.execute(db.crawl_runs.insert().values(
            competitor_id=cid, started_at=now - dt.timedelta(hours=1), status="running", dropped={}, health=[],
            errors=[])).inserted_primary_key[0]
        health = health_checks(conn, cid, run, items, items, [SAW.price] * items, workspace.config.crawl)
        assert health and health[0].startswith(f"only {items} item"), health  # the crawl's own words
        db.finish_crawl_run(conn, run, status="failed", finish_reason="finished", items=items, pages=3, errors=[CAUSE],
                            health=health)


def _changes(workspace, tmp_path: Path) -> list[tuple[str, str]]:
    out = tmp_path / "changes.csv"
    assert cli_run(workspace, "export", "changes", str(out)).exit_code == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        return [(r["kind"], r["detail"]) for r in csv.DictReader(handle)]


def test_a_crawl_that_failed_reading_nothing_is_one_change_and_one_alert(workspace, tmp_path: Path):
    _failed_run(workspace, 0)
    assert _changes(workspace, tmp_path) == [("crawl failed", CAUSE)]  # before: and ("crawl health", "only 0 items, ...")
    sent = cli_run(workspace, "alerts", "send", "--dry-run")
    assert "crawl failed" in sent.output and "only 0 items" not in sent.output, sent.output

    path = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(path)).exit_code == 0
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    section = next(h for h in soup.find_all("h2") if h.get_text(strip=True) == "Changes and alerts").find_parent("section")
    rows = [tr.get_text(" ", strip=True) for tr in section.select("tbody tr")]
    assert len(rows) == 1 and "crawl failed" in rows[0] and CAUSE in rows[0], rows


def test_a_crawl_that_failed_after_reading_some_still_says_how_few(workspace, tmp_path: Path):
    # What such a run read is stored; how little it was is news the failure's cause does not give.
    _failed_run(workspace, 1)
    kinds = _changes(workspace, tmp_path)
    assert ("crawl failed", CAUSE) in kinds and any(k == "crawl health" and d.startswith("only 1 item,") for k, d in kinds), kinds
