"""Reading an XLSX workbook: its parts checked before they are unpacked, its first visible
sheet streamed row by row, a cell merged down over the rows beneath it read in each of them,
and the cells holding a formula but not its result found."""

from __future__ import annotations

import mmap
import posixpath
import re
import tempfile
import unicodedata
import zipfile
from array import array
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import overload
from pathlib import Path

from storecheck.catalogue.columns import _column_key
from storecheck.catalogue.source import _CHUNK_BYTES, EXCEL_ERROR, EXCEL_ERRORS, HEADER_SEARCH_ROWS, FileImportError, Row, Source
from storecheck.tables import read_csv_cell

# Limits that keep a hostile or damaged file from taking the machine's memory
# (module constants, so a test can lower them: here, where they are read).
MAX_XLSX_PART_BYTES = 256 * 2**20
XLSX_MAX_ROWS, XLSX_MAX_COLUMNS = 1_048_576, 16_384  # what Excel and LibreOffice can hold
MAX_MERGED_RANGES = 100_000  # merged ranges of a sheet held while it is read (a few MB)


class SharedStrings(Sequence[str]):
    """A workbook's shared strings table, kept out of memory: their UTF-8 in a temporary file and
    where each ends in an array (4 bytes a string). openpyxl reads the table into a list, and its
    parse keeps every `<si>` element it cleared under the root, so 200 MB of short strings (nine
    million, within MAX_XLSX_PART_BYTES) took the import past 870 MB, still reading after ten
    minutes; a catalogue of a million rows holds a few million strings. A sheet's cell reads its string by index, as from the list."""

    def __init__(self, source) -> None:
        from openpyxl.cell.text import Text
        from openpyxl.xml.constants import SHEET_MAIN_NS
        from openpyxl.xml.functions import iterparse

        tag, plain = f"{{{SHEET_MAIN_NS}}}si", f"{{{SHEET_MAIN_NS}}}t"
        self._ends = array("I")
        self._map: mmap.mmap | None = None
        with tempfile.TemporaryFile() as file:  # no name: its space is given back when the map goes
            written = 0
            root = None
            pending: list[bytes] = []
            for event, node in iterparse(source, events=("start", "end")):
                if root is None:
                    root = node
                if event != "end" or node.tag != tag:
                    continue
                # As openpyxl's read_string_table reads an entry; a plain one (a single <t>, nearly all) is
                # its text, read directly: through Text.from_tree it cost 25 µs, most of the reading.
                text = (node[0].text or "") if len(node) == 1 and node[0].tag == plain else Text.from_tree(node).content
                data = text.replace("x005F_", "").encode("utf-8", "surrogatepass")
                root.clear()  # the entries read so far, not only this one's children
                written += len(data)
                self._ends.append(written)
                pending.append(data)
                if len(pending) >= 10_000:
                    file.write(b"".join(pending))
                    pending.clear()
            file.write(b"".join(pending))
            file.flush()
            if written:
                # The map holds the file open on its own, after the `with` closes it.
                self._map = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        end = self._ends[index]  # IndexError past the end, as a list
        start = self._ends[index - 1] if index else 0
        return self._map[start:end].decode("utf-8", "surrogatepass") if self._map is not None else ""


def _workbook_reader(path: Path):
    """openpyxl's `load_workbook(path, read_only=True, data_only=True)`, but for the strings table."""
    from openpyxl.xml.constants import SHARED_STRINGS
    from openpyxl.reader.excel import ExcelReader

    class Reader(ExcelReader):
        """openpyxl's reader with the shared strings table read by `SharedStrings` (its
        `read_strings` is the one step replaced; the rest, and what it returns, are openpyxl's)."""

        def read_strings(self):
            found = self.package.find(SHARED_STRINGS)
            if found is not None:
                with self.archive.open(found.PartName[1:]) as source:
                    self.shared_strings = SharedStrings(source)

    return Reader(path, read_only=True, data_only=True)


def open_workbook(path: Path):
    """An XLSX workbook opened for streaming, refused when a part it would hold in
    memory (shared strings, styles) unpacks beyond MAX_XLSX_PART_BYTES: a small file
    can hold one string of gigabytes. Worksheets are streamed, never held whole. Its errors
    do not name the file: every caller puts its path before them (it was printed twice)."""
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
        raise FileImportError(f"not a readable XLSX file: {exc}") from None
    try:
        reader = _workbook_reader(path)
        reader.read()
        return reader.wb
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise FileImportError(f"not a readable XLSX file: {exc}") from None


