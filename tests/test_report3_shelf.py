"""A product its web shop stopped listing, seen on a shelf since: the headline index and the index
history tell one price, through the commands, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from conftest import record_crawl
from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace
from storecheck.models import Offer

PESTO = Offer(key="r1", name="Pesto 190g", brand="Barilla", gtin="8076809513753", price=Decimal("2.50"), currency="EUR")
PASTA = Offer(key="r2", name="Spaghetti 500g", brand="Barilla", gtin="8076800195057", price=Decimal("1.50"), currency="EUR")


def run(ws: Workspace, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--workspace", str(ws.path)])
    assert result.exit_code == 0, result.output
    return result.output


def rival_workspace(workspace: Workspace, tmp_path: Path) -> Workspace:
    """Our pesto 3.00 and spaghetti 1.50; Rival listed both online three days ago (2.50, 1.50)."""
    text = workspace.config_path.read_text(encoding="utf-8")
    workspace.config_path.write_text(text + '\n[[competitors]]\nname = "Rival"\nurl = "https://rival.example/"\n'
                                     '[[competitors.stores]]\nname = "High Street"\n', encoding="utf-8")
    ws = Workspace(workspace.path)
    (tmp_path / "ours.csv").write_text("sku,name,brand,gtin,price,currency\n"
                                       "P1,Pesto 190 g,Barilla,8076809513753,3.00,EUR\n"
                                       "P2,Spaghetti 500 g,Barilla,8076800195057,1.50,EUR\n", encoding="utf-8")
    run(ws, "catalogue", "import", str(tmp_path / "ours.csv"))
    record_crawl(db.open_database(ws.database_url), ws, [PESTO, PASTA], db.utcnow() - timedelta(days=3))
    run(ws, "match")
    return ws


def shelf_check(ws: Workspace, tmp_path: Path, price: str, minutes_ago: int) -> None:
    when = (datetime.now() - timedelta(minutes=minutes_ago)).strftime("%Y-%m-%d %H:%M")
    (tmp_path / "visit.csv").write_text(f"competitor,store,visited_at\nRival,High Street,{when}\n", encoding="utf-8")
    (tmp_path / "checks.csv").write_text(f"visit_row,sku,price\n2,P1,{price}\n", encoding="utf-8")
    run(ws, "visit", "import", str(tmp_path / "visit.csv"), "--price-checks", str(tmp_path / "checks.csv"))


def headline_and_last_point(ws: Workspace) -> tuple[float, float]:
    [rival] = json.loads(run(ws, "score", "--json"))["competitors"]
    return rival["price_index"], rival["index_history"][-1]["index"]


def report_headline_and_last_point(ws: Workspace, tmp_path: Path) -> tuple[str, str]:
    """The index on Rival's card and the last row of the index series' table, as the report prints them."""
    run(ws, "report", "-o", str(tmp_path / "report.html"))
    page = BeautifulSoup((tmp_path / "report.html").read_text(encoding="utf-8"), "html.parser")
    card = page.select_one(".big")
    rows = [[cell.get_text(strip=True) for cell in row.find_all("td")]
            for row in page.select("#index-history-table tbody tr")]
    assert card is not None and rows and rows[-1][0] == "Rival"
    return card.get_text(strip=True), rows[-1][2]


SHELF_INDEX = 100 * (3.00 / 3.50 * 1.50 / 1.50) ** 0.5  # 92.6: the pesto at the shelf's 3.50
ONLINE_INDEX = 100 * (3.00 / 2.50 * 1.50 / 1.50) ** 0.5  # 109.5: the pesto at its last online 2.50


def test_a_product_delisted_online_and_seen_on_a_shelf_since_is_told_at_one_price(
        database: str, workspace: Workspace, tmp_path: Path):
    """The headline counted the shelf price (92.6) while the trend line kept the pesto's last online
    price, which nobody charged any more (109.5 on the same day, beside it)."""
    ws = rival_workspace(workspace, tmp_path)
    record_crawl(db.open_database(ws.database_url), ws, [PASTA], db.utcnow() - timedelta(days=1))  # pesto delisted
    shelf_check(ws, tmp_path, "3.50", minutes_ago=1)
    headline, last_point = headline_and_last_point(ws)
    assert headline == pytest.approx(SHELF_INDEX, abs=0.01)
    assert last_point == pytest.approx(headline)
    card, table = report_headline_and_last_point(ws, tmp_path)
    assert card == table == f"{SHELF_INDEX:.1f}"


def test_a_shelf_price_seen_while_listed_online_counts_on_no_day(database: str, workspace: Workspace, tmp_path: Path):
    """A shelf price (3.50) seen while the web shop still listed the pesto (its crawl of the next day read
    it online) counts on no day, its own included; the one seen after the shop stopped listing it (4.00)
    counts from its day, and is today's headline."""
    ws = rival_workspace(workspace, tmp_path)
    shelf_check(ws, tmp_path, "3.50", minutes_ago=2 * 24 * 60)
    engine = db.open_database(ws.database_url)
    record_crawl(engine, ws, [PESTO, PASTA], db.utcnow() - timedelta(days=1))  # still listed online, at 2.50
    record_crawl(engine, ws, [PASTA], db.utcnow() - timedelta(hours=2))  # the pesto delisted
    shelf_check(ws, tmp_path, "4.00", minutes_ago=1)
    headline, last_point = headline_and_last_point(ws)
    assert headline == pytest.approx(100 * (3.00 / 4.00) ** 0.5, abs=0.01) and last_point == pytest.approx(headline)
    [rival] = json.loads(run(ws, "score", "--json"))["competitors"]
    assert all(point["index"] != pytest.approx(SHELF_INDEX, abs=0.01) for point in rival["index_history"])
    assert rival["index_history"][0]["index"] == pytest.approx(ONLINE_INDEX, abs=0.01)


def test_a_product_still_listed_online_keeps_its_online_price_in_both(database: str, workspace: Workspace, tmp_path: Path):
    """The other side of the rule: listed by the last complete crawl, the online price counts in the
    headline and on every day of the line, whatever a shelf showed."""
    ws = rival_workspace(workspace, tmp_path)
    record_crawl(db.open_database(ws.database_url), ws, [PESTO, PASTA], db.utcnow() - timedelta(days=1))
    shelf_check(ws, tmp_path, "3.50", minutes_ago=1)
    headline, last_point = headline_and_last_point(ws)
    assert headline == pytest.approx(ONLINE_INDEX, abs=0.01) and last_point == pytest.approx(headline)
