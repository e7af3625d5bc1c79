"""Hostile shops set aside (bench/history/crawl.md, "hostile12: hostile inputs set aside, twelfth
batch (twenty-eighth session)", cases S102-S108): each served on 127.0.0.1 by
`shared_fixtures.ScriptedShop` and read by a real `storecheck crawl`, whose `scrapy crawl`
process's peak memory is read in a driver process of its own; S108's scrapyd node is a small
server on 127.0.0.1 that goes away once it has taken the job. The earlier batches cover their
neighbours (tests/test_hostile11_shops.py back to test_hostile2_shops.py, test_hostile_shops.py,
test_faults_crawl.py, test_tester_shops.py, test_crawl_orchestration.py).

Written, with what a serious tool should do, before storecheck read any of it: where I expected
storecheck to fail, or did not know, the test is a non-strict expected failure as committed (a
strict one the first reading went against leaves main red); the first reading makes each exact.

Every shop whose second crawl loses a page holds six products, so the loss stays above the run's
health floor (`min_items_ratio` 0.7) and `delisted` (read with the floor at 0) shows a page lost
without a word."""

from __future__ import annotations

import json
import threading
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from storecheck import db
from test_hostile2_shops import PEAK_MB, crawl, delisted, errors_text, html, new_workspace, nothing_delisted, serve_products, stored
from test_hostile3_shops import assert_lost_page_named_and_nothing_delisted, first_crawl_whole
from test_hostile4_shops import prices
from test_hostile5_shops import TEXT
from test_hostile6_shops import urlset

XML = {"Content-Type": "application/xml"}


def sitemap_shop(shop, tmp_path, count: int = 6):
    """A shop of `count` products listed only in its sitemap (named in robots.txt; the home page
    links none), as `sitemap` platform shops are; the sitemap's body is `body["now"]`, read anew on
    every answer."""
    serve_products(shop, count)
    shop.routes["/"] = html("<html><body><h1>Shop</h1></body></html>")
    shop.routes["/robots.txt"] = html(f"User-agent: *\nAllow: /\nSitemap: {shop.url}/sitemap.xml\n", **TEXT)
    body = {"now": urlset([f"{shop.url}/p/{n}.html" for n in range(1, count + 1)]).encode()}
    shop.routes["/sitemap.xml"] = lambda q: (200, XML, body["now"])
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="sitemap", download_delay=0)
    return workspace, body


def latest_currencies(workspace) -> dict[str, str | None]:
    """Stored products: key -> the currency of its latest observation."""
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            products = conn.execute(select(db.competitor_products.c.id, db.competitor_products.c.key)).all()
            latest = db.latest_observations(conn, [p.id for p in products])
            return {p.key: (latest[p.id].currency if p.id in latest else None) for p in products}
    finally:
        engine.dispose()


# --- S102, S103: a product page that is a PDF or an image -----------------------------------------------------------


def _pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n" + b"\x00\xff" * 2000)


def _jpeg() -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 40 + b"\xff\xd9"


@pytest.mark.parametrize("case, content_type, body", [("S102", "application/pdf", _pdf()),
                                                      ("S103", "image/jpeg", _jpeg())], ids=["S102-pdf", "S103-jpeg"])
def test_s102_s103_a_known_product_page_answered_as_a_pdf_or_an_image_is_named_and_delists_nothing(
        shop, tmp_path, case, content_type, body):
    """S67's PNG sent as `text/html` and S34's page sent as `application/octet-stream`, with the type
    told truly: on the second crawl product 2's page answers 200 with a PDF (`application/pdf`, the
    shop's "product sheet" put in the page's place) or a JPEG (`image/jpeg`, a CDN answering the
    product's photo for its page). Either is no product page, and the product is not gone: the page
    named with what it was, the run partial, nothing delisted, the five others read.

    First reading: partial, `no_product_on_page` 1, nothing delisted, the five read; but the page named
    only as "no product found on …/p/2.html", as a product page whose markup changed is: the user is
    not told the shop sent a PDF (or an image) in its place. Made exact: the type sent is named.

    Mended (`crawlers/completeness._what_was_sent`): "no product found on …/p/2.html: the shop sent
    application/pdf (4,125 bytes), not a web page"."""
    workspace = first_crawl_whole(shop, tmp_path, count=6)
    shop.routes["/p/2.html"] = lambda q: (200, {"Content-Type": content_type}, body)
    summary = crawl(workspace)
    assert_lost_page_named_and_nothing_delisted(summary, shop, workspace)
    assert summary["items"] == 5, summary
    assert content_type in errors_text(summary), summary


