"""Pairs a person confirmed whose product of ours was renamed since: a rename that makes the pair
doubtful sends it back to the review queue, with the reason; a spelling mended does not.

A person confirmed "Kawa ziarnista 1 kg" against a competitor's "Kawa ziarnista Lavazza 1 kg". A
catalogue import later names the same sku "Kawa mielona 1 kg" (ground, not whole beans): the sku is
ours, but what it names changed, and the confirmation was about the product, not the sku. Kept
confirmed, the pair priced our ground coffee against their beans in every figure, unflagged.

A rename is read word by word (`benchmark._text.extract`'s pieces of the name, brand and size:
case, marks, spacing and hyphens folded, "1 l" one word). What is left once both names' common
words are taken away:

- a word written apart or together ("Coca Cola" / "Coca-Cola", "Kit Kat" / "KitKat") is the same: the
  word is two or more neighbouring words of the other name joined, on their boundaries (a size "S"
  stands in the letters of "Polo shirt navy M" run together, but is no word of it);
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
product. A cut written into the name ("-30%", "30% off", "2 for 1": what `crawlers.promotions` reads as
a promotion) is the shop's price, not its product.

Their titles change more than ours: shops add campaign, stock and delivery words to a listing for a
week ("SALE", "NEW", "Black Friday", "(Back in stock)", "| Free delivery", in every language they
sell in). Sent back to the queue, the pair would leave the price figures exactly while the product is
on sale. So words of letters added to their name are doubtful only where they **tell two of our
products apart** (`ProductWords`): our catalogue holds two products whose names, numbers aside,
differ in one place only, and that place holds exactly those words (the matcher's own reading of
siblings written from one template, `benchmark.matching.replaced_words`): "Decaf" where we sell
"Coffee beans 1 kg" and "Coffee beans decaf 500 g", "Black" where "White mug" and "Black mug" are
two of our products, "mielona" beside "ziarnista". The words are read as the places they stand in
on the renamed name ("Black Friday" added at the end is one place, "black friday", which no two
products of ours differ by; "Black" alone is a colour where our mugs differ by it). Or, where the
listing also lost words: the rename took away words of the place that our product's name shares
with theirs and wrote others there ("Los Angeles Lakers ... Case" read "New York Knicks ...
Case" against our "Los Angeles Lakers ... Case"): what the confirmation agreed on is gone,
whatever our catalogue says; a campaign adds words and takes none of the product's away. Or, where
words were replaced, their own shop lists two products differing in that one place by the new
words ("... for macintosh" read "... for windows" where it sells Illustrator for both): a variant
kept confirmed is priced silently in every figure, and a shop's range says what its words name
as ours does.

Why it generalises: it asks the catalogue in front of it what its words do, not whether it writes
them, and the pair itself what the rename took away. The rule it replaces (a word counts where our
catalogue writes it anywhere) was a constant fitted to small catalogues: a catalogue of thousands
writes "sale" ("Point of sale"), "new" ("New York Mets"), "free" ("Glare-Free") and "black"
somewhere, and every single listing with a campaign word went back to the queue. A word that tells
products apart does so in a small catalogue and in a large one alike, and no list of campaign
words, in any language, is kept. One place only: a marketplace's two listings that differ by a
seller's "New-" and by their colour are told apart by the colour. A catalogue of thousands still
tells products apart by "black" (mugs, cases), so the shop's own behaviour is read too: a word it
added to `CAMPAIGN_LISTINGS` or more of the listings renamed in one batch of a crawl or a file
("Black Friday" on a hundred titles) is its campaign, not a product, in a listing that only gained
words (one that also lost a word, "White mug" read "Black mug", was renamed for itself). The price
of it: a listing reused for a kind of product we hold no such two of ("Coffee beans 1 kg" read one
week as "... DECAF" by a shop, while no two of our products differ by "decaf") stays confirmed; it
would be priced against a product of ours that no customer takes for it either, and the figures of
the rename set (`bench/renamed_pairs.py`, bench/README.md) say how often. A number, a size or a GTIN changed is
doubtful whatever our catalogue writes. A GTIN of ours that changes to another than theirs is another
product's number, doubtful whatever the name. Rejected pairs stay rejected: a rename never makes a person's "no" a "yes".

The pair goes back to `proposed` with the reason, method `manual`: the matcher neither replaces nor
drops such a row (`matching_run._replace_matcher_rows`), so it waits for a person's answer.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection

from storecheck import db

# What stands between two words once a name is folded (`clean`): anything not a letter or a digit.
_NOT_WORD = re.compile(r"[\W_]+")
# A one-edit difference is a spelling mended only in words at least this long (see the module's words).
TYPO_MIN_LETTERS = 4
# A word a shop adds to this many of the listings renamed in one batch is its campaign (see the module).
CAMPAIGN_LISTINGS = 3
# A pair sent back to the queue: a person's pair, waiting for a person again.
REOPENED_METHOD = "manual"


def _words(fields: Mapping[str, object]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of a product's name, brand and size, and its tokens in order (`extract`'s)."""
    return _words_of(fields.get("brand"), fields.get("name"), fields.get("size"))


