"""Crawl speed: storecheck's spider against a bare Scrapy spider on the same demo shop.

    .venv/bin/python bench/crawl.py [--products 20000]

Serves the demo shops on 127.0.0.1 and, with politeness off (no delay, no
AutoThrottle, robots.txt not read, 16 concurrent requests), crawls the plain
HTML shop twice, each in its own `scrapy` process:

1. a bare spider that only follows the same links (same link extractor, same
   canonical URLs, no extraction, no pipelines);
2. storecheck's shop spider with extraction, pipelines and the database.

It prints pages/s and products/s of both and the ratio (2)/(1) of pages/s
(target >= 0.65), requests per product on the Shopify and WooCommerce paths
(target <= 0.02) and on the HTML path (target <= 1.1), and the observation rows
a re-crawl of the unchanged shop adds (target 0). Figures, not assertions: see
bench/README.md.

    .venv/bin/python bench/crawl.py --memory

prints instead the peak resident memory (`ru_maxrss`) of a small crawl of each
kind (the demo's HTML shop and its Shopify shop, a few products each, each
`scrapy crawl` process read from a driver process of its own), of `storecheck
extract` of one saved page and of `storecheck offers import` of a three-row
file: what every process of that kind costs before it reads anything large,
the floor that multiplies when a node runs several crawls at once.

    .venv/bin/python bench/crawl.py --middlewares [--products 300]

prints the CPU time (this process's, so other jobs on the machine do not enter)
that storecheck's downloader middlewares and its redirect bookkeeping add to a
page, on the demo shop's pages and on the 66 saved real pages when
../shared/data/pages is there: each page's `response.text` (which the spider's
link extractor and extraction decode anyway) alone, then after TrueCharset's
judgement; RetryAfter's answer to a 200; the response_downloaded signal with
and without ProductPageAccounting's receiver. A difference of a few
microseconds is beyond what a whole crawl's figures can show.

The demo server runs in this process and shares the machine's cores with the
crawl, and other jobs on a shared machine move wall times by ±20 %, so beside
wall times it prints each crawl process's CPU time (user + sys) per page, the
server's CPU time and the load average; the CPU ratio is the steadier figure.
storecheck sets Scrapy's CONCURRENT_ITEMS lower than Scrapy's default (see
crawlers/settings.py); (1b) is the bare spider with that same setting, so
(2)/(1b) shows what extraction, pipelines and the database cost on their own.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy.linkextractors import LinkExtractor

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawlers import settings as storecheck_settings  # noqa: E402
from crawlers.spiders.shop import _SKIP_LINK  # noqa: E402
from crawlers.urls import canonical_url  # noqa: E402
from peak_memory import command_peak_mb, crawl_peak_mb  # noqa: E402

TARGET_RATIO = 0.65

IMPOLITE = {
    "ROBOTSTXT_OBEY": False,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_DELAY_JITTER": 0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "CLOSESPIDER_PAGECOUNT": 0,
    "DEPTH_LIMIT": 0,
    "LOG_LEVEL": "INFO",
}


class BareSpider(scrapy.Spider):
    """Follows the links storecheck's spider follows on an HTML shop, and does nothing else."""

    name = "bare"

    def __init__(self, url: str, stats_file: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start_urls = [url]
        self.host = urlsplit(url).hostname
        self.stats_file = stats_file
        self.link_extractor = LinkExtractor(deny=(_SKIP_LINK.pattern,), unique=True)

    async def start(self):
        self.began = time.monotonic()
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse)

    def parse(self, response):
        for link in self.link_extractor.extract_links(response):
            if urlsplit(link.url).hostname == self.host:
                yield scrapy.Request(canonical_url(link.url), callback=self.parse)

    def closed(self, reason):
        stats = self.crawler.stats.get_stats()
        Path(self.stats_file).write_text(json.dumps({
            "pages": stats.get("response_received_count", 0),
            "seconds": time.monotonic() - self.began,
            "reason": reason,
        }))


class CpuClock:
    """CPU seconds (user + sys) of the crawl processes this one waited for, and of this
    process itself (the demo server's threads), since the clock was started."""

    def __init__(self) -> None:
        self.children, self.server = self._now()

    @staticmethod
    def _now() -> tuple[float, float]:
        children, own = resource.getrusage(resource.RUSAGE_CHILDREN), resource.getrusage(resource.RUSAGE_SELF)
        return children.ru_utime + children.ru_stime, own.ru_utime + own.ru_stime

    def elapsed(self) -> tuple[float, float]:
        children, server = self._now()
        return children - self.children, server - self.server


