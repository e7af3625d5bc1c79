"""Extraction on the seventeenth batch of built pages set aside (tests/data/pages_built/aside28).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside28")

# (page, variant, field): why it is still read wrong (the first reading, code of main at 83d261b, in the history,
# twenty-eighth session, missed seventeen; mended since by cause: WooCommerce's Spanish screen-reader sentence, the
# Libyan dinar's thousandths written with both marks, a JSON-LD price stated without VAT, another product's buy
# button outweighing a sold-out badge; in the thirtieth session the kina's lone 'K' read as its sign where the
# competitor's currency is PGK, so 'RRP K7,299.00' is the former price; in the thirty-second session Journal 3's
# 'Model:' read as the shop's code on an OpenCart shop's page; in the thirty-fourth Wix's labels for screen readers
# paired with their amounts by name, 'sr-formatted-secondary-price', so Catalan 'Preu habitual' after the former
# price is its label, not the price's, and its switched-off button named 'add-to-cart' in its data-hook read as the
# buy button: tests/test_pages23_rules.py).
MISSED: dict = {
    ("weebly-bn.html", "as built", "regular_price"):
        "Weebly's former price in 'wsite-com-product-price--sale' (struck only by CSS) before the sale amount",
    ("weebly-bn.html", "no structured data", "price"):
        "Weebly's former price in 'wsite-com-product-price--sale' (struck only by CSS) read as the price",
    ("weebly-bn.html", "no structured data", "regular_price"):
        "Weebly's former price in 'wsite-com-product-price--sale' (struck only by CSS) read as the price",
}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


# At first reading 'C$' on the Nicaraguan page was read as CAD (mended: 'C$' is the córdoba's too, the '.ni' domain
# settles it), and '45 000,00 G' on the Haitian page as EUR without structured data (mended in the thirtieth session:
# its 'fr-FR' tag and the domain .ht, which allows HTG or USD, disagree, so the currency is left unsettled).
def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
