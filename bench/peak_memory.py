"""The peak resident memory of one storecheck process: a crawl (`run_crawl`, whose `scrapy crawl`
subprocess is the peak) or a command, run from a driver process that does nothing else, its
children's `ru_maxrss` read when they are done. Shared by `bench/crawl.py --memory` and
tests/test_crawl2_memory.py, so the test's bound and the history's figures measure the same thing."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_DRIVER = """
import json, resource, subprocess, sys
if sys.argv[1] == "crawl":
    from storecheck.crawl import run_crawl
    summary = run_crawl(sys.argv[2], sys.argv[3], extra_settings=json.loads(sys.argv[4]), timeout=float(sys.argv[5]))
    print("STATUS", summary["status"], summary["pages"], summary["items"])
else:
    subprocess.run(sys.argv[2:], check=True, stdout=subprocess.DEVNULL)
print("PEAK-KB", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _run(args: list[str], timeout: float) -> tuple[float, str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    done = subprocess.run([sys.executable, "-c", _DRIVER, *args], capture_output=True, text=True, env=env,
                          timeout=timeout + 120)
    if done.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    status = re.search(r"^STATUS (.*)$", done.stdout, re.M)
    return int(re.search(r"^PEAK-KB (\d+)$", done.stdout, re.M)[1]) / 1024, status[1] if status else ""


def crawl_peak_mb(workspace: str | os.PathLike, name: str, settings: dict | None = None,
                  timeout: float = 300) -> tuple[float, str]:
    """Peak MB of a crawl of competitor `name`, and its "status pages items"."""
    return _run(["crawl", str(workspace), name, json.dumps(settings or {}), str(timeout)], timeout)


def command_peak_mb(*argv: str, timeout: float = 300) -> float:
    """Peak MB of a command (its stdout dropped)."""
    return _run(["run", *argv], timeout)[0]
