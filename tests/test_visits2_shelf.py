"""A shelf price seen on a visit, for a product the competitor also sells online: which price the
price index counts, whether the product stays in their range, and what the report says."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import update

from storecheck import analysis, db
from storecheck.cli import cli
from storecheck.config import Workspace


def run(ws: Workspace, *args: str) -> None:
    result = CliRunner().invoke(cli, [*args, "--workspace", str(ws.path)])
    assert result.exit_code == 0, result.output


@pytest.fixture
def checked(workspace: Workspace, tmp_path: Path) -> Workspace:
    """Our pesto at 3.00 and spaghetti at 1.50; Rival sells both online (2.50, 1.50, read two hours
    ago), and a visit just now saw the pesto at 3.50 on the shelf of its High Street store."""
    text = workspace.config_path.read_text(encoding="utf-8")
    workspace.config_path.write_text(text + '\n[[competitors]]\nname = "Rival"\nurl = "https://rival.example/"\n'
                                     '[[competitors.stores]]\nname = "High Street"\n[[competitors.stores]]\nname = "Station"\n',
                                     encoding="utf-8")
    ws = Workspace(workspace.path)
    (tmp_path / "ours.csv").write_text("sku,name,brand,gtin,price,currency\n"
                                       "P1,Pesto 190 g,Barilla,8076809513753,3.00,EUR\n"
                                       "P2,Spaghetti 500 g,Barilla,8076800195057,1.50,EUR\n", encoding="utf-8")
    (tmp_path / "theirs.csv").write_text("key,name,brand,gtin,price,currency\n"
                                         "r1,Pesto 190g,Barilla,8076809513753,2.50,EUR\n"
                                         "r2,Spaghetti 500g,Barilla,8076800195057,1.50,EUR\n", encoding="utf-8")
    run(ws, "catalogue", "import", str(tmp_path / "ours.csv"))
    run(ws, "offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")
    run(ws, "match")
    with db.open_database(ws.database_url).begin() as conn:
        conn.execute(update(db.observations).values(observed_at=db.utcnow() - timedelta(hours=2)))
    when = (datetime.now() - timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M")
    (tmp_path / "visit.csv").write_text(f"competitor,store,visited_at\nRival,High Street,{when}\n", encoding="utf-8")
    (tmp_path / "checks.csv").write_text("visit_row,sku,price\n2,P1,3.50\n", encoding="utf-8")
    run(ws, "visit", "import", str(tmp_path / "visit.csv"), "--price-checks", str(tmp_path / "checks.csv"))
    return ws


def test_a_shelf_check_keeps_the_online_product_in_their_range(checked: Workspace):
    """The shelf check became the pesto's latest observation, and their range counted only products
    whose latest price was read online: Rival had 1 product, and our pesto read as one they lack."""
    context = analysis.report_context(db.open_database(checked.database_url), Workspace(checked.path).config)
    [rival] = [r for r in context["range"]["Per competitor"] if r["competitor"] == "Rival"]
    assert (rival["their products"], rival["matched to ours"], rival["we have, they lack"]) == (2, 2, 0)
    assert context["competitors"][0]["products"] == 2


def test_the_index_counts_the_online_price_and_the_report_shows_the_shelf_price_beside_it(checked: Workspace):
    """A visit moved the index from 109.5 (online: 3.00/2.50 and 1.50/1.50) to 92.6 (3.00/3.50) with no
    price changed online: whichever was read last won. The index now counts the online price of a
    product sold online, and the pair says what the shelf showed."""
    context = analysis.report_context(db.open_database(checked.database_url), Workspace(checked.path).config)
    card = context["competitors"][0]
    assert card["price_index"] == pytest.approx(100 * (3.00 / 2.50 * 1.0) ** 0.5, abs=0.01)
    pesto = next(r for r in context["price_rows"] if r["sku"] == "P1")
    assert float(pesto["their_price"]) == pytest.approx(2.50)
    assert "in store 3.50 EUR on " in pesto["method"] and "shelf price seen in store" not in pesto["method"]
    assert any(name == "Shelf price checks" for name, _ in context["definitions"])
    # The index history's point of today is the headline's (review R9: it took the shelf price).
    # Its last point: between midnight and 02:00 UTC the online prices, read two hours ago, fall on
    # yesterday and give a point of their own before it.
    *_, today = context["trends"]["index_history"]["Rival"]
    assert today["index"] == pytest.approx(card["price_index"]) and today["pairs"] == 2


def test_a_product_seen_only_in_store_counts_at_its_shelf_price(checked: Workspace, tmp_path: Path):
    (tmp_path / "ours.csv").write_text("sku,name,price,currency\nP3,Olive oil 1 l,8.00,EUR\n", encoding="utf-8")
    run(checked, "catalogue", "import", str(tmp_path / "ours.csv"))
    when = (datetime.now() - timedelta(minutes=2)).strftime("%Y-%m-%d %H:%M")
    (tmp_path / "visit.csv").write_text(f"competitor,store,visited_at\nRival,Station,{when}\n", encoding="utf-8")
    (tmp_path / "checks.csv").write_text("visit_row,sku,price\n2,P3,10.00\n", encoding="utf-8")
    run(checked, "visit", "import", str(tmp_path / "visit.csv"), "--price-checks", str(tmp_path / "checks.csv"))
    context = analysis.report_context(db.open_database(checked.database_url), Workspace(checked.path).config)
    oil = next(r for r in context["price_rows"] if r["sku"] == "P3")
    assert float(oil["their_price"]) == pytest.approx(10.00) and "shelf price seen in store" in oil["method"]


def test_a_product_its_shop_no_longer_lists_online_counts_at_the_shelf_price_seen_since(workspace: Workspace, tmp_path: Path):
    """Review R9: the online price won over every shelf price, even of a product the web shop no longer
    lists (its last crawl price, days old, stood). Once the last complete crawl does not list it, a
    shelf price seen since is its price."""
    from decimal import Decimal

    from conftest import record_crawl
    from storecheck.models import Offer

    text = workspace.config_path.read_text(encoding="utf-8")
    workspace.config_path.write_text(text + '\n[[competitors]]\nname = "Rival"\nurl = "https://rival.example/"\n'
                                     '[[competitors.stores]]\nname = "High Street"\n', encoding="utf-8")
    ws = Workspace(workspace.path)
    (tmp_path / "ours.csv").write_text("sku,name,brand,gtin,price,currency\n"
                                       "P1,Pesto 190 g,Barilla,8076809513753,3.00,EUR\n"
                                       "P2,Spaghetti 500 g,Barilla,8076800195057,1.50,EUR\n", encoding="utf-8")
    run(ws, "catalogue", "import", str(tmp_path / "ours.csv"))
    pesto = Offer(key="r1", name="Pesto 190g", brand="Barilla", gtin="8076809513753", price=Decimal("2.50"), currency="EUR")
    pasta = Offer(key="r2", name="Spaghetti 500g", brand="Barilla", gtin="8076800195057", price=Decimal("1.50"), currency="EUR")
    engine = db.open_database(ws.database_url)
    now = db.utcnow()
    record_crawl(engine, ws, [pesto, pasta], now - timedelta(days=3))
    run(ws, "match")
    record_crawl(engine, ws, [pasta], now - timedelta(days=1))  # the pesto is no longer listed online
    when = (datetime.now() - timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M")
    (tmp_path / "visit.csv").write_text(f"competitor,store,visited_at\nRival,High Street,{when}\n", encoding="utf-8")
    (tmp_path / "checks.csv").write_text("visit_row,sku,price\n2,P1,3.50\n", encoding="utf-8")
    run(ws, "visit", "import", str(tmp_path / "visit.csv"), "--price-checks", str(tmp_path / "checks.csv"))
    context = analysis.report_context(engine, Workspace(ws.path).config)
    pesto_row = next(r for r in context["price_rows"] if r["sku"] == "P1")
    assert float(pesto_row["their_price"]) == pytest.approx(3.50) and "shelf price seen in store" in pesto_row["method"]
    # Still listed online: the spaghetti keeps its online price.
    assert float(next(r for r in context["price_rows"] if r["sku"] == "P2")["their_price"]) == pytest.approx(1.50)
