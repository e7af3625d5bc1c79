"""Hostile shops set aside (bench/history/crawl.md, "hostile7: hostile inputs set aside, seventh
batch (twenty-third session)", cases S68-S75): each served on 127.0.0.1 by
`shared_fixtures.ScriptedShop` and read by a real `storecheck crawl`, whose `scrapy crawl`
process's peak memory is read in a driver process of its own. The earlier batches cover their
neighbours (tests/test_hostile6_shops.py back to test_hostile2_shops.py, test_hostile_shops.py,
test_faults_crawl.py, test_tester_shops.py).

Written, with what a serious tool should do, before storecheck read any of it: where I expected
storecheck to fail, the test is a strict expected failure as committed."""

from __future__ import annotations

import json
from decimal import Decimal
from types import SimpleNamespace


from shared_fixtures import CLOSE
from test_hostile2_shops import PEAK_MB, crawl, errors_text, html, ld_page, new_workspace, nothing_delisted, serve_products, stored
from test_hostile3_shops import first_crawl_whole
from test_hostile5_shops import TEXT, observed


def unkeyed_page(name: str, price: str) -> str:
    """A product page whose JSON-LD gives no sku: the product is known by its page's address."""
    data = {"@context": "https://schema.org", "@type": "Product", "name": name,
            "offers": {"@type": "Offer", "price": price, "priceCurrency": "EUR", "availability": "https://schema.org/InStock"}}
    return (f"<!doctype html><html><head><title>{name}</title></head><body><h1>{name}</h1>"
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></body></html>')


# --- S68: a charset the header states and the bytes deny ---------------------------------------------------------


def test_s68_a_page_declared_utf16_whose_bytes_are_utf8_is_read_as_utf8(shop, tmp_path):
    """A server configured for another site sends `charset=utf-16` for a page written in UTF-8 (no
    byte order mark). Read as UTF-16, every two bytes become one CJK character: the name is lost."""
    serve_products(shop, 3)
    name = "Чайник электрический Gourmet"
    body = ld_page(name, "29.90", "P-2").encode("utf-8")
    shop.routes["/p/2.html"] = lambda q: (200, {"Content-Type": "text/html; charset=utf-16"}, body)
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    names = stored(workspace)
    assert names.get("P-2") == name, (names, summary)
    assert observed(workspace)["P-2"][0] is not None, summary


# --- S69: a shop that sends each first visitor through a cookie-setting page -----------------------------------


def test_s69_a_cookie_wall_that_sends_the_visitor_back_to_the_page_asked_for_is_passed(shop, tmp_path):
    """A consent or region wall: a product page asked without the shop's cookie answers 302 to
    `/consent?next=...`, which sets the cookie and answers 302 back to the page asked for. A browser
    (and a crawler keeping cookies, as Scrapy does) gets the product page on the way back: that is no
    redirect loop, and the products are the shop's."""
    serve_products(shop, 3)
    for n in range(1, 4):
        page = shop.routes[f"/p/{n}.html"]

        def walled(query, page=page, n=n):
            if "consent=yes" not in shop.current.headers.get("Cookie", ""):
                return 302, {"Location": f"/consent?next=/p/{n}.html"}, b""
            return page(query)

        shop.routes[f"/p/{n}.html"] = walled
    shop.routes["/consent"] = lambda q: (302, [("Set-Cookie", "consent=yes; Path=/"), ("Location", q.get("next", "/"))], b"")
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    assert set(stored(workspace)) == {"P-1", "P-2", "P-3"}, summary
    assert summary["status"] == "finished", summary
    assert max(shop.hits.count(f"/p/{n}.html") for n in range(1, 4)) <= 3, sorted(shop.hits)


def test_s69b_a_wall_that_sends_back_whatever_the_cookie_is_a_loop_named_at_once(shop, tmp_path):
    """(added with the mend) The wall's way back passes once: a wall that answers the page with the
    cookie as without it (it wants a script run, a box ticked) is a redirect loop, named after one
    pass, not after REDIRECT_MAX_TIMES."""
    serve_products(shop, 3)
    shop.routes["/p/2.html"] = lambda q: (302, {"Location": "/consent?next=/p/2.html"}, b"")
    shop.routes["/consent"] = lambda q: (302, [("Set-Cookie", "consent=yes; Path=/"), ("Location", q.get("next", "/"))], b"")
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    assert set(stored(workspace)) == {"P-1", "P-3"}, summary
    assert summary["dropped"].get("redirect_loop") == 1 and f"redirect loop {shop.url}/p/2.html" in errors_text(summary), summary
    assert shop.hits.count("/p/2.html") <= 3, sorted(shop.hits)
    # Only the wall's cookie is sent back, and only after the wall set it.
    assert all(h.get("Cookie") in (None, "consent=yes") for _, h in shop.request_headers), shop.request_headers


# --- S70: a product page of 50,000 variants ----------------------------------------------------------------------


def test_s69c_a_page_that_meets_the_wall_while_another_passes_it_is_passed_too():
    """S69 failed one run in many on a loaded machine: pages are asked several at a time, so a page
    asked before another page's chain passed the wall goes to the wall's page with the cookie that
    chain left, the wall sets nothing new, and the way back was dropped as a loop (P-1 lost, the run
    partial). Replayed here on the middleware, in that order, without a crawl's timing."""
    from scrapy.http import Request, Response
    from scrapy.settings import Settings

    from crawlers.middlewares import CookieWallRedirect

    wall = CookieWallRedirect(Settings())
    wall.crawler = SimpleNamespace(spider=None)  # what Scrapy's redirects read of the crawler: the spider's own statuses
    base = "http://shop.test"

    def sent(request):
        wall.process_request(request)
        return request

    def to_wall(request):
        answer = Response(request.url, status=302, headers={"Location": f"{base}/consent"}, request=request)
        return sent(wall.process_response(request, answer))

    def back(request, page):
        answer = Response(request.url, status=302, request=request,
                          headers={"Location": f"{base}{page}", "Set-Cookie": "consent=yes; Path=/"})
        return wall.process_response(request, answer)

    first, second = sent(Request(f"{base}/p/1.html")), sent(Request(f"{base}/p/2.html"))  # neither has the cookie
    way_back = back(to_wall(second), "/p/2.html")
    assert way_back.dont_filter and way_back.headers[b"Cookie"] == b"consent=yes"
    way_back = back(to_wall(first), "/p/1.html")  # its way to the wall went with the cookie
    assert way_back.dont_filter and way_back.headers[b"Cookie"] == b"consent=yes"
    # A page asked with the cookie that meets the wall all the same is a loop, as S69b.
    assert not back(to_wall(sent(Request(f"{base}/p/3.html"))), "/p/3.html").dont_filter
    # And a page passed once that meets the wall again.
    assert not back(to_wall(way_back), "/p/1.html").dont_filter


def test_s70_a_product_page_of_50000_variants_is_read_in_bounded_memory(shop, tmp_path):
    """A ProductGroup whose JSON-LD lists 50,000 variants (every size and colour of a made-to-order
    item), each with its sku and price: about 7 MB, under the page limit. Read whole (one offer per
    variant, as a Shopify variant is one) or the page named; bounded either way; the other products kept."""
    serve_products(shop, 3)
    variants = [{"@type": "Product", "sku": f"V-{n}", "name": f"Tee {n}",
                 "offers": {"@type": "Offer", "price": f"{10 + n % 7}.99", "priceCurrency": "EUR"}} for n in range(50_000)]
    data = {"@context": "https://schema.org", "@type": "ProductGroup", "productGroupID": "G-1", "name": "Tee",
            "hasVariant": variants}
    body = ('<!doctype html><html><head><title>Tee</title></head><body><h1>Tee</h1><script type="application/ld+json">'
            + json.dumps(data) + "</script></body></html>").encode()
    assert len(body) < 10 << 20, len(body)
    shop.routes["/p/2.html"] = lambda q: (200, {}, body)
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace, timeout=420)
    keys = set(stored(workspace))
    assert {"P-1", "P-3"} <= keys, summary
    if summary["status"] == "finished":
        assert len({k for k in keys if k.startswith("V-")}) == 50_000 or "G-1" in keys, (len(keys), summary)
    else:
        assert f"{shop.url}/p/2.html" in errors_text(summary), summary
    assert summary["peak_mb"] < PEAK_MB


