"""Bundled demo: a product universe and three competitor shops served on 127.0.0.1.

``storecheck demo`` starts ``DemoShops(World(...))`` (storecheck.demo.shops),
writes ``World.own_catalogue()`` (storecheck.demo.world) as our catalogue and
runs the whole job against the shops. Nothing is imported here, so that
``python -m storecheck.demo.shops`` runs the module only once.
"""
