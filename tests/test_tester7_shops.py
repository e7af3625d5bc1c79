"""A seventh tester's crawls: a competitor whose address is written as a person types it (an
international host name, capitals). Served on 127.0.0.1 and read by a real `scrapy crawl`
subprocess; the shop answers through an HTTP proxy, so any host name reaches it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from storecheck.config import Workspace, load_config
from storecheck.crawl import run_crawl
from test_faults_crawl import new_workspace, page, product_page, stored


@pytest.fixture
def proxied_shop(shop, monkeypatch):
    """`shop` as every host's server: Scrapy sends its requests to the proxy in http_proxy, and
    the scripted shop reads the absolute URL's path (the Host header says which host was asked)."""
    links = "".join(f'<a href="/p/{n}">Product {n}</a>' for n in (1, 2, 3))
    shop.routes["/"] = page(200, f"<html><body>{links}</body></html>".encode())
    for n in (1, 2, 3):
        shop.routes[f"/p/{n}"] = page(200, product_page(n))
    for name in ("no_proxy", "NO_PROXY", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", shop.url)
    return shop


@pytest.mark.parametrize("url", ["http://bücher.example/", "HTTP://Bücher.Example/"])
def test_a_shop_under_an_international_host_name_is_crawled_beyond_its_home_page(proxied_shop, tmp_path, url):
    # The crawl keeps to the start URL's host; the requests (and so the pages' links) go out under
    # the host's ASCII form, xn--bcher-kva.example. Kept as typed, "bücher.example" matched no link:
    # the run read the home page only and "failed: no product found".
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Bücher", url, platform="html", currency="EUR", download_delay=0)
    summary = run_crawl(Workspace(workspace.path), "Bücher", timeout=180)
    assert summary["status"] == "finished", summary
    assert stored(workspace) == {f"Product {n}": Decimal(f"{n}.50") for n in (1, 2, 3)}
    assert {host for host, _ in proxied_shop.host_hits} == {"xn--bcher-kva.example"}


def test_a_competitor_address_in_capitals_is_taken(tmp_path):
    # "HTTPS://SHOP.EXAMPLE/Sale" (copied from a printed flyer or a spreadsheet in capitals) was
    # refused as "must be an http:// or https:// URL": the scheme and host are case-blind.
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", "HTTPS://SHOP.EXAMPLE/Sale")
    competitor = load_config(workspace.config_path).competitors[0]
    assert competitor.url == "https://shop.example/Sale"  # the path keeps its case: a server may not