def _sheet_has_dimension(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether a worksheet states its size (<dimension>) before its rows, as spreadsheet programs write it."""
    with archive.open(info) as part:
        head = part.read(65_536)
    rows = re.search(rb"<(?:\w+:)?sheetData\b", head)
    dimension = re.search(rb"<(?:\w+:)?dimension\b", head)
    return dimension is not None and (rows is None or dimension.start() < rows.start())


def _visible(sheet) -> bool:
    return getattr(sheet, "sheet_state", "visible") == "visible"


def opening_sheet(book):
    """The sheet a person sees on opening the workbook: the one it was saved on (its active tab), when
    that is a visible worksheet; else the first one not hidden. A hidden sheet is where spreadsheets
    keep lookups and last year's prices, under the same headers; and a workbook of this year's and
    last year's lists side by side, saved on this year's, is sent for the sheet it opens on
    (hostile13's F113: the first sheet read was last year's)."""
    active = book.active
    if active is not None and active in book.worksheets and _visible(active):
        return active
    return next((sheet for sheet in book.worksheets if _visible(sheet)), book.worksheets[0])


def _other_sheets(book, read) -> list[str]:
    """The titles of the visible worksheets other than `read` that hold anything in their first row:
    the sheets a person may have meant instead."""
    return [sheet.title for sheet in book.worksheets
            if sheet is not read and _visible(sheet)
            and any(value not in (None, "") for value in next(sheet.iter_rows(max_row=1, values_only=True), ()))]


def _names_columns(sheet, is_header: Callable[[list[str]], bool]) -> bool:
    """Whether a row of the sheet's top (HEADER_SEARCH_ROWS) names the columns the import needs."""
    records = sheet_records(sheet, 1, HEADER_SEARCH_ROWS)
    try:
        return any(is_header([_column_key(c) for c in record if c is not None]) for _, record in records)
    finally:
        records.close()


def sheet_to_read(book, is_header: Callable[[list[str]], bool] | None = None):
    """The sheet an import reads, and whether it is the one the workbook opens on: the opening sheet
    (`opening_sheet`), unless it names none of the columns the import needs and another visible sheet
    does, in the workbook's order. A catalogue saved while its "Notes" or pivot tab was in front is
    sent for its list, as a workbook of this year's and last year's lists saved on this year's is sent
    for the sheet it opens on (review R4 on F113's mend: such a workbook, read from its first sheet
    before, was refused naming the note's words as its columns)."""
    opening = opening_sheet(book)
    if is_header is None or _names_columns(opening, is_header):
        return opening, True
    named = next((sheet for sheet in book.worksheets
                  if sheet is not opening and _visible(sheet) and _names_columns(sheet, is_header)), None)
    return (opening, True) if named is None else (named, False)


def _read_excel(path: Path, is_header: Callable[[list[str]], bool] | None = None) -> Source:
    book = open_workbook(path)
    try:
        sheet, opens_on = sheet_to_read(book, is_header)
        title, others = sheet.title, _other_sheets(book, sheet)
        opening = opening_sheet(book).title
        header = header_row(sheet, is_header)
        columns, _ = iter_sheet(sheet, header=header)
        totals = table_totals_rows(sheet)
    finally:
        book.close()
    if not columns:
        raise FileImportError("the spreadsheet is empty")

    def rows() -> Iterator[Row]:
        # Opened again only once the rows are asked for: nothing is left open otherwise.
        book = open_workbook(path)
        try:
            yield from iter_sheet(book[title], header=header)[1]
        finally:
            book.close()

    source = Source(columns, rows())
    if not opens_on:
        source.warnings.append(f"{path.name}: read sheet {title!r}, the first that names the columns; the sheet "
                               f"the workbook opens on, {opening!r}, names none of them; not read: "
                               + ", ".join(repr(other) for other in others))
    elif others:
        source.warnings.append(f"{path.name}: read sheet {title!r}, the one the workbook opens on; not read: "
                               + ", ".join(repr(other) for other in others))
    for row, table in sorted(totals.items()):
        source.warnings.append(f"{path.name}: row {row} is the totals row of the table {table!r} (the workbook says "
                               "so); not read")
    if header > 1:
        above = "row 1" if header == 2 else f"rows 1-{header - 1}"
        source.warnings.append(f"{path.name}: the header is row {header}; {above} above it (a title, headings over "
                               "the columns) not read")
    return source


def header_row(sheet, is_header: Callable[[list[str]], bool] | None = None) -> int:
    """The row that names the sheet's columns: the first, unless it does not name those the import
    needs (`is_header` of its column names is false) and a row below it, within HEADER_SEARCH_ROWS,
    does. Sheets people keep put a title above the table ("Price list March 2026", merged across)
    and headings that group the columns ("Product", "Price") above the names; taken for the header,
    the title refused the file ("no column 'sku', 'name'. Columns found: price list march 2026").
    A first row that names what is needed is the header whatever follows, so a file read before
    is read as before."""
    if is_header is None:
        return 1
    records = sheet_records(sheet, 1, HEADER_SEARCH_ROWS)
    try:
        names = [(number, [_column_key(c) for c in record if c is not None]) for number, record in records]
    finally:
        records.close()
    return next((number for number, row in names if is_header(row)), 1)


def sheet_rows(sheet, is_header: Callable[[list[str]], bool] | None = None) -> tuple[list[str], list[Row]]:
    """A worksheet's header (`header_row`) and its non-empty rows, numbered as the spreadsheet shows them."""
    columns, stream = iter_sheet(sheet, header=header_row(sheet, is_header))
    rows = list(stream)
    # Every column of a visits sheet is read: a formula without its result is refused in any.
    for row in rows:
        if problems := row.unsaved_problems(columns):
            raise FileImportError(f"sheet {sheet.title!r}, row {row.line:,}, {problems[0]}")
    return columns, rows


def iter_sheet(sheet, header: int = 1) -> tuple[list[str], Iterator[Row]]:
    """A worksheet's header (row `header`, `header_row`) and a stream of its non-empty rows below it; a
    sheet running past what a spreadsheet can hold is refused (an XLSX can declare millions of empty rows)."""
    if (sheet.max_row or 0) > XLSX_MAX_ROWS or (sheet.max_column or 0) > XLSX_MAX_COLUMNS:
        raise FileImportError(
            f"sheet {sheet.title!r} declares {sheet.max_row:,} rows and {sheet.max_column:,} columns, more than a "
            f"spreadsheet holds ({XLSX_MAX_ROWS:,} x {XLSX_MAX_COLUMNS:,}); is the file damaged?"
        )
    names = _row_values(sheet, header)
    if names is None:
        return [], iter(())
    columns = [_column_key(c) if c is not None else "" for c in names]

    totals = table_totals_rows(sheet)

    def rows() -> Iterator[Row]:
        hidden: set[int] = set()
        iterator = sheet_records(sheet, header + 1, hidden=hidden)
        formulas = _unsaved_formulas(sheet)
        pending = next(formulas, None)
        merges = iter(_merged_down(sheet))
        merge = next(merges, None)
        signs = _currency_cells(sheet)
        shown = next(signs, None)
        held: dict[int, tuple[int, object]] = {}  # column -> (last row of its merged range, value)
        try:
            for number, record in iterator:
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
                if number in totals:
                    continue  # a table's totals row, as the workbook declares it: no product (`table_totals_rows`)
                while merge is not None and merge[0] <= number:
                    top, bottom, column = merge
                    if top == number and record and column <= len(record):
                        held[column] = (bottom, record[column - 1])
                    merge = next(merges, None)
                if held:
                    record = _with_merged(record or (), number, held)
                signed: dict[str, str] = {}
                while shown is not None and shown[0] <= number:
                    row, column, sign = shown
                    if row == number and column <= len(columns) and columns[column - 1]:
                        signed[columns[column - 1]] = sign
                    shown = next(signs, None)
                # A row stops at its last filled cell: the empty cells after it are empty cells of
                # columns the sheet holds (they clear a field), not absent ones.
                values = dict.fromkeys(c for c in columns if c)
                values.update((c, v) for c, v in zip(columns, record or ()) if c)
                # A CSV export opened in a spreadsheet and saved as XLSX keeps the apostrophe the export
                # put before = + - @ as text ("'=Rival"): read back as it was before, as a CSV import does.
                for name, value in values.items():
                    if isinstance(value, str) and value[:1] == "'":
                        values[name] = read_csv_cell(value)
                    elif isinstance(value, str) and value[:1] == "#" and value in EXCEL_ERRORS:
                        values[name] = None
                        unsaved[name] = EXCEL_ERROR + value
                yield Row(number, values, unsaved, signs=signed, hidden=number in hidden)
                hidden.discard(number)
        finally:
            iterator.close()  # openpyxl keeps the sheet's part open until its reader ends
            formulas.close()
            signs.close()

    return columns, rows()


_TABLE_RELATION = re.compile(rb'<(?:\w+:)?Relationship\b[^>]*?\bType="[^"]*/table"[^>]*>')
_TARGET = re.compile(rb'\bTarget="([^"]+)"')
_TABLE_TAG = re.compile(rb"<(?:\w+:)?table\b[^>]*>")
_ATTRIBUTE = re.compile(rb'\b(\w+)="([^"]*)"')
_RANGE = re.compile(r"[A-Z]{1,3}(\d{1,7}):[A-Z]{1,3}(\d{1,7})")
# What is read of a sheet's relationships and of each table's part: the table's own tag comes first.
_RELS_BYTES, _TABLE_TAG_BYTES, MAX_TABLES = 1 << 20, 1 << 16, 1_000


def table_totals_rows(sheet) -> dict[int, str]:
    """The rows that are a table's totals row, as the workbook declares them -> the table's name. Excel's
    "Format as Table" with "Total Row" ticked adds a last row ("Total", the sums) and writes
    `totalsRowCount="1"` in the table's part: read as a row of the table, it was stored as an offer
    "Total" priced at the sum of the others (hostile14's F120). The parts are scanned, not parsed (the
    sheet's relationships, each table's opening tag), within a bound."""
    archive, path = getattr(sheet.parent, "_archive", None), getattr(sheet, "_worksheet_path", None)
    if archive is None or not path:
        return {}
    folder, name = posixpath.split(path)
    # A part missing or damaged declares nothing: the sheet is read as before, whose own reading names
    # what is wrong with it.
    try:
        with archive.open(posixpath.join(folder, "_rels", name + ".rels")) as part:
            rels = part.read(_RELS_BYTES)
    except Exception:
        return {}
    found: dict[int, str] = {}
    for relation in _TABLE_RELATION.findall(rels)[:MAX_TABLES]:
        target = _TARGET.search(relation)
        if target is None:
            continue
        written = target[1].decode("utf-8", "replace")
        where = written.lstrip("/") if written.startswith("/") else posixpath.normpath(posixpath.join(folder, written))
        try:
            with archive.open(where) as part:
                tag = _TABLE_TAG.search(part.read(_TABLE_TAG_BYTES))
        except Exception:
            continue
        if tag is None:
            continue
        attributes = {key.decode(): value.decode("utf-8", "replace") for key, value in _ATTRIBUTE.findall(tag[0])}
        span = _RANGE.fullmatch(attributes.get("ref", ""))
        count = attributes.get("totalsRowCount", "0")
        if span is None or not count.isdigit() or int(count) == 0:
            continue
        last = int(span[2])
        for row in range(max(int(span[1]) + 1, last - min(int(count), 10) + 1), last + 1):
            found[row] = attributes.get("displayName") or attributes.get("name") or "?"
    return found


def _with_merged(record: tuple, number: int, held: dict[int, tuple[int, object]]) -> tuple:
    """`record` with the value of each merged range covering it in the range's first column: a
    category merged down over its products shows in every row, and is every row's category."""
    cells = list(record)
    for column, (bottom, value) in list(held.items()):
        if number > bottom:
            del held[column]
            continue
        cells.extend([None] * (column - len(cells)))
        if cells[column - 1] is None:
            cells[column - 1] = value
    return tuple(cells)


_MERGE_TAG = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d{1,7}):[A-Z]{1,3}(\d{1,7})"')


