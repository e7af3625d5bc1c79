"""Extraction on the twenty-second batch of built pages set aside (tests/data/pages_built/aside33).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside33")

# (page, variant, field): why it is still read wrong. The first reading (code of main at 86b7adb9, in the history,
# thirty-third session) missed twenty-one, by cause; mended since (tests/test_pages22_rules.py): a price named
# 'discounted' by a CSS module; a tax note with its rate ('inkl. 17 % TVA') over a structured price without VAT; a
# range whose sign follows its amounts, and the selected variation's price beside it; the parent's id shown only
# inside the variation's; 'ZiG'; id labels in Cantonese, Malayalam and Italian ('Rif.'); an EAN after a middle dot;
# a price per kilo after an article ('u chilò'). The currency misses are the bench's, scored as the page alone
# gives it (Centra's JSON-LD in another market's pounds stays, by design, where nothing but the page is read).
MISSED: dict = {
    # 'Dave' (Breton for reference) in a definition list: not added, a first name in English ('Dave: great top!').
    ("centra-br-fr.html", BARE, "sku"): "the Breton label 'Dave' unknown",
}


def _cases() -> list:
    return PAGES.cases(MISSED)


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
