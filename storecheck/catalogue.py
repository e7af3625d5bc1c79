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
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import itertools
import json
import pickle
import re
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import ijson
from pydantic import ValidationError

from storecheck.models import (
    OFFER_FIELDS,
    OWN_PRODUCT_FIELDS,
    Offer,
    OwnProduct,
    gtin_check_digit_ok,
    isbn13,
    normalise_gtin,
)
from storecheck.money import (
    BEFORE_TAX,
    NoAmount,
    agreed_mark,
    has_digit,
    in_exponent,
    names_its_currency,
    normalise_currency,
    quoted,
    read_money,
    shown_mark,
    tax_note,
)
from storecheck.tables import write_table

EXTRA_OWN_FIELDS = ("cost", "sales_weight")
# Limits that keep a hostile or damaged file from taking the machine's memory
# (module constants, so a test can lower them).
MAX_LINE_CHARS = 1_048_576
MAX_XLSX_PART_BYTES = 256 * 2**20
XLSX_MAX_ROWS, XLSX_MAX_COLUMNS = 1_048_576, 16_384  # what Excel and LibreOffice can hold
# Rows written per transaction by `ImportResult.batches`' callers: a short lock, a small batch in memory.
WRITE_BATCH_ROWS = 5000
# Warnings kept for the user; the rest are counted.
MAX_WARNINGS = 1000
# A product record is a few levels deep (a promotion, a list of images); deeper is a damaged file.
MAX_JSON_DEPTH = 64
# How much of a file's non-ASCII text the encoding guess looks at.
_SAMPLE_BYTES = 1_048_576
_CHUNK_BYTES = 1_048_576
EXTRA_OFFER_FIELDS = ("sku", "image", "size", "parent_key", "unit_price", "unit")


class FileImportError(Exception):
    """A file that cannot be imported as it is; `problems` names each row and column."""

    def __init__(self, message: str, problems: Sequence[str] = ()):
        self.problems = list(problems)
        shown = self.problems[:20]
        more = len(self.problems) - len(shown)
        text = message + "".join(f"\n  {p}" for p in shown)
        if more > 0:
            text += f"\n  ... and {more} more"
        super().__init__(text)


@dataclass
class Row:
    """One record of a file with where it came from, for error messages."""

    line: int
    values: dict[str, object]
    # column -> formula of the cells that hold a formula but not its result (XLSX): read as
    # empty, which they are not; refused where the column feeds a field (`unsaved_problems`).
    unsaved: dict[str, str] = field(default_factory=dict)
    # The columns a CSV line stops short of ("A1,Tea" under "sku,name,price"): absent, not
    # empty, so never read as an empty cell that clears a stored field.
    missing: list[str] = field(default_factory=list)

    def unsaved_problems(self, columns: Iterable[str]) -> list[str]:
        return [f"column {column!r}: holds {f'the formula ={formula}' if formula else 'a formula'} but not its "
                "result (the program that wrote the file calculates no formulas); open and save the file in a "
                "spreadsheet program, or write the values"
                for column, formula in self.unsaved.items() if column in columns]


@dataclass
class Rejected:
    line: int
    values: dict[str, object]
    reasons: list[str]


class ValidSpill:
    """The valid items of a checked file, kept in an unnamed temporary file (gone once closed,
    however the process ends): the write pass reads them back in batches, without reading,
    parsing and checking the file a second time."""

    def __init__(self):
        self.handle = tempfile.TemporaryFile()
        self.buffer: list = []

    def add(self, item) -> None:
        self.buffer.append(item)
        if len(self.buffer) >= WRITE_BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            pickle.dump(self.buffer, self.handle, protocol=pickle.HIGHEST_PROTOCOL)
            self.buffer = []

    def batches(self) -> Iterator[list]:
        """The items in the order they were added, a batch of at most WRITE_BATCH_ROWS at a time; then
        the file is closed."""
        self._flush()
        self.handle.seek(0)
        try:
            while True:
                try:
                    # Written by this process a moment ago, never by anyone else: safe to unpickle.
                    yield pickle.load(self.handle)
                except EOFError:
                    return
        finally:
            self.close()

    def close(self) -> None:
        self.buffer = []
        self.handle.close()


@dataclass
class ImportResult:
    valid: list = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    # The fields the file holds (after --map): a re-import updates only these,
    # so a file of prices does not wipe the brands and categories stored earlier.
    fields: list[str] = field(default_factory=list)
    valid_count: int = 0
    # The valid items on disk, with load_file(spill=True).
    spill: ValidSpill | None = None

    def close(self) -> None:
        """Let go of the spill, when its items are not to be written after all."""
        if self.spill is not None:
            self.spill.close()

    def batches(self) -> Iterator[list]:
        """The valid items, a batch of at most WRITE_BATCH_ROWS at a time (from the spill, else `valid`)."""
        if self.spill is not None:
            yield from self.spill.batches()
            return
        items = [item for _, item in self.valid]
        for start in range(0, len(items), WRITE_BATCH_ROWS):
            yield items[start:start + WRITE_BATCH_ROWS]


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
    return str(name).replace("\ufeff", "").strip().lower()


