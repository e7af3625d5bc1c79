"""The `storecheck` command: one click group, one function per verb.

Command names, arguments and file formats are a contract (DESIGN.md): scripts
and schedules are written against them.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import json
import os
import shlex
import shutil
import sys
import tempfile
import time
import tomllib
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from storecheck import db
from storecheck.catalogue import FileImportError, load_file, problems_of, stored_skus_with_leading_zeros, write_rejected
from storecheck.config import CONFIG_NAME, CONFIG_TEMPLATE, PLATFORMS, Config, ConfigError, Workspace, parse_config
from storecheck.errors import CannotWrite, StorecheckError

# Beside the dated reports: always the newest.
LATEST_REPORT = "latest.html"

# Competitors' and people's text is printed too: no rich markup is read from it.
console = Console(stderr=True, highlight=False, markup=False)


def print_table(table: Table) -> None:
    """A table on stdout; wide enough not to squeeze columns when piped to a file."""
    width = None if sys.stdout.isatty() else 200
    Console(highlight=False, markup=False, width=width).print(table)


def workspace_option(func):
    """--workspace on every command that works in a workspace; passes `workspace`."""

    @click.option(
        "--workspace", "-w", "workspace_dir", envvar="STORECHECK_WORKSPACE", type=click.Path(file_okay=False),
        help="Workspace folder (default: the current folder or a parent holding storecheck.toml).",
    )
    @functools.wraps(func)
    def wrapper(*args, workspace_dir=None, **kwargs):
        try:
            workspace = Workspace.find(workspace_dir)
        except ConfigError as exc:
            raise click.ClickException(str(exc)) from None
        from storecheck.schedule import ENV_FILE as ENV_FILE_NAME, load_env_file

        # The secrets a scheduled run needs (the SMTP password) from the workspace's .storecheck.env: a
        # cron line starts with an almost empty environment, as the systemd service would without it.
        skipped = load_env_file(workspace)
        if skipped:
            click.echo(f"warning: {ENV_FILE_NAME} sets {', '.join(skipped[:5])}"
                       f"{f' and {len(skipped) - 5} more' if len(skipped) > 5 else ''}, not taken: a command reads "
                       "only STORECHECK_* settings, SSL_CERT_FILE / SSL_CERT_DIR / REQUESTS_CA_BUNDLE and the proxy "
                       "variables from it", err=True)
        return func(*args, workspace=workspace, **kwargs)

    return wrapper


def _engine(workspace: Workspace):
    return db.open_workspace_database(workspace.database_url)


class MaskedGroup(click.Group):
    """The one place a command's error reaches the user: every password in it is
    masked (db.mask_passwords), whichever command or library wrote the message;
    a library's StorecheckError becomes a message without a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort):
            raise
        except StorecheckError as exc:
            raise click.ClickException(db.mask_passwords(str(exc))) from None
        except click.ClickException as exc:
            exc.message = db.mask_passwords(exc.message)
            raise
        except Exception as exc:
            # A traceback would print the message as it is: show it masked instead,
            # when it holds a secret (the others keep their traceback for bug reports).
            text = "".join(str(e) for e in _chain(exc))
            if db.mask_passwords(text) != text:
                raise click.ClickException(db.mask_passwords(f"{type(exc).__name__}: {exc}")) from None
            raise


def _chain(exc: BaseException | None):
    while exc is not None:
        yield exc
        exc = exc.__cause__ or exc.__context__


@click.group(cls=MaskedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="storecheck")
def cli():
    """storecheck: where do our competitors beat us, on price, promotions, range
    and in-store experience, and what should we copy?"""


def main() -> None:
    cli(prog_name="storecheck")


# --- init -------------------------------------------------------------------

CATALOGUE_TEMPLATE_COLUMNS = ["sku", "name", "brand", "category", "gtin", "mpn", "price", "currency", "size", "url", "description"]
VISIT_TEMPLATE_COLUMNS = [
    "competitor", "store", "visited_at", "visitor", "duration_minutes", "footfall_count", "footfall_minutes", "holiday",
    "average_ticket", "average_ticket_source", "currency", "score_environment", "score_display", "score_hospitality",
    "promotions", "main_products", "promoted_products", "auxiliary_products", "best_sellers", "notes", "photos",
]


# The templates `init` writes, by their place in the workspace.
TEMPLATES = {
    "catalogue.csv": CATALOGUE_TEMPLATE_COLUMNS,
    "visits/visits-template.csv": VISIT_TEMPLATE_COLUMNS,
    "visits/price-checks-template.csv": ["visit_row", "sku", "product", "price", "regular_price", "promotion"],
}


