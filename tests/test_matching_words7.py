"""Units, sizes, colours and "for" words as shops write them in any language, read as one
quantity or one word where they are, and our side's GTINs read as theirs are. Every title here
is written for these tests, none a batch's row."""

from __future__ import annotations

import pandas as pd

from benchmark import matching


# --- our GTINs, read as theirs are ----------------------------------------------------------------


def test_our_gtin_written_as_thirteen_digits_matches_their_same_gtin():
    # A catalogue handed to the matcher as a frame (a script, a notebook, the bench scripts) holds
    # our EAN as the file wrote it, 13 digits; theirs is read as a GTIN-14. One number, so one
    # product, whatever the titles say: the import's normalising must not be the only place it is.
    ours = [{"sku": "A1", "name": "Kettle steel 1.7 l", "gtin": "4006381333931", "price": 30}]
    theirs = [{"competitor_product_id": 1, "name": "Wasserkocher Edelstahl", "gtin": "4006381333931", "price": 31}]
    found = matching.match_products(pd.DataFrame(ours), pd.DataFrame(theirs))
    assert list(found.method) == ["gtin"], found


def test_our_gtin_field_with_a_slipped_digit_gives_way_to_the_one_our_description_writes():
    # Our field's last digit slipped (its check digit fails): no GTIN, so the EAN our description
    # writes is read, as theirs would be, and the pair is matched on it. Read as it stood, the
    # field was "a GTIN" that equalled none of theirs, and the description was never read.
    ours = [{"sku": "A1", "name": "Kettle steel 1.7 l", "gtin": "4006381333932", "price": 30,
             "description": "Stainless steel kettle. EAN 4006381333931"}]
    theirs = [{"competitor_product_id": 1, "name": "Wasserkocher Edelstahl", "gtin": "4006381333931", "price": 31}]
    found = matching.match_products(pd.DataFrame(ours), pd.DataFrame(theirs))
    assert list(found.method) == ["gtin"], found
