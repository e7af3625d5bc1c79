"""Matching accuracy on real benchmark data, through the real CLI, beside a plain baseline.

    .venv/bin/python bench/matching_eval.py [--decisions 100] [--rounds 1] [--data ../shared/data/matching] [--only NAME]

Every full-linkage set in the data folder (a folder holding `matches.csv`,
whose two id columns name the two product files: `walmart_id` ->
`walmart.csv`, `idAmazon` -> `Amazon.csv`) goes through the real commands:
the first file is imported as our catalogue (`storecheck catalogue import`),
the second as a competitor's offers (`storecheck offers import`), each file's
columns mapped to storecheck fields by their names (id, title / name,
manufacturer / brand, modelno / mpn, description, price), then `storecheck
match` and `storecheck matches export`. Printed per set:

- the baseline, computed here in the same run: TF-IDF over character 3-5-grams
  of the titles (both files fitted together), each product's most similar
  product on the other side, pairs that are each other's best and reach one
  fixed cosine (BASELINE_COSINE, the same for every set);
- precision, recall and F1 of the matched set against matches.csv (which may
  lack true pairs, so precision is a lower bound), with no review;
- the recall of the candidate stage (on the frames the CLI matched);
- what answering every proposal right would give, before a re-match: how
  far the review of these proposals can go;
- F1 after a simulated review: the first N proposals in the order `matches
  export` writes them (the review queue's order) are answered from the
  truth, written as a decisions file, `storecheck matches import`-ed, and the
  workspace re-matched; with `--rounds R`, in R parts, the workspace
  re-matched and exported again after each (a person answering a page of
  the queue, then the next page after `storecheck match`).

WDC Products (pairs): each labelled test pair is scored with
`benchmark.matching.score_pairs` and counted a match at the default match
and review thresholds, and as `score_pairs` calls it matched (the threshold,
or each other's best by wording within the batch of pairs); printed:
pair-level precision, recall, F1.

Nothing is fitted to these data: the matcher runs with its defaults. Which
sets its rules were developed against is said in bench/README.md.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmark import matching  # noqa: E402
from storecheck import db  # noqa: E402
from storecheck.analysis import competitor_frame, own_frame  # noqa: E402
from storecheck.cli import cli  # noqa: E402
from storecheck.config import Matching, Workspace  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "matching"
COMPETITOR = "Competitor"
# The baseline's one cosine, for every set: a pair must be each other's best and at least this alike.
BASELINE_COSINE = 0.3
# A file's column -> storecheck field, by the column's name (lower case).
FIELDS = {"id": None, "title": "name", "name": "name", "manufacturer": "brand", "brand": "brand",
          "modelno": "mpn", "mpn": "mpn", "description": "description", "price": "price"}


@dataclass
class LinkageSet:
    name: str
    ours: Path
    theirs: Path
    truth: set[tuple[str, str]]


def full_linkage_sets(data: Path) -> list[LinkageSet]:
    """Every folder of `data` with a matches.csv whose two id columns name two files there."""
    found = []
    for folder in sorted(p for p in data.iterdir() if (p / "matches.csv").exists()):
        truth = pd.read_csv(folder / "matches.csv", dtype=str, keep_default_na=False)
        files = {p.stem.casefold(): p for p in folder.glob("*.csv") if p.name != "matches.csv"}
        sides = []
        for column in truth.columns[:2]:
            stem = re.sub(r"^id_?|_?id$", "", column, flags=re.I).casefold()
            sides.append(files.get(stem) or next((p for s, p in files.items() if stem and stem in s), None))
        # "idGoogleBase" names GoogleProducts.csv: with two files, one named, the other is the other.
        if sides.count(None) == 1 and len(files) == 2:
            sides[sides.index(None)] = next(p for p in files.values() if p not in sides)
        if None in sides:
            print(f"{folder.name}: cannot tell which file each column of matches.csv names, skipped")
            continue
        found.append(LinkageSet(folder.name, sides[0], sides[1], set(zip(truth.iloc[:, 0], truth.iloc[:, 1]))))
    return found


def read_side(path: Path) -> tuple[pd.DataFrame, str]:
    """The file as the baseline reads it, and its separator."""
    with path.open(encoding="latin-1") as handle:
        sep = csv.Sniffer().sniff(handle.readline(), delimiters=",|;\t").delimiter
    try:
        frame = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8")
    except UnicodeDecodeError:
        frame = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="cp1252")
    return frame, sep


def mapping(frame: pd.DataFrame, key: str) -> list[str]:
    out = []
    for column in frame.columns:
        field = FIELDS.get(column.casefold(), "")
        if field is None:
            field = key
        if field and field != column:
            out += ["--map", f"{column}={field}"]
    return out


def title_column(frame: pd.DataFrame) -> str:
    return next(c for c in frame.columns if c.casefold() in ("title", "name"))


def baseline(ours: pd.DataFrame, theirs: pd.DataFrame) -> set[tuple[str, str]]:
    """TF-IDF over character 3-5-grams of the titles, mutual best match at BASELINE_COSINE."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    a = ours[title_column(ours)].str.lower().tolist()
    b = theirs[title_column(theirs)].str.lower().tolist()
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit(a + b)
    x, y = vectorizer.transform(a), vectorizer.transform(b)
    best_of_ours = np.zeros(len(a), dtype=np.int64)
    best_score = np.zeros(len(a))
    best_of_theirs = np.full(len(b), -1, dtype=np.int64)
    their_score = np.full(len(b), -1.0)
    for start in range(0, len(a), 500):
        block = (x[start : start + 500] @ y.T).toarray()
        best_of_ours[start : start + 500] = block.argmax(axis=1)
        best_score[start : start + 500] = block.max(axis=1)
        rows = block.argmax(axis=0)
        values = block[rows, np.arange(block.shape[1])]
        better = values > their_score
        their_score[better] = values[better]
        best_of_theirs[better] = rows[better] + start
    ids_a, ids_b = ours.iloc[:, 0].tolist(), theirs.iloc[:, 0].tolist()
    return {(ids_a[i], ids_b[j]) for i, j in enumerate(best_of_ours)
            if best_of_theirs[j] == i and best_score[i] >= BASELINE_COSINE}


