"""A fourth tester's pass over `run --scrapyd`: a node restarted while its job was pending (it forgets
the job), and a node whose answer has no end. The nodes are stand-ins answering scrapyd's two calls on
127.0.0.1; the real scrapyd runs in tests/test_scrapyd.py."""

from __future__ import annotations

import json
from datetime import timedelta
from http.server import BaseHTTPRequestHandler

from conftest import record_crawl, serve_handler
from storecheck import db, scrapyd
from storecheck.models import Offer
from storecheck.scrapyd import crawl_on_nodes


def node_answering(schedule: dict, listjobs: dict, on_schedule=lambda: None, padding: int = 0) -> type:
    class Node(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _answer(self, body: dict) -> None:
            data = b" " * padding + json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            try:
                self.wfile.write(data)
            except OSError:
                pass  # the client stopped reading: what a size limit does

        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            on_schedule()
            self._answer(schedule)

        def do_GET(self):
            self._answer(listjobs)

    return Node


def test_a_job_the_node_forgot_is_reported_not_waited_for(workspace):
    # scrapyd keeps its jobs in memory: a node restarted after taking the job lists it nowhere
    # (neither pending, running nor finished). The job was waited for until --wait ran out and then
    # reported "still running", which it was not.
    workspace.add_competitor("Rival", "https://rival.example/")
    node = node_answering({"status": "ok", "jobid": "j1"}, {"status": "ok", "pending": [], "running": [], "finished": []})
    with serve_handler(node) as url:
        [summary] = crawl_on_nodes(workspace, [url], timeout=20)
    assert summary["status"] == "failed", summary
    assert not any("still running" in error for error in summary["errors"]), summary
    assert any("no longer lists job j1" in error for error in summary["errors"]), summary


def test_a_job_that_finished_before_its_node_restarted_is_read(workspace):
    # The crawl finished and recorded its run; the node then restarted and forgot the job. The run is
    # in the database: it is the crawl's result, not a failure.
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    record_crawl(engine, workspace, [Offer(key="a", name="Tea", price="3", currency="EUR")], db.utcnow() - timedelta(days=1))

    def crawl_now():
        record_crawl(engine, workspace, [Offer(key="a", name="Tea", price="2.50", currency="EUR")], db.utcnow())

    node = node_answering({"status": "ok", "jobid": "j1"}, {"status": "ok", "pending": [], "running": [], "finished": []},
                          on_schedule=crawl_now)
    try:
        with serve_handler(node) as url:
            [summary] = crawl_on_nodes(workspace, [url], timeout=20)
    finally:
        engine.dispose()
    assert summary["status"] == "finished" and summary["errors"] == [], summary


def test_a_node_answer_past_the_size_limit_is_refused(workspace, monkeypatch):
    # The answer was read whole: a proxy or another program on the port that sends without end held
    # `run --scrapyd` and filled its memory. Past the limit, the node counts as one that refused.
    monkeypatch.setattr(scrapyd, "MAX_ANSWER_BYTES", 1 << 20)
    workspace.add_competitor("Rival", "https://rival.example/")
    node = node_answering({"status": "ok", "jobid": "j1"}, {"status": "ok", "finished": [{"id": "j1"}]}, padding=3 << 20)
    with serve_handler(node) as url:
        [summary] = crawl_on_nodes(workspace, [url], timeout=5)
    assert summary["status"] == "failed", summary
    assert any("answer larger than 1 MB" in error for error in summary["errors"]), summary


def test_jobs_forgotten_by_two_nodes_are_both_reported(workspace):
    # With jobs on two nodes, polling one node set the other's count of answers that list its job
    # nowhere back to zero, so neither job was ever taken as forgotten (review R1).
    workspace.add_competitor("Rival", "https://rival.example/")
    workspace.add_competitor("Other", "https://other.example/")
    forgetful = {"status": "ok", "pending": [], "running": [], "finished": []}
    with serve_handler(node_answering({"status": "ok", "jobid": "ja"}, forgetful)) as a, \
            serve_handler(node_answering({"status": "ok", "jobid": "jb"}, forgetful)) as b:
        summaries = crawl_on_nodes(workspace, [a, b], timeout=30)
    errors = sorted(error for summary in summaries for error in summary["errors"])
    assert [summary["status"] for summary in summaries] == ["failed", "failed"], summaries
    assert errors == sorted([f"{a} no longer lists job ja (was the node restarted?); its crawl had not ended",
                             f"{b} no longer lists job jb (was the node restarted?); its crawl had not ended"]), errors
