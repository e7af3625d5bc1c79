"""Hostile files set aside (bench/history/crawl.md, "Hostile inputs set aside (fifteenth
session)", cases F16-F28), read through the real commands as users' files reach them. Where the
case is about memory the command runs in a process of its own and its peak resident memory is
read there. The earlier batches cover their neighbours (tests/test_hostile2_files.py,
test_hostile_inputs.py, test_faults_io.py, test_tester_imports.py, test_tester4_visits.py)."""

from __future__ import annotations

import base64
import csv
import io
import re
import zipfile
from decimal import Decimal
from html import escape
from pathlib import Path

import openpyxl
from bs4 import BeautifulSoup
from sqlalchemy import func, select

from storecheck import db
from storecheck.config import Workspace
from test_hostile2_files import PEAK_MB, invoke, measured, offers, own, rival, visits_with_photo

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def cell(ref: str, value) -> str:
    """One cell as Excel writes it: a number, an inline string, or (a tuple) a formula with the
    value Excel cached for it (`("B2*1.2", 6)`, `('HYPERLINK(...)', "Mug")`)."""
    if isinstance(value, tuple):
        formula, cached = value
        kind = ' t="str"' if isinstance(cached, str) else ""
        return f'<c r="{ref}"{kind}><f>{escape(formula)}</f><v>{escape(str(cached))}</v></c>'
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.startswith("#num:")):
        return f'<c r="{ref}"><v>{str(value).removeprefix("#num:")}</v></c>'
    if value is None:
        return ""
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def workbook(path: Path, sheets: list[dict]) -> Path:
    """An XLSX written part by part, as Excel saves one: each sheet {"name", "rows", "state"
    (visible / hidden), "merge" (refs)}; the workbook's active sheet is the first visible one."""
    active = next(i for i, s in enumerate(sheets) if s.get("state", "visible") == "visible")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-'
                            f'officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, len(sheets) + 1))
        archive.writestr("[Content_Types].xml",
                         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                         f'spreadsheetml.sheet.main+xml"/>{overrides}</Types>')
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{PKG}">'
                         f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        listed = "".join(f'<sheet name="{s["name"]}" sheetId="{i}" r:id="rId{i}"'
                         + (f' state="{s["state"]}"' if s.get("state", "visible") != "visible" else "") + "/>"
                         for i, s in enumerate(sheets, 1))
        archive.writestr("xl/workbook.xml", f'<workbook {NS} xmlns:r="{REL}"><bookViews><workbookView activeTab="{active}"/>'
                         f"</bookViews><sheets>{listed}</sheets></workbook>")
        archive.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}">' + "".join(
            f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)) + "</Relationships>")
        for i, sheet in enumerate(sheets, 1):
            rows = "".join(f'<row r="{r}">' + "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row)) + "</row>"
                           for r, row in enumerate(sheet["rows"], 1))
            merges = sheet.get("merge", [])
            merged = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
                      + "</mergeCells>") if merges else ""
            archive.writestr(f"xl/worksheets/sheet{i}.xml", f"<worksheet {NS}><sheetData>{rows}</sheetData>{merged}</worksheet>")
    return path


def own_rows(workspace: Workspace) -> dict[str, dict]:
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            return {row["sku"]: dict(row) for row in conn.execute(select(db.own_products)).mappings()}
    finally:
        engine.dispose()


def flat(output: str) -> str:
    return " ".join(output.split())


# --- F16-F18, F24, F25: CSV as users' programs write it ---------------------------------------------


