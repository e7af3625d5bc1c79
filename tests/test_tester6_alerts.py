"""A sixth tester's pass over alerts: two `alerts send` at once (a scheduled `run` and a person, or
two machines on one PostgreSQL database) deliver each due event once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storecheck import db
from test_alerts import cli_run, set_notify


@pytest.fixture
def held_hook():
    """A webhook that holds the first message it gets until `server.release` is set, and takes the
    others at once: the first sender is caught mid-delivery while a second one runs."""

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            with server.lock:
                server.bodies.append(body)
                first = len(server.bodies) == 1
            if first:
                server.arrived.set()
                server.release.wait(60)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    server.daemon_threads = True
    server.bodies, server.lock = [], threading.Lock()
    server.arrived, server.release = threading.Event(), threading.Event()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


def _send(workspace) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "storecheck", "alerts", "send", "--workspace", str(workspace.path)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=os.environ.copy())


def test_two_sends_at_once_deliver_each_alert_once(database, rival, held_hook):
    # Each send read the undelivered events, delivered them, and only then marked them sent: a second
    # send started meanwhile (cron's `run` while a person typed `alerts send`) read the same events as
    # due and sent them again. The events a send is delivering are now claimed in the database first.
    workspace, engine, *_ = rival
    set_notify(workspace, f'[notify]\ntimeout = 30\nwebhooks = ["http://127.0.0.1:{held_hook.server_port}/hook"]\n')
    assert cli_run(workspace, "report").exit_code == 0
    first = _send(workspace)
    try:
        assert held_hook.arrived.wait(60), first.communicate()[0]
        second = subprocess.run([sys.executable, "-m", "storecheck", "alerts", "send", "--workspace",
                                 str(workspace.path)], capture_output=True, text=True, env=os.environ.copy(), timeout=120)
    finally:
        held_hook.release.set()
        first_output = first.communicate(timeout=120)[0]
    assert first.returncode == 0 and "Sent 3 alerts by webhook" in first_output, first_output
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Sent" not in second.stdout and "being sent by another" in second.stdout, second.stdout
    assert len(held_hook.bodies) == 1, [body["text"] for body in held_hook.bodies]
    # Nothing is left claimed or due: the next send has nothing to do.
    assert "nothing new to send" in cli_run(workspace, "alerts", "send").output
    assert len(held_hook.bodies) == 1
    with engine.connect() as conn:
        assert conn.execute(db.select(db.alert_deliveries.c.sent_at)).scalars().all().count(None) == 0


def test_a_claim_left_by_a_killed_send_lapses_and_the_alerts_go_out_once(engine):
    # Review R1: a send killed between its claim and its delivery leaves its alerts claimed; they stay
    # out of every send until the claim's lease has passed, and then the next send delivers them, once.
    from datetime import timedelta

    from storecheck.alerts import store

    hook, now = "https://hooks.example/a", db.utcnow()
    events = [{"key": f"k{n}", "competitor": "Rival", "kind": "price down", "product": f"P{n}"} for n in range(3)]
    lease = store.claim_lease(30)
    with engine.begin() as conn:
        assert store.record(conn, events, [hook], now) == 3
    with engine.begin() as conn:
        assert len(store.claim(conn, hook, "killed", now, lease)) == 3  # then the process dies
    with engine.begin() as conn:
        assert store.claim(conn, hook, "next", now + timedelta(minutes=30), lease) == []
    with engine.begin() as conn:
        later = store.claim(conn, hook, "next", now + lease + timedelta(minutes=1), lease)
        assert [event["product"] for event in later] == ["P0", "P1", "P2"]
        store.mark(conn, hook, [event["id"] for event in later], now + lease, claimed_by="next")
    with engine.connect() as conn:
        rows = conn.execute(db.select(db.alert_deliveries.c.sent_at, db.alert_deliveries.c.claimed_by)).all()
    assert all(sent is not None and claimed is None for sent, claimed in rows) and len(rows) == 3
    with engine.begin() as conn:
        assert store.claim(conn, hook, "third", now + 2 * lease, lease) == []


def test_two_sends_recording_the_same_new_alerts_at_once_both_finish(engine):
    # Two sends that both found the same new changes (no report between them) both inserted the events:
    # on PostgreSQL the second waited for the first's insert and then failed on the unique key, so that
    # `alerts send` ended in a traceback. Each event is now recorded once, by whichever comes first.
    import time

    from sqlalchemy import text

    from storecheck.alerts import store

    hook, now = "https://hooks.example/a", db.utcnow()
    events = [{"key": f"k{n}", "competitor": "Rival", "kind": "price down", "product": f"P{n}"} for n in range(3)]
    results = {}
    with engine.connect() as first:
        transaction = first.begin()
        assert store.record(first, events, [hook], now) == 3

        def second():
            try:
                with engine.begin() as conn:
                    results["second"] = store.record(conn, events, [hook], now)
            except Exception as exc:  # noqa: BLE001 - the failure is the finding
                results["second"] = exc

        thread = threading.Thread(target=second)
        thread.start()
        if engine.dialect.name == "postgresql":
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                with engine.connect() as conn:
                    if conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")).scalar():
                        break
                time.sleep(0.05)
        else:
            time.sleep(1)
        transaction.commit()
    thread.join(60)
    assert results["second"] == 0, results
    with engine.connect() as conn:
        assert len(conn.execute(db.select(db.alert_deliveries.c.id)).all()) == 3
