"""`storecheck alerts send`: the changes' alerts, by mail and webhook."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from storecheck.cli.group import LATEST_REPORT, _engine, cli, workspace_option
from storecheck.config import CONFIG_NAME, Workspace


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
