"""Crawl runs (start, heartbeat, finish) and report runs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from storecheck.db.column_types import utcnow
from storecheck.db.moved_products import rejoin_moved_products
from storecheck.db.schema import crawl_runs, report_runs


def start_crawl_run(conn: Connection, competitor_id: int, platform: str | None = None) -> int:
    """A new running run; raises sqlalchemy's IntegrityError while the competitor has one
    (uq_crawl_runs_one_running; `storecheck.crawl.open_crawl_run` says so in words)."""
    now = utcnow()
    result = conn.execute(
        crawl_runs.insert().values(
            competitor_id=competitor_id, started_at=now, heartbeat_at=now, status="running", platform=platform,
            dropped={}, errors=[], health=[],
        )
    )
    return result.inserted_primary_key[0]


def beat_crawl_run(conn: Connection, run_id: int) -> bool:
    """Say the running crawl `run_id` is alive; False when its run is no longer running
    (another machine took it for dead and closed it)."""
    result = conn.execute(
        update(crawl_runs).where(crawl_runs.c.id == run_id, crawl_runs.c.status == "running").values(heartbeat_at=utcnow())
    )
    return result.rowcount == 1


def finish_crawl_run(conn: Connection, run_id: int, **values: object) -> None:
    """Close a crawl run; a run that finished also gives products back under new keys their rows
    (`rejoin_moved_products`)."""
    values.setdefault("finished_at", utcnow())
    conn.execute(update(crawl_runs).where(crawl_runs.c.id == run_id).values(**values))
    if values.get("status") == "finished":
        rejoin_moved_products(conn, run_id)


def last_report_run(conn: Connection) -> dict | None:
    """The latest report written, or None before the first."""
    row = conn.execute(select(report_runs).order_by(report_runs.c.generated_at.desc(), report_runs.c.id.desc()).limit(1)).first()
    return dict(row._mapping) if row is not None else None


def record_report_run(conn: Connection, generated_at: datetime, path: str | None, summary: dict) -> int:
    return conn.execute(
        report_runs.insert().values(generated_at=generated_at, path=path, summary=summary)
    ).inserted_primary_key[0]
