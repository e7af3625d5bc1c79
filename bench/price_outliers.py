"""What a few wild prices do to the price figures, on the demo, beside another checkout.

    .venv/bin/python bench/price_outliers.py [--products 300] [--keep DIR] [--before CHECKOUT]

Builds the demo workspace (`storecheck demo --keep DIR`, seed 7; reused when
DIR exists), then copies of it in which prices of matched products of the
competitor with the most pairs are spoilt as such errors happen, by a new
crawl of that competitor that read them so: "spoilt4", three read in cents
(÷ 100) and one a pack of 12 matched to a single (× 12); "spoilt10", ten
read in thousandths (÷ 1,000); "feed", every price of that competitor read
in cents. "pastday": that competitor crawled two days ago as well, with
three of its prices read in cents that day only (right again today).
Runs `storecheck score --json` on each, with this checkout and with
`--before`, and prints per competitor the pairs counted and left out, the
price index (shelf and regular), the score and the position; for the
spoilt competitor its index per crawl day (`index_history`), and the
alerts its latest crawl makes (`analysis.changes`, as `alerts send` reads
them: undercuts, price moves, and crawl-health lines saying a price looks
misread). The clean demo's index is the truth the spoilt one should keep.
Figures, not assertions: see bench/history/prices.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from measure import measured, storecheck  # noqa: E402
from sqlalchemy import select, update  # noqa: E402

from storecheck import analysis, db  # noqa: E402
from storecheck.config import Workspace  # noqa: E402

SPOILT = {"spoilt4": [("in cents", 0.01)] * 3 + [("a pack of 12", 12)], "spoilt10": [("in thousandths", 0.001)] * 10,
          "feed": [("in cents", 0.01)] * 100_000, "pastday": [("in cents two days ago", 0.01)] * 3}
# The alerts a workspace's latest crawls make, per competitor and kind, in either checkout.
CHANGES = """
import collections, json, sys
from storecheck import analysis, db
from storecheck.config import Workspace
workspace = Workspace(sys.argv[1])
with db.open_database(workspace.database_url).connect() as conn:
    rows = analysis.changes(conn, workspace.config, pairs=analysis.pairs_frame(conn))
print(json.dumps(collections.Counter(
    r["competitor"] + "|" + ("price looks misread" if "looks misread" in str(r.get("detail")) else
                             "price read right again" if "read right again" in str(r.get("detail")) else r["kind"])
    for r in rows)))
