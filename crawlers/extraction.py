"""Product page -> offers: structured data first, then visible-page heuristics.

`extract_offers` is a pure function of a page (a Scrapy response, HTML text or
bytes) so it is tested on saved pages without a reactor and shared by the
spider and `storecheck extract`. Evidence is taken strongest first:

1. JSON-LD Product / ProductGroup / Offer / AggregateOffer (also inside
   `@graph` and arrays; broken JSON that browsers tolerate is repaired),
2. microdata (schema.org Product),
3. OpenGraph `product:price:*` / `og:price:*` meta tags,
4. visible HTML: the price next to the page's h1, a struck-through was-price,
   availability text, "SKU:" / "EAN" / "UPC" labels and table rows.

A weaker source only fills fields a stronger one left empty, and the
competitor's configured selectors win over everything. Every rule here is
generic (schema.org, common shop markup, common words in a few languages);
a rule that fits one site belongs in that competitor's selectors instead.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import urljoin

import lxml.html
from extruct.opengraph import OpenGraphExtractor
from extruct.uniform import _umicrodata_microformat, _uopengraph
from extruct.w3cmicrodata import LxmlMicrodataExtractor
from lxml import etree
from parsel import Selector

from storecheck.models import normalise_currency, normalise_gtin
from storecheck.money import find_price, read_amount

__all__ = ["extract_offers", "availability_in_stock", "parse_price_text", "plain_text"]

# schema.org types that describe something a shop sells.
_PRODUCT_TYPES = {
    "Product", "ProductGroup", "ProductModel", "IndividualProduct", "SomeProducts",
    "Book", "Vehicle", "Car", "Motorcycle", "DietarySupplement", "Drug", "SoftwareApplication",
}
_IN_STOCK = {"InStock", "LimitedAvailability", "OnlineOnly", "InStoreOnly", "PreSale"}
_OUT_OF_STOCK = {"OutOfStock", "SoldOut", "Discontinued", "BackOrder", "PreOrder", "MadeToOrder", "Reserved"}
_REGULAR_PRICE_TYPES = {"ListPrice", "StrikethroughPrice", "MSRP", "SRP", "InvoicePrice"}

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
_PRICE_WORD = re.compile(r"price|preis|prix|prezzo|precio|prijs|cena|pris\b|amount", re.I)
_NOT_MAIN_PRICE_WORD = re.compile(r"unit|per[-_]|base[-_]?price|grundpreis|shipping|saving|save|discount|range|from|label|filter|excl", re.I)
_ADD_TO_CART = re.compile(
    r"add\s+to\s+(?:cart|basket|bag|trolley)|buy\s+now|in\s+den\s+(?:warenkorb|einkaufswagen)|ajouter\s+au\s+panier|"
    r"a[ñn]adir\s+al\s+carrito|aggiungi\s+al\s+carrello|in\s+winkelwagen|add-to-cart|addtocart|add_to_cart",
    re.I,
)
# Labels of "label: value" rows, normalised (lower case, no punctuation).
_LABELS = {
    "sku": "sku", "article number": "sku", "art nr": "sku", "artnr": "sku", "artikelnummer": "sku", "artikel nr": "sku",
    "item number": "sku", "item no": "sku", "item": "sku", "product code": "sku", "product id": "sku",
    "product number": "sku", "reference": "sku", "ref": "sku", "référence": "sku", "code": "sku",
    "upc": "upc", "ean": "ean", "ean13": "ean", "ean 13": "ean", "gtin": "gtin", "gtin13": "gtin", "barcode": "ean",
    "isbn": "isbn", "isbn13": "isbn", "isbn 13": "isbn",
    "mpn": "mpn", "manufacturer part number": "mpn", "part number": "mpn", "model": "mpn", "model number": "mpn",
    "herstellernummer": "mpn",
    "brand": "brand", "marke": "brand", "manufacturer": "brand", "hersteller": "brand", "marque": "brand",
    "availability": "availability", "verfügbarkeit": "availability", "stock": "availability", "disponibilité": "availability",
}
_LABEL_TEXT = re.compile(
    r"\b(SKU|Art(?:ikel)?\.?[\s-]?Nr\.?|Artikelnummer|Item\s+(?:#|No\.?|number)|Product\s+code|EAN|UPC|GTIN|ISBN|MPN)\s*[:#]\s*([A-Za-z0-9][\w\-./]{1,60})",
    re.I,
)
_PRICE_IN_TEXT = re.compile(
    r"(?:[€$£¥₹]|\b(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|zł|kr)\b)\s*\d[\d.,'\u00a0 ]*\d?|\d[\d.,'\u00a0 ]*\s*(?:[€$£¥₹]|\b(?:EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|zł|kr|Kč)\b)"
)
_AMBIGUOUS_SYMBOLS = {"$", "kr", "kr.", "¥"}


# --- public helpers ----------------------------------------------------------


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


def parse_price_text(text: str, decimal_separator: str | None = None) -> tuple[Decimal | None, str | None]:
    """Visible price text -> (amount, currency code or symbol as written), read by
    `money.find_price` as every other entrance reads money."""
    return find_price(text, decimal_separator)


# --- the main function -------------------------------------------------------


def extract_offers(
    response_or_html: Any,
    url: str | None = None,
    *,
    selectors: Mapping[str, str | None] | Any | None = None,
    currency: str | None = None,
    decimal_separator: str | None = None,
) -> list[dict]:
    """Offers found on one page, as dicts with the fields of `storecheck.models.Offer`
    plus `availability` (schema.org name) and `source` (json-ld / microdata /
    opengraph / html / selectors). An empty list when the page shows no product.

    `selectors` (field -> CSS, or XPath prefixed `xpath:`) win over every
    heuristic; `currency` is the competitor's currency, used when the page
    states none or only an ambiguous symbol such as "$"; `decimal_separator`
    fixes how visible prices are read.
    """
    html, url = _html_and_url(response_or_html, url)
    if not html or not html.strip():
        return []
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    base_url = _base_url(tree, url)
    canonical = _canonical_url(tree, base_url) or url

    offers = _from_jsonld(tree, base_url)
    source = "json-ld"
    microdata = _from_microdata(tree, base_url)
    if not offers:
        offers, source = microdata, "microdata"
    elif len(offers) == 1 and len(microdata) == 1:
        _fill(offers[0], microdata[0])
    opengraph = _from_opengraph(tree)
    if not offers and opengraph and opengraph.get("price") is not None:
        offers, source = [opengraph], "opengraph"
    elif len(offers) == 1 and opengraph:
        _fill(offers[0], opengraph)
    for offer in offers:
        offer.setdefault("source", source)

    visible = _from_visible(tree, decimal_separator=decimal_separator)
    if not offers and visible is not None:
        offers = [visible]
    elif len(offers) == 1 and visible is not None:
        _fill(offers[0], visible)

    if selectors:
        chosen = _from_selectors(html, selectors, decimal_separator=decimal_separator)
        if chosen:
            if not offers:
                offers = [{"source": "selectors"}]
            if len(offers) == 1:
                offers[0].update(chosen)
                offers[0]["source"] = "selectors" if offers[0].get("source") in (None, "html") else offers[0]["source"] + "+selectors"

    return [_finish(offer, canonical, base_url, currency, index, len(offers)) for index, offer in enumerate(offers)]


def _html_and_url(source: Any, url: str | None) -> tuple[str, str | None]:
    if hasattr(source, "text") and hasattr(source, "url"):  # a Scrapy TextResponse
        return source.text, url or source.url
    if isinstance(source, bytes):
        from w3lib.encoding import html_to_unicode

        _, text = html_to_unicode(None, source)
        return text, url
    return str(source or ""), url


def _base_url(tree, url: str | None) -> str | None:
    href = tree.xpath("string(//base/@href)").strip()
    if href:
        return urljoin(url or "", href)
    return url


def _canonical_url(tree, base_url: str | None) -> str | None:
    href = tree.xpath("string(//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href)").strip()
    if href:
        return urljoin(base_url or "", href)
    return None


def _fill(target: dict, extra: Mapping) -> None:
    """Fill the fields a stronger source left empty."""
    for key, value in extra.items():
        if key == "source":
            continue
        if target.get(key) in (None, "", []) and value not in (None, "", []):
            target[key] = value


def _finish(offer: dict, page_url: str | None, base_url: str | None, currency: str | None, index: int, count: int) -> dict:
    result = dict(offer)
    result.pop("_currency_symbol", None)
    symbol = offer.get("_currency_symbol")
    if result.get("currency") is None:
        result["currency"] = currency or _currency_code(symbol)
    elif currency and symbol and str(symbol).strip() in _AMBIGUOUS_SYMBOLS and result["currency"] != currency:
        result["currency"] = currency
    for field in ("url", "image"):
        if result.get(field):
            result[field] = urljoin(base_url or "", str(result[field]))
    if not result.get("url"):
        result["url"] = page_url
    if result.get("regular_price") is not None and result.get("price") is not None and result["regular_price"] <= result["price"]:
        # A "was" price that is not higher is no saving; keep it out of promotions.
        if result["regular_price"] < result["price"]:
            result["regular_price"] = None
    key = result.get("sku") or result.get("url") or page_url
    if not result.get("sku") and count > 1 and result.get("url") == page_url:
        key = f"{page_url}#{index + 1}"
    result["key"] = key
    for field in ("name", "brand", "category", "description", "sku", "mpn"):
        if isinstance(result.get(field), str):
            result[field] = plain_text(result[field])
    return result


def _clean_text(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


# Markup that leaked into a text field (a CMS that puts <b> in product names, or a hostile
# shop's <script>): script/style blocks go with their content, other tags go, text stays.
_SCRIPT_BLOCK = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?(?:</\1\s*>|$)", re.I | re.S)
_TAG = re.compile(r"</?[a-z][a-z0-9:-]*(?:\s[^<>]*)?/?>|<!--.*?(?:-->|$)", re.I | re.S)


def plain_text(value: object) -> str | None:
    """A text field as plain text: entities decoded, HTML tags (and script/style content)
    removed, whitespace collapsed. `<` that does not open a tag ("3<5 m") is kept.

    Names, brands, categories and descriptions are stored this way; whatever shows
    them (the report, the web app) escapes them again on output.
    """
    if value is None:
        return None
    text = html_lib.unescape(str(value))
    if "<" in text:
        text = _TAG.sub(" ", _SCRIPT_BLOCK.sub(" ", text))
        # Entities that were escaped twice (&amp;lt;b&amp;gt;) surface as tags only now.
        if "<" in text:
            text = _TAG.sub(" ", _SCRIPT_BLOCK.sub(" ", text))
    text = _clean_text(text)
    return text or None


def _currency_code(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip().rstrip(".")
    try:
        return normalise_currency(text)
    except ValueError:
        return None


def _price(value: object, decimal_separator: str | None = None) -> Decimal | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        try:
            return read_amount(value)
        except ValueError:
            return None
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return Decimal(text)  # structured data uses a dot, whatever the page language
    amount, _ = parse_price_text(text, decimal_separator)
    return amount


# --- JSON-LD -----------------------------------------------------------------


def _jsonld_documents(tree) -> list[Any]:
    documents = []
    for script in tree.xpath('//script[@type="application/ld+json" or @type="application/ld+json; charset=utf-8"]'):
        text = script.text_content() if hasattr(script, "text_content") else (script.text or "")
        data = _loads_tolerant(text)
        if data is not None:
            documents.append(data)
    return documents


def _loads_tolerant(text: str) -> Any:
    """JSON as browsers and search engines accept it in ld+json blocks."""
    text = (text or "").strip()
    if not text:
        return None
    attempts = [text]
    repaired = re.sub(r"^\s*(?://.*|<!--.*?-->)\s*$", "", text, flags=re.M)
    repaired = re.sub(r"<!\[CDATA\[|\]\]>|^\s*<!--|-->\s*$", "", repaired).strip()
    repaired = re.sub(r"/\*.*?\*/", "", repaired, flags=re.S)
    repaired = re.sub(r",\s*([}\]])", r"\1", repaired)
    attempts.append(repaired)
    for candidate in attempts:
        try:
            return json.loads(candidate, strict=False)
        except ValueError:
            pass
        try:
            # Trailing garbage such as an extra closing brace.
            value, _ = json.JSONDecoder(strict=False).raw_decode(candidate)
            return value
        except ValueError:
            pass
    try:
        import jstyleson

        return jstyleson.loads(repaired, strict=False)
    except Exception:  # noqa: BLE001 - a block that cannot be read is skipped, not fatal
        return None


def _types(node: Mapping) -> set[str]:
    value = node.get("@type") or node.get("type") or []
    if isinstance(value, str):
        value = [value]
    return {re.sub(r"^.*[/#:]", "", str(v)) for v in value if v}


def _is_product(node: Mapping) -> bool:
    types = _types(node)
    if types & _PRODUCT_TYPES:
        return True
    return "offers" in node and not any(t.endswith("Event") for t in types) and bool(node.get("name"))


def _walk_products(data: Any) -> Iterable[dict]:
    """Product-like nodes, outermost only: a product's related products are not this page's."""
    if isinstance(data, list):
        for item in data:
            yield from _walk_products(item)
    elif isinstance(data, dict):
        if _is_product(data):
            yield data
            return
        for key, value in data.items():
            if key in ("@context",):
                continue
            yield from _walk_products(value)


def _from_jsonld(tree, base_url: str | None) -> list[dict]:
    offers: list[dict] = []
    for document in _jsonld_documents(tree):
        for node in _walk_products(document):
            offers.extend(_offers_of_product(node, base_url))
    return _dedupe(offers)


def _from_microdata(tree, base_url: str | None) -> list[dict]:
    try:
        items = LxmlMicrodataExtractor().extract_items(tree, base_url)
        items = _umicrodata_microformat(items, schema_context="http://schema.org")
    except Exception:  # noqa: BLE001 - broken markup must not stop the other sources
        return []
    offers: list[dict] = []
    for node in _walk_products(items):
        offers.extend(_offers_of_product(node, base_url, source="microdata"))
    return _dedupe(offers)


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


def _offers_of_product(node: Mapping, base_url: str | None, source: str = "json-ld") -> list[dict]:
    base = {
        "name": _text_of(node.get("name")),
        "brand": _text_of(node.get("brand") or node.get("manufacturer")),
        "category": _category_of(node.get("category")),
        "gtin": _gtin_of(node),
        "mpn": _text_of(node.get("mpn")),
        "sku": _text_of(node.get("sku")),
        "url": _text_of(node.get("url")),
        "image": _image_of(node.get("image")),
        "description": _text_of(node.get("description")),
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
        return result
    offer = dict(base)
    # Several offers without an identity (sellers, conditions): the lowest in-stock price.
    entries.sort(key=lambda e: (e.get("in_stock") is False, e.get("price") is None, e.get("price") or 0))
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
        if "AggregateOffer" in types:
            inner = _price_entries(offer.get("offers"))
            if inner:
                entries.extend(inner)
                continue
        entry: dict[str, Any] = {}
        price = _price(_first(offer.get("price")))
        if price is None and "AggregateOffer" in types:
            price = _price(offer.get("lowPrice"))
        currency = _text_of(offer.get("priceCurrency"))
        regular = None
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
            currency = currency or _text_of(spec.get("priceCurrency"))
        entry["price"] = price
        entry["regular_price"] = regular
        entry["currency"] = _currency_code(currency)
        availability, in_stock = availability_in_stock(_text_of(offer.get("availability")))
        entry["availability"] = availability
        entry["in_stock"] = in_stock
        entry["sku"] = _text_of(offer.get("sku"))
        entry["url"] = _text_of(offer.get("url"))
        entry["gtin"] = _gtin_of(offer)
        entry["mpn"] = _text_of(offer.get("mpn"))
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
        "regular_price": _price(_first(props.get("product:original_price:amount"))),
        "brand": _text_of(props.get("product:brand")),
        "sku": _text_of(props.get("product:retailer_item_id")),
        "availability": availability,
        "in_stock": in_stock,
        "source": "opengraph",
    }
    return result


# --- visible page heuristics -------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "select", "option", "textarea"}
_STRUCK_TAGS = {"del", "s", "strike"}


def _attrs_text(el) -> str:
    return " ".join(el.get(a, "") for a in ("class", "id", "itemprop", "data-testid", "data-price-type", "name"))


def _own_text(el) -> str:
    """The visible text of an element: script, style and template content left out."""
    if not isinstance(el.tag, str):
        return ""
    if el.find(".//script") is None and el.find(".//style") is None and el.find(".//template") is None:
        return _clean_text(el.text_content())
    return _clean_text(" ".join(el.xpath(".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::template)]")))


def _ancestors(el) -> list:
    result, node = [], el.getparent()
    while node is not None:
        result.append(node)
        node = node.getparent()
    return result


_STRUCK_CLASS = re.compile(
    r"\b(?:was|old|compare|strike|struck|crossed|before|rrp|msrp|uvp|original|former|statt|prior|retail|list)(?:[-_]?price)?\b|"
    r"(?:was|old|compare|strike|crossed|before|original|list)[-_]?price",
    re.I,
)


def _is_struck(el) -> bool:
    """A was-price: in del/s/strike, drawn line-through, or named so (old-price, was-price, compare-at)."""
    for node in [el, *_ancestors(el)[:2]]:
        if not isinstance(node.tag, str):
            continue
        if node.tag in _STRUCK_TAGS or "line-through" in node.get("style", ""):
            return True
        # "regular" is left out on purpose: themes name the normal price "price--regular".
        if _STRUCK_CLASS.search(node.get("class", "") + " " + node.get("id", "")) or node.get("data-a-strike"):
            return True
    return False


def _in_skipped(el) -> bool:
    return any(isinstance(a.tag, str) and (a.tag in _SKIP_TAGS or a.tag in ("nav", "footer", "header")) for a in _ancestors(el))


def _in_link(el) -> bool:
    return any(isinstance(a.tag, str) and a.tag == "a" and a.get("href") for a in [el, *_ancestors(el)])


def _document_order(tree) -> dict:
    return {el: i for i, el in enumerate(tree.iter())}


def _main_heading(tree):
    for h1 in tree.xpath("//h1"):
        if not _in_skipped(h1) and _own_text(h1):
            return h1
    return None


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


def _normalise_label(text: str) -> str:
    text = re.sub(r"[:#.\-_/()]", " ", text.casefold())
    return re.sub(r"\s+", " ", text).strip()


def _labelled_values(tree) -> dict[str, str]:
    """'Label: value' pairs from table rows, definition lists and inline text."""
    values: dict[str, str] = {}

    def put(label: str, value: str) -> None:
        field = _LABELS.get(_normalise_label(label))
        value = _clean_text(value)
        if field and value and len(value) <= 120 and field not in values:
            values[field] = value

    for row in tree.xpath("//tr"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
        if len(cells) == 2:
            put(_own_text(cells[0]), _own_text(cells[1]))
    for dt in tree.xpath("//dt"):
        dd = dt.getnext()
        if dd is not None and dd.tag == "dd":
            put(_own_text(dt), _own_text(dd))
    for el in tree.xpath("//li|//p|//span|//div[not(*)]|//small"):
        if _in_skipped(el):
            continue
        text = _own_text(el)
        if len(text) > 200:
            continue
        whole = re.fullmatch(r"([^:]{2,40}):\s*(.{1,80})", text)
        if whole:
            put(whole.group(1), whole.group(2))
        for match in _LABEL_TEXT.finditer(text):
            put(match.group(1), match.group(2))
    return values


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


# --- configured selectors ----------------------------------------------------


def _selector_items(selectors: Any) -> dict[str, str]:
    if hasattr(selectors, "model_dump"):
        selectors = selectors.model_dump()
    return {k: v for k, v in dict(selectors).items() if v}


def _select(sel: Selector, expression: str) -> str | None:
    expression = expression.strip()
    if expression.startswith("xpath:"):
        results = sel.xpath(expression[len("xpath:"):])
    else:
        results = sel.css(expression)
    for result in results:
        if isinstance(result.root, str):
            text = result.root
        else:
            text = result.xpath("string(.)").get() or ""
            if not text.strip():
                text = result.attrib.get("content") or result.attrib.get("value") or ""
        text = _clean_text(text)
        if text:
            return text
    return None


def _from_selectors(html: str, selectors: Any, *, decimal_separator: str | None) -> dict:
    sel = Selector(text=html)
    result: dict[str, Any] = {}
    for field, expression in _selector_items(selectors).items():
        value = _select(sel, expression)
        if value is None:
            continue
        if field in ("price", "regular_price"):
            amount, symbol = parse_price_text(value, decimal_separator)
            if amount is not None:
                result[field] = amount
                if field == "price" and symbol and "currency" not in result:
                    code = _currency_code(symbol) if symbol.strip() not in _AMBIGUOUS_SYMBOLS else None
                    if code:
                        result["currency"] = code
                    result["_currency_symbol"] = symbol
        elif field == "currency":
            code = _currency_code(value)
            if code:
                result["currency"] = code
        elif field == "availability":
            status, in_stock = availability_in_stock(value)
            result["availability"] = status
            result["in_stock"] = in_stock
        elif field == "gtin":
            result["gtin"] = normalise_gtin(value)
        elif field == "promotion":
            result["promotion_text"] = value
        else:
            result[field] = value
    return result

