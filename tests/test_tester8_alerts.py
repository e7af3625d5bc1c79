"""An eighth tester's pass over the weekly loop's alerts when staff note shelf prices on store visits: a
shelf price of a product the competitor sells online joins that product's history, but the price figures
keep counting its online price (README, "Shelf price checks"). The alerts must not take the shelf price
for a move of the web shop's price, down on the visit and up again at the next crawl."""

from __future__ import annotations

import datetime as dt
from datetime import UTC
from decimal import Decimal

from test_alerts import cli_run

from storecheck import db
from storecheck.models import Offer, OwnProduct
from conftest import record_crawl

GREEN_TEA = Offer(key="t1", name="Green Tea 20 bags", price=Decimal("2.19"), currency="EUR", in_stock=True,
                  url="https://rival.example/p/t1")


def _week(workspace, tmp_path):
    """Rival crawled last week (2.19 online, our 2.49), a report since, a visit to its store that saw
    the tea at 1.99 on the shelf, and this week's crawl: 2.19 online still."""
    workspace.add_competitor("Rival", "https://rival.example/")
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8") + '[[competitors.stores]]\nname = "High Street"\n'
                    '[notify]\nwebhooks = ["https://hooks.example/storecheck"]\n', encoding="utf-8")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="TEA-1", name="Green Tea 20 bags", price="2.49", currency="EUR")])
    record_crawl(engine, workspace, [GREEN_TEA], now - dt.timedelta(days=7))
    with engine.begin() as conn:
        ids = dict(conn.execute(db.select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        db.record_decision(conn, "TEA-1", ids["t1"], "confirmed", decided_by="test")
        db.record_report_run(conn, now - dt.timedelta(days=6), None, {})
    visit = tmp_path / "visit.yaml"
    when = (now - dt.timedelta(days=3)).astimezone().strftime("%Y-%m-%d %H:%M")
    visit.write_text(f"- competitor: Rival\n  store: High Street\n  visited_at: {when}\n  visitor: Ann\n"
                     "  price_checks:\n    - {sku: TEA-1, price: 1.99}\n", encoding="utf-8")
    imported = cli_run(workspace, "visit", "import", str(visit))
    assert imported.exit_code == 0, imported.output
    return engine, now


def test_a_shelf_price_seen_on_a_visit_is_no_move_of_their_online_price(workspace, tmp_path):
    # Before: "price down: Green Tea 20 bags — 2.19 EUR → 1.99 EUR (-9.1%)" after the visit, and after the
    # next crawl read 2.19 online as it had all along, "price up: 1.99 EUR → 2.19 EUR (+10.1%)".
    engine, now = _week(workspace, tmp_path)
    after_visit = cli_run(workspace, "alerts", "send", "--dry-run")
    assert after_visit.exit_code == 0, after_visit.output
    assert "price down" not in after_visit.output and "1.99" not in after_visit.output, after_visit.output
    record_crawl(engine, workspace, [GREEN_TEA], now - dt.timedelta(days=1))
    after_crawl = cli_run(workspace, "alerts", "send", "--dry-run")
    assert "price up" not in after_crawl.output and "1.99" not in after_crawl.output, after_crawl.output


def test_their_online_price_moving_while_a_visit_saw_the_shelf_is_still_one_move(workspace, tmp_path):
    # The web shop's own move, from 2.19 to 1.79, is alerted once, from the online price it was.
    engine, now = _week(workspace, tmp_path)
    record_crawl(engine, workspace, [GREEN_TEA.model_copy(update={"price": Decimal("1.79")})], now - dt.timedelta(days=1))
    sent = cli_run(workspace, "alerts", "send", "--dry-run")
    lines = [line for line in sent.output.splitlines() if "price down" in line]
    assert len(lines) == 1 and "2.19 EUR → 1.79 EUR" in lines[0], sent.output


def test_a_product_seen_only_in_store_still_moves_on_its_shelf_prices(workspace, tmp_path):
    # A product the competitor does not sell online counts at its shelf price: its moves are shelf moves.
    _week(workspace, tmp_path)
    now = dt.datetime.now(UTC)
    for days, price in ((6.5, "3.00"), (2, "2.50")):  # the first before the report
        when = (now - dt.timedelta(days=days)).astimezone().strftime("%Y-%m-%d %H:%M")
        visit = tmp_path / f"shelf-{days}.yaml"
        visit.write_text(f"- competitor: Rival\n  store: High Street\n  visited_at: {when}\n  visitor: Bob\n"
                         f"  price_checks:\n    - {{product: Rooibos Tea 20 bags, price: {price}}}\n", encoding="utf-8")
        assert cli_run(workspace, "visit", "import", str(visit)).exit_code == 0
    sent = cli_run(workspace, "alerts", "send", "--dry-run")
    assert "price down: Rooibos Tea 20 bags — 3.00 EUR → 2.50 EUR" in " ".join(sent.output.split()), sent.output


def test_a_failed_crawl_s_alert_says_why_it_failed(workspace):
    # Before: "Rival · crawl failed — finished": the detail was Scrapy's close reason, "finished" for a
    # crawl whose every page answered 500, so the alert said the opposite of what happened and not why.
    workspace.add_competitor("Rival", "https://rival.example/")
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8") + '[notify]\nwebhooks = ["https://hooks.example/storecheck"]\n',
                    encoding="utf-8")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    record_crawl(engine, workspace, [GREEN_TEA], now - dt.timedelta(days=7))
    with engine.begin() as conn:
        db.record_report_run(conn, now - dt.timedelta(days=6), None, {})
        cid = db.sync_competitors(conn, workspace.config.competitors)["Rival"]
        run = conn.execute(db.crawl_runs.insert().values(
            competitor_id=cid, started_at=now - dt.timedelta(hours=1), status="running", dropped={}, health=[],
            errors=[])).inserted_primary_key[0]
        db.finish_crawl_run(conn, run, status="failed", finish_reason="finished", items=0, pages=3,
                            errors=["HTTP 500 https://rival.example/products.json?page=1"])
    sent = cli_run(workspace, "alerts", "send", "--dry-run")
    [line] = [line for line in sent.output.splitlines() if "crawl failed" in line]
    assert "HTTP 500 https://rival.example/products.json?page=1" in line and "finished" not in line, sent.output


def test_a_product_seen_only_in_store_is_never_delisted_by_a_crawl(workspace, tmp_path):
    # Before: the next complete crawl after a visit that noted "Rooibos Tea 20 bags" (a product the web shop
    # does not list) alerted "delisted: Rooibos Tea 20 bags": a crawl never sees what staff saw on a shelf.
    engine, now = _week(workspace, tmp_path)
    when = (now - dt.timedelta(days=3)).astimezone().strftime("%Y-%m-%d %H:%M")
    visit = tmp_path / "rooibos.yaml"
    visit.write_text(f"- competitor: Rival\n  store: High Street\n  visited_at: {when}\n  visitor: Bob\n"
                     "  price_checks:\n    - {product: Rooibos Tea 20 bags, price: 2.79}\n", encoding="utf-8")
    assert cli_run(workspace, "visit", "import", str(visit)).exit_code == 0
    record_crawl(engine, workspace, [GREEN_TEA], now - dt.timedelta(days=1))
    sent = cli_run(workspace, "alerts", "send", "--dry-run")
    assert "delisted" not in sent.output, sent.output
    report = tmp_path / "r.html"
    assert cli_run(workspace, "report", "-o", str(report)).exit_code == 0
    assert "delisted" not in report.read_text(encoding="utf-8").split('id="changes"', 1)[-1].split('id="health"')[0]
