"""Crawls end to end: a real `scrapy crawl shop` subprocess against the demo shops on 127.0.0.1,
plus the item pipelines one by one."""

from __future__ import annotations

import re
from collections import deque
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import require, require_chromium, serve_pages
from scrapy.exceptions import DropItem
from sqlalchemy import func, select

from crawlers.items import OfferItem
from crawlers.pipelines import (
    DedupePipeline,
    NormalisePipeline,
    ValidatePipeline,
    health_checks,
)
from storecheck import db
from storecheck.analysis import unseen_products
from storecheck.config import CONFIG_TEMPLATE, Workspace
from storecheck.crawl import _last_error, crawl_command, run_crawl
from storecheck.demo.shops import SHOP_KINDS, DemoShops, Response
from storecheck.demo.world import World
from storecheck.models import Offer

PRODUCTS = 60


@pytest.fixture(scope="module")
def shops():
    with DemoShops(World(seed=1, products=PRODUCTS)) as running:
        yield running


def new_workspace(path: Path) -> Workspace:
    path.mkdir(parents=True, exist_ok=True)
    (path / "storecheck.toml").write_text(CONFIG_TEMPLATE.format(shop_name="T", currency="EUR"), encoding="utf-8")
    return Workspace(path)


def expected_offers(shops: DemoShops, name: str) -> int:
    catalogue = shops.catalogues[name]
    if shops.platforms[name] == "shopify":
        return sum(len(catalogue.product(i)["variants"]) for i in range(catalogue.count))
    return catalogue.count


def counts(workspace: Workspace) -> tuple[int, int]:
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            products = conn.execute(select(func.count()).select_from(db.competitor_products)).scalar()
            observations = conn.execute(select(func.count()).select_from(db.observations)).scalar()
    finally:
        engine.dispose()
    return products, observations


@pytest.mark.parametrize(
    ("name", "platform"),
    [("Northwind Outfitters", "shopify"), ("Greenleaf Market", "woocommerce"), ("Corner Store", "sitemap")],
)
def test_crawl_demo_shop_then_recrawl_adds_nothing(shops, tmp_path, name, platform):
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor(name, shops.urls[name], download_delay=0)
    lines: list[str] = []

    summary = run_crawl(workspace, name, on_output=lines.append, timeout=120)

    expected = expected_offers(shops, name)
    assert summary["status"] == "finished", summary
    assert summary["platform"] == platform
    assert summary["items"] == expected
    assert summary["pages"] > 0 and summary["errors"] == [] and summary["health"] == []
    # Progress lines for `storecheck crawl`'s status display carry the counts so far.
    assert any(re.match(r"storecheck progress: \d+ products, \d+ pages", line) for line in lines), lines
    products, observations = counts(workspace)
    assert products == expected and observations == expected
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        detected = conn.execute(select(db.competitors.c.detected_platform).where(db.competitors.c.name == name)).scalar()
        priced = conn.execute(
            select(func.count()).select_from(db.observations).where(db.observations.c.price > 0, db.observations.c.currency == "EUR")
        ).scalar()
    engine.dispose()
    assert detected == platform
    assert priced == expected

    again = run_crawl(workspace, name, timeout=120)
    assert again["status"] == "finished" and again["items"] == expected
    assert counts(workspace) == (expected, expected)  # unchanged shop: no new observation rows


def test_prices_and_promotions_match_the_shop(shops, tmp_path):
    """Corner Store mixes microdata and visible-only pages with decimal commas."""
    name = "Corner Store"
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor(name, shops.urls[name], download_delay=0, platform="html")
    summary = run_crawl(workspace, name, timeout=120)
    assert summary["status"] == "finished" and summary["items"] == PRODUCTS
    hits = shops.hits[name]
    assert hits["/robots.txt"] >= 1
    assert hits["/cart"] == 0 and hits["/search"] == 0  # disallowed by robots.txt
    catalogue = shops.catalogues[name]
    truth = {p["sku"]: p for p in (catalogue.product(i) for i in range(catalogue.count))}
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        rows = conn.execute(
            select(db.competitor_products.c.key, db.observations).join(
                db.observations, db.observations.c.competitor_product_id == db.competitor_products.c.id
            )
        ).all()
    engine.dispose()
    assert {row.key for row in rows} == set(truth)
    for row in rows:
        product = truth[row.key]
        assert Decimal(row.price) == product["price"], row.key
        assert (Decimal(row.regular_price) if row.regular_price is not None else None) == product["regular_price"], row.key
        assert row.in_stock == product["in_stock"], row.key
        if product["promotion"]:
            assert row.promo_text == product["promotion"], row.key
        elif product["regular_price"]:
            assert row.promo_type == "sale"


