"""Three demo competitor web shops served on 127.0.0.1, each shaped like a real storefront.

* Northwind Outfitters - Shopify: ``/products.json``, ``/products/<handle>`` (+ ``.json``),
  ``/collections/all``, ``/collections/<slug>``, ``/sitemap.xml``, Shopify's robots.txt.
* Greenleaf Market - WooCommerce: Store API ``/wp-json/wc/store[/v1]/products``,
  ``/product/<slug>/`` with a Yoast-style JSON-LD ``@graph``, ``/shop/``,
  ``/product-category/<slug>/``, ``/wp-sitemap.xml``.
* Corner Store - no platform: ``/`` -> ``/c/<slug>?page=N`` -> ``/p/<id>-<slug>.html``
  (half with schema.org microdata, half visible HTML only), ``/sitemap.xml`` index.

Pages are rendered per request from ``World``; nothing is built up front, so a shop of
100,000 products starts instantly.  Only the standard library is used.
"""

from __future__ import annotations

import argparse
import json
import socket
import struct
import sys
import threading
import zlib
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from storecheck.demo.world import COMPETITORS, DEMO_CURRENCY, ShopCatalogue, World, slugify

HTML = "text/html; charset=utf-8"
JSON = "application/json; charset=utf-8"
XML = "application/xml; charset=utf-8"
TEXT = "text/plain; charset=utf-8"

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _png_pixel() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xd8\xe4\xd0")) + chunk(b"IEND", b""))


PIXEL = _png_pixel()


@dataclass
class Response:
    status: int = 200
    content_type: str = HTML
    body: bytes | str = b""
    headers: list[tuple[str, str]] = field(default_factory=list)


def _json(data, status: int = 200, headers: list[tuple[str, str]] | None = None) -> Response:
    return Response(status, JSON, json.dumps(data, ensure_ascii=False), headers or [])


def _ld(data) -> str:
    """JSON for a <script type="application/ld+json"> block (no '</' inside)."""
    return json.dumps(data, ensure_ascii=False, indent=None).replace("</", "<\\/")


def _redirect(location: str) -> Response:
    return Response(301, HTML, "", [("Location", location)])


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value not in (None, "") else default
    except ValueError:
        return default


def _comma(price: Decimal) -> str:
    return f"€{price:.2f}".replace(".", ",")