def test_f16_skus_whose_leading_zeros_excel_dropped_are_named_and_the_gtin_read_the_same(workspace, tmp_path):
    first = tmp_path / "ours.csv"
    first.write_text("sku,name,price,gtin\n00123,Arabica Coffee 500 g,4.50,0012345678905\n00456,Green Tea,3.00,\n",
                     encoding="utf-8")
    assert invoke(workspace, "catalogue", "import", str(first)).exit_code == 0
    gtin = own_rows(workspace)["00123"]["gtin"]
    resaved = tmp_path / "ours-resaved.csv"
    resaved.write_text("sku,name,price,gtin\n123,Arabica Coffee 500 g,4.60,12345678905\n456,Green Tea,3.10,\n",
                       encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(resaved))
    rows = own_rows(workspace)
    assert {"00123", "00456"} <= set(rows)  # nothing stored lost
    text = flat(result.output)
    assert re.search(r"line 2\b.*'123'.*'00123'|line 2\b.*'00123'.*'123'", text), text
    if "123" in rows:
        assert rows["123"]["gtin"] == gtin


def test_f17_a_sep_line_for_a_pipe_is_read_as_the_separator(workspace, tmp_path):
    ws = rival(workspace)
    path = tmp_path / "offers.csv"
    path.write_text("sep=|\r\nkey|name|price\r\nK1|Blue Mug, large|3.50\r\nK2|Red Mug|4.00\r\n", encoding="utf-8")
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    assert result.exit_code == 0, result.output
    assert offers(ws) == {"K1": ("Blue Mug, large", Decimal("3.50")), "K2": ("Red Mug", Decimal("4.00"))}


def test_f18_a_csv_mixing_utf8_and_windows_1252_lines_loses_no_letter_silently(workspace, tmp_path):
    path = tmp_path / "ours.csv"
    path.write_bytes("sku,name,price\nS1,Crème brûlée dish,12.00\nS2,Smörgåsbord plate,8.00\n".encode("utf-8")
                     + "S3,Café au lait bowl,6.00\nS4,Jalapeño tin,2.00\n".encode("cp1252"))
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    names = own(workspace)
    if any("\ufffd" in name for name in names.values()):
        # "line 4, 5: …" names both (the first reading found the message so; the pattern asked "line 5")
        assert re.search(r"\bline 4, 5\b|line 4\b.*\bline 5\b", flat(result.output)), result.output
    else:
        assert names == {"S1": "Crème brûlée dish", "S2": "Smörgåsbord plate", "S3": "Café au lait bowl",
                         "S4": "Jalapeño tin"}


def test_f24_a_catalogue_of_a_million_rows_is_imported_in_bounded_memory(workspace, tmp_path):
    path = tmp_path / "ours.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["sku", "name", "brand", "price"])
        for n in range(1_000_000):
            writer.writerow([f"S{n:07d}", f"Product {n} of a large catalogue 500 g", f"Brand {n % 97}", f"{n % 1000}.99"])
    code, output, peak = measured(workspace, "catalogue", "import", str(path))
    assert code == 0, output[-600:]
    engine = db.open_database(workspace.database_url)
    with engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(db.own_products)).scalar()
    engine.dispose()
    assert count == 1_000_000
    assert peak < PEAK_MB


def test_f25_skus_differing_by_a_trailing_space_or_by_case_are_named(workspace, tmp_path):
    spaced = tmp_path / "spaced.csv"
    spaced.write_text('sku,name,price\nAB1,Mug,1.00\n"AB1 ",Mug large,2.00\n', encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(spaced))
    assert result.exit_code != 0 and re.search(r"line 2\b", flat(result.output)) and re.search(r"line 3\b", flat(result.output)), \
        result.output
    cased = tmp_path / "cased.csv"
    cased.write_text("sku,name,price\ncd2,Cup,1.00\nCD2,Cup large,2.00\n", encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(cased))
    text = flat(result.output)
    assert re.search(r"line 2\b", text) and re.search(r"line 3\b", text) and "CD2" in text, result.output


# --- F19-F21, F23: workbooks -------------------------------------------------------------------------


