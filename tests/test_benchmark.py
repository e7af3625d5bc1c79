"""The numbers: price index, promotions, range, scorecard, and changes between crawls."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pandas as pd
import pytest
from sqlalchemy import select

from benchmark import assortment, pricing, promotions, scorecard
from storecheck import analysis, db
from storecheck.config import Workspace
from storecheck.models import Offer, OwnProduct, Promotion
from conftest import record_crawl


def pairs(rows):
    return pd.DataFrame(
        [{"our_price": Decimal(o), "their_price": Decimal(t), "their_regular_price": Decimal(r) if r else None,
          "our_currency": "EUR", "their_currency": c, "in_stock": s, "weight": w, "competitor": "R", "category": "X"}
         for o, t, r, c, s, w in rows]
    )


def test_price_index_is_symmetric_and_skips_what_cannot_be_compared():
    frame = pairs([("11", "10", None, "EUR", True, 1.0), ("10", "11", None, "EUR", True, 1.0),
                   ("5", "1", None, "USD", True, 1.0),  # other currency
                   ("5", "1", None, "EUR", False, 1.0),  # out of stock at theirs
                   ("5", "0", None, "EUR", True, 1.0)])  # no usable price
    summary = pricing.summarise(frame)
    assert summary["pairs"] == 2
    assert summary["price_index"] == pytest.approx(100.0)
    assert summary["cheaper"] == 0.5 and summary["dearer"] == 0.5 and summary["same"] == 0


def test_price_index_weights_and_regular_price():
    frame = pairs([("12", "10", "12", "EUR", True, 3.0), ("10", "10", None, "EUR", None, 1.0)])
    summary = pricing.summarise(frame)
    assert summary["price_index"] == pytest.approx(100 * 1.2 ** 0.75)
    assert summary["price_index_regular"] == pytest.approx(100.0)


def test_promotions_summary():
    offers = pd.DataFrame([
        {"price": Decimal("8"), "regular_price": Decimal("10"), "promo_type": "sale", "promo_text": None},
        {"price": Decimal("5"), "regular_price": None, "promo_type": "multibuy", "promo_text": "3 for 2"},
        {"price": Decimal("5"), "regular_price": Decimal("5"), "promo_type": None, "promo_text": None},
        {"price": Decimal("5"), "regular_price": None, "promo_type": None, "promo_text": None},
    ])
    summary = promotions.summarise(offers)
    assert summary["on_promotion"] == 2 and summary["share"] == 0.5
    assert summary["depth"] == pytest.approx(0.2)
    assert summary["mix"] == {"sale": 1, "multibuy": 1}


def test_assortment_and_ladder():
    ours = pd.DataFrame({"sku": ["a", "b", "c"], "category": ["Tea", "Tea", None], "price": [Decimal("1"), Decimal("3"), None]})
    theirs = pd.DataFrame({"competitor_product_id": [1, 2, 3], "category": ["Tea", "Cocoa", "Cocoa"], "brand": ["X", "Y", None],
                           "price": [Decimal("2")] * 3})
    accepted = pd.DataFrame({"sku": ["a"], "competitor_product_id": [1]})
    summary = assortment.summarise(ours, theirs, accepted, "R")
    assert summary["overlap"] == 1 and summary["we_lack"] == 2 and summary["they_lack_we_have"] == 2
    assert summary["we_lack_by_category"] == [("Cocoa", 2)]
    ladder = assortment.price_ladder(ours, "us")
    assert ladder[0] == {"shop": "us", "category": "(none)", "products": 1, "min": None, "median": None, "max": None,
                         "currency": None}
    assert ladder[1]["min"] == Decimal("1") and ladder[1]["max"] == Decimal("3") and ladder[1]["median"] == Decimal("2.00")
    mixed = pd.DataFrame({"category": ["Tea", "Tea"], "price": [Decimal("1"), Decimal("9")], "currency": ["EUR", "GBP"]})
    assert [(r["currency"], r["max"]) for r in assortment.price_ladder(mixed, "them", "EUR")] == [("EUR", Decimal("1")), ("GBP", Decimal("9"))]


def test_scorecard_parts_and_sentences():
    parts = scorecard.parts(price_index=110, promo_share=0.2, their_products=100, our_products=100, experience=None)
    assert parts == {"price": 100, "promotions": 50, "range": 50, "experience": None}
    assert scorecard.composite(parts, {"price": 0.4, "promotions": 0.2, "range": 0.2, "experience": 0.2}) == pytest.approx(75)
    lines = scorecard.where_they_beat_us(
        competitor="R", price={"price_index": 110, "price_index_regular": 104, "pairs": 10, "dearer": 0.7},
        promotions={"share": 0.2, "depth": 0.15, "mix": {"multibuy": 3}}, our_promo_share=None,
        assortment={"we_lack": 4, "we_lack_by_category": [("Cocoa", 4)]}, store_comparisons=None, tolerance=0.01)
    assert lines[0].startswith("Price: we are 10.0% dearer")
    assert any("Cocoa (4)" in line for line in lines)
    assert scorecard.where_they_beat_us(
        competitor="R", price={"price_index": 95, "pairs": 3}, promotions={}, our_promo_share=None,
        assortment={}, store_comparisons=None, tolerance=0.01) == []


def test_price_alerts_respect_currency():
    moves = scorecard.price_alerts(
        [{"prev_price": Decimal("10"), "prev_currency": "EUR", "price": Decimal("10"), "currency": "GBP"},
         {"prev_price": Decimal("10"), "prev_currency": "EUR", "price": Decimal("10.9"), "currency": "USD"},
         {"prev_price": Decimal("10"), "prev_currency": "EUR", "price": Decimal("10.9"), "currency": "EUR"},
         {"prev_price": Decimal("10"), "prev_currency": "EUR", "price": Decimal("10.2"), "currency": "EUR"}], 5.0)
    assert [m["kind"] for m in moves] == ["currency changed", "currency changed", "price up"]
    assert moves[2]["change_pct"] == pytest.approx(9.0)


def test_changes_between_crawls(workspace):
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    t0 = datetime(2026, 11, 1, 6, tzinfo=UTC)

    def crawl(offers, when, status="finished"):
        record_crawl(engine, workspace, offers, when, status)

    base = [Offer(key="a", name="Coffee", price="10", currency="EUR", in_stock=True),
            Offer(key="b", name="Tea", price="4", currency="EUR", in_stock=True),
            Offer(key="c", name="Cocoa", price="3", currency="EUR", in_stock=True)]
    crawl(base, t0)
    with engine.begin() as conn:
        db.upsert_own_products(conn, [OwnProduct(sku="s", name="x", price="1", currency="EUR")])
    # Second run: coffee dearer, tea on multibuy and out of stock, cocoa gone (partial run first).
    second = [base[0].model_copy(update={"price": Decimal("11")}),
              base[1].model_copy(update={"in_stock": False, "promotion": Promotion(type="multibuy", text="3 for 2")}),
              Offer(key="d", name="Chai", price="5", currency="EUR")]
    crawl(second, t0 + timedelta(days=1), status="partial")
    with engine.connect() as conn:
        kinds = {(r["kind"], r["product"]) for r in analysis.changes(conn, workspace.config)}
    assert ("price up", "Coffee") in kinds and ("promotion started", "Tea") in kinds
    assert ("out of stock", "Tea") in kinds and ("new product", "Chai") in kinds
    assert not any(k == "delisted" for k, _ in kinds)  # a partial run never delists
    with engine.connect() as conn:
        active = set(analysis.competitor_frame(conn).key)
    assert "c" in active
    crawl(second, t0 + timedelta(days=2))
    with engine.connect() as conn:
        kinds = {(r["kind"], r["product"]) for r in analysis.changes(conn, workspace.config)}
        active = set(analysis.competitor_frame(conn).key)
    assert ("delisted", "Cocoa") in kinds and "c" not in active
    context = analysis.report_context(engine, workspace.config)
    assert context["promotions"]["Per competitor"][0]["on promotion"] == 1


def test_visit_prices_and_scores_reach_the_report(workspace, tmp_path):
    from click.testing import CliRunner

    from storecheck.cli import cli

    def run(*args):
        result = CliRunner().invoke(cli, [*args, "-w", str(workspace.path)])
        assert result.exit_code == 0, result.output
        return result

    (tmp_path / "ours.csv").write_text("sku,name,price\nPASTA-500,Spaghetti 500 g,2.00\n")
    run("catalogue", "import", str(tmp_path / "ours.csv"))
    run("competitor", "add", "Rival Foods", "https://rival.example/")
    (tmp_path / "visit.yaml").write_text(
        "- competitor: Rival Foods\n  store: High Street\n  visited_at: 2026-03-01 14:30\n  visitor: Ann\n"
        "  footfall: {count: 30, minutes: 15}\n  average_ticket: {amount: 20.00, source: till}\n"
        "  scores: {environment: 5, display: 4, hospitality: 4}\n"
        "  price_checks:\n    - {sku: PASTA-500, price: 1.60}\n"
    )
    run("visit", "import", str(tmp_path / "visit.yaml"))
    engine = db.open_database(workspace.database_url)
    # A finished crawl that did not see the shelf-checked product must not make it look gone.
    with engine.begin() as conn:
        cid = db.competitor_id(conn, "Rival Foods")
        run_id = db.start_crawl_run(conn, cid)
        db.store_offers(conn, cid, [Offer(key="web-1", name="Other", price="1", currency="EUR")], source="crawl", crawl_run_id=run_id)
        db.finish_crawl_run(conn, run_id, status="finished")
    june = datetime(2026, 6, 1, tzinfo=UTC)  # the report's day: the visit of 2026-03-01 is not old yet
    context = analysis.report_context(engine, Workspace(workspace.path).config, now=june)
    card = context["competitors"][0]
    assert card["pairs"] == 1 and card["price_index"] == pytest.approx(125.0)
    assert card["score_parts"]["experience"] == pytest.approx((13 / 3 - 1) * 25)
    row = context["visits"]["Per competitor"][0]
    assert row["footfall per hour"] == pytest.approx(120.0)
    # What `score` computes (no report tables) are the same figures, store practices to copy included.
    scores = analysis.report_context(engine, Workspace(workspace.path).config, tables=False, now=june)
    assert scores["competitors"] == context["competitors"] and scores["what_to_copy"] == context["what_to_copy"]
    assert row["takings per hour (estimate)"] == Decimal("2400.00")
    assert "Store: shopping environment 5.0 at Rival Foods against no figure yet in ours (1 store, 1 visit there on " \
           "2026-03-01); thin: rests on one visit; visit our own stores to compare." in card["beats_us"]
    # A year on, the same visit is said to be old.
    later = analysis.report_context(engine, Workspace(workspace.path).config, now=datetime(2027, 5, 2, tzinfo=UTC))
    assert "Store: shopping environment 5.0 at Rival Foods against no figure yet in ours (1 store, 1 visit there on " \
           "2026-03-01); thin: rests on one visit; old: the latest visit there is 14 months old; visit our own stores " \
           "to compare." in later["competitors"][0]["beats_us"]


def _pair_setup(workspace, own, offers, links):
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        db.upsert_own_products(conn, own)
        cid = db.sync_competitors(conn, workspace.config.competitors)["Rival"]
        db.store_offers(conn, cid, offers, source="import")
        ids = dict(conn.execute(select(db.competitor_products.c.key, db.competitor_products.c.id)).all())
        for sku, key, status, equivalent in links:
            conn.execute(db.matches.insert().values(sku=sku, competitor_product_id=ids[key], method="fuzzy", score=0.9,
                                                    status=status, equivalent=equivalent, updated_at=db.utcnow()))
    return engine


def test_pack_size_pairs_are_compared_per_unit(workspace):
    engine = _pair_setup(
        workspace,
        [OwnProduct(sku="W20", name="CleanHome Wipes", size="20 pcs", price="5.99", currency="EUR"),
         OwnProduct(sku="X", name="Mystery pack", price="3.00", currency="EUR")],
        [Offer(key="w40", name="CleanHome Wipes 40 pcs", price="7.65", currency="EUR"),
         Offer(key="x2", name="Mystery pack, large", price="4.00", currency="EUR")],
        [("W20", "w40", "matched", True), ("X", "x2", "matched", True)],
    )
    with engine.connect() as conn:
        pairs = analysis.pairs_frame(conn)
    # Per piece 0.2995 against 0.19125: we are 57% dearer, not 22% cheaper.
    assert list(pairs.sku) == ["W20"]  # the pair whose pack sizes cannot be read is left out
    assert pairs.basis[0] == "per piece"
    gap = pricing.gaps(pairs).gap_pct[0]
    assert gap == pytest.approx((5.99 / 20) / (7.65 / 40) * 100 - 100)


def test_one_pair_per_product_and_competitor_a_person_wins(workspace):
    engine = _pair_setup(
        workspace,
        [OwnProduct(sku="S", name="Coffee 500 g", price="8.00", currency="EUR")],
        [Offer(key="a", name="Coffee 500g", price="4.00", currency="EUR"),
         Offer(key="b", name="Coffee 500 g", price="8.00", currency="EUR")],
        [("S", "a", "matched", False), ("S", "b", "confirmed", False)],
    )
    with engine.connect() as conn:
        pairs = analysis.pairs_frame(conn)
    assert len(pairs) == 1 and pairs.status[0] == "confirmed" and pairs.their_price[0] == Decimal("8.00")


def test_a_finished_but_far_too_small_run_delists_nothing(workspace):
    workspace.add_competitor("Rival", "https://rival.example/")
    workspace.add_competitor("Other", "https://other.example/")
    engine = db.open_database(workspace.database_url)
    t0 = datetime(2026, 11, 1, 6, tzinfo=UTC)
    offers = [Offer(key=str(i), name=f"P{i}", price="1", currency="EUR") for i in range(100)]
    with engine.begin() as conn:
        ids = db.sync_competitors(conn, workspace.config.competitors)
        for day, batch in ((0, offers), (1, offers[:5])):
            for name in ("Rival", "Other"):
                when = t0 + timedelta(days=day)
                run = conn.execute(db.crawl_runs.insert().values(
                    competitor_id=ids[name], started_at=when, status="running", dropped={}, errors=[], health=[])
                ).inserted_primary_key[0]
                db.store_offers(conn, ids[name], batch, source="crawl", crawl_run_id=run, now=when)
                db.finish_crawl_run(conn, run, status="finished", items=len(batch))
        db.store_offers(conn, ids["Rival"], [Offer(key="file-1", name="From a file", price="2", currency="EUR")],
                        source="import", now=t0 - timedelta(days=1))
    with engine.connect() as conn:
        frame = analysis.competitor_frame(conn)
        kinds = [r["kind"] for r in analysis.changes(conn, workspace.config)]
    assert (frame.competitor == "Rival").sum() == 101  # 100 crawled + 1 imported: nothing delisted
    assert "delisted" not in kinds


def test_a_second_listing_of_our_product_is_not_range_we_lack(workspace):
    engine = _pair_setup(
        workspace,
        [OwnProduct(sku="S", name="Coffee 500 g", price="8.00", currency="EUR")],
        [Offer(key="a", name="Coffee 500g", price="7.00", currency="EUR"),
         Offer(key="b", name="Coffee 500 g", price="7.50", currency="EUR"),
         Offer(key="c", name="Cocoa", price="3.00", currency="EUR")],
        [("S", "a", "matched", False), ("S", "b", "matched", False)],
    )
    context = analysis.report_context(engine, Workspace(workspace.path).config)
    row = context["range"]["Per competitor"][0]
    assert row["they have, we lack"] == 1 and row["matched to ours"] == 2
    assert context["competitors"][0]["pairs"] == 1


# --- a crawl killed and resumed -----------------------------------------------------


def _run_part(engine, cid, offers, started_at, stored_at, *, status, finish_reason, continues=None):
    """One crawl_runs row with its observations, as the store pipeline leaves it.

    A crawl that resumes a killed or stopped one gets a row of its own that starts
    when the interrupted one did and carries its item count (`StorePipeline.open_spider`;
    `test_hostile_shops` checks that a real kill and resume leave exactly this)."""
    with engine.begin() as conn:
        run = db.start_crawl_run(conn, cid)
        items = len(offers)
        if continues is not None:
            before = conn.execute(select(db.crawl_runs).where(db.crawl_runs.c.id == continues)).mappings().one()
            started_at, items = before["started_at"], before["items"] + items
        conn.execute(db.crawl_runs.update().where(db.crawl_runs.c.id == run).values(started_at=started_at))
        db.store_offers(conn, cid, offers, source="crawl", crawl_run_id=run, now=stored_at)
        db.finish_crawl_run(conn, run, status=status, finish_reason=finish_reason, items=items, finished_at=stored_at)
    return run


@pytest.fixture
def rival(workspace):
    """The workspace's database with one competitor: (engine, competitor id)."""
    workspace.add_competitor("Rival", "https://rival.example/")
    engine = db.open_database(workspace.database_url)
    with engine.begin() as conn:
        cid = db.sync_competitors(conn, workspace.config.competitors)["Rival"]
    yield engine, cid
    engine.dispose()