def init_workspace(path: Path, shop_name: str = "Our shop", currency: str = "EUR") -> Workspace:
    config = path / CONFIG_NAME
    if config.exists():
        raise click.ClickException(f"{config} already exists; nothing was changed.")
    # The name as a TOML string (a JSON string's escapes are TOML's: a quote, a backslash, a line
    # break stay the name's), and the config checked before anything is written: a mistyped
    # currency leaves no half-made workspace that a second `init` would refuse.
    text = CONFIG_TEMPLATE.format(shop_name=json.dumps(shop_name, ensure_ascii=False)[1:-1], currency=currency)
    parse_config(tomllib.loads(text), CONFIG_NAME)
    path.mkdir(parents=True, exist_ok=True)
    config.write_text(text, encoding="utf-8")
    (path / "visits").mkdir(exist_ok=True)
    for name, columns in TEMPLATES.items():
        # A folder the user made for the shop may already hold its catalogue.csv: a template
        # never replaces a file (`init` says which it kept).
        with contextlib.suppress(FileExistsError), (path / name).open("x", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerow(columns)
    (path / "reports").mkdir(exist_ok=True)
    workspace = Workspace(path)
    db.open_database(workspace.database_url).dispose()
    return workspace


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--shop", "shop_name", default="Our shop", show_default=True, help="Our shop's name, shown in reports.")
@click.option("--currency", default="EUR", show_default=True, help="ISO 4217 code of our prices.")
def init(directory: Path, shop_name: str, currency: str):
    """Create a workspace in DIRECTORY: storecheck.toml, catalogue and visit templates, the database."""
    kept = [name for name in TEMPLATES if (directory / name).exists()] if not (directory / CONFIG_NAME).exists() else []
    try:
        workspace = init_workspace(directory, shop_name, currency.upper())
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Created workspace {workspace.path}")
    for name in kept:
        click.echo(f"Kept the {name} that was there (no template written over it).")
    click.echo("Next: edit storecheck.toml, then `storecheck competitor add NAME [URL]`, `storecheck store add --ours NAME` "
               "and `storecheck catalogue import catalogue.csv`.")


# --- competitors ------------------------------------------------------------


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
    """List competitors with their product counts and last crawl."""
    engine = _engine(workspace)
    from sqlalchemy import func, select

    with engine.begin() as conn:
        db.sync_competitors(conn, workspace.config.competitors)
        counts = dict(
            conn.execute(
                select(db.competitors.c.name, func.count(db.competitor_products.c.id))
                .select_from(db.competitors.outerjoin(db.competitor_products))
                .group_by(db.competitors.c.name)
            ).all()
        )
        detected = dict(conn.execute(select(db.competitors.c.name, db.competitors.c.detected_platform)).all())
    from storecheck.analysis import _latest_runs

    with engine.connect() as conn:
        runs = _latest_runs(conn)
    table = Table("name", "url", "platform", "products", "last crawl")
    for c in workspace.config.competitors:
        run = runs.get(c.name)
        platform = c.platform if c.platform != "auto" or not detected.get(c.name) else f"auto ({detected[c.name]})"
        last = f"{run['status']} {_when(run['started_at'])}" if run else "never"
        table.add_row(c.name, c.url or "(no web shop)", platform, str(counts.get(c.name, 0)), last)
    print_table(table)
    for line in unlisted_notes(workspace):
        click.echo(line)


def unlisted_notes(workspace: Workspace) -> list[str]:
    """`analysis.unlisted_notes` of the workspace, for the commands that print no report context."""
    from storecheck.analysis import unlisted_notes as notes_of

    with _engine(workspace).connect() as conn:
        return notes_of(conn, workspace.config)


# --- stores -----------------------------------------------------------------


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
    table = Table("competitor", "store", "address", "visits", "last visit")
    for owner in config.visited():
        label = f"{owner.name} (ours)" if config.is_ours(owner.name) else owner.name
        listed = {s.name: s.address for s in owner.stores}
        # Stores named only on visits (a competitor that lists no stores) are shown too.
        visited = {name: "" for (who, name) in counts if who == owner.name and name not in listed}
        for name, address in {**listed, **visited}.items():
            visits, last = counts.get((owner.name, name), (0, None))
            table.add_row(label, name, address, str(visits), _on_store_clock(last, config, owner.name, name))
    print_table(table)


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


def _on_store_clock(value: datetime | None, config, owner: str, store: str) -> str:
    """A visit's time as staff typed it: on the store's clock (`visits.clock_zone`), named when
    storecheck.toml sets one, as the report names it; else on the machine's, as `visit list` shows it.
    In UTC, a Paris store's Saturday 23:30 read "22:30 UTC", and a New York store's "Sun 04:30 UTC"."""
    from storecheck import visits

    if not value:
        return ""
    zone = visits.clock_zone(config, owner, store)
    return visits.local_time(value, zone) + (f" {zone}" if zone else "")


# --- imports ----------------------------------------------------------------


def import_options(func):
    @click.option("--map", "mapping", multiple=True, metavar="COLUMN=FIELD", help="Rename a file column to a storecheck field.")
    @click.option("--sep", default=None, help="CSV separator (default: detected; ',' ';' tab '|').")
    @click.option("--encoding", default=None, help="File encoding (default: UTF-8, else Windows-1252 detected).")
    @click.option("--skip-invalid", is_flag=True, help="Import the good rows; write rejected rows with reasons to a file.")
    @click.option("--rejected", "rejected_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
                  help="Where --skip-invalid writes rejected rows (default: FILE.rejected.csv).")
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapper


def _load_or_fail(file: Path, kind: str, *, mapping, sep, encoding, skip_invalid, rejected_path, default_currency,
                  stored_padded=None):
    try:
        # The valid rows wait on disk for `_write_batches`: memory stays bounded, the file is read once.
        result = load_file(file, kind, mapping=mapping, sep=sep, encoding=encoding, default_currency=default_currency,
                           spill=True, stored_padded=stored_padded)
    except FileImportError as exc:
        raise click.ClickException(f"{file}: {exc}") from None
    for warning in result.warnings[:20]:
        console.print(f"warning: {warning}", style="yellow")
    if len(result.warnings) > 20:
        console.print(f"... and {len(result.warnings) - 20} more warning(s)", style="yellow")
    if result.ignored_columns:
        from storecheck.catalogue.columns import named_briefly

        console.print(f"Ignored columns: {named_briefly(result.ignored_columns)} (use --map COLUMN=FIELD to use them)")
    if result.rejected and not skip_invalid:
        result.close()
        raise click.ClickException(
            str(FileImportError(f"{file}: {len(result.rejected)} invalid row(s); nothing was imported "
                                "(fix them, or use --skip-invalid):", list(problems_of(result.rejected))))
        )
    if result.rejected:
        out = rejected_path or file.with_name(file.name + ".rejected.csv")
        write_rejected(result.rejected, out)
        console.print(f"{len(result.rejected)} row(s) rejected, written with reasons to {out}", style="yellow")
    return result


def _write_batches(engine, result, write, counts: dict[str, int]) -> dict[str, int]:
    """`write(conn, batch)` each batch of the checked file's valid rows in a transaction of its
    own, adding up the counts it returns: no write holds the database long.

    A batch the database refuses (locked past the retries, disk full) is rolled back alone: the
    error says how many rows the batches before it stored, which stay, and that importing the
    file again stores the rest (a row already stored is not stored twice)."""
    from sqlalchemy.exc import SQLAlchemyError

    written = 0
    batches = result.batches()
    for batch in batches:
        try:
            with engine.begin() as conn:
                for name, count in write(conn, batch).items():
                    counts[name] = counts.get(name, 0) + count
        except SQLAlchemyError as exc:
            batches.close()
            cause = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            stored = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in counts.items())
            raise click.ClickException(
                f"the database refused a write ({cause}): the first {written:,} valid rows of the file are stored "
                f"({stored}), the rest are not; import the file again to store them (a row already stored is "
                "not stored twice)") from None
        written += len(batch)
    return counts


