"""Matching accuracy on real benchmark data, through the real CLI, beside a plain baseline.

    .venv/bin/python bench/matching_eval.py [--decisions 100] [--rounds 1] [--orders 1]
        [--data ../shared/data/matching] [--views all|sets|KIND,...] [--only NAME] [--skip-wdc] [--ceiling]
        [--true-first] [--where] [--no-learnt-model]

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
  the queue, then the next page after `storecheck match`), with the figure
  after each part;
- with `--orders K`, the same review again in K - 1 other answer orders,
  each from the workspace as the first match left it: the export's order
  with a quarter of the proposals passed over (a seeded draw per order, as
  a person skips pairs they cannot judge), and the F1's mean, spread and
  range over the K orders. Every run of the script gives the same figures
  (the matcher, the queue and the learnt model's folds are deterministic);
  what moves the figure after answers is which answers the learnt model and
  the wording boundary see, so a change to the review loop is judged by
  the mean over orders, beside the spread, not by one order;
- with `--true-first`, the same review again with the true proposals
  asked first (in each round): the most right pairs the answers can add
  themselves. It bounds nothing else: with the learnt model on, the
  export's queue does better (a model fitted to answers that are mostly
  "yes" reads the band of scores as mostly true);
- with `--where`, where the true pairs the matched set misses are (never a
  candidate, under the review threshold, proposed but not asked, lost to
  another listing of either side) and what its wrong pairs are, before the
  review and after it;
- with `--no-learnt-model`, the review with `learn_from_decisions = false`:
  what the answers bring without the model fitted to them.

Views of the same data in other shapes (`--views`), each a full linkage
run exactly as above, baseline included, to show how the defaults behave on
a catalogue shaped unlike the ones they were developed on:

- `catalogues`: WDC Products as two catalogues (`wdc-test-catalogues`,
  `wdc-valid-catalogues`): every distinct offer of the pair file once; per
  cluster (one cluster = one real product) the offer with the lowest id in
  our catalogue, the cluster's other offers in the competitor's, a cluster
  of one offer in ours only; true pairs: ours and theirs in one cluster.
  Titles, brand, description, and prices with their own currency column
  (the offers price in some thirty currencies, on both sides);
- `swapped`: each set with the roles of ours and the competitor's swapped
  (`amazon-google-swapped`: Google's products are ours; `walmart-amazon-swapped`:
  Amazon's 22k products are ours, Walmart's 2.5k the competitor's);
- `no-brands`, `no-prices`, `no-mpns`, `no-currencies`: each set and WDC
  catalogue view with that column left out of both files, where a file has
  it (a shop that gives no brands, no prices, no part numbers; prices in many
  currencies read as the shop's one currency);
- `overlap`: each set and WDC catalogue view with less in common. `-apart`:
  half of our products (a fixed half, by a checksum of the id), and only the
  competitor's listings that are no counterpart of them, so no true pair is
  left and every pair matched is wrong as far as the truth knows (printed as
  a count, not an F1); `-tenth`: all of ours, and only the counterparts of a
  tenth of them (a competitor that carries a little of our range). Only the
  WDC views' truth is complete (a cluster is every offer of one product):
  Amazon-Google's and Walmart-Amazon's lists of true pairs lack many
  listings of one product, so there "wrong" counts also pairs that are the
  same product (most of Amazon-Google's, read by hand), an upper bound.

By default every set and view runs (about 4 minutes of CPU, 750 MB peak);
`--views sets` runs only the folders as they are and the WDC pairs, and a
comma list picks kinds (`--views sets,swapped`). `--only NAME` runs one set
or view.

WDC Products (pairs): each labelled test pair is scored with
`benchmark.matching.score_pairs` and counted a match at the default match
and review thresholds, and as `score_pairs` calls it matched (the threshold,
or each other's best by wording within the batch of pairs); printed:
pair-level precision, recall, F1.

Nothing is fitted to these data: the matcher runs with its defaults. Which
sets its rules were developed against is said in bench/README.md; the views
are the same data, so none of their figures is held out either.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import shutil
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmark import matching  # noqa: E402
from benchmark.matching.calibration import calibration_signals  # noqa: E402
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
          "modelno": "mpn", "mpn": "mpn", "description": "description", "price": "price",
          "currency": "currency", "pricecurrency": "currency"}
# The views of each set in another shape (`--views`), besides the sets themselves ("sets").
VIEW_KINDS = ("catalogues", "swapped", "no-brands", "no-prices", "no-mpns", "no-currencies", "overlap")


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


def swapped(data: LinkageSet) -> LinkageSet:
    """The set with the competitor's file as our catalogue and ours as the competitor's."""
    return LinkageSet(f"{data.name}-swapped", data.theirs, data.ours, {(b, a) for a, b in data.truth})


def without(data: LinkageSet, field: str, kind: str, folder: Path) -> LinkageSet | None:
    """The set with the columns that map to `field` left out of both files (None if neither has one)."""
    name = f"{data.name}-{kind}"
    sides = []
    for path in (data.ours, data.theirs):
        frame, sep = read_side(path)
        kept = [c for c in frame.columns if FIELDS.get(c.casefold()) != field]
        sides.append((path, frame[kept], len(kept) < len(frame.columns)))
    if not any(dropped for _, _, dropped in sides):
        return None
    out = []
    for path, frame, _ in sides:
        target = folder / name / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        frame.to_csv(target, index=False)
        out.append(target)
    return LinkageSet(name, out[0], out[1], data.truth)


def _half(key: str) -> bool:
    """A fixed half of the keys, the same in every run (not Python's salted hash)."""
    return zlib.crc32(key.encode("utf-8")) % 2 == 0


def _tenth(key: str) -> bool:
    return zlib.crc32(key.encode("utf-8")) % 10 == 0


def overlap(data: LinkageSet, kind: str, folder: Path) -> LinkageSet:
    """The set with less in common: `apart` keeps half of our products and only
    the competitor's listings that are no counterpart of any of them (no true
    pair: every match is wrong, as far as the set's truth knows); `tenth` keeps
    every product of ours, and of the competitor's counterparts only those of
    a tenth of our products (a competitor with little of our range)."""
    ours, _ = read_side(data.ours)
    theirs, _ = read_side(data.theirs)
    our_ids = ours.iloc[:, 0]
    if kind == "apart":
        kept_ours = our_ids.map(_half)
        owners = {b for a, b in data.truth if _half(a)}
        kept_theirs = ~theirs.iloc[:, 0].isin(owners)
        truth: set = set()
    else:
        kept_ours = pd.Series(True, index=ours.index)
        counterparts = {b for _, b in data.truth}
        dropped = counterparts - {b for a, b in data.truth if _tenth(a)}
        kept_theirs = ~theirs.iloc[:, 0].isin(dropped)
        # A kept listing may also be the counterpart of a product of ours outside the tenth (many-to-one).
        truth = {(a, b) for a, b in data.truth if b not in dropped}
    name = f"{data.name}-{kind}"
    out = []
    for path, frame in ((data.ours, ours[kept_ours]), (data.theirs, theirs[kept_theirs])):
        target = folder / name / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        frame.to_csv(target, index=False)
        out.append(target)
    return LinkageSet(name, out[0], out[1], truth)


def wdc_records(path: Path) -> list[dict]:
    # Split on \n only: some titles hold U+2028.
    return [json.loads(line) for line in gzip.open(path).read().split(b"\n") if line.strip()]


def plain_amount(price: str | None) -> str | None:
    """A price the pair file writes in exponent notation ("4.495E1", the data
    set's own rendering of a number) as a shop writes it (44.95); anything
    else as it is, for the import to judge."""
    if price and re.fullmatch(r"\d+(\.\d+)?[eE][+-]?\d+", price.strip()):
        return f"{Decimal(price.strip()):f}"
    return price


def wdc_catalogues(path: Path, name: str, folder: Path) -> LinkageSet:
    """A WDC Products pair file as two catalogues: every distinct offer once;
    per cluster the lowest offer id ours, the cluster's other offers theirs
    (a cluster of one offer: ours only); truth: ours and theirs in one cluster."""
    offers: dict[int, dict] = {}
    for record in wdc_records(path):
        for side in ("left", "right"):
            offers[record[f"id_{side}"]] = {
                "id": str(record[f"id_{side}"]), "cluster": record[f"cluster_id_{side}"],
                "title": record[f"title_{side}"], "brand": record[f"brand_{side}"],
                "description": record[f"description_{side}"], "price": plain_amount(record[f"price_{side}"]),
                "currency": record[f"priceCurrency_{side}"]}
    frame = pd.DataFrame(offers.values()).sort_values(["cluster", "id"], key=lambda c: c.astype(np.int64))
    first = ~frame.cluster.duplicated()
    ours, theirs = frame[first], frame[~first]
    owner = dict(zip(ours.cluster, ours.id))
    truth = {(owner[c], i) for c, i in zip(theirs.cluster, theirs.id)}
    out = []
    for side, part in (("ours", ours), ("theirs", theirs)):
        target = folder / name / f"{path.name.split('.')[0]}.{side}.csv"
        target.parent.mkdir(parents=True, exist_ok=True)
        part.drop(columns="cluster").to_csv(target, index=False)
        out.append(target)
    return LinkageSet(name, out[0], out[1], truth)


WDC_FILES = {"test": "wdcproducts80cc20rnd000un_gs.json.gz", "valid": "wdcproducts80cc20rnd000un_valid_small.json.gz"}


def linkage_views(data: Path, kinds: set[str], folder: Path) -> list[LinkageSet]:
    """The full-linkage sets of `data` and, for each kind in `kinds`, its views (files written under `folder`)."""
    sets = full_linkage_sets(data)
    views = list(sets) if "sets" in kinds else []
    catalogues = [wdc_catalogues(data / "wdc-products" / file, f"wdc-{split}-catalogues", folder)
                  for split, file in WDC_FILES.items() if (data / "wdc-products" / file).exists()]
    if "catalogues" in kinds:
        views += catalogues
    if "swapped" in kinds:
        views += [swapped(s) for s in sets]
    # A column left out of the sets and of the WDC catalogues (the one with a currency column).
    for kind, field in (("no-brands", "brand"), ("no-prices", "price"), ("no-mpns", "mpn"),
                        ("no-currencies", "currency")):
        if kind in kinds:
            views += [v for v in (without(s, field, kind, folder) for s in sets + catalogues) if v]
    if "overlap" in kinds:
        views += [overlap(s, kind, folder) for kind in ("apart", "tenth") for s in sets + catalogues]
    return views


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
    if not truth:
        return f"{len(found)} pairs, none of them true (the view shares no product)"
    p, r, f = scores(found, truth)
    return f"{len(found)} pairs, precision {p:.3f}, recall {r:.3f}, F1 {f:.3f}"


def exported(workspace: Path, out: Path) -> pd.DataFrame:
    run(["matches", "export", str(out)], workspace)
    return pd.read_csv(out, dtype=str, keep_default_na=False)


def accepted(frame: pd.DataFrame) -> set[tuple[str, str]]:
    rows = frame[frame.status.isin(["matched", "confirmed"])]
    return set(zip(rows.sku, rows.key))


def imported(data: LinkageSet, folder: Path) -> Path:
    """A workspace in `folder` with the set's first file imported as our
    catalogue and the second as the competitor's offers, through the CLI
    (rows the import refuses go to ours.rejected.csv / theirs.rejected.csv
    in `folder`). Every bench script that matches a view imports it here,
    so that they all read the same frames."""
    ours, our_sep = read_side(data.ours)
    theirs, their_sep = read_side(data.theirs)
    ws = folder / "ws"
    CliRunner().invoke(cli, ["init", str(ws)], catch_exceptions=False)
    run(["catalogue", "import", str(data.ours), "--sep", our_sep, "--skip-invalid",
         "--rejected", str(folder / "ours.rejected.csv"), *mapping(ours, "sku")], ws)
    run(["competitor", "add", COMPETITOR, "https://competitor.example"], ws)
    run(["offers", "import", str(data.theirs), "--competitor", COMPETITOR, "--sep", their_sep, "--skip-invalid",
         "--rejected", str(folder / "theirs.rejected.csv"), *mapping(theirs, "key")], ws)
    return ws


def workspace_frames(ws: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Our products and the competitor's offers as `storecheck match` reads them from the workspace."""
    engine = db.open_database(Workspace(ws).database_url)
    with engine.connect() as conn:
        found = own_frame(conn), competitor_frame(conn)
    engine.dispose()
    return found


def full_linkage(data: LinkageSet, decisions: int, show_ceiling: bool = False, rounds: int = 1,
                 orders: int = 1, true_first: bool = False, where: bool = False, learn: bool = True) -> dict:
    truth = data.truth
    ours, _ = read_side(data.ours)
    theirs, _ = read_side(data.theirs)
    print(f"{data.name} ({data.ours.name} = our catalogue, {len(ours)} products; {data.theirs.name} = a competitor, "
          f"{len(theirs)} products; {len(truth)} true pairs)")
    base = baseline(ours, theirs)
    print(f"  baseline (TF-IDF char 3-5-grams, mutual best, cosine >= {BASELINE_COSINE}): {line(base, truth)}")
    figures = {"baseline": scores(base, truth)[2] if truth else f"baseline {len(base)} wrong pairs"}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ws = imported(data, tmp)

        for side in ("ours", "theirs"):
            if (tmp / f"{side}.rejected.csv").exists():
                rejected = pd.read_csv(tmp / f"{side}.rejected.csv", dtype=str, keep_default_na=False)
                print(f"  {len(rejected)} rows of {side} refused by the import, not matched; first reasons: "
                      + "; ".join(rejected.reasons.value_counts().index[:3]))
        started = time.perf_counter()
        summary = run(["match"], ws)
        seconds = time.perf_counter() - started
        first = exported(ws, tmp / "matches.csv")
        print("  " + summary.rstrip().replace("\n", "\n  "))
        print(f"  match took {seconds:.1f} s through the CLI")
        print(f"  storecheck, no review: {line(accepted(first), truth)}")
        p, r, f = scores(accepted(first), truth)
        figures["no review"] = (f"no review {f:.3f} (P {p:.3f}, R {r:.3f}, {len(accepted(first))} pairs)" if truth
                                else f"no review {len(accepted(first))} wrong pairs")
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
        if truth:
            print(f"  candidate stage recall: {len(candidates['found'] & truth) / len(truth):.4f}")
            ceiling = len({w for w, _ in truth})
            print(f"  ({len(truth) - ceiling} of the {len(truth)} true pairs are a second or later listing of one of "
                  f"our products: strict one-to-one would cap recall at {ceiling / len(truth):.3f})")
        duplicates = matched[matched.reason.str.startswith(("the same product as their listing",
                                                             "their listing's best match"))]
        found_duplicates = set(zip(duplicates.sku, duplicates.key))
        print(f"  matched as another listing of a product already matched: {len(found_duplicates)} "
              f"({len(found_duplicates & truth)} of them in matches.csv)")
        if where and truth:
            print_where("no review", truth, accepted(first), candidates, set(zip(proposed.sku, proposed.key)), set())

        if decisions:
            if not learn:
                without_learning(ws)
            # The review is simulated from the workspace as the first match left
            # it; with `orders`, again from a copy of it for each other order.
            before = tmp / "ws-before-review"
            shutil.copytree(ws, before)
            asked, after = simulated_review(ws, proposed, truth, decisions, rounds, tmp, verbose=rounds > 1)
            confirmed = sum(pair in truth for pair in asked)
            learnt = after.reason.str.contains("learnt from").any()
            print(f"  learnt model in use after the review: {'yes' if learnt else 'no'}")
            how = f" in {rounds} rounds, each followed by a re-match" if rounds > 1 else " and a re-match"
            print(f"  after {len(asked)} review answers ({confirmed} confirmed, {len(asked) - confirmed} rejected)"
                  f"{how}: {line(accepted(after), truth)}")
            label = f"after {len(asked)}" + (f" in {rounds} rounds" if rounds > 1 else "")
            figures[label] = scores(accepted(after), truth)[2] if truth else f"{label} {len(accepted(after))} wrong pairs"
            if where and truth:
                still = after[after.status == "proposed"]
                print_where(f"after {len(asked)} answers", truth, accepted(after), candidates,
                            set(zip(still.sku, still.key)), set(asked))
            if true_first and truth:
                # The same review with the true proposals asked first: the most
                # right pairs the answers add themselves (not a bound once the
                # learnt model reads them: see `truth_first`).
                ws_first = tmp / "ws-true-first"
                shutil.copytree(before, ws_first)
                asked_t, after_t = simulated_review(ws_first, proposed, truth, decisions, rounds, tmp,
                                                    verbose=rounds > 1, true_first=True)
                confirmed_t = sum(pair in truth for pair in asked_t)
                print(f"  true-first queue (the true proposals asked first), after {len(asked_t)} answers "
                      f"({confirmed_t} confirmed){how}: {line(accepted(after_t), truth)}")
                figures[f"{label}, true-first queue"] = scores(accepted(after_t), truth)[2]
                if where:
                    still = after_t[after_t.status == "proposed"]
                    print_where("after the true-first queue", truth, accepted(after_t), candidates,
                                set(zip(still.sku, still.key)), set(asked_t))
                shutil.rmtree(ws_first)
            if orders > 1:
                figures[f"{label}, {orders} orders"] = answer_orders(before, tmp, proposed, truth, decisions, rounds,
                                                                     orders, scores(accepted(after), truth)[2]
                                                                     if truth else len(accepted(after)))
        if show_ceiling and truth:
            signal_ceiling(candidates, truth)
    return figures


# In the other answer orders (`--orders`), the share of the queue's proposals the
# simulated person passes over, as one who skips the pairs they cannot judge.
SKIPPED = 0.25


def without_learning(ws: Path) -> None:
    """`--no-learnt-model`: the workspace's config with `learn_from_decisions
    = false`, so that answers count for their own pairs, the wording floor and
    the re-match only; read back through the config's own reader, so a
    config this edit misses stops the run instead of printing figures under
    a label they do not have."""
    config = ws / "storecheck.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"^\[matching\][^\n]*\n", lambda m: m.group(0) + "learn_from_decisions = false\n", text,
                             count=1, flags=re.M), encoding="utf-8")
    if Workspace(ws).config.matching.learn_from_decisions:
        raise SystemExit(f"--no-learnt-model: could not set learn_from_decisions = false in {config}")


