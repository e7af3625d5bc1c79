"""Numbers as markets write them: a vulgar fraction glued to its number ("42⅔", "6½AL"), thousands
grouped by a point or a space at a range's ends ("40x–1.000x", "25 000–65 000 Hz"). Titles written for
these tests, in ways of writing numbers the twenty-seventh round of catalogues met."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmark._text import extract
from benchmark._text.numbers import grouped_thousands
from benchmark.matching.features import _features_of, _frame


def _features(ours: list[str], theirs: list[str]):
    return _features_of(_frame(pd.DataFrame({"sku": [f"o{n}" for n in range(len(ours))], "name": ours}), "sku"),
                        _frame(pd.DataFrame({"key": [f"t{n}" for n in range(len(theirs))], "name": theirs}), "key"),
                        workers=1)


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a fraction glyph glued to its number is read as another number ('42⅔' 422, '10½' 101)")
def test_a_fraction_glyph_is_read_as_the_number_it_is():
    # NFKC writes "⅔" as "2⁄3" with a fraction slash and no space: "42⅔" is the number 422 and "6½AL"
    # the numbers 61 and "2al", against the other shop's "EU 42 2/3" and "6 1/2 AL". Writing the glyph
    # as the fraction typed apart (this session's first mend) was reverted on review R7: "10 1/2" reads
    # as the number 10 alone, so "size 10½" matched "size 10" and "½ l" read as 2 l. The mend reads a
    # whole number and its fraction as one value: "10½" as 10.5, apart from 10.
    assert extract("Nike Air Max 90 size 10½").numbers == extract("Nike Air Max 90 size 10.5").numbers
    assert extract("Nike Air Max 90 size 10½").numbers != extract("Nike Air Max 90 size 10").numbers


def test_a_range_written_with_an_en_dash_reads_as_one_written_with_a_hyphen():
    assert extract("Eppendorf Research plus Pipette 100–1000 ml").quantities["volume"] == {100.0, 1000.0}
    # The dash stays in the title, where it joins no code as a hyphen would: "50–1000 µl" (a unit the
    # quantities do not read) is the numbers 50 and 1000, no code "501000".
    tips = extract("Eppendorf Pipettenspitzen epT.I.P.S. 50–1000 µl, 1000 Stück")
    assert not tips.codes and tips.numbers == {"50", "1000"}


def test_thousands_grouped_by_a_point_read_whole_where_the_other_catalogue_writes_them_whole():
    # A Skopje shop's "40x–1.000x", in a catalogue whose decimals are points ("MikroCam SP 5.0"), was
    # 40x and 1.0x against our "40-1000x" ("zoom differs: 40/1000 vs 1/40").
    ours = ["Mikroskop biologjik Bresser Erudit DLX 40-1000x, monokular, LED", "Kamera mikroskopi 5.0 MP"]
    theirs = ["Биолошки микроскоп Bresser Erudit DLX 40x–1.000x, монокуларен, LED",
              "Bresser Erudit DLX 40x–1.000x + MikroCam SP 5.0, сет"]
    our_features, their_features = _features(ours, theirs)
    assert their_features[0].quantities["zoom"] == our_features[0].quantities["zoom"] == {40.0, 1000.0}
    # Where the other catalogue writes the number as a decimal before the same unit too ("1x", "1.0x"),
    # either reading may be meant: left as written.
    assert grouped_thousands(["Lupe 1.000x"], ["Mikroskop 1000x", "Lupe 1x"])[0] == ["Lupe 1.000x"]
    # A comma is read by the catalogue's own decimals alone (`catalogue_numbers`): here, a catalogue
    # that writes none, it is left as written.
    assert grouped_thousands(["Zebra ribbon - K - 1,000 prints"], ["Zebra ribbon 1000 prints"])[0] == [
        "Zebra ribbon - K - 1,000 prints"]


def test_the_low_end_of_a_range_grouped_in_thousands_reads_with_the_unit_after_its_top():
    # "25 000–65 000 Hz" (a Swedish shop's repeller: thousands with a space, an en dash) was 0 Hz and
    # a code "00065"; the other shop writes "25,000-65,000Hz" in a catalogue of decimal points.
    ours = ["Ultraljudsskrämma mot möss, 25 000–65 000 Hz, 230 V, 2 st", "Myggnät PermaNet 2.0, 180 x 160 x 150 cm"]
    theirs = ["Qalab ultrasonic ah oo jiirka celiya, 25,000-65,000Hz, 230V, 2 xabbo",
              "Shabaq kaneeco PermaNet 3.0, daawaysan, 180x160x150cm"]
    our_features, their_features = _features(ours, theirs)
    assert our_features[0].quantities["hertz"] == their_features[0].quantities["hertz"] == {25000.0, 65000.0}
    assert not our_features[0].codes
