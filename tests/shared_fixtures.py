"""Fixtures several test modules share, in one place (registered from conftest.py), with the
functions and constants they need. A module asks for one by naming it as an argument; it never imports it, so
ruff's F811 (a name redefined) stays on for every test file.

Module-scoped fixtures (the browser) still start once per test module, as they did when each
module imported them."""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import ipaddress
import os
import socket
import ssl
import stat
import struct
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from sqlalchemy import select
from werkzeug.serving import make_server

from conftest import record_crawl, require, require_chromium
from storecheck import db
from storecheck.config import Workspace
from storecheck.models import Offer, OwnProduct
from storecheck.web import create_app

UTC = dt.UTC


# --- databases: SQLite and a real PostgreSQL server ----------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 't.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    engine = db.open_database(url)
    yield engine
    if request.param == "postgresql":
        db.metadata.drop_all(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    engine.dispose()


def drop_schema(url: str) -> None:
    engine = db.make_engine(url)
    db.metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, monkeypatch):
    """The workspace's database for the commands and the web app: its own SQLite file, or the
    PostgreSQL server the tests start (named by STORECHECK_DATABASE_URL, which commands run in a
    subprocess inherit); the same input must give the same answer on both. Every engine made
    meanwhile is disposed of at the end, so that no PostgreSQL connection is left open when the
    tables are dropped."""
    engines = []
    make_engine = db.make_engine

    def tracked(url):
        engines.append(make_engine(url))
        return engines[-1]

    monkeypatch.setattr(db, "make_engine", tracked)
    monkeypatch.setattr(db.connection, "make_engine", tracked)  # where open_database reads it
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    if url:
        monkeypatch.setenv("STORECHECK_DATABASE_URL", url)
    yield request.param
    for engine in engines:
        engine.dispose()
    if url:
        drop_schema(url)


# --- a shop on 127.0.0.1 whose routes a test writes ----------------------------------------------

# What a route returns: (status, headers, body). Headers are a mapping, or a list of pairs when a
# name repeats (Set-Cookie). The body is bytes, sent with its Content-Length; or an iterable of
# bytes, streamed: with the Content-Length the route gives, as chunks when it gives
# "Transfer-Encoding: chunked", else until the connection closes. An iterable that yields RESET
# makes the server drop the connection with a TCP reset at that point.
Body = bytes | Iterable[bytes]
Route = Callable[[dict], tuple[int, Mapping[str, str] | list[tuple[str, str]], Body]]
RESET = b"\0RESET\0"
# An iterable that yields CLOSE ends the answer there and closes the connection (a FIN, not a
# reset), without the last chunk of a chunked body: a server that died mid-page.
CLOSE = b"\0CLOSE\0"


