"""A fifth tester's pass over a workspace made by the first release's schema (revision 0001), with
data in every table it had, upgraded through every migration on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from storecheck import db

FIRST_RELEASE = [
    "INSERT INTO competitors (id, name, url, platform, created_at) VALUES (1, 'Rival', 'https://rival.example/', 'auto', '2025-01-06 08:00:00')",
    "INSERT INTO competitors (id, name, url, platform, created_at) VALUES (2, 'Test Shop', '', 'auto', '2025-01-06 08:00:00')",
    "INSERT INTO own_products (id, sku, name, price, currency, created_at, updated_at) "
    "VALUES (1, 'S1', 'Coffee 1 kg', 10, 'EUR', '2025-01-06 08:00:00', '2025-01-06 08:00:00')",
    "INSERT INTO competitor_products (id, competitor_id, key, name, gtin, first_seen, last_seen) "
    "VALUES (1, 1, 'p/1', 'Coffee 1 kg', '04006381333931', '2025-01-06 08:00:00', '2025-01-13 08:00:00')",
    "INSERT INTO crawl_runs (id, competitor_id, started_at, finished_at, status, pages, items, dropped, errors, health) "
    "VALUES (1, 1, '2025-01-13 08:00:00', '2025-01-13 08:05:00', 'finished', 3, 1, '{}', '[]', '[]')",
    "INSERT INTO stores (id, competitor_id, name) VALUES (1, 1, 'High Street')",
    "INSERT INTO stores (id, competitor_id, name) VALUES (2, 2, 'Our Main Street')",
    "INSERT INTO matches (id, sku, competitor_product_id, method, score, status, equivalent, decided_by, decided_at, updated_at) "
    "VALUES (1, 'S1', 1, 'manual', 1.0, 'confirmed', false, 'Ann', '2025-01-13 09:00:00', '2025-01-13 09:00:00')",
    "INSERT INTO visits (id, store_id, visited_at, visitor, footfall_count, footfall_minutes, holiday, average_ticket, currency, "
    "score_environment, created_at) VALUES (1, 1, '2025-01-10 10:30:00', 'Ann', 37, 15, false, 23.5, 'EUR', 4, '2025-01-10 12:00:00')",
    "INSERT INTO visits (id, store_id, visited_at, visitor, footfall_count, footfall_minutes, holiday, average_ticket, currency, "
    "score_environment, created_at) VALUES (2, 2, '2025-01-11 10:30:00', 'Bob', 20, 15, false, 19.5, 'EUR', 3, '2025-01-11 12:00:00')",
    "INSERT INTO observations (id, competitor_product_id, observed_at, last_seen, price, currency, in_stock, source, crawl_run_id) "
    "VALUES (1, 1, '2025-01-06 08:00:00', '2025-01-13 08:00:00', 9, 'EUR', true, 'crawl', 1)",
    "INSERT INTO visit_photos (id, visit_id, path) VALUES (1, 1, 'photos/a.jpg')",
    "INSERT INTO visit_products (id, visit_id, role, name) VALUES (1, 1, 'main', 'Coffee')",
]


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_a_first_release_workspace_keeps_every_row_through_every_migration(database, tmp_path, request):
    url = f"sqlite:///{tmp_path / 'first.db'}" if database == "sqlite" else request.getfixturevalue("postgres_url")
    engine = db.make_engine(url)
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(db.MIGRATIONS))
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
            for statement in FIRST_RELEASE:
                conn.exec_driver_sql(statement)
        db.migrate(engine)
        with engine.connect() as conn:
            counted = {table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                       for table in (db.competitors, db.own_products, db.competitor_products, db.crawl_runs, db.stores,
                                     db.matches, db.visits, db.observations, db.visit_photos, db.visit_products)}
            confirmed = conn.execute(select(db.matches.c.status, db.matches.c.decided_by)).one()
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
        assert counted == {"competitors": 2, "own_products": 1, "competitor_products": 1, "crawl_runs": 1, "stores": 2,
                           "matches": 1, "visits": 2, "observations": 1, "visit_photos": 1, "visit_products": 1}
        assert tuple(confirmed) == ("confirmed", "Ann")
        assert version == ScriptDirectory.from_config(cfg).get_current_head()  # the newest migration
    finally:
        if database == "postgresql":
            db.metadata.drop_all(engine)
            with engine.begin() as conn:
                conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        engine.dispose()
