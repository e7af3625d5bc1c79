"""Style words: the words of how one of two shops writes titles, read from
a competitor's sure matches, which the comparison then leaves out of the
"one word differs" conflict for that competitor's pairs.

**Style words** (`style_words`): the words a competitor's sure matches
leave on one side only ("jewel case", "software", "[mac]": how one of the
two shops writes titles) name no variant of that competitor's products, so
the "one word differs" conflict leaves them out for its pairs. Read from
the sure matches of one competitor against our catalogue, two shops' ways
of writing; not in a batch of pairs (`batch.py`), which mixes many shops' (on
the WDC pairs, "dual", "silver", "blue" came out as style words, and F1 fell).
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from benchmark._text import Features
from benchmark.matching.conflicts import _word_in


# A word is a shop's way of writing when at least this many of the
# competitor's sure matches leave it on one side only, and at least half of the
# titles that write it, among the sure matches, do (a pair writing it on both
# sides is two titles that share it).
STYLE_MIN_PAIRS = 3


def style_words(pairs: list[tuple[int, int]], sure: np.ndarray, ours: list[Features],
                theirs: list[Features]) -> frozenset[str]:
    """Words of how one of the two shops writes titles, not of which product
    it is: the words that the competitor's sure matches (`sure`, one flag per
    pair: scored at the match threshold) leave on one side only, in at least
    STYLE_MIN_PAIRS of them and in at least half of the titles that write
    the word (counted per title: a pair that writes it on both sides is two
    titles that share it).
    One shop writes "(jewel case)", "software", "[mac]" where the other
    writes nothing: in a pair the comparison is sure of anyway, that word was
    no evidence, and in a pair it is not sure of, it is no variant either
    ("one word differs: jewel vs encore"). A word that names a variant
    ("cherry" against "walnut") is written by both shops on their sure
    matches, so it stays evidence; a small catalogue, with few sure matches,
    finds no style words."""
    unshared: Counter[str] = Counter()
    written: Counter[str] = Counter()
    for n in np.flatnonzero(sure).tolist():
        i, j = pairs[n]
        for x, other in ((ours[i], theirs[j]), (theirs[j], ours[i])):
            written.update(x.words)
            unshared.update(w for w in x.words if not _word_in(w, other, alone=w in x.pieces))
    return frozenset(w for w, k in unshared.items() if k >= STYLE_MIN_PAIRS and 2 * k >= written[w])
