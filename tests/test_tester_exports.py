"""An outside tester's pass over exports: what a person reviewing pairs in a
spreadsheet reads must say what each figure is."""

from __future__ import annotations

import csv

from click.testing import CliRunner

from storecheck.cli import cli


def invoke(workspace, *args):
    return CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)])


def test_a_matches_export_names_the_currency_of_their_price_beside_ours(workspace, tmp_path):
    # A competitor pricing in USD, matched to our EUR product: the file said "1.40, 19.00, EUR",
    # their dollars shown as euros to the person deciding whether the two are one product.
    ours, theirs = tmp_path / "ours.csv", tmp_path / "theirs.csv"
    ours.write_text("sku,name,gtin,price,currency\nO1,Widget One,4006381333931,1.40,EUR\n", encoding="utf-8")
    theirs.write_text("key,name,gtin,price,currency\nW-1,Widget One,4006381333931,19.00,USD\n", encoding="utf-8")
    assert invoke(workspace, "competitor", "add", "Yankee").exit_code == 0
    for args in (("catalogue", "import", str(ours)), ("offers", "import", str(theirs), "--competitor", "Yankee"),
                 ("match",), ("matches", "export", str(tmp_path / "pairs.csv"))):
        result = invoke(workspace, *args)
        assert result.exit_code == 0, result.output
    with (tmp_path / "pairs.csv").open(encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["our_price"], row["currency"]) == ("1.4000", "EUR")
    assert (row["their_price"], row["their_currency"]) == ("19.0000", "USD")

    # The file a person edits reads back as before.
    row["status"] = "confirmed"
    with (tmp_path / "decided.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(row))
        writer.writeheader()
        writer.writerow(row)
    result = invoke(workspace, "matches", "import", str(tmp_path / "decided.csv"))
    assert result.exit_code == 0, result.output
