"""tester21: a garden centre in Kraków set `[shop] time_zone = "Europe/Warsaw"` (its visits, footfall hours
and closing days are read on that clock) and scheduled its weekly run with `storecheck schedule --cron
"0 6 * * 1" --systemd --install` on a rented server, whose clock is UTC. The timer said
"OnCalendar=Mon *-*-* 06:00:00": Monday 07:00 in Kraków in winter, 08:00 in summer, after the shop opened.
A schedule is read on the shop's clock where storecheck.toml names one: systemd's timer carries the
zone, and a cron line, which runs on the machine's clock (Debian's cron knows no CRON_TZ), says when
the two clocks differ and how far."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest
from test_alerts import cli_run

from conftest import require


@pytest.fixture
def utc_machine(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _zone(workspace, zone: str) -> None:
    text = workspace.config_path.read_text(encoding="utf-8")
    text = text.replace("[shop]\n", f'[shop]\ntime_zone = "{zone}"\n', 1)
    workspace.config_path.write_text(text, encoding="utf-8")


def test_the_timer_runs_on_the_shops_clock(workspace, utc_machine):
    _zone(workspace, "Europe/Warsaw")
    result = cli_run(workspace, "schedule", "--systemd", "--cron", "0 6 * * 1")
    assert result.exit_code == 0, result.output
    # Before: "OnCalendar=Mon *-*-* 06:00:00", 06:00 on the server's UTC clock.
    assert "OnCalendar=Mon *-*-* 06:00:00 Europe/Warsaw\n" in result.output, result.output
    require(shutil.which("systemd-analyze") is not None, "systemd-analyze is not installed (apt-get install systemd)")
    checked = subprocess.run(["systemd-analyze", "calendar", "Mon *-*-* 06:00:00 Europe/Warsaw"],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def test_a_shop_without_a_clock_keeps_the_machines(workspace, utc_machine):
    result = cli_run(workspace, "schedule", "--systemd", "--cron", "0 6 * * 1")
    assert result.exit_code == 0, result.output
    assert "OnCalendar=Mon *-*-* 06:00:00\n" in result.output, result.output


def test_a_cron_line_says_its_clock_is_not_the_shops(workspace, utc_machine):
    _zone(workspace, "Europe/Warsaw")
    result = cli_run(workspace, "schedule", "--cron", "0 6 * * 1")
    assert result.exit_code == 0, result.output
    # Before: the line alone; nothing said that 06:00 is the server's hour, not Kraków's.
    assert "this machine's clock" in result.output and "Europe/Warsaw" in result.output, result.output
    assert "--systemd" in result.output, result.output
    same = cli_run(workspace, "schedule", "--cron", "0 6 * * 1")
    _zone(workspace, "UTC")
    assert "machine's clock" not in cli_run(workspace, "schedule", "--cron", "0 6 * * 1").output, same.output
