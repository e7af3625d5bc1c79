"""A fifth tester's pass over the match review queue of `serve` with thousands of proposals, and two
people answering the same pair from pages they opened at the same time."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import select

from test_web import rows, token_of

from storecheck import db
from storecheck.models import Offer, OwnProduct

PROPOSALS = 2000


@pytest.fixture
def queue(ws):
    """`PROPOSALS` proposed pairs (Q0000 <-> q-0000, ...) beside the three of `ws`."""
    with db.open_database(ws.database_url).begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=f"Q{n:04d}", name=f"Queued product {n}", price="2.00", currency="EUR")
                                      for n in range(PROPOSALS)])
        cid = db.sync_competitors(conn, ws.config.competitors)["Rival"]
        db.store_offers(conn, cid, [Offer(key=f"q-{n:04d}", name=f"Queued offer {n}", price=Decimal("2.10"), currency="EUR")
                                    for n in range(PROPOSALS)], source="import")
        pid = dict(conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        now = db.utcnow()
        conn.execute(db.matches.insert(), [
            {"sku": f"Q{n:04d}", "competitor_product_id": pid[f"q-{n:04d}"], "method": "fuzzy", "score": 0.6,
             "status": "proposed", "equivalent": False, "reason": "name 0.60", "updated_at": now} for n in range(PROPOSALS)])
    return ws


def shown(page) -> list[str]:
    return [button["value"] for button in BeautifulSoup(page.text, "html.parser").select("button[name=decision]")]


def answer(client, page_path: str, decision: str, who: str = "Ann"):
    page = client.get(page_path)
    soup = BeautifulSoup(page.text, "html.parser")
    data = {field["name"]: field.get("value", "") for field in soup.select("#review input[type=hidden]")}
    data |= {"decision": decision, "decided_by": who}
    return client.post("/matches/decide", data=data)


def test_an_answer_on_a_later_page_comes_back_to_that_page(client, queue):
    # A reviewer working on page 7 of 41 (skipping pages of pairs they could not judge) was sent back to
    # page 1 after every answer. The answer now comes back to the page it was given on.
    page = client.get("/matches?page=7")
    [first, *_] = shown(page)
    response = answer(client, "/matches?page=7", first.replace(":confirmed", ":rejected"))
    assert response.status_code == 303
    assert parse_qs(urlsplit(response.headers["Location"]).query).get("page") == ["7"], response.headers["Location"]


def test_a_page_past_the_end_of_a_shrinking_queue_shows_the_last_page(client, queue):
    # The last answer on the last page left it empty: "Nothing to review", with 2,000 pairs still waiting.
    last = -(-(PROPOSALS + 3) // 50)
    page = client.get(f"/matches?page={last + 3}")
    assert shown(page), BeautifulSoup(page.text, "html.parser").get_text(" ", strip=True)[:300]
    assert "Nothing to review" not in page.text


def test_the_second_of_two_different_answers_to_one_pair_says_whose_it_replaced(client, ws):
    # Ann and Bob had the queue open; Ann said "same product", then Bob "not the same": Bob's answer
    # replaced Ann's without a word to either. Bob is now told whose answer his replaced.
    assert answer(client, "/matches", "1:confirmed", who="Ann").status_code == 303
    second = client.post("/matches/decide", data={"csrf_token": token_of(client, "/matches"), "decision": "1:rejected",
                                                  "decided_by": "Bob", "pair-1": first_pair(ws)})
    assert second.status_code == 303
    notice = BeautifulSoup(client.get(second.headers["Location"]).text, "html.parser").select_one("#decided").get_text(" ", strip=True)
    assert "replaces Ann's answer" in notice and "same product" in notice, notice
    [row] = [r for r in rows(ws, db.matches) if r.id == 1 or (r.sku == "SKU1" and r.status in ("confirmed", "rejected"))]
    assert (row.status, row.decided_by) == ("rejected", "Bob")


def first_pair(ws) -> str:
    with db.open_database(ws.database_url).connect() as conn:
        pid = conn.execute(select(db.competitor_products.c.id).where(db.competitor_products.c.key == "r-123")).scalar_one()
    return f"{pid}:SKU1"


def test_two_answers_without_a_name_are_told_apart_too(client, ws):
    # Review note on ce82631: two reviewers who both left "Your name" empty were both "web review", and
    # the second replaced the first's answer without the notice.
    assert answer(client, "/matches", "1:confirmed", who="").status_code == 303
    second = client.post("/matches/decide", data={"csrf_token": token_of(client, "/matches"), "decision": "1:rejected",
                                                  "decided_by": "", "pair-1": first_pair(ws)})
    notice = BeautifulSoup(client.get(second.headers["Location"]).text, "html.parser").select_one("#decided").get_text(" ", strip=True)
    assert "replaces an earlier answer (same product)" in notice, notice
