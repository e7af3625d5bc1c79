"""Competitors named beyond ASCII, or alike but for punctuation, each have a crawl lock, a job folder
and a log of their own.

The file names were made from the name's ASCII letters and digits only: every competitor named in
Greek, Cyrillic, Japanese or Chinese was "competitor", and "Bio-Markt" was "Bio Markt". A crawl of
one turned away a crawl of the other ("a crawl of Θάλασσα is already running" while Ποτάμι ran), the
second's log replaced the first's, and the summary of a failed crawl pointed at the other's log.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from storecheck.crawl import AlreadyCrawling, crawl_competitors, job_dir, take_crawl_lock


@pytest.mark.parametrize("first, second", [("Ποτάμι", "Θάλασσα"), ("ローソン", "ファミリーマート"),
                                           ("Bio Markt", "Bio-Markt"), ("Rival", "Rival!")])
def test_two_competitors_take_their_own_crawl_locks_and_job_folders(workspace, first, second):
    held = take_crawl_lock(workspace.path, first)
    try:
        take_crawl_lock(workspace.path, second).close()  # before: AlreadyCrawling
    except AlreadyCrawling as exc:  # pragma: no cover - the failure being tested for
        pytest.fail(f"{second} was turned away by {first}'s lock: {exc}")
    finally:
        held.close()
    assert job_dir(workspace.path, first) != job_dir(workspace.path, second)
    held = take_crawl_lock(workspace.path, first)
    try:
        with pytest.raises(AlreadyCrawling):  # the lock still turns away a second crawl of the same competitor
            take_crawl_lock(workspace.path, first.upper())
    finally:
        held.close()


def test_a_name_in_plain_words_keeps_its_folder_name(workspace):
    # What workspaces hold already: a stopped crawl of "Rival Foods" resumes from the same folder.
    assert job_dir(workspace.path, "Rival Foods").name == "rival-foods"
    assert job_dir(workspace.path, "rival foods") == job_dir(workspace.path, "Rival Foods")  # names are one in any case


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_each_failed_crawl_points_at_its_own_log(workspace):
    port = _closed_port()
    workspace.add_competitor("Ποτάμι", f"http://127.0.0.1:{port}/")
    workspace.add_competitor("Θάλασσα", f"http://127.0.0.1:{port}/shop/")
    from storecheck.config import Workspace

    results = crawl_competitors(Workspace(workspace.path), extra_settings={"RETRY_TIMES": 0})
    logs = [result["log"] for result in results]
    assert len(set(logs)) == 2, logs  # before: both logs/crawl-competitor.log, the second over the first
    first, second = (Path(log).read_text(encoding="utf-8") for log in logs)
    assert "/shop/" in second and "/shop/" not in first  # each holds its own crawl
