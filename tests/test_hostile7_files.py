"""Hostile files set aside (bench/history/crawl.md, "hostile7: hostile inputs set aside, seventh
batch (twenty-third session)", cases F62-F70), read through the real commands (and the visit form)
as users' files and hands reach them. Where the case is about a process that dies, the command
runs in a process of its own. The earlier batches cover their neighbours
(tests/test_hostile6_files.py back to test_hostile2_files.py, test_hostile_inputs.py,
test_faults_io.py, test_visits_stores.py).

Written, with what a serious tool should do, before storecheck read any of it: where I expected
storecheck to fail, the test is a strict expected failure as committed."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from shared_fixtures import make_visit_workspace
from storecheck import db
from storecheck.config import Workspace
from test_hostile2_files import invoke, own, rival
from test_hostile3_files import flat, own_rows, visits_saved
from test_hostile5_files import offer_rows
from test_hostile6_files import no_traceback, xlsx_of
from test_web import form, token_of


# --- F62: a byte order mark in the middle of a file ---------------------------------------------------------------


def test_f62_a_byte_order_mark_starting_a_line_mid_file_is_not_part_of_the_key(workspace, tmp_path):
    """Two exports pasted together, the second's header deleted by hand but not its BOM (U+FEFF, an
    invisible character): line 3's key reads "\ufeffK2" to a program, "K2" to a person. The next
    file's K2 must update that offer, not add a second K2 beside it."""
    ws = rival(workspace)
    path = tmp_path / "offers.csv"
    path.write_bytes(b"key,name,price\nK1,Mug,1.00\n\xef\xbb\xbfK2,Cup,2.00\n")
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    no_traceback(result.output)
    assert result.exit_code == 0, result.output
    again = tmp_path / "offers-2.csv"
    again.write_text("key,name,price\nK2,Cup,2.50\n", encoding="utf-8")
    assert invoke(ws, "offers", "import", str(again), "--competitor", "Rival").exit_code == 0
    rows = offer_rows(ws)
    assert sorted(rows) == ["K1", "K2"], sorted(map(ascii, rows))
    assert rows["K2"]["price"] == Decimal("2.50"), rows["K2"]


# --- F63, F64, F69: spreadsheet price cells --------------------------------------------------------------------------


def test_f63_text_prices_with_non_breaking_and_narrow_spaces_are_read(workspace, tmp_path):
    """Prices typed as text in a French or German spreadsheet: Excel and LibreOffice write thousands
    with a narrow no-break space (U+202F) or a no-break space (U+00A0), and so does the currency sign."""
    path = xlsx_of(tmp_path / "ours.xlsx", [["sku", "name", "price"], ["S1", "Sofa", "1\u202f299,00\u00a0€"],
                                            ["S2", "Mug", "12,50\u00a0€"], ["S3", "Desk", "1\u00a0299.00"],
                                            ["S4", "Cup", "€\u00a03,50"]])
    result = invoke(workspace, "catalogue", "import", str(path))
    no_traceback(result.output)
    assert result.exit_code == 0, result.output
    prices = {sku: row["price"] for sku, row in own_rows(workspace).items()}
    assert prices == {"S1": Decimal("1299.00"), "S2": Decimal("12.50"), "S3": Decimal("1299.00"), "S4": Decimal("3.50")}, prices


def test_f64_numbers_shown_in_dollars_in_a_euro_workspace_are_never_stored_as_euros(workspace, tmp_path):
    """F61's neighbour in a workbook: the cells hold plain numbers (12.5), which Excel shows as
    "$12.50" by their number format (a US system's export). What the user sees is dollars."""
    path = xlsx_of(tmp_path / "ours.xlsx", [["sku", "name", "price"], ["S1", "Mug", 12.5], ["S2", "Teapot", 8]])
    book = openpyxl.load_workbook(path)
    for row in (2, 3):
        book.active.cell(row, 3).number_format = '"$"#,##0.00'
    book.save(path)
    result = invoke(workspace, "catalogue", "import", str(path))
    text = flat(result.output)
    no_traceback(result.output)
    rows = own_rows(workspace)
    # (corrected at the first reading) refused, nothing is stored: rows are asked only of an import
    assert rows or result.exit_code != 0, result.output
    for sku in ("S1", "S2"):
        if sku in rows and rows[sku]["price"] is not None:
            assert rows[sku]["currency"] == "USD", (sku, rows[sku])
    if result.exit_code != 0:
        assert "line 2" in text and "price" in text, text


def test_f69_true_and_false_in_a_workbook_price_column_are_never_prices(workspace, tmp_path):
    """A price column with TRUE and FALSE cells (a checkbox column pasted over it): to Python, True
    is 1 and False 0."""
    path = xlsx_of(tmp_path / "ours.xlsx", [["sku", "name", "price"], ["S1", "Mug", 3.5], ["S2", "Teapot", True],
                                            ["S3", "Kettle", False]])
    result = invoke(workspace, "catalogue", "import", str(path))
    text = flat(result.output)
    no_traceback(result.output)
    rows = own_rows(workspace)
    assert rows.get("S2", {}).get("price") is None and rows.get("S3", {}).get("price") is None, rows
    assert "line 3" in text and "line 4" in text and "price" in text, text