@cli.group()
def catalogue():
    """Our own products."""


@catalogue.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@import_options
@click.option("--full", is_flag=True,
              help="FILE is our whole catalogue: products stored before and not in it are marked "
                   "discontinued (kept with their history, left out of every figure).")
@workspace_option
def catalogue_import(file: Path, mapping, sep, encoding, skip_invalid, rejected_path, full: bool, workspace: Workspace):
    """Import our products from a CSV, XLSX or JSON FILE.

    Fields: sku name brand category gtin mpn price currency size url description.
    """
    # Checked whole first, then written in batches: memory stays bounded for a
    # catalogue of millions of rows, and each write is short.
    options = {"mapping": mapping, "sep": sep, "encoding": encoding, "default_currency": workspace.config.shop.currency}
    engine = _engine(workspace)
    with engine.connect() as conn:
        padded = stored_skus_with_leading_zeros(conn)
    result = _load_or_fail(file, "products", skip_invalid=skip_invalid, rejected_path=rejected_path,
                           stored_padded=padded, **options)
    in_file: set[str] = set()

    def write(conn, batch):
        in_file.update(product.sku for product in batch)
        return db.upsert_own_products(conn, batch, result.fields)

    counts = _write_batches(engine, result, write, {"inserted": 0, "updated": 0, "unchanged": 0})
    click.echo(f"Our catalogue: {counts['inserted']} new, {counts['updated']} updated, {counts['unchanged']} unchanged.")
    if full and result.rejected:
        # A refused row is a product the file meant to keep: marking it discontinued would take it
        # out of every figure for a typo. The valid rows are stored, as --skip-invalid promises.
        raise click.ClickException(
            f"--full: {len(result.rejected):,} rows of the file were refused, so no product was marked "
            "discontinued (a refused row may be one we still sell); the valid rows are stored. Mend the "
            "refused rows and import the file again")
    with engine.begin() as conn:
        if full and in_file:
            count, kept = db.discontinue_own_products_not_in(conn, in_file, datetime.now(UTC).date())
        else:
            count, kept = db.own_products_not_in(conn, in_file)
    if count and in_file:
        shown = ", ".join(f"{sku} ({name})" for sku, name in kept) + (f" and {count - len(kept):,} more" if count > len(kept) else "")
        are = "is" if count == 1 else "are"
        if full:
            click.echo(f"{count:,} of our products stored before {are} not in this file and {are} now marked discontinued: "
                       f"{shown}. They keep their history and a person's decisions, and leave every figure; "
                       "an import that names one again brings it back.")
        else:
            # A product left out of the file (discontinued, or a file of one category) is kept, matched
            # and counted in every figure as before. Said, so that nobody takes its absence from the
            # file for its absence from the figures.
            click.echo(f"Note: {count:,} of our products stored before {are} not in this file{' (or refused above)' if skip_invalid else ''} "
                       f"and {'is kept as it was, with its' if count == 1 else 'are kept as they were, with their'} matches, "
                       f"in every figure: {shown}. An import adds and updates products; to mark the ones a "
                       "whole catalogue leaves out as discontinued, import it with --full.")


