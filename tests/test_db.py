"""The database layer on SQLite and on a real PostgreSQL server."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, inspect, select

from storecheck import db
from storecheck.models import Offer, OwnProduct


def count(conn, table):
    return conn.execute(select(func.count()).select_from(table)).scalar_one()


def _schema(engine) -> dict:
    """Every table's columns (with types and nullability), indexes, unique and foreign keys, and the version."""
    with engine.connect() as conn:
        inspector = inspect(conn)
        tables = {
            table: (
                [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)],
                sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in inspector.get_indexes(table)),
                sorted(tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)),
                sorted((tuple(f["constrained_columns"]), f["referred_table"]) for f in inspector.get_foreign_keys(table)),
            )
            for table in inspector.get_table_names()
        }
        versions = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    return {"tables": tables, "versions": versions}


def test_migrations_are_idempotent(engine):
    before = _schema(engine)
    db.migrate(engine)
    db.migrate(engine)
    after = _schema(engine)
    assert after == before
    assert len(after["versions"]) == 1
    assert set(db.metadata.tables) <= set(after["tables"])


def test_the_migrations_build_the_declared_schema(engine):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    # A column, index or constraint added to db.py without a migration (or the
    # other way round) would reach users' databases differently from the tests'.
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), db.metadata) == []
        assert "ix_observations_crawl_run_id" in {i["name"] for i in inspect(conn).get_indexes("observations")}


def test_store_offers_change_only(engine):
    t0 = datetime(2026, 11, 1, 6, tzinfo=UTC)
    offers = [Offer(key="a", name="Coffee", price="7.99", currency="EUR", in_stock=True),
              Offer(key="b", name="Tea", price="3.10", currency="EUR")]
    with engine.begin() as conn:
        cid = conn.execute(db.competitors.insert().values(name="R", url="http://r", platform="auto", created_at=t0)).inserted_primary_key[0]
        first = db.store_offers(conn, cid, offers, source="crawl", now=t0)
        assert first == {"new_products": 2, "new_observations": 2, "unchanged": 0}
        again = db.store_offers(conn, cid, offers, source="crawl", now=t0 + timedelta(days=1))
        assert again == {"new_products": 0, "new_observations": 0, "unchanged": 2}
        changed = [offers[0].model_copy(update={"price": Decimal("6.99")}), offers[1]]
        third = db.store_offers(conn, cid, changed, source="crawl", now=t0 + timedelta(days=2))
        assert third["new_observations"] == 1
        assert count(conn, db.observations) == 3
        rows = conn.execute(select(db.observations).order_by(db.observations.c.id)).all()
        assert rows[0].price == Decimal("7.99") and rows[0].last_seen == t0 + timedelta(days=1)
        assert rows[2].price == Decimal("6.99") and rows[2].observed_at.tzinfo is not None
        product = conn.execute(select(db.competitor_products).where(db.competitor_products.c.key == "b")).one()
        assert product.first_seen == t0 and product.last_seen == t0 + timedelta(days=2)


def test_products_read_since_gives_the_price_each_product_was_last_read_with(engine):
    """What the earlier parts of a resumed crawl read, as its health checks need it."""
    t0 = datetime(2026, 11, 1, 6, tzinfo=UTC)
    resumed_run_started = t0 + timedelta(days=1)
    coffee = Offer(key="a", name="Coffee", price="7.99", currency="EUR", url="http://r/a")
    tea = Offer(key="b", name="Tea", price="3.10", currency="EUR", url="http://r/b")
    cocoa = Offer(key="c", name="Cocoa", price="2.50", currency="EUR", url="http://r/c")
    with engine.begin() as conn:
        cid = conn.execute(db.competitors.insert().values(name="R", url="http://r", platform="auto", created_at=t0)).inserted_primary_key[0]
        db.store_offers(conn, cid, [coffee, tea, cocoa], source="crawl", now=t0)
        # The killed part reads coffee unchanged (its observation of t0 is only seen again), tea
        # now without a price, and never gets to cocoa; a shelf check on coffee is not a crawl.
        db.store_offers(conn, cid, [coffee, tea.model_copy(update={"price": None})], source="crawl", now=resumed_run_started)
        db.store_offers(conn, cid, [coffee.model_copy(update={"price": Decimal(1)})], source="visit", now=resumed_run_started)
        read = db.products_read_since(conn, cid, resumed_run_started)
        assert db.products_read_since(conn, cid + 1, t0) == []
    assert sorted(read) == [("http://r/a", Decimal("7.99")), ("http://r/b", None)]


