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


class TreeMemory:
    """The machine's memory for this process and every process it started, at its largest: the sum
    of their proportional set sizes (PSS), sampled in a thread every `interval` seconds while the
    `with` block runs.

    Each process's own peak (`ru_maxrss`) counts a page a forked worker shares with its parent once
    in each of them, so adding those up overstates what the machine holds, and the parent's alone
    leaves the workers out. PSS splits a shared page among the processes that share it, so the sum
    is what they hold together. The sum of their RSS (each shared page counted once per process) is
    kept beside it as the upper bound. A peak shorter than `interval` can be missed. Linux only
    (it reads /proc); elsewhere both figures stay None.

    Where the peak is: `at_peak` holds, for the sample with the largest sum, each process's PSS and
    its own pages (private: written since the fork, or copied from the parent by a write, as a
    reference count's), this process first; and `by_stage` the largest sum while the caller's
    `stage` (set by the caller as it goes, e.g. `bench/match.py --stages`) named each stage."""

    # Reading a process's smaps_rollup walks its page tables: at 100,000 x 100,000 (three processes
    # of about 1.2 GB each) sampling every 0.05 s cost the parent about 40 s of CPU; every 0.25 s
    # costs a fifth of that, and the stages whose peak it must catch last seconds.
    def __init__(self, interval: float = 0.25):
        self.interval = interval
        self.pss_mb: float | None = None
        self.rss_mb: float | None = None
        self.processes = 0
        self.at_peak: list[tuple[float, float]] = []
        self.stage = ""
        self.by_stage: dict[str, float] = {}
        self._stop = None
        self._thread = None

    @staticmethod
    def _tree(pid: int) -> list[int]:
        found, todo = [], [pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            for task in Path(f"/proc/{pid}/task").glob("*/children"):
                try:
                    todo.extend(int(child) for child in task.read_text().split())
                except OSError:  # the task ended meanwhile
                    pass
        return found

    @staticmethod
    def _rollup(pid: int) -> tuple[int, int, int]:
        """PSS, RSS and private kB of a process."""
        try:
            text = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:  # the process ended between the listing and this read
            return 0, 0, 0
        fields = dict(line.split(":", 1) for line in text.splitlines()[1:] if ":" in line)
        kb = {name: int(fields.get(name, "0 kB").split()[0]) for name in
              ("Pss", "Rss", "Private_Clean", "Private_Dirty")}
        return kb["Pss"], kb["Rss"], kb["Private_Clean"] + kb["Private_Dirty"]

    def _sample_once(self) -> None:
        stage = self.stage
        tree = self._tree(os.getpid())
        pss = rss = 0
        each = []
        for pid in tree:
            one_pss, one_rss, own = self._rollup(pid)
            pss, rss = pss + one_pss, rss + one_rss
            if one_pss:
                each.append((one_pss / 1024, own / 1024))
        if pss / 1024 > (self.pss_mb or 0):
            self.pss_mb, self.processes, self.at_peak = pss / 1024, len(tree), each
        self.rss_mb = max(self.rss_mb or 0, rss / 1024)
        self.by_stage[stage] = max(self.by_stage.get(stage, 0.0), pss / 1024)

    def _sample(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample_once()

    def __enter__(self) -> "TreeMemory":
        import threading

        if Path(f"/proc/{os.getpid()}/smaps_rollup").exists():
            self._stop = threading.Event()
            self._thread = threading.Thread(target=self._sample, daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join()
            self._sample_once()  # at least one sample, however short the block
