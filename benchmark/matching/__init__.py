"""Link competitors' products to ours.

`match_products` works in layers, each documented where it happens:

1. a person's decisions (confirmed / rejected) win and survive every re-match;
   a rejection also holds for the listings that are the same product as the
   rejected one (layer 6's near-duplicate test), so a person is not asked
   about the same product twice, unless such a listing shares our GTIN or MPN;
   a match the rules were sure of that a rejection of its copy takes out is
   proposed, not lost unseen (`assignment.undone_matches`);
2. identifiers: a valid GTIN-14 on both sides (a competitor's sku counts when it
   is a valid GTIN), the same MPN, or a model code found in both titles
   ("KDL-40V4100", "ELPLP12"). An MPN field is read as the part number it
   holds ("M531 Red" is M531; "Mini Film 2pk" holds none: `_text.part_number`),
   found in the other title however it is split or padded there ("New-7653",
   "HP 61", "06622": `codes._written_in`); two codes built on one long
   number with a shop's letters around it are one ("PE222604" /
   "EDGDM-222604-PE": `codes._same_number`); a long part number on one
   product of each side outweighs brand fields written apart (a parent
   company, a reseller: `codes._distinctive`), and under one MPN other
   codes of the titles that differ weigh half (standards, connectors);
3. candidates by blocking: a TF-IDF index of title tokens (with brand and
   model codes as tokens), queried with each product's rarest tokens in both
   directions, so all pairs are never compared;
4. a scored comparison of each candidate pair: title similarity (TF-IDF cosine
   and rapidfuzz), brand, model-code agreement and conflict, bare numbers,
   sizes with units (64 GB vs 128 GB), pack size and price-ratio sanity; an
   accessory that names the other product's code after "for" / "compatible
   with" / "replacement" ("diffuser for the Nikon SB-700" vs the SB-700) and a
   variant word on one side only after a shared code ("F1A75-M Pro" vs
   "F1A75-M") are conflicts, not agreements; a year or year range ("1974-up")
   is never a model code; with no identifier shared, two titles of one brand
   that agree on most words but each have a word or two the other lacks
   ("Cherry veneer" vs "Walnut veneer", "Crisps Paprika" vs "Crisps Salt &
   Vinegar") are variants (`_word_conflict`; an abbreviation such as "Choc",
   "Org." agrees with its word, and words used by many of a side's brands,
   "organic", "original", are left out: `_drop_common_words`); a multipack
   ("6x200ml") is a pack of 6 items of 200 ml; two MPNs of different kinds
   (a bare item number against a letter code, or a name in the field) come
   from different numbering schemes and weigh less than two part numbers
   (`_other_scheme`);
5. calibration per competitor (`calibration`): below the match threshold, a
   pair no identifier decided is matched by its wording when, among that
   competitor's listings, the two are each other's unique best, with no
   conflict, prices as close as on the competitor's sure matches, and a score
   above the competitor's typical best wrong one (or under it, when a second
   view of the titles, their character n-grams, agrees), where this
   competitor's own data shows such matches right more often than wrong
   (`calibration.wording_evidence`: how many such pairs the same candidates
   make with each product's best taken away, and how often our products
   whose counterpart is sure still find one with it taken away, at the upper
   end of its confidence interval; no sure match, no evidence: two shops
   that sell nothing alike get no price index from neighbours, whose pairs
   are proposed from the review threshold up as any other); the words its sure matches leave on one
   side only are how a shop writes ("jewel case"), and no "one word differs"
   conflict; a listing whose own best is our product by a clear margin is
   linked as another listing of it (many-to-one). A fixed
   threshold on title similarity cannot hold across catalogues whose shops
   word things differently; these tests are relative to the data in front of
   the matcher;
6. assignment per competitor, best score first: each competitor listing goes
   to one of our products (and its twins, below), and each of ours takes one listing, plus
   any other free listing that is the same product listed again (a
   near-duplicate of that listing by the same comparison, with the same pack
   size (so a multipack is not the single item), no variant model code and
   no colour, size or capacity apart; `_DuplicateListings`), or that the
   calibration linked. A listing alike but for a colour or size is another
   variant the shop sells apart: it is proposed, matched only on our GTIN
   or MPN, and a person's answer about one colour does not reach it.
   Marketplaces list one product several times, and `analysis.pairs_frame`
   keeps one pair per product and competitor for the price figures, so the
   extra pairs add evidence without counting a product twice in the prices. The other way
   round, a listing also goes to another product of ours with the same GTIN,
   MPN or title as the one it went to (our catalogue listing one product
   twice; `assignment`), or to one whose clear best it is
   (`calibration.mirrored_matches`) where our two products are one product
   by the same comparison; a flagged pair whose listing the one-to-one pass
   left free is matched from the review threshold up. A listing
   that duplicates one a person confirmed is matched with it;
7. thresholds: at or above `match_threshold` (or by the calibration) matched,
   at or above `review_threshold` proposed for a person, below dropped
   (but for the calibration's pairs under it that are not matched: its
   candidates under the wording floor, and a pair of ours flagged as the
   mirror of many-to-one left free by the one-to-one pass, both proposed);
   last, among the products no pair matched, two that are each other's
   best by wording among them (`calibration.second_round`: their first
   choice went to another product) are proposed where no pair of theirs was.
   A pair no score settles is proposed whatever its score (`unsettled`): one
   title on several products of each side with nothing else to tell them
   apart, or a GTIN on a listing whose title is plainly another of ours.

The weights of the comparison are set by hand from what each signal means,
and were chosen while reading Walmart-Amazon and WDC Products pairs, the
calibration while reading Amazon-Google (see bench/README.md). Once a person
has confirmed and rejected enough pairs of a competitor, a small logistic
regression over the same signals (FEATURES) and the calibration's
(CALIBRATION_SIGNALS: each other's best, both margins) is fitted to those
answers and re-scores the undecided pairs in the range of scores the person
answered in (`fit_decisions`: with no test against the rule first, which
answers near the boundary turned into a coin toss); what it learns adds
matches, it does not undo the rules'.
Answers about wording candidates move the competitor's floor and identifier
gate of layer 5 (`answers.py`); where wording is evidence, the candidates
under the floor are proposed, so that a person can be asked about them.
Proposals are put to a person closest-to-the-boundary first, spread over
kinds of pair and products of ours (`review_order.review_queue`). A model code carried by more than MAX_CODE_PRODUCTS
products on either side is a series or a standard, not an identifier, unless the catalogues tie it
to one listing of a model a shop lists several times (`codes._identifies`).

The stages live in files named by them, in the order of the layers above:
`decisions` (layer 1, a person's decisions read once), `features`
(inputs, each product's features, the words common to many brands),
`code_owners` (what the catalogues say about each model code: how many
products carry it, what tells one code's listings apart), with the readings
it gathers from `code_spellings` (codes written otherwise: short, apart, a
maker's name with digits, extended), `makers_numbers` (a maker's digits that
name a model) and `shop_suffixes` (a shop's own ending on a maker's codes, and a
maker's suffix written apart after a code, which one shop's listings show),
`candidates` (blocking), `scoring` (one pair compared; the rules
that tell two products apart in `conflicts`, how two model codes agree in
`codes`), `calibration` (what one competitor's data says about wording),
`answers` (what answers say about the wording boundary), `learning` (a model
fitted to a person's answers), `assignment` (which pairs are kept),
`statuses` (layer 7: each kept pair matched or proposed, and why; the
second round's proposals), `unsettled` (the pairs no score settles); `review_order` (which proposal a person answers
first) and `given_pairs` (`score_pairs`: the comparison on pairs given, not
found) serve the review and the benchmarks; `_processes` runs the large
loops in worker processes (PARALLEL_MIN_ROWS products, PARALLEL_MIN_PAIRS
pairs and up).

Inputs are frames:
- ours: sku, name, brand, category, gtin (GTIN-14 or None), mpn, size, price
- theirs: competitor_product_id, name, brand, category, gtin, mpn, sku, size, price, unit_price
- either may hold `condition`, the condition its shop states (new, used, refurbished, damaged), which
  `statuses.Conditions` prefers to the title's reading
- decisions: sku, competitor_product_id, status in {confirmed, rejected}
Output: a frame of MATCH_COLUMNS plus `equivalent` (a match across pack sizes,
to be compared on unit price).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from benchmark.matching._processes import (PARALLEL_MIN_PAIRS, PARALLEL_MIN_ROWS, _cycle_collector_paused,
                                           _in_background, _workers)
from benchmark.matching.answers import wording_boundary
from benchmark.matching.assignment import Catalogue, apply_decisions, assign_competitor
from benchmark.matching.calibration import (WordingTests, calibration_signals, mirrored_matches, naming_other_makers,
                                            pair_arrays, second_round, style_words, unproven_candidates,
                                            wording_candidates,
                                            wording_evidence, wording_matches, wording_tests)
from benchmark.matching.candidates import (CANDIDATES, _candidates, _shared_keys, _similarity, _vectors_task,
                                           candidate_pairs)
from benchmark.matching.currencies import in_our_currency
from benchmark.matching.decisions import Decisions, read_decisions
from benchmark.matching.code_owners import MAX_CODE_PRODUCTS, _code_owners
from benchmark.matching.features import _drop_common_words, _features_of, _frame, _gtin_owners, _gtins
from benchmark.matching.given_pairs import score_pairs
from benchmark.matching.learning import MIN_DECISIONS, fit_decisions, learnt_scores
from benchmark.matching.model_names import named_models
from benchmark.matching.review_order import review_priority, review_queue
from benchmark.matching.scoring import _CONFLICT_COLUMNS, _METHODS, _WORD_CONFLICT, FEATURES, _compare_all, _reason_of, _replace_rows, compare
from benchmark.matching.statuses import (ANOTHER_LISTING_CLAUSE, LEFT_FREE_CLAUSE, MATCH_COLUMNS, OUTPUT_COLUMNS,
                                         REJECTED_COPY_CLAUSE, SAME_LISTING_CLAUSE, SECOND_ROUND_CLAUSE, TWIN_CLAUSE,
                                         VARIANT_CLAUSE, WORDING_CLAUSE, Conditions, Products, Readings, chosen_rows,
                                         left_unmatched, second_round_rows, undone_rows)
from benchmark.matching.two_languages import named_in_two_languages
from benchmark.matching.unsettled import unsettled
from benchmark.matching.vocabulary import read_their_words

__all__ = [
    "ANOTHER_LISTING_CLAUSE", "CANDIDATES", "FEATURES", "LEFT_FREE_CLAUSE", "MATCH_COLUMNS", "MAX_CODE_PRODUCTS",
    "MIN_DECISIONS", "OUTPUT_COLUMNS", "PARALLEL_MIN_PAIRS", "PARALLEL_MIN_ROWS", "REJECTED_COPY_CLAUSE",
    "SAME_LISTING_CLAUSE", "SECOND_ROUND_CLAUSE", "TWIN_CLAUSE", "VARIANT_CLAUSE", "WORDING_CLAUSE", "apply_decisions",
    "candidate_pairs", "candidate_signals", "compare", "fit_decisions", "match_products", "review_priority",
    "review_queue", "score_pairs",
]


@_cycle_collector_paused
def match_products(
    ours: pd.DataFrame,
    theirs: pd.DataFrame,
    *,
    decisions: pd.DataFrame | None = None,
    match_threshold: float = 0.85,
    review_threshold: float = 0.6,
    candidates: int = CANDIDATES,
    learn: bool = True,
    min_decisions: int = MIN_DECISIONS,
    workers: int = 0,
    rates: Mapping[str, float] | None = None,
    read: dict | None = None,
) -> pd.DataFrame:
    """Pairs of our sku and one competitor's product, scored, assigned (one
    listing per product of ours, plus the listings that duplicate it; a listing
    to one of ours, and to those of ours with its GTIN, MPN or title) and split
    by the thresholds into matched / proposed (below both: dropped).

    With `learn` and at least `min_decisions` confirmed and as many rejected
    pairs among `decisions` (for products in these frames), the score of every
    undecided pair comes from a model fitted to those decisions (see
    `fit_decisions`). `workers`: processes for the large loops (0: one per core;
    small inputs always run in this process). `rates`: one unit of each currency in ours
    (`[currencies] rates`), for the price checks of a competitor pricing in another one
    (`currencies.py`). `read`: a dict given is filled with what the run read of each product's description, by
    sku and by competitor_product_id ("ours", "theirs": key -> (usable GTIN, the part number its description
    writes as its own, `described_parts`)), for a caller that must tell later whether that reading changed
    (`storecheck.analysis.kept_matches`); the pairs are the same either way."""
    ours = _frame(ours, "sku")
    theirs = _frame(theirs, "competitor_product_id")
    if ours.empty or theirs.empty:
        return pd.DataFrame(columns=OUTPUT_COLUMNS)
    workers = _workers(workers)
    products = Products(ours.sku.tolist(), theirs.competitor_product_id.tolist(), ours["name"].tolist(),
                        theirs["name"].tolist(), ours.condition.tolist(), theirs.condition.tolist())
    # Layer 1: a person's decisions (`decisions.py`).
    person = read_decisions(decisions, products.skus, products.pids)
    # Each side's condition (used, refurbished ...); the answers the learning reads leave out the
    # rejections of pairs whose sides differ in it, or of another offer of our product's listing
    # (`statuses.Conditions`), read once the pairs are scored.
    conditions = Conditions(products)
    # Before any comparison: their prices in our currency, where a rate or their sure pairs say how (`currencies.py`).
    ours, theirs = in_our_currency(ours, theirs, rates, _known_pairs(ours, theirs, person))

    # Layer 3: candidates by blocking (with each product's features, GTINs and the codes' owners),
    # and the pairs a person decided on.
    our_features, their_features, our_gtins, their_gtins, code_owners, (pairs, cosine, x, y) = _prepare_and_block(
        ours, theirs, workers, candidates)
    if read is not None:
        read["ours"] = {k: (g, f.described) for k, g, f in zip(products.skus, our_gtins, our_features)}
        read["theirs"] = {k: (g, f.described) for k, g, f in zip(products.pids, their_gtins, their_features)}
    if learn and person.decided:
        pairs, cosine = _with_decided(pairs, cosine, person.decided, x, y)
    if not pairs:
        return pd.DataFrame(columns=OUTPUT_COLUMNS)

    # Layers 2 and 4: each pair compared (identifiers, then the scored comparison).
    gtin_owners = _gtin_owners(our_gtins)
    # The answers the learning reads are known once the pairs are scored: at most the person's.
    keep_features = learn and len(person.decided) >= 2 * max(1, min_decisions)
    result, style = _compare_competitor(pairs, cosine, our_features, their_features, our_gtins, their_gtins,
                                        gtin_owners, code_owners, workers, match_threshold,
                                        keep_reasons=review_threshold, keep_features=keep_features)
    # Layer 4, again: this competitor's own words, learned from the pairs its identifiers decide (`vocabulary`).
    read = read_their_words(pairs, cosine, result, x, y, our_features, their_features, our_gtins, their_gtins,
                            gtin_owners, code_owners, workers, match_threshold, candidates,
                            keep_reasons=review_threshold, keep_features=keep_features, style_words=style)
    pairs, cosine, result, their_features, x, y = read.pairs, read.cosine, read.result, read.theirs, read.x, read.y
    scores, methods, equivalents, ambiguous, features, reasons, conflicted, word_conflicted = result
    answers = conditions.answers_to_learn_from(person.decided, pairs, scores) if learn else {}
    # The conditions the kept pairs' statuses read, read on the other core meanwhile (`Conditions.read_ahead`);
    # after the answers, whose pairs' conditions are read here at once.
    conditions.read_ahead(pairs, scores, review_threshold, workers)

    def comparison_reason(n: int) -> str:
        """What the comparison says of pair n, kept from scoring or written now."""
        i, j = pairs[n]
        if reasons[n] is not None:
            return reasons[n]
        said = _reason_of(our_features[i], their_features[j], cosine[n], our_gtins[i], their_gtins[j], gtin_owners,
                          code_owners, style)
        return f"{said}; {read.clauses[n]}" if n in read.clauses else said

    # Pairs no score settles (`unsettled.py`): never matched, and the clause says why.
    for n, clause in unsettled(pairs, cosine, scores, methods, our_features, their_features, our_gtins, their_gtins,
                               products.our_names, match_threshold, review_threshold).items():
        ambiguous[n] = True
        reasons[n] = comparison_reason(n) + f"; {clause}"

    # Layer 5: what this competitor's data, and a person's answers, say about wording.
    wording = _read_wording(pairs, scores, methods, conflicted, our_features, their_features, answers,
                            review_threshold, match_threshold, code_owners.brands,
                            frozenset(code for code, n in code_owners.items() if n > MAX_CODE_PRODUCTS))
    readings = wording.readings
    # One product named in two languages (`two_languages.py`): proposed, never matched, on the
    # maker and numbers the titles share; after the calibration, which reads the scores as scored.
    def other_conflict(n: int) -> bool:
        """Does a rule besides the word rule read pair n as two products?"""
        i, j = pairs[n]
        v = compare(our_features[i], their_features[j], float(cosine[n]), our_gtin=our_gtins[i],
                    their_gtin=their_gtins[j], gtin_owners=gtin_owners, code_owners=code_owners,
                    style_words=style)[5]
        return any(v[c] for c in _CONFLICT_COLUMNS if c != _WORD_CONFLICT)

    # A pair the calibration matches or flags by its wording is left to it; one it only asks about where its
    # gate is unproven is the rule's when the rule reads it (the maker and numbers are evidence of their own).
    flagged = readings.by_wording | readings.listed_again | readings.mirrored | (
        readings.below_floor & (not readings.unproven))
    for n, clause in named_in_two_languages(pairs, scores, methods, conflicted | flagged, our_features,
                                            their_features, review_threshold, x, y, word_conflicted & ~flagged,
                                            other_conflict).items():
        readings.below_floor[n] = False
        scores[n] = review_threshold
        ambiguous[n] = True
        reasons[n] = comparison_reason(n) + f"; {clause}"
        flagged[n] = True
    # A model's name after the maker on one product of each side (`model_names.py`): proposed, never matched.
    for n, clause in named_models(pairs, scores, methods, conflicted, our_features, their_features, review_threshold,
                                  flagged | readings.below_floor, word_conflicted, other_conflict,
                                  (wording.tests.rows, wording.tests.cols)).items():
        readings.below_floor[n] = False
        scores[n] = review_threshold
        ambiguous[n] = True
        reasons[n] = comparison_reason(n) + f"; {clause}"
    if keep_features:
        readings = replace(readings, learnt_notes=_learnt(features, scores, methods, pairs, answers, min_decisions,
                                                          match_threshold))

    # Layer 6: assignment, best first (`assignment.py`).
    scored = _assignable(pairs, scores, methods, equivalents, ambiguous, readings, person, products,
                         review_threshold)
    chosen, same, undone = assign_competitor(scored, person, readings.listed_again, readings.mirrored,
                                             Catalogue(our_features, x, our_gtins),
                                             Catalogue(their_features, y, their_gtins), code_owners, match_threshold,
                                             person.rejected_scores(pairs, scores))

    # Layer 7: each kept pair's status and reason; then the second round among the products left (`statuses.py`).
    rows, kept = chosen_rows(chosen, readings, products, comparison_reason, same, set(person.anchors), conditions,
                             match_threshold, review_threshold)
    left_ours, left_theirs = left_unmatched(kept, person, len(products.skus), len(products.pids))
    rows += undone_rows(undone, pairs, kept, left_ours, left_theirs, products, comparison_reason, methods, scores,
                        equivalents)
    found = second_round(wording.tests, left_ours, left_theirs, review_threshold, wording.speaks,
                         wording.answered_floor)
    rows += second_round_rows(np.flatnonzero(found).tolist(), pairs, kept, person, same, products,
                              comparison_reason, methods, wording.tests.scores, equivalents)
    return pd.DataFrame(rows, columns=OUTPUT_COLUMNS)


def _known_pairs(ours: pd.DataFrame, theirs: pd.DataFrame, person: Decisions) -> Iterator[tuple[int, int]]:
    """(our row, their row) of the pairs known to be one product before any comparison: a GTIN
    both name, and a person's confirmation. Read lazily: only a currency without a rate asks."""
    our_gtins, their_gtins = _gtins(ours, theirs)
    rows: dict[str, list[int]] = {}
    for i, g in enumerate(our_gtins):
        if g:
            rows.setdefault(g, []).append(i)
    for j, g in enumerate(their_gtins):
        for i in rows.get(g, ()) if g else ():
            yield i, j
    yield from (pair for pair, confirmed in person.decided.items() if confirmed)


