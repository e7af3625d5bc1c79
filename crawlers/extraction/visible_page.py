"""The visible page: the product's title, its price (and was-price) beside it, stock, promotion badges, category.

Used for what structured data leaves empty, and alone on pages without any.
The price is read by `price_candidates` (every amount shown, scored); the
title and buy button by `landmarks`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from crawlers.extraction.availability import (_availability_from_page, _buy_button_on, _hidden_by_style,
                                              another_products_buy_button, availability_in_stock,
                                              buy_button_switched_off, unavailable_for_a_way_of_getting_it)
from crawlers.extraction.identifiers import _labelled_values
from crawlers.extraction.landmarks import buy_button, main_title
from crawlers.extraction.page import (
    _SKIP_TAGS,
    _STRUCK_TAGS,
    _ancestors,
    _attrs_text,
    _clean_text,
    _document_order,
    _elements,
    _in_link,
    _in_skipped,
    _own_text,
)
from crawlers.extraction.price_candidates import read_price
from crawlers.extraction.price_candidates.regions import product_tiles
from crawlers.extraction.price_candidates.scoring import LOWEST_PRICE, PriceReading
from crawlers.extraction.price_candidates.words import PRICE_WORD
from crawlers.extraction.prices import _currency_code, in_currency_units, parse_price_text
from storecheck.models import normalise_gtin


def read_visible(tree, *, decimal_separator: str | None = None, currency: str | None = None) -> tuple[dict | None, PriceReading]:
    """The product as the visible page shows it (None when it shows none), and how its price was chosen;
    `currency` (the competitor's) makes a lone letter that can mean it a sign ("K7,299.00" in kina)."""
    order = _document_order(tree)
    title = main_title(tree)
    buy = buy_button(tree, title, order)
    reading = read_price(tree, title, buy, order, decimal_separator, currency)
    labels = _labelled_values(tree)
    name = _own_text(title) if title is not None else None
    if reading.chosen is None and not (name and _product_without_price(tree, labels, buy)):
        return None, reading
    if name is None:
        page_title = tree.xpath("string(//title)").strip()
        name = re.split(r"\s+[|\-–—]\s+", page_title)[0] if page_title else None
    if not name:
        return None, reading
    result: dict[str, Any] = {"name": name, "source": "html"}
    chosen = reading.chosen
    if chosen is not None:
        result["price"] = chosen.amount
        # A lone letter is a sign only for the currency that made it one: the competitor's, settled as before.
        symbol = None if chosen.letter_sign else chosen.symbol
        result["_currency_symbol"] = symbol
        result["currency"] = _currency_code(symbol, currency)  # None for a sign several currencies share: settled at the end
        was = reading.regular.amount if reading.regular is not None else _labelled_regular(chosen.element, decimal_separator)
        if was is not None and was > chosen.amount:
            result["regular_price"] = was
        in_currency_units(result, symbol)  # tomans as rials
    elif any(why == LOWEST_PRICE for _, why in reading.left_out):
        result["price_left_out"] = next(f"{text!r} is {why}" for text, why in reading.left_out if why == LOWEST_PRICE)
    availability = labels.get("availability")
    status, in_stock = availability_in_stock(availability) if availability else (None, None)
    if status is None:
        status, in_stock = _availability_from_page(tree, title, buy)
    result["availability"] = status
    result["in_stock"] = in_stock
    # Structured data's "in stock" yields only to a page that offers no buy button of the product's own (none,
    # one switched off with no choice pending, or only another product's in a list after it) and says the
    # product itself is unavailable (`extraction._prefer_shown_out_of_stock`).
    result["_no_buy_button"] = (buy is None or buy_button_switched_off(buy, title)
                                or another_products_buy_button(buy, title)) and not (
        in_stock is False and unavailable_for_a_way_of_getting_it(tree, title, buy))
    # And its "out of stock" yields to a page that says in stock with its buy button left on
    # (`extraction._prefer_shown_in_stock`).
    result["_buy_button_on"] = in_stock is True and buy is not None and any(
        _buy_button_on(button) and not _hidden_by_style(button)
        for button in ([buy] if buy.tag != "form" else buy.iter("button", "input")))  # a form: the buttons in it
    sku = labels.get("sku")
    codes = [labels.get(k) for k in ("ean", "upc", "gtin", "isbn") if labels.get(k)]
    result["sku"] = sku or (codes[0] if codes else None)
    result["_shown_sku"] = sku
    result["gtin"] = next((g for g in (normalise_gtin(c) for c in codes + ([sku] if sku else [])) if g), None)
    result["mpn"] = labels.get("mpn")
    result["brand"] = labels.get("brand")
    result["category"] = _breadcrumb_category(tree, name)
    image = tree.xpath("string((//meta[@property='og:image']/@content)[1])").strip()
    if not image and title is not None:
        for ancestor in _ancestors(title, 4):
            src = ancestor.xpath("string((.//img/@src)[1])").strip()
            if src:
                image = src
                break
    result["image"] = image or None
    result["promotion_text"] = _promotion_text(tree, title, order)
    return result, reading


def _product_without_price(tree, labels: dict, buy) -> bool:
    """A page that shows a product but no price (a shop in catalogue mode, prices after
    login): it names the product's id ("SKU: ..."), or says it is a product page
    (og:type product, a schema.org Product of its own), or has a buy button of its own while
    showing no list of other products."""
    if labels.get("sku") or labels.get("upc") or labels.get("ean"):
        return True
    if tree.xpath("string((//meta[@property='og:type']/@content)[1])").strip().lower().startswith("product"):
        return True
    if tree.xpath(_PAGE_PRODUCT):
        return True
    return buy is not None and not product_tiles(tree)


# A schema.org Product the page is about: not one held as a fact of another item (an invoice's
# ordered item, a business's catalogue); a product inside a web page's or an offer's markup is.
_PAGE_PRODUCT = (
    "//*[contains(@itemtype, 'schema.org/Product') and not(ancestor::*[@itemscope and not("
    "contains(@itemtype, 'Product') or contains(@itemtype, 'Page') or contains(@itemtype, 'Offer'))])]"
)
_PROMO_ATTR = re.compile(r"promo|badge|offer|deal|discount|sale|saving|flag|sticker|ribbon|aktion|angebot|rabatt|multibuy|bundle", re.I)


def _promotion_text(tree, h1, order: dict) -> str | None:
    """A promotion badge or line in the product block ("3 for 2", "Save 20%", "Clubcard price")."""
    from crawlers.promotions import parse_promotion

    h1_pos = order.get(h1, -1) if h1 is not None else -1
    fallback = None
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or order.get(el, 0) < h1_pos:
            continue
        if not _PROMO_ATTR.search(el.get("class", "") + " " + el.get("id", "")):
            continue
        if _in_skipped(el) or _in_link(el):
            continue
        if any(
            isinstance(d.tag, str) and (d.tag in _STRUCK_TAGS or PRICE_WORD.search(_attrs_text(d)) or d.tag in ("p", "div", "ul"))
            for d in el.iterdescendants()
        ):
            continue  # a block holding prices or paragraphs, not a badge
        text = _own_text(el)
        if not text or len(text) > 120:
            continue
        promotion = parse_promotion(text)
        if promotion is None:
            continue
        if promotion.type != "sale":
            return text
        fallback = fallback or text
    return fallback


def _labelled_regular(el, decimal_separator: str | None) -> Decimal | None:
    """'Was: £3.00' / 'Regular price: $179.99' written beside the price."""
    for ancestor in _ancestors(el, 2):
        text = _clean_text(ancestor.text_content())
        match = re.search(
            r"(?:was|regular\s+price|reg\.|list\s+price|rrp|msrp|uvp|statt|vorher|bisher|prix\s+barr[ée])\s*:?\s*"
            r"((?:[€$£¥]|[A-Z]{3})?\s*\d[\d.,]*\s*(?:[€$£¥]|[A-Z]{3})?)",
            text,
            re.I,
        )
        if match:
            amount, _ = parse_price_text(match.group(1), decimal_separator)
            if amount is not None:
                return amount
    return None


_BREADCRUMB_CASE = str.maketrans("BREADCRUMB", "breadcrumb")


# The first crumb of a trail, the shop's home page, in the languages shops write it: never a category.
_HOME_CRUMBS = {"home", "start", "startseite", "accueil", "inicio", "strona główna", "página inicial", "pagina iniziale",
                "homepage", "home page", "etusivu", "forside", "hjem", "hem", "главная", "головна", "anasayfa", "首页",
                "首頁", "ホーム", "홈", "trang chủ", "beranda", "domů", "úvod", "kezdőlap", "αρχική", "acasă",
                "početna", "naslovnica", "avaleht", "sākums", "pradžia", "forsíða", "startsida", "főoldal"}
# A trail's separator between two crumbs, written as text: "Strona główna » Dla psów", "Home › Garden", "Home / Tools".
_TRAIL_SEPARATOR = re.compile(r"\s[»›>/→]\s|[»›→]")
_TRAIL_TAGS = ("nav", "ol", "ul", "div", "p")


def _breadcrumb_category(tree, name: str | None) -> str | None:
    crumbs = next((
        el for el in _elements(tree)
        if "breadcrumb" in el.get("class", "").translate(_BREADCRUMB_CASE) or el.get("aria-label") in ("breadcrumb", "Breadcrumb")
    ), None)
    if crumbs is None:
        crumbs = _unnamed_trail(tree)
    if crumbs is None:
        return None
    items = [_without_home_crumb(_own_text(a)) for a in crumbs.xpath(".//a")]
    items = [t for t in items if t and t.casefold() not in _HOME_CRUMBS]
    if name:
        items = [t for t in items if t != name]
    return " > ".join(items) if items else None


def _without_home_crumb(text: str) -> str:
    """A link's text without the home page's crumb written first in it ("Home / All Products", Wix's one link):
    the rest is the crumb. A link in two languages ("Duodji / Slöjd") stays whole."""
    parts = _TRAIL_SEPARATOR.split(text, maxsplit=1)
    return parts[1].strip() if len(parts) == 2 and parts[0].strip().casefold() in _HOME_CRUMBS else text


def _unnamed_trail(tree):
    """A breadcrumb trail no class or label names: a short element whose text begins with the home page's crumb
    (`_HOME_CRUMBS`, as text or a link) and goes on past a separator written as text to links
    ("<nav>Strona główna » <a href='/kategoria/psy'>Dla psów</a></nav>", a Polish shop's template), or None.
    A menu ("Home Shop About": no separator) is none. Only elements whose own first text is a home crumb are
    looked at, and the two above them: the page's other elements cost one comparison each."""
    for el in _elements(tree):
        own = el.text
        if not own or len(own) > 200 or _TRAIL_SEPARATOR.split(own, maxsplit=1)[0].strip().casefold() not in _HOME_CRUMBS:
            continue
        for trail in (el, *_ancestors(el, 2)):
            if trail.tag in _TRAIL_TAGS and _a_trail(trail):
                return trail
    return None


def _a_trail(el) -> bool:
    links = el.xpath(".//a")
    if not links or len(links) > 8 or next(el.iterancestors("header", "footer"), None) is not None:
        return False
    text = _clean_text(el.text_content())
    if len(text) > 200:
        return False
    first = _TRAIL_SEPARATOR.split(text, maxsplit=1)
    return len(first) == 2 and first[0].strip().casefold() in _HOME_CRUMBS and _down_one_path(links)


def _down_one_path(links) -> bool:
    """Whether the crumbs' links go down one path of the site, each under the one before ('/kuchnia.html',
    '/kuchnia/kawa.html'), as a trail's do, and not across it: a menu's or a footer's links are siblings ('/shop',
    '/about-us', '/contact'; '/privacy', '/terms'; review R4 of the thirty-third session). One link must lie below
    a section of the site ('/kategoria/psy'), not be a page of its own at the top ('/shop')."""
    paths = []
    for a in links:
        if _own_text(a).strip().casefold() in _HOME_CRUMBS:
            continue
        segments = [part for part in urlsplit(a.get("href") or "").path.split("/") if part]
        if not segments:
            return False
        segments[-1] = segments[-1].split(".", 1)[0]
        paths.append(segments)
    if not paths:
        return False
    if len(paths) == 1:
        return len(paths[0]) >= 2
    return all(later[:len(earlier)] == earlier and len(later) > len(earlier) for earlier, later in zip(paths, paths[1:]))

