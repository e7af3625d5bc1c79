"""Extraction on the eighteenth batch of built pages set aside (tests/data/pages_built/aside29).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside29")

# (page, variant, field): why it is still read wrong. The first reading (code of main at f9fee1c, in the history,
# twenty-ninth session) missed ten and the Afghan page's currency as built; all mended since by cause: the typographic
# apostrophe as the Swiss thousands mark, WooCommerce's Serbian screen-reader sentence, Faroese and Turkmen id labels
# and a size in the URL's words, a structured price in a currency the page shows nowhere.
MISSED: dict = {}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