def _prepare_and_block(ours: pd.DataFrame, theirs: pd.DataFrame, workers: int, k: int) -> tuple:
    """`features._prepare` (each product's features, common words dropped,
    usable GTINs), the model codes' owners (`code_owners._code_owners`) and the
    candidate pairs with the TF-IDF vectors (`candidates._candidates`), of
    frames made by `_frame`.

    The vectors read only the titles' tokens, codes and brands, so they are
    built in a process of their own (`_in_background`) while this one
    reads the GTINs, counts the codes' owners and finds the pairs that share
    a GTIN or a code: one after the other, each of those ran on one core
    while the other waited (bench/history/match-speed.md, eighteenth
    session). The common words are dropped before the fork: dropping them
    rewrites the words of many products, and each page this process writes
    while the other lives is copied, so the machine held about 290 MB more
    in that window, and the writes' page copies made the step cost twice
    its CPU (twentieth session). The same features, vectors and pairs either way."""
    our_features, their_features = _features_of(ours, theirs, workers)
    _drop_common_words(our_features, their_features)
    vectors = _in_background(_vectors_task, len(our_features) + len(their_features), workers, PARALLEL_MIN_ROWS,
                             ours=our_features, theirs=their_features)
    try:
        our_gtins, their_gtins = _gtins(ours, theirs)
        code_owners = _code_owners(our_features, their_features)
        shared = _shared_keys(our_features, their_features, our_gtins, their_gtins, code_owners.suffixes)
        made = vectors.result()
    finally:
        vectors.cancel()
    return our_features, their_features, our_gtins, their_gtins, code_owners, _candidates(
        our_features, their_features, our_gtins, their_gtins, k=k, workers=workers, vectors=made, shared=shared)


