"""Writing tables to CSV or XLSX files that are safe to open in a spreadsheet.

Cells hold competitors' and people's text. A cell starting with = + - @ (or a
tab or carriage return) would run as a formula in Excel or LibreOffice, so
such text is written as text: prefixed with an apostrophe in CSV (the usual
defence, and what a spreadsheet shows as text), typed as a string in XLSX.
Every CSV import, and every XLSX import (a CSV export saved as a workbook
keeps it as text), takes that apostrophe off again (`read_csv_cell`), so an
exported file read back (a catalogue, pairs decided in a spreadsheet) holds
the names it was written with; text that itself starts with an apostrophe
before such a sign gets a second one, so the two never mix.
Numbers stay numbers; Decimals stay exact in CSV. A missing value (None,
or the NaN / NaT pandas puts in an empty cell) is an empty cell, and a
structured value (a promotion, a run's dropped items) is written as JSON, an
empty one as an empty cell: never a Python repr.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, time
from decimal import Decimal
from typing import TypeGuard, cast
from pathlib import Path

from storecheck.errors import CannotWrite, StorecheckError

# The characters a worksheet cannot hold (those openpyxl refuses).
_NOT_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# What one sheet holds in Excel and LibreOffice: rows (the header is one of them) and characters in
# a cell. openpyxl writes past both, and a spreadsheet opens such a file cut short or "repaired".
# Module constants, so a test can lower them.
XLSX_MAX_ROWS = 1_048_576
XLSX_MAX_CELL_CHARS = 32_767


class TableTooLarge(StorecheckError):
    """A table that one XLSX sheet cannot hold."""


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# The first characters after which a CSV cell may need an apostrophe (a formula's, or an apostrophe).
_MARKED_START = frozenset(_FORMULA_START) | {"'"}


def _looks_like_formula(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and value.startswith(_FORMULA_START)


def _needs_apostrophe(text: str) -> bool:
    return text.startswith(_FORMULA_START) or (text.startswith("'") and text.lstrip("'").startswith(_FORMULA_START))


def read_csv_cell(text: str) -> str:
    """A CSV cell as it was before `csv_cell` wrote it: the apostrophe put before = + - @ (a tab, a
    return) taken off. Without it, "=Rival" came back from its own export as "'=Rival": an unknown
    competitor to `matches import`, and a second product to `catalogue import`."""
    return text[1:] if text.startswith("'") and _needs_apostrophe(text[1:]) else text


def _is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, (str, bytes, dict, list, tuple)):
        return not value and not isinstance(value, str)
    try:
        return bool(value != value)  # NaN and NaT are the only values unequal to themselves
    except (TypeError, ValueError):
        return False


def _json_text(value: dict | list | tuple) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def csv_cell(value: object) -> object:
    """One value as a CSV cell (see `csv_row`)."""
    return csv_row((value,))[0]


def csv_row(values: Iterable[object]) -> list[object]:
    """Each value as a CSV cell: blank for missing, an apostrophe before a text a spreadsheet would take
    for a formula, JSON for a dict or list. The common cells first, by exact type and inline, one call a
    row (a report's CSVs hold 1.5 million cells: a call per cell cost a third of their time)."""
    line: list[object] = []
    for value in values:
        kind = type(value)
        if kind is str:
            text = cast(str, value)  # the exact type was just read: isinstance would ask again
            # Most cells start with a letter or a digit: one look at the first character settles them.
            line.append(text if not text or text[0] not in _MARKED_START
                        else "'" + text if _needs_apostrophe(text) else text)
        elif value is None:
            line.append("")
        elif kind is int or kind is bool:
            line.append(value)
        elif kind is Decimal or kind is float:
            line.append("" if value != value else value)  # NaN is the only value unequal to itself
        else:
            line.append(_other_cell(value))
    return line


def _other_cell(value: object) -> object:
    if _is_blank(value):
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (dict, list, tuple)):
        value = _json_text(value)
    if isinstance(value, str) and _needs_apostrophe(value):
        return "'" + value
    return value


def _xlsx_value(value: object) -> object:
    if _is_blank(value):
        return None
    if isinstance(value, str):
        # A worksheet cannot hold control characters (openpyxl refuses the whole file): text stored
        # before names were cleaned of them, or a run's error quoting a page, keeps the rest.
        text = _NOT_IN_XLSX.sub("", value)
        if text[:1] == "'" and _needs_apostrophe(text):
            # Every import takes an apostrophe before a formula's sign off ("'=Rival", a CSV export
            # saved as XLSX): a text that itself starts so keeps it by a second one, as in CSV.
            text = "'" + text
        # Past a cell's characters (a crawled description), cut where the eye sees it: "…". A
        # spreadsheet counts UTF-16 units (an emoji is two), so the cut is made in those.
        if len(text) * 2 <= XLSX_MAX_CELL_CHARS or len(text.encode("utf-16-le")) <= 2 * XLSX_MAX_CELL_CHARS:
            return text
        kept = text.encode("utf-16-le")[: 2 * (XLSX_MAX_CELL_CHARS - 1)].decode("utf-16-le", errors="ignore")
        return kept + "…"
    if isinstance(value, Decimal):
        return float(value)  # spreadsheets hold floats; the CSV export stays exact
    if isinstance(value, (dict, list, tuple)):
        return _json_text(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        # XLSX has no time zones: every value is written in UTC (a table's time on a store's clock too).
        return value.astimezone(UTC).replace(tzinfo=None)
    if isinstance(value, time) and value.tzinfo is not None:
        return value.replace(tzinfo=None)
    return value


def write_table(rows: Sequence[dict], path: str | Path, columns: Sequence[str]) -> Path:
    """Write rows as CSV or XLSX (by extension), atomically; missing folders are made, as the
    report's are. A path that cannot be written raises CannotWrite, naming it."""
    path = Path(path)
    if path.suffix.lower() == ".xlsx" and len(rows) >= XLSX_MAX_ROWS:
        raise TableTooLarge(f"{len(rows):,} rows do not fit in an XLSX sheet (at most {XLSX_MAX_ROWS - 1:,} below "
                            f"its header); export to a .csv file instead")
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_rows(rows, tmp, path.suffix.lower() == ".xlsx", columns)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp.parent.is_dir():
            tmp.unlink(missing_ok=True)
        raise CannotWrite("the table", path, exc) from None
    return path


def _write_rows(rows: Sequence[dict], tmp: Path, xlsx: bool, columns: Sequence[str]) -> None:
    if xlsx:
        import openpyxl
        from openpyxl.cell import WriteOnlyCell

        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("data")
        sheet.append(list(columns))
        for row in rows:
            cells = []
            for column in columns:
                value = _xlsx_value(row.get(column))
                cell = WriteOnlyCell(sheet, value=value)
                if _looks_like_formula(value):
                    cell.data_type = "s"  # text, shown as typed, never evaluated
                cells.append(cell)
            sheet.append(cells)
        book.save(tmp)
    else:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows:
                writer.writerow(csv_row(map(row.get, columns)))
