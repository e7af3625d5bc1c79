"""The GTIN a description writes is looked for only where a GTIN's name
starts a word (`features._names_a_gtin`): "ean" inside "jeans", "clean" or
"ocean" no longer sends a description through the whole scan, and no label
the pattern reads is skipped."""

from __future__ import annotations

from benchmark.matching.features import _LABELLED_GTIN, _names_a_gtin, written_gtin

CLOTHES = "Soft cotton jeans with a clean cut, washed in ocean blue. " * 20


def test_a_name_inside_a_word_starts_no_label():
    assert not _names_a_gtin(CLOTHES.lower())
    assert not _names_a_gtin("janitor's trolley".replace("jan", "xjan"))
    assert written_gtin("Slim Jeans", CLOTHES) is None


def test_a_name_at_the_start_of_a_word_is_read():
    assert _names_a_gtin("ean: 4006381333931")
    assert _names_a_gtin("jeans (ean 4006381333931)")
    assert _names_a_gtin("jeans/upc 4006381333931")
    # An underscore is no letter: the pattern's lookbehind lets a name follow it, so must the test.
    assert _names_a_gtin("ref_ean 4006381333931")
    assert written_gtin("Slim Jeans", CLOTHES + "EAN: 4006381333931") == "04006381333931"
    assert written_gtin("Slim Jeans", "Blue jeans.EAN 4006381333931") == "04006381333931"


def test_every_label_the_pattern_reads_passes_the_test():
    texts = [
        "EAN: 4006381333931", "clean EAN-13 4006381333931", "ocean;gtin 4006381333931", "jeans ISBN 3-16-148410-X",
        "x_upc 036000291452", "Mean JAN4006381333931", "über-EAN 4006381333931", "Größe 42, EAN 4006381333931",
        "beanEAN 4006381333931", "1ean 4006381333931", "jeans 4006381333931",
    ]
    for text in texts:
        if _LABELLED_GTIN.search(text):
            assert _names_a_gtin(text.lower()), text
    # The last three write the name only inside a word or after a digit: the pattern reads none of them either.
    assert not any(_LABELLED_GTIN.search(t) for t in texts[-3:])
