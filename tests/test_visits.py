"""Store visits: the one validation, terminal prompts, file imports, price checks
as observations, and the store scorecards."""

from __future__ import annotations

import csv
import struct
import zlib
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from benchmark.visits import experience_score, store_scorecards
from shared_fixtures import make_visit_workspace
from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace
from storecheck.visits import (
    PhotoError,
    VisitContext,
    check_photo,
    parse_score,
    price_check_key,
    read_visit_file,
    validate_visit,
    visits_frame,
)


def png_bytes(width: int = 2, height: int = 2) -> bytes:
    """A real, tiny PNG."""
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64 + b"\xff\xd9"


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    return make_visit_workspace(workspace)


def engine_of(ws: Workspace):
    return db.open_database(ws.database_url)


def count(ws: Workspace, table) -> int:
    with engine_of(ws).connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def run(ws: Workspace, *args: str, input: str | None = None):
    return CliRunner().invoke(cli, [*args, "--workspace", str(ws.path)], input=input, catch_exceptions=False)


# --- the one validation -------------------------------------------------------


def test_scores_accept_1_to_5_and_na():
    assert [parse_score(v) for v in ("1", "5", " 3 ", 4.0, "n/a", "N/A", "-", "", None)] == [1, 5, 3, 4, None, None, None, None, None]
    for bad in ("0", "6", "3.5", "good", 2.5, True):
        with pytest.raises(ValueError):
            parse_score(bad)


def test_validation_names_every_bad_field(ws: Workspace):
    context = VisitContext(ws.config, skus={"SKU1"})
    visit, problems = validate_visit(
        {
            "competitor": "rival", "store": "Nowhere", "visited_at": "2025-03-01", "footfall_count": "37",
            "average_ticket": "12", "score_environment": "7", "criteria": {"environment": {"smell": 3}},
            "price_checks": [{"sku": "NOPE", "price": "1"}, {"product": "Tea", "price": "abc"}, {"price": "2"}],
        },
        context,
    )
    assert visit is None
    fields = {p.field: p.message for p in problems}
    assert "Rival has no store 'Nowhere'" in fields["store"]
    assert "time of day" in fields["visited_at"]
    assert "minutes" in fields["footfall_minutes"]
    assert "till" in fields["average_ticket_source"]
    assert "1 to 5" in fields["score_environment"]
    assert "environment.smell" in fields["criteria"]
    assert "not in our catalogue" in fields["price_checks.0.sku"]
    assert "not a price" in fields["price_checks.1.price"]
    assert "sku or the product" in fields["price_checks.2.product"]


def test_a_valid_visit_is_normalised(ws: Workspace):
    visit, problems = validate_visit(
        {
            "competitor": "RIVAL", "store": "high street", "visited_at": "2025-03-01T10:30:00+01:00",
            "footfall_count": 37, "footfall_minutes": "15", "holiday": "yes", "average_ticket": "23,50",
            "average_ticket_source": "Till", "score_display": "N/A",
            "promotions": ["multibuy: 3 for 2 on pasta"],
            "price_checks": [{"product": "  Green   Tea ", "price": "2.49", "promotion": "percent_off: -20%"}],
        },
        VisitContext(ws.config, skus=set()),
    )
    assert problems == []
    assert (visit.competitor, visit.store) == ("Rival", "High Street")
    assert visit.visited_at == datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    assert visit.footfall_per_hour == pytest.approx(148)
    assert visit.average_ticket == Decimal("23.50") and visit.average_ticket_source == "till"
    assert visit.currency == "EUR" and visit.holiday is True and visit.score_display is None
    assert (visit.promotions[0].type, visit.promotions[0].text) == ("multibuy", "3 for 2 on pasta")
    assert visit.price_checks[0].promotion_type == "percent_off"
    assert visit.price_checks[0].key == price_check_key(None, "green tea") == "visit:green tea"


def money_visit(typed: str, currency: str | None) -> dict:
    """A visit of Rival (no currency in the config: our shop's EUR) with `typed` in every money field."""
    return {
        "competitor": "Rival", "store": "Station", "visited_at": "2025-03-01 10:30", "currency": currency,
        "average_ticket": typed, "average_ticket_source": "till",
        "price_checks": [{"product": "Tea", "price": "1"}, {"product": "Milk", "price": typed},
                         {"product": "Jam", "price": "1", "regular_price": typed}],
    }


