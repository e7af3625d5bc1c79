"""Hostile shops set aside (bench/history/crawl.md, "hostile10: hostile inputs set aside, tenth
batch (twenty-sixth session)", cases S91-S96): each served on 127.0.0.1 by
`shared_fixtures.ScriptedShop` and read by a real `storecheck crawl`, whose `scrapy crawl`
process's peak memory is read in a driver process of its own. The earlier batches cover their
neighbours (tests/test_hostile9_shops.py back to test_hostile2_shops.py, test_hostile_shops.py,
test_faults_crawl.py, test_tester_shops.py).

Written, with what a serious tool should do, before storecheck read any of it: where I expected
storecheck to fail, or did not know, the test is a non-strict expected failure as committed (a
strict one the first reading went against leaves main red); the first reading makes each exact.

Every shop whose second crawl loses a page holds enough products that the loss stays above the
run's health floor (`min_items_ratio` 0.7): a second crawl of 2 of 3 is under it, so nothing could
look delisted whatever the tool said, and the test would prove nothing."""

from __future__ import annotations

import json
import zlib

import pytest

from test_hostile2_shops import PEAK_MB, crawl, delisted, errors_text, html, new_workspace, nothing_delisted, serve_products, stored
from test_hostile3_shops import first_crawl_whole
from test_hostile5_shops import TEXT
from test_hostile6_shops import urlset

XML = {"Content-Type": "application/xml"}


def sitemap_shop(shop, tmp_path, count: int, sitemap: str = "/sitemap.xml"):
    """A shop of `count` product pages whose robots.txt names `sitemap`; the workspace reads it as a sitemap shop."""
    serve_products(shop, count)
    shop.routes["/robots.txt"] = html(f"User-agent: *\nSitemap: {shop.url}{sitemap}\n", **TEXT)
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="sitemap", download_delay=0)
    return workspace


# --- S91: a sitemap index cut short ------------------------------------------------------------------------------------


