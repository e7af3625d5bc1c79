"""Extraction on the tenth batch of built pages set aside (tests/data/pages_built/aside21).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside21")

# (page, variant, field): why it is still read wrong (the first reading, code of main at b7d345f).
_BOTH = (AS_BUILT, BARE)
MISSED = {
    # Prices.
    **{("alkosto-co.html", v, "price"): "the price's own element is named 'js-original_price', read as a former price "
       "beside 'Antes $2.299.900'; a carousel's amount (no link) won" for v in _BOTH},
    **{("alza-hu.html", v, "price"): "'118 102 Ft ÁFA nélkül' (without VAT) not known as another amount; the '-21 %' "
       "badge paired the price with it" for v in _BOTH},
    **{("konimbo-il.html", v, "price"): "'מחיר רגיל:' (regular price) not known as a former price's words" for v in _BOTH},
    # Former prices.
    **{("alkosto-co.html", v, "regular_price"): "lost with the price" for v in _BOTH},
    **{("alza-hu.html", v, "regular_price"): "lost with the price" for v in _BOTH},
    **{("konimbo-il.html", v, "regular_price"): "lost with the price" for v in _BOTH},
    **{("solidus-ca.html", v, "regular_price"): "a variant radio's data-price under 'product-form__variants-list' read as "
       "a list price by the class word 'list'" for v in _BOTH},
    # Ids.
    **{("opencart4-gr.html", v, "sku"): "'Κωδικός Προϊόντος:' (Greek, product code) not a known label" for v in _BOTH},
    **{("base-ja.html", v, "sku"): "no id shown but the URL's" for v in _BOTH},
    **{("drupal-commerce-dk.html", v, "sku"): "the sku in 'field--name-sku' with no label and no digit" for v in _BOTH},
    # Stock: none missed.
}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
