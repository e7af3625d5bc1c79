"""A fifth tester's pass over alert delivery to a webhook that moved, that stalls, or that fails: each
event is delivered once, none is lost, and none is sent twice on the next send."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import record_crawl
from test_alerts import cli_run, set_notify


@pytest.fixture
def hooks():
    """/old answers `server.old` (a redirect to /new by default); /new takes POSTs (and answers a GET 200,
    as many web servers do at any path); /slow answers after `server.delay` seconds."""

    class Hook(BaseHTTPRequestHandler):
        def do_GET(self):
            server.gets.append(self.path)
            self.send_response(200)
            self.end_headers()

        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            if self.path == "/old" and server.old != 200:
                self.send_response(server.old)
                self.send_header("Location", f"http://127.0.0.1:{server.server_port}/new")
                self.end_headers()
                return
            if self.path == "/slow" and server.delay:
                time.sleep(server.delay)
            server.bodies.append((self.path, json.loads(body)))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    server.daemon_threads = True
    server.old, server.delay, server.bodies, server.gets = 301, 0, [], []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("status", [301, 302, 303])
def test_a_webhook_that_moved_is_not_counted_delivered(rival, hooks, status):
    # The redirect was followed as a GET without the message: the endpoint's new page answered 200, the
    # alerts were recorded as sent, and nobody ever got them. A redirect is now a failed delivery that
    # names where the hook moved, and the alerts stay due until it is delivered.
    workspace, *_ = rival
    hooks.old = status
    set_notify(workspace, f'[notify]\nwebhooks = ["http://127.0.0.1:{hooks.server_port}/old"]\n')
    assert cli_run(workspace, "report").exit_code == 0
    first = cli_run(workspace, "alerts", "send")
    assert first.exit_code == 1, first.output
    assert hooks.bodies == [] and "Sent" not in first.output, first.output
    output = " ".join(first.output.split())
    assert f"answered {status}" in output and f"http://127.0.0.1:{hooks.server_port}/…" in output, output
    # The endpoint takes the message at its address again: the same three alerts, once.
    hooks.old = 200
    second = cli_run(workspace, "alerts", "send")
    assert second.exit_code == 0 and "Sent 3 alerts by webhook" in second.output, second.output
    third = cli_run(workspace, "alerts", "send")
    assert "nothing new to send" in third.output and len(hooks.bodies) == 1


def test_a_webhook_that_times_out_is_tried_again_on_the_next_send(rival, hooks):
    workspace, *_ = rival
    hooks.delay = 3
    set_notify(workspace, f'[notify]\ntimeout = 1\nwebhooks = ["http://127.0.0.1:{hooks.server_port}/slow"]\n')
    assert cli_run(workspace, "report").exit_code == 0
    first = cli_run(workspace, "alerts", "send")
    assert first.exit_code == 1 and "timed out" in first.output, first.output
    hooks.delay = 0
    second = cli_run(workspace, "alerts", "send")
    assert second.exit_code == 0 and "Sent 3 alerts by webhook" in second.output, second.output
    assert "nothing new to send" in cli_run(workspace, "alerts", "send").output


def use_hooks(workspace, *urls: str) -> None:
    """[notify] webhooks set to `urls` (the section added at the first call, its line replaced after)."""
    line = "webhooks = [" + ", ".join(f'"{u}"' for u in urls) + "]"
    text = workspace.config_path.read_text(encoding="utf-8")
    if "\n[notify]\nwebhooks = [" in text:
        head, _, rest = text.rpartition("\n[notify]\n")
        workspace.config_path.write_text(f"{head}\n[notify]\n{line}\n", encoding="utf-8")
    else:
        set_notify(workspace, f"[notify]\n{line}\n")


def test_a_webhook_set_to_its_new_url_gets_the_alerts_the_old_one_never_did(rival, hooks):
    # Deliveries are kept per URL: the hook failed (it moved), its new URL was put in storecheck.toml, and
    # the three alerts stayed due to the old URL only: "nothing new to send", delivered to nobody.
    workspace, *_ = rival
    base = f"http://127.0.0.1:{hooks.server_port}"
    use_hooks(workspace, f"{base}/old")
    assert cli_run(workspace, "report").exit_code == 0
    assert cli_run(workspace, "alerts", "send").exit_code == 1
    use_hooks(workspace, f"{base}/new")
    second = cli_run(workspace, "alerts", "send")
    assert second.exit_code == 0 and "Sent 3 alerts by webhook" in second.output, second.output
    assert "nothing new to send" in cli_run(workspace, "alerts", "send").output
    assert [path for path, _ in hooks.bodies] == ["/new"]


def test_a_webhook_added_beside_one_that_fails_gets_only_new_alerts(rival, hooks):
    workspace, *_ = rival
    base = f"http://127.0.0.1:{hooks.server_port}"
    use_hooks(workspace, f"{base}/old")
    assert cli_run(workspace, "report").exit_code == 0
    assert cli_run(workspace, "alerts", "send").exit_code == 1
    use_hooks(workspace, f"{base}/old", f"{base}/new")
    again = cli_run(workspace, "alerts", "send")
    assert "Sent" not in again.output and hooks.bodies == [], again.output


def test_a_replaced_webhook_url_gets_the_old_alerts_when_the_next_report_brings_new_ones(rival, hooks):
    # Review R2: a report records its new events with a delivery row for each URL configured, the new one
    # too, before the send: the new URL was then no longer "new", and the old URL's alerts stayed lost.
    workspace, engine, coffee, tea = rival
    base = f"http://127.0.0.1:{hooks.server_port}"
    use_hooks(workspace, f"{base}/old")
    assert cli_run(workspace, "report").exit_code == 0
    assert cli_run(workspace, "alerts", "send").exit_code == 1
    use_hooks(workspace, f"{base}/new")
    record_crawl(engine, workspace, [coffee.model_copy(update={"price": Decimal("8")}), tea], dt.datetime.now(dt.UTC))
    assert cli_run(workspace, "report").exit_code == 0
    sent = cli_run(workspace, "alerts", "send")
    assert sent.exit_code == 0 and "Sent 4 alerts by webhook" in sent.output, sent.output
    assert "nothing new to send" in cli_run(workspace, "alerts", "send").output
    assert [path for path, _ in hooks.bodies] == ["/new"]