def truth_first(proposed: pd.DataFrame, truth: set) -> pd.DataFrame:
    """The proposals with the true ones first, each part in the queue's order:
    the order one who knows the answers would ask in (`--true-first`).
    Without a re-match, a confirmed true proposal is the only answer that adds
    a right pair and a rejected one changes nothing in the matched set, so no
    queue's first N answers add more right pairs *themselves* than these. It
    is no bound on the F1 after a re-match: the learnt model fitted to
    answers that are mostly "yes" matches much of the band of scores they
    sit in, mostly wrongly (bench/history/matching.md, thirteenth session)."""
    true = np.array([(s, k) in truth for s, k in zip(proposed.sku, proposed.key)], dtype=bool)
    return pd.concat([proposed[true], proposed[~true]])


def simulated_review(ws: Path, proposed: pd.DataFrame, truth: set, decisions: int, rounds: int, tmp: Path,
                     skip_seed: int | None = None, verbose: bool = False,
                     true_first: bool = False) -> tuple[list, pd.DataFrame]:
    """The first `decisions` proposals in the export's order answered from the
    truth, `matches import`-ed and the workspace re-matched; with `rounds`, a
    part at a time, the workspace re-matched and exported again between parts
    (the loop a person runs by hand). With `skip_seed`, each proposal is
    passed over with probability SKIPPED (a seeded draw, the same in every
    run), the next one answered in its place. Returns the pairs answered and
    the last export. With `true_first`, each part asks the true proposals first
    (`truth_first`)."""
    skip = np.random.default_rng(skip_seed) if skip_seed is not None else None
    asked: list = []
    passed: set = set()
    current = proposed
    for part in range(rounds):
        if skip is not None:
            fresh = current[[(s, k) not in passed for s, k in zip(current.sku, current.key)]]
            passing = skip.random(len(fresh)) < SKIPPED
            passed |= set(zip(fresh.sku[passing], fresh.key[passing]))
            current = fresh[~passing]
        if true_first:
            current = truth_first(current, truth)
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
        if verbose:
            # Page by page: whether each page of answers moved the figure on, or back.
            print(f"    after round {part + 1} ({len(asked)} answers, "
                  f"{sum(pair in truth for pair in asked)} confirmed; learnt model "
                  f"{'in use' if after.reason.str.contains('learnt from').any() else 'not in use'}): "
                  f"{line(accepted(after), truth)}")
    return asked, after


