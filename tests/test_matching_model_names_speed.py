"""The model names' stage read faster (issue 9, thirty-sixth session, "speed18"): its passes over
every title of a side gathered by C loops. These hold the readings to what the plain loops gave:
a speed change must change no answer."""

from __future__ import annotations

import numpy as np

from benchmark._text import extract
from benchmark.matching.model_names import MAKER_PLACES, _every_carrier, _marked, _Written, model_names

TITLES = ["Baratza Encore kahvimylly valkoinen", "Kaffeemühle Baratza Encore, weiß", "Fellow Stagg 2 vedenkeitin",
          "Kalita suodatinpaperit 100 kpl sopii Fellow Stagg", "Wasserkocher Fellow Stagg 2, matt schwarz",
          "BM27 Gilbert Barrel 3-in-1 pump", "Pompa a barile Gilbert Barrel per palloni", "", "x", "ATC-XP 12 ab"]

def test_every_carrier_reads_each_title_whose_first_tokens_write_a_maker():
    # The rows read were chosen by a generator over the side; the C loops must choose the same ones.
    side = [extract(t) for t in TITLES]
    names = frozenset(n for f in side for n in model_names(f))
    assert names
    for picked in (names, frozenset(list(names)[:1]), frozenset({"gilbert barrel"})):
        makers = frozenset(n.split(" ", 1)[0] for n in picked)
        rows = [k for k, f in enumerate(side) if not makers.isdisjoint(f.tokens[:2 * MAKER_PLACES])]
        expected: dict[str, list[int]] = {}
        for k in rows:
            for name in model_names(side[k]):
                if name in picked:
                    expected.setdefault(name, []).append(k)
        assert dict(_every_carrier(side, picked)) == expected

def test_a_catalogue_writes_only_the_words_of_letters_its_titles_write():
    # A token of digits or mixed ("100", "bm27", "3-in-1") is no word of letters the catalogue writes.
    side = [extract(t) for t in TITLES]
    letters = {t for f in side for t in f.tokens if t.isalpha()}
    for word in {t for f in side for t in f.tokens} | {"pump", "nowhere", "100", "bm27", "3-in-1", ""}:
        assert (word in _Written(side)) == (word in letters), word

def test_marked_rows_are_the_distinct_rows_in_order():
    rng = np.random.default_rng(3)
    for size in (1, 7, 1000):
        rows = rng.integers(0, size, size=rng.integers(1, 3 * size + 1))
        for dtype in (np.int64, np.int32):
            assert np.array_equal(_marked(rows.astype(dtype), size), np.unique(rows))
