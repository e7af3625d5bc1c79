"""Stage 3, scoring: one pair compared, as a score 0..1, a method, a reason a
person can read, and the signals behind it (FEATURES).

The title similarity (TF-IDF cosine and rapidfuzz) is the base; identifiers
lift it (the same GTIN, MPN or model code), conflicts pull it down (sibling
model codes, capacities, colours, bare numbers, an accessory that names the
other's code after "for", a variant word on one side, brands, price ratio).
Each adjustment is named in the reason, so a reviewer sees why.
"""

from __future__ import annotations

import functools
import math
import re

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from benchmark._text import _DIGIT, _PIECE, _PIECE_SEPARATOR, Features
from benchmark.matching._processes import PARALLEL_MIN_PAIRS, _SHARED, _in_processes
from benchmark.matching.features import MAX_CODE_PRODUCTS, MIN_FAMILY, _extends

_METHODS = ("gtin", "mpn", "model", "fuzzy")


def _compare_task(start: int, stop: int) -> list:
    """Compare pairs[start:stop]; returned compactly (arrays, and a reason only
    where the score reaches `keep_reasons`), since there are millions at scale."""
    s = _SHARED
    pairs, cosine, a, b = s["pairs"], s["cosine"], s["ours"], s["theirs"]
    our_gtins, their_gtins, floor = s["our_gtins"], s["their_gtins"], s["keep_reasons"]
    n = stop - start
    scores = np.zeros(n, dtype=np.float64)
    methods = np.zeros(n, dtype=np.int8)
    flags = np.zeros((n, 4), dtype=bool)
    features = np.zeros((n, len(FEATURES)), dtype=np.float32) if s["keep_features"] else None
    reasons: list[str | None] = [None] * n
    for k in range(n):
        i, j = pairs[start + k]
        score, method, reason, equivalent, ambiguous, v = compare(
            a[i], b[j], float(cosine[start + k]), our_gtin=our_gtins[i], their_gtin=their_gtins[j],
            gtin_owners=s["gtin_owners"], code_owners=s["code_owners"], style_words=s["style_words"])
        scores[k] = score
        methods[k] = _METHODS.index(method)
        flags[k] = equivalent, ambiguous, any(v[c] for c in _CONFLICT_COLUMNS), v[_WORD_CONFLICT] > 0
        if features is not None:
            features[k] = v
        if score >= floor:
            reasons[k] = reason
    return [(scores, methods, flags, features, reasons)]


def _compare_all(pairs, cosine, ours, theirs, our_gtins, their_gtins, gtin_owners, code_owners, workers, *,
                 keep_reasons: float, keep_features: bool, style_words: frozenset[str] = frozenset()):
    """scores, method indexes (_METHODS), equivalent, ambiguous, features (or None), reasons, conflicted
    (any of CONFLICTS) and word-conflicted (`_word_conflict`) of all pairs."""
    parts = _in_processes(
        _compare_task, len(pairs), workers, PARALLEL_MIN_PAIRS, pairs=pairs, cosine=cosine, ours=ours, theirs=theirs,
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
)
_F = {name: n for n, name in enumerate(FEATURES)}
# The signals that say two products differ: each is a reason to doubt a pair
# whatever its wording (a model learnt from answers may only weigh them down).
CONFLICTS = ("brand_conflict", "gtin_differ", "mpn_sibling", "mpn_differ", "code_conflict", "bytes_conflict",
             "quantity_conflict", "colour_conflict", "dimension_conflict", "number_conflict", "compatible_mismatch",
             "accessory", "variant_conflict", "word_conflict")
_CONFLICT_COLUMNS = tuple(_F[name] for name in CONFLICTS)
_WORD_CONFLICT = _F["word_conflict"]


