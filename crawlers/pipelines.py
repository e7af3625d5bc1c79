"""Item pipelines: normalise -> validate -> dedupe -> store, and the crawl-run record.

Each pipeline is small and tested alone. Items that cannot be used are
dropped with a short reason, counted in the stats as `dropped/<reason>` and
recorded on the crawl run, so a run that lost data is marked partial and its
missing products are never taken for delisted ones.
"""

from __future__ import annotations

import logging
import re
import time
from collections import Counter
from decimal import Decimal
from statistics import median

from pydantic import ValidationError
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, DropItem, NotConfigured
from scrapy.utils.asyncio import create_looping_call
from scrapy.utils.defer import deferred_from_coro
from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from crawlers.extraction import plain_text
from crawlers.items import OfferItem
from crawlers.promotions import parse_promotion, unit_price
from crawlers.urls import canonical_url
from storecheck import db
from storecheck.catalogue import spoilt_text
from storecheck.db.offers import _first_line
from storecheck.models import Offer, normalise_gtin
from storecheck.money import amount_in_range

logger = logging.getLogger(__name__)

# Drops that say nothing is missing: the same product read twice, and links left out on
# purpose (robots.txt, trap and facet guards, the depth limit, prices of 0 kept as no price,
# product pages the interrupted part of a resumed run already stored).
BENIGN_DROPS = {"duplicate", "robots_txt", "trap", "facets", "depth_limit", "price_zero", "offsite", "already_read"}
ABSURD_PRICE = Decimal("1000000")
MAX_MESSAGES = 50


class Dropped(DropItem):
    """DropItem with a machine-readable reason for the stats and the crawl run."""

    def __init__(self, reason: str, message: str = ""):
        super().__init__(f"{reason}: {message}" if message else reason, log_level="INFO")
        self.reason = reason


class _Pipeline:
    def __init__(self, crawler=None):
        self.crawler = crawler
        self.stats = crawler.stats if crawler is not None else None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def drop(self, reason: str, message: str = "") -> Dropped:
        if self.stats is not None:
            self.stats.inc_value(f"dropped/{reason}")
        return Dropped(reason, message)


class NormalisePipeline(_Pipeline):
    """Tidy texts, identifiers and money; derive promotion, currency and unit price."""

    def process_item(self, item):
        spider = getattr(self.crawler, "spider", None) if self.crawler else None
        for field in ("name", "brand", "category", "description", "sku", "mpn", "size", "promotion_text"):
            value = item.get(field)
            if isinstance(value, str):
                if field not in ("sku", "mpn"):
                    # Text the shop's system spoilt before serving it ("cafÃ©", an entity escaped twice), mended as
                    # the imports mend it (`storecheck.catalogue.spoilt_text`), here where every spider's items pass:
                    # the API spiders' too, not only pages' (whose extraction mended them already; text written
                    # right, or mended, is passed over after one look). Identifiers are kept as written, as there.
                    value = spoilt_text.mend(value)
                # Plain text, never markup: see `plain_text` (the report escapes on output).
                item[field] = plain_text(value)
        if item.get("description") and len(item["description"]) > 2000:
            item["description"] = item["description"][:2000].rsplit(" ", 1)[0] + "…"
        gtin = normalise_gtin(item.get("gtin")) if item.get("gtin") else None
        sku = item.get("sku")
        if gtin is None and isinstance(sku, str) and re.fullmatch(r"\d{12,14}", sku):
            gtin = normalise_gtin(sku)  # an EAN used as the shop's sku
        item["gtin"] = gtin
        if item.get("currency_unsettled") and item.get("price") is not None:
            # A sign several currencies share that neither the competitor's currency nor the page settles
            # ("$" at a competitor set up in EUR): the product is kept, its price is not stored in a
            # currency nobody stated, and the run counts it so the user can set the competitor's currency.
            if self.stats is not None:
                self.stats.inc_value("storecheck/price_currency_unsettled")
            logger.warning("storecheck: %s: price left out, %s", item.get("key") or item.get("url"), item["currency_unsettled"])
            item["price"] = item["regular_price"] = None
        # Kept prices whose currency a person should check, each doubt counted under its own name:
        # the page's own statement kept against the setting it contradicts (currency_differs), or the
        # setting kept where the page's domain reads the price's sign otherwise (currency_setting_doubted).
        for doubt in ("currency_differs", "currency_setting_doubted"):
            if item.get(doubt) and item.get("price") is not None:
                if self.stats is not None:
                    self.stats.inc_value(f"storecheck/price_{doubt}")
                logger.warning("storecheck: %s: %s", item.get("key") or item.get("url"), item[doubt])
        if not item.get("currency") and spider is not None:
            item["currency"] = getattr(spider, "currency", None) or spider.workspace.config.shop.currency
        price, regular = item.get("price"), item.get("regular_price")
        if price is not None and Decimal(price) == 0:
            # A price of 0 is a placeholder ("price on request", a data error), never a real
            # price: storing it would make the shop look infinitely cheap and raise a -100 %
            # alert. The product is kept without a price and the run's health says so.
            if self.stats is not None:
                self.stats.inc_value("storecheck/price_zero")
            item["price"] = price = None
            item["regular_price"] = regular = None
        if price is not None and regular is not None and Decimal(regular) <= Decimal(price):
            item["regular_price"] = None
            regular = None
        if not item.get("promotion"):
            promotion = parse_promotion(item.get("promotion_text"), price=price, regular_price=regular, currency=item.get("currency"))
            if promotion is not None and promotion.ends is None and item.get("price_valid_until") and regular is not None:
                try:
                    promotion = promotion.model_copy(update={"ends": _date(item["price_valid_until"])})
                except ValueError:
                    pass
            item["promotion"] = promotion
        if item.get("unit_price") is None and price is not None:
            per_unit = unit_price(item.get("size"), price) or unit_price(item.get("name"), price)
            # A unit price beyond the money range (a costly item sold by the gram) is left out, not the offer.
            if per_unit is not None and amount_in_range(per_unit[0]) is not None:
                item["unit_price"], item["unit"] = per_unit
        if not item.get("key"):
            item["key"] = item.get("sku") or item.get("url")
        return item


