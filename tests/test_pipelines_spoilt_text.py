"""Spoilt text in items of every spider is mended in the one place all items pass (NormalisePipeline).

The page extraction mended its texts already (`crawlers.extraction`); the Shopify and WooCommerce API
spiders' items did not pass there, so a shop whose system spoilt its titles ("cafÃ©": UTF-8 read once
more as Latin-1) had them stored so from its products.json or Store API, and matched on no catalogue.
"""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from crawlers.pipelines import NormalisePipeline
from crawlers.spiders.shop.shopify import _shopify_offer
from crawlers.spiders.shop.woocommerce import WooCommercePages


def _normalised(item):
    return NormalisePipeline().process_item(item)


def test_a_shopify_api_item_has_its_spoilt_text_mended():
    product = {"title": "Moulin Ã\xa0 cafÃ© manuel", "vendor": "CafÃ©s Richard", "product_type": "CafetiÃ¨res",
               "body_html": "<p>Meule en cÃ©ramique, rÃ©glable</p>"}
    variant = {"id": 1, "title": "Ã˜ 20 cm", "price": "39.90", "available": True}
    item = _normalised(_shopify_offer(product, variant, "moulin", "https://shop.example/products/moulin", None,
                                      None, (1, 1), "EUR"))
    assert item["name"] == "Moulin à café manuel - Ø 20 cm"
    assert (item["brand"], item["category"]) == ("Cafés Richard", "Cafetières")
    assert item["description"] == "Meule en céramique, réglable"
    assert item["price"] == Decimal("39.90")


def test_a_woocommerce_api_item_has_its_spoilt_text_mended_and_its_ids_kept():
    product = {"id": 7, "name": "Chaise en chÃªne massif", "sku": "CHÃ-01", "permalink": "https://shop.example/p/7",
               "categories": [{"name": "Salle Ã  manger"}], "short_description": "<p>Assise tressÃ©e</p>",
               "prices": {"price": "12900", "regular_price": "12900", "currency_code": "EUR", "currency_minor_unit": 2},
               "is_in_stock": True}
    item = _normalised(WooCommercePages._woo_offer(SimpleNamespace(currency="EUR"), product))
    assert item["name"] == "Chaise en chêne massif"
    assert item["category"] == "Salle à manger"
    assert item["description"] == "Assise tressée"
    assert item["sku"] == "CHÃ-01"  # an id is compared as written: mended on one run and not the last, a second product


def test_text_written_right_is_left_as_written():
    product = {"title": "IRMÃOS AT&T Größe Ärger Œuvre", "vendor": "Q&A", "body_html": "<p>Café crème</p>"}
    item = _normalised(_shopify_offer(product, {"id": 1, "price": "5"}, "x", "https://shop.example/products/x", None,
                                      None, (1, 1), "EUR"))
    assert (item["name"], item["brand"], item["description"]) == ("IRMÃOS AT&T Größe Ärger Œuvre", "Q&A", "Café crème")
