"""The frames the matcher reads come in one order on every database: our products as imported,
a competitor's by key.

The matcher settles ties (one title on two listings, two of our rows alike) by row order, so
one catalogue must reach it in one order however it was stored. PostgreSQL returns rows without
ORDER BY in the order of their current versions, and every update (a crawl extending
`last_seen`, an import changing a price) writes a new version at the end; SQLite's order
follows the plan it picks; and PostgreSQL orders text by its locale ("b" before "C").
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from storecheck import analysis, db
from test_faults_crawl import drop_schema


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request, tmp_path):
    url = (request.getfixturevalue("postgres_url") if request.param == "postgresql"
           else f"sqlite:///{tmp_path / 'order.db'}")
    engine = db.open_database(url)
    yield engine
    engine.dispose()
    if request.param == "postgresql":
        drop_schema(url)


def test_ours_come_as_imported_and_theirs_by_key_however_they_were_updated(engine):
    now = db.utcnow()
    with engine.begin() as conn:
        rival = conn.execute(db.competitors.insert().values(name="Rival", url="", created_at=now)).inserted_primary_key[0]
        # Stored in another order than their names', as files and crawls bring them.
        for n in ("3", "1", "b", "2", "C"):
            conn.execute(db.own_products.insert().values(sku=f"S{n}", name=f"Kettle {n}", created_at=now, updated_at=now))
            conn.execute(db.competitor_products.insert().values(
                competitor_id=rival, key=f"K{n}", name=f"Kettle {n}", first_seen=now, last_seen=now))
    with engine.begin() as conn:
        # The first rows are written again, as a later import and crawl write them.
        conn.execute(update(db.own_products).where(db.own_products.c.sku.in_(["S1", "S2"]))
                     .values(name="Kettle", updated_at=now + timedelta(days=1)))
        conn.execute(update(db.competitor_products).where(db.competitor_products.c.key.in_(["K1", "K2"]))
                     .values(last_seen=now + timedelta(days=1)))
    with engine.connect() as conn:
        assert list(analysis.own_frame(conn).sku) == ["S3", "S1", "Sb", "S2", "SC"]
        assert list(analysis.competitor_frame(conn).key) == ["K1", "K2", "K3", "KC", "Kb"]
