"""A WooCommerce product on sale whose short description names the mechanic is that promotion, not "Sale".

A tester's pet shop (WooCommerce Store API, in Polish) ran "2+1 gratis" on cat litter: the product is
`on_sale` and its short description says "2+1 gratis". storecheck recorded a plain sale ("promotion
started: Super Benek żwirek bentonitowy 10L — Sale"), and What to copy said "Promotion mechanic we do not
use: sale price": the multibuy, the mechanic worth copying, was lost. Only a short line of the description
is read as the promotion (a badge's length): a product's long description names numbers that are none.
"""

from __future__ import annotations

import json

from click.testing import CliRunner
from sqlalchemy import select

from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace


def _product(pid: int, name: str, price: int, regular: int, description: str) -> dict:
    return {"id": pid, "name": name, "slug": f"p{pid}", "parent": 0, "type": "simple", "permalink": f"/produkt/p{pid}/",
            "sku": f"Z-{pid}", "short_description": description, "description": "", "on_sale": price < regular,
            "prices": {"price": str(price), "regular_price": str(regular), "sale_price": str(price),
                       "currency_code": "PLN", "currency_minor_unit": 2},
            "images": [], "categories": [], "tags": [], "attributes": [], "is_in_stock": True}


PRODUCTS = [
    _product(1, "Super Benek żwirek bentonitowy 10L", 2299, 2499, "<p>2+1 gratis</p>"),
    _product(2, "Substral Nawóz do trawnika 5 kg", 5499, 6499, "<p>Promocja jesienna -15%</p>"),
    # A description that is no badge: it stays a plain sale.
    _product(3, "Konewka Prosperplast 10L", 1999, 2299,
             "<p>Konewka z wygodnym uchwytem, pojemność 10 l, idealna do podlewania 2 lub 3 rabat naraz. "
             "Wykonana z tworzywa odpornego na UV, 3 lata gwarancji.</p>"),
    _product(4, "Grabie do liści Fiskars Solid", 4999, 5999, ""),
]


def test_a_sale_whose_description_names_a_multibuy_is_the_multibuy(workspace: Workspace, shop):
    def products(query):
        data = PRODUCTS if query.get("page", "1") == "1" else []
        return 200, {"Content-Type": "application/json", "X-WP-TotalPages": "1"}, json.dumps(data).encode()

    shop.routes["/wp-json/wc/store/v1/products"] = products
    workspace.add_competitor("Ogrodnik24", shop.url + "/", platform="woocommerce", download_delay=0)
    result = CliRunner().invoke(cli, ["crawl", "--workspace", str(workspace.path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    cp, obs = db.competitor_products, db.observations
    with db.open_database(workspace.database_url).connect() as conn:
        read = {row.name: (row.promo_type, row.promo_text) for row in conn.execute(
            select(cp.c.name, obs.c.promo_type, obs.c.promo_text).join(obs, obs.c.competitor_product_id == cp.c.id))}
    # Before: ("sale", "Sale") for all four.
    assert read == {
        "Super Benek żwirek bentonitowy 10L": ("multibuy", "2+1 gratis"),
        "Substral Nawóz do trawnika 5 kg": ("percent_off", "Promocja jesienna -15%"),
        "Konewka Prosperplast 10L": ("sale", "Sale"),
        "Grabie do liści Fiskars Solid": ("sale", "Sale"),
    }, read