def _changes(engine, workspace):
    with engine.connect() as conn:
        return sorted((r["kind"], r["product"], r["detail"]) for r in analysis.changes(conn, workspace.config))


def test_a_resumed_run_reports_the_changes_its_killed_part_stored(workspace, rival):
    engine, cid = rival
    t0 = datetime(2026, 11, 1, 6, tzinfo=UTC)
    t1 = t0 + timedelta(days=1)
    coffee, tea, cocoa, milk = (Offer(key=k, name=n, price=p, currency="EUR", in_stock=True)
                                for k, n, p in (("a", "Coffee", "10"), ("b", "Tea", "4"), ("c", "Cocoa", "3"), ("d", "Milk", "2")))
    first = _run_part(engine, cid, [coffee, tea, cocoa, milk], t0, t0 + timedelta(minutes=1), status="finished", finish_reason="finished")

    # The next crawl stores coffee dearer, tea on promotion and a new chai, then is killed.
    killed = _run_part(
        engine, cid,
        [coffee.model_copy(update={"price": Decimal("11")}),
         tea.model_copy(update={"promotion": Promotion(type="multibuy", text="3 for 2")}),
         Offer(key="e", name="Chai", price="5", currency="EUR", in_stock=True)],
        t1, t1 + timedelta(minutes=1), status="failed", finish_reason="killed",
    )
    # A report made now sees a killed run: that it failed (as its alert says), what it stored so far, and
    # nothing delisted.
    assert _changes(engine, workspace) == [
        ("crawl failed", None, "killed"), ("new product", "Chai", None), ("price up", "Coffee", "10.00 EUR → 11.00 EUR (+10.0%)"),
        ("promotion started", "Tea", "3 for 2"),
    ]
    with engine.connect() as conn:
        assert analysis.unseen_products(conn, cid) is None
        assert "d" in set(analysis.competitor_frame(conn, cid).key)

    # Hours later the crawl resumes: it reads cocoa, coffee once more (its price moved again
    # meanwhile), not milk, and finishes.
    resumed = _run_part(engine, cid, [cocoa, coffee.model_copy(update={"price": Decimal("12")})],
              None, t1 + timedelta(hours=3), status="finished", finish_reason="finished", continues=killed)

    # One crawl, reported once: the killed part's changes are not lost, coffee moved from
    # the previous crawl's 10 to 12 (one row, not 10 → 11 and 11 → 12), and milk is gone.
    assert _changes(engine, workspace) == [
        ("delisted", "Milk", None), ("new product", "Chai", None),
        ("price up", "Coffee", "10.00 EUR → 12.00 EUR (+20.0%)"), ("promotion started", "Tea", "3 for 2"),
    ]
    with engine.connect() as conn:
        assert analysis.unseen_products(conn, cid) == ["d"]
        assert [run.ids for run in analysis.complete_runs(conn)[cid]] == [(first,), (killed, resumed)]


