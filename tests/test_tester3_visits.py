"""A third tester's pass over visits as staff record them, through `visit import`."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from click.testing import CliRunner

from storecheck.cli import cli
from test_visits import GOOD_ROWS, make_visit_workspace, write_csv


def _import(workspace, tmp_path, visited_at: str):
    row = list(GOOD_ROWS[1])
    row[2] = visited_at
    path = write_csv(tmp_path / "visits.csv", [row])
    return CliRunner().invoke(cli, ["visit", "import", str(path), "--workspace", str(workspace.path)])


@pytest.mark.parametrize("year", ["1925", "1990"])
def test_a_visit_decades_ago_is_refused_as_a_mistyped_year(workspace, tmp_path, year):
    # "1925-03-02" for "2025-03-02" was stored, and became the first visit in the store's history.
    result = _import(make_visit_workspace(workspace), tmp_path, f"{year}-03-02 17:00")
    assert result.exit_code == 1
    assert "line 2, column 'visited_at': is more than 20 years ago" in result.output


def test_a_visit_some_years_ago_is_still_read(workspace, tmp_path):
    years_ago = (datetime.now() - timedelta(days=365 * 19)).strftime("%Y-%m-%d 12:00")
    result = _import(make_visit_workspace(workspace), tmp_path, years_ago)
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output
