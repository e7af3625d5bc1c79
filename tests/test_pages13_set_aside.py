"""Extraction on the thirteenth batch of built pages set aside (tests/data/pages_built/aside24).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside24")

# (page, variant, field): why it is still read wrong (the first reading, code of main at c87a330, in the
# history; mended since: see bench/history/extraction.md, twenty-fourth session).
MISSED = {
    ("tunisianet-tn.html", AS_BUILT, "regular_price"): "'1 899,000 DT' (the dinar's three decimals) read as 1899000",
    ("tunisianet-tn.html", AS_BUILT, "sku"): "the microdata's sku written in square brackets, '[X1504VA-NJ1114W]'",
    ("tunisianet-tn.html", BARE, "price"): "'1 699,000 DT' (the dinar's three decimals) read as 1699000",
    ("tunisianet-tn.html", BARE, "regular_price"): "'1 899,000 DT' read as 1899000",
    ("tunisianet-tn.html", BARE, "sku"): "'Référence' over an id in square brackets: none read",
    ("xcite-kw.html", AS_BUILT, "regular_price"): "'KD 119.900' (the dinar's three decimals) read as 119900",
    ("xcite-kw.html", BARE, "price"): "'KD 89.900' (the dinar's three decimals) read as 89900",
    ("xcite-kw.html", BARE, "regular_price"): "'KD 119.900' read as 119900",
    ("xcite-kw.html", BARE, "sku"): "'Item Code: 618734' in a span beside the model: none read",
    ("zigzag-am.html", AS_BUILT, "sku"): "Armenian 'Կոդ՝' (code) unknown",
    ("zigzag-am.html", BARE, "sku"): "Armenian 'Կոդ՝' (code) unknown",
    ("kontakt-az.html", AS_BUILT, "regular_price"): "'prodCart__prices-old', no strike: none read",
    ("kontakt-az.html", AS_BUILT, "sku"): "Azerbaijani 'Məhsul kodu:' unknown",
    ("kontakt-az.html", BARE, "price"): "the monthly instalment 'Aylıq ödəniş: 95,83 ₼' read as the price",
    ("kontakt-az.html", BARE, "regular_price"): "'prodCart__prices-old', no strike: none read",
    ("kontakt-az.html", BARE, "sku"): "Azerbaijani 'Məhsul kodu:' unknown",
    ("1a-lv.html", AS_BUILT, "sku"): "Latvian 'Preces kods:' unknown",
    ("1a-lv.html", BARE, "sku"): "Latvian 'Preces kods:' unknown",
    ("fortress-hk.html", AS_BUILT, "price"): "the JSON-LD's 4990.00, the page's original price, taken",
    ("fortress-hk.html", AS_BUILT, "regular_price"): "'原價 HK$4,990' (original price) not read as former",
    ("fortress-hk.html", BARE, "regular_price"): "'原價 HK$4,990' (original price) not read as former",
    ("qoo10-sg.html", AS_BUILT, "price"): "the coupon's 'Q-price' S$149.00 read as the price",
    ("qoo10-sg.html", AS_BUILT, "regular_price"): "'Retail Price' in a <dt>, its amount in the <dd>: none read",
    ("qoo10-sg.html", BARE, "price"): "the coupon's 'Q-price' S$149.00 read as the price",
    ("qoo10-sg.html", BARE, "regular_price"): "'Retail Price' in a <dt>, its amount in the <dd>: none read",
    ("max-gt.html", AS_BUILT, "price"): "the JSON-LD's price without VAT, 4463.39, taken",
    ("abans-lk.html", AS_BUILT, "sku"): "'Item Code : ABWM8FL': none read",
    ("abans-lk.html", BARE, "sku"): "'Item Code : ABWM8FL': none read",
    ("fenicio-uy.html", AS_BUILT, "regular_price"): "'U$S 899' in <strike>: 'U$S' not read as a sign, none read",
    ("fenicio-uy.html", BARE, "price"): "'U$S' not read as a sign: a related product's '$ 590' in pesos taken",
    ("fenicio-uy.html", BARE, "regular_price"): "a related product's '$ 690' in pesos taken",
}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


@pytest.mark.xfail(reason="Fenicio's 'U$S' is not read as a sign: its '$' amounts in pesos make the page's currency UYU",
                   strict=True)
def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
