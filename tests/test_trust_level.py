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
