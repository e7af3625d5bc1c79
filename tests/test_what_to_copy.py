"""The ranked list of what to copy (benchmark.scorecard.what_to_copy) and the
comparisons with our own stores it rests on (benchmark.visits)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pandas as pd
import pytest

from benchmark import pricing, scorecard
from benchmark.visits import compare_with_ours, store_scorecards, store_timelines

WEIGHTS = {"price": 0.4, "promotions": 0.2, "range": 0.2, "experience": 0.2}
ALL_PARTS = {"price": 60.0, "promotions": 30.0, "range": 50.0, "experience": 60.0}


def pairs(rows: list[tuple]) -> pd.DataFrame:
    """(category, our price, their price, weight, their promotion type) -> comparable pairs with gaps."""
    frame = pd.DataFrame([
        {"sku": f"S{i}", "name": f"Product {i}", "category": cat, "competitor": "Rival", "our_price": Decimal(o),
         "their_price": Decimal(t), "their_regular_price": None, "our_currency": "EUR", "their_currency": "EUR",
         "in_stock": True, "weight": w, "promo_type": promo}
        for i, (cat, o, t, w, promo) in enumerate(rows)])
    return pricing.gaps(frame)


def competitor(**extra) -> dict:
    base = {"name": "Rival", "score_parts": ALL_PARTS, "gaps": pairs([]), "theirs": pd.DataFrame(
        columns=["name", "promo_type", "price", "regular_price", "category"]), "range": {}, "lacking": None,
            "seen_promotions": [], "store_comparisons": [], "photos": {}}
    return base | extra


def test_price_impact_is_the_fall_of_their_score_if_we_matched_them_on_a_category():
    gaps = pairs([("Tea", "1.10", "1.00", 1.0, None), ("Tea", "2.20", "2.00", 3.0, None), ("Pasta", "1.00", "1.00", 4.0, None)])
    [item] = scorecard.what_to_copy([competitor(gaps=gaps)], weights=WEIGHTS, tolerance=0.01, our_products=10,
                                    our_promotion_types=set())
    # Index over all pairs: 100 * 1.1^(4/8); at their prices on Tea: 100. The price part moves 5 points per index point.
    expected = 0.4 * 5 * (100 * 1.1 ** 0.5 - 100)
    assert item["area"] == "price" and item["impact"] == pytest.approx(expected, abs=0.01)
    assert item["advantage"] == "Cheaper on Tea: we are 10.0% dearer on 2 of 2 matched products"
    assert "50.0% of the sales weight" in item["evidence"] and "Product 1 2.20 EUR against 2.00 EUR" in item["evidence"]


def test_price_items_when_some_or_all_pairs_carry_no_sales_weight():
    # All weights zero: there is no price index to move, so nothing to copy on price (it raised ZeroDivisionError).
    none = pairs([("Tea", "1.10", "1.00", 0.0, None), ("Pasta", "2.00", "1.00", 0.0, None)])
    assert pricing.price_index([1.1, 2.0], [0.0, 0.0]) is None
    assert scorecard.what_to_copy([competitor(gaps=none)], weights=WEIGHTS, tolerance=0.01, our_products=10,
                                  our_promotion_types=set()) == []
    # Tea's only pair weighs nothing: matching them there moves no index point, and its gap is still told.
    some = pairs([("Tea", "1.10", "1.00", 0.0, None), ("Pasta", "2.00", "1.00", 1.0, None)])
    items = scorecard.what_to_copy([competitor(gaps=some)], weights=WEIGHTS, tolerance=0.01, our_products=10,
                                   our_promotion_types=set())
    assert [i["advantage"] for i in items] == ["Cheaper on Pasta: we are 100.0% dearer on 1 of 1 matched product",
                                               "Cheaper on Tea: we are 10.0% dearer on 1 of 1 matched product"]
    assert items[0]["impact"] == pytest.approx(0.4 * 5 * 100, abs=0.01) and items[1]["impact"] == 0


def test_the_index_of_what_to_copy_is_the_price_index_of_pricing():
    gaps = pairs([("Tea", "1.10", "1.00", 1.0, None), ("Tea", "2.60", "2.00", 3.0, None), ("Pasta", "0.90", "1.00", 4.0, None)])
    [item] = scorecard.what_to_copy([competitor(gaps=gaps)], weights=WEIGHTS, tolerance=0.01, our_products=10,
                                    our_promotion_types=set())
    index = pricing.summarise(gaps)["price_index"]
    assert f"our price index {index:.1f} would be" in item["evidence"]
    assert index == pytest.approx(pricing.price_index([1.1, 1.3, 0.9], [1.0, 3.0, 4.0]))


def test_the_list_is_ranked_and_promotions_seen_in_our_stores_are_left_out():
    theirs = pd.DataFrame({"name": ["A", "B", "C", "D"], "promo_type": ["multibuy", "multibuy", "sale", None],
                           "price": [Decimal(1)] * 4, "regular_price": [None, None, Decimal(2), None], "category": ["X"] * 4})
    rival = competitor(theirs=theirs, range={"their_products": 4, "we_lack_by_category": [("Cocoa", 2)]},
                       seen_promotions=[{"type": "bundle", "text": "pasta + sauce"}])
    items = scorecard.what_to_copy([rival], weights=WEIGHTS, tolerance=0.01, our_products=4,
                                   our_promotion_types={"sale"})
    advantages = [i["advantage"] for i in items]
    assert advantages == ["Promotion mechanic we do not use: multibuy", "Range we lack: 2 products in Cocoa",
                          "Promotion mechanic we do not use: bundle"]
    weight = 0.2 / 1.0
    assert items[0]["impact"] == pytest.approx(weight * 250 * 0.5)
    assert items[1]["impact"] == pytest.approx(weight * 50 * 4 * (1 / 4 - 1 / 6), abs=0.01)
    # Seen only in their store, with no online range to size it: listed last, not sized.
    assert items[2]["impact"] is None and "seen in their store 1 time: pasta + sauce" in items[2]["evidence"]
    # Without any visit to our own stores nothing is known of our promotions: every mechanic is listed, and says so.
    items = scorecard.what_to_copy([rival], weights=WEIGHTS, tolerance=0.01, our_products=4, our_promotion_types=None)
    sale = next(i for i in items if i["advantage"].endswith("sale price"))
    assert "no visit to our own stores records our promotions yet" in sale["evidence"]


def visit(vid: int, competitor: str, store: str, day: int, hospitality: int | None, footfall: int, **extra) -> dict:
    return {"visit_id": vid, "competitor": competitor, "store": store,
            "visited_at": datetime(2025, 3, day, 10, tzinfo=UTC), "visitor": "Ann", "duration_minutes": None,
            "footfall_count": footfall, "footfall_minutes": 60, "holiday": extra.get("holiday", False),
            "average_ticket": Decimal("10"), "average_ticket_source": "till", "currency": "EUR",
            "score_environment": 3, "score_display": 3, "score_hospitality": hospitality, "notes": extra.get("notes")}


VISITS = pd.DataFrame([
    visit(1, "Rival", "High Street", 1, 5, 100), visit(2, "Rival", "High Street", 8, 4, 80, holiday=True),
    visit(3, "Us", "Main Street", 2, 3, 50), visit(4, "Us", "Main Street", 9, 2, 40),
])


def test_store_statements_name_both_sides_and_only_better_practices_are_to_copy():
    rows = compare_with_ours(store_scorecards(VISITS), "Us")
    statements = [r["statement"] for r in rows]
    assert ("staff hospitality 4.5 at Rival's High Street against 2.5 in ours (2 visits there, 2025-03-01 to "
            "2025-03-08; 1 store, 2 visits in ours, 2025-03-02 to 2025-03-09)") in statements
    assert ("staff hospitality 5.0 at Rival against 2.5 in ours (1 store, 1 visit there on 2025-03-01; 1 store, "
            "2 visits in ours, 2025-03-02 to 2025-03-09), normal days; thin: rests on one visit") in statements
    # Our stores were never visited on a holiday: that side says so.
    assert ("staff hospitality 4.0 at Rival against no figure yet in ours (1 store, 1 visit there on 2025-03-08), "
            "holidays; "
            "thin: rests on one visit") in statements
    assert any(s.startswith("footfall per hour 90 at Rival's High Street against 45 in ours (2 visits there, 2025-03-01 to "
                            "2025-03-08; 1 store, 2 visits in ours, 2025-03-02 to 2025-03-09); counted ") for s in statements)
    assert all(r["competitor"] == "Rival" for r in rows)  # our own stores are the baseline, not a competitor
    items = scorecard.what_to_copy([competitor(store_comparisons=rows, photos={"High Street": 2})], weights=WEIGHTS,
                                   tolerance=0.01, our_products=1, our_promotion_types=set())
    [item] = items  # environment and display are level with ours
    assert item["advantage"] == "Store practice: hospitality at Rival's High Street scores above our own stores"
    assert item["impact"] == pytest.approx(0.2 * 25 * 2 / 3, abs=0.01)
    assert "2 photos in Store visits" in item["evidence"] and "footfall per hour 90" in item["evidence"]
    # Without our own visits, there is no baseline and nothing to copy in-store.
    alone = compare_with_ours(store_scorecards(VISITS[VISITS.competitor == "Rival"]), "Us")
    assert all(r["ours"] is None and "against no figure yet in ours" in r["statement"] for r in alone)
    assert scorecard.what_to_copy([competitor(store_comparisons=alone)], weights=WEIGHTS, tolerance=0.01,
                                  our_products=1, our_promotion_types=set()) == []


def test_a_store_timeline_is_latest_first_with_changes_since_the_previous_visit():
    noted = {
        "products": pd.DataFrame([{"visit_id": 1, "role": "main", "name": "Bread", "sku": None},
                                  {"visit_id": 2, "role": "main", "name": "Pastries", "sku": None}]),
        "promotions": pd.DataFrame([{"visit_id": 1, "type": "multibuy", "text": "3 for 2", "photo": None},
                                    {"visit_id": 2, "type": "sale", "text": "Summer sale", "photo": "a" * 32 + ".png"}]),
        "price_checks": pd.DataFrame(columns=["visit_id", "sku", "product", "price", "regular_price", "currency", "promotion"]),
        "photos": pd.DataFrame([{"visit_id": 2, "path": "b" * 32 + ".jpg"}]),
    }
    [rival, ours] = store_timelines(VISITS, noted)
    assert (rival["competitor"], rival["store"], ours["competitor"]) == ("Rival", "High Street", "Us")
    latest, first = rival["visits"]
    assert latest["visit_id"] == 2 and latest["products"] == {"main": ["Pastries"]} and latest["photos"] == ["b" * 32 + ".jpg"]
    assert latest["changes"] == ["new promotion: Summer sale", "promotion no longer seen: 3 for 2", "new main product: Pastries",
                                 "main product no longer noted: Bread", "staff hospitality 5 → 4",
                                 # The second visit fell on a holiday: its crowd is no change in the store (tester16).
                                 "footfall per hour 100 → 80 (Sat 10:00-11:00 → Sat 10:00-11:00 on a holiday: not like with like)"]
    assert first["changes"] is None
