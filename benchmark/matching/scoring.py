"""Scoring, layers 2 and 4 of `match_products` (identifiers, then the scored
comparison): one pair compared, as a score 0..1, a method, a reason a
person can read, and the signals behind it (FEATURES).

The title similarity (TF-IDF cosine and rapidfuzz) is the base; identifiers
lift it (the same GTIN, MPN or model code), conflicts pull it down (sibling
model codes, capacities, colours, bare numbers, an accessory that names the
other's code after "for", a variant word on one side, brands, price ratio).
Each adjustment is named in the reason, so a reviewer sees why.

This file holds `compare` and what it weighs itself (the title similarity,
the brands, the prices), and the batch that runs it over every candidate
pair. The rules that tell two products apart are in `conflicts`, how two
model codes agree in `codes`: each rule reads only the two products (and
counts or style words taken from the catalogues), so it is read and tested on its own
(tests/test_matching_rules.py).
"""

from __future__ import annotations

import math
import operator
import re
from itertools import chain

import numpy as np
from rapidfuzz import fuzz

from benchmark._text import Features
from benchmark.matching._processes import PARALLEL_MIN_PAIRS, _SHARED, _in_processes
from benchmark.matching.codes import (
    MPN_SUFFIX_PENALTY, SCHEME_PENALTY, _codes_agree, _codes_besides, _distinctive, _named_apart, _other_scheme, _shared_code,
    _shared_number, _shop_suffixed, _siblings,
    _unpadded,
)
from benchmark.matching.conflicts import (
    ACCESSORY_PENALTY, EDITION_PENALTY, SAME_KIND_PENALTY, VARIANT_PENALTY, WORD_PENALTY, _accessory, _battery_conflict,
    _code_conflict, _count_conflict, _direction_conflict, _edition_conflict, _game_edition_conflict, _number_conflict,
    _platform_conflict, _quantities_apart, _scent_conflict, _show, _size_conflict, _stage_conflict, _variant_conflict,
    _word_conflict,
)
from benchmark.matching.shop_suffixes import suffix_word_apart

_METHODS = ("gtin", "mpn", "model", "fuzzy")
_NONE: frozenset = frozenset()


def _compare_task(start: int, stop: int) -> list:
    """Compare pairs[start:stop]; returned compactly (arrays, and a reason only
    where the score reaches `keep_reasons`), since there are millions at scale.
    Gathered in lists and made arrays once: a numpy row set per pair cost a
    tenth of the comparison."""
    s = _SHARED
    rows, cols, cosine, a, b = s["rows"], s["cols"], s["cosine"], s["ours"], s["theirs"]
    our_gtins, their_gtins, floor = s["our_gtins"], s["their_gtins"], s["keep_reasons"]
    gtin_owners, code_owners, style_words = s["gtin_owners"], s["code_owners"], s["style_words"]
    keep_features = s["keep_features"]
    # `compare`'s defaults read once, and `_compare` called with its arguments in order: ten arguments
    # by keyword were about a hundredth of the comparison's instructions (bench/history/match-speed.md, thirty-seventh
    # session).
    gtin_owners, code_owners = gtin_owners or {}, code_owners if code_owners is not None else {}
    scores, methods, flags, features = [], [], [], []
    reasons: list[str | None] = []
    # Each title's words sorted (`_sorted_words`), once a product in this process, for all its chunks:
    # our product's for its pairs in a row (the pairs come ordered by our product), their listing's kept.
    theirs_sorted = s.setdefault("_theirs_sorted", {})
    last, ours_sorted = -1, None
    for i, j, similarity in zip(rows[start:stop].tolist(), cols[start:stop].tolist(), cosine[start:stop].tolist()):
        if i != last:
            last, ours_sorted = i, _sorted_words(a[i].text)
        if (sorted_b := theirs_sorted.get(j, _UNREAD)) is _UNREAD:
            sorted_b = theirs_sorted[j] = _sorted_words(b[j].text)
        score, method, reason, equivalent, ambiguous, v = _compare(
            a[i], b[j], similarity, our_gtins[i], their_gtins[j], gtin_owners, code_owners, style_words, floor,
            (ours_sorted, sorted_b))
        scores.append(score)
        methods.append(_METHOD_NUMBERS[method])
        flags.append((equivalent, ambiguous, any(_conflict_values(v)), v[_WORD_CONFLICT] > 0))
        if keep_features:
            features.append(v)
        reasons.append(reason)
    return [(np.array(scores, dtype=np.float64), np.array(methods, dtype=np.int8),
             np.array(flags, dtype=bool).reshape(len(scores), 4),
             np.array(features, dtype=np.float32).reshape(len(scores), len(FEATURES)) if keep_features else None,
             reasons)]


