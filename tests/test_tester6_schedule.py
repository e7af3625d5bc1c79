"""A sixth tester's pass over `storecheck schedule --install` beside a workspace whose disk is not mounted
for now, its mount point left as an empty folder, against a fake crontab and a units folder of the
test's own (never the user's)."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from storecheck import schedule
from storecheck.cli import cli, init_workspace


def install(path, *options):
    result = CliRunner().invoke(cli, ["schedule", *options, "--install", "--workspace", str(path)])
    assert result.exit_code == 0, result.output
    return result


def unmount(point):
    """What a disk taken away leaves at its mount point: the folder, empty."""
    shutil.rmtree(point)
    point.mkdir()


@pytest.fixture
def fstab(tmp_path, monkeypatch):
    """An fstab of the test's own, listing the mount points a test writes into it."""
    path = tmp_path / "fstab"
    path.write_text("# <file system> <mount point> <type> <options> <dump> <pass>\nUUID=1 / ext4 defaults 0 1\n",
                    encoding="utf-8")
    monkeypatch.setattr(schedule, "FSTAB", path)
    return path


def _lines(table):
    return [line for line in table.read_text().splitlines() if "# storecheck" in line]


def test_the_line_of_a_workspace_on_a_disk_mounted_at_a_listed_point_stays_while_the_disk_is_away(
        tmp_path, fake_crontab, fstab, monkeypatch):
    # /mnt/data is in fstab; with the disk away it is an empty folder, so the folder around the workspace
    # was there and the workspace looked moved: installing the schedule of another workspace of the same
    # folder name took out its line, and once the disk was back its weekly run never came.
    monkeypatch.delenv("STORECHECK_DATABASE_URL", raising=False)
    point = tmp_path / "mnt" / "data store"
    on_disk = init_workspace(point / "ws", shop_name="Shop", currency="EUR")
    here = init_workspace(tmp_path / "home" / "ws", shop_name="Shop", currency="EUR")
    fstab.write_text(fstab.read_text() + f"/dev/sdb1 {str(point).replace(' ', chr(92) + '040')} ext4 noauto 0 2\n")
    install(on_disk.path)
    unmount(point)
    result = install(here.path)
    lines = _lines(fake_crontab)
    assert len(lines) == 2 and any(f"{on_disk.path}'" in line for line in lines), lines
    assert "Removed" not in result.output, result.output


def test_the_line_of_a_workspace_that_is_itself_the_mount_point_stays_while_the_disk_is_away(
        tmp_path, fake_crontab, fstab, monkeypatch):
    # The workspace is the disk (mounted at .../ws, not in fstab: mounted by hand). Away, its folder is
    # there and empty: no move leaves that.
    monkeypatch.delenv("STORECHECK_DATABASE_URL", raising=False)
    on_disk = init_workspace(tmp_path / "mnt" / "ws", shop_name="Shop", currency="EUR")
    here = init_workspace(tmp_path / "home" / "ws", shop_name="Shop", currency="EUR")
    install(on_disk.path)
    unmount(on_disk.path)
    install(here.path)
    assert len(_lines(fake_crontab)) == 2, _lines(fake_crontab)


def test_the_units_of_a_workspace_on_a_disk_away_are_not_taken_over(tmp_path, fstab, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("STORECHECK_DATABASE_URL", raising=False)
    point = tmp_path / "mnt" / "data"
    on_disk = init_workspace(point / "ws", shop_name="Shop", currency="EUR")
    here = init_workspace(tmp_path / "home" / "ws", shop_name="Shop", currency="EUR")
    fstab.write_text(fstab.read_text() + f"/dev/sdb1 {point} ext4 noauto 0 2\n")
    install(on_disk.path, "--systemd")
    unmount(point)
    install(here.path, "--systemd")
    units = tmp_path / "config" / "systemd" / "user"
    folders = {s.read_text(encoding="utf-8").split("WorkingDirectory=")[1].split("\n")[0] for s in units.glob("*.service")}
    assert folders == {str(on_disk.path), str(here.path)}, folders


def test_a_moved_workspace_s_line_still_goes_when_its_old_folder_is_on_a_mounted_disk(tmp_path, fake_crontab, fstab,
                                                                                        monkeypatch):
    # The tmp folder is on a mounted file system: a point listed and mounted now does not keep a moved line.
    monkeypatch.delenv("STORECHECK_DATABASE_URL", raising=False)
    fstab.write_text(fstab.read_text() + "/dev/sda2 / ext4 defaults 0 1\ntmpfs /proc proc defaults 0 0\n")
    old = init_workspace(tmp_path / "old" / "ws", shop_name="Shop", currency="EUR")
    install(old.path)
    new = tmp_path / "new" / "ws"
    new.parent.mkdir()
    shutil.move(str(old.path), str(new))
    result = install(new)
    assert len(_lines(fake_crontab)) == 1 and f"Removed the line of {old.path}" in " ".join(result.output.split())