@cli.group()
def offers():
    """Competitors' offers from files."""


@offers.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--competitor", "competitor_name", required=True, help="The competitor the offers belong to.")
@import_options
@workspace_option
def offers_import(file: Path, competitor_name: str, mapping, sep, encoding, skip_invalid, rejected_path, workspace: Workspace):
    """Import a competitor's offers from a CSV, XLSX or JSON FILE.

    Fields: key name brand category gtin mpn price regular_price currency url
    description in_stock promotion (key: their own id or the product URL).
    """
    try:
        entry = workspace.config.competitor(competitor_name)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    options = {"mapping": mapping, "sep": sep, "encoding": encoding,
               "default_currency": entry.currency or workspace.config.shop.currency}
    result = _load_or_fail(file, "offers", skip_invalid=skip_invalid, rejected_path=rejected_path, **options)
    engine = _engine(workspace)
    with engine.begin() as conn:
        ids = db.sync_competitors(conn, workspace.config.competitors)
    now = db.utcnow()  # one moment for the whole file, however many batches it takes
    counts = _write_batches(engine, result,
                            lambda conn, batch: db.store_offers(conn, ids[entry.name], batch, source="import", now=now),
                            {"new_products": 0, "new_observations": 0, "unchanged": 0})
    click.echo(
        f"{entry.name}: {counts['new_products']} new products, {counts['new_observations']} new observations, "
        f"{counts['unchanged']} unchanged."
    )


# --- crawl ------------------------------------------------------------------


def print_crawl_result(summary: dict) -> None:
    """One crawl's outcome, here or on a scrapyd node: its line, its first error, its warnings.

    Errors and warnings quote the shop and the crawl: printed as text, never read as markup."""
    status, name = summary.get("status"), summary["competitor"]
    if status == "not crawled":
        console.print(f"not crawled {name}: {summary['note']}", markup=False)
        return
    colour = {"finished": "green", "partial": "yellow"}.get(status, "red")
    where = f" on {summary['node']}" if summary.get("node") else ""
    console.print(f"{status} {name}{where}: {summary.get('items', 0)} products from {summary.get('pages', 0)} pages "
                  f"in {summary.get('duration', 0.0):.1f}s", style=colour, markup=False)
    errors = summary.get("errors") or []
    if errors and status != "finished":
        # The cause where the user looks, not only in the database and the log.
        more = f" ({len(errors) - 1} more in the run's errors)" if len(errors) > 1 else ""
        console.print(f"  error: {errors[0]}{more}", style=colour, markup=False)
    for warning in summary.get("health") or []:
        console.print(f"  warning: {warning}", style="yellow", markup=False)


def print_crawl_summary(results: list[dict]) -> None:
    table = Table("competitor", "status", "pages", "products", "dropped", "errors", "seconds", title="Crawl summary")
    for s in results:
        dropped = sum((s.get("dropped") or {}).values())
        status = f"{s.get('status')} ({s['reason']})" if s.get("reason") else str(s.get("status"))
        table.add_row(s["competitor"], status, str(s.get("pages", 0)), str(s.get("items", 0)),
                      str(dropped), str(len(s.get("errors") or [])), f"{s.get('duration', 0.0):.1f}")
    console.print(table, markup=False)


def crawl_and_print(workspace: Workspace, names: tuple[str, ...] | list[str] = ()) -> list[dict]:
    """`storecheck crawl` (and the crawl of `run` and `demo`): each result as it comes, then the summary."""
    from storecheck.crawl import crawl_competitors

    # A status line holds the crawl's own output: Text, as rich reads a plain string as markup.
    with console.status(Text("Crawling")) as status:
        results = crawl_competitors(workspace, names, on_progress=lambda line: status.update(Text(line)),
                                    on_result=print_crawl_result)
    print_crawl_summary(results)
    return results


@cli.command()
@click.argument("names", nargs=-1)
@workspace_option
def crawl(names: tuple[str, ...], workspace: Workspace):
    """Crawl the named competitors' web shops (all when none is named)."""
    results = crawl_and_print(workspace, names)
    # A crawl turned away by another one did not happen here: a script waiting for fresh data must know.
    if any(r.get("status") == "failed" or r.get("reason") == "already running" for r in results):
        sys.exit(1)


@cli.command()
@click.argument("sources", nargs=-1, required=True, metavar="URL|FILE ...")
@click.option("--competitor", "competitor_name", default=None,
              help="Read as this competitor's crawl would: its selectors, currency and decimal separator.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per product found; a page with none gives an `error` line.")
