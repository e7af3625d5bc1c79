"""A model's code on many of a shop's listings, the eighth round running (issue 9, the thirty-eighth
session, "many15"): the words that tell one of the code's listings from the others read in any
script. Catalogues written anew here, none a batch's rows, matched as `match_products` reads them."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmark.matching import match_products

# A Lisbon shop of small kitchen appliances in euros against a Delhi one titled in Hindi, in rupees.
# Theirs lists Philips' HD9350 kettle four times: the model (no colour named), the blue one ("नीली"),
# a used one ("पुरानी", no number of its own) and a lid made for it ("के लिए", for, not read as such).
# Their words in Devanagari carry vowel signs, which `str.isalpha` refuses.
KETTLES_OURS = [("Chaleira elétrica Philips HD9350, 1,7 l, preta", 39.90), ("Torradeira Philips HD2581, branca", 29.90),
                ("Chaleira elétrica Bosch TWK3A011, 1,7 l, branca", 34.90), ("Máquina de café Philips EP1220", 299.00),
                ("Liquidificador Moulinex LM2A31, 1,5 l", 49.90), ("Jarro filtrante Brita Marella, 2,4 l", 19.90)]
KETTLES_THEIRS = [("Philips HD9350 इलेक्ट्रिक केतली 1.7 लीटर", 2490.0),
                  ("Philips HD9350 इलेक्ट्रिक केतली 1.7 लीटर, नीली", 2490.0),
                  ("Philips HD9350 इलेक्ट्रिक केतली, पुरानी", 990.0),
                  ("HD9350 केतली के लिए ढक्कन, काला", 290.0),
                  ("Philips HD2581 टोस्टर, सफ़ेद", 1890.0), ("Bosch TWK3A011 इलेक्ट्रिक केतली 1.7 लीटर, सफ़ेद", 2190.0),
                  ("Philips EP1220 कॉफ़ी मशीन", 24990.0), ("Moulinex LM2A31 ब्लेंडर 1.5 लीटर", 3290.0),
                  ("Brita Marella पानी फ़िल्टर जग 2.4 लीटर", 1490.0)]


# At the start the blue one's "नीली" was no word that told it from the code's other listings (its vowel
# sign failed `str.isalpha`), so the code named it as it names the model's own listing and it was matched
# with our kettle as "the same product as their listing"; the used one was proposed. Read as a word, it
# tells the listing apart, as "azul" would in a Latin script: our title does not write it.
# Landed (9c917d8c) and reverted the same session: read so, a listing of round 27d (held out while it
# was written) lost its true pair and another was matched wrongly (27d 13 -> 12 found, wrong matched
# 0 -> 1), where round 26d (open, the reading's source) gained two wrong pairs fewer and 23 one true
# pair more: no gain on the round nobody had read. The word needs a reading that also holds there.
@pytest.mark.xfail(strict=True, reason="vowel-sign words as telling words reverted: round 27d lost a true pair and "
                                       "gained a wrong match with it")
def test_a_word_with_vowel_signs_tells_a_listing_of_a_code_on_many_apart():
    ours = pd.DataFrame({"sku": [f"o{n}" for n in range(len(KETTLES_OURS))], "name": [t for t, _ in KETTLES_OURS],
                         "price": [p for _, p in KETTLES_OURS], "currency": "EUR"})
    theirs = pd.DataFrame({"competitor_product_id": [f"t{n}" for n in range(len(KETTLES_THEIRS))],
                           "name": [t for t, _ in KETTLES_THEIRS], "price": [p for _, p in KETTLES_THEIRS],
                           "currency": "INR"})
    found = {(row.sku, row.competitor_product_id): row.status for row in match_products(ours, theirs, workers=1).itertuples()}
    assert found.get(("o0", "t0")) == "matched", found
    assert ("o0", "t1") not in found and ("o0", "t2") not in found and ("o0", "t3") not in found, found
    # The other kettle and the toaster with their own listings.
    assert found.get(("o2", "t5")) == "matched" and found.get(("o1", "t4")) == "matched", found
