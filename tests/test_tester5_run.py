"""A fifth tester's pass over the scheduled loop: `storecheck run` while another run crawls."""

from __future__ import annotations

import os

from click.testing import CliRunner

from storecheck.cli import cli
from storecheck.crawl import take_crawl_lock
from test_faults_crawl import new_workspace


def test_run_turned_away_by_the_crawl_lock_says_so_and_does_not_fail(tmp_path):
    # The lock was held by another `run` crawling the competitor: the second run said "failed Rival"
    # and exited 1 (a cron mail about a failure), though the crawl was going on. It now says the
    # competitor was not crawled because a crawl of it is running, and exits 0.
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", "http://127.0.0.1:9/", platform="html", download_delay=0)
    lock = take_crawl_lock(workspace.path, "Rival")
    try:
        result = CliRunner().invoke(cli, ["run", "-w", str(workspace.path)], env={"COLUMNS": "250"})
    finally:
        lock.close()
    output = " ".join(result.output.split())
    assert f"not crawled Rival: a crawl of Rival is already running (pid {os.getpid()} on " in output, output
    assert "failed Rival" not in output and "│ failed" not in output, output
    assert "not crawled (already running)" in output, output
    assert result.exit_code == 0, output


def test_crawl_turned_away_by_the_crawl_lock_still_exits_1(tmp_path):
    # `crawl NAME` asked for a crawl that did not happen here: a script waiting for fresh data must know.
    workspace = new_workspace(tmp_path / "ws")
    workspace.add_competitor("Rival", "http://127.0.0.1:9/", platform="html", download_delay=0)
    lock = take_crawl_lock(workspace.path, "Rival")
    try:
        result = CliRunner().invoke(cli, ["crawl", "Rival", "-w", str(workspace.path)], env={"COLUMNS": "250"})
    finally:
        lock.close()
    assert "already running" in result.output and result.exit_code == 1, result.output
