"""Run one competitor's crawl as its own `scrapy crawl shop` process.

A crawl in its own process can be killed, run on a schedule or by scrapyd,
and never shares a Twisted reactor with the caller. The run's outcome is read
back from its `crawl_runs` row, which the crawl's pipelines keep.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from storecheck import db
from storecheck.config import Workspace

PROJECT_ROOT = Path(__file__).resolve().parents[1]
_RUN_STARTED = re.compile(r"storecheck: crawl run (\d+) started")
# "2024-05-01 12:00:00 [crawlers.pipelines] INFO: message" -> "message"
_LOG_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:,\d+)? \[[^\]]+\] (\w+): ")
_GRACE_SECONDS = 30


def crawl_command(name: str, extra_settings: dict | None = None) -> list[str]:
    command = [sys.executable, "-m", "scrapy", "crawl", "shop", "-a", f"competitor={name}"]
    for key, value in (extra_settings or {}).items():
        command += ["-s", f"{key}={value}"]
    return command


def crawl_env(workspace_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["SCRAPY_SETTINGS_MODULE"] = "crawlers.settings"
    env["STORECHECK_WORKSPACE"] = str(workspace_path)
    # The crawl process must import this very checkout, wherever it is started from.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def run_crawl(
    workspace: Workspace | str | os.PathLike,
    name: str,
    *,
    on_output: Callable[[str], None] | None = None,
    extra_settings: dict | None = None,
    timeout: float | None = None,
) -> dict:
    """Crawl one competitor in a `scrapy crawl shop` subprocess and return the run summary.

    `on_output` receives progress and problem lines as they come (for a CLI
    progress display); `extra_settings` are passed as `-s KEY=VALUE` and win
    over everything; after `timeout` seconds the crawl is asked to stop
    (it then closes as a partial run), and killed if it does not.

    Returns: id, competitor, status (finished / partial / failed), platform,
    pages, items, dropped (reason -> count), errors, health, finish_reason,
    started_at, finished_at, duration (seconds), returncode, log (path).
    """
    if not isinstance(workspace, Workspace):
        workspace = Workspace(Path(workspace))
    competitor = workspace.config.competitor(name)
    log_dir = workspace.path / "logs"
    log_dir.mkdir(exist_ok=True)
    log_path = log_dir / f"crawl-{_slug(competitor.name)}.log"
    command = crawl_command(competitor.name, extra_settings)
    started = time.monotonic()
    started_at = datetime.now(UTC)
    tail: deque[str] = deque(maxlen=40)
    run_ids: list[int] = []

    process = subprocess.Popen(
        command,
        cwd=str(workspace.path),
        env=crawl_env(workspace.path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        bufsize=1,
    )

    def pump() -> None:
        with open(log_path, "w", encoding="utf-8") as log:
            for line in process.stdout:
                log.write(line)
                line = line.rstrip("\n")
                tail.append(line)
                match = _RUN_STARTED.search(line)
                if match:
                    run_ids.append(int(match.group(1)))
                if on_output is not None and _worth_showing(line):
                    try:
                        on_output(_LOG_PREFIX.sub(lambda m: "" if m.group(1) == "INFO" else f"{m.group(1)}: ", line))
                    except Exception:  # noqa: BLE001 - a display problem must not stop the crawl
                        pass

    reader = threading.Thread(target=pump, name=f"crawl-output-{competitor.name}", daemon=True)
    reader.start()
    timed_out = False
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        _stop(process)
    except BaseException:
        _stop(process)
        raise
    finally:
        reader.join(timeout=10)
        process.stdout.close()
    duration = time.monotonic() - started

    engine = db.open_database(workspace.database_url)
    try:
        with engine.begin() as conn:
            run = _find_run(conn, competitor.name, run_ids, started_at)
            if run is not None and run["status"] == "running":
                # The process died before it could close its run (killed, crashed).
                db.finish_crawl_run(
                    conn, run["id"], status="failed",
                    finish_reason="timeout" if timed_out else f"exit code {process.returncode}",
                    errors=list(run["errors"] or []) + [_last_error(tail)],
                )
                run = _find_run(conn, competitor.name, [run["id"]], started_at)
    finally:
        engine.dispose()

    if run is None:
        return {
            "id": None, "competitor": competitor.name, "status": "failed", "platform": None, "pages": 0, "items": 0,
            "dropped": {}, "errors": [_last_error(tail)], "health": [], "finish_reason": "did not start",
            "started_at": started_at, "finished_at": datetime.now(UTC), "duration": duration,
            "returncode": process.returncode, "log": str(log_path),
        }
    finished_at = run["finished_at"]
    return {
        "id": run["id"],
        "competitor": competitor.name,
        "status": run["status"],
        "platform": run["platform"],
        "pages": run["pages"],
        "items": run["items"],
        "dropped": dict(run["dropped"] or {}),
        "errors": list(run["errors"] or []),
        "health": list(run["health"] or []),
        "finish_reason": run["finish_reason"],
        "started_at": run["started_at"],
        "finished_at": finished_at,
        "duration": (finished_at - run["started_at"]).total_seconds() if finished_at else duration,
        "returncode": process.returncode,
        "log": str(log_path),
    }


def _find_run(conn, competitor_name: str, run_ids: list[int], started_at: datetime):
    runs = db.crawl_runs
    if run_ids:
        return conn.execute(select(runs).where(runs.c.id == run_ids[-1])).mappings().first()
    cid = db.competitor_id(conn, competitor_name)
    if cid is None:
        return None
    return conn.execute(
        select(runs).where(runs.c.competitor_id == cid, runs.c.started_at >= started_at.replace(microsecond=0))
        .order_by(runs.c.id.desc()).limit(1)
    ).mappings().first()


def _stop(process: subprocess.Popen) -> None:
    """Ask Scrapy to close the crawl (it stores what it has), then insist."""
    for sig in (signal.SIGINT, signal.SIGINT):
        if process.poll() is not None:
            return
        process.send_signal(sig)
        try:
            process.wait(timeout=_GRACE_SECONDS)
            return
        except subprocess.TimeoutExpired:
            continue
    process.kill()
    process.wait()


def _worth_showing(line: str) -> bool:
    return "storecheck" in line and ("INFO" in line or "WARNING" in line) or " ERROR: " in line or line.startswith("Traceback")


def _last_error(tail: deque[str]) -> str:
    for line in reversed(tail):
        stripped = line.strip()
        if stripped and not stripped.startswith(("File ", "^", "~")) and ("Error" in stripped or "error" in stripped):
            return stripped[:300]
    return (tail[-1].strip()[:300] if tail else "the crawl process gave no output")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "competitor"


def unseen_products(conn, competitor_id: int) -> list[str] | None:
    """Keys of the competitor's products its latest crawl did not see, or None when that
    crawl cannot tell: a partial, failed or still running run proves nothing is gone."""
    runs = db.crawl_runs
    latest = conn.execute(
        select(runs.c.status, runs.c.started_at)
        .where(runs.c.competitor_id == competitor_id)
        .order_by(runs.c.started_at.desc(), runs.c.id.desc())
        .limit(1)
    ).first()
    if latest is None or latest.status != "finished":
        return None
    products = db.competitor_products
    return list(
        conn.execute(
            select(products.c.key).where(products.c.competitor_id == competitor_id, products.c.last_seen < latest.started_at)
        ).scalars()
    )
