"""The crawl's rename check with a large catalogue of ours: what storing a crawl's batches costs when
their listings are renamed under pairs a person confirmed, with our catalogue's words read once per
crawl (`renamed_pairs.OurProductWords`, kept by the store pipeline) beside the start's way (read
again for every batch), in the same run.

    .venv/bin/python bench/crawl_rename_check.py [--products 100000] [--batches 20] [--batch 100] [--rounds 2]

Our catalogue is `bench/match.py`'s synthetic one (`--products` products); the competitor lists
`--batches` x `--batch` of that bench's copies of them, each pair of the truth confirmed by a
person. A crawl then reads the same listings again in `--batches` batches of `--batch`, stored by
the store pipeline's own `_store` (`crawlers.pipelines.StorePipeline`: the offers written, the
renames checked, in one transaction a batch). In each batch two listings are renamed, each in its
own way: a word added to one (a different word each batch), a word replaced in the other (its
colour): each asks our catalogue whether its words tell two of our products apart.

Each way runs in a process of its own, on its own copy of the same database, so that its peak
resident memory (`ru_maxrss`, the imports and the database's pages included) is its own; the ways
are alternated `--rounds` times. Printed per run: the store's wall and CPU seconds over the crawl's
batches (and the first batch's and the median of the others), the process's peak, and whether the
decisions (each confirmed pair's status and reason afterwards) are the start's. No timing
assertion anywhere: figures for bench/history/match-speed.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import select  # noqa: E402

from storecheck import db  # noqa: E402

# Words added to one listing's title, one per batch: words of the synthetic titles (a type, a
# feature) and words they never hold.
ADDED = ["decaf", "mini", "pro", "zero", "wireless", "black", "kids", "refill", "bundle", "outdoor", "lite",
         "travel", "gaming", "xl", "organic", "smart", "classic", "slim", "max", "plus"]
COLOURS = ["black", "white", "red", "blue", "silver", "grey", "green", "pink"]


def build(path: Path, products: int, listings: int) -> None:
    """The database: our catalogue, one competitor's listings (a crawl already stored) and a
    confirmed pair for each listing of the truth."""
    import match as match_bench

    ours, theirs, truth = match_bench.catalogues(products, products)
    engine = db.open_database(f"sqlite:///{path}")
    now = datetime.now(UTC)
    listed = theirs.head(listings)
    with engine.begin() as conn:
        conn.execute(db.own_products.insert(), [
            {"sku": r.sku, "name": r.name, "brand": r.brand, "price": r.price, "currency": "EUR", "created_at": now,
             "updated_at": now} for r in ours.itertuples()])
        competitor = conn.execute(db.competitors.insert().values(name="Rival", url="https://rival.example/",
                                                                 platform="html", created_at=now)).inserted_primary_key[0]
        db.store_offers(conn, competitor, _offers(listed, {}), source="crawl")
        ids = dict(conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        keys = set(listed.competitor_product_id)
        conn.execute(db.matches.insert(), [
            {"sku": sku, "competitor_product_id": ids[key], "method": "manual", "score": 1.0, "status": "confirmed",
             "equivalent": False, "decided_by": "bench", "decided_at": now, "updated_at": now}
            for sku, key in sorted(truth) if key in keys])
    engine.dispose()


def _offers(listed, names: dict[str, str]) -> list:
    from storecheck.models import Offer

    return [Offer(key=r.competitor_product_id, name=names.get(r.competitor_product_id, r.name), brand=r.brand,
                  price=str(r.price), currency="EUR") for r in listed.itertuples()]


def _renamed(listed, batch: int, size: int, confirmed: list[str]) -> dict[str, str]:
    """This batch's two renamed titles: a word added to one listing, the colour replaced in another,
    both listings with a confirmed pair."""
    mine = [key for key in listed.competitor_product_id.iloc[batch * size:(batch + 1) * size] if key in confirmed]
    names = dict(zip(listed.competitor_product_id, listed.name))
    out = {}
    if mine:
        out[mine[0]] = f"{names[mine[0]]} {ADDED[batch % len(ADDED)]}"
    for key in mine[1:]:
        words = names[key].split()
        colours = [n for n, w in enumerate(words) if w.lower() in COLOURS]
        if colours:
            n = colours[0]
            words[n] = COLOURS[(COLOURS.index(words[n].lower()) + 1 + batch) % len(COLOURS)]
            out[key] = " ".join(words)
            break
    return out


def crawl(path: Path, way: str, products: int, batches: int, size: int) -> dict:
    """A crawl of the competitor's listings in `batches` batches through `StorePipeline._store`;
    `way` "start" empties the pipeline's catalogue words before each batch (the start's way: read
    for every batch), "crawl" keeps them (read once per crawl)."""
    import match as match_bench

    from crawlers.pipelines import StorePipeline

    _, theirs, _ = match_bench.catalogues(products, products)
    listed = theirs.head(batches * size)
    engine = db.open_database(f"sqlite:///{path}")
    with engine.begin() as conn:
        competitor = conn.execute(select(db.competitors.c.id)).scalar_one()
        run = db.start_crawl_run(conn, competitor)
        confirmed = set(conn.execute(select(db.competitor_products.c.key).join(
            db.matches, db.matches.c.competitor_product_id == db.competitor_products.c.id)).scalars())
    # What `_store` reads of its pipeline: the spider's engine and competitor, the run, its counts.
    pipeline = SimpleNamespace(spider=SimpleNamespace(engine=engine, competitor_id=competitor), run_id=run,
                               items_before=0, items=0, our_words=None, _pages=lambda: 0)
    walls, cpus = [], []
    for batch in range(batches):
        offers = _offers(listed.iloc[batch * size:(batch + 1) * size],
                         _renamed(listed, batch, size, sorted(confirmed)))
        if way == "start":
            pipeline.our_words = None
        wall, cpu = time.perf_counter(), time.process_time()
        StorePipeline._store(pipeline, offers)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        pipeline.items += len(offers)
    m, cp = db.matches, db.competitor_products
    with engine.connect() as conn:
        decisions = sorted(tuple(r) for r in conn.execute(
            select(m.c.sku, cp.c.key, m.c.status, m.c.reason).join(cp, cp.c.id == m.c.competitor_product_id)))
    engine.dispose()
    return {"walls": walls, "cpus": cpus, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "reopened": sum(1 for d in decisions if d[2] == "proposed"), "decisions": decisions}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=100_000, help="products in our catalogue")
    parser.add_argument("--batches", type=int, default=20, help="batches of the crawl")
    parser.add_argument("--batch", type=int, default=100, help="listings per batch")
    parser.add_argument("--rounds", type=int, default=2, help="times each way runs, alternated")
    parser.add_argument("--way", choices=["start", "crawl"], help=argparse.SUPPRESS)
    parser.add_argument("--database", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.way:  # one way's crawl, in a process of its own
        print(json.dumps(crawl(args.database, args.way, args.products, args.batches, args.batch)))
        return
    with tempfile.TemporaryDirectory() as folder:
        built = Path(folder) / "built.sqlite"
        started = time.perf_counter()
        build(built, args.products, args.batches * args.batch)
        print(f"our catalogue {args.products:,} products, their {args.batches * args.batch:,} listings, built in "
              f"{time.perf_counter() - started:.1f} s; a crawl of {args.batches} batches of {args.batch}, two "
              f"listings renamed in each", flush=True)
        runs: dict[str, list[dict]] = {"start": [], "crawl": []}
        for _ in range(args.rounds):
            for way in ("start", "crawl"):
                copy = Path(folder) / f"{way}.sqlite"
                shutil.copyfile(built, copy)
                load = os.getloadavg()[0]
                done = subprocess.run([sys.executable, __file__, "--way", way, "--database", str(copy),
                                       "--products", str(args.products), "--batches", str(args.batches),
                                       "--batch", str(args.batch)], capture_output=True, text=True, check=True)
                result = json.loads(done.stdout.splitlines()[-1])
                runs[way].append(result)
                walls, cpus = result["walls"], result["cpus"]
                print(f"{'start (read every batch)' if way == 'start' else 'per crawl (read once)':26s} "
                      f"store {sum(walls):6.1f} s wall, {sum(cpus):6.1f} s CPU over {len(walls)} batches "
                      f"(first {cpus[0]:.2f} s CPU, the others' median {statistics.median(cpus[1:] or cpus):.2f} s); "
                      f"peak RSS {result['peak_mb']:,.0f} MB; {result['reopened']} pairs sent back; "
                      f"load {load:.1f}", flush=True)
                copy.unlink()
        same = all(r["decisions"] == runs["start"][0]["decisions"] for way in runs.values() for r in way)
        print(f"decisions (each confirmed pair's status and reason after the crawl) the same in every run: {same}")


if __name__ == "__main__":
    main()
