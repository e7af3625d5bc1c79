"""Extraction on the twenty-eighth batch of built pages set aside (tests/data/pages_built/aside39).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside39")

# (page, variant, field): why it is still read wrong. The first reading (code of main at 5c221d61, in the history,
# thirty-ninth session) missed 17 with the currency set (the WhatsApp page read as no product, its
# regular price and stock right by default but counted here with the page).
MISSED: dict = {
    ("daraz-bd.html", AS_BUILT, "sku"): "the item's number only inside the page's address, '…-i412875963-s2031958841.html'",
    ("daraz-bd.html", BARE, "sku"): "the item's number only inside the page's address, '…-i412875963-s2031958841.html'",
    ("webador-fr-gf.html", AS_BUILT, "regular_price"): "'Prix conseillé 24,00 €' (not struck) unread",
    ("webador-fr-gf.html", BARE, "regular_price"): "'Prix conseillé 24,00 €' (not struck) unread",
    ("whatsapp-catalogue-fr-bj.html", AS_BUILT, "price"): "no product read: '12 500 F CFA' on a page with no buy form or "
    "button, the product's number only inside its address, '/p/7102938475610293/22997001122'",
    ("whatsapp-catalogue-fr-bj.html", AS_BUILT, "regular_price"): "no product read: '12 500 F CFA' on a page with no buy form or "
    "button, the product's number only inside its address, '/p/7102938475610293/22997001122'",
    ("whatsapp-catalogue-fr-bj.html", AS_BUILT, "sku"): "no product read: '12 500 F CFA' on a page with no buy form or "
    "button, the product's number only inside its address, '/p/7102938475610293/22997001122'",
    ("whatsapp-catalogue-fr-bj.html", AS_BUILT, "in_stock"): "no product read: '12 500 F CFA' on a page with no buy form or "
    "button, the product's number only inside its address, '/p/7102938475610293/22997001122'",
    ("whatsapp-catalogue-fr-bj.html", BARE, "price"): "no product read: '12 500 F CFA' on a page with no buy form or "
    "button, the product's number only inside its address, '/p/7102938475610293/22997001122'",
    ("whatsapp-catalogue-fr-bj.html", BARE, "regular_price"): "no product read: '12 500 F CFA' on a page with no buy form or "
    "button, the product's number only inside its address, '/p/7102938475610293/22997001122'",
    ("whatsapp-catalogue-fr-bj.html", BARE, "sku"): "no product read: '12 500 F CFA' on a page with no buy form or "
    "button, the product's number only inside its address, '/p/7102938475610293/22997001122'",
    ("whatsapp-catalogue-fr-bj.html", BARE, "in_stock"): "no product read: '12 500 F CFA' on a page with no buy form or "
    "button, the product's number only inside its address, '/p/7102938475610293/22997001122'",
    ("wp-easycart-ai.html", BARE, "sku"): "'Model Number: VSL-SM-NVY' unread",
}


def _cases() -> list:
    return PAGES.cases(MISSED)


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
