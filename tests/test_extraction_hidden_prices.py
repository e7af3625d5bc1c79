"""A shop that shows no prices (catalogue mode): its range is still crawled and stored,
through a real `scrapy crawl` subprocess against a shop served on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import serve_pages
from sqlalchemy import func, select

from crawlers.extraction import extract_offers
from storecheck import db
from storecheck.analysis import unseen_products
from storecheck.config import CONFIG_TEMPLATE, Workspace
from storecheck.crawl import run_crawl

PRODUCTS = 12


def tile(i: int) -> str:
    return (f'<li class="product type-product"><a href="/product/chair-{i}/"><img src="/img/{i}.jpg" alt="">'
            f'<h2 class="woocommerce-loop-product__title">Chair {i}</h2></a>'
            f'<a href="/product/chair-{i}/" class="button">Read more</a></li>')


def product_page(i: int) -> bytes:
    related = "".join([tile(j) for j in range(1, PRODUCTS + 1) if j != i][:4])
    return f"""<!doctype html><html><head><title>Chair {i} – Oak &amp; Co</title></head>
<body class="product-template-default single single-product"><header><a href="/">Oak &amp; Co</a></header>
<div class="product type-product"><div class="summary entry-summary"><h1 class="product_title entry-title">Chair {i}</h1>
<div class="woocommerce-product-details__short-description"><p>Solid oak, {40 + i} cm seat.</p></div>
<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">CM-{i}</span></span>
<span class="posted_in">Category: <a href="/category/chairs/">Chairs</a></span></div></div></div>
<section class="related products"><h2>Related products</h2><ul class="products">{related}</ul></section>
<footer>Prices on request: call us.</footer></body></html>""".encode()


def home_page() -> bytes:
    tiles = "".join(tile(i) for i in range(1, PRODUCTS + 1))
    return f'<!doctype html><html><body><h1>Chairs</h1><ul class="products">{tiles}</ul></body></html>'.encode()


def page_for(path: str) -> bytes | None:
    if path in ("/", "/category/chairs/"):
        return home_page()
    number = path.rstrip("/").rsplit("-", 1)[-1]
    if path.startswith("/product/chair-") and number.isdigit():
        return product_page(int(number))
    return None


@pytest.fixture(scope="module")
def catalogue_shop():
    with serve_pages(page_for) as base:
        yield base


def test_a_product_page_without_a_price_is_a_product_and_the_list_is_not():
    offer = extract_offers(product_page(3), "http://shop.example/product/chair-3/")
    assert [(o["name"], o["sku"], o.get("price")) for o in offer] == [("Chair 3", "CM-3", None)]
    assert extract_offers(home_page(), "http://shop.example/") == []


def test_a_shop_in_catalogue_mode_is_crawled_without_prices_and_nothing_is_delisted(catalogue_shop, tmp_path: Path):
    path = tmp_path / "ws"
    path.mkdir()
    (path / "storecheck.toml").write_text(CONFIG_TEMPLATE.format(shop_name="T", currency="EUR"), encoding="utf-8")
    workspace = Workspace(path)
    workspace.add_competitor("Oak", catalogue_shop, download_delay=0, platform="html")

    first = run_crawl(workspace, "Oak", timeout=120)
    assert first["status"] == "finished", first
    assert first["items"] == PRODUCTS
    assert any("shows no prices" in line for line in first["health"]), first["health"]
    again = run_crawl(workspace, "Oak", timeout=120)
    assert again["status"] == "finished" and again["items"] == PRODUCTS

    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            products = conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.name)).all()
            priced = conn.execute(
                select(func.count()).select_from(db.observations).where(db.observations.c.price.is_not(None))
            ).scalar()
            cid = conn.execute(select(db.competitors.c.id).where(db.competitors.c.name == "Oak")).scalar_one()
            gone = unseen_products(conn, cid)
    finally:
        engine.dispose()
    assert sorted(key for key, _ in products) == sorted(f"CM-{i}" for i in range(1, PRODUCTS + 1))
    assert priced == 0
    assert gone == []  # the second complete run saw every product: none is taken for delisted
