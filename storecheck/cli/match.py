"""`storecheck match` and `storecheck matches export / import`: matching, and a person's decisions
on the pairs."""

from __future__ import annotations

import shlex
from collections import Counter
from pathlib import Path

import click
from rich.table import Table

from storecheck import db
from storecheck.catalogue import FileImportError
from storecheck.cli.group import _engine, _table_file, cli, console, file_error, print_table, workspace_option
from storecheck.config import Config, ConfigError, Workspace


def print_match_summary(summary: dict, config: Config | None = None) -> None:
    table = Table("competitor", "products", "matched", "by method", "proposed", "confirmed", "rejected", "unmatched",
                  "seconds", title=f"Matching ({summary['seconds']:.1f}s)")
    for name, s in summary["competitors"].items():
        methods = ", ".join(f"{m} {n}" for m, n in sorted(s["by_method"].items())) or "-"
        table.add_row(name, str(s["products"]), str(s["matched"]), methods, str(s["proposed"]), str(s["confirmed"]),
                      str(s["rejected"]), str(s["unmatched"]), f"{s.get('seconds', 0):.1f}")
    print_table(table)
    # `score` and the report's cards say "matched" for matched and confirmed together, and "products" for the
    # range online: each command names what its columns count, so the two tables read as one story (review R4).
    console.print("products: their listings, those seen only in store (shelf checks) included; matched: pairs "
                  "storecheck made; confirmed: pairs a person confirmed. `score` and the report count both as matched.")
    for name, s in summary["competitors"].items():
        shop = next((c for c in config.competitors if c.name == name), None) if config else None
        if s["products"] == 0 and shop is not None and not shop.url:
            # Never crawled: `crawl` would answer "not crawled (no web shop)".
            console.print(f"{name}: no prices yet; it has no web shop: note shelf prices on visits to its stores "
                          "(price checks) or `storecheck offers import` a file of its prices.")
        elif s["products"] == 0:
            console.print(f"{name}: no products yet; run `storecheck crawl {shlex.quote(name)}` or "
                          "`storecheck offers import`.")
        if s.get("equivalent"):
            console.print(f"{name}: {s['equivalent']} pair(s) across pack sizes, compared on unit price.")
        if lost := s.get("no_longer_matched"):
            # A pair that leaves the price figures is said where it leaves them, not only found missing in an export.
            console.print(f"{name}: {len(lost)} pair(s) matched before are matched no more, out of the price figures:")
            _echo_first([f"{pair['sku']} and {pair['name']!r} (was {pair['score']:.2f}): "
                         + ("proposed, in the review queue" if pair["now"] == "proposed" else "no pair this run")
                         for pair in lost], shown=10)
    for name, day in summary.get("closed", {}).items():
        console.print(f"{name}: closed on {day}: matched no more (its pairs and decisions are kept).")
    if any(s["proposed"] for s in summary["competitors"].values()):
        console.print("Review the proposed pairs: `storecheck matches export FILE --status proposed`, set status to "
                      "confirmed or rejected, then `storecheck matches import FILE --match` (a page at a time: the re-match "
                      "proposes what follows from your answers).")


@cli.command()
@click.option("--competitor", "competitor_name", default=None, help="Only this competitor.")
@workspace_option
def match(competitor_name: str | None, workspace: Workspace):
    """Match competitors' products to our catalogue."""
    from storecheck.analysis import run_matching

    try:
        summary = run_matching(_engine(workspace), workspace.config, competitor_name)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    print_match_summary(summary, workspace.config)


def _echo_first(lines: list[str], shown: int = 20) -> None:
    """A list a person reads in a terminal: its first lines, then how many more."""
    for line in lines[:shown]:
        click.echo(f"  {line}")
    if len(lines) > shown:
        click.echo(f"  ... and {len(lines) - shown:,} more")


@cli.group()
def matches():
    """Export matches for review; import a person's decisions."""


@matches.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path), callback=_table_file)
@click.option("--status", "statuses", multiple=True, type=click.Choice(db.MATCH_STATUSES), help="Only these statuses (repeatable).")
@workspace_option
def matches_export(file: Path, statuses: tuple[str, ...], workspace: Workspace):
    """Write matches to FILE (CSV or XLSX), both products side by side."""
    from storecheck.exports import MATCH_EXPORT_COLUMNS, match_rows, write_table

    with _engine(workspace).connect() as conn:
        rows = match_rows(conn, statuses, match_threshold=workspace.config.matching.match_threshold,
                          shop=workspace.config.shop)
    write_table(rows, file, MATCH_EXPORT_COLUMNS)
    click.echo(f"Wrote {len(rows)} matches to {file}")
    # Proposals made while a shop was open stay stored (`run_matching` makes none once it closed): said, as
    # an answer about them counts nowhere while it is closed (review R1).
    closed = {c.name: c.closed_on for c in workspace.config.competitors if c.closed_on is not None}
    waiting = Counter(row["competitor"] for row in rows if row["status"] == "proposed" and row["competitor"] in closed)
    if waiting:
        n = sum(waiting.values())
        shops = ", ".join(f"{name}, on {closed[name]}" for name in sorted(waiting))
        click.echo(f"{n} of them {'is' if n == 1 else 'are'} of a competitor that closed ({shops}): proposals made "
                   "while it was open; an answer about them counts in no figure while it is closed.")


@matches.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--by", "decided_by", default=None, help="Who made the decisions (recorded with them).")
@click.option("--match", "rematch", is_flag=True,
              help="Then match the competitors decided about again, so the next proposals learn from the answers.")
@workspace_option
def matches_import(file: Path, decided_by: str | None, rematch: bool, workspace: Workspace):
    """Import a person's decisions (status confirmed / rejected) from FILE."""
    from storecheck.exports import import_decisions

    try:
        with _engine(workspace).begin() as conn:
            counts = import_decisions(conn, file, decided_by=decided_by)
    except FileImportError as exc:
        raise file_error(file, exc) from None
    click.echo(f"Decisions: {counts['confirmed']} confirmed, {counts['rejected']} rejected, {counts['skipped']} rows left as they were.")
    if replaced := counts["replaced"]:
        click.echo(f"{len(replaced)} of them {'replaces' if len(replaced) == 1 else 'replace'} another person's answer "
                   "(the later answer stands, as in the review queue):")
        _echo_first(replaced)
    if held := counts["held"]:
        # A decision about a name the pair no longer has (`analysis.renamed_pairs`) is not one about the pair now.
        click.echo(f"Left as they are: {len(held):,} confirmed row(s) about a name the pair no longer has (a decision "
                   "about the old name is not one about the new); answer them in the review queue (`storecheck "
                   "serve`) or in a file exported now (`matches export --status proposed`):")
        _echo_first(held)
    if unnamed := counts["unnamed"]:
        click.echo(f"{len(unnamed):,} of them confirm a pair a rename sent back to the review queue, naming neither "
                   "product: taken as answers about the names as they are now:")
        _echo_first(unnamed)
    if rematch:
        from storecheck.analysis import run_matching

        found = [run_matching(_engine(workspace), workspace.config, name) for name in counts["competitors"]]
        print_match_summary({"competitors": {k: v for one in found for k, v in one["competitors"].items()},
                             "closed": {k: v for one in found for k, v in one.get("closed", {}).items()},
                             "seconds": sum(one["seconds"] for one in found)}, workspace.config)
    elif counts["competitors"]:
        click.echo("Run `storecheck match` (or import with --match) for proposals that learn from these answers; "
                   "then export the next page.")
