"""Pairs a person confirmed whose product of ours was renamed since: a rename that makes the pair
doubtful sends it back to the review queue, with the reason; a spelling mended does not.

A person confirmed "Kawa ziarnista 1 kg" against a competitor's "Kawa ziarnista Lavazza 1 kg". A
catalogue import later names the same sku "Kawa mielona 1 kg" (ground, not whole beans): the sku is
ours, but what it names changed, and the confirmation was about the product, not the sku. Kept
confirmed, the pair priced our ground coffee against their beans in every figure, unflagged.

A rename is read word by word (`benchmark._text.extract`'s pieces of the name, brand and size:
case, marks, spacing and hyphens folded, "1 l" one word). What is left once both names' common
words are taken away:

- a word written apart or together ("Coca Cola" / "Coca-Cola", "Kit Kat" / "KitKat") is the same;
- a word of letters one edit from a word it replaces ("Spagheti" / "Spaghetti", "Chocolat" /
  "Chocolate": one letter added, dropped, changed or two swapped, the typing slip that most
  misspellings are) is a spelling mended, in words of four letters or more: in a shorter word
  one letter is a third of it ("tea" / "sea");
- a word holding a digit is a number and is mended by nothing: "500 g" / "550 g" is another size;
- a word the new name adds that their product's name, brand or size also has moves ours towards
  theirs ("Czekolada gorzka" to "Czekolada gorzka 90%" against their "... 90% 100 g"): no doubt;
- any other word added ("Lait entier" to "Lait entier bio", "Coca-Cola" to "Coca-Cola Zero",
  "ziarnista" replaced by "mielona") makes the pair doubtful: their product is not known to be it.

A word only dropped ("Olive oil extra virgin" to "Olive oil") shortens the name and says no other
product. A GTIN of ours that changes to another than theirs is another product's number, doubtful
whatever the name. Rejected pairs stay rejected: a rename never makes a person's "no" a "yes".

The pair goes back to `proposed` with the reason, method `manual`: the matcher neither replaces nor
drops such a row (`matching_run._replace_matcher_rows`), so it waits for a person's answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from storecheck import db
# A one-edit difference is a spelling mended only in words at least this long (see the module's words).
TYPO_MIN_LETTERS = 4
# A pair sent back to the queue: a person's pair, waiting for a person again.
REOPENED_METHOD = "manual"


def _words(fields: Mapping[str, object]) -> tuple[set[str], str]:
    """The words of a product's name, brand and size, and all of them joined (letters and digits only)."""
    # Imported here: the matcher's text stack is for imports that renamed something, not for every
    # command that imports `storecheck.analysis`.
    from benchmark._text import extract

    words: set[str] = set()
    flat = []
    for field in ("brand", "name", "size"):
        features = extract(fields.get(field))
        words |= features.pieces
        flat.append(features.flat)
    return words, "".join(flat)


def _mended(word: str, others: Iterable[str]) -> bool:
    """Whether `word` is one of `others` with one typing slip mended (letters only, long enough)."""
    from rapidfuzz.distance import OSA

    if len(word) < TYPO_MIN_LETTERS or not word.isalpha():
        return False
    return any(len(other) >= TYPO_MIN_LETTERS and other.isalpha() and OSA.distance(word, other) <= 1 for other in others)


def rename_doubt(old: Mapping[str, object], new: Mapping[str, object], theirs: Mapping[str, object], *,
                 renamed: str = "our", other: str = "theirs") -> str | None:
    """Why a rename of our product (its NAMING_COLUMNS as they were, `old`, and are, `new`) makes its
    confirmed pair with `theirs` doubtful, in words; None when it does not (see the module). The
    words name the renamed side `renamed` ("our", "their") and the other `other` ("theirs", "ours")."""
    old_gtin, new_gtin, their_gtin = old.get("gtin"), new.get("gtin"), theirs.get("gtin")
    if new_gtin and new_gtin != old_gtin and their_gtin and new_gtin != their_gtin:
        return f"{renamed} GTIN is now {new_gtin} (was {old_gtin or 'none'}), {other} {their_gtin}"
    (old_words, old_flat), (new_words, new_flat) = _words(old), _words(new)
    added, removed = new_words - old_words, old_words - new_words
    # Written apart or together: the letters stand in the other name in one run. Not a number: "2"
    # stands in "250".
    added = {w for w in added if not (w.isalpha() and w in old_flat)}
    removed = {w for w in removed if not (w.isalpha() and w in new_flat)}
    added = {w for w in added if not _mended(w, removed)}
    their_words, their_flat = _words(theirs)
    new_to_them = sorted(w for w in added if w not in their_words and not (w.isalpha() and w in their_flat))
    if not new_to_them:
        return None
    listed = ", ".join(f"'{w}'" for w in new_to_them)
    return f"{'words' if len(new_to_them) > 1 else 'the word'} {listed} {'are' if len(new_to_them) > 1 else 'is'} " \
           f"new to {renamed} name and not in {other}"


