"""The accepted pairs with both sides' current prices, and how a pair across pack sizes is
compared (per kg / l / piece)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

import pandas as pd
from sqlalchemy import select
from sqlalchemy.engine import Connection

from benchmark._text.conditions import listing_condition
from storecheck import db
from storecheck.analysis.frames import competitor_frame, own_frame
from storecheck.history import query_frame
from storecheck.models import is_missing

PAIR_COLUMNS = ["sku", "name", "category", "competitor", "competitor_product_id", "their_name", "their_url", "our_price",
                "their_price", "their_regular_price", "our_currency", "their_currency", "in_stock", "weight", "method",
                "status", "basis", "their_pack", "our_pack", "pack_sizes", "condition_apart", "their_condition"]


def accepted_frame(conn: Connection) -> pd.DataFrame:
    """The accepted matches (matched or confirmed) of the products we sell: sku, competitor_product_id,
    method, score, status, equivalent. A discontinued product's confirmed pairs stay stored, and count
    in no figure: its listing is no overlap of our range."""
    m, own = db.matches, db.own_products
    sold = select(own.c.sku).where(own.c.discontinued.is_(None))
    return query_frame(conn, select(m.c.sku, m.c.competitor_product_id, m.c.method, m.c.score, m.c.status,
                                    m.c.equivalent).where(m.c.status.in_(("matched", "confirmed")), m.c.sku.in_(sold)))


def pairs_frame(conn: Connection, ours: pd.DataFrame | None = None, theirs: pd.DataFrame | None = None,
                accepted: pd.DataFrame | None = None) -> pd.DataFrame:
    """Accepted pairs (matched or confirmed) with both sides' current prices.

    One pair per our product and competitor: a listing priced online (or from a file) wins over a
    listing of shelf prices noted on visits, then a person's confirmation wins over
    the matcher, then the matcher's highest score, then the most recent observation. A pair across pack sizes
    (`equivalent`) is compared per kg / l / piece; when either pack size
    cannot be read it is left out rather than compared on pack price. (`ours`, `theirs`, `accepted`:
    `own_frame`, `competitor_frame` and `accepted_frame`, when the caller has read them already.)
    """
    ours = own_frame(conn) if ours is None else ours
    theirs = competitor_frame(conn) if theirs is None else theirs
    accepted = accepted_frame(conn) if accepted is None else accepted
    if accepted.empty or ours.empty or theirs.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    left = ours.rename(columns={"price": "our_price", "currency": "our_currency", "size": "our_size"})[
        ["sku", "name", "category", "brand", "our_price", "our_currency", "sales_weight", "our_size"]
    ]
    if "condition" not in theirs.columns:
        theirs = theirs.assign(condition=None)  # a frame read before listings kept their stated condition
    right = theirs.rename(
        columns={"name": "their_name", "url": "their_url", "price": "their_price", "regular_price": "their_regular_price",
                 "currency": "their_currency", "category": "their_category", "brand": "their_brand", "size": "their_size",
                 "condition": "their_condition"}
    )[["competitor_product_id", "competitor", "their_name", "their_url", "their_price", "their_regular_price",
       "their_currency", "in_stock", "promo_type", "promo_text", "their_size", "observed_at", "source",
       "their_condition"]]
    pairs = accepted.merge(left, on="sku").merge(right, on="competitor_product_id")
    # One listing speaks for our product at a competitor that lists it several
    # times: one priced online, as the figures count a product's online price over its shelf price
    # (`shelf_checks`: a shelf check noted in words stays a listing of its own, and the matcher may
    # score it, named as we name the product, above the web shop's listing); then one in our product's
    # condition (`_in_our_condition`: their new listing over their used one, for our new product); then the one
    # a person confirmed (that it is the product, not which price counts), else the matcher's surest, then the
    # freshest. (Sorted only when some product is listed twice: the sort and the sort back each took every column.)
    if pairs.duplicated(["sku", "competitor"]).any():
        pairs = pairs.assign(_online=(pairs.source != "visit"), _alike=_in_our_condition(pairs),
                             _person=(pairs.status == "confirmed")).sort_values(
            ["_online", "_alike", "_person", "score", "observed_at"], ascending=False, na_position="last"
        )
        pairs = pairs.drop_duplicates(["sku", "competitor"]).drop(columns=["_online", "_alike", "_person"]).sort_index()
    pairs["condition_apart"] = _condition_apart(pairs)
    pairs["weight"] = [1.0 if is_missing(w) else float(w) for w in pairs.sales_weight]
    pairs = pairs.astype(object).where(pairs.notna(), None)
    pairs["basis"] = None
    # What their price is divided by for a pair compared per unit, so the trends compare past prices alike.
    pairs["their_pack"] = Decimal(1)
    # ... and ours, with both packs' sizes in words ("1 kg", "0.5 kg"), for an alert that names our shelf price.
    pairs["our_pack"] = Decimal(1)
    pairs["pack_sizes"] = None
    # Only pairs across pack sizes need a look row by row (iterrows is slow on 100,000 pairs); and the
    # pairs a person confirmed: "same product" on our 1 kg bag and their 500 g one (which the matcher
    # proposed as another size, not flagged `equivalent`) says it is that coffee, not that a bag
    # costs what a bag costs: compared on pack price, 12.00 against 6.50 read "84.6% dearer" where
    # per kg we are cheaper.
    # So are the pairs the matcher made on their wording alone: titles alike say no more than a person does
    # about the pack, and our six-pack of water matched to their single bottle read "367.7% dearer".
    equivalent = pairs.equivalent.fillna(False).astype(bool)
    confirmed = pd.Series([pack_may_differ(status, method, (name, size), (their_name, their_size)) for
                           status, method, name, size, their_name, their_size in zip(
                               pairs.status, pairs.method, pairs["name"], pairs.our_size, pairs.their_name, pairs.their_size)],
                          index=pairs.index, dtype=bool) & ~equivalent
    keep = list(pairs.index[~equivalent])
    for index, row in pairs[equivalent | confirmed].iterrows():
        _, basis = pack_basis((row["name"], row.our_size), (row.their_name, row.their_size),
                                 equivalent=bool(equivalent[index]), confirmed=bool(confirmed[index]))
        if basis is None:
            continue  # left out (equivalent) or compared on pack price (confirmed), as `pack_basis` says
        for column, pack in (("our_price", basis.our_pack), ("their_price", basis.their_pack),
                             ("their_regular_price", basis.their_pack)):
            if isinstance(row[column], Decimal):
                pairs.at[index, column] = row[column] / pack
        pairs.at[index, "basis"] = basis.name
        pairs.at[index, "their_pack"] = basis.their_pack
        pairs.at[index, "our_pack"] = basis.our_pack
        pairs.at[index, "pack_sizes"] = " / ".join(basis.sizes())
        if not confirmed[index]:
            keep.append(index)
    # (Every pair kept, as when none is compared per unit: no take of every column.)
    return (pairs if len(keep) == len(pairs) else pairs.loc[sorted(keep)]).reset_index(drop=True)


def _in_our_condition(pairs: pd.DataFrame) -> list[bool]:
    """Is their listing in our product's condition, as their shop states it or the titles say
    (`conditions.listing_condition`: used, refurbished, open box ...)? A used listing's price says
    nothing of what the new product costs there, whoever confirmed that it is the product; read only
    on the products listed twice at a competitor, where it chooses the listing."""
    twice = pairs.duplicated(["sku", "competitor"], keep=False).tolist()
    return [not listed_twice or (listing_condition(ours) is None) == (listing_condition(theirs, stated) is None)
            for listed_twice, ours, theirs, stated in zip(twice, pairs["name"], pairs.their_name,
                                                           pairs.their_condition)]


def _condition_apart(pairs: pd.DataFrame) -> list[str | None]:
    """The word that says one side is not new (their "occasion", our "refurbished") of each pair a
    person confirmed whose other side says no such word, else None: the price figures leave such a
    pair out (`pricing.comparable`) and the pairs table says why (review R1). A person confirming
    their used locomotive says it is that locomotive, not that a used price is what our new one
    costs there. The matcher never matches such a pair (`benchmark.matching.statuses`), so only a
    person's confirmations are read."""
    out: list[str | None] = []
    for status, ours, theirs, stated in zip(pairs.status, pairs["name"], pairs.their_name, pairs.their_condition):
        word = None
        if status == "confirmed":
            our_word, their_word = listing_condition(ours), listing_condition(theirs, stated)
            if (our_word is None) != (their_word is None):
                word = their_word or our_word
        out.append(word)
    return out


