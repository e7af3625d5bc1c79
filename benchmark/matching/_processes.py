"""Worker processes for the matcher's large loops, and the cycle-collector pause.

Large inputs (PARALLEL_MIN_ROWS products, PARALLEL_MIN_PAIRS pairs) spread
feature extraction, the two blocking directions and the comparison over
forked worker processes, this process taking its share of the chunks
(`_shared_with_here`); small ones run in this process. A step that this
process would otherwise run alone, while the other cores wait, may run in a
forked process of its own while this one goes on with other work
(`_in_background`).

A worker that dies before it returns (the kernel's out-of-memory killer, a
`kill -9`) is an error here (`WorkerLost`), never a wait for a result that
cannot come: `multiprocessing.Pool` replaces a dead worker and leaves its task
pending forever, so the loops use `concurrent.futures.ProcessPoolExecutor`,
which marks itself broken when a worker dies, and the one background task a
process whose end is watched beside its result.
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
import multiprocessing.connection
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from storecheck.errors import StorecheckError


class WorkerLost(StorecheckError):
    """A worker process of the matcher ended without returning its result.

    A `StorecheckError`: the command line shows its message, which says what to do."""

    def __init__(self, detail: str = ""):
        super().__init__(
            "a worker process of the matcher ended without its result"
            + (f" ({detail})" if detail else "")
            + "; it was killed, most often by the system for lack of memory; "
            "the competitor being matched keeps the matches it had. "
            "Match again with more memory free, or with fewer processes (`workers = 1` under [matching] "
            "in storecheck.toml)."
        )


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


def _heap_trimmed() -> None:
    """Give the C heap's free pages back to the system before a loop's fork (glibc's `malloc_trim`;
    a no-op where the C library has none).

    What this process freed stays in its resident memory until the C library returns it, and a
    forked worker inherits it: counted once for the two, but counted, and where this process
    allocates into it while the worker lives, copied. With the pairs' numbers held once
    (`candidates._pairs_list`) it took the comparison's peak at 100,000 x 100,000 from 1,408-1,412
    to 1,336-1,343 MB for the two processes (bench/history/match-speed.md, twenty-fifth session)."""
    trim = getattr(_libc(), "malloc_trim", None)
    if trim is not None:
        trim(0)


@functools.cache
def _libc():
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None


def _workers(requested: int) -> int:
    if requested and requested > 0:
        return requested
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _in_processes(task, n: int, workers: int, minimum: int, post=None, **shared) -> list:
    """task(start, stop) over range(n) in chunks, in this process and `workers` - 1
    forked ones when n is large enough and fork is available, else here alone
    (`_shared_with_here`). Results in order; `post` is applied here to each
    result. Every large loop of the matcher runs so: a loop only in workers
    left this process waiting through it (bench/history/match-speed.md,
    twentieth to twenty-second sessions)."""
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
    return _shared_with_here(task, bounds, workers - 1, post, shared)


def _shared_with_here(task, bounds: list, helpers: int, post, shared: dict) -> list:
    """task over `bounds` in this process and `helpers` forked ones, each
    taking the next chunk from one shared counter as it finishes one; the
    results in the order of `bounds`, `post` applied here to each (as
    `_in_processes` does).

    What a forked worker reads of this process's Python objects it writes
    too (their reference counts), so each worker ends up with its own copy
    of every page it read: in the comparison at 100,000 x 100,000 about
    450 MB per worker, while this process waited idle with the originals
    (bench/history/match-speed.md, twentieth session). Here, one process
    fewer holds such a copy, and the same cores work.

    A helper's chunks come back one by one as it finishes them (the
    executor's thread reads them meanwhile), and this process applies `post`
    to those that arrived between two chunks of its own: gathered until the
    helpers' end, they were read here after the loop while the other core
    waited, and `post` over them (the features' unpacking) ran alone there
    too. The task may tell where it runs (`_here`): this process's own chunks
    need not travel, so they may come back in the form `post` reads without
    packing (bench/history/match-speed.md, twenty-second session)."""
    context = multiprocessing.get_context("fork")
    # The next chunk's index, in shared memory: inherited by the fork, never pickled.
    taken = context.Value("l", 0)
    parts: dict[int, list] = {}

    def keep(done: tuple[int, list] | None) -> None:
        if done is not None:
            index, found = done
            parts[index] = found if post is None else list(map(post, found))

    # Set before the pool forks (the helpers read it copy-on-write) and read here too.
    _SHARED.update(shared, _next_chunk=taken, _bounds=bounds, _here=os.getpid())
    _heap_trimmed()
    try:
        pool = ProcessPoolExecutor(helpers, mp_context=context)
        try:
            # One request per chunk: a helper answers each with the next chunk of the counter, or
            # with None once this process and the others have taken them all.
            pending = [pool.submit(_take, task) for _ in bounds]
            while (index := _next_chunk()) is not None:
                keep((index, task(*bounds[index])))
                while pending and pending[0].done():
                    keep(pending.pop(0).result())
            for request in pending:
                keep(request.result())
        except BrokenProcessPool as error:
            raise WorkerLost(str(error)) from error
        finally:
            # After an error (here or in a helper), no helper takes another chunk: each ends with the one it holds.
            with taken.get_lock():
                taken.value = len(bounds)
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        _SHARED.clear()
    out: list = []
    for index in range(len(bounds)):
        out.extend(parts.pop(index))
    return out


def _here() -> bool:
    """Does the task run in the process that shares its loop (`_shared_with_here`), not in a helper?"""
    return _SHARED.get("_here") == os.getpid()


def _next_chunk() -> int | None:
    """The index of the next chunk of `_SHARED["_bounds"]` from the shared counter, None when all are taken."""
    taken = _SHARED["_next_chunk"]
    with taken.get_lock():
        index = taken.value
        taken.value += 1
    return index if index < len(_SHARED["_bounds"]) else None


def _take(task) -> tuple[int, list] | None:
    """task over the next chunk of the shared counter, with its index (a helper's request)."""
    index = _next_chunk()
    return None if index is None else (index, task(*_SHARED["_bounds"][index]))


class _Background:
    """The result of a task run in a forked process of its own (or here,
    already done), as `_in_background` started it: the task's value or its
    error comes back through a pipe, and the process's end is watched beside
    it, so a process killed before it answered is `WorkerLost`."""

    def __init__(self, process=None, answers=None, value=None):
        self._process, self._answers, self._value = process, answers, value

    def result(self):
        """The task's result, waiting for it; its error raised here."""
        if self._process is not None:
            try:
                multiprocessing.connection.wait([self._answers, self._process.sentinel])
                # A process that answered and then ended has both ready: its answer counts.
                if not self._answers.poll():
                    self._process.join()
                    raise WorkerLost(f"exit code {self._process.exitcode}")
                try:
                    failed, value = self._answers.recv()
                except EOFError as error:
                    raise WorkerLost() from error
                if failed:
                    raise value
                self._value = value
            finally:
                self.cancel()
        return self._value

    def cancel(self) -> None:
        """Stop the task if it still runs (after an error here)."""
        if self._process is not None:
            self._process.terminate()
            self._process.join()
            self._answers.close()
            self._process = self._answers = None


def _answer_through(task, answers) -> None:
    """In the background process: the task's value, or its error, sent back through `answers`."""
    try:
        answer = (False, task())
    except BaseException as error:  # noqa: BLE001 -- every error is raised again in the process that waits
        answer = (True, error)
    answers.send(answer)
    answers.close()


def _forks(n: int, workers: int, minimum: int) -> bool:
    """Does `_in_background` start a process for n items (else it runs the task here at once)?"""
    return workers > 1 and n >= minimum and "fork" in multiprocessing.get_all_start_methods()


def _in_background(task, n: int, workers: int, minimum: int, **shared) -> _Background:
    """task() started in one forked process, which reads `shared` (in
    `_SHARED`) as this process holds it now, copy-on-write, while this process
    goes on; `result()` waits for it. With one worker, fewer than `minimum`
    items (n) or no fork, run here at once. The task must read only what it
    is given: this process may change its own objects meanwhile."""
    if not _forks(n, workers, minimum):
        _SHARED.update(shared)
        try:
            return _Background(value=task())
        finally:
            _SHARED.clear()
    context = multiprocessing.get_context("fork")
    answers, answering = context.Pipe(duplex=False)
    _SHARED.update(shared)
    try:
        # The process forks here, with `_SHARED` as it is now.
        process = context.Process(target=_answer_through, args=(task, answering), daemon=True)
        process.start()
    finally:
        _SHARED.clear()
        answering.close()
    return _Background(process, answers)

