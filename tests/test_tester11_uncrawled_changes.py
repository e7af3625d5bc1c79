"""Changes and alerts of a competitor that is never crawled.

A shop with no web shop is followed by the shelf prices staff note on visits; another by a file of its
offers a category manager imports every week (`offers import`). Both count in every price figure and
trend. But the changes since the last report, and so the alerts, were read only for competitors with a
crawl run: their price moves and promotions were never in the report's Changes nor sent.
"""

from __future__ import annotations

import datetime as dt
from datetime import UTC

from test_alerts import cli_run

from storecheck import db
from storecheck.models import OwnProduct


def _lines(output: str) -> list[str]:
    return [" ".join(line.split()) for line in output.splitlines()]


def _setup(workspace):
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8")
                    + '\n[[competitors]]\nname = "Corner Shop"\n[[competitors.stores]]\nname = "Market Street"\n'
                    + '\n[[competitors]]\nname = "Feed Foods"\nurl = "https://feed.example/"\n'
                    + '[notify]\nwebhooks = ["https://hooks.example/storecheck"]\n', encoding="utf-8")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="TEA-1", name="Rooibos Tea 20 bags", price="3.20", currency="EUR")])
    return engine


def _visit(workspace, tmp_path, days_ago: float, price: str) -> None:
    when = (dt.datetime.now(UTC) - dt.timedelta(days=days_ago)).astimezone().strftime("%Y-%m-%d %H:%M")
    visit = tmp_path / f"visit-{days_ago}.yaml"
    visit.write_text(f"- competitor: Corner Shop\n  store: Market Street\n  visited_at: {when}\n  visitor: Ann\n"
                     f"  price_checks:\n    - {{product: Rooibos Tea 20 bags, price: {price}}}\n", encoding="utf-8")
    result = cli_run(workspace, "visit", "import", str(visit))
    assert result.exit_code == 0, result.output


def _offers(workspace, tmp_path, name: str, rows: str) -> None:
    path = tmp_path / name
    path.write_text("key,name,price,currency,promotion\n" + rows, encoding="utf-8")
    result = cli_run(workspace, "offers", "import", str(path), "--competitor", "Feed Foods")
    assert result.exit_code == 0, result.output


def test_a_shelf_price_move_at_a_shop_without_a_web_shop_is_an_alert(workspace, tmp_path):
    engine = _setup(workspace)
    _visit(workspace, tmp_path, 9, "3.00")
    with engine.begin() as conn:
        db.record_report_run(conn, dt.datetime.now(UTC) - dt.timedelta(days=6), None, {})
    _visit(workspace, tmp_path, 2, "2.50")
    sent = cli_run(workspace, "alerts", "send", "--dry-run")
    assert sent.exit_code == 0, sent.output
    # Before: "Alerts: 0 new".
    assert any("Corner Shop" in line and "price down: Rooibos Tea 20 bags — 3.00 EUR → 2.50 EUR" in line
               for line in _lines(sent.output)), sent.output


def test_an_imported_competitor_s_price_moves_and_promotions_are_alerts(workspace, tmp_path):
    engine = _setup(workspace)
    _offers(workspace, tmp_path, "week1.csv", "f1,Green Tea 20 bags,2.19,EUR,\nf2,Black Tea 20 bags,1.99,EUR,\n")
    with engine.begin() as conn:
        db.record_report_run(conn, dt.datetime.now(UTC), None, {})
    _offers(workspace, tmp_path, "week2.csv", "f1,Green Tea 20 bags,1.79,EUR,\nf2,Black Tea 20 bags,1.99,EUR,3 for 2\n"
                                              "f3,Mint Tea 20 bags,2.49,EUR,\n")
    sent = cli_run(workspace, "alerts", "send", "--dry-run")
    assert sent.exit_code == 0, sent.output
    lines = [line for line in _lines(sent.output) if "Feed Foods" in line]
    # Before: "Alerts: 0 new".
    assert any("price down: Green Tea 20 bags — 2.19 EUR → 1.79 EUR" in line for line in lines), sent.output
    assert any("promotion started: Black Tea 20 bags" in line for line in lines), sent.output
    assert any("new product: Mint Tea 20 bags" in line for line in lines), sent.output
    # Each once: sent (recorded), they are not sent again.
    exported = tmp_path / "changes.csv"
    assert cli_run(workspace, "export", "changes", str(exported)).exit_code == 0
    assert len(exported.read_text(encoding="utf-8").splitlines()) == 4, exported.read_text(encoding="utf-8")


def test_a_product_first_noted_on_a_visit_is_no_new_product(workspace, tmp_path):
    """A visit samples the shelf: the teas a person checks for the first time have been sold for years,
    as far as anyone knows (review: two "new product" alerts for the Earl Grey and green tea noted beside
    the rooibos)."""
    engine = _setup(workspace)
    _visit(workspace, tmp_path, 9, "3.00")
    with engine.begin() as conn:
        db.record_report_run(conn, dt.datetime.now(UTC) - dt.timedelta(days=6), None, {})
    when = (dt.datetime.now(UTC) - dt.timedelta(days=2)).astimezone().strftime("%Y-%m-%d %H:%M")
    visit = tmp_path / "visit-more.yaml"
    visit.write_text(f"- competitor: Corner Shop\n  store: Market Street\n  visited_at: {when}\n  visitor: Ann\n"
                     "  price_checks:\n    - {product: Rooibos Tea 20 bags, price: 2.50}\n"
                     "    - {product: Earl Grey 25 bags, price: 2.80}\n    - {product: Green Tea 20 bags, price: 2.40}\n",
                     encoding="utf-8")
    assert cli_run(workspace, "visit", "import", str(visit)).exit_code == 0
    sent = cli_run(workspace, "alerts", "send", "--dry-run")
    assert sent.exit_code == 0, sent.output
    lines = [line for line in _lines(sent.output) if "Corner Shop" in line]
    assert any("price down: Rooibos Tea 20 bags" in line for line in lines), sent.output
    assert not [line for line in lines if "new product" in line], sent.output
