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
pair was last written, that this run pairs with the same product of ours but does not match, while it
still pairs the two (proposed) and neither product changed since (their listing renamed, ours changed). Any other
demotion of a matched pair stands (the matcher's reading of the pair changed: their product renamed,
its price, our product) and its reason now opens with what it was, so nobody has to compare exports to
see that a pair left the figures. A person's decisions are never here: they are not the matcher's rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

import pandas as pd

# The column of a kept pair's time of writing, kept as its row's time (`updated_at`): the next run reads the
# newcomer as added since, for as long as it stands proposed beside it.
KEPT_SINCE = "kept_since"
KEPT_CLAUSE = "matched before, kept: their listing {} was added since and is proposed beside it; "
REFUSED_CLAUSE = "matched before, kept: their listing {} was added since and a person rejected it for ours; "
DEMOTED_CLAUSE = "matched before (score {:.2f}), for a person now: "
INSTEAD_CLAUSE = "matched before (score {:.2f}); their listing {} added since is matched instead: "


def keep_earlier_matches(found: pd.DataFrame, earlier: Iterable[Any], first_seen: Mapping[int, datetime],
                         names: Mapping[int, str], renamed: Mapping[int, datetime] | None = None,
                         rejected: Mapping[str, list[int]] | None = None,
                         ours_changed: Mapping[str, datetime] | None = None,
                         holds: Callable[[list, set], set] | None = None) -> tuple[pd.DataFrame, list[dict]]:
    """This run's pairs (`found`: sku, competitor_product_id, method, score, status, reason, ...) with the
    matcher's earlier matched pairs (`earlier`: rows with sku, competitor_product_id, method, score, reason,
    updated_at, of listings and products still current) kept matched where a listing first seen after the
    pair was written (`first_seen`, by competitor product id; `names` its name) is paired by this run with
    the same product of ours, not matched; other demotions said in the pair's reason (see the module). A
    pair whose listing was renamed since it was written (`renamed`: the latest rename, by id) is not kept:
    the rename is a cause of its own (`renamed_pairs`). A newcomer a person rejected for the same product
    of ours (`rejected`: sku -> competitor product ids) is answered: the pair it put in doubt stays matched
    (the matcher reads a rejection of a listing it takes for the same product as a rejection of both). A pair
    this run no longer pairs at all is not kept, nor one whose product of ours changed since it was written
    (`ours_changed`: sku -> when its row last changed), nor one the matcher does not match with the newcomers
    set aside (`holds`: given the pairs (sku, competitor product id) and the newcomers' ids, the pairs it
    matches so; review R5).

    Also returns the earlier matched pairs this run does not keep matched, each as {sku, competitor_product_id,
    name, score, now}: `now` the pair's status this run ("proposed"), or None where it found no pair."""
    found = found.reset_index(drop=True)  # (a copy, labelled by position)
    found[KEPT_SINCE] = None
    rows = {(sku, int(pid)): at for at, sku, pid in zip(found.index, found.sku, found.competitor_product_id)}
    by_sku: dict[str, list] = {}
    for at, sku, pid in zip(found.index, found.sku, found.competitor_product_id):
        by_sku.setdefault(sku, []).append((int(pid), at))
    unmatched = []
    candidates = []  # (pair, its row, the clause), kept if `holds` holds
    for pair in earlier:
        pid = int(pair.competitor_product_id)
        at = rows.get((pair.sku, pid))
        if at is not None and found.at[at, "status"] == "matched":
            continue
        newcomers = [(other, where) for other, where in by_sku.get(pair.sku, []) if other != pid
                     and _after(first_seen.get(other), pair.updated_at)]
        now = str(found.at[at, "status"]) if at is not None else None
        sure = [other for other, where in newcomers if found.at[where, "status"] == "matched"]
        if sure:
            if at is not None:
                found.at[at, "reason"] = INSTEAD_CLAUSE.format(pair.score, _quote(names.get(sure[0]))) + str(found.at[at, "reason"])
            unmatched.append({"sku": pair.sku, "competitor_product_id": pid, "name": names.get(pid), "score": pair.score,
                              "now": now})
            continue
        refused = [other for other in (rejected or {}).get(pair.sku, ()) if other != pid
                   and _after(first_seen.get(other), pair.updated_at)]
        # Kept only as this run reads the pair (still paired, with its score and reason now), where neither side
        # changed since it was written: their listing renamed, or our product changed (its size, its name: the
        # newcomer beside it is then no cause, review R5).
        unchanged = not _after((renamed or {}).get(pid), pair.updated_at) \
            and not _after((ours_changed or {}).get(pair.sku), pair.updated_at)
        if (newcomers or refused) and at is not None and unchanged:
            clause = (KEPT_CLAUSE.format(_quote(names.get(newcomers[0][0]))) if newcomers
                      else REFUSED_CLAUSE.format(_quote(names.get(refused[0]))))
            candidates.append((pair, at, clause, {other for other, _ in newcomers} | set(refused)))
            continue
        if at is not None:
            found.at[at, "reason"] = DEMOTED_CLAUSE.format(pair.score) + str(found.at[at, "reason"])
        unmatched.append({"sku": pair.sku, "competitor_product_id": pid, "name": names.get(pid), "score": pair.score,
                          "now": now})
    aside = set().union(*(newcomers for *_, newcomers in candidates)) if candidates else set()
    held = holds([(pair.sku, int(pair.competitor_product_id)) for pair, *_ in candidates], aside) \
        if holds is not None and candidates else {(pair.sku, int(pair.competitor_product_id)) for pair, *_ in candidates}
    for pair, at, clause, _ in candidates:
        if (pair.sku, int(pair.competitor_product_id)) in held:
            found.at[at, "status"] = "matched"
            found.at[at, "reason"] = clause + str(found.at[at, "reason"])
            found.at[at, KEPT_SINCE] = pair.updated_at
        else:
            found.at[at, "reason"] = DEMOTED_CLAUSE.format(pair.score) + str(found.at[at, "reason"])
            unmatched.append({"sku": pair.sku, "competitor_product_id": int(pair.competitor_product_id),
                              "name": names.get(int(pair.competitor_product_id)), "score": pair.score,
                              "now": str(found.at[at, "status"])})
    return found, unmatched


def _after(seen: datetime | None, written: datetime | None) -> bool:
    if seen is None or written is None:
        return False
    if (seen.tzinfo is None) != (written.tzinfo is None):
        seen, written = seen.replace(tzinfo=None), written.replace(tzinfo=None)
    return seen > written


def _quote(name: str | None) -> str:
    return f'"{name}"' if name else "(unnamed)"
