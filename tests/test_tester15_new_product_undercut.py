"""tester15: a product added to our catalogue since the last report, which a competitor already sells
for less, was alerted as "11.25 EUR against our 11.99 EUR (-6.2%), our DATE-1KG, whose price changed
since the last report": our price had not changed, the product was new (storecheck keeps no history
of our prices; a row it did not have at the last report is new, not repriced)."""

from __future__ import annotations

import datetime as dt
from datetime import UTC
from decimal import Decimal
from pathlib import Path

from test_alerts import cli_run

from conftest import record_crawl
from storecheck import db
from storecheck.models import Offer, OwnProduct

COFFEE = Offer(key="c1", name="Arabica Coffee Beans 1kg", gtin="8410000000016", price=Decimal("13.90"), currency="EUR",
               in_stock=True, url="https://rival.example/p/c1")
DATES = Offer(key="d1", name="Sukkari Dates 1kg", gtin="6281000000014", price=Decimal("11.25"), currency="EUR",
              in_stock=True, url="https://rival.example/p/d1")


def _changes(workspace, tmp_path: Path, catalogue: str, our_coffee: str = "14.90") -> list[str]:
    """The undercuts among the changes after `catalogue` is imported since the first report."""
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="COF-1KG", name="Arabica Coffee Beans 1 kg", gtin="8410000000016",
                                                 price=our_coffee, currency="EUR")])
    record_crawl(engine, workspace, [COFFEE, DATES], dt.datetime.now(UTC) - dt.timedelta(days=2))
    assert cli_run(workspace, "match").exit_code == 0
    assert cli_run(workspace, "report", "-o", str(tmp_path / "first.html")).exit_code == 0
    (tmp_path / "catalogue.csv").write_text(catalogue, encoding="utf-8")
    assert cli_run(workspace, "catalogue", "import", str(tmp_path / "catalogue.csv")).exit_code == 0
    assert cli_run(workspace, "match").exit_code == 0
    out = tmp_path / "changes.csv"
    result = cli_run(workspace, "export", "changes", str(out))
    assert result.exit_code == 0, result.output
    return [line for line in out.read_text(encoding="utf-8-sig").splitlines() if "undercut" in line]


def test_an_undercut_on_a_product_new_to_our_catalogue_says_it_is_new(workspace, tmp_path: Path):
    [line] = _changes(workspace, tmp_path, "sku,name,gtin,price\nDATE-1KG,Sukkari Dates 1 kg,6281000000014,11.99\n")
    assert "our DATE-1KG, new to our catalogue since the last report" in line, line
    assert "price changed" not in line, line  # before: "whose price changed since the last report"


def test_an_undercut_our_new_price_made_still_says_so(workspace, tmp_path: Path):
    # Our coffee at 14.50 against their 13.90 (-4.1%) was no undercut at the first report; our price raised
    # to 14.90 since (-6.7%) is the undercut of our making the alert has said since tester9.
    [line] = _changes(workspace, tmp_path, "sku,name,gtin,price\nCOF-1KG,Arabica Coffee Beans 1 kg,8410000000016,14.90\n",
                      our_coffee="14.50")
    assert "our COF-1KG, whose price changed since the last report" in line, line
