"""Extraction on the fourteenth batch of built pages set aside (tests/data/pages_built/aside25).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside25")

# (page, variant, field): why it is still read wrong (the first reading, code of main at 3f35b29, in the
# history; mended since: see bench/history/extraction.md, twenty-fifth session).
MISSED = {
    ("gollo-cr.html", AS_BUILT, "price"): "the JSON-LD's price written as the page writes it, '329.900', read as 329.9",
    ("sastodeal-np.html", AS_BUILT, "price"): "'Rs.' not read as the Nepalese rupee: with NPR set, 'Rs. 45,999' is left out",
    ("sastodeal-np.html", AS_BUILT, "regular_price"): "'Rs.' not read as the Nepalese rupee: 'MRP: Rs. 52,000' left out",
    ("sastodeal-np.html", BARE, "price"): "'Rs.' not read as the Nepalese rupee: with NPR set, 'Rs. 45,999' is left out",
    ("sastodeal-np.html", BARE, "regular_price"): "'Rs.' not read as the Nepalese rupee: 'MRP: Rs. 52,000' left out",
    ("lasirena-do.html", BARE, "sku"): "VTEX's identifier: 'Código', ': ' and '1029384' each in a span of its own",
}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


@pytest.mark.xfail(reason="Darwin's 'lei' on a .md page read as Romania's leu: the tables give 'lei' to RON alone",
                   strict=True)
def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
