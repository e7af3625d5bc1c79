"""The comparison on catalogues won by wording: what a title writes that is
not evidence of another product (a version number beside another maker's
name), and a code that names a family of models rather than one."""

from __future__ import annotations

from benchmark._text import extract
from benchmark.matching import match_products, score_pairs
from tests.test_matching import ours, theirs


def _scored(left: str, right: str):
    return score_pairs(ours({"sku": "a", "name": left}), theirs({"competitor_product_id": 1, "name": right})).iloc[0]


def test_a_version_written_with_its_v_is_no_model_code():
    # Two makers' products of one version number are not one product by that number.
    assert "v100" not in extract("Home Design Architect Series 3000 v10.0").codes
    pair = _scored("Home Design Architect Series 3000 v10.0", "Adobe Photoshop CS3 (v10.0) Mac - Adobe - 13102488")
    assert pair.method == "fuzzy" and "same model code" not in pair.reason
    assert pair.score < 0.6
    # A model code that starts with a "v" is still a model code.
    assert "v7n2dvi10fblk" in extract("V7 V7N2DVI-10F-BLK DVI cable").codes
    assert "v100" in extract("Contour ShuttlePRO V100 controller").codes


def test_a_version_still_tells_two_editions_apart():
    # Left out of the model codes, the version's number stays a number of the title (review).
    assert "numbers differ: 10.0 vs 11.0" in _scored("Norton Antivirus v10.0", "Norton Antivirus v11.0").reason
    assert "numbers differ" not in _scored("Norton Antivirus v10.0", "Norton Antivirus 10.0").reason


def test_two_words_a_swap_apart_still_differ():
    # "trail" and "trial" are two words, not one typed in a hurry: a rule that
    # merged swapped letters was fitted to one pair and merged real words.
    assert "one word differs" in _scored("Wall clock trail oak finish", "Wall clock trial oak finish").reason


def test_a_code_other_codes_extend_names_a_family():
    # "SMART1500" is extended by SMART1500RM2U and SMART1500LCD in the catalogues: it names
    # a family of models, so a title writing it shares no identifier with either model.
    our = ours({"sku": "a", "name": "APC Smart-UPS SMART1500 uninterruptible power supply", "brand": "APC"})
    their = theirs({"competitor_product_id": 1, "name": "APC Smart-UPS SMART1500RM2U rack mount 2U", "brand": "APC"},
                   {"competitor_product_id": 2, "name": "APC Smart-UPS SMART1500LCD tower with LCD display",
                    "brand": "APC"})
    found = match_products(our, their, review_threshold=0.0)
    assert set(found.method) == {"fuzzy"} and set(found.status) == {"proposed"}
    # One model of the family on each side is still one product by its code.
    alone = match_products(our, theirs({"competitor_product_id": 1, "name": "APC SMART1500 UPS", "brand": "APC"}))
    assert list(alone.method) == ["model"] and list(alone.status) == ["matched"]


def test_a_code_two_makers_write_is_no_identifier():
    # "CL16" on a Corsair and on a Kingston kit, no brand field on either: the makers are
    # read from the titles, against the brands the catalogues' brand fields write.
    our = ours({"sku": "a", "name": "Corsair 2x8GB DDR4 3200MHz CL16-RGB Vengeance LPX RAM"},
               {"sku": "b", "name": "Corsair Vengeance 8GB DDR4", "brand": "Corsair"})
    their = theirs({"competitor_product_id": 1, "name": "Kingston Gaming Memory 16 Gb 3200 Mhz Ddr4 CL16-RGB"},
                   {"competitor_product_id": 2, "name": "Kingston Fury 8GB", "brand": "Kingston"})
    found = match_products(our, their, review_threshold=0.0).set_index("sku")
    assert found.loc["a", "method"] == "fuzzy" and "the titles name other makers" in found.loc["a", "reason"]
    # One maker on both titles: the code is the identifier.
    same = theirs({"competitor_product_id": 1, "name": "Corsair Vengeance LPX kit CL16-RGB 2x8GB"},
                  {"competitor_product_id": 2, "name": "Kingston Fury 8GB", "brand": "Kingston"})
    found = match_products(our, same, review_threshold=0.0).set_index("sku")
    assert found.loc["a", "method"] == "model" and found.loc["a", "status"] == "matched"