@click.option("--explain", is_flag=True,
              help="Show how each page was read: what each source found, the price candidates with their scores and reasons.")
@click.option("--workspace", "-w", "workspace_dir", envvar="STORECHECK_WORKSPACE", type=click.Path(file_okay=False),
              help="Workspace folder (needed with --competitor; otherwise only its user agent is used).")
def extract(sources: tuple[str, ...], competitor_name: str | None, as_json: bool, explain: bool, workspace_dir: str | None):
    """What a crawl would read from pages (saved files or URLs), to see why a page is misread.

    URLs are fetched politely: our user agent, robots.txt obeyed. Exits with 1
    when a page could not be read or showed no product.
    """
    from crawlers.pages import PageSettings, explain_source, extract_source

    settings = PageSettings()
    try:
        workspace = Workspace.find(workspace_dir)
    except ConfigError as exc:
        if competitor_name or workspace_dir:
            raise click.ClickException(str(exc)) from None
        workspace = None
    if workspace is not None:
        crawl_config = workspace.config.crawl
        settings.user_agent, settings.obey_robots, settings.timeout = crawl_config.user_agent, crawl_config.obey_robots, crawl_config.timeout
        if competitor_name:
            try:
                entry = workspace.config.competitor(competitor_name)
            except ConfigError as exc:
                raise click.ClickException(str(exc)) from None
            settings.selectors, settings.decimal_separator = entry.selectors, entry.decimal_separator
            settings.currency, settings.shop_currency = entry.currency, workspace.config.shop.currency  # as the crawl
    if explain:
        explained = [explain_source(source, settings) for source in sources]
        for page in explained:
            if as_json:
                click.echo(json.dumps(page, ensure_ascii=False, default=str))
            else:
                print_explanation(page)
        if any("error" in page or any("error" in row for row in page["offers"]) for page in explained):
            sys.exit(1)
        return
    rows = [row for source in sources for row in extract_source(source, settings)]
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    else:
        table = Table("source", "name", "price", "was", "currency", "in stock", "promotion", "sku / gtin", "read from",
                      title="What a crawl would read")
        for row in rows:
            if "error" in row and not row.get("key"):
                table.add_row(row["source"], Text(row["error"], style="red"), *[""] * 7)
                continue
            promotion = row.get("promotion") or {}
            stock = {True: "yes", False: "no"}.get(row.get("in_stock"), "?")
            table.add_row(row["source"], row.get("name") or "", str(row.get("price") or ""), str(row.get("regular_price") or ""),
                          row.get("currency") or "", stock, promotion.get("text") or promotion.get("type") or "",
                          " / ".join(x for x in (row.get("sku"), row.get("gtin")) if x), row.get("evidence") or "")
        print_table(table)
    if any("error" in row for row in rows):
        sys.exit(1)


def print_explanation(page: dict) -> None:
    """`storecheck extract --explain` for one page: sources, price candidates, what was left out."""
    console.print(Text(page["source"], style="bold"))
    if "error" in page:
        console.print(Text(page["error"], style="red"))
        return
    table = Table("source (in the order taken)", "name", "price", "currency", "sku", "availability", title="What each source found")
    for name, found in page["sources"].items():
        for entry in (found if isinstance(found, list) else [found]) or [None]:
            entry = entry or {}
            table.add_row(name, entry.get("name") or "-", entry.get("price") or "-", entry.get("currency") or "",
                          entry.get("sku") or "", entry.get("availability") or "")
    print_table(table)
    candidates = Table("score", "amount", "text", "why", title="Prices the visible page shows, best first")
    for c in page["candidates"]:
        candidates.add_row(f"{c['score']:.1f}", c["amount"] + (" (former)" if c["former_price"] else ""), c["text"],
                           "; ".join(c["reasons"]))
    print_table(candidates)
    if page["left_out"]:
        left = Table("text", "left out because", title="Amounts not taken as candidates (first ones)")
        for entry in page["left_out"]:
            left.add_row(entry["text"], entry["why"])
        print_table(left)
    for row in page["offers"]:
        if "error" in row and not row.get("key"):
            console.print(Text(row["error"], style="red"))
        else:
            console.print(f"read: {row.get('name')!r} price {row.get('price')} {row.get('currency') or ''}, "
                          f"sku {row.get('sku')}, from {row.get('evidence')}")
    console.print("The first source with a price wins; later ones fill what it left empty. To override, set the "
                  "competitor's `selectors` (see README, Extraction).")


# --- match ------------------------------------------------------------------


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


@cli.group()
def matches():
    """Export matches for review; import a person's decisions."""


