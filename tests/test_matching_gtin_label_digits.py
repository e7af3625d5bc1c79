"""A GTIN written right after its label ("EAN 8710103982340", "GTIN 10012345678902")
is read whole: the label's optional kind ("EAN-8", "EAN 13", "GTIN-14") is a kind
only when no digit follows it, so the number's own first digits are not taken for
one. Before, "EAN 8..." lost its 8 to "EAN-8" and "GTIN 10..." its 10 to "GTIN-10",
the rest failed its check digit and the description gave no GTIN: every shop that
writes "EAN" and a space before a Dutch (87), German (40-44) or Belgian (54) code,
or a GTIN-14 after "GTIN", lost the identifier that decides a pair first."""

from __future__ import annotations

import pytest

from benchmark.matching.features import written_gtin


@pytest.mark.parametrize("text, gtin", [
    ("Pompa sommersa. EAN 8710103982340", "08710103982340"),
    ("Bomba. GTIN 10012345678902", "10012345678902"),
    ("UPC 12 036000291452 ... EAN 1234567890128", None),  # two different GTINs: neither is the product's
    ("EAN 1234567890128", "01234567890128"),
])
def test_a_number_right_after_its_label_is_read_whole(text, gtin):
    assert written_gtin("Pump", text) == gtin


@pytest.mark.parametrize("text, gtin", [
    ("EAN-8 96385074", "00000096385074"),
    ("EAN8: 96385074", "00000096385074"),
    ("EAN 8 96385074", "00000096385074"),
    ("EAN-13 4006381333931", "04006381333931"),
    ("EAN 13 4006381333931", "04006381333931"),
    ("EAN13: 4006381333931", "04006381333931"),
    ("UPC 12 036000291452", "00036000291452"),
    ("GTIN-14 10012345678902", "10012345678902"),
])
def test_a_labels_kind_is_still_read_as_a_kind(text, gtin):
    assert written_gtin("Pump", text) == gtin
