"""Crawl faults, each reproduced for real: shops served on 127.0.0.1 by the test, real
`scrapy crawl` subprocesses, SQLite and a real PostgreSQL server.

A bad product never costs the others of its save batch; amounts beyond the money columns are
dropped and counted; pages that end in a loop, an empty body or no product count against the
run, so nothing is taken for delisted.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from storecheck import db
from storecheck.config import CONFIG_TEMPLATE, Competitor, Workspace
from storecheck.crawl import run_crawl
from storecheck.models import Offer
from shared_fixtures import Route, ScriptedShop, drop_schema  # noqa: F401 (drop_schema: imported from here by other tests)

FAST = {"DOWNLOAD_TIMEOUT": 5, "RETRY_TIMES": 0}
def as_json(data: object, headers: dict | None = None) -> tuple[int, dict, bytes]:
    return 200, {"Content-Type": "application/json", **(headers or {})}, json.dumps(data).encode()


def new_workspace(path: Path) -> Workspace:
    path.mkdir(parents=True, exist_ok=True)
    (path / "storecheck.toml").write_text(CONFIG_TEMPLATE.format(shop_name="T", currency="EUR"), encoding="utf-8")
    return Workspace(path)


def stored(workspace: Workspace) -> dict[str, Decimal | None]:
    """Stored products by name, with the price of their newest observation."""
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            products = conn.execute(select(db.competitor_products.c.id, db.competitor_products.c.name)).all()
            latest = db.latest_observations(conn, [p.id for p in products])
            return {p.name: (latest[p.id].price if p.id in latest else None) for p in products}
    finally:
        engine.dispose()


# --- item 3: one bad product never costs its batch -------------------------------------------


def test_the_database_refusing_one_offer_keeps_the_rest_of_the_batch(engine):
    """Offers that passed no validation (as an older version or another program would write
    them): an EAN as the price, a NUL in the name. PostgreSQL refuses both, SQLite the price."""
    good = [Offer(key=f"g{i}", name=f"Good {i}", price=Decimal("1.50"), currency="EUR") for i in range(3)]
    ean = Offer.model_construct(**{**Offer(key="ean", name="EAN price").__dict__, "price": Decimal("4006381333931")})
    nul = Offer.model_construct(**{**Offer(key="nul", name="x").__dict__, "name": "Mug\x00 Blue", "price": Decimal("2")})
    with engine.begin() as conn:
        cid = db.sync_competitors(conn, [Competitor(name="Rival", url="http://127.0.0.1/")])["Rival"]
        counts, refused = db.store_offers_each(conn, cid, [good[0], ean, good[1], nul, good[2]], source="crawl")
    with engine.connect() as conn:
        keys = set(conn.execute(select(db.competitor_products.c.key)).scalars())
    assert {"g0", "g1", "g2"} <= keys and "ean" not in keys
    assert "ean" in {offer.key for offer, _ in refused}
    assert all(why for _, why in refused)
    assert counts["new_products"] == len(keys)
    if engine.dialect.name == "postgresql":
        assert "nul" not in keys and {offer.key for offer, _ in refused} == {"ean", "nul"}


def shopify_products(variants: list[dict]) -> dict:
    return {"products": [
        {"id": i + 1, "handle": f"p{i + 1}", "title": v.pop("product_title", f"Product {i + 1}"), "vendor": "Acme",
         "variants": [{"id": 100 + i, "title": "Default Title", "available": True, **v}]}
        for i, v in enumerate(variants)
    ]}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_shopify_crawl_keeps_the_good_products_beside_a_huge_price_and_a_nul(shop, tmp_path, request, monkeypatch, backend):
    variants = [
        {"price": "4.99", "product_title": "Plain Mug"},
        {"price": "4006381333931", "product_title": "EAN as price"},
        {"price": "1e30", "product_title": "Absurd"},
        {"price": "7.50", "product_title": "Blue\x00 Bowl"},
        {"price": "12345678901.00", "product_title": "Eleven digits"},
    ]
    shop.routes["/products.json"] = lambda q: as_json(shopify_products([dict(v) for v in variants]) if q.get("page") == "1" else {"products": []})
    url = request.getfixturevalue("postgres_url") if backend == "postgresql" else None
    if url:
        monkeypatch.setenv("STORECHECK_DATABASE_URL", url)  # the crawl process inherits it
    workspace = new_workspace(tmp_path / "ws")
    try:
        workspace.add_competitor("Rival", shop.url + "/", platform="shopify", currency="EUR", download_delay=0)
        summary = run_crawl(Workspace(workspace.path), "Rival", extra_settings=FAST, timeout=120)
        assert stored(workspace) == {"Plain Mug": Decimal("4.99"), "Blue Bowl": Decimal("7.50")}
        assert summary["status"] == "partial", summary  # products were lost: none may look delisted
        assert summary["dropped"].get("invalid_price") == 3, summary["dropped"]
    finally:
        if url:
            drop_schema(url)


# --- item 1: pages that end without a product count against the run ---------------------------


def product_page(n: int) -> bytes:
    data = {"@context": "https://schema.org", "@type": "Product", "name": f"Product {n}", "sku": f"P-{n}",
            "offers": {"@type": "Offer", "price": f"{n}.50", "priceCurrency": "EUR", "availability": "https://schema.org/InStock"}}
    return (f'<!doctype html><html><head><title>Product {n}</title><script type="application/ld+json">{json.dumps(data)}'
            f"</script></head><body><h1>Product {n}</h1></body></html>").encode()


def page(status: int, body: bytes = b"", **headers: str) -> Route:
    return lambda query: (status, headers, body)


def serve_slow_products(shop: ScriptedShop, count: int, seconds: float) -> None:
    """A home page linking /p/1 .. /p/COUNT, each product page answered after `seconds`."""
    import time

    def slow_product(n: int) -> Route:
        def serve(query):
            time.sleep(seconds)
            return 200, {}, product_page(n)
        return serve

    links = "".join(f'<a href="/p/{n}">Product {n}</a> ' for n in range(1, count + 1))
    shop.routes["/"] = page(200, f"<html><body>{links}</body></html>".encode())
    for n in range(1, count + 1):
        shop.routes[f"/p/{n}"] = slow_product(n)


@pytest.mark.parametrize("platform", ["html", "sitemap"])
def test_loops_empty_pages_and_missing_products_make_the_run_partial_and_nothing_delisted(shop, tmp_path, platform):
    """An HTML shop whose product pages break on the second crawl: /p/3 redirects in a loop
    (/p/3 -> /loop/3a <-> /loop/3b), /p/4 answers 200 with an empty body, /p/5 a page with no
    product. All three are still linked (and listed in the sitemap)."""
    from storecheck.analysis import changes, run_history, unseen_products

    products = range(1, 7)
    links = "".join(f'<a href="/p/{n}">Product {n}</a> ' for n in products)
    shop.routes["/"] = page(200, f"<html><body><h1>Shop</h1>{links}</body></html>".encode())
    shop.routes["/robots.txt"] = page(404)
    locs = "".join(f"<url><loc>{shop.url}/p/{n}</loc></url>" for n in products)
    shop.routes["/sitemap.xml"] = page(200, f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'.encode(),
                                       **{"Content-Type": "application/xml"})
    shop.routes["/sitemap-products.xml"] = shop.routes["/sitemap.xml"]
    for n in products:
        shop.routes[f"/p/{n}"] = page(200, product_page(n))
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform=platform, download_delay=0)
    first = run_crawl(workspace, "Rival", extra_settings=FAST, timeout=120)
    assert first["status"] == "finished" and first["items"] == 6, first

    shop.routes["/p/3"] = page(302, Location="/loop/3a")
    shop.routes["/loop/3a"] = page(302, Location="/loop/3b")
    shop.routes["/loop/3b"] = page(302, Location="/loop/3a")
    shop.routes["/p/4"] = page(200, b"")
    shop.routes["/p/5"] = page(200, b"<html><body><h1>Down for maintenance</h1></body></html>")
    second = run_crawl(workspace, "Rival", extra_settings=FAST, timeout=120)
    assert second["items"] == 3 and second["status"] == "partial", second
    assert {k: second["dropped"].get(k) for k in ("redirect_loop", "empty_page", "no_product_on_page")} == {
        "redirect_loop": 1, "empty_page": 1, "no_product_on_page": 1}, second["dropped"]
    errors = " | ".join(second["errors"])
    assert f"redirect loop {shop.url}/p/3" in errors and f"{shop.url}/p/4" in errors and f"{shop.url}/p/5" in errors

    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            cid = db.competitor_id(conn, "Rival")
            assert unseen_products(conn, cid) is None
            assert not [c for c in changes(conn, workspace.config, run_history(conn)) if c["kind"] == "delisted"]
    finally:
        engine.dispose()


def test_a_product_the_shop_no_longer_lists_is_delisted_by_a_complete_run(shop, tmp_path):
    """The accounting takes nothing away from a real delisting: a product gone from the
    sitemap is unseen by a complete run."""
    from storecheck.analysis import unseen_products

    def sitemap(*numbers: int) -> Route:
        locs = "".join(f"<url><loc>{shop.url}/p/{n}</loc></url>" for n in numbers)
        return page(200, f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'.encode(),
                    **{"Content-Type": "application/xml"})

    for n in range(1, 11):
        shop.routes[f"/p/{n}"] = page(200, product_page(n))
    shop.routes["/sitemap.xml"] = sitemap(*range(1, 11))
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="sitemap", download_delay=0)
    assert run_crawl(workspace, "Rival", extra_settings=FAST, timeout=120)["status"] == "finished"
    shop.routes["/sitemap.xml"] = sitemap(*range(1, 10))
    shop.routes["/p/10"] = page(404, b"gone")
    second = run_crawl(workspace, "Rival", extra_settings=FAST, timeout=120)
    assert second["status"] == "finished" and second["items"] == 9, second
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            assert unseen_products(conn, db.competitor_id(conn, "Rival")) == ["P-10"]
    finally:
        engine.dispose()


def test_a_product_url_pattern_that_is_no_regular_expression_is_refused_naming_the_key(tmp_path):
    from storecheck.config import ConfigError, load_config

    path = tmp_path / "storecheck.toml"
    path.write_text('[[competitors]]\nname = "A"\nurl = "https://a.example/"\nproduct_url_pattern = "(["\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"competitors\[0\] \('A'\)\.product_url_pattern: .*not a regular expression"):
        load_config(path)


# --- item 6: one crawl of a competitor at a time ---------------------------------------------


def test_two_crawls_of_one_competitor_started_at_once_crawl_it_once(shop, tmp_path):
    """Two real `storecheck crawl Rival` processes started together: one crawls, the other says
    a crawl is already running; each product page is read once."""
    import subprocess
    import sys

    serve_slow_products(shop, 8, seconds=0.3)
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0, concurrency=1)
    db.open_database(workspace.database_url).dispose()  # migrated once, as the CLI does before crawling
    command = [sys.executable, "-m", "storecheck", "crawl", "Rival", "--workspace", str(workspace.path)]
    env = {**os.environ, "COLUMNS": "250"}  # the summary's lines unwrapped
    crawls = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
              for _ in range(2)]
    outputs = [" ".join(crawl.communicate(timeout=180)[0].split()) for crawl in crawls]
    codes = sorted(crawl.returncode for crawl in crawls)
    assert codes == [0, 1], outputs
    assert sum("already running" in output for output in outputs) == 1, outputs[1] + outputs[0]
    product_hits = [hit for hit in shop.hits if hit.startswith("/p/")]
    assert sorted(product_hits) == [f"/p/{n}" for n in range(1, 9)]
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            runs = conn.execute(select(db.crawl_runs.c.status, db.crawl_runs.c["items"])).all()
    finally:
        engine.dispose()
    assert [tuple(run) for run in runs] == [("finished", 8)]


def test_the_crawl_lock_is_let_go_when_its_process_dies(tmp_path):
    import subprocess
    import sys

    from storecheck.crawl import AlreadyCrawling, take_crawl_lock

    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from storecheck.crawl import take_crawl_lock; "
        f"lock = take_crawl_lock({str(tmp_path)!r}, 'Rival'); print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(AlreadyCrawling, match=rf"a crawl of Rival is already running \(pid {holder.pid} on "):
            take_crawl_lock(tmp_path, "Rival")
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    take_crawl_lock(tmp_path, "Rival").close()  # a SIGKILL leaves no stale lock


# --- item 12: health after a failed crawl ----------------------------------------------------


def test_after_a_failed_crawl_health_dates_the_data_from_the_last_good_run_and_says_why(tmp_path):
    """A crawl that stored data, then one that met a closed port: the report's data health
    dates the data from the first, and both it and the crawl summary give the cause."""
    from click.testing import CliRunner

    from storecheck.analysis import report_context
    from storecheck.cli import cli

    workspace = new_workspace(tmp_path / "ws")
    with ScriptedShop() as shop:
        shop.routes["/"] = page(200, b'<html><body><a href="/p/1">One</a> <a href="/p/2">Two</a></body></html>')
        shop.routes["/p/1"], shop.routes["/p/2"] = page(200, product_page(1)), page(200, product_page(2))
        workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
        first = run_crawl(workspace, "Rival", extra_settings=FAST, timeout=120)
        assert first["status"] == "finished", first
    # The shop is gone: its port now refuses connections.
    result = CliRunner().invoke(cli, ["crawl", "Rival", "--workspace", str(workspace.path)])
    assert result.exit_code == 1
    assert "failed Rival" in result.output and "Connection refused" in result.output, result.output

    engine = db.open_database(workspace.database_url)
    try:
        [health] = report_context(engine, Workspace(workspace.path).config)["health"]
    finally:
        engine.dispose()
    assert health["status"] == "failed"
    assert health["data_from"] == first["finished_at"]
    assert health["coverage"] == 1.0  # of the data shown: the first run's two priced products
    assert health["warnings"][0].startswith("last crawl failed: ") and "Connection refused" in health["warnings"][0]


# --- item 8, crawl side: what a shop's headers and JSON cannot make the crawl do ------------------


def woo_product(n: int) -> dict:
    return {"id": n, "name": f"Product {n}", "sku": f"W-{n}", "permalink": f"/p/{n}", "is_in_stock": True,
            "prices": {"price": f"{n}99", "regular_price": f"{n}99", "currency_code": "EUR", "currency_minor_unit": 2}}


def test_a_woocommerce_total_pages_header_cannot_plan_more_pages_than_the_budget(shop, tmp_path):
    """`X-WP-TotalPages: 1000000000` once planned a billion requests (4 GB); the page budget caps it."""
    def products(query):
        number = int(query.get("page", "1"))
        data = [woo_product(number * 10 + i) for i in range(2)] if number <= 3 else []
        return as_json(data, {"X-WP-TotalPages": "1000000000", "X-WP-Total": "2000000000"})

    shop.routes["/wp-json/wc/store/v1/products"] = products
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="woocommerce", download_delay=0)
    summary = run_crawl(workspace, "Rival", extra_settings={**FAST, "CLOSESPIDER_PAGECOUNT": 25}, timeout=180)
    api_hits = [hit for hit in shop.hits if hit.startswith("/wp-json/")]
    assert len(api_hits) <= 25 + 4  # the budget, and the requests already in flight when it closed
    assert summary["items"] == 6 and summary["status"] == "partial", summary
    assert summary["dropped"]["pages_over_budget"] == 1_000_000_000 - 25
    assert any("X-WP-TotalPages says 1000000000 pages; reading at most 25" in e for e in summary["errors"])


def test_json_nested_200000_deep_is_a_clear_error_not_a_recursion_error(shop, tmp_path):
    deep = ("[" * 200_000 + "]" * 200_000).encode()

    def products(query):
        if query.get("page") == "2":
            return 200, {"Content-Type": "application/json", "X-WP-TotalPages": "2"}, deep
        return as_json([woo_product(1), woo_product(2)], {"X-WP-TotalPages": "2"})

    shop.routes["/wp-json/wc/store/v1/products"] = products
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="woocommerce", download_delay=0)
    summary = run_crawl(workspace, "Rival", extra_settings=FAST, timeout=120)
    assert summary["items"] == 2 and summary["status"] == "partial", summary
    assert [e for e in summary["errors"] if "nested too deeply to read" in e and "page=2" in e], summary["errors"]
    assert not [e for e in summary["errors"] if "RecursionError" in e]


def test_only_answers_that_may_hold_a_product_are_judged():
    """A product_url_pattern such as "product" also matches /products.json: that API answer
    yields requests, never products, and is not a page without its product. A page the spider
    marks `expects_product` (a product sitemap lists it) is judged whatever its URL."""
    import re

    import scrapy
    from scrapy.http import HtmlResponse, Request
    from scrapy.utils.test import get_crawler

    from crawlers.completeness import ProductPageAccounting

    class Shop(scrapy.Spider):
        name = "shop"
        pattern = re.compile("product")
        errors: list[str] = []

        def _error(self, message: str, count: bool = True) -> None:
            self.errors.append(message)

    crawler = get_crawler(Shop)
    crawler.spider = Shop()
    accounting = ProductPageAccounting.from_crawler(crawler)

    def answer(url: str, **meta) -> HtmlResponse:
        return HtmlResponse(url=url, body=b"<html><body><h1>Hello</h1></body></html>", request=Request(url, meta=meta))

    accounting.settle(answer("http://127.0.0.1/products.json?limit=1"), products=0)
    assert crawler.stats.get_value("dropped/no_product_on_page") is None
    accounting.settle(answer("http://127.0.0.1/products/mug", shop_page=True), products=1)
    assert crawler.stats.get_value("dropped/no_product_on_page") is None
    accounting.settle(answer("http://127.0.0.1/products/mug", shop_page=True), products=0)
    assert crawler.stats.get_value("dropped/no_product_on_page") == 1
    assert Shop.errors == ["no product found on http://127.0.0.1/products/mug"]
    # A page the spider expects a product on (a product sitemap lists it) counts, though its URL is new.
    accounting.settle(answer("http://127.0.0.1/about", shop_page=True), products=0)
    assert crawler.stats.get_value("dropped/no_product_on_page") == 1
    accounting.settle(answer("http://127.0.0.1/p/7", shop_page=True, expects_product=True), products=0)
    assert crawler.stats.get_value("dropped/no_product_on_page") == 2


def test_sitemap_product_requests_carry_the_expectation_in_meta(tmp_path):
    """The expectation is the completeness middleware's to read (request meta), not a callback
    argument the callback ignores; requests queued by an earlier version (cb_kwargs) still parse."""
    from scrapy.http import HtmlResponse, Request, XmlResponse
    from scrapy.utils.test import get_crawler

    from crawlers.spiders.shop import ShopSpider

    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", "http://127.0.0.1:9/", platform="sitemap", download_delay=0)
    spider = ShopSpider(competitor="Rival", workspace=str(workspace.path))
    spider.crawler = get_crawler(ShopSpider)
    try:
        sitemap = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                   b"<url><loc>http://127.0.0.1:9/products/mug</loc></url></urlset>")
        (request,) = list(spider.parse_sitemap(XmlResponse(url="http://127.0.0.1:9/sitemap-products.xml", body=sitemap)))
        assert request.meta.get("expects_product") is True and request.cb_kwargs == {}
        url = "http://127.0.0.1:9/products/mug"
        gone = HtmlResponse(url=url, status=404, body=b"", request=Request(url))
        assert list(spider.parse_product(gone, expected=True)) == []
        assert spider.crawler.stats.get_value("storecheck/verified_gone") == 1
    finally:
        spider.crawl_lock.close()
        spider.engine.dispose()
