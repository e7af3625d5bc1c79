"""The matcher's worker processes (`benchmark.matching._processes`): a loop this
process shares with its workers gives the results in order, computed
in both, and an error in a chunk reaches the caller with no worker left behind."""

from __future__ import annotations

import multiprocessing
import os

import numpy as np
import pandas as pd
import pytest

from benchmark._text import extract
from benchmark.matching import _processes, candidates, match_products, scoring


def _pids_task(start: int, stop: int) -> list:
    # A worker's first chunk is awaited here, so that this process cannot take every chunk
    # before the worker has started.
    started = _processes._SHARED["started"]
    if os.getpid() == _processes._SHARED["this"]:
        assert started.wait(120)
    else:
        started.set()
    return [(n, _processes._SHARED["offset"] + n, os.getpid()) for n in range(start, stop)]


def _failing_task(start: int, stop: int) -> list:
    if start <= _processes._SHARED["bad"] < stop:
        raise ValueError(f"chunk {start}-{stop}")
    return list(range(start, stop))


needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="the workers are forked; this platform has no fork")


@needs_fork
def test_a_loop_shared_with_this_process_is_in_order_and_worked_on_by_both():
    found = _processes._in_processes(_pids_task, 5_000, 2, 10, offset=7, this=os.getpid(),
                                     started=multiprocessing.get_context("fork").Event())
    assert [(n, value) for n, value, _ in found] == [(n, n + 7) for n in range(5_000)]
    # This process and one worker (two workers in all), each taking chunks as it finishes one.
    assert {pid for _, _, pid in found} - {os.getpid()}
    assert os.getpid() in {pid for _, _, pid in found}
    assert len({pid for _, _, pid in found}) == 2
    assert not _processes._SHARED and not multiprocessing.active_children()


@needs_fork
@pytest.mark.parametrize("bad", [0, 4_999])
def test_an_error_in_a_shared_loop_is_raised_here_and_leaves_no_worker(bad):
    with pytest.raises(ValueError, match="chunk"):
        _processes._in_processes(_failing_task, 5_000, 2, 10, bad=bad)
    assert not _processes._SHARED and not multiprocessing.active_children()


@needs_fork
def test_pairs_compared_with_this_process_taking_a_share_match_as_in_one_process(monkeypatch):
    names = ["Sony WH-1000XM4 headphones black", "Sony WH-1000XM4 headphones silver", "Acme AW-12 widget 2 pack",
             "Acme AW-12 widget", "Bosch PSB 500 RE drill", "Bosch PSB 750 RCE drill", "Canon EF 50mm f/1.8 STM",
             "Canon EF 50mm f/1.4 USM", "Royal Canin Maxi Puppy 15 kg", "Royal Canin Maxi Adult 15 kg"]
    ours = pd.DataFrame({"sku": [str(n) for n in range(len(names))], "name": names,
                         "price": [10.0 + n for n in range(len(names))]})
    theirs = pd.DataFrame({"competitor_product_id": list(range(len(names))), "name": [n.lower() for n in names],
                           "price": [10.5 + n for n in range(len(names))]})
    alone = match_products(ours, theirs, workers=1)
    monkeypatch.setattr(scoring, "PARALLEL_MIN_PAIRS", 2)
    shared = match_products(ours, theirs, workers=2)
    pd.testing.assert_frame_equal(shared, alone)
    assert len(alone) >= len(names) - 2