# One name is read several times for one batch (its campaign words, whether it lost a word, the
# doubt itself; our product's against each of its pairs): read once.
@functools.lru_cache(maxsize=4096)
def _words_of(*values: object) -> tuple[frozenset[str], tuple[str, ...]]:
    # Imported here: the matcher's text stack is for imports that renamed something, not for every
    # command that imports `storecheck.analysis`.
    from benchmark._text import extract

    words: set[str] = set()
    tokens: list[str] = []
    for value in values:
        features = extract(value)
        words |= features.pieces
        tokens += features.tokens
    return frozenset(words | set(tokens)), tuple(tokens)


def _joins(tokens: tuple[str, ...], longest: int = 4) -> set[str]:
    """Every run of two to `longest` neighbouring tokens joined: the words a name writes apart."""
    return {"".join(tokens[i:j]) for i in range(len(tokens)) for j in range(i + 2, min(i + longest, len(tokens)) + 1)}


def _written_apart_or_together(word: str, tokens: tuple[str, ...], other_words: frozenset[str],
                               other_joins: set[str]) -> bool:
    """Whether `word` (of a name whose tokens are `tokens`) is the other name's, written apart or
    together: it is neighbouring words of the other name joined, or it stands in a run of its own
    name's neighbouring words that joined is a word of the other. Letters only: "2" stands in "250"."""
    if not word.isalpha():
        return False
    if word in other_joins:
        return True
    return any(word in run and "".join(run) in other_words
               for i in range(len(tokens)) for run in (tokens[i:i + n] for n in (2, 3, 4)) if len(run) > 1)


def _cut_words(fields: Mapping[str, object]) -> set[str]:
    """The words of the promotions written into a name ("-30%", "30% off", "2 for 1"): one to three
    neighbouring words that `crawlers.promotions.parse_promotion` reads as a cut of the price, with
    a digit in them (a sale word alone is left to the catalogue test: "Special" names editions)."""
    from benchmark._text import extract
    from crawlers.promotions import parse_promotion

    raw = str(fields.get("name") or "").split()
    found: set[str] = set()
    for i in range(len(raw)):
        for n in (1, 2, 3):
            window = " ".join(raw[i:i + n])
            if i + n > len(raw) or not any(ch.isdigit() for ch in window):
                continue
            promotion = parse_promotion(window)
            if promotion is not None and promotion.type != "sale":
                features = extract(window)
                found |= features.pieces | set(features.tokens)
                break
    return found


# A number and the unit written after it ("1 kg", "300ml", "16gb"): left out of our catalogue's
# template reading, since a number or size added is doubtful whatever the catalogue says, and "1 kg"
# beside "500 g" would make two siblings two places apart instead of one.
_NUMBER = re.compile(r"\d[\d.,]*\s*(?:[^\W\d_]{1,3}(?![^\W\d_]))?")


class _Tokens(NamedTuple):
    """A product's words of letters in order: all `ShopWords` reads of a title."""

    tokens: list[str]


def _letter_words(brand: object, name: object, size: object) -> list[str]:
    """Brand (unless the name starts with it), name and size folded as `clean` folds, numbers and
    their units left out, split at what is neither a letter nor a digit: a cheaper reading than
    `extract`'s, for a whole catalogue."""
    from benchmark._text.letters import clean

    text = clean(name)
    shown = clean(brand)
    if shown and not text.startswith(shown):
        text = f"{shown} {text}"
    text = _NUMBER.sub(" ", f"{text} {clean(size)}")
    return [w for w in _NOT_WORD.split(text) if w]


def _places(a: list[str], b: list[str]) -> Iterator[tuple[frozenset[str], frozenset[str]]]:
    """Each place two token lists differ in: its words on each side (difflib's opcodes)."""
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            yield frozenset(a[i1:i2]), frozenset(b[j1:j2])


