"""Which amounts are former prices.

A reduction badge ("-20 %") or a saving ("Save £5") that two amounts bear
out strikes the higher of them; a price named former beside a former price
the page states is one; and the struck amount beside the winner, higher than
it, is the winner's was-price (`_was_price`), unless it is in another
currency.
"""

from __future__ import annotations

import re
from decimal import Decimal

from crawlers.extraction.page import _ancestors
from storecheck.money import sign_currencies
from crawlers.extraction.price_candidates import amount_text as _amounts
from crawlers.extraction.price_candidates import scoring as _scoring
from crawlers.extraction.price_candidates import words as _words


# A reduction shown as a badge: "-41%", "44% off", "18%", "Risparmia 20%", "−44%", "%19" (Turkish writes the sign first).
_REDUCTION = re.compile(r"(?<![\d.,])[-−–]?\s*(\d{1,2}(?:[.,]\d)?)\s*%|%\s*(\d{1,2})(?![\d.,])")


def _reduction_shown(text: str) -> Decimal | None:
    """The percentage of a short text that is a reduction's badge and nothing else with a number, or None."""
    if len(text) > 24 or len(_amounts._NUMBER_GROUP.findall(text)) != 1:
        return None
    match = _REDUCTION.search(text)
    return Decimal((match.group(1) or match.group(2)).replace(",", ".")) if match else None


def _strike_by_reduction(candidates: list[_scoring.Candidate], reductions: list[tuple[int, Decimal]]) -> None:
    """Two amounts shown together beside a reduction's badge that they bear out ("Rp459.000", "18%",
    "Rp559.000": 459,000 is 18% below 559,000): the higher is the former price, though only the page's
    CSS strikes it. Marketplaces name their elements by hashed classes (Shopee, Flipkart) or by names
    of their own (Lazada's "deleted", Coupang's "origin"), so no class word reaches them; the badge's
    arithmetic is the page's own statement of which amount was before, in any language or markup. A
    badge rounds or truncates its figure, so within one point. The badge stands by the higher amount,
    a few elements from it and no farther from it than from the lower (between the two, it is the
    reduction from one to the other): one that stands by the lower says what that
    one saves on the other, a way of paying ("R$ 1.099,00 à vista (8% de desconto)", "Havale/EFT ile
    1.234,91 TL (%5 indirimli)") or a quantity ("Buy 3 for £57.60 each and save 10%"), and the higher is
    still the price."""
    current = [c for c in candidates if not c.struck and not c.lowest]
    reductions = _reductions_left(reductions, candidates, current)
    for low in current:
        for high in current:
            if high.struck or high.amount <= low.amount or not _scoring._near(low, high):
                continue
            share = (high.amount - low.amount) * 100 / high.amount
            shown = next((p for position, p in reductions if abs(share - p) < 1
                          and abs(position - high.position) <= min(abs(position - low.position), 8)), None)
            if shown is not None:
                high.struck = True
                high.reasons.append(f"a former price: the reduction shown beside it ({shown}%) is the one to {low.text!r}")


def _price_named_former(candidates: list[_scoring.Candidate]) -> None:
    """An amount former by its name alone ("js-original_price", Alkosto's id for its price; "original" is
    also the price before a card's discount in Latin American shops) beside a higher amount the page states
    is former (its words, "Antes $2.299.900", or a strike), with no lower amount beside it that it could be
    the former price of: the page shows one former price per price, and the words a person reads outrank
    the name a shop gives an element, so the named one is the price. A lower amount beside it (the price
    beside an RRP and a former price) keeps it former."""
    for low in candidates:
        if not (low.struck and low.named_only) or low.lowest:
            continue
        stated = next((c for c in candidates if c.struck and not c.named_only and c.amount > low.amount
                       and _scoring._near(low, c)), None)
        # Beside it as seen from it: its own small container, not one far up the page that holds both.
        if stated is None or any(not c.struck and not c.lowest and c.amount < low.amount and _scoring._near(low, c)
                                 for c in candidates):
            continue
        low.struck = False
        low.reasons.append(f"named a former price, but beside a former price the page states ({stated.text!r}) "
                           f"and no lower price: the price")


def _reduction_between(reductions: list[tuple[int, Decimal]], low: _scoring.Candidate, high: _scoring.Candidate):
    share = (high.amount - low.amount) * 100 / high.amount
    return next(((position, p) for position, p in reductions if abs(share - p) < 1
                 and abs(position - high.position) <= min(abs(position - low.position), 8)), None)


