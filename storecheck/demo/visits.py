"""Store visits for the demo: what staff would have written down in each
competitor's shop, as the YAML file `storecheck visit import` reads.

Deterministic from the world's seed. Shelf price checks are of products the
competitor really carries and we sell too, at the competitor's price, so the
visit prices agree with the crawl.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import yaml

from storecheck.demo.world import COMPETITORS, World

STORES = {
    "Northwind Outfitters": ("Harbour Street", "12 Harbour Street"),
    "Greenleaf Market": ("Market Square", "3 Market Square"),
    "Corner Store": ("Station Road", "45 Station Road"),
}
PROMOTIONS = ["multibuy: 3 for 2 on crisps at the entrance", "percent_off: -20% on coffee pods",
              "loyalty: card price on washing-up liquid", "amount_off: 1 EUR off shower gel"]
NOTES = ["Queue of five at the only open till.", "Very tidy; new shelf labels with unit prices.",
         "Staff greeted us at the door and offered a basket.", "Promotions end caps well stocked."]


def demo_visits(world: World, today: date | None = None) -> list[dict]:
    """Two visits per competitor (a normal day and a holiday), in the YAML shape."""
    rng = random.Random(f"{world.seed}:visits")
    today = today or date.today()
    visits = []
    for name, kind in COMPETITORS:
        store, _ = STORES[name]
        catalogue = world.shop_products(kind)
        ours = [catalogue.product(i) for i in range(min(catalogue.count, 40))]
        shared = [p for p in ours if p.get("own_sku") and p.get("price") is not None and p.get("in_stock")]
        for days_ago, holiday in ((3, False), (10, True)):
            checks = []
            for product in rng.sample(shared, min(3, len(shared))):
                check = {"sku": product["own_sku"], "product": product["name"], "price": str(product["price"])}
                if product.get("regular_price"):
                    check["regular_price"] = str(product["regular_price"])
                checks.append(check)
            visits.append({
                "competitor": name,
                "store": store,
                "visited_at": f"{today - timedelta(days=days_ago)} {rng.choice(['10:30', '12:15', '17:45'])}",
                "visitor": rng.choice(["Ann", "Marek", "Sofia"]),
                "duration_minutes": rng.randint(15, 30),
                "footfall": {"count": rng.randint(20, 70) * (2 if holiday else 1), "minutes": 15},
                "holiday": holiday,
                "average_ticket": {"amount": f"{rng.uniform(14, 38):.2f}", "source": rng.choice(["till", "estimate"])},
                "scores": {"environment": rng.randint(2, 5), "display": rng.randint(2, 5), "hospitality": rng.randint(2, 5)},
                "promotions": rng.sample(PROMOTIONS, 2),
                "products": {"main": [shared[0]["name"]] if shared else [], "best-seller": [shared[-1]["name"]] if shared else []},
                "price_checks": checks,
                "notes": rng.choice(NOTES),
            })
    return visits


def write_demo_visits(world: World, path: str | Path, today: date | None = None) -> Path:
    path = Path(path)
    path.write_text(yaml.safe_dump(demo_visits(world, today), sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path
