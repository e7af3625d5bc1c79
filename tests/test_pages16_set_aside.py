"""Extraction on the sixteenth batch of built pages set aside (tests/data/pages_built/aside27).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside27")

# (page, variant, field): why it is still read wrong (the first reading, code of main at 5890062, missed
# fourteen cases, in the history, twenty-seventh session).
_TOMANS = ("tomans read as rials: '۴۵,۹۰۰,۰۰۰ تومان' (and the JSON-LD's 45900000 'IRT', a code no standard has) "
           "stored as IRR, a tenth of the price in rials")
MISSED = {
    ("woocommerce-fa-ir.html", AS_BUILT, "price"): _TOMANS,
    ("woocommerce-fa-ir.html", AS_BUILT, "regular_price"): _TOMANS,
    ("woocommerce-fa-ir.html", BARE, "price"): _TOMANS,
    ("woocommerce-fa-ir.html", BARE, "regular_price"): _TOMANS,
    ("odoo17-rw.html", AS_BUILT, "sku"): "'Internal Reference: RWE-UA55CU7000' (Odoo's name for the shop's code) is no id label",
    ("odoo17-rw.html", BARE, "sku"): "'Internal Reference: RWE-UA55CU7000' (Odoo's name for the shop's code) is no id label",
    ("odoo17-rw.html", AS_BUILT, "in_stock"): "'Not Available For Sale' in Odoo's 'product_unavailable', hidden by Bootstrap's "
                                               "'d-none' until a variant cannot be sold, read as the stock",
    ("odoo17-rw.html", BARE, "in_stock"): "'Not Available For Sale' in Odoo's 'product_unavailable', hidden by Bootstrap's "
                                           "'d-none' until a variant cannot be sold, read as the stock",
    ("yangon-shop-mm.html", AS_BUILT, "sku"): "Burmese 'ပစ္စည်းကုဒ် :' (item code) is no id label",
    ("yangon-shop-mm.html", BARE, "sku"): "Burmese 'ပစ္စည်းကုဒ် :' (item code) is no id label",
    ("shopify-focal-mo.html", AS_BUILT, "regular_price"): "'節省 MOP$700.00' (you save) not read as a saving: it was the "
                                                           "visible price, so 'MOP$4,980.00' was the former price of none",
    ("shopify-focal-mo.html", BARE, "price"): "'節省 MOP$700.00' (you save) taken as the price",
    ("shopify-impact-tt.html", BARE, "sku"): "'SKU: IKC-AF400' in Impact's <variant-sku> element not read",
    ("magento2-hyva-mt.html", AS_BUILT, "in_stock"): "the JSON-LD's 'InStock' (an SEO module's) believed over the page's "
                                                      "'Out of stock', which has no buy button and a notify button",
}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    # At first reading none wrong; left unsettled: 'Ks' (Myanmar), '$' on a '.lb' page, and without
    # structured data 'RF' (Rwanda) and 'MOP$' (Macau).
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