def run(args: list[str], workspace: Path) -> str:
    result = CliRunner().invoke(cli, [*args, "--workspace", str(workspace)], catch_exceptions=False)
    if result.exit_code != 0:
        raise SystemExit(f"storecheck {' '.join(args)} failed ({result.exit_code}):\n{result.output}")
    return result.output


def scores(found: set, truth: set) -> tuple[float, float, float]:
    tp = len(found & truth)
    precision = tp / len(found) if found else 0.0
    recall = tp / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def line(found: set, truth: set) -> str:
    p, r, f = scores(found, truth)
    return f"{len(found)} pairs, precision {p:.3f}, recall {r:.3f}, F1 {f:.3f}"


def exported(workspace: Path, out: Path) -> pd.DataFrame:
    run(["matches", "export", str(out)], workspace)
    return pd.read_csv(out, dtype=str, keep_default_na=False)


def accepted(frame: pd.DataFrame) -> set[tuple[str, str]]:
    rows = frame[frame.status.isin(["matched", "confirmed"])]
    return set(zip(rows.sku, rows.key))


def full_linkage(data: LinkageSet, decisions: int, show_ceiling: bool = False, rounds: int = 1) -> dict:
    truth = data.truth
    ours, our_sep = read_side(data.ours)
    theirs, their_sep = read_side(data.theirs)
    print(f"{data.name} ({data.ours.name} = our catalogue, {len(ours)} products; {data.theirs.name} = a competitor, "
          f"{len(theirs)} products; {len(truth)} true pairs)")
    base = baseline(ours, theirs)
    print(f"  baseline (TF-IDF char 3-5-grams, mutual best, cosine >= {BASELINE_COSINE}): {line(base, truth)}")
    figures = {"baseline": scores(base, truth)[2]}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ws = tmp / "ws"
        CliRunner().invoke(cli, ["init", str(ws)], catch_exceptions=False)
        run(["catalogue", "import", str(data.ours), "--sep", our_sep, "--skip-invalid",
             "--rejected", str(tmp / "ours.rejected.csv"), *mapping(ours, "sku")], ws)
        run(["competitor", "add", COMPETITOR, "https://competitor.example"], ws)
        run(["offers", "import", str(data.theirs), "--competitor", COMPETITOR, "--sep", their_sep, "--skip-invalid",
             "--rejected", str(tmp / "theirs.rejected.csv"), *mapping(theirs, "key")], ws)

        started = time.perf_counter()
        summary = run(["match"], ws)
        seconds = time.perf_counter() - started
        first = exported(ws, tmp / "matches.csv")
        print("  " + summary.rstrip().replace("\n", "\n  "))
        print(f"  match took {seconds:.1f} s through the CLI")
        print(f"  storecheck, no review: {line(accepted(first), truth)}")
        figures["no review"] = scores(accepted(first), truth)[2]
        matched = first[first.status == "matched"]
        for method, rows in sorted(matched.groupby("method")):
            tp = len(set(zip(rows.sku, rows.key)) & truth)
            print(f"    {method}: {len(rows)} matched, {tp / len(rows):.3f} of them in matches.csv")
        proposed = first[first.status == "proposed"]
        print(f"  proposed for review: {len(proposed)} ({len(set(zip(proposed.sku, proposed.key)) & truth)} of them true)")
        # What answers about the proposals can add at most: every one of them
        # answered right, the true ones confirmed (before any re-match).
        print(f"  every proposal answered right, before a re-match: "
              f"{line(accepted(first) | (set(zip(proposed.sku, proposed.key)) & truth), truth)}")
        candidates = labelled_candidates(ws, truth)
        print(f"  candidate stage recall: {len(candidates['found'] & truth) / len(truth):.4f}")
        ceiling = len({w for w, _ in truth})
        print(f"  ({len(truth) - ceiling} of the {len(truth)} true pairs are a second or later listing of one of our "
              f"products: strict one-to-one would cap recall at {ceiling / len(truth):.3f})")
        duplicates = matched[matched.reason.str.startswith(("the same product as their listing",
                                                             "their listing's best match"))]
        found_duplicates = set(zip(duplicates.sku, duplicates.key))
        print(f"  matched as another listing of a product already matched: {len(found_duplicates)} "
              f"({len(found_duplicates & truth)} of them in matches.csv)")

        if decisions:
            # The export's own order: the reviewer answers the top of the file;
            # with `rounds`, a part at a time, the workspace re-matched and
            # exported again between parts (the loop a person runs by hand).
            asked: list = []
            current = proposed
            for part in range(rounds):
                ranked = current.head(decisions * (part + 1) // rounds - len(asked))
                path = tmp / f"decisions-{part}.csv"
                with path.open("w", newline="", encoding="utf-8") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(["sku", "competitor", "key", "status"])
                    for row in ranked.itertuples():
                        writer.writerow([row.sku, row.competitor, row.key,
                                         "confirmed" if (row.sku, row.key) in truth else "rejected"])
                asked += list(zip(ranked.sku, ranked.key))
                run(["matches", "import", str(path)], ws)
                run(["match"], ws)
                after = exported(ws, tmp / f"matches-after-{part}.csv")
                current = after[after.status == "proposed"]
            confirmed = sum(pair in truth for pair in asked)
            learnt = after.reason.str.contains("learnt from").any()
            print(f"  learnt model in use after the review: {'yes' if learnt else 'no'}")
            how = f" in {rounds} rounds, each followed by a re-match" if rounds > 1 else " and a re-match"
            print(f"  after {len(asked)} review answers ({confirmed} confirmed, {len(asked) - confirmed} rejected)"
                  f"{how}: {line(accepted(after), truth)}")
            figures[f"after {len(asked)}" + (f" in {rounds} rounds" if rounds > 1 else "")] = scores(accepted(after), truth)[2]
        if show_ceiling:
            signal_ceiling(candidates, truth)
    return figures


def labelled_candidates(ws: Path, truth: set) -> dict:
    """The candidate pairs of the frames the CLI matched, as the matcher sees
    them (`matching.candidate_signals`), each with its hand-set score, signals
    (FEATURES) and whether matches.csv holds it."""
    workspace = Workspace(ws)
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        ours = own_frame(conn)
        theirs = competitor_frame(conn)
    engine.dispose()
    keys = dict(zip(theirs.competitor_product_id, theirs.key))
    signals = matching.candidate_signals(ours, theirs)
    found = [(sku, keys[pid]) for sku, pid in zip(signals.sku, signals.competitor_product_id)]
    return {"pairs": list(zip(signals.sku, signals.competitor_product_id)), "scores": signals.score.to_numpy(),
            "features": signals[list(matching.FEATURES)].to_numpy(), "found": set(found),
            "labels": np.array([pair in truth for pair in found])}


def signal_ceiling(candidates: dict, truth: set) -> None:
    """How far re-weighing the matcher's signals can go on this data: a model
    fitted to the labels of *all* candidate pairs (5-fold, each pair scored by
    a model that did not see it) against the hand-set score, both through the
    same plain one-to-one assignment. A diagnostic that reads the answers, not
    a result."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    pairs, labels = candidates["pairs"], candidates["labels"]

    def one_to_one(score: np.ndarray, cut: float) -> tuple[float, float, float]:
        taken_ours, taken_theirs, tp, n = set(), set(), 0, 0
        for k in np.argsort(-score, kind="stable"):
            if score[k] < cut:
                break
            i, j = pairs[k]
            if i in taken_ours or j in taken_theirs:
                continue
            taken_ours.add(i), taken_theirs.add(j)
            n, tp = n + 1, tp + int(labels[k])
        precision, recall = (tp / n if n else 0.0), tp / len(truth)
        return precision, recall, (2 * precision * recall / (precision + recall) if tp else 0.0)

    print(f"  ceiling of these signals ({len(pairs)} candidate pairs, {int(labels.sum())} true; plain one-to-one):")
    p, r, f = one_to_one(candidates["scores"], Matching().match_threshold)
    print(f"    hand-set score >= {Matching().match_threshold}: precision {p:.3f}, recall {r:.3f}, F1 {f:.3f}")
    for name, model in (("logistic regression", make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))),
                        ("gradient boosting", HistGradientBoostingClassifier(random_state=0))):
        probability = cross_val_predict(model, candidates["features"], labels, cv=5, method="predict_proba")[:, 1]
        best = max((one_to_one(probability, cut) + (cut,) for cut in (0.3, 0.4, 0.5, 0.6)), key=lambda t: t[2])
        print(f"    {name} fitted to all labels, best cut {best[3]}: precision {best[0]:.3f}, recall {best[1]:.3f}, "
              f"F1 {best[2]:.3f}")


def wdc(data: Path, file: str = "wdcproducts80cc20rnd000un_gs.json.gz") -> dict:
    path = data / "wdc-products" / file
    if not path.exists():
        print(f"WDC Products: {path} not found, skipped")
        return {}
    # Split on \n only: some titles hold U+2028.
    records = [json.loads(line) for line in gzip.open(path).read().split(b"\n") if line.strip()]
    frame = pd.DataFrame(records)

    def side(suffix: str) -> pd.DataFrame:
        return pd.DataFrame({
            "sku": frame[f"id_{suffix}"].astype(str), "competitor_product_id": frame[f"id_{suffix}"].astype(str),
            "name": frame[f"title_{suffix}"], "brand": frame[f"brand_{suffix}"], "gtin": None, "mpn": None,
            "price": pd.to_numeric(frame[f"price_{suffix}"], errors="coerce"), "currency": frame[f"priceCurrency_{suffix}"],
        })

    started = time.perf_counter()
    scored = matching.score_pairs(side("left"), side("right"))
    seconds = time.perf_counter() - started
    labels = frame.label.astype(int).to_numpy() == 1
    threshold = Matching().match_threshold
    print(f"WDC Products 80% corner cases, {file} ({len(frame)} pairs, {labels.sum()} matches), "
          f"titles, brand and price, scored in {seconds:.1f} s")
    review = Matching().review_threshold
    figures = {}
    # By score alone at each threshold, and as score_pairs calls a pair matched:
    # the threshold, or each other's best by wording within this batch.
    for name, label, predicted in (
            ("match threshold", f"score >= {threshold} (match threshold)", scored.score.to_numpy() >= threshold),
            ("review threshold", f"score >= {review} (review threshold)", scored.score.to_numpy() >= review),
            ("matched", "matched (the threshold, or each other's best in the batch)",
             scored.matched.to_numpy(dtype=bool))):
        tp = int((predicted & labels).sum())
        precision = tp / predicted.sum() if predicted.sum() else 0.0
        recall = tp / labels.sum()
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"  {label}: precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}")
        figures[name] = f1
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--decisions", type=int, default=100, help="simulated review answers (default 100)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="answer the decisions in this many parts, re-matching and exporting between (default 1)")
    parser.add_argument("--only", default=None, help="only this full-linkage set (folder name)")
    parser.add_argument("--skip-wdc", action="store_true")
    parser.add_argument("--ceiling", action="store_true",
                        help="also fit models to the labels of all candidate pairs: how far these signals can go")
    args = parser.parse_args()
    summary = {}
    for data in full_linkage_sets(args.data):
        if args.only and data.name != args.only:
            continue
        summary[data.name] = full_linkage(data, args.decisions, args.ceiling, max(1, args.rounds))
        print()
    if not args.skip_wdc and not args.only:
        summary["wdc-products (pair F1)"] = wdc(args.data)
        # The validation pairs: the batch calibration was developed on the test pairs, checked here once.
        summary["wdc-products validation (pair F1)"] = wdc(args.data, "wdcproducts80cc20rnd000un_valid_small.json.gz")
    print("Summary (F1):")
    for name, figures in summary.items():
        print(f"  {name}: " + ", ".join(f"{k} {v:.3f}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
