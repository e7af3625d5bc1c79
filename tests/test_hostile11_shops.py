"""Hostile shops set aside (bench/history/crawl.md, "hostile11: hostile inputs set aside, eleventh
batch (twenty-seventh session)", cases S97-S101): each served on 127.0.0.1 by
`shared_fixtures.ScriptedShop` and read by a real `storecheck crawl`, whose `scrapy crawl`
process's peak memory is read in a driver process of its own. The earlier batches cover their
neighbours (tests/test_hostile10_shops.py back to test_hostile2_shops.py, test_hostile_shops.py,
test_faults_crawl.py, test_tester_shops.py).

Written, with what a serious tool should do, before storecheck read any of it: where I expected
storecheck to fail, or did not know, the test is a non-strict expected failure as committed (a
strict one the first reading went against leaves main red); the first reading makes each exact.

Every shop whose second crawl loses a page holds six products or more, so the loss stays above
the run's health floor (`min_items_ratio` 0.7) and `delisted` (read with the floor at 0) shows a
page lost without a word."""

from __future__ import annotations

import json
import zlib
from decimal import Decimal

import pytest

from test_hostile2_shops import PEAK_MB, crawl, delisted, errors_text, html, ld_page, new_workspace, nothing_delisted, serve_products, stored
from test_hostile3_shops import first_crawl_whole
from test_hostile4_shops import prices, sane
from test_hostile5_shops import TEXT
from test_hostile6_shops import urlset

XML = {"Content-Type": "application/xml"}


def gone_on_the_second_crawl(shop, links: dict, number: int) -> None:
    """Product `number` truly gone: no longer linked from the home page, its page 404."""
    links["now"] = [n for n in links["now"] if n != number]
    del shop.routes[f"/p/{number}.html"]


def linked_home(shop, links: dict):
    """The home page linking the products `links["now"]` names, read anew on every answer."""
    return lambda q: (200, {}, ("<html><body>" + "".join(f'<a href="/p/{n}.html">{n}</a> ' for n in links["now"])
                                + "</body></html>").encode())


# --- S97: robots.txt redirecting in a loop, on every crawl -----------------------------------------------------------


@pytest.mark.xfail(strict=False, reason="not known before the first reading")
def test_s97_a_robots_txt_redirecting_in_a_loop_lets_the_shop_be_crawled_and_a_gone_product_delisted(shop, tmp_path):
    """S31's robots.txt redirected to another host, and S17's chain that never ends, met together:
    the shop's `/robots.txt` answers 301 to `/robots.txt?r=1`, which answers 301 back to
    `/robots.txt`, on every crawl (a CDN rule and the shop's own rule fighting). RFC 9309 (2.3.1.2):
    past five redirects the robots.txt may be taken as unavailable, and (2.3.1.3) an unavailable
    robots.txt lets a crawler access any page. No page of the shop is lost by it: the six products
    are read on the first crawl; on the second, product 6 (unlinked, its page 404) is delisted and
    the five others kept, both runs finished (the loop may be said). Taken for a loss, every run
    would be partial and a product truly gone never delisted (S92's and S96's "partial forever")."""
    serve_products(shop, 6)
    links = {"now": list(range(1, 7))}
    shop.routes["/"] = linked_home(shop, links)
    shop.routes["/robots.txt"] = lambda q: (
        301, {"Location": f"{shop.url}/robots.txt" if q.get("r") else f"{shop.url}/robots.txt?r=1"}, b"")
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    first = crawl(workspace)
    assert first["status"] == "finished" and len(stored(workspace)) == 6, first
    gone_on_the_second_crawl(shop, links, 6)
    summary = crawl(workspace)
    assert summary["status"] == "finished", summary
    assert set(delisted(workspace)) == {"P-6"}, (delisted(workspace), summary)


# --- S98: a sitemap whose entries are relative paths ---------------------------------------------------------------


@pytest.mark.xfail(strict=False, reason="not known before the first reading")
def test_s98_a_sitemap_listing_relative_paths_on_the_second_crawl_delists_nothing(shop, tmp_path):
    """S83's `<loc>`s wrapped oddly, one step further: on the second crawl the shop's sitemap
    (a plugin updated) lists its products as paths (`<loc>/p/3.html</loc>`), not absolute URLs as
    the sitemaps protocol asks. Every product is still there. Read, each path resolved against the
    sitemap's own URL (as a browser resolves a link), the run finished with the six; or the entries
    named, the run partial or failed; nothing delisted either way."""
    serve_products(shop, 6)
    shop.routes["/robots.txt"] = html(f"User-agent: *\nSitemap: {shop.url}/sitemap.xml\n", **TEXT)
    body = {"now": urlset([f"{shop.url}/p/{n}.html" for n in range(1, 7)])}
    shop.routes["/sitemap.xml"] = lambda q: (200, XML, body["now"].encode())
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="sitemap", download_delay=0)
    first = crawl(workspace)
    assert first["status"] == "finished" and len(stored(workspace)) == 6, first
    body["now"] = urlset([f"/p/{n}.html" for n in range(1, 7)])
    summary = crawl(workspace)
    if summary["status"] == "finished":
        assert len(stored(workspace)) == 6 and not delisted(workspace), summary
    else:
        assert summary["status"] in ("partial", "failed") and "/sitemap.xml" in errors_text(summary), summary
        assert nothing_delisted(workspace)