def run_bare(url: str, workdir: Path, extra: dict | None = None) -> dict:
    stats_file = workdir / "bare.json"
    command = [sys.executable, "-m", "scrapy", "runspider", __file__, "-a", f"url={url}", "-a", f"stats_file={stats_file}"]
    for key, value in {**IMPOLITE, **(extra or {})}.items():
        command += ["-s", f"{key}={value}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SCRAPY_SETTINGS_MODULE": ""}
    clock = CpuClock()
    subprocess.run(command, cwd=workdir, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    result = json.loads(stats_file.read_text())
    result["cpu"], result["server_cpu"] = clock.elapsed()
    return result


def run_storecheck(workspace, name: str) -> dict:
    from storecheck.crawl import run_crawl

    clock = CpuClock()
    summary = run_crawl(workspace, name, extra_settings=IMPOLITE)
    summary["cpu"], summary["server_cpu"] = clock.elapsed()
    # Spider open to spider close, as the bare spider's elapsed_time_seconds.
    summary["seconds"] = (summary["finished_at"] - summary["started_at"]).total_seconds()
    return summary


def cpu_figures(run: dict) -> str:
    """CPU time of the crawl process (process start included) per page, and the server's."""
    return (f"crawl process CPU {run['cpu']:.1f}s = {1000 * run['cpu'] / max(run['pages'], 1):.2f} ms/page, "
            f"server CPU {run['server_cpu']:.1f}s, load average {os.getloadavg()[0]:.1f}")


def observation_count(workspace) -> int:
    from sqlalchemy import func, select

    from storecheck import db

    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(db.observations)).scalar()
    finally:
        engine.dispose()


def cpu_per_page(run: dict) -> float:
    return run["cpu"] / max(run["pages"], 1)


def memory_floor(products: int) -> None:
    """Peaks of a small crawl of each kind and of the two commands that read a page or a file."""
    from storecheck.config import CONFIG_TEMPLATE, Workspace
    from storecheck.demo.shops import DemoShops
    from storecheck.demo.world import World

    with tempfile.TemporaryDirectory(prefix="storecheck-bench-") as tmp, DemoShops(World(seed=7, products=products)) as shops:
        path = Path(tmp) / "ws"
        path.mkdir()
        (path / "storecheck.toml").write_text(CONFIG_TEMPLATE.format(shop_name="Bench", currency="EUR"), encoding="utf-8")
        workspace = Workspace(path)
        print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        for name, kind in shops.platforms.items():
            if kind not in ("html", "shopify"):
                continue
            workspace.add_competitor(name, shops.urls[name], platform=kind, download_delay=0)
            peak, status = crawl_peak_mb(path, name, IMPOLITE)
            print(f"{kind} crawl (status, pages, items: {status}): peak {peak:.0f} MB")
        storecheck = str(Path(sys.executable).with_name("storecheck"))
        page = ROOT / "tests" / "data" / "pages" / "books-1.html"
        peak = command_peak_mb(storecheck, "extract", str(page), "--json")
        print(f"storecheck extract of one page: peak {peak:.0f} MB")
        offers = Path(tmp) / "offers.csv"
        offers.write_text("key,name,price,currency\nA1,Kettle 1.7 l,24.99,EUR\nA2,Toaster,19.90,EUR\n"
                          "A3,Blender,1 299 Kč,CZK\n", encoding="utf-8")
        name = next(n for n, kind in shops.platforms.items() if kind == "html")
        peak = command_peak_mb(storecheck, "offers", "import", str(offers), "--competitor", name, "--workspace", str(path))
        print(f"storecheck offers import of three rows: peak {peak:.0f} MB")


def _cpu_us_per_page(pages: int, rounds: int, work) -> float:
    """CPU microseconds per page of `work(round)`, which handles every page once."""
    spent = 0.0
    for n in range(rounds):
        started = time.process_time()
        work(n)
        spent += time.process_time() - started
    return 1e6 * spent / (pages * rounds)