def _shown(fields: Mapping[str, object]) -> str:
    return " ".join(str(fields[f]) for f in ("brand", "name", "size") if fields.get(f))


def _confirmed(when: object, who: object) -> str:
    return f"confirmed by {who or 'a person'}" + (f" on {when:%Y-%m-%d}" if isinstance(when, datetime) else "")


def _reopen(conn: Connection, match_id: int, reason: str) -> None:
    db_m = db.matches
    conn.execute(update(db_m).where(db_m.c.id == match_id).values(
        status="proposed", method=REOPENED_METHOD, score=1.0, reason=reason, decided_by=None, decided_at=None,
        updated_at=db.utcnow()))


def reopen_renamed_pairs(conn: Connection, renamed: Iterable[tuple[str, Mapping, Mapping]]) -> list[dict]:
    """Send back to the review queue each confirmed pair of a product of ours in `renamed` ((sku, its
    NAMING_COLUMNS before, after), from `db.upsert_own_products`) that the rename makes doubtful
    (`rename_doubt`); return one dict per pair sent back: sku, competitor, key, their name, reason."""
    changed = {sku: (old, new) for sku, old, new in renamed}
    if not changed:
        return []
    m, cp, c = db.matches, db.competitor_products, db.competitors
    out = []
    skus = sorted(changed)
    for start in range(0, len(skus), 500):
        rows = conn.execute(
            select(m.c.id, m.c.sku, m.c.decided_by, m.c.decided_at, cp.c.key, cp.c.name, cp.c.brand, cp.c.size,
                   cp.c.gtin, c.c.name.label("competitor"))
            .join(cp, cp.c.id == m.c.competitor_product_id).join(c, c.c.id == cp.c.competitor_id)
            .where(m.c.sku.in_(skus[start:start + 500]), m.c.status == "confirmed").order_by(m.c.sku, m.c.id)
        ).all()
        for row in rows:
            old, new = changed[row.sku]
            theirs = {"name": row.name, "brand": row.brand, "size": row.size, "gtin": row.gtin}
            why = rename_doubt(old, new, theirs)
            if why is None:
                continue
            reason = (f"{_confirmed(row.decided_at, row.decided_by)}; since then our product was renamed from "
                      f"'{_shown(old)}' to '{_shown(new)}': {why}. Is their '{_shown(theirs) or row.key}' still "
                      "this product?")
            _reopen(conn, row.id, reason)
            out.append({"sku": row.sku, "competitor": row.competitor, "key": row.key, "their_name": row.name,
                        "reason": reason})
    return out


def reopen_renamed_listings(conn: Connection, renamed: Iterable[tuple[int, Mapping, Mapping]]) -> list[dict]:
    """The same for their side: each confirmed pair of a competitor product in `renamed` ((its id,
    NAMING_COLUMNS before, after), from `db.store_offers`) that its rename makes doubtful against our
    product. A shop that reuses a product's id or address for another product ("Coffee beans 1 kg"
    read one week as "Coffee beans 1 kg DECAF") kept the pair a person confirmed for the first."""
    changed = {pid: (old, new) for pid, old, new in renamed}
    if not changed:
        return []
    m, cp, c, own = db.matches, db.competitor_products, db.competitors, db.own_products
    out = []
    ids = sorted(changed)
    for start in range(0, len(ids), 500):
        rows = conn.execute(
            select(m.c.id, m.c.sku, m.c.competitor_product_id, m.c.decided_by, m.c.decided_at, cp.c.key,
                   c.c.name.label("competitor"), own.c.name, own.c.brand, own.c.size, own.c.gtin)
            .join(cp, cp.c.id == m.c.competitor_product_id).join(c, c.c.id == cp.c.competitor_id)
            .join(own, own.c.sku == m.c.sku)
            .where(m.c.competitor_product_id.in_(ids[start:start + 500]), m.c.status == "confirmed")
            .order_by(m.c.competitor_product_id, m.c.id)
        ).all()
        for row in rows:
            old, new = changed[row.competitor_product_id]
            ours = {"name": row.name, "brand": row.brand, "size": row.size, "gtin": row.gtin}
            why = rename_doubt(old, new, ours, renamed="their", other="ours")
            if why is None:
                continue
            reason = (f"{_confirmed(row.decided_at, row.decided_by)}; since then their product {row.key} was renamed "
                      f"from '{_shown(old)}' to '{_shown(new)}': {why}. Is it still our '{_shown(ours)}'?")
            _reopen(conn, row.id, reason)
            out.append({"sku": row.sku, "competitor": row.competitor, "key": row.key, "their_name": new.get("name"),
                        "reason": reason})
    return out