def decode(data: bytes, encoding: str | None = None) -> str:
    """Bytes -> text, with the encoding `detect_encoding` settles on."""
    chosen, errors, _ = detect_encoding([data], encoding)
    try:
        return data.decode(chosen, errors=errors)
    except (LookupError, UnicodeDecodeError) as exc:
        raise FileImportError(f"cannot read the file as {chosen}: {exc}") from None


# Well-formed UTF-8 sequences of two to four bytes: text that holds them and
# only a few bytes besides that are not UTF-8 is UTF-8 with stray bytes, not
# a file in another encoding.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def detect_encoding(chunks: Iterable[bytes], encoding: str | None = None) -> tuple[str, str, list[str]]:
    """(encoding, errors, warnings) for reading a file given as chunks of bytes.

    The given encoding, else a BOM, else UTF-8 when every byte fits it. A file
    that is UTF-8 but for a few stray bytes is read as UTF-8 with those bytes
    replaced (U+FFFD), and a warning names their lines: read as Windows-1252,
    every accent of it would turn into "Ã¼". Other files are Windows-1252 (what
    Excel saves as "CSV") unless charset-normalizer finds an encoding that reads
    them with less nonsense; that guess is then used and named in a warning.
    """
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise FileImportError(f"unknown encoding {encoding!r}") from None
        return encoding, "strict", []
    utf8 = codecs.getincrementaldecoder("utf-8")()
    cp1252_ok = True
    cp1252 = codecs.getincrementaldecoder("cp1252")()
    first = True
    sequences = stray = lines_before = 0
    stray_lines: list[int] = []
    sample = bytearray()
    for chunk in chunks:
        if first:
            first = False
            if chunk.startswith(b"\xef\xbb\xbf"):
                return "utf-8-sig", "strict", []
            if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
                return "utf-16", "strict", []
        if stray == 0:
            try:
                utf8.decode(chunk)
                lines_before += chunk.count(b"\n")
                continue
            except UnicodeDecodeError:
                pass
        # Not UTF-8 throughout: count what is and what is not, line by line.
        for line in chunk.split(b"\n"):
            lines_before += 1
            if not _HIGH_BYTE.search(line):
                continue
            if len(sample) < _SAMPLE_BYTES:
                sample += line + b"\n"
            found = len(_UTF8_SEQUENCE.findall(line))
            extra = len(_HIGH_BYTE.findall(line)) - sum(len(m) for m in _UTF8_SEQUENCE.findall(line))
            sequences += found
            if extra:
                stray += extra
                if len(stray_lines) < 10:
                    stray_lines.append(lines_before)
        lines_before -= 1  # the chunk's last piece runs on into the next chunk
        if cp1252_ok:
            try:
                cp1252.decode(chunk)
            except UnicodeDecodeError:
                cp1252_ok = False
    if stray == 0:
        return "utf-8", "strict", []
    if sequences > stray:
        where = ", ".join(str(n) for n in stray_lines) + (" ..." if stray > len(stray_lines) else "")
        return "utf-8", "replace", [
            f"line {where}: {stray} byte(s) that are not UTF-8 in a file that is otherwise UTF-8; read as UTF-8 with "
            "those bytes shown as \ufffd (give --encoding if the file is in another encoding)"
        ]
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(bytes(sample)).best()
    if cp1252_ok and (best is None or best.encoding == "cp1252"
                      or mess_ratio(bytes(sample).decode("cp1252")) <= best.chaos):
        return "cp1252", "strict", []
    if best is None:
        raise FileImportError("cannot tell the file's encoding; give it with --encoding")
    language = f", {best.language}" if best.language and best.language != "Unknown" else ""
    return best.encoding, "replace", [
        f"the file is not UTF-8 and reads as nonsense in Windows-1252; read as {best.encoding} "
        f"(the likely encoding{language}); give --encoding if names look wrong"
    ]


def _file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK_BYTES):
            yield chunk


def _bounded_lines(handle, where: str) -> Iterator[str]:
    """The handle's lines, refusing one longer than MAX_LINE_CHARS (a file with no line
    breaks would otherwise be read whole into one string)."""
    number = 0
    while line := handle.readline(MAX_LINE_CHARS + 1):
        number += 1
        if len(line) > MAX_LINE_CHARS:
            raise FileImportError(f"{where}line {number}: longer than {MAX_LINE_CHARS:,} characters; is this a CSV file?")
        yield line


@dataclass
class Source:
    """What a file holds, read as a stream: its columns, then its rows one by one."""

    columns: list[str]
    rows: Iterator[Row]
    decimal_hint: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_rows(path: Path, *, sep: str | None = None, encoding: str | None = None) -> tuple[list[str], list[Row], str | None]:
    """Read a CSV / XLSX / JSON file into rows keyed by lower-cased column name.

    Returns (columns, rows, decimal_hint). Line numbers are the file's own:
    spreadsheet row or CSV line (header = line 1), JSON record number.
    """
    source = open_rows(path, sep=sep, encoding=encoding)
    return source.columns, list(source.rows), source.decimal_hint


