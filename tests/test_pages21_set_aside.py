"""Extraction on the twenty-first batch of built pages set aside (tests/data/pages_built/aside32).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside32")

# (page, variant, field): why it is still read wrong. The first reading (code of main at f21084db, in the history,
# thirty-second session) missed ten, by cause; mended since (tests/test_pages21_rules.py): id labels in Scottish
# Gaelic, Romansh and Tamil; a price named by its BEM modifier 'price--discount'; a range split into spans. The
# currency miss as built (Pipeline's JSON-LD 'USD' beside '$1,199.00 BBD') and 'Si$' left unsettled read alone are
# the bench's, mended too. In the thirty-fourth session (tests/test_pages23_rules.py): the JSON-LD's one Offer of the
# first size (60 ml, 72.00, its SKU '…-60') yields to the size the page shows (its code '…-100', 89.00).
MISSED: dict = {}


def _cases() -> list:
    return PAGES.cases(MISSED)


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