def _compare_all(pairs, cosine, ours, theirs, our_gtins, their_gtins, gtin_owners, code_owners, workers, *,
                 keep_reasons: float, keep_features: bool, style_words: frozenset[str] = frozenset()):
    """scores, method indexes (_METHODS), equivalent, ambiguous, features (or None), reasons, conflicted
    (any of CONFLICTS) and word-conflicted (`_word_conflict`) of all pairs.

    The pairs are read as two arrays of product numbers: a forked worker that
    reads a Python object writes its reference count, and the page it is on
    is then held twice, once for the worker and once for this process. The
    list of pairs (a tuple and two numbers each, 90 MB at 100,000 x
    100,000) was read whole by this process and the worker, so held twice
    while they compared; an array's numbers are read without writing a page
    (bench/history/match-speed.md, twenty-first session)."""
    rows = np.fromiter(chain.from_iterable(pairs), dtype=np.int64, count=2 * len(pairs)).reshape(-1, 2).T
    parts = _in_processes(
        _compare_task, len(pairs), workers, PARALLEL_MIN_PAIRS, rows=rows[0], cols=rows[1], cosine=cosine,
        ours=ours, theirs=theirs,
        our_gtins=our_gtins, their_gtins=their_gtins, gtin_owners=gtin_owners, code_owners=code_owners,
        keep_reasons=keep_reasons, keep_features=keep_features, style_words=style_words,
    )
    flags = np.concatenate([p[2] for p in parts])
    features = np.concatenate([p[3] for p in parts]).astype(np.float64) if keep_features else None
    reasons = [r for p in parts for r in p[4]]
    return (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]), flags[:, 0], flags[:, 1],
            features, reasons, flags[:, 2], flags[:, 3])


def _replace_rows(result: tuple, rows: np.ndarray, redo: tuple) -> None:
    """Put `redo` (`_compare_all` of the pairs at `rows`) in place of those rows of `result`, in place."""
    for old, new in zip(result, redo):
        if old is None:
            continue
        if isinstance(old, list):
            for n, value in zip(rows.tolist(), new):
                old[n] = value
        else:
            old[rows] = new


def _reason_of(a, b, cosine, our_gtin, their_gtin, gtin_owners, code_owners, style_words=frozenset()) -> str:
    return compare(a, b, float(cosine), our_gtin=our_gtin, their_gtin=their_gtin, gtin_owners=gtin_owners,
                   code_owners=code_owners, style_words=style_words)[2]


# What `compare` measures about a pair, as numbers: the hand-set score and the
# signals behind it. A model learnt from a person's decisions reads these.
FEATURES = (
    "score", "text", "cosine", "token_set", "token_sort", "brand_same", "brand_conflict", "gtin_same", "gtin_differ",
    "mpn_same", "shared_code", "mpn_sibling", "mpn_differ", "code_conflict", "bytes_conflict", "quantity_conflict",
    "colour_conflict", "dimension_conflict", "number_conflict", "compatible_mismatch", "equivalent",
    "log_price_ratio", "price_unknown", "ambiguous", "accessory", "variant_conflict", "word_conflict",
    "edition_conflict",
)
_F = {name: n for n, name in enumerate(FEATURES)}
# Conflicts that make two listings variants of one line, each with how the reason says it.
_VARIANT_CONFLICTS = ((_size_conflict, "sizes differ"), (_stage_conflict, "made for another use"),
                      (_direction_conflict, "directions differ"), (_battery_conflict, "batteries differ"),
                      (_scent_conflict, "concentrations differ"), (_platform_conflict, "consoles differ"),
                      (_game_edition_conflict, "editions differ"), (_count_conflict, "counts or ranges differ"))
