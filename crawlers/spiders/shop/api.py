"""What the shops' product APIs (Shopify's `products.json`, the WooCommerce
Store API) share: a page's records read one by one (`_api_offers`), when to
ask for the next page (`_brings_new`), and reading their JSON values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

from scrapy.http import Response

from crawlers.items import OfferItem
from crawlers.promotions import parse_promotion
from storecheck.money import json_loads


class ApiPages:
    """The offers of an API page, and whether the next page is worth asking for."""

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


def _json(response: Response) -> Any:
    # A whole number past Python's int digits (4,300) is read as a Decimal (`json_loads`): its
    # ValueError made the page "not JSON", and every product on it was lost for one value,
    # which the price checks now refuse alone, named.
    try:
        return json_loads(response.body)
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


def _is_specific_promotion(text: str) -> bool:
    promotion = parse_promotion(text)
    return promotion is not None and promotion.type != "sale"