def test_upsert_own_products_keeps_decimals(engine):
    with engine.begin() as conn:
        counts = db.upsert_own_products(conn, [OwnProduct(sku="1", name="x", price="0.1"), OwnProduct(sku="2", name="y")])
        assert counts["inserted"] == 2
        assert db.upsert_own_products(conn, [OwnProduct(sku="1", name="x", price="0.10")])["unchanged"] == 1
        assert conn.execute(select(db.own_products.c.price).where(db.own_products.c.sku == "1")).scalar() == Decimal("0.1")


def test_naive_datetimes_are_refused(engine):
    with engine.begin() as conn, pytest.raises(Exception, match="naive datetime"):
        conn.execute(db.competitors.insert().values(name="N", url="http://n", platform="auto", created_at=datetime(2026, 1, 1)))


def test_untrusted_text_is_stored_verbatim(engine):
    hostile = "Robert'); DROP TABLE own_products;-- <script>"
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=hostile, name=hostile)])
        assert conn.execute(select(db.own_products.c.name)).scalar() == hostile


def test_crawl_match_and_report_on_postgresql(postgres_url, tmp_path, monkeypatch):
    """The whole job against one PostgreSQL database, as several crawl nodes would share it."""
    from storecheck.analysis import report_context, run_matching
    from storecheck.catalogue import load_file
    from storecheck.cli import init_workspace
    from storecheck.config import Workspace
    from storecheck.crawl import run_crawl
    from storecheck.demo.shops import DemoShops
    from storecheck.demo.world import World

    monkeypatch.setenv("STORECHECK_DATABASE_URL", postgres_url)
    world = World(seed=3, products=40)
    workspace = init_workspace(tmp_path / "ws")
    world.write_own_catalogue(tmp_path / "ours.csv")
    engine = db.open_database(workspace.database_url)
    try:
        with engine.begin() as conn:
            db.upsert_own_products(conn, [p for _, p in load_file(tmp_path / "ours.csv", "products").valid])
        with DemoShops(world) as shops:
            workspace.add_competitor("Greenleaf Market", shops.urls["Greenleaf Market"], download_delay=0.0)
            workspace = Workspace(workspace.path)
            summary = run_crawl(workspace, "Greenleaf Market")
        assert summary["status"] == "finished" and summary["items"] == 40
        run_matching(engine, workspace.config)
        card = report_context(engine, workspace.config)["competitors"][0]
        assert card["products"] == 40 and card["pairs"] > 0 and card["price_index"] > 0
    finally:
        db.metadata.drop_all(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        engine.dispose()


def test_sqlite_reads_in_one_transaction_see_one_snapshot(tmp_path):
    url = f"sqlite:///{tmp_path / 'snap.db'}"
    reader, writer = db.open_database(url), db.open_database(url)
    with writer.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="1", name="a")])
    with reader.connect() as conn:  # a reader takes no write lock: the writer below does not wait for it
        first = count(conn, db.own_products)
        with writer.begin() as other:
            db.upsert_own_products(other, [OwnProduct(sku="2", name="b")])
        assert count(conn, db.own_products) == first == 1
    with reader.connect() as conn:
        assert count(conn, db.own_products) == 2
    reader.dispose()
    writer.dispose()


