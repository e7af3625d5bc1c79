"""tester18: `visit add` at the terminal asked "Was it a holiday (or a special shopping day)? [y/N]"
and took only y/n: a Brazilian store manager's "sim" was "Error: invalid input", and her next
answer, blank, made the holiday a normal day. The question reads yes and no as a visit file's
`holiday` column does, in the languages shops write."""

from __future__ import annotations

from click.testing import CliRunner

from shared_fixtures import make_visit_workspace
from storecheck import db
from storecheck.cli import cli
from test_web import rows


def _visit_add(ws, holiday: str):
    answers = "1\nHigh Street\n2025-03-01 10:30\nAna\n\n30\n20\n" + holiday + "\n" + "\n" * 40 + "y\n"
    return CliRunner().invoke(cli, ["visit", "add", "--workspace", str(ws.path)], input=answers)


def test_a_holiday_answered_in_portuguese_is_a_holiday(workspace):
    ws = make_visit_workspace(workspace)
    result = _visit_add(ws, "sim")
    assert result.exit_code == 0 and "Saved visit 1." in result.output, result.output[-800:]
    assert "invalid input" not in result.output, result.output
    [visit] = rows(ws, db.visits)
    assert visit.holiday is True  # before: "Error: invalid input", then the blank answer made it False


def test_a_word_that_is_no_answer_is_asked_again(workspace):
    ws = make_visit_workspace(workspace)
    result = _visit_add(ws, "talvez\nnão")
    assert result.exit_code == 0 and "Saved visit 1." in result.output, result.output[-800:]
    assert "'talvez' is not yes/no" in result.output, result.output
    [visit] = rows(ws, db.visits)
    assert visit.holiday is False
