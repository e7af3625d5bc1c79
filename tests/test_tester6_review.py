"""A sixth tester's pass over the review queue: two people answering one pair at the same instant, on
SQLite and on the PostgreSQL server the tests start."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from storecheck import db
from storecheck.config import Competitor
from storecheck.models import Offer, OwnProduct
from storecheck.web.review import decide


def _proposal(engine) -> int:
    with engine.begin() as conn:
        cid = db.sync_competitors(conn, [Competitor(name="Rival", url="https://rival.example/")])["Rival"]
        db.upsert_own_products(conn, [OwnProduct(sku="C1", name="Coffee 1 kg", price="10", currency="EUR")])
        db.store_offers(conn, cid, [Offer(key="a", name="Coffee beans 1kg", price="9", currency="EUR")], source="import")
        pid = conn.execute(db.select(db.competitor_products.c.id)).scalar_one()
        return conn.execute(db.matches.insert().values(
            sku="C1", competitor_product_id=pid, method="fuzzy", score=0.7, status="proposed", equivalent=False,
            reason="test", updated_at=db.utcnow())).inserted_primary_key[0]


def _waiting_for_a_lock(engine) -> bool:
    if engine.dialect.name != "postgresql":
        time.sleep(1)  # SQLite: the second waits for the write lock at BEGIN; nothing to look at
        return True
    with engine.connect() as conn:
        return bool(conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")).scalar())


def test_the_later_of_two_answers_given_at_once_says_whose_it_replaced(engine):
    # The queue read the earlier answer, then wrote the new one: on PostgreSQL, Bob's answer given while
    # Ann's was being written read the pair as still proposed, then waited for Ann's write and replaced
    # it; his notice did not say it replaced Ann's answer. The pair's row is now read for the update.
    match_id = _proposal(engine)
    results = {}
    with engine.connect() as ann:
        transaction = ann.begin()
        assert decide(ann, match_id, "confirmed", "Ann")["replaced"] is None

        def bob():
            with engine.begin() as conn:
                results["bob"] = decide(conn, match_id, "rejected", "Bob")

        thread = threading.Thread(target=bob)
        thread.start()
        deadline = time.monotonic() + 30
        while not _waiting_for_a_lock(engine) and time.monotonic() < deadline:
            time.sleep(0.05)
        transaction.commit()
    thread.join(60)
    assert results["bob"]["replaced"] == {"status": "confirmed", "decided_by": "Ann"}
    with engine.connect() as conn:
        assert conn.execute(db.select(db.matches.c.status, db.matches.c.decided_by)).one() == ("rejected", "Bob")