def test_s91_a_sitemap_index_cut_short_on_the_second_crawl_delists_nothing(shop, tmp_path):
    """S86's sitemap cut short, one level up: the sitemap *index* was cut while it was uploaded, and
    now ends after its first `<sitemap>` record, before the one naming the second product sitemap.
    The products of that sitemap (2 of 10) are not gone; the index no longer reaches them. Nothing
    delisted; the run partial (or failed), the index named."""
    workspace = sitemap_shop(shop, tmp_path, 10, "/sitemap_index.xml")
    maps = {"/product-sitemap1.xml": range(1, 9), "/product-sitemap2.xml": range(9, 11)}
    for path, numbers in maps.items():
        shop.routes[path] = html(urlset([f"{shop.url}/p/{n}.html" for n in numbers]), **XML)
    index = ('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             + "".join(f"<sitemap><loc>{shop.url}{path}</loc></sitemap>" for path in maps) + "</sitemapindex>")
    body = {"now": index.encode()}
    shop.routes["/sitemap_index.xml"] = lambda q: (200, XML, body["now"])
    first = crawl(workspace)
    assert first["status"] == "finished" and len(stored(workspace)) == 10, first
    body["now"] = index[: index.index(f"<sitemap><loc>{shop.url}/product-sitemap2.xml")].encode()
    summary = crawl(workspace)
    assert summary["status"] in ("partial", "failed"), summary
    assert f"{shop.url}/sitemap_index.xml" in errors_text(summary), summary
    assert nothing_delisted(workspace)


# --- S92: a whole sitemap with bytes after its end, on every crawl ---------------------------------------------------


PHP_WARNING = ("\n<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent by (output started at "
               "/var/www/wp-content/plugins/seo/sitemap.php:12) in <b>/var/www/wp-includes/pluggable.php</b> on line "
               "<b>1435</b><br />\n")


@pytest.mark.parametrize("tail", [PHP_WARNING, "\n" + " " * 4096], ids=["php-warning", "padding"])
def test_s92_a_whole_sitemap_followed_by_other_bytes_lets_a_truly_gone_product_be_delisted(shop, tmp_path, tail):
    """S86's check for a sitemap cut short, met by a sitemap that is whole: its `</urlset>` is there,
    but the server adds bytes after it on every answer (a PHP warning a WordPress plugin prints after
    the XML; 4 KB of blank padding a generator writes). The entries are all read; nothing was lost.
    Taken for one cut short, every run of the shop is partial, forever: nothing is ever taken for
    delisted, not even a product truly gone. Both crawls finished; on the second, product 10 (no
    longer listed, its page 404) delisted, the nine others kept. (The trailing bytes may be said; they
    are no loss.)

    First reading: both crawls partial, "sitemap cut short …: it ends before its closing tag (843
    bytes)" (4,718 with the padding), product 10 never delisted."""
    workspace = sitemap_shop(shop, tmp_path, 10)
    listed = {"now": range(1, 11)}
    shop.routes["/sitemap.xml"] = lambda q: (
        200, XML, (urlset([f"{shop.url}/p/{n}.html" for n in listed["now"]]) + tail).encode())
    first = crawl(workspace)
    assert first["status"] == "finished" and len(stored(workspace)) == 10, first
    listed["now"] = range(1, 10)
    del shop.routes["/p/10.html"]
    summary = crawl(workspace)
    assert summary["status"] == "finished", summary
    assert set(delisted(workspace)) == {"P-10"}, (delisted(workspace), summary)
    assert summary["peak_mb"] < PEAK_MB
    # (added with the mend) what follows the closing tag is said when it is more than blank space
    if tail.strip():
        assert "bytes follow its closing tag" in errors_text(summary) and "Warning" in errors_text(summary), summary
    assert "cut short" not in errors_text(summary), summary


# --- S93: a platform API page it announced, answered empty -------------------------------------------------------------


def test_s93_a_woocommerce_page_its_totals_announce_answered_empty_delists_nothing(shop, tmp_path):
    """S10's WooCommerce page lost, without an error: the Store API announces two pages
    (`X-WP-TotalPages: 2`, `X-WP-Total: 10`) and on the second crawl answers page 2 with `[]` (a
    cache holding an empty answer, a plugin's query failing quietly). The shop said there is a page
    2 of products; an empty one is a page lost, not the list's end. Nothing delisted (products 9 and
    10 are not gone); the run partial (or failed), page 2 named.

    First reading: finished, 8 of 10, no word: the empty page read as the list's end, products 9 and
    10 delisted."""
    def product(n: int) -> dict:
        return {"id": n, "name": f"Woo {n}", "sku": f"W-{n}", "permalink": f"{shop.url}/p/{n}", "is_in_stock": True,
                "prices": {"price": "1299", "regular_price": "1299", "currency_code": "EUR", "currency_minor_unit": 2}}

    pages = {"1": json.dumps([product(n) for n in range(1, 9)]).encode(),
             "2": json.dumps([product(n) for n in (9, 10)]).encode()}
    shop.routes["/wp-json/wc/store/v1/products"] = lambda q: (
        200, {"Content-Type": "application/json", "X-WP-TotalPages": "2", "X-WP-Total": "10"}, pages.get(q.get("page", "1"), b"[]"))
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="woocommerce", download_delay=0)
    first = crawl(workspace)
    assert first["status"] == "finished" and len(stored(workspace)) == 10, first
    pages["2"] = b"[]"
    summary = crawl(workspace)
    assert summary["status"] in ("partial", "failed"), summary
    assert "/wp-json/wc/store/v1/products" in errors_text(summary) and "page=2" in errors_text(summary), summary
    assert nothing_delisted(workspace)


# --- S94: a content encoding no client reads -------------------------------------------------------------------------


