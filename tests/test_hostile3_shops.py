"""Hostile shops set aside (bench/history/crawl.md, "Hostile inputs set aside (fifteenth
session)", cases S16-S27): each served on 127.0.0.1 by `shared_fixtures.ScriptedShop` and read
by a real `storecheck crawl`, whose `scrapy crawl` process's peak memory is read in a driver
process of its own. The earlier batches cover their neighbours (tests/test_hostile2_shops.py,
test_hostile_shops.py, test_faults_crawl.py, test_tester2_shops.py)."""

from __future__ import annotations

import json
import time

from shared_fixtures import RESET, ScriptedShop
from test_hostile2_shops import PEAK_MB, crawl, errors_text, html, ld_page, new_workspace, nothing_delisted, serve_products, stored


def html_shop(shop: ScriptedShop, tmp_path, count: int = 3):
    serve_products(shop, count)
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    return workspace


def first_crawl_whole(shop: ScriptedShop, tmp_path, count: int = 3):
    """A shop of `count` products crawled once, whole: the second crawl has something to delist."""
    workspace = html_shop(shop, tmp_path, count)
    first = crawl(workspace)
    assert first["status"] == "finished" and len(stored(workspace)) == count, first
    return workspace


def assert_lost_page_named_and_nothing_delisted(summary: dict, shop: ScriptedShop, workspace, path: str = "/p/2.html"):
    assert summary["status"] == "partial", summary
    assert f"{shop.url}{path}" in errors_text(summary), summary
    assert nothing_delisted(workspace)


# --- S16, S22, S23: a body that trickles, breaks or never ends -----------------------------------


def test_s16_a_slow_loris_product_page_is_cut_by_the_timeout_and_delists_nothing(shop, tmp_path):
    workspace = first_crawl_whole(shop, tmp_path)

    def trickle():
        for _ in range(2000):
            yield b"x"
            time.sleep(1)

    shop.routes["/p/2.html"] = lambda q: (200, {"Content-Length": "2000"}, trickle())
    summary = crawl(workspace, {"DOWNLOAD_TIMEOUT": 5})
    assert summary["dropped"].get("timeout") == 1, summary
    assert_lost_page_named_and_nothing_delisted(summary, shop, workspace)


def test_s22_a_connection_reset_mid_body_is_named_and_delists_nothing(shop, tmp_path):
    workspace = first_crawl_whole(shop, tmp_path)
    half = ld_page("Product 2", "2.50", "P-2").encode()[:200]
    shop.routes["/p/2.html"] = lambda q: (200, {"Content-Length": "5000"}, iter([half, RESET]))
    summary = crawl(workspace)
    assert set(stored(workspace)) == {"P-1", "P-2", "P-3"}
    assert_lost_page_named_and_nothing_delisted(summary, shop, workspace)
    assert f"connection broken mid-page {shop.url}/p/2.html" in errors_text(summary)  # (added with its mend)


def test_s23_chunked_encoding_that_never_ends_is_cut_and_delists_nothing(shop, tmp_path):
    workspace = first_crawl_whole(shop, tmp_path)

    def endless():
        yield b"<html><body><h1>Product 2</h1>"
        while True:
            yield b"<p>" + b"y" * 4089 + b"</p>"

    shop.routes["/p/2.html"] = lambda q: (200, {"Transfer-Encoding": "chunked"}, endless())
    summary = crawl(workspace, {"DOWNLOAD_MAXSIZE": 4 << 20, "DOWNLOAD_WARNSIZE": 0, "DOWNLOAD_TIMEOUT": 30})
    assert_lost_page_named_and_nothing_delisted(summary, shop, workspace)
    assert summary["peak_mb"] < PEAK_MB


# --- S17, S21: redirects that never settle ----------------------------------------------------------


def test_s17_a_redirect_chain_that_never_repeats_a_url_stops_and_delists_nothing(shop, tmp_path):
    workspace = first_crawl_whole(shop, tmp_path)
    shop.routes["/p/2.html"] = lambda q: (302, {"Location": f"/p/2.html?hop={int(q.get('hop', '0')) + 1}"}, b"")
    summary = crawl(workspace)
    assert len([p for p in shop.paths() if p.startswith("/p/2.html")]) <= 1 + 1 + 25  # the first crawl's, then the chain
    assert_lost_page_named_and_nothing_delisted(summary, shop, workspace)
    # (added with the mends) named by the page asked for, once, and never "off the shop"
    assert f"redirect loop {shop.url}/p/2.html: " in errors_text(summary) and "off the shop" not in errors_text(summary)
    assert summary["dropped"] == {"redirect_loop": 1}, summary


