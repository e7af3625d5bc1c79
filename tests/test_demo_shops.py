"""The bundled demo shops answer like the storefronts they imitate, deterministically."""

from __future__ import annotations

import csv
import json
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from storecheck.demo.shops import DemoShops
from storecheck.demo.world import (
    COMPETITORS,
    DEMO_CURRENCY,
    OWN_COLUMNS,
    World,
    is_valid_ean13,
)

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
PRODUCTS = 60


@pytest.fixture(scope="module")
def world():
    return World(seed=1, products=PRODUCTS)


@pytest.fixture(scope="module")
def shops(world):
    with DemoShops(world) as running:
        yield running


def fetch(url: str, method: str = "GET"):
    """(status, headers, body text) - HTTP errors are answers too."""
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers, error.read().decode("utf-8")


def get_json(url: str):
    status, headers, body = fetch(url)
    assert status == 200, (url, status, body[:200])
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(body), headers


def url_of(shops, kind: str) -> str:
    return next(shops.urls[name] for name, platform in COMPETITORS if platform == kind)


def locs(xml_text: str, tag: str) -> list[str]:
    return [el.findtext(f"{SM}loc") for el in ET.fromstring(xml_text).iter(f"{SM}{tag}")]


# --------------------------------------------------------------------------- Shopify


def test_shopify_products_json_pages_through_every_product(shops):
    base = url_of(shops, "shopify")
    handles, page = [], 1
    while True:
        data, _ = get_json(f"{base}products.json?page={page}&limit=25")
        if not data["products"]:
            break
        assert len(data["products"]) <= 25
        handles += [p["handle"] for p in data["products"]]
        page += 1
    assert page == 4  # 25 + 25 + 10, then an empty page
    assert len(handles) == len(set(handles)) == PRODUCTS
    assert get_json(f"{base}products.json?page=99")[0] == {"products": []}
    assert len(get_json(f"{base}products.json")[0]["products"]) == 30  # Shopify's default limit


def test_shopify_limit_is_capped_at_250():
    with DemoShops(World(seed=3, products=300)) as shops:
        data, _ = get_json(f"{url_of(shops, 'shopify')}products.json?limit=1000")
        assert len(data["products"]) == 250


def test_shopify_fields_have_shopify_types(shops):
    data, _ = get_json(f"{url_of(shops, 'shopify')}products.json?limit=250")
    products = data["products"]
    assert len(products) == PRODUCTS
    multi = 0
    for p in products:
        for key in ("id", "title", "handle", "body_html", "vendor", "product_type", "created_at",
                    "updated_at", "published_at", "tags", "variants", "images", "options"):
            assert key in p
        assert isinstance(p["tags"], list)
        multi += len(p["variants"]) > 1
        assert p["options"][0]["values"] == [v["title"] for v in p["variants"]]
        for v in p["variants"]:
            assert isinstance(v["price"], str) and re.fullmatch(r"\d+\.\d\d", v["price"])
            assert isinstance(v["available"], bool)
            assert v["product_id"] == p["id"]
            if v["compare_at_price"] is not None:
                assert Decimal(v["compare_at_price"]) > Decimal(v["price"])
            if v["barcode"] is not None:
                assert is_valid_ean13(v["barcode"])
    assert multi, "some products should come in several sizes"
    skus = [v["sku"] for p in products for v in p["variants"]]
    assert len(skus) == len(set(skus))


def test_shopify_product_page_has_json_ld_and_og_price(shops):
    base = url_of(shops, "shopify")
    product = get_json(f"{base}products.json?limit=1")[0]["products"][0]
    status, headers, body = fetch(f"{base}products/{product['handle']}")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    soup = BeautifulSoup(body, "html.parser")
    ld = json.loads(soup.find("script", type="application/ld+json").string)
    assert ld["@type"] == "Product" and ld["name"] == product["title"]
    assert {o["sku"] for o in ld["offers"]} == {v["sku"] for v in product["variants"]}
    assert all(o["priceCurrency"] == DEMO_CURRENCY for o in ld["offers"])
    assert soup.find("meta", property="og:price:currency")["content"] == DEMO_CURRENCY
    assert Decimal(soup.find("meta", property="og:price:amount")["content"]) > 0
    single, _ = get_json(f"{base}products/{product['handle']}.json")
    assert single["product"]["id"] == product["id"]


