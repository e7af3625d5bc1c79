"""Extraction on the twenty-third batch of built pages set aside (tests/data/pages_built/aside34).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside34")

# (page, variant, field): why it is still read wrong. The first reading (code of main at 1462a746, in the history,
# thirty-fourth session), by cause.
MISSED: dict = {
    # Stiletto's JSON-LD lists the first variant's Offer first; the page opened on the second ('?variant=…').
    ("shopify-stiletto-yi-us.html", AS_BUILT, "price"): "the JSON-LD's first Offer, not the selected variant's",
    ("shopify-stiletto-yi-us.html", AS_BUILT, "regular_price"): "the JSON-LD's first Offer has no former price",
    ("shopify-stiletto-yi-us.html", AS_BUILT, "sku"): "the JSON-LD's first Offer's sku",
    # The Yiddish label 'אַרטיקל־נומער:' (article number) is no id label the rules know.
    ("shopify-stiletto-yi-us.html", BARE, "sku"): "the Yiddish id label unknown",
    # WooCommerce's struck former price in <del aria-hidden>, a Zulu screen-reader sentence after each amount.
    ("woocommerce-hello-elementor-zu-za.html", AS_BUILT, "regular_price"): "the struck former price beside Zulu "
                                                                           "screen-reader sentences not read",
    ("woocommerce-hello-elementor-zu-za.html", BARE, "price"): "the struck former price read as the price",
    ("woocommerce-hello-elementor-zu-za.html", BARE, "regular_price"): "the struck former price read as the price",
    # 'Akukho esitokweni' (Zulu, out of stock) is no stock wording the rules know.
    ("woocommerce-hello-elementor-zu-za.html", BARE, "in_stock"): "Zulu 'out of stock' unknown",
    # 'Còdighe:' (Sardinian, code) is no id label the rules know.
    ("storeden-sc-it.html", BARE, "sku"): "the Sardinian id label unknown",
}


def _cases() -> list:
    return PAGES.cases(MISSED)


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
