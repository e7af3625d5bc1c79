"""The one shop spider: `scrapy crawl shop -a competitor=NAME`.

It reads the workspace (env STORECHECK_WORKSPACE, or `-a workspace=DIR`),
finds the competitor, and crawls by platform: the config's `platform`, else
the platform detected on an earlier run, else detection now (Shopify
`products.json`, WooCommerce Store API, a sitemap, plain HTML link
discovery). The platform found is written back to `competitors.detected_platform`.

Each platform is one small group of methods on the same spider; an odd shop
gets a config override (selectors, product URL pattern), not a new spider.
"""

from __future__ import annotations

import html as html_lib
import json
import os
import re
from collections.abc import AsyncIterator, Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

import scrapy
from scrapy.core.downloader.handlers.http11 import ResponseDataLossError
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from sqlalchemy import select, update
from twisted.internet.defer import CancelledError
from twisted.internet.error import TimeoutError as TxTimeoutError
from twisted.web.client import ResponseFailed
from twisted.python.failure import Failure

from crawlers import settings as default_settings
from crawlers.extraction import extract_offers, plain_text
from crawlers.items import OfferItem
from crawlers.promotions import parse_promotion
from crawlers.urls import PAGINATION_PARAMS, Frontier, canonical_url
from storecheck import db
from storecheck.config import Competitor, ConfigError, Workspace
from storecheck.crawl import take_crawl_lock
from storecheck.models import normalise_gtin

PLATFORMS = ("shopify", "woocommerce", "sitemap", "html")
SHOPIFY_PAGE_SIZE = 250
MAX_MINOR_UNIT = 4  # the most decimals a currency of ISO 4217 has (the Chilean UF, CLF)
WOO_PAGE_SIZE = 100
MAX_ERRORS_KEPT = 50

# Links a product crawl never needs: carts, accounts, searches, sorted or filtered copies of listings.
_SKIP_LINK = re.compile(
    r"/(?:cart|basket|checkout|checkouts|account|my-account|login|logout|register|wishlist|compare|search|admin|wp-admin|"
    r"feed|comments|tag|author|blog|blogs|news|policies|pages/(?:contact|about))(?:/|$|\?)|"
    r"[?&](?:add-to-cart|add_to_cart|sort|sort_by|orderby|order|filter|q|s|view|currency|lang|variant)=",
    re.I,
)
_PRODUCT_SITEMAP = re.compile(r"product|produkt|produit|producto|artikel|item", re.I)
_OTHER_SITEMAP = re.compile(r"categor|[-_]cat\b|[-_]cat[-_]|taxonom|collection|tag|brand|attribute|page|post(?!s-product)|blog", re.I)
_PRODUCT_URL_HINT = re.compile(r"/(?:products?|p|item|items|dp|artikel|produkt|produit|producto|prodotto)/|[-_/]p?\d{3,}[-_.]|\.html?$", re.I)


