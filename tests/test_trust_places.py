"""Every place a price figure is shown leaves out the pairs the figures leave out: where they beat us, what
to copy, the largest gaps, the category and brand index (today and over time), and the price ladder on our
categories. One price read in cents among 30 would otherwise make each of them say we are dearer."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from benchmark import pricing
from storecheck import analysis, db
from storecheck.config import Workspace
from storecheck.models import Offer, OwnProduct

# Their prices, about ours (10.00); product 7's is read in cents.
PRICES = [f"{9.9 + 0.01 * (i % 20):.2f}" for i in range(30)]
PRICES[7] = "0.0995"


@pytest.fixture
def context(workspace):
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=f"S{i}", name=f"Product {i}", price="10", currency="EUR",
                                                 category="Tea" if i % 2 else "Coffee", brand="Acme")
                                      for i in range(30)])
        cid = db.sync_competitors(conn, workspace.config.competitors)["Rival"]
        # Product 7 gives its regular price right: in cents, its shelf price would read as 99% off.
        db.store_offers(conn, cid, [Offer(key=f"k{i}", name=f"Product {i}", price=p, currency="EUR", brand="Acme",
                                          regular_price="9.95" if i == 7 else None,
                                          promotion="Summer sale" if i == 7 else None)
                                    for i, p in enumerate(PRICES)], source="import")
        ids = dict(conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        for i in range(30):
            conn.execute(db.matches.insert().values(sku=f"S{i}", competitor_product_id=ids[f"k{i}"], method="gtin",
                                                    score=1.0, status="matched", updated_at=db.utcnow()))
    return analysis.report_context(engine, Workspace(workspace.path).config)


def test_the_pair_is_left_out_and_the_index_is_about_parity(context):
    [card] = context["competitors"]
    assert [row["sku"] for row in card["left_out"]] == ["S7"]
    assert card["pairs"] == 29 and card["price_index"] == pytest.approx(100.4, abs=0.2)


def test_where_they_beat_us_and_what_to_copy_do_not_speak_of_it(context):
    [card] = context["competitors"]
    # With the pair in cents the index would be some 117: "we are 17% dearer". At parity, price is no advantage.
    assert not [line for line in card["beats_us"] if line.startswith("Price")]
    assert not [item for item in context["what_to_copy"] if "Product 7 " in item["evidence"]]
    assert all(item["impact"] is None or item["impact"] < 5 for item in context["what_to_copy"] if item["area"] == "price")


def test_largest_gaps_and_the_category_and_brand_index_leave_it_out(context):
    dearest, cheapest = pricing.largest_gaps(
        [row for row in context["price_rows"] if not row["left_out"]], 10)
    assert "S7" not in {row["sku"] for row in dearest + cheapest}
    assert {row["category"]: row["pairs"] for row in context["category_index"]} == {"Coffee": 15, "Tea": 14}
    assert all(row["price_index"] < 102 for row in context["category_index"])
    [brand_point] = context["trends"]["brand_index_history"]["Rival"]["Acme"]
    assert brand_point["pairs"] == 29 and brand_point["index"] == pytest.approx(context["competitors"][0]["price_index"])
    tea = context["trends"]["category_index_history"]["Rival"]["Tea"]
    assert [p["pairs"] for p in tea] == [14]


def test_the_price_ladder_on_our_categories_does_not_start_at_a_misread_price(context):
    rungs = {(row["shop"], row["category"]): row for row in context["range"]["Price ladder on our categories"]}
    rival = rungs[("Rival", "Tea")]
    assert rival["products"] == 14 and rival["min"] >= Decimal("9.9")
    # Both sides of the ladder count the same pairs, those of the price figures.
    assert rungs[("Test Shop", "Tea")]["products"] == 14


def test_a_shelf_price_in_cents_is_no_promotion_of_99_percent_anywhere(context):
    # Its promotion's text stands (they do run one); the depth its misread shelf price gives does not.
    [deepest] = context["promotions"]["Deepest current promotions"]
    assert deepest["product"] == "Product 7" and deepest["depth (%)"] is None
    [card] = context["competitors"]
    assert card["beats_us"] == ["Promotions: 3% of their range is on promotion (sale: 1)."]  # the count set apart (tester21)
    assert card["score_parts"]["promotions"] == pytest.approx(250 / 30)
    [row] = context["promotions"]["Per competitor"]
    assert row["on promotion"] == 1 and row["products"] == 30 and row["average depth (%)"] is None