def _date(value: str):
    from datetime import date

    return date.fromisoformat(str(value)[:10])


class ValidatePipeline(_Pipeline):
    """An item becomes a `storecheck.models.Offer`, or is dropped with the field named."""

    def process_item(self, item):
        values = item.offer_values() if isinstance(item, OfferItem) else {k: v for k, v in dict(item).items() if k in Offer.model_fields}
        if not values.get("key"):
            raise self.drop("no_key", str(item.get("url") or item.get("page_url")))
        try:
            offer = Offer.model_validate(values)
        except ValidationError as exc:
            field = ".".join(str(p) for p in exc.errors()[0]["loc"]) or "offer"
            message = f"{values.get('key')}: {exc.errors()[0]['msg']}"
            # Named on the run with its page, as a page lost is: a dropped offer made the run partial
            # with only a count ("invalid_price": 1) to say which one and why.
            spider = getattr(self.crawler, "spider", None) if self.crawler else None
            if spider is not None and hasattr(spider, "_error"):
                where = item.get("page_url") or item.get("url") or ""
                spider._error(f"offer {str(values.get('key'))[:80]!r} dropped, {field}: {exc.errors()[0]['msg'][:120]}"
                              + (f" ({str(where)[:200]})" if where else ""), count=False)
            raise self.drop(f"invalid_{field}", message) from None
        if offer.price is not None and offer.currency is None:
            raise self.drop("no_currency", offer.key)
        return offer


