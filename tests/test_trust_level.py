"""A competitor genuinely dearer on everything keeps its pairs, judged against its own level; a whole feed in a
unit a price is misread in (cents, thousandths) is still held to the prior. The ratios cannot tell more apart."""

from __future__ import annotations

import math

import numpy as np
import pytest
from sqlalchemy import select

from benchmark import pricing
from storecheck import analysis, db
from storecheck.config import Workspace
from storecheck.models import Offer, OwnProduct
from test_pricing_outliers import frame


def level(n: int, times: float, width: float = 0.1, seed: int = 3) -> list[str]:
    """`n` prices of theirs about `times` our 10.00, log-normally `width` wide."""
    rng = np.random.default_rng(seed)
    return [f"{10 * times * math.exp(x):.4f}" for x in rng.normal(0, width, n)]


def test_a_boutique_six_times_dearer_on_everything_keeps_its_pairs():
    pairs = frame(level(15, 6.0))
    assert pricing.outliers(pairs).isna().all()
    assert pricing.summarise(pairs)["price_index"] == pytest.approx(100 / 6, rel=0.05)
    # Twenty times dearer still: no unit a price is misread in lies there.
    assert pricing.outliers(frame(level(15, 20.0))).isna().all()


def test_its_own_misread_price_is_still_left_out_against_its_level():
    theirs = level(15, 6.0)
    theirs[4] = f"{float(theirs[4]) / 100:.4f}"  # one of its prices read in cents
    reasons = pricing.outliers(frame(theirs))
    assert list(reasons.index[reasons.notna()]) == [4] and "the middle of R's 15 pairs in EUR is 0.17" in reasons[4]


@pytest.mark.parametrize("times", [100.0, 60.0, 1000.0, 1 / 100, 1 / 1000])
def test_a_whole_feed_a_unit_away_is_held_to_the_prior(times):
    # Cents of a shop about like us (100x), or of one 40% cheaper (60x), thousandths; either way round.
    reasons = pricing.outliers(frame(level(15, times)))
    assert reasons.notna().all() and "no shop's price level (another unit?)" in reasons[0]


def test_below_ten_pairs_the_prior_decides_even_for_a_boutique():
    # Too few pairs to take a middle 5x away for a level: the prior holds, and a person confirms to keep them.
    assert pricing.outliers(frame(level(6, 6.0, width=0.02))).notna().all()


def test_the_report_says_the_level_is_taken_as_the_shops_own(workspace):
    workspace.add_competitor("Boutique", "https://boutique.example/")
    engine = db.open_database(workspace.database_url)
    theirs = level(12, 6.0)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=f"S{i}", name=f"Product {i}", price="10", currency="EUR")
                                      for i in range(12)])
        cid = db.sync_competitors(conn, workspace.config.competitors)["Boutique"]
        db.store_offers(conn, cid, [Offer(key=f"k{i}", name=f"Product {i}", price=p, currency="EUR")
                                    for i, p in enumerate(theirs)], source="import")
        ids = dict(conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        for i in range(12):
            conn.execute(db.matches.insert().values(sku=f"S{i}", competitor_product_id=ids[f"k{i}"], method="gtin",
                                                    score=1.0, status="matched", updated_at=db.utcnow()))
    context = analysis.report_context(engine, Workspace(workspace.path).config, tables=False)
    [card] = context["competitors"]
    assert card["pairs"] == 12 and card["left_out"] == [] and card["price_index"] == pytest.approx(100 / 6, rel=0.05)
    [note] = [n for n in context["notes"] if "own price level" in n]
    assert note.startswith("Boutique: its prices are 5.94× ours on average, taken as its own price level") and "another unit or currency" in note


def crawled_twice(workspace, first: list[str], now: list[str]):
    """Our 12 products matched to Rival's, crawled three days ago with `first` and now with `now`."""
    import datetime as dt

    from conftest import record_crawl

    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=f"S{i}", name=f"Product {i}", price="10", currency="EUR")
                                      for i in range(12)])
    when = dt.datetime.now(dt.UTC)
    for prices, back in ((first, 3), (now, 0)):
        record_crawl(engine, workspace, [Offer(key=f"k{i}", name=f"Product {i}", price=p, currency="EUR", in_stock=True)
                                         for i, p in enumerate(prices)], when - dt.timedelta(days=back, minutes=5))
        if back:
            with engine.begin() as conn:
                ids = dict(conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
                for i in range(12):
                    conn.execute(db.matches.insert().values(sku=f"S{i}", competitor_product_id=ids[f"k{i}"],
                                                            method="gtin", score=1.0, status="matched",
                                                            updated_at=db.utcnow()))
    return analysis.report_context(engine, Workspace(workspace.path).config, tables=False)


def test_a_feed_that_jumped_to_twelve_times_its_own_prices_is_held_to_the_prior(workspace):
    # Priced like us three days ago; now every price is per case of 12: no unit a price is misread in, but
    # their prices jumped twelvefold against their own: the level is no shop's.
    before = level(12, 1.0)
    context = crawled_twice(workspace, before, [f"{float(p) * 12:.4f}" for p in before])
    [card] = context["competitors"]
    assert card["pairs"] == 0 and len(card["left_out"]) == 12
    assert "their own prices moved 12×" in card["left_out"][0]["reason"]
    # The day before the jump still counts in the trends, at its own level.
    assert [p["pairs"] for p in card["index_history"]] == [12]


def test_a_boutique_crawled_twice_at_its_level_keeps_its_pairs(workspace):
    prices = level(12, 6.0)
    context = crawled_twice(workspace, prices, prices)
    [card] = context["competitors"]
    assert card["pairs"] == 12 and card["left_out"] == []
    assert [p["pairs"] for p in card["index_history"]] == [12, 12]


def test_the_jump_alerts_once_per_product_as_misread_not_as_price_moves(workspace):
    before = level(12, 1.0)
    crawled_twice(workspace, before, [f"{float(p) * 12:.4f}" for p in before])
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        rows = analysis.changes(conn, Workspace(workspace.path).config, pairs=analysis.pairs_frame(conn))
    assert sorted({r["kind"] for r in rows}) == ["crawl health"]
    assert len(rows) == 12 and all(r["detail"].startswith("price looks misread, not a price move") for r in rows)


def test_one_product_repriced_never_speaks_for_the_whole_feed(workspace):
    # A boutique 6x dearer since first seen; one product repriced sixfold since (review R18).
    prices = level(12, 6.0)
    later = list(prices)
    later[0] = f"{float(prices[0]) * 6:.4f}"
    context = crawled_twice(workspace, prices, later)
    [card] = context["competitors"]
    assert card["pairs"] == 11 and [row["sku"] for row in card["left_out"]] == ["S0"]
