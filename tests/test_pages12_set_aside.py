"""Extraction on the twelfth batch of built pages set aside (tests/data/pages_built/aside23).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside23")

# (page, variant, field): why it is still read wrong (the first reading, code of main at f9a5bc5, in the
# history, twenty-third session).
_BOTH = (AS_BUILT, BARE)
MISSED = {
    **{("makeshop-ja.html", v, "sku"): "Japanese '品番' (product number) unknown" for v in _BOTH},
    **{("links-hr.html", v, "regular_price"): "'MPC:' (Croatian recommended retail price) unknown" for v in _BOTH},
    **{("neptun-mk.html", v, "sku"): "Macedonian 'Шифра:' unknown (Latin 'šifra' is known)" for v in _BOTH},
    **{("godaddy-us.html", v, "regular_price"): "struck only by '.x .c1-2f' in the page's <style>, a rule scoped under the body's class" for v in _BOTH},
    **{("hikashop-es.html", v, "price"): "'discount' in 'hikashop_product_price_with_discount' read as a discount's amount" for v in _BOTH},
    **{("hikashop-es.html", v, "regular_price"): "lost with the price ('hikashop_product_price_before_discount')" for v in _BOTH},
    **{("hikashop-es.html", v, "sku"): "the code with no label in 'hikashop_product_code_main'" for v in _BOTH},
    **{("shoppy-mn.html", v, "sku"): "Mongolian 'Барааны код:' unknown" for v in _BOTH},
    ("elko-is.html", AS_BUILT, "price"): "the JSON-LD's price in hundredths of a króna (5999500) taken",
    ("elko-is.html", AS_BUILT, "regular_price"): "lost with the price",
    ("elko-is.html", BARE, "sku"): "Icelandic 'Vörunúmer:' unknown (the JSON-LD's sku gave it as built)",
    ("godomall-ko.html", BARE, "price"): "the coupon price '쿠폰적용가 35,100원' read as the price",
    ("uzum-uz.html", BARE, "sku"): "shown only in the URL (the JSON-LD's sku gave it as built)",
    ("nissei-py.html", BARE, "price"): "'Aprox. US$ 750,32' (an approximate dollar price) read as the price",
}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


@pytest.mark.xfail(reason="Casa Nissei's approximate dollar price, read as the price, gives USD", strict=True)
def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
