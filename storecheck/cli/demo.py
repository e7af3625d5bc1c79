"""`storecheck demo`: a workspace against generated shops on 127.0.0.1, end to end."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import click

from storecheck import db
from storecheck.catalogue import load_file
from storecheck.cli.crawl import crawl_and_print
from storecheck.cli.group import _engine, cli, console
from storecheck.cli.match import print_match_summary
from storecheck.cli.report import write_workspace_report
from storecheck.cli.visit import import_visit_file
from storecheck.cli.workspace import init_workspace
from storecheck.config import CONFIG_NAME


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
    added = import_visit_file(workspace, visits_file).added
    console.print(f"Imported {added} store visits written by staff ({visits_file.name})")
    print_match_summary(run_matching(_engine(workspace), workspace.config), workspace.config)
    output = (Path.cwd() / "storecheck-demo-report.html") if keep_dir is None else None
    path, _ = write_workspace_report(workspace, output)
    if keep_dir is None:
        shutil.rmtree(folder, ignore_errors=True)
    console.print(f"Done in {time.perf_counter() - started:.0f}s.")
    click.echo(f"Report: {path}")