def _merged_down(sheet) -> list[tuple[int, int, int]]:
    """(first row, last row, column) of each range merged over more than one row below the
    header, by first row. Read-only sheets do not give their merged cells (the list follows the
    rows in the sheet's XML), so the part's bytes are scanned for them, streamed as the formula
    scan streams them."""
    from openpyxl.utils import column_index_from_string

    found: list[tuple[int, int, int]] = []
    with sheet._get_source() as part:
        tail = b""
        while chunk := part.read(_CHUNK_BYTES):
            text = tail + chunk
            end = 0
            for match in _MERGE_TAG.finditer(text):
                end = match.end()
                top, bottom = int(match[2]), int(match[3])
                if bottom > top >= 2:
                    found.append((top, bottom, column_index_from_string(match[1].decode())))
                    if len(found) > MAX_MERGED_RANGES:
                        raise FileImportError(f"sheet {sheet.title!r} merges more than {MAX_MERGED_RANGES:,} ranges of "
                                              "cells; save it again with the cells unmerged, or as CSV")
            tail = text[max(end, len(text) - 64):]
    return sorted(found)


# A formula cell's tag in a worksheet's XML, with or without a namespace prefix.
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _unsaved_formulas(sheet) -> Generator[tuple[int, int, str], None, None]:
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