# The field each of them reads, in their order. Each finds nothing unless both titles read its kind
# of thing (a title that names no size, stage, console... is one listing for all of them): a pair
# where either side reads none of them is spared the eight calls, a fifteenth of the comparison
# where nearly every title reads none (bench/history/match-speed.md, twenty-third session;
# tests/test_matching_rules.py holds each rule to it).
_VARIANT_FIELD_NAMES = ("sizes", "stages", "ends", "battery", "scent", "consoles", "game_edition", "joined_counts")
_VARIANT_FIELDS = operator.attrgetter(*_VARIANT_FIELD_NAMES)
_NO_VARIANT_FIELDS = tuple(Features.__dataclass_fields__[name].default for name in _VARIANT_FIELD_NAMES)
# The signals that say two products differ: each is a reason to doubt a pair
# whatever its wording (a model learnt from answers may only weigh them down).
CONFLICTS = ("brand_conflict", "gtin_differ", "mpn_sibling", "mpn_differ", "code_conflict", "bytes_conflict",
             "quantity_conflict", "colour_conflict", "dimension_conflict", "number_conflict", "compatible_mismatch",
             "accessory", "variant_conflict", "word_conflict", "edition_conflict")
_CONFLICT_COLUMNS = tuple(_F[name] for name in CONFLICTS)
_conflict_values = operator.itemgetter(*_CONFLICT_COLUMNS)
_METHOD_NUMBERS = {method: n for n, method in enumerate(_METHODS)}
_WORD_CONFLICT = _F["word_conflict"]


def compare(
    a: Features, b: Features, cosine: float, *, our_gtin: str | None = None, their_gtin: str | None = None,
    gtin_owners: dict | None = None, code_owners: dict | None = None, style_words: frozenset[str] = frozenset(),
    reason_from: float | None = None, sorted_titles: tuple[str | None, str | None] | None = None,
) -> tuple[float, str, str | None, bool, bool, list[float]]:
    """Score one pair: (score 0..1, method, reason, equivalent, ambiguous, features),
    where features are the numbers named in FEATURES.

    The title similarity is the base; identifiers lift it, conflicts pull it
    down. Each adjustment is named in the reason, so a reviewer sees why.
    `style_words`: words of how one of the two shops writes titles, not of
    which product it is (`calibration.style_words`); they name no variant.
    `reason_from`: the reason is written only for a score this high or more,
    None otherwise (by default, always). The comparison of every candidate
    pair keeps the reasons of the pairs a person may see only: about one in
    fifteen at 100,000 x 100,000, where writing every one (the numbers in
    words, the colours sorted) was a tenth of the comparison. So the clauses
    that cost most to write are kept as their values (`_said` writes them).
    `sorted_titles`: `_sorted_words` of the two titles' texts, where the caller
    compares each product in many pairs and read them once (the same score)."""
    return _compare(a, b, cosine, our_gtin, their_gtin, gtin_owners or {},
                    code_owners if code_owners is not None else {}, style_words, reason_from, sorted_titles)


