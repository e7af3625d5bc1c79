"""Extraction on the twenty-first batch of built pages set aside (tests/data/pages_built/aside32).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside32")

# (page, variant, field): why it is still read wrong. The first reading (code of main at f21084db, in the history,
# thirty-second session) missed ten, by cause; mended since (tests/test_pages21_rules.py): id labels in Scottish
# Gaelic, Romansh and Tamil; a price named by its BEM modifier 'price--discount'; a range split into spans. The
# currency miss as built (Pipeline's JSON-LD 'USD' beside '$1,199.00 BBD') and 'Si$' left unsettled read alone are
# the bench's, mended too.
MISSED: dict = {
    # The JSON-LD's one Offer of the first size (60 ml, 72.00, its SKU) believed over the selected size's shown price
    # (100 ml, 89.00): the page shows 72.00 too, in its description, so no rule says which the structured data meant.
    ("swell-horizon-gi.html", AS_BUILT, "price"): "the JSON-LD's first size (72.00) read",
}


def _cases() -> list:
    return PAGES.cases(MISSED)


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
