"""A candidate amount and its score.

Every candidate keeps its points with their reasons (`Candidate.add`), so
`storecheck extract --explain` shows why the winner won and
`bench/extract_eval.py --rules` can drop one reason's points. `_score` adds the
points of where and how it is shown; `_near` says which candidates stand
beside each other (one block, one short table, a few levels apart).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from crawlers.extraction.page import _ancestors
from crawlers.extraction.price_candidates import regions as _regions
from crawlers.extraction.price_candidates import words as _words


LOWEST_PRICE = "a lowest price of several ('from'), not one product's price"


@dataclass
class Candidate:
    """One amount the page shows, with what speaks for and against it being the price."""

    element: object
    amount: Decimal
    symbol: str | None
    text: str
    position: int
    struck: bool = False
    lowest: bool = False  # "From £5": the lowest of several prices
    named_only: bool = False  # struck by nothing but a class or id's name (no tag, style or words)
    letter_sign: bool = False  # its sign a lone letter the competitor's currency settled (`amount_text.letter_sign`)
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)

    def add(self, points: float, reason: str) -> None:
        self.score += points
        self.reasons.append(f"{points:+.1f} {reason}")


@dataclass
class PriceReading:
    """The winner (or None), its was-price, and every candidate considered, best first."""

    chosen: Candidate | None
    regular: Candidate | None
    candidates: list[Candidate]
    left_out: list[tuple[str, str]]  # (text, why) of amounts that were not candidates


def _score(c: Candidate, el, named: bool, named_above: bool, from_attribute: bool,
           title_chain: set, title_pos, buy_chain: set, block, in_block: set) -> None:
    if c.symbol:
        c.add(2, f"currency written ({c.symbol.strip()})")
    if "price" in el.get("itemprop", ""):
        c.add(3, "itemprop=price")
    elif named:
        c.add(2, "named a price")
    elif named_above:
        c.add(1, "inside an element named a price")
    if from_attribute:
        c.add(-1, "read from an attribute, not shown")
    if block is not None:
        if el in in_block:
            c.add(3, "in the product's block (title and buy button)")
    if title_pos is not None:
        distance = c.position - title_pos
        if distance < 0:
            c.add(-1, "before the product's title")
        else:
            c.add(-min(distance / 150, 3), f"{distance} elements after the title")  # a screen or two away is far
    if buy_chain and _regions._common_depth(el, buy_chain, 4) is not None:
        c.add(1, "beside the buy button")
    cls = el.get("class", "") + " " + el.get("id", "")
    if el.tag in ("h2", "h3", "h4", "strong", "b") or _words._PROMINENT_WORD.search(cls):
        c.add(1, "shown prominently")
    if el.tag == "small" or _words._SMALL_WORD.search(cls):
        c.add(-1, "small print")


def _near(a: Candidate, b: Candidate) -> bool:
    """Two amounts shown together: in the same small container, a few elements apart, or in rows of one
    short table (a theme's table of the product's facts: "판매가 <strike>49,000원</strike>" and "할인판매가
    39,200원" two rows apart, Cafe24's; a price row between them holds a dozen elements)."""
    return (abs(a.position - b.position) <= 8 or _regions._common_depth(a.element, _regions._chain(b.element), 3) is not None
            or _table_of(a.element) is _table_of(b.element) is not None
            or _list_of(a.element) is _list_of(b.element) is not None)


def _table_of(el):
    """The short table (at most a dozen rows) whose row holds the element, or None."""
    row = next((node for node in [el, *_ancestors(el, 4)] if node.tag == "tr"), None)
    table = next((node for node in _ancestors(row, 3) if node.tag == "table"), None) if row is not None else None
    return table if table is not None and len(table.xpath("./tr|./*/tr")) <= 12 else None


def _list_of(el):
    """The short list (at most a dozen items) whose item holds the element, or None: a list of the product's facts
    written as rows, as a short table's ('Retail Price' in one item, 'Sell Price' in the next, each amount four
    levels down its item: Qoo10's)."""
    item = next((node for node in [el, *_ancestors(el, 4)] if node.tag == "li"), None)
    items = item.getparent() if item is not None else None
    return items if items is not None and items.tag in ("ul", "ol") and len(items.findall("li")) <= 12 else None