class ShopSpider(scrapy.Spider):
    name = "shop"
    # Read from the crawl's settings in `_apply_settings`; the project default for a spider made without them.
    extract_max_elements: int = default_settings.STORECHECK_EXTRACT_MAX_ELEMENTS
    page_budget: int = 0  # CLOSESPIDER_PAGECOUNT, read in `_apply_settings`; 0 for a spider made without settings

    def __init__(self, competitor: str | None = None, workspace: str | None = None, platform: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not competitor:
            raise ValueError("Name the competitor: scrapy crawl shop -a competitor=NAME")
        self.competitor_name = competitor
        path = workspace or os.environ.get("STORECHECK_WORKSPACE")
        if not path:
            raise ConfigError("Set STORECHECK_WORKSPACE (or -a workspace=DIR) to the storecheck workspace folder.")
        self.workspace = Workspace(Path(path))
        self.competitor: Competitor = self.workspace.config.competitor(competitor)
        # Held until this process ends: a second crawl of the competitor stops here (AlreadyCrawling).
        self.crawl_lock = take_crawl_lock(self.workspace.path, self.competitor.name)
        self.engine = db.open_database(self.workspace.database_url)
        with self.engine.begin() as conn:
            ids = db.sync_competitors(conn, self.workspace.config.competitors)
            self.competitor_id = ids[self.competitor.name]
            detected = conn.execute(
                select(db.competitors.c.detected_platform).where(db.competitors.c.id == self.competitor_id)
            ).scalar()
        self.platform: str | None = None
        if platform and platform != "auto":
            self.platform = platform
        elif self.competitor.platform != "auto":
            self.platform = self.competitor.platform
        elif detected in PLATFORMS:
            self.platform = detected
        self.start_url = self.competitor.url
        parts = urlsplit(self.start_url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.allowed_domains = [parts.hostname] if parts.hostname else []
        self.currency = self.competitor.currency
        self.errors: list[str] = []
        # Keys of the offers the shop's API pages gave so far: a page that gives none new ends the list
        # (a shop, cache or proxy that ignores `page` answers page 1 again, for ever).
        self.api_keys: set[str] = set()
        # Product pages a resumed crawl's earlier part already stored (set by StorePipeline).
        self.already_read: set[str] = set()
        # Sitemaps whose loss is already recorded with its reason (too large to unpack).
        self.unreadable_sitemaps: set[str] = set()
        self.sitemap_queued = 0  # product URLs queued from sitemaps in this run, against the page budget
        self.pattern = re.compile(self.competitor.product_url_pattern) if self.competitor.product_url_pattern else None
        # allow_domains is checked by hand: LinkExtractor's domain match fails on "host:port".
        self.link_extractor = LinkExtractor(deny=(_SKIP_LINK.pattern,), unique=True)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider._apply_settings(crawler.settings)
        crawler.signals.connect(spider._on_spider_error, signal=scrapy.signals.spider_error)
        return spider

    def _apply_settings(self, settings) -> None:
        """The workspace's [crawl] table and the competitor's overrides, at spider priority
        (so `-s NAME=VALUE` on the command line still wins)."""
        crawl = self.workspace.config.crawl
        delay = self.competitor.download_delay if self.competitor.download_delay is not None else crawl.download_delay
        concurrency = self.competitor.concurrency or crawl.concurrency
        values = {
            "USER_AGENT": crawl.user_agent,
            "ROBOTSTXT_OBEY": crawl.obey_robots,
            "AUTOTHROTTLE_ENABLED": crawl.autothrottle,
            "DOWNLOAD_DELAY": delay,
            # AutoThrottle starts at its start delay and only then adapts; never start below the floor.
            "AUTOTHROTTLE_START_DELAY": max(delay, 1.0) if delay > 0 else 0.0,
            "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
            "CLOSESPIDER_PAGECOUNT": crawl.max_pages,
            # Scrapy's depth counts every hop, API pages included; only the page budget bounds
            # those. Link depth from the start page is limited by the spider (crawl.depth_limit).
            "DEPTH_LIMIT": crawl.max_pages,
            "DOWNLOAD_TIMEOUT": crawl.timeout,
            "RETRY_TIMES": crawl.retries,
        }
        if delay == 0:
            values["DOWNLOAD_DELAY_JITTER"] = 0
        if self.competitor.js:
            values.update(_playwright_settings(settings))
        if settings.getbool("STORECHECK_RESUME", True) and self.platform in (None, "html", "sitemap") and not settings.get("JOBDIR"):
            # Long crawls can be resumed after a kill; API crawls are a few requests and start over.
            from storecheck.crawl import job_dir, prepare_job_dir

            jobdir = job_dir(self.workspace.path, self.competitor.name)
            prepare_job_dir(self.engine, jobdir, self.competitor_id)
            values["JOBDIR"] = str(jobdir)
        elif settings.get("JOBDIR"):
            from storecheck.crawl import prepare_job_dir

            prepare_job_dir(self.engine, Path(settings.get("JOBDIR")), self.competitor_id)
        for key, value in values.items():
            settings.set(key, value, priority="spider")
        self.frontier = Frontier(
            depth_limit=crawl.depth_limit,
            max_query_params=settings.getint("STORECHECK_MAX_QUERY_PARAMS", 2),
            max_per_shape=settings.getint("STORECHECK_MAX_URLS_PER_SHAPE", 2000),
        )
        self.stale_listing_pages = settings.getint("STORECHECK_STALE_LISTING_PAGES", 3)
        # After the [crawl] table's max_pages is set above (and `-s CLOSESPIDER_PAGECOUNT=` over it).
        self.page_budget = settings.getint("CLOSESPIDER_PAGECOUNT")
        self.extract_max_elements = settings.getint("STORECHECK_EXTRACT_MAX_ELEMENTS")

    # --- start and detection ------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        self.logger.info(
            "storecheck: crawling %s (%s) platform=%s", self.competitor.name, self.start_url, self.platform or "detect"
        )
        if self.platform:
            for request in self._platform_requests(self.platform):
                yield request
        else:
            yield self._detect_request(0)

    _DETECTION = (
        ("shopify", "/products.json?limit=1"),
        ("woocommerce", "/wp-json/wc/store/v1/products?per_page=1"),
        ("sitemap", "/robots.txt"),
        ("sitemap", "/sitemap.xml"),
    )

    def _detect_request(self, step: int) -> Request:
        if step >= len(self._DETECTION):
            return self._use_platform("html")
        kind, path = self._DETECTION[step]
        return Request(
            self.origin + path,
            callback=self.parse_detect,
            errback=self.detect_failed,
            cb_kwargs={"step": step},
            dont_filter=True,
            meta={"step": step, "dont_retry": False, "handle_httpstatus_list": [404, 403, 410, 400]},
            priority=100,
        )

    def parse_detect(self, response: Response, step: int):
        kind, _ = self._DETECTION[step]
        if response.status == 200:
            if kind == "shopify":
                data = _json(response)
                if isinstance(data, dict) and isinstance(data.get("products"), list):
                    yield from self._use_platform_requests("shopify")
                    return
            elif kind == "woocommerce":
                data = _json(response)
                if isinstance(data, list) and (not data or isinstance(data[0], dict) and "prices" in data[0]):
                    yield from self._use_platform_requests("woocommerce")
                    return
            elif path_is(response, "/robots.txt"):
                sitemaps = list(sitemap_urls_from_robots(response.text, base_url=response.url))
                if sitemaps:
                    self.platform = "sitemap"
                    self._store_platform()
                    for url in sitemaps:
                        yield self._sitemap_request(url)
                    return
            else:
                body = self._sitemap_body(response)
                if body is not None:
                    self.platform = "sitemap"
                    self._store_platform()
                    yield from self._parse_sitemap_body(response, body)
                    return
        yield self._detect_request(step + 1)

    def detect_failed(self, failure: Failure):
        step = failure.request.meta.get("step", 0)
        yield self._detect_request(step + 1)

    def _use_platform(self, platform: str) -> Request:
        requests = list(self._use_platform_requests(platform))
        return requests[0]

    def _use_platform_requests(self, platform: str) -> Iterable[Request]:
        self.platform = platform
        self._store_platform()
        self.logger.info("storecheck: %s detected as %s", self.competitor.name, platform)
        yield from self._platform_requests(platform)

    def _store_platform(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(db.competitors).where(db.competitors.c.id == self.competitor_id).values(detected_platform=self.platform)
            )

    def _platform_requests(self, platform: str) -> Iterable[Request]:
        if platform == "shopify":
            if self.currency:
                yield self._shopify_page(1)
            else:
                # products.json states no currency; the storefront's Shopify.currency does.
                yield Request(self.origin + "/", callback=self.parse_shopify_home, errback=self.shopify_home_failed, dont_filter=True)
        elif platform == "woocommerce":
            yield self._woo_page(1)
        elif platform == "sitemap":
            yield Request(self.origin + "/robots.txt", callback=self.parse_robots, errback=self.robots_failed, dont_filter=True,
                          meta={"handle_httpstatus_list": [404, 403, 410]})
        else:
            yield Request(self.start_url, callback=self.parse_page, errback=self.errback, dont_filter=True, meta=self._page_meta())

    # --- Shopify ---------------------------------------------------------------

    def parse_shopify_home(self, response: Response):
        match = re.search(r'Shopify\.currency\s*=\s*\{[^}]*"active"\s*:\s*"([A-Z]{3})"', response.text) if isinstance(
            response, TextResponse
        ) else None
        if match:
            self.currency = match.group(1)
        yield self._shopify_page(1)

    def shopify_home_failed(self, failure: Failure):
        yield self._shopify_page(1)

    def _shopify_page(self, page: int) -> Request:
        url = f"{self.origin}/products.json?" + urlencode({"page": page, "limit": SHOPIFY_PAGE_SIZE})
        return Request(url, callback=self.parse_shopify, errback=self.errback, cb_kwargs={"page": page}, dont_filter=True)

    def parse_shopify(self, response: Response, page: int):
        data = _json(response)
        if not isinstance(data, dict) or not isinstance(data.get("products"), list):
            self._error(f"not Shopify JSON: {response.url}")
            return
        offers = self._api_offers(response, data["products"], self._shopify_offers)
        if self._brings_new(offers, data["products"], response, page):
            yield self._shopify_page(page + 1)
        yield from offers

    def _api_offers(self, response: Response, records: list, read: Callable[[dict], Iterable[OfferItem]]) -> list[OfferItem]:
        """The offers of one API page. A record that is no object, or whose fields have types the
        platform never writes, is dropped and named, so that it costs no other product of its page,
        nor the pages after it (its exception would have ended the page's callback)."""
        offers: list[OfferItem] = []
        for n, record in enumerate(records, 1):
            try:
                if not isinstance(record, dict):
                    raise TypeError(f"a {type(record).__name__}, not an object")
                offers.extend(read(record))
            except (AttributeError, TypeError, ValueError, ArithmeticError) as exc:
                self.crawler.stats.inc_value("dropped/malformed_record")
                what = f"product {record.get('id')!r}" if isinstance(record, dict) and record.get("id") else f"record {n}"
                self._error(f"malformed {what} in {response.url}: {str(exc)[:120]}; skipped")
        return offers

    def _brings_new(self, offers: list[OfferItem], records: list, response: Response, page: int) -> bool:
        """Whether the next API page is worth asking for: this one held records, and its offers are
        not all ones read before in this run (a page of records without offers says nothing either way)."""
        keys = {str(offer["key"]) for offer in offers}
        new = keys - self.api_keys
        self.api_keys |= keys
        if keys and not new:
            self.logger.info("storecheck: page %d of %s repeats products already read; the list ends there", page, response.url)
        return bool(new) or (bool(records) and not keys)

    def _shopify_offers(self, product: dict) -> Iterable[OfferItem]:
        handle = product.get("handle") or str(product.get("id"))
        url = f"{self.origin}/products/{handle}"
        variants = product.get("variants") or []
        images = product.get("images") or []
        image = images[0].get("src") if images and isinstance(images[0], dict) else None
        promotion_text = _shopify_promotion_text(product)
        if not isinstance(variants, list):
            raise TypeError(f"variants are a {type(variants).__name__}, not a list")
        for n, variant in enumerate(variants, 1):
            # A variant is read on its own: one written wrong is dropped and named alone, where its
            # exception dropped the product's other variants (sizes and colours sold beside it).
            try:
                if not isinstance(variant, dict):
                    raise TypeError(f"a {type(variant).__name__}, not an object")
                yield _shopify_offer(product, variant, handle, url, image, promotion_text, (n, len(variants)), self.currency)
            except (AttributeError, TypeError, ValueError, ArithmeticError) as exc:
                self.crawler.stats.inc_value("dropped/malformed_record")
                which = repr(variant.get("id")) if isinstance(variant, dict) and variant.get("id") else str(n)
                self._error(f"malformed variant {which} of product {product.get('id')!r} in {self.origin}/products.json: "
                            f"{str(exc)[:120]}; skipped")

    # --- WooCommerce Store API ---------------------------------------------------

    def _woo_page(self, page: int) -> Request:
        url = f"{self.origin}/wp-json/wc/store/v1/products?" + urlencode({"per_page": WOO_PAGE_SIZE, "page": page})
        return Request(url, callback=self.parse_woo, errback=self.errback, cb_kwargs={"page": page}, dont_filter=True)

    def parse_woo(self, response: Response, page: int):
        data = _json(response)
        if not isinstance(data, list):
            self._error(f"not WooCommerce Store API JSON: {response.url}")
            return
        offers = self._api_offers(response, data, lambda product: [self._woo_offer(product)])
        brings_new = self._brings_new(offers, data, response, page)
        yield from offers
        if page == 1:
            total_pages = _int(response.headers.get(b"X-WP-TotalPages"))
            if total_pages is None:
                # No totals header (a proxy stripped it): walk until an empty page.
                if brings_new:
                    yield self._woo_page(2)
            else:
                # The header is the shop's word, not a fact: never plan more pages than the page budget.
                budget = self.settings.getint("CLOSESPIDER_PAGECOUNT") or total_pages
                if total_pages > budget:
                    self.crawler.stats.inc_value("dropped/pages_over_budget", total_pages - budget)
                    self._error(f"X-WP-TotalPages says {total_pages} pages; reading at most {budget} (crawl.max_pages)", count=False)
                for next_page in range(2, min(total_pages, budget) + 1):
                    yield self._woo_page(next_page)
        elif response.headers.get(b"X-WP-TotalPages") is None and brings_new:
            yield self._woo_page(page + 1)

    def _woo_offer(self, product: dict) -> OfferItem:
        prices = product.get("prices") or {}
        minor = _int(prices.get("currency_minor_unit"))
        minor = 2 if minor is None else minor
        if not 0 <= minor <= MAX_MINOR_UNIT:
            # 1299 with a minor unit of -2 was stored as 129900.00, of 400 as a sub-cent amount, and
            # 99,999,999 cost the record a bare "[<class 'decimal.Overflow'>]".
            raise ValueError(f"currency_minor_unit {minor} is no currency's (ISO 4217 uses 0 to {MAX_MINOR_UNIT})")
        price = _minor_units(prices.get("price"), minor)
        regular = _minor_units(prices.get("regular_price"), minor)
        sku = product.get("sku") or None
        categories = [c.get("name") for c in product.get("categories") or [] if isinstance(c, dict) and c.get("name")]
        brands = [b.get("name") for b in product.get("brands") or [] if isinstance(b, dict) and b.get("name")]
        images = product.get("images") or []
        size = None
        for attribute in product.get("attributes") or []:
            if isinstance(attribute, dict) and str(attribute.get("name", "")).casefold() in ("size", "größe", "grösse", "weight", "volume", "pack size"):
                terms = attribute.get("terms") or []
                if terms and isinstance(terms[0], dict):
                    size = terms[0].get("name")
        tags = [t.get("name") for t in product.get("tags") or [] if isinstance(t, dict) and t.get("name")]
        promotion_text = next((t for t in tags if _is_specific_promotion(t)), None)
        return OfferItem.from_mapping({
            "key": str(product.get("id")),
            "parent_key": str(product["parent"]) if product.get("parent") else None,
            "name": html_lib.unescape(product.get("name") or ""),
            "brand": html_lib.unescape(brands[0]) if brands else None,
            "category": html_lib.unescape(categories[0]) if categories else None,
            "sku": sku,
            # Small shops often use the EAN as their sku.
            "gtin": normalise_gtin(sku) if sku and re.fullmatch(r"\d{8}|\d{12,14}", sku) else None,
            "url": product.get("permalink"),
            "image": images[0].get("src") if images and isinstance(images[0], dict) else None,
            "description": plain_text(product.get("short_description") or product.get("description")),
            "size": size,
            "price": price,
            # (NaN compares with nothing: such a price is judged by the price checks, not here)
            "regular_price": regular if regular is not None and price is not None and regular.is_finite()
            and price.is_finite() and regular > price else None,
            "currency": prices.get("currency_code") or self.currency,
            "in_stock": product.get("is_in_stock"),
            "promotion_text": promotion_text or ("Sale" if product.get("on_sale") else None),
            "source": "woocommerce",
        })

    # --- sitemaps --------------------------------------------------------------------

    def parse_robots(self, response: Response):
        sitemaps = list(sitemap_urls_from_robots(response.text, base_url=response.url)) if response.status == 200 else []
        if not sitemaps:
            sitemaps = [self.origin + "/sitemap.xml"]
        for url in sitemaps:
            yield self._sitemap_request(url)

    def robots_failed(self, failure: Failure):
        yield self._sitemap_request(self.origin + "/sitemap.xml")

    def _sitemap_request(self, url: str, products: bool = False) -> Request:
        return Request(url, callback=self.parse_sitemap, errback=self.errback, cb_kwargs={"products": products})

    def _sitemap_body(self, response: Response) -> bytes | None:
        body = response.body
        if gzip_magic_number(response):
            limit = self.settings.getint("DOWNLOAD_MAXSIZE")
            try:
                body = gunzip(body, max_size=limit)
            except ValueError:
                # Unpacking stopped at the limit (a gzip bomb of 1 GB was "not a sitemap"): lost like
                # any page too large, and said so.
                self.crawler.stats.inc_value("dropped/page_too_large")
                self._error(f"sitemap too large {response.url}: unpacks beyond DOWNLOAD_MAXSIZE ({limit} bytes), not read")
                self.unreadable_sitemaps.add(response.url)
                return None
            except (OSError, EOFError):
                return None  # not gzip after all, or cut short
        if b"<urlset" in body[:2000] or b"<sitemapindex" in body[:2000]:
            return body
        return None

    def parse_sitemap(self, response: Response, products: bool = False):
        body = self._sitemap_body(response)
        if body is None:
            if response.url not in self.unreadable_sitemaps:
                self._error(f"not a sitemap: {response.url}")
            return
        yield from self._parse_sitemap_body(response, body, products)

    def _parse_sitemap_body(self, response: Response, body: bytes, products: bool = False):
        sitemap = Sitemap(body)
        locs = [entry["loc"] for entry in sitemap if entry.get("loc")]
        if sitemap.type == "sitemapindex":
            product_maps = [loc for loc in locs if _PRODUCT_SITEMAP.search(loc) and not _OTHER_SITEMAP.search(loc)]
            for loc in product_maps or locs:
                yield self._sitemap_request(urljoin(response.url, loc), products=bool(product_maps))
            return
        product_sitemap = products or bool(_PRODUCT_SITEMAP.search(response.url) and not _OTHER_SITEMAP.search(response.url))
        chosen = [canonical_url(url) for url in (urljoin(response.url, loc) for loc in self._product_urls(locs, product_sitemap))
                  if self._on_shop(url)]
        if self.already_read:
            self.crawler.stats.inc_value("skipped/already_read", sum(1 for url in chosen if url in self.already_read))
            chosen = [url for url in chosen if url not in self.already_read]
        budget = self.page_budget
        if budget and len(chosen) > budget - self.sitemap_queued:
            # Every URL queued is pickled to the crawl's job directory before any is read: 180,000 of
            # them took longer than a crawl's whole time on a loaded machine, for a budget of 60 pages.
            # The crawl stops at the budget whatever is queued, so what lies beyond it is not asked.
            kept = max(0, budget - self.sitemap_queued)
            self.crawler.stats.inc_value("dropped/over_page_budget", len(chosen) - kept)
            self._error(f"sitemap {response.url} lists {len(chosen):,} product URLs; {kept:,} queued within the page "
                        f"budget (CLOSESPIDER_PAGECOUNT {budget:,}), the rest not read")
            chosen = chosen[:kept]
        self.sitemap_queued += len(chosen)
        for loc in chosen:
            yield Request(loc, callback=self.parse_product, errback=self.errback,
                          meta=self._page_meta({"expects_product": True}))

    def _product_urls(self, locs: list[str], product_sitemap: bool) -> list[str]:
        if self.pattern is not None:
            return [loc for loc in locs if self.pattern.search(loc)]
        if product_sitemap:
            # Shopify lists the home page in its product sitemap; anything with no path is not a product.
            return [loc for loc in locs if urlsplit(loc).path not in ("", "/")]
        hinted = [loc for loc in locs if _PRODUCT_URL_HINT.search(urlsplit(loc).path)]
        return hinted

    # --- pages ------------------------------------------------------------------------

    def parse_product(self, response: Response, **_queued: Any):
        """A page expected to be a product page (from a product sitemap or the URL pattern).

        Whether a page without a product counts against the run is decided by
        `crawlers.completeness` from the request's `expects_product` meta. (`_queued`
        takes the keyword arguments of requests queued by an earlier version of the
        spider, which a resumed crawl reads back from its JOBDIR.)"""
        if response.status in (404, 410):
            self.crawler.stats.inc_value("storecheck/verified_gone")
            return
        # A page without a product counts against the run in crawlers.completeness.
        yield from self._page_offers(response)

    def parse_page(self, response: Response):
        """HTML discovery: product pages are the ones where extraction finds a product; follow links.

        Depth counts clicks away from the start page; "next page" links of a listing
        do not count, so a long category is read to its end. Links are canonical
        (no session ids, no tracking parameters) and pass the trap guards of
        `crawlers.urls.Frontier`; a run of listing pages that bring no new link
        (an endless calendar, pages past the end) stops being followed.
        """
        if not isinstance(response, TextResponse):
            return
        listed: list[str] = []
        yield from self._page_offers(response, listed)
        depth = response.meta.get("link_depth", 0)
        stale = response.meta.get("stale_pages", 0)
        links = []
        for link in self.link_extractor.extract_links(response):
            if not self._on_shop(link.url):
                continue
            url = canonical_url(link.url)
            links.append((url, _is_pagination(url, link.text)))
        # The pages of the products a listing marks up are read as linked pages, whether or not the
        # listing also links them in its markup (many render their tiles from the same data).
        linked = {url for url, _ in links}
        for url in dict.fromkeys(canonical_url(u) for u in listed if self._on_shop(u)):
            if url not in linked:
                links.append((url, False))
        new = [(url, pagination) for url, pagination in links if url not in self.frontier.seen]
        # Links turned away before (facets, traps) do not make a page look new.
        fresh_content = any(not pagination and not self.frontier.was_turned_away(url) for url, pagination in new)
        for url, pagination in new:
            if url in self.already_read:
                self._skip("already_read", url)
                continue
            if pagination and not fresh_content and stale + 1 >= self.stale_listing_pages:
                self._skip("trap", url)
                continue
            link_depth = depth if pagination else depth + 1
            if self.frontier.admit(url, link_depth, pagination=pagination) is not None:
                continue  # counted once per URL by the frontier, recorded on the run
            looks_like_product = bool(self.pattern.search(url) if self.pattern else _PRODUCT_URL_HINT.search(urlsplit(url).path))
            meta = {"link_depth": link_depth, "stale_pages": (0 if fresh_content else stale + 1) if pagination else 0}
            yield Request(
                url, callback=self.parse_page, errback=self.errback, meta=self._page_meta(meta),
                priority=1 if looks_like_product else 0,
            )

    def _on_shop(self, url: str) -> bool:
        """A page of the shop: on its host, over HTTP(S). A link or a sitemap entry naming a local
        file (file://), a data: URL or an FTP server is none, whatever its host: Scrapy would read
        the file from this machine's disk (and store what it holds as the shop's), or open a
        connection to the FTP port (run partial for a link the shop's visitors never follow)."""
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and parts.hostname in self.allowed_domains

    def _skip(self, reason: str, url: str) -> None:
        if url not in self.frontier.seen:
            self.frontier.seen.add(url)
            self.crawler.stats.inc_value(f"skipped/{reason}")

    def _page_meta(self, meta: dict | None = None) -> dict:
        """Meta of a request for an HTML page: rendered by the browser when the competitor needs it."""
        meta = dict(meta or {})
        # A page that may hold a product, unlike API, sitemap and detection answers (see crawlers.completeness).
        meta["shop_page"] = True
        if self.competitor.js:
            meta["playwright"] = True
        return meta

    def verify_requests(self, urls: Iterable[str]) -> Iterable[Request]:
        """Re-read known product pages (a resumed crawl checks what the killed one may have lost)."""
        for url in urls:
            yield Request(
                url, callback=self.parse_product, errback=self.errback, dont_filter=True,
                meta=self._page_meta({"handle_httpstatus_list": [404, 410]}),
            )

    def _page_offers(self, response: Response, listed: list[str] | None = None) -> Iterable[OfferItem]:
        """The products read on a page; a listing's products are not stored from it but their
        URLs put into `listed`, to be read on their own pages."""
        if not isinstance(response, TextResponse):
            return
        if over_element_bound(response.body, self.extract_max_elements):
            # Extraction parses a page into a tree of its own and walks it several times: about 330
            # bytes and 20 µs of CPU an element, so a page of 200,000 links cost 130 MB more than its
            # bytes and minutes of CPU. Its links are still followed (the response's own tree).
            response.meta["not_read_for_products"] = True
            self.crawler.stats.inc_value("dropped/page_too_large")
            self._error(f"page too large to read for products {response.url}: over {self.extract_max_elements} elements "
                        "(STORECHECK_EXTRACT_MAX_ELEMENTS); its links followed")
            return
        offers = extract_offers(
            response,
            selectors=self.competitor.selectors,
            currency=self.currency,
            shop_currency=self.workspace.config.shop.currency,
            decimal_separator=self.competitor.decimal_separator,
        )
        if len(offers) > 1 and len({o.get("url") for o in offers}) == len(offers) and not any(
            _same_page(o.get("url"), response.url) for o in offers
        ) and not _variants_of_one_product(offers):
            # A listing marked up with products; their own pages are crawled instead.
            if listed is not None:
                listed.extend(urljoin(response.url, str(o["url"])) for o in offers if o.get("url"))
            return
        if not offers:
            self._check_read_whole(response)
        # A product that shows no price is still a product (range, delisting): extraction
        # only returns one on evidence that the page is a product's.
        home = {canonical_url(self.start_url), canonical_url(self.origin + "/")}
        for offer in offers:
            offer.setdefault("page_url", response.url)
            if not offer.get("sku") and offer.get("url") and canonical_url(urljoin(response.url, str(offer["url"]))) in home \
                    and canonical_url(response.url) not in home:
                # A product page whose canonical link (or JSON-LD url) names the home page: a theme's bug,
                # not the product's address. Keyed by it, every such product of the shop was one.
                offer["url"] = response.url
                if offer.get("key") and canonical_url(urljoin(response.url, str(offer["key"]))) in home:
                    offer["key"] = response.url
            yield OfferItem.from_mapping(offer)

    def _check_read_whole(self, response: TextResponse) -> None:
        """A page whose structured data lies past where the HTML parser stopped building its tree
        (libxml2 stops at 2,048 levels of nesting, and a page of 100,000 nested tags reaches it
        within a few hundred kilobytes) reads as a page without a product: it is lost, said
        and counted (so the run is partial and nothing looks delisted), not passed over."""
        if missing := structured_data_lost(response):
            self.crawler.stats.inc_value("dropped/page_unreadable")
            self._error(f"page not read whole {response.url}: its {missing} lies past where the HTML parser stopped "
                        "(markup nested too deeply?); no product read from it")

    # --- errors -------------------------------------------------------------------------

    def errback(self, failure: Failure):
        """Record why a request failed. Pages lost to the shop (errors, timeouts, pages over
        DOWNLOAD_MAXSIZE, redirect loops) are errors and make the run partial; requests
        robots.txt forbids are left out on purpose and only counted."""
        request = failure.request
        response = getattr(failure.value, "response", None)
        message = str(failure.value)
        if response is not None:
            wait = request.meta.get("retry_after_refused")
            asked = (f" (the shop asks to be read again in {wait:.0f} s, beyond STORECHECK_RETRY_AFTER_MAX; not retried)"
                     if wait else "")
            self._error(f"HTTP {response.status} {request.url}{asked}")
        elif failure.check(IgnoreRequest) and "robots.txt" in message:
            return  # counted by Scrapy as robotstxt/forbidden, shown as dropped "robots_txt"
        elif failure.check(IgnoreRequest) and "DOWNLOAD_MAXSIZE" in message:
            # A compressed page that unpacks beyond the limit (a gzip bomb, or a huge page sent
            # compressed) is lost like any page too large, and counted with them.
            self.crawler.stats.inc_value("dropped/page_too_large")
            limit = request.meta.get("download_maxsize", self.settings.getint("DOWNLOAD_MAXSIZE"))
            self._error(f"page too large {request.url}: unpacks beyond DOWNLOAD_MAXSIZE ({limit} bytes), not read")
        elif failure.check(IgnoreRequest) and "redirect" in message:
            self.crawler.stats.inc_value("dropped/redirect_loop")
            # Named by the page the crawl asked for; a chain that never repeats a URL ends elsewhere.
            chain = request.meta.get("redirect_urls") or []
            last = f" after {len(chain)} redirects, the last to {request.url[:200]}" if chain else ""
            self._error(f"redirect loop {chain[0] if chain else request.url}: {message[:120]}{last}")
        elif failure.check(DownloadCancelledError) or (
            # A body that outgrows DOWNLOAD_MAXSIZE while arriving is cancelled without a message.
            failure.check(CancelledError) and getattr(self.crawler.engine, "running", True)
        ):
            self.crawler.stats.inc_value("dropped/page_too_large")
            limit = request.meta.get("download_maxsize", self.settings.getint("DOWNLOAD_MAXSIZE"))
            self._error(f"page too large {request.url}: over DOWNLOAD_MAXSIZE ({limit} bytes), not read")
        elif failure.check(TxTimeoutError) or "took longer than" in message:
            self.crawler.stats.inc_value("dropped/timeout")
            self._error(f"timeout {request.url}: {message[:120]}")
        elif failure.check(ResponseDataLossError, ResponseFailed):
            # The connection closed (or was reset) before the page was whole: Scrapy's message is empty.
            self._error(f"connection broken mid-page {request.url}: the shop sent part of the page ({failure.type.__name__})")
        else:
            self._error(f"{failure.type.__name__} {request.url}: {message[:120]}")

    def _on_spider_error(self, failure: Failure, response: Response, spider) -> None:
        if failure.check(RecursionError):
            # JSON or markup nested deeper than a parser recurses (a hostile "[[[[..."): the page is
            # unreadable, which is the shop's doing, not a crash of the crawl.
            self._error(f"data nested too deeply to read in {response.url} ({len(response.body)} bytes); page skipped")
            return
        self._error(f"{failure.type.__name__} in {response.url}: {str(failure.value)[:120]}")

    def _error(self, message: str, count: bool = True) -> None:
        if count:
            self.crawler.stats.inc_value("storecheck/errors")
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(message[:300])
        self.logger.warning("storecheck: %s", message)


# --- small helpers -----------------------------------------------------------------------


# A JSON-LD script tag and a microdata item as markup, not as words in a script (a tag manager's
# code names "application/ld+json" on pages that carry none: that page is not one read in part).
_LD_TAG = re.compile(rb"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json", re.I)
_ITEM_TAG = re.compile(rb"<[a-z][a-z0-9]*\b[^<>]*\sitemtype\s*=", re.I)
# libxml2 stops building a tree at 256 levels (2,048 with huge_tree): a page as deep as this was
# cut by the parser; no page a person reads nests its markup anywhere near it.
_CUT_DEPTH = 250


_START_TAG = re.compile(rb"<[A-Za-z]")


def over_element_bound(body: bytes, limit: int) -> bool:
    """Whether the page's markup opens more than `limit` elements (start tags counted in its bytes,
    the count stopped past the limit). Every element costs a tree node, so this bounds what a parse
    costs whatever the page's size in bytes: a page of text (S4's 9.5 MB on one line) is cheap, one
    of tags is not. `<` is counted first, in C: a page with fewer cannot open more elements.

    >>> over_element_bound(b"<p>" * 3, 3), over_element_bound(b"<p>" * 4, 3), over_element_bound(b"a < b" * 9, 3)
    (False, True, False)
    """
    if limit <= 0 or body.count(b"<") <= limit:
        return False
    for count, _ in enumerate(_START_TAG.finditer(body), 1):
        if count > limit:
            return True
    return False


def structured_data_lost(response: TextResponse) -> str | None:
    """"JSON-LD" or "microdata" when the parser stopped building the page's tree (it reached the
    depth where libxml2 stops) and the page's bytes hold such markup that the tree lacks; else
    None. Markup held in a script's text (a template, a string injected later) is no loss: the
    tree is judged, not only the bytes.

    >>> from scrapy.http import HtmlResponse
    >>> ld = b'<script type="application/ld+json">{}</script>'
    >>> structured_data_lost(HtmlResponse("http://s.test/", body=b"<div>" * 3000 + ld, encoding="utf-8"))
    'JSON-LD'
    >>> structured_data_lost(HtmlResponse("http://s.test/", body=b"<body>" + ld + b"</body>", encoding="utf-8"))
    """
    body = response.body
    if _LD_TAG.search(body) and not response.xpath("//script[contains(@type, 'ld+json')]"):
        missing = "JSON-LD"
    elif _ITEM_TAG.search(body) and not response.xpath("//*[@itemtype]"):
        missing = "microdata"
    else:
        return None
    return missing if _reaches_depth(response.selector.root, _CUT_DEPTH) else None


def _reaches_depth(root, depth: int) -> bool:
    """Whether the tree nests an element `depth` levels deep: one walk, stopped there."""
    from lxml import etree

    level = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        level += 1 if event == "start" else -1
        if level >= depth:
            return True
    return False


CHROMIUM = "/usr/bin/chromium"


def _playwright_settings(settings) -> dict:
    """Download handlers and launch options for JavaScript rendering (the `js` extra).

    Only requests marked `meta["playwright"]` (HTML pages) go through the
    browser; robots.txt, sitemaps and APIs are still fetched plainly.
    """
    try:
        import scrapy_playwright  # noqa: F401
    except ImportError as exc:
        raise ConfigError(
            "js = true needs scrapy-playwright: pip install 'storecheck[js]' (and Debian's chromium)"
        ) from exc
    executable = settings.get("STORECHECK_CHROMIUM") or os.environ.get("STORECHECK_CHROMIUM") or CHROMIUM
    return {
        "DOWNLOAD_HANDLERS": {
            **settings.getdict("DOWNLOAD_HANDLERS"),  # (the schemes turned off stay off)
            "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
            "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
        },
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": executable,
            "headless": True,
            "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        },
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": settings.getint("DOWNLOAD_TIMEOUT", 30) * 1000,
        # One browser, few pages at a time: a rendered page costs far more than a fetched one.
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
    }


_PAGINATION_URL = re.compile(rf"[?&](?:{'|'.join(sorted(PAGINATION_PARAMS))})=\d+|/page/\d+/?$", re.I)
_PAGINATION_TEXT = re.compile(r"^\s*(?:\d+|next|previous|prev|weiter|zurück|suivant|siguiente|[›»«‹→←>]+|next\s+page)\s*[›»→>]?\s*$", re.I)


# Calendars and archives: "next" there means the next date, endlessly, so it counts as depth.
_DATE_URL = re.compile(r"[?&](?:month|year|day|date|week|cal|calendar|from|to|ym|yearmonth)=|/(?:19|20)\d\d/\d\d?(?:/|$)", re.I)


def _is_pagination(url: str, text: str | None) -> bool:
    if _DATE_URL.search(url):
        return False
    return bool(_PAGINATION_URL.search(url) or (text and _PAGINATION_TEXT.match(text)))


def path_is(response: Response, path: str) -> bool:
    return urlsplit(response.url).path == path


def _shopify_offer(product: dict, variant: dict, handle: str, url: str, image: Any, promotion_text: str | None,
                   place: tuple[int, int], currency: str | None) -> OfferItem:
    """Variant `place` = (n, count) of a Shopify product as an offer."""
    _, count = place
    title = (variant.get("title") or "").strip()
    name = product.get("title") or ""
    if title and title.casefold() != "default title":
        name = f"{name} - {title}"
    price = _decimal(variant.get("price"))
    regular = _decimal(variant.get("compare_at_price"))
    return OfferItem.from_mapping({
        "key": _shopify_variant_key(variant, handle, title, place),
        "parent_key": handle,
        "name": name,
        "brand": product.get("vendor") or None,
        "category": product.get("product_type") or None,
        "sku": variant.get("sku") or None,
        "gtin": normalise_gtin(variant.get("barcode")),
        "url": f"{url}?variant={variant['id']}" if count > 1 and variant.get("id") else url,
        "image": (variant.get("featured_image") or {}).get("src") if isinstance(variant.get("featured_image"), dict) else image,
        "description": plain_text(product.get("body_html")),
        "size": title if title and title.casefold() != "default title" else None,
        "price": price,
        "regular_price": regular if regular and price is not None and regular > price else None,
        "currency": currency,
        "in_stock": bool(variant.get("available")) if "available" in variant else None,
        "promotion_text": promotion_text,
        "source": "shopify",
    })


def _shopify_variant_key(variant: dict, handle: str, title: str, place: tuple[int, int]) -> str:
    """The variant's id; without one (a headless front or an export served as products.json), the
    handle with the variant's title, which Shopify keeps unique within a product (its option
    values), else its position: "handle?variant=None" gave every such variant one key, and all
    but the first were dropped as repeats."""
    if variant.get("id"):
        return str(variant["id"])
    n, count = place
    if count == 1:
        return handle
    return f"{handle}?variant={title if title and title.casefold() != 'default title' else n}"


def _json(response: Response) -> Any:
    try:
        return json.loads(response.body)
    except ValueError:
        return None


def _int(value: Any) -> int | None:
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _decimal(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return None


def _minor_units(value: Any, minor: int) -> Decimal | None:
    amount = _decimal(value)
    if amount is None or not amount.is_finite():
        # "NaN" reaches the price checks as it came (dropped there as `invalid_price`, as Shopify's
        # is); divided, it raised InvalidOperation and cost its whole record a bare "[<class ...>]".
        return amount
    return amount / (Decimal(10) ** minor)


def _variants_of_one_product(offers: list[dict]) -> bool:
    """Offers that all belong to one product (its sizes or colours, each on a URL of its own)."""
    parents = {offer.get("parent_key") for offer in offers}
    return len(parents) == 1 and None not in parents


def _same_page(url: str | None, page: str) -> bool:
    if not url:
        return False
    a, b = urlsplit(url), urlsplit(page)
    return (a.netloc, a.path.rstrip("/")) == (b.netloc, b.path.rstrip("/"))


def _is_specific_promotion(text: str) -> bool:
    promotion = parse_promotion(text)
    return promotion is not None and promotion.type != "sale"


def _shopify_promotion_text(product: dict) -> str | None:
    tags = product.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    for tag in tags:
        if tag and tag != product.get("product_type") and _is_specific_promotion(tag):
            return tag
    return None
