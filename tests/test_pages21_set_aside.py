"""Extraction on the twenty-first batch of built pages set aside (tests/data/pages_built/aside32).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside32")

# (page, variant, field): why it is still read wrong. The first reading (code of main at f21084db, in the history,
# thirty-second session) missed these, by cause. Its currency miss as built is the bench's (the currency the page
# alone gives), not this test's: Pipeline's JSON-LD says 'USD' for the page's Barbados dollars; and read alone,
# GeneratePress' 'Si$32,500.00' is left unsettled ('$' between the domain's SBD and the tag 'en-US').
MISSED: dict = {
    # An id in a definition list whose term is Scottish Gaelic 'Còd bathair' (product code): no label known.
    ("snipcart-craft-gd-gb.html", AS_BUILT, "sku"): "the id after 'Còd bathair' not read",
    ("snipcart-craft-gd-gb.html", BARE, "sku"): "the id after 'Còd bathair' not read",
    # The struck former price after Romansh 'Pretsch precedent' beside 'CHF 1'299.–': not read as the former price.
    ("optimizely-foundation-rm-ch.html", AS_BUILT, "regular_price"): "'CHF 1'499.–' (struck) not read",
    # Without the JSON-LD: the Swiss 'CHF 1'299.–' (the dash for no cents) not read as an amount, nor its former
    # price; the id after Romansh 'Artitgel nr.' not read.
    ("optimizely-foundation-rm-ch.html", BARE, "price"): "'CHF 1'299.–' not read",
    ("optimizely-foundation-rm-ch.html", BARE, "regular_price"): "'CHF 1'499.–' (struck) not read",
    ("optimizely-foundation-rm-ch.html", BARE, "sku"): "the id after 'Artitgel nr.' not read",
    # A range '¥699.00-899.00' split into spans (no one price until a variant is chosen): its upper end read.
    ("youzan-h5-zh-cn.html", AS_BUILT, "price"): "the range's upper end '899' read as the price",
    ("youzan-h5-zh-cn.html", BARE, "price"): "the range's upper end '899' read as the price",
    # The JSON-LD's one Offer of the first size (72.00) believed over the selected size's shown price (89.00).
    ("swell-horizon-gi.html", AS_BUILT, "price"): "the JSON-LD's first size (72.00) read",
    # Without the JSON-LD: the id after Tamil 'பொருள் குறியீடு:' (item code) not read.
    ("instamojo-ta-in.html", BARE, "sku"): "the id after 'பொருள் குறியீடு:' not read",
}


def _cases() -> list:
    return PAGES.cases(MISSED)


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
