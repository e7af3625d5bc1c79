"""Extraction on the twentieth batch of built pages set aside (tests/data/pages_built/aside31).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside31")

# (page, variant, field): why it is still read wrong. The first reading (code of main at 159a58d, in the history,
# thirty-first session) missed these eleven, by cause. Its two currency misses as built are the bench's (the
# currency the page alone gives), not this test's: Shopstar's JSON-LD 'ZAR' beside the page's 'M' (maloti) and
# HCL's JSON-LD dollars beside the page's pounds.
MISSED: dict = {
    # An id in parentheses after its label keeps the closing parenthesis.
    ("joomshopping-mr.html", AS_BUILT, "sku"): "'DA-SAM-WW90T-MR)' read from '(رمز المنتج: DA-SAM-WW90T-MR)'",
    ("joomshopping-mr.html", BARE, "sku"): "'DA-SAM-WW90T-MR)' read from '(رمز المنتج: DA-SAM-WW90T-MR)'",
    # Sold out ('Out of stock.' in a line, a disabled 'Sold out' button) read as in stock, over the JSON-LD's OutOfStock.
    ("lunar-lr.html", AS_BUILT, "in_stock"): "in stock read over 'Out of stock.' and a disabled 'Sold out' button",
    ("lunar-lr.html", BARE, "in_stock"): "in stock read over 'Out of stock.' and a disabled 'Sold out' button",
    # An id under the name without a label (Lunar's starter writes the variant's SKU there).
    ("lunar-lr.html", BARE, "sku"): "the unlabelled SKU under the name not read",
    # Id labels not known: Spanish 'N.º de artículo', Urdu 'اسٹاک کوڈ:', Basque 'Erreferentzia:', Irish 'Cód táirge:'.
    ("sitegenesis-uy.html", BARE, "sku"): "'N.º de artículo LG50UT8050' not read",
    ("shopify-motion-ur-pk.html", BARE, "sku"): "Urdu 'اسٹاک کوڈ: LG-DWL-ELG15-HC' not read",
    ("prestashop-panda-eu.html", BARE, "sku"): "'1187' from the URL over Basque 'Erreferentzia: TXD-ORB-GAIND30-M'",
    ("squarespace70-ga-ie.html", BARE, "sku"): "Irish 'Cód táirge: CC-ARANN-LAMH-01' not read",
    # A 'from' price on the page (several sizes, several prices) beside a JSON-LD Offer of the first size's price.
    ("squarespace70-ga-ie.html", AS_BUILT, "price"): "JSON-LD's one Offer 189.00 believed where the page says 'from 189.00'",
    ("squarespace70-ga-ie.html", AS_BUILT, "sku"): "the first size's generated SKU from the JSON-LD over 'Cód táirge:'",
}


def _cases() -> list:
    return PAGES.cases(MISSED)


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
