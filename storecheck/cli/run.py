"""`storecheck run`: the whole loop (crawl, match, report, alerts), here or on scrapyd nodes."""

from __future__ import annotations

import sys

import click
from rich.text import Text

from storecheck.cli.alerts import print_alerts, send_alerts_for
from storecheck.cli.competitor import unlisted_notes
from storecheck.cli.crawl import crawl_and_print, print_crawl_result, print_crawl_summary
from storecheck.cli.group import _engine, cli, console, workspace_option
from storecheck.cli.match import print_match_summary
from storecheck.cli.report import write_workspace_report
from storecheck.config import Workspace


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
