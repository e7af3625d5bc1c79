"""Hostile shops set aside (bench/history/crawl.md, "hostile15: hostile inputs set aside, fifteenth
batch (issue 9)", cases S118-S121). Each shop is served on 127.0.0.1 by `shared_fixtures.ScriptedShop`
and read by a real `storecheck crawl`, whose `scrapy crawl` process's peak memory is read in a driver
process of its own. The earlier batches cover their neighbours (tests/test_hostile14_shops.py back to
test_hostile2_shops.py, test_hostile_shops.py, test_faults_crawl.py, test_tester_shops.py).

Written, with what a serious tool should do, before storecheck read any of it; the first reading
makes each exact (a strict expected failure where storecheck failed). Every shop whose second crawl
could lose a page holds six products, so the loss stays above the run's health floor
(`min_items_ratio` 0.7) and `delisted` (read with the floor at 0) shows a page lost without a word."""

from __future__ import annotations

import json

from test_hostile2_shops import PEAK_MB, crawl, delisted, errors_text, html, ld_page, new_workspace, nothing_delisted, stored
from test_hostile3_shops import first_crawl_whole


def last_run_health(workspace) -> list[str]:
    """The latest crawl run's health sentences (what `crawl` prints under the run, and Data health shows)."""
    from sqlalchemy import select

    from storecheck import db

    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(db.crawl_runs.c.health).order_by(db.crawl_runs.c.id.desc()).limit(1)).scalar() or [])
    finally:
        engine.dispose()


def _page_without_sku(name: str, price: str) -> str:
    data = {"@context": "https://schema.org", "@type": "Product", "name": name,
            "offers": {"@type": "Offer", "price": price, "priceCurrency": "EUR", "availability": "https://schema.org/InStock"}}
    return (f'<!doctype html><html><head><title>{name}</title></head><body><h1>{name}</h1>'
            f'<script type="application/ld+json">{json.dumps(data)}</script></body></html>')


# --- S118: ASP.NET's cookieless session, in the path ------------------------------------------------------------


def test_s118_a_session_id_in_the_path_that_changes_between_crawls_delists_nothing(shop, tmp_path):
    """An old ASP.NET shop with cookieless sessions writes the session into every link's path:
    `/(S(lit3py55t21z5v55vlm25s55))/p/1.html`. Each visit gets a new one. Its product pages state
    no sku, so a product is known by its URL; a URL without a session is answered by a redirect to
    one with a new session, as ASP.NET does. On the second crawl every link carries another session:
    the same six products, at URLs that differ only by the session. Six products stored, none
    delisted, none "new"; never six gone and six new each crawl.

    First reading: both crawls finished, six products, nothing delisted (`urls.canonical_url` takes the
    session out of the path; its redirect back to a session URL is followed). Kept. As first written the
    shop answered 404 to a URL without a session, which no ASP.NET shop does: the first crawl failed on
    the six 404s, a fault of the test's shop."""
    def serve(session: str) -> None:
        links = "".join(f'<a href="/(S({session}))/p/{n}.html">Product {n}</a> ' for n in range(1, 7))
        shop.routes["/"] = html(f"<html><body><h1>Shop</h1>{links}</body></html>")
        for n in range(1, 7):
            shop.routes[f"/(S({session}))/p/{n}.html"] = html(_page_without_sku(f"Product {n}", f"{n}.50"))
            # As ASP.NET answers a URL without a session: a new session, by redirect.
            shop.routes[f"/p/{n}.html"] = (lambda n: lambda q: (302, {"Location": f"/(S({session}))/p/{n}.html"}, b""))(n)

    serve("lit3py55t21z5v55vlm25s55")
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    first = crawl(workspace)
    assert first["status"] == "finished" and len(stored(workspace)) == 6, first
    serve("a2b4c6d8e0f1a3b5c7d9e1f3")
    summary = crawl(workspace)
    assert len(stored(workspace)) == 6, (sorted(stored(workspace)), summary)
    assert nothing_delisted(workspace), delisted(workspace)
    assert summary["peak_mb"] < PEAK_MB, summary


# --- S119: a login wall answering 200 ---------------------------------------------------------------------------


LOGIN_PAGE = ('<!doctype html><html><head><title>Sign in</title></head><body><h1>Sign in to see prices</h1>'
              '<form method="post" action="/account/login"><input name="email"><input type="password" name="password">'
              '<button>Sign in</button></form><a href="/">Home</a></body></html>')


