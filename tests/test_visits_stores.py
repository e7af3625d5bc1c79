"""Competitors without a web shop, stores by command, our own stores visited like
theirs, bounded YAML visit files, and shelf checks joining the online history."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from storecheck import db
from storecheck.cli import cli
from storecheck.config import Workspace
from storecheck.models import OwnProduct
from test_visits import count, engine_of, run


def test_competitor_without_url_and_stores_by_command(workspace: Workspace):
    result = run(workspace, "competitor", "add", "Corner Shop")
    assert result.exit_code == 0, result.output
    assert "no web shop" in result.output
    assert run(workspace, "store", "add", "corner shop", "Market Street", "--address", "1 Market St").exit_code == 0
    assert run(workspace, "store", "add", "--ours", "Main Street").exit_code == 0

    config = Workspace(workspace.path).config
    corner = config.competitor("Corner Shop")
    assert corner.url is None and [(s.name, s.address) for s in corner.stores] == [("Market Street", "1 Market St")]
    assert [s.name for s in config.shop.stores] == ["Main Street"]

    listed = run(workspace, "store", "list")
    assert "Market Street" in listed.output and "Test Shop (ours)" in listed.output and "Main Street" in listed.output

    # The same validation as the config file: names are unique, owners exist, our shop is not a competitor.
    for args, message in [
        (("store", "add", "Corner Shop", "market street"), "already has a store named 'market street'"),
        (("store", "add", "--ours", "MAIN STREET"), "already has a store named 'MAIN STREET'"),
        (("store", "add", "Nobody", "X"), "No competitor named 'Nobody'"),
        (("store", "add", "--ours", "A", "B"), "With --ours give only"),
        (("competitor", "add", "test shop"), "has the name of our shop"),
        (("competitor", "add", "Bad", "ftp://x"), "must be an http:// or https:// URL"),
    ]:
        result = run(workspace, *args)
        assert result.exit_code != 0 and message in result.output, (args, result.output)
    assert Workspace(workspace.path).config == config  # nothing half-written

    # Never crawled, and the crawl summary says why.
    result = run(workspace, "crawl", "Corner Shop")
    assert result.exit_code == 0, result.output
    assert "not crawled" in result.output and "no web shop" in result.output


def test_a_store_in_the_config_file_is_validated(workspace: Workspace):
    text = workspace.config_path.read_text(encoding="utf-8")
    workspace.config_path.write_text(text + '\n[[competitors]]\nname = "X"\n[[competitors.stores]]\nname = "A"\n'
                                     '[[competitors.stores]]\nname = "a"\n', encoding="utf-8")
    result = run(workspace, "store", "list")
    assert result.exit_code != 0 and "X lists the store 'a' twice" in result.output


OWN_YAML = """
- competitor: Test Shop
  store: Main Street
  visited_at: 2025-03-01 11:00
  visitor: Ann
  footfall: {count: 20, minutes: 15}
  average_ticket: {amount: "10.00", source: till}
  scores: {environment: 3, display: 3, hospitality: 2}
  promotions: ["percent_off: -10% on bread"]
  price_checks: [{sku: SKU1, price: "1.89"}]