def open_rows(path: Path, *, sep: str | None = None, encoding: str | None = None) -> Source:
    """The file's columns and a stream of its rows (see `read_rows`)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise FileImportError(f"{path} does not exist")
    if suffix in (".xlsx", ".xlsm", ".xls"):
        return _read_excel(path)
    chosen, errors, warnings = detect_encoding(_file_chunks(path), encoding)
    if suffix in (".json", ".jsonl", ".ndjson"):
        source = _read_json(path, chosen, errors)
    else:
        source = _read_csv(path, chosen, errors, sep)
    source.warnings = warnings + source.warnings
    return source


def _read_csv(path: Path, encoding: str, errors: str, sep: str | None) -> Source:
    try:
        with path.open(encoding=encoding, errors=errors, newline="") as handle:
            first = next(_bounded_lines(handle, ""), None)
    except UnicodeDecodeError as exc:
        raise FileImportError(f"cannot read the file as {encoding}: {exc}") from None
    if first is None or not first.strip():
        raise FileImportError("the file is empty" if first is None else "line 1, the header, is empty")
    if sep is None:
        counts = {candidate: first.count(candidate) for candidate in (",", ";", "\t", "|")}
        sep = max(counts, key=counts.get) if max(counts.values()) > 0 else ","
    if sep in ("\\t", "tab", "TAB"):
        sep = "\t"
    if len(sep) != 1 or sep in ('"', "\n", "\r"):
        raise FileImportError(f"--sep {sep!r}: give one character, no quote or line break, such as , ; | or \\t for a tab")
    try:
        header = next(csv.reader([first], delimiter=sep))
    except csv.Error as exc:
        raise FileImportError(f"line 1: {exc}") from None
    columns = [_column_key(c) for c in header]
    # A semicolon-separated file is the European Excel format, with decimal commas.
    return Source(columns, _csv_records(path, encoding, errors, columns, sep), "," if sep == ";" else None)


def _csv_records(path: Path, encoding: str, errors: str, columns: list[str], sep: str) -> Iterator[Row]:
    # The file is opened only once the rows are asked for, so a file refused for
    # its columns leaves nothing open.
    with path.open(encoding=encoding, errors=errors, newline="") as handle:
        lines = _bounded_lines(handle, "")
        next(lines, None)  # the header
        reader = csv.reader(lines, delimiter=sep)
        start = 2
        try:
            for record in reader:
                line = start
                start = reader.line_num + 2
                if not any(cell.strip() for cell in record):
                    continue
                if len(record) > len(columns):
                    raise FileImportError(
                        f"line {line}: {len(record)} fields but the header has {len(columns)} "
                        f"(is the separator {sep!r} right? try --sep)"
                    )
                yield Row(line, dict(zip(columns, record)), missing=[c for c in columns[len(record):] if c])
        except csv.Error as exc:
            raise FileImportError(f"line {reader.line_num + 1}: {exc}") from None
        except UnicodeDecodeError as exc:
            raise FileImportError(f"line {reader.line_num + 2}: cannot read the file as {encoding}: {exc}") from None


def open_workbook(path: Path):
    """An XLSX workbook opened for streaming, refused when a part it would hold in
    memory (shared strings, styles) unpacks beyond MAX_XLSX_PART_BYTES: a small file
    can hold one string of gigabytes. Worksheets are streamed, never held whole."""
    import openpyxl

    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                limit = MAX_XLSX_PART_BYTES
                if info.filename.startswith("xl/worksheets/"):
                    if _sheet_has_dimension(archive, info):
                        continue  # streamed row by row, never held whole
                    # Without a <dimension>, openpyxl parses the whole sheet into memory just to
                    # size it (about 8 times its XML), before a single row is read.
                    limit = MAX_XLSX_PART_BYTES // 8
                if info.file_size > limit:
                    raise FileImportError(
                        f"its part {info.filename} unpacks to {info.file_size / 1e6:,.0f} MB, beyond the "
                        f"{limit / 1e6:,.0f} MB a spreadsheet of products needs; not read (save the sheet "
                        "again from a spreadsheet program, or as CSV, if it is really that large)"
                    )
    except zipfile.BadZipFile as exc:
        raise FileImportError(f"{path} is not a readable XLSX file: {exc}") from None
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise FileImportError(f"{path} is not a readable XLSX file: {exc}") from None


def _sheet_has_dimension(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether a worksheet states its size (<dimension>) before its rows, as spreadsheet programs write it."""
    with archive.open(info) as part:
        head = part.read(65_536)
    rows = re.search(rb"<(?:\w+:)?sheetData\b", head)
    dimension = re.search(rb"<(?:\w+:)?dimension\b", head)
    return dimension is not None and (rows is None or dimension.start() < rows.start())


def _read_excel(path: Path) -> Source:
    book = open_workbook(path)
    try:
        columns, _ = iter_sheet(book.worksheets[0])
    finally:
        book.close()
    if not columns:
        raise FileImportError("the spreadsheet is empty")

    def rows() -> Iterator[Row]:
        # Opened again only once the rows are asked for: nothing is left open otherwise.
        book = open_workbook(path)
        try:
            yield from iter_sheet(book.worksheets[0])[1]
        finally:
            book.close()

    return Source(columns, rows())


