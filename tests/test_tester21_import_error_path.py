"""tester21: a till's export imported without --map stopped with "Error: ../eksport_towary.csv:
eksport_towary.csv: no column 'sku', 'name'. ...": the file named twice, once as given and once by its
name. The message names the file once, as it was given."""

from __future__ import annotations

from pathlib import Path

from test_alerts import cli_run


def test_a_refused_file_is_named_once(workspace, tmp_path: Path):
    path = tmp_path / "eksport_towary.csv"
    path.write_text("Kod towaru;Nazwa;Cena brutto\nOG-001;Ziemia uniwersalna 50 l;19,99\n", encoding="utf-8")
    result = cli_run(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 1
    # Before: f"{path}: eksport_towary.csv: no column ..."
    assert f"{path}: no column 'sku', 'name'" in result.output, result.output
    assert result.output.count("eksport_towary.csv") == 1, result.output