@needs_fork
def test_the_pairs_similarity_is_read_half_in_a_forked_process_with_the_numbers_of_one(monkeypatch, tmp_path):
    names = ["Sony WH-1000XM4 headphones black", "Acme AW-12 widget 2 pack", "Bosch PSB 500 RE drill",
             "Canon EF 50mm f/1.8 STM", "Royal Canin Maxi Puppy 15 kg", "Logitech MX Master 3 mouse"]
    ours = [extract(name, None, None, 10.0) for name in names]
    theirs = [extract(name.lower() + " new", None, None, 11.0) for name in reversed(names)]
    gtins = [None] * len(names)
    pairs, cosine, _, _ = candidates._candidates(ours, theirs, gtins, gtins, k=3, workers=1)
    real = candidates._similarity

    def noted(*args):
        # Each process that reads a share of the pairs leaves its pid here.
        (tmp_path / str(os.getpid())).touch()
        return real(*args)

    monkeypatch.setattr(candidates, "PARALLEL_MIN_PAIRS", 2)
    monkeypatch.setattr(candidates, "_similarity", noted)
    shared_pairs, shared_cosine, _, _ = candidates._candidates(ours, theirs, gtins, gtins, k=3, workers=2)
    assert shared_pairs == pairs and len(pairs) >= 4
    assert shared_cosine.tobytes() == cosine.tobytes()
    assert len(list(tmp_path.iterdir())) == 2
    assert not _processes._SHARED and not multiprocessing.active_children()


def test_the_candidate_pairs_hold_one_number_object_per_product():
    """Each of our products is in several pairs: the pairs' list holds one int object per product
    number, not one per pair (about 50 MB at 100,000 x 100,000, held through the comparison's fork;
    bench/history/match-speed.md, twenty-fifth session). Fails before: `tolist` made one per pair."""
    names = [f"Acme {word} widget {n} pack" for n, word in enumerate(["red", "blue", "green", "black"] * 100)]
    ours = [extract(name, "Acme", None, 10.0) for name in names]
    theirs = [extract(name.upper(), "Acme", None, 10.5) for name in names]
    gtins = [None] * len(names)
    pairs, _, _, _ = candidates._candidates(ours, theirs, gtins, gtins, k=3, workers=1)
    assert max(i for i, _ in pairs) > 256 and len(pairs) > 2 * len(names)  # past the ints Python keeps once
    for side in (0, 1):
        numbers = [pair[side] for pair in pairs]
        assert len({id(n) for n in numbers}) == len(set(numbers))
    assert pairs == sorted(set(pairs))


@needs_fork
def test_the_kept_pairs_conditions_are_read_ahead_in_a_forked_process_with_the_same_readings(monkeypatch):
    """The conditions the statuses read come from a process forked after the comparison (the other
    core idles through the calibration and the assignment: bench/history/match-speed.md,
    thirty-third session); a product outside the pairs read ahead is read here. Fails before:
    every product was read here."""
    from benchmark.matching import statuses

    ours = ["Sony WH-1000XM4 headphones", "Bosch PSB 500 RE drill", "Canon EF 50mm f/1.8 STM", "Acme AW-12 widget"]
    theirs = ["Sony WH-1000XM4 headphones - Used", "Bosch PSB 500 RE drill refurbished", "Canon EF 50mm f/1.8 STM",
              "Acme AW-12 widget"]
    products = statuses.Products(list("abcd"), list("wxyz"), ours, theirs, [None, None, "used", None],
                                 [None, None, None, "damaged"])
    pairs = [(0, 0), (1, 1), (2, 2), (3, 3), (2, 0)]  # the last: both used, no clause
    scores = np.array([0.9, 0.7, 0.95, 0.5, 0.2])
    monkeypatch.setattr(statuses, "PARALLEL_MIN_ROWS", 2)
    ahead = statuses.Conditions(products)
    ahead.read_ahead(pairs, scores, 0.6, 2)
    read_here = []
    real = statuses._read

    def noted(name, stated):
        read_here.append(name)
        return real(name, stated)

    # Set after the fork: the forked process reads with the real one.
    monkeypatch.setattr(statuses, "_read", noted)
    found = [ahead.clause(i, j) for i, j in pairs]
    assert read_here == [ours[3], theirs[3]]  # the one pair under the threshold
    monkeypatch.setattr(statuses, "_read", real)
    assert found == [statuses.Conditions(products).clause(i, j) for i, j in pairs]
    assert found[0] and found[1] and found[2] and found[3] and not found[4]
    assert not _processes._SHARED and not multiprocessing.active_children()


