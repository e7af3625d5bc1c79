"""A fifth tester's pass over upgrading a workspace with data in it: products stored under keys an
older crawl gave them keep their rows (their history and matches) after the upgrade."""

from __future__ import annotations

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import select, update

from storecheck import db
from storecheck.config import Workspace
from storecheck.crawl import run_crawl
from test_faults_crawl import as_json
from test_tester2_shops import BUDGET, GOOD, crawl


def downgrade_to(url: str, revision: str) -> None:
    engine = db.make_engine(url)
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(db.MIGRATIONS))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        engine.dispose()


def products(workspace) -> dict[str, tuple[int, str, str]]:
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(db.competitor_products.c.name, db.competitor_products.c.id,
                                       db.competitor_products.c.key, db.competitor_products.c.url)).all()
            return {row.name: (row.id, row.key, row.url) for row in rows}
    finally:
        engine.dispose()


def test_shopify_variants_stored_under_the_old_none_key_keep_their_rows(shop, tmp_path):
    # A variant without an id was stored as "tee?variant=None" (the first size of a product; the others
    # were dropped as repeats) or "cap?variant=None" (a product's only variant). The crawl now keys them
    # "tee?variant=S" and "cap": after the upgrade each showed once as delisted and once as new, its price
    # history and matches left on the old row. The upgrade now gives the old rows the new keys.
    tee = {"id": 7, "handle": "tee", "title": "Tee", "variants": [{"title": "S", "price": "10.00", "available": True}]}
    cap = {"id": 8, "handle": "cap", "title": "Cap", "variants": [{"title": "Default Title", "price": "5.00", "available": True}]}
    shop.routes["/products.json"] = lambda q: as_json({"products": [tee, cap, GOOD]} if q.get("page") == "1" else {"products": []})
    summary, workspace = crawl(shop, tmp_path, "shopify")
    assert summary["status"] == "finished", summary
    before = products(workspace)
    # The rows as the older crawl left them.
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        table = db.competitor_products
        conn.execute(update(table).where(table.c.key == "tee").values(key="tee?variant=None", url=shop.url + "/products/tee?variant=None"))
        conn.execute(update(table).where(table.c.key == "cap").values(key="cap?variant=None"))
    engine.dispose()
    downgrade_to(workspace.database_url, "0006")

    tee["variants"] += [{"title": "M", "price": "11.00", "available": True}, {"title": "L", "price": "12.00", "available": True}]
    summary = run_crawl(Workspace(workspace.path), "Rival", extra_settings=BUDGET, timeout=180)
    assert summary["status"] == "finished", summary
    after = products(workspace)
    assert sorted(after) == ["Cap", "Good Mug", "Tee - L", "Tee - M", "Tee - S"], after
    assert after["Tee - S"] == (before["Tee - S"][0], "tee?variant=S", shop.url + "/products/tee"), after
    assert after["Cap"] == before["Cap"], after
