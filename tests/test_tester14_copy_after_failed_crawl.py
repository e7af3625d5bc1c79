"""tester14: What to copy after this week's crawl failed. It opens the report and said "Cheaper on
Coffee: we are 33.3% dearer ... e.g. Coffee beans 1 kg 12.00 EUR against 9.00 EUR" on a promotional
price read a week before, with nothing beside it to say the crawl since had failed (only the
competitor's card and Data health said so). Its evidence now says what it rests on, until a crawl
reads the shop whole again."""

from __future__ import annotations

import datetime as dt
import json
from datetime import UTC

from click.testing import CliRunner
from conftest import record_crawl

from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace
from storecheck.models import Offer, OwnProduct


def _copy(ws: Workspace) -> list[dict]:
    result = CliRunner().invoke(cli, ["score", "--json", "--workspace", str(ws.path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["what_to_copy"]


def test_what_to_copy_says_its_evidence_rests_on_an_earlier_crawl_after_one_failed(workspace: Workspace):
    workspace.add_competitor("Rival", "https://rival.example/")
    ws = Workspace(workspace.path)
    engine = db.open_database(ws.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="C1", name="Coffee beans 1 kg", category="Coffee", price="12",
                                                 currency="EUR")])
    coffee = Offer(key="c", name="Coffee beans 1 kg", price="9", regular_price="11", currency="EUR", in_stock=True)
    week = dt.datetime(2026, 11, 23, 6, tzinfo=UTC)
    record_crawl(engine, ws, [coffee], week)
    with engine.begin() as conn:
        pid = conn.execute(db.select(db.competitor_products.c.id)).scalar_one()
        db.record_decision(conn, "C1", pid, "confirmed", decided_by="Ann")
    [price] = [item for item in _copy(ws) if item["area"] == "price"]
    assert "Cheaper on Coffee" in price["advantage"] and "latest crawl" not in price["evidence"]

    record_crawl(engine, ws, [], week + dt.timedelta(days=7), status="failed")
    items = {item["area"]: item for item in _copy(ws)}
    caveat = ("the latest crawl of Rival (2026-11-30 06:00 UTC) failed: this rests on what earlier crawls read "
              "(the last whole one on 2026-11-23 06:00 UTC) and may have changed since")
    assert items["price"]["evidence"].endswith(caveat), items["price"]["evidence"]

    # A crawl that reads the shop whole again: the evidence is this week's, with no caveat.
    record_crawl(engine, ws, [coffee], week + dt.timedelta(days=8))
    assert all("latest crawl" not in item["evidence"] for item in _copy(ws))
