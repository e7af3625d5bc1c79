"""tester14: `storecheck serve`'s pages lacked the report's right-to-left isolation. In the review
queue a product of theirs named "\u202eSpaghetti 500 g" (a right-to-left override, never closed)
turned the rest of its line backwards, and an Arabic brand took the size after it for part of it
("Al Marai · 500 g" read "g 500 · ..."). Each name a shop or a person wrote is now shown in a <bdi>
(the whole name isolated, its digits with it), without explicit direction controls of its own; a
form's values are sent back as written."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from bs4 import BeautifulSoup
from test_tester13_report_rtl import _positions
from test_visits_report import run

from storecheck import db
from storecheck.config import Workspace

OVERRIDE = "\u202e"
ARABIC_BRAND = "المراعي"
STORE = "فرع 2"


@pytest.fixture
def ws(workspace: Workspace, monkeypatch, tmp_path) -> Workspace:
    monkeypatch.delenv("STORECHECK_WEB_TOKEN", raising=False)
    run(workspace, "competitor", "add", "Rival")
    run(workspace, "store", "add", "Rival", STORE)
    (tmp_path / "ours.csv").write_text(f"sku,name,brand,size,price\nS1,Spaghetti 500 g,Barilla,500 g,1.50\n"
                                       f"L1,Laban drink,{ARABIC_BRAND},500 ml,1.00\n", encoding="utf-8")
    run(workspace, "catalogue", "import", str(tmp_path / "ours.csv"))
    (tmp_path / "theirs.csv").write_text(f"key,name,brand,price\nr1,{OVERRIDE}Spaghetti 500 g,Barilla,1.40\n"
                                         f"r2,Laban drink 500 ml,{ARABIC_BRAND},0.90\n", encoding="utf-8")
    run(workspace, "offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")
    run(workspace, "match")
    # Both pairs wait for a person (the matcher was sure of them; the queue is what is looked at here).
    with db.open_database(workspace.database_url).begin() as conn:
        assert conn.execute(update(db.matches).values(status="proposed")).rowcount == 2
    (tmp_path / "visits.yaml").write_text(
        f"- competitor: Rival\n  store: {STORE}\n  visited_at: 2025-03-08 10:00\n  visitor: {OVERRIDE}Ann Lee\n"
        "  scores: {environment: 4, display: 4, hospitality: 4}\n  promotions: [\"3 for 2 on pasta\"]\n",
        encoding="utf-8")
    run(workspace, "visit", "import", str(tmp_path / "visits.yaml"))
    return Workspace(workspace.path)


def _texts(soup: BeautifulSoup) -> list[str]:
    return [b.get_text() for b in soup.select("bdi")]


def test_names_in_the_review_queue_and_visit_pages_are_isolated_whole(client):
    queue = BeautifulSoup(client.get("/matches").get_data(as_text=True), "html.parser")
    assert OVERRIDE not in queue.get_text()
    isolated = _texts(queue)
    assert "Spaghetti 500 g" in isolated and ARABIC_BRAND in isolated and "Rival" in isolated, isolated
    # The hidden field of each pair is sent back as it was: no mark in a form's value.
    assert all("\u2068" not in (i.get("value") or "") for i in queue.select("input"))

    visits = BeautifulSoup(client.get("/visits").get_data(as_text=True), "html.parser")
    assert STORE in _texts(visits) and "Ann Lee" in _texts(visits) and OVERRIDE not in visits.get_text()
    link = visits.select_one("table#visits a")["href"]
    page = BeautifulSoup(client.get(link).get_data(as_text=True), "html.parser")
    assert page.select_one("h1 bdi:nth-of-type(2)").get_text() == STORE
    assert OVERRIDE not in page.get_text()
    home = BeautifulSoup(client.get("/").get_data(as_text=True), "html.parser")
    assert STORE in _texts(home)


def test_an_override_in_a_name_turns_nothing_after_it_backwards(browser, served):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(f"{served}/matches")
    # Their product's name, then the key, brand line: "Spaghetti" reads left to right, "500" after it.
    card = page.locator("section.match", has_text="Spaghetti").first
    card_id = card.get_attribute("id")
    spaghetti, size = _positions(page, f"#{card_id} .theirs p", ["Spaghetti", "500 g"])
    assert spaghetti[1] <= size[0] + 1, (spaghetti, size)
    # Our Arabic brand, then " · 500 ml": the size stays on the right of the brand, as the line reads.
    card_id = page.locator("section.match", has_text="Laban").first.get_attribute("id")
    brand, size = _positions(page, f"#{card_id} .ours p.muted", [ARABIC_BRAND, "500 ml"])
    assert brand[1] <= size[0] + 1, (brand, size)
    page.goto(f"{served}/visits")
    # "فرع 2" is one name: its digit on its right-to-left side (left of the letters), whole.
    name = page.locator("table#visits tbody tr td").nth(2)
    letters, digit = _positions(page, "table#visits tbody tr td:nth-child(3)", ["فرع", "2"])
    assert digit[1] <= letters[0] + 1, (letters, digit, name.inner_text())
    page.close()
