"""A tenth tester's pass: our catalogue's prices are before tax (an ERP or wholesale export), the
competitors' web shops show prices with VAT, as shops selling to consumers must.

Nothing in storecheck.toml could say so: 10.00 of ours (12.00 with 20% VAT) against their 11.00 read
"we are 9% cheaper" where a customer pays 9% more with us, in the score, the report, the exports and
the alerts alike."""

from __future__ import annotations

import csv
import datetime as dt
import json
from datetime import UTC
from decimal import Decimal

import pytest
from test_alerts import cli_run

from conftest import record_crawl
from storecheck import db
from storecheck.config import ConfigError, Workspace
from storecheck.models import Offer, OwnProduct

OURS = [("C1", "Bean Co Coffee Beans 1 kg", "Coffee", "10.00"), ("B1", "Reading Glasses Guide", "Books", "10.00")]
THEIRS = {"C1": "11.00", "B1": "11.00"}


def _set_shop(workspace, lines: str) -> Workspace:
    text = workspace.config_path.read_text(encoding="utf-8")
    workspace.config_path.write_text(text.replace("[shop]\n", "[shop]\n" + lines, 1), encoding="utf-8")
    return Workspace(workspace.path)


def _crawled(workspace):
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku=sku, name=name, category=category, price=Decimal(price),
                                                 currency="EUR") for sku, name, category, price in OURS])
    record_crawl(engine, workspace, [Offer(key=sku.lower(), name=name, category=category, price=Decimal(THEIRS[sku]),
                                           currency="EUR", in_stock=True, url=f"https://rival.example/{sku}")
                                     for sku, name, category, _ in OURS],
                 dt.datetime.now(UTC) - dt.timedelta(days=1))
    assert cli_run(workspace, "match").exit_code == 0
    return engine


def _crawl(engine, workspace, coffee: str, when) -> None:
    record_crawl(engine, workspace, [Offer(key="c1", name=OURS[0][1], category="Coffee", price=Decimal(coffee),
                                           currency="EUR", in_stock=True, url="https://rival.example/C1"),
                                     Offer(key="b1", name=OURS[1][1], category="Books", price=Decimal("11.00"),
                                           currency="EUR", in_stock=True, url="https://rival.example/B1")], when)