def _compare(a: Features, b: Features, cosine: float, our_gtin: str | None, their_gtin: str | None,
             gtin_owners: dict, code_owners: dict, style_words: frozenset[str], reason_from: float | None,
             sorted_titles: tuple[str | None, str | None] | None) -> tuple[float, str, str | None, bool, bool, list[float]]:
    """`compare` with every argument given in order, `gtin_owners` and `code_owners` given (empty where
    none): what the comparison of every candidate pair calls (`_compare_task`)."""
    reasons: list[str] = []
    ambiguous = False
    v = [0.0] * len(FEATURES)

    text, token_set, token_sort = _title_similarity(a, b, cosine, sorted_titles)
    score = text
    reasons.append((_titles_alike, text))
    v[_F["text"]], v[_F["cosine"]], v[_F["token_set"]], v[_F["token_sort"]] = text, float(cosine), token_set, token_sort

    method = "fuzzy"
    brand = _brand_agreement(a, b)
    # A maker's name written with digits on both ("Leuchtturm1917", `code_spellings._names_with_digits`)
    # is no model code but the maker, as a brand field is.
    if brand == "unknown" and getattr(code_owners, "names", None) and a.codes & b.codes & code_owners.names:
        brand = "same"
    # A code read from a maker's parts is a conflict only, never evidence (`_shared_code`).
    shared = _shared_code(a, b, code_owners, same_brand=brand == "same")
    # A maker's number of digits only on one product of each side (`codes._shared_number`) is read
    # where the two titles name one maker: by the brand fields, or by the words a title opens with
    # where a field is missing ("Thomastik Dominant ... (131)" / "Thomastik DOMINANT 131"). Not on a
    # compatible product: it writes the original's number as the one it stands in for ("Mega 2560
    # R3 Board Compatible w/ Arduino").
    number = None
    if shared is None and not a.compatible and not b.compatible and (found := _shared_number(a, b, code_owners)) and (
            brand == "same" or (brand == "unknown" and not _leading_words(a).isdisjoint(_leading_words(b)))):
        number = found
    suffixes = getattr(code_owners, "suffixes", _NONE)
    conflict = _code_conflict(a, b, suffixes)
    # One title names the other's model code only as what it fits: an
    # accessory, a spare part or a compatible, not the product. The code
    # they share identifies the other product, so it lifts nothing.
    accessory = _accessory(a, b)
    if accessory and not accessory[1] and shared and _codes_agree(shared, accessory[0]):
        shared = None
    # A maker's suffix written apart after the code ("GL1 TBS"), shown by the catalogues
    # (`shop_suffixes._suffix_words`), is a variant as a variant word there is.
    variant = _variant_conflict(a, b) or suffix_word_apart(a, b, getattr(code_owners, "suffix_words", None))
    # Both MPNs given and siblings (MHS-TS20/B vs MHS-TS20/S): a variant, whatever else agrees.
    # MPNs are compared as the part numbers the fields hold (`_text.part_number`):
    # "M531 Red" is m531, "Mini Film 2pk" holds none and contradicts nothing.
    # Two fields that both name the product with no code differ as names do.
    part_a, part_b = (a.part, b.part) if a.part or b.part else (a.mpn, b.mpn)
    mpn_conflict = bool(part_a and part_b and not _codes_agree(part_a, part_b) and _siblings(part_a, part_b)
                        and not _shop_suffixed(part_a, part_b, suffixes))
    same_mpn = a.mpn if a.mpn and a.mpn == b.mpn else part_a if part_a and part_a == part_b else None
    if same_mpn and same_mpn != a.mpn and _named_apart(a, b):
        same_mpn, mpn_conflict = None, True
    # A long part number on one product of each side outweighs the brand
    # fields, as a GTIN does: a brand field names the maker, a seller, a parent
    # company or a former name (Tektronix / Xerox, Ultimate Ears / Logitech),
    # the part number is the maker's own.
    # Only a field that holds a part number (`_text.part_number`) counts: two fields
    # that read "USB 2.0" or "Size 10.5 Black" name no maker's number.
    brands_apart = brand == "conflict" and bool(a.part) and a.part == b.part and _distinctive(a.part, code_owners)
    if brands_apart:
        brand = "unknown"
    # A shared code that is no maker's part number (a standard, a socket, a
    # series: "PC3-12800", "DDR4", "D510") does not say which product when
    # each title also names a model of its own that the other lacks (`_codes_besides`).
    apart = _codes_besides(a, b, shared) if shared and not _distinctive(shared, code_owners) else None
    makers = bool(shared) and brand == "unknown" and _makers_apart(
        a, b, getattr(code_owners, "brands", frozenset()), field=not _distinctive(shared, code_owners),
        part=shared in (a.part, b.part))
    v[_F["brand_same"]] = float(brand == "same")
    v[_F["brand_conflict"]] = float(brand == "conflict")
    v[_F["shared_code"]] = float(bool(shared))

    if our_gtin and their_gtin and our_gtin == their_gtin:
        method = "gtin"
        score = 1.0
        v[_F["gtin_same"]] = 1.0
        reasons.insert(0, f"same GTIN {our_gtin}")
        if gtin_owners.get(our_gtin, 0) > 1:
            ambiguous = True
            reasons.append("the GTIN is on several of our products")
    elif same_mpn and len(same_mpn) >= 4 and brand != "conflict":
        method = "mpn"
        score = max(score, 0.92 + 0.08 * text)
        v[_F["mpn_same"]] = 1.0
        reasons.insert(0, f"same MPN {same_mpn}" + (", under brands written apart" if brands_apart else ""))
    elif shared and brand != "conflict" and not mpn_conflict and not makers and not apart:
        method = "model"
        score = max(score, 0.9 + 0.1 * text)
        reasons.insert(0, f"same model code {shared}")
        if suffixes and shared not in b.codes:
            written = next((y for y in sorted(b.codes) if _shop_suffixed(shared, y, suffixes)), None)
            if written:
                reasons.append(f"written with each shop's own suffix: {shared} vs {written}")
        # Both MPN fields given, one the other with a suffix added ("SF650" / "SF650P-S", "F3U133-10" /
        # "F3U133-10-GLD"): a finish or a pack of the model as often as the model written with a
        # shop's suffix, so weaker than one MPN on both; a listing of the exact MPN outranks it.
        if a.part and b.part and _suffixed(a.part, b.part):
            score -= MPN_SUFFIX_PENALTY
            reasons.append(f"MPNs differ by a suffix: {a.part} vs {b.part}")
    elif shared:
        score = max(score, 0.6 + 0.2 * text)
        reasons.append(f"same model code {shared}, but " + (
            "brands differ" if brand == "conflict" else "the titles name other makers" if makers
            else f"each title carries another code: {apart[0]} vs {apart[1]}" if apart else "the MPNs differ"))

    # The maker's number puts the pair to a person, as a code with a doubt does (above), and
    # decides nothing: read as a model code (0.9 and up) it matched 31 more true pairs of the
    # batches set aside, but each new sure pair moves the wording gate's nulls
    # (`calibration/gate.py`), which opened the gate in small catalogues of siblings and matched
    # wrong further listings there (bench/history/matching.md, misses5).
    if number and method == "fuzzy":
        score = max(score, 0.6 + 0.2 * text)
        reasons.append(f"same maker's number {number}")
    # A part number one description writes as its listing's own (`described_parts.described_parts`) puts
    # the pair to a person as the maker's number does: a description may still name the part its
    # listing succeeds or replaces, which nothing around the number tells in every language.
    if method == "fuzzy" and (b.described or a.described):
        if b.described and b.described in (a.part, a.mpn):
            score = max(score, 0.6 + 0.2 * text)
            reasons.append(f"our MPN {b.described} written in their description")
        elif a.described and a.described in (b.part, b.mpn):
            score = max(score, 0.6 + 0.2 * text)
            reasons.append(f"their MPN {a.described} written in our description")
    # A number both titles write before one word, read as a rating only because no word before it
    # is shared (`ratings.ratings`): a line's name where the other shop writes the maker reads so,
    # as two makers' rating does, and only a person can tell which.
    if method == "fuzzy" and a.rated and b.rated and (rated := a.rated & b.rated):
        score = max(score, 0.6 + 0.2 * text)
        number, word = min(rated)
        reasons.append(f"both write {number} before \"{word}\" (one product under two names, or a rating)")
    if method != "gtin":
        if our_gtin and their_gtin and our_gtin != their_gtin:
            score -= 0.2
            reasons.append("different GTINs")
            v[_F["gtin_differ"]] = 1.0
        if mpn_conflict:
            score -= 0.3
            v[_F["mpn_sibling"]] = 1.0
            reasons.append(f"MPNs differ: {part_a} vs {part_b}")
        elif part_a and part_b and not same_mpn and not shared and not _codes_agree(part_a, part_b):
            # Two different part numbers: shops copy them badly at times, so
            # this weighs less than a sibling code. Two numbers of different
            # kinds (a bare number against a letter code, or a name written in
            # the field) come from different numbering schemes (a shop's or a
            # distributor's item number, the maker's part number, the model
            # name): they do not contradict each other, so they weigh less.
            if _other_scheme(part_a, part_b):
                score -= SCHEME_PENALTY
                reasons.append(f"MPNs of different kinds: {part_a} vs {part_b}")
            else:
                score -= 0.2
                reasons.append(f"MPNs differ: {part_a} vs {part_b}")
            v[_F["mpn_differ"]] = 1.0
        elif conflict:
            # Under one MPN, other codes of the titles that differ are standards,
            # connectors or the products it fits ("802.11b" / "802.11n", "db25f" / "db25").
            penalty = 0.15 if shared else 0.35
            score -= penalty / 2 if method == "mpn" else penalty
            v[_F["code_conflict"]] = 1.0
            reasons.append(f"model codes differ: {conflict[0]} vs {conflict[1]}")
        quantity = _quantities_apart(a, b)
        if quantity:
            penalty = 0.4 if quantity[0] == "bytes" else 0.15
            score -= penalty / 2 if method == "mpn" else penalty
            v[_F["bytes_conflict" if quantity[0] == "bytes" else "quantity_conflict"]] = 1.0
            reasons.append((_quantities_differ, *quantity))
        if a.colours and b.colours and not a.colours & b.colours:
            score -= 0.15
            v[_F["colour_conflict"]] = 1.0
            reasons.append((_colours_differ, a.colours, b.colours))
        # A letter size apart is a size apart, as a capacity is (read as a variant by the assignment);
        # so are a food for another life stage and an adapter the other way round.
        if _VARIANT_FIELDS(a) != _NO_VARIANT_FIELDS and _VARIANT_FIELDS(b) != _NO_VARIANT_FIELDS:
            for conflict_of, said in _VARIANT_CONFLICTS:
                if variants := conflict_of(a, b):
                    score -= 0.15
                    v[_F["quantity_conflict"]] = 1.0
                    reasons.append(f"{said}: {variants[0]} vs {variants[1]}")
        if a.dimensions and b.dimensions and not a.dimensions & b.dimensions:
            score -= 0.15
            v[_F["dimension_conflict"]] = 1.0
            reasons.append("dimensions differ")
        numbers = _number_conflict(a, b)
        if numbers and not conflict:
            score -= 0.2 if not shared else 0.05
            v[_F["number_conflict"]] = 1.0
            reasons.append(f"numbers differ: {numbers[0]} vs {numbers[1]}")
        if brand == "conflict":
            score -= 0.25
            reasons.append("brands differ")
        elif brand == "same" and method == "fuzzy":
            score += 0.03
        if accessory:
            score -= SAME_KIND_PENALTY if accessory[1] else ACCESSORY_PENALTY
            v[_F["accessory"]] = 1.0
            reasons.append(f"one may be for the other ({accessory[0]} written after \"for\" / \"compatible with\")")
        if variant:
            score -= VARIANT_PENALTY
            v[_F["variant_conflict"]] = 1.0
            reasons.append(f"\"{variant[0]}\" after {variant[1]} on one side only")
        # An identifier both share says which product it is; the words and
        # an edition's number only speak without one.
        edition = None if method != "fuzzy" or shared or numbers else _edition_conflict(a, b)
        if edition:
            score -= EDITION_PENALTY
            v[_F["edition_conflict"]] = 1.0
            reasons.append(f"titles alike but for an edition's number: {edition[0] or 'none'} vs {edition[1] or 'none'}")
        words = (None if method != "fuzzy" or shared or v[_F["colour_conflict"]] or variant or edition
                 else _word_conflict(a, b, brand, style_words))
        if words:
            score -= WORD_PENALTY
            v[_F["word_conflict"]] = 1.0
            reasons.append(f"one word differs: {words[0]} vs {words[1]}")
        # A name read as a standard's before "compatible" that is a brand of
        # the catalogues ("HP compatible toner") names the maker copied.
        makers = getattr(code_owners, "makers", _NONE)
        if (a.compatible or not a.standards.isdisjoint(makers)) != (b.compatible or not b.standards.isdisjoint(makers)):
            score -= 0.2
            v[_F["compatible_mismatch"]] = 1.0
            reasons.append("one is a compatible / refurbished product")

    # Pack sizes: stated on both sides and different, or stated on one side
    # and the prices agree per unit rather than per pack.
    # Prices in different currencies say nothing here.
    same_currency = not (a.currency and b.currency and a.currency != b.currency)
    raw_ratio = _price_ratio(a.price, b.price) if same_currency else None
    equivalent = False
    pack_a, pack_b = a.pack or 1, b.pack or 1
    unit_ratio = None
    if pack_a != pack_b:
        unit_ratio = _price_ratio(a.price / pack_a, b.price / pack_b)
        if (a.pack and b.pack) or (raw_ratio and unit_ratio and unit_ratio < raw_ratio):
            equivalent = True
            score -= 0.05
            reasons.append(f"pack of {pack_a} vs {pack_b}: compare on unit price")
    ratio = (unit_ratio if equivalent else raw_ratio) if same_currency else None
    # Prices are a sanity check: shops' prices (and marketplace sellers') vary
    # a lot, so they weigh little against an identifier.
    if ratio and method != "gtin":
        if ratio > 5:
            score -= 0.25 if method == "fuzzy" else 0.1
            reasons.append((_prices_apart, ratio))
        elif ratio > 2.5 and method == "fuzzy":
            score -= 0.1
            reasons.append((_prices_apart, ratio))

    # Conditions, not min() and max(): two calls a pair (the same values).
    score = 0.0 if not score > 0.0 else 1.0 if not score < 1.0 else score
    v[_F["equivalent"]] = float(equivalent)
    if ratio:
        log_ratio = math.log(ratio)
        v[_F["log_price_ratio"]] = log_ratio if log_ratio < 3.0 else 3.0
    else:
        v[_F["price_unknown"]] = 1.0
    v[_F["ambiguous"]] = float(ambiguous)
    v[_F["score"]] = score
    reason = _said(reasons) if reason_from is None or score >= reason_from else None
    return score, method, reason, equivalent, ambiguous, v


