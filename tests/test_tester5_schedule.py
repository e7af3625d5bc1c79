"""A fifth tester's pass over `storecheck schedule --install` for a workspace that was moved, against a
fake crontab and a units folder of the test's own (never the user's)."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from storecheck.cli import cli, init_workspace


def install(path, *options):
    result = CliRunner().invoke(cli, ["schedule", *options, "--install", "--workspace", str(path)])
    assert result.exit_code == 0, result.output
    return result


def test_a_moved_workspace_s_cron_line_replaces_the_one_of_its_old_folder(tmp_path, fake_crontab, monkeypatch):
    # The line installed before the move kept running `cd OLD && storecheck run` (failing each week), and
    # installing from the new folder added a second line beside it. A line whose folder holds no
    # workspace any more is now taken out when a line is installed, and the output names it.
    monkeypatch.delenv("STORECHECK_DATABASE_URL", raising=False)
    kept = init_workspace(tmp_path / "other shop", shop_name="Other", currency="EUR")
    old = init_workspace(tmp_path / "old place" / "ws", shop_name="Shop", currency="EUR")
    install(kept.path, "--cron", "@daily")
    install(old.path, "--cron", "0 5 * * 1")
    new = tmp_path / "new place" / "ws"
    new.parent.mkdir()
    shutil.move(str(old.path), str(new))
    result = install(new, "--cron", "0 5 * * 1")
    lines = [line for line in fake_crontab.read_text().splitlines() if "# storecheck" in line]
    assert len(lines) == 2, lines
    assert any(str(new) in line for line in lines) and any(str(kept.path) in line for line in lines)
    assert not any(f"{old.path}'" in line or f"{old.path} " in line for line in lines), lines
    assert f"Removed the line of {old.path}" in " ".join(result.output.split()), result.output


def test_a_moved_workspace_s_systemd_units_take_the_place_of_its_old_ones(tmp_path, monkeypatch):
    # The units of the old folder stayed (their timer enabled, its service failing each week), and the
    # moved workspace got a second pair under a longer name. The moved workspace now takes the units
    # whose folder holds no workspace any more.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    old = init_workspace(tmp_path / "a" / "ws", shop_name="Shop", currency="EUR")
    install(old.path, "--systemd")
    new = tmp_path / "b" / "ws"
    new.parent.mkdir()
    shutil.move(str(old.path), str(new))
    install(new, "--systemd")
    units = tmp_path / "config" / "systemd" / "user"
    assert sorted(p.name for p in units.iterdir()) == ["storecheck-ws.service", "storecheck-ws.timer"]
    assert f"WorkingDirectory={new}\n" in (units / "storecheck-ws.service").read_text(encoding="utf-8")


def test_a_workspace_in_place_keeps_its_units_beside_a_moved_one(tmp_path, monkeypatch):
    # Review R3: the units of a workspace that is still in place, beside one that moved, stay its own.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    first, second = (init_workspace(tmp_path / shop / "ws", shop_name=shop, currency="EUR") for shop in ("a", "b"))
    install(first.path, "--systemd")
    install(second.path, "--systemd")
    moved = tmp_path / "c" / "ws"
    moved.parent.mkdir()
    shutil.move(str(second.path), str(moved))
    install(moved, "--systemd")
    units = tmp_path / "config" / "systemd" / "user"
    folders = {s.read_text(encoding="utf-8").split("WorkingDirectory=")[1].split("\n")[0] for s in units.glob("*.service")}
    assert folders == {str(first.path), str(moved)}, folders


def test_a_line_of_a_folder_on_a_disk_not_mounted_now_stays(tmp_path, fake_crontab, monkeypatch):
    # Review R3: a workspace whose disk is away for now is not a moved one: its line is kept, as is the
    # line of a workspace of another folder name.
    monkeypatch.delenv("STORECHECK_DATABASE_URL", raising=False)
    here = init_workspace(tmp_path / "here" / "ws", shop_name="Shop", currency="EUR")
    away = init_workspace(tmp_path / "disk" / "ws", shop_name="Shop", currency="EUR")
    other = init_workspace(tmp_path / "gone" / "shop2", shop_name="Other", currency="EUR")
    install(away.path)
    install(other.path)
    shutil.rmtree(tmp_path / "disk")  # the disk is not mounted: its folder and the one around it are away
    shutil.rmtree(other.path)
    install(here.path)
    lines = [line for line in fake_crontab.read_text().splitlines() if "# storecheck" in line]
    assert len(lines) == 3, lines