def test_a_killed_first_crawl_resumed_twice_is_still_a_first_crawl(workspace, rival):
    engine, cid = rival
    t0 = datetime(2026, 11, 1, 6, tzinfo=UTC)
    offers = [Offer(key=str(i), name=f"P{i}", price="1", currency="EUR") for i in range(6)]
    killed = _run_part(engine, cid, offers[:2], t0, t0 + timedelta(minutes=1), status="failed", finish_reason="killed")
    stopped = _run_part(engine, cid, offers[2:4], None, t0 + timedelta(hours=1), status="partial",
                        finish_reason="closespider_timeout", continues=killed)
    with engine.connect() as conn:
        assert analysis.unseen_products(conn, cid) is None  # stopped: it cannot tell what is gone
    last = _run_part(engine, cid, offers[4:], None, t0 + timedelta(hours=2), status="finished", finish_reason="finished",
                     continues=stopped)
    # Nothing to compare with: a shop's whole range is not "new products" on its first crawl.
    assert _changes(engine, workspace) == []
    with engine.connect() as conn:
        history = analysis.run_history(conn)[cid]
        assert [run.ids for run in history] == [(killed, stopped, last)]
        assert history[0].complete and history[0].items == 6 and history[0].started_at == t0
        assert analysis._latest_runs(conn)["Rival"]["id"] == last  # the data-health table shows the newest row
        assert analysis.unseen_products(conn, cid) == []