def answer_orders(before: Path, tmp: Path, proposed: pd.DataFrame, truth: set, decisions: int, rounds: int,
                  orders: int, first: float) -> str:
    """The simulated review again in `orders` - 1 other orders (seeds 1, 2,
    ...: the export's order with some proposals passed over), each from a copy
    of the workspace as the first match left it; prints each and returns the
    mean, spread and range of the F1 (of the wrong pairs' count where the view
    shares nothing) over all orders, the export's own first."""
    figures = [first]
    for seed in range(1, orders):
        ws = tmp / f"ws-order-{seed}"
        shutil.copytree(before, ws)
        asked, after = simulated_review(ws, proposed, truth, decisions, rounds, tmp, skip_seed=seed)
        confirmed = sum(pair in truth for pair in asked)
        learnt = after.reason.str.contains("learnt from").any()
        figures.append(scores(accepted(after), truth)[2] if truth else len(accepted(after)))
        print(f"  order {seed} (a quarter of the proposals passed over, seed {seed}): {len(asked)} answers "
              f"({confirmed} confirmed; learnt model {'in use' if learnt else 'not in use'}): "
              f"{line(accepted(after), truth)}")
        shutil.rmtree(ws)
    values = np.array(figures, dtype=np.float64)
    what = "F1" if truth else "wrong pairs"
    text = (f"{what} over {orders} answer orders: mean {values.mean():.3f}, sd {values.std(ddof=1):.3f}, "
            f"range {values.min():.3f}-{values.max():.3f}")
    print(f"  {text}")
    return text