def _reductions_left(reductions: list[tuple[int, Decimal]], candidates: list[_scoring.Candidate],
                     current: list[_scoring.Candidate]) -> list[tuple[int, Decimal]]:
    """The badges not already borne out by a former price the page shows and a price beside it: "-21 %"
    by "189 990 Ft" (named former) and "149 990 Ft" says nothing more, though the price without Hungary's
    27% VAT below ("118 102 Ft") is 21% less again. One badge states one reduction."""
    used = set()
    for high in candidates:
        if not high.struck or high.lowest:
            continue
        for low in current:
            if low.amount < high.amount and _scoring._near(low, high) and (found := _reduction_between(reductions, low, high)):
                used.add(found)
    return [r for r in reductions if r not in used]


def _strike_by_saving(candidates: list[_scoring.Candidate], shown: list[tuple[int, Decimal]]) -> None:
    """Two amounts shown together beside a third that is their difference to the cent ("Ovh. 599,00 €",
    "449,90 €", "Säästä 149,10 €"): the third is what the buyer saves, and the higher of the two is the
    former price, whatever word the shop labels it with ("Ovh.", "Stara cena", "Įprasta kaina", "Antes")
    and however its CSS strikes it. Shops print the saving beside a reduction in every language (you save,
    Säästä, Ušteda, Ahorras, Poupe, Spara, وفر); the arithmetic is the page's own statement of which amount
    was before, as a reduction's badge is (`_strike_by_reduction`). The three stand within a few elements of
    each other: of three amounts one of which is the sum of the other two, any two are a pair whose
    difference is shown, so one far from the pair it completes (a gift card's amount in the description)
    says nothing of them."""
    current = [c for c in candidates if not c.struck and not c.lowest]
    where: dict[Decimal, list[int]] = {}
    for position, amount in shown:
        where.setdefault(amount, []).append(position)
    for low in current:
        for high in current:
            if high.struck or high.amount <= low.amount:
                continue
            positions = where.get(high.amount - low.amount)
            if not positions or not any(position not in (low.position, high.position)
                                        and max(abs(position - low.position), abs(position - high.position)) <= 8
                                        for position in positions) or not _scoring._near(low, high):
                continue
            saving = high.amount - low.amount
            high.struck = True
            high.reasons.append(f"a former price: the saving shown beside it ({saving}) is the difference to {low.text!r}")


# The price a product normally sells at, by the names themes give it: PrestaShop's "regular-price",
# Zen Cart's "normalprice", Shoptet's "price-standard" (each struck by CSS only); only the forms seen on
# pages ("standard price" beside a member's price is what a loyalty shop charges everyone else).
_REGULAR_WORD = re.compile(r"regular|normalprice|price-standard", re.I)


def _in_another_currency(amount: _scoring.Candidate, price: _scoring.Candidate) -> bool:
    """Whether an amount is written in a currency the price is not: signs that can mean no currency in common
    ("(349,99 лв.)" beside "127,82 €"). A page that prices in two currencies (Bulgaria's euro with the leva
    beside it through the change, as Croatia's kuna was; a shop that shows a converted price) shows the
    former price in both, and the price's former price is the one in its currency; a sign that names no
    currency known says nothing."""
    if not amount.symbol or not price.symbol:
        return False
    theirs, ours = sign_currencies(amount.symbol), sign_currencies(price.symbol)
    return bool(theirs) and bool(ours) and not theirs & ours


def _was_price(chosen: _scoring.Candidate, struck: list[_scoring.Candidate], others: list[_scoring.Candidate] = ()) -> _scoring.Candidate | None:
    """A struck amount beside the chosen one and higher than it; else one beside it, higher, in an element
    named "regular" (PrestaShop's "regular-price", struck by its CSS): beside another amount shown as the
    price, the regular price is the former one. "Beside it" counts beside any showing of the same amount:
    pages show the price twice (a buy box, a sticky bar, a marketplace's centre column and its offer box),
    and the former price stands by one of them."""
    regular = [c for c in others
               if _REGULAR_WORD.search(" ".join(_words._attrs(a) for a in (c.element, *_ancestors(c.element, 2))))]
    shown = [chosen] + [c for c in others if c is not chosen and c.amount == chosen.amount]
    for group in (struck, regular):
        best, distance = None, None
        for c in group:
            if c is chosen or c.amount <= chosen.amount or _in_another_currency(c, chosen):
                continue
            near = [abs(c.position - s.position) for s in shown if _scoring._near(s, c)]
            if near and (distance is None or min(near) < distance):
                best, distance = c, min(near)
        if best is not None:
            return best
    return None
