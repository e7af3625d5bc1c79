"""Listing pages told from product pages by the page itself, where extraction read a product off the visible page.

Extraction reads a page without structured data by its title and the price beside it. On a category
page of two cards the title is the category's ("Dla kotów") and the price beside it the first card's:
a "product" named after the category, which moves whenever one of its cards does (a second, false
price alert) and swells the shop's range. Three cards or more are already read as tiles of other
products; two are "as often a layout as a list" there, so the question is asked here, of the one
reading extraction gave, with what only a listing shows:

- product cards: two or more alike siblings (one tag and class), none holding the page's title,
  each showing an amount and linking to a page of the shop other than this one, each a page of its
  own (no two cards link the same page);
- the amount read as the page's price stands inside one of those cards and nowhere else on the page;
  or, read without a price (the cards' amounts all inside their links), the page shows no button
  outside its cards (a product page in catalogue mode shows one);
- and the reading names no id of its own and no stock state of its own (a sold-out product page read at a
  card's price says "out of stock" of itself).

A product page that shows "customers also bought" cards shows its own price outside them, in its own
block, so it keeps its product whatever the cards hold and however many there are. No word, class
name or count of a theme is read: the cards are found by their repetition, the price by where it
stands.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

from crawlers.extraction.prices import parse_price_text

# The sources of an offer read off the visible page (extraction's "html", with what script state filled in).
VISIBLE_SOURCES = ("html", "html+inline-state")

# Text no visitor reads as the page's: scripts, styles, templates, the document's <title>.
_UNREAD = {"script", "style", "template", "noscript", "title", "head"}
# Text short enough to be one amount with its sign and a word ("Cena: 20,49 zł"), read whole where a
# shop splits a price into spans ("20<sup>49</sup>").
_AMOUNT_TEXT = 40
# Links a card holds besides its product's: its buy, wish-list and compare buttons. More distinct pages
# than this and the element is a section of the page, not one product's card.
_CARD_LINKS = 3


def listing_cards(tree: Any, page_url: str, offer: Mapping[str, Any], decimal_separator: str | None = None) -> list[str]:
    """The URLs of the product cards of a listing page whose one visible offer is one of its cards' (its
    price shown only inside a card; or no price, no id and no button outside the cards), in page order;
    [] for a product page. `tree` is the page's lxml document, `offer` what extraction read from it."""
    price = offer.get("price")
    if offer.get("source") not in VISIBLE_SOURCES:
        return []
    # A product's own signs: an id read as its own, a stock state it says of itself ("chwilowo niedostępny"):
    # a sold-out product page that shows no price of its own but two "similar products" cards is read at a
    # card's price, and is no listing (review R4).
    if any(offer.get(field) for field in ("sku", "gtin", "mpn")) or offer.get("in_stock") is False:
        return []
    cards = product_cards(tree, page_url, offer.get("name"))
    if len(cards) < 2:
        return []
    if price is None:
        # Read without a price (every amount of the page is inside the cards' links): a product page in
        # catalogue mode says it is one with an id of its own (above) or a buy button of its own; a listing has
        # neither outside its cards.
        return [] if _button_outside(tree, cards) else list(dict.fromkeys(cards.values()))
    return list(dict.fromkeys(cards.values())) if _shown_only_inside(tree, cards, Decimal(str(price)), decimal_separator) else []


