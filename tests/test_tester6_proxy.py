"""A sixth tester's pass over `storecheck serve` behind a reverse proxy at a sub-path, in a real headless
Chromium: the proxy serves the app at /storecheck/, strips that prefix and says so in X-Forwarded-Prefix
(as Traefik's StripPrefix does, and nginx with `proxy_set_header X-Forwarded-Prefix /storecheck;`)."""

from __future__ import annotations

import http.client
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from shared_fixtures import PHONE
from storecheck import db
from storecheck.web import create_app
from test_web import fill_visit, rows

PREFIX = "/storecheck"
TOKEN = "a token long enough"


@pytest.fixture
def app(ws, monkeypatch):
    """The app with a token, as a server behind a proxy is run (every page asks for it)."""
    monkeypatch.setenv("STORECHECK_WEB_TOKEN", TOKEN)
    return create_app(ws, host="0.0.0.0")


@pytest.fixture
def proxy(served):
    """A reverse proxy on its own port: /storecheck/... goes to the app, anything else is the proxy's 404."""
    upstream = urlsplit(served)

    class Proxy(BaseHTTPRequestHandler):
        def _forward(self):
            if not (self.path == PREFIX or self.path.startswith(PREFIX + "/")):
                server.strays.append(self.path)
                self.send_error(404, "not behind this proxy")
                return
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
            headers |= {"X-Forwarded-Prefix": PREFIX, "X-Forwarded-Host": self.headers["Host"],
                        "X-Forwarded-Proto": "http", "X-Forwarded-For": self.client_address[0]}
            conn = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=30)
            conn.request(self.command, self.path[len(PREFIX):] or "/", body=body or None, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
            self.send_response(answer.status)
            for key, value in answer.getheaders():
                if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            conn.close()

        do_GET = do_POST = _forward

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Proxy)
    server.daemon_threads = True
    server.strays = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


def test_the_pages_links_forms_and_redirects_stay_under_the_proxy_s_sub_path(proxy, phone, ws):
    # Every link, form and redirect pointed at the host's root ("/matches", "/visits/new"), past the
    # proxy's sub-path: the first click left storecheck for whatever the host serves there. The app now
    # reads the sub-path from X-Forwarded-Prefix.
    base = f"http://127.0.0.1:{proxy.server_port}{PREFIX}"
    phone.goto(f"{base}/matches")
    phone.wait_for_url(re.compile(re.escape(f"{base}/sign-in")))
    phone.fill("input[name=token]", TOKEN)
    phone.locator("form button").first.click()
    phone.wait_for_url(f"{base}/matches")  # back where the sign-in was asked, under the sub-path
    phone.goto(f"{base}/")
    links = [a.get_attribute("href") for a in phone.locator("header nav a").all()]
    assert links and all(link.startswith(PREFIX + "/") for link in links), links
    phone.click("header nav a[href$='/matches']")
    assert phone.url == f"{base}/matches"
    # An answer in the review queue: the form's post and its redirect.
    phone.locator("section.match button[value$=':confirmed']").first.click()
    phone.wait_for_url(re.compile(re.escape(f"{base}/matches") + r"\?"))
    assert "Spaghetti" in phone.content() or "SKU" in phone.content()
    # The visit form: its post, and the redirect to the saved visit.
    phone.goto(f"{base}/visits/new")
    fill_visit(phone)
    phone.click("#save")
    phone.wait_for_url(re.compile(re.escape(f"{base}/visits/") + r"\d+\?saved=1$"))
    assert len(rows(ws, db.visits)) == 1
    assert proxy.strays == []


@pytest.mark.parametrize("prefix", ["//evil.example", "/a b", "https://evil.example", "/x?y"])
def test_a_prefix_that_is_not_a_plain_path_is_ignored(ws, prefix):
    # A client talking to the app directly could otherwise make its links point at another host.
    client = create_app(ws).test_client()
    page = client.get("/", headers={"X-Forwarded-Prefix": prefix}).get_data(as_text=True)
    assert 'href="/matches"' in page and "evil" not in page
