"""A third tester's pass over `storecheck schedule --systemd --install`, into a folder of the test's own
(XDG_CONFIG_HOME), never the user's."""

from __future__ import annotations

from click.testing import CliRunner

from storecheck.cli import cli, init_workspace


def test_two_workspaces_with_one_folder_name_get_a_timer_each(tmp_path, monkeypatch):
    # Two shops' workspaces, /a/ws and /b/ws: the second install wrote storecheck-ws.service over the
    # first's, so the first shop's weekly run stopped without a word (crontab lines are told apart
    # by the whole path, the units were not).
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    first, second = (init_workspace(tmp_path / shop / "ws", shop_name=shop, currency="EUR") for shop in ("a", "b"))
    for ws in (first, second, first, second):  # installed again: each replaces its own units only
        result = CliRunner().invoke(cli, ["schedule", "--systemd", "--install", "--workspace", str(ws.path)])
        assert result.exit_code == 0, result.output
    units = tmp_path / "config" / "systemd" / "user"
    services = sorted(units.glob("*.service"))
    assert len(services) == 2 and len(list(units.glob("*.timer"))) == 2, sorted(p.name for p in units.iterdir())
    assert {s.read_text(encoding="utf-8").split("WorkingDirectory=")[1].split("\n")[0] for s in services} == {
        str(first.path), str(second.path)}
    assert (units / "storecheck-ws.service").exists()  # the first keeps the name it was installed under


def test_a_workspace_installed_under_the_longer_name_keeps_it(tmp_path, monkeypatch):
    # Review R12: B installed as storecheck-ws-<digest> beside A's storecheck-ws; A's units removed,
    # B installed again took the plain name, and its first timer stayed enabled: two runs per schedule.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    first, second = (init_workspace(tmp_path / shop / "ws", shop_name=shop, currency="EUR") for shop in ("a", "b"))
    units = tmp_path / "config" / "systemd" / "user"
    for ws in (first, second):
        assert CliRunner().invoke(cli, ["schedule", "--systemd", "--install", "--workspace", str(ws.path)]).exit_code == 0
    for unit in units.glob("storecheck-ws.*"):
        unit.unlink()
    assert CliRunner().invoke(cli, ["schedule", "--systemd", "--install", "--workspace", str(second.path)]).exit_code == 0
    services = list(units.glob("*.service"))
    assert len(services) == 1 and services[0].name.startswith("storecheck-ws-"), [s.name for s in services]
