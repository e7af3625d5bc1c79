"""Extraction on the second batch of built pages set aside (tests/data/pages_built/aside13).

Fourteen pages written after platforms and shapes no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside13")

# (page, variant, field): why it is still read wrong.
MISSED = {
    ("oscommerce234bs-en.html", AS_BUILT, "sku"): "the id is the model in brackets under the title, marked itemprop=model",
    ("oscommerce234bs-en.html", BARE, "sku"): "the id is the model in brackets under the title",
    ("zencart158-en.html", BARE, "sku"): "the shop's id is labelled 'Model:'",
    ("marketplace-buybox-en.html", BARE, "sku"): "the id is labelled ASIN in a table",
    ("colorme-ja.html", BARE, "sku"): "the id is labelled 型番 in a table",
    ("spa-state-only-en.html", AS_BUILT, "regular_price"):
        "the JSON-LD gives no former price, and the state is read only for a price or id left empty",
}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