def test_shopify_robots_and_sitemap(shops):
    base = url_of(shops, "shopify")
    status, _, robots = fetch(f"{base}robots.txt")
    assert status == 200 and "Disallow: /cart" in robots and "Disallow: /checkout" in robots
    assert f"Sitemap: {base}sitemap.xml" in robots
    children = locs(fetch(f"{base}sitemap.xml")[2], "sitemap")
    product_maps = [c for c in children if "sitemap_products_" in c]
    urls = [u for c in product_maps for u in locs(fetch(c)[2], "url")]
    assert sum("/products/" in u for u in urls) == PRODUCTS
    status, _, listing = fetch(f"{base}collections/all")
    assert status == 200 and BeautifulSoup(listing, "html.parser").select("a[href^='/products/']")


# --------------------------------------------------------------------------- WooCommerce


def test_woo_store_api_pagination_and_headers(shops):
    base = url_of(shops, "woocommerce")
    seen = []
    for prefix in ("wp-json/wc/store/v1/products", "wp-json/wc/store/products"):
        data, headers = get_json(f"{base}{prefix}?page=1&per_page=25")
        assert headers["X-WP-Total"] == str(PRODUCTS)
        assert headers["X-WP-TotalPages"] == "3"
        assert len(data) == 25
    for page in (1, 2, 3):
        data, _ = get_json(f"{base}wp-json/wc/store/v1/products?page={page}&per_page=25")
        seen += [p["id"] for p in data]
    assert len(seen) == len(set(seen)) == PRODUCTS
    # Past the last page the Store API answers an empty list, not an error.
    assert get_json(f"{base}wp-json/wc/store/v1/products?page=4&per_page=25")[0] == []
    assert len(get_json(f"{base}wp-json/wc/store/v1/products")[0]) == 10  # the default per_page


def test_woo_rejects_per_page_over_100(shops):
    status, headers, body = fetch(f"{url_of(shops, 'woocommerce')}wp-json/wc/store/v1/products?per_page=101")
    assert status == 400 and headers["Content-Type"].startswith("application/json")
    assert json.loads(body)["code"] == "rest_invalid_param"


