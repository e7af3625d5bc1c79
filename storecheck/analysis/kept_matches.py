"""A pair the matcher matched before, kept matched when a listing the competitor added since is what puts it in doubt.

The matcher reads each competitor's catalogue whole: a listing added beside a matched one ("Substral
nawóz jesienny do trawnika 5 kg" beside "Substral Nawóz do trawnika 5 kg", matched to our lawn
fertiliser) shifts how rare their shared words are and leaves our product two candidates. The next
run proposed both, the matched pair with a reason that did not say why ("titles 82% alike", the week
before matched at 83%): it left the price index and What to copy the week that competitor cut its price
15%, and Range said we lacked the product. What changed is the newcomer, and the question it raises is
about the newcomer: so the earlier pair stays matched, says why, and the newcomer is proposed for a
person beside it (as the matcher proposed it).

Only where the newcomer is the cause as far as the run shows it: a listing first seen after the earlier
pair was matched (its row's time, which a re-match that leaves it matched does not move), that this run pairs with the same product of ours but does not match, while it
still pairs the two (proposed), neither product was renamed, recoded or restated since (`naming`: what the
matcher reads of each side but its price, stored with the pair when it is written), and this run's reading
gives the pair no reason of its own to go to a person: it says nothing of the pair that the reading it was
matched with did not say, but what the newcomer's week says without a reason of the pair's own (`own_reasons`;
review R1 of the thirty-second session). So their prices apart, a used listing, or any verdict of the matcher's,
one it learns later too, stops the keeping; a list of the verdicts' clauses did not (review of the thirty-second
session: a verdict added later had to be added to it by hand). A price change alone keeps
it: shops reprice weekly, and the first form, which read any change to our product's row, dropped the
pair back to review the week we did. The pair is read from what the run already holds: the first form
ran the matcher a second time over the whole catalogue with the newcomers set aside, which doubled the
run's time for that competitor (Amazon-Google, 1,363 x 3,226 through the CLI: 8.7 s, and 8.4 s more)
in any week a matched pair was demoted beside a newcomer. What that second run also read, and this
does not: the rest of the catalogue moving the competitor's wording calibration in the same week (a
pair matched by wording just above the floor, demoted because the floor rose), where the pair is kept
if a newcomer is paired with it too. Any other demotion of a matched pair stands (the matcher's reading
of the pair changed: their product renamed, our product renamed or recoded, their prices apart) and its
reason now opens with what it was, so nobody has to compare exports to see that a pair left the figures.
A person's decisions are never here: they are not the matcher's rows.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cache
from typing import Any

import pandas as pd

# What the matcher reads of a product but its price: a change in one of them may make the pair another product's
# (our lawn fertiliser's 5 kg bag become the 10 kg one, a part number given, their listing now "used"), so a pair
# whose products' naming changed since it was written is not kept. Read from the matcher's own list of the
# columns it reads (`benchmark.matching.features._COLUMNS`), so a column it learns to read is read here too.
PRICE_COLUMNS = ("price", "currency", "unit_price")


# Columns the matcher's frames carry and its rules read nothing of: a change there is no change of which product is
# which. A shop's new menu re-categorises every listing at once, and held in the naming it stopped every kept match
# that week. (tests/test_faults11_kept_categories.py fails if the matcher comes to read one: then it is named again.)
UNREAD_BY_MATCHER = ("category",)


@cache
def named_by() -> tuple[str, ...]:
    """The columns of a product's naming: every column the matcher reads but PRICE_COLUMNS (and the ones its
    frames carry unread, UNREAD_BY_MATCHER)."""
    from benchmark.matching.features import _COLUMNS

    return tuple(c for c in _COLUMNS if c not in PRICE_COLUMNS and c not in UNREAD_BY_MATCHER)

# The column of a kept pair's time of writing, kept as its row's time (`updated_at`): the next run reads the
# newcomer as added since, for as long as it stands proposed beside it.
KEPT_SINCE = "kept_since"
KEPT_CLAUSE = "matched before, kept: their listing {} was added since and is proposed beside it; "
REFUSED_CLAUSE = "matched before, kept: their listing {} was added since and a person rejected it for ours; "
DEMOTED_CLAUSE = "matched before (score {:.2f}), for a person now: "
INSTEAD_CLAUSE = "matched before (score {:.2f}); their listing {} added since is matched instead: "


# The column of `named_by` whose text the naming replaces with what the matcher read of it (`naming`).
DESCRIPTION = "description"


def naming(frame: pd.DataFrame, key: str, read: Mapping[Any, tuple] | None = None) -> dict[Any, str]:
    """Each product's naming (`named_by`) as a short digest, by `key` (sku or competitor_product_id); a pair's
    naming is its two products' digests, ours first (`pair_naming`). Values read as text, so a GTIN read
    as a number one day and as text the next is one naming. Of the description, what the matcher itself read
    there this run (`read`, by key, as `match_products` fills it: the usable GTIN and the part number the
    description writes as the product's own): a stock or delivery line a shop changes weekly is no change of
    what names the product, and the keeping holds no reading of descriptions of its own (review R1, this
    session). A product the reading lacks (`read` None) has its description read as nothing."""
    if frame.empty:
        return {}
    columns = [frame[c] if c in frame.columns else pd.Series([None] * len(frame), index=frame.index)
               for c in named_by()]
    at = named_by().index(DESCRIPTION) if DESCRIPTION in named_by() else None
    found = {}
    for k, *values in zip(frame[key], *columns):
        if at is not None:
            values[at] = json.dumps((read or {}).get(k, ()), ensure_ascii=False, default=str)
        found[k] = _digest(values)
    return found


def pair_naming(ours: Mapping[str, str], theirs: Mapping[int, str], sku: str, pid: int) -> str | None:
    """What named the pair's two products (`naming` of each side), as stored with the pair; None for a product
    not in the frames read."""
    a, b = ours.get(sku), theirs.get(int(pid))
    return a + b if a is not None and b is not None else None


def _digest(values: Iterable[Any]) -> str:
    text = json.dumps(["" if v is None or (isinstance(v, float) and v != v) else str(v).strip() for v in values],
                      ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest()


def _statements(reason: object) -> list[str]:
    """A reason's statements (the clauses the matcher joins with "; "), each with its numbers read as one but the
    prices' ratio (`_priced`). With the naming of both products unchanged (`naming`), what the matcher reads of
    them is the same, so a number of a statement can move only with the score (how alike the titles read, this
    competitor's wording floor, a learnt model's "74% likely" from one more answer), which a newcomer moves, or
    with the prices, which are the pair's own: "prices 3.1x apart" where it was matched at 1.6x is a new statement."""
    if not isinstance(reason, str):
        return []
    priced = _priced()
    statements = [part.strip() for part in reason.split("; ") if part.strip()]
    return [said if priced.match(said) else _UNQUOTED_NUMBER.sub(_as_one, said) for said in statements]


# A number outside the quoted names the matcher writes ("the same product as their listing "Kora 80 l"": another
# listing's name is no number the score moves).
_UNQUOTED_NUMBER = re.compile(r'"[^"]*"|[0-9]+(?:\.[0-9]+)?')


def _as_one(found: re.Match) -> str:
    return found.group(0) if found.group(0).startswith('"') else "#"


@cache
def _priced() -> re.Pattern:
    """The statement the matcher writes of a pair's prices ("prices 3.1x apart"), read from its own writer."""
    from benchmark.matching.scoring import _prices_apart

    return re.compile("^" + re.escape(_prices_apart(1.5)).replace(re.escape("1.5"), r"[0-9]+(?:\.[0-9]+)?") + "$")


@cache
def _said_by_the_score() -> frozenset[str]:
    """The statements the matcher makes of a pair from its score alone (matched by wording, under this
    competitor's wording floor, found among the products left unmatched), read from its own clauses: the
    newcomer's words move the score, so these may come and go the week it is added."""
    from benchmark.matching import statuses
    from benchmark.matching.answers import FLOOR_CLAUSE

    clauses = (statuses.WORDING_CLAUSE, statuses.SECOND_ROUND_CLAUSE, FLOOR_CLAUSE.format(0.5))
    return frozenset(statement for clause in clauses for statement in _statements(clause))


def _of_the_newcomer(newcomers: Iterable[str | None]) -> frozenset[str]:
    """What the matcher says of a pair that is about a newcomer beside it, read from its own clauses: the pair is
    the same product as the newcomer (as a person confirmed it, or not), or another listing of ours besides it."""
    from benchmark.matching import statuses
    from benchmark.matching.assignment import _quote as quoted

    said = set()
    for name in newcomers:
        for clause in (statuses.SAME_LISTING_CLAUSE + quoted(name), statuses.SAME_LISTING_CLAUSE + quoted(name)
                       + " (confirmed by a person)", statuses.ANOTHER_LISTING_CLAUSE + f"besides {quoted(name)}"):
            said.update(_statements(clause))
    return frozenset(said)


def own_reasons(now: object, then: object, newcomers: Iterable[str | None] = ()) -> list[str]:
    """What this run's reading of a pair (`now`, its reason) says that the reading it was matched with (`then`) did
    not, besides what the week a listing (`newcomers`, their names) is added says of it without a reason of the
    pair's own: the numbers the score moves (`_statements`), what the score alone says (`_said_by_the_score`), that
    it is the same product as the newcomer (`_of_the_newcomer`). Anything else is the pair's own reason to go
    to a person (their prices apart, a used listing, another variant, a title several products share ...),
    whichever of the matcher's verdicts says it: the keeping reads no list of them, so a verdict the matcher
    learns later stops it too (a list of them did not: review of the thirty-second session). A pair with no
    reading stored (`then` None) has nothing to be read against: every statement is its own.

    >>> own_reasons("titles 82% alike", "titles 83% alike")
    []
    >>> own_reasons("titles 82% alike; prices 3.1x apart", "titles 83% alike; prices 1.6x apart")
    ['prices 3.1x apart']
    """
    before = set(_statements(then))
    allowed = before | _said_by_the_score() | _of_the_newcomer(newcomers)
    return [statement for statement in _statements(now) if statement not in allowed]


def keep_earlier_matches(found: pd.DataFrame, earlier: Iterable[Any], first_seen: Mapping[int, datetime],
                         names: Mapping[int, str], renamed: Mapping[int, datetime] | None = None,
                         rejected: Mapping[str, list[int]] | None = None,
                         ours_changed: Mapping[str, datetime] | None = None,
                         naming_now: Mapping[tuple[str, int], str | None] | None = None,
                         ) -> tuple[pd.DataFrame, list[dict]]:
    """This run's pairs (`found`: sku, competitor_product_id, method, score, status, reason, ...) with the
    matcher's earlier matched pairs (`earlier`: rows with sku, competitor_product_id, method, score, reason,
    updated_at, of listings and products still current) kept matched where a listing first seen after the
    pair was written (`first_seen`, by competitor product id; `names` its name) is paired by this run with
    the same product of ours, not matched; other demotions said in the pair's reason (see the module). A
    pair whose listing was renamed since it was written (`renamed`: the latest rename, by id) is not kept:
    the rename is a cause of its own (`renamed_pairs`). A newcomer a person rejected for the same product
    of ours (`rejected`: sku -> competitor product ids) is answered: the pair it put in doubt stays matched
    (the matcher reads a rejection of a listing it takes for the same product as a rejection of both). A pair
    this run no longer pairs at all is not kept (review R5), nor one whose products were renamed or recoded
    since it was written (its stored `naming` against `naming_now`, by (sku, competitor product id)), nor one
    whose reading now says what its matched reading (`earlier`'s reason) did not (`own_reasons`). A row stored before the naming was (`naming` None) is kept only
    where neither product's row changed since it was written (`renamed`, `ours_changed`: sku -> when our
    row last changed, its price included).

    Also returns the earlier matched pairs this run does not keep matched, each as {sku, competitor_product_id,
    name, score, now}: `now` the pair's status this run ("proposed"), or None where it found no pair."""
    found = found.reset_index(drop=True)  # (a copy, labelled by position)
    found[KEPT_SINCE] = None
    rows = {(sku, int(pid)): at for at, sku, pid in zip(found.index, found.sku, found.competitor_product_id)}
    by_sku: dict[str, list] = {}
    for at, sku, pid in zip(found.index, found.sku, found.competitor_product_id):
        by_sku.setdefault(sku, []).append((int(pid), at))
    unmatched = []
    for pair in earlier:
        pid = int(pair.competitor_product_id)
        at = rows.get((pair.sku, pid))
        if at is not None and found.at[at, "status"] == "matched":
            continue
        newcomers = [(other, where) for other, where in by_sku.get(pair.sku, []) if other != pid
                     and seen_after(first_seen.get(other), pair.updated_at)]
        now = str(found.at[at, "status"]) if at is not None else None
        sure = [other for other, where in newcomers if found.at[where, "status"] == "matched"]
        if sure:
            if at is not None:
                found.at[at, "reason"] = INSTEAD_CLAUSE.format(pair.score, _quote(names.get(sure[0]))) + str(found.at[at, "reason"])
            unmatched.append({"sku": pair.sku, "competitor_product_id": pid, "name": names.get(pid), "score": pair.score,
                              "now": now})
            continue
        refused = [other for other in (rejected or {}).get(pair.sku, ()) if other != pid
                   and seen_after(first_seen.get(other), pair.updated_at)]
        # Kept only as this run reads the pair (still paired, with its score and reason now), where neither product
        # was renamed, recoded or restated since it was written (the newcomer beside it is then no cause, review
        # R5) and this run's reading gives no reason of the pair's own (their prices apart, a used listing ...).
        if (newcomers or refused) and at is not None and _unchanged(pair, (naming_now or {}).get((pair.sku, pid)),
                                                                  renamed, ours_changed) \
                and not own_reasons(found.at[at, "reason"], getattr(pair, "reason", None),
                                    [names.get(other) for other, _ in newcomers] + [names.get(other) for other in refused]):
            clause = (KEPT_CLAUSE.format(_quote(names.get(newcomers[0][0]))) if newcomers
                      else REFUSED_CLAUSE.format(_quote(names.get(refused[0]))))
            found.at[at, "status"] = "matched"
            found.at[at, "reason"] = clause + str(found.at[at, "reason"])
            found.at[at, KEPT_SINCE] = pair.updated_at
            continue
        if at is not None:
            found.at[at, "reason"] = DEMOTED_CLAUSE.format(pair.score) + str(found.at[at, "reason"])
        unmatched.append({"sku": pair.sku, "competitor_product_id": pid, "name": names.get(pid), "score": pair.score,
                          "now": now})
    return found, unmatched


def _unchanged(pair: Any, now: str | None, renamed: Mapping[int, datetime] | None,
               ours_changed: Mapping[str, datetime] | None) -> bool:
    """Neither product of the earlier `pair` renamed or recoded since it was written: its stored naming is `now`'s;
    for a row stored without one, neither product's row changed since (the safe side: a price change too)."""
    stored = getattr(pair, "naming", None)
    if stored is not None:
        return now is not None and now == stored
    return not seen_after((renamed or {}).get(int(pair.competitor_product_id)), pair.updated_at) \
        and not seen_after((ours_changed or {}).get(pair.sku), pair.updated_at)


def seen_after(seen: datetime | None, written: datetime | None) -> bool:
    """Is `seen` (a listing's first_seen) after `written` (a pair's time of writing)? False where either is unknown."""
    if seen is None or written is None:
        return False
    if (seen.tzinfo is None) != (written.tzinfo is None):
        seen, written = seen.replace(tzinfo=None), written.replace(tzinfo=None)
    return seen > written


def _quote(name: str | None) -> str:
    return f'"{name}"' if name else "(unnamed)"