# --- S104: a sitemap answered 200 with nothing in it ---------------------------------------------------------------


def test_s104_a_sitemap_answered_200_empty_on_the_second_crawl_delists_nothing(shop, tmp_path):
    """S26's and S27's empty answers (product pages, the start page), on the one page a sitemap shop
    is read from: on the second crawl `/sitemap.xml` answers 200 with an empty body (a cache that
    stored a failed render). The six products are still on the shop. Nothing delisted; the run
    partial or failed, the sitemap named.

    First reading: failed, "not a sitemap: …/sitemap.xml", nothing delisted (the message could say
    it was empty). Now asked and said: "not a sitemap: …/sitemap.xml (an empty answer)"."""
    workspace, body = sitemap_shop(shop, tmp_path)
    first = crawl(workspace)
    assert first["status"] == "finished" and len(stored(workspace)) == 6, first
    body["now"] = b""
    summary = crawl(workspace)
    assert summary["status"] in ("partial", "failed"), summary
    assert f"{shop.url}/sitemap.xml (an empty answer)" in errors_text(summary), summary
    assert nothing_delisted(workspace)


# --- S105: a sitemap listing itself among its products, on every crawl -------------------------------------------------


def test_s105_a_sitemap_listing_itself_among_its_products_lets_a_gone_product_be_delisted(shop, tmp_path):
    """S13's index that lists itself, one level down: a product sitemap (a `urlset`) whose first
    `<loc>` is its own URL, beside the six products, on every crawl (a plugin listing every URL of
    the site, its sitemap's too). Read once, it holds no product, and its page is no product page
    lost. On the second crawl product 6 is truly gone (unlisted, its page 404): both runs finished,
    P-6 delisted, the five kept. Counted as a product page that held none, every run would be partial
    and nothing ever delisted (S92's and S96's "partial forever").

    First reading: both finished (six, then five), P-6 delisted: the sitemap's own URL is read as a
    sitemap, not counted as a product page."""
    workspace, body = sitemap_shop(shop, tmp_path)
    own = f"{shop.url}/sitemap.xml"
    body["now"] = urlset([own] + [f"{shop.url}/p/{n}.html" for n in range(1, 7)]).encode()
    first = crawl(workspace)
    assert first["status"] == "finished" and len(stored(workspace)) == 6, first
    body["now"] = urlset([own] + [f"{shop.url}/p/{n}.html" for n in range(1, 6)]).encode()
    del shop.routes["/p/6.html"]
    summary = crawl(workspace)
    assert summary["status"] == "finished", summary
    assert set(delisted(workspace)) == {"P-6"}, (delisted(workspace), summary)
    assert shop.hits.count("/sitemap.xml") <= 4, shop.hits


# --- S106: a sitemap that moves the products to another host ------------------------------------------------------