def sheet_rows(sheet) -> tuple[list[str], list[Row]]:
    """A worksheet's header and its non-empty rows, numbered as the spreadsheet shows them."""
    columns, rows = iter_sheet(sheet)
    rows = list(rows)
    # Every column of a visits sheet is read: a formula without its result is refused in any.
    for row in rows:
        if problems := row.unsaved_problems(columns):
            raise FileImportError(f"sheet {sheet.title!r}, row {row.line:,}, {problems[0]}")
    return columns, rows


def iter_sheet(sheet) -> tuple[list[str], Iterator[Row]]:
    """A worksheet's header and a stream of its non-empty rows; a sheet running past what
    a spreadsheet can hold is refused (an XLSX can declare millions of empty rows)."""
    if (sheet.max_row or 0) > XLSX_MAX_ROWS or (sheet.max_column or 0) > XLSX_MAX_COLUMNS:
        raise FileImportError(
            f"sheet {sheet.title!r} declares {sheet.max_row:,} rows and {sheet.max_column:,} columns, more than a "
            f"spreadsheet holds ({XLSX_MAX_ROWS:,} x {XLSX_MAX_COLUMNS:,}); is the file damaged?"
        )
    header = _first_row(sheet)
    if header is None:
        return [], iter(())
    columns = [_column_key(c) if c is not None else "" for c in header]

    def rows() -> Iterator[Row]:
        # No max_col: that would pad every row, empty ones too, to the widest a sheet can be.
        iterator = sheet.iter_rows(min_row=2, values_only=True)
        formulas = _unsaved_formulas(sheet)
        pending = next(formulas, None)
        try:
            for number, record in enumerate(iterator, start=2):
                if number > XLSX_MAX_ROWS:
                    raise FileImportError(f"sheet {sheet.title!r}, row {number:,}: beyond the {XLSX_MAX_ROWS:,} rows a spreadsheet holds")
                unsaved: dict[str, str] = {}
                while pending is not None and pending[0] <= number:
                    row, column, formula = pending
                    if row == number and column <= len(columns) and columns[column - 1]:
                        unsaved[columns[column - 1]] = formula
                    pending = next(formulas, None)
                if not unsaved and (record is None or all(cell is None or str(cell).strip() == "" for cell in record)):
                    continue
                # A row stops at its last filled cell: the empty cells after it are empty cells of
                # columns the sheet holds (they clear a field), not absent ones.
                values = dict.fromkeys(c for c in columns if c)
                values.update((c, v) for c, v in zip(columns, record or ()) if c)
                yield Row(number, values, unsaved)
        finally:
            iterator.close()  # openpyxl keeps the sheet's part open until its reader ends
            formulas.close()

    return columns, rows()


# A formula cell's tag in a worksheet's XML, with or without a namespace prefix.
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _unsaved_formulas(sheet) -> Iterator[tuple[int, int, str]]:
    """(row, column, formula) of each cell holding a formula but no saved result, in sheet order.

    Read with `data_only` (the results a spreadsheet program saved), such a cell is empty:
    a file written by a script or a library that calculates nothing would clear every
    price computed by a formula. A sheet holds no formula most often, which a scan of its
    bytes tells; only then is it parsed a second time, streamed like the first.

    A result was saved when the cell holds a value, or an empty one typed as text (the
    empty string of `=IF(A2="","",A2)`); an empty untyped value is what scripts write
    (openpyxl's `<f>..</f><v></v>`). This reads openpyxl's own sheet parser, whose version
    pyproject bounds to the one the tests ran on."""
    from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

    source = sheet._get_source  # the sheets of `open_workbook` are read-only sheets of a file
    with source() as part:
        tail, found = b"", False
        while chunk := part.read(_CHUNK_BYTES):
            if _FORMULA_TAG.search(tail + chunk):
                found = True
                break
            tail = chunk[-16:]
    if not found:
        return

    class _Cells(WorkSheetParser):
        def parse_cell(self, element):
            cell = super().parse_cell(element)
            formula = element.find(FORMULA_TAG)
            saved = cell["value"] is not None or (
                element.find(VALUE_TAG) is not None and element.get("t") in ("str", "s", "inlineStr"))
            cell["unsaved"] = (formula.text or "") if formula is not None and not saved else None
            return cell

    with source() as part:
        parser = _Cells(part, sheet._shared_strings, data_only=True)
        for row, cells in parser.parse():
            for cell in cells:
                if cell["unsaved"] is not None:
                    yield row, cell["column"], cell["unsaved"]


def _first_row(sheet) -> tuple | None:
    iterator = sheet.iter_rows(max_row=1, values_only=True)
    try:
        return next(iterator, None)
    finally:
        iterator.close()


