"""Shopify: the products of `products.json`, page by page, one offer per variant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlencode

from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from crawlers.extraction import plain_text
from crawlers.items import OfferItem
from crawlers.spiders.shop.api import _decimal, _is_specific_promotion, _json
from storecheck.models import normalise_gtin

SHOPIFY_PAGE_SIZE = 250


class ShopifyPages:
    """The spider's Shopify pages: the storefront's currency, then `products.json`."""

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

    def _shopify_offers(self, product: dict) -> Iterable[OfferItem]:
        handle = product.get("handle") or str(product.get("id"))
        url = f"{self.origin}/products/{handle}"
        variants = product.get("variants")
        if variants is None or variants == []:
            # Shopify gives every product at least one variant (its "Default Title"), which holds the
            # price: a product without one is a broken record, named, not a product skipped without a
            # word (in a run with no other fault it was taken for delisted).
            raise ValueError(f"no variants ({'null' if 'variants' in product else 'none given'}), so no price")
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


def _shopify_promotion_text(product: dict) -> str | None:
    tags = product.get("tags") or []
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    for tag in tags:
        if tag and tag != product.get("product_type") and _is_specific_promotion(tag):
            return tag
    return None
