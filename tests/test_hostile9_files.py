"""Hostile files set aside (bench/history/crawl.md, "hostile9: hostile inputs set aside, ninth
batch (twenty-fifth session)", cases F81-F90), read through the real commands as users' files
reach them. Where the case is about a process that dies, the command runs in a process of its
own. The earlier batches cover their neighbours (tests/test_hostile8_files.py back to
test_hostile2_files.py, test_hostile_inputs.py, test_faults_io.py, test_visits_stores.py).

Written, with what a serious tool should do, before storecheck read any of it: where I expected
storecheck to fail, or did not know, the test was a non-strict expected failure as committed (a
strict one the first reading went against leaves main red); the first reading made each exact:
a strict expected failure where storecheck failed, a plain test where it did not."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from storecheck import db
from test_hostile2_files import invoke, own, rival
from test_hostile3_files import flat, own_rows, visits_saved
from test_hostile5_files import offer_rows
from test_hostile6_files import no_traceback, xlsx_of

def kept_first(ws, tmp_path) -> None:
    """An offer stored before the hostile file, which must still be there after it."""
    first = tmp_path / "first.csv"
    first.write_text("key,name,price\nK0,Kept,1.00\n", encoding="utf-8")
    assert invoke(ws, "offers", "import", str(first), "--competitor", "Rival").exit_code == 0


# --- F81: a number past what Python reads as an integer --------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_f81_an_offers_json_price_of_five_thousand_digits_is_named_by_its_record(workspace, tmp_path, suffix):
    """F8's 10,000-digit price cell, in JSON, where it is a bare *number*: 1 followed by 5,000 zeros.
    Python refuses to turn more than 4,300 digits into an int (CVE-2020-10735's limit), in the JSON
    reader itself, before any price check sees it. An error naming record (or line) 2 and, where
    the reader can, the price; no traceback; nothing stored; the earlier offer kept."""
    ws = rival(workspace)
    kept_first(ws, tmp_path)
    records = ['{"key": "K1", "name": "Mug", "price": "1.00"}', '{"key": "K2", "name": "Cup", "price": 1%s}' % ("0" * 5000)]
    path = tmp_path / f"offers{suffix}"
    path.write_text(("[\n" + ",\n".join(records) + "\n]\n") if suffix == ".json" else "\n".join(records) + "\n", encoding="utf-8")
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    text = flat(result.output)
    no_traceback(result.output)
    assert result.exit_code != 0 and "SystemError" not in text, text
    assert ("record 2" if suffix == ".json" else "line 2") in text or ("line 3" in text and suffix == ".json"), text
    assert sorted(offer_rows(ws)) == ["K0"], sorted(offer_rows(ws))


# --- F82: a byte order mark written twice -----------------------------------------------------------------------------


def test_f82_a_csv_starting_with_two_byte_order_marks_reads_its_header(workspace, tmp_path):
    """F62's BOM on line 3, at the top and twice: a file saved through two tools that each add one
    (`EF BB BF EF BB BF sku,...`). The reader takes off the first; the second sits in the first
    column's name, where "\\ufeffsku" is no column anyone typed. The header read (the products
    stored with their skus), or refused naming the mark; never a catalogue without its sku column."""
    path = tmp_path / "ours.csv"
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbfsku,name,price\nS1,Mug,3.50\nS2,Cup,2.00\n")
    result = invoke(workspace, "catalogue", "import", str(path))
    text = flat(result.output)
    no_traceback(result.output)
    if result.exit_code == 0:
        assert own(workspace) == {"S1": "Mug", "S2": "Cup"}, own(workspace)
    else:
        assert "byte order mark" in text or "BOM" in text, text
        assert own(workspace) == {}


# --- F83: a spreadsheet cell given twice ------------------------------------------------------------------------------


def test_f83_a_workbook_row_giving_one_cell_twice_never_shifts_a_value_into_another_column(workspace, tmp_path):
    """F79's hand-written sheet XML, where a generator writes row 2's price cell twice (`<c r="C2">`
    with 3.50, then again with 35). The cells of a row are addressed by their reference: the two
    values name one cell, not two columns. Refused naming C2 (or row 2 and `price`), or one of the
    two read as the price; never 35 read into the column after price (`url`), nor the row's
    other cells moved."""
    path = xlsx_of(tmp_path / "ours.xlsx", [["sku", "name", "price", "url"], ["S1", "Mug", 0, "https://example.com/1"],
                                            ["S2", "Cup", 2, "https://example.com/2"]])
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet, count = re.subn(r'<c r="C2"[^>]*>.*?</c>', '<c r="C2" t="n"><v>3.5</v></c><c r="C2" t="n"><v>35</v></c>', sheet)
    assert count == 1, sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, part in parts.items():
            archive.writestr(name, part)
    result = invoke(workspace, "catalogue", "import", str(path))
    text = flat(result.output)
    no_traceback(result.output)
    rows = own_rows(workspace)
    if result.exit_code == 0 and "S1" in rows:
        assert rows["S1"]["price"] in (Decimal("3.50"), Decimal("35.00")), rows["S1"]
        assert rows["S1"]["url"] == "https://example.com/1", rows["S1"]
        assert rows["S2"]["price"] == Decimal("2.00") and rows["S2"]["url"] == "https://example.com/2", rows["S2"]
    else:
        assert ("C2" in text or ("row 2" in text and "price" in text)), text
        assert rows == {} or "S1" not in rows, rows
    # (added with hostile10's mend, `workbooks.sheet_records`) never the second value without a word:
    # the cell refused, naming both values (the first reading read 35 silently)
    assert result.exit_code != 0 and "cell C2: given twice" in text and "3.5, then 35" in text, text


# --- F84, F85: visits YAML whose visits are not mappings, and times across the date line ------------------------------


def test_f84_a_visits_yaml_whose_visits_are_text_a_list_or_null_names_each(workspace, tmp_path):
    """F75's JSON lines that are no records, in a visits YAML: visit 1 right, visit 2 the text
    `Rival, Main, 2026-11-02` (typed as one line), visit 3 a list, visit 4 empty (`-` alone). Each
    odd one named by its number (or line), no traceback, nothing saved."""
    ws = rival(workspace)
    path = tmp_path / "visits.yaml"
    path.write_text("- competitor: Rival\n  store: Main\n  visited_at: 2026-11-01 10:00\n"
                    "- Rival, Main, 2026-11-02\n- [Rival, Main]\n-\n", encoding="utf-8")
    result = invoke(ws, "visit", "import", str(path))
    text = flat(result.output)
    no_traceback(result.output)
    assert result.exit_code != 0, text
    assert all(f"visit {n}" in text or f"line {n + 2}" in text for n in (2, 3, 4)), text
    assert visits_saved(ws) == 0


def test_f85_visit_times_with_offsets_across_the_date_line_are_stored_at_their_instant(workspace, tmp_path):
    """A visits YAML from staff on both sides of the date line, each time with its offset as
    phones write it: `2026-11-01T10:00:00+14:00` (Kiribati) and `2026-11-01T10:00:00-12:00`
    (Baker Island), and one in `Z`. Each stored at the instant it names (20:00 and 22:00 UTC the day
    before and the day of; 10:00 UTC), never the wall time taken for UTC or the store's clock."""
    ws = rival(workspace)
    path = tmp_path / "visits.yaml"
    path.write_text("- competitor: Rival\n  store: Main\n  visited_at: 2026-11-01T10:00:00+14:00\n"
                    "- competitor: Rival\n  store: Main\n  visited_at: 2026-11-01T10:00:00-12:00\n"
                    "- competitor: Rival\n  store: Main\n  visited_at: 2026-11-01T10:00:00Z\n", encoding="utf-8")
    result = invoke(ws, "visit", "import", str(path))
    no_traceback(result.output)
    assert result.exit_code == 0, result.output
    engine = db.open_database(ws.database_url)
    try:
        with engine.connect() as conn:
            times = conn.execute(select(db.visits.c.visited_at)).scalars().all()
    finally:
        engine.dispose()
    utc = sorted(t if t.tzinfo else t.replace(tzinfo=timezone.utc) for t in times)
    assert utc == [datetime(2026, 10, 31, 20, 0, tzinfo=timezone.utc), datetime(2026, 11, 1, 10, 0, tzinfo=timezone.utc),
                   datetime(2026, 11, 1, 22, 0, tzinfo=timezone.utc)], utc


