"""The crawl's start and the shop's platform: the one configured or detected
before, else detected now (Shopify `products.json`, the WooCommerce Store API,
a sitemap in robots.txt or at /sitemap.xml, else plain HTML), stored for the next run.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Request, Response
from scrapy.utils.sitemap import sitemap_urls_from_robots
from sqlalchemy import update
from twisted.python.failure import Failure

from crawlers.spiders.shop.api import _json
from storecheck import db


# The platforms read through an API at the host's root, which lists everything sold on the host.
HOST_WIDE_PLATFORMS = frozenset({"shopify", "woocommerce"})


class PlatformDetection:
    """The spider's first requests: by the platform known, or detecting it."""

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
        # Where other competitors share the host (two sellers of a marketplace), an API at the host's root
        # answers for every shop on it, not this competitor's: detected, it stored the other seller's
        # range as this one's (hostile14's S115). Such a competitor is read by its pages or sitemaps.
        while (step < len(self._DETECTION) and self.other_folders
               and self._DETECTION[step][0] in HOST_WIDE_PLATFORMS):
            step += 1
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


def path_is(response: Response, path: str) -> bool:
    return urlsplit(response.url).path == path
