"""A sixth tester's pass over `storecheck run` on PostgreSQL when the database drops its connections
mid-run (a failover, a restart, an idle-connection reaper)."""

from __future__ import annotations

import threading
import time

from click.testing import CliRunner
from sqlalchemy import select, text

from storecheck import db
from storecheck.cli import cli
from test_faults_crawl import drop_schema, new_workspace, product_page


def _kill_connections(url: str) -> int:
    engine = db.make_engine(url)
    try:
        with engine.begin() as conn:
            return len(conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()")).all())
    finally:
        engine.dispose()


def test_a_run_whose_database_connections_are_dropped_between_writes_stores_everything(shop, tmp_path, monkeypatch,
                                                                                       postgres_url):
    # A server restart or failover while the crawl reads pages (no write under way): every connection is
    # dropped, the pool checks each before use and opens a new one, and the run finishes with every
    # product stored. (A drop during a batch's write is another matter: see the report of this pass.)
    count = 40

    def slow(n):
        def serve(query):
            time.sleep(0.15)
            return 200, {}, product_page(n)
        return serve

    links = "".join(f'<a href="/p/{n}">Product {n}</a> ' for n in range(1, count + 1))
    shop.routes["/"] = lambda q: (200, {}, f"<html><body>{links}</body></html>".encode())
    shop.routes["/robots.txt"] = lambda q: (404, {}, b"")
    for n in range(1, count + 1):
        shop.routes[f"/p/{n}"] = slow(n)
    monkeypatch.setenv("STORECHECK_DATABASE_URL", postgres_url)
    engines, make_engine = [], db.make_engine

    def tracked(url):
        engines.append(make_engine(url))
        return engines[-1]

    # The commands' engines in this process are disposed of at the end, before the tables are dropped.
    monkeypatch.setattr(db, "make_engine", tracked)
    monkeypatch.setattr(db.connection, "make_engine", tracked)  # where open_database reads it
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    killed = []

    def killer():
        # Mid-crawl, far from the one write of its 40 products (the batch is written at the end).
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if sum(path.startswith("/p/") for path in shop.hits) >= 12:
                killed.append(_kill_connections(postgres_url))
                return
            time.sleep(0.05)

    thread = threading.Thread(target=killer)
    thread.start()
    try:
        result = CliRunner().invoke(cli, ["run", "--workspace", str(workspace.path)])
        thread.join(10)
        assert killed and killed[0] >= 1, killed
        assert result.exit_code == 0, result.output
        engine = db.make_engine(postgres_url)
        try:
            with engine.connect() as conn:
                runs = conn.execute(select(db.crawl_runs.c.status, db.crawl_runs.c["items"])).all()
                products = conn.execute(select(db.competitor_products.c.key)).scalars().all()
        finally:
            engine.dispose()
        assert [tuple(run) for run in runs] == [("finished", count)] and len(products) == count, (runs, result.output)
    finally:
        for engine in engines:
            engine.dispose()
        drop_schema(postgres_url)
