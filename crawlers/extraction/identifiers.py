"""Identifiers and other "label: value" facts written on the page (SKU, EAN, MPN, brand)."""

from __future__ import annotations

import re

from crawlers.extraction.page import _clean_text, _in_skipped, _own_text

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