def _with_decided(pairs: list, cosine: np.ndarray, decided: dict, x, y) -> tuple[list, np.ndarray]:
    """The candidate pairs and their cosines, with the decided pairs blocking did not find:
    scored too, they teach the model."""
    known = set(pairs)
    extra = [pair for pair in decided if pair not in known]
    if not extra:
        return pairs, cosine
    rows = np.array([i for i, _ in extra], dtype=np.int64)
    cols = np.array([j for _, j in extra], dtype=np.int64)
    return pairs + extra, np.concatenate([cosine, _similarity(x, y, rows, cols)])


@dataclass(frozen=True)
class _Wording:
    """Layer 5's reading of one competitor: the floor-free tests (`tests`),
    whether wording may match (`speaks`), the floor a person's answers set
    (`answered_floor`, None when they moved nothing) and the flags of each
    pair (`readings`, no learnt notes yet)."""

    tests: WordingTests
    speaks: bool
    answered_floor: float | None
    readings: Readings


def _read_wording(pairs: list, scores: np.ndarray, methods: np.ndarray, conflicted: np.ndarray, our_features: list,
                  their_features: list, answers: dict[tuple[int, int], bool], review_threshold: float,
                  match_threshold: float, brands: frozenset[str] = frozenset(),
                  many_codes: frozenset[str] = frozenset()) -> _Wording:
    """Below the match threshold, a pair may still be a match by its wording,
    judged against this competitor's other listings (`calibration`), on the
    hand-set scores: a model learnt from a few answers may add matches, not
    undo these. A person's answers about wording candidates move this
    competitor's floor and identifier gate (`answers.py`); under the floor,
    candidates are proposed so they can be asked about. `answers`: (our row, their row) ->
    confirmed, of the decided pairs the learning reads (none when it is off)."""
    fuzzy = methods == _METHODS.index("fuzzy")
    # The tests of a wording match that need no floor, read once (`calibration.WordingTests`).
    tests = wording_tests(*pair_arrays(pairs), scores, fuzzy, conflicted, our_features, their_features,
                          match_threshold)
    if many_codes:
        # The pairs a model code names that the catalogues write on many listings (`WordingTests.listed_models`).
        by_code = methods == _METHODS.index("model")
        tests = replace(tests, listed_models=np.fromiter(
            (bool(by_code[n]) and not many_codes.isdisjoint(our_features[i].codes & their_features[j].codes)
             for n, (i, j) in enumerate(pairs)), dtype=bool, count=len(pairs)))
    candidates_by_wording = wording_candidates(tests)
    # What the data says about wording (`calibration.wording_evidence`), read once.
    evidence = wording_evidence(tests, review_threshold, match_threshold)
    boundary = wording_boundary(*_answered(pairs, answers, candidates_by_wording, scores),
                                tests.floor(review_threshold), evidence.speaks)
    # Answers move the gate the decoy null sets, never the chance null's (`answers.WordingBoundary`).
    speaks = boundary.speaks and evidence.beats_chance
    answered_floor = boundary.floor if boundary.moved else None
    by_wording, listed_again = wording_matches(tests, our_features, their_features, review_threshold, speaks,
                                               answered_floor)
    # A further listing by wording whose title names another maker than ours: no listing of ours.
    listed_again &= ~naming_other_makers(tests, listed_again, our_features, their_features, brands)
    # Our catalogue listing one product twice: flags, taken by the assignment (`calibration.mirrored_matches`).
    mirrored = mirrored_matches(tests, review_threshold, speaks, answered_floor)
    # Where wording matches this competitor's products (by the data, or the answers),
    # its candidates under the floor are asked about.
    below_floor = (candidates_by_wording & (scores < boundary.floor) if speaks and (by_wording.any() or boundary.moved)
                   else np.zeros(len(pairs), bool))
    # Where the gate's bounds do not let wording match but its nulls at even odds show the candidates right more
    # often than not, and no answer has moved the boundary, a person is asked about them
    # (`WordingEvidence.worth_asking`, `calibration.unproven_candidates`).
    unproven = not speaks and not boundary.moved and evidence.worth_asking
    if unproven:
        below_floor = unproven_candidates(tests, our_features, their_features, review_threshold)
    return _Wording(tests, speaks, answered_floor,
                    Readings(by_wording, listed_again, mirrored, below_floor, boundary.floor, {}, unproven))