def _said(reasons: list) -> str:
    """The reason a person reads: `compare`'s clauses in order, each kept as (function, values)
    written by its function now."""
    return "; ".join(r if r.__class__ is str else r[0](*r[1:]) for r in reasons)


def _titles_alike(text: float) -> str:
    return f"titles {text:.0%} alike"


def _quantities_differ(dimension: str, x: frozenset[float], y: frozenset[float]) -> str:
    return f"{dimension} differs: {_show(x)} vs {_show(y)}"


def _colours_differ(x: frozenset[str], y: frozenset[str]) -> str:
    return f"colours differ: {'/'.join(sorted(x))} vs {'/'.join(sorted(y))}"


def _prices_apart(ratio: float) -> str:
    return f"prices {ratio:.1f}x apart"


def _suffixed(x: str, y: str) -> bool:
    """Is one part number the other with a suffix added ("sf650" / "sf650ps", "f3u13310" /
    "f3u13310gld"), as `codes._codes_agree` reads it? A prefix is a shop's or a distributor's
    writing of the maker's number ("HP CH566A", "SAS" before "CLTR409"), not a variant of it."""
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return len(short) < len(long) and long.startswith(short) and _unpadded(x) != _unpadded(y) and _codes_agree(x, y)


def _title_similarity(a: Features, b: Features, cosine: float,
                      sorted_titles: tuple[str | None, str | None] | None = None) -> tuple[float, float, float]:
    """The blended title similarity, and its rapidfuzz parts (token set, token
    sort). With `sorted_titles` (`_sorted_words` of both texts, neither None),
    the token sort is the plain ratio of those: what `fuzz.token_sort_ratio`
    computes after sorting each title's words, which was three quarters of its
    cost, made once a product instead of once a pair."""
    if not a.text or not b.text:
        return 0.0, 0.0, 0.0
    token_set = fuzz.token_set_ratio(a.text, b.text) / 100
    sorted_a, sorted_b = sorted_titles or (None, None)
    token_sort = (fuzz.token_sort_ratio(a.text, b.text) if sorted_a is None or sorted_b is None
                  else fuzz.ratio(sorted_a, sorted_b)) / 100
    return 0.5 * float(cosine) + 0.3 * token_set + 0.2 * token_sort, token_set, token_sort