"""


def own_shop_workspace(workspace: Workspace) -> Workspace:
    assert run(workspace, "competitor", "add", "Corner Shop").exit_code == 0
    assert run(workspace, "store", "add", "--ours", "Main Street").exit_code == 0
    with engine_of(workspace).begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="SKU1", name="Spaghetti 500 g", price=Decimal("1.89"), currency="EUR",
                                                 gtin="04006381333931")])
    return Workspace(workspace.path)


def test_a_visit_to_our_own_store_names_our_shop(workspace: Workspace, tmp_path: Path):
    ws = own_shop_workspace(workspace)
    path = tmp_path / "own.yaml"
    path.write_text(OWN_YAML, encoding="utf-8")
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0, result.output
    with engine_of(ws).connect() as conn:
        visit = conn.execute(select(db.visits.c.store_id, db.visits.c.currency)).one()
        owner = conn.execute(select(db.competitors.c.name).join(db.stores).where(db.stores.c.id == visit.store_id)).scalar()
        check = conn.execute(select(db.visit_price_checks)).one()
    assert owner == "Test Shop" and visit.currency == "EUR"
    # Our own shelf price is kept with the visit; it is no competitor's offer.
    assert check.price == Decimal("1.89") and check.competitor_product_id is None
    assert count(ws, db.competitor_products) == 0 and count(ws, db.matches) == 0

    # Our own shop lists its stores: another name is refused, naming the command that adds one.
    path.write_text(OWN_YAML.replace("Main Street", "Elsewhere"), encoding="utf-8")
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 1 and "Test Shop has no store 'Elsewhere'" in result.output
    assert "store add --ours" in result.output


def test_visit_add_to_our_own_store(workspace: Workspace):
    ws = own_shop_workspace(workspace)
    answers = [
        "2", "1", "2025-03-01 10:30",  # our own shop, its one store, when
        "", "", "", "n",               # visitor, minutes, footfall, holiday
        "", "",                        # currency (ours), average ticket
        "4", "n/a", "5",               # scores
        "", "", "", "", "", "",        # no promotions, no products for the four roles, no price checks
        "", "",                        # notes, photos
        "y",                           # save
    ]
    result = run(ws, "visit", "add", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "2) Test Shop (our own shop)" in result.output and "Saved visit 1." in result.output
    with engine_of(ws).connect() as conn:
        row = conn.execute(select(db.competitors.c.name, db.stores.c.name.label("store"))
                           .join(db.stores).join(db.visits, db.visits.c.store_id == db.stores.c.id)).one()
    assert tuple(row) == ("Test Shop", "Main Street")


# --- bounded YAML ---------------------------------------------------------------

BOMB = "\n".join(
    [ 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    + [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    + ["competitor: Corner Shop", "store: Main", "visited_at: 2025-03-01 10:00", "notes: *a9"]
)


def test_a_yaml_alias_bomb_is_refused_with_a_clear_error(workspace: Workspace, tmp_path: Path):
    ws = own_shop_workspace(workspace)
    cases = {
        "bomb.yaml": (BOMB, "it expands to more than 500,000 values"),
        "deep.yaml": ("[" * 5000 + "]" * 5000, "nested more than 50 levels deep"),
        "loop.yaml": ("a: &a [1, *a]\n", "an alias refers to the node that contains it"),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert path.stat().st_size <= 10_000
        result = CliRunner().invoke(cli, ["visit", "import", str(path), "--workspace", str(ws.path)])
        assert result.exit_code == 1, (name, result.output)
        assert f"{name}: refused: {message}" in result.output
    assert count(ws, db.visits) == 0


def test_a_few_aliases_are_still_read(workspace: Workspace, tmp_path: Path):
    ws = own_shop_workspace(workspace)
    path = tmp_path / "anchors.yaml"
    path.write_text(
        "shared: &base {competitor: Corner Shop, store: Main, visitor: Ann, scores: {environment: 4}}\n"
        "visits:\n"
        "- {<<: *base, visited_at: 2025-03-01 10:00}\n"
        "- {<<: *base, visited_at: 2025-03-02 10:00}\n", encoding="utf-8")
    result = run(ws, "visit", "import", str(path))
    assert result.exit_code == 0 and "2 added" in result.output, result.output


# --- shelf checks join the online history -------------------------------------------


def offers_file(tmp_path: Path) -> Path:
    path = tmp_path / "offers.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "name", "gtin", "price", "currency"])
        writer.writerow(["n-1", "Barilla Spaghetti n.5 500g", "4006381333931", "1.99", "EUR"])
        # Another of our products by name only, which a stolen sku would leave to a name match.
        writer.writerow(["n-2", "Spaghetti 500 g", "", "2.49", "EUR"])
    return path


CHECK_YAML = """
- competitor: Rival
  store: High Street
  visited_at: {when}
  visitor: Ann
  price_checks: [{{sku: SKU1, price: "1.79"}}]
