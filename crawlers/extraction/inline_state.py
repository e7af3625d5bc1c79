"""Inline JSON state: the product a page's own scripts carry (`__NEXT_DATA__`, `__NUXT__`,
`window.__INITIAL_STATE__`, analytics `dataLayer` product objects, Shopify's `meta`).

Shops built as JavaScript applications ship the product as JSON for their
scripts; the visible HTML may hold no price at all until the script runs. The
state holds many products (related ones, recently viewed), so the one taken is
the one whose name is the page's title (its h1, og:title or <title>); a state
with no such product gives nothing. Analytics objects often carry the price
without tax, so this source only fills what the structured data and the
visible page left empty.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from crawlers.extraction.prices import _currency_code, _price

# Where a script hands its state over: an assignment or a push, then the JSON value.
_STATE_START = re.compile(
    r"(?:__NEXT_DATA__|__NUXT__|__INITIAL_STATE__|__PRELOADED_STATE__|__APOLLO_STATE__|__APP_STATE__|__STATE__|"
    r"dataLayer\.push\(|dataLayer\s*=|\bmeta\s*=|\bproduct(?:Data|JSON|Json)?\s*=)\s*[=:(]?\s*(?=[\[{])"
)
_NAME_KEYS = ("name", "title", "productName", "product_name", "item_name", "displayName")
_PRICE_KEYS = ("price", "salePrice", "sale_price", "currentPrice", "current_price", "finalPrice", "final_price",
               "sellingPrice", "offerPrice", "priceValue", "price_amount", "amount")
# The price with tax, where a state carries it beside the one without (Magento's and Vue Storefront's
# `price` is before tax, `price_incl_tax` what the page shows): shops show consumers the price with tax
# wherever it is added, and where none is both are the same, so the one with tax is read first.
_WITH_TAX_KEYS = ("final_price_incl_tax", "finalPriceInclTax", "price_incl_tax", "priceInclTax", "priceWithTax",
                  "price_with_tax", "grossPrice", "gross_price")
# The former price, read only beside a price of the same kind (with tax beside with tax) and above it.
_REGULAR_WITH_TAX_KEYS = ("original_price_incl_tax", "regular_price_incl_tax", "originalPriceInclTax", "regularPriceInclTax")
_REGULAR_KEYS = ("regular_price", "regularPrice", "original_price", "originalPrice", "list_price", "listPrice",
                 "compare_at_price", "compareAtPrice", "was_price", "wasPrice")
_CENT_KEYS = ("priceInCents", "price_cents", "priceCents", "centAmount", "amountInCents")
_ID_KEYS = ("sku", "productSku", "item_id", "articleNumber", "productId", "product_id", "id")
_WORD = re.compile(r"\w+")
_MAX_SCRIPT = 3_000_000  # characters of one script read; larger state is not a product page's


def state_documents(tree) -> Iterable[Any]:
    """JSON values the page's scripts hold: JSON scripts and the values assigned in scripts."""
    decoder = json.JSONDecoder(strict=False)
    for script in tree.xpath("//script"):
        text = script.text or ""
        if not text or len(text) > _MAX_SCRIPT:
            continue
        kind = (script.get("type") or "").lower()
        if "ld+json" in kind:
            continue  # structured data, read on its own
        if kind == "application/json" or script.get("id") == "__NEXT_DATA__":
            try:
                yield json.loads(text)
            except ValueError:
                pass
            continue
        for match in _STATE_START.finditer(text):
            try:
                value, _ = decoder.raw_decode(text, match.end())
            except ValueError:
                continue  # a JavaScript object literal (unquoted keys, functions) is not read
            yield value


def _products(value: Any, depth: int = 0) -> Iterable[dict]:
    """Dicts that look like a product: a name and a price."""
    if depth > 40:
        return
    if isinstance(value, dict):
        if any(isinstance(value.get(k), str) for k in _NAME_KEYS) and any(k in value for k in _WITH_TAX_KEYS + _PRICE_KEYS + _CENT_KEYS):
            yield value
        for item in value.values():
            if isinstance(item, (dict, list)):
                yield from _products(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)):
                yield from _products(item, depth + 1)


