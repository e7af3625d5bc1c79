"""A crawl resumed after stopping at its page budget is finished only when it asked every URL it was given.

A shop lists its range in one sitemap; the page budget (`[crawl] max_pages`) reads part of it. The first
week's crawl stops at the budget, partial, naming the URLs it did not queue. The next `storecheck crawl`
resumes that run from its job folder (Scrapy's saved queue): it reads what was queued and ended
"finished", though the sitemap's URLs over the budget were never asked. Data health and the delisting
check read "finished" as "the shop was read whole". A resumed run that did ask everything (a link crawl
whose queue held the rest) is still finished.
"""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup
from click.testing import CliRunner
from sqlalchemy import select

from storecheck import db
from storecheck.analysis import run_history
from storecheck.cli import cli
from storecheck.config import Workspace
from test_hostile2_shops import delisted, html, ld_page

LISTED = 300
BUDGET = 40


def _budget(ws: Workspace, pages: int) -> None:
    text = ws.config_path.read_text(encoding="utf-8")
    ws.config_path.write_text(re.sub(r"(?m)^max_pages = \d+$", f"max_pages = {pages}", text), encoding="utf-8")


def _run(ws: Workspace, *args: str):
    result = CliRunner().invoke(cli, [*args, "--workspace", str(ws.path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def _runs(ws: Workspace) -> list:
    engine = db.open_database(ws.database_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(db.crawl_runs).order_by(db.crawl_runs.c.id)).mappings())
    finally:
        engine.dispose()


def _complete(ws: Workspace) -> list[bool]:
    engine = db.open_database(ws.database_url)
    try:
        with engine.connect() as conn:
            return [run.complete for runs in run_history(conn).values() for run in runs]
    finally:
        engine.dispose()


def _sitemap_shop(shop) -> None:
    shop.routes["/robots.txt"] = html(f"User-agent: *\nSitemap: {shop.url}/sitemap.xml\n", **{"Content-Type": "text/plain"})
    locs = "".join(f"<url><loc>{shop.url}/p/{n}.html</loc></url>" for n in range(1, LISTED + 1))
    shop.routes["/sitemap.xml"] = html(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>',
        **{"Content-Type": "application/xml"})
    for n in range(1, LISTED + 1):
        shop.routes[f"/p/{n}.html"] = html(ld_page(f"Product {n}", f"{n % 97 + 1}.50", f"P-{n}"))


def test_a_crawl_resumed_after_the_page_budget_is_partial_while_the_sitemap_was_not_asked_whole(
        workspace: Workspace, tmp_path: Path, shop):
    ws = workspace
    _sitemap_shop(shop)
    _budget(ws, BUDGET)
    ws.add_competitor("Rival", shop.url + "/", platform="sitemap", download_delay=0)

    _run(ws, "crawl")
    first = _runs(ws)[-1]
    assert first["status"] == "partial" and first["finish_reason"] == "closespider_pagecount", dict(first)
    unasked = first["dropped"]["over_page_budget"]
    assert unasked > LISTED - BUDGET - 10, dict(first)

    out = " ".join(_run(ws, "crawl").output.split())  # (the console wraps its lines at the terminal's width)
    second = _runs(ws)[-1]
    assert second["errors"][0].startswith(f"resumed crawl run {first['id']}"), second["errors"]
    # Before: "finished", with every URL over the budget never asked.
    assert second["status"] == "partial", dict(second)
    # How far it got, where the user reads the crawl's outcome and in Data health.
    assert f"{unasked:,} product URLs" in second["errors"][0] and "not read whole" in second["errors"][0], second["errors"]
    assert "partial Rival" in out and f"{unasked:,} product URLs" in out, out
    assert _complete(ws) == [False], "a run not read whole may make no product look delisted"
    assert not delisted(ws)

    _run(ws, "report", "-o", str(tmp_path / "report.html"))
    soup = BeautifulSoup((tmp_path / "report.html").read_text(encoding="utf-8"), "html.parser")
    health = soup.find(id="health")
    assert health is not None
    text = " ".join(health.get_text(" ").split())
    assert "partial" in text and f"{unasked:,} product URLs" in text, text


def test_a_resumed_crawl_that_asked_every_url_it_was_given_is_finished(workspace: Workspace, shop):
    """The guard: a link crawl stopped at the budget keeps the links it found in its queue, and the
    resumed part asks them all: that run was read whole."""
    ws = workspace
    links = "".join(f'<a href="/p/{n}.html">Product {n}</a> ' for n in range(1, 31))
    shop.routes["/"] = html(f"<html><body><h1>Shop</h1>{links}</body></html>")
    for n in range(1, 31):
        shop.routes[f"/p/{n}.html"] = html(ld_page(f"Product {n}", f"{n}.50", f"P-{n}"))
    _budget(ws, 20)
    ws.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)

    _run(ws, "crawl")
    first = _runs(ws)[-1]
    assert first["status"] == "partial" and first["finish_reason"] == "closespider_pagecount", dict(first)
    _run(ws, "crawl")
    second = _runs(ws)[-1]
    assert second["errors"][0].startswith(f"resumed crawl run {first['id']}"), second["errors"]
    assert second["status"] == "finished" and second["items"] == 30, dict(second)
