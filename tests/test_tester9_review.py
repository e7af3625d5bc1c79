"""A ninth tester's pass over the review queue of `storecheck serve` once a competitor is taken out
of storecheck.toml: its proposals stayed in the queue, and an answer to one started a re-match of a
competitor `storecheck match` no longer knows."""

from __future__ import annotations

from decimal import Decimal

from bs4 import BeautifulSoup
from sqlalchemy import select

from storecheck import db
from storecheck.config import Workspace
from storecheck.models import Offer


def _gone_with_a_proposal(ws) -> None:
    """A second competitor, Gone, with one pair proposed, then taken out of storecheck.toml."""
    text = ws.config_path.read_text(encoding="utf-8")
    ws.config_path.write_text(text + '\n[[competitors]]\nname = "Gone"\nurl = "https://gone.example/"\n', encoding="utf-8")
    with db.open_database(ws.database_url).begin() as conn:
        gone = db.sync_competitors(conn, Workspace(ws.path).config.competitors)["Gone"]
        db.store_offers(conn, gone, [Offer(key="g-1", name="Spaghetti 500 g", price=Decimal("1.49"), currency="EUR",
                                           url="https://gone.example/p/1")], source="import")
        product = conn.execute(select(db.competitor_products.c.id).where(db.competitor_products.c.key == "g-1")).scalar()
        conn.execute(db.matches.insert().values(sku="SKU1", competitor_product_id=product, method="fuzzy", score=0.8,
                                                status="proposed", equivalent=False, reason="name 0.80",
                                                updated_at=db.utcnow()))
    ws.config_path.write_text(text, encoding="utf-8")


def test_the_review_queue_leaves_out_a_competitor_taken_out_of_the_config(ws, client):
    # Before: "4 proposed matches waiting", and Gone's pair among Rival's three on /matches.
    _gone_with_a_proposal(ws)
    with db.open_database(ws.database_url).connect() as conn:
        assert conn.execute(select(db.func.count()).select_from(db.matches)).scalar() == 4
    page = BeautifulSoup(client.get("/matches").text, "html.parser").get_text(" ")
    assert "Gone" not in page and "gone.example" not in page, page
    assert "3 proposed matches waiting" in client.get("/").text
