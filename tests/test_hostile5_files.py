"""Hostile files set aside (bench/history/crawl.md, "Hostile inputs set aside (seventeenth
session)", cases F40-F51), read through the real commands as users' files reach them. Where the
case is about memory, or about a file that never ends, the command runs in a process of its own
and its peak resident memory is read there. The earlier batches cover their neighbours
(tests/test_hostile4_files.py, test_hostile3_files.py, test_hostile2_files.py,
test_hostile_inputs.py, test_faults_io.py, test_visits_stores.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from storecheck import db
from storecheck.config import Workspace
from test_faults_io import _xlsx
from test_hostile2_files import PEAK_MB, invoke, measured, offers, own, rival
from test_hostile3_files import NS, REL, flat, own_rows, visits_saved, workbook

EXCEL_ERRORS = ("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!")

_DRIVER = """
import resource, subprocess, sys
try:
    done = subprocess.run([sys.executable, "-m", "storecheck", *sys.argv[2:]], capture_output=True, text=True,
                          timeout=float(sys.argv[1]))
    sys.stdout.write(done.stdout + done.stderr)
    print("EXIT", done.returncode)
except subprocess.TimeoutExpired:  # run() has killed the command
    print("EXIT TIMEOUT")
print("PEAK-KB", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def measured_within(workspace: Workspace, seconds: float, *args: str) -> tuple[int | None, str, float]:
    """As `measured`, but the command is killed after `seconds` (exit code None): a file that never
    ends must not leave a process reading it on the machine."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(__file__).parents[1]), env.get("PYTHONPATH", "")) if p)
    done = subprocess.run([sys.executable, "-c", _DRIVER, str(seconds), *args, "--workspace", str(workspace.path)],
                          capture_output=True, text=True, env=env, timeout=seconds + 120)
    found = re.search(r"^EXIT (-?\d+|TIMEOUT)$", done.stdout, re.M)[1]
    code = None if found == "TIMEOUT" else int(found)
    peak = int(re.search(r"^PEAK-KB (\d+)$", done.stdout, re.M)[1]) / 1024
    output = done.stdout.rsplit("EXIT", 1)[0]
    print(f"{args[:2]}: exit {code}, peak {peak:.0f} MB, {output[-300:]!r}")
    return code, output, peak


def offer_rows(workspace: Workspace) -> dict[str, dict]:
    """Stored offers: key -> the product's fields and its latest observation's."""
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            products = conn.execute(select(db.competitor_products)).mappings().all()
            latest = db.latest_observations(conn, [p["id"] for p in products])
            return {p["key"]: {**dict(p), **({k: v for k, v in latest[p["id"]]._mapping.items() if k != "id"}
                                             if p["id"] in latest else {})} for p in products}
    finally:
        engine.dispose()


def _write(path: Path, text: str, newline: str | None = None) -> Path:
    with path.open("w", encoding="utf-8", newline=newline) as out:
        out.write(text)
    return path


def _rewrite_zip(path: Path, replace: dict[str, bytes | str], add: dict[str, bytes | str] | None = None) -> Path:
    """The XLSX at `path` with some parts replaced and others added."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts.update({k: v.encode() if isinstance(v, str) else v for k, v in {**replace, **(add or {})}.items()})
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


# --- F40: YAML ---------------------------------------------------------------------------------------------


def test_f40_a_visits_yaml_giving_a_field_twice_is_named_not_the_last_taken(workspace, tmp_path):
    ws = rival(workspace)
    path = _write(tmp_path / "visits.yaml",
                  "- competitor: Rival\n  store: Main\n  visited_at: 2026-11-01 10:00\n"
                  "  footfall: {count: 12, minutes: 15}\n  average_ticket: {amount: 23.50, source: till}\n"
                  "  footfall: {count: 1200, minutes: 15}\n")
    result = invoke(ws, "visit", "import", str(path))
    text = flat(result.output)
    assert result.exit_code != 0, text
    assert "visit 1" in text and "footfall" in text, text
    assert "Traceback" not in result.output
    assert visits_saved(ws) == 0


# --- F41, F42, F43: CSV ----------------------------------------------------------------------------------


def test_f41_skus_differing_only_by_unicode_normalisation_or_an_invisible_character_are_named(workspace, tmp_path):
    """"Café-1" typed on a Mac (e + combining acute, NFD) and on Windows (é, NFC) look the same to
    everyone; so do "AB1" and "AB1" with a zero-width space pasted from a web page."""
    path = _write(tmp_path / "ours.csv", "sku,name,price\nCaf\u00e9-1,Mug,1.00\nCafe\u0301-1,Mug large,2.00\n"
                                         "AB1,Cup,1.00\nA\u200bB1,Cup large,2.00\n")
    result = invoke(workspace, "catalogue", "import", str(path))
    text = flat(result.output)
    skus = set(own(workspace))
    for first, second in ((2, 3), (4, 5)):
        one_product = len(skus) <= 3 and result.exit_code == 0
        assert one_product or (re.search(rf"\bline {first}\b", text) and re.search(rf"\bline {second}\b", text)), (first, text)
    assert not any("\u200b" in sku for sku in skus) or re.search(r"\bline 5\b", text), skus


def test_f42_a_csv_mixing_lf_crlf_and_lone_cr_line_ends_reads_every_row_and_names_the_right_line(workspace, tmp_path):
    ws = rival(workspace)
    good = tmp_path / "good.csv"
    good.write_bytes(b"key,name,price\r\nK1,Mug,1.00\nK2,Cup,2.00\rK3,Bowl,3.00\r\nK4,Plate,4.00\n")
    result = invoke(ws, "offers", "import", str(good), "--competitor", "Rival")
    assert result.exit_code == 0, result.output
    assert offers(ws) == {"K1": ("Mug", Decimal("1.00")), "K2": ("Cup", Decimal("2.00")),
                          "K3": ("Bowl", Decimal("3.00")), "K4": ("Plate", Decimal("4.00"))}
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"key,name,price\r\nK5,Mug,1.00\nK6,Cup,2.00\rK7,Bowl,3.00\r\nK8,Plate,four\n")
    result = invoke(ws, "offers", "import", str(bad), "--competitor", "Rival")
    text = flat(result.output)
    assert re.search(r"\bline 5\b[^|]*price", text), text
    # (corrected at the first reading: the test asked for an error; storecheck's rule for every file
    # is that a price cell holding no amount is a warning naming it, the offer imported without one)
    if result.exit_code == 0:
        assert offers(ws)["K8"] == ("Plate", None), offers(ws)
    assert {"K1", "K2", "K3", "K4"} <= set(offers(ws))


