"""Products a shop moved to new keys (a new platform or URL scheme), joined to the rows they had once
a run has finished."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import urlsplit

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from storecheck.db.offers import _PRODUCT_COLUMNS
from storecheck.db.schema import (HUMAN_STATUSES, competitor_product_names, competitor_products, crawl_runs, matches, observations,
                                  visit_price_checks)


def rejoin_moved_products(conn: Connection, run_id: int) -> int:
    """Products a finished run read under new keys, joined to the rows they had; returns how many.

    A shop that moves to another platform (or URL scheme) sells the same products under new keys: each
    came back as a second product, the old row shown as delisted and the new one as new, and the old
    row kept the price history and the matches a person confirmed. A product first seen since the
    competitor's previous finished run (in this run, or a partial one since) is the product of an older
    row not seen in this run when the two share what names the product, on them alone among the
    competitor's rows (`_moved_pairs`): the older row (its id, history and decisions) takes the new key
    and what the run read, and the new row's observations and proposals move onto it. Judged once the
    run has finished, when "not seen in this run" is known: a second listing still on sale is left
    apart, and a partial or failed run joins nothing.
    """
    cp = competitor_products
    run = conn.execute(select(crawl_runs.c.competitor_id, crawl_runs.c.started_at).where(crawl_runs.c.id == run_id)).first()
    if run is None:
        return 0
    started = _aware(run.started_at)
    # New since the competitor's previous finished run, not only in this one: the first crawl on a new
    # platform is the likeliest to be partial, and its rows are new all the same (review R12).
    previous = conn.execute(select(crawl_runs.c.started_at, crawl_runs.c.finished_at).where(
        crawl_runs.c.competitor_id == run.competitor_id, crawl_runs.c.status == "finished", crawl_runs.c.id != run_id,
        crawl_runs.c.started_at < run.started_at).order_by(crawl_runs.c.started_at.desc()).limit(1)).first()
    ended = _aware(previous.finished_at) if previous is not None and previous.finished_at is not None else None

    def new_since_then(first_seen: datetime) -> bool:
        return _aware(first_seen) > ended if ended is not None and ended < started else _aware(first_seen) >= started

    rows = conn.execute(select(cp.c.id, cp.c.gtin, cp.c.mpn, cp.c.sku, cp.c.brand, cp.c.name, cp.c.url, cp.c.first_seen,
                               cp.c.last_seen).where(cp.c.competitor_id == run.competitor_id)).all()
    seen = [row for row in rows if _aware(row.last_seen) >= started]
    gone = [row for row in rows if _aware(row.last_seen) < started]
    # A move takes away what the shop sold until then: rows the previous finished run still read (review R11).
    # A product delisted long ago, and a new one of its name or recycled article number, stay apart.
    last_read = [row for row in gone if previous is not None and _aware(row.last_seen) >= _aware(previous.started_at)]
    pairs = _moved_pairs(seen, gone, last_read, lambda row: new_since_then(row.first_seen))
    for old_id, new_id in pairs:
        _join_rows(conn, old_id, new_id)
    return len(pairs)


# What names a product across a move, strongest first: its GTIN (the product's own number, whatever
# the shop calls its page), the shop's own article number, the maker's part number, the page's name in
# its URL ("/products/coffee-blend-1kg" -> "/product/coffee-blend-1kg/", kept by most platform moves
# for search engines' sake), and its full name.
def _gtin_of(row) -> str | None:
    return row.gtin or None


def _sku_of(row) -> str | None:
    sku = (row.sku or "").strip().casefold()
    # A short plain number is as likely a database id, which a new platform numbers afresh.
    return sku if sku and not (sku.isdigit() and len(sku) < 5) else None


def _mpn_of(row) -> str | None:
    mpn = re.sub(r"[\s\-_./]", "", (row.mpn or "").casefold())
    return mpn if len(mpn) >= 4 and any(ch.isdigit() for ch in mpn) else None


def _slug_of(row) -> str | None:
    path = urlsplit(row.url or "").path.rstrip("/")
    slug = re.sub(r"\.(html?|php|aspx?)$", "", path.rpartition("/")[2].casefold())
    # Worded, as a page's name is ("coffee-blend-1kg"), not "product.php" or a number.
    return slug if re.search(r"[^\W\d_]", slug) and re.search(r"[-_]", slug) else None


def _name_of(row) -> str | None:
    name = " ".join(re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", row.name or "").casefold()).split())
    return name or None


_IDENTITIES = (_gtin_of, _sku_of, _mpn_of, _slug_of, _name_of)


def _moved_pairs(seen: Sequence, gone: Sequence, last_read: Sequence, is_new) -> list[tuple[int, int]]:
    """(old row id, new row id) of the products that moved: for each kind of identity in turn
    (`_IDENTITIES`), a value held by exactly one row seen in this run, new since the last finished run,
    and by exactly one row not seen, and by no other row of the competitor. A GTIN names its product
    for good, so any row not seen may take it; the weaker identities (an article number a shop may
    give again, a page name, a full name) only a row the previous finished run read (`last_read`), as
    a move leaves it: one delisted long ago is another product's, even of the same name. A pair whose GTINs, part
    numbers or brands differ is never made, whatever else they share: variants of one product (sizes
    under one name), a product sold again beside its old listing, and a page name such as "product.php"
    are each on more than one row, or on a row still seen, so they are left apart."""
    used: set[int] = set()
    pairs = []
    for identity in _IDENTITIES:
        now: dict[str, list] = defaultdict(list)
        before: dict[str, list] = defaultdict(list)
        for row in seen:
            if (value := identity(row)) is not None:
                now[value].append(row)
        for row in gone if identity is _gtin_of else last_read:
            if (value := identity(row)) is not None:
                before[value].append(row)
        for value, new_rows in now.items():
            old_rows = before.get(value, [])
            if len(new_rows) != 1 or len(old_rows) != 1:
                continue
            new, old = new_rows[0], old_rows[0]
            if new.id in used or old.id in used or not is_new(new) or _apart(old, new):
                continue
            used |= {new.id, old.id}
            pairs.append((old.id, new.id))
    return pairs


def _apart(old, new) -> bool:
    """Whether two rows say they are different products: both give a GTIN, part number or brand, unalike."""
    for read in (_gtin_of, _mpn_of, lambda row: (row.brand or "").strip().casefold() or None):
        one, other = read(old), read(new)
        if one is not None and other is not None and one != other:
            return True
    return False


def _join_rows(conn: Connection, old_id: int, new_id: int) -> None:
    """The older row takes the newer one's key and what was read of it; the newer row's observations,
    shelf checks and matches move onto the older (a person's decision wins over the matcher's)."""
    cp, m = competitor_products, matches
    new = conn.execute(select(cp).where(cp.c.id == new_id)).one()
    conn.execute(update(observations).where(observations.c.competitor_product_id == new.id).values(competitor_product_id=old_id))
    conn.execute(update(visit_price_checks).where(visit_price_checks.c.competitor_product_id == new.id)
                 .values(competitor_product_id=old_id))
    kept = {row.sku: row for row in conn.execute(select(m.c.id, m.c.sku, m.c.status).where(m.c.competitor_product_id == old_id))}
    for row in conn.execute(select(m.c.id, m.c.sku, m.c.status).where(m.c.competitor_product_id == new.id)).all():
        earlier = kept.get(row.sku)
        if earlier is None:
            conn.execute(update(m).where(m.c.id == row.id).values(competitor_product_id=old_id))
        elif row.status in HUMAN_STATUSES and earlier.status not in HUMAN_STATUSES:
            conn.execute(m.delete().where(m.c.id == earlier.id))
            conn.execute(update(m).where(m.c.id == row.id).values(competitor_product_id=old_id))
        else:
            conn.execute(m.delete().where(m.c.id == row.id))
    conn.execute(cp.delete().where(cp.c.id == new.id))
    if new.name and (old_name := conn.execute(select(cp.c.name).where(cp.c.id == old_id)).scalar()) \
            and old_name != new.name:
        # Joined by its GTIN or article number under another name: a rename, as one under the same key is.
        conn.execute(competitor_product_names.insert().values(competitor_product_id=old_id, name=old_name,
                                                              renamed_at=new.first_seen))
    conn.execute(update(cp).where(cp.c.id == old_id).values(
        key=new.key, last_seen=new.last_seen, **{column: getattr(new, column) for column in _PRODUCT_COLUMNS}))


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
