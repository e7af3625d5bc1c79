"""A seventh tester's pass over `run --scrapyd` with one node hanging: it takes the connection and never
answers. Stand-in nodes on 127.0.0.1, as in the fourth pass; the real scrapyd runs in tests/test_scrapyd.py."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler

from conftest import serve_handler
from storecheck import scrapyd
from storecheck.scrapyd import crawl_on_nodes
from test_tester4_scrapyd import node_answering


def test_a_hanging_node_costs_one_timeout_not_one_per_competitor(workspace, monkeypatch):
    # Every competitor whose turn fell on the hanging node waited CALL_TIMEOUT (30 s) for it before
    # going to the next node: 25 minutes for 50 competitors over two nodes, at every scheduled run.
    monkeypatch.setattr(scrapyd, "CALL_TIMEOUT", 1.0)
    for name in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon"):
        workspace.add_competitor(name, f"https://{name.lower()}.example/")
    asked, release = [], threading.Event()

    class Hanging(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            asked.append(self.path)
            release.wait(10)  # the connection is taken; no answer comes

        do_GET = do_POST

    good = node_answering({"status": "ok", "jobid": "j1"}, {"status": "ok", "pending": [], "running": [],
                                                            "finished": [{"id": "j1"}]})
    with serve_handler(Hanging) as hanging, serve_handler(good) as working:
        started = time.monotonic()
        try:
            summaries = crawl_on_nodes(workspace, [hanging, working], timeout=20)
        finally:
            release.set()
        took = time.monotonic() - started
    assert asked == ["/schedule.json"], asked  # asked once, then left out of this round
    assert sorted(s["competitor"] for s in summaries) == ["Alpha", "Beta", "Delta", "Epsilon", "Gamma"]
    assert {s["node"] for s in summaries} == {working}, summaries
    print(f"scheduled in {took:.1f} s")  # said, not asserted: the count of calls above is the check


def test_when_every_node_is_down_each_competitor_says_why(workspace, monkeypatch):
    monkeypatch.setattr(scrapyd, "CALL_TIMEOUT", 1.0)
    for name in ("Alpha", "Beta"):
        workspace.add_competitor(name, f"https://{name.lower()}.example/")
    down = "http://127.0.0.1:9/"  # the discard port: refused
    summaries = crawl_on_nodes(workspace, [down], timeout=5)
    assert [s["status"] for s in summaries] == ["failed", "failed"]
    for summary in summaries:
        assert summary["errors"] and all(down.rstrip("/") in error for error in summary["errors"]), summary


def test_a_node_that_fails_once_is_asked_again_for_the_next_competitor(workspace, monkeypatch):
    # Review R5: a refused schedule (scrapyd restarting under a deployment, a proxy's 502, an error
    # answer) took the node out for the whole round: with one node, every competitor after the
    # first "failed" for a blip of a second. Only a node that did not answer in time is left out.
    monkeypatch.setattr(scrapyd, "CALL_TIMEOUT", 1.0)
    for name in ("Alpha", "Beta", "Gamma"):
        workspace.add_competitor(name, f"https://{name.lower()}.example/")
    calls = []

    def first_refused():
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionResetError  # the handler dies: the client reads a reset or an empty answer

    node = node_answering({"status": "ok", "jobid": "j1"}, {"status": "ok", "pending": [], "running": [],
                                                            "finished": [{"id": "j1"}]}, on_schedule=first_refused)
    with serve_handler(node) as url:
        summaries = crawl_on_nodes(workspace, [url], timeout=20)
    assert len(calls) == 3, calls
    failed = [s for s in summaries if any("not asked" in e or "Remote" in e or "reset" in e.casefold() for e in s.get("errors", []))]
    assert [s["competitor"] for s in failed] == ["Alpha"], summaries
