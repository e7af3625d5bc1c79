"""Report size and speed on a large price history, beside only loading the observations.

    .venv/bin/python bench/report.py [--products 100000] [--days 90] [--keep DIR]

Builds a workspace (bench/price_history.py: 100,000 matched products, 90 days
of change-only history, about 550,000 observations), then in the same run
measures, each in its own process: reading the observations table into pandas
(the baseline) and `storecheck report`. Prints seconds, peak memory and the
report's size (targets: <= 15 s, <= 5 MB). Figures, not assertions: see bench/README.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from measure import baseline, measured, storecheck, table  # noqa: E402
from price_history import build  # noqa: E402

from storecheck.config import Workspace  # noqa: E402


def prepared(args) -> tuple[Workspace, int | None]:
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="storecheck-bench-")) / "ws"
    if (folder / "storecheck.toml").exists():
        return Workspace(folder), None
    started = time.perf_counter()
    workspace, observations = build(folder, products=args.products, days=args.days)
    print(f"built {folder}: {args.products:,} matched products, {observations:,} observations "
          f"in {time.perf_counter() - started:.0f} s")
    return workspace, observations


def options(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--keep", default=None, help="Workspace folder, reused when it exists.")
    return parser.parse_args()


def main() -> None:
    workspace, _ = prepared(options(__doc__.splitlines()[0]))
    load_s, load_mb, load_cpu, rows = baseline(workspace.database_url)
    output = workspace.path / "bench-report.html"
    report_s, report_mb, report_cpu, _ = measured(storecheck(workspace.path, "report", "-o", str(output)))
    size_mb = output.stat().st_size / 1e6
    beside = sorted(output.parent.glob(f"{output.stem}-*.csv"))
    table([(f"load {rows:,} observations (pandas)", load_s, load_cpu, load_mb),
           ("storecheck report", report_s, report_cpu, report_mb)])
    print(f"report: {size_mb:.2f} MB (target <= 5); time {report_s:.1f} s (target <= 15), "
          f"{report_s / load_s:.1f} x the load alone ({report_cpu / load_cpu:.1f} x in CPU time)")
    for csv_file in beside:
        print(f"  beside it: {csv_file.name} {csv_file.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
