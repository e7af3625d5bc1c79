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


from test_hostile2_shops import PEAK_MB, crawl, delisted, errors_text, html, ld_page, new_workspace, nothing_delisted, serve_products, stored
from test_hostile3_shops import first_crawl_whole
from test_hostile4_shops import prices
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


def test_s97_a_robots_txt_redirecting_in_a_loop_lets_the_shop_be_crawled_and_a_gone_product_delisted(shop, tmp_path):
    """S31's robots.txt redirected to another host, and S17's chain that never ends, met together:
    the shop's `/robots.txt` answers 301 to `/robots.txt?r=1`, which answers 301 back to
    `/robots.txt`, on every crawl (a CDN rule and the shop's own rule fighting). RFC 9309 (2.3.1.2):
    past five redirects the robots.txt may be taken as unavailable, and (2.3.1.3) an unavailable
    robots.txt lets a crawler access any page. No page of the shop is lost by it: the six products
    are read on the first crawl; on the second, product 6 (unlinked, its page 404) is delisted and
    the five others kept, both runs finished (the loop may be said). Taken for a loss, every run
    would be partial and a product truly gone never delisted (S92's and S96's "partial forever").

    First reading: both crawls finished, product 6 delisted, as above; but nothing said: the shop's
    rules were not read (Scrapy's redirect limit, an IgnoreRequest the robots.txt middleware passes
    over in silence) and the crawl went on as if it had none, with no word to the user.

    Mended (`crawlers/robots.NamedRobotsTxtMiddleware._robots_error`): "robots.txt of 127.0.0.1:…
    not read (max redirections reached); crawled as if it held no rules", not counted."""
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
    assert "robots.txt" in errors_text(first) and "no rules" in errors_text(first), first


# --- S98: a sitemap whose entries are relative paths ---------------------------------------------------------------


def test_s98_a_sitemap_listing_relative_paths_on_the_second_crawl_delists_nothing(shop, tmp_path):
    """S83's `<loc>`s wrapped oddly, one step further: on the second crawl the shop's sitemap
    (a plugin updated) lists its products as paths (`<loc>/p/3.html</loc>`), not absolute URLs as
    the sitemaps protocol asks. Every product is still there. Read, each path resolved against the
    sitemap's own URL (as a browser resolves a link), the run finished with the six; or the entries
    named, the run partial or failed; nothing delisted either way.

    First reading: read, each path resolved (Scrapy's sitemap spider joins a `<loc>` to the
    sitemap's URL), finished, six of six."""
    serve_products(shop, 6)
    shop.routes["/robots.txt"] = html(f"User-agent: *\nSitemap: {shop.url}/sitemap.xml\n", **TEXT)
    body = {"now": urlset([f"{shop.url}/p/{n}.html" for n in range(1, 7)])}
    shop.routes["/sitemap.xml"] = lambda q: (200, XML, body["now"].encode())
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="sitemap", download_delay=0)
    first = crawl(workspace)
    assert first["status"] == "finished" and len(stored(workspace)) == 6, first
    body["now"] = urlset([f"/p/{n}.html" for n in range(1, 7)])
    before = len(shop.hits)
    summary = crawl(workspace)
    assert summary["status"] == "finished" and len(stored(workspace)) == 6 and not delisted(workspace), summary
    assert {f"/p/{n}.html" for n in range(1, 7)} <= set(shop.hits[before:]), shop.hits[before:]


# --- S99: prices of 1e308 and NaN on known pages ------------------------------------------------------------------


def priced_page(name: str, price: object, sku: str) -> str:
    """`ld_page` with the JSON-LD price written as given: a JSON number stays a number."""
    data = {"@context": "https://schema.org", "@type": "Product", "name": name, "sku": sku,
            "offers": {"@type": "Offer", "price": price, "priceCurrency": "EUR", "availability": "https://schema.org/InStock"}}
    return (f"<!doctype html><html><head><title>{sku}</title></head><body><h1>{name}</h1>"
            f'<script type="application/ld+json">{json.dumps(data)}</script></body></html>')


