"""Numbers as markets write them: a vulgar fraction glued to its number ("42⅔", "6½AL"), thousands
grouped by a point or a space at a range's ends ("40x–1.000x", "25 000–65 000 Hz"). Titles written for
these tests, in ways of writing numbers the twenty-seventh round of catalogues met."""

from __future__ import annotations

import pandas as pd

from benchmark._text import clean, extract
from benchmark.matching.features import _features_of, _frame


def _features(ours: list[str], theirs: list[str]):
    return _features_of(_frame(pd.DataFrame({"sku": [f"o{n}" for n in range(len(ours))], "name": ours}), "sku"),
                        _frame(pd.DataFrame({"key": [f"t{n}" for n in range(len(theirs))], "name": theirs}), "key"),
                        workers=1)


def test_a_vulgar_fraction_glued_to_its_number_reads_as_the_fraction_typed_apart():
    # NFKC writes "⅔" as "2⁄3" with a fraction slash and no space: "42⅔" was the number 422 and "6½AL"
    # the numbers 61 and "2al", against the other shop's "EU 42 2/3" and "6 1/2 AL".
    glued, apart = extract("Adidas En Garde fəxtəçi ayaqqabısı, 42⅔"), extract("Adidas En Garde, EU 42 2/3")
    assert glued.numbers == apart.numbers == {"42"}
    glued, apart = extract("Béalóg trombóin Bach 6½AL, cos mór"), extract("Bach 6 1/2 AL ટ્રોમ્બોન માઉથપીસ")
    assert glued.numbers == apart.numbers == {"6"}
    assert {"1", "2", "al"} <= set(glued.tokens) & set(apart.tokens)
    # Superscript and subscript digits about the fraction slash, and the slash typed between digits.
    assert clean("6¹⁄₂ AL") == clean("6 1⁄2 AL") == "6 1/2 al"


def test_a_range_written_with_an_en_dash_reads_as_one_written_with_a_hyphen():
    assert extract("Eppendorf Research plus Pipette 100–1000 ml").quantities["volume"] == {100.0, 1000.0}
    # The dash stays in the title, where it joins no code as a hyphen would: "50–1000 µl" (a unit the
    # quantities do not read) is the numbers 50 and 1000, no code "501000".
    tips = extract("Eppendorf Pipettenspitzen epT.I.P.S. 50–1000 µl, 1000 Stück")
    assert not tips.codes and tips.numbers == {"50", "1000"}
