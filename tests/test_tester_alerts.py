"""An outside tester's pass over alert delivery: a webhook endpoint that answers
200 and then never stops sending (a misconfigured proxy, a hostile host)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from test_alerts import cli_run, set_notify


@pytest.fixture
def endless():
    """Answers a POST with 200 and a body that runs on (up to 128 MB, so that the test ends
    on code that reads it all); counts what it sent."""

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"ok" * 32768
            try:
                while server.sent < 128 * 2**20:
                    self.wfile.write(chunk)
                    server.sent += len(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    server.daemon_threads = True
    server.sent = 0
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_a_webhook_answering_200_with_an_endless_body_is_delivered_and_not_read(rival, endless):
    # `alerts send` (and so `storecheck run`) read the answer's body whole: it never
    # returned, and held more memory the longer the host kept sending.
    workspace, *_ = rival
    set_notify(workspace, f'[notify]\nwebhooks = ["http://127.0.0.1:{endless.server_port}/hook"]\n')
    assert cli_run(workspace, "report").exit_code == 0
    result = cli_run(workspace, "alerts", "send")
    assert result.exit_code == 0, result.output
    assert "Sent 3 alerts by webhook" in result.output
    assert endless.sent < 32 * 2**20  # it read no further: the host's writes met a closed connection
