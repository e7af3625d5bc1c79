"""Sitemaps: robots.txt's sitemaps (else /sitemap.xml), their indexes, and the
product URLs they list, queued within the page budget.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from scrapy.http import Request, Response
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from crawlers.spiders.shop.pages import _PRODUCT_URL_HINT
from crawlers.urls import canonical_url

_PRODUCT_SITEMAP = re.compile(r"product|produkt|produit|producto|artikel|item", re.I)


# The end of a whole sitemap: its root's closing tag (with a namespace prefix or not), then only
# white space and comments (a generator's signature).
_SITEMAP_ENDS = re.compile(rb"</(?:[\w.-]+:)?(?:urlset|sitemapindex)\s*>(?:\s|<!--.*?-->)*\Z", re.S)
# The closing tag alone, sought through the whole sitemap when its end is not that: a whole sitemap
# may be followed by other bytes (a PHP warning a plugin prints after the XML, kilobytes of padding).
_SITEMAP_CLOSES = re.compile(rb"</(?:[\w.-]+:)?(?:urlset|sitemapindex)\s*>")
_ONLY_BLANKS = re.compile(rb"(?:\s|<!--.*?-->)*\Z", re.S)


_OTHER_SITEMAP = re.compile(r"categor|[-_]cat\b|[-_]cat[-_]|taxonom|collection|tag|brand|attribute|page|post(?!s-product)|blog", re.I)


class SitemapPages:
    """The spider's robots.txt and sitemap pages."""

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
                # An empty answer (a cache that stored a failed render, hostile12's S104) said as such.
                empty = "" if response.body.strip() else " (an empty answer)"
                self._error(f"not a sitemap: {response.url}{empty}")
            return
        if not _SITEMAP_ENDS.search(body[-1024:]) and not self._closed_before_its_end(response, body):
            # A sitemap cut short (a file cut while uploaded, a gzip stream that ends halfway, which
            # is unpacked as far as it goes) still lists its first products, read below; those
            # it no longer reaches are not gone, so the run is not whole. Read without a word,
            # the run finished and they were taken for delisted.
            self.crawler.stats.inc_value("dropped/sitemap_cut_short")
            self._error(f"sitemap cut short {response.url}: it ends before its closing tag ({len(body):,} bytes"
                        f"{' unpacked' if gzip_magic_number(response) else ''}); the entries it lists are read, "
                        "those it lost are not known")
        yield from self._parse_sitemap_body(response, body, products)

    def _closed_before_its_end(self, response: Response, body: bytes) -> bool:
        """Whether a sitemap whose last bytes are not its closing tag holds that tag before them: it is
        whole, with something after it. Taken for one cut short, such a sitemap on every answer made
        every run of the shop partial for good, and a product truly gone was never taken for delisted.
        What follows the tag, if more than white space and comments, is said; it loses nothing."""
        close = None
        for close in _SITEMAP_CLOSES.finditer(body):
            pass
        if close is None:
            return False
        after = body[close.end():]
        if not _ONLY_BLANKS.match(after):
            shown = " ".join(after.decode("utf-8", "replace").split())[:80]
            self._error(f"sitemap {response.url}: {len(after):,} bytes follow its closing tag ({shown!r}…); "
                        "not XML of the sitemap, ignored (its entries are all read)", count=False)
        return True

    def _parse_sitemap_body(self, response: Response, body: bytes, products: bool = False):
        sitemap = Sitemap(body)
        locs = [entry["loc"] for entry in sitemap if entry.get("loc")]
        if sitemap.type == "sitemapindex":
            product_maps = [loc for loc in locs if _PRODUCT_SITEMAP.search(loc) and not _OTHER_SITEMAP.search(loc)]
            for loc in product_maps or locs:
                yield self._sitemap_request(urljoin(response.url, loc), products=bool(product_maps))
            return
        product_sitemap = products or bool(_PRODUCT_SITEMAP.search(response.url) and not _OTHER_SITEMAP.search(response.url))
        listed = [urljoin(response.url, loc) for loc in self._product_urls(locs, product_sitemap)]
        chosen = [canonical_url(url) for url in listed if self._on_shop(url)]
        self._name_other_hosts(response, [url for url in listed if not self._on_host(url)])
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

    def _name_other_hosts(self, response: Response, elsewhere: list[str]) -> None:
        """Say which product entries of a sitemap lie on another host, and are not read: a shop moving to
        a new domain or a CDN lists its products there (hostile12's S106), and a run that found none
        sent the user to selectors. A remark, not counted: a page of another host is no page of the
        shop lost (hostile5's S54)."""
        hosts = sorted({parts.netloc for parts in map(urlsplit, elsewhere) if parts.scheme in ("http", "https")})
        if not hosts:
            return
        count = sum(1 for url in elsewhere if urlsplit(url).scheme in ("http", "https"))
        shown = ", ".join(hosts[:3]) + (f" and {len(hosts) - 3} more" if len(hosts) > 3 else "")
        self._error(f"sitemap {response.url} lists {count:,} product URL(s) on another host ({shown}); not read: a crawl "
                    f"reads only {', '.join(self.allowed_domains)}, the host of the competitor's URL", count=False)

    def _product_urls(self, locs: list[str], product_sitemap: bool) -> list[str]:
        if self.pattern is not None:
            return [loc for loc in locs if self.pattern.search(loc)]
        if product_sitemap:
            # Shopify lists the home page in its product sitemap; anything with no path is not a product.
            return [loc for loc in locs if urlsplit(loc).path not in ("", "/")]
        hinted = [loc for loc in locs if _PRODUCT_URL_HINT.search(urlsplit(loc).path)]
        return hinted

