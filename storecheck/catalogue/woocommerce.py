"""WooCommerce's product export (Products → Export: wc-product-export-DATE.csv) read as our catalogue:
the products the shop sells, one per simple product and per variation.

WooCommerce writes a variable product as a row of its own (Type "variable", no price of its own),
followed by a row per variation (Type "variation", Parent "id:12" or the parent's SKU, its own SKU,
name and price, and no category or brand); prices in "Regular price" and "Sale price"; categories
as paths, several to a product ("Coffee > Beans, Offers"); drafts and private products beside the
published ones. Read as a plain table, a variable product became a product we sell with no price,
its variations had no category, and drafts were products we sell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from storecheck.catalogue.amounts import _filled
from storecheck.catalogue.results import ImportResult, Rejected, _warn, named_lines
from storecheck.catalogue.source import Row

# Column keys as `columns._column_key` gives them (lower case).
GTIN_COLUMN = "gtin, upc, ean, or isbn"
# The export's columns that hold a field of ours, used unless --map says otherwise
# (`columns.with_defaults`). The regular
# price is our price: a sale price is our promotion, which our catalogue does not hold.
FIELDS = {"regular price": "price", "categories": "category", "brands": "brand", GTIN_COLUMN: "gtin"}
# A variation takes these of its parent when its own are empty.
INHERITED = ("categories", "brands", "tags", "description", "short description")
# Products that are no product sold: a variable product's variations are, a grouped product's members are.
CONTAINERS = frozenset({"variable", "grouped"})
# Published: 1 published, 0 private, -1 draft.
PUBLISHED = "1"
# Categories are separated by commas (a comma in a name is written "\,"); a path by " > ".
_CATEGORY_SEPARATOR = re.compile(r"(?<!\\),")


def is_woocommerce_export(columns: Sequence[str]) -> bool:
    """Whether a file's columns are those of WooCommerce's product export."""
    return {"id", "type", "sku", "name", "regular price", "parent"} <= set(columns)


def described() -> str:
    return ("read as WooCommerce's product export: each simple product and variation a product (variations "
            "with their product's category and brand), its Regular price our price, its first category its "
            "category; variable and grouped products and those not published skipped")


def woocommerce_rows(rows: Iterable[Row], result: ImportResult) -> Iterator[Row]:
    """The export's products sold, variations holding their product's category and brand.

    A variation comes after its product in the export, though not always just after: the exporter
    writes by ID, so a size added later to an old product follows products created meanwhile. So every
    variable product's inherited values are kept by both its keys (`id:N` and its SKU) for the whole
    file: a few fields per product, of rows the import holds anyway. A variation whose product is
    nowhere before it (the file sorted in a spreadsheet) is refused naming the parent, as its category
    and brand are not known."""
    parents: dict[str, dict[str, object]] = {}
    containers, unpublished = [], []
    for row in rows:
        values = row.values
        kind = str(values.get("type") or "").strip().casefold()
        if kind in CONTAINERS:
            inherited = {column: values.get(column) for column in (*INHERITED, "name", "published")}
            for key in (f"id:{str(values.get('id') or '').strip()}", str(values.get("sku") or "").strip()):
                if key not in ("id:", ""):
                    parents[key] = inherited
            containers.append(row.line)
            continue
        if kind == "variation":
            named = str(values.get("parent") or "").strip()
            parent = parents.get(named) if named else None
            if parent is None:
                missing = (f"no variable product {named!r} is on a line before it" if named
                           else "it names no product")
                result.rejected.append(Rejected(row.line, values, [
                    f"column 'Parent': a variation, and {missing} (its product's row holds its category and "
                    "brand); export the products from WooCommerce again, or keep each variable product's row "
                    "before its variations"]))
                continue
            for column in INHERITED:
                if column in values and not _filled(values.get(column)):
                    values[column] = parent.get(column)
            if not _filled(values.get("name")):
                options = str(values.get("attribute 1 value(s)") or "").strip()
                values["name"] = f"{parent.get('name') or ''} - {options}".strip(" -")
            if "published" in values and str(parent.get("published") or "").strip() not in ("", PUBLISHED):
                values["published"] = parent.get("published")  # a variation of a draft is not on sale either
        if "published" in values and str(values.get("published") or "").strip() not in ("", PUBLISHED):
            unpublished.append(row.line)
            continue
        if _filled(values.get("categories")):
            first = _CATEGORY_SEPARATOR.split(str(values["categories"]))[0]
            values["categories"] = first.replace("\\,", ",").strip()
        yield row
    if containers:
        _warn(result, f"{named_lines(containers)}: a variable or grouped product (its variations or members are the "
                      "products sold); skipped")
    if unpublished:
        _warn(result, f"{named_lines(unpublished)}: a product not published (a draft or private); skipped (a product "
                      "stored before is kept; import with --full to mark it discontinued)")
