"""The comparison on catalogues won by wording: what a title writes that is
not evidence of another product (a version number beside another maker's
name, a slip of the keyboard), so that true pairs are not held apart."""

from __future__ import annotations

from benchmark._text import extract
from benchmark.matching import score_pairs
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


def test_two_letters_swapped_are_one_word():
    # "freinds" is "friends" typed in a hurry: no "one word differs".
    pair = _scored("Buzby breakin' all the rules Hermie and friends", "Buzby; breakin all the rules Hermie and freinds")
    assert "one word differs" not in pair.reason
    # Two words that differ in letters, not in their order, still differ.
    assert "one word differs" in _scored("Salt crisps paprika family bag", "Salt crisps papayas family bag").reason
    assert "one word differs" in _scored("New York Mets fleece cap winter", "New York Jets fleece cap winter").reason
