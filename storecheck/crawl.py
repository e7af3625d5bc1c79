"""Run one competitor's crawl as its own `scrapy crawl shop` process, and keep crawl runs honest.

A crawl in its own process can be killed, run on a schedule or by scrapyd,
and never shares a Twisted reactor with the caller. The run's outcome is read
back from its `crawl_runs` row, which the crawl's pipelines keep.

A crawl process that dies without closing its run (SIGKILL, power cut) leaves
the row `running`; the next crawl of that competitor marks it `failed` with
finish reason `killed` (the row carries the crawl's pid and host while it
runs) and continues the run (see `prepare_job_dir` for what it takes from its JOBDIR,
`<workspace>/.crawl-jobs/<slug>`).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from storecheck import db
from storecheck.config import CONFIG_NAME, Workspace
from storecheck.errors import StorecheckError

PROJECT_ROOT = Path(__file__).resolve().parents[1]
_RUN_STARTED = re.compile(r"storecheck: crawl run (\d+) started")
_ALREADY_CRAWLING = re.compile(r"(?:AlreadyCrawling|storecheck): (a crawl of .+ is already running.*)$")
# "2024-05-01 12:00:00 [crawlers.pipelines] INFO: message" -> "message"
_LOG_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:,\d+)? \[[^\]]+\] (\w+): ")
_GRACE_SECONDS = 30
JOBS_FOLDER = ".crawl-jobs"
JOB_MARKER = "storecheck-run.json"
_RUNNING = re.compile(r"^running: pid (\d+) on (.+)$")
# A running crawl writes its run's heartbeat this often (a timer in the store pipeline) ...
HEARTBEAT_SECONDS = 30
# ... and a run of another machine whose heartbeat is older than this is taken for dead. Twenty
# missed beats: a crawl stalled by a slow database write or a busy machine is not closed under it.
STALE_AFTER = timedelta(seconds=20 * HEARTBEAT_SECONDS)


class CrawlError(StorecheckError):
    """A crawl that cannot be done as asked; the message says why."""


class AlreadyCrawling(CrawlError):
    """Another crawl of the competitor holds its crawl lock."""


def take_crawl_lock(workspace_path: Path, competitor_name: str) -> IO[str]:
    """Take the competitor's crawl lock for the life of this process, or raise AlreadyCrawling.

    An exclusive flock on `.crawl-jobs/<slug>.lock`: taken atomically, so two
    crawls started at once cannot both pass (a check of the running rows can be
    passed by both before either writes its row), and let go by the system when
    the process ends however it ends, so a killed crawl leaves no stale lock.
    The crawl process takes it before it touches its job folder or the database.
    """
    folder = Path(workspace_path) / JOBS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{_slug(competitor_name)}.lock"
    path.touch(exist_ok=True)
    handle = open(path, "r+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = handle.read().strip()
        handle.close()
        message = f"a crawl of {competitor_name} is already running ({holder or 'another process'})"
        # Said at once on its own line: the exception's traceback comes late and long.
        logging.getLogger(__name__).error("storecheck: %s", message)
        raise AlreadyCrawling(message) from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()} on {_host()}")
    handle.flush()
    return handle


def job_dir(workspace_path: Path, competitor_name: str) -> Path:
    """Where a competitor's crawl keeps its resumable state (Scrapy's JOBDIR)."""
    return Path(workspace_path) / JOBS_FOLDER / _slug(competitor_name)


def running_marker() -> str:
    """What a running crawl's row says in `finish_reason` until it finishes."""
    return f"running: pid {os.getpid()} on {_host()}"


def _host() -> str:
    return socket.gethostname()[:60]


def _local_pid(finish_reason: str | None) -> int | None:
    """The pid a running row's marker names, when the crawl runs on this machine."""
    match = _RUNNING.match(finish_reason or "")
    return int(match.group(1)) if match and match.group(2) == _host() else None


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    if stat.exists():
        try:
            if stat.read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X"):
                return False  # a zombie nobody has reaped yet is dead all the same
            # A pid reused by another program is not our crawl.
            return b"scrapy" in Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, IndexError):
            return True
    return True