def _urlset(urls: list[tuple[str, str | None]]) -> str:
    rows = "".join(
        f"<url><loc>{escape(loc)}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "") + "</url>\n"
        for loc, lastmod in urls
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n{rows}</urlset>\n'


def _sitemap_index(locs: list[str]) -> str:
    rows = "".join(f"<sitemap><loc>{escape(loc)}</loc></sitemap>\n" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{SITEMAP_NS}">\n{rows}</sitemapindex>\n'


def _page(title: str, body: str, head: str = "", shop: str = "") -> str:
    return (f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}{' – ' + escape(shop) if shop else ''}</title>\n{head}</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n")


class _Shop:
    """Routes one shop's paths to responses; subclasses are the three storefront kinds."""

    per_page = 24
    chunk = 5000  # URLs per child sitemap

    def __init__(self, catalogue: ShopCatalogue) -> None:
        self.catalogue = catalogue
        self.name = catalogue.competitor
        self.base = ""  # set once the server has a port
        self.hits: Counter[str] = Counter()
        self._hits_lock = threading.Lock()

    def hit(self, path: str) -> None:
        with self._hits_lock:
            self.hits[path] += 1

    def route(self, path: str, query: dict[str, str]) -> Response | None:
        raise NotImplementedError

    def not_found(self, path: str) -> Response:
        return Response(404, HTML, _page("Page not found", "<h1>404 Page not found</h1>", shop=self.name))

    def _pages(self, total: int, per_page: int) -> int:
        return max(1, -(-total // per_page))

    def _category(self, slug: str) -> dict | None:
        return next((c for c in self.catalogue.categories if c["slug"] == slug), None)


# --------------------------------------------------------------------------- Shopify


class ShopifyShop(_Shop):
    per_page = 24

    def route(self, path, query):
        cat = self.catalogue
        if path == "/":
            links = "".join(f'<li><a href="/collections/{c["slug"]}">{escape(c["name"])}</a></li>'
                            for c in cat.categories)
            return Response(body=_page(self.name, f'<h1>{escape(self.name)}</h1><ul class="collections">'
                                       f'{links}<li><a href="/collections/all">All products</a></li></ul>',
                                       self._head(), self.name))
        if path == "/robots.txt":
            return Response(content_type=TEXT, body=self._robots())
        if path == "/products.json" or path == "/collections/all/products.json":
            return self._products_json(range(cat.count), query)
        if path.startswith("/collections/") and path.endswith("/products.json"):
            c = self._category(path[len("/collections/"):-len("/products.json")])
            if c is None:
                return None
            return self._products_json(_IndexList(cat, c["index"]), query)
        if path.startswith("/products/"):
            handle = path[len("/products/"):]
            as_json = handle.endswith(".json")
            handle = handle.removesuffix(".json")
            i = cat.find(handle) if handle and "/" not in handle else None
            if i is None:
                return None
            p = cat.product(i)
            if as_json:
                return _json({"product": self._product_json(p, tags_as_list=False)})
            return Response(body=self._product_page(p))
        if path.startswith("/collections/"):
            return self._collection(path[len("/collections/"):], query)
        if path == "/sitemap.xml":
            pages = self._pages(cat.count, self.chunk)
            locs = [f"{self.base}/sitemap_products_{n}.xml?from={n * self.chunk - self.chunk + 1}&to={n * self.chunk}"
                    for n in range(1, pages + 1)]
            locs += [f"{self.base}/sitemap_collections_1.xml", f"{self.base}/sitemap_pages_1.xml"]
            return Response(content_type=XML, body=_sitemap_index(locs))
        if path.startswith("/sitemap_products_") and path.endswith(".xml"):
            n = _int(path[len("/sitemap_products_"):-4], 0)
            if not 1 <= n <= self._pages(cat.count, self.chunk):
                return None
            urls: list[tuple[str, str | None]] = [(f"{self.base}/", None)] if n == 1 else []  # as Shopify does
            for i in range((n - 1) * self.chunk, min(n * self.chunk, cat.count)):
                p = cat.product(i)
                urls.append((f"{self.base}/products/{p['handle']}", p["updated_at"].isoformat()))
            return Response(content_type=XML, body=_urlset(urls))
        if path == "/sitemap_collections_1.xml":
            return Response(content_type=XML, body=_urlset(
                [(f"{self.base}/collections/{c['slug']}", None) for c in cat.categories]))
        if path == "/sitemap_pages_1.xml":
            return Response(content_type=XML, body=_urlset([]))
        if path.startswith("/cdn/shop/files/"):
            return Response(content_type="image/png", body=PIXEL)
        if path in ("/cart", "/checkout", "/search", "/account"):
            return Response(body=_page(path.strip("/").title(), "<h1>Your cart is empty</h1>", shop=self.name))
        return None

    def _robots(self) -> str:
        disallow = ["/a/downloads/-/*", "/admin", "/cart", "/orders", "/checkouts/", "/checkout",
                    "/carts", "/account", "/collections/*sort_by*", "/*/collections/*sort_by*",
                    "/collections/*+*", "/collections/*%2B*", "/collections/*%2b*", "/blogs/*+*",
                    "/*/blogs/*+*", "/blogs/*%2B*", "/policies/", "/search", "/apple-app-site-association",
                    "/.well-known/shopify/monorail", "/cdn/wpm/*.js", "/recommendations/products",
                    "/*/recommendations/products", "/services/login_with_shop"]
        lines = ["# we use Shopify as our ecommerce platform", "",
                 "# Shopify uses the following robots.txt file by default", "", "User-agent: *"]
        lines += [f"Disallow: {d}" for d in disallow]
        lines += [f"Sitemap: {self.base}/sitemap.xml", ""]
        return "\n".join(lines)

    def _head(self, extra: str = "") -> str:
        return (f'<link rel="preconnect" href="https://cdn.shopify.com" crossorigin>\n'
                f'<script>window.Shopify = window.Shopify || {{}};\nShopify.shop = '
                f'"{slugify(self.name)}.myshopify.com";\nShopify.currency = {{"active":"{DEMO_CURRENCY}",'
                f'"rate":"1.0"}};\nShopify.theme = {{"name":"Dawn","id":140000000001}};</script>\n{extra}')

    def _image(self, p: dict) -> str:
        return f"{self.base}/cdn/shop/files/{p['handle']}.png?v=1700000000"

    def _product_json(self, p: dict, tags_as_list: bool = True) -> dict:
        created, updated = p["created_at"].isoformat(), p["updated_at"].isoformat()
        single = len(p["variants"]) == 1
        variants = [{
            "id": v["id"],
            "title": v["title"],
            "option1": v["title"],
            "option2": None,
            "option3": None,
            "sku": v["sku"],
            "requires_shipping": True,
            "taxable": True,
            "featured_image": None,
            "available": v["in_stock"],
            "price": f"{v['price']:.2f}",
            "grams": v["grams"],
            "compare_at_price": f"{v['regular_price']:.2f}" if v["regular_price"] else None,
            "position": n,
            "product_id": p["id"],
            "created_at": created,
            "updated_at": updated,
            # The public endpoint of some stores omits barcode; crawlers must cope with both.
            "barcode": v["gtin"],
        } for n, v in enumerate(p["variants"], 1)]
        tags = [p["category"]]
        if p["promotion"]:
            tags.append(p["promotion"])
        if any(v["regular_price"] for v in p["variants"]):
            tags.append("Sale")
        body = f"<p>{escape(p['description'])}</p>"
        if p["promotion"]:
            body += f"<p><strong>{escape(p['promotion'])}</strong> – mix &amp; match across the range.</p>"
        return {
            "id": p["id"],
            "title": p["name"],
            "handle": p["handle"],
            "body_html": body,
            "published_at": created,
            "created_at": created,
            "updated_at": updated,
            "vendor": p["vendor"],
            "product_type": p["category"],
            "tags": sorted(tags) if tags_as_list else ", ".join(sorted(tags)),
            "variants": variants,
            "images": [{
                "id": 31_000_000_000_000 + p["index"], "created_at": created, "position": 1,
                "updated_at": updated, "product_id": p["id"], "variant_ids": [], "src": self._image(p),
                "width": 800, "height": 800,
            }],
            "options": [{"name": "Title" if single else "Size", "position": 1,
                         "values": [v["title"] for v in p["variants"]]}],
        }

    def _products_json(self, indices, query) -> Response:
        limit = _int(query.get("limit"), 30)
        limit = 30 if limit < 1 else min(limit, 250)  # Shopify silently caps at 250
        page = max(1, _int(query.get("page"), 1))
        start = (page - 1) * limit
        chosen = indices[start:start + limit] if start < len(indices) else []
        return _json({"products": [self._product_json(self.catalogue.product(i)) for i in chosen]})

    def _price_html(self, v: dict) -> str:
        html = f'<span class="price-item price-item--sale">{_comma(v["price"])}</span>' if v["regular_price"] \
            else f'<span class="price-item price-item--regular">{_comma(v["price"])}</span>'
        if v["regular_price"]:
            html += f' <s class="price-item price-item--regular">{_comma(v["regular_price"])}</s>'
        return html

    def _product_page(self, p: dict) -> str:
        url = f"{self.base}/products/{p['handle']}"
        first = next((v for v in p["variants"] if v["in_stock"]), p["variants"][0])
        offers = []
        for v in p["variants"]:
            offer = {"@type": "Offer", "sku": v["sku"]}
            if v["gtin"]:
                offer["gtin13"] = v["gtin"]
            offer.update({
                "availability": "http://schema.org/InStock" if v["in_stock"] else "http://schema.org/OutOfStock",
                "price": float(v["price"]), "priceCurrency": DEMO_CURRENCY, "url": f"{url}?variant={v['id']}",
            })
            offers.append(offer)
        ld = {
            "@context": "http://schema.org/", "@type": "Product", "name": p["name"], "url": url,
            "image": [self._image(p)], "description": p["description"], "sku": first["sku"],
            "brand": {"@type": "Brand", "name": p["vendor"]}, "offers": offers,
        }
        head = self._head(
            f'<link rel="canonical" href="{escape(url)}">\n'
            f'<meta property="og:site_name" content="{escape(self.name)}">\n'
            f'<meta property="og:url" content="{escape(url)}">\n'
            f'<meta property="og:title" content="{escape(p["name"])}">\n'
            f'<meta property="og:type" content="product">\n'
            f'<meta property="og:description" content="{escape(p["description"])}">\n'
            f'<meta property="og:image" content="{escape(self._image(p))}">\n'
            f'<meta property="og:price:amount" content="{first["price"]:.2f}">\n'
            f'<meta property="og:price:currency" content="{DEMO_CURRENCY}">\n'
            f'<script type="application/ld+json">\n{_ld(ld)}\n</script>\n')
        options = "".join(
            f'<option value="{v["id"]}"{" disabled" if not v["in_stock"] else ""}>{escape(v["title"])} - '
            f'{_comma(v["price"])}</option>' for v in p["variants"])
        promo = f'<p class="badge badge--promo">{escape(p["promotion"])}</p>' if p["promotion"] else ""
        body = (
            f'<main class="product"><p class="product__text">{escape(p["vendor"])}</p>'
            f'<h1 class="product__title">{escape(p["name"])}</h1>\n'
            f'<div class="price">{self._price_html(first)}</div>{promo}\n'
            f'<form method="post" action="/cart/add"><select name="id">{options}</select>'
            f'<button type="submit" name="add"{"" if first["in_stock"] else " disabled"}>'
            f'{"Add to cart" if first["in_stock"] else "Sold out"}</button></form>\n'
            f'<div class="product__description">{escape(p["description"])}</div></main>')
        return _page(p["name"], body, head, self.name)

    def _collection(self, slug: str, query) -> Response | None:
        cat = self.catalogue
        if slug == "all":
            indices, title = range(cat.count), "All products"
        else:
            c = self._category(slug)
            if c is None:
                return None
            indices, title = _IndexList(cat, c["index"]), c["name"]
        page = max(1, _int(query.get("page"), 1))
        pages = self._pages(len(indices), self.per_page)
        start = (page - 1) * self.per_page
        chosen = indices[start:start + self.per_page] if start < len(indices) else []
        cards = []
        for i in chosen:
            p = cat.product(i)
            v = next((v for v in p["variants"] if v["in_stock"]), p["variants"][0])
            cards.append(f'<li class="grid__item"><div class="card"><a href="/products/{p["handle"]}" '
                         f'class="full-unstyled-link">{escape(p["name"])}</a>'
                         f'<div class="price">{self._price_html(v)}</div></div></li>')
        nav = ""
        if page < pages:
            nav = f'<a class="pagination__item--prev" rel="next" href="/collections/{slug}?page={page + 1}">Next</a>'
        body = (f'<h1 class="collection-hero__title">{escape(title)}</h1>\n<ul class="product-grid">'
                f'{"".join(cards)}</ul>\n<nav class="pagination">{nav}</nav>')
        return Response(body=_page(title, body, self._head(), self.name))


class _IndexList:
    """The shop indices of one category as a lazy, sliceable sequence."""

    def __init__(self, catalogue: ShopCatalogue, c: int) -> None:
        self.catalogue, self.c = catalogue, c
        self.n = catalogue.categories[c]["count"]

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, s: slice) -> list[int]:
        return self.catalogue.category_products(self.c, s.start or 0, s.stop)


# --------------------------------------------------------------------------- WooCommerce


class WooCommerceShop(_Shop):
    per_page = 16  # WooCommerce's default catalogue page
    chunk = 2000  # WordPress core sitemaps hold 2,000 URLs each
    api_max = 100

    def route(self, path, query):
        cat = self.catalogue
        if path in ("/wp-json/wc/store/v1/products", "/wp-json/wc/store/products"):
            return self._store_api(query)
        head, _, ident = path.rpartition("/")
        if head in ("/wp-json/wc/store/v1/products", "/wp-json/wc/store/products") and ident.isdigit():
            i, rest = divmod(int(ident) - 100, 3)
            if 0 <= i < cat.count and rest == 0:
                return _json(self._api_product(cat.product(i)))
            return _json({"code": "woocommerce_rest_product_invalid_id", "message": "Invalid product ID.",
                          "data": {"status": 404}}, 404)
        if path in ("/wp-json", "/wp-json/"):
            return _json({"name": self.name, "description": "", "url": self.base, "home": self.base,
                          "namespaces": ["oembed/1.0", "wc/store", "wc/store/v1", "wc/v3", "wp/v2"]})
        if path.startswith("/wp-json/"):
            return _json({"code": "rest_no_route", "message": "No route was found matching the URL and "
                          "request method.", "data": {"status": 404}}, 404)
        if path == "/robots.txt":
            return Response(content_type=TEXT, body=(
                "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nDisallow: /cart/\n"
                f"Disallow: /checkout/\nDisallow: /my-account/\n\nSitemap: {self.base}/wp-sitemap.xml\n"))
        if path == "/sitemap.xml":
            return _redirect(f"{self.base}/wp-sitemap.xml")  # WordPress core does the same
        if path == "/wp-sitemap.xml":
            locs = [f"{self.base}/wp-sitemap-posts-page-1.xml"]
            locs += [f"{self.base}/wp-sitemap-posts-product-{n}.xml"
                     for n in range(1, self._pages(cat.count, self.chunk) + 1)]
            locs.append(f"{self.base}/wp-sitemap-taxonomies-product_cat-1.xml")
            return Response(content_type=XML, body=_sitemap_index(locs))
        if path.startswith("/wp-sitemap-posts-product-") and path.endswith(".xml"):
            n = _int(path[len("/wp-sitemap-posts-product-"):-4], 0)
            if not 1 <= n <= self._pages(cat.count, self.chunk):
                return None
            return Response(content_type=XML, body=_urlset([
                (self._permalink(cat.product(i)), None)
                for i in range((n - 1) * self.chunk, min(n * self.chunk, cat.count))]))
        if path == "/wp-sitemap-posts-page-1.xml":
            return Response(content_type=XML, body=_urlset([(f"{self.base}/", None), (f"{self.base}/shop/", None)]))
        if path == "/wp-sitemap-taxonomies-product_cat-1.xml":
            return Response(content_type=XML, body=_urlset(
                [(f"{self.base}/product-category/{c['slug']}/", None) for c in cat.categories]))
        if path.startswith("/product/"):
            rest = path[len("/product/"):]
            if not rest.endswith("/"):
                return _redirect(f"{self.base}/product/{rest}/")
            i = cat.find(rest[:-1])
            return None if i is None else Response(body=self._product_page(cat.product(i)))
        if path == "/" or path.startswith("/shop/") or path.startswith("/product-category/"):
            return self._listing(path)
        if path.startswith("/wp-content/uploads/"):
            return Response(content_type="image/png", body=PIXEL)
        if path in ("/cart/", "/checkout/", "/my-account/"):
            return Response(body=_page(path.strip("/").title(), "<h1>Your cart is currently empty.</h1>",
                                       shop=self.name))
        return None

    def _permalink(self, p: dict) -> str:
        return f"{self.base}/product/{p['handle']}/"

    def _image(self, p: dict) -> str:
        return f"{self.base}/wp-content/uploads/2024/05/{p['handle']}.png"

    def _store_api(self, query) -> Response:
        cat = self.catalogue
        errors = {}
        page = _int(query.get("page"), 1) if str(query.get("page", "1")).isdigit() else -1
        per_page = _int(query.get("per_page"), 10) if str(query.get("per_page", "10")).isdigit() else -1
        if page < 1:
            errors["page"] = "page must be greater than or equal to 1"
        if not 1 <= per_page <= self.api_max:
            errors["per_page"] = f"per_page must be between 1 (inclusive) and {self.api_max} (inclusive)"
        if errors:
            return _json({"code": "rest_invalid_param", "message": f"Invalid parameter(s): {', '.join(errors)}",
                          "data": {"status": 400, "params": errors, "details": {}}}, 400)
        pages = -(-cat.count // per_page)
        # Past the last page the Store API answers 200 with [] (unlike wp/v2, which sends a 400
        # rest_post_invalid_page_number); the totals headers still tell a client where to stop.
        start = (page - 1) * per_page
        items = [self._api_product(cat.product(i)) for i in range(start, min(start + per_page, cat.count))]
        route = f"{self.base}/wp-json/wc/store/v1/products"
        links = []
        if page > 1:
            links.append(f'<{route}?page={min(page - 1, pages)}&per_page={per_page}>; rel="prev"')
        if page < pages:
            links.append(f'<{route}?page={page + 1}&per_page={per_page}>; rel="next"')
        headers = [("X-WP-Total", str(cat.count)), ("X-WP-TotalPages", str(pages))]
        if links:
            headers.append(("Link", ", ".join(links)))
        return _json(items, headers=headers)

    @staticmethod
    def _minor(price: Decimal) -> str:
        return str(int(price * 100))

    def _api_product(self, p: dict) -> dict:
        regular = p["regular_price"] or p["price"]
        link = self._permalink(p)
        cat_link = f"{self.base}/product-category/{p['category_slug']}/"
        tags = []
        short = f"<p>{escape(p['description'])}</p>"
        if p["promotion"]:
            tags.append({"id": 500 + len(p["promotion"]), "name": p["promotion"], "slug": slugify(p["promotion"]),
                         "link": f"{self.base}/product-tag/{slugify(p['promotion'])}/"})
            short += f"<p><strong>{escape(p['promotion'])}</strong></p>"
        attributes = []
        if p["size"]:
            attributes.append({"id": 0, "name": "Size", "taxonomy": None, "has_variations": False,
                               "terms": [{"id": 0, "name": p["size"], "slug": slugify(p["size"])}]})
        price_html = f'<span class="woocommerce-Price-amount amount">{escape(_comma(p["price"]))}</span>'
        if p["regular_price"]:
            price_html = (f'<del aria-hidden="true"><span class="woocommerce-Price-amount amount">'
                          f'{escape(_comma(regular))}</span></del> <ins>{price_html}</ins>')
        return {
            "id": p["id"],
            "name": p["name"],
            "slug": p["handle"],
            "parent": 0,
            "type": "simple",
            "variation": "",
            "permalink": link,
            "sku": p["sku"],
            "short_description": short,
            "description": f"<p>{escape(p['description'])}</p>",
            "on_sale": p["regular_price"] is not None,
            "prices": {
                "price": self._minor(p["price"]),
                "regular_price": self._minor(regular),
                "sale_price": self._minor(p["price"]),
                "price_range": None,
                "currency_code": DEMO_CURRENCY,
                "currency_symbol": "€",
                "currency_minor_unit": 2,
                "currency_decimal_separator": ",",
                "currency_thousand_separator": ".",
                "currency_prefix": "€",
                "currency_suffix": "",
            },
            "price_html": price_html,
            "average_rating": "0",
            "review_count": 0,
            "images": [{"id": 9000 + p["index"], "src": self._image(p), "thumbnail": self._image(p),
                        "srcset": "", "sizes": "", "name": p["handle"], "alt": ""}],
            "categories": [{"id": 15 + p["category_index"], "name": p["category"], "slug": p["category_slug"],
                            "link": cat_link}],
            "tags": tags,
            "brands": [{"id": p["brand_id"], "name": p["vendor"], "slug": slugify(p["vendor"]),
                        "link": f"{self.base}/brand/{slugify(p['vendor'])}/"}],
            "attributes": attributes,
            "variations": [],
            "has_options": False,
            "is_purchasable": True,
            "is_in_stock": p["in_stock"],
            "is_on_backorder": False,
            "low_stock_remaining": None,
            "sold_individually": False,
            "add_to_cart": {"text": "Add to cart" if p["in_stock"] else "Read more",
                            "description": f"Add to your cart: “{p['name']}”",
                            "url": f"?add-to-cart={p['id']}" if p["in_stock"] else link,
                            "minimum": 1, "maximum": 9999, "multiple_of": 1},
            "extensions": {},
        }

    def _head(self, extra: str = "") -> str:
        return (f'<meta name="generator" content="WordPress 6.6.2">\n'
                f'<meta name="generator" content="WooCommerce 9.4.2">\n'
                f'<link rel="https://api.w.org/" href="{self.base}/wp-json/">\n{extra}')

    def _price_html(self, p: dict) -> str:
        def amount(d: Decimal) -> str:
            return (f'<span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-'
                    f'currencySymbol">&euro;</span>{f"{d:.2f}".replace(".", ",")}</bdi></span>')

        if p["regular_price"]:
            return (f'<del aria-hidden="true">{amount(p["regular_price"])}</del> '
                    f'<ins aria-hidden="true">{amount(p["price"])}</ins>')
        return amount(p["price"])

    def _product_page(self, p: dict) -> str:
        url = self._permalink(p)
        org = {"@id": f"{self.base}/#organization"}
        offer = {
            "@type": "Offer", "@id": f"{url}#offer", "price": f"{p['price']:.2f}",
            "priceCurrency": DEMO_CURRENCY,
            "priceSpecification": [{"@type": "UnitPriceSpecification", "price": f"{p['price']:.2f}",
                                    "priceCurrency": DEMO_CURRENCY, "valueAddedTaxIncluded": True}],
            "availability": "https://schema.org/InStock" if p["in_stock"] else "https://schema.org/OutOfStock",
            "url": url, "seller": org,
        }
        if p["regular_price"]:
            offer["priceSpecification"].append({
                "@type": "UnitPriceSpecification", "price": f"{p['regular_price']:.2f}",
                "priceCurrency": DEMO_CURRENCY, "valueAddedTaxIncluded": True,
                "priceType": "https://schema.org/ListPrice"})
        if p["gtin"]:
            offer["gtin13"] = p["gtin"]
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": ["WebPage", "ItemPage"], "@id": url, "url": url, "name": f"{p['name']} - {self.name}",
             "isPartOf": {"@id": f"{self.base}/#website"}, "breadcrumb": {"@id": f"{url}#breadcrumb"},
             "inLanguage": "en-GB"},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": f"{self.base}/"},
                {"@type": "ListItem", "position": 2, "name": p["category"],
                 "item": f"{self.base}/product-category/{p['category_slug']}/"},
                {"@type": "ListItem", "position": 3, "name": p["name"]}]},
            {"@type": "WebSite", "@id": f"{self.base}/#website", "url": f"{self.base}/", "name": self.name,
             "publisher": org},
            {"@type": "Organization", "@id": f"{self.base}/#organization", "name": self.name,
             "url": f"{self.base}/"},
            {"@type": "Product", "@id": f"{url}#product", "name": p["name"], "url": url,
             "description": p["description"], "image": self._image(p), "sku": p["sku"],
             "brand": {"@type": "Brand", "name": p["vendor"]}, "category": p["category"],
             "offers": [offer], "mainEntityOfPage": {"@id": url}},
        ]}
        head = self._head(f'<link rel="canonical" href="{escape(url)}">\n'
                          f'<meta property="og:type" content="product">\n'
                          f'<meta property="og:title" content="{escape(p["name"])}">\n'
                          f'<script type="application/ld+json" class="yoast-schema-graph">{_ld(graph)}</script>\n')
        stock = ('<p class="stock in-stock">In stock</p>' if p["in_stock"]
                 else '<p class="stock out-of-stock">Out of stock</p>')
        sale = '<span class="onsale">Sale!</span>' if p["regular_price"] else ""
        promo = f'<p class="promo-badge">{escape(p["promotion"])}</p>' if p["promotion"] else ""
        body = (
            f'<div id="product-{p["id"]}" class="product type-product status-publish '
            f'{"instock" if p["in_stock"] else "outofstock"} product_cat-{p["category_slug"]}">{sale}'
            f'<div class="summary entry-summary"><h1 class="product_title entry-title">{escape(p["name"])}</h1>\n'
            f'<p class="price">{self._price_html(p)}</p>{promo}\n'
            f'<div class="woocommerce-product-details__short-description"><p>{escape(p["description"])}</p></div>\n'
            f'{stock}<div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">'
            f'{escape(p["sku"])}</span></span> <span class="posted_in">Category: <a href="/product-category/'
            f'{p["category_slug"]}/" rel="tag">{escape(p["category"])}</a></span></div></div></div>')
        return _page(p["name"], body, head, self.name)

    def _listing(self, path: str) -> Response | None:
        cat = self.catalogue
        parts = [s for s in path.split("/") if s]
        page = 1
        if len(parts) >= 2 and parts[-2] == "page":
            page = _int(parts[-1], 0)
            parts = parts[:-2]
            if page < 2:
                return None
        if not path.endswith("/"):
            return _redirect(f"{self.base}{path}/")
        if not parts:
            if page != 1:
                return None
            links = "".join(f'<li><a href="/product-category/{c["slug"]}/">{escape(c["name"])}</a></li>'
                            for c in cat.categories)
            return Response(body=_page(self.name, f'<h1>{escape(self.name)}</h1><ul class="product-categories">'
                                       f'{links}</ul><a href="/shop/">Shop</a>', self._head(), self.name))
        if parts == ["shop"]:
            indices, title, prefix = range(cat.count), "Shop", "/shop/"
        elif len(parts) == 2 and parts[0] == "product-category" and self._category(parts[1]):
            c = self._category(parts[1])
            indices, title, prefix = _IndexList(cat, c["index"]), c["name"], f"/product-category/{parts[1]}/"
        else:
            return None
        pages = self._pages(len(indices), self.per_page)
        if page > pages:
            return None
        start = (page - 1) * self.per_page
        cards = []
        for i in indices[start:start + self.per_page]:
            p = cat.product(i)
            cards.append(f'<li class="product"><a href="{self._permalink(p)}" class="woocommerce-LoopProduct-link">'
                         f'<h2 class="woocommerce-loop-product__title">{escape(p["name"])}</h2>'
                         f'<span class="price">{self._price_html(p)}</span></a></li>')
        head = ""
        nav = ""
        if page < pages:
            nxt = f"{self.base}{prefix}page/{page + 1}/"
            head = f'<link rel="next" href="{nxt}">\n'
            nav = f'<a class="next page-numbers" href="{nxt}">&rarr;</a>'
        body = (f'<h1 class="woocommerce-products-header__title page-title">{escape(title)}</h1>'
                f'<ul class="products columns-4">{"".join(cards)}</ul>'
                f'<nav class="woocommerce-pagination"><ul class="page-numbers"><li>{nav}</li></ul></nav>')
        return Response(body=_page(title, body, self._head(head), self.name))


