"""Timing a command in its own process, with its peak memory, and the baseline the
weekly benchmarks print beside their figures: only loading the observations into pandas."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The baseline, run in a process of its own like the command it is compared with.
LOAD_OBSERVATIONS = (
    "import sys, pandas as pd, sqlalchemy as sa; "
    "engine = sa.create_engine(sys.argv[1]); "
    "frame = pd.read_sql_query('SELECT * FROM observations', engine); "
    "print(len(frame))"
)

# A small parent that runs the command as its only child, so RUSAGE_CHILDREN is that command's peak memory.
WRAPPER = (
    "import resource, subprocess, sys, time; "
    "t = time.perf_counter(); p = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE); "
    "s = time.perf_counter() - t; "
    "sys.stderr.buffer.write(p.stderr[-3000:]); sys.stdout.buffer.write(p.stdout); "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(f'\\n@@ {s} {u.ru_maxrss / 1024} {u.ru_utime + u.ru_stime} {p.returncode}')"
)


def measured(args: list[str], source: Path | None = None) -> tuple[float, float, float, str]:
    """Run `args`; returns (wall seconds, peak resident memory in MB, CPU seconds, stdout). Stops when the
    command fails. CPU seconds are printed too: on a machine shared with other jobs wall time varies a lot.
    `source`: another checkout of storecheck whose code the command runs (a "before" in the same run)."""
    env = dict(os.environ, PYTHONPATH=str(source)) if source else None
    process = subprocess.run([sys.executable, "-c", WRAPPER, *args], capture_output=True, text=True,
                             cwd=source or ROOT, env=env)
    body, _, tail = process.stdout.rpartition("\n@@ ")
    seconds, peak_mb, cpu, code = tail.split()
    if int(code) != 0:
        raise SystemExit(f"{' '.join(args)} failed ({code}):\n{process.stderr}")
    return float(seconds), float(peak_mb), float(cpu), body


def baseline(database_url: str) -> tuple[float, float, float, int]:
    """Seconds, peak MB and CPU seconds to only read the observations table into a DataFrame, and its rows."""
    seconds, peak_mb, cpu, out = measured([sys.executable, "-c", LOAD_OBSERVATIONS, database_url])
    return seconds, peak_mb, cpu, int(out.strip().splitlines()[-1])


@contextmanager
def copy_of(workspace: Path):
    """A copy of the workspace to run one command on: a report records itself, and the next one would
    find fewer changes since it, so every command measured starts from the workspace as built."""
    with tempfile.TemporaryDirectory(prefix="storecheck-bench-run-") as folder:
        target = Path(folder) / "ws"
        shutil.copytree(workspace, target, ignore=shutil.ignore_patterns("*.html", "*.csv"))
        yield target


def load_average() -> str:
    return "load average " + " ".join(f"{value:.1f}" for value in os.getloadavg())


def table(rows: list[tuple[str, float, float, float]]) -> None:
    print(f"{'':40}{'seconds':>9}{'CPU s':>9}{'peak MB':>9}")
    for label, seconds, cpu, peak_mb in rows:
        print(f"{label:40}{seconds:9.1f}{cpu:9.1f}{peak_mb:9.0f}")


def storecheck(workspace: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "storecheck", *args, "--workspace", str(workspace)]
