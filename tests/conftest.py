"""Shared fixtures: small factories for workspaces and the skip-or-fail rule."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

# pytest-xdist's workers (`make test`) start with COLUMNS=80 in their environment, where a plain run
# has none: the CLI's console, made when storecheck.cli is first imported (just below), would keep
# that width for good and wrap the lines a test widens with COLUMNS. A worker runs as one process does.
if os.environ.get("PYTEST_XDIST_WORKER"):
    os.environ.pop("COLUMNS", None)

from storecheck.cli import init_workspace  # noqa: E402
from storecheck.config import Workspace

# The fixtures several test modules share (the web app, the database engine on SQLite and
# PostgreSQL, a scripted shop, an SMTP server, ...) live in tests/shared_fixtures.py. Not
# "fixtures": pytest's own plugin of that name is registered first, and the module would be skipped.
pytest_plugins = ["shared_fixtures"]

TESTS = Path(__file__).parent
DATA = TESTS / "data"
# Real benchmark data lives beside the repository in development and CI; a
# user's clone has none, and the tests that read it skip.
SHARED_DATA = Path(os.environ.get("STORECHECK_SHARED_DATA", TESTS.parents[1] / "shared" / "data"))


def require(condition: bool, reason: str) -> None:
    """Skip when a program the test needs is missing; fail instead in CI
    (STORECHECK_REQUIRE_ALL=1), where everything must be installed."""
    if condition:
        return
    if os.environ.get("STORECHECK_REQUIRE_ALL") == "1":
        pytest.fail(f"required in CI but missing: {reason}")
    pytest.skip(reason)


def require_chromium() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    require(Path(path).exists(), "Debian's chromium is not installed (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        require(False, "playwright for Python is not installed")
    return path


def shared_data(*parts: str) -> Path:
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared benchmark data not present at {path}")
    return path


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return init_workspace(tmp_path / "ws", shop_name="Test Shop", currency="EUR")


def record_crawl(engine, workspace: Workspace, offers, when, status: str = "finished", competitor: str = "Rival") -> int:
    """Store one crawl run of `competitor` that read `offers` at `when` (UTC-aware), as a crawl would."""
    from datetime import timedelta

    from storecheck import db

    with engine.begin() as conn:
        cid = db.sync_competitors(conn, workspace.config.competitors)[competitor]
        run = conn.execute(db.crawl_runs.insert().values(competitor_id=cid, started_at=when, status="running",
                                                         dropped={}, errors=[], health=[])).inserted_primary_key[0]
        db.store_offers(conn, cid, offers, source="crawl", crawl_run_id=run, now=when + timedelta(minutes=1))
        db.finish_crawl_run(conn, run, status=status, finished_at=when + timedelta(minutes=2))
    return run


def _postgres_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """A real PostgreSQL server on 127.0.0.1 for this test session, run as the
    `postgres` system user when the tests run as root (initdb refuses root)."""
    import getpass
    import socket
    import subprocess
    import tempfile

    bindir = _postgres_bin()
    require(bindir is not None, "PostgreSQL server binaries are not installed (apt-get install postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        require(False, "psycopg is not installed (pip install 'psycopg[binary]')")
    # Not under pytest's tmp folder: that is private to root, and the server runs as postgres.
    base = Path(tempfile.mkdtemp(prefix="storecheck-pg-"))
    data = base / "data"
    as_user: list[str] = []
    user = getpass.getuser()
    if os.geteuid() == 0:
        as_user, user = ["runuser", "-u", "postgres", "--"], "postgres"
        os.chmod(base, 0o777)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", user, "--no-sync"],
                   check=True, capture_output=True)
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l", str(base / "log"), "start"],
                   check=True, capture_output=True)
    try:
        subprocess.run([*as_user, str(bindir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", user, "storecheck"],
                       check=True, capture_output=True)
        yield f"postgresql+psycopg://{user}@127.0.0.1:{port}/storecheck"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@contextlib.contextmanager
def serve_pages(page_for: Callable[[str], bytes | None]):
    """A shop on 127.0.0.1 whose `page_for(path)` gives each page's HTML (None: 404); yields its base URL."""
    from http.server import BaseHTTPRequestHandler

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = page_for(self.path.split("?")[0])
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    with serve_handler(Handler) as url:
        yield url


@contextlib.contextmanager
def serve_handler(handler: type):
    """An HTTP server on 127.0.0.1 answering with `handler` (a BaseHTTPRequestHandler), in a thread
    for the duration; yields its base URL."""
    import threading
    from http.server import ThreadingHTTPServer

    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
