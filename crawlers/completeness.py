"""Run completeness: a product page that ends without a product counts against the run.

A product missing from a run is taken for delisted only when the run is
complete. So each page the crawl expected a product on must end in a
product, in the shop saying the page is gone (404, 410), or in an error on the
run. A page is expected to hold a product when an earlier run found one at its
URL (the products this run could make look delisted), when the competitor's
`product_url_pattern` matches it, or when a product sitemap lists it.

This spider middleware sees each response with what the spider made of it, and
each request the scheduler dropped, and records the pages that ended otherwise:

- `redirect_loop`: a redirect back to a URL of its own chain (its query in any
  order), which Scrapy's duplicate filter drops without a word (a chain that runs past
  REDIRECT_MAX_TIMES reaches the spider's errback, which records it the same way);
- `empty_page`: an expected page, or the start page, answered with an empty body;
- `no_product_on_page`: an expected page with no product on it (a page read as a listing of products,
  `crawlers.listings`, is none: its cards' pages are read, and the run's remarks name it);
- `redirected_off_shop`: an expected page that redirects to another host (by a 30x or a
  `<meta http-equiv=refresh>`), which Scrapy's offsite filter drops without a word when the
  redirect is scheduled;
- `forbidden_by_robots`: an expected page robots.txt forbids (the shop's rules changed since
  the product was read there). Obeyed, so the product is not looked at: not seen is not gone.
  Any other page robots.txt forbids is a link left out on purpose (`robots_txt`, benign).

A link longer than URLLENGTH_LIMIT is not followed (`LongLinks`). One that may lead to a product
(`may_hold_product`: an expected page, a known page's path under another query, a path shaped as
product pages' are) is `url_too_long` and named: it may be a known product's only link. Any other
(a search or filter state of thousands of characters on every page) is `long_link`, benign, as a
link robots.txt forbids: counted against the run, it made every run of the shop partial for good.
One whose path is a known product page's, on its host, with another query (a filter state a theme
writes into a product's link) is followed at that page's stored URL instead (`long_link_read_at_stored_url`,
named, benign): the product is read where it was read before, and a known product whose only link
is too long no longer keeps every run partial.

Each is counted as `dropped/<reason>` (so the run ends partial) and recorded in
the run's errors with the URL. It lives apart from extraction on purpose: how a
product is read from a page changes; what a page that yields none means for the
run does not.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any

from urllib.parse import parse_qsl, urljoin, urlsplit

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.spidermiddlewares.urllength import UrlLengthMiddleware
from scrapy.utils.url import url_is_from_any_domain
from sqlalchemy import select
from w3lib.html import get_base_url, get_meta_refresh

from crawlers.spiders.shop.pages import _PRODUCT_URL_HINT
from crawlers.urls import canonical_url
from storecheck import db

# Answers in which the shop itself says the product is gone: a verified delisting, not a loss.
GONE = (404, 410)


def _what_was_sent(response: Response) -> str:
    """What the shop sent in a page's place, where its answer says so, for the run's error: "no
    product found" alone sent the user to read a page that holds one in a browser.

    A 206 is a part of the page (a cache answering a range nobody asked for); a `Refresh` header
    (which browsers follow as they follow the meta tag, and Scrapy does not) sends a browser elsewhere;
    a `Content-Encoding` still on the response is one the crawl did not unpack (Scrapy's compression
    middleware takes off each one it decodes): the bytes read are not the page (hostile10's S94,
    `compress`, which no client unpacks any more)."""
    encoding = response.headers.get(b"Content-Encoding", b"").decode("latin-1").strip()
    if encoding and encoding.lower() != "identity":
        return (f": the shop sent it in Content-Encoding {encoding[:40]!r}, which the crawl does not unpack "
                f"({len(response.body):,} bytes not read as a page)")
    if response.status == 206:
        return (f": the shop answered 206 Partial Content, a part of the page ({len(response.body):,} bytes, "
                f"{response.headers.get(b'Content-Range', b'no range').decode('latin-1')[:60]}), to a request that asked for no range")
    refresh = response.headers.get(b"Refresh")
    if refresh:
        # "0; url=…" sends elsewhere; a bare "300" only reloads the page, which says nothing of it.
        target = refresh.decode("latin-1").partition("=")[2].strip().strip("'\"")
        if target:
            return f": its Refresh header sends browsers to {urljoin(response.url, target)[:200]}; not followed"
    sent = response.headers.get(b"Content-Type", b"").decode("latin-1").partition(";")[0].strip().lower()
    if _no_page(sent):
        # A PDF or a photo in the page's place (a product sheet, a CDN answering the image for its
        # page, hostile12's S102/S103): said with its type, not as a page whose markup changed.
        return f": the shop sent {sent[:60]} ({len(response.body):,} bytes), not a web page"
    return ""


def _no_page(content_type: str) -> bool:
    """Whether a response's media type says it is no page a product can be read from: any but text,
    XML, JSON and HTML's own, and the untyped `application/octet-stream` (a page a server sent
    without its type, which the crawl reads as HTML: hostile4's S34)."""
    if not content_type or "/" not in content_type or content_type == "application/octet-stream":
        return False
    kind, _, subtype = content_type.partition("/")
    return not (kind == "text" or subtype in ("xml", "json", "xhtml+xml", "ld+json")
                or subtype.endswith(("+xml", "+json")))