# --- S71, S74: pages that arrive in part -----------------------------------------------------------------------


def test_s71_a_chunked_page_cut_before_its_last_chunk_is_named_and_delists_nothing(shop, tmp_path):
    """The server dies mid-answer: a chunked body closed (a FIN, no reset) before its terminating
    chunk, after the JSON-LD with a new price was sent. The page did not arrive whole: named, run
    partial, nothing delisted, and the half page's price not stored as the shop's."""
    workspace = first_crawl_whole(shop, tmp_path)
    half = ld_page("Product 2", "0.99", "P-2").encode()
    shop.routes["/p/2.html"] = lambda q: (200, {"Transfer-Encoding": "chunked"}, iter([half, b"<div>" * 100, CLOSE]))
    summary = crawl(workspace)
    assert summary["status"] == "partial", summary
    assert f"{shop.url}/p/2.html" in errors_text(summary), summary
    assert nothing_delisted(workspace)
    # (corrected at the first reading) compared as an amount: the column keeps four places ("2.5000")
    assert observed(workspace)["P-2"][0] == Decimal("2.50"), observed(workspace)


def test_s74_a_206_partial_content_nobody_asked_for_on_a_known_page_delists_nothing(shop, tmp_path):
    """A cache answering `206 Partial Content` with the first 200 bytes of a product page to a request
    that asked no range (S58's neighbour): a part of a page, not the page."""
    workspace = first_crawl_whole(shop, tmp_path)
    whole = ld_page("Product 2", "2.50", "P-2").encode()
    shop.routes["/p/2.html"] = lambda q: (206, {"Content-Range": f"bytes 0-199/{len(whole)}"}, whole[:200])
    summary = crawl(workspace)
    assert summary["status"] == "partial", summary
    assert f"{shop.url}/p/2.html" in errors_text(summary), summary
    assert nothing_delisted(workspace)


