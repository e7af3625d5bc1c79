"""Which pairs are written alike (`pair_writing`): whether each side's title
writes a word in a script other than Latin, so that the gate's decoy null
(`nulls._decoys`) is read among pairs of one writing at a time.

A competitor writing in Tamil, Hebrew or Urdu may list a product a second time
in English ("Preethi Zodiac Mixer Grinder MG-218 750W (5 Jars)" beside its Tamil
listing of the same mixer). The decoy stands for a product without a
counterpart by taking its best listing away: where the best was the English
listing, the product's own Tamil listing became its best and was counted as a
wrong wording match. One such listing moved the decoy by one pair, and with it
the verdict on every pair of the catalogue (the nineteenth round's Tamil
cookware: 11 of 17 true pairs found without the English listing, 4 of 18 with
it; the sixteenth round's Hebrew harmonicas, the same way). Read within one
writing, a product's listing in the other is neither taken away nor counted;
the Tamil listings' decoy is what it is without the English one.

Why by writing and not by language: the comparison reads a title written in
another script through the words it shares with ours (a maker, a model, the
digits) and a title in Latin letters through all of its words, so the two
give scores of two different spreads, and a decoy that mixes them counts the
neighbours of one spread as the wrong pairs of the other. Languages that share
the Latin alphabet are scored word against word alike and stay one group. One
letter of another script beside a digit ("5μm", "10Ω") is a sign, not a word
of that script, and leaves a title in Latin letters (as in
`features._read_through`). A catalogue all in one writing (every shared set
but a few WDC offers) has one group, and the decoy reads as before.
"""

from __future__ import annotations

import numpy as np

from benchmark._text import Features
from benchmark.matching.features import _script_of


_ASCII = frozenset(map(chr, range(128)))


def writes_another_script(text: str) -> bool:
    """Does the title write a word of two letters or more in a script other than Latin?"""
    # Most titles are ASCII, or Latin letters with marks: their distinct characters are looked up once.
    if text.isascii() or not any(map(_script_of, set(text).difference(_ASCII))):
        return False
    return any(sum(1 for char in word if _script_of(char)) >= 2 for word in text.split())


def pair_writing(rows: np.ndarray, cols: np.ndarray, ours: list[Features], theirs: list[Features]) -> np.ndarray:
    """Per pair (rows[n], cols[n]), its writing: 0 to 3, from whether our title
    and whether theirs writes another script than Latin (`writes_another_script`)."""
    our_other = np.fromiter((writes_another_script(f.text) for f in ours), dtype=np.int8, count=len(ours))
    their_other = np.fromiter((writes_another_script(f.text) for f in theirs), dtype=np.int8, count=len(theirs))
    return (2 * our_other[rows] + their_other[cols]).astype(np.int8)
