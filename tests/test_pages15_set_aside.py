"""Extraction on the fifteenth batch of built pages set aside (tests/data/pages_built/aside26).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside26")

# (page, variant, field): why it is still read wrong (the first reading, code of main at 313bc72, missed eighteen
# cases, in the history, twenty-sixth session; thirteen mended since by cause: id labels of Albanian and Lao, an id's
# value ending at '·' or '|' before the next label, French 'prix-barre', Ecwid's sku with its label, Swahili's
# 'Imeisha'; the lek's plural 'Lekë' read whole; three more in the twenty-seventh, the escudo's cifrão as the decimal
# mark; that session also keeps TiendasTec's JSON-LD dollars as built from the page's 'Bs.' beside another amount,
# a currency the bench scores apart; BigCommerce's JSON-LD price without GST in the twenty-ninth, by the page's
# 'Price includes 8% GST').
MISSED = {
    ("tiendastec-ve.html", BARE, "price"): "'Bs. 18.253,42' (the price in bolívares) taken over 'REF 499,00' (dollars, "
                                           "no sign); 'Bs.' read as BOB at first reading, VES since",
}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


@pytest.mark.xfail(reason="the Venezuelan page alone read as pricing in its bolívares ('Bs.', VES since the sign's mend, "
                          "BOB before); its price is in dollars, 'REF 499,00'", strict=True)
def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
