"""`storecheck score --json` (trends included) on a large price history, beside only loading the observations.

    .venv/bin/python bench/score.py [--products 100000] [--days 90] [--keep DIR]

The workspace of bench/report.py (bench/price_history.py). Measures, each in
its own process and in the same run: reading the observations table into
pandas (the baseline) and `storecheck score --json`; prints seconds and peak
memory (targets: <= 15 s, <= 1 GB) and checks the output carries an
index_history per competitor. Figures, not assertions: see bench/README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from measure import baseline, measured, storecheck, table  # noqa: E402
from report import options, prepared  # noqa: E402


def main() -> None:
    workspace, _ = prepared(options(__doc__.splitlines()[0]))
    load_s, load_mb, load_cpu, rows = baseline(workspace.database_url)
    score_s, score_mb, score_cpu, out = measured(storecheck(workspace.path, "score", "--json"))
    data = json.loads(out)
    points = {c["name"]: len(c["index_history"]) for c in data["competitors"]}
    table([(f"load {rows:,} observations (pandas)", load_s, load_cpu, load_mb),
           ("storecheck score --json", score_s, score_cpu, score_mb)])
    print(f"score: {score_s:.1f} s (target <= 15), {score_mb:.0f} MB (target <= 1024), "
          f"{score_s / load_s:.1f} x the load alone ({score_cpu / load_cpu:.1f} x in CPU time); "
          f"index_history points per competitor: {points}")


if __name__ == "__main__":
    main()
