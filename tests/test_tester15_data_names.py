"""tester15: the sentences of `score --json` and `export what-to-copy` held the names they were built
with between FSI and PDI (U+2068, U+2069), marks a program cannot see: a script looking for the store
"فرع 2" in an advantage, or cutting the category out of "Range we lack: 1 product in تمور", found
"\u2068فرع 2\u2069" instead, and the report's own "Download CSV" of the same table gave the text without
them. Data formats (JSON, CSV, XLSX) now carry every name as stored; the marks stay where a person
reads the sentence: the report, `storecheck serve` and `score`'s text at the terminal."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from test_visits_report import run
from test_visits_stores import own_shop_workspace

from storecheck.config import Workspace
from storecheck.text_direction import FSI, PDI

STORE = "فرع 2"
VISITS = f"""
- competitor: Corner Shop
  store: {STORE}
  visited_at: 2025-03-01 10:00
  visitor: أحمد
  scores: {{environment: 4, display: 5, hospitality: 5}}
- competitor: Test Shop
  store: Main Street
  visited_at: 2025-03-01 12:00
  visitor: Ann
  scores: {{environment: 3, display: 3, hospitality: 2}}
"""
MARKS = ("\u2066", "\u2067", FSI, PDI)


@pytest.fixture
def ws(workspace: Workspace, monkeypatch, tmp_path: Path) -> Workspace:
    monkeypatch.delenv("STORECHECK_WEB_TOKEN", raising=False)
    ws = own_shop_workspace(workspace)
    run(ws, "store", "add", "Corner Shop", STORE)
    (tmp_path / "visits.yaml").write_text(VISITS, encoding="utf-8")
    run(ws, "visit", "import", str(tmp_path / "visits.yaml"))
    return Workspace(ws.path)


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def test_score_json_carries_names_as_stored(ws: Workspace):
    data = json.loads(run(ws, "score", "--json").output)
    marked = [text for text in _texts(data) if any(mark in text for mark in MARKS)]
    assert marked == [], marked  # before: "Store practice: display at Corner Shop's \u2068فرع 2\u2069 scores above ..."
    advantages = [item["advantage"] for item in data["what_to_copy"] if item["area"] == "store"]
    assert any(f"at Corner Shop's {STORE} scores above our own stores" in a for a in advantages), advantages


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_what_to_copy_carries_names_as_stored(ws: Workspace, tmp_path: Path, suffix: str):
    path = tmp_path / f"copy{suffix}"
    run(ws, "export", "what-to-copy", str(path))
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    else:
        sheet = openpyxl.load_workbook(path, read_only=True).active
        header, *body = [list(r) for r in sheet.iter_rows(values_only=True)]
        rows = [dict(zip(header, r)) for r in body]
    cells = [str(v) for row in rows for v in row.values() if v is not None]
    assert not [c for c in cells if any(mark in c for mark in MARKS)], cells
    assert any(f"Corner Shop's {STORE} scores above" in c for c in cells), cells


def test_score_s_text_for_a_person_still_isolates_the_name(ws: Workspace):
    # At the terminal the sentence is read, not parsed: the store keeps its digit on its own side.
    output = run(ws, "score").output
    assert f"Corner Shop's {FSI}{STORE}{PDI}" in output, output
