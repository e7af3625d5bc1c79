"""`extract`'s quantity, pack and size patterns written digit first (`quantities._DIGIT_FIRST`):
the same matches, spans and groups as the lookbehind-first forms they replace, which are
written out here as the reference. A speed change: it must move no reading."""

from __future__ import annotations

import random
import re

import pytest

from benchmark._literal_gate import Gated
from benchmark._text import extract, quantities

_UNITS = "|".join(sorted(map(re.escape, quantities._UNITS), key=len, reverse=True))
# The forms before the digit-first ones, as they read.
_REFERENCE = {
    "_QUANTITY": re.compile(r"(?<![\w.])(?<!\d,)(?<![^\W\d_]-)(\d+(?:[.,]\d+)?)\s?(" + _UNITS + r")(?![^\W_])"),
    "_MULTIPACK_ITEM": re.compile(r"(?<![\w.\-/])\d{1,3}\s?x\s?(\d+(?:[.,]\d+)?)\s?(ml|cl|l|g|kg|oz)(?![^\W_])"),
    "_MULTI_DIMENSION": re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?x\s?(\d+(?:[.,]\d+)?)(?:\s?x\s?(\d+(?:[.,]\d+)?))?"),
    # Asked of every title with a "k" since the lamp's test is asked only of a title that writes a temperature.
    "_KELVIN": re.compile(r"(?<![\w.,])(\d{4,5})\s?k(?![^\W_])"),
}
_PACK_REFERENCE = re.compile(
    r"(?<![\w.\-/])(\d{1,4})(?:er)?\s?-?\s?(" + quantities._PACK_COUNT_WORDS + r")(?![^\W_])"
    r"|(?:" + "|".join(quantities._PACK_BEFORE) + r")\s+(?:of|de|da|van)\s*(\d{1,4})(?!\d)"
    r"|(?<![\w.\-/])(\d{1,3})\s?x\s?(?=\d+(?:[.,]\d+)?\s?(?:ml|cl|l|g|kg|oz)(?![^\W_]))"
)

_TITLES = [
    "", "6x200ml", "1234x200ml", "12345x200ml", "4 x 330 ml", "pack of 4", "6er pack", "10er-packung", "12 pcs",
    "a4 pack", "12345 pack", "x 6 pack", "3 pack of 2", "set of 25 6x200ml", "٣ pack", "2 ks", "6 szt.", "100-pack",
    "/4 pack", ".5 pack", "el-334mb", "a-5gb 4.5-6gb", "4,0 x 40 mm", "2 x 3 x 4", "140x200", "1920x1080 24 inch",
    "sony wh-1000xm4 128gb 3.40-5.60ghz", "samsung 2x 500ml 6 pack", "lot de 4", "box of12", "0 pack", "9999 pcs",
]


def _texts() -> list[str]:
    """The titles above, and random strings of the characters and words these patterns read around a number."""
    rng = random.Random(7)
    pieces = ["0", "1", "2", "12", "123", "1234", "12345", "٣", " ", "x", " x ", ".", ",", "-", "/", "a", "el-", "er",
              "gb", "ml", "kg", "g", "l", "oz", "mm", "pack", "pcs", "ks", " of ", "set", "box", "case", "lot", "mb",
              "k", "1234k", "12345 k"]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(6000)]
    return [*_TITLES, *made]


def _read(pattern, text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(_REFERENCE))
def test_a_digit_first_pattern_reads_as_its_lookbehind_first_form(name):
    pattern = getattr(quantities, name)
    pattern = pattern.pattern if isinstance(pattern, Gated) else pattern  # a gated one's own pattern
    reference = _REFERENCE[name]
    for text in _texts():
        assert _read(pattern, text) == _read(reference, text), text
        # `extract` also asks whether one matches at a given place ("6x200ml" inside a size).
        for at in range(len(text)):
            found, expected = pattern.match(text, at), reference.match(text, at)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_the_quantities_are_joined_as_before():
    for text in _texts():
        assert (quantities._QUANTITY.sub(quantities._joined_quantity, text)
                == _REFERENCE["_QUANTITY"].sub(quantities._joined_quantity, text)), text


def test_the_counted_packs_are_the_packs_where_no_word_before_a_count_is_written():
    for text in _texts():
        expected = [(m.span(), m.group(1) or m.group(3) or m.group(4)) for m in _PACK_REFERENCE.finditer(text)]
        assert [(m.span(), m.group(1) or m.group(3) or m.group(4)) for m in quantities._PACK.finditer(text)] == expected
        if not quantities._has_pack_before(text):
            assert [(m.span(), m.group(1)) for m in quantities._PACK_COUNTED.finditer(text)] == expected, text


def test_the_pack_of_a_title_is_read_either_way():
    assert extract("Cola 6x330ml").pack == 6
    assert extract("Batteries AA, pack of 4").pack == 4
    assert extract("Kaffeepads 10er Packung").pack == 10
    assert extract("Schrauben 1234x200ml").pack is None
