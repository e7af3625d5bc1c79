"""`score_pairs` reads the brand fields of the pairs it is given as
`match_products` reads two catalogues' (review R20): a maker's name before
"compatible" marks a copy, and two makers apart on one code are no match;
the number of products carrying a code is not read from a pairs file."""

from __future__ import annotations

import pandas as pd

from benchmark.matching import score_pairs
from tests.test_matching import ours, theirs


def _scored(our_rows: list[dict], their_rows: list[dict]) -> pd.DataFrame:
    return score_pairs(ours(*our_rows), theirs(*their_rows))


def test_a_makers_name_before_compatible_is_a_copy_in_pairs_as_in_a_catalogue():
    # "HP" in capitals before "compatible" reads as a standard's name ("PFC
    # compatible") unless a brand field writes it; here our row's does.
    found = _scored([{"sku": "A", "name": "HP 12A Black Laser Toner Cartridge", "brand": "HP"}],
                    [{"competitor_product_id": "K", "name": "Black Laser Toner Cartridge, HP Compatible",
                      "brand": "4inkjets"}])
    assert "compatible" in found.reason[0] and not found.matched[0]


def test_a_code_in_many_pairs_stays_an_identifier():
    # One product of theirs paired with four of ours, and four offers of one
    # product of ours each paired once: counted as a catalogue's, the code
    # would be on more than MAX_CODE_PRODUCTS products and name a series.
    our_rows = [{"sku": f"A{n}", "name": f"Acme router AX{n}00 dual band"} for n in range(4)]
    our_rows += [{"sku": f"B{n}", "name": "Acme router RT-AX88U gaming"} for n in range(4)]
    their_rows = [{"competitor_product_id": "K", "name": "Acme router RT-AX88U dual band"}] * 4
    their_rows += [{"competitor_product_id": f"L{n}", "name": "Acme RT-AX88U router"} for n in range(4)]
    found = _scored(our_rows, their_rows)
    assert list(found.method[4:]) == ["model"] * 4 and found.matched[4:].all()


def test_two_makers_apart_on_one_code_by_the_brand_fields_of_other_rows():
    # The pair in question has no brand field; the other rows' brand fields
    # say that "Acme" and "Zeta" are makers, so the titles name two of them
    # and "CL16", a timing both write, identifies neither.
    rows = [("Acme kettle 1.7 l", "Acme", "Acme kettle 1.7 l", "Acme"),
            ("Zeta toaster", "Zeta", "Zeta toaster", "Zeta"),
            ("Acme CL16 memory kit 16GB", None, "Zeta CL16 memory kit 16GB", None)]
    found = _scored([{"sku": f"A{n}", "name": a, "brand": ab} for n, (a, ab, _, _) in enumerate(rows)],
                    [{"competitor_product_id": f"K{n}", "name": b, "brand": bb} for n, (_, _, b, bb) in enumerate(rows)])
    assert found.method[2] != "model" and "other makers" in found.reason[2]
