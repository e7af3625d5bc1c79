"""Extraction on the nineteenth batch of built pages set aside (tests/data/pages_built/aside30).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside30")

# (page, variant, field): why it is still read wrong. The first reading (code of main at c991358, in the history,
# thirtieth session) missed these eight, by cause.
MISSED: dict = {
    # A structured price without tax (the 16% KDV of Northern Cyprus) believed over the page's "KDV Dahil" price.
    ("ideasoft-kktc.html", AS_BUILT, "price"): "JSON-LD's 30171.55 without KDV believed over the page's 34.999,00 TL",
    # Turkish "Piyasa Fiyatı" (market price) is not read as a former price.
    ("ideasoft-kktc.html", AS_BUILT, "regular_price"): "'Piyasa Fiyatı: 39.999,00 TL' not read as the former price",
    ("ideasoft-kktc.html", BARE, "regular_price"): "'Piyasa Fiyatı: 39.999,00 TL' not read as the former price",
    # Oxatis writes the amount and 'FDJ' in separate spans, no decimals: no price read without the microdata.
    ("oxatis-dj.html", BARE, "price"): "'189 500' and 'FDJ' in separate spans: no price",
    ("oxatis-dj.html", BARE, "regular_price"): "no former price read either",
    # Id labels: Aimeos' English "Article no.:" and Welsh "Cod cynnyrch:" lose to a number from the URL.
    ("aimeos-sl.html", BARE, "sku"): "'2041' from the URL over 'Article no.: TCN-CM30-256-BK'",
    ("ekm-wales.html", BARE, "sku"): "'1287' from the URL over Welsh 'Cod cynnyrch: MYG-CTC-230250-RD'",
}


def _cases() -> list:
    return PAGES.cases(MISSED)


@pytest.mark.parametrize(("name", "variant", "field"), _cases())
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


@pytest.mark.xfail(reason="Yemeni rials' sign U+FDFC read as Iranian rials (IRR) on an Arabic page of a .ye shop "
                          "without structured data", strict=True)
def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