class DedupePipeline(_Pipeline):
    """The same key twice in one run (a product listed in two places) is stored once. When the two
    give it different prices in one currency (a sale page beside the usual one), the **lower** is
    stored, with its page: it is the price a shopper pays, and the choice does not depend on the
    order the pages were read in (storing the first read made the price flip from one crawl to the
    next with no change at the shop, each flip an alert). Prices that cannot be compared (two
    currencies, a price beside none) keep the first read. The conflict is named on the run, both
    prices with their pages (the first MAX_PRICE_CONFLICTS_NAMED; the rest counted).

    The lower read second is passed on marked (`Offer._replaces_earlier`): the StorePipeline puts it
    in the place of the first while that waits in its batch; when the first was written already
    (more than a batch of offers read between the two pages), the observation the run wrote of it is
    deleted and the lower stored in its place. Either way the run leaves one state of the product in
    its history (stored after the first, every crawl wrote the product twice, up then down)."""

    MAX_PRICE_CONFLICTS_NAMED = 5

    def __init__(self, crawler=None):
        super().__init__(crawler)
        # key -> "price currency\turl" of the offer stored: one short string, not a tuple of two
        # (a crawl of 100,000 products holds one for each).
        self.seen: dict[str, str] = {}
        self.conflicts = 0

    def process_item(self, item):
        key = item.key if isinstance(item, Offer) else item.get("key")
        read = (f"{item.price if item.price is not None else 'no price'} {item.currency or ''}\t{item.url or ''}"
                if isinstance(item, Offer) else "")
        first = self.seen.get(key)
        if first is None:
            self.seen[key] = read
            return item
        if read and first and not _same_price(first.split("\t", 1)[0], read.split("\t", 1)[0]):
            lower = _lower_price(first.split("\t", 1)[0], read.split("\t", 1)[0])
            self._name_conflict(str(key), first, read, "the lower stored" if lower is not None else "the first stored")
            if lower == "second":
                self.seen[key] = read
                item._replaces_earlier = True
                return item
        raise self.drop("duplicate", str(key))

    def _name_conflict(self, key: str, first: str, second: str, kept: str) -> None:
        self.conflicts += 1
        if self.stats is not None:
            self.stats.inc_value("storecheck/price_conflicts")
        spider = getattr(self.crawler, "spider", None) if self.crawler else None
        if self.conflicts > self.MAX_PRICE_CONFLICTS_NAMED or spider is None or not hasattr(spider, "_error"):
            return
        (price1, url1), (price2, url2) = first.split("\t", 1), second.split("\t", 1)
        # Named, not counted as a loss: both pages were read, and one offer stored.
        spider._error(f"offer {key[:80]!r} read at two prices in this run: {price1} ({url1[:200]}) and {price2} "
                      f"({url2[:200]}); {kept}", count=False)


def _same_price(first: str, second: str) -> bool:
    """Whether two "amount currency" texts name one price: as numbers (12.5 and 12.50, read from a
    listing and a product page, are one)."""
    (amount1, _, currency1), (amount2, _, currency2) = first.partition(" "), second.partition(" ")
    if currency1 != currency2 or (amount1 == "no") != (amount2 == "no"):
        return False
    return amount1 == "no" or Decimal(amount1) == Decimal(amount2)


def _lower_price(first: str, second: str) -> str | None:
    """Which of two different "amount currency" texts is the lower ("first" or "second"), or None
    when they cannot be compared (two currencies, or a price beside none).

    >>> _lower_price("1.50 EUR", "1.20 EUR"), _lower_price("1.20 EUR", "1.50 EUR"), _lower_price("1.50 EUR", "1.20 USD")
    ('second', 'first', None)
    >>> _lower_price("no price ", "1.20 EUR") is None
    True
    """
    (amount1, _, currency1), (amount2, _, currency2) = first.partition(" "), second.partition(" ")
    if currency1 != currency2 or "no" in (amount1, amount2):
        return None
    return "second" if Decimal(amount2) < Decimal(amount1) else "first"


