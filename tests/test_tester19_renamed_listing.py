"""A competitor renaming a product under the same key (its shop's sku or URL) shows in Changes.

A category manager reads the report's Changes to know what moved at each competitor since last week.
A listing renamed under its key ("Llanta Continental Grand Prix 5000 700x25" to "Llanta Continental
GP5000 700x25c") kept its history and its match, rightly, but nothing said it had been renamed: the
product simply showed under another name in every table, and only the current name was stored.
"""

from __future__ import annotations

import csv
import datetime as dt
from datetime import UTC
from decimal import Decimal

from bs4 import BeautifulSoup
from conftest import record_crawl
from test_alerts import cli_run

from storecheck import db
from storecheck.models import Offer, OwnProduct

OLD, NEW = "Llanta Continental Grand Prix 5000 700x25", "Llanta Continental GP5000 700x25c"


def _offers(tyre: str) -> list[Offer]:
    return [Offer(key="llanta-gp5000", name=tyre, brand="Continental", price=Decimal("1299.00"), currency="MXN",
                  url="https://rodada29.example/llanta-gp5000"),
            Offer(key="casco-mips", name="Casco Giro Syntax MIPS", brand="Giro", price=Decimal("2490.00"),
                  currency="MXN", url="https://rodada29.example/casco-mips")]


def _bike_shop(workspace):
    workspace.add_competitor("Rodada 29", "https://rodada29.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="BB-101", name="Llanta Continental Grand Prix 5000 700x25",
                                                 brand="Continental", price="1349.00", currency="MXN")])
    return engine


def _changes(workspace, tmp_path, name: str) -> list[dict]:
    out = tmp_path / name
    result = cli_run(workspace, "export", "changes", str(out))
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_a_listing_renamed_under_its_key_is_a_change_in_the_report(workspace, tmp_path):
    engine = _bike_shop(workspace)
    now = dt.datetime.now(UTC)
    record_crawl(engine, workspace, _offers(OLD), now - dt.timedelta(days=14), competitor="Rodada 29")
    record_crawl(engine, workspace, _offers(OLD), now - dt.timedelta(days=7), competitor="Rodada 29")
    assert cli_run(workspace, "report", "-o", str(tmp_path / "week1.html")).exit_code == 0
    with engine.begin() as conn:  # the report as if read between the crawls
        conn.execute(db.report_runs.update().values(generated_at=now - dt.timedelta(days=5)))
    record_crawl(engine, workspace, _offers(NEW), now - dt.timedelta(hours=2), competitor="Rodada 29")

    renamed = [row for row in _changes(workspace, tmp_path, "changes.csv") if row["kind"] == "renamed"]
    # Before: no row (the price, stock and promotion stood still, and the old name was not kept).
    assert [(row["competitor"], row["product"], row["detail"]) for row in renamed] == \
        [("Rodada 29", NEW, f"was {OLD}")], renamed

    assert cli_run(workspace, "report", "-o", str(tmp_path / "week2.html")).exit_code == 0
    soup = BeautifulSoup((tmp_path / "week2.html").read_text(encoding="utf-8"), "html.parser")
    rows = [" ".join(tr.get_text(" ", strip=True).split()) for tr in soup.select("#changes tr")]
    assert any("renamed" in row and NEW in row and OLD in row for row in rows), rows
    # Said once: the next report starts from this one.
    assert not [row for row in _changes(workspace, tmp_path, "after.csv") if row["kind"] == "renamed"]


def test_a_name_given_back_before_the_report_is_no_change(workspace, tmp_path):
    engine = _bike_shop(workspace)
    now = dt.datetime.now(UTC)
    record_crawl(engine, workspace, _offers(OLD), now - dt.timedelta(days=14), competitor="Rodada 29")
    assert cli_run(workspace, "report", "-o", str(tmp_path / "week1.html")).exit_code == 0
    with engine.begin() as conn:
        conn.execute(db.report_runs.update().values(generated_at=now - dt.timedelta(days=10)))
    record_crawl(engine, workspace, _offers(NEW), now - dt.timedelta(days=7), competitor="Rodada 29")
    record_crawl(engine, workspace, _offers(OLD), now - dt.timedelta(hours=2), competitor="Rodada 29")
    assert not [row for row in _changes(workspace, tmp_path, "changes.csv") if row["kind"] == "renamed"]


def test_before_the_first_report_the_latest_crawl_s_renames_show(workspace, tmp_path):
    engine = _bike_shop(workspace)
    now = dt.datetime.now(UTC)
    record_crawl(engine, workspace, _offers(OLD), now - dt.timedelta(days=7), competitor="Rodada 29")
    record_crawl(engine, workspace, _offers(NEW), now - dt.timedelta(hours=2), competitor="Rodada 29")
    renamed = [row for row in _changes(workspace, tmp_path, "changes.csv") if row["kind"] == "renamed"]
    assert [(row["product"], row["detail"]) for row in renamed] == [(NEW, f"was {OLD}")], renamed
