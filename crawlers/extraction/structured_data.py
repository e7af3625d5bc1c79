"""Structured data a page carries for machines: JSON-LD, microdata and OpenGraph product tags."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import jstyleson
from extruct.jsonld import JsonLdExtractor
from extruct.opengraph import OpenGraphExtractor
from extruct.uniform import _umicrodata_microformat, _uopengraph
from extruct.w3cmicrodata import LxmlMicrodataExtractor

from crawlers.extraction.availability import availability_in_stock
from crawlers.extraction.page import folded
from crawlers.extraction.prices import _currency_code, _price, in_currency_units, not_an_amount
from storecheck.models import normalise_gtin, read_condition

# schema.org types that describe something a shop sells.
_PRODUCT_TYPES = {
    "Product", "ProductGroup", "ProductModel", "IndividualProduct", "SomeProducts",
    "Book", "Vehicle", "Car", "Motorcycle", "DietarySupplement", "Drug", "SoftwareApplication",
}
_REGULAR_PRICE_TYPES = {"ListPrice", "StrikethroughPrice", "MSRP", "SRP", "InvoicePrice"}


def _fill(target: dict, extra: Mapping) -> None:
    """Fill the fields a stronger source left empty."""
    for key, value in extra.items():
        if key == "source":
            continue
        if target.get(key) in (None, "", []) and value not in (None, "", []):
            target[key] = value


_EXTRUCT_JSONLD = JsonLdExtractor()


# --- JSON-LD -----------------------------------------------------------------


def _jsonld_documents(tree) -> list[Any]:
    documents: list[Any] = []
    for script in tree.xpath('//script[@type="application/ld+json" or @type="application/ld+json; charset=utf-8"]'):
        try:
            # extruct's own reader: JSON, else jstyleson after leading comment lines.
            documents.extend(_EXTRUCT_JSONLD._extract_items(script))
        except ValueError:
            data = _loads_repaired(script.xpath("string()"))
            if data is not None:
                documents.append(data)
    return documents


_WRAPPERS = re.compile(r"^\s*(?://.*|<!--.*?-->)\s*$|<!\[CDATA\[|\]\]>|^\s*<!--|-->\s*$", re.M)


def _loads_repaired(text: str) -> Any:
    """What extruct's reader refuses but browsers and search engines accept in ld+json
    blocks: CDATA and comment wrappers, then trailing garbage such as an extra brace."""
    text = _WRAPPERS.sub("", text or "").strip()
    if not text:
        return None
    try:
        # jstyleson drops comments and trailing commas; raw_decode ignores what follows the value.
        value, _ = json.JSONDecoder(strict=False).raw_decode(jstyleson.dispose(text))
        return value
    except ValueError:
        return None  # a block that cannot be read is skipped, not fatal


def _types(node: Mapping) -> set[str]:
    value = node.get("@type") or node.get("type") or []
    if isinstance(value, str):
        value = [value]
    return {re.sub(r"^.*[/#:]", "", str(v)) for v in value if v}


def _is_product(node: Mapping) -> bool:
    types = _types(node)
    if types & _PRODUCT_TYPES:
        return True
    # Offered for sale through an Offer: a link or a word under "offers" (a song's "buy" page) sells nothing here.
    offers = node.get("offers")
    offered = isinstance(offers, dict) or (isinstance(offers, list) and any(isinstance(o, dict) for o in offers))
    return offered and not _is_event(types) and bool(node.get("name"))


def _is_event(types: set[str]) -> bool:
    return any(t.endswith("Event") for t in types)


# What marks a place or a business (schema.org's LocalBusiness has hundreds of kinds, Bakery to
# Winery; they share these properties, and no product carries them).
_PLACE_PROPERTIES = ("openingHours", "openingHoursSpecification", "geo")


def _is_other_subject(node: Mapping) -> bool:
    """An event (its offers are tickets) or a place or business (its offers are its catalogue):
    something a page can be about that a shop does not sell as a product."""
    return _is_event(_types(node)) or any(node.get(key) for key in _PLACE_PROPERTIES)


def _walk_products(data: Any, others: list[dict] | None = None) -> Iterable[dict]:
    """Product-like nodes, outermost only: a product's related products are not this page's.
    Events, places and businesses met on the way go to `others` when given."""
    if isinstance(data, list):
        for item in data:
            yield from _walk_products(item, others)
    elif isinstance(data, dict):
        if _is_product(data):
            yield data
            return
        if others is not None and _is_other_subject(data):
            others.append(data)
        for key, value in data.items():
            if key in ("@context",):
                continue
            yield from _walk_products(value, others)


def _from_jsonld(tree, base_url: str | None, others: list[dict] | None = None) -> list[dict]:
    offers: list[dict] = []
    for document in _jsonld_documents(tree):
        for node in _walk_products(document, others):
            offers.extend(_offers_of_product(node, base_url))
    return _dedupe(offers)


def _from_microdata(tree, base_url: str | None, others: list[dict] | None = None) -> list[dict]:
    try:
        items = LxmlMicrodataExtractor().extract_items(tree, base_url)
        items = _umicrodata_microformat(items, schema_context="http://schema.org")
    except Exception:  # noqa: BLE001 - broken markup must not stop the other sources
        return []
    offers: list[dict] = []
    for node in _walk_products(items, others):
        offers.extend(_offers_of_product(node, base_url, source="microdata"))
    return _dedupe(offers)


def shown_for_other_subject(visible: Mapping, others: list[dict]) -> bool:
    """Whether what the visible page shows as a product is one of `others` (events, places,
    businesses the page's structured data describes): the page's title is its name ("Harbour
    Street Bakery"), or the price it shows is one of its offers' amounts (an event's "from $35").
    A shop crawl records neither a ticket nor a business as a product."""
    name = folded(visible.get("name"))
    price = visible.get("price")
    for node in others:
        if name and name == folded(_text_of(node.get("name"))):
            return True
        for offer in _as_list(node.get("offers")) + _as_list(node.get("makesOffer")):
            if not isinstance(offer, dict):
                continue
            spec = offer.get("priceSpecification") if isinstance(offer.get("priceSpecification"), dict) else {}
            for key in ("price", "lowPrice", "highPrice"):
                amount = _price(_first(offer.get(key) or spec.get(key)))
                if price is not None and amount == price:
                    return True
    return False


def _says_without_tax(node: dict) -> bool:
    """Whether an offer or price specification states its price is without value-added tax
    (`valueAddedTaxIncluded` false, written as JSON's false or as the text "false").

    >>> _says_without_tax({"valueAddedTaxIncluded": "false"}), _says_without_tax({"valueAddedTaxIncluded": True}), _says_without_tax({})
    (True, False, False)
    """
    stated = node.get("valueAddedTaxIncluded")
    return stated is False or (isinstance(stated, str) and stated.strip().casefold() == "false")


def _says_with_tax(node: dict) -> bool:
    """Whether an offer or price specification states its price includes value-added tax
    (`valueAddedTaxIncluded` true, as JSON's true or the text "true")."""
    stated = node.get("valueAddedTaxIncluded")
    return stated is True or (isinstance(stated, str) and stated.strip().casefold() == "true")


def _dedupe(offers: list[dict]) -> list[dict]:
    seen, result = set(), []
    for offer in offers:
        ident = (offer.get("sku"), offer.get("url"), offer.get("name"), offer.get("price"))
        if ident in seen:
            continue
        seen.add(ident)
        result.append(offer)
    return result


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _text_of(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("url") or value.get("@id")
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _condition_of(value: Any) -> str | None:
    """An itemCondition as new / used / refurbished / damaged (`models.read_condition`: a schema.org
    name, bare or as a URL, or a shop's words such as "Pre-owned", "New with tags"), or None where
    none is written or its words state none ("Clean and ready for use."): a page is not refused
    for a word, and the title still speaks for the listing then."""
    text = _text_of(value)
    if text is None:
        return None
    try:
        return read_condition(text)
    except ValueError:
        return None


def _image_of(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or value.get("@id")
    return str(value).strip() if value else None


def _category_of(value: Any) -> str | None:
    if isinstance(value, list):
        parts = [_text_of(v) for v in value]
        parts = [p for p in parts if p]
        return " > ".join(parts) if parts else None
    return _text_of(value)


def _gtin_of(node: Mapping) -> str | None:
    for key in ("gtin", "gtin13", "gtin14", "gtin12", "gtin8", "isbn", "productID"):
        value = _text_of(node.get(key))
        if value:
            gtin = normalise_gtin(re.sub(r"^(?:ean|upc|gtin|isbn)[:\s]*", "", value, flags=re.I))
            if gtin:
                return gtin
    return None


def _shop_product_id(node: Mapping) -> str | None:
    value = _text_of(node.get("productID"))
    value = value.split()[0] if value else None  # microdata may run on into the next words
    if not value or re.match(r"(?:ean|upc|gtin|isbn|jan)\b", value, re.I) or normalise_gtin(value):
        return None
    return value


def _offers_of_product(node: Mapping, base_url: str | None, source: str = "json-ld") -> list[dict]:
    base = {
        "name": _text_of(node.get("name")),
        "brand": _text_of(node.get("brand") or node.get("manufacturer")),
        "category": _category_of(node.get("category")),
        "gtin": _gtin_of(node),
        "mpn": _text_of(node.get("mpn")),
        # productID is the shop's id unless it is a barcode written with its scheme ("isbn:...").
        "sku": _text_of(node.get("sku")) or _shop_product_id(node),
        "url": _text_of(node.get("url")),
        "image": _image_of(node.get("image")),
        "description": _text_of(node.get("description")),
        # schema.org allows itemCondition on the product as well as on its offer (which wins, below).
        "condition": _condition_of(node.get("itemCondition")),
        "source": source,
    }
    if _types(node) & {"ProductGroup"} and node.get("hasVariant"):
        parent = _text_of(node.get("productGroupID")) or base["sku"] or base["url"]
        result = []
        for variant in _as_list(node.get("hasVariant")):
            if not isinstance(variant, dict):
                continue
            for offer in _offers_of_product(variant, base_url, source):
                _fill(offer, {k: v for k, v in base.items() if k not in ("sku", "gtin", "mpn", "url")})
                offer["parent_key"] = parent
                result.append(offer)
        if result:
            return result
    entries = _price_entries(node.get("offers"))
    if not entries:
        # A bare reference (an image or a name only) is not an offer.
        return [base] if base["name"] and (base["sku"] or base["gtin"] or base["url"] or base["description"]) else []
    if len(entries) > 1 and len({(e.get("sku"), e.get("url")) for e in entries}) == len(entries) and all(
        e.get("sku") or e.get("url") for e in entries
    ):
        # One offer per variant (several skus or variant URLs on one page).
        result = []
        for entry in entries:
            offer = dict(base)
            offer.update({k: v for k, v in entry.items() if v is not None})
            if len(entries) > 1:
                offer["parent_key"] = base["sku"] or base["url"]
            result.append(offer)
        # The variant the page shows first: the one the product's own sku or URL names (Shopify themes write
        # the selected variant's sku and "?variant=" URL on the product, and every variant's offer after it).
        shown = [o for o in result if (base["sku"] and o.get("sku") == base["sku"]) or (base["url"] and o.get("url") == base["url"])]
        if len(shown) == 1:
            result.remove(shown[0])
            result.insert(0, shown[0])
        return result
    offer = dict(base)
    # Several offers without an identity (sellers, conditions): the lowest in-stock price of a new
    # one, where the offers state their condition: a used copy's price is not the product's.
    entries.sort(key=lambda e: ((e.get("condition") or base["condition"] or "new") != "new",
                                e.get("in_stock") is False, e.get("price") is None, e.get("price") or 0))
    offer.update({k: v for k, v in entries[0].items() if v is not None and (k not in ("sku", "url") or not offer.get(k))})
    return [offer]


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _price_entries(value: Any) -> list[dict]:
    entries = []
    for offer in _as_list(value):
        if not isinstance(offer, dict):
            continue
        types = _types(offer)
        # An AggregateOffer lists its offers; some shops also nest an Offer in an Offer
        # (the condition outside, the price inside).
        if "AggregateOffer" in types or (offer.get("offers") and offer.get("price") is None):
            inner = _price_entries(offer.get("offers"))
            if inner:
                outer = _condition_of(offer.get("itemCondition"))
                entries.extend(entry if entry["condition"] or not outer else entry | {"condition": outer}
                               for entry in inner)
                continue
        entry: dict[str, Any] = {}
        price = _price(_first(offer.get("price")))
        if price is None and (written := not_an_amount(_first(offer.get("price")))):
            # "NaN", "Infinity": a template printing a float it could not compute. The page offers a price nobody can
            # read, which is not a product without one: passed on as written unless another source gives the price
            # (`_finish`), the offer refuses it as it refuses 1e308, naming it.
            entry["_no_amount"] = written
        if price is None and "AggregateOffer" in types:
            # The lowest of several prices (variants, sellers) is no product's price: stored as one it would bias
            # the index toward the cheapest variant, as a file's "From $109.90" would; an import keeps such an
            # offer without a price, and so does a page. A range of one amount is that amount.
            low, high = _price(offer.get("lowPrice")), _price(offer.get("highPrice"))
            if low is not None and low == high:
                price = low
            elif low is not None:
                entry["_low_price"] = low  # tags that repeat it (OpenGraph's price) say the same of it
                entry["price_left_out"] = (f"a lowest price of several ('lowPrice' {low:f}"
                                           + (f", 'highPrice' {high:f}" if high is not None else "") + "), not one product's price")
        currency = _text_of(offer.get("priceCurrency"))
        regular = None
        net = _says_without_tax(offer)
        for spec in _as_list(offer.get("priceSpecification")):
            if not isinstance(spec, dict):
                continue
            spec_price = _price(spec.get("price"))
            kind = re.sub(r"^.*[/#]", "", str(spec.get("priceType") or ""))
            if spec_price is None:
                continue
            if kind in _REGULAR_PRICE_TYPES:
                regular = spec_price
            elif price is None:
                price = spec_price
                net = net or _says_without_tax(spec)
            currency = currency or _text_of(spec.get("priceCurrency"))
        if _says_with_tax(offer) or any(isinstance(spec, dict) and _says_with_tax(spec)
                                        for spec in _as_list(offer.get("priceSpecification"))):
            # The shop says this price includes tax: no sentence of the page's makes it a price without
            # (`_prefer_shown_over_net`).
            entry["_with_tax"] = True
        if net:
            # The shop says this price is without tax (WooCommerce's, when prices are entered without it and
            # shown with it): the page's own price may be the price anyone pays (`_prefer_shown_over_net`).
            entry["_without_tax"] = True
        entry["price"] = price
        entry["regular_price"] = regular
        entry["currency"] = _currency_code(currency)
        if entry["currency"] is None and currency and not in_currency_units(entry, currency):
            entry["_currency_symbol"] = currency  # "$" for a code: a sign, settled with the page's other evidence
        availability, in_stock = availability_in_stock(_text_of(offer.get("availability")))
        entry["availability"] = availability
        entry["in_stock"] = in_stock
        entry["sku"] = _text_of(offer.get("sku"))
        entry["url"] = _text_of(offer.get("url"))
        entry["gtin"] = _gtin_of(offer)
        entry["mpn"] = _text_of(offer.get("mpn"))
        entry["condition"] = _condition_of(offer.get("itemCondition"))
        if offer.get("priceValidUntil"):
            entry["price_valid_until"] = _text_of(offer.get("priceValidUntil"))
        entries.append(entry)
    return entries


# --- OpenGraph ---------------------------------------------------------------


def _from_opengraph(tree) -> dict | None:
    try:
        items = _uopengraph(OpenGraphExtractor().extract_items(tree))
    except Exception:  # noqa: BLE001
        items = []
    props: dict[str, Any] = {}
    for item in items:
        for key, value in item.items():
            props.setdefault(key, value)
    # Some sites write property= on <meta name=...>; extruct reads only the former.
    for meta in tree.xpath("//meta[@name and @content]"):
        name = meta.get("name", "")
        if name.startswith(("og:", "product:")):
            props.setdefault(name, meta.get("content"))
    price = _price(_first(props.get("product:price:amount") or props.get("og:price:amount")))
    regular = _price(_first(props.get("product:original_price:amount")))
    sale = _price(_first(props.get("product:sale_price:amount")))
    if sale is not None and price is not None and 0 < sale < price:
        # Facebook's product tags: product:price is the price before a sale, product:sale_price the one paid
        # while it lasts (Cafe24 writes both on a discounted product).
        price, regular = sale, regular or price
    og_type = str(_first(props.get("og:type") or props.get("@type")) or "")
    if price is None and not og_type.startswith("product"):
        return None
    availability, in_stock = availability_in_stock(
        _first(props.get("product:availability") or props.get("og:availability"))
    )
    result = {
        "name": _text_of(props.get("og:title")),
        "url": _text_of(props.get("og:url")),
        "image": _text_of(props.get("og:image")),
        "description": _text_of(props.get("og:description")),
        "price": price,
        "currency": _currency_code(_first(props.get("product:price:currency") or props.get("og:price:currency"))),
        "regular_price": regular,
        "brand": _text_of(props.get("product:brand")),
        "sku": _text_of(props.get("product:retailer_item_id")),
        "availability": availability,
        "in_stock": in_stock,
        "source": "opengraph",
    }
    in_currency_units(result, _first(props.get("product:price:currency") or props.get("og:price:currency")))
    return result


