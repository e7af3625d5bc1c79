"""Whether two checkouts' matchers give the same frames: `match_products` on
the same inputs, every row and column compared (`DataFrame.equals`), for
speed work, which must change no answer. Stronger than the figures of
`matching_eval.py`, which round.

    .venv/bin/python bench/match_same.py --before ../start-checkout [--before-python PYTHON] [--size 20000]
    .venv/bin/python bench/match_same.py --before ../start-checkout --frames before.pickle   # kept for the next run
    .venv/bin/python bench/match_same.py --before ../start-checkout --german   # and the German competitor

Inputs: the synthetic catalogues of `bench/match.py` (`--size` x `--size`),
Walmart-Amazon, Amazon-Google, and Amazon-Google with 120 decisions from its
truth (60 confirmed, 60 rejected: the learnt model's path); with `--german`,
also the synthetic catalogues with the competitor's product types in German
(`match.py --their-types german`), the one input where the vocabulary stage
learns words and compares pairs again (the others learn nothing). Each is matched
in worker processes at the default sizes, again with the worker thresholds
lowered to 100 rows and 1,000 pairs (so the small sets run in workers too),
and in one process. The other checkout is run with its own code (and its
own Python, when given) in a subprocess of this script; the sets missing
from the data folder are left out, and said so. With `--frames FILE`, the
other checkout's frames are kept in FILE with what made them (its commit,
`--size`, `--data`, its Python, the hash seed) and read from it on the next
run made alike, else made again (the other checkout does not change
between the runs of one piece of work: half the time of each check).
"""

from __future__ import annotations

import argparse
import os
import pickle
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
# Both checkouts run under one string hash seed: a reason may name one of two
# codes that tie in the order a set gives them ("same model code 70296" /
# "70292" on one Amazon-Google row), which the seed decides, so two runs of
# one checkout under two seeds differ there.
HASH_SEED = "0"
DATA = HERE.parents[2] / "shared" / "data" / "matching"


def _inputs(size: int, data: Path, german: bool = False) -> dict:
    import pandas as pd

    sys.path.insert(0, str(HERE.parent))
    import match

    ours, theirs, _ = match.catalogues(size, size)
    runs = {f"synthetic {size:,}": (ours, theirs, {})}
    if german:
        ours, theirs, _ = match.catalogues(size, size, their_types=match.GERMAN_TYPES)
        runs[f"synthetic {size:,}, German types"] = (ours, theirs, {})
    wa = data / "walmart-amazon"
    if (wa / "walmart.csv").exists():
        def frame(f: pd.DataFrame, key: str) -> pd.DataFrame:
            return pd.DataFrame({key: f.id, "name": f.title, "brand": f.brand, "mpn": f.modelno,
                                 "price": pd.to_numeric(f.price, errors="coerce")})
        runs["walmart-amazon"] = (frame(pd.read_csv(wa / "walmart.csv", sep="|", dtype=str), "sku"),
                                  frame(pd.read_csv(wa / "amazon.csv", sep="|", dtype=str), "competitor_product_id"),
                                  {})
    else:
        print(f"walmart-amazon left out: no {wa}")
    ag = data / "amazon-google"
    if (ag / "Amazon.csv").exists():
        left = pd.read_csv(ag / "Amazon.csv", dtype=str, encoding="latin-1")
        right = pd.read_csv(ag / "GoogleProducts.csv", dtype=str, encoding="latin-1")
        ours = pd.DataFrame({"sku": left.id, "name": left.title, "description": left.description,
                             "brand": left.manufacturer, "price": pd.to_numeric(left.price, errors="coerce")})
        theirs = pd.DataFrame({"competitor_product_id": right.id, "name": right.name,
                               "description": right.description, "brand": right.manufacturer,
                               "price": pd.to_numeric(right.price, errors="coerce")})
        truth = pd.read_csv(ag / "matches.csv")
        yes = truth.sample(60, random_state=1)
        decided = [(a, b, "confirmed") for a, b in zip(yes.idAmazon, yes.idGoogleBase)]
        true_pairs = set(zip(truth.idAmazon, truth.idGoogleBase))
        rng = random.Random(3)
        skus, pids = ours.sku.tolist(), theirs.competitor_product_id.tolist()
        while len(decided) < 120:
            pair = (rng.choice(skus), rng.choice(pids))
            if pair not in true_pairs:
                decided.append((*pair, "rejected"))
        decisions = pd.DataFrame(decided, columns=["sku", "competitor_product_id", "status"])
        runs["amazon-google"] = (ours, theirs, {})
        runs["amazon-google, 120 decisions"] = (ours, theirs, {"decisions": decisions})
    else:
        print(f"amazon-google left out: no {ag}")
    return runs


