"""Extraction on the twentieth batch of built pages set aside (tests/data/pages_built/aside31).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside31")

# (page, variant, field): why it is still read wrong. The first reading (code of main at 159a58d, in the history,
# thirty-first session) missed eleven, by cause; mended since (tests/test_pages20_rules.py): id labels in Spanish
# ('N.º de artículo'), Urdu, Basque and Irish, an id's closing bracket, a product card linked whole read as the
# product's buy button, a structured price the page shows as 'from'. Its two currency misses as built are the
# bench's (the currency the page alone gives), not this test's: Shopstar's JSON-LD 'ZAR' beside the page's 'M'
# (maloti; the structured statement wins by design, the disagreement reported) and HCL's JSON-LD dollars beside the
# page's pounds.
MISSED: dict = {
    # An id under the name without a label (Lunar's starter writes the variant's SKU there): no label, no class.
    ("lunar-lr.html", BARE, "sku"): "the unlabelled SKU under the name not read",
}


def _cases() -> list:
    return PAGES.cases(MISSED)


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
