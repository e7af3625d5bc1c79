"""Extraction on the ninth batch of built pages set aside (tests/data/pages_built/aside20).

Fifteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside20")

# (page, variant, field): why it is still read wrong (the first reading, code of main at 59918a0).
MISSED = {
    # Prices.
    ("shopify-impulse-pk.html", BARE, "price"): "a variant's surcharge '(+Rs.2,100)' in a button's label won over 'Rs.4,193.00'",
    # Former prices.
    ("prom-ua.html", AS_BUILT, "regular_price"): "'1 599' is named old only by a data-qaid attribute ('old_price'): no strike, no word",
    ("prom-ua.html", BARE, "regular_price"): "'1 599' is named old only by a data-qaid attribute ('old_price'): no strike, no word",
    ("shopify-impulse-pk.html", AS_BUILT, "regular_price"): "the structured data gives no former price and the compare-at price is not taken beside it",
    # Ids.
    ("bigcartel-ph.html", AS_BUILT, "sku"): "no id shown but the URL's",
    ("bigcartel-ph.html", BARE, "sku"): "no id shown but the URL's",
    ("momo-tw.html", AS_BUILT, "sku"): "'品號：' is not a known label",
    ("momo-tw.html", BARE, "sku"): "'品號：' is not a known label",
    ("shopify-impulse-pk.html", BARE, "sku"): "the sku is in a <p> with no label but its class",
    ("pwa-studio-venia-ph.html", AS_BUILT, "sku"): "'SKU' is a heading's text and the value a <strong> beside it",
    ("pwa-studio-venia-ph.html", BARE, "sku"): "'SKU' is a heading's text and the value a <strong> beside it",
    # Stock.
    ("gomag-ro.html", AS_BUILT, "in_stock"): "the JSON-LD says InStock; the page says 'Stoc epuizat' beside a disabled button",
    ("gomag-ro.html", BARE, "in_stock"): "'Stoc epuizat' (Romanian, sold out) is not known; the notify link not read",
}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
