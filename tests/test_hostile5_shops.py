"""Hostile shops set aside (bench/history/crawl.md, "Hostile inputs set aside (seventeenth
session)", cases S45-S55): each served on 127.0.0.1 by `shared_fixtures.ScriptedShop` and read
by a real `storecheck crawl`, whose `scrapy crawl` process's peak memory is read in a driver
process of its own. The earlier batches cover their neighbours (tests/test_hostile4_shops.py,
test_hostile3_shops.py, test_hostile2_shops.py, test_hostile_shops.py, test_faults_crawl.py,
test_tester2_shops.py)."""

from __future__ import annotations

import base64
import json
import zlib
from decimal import Decimal

from sqlalchemy import select

from storecheck import db
from test_hostile2_shops import PEAK_MB, crawl, errors_text, html, ld_page, new_workspace, nothing_delisted, serve_products, stored
from test_hostile3_shops import first_crawl_whole

XML = {"Content-Type": "application/xml"}
TEXT = {"Content-Type": "text/plain"}


def observed(workspace) -> dict[str, tuple[Decimal | None, str | None]]:
    """Stored products: key -> (latest price, its currency)."""
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            products = conn.execute(select(db.competitor_products.c.id, db.competitor_products.c.key)).all()
            latest = db.latest_observations(conn, [p.id for p in products])
            return {p.key: ((latest[p.id].price, latest[p.id].currency) if p.id in latest else (None, None)) for p in products}
    finally:
        engine.dispose()


def raw_ld_page(name: str, offers_json: str, sku: str | None = None, head: str = "") -> str:
    """A product page whose JSON-LD offer is written as given (a number as the shop typed it)."""
    sku_part = f'"sku": {json.dumps(sku)}, ' if sku else ""
    return (f"<!doctype html><html><head><title>{name}</title>{head}</head><body><h1>{name}</h1>"
            f'<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Product", '
            f'"name": {json.dumps(name)}, {sku_part}"offers": {offers_json}}}</script></body></html>')


# --- S45, S46: prices a shop writes oddly ------------------------------------------------------------


def test_s45_a_page_priced_in_another_currency_is_stored_in_that_currency_or_named(shop, tmp_path):
    serve_products(shop, 3)
    shop.routes["/p/2.html"] = html(raw_ld_page(
        "Product 2", '{"@type": "Offer", "price": "2.50", "priceCurrency": "USD", "availability": "https://schema.org/InStock"}',
        "P-2"))
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    found = observed(workspace)
    assert found["P-1"] == (Decimal("1.50"), "EUR"), found
    # never the dollar amount taken for euros
    assert found.get("P-2") in ((Decimal("2.50"), "USD"), (None, None)) or ("P-2" not in found), found
    if found.get("P-2", (None, None))[0] is None:
        assert "USD" in errors_text(summary) or summary["dropped"], summary


def test_s46_prices_in_exponent_notation_are_read_as_their_amount_or_not_at_all(shop, tmp_path):
    serve_products(shop, 3)
    shop.routes["/p/1.html"] = html(raw_ld_page(
        "Product 1", '{"@type": "Offer", "price": 1.299e3, "priceCurrency": "EUR"}', "P-1"))
    shop.routes["/p/2.html"] = html(raw_ld_page(
        "Product 2", '{"@type": "Offer", "price": "1.5E2", "priceCurrency": "EUR"}', "P-2"))
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    found = {key: price for key, (price, _) in observed(workspace).items()}
    assert set(found) == {"P-1", "P-2", "P-3"}, summary
    assert found["P-1"] == Decimal("1299"), found  # a JSON number: exactly 1299
    assert found["P-2"] in (Decimal("150"), None), found  # never 1.5 (the exponent dropped)


# --- S47: bombs in layers ------------------------------------------------------------------------------


def test_s47_a_bomb_gzipped_twice_is_dropped_as_too_large_and_delists_nothing(shop, tmp_path):
    workspace = first_crawl_whole(shop, tmp_path)
    inner = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (16 << 20)
    once = inner.compress(b"<html><body>") + b"".join(inner.compress(block) for _ in range(64)) + inner.flush()  # 1 GB
    outer = zlib.compressobj(9, zlib.DEFLATED, 31)
    twice = outer.compress(once) + outer.flush()
    assert len(twice) < 200_000, len(twice)
    shop.routes["/p/2.html"] = lambda q: (200, {"Content-Encoding": "gzip, gzip"}, twice)
    summary = crawl(workspace)
    assert summary["status"] == "partial", summary
    assert f"{shop.url}/p/2.html" in errors_text(summary), summary
    assert nothing_delisted(workspace)
    assert summary["peak_mb"] < PEAK_MB


