"""tester16: "Since the last report" moved with no price moved. A DIY shop's week: Outils Express
delisted the hand saw (we were 2.7% dearer on it) and changed no price, and its card read "+0.1 points
(was 103.5)" — an index over other products, not a price move. The fixed-basket trend (today's pairs
at their prices then) already knows it: 0.0. The card now says how much of the change is prices
("on today's products +0.0 points, the rest from products matched or gone since"), and
`score --json` carries it as `index_change_same_products`."""

from __future__ import annotations

import datetime as dt
import json
from datetime import UTC
from decimal import Decimal
from pathlib import Path

from bs4 import BeautifulSoup
from test_alerts import cli_run

from conftest import record_crawl
from storecheck import db
from storecheck.models import Offer, OwnProduct

HAMMER = Offer(key="OE-102", name="Marteau de charpentier 600 g Stanley", price=Decimal("20.00"), currency="EUR",
               in_stock=True, url="https://outils.example/p/oe-102", gtin="3253560512171")
SAW = Offer(key="OE-108", name="Scie égoïne 500 mm Bahco", price=Decimal("20.00"), currency="EUR", in_stock=True,
            url="https://outils.example/p/oe-108", gtin="7311518123453")


def _weeks(workspace) -> None:
    """Both matched a week ago (index 109.5), a report then, the saw delisted yesterday, no price changed."""
    workspace.add_competitor("Rival", "https://outils.example/")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [
            OwnProduct(sku="BR-HAM", name="Marteau de charpentier 600 g Stanley", price="20.00", currency="EUR", gtin="3253560512171"),
            OwnProduct(sku="BR-SAW", name="Scie égoïne Bahco 500 mm", price="24.00", currency="EUR", gtin="7311518123453")])
    record_crawl(engine, workspace, [HAMMER, SAW], now - dt.timedelta(days=7))
    assert cli_run(workspace, "match").exit_code == 0
    with engine.begin() as conn:
        # As `storecheck report` records it: 100 x sqrt(1.0 x 1.2).
        db.record_report_run(conn, now - dt.timedelta(days=6), None, {"Rival": {"price_index": 109.54451150103323}})
    record_crawl(engine, workspace, [HAMMER], now - dt.timedelta(days=1))


def test_the_card_says_how_much_of_the_change_is_prices(workspace, tmp_path: Path):
    _weeks(workspace)
    path = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(path)).exit_code == 0
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    card = soup.select_one('article.card.competitor[data-competitor="Rival"]')
    since = next(dt.find_next("dd") for dt in card.select("dt") if dt.get_text(strip=True) == "Since the last report")
    text = since.get_text(" ", strip=True)
    assert text.startswith("-9.5 points (was 109.5)"), text
    # Before: nothing more; the saw's going read as a price cut of 9.5 points.
    assert "on today's products +0.0 points, the rest from products matched or gone since" in text, text


def test_score_json_carries_it(workspace):
    _weeks(workspace)
    data = json.loads(cli_run(workspace, "score", "--json").output)
    [rival] = data["competitors"]
    assert round(rival["index_change"], 1) == -9.5 and round(rival["index_change_same_products"], 1) == 0.0, rival