def test_woo_prices_are_minor_units(shops):
    data, _ = get_json(f"{url_of(shops, 'woocommerce')}wp-json/wc/store/v1/products?per_page=100")
    catalogue = shops.catalogues["Greenleaf Market"]
    assert any(p["on_sale"] for p in data)
    for p in data:
        prices = p["prices"]
        assert prices["currency_code"] == DEMO_CURRENCY and prices["currency_minor_unit"] == 2
        for key in ("price", "regular_price", "sale_price"):
            assert prices[key].isdigit()
        truth = catalogue.product((p["id"] - 100) // 3)
        assert Decimal(prices["price"]).scaleb(-prices["currency_minor_unit"]) == truth["price"]
        assert int(prices["regular_price"]) >= int(prices["price"])
        assert p["on_sale"] == (int(prices["regular_price"]) > int(prices["price"]))
        assert isinstance(p["is_in_stock"], bool)
        assert p["categories"] and {"id", "name", "slug", "link"} <= set(p["categories"][0])
    assert any(is_valid_ean13(p["sku"]) for p in data), "some small shops use the EAN as SKU"


def test_woo_product_page_has_product_in_graph(shops):
    data, _ = get_json(f"{url_of(shops, 'woocommerce')}wp-json/wc/store/v1/products?per_page=5")
    for p in data:
        status, _, body = fetch(p["permalink"])
        assert status == 200
        graph = json.loads(BeautifulSoup(body, "html.parser").find("script", type="application/ld+json").string)
        product = next(node for node in graph["@graph"] if node["@type"] == "Product")
        offer = product["offers"][0]
        assert product["sku"] == p["sku"]
        assert Decimal(offer["price"]) == Decimal(p["prices"]["price"]) / 100
        assert offer["priceCurrency"] == DEMO_CURRENCY
        assert offer["availability"].endswith("InStock" if p["is_in_stock"] else "OutOfStock")
        if "gtin13" in offer:
            assert is_valid_ean13(offer["gtin13"])


# --------------------------------------------------------------------------- plain HTML shop


def test_plain_robots_and_sitemaps_list_every_product_once(shops):
    base = url_of(shops, "html")
    status, headers, robots = fetch(f"{base}robots.txt")
    assert status == 200 and headers["Content-Type"] == "text/plain; charset=utf-8"
    assert "Disallow: /cart" in robots and "Disallow: /search" in robots
    assert f"Sitemap: {base}sitemap.xml" in robots
    children = locs(fetch(f"{base}sitemap.xml")[2], "sitemap")
    assert f"{base}sitemap-products-1.xml" in children and f"{base}sitemap-categories.xml" in children
    product_urls = [u for c in children if "products" in c for u in locs(fetch(c)[2], "url")]
    assert len(product_urls) == len(set(product_urls)) == PRODUCTS
    assert all(re.search(r"/p/\d+-[a-z0-9-]+\.html$", u) for u in product_urls)


def test_plain_sitemap_chunks_at_5000():
    with DemoShops(World(seed=2, products=5001)) as shops:
        base = url_of(shops, "html")
        children = locs(fetch(f"{base}sitemap.xml")[2], "sitemap")
        assert [c for c in children if "products" in c] == [f"{base}sitemap-products-1.xml",
                                                            f"{base}sitemap-products-2.xml"]
        assert len(locs(fetch(f"{base}sitemap-products-2.xml")[2], "url")) == 1


def test_plain_category_pagination_reaches_every_product(shops):
    base = url_of(shops, "html")
    home = BeautifulSoup(fetch(base)[2], "html.parser")
    categories = [a["href"] for a in home.select("a[href^='/c/']")]
    assert len(categories) == 6
    found = []
    for href in categories:
        url, pages = base.rstrip("/") + href, 0
        while url:
            status, _, body = fetch(url)
            assert status == 200
            soup = BeautifulSoup(body, "html.parser")
            cards = soup.select("li.product-card")
            assert 0 < len(cards) <= 24
            found += [card.a["href"] for card in cards]
            nxt = soup.find("a", rel="next")
            url = base.rstrip("/") + nxt["href"] if nxt else None
            pages += 1
    assert len(found) == len(set(found)) == PRODUCTS


def test_plain_product_pages_microdata_and_visible_only(shops):
    base = url_of(shops, "html")
    catalogue = shops.catalogues["Corner Store"]
    kinds = {True: None, False: None}
    for i in range(PRODUCTS):
        p = catalogue.product(i)
        kinds[p["microdata"]] = kinds[p["microdata"]] or p
    assert all(kinds.values()), "both page kinds should occur"

    p = kinds[True]
    soup = BeautifulSoup(fetch(f"{base}p/{p['id']}-{p['handle']}.html")[2], "html.parser")
    product = soup.find(itemtype="http://schema.org/Product")
    assert product.find(itemprop="name").get_text() == p["name"]
    assert Decimal(product.find(itemprop="price")["content"]) == p["price"]
    assert product.find(itemprop="priceCurrency")["content"] == DEMO_CURRENCY
    assert product.find(itemprop="availability")["href"].endswith("InStock" if p["in_stock"] else "OutOfStock")
    assert product.find(itemprop="sku").get_text() == p["sku"]

    p = kinds[False]
    soup = BeautifulSoup(fetch(f"{base}p/{p['id']}-{p['handle']}.html")[2], "html.parser")
    assert soup.find(itemscope=True) is None
    assert soup.h1.get_text() == p["name"]
    assert soup.select_one("span.price").get_text() == "€" + f"{p['price']:.2f}".replace(".", ",")
    assert ("In stock" if p["in_stock"] else "Out of stock") in soup.get_text()
    assert f"SKU: {p['sku']}" in soup.get_text()


def test_plain_sale_and_promotion_are_visible(shops):
    base = url_of(shops, "html")
    catalogue = shops.catalogues["Corner Store"]
    on_sale = [catalogue.product(i) for i in range(PRODUCTS) if catalogue.product(i)["regular_price"]]
    assert on_sale
    p = on_sale[0]
    soup = BeautifulSoup(fetch(f"{base}p/{p['id']}-{p['handle']}.html")[2], "html.parser")
    assert soup.select_one("del.was-price").get_text() == "€" + f"{p['regular_price']:.2f}".replace(".", ",")


def test_plain_wrong_slug_redirects_to_canonical(shops):
    base = url_of(shops, "html")
    p = shops.catalogues["Corner Store"].product(0)
    status, _, body = fetch(f"{base}p/{p['id']}-old-name.html")  # urllib follows the 301
    assert status == 200 and BeautifulSoup(body, "html.parser").h1.get_text() == p["name"]


# --------------------------------------------------------------------------- all shops


@pytest.mark.parametrize("path", ["no/such/page", "products/no-such-handle", "p/99999999-x.html",
                                  "c/no-such-category", "product/no-such-slug/"])
def test_unknown_paths_are_404(shops, path):
    for url in shops.urls.values():
        assert fetch(url + path)[0] == 404


def test_head_has_headers_and_no_body(shops):
    for url in shops.urls.values():
        status, headers, body = fetch(url + "robots.txt", method="HEAD")
        assert status == 200 and body == ""
        assert int(headers["Content-Length"]) > 0 and "charset=utf-8" in headers["Content-Type"]


def test_names_with_ampersands_and_quotes_are_escaped(shops):
    base = url_of(shops, "html")
    catalogue = shops.catalogues["Corner Store"]
    for i in range(PRODUCTS):
        p = catalogue.product(i)
        if "&" in p["name"] or '"' in p["name"]:
            status, _, body = fetch(f"{base}p/{p['id']}-{p['handle']}.html")
            assert BeautifulSoup(body, "html.parser").h1.get_text() == p["name"]
            assert f"<h1>{p['name']}<" not in body and f'>{p["name"]}<' not in body
            return
    pytest.fail("expected a product name with & or a quote")


# --------------------------------------------------------------------------- the world


def test_same_seed_same_output_other_seed_differs():
    a, b, c = World(seed=5, products=40), World(seed=5, products=40), World(seed=6, products=40)
    assert a.own_catalogue() == b.own_catalogue()
    assert a.own_catalogue() != c.own_catalogue()
    for kind in ("shopify", "woocommerce", "html"):
        first = [a.shop_products(kind).product(i) for i in range(40)]
        assert first == [b.shop_products(kind).product(i) for i in range(40)]
        assert first != [c.shop_products(kind).product(i) for i in range(40)]
    with DemoShops(a) as one, DemoShops(b) as two:
        for name in one.urls:
            for path in ("products.json?limit=40", "wp-json/wc/store/v1/products?per_page=40", "sitemap.xml"):
                left, right = fetch(one.urls[name] + path), fetch(two.urls[name] + path)
                assert left[0] == right[0]
                if left[0] == 200:
                    assert left[2].replace(one.urls[name], "") == right[2].replace(two.urls[name], "")


def test_own_catalogue_columns_and_valid_gtins(world, tmp_path):
    rows = world.own_catalogue()
    assert len(rows) == PRODUCTS
    assert all(list(row) == OWN_COLUMNS for row in rows)
    gtins = [row["gtin"] for row in rows if row["gtin"]]
    assert 0.4 * PRODUCTS < len(gtins) < PRODUCTS
    assert all(is_valid_ean13(g) for g in gtins)
    assert len({row["sku"] for row in rows}) == PRODUCTS
    assert all(re.fullmatch(r"\d+\.\d\d", row["price"]) and row["currency"] == DEMO_CURRENCY for row in rows)
    path = tmp_path / "catalogue.csv"
    world.write_own_catalogue(path)
    with path.open(encoding="utf-8", newline="") as fh:
        assert list(csv.DictReader(fh)) == rows


def test_overlap_with_each_shop_is_partial_and_different(world):
    own_skus = {row["sku"] for row in world.own_catalogue()}
    subsets = []
    for kind in ("shopify", "woocommerce", "html"):
        shop = world.shop_products(kind)
        shared = {shop.product(i)["own_sku"] for i in range(shop.count)} - {None}
        assert shared <= own_skus
        assert 0.4 <= len(shared) / shop.count <= 0.9
        subsets.append(shared)
    assert subsets[0] != subsets[1] != subsets[2]


def test_competitors_word_names_and_sizes_differently(world):
    own = {row["sku"]: row for row in world.own_catalogue()}
    for kind in ("shopify", "woocommerce", "html"):
        shop = world.shop_products(kind)
        pairs = [(shop.product(i), own[shop.product(i)["own_sku"]]) for i in range(shop.count)
                 if shop.product(i)["own_sku"]]
        differ = sum(p["name"] != o["name"] for p, o in pairs)
        assert differ > 0.8 * len(pairs)


def test_large_world_is_computed_on_demand():
    world = World(products=100_000)
    shop = world.shop_products("shopify")
    product = shop.product(99_999)
    assert product["index"] == 99_999 and product["price"] > 0
    assert shop.index_of(product["base_index"]) == 99_999
    assert world.shop_products("html").product(99_999)["name"]


def test_a_later_day_changes_a_few_offers_only():
    from storecheck.demo.world import World

    before = World(seed=1, products=400).shop_products("woocommerce")
    after = World(seed=1, products=400, day=1).shop_products("woocommerce")
    pairs = [(before.product(i), after.product(i)) for i in range(before.count)]
    changed = [(a, b) for a, b in pairs if (a["price"], a["regular_price"], a["in_stock"]) != (b["price"], b["regular_price"], b["in_stock"])]
    assert 0 < len(changed) < 0.2 * len(pairs)
    assert all(a["sku"] == b["sku"] and a["name"] == b["name"] for a, b in pairs)
    assert all(b["regular_price"] is None or b["regular_price"] > b["price"] for _, b in pairs)