def test_f43_a_catalogue_that_never_ends_is_refused_in_bounded_memory_and_time(workspace, tmp_path):
    """/dev/zero stands for a pipe, a device or a network file that sends forever."""
    assert invoke(workspace, "catalogue", "import", str(_write(tmp_path / "first.csv", "sku,name,price\nS0,Kept,1.00\n"))).exit_code == 0
    code, output, peak = measured_within(workspace, 120, "catalogue", "import", "/dev/zero")
    assert code not in (None, 0), output[-600:]
    # (added with the mend) it exists: said as what it is
    assert "/dev/zero is not a regular file" in output and "does not exist" not in output, output[-600:]
    assert "Traceback" not in output, output[-1500:]
    assert own(workspace) == {"S0": "Kept"}
    assert peak < PEAK_MB


# --- F44, F45, F51: JSON and CSV values ------------------------------------------------------------------


def test_f44_a_utf16_json_offers_file_with_its_bom_is_read_or_refused_naming_the_encoding(workspace, tmp_path):
    """What Windows PowerShell's Out-File writes by default."""
    ws = rival(workspace)
    path = tmp_path / "offers.json"
    path.write_bytes(json.dumps([{"key": "K1", "name": "Crème brûlée dish", "price": "12.00"},
                                 {"key": "K2", "name": "Чайник", "price": "20.00"}], ensure_ascii=False).encode("utf-16"))
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    if result.exit_code == 0:
        assert offers(ws) == {"K1": ("Crème brûlée dish", Decimal("12.00")), "K2": ("Чайник", Decimal("20.00"))}
    else:
        assert offers(ws) == {} and re.search(r"UTF-16|encoding", result.output), result.output
    assert "Traceback" not in result.output


def test_f45_json_prices_of_zero_and_of_a_number_too_small_to_keep_are_named_never_stored_silently(workspace, tmp_path):
    ws = rival(workspace)
    path = tmp_path / "offers.json"
    path.write_text('[{"key": "K1", "name": "Zero", "price": 0},\n {"key": "K2", "name": "Zero text", "price": "0.00"},\n'
                    ' {"key": "K3", "name": "Underflow", "price": 1e-400},\n {"key": "K4", "name": "Fine", "price": "4.00"}]\n',
                    encoding="utf-8")
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    text = flat(result.output)
    stored = offers(ws)
    assert "Traceback" not in result.output
    # 1e-400 is no price: rounded to a cent it would be a product given away
    assert result.exit_code != 0 and re.search(r"\brecord 3\b[^|]*price", text) or stored.get("K3", (None, None))[1] is None, (text, stored)
    for number, key in ((1, "K1"), (2, "K2"), (3, "K3")):
        if stored.get(key, (None, None))[1] == 0:
            assert re.search(rf"\brecord {number}\b[^|]*price", text), (key, text)


