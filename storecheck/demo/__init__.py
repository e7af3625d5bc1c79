"""Bundled demo: a product universe and three competitor shops served on 127.0.0.1.

``storecheck demo`` starts ``DemoShops(World(...))``, writes ``World.own_catalogue()``
as our catalogue and runs the whole job against the shops.
"""

from storecheck.demo.shops import DemoShops
from storecheck.demo.world import COMPETITORS, DEMO_CURRENCY, ShopCatalogue, World

__all__ = ["COMPETITORS", "DEMO_CURRENCY", "DemoShops", "ShopCatalogue", "World"]