def _amount(node: dict, cents: bool) -> tuple[Decimal | None, str | None]:
    for key in _CENT_KEYS:
        amount = _price(node.get(key))
        if amount is not None:
            return amount / 100, _currency_code(node.get("currency") or node.get("currencyCode"))
    for key in _WITH_TAX_KEYS + _PRICE_KEYS:
        value = node.get(key)
        currency = node.get("currency") or node.get("currencyCode") or node.get("priceCurrency")
        if isinstance(value, dict):  # {"value": 12.99, "currency": "EUR"}
            currency = value.get("currency") or value.get("currencyCode") or currency
            value = next((value[k] for k in ("value", "amount", "current", "now", "raw") if k in value), None)
        amount = _price(value)
        if amount is not None and amount > 0:
            if cents and isinstance(value, int):
                amount = amount / 100
            return amount, _currency_code(currency) if isinstance(currency, str) else None
    return None, None


def _regular(node: dict, amount: Decimal) -> Decimal | None:
    """The node's former price, of the same kind as the price read (with tax when it was), above it."""
    with_tax = any(_price(node.get(key)) == amount for key in _WITH_TAX_KEYS)
    for key in _REGULAR_WITH_TAX_KEYS if with_tax else _REGULAR_KEYS:
        value = node.get(key)
        regular = _price(value) if isinstance(value, (str, int, float)) else None
        if regular is not None and regular > amount:
            return regular
    return None


def _shopify_product(document: Any) -> dict | None:
    """The product of Shopify's `meta` or of a theme's product JSON, or None for any other state."""
    if not isinstance(document, dict):
        return None
    if isinstance(document.get("product"), dict) and "variants" in document["product"]:
        return document["product"]
    # Shopify's `{{ product | json }}` always carries "price_min" and "price_varies" beside its "handle": other
    # fronts' states with a handle and variants may price in units, not cents.
    if isinstance(document.get("variants"), list) and "handle" in document and ("price_min" in document or "price_varies" in document):
        return document
    return None


def _likeness(a: str, b: str) -> float:
    left, right = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    return len(left & right) / len(left | right) if left and right else 0.0


def from_inline_state(tree, title: str | None) -> dict | None:
    """The product of the page's script state whose name is the page's title (or None)."""
    names = [t for t in (title, tree.xpath("string((//meta[@property='og:title']/@content)[1])"),
                         tree.xpath("string(//title)")) if t and t.strip()]
    if not names:
        return None
    best, best_score = None, 0.0
    for document in state_documents(tree):
        # Shopify's `meta` ({"product": {..., "variants": [...]}}) and its themes' product JSON (`{{ product | json }}`:
        # a "handle" and "variants", Debut's ProductJson-*) give prices in cents as integers, and the product's
        # "id" is its number in the shop's database; each variant carries the sku.
        product = _shopify_product(document)
        cents = product is not None
        for node in _products(document):
            name = next(node[k] for k in _NAME_KEYS if isinstance(node.get(k), str))
            score = max(_likeness(name, n) for n in names)
            if score > best_score:
                amount, currency = _amount(node, cents)
                if amount is not None:
                    best, best_score = (node, name, amount, currency), score
        if product is not None:
            variants = [v for v in product.get("variants") or [] if isinstance(v, dict)]
            name = next((str(product[k]) for k in _NAME_KEYS if product.get(k)), None) or (variants[0].get("name") if variants else None)
            score = max(_likeness(name, n) for n in names) if name and variants else 0.0
            # As good a likeness as the product itself: its first variant (the one a theme shows first) is read.
            if score and score >= best_score:
                value = variants[0].get("price")
                amount = _price(value)
                if amount is not None:
                    # Cents are integers; a price written with decimals ("12.45") is already in units.
                    best, best_score = ({**variants[0], "name": name}, name, amount / 100 if isinstance(value, int) else amount,
                                        None), score
    if best is None or best_score < 0.5:
        return None
    node, name, amount, currency = best
    sku = next((str(node[k]) for k in _ID_KEYS if isinstance(node.get(k), (str, int)) and str(node[k]).strip()), None)
    brand = node.get("brand") if isinstance(node.get("brand"), str) else None
    regular = _regular(node, amount) if amount == _amount(node, False)[0] else None  # not Shopify's cents
    return {"name": name, "price": amount, "regular_price": regular, "currency": currency, "sku": sku, "brand": brand,
            "source": "inline-state"}
