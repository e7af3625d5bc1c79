"""Hostile files set aside (bench/history/crawl.md, "hostile12: hostile inputs set aside, twelfth
batch (twenty-eighth session)", cases F104-F109), read through the real commands as users' files
and workspaces reach them. The earlier batches cover their neighbours
(tests/test_hostile11_files.py back to test_hostile2_files.py, test_hostile_inputs.py,
test_faults_io.py, test_visits_stores.py).

Written, with what a serious tool should do, before storecheck read any of it: where I expected
storecheck to fail, or did not know, the test is a non-strict expected failure as committed (a
strict one the first reading went against leaves main red); the first reading makes each exact."""

from __future__ import annotations

import csv
import sqlite3
import unicodedata

import openpyxl
import pytest
from sqlalchemy import select

from storecheck import db
from storecheck.config import Workspace
from test_hostile2_files import PEAK_MB, invoke, measured, rival
from test_hostile3_files import flat, visits_saved
from test_hostile5_files import offer_rows
from test_hostile6_files import no_traceback
from test_hostile9_files import kept_first
from test_hostile10_files import told

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def decisions(workspace: Workspace) -> dict[str, str]:
    """sku -> status of every stored pair."""
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            return dict(conn.execute(select(db.matches.c.sku, db.matches.c.status)).all())
    finally:
        engine.dispose()


# --- F104: our skus that a spreadsheet runs as formulas, out through `matches export` and back ----------------------


def test_f104_skus_that_look_like_formulas_go_out_as_text_and_come_back_as_the_same_skus(workspace, tmp_path):
    """F49's offer keys `=A1` and `+44 20` exported and imported back, on our side and through the
    review loop: our catalogue's skus are `=HYPERLINK("http://evil.example","S1")` (a sku column
    someone filled from a formula and exported as text) and `+S2` (a dialling-code habit), each
    matched by its GTIN to an offer. `matches export` writes them so that a spreadsheet shows text
    and runs nothing (no cell starting `=`, `+`, `-`, `@`); a person confirms both in the exported
    file and `matches import` reads it back: both pairs confirmed, by the same skus, and no new sku
    made of the escaped text (a decision lost is a person's work lost).

    First reading: matched by GTIN; `matches export` wrote no cell a spreadsheet runs; `matches
    import` of the file confirmed both pairs by the same skus."""
    ws = rival(workspace)
    ours = tmp_path / "ours.csv"
    ours.write_text('sku,name,gtin,price\n"=HYPERLINK(""http://evil.example"",""S1"")",Mug,4006381333931,3.50\n'
                    "+S2,Cup,5901234123457,2.00\n", encoding="utf-8")
    assert invoke(ws, "catalogue", "import", str(ours)).exit_code == 0
    theirs = tmp_path / "offers.csv"
    theirs.write_text("key,name,gtin,price\nK1,Mug,4006381333931,3.40\nK2,Cup,5901234123457,1.90\n", encoding="utf-8")
    assert invoke(ws, "offers", "import", str(theirs), "--competitor", "Rival").exit_code == 0
    assert invoke(ws, "match").exit_code == 0
    skus = set(decisions(ws))
    assert skus == {'=HYPERLINK("http://evil.example","S1")', "+S2"}, skus
    exported = tmp_path / "matches.csv"
    assert invoke(ws, "matches", "export", str(exported)).exit_code == 0
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2, rows
    cells = [value for row in rows for value in row.values() if value]
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)], cells
    for row in rows:
        row["status"] = "confirmed"
    with exported.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = invoke(ws, "matches", "import", str(exported))
    text = told(result)
    assert result.exit_code == 0, text
    assert decisions(ws) == {'=HYPERLINK("http://evil.example","S1")': "confirmed", "+S2": "confirmed"}, decisions(ws)


# --- F105: a visit sheet of 1,048,576 rows -------------------------------------------------------------------------


def test_f105_a_visit_sheet_with_a_stray_cell_on_its_last_row_is_read_in_bounded_memory(workspace, tmp_path):
    """F6's sheet that claims `A1:Z1048576` and F55's 100,000 styled empty rows, with a real cell at
    the end: a visits workbook of three visits and one stray note on row 1,048,576 (Ctrl+Down, a
    key pressed, the file saved), a sheet of a spreadsheet's every row. The three visits are what
    the file holds: saved, with the stray row named (a note with no competitor, store or time), or
    the file refused naming row 1,048,576 with nothing saved; the command bounded in memory and
    time; never a traceback.

    First reading: refused, "row 1048576, column 'competitor': is required but empty" (and 'store',
    'visited_at'), nothing saved, peak 126 MB."""
    ws = rival(workspace)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["competitor", "store", "visited_at", "notes"])
    for day in (1, 2, 3):
        sheet.append(["Rival", "Main", f"2026-11-0{day} 10:00", f"visit {day}"])
    sheet.cell(row=1_048_576, column=4, value="x")
    path = tmp_path / "visits.xlsx"
    book.save(path)
    code, output, peak = measured(ws, "visit", "import", str(path))
    no_traceback(output)
    text = flat(output)
    assert peak < PEAK_MB, peak
    assert "1048576" in text.replace(",", "").replace(" ", ""), text[-2000:]
    assert (code == 0 and visits_saved(ws) == 3) or (code != 0 and visits_saved(ws) == 0), (code, visits_saved(ws), text)


