"""The match review queue: proposed matches with both products, a person's
decision, and the re-match that lets the next page learn from the answers."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Collection
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from benchmark.matching import review_queue
from benchmark.matching.described_parts import described_clause
from storecheck import db
from storecheck.analysis import compared_price
from storecheck.config import Shop
from storecheck.exports import review_answers


# Who decided, for an answer given without a name.
ANONYMOUS = "web review"


def count_proposed(conn: Connection, listed: Collection[str] | None = None) -> int:
    """How many proposed pairs wait for a person (of the competitors `listed`, when given)."""
    m, cp, c = db.matches, db.competitor_products, db.competitors
    query = select(func.count()).select_from(m).where(m.c.status == "proposed")
    if listed is not None:
        query = (query.join(cp, cp.c.id == m.c.competitor_product_id).join(c, c.c.id == cp.c.competitor_id)
                 .where(c.c.name.in_(list(listed))))
    return conn.execute(query).scalar_one()


def proposed_matches(conn: Connection, *, match_threshold: float, competitor: str | None = None, limit: int = 50,
                     offset: int = 0, listed: Collection[str] | None = None,
                     shop: Shop | None = None) -> tuple[list[dict], int]:
    """Proposed pairs with our product and theirs (latest price) side by side, and
    their total; in the order of `matches export` (`matching.review_queue`); our price as it is
    compared with theirs (`analysis.compared_price`, with `shop`).
    `listed`: the competitors storecheck.toml lists; one taken out of it (or renamed there) is followed
    no more, and an answer about it would start a re-match `storecheck match` refuses."""
    m, cp, c, own = db.matches, db.competitor_products, db.competitors, db.own_products
    where = [m.c.status == "proposed"]
    if listed is not None:
        where.append(c.c.name.in_(list(listed)))
    if competitor:
        where.append(c.c.id.in_(db.competitor_ids_named(conn, competitor)))
    # The queue's order is review_queue's, in Python, so that it has one
    # definition: what it reads of every proposal is cheap to read, rows are
    # read for one page only.
    ranked = [r._asdict() for r in conn.execute(
        select(m.c.id, m.c.score, m.c.sku, m.c.method, m.c.reason, c.c.name.label("competitor"))
        .join(cp, cp.c.id == m.c.competitor_product_id)
        .join(c, c.c.id == cp.c.competitor_id).where(*where).order_by(m.c.id)
    )]
    ranked = [ranked[n] for n in review_queue(ranked, match_threshold, review_answers(conn) if ranked else ())]
    page = [r["id"] for r in ranked[offset : offset + limit]]
    total = len(ranked)
    query = (
        select(
            m.c.id, m.c.sku, m.c.method, m.c.score, m.c.reason, m.c.competitor_product_id,
            c.c.name.label("competitor"),
            own.c.name.label("our_name"), own.c.brand.label("our_brand"), own.c.category.label("our_category"),
            own.c.gtin.label("our_gtin"), own.c.size.label("our_size"), own.c.price.label("our_price"),
            own.c.currency.label("our_currency"), own.c.url.label("our_url"),
            cp.c.key, cp.c.name.label("their_name"), cp.c.brand.label("their_brand"),
            cp.c.category.label("their_category"), cp.c.gtin.label("their_gtin"), cp.c.size.label("their_size"),
            cp.c.url.label("their_url"), cp.c.image.label("their_image"), cp.c.condition.label("their_condition"),
            cp.c.description.label("their_description"), own.c.description.label("our_description"),
        )
        .join(cp, cp.c.id == m.c.competitor_product_id)
        .join(c, c.c.id == cp.c.competitor_id)
        .outerjoin(own, own.c.sku == m.c.sku)
        .where(m.c.id.in_(page))
    )
    position = {match_id: n for n, match_id in enumerate(page)}
    rows = sorted((dict(r) for r in conn.execute(query).mappings()), key=lambda r: position[r["id"]])
    latest = db.latest_observations(conn, [r["competitor_product_id"] for r in rows])
    for row in rows:
        row["our_price"] = compared_price(row["our_price"], row["our_category"], shop)
        obs = latest.get(row["competitor_product_id"])
        row["their_price"] = obs.price if obs else None
        row["their_regular_price"] = obs.regular_price if obs else None
        row["their_currency"] = obs.currency if obs else None
        row["their_promotion"] = obs.promo_text if obs else None
        # A part number read from a description: the clause it was read from, beside the reason.
        row["described_clause"] = described_clause(row["reason"], row.pop("their_description"),
                                                   row.pop("our_description"))
    return rows, total


def decide(conn: Connection, match_id: int, status: str, decided_by: str | None) -> dict | None:
    """Record a person's decision (confirmed / rejected) on a match; the matcher never
    overrides it (see db.record_decision)."""
    if status not in db.HUMAN_STATUSES:
        raise ValueError(f"decision must be one of {', '.join(db.HUMAN_STATUSES)}")
    m = db.matches
    row = conn.execute(select(m).where(m.c.id == match_id)).first()
    if row is None:
        return None
    return decide_pair(conn, row.sku, row.competitor_product_id, status, decided_by, match_id)


def decide_pair(conn: Connection, sku: str, competitor_product_id: int, status: str, decided_by: str | None,
                match_id: int | None = None) -> dict | None:
    """Record a person's decision on the pair itself: a re-match in the
    background may have replaced the proposal's row while the page was open,
    and the answer is about the two products, not the row. None when either
    product is gone."""
    if status not in db.HUMAN_STATUSES:
        raise ValueError(f"decision must be one of {', '.join(db.HUMAN_STATUSES)}")
    competitor = conn.execute(
        select(db.competitors.c.name).join(db.competitor_products, db.competitor_products.c.competitor_id == db.competitors.c.id)
        .where(db.competitor_products.c.id == competitor_product_id)
    ).scalar()
    ours = conn.execute(select(db.own_products.c.sku).where(db.own_products.c.sku == sku)).scalar()
    if competitor is None or ours is None:
        return None
    m = db.matches
    # Two people with the queue open may answer one pair: the later answer stands (it is the newer
    # look), but one that differs from another person's is said, so neither is lost without a word.
    # The row is read for the update (FOR UPDATE): on PostgreSQL an answer given while another was being
    # written read the pair as it was before, then waited for that write and replaced it unsaid. SQLite
    # has no row locks and needs none: its writing transactions run one at a time (`db.make_engine`).
    before = conn.execute(select(m.c.status, m.c.decided_by).where(
        m.c.sku == sku, m.c.competitor_product_id == competitor_product_id).with_for_update()).first()
    who = decided_by or ANONYMOUS
    replaced = None
    # Two people who left "Your name" empty are both ANONYMOUS: told apart by nothing, each is told.
    if before is not None and before.status in db.HUMAN_STATUSES and before.status != status \
            and (before.decided_by != who or who == ANONYMOUS):
        replaced = {"status": before.status, "decided_by": before.decided_by}
    db.record_decision(conn, sku, competitor_product_id, status, decided_by=who)
    return {"id": match_id, "sku": sku, "competitor_product_id": competitor_product_id, "status": status,
            "competitor": competitor, "replaced": replaced}


class RematchAfterAnswers:
    """Re-matches a competitor in the background once a person has given
    `every` answers about its pairs in this web app since its last re-match
    from here: a page of answers, then proposals that learnt from them.

    Why re-match between pages rather than after the whole queue: a rejected
    pair frees both its products, and the re-match puts their next candidates
    in the queue; the answers' model re-scores the pairs like the ones
    answered, and the queue moves on from the kinds already asked about. On
    Amazon-Google, 100 answers given 20 at a time with a re-match between
    them reach a higher F1 than the same 100 answered in one go
    (bench/history/matching.md). The re-match is `storecheck match --competitor NAME`
    in a process of its own, so a large catalogue neither blocks the web
    server nor forks it; a second one for a competitor waits until the first
    has finished (the answers given meanwhile count towards the next). The
    count is kept in this process: a restarted server starts it again."""

    def __init__(self, workspace: Path, every: int):
        self.workspace, self.every = Path(workspace), every
        self._answers: Counter = Counter()
        self._running: dict[str, subprocess.Popen] = {}
        self._lock = threading.Lock()

    def answered(self, competitor: str) -> bool:
        """Count one answer about `competitor`'s pairs; True when it started a re-match."""
        if self.every <= 0:
            return False
        with self._lock:
            self._answers[competitor] += 1
            running = self._running.get(competitor)
            if self._answers[competitor] < self.every or (running is not None and running.poll() is None):
                return False
            self._answers[competitor] = 0
            self._running[competitor] = subprocess.Popen(
                [sys.executable, "-m", "storecheck", "match", "--competitor", competitor,
                 "--workspace", str(self.workspace)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
            return True

    def wait(self, timeout: float | None = None) -> dict[str, int]:
        """Wait for the re-matches started; their exit codes by competitor."""
        with self._lock:
            running = dict(self._running)
        return {name: process.wait(timeout) for name, process in running.items()}
