"""Extraction on the fifteenth batch of built pages set aside (tests/data/pages_built/aside26).

Fourteen pages written after shops and platforms no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import pytest
from built_pages import AS_BUILT, BARE, ROOT, BuiltPages

PAGES = BuiltPages(ROOT / "tests" / "data" / "pages_built" / "aside26")

# (page, variant, field): why it is still read wrong (the first reading, code of main at 313bc72, in the
# history, twenty-sixth session).
MISSED = {
    ("casadigital-cv.html", AS_BUILT, "regular_price"): "'62.990$00 CVE': the escudo's cifrão as the decimal mark is no amount",
    ("casadigital-cv.html", BARE, "price"): "'54.990$00 CVE': the escudo's cifrão as the decimal mark is no amount",
    ("casadigital-cv.html", BARE, "regular_price"): "'62.990$00 CVE': the escudo's cifrão as the decimal mark is no amount",
    ("elektroshqip-al.html", AS_BUILT, "price"): "'~ 540 €' (the price in euros) taken: the page read as pricing in EUR",
    ("elektroshqip-al.html", BARE, "price"): "'~ 540 €' (the price in euros) taken: the page read as pricing in EUR",
    ("elektroshqip-al.html", AS_BUILT, "sku"): "'Kodi:' (Albanian: code) is no id's label",
    ("elektroshqip-al.html", BARE, "sku"): "'Kodi:' (Albanian: code) is no id's label",
    ("tiendastec-ve.html", BARE, "price"): "'Bs. 18.253,42' (the price in bolívares) taken over 'REF 499,00'; 'Bs.' read as BOB",
    ("tiendastec-ve.html", BARE, "sku"): "'Código: 000184372 · Modelo: ...' read past the middle dot into the next label",
    ("caledonie-nc.html", AS_BUILT, "regular_price"): "'79 900 F' in 'prix-barre' (French: struck price) left out",
    ("caledonie-nc.html", BARE, "price"): "'79 900 F' in 'prix-barre' (French: struck price) taken as the price",
    ("caledonie-nc.html", BARE, "regular_price"): "'79 900 F' in 'prix-barre' (French: struck price) taken as the price",
    ("caledonie-nc.html", BARE, "sku"): "'Réf. : NM-88214 | EAN : ...' read past the bar into the next label",
    ("laoshop-la.html", AS_BUILT, "sku"): "'ລະຫັດສິນຄ້າ:' (Lao: product code) is no id's label",
    ("laoshop-la.html", BARE, "sku"): "'ລະຫັດສິນຄ້າ:' (Lao: product code) is no id's label",
    ("bigcommerce-mv.html", AS_BUILT, "price"): "the JSON-LD's price without GST, 28935.19, taken over the page's 'MVR31,250.00'",
    ("ecwid-jm.html", AS_BUILT, "sku"): "Ecwid's microdata sku holds its label: 'SKU IPT-GEN3500DF' taken whole",
    ("shopify-warehouse-tz.html", BARE, "in_stock"): "'Imeisha' / 'Imeisha stoo' (Swahili: sold out) not read",
}


@pytest.mark.parametrize(("name", "variant", "field"), PAGES.cases(MISSED))
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    PAGES.assert_read_as_it_shows(name, variant, field, tmp_path_factory)


@pytest.mark.xfail(reason="the Albanian page alone read as pricing in EUR ('~ 540 €' beside its lek), the Venezuelan "
                          "page's 'Bs.' read as BOB (its price is in dollars, 'REF 499,00')", strict=True)
def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    PAGES.assert_currency_alone_right_or_unsettled(tmp_path)
