"""One money reader and one money range at every entrance: files, visits, the web form, pages;
and no report, score or page that fails on an amount already stored."""

from __future__ import annotations

import json
import pickle
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from sqlalchemy import select

from conftest import shared_data
from crawlers.extraction import extract_offers, parse_price_text
from storecheck import db
from storecheck.cli import cli
from storecheck.models import Offer, OwnProduct, read_weight
from storecheck.money import (
    MAX_AMOUNT,
    MoneyError,
    NotAPrice,
    amount_in_range,
    check_amount,
    find_price,
    read_amount,
    read_money,
    unit_of_several,
)
from storecheck.visits.parsing import parse_price
from test_visits import make_visit_workspace


def invoke(workspace, *args):
    return CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)], catch_exceptions=False)


def test_real_price_strings_read_as_a_person_read_them():
    """1,185 price strings of real pages (price-parser's examples) with the amount a person read."""
    path = shared_data("prices", "price_parsing_examples.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) > 1000
    found_right, cells, cells_right, disagree = 0, 0, 0, []
    for row in rows:
        expected = Decimal(row["amount"]) if row["amount"] is not None else None
        separator = row.get("decimal_separator")
        on_page, _ = find_price(row["price_raw"], separator)
        found_right += on_page == expected
        try:
            in_cell, _ = read_money(row["price_raw"], separator)
        except MoneyError:
            continue  # text beside the number ("From £5"): a file cell must hold an amount only
        if in_cell is not None and (unit := unit_of_several(row.get("currency") or "")):
            in_cell /= unit[1]  # tomans are read as rials, ten to the toman, as a page's are: compared in tomans
        cells += 1
        cells_right += in_cell == expected
        if in_cell != on_page:
            disagree.append((row["price_raw"], in_cell, on_page))
    # The two readers share one reading of the number: a string both accept means one amount.
    assert disagree == []
    # Every string a file cell accepts is read right: 918 of 1,185, with a sign of any locale read from the
    # currency tables (669 with the signs of a list of our own); the rest have words beside the amount.
    assert cells >= 900 and cells_right == cells
    # Text on pages: price-parser's own figure on its examples, kept (1,163 of 1,185).
    assert found_right / len(rows) > 0.97


@pytest.mark.parametrize("text,expected", [
    ("€1.234", "1234"), ("2.499", "2499"), ("1,234", "1234"), ("12,49", "12.49"), ("1.234,56 €", "1234.56"),
    ("€ 1,234.56", "1234.56"), ("CHF 1'234.50", "1234.50"), ("1.000.000,00", "1000000.00"),
])
def test_one_reading_on_pages_in_files_and_in_visits(text, expected):
    """The same text is the same amount whichever way it comes in."""
    amount = Decimal(expected)
    assert read_amount(text) == amount
    assert parse_price_text(text)[0] == amount
    assert Offer(key="k", price=text).price == amount
    assert OwnProduct(sku="s", name="n", price=text).price == amount
    assert parse_price(text, None) == amount


@pytest.mark.parametrize("text,expected", [
    ("Rp. 15000", "15000"), ("Rp. 15.000", "15000"), ("Rp.15000", "15000"), ("Kr. 99", "99"), ("Kr.99", "99"),
    ("kr.99", "99"), ("Dkr. 99", "99"), ("RM. 12", "12"), ("Ft. 1200", "1200"), ("Lei. 12", "12"), ("Kč. 12", "12"),
    ("$.75", "0.75"), ("€.50", "0.50"), ("US$.75", "0.75"), ("$ .75", "0.75"),
])
def test_an_abbreviations_dot_is_never_read_as_the_decimal_mark(text, expected):
    """"Rp. 15000" is fifteen thousand rupiah, not 0.15: after letters the dot ends the abbreviation. Only a
    currency symbol written against the digits ("$.75") hands its mark to the number."""
    assert read_amount(text) == Decimal(expected)


def test_a_stated_decimal_separator_wins():
    assert read_amount("2.499", ".") == Decimal("2.499") and find_price("2.499", ".")[0] == Decimal("2.499")
    assert read_amount("€1.234", ",") == Decimal("1234") and read_amount("1,234", ",") == Decimal("1.234")
    with pytest.raises(MoneyError, match="digit groups"):
        read_amount("1.234,56", ".")  # a thousands comma after the decimal point


@pytest.mark.parametrize("value", [
    "1234567890123456789012345678901", "12345678901.00", "10000000000", Decimal("1e30"), Decimal("1E+26"), 1e30,
    10**26, Decimal("Infinity"), float("inf"),
])
def test_amounts_beyond_the_money_columns_are_refused(value):
    with pytest.raises(MoneyError, match="beyond the largest amount|not an amount"):
        read_amount(value)
    with pytest.raises(ValueError):
        Offer(key="k", price=value)


def test_the_range_is_the_database_columns():
    assert read_amount(str(MAX_AMOUNT)) == MAX_AMOUNT
    assert db.own_products.c.price.type.impl.precision == 14 and db.own_products.c.price.type.impl.scale == 4
    assert MAX_AMOUNT == Decimal("9999999999.9999")
    with pytest.raises(ValueError, match="unit_price"):
        Offer(key="k", price="1", unit_price=Decimal("1e12"))


def test_files_refuse_huge_amounts_naming_the_line_and_column(workspace, tmp_path):
    text = workspace.config_path.read_text(encoding="utf-8")
    workspace.config_path.write_text(text + '\n[[competitors]]\nname = "Rival"\nurl = "https://rival.example/"\n', encoding="utf-8")
    offers = tmp_path / "offers.csv"
    offers.write_text("key,name,price,currency\nk1,Good,1.99,EUR\nk2,Huge,1234567890123456789012345678901,EUR\n"
                      "k3,Big,12345678901.00,EUR\nk4,Ok,2.50,EUR\n", encoding="utf-8")
    result = invoke(workspace, "offers", "import", str(offers), "--competitor", "Rival")
    assert result.exit_code == 1
    assert "line 3, column 'price': '1234567890123456789012345678901' is beyond the largest amount" in result.output
    assert "line 4, column 'price': '12345678901.00' is beyond the largest amount" in result.output
    kept = invoke(workspace, "offers", "import", str(offers), "--competitor", "Rival", "--skip-invalid")
    assert kept.exit_code == 0, kept.output
    ours = tmp_path / "ours.csv"
    ours.write_text("sku,name,price,cost\nA1,Tea,1.99,99999999999\nA2,Coffee,4.99,1.00\n", encoding="utf-8")
    result = invoke(workspace, "catalogue", "import", str(ours))
    assert result.exit_code == 1 and "line 2, column 'cost': '99999999999' is beyond the largest amount" in result.output
    with db.open_database(workspace.database_url).connect() as conn:
        assert sorted(conn.execute(select(db.observations.c.price)).scalars()) == [Decimal("1.99"), Decimal("2.50")]


def test_a_visit_refuses_a_huge_average_ticket(tmp_path, workspace):
    ws = make_visit_workspace(workspace)
    visit = tmp_path / "visit.yaml"
    visit.write_text("competitor: Rival\nstore: High Street\nvisited_at: 2025-03-01T10:30\nvisitor: Ann\n"
                     "average_ticket: '100000000000000000000000000'\n", encoding="utf-8")
    result = invoke(ws, "visit", "import", str(visit))
    assert result.exit_code != 0 and "beyond the largest amount" in result.output
    with db.open_database(ws.database_url).connect() as conn:
        assert conn.execute(select(db.visits)).first() is None


def test_writing_a_huge_amount_fails_with_the_amount_named():
    with pytest.raises(MoneyError, match="beyond the largest amount"):
        db.Money.process_bind_param(Decimal("12345678901.00"), None)
    assert check_amount(Decimal("-9999999999.9999")) == Decimal("-9999999999.9999")


def test_amounts_stored_before_the_range_never_stop_a_report_score_or_page(tmp_path, workspace, monkeypatch):
    """SQLite keeps whatever it is given: a 31-digit price stored as REAL 1e30 by an earlier version."""
    monkeypatch.delenv("STORECHECK_WEB_TOKEN", raising=False)
    ws = make_visit_workspace(workspace)
    visit = tmp_path / "visit.yaml"
    visit.write_text("competitor: Rival\nstore: High Street\nvisited_at: 2025-03-01T10:30\nvisitor: Ann\n"
                     "average_ticket: '23.50'\naverage_ticket_source: till\nprice_checks: [{sku: SKU1, price: '1.79'}]\n", encoding="utf-8")
    assert invoke(ws, "visit", "import", str(visit)).exit_code == 0
    engine = db.open_database(ws.database_url)
    with engine.begin() as conn:
        ids = db.sync_competitors(conn, ws.config.competitors)
        db.store_offers(conn, ids["Rival"], [
            Offer(key="r-1", name="Spaghetti 500 g", price=Decimal("1.79"), currency="EUR"),
            Offer(key="r-2", name="Olive oil 1 l", price=Decimal("6.99"), currency="EUR"),
        ], source="import")
        pids = dict(conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        conn.execute(db.matches.insert(), [
            {"sku": sku, "competitor_product_id": pids[key], "method": "fuzzy", "score": 0.7, "status": "proposed",
             "equivalent": False, "reason": "name", "updated_at": db.utcnow()}
            for sku, key in (("SKU1", "r-1"), ("SKU2", "r-2"))
        ])
        conn.exec_driver_sql("UPDATE observations SET price = 1e30, regular_price = 1e31 WHERE id = 1")
        conn.exec_driver_sql("UPDATE own_products SET price = 1e30, cost = 'abc' WHERE sku = 'SKU2'")
        conn.exec_driver_sql("UPDATE visits SET average_ticket = 1e30")
        conn.exec_driver_sql("UPDATE visit_price_checks SET price = 1e30")
        visit_id = conn.exec_driver_sql("SELECT id FROM visits").scalar()
        assert conn.exec_driver_sql("SELECT price FROM observations WHERE id = 1").scalar() == 1e30
    assert amount_in_range(1e30) is None and amount_in_range("7.5") == Decimal("7.5")
    with engine.connect() as conn:
        assert conn.execute(select(db.observations.c.price).where(db.observations.c.id == 1)).scalar() is None
        assert conn.execute(select(db.own_products.c.cost).where(db.own_products.c.sku == "SKU2")).scalar() is None
    for command in (["score"], ["score", "--json"], ["report", "-o", str(tmp_path / "r.html")]):
        result = CliRunner().invoke(cli, [*command, "--workspace", str(ws.path)])
        assert result.exit_code == 0, (command, result.output, result.exception)
    from storecheck.web import create_app

    client = create_app(ws).test_client()
    for path in ("/", "/matches", "/reports", "/visits", f"/visits/{visit_id}"):
        response = client.get(path)
        assert response.status_code == 200, path
    assert BeautifulSoup(client.get("/matches").text, "html.parser").find(string=lambda s: "1e30" in s.lower()) is None


def test_the_visit_form_shows_a_huge_amount_next_to_its_field(tmp_path, workspace, monkeypatch):
    from test_web import form, token_of

    from storecheck.web import create_app

    monkeypatch.delenv("STORECHECK_WEB_TOKEN", raising=False)
    ws = make_visit_workspace(workspace)
    client = create_app(ws).test_client()
    data = form(csrf_token=token_of(client), average_ticket="100000000000000000000000000",
                **{"price_checks-0-price": "4006381333931"})
    response = client.post("/visits/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 422
    soup = BeautifulSoup(response.text, "html.parser")
    assert "beyond the largest amount" in soup.find(id="average_ticket-error").get_text()
    assert "beyond the largest amount" in soup.find(id="price_checks-0-price-error").get_text()
    with db.open_database(ws.database_url).connect() as conn:
        assert conn.execute(select(db.visits)).first() is None


def test_a_file_calibrates_its_decimal_mark_from_its_own_prices(workspace, tmp_path):
    """ "2.499" alone is 2499, as on a page; beside "1.99" and "12.50" in the same column it is 2.499."""
    from storecheck.catalogue import load_file
    from storecheck.money import agreed_mark, decimal_mark

    def prices(*cells: str) -> list[Decimal]:
        path = tmp_path / "offers.csv"
        path.write_text("key,price,currency\n" + "".join(f'k{i},"{cell}",EUR\n' for i, cell in enumerate(cells)),
                        encoding="utf-8")
        return [offer.price for _, offer in load_file(path, "offers").valid]

    assert prices("2.499") == [Decimal("2499")]
    assert prices("1.99", "2.499", "12.50") == [Decimal("1.99"), Decimal("2.499"), Decimal("12.50")]
    assert prices("1,99", "2.499") == [Decimal("1.99"), Decimal("2499")]
    assert prices("2.499", "1,234") == [Decimal("2499"), Decimal("1234")]  # no mark beyond doubt: price-parser's reading
    assert decimal_mark(["1.234,56", "3,5", None, 4.5]) == "," and decimal_mark(["1.99", "1,99"]) is None
    # Punctuation in a cell without a digit is no decimal mark: "n/a, ask." once voted "." against "1,99".
    assert decimal_mark(["n/a, ask.", "1,99"]) == ","
    # The same vote on marks taken as a reader walks its cells (the import's one pass over its first rows).
    assert agreed_mark([None, ",", ","]) == "," and agreed_mark([".", None, ","]) is None and agreed_mark([None]) is None
    assert prices("n/a, ask.", "1,99", "2,499") == [None, Decimal("1.99"), Decimal("2.499")]


def test_exponent_notation_is_one_pattern_for_the_number_and_for_the_file():
    """The file import counts cells a program wrote in exponent notation with the pattern the number is read with."""
    from storecheck.money import in_exponent

    assert [in_exponent(text) for text in ("4.495E1", "-2e3", "1,5E2", "1E3 €", "12.50", "1e12345")] == \
        [True, True, True, False, False, False]
    assert read_money("4.495E1", exponent=True)[0] == Decimal("44.95")


def test_abbreviations_the_tables_lack_as_shops_write_them():
    """ "тг." (the tenge), "грн." (the hryvnia), "сум" and "soʻm" (the Uzbek som) are in neither table of signs, which
    give a symbol ("₸", "₴") or another script's name ("сўм"): each is a sign of one currency, with or without its dot."""
    from storecheck.money import normalise_currency, sign_beside, sign_currencies

    assert sign_currencies("тг.") == sign_currencies("тг") == frozenset({"KZT"})
    assert sign_currencies("грн.") == sign_currencies("грн") == frozenset({"UAH"})
    assert {sign: sign_currencies(sign) for sign in ("сум", "soʻm", "so'm")} == dict.fromkeys(("сум", "soʻm", "so'm"),
                                                                                             frozenset({"UZS"}))
    assert read_money("1 299,00 грн.") == (Decimal("1299.00"), frozenset({"UAH"}))
    assert read_money("25 000 so'm") == (Decimal("25000"), frozenset({"UZS"}))
    assert read_money("44 890 тг.") == (Decimal("44890"), frozenset({"KZT"}))
    assert normalise_currency("тг.") == "KZT" and sign_beside("44 890 тг.") == "тг."
    html = "<html><body><h1>Холодильник</h1><span class='price'>131 990 тг.</span><button>Купить</button></body></html>"
    [offer] = extract_offers(html, "https://shop.example/p/1")  # a page that names no country: the sign settles it
    assert (offer["price"], offer["currency"]) == (Decimal("131990"), "KZT")


def test_one_table_of_signs_settles_a_shared_sign_by_the_shops_currency_then_the_evidence_given():
    """A sign of one currency is that currency; a sign several share is the configured currency when it can
    mean it, else the first piece of evidence that leaves it one meaning, else refused naming them all."""
    from storecheck.money import AmbiguousCurrency, Language, normalise_currency, territory_currencies

    assert normalise_currency("Kč") == "CZK" and normalise_currency("£") == "GBP" and normalise_currency("eur") == "EUR"
    assert normalise_currency("Kn") == normalise_currency("kn") == "HRK"  # capitalised as a column's first word
    assert normalise_currency("kr", "NOK") == "NOK" and normalise_currency("kr.", "DKK") == "DKK"
    # Evidence in order: the first that settles wins; one that cannot (EUR for "kr") is passed over.
    assert normalise_currency("kr", "EUR", [{"EUR"}, territory_currencies("dk"), {"SEK"}]) == "DKK"
    # A locale's own dollar: Taiwan writes its dollar "$", a reading the tables of every locale hold.
    assert normalise_currency("$", hints=[territory_currencies("TW")]) == "TWD"
    assert normalise_currency("kr", hints=[Language("sv")]) == "SEK" and normalise_currency("kr", hints=[Language("nb")]) == "NOK"
    with pytest.raises(AmbiguousCurrency, match="'\\$' could be AUD, CAD, HKD, MXN, NZD, SGD, USD"):
        normalise_currency("$", "EUR", [Language("en")])  # English: dozens of dollars
    with pytest.raises(AmbiguousCurrency, match="'kr' could be DKK, ISK, NOK, SEK"):
        normalise_currency("kr")
    with pytest.raises(ValueError, match="not an ISO 4217"):
        normalise_currency("null")


@pytest.mark.parametrize(("language", "sign"), [("zh", "$"), ("zh-Hant", "$"), ("pt", "$"), ("ta", "Rs"), ("da", "kr")])
def test_a_language_settles_a_shared_sign_only_when_official_in_every_country_of_the_reading_it_leaves(language, sign):
    """Chinese is official in Singapore (SGD), Taiwan and Hong Kong (as zh_Hant); Portuguese in Timor-Leste, one
    of a score of US-dollar countries; Tamil in Sri Lanka and India; Danish not in the Faroes or Greenland."""
    from storecheck.money import AmbiguousCurrency, Language, language_currencies, normalise_currency

    with pytest.raises(AmbiguousCurrency):
        normalise_currency(sign, None, [Language(language)])
    assert {"TWD", "HKD", "SGD"} <= language_currencies("zh")  # CLDR's zh_Hant keys are Chinese too


def test_evidence_of_one_weight_that_disagrees_leaves_the_sign_unsettled_and_says_why():
    from storecheck.money import Agreeing, AmbiguousCurrency, normalise_currency, territory_currencies

    country = Agreeing([("the tag 'en-US'", territory_currencies("US")), ("the domain .ca", territory_currencies("CA"))])
    with pytest.raises(AmbiguousCurrency, match="the domain .ca says CAD, the tag 'en-US' says USD"):
        normalise_currency("$", None, [country])
    # A piece that names none of the sign's readings ("en-GB" for "$") is no disagreement.
    assert normalise_currency("$", None, [Agreeing([("tag", territory_currencies("GB")),
                                                    ("domain", territory_currencies("CA"))])]) == "CAD"


def test_a_price_under_the_smallest_amount_kept_is_no_price_but_a_rate_may_be():
    """A shelf price or an offer of 0.00001 would be stored as 0; an exchange rate that small is real
    (a dong in euros), so only price fields refuse it."""
    with pytest.raises(ValueError, match="smallest amount kept"):
        Offer(key="a", name="A", price="0.00001")
    with pytest.raises(ValueError, match="smallest amount kept"):
        OwnProduct(sku="a", name="A", price=Decimal("0.00004"))
    with pytest.raises(ValueError, match="smallest amount kept"):
        parse_price("0,00001 €", "EUR")
    assert check_amount(Decimal("0.000036")) == Decimal("0.000036")
    assert Offer(key="a", name="A", price="0.0001").price == Decimal("0.0001")


@pytest.mark.parametrize("stage", ["amounts", "reading", "settling", "signs", "words"])
def test_the_examples_in_the_docstrings_hold(stage):
    """The `>>>` examples of each stage are read as documentation: they must stay true."""
    import doctest
    import importlib

    module = importlib.import_module(f"storecheck.money.{stage}")
    failed, attempted = doctest.testmod(module)
    assert (failed, attempted > 0) == (0, True)


def test_a_text_that_is_no_price_says_why_in_a_field_not_only_in_its_message():
    """A sales weight names the money reader's reason in its own sentence, read from the error's
    `why`: cut from the message after " is not a price", a cell that itself said so was cut there,
    and the weight's message ran on with the price's."""
    with pytest.raises(NotAPrice) as refused:
        read_money("1E3 €")
    assert refused.value.why.startswith("a program's number in exponent notation")
    assert str(refused.value) == f"'1E3 €' is not a price ({refused.value.why})"
    copy = pickle.loads(pickle.dumps(refused.value))
    assert (type(copy), str(copy), copy.why) == (NotAPrice, str(refused.value), refused.value.why)
    with pytest.raises(ValueError) as refused:
        read_weight("1e309")
    assert str(refused.value) == ("'1e309' is not a number: a sales weight is units sold or revenue "
                                  "(exponent notation: write the amount)")
    with pytest.raises(ValueError) as refused:
        read_weight("12 is not a price")
    assert str(refused.value) == "'12 is not a price' is not a number: a sales weight is units sold or revenue"
    with pytest.raises(ValueError) as refused:
        read_weight("99999999999")  # beyond what the database keeps: no reason of a price's to carry over
    assert str(refused.value) == "'99999999999' is not a number: a sales weight is units sold or revenue"