"""


def spoil(folder: Path, kind: str, spoilt: list[tuple[str, float]]) -> tuple[str, list[str]]:
    """Spoil prices of pairs of the competitor with the most, as `spoilt` says, by a crawl that read them so;
    for "pastday" a crawl two days ago that read every product of theirs, those spoilt, and one now that reads
    them all right again. Returns its name and what was done."""
    engine = db.open_database(Workspace(folder).database_url)
    with engine.connect() as conn:
        pairs = analysis.pairs_frame(conn)
    plain = pairs[pairs.basis.isna() & (pairs.in_stock != False) & pairs.their_price.notna()]  # noqa: E712
    name = plain.competitor.value_counts().index[0]
    chosen = plain[plain.competitor == name].sort_values("sku").head(len(spoilt))
    factors = dict(zip(chosen.competitor_product_id, spoilt))
    done: list[str] = []
    now = db.utcnow()
    with engine.begin() as conn:
        cid = db.competitor_id(conn, name)
        everything = conn.execute(select(db.competitor_products.c.id).where(
            db.competitor_products.c.competitor_id == cid)).scalars().all()
        if kind == "pastday":
            _crawl(conn, cid, now - dt.timedelta(days=2), everything, factors, done)
            _crawl(conn, cid, now, everything, {}, done)
        else:
            _crawl(conn, cid, now, list(factors), factors, done)
    return name, done


def _crawl(conn, cid: int, when, products: list[int], factors: dict, done: list[str]) -> None:
    """A finished crawl run of `cid` at `when` that read `products` as their latest observation says, the
    prices of those in `factors` multiplied as it says (their regular price dropped)."""
    o = db.observations
    run = conn.execute(db.crawl_runs.insert().values(
        competitor_id=cid, started_at=when, finished_at=when + dt.timedelta(minutes=1), status="finished",
        items=len(products), dropped={}, errors=[], health=[])).inserted_primary_key[0]
    for pid in products:
        # The latest by when it was seen and read right: this crawl's own spoilt rows are not copied on.
        latest = conn.execute(select(o).where(o.c.competitor_product_id == pid, o.c.crawl_run_id != run)
                              .order_by(o.c.observed_at.desc(), o.c.id.desc())).mappings().first()
        if latest is None:
            continue
        row = {k: v for k, v in latest.items() if k != "id"} | {
            "observed_at": when, "last_seen": when, "crawl_run_id": run, "source": "crawl"}
        if pid in factors and latest["price"] is not None:
            what, by = factors[pid]
            price = latest["price"]
            row |= {"price": (price * type(price)(str(by))).quantize(type(price)("0.0001")), "regular_price": None}
            done.append(f"their {price} -> {row['price']} ({what})")
        conn.execute(o.insert().values(**row))
        # Seen by this crawl, as the crawl's pipeline records it: else a later complete crawl delists it.
        cp = db.competitor_products
        conn.execute(update(cp).where(cp.c.id == pid, cp.c.last_seen < when).values(last_seen=when))


def line(card: dict) -> str:
    def number(x):
        return "-" if x is None else f"{x:.2f}"
    left = card.get("left_out")
    return (f"pairs {card['pairs']:>4}, left out {'-' if left is None else len(left):>2}; index {number(card['price_index'])}, "
            f"regular {number(card['price_index_regular'])}; score {number(card['score'])}; cheaper / same / dearer "
            f"{card['cheaper']:.1%} / {card['same']:.1%} / {card['dearer']:.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=300)
    parser.add_argument("--keep", type=Path, default=None, help="Demo workspace folder, reused when it exists.")
    parser.add_argument("--before", type=Path, default=None, help="A checkout of storecheck to run too (before a change).")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="price-outliers-"))
    try:
        clean = args.keep or scratch / "demo"
        if not (clean / "storecheck.toml").exists():
            subprocess.run([sys.executable, "-m", "storecheck", "demo", "--products", str(args.products),
                            "--keep", str(clean)], check=True, stdout=subprocess.DEVNULL)
        folders = {"clean": clean}
        for kind, spoilt in SPOILT.items():
            folders[kind] = scratch / kind
            shutil.copytree(clean, folders[kind])
            name, done = spoil(folders[kind], kind, spoilt)
            print(f"{kind} at {name}:", *done[:10], *(["..."] if len(done) > 10 else []), sep="\n  ")
        labels = ([("before", args.before.resolve())] if args.before else []) + [("now", None)]
        for label, source in labels:
            for kind, folder in folders.items():
                _, _, _, out = measured(storecheck(folder, "score", "--json"), source)
                for card in json.loads(out)["competitors"]:
                    print(f"{label:>6} {kind:>8} {card['name'][:22]:<22} {line(card)}")
                    if card["name"] == name:
                        print(f"{'':>16} index per crawl day: " + ", ".join(
                            f"{p['date']} {p['index']:.2f} ({p['pairs']} pairs)" for p in card["index_history"]))
                _, _, _, out = measured([sys.executable, "-c", CHANGES, str(folder)], source)
                alerts = {kind.split("|")[1]: n for kind, n in sorted(json.loads(out).items()) if kind.startswith(f"{name}|")}
                print(f"{'':>16} alerts of {name}'s latest crawl: " + (", ".join(f"{k} {n}" for k, n in alerts.items()) or "none"))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
