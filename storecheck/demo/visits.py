"""Store visits for the demo: what staff would have written down in each
competitor's shop, and in our own store as the baseline, as the YAML file
`storecheck visit import` reads, with a small photo of each shop front.

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


# Our own store, visited like theirs so every in-store figure has a baseline.
OWN_STORE = ("Main Street", "8 Main Street")
OWN_PROMOTIONS = ["percent_off: -15% on the bakery shelf after 6 pm", "sale: end-of-season garden tools"]
OWN_NOTES = ["Two tills open, short queue.", "Shelf labels missing in the drinks aisle."]


def demo_visits(world: World, today: date | None = None, our_shop: str = "Demo Shop") -> list[dict]:
    """Two visits per competitor and to our own store (a normal day and a holiday), in the YAML shape."""
    rng = random.Random(f"{world.seed}:visits")
    today = today or date.today()
    visits = []
    for days_ago, holiday in ((4, False), (11, True)):
        visits.append({
            "competitor": our_shop,
            "store": OWN_STORE[0],
            "visited_at": f"{today - timedelta(days=days_ago)} {rng.choice(['11:00', '16:30'])}",
            "visitor": rng.choice(["Ann", "Marek", "Sofia"]),
            "duration_minutes": rng.randint(15, 30),
            "footfall": {"count": rng.randint(25, 50) * (2 if holiday else 1), "minutes": 15},
            "holiday": holiday,
            "average_ticket": {"amount": f"{rng.uniform(18, 30):.2f}", "source": "till"},
            "scores": {"environment": rng.randint(3, 4), "display": rng.randint(2, 4), "hospitality": rng.randint(2, 3)},
            "promotions": rng.sample(OWN_PROMOTIONS, 1),
            "notes": rng.choice(OWN_NOTES),
        })
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
                "photos": [f"photos/{_slug(name)}.png"] if not holiday else [],
            })
    return visits


def _slug(name: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in name.casefold())


def shop_front(colour: tuple[int, int, int]) -> bytes:
    """A small PNG standing in for a photo of a shop front: a coloured facade with a door."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (320, 240), (235, 235, 230))
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 40, 300, 230), fill=colour)
    draw.rectangle((135, 130, 185, 230), fill=(60, 60, 60))
    draw.rectangle((40, 70, 115, 120), fill=(200, 225, 240))
    draw.rectangle((205, 70, 280, 120), fill=(200, 225, 240))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def write_demo_visits(world: World, path: str | Path, today: date | None = None, our_shop: str = "Demo Shop") -> Path:
    path = Path(path)
    visits = demo_visits(world, today, our_shop)
    photos = path.parent / "photos"
    photos.mkdir(parents=True, exist_ok=True)
    for number, (name, _) in enumerate(COMPETITORS):
        (photos / f"{_slug(name)}.png").write_bytes(shop_front(((170, 60, 50), (60, 140, 80), (70, 90, 160))[number % 3]))
    path.write_text(yaml.safe_dump(visits, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path