class StorePipeline(_Pipeline):
    """Store offers in batches (change-only observations) and keep the crawl-run row.

    The run row is created when the spider opens (status running, with the
    crawl's pid in `finish_reason` so a later run can tell a killed crawl from a
    live one), its counts are updated with every batch, and it is finished when
    the spider closes, with status finished / partial / failed, counts, dropped
    items and skipped links by reason, errors and health checks.

    A crawl that resumes a stopped or killed one (JOBDIR) continues its run:
    the new row starts at the old run's start and carries its counts; its
    health checks judge the prices both parts read; product pages the old run
    stored are not read again (the database is the journal, which survives a
    SIGKILL where Scrapy's queue files do not); and before
    closing it re-reads the known products neither part has seen, because pages
    in flight when a process dies are lost with it. Only then can a resumed run
    be `finished` without taking a product for delisted.
    """

    def __init__(self, crawler=None):
        super().__init__(crawler)
        settings = crawler.settings
        self.batch_size = settings.getint("STORECHECK_STORE_BATCH", 500)
        self.progress_every = settings.getint("STORECHECK_PROGRESS_EVERY", 100)
        self.progress_seconds = settings.getfloat("STORECHECK_PROGRESS_SECONDS", 5.0)
        from storecheck.crawl import HEARTBEAT_SECONDS

        self.heartbeat_seconds = settings.getfloat("STORECHECK_HEARTBEAT_SECONDS", HEARTBEAT_SECONDS)
        self.jobdir = settings.get("JOBDIR") or None
        self.buffer: list[Offer] = []
        # key -> its place in `buffer`, where a lower price read later takes it (`_replace`).
        self.waiting: dict[str, int] = {}
        # Keys whose observation written earlier in this run the next stored batch replaces (`_replace`).
        self.forget: set[str] = set()
        # Keys whose lower price took the first's place (`_replace`) -> whether the first was stored before
        # (True: it stays if the database refuses the lower), till their batch is written.
        self.lowered: dict[str, bool] = {}
        self.run_id: int | None = None
        self.run_started_at = None
        self.resumed_from: int | None = None
        self.items = 0
        self.items_before = 0
        self.pages_before = 0
        self.priced = 0
        self.prices: list[Decimal] = []
        self.prices_before: list[Decimal] = []
        # What the earlier parts of a resumed run dropped or left out, by reason.
        self.dropped_before: dict[str, int] = {}
        # What they lost or never asked, which resuming from Scrapy's queue does not ask again
        # (`storecheck.crawl.unread_before`): the run is not read whole.
        self.unread_before: dict[str, int] = {}
        # This part's losses and errors, by reason, for the job marker (`summary`).
        self.unread: dict[str, int] = {}
        self.counts: Counter[str] = Counter()
        self.failures: list[str] = []
        # Products the database refused one by one (kept to the first MAX_MESSAGES).
        self.refusals: list[str] = []
        self.notes: list[str] = []
        self.swept = False
        # Our catalogue's words for the rename check, kept from batch to batch (`_store`).
        self.our_words = None
        self.heartbeat = None
        self.taken_for_dead = False
        self.started = time.monotonic()
        self.last_progress = self.started
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)

    @classmethod
    def from_crawler(cls, crawler):
        if crawler.spidercls.name != "shop":
            raise NotConfigured("StorePipeline stores offers of the shop spider only")
        return cls(crawler)

    @property
    def spider(self):
        return self.crawler.spider

    def open_spider(self):
        from storecheck.crawl import (
            close_stale_runs,
            open_crawl_run,
            read_job_marker,
            unread_before,
            write_job_marker,
        )

        spider = self.spider
        with spider.engine.begin() as conn:
            close_stale_runs(conn, spider.competitor_id)
            previous = read_job_marker(conn, self.jobdir, spider.competitor_id) if self.jobdir else None
            # Refused (AlreadyCrawling) while a crawl on any machine sharing the database runs.
            self.run_id = open_crawl_run(conn, spider.competitor_id, spider.competitor.name, spider.platform)
            values: dict = {}  # open_crawl_run wrote the running marker
            if previous is not None:
                # Continue the killed run: same start, its counts carried over.
                self.resumed_from = previous["id"]
                self.items_before = previous["items"] or 0
                self.pages_before = previous["pages"] or 0
                self.dropped_before = dict(previous["dropped"] or {})
                values["started_at"] = previous["started_at"]
                self.unread_before = unread_before(self.jobdir)
                self.notes.append(f"resumed crawl run {previous['id']} ({previous['finish_reason'] or 'stopped'})"
                                  + _not_asked_again(self.unread_before))
                read = db.products_read_since(conn, spider.competitor_id, previous["started_at"])
                spider.already_read = {canonical_url(url) for url, _ in read if url is not None}
                # The health checks at close judge the whole run, not just this part of it.
                self.prices_before = [price for _, price in read if price is not None]
            if values:
                conn.execute(update(db.crawl_runs).where(db.crawl_runs.c.id == self.run_id).values(**values))
            self.run_started_at = conn.execute(
                select(db.crawl_runs.c.started_at).where(db.crawl_runs.c.id == self.run_id)
            ).scalar()
        if self.jobdir:
            write_job_marker(self.jobdir, self.run_id, unread=self.unread_before)
        self.heartbeat = create_looping_call(self._beat)
        self.heartbeat.start(self.heartbeat_seconds, now=False)
        logger.info("storecheck: crawl run %d started for %s", self.run_id, spider.competitor.name)
        if self.resumed_from is not None:
            logger.info("storecheck: resuming crawl run %d from %s", self.resumed_from, self.jobdir)

    def process_item(self, item):
        if not isinstance(item, Offer):
            item = Offer.model_validate(item.offer_values() if isinstance(item, OfferItem) else dict(item))
        if item._replaces_earlier:
            self._replace(item)
            return item
        self.waiting[item.key] = len(self.buffer)
        self.buffer.append(item)
        self.items += 1
        if item.price is not None:
            self.priced += 1
            self.prices.append(item.price)
        if len(self.buffer) >= self.batch_size:
            self.flush()
        now = time.monotonic()
        if self.items % self.progress_every == 0 or now - self.last_progress >= self.progress_seconds:
            self._progress()
        return item

    def _replace(self, item: Offer) -> None:
        """A lower price of a key read earlier in the run (DedupePipeline) takes the earlier offer's
        place: in the batch while that waits there, else the observation this run wrote of it is
        deleted and the lower stored as the run's (compared, as any offer, with the run before's).
        One product and one observation for the run either way, counted once."""
        place = self.waiting.get(item.key)
        self.lowered[item.key] = place is None
        if place is not None:
            self.buffer[place] = item
            return
        # The run's observation of the first is deleted in the transaction that stores the lower
        # (`_store`): deleted on its own, a crawl killed before the next batch left the product with
        # no price of this run, or none at all.
        self.forget.add(item.key)
        self.waiting[item.key] = len(self.buffer)
        self.buffer.append(item)
        # (The run's prices, which its health checks judge, keep the first read: both are the shop's.)
        if len(self.buffer) >= self.batch_size:
            self.flush()

    def _pages(self) -> int:
        return self.pages_before + self.stats.get_value("response_received_count", 0)

    def _progress(self) -> None:
        self.last_progress = time.monotonic()
        pages = self.stats.get_value("response_received_count", 0)
        elapsed = max(self.last_progress - self.started, 1e-6)
        logger.info(
            "storecheck progress: %d products, %d pages, %.1f pages/s",
            self.items_before + self.items, self.pages_before + pages, pages / elapsed,
        )

    def flush(self) -> None:
        if not self.buffer:
            return
        batch, self.buffer = self.buffer, []
        self.waiting.clear()
        try:
            try:
                counts, refused = self._store(batch)
            except DBAPIError as exc:
                if not db.connection_lost(exc):
                    raise
                # The server went away mid-write (a restart, a failover, an idle-connection reaper): the
                # transaction was rolled back with it, so the batch is written once more on a new
                # connection rather than lost. Storing is change-only, so even a commit whose answer was
                # lost is not stored twice.
                logger.warning("storecheck: the database connection was lost while storing %d offers; "
                               "storing them again on a new connection", len(batch))
                counts, refused = self._store(batch)
            self.counts.update(counts)
        except Exception as exc:
            logger.exception("storecheck: storing %d offers failed", len(batch))
            self.failures.append(f"store failed: {type(exc).__name__}: {str(exc)[:200]}")
            return
        for offer, why in refused:
            # Lost, so the run is partial and nothing it missed is taken for delisted.
            self.stats.inc_value("dropped/store_failed")
            logger.warning("storecheck: could not store %s: %s", offer.key, why)
            if len(self.refusals) < MAX_MESSAGES:
                self.refusals.append(f"could not store {offer.key[:200]}: {why}")
            if offer.key in self.lowered:
                self._lower_refused(offer.key, first_kept=self.lowered[offer.key])
        for offer in batch:
            self.lowered.pop(offer.key, None)

    def _lower_refused(self, key: str, first_kept: bool) -> None:
        """The run's note of a key read at two prices said "the lower stored" when the lower was read
        (`DedupePipeline`); the database refused it since. The note says what the run kept instead:
        beside "could not store KEY" it stated the opposite (hostile14's S116)."""
        kept = ("the lower refused by the database; the first kept" if first_kept else
                "the lower refused by the database, and the first, which it replaced before either was "
                "written, not stored either")
        remarks = getattr(self.spider, "remarks", None)
        if not isinstance(remarks, list):
            return
        start = f"offer {key[:80]!r} read at two prices"
        for n, remark in enumerate(remarks):
            if remark.startswith(start) and remark.endswith("; the lower stored"):
                remarks[n] = remark.removesuffix("the lower stored") + kept
                return

    def _store(self, batch: list[Offer]):
        with self.spider.engine.begin() as conn:
            forgotten = [offer.key for offer in batch if offer.key in self.forget]
            # One product the database refuses costs only itself, not its batch.
            renamed: list = []
            stored, refused = db.store_offers_each(
                conn, self.spider.competitor_id, [offer for offer in batch if offer.key not in self.forget],
                source="crawl", crawl_run_id=self.run_id, renamed=renamed)
            counts = Counter(stored)
            # A lower price takes the place of the run's observation of the first in one savepoint with its
            # own store: refused by the database, the first stays stored (S57f: deleted first, the product was
            # left with no price of the run, or none at all).
            for offer in batch:
                if offer.key not in self.forget:
                    continue
                alone: list = []
                try:
                    with conn.begin_nested():
                        db.forget_run_observation(conn, self.spider.competitor_id, offer.key, self.run_id)
                        counts.update(db.store_offers(conn, self.spider.competitor_id, [offer], source="crawl",
                                                      crawl_run_id=self.run_id, renamed=alone))
                    renamed.extend(alone)
                except SQLAlchemyError as exc:
                    if db.connection_lost(exc):
                        raise
                    refused.append((offer, _first_line(exc)))
            if renamed:
                # A product of theirs renamed so that a pair a person confirmed is in doubt goes back to the
                # review queue, in the transaction that stores the rename (`analysis.renamed_pairs`).
                # Our catalogue's words are read once per crawl, and again only if the catalogue
                # changes meanwhile (`OurProductWords`): read for every batch, they cost seconds each.
                from storecheck.analysis.renamed_pairs import OurProductWords, reopen_renamed_listings

                if self.our_words is None:
                    self.our_words = OurProductWords()
                for pair in reopen_renamed_listings(conn, renamed, self.our_words):
                    logger.warning("storecheck: %s", pair["reason"])
            # Counts so far, so a crawl that is killed leaves a truthful row behind.
            conn.execute(
                update(db.crawl_runs).where(db.crawl_runs.c.id == self.run_id)
                .values(items=self.items_before + self.items, pages=self._pages())
            )
        self.forget.difference_update(forgotten)
        return counts, refused

    def close_spider(self):
        self.flush()

    def _beat(self) -> None:
        """Show machines sharing the database that this crawl lives; stop if one has taken it for dead."""
        try:
            with self.spider.engine.begin() as conn:
                alive = db.beat_crawl_run(conn, self.run_id)
        except Exception as exc:  # the next beat tries again; the run's bound is many beats long
            logger.warning("storecheck: the crawl run's heartbeat was not written: %s", exc)
            return
        if not alive and not self.taken_for_dead:
            # Its run is closed as failed: going on would crawl beside the crawl now running.
            self.taken_for_dead = True
            logger.error("storecheck: crawl run %d was closed as dead by another crawl; stopping", self.run_id)
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="taken for dead"))

    def spider_idle(self, spider):
        """On a resumed run, re-read the known products not seen since the run started."""
        if self.resumed_from is None or self.swept or self.run_id is None:
            return
        self.swept = True
        self.flush()
        cp = db.competitor_products
        with spider.engine.connect() as conn:
            urls = list(conn.execute(
                select(cp.c.url).where(
                    cp.c.competitor_id == spider.competitor_id, cp.c.last_seen < self.run_started_at, cp.c.url.is_not(None)
                )
            ).scalars())
        if not urls:
            return
        logger.info("storecheck: re-reading %d known products the interrupted crawl may have lost", len(urls))
        for request in spider.verify_requests(urls):
            self.crawler.engine.crawl(request)
        raise DontCloseSpider

    def spider_closed(self, spider, reason):
        if self.run_id is None:
            return
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()
        if self.taken_for_dead:
            return  # the crawl that closed the run has made it its own
        self._progress()
        self._forget_listing_products(spider)
        summary = self.summary(reason)
        with spider.engine.begin() as conn:
            summary["health"] = health_checks(
                conn, spider.competitor_id, self.run_id, summary["items"], len(self.prices_before) + self.priced,
                self.prices_before + self.prices, spider.workspace.config.crawl,
                zero_prices=self.stats.get_value("storecheck/price_zero", 0),
            )
            db.finish_crawl_run(conn, self.run_id, **summary)
        if self.jobdir:
            from storecheck.crawl import write_job_marker

            # Scrapy closes the scheduler, which writes the queue and seen-set, before it
            # sends spider_closed: a later crawl may resume from them.
            write_job_marker(self.jobdir, self.run_id, closed=reason,
                             unread=dict(Counter(self.unread_before) + Counter(self.unread)))
        logger.info(
            "storecheck: crawl run %d %s: items=%d pages=%d new_observations=%d unchanged=%d",
            self.run_id, summary["status"], summary["items"], summary["pages"],
            self.counts["new_observations"], self.counts["unchanged"],
        )

    def _forget_listing_products(self, spider) -> None:
        """Take out the products stored before from pages this run read as listings where they were such a page's
        reading (`db.forget_listing_products`), and say so in the run's remarks; any other product stored from
        such a page is lost for this run (the run is partial, nothing delisted), named: a product page read as
        a listing must not make its product look delisted (review R4)."""
        pages = getattr(spider, "listing_pages", None)
        if not pages:
            return
        with spider.engine.begin() as conn:
            removed, held = db.forget_listing_products(conn, spider.competitor_id, pages, canonical_url)
        if removed:
            shown = ", ".join(repr(name) for name in removed[:5]) + (", ..." if len(removed) > 5 else "")
            spider._error(f"{len(removed)} product{'s' if len(removed) != 1 else ''} stored before from pages now read "
                          f"as listings taken out: {shown}", count=False)
        if held:
            self.stats.inc_value("dropped/listing_where_product_was", len(held))
            shown = ", ".join(repr(name) for name in held[:5]) + (", ..." if len(held) > 5 else "")
            spider._error(f"{len(held)} product page(s) read as listings this time, their products not taken for "
                          f"delisted: {shown}")

    def summary(self, reason: str) -> dict:
        stats = self.stats.get_stats()
        dropped = {k.removeprefix("dropped/"): v for k, v in stats.items() if k.startswith("dropped/")}
        # Links deliberately not followed: benign, recorded so a user can see what was left out and why.
        skipped = {k.removeprefix("skipped/"): v for k, v in stats.items() if k.startswith("skipped/")}
        frontier = getattr(self.spider, "frontier", None)
        for why, count in (frontier.counts() if frontier is not None else {}).items():
            if count:
                skipped[why] = skipped.get(why, 0) + count
        if stats.get("robotstxt/forbidden"):
            skipped["robots_txt"] = stats["robotstxt/forbidden"]
        if stats.get("storecheck/price_zero"):
            skipped["price_zero"] = stats["storecheck/price_zero"]
        if stats.get("storecheck/price_currency_unsettled"):
            skipped["price_currency_unsettled"] = stats["storecheck/price_currency_unsettled"]
        # What stopped storing first: the spider's page errors can run to the limit on their own.
        errors = (self.notes + self.failures + self.refusals + list(getattr(self.spider, "errors", []))
                  + list(getattr(self.spider, "remarks", [])))
        error_count = stats.get("storecheck/errors", 0)
        lost = sum(v for k, v in dropped.items() if k not in BENIGN_DROPS)
        self.unread = {k: v for k, v in dropped.items() if k not in BENIGN_DROPS and v}
        if error_count or stats.get("log_count/ERROR", 0) or self.failures:
            self.unread["errors"] = error_count + stats.get("log_count/ERROR", 0) + len(self.failures)
        items = self.items_before + self.items
        if self.failures or items == 0:
            status = "failed"
        elif self.unread_before or error_count or lost or reason != "finished" or stats.get("log_count/ERROR", 0):
            # A resumed run asks what Scrapy's queue held and what it stored before (`spider_idle`); what its
            # earlier parts lost or never queued (a sitemap's URLs over the page budget) stays unasked.
            status = "partial"
        else:
            status = "finished"
        if stats.get("log_count/ERROR", 0) and not errors:
            errors.append(f"{stats['log_count/ERROR']} errors in the log")
        if items == 0 and not errors:
            # A failed run with no error left the user nothing to act on: say why nothing was read.
            errors.append(_why_nothing(skipped.get("robots_txt", 0), self._pages(), getattr(self.spider, "origin", "")))
        return {
            "status": status,
            "platform": self.spider.platform,
            "pages": self._pages(),
            "items": items,
            # The whole run's counts, as for items and pages; the status above judges this part and what
            # the earlier parts left unread (`unread_before`: the known products among it are read again,
            # `spider_idle`, but the counts do not say which they were).
            "dropped": dict(Counter(self.dropped_before) + Counter(
                {**dropped, **{k: v for k, v in skipped.items() if k not in dropped}})),
            "errors": errors[:MAX_MESSAGES],
            "finish_reason": reason,
        }


