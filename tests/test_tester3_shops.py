"""A third tester's crawls of shops whose API answers are not what the platforms write: served on
127.0.0.1, read by a real `scrapy crawl` subprocess."""

from __future__ import annotations

from decimal import Decimal

from test_faults_crawl import as_json, stored
from test_tester2_shops import GOOD, crawl


def test_one_malformed_shopify_variant_costs_only_itself(shop, tmp_path):
    # A T-shirt in three sizes whose middle variant is written wrong (a title as a number, as an
    # app that fills variants from a spreadsheet writes it): the whole product, all three sizes,
    # was dropped. Now only that variant is, and it is named.
    shirt = {"id": 7, "handle": "tee", "title": "Tee", "variants": [
        {"id": 71, "title": "S", "price": "10.00", "available": True},
        {"id": 72, "title": 42, "price": "10.00", "available": True},
        None,
        {"id": 74, "title": "L", "price": "12.00", "available": True},
    ]}
    shop.routes["/products.json"] = lambda q: as_json({"products": [shirt, GOOD]} if q.get("page") == "1" else {"products": []})
    summary, workspace = crawl(shop, tmp_path, "shopify")
    assert stored(workspace) == {"Tee - S": Decimal("10.00"), "Tee - L": Decimal("12.00"), "Good Mug": Decimal("3.00")}
    assert summary["status"] == "partial", summary  # a variant was lost: none may look delisted
    assert summary["dropped"].get("malformed_record") == 2, summary["dropped"]
    errors = " ".join(summary["errors"])
    assert "malformed variant 72 of product 7" in errors and "malformed variant 3 of product 7" in errors