# The parts of a number format: a quoted literal, a bracket ("[$€-407]", "[Red]", "[>=100]"), an
# escaped character, or one character.
_FORMAT_PART = re.compile(r'"([^"]*)"|\[[^\]]*\]|\\(.)|(.)', re.S)


def format_currency(code: str) -> str | None:
    r"""The currency sign or code a number format shows beside its number (its first section's),
    else None: `"$"#,##0.00` "$", `[$€-407] #,##0.00` "€", `#,##0.00 [$USD]` "USD", `0.00\ "kr"` "kr";
    `[$-409]0.00` (a locale, no currency), `0" kg"` and `#,##0.00` none.

    >>> [format_currency(c) for c in ('"$"#,##0.00', '[$€-407] #,##0.00', '#,##0.00 [$USD]', '0.00\\ "kr"', '[$-409]0.00', '0" kg"')]
    ['$', '€', 'USD', 'kr', None, None]
    """
    from storecheck.money.signs import sign_currencies

    found: list[str] = []
    for match in _FORMAT_PART.finditer(code):
        quoted, escaped, single = match.group(1), match.group(2), match.group(3)
        if single == ";":
            break  # the sections after the first are the negative, zero and text formats
        whole = match.group(0)
        if whole.startswith("[$"):
            found.append(whole[2:-1].split("-", 1)[0])
        elif quoted is not None:
            found.append(quoted)
        elif escaped is not None or (single is not None and unicodedata.category(single) == "Sc"):
            found.append(escaped or single)
    for text in (t.strip() for t in found):
        if text and sign_currencies(text) is not None:
            return text
    return None


