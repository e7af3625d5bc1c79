"""A file to its columns and rows, by the reader its suffix calls for (CSV, XLSX, JSON)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from storecheck.catalogue.csv_files import _read_csv
from storecheck.catalogue.encoding import detect_encoding
from storecheck.catalogue.json_files import _read_json
from storecheck.catalogue.source import FileImportError, Row, Source, _file_chunks
from storecheck.catalogue.workbooks import _read_excel


def read_rows(path: Path, *, sep: str | None = None, encoding: str | None = None,
              is_header: Callable[[list[str]], bool] | None = None) -> tuple[list[str], list[Row], str | None]:
    """Read a CSV / XLSX / JSON file into rows keyed by lower-cased column name.

    Returns (columns, rows, decimal_hint). Line numbers are the file's own:
    spreadsheet row or CSV line (header = line 1), JSON record number.
    """
    source = open_rows(path, sep=sep, encoding=encoding, is_header=is_header)
    return source.columns, list(source.rows), source.decimal_hint


def not_a_file(path: Path) -> str:
    """Why `path` cannot be read as a file. A device, a pipe or a socket exists but is no file: one
    that sends forever (/dev/zero) would never end, and a file is read twice (its encoding from its
    first bytes, then its rows), which a pipe cannot be; "does not exist" sent the user looking
    for a typing error."""
    if path.is_dir():
        return f"{path} is a folder, not a file"
    if path.exists():
        return f"{path} is not a regular file (a device, a pipe or a socket); save what it sends to a file and import that"
    return f"{path} does not exist"


def open_rows(path: Path, *, sep: str | None = None, encoding: str | None = None,
              is_header: Callable[[list[str]], bool] | None = None) -> Source:
    """The file's columns and a stream of its rows (see `read_rows`). `is_header`, given the names
    of a row, says whether it names the columns the import needs: a sheet or CSV whose first row does
    not and a row a few below does (a title above the table) is read from that row
    (`workbooks.header_row`)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise FileImportError(not_a_file(path))
    if suffix in (".xlsx", ".xlsm", ".xls"):
        return _read_excel(path, is_header)
    chosen, errors, warnings = detect_encoding(_file_chunks(path), encoding)
    if suffix in (".json", ".jsonl", ".ndjson"):
        source = _read_json(path, chosen, errors)
    else:
        source = _read_csv(path, chosen, errors, sep, is_header)
    source.warnings = warnings + source.warnings
    return source
