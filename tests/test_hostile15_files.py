"""Hostile files set aside (bench/history/crawl.md, "hostile15: hostile inputs set aside, fifteenth
batch (issue 9)", cases F125-F130), read through the real commands as users' files reach them, and
the visit form at a time the clocks show twice (review R6 of the thirtieth session). The earlier
batches cover their neighbours (tests/test_hostile14_files.py back to test_hostile2_files.py,
test_hostile_inputs.py, test_faults_io.py, test_visits_stores.py).

Written, with what a serious tool should do, before storecheck read any of it; the first reading
makes each exact (a strict expected failure where storecheck failed)."""

from __future__ import annotations

import re
from decimal import Decimal

import openpyxl
import pytest
from test_hostile2_files import invoke, rival
from test_hostile3_files import visits_saved
from test_hostile10_files import told
from test_hostile14_files import in_berlin, own_rows, visit_times


# --- F125: Excel's `="…"` wrapper, written by exports that keep leading zeros ------------------------------------


def test_f125_an_export_wrapping_codes_in_excels_text_formula_reads_the_codes(workspace, tmp_path):
    """ERPs and web shops that export "for Excel" write a code with leading zeros as the formula
    `="00123"`, so that Excel shows it as text and keeps its zeros (a CSV has no cell types). The
    file reaches storecheck as `="00123"` in the sku column and `="04006381333931"` in the GTIN's.
    Read as the codes (sku 00123, GTIN 4006381333931), the price beside them as written; or refused
    naming line 2 and the column; never a sku `="00123"` stored beside the next import's `00123`, nor
    the GTIN dropped as not valid.

    First reading: "Our catalogue: 2 new", the skus stored as `="00123"` and `="00124"`, after "line 2,
    column 'gtin': '="04006381333931"' is not a valid GTIN (check digit); ignored". Mended
    (`catalogue.csv_files.excel_text`): a CSV cell that is one Excel text formula is its text: skus 00123
    and 00124, the GTINs 4006381333931 and 4006381333948, no warning."""
    path = tmp_path / "catalogue.csv"
    path.write_text('sku,name,price,gtin\n="00123",Mug,12.50,="04006381333931"\n="00124",Cup,3.20,="4006381333948"\n',
                    encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    text = told(result)
    rows = own_rows(workspace)
    if result.exit_code != 0:
        assert re.search(r"line 2\b", text) and rows == {}, (text, rows)
        return
    assert sorted(rows) == ["00123", "00124"], (text, sorted(rows))
    assert rows["00123"]["price"] == Decimal("12.50"), rows["00123"]
    assert (rows["00123"]["gtin"] or "").lstrip("0") == "4006381333931", (text, rows["00123"])  # stored as GTIN-14


def test_f125_a_text_formula_our_own_export_kept_as_text_reads_back_as_written(workspace, tmp_path):
    """F125's mend must not reach a cell our own export wrote: a sku that is `="00123"` (stored so before
    the mend) is exported as `'="00123"` (the apostrophe that keeps a cell from being a formula) and
    reads back as `="00123"`, the same product, not another."""
    from storecheck.tables import csv_cell

    path = tmp_path / "catalogue.csv"
    path.write_text(f'sku,name,price\n{csv_cell(chr(61) + chr(34) + "00123" + chr(34))},Mug,12.50\n', encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, told(result)
    assert sorted(own_rows(workspace)) == ['="00123"'], sorted(own_rows(workspace))


# --- F126: rows a person hid, or a filter hid, in a workbook ----------------------------------------------------


def hidden_rows_workbook(path, header: list[str], rows: list[list], hidden: set[int]) -> None:
    """A sheet whose rows `hidden` (sheet row numbers) are hidden by an AutoFilter, as Excel saves a
    filtered list: `<row hidden="1">` and the filter's range."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    sheet.auto_filter.ref = f"A1:{openpyxl.utils.get_column_letter(len(header))}{len(rows) + 1}"
    for number in hidden:
        sheet.row_dimensions[number].hidden = True
    book.save(path)


def test_f126_a_catalogue_workbook_saved_filtered_names_the_rows_it_hid(workspace, tmp_path):
    """A catalogue kept in Excel, filtered to one category (or rows hidden by hand: last season's
    products) and saved so. The person sees two products; the file holds four. The hidden rows are
    data, not deleted: read them or leave them out, but say which rows were hidden (rows 3 and 5), so
    that "4 new" (or "2 new") is not a surprise; never one of the two in silence.

    First reading: "Our catalogue: 4 new, 0 updated, 0 unchanged.", no word of the hidden rows. Mended
    (`Row.hidden`, read from the sheet's own row attributes by `workbooks.sheet_records`): "4 new" after
    "catalogue.xlsx: rows 3 and 5 are hidden in the sheet (by a filter, or by hand); read as every other
    row (delete them from the file if they are not to be imported)"."""
    path = tmp_path / "catalogue.xlsx"
    hidden_rows_workbook(path, ["sku", "name", "price"],
                         [["S1", "Mug", 3.5], ["S2", "Old Cup", 2.0], ["S3", "Plate", 4.0], ["S4", "Old Bowl", 5.0]],
                         hidden={3, 5})
    result = invoke(workspace, "catalogue", "import", str(path))
    text = told(result)
    assert result.exit_code == 0, text
    assert re.search(r"\brows? 3\b", text) and re.search(r"\b5\b", text) and "hidden" in text.lower(), text


def test_f126b_a_visits_workbook_saved_filtered_names_the_rows_it_hid(workspace, tmp_path):
    """F126 for a visits workbook: a manager filtered the team's sheet to one store, saved, and sent it.
    The hidden visits are read or left out, with row 3 named as hidden; never in silence.

    First reading: "Visits: 3 added, 0 already recorded.", no word of the hidden row. Mended with F126:
    "visits.xlsx: row 3 is hidden in the sheet (by a filter, or by hand); read as every other row …"."""
    ws = rival(workspace)
    path = tmp_path / "visits.xlsx"
    hidden_rows_workbook(path, ["competitor", "store", "visited_at"],
                         [["Rival", "Main", "2026-05-04 10:00"], ["Rival", "Main", "2026-05-05 10:00"],
                          ["Rival", "Main", "2026-05-06 10:00"]], hidden={3})
    result = invoke(ws, "visit", "import", str(path))
    text = told(result)
    assert result.exit_code == 0, text
    assert re.search(r"\brows? 3\b", text) and "hidden" in text.lower(), (text, visits_saved(ws))


# --- F127: a formula's cached value in binary floating point -------------------------------------------------


def test_f127_a_price_a_formula_computed_is_read_at_its_shown_value(workspace, tmp_path):
    """A price column computed by a formula (`=B2*1.1`, a margin on cost). Excel saves the formula's
    value as a binary double, written with seventeen significant digits: 12.5 * 1.1 is kept as
    13.750000000000002, and 0.1 + 0.2 as 0.30000000000000004. Excel shows 13.75 and 0.30; the
    person typed neither. Read as 13.75 and 0.30; never refused as "more than four decimal places",
    nor stored as 13.750000000000002.

    First reading: 13.75 and 0.30 stored, "2 new". Kept."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["sku", "name", "price"])
    sheet.append(["S1", "Mug", 12.5 * 1.1])
    sheet.append(["S2", "Cup", 0.1 + 0.2])
    path = tmp_path / "catalogue.xlsx"
    book.save(path)
    result = invoke(workspace, "catalogue", "import", str(path))
    text = told(result)
    assert result.exit_code == 0, text
    rows = own_rows(workspace)
    assert rows["S1"]["price"] == Decimal("13.75"), rows["S1"]
    assert rows["S2"]["price"] == Decimal("0.30"), rows["S2"]


# --- F128, F129: thousands written as Switzerland and India write them ------------------------------------------


@pytest.mark.parametrize("written", ["1'299.50", "1’299.50", "CHF 1'299.50"])
def test_f128_a_swiss_price_with_apostrophe_thousands_is_read_or_named(workspace, tmp_path, written):
    """A Swiss shop's export writes thousands with an apostrophe (`1'299.50`, or the typographic
    `1’299.50` a word processor puts in), as Swiss German usage and Excel's de-CH format do. Read as
    1299.50, or refused naming line 2 and the price; never 1.29950, 129950 or 1299.5 of another
    product.

    First reading: 1299.50 stored in each of the three spellings. Kept."""
    path = tmp_path / "catalogue.csv"
    path.write_text(f'sku,name,price,currency\nS1,Espresso machine,"{written}",CHF\nS2,Cup,"3.20",CHF\n', encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    text = told(result)
    rows = own_rows(workspace)
    if result.exit_code != 0:
        assert re.search(r"line 2\b", text) and "price" in text and rows == {}, (text, rows)
        return
    assert rows["S1"]["price"] == Decimal("1299.50"), (text, rows["S1"])


@pytest.mark.parametrize("written", ["1,29,999.00", "₹1,29,999"])
def test_f129_an_indian_price_with_lakh_grouping_is_read_or_named(workspace, tmp_path, written):
    """An Indian shop's export groups digits by lakh (`1,29,999.00`: one lakh twenty-nine thousand
    nine hundred ninety-nine rupees). Read as 129999.00, or refused naming line 2; never 129.999 or
    a price cut at its first comma.

    First reading: refused, "line 2, column 'price': '1,29,999.00' is not a price (digit groups)" (and
    the same of "₹1,29,999"), nothing imported. Kept (a refusal naming the line is allowed), then read:
    the test asks the reading since the mend (lakh and crore groups read by the money reader, `money.amounts._number`): 129999 stored."""
    path = tmp_path / "catalogue.csv"
    path.write_text(f'sku,name,price,currency\nS1,Television,"{written}",INR\nS2,Cable,"499.00",INR\n', encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(path))
    text = told(result)
    rows = own_rows(workspace)
    assert result.exit_code == 0, text
    assert rows["S1"]["price"] == Decimal("129999"), (text, rows["S1"])
    assert rows["S2"]["price"] == Decimal("499.00"), (text, rows["S2"])


# --- F130 (review R6): the visit form at a time the clocks show twice -----------------------------------------------


def _form_page(response) -> str:
    from bs4 import BeautifulSoup

    return " ".join(BeautifulSoup(response.text, "html.parser").get_text(" ").split())


def test_f130_the_visit_form_asks_which_of_the_two_times_was_meant_and_saves_the_one_chosen(workspace):
    """Review R6 (thirtieth session): a visit at 02:30 on 25 October 2026 in a Europe/Berlin shop
    happened twice that night (summer time, then an hour later winter time). The form's "When" holds
    no offset, so the form sent it back and the README told users to record such a visit from a
    file. The form asks which of the two was meant, with a choice shown only then, and saves the one
    chosen: the second (winter time, +01:00) is 01:30 UTC, the first (summer time, +02:00) 00:30 UTC.

    First reading: 422, "happened twice …; which was it? Write it with its offset: 2026-10-25
    02:30+02:00 (the first) or 2026-10-25 02:30+01:00 (the second, an hour later)", which the form's
    date-and-time field cannot take; no choice offered. Mended (`web.app.repeated_time`, on the phone's
    clock or else the store's): sent back once with "2026-10-25 02:30 happened twice on the store's clock
    (Europe/Berlin): the clocks went back an hour that night. Which was it? Choose below" and two radio
    buttons, "the first 02:30 (CEST, UTC+02:00)" and "the second 02:30, an hour later (CET, UTC+01:00)";
    the one chosen is saved."""
    from bs4 import BeautifulSoup

    from shared_fixtures import make_visit_workspace
    from storecheck.web import create_app
    from test_web import form, token_of

    ws = in_berlin(make_visit_workspace(workspace))
    client = create_app(ws).test_client()
    plain = client.get("/visits/new")
    assert not BeautifulSoup(plain.text, "html.parser").find("input", {"name": "clock_offset"}), \
        "the choice is shown only for a time the clocks repeat"
    response = client.post("/visits/new", data={**form(visited_at="2026-10-25T02:30"), "csrf_token": token_of(client)})
    assert response.status_code == 422 and visits_saved(ws) == 0, (response.status_code, visits_saved(ws))
    choices = BeautifulSoup(response.text, "html.parser").find_all("input", {"name": "clock_offset"})
    assert sorted(c["value"] for c in choices) == ["+01:00", "+02:00"], _form_page(response)[:1500]
    sent_back = {i["name"]: i.get("value", "") for i in BeautifulSoup(response.text, "html.parser").find_all("input")
                 if i.get("name")}
    assert sent_back["visited_at"] == "2026-10-25T02:30", sent_back.get("visited_at")
    response = client.post("/visits/new", data={**form(visited_at="2026-10-25T02:30", clock_offset="+01:00"),
                                                "csrf_token": token_of(client)})
    assert response.status_code == 303, (response.status_code, _form_page(response)[:1500])
    assert visit_times(ws) == ["2026-10-25 01:30"], visit_times(ws)
    # Chosen, but sent back for another field (the store left empty): the choice is shown again, checked,
    # and kept; Save with the store filled in saves it, not asked a second time (review R1, 31st session).
    response = client.post("/visits/new", data={**form(visited_at="2026-10-25T02:30", visitor="Di", store="",
                                                       clock_offset="+02:00"), "csrf_token": token_of(client)})
    assert response.status_code == 422, (response.status_code, _form_page(response)[:800])
    checked = BeautifulSoup(response.text, "html.parser").find_all("input", {"name": "clock_offset", "checked": True})
    assert [c["value"] for c in checked] == ["+02:00"], _form_page(response)[:1500]
    assert "happened twice" not in _form_page(response), _form_page(response)[:1500]
    response = client.post("/visits/new", data={**form(visited_at="2026-10-25T02:30", visitor="Di", clock_offset="+02:00"),
                                                "csrf_token": token_of(client)})
    assert response.status_code == 303, (response.status_code, _form_page(response)[:1500])
    assert visit_times(ws) == ["2026-10-25 01:30", "2026-10-25 00:30"], visit_times(ws)
    # The choice belongs to its time: an offset sent with a time it does not fit (the time changed
    # after the choice was made, or a crafted form) is no answer; the form asks again.
    response = client.post("/visits/new", data={**form(visited_at="2026-10-25T02:45", visitor="Bo", clock_offset="+05:00"),
                                                "csrf_token": token_of(client)})
    assert response.status_code == 422, (response.status_code, _form_page(response)[:800])
    response = client.post("/visits/new", data={**form(visited_at="2026-10-25T02:45", visitor="Bo", clock_offset="+02:00"),
                                                "csrf_token": token_of(client)})
    assert response.status_code == 303, (response.status_code, _form_page(response)[:1500])
    assert visit_times(ws)[-1] == "2026-10-25 00:45", visit_times(ws)
    # Never an offset taken for a time the clocks showed once: the form reads it as it always did.
    response = client.post("/visits/new", data={**form(visited_at="2026-10-26T10:00", visitor="Cy", clock_offset="+02:00"),
                                                "csrf_token": token_of(client)})
    assert response.status_code == 303, (response.status_code, _form_page(response)[:1500])
    assert visit_times(ws)[-1] == "2026-10-26 09:00", visit_times(ws)


def test_f130_in_chromium_a_phone_in_berlin_chooses_the_second_0230(workspace, browser, server_in_utc):
    """R6 on a phone in Chromium (the form's script sends the phone's zone, Europe/Berlin): "When"
    typed 02:30 on the night the clocks go back, Save; the form comes back asking which 02:30, the
    choice visible; the second (winter time) tapped, Save; the visit saved at 01:30 UTC."""
    import threading

    from werkzeug.serving import make_server

    from shared_fixtures import PHONE, make_visit_workspace
    from storecheck.web import create_app

    ws = in_berlin(make_visit_workspace(workspace))
    server = make_server("127.0.0.1", 0, create_app(ws), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, timezone_id="Europe/Berlin")
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{server.server_port}/visits/new")
        assert page.locator("input[name=clock_offset]").count() == 0
        page.select_option("#competitor", "Rival")
        page.fill("#store", "High Street")
        page.fill("#visited_at", "2026-10-25T02:30")
        page.click("button[type=submit]")
        page.wait_for_selector("input[name=clock_offset]")
        second = page.locator("input[name=clock_offset][value='+01:00']")
        assert second.is_visible()
        second.check()
        page.click("button[type=submit]")
        page.wait_for_load_state()
        assert re.search(r"/visits/\d+", page.url), " ".join(page.inner_text("main").split())[:1500]
    finally:
        context.close()
        server.shutdown()
        thread.join(5)
    assert visit_times(ws) == ["2026-10-25 01:30"], visit_times(ws)


def test_f130_readme_no_longer_sends_the_repeated_hour_to_a_file():
    """The README told users the form could not take a time in the hour the clocks repeat."""
    # First reading: "…so a visit in the hour the clocks repeat is recorded from a file, `visit import`,
    # for now". Mended with the form's choice.
    from pathlib import Path

    readme = " ".join((Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8").split())
    assert "the clocks repeat is recorded from a file" not in readme

