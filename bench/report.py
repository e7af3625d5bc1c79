"""Report size and speed on a large price history, beside only loading the observations.

    .venv/bin/python bench/report.py [--products 100000] [--days 90] [--keep DIR] [--before CHECKOUT]

Builds a workspace (bench/price_history.py: 100,000 matched products, 90 days
of change-only history, about 550,000 observations), then in the same run
measures, each in its own process: reading the observations table into pandas
(the baseline) and `storecheck report`, on a fresh copy of the workspace each
time (a report records itself). Prints wall and CPU seconds, peak memory, the
load average and the report's size (targets: <= 15 s wall on this 2-core
machine, <= 5 MB). `--before`: another checkout of storecheck (say `git
worktree add ../before HEAD~3`) measured too, in the same run, on the same
workspace. Figures, not assertions: see bench/README.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from measure import baseline, copy_of, load_average, measured, storecheck, table  # noqa: E402
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
    parser.add_argument("--before", type=Path, default=None,
                        help="A checkout of storecheck to measure too, in the same run (before a change).")
    return parser.parse_args()


def versions(args: argparse.Namespace) -> list[tuple[str, Path | None]]:
    """(label, source) of each version measured: the --before checkout first, then this one."""
    return ([("before", args.before.resolve())] if args.before else []) + [("now", None)]


def started(description: str) -> tuple[argparse.Namespace, Workspace, float, float, list]:
    """The part report.py and score.py share: options, the workspace, and the
    baseline (loading the observations into pandas) measured first, as the
    first row of the table."""
    args = options(description)
    workspace, _ = prepared(args)
    print(load_average())
    load_s, load_mb, load_cpu, rows = baseline(workspace.database_url)
    return args, workspace, load_s, load_cpu, [(f"load {rows:,} observations (pandas)", load_s, load_cpu, load_mb)]


def finished(measured_rows: list, lines: list[str]) -> None:
    table(measured_rows)
    print("\n".join(lines))
    print(load_average())


def main() -> None:
    args, workspace, load_s, load_cpu, measured_rows = started(__doc__.splitlines()[0])
    lines = []
    for label, source in versions(args):
        with copy_of(workspace.path) as copy:
            output = copy / "bench-report.html"
            report_s, report_mb, report_cpu, _ = measured(storecheck(copy, "report", "-o", str(output)), source)
            size_mb = output.stat().st_size / 1e6
            beside = [(f.name, f.stat().st_size / 1e6) for f in sorted(output.parent.glob(f"{output.stem}-*.csv"))]
        measured_rows.append((f"storecheck report ({label})", report_s, report_cpu, report_mb))
        lines.append(f"report ({label}): {size_mb:.2f} MB (target <= 5); {report_s:.1f} s wall (target <= 15), "
                     f"{report_cpu:.1f} s CPU; {report_s / load_s:.1f} x the load alone "
                     f"({report_cpu / load_cpu:.1f} x in CPU time); CSVs beside it: "
                     + ", ".join(f"{name} {mb:.1f} MB" for name, mb in beside))
    finished(measured_rows, lines)


if __name__ == "__main__":
    main()
