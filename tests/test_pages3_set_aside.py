"""Extraction on the third batch of built pages set aside (tests/data/pages_built/aside14).

Fourteen pages written after platforms and shapes no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside14")

# (page, variant, field): why it is still read wrong.
MISSED = {
    ("bigcommerce-price-range-en.html", AS_BUILT, "price"): "the JSON-LD's AggregateOffer lowPrice read as the price",
    ("bigcommerce-price-range-en.html", AS_BUILT, "regular_price"): "'MSRP: $39.99 - $44.99' beside it read as a was-price",
    ("bigcommerce-price-range-en.html", BARE, "price"): "the range's low end read from data-product-price of the product's block",
    ("bigcommerce-price-range-en.html", BARE, "regular_price"): "'MSRP: $39.99 - $44.99' beside it read as a was-price",
    ("cafe24-ko.html", AS_BUILT, "price"): "OpenGraph's product:price:amount (before the discount) read, product:sale_price not",
    ("cafe24-ko.html", AS_BUILT, "regular_price"): "OpenGraph's product:sale_price beside product:price is not read",
    ("cafe24-ko.html", AS_BUILT, "in_stock"): "a buy button hidden by the class 'displaynone' read as left on, outweighing 품절",
    ("cafe24-ko.html", BARE, "regular_price"): "the strike of an amount's inner element does not reach its row, read first",
    ("cafe24-ko.html", BARE, "in_stock"): "a buy button hidden by the class 'displaynone' read as left on, outweighing 품절",
    ("shopify-prestige-pack-en.html", AS_BUILT, "price"): "the first of the JSON-LD's variant offers (6 PCS), not the one shown",
    ("shopify-prestige-pack-en.html", AS_BUILT, "regular_price"): "the class 'Price--compareAt' (camel case) is not a former price's",
    ("shopify-prestige-pack-en.html", AS_BUILT, "sku"): "the first of the JSON-LD's variant offers (6 PCS), not the one shown",
    ("shopify-prestige-pack-en.html", BARE, "regular_price"): "the class 'Price--compareAt' (camel case) is not a former price's",
    ("shopify-debut-de.html", BARE, "sku"): "Shopify's product JSON gives the product's number as the id, not its variant's sku",
    ("mercadolibre-ar.html", BARE, "sku"): "the page shows the listing's number without its MLA prefix ('Publicación: #')",
    ("lnwshop-th.html", BARE, "sku"): "the id is labelled รหัสสินค้า (Thai), not a known label",
    ("tray-br.html", BARE, "price"): "the card price 'por R$ 1.199,00' ties with the cash price 'à vista' and is nearer the title",
    ("plentyshop-ceres-de.html", BARE, "sku"): "'Artikel-ID' is not a known label; the EAN of the data table taken instead",
}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
