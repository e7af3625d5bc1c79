"""Issue 13's acceptance: a competitor with no web shop and a store added by command,
visits to it and to our own store by each of the three ways in (prompts, a file, the
web form), and the report read with BeautifulSoup: products by role, promotions seen,
notes, a photo thumbnail, the comparison with our store and the ranked list of what to
copy. Also the exports and `score --json`, and the phone form in real Chromium."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from sqlalchemy import select
from test_visits import count, engine_of, png_bytes
from test_visits_stores import own_shop_workspace
from shared_fixtures import PHONE
from test_web import fill_visit, token_of

from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace
from storecheck.web import create_app


def run(ws: Workspace, *args: str, input: str | None = None):
    result = CliRunner().invoke(cli, [*args, "--workspace", str(ws.path)], input=input, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def ws(workspace: Workspace, monkeypatch) -> Workspace:
    monkeypatch.delenv("STORECHECK_WEB_TOKEN", raising=False)
    workspace = own_shop_workspace(workspace)  # Corner Shop without a web shop; our store Main Street
    run(workspace, "store", "add", "Corner Shop", "Market Street", "--address", "1 Market Street")
    return Workspace(workspace.path)


VISITS_YAML = """
- competitor: Corner Shop
  store: Market Street
  visited_at: 2025-03-01 10:00
  visitor: Ann
  footfall: {count: 30, minutes: 15}
  average_ticket: {amount: "12.50", source: till}
  scores: {environment: 4, display: 5, hospitality: 5}
  promotions: ["multibuy: 3 for 2 on crisps", {text: Card price on coffee, type: loyalty, photo: promo.png}]
  products: {main: [Fresh bread], promoted: [Crisps 150 g], best-seller: [Milk 1 l]}
  notes: Friendly <b>staff</b> at the door.
  photos: [front.png]
- competitor: test shop
  store: main street
  visited_at: 2025-03-01 12:00
  visitor: Ann
  footfall: {count: 20, minutes: 15}
  average_ticket: {amount: "10.00", source: till}
  scores: {environment: 3, display: 3, hospitality: 2}
  promotions: ["sale: end of season"]