def test_s99_a_known_product_priced_1e308_keeps_its_price_and_is_not_delisted(shop, tmp_path):
    """S39's NaN and S46's exponents, on the second crawl of a product already known: product 2's
    JSON-LD price becomes the JSON number `1e308` (a float's largest powers, as a template dividing
    by zero in another language writes). The product is on the shop; its price cannot be read. Not
    delisted (a product whose price is unreadable is not gone), not stored at that price (the first
    crawl's 2.50 stays its latest), its page named; the five others read at their prices.

    (split at the first reading from S99b, "NaN", which fails) First reading: partial, "offer 'P-2'
    dropped, price: Value error, 1E+308 is beyond the largest amount kept (9,999,999,999.9999)
    (…/p/2.html)", `invalid_price` 1, nothing delisted."""
    workspace = first_crawl_whole(shop, tmp_path, count=6)
    shop.routes["/p/2.html"] = html(priced_page("Product 2", 1e308, "P-2"))
    summary = crawl(workspace)
    found = prices(workspace)
    assert found == {f"P-{n}": Decimal(f"{n}.50") for n in range(1, 7)}, found
    assert summary["status"] == "partial" and summary["dropped"] == {"invalid_price": 1}, summary
    assert f"{shop.url}/p/2.html" in errors_text(summary) and "beyond the largest amount" in errors_text(summary), summary
    assert nothing_delisted(workspace)


def test_s99b_a_known_product_priced_nan_keeps_its_price_and_is_named(shop, tmp_path):
    """S99 with the string "NaN" (a template printing a float it could not compute) on product 3's
    known page. The page offers a price the tool cannot read; it does not say the product has none.
    Not delisted, its earlier price (3.50) still its latest, the page named; the five others read.

    First reading: finished, no word; P-3 stored with *no price* as its latest observation (the
    extraction reads "NaN" as an absent price: `extract --explain` shows the JSON-LD source without
    a price and nothing left out), so the product leaves every price figure as if the shop had
    stopped pricing it.

    Mended (twenty-eighth session): the structured data's "NaN" is passed on as written where no other source
    gives the price, and the offer refuses it as it refuses 1e308: dropped as `invalid_price`, "NaN is not an
    amount", the page named, nothing delisted."""
    workspace = first_crawl_whole(shop, tmp_path, count=6)
    shop.routes["/p/3.html"] = html(ld_page("Product 3", "NaN", "P-3"))
    summary = crawl(workspace)
    found = prices(workspace)
    assert found == {f"P-{n}": Decimal(f"{n}.50") for n in range(1, 7)}, found
    assert f"{shop.url}/p/3.html" in errors_text(summary), summary
    assert nothing_delisted(workspace)


# --- S100: robots.txt naming its sitemap by a path -------------------------------------------------------------------


def test_s100_a_robots_txt_naming_its_sitemap_by_a_relative_path_is_read_or_named(shop, tmp_path):
    """S98's relative path, one level up: robots.txt says `Sitemap: /sitemap.xml` (RFC 9309 and the
    sitemaps protocol ask a full URL; shops write the path). The shop's products are listed only
    in that sitemap (the home page links none). Read, the path resolved against robots.txt's URL,
    the six products stored and the run finished; or the line named and the run partial or failed.
    Never a finished run of nothing.

    First reading: read (Scrapy joins a robots.txt's `Sitemap:` to its URL), finished, six stored."""
    serve_products(shop, 6)
    shop.routes["/"] = html("<html><body><h1>Shop</h1></body></html>")
    shop.routes["/robots.txt"] = html("User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n", **TEXT)
    shop.routes["/sitemap.xml"] = html(urlset([f"{shop.url}/p/{n}.html" for n in range(1, 7)]), **XML)
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="sitemap", download_delay=0)
    summary = crawl(workspace)
    assert summary["status"] == "finished" and len(stored(workspace)) == 6, (stored(workspace), summary)


# --- S101: a robots.txt that unpacks to a gigabyte, on every crawl ----------------------------------------------------


def test_s101_a_gzip_bombed_robots_txt_costs_bounded_memory_and_lets_a_gone_product_be_delisted(shop, tmp_path):
    """S2's gzipped bomb and S11's robots.txt of 10 MB, met: `/robots.txt` is sent
    `Content-Encoding: gzip` and unpacks to 1 GB of comment lines, on every crawl. RFC 9309 (2.5)
    lets a crawler read the first 500 KiB of a robots.txt; a crawler that cannot read it has no
    rules to follow, and loses no page. Memory bounded; the six products read on the first crawl;
    on the second, product 6 (unlinked, its page 404) delisted, both runs finished (the robots.txt
    may be said). Counted as a loss, every run would be partial and nothing ever delisted.

    First reading: both crawls finished (peak 135 MB), product 6 delisted, as above; but nothing said:
    the download was dropped past the size limit (an IgnoreRequest, which the robots.txt middleware
    passes over in silence) and the crawl went on as if the shop had no rules, with no word.

    Mended as S97: the robots.txt named with Scrapy's reason, not counted."""
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
    assert "robots.txt" in errors_text(first) and "no rules" in errors_text(first), first