class ScriptedShop:
    """A shop on 127.0.0.1 whose routes a test writes: path -> f(query) -> (status, headers, body).

    It records every request's path (`hits`), its Host header beside it (`host_hits`, read
    through `paths(host)`) and its headers (`request_headers`); a client that hangs up mid-answer (a crawler over its size
    limit or timeout) is no error of the server's."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        self.host_hits: list[tuple[str, str]] = []
        self.request_headers: list[tuple[str, dict[str, str]]] = []  # (path, headers) of every request
        # The headers of the request a route is answering (its own thread's), for routes that read
        # cookies or the user agent.
        self.current = threading.local()
        shop = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                split = urlsplit(self.path)
                shop.hits.append(self.path)
                shop.host_hits.append((self.headers.get("Host", ""), self.path))
                shop.request_headers.append((self.path, dict(self.headers.items())))
                shop.current.headers = dict(self.headers.items())
                route = shop.routes.get(split.path)
                status, headers, body = route(dict(parse_qsl(split.query))) if route else (404, {}, b"not found")
                try:
                    self.answer(status, headers, body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            def answer(self, status: int, headers, body: Body) -> None:
                pairs = list(headers.items()) if isinstance(headers, Mapping) else list(headers)
                names = {name.lower() for name, _ in pairs}
                if "content-type" not in names:
                    pairs.insert(0, ("Content-Type", "text/html; charset=utf-8"))
                chunked = ("transfer-encoding", "chunked") in {(n.lower(), v.lower()) for n, v in pairs}
                if isinstance(body, bytes):
                    pairs.append(("Content-Length", str(len(body))))
                elif not chunked and "content-length" not in names:
                    pairs.append(("Connection", "close"))
                    self.close_connection = True
                self.send_response(status)
                for name, value in pairs:
                    self.send_header(name, value)
                self.end_headers()
                for part in [body] if isinstance(body, bytes) else body:
                    if part is RESET:
                        # SO_LINGER 0: close() sends a reset, not a FIN
                        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                        self.close_connection = True
                        self.connection.close()
                        return
                    if part is CLOSE:
                        self.close_connection = True
                        return
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part) if chunked and part else part)
                    self.wfile.flush()
                if chunked:
                    self.wfile.write(b"0\r\n\r\n")

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False
            # socketserver listens with a backlog of 5: a crawler opening its connections at once on
            # a loaded machine overflows it, and a dropped handshake can wait out the crawl's timeout
            # (one page of 1,000 timed out in CI so). A web server's backlog is in the hundreds.
            request_queue_size = 128

            def handle_error(self, request, client_address):
                pass  # the crawler hangs up on pages over its limits

        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def paths(self, host: str | None = None) -> list[str]:
        """The paths asked for, only those sent to `host` (the Host header without its port) if given."""
        return [path for h, path in self.host_hits if host is None or h.split(":")[0] == host]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def shop():
    with ScriptedShop() as running:
        yield running


# --- the web app: the visit form and review queue, in Flask's client and in Chromium --------------

PHOTO_LIMIT_MB = 0.02  # 20 KB keeps the size tests small


def make_visit_workspace(workspace: Workspace, *, max_photo_mb: float | None = None) -> Workspace:
    """Two competitors, Rival with two stores; sub-criteria; two products of ours."""
    text = workspace.config_path.read_text(encoding="utf-8")
    text = text.replace(
        "max_photo_mb = 8.0",
        'criteria = { environment = ["cleanliness"], hospitality = ["greeting"] }\n'
        f"max_photo_mb = {max_photo_mb or 8.0}",
    )
    text += (
        '\n[[competitors]]\nname = "Rival"\nurl = "https://rival.example/"\n'
        '[[competitors.stores]]\nname = "High Street"\n[[competitors.stores]]\nname = "Station"\n'
        '\n[[competitors]]\nname = "Other Mart"\nurl = "https://other.example/"\ncurrency = "EUR"\n'
    )
    workspace.config_path.write_text(text, encoding="utf-8")
    ws = Workspace(workspace.path)
    with db.open_database(ws.database_url).begin() as conn:
        db.upsert_own_products(conn, [
            OwnProduct(sku="SKU1", name="Spaghetti 500 g", price=Decimal("1.89"), currency="EUR"),
            OwnProduct(sku="SKU2", name="Olive oil 1 l", price=Decimal("7.49"), currency="EUR"),
        ])
    return ws


@pytest.fixture
def ws(workspace: Workspace, monkeypatch) -> Workspace:
    monkeypatch.delenv("STORECHECK_WEB_TOKEN", raising=False)
    ws = make_visit_workspace(workspace, max_photo_mb=PHOTO_LIMIT_MB)
    with db.open_database(ws.database_url).begin() as conn:
        ids = db.sync_competitors(conn, ws.config.competitors)
        db.store_offers(conn, ids["Rival"], [
            Offer(key="r-123", name="Spaghetti No. 5, 500 g <b>bold</b>", brand="Barilla", price=Decimal("1.79"),
                  currency="EUR", url="https://rival.example/p/123"),
            Offer(key="r-456", name="Extra virgin olive oil 1 l", price=Decimal("6.99"), currency="EUR",
                  url="javascript:alert(1)"),
        ], source="import")
        pid = dict(conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        now = db.utcnow()
        conn.execute(db.matches.insert(), [
            {"sku": "SKU1", "competitor_product_id": pid["r-123"], "method": "fuzzy", "score": 0.74, "status": "proposed",
             "equivalent": False, "reason": "name 0.74", "updated_at": now},
            {"sku": "SKU2", "competitor_product_id": pid["r-123"], "method": "fuzzy", "score": 0.61, "status": "proposed",
             "equivalent": False, "reason": "name 0.61", "updated_at": now},
            {"sku": "SKU2", "competitor_product_id": pid["r-456"], "method": "fuzzy", "score": 0.70, "status": "proposed",
             "equivalent": False, "reason": "name 0.70", "updated_at": now},
        ])
    return ws


@pytest.fixture
def app(ws: Workspace):
    return create_app(ws)


@pytest.fixture
def client(app):
    return app.test_client()


PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def browser():
    path = require_chromium()
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(
        executable_path=path, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    )
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def served(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(5)


@pytest.fixture
def server_in_utc(monkeypatch):
    """The machine serving the pages keeps UTC, as a data centre's does."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def phone_in(browser, served):
    """open_page(zone, script=True): a page on a phone whose clock is in `zone`."""
    contexts = []

    def open_page(zone: str, script: bool = True):
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, timezone_id=zone,
                                      java_script_enabled=script)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(browser, served):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(served) else None)
    # A form sent back with errors answers 422, which Chromium logs; anything else is a fault.
    page.on("console", lambda m: outside.append(f"console {m.type}: {m.text}")
            if m.type == "error" and "status of 422" not in m.text else None)
    yield page
    context.close()
    assert outside == [], outside


