"""What the matcher gets right and wrong on a full-linkage set, by why: the
matched pairs by the clause their reason starts with (in the list of true
pairs or not), and the true pairs missed by where they stand.

    .venv/bin/python bench/matching_misses.py [--only NAME ...] [--data ../shared/data/matching]

Each set or view (the names of `bench/matching_eval.py`, built the same way)
is imported through the real commands into a workspace, then matched with
`benchmark.matching.match_products` on the frames the import wrote, no
answers. Printed per view:

- matched pairs per kind of reason (a sure pair, each other's best by
  wording, another listing of our product, the same product as their
  listing, the same product as our product, a listing left free), each with
  how many the set's list of true pairs holds, and how many of those not in
  it pair two products the list holds nothing for (on Amazon-Google most of
  them read as one product the list leaves out);
- the matched pairs the list does not hold, by how their two titles read:
  the same title (letters and digits), one title holding every word of the
  other (the other adds words: "(jewel case)", a maker's name, a part
  number, or an edition such as "academic"), a shared identifier (GTIN,
  MPN or model code), or none of these. On a view that keeps only part of
  a set's listings (`-tenth`), this says how many of its "wrong" pairs are
  the same product the list leaves out, and how many are guesses;
- the second round's proposals (`SECOND_ROUND_CLAUSE`: each other's best
  among the products the first round left unmatched; proposed, never
  matched), with how many the list holds, counted the same way;
- beside the baseline `bench/matching_eval.py` prints (`beside_baseline`):
  the true pairs each finds that the other does not, the baseline's by
  where they stand in the matcher, and how many of the baseline's pairs the
  list lacks the matcher matched too: what the baseline gets right that the
  matcher does not, on a view under its baseline;
- true pairs missed: never a candidate (and how many of those write a word
  of the other title shortened, `abbreviated_word`); both products left
  unmatched (and how many of those the second round proposes); our product
  matched to other listings (one of them true, or none); the listing
  matched to another product of ours. Each class's candidates by where
  they stand (`standing`): proposed, scored in the review band but not
  kept, or under the review threshold; with the conflict the comparison
  read in them, or else whether they were each other's best candidates or
  another candidate of either scored higher.

Beside each class, the F1 the view would reach were that class mended
perfectly and nothing else moved: its missed pairs matched (the wrong pair
that held our product or the listing given up for it), or its wrong pairs
left unmatched. A ceiling per class, to say which class a mechanism must
reach for a target, not a figure any rule reaches.

A reading for where to look, not a score: the scores are
`bench/matching_eval.py`'s.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import matching_eval as me  # noqa: E402

from benchmark import matching  # noqa: E402
from benchmark.matching.conflicts import _abbreviates  # noqa: E402
from storecheck.config import Matching  # noqa: E402

# A matched pair's kind by the clause its reason opens with (the matcher's own clauses).
KINDS = ((matching.TWIN_CLAUSE, "our product's twin"),
         (matching.SAME_LISTING_CLAUSE, "the same product as their listing"),
         (matching.VARIANT_CLAUSE, "another variant of their listing, on our GTIN or MPN"),
         (matching.ANOTHER_LISTING_CLAUSE, "another listing of our product"),
         (matching.LEFT_FREE_CLAUSE, "a listing left free"),
         (matching.WORDING_CLAUSE, "each other's best, by wording"))


def kind(reason: str) -> str:
    return next((name for head, name in KINDS if reason.startswith(head)), "at the match threshold")


def _words(title: str) -> list[str]:
    return re.findall(r"[^\W_]+", title.casefold())


def f1(true_positives: int, matched: int, true: int) -> float:
    return 2 * true_positives / (matched + true) if matched + true else 0.0


def title_reading(ours: str, theirs: str, method: str) -> str:
    """How two titles of a matched pair read beside each other, plainly: the
    same title, one holding every word of the other, a shared identifier
    (the pair's method), or none of these."""
    a, b = _words(ours), _words(theirs)
    if a == b:
        return "the same title"
    if set(a) <= set(b) or set(b) <= set(a):
        return "one title holds every word of the other"
    if method in ("gtin", "mpn", "model"):
        return "a shared identifier"
    return "none of these"


READINGS = ("the same title", "one title holds every word of the other", "a shared identifier", "none of these")


def reading(data: me.LinkageSet, folder: Path) -> None:
    ours, theirs = me.workspace_frames(me.imported(data, folder))
    truth = data.truth
    key = dict(zip(theirs.competitor_product_id, theirs.key))
    # The thresholds a workspace's matching runs with (storecheck.toml's defaults, declared once in the config).
    settings = Matching()
    found = matching.match_products(ours, theirs, match_threshold=settings.match_threshold,
                                    review_threshold=settings.review_threshold)
    matched = found[found.status == "matched"]
    pairs = [(s, key[p], kind(r)) for s, p, r in zip(matched.sku, matched.competitor_product_id, matched.reason)]
    listed_ours, listed_theirs = {a for a, _ in truth}, {b for _, b in truth}

    def counted(these: list) -> str:
        wrong = [(s, k) for s, k in these if (s, k) not in truth]
        return (f"{len(these)} ({len(these) - len(wrong)} in the list; of the {len(wrong)} not in it, "
                f"{sum(s not in listed_ours and k not in listed_theirs for s, k in wrong)} pair two products the list "
                f"holds nothing for)")

    print(f"{data.name}: {len(pairs)} pairs matched, {sum((s, k) in truth for s, k, _ in pairs)} in the list of true "
          f"pairs ({len(truth)})")
    for name in sorted({k for _, _, k in pairs}):
        print(f"  {name}: {counted([(s, k) for s, k, n in pairs if n == name])}")
    our_names, their_names = dict(zip(ours.sku, ours["name"])), dict(zip(theirs.competitor_product_id, theirs["name"]))
    read = Counter(title_reading(str(our_names[s]), str(their_names[p]), m)
                   for s, p, m in zip(matched.sku, matched.competitor_product_id, matched.method)
                   if (s, key[p]) not in truth)
    print(f"  matched, not in the list ({sum(read.values())}), by how the two titles read: "
          + ", ".join(f"{name} {read[name]}" for name in READINGS))
    tp, m, t = sum((s, k) in truth for s, k, _ in pairs), len(pairs), len(truth)
    print("    F1 were each reading's pairs left unmatched, the rest as they are (what a rule that took them out "
          "could reach at best): " + ", ".join(f"{name} {f1(tp, m - read[name], t):.3f}" for name in READINGS)
          + f" (now {f1(tp, m, t):.3f})")
    second = found[found.reason.str.startswith(matching.SECOND_ROUND_CLAUSE)]
    proposed = {(s, key[p]) for s, p in zip(second.sku, second.competitor_product_id)}
    print(f"  the second round's proposals (not matched): {counted(list(proposed))}")
    signals = matching.candidate_signals(ours, theirs)
    candidates = set(zip(signals.sku, signals.competitor_product_id.map(key)))
    ours_to: dict = {}
    theirs_to: dict = {}
    for s, k, _ in pairs:
        ours_to.setdefault(s, set()).add(k)
        theirs_to.setdefault(k, set()).add(s)
    missed = Counter()
    replaced: Counter = Counter()
    left_proposed = 0  # true pairs of two products left unmatched that the second round proposes
    # Where each missed candidate stands: its score band (or proposed) and the conflict the comparison read.
    stands: dict[str, Counter] = {}
    signal = {(s, key[p]): row for s, p, row in zip(signals.sku, signals.competitor_product_id,
                                                     signals.itertuples(index=False))}
    asked = {(s, key[p]) for s, p, st in zip(found.sku, found.competitor_product_id, found.status) if st == "proposed"}
    never = []
    # Each product's best candidate score: a missed pair that is each other's best lost to no other candidate.
    best_ours = signals.groupby("sku").score.max().to_dict()
    best_theirs = signals.assign(k=signals.competitor_product_id.map(key)).groupby("k").score.max().to_dict()
    for s, k in truth:
        if k in ours_to.get(s, ()):
            continue
        if (s, k) not in candidates:
            name = "never a candidate"
            never.append((s, k))
        elif s in ours_to:
            name = ("our product matched to other listings, one of them true" if any((s, x) in truth for x in ours_to[s])
                    else "our product matched to other listings, none true")
        elif k in theirs_to:
            name = "the listing matched to another product of ours"
        else:
            name = "both left unmatched"
            left_proposed += (s, k) in proposed
        missed[name] += 1
        # A wrong pair that held our product (one listing of ours, none true) or the listing gives its place up.
        gives_up = name == "our product matched to other listings, none true" or (
            name == "the listing matched to another product of ours" and not any((x, k) in truth for x in theirs_to[k]))
        replaced[name] += gives_up
        if (s, k) in signal:
            row = signal[(s, k)]
            where = standing(row, (s, k) in asked, best_ours[s] <= row.score and best_theirs[k] <= row.score,
                             settings.review_threshold)
            stands.setdefault(name, Counter())[where] += 1
            replaced[(name, where)] += gives_up
    # Before the missed classes, which readers of this output take to run to its end.
    matched_set = {(s, k) for s, k, _ in pairs}
    print(beside_baseline(data, matched_set, lambda pair: (
        standing(signal[pair], pair in asked, best_ours[pair[0]] <= signal[pair].score
                 and best_theirs[pair[1]] <= signal[pair].score, settings.review_threshold)
        if pair in signal else "never a candidate")))
    print(f"  true pairs missed: {sum(missed.values())}; after each class, the F1 were its pairs all matched and "
          f"nothing else moved (a pair that took our product's or the listing's place, not in the list, given up "
          f"for it)")
    for name, count in missed.most_common():
        print(f"    {name}: {count} (F1 {f1(tp + count, m + count - replaced[name], t):.3f})")
        if name == "both left unmatched":
            print(f"      of them proposed by the second round: {left_proposed}")
        if name == "never a candidate":
            their_key_names = {key[p]: their_names[p] for p in theirs.competitor_product_id}
            shortened = sum(abbreviated_word(str(our_names[s]), str(their_key_names[k])) for s, k in never
                            if s in our_names and k in their_key_names)
            print(f"      one title writing a word of the other shortened (its first letters, the letters of "
                  f"its start in order, or initials): {shortened} (F1 {f1(tp + shortened, m + shortened, t):.3f})")
        for where, n in sorted(stands.get(name, Counter()).items(), key=lambda item: (-item[1], item[0])):
            print(f"      {where}: {n} (F1 {f1(tp + n, m + n - replaced[(name, where)], t):.3f})")



def beside_baseline(data: me.LinkageSet, matched: set, stands) -> str:
    """The matcher's pairs beside the baseline's (`matching_eval.baseline`, computed here as there): how many
    true pairs each finds that the other does not, where the baseline's own stand in the matcher (`stands`, a
    pair -> `standing`), and how many of the baseline's pairs the list lacks the matcher matched too. On a
    view under its baseline this says what the baseline gets right that the matcher does not, and whether the
    baseline's lead is pairs of the list or pairs both count wrong by it."""
    truth = data.truth
    base = me.baseline(me.read_side(data.ours)[0], me.read_side(data.theirs)[0])
    alone = (base & truth) - matched
    where = Counter(stands(pair) for pair in alone)
    lacking = base - truth
    tp, m, t = len(matched & truth), len(matched), len(truth)
    lines = [f"  beside the baseline (TF-IDF char 3-5-grams, mutual best, cosine >= {me.BASELINE_COSINE}): "
             f"{len(base)} pairs, {len(base & truth)} in the list (F1 {f1(len(base & truth), len(base), t):.3f}); "
             f"the true pairs both match {len(base & matched & truth)}, the matcher alone "
             f"{len(matched & truth - base)}, the baseline alone {len(alone)} (F1 "
             f"{f1(tp + len(alone), m + len(alone), t):.3f} were those matched too, nothing else moved); of the "
             f"baseline's {len(lacking)} pairs the list lacks, the matcher matched {len(lacking & matched)}",
             "    the baseline's true pairs the matcher does not match, by where they stand in it:"]
    lines += [f"      {name}: {n}" for name, n in sorted(where.items(), key=lambda item: (-item[1], item[0]))]
    return "\n".join(lines)


def standing(row, asked: bool, each_others_best: bool, review_threshold: float) -> str:
    """Where a missed candidate stands: proposed, in the review band but not
    kept (another pair took one of its products first), or under the review
    threshold; with the first conflict the comparison read in it, or else
    whether the two were each other's best candidates (by score, ties
    included) or another candidate of either scored higher."""
    band = ("proposed" if asked else "scored in the review band or above, not kept"
            if row.score >= review_threshold else "under the review threshold")
    conflict = next((name for name in matching.scoring.CONFLICTS if getattr(row, name) > 0), None)
    if conflict:
        return f"{band}, conflict: {conflict}"
    return f"{band}, no conflict, " + ("each other's best" if each_others_best else "another candidate higher")


def abbreviated_word(ours: str, theirs: str) -> bool:
    """Does one title write a word of the other shortened: a word of two
    letters or more found on its side alone that the comparison reads as an
    abbreviation of a word found on the other side alone (`conflicts._abbreviates`:
    "upg" / "upgrade", "ms" / "microsoft", "dlx" / "deluxe"; a plural's stem
    too), or that spells the initials of a run of them ("sbe" / "small
    business edition")."""
    a, b = _words(ours), _words(theirs)
    only_a, only_b = [w for w in a if w not in b], [w for w in b if w not in a]
    for short, long_side in ((only_a, only_b), (only_b, only_a)):
        for word in short:
            if len(word) < 2 or not word.isalpha():
                continue
            if any(w != word and _abbreviates(word, w) for w in long_side):
                return True
            if any("".join(w[0] for w in long_side[n : n + len(word)]) == word for n in range(len(long_side))):
                return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=me.DEFAULT_DATA)
    parser.add_argument("--only", nargs="*", default=["amazon-google", "amazon-google-swapped"],
                        help="sets or views by name (default: amazon-google and its swapped view)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        views = {v.name: v for v in me.linkage_views(args.data, {"sets", *me.VIEW_KINDS}, Path(folder))}
        for name in args.only:
            if name not in views:
                parser.error(f"no set or view named {name!r}")
            with tempfile.TemporaryDirectory() as work:
                reading(views[name], Path(work))


if __name__ == "__main__":
    main()
