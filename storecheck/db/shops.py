"""Competitors' rows and our own shop's, kept in step with storecheck.toml, and their stores."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from storecheck.config import name_key
from storecheck.db.column_types import utcnow
from storecheck.db.schema import competitor_products, competitors, stores, visits
from storecheck.errors import StorecheckError


class ShopNameClash(StorecheckError):
    """A competitor's name is held by our own shop's row, or our shop's new name by a competitor's."""


def competitor_ids_named(conn: Connection, name: str) -> list[int]:
    """The ids of the competitors called `name`, in any case. Compared in Python (`str.casefold`),
    not by the database's lower(): SQLite's folds only A-Z, so "Épicerie" never equalled
    "épicerie" there while it did on PostgreSQL, and neither folds "ß" as casefold does: a
    filter by a competitor's own name ("Großmarkt Süd") found nothing. A shop has few competitors."""
    wanted = name.casefold()
    return [row.id for row in conn.execute(select(competitors.c.id, competitors.c.name)) if row.name.casefold() == wanted]


def sync_competitors(conn: Connection, config_competitors: Sequence) -> dict[str, int]:
    """Make the competitors (and their stores) of the config exist; return name -> id.

    Our shop goes first: a renamed `[shop] name` moves its row out of the old
    name before a competitor may take that name, and a competitor is never
    given the row marked ours (its crawled products would count as ours)."""
    existing = {row.name: row for row in conn.execute(select(competitors))}
    ids: dict[str, int] = {}
    now = utcnow()
    for competitor in sorted(config_competitors, key=lambda entry: not getattr(entry, "ours", False)):
        ours = getattr(competitor, "ours", False)
        if ours:
            row = _own_shop_row(conn, existing, competitor.name)
            existing = {row.name: row for row in conn.execute(select(competitors))}
        else:
            row = existing.get(competitor.name)
            if row is None:
                row = _renamed_by_case(conn, existing, competitor.name, {entry.name for entry in config_competitors})
            if row is not None and row.ours:
                raise ShopNameClash(
                    f"competitor {competitor.name!r}: that is still the name of our own shop's row in the database "
                    f"(was [shop] name renamed?); run `storecheck store list` once to apply our shop's new name, "
                    f"then the competitor gets a row of its own.")
        url = competitor.url or ""  # "": no web shop (visited only), and our own shop
        if row is None:
            inserted = _insert_unless_added(conn, competitors.insert().values(
                name=competitor.name, url=url, platform=competitor.platform, created_at=now, ours=ours))
            if inserted is not None:
                ids[competitor.name] = inserted
            else:
                row = conn.execute(select(competitors).where(competitors.c.name == competitor.name)).one()
        if row is not None:
            ids[competitor.name] = row.id
            if row.url != url or row.platform != competitor.platform:
                values = {"url": url, "platform": competitor.platform}
                if row.url != url:
                    values["detected_platform"] = None
                conn.execute(update(competitors).where(competitors.c.id == row.id).values(**values))
        known_stores = {r.name for r in conn.execute(select(stores.c.name).where(stores.c.competitor_id == ids[competitor.name]))}
        for store in getattr(competitor, "stores", []):
            if store.name not in known_stores:
                _insert_unless_added(conn, stores.insert().values(competitor_id=ids[competitor.name], name=store.name,
                                                                  address=store.address))
    return ids


def _renamed_by_case(conn: Connection, existing: dict, name: str, listed: set[str]):
    """The row of a competitor whose name storecheck.toml now writes in other letter case ("Corner Store"
    to "Corner store") or otherwise alike (`config.name_key`: the accents composed or decomposed, as a
    macOS tool writes "Café" in NFD; an invisible character), renamed so; None when there is none. The
    file refuses two names that read alike, so they are one shop: a new row of the new name left the
    old one's history out of every figure. A row the file still lists by its own name, or our own
    shop's, is never taken."""
    key = name_key(name)
    twins = [row for row in existing.values()
             if name_key(row.name) == key and row.name not in listed and not row.ours]
    if len(twins) != 1:
        return None
    conn.execute(update(competitors).where(competitors.c.id == twins[0].id).values(name=name))
    del existing[twins[0].name]
    existing[name] = conn.execute(select(competitors).where(competitors.c.id == twins[0].id)).one()
    return existing[name]


def _insert_unless_added(conn: Connection, statement) -> int | None:
    """Run the INSERT and return the new row's id; None when the row's unique key was added since
    it was looked for (by another machine syncing the same config into a shared database)."""
    try:
        with conn.begin_nested():  # the refusal leaves the caller's transaction usable
            return conn.execute(statement).inserted_primary_key[0]
    except IntegrityError:
        return None


def _own_shop_row(conn: Connection, existing: dict, name: str):
    """Our shop's row, named `name`: the row marked ours, renamed when `[shop] name` changed; else
    the row of that name, marked ours now (a database from before the mark); None when there is none.

    A new name that another shop's row already holds is refused: moving the mark there would leave
    our stores and visits behind and give us that shop's products."""
    marked = next((row for row in existing.values() if row.ours), None)
    named = existing.get(name)
    if marked is not None and named is None:
        conn.execute(update(competitors).where(competitors.c.id == marked.id).values(name=name))
        return marked
    if named is not None and not named.ours:
        if marked is not None:
            raise ShopNameClash(
                f"[shop] name {name!r}: the database already has a competitor of that name (with its own products "
                f"and visits), and our shop's row is called {marked.name!r}; choose another name for our shop.")
        conn.execute(update(competitors).where(competitors.c.id == named.id).values(ours=True))
    return named


def unlisted_competitors(conn: Connection, listed: Iterable[str]) -> list[tuple[str, int, int]]:
    """(name, products, visits) of each competitor the database holds products or visits of that
    is not among `listed` (the config's names), by name: one renamed in storecheck.toml keeps its
    history under the old name, out of every figure."""
    names = set(listed)
    products = dict(conn.execute(select(competitors.c.name, func.count(competitor_products.c.id))
                                 .select_from(competitors.join(competitor_products)).group_by(competitors.c.name)).all())
    seen = dict(conn.execute(select(competitors.c.name, func.count(visits.c.id))
                             .select_from(competitors.join(stores).join(visits)).group_by(competitors.c.name)).all())
    return sorted((row.name, products.get(row.name, 0), seen.get(row.name, 0))
                  for row in conn.execute(select(competitors.c.name, competitors.c.ours))
                  if not row.ours and row.name not in names and (products.get(row.name) or seen.get(row.name)))


def competitor_id(conn: Connection, name: str) -> int | None:
    return conn.execute(select(competitors.c.id).where(competitors.c.name == name)).scalar()