def compare(
    a: Features, b: Features, cosine: float, *, our_gtin: str | None = None, their_gtin: str | None = None,
    gtin_owners: dict | None = None, code_owners: dict | None = None, style_words: frozenset[str] = frozenset(),
) -> tuple[float, str, str, bool, bool, list[float]]:
    """Score one pair: (score 0..1, method, reason, equivalent, ambiguous, features),
    where features are the numbers named in FEATURES.

    The title similarity is the base; identifiers lift it, conflicts pull it
    down. Each adjustment is named in the reason, so a reviewer sees why.
    `style_words`: words of how one of the two shops writes titles, not of
    which product it is (`calibration.style_words`); they name no variant."""
    gtin_owners = gtin_owners or {}
    code_owners = code_owners or {}
    reasons: list[str] = []
    ambiguous = False
    v = [0.0] * len(FEATURES)

    text, token_set, token_sort = _title_similarity(a, b, cosine)
    score = text
    reasons.append(f"titles {text:.0%} alike")
    v[_F["text"]], v[_F["cosine"]], v[_F["token_set"]], v[_F["token_sort"]] = text, float(cosine), token_set, token_sort

    method = "fuzzy"
    brand = _brand_agreement(a, b)
    shared = _shared_code(a, b, code_owners, same_brand=brand == "same")
    conflict = _code_conflict(a, b)
    # One title names the other's model code only as what it fits: an
    # accessory, a spare part or a compatible, not the product. The code
    # they share identifies the other product, so it lifts nothing.
    accessory = _accessory(a, b)
    if accessory and not accessory[1] and shared and _codes_agree(shared, accessory[0]):
        shared = None
    variant = _variant_conflict(a, b)
    # Both MPNs given and siblings (MHS-TS20/B vs MHS-TS20/S): a variant, whatever else agrees.
    # MPNs are compared as the part numbers the fields hold (`_text.part_number`):
    # "M531 Red" is m531, "Mini Film 2pk" holds none and contradicts nothing.
    # Two fields that both name the product with no code differ as names do.
    part_a, part_b = (a.part, b.part) if a.part or b.part else (a.mpn, b.mpn)
    mpn_conflict = bool(part_a and part_b and not _codes_agree(part_a, part_b) and _siblings(part_a, part_b))
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
        a, b, getattr(code_owners, "brands", frozenset()), field=not _distinctive(shared, code_owners))
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
    elif shared:
        score = max(score, 0.6 + 0.2 * text)
        reasons.append(f"same model code {shared}, but " + (
            "brands differ" if brand == "conflict" else "the titles name other makers" if makers
            else f"each title carries another code: {apart[0]} vs {apart[1]}" if apart else "the MPNs differ"))

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
        quantity = _quantity_conflict(a, b)
        if quantity:
            penalty = 0.4 if quantity[0] == "bytes" else 0.15
            score -= penalty / 2 if method == "mpn" else penalty
            v[_F["bytes_conflict" if quantity[0] == "bytes" else "quantity_conflict"]] = 1.0
            reasons.append(f"{quantity[0]} differs: {quantity[1]} vs {quantity[2]}")
        if a.colours and b.colours and not a.colours & b.colours:
            score -= 0.15
            v[_F["colour_conflict"]] = 1.0
            reasons.append(f"colours differ: {'/'.join(sorted(a.colours))} vs {'/'.join(sorted(b.colours))}")
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
        # An identifier both share says which variant it is; the words only speak without one.
        words = (None if method != "fuzzy" or shared or v[_F["colour_conflict"]] or variant
                 else _word_conflict(a, b, brand, style_words))
        if words:
            score -= WORD_PENALTY
            v[_F["word_conflict"]] = 1.0
            reasons.append(f"one word differs: {words[0]} vs {words[1]}")
        if a.compatible != b.compatible:
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
            reasons.append(f"prices {ratio:.1f}x apart")
        elif ratio > 2.5 and method == "fuzzy":
            score -= 0.1
            reasons.append(f"prices {ratio:.1f}x apart")

    score = min(1.0, max(0.0, score))
    v[_F["equivalent"]] = float(equivalent)
    if ratio:
        v[_F["log_price_ratio"]] = min(math.log(ratio), 3.0)
    else:
        v[_F["price_unknown"]] = 1.0
    v[_F["ambiguous"]] = float(ambiguous)
    v[_F["score"]] = score
    return score, method, "; ".join(reasons), equivalent, ambiguous, v


def _title_similarity(a: Features, b: Features, cosine: float) -> tuple[float, float, float]:
    """The blended title similarity, and its rapidfuzz parts (token set, token sort)."""
    if not a.text or not b.text:
        return 0.0, 0.0, 0.0
    token_set = fuzz.token_set_ratio(a.text, b.text) / 100
    token_sort = fuzz.token_sort_ratio(a.text, b.text) / 100
    return 0.5 * float(cosine) + 0.3 * token_set + 0.2 * token_sort, token_set, token_sort


def _makers(f: Features, brands: frozenset[str]) -> set[str]:
    """The brands of the catalogues the title writes as a word or two words
    ("Kingston ...", "Cooler Master ...")."""
    found = {t for t in f.tokens if t in brands}
    found.update(x + y for x, y in zip(f.tokens, f.tokens[1:]) if x + y in brands)
    return found


