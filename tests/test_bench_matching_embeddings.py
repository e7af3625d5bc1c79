"""The bench's reading of sentence embeddings of titles (bench/title_embeddings.py):
the ceiling's embedding cosine per candidate pair, the cache of embedded titles,
the plain mutual-best comparison of bench/matching_embeddings.py. The model itself
is no dependency of storecheck; these tests stand in a fake one for it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture
def bench(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import matching_embeddings
    import matching_eval
    import title_embeddings

    return matching_eval, matching_embeddings, title_embeddings


def fake_embed(calls: list):
    """An embedding that reads a title's first word: "a..." titles point one way, "b..." another."""
    directions = {"a": [1.0, 0.0], "b": [0.0, 1.0], "c": [0.6, 0.8]}

    def embed(texts):
        calls.append(list(texts))
        return np.array([directions[t[0]] for t in texts], dtype=np.float32).reshape(len(texts), 2)

    return embed


def test_each_candidate_pair_gets_the_cosine_of_its_two_titles(bench, monkeypatch):
    me, _, te = bench
    monkeypatch.setattr(te, "available", lambda: True)
    monkeypatch.setattr(te, "embed", fake_embed([]))
    monkeypatch.delenv("EMBEDDING_CACHE", raising=False)
    ours = pd.DataFrame({"sku": ["s1", "s2"], "name": ["a one", "b two"]})
    theirs = pd.DataFrame({"competitor_product_id": [7, 9], "name": ["c seven", "a nine"]})
    candidates = {"frames": (ours, theirs), "pairs": [("s1", 9), ("s1", 7), ("s2", 7), ("s2", 9)]}
    assert me.title_cosines(candidates) == pytest.approx([1.0, 0.6, 0.8, 0.0])
    monkeypatch.setattr(te, "available", lambda: False)
    assert me.title_cosines(candidates) is None


def test_the_cache_embeds_each_title_once_and_keeps_what_another_run_added(bench, monkeypatch, tmp_path):
    me, _, te = bench
    calls: list = []
    monkeypatch.setattr(te, "embed", fake_embed(calls))
    monkeypatch.setenv("EMBEDDING_CACHE", str(tmp_path / "cache"))
    first = me.cached_embeddings(["a x", "b y", "a x"])
    assert calls == [["a x", "b y"]]
    again = me.cached_embeddings(["b y", "a x"])
    assert calls == [["a x", "b y"]]  # nothing embedded anew
    np.testing.assert_array_equal(again, first[[1, 0]])
    me.cached_embeddings(["c z", "a x"])
    assert calls[-1] == ["c z"]
    assert me.cached_embeddings([]).shape[0] == 0


def test_the_ceiling_reads_the_embedding_cosine_beside_the_signals_or_says_it_is_not_installed(bench, monkeypatch,
                                                                                              capsys):
    me, _, te = bench
    rng = np.random.default_rng(0)
    n = 60
    labels = np.arange(n) % 3 == 0
    # Our product k // 2, their listing k: two candidates per product of ours.
    ours = pd.DataFrame({"sku": [f"s{k}" for k in range(n // 2)], "name": [f"a {k}" for k in range(n // 2)]})
    theirs = pd.DataFrame({"competitor_product_id": list(range(n)),
                           "name": [("a " if y else "b ") + str(k) for k, y in enumerate(labels)]})
    features = rng.random((n, 3)) + labels[:, None] * 0.2
    candidates = {"pairs": [(f"s{k // 2}", k) for k in range(n)], "labels": labels,
                  "scores": 0.5 + 0.3 * labels + 0.1 * rng.random(n), "features": features,
                  "learnt_features": np.column_stack([features, rng.random(n)]), "frames": (ours, theirs)}
    truth = {(f"s{k // 2}", k) for k in np.flatnonzero(labels)}
    monkeypatch.delenv("EMBEDDING_CACHE", raising=False)
    # The gradient boosting's rows read the same signal sets; a plain model stands in
    # for it, whose OpenMP threads crawl on a loaded machine.
    from sklearn.linear_model import LogisticRegression

    monkeypatch.setattr("sklearn.ensemble.HistGradientBoostingClassifier",
                        lambda random_state=0: LogisticRegression(max_iter=1000))
    monkeypatch.setattr(te, "available", lambda: False)
    me.signal_ceiling(candidates, truth)
    out = capsys.readouterr().out
    assert "not installed" in out and "embedding cosine" not in out
    assert out.count("logistic regression fitted to all labels") == 4
    assert out.count("gradient boosting fitted to all labels") == 4
    monkeypatch.setattr(te, "available", lambda: True)
    monkeypatch.setattr(te, "embed", fake_embed([]))
    me.signal_ceiling(candidates, truth)
    out = capsys.readouterr().out
    assert "not installed" not in out
    assert out.count("logistic regression fitted to all labels") == 8
    assert out.count("gradient boosting fitted to all labels") == 8
    # The fake cosine is the truth itself here: read alone, it finds every true pair.
    alone = [line for line in out.splitlines() if "embedding cosine alone" in line]
    assert len(alone) == 2 and all("F1 1.000" in line for line in alone)


def test_mutual_best_keeps_the_pairs_that_are_each_others_best_in_any_row_block(bench):
    _, mb, _ = bench
    sim = np.array([[0.9, 0.1, 0.0], [0.8, 0.2, 0.1], [0.0, 0.3, 0.7], [0.1, 0.6, 0.2]])
    for block in (1, 2, 10):
        i, j, s = mb.mutual_best(lambda a, b: sim[a:b], 4, 3, block=block)
        assert list(zip(i.tolist(), j.tolist())) == [(0, 0), (2, 2), (3, 1)]
        assert s == pytest.approx([0.9, 0.7, 0.6])