def test_s94_a_known_page_in_a_content_encoding_nobody_reads_is_named_and_delists_nothing(shop, tmp_path):
    """S42's plain bytes labelled gzip and S1's brotli, with an encoding no HTTP client unpacks any
    more: on the second crawl a known product page is sent `Content-Encoding: compress` (Unix LZW,
    in HTTP/1.1 and dropped by every browser), its bytes packed. The page cannot be read; it is not
    a page without a product. Named, the run partial, nothing delisted, the five others kept."""
    workspace = first_crawl_whole(shop, tmp_path, count=6)
    packed = b"\x1f\x9d\x90" + zlib.compress(b"<html><body>Product 2</body></html>" * 20)
    shop.routes["/p/2.html"] = lambda q: (200, {"Content-Type": "text/html", "Content-Encoding": "compress"}, packed)
    summary = crawl(workspace)
    assert summary["status"] == "partial", summary
    assert f"{shop.url}/p/2.html" in errors_text(summary), summary
    assert len(stored(workspace)) == 6 and nothing_delisted(workspace)
    # (added the twenty-seventh session, hostile11's leftover) the encoding not unpacked is named: "no
    # product found" alone sent the user looking for a product in bytes that were never the page
    assert "Content-Encoding 'compress'" in errors_text(summary) and "does not unpack" in errors_text(summary), summary


# --- S95: white space inside a link --------------------------------------------------------------------------------


def test_s95_a_known_product_linked_with_a_newline_inside_its_href_is_read(shop, tmp_path):
    """S73's seven ways of writing one link, and S89's link Scrapy will not follow, met by a
    template that wraps its links: on the second crawl product 2 is linked only as
    `/p/2\\n.html` and product 3 as `/p/\\t3.html`. Browsers take tabs and newlines out of a URL
    before anything else (the WHATWG URL standard), so a visitor reaches both pages. Read (both
    pages asked as `/p/2.html` and `/p/3.html`, the run finished, six of six), or the links named
    with the run partial; nothing delisted."""
    workspace = first_crawl_whole(shop, tmp_path, count=6)
    shop.routes["/"] = html("<html><body>" + "".join(f'<a href="/p/{n}.html">{n}</a> ' for n in (1, 4, 5, 6))
                            + '<a href="/p/2\n.html">2</a> <a href="/p/\t3.html">3</a></body></html>')
    before = len(shop.hits)
    summary = crawl(workspace)
    asked = shop.hits[before:]
    if summary["status"] == "finished":
        assert "/p/2.html" in asked and "/p/3.html" in asked, asked
        assert not delisted(workspace), summary
    else:
        assert summary["status"] == "partial" and "/p/2" in errors_text(summary), summary
        assert nothing_delisted(workspace)


# --- S96: a link over the length limit, on every crawl -----------------------------------------------------------------


def test_s96_an_overlong_link_to_no_product_on_every_crawl_lets_a_truly_gone_product_be_delisted(shop, tmp_path):
    """S89's over-long link, on a page that never held a product: the home page of every crawl links
    a listing with a filter state of 9,000 characters (over RFC 9110's 8,000).
    Not following it loses nothing anyone expects (it is neither a known page nor shaped as a product's), as
    a link robots.txt forbids is left out without loss (S63's rule). Counted as a loss, every run of
    the shop is partial, forever: a product truly gone is never taken for delisted. Both crawls
    finished (the link may be said); on the second, product 6 (unlinked, its page 404) delisted.

    (corrected at the first reading) The link is a listing's filter state under a filter app's own
    parameter (`/collections/mugs?pf_t_color=...`), where it was a `/search?filter=...`: the spider
    leaves searches and `filter=` links out before any length is looked at, so the first reading
    passed without the link reaching the length filter at all. As corrected, the first crawl was
    partial, "link not followed, 9,051 characters long (URLLENGTH_LIMIT 8,000): …" (every run so)."""
    serve_products(shop, 6)
    links = {"now": range(1, 7)}
    search = "/collections/mugs?pf_t_color=" + "ab" * 4500
    shop.routes["/"] = lambda q: (200, {}, ("<html><body>" + "".join(f'<a href="/p/{n}.html">{n}</a> ' for n in links["now"])
                                            + f'<a href="{search}">Filters</a></body></html>').encode())
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    first = crawl(workspace)
    assert first["status"] == "finished" and len(stored(workspace)) == 6, first
    links["now"] = range(1, 6)
    del shop.routes["/p/6.html"]
    summary = crawl(workspace)
    assert summary["status"] == "finished", summary
    assert set(delisted(workspace)) == {"P-6"}, (delisted(workspace), summary)
    # (added with the mend) counted apart, as links left out on purpose are
    assert summary["dropped"].get("long_link") == 1 and "url_too_long" not in summary["dropped"], summary
