"""A seventh tester's pass over where `report -o` and `export` write: a folder that is not there, and a
path through a file. Through the real commands."""

from __future__ import annotations

from sqlalchemy import func, select

from storecheck import db
from test_hostile2_files import invoke


def catalogue(workspace, tmp_path):
    path = tmp_path / "catalogue.csv"
    path.write_text("sku,name,price\nA1,Tea,3.50\nA2,Coffee,5.00\n", encoding="utf-8")
    assert invoke(workspace, "catalogue", "import", str(path)).exit_code == 0
    return path


def test_export_into_a_folder_that_is_not_there_makes_it_as_the_report_does(workspace, tmp_path):
    # `report -o out/r.html` made the folder; `export products out/p.csv` ended in a traceback
    # (FileNotFoundError on its temporary file).
    catalogue(workspace, tmp_path)
    for name in ("p.csv", "p.xlsx"):
        target = tmp_path / "exports" / "week 48" / name
        result = invoke(workspace, "export", "products", str(target))
        assert result.exit_code == 0, result.output
        assert target.is_file()
    assert sorted(p.name for p in (tmp_path / "exports" / "week 48").iterdir()) == ["p.csv", "p.xlsx"]


def test_a_path_through_a_file_is_said_naming_the_target_not_a_traceback(workspace, tmp_path):
    # "catalogue.csv/out.csv" (a file where a folder was meant): a traceback naming a hidden
    # ".out.csv.tmp" the user never asked for.
    path = catalogue(workspace, tmp_path)
    for args, what in ((("export", "products"), "the table"), (("matches", "export"), "the table"),
                       (("report", "-o"), "the report")):
        target = path / ("out.html" if args[0] == "report" else "out.csv")
        result = invoke(workspace, *args, str(target))
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
        assert f"Cannot write {what} to {target}: a part of the path is a file, not a folder." in " ".join(result.output.split())
        assert ".tmp" not in result.output and "Traceback" not in result.output
    # The report was never computed nor recorded: the next report's changes still start where they did.
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.report_runs)).scalar() == 0
    engine.dispose()
