"""The `storecheck` click group, and what its commands share: the --workspace option, the
database, where errors reach the user (passwords masked), and printing."""

from __future__ import annotations

import functools
import sys
from datetime import datetime
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from storecheck import db
from storecheck.config import ConfigError, Workspace
from storecheck.errors import StorecheckError

# Beside the dated reports: always the newest.
LATEST_REPORT = "latest.html"

# Competitors' and people's text is printed too: no rich markup is read from it.
console = Console(stderr=True, highlight=False, markup=False)


def print_table(table: Table) -> None:
    """A table on stdout; wide enough not to squeeze columns when piped to a file."""
    width = None if sys.stdout.isatty() else 200
    Console(highlight=False, markup=False, width=width).print(table)


def file_error(file: Path, exc: Exception) -> click.ClickException:
    """A file refused, named once as it was given: the readers' messages often start with its name
    already ("products.csv: no column ..."), which after the path read "dir/products.csv: products.csv: ..."."""
    text = str(exc)
    return click.ClickException(f"{file}: {text.removeprefix(f'{file.name}: ')}")


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
        from storecheck.money.writing import amounts_written_in

        # Every amount a command writes for a person, in the workspace's locale ([report] locale), read here once.
        with amounts_written_in(workspace.config.report.locale):
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


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


def _table_file(ctx: click.Context, param: click.Parameter, file: Path) -> Path:
    """An export's FILE, whose extension chooses the format: one that names neither would get CSV
    under another name ("x.txt", "x.xls" that Excel then calls corrupt), so it is refused."""
    if file.suffix.lower() not in (".csv", ".xlsx"):
        raise click.BadParameter(f"{file.name!r} does not end in .csv or .xlsx, which choose the format", ctx, param)
    return file