class ProductWords:
    """Whether words written in one place of a name tell two of our products apart: our catalogue
    holds two products whose names, numbers aside, differ in one place only (`replaced_places`),
    and that place holds exactly those words on one side (see the module). Called with the place's words; the catalogue is read on the
    first call (most imports rename nothing) from `rows`, (brand, name, size) each."""

    def __init__(self, rows: Callable[[], Iterable[tuple[object, object, object]]]):
        self._rows = rows
        self._skip: tuple[int, ...] = ()
        self._shop = None
        self._answers: dict[frozenset[str], bool] = {}

    def without(self, skip: Iterable[int]) -> ProductWords:
        """The same catalogue read without the rows `skip` (a bench's renamed listing, whose old name
        the database no longer holds), sharing what is read."""
        view = ProductWords(self._rows)
        view._shop, view._skip = self._read(), tuple(skip)
        return view

    def _read(self):
        from benchmark.matching.replaced_words import ShopWords

        if self._shop is None:
            self._shop = ShopWords([_Tokens(_letter_words(*row)) for row in self._rows()])
        return self._shop

    def __call__(self, words: frozenset[str]) -> bool:
        if not words:
            return False
        if words not in self._answers:
            products = self._read().features
            # `tells_apart` finds two products one template apart with one of the words in a changed
            # place; here the two must differ in that one place, holding these words and no other (a
            # second place would be what tells them apart: a seller's "New-" on one of two colours).
            # Two rows of our catalogue are two products (two skus), so that is all its test asks.
            def only_these(p: int, q: int) -> bool:
                places = list(_places(products[p].tokens, products[q].tokens))
                return len(places) == 1 and words in places[0]

            self._answers[words] = self._shop.tells_apart(set(words), only_these, self._skip)
        return self._answers[words]


def our_product_words(conn: Connection) -> ProductWords:
    """`ProductWords` of our catalogue as the database holds it (name, brand and size of each product)."""
    own = db.own_products
    return ProductWords(lambda: conn.execute(select(own.c.brand, own.c.name, own.c.size)))


class OurProductWords:
    """`our_product_words` for the stored batches of one crawl: read once, and again only where our
    catalogue changed since (a catalogue import while the crawl runs). Called with each batch's
    connection.

    Each batch of a crawl that renames a listing with a confirmed pair asks our catalogue which
    words tell two of our products apart. Read afresh for every batch, that was 1.8-3.8 s of CPU
    and about 290 MB at 100,000 products, once per batch (bench/crawl_rename_check.py,
    bench/history/match-speed.md, twenty-fifth session). The catalogue's state is its product
    count, its last id and its last `updated_at`: every write to it (`db.our_products`: an insert,
    an update of a changed product, a product marked discontinued) moves one of them, and the
    query reads an index and a column, not the names. The words are still read lazily, at the
    first batch that asks, and what was asked is remembered with them (`ProductWords`)."""

    def __init__(self) -> None:
        self._state: tuple | None = None
        self._words: ProductWords | None = None
        self._conn: Connection | None = None

    def __call__(self, conn: Connection) -> ProductWords:
        own = db.own_products
        state = tuple(conn.execute(select(func.count(), func.max(own.c.id), func.max(own.c.updated_at))).one())
        # The words are read through the connection of the batch that first asks for them.
        self._conn = conn
        if self._words is None or state != self._state:
            self._state = state
            self._words = ProductWords(lambda: self._reading().execute(select(own.c.brand, own.c.name, own.c.size)))
        return self._words

    def _reading(self) -> Connection:
        assert self._conn is not None
        return self._conn


def _mended(word: str, others: Iterable[str]) -> bool:
    """Whether `word` is one of `others` with one typing slip mended (letters only, long enough)."""
    from rapidfuzz.distance import OSA

    if len(word) < TYPO_MIN_LETTERS or not word.isalpha():
        return False
    return any(len(other) >= TYPO_MIN_LETTERS and other.isalpha() and OSA.distance(word, other) <= 1 for other in others)


def campaign_words(renames: Iterable[tuple[Mapping, Mapping]]) -> set[str]:
    """The words of letters added to `CAMPAIGN_LISTINGS` or more of these listings' names by one
    batch's renames ((before, after) each): a shop's campaign ("Black Friday", "NEW")."""
    seen: dict[str, int] = {}
    for old, new in renames:
        added = _words(new)[0] - _words(old)[0]
        for word in added:
            if word.isalpha():
                seen[word] = seen.get(word, 0) + 1
    return {word for word, listings in seen.items() if listings >= CAMPAIGN_LISTINGS}


def _shared_words_gone(gone: Iterable[str], tokens: tuple[str, ...], other_words: frozenset[str],
                       other_joins: set[str]) -> bool:
    """Whether a rename took away a word (of a name whose tokens are `tokens`) that the other name
    shares, as written or written apart or together ("Boom Box" against our "Boombox")."""
    return any(w in other_words or _written_apart_or_together(w, tokens, other_words, other_joins) for w in gone)