def condition_apart_reason(word: str, their_name: str | None, their_condition: str | None = None) -> str:
    """Why a pair whose sides differ in condition (`_condition_apart`'s `word`) is left out of the price
    figures, in the words the pairs table and the alerts' verdicts share (`their_condition`: what their
    shop states, which the title's word gives way to)."""
    if their_condition and their_condition != "new":
        return f'a used listing (the shop states "{word}") against our new product'
    if listing_condition(their_name, their_condition):
        return f'a used listing ("{word}") against our new product'
    return f'our product used ("{word}") against their new listing'


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _numbers_written(texts: Iterable[str | None]) -> list[str]:
    """The numbers a name and size write, sorted."""
    return sorted(_NUMBER.findall(" ".join(t for t in texts if isinstance(t, str))))


class PackBasis(NamedTuple):
    """A pair compared per unit: our pack and theirs in `per` `unit`s (kg, l, piece)."""

    our_pack: Decimal
    their_pack: Decimal
    unit: str
    per: int = 1

    @property
    def name(self) -> str:
        return f"per {self.unit}" if self.per == 1 else f"per {self.per} {self.unit}s"

    def sizes(self) -> tuple[str, str]:
        """Our pack and theirs as a person writes them: ("1 kg", "0.5 kg"), ("1000 pieces", "500 pieces")."""
        def written(pack: Decimal) -> str:
            quantity = (pack * self.per).normalize()
            return f"{quantity:f} {self.unit}" + ("s" if self.unit == "piece" and quantity != 1 else "")
        return written(self.our_pack), written(self.their_pack)


