"""A fourth tester's pass over visit files as staff write them by hand, through `visit import`."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from storecheck import db
from storecheck.cli import cli
from storecheck.visits import parse_when
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


@pytest.mark.parametrize(("written", "us_dates", "expected"), [
    ("02/12/2025 9h30", False, datetime(2025, 12, 2, 9, 30)),      # France: "9h30"
    ("02/12/2025 14h", False, datetime(2025, 12, 2, 14, 0)),
    ("2/12/2025 14H05", False, datetime(2025, 12, 2, 14, 5)),
    ("02/12/2025 09:30:00", False, datetime(2025, 12, 2, 9, 30)),  # Excel's date-and-time cell, with seconds
    ("02.12.2025 09:30:00", False, datetime(2025, 12, 2, 9, 30)),  # the same, German Excel
    ("2.12.2025 9.30", False, datetime(2025, 12, 2, 9, 30)),       # Finnish and Danish clocks
    ("02-12-2025 09:30", False, datetime(2025, 12, 2, 9, 30)),     # Dutch Excel
    ("12/02/2025 9:30:00 AM", True, datetime(2025, 12, 2, 9, 30)),  # US Excel
    ("12/02/2025 2:05 pm", True, datetime(2025, 12, 2, 14, 5)),
])
def test_a_visit_time_as_a_spreadsheet_in_europe_writes_it_is_read(written, us_dates, expected):
    # A visits sheet filled in Excel and saved as CSV writes the date and time in the local format:
    # each of these was refused ("is not a date and time"), and the whole file with it.
    assert parse_when(written, us_dates=us_dates) == expected.astimezone(UTC)


@pytest.mark.parametrize("written", ["02/12/2025 25h00", "31/02/2025 9h30", "02/12/2025 9h61", "02/12/2025 9h3",
                                     "02/12/2025 13:30 pm", "13/25/2025 9:30", "02/12/2025", "9h30"])
def test_a_visit_time_that_is_no_time_is_still_refused(written):
    with pytest.raises(ValueError):
        parse_when(written)


def test_a_visits_file_saved_by_a_french_excel_is_imported(workspace, tmp_path):
    # Excel in France saves "CSV (séparateur: point-virgule)": a BOM, semicolons, decimal commas,
    # day-first dates, and the time as the manager typed it.
    ws = make_visit_workspace(workspace)
    path = tmp_path / "visites.csv"
    path.write_bytes("\ufeffcompetitor;store;visited_at;visitor;footfall_count;footfall_minutes;average_ticket;"
                     "average_ticket_source;score_environment\r\n"
                     "Rival;Station;02/03/2025 9h30;Anne;12;15;12,50;till;4\r\n".encode("utf-8"))
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    listed = run(ws, "visit", "list")
    assert "2025-03-02 09:30" in listed.output, listed.output


def test_the_visit_form_asks_again_for_a_shelf_price_past_four_decimals(workspace):
    # The web form stored 0.01235 as 0.0124 without a word (review R2): it now asks for the amount
    # again, under its field, as it does for any other value it cannot keep as written.
    from bs4 import BeautifulSoup

    from storecheck.web import create_app
    from test_web import form, token_of

    ws = make_visit_workspace(workspace)
    client = create_app(ws).test_client()
    values = form(**{"price_checks-0-what": "Loose tea per g", "price_checks-0-price": "0.01235", "average_ticket": "12.345678"})
    response = client.post("/visits/new", data={**values, "csrf_token": token_of(client)})
    assert response.status_code == 422, response.text[:300]
    page = BeautifulSoup(response.text, "html.parser")
    assert "write it as 0.0124" in page.select_one("#price_checks-0-price-error").get_text()
    assert "write it as 12.3457" in page.select_one("#average_ticket-error").get_text()
    assert stored_prices(ws) == []


def test_a_yaml_visit_keeps_words_and_codes_as_written(workspace, tmp_path):
    # YAML 1.1, which PyYAML reads, turns "No" and "On" into booleans, "0123" into the octal 83 and
    # "1_000" into 1000: a visitor called No was stored as "False", notes "On" as "True", our sku
    # 0123 was "'83' is not in our catalogue", and a product written 0123 became a product "83".
    ws = make_visit_workspace(workspace)
    ours = tmp_path / "ours.csv"
    ours.write_text("sku,name,price\n0123,Tea 0123,2.00\n", encoding="utf-8")
    assert run(ws, "catalogue", "import", str(ours)).exit_code == 0
    path = tmp_path / "visits.yaml"
    path.write_text("- competitor: Rival\n  store: Station\n  visited_at: 2025-03-02 17:00\n  visitor: No\n"
                    "  holiday: yes\n  footfall: {count: 30, minutes: 15}\n  notes: On\n  price_checks:\n"
                    "    - sku: 0123\n      price: 1.99\n    - product: 1_000\n      price: 2.50\n"
                    "    - product: 0777\n      price: 3\n", encoding="utf-8")
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    engine = db.open_database(ws.database_url)
    try:
        with engine.connect() as conn:
            visit = conn.execute(select(db.visits)).one()
            checks = conn.execute(select(db.visit_price_checks.c.sku, db.visit_price_checks.c.product)).all()
    finally:
        engine.dispose()
    assert (visit.visitor, visit.notes, visit.holiday, visit.footfall_count) == ("No", "On", True, 30)
    assert sorted((c.sku or "", c.product or "") for c in checks) == [("", "0777"), ("", "1_000"), ("0123", "")], checks


def test_a_photo_just_over_the_limit_says_by_how_much(tmp_path):
    # A phone photo of 8.04 MB against the 8 MB limit was refused as "8.0 MB; the limit is 8.0 MB".
    from storecheck.visits import PhotoError, PhotoFiles, check_photo

    with pytest.raises(PhotoError, match=r"the photo is 8\.1 MB; the limit is 8 MB"):
        check_photo(b"\xff\xd8\xff" + b"\0" * 8_040_000, 8_000_000)
    with pytest.raises(PhotoError, match=r"the photo is 0\.1 MB; the limit is 0\.02 MB"):
        check_photo(b"\xff\xd8\xff" + b"\0" * 60_000, 20_000)
    (tmp_path / "shelf.jpg").write_bytes(b"\xff\xd8\xff" + b"\0" * 8_000_001)
    with pytest.raises(PhotoError, match=r"'shelf.jpg' is 8\.1 MB; the limit is 8 MB"):
        PhotoFiles(tmp_path, 8_000_000, None)("shelf.jpg")


def test_a_file_whose_first_line_names_its_separator_for_excel_is_read(workspace, tmp_path):
    # "sep=;" on the first line is what tools write so that Excel splits the columns: the line was
    # read as the header, and the file refused ("6 fields but the header has 2").
    ws = make_visit_workspace(workspace)
    path = tmp_path / "visits.csv"
    path.write_bytes("\ufeffsep=;\r\ncompetitor;store;visited_at;visitor;footfall_count;footfall_minutes;average_ticket\r\n"
                     "Rival;Station;02/03/2025 9h30;Anne;12;15;abc\r\n".encode("utf-8"))
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 1
    assert "line 3, column 'average_ticket'" in result.output, result.output  # lines counted as the file has them
    path.write_bytes(path.read_bytes().replace(b";abc", b";"))
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    ours = tmp_path / "ours.csv"
    ours.write_text("sep=;\nsku;name;price\nZ1;Tea;2,50\n", encoding="utf-8")
    result = run(ws, "catalogue", "import", str(ours))
    assert result.exit_code == 0 and "1 new" in result.output, result.output