def test_s21_a_meta_refresh_loop_stops_and_delists_nothing(shop, tmp_path):
    workspace = first_crawl_whole(shop, tmp_path)
    shop.routes["/p/2.html"] = html('<html><head><meta http-equiv="refresh" content="0;url=/p/2b.html"></head><body></body></html>')
    shop.routes["/p/2b.html"] = html('<html><head><meta http-equiv="refresh" content="0; URL=\'/p/2.html\'"></head><body></body></html>')
    summary = crawl(workspace)
    assert len(shop.paths()) < 60, shop.paths()
    assert_lost_page_named_and_nothing_delisted(summary, shop, workspace)


# --- S18, S19, S20, S25: pages too big in one way ----------------------------------------------------


def test_s18_a_home_page_of_200000_links_stops_at_the_budget_in_bounded_memory(shop, tmp_path):
    shop.routes["/"] = html("<html><body>" + "".join(f'<a href="/p?id={n}">Product {n}</a>\n' for n in range(200_000))
                            + "</body></html>")
    shop.routes["/p"] = lambda q: (200, {}, ld_page(f"Product {q['id']}", "1.00", f"P-{q['id']}").encode())
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace, {"CLOSESPIDER_PAGECOUNT": 60}, timeout=300)
    assert summary["status"] == "partial", summary
    assert 10 <= len(stored(workspace)) <= 80, summary
    assert summary["peak_mb"] < PEAK_MB
    # (added with the mend, sixteenth session) the page extraction did not parse is named
    assert f"page too large to read for products {shop.url}/: over 100000 elements" in errors_text(summary), summary


def test_s19_html_nested_100000_deep_costs_no_other_product(shop, tmp_path):
    serve_products(shop, 3)
    deep = "<div>" * 100_000 + "deep" + "</div>" * 100_000
    shop.routes["/p/2.html"] = html(ld_page("Deep Dish", "12.00", "P-2", filler=deep))
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    names = stored(workspace)
    assert {"P-1", "P-3"} <= set(names), summary
    assert names.get("P-2") == "Deep Dish" or (summary["status"] == "partial" and f"{shop.url}/p/2.html" in errors_text(summary))
    assert summary["peak_mb"] < PEAK_MB


def test_s20_a_set_cookie_flood_is_not_sent_back_and_delists_nothing(shop, tmp_path):
    workspace = first_crawl_whole(shop, tmp_path)
    body = ld_page("Product 2", "2.50", "P-2").encode()
    flood = [("Set-Cookie", f"c{n}={'v' * 1000}; Path=/") for n in range(10_000)]
    shop.routes["/p/2.html"] = lambda q: (200, flood, body)
    shop.request_headers.clear()
    summary = crawl(workspace)
    cookies = [len(headers.get("Cookie", "")) for path, headers in shop.request_headers]
    assert max(cookies, default=0) <= 8192, max(cookies)
    assert {"P-1", "P-3"} <= set(stored(workspace))
    if summary["status"] != "finished":
        assert_lost_page_named_and_nothing_delisted(summary, shop, workspace)
    assert summary["peak_mb"] < PEAK_MB


def test_s25_a_listing_page_of_1000_json_ld_products_stores_each_once(shop, tmp_path):
    products = [{"@type": "Product", "name": f"Listed {n}", "sku": f"L-{n}", "url": f"{shop.url}/item/{n}",
                 "offers": {"@type": "Offer", "price": f"{n % 90 + 1}.25", "priceCurrency": "EUR",
                            "availability": "https://schema.org/InStock"}} for n in range(1000)]
    graph = json.dumps({"@context": "https://schema.org", "@graph": products})
    shop.routes["/"] = html(f'<html><body><h1>All products</h1><script type="application/ld+json">{graph}</script></body></html>')
    # The products' own pages, which the first reading's shop lacked (they answered 404: a shop
    # saying its products are gone); a listing's products are read on their pages.
    shop.routes.update({f"/item/{n}": html(ld_page(f"Listed {n}", f"{n % 90 + 1}.25", f"L-{n}")) for n in range(1000)})
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    # the user's default retries: what this test reads is the listing, not one page's transport on a
    # loaded machine (a single timeout of 1,001 pages failed it in CI with retries off)
    summary = crawl(workspace, {"RETRY_TIMES": 2})
    assert set(stored(workspace)) == {f"L-{n}" for n in range(1000)}, summary
    assert summary["status"] == "finished", summary
    assert summary["peak_mb"] < PEAK_MB