def _read_json(path: Path, encoding: str, errors: str) -> Source:
    if path.suffix.lower() not in (".jsonl", ".ndjson"):
        # A first pass finds the list of records (the document itself, or the one list an
        # object holds, {"products": [...]} as many exports wrap it) and every record's keys.
        lists: dict[int | None, dict[str, None]] = {}
        for member, record in _json_document(path, encoding, errors):
            columns = lists.setdefault(member, {})
            if isinstance(record, dict):
                columns.update(dict.fromkeys(map(_column_key, record)))
        if len(lists) != 1:
            raise FileImportError("JSON must be a list of objects, or an object holding one list")
        [(chosen, columns)] = lists.items()
        records = (record for member, record in _json_document(path, encoding, errors)
                   if member == chosen and record is not _LIST_BEGINS)
        return Source(list(columns), _json_rows(records))
    # JSON lines: the columns are those of every record; a first pass finds them.
    return Source(_json_columns(_json_lines(path, encoding, errors)), _json_rows(_json_lines(path, encoding, errors)))


# Yielded by `_json_document` where a list of records begins, so an empty list is seen too.
_LIST_BEGINS = object()
_OPENING = {"start_map": 1, "start_array": 1, "end_map": -1, "end_array": -1}


def _json_document(path: Path, encoding: str, errors: str) -> Iterator[tuple[int | None, object]]:
    """(where, record) for each record of a JSON document, streamed by ijson: one record in
    memory at a time. `where` is None for the items of a top-level list, else the place of
    the top-level object's member whose list holds the record; (where, _LIST_BEGINS) comes
    first for each list. Amounts are read as Decimal, never float."""
    records = 0
    with _json_bytes(path, encoding, errors) as handle:
        events = ijson.basic_parse(handle, use_float=False)
        try:
            event, _ = next(events)
            if event == "start_array":
                yield None, _LIST_BEGINS
                for record in _json_items(events, path):
                    records += 1
                    yield None, record
            elif event == "start_map":
                for member, (event, _) in enumerate(events):
                    if event == "end_map":
                        break
                    event, value = next(events)  # the member's value, after its key
                    if event == "start_array":
                        yield member, _LIST_BEGINS
                        for record in _json_items(events, path):
                            records += 1
                            yield member, record
                    else:
                        _json_value(event, value, events, path, build=False)
            else:
                raise FileImportError("JSON must be a list of objects")
            for _ in events:  # ijson checks that nothing but white space follows
                pass
        except ijson.JSONError as exc:
            where = f"after record {records}" if records else "before the first record"
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise FileImportError(f"not valid JSON {where}: {message}") from None


def _json_items(events: Iterator[tuple[str, object]], path: Path) -> Iterator[object]:
    """The items of the list whose start_array was just read, each built whole."""
    for event, value in events:
        if event == "end_array":
            return
        yield _json_value(event, value, events, path)


def _json_value(event: str, value: object, events: Iterator[tuple[str, object]], path: Path, *, build: bool = True):
    """The value that starts with (event, value), read to its end; built only when `build`
    (a member that is not the list of records is only passed over)."""
    if event not in ("start_map", "start_array"):
        return value
    builder = ijson.ObjectBuilder() if build else None
    depth = 0
    while True:
        if builder is not None:
            builder.event(event, value)
        depth += _OPENING.get(event, 0)
        if depth == 0:
            return builder.value if builder is not None else None
        if depth > MAX_JSON_DEPTH:
            raise FileImportError(f"JSON nested too deeply (over {MAX_JSON_DEPTH} levels) to be a list of products")
        event, value = next(events)


class _Utf8Reader:
    """A text file read as the UTF-8 bytes ijson parses (a file in another encoding, or one
    read with its stray bytes replaced)."""

    def __init__(self, handle):
        self.handle = handle

    def read(self, size: int = -1) -> bytes:
        return self.handle.read(size).encode("utf-8")


@contextlib.contextmanager
def _json_bytes(path: Path, encoding: str, errors: str):
    if encoding == "utf-8" and errors == "strict":
        with path.open("rb") as handle:
            yield handle
        return
    with path.open(encoding=encoding, errors=errors) as handle:
        yield _Utf8Reader(handle)


def _json_columns(records: Iterable[object]) -> list[str]:
    """Every record's keys, in the order they first appear, as a person reading the file sees them."""
    columns: dict[str, None] = {}
    for record in records:
        if isinstance(record, dict):
            columns.update(dict.fromkeys(map(_column_key, record)))
    return list(columns)