# --- F106: a database another version of storecheck migrated -------------------------------------------------------


@pytest.mark.parametrize("command", [("report",), ("competitor", "list")], ids=["report", "competitor-list"])
def test_f106_a_database_a_newer_storecheck_migrated_is_refused_naming_its_version_and_left_as_it_is(
        workspace, tmp_path, command):
    """A workspace shared on a drive: a colleague's newer storecheck opened it first and migrated the
    database to a revision this version does not know ('0999'). This version cannot know what the
    newer schema means. Every command refuses, naming the revision it found and saying a newer
    storecheck wrote it (upgrade storecheck); exit 1, no traceback; the database left as it is (its
    revision still '0999', the offers kept), never "downgraded" or half altered.

    First reading: exit 1, "Error: Cannot open the database sqlite:///…: Can't locate revision
    identified by '0999'", the database as it was. The test passed as first written, by the word
    "newer" in its own folder's name in the path; the message is now read without the path. Made
    exact: refused, and the user told a newer storecheck wrote it.

    Mended (`db.upgrade.migrate`): a stored revision no version file names is refused before alembic
    is asked: "Cannot open the database …: a newer storecheck migrated it (schema revision '0999'; this
    version knows up to '0011'); it is left as it is: upgrade storecheck to open it"."""
    ws = rival(workspace)
    kept_first(ws, tmp_path)
    path = ws.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    result = invoke(ws, *command)
    text = told(result).replace(str(ws.path), "WS")
    assert result.exit_code != 0, text
    assert "0999" in text and "newer storecheck" in text.lower(), text
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0999",)]
        assert conn.execute("SELECT key FROM competitor_products").fetchall() == [("K0",)]


# --- F107: a competitor renamed to the same name written another way ------------------------------------------------


@pytest.mark.parametrize("spelling", ["NFD", "upper case"])
def test_f107_a_competitor_renamed_only_by_unicode_normalisation_or_case_keeps_its_history(workspace, tmp_path, spelling):
    """F66's store names that read alike, on a competitor's name: "Café Rival" is added, its offers
    imported; then storecheck.toml is edited by a tool that writes the name decomposed (NFD: "e" and
    a combining acute accent, as macOS file names are) or by a person who types it in capitals.
    It is the same competitor (storecheck compares names folded by case and normalisation), so its
    history stays its own: `competitor list` shows its two products, and nothing says a competitor
    was renamed or lists a second "Café Rival" with none.

    First reading: capitals kept the history (2 products). NFD: `competitor list` shows "Café Rival"
    with 0 products and "'Café Rival' (2 products, 0 visits) is in the database but not in
    storecheck.toml: its history is left out of every figure; if you renamed it, give it back its old
    name there": the two names read alike, and the note asks the user to give back a name that looks
    the same.

    Mended (`db.shops._renamed_by_case` compares by `config.name_key`, as the config does, where it
    compared case-folded names only): the row renamed to the new spelling, its two products listed."""
    name = unicodedata.normalize("NFC", "Café Rival")
    assert invoke(workspace, "competitor", "add", name).exit_code == 0
    ws = Workspace(workspace.path)
    offers = tmp_path / "offers.csv"
    offers.write_text("key,name,price\nK1,Mug,1.00\nK2,Cup,2.00\n", encoding="utf-8")
    assert invoke(ws, "offers", "import", str(offers), "--competitor", name).exit_code == 0
    renamed = unicodedata.normalize("NFD", name) if spelling == "NFD" else name.upper()
    config = ws.path / "storecheck.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(name, renamed), encoding="utf-8")
    result = invoke(Workspace(ws.path), "competitor", "list")
    text = told(result)
    assert result.exit_code == 0, text
    table = [line for line in result.output.splitlines() if "RIVAL" in line.upper()]
    assert any(" 2 " in line for line in table), result.output
    assert "renamed" not in text.lower() and "no longer" not in text.lower(), text


# --- F108, F109: amounts in a real currency the shop never uses ----------------------------------------------------