# Python's whitespace but the space. `fuzz.token_sort_ratio` splits a title's words on whitespace as
# Python does, but for U+0085 and U+00A0, which it leaves inside a word (rapidfuzz 3.14; every code
# point tried): a text holding any of it is sorted by rapidfuzz itself.
_OTHER_SPACE = re.compile(r"[^\S ]")
_UNREAD = object()


def _sorted_words(text: str) -> str | None:
    """What `fuzz.token_sort_ratio` compares of a text: its words sorted, joined by a space; None
    for a text with whitespace besides the space (`_OTHER_SPACE`), where that could split otherwise.
    `clean` leaves a title single-spaced, so every title of a catalogue is read here."""
    return None if _OTHER_SPACE.search(text) else " ".join(sorted(text.split()))


def _makers(f: Features, brands: frozenset[str]) -> set[str]:
    """The brands of the catalogues the title writes as a word or two words
    ("Kingston ...", "Cooler Master ...")."""
    found = {t for t in f.tokens if t in brands}
    found.update(x + y for x, y in zip(f.tokens, f.tokens[1:]) if x + y in brands)
    return found


def _makers_apart(a: Features, b: Features, brands: frozenset[str], *, field: bool = False, part: bool = False) -> bool:
    """Do the two titles name makers that differ, where neither product has a
    brand field (or, with `field`, one of them has)? Makers of every kind write
    the same short codes ("CL16" on a Corsair and a Kingston memory kit,
    "N300" on a TP-Link access point and a Cooler Master case), so a code
    shared under two makers is no identifier. The brands are the ones the
    catalogues' own brand fields write, so this reads each catalogue's
    makers, not a list; a maker one title names in the other's title
    ("for Nikon") is no conflict.

    A brand field against a title may name a seller or be wrong ("Compaq" on
    a Dymo tape in the WDC offers), as `_brand_agreement` allows for: where one
    product has a field, its makers are the field and the makers its own title
    names, so a title naming the other's maker agrees whatever the field says;
    and the caller asks this only of a code that is not distinctive (a long
    code on one product of each side names the maker's own part, whichever
    name a shop files it under: `_distinctive`). Where no brand is known at
    all, neither a field nor a brand of the catalogues in either title, the
    makers are read from the titles' first words (`_first_words_apart`)."""
    if (a.brand and b.brand) or ((a.brand or b.brand) and not field):
        return False
    ours, theirs = (_makers(a, brands), _makers(b, brands)) if brands else (set(), set())
    if not (ours or theirs or a.brand or b.brand):
        return field and not part and _first_words_apart(a, b)
    if a.brand:
        ours.add(a.brand)
    if b.brand:
        theirs.add(b.brand)
    if not ours or not theirs or ours & theirs:
        return False
    return not any(m in b.flat for m in ours) and not any(m in a.flat for m in theirs)


