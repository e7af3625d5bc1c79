"""Reading a JSON document (a list of records, or an object holding one) or JSON lines, one record at a time."""

from __future__ import annotations

import contextlib
import csv
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import ijson

from storecheck.catalogue.columns import _column_key
from storecheck.catalogue.encoding import open_text
from storecheck.catalogue.source import FileImportError, Row, Source, _bounded_lines
from storecheck.money import json_loads

# A product record is a few levels deep (a promotion, a list of images); deeper is a damaged file.
MAX_JSON_DEPTH = 64


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
        # Named by their number: a pretty-printed file's "line 3" is its first record's key, and a
        # user sent to line 3 for record 3's price looked at the wrong product.
        return Source(list(columns), _json_rows(enumerate(records, start=1), unit="record"), unit="record")
    # JSON lines: the columns are those of every record; a first pass finds them. Each record is
    # named by its line in the file (a blank line between two does not shift the numbers after it).
    return Source(_json_columns(record for _, record in _json_lines(path, encoding, errors)),
                  _json_rows(_json_lines(path, encoding, errors)))


# The longest text of one cell, as for a CSV field (the csv module's field limit).
_MAX_CELL_CHARS = csv.field_size_limit()

# Yielded by `_json_document` where a list of records begins, so an empty list is seen too.
_LIST_BEGINS = object()
_OPENING = {"start_map": 1, "start_array": 1, "end_map": -1, "end_array": -1}


def _json_document(path: Path, encoding: str, errors: str, backend=ijson) -> Iterator[tuple[int | None, object]]:
    """(where, record) for each record of a JSON document, streamed by ijson: one record in
    memory at a time. `where` is None for the items of a top-level list, else the place of
    the top-level object's member whose list holds the record; (where, _LIST_BEGINS) comes
    first for each list. Amounts are read as Decimal, never float."""
    records, in_list, too_long = 0, False, False
    with _json_bytes(path, encoding, errors) as handle:
        events = backend.basic_parse(handle, use_float=False)
        try:
            event, _ = next(events)
            if event == "start_array":
                yield None, _LIST_BEGINS
                in_list = True
                for record in _json_items(events, path):
                    records += 1
                    yield None, record
                in_list = False
            elif event == "start_map":
                for member, (event, _) in enumerate(events):
                    if event == "end_map":
                        break
                    event, value = next(events)  # the member's value, after its key
                    if event == "start_array":
                        yield member, _LIST_BEGINS
                        in_list = True
                        for record in _json_items(events, path):
                            records += 1
                            yield member, record
                        in_list = False
                    else:
                        _json_value(event, value, events, path, build=False)
            else:
                raise FileImportError("JSON must be a list of objects")
            for _ in events:  # ijson checks that nothing but white space follows
                pass
        except _RecordFault as exc:
            raise FileImportError(f"record {records + 1}: {exc}") from None
        except ijson.JSONError as exc:
            # A fault inside a list of records is in the record after the last one read whole.
            where = (f"in record {records + 1}" if in_list else f"after record {records}" if records
                     else "before the first record")
            if backend is not ijson and (long := _LONG_NUMBER.search(str(exc))):
                raise FileImportError(f"record {records + 1}: {_too_long(long.group(1))}") from None
            raise FileImportError(f"not valid JSON {where}: {_parse_error(exc)}") from None
        except (SystemError, ValueError) as exc:
            # ijson's C parser cannot make an int of more digits than Python allows (4,300), and
            # says so for the buffer it read ahead, not the record. Its Python parser, which stops
            # at the number itself, is asked where (on this error's path alone: it is far slower).
            if backend is not ijson or "integer string conversion" not in f"{exc} {exc.__cause__}":
                raise
            too_long = True
    if too_long:
        for _ in _json_document(path, encoding, errors, backend=ijson.get_backend("python")):
            pass
        raise FileImportError(_too_long(None))


# ijson's Python parser names a number it cannot read as "Unexpected symbol '1000…'".
_LONG_NUMBER = re.compile(r"Unexpected symbol '(-?\d{100,})'")


def _too_long(digits: str | None) -> str:
    count = f" of {len(digits.lstrip('-')):,} digits" if digits else " of more than 4,300 digits"
    return (f"a whole number{count}, far beyond any amount, count or id (Python reads at most 4,300 digits as a "
            "number); correct the value, or write it as text")


class _RecordFault(ValueError):
    """A record that JSON readers read without a word but which cannot be read as meant."""