def lone_card(tree: Any, page_url: str, offer: Mapping[str, Any], decimal_separator: str | None = None) -> list[str]:
    """The page a listing's one product card links, for a page the crawl reached by a listing's "next page" link
    (a category's last page, one card); [] for a product page. One card shows no repetition to tell it from a
    product page's one related product, so this is asked only where the crawl already knows the page continues
    a listing: one visible reading, with no id or stock state of its own, whose price stands only inside one
    element that links one other page of the shop and does not hold the page's title."""
    price = offer.get("price")
    if offer.get("source") not in VISIBLE_SOURCES or price is None:
        return []
    if any(offer.get(field) for field in ("sku", "gtin", "mpn")) or offer.get("in_stock") is False:
        return []
    price = Decimal(str(price))
    digits = _digits(price)
    titled, base, here, chrome = _page_parts(tree, page_url, offer.get("name"))
    unread = {node for part in tree.iter(*_UNREAD) for node in part.iter()}
    card, target = None, None
    for element in tree.iter():
        if not isinstance(element.tag, str) or element in unread or element in chrome \
                or price not in _amounts(element, (decimal_separator,), digits):
            continue
        # The smallest part around the amount that links another page: a card; reaching the page's title first,
        # the amount is the page's own.
        for node in (element, *element.iterancestors()):
            if node in titled or node.tag in ("body", "html"):
                return []
            if (linked := _card_target(node, page_url, base, here)) is not None:
                break
        if card is not None and node is not card:
            return []  # shown in two places: no one card's
        card, target = node, linked
    if card is None or target is None or _button_outside(tree, {card: target}):
        return []
    return [target] if _shown_only_inside(tree, {card: target}, price, decimal_separator) else []


def _shown_only_inside(tree: Any, cards: Mapping[Any, str], price: Decimal, decimal_separator: str | None) -> bool:
    """Whether `price` is shown inside one of `cards` and nowhere else on the page."""
    # Only a text whose digits hold the price's own (its significant ones, in order) can show it: the
    # rest of the page is not read for amounts (a third of extraction's time on a page, read whole).
    digits = _digits(price)
    unread = {node for part in tree.iter(*_UNREAD) for node in part.iter()}
    in_cards = {node for card in cards for node in card.iter()}
    inside: set[Decimal] = set()
    for element in in_cards:
        if isinstance(element.tag, str) and element not in unread:
            inside |= _amounts(element, (decimal_separator,), digits)
    if price not in inside:
        return False
    around_cards = {node for card in cards for node in card.iterancestors()}
    for element in tree.iter():
        if not isinstance(element.tag, str) or element in unread or element in in_cards:
            continue
        # Outside the cards every reading of a number counts (its decimal mark either way): a product
        # page's own price missed there would make its page a listing, and its product look delisted.
        # A part of the page around the cards: only its own texts (a heading, a total) are outside.
        if price in _amounts(element, (decimal_separator, ",", "."), digits, whole=element not in around_cards):
            return False
    return True


def _digits(price: Decimal) -> str:
    """The significant digits of an amount, in order: a text that shows it holds them."""
    return format(price.normalize(), "f").replace(".", "").strip("0") or "0"


def _button_outside(tree, cards: Mapping) -> bool:
    """Whether the page shows a button (or a form's submit) outside its cards and its chrome."""
    kept = {node for card in cards for node in card.iter()}
    kept.update(node for part in tree.iter(*_CHROME) for node in part.iter())
    for button in tree.xpath("//button | //input[@type='submit' or @type='button' or @type='image']"):
        if button not in kept:
            return True
    return False


def product_cards(tree: Any, page_url: str, name: str | None = None) -> dict[Any, str]:
    """Product cards of a page: element -> the page it links (see the module's docstring), for every
    group of two or more alike siblings that are cards; {} when the page shows none. An element that
    holds the page's title (its <h1>, or the text `name` extraction read as the product's) is no card."""
    found: dict[Any, str] = {}
    titled, base, here, chrome = _page_parts(tree, page_url, name)
    for parent in tree.iter():
        if not isinstance(parent.tag, str) or len(parent) < 2 or parent.tag in _UNREAD or parent in chrome:
            continue
        groups: dict[tuple, list] = {}
        for child in parent:
            if isinstance(child.tag, str):
                groups.setdefault((child.tag, child.get("class")), []).append(child)
        for members in groups.values():
            if len(members) < 2:
                continue
            cards = {}
            for member in members:
                if member in titled:
                    continue
                target = _card_target(member, page_url, base, here)
                if target is not None and _shows_amount(member):
                    cards[member] = target
            # One page a card: two alike rows linking the same page (a product's tabs, its reviews) are no list.
            if len(cards) >= 2 and len(set(cards.values())) == len(cards):
                found.update(cards)
    return found


