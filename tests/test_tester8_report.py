"""An eighth tester's pass over the report a category manager receives, through the real commands
(visit import, score, report, export) on a workspace whose competitor sells online and is visited too."""

from __future__ import annotations

import datetime as dt
import json
from datetime import UTC
from decimal import Decimal

from test_alerts import cli_run

from storecheck import db
from storecheck.models import Offer, OwnProduct
from conftest import record_crawl

OAT_COOKIES = Offer(key="5", name="Crumbs Oat Cookies 300g", price=Decimal("2.19"), currency="EUR", in_stock=True,
                    url="https://rival.example/p/5")


def _visited_rival(workspace, tmp_path):
    """Rival sells oat cookies online at 2.19, as we do; a visit to its store noted them in words
    ("Oat Cookies 300 g", not our sku) at 2.09 on the shelf; the matcher paired both listings with ours."""
    workspace.add_competitor("Rival", "https://rival.example/")
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8") + '[[competitors.stores]]\nname = "High Street"\n', encoding="utf-8")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="BIS-2", name="Oat Cookies 300 g", price="2.19", currency="EUR")])
    record_crawl(engine, workspace, [OAT_COOKIES], now - dt.timedelta(days=2))
    visit = tmp_path / "visit.yaml"
    when = (now - dt.timedelta(days=1)).astimezone().strftime("%Y-%m-%d %H:%M")
    visit.write_text(f"- competitor: Rival\n  store: High Street\n  visited_at: {when}\n  visitor: Ann\n"
                     "  price_checks:\n    - {product: Oat Cookies 300 g, price: 2.09}\n", encoding="utf-8")
    assert cli_run(workspace, "visit", "import", str(visit)).exit_code == 0
    with engine.begin() as conn:
        ids = dict(conn.execute(db.select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        assert set(ids) == {"5", "visit:oat cookies 300 g"}
        # As `storecheck match` paired them: the shelf listing, named as we name it, scored higher.
        for key, score in (("5", 0.9654), ("visit:oat cookies 300 g", 0.9775)):
            conn.execute(db.matches.insert().values(sku="BIS-2", competitor_product_id=ids[key], method="fuzzy",
                                                    score=score, status="matched", updated_at=now))
    return engine, ids


def test_the_price_figures_count_the_online_price_over_a_shelf_listing_of_the_same_product(workspace, tmp_path):
    # Before: the index was 104.8 (our 2.19 against the shelf's 2.09) and the position "dearer", with the
    # web shop at our very price: the shelf listing spoke for the product because the matcher scored it higher.
    _visited_rival(workspace, tmp_path)
    scored = cli_run(workspace, "score", "--json")
    [card] = json.loads(scored.output)["competitors"]
    assert card["pairs"] == 1 and round(card["price_index"], 1) == 100.0, card
    assert (card["cheaper"], card["same"], card["dearer"]) == (0.0, 1.0, 0.0)


def test_a_person_confirming_the_shelf_listing_still_leaves_the_figures_on_the_online_price(workspace, tmp_path):
    # "Same product" on the shelf listing in the review queue says what it is, not which price counts.
    engine, ids = _visited_rival(workspace, tmp_path)
    with engine.begin() as conn:
        db.record_decision(conn, "BIS-2", ids["visit:oat cookies 300 g"], "confirmed", decided_by="Ann")
    # Confirming drops the matcher's other guesses there; `match` pairs the web shop's listing again as
    # the same product as the one confirmed.
    matched = cli_run(workspace, "match")
    assert matched.exit_code == 0, matched.output
    [card] = json.loads(cli_run(workspace, "score", "--json").output)["competitors"]
    assert round(card["price_index"], 1) == 100.0, card
