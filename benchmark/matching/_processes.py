"""Worker processes for the matcher's large loops, and the cycle-collector pause.

Large inputs (PARALLEL_MIN_ROWS products, PARALLEL_MIN_PAIRS pairs) spread
feature extraction, the two blocking directions and the comparison over
forked worker processes; small ones run in this process. A step that this
process would otherwise run alone, while the other cores wait, may run in a
forked process of its own while this one goes on with other work
(`_in_background`).
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os


def _cycle_collector_paused(function):
    """`function` run with Python's cycle collector off (restored after, also
    on an error; left alone if a caller turned it off already).

    The matcher holds millions of small objects (each product's features are a
    dozen sets and lists) that form no reference cycles, so the collector
    frees nothing, yet re-reads all of them each time their number grows by a
    quarter: 11 s of the parent's 25 s of CPU at 100,000 x 100,000. Forked
    workers inherit the pause."""

    @functools.wraps(function)
    def paused(*args, **kwargs):
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused



# Below this many products (or candidate pairs) a loop runs in this process:
# starting worker processes costs more than it saves.
PARALLEL_MIN_ROWS = 20_000
PARALLEL_MIN_PAIRS = 100_000
# The chunks of a loop, per worker process (`_in_processes`).
CHUNKS_PER_WORKER = 32
# Worker inputs, set just before a fork so that children read them copy-on-write
# instead of receiving them pickled.
_SHARED: dict = {}


def _workers(requested: int) -> int:
    if requested and requested > 0:
        return requested
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _in_processes(task, n: int, workers: int, minimum: int, post=None, here: bool = False, **shared) -> list:
    """task(start, stop) over range(n) in chunks, in `workers` forked processes
    when n is large enough and fork is available, else here. Results in order;
    `post` is applied here to each result as it arrives (while workers go on).
    With `here`, this process is one of the `workers` and takes chunks too
    (`_shared_with_here`), for a loop it would otherwise only wait through."""
    if workers <= 1 or n < minimum or "fork" not in multiprocessing.get_all_start_methods():
        _SHARED.update(shared)
        try:
            found = task(0, n)
        finally:
            _SHARED.clear()
        return found if post is None else list(map(post, found))
    # Many more chunks than workers: the workers take them as they finish, and
    # at the end one may wait for the other's last chunk. With 8 per worker
    # that wait was about a sixteenth of a phase on one of two cores
    # (bench/history/match-speed.md, eighteenth session).
    chunks = workers * CHUNKS_PER_WORKER
    step = -(-n // chunks)
    bounds = [(start, min(n, start + step)) for start in range(0, n, step)]
    if here:
        return _shared_with_here(task, bounds, workers - 1, post, shared)
    _SHARED.update(shared)
    out: list = []
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for part in pool.imap(_star, [(task, b) for b in bounds], chunksize=1):
                out.extend(part if post is None else map(post, part))
    finally:
        _SHARED.clear()
    return out


def _shared_with_here(task, bounds: list, helpers: int, post, shared: dict) -> list:
    """task over `bounds` in this process and `helpers` forked ones, each
    taking the next chunk from one shared counter as it finishes one; the
    results in the order of `bounds`.

    What a forked worker reads of this process's Python objects it writes
    too (their reference counts), so each worker ends up with its own copy
    of every page it read: in the comparison at 100,000 x 100,000 about
    450 MB per worker, while this process waited idle with the originals
    (bench/history/match-speed.md, twentieth session). Here, one process
    fewer holds such a copy, and the same cores work."""
    context = multiprocessing.get_context("fork")
    # The next chunk's index, in shared memory: inherited by the fork, never pickled.
    taken = context.Value("l", 0)
    _SHARED.update(shared, _next_chunk=taken, _bounds=bounds)
    try:
        pool = context.Pool(helpers)
    finally:
        _SHARED.clear()
    parts: dict[int, list] = {}
    try:
        pending = [pool.apply_async(_drain, (task,)) for _ in range(helpers)]
        _SHARED.update(shared, _next_chunk=taken, _bounds=bounds)
        try:
            parts.update(_drain(task))
        finally:
            _SHARED.clear()
        for done in pending:
            parts.update(done.get())
    finally:
        pool.terminate()
        pool.join()
    out: list = []
    for index in range(len(bounds)):
        out.extend(parts.pop(index) if post is None else map(post, parts.pop(index)))
    return out


def _drain(task) -> list[tuple[int, list]]:
    """task over the chunks of `_SHARED["_bounds"]` this process takes from the shared counter, with their indexes."""
    bounds, taken = _SHARED["_bounds"], _SHARED["_next_chunk"]
    done = []
    while True:
        with taken.get_lock():
            index = taken.value
            taken.value += 1
        if index >= len(bounds):
            return done
        done.append((index, task(*bounds[index])))


class _Background:
    """The result of a task run in a forked process of its own (or here,
    already done), as `_in_background` started it."""

    def __init__(self, pool=None, pending=None, value=None):
        self._pool, self._pending, self._value = pool, pending, value

    def result(self):
        """The task's result, waiting for it; its error raised here."""
        if self._pool is not None:
            try:
                self._value = self._pending.get()
            finally:
                self._pool.terminate()
                self._pool.join()
                self._pool = self._pending = None
        return self._value

    def cancel(self) -> None:
        """Stop the task if it still runs (after an error here)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = self._pending = None


def _in_background(task, n: int, workers: int, minimum: int, **shared) -> _Background:
    """task() started in one forked process, which reads `shared` (in
    `_SHARED`) as this process holds it now, copy-on-write, while this process
    goes on; `result()` waits for it. With one worker, fewer than `minimum`
    items (n) or no fork, run here at once. The task must read only what it
    is given: this process may change its own objects meanwhile."""
    if workers <= 1 or n < minimum or "fork" not in multiprocessing.get_all_start_methods():
        _SHARED.update(shared)
        try:
            return _Background(value=task())
        finally:
            _SHARED.clear()
    _SHARED.update(shared)
    try:
        # The pool forks its one process here, with `_SHARED` as it is now.
        pool = multiprocessing.get_context("fork").Pool(1)
    finally:
        _SHARED.clear()
    try:
        return _Background(pool, pool.apply_async(task))
    except BaseException:
        pool.terminate()
        raise


def _star(job):
    task, (start, stop) = job
    return task(start, stop)

