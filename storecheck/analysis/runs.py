"""Crawl runs as the history reads them: which runs are complete, so which may make a product
look delisted, and which competitors storecheck.toml still lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from storecheck import db
from storecheck.config import Crawl

DEFAULT_MIN_ITEMS_RATIO = Crawl().min_items_ratio


@dataclass(frozen=True)
class Run:
    """One crawl run of a competitor as its history is read: for the report's
    data health, its changes since the previous run, and what may count as delisted.

    A crawl that resumes a killed or stopped one continues that run in a
    crawl_runs row of its own, so one run may have several rows (`ids`, oldest
    first); the newest says how the run ended and carries the counts of all.
    """

    ids: tuple[int, ...]
    competitor_id: int
    competitor: str
    started_at: datetime
    status: str
    items: int
    # Finished and not far smaller than the complete run before it (see `run_history`).
    complete: bool
    # The newest crawl_runs row, which speaks for the run, for the data-health table.
    row: dict

    @property
    def id(self) -> int:
        return self.ids[-1]


def run_history(conn: Connection, min_items_ratio: float = DEFAULT_MIN_ITEMS_RATIO) -> dict[int, list[Run]]:
    """Per competitor id, its crawl runs, oldest first, each flagged complete or not.

    Only a complete run may make a product look delisted. Complete means
    finished *and* not far smaller than the complete run before it: a shop
    that served a fraction of its range (a changed template, a block) has
    not delisted the rest. Partial and failed runs are never complete.

    The rows of a resumed run are one run: `StorePipeline` gives the resuming
    row the start of the run it continues, and only a run that did not finish
    (finish reason other than "finished") and is the competitor's latest is
    ever resumed (`crawl.read_job_marker`), so a run's rows are never apart.
    """
    r = db.crawl_runs
    rows = conn.execute(
        select(r, db.competitors.c.name.label("competitor"))
        .join(db.competitors, db.competitors.c.id == r.c.competitor_id)
        .order_by(r.c.competitor_id, r.c.id)
    ).mappings().all()
    parts: dict[int, list[list]] = {}
    resumable: dict[tuple[int, datetime], list] = {}
    for row in rows:
        key = (row["competitor_id"], row["started_at"])
        run = resumable.pop(key, None)
        if run is None:
            run = []
            parts.setdefault(row["competitor_id"], []).append(run)
        run.append(dict(row))
        if row["finish_reason"] != "finished":
            resumable[key] = run
    history: dict[int, list[Run]] = {}
    for cid, runs in parts.items():
        before: Run | None = None  # the latest complete run so far
        # The latest run is the one with the newest row, as for a run that was never interrupted.
        for run in sorted(runs, key=lambda part_rows: part_rows[-1]["id"]):
            newest = run[-1]
            complete = newest["status"] == "finished" and (before is None or newest["items"] >= min_items_ratio * before.items)
            entry = Run(
                ids=tuple(row["id"] for row in run), competitor_id=cid, competitor=newest["competitor"],
                started_at=run[0]["started_at"], status=newest["status"], items=newest["items"], complete=complete, row=newest,
            )
            before = entry if complete else before
            history.setdefault(cid, []).append(entry)
    return history


def complete_runs(conn: Connection, min_items_ratio: float = DEFAULT_MIN_ITEMS_RATIO) -> dict[int, list[Run]]:
    """Per competitor id, its complete crawl runs (see `run_history`), oldest first."""
    return _complete(run_history(conn, min_items_ratio))


def _complete(history: dict[int, list[Run]]) -> dict[int, list[Run]]:
    result: dict[int, list[Run]] = {}
    for cid, runs in history.items():
        complete = [run for run in runs if run.complete]
        if complete:
            result[cid] = complete
    return result


def listed_history(history: dict[int, list[Run]], listed: set[str]) -> dict[int, list[Run]]:
    """`history` (`run_history`) of the competitors named in `listed` (those storecheck.toml lists):
    the crawls of one taken out of the file, or renamed there, are no part of the figures, changes or
    alerts, as its products are not."""
    return {cid: runs for cid, runs in history.items() if runs and runs[-1].competitor in listed}


def _latest_runs(conn: Connection, history: dict[int, list[Run]] | None = None) -> dict[str, dict]:
    """Per competitor name, the crawl_runs row of its latest run (which no items ratio changes)."""
    return {runs[-1].competitor: runs[-1].row for runs in (run_history(conn) if history is None else history).values()}