def test_server_errors_make_a_partial_run_and_nothing_is_gone(shops, tmp_path, monkeypatch):
    name = "Corner Store"
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor(name, shops.urls[name], download_delay=0)
    first = run_crawl(workspace, name, timeout=120)
    assert first["status"] == "finished"

    plain = SHOP_KINDS["html"]
    route = plain.route

    def failing(self, path, query):
        if path.startswith("/p/") and int(path[3:].split("-")[0]) % 5 in (0, 1):
            return Response(500, "text/plain", "internal error")
        return route(self, path, query)

    monkeypatch.setattr(plain, "route", failing)
    second = run_crawl(workspace, name, extra_settings={"RETRY_TIMES": 1}, timeout=120)

    assert second["status"] == "partial", second
    assert 0 < second["items"] < PRODUCTS
    assert any(error.startswith("HTTP 500") for error in second["errors"])
    assert any("previous finished run" in message for message in second["health"])
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        cid = db.competitor_id(conn, name)
        assert unseen_products(conn, cid) is None  # a partial run cannot say a product is gone
        products = conn.execute(select(func.count()).select_from(db.competitor_products)).scalar()
    engine.dispose()
    assert products == PRODUCTS

    monkeypatch.setattr(plain, "route", route)
    third = run_crawl(workspace, name, timeout=120)
    assert third["status"] == "finished"
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        assert unseen_products(conn, db.competitor_id(conn, name)) == []
    engine.dispose()


def test_unreachable_shop_fails_with_the_reason(tmp_path):
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Gone", "http://127.0.0.1:9/", download_delay=0)
    summary = run_crawl(workspace, "Gone", extra_settings={"RETRY_TIMES": 0}, timeout=120)
    assert summary["status"] == "failed"
    assert summary["items"] == 0
    assert any("127.0.0.1:9" in error for error in summary["errors"]), summary["errors"]


def test_crawl_command():
    command = crawl_command("Shop A", {"CLOSESPIDER_PAGECOUNT": 5})
    assert command[-6:] == ["crawl", "shop", "-a", "competitor=Shop A", "-s", "CLOSESPIDER_PAGECOUNT=5"][-6:]


# --- pipelines one by one -----------------------------------------------------------


class FakeStats:
    def __init__(self):
        self.values: dict[str, int] = {}

    def inc_value(self, key, count=1, start=0):
        self.values[key] = self.values.get(key, start) + count

    def get_value(self, key, default=None):
        return self.values.get(key, default)


def fake_crawler():
    spider = SimpleNamespace(currency=None, workspace=SimpleNamespace(config=SimpleNamespace(shop=SimpleNamespace(currency="EUR"))))
    return SimpleNamespace(stats=FakeStats(), spider=spider)


def test_normalise_derives_promotion_gtin_currency_and_unit_price():
    item = OfferItem.from_mapping({
        "key": "1", "name": "Cola  6 x 330 ml", "sku": "4006381333931", "price": Decimal("3.96"),
        "regular_price": Decimal("4.96"), "promotion_text": "Save 20%",
    })
    item = NormalisePipeline(fake_crawler()).process_item(item)
    assert item["name"] == "Cola 6 x 330 ml"
    assert item["gtin"] == "04006381333931"
    assert item["currency"] == "EUR"
    assert item["promotion"].type == "percent_off" and item["promotion"].percent == Decimal(20)
    assert (item["unit_price"], item["unit"]) == (Decimal("2.0000"), "l")


def test_normalise_drops_a_was_price_that_is_not_higher():
    item = OfferItem.from_mapping({"key": "1", "price": Decimal(5), "regular_price": Decimal(5), "currency": "EUR"})
    item = NormalisePipeline(fake_crawler()).process_item(item)
    assert item.get("regular_price") is None and item.get("promotion") is None


def test_validate_turns_items_into_offers_and_drops_with_a_reason():
    crawler = fake_crawler()
    pipeline = ValidatePipeline(crawler)
    offer = pipeline.process_item(OfferItem.from_mapping({"key": "a", "price": Decimal("1.50"), "currency": "EUR"}))
    assert isinstance(offer, Offer) and offer.price == Decimal("1.50")
    with pytest.raises(DropItem):
        pipeline.process_item(OfferItem.from_mapping({"key": "b", "price": Decimal("-1"), "currency": "EUR"}))
    with pytest.raises(DropItem):
        pipeline.process_item(OfferItem.from_mapping({"key": "c", "price": Decimal("1"), "currency": "XYZ"}))
    with pytest.raises(DropItem):
        pipeline.process_item(OfferItem.from_mapping({"name": "no key"}))
    assert crawler.stats.values == {"dropped/invalid_price": 1, "dropped/invalid_currency": 1, "dropped/no_key": 1}


def test_dedupe_keeps_the_first_of_a_key():
    crawler = fake_crawler()
    pipeline = DedupePipeline(crawler)
    assert pipeline.process_item(Offer(key="a")).key == "a"
    with pytest.raises(DropItem):
        pipeline.process_item(Offer(key="a"))
    assert crawler.stats.values == {"dropped/duplicate": 1}


