"""A matcher's worker process that dies (the kernel's out-of-memory killer, a
`kill -9`) is an error the user reads, not a match that waits forever.

Each case runs in a Python of its own, so that a matcher that hangs fails the
test when the subprocess's time runs out instead of hanging the suite; the time
is a guard against a hang, not a measure of speed."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="the workers are forked; this platform has no fork")

# The task kills the process it runs in when that is a worker, as the kernel would; this process
# takes its chunks once a worker has started.
_PROGRAM = """
import multiprocessing, os, signal
from benchmark.matching import _processes

def task(start, stop):
    if os.getpid() != _processes._SHARED["this"]:
        _processes._SHARED["started"].set()
        os.kill(os.getpid(), signal.SIGKILL)
    else:
        # This process waits until a worker has started, so that it cannot take every chunk first.
        assert _processes._SHARED["started"].wait(120)
    return list(range(start, stop))

def background():
    os.kill(os.getpid(), signal.SIGKILL)

this = os.getpid()
started = multiprocessing.get_context("fork").Event()
try:
    {call}
except Exception as error:
    print("ERROR", type(error).__name__, error, flush=True)
    raise SystemExit(3)
print("NO ERROR", flush=True)
"""

_CALLS = {
    "shared with this process": "_processes._in_processes(task, 5_000, 2, 10, this=this, started=started)",
    "in the background": "_processes._in_background(background, 5_000, 2, 10).result()",
}


@needs_fork
@pytest.mark.parametrize("call", list(_CALLS), ids=list(_CALLS))
def test_a_worker_killed_is_an_error_naming_it_not_a_wait_forever(call):
    program = textwrap.dedent(_PROGRAM).format(call=_CALLS[call])
    try:
        run = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, timeout=180)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{call}: the matcher still waited for its killed worker after 180 s")
    assert run.returncode == 3, run.stdout + run.stderr
    assert "ERROR" in run.stdout
    # The message says what happened and what a user can do about it.
    assert "worker process" in run.stdout and "memory" in run.stdout, run.stdout
