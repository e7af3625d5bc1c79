"""A third tester's pass over the PostgreSQL paths: the same input through the web app and the
commands on the real PostgreSQL server the tests start, which refuses what SQLite takes
(a NUL character in text)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from storecheck import db
from storecheck.cli import cli
from test_faults_crawl import drop_schema
from test_web import rows, token_of


def _first_proposal(client) -> int:
    page = BeautifulSoup(client.get("/matches").text, "html.parser")
    return int(page.select("section.match")[0]["id"].split("-")[1])


def test_a_reviewer_name_with_a_nul_is_recorded_without_it(database, ws, client):
    # A name pasted from another program can hold a NUL: SQLite stored it, PostgreSQL refused the
    # answer with a server error, and the person's decision was lost.
    match_id = _first_proposal(client)
    response = client.post("/matches/decide", data={"csrf_token": token_of(client, "/matches"),
                                                    "decision": f"{match_id}:confirmed", "decided_by": "E\x00ve"})
    assert response.status_code == 303
    decided = {r.id: r for r in rows(ws, db.matches)}[match_id]
    assert (decided.status, decided.decided_by) == ("confirmed", "Eve")


@pytest.mark.parametrize("path", ["/matches?competitor=%00", "/matches?competitor=Rival%00&page=2", "/products/%00",
                                  "/visits?competitor=%00", "/visits?competitor=Rival%00",
                                  "/products/SKU%001"])
def test_a_nul_in_a_web_address_is_no_server_error(database, ws, client, path):
    assert client.get(path).status_code in (200, 404)


def test_a_pair_naming_a_sku_with_a_nul_is_not_found(database, ws, client):
    token = token_of(client, "/matches")
    response = client.post("/matches/decide", data={"csrf_token": token, "decision": "999999:rejected",
                                                    "pair-999999": "1:SKU\x001"})
    assert response.status_code == 404
    assert {r.status for r in rows(ws, db.matches)} == {"proposed"}


def _invoke(workspace, *args):
    return CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)])


def test_a_decision_file_with_a_nul_in_a_key_is_read_as_the_offers_were(database, workspace, tmp_path):
    # The offers import drops a NUL from a key (clean_text); `matches import` did not: on PostgreSQL
    # the query ended in a traceback, on SQLite the product was "unknown". Both now read the key alike.
    workspace.add_competitor("Rival", "https://rival.example/")
    (tmp_path / "ours.csv").write_text("sku,name,price\nA1,Coffee beans 1 kg,12.00\n", encoding="utf-8")
    (tmp_path / "theirs.csv").write_text("key,name,price\nr\x001,Coffee beans 1kg,11.00\n", encoding="utf-8")
    (tmp_path / "answers.csv").write_text("sku,competitor,key,status\nA1,Rival,r\x001,confirmed\n", encoding="utf-8")
    assert _invoke(workspace, "catalogue", "import", str(tmp_path / "ours.csv")).exit_code == 0
    assert _invoke(workspace, "offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival").exit_code == 0
    result = _invoke(workspace, "matches", "import", str(tmp_path / "answers.csv"))
    assert result.exit_code == 0, result.output
    [match] = rows(workspace, db.matches)
    assert (match.sku, match.status) == ("A1", "confirmed")


@pytest.mark.parametrize("table, written", [("competitors", 'name = "Ri\\u0000val"'),
                                            ("competitors.stores", 'name = "High\\u0000Street"')])
def test_a_name_in_the_config_holding_a_nul_is_refused_naming_its_key(database, workspace, table, written):
    # TOML writes a NUL as "\u0000". SQLite stored such a name; PostgreSQL refused it, and every
    # command ended in the database's traceback.
    workspace.add_competitor("Rival", "https://rival.example/")
    text = workspace.config_path.read_text(encoding="utf-8")
    if table == "competitors":
        text = text.replace('name = "Rival"', written)
    else:
        text += f"[[competitors.stores]]\n{written}\n"
    workspace.config_path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["competitor", "list", "--workspace", str(workspace.path)])
    assert result.exit_code == 1
    assert ".name: holds a NUL character" in result.output and "Traceback" not in result.output
    with_it = CliRunner().invoke(cli, ["competitor", "add", "Ot\x00her", "--workspace", str(workspace.path)])
    assert with_it.exit_code == 1 and "holds a NUL character" in with_it.output


def test_an_amount_past_four_places_is_stored_alike_on_both_databases(database, workspace, tmp_path):
    # The money columns keep four places, and each database rounded on its own: 0.00015 and 12.34565
    # were stored as 0.0001 and 12.3456 on SQLite (through a float), 0.0002 and 12.3457 on PostgreSQL.
    from decimal import Decimal

    (tmp_path / "ours.csv").write_text("sku,name,price\nA1,Pin,0.00015\nA2,Pen,12.34565\n", encoding="utf-8")
    result = _invoke(workspace, "catalogue", "import", str(tmp_path / "ours.csv"))
    assert result.exit_code == 0, result.output
    assert "'12.34565' is kept as 12.3457" in " ".join(result.output.split())
    stored = {r.sku: r.price for r in rows(workspace, db.own_products)}
    assert stored == {"A1": Decimal("0.0002"), "A2": Decimal("12.3457")}


NAMES = ["Épicerie Dupont", "Großmarkt Süd"]


def test_a_competitor_filter_finds_a_competitor_named_beyond_ascii(database, workspace, tmp_path):
    # The filter compared with the database's lower(): SQLite folds only A-Z, so "Épicerie Dupont",
    # given exactly as written, found no visit there (it did on PostgreSQL), and "Großmarkt Süd"
    # found none on either ("ß" casefolds to "ss").
    for name in NAMES:
        workspace.add_competitor(name, None)
    (tmp_path / "visits.csv").write_text("competitor,store,visited_at,visitor\n" + "".join(
        f"{name},Centre,2025-11-0{n} 10:00,Ann\n" for n, name in enumerate(NAMES, 1)), encoding="utf-8")
    assert _invoke(workspace, "visit", "import", str(tmp_path / "visits.csv")).exit_code == 0
    for name in NAMES + ["ÉPICERIE DUPONT", "GROSSMARKT SÜD"]:
        result = _invoke(workspace, "visit", "list", "--competitor", name)
        assert result.exit_code == 0 and "Centre" in result.output and "No visits yet" not in result.output, name


def test_the_review_queue_filter_finds_a_competitor_named_beyond_ascii(database, workspace):
    from datetime import UTC, datetime

    from storecheck.models import Offer, OwnProduct
    from storecheck.web.review import proposed_matches

    for name in NAMES:
        workspace.add_competitor(name, "https://shop.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        ids = db.sync_competitors(conn, workspace.config.competitors)
        db.upsert_own_products(conn, [OwnProduct(sku="S1", name="Tea", price="4", currency="EUR")])
        for name in NAMES:
            db.store_offers(conn, ids[name], [Offer(key="k", name="Tea", price="4", currency="EUR")], source="import")
        products = conn.execute(db.select(db.competitor_products.c.id)).scalars().all()
        conn.execute(db.matches.insert(), [{"sku": "S1", "competitor_product_id": pid, "method": "fuzzy", "score": 0.7,
                                            "status": "proposed", "equivalent": False, "reason": "name",
                                            "updated_at": datetime.now(UTC)} for pid in products])
    with engine.connect() as conn:
        for name in NAMES:
            rows, total = proposed_matches(conn, match_threshold=0.85, competitor=name.upper())
            assert total == 1 and rows[0]["competitor"] == name, name


OURS = ("sku,name,brand,category,price\na1,Café 1 kg,Bean,café,12.00\nB2,Tee 100,Leaf,Äpfel,4.00\n"
        "Z3,zucchini,Veg,apfel,1.00\nä4,Äpfel 1 kg,Veg,Obst,2.00\n")
THEIRS = ("key,name,brand,category,price\nr1,Café 1 kg,Bean,café,11.00\nr2,Tee 100,Leaf,Äpfel,4.50\n"
          "r3,Zucchini,Veg,apfel,0.90\nr4,Äpfel 1kg,Veg,Obst,2.10\nr5,Éclair,X,éclairs,1.5\nr6,apple,Y,Obst,1\n")


def test_the_same_commands_give_the_same_answer_on_both_databases(postgres_url, tmp_path, monkeypatch):
    # Ties among categories ("most in éclairs (1), Obst (1)") and the rows of `export offers` and
    # `export matches` came in the order each database returned them: two orders for one workspace.
    import re

    from storecheck.cli import init_workspace

    engines = []
    make_engine = db.make_engine
    monkeypatch.setattr(db, "make_engine", lambda url: engines.append(make_engine(url)) or engines[-1])
    monkeypatch.setattr(db.connection, "make_engine", db.make_engine)  # where open_database reads it
    (tmp_path / "ours.csv").write_text(OURS, encoding="utf-8")
    (tmp_path / "theirs.csv").write_text(THEIRS, encoding="utf-8")
    answers = {}
    for backend in ("sqlite", "postgresql"):
        if backend == "postgresql":
            monkeypatch.setenv("STORECHECK_DATABASE_URL", postgres_url)
        workspace = init_workspace(tmp_path / backend, shop_name="Ünï Shop", currency="EUR")
        for name in ("Épicerie", "zeta", "Alpha"):
            workspace.add_competitor(name, "https://shop.example/")
        try:
            assert _invoke(workspace, "catalogue", "import", str(tmp_path / "ours.csv")).exit_code == 0
            for name in ("Épicerie", "zeta", "Alpha"):
                assert _invoke(workspace, "offers", "import", str(tmp_path / "theirs.csv"), "--competitor", name).exit_code == 0
            assert _invoke(workspace, "match").exit_code == 0
            score = _invoke(workspace, "score", "--json").output
            answers[backend] = [re.sub(r'"generated_at": "[^"]*"', "", score)]
            for table in ("offers", "matches"):
                out = tmp_path / f"{backend}-{table}.csv"
                assert _invoke(workspace, "export", table, str(out)).exit_code == 0
                # Times differ between the two runs; every other column must not.
                answers[backend].append([line.split(",")[:8] for line in out.read_text(encoding="utf-8").splitlines()])
        finally:
            for engine in engines:
                engine.dispose()
            if backend == "postgresql":
                drop_schema(postgres_url)
    assert "most in Obst (1), éclairs (1)" in answers["sqlite"][0].encode().decode("unicode_escape")
    assert answers["sqlite"] == answers["postgresql"]


def test_a_crawled_or_visited_amount_past_four_places_is_stored_alike_on_both_databases(database, workspace):
    # Not only imports: a crawl's price and a computed unit price reach the money columns unrounded, and
    # SQLite rounded them through a float (2.00005 -> 2.0000) where PostgreSQL rounds half up (2.0001).
    from datetime import UTC, datetime
    from decimal import Decimal

    from conftest import record_crawl
    from storecheck.models import Offer

    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    record_crawl(engine, workspace, [Offer(key="a", name="Tea", price=Decimal("2.00005"), currency="EUR"),
                                     Offer(key="b", name="Pin", price=Decimal("0.00015"), currency="EUR")],
                 datetime.now(UTC))
    stored = {r.competitor_product_id: r.price for r in rows(workspace, db.observations)}
    assert sorted(stored.values()) == [Decimal("0.0002"), Decimal("2.0001")]


def test_an_unchanged_price_past_four_places_adds_no_observation_at_the_next_crawl(database, workspace):
    # "389.000052" (a shop's float) was stored as 389.0001 and compared unrounded with it at every
    # crawl: a new observation each day for a price that never changed.
    from datetime import UTC, datetime, timedelta
    from decimal import Decimal

    from conftest import record_crawl
    from storecheck.models import Offer

    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    offer = Offer(key="a", name="Tea", price=Decimal("389.000052"), currency="EUR")
    for days in (2, 1, 0):
        record_crawl(engine, workspace, [offer], datetime.now(UTC) - timedelta(days=days))
    assert [r.price for r in rows(workspace, db.observations)] == [Decimal("389.0001")]
