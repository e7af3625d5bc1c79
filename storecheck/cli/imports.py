"""`storecheck catalogue import` and `storecheck offers import`: files of our products and of a
competitor's offers, read, checked and written in batches."""

from __future__ import annotations

import functools
from datetime import UTC, datetime
from pathlib import Path

import click

from storecheck import db
from storecheck.analysis.renamed_pairs import reopen_renamed_listings, reopen_renamed_pairs
from storecheck.catalogue import FileImportError, load_file, problems_of, stored_skus_with_leading_zeros, write_rejected
from storecheck.cli.group import _engine, cli, console, file_error, workspace_option
from storecheck.config import ConfigError, Workspace


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
        raise file_error(file, exc) from None
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
                                "(fix them, or use --skip-invalid):", list(problems_of(result.rejected, result.unit))))
        )
    if result.rejected:
        out = rejected_path or file.with_name(file.name + ".rejected.csv")
        write_rejected(result.rejected, out)
        console.print(f"{len(result.rejected)} row(s) rejected, written with reasons to {out}", style="yellow")
    return result


def _write_batches(engine, result, write, counts: dict[str, int], *, file: Path, kind: str, competitor: tuple[int, str] | None = None) -> dict[str, int]:
    """`write(conn, batch)` each batch of the checked file's valid rows in a transaction of its
    own, adding up the counts it returns: no write holds the database long.

    A batch the database refuses (locked past the retries, disk full) is rolled back alone: the
    error says how many rows the batches before it stored, which stay, and that importing the
    file again stores the rest (a row already stored is not stored twice). A process killed
    between two batches (SIGKILL, the machine off) can say nothing: the import is recorded
    (`db.import_runs`), its written rows counted in each batch's transaction, so the next import
    of the kind says how much of that file is stored (`_say_unfinished`)."""
    from sqlalchemy.exc import SQLAlchemyError

    competitor_id = competitor[0] if competitor else None
    with engine.begin() as conn:
        _say_unfinished(db.unfinished_import_runs(conn, kind, competitor_id), file, kind, competitor)
        run_id = db.start_import_run(conn, kind, file.name, result.valid_count, competitor_id)
    written = 0
    batches = result.batches()
    for batch in batches:
        try:
            with engine.begin() as conn:
                for name, count in write(conn, batch).items():
                    counts[name] = counts.get(name, 0) + count
                db.count_import_batch(conn, run_id, len(batch))
        except SQLAlchemyError as exc:
            batches.close()
            cause = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            stored = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in counts.items())
            raise click.ClickException(
                f"the database refused a write ({cause}): the first {written:,} valid rows of the file are stored "
                f"({stored}), the rest are not; import the file again to store them (a row already stored is "
                "not stored twice)") from None
        written += len(batch)
    with engine.begin() as conn:
        db.finish_import_run(conn, run_id)
    return counts


def _say_unfinished(runs: list, file: Path, kind: str, competitor: tuple[int, str] | None) -> None:
    """The imports of this kind begun and never finished: what each stored, and how to store the rest."""
    what = f"{competitor[1]}'s offers" if competitor else "our catalogue"
    for run in runs[:5]:
        again = ("this import of the same file stores the rest" if run.file == file.name
                 else f"importing {run.file} again stores the rest")
        click.echo(f"Note: an import of {run.file} ({what}) started {run.started_at:%Y-%m-%d %H:%M} UTC stored "
                   f"{run.written:,} of its {run.rows:,} rows and did not finish (stopped halfway, or still running "
                   f"elsewhere): the {run.written:,} are stored, the rest are not; {again} (a row already stored is "
                   "not stored twice).")
    if len(runs) > 5:
        click.echo(f"Note: ... and {len(runs) - 5:,} more imports of {what} that did not finish.")


def _say_reopened(reopened: list[dict], why: str) -> None:
    """The confirmed pairs a rename sent back to the review queue (`analysis.renamed_pairs`), the first ten."""
    if not reopened:
        return
    click.echo(f"{len(reopened):,} pair(s) a person confirmed are back in the review queue: {why} "
               "(`storecheck serve` or `matches export --status proposed`):")
    for pair in reopened[:10]:
        click.echo(f"  {pair['sku']} at {pair['competitor']}: {pair['reason']}")
    if len(reopened) > 10:
        click.echo(f"  ... and {len(reopened) - 10:,} more")


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
    reopened: list[dict] = []

    def write(conn, batch):
        in_file.update(product.sku for product in batch)
        renamed: list = []
        counts = db.upsert_own_products(conn, batch, result.fields, renamed=renamed)
        # In the same transaction: a rename stored is never left with its doubtful pair still confirmed.
        reopened.extend(reopen_renamed_pairs(conn, renamed))
        return counts

    counts = _write_batches(engine, result, write, {"inserted": 0, "updated": 0, "unchanged": 0}, file=file, kind="products")
    click.echo(f"Our catalogue: {counts['inserted']} new, {counts['updated']} updated, {counts['unchanged']} unchanged.")
    _say_reopened(reopened, "the product of ours was renamed so that it may no longer be theirs")
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
    reopened: list[dict] = []

    def write(conn, batch):
        renamed: list = []
        counts = db.store_offers(conn, ids[entry.name], batch, source="import", now=now, renamed=renamed)
        reopened.extend(reopen_renamed_listings(conn, renamed))
        return counts

    counts = _write_batches(engine, result, write, {"new_products": 0, "new_observations": 0, "unchanged": 0}, file=file,
                            kind="offers", competitor=(ids[entry.name], entry.name))
    click.echo(
        f"{entry.name}: {counts['new_products']} new products, {counts['new_observations']} new observations, "
        f"{counts['unchanged']} unchanged."
    )
    _say_reopened(reopened, "the product of theirs was renamed so that it may no longer be ours")
