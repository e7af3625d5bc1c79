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


def test_a_competitor_name_pasted_with_a_trailing_space_is_added_once(tmp_path):
    # "Rival " (a spreadsheet cell copied with its space): the competitor was written to
    # storecheck.toml, then looked up as "Rival " and not found, so the command failed
    # ("No competitor named 'Rival ' ... (known: Rival)") with the file changed.
    from click.testing import CliRunner

    from storecheck.cli import cli

    workspace = new_workspace(tmp_path / "ws")
    first = CliRunner().invoke(cli, ["competitor", "add", "Rival ", " https://rival.example/ ", "--workspace", str(workspace.path)])
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(cli, ["competitor", "add", "rival  ", "--workspace", str(workspace.path)])
    assert again.exit_code == 1 and "already exists" in again.output, again.output
    (competitor,) = load_config(workspace.config_path).competitors
    assert (competitor.name, competitor.url) == ("Rival", "https://rival.example/")
    assert 'name = "Rival"\n' in workspace.config_path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("typed", "sent"), [("https://straße.de/", "https://xn--strae-oqa.de/"),
                                            ("https://Bücher.Example/Straße", "https://xn--bcher-kva.example/Straße")])
def test_a_host_in_unicode_is_read_under_idna_2008(tmp_path, typed, sent):
    # Review R4: IDNA 2003 (Python's own codec) reads "straße.de" as "strasse.de", another domain
    # that its registry gives to whoever asked for it; registries and browsers read IDNA 2008.
    workspace = new_workspace(tmp_path / "ws")
    assert workspace.add_competitor("Rival", typed).url == sent
