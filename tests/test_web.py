"""`storecheck serve`: the visit form, review queue and reports, through Flask's
test client and in a real headless Chromium on a phone-sized screen."""

from __future__ import annotations

import io
import os
import re
import time
from decimal import Decimal
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from sqlalchemy import func, select

from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace
from storecheck.web import WebConfigError, create_app
from shared_fixtures import PHONE
from test_visits import JPEG, png_bytes

def token_of(client, path: str = "/visits/new") -> str:
    page = client.get(path)
    return BeautifulSoup(page.text, "html.parser").find("input", {"name": "csrf_token"})["value"]


def rows(ws: Workspace, table) -> list:
    with db.open_database(ws.database_url).connect() as conn:
        return conn.execute(select(table).order_by(table.c.id)).all()


def form(**extra) -> dict:
    values = {
        "competitor": "Rival", "store": "High Street", "visited_at": "2025-03-01T10:30", "visitor": "Ann",
        "footfall_count": "37", "footfall_minutes": "15", "average_ticket": "23,50", "average_ticket_source": "till",
        "score_environment": "4", "score_display": "n/a", "score_hospitality": "5",
        "criteria-environment-cleanliness": "5", "promotions-0-text": "3 for 2 on pasta", "promotions-0-type": "multibuy",
        "products-main": "Spaghetti\nPesto", "price_checks-0-what": "SKU1", "price_checks-0-price": "1.79",
        "price_checks-1-what": "Rigatoni 500 g", "price_checks-1-price": "1,59", "notes": "Busy <script>alert(1)</script>",
    }
    values.update(extra)
    return values


# --- the form through the test client -----------------------------------------