# --- S24: an API whose pages cycle -----------------------------------------------------------------


def test_s24_shopify_pages_that_cycle_between_two_are_read_once_each(shop, tmp_path):
    def product(n: int) -> dict:
        return {"id": n, "handle": f"p{n}", "title": f"Product {n}", "vendor": "Acme",
                "variants": [{"id": 100 + n, "title": "Default Title", "price": f"{n}.00", "available": True}]}

    pages = {1: [product(1), product(2)], 0: [product(3), product(4)]}
    shop.routes["/products.json"] = lambda q: (200, {"Content-Type": "application/json"},
                                               json.dumps({"products": pages[int(q.get("page", "1")) % 2]}).encode())
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="shopify", currency="EUR", download_delay=0)
    summary = crawl(workspace, {"CLOSESPIDER_PAGECOUNT": 40})
    assert len(stored(workspace)) == 4, summary
    assert len([p for p in shop.paths() if p.startswith("/products.json")]) <= 4, shop.paths()


# --- S26, S27: answers that say nothing ------------------------------------------------------------


def test_s26_every_product_page_empty_on_the_second_crawl_delists_nothing(shop, tmp_path):
    workspace = first_crawl_whole(shop, tmp_path, 8)
    for n in range(1, 9):
        shop.routes[f"/p/{n}.html"] = html("")
    summary = crawl(workspace)
    assert summary["status"] in ("partial", "failed"), summary
    assert summary["dropped"].get("empty_page") == 8, summary
    assert f"{shop.url}/p/5.html" in errors_text(summary)
    assert nothing_delisted(workspace)


def test_s27_an_empty_start_page_on_the_second_crawl_fails_the_run_and_delists_nothing(shop, tmp_path):
    workspace = first_crawl_whole(shop, tmp_path)
    shop.routes["/"] = html("")
    summary = crawl(workspace)
    assert summary["status"] in ("partial", "failed"), summary
    assert f"{shop.url}/" in errors_text(summary), summary
    assert f"empty start page at {shop.url}/" in errors_text(summary)  # (added with its mend)
    assert nothing_delisted(workspace)


def test_only_structured_data_markup_the_parsed_tree_lacks_counts_as_a_page_read_in_part():
    """S19's check: a page whose bytes hold a JSON-LD tag or a microdata item that its parsed tree
    lacks was cut short by the parser. Words in a script (a tag manager's code naming
    "application/ld+json" or "itemtype") are no such markup: that page is not lost."""
    from scrapy.http import HtmlResponse

    from crawlers.spiders.shop import structured_data_lost

    def page(body: bytes) -> HtmlResponse:
        return HtmlResponse("http://shop.test/p/1.html", body=body, encoding="utf-8")

    ld = b'<script type="application/ld+json">{"@type": "Product"}</script>'
    item = b'<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Mug</span></div>'
    assert structured_data_lost(page(b"<div>" * 3000 + ld)) == "JSON-LD"
    assert structured_data_lost(page(b"<div>" * 3000 + item)) == "microdata"
    assert structured_data_lost(page(b"<html><body>" + ld + item + b"</body></html>")) is None
    code = b"<script>var q = 'script[type=\"application/ld+json\"]'; el.getAttribute('itemtype');</script>"
    assert structured_data_lost(page(b"<html><body>" + code + b"</body></html>")) is None
    # (review R13) markup in a script's text: JSON-LD injected from a string, a client template with
    # itemtype. The tree is whole; neither is a page read in part.
    injected = (b"<script>var tpl = '<script type=\"application/ld+json\">{\"@type\": \"Product\"}<\\/script>';"
                b"document.head.insertAdjacentHTML('beforeend', tpl);</script>")
    template = (b'<script type="text/x-magento-template"><div itemscope itemtype="http://schema.org/Product">'
                b"<%- data.name %></div></script>")
    assert structured_data_lost(page(b"<html><body>" + injected + b"</body></html>")) is None
    assert structured_data_lost(page(b"<html><body>" + template + b"</body></html>")) is None
