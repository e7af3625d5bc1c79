"""The visit form on a phone, as the shop floor meets it: a slow connection and Save tapped
again while the first is on its way, and a form left open overnight. In a real headless
Chromium (the `page` fixture), against the app served on 127.0.0.1."""

from __future__ import annotations

import re
import time

from flask import request

import pytest

from storecheck import db
from test_web import fill_visit, rows


@pytest.fixture
def page(browser, served):
    # As shared_fixtures' page, on a phone, where an expired form's answer (400) is expected and
    # Chromium logs it; no request may leave 127.0.0.1.
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(served) else None)
    yield page
    context.close()
    assert outside == [], outside


def slow_posts(app, seconds: float) -> None:
    # The phone's connection is slow: every form sent takes this long to reach the app.
    def wait():
        if request.method == "POST":
            time.sleep(seconds)
    app.before_request_funcs.setdefault(None, []).insert(0, wait)


def test_save_tapped_again_on_a_slow_connection_stores_one_visit_and_says_it_is_saved(app, page, served, ws):
    """The first Save is on its way; nothing seems to happen, so the manager taps again. The first
    post stores the visit; the second used to come back as a form with "1 thing to fix: this visit
    is already recorded" and the draft kept, inviting a changed time and a second visit."""
    slow_posts(app, 1.5)
    page.goto(f"{served}/visits/new")
    fill_visit(page)
    # Two taps 0.4 s apart, the first still waiting for its answer (a tap through the page itself:
    # Playwright's own click would wait for the first navigation to end).
    page.evaluate("""() => { const save = document.getElementById('save'); save.click();
                             setTimeout(() => save.click(), 400); }""")
    # The first answer is dropped by the browser (a second form was sent); the second is what shows.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not (page.url.endswith("/visits/new") and page.locator("#error-summary").count()) \
            and "saved=1" not in page.url:
        page.wait_for_timeout(200)
    page.wait_for_load_state()
    assert "saved=1" in page.url, page.inner_text("body")[:300]
    assert page.is_visible("#saved") and "sent twice" in page.inner_text("#saved")
    assert page.evaluate("localStorage.getItem('storecheck-visit-draft')") is None
    assert len(rows(ws, db.visits)) == 1 and len(rows(ws, db.visit_price_checks)) == 2


def test_a_form_left_open_overnight_loses_nothing_typed(page, served, ws):
    """Overnight the phone drops the session cookie (the browser was closed, the session ended):
    the form's security token no longer matches. Sent in the morning, it is refused, and everything
    typed comes back from the draft to be sent again, stored once."""
    page.goto(f"{served}/visits/new")
    fill_visit(page)
    page.context.clear_cookies()
    page.click("#save")
    page.wait_for_load_state()
    assert "Form expired" in page.inner_text("body")
    page.go_back()
    page.wait_for_load_state()
    page.reload()
    assert page.is_visible("#draft-notice")
    assert page.input_value("#visitor") == "Ann" and page.input_value("#notes") == "Queue at the till"
    assert page.input_value("#price_checks-1-what") == "Rigatoni 500 g"
    page.click("#save")
    page.wait_for_url(re.compile(r"/visits/1\?saved=1$"))
    assert len(rows(ws, db.visits)) == 1


def test_a_corrected_visit_sent_again_in_the_same_minute_is_not_taken_for_a_double_tap(client, ws):
    """Review R6: a manager goes back after a save, corrects the ticket and saves again with the time
    unchanged. The same form sent twice opens the stored visit; a corrected one must not be dropped
    behind "sent twice": it comes back with everything typed, and "already recorded"."""
    from bs4 import BeautifulSoup
    from test_web import form, token_of

    first = client.post("/visits/new", data=form(csrf_token=token_of(client)), content_type="multipart/form-data")
    assert first.status_code == 303 and first.headers["Location"].endswith("saved=1")
    again = client.post("/visits/new", data=form(csrf_token=token_of(client)), content_type="multipart/form-data")
    assert again.status_code == 303 and again.headers["Location"].endswith("saved=1&again=1")
    corrected = client.post("/visits/new", data=form(csrf_token=token_of(client), average_ticket="25,50"),
                            content_type="multipart/form-data")
    assert corrected.status_code == 422 and "already recorded" in corrected.text
    soup = BeautifulSoup(corrected.text, "html.parser")
    assert soup.find("input", {"name": "average_ticket"})["value"] == "25,50"
    [visit] = rows(ws, db.visits)
    assert str(visit.average_ticket) in ("23.5", "23.50", "23.5000")


def test_a_phone_photo_over_the_limit_is_shrunk_on_the_form_too(workspace, tmp_path):
    """The form read one byte past the limit and refused the photo: a 3 MB shot against a 1 MB limit
    could not be sent from the phone at all. It is now stored, shrunk to fit."""
    from shared_fixtures import make_visit_workspace
    from storecheck.web import create_app
    from test_visits2_files import phone_photo
    from test_web import form, token_of

    ws = make_visit_workspace(workspace, max_photo_mb=1)
    client = create_app(ws).test_client()
    photo = phone_photo(tmp_path / "IMG_0005.jpg", size=(1600, 1200)).read_bytes()
    assert 1_000_000 < len(photo) < 4_000_000
    # Built by hand: the test client would spool a body this large to a temporary file it never closes.
    boundary = "----storecheck"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
             for k, v in form(csrf_token=token_of(client)).items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="photos"; filename="IMG_0005.jpg"\r\n'
                 "Content-Type: image/jpeg\r\n\r\n".encode() + photo + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    response = client.post("/visits/new", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 303, response.text[:2000]
    [stored_photo] = rows(ws, db.visit_photos)
    assert (ws.photos_dir / stored_photo.path).stat().st_size <= 1_000_000