def _json_lines(path: Path, encoding: str, errors: str) -> Iterator[object]:
    with path.open(encoding=encoding, errors=errors) as handle:
        for number, line in enumerate(_bounded_lines(handle, ""), start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise FileImportError(f"not valid JSON: line {number}, column {exc.colno}: {exc.msg}") from None
            except RecursionError:
                raise FileImportError(f"line {number}: JSON nested too deeply to be a product") from None


def _json_rows(records: Iterator[object]) -> Iterator[Row]:
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise FileImportError(f"record {number}: expected an object, found {type(record).__name__}")
        yield Row(number, {_column_key(k): v for k, v in record.items()})


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


def _validation_problems(exc: ValidationError) -> list[tuple[str, str]]:
    problems = []
    for err in exc.errors():
        column = ".".join(str(p) for p in err["loc"]) or "row"
        message = err["msg"].removeprefix("Value error, ")
        if err["type"] in ("missing", "string_too_short") or err.get("input") is None:
            message = "is required but empty"
        problems.append((column, message))
    return problems


# A GTIN written as a number: "4006381333931.0" (a float column of pandas or a spreadsheet's
# CSV), or a float cell of an XLSX. The digits are all there; only the ".0" is not a GTIN's.
_WHOLE_NUMBER = re.compile(r"(\d{8,14})[.,]0+")
_EXPONENT = re.compile(r"\d(?:[.,]\d+)?[eE]\+?\d+")


def _gtin_digits(raw: object) -> object:
    """The GTIN cell with a whole number's ".0" dropped, a book's ISBN-10 as its
    EAN-13 (`models.isbn13`); anything else as it is."""
    if isinstance(raw, float) and raw.is_integer() and raw < 1e14:
        return str(int(raw))
    if isinstance(raw, str) and (whole := _WHOLE_NUMBER.fullmatch(raw.strip())):
        return whole.group(1)
    # Ten digits that also read as a UPC whose two leading zeros a spreadsheet
    # dropped name no one product: refused, as before.
    book = isbn13(raw)
    digits = re.sub(r"[\s\-]", "", str(raw))
    return book if book and not (digits.isdigit() and gtin_check_digit_ok(digits.zfill(14))) else raw


def _check(row: Row, values: dict, model, decimal_hint: str | None, default_currency: str | None,
           result: ImportResult, writing: MoneyWriting | None = None) -> object | None:
    """The row as a valid `model`, or None with the row recorded as rejected."""
    # An empty cell is a missing value for every field, typed or not.
    values = {column: (None if isinstance(v, str) and not v.strip() else v) for column, v in values.items()}
    given = set(values)  # a JSON record holds only its own keys; a table's row every column
    reasons = _resolve_money(values, decimal_hint, default_currency, result, row.line, model is Offer, writing)
    raw_gtin = values.get("gtin")
    if _filled(raw_gtin):
        gtin = normalise_gtin(_gtin_digits(raw_gtin))
        if gtin is None:
            why = ("is in exponent notation, as a spreadsheet shows a long number: its last digits are lost "
                   "(format the column as text and save the file again)" if _EXPONENT.fullmatch(str(raw_gtin).strip())
                   else "is not a valid GTIN (check digit)")
            _warn(result, f"line {row.line}, column 'gtin': {raw_gtin!r} {why}; ignored")
        values["gtin"] = gtin
    item = None
    try:
        item = model.model_validate(values)
    except ValidationError as exc:
        reasons += [f"column {column!r}: {message}" for column, message in _validation_problems(exc)]
    if reasons:
        result.rejected.append(Rejected(row.line, row.values, reasons))
        return None
    if model is Offer:
        item = _read_as_crawled(item, values.get("promotion"), result, row.line)
    elif "price" not in given and "currency" not in given:
        # A JSON record without a price key says nothing of the price, nor so of its currency
        # (which the price's reading filled in): the stored ones stay (`db.upsert_own_products`).
        item.model_fields_set.discard("currency")
    return item


def _read_as_crawled(offer: Offer, promotion: object, result: ImportResult, line: int) -> Offer:
    """An imported offer's prices and promotion read as a crawl reads a shop's page
    (`crawlers.pipelines`), so the figures do not depend on how the offers came in: a
    regular price not above the price is no was-price, and the promotion's text gives
    its kind and depth ("2 for 1" a multibuy, "-20%" percent off), where every text was a
    "sale" before. A text that states no kind of promotion stays a sale, as the file says."""
    from crawlers.promotions import parse_promotion

    price, regular = offer.price, offer.regular_price
    updates: dict = {}
    if price is not None and price == 0:
        # As a crawl reads it: 0 is a placeholder ("price on request", an empty cell a program
        # wrote as 0), not a price; stored, it made the competitor look infinitely cheap.
        _warn(result, f"line {line}, column 'price': 0 is no price (a placeholder); the offer is kept without one")
        updates["price"] = price = None
        updates["regular_price"] = regular = None
    if price is not None and regular is not None and regular <= price:
        if regular < price:
            _warn(result, f"line {line}, column 'regular_price': {regular:f} is below the price {price:f}; "
                          "no regular price kept (are the two columns swapped?)")
        updates["regular_price"] = regular = None
    text = promotion.strip() if isinstance(promotion, str) else None
    if text or (promotion is None and regular is not None):
        read = parse_promotion(text, price=price, regular_price=regular, currency=offer.currency)
        if read is not None:
            updates["promotion"] = read
    return offer.model_copy(update=updates) if updates else offer


def _warn(result: ImportResult, text: str) -> None:
    if len(result.warnings) < MAX_WARNINGS:
        result.warnings.append(text)
    elif len(result.warnings) == MAX_WARNINGS:
        result.warnings.append("... more warnings not shown")


@dataclass
class MoneyWriting:
    """How a file writes its amounts, read from its first rows (`CALIBRATION_ROWS`) in one pass.

    `decimal_mark`: the one its amounts show beyond doubt (`money.decimal_mark`): "2.499" beside
    "1.99" is 2.499, alone 2499. `exponent`: more than one cell in exponent notation ("4.495E1"):
    a program wrote its floats so (WDC Products' offers do, 1,090 of their cells), and they are read;
    one such cell among prices people wrote is a slip, refused naming its row. `tax`: the tax notes
    its cells carry (True: included, False: excluded). A file that writes prices both with and
    without tax leaves no way to know which its other prices are: its prices before tax are
    refused, naming the row."""

    exponent: bool = False
    tax: frozenset[bool] = frozenset()
    decimal_mark: str | None = None

    @classmethod
    def of(cls, cells: Iterable[object]) -> MoneyWriting:
        exponents, notes, marks = 0, set(), set()
        for cell in cells:
            if not isinstance(cell, str) or not has_digit(cell):
                continue
            marks.add(shown_mark(cell))
            text = " ".join(cell.split())
            exponents += in_exponent(text)
            if any(ch.isalpha() or ch == "+" for ch in text) and (note := tax_note(text)[1]) is not None:
                notes.add(note)
        return cls(exponent=exponents > 1, tax=frozenset(notes), decimal_mark=agreed_mark(marks))


def _resolve_money(values: dict, decimal_hint: str | None, default_currency: str | None, result: ImportResult,
                   line: int, no_amount: bool, writing: MoneyWriting | None = None) -> list[str]:
    """Read the money columns in place and settle the row's currency.

    A currency written with the amount ("£12.49") fills an empty currency
    column, and must agree with a filled one: a price is never stored in a
    currency it was not given in. In a competitor's offers (`no_amount`) a
    cell with no digit in it ("POA", "Call for price") holds no amount: the
    offer is kept without it, with a warning naming the line, rather than
    refused or given an amount it does not have. In our catalogue such a
    cell is refused: a product's stored price is never wiped by a cell that
    states none (most often a shifted or wrongly mapped column). A price
    written with a note that it is before tax ("$12.99 + tax", "12 € HT") is
    read with a warning naming the line and column: that is how US and
    Canadian shelves and B2B catalogues price, and it compares with prices
    before tax; in a file that also writes prices with tax included it is
    refused (`MoneyWriting`). Returns the problems found.
    """
    writing = writing or MoneyWriting()
    problems: list[str] = []
    signs: list[tuple[str, object, frozenset[str]]] = []
    stated = values.get("currency")
    if isinstance(stated, str) and stated.strip().casefold() in NO_VALUE_WORDS:
        # A program's word for no value (WDC's offers write "null"): no currency named, none refused.
        _warn(result, f"line {line}, column 'currency': {quoted(stated.strip())} is no currency; read as empty")
        values["currency"] = stated = None
    try:
        row_currency = normalise_currency(stated, default_currency) if _filled(stated) else default_currency
    except ValueError:
        row_currency = None  # the model reports the currency column
    for money in MONEY_FIELDS:
        raw = values.get(money)
        if not isinstance(raw, str) or not raw.strip():
            continue
        notes: list[str] = []
        try:
            values[money], currencies = read_money(raw, decimal_hint, row_currency, notes=notes, exponent=writing.exponent)
        except NoAmount as exc:
            if not no_amount:
                continue  # the model refuses it, naming the column
            values[money] = None
            # "Free!" and "From $109.90" say why (`money.Free`, `money.LowerBound`); "POA" holds no amount.
            why = str(exc) if type(exc) is not NoAmount else f"{quoted(raw.strip())} holds no amount"
            _warn(result, f"line {line}, column {money!r}: {why}; imported without one")
            continue
        except ValueError:
            continue  # the model reports it with the column name
        if BEFORE_TAX in notes:
            if True in writing.tax:
                problems.append(f"column {money!r}: {quoted(raw.strip())} is a price before tax, and this file writes "
                                "others with tax included: write every price one way")
                continue
            _warn(result, f"line {line}, column {money!r}: {quoted(raw.strip())} is a price before tax; read as "
                          f"{values[money]:f}, to compare with prices before tax")
        if currencies:
            signs.append((money, raw, currencies))
    if _filled(stated):
        if row_currency is None:
            return problems  # the model reports the currency column
        stated = values["currency"] = row_currency
        for money, raw, currencies in signs:
            if stated not in currencies:
                problems.append(f"column {money!r}: {raw!r} is not in {stated}, the row's currency")
        return problems
    possible = frozenset.intersection(*(c for _, _, c in signs)) if signs else frozenset()
    if signs and not possible:
        problems.append("column 'currency': the prices name different currencies")
    elif not signs or default_currency in possible:
        values["currency"] = default_currency
    elif len(possible) == 1 and (default_currency is None or any(names_its_currency(raw) for _, raw, _ in signs)):
        values["currency"] = next(iter(possible))
    elif default_currency is not None:
        # A local sign the tables read as another currency than the shop's ("Rs." as LKR alone for an Indian
        # shop) is no reason to store the price in it.
        problems.append(f"column 'currency': {signs[0][1]!r} is not written in {default_currency}, the shop's currency, "
                        f"but could be {', '.join(sorted(possible))}; add a currency column")
    else:
        problems.append(f"column 'currency': {signs[0][1]!r} could be {', '.join(sorted(possible))}; add a currency column")
    return problems


MONEY_FIELDS = ("price", "regular_price", "cost", "unit_price")
# What programs write in a cell for no value at all, rather than leaving it empty.
NO_VALUE_WORDS = {"null", "none", "nil", "nan", "n/a", "undefined"}
# Rows read ahead to learn how a file writes its amounts (`MoneyWriting`: its decimal mark, exponents, tax notes).
CALIBRATION_ROWS = 1000


def _refuse_words_for_amounts(column: str, cells: Sequence[tuple[int, object]]) -> None:
    """FileImportError when a money column holds words rather than amounts: more of its cells
    have no digit than have one, and they are mostly different texts ("Bean Co", "Leaf": the
    names or brands of a shifted or wrongly mapped column). A shop that prices some products
    on request repeats one or two phrases ("POA"), which stay an offer without a price."""
    texts = [(line, " ".join(str(cell).split())) for line, cell in cells if _filled(cell)]
    words = [(line, text) for line, text in texts if not has_digit(text)]
    if len(words) > 1 and len(words) * 2 > len(texts) and len({text for _, text in words}) * 2 > len(words):
        shown = ", ".join(f"line {line} {quoted(text)}" for line, text in words[:3])
        raise FileImportError(
            f"column {column!r} holds words, not amounts, in {len(words)} of its first {len(texts)} "
            f"filled cells ({shown}); nothing was imported. Check which column is the price (--map COLUMN=FIELD)."
        )


def _filled(value: object) -> bool:
    return value is not None and str(value).strip() != ""


_KINDS = {
    # kind: (fields, model, key, required columns)
    "products": (OWN_PRODUCT_FIELDS + EXTRA_OWN_FIELDS, OwnProduct, "sku", ("sku", "name")),
    "offers": (OFFER_FIELDS + EXTRA_OFFER_FIELDS, Offer, "key", ("key",)),
}


def _checked_rows(path: Path, kind: str, result: ImportResult, *, mapping: Sequence[str] = (), sep: str | None = None,
                  encoding: str | None = None, default_currency: str | None = None) -> Iterator[tuple[int, object]]:
    """Stream the file's valid rows as (line, item); rejected rows, warnings, the columns
    ignored and the fields present go to `result`. A second row with the key of an
    earlier valid one is an error (which one should win?)."""
    if kind not in _KINDS:
        raise ValueError(kind)
    allowed, model, key, required = _KINDS[kind]
    source = open_rows(path, sep=sep, encoding=encoding)
    for warning in source.warnings:
        _warn(result, warning)
    targets, result.ignored_columns = _column_targets(source.columns, parse_map(mapping), allowed)
    present = set(targets.values())
    # A product URL is a fine key when the file has no id of the competitor's.
    url_as_key = kind == "offers" and "key" not in present and "url" in present
    if url_as_key:
        present.add("key")
    missing = [c for c in required if c not in present]
    if missing:
        raise FileImportError(
            f"{path.name}: no column {', '.join(repr(m) for m in missing)}. Columns found: "
            f"{', '.join(c for c in source.columns if c)}. Rename them with --map COLUMN=FIELD."
        )
    result.fields = [f for f in allowed if f in present]
    if kind == "products" and "price" in present:
        result.fields.append("currency")  # settled with the price, from the file or the shop's default
    label = "sku" if kind == "products" else "key"
    rows, decimal_hint = source.rows, source.decimal_hint
    ahead = list(itertools.islice(rows, CALIBRATION_ROWS))
    rows = itertools.chain(ahead, rows)
    money_columns = [column for column, field in targets.items() if field in MONEY_FIELDS]
    for column in money_columns:
        _refuse_words_for_amounts(column, [(row.line, row.values.get(column)) for row in ahead])
    writing = MoneyWriting.of(row.values.get(column) for row in ahead for column in money_columns)
    if decimal_hint is None:
        # The file's own prices say which mark is decimal ("1.99" beside "2.499"), from its first rows.
        decimal_hint = writing.decimal_mark
    first_line: dict[str, int] = {}
    for row in rows:
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
        if value in first_line:
            result.rejected.append(
                Rejected(row.line, {key: value}, [f"column {key!r}: {label} {value!r} already on line {first_line[value]}"])
            )
            continue
        first_line[value] = row.line
        yield row.line, item


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
                                        default_currency=default_currency):
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


def write_rejected(rejected: Sequence[Rejected], path: str | Path) -> Path:
    """The rows that were not imported, with the reasons, as CSV a person can fix and re-import."""
    columns: list[str] = []
    for item in rejected:
        for column in item.values:
            if column not in columns:
                columns.append(column)
    rows = [{"line": item.line, "reasons": "; ".join(item.reasons), **item.values} for item in rejected]
    return write_table(rows, path, ["line", "reasons", *columns])


def problems_of(rejected: Sequence[Rejected]) -> Iterator[str]:
    for item in rejected:
        for reason in item.reasons:
            yield f"line {item.line}, {reason}"
