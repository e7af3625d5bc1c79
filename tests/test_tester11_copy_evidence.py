"""What to copy: the prices an advantage names as its evidence can be found again on the shelf.

"Cheaper on Coffee ... e.g. Bean Co Coffee 1 kg 12.00 against 8.2017" named a price converted from
pounds to four places, in no currency and without saying it was converted; and a pair compared per
kg showed per-kg prices that no shelf carries, without saying so. The report's pairs table wrote the
same pairs as "€17.55 per kg" and "converted from GBP at 1.17".
"""

from __future__ import annotations

import datetime as dt
import json
from datetime import UTC
from decimal import Decimal

from conftest import record_crawl
from storecheck import db
from storecheck.config import Workspace
from storecheck.models import Offer, OwnProduct
from test_alerts import cli_run


def _brit_foods(workspace: Workspace):
    """Our coffee and tea in EUR; Brit Foods prices in GBP (rate 1.17), cheaper on coffee; its tea is a
    500 g bag matched to our 1 kg tin (compared per kg)."""
    workspace.add_competitor("Brit Foods", "https://brit.example/")
    text = workspace.config_path.read_text(encoding="utf-8")
    text = text.replace('url = "https://brit.example/"', 'url = "https://brit.example/"\ncurrency = "GBP"', 1)
    workspace.config_path.write_text(text + "\n[currencies]\nrates = { GBP = 1.17 }\n", encoding="utf-8")
    workspace = Workspace(workspace.path)
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [
            OwnProduct(sku="C1", name="Bean Co Coffee 1 kg", brand="Bean Co", category="Coffee",
                       price=Decimal("12.00"), currency="EUR"),
            OwnProduct(sku="T1", name="Leaf Tea 1 kg", brand="Leaf", category="Tea", price=Decimal("20.00"),
                       currency="EUR"),
        ])
    when = dt.datetime.now(UTC) - dt.timedelta(days=1)
    record_crawl(engine, workspace, [
        Offer(key="c1", name="Bean Co Coffee 1 kg", brand="Bean Co", price=Decimal("7.01"), currency="GBP",
              in_stock=True, url="https://brit.example/c1"),
        Offer(key="t500", name="Leaf Tea 500 g", brand="Leaf", price=Decimal("7.50"), currency="GBP",
              in_stock=True, url="https://brit.example/t500"),
    ], when, competitor="Brit Foods")
    with engine.begin() as conn:
        cp = db.competitor_products
        for sku, key, equivalent in (("C1", "c1", False), ("T1", "t500", True)):
            pid = conn.execute(db.select(cp.c.id).where(cp.c.key == key)).scalar_one()
            conn.execute(db.matches.insert().values(sku=sku, competitor_product_id=pid, method="fuzzy", score=0.9,
                                                    status="matched", equivalent=equivalent,
                                                    updated_at=dt.datetime.now(UTC)))
    return workspace


def _price_evidence(workspace: Workspace) -> dict[str, str]:
    result = cli_run(workspace, "score", "--json")
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)["what_to_copy"]
    return {item["advantage"].split(":")[0]: item["evidence"] for item in items if item["area"] == "price"}


def test_a_converted_price_in_the_evidence_names_its_currency_and_the_rate(workspace):
    evidence = _price_evidence(_brit_foods(workspace))
    coffee = evidence["Cheaper on Coffee"]
    # 7.01 GBP at 1.17 is 8.2017 EUR. Before: "Bean Co Coffee 1 kg 12.00 against 8.2017".
    assert "Bean Co Coffee 1 kg 12.00 EUR against 8.20 EUR (converted from GBP at 1.17)" in coffee, coffee


def test_a_pair_compared_per_unit_says_so_in_the_evidence(workspace):
    evidence = _price_evidence(_brit_foods(workspace))
    tea = evidence["Cheaper on Tea"]
    # Our 20.00 a kg against their 7.50 GBP a 500 g bag: 8.775 EUR the bag, 17.55 EUR a kg.
    # Before: "Leaf Tea 1 kg 20.00 against 17.55", neither the shelf price of our tin nor of their bag.
    assert "Leaf Tea 1 kg 20.00 EUR per kg against 17.55 EUR per kg (converted from GBP at 1.17)" in tea, tea


def test_a_pair_compared_per_piece_names_prices_that_differ_as_the_gap_does(workspace):
    """Review: our box of 1,000 screws at 9.99 against their 2,000 at 17.99 read "0.01 EUR per piece
    against 0.01 EUR per piece" beside "11.1% dearer". A box of many pieces is compared per 100 / 1,000."""
    workspace.add_competitor("Tools", "https://tools.example/")
    workspace = Workspace(workspace.path)
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="K1", name="Screws 4x40 1000 pcs", category="Fixings",
                                                 price=Decimal("9.99"), currency="EUR")])
    record_crawl(engine, workspace, [Offer(key="k2000", name="Screws 4x40 2000 pcs", price=Decimal("17.99"),
                                           currency="EUR", in_stock=True, url="https://tools.example/k2000")],
                 dt.datetime.now(UTC) - dt.timedelta(days=1), competitor="Tools")
    with engine.begin() as conn:
        pid = conn.execute(db.select(db.competitor_products.c.id).where(db.competitor_products.c.key == "k2000")).scalar_one()
        conn.execute(db.matches.insert().values(sku="K1", competitor_product_id=pid, method="fuzzy", score=0.9,
                                                status="matched", equivalent=True, updated_at=dt.datetime.now(UTC)))
    fixings = _price_evidence(workspace)["Cheaper on Fixings"]
    # 17.99 for 2,000 is 8.995 for 1,000.
    assert "Screws 4x40 1000 pcs 9.99 EUR per 1000 pieces against 9.00 EUR per 1000 pieces" in fixings, fixings


def test_a_worked_out_amount_has_its_currency_s_places():
    from benchmark.scorecard import _example

    # A yen price converted from euros is shown in whole yen, as the report shows yen.
    assert _example("Tea", Decimal("1500"), Decimal("1234.567"), "JPY", None, "EUR at 160") == \
        "Tea 1500 JPY against 1235 JPY (converted from EUR at 160)"
    assert _example("Tea", Decimal("1.5"), Decimal("1.23456"), "KWD", None, "EUR at 0.33") == \
        "Tea 1.500 KWD against 1.235 KWD (converted from EUR at 0.33)"
