"""The frames the matcher reads come in the order the rows were stored, on every database.

The matcher settles ties (one title on two listings, two of our rows alike) by row order, so
one workspace must hand it its rows in one order whatever database holds them. PostgreSQL
returns rows without ORDER BY in the order of their current versions, and every update (a
crawl extending `last_seen`, an import changing a price) writes a new version at the end.
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


def test_rows_updated_after_others_keep_their_place(engine):
    now = db.utcnow()
    with engine.begin() as conn:
        rival = conn.execute(db.competitors.insert().values(name="Rival", url="", created_at=now)).inserted_primary_key[0]
        for n in range(1, 6):
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
        assert list(analysis.own_frame(conn).sku) == ["S1", "S2", "S3", "S4", "S5"]
        assert list(analysis.competitor_frame(conn).key) == ["K1", "K2", "K3", "K4", "K5"]
