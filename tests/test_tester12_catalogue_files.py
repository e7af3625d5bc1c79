"""Catalogues as shops keep them in a spreadsheet: a title merged across the top ("Price list March
2026") and headings grouping the columns ("Product", "Price") above the row that names them. The
import took the title for the header ("no column 'sku', 'name'. Columns found: price list march
2026"), and nothing short of editing the file got it in."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace


def _run(ws: Workspace, *args: str):
    return CliRunner().invoke(cli, [*args, "--workspace", str(ws.path)])


def _stored(ws: Workspace) -> dict[str, tuple]:
    with db.open_database(ws.database_url).connect() as conn:
        return {r.sku: (r.name, r.brand, str(r.price), r.category) for r in conn.execute(db.select(db.own_products))}


def _titled_book(path: Path, rows: list[list], *, groups: bool = True) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Price list March 2026"
    sheet.merge_cells("A1:E1")
    start = 2
    if groups:
        sheet["A2"], sheet["D2"] = "Product", "Price"
        sheet.merge_cells("A2:C2")
        sheet.merge_cells("D2:E2")
        start = 3
    for offset, row in enumerate([["sku", "name", "brand", "price", "currency"], *rows]):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=start + offset, column=column, value=value)
    book.save(path)
    return path


def test_a_title_and_grouping_headings_above_the_header_are_not_the_header(workspace: Workspace, tmp_path):
    book = _titled_book(tmp_path / "prices.xlsx", [["B1", "Coffee beans 1 kg", "Lavazza", 12.5, "EUR"],
                                                   ["B2", "Green tea 100 g", "Twinings", 3.2, "EUR"]])
    result = _run(workspace, "catalogue", "import", str(book))
    # Before: exit 1, "no column 'sku', 'name'. Columns found: price list march 2026".
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output
    assert "rows 1-2" in result.output and "row 3" in result.output, result.output  # said, not silent
    assert _stored(workspace) == {"B1": ("Coffee beans 1 kg", "Lavazza", "12.5000", None),
                                  "B2": ("Green tea 100 g", "Twinings", "3.2000", None)}


def test_a_bad_row_under_a_title_is_named_by_its_row_in_the_spreadsheet(workspace: Workspace, tmp_path):
    book = _titled_book(tmp_path / "prices.xlsx", [["B1", "Coffee beans 1 kg", "Lavazza", 12.5, "EUR"],
                                                   ["B2", "Green tea 100 g", "Twinings", "1.7.9", "EUR"]],
                        groups=False)
    result = _run(workspace, "catalogue", "import", str(book))
    assert result.exit_code == 1
    assert "line 4, column 'price': '1.7.9' is not a price" in result.output, result.output
    assert _stored(workspace) == {}


def test_a_header_in_the_first_row_is_read_as_before(workspace: Workspace, tmp_path):
    # A sheet whose first row names two columns and whose rows fill more (a column left unnamed,
    # notes written beside the table) keeps its first row as the header.
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["sku", "name", None, None], ["B1", "Coffee", "note", "more"], ["B2", "Tea", "x", "y"]):
        sheet.append(row)
    book.save(tmp_path / "plain.xlsx")
    result = _run(workspace, "catalogue", "import", str(tmp_path / "plain.xlsx"))
    assert result.exit_code == 0, result.output
    assert set(_stored(workspace)) == {"B1", "B2"} and "above the header" not in result.output


def test_a_visits_sheet_under_a_title(workspace: Workspace, tmp_path):
    text = workspace.config_path.read_text(encoding="utf-8")
    workspace.config_path.write_text(text + '\n[[competitors]]\nname = "Rival"\nurl = "https://rival.example/"\n'
                                     '[[competitors.stores]]\nname = "Station"\n', encoding="utf-8")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Store visits, week 10"
    sheet.merge_cells("A1:D1")
    for row in (["competitor", "store", "visited_at", "visitor"], ["Rival", "Station", "2025-03-01 11:00", "Ann"]):
        sheet.append(row)
    book.save(tmp_path / "visits.xlsx")
    result = _run(workspace, "visit", "import", str(tmp_path / "visits.xlsx"))
    # Before: refused, the title taken for the header.
    assert result.exit_code == 0, result.output
    with db.open_database(workspace.database_url).connect() as conn:
        assert [r.visitor for r in conn.execute(db.select(db.visits))] == ["Ann"]


def test_the_same_sheet_saved_as_csv(workspace: Workspace, tmp_path):
    # As a spreadsheet writes it out: the title and the headings with the separators of their empty
    # cells; and a title written by hand, with none. Before: "no column 'sku', 'name'".
    (tmp_path / "excel.csv").write_text(
        "Price list March 2026;;;;\r\n;Product;;Price;\r\nsku;name;brand;price;currency\r\n"
        "B1;Coffee beans 1 kg;Lavazza;12,50;EUR\r\n", encoding="utf-8")
    (tmp_path / "typed.csv").write_text("Price list March 2026\nsku;name;price\nB2;Green tea 100 g;3,20\n",
                                        encoding="utf-8")
    for name, said in (("excel.csv", "the header is line 3; lines 1-2 above it"),
                       ("typed.csv", "the header is line 2; line 1 above it")):
        result = _run(workspace, "catalogue", "import", str(tmp_path / name))
        assert result.exit_code == 0 and said in result.output, result.output
    assert _stored(workspace) == {"B1": ("Coffee beans 1 kg", "Lavazza", "12.5000", None),
                                  "B2": ("Green tea 100 g", None, "3.2000", None)}
    (tmp_path / "bad.csv").write_text("Price list\nsku;name;price\nB3;Tea;1.7.9\n", encoding="utf-8")
    result = _run(workspace, "catalogue", "import", str(tmp_path / "bad.csv"))
    assert result.exit_code == 1 and "line 3, column 'price'" in result.output, result.output
