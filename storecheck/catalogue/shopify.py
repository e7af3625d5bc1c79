"""Shopify's product export (Products → Export: products_export.csv) read as our catalogue, one
product per variant.

Shopify writes a product's fields (Title, Vendor, Type ...) on its first row only; each further
variant is a row holding the Handle again with its own options, SKU, price and barcode, and each
further image a row holding the Handle and the image alone. Read as a plain table, every variant
but the first was refused for its empty name. Here a variant takes its product's fields, is named
as Shopify names it in orders ("Title - 500 g / Ground"); image rows, and the variants of products
archived or draft (not on sale), are skipped and counted.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from storecheck.catalogue.amounts import _filled
from storecheck.catalogue.results import ImportResult, Rejected, _warn, named_lines
from storecheck.catalogue.source import Row

# Column keys as `columns._column_key` gives them (lower case).
PRODUCT_COLUMNS = ("title", "body (html)", "vendor", "product category", "type", "tags", "status")
# A product's Status when it is not on sale: no longer ("archived") or not yet ("draft").
NOT_ON_SALE = frozenset({"archived", "draft"})
OPTION_VALUES = ("option1 value", "option2 value", "option3 value")
VARIANT_COLUMNS = ("variant sku", "variant price", "variant barcode", *OPTION_VALUES)
# The export's columns that hold a field of ours, used unless --map says otherwise
# (`columns.with_defaults`).
FIELDS = {"variant sku": "sku", "title": "name", "vendor": "brand", "type": "category", "variant barcode": "gtin",
          "variant price": "price", "cost per item": "cost"}
# The one option value of a product without variants.
NO_VARIANTS = "Default Title"


def is_shopify_export(columns: Sequence[str]) -> bool:
    """Whether a file's columns are those of Shopify's product export."""
    return {"handle", "title", "variant sku", "variant price", "option1 value"} <= set(columns)


def described() -> str:
    return ("read as Shopify's product export: each variant a product, named \"Title - option values\", with "
            "its product's Vendor and Type; columns Variant SKU, Title, Vendor, Type, Variant Barcode, "
            "Variant Price and Cost per item used unless --map names others")


def shopify_rows(rows: Iterable[Row], result: ImportResult, *, keyed_by_variant_sku: bool) -> Iterator[Row]:
    """The export's variant rows, each holding its product's fields and named with its options.

    A product's rows follow each other in the export, its first row holding the Title: a variant
    row whose product's first row is not just before it (the file sorted or filtered in a
    spreadsheet) is refused naming the product, as there is nothing to name it by. With
    `keyed_by_variant_sku` (the sku is the Variant SKU column), a variant without a SKU (Shopify
    does not require one) is keyed by its handle and options, and a warning counts them."""
    handle_now, product = None, {}
    images, unkeyed, not_on_sale = [], [], []
    for row in rows:
        values = row.values
        handle = str(values.get("handle") or "").strip()
        if _filled(values.get("title")):  # a product's first row
            handle_now = handle
            product = {column: values[column] for column in PRODUCT_COLUMNS if column in values}
        elif not any(_filled(values.get(column)) for column in VARIANT_COLUMNS):
            images.append(row.line)  # a further image of the product: no variant on the row
            continue
        elif handle and handle == handle_now:
            for column, value in product.items():
                if not _filled(values.get(column)):
                    values[column] = value
        else:
            result.rejected.append(Rejected(row.line, values, [
                f"column 'Title': empty, on a variant of product {handle!r} whose first row (the one with its Title, "
                "Vendor and Type) is not just before it; export the products from Shopify again, or keep each "
                "product's rows together, its first row first"]))
            continue
        if str(values.get("status") or "").strip().casefold() in NOT_ON_SALE:
            not_on_sale.append(row.line)  # not a product we sell (kept as it was if stored before)
            continue
        options = [str(values[column]).strip() for column in OPTION_VALUES if _filled(values.get(column))]
        options = [option for option in options if option != NO_VARIANTS]
        if options:
            values["title"] = f"{str(values['title']).strip()} - {' / '.join(options)}"
        if keyed_by_variant_sku and not _filled(values.get("variant sku")) and handle:
            values["variant sku"] = "/".join([handle, *options])
            unkeyed.append(row.line)
        yield row
    if images:
        _warn(result, f"{named_lines(images)}: further images of a product (no variant on the row); skipped")
    if not_on_sale:
        _warn(result, f"{named_lines(not_on_sale)}: a variant of a product archived or draft in Shopify (Status), not on "
                      "sale; skipped (a product stored before is kept; import with --full to mark it discontinued)")
    if unkeyed:
        _warn(result, f"{named_lines(unkeyed)}: a variant without a Variant SKU, keyed by its handle and options "
                      "(\"handle/500 g\"); give it a SKU in Shopify to key it by that (the product then changes key)")

