"""Matching accuracy on real benchmark data, through the real CLI.

    .venv/bin/python bench/matching_eval.py [--decisions 100] [--data ../shared/data/matching]

Walmart-Amazon (full linkage): Walmart's 2,554 products are imported as our
catalogue and Amazon's 22,074 as a competitor's offers with `storecheck
catalogue import` / `offers import`, then `storecheck match` and `storecheck
matches export`. Printed: precision, recall and F1 of the matched set against
matches.csv (which lacks some true pairs, so precision is a lower bound), the
recall of the candidate stage (on the frames the CLI matched), and F1 after a
simulated review: the first N proposals in the order `matches export` writes
them (highest `review_priority` first) are answered from the truth, written as
a decisions file, `storecheck matches import`-ed, and the workspace
re-matched (with the defaults, a model is then fitted to those answers if it
predicts them better than the hand-set score; the line says whether it was).

A Walmart product may be matched to several Amazon listings when those are
the same product listed again (see `match_products`); the line "matched as
another listing" counts those pairs.

WDC Products (pairs): each labelled test pair is scored with
`benchmark.matching.score_pairs` and counted a match at the default match
threshold; printed: pair-level precision, recall, F1.

Nothing is fitted to these data: the matcher runs with its defaults.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import tempfile
import time
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
COMPETITOR = "Amazon"


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


def exported(workspace: Path, out: Path) -> pd.DataFrame:
    run(["matches", "export", str(out)], workspace)
    return pd.read_csv(out, dtype=str, keep_default_na=False)


def accepted(frame: pd.DataFrame) -> set[tuple[str, str]]:
    rows = frame[frame.status.isin(["matched", "confirmed"])]
    return set(zip(rows.sku, rows.key))


def walmart_amazon(data: Path, decisions: int, show_ceiling: bool = False) -> None:
    folder = data / "walmart-amazon"
    truth_frame = pd.read_csv(folder / "matches.csv", dtype=str)
    truth = set(zip(truth_frame.walmart_id, truth_frame.amazon_id))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ws = tmp / "ws"
        CliRunner().invoke(cli, ["init", str(ws)], catch_exceptions=False)
        run(["catalogue", "import", str(folder / "walmart.csv"), "--sep", "|", "--skip-invalid",
             "--rejected", str(tmp / "walmart.rejected.csv"),
             "--map", "id=sku", "--map", "title=name", "--map", "modelno=mpn"], ws)
        run(["competitor", "add", COMPETITOR, "https://www.amazon.com"], ws)
        run(["offers", "import", str(folder / "amazon.csv"), "--competitor", COMPETITOR, "--sep", "|", "--skip-invalid",
             "--rejected", str(tmp / "amazon.rejected.csv"),
             "--map", "id=key", "--map", "title=name", "--map", "modelno=mpn"], ws)

        started = time.perf_counter()
        summary = run(["match"], ws)
        seconds = time.perf_counter() - started
        first = exported(ws, tmp / "matches.csv")
        p, r, f = scores(accepted(first), truth)
        print("Walmart-Amazon (Walmart = our catalogue, Amazon = competitor), storecheck match with default thresholds")
        print(summary.rstrip())
        print(f"  match took {seconds:.1f} s through the CLI")
        print(f"  matched set: {len(accepted(first))} pairs, precision {p:.3f}, recall {r:.3f}, F1 {f:.3f}")
        by_method = first[first.status == "matched"].groupby("method").size().to_dict()
        for method, n in sorted(by_method.items()):
            rows = first[(first.status == "matched") & (first.method == method)]
            tp = len(set(zip(rows.sku, rows.key)) & truth)
            print(f"    {method}: {n} matched, {tp / n:.3f} of them in matches.csv")
        proposed = first[first.status == "proposed"]
        print(f"  proposed for review: {len(proposed)} ({len(set(zip(proposed.sku, proposed.key)) & truth)} of them true)")
        candidates = labelled_candidates(ws, truth)
        print(f"  candidate stage recall: {candidate_recall(candidates, truth):.4f}")
        ceiling = len({w for w, _ in truth})
        print(f"  ({len(truth) - ceiling} of the {len(truth)} true pairs are a second or third Amazon listing of a "
              f"Walmart product: strict one-to-one would cap recall at {ceiling / len(truth):.3f})")
        duplicates = first[(first.status == "matched") & first.reason.str.startswith("the same product as their listing")]
        found_duplicates = set(zip(duplicates.sku, duplicates.key))
        print(f"  matched as another listing of a product already matched: {len(found_duplicates)} "
              f"({len(found_duplicates & truth)} of them in matches.csv)")

        if decisions:
            # The export's own order: the reviewer answers the top of the file.
            ranked = proposed.head(decisions)
            path = tmp / "decisions.csv"
            with path.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["sku", "competitor", "key", "status"])
                for row in ranked.itertuples():
                    writer.writerow([row.sku, row.competitor, row.key,
                                     "confirmed" if (row.sku, row.key) in truth else "rejected"])
            run(["matches", "import", str(path)], ws)
            run(["match"], ws)
            after = exported(ws, tmp / "matches-after.csv")
            confirmed = int((ranked.apply(lambda x: (x.sku, x.key) in truth, axis=1)).sum()) if len(ranked) else 0
            p, r, f = scores(accepted(after), truth)
            learnt = after.reason.str.startswith("learnt from").any()
            print(f"  learnt model in use after the review: {'yes' if learnt else 'no (it did not beat the hand-set score)'}")
            print(f"  after {len(ranked)} review decisions ({confirmed} confirmed, {len(ranked) - confirmed} rejected) "
                  f"and a re-match: {len(accepted(after))} pairs, precision {p:.3f}, recall {r:.3f}, F1 {f:.3f}")
        if show_ceiling:
            signal_ceiling(candidates, truth)


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


def candidate_recall(candidates: dict, truth: set) -> float:
    """The share of true pairs among the candidates."""
    return len(candidates["found"] & truth) / len(truth)


def signal_ceiling(candidates: dict, truth: set) -> None:
    """How far re-weighing the matcher's signals can go on this data: a model
    fitted to the labels of *all* candidate pairs (5-fold, each pair scored by
    a model that did not see it) against the hand-set score, both through the
    same plain one-to-one assignment. A diagnostic that reads the answers, not
    a result: what two off-the-shelf models make of these signals with every
    answer, where the review loop has 100."""
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

    print(f"  ceiling of these signals ({len(pairs)} candidate pairs, {int(labels.sum())} true; "
          "plain one-to-one, no duplicate listings):")
    p, r, f = one_to_one(candidates["scores"], Matching().match_threshold)
    print(f"    hand-set score >= {Matching().match_threshold}: precision {p:.3f}, recall {r:.3f}, F1 {f:.3f}")
    for name, model in (("logistic regression", make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))),
                        ("gradient boosting", HistGradientBoostingClassifier(random_state=0))):
        probability = cross_val_predict(model, candidates["features"], labels, cv=5, method="predict_proba")[:, 1]
        best = max((one_to_one(probability, cut) + (cut,) for cut in (0.3, 0.4, 0.5, 0.6)), key=lambda t: t[2])
        print(f"    {name} fitted to all labels, best cut {best[3]}: precision {best[0]:.3f}, recall {best[1]:.3f}, "
              f"F1 {best[2]:.3f}")


def wdc(data: Path) -> None:
    path = data / "wdc-products" / "wdcproducts80cc20rnd000un_gs.json.gz"
    if not path.exists():
        print(f"WDC Products: {path} not found, skipped")
        return
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
    print(f"WDC Products 80% corner cases, test pairs ({len(frame)} pairs, {labels.sum()} matches), "
          f"titles + brand + price, scored in {seconds:.1f} s")
    for name, cut in (("match threshold", threshold), ("review threshold", Matching().review_threshold)):
        predicted = scored.score.to_numpy() >= cut
        tp = int((predicted & labels).sum())
        precision = tp / predicted.sum() if predicted.sum() else 0.0
        recall = tp / labels.sum()
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"  score >= {cut} ({name}): precision {precision:.3f}, recall {recall:.3f}, F1 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--decisions", type=int, default=100, help="simulated review decisions (default 100)")
    parser.add_argument("--skip-wdc", action="store_true")
    parser.add_argument("--ceiling", action="store_true",
                        help="also fit models to the labels of all candidate pairs: how far these signals can go")
    args = parser.parse_args()
    walmart_amazon(args.data, args.decisions, args.ceiling)
    if not args.skip_wdc:
        wdc(args.data)


if __name__ == "__main__":
    main()