def _table_file(ctx: click.Context, param: click.Parameter, file: Path) -> Path:
    """An export's FILE, whose extension chooses the format: one that names neither would get CSV
    under another name ("x.txt", "x.xls" that Excel then calls corrupt), so it is refused."""
    if file.suffix.lower() not in (".csv", ".xlsx"):
        raise click.BadParameter(f"{file.name!r} does not end in .csv or .xlsx, which choose the format", ctx, param)
    return file


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
        raise click.ClickException(f"{file}: {exc}") from None
    click.echo(f"Decisions: {counts['confirmed']} confirmed, {counts['rejected']} rejected, {counts['skipped']} rows left as they were.")
    if replaced := counts["replaced"]:
        click.echo(f"{len(replaced)} of them {'replaces' if len(replaced) == 1 else 'replace'} another person's answer "
                   "(the later answer stands, as in the review queue):")
        for line in replaced[:20]:
            click.echo(f"  {line}")
        if len(replaced) > 20:
            click.echo(f"  ... and {len(replaced) - 20:,} more")
    if rematch:
        from storecheck.analysis import run_matching

        found = [run_matching(_engine(workspace), workspace.config, name) for name in counts["competitors"]]
        print_match_summary({"competitors": {k: v for one in found for k, v in one["competitors"].items()},
                             "seconds": sum(one["seconds"] for one in found)}, workspace.config)
    elif counts["competitors"]:
        click.echo("Run `storecheck match` (or import with --match) for proposals that learn from these answers; "
                   "then export the next page.")


# --- score, report, export --------------------------------------------------


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

    context = report_context(_engine(workspace), workspace.config, tables=False)
    if as_json:
        keys = ("name", "products", "matched", "pairs", "price_index", "price_index_regular", "cheaper", "same", "dearer",
                "score", "score_parts", "beats_us", "index_history", "index_change", "previous_price_index", "converted",
                "unconverted", "left_out")
        data = {"generated_at": context["generated_at"], "currency": context["currency"],
                "competitors": [{k: c.get(k) for k in keys} for c in context["competitors"]]}
        trend = context["trends"]
        data["trends"] = {k: trend[k] for k in ("window_days", "start", "end", "category_index_history", "brand_index_history",
                                                "stock_outs")}
        data["what_to_copy"] = context["what_to_copy"]
        click.echo(json.dumps(data, default=_json_default, indent=2))
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


# --- run, schedule, demo ----------------------------------------------------


@cli.command()
@click.option("--scrapyd", "on_scrapyd", is_flag=True,
              help="Crawl on the scrapyd nodes given as URL arguments instead of here.")
@click.argument("nodes", nargs=-1, metavar="[URL ...]")
@click.option("--node-workspace", default=None, metavar="DIR",
              help="With --scrapyd: the workspace folder on the nodes (default: this one's path).")
@click.option("--wait", "wait_seconds", default=6 * 3600, show_default=True, type=click.IntRange(1),
              help="With --scrapyd: seconds to wait for the nodes' crawls.")
@workspace_option
def run(on_scrapyd: bool, nodes: tuple[str, ...], node_workspace: str | None, wait_seconds: int, workspace: Workspace):
    """Crawl all competitors (here, or on scrapyd nodes), match, score, write the report and send the
    alerts (what a schedule calls)."""
    from storecheck.analysis import run_matching

    if bool(nodes) != on_scrapyd:
        raise click.ClickException("Give scrapyd nodes as `storecheck run --scrapyd URL [URL ...]`.")
    if on_scrapyd:
        results = crawl_on_scrapyd(workspace, nodes, node_workspace, wait_seconds)
    else:
        results = crawl_and_print(workspace)
    print_match_summary(run_matching(_engine(workspace), workspace.config), workspace.config)
    path, new_events = write_workspace_report(workspace, None)
    try:
        # The report has just recorded the changes since the last one: they are only delivered here.
        print_alerts(send_alerts_for(workspace, report=path, recorded=new_events))
    except Exception as exc:  # noqa: BLE001 - alerts must never fail the crawl; the next run retries
        click.echo(f"Alerts not sent ({type(exc).__name__}: {exc}); the next run tries again.")
    click.echo(f"Report: {path}")
    for line in unlisted_notes(workspace):
        click.echo(f"Note: {line}")
    if all(r.get("status") == "failed" for r in results):
        sys.exit(1)


def crawl_on_scrapyd(workspace: Workspace, nodes: tuple[str, ...], node_workspace: str | None, wait_seconds: int) -> list[dict]:
    from storecheck.scrapyd import crawl_on_nodes

    with console.status(Text(f"Crawling on {len(nodes)} scrapyd node(s)")) as status:
        results = crawl_on_nodes(workspace, nodes, node_workspace=node_workspace, timeout=wait_seconds,
                                 on_progress=lambda line: status.update(Text(line)))
    for summary in results:
        print_crawl_result(summary)
    print_crawl_summary(results)
    return results


def send_alerts_for(workspace: Workspace, report: Path | None = None, dry_run: bool = False, recorded: int | None = None):
    from storecheck.alerts import send_alerts

    if report is None and (workspace.reports_dir / LATEST_REPORT).is_file():
        report = workspace.reports_dir / LATEST_REPORT
    return send_alerts(_engine(workspace), workspace.config, report=report, dry_run=dry_run, recorded=recorded)


