"""Hostile files set aside (bench/history/crawl.md, "Hostile inputs set aside (sixteenth
session)", cases F29-F39), read through the real commands as users' files reach them. Where the
case is about memory the command runs in a process of its own and its peak resident memory is
read there. The earlier batches cover their neighbours (tests/test_hostile3_files.py,
test_hostile2_files.py, test_hostile_inputs.py, test_faults_io.py, test_visits_stores.py)."""

from __future__ import annotations

import csv
import io
import re
import struct
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from test_faults_io import _xlsx
from test_hostile2_files import PEAK_MB, invoke, measured, offers, own, rival, visits_with_photo
from test_hostile3_files import flat, visits_saved

# --- F29, F30, F37, F38: CSV -----------------------------------------------------------------------


def test_f29_a_utf16_offers_csv_without_a_bom_is_read_or_refused_never_stored_as_nul_garbage(workspace, tmp_path):
    ws = rival(workspace)
    path = tmp_path / "offers.csv"
    path.write_bytes("key,name,price\nK1,Crème brûlée dish,12.00\nK2,Чайник,20.00\n".encode("utf-16-le"))
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    if result.exit_code == 0:
        assert offers(ws) == {"K1": ("Crème brûlée dish", Decimal("12.00")), "K2": ("Чайник", Decimal("20.00"))}
    else:
        assert offers(ws) == {} and re.search(r"UTF-16|encoding", result.output), result.output


def test_f30_a_closed_quoted_cell_spanning_a_million_lines_is_named_where_it_starts_in_bounded_memory(workspace, tmp_path):
    assert invoke(workspace, "catalogue", "import", str(_csv(tmp_path / "first.csv", "sku,name,price\nS0,Kept,1.00\n"))).exit_code == 0
    path = tmp_path / "ours.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write('sku,name,price\nS1,Mug,1.00\nS2,"Bowl\n')
        for n in range(1_000_000):
            out.write(f"line {n} of a description pasted into one cell\n")
        out.write('",2.00\nS3,Plate,3.00\n')
    code, output, peak = measured(workspace, "catalogue", "import", str(path))
    assert code != 0, output[-600:]
    assert re.search(r"\bline 3\b", output), output[-600:]
    assert own(workspace) == {"S0": "Kept"}
    assert peak < PEAK_MB


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_f37_prices_of_1_2_3_yen_minus_100_and_a_unicode_minus_are_named_and_earlier_offers_kept(workspace, tmp_path):
    ws = rival(workspace)
    assert invoke(ws, "offers", "import", str(_csv(tmp_path / "first.csv", "key,name,price\nK0,Kept,3.00\n")),
                  "--competitor", "Rival").exit_code == 0
    path = _csv(tmp_path / "offers.csv", "key,name,price\nK1,Mug,1.2.3\nK2,Cup,¥-100\nK3,Bowl,\u22125.00\nK4,Plate,12.50\n")
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    text = flat(result.output)
    assert result.exit_code != 0, text
    for line in (2, 3, 4):
        assert re.search(rf"\bline {line}\b[^|]*price", text), text
    assert offers(ws) == {"K0": ("Kept", Decimal("3.00"))}


def test_f38_two_exports_pasted_together_repeat_their_header_mid_file_which_is_no_product(workspace, tmp_path):
    ws = rival(workspace)
    path = tmp_path / "offers.csv"
    path.write_bytes("\ufeffkey,name,price\r\nK1,Mug,1.00\r\n\ufeffkey,name,price\r\nK2,Cup,2.00\r\n".encode("utf-8"))
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    stored = offers(ws)
    assert not any("key" in k for k in stored), stored
    if result.exit_code == 0:
        assert set(stored) == {"K1", "K2"} and re.search(r"\bline 3\b", flat(result.output)), result.output
    else:
        assert re.search(r"\bline 3\b", flat(result.output)) and stored == {}, result.output


# --- F31, F32: workbooks ----------------------------------------------------------------------------


def test_f31_an_xlsx_of_16384_columns_imports_its_rows_and_says_so_briefly(workspace, tmp_path):
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Catalogue")
    sheet.append(["sku", "name", "price"] + [f"extra {n}" for n in range(4, 16_385)])
    sheet.append(["S1", "Mug", 1.5] + [None] * 16_380 + ["last"])
    sheet.append(["S2", "Cup", 2.5])
    path = tmp_path / "ours.xlsx"
    book.save(path)
    assert get_column_letter(16_384) == "XFD"
    code, output, peak = measured(workspace, "catalogue", "import", str(path))
    assert code == 0, output[-600:]
    assert own(workspace) == {"S1": "Mug", "S2": "Cup"}
    assert len(output) < 5000, f"{len(output)} characters: {output[:300]}"
    assert peak < PEAK_MB