def test_s119_a_login_wall_answering_200_on_every_product_page_delists_nothing(shop, tmp_path):
    """A B2B shop that began hiding its range behind sign-in between two crawls: every product URL
    answers 302 to `/account/login?ReturnUrl=/p/N.html`, which answers **200** with a sign-in form
    (no product, no error status). Nothing delisted; the run partial or failed, the pages (or the
    sign-in) named; never finished with six products gone.

    First reading: failed, `no_product_on_page` 6, "no product found on …/account/login?ReturnUrl=%2Fp%2F5.html
    (from …/p/5.html)" (and the others), nothing delisted, peak 119 MB. Kept."""
    workspace = first_crawl_whole(shop, tmp_path, count=6)
    for n in range(1, 7):
        shop.routes[f"/p/{n}.html"] = (lambda n: lambda q: (302, {"Location": f"/account/login?ReturnUrl=%2Fp%2F{n}.html"}, b""))(n)
    shop.routes["/account/login"] = html(LOGIN_PAGE)
    summary = crawl(workspace)
    assert summary["status"] in ("partial", "failed"), summary
    assert nothing_delisted(workspace), delisted(workspace)
    said = errors_text(summary)
    assert "/p/" in said or "login" in said.lower() or "sign" in said.lower() or "no product" in said, summary


# --- S120 (hostile14's leftover): a shop pricing by the visitor's country --------------------------------------


def test_s120_a_whole_range_read_in_another_currency_is_said_for_the_run(shop, tmp_path):
    """A shop that prices by the visitor's country (a CDN's geolocation, a currency switcher keyed on
    the address): on the second crawl, from another address, every page states USD, where Rival
    prices in EUR. Stored as USD (each page says so), but the run says it read the whole range in
    another currency than the competitor's, naming both; never a finished run without a word, after
    which every comparison with our EUR prices is gone.

    First reading: finished, six items, `errors` [], nothing delisted: the six stored in USD without a
    word for the run (each page's "the page prices in USD" is logged only where the competitor's currency
    is set). Mended (`pipelines.currency_moves` over `db.run_currency_changes`, among the run's health
    sentences): "6 of 6 products read in USD where their last price was in EUR: a shop pricing by the
    visitor's country or address, or another storefront? Their changes compare no amounts across
    currencies"."""
    workspace = first_crawl_whole(shop, tmp_path, count=6)
    for n in range(1, 7):
        shop.routes[f"/p/{n}.html"] = html(ld_page(f"Product {n}", f"{n}.90", f"P-{n}").replace('"EUR"', '"USD"'))
    summary = crawl(workspace)
    assert nothing_delisted(workspace), delisted(workspace)
    said = json.dumps([summary, last_run_health(workspace)])
    assert "USD" in said and "EUR" in said, said
    assert "6 of 6 products read in USD where their last price was in EUR" in said, said


# --- S121: a robots.txt saved with a byte order mark -----------------------------------------------------------


def test_s121_a_robots_txt_starting_with_a_byte_order_mark_is_obeyed(shop, tmp_path):
    """A robots.txt written in Windows Notepad (before 2019) or another editor that starts UTF-8 files
    with a byte order mark: `\\ufeffUser-agent: *` then `Disallow: /p/2.html`. The first line's name is
    not "User-agent" to a parser that keeps the mark, and the whole group is dropped: the shop's
    rules ignored. Obeyed: `/p/2.html` never asked.

    First reading: finished, 2 items, `robots_txt` 1, `/p/2.html` never asked. Kept."""
    from test_hostile2_shops import serve_products

    serve_products(shop, 3)
    body = "\ufeffUser-agent: *\nDisallow: /p/2.html\n".encode()
    shop.routes["/robots.txt"] = lambda q: (200, {"Content-Type": "text/plain"}, body)
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    assert "/p/2.html" not in shop.hits, (shop.hits, summary)
    # Obeyed, and only that: the rest of the shop read (a mark that made the rules unreadable, or read
    # as `Disallow: /`, would also leave /p/2.html unasked; review R2 of the thirty-first session).
    assert summary["status"] == "finished" and summary["items"] == 2, summary
    assert "/p/1.html" in shop.hits and "/p/3.html" in shop.hits, shop.hits


def test_s120_the_runs_currency_changes_read_alike_on_sqlite_and_postgresql(engine):
    """S120's query (`db.run_currency_changes`) on both databases: two products stored in EUR, then one
    read in USD and one unchanged by a second run; a product with no price before or now is no change."""
    from decimal import Decimal

    from storecheck import db
    from storecheck.config import Competitor
    from storecheck.models import Offer

    with engine.begin() as conn:
        rival = db.sync_competitors(conn, [Competitor(name="Rival", url="https://rival.example/")])["Rival"]
        first = db.start_crawl_run(conn, rival)
        db.store_offers(conn, rival, [Offer(key=k, name=k, price=Decimal("2.50"), currency="EUR") for k in ("A", "B")]
                        + [Offer(key="C", name="C", price=None, currency="EUR")], source="crawl", crawl_run_id=first)
        db.finish_crawl_run(conn, first, status="finished")
        second = db.start_crawl_run(conn, rival)
        db.store_offers(conn, rival, [Offer(key="A", name="A", price=Decimal("2.90"), currency="USD"),
                                      Offer(key="B", name="B", price=Decimal("2.50"), currency="EUR"),
                                      Offer(key="C", name="C", price=Decimal("3.00"), currency="USD")],
                        source="crawl", crawl_run_id=second)
        assert db.run_currency_changes(conn, second) == [("EUR", "USD", 1)]
        assert db.run_currency_changes(conn, first) == []
