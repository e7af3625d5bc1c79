"""A competitor that closed for good (its web shop and its store) (leftover of tester18).

Ciclo Norte, a bike shop of Monterrey with a web shop and one store, closed on 28 November. Taken out
of storecheck.toml, it got a note for ever ending "if you renamed it, give it back its old name
there", wrong for a shop that closed, and there was no way to say it closed: a shop with a web shop
listed in storecheck.toml is crawled, and the crawl of a shop that is gone fails every week. Now
`closed = DAY` under its [[competitors]] says so: it is crawled no more, its products leave the
figures, its store closes with it, and the note says it closed.
"""

from __future__ import annotations

import datetime as dt
import json
from datetime import UTC
from decimal import Decimal

from conftest import record_crawl
from test_alerts import cli_run

from storecheck import db
from storecheck.models import Offer, OwnProduct

SHOP = "Ciclo Norte"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _score(workspace) -> dict:
    result = cli_run(workspace, "score", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _a_shop_crawled_and_matched(workspace):
    workspace.add_competitor(SHOP, "https://ciclonorte.example/")
    assert cli_run(workspace, "store", "add", SHOP, "San Pedro").exit_code == 0
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="BB-201", name="Casco Giro Syntax MIPS", brand="Giro",
                                                 gtin="0768686123456", price="2490.00", currency="MXN")])
    record_crawl(engine, workspace, [Offer(key="casco", name="Casco Giro Syntax MIPS", brand="Giro", gtin="0768686123456",
                                           price=Decimal("2190.00"), currency="MXN",
                                           url="https://ciclonorte.example/casco")],
                 dt.datetime.now(UTC) - dt.timedelta(days=3), competitor=SHOP)
    assert cli_run(workspace, "match").exit_code == 0
    card = next(c for c in _score(workspace)["competitors"] if c["name"] == SHOP)
    assert card["pairs"] == 1 and card["price_index"] is not None


def test_a_competitor_taken_out_because_it_closed_is_told_how_to_say_so(workspace):
    _a_shop_crawled_and_matched(workspace)
    text = workspace.config_path.read_text(encoding="utf-8")
    start = text.index(f'[[competitors]]\nname = "{SHOP}"')
    workspace.config_path.write_text(text[:start], encoding="utf-8")
    notes = _flat(cli_run(workspace, "competitor", "list").output)
    # Before: the note ended "if you renamed it, give it back its old name there." and no more.
    assert f'if it closed, list it there again with the day it closed ([[competitors]] name = "{SHOP}", ' \
           "closed = YYYY-MM-DD)" in notes, notes


def test_a_competitor_closed_in_storecheck_toml_leaves_the_figures_and_is_crawled_no_more(workspace):
    _a_shop_crawled_and_matched(workspace)
    path = workspace.config_path
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('url = "https://ciclonorte.example/"\n',
                                 'url = "https://ciclonorte.example/"\nclosed = 2026-11-28\n'), encoding="utf-8")
    # Before: storecheck.toml was refused ("closed: Extra inputs are not permitted").
    crawled = cli_run(workspace, "crawl")
    assert crawled.exit_code == 0, crawled.output
    assert f"not crawled {SHOP}: closed on 2026-11-28" in _flat(crawled.output), crawled.output
    data = _score(workspace)
    card = next(c for c in data["competitors"] if c["name"] == SHOP)
    assert card["pairs"] == 0 and card["price_index"] is None and card["products"] == 0, card
    assert not [item for item in data["what_to_copy"] if item["competitor"] == SHOP], data["what_to_copy"]
    said = _flat(cli_run(workspace, "score").output)
    assert f"{SHOP}: closed on 2026-11-28" in said and "no products collected yet" not in said, said
    listed = _flat(cli_run(workspace, "competitor", "list").output)
    assert "(closed 2026-11-28)" in listed, listed
    stores = _flat(cli_run(workspace, "store", "list").output)
    assert "San Pedro" in stores and "2026-11-28" in stores, stores


def test_the_card_of_a_competitor_that_closed_says_so(workspace, tmp_path):
    """Found on the Bajío shop's week-4 report: Ciclo Norte's card read "no web shop", "no comparable
    prices", "Last crawl none: no web shop, visited only", as a shop not priced yet, and only the notes at
    the top said it had closed. Read on a phone, the Summary is where a manager looks."""
    from bs4 import BeautifulSoup

    _a_shop_crawled_and_matched(workspace)
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace(
        'url = "https://ciclonorte.example/"\n', 'url = "https://ciclonorte.example/"\nclosed = 2026-11-28\n'),
        encoding="utf-8")
    out = tmp_path / "report.html"
    assert cli_run(workspace, "report", "-o", str(out)).exit_code == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    card = next(c for c in soup.select("#summary article.card") if c.get("data-competitor") == SHOP)
    text = _flat(card.get_text(" ", strip=True))
    assert "closed on 2026-11-28" in text, text
    assert "Last crawl none" not in text and "platform not detected" not in text, text
    assert next(c for c in _score(workspace)["competitors"] if c["name"] == SHOP)["closed"] == "2026-11-28"