# --------------------------------------------------------------------------- plain HTML shop


class PlainShop(_Shop):
    per_page = 24

    def route(self, path, query):
        cat = self.catalogue
        if path == "/":
            links = "".join(f'<li><a href="/c/{c["slug"]}">{escape(c["name"])}</a></li>' for c in cat.categories)
            return Response(body=_page(self.name, f'{self._header()}<h1>Welcome to {escape(self.name)}</h1>'
                                       f'<nav class="categories"><ul>{links}</ul></nav>', shop=self.name))
        if path == "/robots.txt":
            return Response(content_type=TEXT, body=(
                f"User-agent: *\nDisallow: /cart\nDisallow: /search\nDisallow: /account\n\n"
                f"Sitemap: {self.base}/sitemap.xml\n"))
        if path == "/sitemap.xml":
            locs = [f"{self.base}/sitemap-products-{n}.xml" for n in range(1, self._pages(cat.count, self.chunk) + 1)]
            locs.append(f"{self.base}/sitemap-categories.xml")
            return Response(content_type=XML, body=_sitemap_index(locs))
        if path.startswith("/sitemap-products-") and path.endswith(".xml"):
            n = _int(path[len("/sitemap-products-"):-4], 0)
            if not 1 <= n <= self._pages(cat.count, self.chunk):
                return None
            products = map(cat.product, range((n - 1) * self.chunk, min(n * self.chunk, cat.count)))
            return Response(content_type=XML, body=_urlset(
                [(f"{self.base}{self._path(p)}", p["updated_at"].date().isoformat()) for p in products]))
        if path == "/sitemap-categories.xml":
            return Response(content_type=XML, body=_urlset(
                [(f"{self.base}/c/{c['slug']}", None) for c in cat.categories]))
        if path.startswith("/c/"):
            return self._category_page(path[3:], query)
        if path.startswith("/p/") and path.endswith(".html"):
            ident, _, slug = path[3:-5].partition("-")
            if not ident.isdigit() or not 0 <= int(ident) - 10_000 < cat.count:
                return None
            p = cat.product(int(ident) - 10_000)
            if slug != p["handle"]:
                return _redirect(f"{self.base}{self._path(p)}")
            return Response(body=self._product_page(p))
        if path.startswith("/img/"):
            return Response(content_type="image/png", body=PIXEL)
        if path in ("/cart", "/search", "/account"):
            return Response(body=_page(path.strip("/").title(), f"{self._header()}<h1>{path.strip('/').title()}</h1>",
                                       shop=self.name))
        return None

    @staticmethod
    def _path(p: dict) -> str:
        return f"/p/{p['id']}-{p['handle']}.html"

    def _header(self) -> str:
        return (f'<header><a href="/" class="logo">{escape(self.name)}</a>'
                f'<form action="/search"><input name="q"></form> <a href="/cart">Basket</a></header>\n')

    def _category_page(self, slug: str, query) -> Response | None:
        c = self._category(slug)
        if c is None:
            return None
        page = _int(query.get("page"), 1)
        pages = self._pages(c["count"], self.per_page)
        if not 1 <= page <= pages:
            return None
        start = (page - 1) * self.per_page
        cards = []
        for i in self.catalogue.category_products(c["index"], start, start + self.per_page):
            p = self.catalogue.product(i)
            was = f' <del class="was-price">{_comma(p["regular_price"])}</del>' if p["regular_price"] else ""
            cards.append(f'<li class="product-card"><a href="{self._path(p)}"><img src="/img/{p["id"]}.png" alt="">'
                         f'<span class="name">{escape(p["name"])}</span></a>'
                         f'<span class="price">{_comma(p["price"])}</span>{was}</li>')
        head = ""
        nav = []
        if page > 1:
            prev = f"/c/{slug}?page={page - 1}" if page > 2 else f"/c/{slug}"
            head += f'<link rel="prev" href="{self.base}{prev}">\n'
            nav.append(f'<a rel="prev" href="{prev}">Previous</a>')
        if page < pages:
            nxt = f"/c/{slug}?page={page + 1}"
            head += f'<link rel="next" href="{self.base}{nxt}">\n'
            nav.append(f'<a rel="next" class="next" href="{nxt}">Next</a>')
        body = (f'{self._header()}<nav class="breadcrumb"><a href="/">Home</a> &gt; {escape(c["name"])}</nav>'
                f'<h1>{escape(c["name"])}</h1><p class="count">{c["count"]} products</p>'
                f'<ul class="products">{"".join(cards)}</ul>'
                f'<div class="pagination">Page {page} of {pages} {" ".join(nav)}</div>')
        return Response(body=_page(f"{c['name']} - page {page}" if page > 1 else c["name"], body, head, self.name))

    def _product_page(self, p: dict) -> str:
        name = escape(p["name"])
        stock = "In stock" if p["in_stock"] else "Out of stock"
        price = _comma(p["price"])
        was = f'<del class="was-price">{_comma(p["regular_price"])}</del>' if p["regular_price"] else ""
        promo = f'<span class="badge promo">{escape(p["promotion"])}</span>' if p["promotion"] else ""
        crumbs = (f'<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/c/{p["category_slug"]}">'
                  f'{escape(p["category"])}</a></nav>')
        if p["microdata"]:
            brand = (f'<p class="brand">Brand: <span itemprop="brand" itemscope itemtype="http://schema.org/Brand">'
                     f'<span itemprop="name">{escape(p["vendor"])}</span></span></p>')
            gtin = f'<meta itemprop="gtin13" content="{p["gtin"]}">' if p["gtin"] else ""
            availability = "InStock" if p["in_stock"] else "OutOfStock"
            main = (
                f'<div class="product" itemscope itemtype="http://schema.org/Product">'
                f'<h1 itemprop="name">{name}</h1>{brand}'
                f'<img itemprop="image" src="/img/{p["id"]}.png" alt="{name}">'
                f'<p class="sku">SKU: <span itemprop="sku">{escape(p["sku"])}</span></p>{gtin}'
                f'<div class="offer" itemprop="offers" itemscope itemtype="http://schema.org/Offer">'
                f'<meta itemprop="priceCurrency" content="{DEMO_CURRENCY}">'
                f'<span class="price" itemprop="price" content="{p["price"]:.2f}">{price}</span> {was} {promo}'
                f'<link itemprop="availability" href="http://schema.org/{availability}">'
                f'<p class="stock">{stock}</p></div>'
                f'<div itemprop="description">{escape(p["description"])}</div></div>')
        else:
            gtin = f'<p class="ean">EAN: {p["gtin"]}</p>' if p["gtin"] and p["show_gtin_text"] else ""
            brand = f'<p class="brand">Brand: {escape(p["brand"])}</p>' if p["brand"] else ""
            main = (
                f'<div class="product"><h1>{name}</h1>{brand}<img src="/img/{p["id"]}.png" alt="{name}">'
                f'<div class="buy"><span class="price">{price}</span> {was} {promo}'
                f'<p class="stock">{stock}</p></div><p class="sku">SKU: {escape(p["sku"])}</p>{gtin}'
                f'<div class="description">{escape(p["description"])}</div></div>')
        head = f'<link rel="canonical" href="{self.base}{self._path(p)}">\n'
        return _page(p["name"], f"{self._header()}{crumbs}{main}", head, self.name)


