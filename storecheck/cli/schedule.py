"""`storecheck schedule`: the cron line or systemd timer that runs `storecheck run`."""

from __future__ import annotations

import click

from storecheck import db
from storecheck.cli.group import cli, workspace_option
from storecheck.config import Workspace


@cli.command()
@click.option("--cron", "cron_expr", default=None, help="Cron expression (default: [schedule] cron in storecheck.toml).")
@click.option("--systemd", "as_systemd", is_flag=True, help="A systemd service and timer pair instead of a cron line.")
@click.option("--install", is_flag=True,
              help="Add the line to the current user's crontab (with --systemd: write the units to ~/.config/systemd/user).")
@workspace_option
def schedule(cron_expr: str | None, as_systemd: bool, install: bool, workspace: Workspace):
    """Print (or install) the cron line, or systemd units, that run `storecheck run` on a schedule."""
    from storecheck.schedule import clock_note, cron_line, install_cron, install_systemd, moved_units, systemd_units

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
    if note := clock_note(workspace.config.shop.time_zone):
        click.echo(f"Note: {note}.", err=True)
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