def labelled_candidates(ws: Path, truth: set) -> dict:
    """The candidate pairs of the frames the CLI matched, as the matcher sees
    them (`matching.candidate_signals`), each with its hand-set score, signals
    (FEATURES) and whether matches.csv holds it."""
    ours, theirs = workspace_frames(ws)
    keys = dict(zip(theirs.competitor_product_id, theirs.key))
    signals = matching.candidate_signals(ours, theirs)
    found = [(sku, keys[pid]) for sku, pid in zip(signals.sku, signals.competitor_product_id)]
    # The learnt model's own signals: these and the calibration's (each other's best, the margins).
    index = list(zip(pd.factorize(signals.sku)[0].tolist(), pd.factorize(signals.competitor_product_id)[0].tolist()))
    learnt = np.hstack([signals[list(matching.FEATURES)].to_numpy(dtype=np.float64),
                        calibration_signals(index, signals.score.to_numpy(dtype=np.float64))])
    return {"pairs": list(zip(signals.sku, signals.competitor_product_id)), "scores": signals.score.to_numpy(),
            "learnt_features": learnt, "frames": (ours, theirs),
            "scores_by_pair": dict(zip(found, signals.score.to_numpy())),
            "features": signals[list(matching.FEATURES)].to_numpy(), "found": set(found),
            "labels": np.array([pair in truth for pair in found])}