def test_f51_a_negative_or_zero_stock_count_is_never_in_stock(workspace, tmp_path):
    ws = rival(workspace)
    path = _write(tmp_path / "offers.csv", "key,name,price,in_stock\nK1,Mug,1.00,-3\nK2,Cup,2.00,0\nK3,Bowl,3.00,5\n")
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    rows = offer_rows(ws)
    if result.exit_code == 0:
        assert rows["K1"]["in_stock"] is False and rows["K2"]["in_stock"] is False and rows["K3"]["in_stock"] is True, rows
    else:
        assert re.search(r"\bline 2\b[^|]*in_stock", flat(result.output)), result.output


# --- F46-F48, F50: workbooks -------------------------------------------------------------------------------


def test_f46_excel_error_cells_are_never_stored_as_text(workspace, tmp_path):
    path = workbook(tmp_path / "ours.xlsx", [{"name": "Catalogue", "rows": [
        ["sku", "name", "brand", "price"],
        ["S1", "Mug", "ERR:#N/A", 1.5],
        ["S2", "Cup", "Acme", "ERR:#VALUE!"],
        ["S3", "ERR:#REF!", "Acme", 2.5],
        ["S4", "Plate", "Acme", 3.5],
    ]}])
    sheet = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    sheet = re.sub(r'<c r="([A-Z]+\d+)" t="inlineStr"><is><t xml:space="preserve">ERR:([^<]+)</t></is></c>',
                   r'<c r="\1" t="e"><v>\2</v></c>', sheet)
    _rewrite_zip(path, {"xl/worksheets/sheet1.xml": sheet})
    result = invoke(workspace, "catalogue", "import", str(path))
    text = flat(result.output)
    assert "Traceback" not in result.output
    # the price that is an error is named with its row (the sheet's row 3)
    assert re.search(r"\b(line|row) 3\b[^|]*price", text), text
    # (added at the first reading: the bad price refused the whole file, so the brand and the name
    # were never stored either way; --skip-invalid imports the other rows, which is where they go)
    result = invoke(workspace, "catalogue", "import", str(path), "--skip-invalid")
    rows = own_rows(workspace)
    assert "S4" in rows, result.output
    stored_texts = [v for row in rows.values() for v in row.values() if isinstance(v, str)]
    assert not [v for v in stored_texts if v in EXCEL_ERRORS], rows


def test_f47_an_xlsx_whose_shared_strings_declare_external_entities_reads_no_local_file_and_fetches_nothing(workspace, tmp_path, shop):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-42", encoding="utf-8")
    shop.routes["/evil.txt"] = lambda q: (200, {"Content-Type": "text/plain"}, b"REMOTE-SECRET-43")
    path = _xlsx(tmp_path / "ours.xlsx", "<si><t>x</t></si>",
                 '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
                 '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>'
                 '<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="s"><v>3</v></c></row>')
    strings = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE sst [<!ENTITY secret SYSTEM "{secret.as_uri()}">'
               f'<!ENTITY remote SYSTEM "{shop.url}/evil.txt">]>\n'
               f"<sst {NS}><si><t>sku</t></si><si><t>name</t></si><si><t>&secret;</t></si><si><t>&remote;</t></si></sst>")
    _rewrite_zip(path, {"xl/sharedStrings.xml": strings})
    result = invoke(workspace, "catalogue", "import", str(path))
    assert shop.paths() == [], shop.paths()
    assert not any("SECRET" in (name or "") for name in own(workspace).values()), own(workspace)
    assert "SECRET" not in result.output, result.output
    assert "Traceback" not in result.output