def test_health_checks(tmp_path):
    engine = db.open_database(f"sqlite:///{tmp_path / 'h.db'}")
    crawl = SimpleNamespace(min_items_ratio=0.7, min_price_coverage=0.8)
    with engine.begin() as conn:
        cid = db.sync_competitors(conn, [SimpleNamespace(name="X", url="http://x.example/", platform="auto", stores=[])])["X"]
        old = db.start_crawl_run(conn, cid)
        db.finish_crawl_run(conn, old, status="finished", items=100)
        run = db.start_crawl_run(conn, cid)
        prices = [Decimal(0)] + [Decimal(2)] * 48 + [Decimal(5_000_000)]
        health = health_checks(conn, cid, run, 60, 40, prices, crawl)
        assert health_checks(conn, cid, run, 100, 100, [Decimal(2)] * 100, crawl) == []
    engine.dispose()
    assert len(health) == 4
    assert any("previous finished run" in h for h in health)
    assert any("have a price" in h for h in health)
    assert any("priced 0" in h for h in health)
    assert any("absurd" in h for h in health)


# --- JavaScript-rendered shops --------------------------------------------------------

JS_PAGE = b"""<!doctype html><html><head><title>JS Lamp</title></head><body>
<div class="product"><h1>JS Lamp</h1><span class="price" id="price"></span>
<button>Add to cart</button><p>SKU: JS-1</p></div>
<script>document.getElementById('price').textContent = '\xe2\x82\xac19,99';</script>
</body></html>"""


@pytest.fixture
def js_shop():
    pages = {"/": b'<html><body><h1>Lamps</h1><a href="/p/lamp.html">Lamp</a></body></html>', "/p/lamp.html": JS_PAGE}
    with serve_pages(pages.get) as base:
        yield base


def test_price_injected_by_javascript_is_read_with_js_only(js_shop, tmp_path):
    chromium = require_chromium()
    try:
        import scrapy_playwright  # noqa: F401
    except ImportError:
        require(False, "scrapy-playwright is not installed (pip install 'storecheck[js]')")
    from crawlers.extraction import extract_offers

    # Without a browser the page has a product but no price: stored without one.
    assert extract_offers(JS_PAGE, js_shop + "p/lamp.html")[0].get("price") is None

    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Plain", js_shop, download_delay=0, platform="html")
    workspace.add_competitor("Rendered", js_shop, download_delay=0, platform="html", js=True)
    plain = run_crawl(workspace, "Plain", timeout=60)
    assert plain["items"] == 1 and any("shows no prices" in line for line in plain["health"])
    rendered = run_crawl(workspace, "Rendered", extra_settings={"STORECHECK_CHROMIUM": chromium}, timeout=90)
    assert rendered["status"] == "finished", rendered
    assert rendered["items"] == 1
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        price = conn.execute(select(db.observations.c.price).where(db.observations.c.price.is_not(None))).scalar_one()
    engine.dispose()
    assert price == Decimal("19.99")


def test_a_dead_crawl_is_explained_by_its_error_not_by_a_line_that_mentions_one():
    startup = ["[scrapy.middleware] INFO: Enabled spider middlewares:",
               "['scrapy.spidermiddlewares.httperror.HttpErrorMiddleware',", " 'scrapy.spidermiddlewares.depth.DepthMiddleware']"]
    assert _last_error(deque(startup)) == "'scrapy.spidermiddlewares.depth.DepthMiddleware']"  # nothing better: the last line
    crashed = [*startup, "Traceback (most recent call last):", '  File "pipelines.py", line 9, in process_item',
               "sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) database is locked", ""]
    assert _last_error(deque(crashed)).startswith("sqlalchemy.exc.OperationalError: ")
    logged = [*startup, "2026-11-23 10:00:00 [scrapy.core.scraper] ERROR: Spider error processing <GET https://x/p/1>"]
    assert "ERROR: Spider error" in _last_error(deque(logged))


def test_a_stopped_crawl_is_not_continued_after_another_crawl_ran(tmp_path):
    from storecheck.crawl import prepare_job_dir, write_job_marker

    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", "https://rival.example")
    engine = db.open_database(workspace.database_url)
    jobdir = tmp_path / "job"
    with engine.begin() as conn:
        cid = db.sync_competitors(conn, workspace.config.competitors)["Rival"]
        stopped = db.start_crawl_run(conn, cid)
        db.finish_crawl_run(conn, stopped, status="partial", finish_reason="shutdown")
    write_job_marker(jobdir, stopped, closed="shutdown")
    (jobdir / "requests.queue").mkdir()
    assert prepare_job_dir(engine, jobdir, cid) == "resume"  # the stopped run is the latest: continue it

    write_job_marker(jobdir, stopped, closed="shutdown")
    with engine.begin() as conn:
        db.finish_crawl_run(conn, db.start_crawl_run(conn, cid), status="finished", finish_reason="finished")
    # A crawl finished since: the stopped one is history, the next crawl starts afresh.
    assert prepare_job_dir(engine, jobdir, cid) is None and not jobdir.exists()
    engine.dispose()