def test_s106_a_sitemap_listing_the_products_on_another_host_asks_nothing_there_and_delists_nothing(shop, tmp_path):
    """S54's sitemap naming a page on another host beside the shop's, all of them at once: on the
    second crawl the shop's own sitemap lists its six products only under another host
    (`localhost:PORT`, a CDN or a new domain the shop is moving to; 127.0.0.1's other name here).
    Nothing is asked of the other host (it is not the competitor's shop as configured); the products
    were not seen gone, only not read: nothing delisted, the run partial or failed, the sitemap's
    entries on another host named.

    First reading: nothing asked of the other host, the run failed, nothing delisted; but the error
    says "no product found on the 3 page(s) read; `storecheck extract URL --explain` … (per-competitor
    selectors or product URL patterns may help)": the sitemap's six entries on another host are left
    out without a word, and the user is sent to selectors.

    Mended (`crawlers/spiders/shop/sitemaps._name_other_hosts`): the run also says "sitemap
    …/sitemap.xml lists 6 product URL(s) on another host (localhost:…); not read: a crawl reads only
    127.0.0.1, the host of the competitor's URL" (a remark, not counted: S54's page on another host
    is no page of the shop lost)."""
    workspace, body = sitemap_shop(shop, tmp_path)
    first = crawl(workspace)
    assert first["status"] == "finished" and len(stored(workspace)) == 6, first
    other = shop.url.replace("127.0.0.1", "localhost")
    body["now"] = urlset([f"{other}/p/{n}.html" for n in range(1, 7)]).encode()
    before = len(shop.host_hits)
    summary = crawl(workspace)
    asked_elsewhere = [hit for hit in shop.host_hits[before:] if hit[0].startswith("localhost")]
    assert asked_elsewhere == [], asked_elsewhere
    assert summary["status"] in ("partial", "failed"), summary
    assert "localhost" in errors_text(summary), summary
    assert nothing_delisted(workspace)


# --- S107: a known product priced in a currency the shop never uses ---------------------------------------------------


def test_s107_a_known_product_priced_in_a_currency_the_shop_never_uses_is_never_stored_as_the_shops(shop, tmp_path):
    """S45's USD page in a EUR shop, on a product already known and in a currency far from the
    shop's: on the second crawl product 2's JSON-LD says `"price": "250", "priceCurrency": "JPY"`
    (a theme's currency switcher left on yen). A real code, a real amount, not the shop's currency.
    Stored as JPY 250 (the price history then changes currency, which no figure may read as a move
    from 2.50 to 250), or not stored with the page named; never EUR 250. Nothing delisted; the five
    others at their prices.

    First reading: finished, six read, P-2 stored as JPY 250 (the currency the page states), nothing
    delisted. Made exact: JPY 250."""
    workspace = first_crawl_whole(shop, tmp_path, count=6)
    data = {"@context": "https://schema.org", "@type": "Product", "name": "Product 2", "sku": "P-2",
            "offers": {"@type": "Offer", "price": "250", "priceCurrency": "JPY", "availability": "https://schema.org/InStock"}}
    shop.routes["/p/2.html"] = html(f'<html><body><h1>Product 2</h1><script type="application/ld+json">{json.dumps(data)}'
                                    "</script></body></html>")
    summary = crawl(workspace)
    found, currencies = prices(workspace), latest_currencies(workspace)
    assert {k: v for k, v in found.items() if k != "P-2"} == {f"P-{n}": Decimal(f"{n}.50") for n in (1, 3, 4, 5, 6)}, found
    assert (found["P-2"], currencies["P-2"]) == (Decimal("250"), "JPY"), (found, currencies)
    assert nothing_delisted(workspace)
    assert summary["peak_mb"] < PEAK_MB


# --- S108: a scrapyd node that goes away once it has taken the job -------------------------------------------------


