"""A sixth tester's pass over the report, through the real commands: a competitor's offers whose stock is
shown for some products and not for others."""

from __future__ import annotations

import csv

from bs4 import BeautifulSoup
from click.testing import CliRunner

from storecheck.cli import cli


def _invoke(workspace, *args):
    result = CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    return result


def _pairs_column(workspace, tmp_path, *, key: int, value: int) -> dict[str, str]:
    """The report's pairs table, written now, as {cell `key`: cell `value`} of each row."""
    _invoke(workspace, "report", "-o", str(tmp_path / "r.html"))
    page = BeautifulSoup((tmp_path / "r.html").read_text(encoding="utf-8"), "html.parser")
    rows = ([cell.get_text(strip=True) for cell in row.find_all("td")] for row in page.select("#pairs-table tbody tr"))
    return {cells[key]: cells[value] for cells in rows}


def _stock_mixed(workspace, tmp_path):
    """Three matched pairs: Rival has the coffee in stock, shows no stock for the tea, and is out of cocoa."""
    workspace.add_competitor("Rival", "https://rival.example/")
    (tmp_path / "ours.csv").write_text("sku,name,price,gtin\nA1,Coffee beans 1 kg,12.00,4006381333931\n"
                                       "A2,Green tea 100 g,4.00,5449000000996\nA3,Cocoa 500 g,6.00,8000070012349\n",
                                       encoding="utf-8")
    (tmp_path / "theirs.csv").write_text("key,name,price,gtin,in_stock\nr1,Coffee beans 1 kg,11.00,4006381333931,yes\n"
                                         "r2,Green tea 100 g,5.00,5449000000996,\nr3,Cocoa 500 g,3.00,8000070012349,no\n",
                                         encoding="utf-8")
    _invoke(workspace, "catalogue", "import", str(tmp_path / "ours.csv"))
    _invoke(workspace, "offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")
    _invoke(workspace, "match")


def test_a_stock_the_shop_does_not_show_is_not_reported_in_stock(workspace, tmp_path):
    # The report read the latest observations into a frame where a missing stock state beside 1s and 0s
    # is NaN, and bool(NaN) is True: the tea whose stock Rival never showed read "In stock: yes" in the
    # pairs table and in `export price`. It is now unknown ("—", an empty cell).
    _stock_mixed(workspace, tmp_path)
    # (The out-of-stock cocoa is listed too, since the eighth pass: "no", and not in the price figures.)
    assert _pairs_column(workspace, tmp_path, key=0, value=-1) == {"A1": "yes", "A2": "—", "A3": "no"}
    _invoke(workspace, "export", "price", str(tmp_path / "price.csv"))
    with open(tmp_path / "price.csv", encoding="utf-8-sig", newline="") as handle:
        exported = {row["sku"]: row["in_stock"] for row in csv.DictReader(handle)}
    assert exported["A1"] in ("True", "true", "yes") and exported["A2"] == ""


def test_the_report_says_which_pairs_the_stock_kept_out_of_the_index_and_which_it_could_not_judge(workspace, tmp_path):
    # The out-of-stock cocoa was left out of the price index without a word, and the tea (stock not shown)
    # was counted as available without a word. Each is now one note.
    _stock_mixed(workspace, tmp_path)
    _invoke(workspace, "report", "-o", str(tmp_path / "r.html"))
    text = " ".join(BeautifulSoup((tmp_path / "r.html").read_text(encoding="utf-8"), "html.parser").get_text().split())
    assert "Rival: 1 matched product out of stock there, left out of the price figures." in text
    assert "Rival: 1 of 3 matched products with no stock state in what was read" in text
    assert "counts as available" in text  # the index's definition says so too


def test_pairs_in_our_currency_beside_converted_ones_are_not_said_converted(workspace, tmp_path):
    # Two competitors, one pricing in our EUR, one in USD with a rate: the EUR competitor's pairs read
    # "gtin, converted from nan" in the pairs table and in `export price`.
    workspace.add_competitor("Rival", "https://rival.example/")
    workspace.add_competitor("Yank", "https://yank.example/")
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8") + "\n[currencies]\nrates = { USD = 0.92 }\n", encoding="utf-8")
    (tmp_path / "ours.csv").write_text("sku,name,price,gtin\nA1,Coffee beans 1 kg,12.00,4006381333931\n", encoding="utf-8")
    (tmp_path / "rival.csv").write_text("key,name,price,gtin\nr1,Coffee beans 1 kg,11.00,4006381333931\n", encoding="utf-8")
    (tmp_path / "yank.csv").write_text("key,name,price,gtin,currency\ny1,Coffee beans 1 kg,13.00,4006381333931,USD\n",
                                       encoding="utf-8")
    _invoke(workspace, "catalogue", "import", str(tmp_path / "ours.csv"))
    _invoke(workspace, "offers", "import", str(tmp_path / "rival.csv"), "--competitor", "Rival")
    _invoke(workspace, "offers", "import", str(tmp_path / "yank.csv"), "--competitor", "Yank")
    _invoke(workspace, "match")
    assert _pairs_column(workspace, tmp_path, key=3, value=-2) == {"Rival": "gtin",
                                                                   "Yank": "gtin, converted from USD at 0.92"}
    _invoke(workspace, "export", "price", str(tmp_path / "price.csv"))
    assert "nan" not in (tmp_path / "price.csv").read_text(encoding="utf-8-sig")
