"""A whole file of our products or a competitor's offers, read, mapped and checked row by row (`load_file`)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection

from storecheck.catalogue.amounts import CALIBRATION_ROWS, MONEY_FIELDS, MoneyWriting, _refuse_words_for_amounts
from storecheck.catalogue.columns import _column_key, _column_targets, named_briefly, parse_map, with_defaults
from storecheck.catalogue.files import open_rows
from storecheck.catalogue.results import ImportResult, Rejected, ValidSpill, _warn
from storecheck.catalogue.rows import _check
from storecheck.catalogue.shopify import described as shopify_described
from storecheck.catalogue.shopify import FIELDS as SHOPIFY_FIELDS
from storecheck.catalogue.shopify import is_shopify_export, shopify_rows
from storecheck.catalogue.source import FileImportError, Row, hidden_rows_note
from storecheck.catalogue.woocommerce import described as woocommerce_described
from storecheck.catalogue.woocommerce import FIELDS as WOOCOMMERCE_FIELDS
from storecheck.catalogue.woocommerce import is_woocommerce_export, woocommerce_rows
from storecheck.models import (
    OFFER_FIELDS,
    OWN_PRODUCT_FIELDS,
    Offer,
    OwnProduct,
)

EXTRA_OWN_FIELDS = ("cost", "sales_weight")
EXTRA_OFFER_FIELDS = ("sku", "image", "size", "parent_key", "unit_price", "unit", "condition")


_KINDS = {
    # kind: (fields, model, key, required columns)
    "products": (OWN_PRODUCT_FIELDS + EXTRA_OWN_FIELDS, OwnProduct, "sku", ("sku", "name")),
    "offers": (OFFER_FIELDS + EXTRA_OFFER_FIELDS, Offer, "key", ("key",)),
}


def _checked_rows(path: Path, kind: str, result: ImportResult, *, mapping: Sequence[str] = (), sep: str | None = None,
                  encoding: str | None = None, default_currency: str | None = None,
                  stored_padded: Mapping[str, str] | None = None) -> Iterator[tuple[int, object]]:
    """Stream the file's valid rows as (line, item); rejected rows, warnings, the columns
    ignored and the fields present go to `result`. A second row with the key of an
    earlier valid one is an error (which one should win?). `stored_padded` maps the stored
    keys that begin with zeros, without them, to the key (`keys_with_leading_zeros`): a key
    of the file equal to one of them lost its zeros on its way through a spreadsheet."""
    if kind not in _KINDS:
        raise ValueError(kind)
    allowed, model, key, required = _KINDS[kind]
    mapped = parse_map(mapping)

    def is_header(names: list[str]) -> bool:
        # A row naming every required field (through --map too; an offer's url stands for its key).
        present = {mapped.get(name, name) for name in names}
        if kind == "offers" and "url" in present:
            present.add("key")
        return all(field in present for field in required)

    source = open_rows(path, sep=sep, encoding=encoding, is_header=is_header)
    result.unit = source.unit
    for warning in source.warnings:
        _warn(result, warning)
    # Exports of the shop platforms, one row per variant and rows that are no product sold, read as such.
    shopify = kind == "products" and is_shopify_export(source.columns)
    woocommerce = kind == "products" and not shopify and is_woocommerce_export(source.columns)
    if shopify:
        mapped = with_defaults(SHOPIFY_FIELDS, source.columns, mapped)
        _warn(result, f"{path.name}: {shopify_described()}")
    elif woocommerce:
        mapped = with_defaults(WOOCOMMERCE_FIELDS, source.columns, mapped)
        _warn(result, f"{path.name}: {woocommerce_described()}")
    targets, result.ignored_columns = _column_targets(source.columns, mapped, allowed)
    present = set(targets.values())
    # A product URL is a fine key when the file has no id of the competitor's.
    url_as_key = kind == "offers" and "key" not in present and "url" in present
    if url_as_key:
        present.add("key")
    missing = [c for c in required if c not in present]
    if missing:
        raise FileImportError(
            f"{path.name}: no column {', '.join(repr(m) for m in missing)}. Columns found: "
            f"{named_briefly([c for c in source.columns if c])}. Rename them with --map COLUMN=FIELD."
        )
    result.fields = [f for f in allowed if f in present]
    if kind == "products" and "price" in present:
        result.fields.append("currency")  # settled with the price, from the file or the shop's default
    label = "sku" if kind == "products" else "key"
    rows, decimal_hint = _without_repeated_headers(source.rows, source.columns, result), source.decimal_hint
    rows = _signed_where_money(rows, targets, result)
    if shopify:
        rows = shopify_rows(rows, result, keyed_by_variant_sku=targets.get("variant sku") == "sku")
    elif woocommerce:
        rows = woocommerce_rows(rows, result)
    ahead = list(itertools.islice(rows, CALIBRATION_ROWS))
    rows = itertools.chain(ahead, rows)
    money_columns = [column for column, field in targets.items() if field in MONEY_FIELDS]
    for column in money_columns:
        _refuse_words_for_amounts(column, [(row.line, row.values.get(column)) for row in ahead], result.unit)
    writing = MoneyWriting.of(row.values.get(column) for row in ahead for column in money_columns)
    # The file's own prices say which mark is decimal ("1.99" beside "2.499", "£1,299.00" beside
    # "£1,299"), from its first rows; the separator's convention (a semicolon file writes decimal
    # commas) only when they show none. A semicolon file saved by an English Excel writes "1.99",
    # and its "2.499" was read as 2499 and its "£1,299" as 1.299.
    decimal_hint = writing.decimal_mark or decimal_hint
    # Keys as a person compares them (`folded_key`) -> the line they were first on, with a 32-bit
    # hash of the key as written beside it in one int: one dict, as large as a dict of the keys
    # alone (a million skus), finds both the duplicate (an error) and the key that differs from
    # an earlier one only by case, Unicode form or invisible characters (a warning). Two keys differing by case whose hashes agree
    # (one pair in four billion) would be taken for a duplicate: an error, never a silent merge.
    first_line: dict[object, int] = {}
    # Columns whose header cell is empty: a trailing separator's column, empty in every row, is
    # nothing; one holding values (a column nobody titled) is said once, as ignored columns are,
    # where its values were dropped without a word.
    unnamed = [number for number, column in enumerate(source.columns, start=1) if not column]
    hidden: list[int] = []  # the first few rows read that the sheet hides, and how many (`hidden_rows_note`)
    hidden_count = 0
    for row in rows:
        if row.hidden:
            hidden_count += 1
            if len(hidden) < 10:
                hidden.append(row.line)
        if unnamed and (held := row.values.get("")) is not None and str(held).strip():
            which = (f"column {unnamed[0]} has" if len(unnamed) == 1
                     else f"columns {', '.join(map(str, unnamed[:-1]))} and {unnamed[-1]} have")
            _warn(result, f"{result.unit} {row.line}: {which} no name in the header but hold{'s' if len(unnamed) == 1 else ''} "
                          f"{str(held)[:40]!r}; ignored (give the column a name in the header, or remove it)")
            unnamed = []
        if row.unsaved and (problems := row.unsaved_problems(targets)):
            result.rejected.append(Rejected(row.line, row.values, problems))
            continue
        if cut := [c for c in row.missing if c in targets]:
            result.rejected.append(Rejected(row.line, row.values, [
                f"column{'s' if len(cut) > 1 else ''} {', '.join(map(repr, cut))}: absent, the line ends after "
                f"{len(row.values)} field(s) where the header has {len(source.columns)} (a line cut short?)"]))
            continue
        values = {targets[c]: v for c, v in row.values.items() if c in targets}
        if url_as_key:
            values["key"] = _url_key(values.get("url"))
        item = _check(row, values, model, decimal_hint, default_currency, result, writing)
        if item is None:
            continue
        value = getattr(item, key)
        folded = folded_key(value) if isinstance(value, str) and not url_as_key else value
        written = hash(value) & 0xFFFFFFFF
        if folded in first_line:
            line, earlier = first_line[folded] >> 33, first_line[folded] & 0xFFFFFFFF
            plain = (first_line[folded] >> 32) & 1 and (not isinstance(value, str) or value.isascii())
            if earlier == written:
                result.rejected.append(
                    Rejected(row.line, {key: value}, [f"column {key!r}: {label} {value!r} already on {result.unit} {line}"]))
                continue
            # Kept apart, as the systems the file came from may keep them, but said: "AB12" and
            # "ab12" are most often one product typed twice.
            how = "case" if plain else _how_it_differs(value)
            _warn(result, f"{result.unit} {row.line}, column {key!r}: {label} {value!r} differs only by {how} from the "
                          f"{label} on {result.unit} {line}; both kept (if they are one product, keep one row)")
        else:
            # the line, whether the key is ASCII (a difference between two such is one of case), its hash
            first_line[folded] = row.line << 33 | (not isinstance(value, str) or value.isascii()) << 32 | written
        if stored_padded and isinstance(value, str) and value in stored_padded:
            _warn(result, f"{result.unit} {row.line}, column {key!r}: {label} {value!r} is stored as {stored_padded[value]!r}: "
                          "its leading zeros were lost (a spreadsheet reads such a column as numbers); kept as "
                          "another product (format the column as text before saving, or fix the value)")
        yield row.line, item
    if hidden_count:
        _warn(result, hidden_rows_note(path.name, hidden, hidden_count))


def _signed_where_money(rows: Iterable[Row], targets: Mapping[str, str], result: ImportResult) -> Iterator[Row]:
    """The rows with a currency a workbook cell's format shows written beside its number where the
    column feeds a money field (`Row.signed`), so "$12.50" in a euro workspace is not stored as
    euros (F64). A column feeding another field (a stock count, a size, a GTIN) formatted as money
    by a template is read as the numbers it holds, said once per column: refused as "$5", a
    template's slip blocked an import of prices."""
    money = [column for column, target in targets.items() if target in MONEY_FIELDS]
    said: set[str] = set()
    for row in rows:
        if row.signs:
            for column in sorted(row.signs.keys() - said - set(money)):
                if column in targets and targets[column] != "sales_weight":  # a weight may be revenue
                    said.add(column)
                    _warn(result, f"column {column!r}: its cells are formatted as money ({row.signs[column]}), but "
                                  f"{targets[column]!r} holds none; read as the numbers they hold")
            row.signed(money)
        yield row


