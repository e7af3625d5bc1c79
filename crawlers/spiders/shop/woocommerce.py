"""WooCommerce: the products of its Store API, page by page, prices in minor units.
"""

from __future__ import annotations

import html as html_lib
import re
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from scrapy.http import Request, Response

from crawlers.extraction import plain_text
from crawlers.items import OfferItem
from crawlers.spiders.shop.api import _decimal, _int, _is_specific_promotion, _json
from storecheck.models import normalise_gtin

MAX_MINOR_UNIT = 4  # the most decimals a currency of ISO 4217 has (the Chilean UF, CLF)


WOO_PAGE_SIZE = 100


class WooCommercePages:
    """The spider's WooCommerce Store API pages."""

    def _woo_page(self, page: int) -> Request:
        url = f"{self.origin}/wp-json/wc/store/v1/products?" + urlencode({"per_page": WOO_PAGE_SIZE, "page": page})
        return Request(url, callback=self.parse_woo, errback=self.errback, cb_kwargs={"page": page}, dont_filter=True)

    def parse_woo(self, response: Response, page: int):
        data = _json(response)
        if not isinstance(data, list):
            self._error(f"not WooCommerce Store API JSON: {response.url}")
            return
        announced = _int(response.headers.get(b"X-WP-TotalPages"))
        if not data and announced is not None and page <= announced:
            # A page the shop's own totals announce, answered empty (a cache holding an empty answer,
            # a query failing quietly), is a page lost, not the list's end: read as the end, the run
            # finished and the products of that page were taken for delisted.
            self._error(f"WooCommerce Store API page {page} of the {announced} X-WP-TotalPages announces answered "
                        f"no products: {response.url}")
        offers = self._api_offers(response, data, lambda product: [self._woo_offer(product)])
        brings_new = self._brings_new(offers, data, response, page)
        yield from offers
        if page == 1:
            total_pages = announced
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
        if promotion_text is None and product.get("on_sale"):
            # What the sale is, where the short description says it in a line of a badge's length ("2+1
            # gratis", "Promocja jesienna -15%"): "Sale" alone lost the multibuy worth copying.
            promotion_text = next((line for line in _badge_lines(product.get("short_description"))
                                   if _is_specific_promotion(line)), None)
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


def _minor_units(value: Any, minor: int) -> Decimal | None:
    amount = _decimal(value)
    if amount is None or not amount.is_finite():
        # "NaN" reaches the price checks as it came (dropped there as `invalid_price`, as Shopify's
        # is); divided, it raised InvalidOperation and cost its whole record a bare "[<class ...>]".
        return amount
    return amount / (Decimal(10) ** minor)


# A line of a description short enough to be a badge, not a sentence about the product (which names
# sizes, counts and years that no promotion is).
_BADGE_LENGTH = 40
_LINE_BREAK = re.compile(r"<\s*br\s*/?\s*>|<\s*/\s*(?:p|li|div|h\d)\s*>|\n", re.I)


def _badge_lines(html: Any) -> list[str]:
    """The short lines of a WooCommerce short description (HTML), as text."""
    if not isinstance(html, str) or not html.strip():
        return []
    lines = (plain_text(part) for part in _LINE_BREAK.split(html))
    return [line for line in lines if line and len(line) <= _BADGE_LENGTH]