@pytest.mark.parametrize(("typed", "currency", "amount"), [
    ("EUR 5", None, "5"), ("5 €", None, "5"), ("5,20 €", None, "5.20"), ("$5", "USD", "5"), ("$5", "CAD", "5"),
    ("US$ 5", "USD", "5"), ("5 zł", "PLN", "5"),
])
def test_money_written_in_the_visits_currency_is_read(ws: Workspace, typed: str, currency: str | None, amount: str):
    visit, problems = validate_visit(money_visit(typed, currency), VisitContext(ws.config, skus=set()))
    assert problems == []
    assert visit.currency == (currency or "EUR")
    assert visit.average_ticket == visit.price_checks[1].price == visit.price_checks[2].regular_price == Decimal(amount)


@pytest.mark.parametrize(("typed", "currency", "message"), [
    ("£5", None, "'£5' is in GBP, but this visit is in EUR"),
    ("USD 5", None, "'USD 5' is in USD, but this visit is in EUR"),
    ("$5", "EUR", "CAD, HKD, MXN, NZD, SGD or USD, but this visit is in EUR"),  # "$" is also AUD...
    ("5 zł", "GBP", "'5 zł' is in PLN, but this visit is in GBP"),
    ("l.79", None, "'l.79' is not a price"),
    ("cheap", None, "'cheap' is not a price"),
])
def test_money_in_another_currency_is_refused_naming_the_field(ws: Workspace, typed: str, currency: str | None,
                                                               message: str):
    visit, problems = validate_visit(money_visit(typed, currency), VisitContext(ws.config, skus=set()))
    assert visit is None
    fields = {p.field: p.message for p in problems}
    assert list(fields) == ["average_ticket", "price_checks.1.price", "price_checks.2.regular_price"]
    assert all(message in text for text in fields.values()), fields


def test_photos_are_checked_by_content_and_size():
    assert check_photo(JPEG, 1000).ext == "jpg"
    assert check_photo(png_bytes(), 1000).ext == "png"
    with pytest.raises(PhotoError, match="JPEG and PNG"):
        check_photo(b"GIF89a" + b"\x00" * 20, 1000)
    with pytest.raises(PhotoError, match="<\\?php|JPEG and PNG"):
        check_photo(b"<?php echo 1; ?>", 1000)
    with pytest.raises(PhotoError, match="limit"):
        check_photo(JPEG + b"\x00" * 2000, 1000)


# --- terminal prompts ---------------------------------------------------------


