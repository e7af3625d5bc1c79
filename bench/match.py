"""Matcher speed and memory on synthetic catalogues, and the candidate stage
against brute force.

    .venv/bin/python bench/match.py                 # 100,000 x 100,000, then the 10,000 x 10,000 sample
    .venv/bin/python bench/match.py --size 20000 --sample 5000
    .venv/bin/python bench/match.py --sample 0 --stages    # where the seconds go, stage by stage
    .venv/bin/python bench/match.py --sample 0 --stages --their-types german
    .venv/bin/python bench/match.py --sample 0 --memory-tree   # this process and its workers' memory together

Synthetic products: brand, series, a model code, a product type, a few
descriptive words, a capacity or size and a colour. The competitor's side
holds a perturbed copy of half of ours (words reordered, a word dropped,
marketing words added, the code re-hyphenated, a typo, the price moved) and
as many products of its own, many of them siblings of ours (same series,
another capacity or code). With `--their-types german` the competitor names
the product types in German ("Kopfhörer" for our "headphones"), which the
vocabulary stage learns from the pairs the codes prove and reads: the run
where that stage works, where on English it learns nothing. Prints time, peak memory (ru_maxrss of this
process, which includes numpy and scipy buffers) and, on a sample,
the candidate recall and time against brute-force `rapidfuzz.process.cdist`.
With `--memory-tree`, the full run also prints the largest sum of the
proportional set sizes of this process and its workers (`peak_memory.TreeMemory`):
what the machine holds for the match, where each process's own peak counts
the pages a forked worker shares with this one again in each of them.
With `--stages`, the full run also prints each stage of `match_products`:
its wall seconds, and its CPU seconds in this process and in the worker
processes it started. With both, where the memory goes: each process's PSS
and own pages at the peak, and the largest sum while each stage ran.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import resource
import string
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmark import matching  # noqa: E402
from benchmark._text import extract  # noqa: E402
from peak_memory import TreeMemory  # noqa: E402

TYPES = ["laptop", "monitor", "headphones", "speaker", "keyboard", "mouse", "router", "camera", "printer", "tablet",
         "phone", "charger", "cable", "drive", "card", "projector", "lamp", "case", "bag", "stand", "kettle", "toaster",
         "blender", "vacuum", "drill", "saw", "jacket", "shoe", "watch", "backpack"]
WORDS = ["wireless", "portable", "compact", "professional", "ultra", "slim", "premium", "classic", "digital", "smart",
         "ergonomic", "gaming", "outdoor", "travel", "heavy duty", "lightweight", "waterproof", "rechargeable", "usb",
         "bluetooth", "hd", "led", "stainless", "cordless", "foldable", "mini", "pro", "plus", "max", "series"]
COLOURS = ["black", "white", "red", "blue", "silver", "grey", "green", "pink"]
SIZES = ["16GB", "32GB", "64GB", "128GB", "256GB", "500ml", "1l", "2kg", "10 inch", "13.3 inch", "15.6 inch", "24 inch"]
MARKETING = ["new", "2024 model", "free shipping", "best seller", "genuine", "official", "with warranty", "deal"]
# `--their-types german`: the competitor names each product type in German, one word for one (so the
# perturbation draws as many words); a type written alike in both ("Router", "Tablet", "Toaster") stays.
GERMAN_TYPES = dict(zip(TYPES, [
    "Notebook", "Bildschirm", "Kopfhörer", "Lautsprecher", "Tastatur", "Maus", "Router", "Kamera", "Drucker", "Tablet",
    "Handy", "Ladegerät", "Kabel", "Laufwerk", "Speicherkarte", "Beamer", "Lampe", "Hülle", "Tasche", "Ständer",
    "Wasserkocher", "Toaster", "Standmixer", "Staubsauger", "Bohrmaschine", "Säge", "Jacke", "Schuh", "Armbanduhr",
    "Rucksack"]))


def _word(rng: random.Random, low: int = 4, high: int = 9) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, high)))


def _code(rng: random.Random) -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(1, 3)))
    return f"{letters}-{rng.randint(10, 9999)}{rng.choice(['', 'X', 'B', 'W'])}"


def _product(rng: random.Random, brands: list[str], series: list[str]) -> dict:
    return {
        "brand": rng.choice(brands), "series": rng.choice(series), "code": _code(rng), "type": rng.choice(TYPES),
        "words": rng.sample(WORDS, rng.randint(1, 3)), "size": rng.choice(SIZES), "colour": rng.choice(COLOURS),
        "price": round(rng.uniform(5, 900), 2),
    }


def _title(p: dict, types: dict[str, str] | None = None) -> str:
    kind = types.get(p["type"], p["type"]) if types else p["type"]
    return f"{p['brand'].title()} {p['series'].title()} {p['code']} {' '.join(p['words'])} {kind} {p['size']} {p['colour']}"


def _perturb(rng: random.Random, p: dict, types: dict[str, str] | None = None) -> tuple[str, float]:
    words = _title(p, types).split()
    head, tail = words[:3], words[3:]
    rng.shuffle(tail)
    if len(tail) > 3 and rng.random() < 0.5:
        tail.pop(rng.randrange(len(tail)))
    words = head + tail
    if rng.random() < 0.5:
        words[2] = words[2].replace("-", "" if rng.random() < 0.5 else " ")
    if rng.random() < 0.3:
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4 and w.isalpha():
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    if rng.random() < 0.5:
        words.append(rng.choice(MARKETING))
    if rng.random() < 0.3:
        words = [w.upper() if rng.random() < 0.5 else w.lower() for w in words]
    return " ".join(words), round(p["price"] * rng.uniform(0.8, 1.25), 2)


def catalogues(n_ours: int, n_theirs: int, seed: int = 7,
               their_types: dict[str, str] | None = None) -> tuple[pd.DataFrame, pd.DataFrame, set[tuple[str, str]]]:
    """Our catalogue, theirs and the true pairs (sku, key); `their_types`: the
    competitor's word for each product type (`GERMAN_TYPES`), else ours."""
    rng = random.Random(seed)
    brands = [_word(rng) for _ in range(max(50, n_ours // 200))]
    series = [_word(rng, 3, 7) for _ in range(max(100, n_ours // 50))]
    ours_products = [_product(rng, brands, series) for _ in range(n_ours)]
    ours = pd.DataFrame({
        "sku": [f"S{i}" for i in range(n_ours)], "name": [_title(p) for p in ours_products],
        "brand": [p["brand"] for p in ours_products], "category": None, "gtin": None, "mpn": None, "size": None,
        "price": [p["price"] for p in ours_products],
    })
    copies = min(n_ours // 2, n_theirs)
    rows, truth = [], set()
    for i, p in enumerate(rng.sample(range(n_ours), copies)):
        title, price = _perturb(rng, ours_products[p], their_types)
        rows.append((f"T{i}", title, ours_products[p]["brand"] if rng.random() < 0.7 else None, price))
        truth.add((f"S{p}", f"T{i}"))
    for i in range(copies, n_theirs):
        if rng.random() < 0.5:
            # A sibling of one of ours: same brand and series, another code and size.
            base = dict(rng.choice(ours_products))
            base.update(code=_code(rng), size=rng.choice(SIZES), price=round(rng.uniform(5, 900), 2))
        else:
            base = _product(rng, brands, series)
        title, price = _perturb(rng, base, their_types)
        rows.append((f"T{i}", title, base["brand"], price))
    theirs = pd.DataFrame(rows, columns=["competitor_product_id", "name", "brand", "price"])
    theirs = theirs.assign(category=None, gtin=None, mpn=None, sku=None, size=None, unit_price=None)
    return ours, theirs, truth


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# The stages of `match_products` that --stages times: (module, the name the
# matcher calls it by, what it does). A stage inside another is indented.
STAGES = [
    ("", "_prepare_and_block", "features, GTINs, code owners, candidates"),
    ("", "_features_of", "  extract (in workers when large)"),
    ("", "_drop_common_words", "  common words"),
    ("", "_gtins", "  GTINs (likewise)"),
    ("", "_code_owners", "  code owners (likewise)"),
    ("", "_shared_keys", "  pairs sharing a GTIN or code (likewise)"),
    ("_processes", "_Background.result", "  waiting for forked work (vectors, similarity)"),
    ("", "_candidates", "  candidates (blocking)"),
    ("candidates", "_vectors", "    TF-IDF vectors (here when small)"),
    ("candidates", "_similarity", "    similarity of the pairs"),
    ("", "_compare_competitor", "comparison of every pair (in workers when large)"),
    ("", "read_their_words", "their words read as ours (vocabulary)"),
    ("", "unsettled", "pairs no score settles"),
    ("", "_read_wording", "calibration (wording)"),
    ("", "named_in_two_languages", "pairs named in two languages"),
    ("", "named_models", "model names (proposed)"),
    ("", "_assignable", "pairs to assign"),
    ("", "assign_competitor", "assignment"),
    ("", "chosen_rows", "statuses and reasons"),
    ("", "second_round", "second round"),
    ("", "second_round_rows", "second round's rows"),
]


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def stage_owner(module_name: str, name: str) -> tuple[object, str]:
    """Where a stage of STAGES is looked up, and by what name: its module of
    `benchmark.matching`, or for "Class.method", the class."""
    import importlib

    owner: object = importlib.import_module("benchmark.matching" + (f".{module_name}" if module_name else ""))
    *within, name = name.split(".")
    for part in within:
        owner = getattr(owner, part)
    return owner, name


def _timing(stages: dict, tree: TreeMemory | None = None) -> list:
    """Wrap each of STAGES so that it adds its wall and CPU seconds (here, in
    workers) to `stages`, and names itself to `tree` while it runs (the
    innermost stage running); the originals, to put back."""
    undo = []
    for module_name, name, _ in STAGES:
        module, name = stage_owner(module_name, name)
        function = getattr(module, name)

        def timed(*args, _function=function, _name=name, **kwargs):
            wall, here, kids = time.perf_counter(), _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
            outer = tree.stage if tree is not None else ""
            if tree is not None:
                tree.stage = _name
            try:
                return _function(*args, **kwargs)
            finally:
                if tree is not None:
                    tree.stage_ends()
                    tree.stage = outer
                row = stages.setdefault(_name, [0.0, 0.0, 0.0])
                row[0] += time.perf_counter() - wall
                row[1] += _cpu(resource.RUSAGE_SELF) - here
                row[2] += _cpu(resource.RUSAGE_CHILDREN) - kids

        setattr(module, name, timed)
        undo.append((module, name, function))
    return undo


def full_run(n: int, stages: bool = False, their_types: dict[str, str] | None = None,
             memory_tree: bool = False) -> None:
    ours, theirs, truth = catalogues(n, n, their_types=their_types)
    before = peak_rss_mb()
    timed: dict = {}
    tree = TreeMemory() if memory_tree else contextlib.nullcontext()
    undo = _timing(timed, tree if memory_tree else None) if stages else []
    started = time.perf_counter()
    try:
        with tree:
            found = matching.match_products(ours, theirs)
    finally:
        for module, name, function in undo:
            setattr(module, name, function)
    seconds = time.perf_counter() - started
    pairs = set(zip(found[found.status == "matched"].sku, found[found.status == "matched"].competitor_product_id))
    tp = len(pairs & truth)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    print(f"{n:,} x {n:,}: {seconds:.1f} s wall, CPU {cpu.ru_utime + cpu.ru_stime:.0f} s here + "
          f"{children.ru_utime + children.ru_stime:.0f} s in worker processes (load average now "
          f"{__import__('os').getloadavg()[0]:.1f}); peak RSS {peak_rss_mb():.0f} MB (before matching {before:.0f} MB), "
          f"largest worker {children.ru_maxrss / 1024:.0f} MB (pages shared with this process counted again); "
          f"matched {len(pairs):,}, precision {tp / max(1, len(pairs)):.3f}, recall {tp / len(truth):.3f}")
    if memory_tree:
        print("  this process and its workers together, at most: " + (
            "not measured (no /proc here)" if tree.pss_mb is None else
            f"{tree.pss_mb:.0f} MB PSS over {tree.processes} processes (a page they share counted once); "
            f"their RSS summed {tree.rss_mb:.0f} MB (a shared page counted in each); sampled every "
            f"{tree.interval} s"))
        if tree.at_peak:
            here_mb, *workers = tree.at_peak
            print(f"  at that peak: this process {here_mb[0]:.0f} MB PSS ({here_mb[1]:.0f} MB its own pages)"
                  + "".join(f"; a worker {pss:.0f} MB ({own:.0f} MB its own)" for pss, own in workers))
    if stages:
        peaks = tree.by_stage if memory_tree else {}
        print(f"  {'stage':50s} {'wall s':>7s} {'CPU here':>9s} {'workers':>8s}"
              + (f" {'peak PSS MB (innermost stage)':>30s}" if memory_tree else ""))
        top = [0.0, 0.0, 0.0]
        for _, name, what in STAGES:
            short = name.split(".")[-1]
            wall, here, kids = timed.get(short, [0.0, 0.0, 0.0])
            peak = f" {peaks[short]:30.0f}" if short in peaks else ""
            print(f"  {what:50s} {wall:7.1f} {here:9.1f} {kids:8.1f}{peak}")
            if not what.startswith(" "):
                top = [t + v for t, v in zip(top, (wall, here, kids))]
        print(f"  {'the rest (frames, output rows, ...)':50s} {seconds - top[0]:7.1f}")


def sample_run(n: int, k: int) -> None:
    from rapidfuzz import fuzz, process

    ours, theirs, truth = catalogues(n, n, seed=11)
    ours_f = [extract(r.name, r.brand, r.mpn, r.price) for r in ours.itertuples()]
    theirs_f = [extract(r.name, r.brand, r.mpn, r.price) for r in theirs.itertuples()]
    started = time.perf_counter()
    pairs, _ = matching.candidate_pairs(ours_f, theirs_f, [None] * n, [None] * n, k=k)
    ours_seconds = time.perf_counter() - started
    skus, pids = ours.sku.tolist(), theirs.competitor_product_id.tolist()
    found = {(skus[i], pids[j]) for i, j in pairs}
    recall = len(found & truth) / len(truth)

    started = time.perf_counter()
    scores = process.cdist([f.text for f in theirs_f], [f.text for f in ours_f], scorer=fuzz.token_set_ratio,
                           workers=-1, dtype="uint8")
    brute_seconds = time.perf_counter() - started
    import numpy as np

    top = np.argpartition(-scores, k, axis=1)[:, :k]
    brute = {(skus[i], pids[j]) for j in range(n) for i in top[j]}
    brute_recall = len(brute & truth) / len(truth)
    del scores
    print(f"sample {n:,} x {n:,}, k={k}: candidate stage {ours_seconds:.1f} s, {len(pairs):,} pairs, recall {recall:.4f}; "
          f"brute-force cdist (token_set_ratio, 2 workers) {brute_seconds:.1f} s, top-{k} recall {brute_recall:.4f}; "
          f"speed-up x{brute_seconds / ours_seconds:.1f}, recall difference {100 * (recall - brute_recall):+.2f} points")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=10_000)
    parser.add_argument("--k", type=int, default=matching.CANDIDATES)
    parser.add_argument("--skip-full", action="store_true")
    parser.add_argument("--stages", action="store_true", help="time each stage of the full run")
    parser.add_argument("--memory-tree", action="store_true",
                        help="also sample the memory of this process and its workers together (PSS; costs the "
                             "run a little CPU, so keep timings from runs without it)")
    parser.add_argument("--their-types", choices=["english", "german"], default="english",
                        help="the competitor's words for the product types in the full run: ours, or German "
                             "(what the vocabulary stage learns and reads)")
    args = parser.parse_args()
    if not args.skip_full:
        full_run(args.size, args.stages, GERMAN_TYPES if args.their_types == "german" else None, args.memory_tree)
    if args.sample:
        sample_run(args.sample, args.k)


if __name__ == "__main__":
    main()
