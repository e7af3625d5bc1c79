"""Scale-out: the `shop` spider scheduled on a real scrapyd server on 127.0.0.1.

scrapyd runs projects that are installed in its environment when a scrapy.cfg
in its folder names their settings module ([settings] storecheck =
crawlers.settings), so a node needs `pip install storecheck` and that file;
no egg is built.
"""

import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
from sqlalchemy import func, select

from conftest import require
from storecheck import db
from storecheck.cli import init_workspace
from storecheck.demo.shops import DemoShops
from storecheck.demo.world import World


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base: str, path: str, data: dict | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    # A bound, not a wait: schedule.json starts a scrapy process to list the spiders, which took more
    # than 10 s beside another test worker on a two-core machine under load.
    with urllib.request.urlopen(base + path, data=body, timeout=60) as response:
        return json.loads(response.read())


@pytest.fixture
def scrapyd(tmp_path):
    try:
        import scrapyd  # noqa: F401
    except ImportError:
        require(False, "scrapyd is not installed (pip install scrapyd)")
    port = free_port()
    home = tmp_path / "scrapyd"
    home.mkdir()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        f"bind_address = 127.0.0.1\nhttp_port = {port}\n"
        f"eggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\ndbs_dir = {home / 'dbs'}\nitems_dir =\n"
        "poll_interval = 0.2\n"
    )
    # Read by scrapyd (which projects exist) and by the scrapy processes it starts (their settings).
    (home / "scrapy.cfg").write_text("[settings]\nstorecheck = crawlers.settings\n")
    log = (home / "scrapyd.err").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "scrapyd"], cwd=home, stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                call(base, "daemonstatus.json")
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError(f"scrapyd did not start: {(home / 'scrapyd.err').read_text(errors='replace')[-2000:]}")
        yield base, home
    finally:
        process.terminate()
        process.wait(timeout=60)
        log.close()


def test_shop_spider_runs_on_scrapyd(scrapyd, tmp_path):
    base, home = scrapyd
    workspace = init_workspace(tmp_path / "ws")
    with DemoShops(World(seed=5, products=30)) as shops:
        workspace.add_competitor("Greenleaf Market", shops.urls["Greenleaf Market"], download_delay=0.0)
        assert "storecheck" in call(base, "listprojects.json")["projects"]
        job = call(base, "schedule.json", {"project": "storecheck", "spider": "shop", "competitor": "Greenleaf Market",
                                           "workspace": str(workspace.path)})
        assert job["status"] == "ok", job
        for _ in range(600):
            jobs = call(base, "listjobs.json?project=storecheck")
            if any(j["id"] == job["jobid"] for j in jobs["finished"]):
                break
            time.sleep(0.1)
        else:
            pytest.fail(f"scrapyd job did not finish: {jobs}")
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        run = conn.execute(select(db.crawl_runs)).one()
        products = conn.execute(select(func.count()).select_from(db.competitor_products)).scalar()
    engine.dispose()
    logs = "".join(p.read_text(errors="replace") for p in (home / "logs").rglob("*.log"))
    assert run.status == "finished", logs[-3000:]
    assert products == 30


def test_run_crawls_on_scrapyd_then_matches_reports_and_alerts(scrapyd, tmp_path):
    """`storecheck run --scrapyd URL URL`: the crawl goes to the node that answers (the first
    URL is a dead node), run waits for it, then matches and reports from what the node stored."""
    import json as _json

    from click.testing import CliRunner

    from storecheck.cli import cli
    from storecheck.config import Workspace

    base, _home = scrapyd
    world = World(seed=6, products=30)
    ws = tmp_path / "ws"
    workspace = init_workspace(ws)
    world.write_own_catalogue(tmp_path / "ours.csv")
    runner = CliRunner()
    assert runner.invoke(cli, ["catalogue", "import", str(tmp_path / "ours.csv"), "-w", str(ws)]).exit_code == 0
    dead = f"http://127.0.0.1:{free_port()}/"
    with DemoShops(world) as shops:
        workspace.add_competitor("Greenleaf Market", shops.urls["Greenleaf Market"], download_delay=0.0)
        result = runner.invoke(cli, ["run", "--scrapyd", dead, base, "--wait", "120", "-w", str(ws)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1].startswith("Report: ")
    score = _json.loads(runner.invoke(cli, ["score", "--json", "-w", str(ws)]).output)["competitors"][0]
    assert score["products"] == 30 and score["pairs"] > 0
    engine = db.open_database(Workspace(ws).database_url)
    with engine.connect() as conn:
        assert conn.execute(select(db.crawl_runs.c.status)).scalars().all() == ["finished"]
    engine.dispose()
    refused = runner.invoke(cli, ["run", "--scrapyd", "-w", str(ws)])
    assert refused.exit_code != 0 and "--scrapyd URL" in refused.output