def rename_doubt(old: Mapping[str, object], new: Mapping[str, object], theirs: Mapping[str, object], *,
                 renamed: str = "our", other: str = "theirs",
                 tells_apart: Callable[[frozenset[str]], bool] | None = None,
                 shop_tells_apart: Callable[[frozenset[str]], bool] | None = None) -> str | None:
    """Why a rename of our product (its NAMING_COLUMNS as they were, `old`, and are, `new`) makes its
    confirmed pair with `theirs` doubtful, in words; None when it does not (see the module). The
    words name the renamed side `renamed` ("our", "their") and the other `other` ("theirs", "ours").
    With `tells_apart` (whether words written in one place tell two of our products apart:
    `ProductWords`), words of letters added are doubtful only where it says so of the place they
    stand in on the new name: their titles' campaign and stock words are not (see the module).
    With `shop_tells_apart` (the same question of the renamed side's own catalogue), words written
    in place of others also count where that shop tells two of its products apart by them: it
    lists "... for macintosh" and "... for windows", "... retail box" and "... oem". Only where words
    were replaced: a campaign replaces none, and a marketplace lists "X" beside "X NEW"."""
    old_gtin, new_gtin, their_gtin = old.get("gtin"), new.get("gtin"), theirs.get("gtin")
    if new_gtin and new_gtin != old_gtin and their_gtin and new_gtin != their_gtin:
        return f"{renamed} GTIN is now {new_gtin} (was {old_gtin or 'none'}), {other} {their_gtin}"
    (old_words, old_tokens), (new_words, new_tokens) = _words(old), _words(new)
    old_joins, new_joins = _joins(old_tokens), _joins(new_tokens)
    added, removed = new_words - old_words, old_words - new_words
    added = {w for w in added if not _written_apart_or_together(w, new_tokens, old_words, old_joins)}
    removed = {w for w in removed if not _written_apart_or_together(w, old_tokens, new_words, new_joins)}
    added = {w for w in added if not _mended(w, removed)} - _cut_words(new)
    their_words, their_tokens = _words(theirs)
    their_joins = _joins(their_tokens)
    new_to_them = {w for w in added if w not in their_words
                   and not _written_apart_or_together(w, new_tokens, their_words, their_joins)}
    if tells_apart is not None:
        letters = {w for w in new_to_them if w.isalpha()}
        # Read as the places the words stand in: "Black Friday" added is one place, not a colour.
        places = [(gone, put & letters) for gone, put in _places(list(old_tokens), list(new_tokens)) if put & letters]
        places += [(frozenset(), frozenset([w])) for w in letters - set().union(*(put for _, put in places))]
        new_to_them = (new_to_them - letters) | {
            w for gone, put in places
            if _shared_words_gone(gone - new_words, old_tokens, their_words, their_joins) or tells_apart(put)
            or (gone and shop_tells_apart is not None and shop_tells_apart(put)) for w in put}
    new_to_them = sorted(new_to_them)
    if not new_to_them:
        return None
    listed = ", ".join(f"'{w}'" for w in new_to_them)
    return f"{'words' if len(new_to_them) > 1 else 'the word'} {listed} {'are' if len(new_to_them) > 1 else 'is'} " \
           f"new to {renamed} name and not in {other}"


def _shown(fields: Mapping[str, object]) -> str:
    """Brand, name and size as a person reads them; the brand once where the name starts with it."""
    name = str(fields.get("name") or "")
    brand = fields.get("brand")
    if brand and name.casefold().startswith(str(brand).casefold()):
        brand = None
    return " ".join(str(v) for v in (brand, name, fields.get("size")) if v)


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