def _without_repeated_headers(rows: Iterable[Row], columns: Sequence[str], result: ImportResult) -> Iterator[Row]:
    """The rows but those repeating the header. Two exports pasted together: the second's header
    was read as a product named "name" keyed "key". Skipped and said, as a line that is no record."""
    header = {column for column in columns if column}
    for row in rows:
        if _repeats_header(row.values, header):
            _warn(result, f"{result.unit} {row.line} repeats the header (two files pasted together?); skipped")
            continue
        yield row


def folded_key(value: str) -> str:
    """A key as a person compares it: case folded, in one Unicode form (NFKC: "é" typed as e and
    a combining accent on a Mac is "é" typed on Windows; a full-width "Ａ" is "A"), and without the
    invisible characters a copy from a web page or a PDF brings (zero-width spaces and joiners, soft
    hyphens, a byte order mark: Unicode's format characters). ASCII keys, nearly all, are only
    case folded."""
    if value.isascii():
        return value.casefold()
    seen = "".join(c for c in unicodedata.normalize("NFKC", value) if unicodedata.category(c) != "Cf")
    return seen.casefold()


def _how_it_differs(value: str) -> str:
    """What a key that folds to an earlier one, not both ASCII, may differ by, for the warning."""
    hidden = sorted({f"U+{ord(c):04X}" for c in value if unicodedata.category(c) == "Cf"})
    if hidden:
        return f"invisible characters ({', '.join(hidden)} in this one)"
    return "case, the way its letters are encoded (Unicode normalisation) or invisible characters"


