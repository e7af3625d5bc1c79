"""Whether a product is in stock: schema.org names, visible text in many languages, buy buttons."""

from __future__ import annotations

import re

from crawlers.extraction.page import _SKIP_TAGS, _attrs_text, _clean_text, _in_skipped, _own_text

_IN_STOCK = {"InStock", "LimitedAvailability", "OnlineOnly", "InStoreOnly", "PreSale"}
_OUT_OF_STOCK = {"OutOfStock", "SoldOut", "Discontinued", "BackOrder", "PreOrder", "MadeToOrder", "Reserved"}

# Visible text, several languages; negative phrases are checked first because
# "not available" contains "available".
_OUT_OF_STOCK_TEXT = re.compile(
    r"out[\s-]of[\s-]stock|sold[\s-]?out|not\s+(?:currently\s+)?(?:available|in\s+stock)|unavailable|no\s+longer\s+available|"
    r"currently\s+unavailable|ausverkauft|nicht\s+(?:auf\s+lager|verf[üu]gbar|lieferbar|vorr[äa]tig)|vergriffen|"
    r"[ée]puis[ée]|rupture\s+de\s+stock|indisponible|agotado|sin\s+stock|esaurito|non\s+disponibile|uitverkocht|"
    r"niet\s+(?:op\s+voorraad|leverbaar)|slutsåld|udsolgt|utsolgt",
    re.I,
)
_IN_STOCK_TEXT = re.compile(
    r"\bin[\s-]stock\b|\bavailable\b|ships?\s+(?:today|within|in\s+\d)|auf\s+lager|\bverf[üu]gbar\b|\blieferbar\b|\bvorr[äa]tig\b|"
    r"\ben\s+stock\b|\bdisponible\b|\ben\s+existencia\b|\bdisponibile\b|op\s+voorraad|\bi\s+lager\b|\bp[åa]\s+lager\b",
    re.I,
)
# Words in class / id / itemprop names.
_ADD_TO_CART = re.compile(
    r"add\s+to\s+(?:cart|basket|bag|trolley)|buy\s+now|in\s+den\s+(?:warenkorb|einkaufswagen)|ajouter\s+au\s+panier|"
    r"a[ñn]adir\s+al\s+carrito|aggiungi\s+al\s+carrello|in\s+winkelwagen|add-to-cart|addtocart|add_to_cart",
    re.I,
)


def availability_in_stock(value: object) -> tuple[str | None, bool | None]:
    """A schema.org availability URL, a boolean or visible text -> (schema name, in stock)."""
    if value is None:
        return None, None
    if isinstance(value, bool):
        return ("InStock" if value else "OutOfStock"), value
    text = str(value).strip()
    if not text:
        return None, None
    name = re.sub(r"^.*[/#]", "", text)
    for known in _IN_STOCK | _OUT_OF_STOCK:
        if name.casefold() == known.casefold():
            return known, known in _IN_STOCK
    if _OUT_OF_STOCK_TEXT.search(text):
        return "OutOfStock", False
    if _IN_STOCK_TEXT.search(text):
        return "InStock", True
    return None, None



def _has_add_to_cart(tree) -> bool:
    for el in tree.xpath("//button|//input[@type='submit']|//a|//form"):
        text = _own_text(el) if el.tag != "input" else (el.get("value") or "")
        if _ADD_TO_CART.search(text) or _ADD_TO_CART.search(_attrs_text(el) + " " + (el.get("action") or "")):
            return True
    return False


def _availability_from_page(tree, h1) -> tuple[str | None, bool | None]:
    # Elements named for stock first ("availability", "stock", "inventory").
    for el in tree.xpath(
        "//*[contains(translate(@class,'AVILBSTOCK','avilbstock'),'availab') or contains(translate(@class,'STOCK','stock'),'stock')"
        " or contains(translate(@id,'AVILBSTOCK','avilbstock'),'availab') or contains(translate(@id,'STOCK','stock'),'stock')"
        " or contains(@itemprop,'availability')]"
    ):
        if _in_skipped(el):
            continue
        status, in_stock = availability_in_stock(el.get("href") or el.get("content") or _own_text(el))
        if status is not None:
            return status, in_stock
        status, in_stock = availability_in_stock(el.get("class"))
        if status is not None:
            return status, in_stock
    # Then short texts in the product block.
    scope = h1.getparent() if h1 is not None else tree
    for _ in range(3):
        if scope is not None and scope.getparent() is not None and len(_clean_text(scope.text_content())) < 2000:
            scope = scope.getparent()
    for el in (scope if scope is not None else tree).iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        text = _clean_text(el.text or "")
        if text and len(text) <= 60:
            if _OUT_OF_STOCK_TEXT.search(text):
                return "OutOfStock", False
            if re.search(r"\bin[\s-]stock\b|auf\s+lager|\blieferbar\b|\ben\s+stock\b|op\s+voorraad", text, re.I):
                return "InStock", True
    for el in tree.xpath("//button[@disabled]"):
        if _ADD_TO_CART.search(_own_text(el)):
            return "OutOfStock", False
    if _has_add_to_cart(tree):
        return "InStock", True
    return None, None