def _thresholds(rows: int, pairs: int) -> None:
    """Set the worker thresholds wherever the matcher's modules read them."""
    from benchmark import matching
    from benchmark.matching import _processes, candidates, features, scoring, statuses

    for module in (matching, _processes, candidates, features, scoring, statuses):
        for name, value in (("PARALLEL_MIN_ROWS", rows), ("PARALLEL_MIN_PAIRS", pairs)):
            if hasattr(module, name):
                setattr(module, name, value)


def dump(path: Path, size: int, data: Path, german: bool = False) -> None:
    """This checkout's frames (the `benchmark` first on sys.path), pickled to `path`."""
    from benchmark import matching
    from benchmark.matching import _processes

    print(f"  the matcher of {Path(matching.__file__).resolve().parents[2]}")
    defaults = _processes.PARALLEL_MIN_ROWS, _processes.PARALLEL_MIN_PAIRS
    found = {}
    for mode, workers, thresholds in (("workers", 0, defaults), ("workers, lowered", 0, (100, 1000)),
                                      ("one process", 1, defaults)):
        _thresholds(*thresholds)
        for name, (ours, theirs, options) in _inputs(size, data, german).items():
            started = time.perf_counter()
            found[(mode, name)] = matching.match_products(ours, theirs, workers=workers, **options)
            print(f"  {mode}, {name}: {len(found[(mode, name)]):,} rows, {time.perf_counter() - started:.1f} s",
                  flush=True)
        _thresholds(*defaults)
    path.write_bytes(pickle.dumps(found))


def _commit(code: Path) -> str:
    """The checkout's commit, with "+changes" when its files differ from it (kept frames are of a commit)."""
    head = subprocess.run(["git", "-C", str(code), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(code), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return head + ("+changes" if dirty else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, help="the other checkout (its benchmark package is imported)")
    parser.add_argument("--before-python", default=sys.executable, help="the Python of the other checkout")
    parser.add_argument("--size", type=int, default=20_000, help="synthetic catalogues, SIZE x SIZE")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--german", action="store_true",
                        help="also the synthetic catalogues with the competitor's product types in German")
    parser.add_argument("--frames", type=Path, help="the other checkout's frames: read when the file exists, else kept there")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # used by the subprocess
    parser.add_argument("--code", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str((args.code or HERE.parents[1]).resolve()))
    if args.dump:
        dump(args.dump, args.size, args.data, args.german)
        return
    if not args.before:
        parser.error("--before CHECKOUT is needed")
    with tempfile.TemporaryDirectory() as folder:
        frames = {}
        for label, code, python in (("before", args.before, args.before_python), ("after", HERE.parents[1], sys.executable)):
            print(f"{label}: {code}")
            out = Path(folder) / f"{label}.pickle"
            run = {"size": args.size, "data": str(args.data.resolve()), "seed": HASH_SEED, "commit": _commit(code),
                   "python": python, "german": args.german}
            kept = pickle.loads(args.frames.read_bytes()) if label == "before" and args.frames and args.frames.exists() else None
            if kept is not None and kept.get("run") == run:
                print(f"  its frames as kept in {args.frames}")
                frames[label] = kept["frames"]
                continue
            if kept is not None:
                print(f"  the frames kept in {args.frames} are of another run ({kept.get('run')}): made again")
            subprocess.run([python, str(HERE), "--dump", str(out), "--code", str(code), "--size", str(args.size),
                            "--data", str(args.data), *(["--german"] if args.german else [])], check=True, env={**os.environ, "PYTHONHASHSEED": HASH_SEED})
            frames[label] = pickle.loads(out.read_bytes())
            if label == "before" and args.frames:
                args.frames.write_bytes(pickle.dumps({"run": run, "frames": frames[label]}))
    before, after = frames["before"], frames["after"]
    same = True
    for key in before:
        equal = key in after and before[key].equals(after[key]) and list(before[key].columns) == list(after[key].columns)
        same &= equal
        print(f"{key[0]:18s} {key[1]:30s} {'same' if equal else 'DIFFERENT'} ({len(before[key]):,} rows)")
    print("every frame the same" if same else "FRAMES DIFFER")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
