"""The bench scripts start: bench/README.md's figures cite them, and no other test imports them, so a
merge that breaks one (an import of a name another script no longer has) would otherwise go unseen."""

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
SCRIPTS = sorted(BENCH.glob("*.py"))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, cwd=BENCH)


def test_there_are_bench_scripts():
    assert len(SCRIPTS) >= 10


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_a_bench_script_starts(script):
    if '__name__ == "__main__"' in script.read_text(encoding="utf-8"):
        # --help parses the options and exits before any data is read or any shop is served.
        done = run(str(script), "--help")
        assert done.returncode == 0, done.stderr[-2000:]
        assert "usage:" in done.stdout
    else:
        # A module the scripts share (timing, a large price history) is imported as they import it.
        done = run("-c", f"import {script.stem}")
        assert done.returncode == 0, done.stderr[-2000:]
