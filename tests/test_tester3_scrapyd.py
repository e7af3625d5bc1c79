"""A third tester's pass over `run --scrapyd`: a node whose clock is behind this machine's. The node is a
stand-in answering scrapyd's two calls on 127.0.0.1 and recording its crawl run in the shared database as
the shop spider does; the real scrapyd runs in tests/test_scrapyd.py."""

from __future__ import annotations

import json
from datetime import timedelta
from http.server import BaseHTTPRequestHandler

from conftest import record_crawl, serve_handler
from storecheck import db
from storecheck.models import Offer
from storecheck.scrapyd import crawl_on_nodes


def test_a_run_recorded_by_a_node_whose_clock_is_behind_is_read(workspace):
    # The node stamps its run with its own clock. Twenty seconds behind this machine, its run started
    # "before" the job was scheduled, and the crawl was reported as failed: "no crawl run recorded".
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    record_crawl(engine, workspace, [Offer(key="a", name="Tea", price="3", currency="EUR")], db.utcnow() - timedelta(days=1))

    class Node(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _answer(self, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):  # schedule.json: the crawl runs at once, on a clock 20 s behind
            self.rfile.read(int(self.headers["Content-Length"]))
            record_crawl(engine, workspace, [Offer(key="a", name="Tea", price="2.50", currency="EUR")],
                         db.utcnow() - timedelta(seconds=20))
            self._answer({"status": "ok", "jobid": "j1"})

        def do_GET(self):  # listjobs.json
            self._answer({"status": "ok", "pending": [], "running": [], "finished": [{"id": "j1"}]})

    try:
        with serve_handler(Node) as url:
            [summary] = crawl_on_nodes(workspace, [url], timeout=30)
    finally:
        engine.dispose()
    assert summary["status"] == "finished", summary
    assert summary["errors"] == []


def test_a_node_answering_json_that_is_no_object_is_a_node_that_refused(workspace):
    # Another program on the node's port answering "null" or a list ended `run --scrapyd` in an
    # AttributeError traceback; it is now a node that refused, and the crawl is reported failed.
    workspace.add_competitor("Rival", "https://rival.example/")

    class NotScrapyd(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"[]")

    with serve_handler(NotScrapyd) as url:
        [summary] = crawl_on_nodes(workspace, [url], timeout=5)
    assert summary["status"] == "failed" and summary["errors"] == [f"{url}: []"], summary
