"""Speed changes of the comparison, which must give every score as before: the token sort read from
each title's words sorted once (`scoring._sorted_words`), and the word rule's words read in order of cost."""

import random

import numpy as np
import pytest
from rapidfuzz import fuzz

from benchmark._text import extract
from benchmark.matching.scoring import _compare_all, _sorted_words, _title_similarity, compare

TITLES = [
    "Sony WH-1000XM4 Wireless Headphones Black",
    "wireless headphones sony wh1000xm4 black",
    "Kingston 16GB DDR4 2666MHz",
    "kingston ddr4 16 gb 2666 mhz",
    "苏泊尔炒锅不粘锅 28cm",
    "Crème brûlée set 4 pcs",
    "a", "b a", "x.y - z",
]


def _texts() -> list[str]:
    return [extract(title).text for title in TITLES]


def test_sorted_words_give_token_sort_ratio():
    # rapidfuzz splits words on Python's whitespace but U+0085 and U+00A0: a text holding
    # whitespace besides the space must not be read here, or it would score otherwise.
    rng = random.Random(3)
    odd = " \t\n\x85\xa0\u3000\u2028\x1féa中-.1b"
    texts = _texts() + ["".join(rng.choice(odd) for _ in range(rng.randint(1, 10))) for _ in range(400)]
    compared = 0
    for x in texts:
        for y in texts[:60]:
            sx, sy = _sorted_words(x), _sorted_words(y)
            if sx is not None and sy is not None:
                compared += 1
                assert fuzz.ratio(sx, sy) == fuzz.token_sort_ratio(x, y), (x, y)
    assert compared > 300


@pytest.mark.parametrize("text", ["a\xa0b", "a\x85b", "a\tb", "a\u3000b", "a\nb"])
def test_other_whitespace_is_left_to_rapidfuzz(text):
    assert _sorted_words(text) is None


def test_title_similarity_the_same_either_way():
    features = [extract(title) for title in TITLES]
    for a in features:
        for b in features:
            given = (_sorted_words(a.text), _sorted_words(b.text))
            assert _title_similarity(a, b, 0.4, given) == _title_similarity(a, b, 0.4)
            assert compare(a, b, 0.4, sorted_titles=given) == compare(a, b, 0.4)


def test_compare_all_scores_as_compare():
    # `_compare_all` reads the sorted words once a product; each pair as `compare` alone scores it.
    ours = [extract(title) for title in TITLES]
    theirs = list(reversed(ours))
    pairs = [(i, j) for i in range(len(ours)) for j in range(len(theirs))]
    cosine = [0.1 * (n % 10) for n in range(len(pairs))]
    scores, methods, *_ = _compare_all(pairs, np.array(cosine), ours, theirs, [None] * len(ours),
                                       [None] * len(theirs), {}, {}, 1, keep_reasons=0.0, keep_features=False)
    for n, (i, j) in enumerate(pairs):
        assert scores[n] == compare(ours[i], theirs[j], cosine[n])[0]


def test_words_both_titles_write_skip_the_words_before_them(monkeypatch):
    # `_unshared` reads the words written before a word (a pass over the tokens) only for a word the
    # other title does not write as it is: read for every word, it cost as much as the rest of the
    # word rule (bench/history/match-speed.md, thirty-first session). The same words come back.
    from benchmark.matching import conflicts

    a = extract("Acme Trail Runner shoe mesh blue 42")
    b = extract("Acme Trail Runner shoe leather blue 42")
    expected = conflicts._unshared(a, b, frozenset())
    asked = []
    real = conflicts._before
    monkeypatch.setattr(conflicts, "_before", lambda word, x: asked.append(word) or real(word, x))
    assert conflicts._unshared(a, b, frozenset()) == expected
    assert asked == [w for w in a.words if w not in b.words and w not in b.pieces] == ["mesh"]
