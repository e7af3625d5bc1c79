"""A fourth tester's pass over exports a person opens, edits and reads back: text that looks like a
formula is written as text, and the file still reads back as it was written."""

from __future__ import annotations

import csv

from click.testing import CliRunner
from sqlalchemy import func, select

from storecheck import db
from storecheck.tables import csv_cell, read_csv_cell


def invoke(workspace, *args):
    result = CliRunner().invoke(cli_group(), [*args, "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    return result


def cli_group():
    from storecheck.cli import cli

    return cli


def count(workspace, table) -> int:
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(table)).scalar_one()
    finally:
        engine.dispose()


def test_a_matches_export_with_formula_looking_names_reads_back(workspace, tmp_path):
    # A competitor named "=Rival", a key "=k9" and a sku "-SKU9": the CSV export writes them "'=Rival",
    # "'=k9", "'-SKU9" so that a spreadsheet shows them as text, but `matches import` read the
    # apostrophe as part of the name: "unknown competitor \"'=Rival\"", and nothing was imported.
    ours, theirs = tmp_path / "ours.csv", tmp_path / "theirs.csv"
    ours.write_text("sku,name,gtin,price\n-SKU9,Green tea 100 g,4006381333931,3.50\n", encoding="utf-8")
    theirs.write_text("key,name,gtin,price\n=k9,Green tea 100 g,4006381333931,3.00\n", encoding="utf-8")
    invoke(workspace, "competitor", "add", "=Rival")
    invoke(workspace, "catalogue", "import", str(ours))
    invoke(workspace, "offers", "import", str(theirs), "--competitor", "=Rival")
    invoke(workspace, "match")
    invoke(workspace, "matches", "export", str(tmp_path / "pairs.csv"))
    with (tmp_path / "pairs.csv").open(encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["sku"], row["competitor"], row["key"]) == ("'-SKU9", "'=Rival", "'=k9")  # text, never a formula
    row["status"] = "rejected"
    with (tmp_path / "decided.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(row))
        writer.writeheader()
        writer.writerow(row)
    result = invoke(workspace, "matches", "import", str(tmp_path / "decided.csv"))
    assert "1 rejected" in result.output, result.output


def test_an_exported_catalogue_imported_again_changes_nothing(workspace, tmp_path):
    # Our products exported, then read back (the way a person edits prices in a spreadsheet): the
    # skus "=A1" and "+49-1" came back as "'=A1" and "'+49-1", two new products beside the old.
    ours = tmp_path / "ours.csv"
    ours.write_text('sku,name,brand,price\n=A1,"=HYPERLINK(""http://x.example"";""tea"")",@Acme,3.50\n+49-1,-2 kg bag,,2.00\n',
                    encoding="utf-8")
    invoke(workspace, "catalogue", "import", str(ours))
    invoke(workspace, "export", "products", str(tmp_path / "products.csv"))
    result = invoke(workspace, "catalogue", "import", str(tmp_path / "products.csv"))
    assert "0 new, 0 updated, 2 unchanged" in result.output, result.output
    assert count(workspace, db.own_products) == 2


def test_a_cell_that_only_starts_with_an_apostrophe_keeps_it():
    # The apostrophe is taken off only where the export put it: before = + - @, a tab or a return.
    # A value that itself starts with an apostrophe before such a sign gets a second one, so every
    # text reads back as written.
    for text in ("'=x", "''+1", "'ello", "'", "=1+1", "-5 pack", "plain", "''"):
        assert read_csv_cell(str(csv_cell(text))) == text, text
    assert read_csv_cell("'0123") == "'0123"
