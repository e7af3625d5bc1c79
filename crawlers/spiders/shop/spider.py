"""The shop spider itself: the competitor and workspace it crawls for, and the
crawl's settings (politeness, budgets, resuming) read from the workspace's
[crawl] table and the competitor's overrides. Its pages are read by the
classes it is made of, one per platform or stage.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy.linkextractors import LinkExtractor
from sqlalchemy import select

from crawlers import settings as default_settings
from crawlers.spiders.shop.api import ApiPages
from crawlers.spiders.shop.browser import _playwright_settings
from crawlers.spiders.shop.detection import HOST_WIDE_PLATFORMS, PlatformDetection
from crawlers.spiders.shop.errors import CrawlErrors
from crawlers.spiders.shop.pages import _SKIP_LINK, HtmlPages
from crawlers.spiders.shop.shopify import ShopifyPages
from crawlers.spiders.shop.sitemaps import SitemapPages
from crawlers.spiders.shop.woocommerce import WooCommercePages
from crawlers.urls import Frontier, shared_host_folders, shared_host_scope
from storecheck import db
from storecheck.config import Competitor, ConfigError, Workspace
from storecheck.crawl import take_crawl_lock

PLATFORMS = ("shopify", "woocommerce", "sitemap", "html")


class ShopSpider(PlatformDetection, ShopifyPages, WooCommercePages, ApiPages, SitemapPages, HtmlPages,
                 CrawlErrors, scrapy.Spider):
    """A crawl of one competitor's shop. The classes it is made of read one
    platform or stage each (the package docstring lists them); they are no
    spiders on their own, and share the state this class sets up (the
    competitor, the crawl's settings, the frontier, `_error`)."""

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
        self.start_url = self.competitor.url
        parts = urlsplit(self.start_url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.allowed_domains = [parts.hostname] if parts.hostname else []
        # The part of the host that is this competitor's, where other competitors share it (`_on_shop`).
        sharing = [c.url for c in self.workspace.config.competitors if c is not self.competitor and c.url]
        self.path_scope = shared_host_scope(self.start_url, sharing)
        self.other_folders = shared_host_folders(self.start_url, sharing)
        self.platform: str | None = None
        if platform and platform != "auto":
            self.platform = platform
        elif self.competitor.platform != "auto":
            self.platform = self.competitor.platform
        elif detected in PLATFORMS and not (self.other_folders and detected in HOST_WIDE_PLATFORMS):
            # (A host-wide API detected before another competitor was added on the host is detected again.)
            self.platform = detected
        self.currency = self.competitor.currency
        self.errors: list[str] = []
        # What did not go wrong with a page but a user should read (robots.txt not read, a Crawl-delay capped):
        # after the errors, so that a run's first message is what failed it (`CrawlErrors._error`).
        self.remarks: list[str] = []
        # Keys of the offers the shop's API pages gave so far: a page that gives none new ends the list
        # (a shop, cache or proxy that ignores `page` answers page 1 again, for ever).
        self.api_keys: set[str] = set()
        # Pages read as listings (`crawlers.listings`): a product stored from one before is taken out at the end.
        self.listing_pages: dict[str, list[str]] = {}  # page -> its cards' pages
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