# From a box of this many pieces of ours, a pair is compared per 100 (per 1,000 from 1,000 ...)
# pieces: the price of one screw of a box of 1,000 is a fraction of a cent, which no currency's
# places show ("0.01 EUR per piece against 0.01 EUR per piece" beside "11.1% dearer"). Read from
# our pack alone, so every competitor's listing of one product of ours is compared per the same unit.
MANY_PIECES = 100


def pack_may_differ(status: str | None, method: str | None, ours: Iterable[str | None],
                    theirs: Iterable[str | None]) -> bool:
    """Whether a pair says it is the product without saying it is the pack (`pack_basis`'s `confirmed`): one
    a person confirmed, or one the matcher made on its wording alone (`fuzzy`) whose texts (name, size) write
    other numbers. An identifier (a GTIN, a part number) names one pack; a title alike, or a person's "same
    product", does not. Two texts writing the same numbers ("500 g", "500g") are taken for one pack size
    without reading it: one regex per text, where reading a pack takes three, on 100,000 pairs matched by
    wording, most of them of one size."""
    if status == "confirmed":
        return True
    return status == "matched" and method == "fuzzy" and _numbers_written(ours) != _numbers_written(theirs)


def pack_basis(ours: Iterable[str | None], theirs: Iterable[str | None], *, equivalent: bool,
               confirmed: bool) -> tuple[bool, PackBasis | None]:
    """How a pair is compared on price (the one rule of `pairs_frame` and the product page of `serve`):
    (counted, basis). `ours` and `theirs` are the texts a pack size is read from (name, size).

    A pair the matcher made across pack sizes (`equivalent`) is compared per kg / l / piece, and left out
    (not counted) when either pack size cannot be read. A pair a person confirmed, or one matched on its
    wording alone (`confirmed`: `pack_may_differ`), is compared per unit when its pack sizes differ (our
    1 kg bag against their 500 g one), else on pack price. Any other pair is compared on pack price."""
    from crawlers.promotions import pack_quantity

    if not equivalent and not confirmed:
        return True, None
    our_pack = pack_quantity(" ".join(t for t in ours if t))
    their_pack = pack_quantity(" ".join(t for t in theirs if t))
    if not our_pack or not their_pack or our_pack[1] != their_pack[1] or not our_pack[0] or not their_pack[0]:
        return not equivalent, None  # an equivalent pair is left out; a confirmed one stays compared on pack price
    if not equivalent and our_pack[0] == their_pack[0]:
        return True, None  # one pack size: compared on its price, as it was
    per = 1
    if our_pack[1] == "piece" and our_pack[0] >= MANY_PIECES:
        per = 10 ** (len(str(int(our_pack[0]))) - 1)
    return True, PackBasis(our_pack[0] / per, their_pack[0] / per, our_pack[1], per)