def middleware_costs(products: int, rounds: int = 15) -> None:
    """What TrueCharset, RetryAfter and ProductPageAccounting's redirect receiver add to a page."""
    import asyncio
    import gzip
    import urllib.request
    from types import SimpleNamespace

    from scrapy import signals
    from scrapy.http import HtmlResponse, Request
    from scrapy.signalmanager import SignalManager
    from scrapy.utils.test import get_crawler

    from crawlers.completeness import ProductPageAccounting
    from crawlers.middlewares import RetryAfter, TrueCharset
    from storecheck.demo.shops import DemoShops
    from storecheck.demo.world import World

    sets: dict[str, list[tuple[bytes, str]]] = {}
    with DemoShops(World(seed=7, products=products)) as shops:
        name = next(n for n, kind in shops.platforms.items() if kind == "html")
        base = shops.urls[name].rstrip("/")

        def fetch(path: str) -> tuple[bytes, str]:
            with urllib.request.urlopen(base + path) as answer:
                return answer.read(), answer.headers.get("Content-Type", "text/html")

        home, _ = fetch("/")
        product_paths: list[str] = []
        for category in dict.fromkeys(re.findall(r'href="(/c/[^"?]+)"', home.decode())):
            listing, _ = fetch(category)
            product_paths += dict.fromkeys(re.findall(r'href="(/p/[^"]+)"', listing.decode()))
        pages = [fetch(path) for path in list(dict.fromkeys(product_paths))[:products]]
        sets[f"demo shop product pages ({len(pages)})"] = pages
    real = ROOT.parent / "shared" / "data" / "pages" / "real-product-pages" / "html"
    if real.is_dir():
        bodies = [gzip.decompress(path.read_bytes()) for path in sorted(real.glob("*.html.gz"))]
        sets[f"saved real pages, charset in the header ({len(bodies)})"] = [(b, "text/html; charset=utf-8") for b in bodies]
        sets[f"saved real pages, no charset in the header ({len(bodies)})"] = [(b, "text/html") for b in bodies]
        # A shop still in Windows-1252, declared so: the pages' text written in it (what it lacks as
        # character references), so the judgement sees bytes that are not UTF-8.
        cp1252 = [b.decode("utf-8", "replace").encode("cp1252", "xmlcharrefreplace") for b in bodies]
        sets[f"saved real pages in windows-1252, declared ({len(bodies)})"] = [(b, "text/html; charset=windows-1252") for b in cp1252]

    crawler = get_crawler(settings_dict={"STORECHECK_RETRY_AFTER_MAX": 120, "RETRY_TIMES": 2})
    crawler.spider = SimpleNamespace(competitor=SimpleNamespace(currency=None), allowed_domains=["shop.test"],
                                     logger=SimpleNamespace(warning=lambda *args: None))
    crawler.stats.open_spider()
    charset, retry_after = TrueCharset(crawler), RetryAfter(crawler)
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; CPU microseconds per page, medians of {rounds} rounds")
    for label, pages in sets.items():
        def responses():
            return [HtmlResponse("http://shop.test/p/1.html", body=body, headers={"Content-Type": kind},
                                 request=Request("http://shop.test/p/1.html")) for body, kind in pages]

        # Alternated round by round, each on fresh responses (Scrapy keeps a response's text), and the
        # median of the rounds taken: on a loaded machine one round's CPU time moves by tens of percent.
        alone, judged = [], []
        for _ in range(rounds):
            batch = responses()
            alone.append(_cpu_us_per_page(len(pages), 1, lambda n: [r.text for r in batch]))
            batch = responses()
            judged.append(_cpu_us_per_page(len(pages), 1, lambda n: [charset.process_response(r.request, r).text for r in batch]))
        text_alone, judged_text = statistics.median(alone), statistics.median(judged)
        difference = statistics.median(j - a for j, a in zip(judged, alone))
        batches = [responses() for _ in range(rounds)]

        async def answers(batch):
            for r in batch:
                await retry_after.process_response(r.request, r)

        retry = _cpu_us_per_page(len(pages), rounds, lambda n: asyncio.run(answers(batches[n])))
        manager = SignalManager()

        def send(n):
            for r in batches[n]:
                manager.send_catch_log(signals.response_downloaded, response=r, request=r.request, spider=crawler.spider)

        bare_signal = _cpu_us_per_page(len(pages), rounds, send)
        accounting = ProductPageAccounting.__new__(ProductPageAccounting)
        accounting.crawler, accounting.known = crawler, set()
        manager.connect(accounting.response_downloaded, signal=signals.response_downloaded)
        with_receiver = _cpu_us_per_page(len(pages), rounds, send)
        print(f"{label}: response.text {text_alone:.0f}, TrueCharset then response.text {judged_text:.0f} "
              f"(median difference {difference:+.0f}); RetryAfter on a 200 {retry:.1f}; response_downloaded {bare_signal:.1f} "
              f"without the redirect receiver, {with_receiver:.1f} with it")


