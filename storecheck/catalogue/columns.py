"""A file's columns to storecheck's fields: `--map COLUMN=FIELD`, and which columns feed a field."""

from __future__ import annotations

from collections.abc import Sequence

from storecheck.catalogue.source import FileImportError
from storecheck.models import _CONTROL


def parse_map(pairs: Sequence[str]) -> dict[str, str]:
    """`--map "EAN code=gtin"` -> {"ean code": "gtin"} (file columns compared case-insensitively)."""
    mapping = {}
    for pair in pairs:
        column, sep, target = pair.rpartition("=")
        if not sep or not column.strip() or not target.strip():
            raise FileImportError(f"--map {pair!r} must look like COLUMN=FIELD")
        mapping[_column_key(column)] = target.strip().lower()
    return mapping


def _column_key(name: object) -> str:
    # A header cell is cleaned as the cells under it are (`models.clean_text`): a NUL or another
    # control character in "na\0me" left the column unread and was printed to the terminal.
    return _CONTROL.sub("", str(name).replace("\ufeff", "")).strip().lower()


def named_briefly(names: Sequence[str], shown: int = 20) -> str:
    """Column names for a message: the first `shown`, then how many more (a sheet of 16,384
    columns printed 200 KB of names).

    >>> named_briefly(["a", "b", "c"], 2)
    'a, b and 1 more'
    """
    listed = ", ".join(names[:shown])
    return listed if len(names) <= shown else f"{listed} and {len(names) - shown:,} more"


def with_defaults(fields: dict[str, str], columns: Sequence[str], mapping: dict[str, str]) -> dict[str, str]:
    """`mapping` (--map, which wins) with a platform export's own columns for the fields it leaves
    unmapped (`fields`: column key -> field, as `shopify.FIELDS` and `woocommerce.FIELDS` name them)."""
    taken = set(mapping.values())
    defaults = {column: field for column, field in fields.items()
                if column in columns and column not in mapping and field not in taken}
    return {**defaults, **mapping}


def _column_targets(columns: list[str], mapping: dict[str, str], allowed: Sequence[str]) -> tuple[dict[str, str], list[str]]:
    """file column -> field for the columns that feed a field, and the columns ignored."""
    unknown_targets = sorted(set(mapping.values()) - set(allowed))
    if unknown_targets:
        raise FileImportError(f"--map names unknown field(s) {', '.join(unknown_targets)}; fields are: {' '.join(allowed)}")
    missing_sources = sorted(set(mapping) - set(columns))
    if missing_sources:
        raise FileImportError(f"--map names column(s) not in the file: {', '.join(missing_sources)}; columns are: {', '.join(columns)}")
    # Two columns feeding one field (a header written twice, or --map onto a field the file
    # already has) would be read as whichever came last in the row: which one holds the
    # price is the user's to say, so the file is refused before a row is read.
    feeding: dict[str, list[int]] = {}
    for number, column in enumerate(columns, start=1):
        target = mapping.get(column, column)
        if column and target in allowed:
            feeding.setdefault(target, []).append(number)
    for target, numbers in feeding.items():
        if len(numbers) > 1:
            names = sorted({repr(columns[n - 1]) for n in numbers})
            raise FileImportError(
                f"columns {' and '.join(str(n) for n in numbers)} ({', '.join(names)}) would all give the field "
                f"{target!r}; say which one holds it: rename or remove the others (or change --map)"
            )
    renamed = {c: mapping.get(c, c) for c in columns}
    ignored = [c for c, target in renamed.items() if target not in allowed and c]
    return {c: target for c, target in renamed.items() if target in allowed}, ignored