def _with_used_listings() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Six products of ours and their six listings, every second one of them used: the conditions'
    read-ahead has listings to read."""
    names = ["Sony WH-1000XM4 headphones black", "Acme AW-12 widget 2 pack", "Bosch PSB 500 RE drill",
             "Canon EF 50mm f/1.8 STM", "Royal Canin Maxi Puppy 15 kg", "Logitech MX Master 3 mouse"]
    ours = pd.DataFrame({"sku": [str(n) for n in range(len(names))], "name": names,
                         "price": [10.0 + n for n in range(len(names))]})
    theirs = pd.DataFrame({"competitor_product_id": list(range(len(names))),
                           "name": [n + (" - used" if k % 2 else "") for k, n in enumerate(names)],
                           "price": [10.5 + n for n in range(len(names))]})
    return ours, theirs


@needs_fork
def test_a_used_listing_is_proposed_alike_with_its_condition_read_ahead(monkeypatch):
    ours, theirs = _with_used_listings()
    alone = match_products(ours, theirs, workers=1)
    from benchmark.matching import statuses

    monkeypatch.setattr(statuses, "PARALLEL_MIN_ROWS", 2)
    ahead = match_products(ours, theirs, workers=2)
    pd.testing.assert_frame_equal(ahead, alone)
    assert (alone.status == "proposed").sum() >= 3


@needs_fork
def test_the_forked_reader_of_conditions_ends_once_it_has_read_before_any_clause_is_asked(monkeypatch):
    """Its readings are more than a pipe holds: left in its send until the statuses asked, the forked
    process kept every page this process wrote meanwhile copied for the two (at 100,000 x 100,000 the
    tree's PSS in the assignment rose to the comparison's peak). Fails before: it ended only when asked."""
    import time

    from benchmark.matching import statuses

    n = 30_000
    names = [f"Acme widget {k}" + (" - used" if k % 7 == 0 else "") for k in range(n)]
    products = statuses.Products(list(range(n)), list(range(n)), names, names, [None] * n, [None] * n)
    monkeypatch.setattr(statuses, "PARALLEL_MIN_ROWS", 2)
    ahead = statuses.Conditions(products)
    ahead.read_ahead([(k, k) for k in range(n)], np.ones(n), 0.6, 2)
    waited = time.monotonic()
    while multiprocessing.active_children() and time.monotonic() - waited < 120:
        time.sleep(0.1)
    assert not multiprocessing.active_children()
    assert ahead.clause(7, 8) == statuses.Conditions(products).clause(7, 8) != ""
    assert len(ahead.ours) == len(ahead.theirs) == n


@needs_fork
def test_the_conditions_read_ahead_leave_no_thread_beside_this_one_and_end_unasked(monkeypatch):
    """From Python 3.12 `os.fork` warns where a second thread lives (an error under these tests'
    warnings): a thread that received the forked reader's readings lived while it read, and a match
    started meanwhile in this process would fork beside it. Its readings (a used listing in every
    second row: far more than a pipe holds) still must not keep it waiting until a clause is asked.
    Fails before: a receiving thread."""
    import threading
    import time

    from benchmark.matching import statuses

    n = 30_000
    names = [f"Acme widget {k}" + (" - used" if k % 2 else "") for k in range(n)]
    products = statuses.Products(list(range(n)), list(range(n)), names, names, [None] * n, ["open box"] * n)
    monkeypatch.setattr(statuses, "PARALLEL_MIN_ROWS", 2)
    ahead = statuses.Conditions(products)
    ahead.read_ahead([(k, k) for k in range(n)], np.ones(n), 0.6, 2)
    assert threading.enumerate() == [threading.main_thread()]
    waited = time.monotonic()
    while multiprocessing.active_children() and time.monotonic() - waited < 120:
        time.sleep(0.1)
    assert not multiprocessing.active_children()
    alone = statuses.Conditions(products)
    assert [ahead.clause(k, k + 1) for k in range(0, 100, 7)] == [alone.clause(k, k + 1) for k in range(0, 100, 7)]
    assert ahead.theirs == {k: statuses._read(names[k], "open box") for k in range(n)}
    assert threading.enumerate() == [threading.main_thread()]


@needs_fork
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs a file every write to fails for want of space")
def test_a_read_ahead_whose_file_cannot_be_written_is_given_up_and_every_product_read_here(monkeypatch):
    """The forked reader writes its readings into a temporary file; a full temporary directory fails
    that write in the fork, and its error, raised at the first clause, stopped the match where only
    the read-ahead had to be given up. A file every write to fails with "no space left" (the system's
    full device) stands in for the full directory. Fails before: the OSError was raised here."""
    from benchmark.matching import statuses

    ours = ["Sony WH-1000XM4 headphones", "Bosch PSB 500 RE drill", "Canon EF 50mm f/1.8 STM", "Acme AW-12 widget"]
    theirs = ["Sony WH-1000XM4 headphones - Used", "Bosch PSB 500 RE drill refurbished", "Canon EF 50mm f/1.8 STM",
              "Acme AW-12 widget"]
    products = statuses.Products(list("abcd"), list("wxyz"), ours, theirs, [None, None, "used", None],
                                 [None, None, None, "damaged"])
    pairs = [(0, 0), (1, 1), (2, 2), (3, 3), (2, 0)]
    scores = np.array([0.9, 0.7, 0.95, 0.5, 0.2])
    monkeypatch.setattr(statuses, "PARALLEL_MIN_ROWS", 2)
    monkeypatch.setattr(statuses.tempfile, "TemporaryFile", lambda: open("/dev/full", "w+b"))  # noqa: SIM115
    ahead = statuses.Conditions(products)
    ahead.read_ahead(pairs, scores, 0.6, 2)
    assert ahead._ahead is not None  # the fork was started: its write is what fails
    found = [ahead.clause(i, j) for i, j in pairs]
    assert found == [statuses.Conditions(products).clause(i, j) for i, j in pairs]
    assert found[0] and found[1] and found[2] and found[3] and not found[4]
    assert not _processes._SHARED and not multiprocessing.active_children()


@needs_fork
def test_every_fork_of_a_match_is_made_with_no_python_thread_beside_this_one(monkeypatch):
    """From Python 3.12 `os.fork` warns where Python's threading knows a second thread: its child may
    deadlock on a lock that thread held. The matcher forks for extraction, the vectors, the similarity,
    the comparison and the conditions read ahead; a thread of its own alive at any of those (as the
    read-ahead's receiving thread once was) is counted here, fork by fork. numpy's and scipy's
    OpenBLAS pools are threads of the system that Python does not know: 3.12.1 and 3.13.0 do not warn
    for them (bench/history/match-speed.md, thirty-fifth session)."""
    import threading

    from benchmark import matching
    from benchmark.matching import features, statuses

    for module in (matching, candidates, features, statuses):
        monkeypatch.setattr(module, "PARALLEL_MIN_ROWS", 2)
    for module in (matching, candidates, scoring):
        monkeypatch.setattr(module, "PARALLEL_MIN_PAIRS", 2)
    ours, theirs = _with_used_listings()
    threads: list[int] = []
    fork = os.fork

    def counted() -> int:
        pid = fork()
        if pid:  # here, not in the child
            threads.append(threading.active_count())
        return pid

    monkeypatch.setattr(os, "fork", counted)
    found = match_products(ours, theirs, workers=2)
    monkeypatch.setattr(os, "fork", fork)
    assert len(threads) >= 4  # extraction's helper, the vectors, the comparison's helper, the read-ahead
    assert set(threads) == {1}
    pd.testing.assert_frame_equal(found, match_products(ours, theirs, workers=1))
