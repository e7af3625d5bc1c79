"""A second tester's crawls of Shopify and WooCommerce shops whose API answers are not what the
platforms write: served on 127.0.0.1, read by a real `scrapy crawl` subprocess."""

from __future__ import annotations

from decimal import Decimal

from storecheck.config import Workspace
from storecheck.crawl import run_crawl
from test_faults_crawl import FAST, as_json, new_workspace, shopify_products, stored

# The page budget (crawl.max_pages) these crawls run under: before the mend a shop that ignores
# `page` was asked for pages until this budget ran out (20,000 by default).
BUDGET = {**FAST, "CLOSESPIDER_PAGECOUNT": 40}
GOOD = {"id": 50, "handle": "good-mug", "title": "Good Mug", "variants": [{"id": 500, "price": "3.00", "available": True}]}


def crawl(shop, tmp_path, platform: str) -> tuple[dict, Workspace]:
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform=platform, currency="EUR", download_delay=0)
    return run_crawl(Workspace(workspace.path), "Rival", extra_settings=BUDGET, timeout=180), workspace


def api_pages(shop) -> int:
    return sum(1 for hit in shop.hits if hit.startswith(("/products.json", "/wp-json/")))


def test_a_shopify_shop_that_ignores_the_page_parameter_is_read_once(shop, tmp_path):
    # A cache or proxy that drops the query string answers page 1 to every page: the crawl asked
    # for page after page of the same products until crawl.max_pages ran out, and ended partial.
    shop.routes["/products.json"] = lambda q: as_json(shopify_products([{"price": "4.99", "product_title": "Plain Mug"}]))
    summary, workspace = crawl(shop, tmp_path, "shopify")
    assert api_pages(shop) == 2, shop.hits  # page 2 repeats page 1: the list ends there
    assert summary["status"] == "finished", summary
    assert stored(workspace) == {"Plain Mug": Decimal("4.99")}


def test_a_woocommerce_shop_without_totals_that_ignores_the_page_parameter_is_read_once(shop, tmp_path):
    product = {"id": 7, "name": "Tea Pot", "permalink": shop.url + "/tea-pot",
               "prices": {"price": "1250", "regular_price": "1250", "currency_code": "EUR", "currency_minor_unit": 2}}
    shop.routes["/wp-json/wc/store/v1/products"] = lambda q: as_json([product])  # and no X-WP-TotalPages
    summary, workspace = crawl(shop, tmp_path, "woocommerce")
    assert api_pages(shop) == 2, shop.hits
    assert summary["status"] == "finished", summary
    assert stored(workspace) == {"Tea Pot": Decimal("12.50")}


def test_one_malformed_shopify_record_costs_no_other_product_and_is_named(shop, tmp_path):
    # A null in the list, a variant list written as an object, or tags as a number raised in the
    # page's callback: the page's other products and every later page were lost, the run "failed".
    page1 = {"products": [None, {"id": 2, "handle": "odd", "title": "Odd", "variants": {"id": 3}},
                          {"id": 4, "handle": "tagged", "title": "Tagged", "tags": 7, "variants": [{"id": 5, "price": "2.00"}]},
                          GOOD]}
    page2 = {"products": [{**GOOD, "id": 60, "handle": "good-bowl", "title": "Good Bowl",
                           "variants": [{"id": 600, "price": "6.00", "available": True}]}]}
    shop.routes["/products.json"] = lambda q: as_json({"1": page1, "2": page2}.get(q.get("page"), {"products": []}))
    summary, workspace = crawl(shop, tmp_path, "shopify")
    assert stored(workspace) == {"Good Mug": Decimal("3.00"), "Good Bowl": Decimal("6.00")}
    assert summary["status"] == "partial", summary  # products were lost: none may look delisted
    assert summary["dropped"].get("malformed_record") == 3, summary["dropped"]
    errors = " ".join(summary["errors"])
    assert "malformed record 1" in errors and "malformed product 2" in errors and "malformed product 4" in errors


def test_one_malformed_woocommerce_record_costs_no_other_product(shop, tmp_path):
    good = {"id": 7, "name": "Tea Pot", "permalink": shop.url + "/tea-pot",
            "prices": {"price": "1250", "currency_code": "EUR", "currency_minor_unit": 2}}
    bad = {"id": 8, "name": "Jug", "prices": ["1250"]}
    shop.routes["/wp-json/wc/store/v1/products"] = lambda q: as_json([bad, good], {"X-WP-TotalPages": "1"})
    summary, workspace = crawl(shop, tmp_path, "woocommerce")
    assert stored(workspace) == {"Tea Pot": Decimal("12.50")}
    assert summary["status"] == "partial" and summary["dropped"].get("malformed_record") == 1, summary