def _learnt(features: np.ndarray, scores: np.ndarray, methods: np.ndarray, pairs: list,
            answers: dict[tuple[int, int], bool], min_decisions: int, match_threshold: float) -> dict[int, str]:
    """Raise `scores`, in place, where a model fitted to a person's answers
    scores a pair higher (`learning.learnt_scores`); the note of each pair it raised.

    What a person's answers teach adds to the rules' evidence, it does not
    take from it: a model fitted to 100 answers near the boundary knows
    less about the pairs the rules are sure of than the rules do."""
    hand_set = scores.copy()
    features = np.hstack([features, calibration_signals(pairs, hand_set)])
    notes = learnt_scores(features, scores, methods, pairs, answers, min_decisions, match_threshold)
    notes = {n: note for n, note in notes.items() if scores[n] > hand_set[n]}
    np.maximum(scores, hand_set, out=scores)
    return notes


def _assignable(pairs: list, scores: np.ndarray, methods: np.ndarray, equivalents: np.ndarray,
                ambiguous: np.ndarray, readings: Readings, person: Decisions, products: Products,
                review_threshold: float) -> list[tuple]:
    """The pairs the assignment weighs, as (score, i, j, method, position,
    equivalent, ambiguous): from the review threshold up, or flagged by the
    calibration; never a pair a person rejected, nor a listing a person
    confirmed for a product of ours."""
    flagged = ((scores >= review_threshold) | readings.by_wording | readings.listed_again | readings.mirrored
               | readings.below_floor)
    scored = []
    for n in np.flatnonzero(flagged).tolist():
        i, j = pairs[n]
        if person.rejects(products.skus[i], products.pids[j]) or person.taken(products.pids[j]):
            continue
        scored.append((float(scores[n]), i, j, _METHODS[methods[n]], n, bool(equivalents[n]), bool(ambiguous[n])))
    return scored