def print_alerts(result, dry_run: bool = False) -> None:
    from storecheck.alerts.digest import line

    if result.channels == 0:
        click.echo(f"Alerts: {result.new_events} new; no [notify] smtp_url or webhooks set in {CONFIG_NAME}, so none sent.")
        return
    shown = result.due if dry_run else result.sent
    for channel, events in shown.items():
        click.echo(f"{'Would send' if dry_run else 'Sent'} {len(events)} alert{'' if len(events) == 1 else 's'} by {channel}:")
        for event in events:
            click.echo(f"  - {line(event)}")
        for refused in result.refused.get(channel, []):
            click.echo(f"  Refused by the mail server, so not sent to {refused}; check the address in [notify] mail_to.")
    for channel, error in result.failed.items():
        click.echo(f"Not delivered by {channel}: {error}. Tried again on the next send.")
    for channel, (count, since) in ({} if dry_run else result.busy).items():
        click.echo(f"{count} alert{'' if count == 1 else 's'} by {channel} {'is' if count == 1 else 'are'} being sent "
                   f"by another send (started {since:%Y-%m-%d %H:%M} UTC), so not sent again here.")
    if not shown and not result.failed and (dry_run or not result.busy):
        click.echo("Alerts: nothing new to send.")


@cli.group()
def alerts():
    """Alerts by e-mail and webhook ([alerts] rules and [notify] in storecheck.toml)."""


@alerts.command("send")
@click.option("--dry-run", is_flag=True, help="Print what would be sent; record and send nothing.")
@workspace_option
def alerts_send(dry_run: bool, workspace: Workspace):
    """Send the alerts that are due: changes since the last report, and deliveries that failed before."""
    result = send_alerts_for(workspace, dry_run=dry_run)
    print_alerts(result, dry_run)
    if result.failed:
        sys.exit(1)


@cli.command()
@click.option("--cron", "cron_expr", default=None, help="Cron expression (default: [schedule] cron in storecheck.toml).")
@click.option("--systemd", "as_systemd", is_flag=True, help="A systemd service and timer pair instead of a cron line.")
@click.option("--install", is_flag=True,
              help="Add the line to the current user's crontab (with --systemd: write the units to ~/.config/systemd/user).")
@workspace_option
def schedule(cron_expr: str | None, as_systemd: bool, install: bool, workspace: Workspace):
    """Print (or install) the cron line, or systemd units, that run `storecheck run` on a schedule."""
    from storecheck.schedule import cron_line, install_cron, install_systemd, moved_units, systemd_units

    expr = cron_expr or workspace.config.schedule.cron
    try:
        if as_systemd:
            units = systemd_units(workspace, expr)
        else:
            line = cron_line(workspace, expr)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    if as_systemd:
        if install:
            taken = [name for name in moved_units(workspace) if f"{name}.service" in units]
            folder = install_systemd(units)
            for name in taken:
                click.echo(f"Replaced {name}: its folder holds no workspace any more (moved or deleted).")
            timer = next(name for name in units if name.endswith(".timer"))
            click.echo(f"Wrote {', '.join(units)} to {folder}.\nStart it: systemctl --user daemon-reload && "
                       f"systemctl --user enable --now {timer}\n(and `loginctl enable-linger` to run while logged out)")
        else:
            for name, text in units.items():
                click.echo(f"# {name}\n{text}")
        return
    if install:
        try:
            gone = install_cron(line)
        except RuntimeError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"Installed in crontab:\n{db.mask_passwords(line)}")
        for folder in gone:
            click.echo(f"Removed the line of {folder}: no workspace is there any more (moved or deleted).")
    else:
        click.echo(line)


@cli.command()
@click.option("--products", default=300, show_default=True, type=click.IntRange(10, 1_000_000), help="Products per demo shop.")
@click.option("--seed", default=7, show_default=True, help="Seed of the generated shops.")
@click.option("--keep", "keep_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Keep the demo workspace in this folder (default: a temporary folder, removed after).")
def demo(products: int, seed: int, keep_dir: Path | None):
    """Serve demo shops on 127.0.0.1 and run the whole job on them: crawl, crawl
    again a day later, import sample store visits, match, report."""
    from storecheck.analysis import run_matching
    from storecheck.demo.shops import DemoShops
    from storecheck.demo.visits import OWN_STORE, write_demo_visits
    from storecheck.demo.visits import STORES as DEMO_STORES
    from storecheck.demo.world import COMPETITORS, World

    started = time.perf_counter()
    if keep_dir is not None and (keep_dir / CONFIG_NAME).exists():
        raise click.ClickException(f"{keep_dir} already holds a workspace; choose an empty folder.")
    folder = keep_dir or Path(tempfile.mkdtemp(prefix="storecheck-demo-"))
    world = World(seed=seed, products=products)
    console.print(f"Demo workspace: {folder}")
    workspace = init_workspace(folder, shop_name="Demo Shop", currency="EUR")
    workspace.add_store(None, *OWN_STORE)
    catalogue_file = folder / "catalogue.csv"
    world.write_own_catalogue(catalogue_file)
    result = load_file(catalogue_file, "products", default_currency="EUR")
    with db.open_database(workspace.database_url).begin() as conn:
        db.upsert_own_products(conn, [p for _, p in result.valid])
    console.print(f"Imported our catalogue: {len(result.valid)} products")
    with DemoShops(world) as shops:
        for name, platform in COMPETITORS:
            # The demo shops run on this machine, so no delay is needed to be polite.
            workspace.add_competitor(name, shops.urls[name], "auto", download_delay=0.0, concurrency=8)
            workspace.add_store(name, *DEMO_STORES[name])
            console.print(f"Serving {name} ({platform}-style) at {shops.urls[name]}")
        crawl_and_print(workspace, [n for n, _ in COMPETITORS])
        # A day later the shops have changed a few prices, promotions and stock
        # levels; the second crawl stores only those changes and the report shows them.
        world.day = 1
        console.print("One day later: crawling the demo shops again")
        crawl_and_print(workspace, [n for n, _ in COMPETITORS])
    visits_file = write_demo_visits(world, folder / "visits" / "demo-visits.yaml", our_shop=workspace.config.shop.name)
    added, _ = import_visit_file(workspace, visits_file)
    console.print(f"Imported {added} store visits written by staff ({visits_file.name})")
    print_match_summary(run_matching(_engine(workspace), workspace.config), workspace.config)
    output = (Path.cwd() / "storecheck-demo-report.html") if keep_dir is None else None
    path, _ = write_workspace_report(workspace, output)
    if keep_dir is None:
        shutil.rmtree(folder, ignore_errors=True)
    console.print(f"Done in {time.perf_counter() - started:.0f}s.")
    click.echo(f"Report: {path}")