def test_f19_a_category_merged_down_over_three_rows_is_every_rows(workspace, tmp_path):
    path = workbook(tmp_path / "ours.xlsx", [{"name": "Catalogue", "merge": ["B2:B4"], "rows": [
        ["sku", "category", "name", "price"],
        ["S1", "Coffee", "Arabica 500 g", 4.5],
        ["S2", None, "Robusta 500 g", 3.9],
        ["S3", None, "Decaf 250 g", 2.8],
        ["S4", "Tea", "Green tea", 3.0]]}])
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    assert {sku: row["category"] for sku, row in own_rows(workspace).items()} == {
        "S1": "Coffee", "S2": "Coffee", "S3": "Coffee", "S4": "Tea"}


def test_f20_a_hidden_first_sheet_is_not_read_the_visible_one_is(workspace, tmp_path):
    path = workbook(tmp_path / "ours.xlsx", [
        {"name": "old prices", "state": "hidden", "rows": [["sku", "name", "price"], ["S1", "Old Mug", 9.0], ["S9", "Gone", 1.0]]},
        {"name": "Catalogue", "rows": [["sku", "name", "price"], ["S1", "Mug", 1.5], ["S2", "Cup", 2.5]]}])
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    assert own(workspace) == {"S1": "Mug", "S2": "Cup"}


def test_f21_formulas_are_read_by_their_cached_values_and_dde_text_exported_escaped(workspace, tmp_path):
    dde = "=cmd|' /C calc'!A0"
    path = workbook(tmp_path / "ours.xlsx", [{"name": "Catalogue", "rows": [
        ["sku", "cost", "price", "name"],
        ["S1", 5, ("B2*1.2", 6), ('HYPERLINK("http://evil.example","Mug")', "Mug")],
        ["S2", 1, 2, dde]]}])
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    rows = own_rows(workspace)
    assert rows["S1"]["price"] == Decimal("6") and rows["S1"]["name"] == "Mug", rows["S1"]
    assert rows["S2"]["name"] == dde
    out_csv, out_xlsx = tmp_path / "products.csv", tmp_path / "products.xlsx"
    assert invoke(workspace, "export", "products", str(out_csv)).exit_code == 0
    assert invoke(workspace, "export", "products", str(out_xlsx)).exit_code == 0
    names = [row["name"] for row in csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8-sig")))]
    assert dde not in names and not any(name.startswith(("=", "+", "-", "@")) for name in names), names
    sheet = openpyxl.load_workbook(out_xlsx).active
    header = [c.value for c in sheet[1]]
    column = header.index("name")
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]
    assert all(c.data_type == "s" for c in cells), [(c.value, c.data_type) for c in cells]


def test_f23_xlsx_prices_of_1e400_minus_zero_and_hex_name_each_row_and_keep_earlier_offers(workspace, tmp_path):
    ws = rival(workspace)
    good = tmp_path / "offers.csv"
    good.write_text("key,name,price\nK1,Mug,3.50\n", encoding="utf-8")
    assert invoke(ws, "offers", "import", str(good), "--competitor", "Rival").exit_code == 0
    path = workbook(tmp_path / "offers.xlsx", [{"name": "Offers", "rows": [
        ["key", "name", "price"], ["K1", "Mug", 3.6], ["K2", "Huge", "#num:1e400"], ["K3", "Zero", "#num:-0"], ["K4", "Hex", "0x1A"]]}])
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    text = flat(result.output)
    assert result.exit_code != 0, text
    for line in (3, 4, 5):
        assert re.search(rf"(line|row) {line}\b[^|]*price", text), (line, text)
    assert offers(ws) == {"K1": ("Mug", Decimal("3.50"))}


# --- F22: JSON --------------------------------------------------------------------------------------