def test_form_saves_a_visit_with_price_checks(client, ws):
    data = form(csrf_token=token_of(client), photos=(io.BytesIO(png_bytes()), "front.png"))
    response = client.post("/visits/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 303 and response.headers["Location"].startswith("/visits/1")
    [visit] = rows(ws, db.visits)
    assert (visit.footfall_count, visit.footfall_minutes, visit.average_ticket, visit.score_display) == (37, 15, Decimal("23.5"), None)
    assert [r.text for r in rows(ws, db.visit_promotions)] == ["3 for 2 on pasta"]
    assert [(r.role, r.name) for r in rows(ws, db.visit_products)] == [("main", "Spaghetti"), ("main", "Pesto")]
    assert [(r.sku, r.product, r.price) for r in rows(ws, db.visit_price_checks)] == [
        ("SKU1", None, Decimal("1.79")), (None, "Rigatoni 500 g", Decimal("1.59"))]
    assert {r.source for r in rows(ws, db.observations)} == {"import", "visit"}
    page = client.get(response.headers["Location"])
    soup = BeautifulSoup(page.text, "html.parser")
    assert "Busy <script>alert(1)</script>" in soup.get_text() and "<script>alert" not in page.text
    assert soup.find(id="saved")["data-clear-draft"] == "1"


def test_post_without_a_valid_csrf_token_is_refused(client, ws):
    assert client.post("/visits/new", data=form()).status_code == 400
    assert client.post("/visits/new", data=form(csrf_token="forged")).status_code == 400
    token_of(client)
    assert client.post("/matches/decide", data={"decision": "1:confirmed"}).status_code == 400
    assert rows(ws, db.visits) == []
    assert {r.status for r in rows(ws, db.matches)} == {"proposed"}


def test_photos_of_a_forgotten_draft_are_swept_when_the_server_starts(client, ws):
    def refused_with(photo: bytes) -> str:
        data = form(csrf_token=token_of(client), **{"price_checks-1-price": "cheap"}, photos=(io.BytesIO(photo), "x.png"))
        soup = BeautifulSoup(client.post("/visits/new", data=data, content_type="multipart/form-data").text, "html.parser")
        return soup.find("input", {"name": "kept_photos"})["value"]

    forgotten, saved, recent = refused_with(png_bytes(2, 2)), refused_with(png_bytes(3, 3)), refused_with(png_bytes(4, 4))
    response = client.post("/visits/new", data=form(csrf_token=token_of(client), kept_photos=saved),
                           content_type="multipart/form-data")
    assert response.status_code == 303
    weeks_ago = time.time() - 8 * 86400
    for name in (forgotten, saved):
        os.utime(ws.photos_dir / name, (weeks_ago, weeks_ago))
    (ws.photos_dir / "notes.txt").write_text("not ours")
    os.utime(ws.photos_dir / "notes.txt", (weeks_ago, weeks_ago))

    create_app(ws)  # a restart
    assert sorted(p.name for p in ws.photos_dir.iterdir()) == sorted([saved, recent, "notes.txt"])
    # A draft sent again after its photo was swept is told so; nothing points at a missing file.
    response = client.post("/visits/new", data=form(csrf_token=token_of(client), kept_photos=forgotten),
                           content_type="multipart/form-data")
    assert response.status_code == 422 and len(rows(ws, db.visits)) == 1


def test_a_restarted_server_still_accepts_the_form_a_phone_has_open(client, ws):
    token = token_of(client, "/matches")
    cookie = client.get_cookie("session").value
    restarted = create_app(ws).test_client()  # a new process would build the app again like this
    restarted.set_cookie("session", cookie)
    response = restarted.post("/matches/decide", data={"csrf_token": token, "decision": "1:confirmed"})
    assert response.status_code in (302, 303)
    assert "confirmed" in {r.status for r in rows(ws, db.matches)}
    # The key signs everyone's cookies: only the workspace's owner may read it.
    from storecheck.web.app import SESSION_KEY_FILE

    assert (ws.path / SESSION_KEY_FILE).stat().st_mode & 0o077 == 0


def test_a_bad_field_is_shown_next_to_it_and_everything_else_is_kept(client, ws):
    data = form(csrf_token=token_of(client), **{"price_checks-1-price": "cheap"},
                photos=(io.BytesIO(JPEG), "front.jpg"))
    response = client.post("/visits/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 422
    soup = BeautifulSoup(response.text, "html.parser")
    field = soup.find(id="price_checks-1-price")
    assert field["aria-invalid"] == "true" and field["value"] == "cheap"
    assert "not a price" in soup.find(id="price_checks-1-price-error").get_text()
    for name, value in form().items():
        element = soup.find(attrs={"name": name})
        shown = element.get_text() if element.name == "textarea" else (
            element.find("option", selected=True)["value"] if element.name == "select" else element["value"])
        assert shown.strip() == value.strip() if name != "price_checks-1-price" else True, name
    # The accepted photo is kept on the server for the next try.
    kept = [i["value"] for i in soup.find_all("input", {"name": "kept_photos"})]
    assert len(kept) == 1 and re.fullmatch(r"[0-9a-f]{32}\.jpg", kept[0])
    assert rows(ws, db.visits) == []
    data = form(csrf_token=token_of(client), kept_photos=kept[0])
    response = client.post("/visits/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 303
    assert [r.path for r in rows(ws, db.visit_photos)] == kept


def test_money_in_another_currency_is_shown_next_to_its_field(client, ws):
    data = form(csrf_token=token_of(client), average_ticket="£23.50", **{"price_checks-1-price": "1,59 zł"})
    response = client.post("/visits/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 422
    soup = BeautifulSoup(response.text, "html.parser")
    assert soup.find(id="average_ticket-error").get_text() == "'£23.50' is in GBP, but this visit is in EUR"
    assert soup.find(id="price_checks-1-price-error").get_text() == "'1,59 zł' is in PLN, but this visit is in EUR"
    assert soup.find(id="price_checks-1-price")["aria-invalid"] == "true"
    assert soup.find(id="price_checks-0-price-error") is None
    assert rows(ws, db.visits) == [] and rows(ws, db.visit_price_checks) == []
    # The visit said to be in pounds takes pounds.
    data = form(csrf_token=token_of(client), currency="GBP", average_ticket="£23.50",
                **{"price_checks-0-price": "£1.79", "price_checks-1-price": "1.59"})
    response = client.post("/visits/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 303
    [visit] = rows(ws, db.visits)
    assert (visit.average_ticket, visit.currency) == (Decimal("23.50"), "GBP")
    assert [(r.price, r.currency) for r in rows(ws, db.visit_price_checks)] == [(Decimal("1.79"), "GBP"), (Decimal("1.59"), "GBP")]


def test_uploads_are_checked_by_content_and_size(client, app, ws):
    gif = (io.BytesIO(b"GIF89a" + b"\x00" * 100), "holiday.jpg")
    response = client.post("/visits/new", data=form(csrf_token=token_of(client), photos=gif), content_type="multipart/form-data")
    assert response.status_code == 422
    soup = BeautifulSoup(response.text, "html.parser")
    assert "only JPEG and PNG" in soup.find(id="photos-error").get_text()
    assert soup.find(id="store")["value"] == "High Street"

    big = (io.BytesIO(JPEG + b"\x00" * 30_000), "big.jpg")
    response = client.post("/visits/new", data=form(csrf_token=token_of(client), **{"promotions-0-photo": big}),
                           content_type="multipart/form-data")
    assert response.status_code == 422
    assert "limit is 0.0 MB" in response.text or "limit" in BeautifulSoup(response.text, "html.parser").find(id="promotions-0-photo-error").get_text()

    # Built by hand: the test client would spool a body this large to a temporary file it never closes.
    boundary = "----storecheck"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
             for k, v in form(csrf_token=token_of(client)).items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="photos"; filename="huge.jpg"\r\n'
                 "Content-Type: image/jpeg\r\n\r\n".encode() + JPEG + b"\x00" * app.config["MAX_CONTENT_LENGTH"] + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    response = client.post("/visits/new", data=body, content_type=f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 413 and "too large" in response.text
    assert rows(ws, db.visits) == []
    assert not ws.photos_dir.exists() or list(ws.photos_dir.iterdir()) == []


def test_the_uploaded_file_name_is_never_used(client, ws, tmp_path):
    evil = (io.BytesIO(JPEG), "../../../evil.php")
    response = client.post("/visits/new", data=form(csrf_token=token_of(client), photos=evil), content_type="multipart/form-data")
    assert response.status_code == 303
    [photo] = rows(ws, db.visit_photos)
    assert re.fullmatch(r"[0-9a-f]{32}\.jpg", photo.path)
    assert [p.name for p in ws.photos_dir.iterdir()] == [photo.path]
    assert not any("evil" in p.name for p in ws.path.parent.rglob("*"))
    with client.get(f"/photos/{photo.path}") as response:
        assert response.data == JPEG
    assert client.get("/photos/..%2Fstorecheck.toml").status_code == 404


def test_binding_beyond_loopback_needs_a_token(ws, monkeypatch):
    with pytest.raises(WebConfigError, match="without a token"):
        create_app(ws, host="0.0.0.0")
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "0", "--workspace", str(ws.path)])
    assert result.exit_code == 1 and "STORECHECK_WEB_TOKEN" in result.output
    with pytest.raises(WebConfigError, match="too short"):
        create_app(ws, host="0.0.0.0", token="short")

    monkeypatch.setenv("STORECHECK_WEB_TOKEN", "correct horse battery staple")
    app = create_app(ws, host="0.0.0.0")
    client = app.test_client()
    response = client.get("/visits/new")
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]
    token = token_of(client, "/sign-in")
    assert client.post("/sign-in", data={"csrf_token": token, "token": "wrong"}).status_code == 401
    assert client.post("/sign-in", data={"csrf_token": token, "token": "correct horse battery staple"}).status_code == 302
    assert client.get("/visits/new").status_code == 200

    # A restart keeps people signed in; a new token (the old one leaked) signs everyone out.
    cookie = client.get_cookie("session").value
    for new_token, status in (("correct horse battery staple", 200), ("a brand new token, not leaked", 302)):
        restarted = create_app(ws, host="0.0.0.0", token=new_token).test_client()
        restarted.set_cookie("session", cookie)
        assert restarted.get("/visits/new").status_code == status


def test_servers_starting_together_make_one_session_key(ws):
    from concurrent.futures import ThreadPoolExecutor

    from storecheck.web.app import SESSION_KEY_FILE, session_key

    with ThreadPoolExecutor(8) as pool:
        keys = set(pool.map(lambda _: session_key(ws), range(32)))
    assert keys == {(ws.path / SESSION_KEY_FILE).read_bytes()}
    assert [p.name for p in ws.path.iterdir() if p.name.startswith(SESSION_KEY_FILE)] == [SESSION_KEY_FILE]
    # A key file cut short by a crash is replaced, not used.
    (ws.path / SESSION_KEY_FILE).write_bytes(b"short")
    assert len(session_key(ws)) == 32 and (ws.path / SESSION_KEY_FILE).read_bytes() != b"short"


def test_review_queue_records_a_persons_decision(client, ws):
    page = BeautifulSoup(client.get("/matches").text, "html.parser")
    cards = page.select("section.match")
    assert len(cards) == 3
    first = cards[0]
    assert "Spaghetti 500 g" in first.select_one(".ours").get_text()
    assert "Spaghetti No. 5, 500 g <b>bold</b>" in first.select_one(".theirs").get_text()
    assert first.select_one(".theirs a")["href"] == "https://rival.example/p/123"
    assert cards[1].select_one(".theirs a") is None  # a javascript: URL is never a link
    match_id = int(first["id"].split("-")[1])
    response = client.post("/matches/decide", data={"csrf_token": token_of(client, "/matches"),
                                                    "decision": f"{match_id}:confirmed", "decided_by": "Eve"})
    assert response.status_code == 303
    by_id = {r.id: r for r in rows(ws, db.matches)}
    assert (by_id[match_id].status, by_id[match_id].decided_by) == ("confirmed", "Eve")
    assert by_id[match_id].decided_at is not None
    # The other guess for the same competitor product is gone; the unrelated one stays.
    assert sorted(r.status for r in by_id.values()) == ["confirmed", "proposed"]
    other = next(r for r in by_id.values() if r.status == "proposed")
    client.post("/matches/decide", data={"csrf_token": token_of(client, "/matches"), "decision": f"{other.id}:rejected"})
    assert {r.id: r.status for r in rows(ws, db.matches)}[other.id] == "rejected"
    assert "Nothing to review" in client.get("/matches").text


def test_reports_folder(client, ws):
    ws.reports_dir.mkdir(exist_ok=True)
    (ws.reports_dir / "report-2025-03-01.html").write_text("<html><body>the report</body></html>", encoding="utf-8")
    (ws.reports_dir / "notes.txt").write_text("not a report", encoding="utf-8")
    listing = BeautifulSoup(client.get("/reports").text, "html.parser")
    assert [a.get_text() for a in listing.select("main a")] == ["report-2025-03-01.html"]
    with client.get("/reports/report-2025-03-01.html") as response:
        assert response.status_code == 200 and b"the report" in response.data
        assert "sandbox" in response.headers["Content-Security-Policy"]
    assert client.get("/reports/notes.txt").status_code == 404
    assert client.get("/reports/..%2Fstorecheck.toml").status_code == 404


def test_pages_send_a_content_security_policy(client):
    response = client.get("/visits/new")
    policy = response.headers["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    soup = BeautifulSoup(response.text, "html.parser")
    assert all(s.get("nonce") == nonce for s in soup.find_all(["script", "style"]))
    assert not soup.find_all(src=re.compile(r"^(https?:)?//"))
    assert not soup.find_all("link", href=re.compile(r"^(https?:)?//"))


# --- in a real browser ----------------------------------------------------------

def fill_visit(page, photo: Path | None = None, price: str = "1.79", competitor: str = "Rival",
               store: str = "High Street") -> None:
    page.select_option("#competitor", competitor)
    page.fill("#store", store)
    page.fill("#visited_at", "2025-03-01T10:30")
    page.fill("#visitor", "Ann")
    page.fill("#footfall_count", "37")
    page.fill("#footfall_minutes", "15")
    page.check("#holiday")
    page.fill("#average_ticket", "23,50")
    page.select_option("#average_ticket_source", "till")
    page.select_option("#score_environment", "4")
    page.select_option("#score_hospitality", "5")
    page.fill("#promotions-0-text", "3 for 2 on pasta")
    page.select_option("#promotions-0-type", "multibuy")
    page.fill("#products-main", "Spaghetti\nPesto")
    page.fill("#price_checks-0-what", "SKU1")
    page.fill("#price_checks-0-price", price)
    page.fill("#price_checks-1-what", "Rigatoni 500 g")
    page.fill("#price_checks-1-price", "1,59")
    page.fill("#notes", "Queue at the till")
    if photo is not None:
        page.set_input_files("#photos", str(photo))


def test_browser_fill_and_submit_a_visit_on_a_phone(page, served, ws, tmp_path):
    photo = tmp_path / "IMG_0001.png"
    photo.write_bytes(png_bytes(40, 30))
    page.goto(f"{served}/visits/new")
    # Mobile-first: nothing wider than the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    fill_visit(page, photo)
    page.click("#save")
    page.wait_for_url(re.compile(r"/visits/1\?saved=1$"))
    assert page.is_visible("#saved")
    assert page.evaluate("localStorage.getItem('storecheck-visit-draft')") is None
    assert page.locator("#price-checks tbody tr").count() == 2
    # The uploaded photo is stored and shown.
    image = page.locator(".thumbs img").first
    image.wait_for()
    assert page.evaluate("(img) => img.complete && img.naturalWidth", image.element_handle()) == 40
    [visit] = rows(ws, db.visits)
    assert (visit.visitor, visit.holiday, visit.score_environment, visit.score_display) == ("Ann", True, 4, None)
    assert len(rows(ws, db.visit_photos)) == 1


def test_browser_shows_the_error_and_keeps_every_other_field(page, served, ws, tmp_path):
    photo = tmp_path / "shelf.png"
    photo.write_bytes(png_bytes())
    page.goto(f"{served}/visits/new")
    fill_visit(page, photo, price="l.79")
    page.click("#save")
    page.wait_for_selector("#error-summary")
    error = page.locator("#price_checks-0-price-error")
    assert error.is_visible() and "not a price" in error.inner_text()
    assert page.get_attribute("#price_checks-0-price", "aria-invalid") == "true"
    # The error sits right under its field.
    field_box, error_box = page.locator("#price_checks-0-price").bounding_box(), error.bounding_box()
    assert 0 <= error_box["y"] - (field_box["y"] + field_box["height"]) < 40
    expected = {"#store": "High Street", "#visited_at": "2025-03-01T10:30", "#visitor": "Ann", "#footfall_count": "37",
                "#footfall_minutes": "15", "#average_ticket": "23,50", "#average_ticket_source": "till",
                "#score_environment": "4", "#score_hospitality": "5", "#promotions-0-text": "3 for 2 on pasta",
                "#promotions-0-type": "multibuy", "#products-main": "Spaghetti\nPesto", "#price_checks-0-what": "SKU1",
                "#price_checks-0-price": "l.79", "#price_checks-1-what": "Rigatoni 500 g",
                "#price_checks-1-price": "1,59", "#notes": "Queue at the till", "#competitor": "Rival"}
    for selector, value in expected.items():
        assert page.input_value(selector) == value, selector
    assert page.is_checked("#holiday")
    assert page.is_visible("#kept-photos-note")  # the photo need not be chosen again
    assert rows(ws, db.visits) == []
    page.fill("#price_checks-0-price", "1.79")
    page.click("#save")
    page.wait_for_url(re.compile(r"/visits/1\?saved=1$"))
    assert len(rows(ws, db.visit_photos)) == 1 and rows(ws, db.visit_price_checks)[0].price == Decimal("1.79")


def test_browser_draft_survives_a_dropped_connection_and_a_reload(page, served, ws):
    page.goto(f"{served}/visits/new")
    page.click("[data-add-row=price_checks]")
    page.click("[data-add-row=price_checks]")
    fill_visit(page)
    page.fill("#price_checks-4-what", "Tomatoes 400 g")
    page.fill("#price_checks-4-price", "0.89")
    # The connection drops as the form is sent.
    page.route("**/visits/new", lambda route: route.abort() if route.request.method == "POST" else route.continue_())
    try:
        page.click("#save")
        page.wait_for_load_state()
    except Exception:  # noqa: BLE001 - the navigation fails, as it should
        pass
    page.unroute("**/visits/new")
    page.goto(f"{served}/visits/new")
    assert page.is_visible("#draft-notice")
    assert page.input_value("#store") == "High Street" and page.input_value("#notes") == "Queue at the till"
    assert page.input_value("#price_checks-4-what") == "Tomatoes 400 g"
    page.reload()
    assert page.input_value("#price_checks-4-price") == "0.89" and page.is_checked("#holiday")
    page.click("#save")
    page.wait_for_url(re.compile(r"/visits/1\?saved=1$"))
    assert len(rows(ws, db.visit_price_checks)) == 3
    page.goto(f"{served}/visits/new")
    assert not page.is_visible("#draft-notice") and page.input_value("#store") == ""


def test_browser_confirm_a_proposed_match(page, served, ws):
    page.goto(f"{served}/matches")
    assert page.locator("section.match").count() == 3
    card = page.locator("section.match").first
    assert "Spaghetti 500 g" in card.locator(".ours").inner_text()
    assert "Spaghetti No. 5" in card.locator(".theirs").inner_text()
    # Side by side even on a phone.
    ours, theirs = card.locator(".ours").bounding_box(), card.locator(".theirs").bounding_box()
    assert ours["x"] < theirs["x"] and abs(ours["y"] - theirs["y"]) < 2
    page.fill("#decided_by", "Eve")
    card.get_by_role("button", name="Same product").click()
    page.wait_for_selector("#decided")
    assert "SKU1: confirmed" in page.inner_text("#decided")
    assert page.locator("section.match").count() == 1
    with db.open_database(ws.database_url).connect() as conn:
        confirmed = conn.execute(select(db.matches).where(db.matches.c.status == "confirmed")).one()
        assert conn.execute(select(func.count()).select_from(db.matches)).scalar_one() == 2
    assert (confirmed.sku, confirmed.decided_by) == ("SKU1", "Eve")


def test_without_a_token_only_loopback_host_names_are_served(client):
    # DNS rebinding: a foreign page whose name now points at 127.0.0.1 sends its own Host.
    assert client.get("/matches", headers={"Host": "attacker.example:8000"}).status_code == 400
    assert client.get("/matches", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/matches", headers={"Host": "localhost"}).status_code == 200


def test_an_answer_to_a_row_a_rematch_replaced_is_kept_for_its_pair(client, ws):
    # A background re-match may delete the proposal's row while the page is open:
    # the answer is about the two products, so it is recorded for them.
    page = BeautifulSoup(client.get("/matches").text, "html.parser")
    card = page.select("section.match")[0]
    match_id = int(card["id"].split("-")[1])
    pair = card.select_one(f"input[name=pair-{match_id}]")["value"]
    token = token_of(client, "/matches")
    gone = {r.id: r for r in rows(ws, db.matches)}[match_id]
    with db.open_database(ws.database_url).begin() as conn:
        conn.execute(db.matches.delete().where(db.matches.c.id == match_id))
    response = client.post("/matches/decide", data={"csrf_token": token, "decision": f"{match_id}:rejected",
                                                    f"pair-{match_id}": pair})
    assert response.status_code == 303
    kept = [r for r in rows(ws, db.matches) if (r.sku, r.competitor_product_id) == (gone.sku, gone.competitor_product_id)]
    assert [r.status for r in kept] == ["rejected"]
    # Without the pair, or with one naming no product, the row's absence is still a 404.
    assert client.post("/matches/decide", data={"csrf_token": token, "decision": f"{match_id}:rejected",
                                                f"pair-{match_id}": "999999:nope"}).status_code == 404