# --- store visits -----------------------------------------------------------


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


def import_visit_file(workspace: Workspace, file: Path, *, price_checks: Path | None = None,
                      skip_invalid: bool = False) -> tuple[int, int]:
    """Validate a whole visits file, then store it; returns (added, already recorded)."""
    from storecheck import visits

    engine = _engine(workspace)
    try:
        result = visits.read_visit_file(file, workspace.config, skus=_our_skus(engine), photos_dir=workspace.photos_dir,
                                        price_checks=price_checks)
    except visits.VisitImportError as exc:
        raise click.ClickException(f"{file}: {exc}") from None
    for warning in result.warnings:
        console.print(f"warning: {warning}", style="yellow")
    if result.invalid and not skip_invalid:
        raise click.ClickException(str(visits.VisitImportError(
            f"{file}: {len(result.problems)} problem(s); nothing was imported (fix them, or use --skip-invalid):",
            result.problems)))
    added = duplicates = 0
    with engine.begin() as conn:
        for item in result.valid:
            visit_id = visits.save_visit(conn, workspace.config, item.visit, photos_dir=workspace.photos_dir,
                                         pending=result.photos.pending)
            if visit_id is None:
                duplicates += 1
            else:
                added += 1
    if result.invalid:
        console.print(f"Skipped {sum(1 for i in result.invalid if i.visit is None and i.data)} invalid visit(s):", style="yellow")
        for problem in result.problems:
            console.print(f"  {problem}", highlight=False, markup=False)
    return added, duplicates


@visit.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--price-checks", "price_checks", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="CSV / XLSX of shelf price checks (column visit_row = the visit's row in FILE).")
@click.option("--skip-invalid", is_flag=True, help="Import the valid visits and report the others.")
@workspace_option
def visit_import(file: Path, price_checks: Path | None, skip_invalid: bool, workspace: Workspace):
    """Import visits from FILE: CSV / XLSX (one visit per row; price checks in a
    second sheet or --price-checks FILE) or YAML (nested)."""
    added, duplicates = import_visit_file(workspace, file, price_checks=price_checks, skip_invalid=skip_invalid)
    click.echo(f"Visits: {added} added, {duplicates} already recorded.")


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
        # On the store's clock, as the time was typed there (`visits.clock_zone`).
        when = visits.local_time(r["visited_at"], visits.clock_zone(workspace.config, r["competitor"], r["store"]))
        table.add_row(str(r["id"]), when, f"{r['competitor']}, {r['store']}", r["visitor"] or "",
                      footfall, ticket, scores, str(r["price_checks"]))
    print_table(table)
    if not rows:
        click.echo("No visits yet; record one with `storecheck visit add` or `storecheck visit import FILE`.")


# --- serve ------------------------------------------------------------------


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind; anything but loopback needs a token ([web] token or STORECHECK_WEB_TOKEN).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@workspace_option
def serve(host: str, port: int, workspace: Workspace):
    """Serve the visit form, the match review queue and the reports folder."""
    try:
        from werkzeug.serving import run_simple

        from storecheck.web import WebConfigError, create_app
    except ImportError as exc:
        raise click.ClickException(f"The web app needs Flask ({exc}); install it with `pip install 'storecheck[web]'`.") from None

    _engine(workspace).dispose()  # migrate before serving
    try:
        app = create_app(workspace, host=host)
    except WebConfigError as exc:
        raise click.ClickException(str(exc)) from None
    where = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    click.echo(f"Serving {workspace.path} at {where} (Ctrl+C to stop)")
    if app.config["STORECHECK_TOKEN"]:
        click.echo("A token is required to sign in.")
    run_simple(host, port, app, threaded=True)