def _first_words_apart(a: Features, b: Features) -> bool:
    """Where neither product has a brand field and neither title names a brand of
    the catalogues' fields (a shop that fills no brand column: every small
    catalogue of the batches set aside), the maker is read where shops write
    it, first: two titles whose first words are words (letters only) and each
    is written nowhere in the other title name two makers ("Castrol GTX 10W-40"
    / "Valvoline MaxLife 10W-40": a grade both write). A shop's word before the
    maker ("Original Canon PG-545" / "Canon PG-545") leaves the maker written
    in the other title, so the two agree. The caller asks this only of a code
    that is not distinctive (`codes._distinctive`), as it does with brand
    fields: a long code on one product of each side is the maker's own part,
    whatever word a shop puts first; nor of a code an MPN field gives (`part`):
    a shop that fills the field names the maker's part number there, where a
    grade or a standard is written in titles only."""
    first_a, first_b = a.tokens[0] if a.tokens else "", b.tokens[0] if b.tokens else ""
    if not (len(first_a) >= 3 and len(first_b) >= 3 and first_a.isalpha() and first_b.isalpha()
            and first_a not in b.flat and first_b not in a.flat):
        return False
    # Many shops write the kind of product first, each in its own language ("Akku Makita BL1850B" /
    # "Akumulator Makita BL1850B", "Motoröl Castrol" / "Olej silnikowy Castrol"): their first words
    # differ and the maker is a word both write near the start. Two titles that share a word of
    # letters there agree on it; only two that share none name two makers (review R4).
    return not _leading_words(a) & _leading_words(b)


