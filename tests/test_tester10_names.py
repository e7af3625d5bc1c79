"""A tenth tester's pass: a competitor's name written in other letter case in storecheck.toml.

storecheck.toml refuses two competitors whose names differ only by case ("competitor 'corner
store' is listed twice"), and `competitor add` refuses one: such names are one shop. Yet a user who
corrected the capitalisation of a name in the file ("Corner Store" to "Corner store") lost its
whole history: the next command made a new, empty competitor of that name and left the old one's
products, crawls and visits "in the database but not in storecheck.toml", out of every figure."""

from __future__ import annotations

import datetime as dt
from datetime import UTC
from decimal import Decimal

from test_alerts import cli_run

from conftest import record_crawl
from storecheck import db
from storecheck.config import Workspace
from storecheck.models import Offer


def _renamed(workspace, old: str, new: str) -> Workspace:
    text = workspace.config_path.read_text(encoding="utf-8")
    workspace.config_path.write_text(text.replace(f'name = "{old}"', f'name = "{new}"'), encoding="utf-8")
    return Workspace(workspace.path)


def test_a_competitor_renamed_only_in_letter_case_keeps_its_history(workspace):
    # Before: `competitor list` showed "Corner store" with 0 products, never crawled, and said
    # "'Corner Store' (1 products) is in the database but not in storecheck.toml".
    workspace.add_competitor("Corner Store", "https://corner.example/")
    engine = db.open_database(workspace.database_url)
    record_crawl(engine, workspace, [Offer(key="c1", name="Coffee 1 kg", price=Decimal("9.99"), currency="EUR")],
                 dt.datetime.now(UTC) - dt.timedelta(days=1), competitor="Corner Store")
    workspace = _renamed(workspace, "Corner Store", "Corner store")
    listed = cli_run(workspace, "competitor", "list")
    assert listed.exit_code == 0, listed.output
    assert "not in storecheck.toml" not in listed.output
    with engine.connect() as conn:
        names = {row.name: row.id for row in conn.execute(db.select(db.competitors.c.name, db.competitors.c.id))}
        assert "Corner Store" not in names and "Corner store" in names
        assert conn.execute(db.select(db.func.count()).select_from(db.competitor_products).where(
            db.competitor_products.c.competitor_id == names["Corner store"])).scalar_one() == 1

