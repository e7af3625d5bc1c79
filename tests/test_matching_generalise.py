"""The matcher's defaults on catalogues of different kinds: signals that read
a title the same way however a shop writes it, and calibrations taken from the
data in front of the matcher."""

from __future__ import annotations

import numpy as np

from benchmark._text import Features
from benchmark.matching import score_pairs
from benchmark.matching.calibration import price_ratios
from tests.test_matching import ours, theirs


def _reason(left: str, right: str) -> str:
    return score_pairs(ours({"sku": "a", "name": left}), theirs({"competitor_product_id": 1, "name": right})).reason[0]


def test_one_version_number_written_two_ways_is_no_conflict():
    # "16.0" is "16", "v7" and "7.0" are 7: a shop's way of writing the version, not another product.
    assert "numbers differ" not in _reason("Broderbund PrintMaster Platinum 16.0", "PrintMaster Platinum 16")
    assert "numbers differ" not in _reason("Gorilla Pro v4 film production", "Jungle Gorilla Pro 4.0 film production")
    assert "numbers differ" not in _reason("Adobe Captivate 2.0", "Adobe Captivate 2 for Windows")
    # Different numbers still differ, whole or not.
    assert "numbers differ" in _reason("Norton Antivirus 2007 3 user", "Norton Antivirus 2007 5 user")
    assert "numbers differ" in _reason("PrintMaster Platinum 16.0", "PrintMaster Platinum 17")
    assert "numbers differ" in _reason("Avid Liquid 7.5 video editing", "Avid Liquid 7 video editing")


def test_a_batch_of_pairs_is_calibrated_on_itself():
    # Each of our products is put forward with a few listings: the one it is
    # worded most like, and that is worded most like it, is matched although
    # no identifier and no single threshold says so; the runners-up are not.
    left = ours(
        {"sku": "a", "name": "Hoyle card games (jewel case)"}, {"sku": "a", "name": "Hoyle card games (jewel case)"},
        {"sku": "a", "name": "Hoyle card games (jewel case)"},
        {"sku": "b", "name": "Reader Rabbit 1st grade learning system"},
        {"sku": "b", "name": "Reader Rabbit 1st grade learning system"},
    )
    right = theirs(
        {"competitor_product_id": 1, "name": "Encore 10025 - Hoyle classic card games - Win 98 ME 2000 XP"},
        {"competitor_product_id": 2, "name": "Encore 10026 - Hoyle board games - Win 98 ME 2000 XP"},
        {"competitor_product_id": 3, "name": "Encore Hoyle casino - Win 98 ME"},
        {"competitor_product_id": 4, "name": "TLC Reader Rabbit learning system for 1st grade (Win XP)"},
        {"competitor_product_id": 5, "name": "TLC Reader Rabbit kindergarten (Win XP)"},
    )
    scored = score_pairs(left, right)
    assert scored.score[0] < 0.85, "the test needs a pair no threshold matches"
    assert scored.matched.tolist() == [True, False, False, True, False]
    # One pair alone has nothing to choose from: only the threshold speaks.
    alone = score_pairs(left.head(1), right.head(1))
    assert alone.matched.tolist() == [bool(alone.score[0] >= 0.85)]


def test_prices_in_two_currencies_are_not_compared_by_their_amounts():
    ours_ = [Features(price=57.0, currency="DKK"), Features(price=10.0, currency=None), Features(price=10.0)]
    theirs_ = [Features(price=28.9, currency="EUR"), Features(price=20.0, currency="DKK"),
               Features(price=30.0, currency="DKK")]
    ratios = price_ratios(np.array([0, 0, 1, 2]), np.array([0, 1, 1, 2]), ours_, theirs_)
    # DKK against EUR: nothing; DKK against DKK: 57 / 20; a currency on one side only: the amounts.
    assert np.isnan(ratios[0])
    assert ratios[1:].tolist() == [57.0 / 20.0, 2.0, 3.0]
