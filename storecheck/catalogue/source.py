"""What every reader of a file yields: its columns and a stream of `Row`s (`Source`), and the
error that names the row and column a file cannot be imported at (`FileImportError`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

# Limits that keep a hostile or damaged file from taking the machine's memory
# (module constants, so a test can lower them: here, where they are read).
MAX_LINE_CHARS = 1_048_576
# Bytes read at a time where a file is read as chunks of bytes.
_CHUNK_BYTES = 1_048_576
# How far down a file or sheet its header is looked for when the first row is not it (a title or
# column groups above it: `csv_files._header_at`, `workbooks.header_row`).
HEADER_SEARCH_ROWS = 10


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
    # column -> formula of the cells that hold a formula but not its result (XLSX), or EXCEL_ERROR and
    # the error value of a formula that failed: read as empty, which they are not; refused where the
    # column feeds a field (`unsaved_problems`).
    unsaved: dict[str, str] = field(default_factory=dict)
    # The columns a CSV line stops short of ("A1,Tea" under "sku,name,price"): absent, not
    # empty, so never read as an empty cell that clears a stored field.
    missing: list[str] = field(default_factory=list)
    # column -> the currency sign or code a workbook cell's number format shows beside the number it
    # holds (12.5 shown as "$12.50": `workbooks._currency_cells`). Only a column that holds money takes
    # it (`signed`): a template formatting a stock count or a footfall as dollars shows no price.
    signs: dict[str, str] = field(default_factory=dict)
    # A workbook row hidden in the sheet (by a filter, or by hand): read as any row, and named
    # (`hidden_rows_note`), since the person who saved the file did not see it.
    hidden: bool = False

    def signed(self, money_columns: Iterable[str]) -> Row:
        """The row with the number of each of `money_columns` whose cell shows a currency written as
        the text a person sees ("$12.5"), which the amounts' reading settles as it settles "$12.50"
        typed in a CSV; the other columns' numbers stay the numbers they are."""
        for column in set(money_columns).intersection(self.signs):
            value = self.values.get(column)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                continue
            sign = self.signs[column]
            number = format(Decimal(repr(value)), "f") if isinstance(value, float) else str(value)
            self.values[column] = f"{sign}{number}" if len(sign) == 1 else f"{sign} {number}"
        return self

    def unsaved_problems(self, columns: Iterable[str]) -> list[str]:
        return [(f"column {column!r}: holds Excel's error value {formula[len(EXCEL_ERROR):]} (a formula that failed: a "
                 "lookup that found nothing, a reference deleted), not a value; correct it in the spreadsheet")
                if formula.startswith(EXCEL_ERROR) else
                f"column {column!r}: holds {f'the formula ={formula}' if formula else 'a formula'} but not its "
                "result (the program that wrote the file calculates no formulas); open and save the file in a "
                "spreadsheet program, or write the values"
                for column, formula in self.unsaved.items() if column in columns]


# Excel's error values, as a workbook saves a cell whose formula failed (and as a person typing one
# makes it): `unsaved` holds them behind this mark. Stored as text, "#N/A" became a brand, "#REF!" a name.
EXCEL_ERROR = "\0error:"
EXCEL_ERRORS = frozenset({"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA",
                          "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"})


@dataclass
class Source:
    """What a file holds, read as a stream: its columns, then its rows one by one."""

    columns: list[str]
    rows: Iterator[Row]
    decimal_hint: str | None = None
    warnings: list[str] = field(default_factory=list)
    # What a row's number counts, as messages name it: the file's "line" (a CSV line, a sheet's
    # row, a JSON line), or the "record" of a JSON document, whose line 3 is inside its first record.
    unit: str = "line"


def _file_chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK_BYTES):
            yield chunk


# Ctrl-Z (SUB), the end-of-file mark CP/M and DOS programs wrote after a text file's last line, and some
# ERP and till exports still write.
DOS_END_OF_FILE = "\x1a"


def _bounded_lines(handle, where: str) -> Iterator[str]:
    """The handle's lines, refusing one longer than MAX_LINE_CHARS (a file with no line
    breaks would otherwise be read whole into one string). A DOS end-of-file mark ending the
    last line, or alone on it, is the end of the file, not a character of it (`_without_end_mark`):
    an export closed so was refused for a line no editor shows ("line 4 … a line cut short?"), or
    for its last price ("'2,00\\x1a' is not a price"; hostile14's F117)."""
    number = 0
    line = handle.readline(MAX_LINE_CHARS + 1)
    while line:
        number += 1
        if len(line) > MAX_LINE_CHARS:
            raise FileImportError(f"{where}line {number}: longer than {MAX_LINE_CHARS:,} characters; is this a CSV file?")
        following = handle.readline(MAX_LINE_CHARS + 1)
        if not following and DOS_END_OF_FILE in line:
            line = _without_end_mark(line)
            if not line:
                return
        yield line
        line = following


def _without_end_mark(line: str) -> str:
    r"""The file's last line without the DOS end-of-file marks that end it ("" when they were all of it).

    >>> _without_end_mark("K2;Cup;2,00\x1a"), _without_end_mark("\x1a"), _without_end_mark("\x1a\r\n"), _without_end_mark("a\x1ab\n")
    ('K2;Cup;2,00', '', '', 'a\x1ab\n')
    """
    ending = line[len(line.rstrip("\r\n")):]
    text = line[:len(line) - len(ending)]
    if not text.endswith(DOS_END_OF_FILE):
        return line
    text = text.rstrip(DOS_END_OF_FILE)
    return text + ending if text else ""


def hidden_rows_note(name: str, rows: Sequence[int], count: int) -> str:
    """What an import says of the workbook rows it read that were hidden in the sheet (`Row.hidden`):
    `rows`, the first few of them, `count` in all. A sheet saved filtered ("Category: Mugs") or with
    last season's rows hidden shows fewer rows than it holds; read without a word, "4 new" surprised
    the person who saw two (hostile15's F126). They are read, as the file holds them: left out, a
    filter left on by mistake would drop products or visits without a trace.

    >>> hidden_rows_note("ours.xlsx", [3, 5], 2)
    'ours.xlsx: rows 3 and 5 are hidden in the sheet (by a filter, or by hand); read as every other row (delete them from the file if they are not to be imported)'
    """
    shown = [f"{n:,}" for n in rows]
    which = (f"row {shown[0]} is" if count == 1 else f"rows {', '.join(shown[:-1])} and {shown[-1]} are" if count == len(shown)
             else f"{count:,} rows ({', '.join(shown)}, …) are")
    return (f"{name}: {which} hidden in the sheet (by a filter, or by hand); read as every other row "
            "(delete them from the file if they are not to be imported)")
