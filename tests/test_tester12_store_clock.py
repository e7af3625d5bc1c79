"""`store list` names each store's latest visit at the time staff typed on the store's clock, as
`visit list` and the report show it. It printed UTC: a Paris store's visit typed "23:30" on Saturday
was listed "2025-03-01 22:30 UTC", and a New York store's "2025-03-02 04:30 UTC", a day later than
the visit list's line for the same visit."""

from __future__ import annotations

import time

from click.testing import CliRunner

from shared_fixtures import make_visit_workspace
from storecheck.cli import cli
from storecheck.config import Workspace


def _run(ws: Workspace, *args: str):
    result = CliRunner().invoke(cli, [*args, "--workspace", str(ws.path)])
    assert result.exit_code == 0, result.output
    return result.output


def _paris(workspace: Workspace) -> Workspace:
    ws = make_visit_workspace(workspace)
    text = ws.config_path.read_text(encoding="utf-8")
    text = text.replace("[shop]\n", '[shop]\ntime_zone = "Europe/Paris"\n', 1)
    text = text.replace('name = "High Street"\n', 'name = "High Street"\ntime_zone = "America/New_York"\n')
    ws.config_path.write_text(text, encoding="utf-8")
    return Workspace(ws.path)


def test_store_list_shows_the_last_visit_on_the_store_s_clock(workspace: Workspace, tmp_path, server_in_utc):
    ws = _paris(workspace)
    (tmp_path / "visits.csv").write_text(
        "competitor,store,visited_at\nRival,Station,2025-03-01 23:30\nRival,High Street,2025-03-01 23:30\n",
        encoding="utf-8")
    _run(ws, "visit", "import", str(tmp_path / "visits.csv"))
    rows = {line.split("│")[2].strip(): line for line in _run(ws, "store", "list").splitlines() if line.count("│") > 4}
    # Before: "2025-03-01 22:30 UTC" and "2025-03-02 04:30 UTC".
    assert "2025-03-01 23:30 Europe/Paris" in rows["Station"], rows
    assert "2025-03-01 23:30 America/New_York" in rows["High Street"], rows
    listed = _run(ws, "visit", "list")
    assert listed.count("2025-03-01 23:30") == 2 and "2025-03-02" not in listed, listed


def test_without_a_time_zone_the_last_visit_is_on_the_machine_s_clock_as_typed(workspace: Workspace, tmp_path,
                                                                                  monkeypatch):
    # A laptop on Paris time, no time_zone in storecheck.toml: "23:30" is read, and shown, on its clock.
    # Before: "2025-03-01 22:30 UTC" beside `visit list`'s "2025-03-01 23:30".
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        ws = make_visit_workspace(workspace)
        (tmp_path / "visits.csv").write_text("competitor,store,visited_at\nRival,Station,2025-03-01 23:30\n",
                                             encoding="utf-8")
        _run(ws, "visit", "import", str(tmp_path / "visits.csv"))
        rows = {line.split("│")[2].strip(): line for line in _run(ws, "store", "list").splitlines()
                if line.count("│") > 4}
        assert "2025-03-01 23:30" in rows["Station"] and "UTC" not in rows["Station"], rows
        assert "2025-03-01 23:30" in _run(ws, "visit", "list")
    finally:
        monkeypatch.undo()
        time.tzset()
