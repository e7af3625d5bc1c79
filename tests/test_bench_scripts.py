"""Every benchmark script still starts: a merge that leaves a stale import in
one of them (bench scripts import each other and the library, and no other
test imports them) fails here, not when someone next measures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.parametrize("script", sorted(p.name for p in BENCH.glob("*.py")))
def test_a_bench_script_starts(script):
    done = subprocess.run([sys.executable, str(BENCH / script), "--help"], capture_output=True, text=True,
                          timeout=300, cwd=BENCH.parent)
    # Scripts with options print their usage; a helper module (measure.py) has none and just loads.
    assert done.returncode == 0, done.stderr[-2000:]