# --- S99: prices of 1e308 and NaN on known pages ------------------------------------------------------------------


@pytest.mark.xfail(strict=False, reason="not known before the first reading")
def test_s99_known_products_priced_1e308_and_nan_keep_their_prices_and_are_not_delisted(shop, tmp_path):
    """S39's NaN and S46's exponents, on the second crawl of products already known: product 2's
    JSON-LD price becomes the JSON number `1e308` (a float's largest powers, as a template dividing
    by zero in another language writes) and product 3's the string "NaN". The products are on the
    shop; their prices cannot be read. Neither delisted (a product whose price is unreadable is
    not gone), neither stored at that price (no amount of 309 digits, no NaN), both pages named;
    the four others read at their prices."""
    workspace = first_crawl_whole(shop, tmp_path, count=6)
    data = {"@context": "https://schema.org", "@type": "Product", "name": "Product 2", "sku": "P-2",
            "offers": {"@type": "Offer", "price": 1e308, "priceCurrency": "EUR", "availability": "https://schema.org/InStock"}}
    shop.routes["/p/2.html"] = html('<!doctype html><html><head><title>P-2</title></head><body><h1>Product 2</h1>'
                                    f'<script type="application/ld+json">{json.dumps(data)}</script></body></html>')
    shop.routes["/p/3.html"] = html(ld_page("Product 3", "NaN", "P-3"))
    summary = crawl(workspace)
    found = prices(workspace)
    assert all(sane(p) and p < 10**9 for p in found.values() if p is not None), found
    assert found.get("P-2") == Decimal("2.50") and found.get("P-3") == Decimal("3.50"), found  # the first crawl's
    assert all(found.get(f"P-{n}") == Decimal(f"{n}.50") for n in (1, 4, 5, 6)), found
    assert f"{shop.url}/p/2.html" in errors_text(summary) and f"{shop.url}/p/3.html" in errors_text(summary), summary
    assert not set(delisted(workspace)) & {"P-2", "P-3"}, (delisted(workspace), summary)


# --- S100: robots.txt naming its sitemap by a path -------------------------------------------------------------------


@pytest.mark.xfail(strict=False, reason="not known before the first reading")
def test_s100_a_robots_txt_naming_its_sitemap_by_a_relative_path_is_read_or_named(shop, tmp_path):
    """S98's relative path, one level up: robots.txt says `Sitemap: /sitemap.xml` (RFC 9309 and the
    sitemaps protocol ask a full URL; shops write the path). The shop's products are listed only
    in that sitemap (the home page links none). Read, the path resolved against robots.txt's URL,
    the six products stored and the run finished; or the line named and the run partial or failed.
    Never a finished run of nothing."""
    serve_products(shop, 6)
    shop.routes["/"] = html("<html><body><h1>Shop</h1></body></html>")
    shop.routes["/robots.txt"] = html("User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n", **TEXT)
    shop.routes["/sitemap.xml"] = html(urlset([f"{shop.url}/p/{n}.html" for n in range(1, 7)]), **XML)
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="sitemap", download_delay=0)
    summary = crawl(workspace)
    if summary["status"] == "finished":
        assert len(stored(workspace)) == 6, (stored(workspace), summary)
    else:
        assert summary["status"] in ("partial", "failed") and "sitemap" in errors_text(summary).lower(), summary


# --- S101: a robots.txt that unpacks to a gigabyte, on every crawl ----------------------------------------------------


@pytest.mark.xfail(strict=False, reason="not known before the first reading")
def test_s101_a_gzip_bombed_robots_txt_costs_bounded_memory_and_lets_a_gone_product_be_delisted(shop, tmp_path):
    """S2's gzipped bomb and S11's robots.txt of 10 MB, met: `/robots.txt` is sent
    `Content-Encoding: gzip` and unpacks to 1 GB of comment lines, on every crawl. RFC 9309 (2.5)
    lets a crawler read the first 500 KiB of a robots.txt; a crawler that cannot read it has no
    rules to follow, and loses no page. Memory bounded; the six products read on the first crawl;
    on the second, product 6 (unlinked, its page 404) delisted, both runs finished (the robots.txt
    may be said). Counted as a loss, every run would be partial and nothing ever delisted."""
    serve_products(shop, 6)
    links = {"now": list(range(1, 7))}
    shop.routes["/"] = linked_home(shop, links)
    line = b"# " + b"robots " * 140 + b"\n"
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip framing
    bomb = packer.compress(b"User-agent: *\nAllow: /\n") + b"".join(packer.compress(line * 1000) for _ in range(1000)) + packer.flush()
    shop.routes["/robots.txt"] = lambda q: (200, {"Content-Type": "text/plain", "Content-Encoding": "gzip"}, bomb)
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    first = crawl(workspace)
    assert first["peak_mb"] < PEAK_MB, first
    assert first["status"] == "finished" and len(stored(workspace)) == 6, first
    gone_on_the_second_crawl(shop, links, 6)
    summary = crawl(workspace)
    assert summary["peak_mb"] < PEAK_MB, summary
    assert summary["status"] == "finished", summary
    assert set(delisted(workspace)) == {"P-6"}, (delisted(workspace), summary)
