"""`storecheck score --json` (trends included) on a large price history, beside only loading the observations.

    .venv/bin/python bench/score.py [--products 100000] [--days 90] [--keep DIR] [--before CHECKOUT]

The workspace of bench/report.py (bench/price_history.py). Measures, each in
its own process and in the same run: reading the observations table into
pandas (the baseline) and `storecheck score --json` (and with `--before` the
same command of another checkout); prints wall and CPU seconds, peak memory
and the load average (targets: <= 15 s wall on this 2-core machine, <= 1 GB)
and checks the output carries an index_history per competitor. Figures, not
assertions: see bench/README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from measure import measured, storecheck  # noqa: E402
from report import finished, started, versions  # noqa: E402


def main() -> None:
    args, workspace, load_s, load_cpu, measured_rows = started(__doc__.splitlines()[0])
    lines = []
    for label, source in versions(args):
        score_s, score_mb, score_cpu, out = measured(storecheck(workspace.path, "score", "--json"), source)
        points = {c["name"]: len(c["index_history"]) for c in json.loads(out)["competitors"]}
        measured_rows.append((f"storecheck score --json ({label})", score_s, score_cpu, score_mb))
        lines.append(f"score ({label}): {score_s:.1f} s wall (target <= 15), {score_cpu:.1f} s CPU, {score_mb:.0f} MB "
                     f"(target <= 1024); {score_s / load_s:.1f} x the load alone ({score_cpu / load_cpu:.1f} x in CPU "
                     f"time); index_history points per competitor: {points}")
    finished(measured_rows, lines)


if __name__ == "__main__":
    main()