def test_f22_a_json_record_giving_a_key_twice_or_a_bare_nan_is_named(workspace, tmp_path):
    ws = rival(workspace)
    twice = tmp_path / "twice.json"
    twice.write_text('[{"key": "K1", "name": "Mug", "price": "3.50"}, {"key": "K2", "name": "Cup", "price": "1.00", "price": "9.00"}]',
                     encoding="utf-8")
    result = invoke(ws, "offers", "import", str(twice), "--competitor", "Rival")
    text = flat(result.output)
    assert result.exit_code != 0 and re.search(r"record 2\b", text) and "price" in text, text
    bare = tmp_path / "bare.json"
    bare.write_text('[{"key": "K1", "name": "Mug", "price": NaN}, {"key": "K2", "name": "Cup", "price": Infinity}]', encoding="utf-8")
    result = invoke(ws, "offers", "import", str(bare), "--competitor", "Rival")
    text = flat(result.output)
    # The batch asked for both records named; past a bare NaN the file is not JSON, and a streamed
    # reader stops at the first fault (as at any other), so the first is named, with its field.
    assert result.exit_code != 0 and re.search(r"record 1\b", text) and "price" in text and "NaN" in text, text
    assert offers(ws) == {}


# --- F26-F28: photos ---------------------------------------------------------------------------------


def visits_saved(workspace: Workspace) -> int:
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(db.visits)).scalar()
    finally:
        engine.dispose()


def test_f26_an_svg_photo_carrying_a_script_is_refused_and_never_reaches_the_report(workspace, tmp_path):
    ws = rival(workspace)
    (tmp_path / "shelf.jpg").write_text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
                                        "<script>alert('svg')</script><rect width='10' height='10'/></svg>", encoding="utf-8")
    result = invoke(ws, "visit", "import", str(visits_with_photo(tmp_path, "shelf.jpg")))
    text = flat(result.output)
    assert (result.exit_code != 0 and "shelf.jpg" in text and re.search(r"line 2\b", text)) or visits_saved(ws) == 1, text
    report = tmp_path / "report.html"
    assert invoke(ws, "report", "-o", str(report)).exit_code == 0
    page = report.read_text(encoding="utf-8")
    assert "alert('svg')" not in page and "image/svg+xml" not in page


def test_f27_a_heic_photo_is_refused_naming_its_format(workspace, tmp_path):
    ws = rival(workspace)
    # The first box of a HEIC file as an iPhone writes it: ftyp, brand "heic", then its metadata.
    (tmp_path / "IMG_0001.HEIC").write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 4000)
    result = invoke(ws, "visit", "import", str(visits_with_photo(tmp_path, "IMG_0001.HEIC")))
    text = flat(result.output)
    assert result.exit_code != 0 and "IMG_0001.HEIC" in text and re.search(r"line 2\b", text), text
    assert "HEIC" in text.replace("IMG_0001.HEIC", ""), text


def gps_jpeg(path: Path) -> Path:
    from PIL import Image

    image = Image.new("RGB", (640, 480), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (52.0, 31.0, 12.5), 3: "E", 4: (13.0, 24.0, 36.0)})
    image.save(path, "JPEG", exif=exif)
    return path


def test_f28_the_reports_thumbnail_of_a_photo_with_gps_carries_no_location(workspace, tmp_path):
    from PIL import Image

    ws = rival(workspace)
    gps_jpeg(tmp_path / "shelf.jpg")
    with Image.open(tmp_path / "shelf.jpg") as original:
        assert original.getexif().get_ifd(0x8825)  # the photo does carry its place
    result = invoke(ws, "visit", "import", str(visits_with_photo(tmp_path, "shelf.jpg")))
    assert result.exit_code == 0, result.output
    report = tmp_path / "report.html"
    assert invoke(ws, "report", "-o", str(report)).exit_code == 0
    soup = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")
    images = [img["src"] for img in soup.find_all("img") if img.get("src", "").startswith("data:image/")]
    assert images, "the photo's thumbnail is in the report"
    for src in images:
        data = base64.b64decode(src.split(",", 1)[1])
        assert b"Exif" not in data[:2000] and b"PhoneMaker" not in data
        with Image.open(io.BytesIO(data)) as thumb:
            assert not thumb.getexif().get_ifd(0x8825)