def _repeated_key(key: str) -> _RecordFault:
    # JSON readers keep one of the two values (Python's the last, others the first) without a
    # word: which price was meant is for the person who wrote the file to say, not a reader's habit.
    return _RecordFault(f"the key {key!r} is given twice (a column read from two keys of one record); "
                        "which value is meant? Keep one of them")


def _parse_error(exc: Exception) -> str:
    """The parser's message with the text around the fault, so that the field is named: yajl
    gives a line of the text and a line pointing into it."""
    lines = [line for line in str(exc).splitlines() if line.strip()]
    if not lines:
        return type(exc).__name__
    message = lines[0].strip().rstrip(".")
    if len(lines) >= 3 and "^" in lines[2]:
        mark = lines[2].index("^")
        token = re.match(r"[^\s,:{}\[\]]*", lines[1][mark:])
        near = (lines[1][:mark] + (token.group() if token else "")).strip()[-40:]
        message += f" at the end of {near!r}"
        if re.search(r"(?:-?Infinity|NaN)$", near):
            message += " (NaN and Infinity are not JSON numbers: leave the value out, or write it as a number)"
    return message


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
    keys: set[str] = set()  # a record's own keys, as the columns they are read into
    key = ""
    while True:
        if builder is not None:
            if event == "string" and isinstance(value, str) and len(value) > _MAX_CELL_CHARS:
                # A cell is bounded as a CSV field is: a name of 60 MB took a whole import to 360 MB
                # and was stored; no product's field holds a book.
                raise _RecordFault(f"the value of {key!r} is {len(value):,} characters long; the limit of a "
                                   f"cell is {_MAX_CELL_CHARS:,}")
            builder.event(event, value)
            if depth == 1 and event == "map_key":
                if (key := _column_key(str(value))) in keys:
                    raise _repeated_key(str(value))
                keys.add(key)
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
    with open_text(path, encoding, errors) as handle:
        yield _Utf8Reader(handle)


def _json_columns(records: Iterable[object]) -> list[str]:
    """Every record's keys, in the order they first appear, as a person reading the file sees them."""
    columns: dict[str, None] = {}
    for record in records:
        if isinstance(record, dict):
            columns.update(dict.fromkeys(map(_column_key, record)))
    return list(columns)


def _json_lines(path: Path, encoding: str, errors: str) -> Iterator[tuple[int, object]]:
    """(line number, record) of each line of a JSON lines file that is not blank.

    A byte order mark starting a line is no part of its record: files joined with `cat` keep the
    second one's BOM at the start of its first line, which the JSON parser refuses ("Unexpected
    UTF-8 BOM"). (The file's own BOM is taken off by its encoding; a CSV line starting with one
    keys its product without it.)"""
    with open_text(path, encoding, errors) as handle:
        for number, line in enumerate(_bounded_lines(handle, ""), start=1):
            line = line.removeprefix("\ufeff")
            if not line.strip():
                continue
            try:
                yield number, json_loads(line, object_pairs_hook=_one_value_per_key, parse_constant=_no_constant)
            except _RecordFault as exc:
                raise FileImportError(f"line {number}: {exc}") from None
            except json.JSONDecodeError as exc:
                raise FileImportError(f"not valid JSON: line {number}, column {exc.colno}: {exc.msg}") from None
            except RecursionError:
                raise FileImportError(f"line {number}: JSON nested too deeply to be a product") from None


def _one_value_per_key(pairs: list[tuple[str, object]]) -> dict:
    record: dict = {}
    for key, value in pairs:
        if key in record:
            raise _repeated_key(key)
        record[key] = value
    return record


def _no_constant(name: str) -> object:
    # Python's reader takes NaN and Infinity, which no JSON writer should produce; ijson refuses them.
    raise _RecordFault(f"{name} is not a JSON number: leave the value out, or write it as a number")


def _json_rows(records: Iterable[tuple[int, object]], unit: str = "line") -> Iterator[Row]:
    """Rows of the records, numbered as `Source.unit` names them: a JSON document's "record N", a
    JSON lines file's "line N" (its records are its lines, and every other message names the line)."""
    for number, record in records:
        if not isinstance(record, dict):
            # A list is described, not written out (it may hold a file's worth of values).
            shown = (f"a list of {len(record):,} value(s)" if isinstance(record, list)
                     else json.dumps(record, ensure_ascii=False)[:40])
            raise FileImportError(f"{unit} {number}: expected an object ({{\"key\": …}}), found {shown}")
        yield Row(number, {_column_key(k): v for k, v in record.items()})
