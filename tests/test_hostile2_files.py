"""Hostile files set aside (bench/history/crawl.md, "Hostile inputs set aside (fourteenth
session)", cases F1-F15), read through the real commands. Where the case is about memory the
command runs in a process of its own and its peak resident memory is read there.
Earlier files cover their neighbours (tests/test_faults_io.py, test_hostile_inputs.py,
test_catalogue_streaming.py, test_visits_stores.py)."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import func, select

from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace

PEAK_MB = 400  # the bound of the batch: one command, whatever the file holds

_DRIVER = """
import resource, subprocess, sys
done = subprocess.run([sys.executable, "-m", "storecheck", *sys.argv[1:]], capture_output=True, text=True)
sys.stdout.write(done.stdout + done.stderr)
print("EXIT", done.returncode)
print("PEAK-KB", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def measured(workspace: Workspace, *args: str) -> tuple[int, str, float]:
    """(exit code, output, peak MB) of `storecheck ARGS --workspace WS` in a process of its own."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(__file__).parents[1]), env.get("PYTHONPATH", "")) if p)
    done = subprocess.run([sys.executable, "-c", _DRIVER, *args, "--workspace", str(workspace.path)],
                          capture_output=True, text=True, env=env, timeout=900)
    code = int(re.search(r"^EXIT (-?\d+)$", done.stdout, re.M)[1])
    peak = int(re.search(r"^PEAK-KB (\d+)$", done.stdout, re.M)[1]) / 1024
    output = done.stdout.rsplit("EXIT", 1)[0]
    print(f"{args[:2]}: exit {code}, peak {peak:.0f} MB, {output[-300:]!r}")
    return code, output, peak


def invoke(workspace: Workspace, *args: str):
    result = CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)])
    print(f"{args[:2]}: exit {result.exit_code}, {result.output[-300:]!r}")
    return result


def offers(workspace: Workspace) -> dict[str, tuple[str, Decimal | None]]:
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            products = conn.execute(select(db.competitor_products.c.id, db.competitor_products.c.key,
                                           db.competitor_products.c.name)).all()
            latest = db.latest_observations(conn, [p.id for p in products])
            return {p.key: (p.name, latest[p.id].price if p.id in latest else None) for p in products}
    finally:
        engine.dispose()


def own(workspace: Workspace) -> dict[str, str]:
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            return dict(conn.execute(select(db.own_products.c.sku, db.own_products.c.name)).all())
    finally:
        engine.dispose()


def rival(workspace: Workspace) -> Workspace:
    assert invoke(workspace, "competitor", "add", "Rival").exit_code == 0
    assert invoke(workspace, "store", "add", "Rival", "Main").exit_code == 0
    return Workspace(workspace.path)


# --- F1-F4: CSV ------------------------------------------------------------------------------


def test_f1_a_nul_byte_in_a_cell_and_in_the_header_is_dropped(workspace, tmp_path):
    ws = rival(workspace)
    path = tmp_path / "offers.csv"
    path.write_bytes(b"key,na\x00me,price\nK1,Blue\x00 Mug,3.50\nK2,Red Mug,4.00\n")
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    assert result.exit_code == 0, result.output
    assert offers(ws) == {"K1": ("Blue Mug", Decimal("3.50")), "K2": ("Red Mug", Decimal("4.00"))}


def test_f2_an_unclosed_quote_at_row_3_of_100000_is_named_there_in_bounded_memory(workspace, tmp_path):
    path = tmp_path / "ours.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("sku,name,price\nS1,Mug,1.00\nS2,Cup,2.00\nS3,\"Bowl,3.00\n")
        for n in range(4, 100_001):
            out.write(f"S{n},Plate {n},{n % 90 + 1}.00\n")
    code, output, peak = measured(workspace, "catalogue", "import", str(path))
    assert code != 0
    assert re.search(r"\b(line 4|row 3)\b", output), output[-600:]
    assert own(workspace) == {}
    assert peak < PEAK_MB


def test_f3_a_utf16_catalogue_with_a_bom_is_read(workspace, tmp_path):
    path = tmp_path / "ours.csv"
    path.write_bytes("sku,name,price\nS1,Crème brûlée dish,12.00\nS2,Чайник,20.00\n".encode("utf-16"))
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    assert own(workspace) == {"S1": "Crème brûlée dish", "S2": "Чайник"}


def test_f4_a_row_of_a_million_columns_is_refused_naming_it_in_bounded_memory(workspace, tmp_path):
    path = tmp_path / "ours.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("sku,name,price\n")
        out.write("S1,Mug,1.00" + ",x" * 1_000_000 + "\n")
        out.write("S2,Cup,2.00\n")
    code, output, peak = measured(workspace, "catalogue", "import", str(path))
    assert code != 0 and re.search(r"\b(line 2|row 1)\b", output), output[-600:]
    assert own(workspace) == {}
    assert peak < PEAK_MB


# --- F5, F6, F9: XLSX ------------------------------------------------------------------------------

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx(path: Path, rows: list[list[str]], dimension: str = "", padding_mb: int = 0) -> Path:
    """An XLSX of inline strings built part by part; `padding_mb` of blanks inside the sheet part
    (legal XML whitespace) make it a zip bomb."""
    cells = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{v}</t></is></c>' for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows, 1))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml",
                         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                         "</Types>")
        archive.writestr("_rels/.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", f'<workbook {NS} xmlns:r="{REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/>'
                         "</sheets></workbook>")
        archive.writestr("xl/_rels/workbook.xml.rels",
                         f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f"<worksheet {NS}>{dimension}<sheetData>".encode())
            blank = b" " * (1 << 20)
            for _ in range(padding_mb):
                sheet.write(blank)
            sheet.write(f"{cells}</sheetData></worksheet>".encode())
    return path


def test_f5_an_xlsx_whose_sheet_unpacks_to_a_gigabyte_is_refused_in_bounded_memory(workspace, tmp_path):
    path = xlsx(tmp_path / "ours.xlsx", [["sku", "name", "price"], ["S1", "Mug", "1.00"]], padding_mb=1024)
    assert path.stat().st_size < 5_000_000
    code, output, peak = measured(workspace, "catalogue", "import", str(path))
    assert code != 0 and "sheet1.xml" in output, output[-600:]
    assert peak < PEAK_MB


def test_f6_an_xlsx_whose_sheet_claims_a_million_rows_but_holds_three_is_read(workspace, tmp_path):
    path = xlsx(tmp_path / "ours.xlsx", [["sku", "name", "price"], ["S1", "Mug", "1.00"], ["S2", "Cup", "2.00"]],
                dimension='<dimension ref="A1:Z1048576"/>')
    code, output, peak = measured(workspace, "catalogue", "import", str(path))
    assert code == 0, output[-600:]
    assert own(workspace) == {"S1": "Mug", "S2": "Cup"}
    assert peak < PEAK_MB


def test_f9_a_visits_xlsx_whose_sheet_unpacks_to_a_gigabyte_is_refused(workspace, tmp_path):
    ws = rival(workspace)
    path = xlsx(tmp_path / "visits.xlsx", [["competitor", "store", "visited_at"], ["Rival", "Main", "2026-11-01 10:00"]],
                padding_mb=1024)
    code, output, peak = measured(ws, "visit", "import", str(path))
    assert code != 0 and "sheet1.xml" in output, output[-600:]
    assert peak < PEAK_MB


# --- F7, F8, F15: offers -------------------------------------------------------------------------------


def test_f7_an_offers_json_nested_100000_deep_is_a_clear_error(workspace, tmp_path):
    ws = rival(workspace)
    path = tmp_path / "offers.json"
    path.write_text('[{"key": "K1", "name": "Mug", "price": "1.00", "description": ' + "[" * 100_000 + "]" * 100_000 + "}]")
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    assert result.exit_code != 0 and "offers.json" in result.output and "nested" in result.output, result.output
    assert not isinstance(result.exception, RecursionError)


def test_f8_f15_a_price_of_ten_thousand_digits_names_row_and_field_and_loses_nothing_stored(workspace, tmp_path):
    ws = rival(workspace)
    good = tmp_path / "offers.csv"
    good.write_text("key,name,price\nK1,Mug,3.50\nK2,Cup,4.00\n", encoding="utf-8")
    assert invoke(ws, "offers", "import", str(good), "--competitor", "Rival").exit_code == 0
    bad = tmp_path / "offers2.csv"
    bad.write_text("key,name,price\nK1,Mug,3.60\nK3,Bowl," + "9" * 10_000 + "\n", encoding="utf-8")
    result = invoke(ws, "offers", "import", str(bad), "--competitor", "Rival")
    assert result.exit_code != 0
    assert re.search(r"line 3", result.output) and "price" in result.output, result.output[-600:]
    assert len(result.output) < 5_000  # the 10,000 digits are not echoed whole
    assert offers(ws) == {"K1": ("Mug", Decimal("3.50")), "K2": ("Cup", Decimal("4.00"))}


# --- F10, F11: visits --------------------------------------------------------------------------------


def test_f10_a_visits_csv_row_of_fifty_megabytes_is_refused_in_bounded_memory(workspace, tmp_path):
    ws = rival(workspace)
    path = tmp_path / "visits.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("competitor,store,visited_at,notes\n")
        out.write("Rival,Main,2026-11-01 10:00," + "n" * 50_000_000 + "\n")
    code, output, peak = measured(ws, "visit", "import", str(path))
    assert code != 0 and re.search(r"\b(line 2|row 2)\b", output), output[-600:]
    assert peak < PEAK_MB


def test_f11_a_visit_with_a_googol_footfall_and_the_year_99999_names_the_fields(workspace, tmp_path):
    ws = rival(workspace)
    path = tmp_path / "visits.yaml"
    path.write_text("visits:\n"
                    "- {competitor: Rival, store: Main, visited_at: 2026-11-01 10:00, footfall: {count: " + "1" + "0" * 100
                    + ", minutes: 30}}\n"
                    "- {competitor: Rival, store: Main, visited_at: '99999-01-01 10:00'}\n", encoding="utf-8")
    result = invoke(ws, "visit", "import", str(path))
    assert result.exit_code != 0
    assert "footfall" in result.output and "visited_at" in result.output, result.output[-800:]
    assert not result.exception or isinstance(result.exception, SystemExit), repr(result.exception)


# --- F13, F14: photos ------------------------------------------------------------------------------


def png_bomb(path: Path, side: int = 30_000) -> Path:
    """A 1-bit grey PNG of side x side pixels, all black: a few hundred KB that decode to 900 megapixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\0" * (1 + (side + 7) // 8)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row * 1000) for _ in range(side // 1000)) + packer.flush()
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
                     + chunk(b"IDAT", data) + chunk(b"IEND", b""))
    return path