# --- S48, S49, S54: other schemes and other hosts --------------------------------------------------------


def _secret_page(tmp_path, name: str, sku: str) -> str:
    path = tmp_path / f"{sku}.html"
    path.write_text(ld_page(name, "99.00", sku), encoding="utf-8")
    return path.as_uri()


def _data_url(name: str, sku: str) -> str:
    return "data:text/html;base64," + base64.b64encode(ld_page(name, "77.00", sku).encode()).decode()


def test_s48_a_redirect_to_a_local_file_or_a_data_url_is_never_read_and_delists_nothing(shop, tmp_path):
    workspace = first_crawl_whole(shop, tmp_path)
    local = _secret_page(tmp_path, "Local Secret", "P-2")
    shop.routes["/p/2.html"] = lambda q: (302, {"Location": local}, b"")
    shop.routes["/p/3.html"] = lambda q: (301, {"Location": _data_url("Data Secret", "P-3")}, b"")
    summary = crawl(workspace)
    names = stored(workspace)
    assert "Local Secret" not in names.values() and "Data Secret" not in names.values(), names
    found = {key: price for key, (price, _) in observed(workspace).items()}
    assert found["P-2"] == Decimal("2.50") and found["P-3"] == Decimal("3.50"), found
    assert summary["status"] == "partial", summary
    assert f"{shop.url}/p/2.html" in errors_text(summary) and f"{shop.url}/p/3.html" in errors_text(summary), summary
    assert nothing_delisted(workspace)


def test_s49_links_to_local_files_data_and_other_schemes_are_never_followed(shop, tmp_path):
    serve_products(shop, 3)
    local = _secret_page(tmp_path, "Local Secret", "S-1")
    # (added at the first reading) a file URL naming the shop's own host: Scrapy's file handler reads
    # the path from this machine's disk whatever host it names, and the host passes the offsite check
    on_host = local.replace("file://", "file://127.0.0.1", 1)
    links = "".join(f'<a href="{href}">more</a> ' for href in (
        local, on_host, _data_url("Data Secret", "S-2"), "ftp://127.0.0.1/p/9.html", "javascript:alert(1)",
        "view-source:" + shop.url + "/p/1.html", "mailto:shop@example.com"))
    shop.routes["/"] = html(f'<html><body><h1>Shop</h1>{links}' + "".join(
        f'<a href="/p/{n}.html">Product {n}</a> ' for n in range(1, 4)) + "</body></html>")
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    assert set(stored(workspace)) == {"P-1", "P-2", "P-3"}, summary
    assert "Local Secret" not in stored(workspace).values()
    assert summary["status"] == "finished", summary


def test_s54_a_sitemap_listing_other_hosts_and_local_files_reads_only_the_shop(shop, tmp_path):
    serve_products(shop, 3)
    local = _secret_page(tmp_path, "Local Secret", "S-1")
    elsewhere = f"http://localhost:{shop.port}"
    shop.routes["/elsewhere.html"] = html(ld_page("Elsewhere", "5.00", "E-1"))
    # (the file URL on the shop's host added at the first reading, as in S49)
    locs = [f"{shop.url}/p/{n}.html" for n in range(1, 4)] + [local, local.replace("file://", "file://127.0.0.1", 1),
                                                              f"{elsewhere}/elsewhere.html"]
    shop.routes["/robots.txt"] = html(f"User-agent: *\nSitemap: {shop.url}/sitemap.xml\nSitemap: {elsewhere}/other-sitemap.xml\n", **TEXT)
    shop.routes["/sitemap.xml"] = html('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                       + "".join(f"<url><loc>{loc}</loc></url>" for loc in locs) + "</urlset>", **XML)
    shop.routes["/other-sitemap.xml"] = shop.routes["/sitemap.xml"]
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="sitemap", download_delay=0)
    summary = crawl(workspace)
    assert shop.paths("localhost") == [], shop.paths("localhost")
    assert set(stored(workspace)) == {"P-1", "P-2", "P-3"}, summary
    assert "Local Secret" not in stored(workspace).values()


# --- S50: a canonical link that lies -------------------------------------------------------------------