# --- S72: robots.txt speaking to storecheck by name ---------------------------------------------------------------


def test_s72_robots_txt_forbidding_storecheck_by_name_is_obeyed_though_it_allows_everyone_else(shop, tmp_path):
    """A shop that lets every crawler in but storecheck: `User-agent: *` allows all, a group for
    `storecheck` (the product token of its user agent) forbids the product pages. RFC 9309: the most
    specific group that matches is the one obeyed."""
    serve_products(shop, 3)
    shop.routes["/robots.txt"] = html("User-agent: *\nAllow: /\n\nUser-agent: storecheck\nDisallow: /p/\n", **TEXT)
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    assert not [p for p in shop.hits if p.startswith("/p/")], shop.hits
    assert summary["status"] != "finished", summary
    assert "robots.txt" in errors_text(summary), summary


# --- S73: one page, written seven ways ---------------------------------------------------------------------------


def test_s73_one_product_page_linked_seven_ways_is_one_product_read_once(shop, tmp_path):
    """Links a CMS, a template and a mail campaign each wrote their own way, all to one page of a
    product without a sku (known by its address): dot segments, a percent-encoded digit, an empty
    query, a fragment, an upper-case scheme. One product, its page asked once or twice."""
    for n in range(1, 4):
        shop.routes[f"/p/{n}.html"] = html(unkeyed_page(f"Product {n}", f"{n}.50"))
    shop.routes["/p/%31.html"] = shop.routes["/p/1.html"]  # a server decodes %31 to "1": the same page
    ways = ["/p/1.html", "/p/./1.html", "/p/%31.html", "/x/../p/1.html", "/p/1.html?", "/p/1.html#reviews",
            f"HTTP://127.0.0.1:{shop.port}/p/1.html"]
    links = "".join(f'<a href="{way}">Product 1</a> ' for way in ways)
    shop.routes["/"] = html(f'<html><body>{links}<a href="/p/2.html">2</a> <a href="/p/3.html">3</a></body></html>')
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    names = stored(workspace)
    assert sorted(names.values()) == ["Product 1", "Product 2", "Product 3"], (names, summary)
    asked = [p for p in shop.hits if p.split("?")[0] in ("/p/1.html", "/p/%31.html")]
    assert len(asked) <= 2, asked


# --- S75: a redirect said in a header Scrapy does not follow -----------------------------------------------------


def test_s75_a_refresh_header_to_another_host_on_a_known_page_delists_nothing(shop, tmp_path):
    """`Refresh: 0; url=...` as an HTTP header (browsers follow it as they follow the meta tag, S56)
    to another host, on a known product page, with a body saying "Moved" (second crawl)."""
    workspace = first_crawl_whole(shop, tmp_path)
    shop.routes["/elsewhere/2.html"] = html(ld_page("Elsewhere", "9.00", "E-2"))
    shop.routes["/p/2.html"] = lambda q: (200, {"Refresh": f"0; url=http://localhost:{shop.port}/elsewhere/2.html"},
                                          b"<html><body>Moved</body></html>")
    summary = crawl(workspace)
    assert shop.paths("localhost") == [], shop.paths("localhost")
    assert "E-2" not in stored(workspace)
    assert summary["status"] == "partial", summary
    assert f"{shop.url}/p/2.html" in errors_text(summary), summary
    assert nothing_delisted(workspace)
