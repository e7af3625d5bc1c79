"""Reading a CSV file: its separator, its header, then its lines as a stream of rows."""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from storecheck.catalogue.columns import _column_key
from storecheck.catalogue.encoding import open_text
from storecheck.catalogue.source import HEADER_SEARCH_ROWS, FileImportError, Row, Source, _bounded_lines
from storecheck.tables import read_csv_cell


def _read_csv(path: Path, encoding: str, errors: str, sep: str | None,
              is_header: Callable[[list[str]], bool] | None = None) -> Source:
    try:
        with open_text(path, encoding, errors, newline="") as handle:
            lines = _bounded_lines(handle, "")
            first = next(lines, None)
            # "sep=;" on a line of its own before the header: what tools write for Excel, which reads
            # the separator from it. It was read as the header ("no column 'sku'... found: sep=").
            said = re.fullmatch(r"sep=(.)\r?\n?", first or "", re.IGNORECASE)
            if said:
                first = next(lines, None)
            # The lines below, where the header is looked for when the first is not it (`_header_at`).
            below = list(itertools.islice(lines, HEADER_SEARCH_ROWS - 1)) if is_header is not None else []
    except UnicodeDecodeError as exc:
        raise FileImportError(f"cannot read the file as {encoding}: {exc}") from None
    header_line = 2 if said else 1
    if first is None or not first.strip():
        raise FileImportError("the file is empty" if first is None else f"line {header_line}, the header, is empty")
    if sep is None and said:
        sep = said.group(1)
    if sep in ("\\t", "tab", "TAB"):
        sep = "\t"
    if sep is not None and (len(sep) != 1 or sep in ('"', "\n", "\r")):
        raise FileImportError(f"--sep {sep!r}: give one character, no quote or line break, such as , ; | or \\t for a tab")
    skipped, first, sep = _header_at([first, *below], sep, is_header)
    try:
        header = next(csv.reader([first], delimiter=sep))
    except csv.Error as exc:
        raise FileImportError(f"line {header_line + skipped}: {exc}") from None
    columns = [_column_key(c) for c in header]
    # A semicolon-separated file is the European Excel format, with decimal commas.
    source = Source(columns, _csv_records(path, encoding, errors, columns, sep, header_line + skipped),
                    "," if sep == ";" else None)
    if skipped:
        above = f"line {header_line}" if skipped == 1 else f"lines {header_line}-{header_line + skipped - 1}"
        source.warnings.append(f"{path.name}: the header is line {header_line + skipped}; {above} above it "
                               "(a title, headings over the columns) not read")
    return source


def _separator(line: str) -> str:
    counts = {candidate: line.count(candidate) for candidate in (",", ";", "\t", "|")}
    return max(counts, key=counts.__getitem__) if max(counts.values()) > 0 else ","


def _header_at(lines: list[str], sep: str | None, is_header: Callable[[list[str]], bool] | None) -> tuple[int, str, str]:
    """(lines before the header, the header line, the separator): the first line, unless it does not
    name the columns the import needs (`is_header`) and a line below it does, as a spreadsheet with
    a title over its table writes it out ("Price list March 2026;;;;"; see `workbooks.header_row`).
    The separator, when not given, is read from the header line: a title holds none, or commas."""
    if is_header is not None:
        for skipped, line in enumerate(lines):
            try:
                names = [_column_key(c) for c in next(csv.reader([line], delimiter=sep or _separator(line)), [])]
            except csv.Error:
                continue
            if is_header(names):
                return skipped, line, sep or _separator(line)
    return 0, lines[0], sep or _separator(lines[0])


def _csv_records(path: Path, encoding: str, errors: str, columns: list[str], sep: str, header_line: int = 1) -> Iterator[Row]:
    # The file is opened only once the rows are asked for, so a file refused for
    # its columns leaves nothing open.
    with open_text(path, encoding, errors, newline="") as handle:
        lines = _bounded_lines(handle, "")
        for _ in range(header_line):  # the header, and a "sep=" line before it
            next(lines, None)
        # Strict: a quote that closes before its cell ends ("Big" Mug) and a file that ends inside
        # a quote are errors naming the line (`_quote_fault`), where the lenient reader made the
        # first Big Mug and the second a line cut short, without a word of the quote.
        reader = csv.reader(lines, delimiter=sep, strict=True)
        start = header_line + 1
        try:
            for record in reader:
                line = start
                start = reader.line_num + header_line + 1
                if not any(cell.strip() for cell in record):
                    continue
                if len(record) > len(columns):
                    raise FileImportError(
                        f"line {line}: {len(record)} fields but the header has {len(columns)} "
                        f"(is the separator {sep!r} right? try --sep)"
                    )
                # A cell the export wrote as text ("'=Rival") reads back as it was before.
                values: dict[str, object] = dict(zip(columns, record))
                # A cell an export for Excel wrote as a text formula (`="00123"`) is the text it shows; one
                # our own export kept from being a formula ("'=\"x\"") is read back as that text, formula-like.
                if any(cell[:1] == "'" or cell[:2] == '="' for cell in record):
                    values = {column: read_csv_cell(cell) if cell[:1] == "'" else excel_text(cell)
                              for column, cell in zip(columns, record)}
                yield Row(line, values, missing=[c for c in columns[len(record):] if c])
        except csv.Error as exc:
            # The error belongs to the record being read, which began at `start`: a quote opened and
            # never closed runs on over later lines until the cell outgrows the field limit, and
            # the line the reader stopped at (5,824 for a quote opened on line 4) names no fault.
            hint = ""
            if "field limit" in str(exc):
                hint = (f"; the cell that starts on line {start} runs on to line {reader.line_num + header_line}: "
                        "a quote opened there and never closed?")
            raise FileImportError(f"line {start}: {_quote_fault(str(exc), sep) or exc}{hint}") from None
        except UnicodeDecodeError as exc:
            raise FileImportError(f"line {reader.line_num + header_line + 1}: cannot read the file as {encoding}: {exc}") from None


_EXCEL_TEXT = re.compile(r'="((?:[^"]|"")*)"')


def excel_text(cell: object) -> object:
    """A cell written as Excel's text formula, `="00123"`, as the text Excel shows: what ERPs and shops
    exporting "for Excel" write so that a code keeps its leading zeros (a CSV has no cell types). Read
    as written, the sku was `="00123"` beside the next file's `00123` and the GTIN was dropped as not
    valid (hostile15's F125). Only a formula that is one string is its text; `="A"&B2` stays as written.

    >>> excel_text('="00123"'), excel_text('="12"" Plate"'), excel_text('="A"&B2'), excel_text("12.50")
    ('00123', '12" Plate', '="A"&B2', '12.50')
    """
    if isinstance(cell, str) and (match := _EXCEL_TEXT.fullmatch(cell)):
        return match.group(1).replace('""', '"')
    return cell


def _quote_fault(message: str, sep: str) -> str | None:
    """What the strict reader's quote errors mean, said as a person fixes them."""
    if message == "unexpected end of data":
        return "a quote opened in this record is never closed: the file ends inside it (a file cut short, or a quote typed by hand)"
    if message == f"'{sep}' expected after '\"'":
        return ("a quote closes before its cell ends (such as \"Big\" Mug): a cell holding quotes is written whole "
                "in quotes with its quotes doubled (\"\"\"Big\"\" Mug\"), or without the quotes")
    return None

