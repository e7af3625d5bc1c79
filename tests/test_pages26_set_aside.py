"""Extraction on the twenty-sixth batch of built pages set aside (tests/data/pages_built/aside37).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside37")

# (page, variant, field): why it is still read wrong. The first reading (code of main at bc158f8e, in the history,
# thirty-seventh session) missed ten; mended since (tests/test_pages26_rules.py): a custom element's tag and its attributes
# that are names name what it shows, as a class does (Commerce Layer's 'cl-price-amount type="compare-at"'); a number's
# last group of thousands before 'por' is no multibuy's count (VNDA's 'De XOF 6.500 por XOF 5.200'); structured data's
# currency that the page's sign can also mean settles the sign (the Falklands page's microdata FKP beside '£'); a code of
# capitals in parts may end in a one-letter part, a size (Colorblock's 'BBK-DLK-M' in its sku line).
MISSED: dict = {
    ("woocommerce-woostify-fr-td.html", "no structured data", "in_stock"): "'Disponible sur commande' (on "
    "backorder) read as in stock by its word 'disponible'; a backorder is out of stock in storecheck's model",
    ("mozello-hsb-de.html", "no structured data", "sku"): "'Art.-čo.:' (Upper Sorbian) is no label the rules know",
}


def _cases() -> list:
    return PAGES.cases(MISSED)


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


@pytest.mark.xfail(reason="the Falklands page's '£' read alone as sterling without its structured data, the "
                   "footer's '(FKP)' notwithstanding: '£' is sterling unless a currency set or the structured data "
                   "says otherwise", strict=True)
def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
