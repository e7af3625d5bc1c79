"""Our own products (the catalogue): their upsert, those a full import marks discontinued, and
their skus."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from storecheck.db.column_types import utcnow
from storecheck.db.schema import own_products
from storecheck.models import OwnProduct

_OWN_COLUMNS = ("name", "brand", "category", "gtin", "mpn", "size", "price", "currency", "cost", "sales_weight", "url", "description")


def _sold_not_in(conn: Connection, skus: set[str]) -> Iterator[tuple[str, str]]:
    """(sku, name) of each product we sell (none discontinued) whose sku is not in `skus`, by sku."""
    for row in conn.execute(select(own_products.c.sku, own_products.c.name)
                            .where(own_products.c.discontinued.is_(None)).order_by(own_products.c.sku)):
        if row.sku not in skus:
            yield row.sku, row.name


def own_products_not_in(conn: Connection, skus: set[str], shown: int = 5) -> tuple[int, list[tuple[str, str]]]:
    """How many of the products we sell have a sku not in `skus`, and the (sku, name) of the first
    `shown` of them by sku; read row by row, so a catalogue of millions is not held."""
    count, first = 0, []
    for sku, name in _sold_not_in(conn, skus):
        count += 1
        if len(first) < shown:
            first.append((sku, name))
    return count, first


def discontinue_own_products_not_in(conn: Connection, skus: set[str], day: date,
                                    shown: int = 5) -> tuple[int, list[tuple[str, str]]]:
    """Mark the products we sell whose sku is not in `skus` discontinued on `day` (those marked before
    keep their day); return how many were marked and the (sku, name) of the first `shown` by sku.
    They are read whole before the first write: a cursor left open on rows being updated may read
    them again on some databases."""
    left_out = list(_sold_not_in(conn, skus))
    for chunk in _chunks([sku for sku, _ in left_out], 500):
        conn.execute(update(own_products).where(own_products.c.sku.in_(chunk)).values(discontinued=day, updated_at=utcnow()))
    return len(left_out), left_out[:shown]


# What names a product: a change in one of them may make a pair a person confirmed another product's.
NAMING_COLUMNS = ("name", "brand", "size", "gtin")


def upsert_own_products(
    conn: Connection, products: Iterable[OwnProduct], fields: Iterable[str] | None = None,
    renamed: list[tuple[str, dict, dict]] | None = None,
) -> dict[str, int]:
    """Insert new skus, update changed ones; return counts of inserted / updated / unchanged.

    `fields` are the columns the source holds: a stored product changes only
    in those, so a file of prices alone leaves brand, category and size as they were;
    and only in those its own record gave (`model_fields_set`): a JSON record without
    a "price" key leaves the stored price as it was, where `"price": null` clears it.
    `renamed`, when given, gets (sku, NAMING_COLUMNS before, after) of each stored product
    whose name, brand, size or GTIN this changes (`analysis.renamed_pairs`).
    """
    counts = {"inserted": 0, "updated": 0, "unchanged": 0}
    products = list(products)
    existing = {}
    for chunk in _chunks([p.sku for p in products], 500):
        existing.update((row.sku, row) for row in conn.execute(select(own_products).where(own_products.c.sku.in_(chunk))))
    updated_columns = [c for c in _OWN_COLUMNS if fields is None or c in set(fields)]
    now = utcnow()
    inserts = []
    for product in products:
        values = {column: getattr(product, column) for column in _OWN_COLUMNS}
        row = existing.get(product.sku)
        if row is None:
            inserts.append({"sku": product.sku, **values, "created_at": now, "updated_at": now})
            counts["inserted"] += 1
            continue
        values = {column: values[column] for column in updated_columns
                  if fields is None or column in product.model_fields_set}
        if row.discontinued is not None:
            values["discontinued"] = None  # named in a file again: we sell it again
        if any(_differs(getattr(row, column), value) for column, value in values.items()):
            conn.execute(update(own_products).where(own_products.c.id == row.id).values(**values, updated_at=now))
            counts["updated"] += 1
            if renamed is not None and any(_differs(getattr(row, c), values[c]) for c in NAMING_COLUMNS if c in values):
                before = {c: getattr(row, c) for c in NAMING_COLUMNS}
                renamed.append((product.sku, before, before | {c: values[c] for c in NAMING_COLUMNS if c in values}))
        else:
            counts["unchanged"] += 1
    if inserts:
        conn.execute(own_products.insert(), inserts)
    return counts


def _differs(old: object, new: object) -> bool:
    if isinstance(old, Decimal) or isinstance(new, Decimal):
        if old is None or new is None:
            return old is not new
        return Decimal(old) != Decimal(new)
    return old != new


def own_skus(conn: Connection) -> set[str]:
    """The skus of our catalogue."""
    return set(conn.execute(select(own_products.c.sku)).scalars())


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]