def _lie_about_size(path: Path, part: str, declared: int) -> None:
    """Rewrite the uncompressed size the zip's local header and central directory give `part`."""
    data = bytearray(path.read_bytes())
    name = part.encode()
    local = data.find(b"PK\x03\x04")
    while local != -1:
        name_len, = struct.unpack_from("<H", data, local + 26)
        if bytes(data[local + 30:local + 30 + name_len]) == name:
            struct.pack_into("<I", data, local + 22, declared)
            break
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len, = struct.unpack_from("<H", data, central + 28)
        if bytes(data[central + 46:central + 46 + name_len]) == name:
            struct.pack_into("<I", data, central + 24, declared)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def test_f32_an_xlsx_whose_shared_strings_claim_1_kb_but_unpack_to_a_gigabyte_is_refused_in_bounded_memory(workspace, tmp_path):
    path = _xlsx(tmp_path / "bomb.xlsx", "<si><t>sku</t></si><si><t>name</t></si><si><t>Kettle</t></si>",
                 '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
                 '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    parts = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            parts[info.filename] = archive.read(info)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name == "xl/sharedStrings.xml":
                with archive.open(name, "w", force_zip64=False) as out:
                    out.write(f"<sst {ns}><si><t>sku</t></si><si><t>name</t></si><si><t>".encode())
                    block = b"A" * (16 << 20)
                    for _ in range(64):  # 1 GB
                        out.write(block)
                    out.write(b"</t></si></sst>")
            else:
                archive.writestr(name, data)
    _lie_about_size(path, "xl/sharedStrings.xml", 1024)
    assert path.stat().st_size < 5_000_000
    code, output, peak = measured(workspace, "catalogue", "import", str(path))
    assert code != 0, output[-600:]
    assert "sharedStrings" in output or "bomb.xlsx" in output, output[-600:]
    assert "Traceback" not in output, output[-1500:]
    assert own(workspace) == {}
    assert peak < PEAK_MB


# --- F33: JSON -----------------------------------------------------------------------------------------


def test_f33_a_json_offers_file_with_a_60_mb_name_is_named_or_read_in_bounded_memory(workspace, tmp_path):
    ws = rival(workspace)
    path = tmp_path / "offers.json"
    with path.open("w", encoding="utf-8") as out:
        out.write('[{"key": "K1", "name": "Mug", "price": "1.00"}, {"key": "K2", "name": "')
        for _ in range(60):
            out.write("B" * (1 << 20))
        out.write('", "price": "2.00"}]')
    code, output, peak = measured(ws, "offers", "import", str(path), "--competitor", "Rival")
    assert code == 0 or (re.search(r"record 2\b", output) and "name" in output), output[-600:]
    assert "Traceback" not in output, output[-1500:]
    assert peak < PEAK_MB
    # (added with the mend) a cell is bounded as a CSV field is: refused, nothing stored
    assert code != 0 and "record 2: the value of 'name' is 62,914,560 characters long" in output, output[-600:]
    assert offers(ws) == {}


# --- F34, F35, F36, F39: visits ----------------------------------------------------------------------------


def test_f34_a_visits_yaml_with_a_python_tag_is_refused_and_nothing_runs(workspace, tmp_path):
    ws = rival(workspace)
    marker = tmp_path / "ran"
    path = tmp_path / "visits.yaml"
    path.write_text("- competitor: Rival\n  store: Main\n  visited_at: 2026-11-01 10:00\n"
                    f'  notes: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    result = invoke(ws, "visit", "import", str(path))
    assert not marker.exists()
    assert result.exit_code != 0 and "visits.yaml" in flat(result.output), result.output
    assert "Traceback" not in result.output and "python/object" in flat(result.output), result.output
    assert visits_saved(ws) == 0


FORMULAS = ['=HYPERLINK("http://evil.example","Click")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\t=1+1"]


def test_f35_formulas_in_visit_notes_are_exported_as_text_in_xlsx_and_escaped_in_csv(workspace, tmp_path):
    ws = rival(workspace)
    path = tmp_path / "visits.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["competitor", "store", "visited_at", "notes"])
        for day, note in enumerate(FORMULAS, 1):
            writer.writerow(["Rival", "Main", f"2026-11-0{day} 10:00", note])
    result = invoke(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    book_path = tmp_path / "visits.xlsx"
    assert invoke(ws, "export", "visits", str(book_path)).exit_code == 0
    sheet = openpyxl.load_workbook(book_path).active
    header = [c.value for c in sheet[1]]
    notes = [row[header.index("notes")] for row in sheet.iter_rows(min_row=2)]
    assert len(notes) == len(FORMULAS)
    assert all(cell.data_type == "s" for cell in notes), [(cell.value, cell.data_type) for cell in notes]
    csv_path = tmp_path / "visits-out.csv"
    assert invoke(ws, "export", "visits", str(csv_path)).exit_code == 0
    exported = [row["notes"] for row in csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8")))]
    assert not any(note[:1] in ("=", "+", "-", "@") for note in exported), exported


def _jpeg_claiming(path: Path, side: int) -> Path:
    """A real 8 x 8 JPEG whose frame header (SOF0) is rewritten to claim side x side pixels."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 120, 30)).save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    sof = data.find(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, side, side)
    path.write_bytes(bytes(data))
    return path


def test_f36_a_jpeg_claiming_60000_by_60000_pixels_costs_no_memory_and_is_named_or_kept(workspace, tmp_path):
    ws = rival(workspace)
    _jpeg_claiming(tmp_path / "shelf.jpg", 60_000)
    code, output, peak = measured(ws, "visit", "import", str(visits_with_photo(tmp_path, "shelf.jpg")))
    assert peak < PEAK_MB
    assert "Traceback" not in output, output[-1500:]
    assert visits_saved(ws) == 1 or (code != 0 and "shelf.jpg" in output), output[-600:]
    code, output, peak = measured(ws, "report", "-o", str(tmp_path / "report.html"))
    assert code == 0, output[-600:]
    assert peak < PEAK_MB


def test_f39_a_photo_given_as_a_url_is_never_fetched(workspace, tmp_path, shop):
    ws = rival(workspace)
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "JPEG")
    photo = buffer.getvalue()
    shop.routes["/shelf.jpg"] = lambda q: (200, {"Content-Type": "image/jpeg"}, photo)
    url = f"{shop.url}/shelf.jpg"
    result = invoke(ws, "visit", "import", str(visits_with_photo(tmp_path, url)))
    assert shop.paths() == [], shop.paths()
    assert (result.exit_code != 0 and "shelf.jpg" in flat(result.output) and re.search(r"\bline 2\b", flat(result.output))) \
        or visits_saved(ws) == 1, result.output