class LongLinks(UrlLengthMiddleware):
    """Scrapy's URL length filter, whose drops count against the run: a link longer than
    URLLENGTH_LIMIT is not followed (a server is not bound to take it), counted as
    `dropped/url_too_long` and named, the first few in full length, so the run ends partial. The
    page behind it may be a product read before, which a link dropped without a word made look
    delisted."""

    NAMED = 5

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if len(request.url) <= self.maxlength:
            return request
        stats = self.crawler.stats
        accounting = getattr(self.crawler.spider, "page_accounting", None)
        stored = accounting.stored_page_for(request) if accounting is not None else None
        if stored is not None and len(stored) <= self.maxlength:
            # The same page under a query of thousands of characters: asked at its stored URL, which
            # a server takes (and the dupe filter drops when the page is linked plainly as well).
            stats.inc_value("skipped/long_link_read_at_stored_url")
            error = getattr(self.crawler.spider, "_error", None)
            if error is not None and stats.get_value("skipped/long_link_read_at_stored_url", 0) <= self.NAMED:
                error(f"link not followed, {len(request.url):,} characters long (URLLENGTH_LIMIT {self.maxlength:,}): "
                      f"{request.url[:150]}…; its product page read at its stored URL {stored[:200]}", count=False)
            return request.replace(url=stored)
        if accounting is not None and not accounting.may_hold_product(request):
            # A link to no page that may hold a product (a search or a filter state of 9,000
            # characters on every home page) loses nothing anyone expects, as a link robots.txt
            # forbids: counted apart, not against the run, which it made partial on every crawl.
            stats.inc_value("skipped/long_link")
            return None
        stats.inc_value("dropped/url_too_long")
        if stats.get_value("dropped/url_too_long", 0) <= self.NAMED:
            found = f" (linked from {response.url[:200]})" if response is not None else ""
            message = (f"link not followed, {len(request.url):,} characters long (URLLENGTH_LIMIT {self.maxlength:,}): "
                       f"{request.url[:150]}…{found}")
            error = getattr(self.crawler.spider, "_error", None)
            if error is not None:
                error(message)
        return None