def _not_asked_again(unread: dict[str, int]) -> str:
    """What a resumed run says of what its earlier parts lost or never asked (`unread_before`), after
    "resumed crawl run N (reason)": the run ends partial for it, and Data health shows this sentence.

    >>> _not_asked_again({"over_page_budget": 2940, "errors": 2})
    '; lost or never asked by its earlier part and not asked again, so the shop was not read whole: 2,940 product URLs over the page budget, 2 errors'
    >>> _not_asked_again({})
    ''
    """
    if not unread:
        return ""
    said = {"over_page_budget": "product URLs over the page budget", "errors": "errors"}
    parts = [f"{count:,} {said.get(why, why.replace('_', ' '))}"
             for why, count in sorted(unread.items(), key=lambda item: (item[0] == "errors", -item[1], item[0]))]
    return "; lost or never asked by its earlier part and not asked again, so the shop was not read whole: " + ", ".join(parts)


def _why_nothing(forbidden: int, pages: int, origin: str) -> str:
    """The reason a run read no product, for a run that met no error."""
    if forbidden:
        return (f"{origin}/robots.txt forbids crawlers {forbidden} page(s) this crawl needed, so no product was "
                "read; ask the shop for a product feed (`storecheck offers import`) or for permission to crawl")
    return (f"no product found on the {pages} page(s) read; `storecheck extract URL --explain` on one of the shop's "
            "product pages shows what a crawl reads there (per-competitor selectors or product URL patterns may help)")