def test_visit_add_reasks_wrong_answers(ws: Workspace, tmp_path: Path):
    photo = tmp_path / "shelf.png"
    photo.write_bytes(png_bytes())
    not_a_photo = tmp_path / "notes.txt"
    not_a_photo.write_text("hello")
    answers = [
        "Nope", "1",                      # competitor: unknown name re-asked, then by number
        "2",                              # store: Station
        "2025-13-01 10:00", "2025-03-01 10:30",  # a month 13 re-asked
        "Ann", "20",                      # visitor, minutes in store
        "37", "0", "15",                  # footfall; a 0-minute window re-asked
        "y",                              # holiday
        "Dollars", "",                    # currency: not a code re-asked, then the default (the shop's EUR)
        "23,50", "maybe", "till",         # ticket; a bad source re-asked
        "7", "4", "5",                    # environment (7 re-asked), cleanliness
        "n/a",                            # display
        "3", "",                          # hospitality, greeting n/a
        "multibuy: 3 for 2 on pasta", "", str(tmp_path / "missing.jpg"), "",  # a promotion; a missing photo re-asked
        "",                               # no more promotions
        "Spaghetti at the entrance", "", "", "", "",  # main product; none for the other roles
        "SKU1", "abc", "£1.79", "1.79", "", "",  # price check of our sku; a bad price and pounds re-asked
        "Olive oil 1l", "5.49", "6.99", "sale: summer deal",
        "",                               # no more price checks
        "Busy <b>Saturday</b>",           # notes
        str(not_a_photo), str(photo), "",  # a text file re-asked, then a real PNG
        "y",                              # save
    ]
    result = run(ws, "visit", "add", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    errors = [line for line in result.output.splitlines() if "Error:" in line]
    assert len(errors) == 10, result.output
    assert "Error: '£1.79' is in GBP, but this visit is in EUR" in result.output
    assert "Saved visit 1." in result.output
    with engine_of(ws).connect() as conn:
        visit = conn.execute(select(db.visits)).one()
        store = conn.execute(select(db.stores.c.name).where(db.stores.c.id == visit.store_id)).scalar()
        assert store == "Station"
        assert (visit.visitor, visit.duration_minutes, visit.footfall_count, visit.footfall_minutes) == ("Ann", 20, 37, 15)
        assert visit.holiday is True and visit.average_ticket == Decimal("23.5") and visit.average_ticket_source == "till"
        assert (visit.score_environment, visit.score_display, visit.score_hospitality) == (4, None, 3)
        scores = {(r.area, r.criterion): r.score for r in conn.execute(select(db.visit_scores))}
        assert scores == {("environment", "cleanliness"): 5, ("hospitality", "greeting"): None}
        promotion = conn.execute(select(db.visit_promotions)).one()
        assert (promotion.type, promotion.text, promotion.photo) == ("multibuy", "3 for 2 on pasta", None)
        assert [(r.role, r.name) for r in conn.execute(select(db.visit_products))] == [("main", "Spaghetti at the entrance")]
        photos = conn.execute(select(db.visit_photos.c.path)).scalars().all()
        assert len(photos) == 1 and photos[0].endswith(".png") and (ws.photos_dir / photos[0]).read_bytes() == png_bytes()
        observations = conn.execute(
            select(db.competitor_products.c.key, db.observations.c.price, db.observations.c.regular_price,
                   db.observations.c.source, db.observations.c.visit_id, db.observations.c.promo_type)
            .join(db.competitor_products).order_by(db.competitor_products.c.key)
        ).all()
    assert [tuple(o) for o in observations] == [
        ("visit:SKU1", Decimal("1.79"), None, "visit", 1, None),
        ("visit:olive oil 1l", Decimal("5.49"), Decimal("6.99"), "visit", 1, "sale"),
    ]


def test_visit_add_offers_our_own_shop_without_competitors(workspace: Workspace):
    result = CliRunner().invoke(cli, ["visit", "add", "--workspace", str(workspace.path)], input="Nope\n")
    assert "1) Test Shop (our own shop)" in result.output
    assert "no competitor 'Nope'" in result.output and "competitor add" in result.output


# --- files ------------------------------------------------------------------

HEADER = ["competitor", "store", "visited_at", "visitor", "footfall_count", "footfall_minutes", "holiday", "average_ticket",
          "average_ticket_source", "score_environment", "score_display", "score_hospitality", "environment.cleanliness",
          "promotions", "main_products", "best_sellers", "notes", "photos"]


def write_csv(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


GOOD_ROWS = [
    ["Rival", "High Street", "2025-03-01 10:30", "Ann", "40", "20", "no", "20.00", "till", "4", "3", "5", "4",
     "multibuy: 3 for 2 on pasta; Summer sale", "Spaghetti; Pesto", "Tomatoes", "Queue at the till", "shelf.png"],
    ["Rival", "Station", "2025-03-02 17:00", "Ben", "30", "10", "yes", "10.00", "estimate", "n/a", "2", "4", "",
     "", "", "", "", ""],
]


def test_import_with_one_bad_row_writes_nothing(ws: Workspace, tmp_path: Path):
    (tmp_path / "shelf.png").write_bytes(png_bytes())
    bad = ["Rival", "High Street", "2025-03-03 09:00", "Cy", "12", "10", "no", "15", "till", "4", "six", "4", "", "", "", "", "", ""]
    path = write_csv(tmp_path / "visits.csv", [GOOD_ROWS[0], bad, GOOD_ROWS[1]])
    result = CliRunner().invoke(cli, ["visit", "import", str(path), "--workspace", str(ws.path)])
    assert result.exit_code == 1
    assert "line 3, column 'score_display': 'six' is not a score" in result.output
    assert "nothing was imported" in result.output
    assert count(ws, db.visits) == 0 and count(ws, db.observations) == 0
    assert not ws.photos_dir.exists() or not any(ws.photos_dir.iterdir())

    result = run(ws, "visit", "import", str(path), "--skip-invalid")
    assert result.exit_code == 0, result.output
    assert "Visits: 2 added" in result.output and "line 3, column 'score_display'" in result.output
    assert count(ws, db.visits) == 2
    assert count(ws, db.visit_promotions) == 2 and count(ws, db.visit_products) == 3 and count(ws, db.visit_photos) == 1

    # The same file again adds nothing.
    result = run(ws, "visit", "import", str(path), "--skip-invalid")
    assert "0 added, 2 already recorded" in result.output
    assert count(ws, db.visits) == 2


def test_price_checks_from_a_second_file_become_observations(ws: Workspace, tmp_path: Path):
    (tmp_path / "shelf.png").write_bytes(png_bytes())
    visits_file = write_csv(tmp_path / "visits.csv", GOOD_ROWS)
    checks = write_csv(tmp_path / "checks.csv", [
        [2, "SKU1", "", "1.79", "1.99", "percent_off: -10%"],
        [2, "", "Basil pesto 190 g", "2,49", "", ""],
        [3, "SKU1", "", "1.85", "", ""],
    ], header=["visit_row", "sku", "product", "price", "regular_price", "promotion"])
    result = run(ws, "visit", "import", str(visits_file), "--price-checks", str(checks))
    assert result.exit_code == 0, result.output
    with engine_of(ws).connect() as conn:
        rows = conn.execute(
            select(db.competitor_products.c.key, db.competitor_products.c.name, db.observations.c.price,
                   db.observations.c.source, db.observations.c.promo_type, db.observations.c.observed_at)
            .join(db.competitor_products).order_by(db.observations.c.id)
        ).all()
        match = conn.execute(select(db.matches)).one()
        checks_stored = conn.execute(select(func.count()).select_from(db.visit_price_checks)).scalar_one()
    assert [(r.key, r.name, r.price, r.source, r.promo_type) for r in rows] == [
        ("visit:SKU1", "Spaghetti 500 g", Decimal("1.79"), "visit", "percent_off"),
        ("visit:basil pesto 190 g", "Basil pesto 190 g", Decimal("2.49"), "visit", None),
        ("visit:SKU1", "Spaghetti 500 g", Decimal("1.85"), "visit", None),
    ]
    assert rows[0].observed_at == datetime(2025, 3, 1, 10, 30).astimezone(UTC)
    assert checks_stored == 3
    # Naming our sku on the shelf is a person's match: confirmed, so the matcher keeps it.
    assert (match.sku, match.status, match.method, match.decided_by) == ("SKU1", "confirmed", "manual", "Ann")


@pytest.mark.parametrize(("check", "error"), [
    ([9, "SKU1", "", "1.79", "", ""], "checks.csv row 2, column 'visit_row'"),  # no visit on line 9
    ([2, "SKU1", "", "£1.79", "", ""], "checks.csv row 2, column 'price': '£1.79' is in GBP, but this visit is in EUR"),
])
def test_a_bad_price_check_row_is_named_and_nothing_is_stored(ws: Workspace, tmp_path: Path, check: list, error: str):
    (tmp_path / "shelf.png").write_bytes(png_bytes())
    visits_file = write_csv(tmp_path / "visits.csv", GOOD_ROWS)
    checks = write_csv(tmp_path / "checks.csv", [check],
                       header=["visit_row", "sku", "product", "price", "regular_price", "promotion"])
    result = CliRunner().invoke(cli, ["visit", "import", str(visits_file), "--price-checks", str(checks),
                                      "--workspace", str(ws.path)])
    assert result.exit_code == 1
    assert error in result.output
    assert count(ws, db.visits) == 0 and count(ws, db.observations) == 0


def test_xlsx_with_a_price_checks_sheet(ws: Workspace, tmp_path: Path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "visits"
    sheet.append(["Competitor", "Store", "Visited_at", "Footfall_count", "Footfall_minutes", "Average_ticket",
                  "Average_ticket_source", "Score_environment"])
    sheet.append(["Other Mart", "Market Square", datetime(2025, 4, 5, 11, 0), 25, 10, 31.2, "estimate", 5.0])
    checks = book.create_sheet("Price checks")
    checks.append(["visit_row", "sku", "product", "price"])
    checks.append([2, "SKU2", None, 6.99])
    checks.append([2, None, "Own-brand pasta", "abc"])
    path = tmp_path / "visits.xlsx"
    book.save(path)
    result = CliRunner().invoke(cli, ["visit", "import", str(path), "--workspace", str(ws.path)])
    assert result.exit_code == 1
    assert "price checks sheet row 3, column 'price': 'abc' is not a price" in result.output
    checks.cell(3, 4).value = 1.25
    book.save(path)
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    with engine_of(ws).connect() as conn:
        store = conn.execute(select(db.stores.c.name).join(db.visits)).scalar()
        prices = conn.execute(select(db.observations.c.price).order_by(db.observations.c.id)).scalars().all()
    # Other Mart lists no stores, so a new store name is taken as it is.
    assert store == "Market Square" and prices == [Decimal("6.99"), Decimal("1.25")]


YAML = """\
visits:
  - competitor: Rival
    store: High Street
    visited_at: 2025-05-01 12:15
    visitor: Dana
    duration_minutes: 25
    footfall: {count: 18, minutes: 12}
    holiday: true
    average_ticket: {amount: 14.20, source: till}
    scores:
      environment: {score: 4, cleanliness: 5}
      display: 3
      hospitality: n/a
    promotions:
      - "bundle: pasta + sauce for 3.50"
      - {text: Loyalty card price on wine, type: loyalty, photo: promo.jpg}
    products:
      main: [Spaghetti]
      best-seller: [{name: Olive oil 1 l, sku: SKU2}]
    price_checks:
      - {sku: SKU2, price: 6.49, regular_price: 7.29, promotion: "amount_off: 0.80 off"}
      - {product: Rigatoni 500 g, price: "1,59"}
    notes: Staff very friendly.
    photos: [front.png, {path: promo.jpg}]
"""


def test_yaml_import(ws: Workspace, tmp_path: Path):
    (tmp_path / "front.png").write_bytes(png_bytes())
    (tmp_path / "promo.jpg").write_bytes(JPEG)
    path = tmp_path / "visits.yaml"
    path.write_text(YAML, encoding="utf-8")
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output
    with engine_of(ws).connect() as conn:
        visit = conn.execute(select(db.visits)).one()
        promotions = conn.execute(select(db.visit_promotions).order_by(db.visit_promotions.c.id)).all()
        products = conn.execute(select(db.visit_products.c.role, db.visit_products.c.name, db.visit_products.c.sku)).all()
        photos = conn.execute(select(db.visit_photos.c.path)).scalars().all()
        observations = conn.execute(select(db.observations.c.price, db.observations.c.promo_type)
                                    .order_by(db.observations.c.id)).all()
    assert (visit.footfall_count, visit.footfall_minutes, visit.holiday, visit.duration_minutes) == (18, 12, True, 25)
    assert (visit.average_ticket, visit.score_environment, visit.score_display, visit.score_hospitality) == (Decimal("14.2"), 4, 3, None)
    assert [(p.type, p.text) for p in promotions] == [("bundle", "pasta + sauce for 3.50"), ("loyalty", "Loyalty card price on wine")]
    assert promotions[1].photo.endswith(".jpg") and promotions[1].photo in photos
    assert [tuple(p) for p in products] == [("main", "Spaghetti", None), ("best-seller", "Olive oil 1 l", "SKU2")]
    assert [tuple(o) for o in observations] == [(Decimal("6.49"), "amount_off"), (Decimal("1.59"), None)]


def test_yaml_errors_name_the_visit_and_field(ws: Workspace, tmp_path: Path):
    path = tmp_path / "visits.yaml"
    path.write_text(YAML.replace("duration_minutes: 25", "duration_minutes: 25\n    mood: happy")
                    .replace("price: 6.49", "price: cheap"), encoding="utf-8")
    (tmp_path / "front.png").write_bytes(b"not an image")
    result = read_visit_file(path, ws.config, skus={"SKU1", "SKU2"})
    problems = [str(p) for p in result.problems]
    assert "visit 1, column 'mood': unknown field (check the spelling)" in problems
    assert "visit 1, column 'price_checks.0.price': 'cheap' is not a price" in problems
    assert any("column 'photos'" in p and "JPEG and PNG" in p for p in problems)
    assert any("promo.jpg" in p for p in problems)  # the missing promotion photo


MONEY_YAML = """\
- competitor: Rival
  store: High Street
  visited_at: 2025-05-01 12:15
  average_ticket: {amount: "£14.20", source: till}
  price_checks:
    - {product: Rigatoni 500 g, price: "5,20 €"}
    - {product: Tea, price: "£5"}
- competitor: Rival
  store: Station
  visited_at: 2025-05-02 12:15
  currency: PLN
  price_checks:
    - {product: Rigatoni 500 g, price: "5 zł"}
"""


def test_import_refuses_money_in_another_currency_and_stores_nothing(ws: Workspace, tmp_path: Path):
    path = tmp_path / "visits.yaml"
    path.write_text(MONEY_YAML, encoding="utf-8")
    result = CliRunner().invoke(cli, ["visit", "import", str(path), "--workspace", str(ws.path)])
    assert result.exit_code == 1
    assert "visit 1, column 'average_ticket': '£14.20' is in GBP, but this visit is in EUR" in result.output
    assert "visit 1, column 'price_checks.1.price': '£5' is in GBP, but this visit is in EUR" in result.output
    assert "visit 2" not in result.output
    assert count(ws, db.visits) == 0 and count(ws, db.observations) == 0

    path.write_text(MONEY_YAML.replace("£14.20", "EUR 14.20").replace("£5", "5 €"), encoding="utf-8")
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    with engine_of(ws).connect() as conn:
        visits = conn.execute(select(db.visits.c.average_ticket, db.visits.c.currency).order_by(db.visits.c.id)).all()
        checks = conn.execute(select(db.visit_price_checks.c.product, db.visit_price_checks.c.price,
                                     db.visit_price_checks.c.currency).order_by(db.visit_price_checks.c.id)).all()
        observed = conn.execute(select(db.observations.c.price, db.observations.c.currency)
                                .order_by(db.observations.c.id)).all()
    assert [tuple(v) for v in visits] == [(Decimal("14.20"), "EUR"), (None, "PLN")]
    assert [tuple(c) for c in checks] == [("Rigatoni 500 g", Decimal("5.20"), "EUR"), ("Tea", Decimal(5), "EUR"),
                                          ("Rigatoni 500 g", Decimal(5), "PLN")]
    assert [tuple(o) for o in observed] == [(Decimal("5.20"), "EUR"), (Decimal(5), "EUR"), (Decimal(5), "PLN")]


def test_visit_list(ws: Workspace, tmp_path: Path):
    (tmp_path / "shelf.png").write_bytes(png_bytes())
    run(ws, "visit", "import", str(write_csv(tmp_path / "visits.csv", GOOD_ROWS)))
    result = CliRunner(env={"COLUMNS": "160"}).invoke(cli, ["visit", "list", "--workspace", str(ws.path)])
    assert result.exit_code == 0
    assert "High Street" in result.output and "Station" in result.output and "180" in result.output


def test_init_writes_the_templates_import_reads(workspace: Workspace):
    header = (workspace.path / "visits" / "visits-template.csv").read_text(encoding="utf-8").strip().split(",")
    assert {"competitor", "store", "visited_at", "photos", "currency"} <= set(header)
    checks = (workspace.path / "visits" / "price-checks-template.csv").read_text(encoding="utf-8").strip().split(",")
    assert checks[0] == "visit_row"


# --- scorecards ---------------------------------------------------------------


def test_store_scorecards():
    when = datetime(2025, 3, 1, 10, tzinfo=UTC)
    frame = pd.DataFrame([
        # competitor, store, count, minutes, holiday, ticket, source, env, display, hosp
        ("Rival", "High Street", 30, 15, False, Decimal("20.00"), "till", 4, 3, None),
        ("Rival", "High Street", 10, 15, False, Decimal("10.00"), "estimate", 2, None, 4),
        ("Rival", "High Street", 60, 30, True, Decimal("30.00"), "till", 5, 5, 5),
        ("Rival", "Station", None, None, False, None, None, None, None, None),
        ("Other", "Market", 12, 6, False, Decimal("8.50"), "till", 3, 3, 3),
    ], columns=["competitor", "store", "footfall_count", "footfall_minutes", "holiday", "average_ticket",
                "average_ticket_source", "score_environment", "score_display", "score_hospitality"])
    frame["visited_at"] = when
    frame["currency"] = "EUR"
    cards = store_scorecards(frame)
    high = next(s for s in cards["stores"] if s["store"] == "High Street")
    assert high["visits"] == 3
    assert high["environment"] == pytest.approx(11 / 3)
    assert high["display"] == pytest.approx(4) and high["display_scored"] == 2
    # Footfall pooled over the minutes counted: 100 people in 60 minutes.
    assert high["footfall_per_hour"] == pytest.approx(100)
    assert high["average_ticket"] == Decimal("20.00") and (high["ticket_till"], high["ticket_estimate"]) == (2, 1)
    assert high["estimated_takings_per_hour"] == Decimal("2000.00") and high["estimate"] is True
    assert high["normal"]["footfall_per_hour"] == pytest.approx(80) and high["normal"]["average_ticket"] == Decimal("15.00")
    assert high["normal"]["estimated_takings_per_hour"] == Decimal("1200.00")
    assert high["holiday"]["footfall_per_hour"] == pytest.approx(120) and high["holiday"]["visits"] == 1
    station = next(s for s in cards["stores"] if s["store"] == "Station")
    assert station["footfall_per_hour"] is None and station["estimated_takings_per_hour"] is None and station["holiday"] is None
    rival = next(c for c in cards["competitors"] if c["competitor"] == "Rival")
    assert rival["stores"] == 2 and rival["visits"] == 4
    other = next(c for c in cards["competitors"] if c["competitor"] == "Other")
    assert other["footfall_per_hour"] == pytest.approx(120) and other["estimated_takings_per_hour"] == Decimal("1020.00")
    assert experience_score(other) == pytest.approx(50)
    assert store_scorecards(pd.DataFrame())["stores"] == []


def test_scorecards_from_stored_visits(ws: Workspace, tmp_path: Path):
    (tmp_path / "shelf.png").write_bytes(png_bytes())
    run(ws, "visit", "import", str(write_csv(tmp_path / "visits.csv", GOOD_ROWS)))
    with engine_of(ws).connect() as conn:
        cards = store_scorecards(visits_frame(conn))
    rival = cards["competitors"][0]
    assert rival["competitor"] == "Rival" and rival["visits"] == 2
    # Stores alike: High Street 40 in 20 minutes (120/h), Station 30 in 10 (180/h); not 70 in 30 pooled (140/h).
    assert rival["stores"] == 2 and rival["footfall_per_hour"] == pytest.approx((120 + 180) / 2)
    assert rival["average_ticket"] == Decimal("15.00")
    assert rival["holiday"]["footfall_per_hour"] == pytest.approx(180)


def test_a_currency_sign_several_share_is_settled_by_the_competitors_then_our_currency(ws: Workspace):
    """"kr" is the krona of Sweden, Norway, Denmark or Iceland: the competitor's configured currency settles
    which, then our shop's; a sign neither can mean is refused naming what it could be, never guessed."""
    text = ws.config_path.read_text(encoding="utf-8")
    ws.config_path.write_text(text + '\n[[competitors]]\nname = "Fjord"\ncurrency = "NOK"\n', encoding="utf-8")
    config = Workspace(ws.path).config
    visit = {"store": "Main", "visited_at": "2025-03-01 10:30", "average_ticket": "120 kr",
             "average_ticket_source": "till", "currency": "kr"}
    settled, problems = validate_visit({**visit, "competitor": "Fjord"}, VisitContext(config, skus=set()))
    assert problems == [] and settled.currency == "NOK" and settled.average_ticket == Decimal(120)
    refused, problems = validate_visit({**visit, "competitor": "Rival"}, VisitContext(config, skus=set()))
    assert refused is None
    assert "'kr' could be DKK, ISK, NOK, SEK" in {p.field: p.message for p in problems}["currency"]
