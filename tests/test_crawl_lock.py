"""One running crawl per competitor across machines that share one database.

The crawl lock is a file in a workspace folder; two machines (or two workspace
folders) writing to one PostgreSQL database are kept apart by the database
itself (a partial unique index on running runs), and a run whose crawl died on
another machine stops blocking once its heartbeat is old.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from storecheck import db
from storecheck.config import Competitor
from storecheck.crawl import STALE_AFTER, AlreadyCrawling, close_stale_runs, live_run, open_crawl_run, run_crawl
from shared_fixtures import ScriptedShop
from test_faults_crawl import drop_schema, new_workspace, serve_slow_products

OTHER_MACHINE = "running: pid 4242 on another-machine"


def competitor(conn, name: str = "Rival") -> int:
    return db.sync_competitors(conn, [Competitor(name=name, url="http://127.0.0.1:9/")])[name]


def run_of_another_machine(conn, cid: int, heartbeat_age: timedelta) -> int:
    """A running run as a crawl on another machine leaves it, its last heartbeat `heartbeat_age` ago."""
    run = db.start_crawl_run(conn, cid)
    beat = db.utcnow() - heartbeat_age
    conn.execute(update(db.crawl_runs).where(db.crawl_runs.c.id == run).values(
        finish_reason=OTHER_MACHINE, started_at=beat - timedelta(hours=1), heartbeat_at=beat))
    return run


def test_the_database_refuses_a_second_running_run_of_a_competitor(engine):
    with engine.begin() as conn:
        cid = competitor(conn)
        first = open_crawl_run(conn, cid, "Rival")
    with engine.begin() as conn, pytest.raises(IntegrityError):
        db.start_crawl_run(conn, cid)
    with engine.begin() as conn:
        with pytest.raises(AlreadyCrawling, match=rf"a crawl of Rival is already running \(pid {os.getpid()} on "):
            open_crawl_run(conn, cid, "Rival")
        # The refusal leaves the caller's transaction usable.
        assert conn.execute(select(db.crawl_runs.c.id)).scalars().all() == [first]
        db.finish_crawl_run(conn, first, status="finished", finish_reason="finished")
    with engine.begin() as conn:
        second = open_crawl_run(conn, cid, "Rival")
        other = competitor(conn, "Other")
        open_crawl_run(conn, other, "Other")  # one running run per competitor, not per database
    assert second != first


def test_a_run_of_another_machine_blocks_while_its_heartbeat_is_fresh(engine):
    with engine.begin() as conn:
        cid = competitor(conn)
        run = run_of_another_machine(conn, cid, heartbeat_age=STALE_AFTER / 2)
        assert close_stale_runs(conn, cid) == []
        assert live_run(conn, cid) == "pid 4242 on another-machine"
        with pytest.raises(AlreadyCrawling, match=r"already running \(pid 4242 on another-machine\)"):
            open_crawl_run(conn, cid, "Rival")
        assert conn.execute(select(db.crawl_runs.c.status).where(db.crawl_runs.c.id == run)).scalar() == "running"


def test_a_run_whose_heartbeat_stopped_is_closed_as_failed_and_a_new_crawl_starts(engine):
    """A crawl killed on another machine: its run is failed (never delisting), with the reason."""
    with engine.begin() as conn:
        cid = competitor(conn)
        run = run_of_another_machine(conn, cid, heartbeat_age=STALE_AFTER + timedelta(minutes=1))
        assert close_stale_runs(conn, cid) == [run]
        row = conn.execute(select(db.crawl_runs).where(db.crawl_runs.c.id == run)).mappings().one()
        assert (row["status"], row["finish_reason"]) == ("failed", "killed")
        assert "pid 4242 on another-machine" in row["errors"][-1] and "taken for dead" in row["errors"][-1]
        assert live_run(conn, cid) is None
        assert open_crawl_run(conn, cid, "Rival") != run


def test_a_running_crawl_beats_and_learns_when_it_was_taken_for_dead(engine):
    with engine.begin() as conn:
        cid = competitor(conn)
        run = open_crawl_run(conn, cid, "Rival")
        conn.execute(update(db.crawl_runs).values(heartbeat_at=db.utcnow() - timedelta(hours=1)))
        assert db.beat_crawl_run(conn, run)
        beat = conn.execute(select(db.crawl_runs.c.heartbeat_at)).scalar()
        assert db.utcnow() - beat < timedelta(minutes=1)
        db.finish_crawl_run(conn, run, status="failed", finish_reason="killed")
        assert not db.beat_crawl_run(conn, run)


def test_run_crawl_refuses_while_another_machine_crawls_the_competitor(tmp_path):
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", "http://127.0.0.1:9/", platform="html", download_delay=0)
    engine = db.open_database(workspace.database_url)
    try:
        with engine.begin() as conn:
            cid = db.sync_competitors(conn, workspace.config.competitors)["Rival"]
            run = run_of_another_machine(conn, cid, heartbeat_age=timedelta(seconds=5))
        summary = run_crawl(workspace, "Rival")
        assert (summary["status"], summary["finish_reason"]) == ("not crawled", "already running")
        assert summary["errors"] == ["a crawl of Rival is already running (pid 4242 on another-machine)"]
        with engine.connect() as conn:
            assert conn.execute(select(db.crawl_runs.c.id, db.crawl_runs.c.status)).all() == [(run, "running")]
    finally:
        engine.dispose()


def test_the_migration_closes_all_but_the_newest_of_several_running_runs(tmp_path):
    """A database from before the index can hold several running rows of a competitor, left by
    dead crawls: the upgrade keeps the newest running (the crawl module judges it) and fails the rest."""
    from alembic import command
    from alembic.config import Config as AlembicConfig

    from storecheck.db import make_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(db.MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        # Written as SQL: the tables of this module describe the newest schema.
        conn.exec_driver_sql("INSERT INTO competitors (id, name, url, platform, created_at) "
                             "VALUES (1, 'Rival', '', 'auto', '2026-01-01 00:00:00')")
        for hour in (1, 2, 3):
            conn.exec_driver_sql(
                "INSERT INTO crawl_runs (competitor_id, started_at, status, pages, items, dropped, errors, health) "
                f"VALUES (1, '2026-01-0{hour} 10:00:00', 'running', 0, 0, '{{}}', '[]', '[]')")
    db.migrate(engine)
    with engine.connect() as conn:
        rows = conn.execute(select(db.crawl_runs.c.id, db.crawl_runs.c.status, db.crawl_runs.c.finish_reason)
                            .order_by(db.crawl_runs.c.id)).all()
    engine.dispose()
    assert [tuple(r)[1:] for r in rows] == [("failed", "killed"), ("failed", "killed"), ("running", None)]


def test_two_crawls_in_two_workspace_folders_on_one_postgresql_database_crawl_once(postgres_url, tmp_path):
    """Two real `scrapy crawl` processes (through `storecheck crawl`), each in its own workspace folder
    (so each takes its own file lock), writing to one PostgreSQL database, as two machines would:
    the database lets one run, the other says a crawl is already running; each page is read once."""
    with ScriptedShop() as shop:
        serve_slow_products(shop, 8, seconds=0.3)
        env = {**os.environ, "COLUMNS": "250", "STORECHECK_DATABASE_URL": postgres_url}
        folders = []
        for name in ("machine-a", "machine-b"):
            workspace = new_workspace(tmp_path / name)
            workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0, concurrency=1)
            folders.append(workspace.path)
        engine = db.open_database(postgres_url)  # migrated once, as the CLI does before crawling
        try:
            crawls = [subprocess.Popen([sys.executable, "-m", "storecheck", "crawl", "Rival", "--workspace", str(folder)],
                                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
                      for folder in folders]
            outputs = [" ".join(crawl.communicate(timeout=240)[0].split()) for crawl in crawls]
            assert sorted(crawl.returncode for crawl in crawls) == [0, 1], outputs
            assert sum("a crawl of Rival is already running (pid" in output for output in outputs) == 1, outputs
            assert sorted(hit for hit in shop.hits if hit.startswith("/p/")) == [f"/p/{n}" for n in range(1, 9)]
            with engine.connect() as conn:
                runs = conn.execute(select(db.crawl_runs.c.status, db.crawl_runs.c["items"])).all()
            assert [tuple(run) for run in runs] == [("finished", 8)]
        finally:
            engine.dispose()
            drop_schema(postgres_url)


def test_a_crawl_whose_run_another_machine_closed_as_dead_stops_and_leaves_the_run_closed(tmp_path):
    """A crawl cut off from the database long enough to be taken for dead learns it at its next
    heartbeat and stops, rather than crawl beside the crawl that took over; the run stays failed."""
    import threading

    with ScriptedShop() as shop:
        serve_slow_products(shop, 40, seconds=0.5)
        workspace = new_workspace(tmp_path / "ws")
        workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0, concurrency=1)
        engine = db.open_database(workspace.database_url)
        summaries = []
        crawl = threading.Thread(target=lambda: summaries.append(
            run_crawl(workspace, "Rival", extra_settings={"STORECHECK_HEARTBEAT_SECONDS": 0.5}, timeout=240)))
        crawl.start()
        try:
            for _ in range(600):
                if any(hit.startswith("/p/") for hit in shop.hits):
                    break
                time.sleep(0.1)
            with engine.begin() as conn:  # what another machine's close_stale_runs does
                conn.execute(update(db.crawl_runs).values(status="failed", finish_reason="killed", errors=["taken for dead"]))
        finally:
            crawl.join(timeout=300)
            engine.dispose()
    summary = summaries[0]
    assert (summary["status"], summary["finish_reason"], summary["errors"]) == ("failed", "killed", ["taken for dead"])
    assert "was closed as dead by another crawl; stopping" in Path(summary["log"]).read_text(encoding="utf-8")
    assert len([hit for hit in shop.hits if hit.startswith("/p/")]) < 40


def test_two_machines_adding_the_same_competitor_at_once_share_one_row(postgres_url):
    """Both read the competitors before either wrote: the second's insert waits for the first's
    commit, is refused by the unique name, and takes the row the first added."""
    import threading

    engine = db.open_database(postgres_url)
    rival = [Competitor(name="Rival", url="http://127.0.0.1:9/", stores=[{"name": "High Street"}])]
    try:
        first = engine.connect()
        transaction = first.begin()
        first_ids = db.sync_competitors(first, rival)  # written, not yet committed
        second_ids: list = []
        second = threading.Thread(target=lambda: second_ids.append(_sync_in_own_transaction(engine, rival)))
        second.start()
        time.sleep(1)  # the second machine's insert now waits on the first's uncommitted row
        transaction.commit()
        first.close()
        second.join(timeout=60)
        assert second_ids == [first_ids]
        with engine.connect() as conn:
            assert conn.execute(select(db.stores.c.name)).scalars().all() == ["High Street"]
    finally:
        engine.dispose()
        drop_schema(postgres_url)


def _sync_in_own_transaction(engine, config_competitors) -> dict:
    with engine.begin() as conn:
        return db.sync_competitors(conn, config_competitors)