SHOP_KINDS: dict[str, type[_Shop]] = {"shopify": ShopifyShop, "woocommerce": WooCommerceShop, "html": PlainShop}


# --------------------------------------------------------------------------- serving


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "demo-shop"
    sys_version = ""

    def log_message(self, format, *args):  # noqa: A002 - the demo is quiet per request
        pass

    def do_GET(self):
        self._respond(send_body=True)

    def do_HEAD(self):
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        shop: _Shop = self.server.shop  # type: ignore[attr-defined]
        split = urlsplit(self.path)
        path = unquote(split.path) or "/"
        query = dict(parse_qsl(split.query, keep_blank_values=True))
        shop.hit(path)
        try:
            response = shop.route(path, query) or shop.not_found(path)
        except Exception as exc:  # a bug in the demo must not look like a dead shop
            response = Response(500, TEXT, f"internal error: {exc!r}\n")
        body = response.body.encode("utf-8") if isinstance(response.body, str) else response.body
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in response.headers:
            self.send_header(key, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address):
        # Clients (crawlers being stopped) hang up mid-response; that is not worth a traceback.
        if not isinstance(sys.exc_info()[1], (ConnectionError, socket.timeout)):
            super().handle_error(request, client_address)


class DemoShops:
    """Serve the three demo competitors on free ports while the ``with`` block runs.

    ``urls`` maps competitor name to base URL; ``platforms`` maps it to the shop kind;
    ``catalogues`` gives the ``ShopCatalogue`` behind each (ground truth for tests and
    benches); ``hits`` counts requests per path (for example to check robots.txt is obeyed).
    """

    def __init__(self, world: World, host: str = "127.0.0.1", ports: list[int] | None = None) -> None:
        self.world = world
        self.host = host
        self.ports = ports or [0] * len(COMPETITORS)
        self.urls: dict[str, str] = {}
        self.platforms: dict[str, str] = {name: kind for name, kind in COMPETITORS}
        self.catalogues: dict[str, ShopCatalogue] = {}
        self.hits: dict[str, Counter[str]] = {}
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []

    def start(self) -> DemoShops:
        try:
            for (name, kind), port in zip(COMPETITORS, self.ports):
                catalogue = self.world.shop_products(kind)
                shop = SHOP_KINDS[kind](catalogue)
                server = _Server((self.host, port), _Handler)
                server.shop = shop  # type: ignore[attr-defined]
                self._servers.append(server)
                shop.base = f"http://{self.host}:{server.server_address[1]}"
                thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                                          name=f"demo-shop-{kind}", daemon=True)
                thread.start()
                self._threads.append(thread)
                self.urls[name] = shop.base + "/"
                self.catalogues[name] = catalogue
                self.hits[name] = shop.hits
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> DemoShops:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m storecheck.demo.shops",
                                     description="Serve the storecheck demo competitor shops until Ctrl-C.")
    parser.add_argument("--products", type=int, default=300, help="products per shop (default 300)")
    parser.add_argument("--seed", type=int, default=7, help="world seed (default 7)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0,
                        help="first port; the shops take PORT, PORT+1, PORT+2 (default: free ports)")
    parser.add_argument("--catalogue", metavar="FILE", help="also write our own catalogue CSV to FILE")
    args = parser.parse_args(argv)
    world = World(seed=args.seed, products=args.products)
    if args.catalogue:
        world.write_own_catalogue(args.catalogue)
        print(f"own catalogue: {args.catalogue}", flush=True)
    ports = [args.port + k for k in range(len(COMPETITORS))] if args.port else None
    with DemoShops(world, host=args.host, ports=ports) as shops:
        for name, url in shops.urls.items():
            print(f"{name} ({shops.platforms[name]}): {url}", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
