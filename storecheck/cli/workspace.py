"""`storecheck init`: a new workspace, with its config and the files staff fill in."""

from __future__ import annotations

import contextlib
import csv
import json
import tomllib
from pathlib import Path

import click

from storecheck import db
from storecheck.cli.group import cli
from storecheck.config import CONFIG_NAME, CONFIG_TEMPLATE, ConfigError, Workspace, parse_config

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
