"""`storecheck store add / list`: the stores visited, ours and competitors'."""

from __future__ import annotations

from datetime import datetime

import click
from rich.table import Table

from storecheck import db
from storecheck.cli.group import _engine, cli, print_table, workspace_option
from storecheck.config import ConfigError, Workspace


@cli.group()
def store():
    """Add and list stores, competitors' and our own (stored in storecheck.toml)."""


@store.command("add")
@click.argument("names", nargs=-1, required=True, metavar="COMPETITOR NAME")
@click.option("--ours", is_flag=True, help="NAME is one of our own stores (then give no COMPETITOR).")
@click.option("--address", default="", help="The store's address.")
@workspace_option
def store_add(names: tuple[str, ...], ours: bool, address: str, workspace: Workspace):
    """Add store NAME of COMPETITOR, or with --ours one of our own stores, visited to give
    every in-store figure a baseline."""
    if ours and len(names) != 1:
        raise click.UsageError("With --ours give only the store's NAME.")
    if not ours and len(names) != 2:
        raise click.UsageError("Give COMPETITOR and NAME (or --ours NAME for one of our own stores).")
    owner, name = (None, names[0]) if ours else names
    if not name.strip():
        raise click.UsageError("The store's NAME is empty.")
    try:
        entry = workspace.add_store(owner, name, address)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    with _engine(workspace).begin() as conn:
        db.sync_competitors(conn, workspace.config.visited())
    whose = f"our shop ({workspace.config.shop.name})" if ours else workspace.config.competitor(owner).name
    click.echo(f"Added store {entry.name} of {whose}.")


@store.command("list")
@workspace_option
def store_list(workspace: Workspace):
    """List the stores of every competitor and our own, with their visits."""
    from storecheck.visits import store_visit_counts

    config = workspace.config
    with _engine(workspace).begin() as conn:
        db.sync_competitors(conn, config.visited())
        counts = store_visit_counts(conn)
    # "closed": the day a store closed for good, as the report's per-store table says it; such a store
    # keeps its visits, but nobody is to be sent there.
    table = Table("competitor", "store", "address", "closed", "visits", "last visit")
    for owner in config.visited():
        label = f"{owner.name} (ours)" if config.is_ours(owner.name) else owner.name
        listed = {s.name: s.address for s in owner.stores}
        closed = {s.name: s.closed.isoformat() for s in owner.stores if s.closed}
        # A closing day written in advance: the store is open, and visited, until then.
        closed |= {s.name: f"closes {s.closes}" for s in owner.stores if s.closes}
        # Stores named only on visits (a competitor that lists no stores) are shown too.
        visited = {name: "" for (who, name) in counts if who == owner.name and name not in listed}
        for name, address in {**listed, **visited}.items():
            visits, last = counts.get((owner.name, name), (0, None))
            table.add_row(label, name, address, closed.get(name, ""), str(visits),
                          _on_store_clock(last, config, owner.name, name))
    print_table(table)


def _on_store_clock(value: datetime | None, config, owner: str, store: str) -> str:
    """A visit's time as staff typed it: on the store's clock (`visits.clock_zone`), named when
    storecheck.toml sets one, as the report and `visit list` name it; else on the machine's.
    In UTC, a Paris store's Saturday 23:30 read "22:30 UTC", and a New York store's "Sun 04:30 UTC"."""
    from storecheck import visits

    return visits.local_time_named(value, visits.clock_zone(config, owner, store))
