"""A tenth tester's pass on the report: a pair across pack sizes in the largest gaps.

The report compares our 1 kg bag at 12.00 with their 500 g bag at 6.50 per kg (12.00 against 13.00).
Its pairs table said "compared per kg" beside the method; the largest gaps tables showed "Ours
€12.00, Theirs €13.00" with no word of the unit: a manager who looked up their price found 6.50."""

from __future__ import annotations

from bs4 import BeautifulSoup
from test_alerts import cli_run
from test_tester10_product_page import _coffee_against_two_rivals


def test_the_largest_gaps_say_a_pair_is_compared_per_unit(workspace):
    _coffee_against_two_rivals(workspace)
    report = workspace.path / "reports" / "r.html"
    assert cli_run(workspace, "report", "-o", str(report)).exit_code == 0
    soup = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")
    row = soup.select_one("#gaps-cheaper tbody tr")
    cells = [td.get_text(" ", strip=True) for td in row.select("td")]
    assert cells[2] == "€12.00 per kg" and cells[3] == "€13.00 per kg", cells



def test_the_price_export_names_the_basis_in_a_column_of_its_own(workspace, tmp_path):
    import csv

    _coffee_against_two_rivals(workspace)
    exported = tmp_path / "price.csv"
    assert cli_run(workspace, "export", "price", str(exported)).exit_code == 0
    [row] = list(csv.DictReader(exported.read_text(encoding="utf-8").splitlines()))
    assert list(row)[-1] == "basis" and row["basis"] == "per kg"
    assert (float(row["our_price"]), float(row["their_price"])) == (12.0, 13.0)
