"""Visit files: CSV / XLSX (one visit per row, price checks on a second sheet
or file joined by `visit_row`) and YAML (nested, one entry per visit), read
into the model's nested dict and validated; nothing is written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from storecheck.config import Config
from storecheck.models import clean_text
from storecheck.visits.model import Origins, Problem, Visit, VisitContext, rounded_amounts, validate_visit, whole_unit_fractions
from storecheck.visits.parsing import ROLE_COLUMNS, SCORE_AREAS, excel_serial, is_excel_serial, is_na, parse_count
from storecheck.visits.photos import PhotoFiles, max_photo_bytes


class VisitImportError(Exception):
    """A visits file that cannot be imported as it is; `problems` names row and column."""

    def __init__(self, message: str, problems: Sequence[Problem | str] = ()):
        self.problems = [str(p) for p in problems]
        shown = self.problems[:30]
        text = message + "".join(f"\n  {p}" for p in shown)
        if len(self.problems) > len(shown):
            text += f"\n  ... and {len(self.problems) - len(shown)} more"
        super().__init__(text)


def _split_items(value: object) -> list[str]:
    text = clean_text(value)
    if not text:
        return []
    return [part.strip() for part in re.split(r"[;\n]", text) if part.strip()]


# Figures and choices a manager leaves as "n/a" or "-" when nothing was counted or seen: empty,
# as a score's N/A is. Names and text keep what was written ("None" can be a visitor's name).
# The columns of a visit's row and of a price check's that hold money.
_MONEY_COLUMNS = ("average_ticket", "price", "regular_price")
_FIGURES = frozenset({"duration_minutes", "footfall_count", "footfall_minutes", "holiday", "average_ticket",
                      "average_ticket_source", "currency", "regular_price", "promotion_type"})


def row_to_data(values: dict[str, object], where: str) -> tuple[dict, Origins, list[str]]:
    """A spreadsheet row (lower-cased column -> value) -> the nested visit dict,
    with where each part came from. Returns also the columns it did not use."""
    data: dict = {}
    origins: Origins = {(): (where, None)}
    unused = []
    for column, value in values.items():
        if not column:
            continue
        if column in _FIGURES and is_na(value):
            value = None
        if column in ("competitor", "store", "visited_at", "visitor", "duration_minutes", "footfall_count",
                      "footfall_minutes", "holiday", "average_ticket", "average_ticket_source", "currency",
                      "score_environment", "score_display", "score_hospitality", "notes", "photos"):
            if column == "holiday" and clean_text(value) is None:
                continue
            data[column] = value
        elif column == "promotions":
            for text in _split_items(value):
                index = len(data.setdefault("promotions", []))
                data["promotions"].append({"text": text})
                origins[("promotions", index)] = (where, "promotions")
        elif column in ROLE_COLUMNS.values():
            role = next(r for r, c in ROLE_COLUMNS.items() if c == column)
            for name in _split_items(value):
                index = len(data.setdefault("products", []))
                data["products"].append({"role": role, "name": name})
                origins[("products", index)] = (where, column)
        elif "." in column and column.split(".", 1)[0] in SCORE_AREAS:
            area, criterion = column.split(".", 1)
            if clean_text(value) is not None:
                data.setdefault("criteria", {}).setdefault(area, {})[criterion] = value
                origins[("criteria",)] = (where, "criteria")
        else:
            unused.append(column)
    return data, origins, unused


def price_check_data(values: dict[str, object]) -> dict:
    return {k: None if k in _FIGURES and is_na(values.get(k)) else values.get(k)
            for k in ("sku", "product", "price", "regular_price", "promotion", "promotion_type")}


@dataclass
class ParsedVisit:
    where: str
    data: dict
    origins: Origins
    visit: Visit | None = None
    problems: list[Problem] = field(default_factory=list)


@dataclass
class VisitFileResult:
    valid: list[ParsedVisit] = field(default_factory=list)
    invalid: list[ParsedVisit] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    photos: PhotoFiles | None = None
    parsed: list[ParsedVisit] = field(default_factory=list)
    # Problems that belong to no visit (a price check pointing at no visit row).
    orphans: list[Problem] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return [p for item in self.invalid for p in item.problems]


# The columns every visits file holds; the header is the row naming them (a title may sit above it).
VISIT_COLUMNS = ("competitor", "store", "visited_at")


def _names_visit_columns(names: list[str]) -> bool:
    return set(VISIT_COLUMNS) <= set(names)


def _read_sheets(path: Path) -> tuple[list, list | None, list[str]]:
    """XLSX: the first sheet holds visits; a sheet named like "price checks", else a second sheet
    with a `visit_row` column, holds price checks. The other sheets a manager adds (instructions,
    a summary) are named in the third value, left alone: read as price checks, an instructions
    sheet refused the whole file. Opened as every import opens a workbook
    (`catalogue.open_workbook`): a part that would unpack beyond its bound is refused
    (FileImportError) before openpyxl reads it."""
    from storecheck.catalogue import open_workbook, sheet_rows

    book = open_workbook(path)

    def rows_of(sheet, is_header=None) -> list:
        # Cells merged down over rows (a store's name over its visits) are read on each row by
        # `catalogue.iter_sheet`, as every import reads them, within its bound on merged ranges.
        # A number whose cell shows a currency is money only in a money column (`Row.signed`): a
        # footfall a template formats as dollars is a count.
        return [row.signed(_MONEY_COLUMNS) for row in sheet_rows(sheet, is_header)[1]]

    def header_of(sheet) -> list[str]:
        return [str(c).strip().casefold() for c in next(sheet.iter_rows(max_row=1, values_only=True), ()) if c is not None]

    sheets = [s for s in book.worksheets if getattr(s, "sheet_state", "visible") == "visible"] or book.worksheets
    # Under a title ("Store visits, week 10"), the header is the row naming the columns a visit needs.
    visits_rows = rows_of(sheets[0], _names_visit_columns)
    for row in visits_rows:
        # A visit time in a cell formatted as a number is the workbook's day number: counted from
        # the workbook's own first day (1900, or 1904 in old Mac workbooks), known only here.
        when = row.values.get("visited_at")
        if isinstance(when, (int, float)) and is_excel_serial(when):
            row.values["visited_at"] = excel_serial(when, book.epoch)
    checks_sheet = next((s for s in sheets[1:] if re.sub(r"[\s_-]", "", s.title.casefold()) in ("pricechecks", "prices")), None)
    if checks_sheet is None and len(sheets) > 1 and "visit_row" in header_of(sheets[1]):
        checks_sheet = sheets[1]
    checks_rows = rows_of(checks_sheet) if checks_sheet is not None else None
    ignored = [s.title for s in sheets[1:] if s is not checks_sheet and header_of(s)]
    book.close()
    return visits_rows, checks_rows, ignored


def parse_table(path: Path, price_checks: Path | None = None) -> VisitFileResult:
    """CSV / XLSX: one visit per row; price checks from a second sheet or file, joined by `visit_row`
    (the visit's row number in the visits sheet, header = row 1)."""
    from storecheck.catalogue import FileImportError, read_rows
    from storecheck.catalogue.source import hidden_rows_note

    result = VisitFileResult()
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            rows, check_rows, ignored = _read_sheets(path)
            check_label = "price checks sheet row"
            for read in (rows, check_rows or []):
                if hidden := [row.line for row in read if row.hidden]:
                    result.warnings.append(hidden_rows_note(path.name, hidden[:10], len(hidden)))
            result.warnings += [f"sheet {title!r} ignored: visits are read from the first sheet, price checks from "
                                "one named \"price checks\" or a second sheet with a visit_row column"
                                for title in ignored]
        else:
            _, rows, _ = read_rows(path, is_header=_names_visit_columns)
            check_rows, check_label = None, "price checks row"
        if price_checks is not None:
            try:
                if price_checks.suffix.lower() in (".xlsx", ".xlsm"):
                    check_rows, _, _ = _read_sheets(price_checks)
                else:
                    _, check_rows, _ = read_rows(price_checks)
            except FileImportError as exc:  # said of the price checks, not of the visits file named before it
                raise FileImportError(f"{price_checks.name}: {exc}") from None
            check_label = f"{price_checks.name} row"
    except FileImportError as exc:
        raise VisitImportError(str(exc)) from None
    if not rows:
        raise VisitImportError("no visits in it (one visit per row under a header row)")
    missing = [c for c in VISIT_COLUMNS if c not in rows[0].values and c not in {k for r in rows for k in r.values}]
    if missing:
        raise VisitImportError(f"no column {', '.join(repr(m) for m in missing)}; the template is visits/visits-template.csv")
    label = "row" if path.suffix.lower() in (".xlsx", ".xlsm") else "line"
    parsed: dict[int, ParsedVisit] = {}
    unused: set[str] = set()
    for row in rows:
        data, origins, extra = row_to_data(row.values, f"{label} {row.line}")
        unused.update(extra)
        parsed[row.line] = ParsedVisit(f"{label} {row.line}", data, origins)
    orphans = []
    for row in check_rows or []:
        where = f"{check_label} {row.line}"
        # A row number that is no whole number ("2.5", "-1", "two") is a check that names no visit,
        # said with the others (its ValueError ended the import in a traceback).
        try:
            number = parse_count(row.values.get("visit_row"), label="row number") if clean_text(row.values.get("visit_row")) else None
        except ValueError as exc:
            number, why = None, f" ({exc})"
        else:
            why = ""
        if number not in parsed:
            orphans.append(Problem(where, "visit_row", f"{row.values.get('visit_row')!r} is not the {label} number of a visit"
                                   f" in {path.name}{why} (visits are on {label}s {', '.join(map(str, list(parsed)[:10]))})"))
            continue
        item = parsed[number]
        index = len(item.data.setdefault("price_checks", []))
        item.data["price_checks"].append(price_check_data(row.values))
        item.origins[("price_checks", index)] = (where, None)
    unused -= {"visit_row"}
    if unused:
        result.warnings.append(f"ignored column(s): {', '.join(sorted(unused))}")
    result.parsed = list(parsed.values())
    result.orphans = orphans
    return result


# A visits file is written by people: tens of visits, a few hundred values each.
# These bounds sit far above that and far below what exhausts memory, so an
# alias bomb (a kilobyte that expands to billions of values) or a document
# nested thousands deep is refused with a message instead of taking the machine.
MAX_YAML_BYTES = 20_000_000
MAX_YAML_VALUES = 500_000
MAX_YAML_DEPTH = 50


class _TooLarge(Exception):
    """Raised inside the loader; turned into a VisitImportError naming the file."""


# The plain values YAML 1.2 reads as booleans and numbers. PyYAML reads YAML 1.1, where "No", "On"
# and "y" are booleans, "0123" is the octal 83, "1_000" is 1000 and "1:30" is 90: a visitor called
# No was stored as "False", and our sku 0123 was "83". People write visits files by hand and
# a file holds names and codes: anything else stays the text it was written as.
_YAML_1_2_VALUES = (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789"),
    ("tag:yaml.org,2002:float", r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$", "-+0123456789."),
)


def _bounded_loader():
    import yaml

    # Nor does it read a date or time as YAML 1.1's timestamp: PyYAML builds that while it reads the
    # file, and "2026-02-31 10:00:00" failed there with a traceback (hostile13's F116); as text it is
    # read by the visit's own field, as a CSV's is, and refused naming the visit and the field.
    redefined = {tag for tag, _, _ in _YAML_1_2_VALUES} | {"tag:yaml.org,2002:timestamp"}

    class BoundedLoader(yaml.SafeLoader):
        """SafeLoader that refuses nesting deeper than MAX_YAML_DEPTH while composing
        (PyYAML's composer recurses once per level), reads booleans and numbers as YAML 1.2
        writes them (`_YAML_1_2_VALUES`), and dates and times as the text they are."""

        depth = 0
        yaml_implicit_resolvers = {
            first: [(tag, pattern) for tag, pattern in resolvers if tag not in redefined]
            for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
        }

        def compose_node(self, parent, index):
            self.depth += 1
            try:
                if self.depth > MAX_YAML_DEPTH:
                    mark = self.peek_event().start_mark
                    raise _TooLarge(f"nested more than {MAX_YAML_DEPTH} levels deep (line {mark.line + 1})")
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    for tag, pattern, first in _YAML_1_2_VALUES:
        BoundedLoader.add_implicit_resolver(tag, re.compile(pattern), list(first))
    return BoundedLoader


def expanded_size(node) -> int:
    """How many values a composed YAML node stands for once every alias is expanded,
    counted without expanding anything: each node's size is computed once and an
    alias reuses it. Stops past MAX_YAML_VALUES; a node that contains itself is refused."""
    import yaml

    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def children(item) -> list:
        if isinstance(item, yaml.SequenceNode):
            return list(item.value)
        if isinstance(item, yaml.MappingNode):
            return [part for pair in item.value for part in pair]
        return []

    stack = [(node, False)]
    while stack:
        item, done = stack.pop()
        key = id(item)
        if done:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in children(item))
            if sizes[key] > MAX_YAML_VALUES:
                raise _TooLarge(f"it expands to more than {MAX_YAML_VALUES:,} values (through aliases)")
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            raise _TooLarge(f"an alias refers to the node that contains it (line {item.start_mark.line + 1})")
        open_nodes.add(key)
        stack.append((item, True))
        stack.extend((child, False) for child in children(item) if id(child) not in sizes)
    return sizes[id(node)]


def repeated_keys(document) -> list[str]:
    """Each key a mapping of the composed document gives twice, named by its visit and lines. YAML
    forbids it, but PyYAML keeps the last value silently: a visit whose footfall was typed twice
    (12, then 1,200 further down) was saved with the second and no word. Walked without recursion
    (the document is already bounded in size and depth)."""
    import yaml

    def repeats(node, where: str) -> list[str]:
        first: dict[str, int] = {}
        said = []
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode) and key.tag != "tag:yaml.org,2002:merge":
                line = key.start_mark.line + 1
                if key.value in first:
                    said.append(f"{where}line {line}: the field {key.value!r} is given twice (first on line "
                                f"{first[key.value]}); keep one")
                else:
                    first.setdefault(key.value, line)
        return said

    found: list[str] = []
    entries = [(1, document)]
    if isinstance(document, yaml.SequenceNode):
        entries = list(enumerate(document.value, 1))
    elif isinstance(document, yaml.MappingNode):
        listed = [v for k, v in document.value if isinstance(k, yaml.ScalarNode) and k.value == "visits"]
        if listed and isinstance(listed[0], yaml.SequenceNode):
            found += repeats(document, "")
            entries = list(enumerate(listed[0].value, 1))
    for number, entry in entries:
        stack = [entry]
        while stack:
            node = stack.pop()
            if isinstance(node, yaml.SequenceNode):
                stack.extend(node.value)
            elif isinstance(node, yaml.MappingNode):
                found += repeats(node, f"visit {number}, ")
                stack.extend(value for _, value in node.value)
    return found