def reopen_renamed_listings(conn: Connection, renamed: Iterable[tuple[int, Mapping, Mapping]],
                            our_words: OurProductWords | None = None) -> list[dict]:
    """The same for their side: each confirmed pair of a competitor product in `renamed` ((its id,
    NAMING_COLUMNS before, after), from `db.store_offers`) that its rename makes doubtful against our
    product. A shop that reuses a product's id or address for another product ("Coffee beans 1 kg"
    read one week as "Coffee beans 1 kg DECAF") kept the pair a person confirmed for the first.
    `our_words`: our catalogue's words kept across calls (a crawl's batches), else read for this one."""
    changed = {pid: (old, new) for pid, old, new in renamed}
    if not changed:
        return []
    m, cp, c, own = db.matches, db.competitor_products, db.competitors, db.own_products
    out = []
    ids = sorted(changed)
    product_words = our_words(conn) if our_words is not None else our_product_words(conn)
    shop_words: dict[int, ProductWords] = {}
    campaign = campaign_words(changed.values()) if len(changed) >= CAMPAIGN_LISTINGS else set()

    def their_shop(competitor_id: int) -> ProductWords:
        if competitor_id not in shop_words:
            shop_words[competitor_id] = ProductWords(lambda: conn.execute(
                select(cp.c.brand, cp.c.name, cp.c.size).where(cp.c.competitor_id == competitor_id)))
        return shop_words[competitor_id]

    def campaign_free(words: frozenset[str]) -> bool:
        return product_words(words - campaign)

    for start in range(0, len(ids), 500):
        rows = conn.execute(
            select(m.c.id, m.c.sku, m.c.competitor_product_id, m.c.decided_by, m.c.decided_at, cp.c.key, cp.c.competitor_id,
                   c.c.name.label("competitor"), own.c.name, own.c.brand, own.c.size, own.c.gtin)
            .join(cp, cp.c.id == m.c.competitor_product_id).join(c, c.c.id == cp.c.competitor_id)
            .join(own, own.c.sku == m.c.sku)
            .where(m.c.competitor_product_id.in_(ids[start:start + 500]), m.c.status == "confirmed")
            .order_by(m.c.competitor_product_id, m.c.id)
        ).all()
        for row in rows:
            old, new = changed[row.competitor_product_id]
            ours = {"name": row.name, "brand": row.brand, "size": row.size, "gtin": row.gtin}
            # A campaign adds words; a listing that also lost one ("White mug" read "Black mug") was
            # renamed for itself, whatever the shop added elsewhere that day.
            alone = bool(_words(old)[0] - _words(new)[0])
            why = rename_doubt(old, new, ours, renamed="their", other="ours",
                               tells_apart=product_words if alone else campaign_free,
                               shop_tells_apart=their_shop(row.competitor_id))
            if why is None:
                continue
            reason = (f"{_confirmed(row.decided_at, row.decided_by)}; since then their product {row.key} was renamed "
                      f"from '{_shown(old)}' to '{_shown(new)}': {why}. Is it still our '{_shown(ours)}'?")
            _reopen(conn, row.id, reason)
            out.append({"sku": row.sku, "competitor": row.competitor, "key": row.key, "their_name": new.get("name"),
                        "reason": reason})
    return out


def waiting_after_rename(status: object, method: object) -> bool:
    """Whether a pair is one a rename sent back to the review queue (`_reopen`), waiting for a person."""
    return status == "proposed" and method == REOPENED_METHOD


def decided_about_other_names(cells: Mapping[str, str], ours: Mapping[str, object], theirs: Mapping[str, object], *,
                              tells_apart: Callable[[frozenset[str]], bool] | None = None) -> str | None:
    """Why a person's "confirmed", read from a file row (`cells`: our_name, their_name, our_brand,
    their_brand where the file has them, as `matches export` writes them) on a pair a rename sent
    back to the review queue (`waiting_after_rename`), is not a decision about the pair as it is
    now (`ours`, `theirs`: NAMING_COLUMNS); None where it is.

    A person confirmed the two names they read. An export made on Monday and read back on
    Wednesday re-confirmed the pairs Tuesday's rename had sent back to the queue: its rows carry
    the names from before the rename, and a decision about the old name is not one about the new.
    So the row's names are read against the pair's as a rename is (`rename_doubt`; their words of
    letters where they tell two of our products apart, `tells_apart`): names the pair could be
    renamed to without doubt (the current ones, or a spelling mended) confirm it. A row naming
    neither product speaks of no name, only of the sku and key a person wrote: it is taken as the
    answer the queue asked for (the import says so). Other pairs are not asked: a row copied from
    another and given a sku and key of its own carries names the pair never had, and spoke of that
    pair."""
    said = []
    for side, current, other, others in (("our", ours, theirs, "theirs"), ("their", theirs, ours, "ours")):
        name = cells.get(f"{side}_name") or ""
        if not name:
            continue
        brand_column = f"{side}_brand"
        before = {**current, "name": name, "brand": (cells.get(brand_column) or None) if brand_column in cells
                  else current.get("brand")}
        if _shown(before).casefold() == _shown(current).casefold():
            continue
        why = rename_doubt(before, current, other, renamed=side, other=others,
                           tells_apart=tells_apart if side == "their" else None)
        if why:
            said.append(f"the row speaks of {side} '{_shown(before)}', now '{_shown(current)}': {why}")
    return "; ".join(said) or None