def test_s50_product_pages_whose_canonical_link_is_the_home_page_stay_three_products(shop, tmp_path):
    """A theme's bug common enough to meet: every page says it is the home page. Products without
    a sku are keyed by their URL; the shop's canonical must not fold three products into one."""
    links = "".join(f'<a href="/p/{n}.html">Product {n}</a> ' for n in range(1, 4))
    shop.routes["/"] = html(f'<html><head><link rel="canonical" href="{shop.url}/"></head><body>{links}</body></html>')
    for n in range(1, 4):
        shop.routes[f"/p/{n}.html"] = html(raw_ld_page(
            f"Product {n}", f'{{"@type": "Offer", "price": "{n}.50", "priceCurrency": "EUR"}}',
            head=f'<link rel="canonical" href="{shop.url}/">'))
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    assert sorted(stored(workspace).values()) == ["Product 1", "Product 2", "Product 3"], (stored(workspace), summary)


# --- S51: a WooCommerce shop's minor units -------------------------------------------------------------


def test_s51_woocommerce_minor_units_that_are_no_currencys_cost_only_their_products(shop, tmp_path):
    def product(n: int, minor) -> dict:
        return {"id": n, "name": f"Woo {n}", "sku": f"W-{n}", "permalink": f"{shop.url}/p/{n}", "is_in_stock": True,
                "prices": {"price": "1299", "regular_price": "1299", "currency_code": "EUR", "currency_minor_unit": minor}}

    products = [product(1, 2), product(2, -2), product(3, 400), product(4, 99_999_999), product(5, 2.5)]
    shop.routes["/wp-json/wc/store/v1/products"] = lambda q: (
        200, {"Content-Type": "application/json", "X-WP-TotalPages": "1"},
        json.dumps(products if q.get("page", "1") == "1" else []).encode())
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="woocommerce", download_delay=0)
    summary = crawl(workspace)
    found = {key: price for key, (price, _) in observed(workspace).items()}
    assert found.get("1") == Decimal("12.99"), (found, summary)
    # 1299 is never stored as 129900, 0.00 or a thousandth of a cent
    assert all(found.get(k) in (None, Decimal("12.99")) for k in ("2", "3", "4", "5")), found
    for key in ("2", "3", "4", "5"):
        if found.get(key) is None:
            assert f"'{key}'" in errors_text(summary) or f"product {key}" in errors_text(summary), (key, summary)
    # (added with the mend) said as what it is, not as an arithmetic error
    assert "Overflow" not in errors_text(summary) and "currency_minor_unit -2 is no currency's" in errors_text(summary), summary


# --- S52, S53: what a page says of its own characters ---------------------------------------------------


def test_s52_a_charset_nobody_knows_is_no_crash_and_the_name_read(shop, tmp_path):
    serve_products(shop, 3)
    page = ld_page("Чайник электрический", "2.50", "P-2").encode("utf-8")
    shop.routes["/p/2.html"] = lambda q: (200, {"Content-Type": "text/html; charset=utf-42"}, page)
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    assert stored(workspace).get("P-2") == "Чайник электрический", (stored(workspace), summary)
    assert summary["status"] == "finished", summary


def test_s53_a_utf16_page_with_its_bom_is_read_whatever_the_header_says(shop, tmp_path):
    serve_products(shop, 3)
    page = "\ufeff" + ld_page("Crème brûlée dish", "2.50", "P-2")
    shop.routes["/p/2.html"] = lambda q: (200, {"Content-Type": "text/html; charset=iso-8859-1"}, page.encode("utf-16-le"))
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", shop.url + "/", platform="html", download_delay=0)
    summary = crawl(workspace)
    assert stored(workspace).get("P-2") == "Crème brûlée dish", (stored(workspace), summary)


# --- S55: a redirect loop that only reorders its query -----------------------------------------------------


def test_s55_a_redirect_loop_through_reordered_query_strings_stops_and_delists_nothing(shop, tmp_path):
    workspace = first_crawl_whole(shop, tmp_path)
    # /p/2.html -> ?a=1&b=2 -> ?b=2&a=1 -> ?a=1&b=2 ...: the same URL to a crawler that sorts queries
    order = iter(range(1000))
    shop.routes["/p/2.html"] = lambda q: (302, {"Location": "/p/2.html?" + ("a=1&b=2" if next(order) % 2 == 0 else "b=2&a=1")}, b"")
    summary = crawl(workspace)
    assert len([p for p in shop.paths() if p.startswith("/p/2.html")]) <= 1 + 25, shop.paths()
    assert summary["status"] == "partial", summary
    assert f"{shop.url}/p/2.html" in errors_text(summary), summary
    assert nothing_delisted(workspace)
    assert f"redirect loop {shop.url}/p/2.html: " in errors_text(summary), summary  # (added with the mend)