# Where a true pair is when the matcher has not accepted it, first that applies (`where_true_pairs`).
MISSED = ("never a candidate", "proposed, not asked", "lost: our product matched to another true listing",
          "lost: our product matched to a wrong listing", "lost: their listing matched to another product of ours",
          "under the review threshold (hand-set score)", "over it, neither proposed nor matched")
# What a wrong accepted pair is, as the truth knows it, first that applies (`where_wrong_pairs`).
WRONG = ("another listing of a product of ours whose true pair is accepted too",
         "both sides have true pairs elsewhere", "our product has true pairs elsewhere, their listing none",
         "their listing has a true pair elsewhere, our product none", "neither side is in any true pair")


def where_true_pairs(truth: set, found: set, candidate_scores: dict, proposed: set, asked: set,
                     review_threshold: float) -> dict[str, int]:
    """Where each true pair is: accepted (matched or confirmed), or the first
    of MISSED that holds for it. `candidate_scores` holds the hand-set score
    of every candidate pair, `proposed` the pairs the last export proposes,
    `asked` the pairs answered."""
    ours = {a for a, _ in found}
    right_ours = {a for a, _ in found & truth}
    theirs = {b for _, b in found}
    counts = dict.fromkeys(("accepted", *MISSED), 0)
    for pair in truth:
        a, b = pair
        if pair in found:
            where = "accepted"
        elif pair not in candidate_scores:
            where = MISSED[0]
        elif pair in proposed and pair not in asked:
            where = MISSED[1]
        elif a in right_ours:
            where = MISSED[2]
        elif a in ours:
            where = MISSED[3]
        elif b in theirs:
            where = MISSED[4]
        elif candidate_scores[pair] < review_threshold:
            where = MISSED[5]
        else:
            where = MISSED[6]
        counts[where] += 1
    return counts