def _repeats_header(values: Mapping[str, object], header: set[str]) -> bool:
    """Whether a row's cells are its columns' own names (cleaned as a header is), two or more of them."""
    named = [(column, value) for column, value in values.items() if value not in (None, "")]
    return len(named) >= 2 and len(header) >= 2 and all(
        isinstance(value, str) and _column_key(value) == column for column, value in named)


def _url_key(url: object) -> object:
    """A product URL as an offer's key, read as a crawl reads links (`crawlers.urls.canonical_url`):
    without tracking parameters, session ids and fragment, so one product listed as
    "/p/1?utm_source=mail" and "/p/1#reviews" is one product, not three."""
    if not isinstance(url, str) or not re.match(r"https?://", url.strip(), re.I):
        return url
    from crawlers.urls import canonical_url

    try:
        return canonical_url(url.strip())
    except ValueError:  # a URL urllib cannot split (a bad port, brackets): kept as written
        return url


def load_file(
    path: str | Path,
    kind: str,
    *,
    mapping: Sequence[str] = (),
    sep: str | None = None,
    encoding: str | None = None,
    default_currency: str | None = None,
    keep_valid: bool = True,
    spill: bool = False,
    stored_padded: Mapping[str, str] | None = None,
) -> ImportResult:
    """Read and validate a whole file of `kind` "products" (ours) or "offers" (a competitor's).

    With keep_valid=False the valid rows are only counted (`valid_count`); with
    spill=True they are kept on disk instead of in memory (`result.batches()`
    reads them back). Either way a file of millions of rows is checked in
    bounded memory, and with `spill` written without being read twice.
    """
    result = ImportResult(spill=ValidSpill() if spill else None)
    try:
        for line, item in _checked_rows(Path(path), kind, result, mapping=mapping, sep=sep, encoding=encoding,
                                        default_currency=default_currency, stored_padded=stored_padded):
            result.valid_count += 1
            if result.spill is not None:
                result.spill.add(item)
            elif keep_valid:
                result.valid.append((line, item))
    except BaseException:
        result.close()
        raise
    result.rejected.sort(key=lambda r: r.line)
    return result


def keys_with_leading_zeros(keys: Iterable[str]) -> dict[str, str]:
    """The stored keys made of digits that begin with a zero, by what is left without the zeros
    ("00123" under "123"): what a spreadsheet makes of them when it reads the column as numbers.

    >>> keys_with_leading_zeros(["00123", "0456", "789", "0AB"])
    {'123': '00123', '456': '0456'}
    """
    return {key.lstrip("0"): key for key in keys if key[:1] == "0" and key.isdigit() and key.lstrip("0")}


def stored_skus_with_leading_zeros(conn: Connection) -> dict[str, str]:
    """`keys_with_leading_zeros` of our stored skus (only those beginning with a zero are read)."""
    from storecheck import db

    query = select(db.own_products.c.sku).where(db.own_products.c.sku.like("0%"))
    return keys_with_leading_zeros(conn.execute(query).scalars())
