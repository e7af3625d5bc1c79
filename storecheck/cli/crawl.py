"""`storecheck crawl` and `storecheck extract`: crawling competitors' shops, and reading one page or
file as the crawl would."""

from __future__ import annotations

import json
import sys

import click
from rich.table import Table
from rich.text import Text

from storecheck.cli.group import cli, console, print_table, workspace_option
from storecheck.config import ConfigError, Workspace


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
