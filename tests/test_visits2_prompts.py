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
