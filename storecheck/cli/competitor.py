"""`storecheck competitor add / list`."""

from __future__ import annotations

import click
from rich.table import Table

from storecheck import db
from storecheck.cli.group import _engine, _when, cli, print_table, workspace_option
from storecheck.config import PLATFORMS, ConfigError, Workspace


@cli.group()
def competitor():
    """Add and list competitors (stored in storecheck.toml)."""


@competitor.command("add")
@click.argument("name")
@click.argument("url", required=False)
@click.option("--platform", type=click.Choice(PLATFORMS), default="auto", show_default=True,
              help="Shop platform; auto detects it on the first crawl.")
@workspace_option
def competitor_add(name: str, url: str | None, platform: str, workspace: Workspace):
    """Add competitor NAME whose web shop starts at URL; without URL, a shop that is
    visited and never crawled."""
    try:
        entry = workspace.add_competitor(name, url, platform)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    engine = _engine(workspace)
    with engine.begin() as conn:
        db.sync_competitors(conn, workspace.config.competitors)
    if entry.url:
        click.echo(f"Added {entry.name} ({entry.url}, platform {entry.platform}).")
    else:
        click.echo(f"Added {entry.name} (no web shop: visited, never crawled). "
                   f"Add its stores with `storecheck store add {_quoted(entry.name)} NAME`.")


def _quoted(text: str) -> str:
    import shlex

    return shlex.quote(text)


@competitor.command("list")
@workspace_option
def competitor_list(workspace: Workspace):
    """List competitors with their range (as `score` counts it) and last crawl."""
    engine = _engine(workspace)
    from sqlalchemy import select

    import pandas as pd

    from storecheck.analysis import competitor_frame, run_history

    with engine.begin() as conn:
        ids = db.sync_competitors(conn, workspace.config.competitors)
        # Their range as `score` and the report count it: what they list now (a product a complete crawl
        # no longer saw is delisted; a partial or failed one delists nothing), shelf checks apart. Read
        # one competitor at a time, each frame let go before the next: the frame of every competitor's
        # products at once (with their descriptions) grew with the number of competitors.
        history = run_history(conn, workspace.config.crawl.min_items_ratio)
        counts, imported = {}, {}
        for name, competitor_id in ids.items():
            current = competitor_frame(conn, competitor_id, history=history)
            counts[name] = int((current.source != "visit").sum()) if not current.empty else 0
            # A shop with no web shop priced by files: when the latest one was read, as Data health says it.
            seen = pd.to_datetime(current.last_seen[(current.source == "import").to_numpy()], utc=True) \
                if not current.empty else None
            imported[name] = seen.max().to_pydatetime() if seen is not None and len(seen) else None
            del current
        detected = dict(conn.execute(select(db.competitors.c.name, db.competitors.c.detected_platform)).all())
    from storecheck.analysis import _latest_runs

    with engine.connect() as conn:
        runs = _latest_runs(conn)
    table = Table("name", "url", "platform", "products", "last crawl")
    for c in workspace.config.competitors:
        run = runs.get(c.name)
        platform = c.platform if c.platform != "auto" or not detected.get(c.name) else f"auto ({detected[c.name]})"
        last = f"{run['status']} {_when(run['started_at'])}" if run else \
            f"none (no web shop; file imported {_when(imported[c.name])})" if not c.url and imported.get(c.name) else "never"
        where = c.url or "(no web shop)"
        if (closed := c.closed_on) is not None:
            # Out of every figure since it closed, as `score` counts it: no range, and crawled no more.
            where = f"{where} (closed {closed})"
        elif (closes := c.closes) is not None:
            # Announced: counted, crawled and matched until that day.
            where = f"{where} (closes {closes})"
        table.add_row(c.name, where, platform, str(0 if closed else counts.get(c.name, 0)), last)
    print_table(table)
    for line in unlisted_notes(workspace):
        click.echo(line)


def unlisted_notes(workspace: Workspace) -> list[str]:
    """`analysis.unlisted_notes` of the workspace, for the commands that print no report context."""
    from storecheck.analysis import unlisted_notes as notes_of

    with _engine(workspace).connect() as conn:
        return notes_of(conn, workspace.config)
