"""Import our catalogue and competitors' offer files (CSV, XLSX, JSON).

Files as people really save them: UTF-8 with or without BOM, Windows-1252
from Excel, comma or semicolon separators, decimal commas, empty optional
fields. A file is validated whole before anything is written: one bad row
stops the import with its line and column named, unless the caller asks to
skip invalid rows (they are then returned with their reasons).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from storecheck.models import (
    OFFER_FIELDS,
    OWN_PRODUCT_FIELDS,
    Offer,
    OwnProduct,
    normalise_currency,
    normalise_gtin,
)
from storecheck.money import read_money
from storecheck.tables import write_table

EXTRA_OWN_FIELDS = ("cost", "sales_weight")
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


@dataclass
class Rejected:
    line: int
    values: dict[str, object]
    reasons: list[str]


@dataclass
class ImportResult:
    valid: list = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


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
    """Bytes -> text: the given encoding, else UTF-8 (BOM or not), else Windows-1252,
    else what charset-normalizer detects.

    Excel on Windows saves "CSV" as Windows-1252; a UTF-8 decode error is the
    reliable sign.
    """
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise FileImportError(f"cannot read the file as {encoding}: {exc}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Guessing among the 8-bit code pages on a few short cells is unreliable
        # (Latin-1 text scores as Central European); Excel's "CSV" is cp1252.
        # Other code pages are for --encoding.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise FileImportError("cannot tell the file's encoding; give it with --encoding") from None
        return str(best)


def read_rows(path: Path, *, sep: str | None = None, encoding: str | None = None) -> tuple[list[str], list[Row], str | None]:
    """Read a CSV / XLSX / JSON file into rows keyed by lower-cased column name.

    Returns (columns, rows, decimal_hint). Line numbers are the file's own:
    spreadsheet row or CSV line (header = line 1), JSON record number.
    """
    suffix = path.suffix.lower()
    if not path.is_file():
        raise FileImportError(f"{path} does not exist")
    if suffix in (".xlsx", ".xlsm", ".xls"):
        return _read_excel(path)
    data = path.read_bytes()
    text = decode(data, encoding)
    if suffix in (".json", ".jsonl", ".ndjson"):
        return _read_json(text, path)
    return _read_csv(text, sep)


def _read_csv(text: str, sep: str | None) -> tuple[list[str], list[Row], str | None]:
    if not text.strip():
        raise FileImportError("the file is empty")
    if sep is None:
        first = text.splitlines()[0]
        counts = {candidate: first.count(candidate) for candidate in (",", ";", "\t", "|")}
        sep = max(counts, key=counts.get) if max(counts.values()) > 0 else ","
    if sep == "\\t":
        sep = "\t"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise FileImportError(f"line 1: {exc}") from None
    columns = [_column_key(c) for c in header]
    rows = []
    try:
        start = reader.line_num + 1
        for record in reader:
            line = start
            start = reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if len(record) > len(columns):
                raise FileImportError(
                    f"line {line}: {len(record)} fields but the header has {len(columns)} "
                    f"(is the separator {sep!r} right? try --sep)"
                )
            rows.append(Row(line, dict(zip(columns, record))))
    except csv.Error as exc:
        raise FileImportError(f"line {reader.line_num}: {exc}") from None
    # A semicolon-separated file is the European Excel format, with decimal commas.
    return columns, rows, ("," if sep == ";" else None)


def _read_excel(path: Path) -> tuple[list[str], list[Row], str | None]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise FileImportError(f"{path} is not a readable XLSX file: {exc}") from None
    columns, rows = sheet_rows(book.worksheets[0])
    book.close()
    if not columns:
        raise FileImportError("the spreadsheet is empty")
    return columns, rows, None


def sheet_rows(sheet) -> tuple[list[str], list[Row]]:
    """A worksheet's header and its non-empty rows, numbered as the spreadsheet shows them."""
    iterator = sheet.iter_rows(values_only=True)
    header = next(iterator, None)
    if header is None:
        return [], []
    columns = [_column_key(c) if c is not None else "" for c in header]
    rows = []
    for number, record in enumerate(iterator, start=2):
        if record is None or all(cell is None or str(cell).strip() == "" for cell in record):
            continue
        rows.append(Row(number, {c: v for c, v in zip(columns, record) if c}))
    return columns, rows