def main(argv: list[str] | None = None) -> int:
    from storecheck.config import CONFIG_TEMPLATE, Workspace
    from storecheck.demo.shops import DemoShops
    from storecheck.demo.world import World

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, help="products per demo shop (default 20000)")
    parser.add_argument("--skip-platforms", action="store_true", help="only the HTML comparison")
    parser.add_argument("--memory", action="store_true",
                        help="only the peak memory of small crawls and of extract / offers import (--products defaults to 3)")
    parser.add_argument("--middlewares", action="store_true",
                        help="only the CPU time storecheck's downloader middlewares add to a page (--products defaults to 300)")
    args = parser.parse_args(argv)
    if args.memory:
        memory_floor(args.products or 3)
        return 0
    if args.middlewares:
        middleware_costs(args.products or 300)
        return 0
    args.products = args.products or 20000

    with tempfile.TemporaryDirectory(prefix="storecheck-bench-") as tmp, DemoShops(World(seed=7, products=args.products)) as shops:
        tmp_path = Path(tmp)
        html_name = next(n for n, kind in shops.platforms.items() if kind == "html")
        count = shops.catalogues[html_name].count
        print(f"demo shop {html_name!r}: {count} products, machine: {os.cpu_count()} cores, "
              f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")

        bare = run_bare(shops.urls[html_name], tmp_path)
        print(f"(1) bare Scrapy spider:  {bare['pages']} pages in {bare['seconds']:.1f}s = "
              f"{bare['pages'] / bare['seconds']:.0f} pages/s, {count / bare['seconds']:.0f} products/s; {cpu_figures(bare)}")
        same = {"CONCURRENT_ITEMS": storecheck_settings.CONCURRENT_ITEMS}
        tuned = run_bare(shops.urls[html_name], tmp_path, same)
        print(f"(1b) bare, CONCURRENT_ITEMS={same['CONCURRENT_ITEMS']}: {tuned['pages']} pages in {tuned['seconds']:.1f}s = "
              f"{tuned['pages'] / tuned['seconds']:.0f} pages/s; {cpu_figures(tuned)}")

        path = tmp_path / "ws"
        path.mkdir()
        (path / "storecheck.toml").write_text(CONFIG_TEMPLATE.format(shop_name="Bench", currency="EUR"), encoding="utf-8")
        workspace = Workspace(path)
        workspace.add_competitor(html_name, shops.urls[html_name], platform="html", download_delay=0)
        full = run_storecheck(workspace, html_name)
        print(f"(2) storecheck spider:   {full['pages']} pages in {full['seconds']:.1f}s = "
              f"{full['pages'] / full['seconds']:.0f} pages/s, {full['items'] / full['seconds']:.0f} products/s "
              f"({full['items']} products, status {full['status']}); {cpu_figures(full)}")
        ratio = (full["pages"] / full["seconds"]) / (bare["pages"] / bare["seconds"])
        print(f"ratio (2)/(1) pages/s: {ratio:.2f} (target >= {TARGET_RATIO}); "
              f"CPU per page (1)/(2): {cpu_per_page(bare) / cpu_per_page(full):.2f}")
        print(f"ratio (2)/(1b) pages/s: {(full['pages'] / full['seconds']) / (tuned['pages'] / tuned['seconds']):.2f}; "
              f"CPU per page (1b)/(2): {cpu_per_page(tuned) / cpu_per_page(full):.2f} "
              "(extraction, pipelines and database alone, same Scrapy settings)")
        print(f"HTML path: {full['pages'] / max(full['items'], 1):.3f} requests per product (target <= 1.1)")

        before = observation_count(workspace)
        again = run_storecheck(workspace, html_name)
        added = observation_count(workspace) - before
        print(f"re-crawl of the unchanged shop: {again['items']} products, {added} observation rows added (target 0), "
              f"{again['pages'] / again['seconds']:.0f} pages/s")

        if not args.skip_platforms:
            for name, kind in shops.platforms.items():
                if kind == "html":
                    continue
                workspace.add_competitor(name, shops.urls[name], download_delay=0)
                started = time.perf_counter()
                summary = run_storecheck(workspace, name)
                products = shops.catalogues[name].count
                print(f"{kind} path: {summary['pages']} requests for {products} products "
                      f"({summary['items']} offers incl. variants) = {summary['pages'] / products:.4f} requests per product "
                      f"(target <= 0.02), {summary['items'] / summary['seconds']:.0f} offers/s, "
                      f"{time.perf_counter() - started:.1f}s with process start, status {summary['status']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
