"""The visible page: the product's title, its price (and was-price) beside it, promotion badges, category."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from crawlers.extraction.availability import _availability_from_page, _has_add_to_cart, availability_in_stock
from crawlers.extraction.identifiers import _labelled_values
from crawlers.extraction.page import (
    _SKIP_TAGS,
    _STRUCK_TAGS,
    _ancestors,
    _attrs_text,
    _clean_text,
    _document_order,
    _in_link,
    _in_skipped,
    _is_struck,
    _main_heading,
    _own_text,
)
from crawlers.extraction.prices import _AMBIGUOUS_SYMBOLS, _PRICE_IN_TEXT, _currency_code, parse_price_text
from storecheck.models import normalise_gtin

_PRICE_WORD = re.compile(r"price|preis|prix|prezzo|precio|prijs|cena|pris\b|amount", re.I)
_NOT_MAIN_PRICE_WORD = re.compile(r"unit|per[-_]|base[-_]?price|grundpreis|shipping|saving|save|discount|range|from|label|filter|excl", re.I)


def _price_candidates(tree, decimal_separator: str | None) -> tuple[list, list]:
    """(main price elements, was-price elements) with their parsed amounts, in document order."""
    main, regular = [], []
    seen = set()
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        attrs = _attrs_text(el)
        struck_tag = el.tag in _STRUCK_TAGS
        if not (struck_tag or _PRICE_WORD.search(attrs)):
            continue
        if _in_skipped(el):
            continue
        text = _own_text(el)
        if not text or len(text) > 60 or not re.search(r"\d", text):
            content = el.get("content") or el.get("data-price") or el.get("value")
            if content and re.search(r"\d", content):
                text = content
            else:
                continue
        if any(a in seen for a in _ancestors(el)):
            continue  # inside a price already taken
        struck = struck_tag or _is_struck(el)
        # A wrapper with two prices inside (was + now) is read through its children.
        if len(_PRICE_IN_TEXT.findall(text)) > 1:
            continue
        amount, symbol = parse_price_text(text, decimal_separator)
        if amount is None:
            continue
        if not struck and _NOT_MAIN_PRICE_WORD.search(el.get("class", "") + " " + el.get("id", "")):
            continue
        if not struck and re.search(r"/\s*(?:kg|g|l|ml|100\s*g|100\s*ml|stk|piece|unit)\b|\bper\b|\bje\b", text, re.I):
            continue  # a unit price
        entry = (el, amount, symbol)
        (regular if struck else main).append(entry)
        seen.add(el)
    return main, regular


def _text_price_candidates(tree, decimal_separator: str | None) -> list:
    """Prices written with a currency in plain text, for pages without price classes."""
    found = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or _in_skipped(el):
            continue
        text = _clean_text(el.text or "")
        if text and len(text) <= 30 and _PRICE_IN_TEXT.fullmatch(text):
            amount, symbol = parse_price_text(text, decimal_separator)
            if amount is not None:
                found.append((el, amount, symbol))
    return found


def _listing_price(price_el, h1) -> bool:
    """True when the price sits in a product tile of a listing rather than beside the page's h1."""
    if _in_link(price_el):
        return True
    for ancestor in _ancestors(price_el):
        if h1 is not None and h1 in ancestor.iter():
            return False
        if ancestor.xpath(".//a[@href and not(starts-with(@href, '#')) and not(starts-with(@href, 'javascript'))]"):
            return True
    return False


def _from_visible(tree, *, decimal_separator: str | None = None) -> dict | None:
    h1 = _main_heading(tree)
    order = _document_order(tree)
    main, regular = _price_candidates(tree, decimal_separator)
    if not main:
        main = [c for c in _text_price_candidates(tree, decimal_separator) if not _is_struck(c[0])]
    h1_pos = order.get(h1, -1) if h1 is not None else -1
    after = [c for c in main if order[c[0]] > h1_pos and not _listing_price(c[0], h1)]
    labels = _labelled_values(tree)
    name = _own_text(h1) if h1 is not None else None
    if not after:
        if not name or not (labels.get("sku") or labels.get("upc") or labels.get("ean") or _has_add_to_cart(tree)):
            return None
        chosen = None
    else:
        chosen = after[0]
    if name is None:
        title = tree.xpath("string(//title)").strip()
        name = re.split(r"\s+[|\-–—]\s+", title)[0] if title else None
    if not name:
        return None
    result: dict[str, Any] = {"name": name, "source": "html"}
    if chosen is not None:
        el, amount, symbol = chosen
        result["price"] = amount
        result["_currency_symbol"] = symbol
        result["currency"] = _currency_code(symbol) if symbol and symbol.strip() not in _AMBIGUOUS_SYMBOLS else None
        was = _nearest_regular(el, regular, order, h1_pos) or _labelled_regular(el, decimal_separator)
        if was is not None and was > amount:
            result["regular_price"] = was
    availability = labels.get("availability")
    status, in_stock = availability_in_stock(availability) if availability else (None, None)
    if status is None:
        status, in_stock = _availability_from_page(tree, h1)
    result["availability"] = status
    result["in_stock"] = in_stock
    sku = labels.get("sku")
    codes = [labels.get(k) for k in ("ean", "upc", "gtin", "isbn") if labels.get(k)]
    result["sku"] = sku or (codes[0] if codes else None)
    result["gtin"] = next((g for g in (normalise_gtin(c) for c in codes + ([sku] if sku else [])) if g), None)
    result["mpn"] = labels.get("mpn")
    result["brand"] = labels.get("brand")
    result["category"] = _breadcrumb_category(tree, name)
    image = tree.xpath("string((//meta[@property='og:image']/@content)[1])").strip()
    if not image and h1 is not None:
        for ancestor in _ancestors(h1)[:4]:
            src = ancestor.xpath("string((.//img/@src)[1])").strip()
            if src:
                image = src
                break
    result["image"] = image or None
    result["promotion_text"] = _promotion_text(tree, h1, order)
    return result


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
            isinstance(d.tag, str) and (d.tag in _STRUCK_TAGS or _PRICE_WORD.search(_attrs_text(d)) or d.tag in ("p", "div", "ul"))
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


def _nearest_regular(el, regular: list, order: dict, h1_pos: int) -> Decimal | None:
    """A struck-through price in the same price block as the chosen price."""
    for ancestor in _ancestors(el)[:3]:
        for candidate, amount, _ in regular:
            if candidate in ancestor.iter():
                return amount
    position = order[el]
    near = [c for c in regular if order[c[0]] > h1_pos and abs(order[c[0]] - position) <= 6]
    return near[0][1] if near else None


def _labelled_regular(el, decimal_separator: str | None) -> Decimal | None:
    """'Was: £3.00' / 'Regular price: $179.99' written beside the price."""
    for ancestor in _ancestors(el)[:2]:
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


def _breadcrumb_category(tree, name: str | None) -> str | None:
    crumbs = tree.xpath(
        "(//*[contains(translate(@class,'BREADCRUMB','breadcrumb'),'breadcrumb') or @aria-label='breadcrumb' or @aria-label='Breadcrumb'])[1]"
    )
    if not crumbs:
        return None
    items = [_own_text(a) for a in crumbs[0].xpath(".//a")]
    items = [t for t in items if t and t.casefold() not in ("home", "start", "startseite", "accueil", "inicio")]
    if name:
        items = [t for t in items if t != name]
    return " > ".join(items) if items else None

