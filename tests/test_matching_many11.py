"""Another maker's part whose title writes our part number (issue 9, the thirty-fourth session,
"many11"). Small catalogues written anew here, none a batch's rows, read through the commands as
the batches are (`tests/kinds_batches.py`).

An aftermarket part is titled with its own maker and number and, further on, the original's maker
and number, in the shop's own words for "in place of"; where those words are not read, the
original's number read as the part's own matched it with our original
(the thirty-fourth session read it from the shape, and took it out: below)."""

from __future__ import annotations

import pytest

from tests.kinds_batches import read_kind

# A Dutch outboard shop against a Tanzanian one titled in Swahili. Theirs sells Mercury's own
# impeller and another maker's (Sierra) made in its place: "Sierra 18-3245 ..., badala ya Mercury
# 47-89984T4" ("badala ya": in place of), our MPN written after the maker the shop opens its other
# Mercury titles with.
OUTBOARD = [
    ("Waterpomp impeller Mercury 47-89984T4, 40-60 pk", "34.50",
     "Mercury 47-89984T4 impela ya pampu ya maji, asili", "33.00",
     {"ours": {"brand": "Mercury", "mpn": "47-89984T4"}}),
    (None, None, "Sierra 18-3245 impela ya pampu ya maji, badala ya Mercury 47-89984T4", "21.00"),
    ("Buitenboordmotor Mercury F15 EFI ML, 15 pk, 4-takt, lange staart", "3499.00",
     "Mercury F15 EFI ML injini ya nje 15hp, shafti ndefu", "3390.00", {"ours": {"brand": "Mercury"}}),
    ("Buitenboordmotor Mercury F9.9 MLH, 9,9 pk, 4-takt", "2899.00",
     "Mercury F9.9 MLH injini ya nje 9.9hp", "2790.00", {"ours": {"brand": "Mercury"}}),
    ("Buitenboordmotor Suzuki DF6AS, 6 pk, 4-takt, korte staart", "1699.00",
     "Suzuki DF6AS injini ya nje 6hp, shafti fupi", "1650.00", {"ours": {"brand": "Suzuki"}}),
    ("Bougie NGK BR6HS", "4.50", "NGK BR6HS plagi ya cheche", "4.20"),
    ("Accu Varta LFD75, 12 V 75 Ah", "139.00", "Betri ya boti Varta LFD75 12V 75Ah", "135.00"),
    ("Brandstoftank 12 liter met meter", "59.00", "Tangi la mafuta lita 12 na kipimo", "57.00"),
]


# The reading that mended it (`others_codes`, landed and taken out in the thirty-fourth session) read
# "Crucial DDR3L 1600MHz 4GB (1x4) Desktop Memory RAM CT51264BD160BJ" in the WDC Products test pairs
# as a memory type's maker and number with another maker's ("RAM") number after it: a true pair
# matched at 0.949 fell to 0.849 and the pair F1 from 0.580 to 0.579. A name that opens titles is not
# always a maker, and a code after the first name not always its own number. Until a reading tells
# them apart, Sierra's impeller is matched as Mercury's own (bench/history/matching.md, "many11").
@pytest.mark.xfail(strict=True, reason="another maker's number after a name is not read as what it replaces: "
                   "the reading that did it read a memory type and 'RAM' as two makers (WDC Products test pairs)")
def test_another_makers_part_made_in_place_of_ours_is_not_matched_as_ours(tmp_path):
    counts, found, truth = read_kind(tmp_path / "outboard", OUTBOARD)
    assert found.get(("O0", "T0"), {}).get("status") == "matched", found
    assert found.get(("O0", "T1"), {}).get("status") != "matched", found
