"""A third tester's pass over the report, on catalogues nobody here wrote: through the commands
(catalogue import, offers import, match, report) and the HTML a reader sees."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from click.testing import CliRunner

from storecheck.cli import cli


def invoke(workspace, *args):
    result = CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    return result


def report_text(workspace, tmp_path: Path, ours: str, theirs: str) -> BeautifulSoup:
    """Import both files (CSV text), match, write the report; its parsed HTML."""
    workspace.add_competitor("Rival", "https://rival.example/")
    (tmp_path / "ours.csv").write_text(ours, encoding="utf-8")
    (tmp_path / "theirs.csv").write_text(theirs, encoding="utf-8")
    invoke(workspace, "catalogue", "import", str(tmp_path / "ours.csv"))
    invoke(workspace, "offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")
    invoke(workspace, "match")
    invoke(workspace, "report", "-o", str(tmp_path / "report.html"))
    return BeautifulSoup((tmp_path / "report.html").read_text(encoding="utf-8"), "html.parser")


OURS = ("sku,name,brand,category,price\nA1,Coffee beans 1 kg,Bean,Coffee,12.00\n"
        "A2,Green tea 100 bags,Leaf,,4.00\nA3,Black tea 50 bags,Leaf,,3.00\n")
THEIRS = ("key,name,brand,category,price\nr1,Coffee beans 1 kg,Bean,Coffee,11.00\nr2,Green tea 100 bags,Leaf,,3.50\n"
          "r3,Black tea 50 bags,Leaf,,2.50\nr4,Herbal tea 20 bags,Leaf,,2.50\n")


def test_products_without_a_category_are_named_in_words_in_what_to_copy(workspace, tmp_path):
    # "Cheaper on (none)" and "Range we lack: 1 products in (none)" read as a category called "(none)".
    page = report_text(workspace, tmp_path, OURS, THEIRS)
    text = " ".join(page.get_text(" ").split())
    assert "Cheaper on products without a category: we are" in text
    assert "matched products without a category cost less at Rival" in text
    assert "Range we lack: 1 product without a category" in text
    assert "most in no category (1)" in text
    assert "Cheaper on Coffee: we are" in text  # a named category keeps its name
    assert "in (none)" not in text and "on (none)" not in text
