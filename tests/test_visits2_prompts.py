"""`storecheck visit add` interrupted halfway (Ctrl-C, a closed terminal, a dropped SSH session):
what was typed is kept in a file `visit import` reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from shared_fixtures import make_visit_workspace
from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace
from test_web import rows


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    return make_visit_workspace(workspace)


def test_prompts_interrupted_halfway_keep_what_was_typed(ws: Workspace):
    """The answers ended after the visitor (input closed: click aborts). It said "Aborted!" and every
    answer was gone."""
    answers = "1\nHigh Street\n2025-03-01 10:30\nAnn\n"
    result = CliRunner().invoke(cli, ["visit", "add", "--workspace", str(ws.path)], input=answers)
    assert result.exit_code == 1
    assert "Interrupted: nothing was saved. The 4 answer(s) so far are kept in " in result.output
    [draft] = list((ws.path / "visits" / "drafts").glob("draft-*.yaml"))
    assert str(draft) in result.output.replace("\n", "")
    assert rows(ws, db.visits) == []
    # The draft holds competitor, store, time and visitor: enough for `visit import` as it is.
    result = CliRunner().invoke(cli, ["visit", "import", str(draft), "--workspace", str(ws.path)])
    assert result.exit_code == 0, result.output
    [visit] = rows(ws, db.visits)
    assert visit.visitor == "Ann"


def test_prompts_interrupted_before_any_answer_say_nothing_was_saved(ws: Workspace):
    result = CliRunner().invoke(cli, ["visit", "add", "--workspace", str(ws.path)], input="")
    assert result.exit_code == 1 and "Interrupted: nothing was saved." in result.output
    assert not (Path(ws.path) / "visits" / "drafts").exists()


def test_a_saved_visit_leaves_no_draft(ws: Workspace):
    answers = "1\nHigh Street\n2025-03-01 10:30\nAnn\n" + "\n" * 40 + "y\n"
    result = CliRunner().invoke(cli, ["visit", "add", "--workspace", str(ws.path)], input=answers)
    assert result.exit_code == 0 and "Saved visit 1." in result.output, result.output[-500:]
    assert list((ws.path / "visits" / "drafts").glob("*.yaml")) == []


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGHUP"), reason="SIGHUP is POSIX only")
def test_a_dropped_ssh_session_keeps_the_answers_given(ws: Workspace):
    """Review R12: a closed terminal or a dropped SSH session sends SIGHUP, which ends the process at
    once with no exception to catch: the draft written only on an interruption was never written.
    The answers are now kept as they are given."""
    import signal
    import subprocess
    import sys
    import time

    def as_a_terminal_starts_it() -> None:
        # A child inherits ignored and blocked signals: a test suite started under `nohup` (or by a
        # scheduler that ignores SIGHUP) handed SIG_IGN on to the command, which then outlived the
        # hang-up it is tested against by 180 s. A user's terminal starts it with SIGHUP as default.
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGHUP])

    process = subprocess.Popen([sys.executable, "-m", "storecheck", "visit", "add", "--workspace", str(ws.path)],
                               stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ws.path,
                               preexec_fn=as_a_terminal_starts_it)
    try:
        process.stdin.write(b"1\nHigh Street\n2025-03-01 10:30\nAnn\n")
        process.stdin.flush()
        drafts = ws.path / "visits" / "drafts"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any("Ann" in p.read_text(encoding="utf-8") for p in drafts.glob("*.yaml")):
            time.sleep(0.2)
        process.send_signal(signal.SIGHUP)
        # A bound against a hang, not a timing: on a machine short of memory a process can sit in the kernel
        # longer than 30 s (seen once in CI under load), which then failed this test and, the Popen left
        # unreaped, a later test by its ResourceWarning.
        try:
            code = process.wait(180)
        except subprocess.TimeoutExpired:
            status = Path(f"/proc/{process.pid}/status")
            seen = [line for line in (status.read_text().splitlines() if status.exists() else [])
                    if line.startswith(("State", "SigBlk", "SigIgn", "SigPnd", "ShdPnd"))]
            raise AssertionError(f"the command outlived SIGHUP by 180 s: {seen}") from None
        assert code == -signal.SIGHUP
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdin.close()
    [draft] = list(drafts.glob("draft-*.yaml"))
    result = CliRunner().invoke(cli, ["visit", "import", str(draft), "--workspace", str(ws.path)])
    assert result.exit_code == 0, result.output
    assert [v.visitor for v in rows(ws, db.visits)] == ["Ann"]