def _answered(pairs: list, decided: dict, candidates: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The hand-set scores of the decided pairs among `candidates`, and whether each was confirmed."""
    # Only the candidates are looked up, in order: a loop over every pair
    # (826,000 at 100,000 x 100,000) cost 0.2-0.5 s of the one process, with no decision at all.
    found = ([(n, decided[pairs[n]]) for n in np.flatnonzero(candidates).tolist() if pairs[n] in decided]
             if decided else [])
    return scores[[n for n, _ in found]], np.array([c for _, c in found], dtype=bool)


def _compare_competitor(pairs, cosine, ours, theirs, our_gtins, their_gtins, gtin_owners, code_owners, workers,
                        match_threshold: float, *, keep_reasons: float, keep_features: bool) -> tuple[tuple, frozenset]:
    """`scoring._compare_all` of one competitor's candidate pairs, and its style words: the
    words its sure matches (at `match_threshold`) leave on one side only taken
    as how one of the shops writes titles (`calibration.style_words`): the
    pairs such a word held apart ("one word differs") are compared again without it."""
    result = _compare_all(pairs, cosine, ours, theirs, our_gtins, their_gtins, gtin_owners, code_owners, workers,
                          keep_reasons=keep_reasons, keep_features=keep_features)
    style = style_words(pairs, result[0] >= match_threshold, ours, theirs)
    again = np.flatnonzero(result[7]) if style else []
    if len(again):
        redo = _compare_all([pairs[n] for n in again], cosine[again], ours, theirs, our_gtins, their_gtins,
                            gtin_owners, code_owners, workers, keep_reasons=keep_reasons,
                            keep_features=keep_features, style_words=style)
        _replace_rows(result, again, redo)
    return result, style


@_cycle_collector_paused
def candidate_signals(ours: pd.DataFrame, theirs: pd.DataFrame, *, candidates: int = CANDIDATES,
                      workers: int = 0, match_threshold: float = 0.85) -> pd.DataFrame:
    """Every candidate pair of `match_products` (same features, blocking and
    comparison; no decisions, no assignment) with its method and the numbers
    named in FEATURES (the hand-set score first): for studying what the
    matcher sees, as `bench/matching_eval.py --ceiling` does."""
    ours = _frame(ours, "sku")
    theirs = _frame(theirs, "competitor_product_id")
    columns = ["sku", "competitor_product_id", "method", *FEATURES]
    if ours.empty or theirs.empty:
        return pd.DataFrame(columns=columns)
    workers = _workers(workers)
    our_features, their_features, our_gtins, their_gtins, code_owners, (pairs, cosine, _, _) = _prepare_and_block(
        ours, theirs, workers, candidates)
    if not pairs:
        return pd.DataFrame(columns=columns)
    (_, methods, _, _, features, _, _, _), _ = _compare_competitor(
        pairs, cosine, our_features, their_features, our_gtins, their_gtins, _gtin_owners(our_gtins),
        code_owners, workers, match_threshold, keep_reasons=2.0, keep_features=True)
    found = pd.DataFrame(features, columns=list(FEATURES))
    found.insert(0, "method", [_METHODS[m] for m in methods])
    found.insert(0, "competitor_product_id", theirs.competitor_product_id.to_numpy()[[j for _, j in pairs]])
    found.insert(0, "sku", ours.sku.to_numpy()[[i for i, _ in pairs]])
    return found
