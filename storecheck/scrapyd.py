"""`storecheck run --scrapyd URL ...`: each competitor's crawl scheduled on scrapyd nodes, then waited for.

The nodes run the same `shop` spider (see the README's scale-out section) and
write to the same database, so once every job has finished the crawl runs are
read from the database like local ones: matching, the report and the alerts
follow unchanged. Competitors are spread over the nodes in turn; a node that
refuses or cannot be reached is skipped for the next one, and a competitor no
node took is reported as failed, never waited for.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from storecheck import db
from storecheck.config import Competitor, Workspace
from storecheck.crawl import CrawlError

PROJECT = "storecheck"
SPIDER = "shop"
# scrapyd's answers are small (listjobs keeps its last 100 finished jobs by default, a few hundred
# bytes each); a module constant, so a test can lower it.
MAX_ANSWER_BYTES = 8 << 20
# Polls in a row at which a node lists a job nowhere before it counts as forgotten: one could fall
# between the node's queue and its process table.
FORGOTTEN_AFTER = 2
# Seconds a node has to answer one call; a module constant, so a test can lower it.
CALL_TIMEOUT = 30.0


class ScrapydError(CrawlError):
    """A scrapyd node that did not answer as scrapyd does; `timed_out`: it did not answer in time."""

    def __init__(self, message: str, *, timed_out: bool = False):
        super().__init__(message)
        self.timed_out = timed_out


def call(node: str, path: str, data: dict | None = None, timeout: float | None = None) -> dict:
    url = node.rstrip("/") + "/" + path
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with urllib.request.urlopen(url, data=body, timeout=timeout or CALL_TIMEOUT) as response:
            # Read to a limit: a proxy or another program on the port that sends without end held
            # the run and filled its memory.
            raw = response.read(MAX_ANSWER_BYTES + 1)
            if len(raw) > MAX_ANSWER_BYTES:
                raise ScrapydError(f"{node}: answer larger than {MAX_ANSWER_BYTES >> 20} MB; not scrapyd")
            answer = json.loads(raw)
    except (OSError, ValueError) as exc:
        timed_out = isinstance(exc, TimeoutError) or isinstance(getattr(exc, "reason", None), TimeoutError)
        raise ScrapydError(f"{node}: {exc}", timed_out=timed_out) from None
    # A proxy or another program on the port may answer JSON that is no object ("null", a list):
    # a node that did not answer as scrapyd does, not a traceback that ends the whole run.
    if not isinstance(answer, dict) or answer.get("status") != "ok":
        raise ScrapydError(f"{node}: {(answer.get('message') if isinstance(answer, dict) else None) or str(answer)[:200]}")
    return answer


def schedule(nodes: Sequence[str], competitors: Sequence[Competitor], node_workspace: str) -> tuple[list[dict], list[dict]]:
    """Schedule one crawl per competitor, in turn over `nodes`. Returns the jobs
    ({"competitor", "node", "job"}) and the competitors no node took ({"competitor", "status", "errors"}).

    A node that did not answer in time is not asked again in this round: a node that accepts
    connections and never answers cost CALL_TIMEOUT for every competitor whose turn it was (25 minutes
    for 50 competitors over two nodes). A node that refused or answered an error is asked again for the
    next competitor: that costs milliseconds, and a node restarting for a second (a deployment, a
    proxy's 502) would otherwise lose every later competitor's crawl, the whole run on one node."""
    jobs, failed = [], []
    down: dict[str, str] = {}
    for i, competitor in enumerate(competitors):
        errors = []
        for k in range(len(nodes)):
            node = nodes[(i + k) % len(nodes)]
            if node in down:
                continue
            try:
                answer = call(node, "schedule.json", {"project": PROJECT, "spider": SPIDER, "competitor": competitor.name,
                                                      "workspace": node_workspace})
            except ScrapydError as exc:
                if exc.timed_out:
                    down[node] = str(exc)
                errors.append(str(exc))
                continue
            jobs.append({"competitor": competitor.name, "node": node, "job": answer["jobid"]})
            break
        else:
            errors += [f"{node} not asked: it did not answer in time for an earlier crawl ({reason})"
                       for node, reason in down.items() if reason not in errors]
            failed.append({"competitor": competitor.name, "status": "failed", "errors": errors})
    return jobs, failed


def wait(jobs: list[dict], *, timeout: float, poll: float = 2.0, on_progress: Callable[[str], None] | None = None,
         silent: dict[str, str] | None = None) -> tuple[list[dict], list[dict]]:
    """Wait until every job has finished on its node (or `timeout` seconds pass). Returns the jobs not
    finished, and the jobs their node forgot: scrapyd keeps its jobs in memory, so a node restarted
    after taking one lists it neither pending, running nor finished, and it was waited for until
    the timeout. `silent`, when given, is filled with the nodes whose last poll got no answer, each
    with the error of its first poll in that run of failures (a node gone since: its jobs' end is
    unknown, which "still running" would misstate)."""
    pending = list(jobs)
    forgotten: list[dict] = []
    unlisted: dict[tuple[str, str], int] = {}
    silent = {} if silent is None else silent
    deadline = time.monotonic() + timeout
    while pending and time.monotonic() < deadline:
        for node in sorted({job["node"] for job in pending}):
            try:
                listed = call(node, f"listjobs.json?project={PROJECT}")
            except ScrapydError as exc:
                silent.setdefault(node, str(exc).removeprefix(f"{node}: "))
                continue  # a node that blinks is asked again at the next poll
            silent.pop(node, None)
            finished = _job_ids(listed, "finished")
            known = finished | _job_ids(listed, "pending") | _job_ids(listed, "running")
            still = []
            for job in pending:
                ref = (job["node"], job["job"])
                if job["node"] != node:  # another node's job: its count waits for its own node's answer
                    still.append(job)
                elif job["job"] in known:
                    unlisted.pop(ref, None)
                    if job["job"] not in finished:
                        still.append(job)
                else:
                    unlisted[ref] = unlisted.get(ref, 0) + 1
                    (forgotten if unlisted[ref] >= FORGOTTEN_AFTER else still).append(job)
            pending = still
        if pending:
            if on_progress:
                on_progress(f"waiting for {len(pending)} crawl{'' if len(pending) == 1 else 's'}: "
                            + ", ".join(job["competitor"] for job in pending))
            time.sleep(poll)
    return pending, forgotten


def _job_ids(listed: dict, state: str) -> set[str]:
    entries = listed.get(state)
    return {entry.get("id") for entry in entries if isinstance(entry, dict)} if isinstance(entries, list) else set()


def newest_run_ids(engine: Engine) -> dict[str, int]:
    """Each competitor's newest crawl run id, by name: the runs recorded before the jobs were scheduled."""
    r, c = db.crawl_runs, db.competitors
    with engine.connect() as conn:
        return dict(conn.execute(select(c.c.name, func.max(r.c.id)).join(r, r.c.competitor_id == c.c.id).group_by(c.c.name)).all())


def results(engine: Engine, jobs: list[dict], before: dict[str, int]) -> list[dict]:
    """Per scheduled competitor, its newest crawl run recorded after `before` (`newest_run_ids` when the
    jobs were scheduled), as the nodes recorded it in the database. By the database's ids, not by
    time: a node whose clock is a few seconds behind this machine's stamps its run's start before
    the moment the job was scheduled here, and its run was reported as never recorded."""
    r, c = db.crawl_runs, db.competitors
    summaries = []
    with engine.connect() as conn:
        for job in jobs:
            row = conn.execute(
                select(r).join(c, c.c.id == r.c.competitor_id)
                .where(c.c.name == job["competitor"], r.c.id > before.get(job["competitor"], 0))
                .order_by(r.c.id.desc()).limit(1)
            ).mappings().first()
            summary = {"competitor": job["competitor"], "node": job["node"], "status": "failed",
                       "errors": [_no_run(job)], "pages": 0, "items": 0, "duration": 0.0}
            if row is not None:
                ended = row["finished_at"] or db.utcnow()
                summary |= {"status": row["status"], "pages": row["pages"], "items": row["items"],
                            "errors": list(row["errors"] or []), "dropped": dict(row["dropped"] or {}),
                            "health": list(row["health"] or []), "duration": (ended - row["started_at"]).total_seconds()}
            summaries.append(summary)
    return summaries


def _late(job: dict, timeout: float, silent: dict[str, str]) -> str:
    """Why a job not seen to end in `timeout` seconds is counted failed: still running, or its node gone."""
    if job["node"] in silent:
        return (f"{job['node']} no longer answers ({silent[job['node']]}) since it took job {job['job']}; whether its "
                f"crawl ended is unknown (waited {timeout:.0f} s)")
    return f"still running on {job['node']} after {timeout:.0f} s"


def _no_run(job: dict) -> str:
    return f"no crawl run recorded by {job['node']}"


def crawl_on_nodes(workspace: Workspace, nodes: Sequence[str], *, node_workspace: str | Path | None = None,
                   timeout: float, on_progress: Callable[[str], None] | None = None) -> list[dict]:
    """Crawl every competitor of `workspace` that has a web shop on the scrapyd `nodes`: schedule, wait,
    and read back one summary per competitor ({"competitor", "node", "status", ...}, as `run_crawl`'s).

    `node_workspace` is the workspace folder on the nodes (default: this one's path)."""
    for node in nodes:
        if not node.startswith(("http://", "https://")):
            raise ScrapydError(f"{node!r} is not a scrapyd URL such as http://node1:6800")
    chosen = [c for c in workspace.config.competitors if c.url and c.closed is None]  # a closed shop is crawled no more
    if not chosen:
        raise CrawlError(f"No competitor with a web shop (and not closed) in {workspace.config_path}.")
    engine = db.open_workspace_database(workspace.database_url)  # migrated before the nodes' spiders connect
    try:
        before = newest_run_ids(engine)
        jobs, failed = schedule(nodes, chosen, str(node_workspace or workspace.path))
        silent: dict[str, str] = {}
        late, forgotten = wait(jobs, timeout=timeout, on_progress=on_progress, silent=silent)
        summaries = results(engine, [job for job in jobs if job not in late and job not in forgotten], before)
        # A forgotten job's crawl may have ended before its node restarted: its run is then its result.
        for job, summary in zip(forgotten, results(engine, forgotten, before), strict=True):
            if summary["status"] == "running" or _no_run(job) in summary["errors"]:
                summary |= {"status": "failed", "errors": [
                    f"{job['node']} no longer lists job {job['job']} (was the node restarted?); its crawl had not ended"]}
            summaries.append(summary)
    finally:
        engine.dispose()
    summaries += [{"competitor": job["competitor"], "node": job["node"], "status": "failed", "duration": float(timeout),
                   "errors": [_late(job, timeout, silent)]} for job in late]
    return summaries + [{**entry, "duration": 0.0} for entry in failed]
