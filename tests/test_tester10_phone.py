"""A tenth tester's pass: the product page of `storecheck serve` (`/products/SKU`) on a phone.

Its price chart is drawn 720 px wide: on a phone 390 px wide the page scrolled sideways to 750 px,
the chart's right half (today's prices) out of sight, while the visit form and the review queue fit."""

from __future__ import annotations

import pytest
from shared_fixtures import PHONE
from test_tester10_product_page import _coffee_against_two_rivals

from storecheck.config import Workspace


@pytest.fixture
def ws(workspace: Workspace, monkeypatch) -> Workspace:
    monkeypatch.delenv("STORECHECK_WEB_TOKEN", raising=False)
    _coffee_against_two_rivals(workspace)
    return Workspace(workspace.path)


def test_the_product_page_fits_a_phone(page, served):
    page.goto(f"{served}/products/C1")
    chart = page.locator("#price-history svg")
    assert chart.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    box = chart.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
