"""A fourth tester's pass over the visit form in a real headless Chromium on a phone-sized screen:
photos too large or no image, a Save tapped twice, the back button after a save."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup
from PIL import Image

from test_web import fill_visit, rows

from storecheck import db


def test_a_photo_that_is_no_image_is_named_and_the_rest_kept(page, served, ws, tmp_path):
    fake = tmp_path / "IMG_0002.jpg"
    fake.write_bytes(b"this is a text file renamed .jpg\n" * 10)
    page.goto(f"{served}/visits/new")
    fill_visit(page, fake)
    page.click("#save")
    page.wait_for_selector("#error-summary")
    assert "photo" in page.inner_text("#error-summary").casefold()
    assert page.input_value("#visitor") == "Ann"
    assert rows(ws, db.visits) == []


def test_a_photo_too_large_says_so_and_the_draft_is_kept(page, served, ws, tmp_path):
    big = tmp_path / "IMG_0003.png"
    Image.effect_noise((300, 300), 100).convert("RGB").save(big)  # noise does not compress: past the 20 KB limit
    assert big.stat().st_size > 40_000
    page.goto(f"{served}/visits/new")
    fill_visit(page, big)
    page.click("#save")
    page.wait_for_load_state()
    text = page.inner_text("body").casefold()
    assert "the limit is" in text, text[:500]
    assert page.input_value("#visitor") == "Ann"
    assert rows(ws, db.visits) == []


def test_save_tapped_twice_stores_one_visit(page, served, ws):
    page.goto(f"{served}/visits/new")
    fill_visit(page)
    page.dblclick("#save")
    # The second tap's submission may abort the first's navigation (the browser's doing, not ours),
    # which `wait_for_url` reports as an error; `expect` waits for where the page ends up. Where the
    # second tap's answer is the one the browser shows (a busy machine, a slow connection), it is the
    # saved visit with "already saved" (`again=1`, the server's answer to the same visit sent twice).
    from playwright.sync_api import expect

    expect(page).to_have_url(re.compile(r"/visits/\d+\?saved=1(&again=1)?$"), timeout=30_000)
    page.wait_for_timeout(500)
    assert len(rows(ws, db.visits)) == 1


def test_the_back_button_after_a_save_does_not_store_the_visit_again(page, served, ws):
    page.goto(f"{served}/visits/new")
    fill_visit(page)
    page.click("#save")
    page.wait_for_url(re.compile(r"/visits/1\?saved=1$"))
    page.go_back()
    page.wait_for_load_state()
    # The form comes back: empty for the next visit, or as it was; saving it again stores nothing new.
    if page.locator("#save").count():
        if not page.input_value("#visitor"):
            fill_visit(page)
        page.click("#save")
        page.wait_for_load_state()
    assert len(rows(ws, db.visits)) == 1, page.inner_text("body")[:500]
    assert len(rows(ws, db.visit_price_checks)) == 2


# --- the report browser -----------------------------------------------------------


def test_reports_named_as_people_name_files_are_listed_and_served(client, ws):
    # `storecheck report -o "reports/Weekly report.html"`, a browser's "report (1).html" or an
    # "Übersicht.HTML" saved into the reports folder: each was neither listed nor served (404).
    ws.reports_dir.mkdir(exist_ok=True)
    names = ["Weekly report.html", "report (1).html", "Übersicht KW49.HTML", "report-2025-03-01.html"]
    for name in names:
        (ws.reports_dir / name).write_text(f"<html><body>{name}</body></html>", encoding="utf-8")
    (ws.reports_dir / "notes.txt").write_text("not a report", encoding="utf-8")
    listing = BeautifulSoup(client.get("/reports").text, "html.parser")
    links = {a.get_text(): a["href"] for a in listing.select("main a")}
    assert sorted(links) == sorted(names)
    for name, href in links.items():
        with client.get(href) as response:
            assert response.status_code == 200 and name.encode() in response.data, (name, href)
            assert "sandbox" in response.headers["Content-Security-Policy"]
    for refused in ("notes.txt", "..%2Fstorecheck.toml", "..%2F..%2Fetc%2Fpasswd.html", "%2Fetc%2Fx.html", "a%00.html"):
        assert client.get(f"/reports/{refused}").status_code == 404, refused


def test_a_report_deleted_while_the_folder_is_listed_is_left_out(client, ws, monkeypatch):
    # A clean-up job deleting old reports between the listing's look at a file and its size: the
    # page answered 500. Simulated by a file that looks present and is gone.
    ws.reports_dir.mkdir(exist_ok=True)
    (ws.reports_dir / "kept.html").write_text("<p>kept</p>", encoding="utf-8")
    gone = ws.reports_dir / "gone.html"
    real_is_file, real_iterdir = Path.is_file, Path.iterdir
    monkeypatch.setattr(Path, "iterdir", lambda self: [*real_iterdir(self), *([gone] if self == ws.reports_dir else [])])
    monkeypatch.setattr(Path, "is_file", lambda self: self == gone or real_is_file(self))
    response = client.get("/reports")
    assert response.status_code == 200
    assert [a.get_text() for a in BeautifulSoup(response.text, "html.parser").select("main a")] == ["kept.html"]
    assert client.get("/").status_code == 200