def test_range_lists_products_we_lack_and_our_exclusives_largest_groups_first():
    ours = pd.DataFrame([{"sku": s, "name": n, "category": c, "brand": b, "price": Decimal(p), "currency": "EUR"}
                         for s, n, c, b, p in [("1", "Tea", "Drinks", "Leaf", "3"), ("2", "Mug", "Home", "Clay", "9"),
                                               ("3", "Cup", "Home", "Clay", "5"), ("4", "Jam", "Food", None, "2")]])
    theirs = pd.DataFrame([{"competitor_product_id": i, "name": n, "category": c, "brand": b, "price": Decimal(p),
                            "currency": "EUR", "url": f"https://r.example/{i}"}
                           for i, n, c, b, p in [(10, "Tea", "Drinks", "Leaf", "4"), (11, "Kettle", "Kitchen", "Hot", "30"),
                                                 (12, "Toaster", "Kitchen", "Hot", "25"), (13, "Pan", "Kitchen", "Iron", "20"),
                                                 (14, "Soap", None, None, "1")]])
    accepted = pd.DataFrame({"sku": ["1"], "competitor_product_id": [10]})
    lacking = assortment.lacking_products(theirs, accepted, "R")
    assert [(r["category"], r["brand"], r["name"]) for r in lacking] == [
        ("Kitchen", "Hot", "Kettle"), ("Kitchen", "Hot", "Toaster"), ("Kitchen", "Iron", "Pan"), ("(none)", "(none)", "Soap")]
    assert [r["sku"] for r in assortment.exclusives(ours, accepted, "R")] == ["3", "2", "4"]  # Home (2), then Food
    pairs = pd.DataFrame([
        {"sku": "1", "category": "Drinks", "competitor": "R", "our_price": Decimal("3"), "our_currency": "EUR",
         "their_price": Decimal("4"), "their_currency": "EUR"},
        {"sku": "1", "category": "Drinks", "competitor": "S", "our_price": Decimal("3"), "our_currency": "EUR",
         "their_price": Decimal("2"), "their_currency": "EUR"},
    ])
    ladder = assortment.aligned_ladder(pairs, "Us")
    assert [(r["shop"], r["category"], r["min"]) for r in ladder] == [("Us", "Drinks", Decimal("3")),
                                                                      ("R", "Drinks", Decimal("4")),
                                                                      ("S", "Drinks", Decimal("2"))]


def test_what_to_copy_counts_in_words_and_shows_prices_as_written():
    # The evidence read "1 products" and "Kettle 12.0000 against 11.0000", the amounts as the
    # money columns keep them.
    from benchmark.scorecard import _amount, _products
    assert (_products(1), _products(2, "matched product")) == ("1 product", "2 matched products")
    assert [_amount(Decimal(v)) for v in ("12.0000", "0.0639", "9.9900", "1E+2")] == ["12.00", "0.0639", "9.99", "100.00"]