def where_wrong_pairs(truth: set, found: set) -> dict[str, int]:
    """Each accepted pair the truth does not hold, by the first of WRONG that
    holds for it (the first kind is mostly the same product listed twice by
    the competitor, where the truth links one listing: read by hand in
    earlier sessions)."""
    true_ours = {a for a, _ in truth}
    true_theirs = {b for _, b in truth}
    right_ours = {a for a, _ in found & truth}
    counts = dict.fromkeys(WRONG, 0)
    for a, b in found - truth:
        if a in right_ours:
            counts[WRONG[0]] += 1
        elif a in true_ours and b in true_theirs:
            counts[WRONG[1]] += 1
        elif a in true_ours:
            counts[WRONG[2]] += 1
        elif b in true_theirs:
            counts[WRONG[3]] += 1
        else:
            counts[WRONG[4]] += 1
    return counts


def print_where(label: str, truth: set, found: set, candidates: dict, proposed: set, asked: set) -> None:
    """`--where`: the true pairs the matched set misses, and its wrong pairs, by kind."""
    missed = where_true_pairs(truth, found, candidates["scores_by_pair"], proposed, asked, Matching().review_threshold)
    wrong = where_wrong_pairs(truth, found)
    print(f"  where the {len(truth)} true pairs are, {label}: "
          + "; ".join(f"{name} {n}" for name, n in missed.items()))
    print(f"  the {sum(wrong.values())} wrong pairs accepted, {label}: "
          + "; ".join(f"{name} {n}" for name, n in wrong.items()))