def test_last_seen_never_moves_back(engine):
    t0 = datetime(2026, 11, 10, tzinfo=UTC)
    offer = Offer(key="a", name="Tea", price="3.10", currency="EUR")
    with engine.begin() as conn:
        cid = conn.execute(db.competitors.insert().values(name="R", url="http://r", platform="auto", created_at=t0)).inserted_primary_key[0]
        db.store_offers(conn, cid, [offer], source="crawl", now=t0)
        db.store_offers(conn, cid, [offer], source="visit", now=t0 - timedelta(days=5))  # typed in late
        assert conn.execute(select(db.competitor_products.c.last_seen)).scalar() == t0
        assert conn.execute(select(db.observations.c.last_seen)).scalar() == t0


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_upgrading_an_old_database_keeps_every_row(backend, tmp_path, request):
    """Migrations that change a table must not copy it (alembic's batch mode does on SQLite): dropping
    the old table, with foreign keys on, deletes every row that refers to it. The same upgrade on
    PostgreSQL, whose partial index and correlated UPDATE (migration 0005) SQLite does not check."""
    from alembic import command
    from alembic.config import Config as AlembicConfig

    if backend == "postgresql":
        from test_faults_crawl import drop_schema

        url = request.getfixturevalue("postgres_url")
        drop_schema(url)
        request.addfinalizer(lambda: drop_schema(url))
    else:
        url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = db.make_engine(url)
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(db.MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")  # the schema before crawl runs and competitors gained columns
        for statement in (
            "INSERT INTO competitors (id, name, url, platform, created_at) VALUES (1, 'Rival', '', 'auto', '2026-01-01')",
            "INSERT INTO stores (competitor_id, name) VALUES (1, 'High Street')",
            "INSERT INTO crawl_runs (id, competitor_id, started_at, status, pages, items, dropped, errors, health) "
            "VALUES (1, 1, '2026-01-01 10:00:00', 'finished', 1, 1, '{}', '[]', '[]')",
            # Two runs left running by crawls that died: the unique index of 0005 needs one at most.
            "INSERT INTO crawl_runs (id, competitor_id, started_at, status, pages, items, dropped, errors, health) "
            "VALUES (2, 1, '2026-01-02 10:00:00', 'running', 0, 0, '{}', '[]', '[]')",
            "INSERT INTO crawl_runs (id, competitor_id, started_at, status, pages, items, dropped, errors, health) "
            "VALUES (3, 1, '2026-01-03 10:00:00', 'running', 0, 0, '{}', '[]', '[]')",
            "INSERT INTO competitor_products (id, competitor_id, key, first_seen, last_seen) "
            "VALUES (1, 1, 'k', '2026-01-01 10:00:00', '2026-01-01 10:00:00')",
            "INSERT INTO observations (competitor_product_id, observed_at, last_seen, crawl_run_id, source) "
            "VALUES (1, '2026-01-01 10:00:00', '2026-01-01 10:00:00', 1, 'crawl')",
        ):
            conn.exec_driver_sql(statement)

    def rows() -> dict:
        with engine.connect() as conn:
            tables = {t: count(conn, db.metadata.tables[t]) for t in ("competitors", "stores", "crawl_runs",
                                                                      "competitor_products", "observations")}
            tables["observations with their run"] = conn.execute(
                select(func.count(db.observations.c.crawl_run_id))).scalar()
            tables["run statuses"] = conn.execute(select(db.crawl_runs.c.id, db.crawl_runs.c.status)).all()
        return tables

    with engine.connect() as conn:
        before = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                  for t in ("competitors", "stores", "crawl_runs", "competitor_products", "observations")}
    db.migrate(engine)
    after = rows()
    engine.dispose()
    statuses = dict(after.pop("run statuses"))
    assert after == {**before, "observations with their run": 1}
    assert before == {"competitors": 1, "stores": 1, "crawl_runs": 3, "competitor_products": 1, "observations": 1}
    assert statuses == {1: "finished", 2: "failed", 3: "running"}  # the newest stays the running one
