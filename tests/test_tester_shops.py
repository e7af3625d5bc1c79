"""An outside tester's crawls of small shops served on 127.0.0.1, each with one
trouble the other shop tests lack: a robots.txt that forbids everything, a shop
with no product on its pages, a compressed page that unpacks beyond the size
limit. Each crawl is a real `scrapy crawl` subprocess."""

from __future__ import annotations

import gzip
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from storecheck.crawl import run_crawl
from test_hostile_shops import new_workspace, rows

NAME = "Tested"
SETTINGS = {"DOWNLOAD_TIMEOUT": 20, "RETRY_TIMES": 0}


def product_page(n: int) -> str:
    data = {"@context": "https://schema.org", "@type": "Product", "name": f"Widget {n}", "sku": f"W-{n}",
            "offers": {"@type": "Offer", "price": f"{n}.50", "priceCurrency": "EUR"}}
    return (f'<html><head><script type="application/ld+json">{json.dumps(data)}</script></head>'
            f"<body><h1>Widget {n}</h1></body></html>")


class Shop:
    """`robots`: the robots.txt served; `products`: whether product pages hold products;
    `bomb`: product 1 sent gzip-compressed, unpacking to 64 MB of zeros."""

    def __init__(self):
        self.robots = ""
        self.products = True
        self.bomb = False
        self.hits: list[str] = []

    def route(self, path: str) -> tuple[int, bytes, list[tuple[str, str]]]:
        if path == "/robots.txt":
            return (200, self.robots.encode(), []) if self.robots else (404, b"", [])
        if path == "/":
            links = "".join(f'<a href="/p/{n}.html">Widget {n}</a>' for n in range(1, 4))
            return 200, f"<html><body><h1>Shop</h1>{links}</body></html>".encode(), []
        if path.startswith("/p/") and path.endswith(".html"):
            n = int(path[3:-5])
            if self.bomb and n == 1:
                packed = io.BytesIO()
                with gzip.GzipFile(fileobj=packed, mode="wb", compresslevel=9) as out:
                    for _ in range(64):
                        out.write(b"\0" * 2**20)
                return 200, packed.getvalue(), [("Content-Encoding", "gzip")]
            if not self.products:
                return 200, f"<html><body><p>About us, page {n}</p></body></html>".encode(), []
            return 200, product_page(n).encode(), []
        return 404, b"not found", []


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        shop: Shop = self.server.shop
        path = self.path.split("?")[0]
        shop.hits.append(path)
        status, body, headers = shop.route(path)
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def shop():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.shop = Shop()
    server.shop.base = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    yield server.shop
    server.shutdown()
    server.server_close()


def crawl(shop: Shop, tmp_path) -> dict:
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor(NAME, shop.base, download_delay=0, platform="html")
    return run_crawl(workspace, NAME, extra_settings=SETTINGS, timeout=120) | {"stored": rows(workspace)}


def test_a_shop_whose_robots_txt_forbids_everything_fails_saying_so(shop, tmp_path):
    # The run failed with no error at all: "failed: 0 products", and nothing to act on.
    shop.robots = "User-agent: *\nDisallow: /\n"
    summary = crawl(shop, tmp_path)
    assert summary["status"] == "failed"
    assert shop.hits == ["/robots.txt"]  # nothing else was fetched
    assert summary["errors"] and "robots.txt forbids" in summary["errors"][0]


def test_a_shop_whose_robots_txt_forbids_the_product_pages_fails_saying_so(shop, tmp_path):
    shop.robots = "User-agent: *\nDisallow: /p/\n"
    summary = crawl(shop, tmp_path)
    assert summary["status"] == "failed"
    assert not any(hit.startswith("/p/") for hit in shop.hits)
    assert "robots.txt forbids" in summary["errors"][0] and "3 page(s)" in summary["errors"][0]


def test_a_shop_with_no_product_on_its_pages_fails_pointing_at_extract(shop, tmp_path):
    shop.products = False
    summary = crawl(shop, tmp_path)
    assert summary["status"] == "failed"
    assert "no product found" in summary["errors"][0] and "extract" in summary["errors"][0]


def test_the_same_shop_with_products_finishes_without_an_error(shop, tmp_path):
    summary = crawl(shop, tmp_path)
    assert summary["status"] == "finished" and not summary["errors"]
    assert set(summary["stored"]) == {"W-1", "W-2", "W-3"}


def test_a_compressed_page_unpacking_beyond_the_limit_is_a_page_too_large(shop, tmp_path):
    # It was an error quoting Scrapy's sentence cut at 120 characters ("... decompressed s"),
    # and no page was counted as dropped.
    shop.bomb = True
    summary = crawl(shop, tmp_path)
    assert summary["status"] == "partial"
    assert summary["dropped"].get("page_too_large") == 1
    assert any(error.startswith(f"page too large {shop.base}p/1.html: unpacks beyond") for error in summary["errors"])
    assert set(summary["stored"]) == {"W-2", "W-3"}
