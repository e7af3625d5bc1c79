"""Our own shop in the database: its row is marked ours, so a new `[shop] name` keeps our stores and
their visits (they were left under the old name, and our shop started again with none)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from storecheck import db
from storecheck.analysis import report_context
from storecheck.config import Competitor, Workspace
from test_visits import engine_of, run
from test_visits_stores import OWN_YAML, own_shop_workspace


def rename_shop(workspace: Workspace, old: str, new: str) -> Workspace:
    text = workspace.config_path.read_text(encoding="utf-8")
    assert f'name = "{old}"' in text
    workspace.config_path.write_text(text.replace(f'name = "{old}"', f'name = "{new}"', 1), encoding="utf-8")
    return Workspace(workspace.path)


def owners(workspace: Workspace) -> list[tuple[str, str, int]]:
    """(shop, store, visits) for every store in the database."""
    with engine_of(workspace).connect() as conn:
        rows = conn.execute(
            select(db.competitors.c.name, db.stores.c.name, db.visits.c.id)
            .select_from(db.stores.join(db.competitors).outerjoin(db.visits))
        ).all()
    counted: dict[tuple[str, str], int] = {}
    for shop, store, visit in rows:
        counted[(shop, store)] = counted.get((shop, store), 0) + (visit is not None)
    return sorted((shop, store, n) for (shop, store), n in counted.items())


def visited_own_store(workspace: Workspace, visits: Path) -> Workspace:
    """Our shop "Test Shop" with its store Main Street, visited once."""
    ws = own_shop_workspace(workspace)
    visits.write_text(OWN_YAML, encoding="utf-8")
    assert run(ws, "visit", "import", str(visits)).exit_code == 0
    return ws


def test_renaming_our_shop_keeps_our_stores_and_their_visits(workspace: Workspace, tmp_path: Path):
    visits = tmp_path / "own.yaml"
    ws = rename_shop(visited_own_store(workspace, visits), "Test Shop", "Test Shop Online")
    listed = run(ws, "store", "list")
    assert listed.exit_code == 0, listed.output
    assert "Test Shop Online (ours)" in listed.output
    assert owners(ws) == [("Test Shop Online", "Main Street", 1)]
    assert "Test Shop Online, Main Street" in run(ws, "visit", "list").output

    # A visit written with the new name joins the same store.
    visits.write_text(OWN_YAML.replace("Test Shop", "Test Shop Online").replace("11:00", "12:00"), encoding="utf-8")
    assert run(ws, "visit", "import", str(visits)).exit_code == 0
    assert owners(ws) == [("Test Shop Online", "Main Street", 2)]


def test_the_report_finds_our_visits_under_the_new_name_before_any_other_command(workspace: Workspace, tmp_path: Path):
    ws = rename_shop(visited_own_store(workspace, tmp_path / "own.yaml"), "Test Shop", "Renamed Shop")
    context = report_context(engine_of(ws), ws.config)
    shops = {timeline["competitor"] for timeline in context["visit_details"]["timelines"]}
    assert shops == {"Renamed Shop"}


def test_a_database_from_before_the_mark_adopts_the_row_named_as_our_shop(workspace: Workspace):
    ws = own_shop_workspace(workspace)
    with engine_of(ws).begin() as conn:
        conn.execute(db.competitors.update().values(ours=False))  # as the migration leaves it
    assert run(ws, "store", "list").exit_code == 0
    ws = rename_shop(ws, "Test Shop", "New Name")
    assert run(ws, "store", "list").exit_code == 0
    assert owners(ws) == [("New Name", "Main Street", 0)]
    with engine_of(ws).connect() as conn:
        assert conn.execute(select(db.competitors.c.name).where(db.competitors.c.ours)).scalars().all() == ["New Name"]


def shop_rows(workspace: Workspace) -> list[tuple[str, bool, str]]:
    with engine_of(workspace).connect() as conn:
        return sorted(conn.execute(select(db.competitors.c.name, db.competitors.c.ours, db.competitors.c.url)).all())


def test_a_competitor_given_our_shops_old_name_gets_a_row_of_its_own(workspace: Workspace, tmp_path: Path):
    ws = rename_shop(visited_own_store(workspace, tmp_path / "own.yaml"), "Test Shop", "Test Shop Online")
    before = shop_rows(ws)
    # Synced without our shop (as a crawl or an import syncs the competitors): refused, nothing changed.
    clash = [Competitor(name="Test Shop", url="https://old-name.example/")]
    with engine_of(ws).begin() as conn, pytest.raises(db.ShopNameClash, match="still the name of our own shop's row"):
        db.sync_competitors(conn, clash)
    assert shop_rows(ws) == before
    # With our shop in the list, our row moves to the new name first and the competitor gets its own.
    with engine_of(ws).begin() as conn:
        ids = db.sync_competitors(conn, [*clash, ws.config.own_shop])
    assert ids["Test Shop"] != ids["Test Shop Online"]
    rows = {name: (ours, url) for name, ours, url in shop_rows(ws)}
    assert rows["Test Shop Online"] == (True, "") and rows["Test Shop"] == (False, "https://old-name.example/")
    assert owners(ws) == [("Test Shop Online", "Main Street", 1)]


def test_our_shop_renamed_to_a_competitors_name_in_the_database_is_refused(workspace: Workspace, tmp_path: Path):
    ws = visited_own_store(workspace, tmp_path / "own.yaml")
    with engine_of(ws).begin() as conn:
        db.sync_competitors(conn, [Competitor(name="Gone Rival", url="https://gone.example/")])
    ws = rename_shop(ws, "Test Shop", "Gone Rival")
    before = shop_rows(ws)
    result = run(ws, "store", "list")
    assert result.exit_code != 0 and "already has a competitor of that name" in result.output
    assert shop_rows(ws) == before
    assert owners(ws) == [("Test Shop", "Main Street", 1)]