# Where a maker stands in a title: first, or after a shop's word or a kind of product of one or
# two words ("Olej silnikowy Castrol").
MAKER_PLACES = 4


def _leading_words(features: Features) -> set[str]:
    return {token for token in features.tokens[:MAKER_PLACES] if len(token) >= 3 and token.isalpha()}


def _brand_agreement(a: Features, b: Features) -> str:
    """same / conflict / unknown. A missing brand is looked for in the other title."""
    if a.brand and b.brand:
        if a.brand == b.brand or (len(a.brand) >= 3 and len(b.brand) >= 3 and
                                  (a.brand.startswith(b.brand) or b.brand.startswith(a.brand))):
            return "same"
        in_b, in_a = a.brand in b.flat, b.brand in a.flat
        if in_a and in_b:
            return "same"
        # A shop's brand field sometimes names the seller: only one side naming
        # the other's brand is no conflict, and no agreement either.
        return "unknown" if in_a or in_b else "conflict"
    known, other = (a.brand, b) if a.brand else (b.brand, a)
    if known and len(known) >= 2 and known in other.flat:
        return "same"
    return "unknown"


def _price_ratio(x: float, y: float) -> float | None:
    # A comparison with NaN is false: an unknown price fails the test as one below zero does.
    if not (x > 0 and y > 0):
        return None
    return x / y if x > y else y / x