def test_f108_a_visit_in_a_currency_the_shop_never_uses_is_named_never_read_as_its_own(workspace, tmp_path):
    """F61's "$12.50" in a EUR shop, with the code written out and far from the shop's: a visits
    CSV whose `currency` is `JPY` (a drop-down that slipped) for Rival, which prices in EUR, with an
    average ticket of 12.50 and a price check of 3.50 by `--price-checks`. Yen are written without
    cents (ISO 4217: JPY has no minor unit), so "12.50 JPY" is no amount a till in yen shows. Refused
    naming line 2 and the currency, nothing saved; or saved as JPY with a warning naming line 2 and
    JPY; never stored as EUR, never silently.

    First reading (the test first lacked `average_ticket_source`, which the import asks beside a
    ticket; corrected): "Visits: 1 added", the visit in JPY with a ticket of 12.50, no word.

    Mended (`money.whole_units_note`, read by the visit, catalogue and offers imports): saved as
    written, with "warning: line 2, column 'average_ticket': '12.50' has a fraction, but JPY is written
    in whole units (no minor unit): is the currency right?" and the same for the price check (checks.csv
    row 2)."""
    ws = rival(workspace)
    visits = tmp_path / "visits.csv"
    visits.write_text("competitor,store,visited_at,currency,average_ticket,average_ticket_source\n"
                      "Rival,Main,2026-11-01 10:00,JPY,12.50,till\n",
                      encoding="utf-8")
    checks = tmp_path / "checks.csv"
    checks.write_text("visit_row,product,price\n2,Mug,3.50\n", encoding="utf-8")
    result = invoke(ws, "visit", "import", str(visits), "--price-checks", str(checks))
    text = told(result)
    assert "line 2" in text and "JPY" in text, text
    engine = db.open_database(ws.database_url)
    try:
        with engine.connect() as conn:
            currencies = set(conn.execute(select(db.visits.c.currency)).scalars())
    finally:
        engine.dispose()
    assert (result.exit_code != 0 and visits_saved(ws) == 0) or currencies == {"JPY"}, (result.exit_code, currencies, text)


def test_f109_offers_priced_in_cents_of_a_currency_without_cents_are_named(workspace, tmp_path):
    """F108 in an offers CSV: a `currency` column saying `JPY` for Rival (whose shop is in EUR) on
    prices `1.50` and `2.00`. The code is real; the amounts are not yen (1.50 JPY is no price). The
    line with cents named (refused, nothing stored, the earlier offer kept; or stored as JPY with a
    warning naming it); never EUR 1.50, never silently.

    First reading: "2 new products", no word.

    Mended as F108: stored as written, "warning: line 2, column 'price': 1.50 has a fraction, but JPY is
    written in whole units (no minor unit): is the currency right?" (line 3's 2.00 is whole yen: not
    named)."""
    ws = rival(workspace)
    kept_first(ws, tmp_path)
    path = tmp_path / "offers.csv"
    path.write_text("key,name,price,currency\nK1,Mug,1.50,JPY\nK2,Cup,2.00,JPY\n", encoding="utf-8")
    result = invoke(ws, "offers", "import", str(path), "--competitor", "Rival")
    text = told(result)
    rows = offer_rows(ws)
    assert "line 2" in text and "JPY" in text and "line 3" not in text, text
    if result.exit_code != 0:
        assert sorted(rows) == ["K0"], rows
    else:
        assert rows["K1"]["currency"] == "JPY", rows["K1"]


# --- hostile11's leftover: a note between the notes' bound and the form's -------------------------------------------


def test_a_visit_form_note_past_its_bound_but_within_the_form_s_is_sent_back_whole_with_its_length_named(workspace):
    """(hostile11's leftover: a note between the 20,000-character bound and the 2 MB form bound is echoed
    whole in the 422 page; should it be cut there?) Decided: not cut. The page answers the form the
    person filled; the browser shows the answer in the form's place, so a note cut in the page is
    text the person typed and lost (their words past 20,000 characters gone, with no way back but
    typing them again), while the page it is sent back in stays bounded by the form's 2 MB. What they
    need is how much to cut: the error names the note's length beside the bound.

    Before: 422, the note of 50,400 characters sent back whole, and "String should have at most
    20000 characters" (pydantic's words: neither the note's length nor how much is over). Now: "the
    notes are 50,400 characters; at most 20,000 are kept (shorten them by 30,400)", in the form and
    in the file imports alike (`visits.model.Visit._notes_within_bound`)."""
    from bs4 import BeautifulSoup

    from shared_fixtures import make_visit_workspace
    from storecheck.web import create_app
    from test_web import form, token_of

    ws = make_visit_workspace(workspace)
    client = create_app(ws).test_client()
    note = "Shelves full. " * 3599 + "Shelves full!!"  # 50,400 characters, none of them blanks a form trims
    response = client.post("/visits/new", data={**form(), "csrf_token": token_of(client), "notes": note})
    assert response.status_code == 422, response.status_code
    page = BeautifulSoup(response.text, "html.parser")
    assert page.find("textarea", attrs={"name": "notes"}).text == note  # nothing the person typed lost
    said = " ".join(page.get_text(" ").split())
    assert "50,400 characters" in said and "20,000" in said, said[:2000]
    assert visits_saved(ws) == 0
