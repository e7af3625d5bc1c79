"""A fourth tester's pass over visit files as staff write them by hand, through `visit import`."""

from __future__ import annotations

from decimal import Decimal

from click.testing import CliRunner
from sqlalchemy import select

from storecheck import db
from storecheck.cli import cli
from test_visits import GOOD_ROWS, make_visit_workspace, write_csv


def run(workspace, *args: str):
    return CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)])


def stored_prices(workspace) -> list[Decimal]:
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            return sorted(conn.execute(select(db.observations.c.price)).scalars())
    finally:
        engine.dispose()


def test_a_shelf_price_past_four_decimals_is_rounded_with_a_warning(workspace, tmp_path):
    # A price typed with five decimals (a unit price off a shelf label, or a spreadsheet's float) was
    # stored rounded to four without a word, where the offers import says so and names the row.
    ws = make_visit_workspace(workspace)
    visits_file = write_csv(tmp_path / "visits.csv", [GOOD_ROWS[1]])
    checks = write_csv(tmp_path / "checks.csv", [[2, "", "Loose tea per g", "0.01235", "0.015555"]],
                       header=["visit_row", "sku", "product", "price", "regular_price"])
    result = run(ws, "visit", "import", str(visits_file), "--price-checks", str(checks))
    assert result.exit_code == 0, result.output
    assert "checks.csv row 2, column 'price': '0.01235' is kept as 0.0124" in result.output, result.output
    assert "checks.csv row 2, column 'regular_price': '0.015555' is kept as 0.0156" in result.output, result.output
    assert stored_prices(ws) == [Decimal("0.0124")]


def test_an_average_ticket_past_four_decimals_is_rounded_with_a_warning(workspace, tmp_path):
    ws = make_visit_workspace(workspace)
    row = list(GOOD_ROWS[1])
    row[7] = "12.345678"
    result = run(ws, "visit", "import", str(write_csv(tmp_path / "visits.csv", [row])))
    assert result.exit_code == 0, result.output
    assert "line 2, column 'average_ticket': '12.345678' is kept as 12.3457" in result.output, result.output


def test_a_yaml_shelf_price_past_four_decimals_names_its_visit(workspace, tmp_path):
    ws = make_visit_workspace(workspace)
    path = tmp_path / "visits.yaml"
    path.write_text("- competitor: Rival\n  store: Station\n  visited_at: 2025-03-02 17:00\n  visitor: Ben\n"
                    "  price_checks:\n    - product: Saffron per g\n      price: 4.123456\n", encoding="utf-8")
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    assert "'4.123456' is kept as 4.1235" in result.output and "price_checks.0.price" in result.output, result.output