def live_run(conn, competitor_id: int) -> str | None:
    """Which crawl of this competitor is running now ("pid N on HOST"), on this machine or on
    another that shares the database, if any. Call `close_stale_runs` first."""
    runs = db.crawl_runs
    for row in conn.execute(
        select(runs.c.finish_reason).where(runs.c.competitor_id == competitor_id, runs.c.status == "running")
    ):
        pid = _local_pid(row.finish_reason)
        if pid == os.getpid():
            continue
        if pid is None or _process_alive(pid):
            return _holder(row.finish_reason)
    return None


def _holder(finish_reason: str | None) -> str:
    """Who runs a running run, from its marker: "pid N on HOST"."""
    match = _RUNNING.match(finish_reason or "")
    return f"pid {match.group(1)} on {match.group(2)}" if match else "started by another process"


def open_crawl_run(conn, competitor_id: int, competitor_name: str, platform: str | None = None) -> int:
    """Start the competitor's crawl run, marked as this process's; raises AlreadyCrawling while
    another run of it is running, on any machine that shares the database.

    The database decides (uq_crawl_runs_one_running): of two crawls that start at
    once on two machines, whose crawl locks are files in their own workspace
    folders, one inserts its run and the other is turned away, even when both
    checked for a running run before either wrote. Call `close_stale_runs` first.
    """
    try:
        with conn.begin_nested():  # the refusal leaves the caller's transaction usable
            run_id = db.start_crawl_run(conn, competitor_id, platform=platform)
    except IntegrityError:
        marker = conn.execute(select(db.crawl_runs.c.finish_reason).where(
            db.crawl_runs.c.competitor_id == competitor_id, db.crawl_runs.c.status == "running")).scalar()
        message = f"a crawl of {competitor_name} is already running ({_holder(marker)})"
        logging.getLogger(__name__).error("storecheck: %s", message)
        raise AlreadyCrawling(message) from None
    conn.execute(update(db.crawl_runs).where(db.crawl_runs.c.id == run_id).values(finish_reason=running_marker()))
    return run_id


def close_stale_runs(conn, competitor_id: int) -> list[int]:
    """Mark the competitor's `running` rows whose process is gone as failed (`killed`).

    A row names its crawl's pid and host; on this host a pid that no longer runs
    a crawl means the process died. A row from another host is judged by its
    heartbeat: none for STALE_AFTER means that machine's crawl died (or lost the
    database; it then stops at its next beat, see `crawlers.pipelines`). Failed,
    the run never makes a product look delisted. The items and pages the row
    counted so far stay as they are.
    """
    runs, products = db.crawl_runs, db.competitor_products
    closed = []
    now = datetime.now(UTC)
    for row in conn.execute(select(runs).where(runs.c.competitor_id == competitor_id, runs.c.status == "running")).mappings().all():
        pid = _local_pid(row["finish_reason"])
        if pid is not None:
            if pid == os.getpid() or _process_alive(pid):
                continue
            why = f"the crawl process (pid {pid}) ended without closing its run (killed or crashed)"
        elif now - (row["heartbeat_at"] or row["started_at"]) > STALE_AFTER:
            why = (f"the crawl ({_holder(row['finish_reason'])}) gave no sign of life for "
                   f"{STALE_AFTER.total_seconds() / 60:.0f} minutes; taken for dead")
        else:
            continue
        # The last moment the dead crawl stored something, else its start.
        last = conn.execute(
            select(func.max(products.c.last_seen)).where(products.c.competitor_id == competitor_id, products.c.last_seen >= row["started_at"])
        ).scalar()
        conn.execute(
            update(runs).where(runs.c.id == row["id"], runs.c.status == "running").values(
                status="failed", finish_reason="killed", finished_at=last or row["started_at"],
                errors=list(row["errors"] or []) + [why],
            )
        )
        closed.append(row["id"])
    return closed


