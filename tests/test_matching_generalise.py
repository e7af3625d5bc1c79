"""The matcher's defaults on catalogues of different kinds: signals that read
a title the same way however a shop writes it, and calibrations taken from the
data in front of the matcher."""

from __future__ import annotations

from benchmark.matching import score_pairs
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
