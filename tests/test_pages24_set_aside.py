"""Extraction on the twenty-fourth batch of built pages set aside (tests/data/pages_built/aside35).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside35")

# (page, variant, field): why it is still read wrong, as the first reading (code of main at 1bca12b9, in the history,
# thirty-fifth session) found it.
_BOTH = ("as built", "no structured data")
MISSED: dict = {
    **{("chrono24-mc.html", v, "sku"): "the maker's reference ('Numéro de référence') read over the listing's code "
       "('Code Chrono24'), a label the rules do not know" for v in _BOTH},
    **{("evershop-yo-ng.html", v, "sku"): "a line its class names for the id ('product-single-sku') holds its label "
       "and code as one text, no inline part; the label in Yoruba" for v in _BOTH},
    **{("kentico-sh.html", v, "regular_price"): "'Before discount' in a label of its own beside the amount, unread"
       for v in _BOTH},
    **{("kibo-pm.html", v, "sku"): "'Code produit :' is no label the rules know, and the code's element is named "
       "for it only by `data-testid`" for v in _BOTH},
    **{("reverb-gg.html", v, "sku"): "a year in the URL's words ('...-sg-style-2018-cherry'), part of the name the "
       "page shows, read as the id where the page shows none" for v in _BOTH},
    **{("storenvy-sm-as.html", v, "in_stock"): "sold out: the stock line's class 'sold_out' (an underscore) unread, "
       "its words Samoan; the buy form taken as the buy button, its switched-off button not" for v in _BOTH},
    **{("ubercart-mt.html", v, "regular_price"): "the list price after a Maltese label ('Prezz tal-lista:'), no "
       "strike" for v in _BOTH},
    **{("ubercart-mt.html", v, "sku"): "Ubercart's SKU is its 'model' field, labelled in Maltese ('Numru "
       "tal-mudell:')" for v in _BOTH},
    ("craft-commerce-kw-gb.html", "no structured data", "sku"): "'Kod an dra:' (Cornish) is no label the rules know, "
    "and nothing names the code's element",
}


def _cases() -> list:
    return PAGES.cases(MISSED)


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


@pytest.mark.xfail(reason="the St Helena page's '£' read as GBP ('.sh', 'en-SH'; SHP named in the footer)",
                   strict=True)
def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