_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]+)"')


def _currency_cells(sheet) -> Generator[tuple[int, int, str], None, None]:
    """(row, column, sign) of each cell whose number format shows a currency (`format_currency`), in
    sheet order. A cell holds a number (12.5) that Excel shows as "$12.50" by its format: read as a
    number, a US system's export was stored as euros in a workspace pricing in EUR. So the number is
    read as the text a person sees where its column holds money (`Row.signed`), and the amounts' reading
    settles it as it settles "$12.50" typed in a CSV. Only formats the file writes out (numFmtId 164
    and above) are read: Excel's built-in currency formats (5 to 8) show the system's own currency.
    A workbook whose styles show no currency, most of them, costs nothing; one that does, a second
    streamed parse of the sheet, as `_unsaved_formulas`."""
    from openpyxl.utils import column_index_from_string
    from openpyxl.worksheet._reader import WorkSheetParser

    book = sheet.parent
    formats = getattr(book, "_number_formats", None) or []
    styles = getattr(book, "_cell_styles", None) or []
    signs = {}
    for index, style in enumerate(styles):
        if style.numFmtId >= 164 and style.numFmtId - 164 < len(formats):
            if sign := format_currency(formats[style.numFmtId - 164]):
                signs[index] = sign
    if not signs:
        return
    # The cells of those styles found in the part's bytes (`<c r="C2" s="3" ...>`): a parse of every
    # cell by openpyxl's parser cost 55 % more CPU on a workbook of 100,000 prices formatted in euros;
    # the scan (a regular expression, in C but for the cells it finds) costs nothing measurable. A cell written without its reference
    # (allowed, rare) sends the sheet to the parser.
    styled = re.compile(rb'<(?:\w+:)?c\s[^>]*?\bs="(%s)"[^>]*>' % "|".join(map(str, signs)).encode())
    found: list[tuple[int, int, str]] = []
    with sheet._get_source() as part:
        tail = b""
        while chunk := part.read(_CHUNK_BYTES):
            text = tail + chunk
            cut = text.rfind(b"<")
            text, tail = (text[:cut], text[cut:]) if cut >= 0 else (text, b"")
            for match in styled.finditer(text):
                ref = _CELL_REF.search(match.group(0))
                if ref is None:
                    break
                found.append((int(ref.group(2)), column_index_from_string(ref.group(1).decode()), signs[int(match.group(1))]))
            else:
                yield from found
                found.clear()
                continue
            break
        else:
            return
    with sheet._get_source() as part:
        parser = WorkSheetParser(part, sheet._shared_strings, data_only=True)
        for row, cells in parser.parse():
            for cell in cells:
                if (sign := signs.get(cell["style_id"] or 0)) is not None:
                    yield row, cell["column"], sign


