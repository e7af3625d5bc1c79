"""A crawl's batch write when PostgreSQL drops the connection in the middle of it (a restart, a
failover, an idle-connection reaper): the batch is written again on a new connection, not lost."""

from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import select

from storecheck import db
from storecheck.cli import cli
from test_faults_crawl import drop_schema, new_workspace, product_page

# The server itself ends the session that writes the first product, once: a sequence is not rolled
# back with the transaction the fault aborts, so the write made again on a new connection goes through.
FAULT = """
CREATE SEQUENCE storecheck_test_fault;
CREATE FUNCTION storecheck_test_drop_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF nextval('storecheck_test_fault') = 1 THEN
    PERFORM pg_terminate_backend(pg_backend_pid());
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER storecheck_test_drop_once BEFORE INSERT ON competitor_products
  FOR EACH ROW EXECUTE FUNCTION storecheck_test_drop_once();
"""
CLEAN = "DROP FUNCTION IF EXISTS storecheck_test_drop_once() CASCADE; DROP SEQUENCE IF EXISTS storecheck_test_fault"


def test_a_connection_dropped_while_a_batch_is_written_loses_no_product(shop, tmp_path, monkeypatch, postgres_url):
    count = 12
    links = "".join(f'<a href="/p/{n}">Product {n}</a> ' for n in range(1, count + 1))
    shop.routes["/"] = lambda q: (200, {}, f"<html><body>{links}</body></html>".encode())
    shop.routes["/robots.txt"] = lambda q: (404, {}, b"")
    for n in range(1, count + 1):
        shop.routes[f"/p/{n}"] = lambda q, n=n: (200, {}, product_page(n))
    monkeypatch.setenv("STORECHECK_DATABASE_URL", postgres_url)
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    engine = db.open_database(postgres_url)  # the schema made, as the first command makes it
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(FAULT)
        result = CliRunner().invoke(cli, ["crawl", "--workspace", str(workspace.path)])
        with engine.connect() as conn:
            faults = conn.exec_driver_sql("SELECT last_value FROM storecheck_test_fault").scalar()
            runs = conn.execute(select(db.crawl_runs.c.status, db.crawl_runs.c["items"])).all()
            errs = conn.execute(select(db.crawl_runs.c.errors)).all()
            products = conn.execute(select(db.competitor_products.c.key)).scalars().all()
        assert faults >= 2, ("the fault never fired: the test proves nothing", errs, result.output)
        assert [tuple(run) for run in runs] == [("finished", count)], (runs, errs, result.output)
        assert len(products) == count, result.output
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(CLEAN)
        engine.dispose()
        drop_schema(postgres_url)