def yaml_error_text(exc: Exception) -> str:
    """A YAML parser's error in one sentence with the lines it names ("expected a single document
    in the stream (line 2, column 1) but found another document (line 5, column 1)"). PyYAML's own
    text names the string it parsed, "<unicode string>", which the user never saw, and shows the
    line's text with a caret under it, which a one-line error cannot place."""
    def at(mark) -> str:
        return f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""

    context, problem = getattr(exc, "context", None), getattr(exc, "problem", None)
    if problem is None:
        return str(exc)
    joint = " " if problem.startswith("but ") else ": "
    text = f"{context}{at(getattr(exc, 'context_mark', None))}{joint}" if context else ""
    text += f"{problem}{at(getattr(exc, 'problem_mark', None))}"
    if problem == "but found another document":
        text += ": two files pasted together? Import each on its own, or keep one '---' and one list of visits"
    return text


def load_yaml(path: Path) -> object:
    """A YAML document read safely and within bounds: at most MAX_YAML_BYTES, nested at
    most MAX_YAML_DEPTH deep, expanding to at most MAX_YAML_VALUES values."""
    import yaml

    size = path.stat().st_size
    if size > MAX_YAML_BYTES:
        raise VisitImportError(f"{size / 1e6:.1f} MB; a visits YAML file may be at most "
                               f"{MAX_YAML_BYTES / 1e6:.0f} MB (split it into several files)")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise VisitImportError(f"not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    loader = _bounded_loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        expanded_size(node)
        if repeated := repeated_keys(node):
            raise VisitImportError("; ".join(repeated))
        try:
            return loader.construct_document(node)
        except (ValueError, OverflowError) as exc:
            # A value an explicit tag asks to be built and cannot be (`!!timestamp 2026-02-31`,
            # `!!int` of a word): refused with the reason, never a traceback.
            raise VisitImportError(f"not valid YAML: a value its tag cannot build ({exc})") from None
    except _TooLarge as exc:
        raise VisitImportError(f"refused: {exc}") from None
    except yaml.YAMLError as exc:
        raise VisitImportError(f"not valid YAML: {yaml_error_text(exc)}") from None
    finally:
        loader.dispose()


def parse_yaml(path: Path) -> VisitFileResult:
    """YAML: a list of visits (or {visits: [...]}), each nested as in the README."""
    document = load_yaml(path)
    if isinstance(document, dict) and isinstance(document.get("visits"), list):
        document = document["visits"]
    elif isinstance(document, dict):
        document = [document]
    if not isinstance(document, list) or not document:
        raise VisitImportError("no list of visits in it (the README shows a visits YAML file)")
    result = VisitFileResult()
    parsed, orphans = [], []
    for number, entry in enumerate(document, start=1):
        where = f"visit {number}"
        if not isinstance(entry, dict):
            orphans.append(Problem(where, "visit", f"expected a mapping of fields, found {type(entry).__name__}"))
            continue
        parsed.append(ParsedVisit(where, yaml_to_data(entry), {(): (where, None)}))
    result.parsed = parsed
    result.orphans = orphans
    return result


def yaml_to_data(entry: dict) -> dict:
    """Accept the friendlier nested spellings of YAML and turn them into the model's fields:
    footfall: {count, minutes}; average_ticket: {amount, source}; scores: {area: n | {score, criterion: n}};
    products: {role: [names]}; photos as paths or {path}."""
    data = dict(entry)
    footfall = data.pop("footfall", None)
    if isinstance(footfall, dict):
        data.setdefault("footfall_count", footfall.get("count"))
        data.setdefault("footfall_minutes", footfall.get("minutes"))
    elif footfall is not None:
        data["footfall_count"] = footfall
    ticket = data.get("average_ticket")
    if isinstance(ticket, dict):
        data["average_ticket"] = ticket.get("amount")
        data.setdefault("average_ticket_source", ticket.get("source"))
        if ticket.get("currency"):
            data.setdefault("currency", ticket.get("currency"))
    scores = data.pop("scores", None)
    if isinstance(scores, dict):
        for area, value in scores.items():
            if isinstance(value, dict):
                value = dict(value)
                data[f"score_{area}"] = value.pop("score", None)
                if value:
                    data.setdefault("criteria", {})[area] = value
            else:
                data[f"score_{area}"] = value
    products = data.get("products")
    if isinstance(products, dict):
        data["products"] = [
            (dict(p, role=role) if isinstance(p, dict) else {"role": role, "name": p})
            for role, names in products.items() for p in (names or [])
        ]
    photos = data.get("photos")
    if isinstance(photos, list):
        data["photos"] = [p.get("path") if isinstance(p, dict) else p for p in photos]
    return data


def read_visit_file(path: Path, config: Config, *, skus: set[str] | None, photos_dir: Path | None = None,
                    price_checks: Path | None = None, now: datetime | None = None) -> VisitFileResult:
    """Read and validate a whole visits file: CSV / XLSX / YAML. Nothing is written."""
    path = Path(path)
    if not path.is_file():
        from storecheck.catalogue.files import not_a_file

        raise VisitImportError(not_a_file(path))
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        if price_checks is not None:
            raise VisitImportError("--price-checks is for CSV / XLSX files; in YAML, list price_checks under each visit")
        result = parse_yaml(path)
    elif suffix in (".csv", ".txt", ".tsv", ".xlsx", ".xlsm"):
        result = parse_table(path, price_checks)
    else:
        raise VisitImportError("use a .csv, .xlsx or .yaml file")
    photos = PhotoFiles(path.parent, max_photo_bytes(config), photos_dir)
    context = VisitContext(config, skus=skus, photo=photos, now=now or datetime.now(UTC))
    result.photos = photos
    for item in result.parsed:
        item.visit, item.problems = validate_visit(item.data, context, item.origins)
        (result.valid if item.visit else result.invalid).append(item)
        if item.visit:
            # Said, as the offers import says it, rather than cut without a word.
            result.warnings += [str(amount) for amount in rounded_amounts(item.visit, item.data, item.origins)]
            result.warnings += [str(problem) for problem in whole_unit_fractions(item.visit, item.data, item.origins)]
    orphans = result.orphans
    if orphans:
        result.invalid.append(ParsedVisit("", {}, {}, None, orphans))
    return result