def _row_values(sheet, number: int) -> tuple | None:
    records = sheet_records(sheet, number, number)
    try:
        found = next(records, None)
    finally:
        records.close()
    return found[1] if found is not None else None


def sheet_records(sheet, min_row: int = 1, max_row: int | None = None,
                  hidden: set[int] | None = None) -> Generator[tuple[int, tuple], None, None]:
    """(row number, its values by column) of each row a read-only sheet writes from `min_row` on,
    each cell placed by its reference.

    openpyxl's read-only rows take a row's width from the last cell as written, skip a row whose
    number came already, and keep the last of two cells given one reference: a row written
    backwards (D2, C2, B2, A2, which the format allows) was read as A2 alone, the second of two
    rows numbered 2 was dropped, and a cell C2 given twice (3.5, then 35) read 35, each without a
    word. Cells out of order are read where their references put them; a row or a cell given
    twice, and a text cell naming a shared string the table does not hold, are refused naming it
    (which of two values is meant is the person's to say). This reads openpyxl's own sheet parser,
    as `_unsaved_formulas` does. The number of a row the sheet hides is added to `hidden`, when given,
    before the row is yielded."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet._reader import VALUE_TAG, WorkSheetParser

    title = sheet.title

    class _Checked(WorkSheetParser):
        def parse_cell(self, element):
            if element.get("t") == "s":
                index = (element.findtext(VALUE_TAG) or "").strip()
                if index and not (index.isdigit() and int(index) < len(self.shared_strings)):
                    raise FileImportError(
                        f"sheet {title!r}, cell {element.get('r') or f'in row {self.row_counter:,}'}: its text is "
                        f"string {index} of the workbook's table of {len(self.shared_strings):,}, which does not "
                        "hold it; the file is damaged (save it again from a spreadsheet program)")
            return super().parse_cell(element)

    book = sheet.parent
    previous, filled = 0, False
    with sheet._get_source() as part:
        parser = _Checked(part, sheet._shared_strings, data_only=book.data_only, epoch=book.epoch,
                          date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
        for number, cells in parser.parse():
            # The parser keeps every row's attributes (a style, a height) for the whole sheet; read here
            # and let go, they cost nothing (a sheet styled down 100,000 rows, F55, kept 100,000 dicts).
            shape = parser.row_dimensions.pop(str(number), None)
            if hidden is not None and shape and shape.get("hidden") in ("1", "true"):
                hidden.add(number)
            if number < min_row and number > previous:
                previous, filled = number, False  # not read, so not checked for being given twice
                continue
            values: dict[int, object] = {}
            for cell in cells:
                column, value = cell["column"], cell["value"]
                if values.get(column) is not None and value is not None and value != values[column]:
                    raise FileImportError(
                        f"sheet {title!r}, cell {get_column_letter(column)}{number}: given twice in the sheet's XML "
                        f"({values[column]!r}, then {value!r}); which one is meant is not known, so nothing "
                        "is read (check the cell in a spreadsheet program and save the file again)")
                if value is not None or column not in values:
                    values[column] = value
            has_values = any(value is not None for value in values.values())
            if number <= previous and has_values and (filled or number < previous):
                again = "given twice" if number == previous else f"given after row {previous:,}"
                raise FileImportError(
                    f"sheet {title!r}, row {number:,}: {again} in the sheet's XML (a spreadsheet writes each row once, "
                    "in order): the file is damaged or was written by a faulty program; which row is meant is "
                    "not known, so nothing is read (check it in a spreadsheet program and save it again)")
            if number <= previous and not has_values:
                continue  # an empty row written again (a style), which holds nothing to choose between
            previous, filled = number, has_values
            if number < min_row:
                continue
            if max_row is not None and number > max_row:
                break
            yield number, tuple(values.get(column) for column in range(1, max(values, default=0) + 1))
