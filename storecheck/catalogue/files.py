"""A file to its columns and rows, by the reader its suffix calls for (CSV, XLSX, JSON), unless
its first bytes say it is a workbook whatever its name."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

from storecheck.catalogue.csv_files import _read_csv
from storecheck.catalogue.encoding import detect_encoding, first_line_not_utf8
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


# The first bytes of an OLE compound file: Excel 97-2003's .xls, and any Office file saved with a
# password to open (its encrypted package is wrapped in one, whatever the suffix).
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _ole_streams(path: Path) -> bytes:
    """The names in an OLE compound file's first directory sector (UTF-16 LE, as stored), or b''."""
    with path.open("rb") as handle:
        header = handle.read(512)
        if len(header) < 512:
            return b""
        sector_size = 1 << struct.unpack_from("<H", header, 30)[0]
        first = struct.unpack_from("<I", header, 48)[0]
        if sector_size not in (512, 4096) or first >= 0xFFFFFFFA:
            return b""
        handle.seek((first + 1) * sector_size)
        return handle.read(sector_size)


def workbook_kind(path: Path) -> str | None:
    """What a file is by its first bytes, when it is a spreadsheet program's: "xlsx" (a zip holding
    xl/workbook.xml), "ods" (LibreOffice), "encrypted" (an Office file with a password to open),
    "xls" (Excel 97-2003), "ole" (one of the two, which its directory does not tell), "zip" (another
    archive); None for anything else (text: CSV or JSON).

    A workbook renamed ".csv" for an import that asked for a CSV, an .ods, or a workbook with a password
    were all read as text, and refused as "cannot tell the file's encoding; give it with --encoding"
    or "not a zip file": nothing a user could act on."""
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == _OLE_MAGIC:
        streams = _ole_streams(path)
        if "EncryptedPackage".encode("utf-16-le") in streams:
            return "encrypted"
        if "Workbook".encode("utf-16-le") in streams or "Book".encode("utf-16-le") in streams:
            return "xls"
        return "ole"
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return "xlsx"
            info = archive.getinfo("mimetype") if "mimetype" in names else None
            if info is not None and info.file_size < 200 and archive.read(info).startswith(
                    b"application/vnd.oasis.opendocument.spreadsheet"):
                return "ods"
    except (zipfile.BadZipFile, OSError):
        pass  # a damaged archive: the reader its suffix calls for says what it can
    return "zip"


_NOT_READ = {
    "ods": "an OpenDocument spreadsheet (.ods, what LibreOffice Calc saves); storecheck reads XLSX, CSV and "
           "JSON: save it as .xlsx (File > Save As > Excel 2007-365) or as CSV",
    "encrypted": "a workbook with a password to open (encrypted); save a copy without the password "
                 "(File > Info > Protect Workbook > Encrypt with Password, emptied) and import that",
    "xls": "a workbook in Excel 97-2003's .xls format; save it as .xlsx (File > Save As > Excel Workbook) or as CSV",
    "ole": "a password-protected workbook or one in Excel 97-2003's .xls format (an OLE file, not an XLSX); save "
           "it as .xlsx without a password to open, or as CSV",
}


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
    kind = workbook_kind(path)
    if kind in _NOT_READ:
        raise FileImportError(f"this file is {_NOT_READ[kind]}")
    if kind == "xlsx" and suffix not in (".xlsx", ".xlsm", ".xls"):
        # Refused rather than read: openpyxl opens a workbook only under a workbook's name.
        raise FileImportError(f"this file is an XLSX workbook under a {suffix or 'bare'} name: give it its .xlsx "
                              "name and import that, or save it as CSV from the spreadsheet program")
    if kind == "zip" and suffix not in (".xlsx", ".xlsm", ".xls"):
        raise FileImportError(f"this file is a zip archive, not a {suffix.lstrip('.').upper() or 'CSV'} file; unpack it "
                              "and import the file it holds")
    if suffix in (".xlsx", ".xlsm", ".xls"):
        return _read_excel(path, is_header)
    chosen, errors, warnings = detect_encoding(_file_chunks(path), encoding)
    if chosen == "utf-8-sig" and encoding is None and (bad := first_line_not_utf8(_file_chunks(path))) is not None:
        line, byte = bad
        raise FileImportError(f"line {line}: the file starts with a UTF-8 byte order mark, but from this line on its "
                              f"bytes are not UTF-8 (0x{byte:02X}): a program wrote the mark and then another encoding? "
                              "Save it again as UTF-8 (in Excel: CSV UTF-8)")
    if suffix in (".json", ".jsonl", ".ndjson"):
        source = _read_json(path, chosen, errors)
    else:
        source = _read_csv(path, chosen, errors, sep, is_header)
    source.warnings = warnings + source.warnings
    return source
