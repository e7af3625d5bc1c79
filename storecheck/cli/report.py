"""`storecheck score`, `storecheck report` and `storecheck export`: the figures, the HTML report and
the tables behind it."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import click
from rich.table import Table

from storecheck import db
from storecheck.cli.competitor import unlisted_notes
from storecheck.cli.group import LATEST_REPORT, _engine, _table_file, cli, print_table, workspace_option
from storecheck.config import Workspace
from storecheck.errors import CannotWrite


def _json_default(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the numbers as JSON.")
@workspace_option
def score(as_json: bool, workspace: Workspace):
    """Print the price index and position per competitor."""
    from storecheck.analysis import report_context
    from storecheck.exports import what_to_copy_rows
    from storecheck.text_direction import as_stored

    context = report_context(_engine(workspace), workspace.config, tables=False)
    if as_json:
        # A program reads this: names as stored, without the isolating marks put in for a person.
        keys = ("name", "closed", "closes", "products", "matched", "pairs", "price_index", "price_index_regular", "cheaper", "same", "dearer",
                "score", "score_parts", "score_note", "beats_us", "index_history", "index_change", "index_change_same_products",
                "previous_price_index", "converted", "unconverted", "left_out")
        data = {"generated_at": context["generated_at"], "currency": context["currency"],
                "competitors": [{k: c.get(k) for k in keys} | {"beats_us": None if c.get("beats_us") is None
                                                                else [as_stored(line) for line in c["beats_us"]]}
                                for c in context["competitors"]]}
        trend = context["trends"]
        data["trends"] = {k: trend[k] for k in ("window_days", "start", "end", "category_index_history", "brand_index_history",
                                                "stock_outs")}
        data["what_to_copy"] = what_to_copy_rows(context["what_to_copy"])
        click.echo(json.dumps(data, default=_json_default, indent=2))
        return
    if not context["competitors"]:
        # A first day: an empty table and its legend said nothing of what to do (`crawl` names it).
        click.echo("No competitors yet: nothing to score. Add one with `storecheck competitor add NAME [URL]` "
                   "(with the URL of its web shop to crawl it, without for a shop that is only visited).")
        for note in context["notes"]:  # the history of a competitor taken out of storecheck.toml
            click.echo(f"Note: {note}")
        return
    # "matched" as the report's cards count it (matched or confirmed); "compared": the pairs the index stands on.
    table = Table("competitor", "score", "products", "matched", "compared", "price index", "regular index",
                  "we are cheaper", "same", "dearer")
    for c in context["competitors"]:
        table.add_row(c["name"], "-" if c["score"] is None else f"{c['score']:.0f}", str(c["products"]), str(c["matched"]),
                      str(c["pairs"]),
                      _fmt_index(c["price_index"]), _fmt_index(c["price_index_regular"]),
                      # Shares of no compared pair are no figure ("0% 0% 0%" read as one).
                      *((f"{c[k]:.0%}" if c["pairs"] else "-") for k in ("cheaper", "same", "dearer")))
    print_table(table)
    click.echo("Score: 0-100, how hard they compete with us. Price index: 100 = same prices; above 100 we are dearer.")
    click.echo("Products: their range online (listings seen only in store left out). Matched: pairs storecheck made or "
               "a person confirmed, one per product of ours. Compared: the matched pairs the index and shares stand on.")
    for c in context["competitors"]:
        if c.get("score_note"):
            click.echo(f"{c['name']}: {c['score_note']}.")
    for c in context["competitors"]:
        if c["beats_us"]:
            click.echo(f"\nWhere {c['name']} beats us:")
            for line in c["beats_us"]:
                click.echo(f"  - {line}")
    if context["what_to_copy"]:
        click.echo("\nWhat to copy (largest estimated impact first):")
        for number, item in enumerate(context["what_to_copy"][:10], start=1):
            impact = "not sized" if item["impact"] is None else f"impact {item['impact']:.2f}"
            click.echo(f"  {number}. {item['competitor']}: {item['advantage']} ({impact})")
    for note in context["notes"]:  # a renamed competitor's history left behind among them
        click.echo(f"Note: {note}")


def _fmt_index(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def write_workspace_report(workspace: Workspace, output: Path | None) -> tuple[Path, int]:
    """Write the report and record the run, so the next report's changes start here; returns
    the report's path and how many alerts its changes newly recorded.

    A dated report in the reports folder is also copied to reports/latest.html,
    a name a bookmark or a shared-drive link can keep."""
    from reports.render import TABLE_ROWS, VISITS_PER_STORE, write_report
    from storecheck.alerts import record_changes
    from storecheck.exports import report_csv_files
    from storecheck.analysis import report_context, report_summary
    from storecheck.visits.photos import embed_photos

    if output is None:
        output = workspace.reports_dir / f"report-{datetime.now().strftime('%Y-%m-%d-%H%M%S')}.html"
    # Whether the report can be written there is known before it is computed (minutes on a large
    # workspace), not after: a folder that cannot be made or written in is said, naming it.
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=output.parent):
            pass
    except OSError as exc:
        raise CannotWrite("the report", output, exc) from None
    engine = _engine(workspace)
    context = report_context(engine, workspace.config)
    embed_photos(context["visit_details"]["timelines"], workspace.photos_dir, per_store=VISITS_PER_STORE)
    template_dir = workspace.path / "templates"
    # The report keeps the top rows of a long table; all of them go in a CSV beside it.
    try:
        context["full_data"] = report_csv_files(context, output, TABLE_ROWS)
    except OSError as exc:  # a disk filling up
        raise CannotWrite("the report's tables", output.parent, exc) from None
    path = Path(write_report(context, output, template_dir if template_dir.is_dir() else None))
    if path.parent.resolve() == workspace.reports_dir.resolve() and path.name != LATEST_REPORT:
        latest = workspace.reports_dir / LATEST_REPORT
        tmp = latest.with_name(f".{LATEST_REPORT}.tmp")
        shutil.copyfile(path, tmp)
        os.replace(tmp, latest)
    with engine.begin() as conn:
        db.record_report_run(conn, context["generated_at"], str(path), report_summary(context))
        # The report's changes are the alerts due since the last report: recorded now, sent by `alerts send` / `run`.
        new_events = record_changes(conn, workspace.config, context["change_events"], context["since_report"],
                                    context["run_history"])
    return path, new_events


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Report file (default: reports/report-DATE.html in the workspace).")
@workspace_option
def report(output: Path | None, workspace: Workspace):
    """Write the HTML report: one self-contained file."""
    path, _ = write_workspace_report(workspace, output)
    click.echo(f"Report: {path}")
    for line in unlisted_notes(workspace):
        click.echo(f"Note: {line}")


@cli.command("export")
@click.argument("table_name", metavar="TABLE")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path), callback=_table_file)
@workspace_option
def export_table(table_name: str, file: Path, workspace: Workspace):
    """Export TABLE to FILE, CSV or XLSX by extension.

    Tables: offers, products, observations, matches, visits, and the report's
    price, categories, promotions, promoted-offers, range, ladder, lacking,
    exclusives, ladder-ours, visit-scores, store-scores, changes, health."""
    from storecheck.exports import EXPORTABLE, export_rows, write_table

    if table_name not in EXPORTABLE:
        raise click.ClickException(f"Unknown table {table_name!r}; choose one of: {', '.join(EXPORTABLE)}")
    engine = _engine(workspace)
    rows, columns = export_rows(engine, workspace.config, table_name)
    write_table(rows, file, columns)
    said = ""
    if table_name == "changes":
        # Right after a report this is empty, and a "Wrote 0 rows" read as "nothing changed this week".
        with db.reading(engine).connect() as conn:
            last = db.last_report_run(conn)
        said = (f": the changes since the last report ({last['generated_at']:%Y-%m-%d %H:%M} UTC), which the next "
                "report shows; a report's own changes are in its Changes table (its 'Download CSV')"
                if last else ": the changes since each competitor's previous crawl (no report yet)")
    click.echo(f"Wrote {len(rows)} rows to {file}{said}")
