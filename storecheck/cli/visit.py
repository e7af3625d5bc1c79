"""`storecheck visit add / import / list`: store visits, typed in or from a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import click
from rich.table import Table

from storecheck import db
from storecheck.cli.group import _engine, cli, console, file_error, print_table, workspace_option
from storecheck.config import Workspace


@cli.group()
def visit():
    """Store visits: record one at the terminal, import a file, list them."""


def _our_skus(engine) -> set[str]:
    with engine.connect() as conn:
        return db.own_skus(conn)


@visit.command("add")
@workspace_option
def visit_add(workspace: Workspace):
    """Record a visit to a competitor's store, answering one question at a time."""
    from storecheck import visits

    engine = _engine(workspace)
    photos = visits.PhotoFiles(Path.cwd(), visits.max_photo_bytes(workspace.config), workspace.photos_dir)
    prompter = visits.Prompter(workspace.config, skus=_our_skus(engine), photos=photos,
                               drafts_dir=workspace.path / "visits" / "drafts")
    click.echo("A visit: blank answers skip optional questions; a wrong answer is asked again.")
    entry = prompter.run()
    for line in visits.describe(entry, workspace.config):
        click.echo(f"  {line}")
    if not click.confirm("Save this visit?", default=True):
        prompter.discard_draft()
        raise click.ClickException("Not saved.")
    with engine.begin() as conn:
        visit_id = visits.save_visit(conn, workspace.config, entry, photos_dir=workspace.photos_dir, pending=photos.pending)
    prompter.discard_draft()
    if visit_id is None:
        click.echo("This visit (same store, minute and visitor) is already recorded; nothing was added.")
    else:
        click.echo(f"Saved visit {visit_id}.")


@dataclass
class VisitImport:
    """What `import_visit_file` did: visits added, visits already recorded, and of those, how many were
    given the price checks they lacked (`checks_added` checks in all) and which the file describes
    otherwise than recorded (left as recorded, each named with what differs)."""
    added: int = 0
    recorded: int = 0
    completed: int = 0
    checks_added: int = 0
    differing: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = f"Visits: {self.added} added, {self.recorded} already recorded"
        if self.completed:
            text += f"; {self.checks_added} price check{'s' if self.checks_added != 1 else ''} added to " \
                    f"{self.completed} of them, recorded without"
        return text + "."


def import_visit_file(workspace: Workspace, file: Path, *, price_checks: Path | None = None,
                      skip_invalid: bool = False) -> VisitImport:
    """Validate a whole visits file, then store it; returns what was added and found recorded.
    A visit is recorded once; one recorded without price checks is given those the file now has
    (imported first without `--price-checks`, there is no other way to add them), and one the file
    describes otherwise is named rather than dropped unsaid."""
    from storecheck import visits

    engine = _engine(workspace)
    try:
        result = visits.read_visit_file(file, workspace.config, skus=_our_skus(engine), photos_dir=workspace.photos_dir,
                                        price_checks=price_checks)
    except visits.VisitImportError as exc:
        raise file_error(file, exc) from None
    for warning in result.warnings:
        console.print(f"warning: {warning}", style="yellow")
    if result.invalid and not skip_invalid:
        raise click.ClickException(str(visits.VisitImportError(
            f"{file}: {len(result.problems)} problem(s); nothing was imported (fix them, or use --skip-invalid):",
            result.problems)))
    done = VisitImport()
    with engine.begin() as conn:
        for item in result.valid:
            visit_id = visits.save_visit(conn, workspace.config, item.visit, photos_dir=workspace.photos_dir,
                                         pending=result.photos.pending)
            if visit_id is not None:
                done.added += 1
                continue
            done.recorded += 1
            recorded = visits.recorded_visit(conn, workspace.config, item.visit)
            if recorded is None:
                continue
            if checks := visits.add_price_checks(conn, workspace.config, recorded, item.visit):
                done.completed += 1
                done.checks_added += checks
            elif differs := visits.stored_differences(conn, recorded, item.visit):
                done.differing.append(f"{item.where}: already recorded (visit {recorded}, same store, minute and "
                                      f"visitor) with other {', '.join(differs)} than this file's: left as recorded")
    if result.invalid:
        console.print(f"Skipped {sum(1 for i in result.invalid if i.visit is None and i.data)} invalid visit(s):", style="yellow")
        for problem in result.problems:
            console.print(f"  {problem}", highlight=False, markup=False)
    for line in done.differing:
        console.print(f"warning: {line}", style="yellow", highlight=False, markup=False)
    return done


@visit.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--price-checks", "price_checks", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="CSV / XLSX of shelf price checks (column visit_row = the visit's row in FILE).")
@click.option("--skip-invalid", is_flag=True, help="Import the valid visits and report the others.")
@workspace_option
def visit_import(file: Path, price_checks: Path | None, skip_invalid: bool, workspace: Workspace):
    """Import visits from FILE: CSV / XLSX (one visit per row; price checks in a
    second sheet or --price-checks FILE) or YAML (nested)."""
    click.echo(import_visit_file(workspace, file, price_checks=price_checks, skip_invalid=skip_invalid).summary())


@visit.command("list")
@click.option("--competitor", "competitor_name", default=None, help="Only this competitor's stores.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1), help="Newest visits shown.")
@workspace_option
def visit_list(competitor_name: str | None, limit: int, workspace: Workspace):
    """List recorded visits, newest first."""
    from storecheck import visits

    with _engine(workspace).connect() as conn:
        rows = visits.visit_rows(conn, competitor_name, limit)
    table = Table("id", "when", "store", "by", "footfall/h", "ticket", "scores e/d/h", "checks")

    def score(value):
        return "-" if value is None else str(value)

    for r in rows:
        ticket = f"{r['average_ticket']:.2f} {r['currency'] or ''} {r['average_ticket_source']}" if r["average_ticket"] is not None else "-"
        footfall = f"{r['footfall_per_hour']:.0f}" + (" hol." if r["holiday"] else "") if r["footfall_per_hour"] is not None else "-"
        scores = "/".join(score(r[f"score_{area}"]) for area in ("environment", "display", "hospitality"))
        # On the store's clock, as the time was typed there (`visits.clock_zone`), named when one is set.
        when = visits.local_time_named(r["visited_at"], visits.clock_zone(workspace.config, r["competitor"], r["store"]))
        table.add_row(str(r["id"]), when, f"{r['competitor']}, {r['store']}", r["visitor"] or "",
                      footfall, ticket, scores, str(r["price_checks"]))
    print_table(table)
    if not rows:
        click.echo("No visits yet; record one with `storecheck visit add` or `storecheck visit import FILE`.")