# --- F65: an import killed halfway -----------------------------------------------------------------------------------


def test_f65_a_catalogue_import_killed_halfway_loses_nothing_and_its_rerun_completes(workspace, tmp_path):
    """`catalogue import` of 200,000 products killed (SIGKILL: the machine's OOM killer, a closed
    laptop) while it writes, then run again: the database is whole, the product stored before is
    still there, and the rerun leaves each product once at the file's price."""
    if not workspace.database_url.startswith("sqlite:///"):
        pytest.skip("reads the SQLite file while the import writes it")
    first = tmp_path / "first.csv"
    first.write_text("sku,name,price\nK0,Kept Cup,1.00\n", encoding="utf-8")
    assert invoke(workspace, "catalogue", "import", str(first)).exit_code == 0
    path = tmp_path / "ours.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("sku,name,price\n")
        for n in range(1, 200_001):
            out.write(f"S{n},Plate {n},{n % 90 + 1}.25\n")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(__file__).parents[1]), env.get("PYTHONPATH", "")) if p)
    database = Path(workspace.database_url.removeprefix("sqlite:///"))
    process = subprocess.Popen([sys.executable, "-m", "storecheck", "catalogue", "import", str(path), "--workspace",
                                str(workspace.path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)) as conn:
                if conn.execute("SELECT count(*) FROM own_products").fetchone()[0] > 1:
                    break  # writing: some batches in, more to come
            time.sleep(0.05)
        killed_while_running = process.poll() is None
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    print("killed while running:", killed_while_running)
    with contextlib.closing(sqlite3.connect(database)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert own(workspace).get("K0") == "Kept Cup"
    result = invoke(workspace, "catalogue", "import", str(path))
    no_traceback(result.output)
    assert result.exit_code == 0, result.output[-1000:]
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(db.own_products.c.sku, db.own_products.c.price)).all()
    finally:
        engine.dispose()
    assert len(rows) == 200_001 and len({sku for sku, _ in rows}) == 200_001, len(rows)
    prices = dict(rows)
    assert prices["S1"] == Decimal("2.25") and prices["S200000"] == Decimal(f"{200_000 % 90 + 1}.25"), (prices["S1"], prices["S200000"])


# --- F66: invisible characters in a store's name ---------------------------------------------------------------------


def test_f66_a_store_added_again_with_an_invisible_character_is_the_same_store(workspace, tmp_path):
    """`store add Rival "Main\u200b"` (a name pasted from a web page carrying a zero-width space)
    beside "Main": two stores that read the same in the report, each visit under one of them."""
    ws = rival(workspace)
    result = invoke(ws, "store", "add", "Rival", "Main\u200b")
    names = [s.name for s in Workspace(ws.path).config.competitor("Rival").stores]
    assert result.exit_code != 0 and names == ["Main"], (names, result.output)
    assert "Main" in result.output, result.output


def test_f66b_a_visit_to_a_store_written_with_a_zero_width_joiner_is_kept_or_named(workspace, tmp_path):
    """A visits file whose store is "Main" with a zero-width joiner and a left-to-right mark typed in
    (a phone's keyboard): saved under Main, or refused naming line 2 and showing the hidden characters."""
    ws = rival(workspace)
    path = tmp_path / "visits.csv"
    path.write_text("competitor,store,visited_at\nRival,Ma\u200din\u200e,2026-11-01 10:00\n", encoding="utf-8")
    result = invoke(ws, "visit", "import", str(path))
    no_traceback(result.output)
    engine = db.open_database(ws.database_url)
    try:
        with engine.connect() as conn:
            names = list(conn.execute(select(db.stores.c.name)).scalars())
    finally:
        engine.dispose()
    assert all(name == "Main" for name in names), [ascii(n) for n in names]
    if result.exit_code != 0:
        text = flat(result.output)
        assert visits_saved(ws) == 0 and "line 2" in text, text
        assert "\\u200d" in text or "invisible" in text.lower() or "zero-width" in text.lower(), text
    else:
        assert visits_saved(ws) == 1


# --- F67: the visit form posted with a field given twice ---------------------------------------------------------


def test_f67_a_visit_form_posted_with_a_field_twice_is_refused_naming_it(workspace):
    """A form posted by a script, a browser extension or a double-submitting proxy with
    `footfall_count` twice (12, then 1,200): which one the person meant is not known (F40's YAML
    neighbour)."""
    from storecheck.web import create_app

    ws = make_visit_workspace(workspace)
    client = create_app(ws).test_client()
    values = {**form(), "csrf_token": token_of(client)}
    values["footfall_count"] = ["12", "1200"]
    response = client.post("/visits/new", data=values)
    assert visits_saved(ws) == 0, response.status_code
    assert 400 <= response.status_code < 500, response.status_code
    assert "footfall_count" in response.text or "footfall" in response.text.lower()
    # (added with the mend) the page names it where the field is, not only somewhere in the form's labels
    from bs4 import BeautifulSoup

    shown = BeautifulSoup(response.text, "html.parser").select_one("#footfall_count-error")
    assert shown is not None and "sent 2 times" in shown.get_text(), response.text[:2000]


# --- F68, F70: where in the file -------------------------------------------------------------------------------------


def test_f68_a_bad_price_in_a_pretty_printed_json_file_is_named_by_its_record_or_true_line(workspace, tmp_path):
    """hostile6's leftover: JSON records are numbered as "line N" in every message, but a
    pretty-printed file's line 3 is the first record's "name". The user must find the bad price."""
    ws = rival(workspace)
    path = tmp_path / "offers.json"
    records = [{"key": "K1", "name": "Mug", "price": "1.00"}, {"key": "K2", "name": "Cup", "price": "2.00"},
               {"key": "K3", "name": "Bowl", "price": "three"}]
    text_of_file = json.dumps(records, indent=2)
    path.write_text(text_of_file, encoding="utf-8")
    true_line = next(n for n, line in enumerate(text_of_file.splitlines(), 1) if "three" in line)
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    text = flat(result.output)
    no_traceback(result.output)
    assert "three" in text and "price" in text, text
    assert "record 3" in text or f"line {true_line}" in text, text


def test_f70_a_visits_yaml_of_two_documents_is_read_whole_or_refused(workspace, tmp_path):
    """Two visits files pasted together, each starting with `---`: never the second document dropped
    without a word."""
    ws = rival(workspace)
    path = tmp_path / "visits.yaml"
    path.write_text("---\n- competitor: Rival\n  store: Main\n  visited_at: 2026-11-01 10:00\n"
                    "---\n- competitor: Rival\n  store: Main\n  visited_at: 2026-11-02 10:00\n", encoding="utf-8")
    result = invoke(ws, "visit", "import", str(path))
    no_traceback(result.output)
    if result.exit_code == 0:
        assert visits_saved(ws) == 2, result.output
    else:
        assert visits_saved(ws) == 0
        assert "document" in flat(result.output).lower() or "---" in result.output, result.output


def test_f64b_numbers_shown_in_the_shops_own_currency_or_in_units_import_as_before(workspace, tmp_path):
    """(added with the mend) A workbook formatting its prices in euros, in a workspace pricing in EUR,
    and a price cell formatted with a unit ("0.00 kg": no currency): read as the numbers they hold."""
    path = xlsx_of(tmp_path / "ours.xlsx", [["sku", "name", "price"], ["S1", "Mug", 12.5], ["S2", "Teapot", 8]])
    book = openpyxl.load_workbook(path)
    book.active.cell(2, 3).number_format = "[$€-407] #,##0.00"
    book.active.cell(3, 3).number_format = '0.00" kg"'
    book.save(path)
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    rows = own_rows(workspace)
    assert {sku: (row["price"], row["currency"]) for sku, row in rows.items()} == {
        "S1": (Decimal("12.50"), "EUR"), "S2": (Decimal("8.00"), "EUR")}, rows


def test_a_damaged_workbook_is_named_once(workspace, tmp_path):
    """(hostile6's leftover) "PATH: PATH is not a readable XLSX file": the command puts the file's
    path before every import error, and the workbook's reader named it again."""
    path = tmp_path / "ours.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    result = invoke(workspace, "catalogue", "import", str(path))
    text = flat(result.output)
    assert result.exit_code != 0 and "not a readable XLSX file" in text, text
    assert text.count(str(path)) == 1, text


def test_f64c_cells_written_without_their_reference_are_read_for_their_currency_too(workspace, tmp_path):
    """(added with the mend) A cell may leave out its reference (`<c s="1">`, allowed, some writers
    do): the scan that finds the currency's cells cannot place it, and the sheet is read by the parser."""
    import re as regex
    import zipfile

    path = xlsx_of(tmp_path / "ours.xlsx", [["sku", "name", "price"], ["S1", "Mug", 12.5], ["S2", "Teapot", 8]])
    book = openpyxl.load_workbook(path)
    for row in (2, 3):
        book.active.cell(row, 3).number_format = '"$"#,##0.00'
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    parts["xl/worksheets/sheet1.xml"] = regex.sub(r'(<c) r="[A-Z]+\d+"', r"\1", sheet).encode()
    assert 'r="C2"' not in parts["xl/worksheets/sheet1.xml"].decode()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, part in parts.items():
            archive.writestr(name, part)
    result = invoke(workspace, "catalogue", "import", str(path))
    rows = own_rows(workspace)
    assert all(row["currency"] == "USD" for row in rows.values() if row["price"] is not None), rows
    assert rows or ("line 2" in flat(result.output) and "price" in flat(result.output)), result.output
