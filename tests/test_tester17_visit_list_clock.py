"""tester17: `visit list` wrote each visit on its store's clock without naming it ("2026-11-18 18:45"
for a Tokyo store beside "2026-11-17 15:10" for a Paris one: nine hours apart on the page, read as
one clock), where `store list` and the report name the store's zone when storecheck.toml sets one.
It names it now; a workspace without a zone reads as before (the machine's clock)."""

from __future__ import annotations

from pathlib import Path

from test_alerts import cli_run
from test_tester17_last_visit_clock import _workspace


def test_visit_list_names_the_store_s_clock(workspace, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    _workspace(workspace, tmp_path)
    listed = cli_run(workspace, "visit", "list")
    assert listed.exit_code == 0, listed.output
    rows = {line.split("│")[1].strip(): line for line in listed.output.splitlines() if line.count("│") > 3}
    # Before: "2026-11-18 18:45" and "2026-11-17 15:10", no zone.
    assert "2026-11-18 18:45 Asia/Tokyo" in listed.output, listed.output
    assert "2026-11-17 15:10 Europe/Paris" in listed.output, listed.output
    assert len(rows) == 3
