"""HTML pages: product pages read for their offers, and link discovery from
the start page, listings followed to their end within the trap guards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.http import Request, Response, TextResponse

from crawlers.extraction import extract_offers
from crawlers.items import OfferItem
from crawlers.listings import listing_cards, lone_card
from crawlers.spiders.shop.page_limits import over_element_bound, structured_data_lost
from crawlers.urls import PAGINATION_PARAMS, canonical_url, in_scope, linked_from_scope

# Links a product crawl never needs: carts, accounts, searches, sorted or filtered copies of listings.
_SKIP_LINK = re.compile(
    r"/(?:cart|basket|checkout|checkouts|account|my-account|login|logout|register|wishlist|compare|search|admin|wp-admin|"
    r"feed|comments|tag|author|blog|blogs|news|policies|pages/(?:contact|about))(?:/|$|\?)|"
    r"[?&](?:add-to-cart|add_to_cart|sort|sort_by|orderby|order|filter|q|s|view|currency|lang|variant)=",
    re.I,
)


_PRODUCT_URL_HINT = re.compile(r"/(?:products?|p|item|items|dp|artikel|produkt|produit|producto|prodotto)/|[-_/]p?\d{3,}[-_.]|\.html?$", re.I)


class HtmlPages:
    """The spider's HTML pages: product pages and link discovery."""

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
        own = 0
        for item in self._page_offers(response, listed):
            own += 1
            yield item
        depth = response.meta.get("link_depth", 0)
        stale = response.meta.get("stale_pages", 0)
        links = []
        # A page in the competitor's folder may lead out of it, to the listings a marketplace's storefront
        # links; a page outside it leads only back in (`urls.linked_from_scope`).
        follows = self._linked_from_shop if self._on_shop(response.url) else self._on_shop
        for link in self.link_extractor.extract_links(response):
            if not follows(link.url):
                continue
            url = canonical_url(link.url)
            links.append((url, _is_pagination(url, link.text)))
        # The pages of the products a listing marks up are read as linked pages, whether or not the
        # listing also links them in its markup (many render their tiles from the same data).
        linked = {url for url, _ in links}
        for url in dict.fromkeys(canonical_url(u) for u in listed if follows(u)):
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
            if pagination and not own:
                # The next page of a page that showed no product of its own (a listing): one card there is a
                # card (`crawlers.listings.lone_card`), a category's last page.
                meta["after_listing"] = True
            yield Request(
                url, callback=self.parse_page, errback=self.errback, meta=self._page_meta(meta),
                priority=1 if looks_like_product else 0,
            )

    def _on_host(self, url: str) -> bool:
        """On the shop's host, over HTTP(S). A link or a sitemap entry naming a local
        file (file://), a data: URL or an FTP server is none, whatever its host: Scrapy would read
        the file from this machine's disk (and store what it holds as the shop's), or open a
        connection to the FTP port (run partial for a link the shop's visitors never follow)."""
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and parts.hostname in self.allowed_domains

    def _on_shop(self, url: str) -> bool:
        """A page of the shop: on its host (`_on_host`), and, where other competitors share the host, in
        this competitor's folder and not in theirs (`urls.shared_host_scope`): another seller of the same
        marketplace is another competitor, and its products are not this one's range."""
        return self._on_host(url) and in_scope(urlsplit(url).path, self.path_scope)

    def _linked_from_shop(self, url: str) -> bool:
        """A page linked from one of the shop's own pages: on its host and, where other competitors share
        the host, under none of their folders (`urls.linked_from_scope`)."""
        return self._on_host(url) and linked_from_scope(urlsplit(url).path, self.path_scope, self.other_folders)

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
        if len(offers) == 1 and (cards := listing_cards(response.selector.root, response.url, offers[0],
                                                        self.competitor.decimal_separator)
                                 or (response.meta.get("after_listing") and lone_card(
                                     response.selector.root, response.url, offers[0], self.competitor.decimal_separator))):
            # A listing read as one product named after it, at a card's price (`crawlers.listings`):
            # its cards' pages are read instead, and the page is no product page lost.
            response.meta["listing_page"] = len(cards)
            for page in (response.meta.get("redirect_urls") or [])[:1] + [response.url]:
                self.listing_pages[page] = cards
            self.crawler.stats.inc_value("storecheck/listing_pages")
            if listed is not None:
                listed.extend(cards)
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


_PAGINATION_URL = re.compile(rf"[?&](?:{'|'.join(sorted(PAGINATION_PARAMS))})=\d+|/page/\d+/?$", re.I)


_PAGINATION_TEXT = re.compile(r"^\s*(?:\d+|next|previous|prev|weiter|zurück|suivant|siguiente|[›»«‹→←>]+|next\s+page)\s*[›»→>]?\s*$", re.I)


# Calendars and archives: "next" there means the next date, endlessly, so it counts as depth.
_DATE_URL = re.compile(r"[?&](?:month|year|day|date|week|cal|calendar|from|to|ym|yearmonth)=|/(?:19|20)\d\d/\d\d?(?:/|$)", re.I)


def _is_pagination(url: str, text: str | None) -> bool:
    if _DATE_URL.search(url):
        return False
    return bool(_PAGINATION_URL.search(url) or (text and _PAGINATION_TEXT.match(text)))


def _variants_of_one_product(offers: list[dict]) -> bool:
    """Offers that all belong to one product (its sizes or colours, each on a URL of its own)."""
    parents = {offer.get("parent_key") for offer in offers}
    return len(parents) == 1 and None not in parents


def _same_page(url: str | None, page: str) -> bool:
    if not url:
        return False
    a, b = urlsplit(url), urlsplit(page)
    return (a.netloc, a.path.rstrip("/")) == (b.netloc, b.path.rstrip("/"))
