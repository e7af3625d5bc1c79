"""Alerts on shelf prices, by the figures' own rule (`history.shelf_price_counts`): a product their web
shop dropped, seen on a shelf since, counts at its shelf price in the index, so its shelf moves are told."""
import datetime as dt
from datetime import UTC
from decimal import Decimal

from conftest import record_crawl
from test_alerts import cli_run

from storecheck import analysis, db
from storecheck.models import Offer, OwnProduct


def _offer(key, name, price):
    return Offer(key=key, name=name, price=Decimal(price), currency="EUR", in_stock=True, url=f"https://rival.example/p/{key}")


OTHERS = [_offer(f"o{n}", f"Black Tea {n} 20 bags", "1.50") for n in range(8)]
TEA = _offer("t1", "Green Tea 20 bags", "2.19")


def test_shelf_move_of_a_product_gone_online(workspace, tmp_path):
    workspace.add_competitor("Rival", "https://rival.example/")
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8") + '[[competitors.stores]]\nname = "High Street"\n'
                    '[notify]\nwebhooks = ["https://hooks.example/storecheck"]\n', encoding="utf-8")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="TEA-1", name="Green Tea 20 bags", price="2.49", currency="EUR")])
    record_crawl(engine, workspace, [TEA, *OTHERS], now - dt.timedelta(days=12))
    with engine.begin() as conn:
        ids = dict(conn.execute(db.select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        db.record_decision(conn, "TEA-1", ids["t1"], "confirmed", decided_by="test")
    record_crawl(engine, workspace, OTHERS, now - dt.timedelta(days=10))  # complete: the tea is gone online

    def visit(days, price, name):
        when = (now - dt.timedelta(days=days)).astimezone().strftime("%Y-%m-%d %H:%M")
        f = tmp_path / f"{name}.yaml"
        f.write_text(f"- competitor: Rival\n  store: High Street\n  visited_at: {when}\n  visitor: Ann\n"
                     f"  price_checks:\n    - {{sku: TEA-1, price: {price}}}\n", encoding="utf-8")
        r = cli_run(workspace, "visit", "import", str(f))
        assert r.exit_code == 0, r.output

    visit(9, "3.00", "v1")
    with engine.begin() as conn:
        db.record_report_run(conn, now - dt.timedelta(days=6), None, {})
    visit(2, "2.50", "v2")
    with engine.connect() as conn:
        frame = analysis.competitor_frame(conn)
    tea = frame[frame.key == "t1"]
    sent = cli_run(workspace, "alerts", "send", "--dry-run")
    assert tea.price.iloc[0] == Decimal("2.50")  # the index counts the shelf price
    assert "3.00 EUR → 2.50 EUR" in " ".join(sent.output.split()), sent.output
