"""An outside tester's pass over `storecheck schedule`: a schedule typed wrong is
refused naming its field, never printed as a line cron refuses or a timer that
never fires. No test installs anything."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from storecheck.cli import cli


@pytest.mark.parametrize("expr, named", [
    ("99 6 * * 1", "minute '99': 99 is outside 0-59"),
    ("0 24 * * 1", "hour '24': 24 is outside 0-23"),
    ("0 6 0 * *", "day of month '0': 0 is outside 1-31"),
    ("0 6 * 13 *", "month '13': 13 is outside 1-12"),
    ("0 6 * * 8", "day of week '8': 8 is outside 0-7"),
    ("0 6 * * fri-mon", "day of week 'fri-mon': a range runs from the lower value"),
    ("*/0 6 * * *", "minute '*/0': a step after / is a whole number from 1"),
    ("0 6 * * funday", "day of week 'funday': 'funday' is not a day of week"),
])
def test_a_schedule_out_of_range_is_refused_naming_its_field(workspace, expr, named, monkeypatch):
    # "99 6 * * 1" was printed (and with --install handed to crontab, which refuses it);
    # as a systemd timer it never fired.
    for systemd in ([], ["--systemd"]):
        result = CliRunner().invoke(cli, ["schedule", "--cron", expr, *systemd, "--workspace", str(workspace.path)])
        assert result.exit_code != 0, result.output
        assert named in " ".join(result.output.split())


@pytest.mark.parametrize("expr", ["0 6 * * 1", "*/15 8-18 * * mon-fri", "30 5 1,15 jan,jul *", "0 6 * * 7", "@weekly"])
def test_schedules_people_write_are_printed(workspace, expr):
    result = CliRunner().invoke(cli, ["schedule", "--cron", expr, "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    assert "storecheck" in result.output and " run " in result.output
