"""The trends judge each day's pairs as that day's index does: a price misread on one past day is left out of
that day's point, and a pair misread today still counts on the days it was read right."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import record_crawl
from sqlalchemy import select

from benchmark import pricing, trends
from storecheck import db
from storecheck.cli import cli
from storecheck.models import Offer, OwnProduct

# Their prices, about ours (10.00): 12 pairs, enough to measure a spread on.
PRICES = ["9.80", "10.20", "9.90", "10.10", "10.00", "9.70", "10.30", "10.00", "9.95", "10.05", "9.85", "10.15"]


def index_of(prices: list[str]) -> float:
    """The price index of our 10.00 against `prices`, as the report works it out."""
    rows = [{"sku": f"S{i}", "our_price": Decimal("10"), "their_price": Decimal(p), "their_regular_price": None,
             "our_currency": "EUR", "their_currency": "EUR", "in_stock": True, "weight": 1.0, "competitor": "Rival"}
            for i, p in enumerate(prices)]
    return pricing.summarise(pd.DataFrame(rows))["price_index"]


def crawled(workspace, days: list[list[str]]):
    """Our 12 products matched (by the matcher) to Rival's, crawled once a day with each list of prices, the last today."""
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=f"S{i}", name=f"Product {i}", price="10", currency="EUR")
                                      for i in range(len(PRICES))])
    for back, prices in zip(range(len(days) - 1, -1, -1), days):
        record_crawl(engine, workspace, [Offer(key=f"k{i}", name=f"Product {i}", price=p, currency="EUR", in_stock=True)
                                         for i, p in enumerate(prices)], now - timedelta(days=back, minutes=10))
        if back == len(days) - 1:
            with engine.begin() as conn:
                ids = dict(conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
                for i in range(len(PRICES)):
                    conn.execute(db.matches.insert().values(sku=f"S{i}", competitor_product_id=ids[f"k{i}"], method="gtin",
                                                            score=1.0, status="matched", updated_at=db.utcnow()))
    result = CliRunner().invoke(cli, ["score", "--json", "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_price_in_cents_on_one_past_day_is_left_out_of_that_days_point(workspace):
    spoilt = list(PRICES)
    spoilt[3] = "0.1010"  # 10.10 read in cents on the middle day only
    card = crawled(workspace, [PRICES, spoilt, PRICES])["competitors"][0]
    points = card["index_history"]
    assert [p["pairs"] for p in points] == [12, 11, 12]
    assert points[1]["index"] == pytest.approx(index_of(PRICES[:3] + PRICES[4:]))
    assert points[0]["index"] == pytest.approx(index_of(PRICES)) == pytest.approx(card["price_index"])
    assert points[2]["index"] == pytest.approx(card["price_index"])


def test_a_pair_misread_today_still_counts_on_the_days_it_was_right(workspace):
    spoilt = list(PRICES)
    spoilt[5] = "970"  # 9.70 read a hundred times over, today
    card = crawled(workspace, [PRICES, PRICES, spoilt])["competitors"][0]
    assert [len(card["left_out"]), card["pairs"]] == [1, 11]
    points = card["index_history"]
    assert [p["pairs"] for p in points] == [12, 12, 11]
    assert points[0]["index"] == pytest.approx(index_of(PRICES))
    assert points[2]["index"] == pytest.approx(card["price_index"])


def test_each_day_is_judged_on_its_own_ratios_and_a_confirmed_pair_stays():
    day = [datetime(2026, 3, d, 6, tzinfo=UTC) for d in (1, 2)]
    pairs = pd.DataFrame([{"competitor": "R", "competitor_product_id": i, "our_price": Decimal("10"), "our_currency": "EUR",
                           "their_pack": Decimal(1), "weight": 1.0, "status": "confirmed" if i == 1 else "matched"}
                          for i in range(12)])
    observations = pd.DataFrame(
        [{"competitor_product_id": i, "observed_at": day[0], "price": 10.0, "currency": "EUR", "in_stock": True,
          "regular_price": None} for i in range(12)]
        # Day 2: product 0 in cents (out), product 1 in cents but confirmed by a person (stays), product 2's shelf
        # price 70% off beside a regular price in line (a promotion: stays).
        + [{"competitor_product_id": 0, "observed_at": day[1], "price": 0.1, "currency": "EUR", "in_stock": True,
            "regular_price": None},
           {"competitor_product_id": 1, "observed_at": day[1], "price": 0.1, "currency": "EUR", "in_stock": True,
            "regular_price": None},
           {"competitor_product_id": 2, "observed_at": day[1], "price": 3.0, "currency": "EUR", "in_stock": True,
            "regular_price": 10.0}])
    days = {"R": {day[0].date(), day[1].date()}}
    history = trends.index_history(pairs, observations, start=day[0].date(), end=day[1].date(), crawl_days=days)
    assert [p["pairs"] for p in history["R"]] == [12, 11]
    expected = 100 * (100 * 10 / 3) ** (1 / 11)  # product 1 at 100x, product 2 at 3.33x, nine at 1
    assert history["R"][1]["index"] == pytest.approx(expected)