def _job_marker(jobdir: str | os.PathLike) -> dict:
    try:
        marker = json.loads((Path(jobdir) / JOB_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return marker if isinstance(marker, dict) else {}


def read_job_marker(conn, jobdir: str | os.PathLike, competitor_id: int):
    """The run a JOBDIR belongs to, when the job can be resumed (that run did not finish), else None."""
    try:
        run_id = int(_job_marker(jobdir)["run_id"])
    except (KeyError, TypeError, ValueError):
        return None
    run = conn.execute(select(db.crawl_runs).where(db.crawl_runs.c.id == run_id)).mappings().first()
    if run is None or run["competitor_id"] != competitor_id or run["finish_reason"] == "finished":
        return None
    # Another crawl ran since (one without this job folder: an API crawl, another
    # machine): continuing the old run now would date what it reads before that
    # crawl, and its history would no longer be in order.
    latest = conn.execute(
        select(func.max(db.crawl_runs.c.id)).where(db.crawl_runs.c.competitor_id == competitor_id)).scalar()
    return run if latest == run["id"] else None


def write_job_marker(jobdir: str | os.PathLike, run_id: int, *, closed: str | None = None,
                     unread: dict[str, int] | None = None) -> None:
    """Tie a JOBDIR to its crawl run. `closed` is Scrapy's close reason, given once Scrapy has
    closed the job gracefully and so written its queue and seen-set whole. `unread`: what the run's
    parts so far lost or never asked, by reason (`unread_before`)."""
    path = Path(jobdir)
    path.mkdir(parents=True, exist_ok=True)
    marker: dict = {"run_id": run_id, "closed": closed}
    if unread:
        marker["unread"] = unread
    (path / JOB_MARKER).write_text(json.dumps(marker), encoding="utf-8")


def unread_before(jobdir: str | os.PathLike) -> dict[str, int]:
    """What the earlier parts of a run resumed from Scrapy's saved queue lost or never asked, by reason
    (the non-benign drops, "errors"), as the part that stopped wrote it in the job marker. Resuming
    asks only what the queue holds: a sitemap's URLs left over the page budget were never queued, a
    page lost was marked seen, so neither is asked again, and the run is not read whole
    (`StorePipeline.summary`). Empty after a kill: that crawl starts over and counts its own."""
    unread = _job_marker(jobdir).get("unread")
    if not isinstance(unread, dict):
        return {}
    return {str(why): count for why, count in unread.items() if isinstance(count, int) and count > 0}


def prepare_job_dir(engine, jobdir: Path, competitor_id: int) -> str | None:
    """Get a competitor's JOBDIR ready; returns how the next crawl starts: None (afresh),
    "resume" (Scrapy's saved queue) or "killed" (after any other ending: the database is the journal).

    - A job dir of a finished run is cleared: Scrapy would skip every page it has
      seen, and a crawl that reads nothing would look like a shop that sold out.
    - After a graceful stop (Ctrl-C or the timeout's first SIGINT answered in
      time, the page budget) Scrapy's saved queue and seen-set are whole and the
      crawl resumes from them. The crawl's `StorePipeline` says so in the job
      marker when Scrapy has closed the job, with what the stopped parts lost or
      never asked (`unread_before`), which the resumed part does not ask again.
    - After any other ending they are not: Scrapy writes its queue's index only
      when it closes the job, and the seen-set reaches the disk in 8 KB pieces
      (or whole, when the process exits without closing the job, as Scrapy's
      forced shutdown at a second SIGINT does), so the job would skip pages it
      never read. That is a kill, a crash, a power cut and a crawl `run_crawl`
      stopped by force after its timeout alike. Its files are cleared; the
      crawl starts over but does not read again the product pages the
      interrupted run stored (see `StorePipeline`).
    """
    with engine.begin() as conn:
        close_stale_runs(conn, competitor_id)
        run = read_job_marker(conn, jobdir, competitor_id) if jobdir.exists() else None
    if run is None:
        shutil.rmtree(jobdir, ignore_errors=True)
        return None
    if not _job_marker(jobdir).get("closed"):
        for child in jobdir.iterdir():
            if child.name != JOB_MARKER:
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        # The crawl starts over: it asks again whatever the earlier parts lost or left unasked.
        write_job_marker(jobdir, run["id"])
        return "killed"
    # From here on Scrapy changes the files again; they are whole only once it closes the job.
    write_job_marker(jobdir, run["id"], unread=unread_before(jobdir))
    return "resume"


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


def crawl_competitors(
    workspace: Workspace,
    names: Sequence[str] = (),
    *,
    extra_settings: dict | None = None,
    on_progress: Callable[[str], None] | None = None,
    on_result: Callable[[dict], None] | None = None,
) -> list[dict]:
    """Crawl the named competitors (all when none is named) one after another, each by
    `run_crawl`; returns their summaries in that order.

    A competitor without a web shop is visited, never crawled: its summary says
    `not crawled` (reason `no web shop`) rather than failing; so does one that closed
    (reason `closed`). `on_progress` gets a
    line on what is going on, holding the shop's and the crawl's text (untrusted);
    `on_result` gets each summary as its crawl ends.
    """
    chosen = [workspace.config.competitor(n) for n in names] if names else list(workspace.config.competitors)
    if not chosen:
        raise CrawlError(f"No competitors in {workspace.config_path}; add one with `storecheck competitor add NAME URL`.")
    db.open_workspace_database(workspace.database_url).dispose()  # migrated before the spiders connect
    results = []
    for entry in chosen:
        if entry.closed is not None:
            summary = {"competitor": entry.name, "status": "not crawled", "reason": "closed", "duration": 0.0,
                       "note": f"closed on {entry.closed} (closed in {CONFIG_NAME}); its history is kept"}
        elif not entry.url:
            summary = {"competitor": entry.name, "status": "not crawled", "reason": "no web shop", "duration": 0.0,
                       "note": f"no web shop (no url in {CONFIG_NAME}); its stores are visited"}
        else:
            if on_progress is not None:
                on_progress(f"Crawling {entry.name} ({entry.url})")

            def output(line: str, _name=entry.name) -> None:
                if on_progress is not None:
                    on_progress(f"Crawling {_name}: {line.strip()[:100]}")

            started = time.perf_counter()
            summary = run_crawl(workspace, entry.name, on_output=output, extra_settings=extra_settings)
            summary.setdefault("duration", time.perf_counter() - started)
            summary["competitor"] = entry.name
        if on_result is not None:
            on_result(summary)
        results.append(summary)
    return results


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
    engine = db.open_database(workspace.database_url)
    try:
        with engine.begin() as conn:
            cid = db.sync_competitors(conn, workspace.config.visited())[competitor.name]
            close_stale_runs(conn, cid)
            busy = live_run(conn, cid)
    finally:
        engine.dispose()
    if busy is not None:
        now = datetime.now(UTC)
        return _not_started(competitor.name, f"a crawl of {competitor.name} is already running ({busy})",
                            "already running", now)
    log_dir = workspace.path / "logs"
    log_dir.mkdir(exist_ok=True)
    log_path = log_dir / f"crawl-{_slug(competitor.name)}.log"
    command = crawl_command(competitor.name, extra_settings)
    started = time.monotonic()
    started_at = datetime.now(UTC)
    tail: deque[str] = deque(maxlen=40)
    run_ids: list[int] = []
    # Why the crawl stopped before its run began, when another crawl holds the lock: caught as the
    # line goes by, since the traceback and what follows it can outrun the tail.
    already: list[str] = []

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
                busy_now = _ALREADY_CRAWLING.search(line)
                if busy_now:
                    already.append(busy_now.group(1))
                if on_output is not None and _worth_showing(line):
                    try:
                        on_output(_LOG_PREFIX.sub(lambda m: "" if m.group(1) == "INFO" else f"{m.group(1)}: ", line))
                    except Exception:
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
            # A process turned away by the crawl lock made no run: the newest run is the
            # holder's, which must be neither reported as ours nor closed as dead.
            run = None if already and not run_ids else _find_run(conn, competitor.name, run_ids, started_at)
            if run is not None and run["status"] == "running":
                # The process died before it could close its run (killed, crashed).
                db.finish_crawl_run(
                    conn, run["id"], status="failed",
                    finish_reason="timeout" if timed_out else f"exit code {process.returncode}",
                    errors=list(run["errors"] or []) + [
                        f"stopped after the crawl timeout of {timeout:g} s" if timed_out else _last_error(tail)],
                )
                run = _find_run(conn, competitor.name, [run["id"]], started_at)
        if run is not None and run["finish_reason"] == "finished":
            # Done: the next crawl starts afresh. Any other ending keeps the job for resuming.
            shutil.rmtree(job_dir(workspace.path, competitor.name), ignore_errors=True)
    finally:
        engine.dispose()

    if run is None:
        return _not_started(
            competitor.name, already[-1] if already else _last_error(tail), "already running" if already else "did not start",
            started_at, duration=duration, returncode=process.returncode, log=str(log_path),
        )
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
        # Wall time of this process: a resumed run's row starts when the killed run did.
        "duration": duration,
        "returncode": process.returncode,
        "log": str(log_path),
    }


def _not_started(competitor_name: str, why: str, finish_reason: str, started_at: datetime, *, duration: float = 0.0,
                 returncode: int | None = None, log: str | None = None) -> dict:
    """The summary of a crawl that never opened a run: another one is running, or it could not start.

    Turned away by another crawl of the competitor, it is `not crawled` (reason `already running`), not
    `failed`: that crawl is going on and its products count when it ends, so a scheduled `run` that met
    it has nothing to report as a failure."""
    busy = finish_reason == "already running"
    return {
        "id": None, "competitor": competitor_name, "status": "not crawled" if busy else "failed", "platform": None,
        "pages": 0, "items": 0, "dropped": {}, "errors": [why], "health": [], "finish_reason": finish_reason,
        "started_at": started_at, "finished_at": datetime.now(UTC), "duration": duration, "returncode": returncode,
        "log": log, **({"reason": "already running", "note": why} if busy else {}),
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


# A log line at ERROR or CRITICAL, or the last line of a traceback ("OperationalError: ..."),
# not any line that mentions "Error" (Scrapy lists its HttpErrorMiddleware at start).
_ERROR_LINE = re.compile(r"\] (?:ERROR|CRITICAL): |^(?:[\w.]+\.)?\w*(?:Error|Exception|Interrupt)\b(?::|$)")


def _last_error(tail: deque[str]) -> str:
    """What a crawl process that died said last about why."""
    for line in reversed(tail):
        if _ERROR_LINE.search(line.strip()):
            return line.strip()[:300]
    return (tail[-1].strip()[:300] if tail else "the crawl process gave no output")


def _slug(name: str) -> str:
    """The competitor's name as a file name (crawl lock, job folder, log), one per competitor whatever
    its script: "Rival Foods" is "rival-foods", as it always was; a name that is not plain words of
    ASCII letters and digits gets a digest of the name beside its letters ("ποτάμι-1f2e3d4c",
    "bio-markt-9a8b7c6d"), since taking its other characters out made every name in Greek or Japanese
    "competitor", and "Bio-Markt" "Bio Markt": one crawl turned the other away and wrote over its log.
    Letter case is no difference (storecheck.toml names a competitor in any case)."""
    folded = name.casefold().strip()
    plain = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if plain and re.fullmatch(r"[a-z0-9]+(?: [a-z0-9]+)*", folded):
        return plain
    readable = re.sub(r"\W+", "-", folded).strip("-_")[:60] or "competitor"
    return f"{readable}-{hashlib.sha256(folded.encode('utf-8')).hexdigest()[:8]}"