def test_s108_a_scrapyd_node_gone_mid_run_is_named_not_waited_for_as_still_running(tmp_path):
    """`run --scrapyd`'s node answers `schedule.json` (the job taken), then goes away: the machine
    rebooted, its port now refuses every connection. Nothing the node does can be known any more.
    The run ends with the competitor's crawl failed and the node named as no longer answering (the
    reason the connection gave); not "still running on NODE after N s", which tells the user to
    wait for a crawl no one runs. No traceback; no crawl run recorded, so nothing delisted.

    First reading: failed, "still running on http://127.0.0.1:… after 12 s": each poll's refused
    connection is passed over (a node that blinks is asked again) and the last one's reason never
    said.

    Mended (`scrapyd.wait` keeps the error of a node whose polls fail): "http://127.0.0.1:… no longer
    answers (<urlopen error [Errno 111] Connection refused>) since it took job job-1; whether its crawl
    ended is unknown (waited 12 s)"."""
    from storecheck.cli import init_workspace
    from storecheck.scrapyd import crawl_on_nodes

    taken = threading.Event()

    class Node(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _answer(self):
            if "schedule.json" in self.path:
                answer = {"status": "ok", "jobid": "job-1"}
                taken.set()
            else:
                answer = {"status": "ok", "pending": [], "running": [{"id": "job-1"}], "finished": []}
            raw = json.dumps(answer).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        do_GET = do_POST = _answer

    server = ThreadingHTTPServer(("127.0.0.1", 0), Node)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    node = f"http://127.0.0.1:{server.server_address[1]}"

    def go_away():
        taken.wait(30)
        server.shutdown()
        server.server_close()

    threading.Thread(target=go_away, daemon=True).start()
    workspace = init_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", "http://127.0.0.1:9/", download_delay=0)
    summaries = crawl_on_nodes(workspace, [node], timeout=12)
    assert len(summaries) == 1 and summaries[0]["status"] == "failed", summaries
    said = " | ".join(summaries[0]["errors"])
    assert "still running" not in said, said
    assert node in said and ("refused" in said.lower() or "no longer answer" in said.lower()), said



# --- hostile11's leftover: a crawl killed between forgetting the first price and storing the lower ----------------

_KILLABLE_DRIVER = """
import json, sys
from storecheck.crawl import run_crawl
run_crawl(sys.argv[1], "Rival", extra_settings=json.loads(sys.argv[2]), timeout=300)
"""


def test_s57e_a_crawl_killed_between_forgetting_the_first_price_and_storing_the_lower_loses_no_stored_offer(shop, tmp_path):
    """(hostile11's leftover: `StorePipeline._replace` had no test of a crash between its delete and its
    store) S57d's product read at 1.50, then at 1.20 on a sale page after the 1.50 was written (a store
    batch of two, one request at a time): the lower takes the place of the run's own observation of
    the first. Here the crawl process is killed (SIGKILL, its whole process group: the machine
    going down) while the page after the sale page is being answered, with the lower waiting in the
    store batch. A killed crawl stores less than a whole one, but never loses what it had stored: P-1
    keeps a price of this run (the 1.50 written, or the 1.20), never none.

    Before the mend (the delete committed on its own, the lower stored with the next batch): P-1's
    only observation deleted, the product stored with no price at all. Mended: the delete is made in
    the transaction that stores the lower (`StorePipeline._store`), so P-1 keeps its 1.50."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    from test_hostile2_shops import ld_page
    from test_hostile6_shops import price_history

    serve_products(shop, 3)
    # Scrapy's scheduler is last-in first-out: read /p/1, /p/2 (the batch of two written), /sale/1 (the
    # lower: the run's 1.50 forgotten, 1.20 waiting in the batch), then /p/3, which is held.
    shop.routes["/"] = html('<html><body><a href="/p/3.html">3</a> <a href="/sale/1.html">1 on sale</a> '
                            '<a href="/p/2.html">2</a> <a href="/p/1.html">1</a></body></html>')
    shop.routes["/sale/1.html"] = html(ld_page("Product 1", "1.20", "P-1"))
    reached, release = threading.Event(), threading.Event()

    def held(q):
        reached.set()
        release.wait(60)
        return 200, {}, ld_page("Product 3", "3.50", "P-3").encode()

    shop.routes["/p/3.html"] = held
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(__file__).parents[1]), env.get("PYTHONPATH", "")) if p)
    settings = {"STORECHECK_STORE_BATCH": 2, "CONCURRENT_REQUESTS": 1, "DOWNLOAD_TIMEOUT": 60, "RETRY_TIMES": 0}
    process = subprocess.Popen([sys.executable, "-c", _KILLABLE_DRIVER, str(workspace.path), json.dumps(settings)],
                               env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert reached.wait(120), shop.hits
        time.sleep(1.0)  # the sale page's offer has gone through the pipelines before /p/3 is asked
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(30)
    finally:
        release.set()
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    order = [hit for hit in shop.hits if hit.startswith(("/p/", "/sale/"))]
    assert order == ["/p/1.html", "/p/2.html", "/sale/1.html", "/p/3.html"], order
    assert price_history(workspace, "P-2") == [Decimal("2.50")], price_history(workspace, "P-2")
    assert price_history(workspace, "P-1") in ([Decimal("1.50")], [Decimal("1.20")]), price_history(workspace, "P-1")
