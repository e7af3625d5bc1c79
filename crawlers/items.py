"""The item a crawl yields: one competitor offer, as read, before validation.

Its fields are those of `storecheck.models.Offer` plus what was read on the
way (availability as schema.org names it, the promotion text, the source of
the evidence). The pipelines turn it into a validated `Offer`.
"""

from __future__ import annotations

from collections.abc import Mapping

import scrapy

from storecheck.models import Offer


class OfferItem(scrapy.Item):
    """A competitor offer as a crawl read it."""

    key = scrapy.Field()
    name = scrapy.Field()
    brand = scrapy.Field()
    category = scrapy.Field()
    gtin = scrapy.Field()
    mpn = scrapy.Field()
    sku = scrapy.Field()
    url = scrapy.Field()
    image = scrapy.Field()
    description = scrapy.Field()
    size = scrapy.Field()
    parent_key = scrapy.Field()
    price = scrapy.Field()
    regular_price = scrapy.Field()
    currency = scrapy.Field()
    in_stock = scrapy.Field()
    promotion = scrapy.Field()
    unit_price = scrapy.Field()
    unit = scrapy.Field()
    condition = scrapy.Field()
    # read on the way
    availability = scrapy.Field()
    source = scrapy.Field()
    promotion_text = scrapy.Field()
    price_valid_until = scrapy.Field()
    page_url = scrapy.Field()
    # Why the price's currency sign could not be settled ("'$' could be AUD, CAD..."): the price is not kept.
    currency_unsettled = scrapy.Field()
    # The page states another currency than the competitor's configured one: the page's is kept, a person checks.
    currency_differs = scrapy.Field()
    # The page's domain reads the sign the configured currency settled as another: the setting's is kept, a person checks.
    currency_setting_doubted = scrapy.Field()
    # Why a price the page shows is not kept ("From £5", an AggregateOffer's lowPrice): the offer is kept without it.
    price_left_out = scrapy.Field()

    @classmethod
    def from_mapping(cls, values: Mapping) -> OfferItem:
        """An item from an extraction result; unknown keys and empty values are left out."""
        return cls({k: v for k, v in values.items() if k in cls.fields and v is not None})

    def offer_values(self) -> dict:
        return {k: v for k, v in self.items() if k in Offer.model_fields}
