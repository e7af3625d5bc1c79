"""Crawl runs (start, heartbeat, finish), report runs, and imports of files written in batches."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Connection

from storecheck.db.column_types import utcnow
from storecheck.db.moved_products import rejoin_moved_products
from storecheck.db.schema import competitors, crawl_runs, import_runs, report_runs


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


# --- imports of files written in batches ---------------------------------------------------------


def start_import_run(conn: Connection, kind: str, file: str, rows: int, competitor_id: int | None = None) -> int:
    """A new import of `rows` valid rows of `file` (its name), none written yet."""
    result = conn.execute(import_runs.insert().values(kind=kind, competitor_id=competitor_id, file=file, rows=rows,
                                                      written=0, started_at=utcnow()))
    return result.inserted_primary_key[0]


def count_import_batch(conn: Connection, run_id: int, rows: int) -> None:
    """Add a batch's rows to the import's written count, in the batch's own transaction: what the
    count says is stored is stored, however the process ends."""
    conn.execute(update(import_runs).where(import_runs.c.id == run_id).values(written=import_runs.c.written + rows))


def finish_import_run(conn: Connection, run_id: int) -> None:
    """The import's last batch is in. Earlier imports of the same file (kind, competitor and name)
    left unfinished are completed by it, so they are no longer said."""
    run = conn.execute(select(import_runs).where(import_runs.c.id == run_id)).one()
    conn.execute(update(import_runs).where(import_runs.c.id == run_id).values(finished_at=utcnow()))
    same = [import_runs.c.kind == run.kind, import_runs.c.file == run.file, import_runs.c.finished_at.is_(None),
            import_runs.c.competitor_id.is_(None) if run.competitor_id is None else import_runs.c.competitor_id == run.competitor_id]
    conn.execute(delete(import_runs).where(*same))


def unfinished_import_runs(conn: Connection, kind: str, competitor_id: int | None = None) -> list:
    """The imports of `kind` (for the competitor) begun and never finished, oldest first: stopped
    halfway, or still running in another process."""
    which = import_runs.c.competitor_id.is_(None) if competitor_id is None else import_runs.c.competitor_id == competitor_id
    return list(conn.execute(select(import_runs).where(import_runs.c.kind == kind, which, import_runs.c.finished_at.is_(None))
                             .order_by(import_runs.c.started_at)))


def import_finished_since(conn: Connection, run) -> object | None:
    """The latest import of the same kind (our catalogue, or the same competitor's offers) begun
    after the unfinished `run` and finished whole, or None: a newer file stored since, whose values
    importing `run`'s file again would write over (review R4)."""
    which = (import_runs.c.competitor_id.is_(None) if run.competitor_id is None
             else import_runs.c.competitor_id == run.competitor_id)
    return conn.execute(select(import_runs).where(import_runs.c.kind == run.kind, which, import_runs.c.id > run.id,
                                                  import_runs.c.finished_at.is_not(None))
                        .order_by(import_runs.c.id.desc()).limit(1)).first()


def every_unfinished_import_run(conn: Connection) -> list:
    """Every import begun and never finished, oldest first, with its competitor's name (None for
    our catalogue): what the report says of files stored in part."""
    return list(conn.execute(
        select(import_runs, competitors.c.name.label("competitor"))
        .select_from(import_runs.outerjoin(competitors, import_runs.c.competitor_id == competitors.c.id))
        .where(import_runs.c.finished_at.is_(None)).order_by(import_runs.c.started_at)))

