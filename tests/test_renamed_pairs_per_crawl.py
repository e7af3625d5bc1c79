"""The crawl's rename check reads our catalogue's words once per crawl, not once per stored batch
(`renamed_pairs.OurProductWords`, kept by `crawlers.pipelines.StorePipeline`): at 100,000 products a
reading cost seconds of every batch that renamed a confirmed listing. Our catalogue changed while
the crawl runs (an import between two batches: a product added, or one renamed) is read again, so a
word that now tells two of our products apart sends the pair back as it would have at the start."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from scrapy.utils.test import get_crawler
from sqlalchemy import select

from crawlers.pipelines import StorePipeline
from crawlers.spiders.shop import ShopSpider
from storecheck import db
from storecheck.cli import cli
from storecheck.models import Offer

THEIRS = [("c1", "Coffee beans 1 kg"), ("t1", "Green tea 20 bags"), ("p1", "Spaghetti 500 g")]


def _run(workspace, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--workspace", str(workspace.path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _catalogue(workspace, tmp_path, products) -> None:
    (tmp_path / "ours.csv").write_text("sku,name,price\n" + "".join(f"{s},{n},2.00\n" for s, n in products),
                                       encoding="utf-8")
    _run(workspace, "catalogue", "import", str(tmp_path / "ours.csv"))


@pytest.fixture
def crawl(workspace, tmp_path):
    """Our catalogue, Rival's three listings each confirmed against ours, and a store pipeline of a
    crawl of Rival: `store(names)` stores one batch of the listings, renamed by `names`; the statuses
    of the pairs after it."""
    _catalogue(workspace, tmp_path, [("C1", "Coffee beans 1 kg"), ("T1", "Green tea 20 bags"),
                                     ("P1", "Spaghetti 500 g")])
    _run(workspace, "competitor", "add", "Rival", "http://127.0.0.1:9/")
    (tmp_path / "theirs.csv").write_text("key,name,price\n" + "".join(f"{k},{n},1.90\n" for k, n in THEIRS),
                                         encoding="utf-8")
    _run(workspace, "offers", "import", str(tmp_path / "theirs.csv"), "--competitor", "Rival")
    (tmp_path / "decisions.csv").write_text(
        "sku,competitor,key,status\nC1,Rival,c1,confirmed\nT1,Rival,t1,confirmed\nP1,Rival,p1,confirmed\n",
        encoding="utf-8")
    _run(workspace, "matches", "import", str(tmp_path / "decisions.csv"))

    spider = ShopSpider(competitor="Rival", workspace=str(workspace.path))
    crawler = get_crawler(ShopSpider)
    crawler.spider = spider
    pipeline = StorePipeline.from_crawler(crawler)
    with spider.engine.begin() as conn:
        pipeline.run_id = db.start_crawl_run(conn, spider.competitor_id)

    def store(names: dict[str, str]) -> dict[str, str]:
        pipeline.buffer = [Offer(key=k, name=names.get(k, n), price="1.90") for k, n in THEIRS]
        pipeline.flush()
        assert not pipeline.failures, pipeline.failures
        m, cp = db.matches, db.competitor_products
        with spider.engine.connect() as conn:
            return dict(conn.execute(select(cp.c.key, m.c.status).join(cp, cp.c.id == m.c.competitor_product_id)).all())

    try:
        yield store
    finally:
        spider.crawl_lock.close()
        spider.engine.dispose()


def test_a_crawl_reads_our_catalogue_once_for_all_its_batches(crawl, monkeypatch):
    """Fails before the change: each of the three batches read the catalogue again."""
    from benchmark.matching import replaced_words

    built = []
    original = replaced_words.ShopWords.__init__

    def counted(self, features, *args, **kwargs):
        built.append(len(features))
        original(self, features, *args, **kwargs)

    monkeypatch.setattr(replaced_words.ShopWords, "__init__", counted)
    # Each batch adds a word to one confirmed listing: our catalogue is asked whether it tells two of
    # our products apart (none does here, so the pairs stay confirmed).
    assert crawl({"c1": "Coffee beans 1 kg SALE"})["c1"] == "confirmed"
    assert crawl({"c1": "Coffee beans 1 kg", "t1": "Green tea 20 bags NEW"})["t1"] == "confirmed"
    assert crawl({"t1": "Green tea 20 bags", "p1": "Spaghetti 500 g al dente"})["p1"] == "confirmed"
    assert built == [3], built


@pytest.mark.parametrize("change", ["added", "renamed"])
def test_our_catalogue_changed_between_two_batches_is_read_again(crawl, workspace, tmp_path, change):
    """The first batch asks about "decaf" while no two of our products differ by it (the pair stays
    confirmed); an import then adds a decaf coffee to our catalogue (a new product, or our spaghetti
    renamed: only its `updated_at` moves). The next batch renames the coffee "... DECAF": the word
    now tells two of ours apart, so the pair goes back to the queue, as a fresh reading says."""
    assert crawl({"t1": "Green tea 20 bags decaf"})["t1"] == "confirmed"
    products = [("C1", "Coffee beans 1 kg"), ("T1", "Green tea 20 bags")]
    products += ([("P1", "Spaghetti 500 g"), ("D1", "Coffee beans decaf 500 g")] if change == "added"
                 else [("P1", "Coffee beans decaf 500 g")])
    _catalogue(workspace, tmp_path, products)
    status = crawl({"t1": "Green tea 20 bags decaf", "c1": "Coffee beans 1 kg DECAF"})
    assert status["c1"] == "proposed", status