def _index(workspace) -> float:
    result = cli_run(workspace, "score", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["competitors"][0]["price_index"]


def test_our_prices_before_tax_are_compared_with_the_tax_added(workspace, tmp_path):
    _crawled(workspace)
    assert _index(workspace) == pytest.approx(100 * 10 / 11)  # as stored: both prices as they are
    # Before: `prices_include_tax` was refused as an unknown key; nothing could say our prices are net.
    workspace = _set_shop(workspace, "prices_include_tax = false\ntax_rate = 20\ntax_rates = { books = 7 }\n")
    # Coffee 12.00 against 11.00, the book (7%: the category's rate, named in any case) 10.70 against 11.00.
    assert _index(workspace) == pytest.approx(100 * ((12 / 11) * (10.7 / 11)) ** 0.5)
    exported = tmp_path / "price.csv"
    assert cli_run(workspace, "export", "price", str(exported)).exit_code == 0
    rows = {row["sku"]: row for row in csv.DictReader(exported.read_text(encoding="utf-8").splitlines())}
    assert Decimal(rows["C1"]["our_price"]) == Decimal("12.00") and Decimal(rows["B1"]["our_price"]) == Decimal("10.70")
    report = workspace.path / "reports" / "r.html"
    assert cli_run(workspace, "report", "-o", str(report)).exit_code == 0
    text = report.read_text(encoding="utf-8")
    assert "before tax" in text and "20%" in text  # the report says how our prices were compared
    # Our catalogue keeps its prices as imported.
    products = tmp_path / "products.csv"
    assert cli_run(workspace, "export", "products", str(products)).exit_code == 0
    assert {Decimal(row["price"]) for row in csv.DictReader(products.read_text(encoding="utf-8").splitlines())} == {
        Decimal("10")}


def test_an_undercut_alert_compares_their_price_with_ours_with_tax(workspace):
    engine = _crawled(workspace)
    workspace = _set_shop(workspace, "prices_include_tax = false\ntax_rate = 20\n")
    assert workspace.config.alerts.undercut_pct == 5.0  # as `init` writes it
    _crawl(engine, workspace, "11.50", dt.datetime.now(UTC) - dt.timedelta(hours=12))  # 4.2% below our 12.00
    assert cli_run(workspace, "report", "-o", str(workspace.path / "reports" / "first.html")).exit_code == 0
    # Their coffee from 11.50 to 10.50: above our 10.00 as stored, 12.5% below our 12.00 with tax.
    _crawl(engine, workspace, "10.50", dt.datetime.now(UTC))
    result = cli_run(workspace, "alerts", "send")
    assert result.exit_code == 0, result.output
    with engine.connect() as conn:
        events = [(row.kind, row.detail) for row in conn.execute(db.select(db.alert_events))]
    undercuts = [detail for kind, detail in events if kind == "undercut"]
    assert undercuts == ["10.50 EUR against our 12.00 EUR (-12.5%), our C1"], events


@pytest.mark.parametrize(("lines", "named"), [
    ("prices_include_tax = false\n", "tax_rate"),
    ("prices_include_tax = false\ntax_rate = 120\n", "tax_rate"),
    ("prices_include_tax = false\ntax_rate = 20\ntax_rates = { Books = -7 }\n", "tax_rates"),
])
def test_a_tax_setting_that_says_nothing_usable_is_refused_naming_the_key(workspace, lines, named):
    with pytest.raises(ConfigError) as caught:
        _set_shop(workspace, lines)
    assert named in str(caught.value)


def test_the_product_page_draws_our_price_with_the_tax_added(workspace):
    from bs4 import BeautifulSoup

    from storecheck.web.app import create_app

    _crawled(workspace)
    workspace = _set_shop(workspace, "prices_include_tax = false\ntax_rate = 20\n")
    soup = BeautifulSoup(create_app(workspace).test_client().get("/products/C1").text, "html.parser")
    assert soup.select_one("#price-history svg line.ours title").get_text() == "Test Shop: 12.00"
    assert "20% tax added" in soup.select_one("#price-history figcaption").get_text()


def test_the_template_init_writes_shows_the_tax_keys_and_they_read_as_written(workspace):
    # A user finds the keys where the file begins; uncommented as they stand, they are valid.
    text = workspace.config_path.read_text(encoding="utf-8")
    for key in ("prices_include_tax = false", "tax_rate = 20", "tax_rates = { Books = 7 }"):
        assert f"# {key}" in text
        text = text.replace(f"# {key}", key)
    workspace.config_path.write_text(text, encoding="utf-8")
    shop = Workspace(workspace.path).config.shop
    assert (shop.prices_include_tax, shop.tax_factor("books"), shop.tax_factor("Coffee")) == (
        False, Decimal("1.07"), Decimal("1.2"))


def test_every_table_that_shows_ours_beside_theirs_shows_ours_on_one_basis(workspace, tmp_path):
    """Review R3: `matches export` and the review page showed ours as imported (10.00) where the report
    and `export price` showed it with tax (12.00): one product, two `our_price`, neither file saying
    which."""
    from storecheck.web.review import proposed_matches

    engine = _crawled(workspace)
    workspace = _set_shop(workspace, "prices_include_tax = false\ntax_rate = 20\n")
    exported, priced = tmp_path / "matches.csv", tmp_path / "price.csv"
    assert cli_run(workspace, "matches", "export", str(exported)).exit_code == 0
    assert cli_run(workspace, "export", "price", str(priced)).exit_code == 0

    def our_price(path) -> dict:
        return {row["sku"]: Decimal(row["our_price"]) for row in csv.DictReader(path.read_text(encoding="utf-8")
                                                                              .splitlines())}

    assert our_price(exported)["C1"] == our_price(priced)["C1"] == Decimal("12.00")
    with engine.begin() as conn:  # the coffee's pair waiting for a person, as the review page lists it
        conn.execute(db.update(db.matches).where(db.matches.c.sku == "C1").values(status="proposed"))
    with engine.connect() as conn:
        rows, total = proposed_matches(conn, match_threshold=workspace.config.matching.match_threshold,
                                       shop=workspace.config.shop)
    assert total == 1 and rows[0]["our_price"] == Decimal("12.00")