def test_a_shopify_description_keeps_its_text_not_its_scripts():
    from crawlers.spiders.shop import ShopSpider

    product = {"id": 1, "handle": "mug", "title": "Mug", "variants": [{"id": 11, "price": "9.00"}],
               "body_html": "<p>Stoneware, 3<5 cm rim &amp; glaze</p><script>steal()</script><style>p{}</style>"}
    [item] = ShopSpider._shopify_offers(SimpleNamespace(origin="https://s.example", currency="EUR"), product)
    assert item["description"] == "Stoneware, 3<5 cm rim & glaze"


def test_a_workspace_named_by_a_relative_path_crawls(shops, tmp_path, monkeypatch):
    """`storecheck demo --keep D` and `--workspace D` name the folder relative to where the user
    stands; the crawl process runs from inside the workspace, so the path must not reach it relative."""
    new_workspace(tmp_path / "ws")
    monkeypatch.chdir(tmp_path)
    workspace = Workspace(Path("ws"))
    workspace.add_competitor("Corner Store", shops.urls["Corner Store"], download_delay=0)

    summary = run_crawl(workspace, "Corner Store", timeout=120)

    assert summary["status"] == "finished", summary
    assert counts(workspace)[0] == expected_offers(shops, "Corner Store")
    assert not (tmp_path / "ws" / "ws").exists()


def test_a_products_variants_on_urls_of_their_own_are_kept_a_listing_is_not(tmp_path):
    """Sizes that each have a URL of their own, tied to the id the page shows, are the page's
    product; products of several names marked up on one page are a listing, read on their own pages."""
    from scrapy.http import HtmlResponse

    from crawlers.spiders.shop import ShopSpider
    from test_extraction_sources import _variants_page

    path = tmp_path / "ws"
    path.mkdir()
    (path / "storecheck.toml").write_text(CONFIG_TEMPLATE.format(shop_name="Test", currency="EUR"), encoding="utf-8")
    Workspace(path).add_competitor("Rival", "http://127.0.0.1:9/", platform="html", download_delay=0)
    spider = ShopSpider(competitor="Rival", workspace=str(path))
    try:
        url = "http://127.0.0.1:9/en/cardigan-12185160.html"
        product = HtmlResponse(url=url, body=_variants_page(["Zipped cardigan"]).encode(), encoding="utf-8")
        assert [item["parent_key"] for item in spider._page_offers(product)] == ["12185160"] * 3
        listing = HtmlResponse(url=url, body=_variants_page(["Zipped cardigan", "Wool scarf"]).encode(), encoding="utf-8")
        assert list(spider._page_offers(listing)) == []
    finally:
        spider.crawl_lock.close()
        spider.engine.dispose()


def test_normalise_keeps_a_product_whose_currency_sign_is_unsettled_without_its_price():
    """A price whose sign nothing settled ("$" at a shop set up in EUR) is not stored in a currency nobody
    stated: the product stays, its price does not, and the run counts it."""
    crawler = fake_crawler()
    item = NormalisePipeline(crawler).process_item(OfferItem.from_mapping({
        "key": "1", "name": "Widget", "price": Decimal("9.99"), "regular_price": Decimal("12.99"),
        "currency_unsettled": "'$' could be AUD, CAD, HKD, MXN, NZD, SGD, USD"}))
    assert item.get("price") is None and item.get("regular_price") is None and item["name"] == "Widget"
    assert crawler.stats.values == {"storecheck/price_currency_unsettled": 1}


@pytest.mark.parametrize(("doubt", "currency", "message"), [
    # The page's own currency, kept against the setting it contradicts.
    ("currency_differs", "DKK", "the page prices in DKK; the competitor's currency is set to SEK"),
    # The setting, kept where the page's domain reads the sign otherwise: counted apart.
    ("currency_setting_doubted", "SEK",
     "the domain .no says NOK; the competitor's currency is set to SEK, which the price keeps"),
])
def test_a_kept_price_whose_currency_a_person_should_check_is_counted_under_its_own_name(doubt, currency, message):
    crawler = fake_crawler()
    item = NormalisePipeline(crawler).process_item(OfferItem.from_mapping({
        "key": "1", "name": "Kaffe", "price": Decimal("499"), "currency": currency, doubt: message}))
    assert (item["price"], item["currency"]) == (Decimal("499"), currency)
    assert crawler.stats.values == {f"storecheck/price_{doubt}": 1}
