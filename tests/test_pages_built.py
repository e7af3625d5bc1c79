"""Extraction on product pages built after shop platforms' default themes (tests/data/pages_built).

Each page is read as built and with its structured data removed, as a crawl of a competitor whose
currency is set reads it, and each field is checked against what the page shows (truth.json). The
pages are ours, written while the rules were mended (see their README); the readings still missed
are listed in MISSED, each with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import BARE, BENCH, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built")
FOLDER = PAGES.folder

# (page, variant, field): why it is still read wrong.
MISSED = {
    ("squarespace-71.html", BARE, "sku"): "the page shows no id; only its JSON-LD and a data attribute hold it",
}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_built_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


def test_structured_data_is_removed_from_a_built_page():
    stripped = BENCH.without_structured_data((FOLDER / "magento2-luma.html").read_bytes()).decode("utf-8")
    assert "itemprop" not in stripped and "product:price" not in stripped
    assert "$34.00" in stripped  # the visible page stays


def test_the_currency_a_built_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