class ProductPageAccounting(BaseSpiderMiddleware):
    def __init__(self, crawler):
        super().__init__(crawler)
        self.known: set[str] = set()
        # path -> a known product page with that path (`stored_page_for`), read once per crawl; the
        # paths more than one known page has (pages told apart by their query)
        self.known_paths: dict[str, str] = {}
        self.shared_paths: set[str] = set()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler):
        if crawler.spidercls.name != "shop":
            raise NotConfigured("ProductPageAccounting judges the shop spider's pages only")
        return cls(crawler)

    def spider_opened(self, spider) -> None:
        # The spider's errback hears of the pages robots.txt forbids (no signal is sent for them) and
        # asks here whether one was expected to hold a product (`robots_forbade`).
        spider.page_accounting = self
        products = db.competitor_products
        with db.reading(spider.engine).connect() as conn:
            urls = conn.execute(
                select(products.c.url).where(products.c.competitor_id == spider.competitor_id, products.c.url.is_not(None))
            ).scalars()
            self.known = {canonical_url(url) for url in urls}
        self.known_paths = {}
        self.shared_paths = set()
        for url in self.known:
            # Of a path's known URLs, the shortest (the page itself, not one read under a filter query)
            path = urlsplit(url).path
            if path in self.known_paths:
                self.shared_paths.add(path)
            if len(url) < len(self.known_paths.get(path, url + " ")):
                self.known_paths[path] = url

    # --- what the spider made of each response ------------------------------------------------

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterable[Any]:
        products = 0
        for output in result:
            products += not isinstance(output, Request)
            yield output
        self.settle(response, products)

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        products = 0
        async for output in result:
            products += not isinstance(output, Request)
            yield output
        self.settle(response, products)

    def settle(self, response: Response | None, products: int) -> None:
        """Record a response that was expected to hold a product and gave none."""
        if products or not isinstance(response, Response) or not 200 <= response.status < 300:
            return
        if not response.meta.get("shop_page") or response.meta.get("not_read_for_products"):
            # An API, sitemap or detection answer, or a page the spider did not read for products
            # (already counted and named there): what is missing there is an error of its own.
            return
        first = (response.meta.get("redirect_urls") or [response.url])[0]
        if cards := response.meta.get("listing_page"):
            # Read as a listing (`crawlers.listings`): its cards' pages are read instead. Said where a product
            # was expected there (one stored from it before, or the product URL pattern matching it), so a
            # product page taken for a listing is not lost without a word; not counted against the run.
            if self.expected(response.request, first):
                self.crawler.spider._error(f"{response.url} read as a listing of {cards} products, not as a product page "
                                           "(its price shown only in one of its product cards)", count=False)
            return
        start_url = getattr(self.crawler.spider, "start_url", None)
        if start_url and canonical_url(first) == canonical_url(start_url) and not response.body.strip():
            # The start page answering nothing leaves the crawl nothing to read: named as such,
            # not only as "no product found".
            self.lose("empty_page", f"empty start page at {first}")
            return
        if not self.expected(response.request, first):
            return
        if not response.body.strip():
            self.lose("empty_page", f"empty page at {first}" + (f" (redirected to {response.url})" if first != response.url else ""))
        else:
            self.lose("no_product_on_page", f"no product found on {response.url}" + (f" (from {first})" if first != response.url else "")
                      + _what_was_sent(response))

    def may_hold_product(self, request: Request) -> bool:
        """Whether a link the crawl does not follow may lead to a product: a page expected to hold one
        (`expected`), a known page's path under another query (a filter state written into a product's
        link), or a path shaped as product pages' are."""
        first = (request.meta.get("redirect_urls") or [request.url])[0]
        if not request.meta.get("shop_page") or self.expected(request, first):
            return True  # a sitemap or an API page lost loses what it lists
        path = urlsplit(first).path
        return path in self.known_paths or bool(_PRODUCT_URL_HINT.search(path))

    def stored_page_for(self, request: Request) -> str | None:
        """The stored URL of the known product page that `request` asks under another query, else
        None: on one host, the same path, and that path one known page's alone (its query a filter
        state, even when the page was read under one). Where several known pages share the path
        (product pages told apart by their query, `/product.php?id=7`), only one whose every query
        parameter the link carries, so another product is never read in a page's place (the link
        stays `url_too_long`, named)."""
        parts = urlsplit(canonical_url((request.meta.get("redirect_urls") or [request.url])[0]))
        known = self.known_paths.get(parts.path)
        if known is None:
            return None
        stored = urlsplit(known)
        if (stored.scheme, stored.netloc) != (parts.scheme, parts.netloc):
            return None
        if parts.path not in self.shared_paths:
            return known
        asked = set(parse_qsl(parts.query, keep_blank_values=True))
        return known if set(parse_qsl(stored.query, keep_blank_values=True)) <= asked else None

    def expected(self, request: Request | None, url: str) -> bool:
        spider = self.crawler.spider
        if request is not None and request.meta.get("expects_product"):
            return True
        pattern = getattr(spider, "pattern", None)
        return canonical_url(url) in self.known or bool(pattern is not None and pattern.search(url))

    # --- redirects off the shop -----------------------------------------------------------------

    def response_downloaded(self, response: Response, request: Request, spider) -> None:
        """A redirect, seen as it arrives (before RedirectMiddleware or MetaRefreshMiddleware turns
        it into a request that the offsite filter drops silently): one from an expected page, or the
        start page, to another host loses it."""
        allowed = getattr(spider, "allowed_domains", None)
        if request.meta.get("dont_redirect") or not allowed or not request.meta.get("shop_page"):
            return
        first = (request.meta.get("redirect_urls") or [request.url])[0]
        start_url = getattr(spider, "start_url", None)
        # The start page too: a shop that moved leaves the crawl nothing to read, and the run's error
        # said only "no product found on the 2 page(s) read".
        start = bool(start_url) and canonical_url(first) == canonical_url(start_url)
        if not (start or self.expected(request, first)):
            return
        target = self._redirect_target(response)
        # By host name, as the spider admits links: Scrapy's match compares "host:port" with the
        # host, so on a shop served on a port every redirect looked off the shop.
        if target is None or url_is_from_any_domain(f"http://{urlsplit(target).hostname or ''}/", allowed):
            return
        self.lose("redirected_off_shop", f"{'start page ' if start else ''}{first} redirects off the shop to "
                                         f"{target[:200]}; not followed")

    def _redirect_target(self, response: Response) -> str | None:
        """Where a response sends the crawl: a 30x's Location, or the URL of a `<meta refresh>` that
        Scrapy follows (within METAREFRESH_MAXDELAY, outside the ignored tags). A move the shop wrote
        in the page (what a CMS does for a retired page) lost the page as silently as a 30x did."""
        if response.status in (301, 302, 303, 307, 308):
            location = response.headers.get(b"Location")
            return urljoin(response.url, location.decode("latin-1").strip()) if location else None
        settings = self.crawler.settings
        if response.status != 200 or not isinstance(response, HtmlResponse) or not settings.getbool("METAREFRESH_ENABLED"):
            return None
        # As Scrapy reads it (its first 4,096 characters), from the bytes: `response.text` would decode
        # every expected page whole once more, before the spider's own reading of it.
        encoding = response.encoding
        head = response.body[:4096].decode(encoding, "replace")
        interval, url = get_meta_refresh(head, get_base_url(head, response.url, encoding), encoding,
                                         ignore_tags=settings.getlist("METAREFRESH_IGNORE_TAGS"))
        if url is None or interval is None or interval >= settings.getint("METAREFRESH_MAXDELAY"):
            return None
        return url

    # --- pages robots.txt forbids ----------------------------------------------------------------

    def robots_forbade(self, request: Request) -> bool:
        """A request robots.txt forbids: lost (and named) when its page was expected to hold a product,
        else a link left out on purpose. A shop's robots.txt newly forbidding a product page it served
        before ended the run `finished`, and the product read there looked delisted."""
        first = (request.meta.get("redirect_urls") or [request.url])[0]
        if not request.meta.get("shop_page") or not self.expected(request, first):
            return False
        self.lose("forbidden_by_robots", f"{first}: robots.txt forbids it now; not read, so its product is not taken "
                                         "for delisted")
        return True

    # --- requests the scheduler dropped -------------------------------------------------------

    def request_dropped(self, request: Request, spider) -> None:
        chain = request.meta.get("redirect_urls") or []
        # Compared as the duplicate filter compares them (query sorted): a loop that only reorders
        # its query ("?a=1&b=2" -> "?b=2&a=1") was dropped by the filter, but not found here, and the
        # page was lost without a word on a run that finished (its product taken for delisted).
        if chain and canonical_url(request.url) in {canonical_url(url) for url in chain}:
            hops = " -> ".join([*chain, request.url][:6])
            self.lose("redirect_loop", f"redirect loop {chain[0]}: {hops}")

    def lose(self, reason: str, message: str) -> None:
        self.crawler.stats.inc_value(f"dropped/{reason}")
        # The spider keeps the run's error list; the dropped count above is what makes the run partial.
        self.crawler.spider._error(message, count=False)
