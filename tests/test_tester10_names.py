"""A tenth tester's pass: a competitor's name written in other letter case in storecheck.toml.

storecheck.toml refuses two competitors whose names differ only by case ("competitor 'corner
store' is listed twice"), and `competitor add` refuses one: such names are one shop. Yet a user who
corrected the capitalisation of a name in the file ("Corner Store" to "Corner store") lost its
whole history: the next command made a new, empty competitor of that name and left the old one's
products, crawls and visits "in the database but not in storecheck.toml", out of every figure."""

from __future__ import annotations

import csv
import datetime as dt
from datetime import UTC
from decimal import Decimal

from test_alerts import cli_run

from conftest import record_crawl
from storecheck import db
from storecheck.config import Workspace
from storecheck.models import Offer, OwnProduct


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



def test_a_review_file_names_the_competitor_it_was_exported_with_when_another_differs_by_case(workspace, tmp_path):
    # A database an earlier version split (the file's name re-cased: a new empty "Corner store" beside
    # the "Corner Store" of the history, which the file names again since). Before: `matches import` of
    # a file `matches export` had just written took whichever of the two came last by case-folded name:
    # "line 2, column 'key': Corner Store has no product 'c1'", nothing imported.
    workspace.add_competitor("Corner Store", "https://corner.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="C1", name="Coffee 1 kg", price=Decimal("10.00"), currency="EUR")])
    record_crawl(engine, workspace, [Offer(key="c1", name="Coffee 1 kg", price=Decimal("9.99"), currency="EUR")],
                 dt.datetime.now(UTC) - dt.timedelta(days=1), competitor="Corner Store")
    with engine.begin() as conn:
        conn.execute(db.competitors.insert().values(name="Corner store", url="https://corner.example/",
                                                    platform="auto", created_at=dt.datetime.now(UTC)))
    assert cli_run(workspace, "match").exit_code == 0
    exported = tmp_path / "matches.csv"
    assert cli_run(workspace, "matches", "export", str(exported)).exit_code == 0
    rows = list(csv.DictReader(exported.read_text(encoding="utf-8").splitlines()))
    assert [row["competitor"] for row in rows] == ["Corner Store"]
    rows[0]["status"] = "rejected"
    with exported.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = cli_run(workspace, "matches", "import", str(exported))
    assert result.exit_code == 0, result.output
    with engine.connect() as conn:
        assert conn.execute(db.select(db.matches.c.status)).scalars().all() == ["rejected"]
    # A name that only differs by case from both is no guess: it is said to be ambiguous.
    rows[0]["competitor"] = "CORNER STORE"
    with exported.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = cli_run(workspace, "matches", "import", str(exported))
    assert result.exit_code != 0 and "'Corner Store' and 'Corner store'" in result.output, result.output