def _makers_apart(a: Features, b: Features, brands: frozenset[str], *, field: bool = False) -> bool:
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
    name a shop files it under: `_distinctive`)."""
    if not brands or (a.brand and b.brand) or ((a.brand or b.brand) and not field):
        return False
    ours, theirs = _makers(a, brands), _makers(b, brands)
    if a.brand:
        ours.add(a.brand)
    if b.brand:
        theirs.add(b.brand)
    if not ours or not theirs or ours & theirs:
        return False
    return not any(m in b.flat for m in ours) and not any(m in a.flat for m in theirs)


def _brand_agreement(a: Features, b: Features) -> str:
    """same / conflict / unknown. A missing brand is looked for in the other title."""
    if a.brand and b.brand:
        if a.brand == b.brand or (min(len(a.brand), len(b.brand)) >= 3 and
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


# Score pulled off a pair where one title names the other's model code only as
# what it fits; less when both are the same kind of thing ("bracket for
# DS-1273" vs "DS-1273 bracket"), where it may be the same one.
ACCESSORY_PENALTY = 0.3
SAME_KIND_PENALTY = 0.1
# Score pulled off a pair with a variant word ("pro", "plus", "mini") on one side only.
VARIANT_PENALTY = 0.2


def _accessory(a: Features, b: Features) -> tuple[str, bool] | None:
    """A code one title writes only after "for" / "compatible with" /
    "replacement" (the product it fits) that the other carries as its own."""
    for x, other in ((a, b), (b, a)):
        if not x.targets:
            continue
        own, mine = other.codes - other.targets, x.codes - x.targets
        for t in x.targets:
            # Both written after "for": two things for one product, not one for the other.
            if any(_codes_agree(t, c) for c in other.targets):
                continue
            for c in own:
                # Unless this title carries the code as its own too ("OPC drum
                # for CLP-500 series, CLP-500RB" vs "CLP-500RB drum").
                if _codes_agree(t, c) and not any(_codes_agree(m, c) for m in mine):
                    # "bracket for DS-1273" vs "DS-1273 bracket": the same kind of
                    # thing, so maybe the same one; "diffuser for SB-700" vs an SB-700 flash is not.
                    # Likewise when the other title has an identifier of its own
                    # besides this code ("Epson magenta ink PP-100 (PJIC4)"): the code
                    # may be a fitment there too.
                    return t, bool(x.heads & other.pieces) or any(
                        not _codes_agree(t, d) and len(d) >= 5 for d in own - {other.mpn})
    return None


def _variant_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """A variant word ("pro", "plus", "mini"...) right after a word both titles
    share, on one side only: ASUS F1A75-M Pro vs F1A75-M, iPhone 6 Plus vs iPhone 6."""
    for x, other in ((a, b), (b, a)):
        for word, before in x.variants:
            if word in other.pieces or word in other.tokens or before not in other.pieces:
                continue
            # After a model code or a short number ("F1A75-M Pro", "iPhone 6 Plus"):
            # after a plain word it is too often a description ("retractable mini mouse").
            if not any(c.isdigit() for c in before) or (before.isdigit() and len(before) > 2):
                continue
            return word, before
    return None


# Score pulled off two titles that agree but for one word on each side
# ("... veneer cherry" vs "... veneer walnut").
WORD_PENALTY = 0.15
# At most this many unshared words on a side, and at least WORD_SHARED shared
# ones, for the rule to read the difference as one variant against another.
WORD_EXTRA = 2
WORD_SHARED = 2
WORD_RATIO = 2


def _word_conflict(a: Features, b: Features, brand: str,
                   style_words: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """Titles that agree on the brand and on their other words but each have a
    word the other lacks: "Mets" vs "Jets", "Paprika" vs "Salt & Vinegar". A
    word shortened on one side ("Choc", "Org.", "Vin.") agrees with its full
    form; a word written on one side only (a dropped "Organic") is no conflict;
    `style_words` (how a shop writes, "jewel case", "software") left on one
    side only are no difference: they only ever take a conflict away (so the
    pairs a competitor's style words can change are the ones in conflict
    without them)."""
    if brand == "conflict" or not a.words or not b.words:
        return None
    if style_words and _word_conflict(a, b, brand) is None:
        return None
    unshared_a = [w for w in a.words if not _word_in(w, b)]
    only_a = [w for w in unshared_a if w not in style_words]
    only_b = [w for w in b.words if w not in style_words and not _word_in(w, a)]
    if not only_a or not only_b or len(only_a) > WORD_EXTRA or len(only_b) > WORD_EXTRA:
        return None
    # "Most words shared": at least WORD_SHARED, and at least WORD_RATIO times the unshared ones of a side.
    shared = len(a.words) - len(unshared_a)
    if shared < max(WORD_SHARED, WORD_RATIO * max(len(only_a), len(only_b))):
        return None
    return "/".join(sorted(only_a)), "/".join(sorted(only_b))


def _word_in(word: str, other: Features) -> bool:
    """Is the word on the other side: written there (also inside a joined piece
    or the brand), or as an abbreviation of it or it of one there."""
    if word in other.words or word in other.pieces or word in other.flat or (other.brand and word in other.brand):
        return True
    return any(_abbreviates(word, w) or _abbreviates(w, word) for w in other.words)


def _abbreviates(short: str, long: str) -> bool:
    """"choc" of "chocolate", "org" of "organic", "hzlnut" of "hazelnut", "lt" of "lightly": the
    same first letter and the letters of the short word in order in the long
    one; or one stem written two ways ("rolling" / "roller", "theater" / "theatre")."""
    if len(short) > len(long) or len(short) < 2 or short[0] != long[0]:
        return False
    if long.startswith(short) or (len(short) >= 5 and short[:4] == long[:4]):
        return True
    if len(short) == len(long):
        return False
    rest = iter(long[1:])
    return all(c in rest for c in short[1:])


def _codes_agree(x: str, y: str) -> bool:
    if x == y:
        return True
    # Zeros written before a number inside a code ("1rvd0110" / "1rvd110") leave it one code.
    if ("0" in x or "0" in y) and _unpadded(x) == _unpadded(y):
        return True
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    # "npfh50" in "npfh50ce", "ds420va" in "mmmds420va", "wn3000rp" in "wn3000rp100nas":
    # a code with a prefix or suffix added. "kdl40" is not "kdl40v4100".
    if not (long.startswith(short) or long.endswith(short)):
        return False
    return _extends(short, long)


_NUMBER_RUN = re.compile(r"\d+")


@functools.cache
def _unpadded(code: str) -> str:
    return _NUMBER_RUN.sub(lambda m: m.group().lstrip("0") or "0", code)


# A code built on one number of at least this many digits (as written) is
# known by that number (`_number_of`).
NUMBER_DIGITS = 5


@functools.cache
def _number_of(code: str) -> str | None:
    """The number a code is built on, when it holds one number only, of
    NUMBER_DIGITS or more digits after its leading zeros: "pe222604" and "edgdm222604pe",
    "36023samsill" and "36023", "054901p" and "54901" are each one maker's
    number with a shop's or a distributor's letters around it (a prefix for
    the brand, a suffix for the packing): the same number of that many digits
    under one brand is one product, whatever letters each shop adds."""
    runs = _NUMBER_RUN.findall(code)
    if len(runs) != 1 or len(runs[0].lstrip("0")) < NUMBER_DIGITS:
        return None
    return runs[0].lstrip("0")


def _named_apart(a: Features, b: Features) -> bool:
    """Two MPN fields that name one code with words around it, and words that
    neither field nor title shares with the other field ("M530 Red" /
    "EasyShare M530 Carbon"): one model in two finishes; "D3000 Kit" /
    "D3000 18-55mm Kit" agree."""
    rest_a, rest_b = a.mpn.replace(a.part, "", 1), b.mpn.replace(b.part, "", 1)
    if not rest_a or not rest_b or rest_a in rest_b or rest_b in rest_a:
        return False
    return rest_a not in b.flat and rest_b not in a.flat


def _distinctive(code: str, owners: dict) -> bool:
    """A code that names one product, whoever makes it: letters and digits,
    at least NUMBER_DIGITS characters ("vdvs2p", "108r00676"), or a number
    of more than NUMBER_DIGITS + 1 digits (a five-digit item number is
    reused by makers of every kind: "GE 22621" speaker wire, "Wausau 22621"
    paper); on no more than one product of either side."""
    if code.isdigit():
        long_enough = len(code) > NUMBER_DIGITS + 1
    else:
        long_enough = len(code) >= NUMBER_DIGITS and any(c.isdigit() for c in code)
    return long_enough and owners.get(code, 0) <= 1


def _same_number(x: str, y: str) -> bool:
    """Built on one number (`_number_of`), unless both add letters after it and
    they differ: "38293rqq" and "38293rcl", "421013bla" and "421013vio" are
    one model in two finishes."""
    n = _number_of(x)
    if n is None or n != _number_of(y):
        return False
    after_x, after_y = x[x.rindex(n) + len(n):], y[y.rindex(n) + len(n):]
    return not (after_x and after_y and after_x != after_y)


def _shared_code(a: Features, b: Features, owners: dict, *, same_brand: bool = False) -> str | None:
    # One side's MPN (or the part number it holds) written in the other's
    # title, whatever it looks like.
    for x, other in ((a.part, b), (b.part, a)):
        if x and len(x) >= 4 and any(c.isdigit() for c in x) and owners.get(x, 0) <= MAX_CODE_PRODUCTS and _written_in(x, other):
            return x
    best = None
    extended = getattr(owners, "extended", {})
    for x in a.codes:
        # A code on many of our products is a series ("ps4", "a4"), not an identifier.
        if owners.get(x, 0) > MAX_CODE_PRODUCTS or (x.isdigit() and len(x) < 5):
            continue
        # One number with other letters around it is one product only under one
        # brand: makers of every kind reuse five-digit numbers (GE 22621 / Wausau 22621).
        for y in b.codes:
            # Both titles write the code only after "for", under brand fields
            # that differ: two makers' things for one product (a Canon case and
            # a GTMax pouch "for SX30"), neither of them it. Under one brand,
            # or the same kind of thing ("kit for SD800IS"), it says which one.
            if _family(x, y, extended) or (x in a.targets and y in b.targets and a.brand and b.brand
                                           and not same_brand and not a.heads & b.heads):
                continue
            if _codes_agree(x, y) or (same_brand and _same_number(x, y)):
                if best is None or len(x) > len(best):
                    best = x
                break
    return best


def _codes_besides(a: Features, b: Features, shared: str) -> tuple[str, str] | None:
    """A code of each title, besides the shared one, that the other title
    neither writes nor agrees with, or None: two products that each name
    their own model ("Kingston KVR24N17S8 ... DDR4" / "Kingston HX432C16PB3
    ... DDR4"). It reads only the two titles, so it holds in any catalogue:
    a standard or a series that two titles share is written by many
    products, and the codes each writes beside it say which of them it is.
    An own code is a maker's kind of code: it starts with letters, as a
    maker's model names do ("KVR", "HX", "Q"), where a count or a size
    starts with its number ("1xPS2", "8GBx2"); it has the four characters
    the matcher asks of any part number before it identifies (an MPN
    found in the other title, `_shared_code`; the MPN method), so that a
    short series or feature ("x5", "r7") is none; and its number is written
    nowhere in the other title (so "RX5700 XT" / "RX 5700XT", one model
    written two ways, is none). A title with no code besides the shared one
    says nothing against it, and the pair keeps its identifier."""
    def own(x: Features, y: Features) -> str | None:
        for c in sorted(x.codes):
            number = _number_of(c) or max(_NUMBER_RUN.findall(c), key=len, default="")
            if (c != shared and c in x.flat and len(c) >= 4 and not c.isdigit() and c[0].isalpha()
                    and number and number not in y.flat and not _codes_agree(c, shared)
                    and not _written_in(c, y) and not any(_codes_agree(c, d) for d in y.codes)):
                return c
        return None
    mine = own(a, b)
    theirs = own(b, a) if mine else None
    return (mine, theirs) if theirs else None


def _family(x: str, y: str, extended: dict) -> bool:
    """Is one code the other with a suffix of two characters or more added, the
    shorter one a code that MIN_FAMILY or more codes of the catalogues extend
    (`features._extensions`)? Then it names a family of models
    ("smart1500": rack, tower, LCD), and a title that writes it is as like
    one of them as another: no identifier shared. One letter more is a
    finish of one model ("ss2477g": grey), which a listing of the bare model
    is as often as not."""
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return len(long) - len(short) >= 2 and extended.get(short, 0) >= MIN_FAMILY and long.startswith(short)


def _written_in(code: str, other: Features) -> bool:
    """Is the code written in the other title: as one piece, or split there by
    spaces, hyphens, slashes or dots ("7653" in "New-7653", "kdl40v4100" in
    "KDL 40V4100"), or a number with leading zeros ("00972" for 972). Shops
    write one code in these ways; a run of whole words must spell it, so
    "40v41" is not found in "KDL-40V4100"."""
    if code in other.pieces:
        return True
    if code not in other.flat:
        return False
    # The title's words, each with its piece ("new-7653" is one piece of two
    # words): a run may take part of a piece only when the rest of that piece
    # is letters ("New-", "-Red"), not more of a code ("QS408-811-5" is not QS408).
    words, piece_of = [], []
    for n, piece in enumerate(_PIECE.findall(other.text)):
        for word in _PIECE_SEPARATOR.split(piece):
            if word:
                words.append(word)
                piece_of.append(n)
    def clean_edge(start: int, stop: int) -> bool:
        rest = [words[k] for k in range(len(words)) if piece_of[k] in (piece_of[start], piece_of[stop - 1])
                and not start <= k < stop]
        return not any(_DIGIT.search(w) for w in rest)
    zeros = code.isdigit()
    for start in range(len(words)):
        run = ""
        for stop in range(start, len(words)):
            if run and run[-1].isdigit() and words[stop][0].isdigit() and piece_of[stop] != piece_of[stop - 1]:
                # Two numbers a space apart are two numbers: "Pack of 5 100-count" spells no "5100".
                run = ""
                break
            run += words[stop]
            if len(run) >= len(code):
                break
        if (run == code or (zeros and run.isdigit() and run.lstrip("0") == code.lstrip("0"))) and clean_edge(start, stop + 1):
            return True
    return False


def _code_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """Two codes that look like siblings of one series: HL-L6200DW vs HL-L6300DW."""
    for x in a.codes:
        if x in b.codes:
            continue
        for y in b.codes:
            if y not in a.codes and not _codes_agree(x, y) and _siblings(x, y):
                return x, y
    return None


# "MPNs differ" between two identifiers of different kinds (see `_other_scheme`).
SCHEME_PENALTY = 0.05


def _other_scheme(x: str, y: str) -> bool:
    """Two MPN fields filled from different numbering schemes: one a bare
    number and the other with letters ("147735" vs "vnc218"), or one with no
    digit at all, a name rather than a part number ("flipout" vs "mb511")."""
    if x.isdigit() != y.isdigit():
        return True
    return not any(c.isdigit() for c in x) or not any(c.isdigit() for c in y)


def _siblings(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 2 or x[0] != y[0] or x.isdigit() != y.isdigit():
        return False
    return Levenshtein.normalized_similarity(x, y) >= 0.5


def _quantity_conflict(a: Features, b: Features) -> tuple[str, str, str] | None:
    for dimension, values in a.quantities.items():
        other = b.quantities.get(dimension)
        if not other:
            continue
        if not any(math.isclose(v, w, rel_tol=0.03) for v in values for w in other):
            return dimension, _show(values), _show(other)
    return None


def _show(values: frozenset[float]) -> str:
    return "/".join(f"{v:g}" for v in sorted(values))


def _number_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """A bare number on each side that the other title lacks: Air Max 90 vs Air Max 95."""
    only_a = [n for n in a.numbers if n not in b.all_numbers]
    only_b = [n for n in b.numbers if n not in a.all_numbers]
    if only_a and only_b:
        # One number written two ways ("16.0" and "16") is the same number.
        written_a, written_b = _values(a.all_numbers), _values(b.all_numbers)
        only_a = [n for n in only_a if _value(n) not in written_b]
        only_b = [n for n in only_b if _value(n) not in written_a]
    if only_a and only_b:
        # All of them, in one order: the reason must read the same on every run.
        return "/".join(sorted(only_a, key=_number_order)), "/".join(sorted(only_b, key=_number_order))
    return None


# "v7", "7.0" and "7" are one version number; "16.0" is "16".
_VERSION = re.compile(r"^v?(\d+)(?:[.,]0+)?$")


def _value(text: str) -> str:
    """A number as its value: a version's "v" and a whole number's ".0" dropped."""
    m = _VERSION.match(text)
    return m.group(1) if m else text


def _values(numbers: frozenset[str]) -> set[str]:
    return {_value(n) for n in numbers}


def _number_order(text: str) -> tuple:
    try:
        return 0, float(text.replace(",", ".")), text
    except ValueError:
        return 1, 0.0, text


def _price_ratio(x: float, y: float) -> float | None:
    if math.isnan(x) or math.isnan(y) or x <= 0 or y <= 0:
        return None
    return max(x, y) / min(x, y)
