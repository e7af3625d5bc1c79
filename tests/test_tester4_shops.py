"""A fourth tester's crawls: Shopify answers the platform's own tests do not write, and a crawl
killed and resumed. Served on 127.0.0.1, read by a real `scrapy crawl` subprocess."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from storecheck import db
from test_faults_crawl import as_json, stored
from test_tester2_shops import GOOD, crawl


def stored_keys(workspace) -> dict[str, str]:
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(db.competitor_products.c.name, db.competitor_products.c.key)).all()
            return {row.name: row.key for row in rows}
    finally:
        engine.dispose()


def test_shopify_variants_without_an_id_stay_apart(shop, tmp_path):
    # A shop whose app writes variants without ids (a headless front or an export re-served as
    # products.json): each variant was keyed "tee?variant=None", so the three sizes shared one key,
    # two were dropped as repeats and their URLs ended in "?variant=None".
    shirt = {"id": 7, "handle": "tee", "title": "Tee", "variants": [
        {"title": "S", "sku": "TEE-S", "price": "10.00", "available": True},
        {"title": "M", "price": "11.00", "available": True},
        {"title": "L", "price": "12.00", "available": True},
    ]}
    shop.routes["/products.json"] = lambda q: as_json({"products": [shirt, GOOD]} if q.get("page") == "1" else {"products": []})
    summary, workspace = crawl(shop, tmp_path, "shopify")
    assert stored(workspace) == {"Tee - S": Decimal("10.00"), "Tee - M": Decimal("11.00"), "Tee - L": Decimal("12.00"),
                                 "Good Mug": Decimal("3.00")}
    keys = stored_keys(workspace)
    assert len(set(keys.values())) == 4 and not any("None" in key for key in keys.values()), keys
    assert summary["status"] == "finished", summary