def test_the_product_page_leaves_out_a_competitor_that_closed_and_says_so(workspace):
    """Found on `serve`'s page of our tyre: the shop closed on 20 November was still drawn against ours,
    its last price held up to today, beside the open competitors, where every figure leaves it out."""
    from bs4 import BeautifulSoup

    from storecheck.config import Workspace
    from storecheck.web.app import create_app

    _a_shop_crawled_and_matched(workspace)
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace(
        'url = "https://ciclonorte.example/"\n', 'url = "https://ciclonorte.example/"\nclosed = 2026-11-28\n'),
        encoding="utf-8")
    page = create_app(Workspace(workspace.path)).test_client().get("/products/BB-201")  # as `serve` starts
    assert page.status_code == 200
    soup = BeautifulSoup(page.get_data(as_text=True), "html.parser")
    notice = _flat(soup.select_one(".notice.closed").get_text(" ", strip=True)) if soup.select_one(".notice.closed") else ""
    assert f"Not shown: {SHOP}, closed on 2026-11-28" in notice, _flat(soup.get_text(" ", strip=True))
    assert "2,190.00" not in soup.get_text() and "2190.00" not in soup.get_text()


def test_the_review_queue_leaves_out_a_competitor_that_closed(workspace):
    """A pair of a shop that closed waits in `serve`'s review queue, and the home page counts it, for a
    person to answer about a shop out of every figure (as one taken out of storecheck.toml is not)."""
    from bs4 import BeautifulSoup
    from sqlalchemy import select

    from storecheck.config import Workspace
    from storecheck.web.app import create_app

    _a_shop_crawled_and_matched(workspace)
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        cid = db.competitor_id(conn, SHOP)
        db.store_offers(conn, cid, [Offer(key="bomba", name="Bomba de piso Topeak JoeBlow", price=Decimal("1090.00"),
                                          currency="MXN", url="https://ciclonorte.example/bomba")], source="import")
        product = conn.execute(select(db.competitor_products.c.id).where(db.competitor_products.c.key == "bomba")).scalar()
        conn.execute(db.matches.insert().values(sku="BB-201", competitor_product_id=product, method="fuzzy", score=0.7,
                                                status="proposed", equivalent=False, reason="name 0.70",
                                                updated_at=db.utcnow()))
    client = create_app(Workspace(workspace.path)).test_client()
    assert "1 proposed match waiting" in _flat(client.get("/").get_data(as_text=True)), "open: its pair waits"
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace(
        'url = "https://ciclonorte.example/"\n', 'url = "https://ciclonorte.example/"\nclosed = 2026-11-28\n'),
        encoding="utf-8")
    client = create_app(Workspace(workspace.path)).test_client()  # as `serve` starts
    page = _flat(BeautifulSoup(client.get("/matches").get_data(as_text=True), "html.parser").get_text(" "))
    assert "Bomba de piso" not in page, page
    assert "1 proposed match waiting" not in _flat(client.get("/").get_data(as_text=True))


def test_a_competitor_that_closed_is_matched_no_more(workspace):
    """Review R1 on 15f8df1 / b8a215d: `storecheck match` still matched the closed shop and asked for its
    proposals to be reviewed through `matches export`, while `score` and the web queue left it out."""
    _a_shop_crawled_and_matched(workspace)
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.store_offers(conn, db.competitor_id(conn, SHOP),
                        [Offer(key="luz", name="Cateye luz Rapid Micro trasera", brand="Cateye", price=Decimal("489.00"),
                               currency="MXN", url="https://ciclonorte.example/luz")], source="import")
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace(
        'url = "https://ciclonorte.example/"\n', 'url = "https://ciclonorte.example/"\nclosed = 2026-11-28\n'),
        encoding="utf-8")
    matched = cli_run(workspace, "match")
    assert matched.exit_code == 0, matched.output
    said = _flat(matched.output)
    # Before: "Ciclo Norte | 2 | 1 | ..." in the table, matched as an open shop.
    assert f"{SHOP}: closed on 2026-11-28: matched no more" in said, said
    assert f"│ {SHOP}" not in matched.output, matched.output
    with engine.connect() as conn:  # the pair matched while it was open is kept, as a person's decisions are
        assert conn.execute(select_count_matches()).scalar() == 1
    assert cli_run(workspace, "match", "--competitor", SHOP).exit_code == 0


def select_count_matches():
    from sqlalchemy import func, select

    return select(func.count()).select_from(db.matches)


def test_matches_export_names_the_proposals_of_a_competitor_that_closed(workspace, tmp_path):
    """Review R1, its second half: a proposal made while the shop was open stays stored, and `matches
    export --status proposed` wrote it among the others with no word that an answer counts nowhere."""
    from sqlalchemy import select

    _a_shop_crawled_and_matched(workspace)
    with db.open_database(workspace.database_url).begin() as conn:
        db.store_offers(conn, db.competitor_id(conn, SHOP),
                        [Offer(key="bomba", name="Bomba de piso Topeak JoeBlow", price=Decimal("1090.00"), currency="MXN",
                               url="https://ciclonorte.example/bomba")], source="import")
        product = conn.execute(select(db.competitor_products.c.id).where(db.competitor_products.c.key == "bomba")).scalar()
        conn.execute(db.matches.insert().values(sku="BB-201", competitor_product_id=product, method="fuzzy", score=0.7,
                                                status="proposed", equivalent=False, reason="name 0.70",
                                                updated_at=db.utcnow()))
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace(
        'url = "https://ciclonorte.example/"\n', 'url = "https://ciclonorte.example/"\nclosed = 2026-11-28\n'),
        encoding="utf-8")
    result = cli_run(workspace, "matches", "export", str(tmp_path / "proposed.csv"), "--status", "proposed")
    assert result.exit_code == 0, result.output
    said = _flat(result.output)
    assert f"1 of them is of a competitor that closed ({SHOP}, on 2026-11-28)" in said, said