def health_checks(
    conn, competitor_id: int, run_id: int, items: int, priced: int, prices: list[Decimal], crawl, *, zero_prices: int = 0
) -> list[str]:
    """Plain sentences about a run that looks wrong even when nothing failed.

    `zero_prices` counts prices of 0 the normaliser set aside (stored as no price)."""
    health: list[str] = []
    previous = conn.execute(
        select(db.crawl_runs.c["items"])
        .where(
            db.crawl_runs.c.competitor_id == competitor_id,
            db.crawl_runs.c.status == "finished",
            db.crawl_runs.c.id != run_id,
        )
        .order_by(db.crawl_runs.c.started_at.desc(), db.crawl_runs.c.id.desc())
        .limit(1)
    ).scalar()
    if previous and items < previous * crawl.min_items_ratio:
        health.append(
            f"only {items} item{'' if items == 1 else 's'}, {items / previous:.0%} of the previous finished run's {previous} "
            f"(threshold {crawl.min_items_ratio:.0%})"
        )
    if items and not priced:
        health.append(f"the shop shows no prices: {items} products stored without a price (catalogue mode, "
                      "or prices shown only after login); range and delisting are kept, price comparisons are not possible")
    elif items:
        coverage = priced / items
        if coverage < crawl.min_price_coverage:
            health.append(f"only {coverage:.0%} of items have a price (threshold {crawl.min_price_coverage:.0%})")
    zero = sum(1 for p in prices if p == 0) + zero_prices
    if zero:
        health.append(f"{zero} item(s) priced 0 (stored without a price)")
    if prices:
        middle = median(prices)
        absurd = [p for p in prices if p >= ABSURD_PRICE or (middle > 0 and p > middle * 1000)]
        if absurd:
            health.append(f"{len(absurd)} item(s) with absurd prices (e.g. {max(absurd)}; median {middle})")
    health += currency_moves(db.run_currency_changes(conn, run_id), items)
    return health


def currency_moves(changes: list[tuple[str, str, int]], items: int) -> list[str]:
    """What a run says of its products read in another currency than the one their last price was in
    (`db.run_currency_changes`): each page said so, and was stored so (S45, S107), but a whole range
    read in dollars where it was in euros (a shop pricing by the visitor's country or address, a
    storefront switched) left the run finished without a word, and every comparison with our prices
    gone (hostile15's S120). Judged against the products' own history, not a setting.

    >>> currency_moves([("EUR", "USD", 6)], 6)
    ["6 of 6 products read in USD where their last price was in EUR: a shop pricing by the visitor's country or address, or another storefront? Their changes compare no amounts across currencies"]
    """
    return [f"{count} of {items} product{'' if items == 1 else 's'} read in {now} where {'its' if count == 1 else 'their'} "
            f"last price was in {before}: a shop pricing by the visitor's country or address, or another storefront? "
            f"{'Its' if count == 1 else 'Their'} changes compare no amounts across currencies"
            for before, now, count in changes[:5]]
