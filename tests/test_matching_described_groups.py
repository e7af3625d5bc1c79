"""Our part number in their description written in groups, joined by hyphens or a space apart (issue
9, the thirty-ninth session, "parts39"): "Artikul: LB-TB110.", "Model number: 351-7C." were never
looked up, as a description was searched by the first four characters of its runs of letters and
digits ("lb", "tb110"; "351", "7c") and our part numbers' are "lbtb" and "3517"; "Part no.: 0 601 063
R00", as Bosch prints its numbers, was never read as one number. Titles written anew here (Welsh and
Tagalog kind words), none a batch's rows."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmark.matching import score_pairs
from benchmark.matching.described_parts import described_parts

# (our title, our MPN, their title, their description)
PAIRS = [
    ("Laser llinell Bosch GLL 3-80 C Professional, pelydr coch", "0601063R00",
     "Bosch GLL 3-80 C Professional line laser, pulang sinag", "Numero ng piyesa: 0 601 063 R00, garantiya 2 taon."),
    ("Bag ffensio Leon Paul Team Bag gydag olwynion, 110 cm", "LB-TB110",
     "Leon Paul Team Bag bag na may gulong, 110 cm", "Artikul: LB-TB110. Kulay: itim."),
    ("Darn ceg trwmped Bach 7C", "351-7C",
     "Bach 7C mouthpiece ng trumpeta", "Numero ng modelo: 351-7C. Pinilakan."),
]


@pytest.mark.parametrize(("ours", "mpn", "theirs", "description"), PAIRS)
def test_our_part_number_in_groups_in_their_description_is_read(ours, mpn, theirs, description):
    row = score_pairs(pd.DataFrame([{"sku": "O1", "name": ours, "brand": None, "mpn": mpn, "price": None}]),
                      pd.DataFrame([{"competitor_product_id": "T1", "name": theirs, "price": None, "currency": None,
                                     "description": description}])).iloc[0]
    joined = "".join(c for c in mpn.lower() if c.isalnum())
    assert f"{joined} written in their description" in row.reason, row.reason


def test_a_run_in_groups_that_opens_no_part_number_is_not_read():
    # "LB-TB111" joins to "lbtb111": it opens our "lbtb110" by its four characters, but is not it.
    from benchmark._text import extract

    ours, theirs = extract("Leon Paul Team Bag, 110 cm"), extract("Leon Paul Team Bag, 110 cm")
    ours.part = "lbtb110"
    described_parts(([theirs], [ours]), (["Artikul: LB-TB111."], [None]), 3000)
    assert not theirs.described


@pytest.mark.parametrize("description", ["Akma sa: 0 601 063 R00, 0 601 063 T00.", "Akma sa: GLL380C, 0 601 063 R00.",
                                         "Sukat: 0 601 063 R00 at iba pa."])
def test_a_number_in_groups_in_a_list_or_a_sentence_is_not_read(description):
    # A list of part numbers names what the listing fits; a sentence going on after it another product.
    row = score_pairs(pd.DataFrame([{"sku": "O1", "name": "Laser llinell Bosch GLL 3-80 C Professional", "brand": None,
                                     "mpn": "0601063R00", "price": None}]),
                      pd.DataFrame([{"competitor_product_id": "T1", "name": "Bosch tripod BT 150, 1,5 m", "price": None,
                                     "currency": None, "description": description}])).iloc[0]
    assert "written in their description" not in row.reason, row.reason
