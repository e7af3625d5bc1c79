"""Import our catalogue and competitors' offer files (CSV, XLSX, JSON).

Files as people really save them: UTF-8 with or without BOM, Windows-1252
from Excel, comma or semicolon separators, decimal commas, empty optional
fields. A file is validated whole before anything is written: one bad row
stops the import with its line and column named, unless the caller asks to
skip invalid rows (they are then returned with their reasons).

Memory stays bounded whatever the file: CSV, JSON and JSON-lines files are
read as a stream of rows, validated in one pass (the valid items kept in a
temporary file, see `ValidSpill`) and written from there in batches, so the
file is read and checked once; a line may be at most MAX_LINE_CHARS long, an
XLSX part that would unpack beyond MAX_XLSX_PART_BYTES is refused before it is
read, and a sheet may not run past the 1,048,576 rows and 16,384 columns a
spreadsheet can hold. A JSON document is streamed by ijson one record at a
time; a record nested deeper than MAX_JSON_DEPTH is refused with the file named.

Its stages, a file each, in the order a file goes through them:

- `source`     what every reader yields (`Source`, `Row`) and `FileImportError`
- `encoding`   which encoding a file is in (`detect_encoding`, `decode`)
- `csv_files`, `workbooks`, `json_files`  a reader per format; `files` picks one (`open_rows`)
- `columns`    the file's columns to our fields (`--map`, `parse_map`)
- `spoilt_text` text a feed spoilt before the file was written: HTML entities, mojibake (`mend`)
- `amounts`    the money columns: amounts, currency, how the file writes them (`MoneyWriting`)
- `rows`       one row to a valid product or offer, or a rejected row with its reasons
- `load`       a whole file read, mapped and checked (`load_file`)
- `results`    what an import gives back (`ImportResult`) and the rejected rows as CSV

The limits (MAX_LINE_CHARS in `source`, MAX_XLSX_PART_BYTES and XLSX_MAX_ROWS
in `workbooks`, MAX_JSON_DEPTH in `json_files`, WRITE_BATCH_ROWS and
MAX_WARNINGS in `results`) live in the module that reads them and are not
named here: a test lowers them there, and lowering a copy here would change
nothing without a word.

The names below are the package's public surface; import them from here.
A name with a leading underscore (`_read_csv`, `_check`, `_warn`) is the
package's own: its stages import one another's, code outside the package
does not, so such a name may change with the stages.
"""

from __future__ import annotations

from storecheck.catalogue.amounts import CALIBRATION_ROWS, MONEY_FIELDS, NO_VALUE_WORDS, MoneyWriting
from storecheck.catalogue.columns import parse_map
from storecheck.catalogue.encoding import decode, detect_encoding
from storecheck.catalogue.files import open_rows, read_rows
from storecheck.catalogue.load import EXTRA_OFFER_FIELDS, EXTRA_OWN_FIELDS, keys_with_leading_zeros, load_file, stored_skus_with_leading_zeros
from storecheck.catalogue.results import ImportResult, Rejected, ValidSpill, problems_of, write_rejected
from storecheck.catalogue.source import FileImportError, Row, Source
from storecheck.catalogue.workbooks import iter_sheet, open_workbook, sheet_rows

__all__ = [
    "CALIBRATION_ROWS",
    "EXTRA_OFFER_FIELDS",
    "EXTRA_OWN_FIELDS",
    "MONEY_FIELDS",
    "NO_VALUE_WORDS",
    "FileImportError",
    "ImportResult",
    "MoneyWriting",
    "Rejected",
    "Row",
    "Source",
    "ValidSpill",
    "decode",
    "detect_encoding",
    "iter_sheet",
    "keys_with_leading_zeros",
    "load_file",
    "stored_skus_with_leading_zeros",
    "open_rows",
    "open_workbook",
    "parse_map",
    "problems_of",
    "read_rows",
    "sheet_rows",
    "write_rejected",
]