def signal_ceiling(candidates: dict, truth: set) -> None:
    """How far re-weighing the matcher's signals can go on this data: a model
    fitted to the labels of *all* candidate pairs (5-fold, each pair scored by
    a model that did not see it) against the hand-set score, both through the
    same plain one-to-one assignment. A diagnostic that reads the answers, not
    a result, and no upper bound on the matcher: its own stages (the wording
    calibration, listings of one product, the second round) can do better
    than these plain assignments."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    pairs, labels = candidates["pairs"], candidates["labels"]

    def one_to_one(score: np.ndarray, cut: float, listings_only: bool = False) -> tuple[float, float, float]:
        # With `listings_only`, a product of ours may take several listings
        # (the matcher's many-to-one), each listing one product of ours.
        taken_ours, taken_theirs, tp, n = set(), set(), 0, 0
        for k in np.argsort(-score, kind="stable"):
            if score[k] < cut:
                break
            i, j = pairs[k]
            if (i in taken_ours and not listings_only) or j in taken_theirs:
                continue
            taken_ours.add(i), taken_theirs.add(j)
            n, tp = n + 1, tp + int(labels[k])
        precision, recall = (tp / n if n else 0.0), tp / len(truth)
        return precision, recall, (2 * precision * recall / (precision + recall) if tp else 0.0)

    print(f"  ceiling of these signals ({len(pairs)} candidate pairs, {int(labels.sum())} true):")
    signal_sets = [("features", "the comparison's signals"),
                   ("learnt_features", "and the calibration's, as the learnt model reads them")]
    cosine = title_cosines(candidates)
    if cosine is None:
        print("    the titles' sentence embeddings: not installed (bench/title_embeddings.py says how), "
              "their rows left out")
    else:
        candidates = {**candidates, "embedding_cosine": cosine,
                      "features_embedding": np.column_stack([candidates["features"], cosine]),
                      "learnt_features_embedding": np.column_stack([candidates["learnt_features"], cosine])}
        signal_sets += [("features_embedding", "the comparison's signals and the titles' embedding cosine"),
                        ("learnt_features_embedding", "the learnt model's signals and the titles' embedding cosine")]
    for listings_only, how in ((False, "plain one-to-one"), (True, "each listing to one product of ours")):
        p, r, f = one_to_one(candidates["scores"], Matching().match_threshold, listings_only)
        print(f"    {how}, hand-set score >= {Matching().match_threshold}: precision {p:.3f}, recall {r:.3f}, "
              f"F1 {f:.3f}")
        best = max((one_to_one(candidates["scores"], cut, listings_only) + (cut,)
                    for cut in np.arange(0.3, 0.95, 0.05).round(2)), key=lambda t: t[2])
        print(f"    {how}, hand-set score at its best cut for this truth, {best[3]}: precision {best[0]:.3f}, "
              f"recall {best[1]:.3f}, F1 {best[2]:.3f}")
        if cosine is not None:
            best = max((one_to_one(cosine, cut, listings_only) + (cut,)
                        for cut in np.arange(0.3, 0.96, 0.05).round(2)), key=lambda t: t[2])
            print(f"    {how}, the titles' embedding cosine alone at its best cut for this truth, {best[3]}: "
                  f"precision {best[0]:.3f}, recall {best[1]:.3f}, F1 {best[2]:.3f}")
        for name, model in (("logistic regression", make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))),
                            ("gradient boosting", HistGradientBoostingClassifier(random_state=0))):
            for signals, which in signal_sets:
                probability = cross_val_predict(model, candidates[signals], labels, cv=5, method="predict_proba")[:, 1]
                best = max((one_to_one(probability, cut, listings_only) + (cut,)
                            for cut in (0.01, 0.02, 0.03, *np.arange(0.05, 0.65, 0.05).round(2))),
                           key=lambda t: t[2])
                print(f"    {how}, {name} fitted to all labels ({which}), best cut {best[3]}: "
                      f"precision {best[0]:.3f}, recall {best[1]:.3f}, F1 {best[2]:.3f}")


def cached_embeddings(texts: list[str]) -> np.ndarray:
    """`embeddings.embed`, each text's vector kept in the folder EMBEDDING_CACHE
    names (if set), so bench runs over the same titles embed them once (on
    two shared cores the model reads about a hundred titles a CPU second)."""
    import os
    import pickle

    import title_embeddings as embeddings

    folder = os.environ.get("EMBEDDING_CACHE")
    if not folder or not texts:
        return embeddings.embed(texts)
    path = Path(folder) / f"{embeddings.MODEL_NAME}.pickle"
    known = pickle.loads(path.read_bytes()) if path.exists() else {}
    missing = sorted({t for t in texts if t not in known})
    if missing:
        found = dict(zip(missing, embeddings.embed(missing)))
        # Another run may have added texts meanwhile: merged, written whole, then renamed over.
        known = {**(pickle.loads(path.read_bytes()) if path.exists() else {}), **found}
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}")
        partial.write_bytes(pickle.dumps(known))
        partial.replace(path)
    return np.array([known[t] for t in texts], dtype=np.float32).reshape(len(texts), -1)


def title_cosines(candidates: dict) -> np.ndarray | None:
    """The cosine of the two titles' sentence embeddings for each candidate
    pair (`bench/title_embeddings.py`), or None when the model is not installed
    (that module's docstring says how)."""
    import title_embeddings as embeddings

    if not embeddings.available():
        return None
    ours, theirs = candidates["frames"]
    started = time.perf_counter()
    mine = cached_embeddings(ours.name.fillna("").astype(str).tolist())
    other = cached_embeddings(theirs.name.fillna("").astype(str).tolist())
    print(f"    (the titles of {len(ours)} + {len(theirs)} products embedded in {time.perf_counter() - started:.1f} s)")
    row = {sku: k for k, sku in enumerate(ours.sku)}
    col = {pid: k for k, pid in enumerate(theirs.competitor_product_id)}
    i = np.array([row[a] for a, _ in candidates["pairs"]], dtype=np.int64)
    j = np.array([col[b] for _, b in candidates["pairs"]], dtype=np.int64)
    return np.einsum("ij,ij->i", mine[i], other[j]).astype(np.float64)


def wdc(data: Path, file: str = WDC_FILES["test"]) -> dict:
    path = data / "wdc-products" / file
    if not path.exists():
        print(f"WDC Products: {path} not found, skipped")
        return {}
    frame = pd.DataFrame(wdc_records(path))

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
    parser.add_argument("--orders", type=int, default=1,
                        help="simulate the review in this many answer orders: the export's, then orders that pass "
                             "over a quarter of the proposals (seeded); prints the F1's mean and spread (default 1)")
    parser.add_argument("--only", default=None, help="only this full-linkage set or view (its name as printed)")
    parser.add_argument("--views", default="all",
                        help="'all' (the default), 'sets' (the folders as they are, and the WDC pairs), or a comma "
                             f"list of 'sets' and view kinds: {', '.join(VIEW_KINDS)}")
    parser.add_argument("--skip-wdc", action="store_true", help="leave out the WDC pairs")
    parser.add_argument("--ceiling", action="store_true",
                        help="also fit models to the labels of all candidate pairs, in a plain assignment: how well "
                             "these signals separate true from false (the matcher's own stages can do better)")
    parser.add_argument("--true-first", action="store_true",
                        help="also run the review with the true proposals asked first: the most right pairs the "
                             "answers add themselves (no bound once the learnt model reads them)")
    parser.add_argument("--where", action="store_true",
                        help="also print where the true pairs the matched set misses are, and its wrong pairs, by kind")
    parser.add_argument("--no-learnt-model", action="store_true",
                        help="review with the learnt model off ([matching] learn_from_decisions = false)")
    args = parser.parse_args()
    kinds = {"sets", *VIEW_KINDS} if args.views == "all" else set(args.views.split(","))
    if unknown := kinds - {"sets", *VIEW_KINDS}:
        parser.error(f"--views: unknown {', '.join(sorted(unknown))}; choose from sets, all, {', '.join(VIEW_KINDS)}")
    summary = {}
    with tempfile.TemporaryDirectory() as folder:
        # With --only, every kind is built so that any view can be named.
        for data in linkage_views(args.data, {"sets", *VIEW_KINDS} if args.only else kinds, Path(folder)):
            if args.only and data.name != args.only:
                continue
            summary[data.name] = full_linkage(data, args.decisions, args.ceiling, max(1, args.rounds),
                                              max(1, args.orders), args.true_first, args.where,
                                              not args.no_learnt_model)
            print()
    if not args.skip_wdc and not args.only and "sets" in kinds:
        summary["wdc-products (pair F1)"] = wdc(args.data)
        # The validation pairs: the batch calibration was developed on the test pairs, checked here once.
        summary["wdc-products validation (pair F1)"] = wdc(args.data, WDC_FILES["valid"])
    if args.only and not summary:
        parser.error(f"--only: no set or view named {args.only!r}")
    print("Summary (F1):")
    for name, figures in summary.items():
        # The no-review figure carries its precision, recall and pairs: text, the others F1 alone.
        print(f"  {name}: " + ", ".join(v if isinstance(v, str) else f"{k} {v:.3f}" for k, v in figures.items()))



if __name__ == "__main__":
    main()
