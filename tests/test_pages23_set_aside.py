"""Extraction on the twenty-third batch of built pages set aside (tests/data/pages_built/aside34).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside34")

# (page, variant, field): why it is still read wrong. The first reading (code of main at 1462a746, in the history,
# thirty-fourth session) missed nine, by cause; mended since (tests/test_pages23_rules.py): an amount said again for
# screen readers beside the same amount shown (WooCommerce's sentences in Zulu); a stock line's class stating its
# state ('stock out-of-stock') where its words are unknown; a line its class names for the id, its label in any
# language (Yiddish, Sardinian); of one product's variants' offers, the one the page shows read first (Stiletto's
# JSON-LD lists the first variant's first). Stiletto's currency read alone is left unsettled ('$' on a Yiddish page),
# which the currency test allows.
MISSED: dict = {}


def _cases() -> list:
    return PAGES.cases(MISSED)


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