def visits_with_photo(tmp_path: Path, photo: str) -> Path:
    path = tmp_path / "visits.csv"
    path.write_text(f"competitor,store,visited_at,photos\nRival,Main,2026-11-01 10:00,{photo}\n", encoding="utf-8")
    return path


def test_f13_a_png_decompression_bomb_is_kept_out_of_memory_and_the_visit_saved(workspace, tmp_path):
    ws = rival(workspace)
    png_bomb(tmp_path / "shelf.png")
    assert (tmp_path / "shelf.png").stat().st_size < 1_000_000
    code, output, peak = measured(ws, "visit", "import", str(visits_with_photo(tmp_path, "shelf.png")))
    assert peak < PEAK_MB
    engine = db.open_database(ws.database_url)
    with engine.connect() as conn:
        saved = conn.execute(select(func.count()).select_from(db.visits)).scalar()
    engine.dispose()
    assert saved == 1 or ("shelf.png" in output and code != 0), output[-600:]
    code, output, peak = measured(ws, "report", "-o", str(tmp_path / "report.html"))
    assert code == 0, output[-600:]
    assert peak < PEAK_MB


def test_f14_a_photo_of_random_bytes_behind_a_png_signature_is_refused_or_kept_without_harm(workspace, tmp_path):
    ws = rival(workspace)
    (tmp_path / "shelf.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(20_000_000))
    code, output, peak = measured(ws, "visit", "import", str(visits_with_photo(tmp_path, "shelf.png")))
    assert "shelf.png" in output or code == 0, output[-600:]
    code, output, peak = measured(ws, "report", "-o", str(tmp_path / "report.html"))
    assert code == 0, output[-600:]
    assert peak < PEAK_MB
