"""An outside tester's pass over `storecheck init`, run where a shop owner keeps
its files."""

from __future__ import annotations

from click.testing import CliRunner

from storecheck.cli import cli


def test_init_in_a_folder_holding_our_catalogue_keeps_it_and_says_so(tmp_path):
    # The folder made for the shop held its catalogue.csv: init wrote the empty template
    # over it, and the catalogue was gone before the first import.
    folder = tmp_path / "myshop"
    (folder / "visits").mkdir(parents=True)
    (folder / "catalogue.csv").write_text("sku,name,price\nA1,Arabica Coffee 500 g,7.99\n", encoding="utf-8")
    (folder / "visits" / "visits-template.csv").write_text("our own notes\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["init", str(folder)])
    assert result.exit_code == 0, result.output
    assert (folder / "catalogue.csv").read_text(encoding="utf-8") == "sku,name,price\nA1,Arabica Coffee 500 g,7.99\n"
    assert (folder / "visits" / "visits-template.csv").read_text(encoding="utf-8") == "our own notes\n"
    assert "Kept the catalogue.csv" in result.output and "Kept the visits/visits-template.csv" in result.output
    # What was not there is written, and the kept catalogue imports.
    assert (folder / "visits" / "price-checks-template.csv").read_text(encoding="utf-8").startswith("visit_row,sku")
    imported = CliRunner().invoke(cli, ["catalogue", "import", str(folder / "catalogue.csv"), "--workspace", str(folder)])
    assert imported.exit_code == 0 and "1 new" in imported.output, imported.output


def test_init_in_a_new_folder_writes_every_template(tmp_path):
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "fresh")])
    assert result.exit_code == 0, result.output
    assert "Kept" not in result.output
    assert (tmp_path / "fresh" / "catalogue.csv").read_text(encoding="utf-8").startswith("sku,name,brand")