# --- F86: a visit import killed halfway (hostile8's leftover) ---------------------------------------------------------


def _photos(folder: Path, count: int) -> list[str]:
    """`count` small PNGs, each of its own colour, so each is a photo of its own."""
    names = []
    for n in range(count):
        name = f"shelf-{n}.png"
        Image.new("RGB", (4, 4), (n % 256, n // 256, 7)).save(folder / name)
        names.append(name)
    return names


def test_f86_a_visit_import_killed_while_it_writes_stores_all_or_nothing_and_its_rerun_completes_it(workspace, tmp_path):
    """F65 and F76 for visits (hostile8's leftover): a visits CSV of 300 visits, each with a photo,
    SIGKILLed while it writes (its photos appearing in the workspace), then run again. A visit
    import writes the file in one transaction: the killed run stores no visit (nor half of one);
    the database whole; the rerun stores each visit once, with its photo."""
    if not workspace.database_url.startswith("sqlite:///"):
        pytest.skip("reads the SQLite file while the import writes it")
    ws = rival(workspace)
    names = _photos(tmp_path, 300)
    path = tmp_path / "visits.csv"
    path.write_text("competitor,store,visited_at,photos\n" + "".join(
        f"Rival,Main,2026-11-{1 + n // 600:02d} {8 + (n // 60) % 10:02d}:{n % 60:02d},{name}\n" for n, name in enumerate(names)),
        encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(__file__).parents[1]), env.get("PYTHONPATH", "")) if p)
    photos_dir = ws.photos_dir
    process = subprocess.Popen([sys.executable, "-m", "storecheck", "visit", "import", str(path), "--workspace", str(ws.path)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            if photos_dir.is_dir() and len(list(photos_dir.iterdir())) >= 20:
                break
            time.sleep(0.02)
        killed_while_writing = process.poll() is None
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert killed_while_writing
    database = Path(ws.database_url.removeprefix("sqlite:///"))
    with contextlib.closing(sqlite3.connect(database)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM visit_photos").fetchone()[0] == 0
    result = invoke(ws, "visit", "import", str(path))
    no_traceback(result.output)
    assert result.exit_code == 0 and "300 added" in flat(result.output), result.output[-1000:]
    assert visits_saved(ws) == 300
    engine = db.open_database(ws.database_url)
    try:
        with engine.connect() as conn:
            stored_photos = conn.execute(select(db.visit_photos.c.path)).scalars().all()
    finally:
        engine.dispose()
    assert len(set(stored_photos)) == 300 and all((photos_dir / p).is_file() for p in stored_photos)


# --- F87: digits of other scripts -------------------------------------------------------------------------------------


def test_f87_prices_in_full_width_arabic_indic_and_devanagari_digits_are_their_amount_or_named(workspace, tmp_path):
    """F37's minus sign of another script, for the digits themselves: `１２.５０` (full-width, what a
    Japanese keyboard's IME types), `١٢٫٥٠` (Arabic-Indic digits with the Arabic decimal separator)
    and `१२.५०` (Devanagari). Each stored as 12.50, or its line named with `price`; never another
    amount (1250, 12, 0.125)."""
    ws = rival(workspace)
    kept_first(ws, tmp_path)
    path = tmp_path / "offers.csv"
    path.write_text("key,name,price\nK1,Mug,\uff11\uff12.\uff15\uff10\nK2,Cup,\u0661\u0662\u066b\u0665\u0660\n"
                    "K3,Bowl,\u0967\u0968.\u096b\u0966\n", encoding="utf-8")
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    text = flat(result.output)
    no_traceback(result.output)
    rows = offer_rows(ws)
    for key, line in (("K1", 2), ("K2", 3), ("K3", 4)):
        if key in rows and rows[key].get("price") is not None:
            assert rows[key]["price"] == Decimal("12.50"), (key, rows[key]["price"])
        else:
            assert f"line {line}" in text and "price" in text, (key, text)
    assert "K0" in rows


# --- F88: a quote around one word of a cell ---------------------------------------------------------------------------


def test_f88_a_name_with_quotes_around_its_first_word_is_kept_as_typed_or_named(workspace, tmp_path):
    """A name typed in a text editor with quotes around one word at its start: `"Big" Mug`, and
    `12" Plate` (inches). CSV's rules make the first a quoted cell followed by more text, which
    readers mend differently; Python's, without a word, to `Big Mug`. The names as typed
    (`"Big" Mug`, `12" Plate`), or the line of the first named; never `Big Mug` silently."""
    path = tmp_path / "ours.csv"
    path.write_text('sku,name,price\nS1,"Big" Mug,3.50\nS2,12" Plate,2.00\nS3,Cup,1.00\n', encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    text = flat(result.output)
    no_traceback(result.output)
    names = own(workspace)
    if result.exit_code == 0 and "S1" in names:
        assert names["S1"] == '"Big" Mug' or "line 2" in text, (names, text)
        assert names["S1"] != "Big Mug" or "line 2" in text, (names, text)
        assert names["S2"] == '12" Plate', names
    else:
        assert "line 2" in text, text


# --- F89: price checks naming no visit --------------------------------------------------------------------------------


def test_f89_price_checks_whose_visit_row_is_no_visits_are_each_named(workspace, tmp_path):
    """`--price-checks` joins each check to its visit by `visit_row`; a hand-kept file gives rows
    `99` (no such visit), `0`, `-1`, `2.5` and `two`. Each named by its line and `visit_row`, no
    traceback, nothing saved (a check lost from its visit is a shelf price lost)."""
    ws = rival(workspace)
    visits = tmp_path / "visits.csv"
    visits.write_text("competitor,store,visited_at\nRival,Main,2026-11-01 10:00\n", encoding="utf-8")
    checks = tmp_path / "checks.csv"
    checks.write_text("visit_row,product,price\n2,Mug,3.50\n99,Cup,1.00\n0,Bowl,2.00\n-1,Plate,4.00\n2.5,Jug,5.00\n"
                      "two,Pot,6.00\n", encoding="utf-8")
    result = invoke(ws, "visit", "import", str(visits), "--price-checks", str(checks))
    text = flat(result.output)
    no_traceback(result.output)
    assert result.exit_code != 0, text
    assert all(f"row {line}" in text for line in range(3, 8)), text
    assert "visit_row" in text and visits_saved(ws) == 0, text


# --- F90: a column without a name ---------------------------------------------------------------------------------------


def test_f90_values_under_a_header_cell_left_empty_are_said_not_dropped_silently(workspace, tmp_path):
    """An offers CSV whose header names three columns but whose rows hold four: `key,name,price,`
    (a header's last cell left empty, as a spreadsheet writes a column someone forgot to title), the
    fourth holding stock counts. The three named columns read; the values of the unnamed column said
    (ignored with a warning naming column 4, or the file refused naming it); never dropped without a
    word."""
    ws = rival(workspace)
    kept_first(ws, tmp_path)
    path = tmp_path / "offers.csv"
    path.write_text("key,name,price,\nK1,Mug,3.50,5\nK2,Cup,2.00,0\n", encoding="utf-8")
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    text = flat(result.output)
    no_traceback(result.output)
    assert "column 4" in text or "without a name" in text or "no name" in text, text
    if result.exit_code == 0:
        rows = offer_rows(ws)
        assert rows["K1"]["price"] == Decimal("3.50") and rows["K2"]["name"] == "Cup", rows


# --- hostile8's leftover: an import stopped halfway, said by the report ---------------------------------------------


@pytest.mark.parametrize("then", ["ours.csv", "week-46.csv"])
def test_an_import_stopped_halfway_is_said_in_the_reports_notes_until_it_is_imported_whole(workspace, tmp_path, monkeypatch, then):
    """(hostile8's leftover) An import stopped between two batches (F65, F76: SIGKILL) was said only by
    the next import of its kind. The report, the file that is mailed and read by people who run no
    import, says it in its notes: which file, how many of its rows are stored, that importing it
    again stores the rest; once it has been, nothing more. Once a later file of the kind is imported
    whole, it no longer advises the stopped file again (review R4: a shop importing its catalogue
    weekly under dated names was told in every report to import the stopped week's file again, which
    would write its old prices over the newer file's); it names the newer file."""
    from bs4 import BeautifulSoup

    from test_hostile8_files import import_stopped_on_the_third_batch

    path = import_stopped_on_the_third_batch(workspace, tmp_path, monkeypatch)

    def notes() -> str:
        report = tmp_path / "report.html"
        assert invoke(workspace, "report", "-o", str(report)).exit_code == 0
        aside = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser").find(id="notes")
        return flat(aside.get_text(" ")) if aside else ""

    said = notes()
    assert "ours.csv (our catalogue)" in said and "4 of its 7 rows" in said and "importing ours.csv again" in said, said
    newer = tmp_path / then
    if newer != path:
        newer.write_text("sku,name,price\n" + "".join(f"S{n},Plate {n},{n}.50\n" for n in range(1, 8)), encoding="utf-8")
    assert invoke(workspace, "catalogue", "import", str(newer)).exit_code == 0
    if newer == path:
        assert "did not finish" not in notes()
    else:
        said = notes()
        assert "imported whole since" in said and "importing ours.csv again stores the rest" not in said, said
        assert "the figures use" not in said, said
