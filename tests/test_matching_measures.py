"""A measure written with its unit is no bare number (issue 9): a screen's pixel density ("300 PPI")
is read as a printer's resolution ("1200 dpi") is, a quantity that tells two products apart where
both write it and costs nothing where one shop leaves it out. Each catalogue is built in code as the
batches set aside are (`tests/kinds_batches.py`), with a sibling that must not be matched.
"""

from __future__ import annotations

import pytest

from benchmark._text import extract
from tests.kinds_batches import Row, read_rows_priced


def _read(tmp_path, rows: list[Row], label: str, currency: str | None = None):
    return read_rows_priced(tmp_path / label, rows, (), currency)


@pytest.mark.parametrize(("title", "density"), [
    ("E-kitap Okuyucu Kobo Clara BW 16GB 300 PPI Suya Dayanıklı Siyah", 300.0),
    ("Kindle Paperwhite 6.8\" 300ppi glare-free display", 300.0),
    ("Galaxy Tab S9 11\" 274 ppi", 274.0),
])
def test_a_pixel_density_is_a_measure_not_a_bare_number(title, density):
    features = extract(title)
    assert str(int(density)) not in features.numbers
    assert density in features.quantities.get("dpi", ())


# Our German shop writes each reader's screen in inches; a marketplace's sellers add the screen's
# pixel density to some titles ("300 PPI"), as e-readers, tablets and phones are sold. Read as a bare
# number, "300" stood against our "6": "numbers differ: 6 vs 300". Their older reader of one line
# differs from ours by its density ("212 PPI"), which both shops write there.
DENSITIES: list[Row] = [
    ("Kobo Clara BW eReader 6\" 16 GB schwarz", "139.99", "E-Reader Kobo Clara BW 16GB 300 PPI Black", "139.00"),
    ("Kobo Libra Colour eReader 7\" 32 GB schwarz", "229.99", "E-Reader Kobo Libra Colour 32GB 300 PPI Black", "225.00"),
    ("PocketBook Verse Pro 6\" 16 GB Passion Red", "149.00", "E-Reader PocketBook Verse Pro 16GB 212 PPI Passion Red",
     "145.00"),
    ("Tolino Vision 6 eReader 7\" 32 GB 300 ppi", "179.00", "E-Reader Tolino Vision 6 7 inch 32GB 300 PPI", "175.00"),
    (None, None, "E-Reader Tolino Vision 5 7 inch 8GB 300 PPI", "129.00"),
    ("Tolino Shine 5 eReader 6\" 32 GB 300 ppi", "119.00", "E-Reader Tolino Shine 5 6 inch 32GB 300 PPI", "115.00"),
    (None, None, "E-Reader Tolino Shine 3 6 inch 8GB 212 PPI", "89.00"),
]


def test_a_pixel_density_one_shop_writes_finds_our_product(tmp_path):
    counts, found, truth = _read(tmp_path, DENSITIES, "densities")
    assert counts["true matched"] + counts["true proposed"] == len(truth), found
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


def test_two_densities_both_shops_write_are_two_products(tmp_path):
    # Our Shine 5 at 300 ppi, their Shine 5 at 300 and an older reader of the line at 212: ours is
    # never paired with the 212.
    rows: list[Row] = [
        ("Tolino Shine eReader 6\" 300 ppi schwarz", "119.00", "Tolino Shine eReader 6 inch 300 PPI black", "115.00"),
        (None, None, "Tolino Shine eReader 6 inch 212 PPI black", "89.00"),
        ("Kindle Paperwhite 6.8\" 300 ppi schwarz", "169.99", "Kindle Paperwhite 6.8 inch 300 PPI black", "165.00"),
        (None, None, "Kindle Paperwhite 6.8 inch 212 PPI black", "99.00"),
    ]
    counts, found, _ = _read(tmp_path, rows, "siblings")
    assert not counts["wrong matched"] and not counts["wrong proposed"], found
