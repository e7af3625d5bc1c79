"""What a few wild prices do to the price figures, on the demo, beside another checkout.

    .venv/bin/python bench/price_outliers.py [--products 300] [--keep DIR] [--before CHECKOUT]

Builds the demo workspace (`storecheck demo --keep DIR`, seed 7; reused when
DIR exists), then two copies of it in which the latest prices of matched
products of the competitor with the most pairs are spoilt as such errors
happen: "spoilt4", three read in cents (÷ 100) and one a pack of 12 matched
to a single (× 12); "spoilt10", ten read in thousandths (÷ 1,000);
"feed", every price of that competitor read in cents. Runs `storecheck score --json` on both, with this checkout and with
`--before`, and prints per competitor the pairs counted and left out, the
price index (shelf and regular), the score and the position. The clean
demo's index is the truth the spoilt one should keep. Figures, not
assertions: see bench/history/prices.md.
"""

from __future__ import annotations

import argparse
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
          "feed": [("in cents", 0.01)] * 100_000}


def spoil(folder: Path, spoilt: list[tuple[str, float]]) -> tuple[str, list[str]]:
    """Spoil the latest price of pairs of the competitor with the most, as `spoilt` says; its name and what was done."""
    engine = db.open_database(Workspace(folder).database_url)
    with engine.connect() as conn:
        pairs = analysis.pairs_frame(conn)
    plain = pairs[pairs.basis.isna() & (pairs.in_stock != False) & pairs.their_price.notna()]  # noqa: E712
    name = plain.competitor.value_counts().index[0]
    chosen = plain[plain.competitor == name].sort_values("sku").head(len(spoilt))
    done, o = [], db.observations
    with engine.begin() as conn:
        for (what, by), pid, sku, price in zip(spoilt, chosen.competitor_product_id, chosen.sku, chosen.their_price):
            latest = conn.execute(select(o.c.id).where(o.c.competitor_product_id == pid)
                                  .order_by(o.c.observed_at.desc(), o.c.id.desc())).first()[0]
            new = (price * type(price)(str(by))).quantize(type(price)("0.0001"))
            conn.execute(update(o).where(o.c.id == latest).values(price=new, regular_price=None))
            done.append(f"{sku}: their {price} -> {new} ({what})")
    return name, done


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
            name, done = spoil(folders[kind], spoilt)
            print(f"{kind} at {name}:", *done[:10], *(["..."] if len(done) > 10 else []), sep="\n  ")
        labels = ([("before", args.before.resolve())] if args.before else []) + [("now", None)]
        for label, source in labels:
            for kind, folder in folders.items():
                _, _, _, out = measured(storecheck(folder, "score", "--json"), source)
                for card in json.loads(out)["competitors"]:
                    print(f"{label:>6} {kind:>8} {card['name'][:22]:<22} {line(card)}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
