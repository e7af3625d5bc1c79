"""Crawl faults: what a hostile shop's answers cost a crawl, beside an honest shop in the same run.

    .venv/bin/python bench/crawl_faults.py [--max-pages 300] [--products 300]

A WooCommerce Store API on 127.0.0.1 serves --products products, 100 a page.
The honest shop's `X-WP-TotalPages` says how many pages there are; the hostile
one says 1,000,000,000. Each is crawled by a real `scrapy crawl shop` process
with `max_pages` = --max-pages; printed: the crawl process's peak resident
memory, requests the shop answered, products stored, and the run's status.
Figures only, no assertions (see bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storecheck.cli import init_workspace  # noqa: E402
from storecheck.config import Workspace  # noqa: E402
from storecheck.crawl import crawl_command, crawl_env  # noqa: E402

PAGE_SIZE = 100


def serve(products: int, total_pages_header: str) -> tuple[ThreadingHTTPServer, list]:
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            split = urlsplit(self.path)
            hits.append(self.path)
            if split.path != "/wp-json/wc/store/v1/products":
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            page = int(dict(parse_qsl(split.query)).get("page", "1"))
            first = (page - 1) * PAGE_SIZE
            data = [{"id": n, "name": f"Product {n}", "sku": f"W-{n}", "permalink": f"/p/{n}",
                     "prices": {"price": "499", "currency_code": "EUR", "currency_minor_unit": 2}}
                    for n in range(first + 1, min(first + PAGE_SIZE, products) + 1)]
            body = json.dumps(data).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("X-WP-TotalPages", total_pages_header)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, hits


def crawl(folder: Path, url: str, max_pages: int) -> tuple[float, float, str]:
    """Peak memory (MB) and seconds of one crawl process, and its run's status line."""
    workspace = init_workspace(folder, shop_name="Ours", currency="EUR")
    workspace.add_competitor("Rival", url, platform="woocommerce", download_delay=0.0)
    workspace = Workspace(workspace.path)
    command = crawl_command("Rival", {"CLOSESPIDER_PAGECOUNT": max_pages, "LOG_LEVEL": "INFO"})
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=workspace.path, env=crawl_env(workspace.path),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stderr_lines: list[str] = []
    reader = threading.Thread(target=lambda: stderr_lines.extend(process.stderr), daemon=True)
    reader.start()
    _, _, usage = os.wait4(process.pid, 0)
    reader.join(timeout=10)
    process.stderr.close()
    seconds = time.monotonic() - started
    status = next((line.split("storecheck: ", 1)[1].strip() for line in reversed(stderr_lines)
                   if "storecheck: crawl run" in line and "items=" in line), "no run line")
    return usage.ru_maxrss / 1024, seconds, status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-pages", type=int, default=300)
    parser.add_argument("--products", type=int, default=300)
    args = parser.parse_args()
    honest_pages = -(-args.products // PAGE_SIZE)
    print(f"WooCommerce Store API, {args.products} products, {PAGE_SIZE} a page; max_pages {args.max_pages}")
    print(f"{'X-WP-TotalPages':>16} {'peak MB':>8} {'seconds':>8} {'requests':>9}  run")
    with tempfile.TemporaryDirectory(prefix="storecheck-crawl-faults-") as tmp:
        for label, header in (("honest", str(honest_pages)), ("hostile", "1000000000")):
            server, hits = serve(args.products, header)
            try:
                peak, seconds, status = crawl(Path(tmp) / label, f"http://127.0.0.1:{server.server_address[1]}/", args.max_pages)
            finally:
                server.shutdown()
                server.server_close()
            print(f"{header:>16} {peak:8.0f} {seconds:8.1f} {len(hits):9d}  {status}")


if __name__ == "__main__":
    main()