# The page's chrome: the shop's head and foot, its menus. A listing's cards are its main part.
_CHROME = ("header", "footer", "nav")


def _page_parts(tree: Any, page_url: str, name: str | None) -> tuple[set, str, list[str], set]:
    """What a card is told apart from: the elements holding the page's title (its <h1>, or the text `name`
    extraction read as the product's) and their ancestors, the base URL links are read against, the page's own
    addresses, and its chrome."""
    titles = set(tree.iter("h1"))
    if name:
        wanted = " ".join(name.split())
        titles.update(el for el in tree.iter() if isinstance(el.tag, str) and el.text
                      and " ".join(el.text.split()) == wanted)
    titled = {node for title in titles for node in (title, *title.iterancestors())}
    base = urljoin(page_url, str(tree.xpath("string(//base/@href)")).strip())
    here = [page_url, *_canonical(tree, base)]
    chrome = {node for part in tree.iter(*_CHROME) for node in part.iter()}
    return titled, base, here, chrome


def _canonical(tree, page_url: str) -> list[str]:
    """The page's own address as it states it (its canonical link, its og:url)."""
    found = tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    return [urljoin(page_url, str(url).strip()) for url in found if str(url).strip()]


def _card_target(element, page_url: str, base: str, here: list[str]) -> str | None:
    """The page of the shop a card links (its first link to a page other than this one and the home
    page), or None when it links none, or more pages than a card does."""
    page = urlsplit(page_url)
    targets: list[str] = []
    for link in element.iter("a"):
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = urljoin(base, href)
        parts = urlsplit(url)
        # (A saved page's links are files beside it: `storecheck extract FILE` reads a listing so too.)
        if (parts.scheme, parts.netloc) != (page.scheme, page.netloc) or parts.path.strip("/") == "":
            continue
        if any(_same_page(url, page) for page in here):
            continue
        if url not in targets:
            targets.append(url)
    if not targets or len(targets) > _CARD_LINKS:
        return None
    return targets[0]


def _same_page(url: str, page: str) -> bool:
    """`url` is `page`, or `page` under more query parameters (another seller's offer of the product,
    `?merchantId=…`; a variant, `?variant=…`): a product's own page under one of its choices."""
    a, b = urlsplit(url), urlsplit(page)
    if (a.netloc, a.path.rstrip("/")) != (b.netloc, b.path.rstrip("/")):
        return False
    return set(parse_qsl(b.query, keep_blank_values=True)) <= set(parse_qsl(a.query, keep_blank_values=True))


def _shows_amount(element) -> bool:
    return any(any(ch.isdigit() for ch in text) for text in element.itertext())


_NUMBER = re.compile(r"\d(?:[\d.,'\u00a0\u202f]*\d)?")


def _amounts(element, separators: tuple, digits: str, whole: bool = True) -> set[Decimal]:
    """The amounts an element's own texts show, every number in them, and its whole text where it is
    short enough to be one amount (`whole`), each read with each of `separators` as the decimal mark;
    only texts whose digits hold `digits` are read."""
    texts = [t for t in (element.text, *(child.tail for child in element)) if t and _holds(t, digits)]
    found: set[Decimal] = set()
    for text in texts:
        for number in _NUMBER.findall(text):
            if _holds(number, digits):
                for separator in separators:
                    amount, _ = parse_price_text(number, separator)
                    if amount is not None:
                        found.add(amount)
    if whole and (text := _short_text(element)) and _holds(text, digits):
        for separator in separators:
            amount, _ = parse_price_text(text, separator)
            if amount is not None:
                found.add(amount)
    return found


def _short_text(element) -> str | None:
    """The element's whole text when it is short enough to be one amount, else None (read only that far:
    the body's text is not gathered to be found long, once for each of its parts)."""
    parts, length = [], 0
    for text in element.itertext():
        parts.append(text)
        length += len(text)
        if length > 4 * _AMOUNT_TEXT:
            return None
    text = " ".join("".join(parts).split())
    return text if text and len(text) <= _AMOUNT_TEXT else None


def _holds(text: str, digits: str) -> bool:
    return digits in "".join(ch for ch in text if ch.isdigit())