# --- alerts: a real SMTP server, and a rival crawled twice ---------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def self_signed(tmp_path: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1, which the client trusts through SSL_CERT_FILE."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@contextlib.contextmanager
def tls_smtp(tmp_path, monkeypatch, handler, **options):
    """aiosmtpd on 127.0.0.1 with STARTTLS required, `handler` taking the mail; yields its port. The
    client trusts the server's self-signed certificate through SSL_CERT_FILE."""
    try:
        from aiosmtpd.controller import Controller
    except ImportError:
        require(False, "aiosmtpd is not installed (pip install -e '.[test]')")
    cert, key = self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                            **options)
    controller.start()
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    try:
        yield port
    finally:
        controller.stop()


@pytest.fixture
def smtp_server(tmp_path, monkeypatch):
    """aiosmtpd on 127.0.0.1: STARTTLS required, AUTH only over TLS, user ann with password s3cret."""
    try:
        from aiosmtpd.smtp import AuthResult, LoginPassword
    except ImportError:
        require(False, "aiosmtpd is not installed (pip install -e '.[test]')")

    class Inbox:
        def __init__(self):
            self.messages: list[dict] = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos), "tls": session.ssl is not None,
                                  "user": session.auth_data.login if session.authenticated else None,
                                  "message": email.message_from_bytes(envelope.original_content)})
            return "250 OK"

    def authenticator(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=isinstance(auth_data, LoginPassword) and auth_data.login == b"ann"
                          and auth_data.password == b"s3cret", auth_data=auth_data)

    inbox = Inbox()
    with tls_smtp(tmp_path, monkeypatch, inbox, authenticator=authenticator, auth_require_tls=True,
                  auth_required=True) as port:
        monkeypatch.setenv("STORECHECK_SMTP_PASSWORD", "s3cret")
        yield inbox, port


@pytest.fixture
def rival(workspace):
    """Rival crawled twice: coffee 20% cheaper (now 8 against our 10), tea out of stock."""
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    now = dt.datetime.now(UTC)
    coffee = Offer(key="a", name="Coffee 1 kg", price="10", currency="EUR", in_stock=True, category="Hot drinks")
    tea = Offer(key="b", name="Tea <script>", price="4", currency="EUR", in_stock=True)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="C1", name="Coffee 1 kg", category="Coffee", price="10", currency="EUR")])
    record_crawl(engine, workspace, [coffee, tea], now - dt.timedelta(days=2))
    with engine.begin() as conn:
        ids = dict(conn.execute(db.select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        db.record_decision(conn, "C1", ids["a"], "confirmed", decided_by="test")
    record_crawl(engine, workspace, [coffee.model_copy(update={"price": Decimal("8")}),
                                     tea.model_copy(update={"in_stock": False})], now - dt.timedelta(days=1))
    return workspace, engine, coffee, tea


# --- schedule: a crontab on PATH that keeps its table in a file ----------------------------------

FAKE_CRONTAB = """#!/bin/sh
# A crontab that keeps the table in $FAKE_CRONTAB_FILE: -l prints it, - replaces it.
echo "$@" >> "$FAKE_CRONTAB_FILE.calls"
case "$1" in
  -l) [ -f "$FAKE_CRONTAB_FILE" ] || { echo "no crontab for user" >&2; exit 1; }; cat "$FAKE_CRONTAB_FILE" ;;
  -) cat > "$FAKE_CRONTAB_FILE" ;;
  *) exit 2 ;;
esac
"""


@pytest.fixture
def fake_crontab(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "crontab"
    script.write_text(FAKE_CRONTAB)
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    table = tmp_path / "crontab.txt"
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_CRONTAB_FILE", str(table))
    return table