def test_f48_an_xlsx_with_an_external_link_reads_the_saved_value_and_fetches_nothing(workspace, tmp_path, shop):
    shop.routes["/prices.xlsx"] = lambda q: (200, {"Content-Type": "application/octet-stream"}, b"PK")
    path = workbook(tmp_path / "ours.xlsx", [{"name": "Catalogue", "rows": [
        ["sku", "name", "price"], ["S1", "Mug", ("[1]Prices!B2", 4.5)], ["S2", "Cup", 2.5]]}])
    with zipfile.ZipFile(path) as archive:
        book = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    book = book.replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rId99"/></externalReferences>')
    rels = rels.replace("</Relationships>", f'<Relationship Id="rId99" Type="{REL}/externalLink" '
                                            'Target="externalLinks/externalLink1.xml"/></Relationships>')
    types = types.replace("</Types>", '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/'
                                      'vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>')
    link = (f'<externalLink {NS} xmlns:r="{REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="Prices"/></sheetNames>'
            '<sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>4.5</v></cell></row></sheetData></sheetDataSet>'
            "</externalBook></externalLink>")
    link_rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 f'<Relationship Id="rId1" Type="{REL}/externalLinkPath" Target="{shop.url}/prices.xlsx" TargetMode="External"/>'
                 "</Relationships>")
    _rewrite_zip(path, {"xl/workbook.xml": book, "xl/_rels/workbook.xml.rels": rels, "[Content_Types].xml": types},
                 {"xl/externalLinks/externalLink1.xml": link, "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels})
    result = invoke(workspace, "catalogue", "import", str(path))
    assert shop.paths() == [], shop.paths()
    assert result.exit_code == 0, result.output
    rows = own_rows(workspace)
    assert rows["S1"]["price"] == Decimal("4.50") and rows["S2"]["price"] == Decimal("2.50"), rows


def test_f50_a_shared_strings_table_of_four_million_strings_within_the_part_limit_stays_bounded(workspace, tmp_path):
    """The part limit (MAX_XLSX_PART_BYTES, 256 MB) keeps out a string of a gigabyte; 100 MB of
    short strings under it are four million Python strings once read into a list. (Nine million as
    first written, 200 MB: past pytest's ten minutes on a loaded machine, before and after the mend.)"""
    path = _xlsx(tmp_path / "ours.xlsx", "<si><t>x</t></si>",
                 '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
                 '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2"><v>1.5</v></c></row>',
                 dimension='<dimension ref="A1:C2"/>')
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    count = 4_000_000
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts.items():
            if name != "xl/sharedStrings.xml":
                archive.writestr(name, data)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as out:
            out.write(f'<sst {NS} count="{count}" uniqueCount="{count}"><si><t>sku</t></si><si><t>name</t></si>'
                      "<si><t>price</t></si><si><t>S1</t></si><si><t>Mug</t></si>".encode())
            for start in range(5, count, 100_000):
                out.write("".join(f"<si><t>s{n:09d}</t></si>" for n in range(start, min(start + 100_000, count))).encode())
            out.write(b"</sst>")
    with zipfile.ZipFile(path) as archive:
        assert 90e6 < archive.getinfo("xl/sharedStrings.xml").file_size < 256 * 2**20
    code, output, peak = measured(workspace, "catalogue", "import", str(path))
    assert "Traceback" not in output, output[-1500:]
    assert (code == 0 and own(workspace) == {"S1": "Mug"}) or (code != 0 and "sharedStrings" in output), output[-600:]
    assert peak < PEAK_MB


# --- F49: a round trip through an export ------------------------------------------------------------------


def test_f49_offers_exported_to_csv_and_imported_back_keep_keys_and_names_that_look_like_formulas(workspace, tmp_path):
    ws = rival(workspace)
    records = [{"key": "-12", "name": "Minus twelve", "price": "1.00"},
               {"key": "=A1", "name": "Equals", "price": "2.00"},
               {"key": "+44 20", "name": "Plus", "price": "3.00"},
               {"key": "@home", "name": "At", "price": "4.00"},
               {"key": "'90s-tee", "name": "'90s tee", "price": "5.00"},
               {"key": "plain", "name": '=HYPERLINK("http://evil.example","x")', "price": "6.00"}]
    source = tmp_path / "offers.json"
    source.write_text(json.dumps(records), encoding="utf-8")
    assert invoke(ws, "offers", "import", str(source), "--competitor", "Rival").exit_code == 0
    before = offers(ws)
    assert before == {r["key"]: (r["name"], Decimal(r["price"])) for r in records}, before
    exported = tmp_path / "exported.csv"
    assert invoke(ws, "export", "offers", str(exported)).exit_code == 0
    result = invoke(ws, "offers", "import", str(exported), "--competitor", "Rival")
    assert result.exit_code == 0, result.output
    assert offers(ws) == before, offers(ws)
