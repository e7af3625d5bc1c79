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


def test_a_page_not_found_is_the_app_s_own_and_fits_a_phone(browser, served):
    # Before: werkzeug's bare "404 Not Found" page, without the viewport line: laid out 980 px wide.
    # (A page of its own: the `page` fixture counts the browser's note of a 404 as a fault.)
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    response = page.goto(f"{served}/products/NOPE")
    assert response.status == 404
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert "No product 'NOPE' in our catalogue." in page.inner_text("main")
    response = page.goto(f"{served}/reports/nothing-here.html")
    assert response.status == 404 and "no page at this address" in page.inner_text("main")
    context.close()
