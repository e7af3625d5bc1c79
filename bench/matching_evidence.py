"""Wording matches where the catalogues share nothing, or half: automatic matches per draw.

    .venv/bin/python bench/matching_evidence.py [--draws 12]

Catalogues built in code by `tests/test_matching_evidence.py` (software
titles told apart by their words, electronics told apart by model codes,
drawn from one vocabulary per kind, so that products of the two sides are
alike in words without being the same product): for 4 and 30 products a
side, `--draws` draws, and one of 300, that share no product, the number of
pairs `match_products` matches without a person (every one wrong); then a
pair of 300-product catalogues that share half their products, with how
many true pairs are matched and how many of those by wording alone. Run it
on two versions of the code to compare them: it prints which code it ran.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmark import matching  # noqa: E402
from tests.test_matching_evidence import BY_WORDING, _catalogues  # noqa: E402


def matched(found) -> set:
    rows = found[found.status == "matched"]
    return set(zip(rows.sku, rows.competitor_product_id))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--draws", type=int, default=12, help="draws of the 4- and 30-product catalogues")
    args = parser.parse_args()
    print(f"matcher: {Path(matching.__file__).parent}")
    for kind in ("wording", "codes"):
        for size, seeds in ((4, range(args.draws)), (30, range(args.draws)), (300, (5,))):
            counts = [len(matched(matching.match_products(*_catalogues(kind, size, 0, seed)[:2]))) for seed in seeds]
            print(f"  {kind}, {size} products a side, nothing shared: matched (all wrong) per draw {counts}")
    ours, theirs, truth = _catalogues("wording", 300, 150)
    found = matching.match_products(ours, theirs)
    by_wording = found[(found.status == "matched") & found.reason.str.startswith(BY_WORDING)]
    pairs = matched(found)
    print(f"  wording, 300 products a side, 150 shared: matched {len(pairs)}, {len(pairs & truth)} true "
          f"(of {len(truth)}), {len(by_wording)} of them by wording alone")


if __name__ == "__main__":
    main()
