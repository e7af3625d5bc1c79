"""`letters.clean`'s spaces: a text with no whitespace but single spaces skips the pattern that
writes every run of whitespace as one space. A speed change: it must move no reading."""

from __future__ import annotations

import random
import re
import sys

from benchmark._text import clean
from benchmark._text.letters import _SPACES


def test_every_whitespace_character_but_the_space_is_unprintable():
    # What lets `clean` skip `_SPACES` on a printable text without two spaces in a row.
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if _SPACES.fullmatch(c)]
    assert " " in spaces and "\u00a0" in spaces and "\u3000" in spaces
    assert [c for c in spaces if c != " " and c.isprintable()] == []


def test_clean_writes_the_spaces_as_the_pattern_does():
    rng = random.Random(11)
    pieces = [" ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "\u200b", "\x1f", "a", "B", "7", "-", "é", "ß", "ｶ",
              "小米", "\u0301"]
    texts = ["", " ", "  a  b  ", "\u00a0a\u00a0", *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
                                                    for _ in range(20000))]
    for text in texts:
        expected = re.sub(r"\s+", " ", _before_spaces(text)).strip()
        assert clean(text) == expected, repr(text)


def _before_spaces(text: str) -> str:
    # `clean` up to its spaces, as it reads a text (the same calls, in order).
    import unicodedata

    from benchmark._text.letters import MAX_TITLE, _fold

    text = unicodedata.normalize("NFKC", text)[: MAX_TITLE * 4].casefold()
    return text if text.isascii() else _fold(text)