"""


def shelf_workspace(workspace: Workspace) -> Workspace:
    assert run(workspace, "competitor", "add", "Rival", "https://rival.example/").exit_code == 0
    with engine_of(workspace).begin() as conn:
        db.upsert_own_products(conn, [
            OwnProduct(sku="SKU1", name="Spaghetti 500 g", price=Decimal("1.89"), currency="EUR", gtin="04006381333931"),
            OwnProduct(sku="SKU9", name="Spaghetti 500 g wholewheat", price=Decimal("2.29"), currency="EUR"),
        ])
    return Workspace(workspace.path)


def pairs_of(ws: Workspace) -> dict[str, tuple[str, str, str]]:
    with engine_of(ws).connect() as conn:
        rows = conn.execute(
            select(db.matches.c.sku, db.competitor_products.c.key, db.matches.c.method, db.matches.c.status)
            .join(db.competitor_products).where(db.matches.c.status.in_(("matched", "confirmed")))
        ).all()
    return {row.key: (row.sku, row.method, row.status) for row in rows}


def history_of(ws: Workspace, key: str) -> list[tuple[Decimal, str]]:
    with engine_of(ws).connect() as conn:
        return [tuple(r) for r in conn.execute(
            select(db.observations.c.price, db.observations.c.source).join(db.competitor_products)
            .where(db.competitor_products.c.key == key).order_by(db.observations.c.observed_at)
        )]


def test_a_shelf_check_extends_the_matched_online_product(workspace: Workspace, tmp_path: Path):
    ws = shelf_workspace(workspace)
    assert run(ws, "offers", "import", str(offers_file(tmp_path)), "--competitor", "Rival").exit_code == 0
    assert run(ws, "match").exit_code == 0
    assert pairs_of(ws)["n-1"] == ("SKU1", "gtin", "matched")
    path = tmp_path / "visit.yaml"
    path.write_text(CHECK_YAML.format(when="2025-03-01 10:00"), encoding="utf-8")
    assert run(ws, "visit", "import", str(path)).exit_code == 0
    # No listing of its own: the shelf price is in the GTIN-matched product's history, marked as seen in the store.
    assert not [k for k in pairs_of(ws) if k.startswith("visit:")]
    assert count(ws, db.competitor_products) == 2
    assert (Decimal("1.79"), "visit") in history_of(ws, "n-1")
    assert run(ws, "match").exit_code == 0
    assert pairs_of(ws)["n-1"] == ("SKU1", "gtin", "matched")


def test_a_shelf_check_before_the_crawl_never_overrides_the_gtin_match(workspace: Workspace, tmp_path: Path):
    ws = shelf_workspace(workspace)
    path = tmp_path / "visit.yaml"
    path.write_text(CHECK_YAML.format(when="2025-03-01 10:00"), encoding="utf-8")
    assert run(ws, "visit", "import", str(path)).exit_code == 0
    # Nothing online yet: the check is a listing of its own, confirmed by the person who read it.
    assert pairs_of(ws) == {"visit:SKU1": ("SKU1", "manual", "confirmed")}

    assert run(ws, "offers", "import", str(offers_file(tmp_path)), "--competitor", "Rival").exit_code == 0
    assert run(ws, "match").exit_code == 0
    pairs = pairs_of(ws)
    # The GTIN match stands, the shelf listing's history joined it, and no name match took our sku elsewhere.
    assert pairs["n-1"] == ("SKU1", "gtin", "matched"), pairs
    assert "visit:SKU1" not in pairs and pairs.get("n-2", ("SKU9",))[0] != "SKU1", pairs
    assert history_of(ws, "n-1")[0] == (Decimal("1.79"), "visit")
    with engine_of(ws).connect() as conn:
        keys = conn.execute(select(db.competitor_products.c.key)).scalars().all()
        check = conn.execute(select(db.visit_price_checks.c.competitor_product_id)).scalar()
        online = conn.execute(select(db.competitor_products.c.id).where(db.competitor_products.c.key == "n-1")).scalar()
    assert sorted(keys) == ["n-1", "n-2"] and check == online


def test_a_visits_xlsx_whose_shared_strings_unpack_too_large_is_refused(workspace: Workspace, tmp_path: Path, monkeypatch):
    from storecheck import catalogue
    from test_faults_io import _xlsx

    ws = own_shop_workspace(workspace)
    monkeypatch.setattr(catalogue.workbooks, "MAX_XLSX_PART_BYTES", 1_000_000)
    header = "".join(f'<c r="{col}1" t="s"><v>{n}</v></c>' for n, col in enumerate("ABC"))
    row = '<c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c>'
    strings = "".join(f"<si><t>{t}</t></si>" for t in ("competitor", "store", "visited_at", "Corner Shop"))
    bomb = _xlsx(tmp_path / "visits.xlsx", strings + "<si><t>" + "A" * 3_000_000 + "</t></si><si><t>2025-03-01 10:00</t></si>",
                 f'<row r="1">{header}</row><row r="2">{row}</row>')
    assert bomb.stat().st_size < 50_000
    result = CliRunner().invoke(cli, ["visit", "import", str(bomb), "--workspace", str(ws.path)])
    assert result.exit_code == 1 and "xl/sharedStrings.xml unpacks to 3 MB" in result.output, result.output
    assert count(ws, db.visits) == 0