"""


def prompt_answers(owner: str, when: str, hospitality: str, notes: str) -> str:
    return "\n".join([
        owner, "1", when,             # competitor (number), its one store, when
        "Ben", "", "40", "20", "n",   # visitor, minutes, footfall count and window, holiday
        "", "15", "till",             # currency (the default), average ticket, its source
        "4", "4", hospitality,        # scores
        "", "", "", "", "", "",        # no promotions; no products for the four roles; no price checks
        notes, "",                    # notes, no photos
        "y",
    ]) + "\n"


def web_form(client, owner: str, when: str, hospitality: str, **extra) -> dict:
    values = {
        "csrf_token": token_of(client), "competitor": owner, "store": "Market Street" if owner == "Corner Shop" else "Main Street",
        "visited_at": when, "visitor": "Cleo", "footfall_count": "25", "footfall_minutes": "10",
        "average_ticket": "14,00", "average_ticket_source": "estimate", "score_environment": "5",
        "score_display": "4", "score_hospitality": hospitality, "notes": f"Web form note for {owner}",
    }
    return values | extra


def record_visits_every_way(ws: Workspace, tmp_path: Path) -> None:
    (tmp_path / "front.png").write_bytes(png_bytes(60, 40))
    (tmp_path / "promo.png").write_bytes(png_bytes(30, 30))
    path = tmp_path / "visits.yaml"
    path.write_text(VISITS_YAML, encoding="utf-8")
    assert "2 added" in run(ws, "visit", "import", str(path)).output

    run(ws, "visit", "add", input=prompt_answers("1", "2025-03-08 10:00", "5", "Second visit: new shelf labels."))
    run(ws, "visit", "add", input=prompt_answers("2", "2025-03-08 12:00", "3", "Our own store, second visit."))

    client = create_app(ws).test_client()
    for owner, hospitality in (("Corner Shop", "4"), ("Test Shop", "2")):
        data = web_form(client, owner, "2025-03-15T10:00", hospitality,
                        **({"promotions-0-text": "3 for 2 on crisps", "promotions-0-type": "multibuy",
                            "products-main": "Fresh bread\nPastries"} if owner == "Corner Shop" else {}))
        response = client.post("/visits/new", data=data, content_type="multipart/form-data")
        assert response.status_code == 303, response.text


def test_visits_every_way_in_reach_the_report(ws: Workspace, tmp_path: Path):
    record_visits_every_way(ws, tmp_path)
    with engine_of(ws).connect() as conn:
        owners = conn.execute(select(db.competitors.c.name, db.stores.c.name).join(db.stores)
                              .join(db.visits, db.visits.c.store_id == db.stores.c.id)).all()
    assert sorted(tuple(o) for o in owners) == [("Corner Shop", "Market Street")] * 3 + [("Test Shop", "Main Street")] * 3

    report = tmp_path / "report.html"
    run(ws, "report", "-o", str(report))
    soup = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")

    # The ranked list of what to copy is at the top, with evidence naming both sides.
    first_section = soup.find("section")
    assert first_section["id"] == "what-to-copy"
    items = first_section.select("tr.copy-item")
    assert items and items[0]["data-area"] == "store"
    top = [td.get_text(" ", strip=True) for td in items[0].find_all("td")]
    assert top[1] == "Corner Shop" and "hospitality at Corner Shop's Market Street scores above our own stores" in top[3]
    assert "staff hospitality 4.7 at Corner Shop's Market Street against 2.3 in ours (3 visits there, 2025-03-01 to 2025-03-15; 1 store, 3 visits in ours, " in top[4]
    assert float(top[5]) > 0
    areas = [tr["data-area"] for tr in items]
    assert "promotions" in areas  # multibuy and loyalty were never seen in our own store
    impacts = [float(tr.select_one("td.impact").get_text()) for tr in items if tr.select_one("td.impact").get_text() != "not sized"]
    assert impacts == sorted(impacts, reverse=True)

    visits = soup.find(id="visits")
    statements = [td.get_text() for td in visits.select("tr.comparison td.statement")]
    # The visits are of March 2025: from March 2026 on, each statement also says they are old.
    assert any(s.startswith("staff hospitality 4.7 at Corner Shop against 2.3 in ours (1 store, 3 visits there, 2025-03-01 "
                            "to 2025-03-15; 1 store, 3 visits in ours, ") for s in statements), statements
    assert any(s.startswith("average ticket 13.83 EUR at Corner Shop's Market Street against 13.00 EUR in ours (3 visits "
                            "there, 2025-03-01 to 2025-03-15; 1 store, 3 visits in ours, ") for s in statements), statements
    assert all("old: the latest visit there is " in s for s in statements)

    store = visits.find("article", attrs={"data-competitor": "Corner Shop", "data-store": "Market Street"})
    latest, middle, first = store.select("div.visit")
    # Latest first; products by role, promotions with their type, notes, photos, changes since the previous visit.
    roles = {dt.get_text(): dd.get_text() for dt, dd in zip(first.select("dl.visit-products dt"), first.select("dl.visit-products dd"))}
    assert roles == {"best-seller": "Milk 1 l", "main": "Fresh bread", "promoted": "Crisps 150 g"}
    promotions = [li.get_text(" ", strip=True) for li in first.select("ul.visit-promotions li")]
    assert promotions == ["multibuy 3 for 2 on crisps", "loyalty Card price on coffee"]
    assert first.select_one(".visit-notes").get_text() == "Friendly <b>staff</b> at the door."
    thumbs = first.select("img.thumb")
    assert len(thumbs) == 2 and all(t["src"].startswith("data:image/jpeg;base64,") for t in thumbs)
    assert middle.select_one(".visit-notes").get_text() == "Second visit: new shelf labels."
    changes = [li.get_text() for li in latest.select(".visit-changes li")]
    assert "new promotion: 3 for 2 on crisps" in changes and "new main product: Pastries" in changes
    assert "staff hospitality 5 → 4" in changes
    assert first.select_one(".visit-changes") is None  # nothing before the first visit
    ours = visits.find("article", attrs={"data-competitor": "Test Shop"})
    assert "(ours)" in ours.h4.get_text()

    # No request to another host: every image is embedded.
    assert not [img for img in soup.find_all("img") if not img["src"].startswith("data:")]


def test_visit_tables_what_to_copy_and_score_json(ws: Workspace, tmp_path: Path):
    record_visits_every_way(ws, tmp_path)
    data = json.loads(run(ws, "score", "--json").output)
    assert data["what_to_copy"] and all(set(i) == {"competitor", "area", "advantage", "evidence", "impact"}
                                        for i in data["what_to_copy"])

    def exported(table: str) -> list[dict]:
        path = tmp_path / f"{table}.csv"
        run(ws, "export", table, str(path))
        with path.open(encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    products = exported("visit-products")
    assert {(r["competitor"], r["role"], r["name"]) for r in products} >= {
        ("Corner Shop", "best-seller", "Milk 1 l"), ("Corner Shop", "main", "Pastries")}
    promotions = exported("visit-promotions")
    assert ("Test Shop", "sale", "end of season") in {(r["competitor"], r["type"], r["text"]) for r in promotions}
    assert exported("visit-price-checks") == []
    copy = exported("what-to-copy")
    assert [r["advantage"] for r in copy] == [i["advantage"] for i in data["what_to_copy"]]
    notes = [r["notes"] for r in exported("visits")]
    assert "Second visit: new shelf labels." in notes


# --- the phone form, for our own store, in real Chromium -----------------------------


@pytest.fixture
def app(ws: Workspace):
    return create_app(ws)


def test_phone_form_records_a_visit_to_our_own_store(page, served, ws):
    page.goto(f"{served}/visits/new")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert page.viewport_size == PHONE
    labels = page.locator("#competitor option").all_inner_texts()
    assert "Test Shop (our own store)" in labels
    fill_visit(page, competitor="Test Shop", store="Main Street")
    page.fill("#notes", "Our store, seen from the door")
    page.click("#save")
    page.wait_for_url(re.compile(r"/visits/1\?saved=1$"))
    assert page.is_visible("#saved")
    with engine_of(ws).connect() as conn:
        row = conn.execute(
            select(db.competitors.c.name, db.stores.c.name, db.visits.c.score_hospitality, db.visits.c.notes)
            .select_from(db.visits.join(db.stores, db.stores.c.id == db.visits.c.store_id)
                         .join(db.competitors, db.competitors.c.id == db.stores.c.competitor_id))
        ).one()
    assert tuple(row) == ("Test Shop", "Main Street", 5, "Our store, seen from the door")
    # A shelf price read in our own store is kept with the visit, not taken for a competitor's offer.
    assert count(ws, db.visit_price_checks) == 2 and count(ws, db.competitor_products) == 0


def test_a_store_shows_its_latest_visits_and_counts_the_rest():
    from datetime import UTC, datetime

    from reports.render import VISITS_PER_STORE, render_report

    visits = [{"visit_id": n, "visited_at": datetime(2025, 3, 20 - n, tzinfo=UTC), "notes": f"visit {n}", "changes": []}
              for n in range(1, VISITS_PER_STORE + 3)]
    context = {"visits": {}, "visit_details": {"comparisons": [], "our_shop": "Us", "timelines": [
        {"competitor": "Rival", "store": "High Street", "visits": visits}]}}
    soup = BeautifulSoup(render_report(context), "html.parser")
    store = soup.select_one("article.store-visits")
    assert [p.get_text() for p in store.select(".visit-notes")] == [f"visit {n}" for n in range(1, VISITS_PER_STORE + 1)]
    assert f"The latest {VISITS_PER_STORE} of {VISITS_PER_STORE + 2} visits" in store.select_one("p.cut").get_text()