def _read_json(text: str, path: Path) -> tuple[list[str], list[Row], str | None]:
    try:
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            records = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileImportError(f"not valid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if isinstance(records, dict):
        # {"products": [...]} as many exports wrap it
        lists = [v for v in records.values() if isinstance(v, list)]
        if len(lists) != 1:
            raise FileImportError("JSON must be a list of objects, or an object holding one list")
        records = lists[0]
    if not isinstance(records, list):
        raise FileImportError("JSON must be a list of objects")
    columns: list[str] = []
    rows = []
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise FileImportError(f"record {number}: expected an object, found {type(record).__name__}")
        values = {_column_key(k): v for k, v in record.items()}
        for column in values:
            if column not in columns:
                columns.append(column)
        rows.append(Row(number, values))
    return columns, rows, None


def _apply_map(columns: list[str], rows: list[Row], mapping: dict[str, str], allowed: Sequence[str]) -> tuple[list[Row], list[str]]:
    unknown_targets = sorted(set(mapping.values()) - set(allowed))
    if unknown_targets:
        raise FileImportError(f"--map names unknown field(s) {', '.join(unknown_targets)}; fields are: {' '.join(allowed)}")
    missing_sources = sorted(set(mapping) - set(columns))
    if missing_sources:
        raise FileImportError(f"--map names column(s) not in the file: {', '.join(missing_sources)}; columns are: {', '.join(columns)}")
    renamed = {c: mapping.get(c, c) for c in columns}
    ignored = [c for c, target in renamed.items() if target not in allowed and c]
    out = [Row(row.line, {renamed[c]: v for c, v in row.values.items() if renamed.get(c, c) in allowed}) for row in rows]
    return out, ignored


def _validation_problems(exc: ValidationError) -> list[tuple[str, str]]:
    problems = []
    for err in exc.errors():
        column = ".".join(str(p) for p in err["loc"]) or "row"
        message = err["msg"].removeprefix("Value error, ")
        if err["type"] in ("missing", "string_too_short") or err.get("input") is None:
            message = "is required but empty"
        problems.append((column, message))
    return problems


def _validate(rows: list[Row], model, decimal_hint: str | None, default_currency: str | None) -> ImportResult:
    result = ImportResult()
    for row in rows:
        values = dict(row.values)
        reasons = _resolve_money(values, decimal_hint, default_currency)
        raw_gtin = values.get("gtin")
        if _filled(raw_gtin):
            gtin = normalise_gtin(raw_gtin)
            if gtin is None:
                result.warnings.append(f"line {row.line}, column 'gtin': {raw_gtin!r} is not a valid GTIN (check digit); ignored")
            values["gtin"] = gtin
        try:
            item = model.model_validate(values)
        except ValidationError as exc:
            reasons += [f"column {column!r}: {message}" for column, message in _validation_problems(exc)]
        if reasons:
            result.rejected.append(Rejected(row.line, row.values, reasons))
        else:
            result.valid.append((row.line, item))
    return result


def _resolve_money(values: dict, decimal_hint: str | None, default_currency: str | None) -> list[str]:
    """Read the money columns in place and settle the row's currency.

    A currency written with the amount ("£12.49") fills an empty currency
    column, and must agree with a filled one: a price is never stored in a
    currency it was not given in. Returns the problems found.
    """
    problems: list[str] = []
    signs: list[tuple[str, object, frozenset[str]]] = []
    for money in ("price", "regular_price", "cost", "unit_price"):
        raw = values.get(money)
        if not isinstance(raw, str) or not raw.strip():
            continue
        try:
            values[money], currencies = read_money(raw, decimal_hint)
        except ValueError:
            continue  # the model reports it with the column name
        if currencies:
            signs.append((money, raw, currencies))
    stated = values.get("currency")
    if _filled(stated):
        try:
            stated = normalise_currency(stated)
        except ValueError:
            return problems  # the model reports the currency column
        for money, raw, currencies in signs:
            if stated not in currencies:
                problems.append(f"column {money!r}: {raw!r} is not in {stated}, the row's currency")
        return problems
    possible = frozenset.intersection(*(c for _, _, c in signs)) if signs else frozenset()
    if signs and not possible:
        problems.append("column 'currency': the prices name different currencies")
    elif not signs or default_currency in possible:
        values["currency"] = default_currency
    elif len(possible) == 1:
        values["currency"] = next(iter(possible))
    else:
        problems.append(f"column 'currency': {signs[0][1]!r} could be {', '.join(sorted(possible))}; add a currency column")
    return problems


def _filled(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def _duplicates(result: ImportResult, key: str, label: str) -> None:
    """A second row with the same key in one file is an error: which one should win?"""
    first_line: dict[str, int] = {}
    kept = []
    for line, item in result.valid:
        value = getattr(item, key)
        if value in first_line:
            result.rejected.append(
                Rejected(line, {key: value}, [f"column {key!r}: {label} {value!r} already on line {first_line[value]}"])
            )
            continue
        first_line[value] = line
        kept.append((line, item))
    result.valid = kept


def load_file(
    path: str | Path,
    kind: str,
    *,
    mapping: Sequence[str] = (),
    sep: str | None = None,
    encoding: str | None = None,
    default_currency: str | None = None,
) -> ImportResult:
    """Read and validate a whole file of `kind` "products" (ours) or "offers" (a competitor's)."""
    path = Path(path)
    if kind == "products":
        allowed, model, key, required = OWN_PRODUCT_FIELDS + EXTRA_OWN_FIELDS, OwnProduct, "sku", ("sku", "name")
    elif kind == "offers":
        allowed, model, key, required = OFFER_FIELDS + EXTRA_OFFER_FIELDS, Offer, "key", ("key",)
    else:
        raise ValueError(kind)
    columns, rows, decimal_hint = read_rows(path, sep=sep, encoding=encoding)
    rows, ignored = _apply_map(columns, rows, parse_map(mapping), allowed)
    present = set(parse_map(mapping).values()) | set(columns)
    if kind == "offers" and "key" not in present and "url" in present:
        # A product URL is a fine key when the file has no id of the competitor's.
        for row in rows:
            row.values["key"] = row.values.get("url")
        present.add("key")
    missing = [c for c in required if c not in present]
    if missing:
        raise FileImportError(
            f"{path.name}: no column {', '.join(repr(m) for m in missing)}. Columns found: {', '.join(c for c in columns if c)}. "
            "Rename them with --map COLUMN=FIELD."
        )
    result = _validate(rows, model, decimal_hint, default_currency)
    _duplicates(result, key, "sku" if kind == "products" else "key")
    result.rejected.sort(key=lambda r: r.line)
    result.ignored_columns = ignored
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
