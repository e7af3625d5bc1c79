"""Features, what every layer of `match_products` reads: the frames, each
product's features (`benchmark._text.extract`, in worker processes when
large), usable GTINs, and what the catalogues themselves say about their
words and codes (common words, how many products carry a model code)."""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
import typing
import unicodedata
from itertools import chain
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import NamedTuple

import pandas as pd

from benchmark._text import _PIECE, Features, clean, extract, makers_number, tokens_of, with_decimal_points, writes_decimal_commas
from benchmark._text.codes import _QUANTITY_LIKE
from benchmark._text.letters import _NO_SPACE_CHAR, _NOT_ALNUM
from benchmark.matching._processes import PARALLEL_MIN_ROWS, _SHARED, _here, _in_processes
from benchmark.matching.described_parts import described_parts
from storecheck.models import isbn13, normalise_gtin

# A model code found on more products of a side than this is a series name, not an identifier, unless
# the catalogues tie it to one listing (`_listings_of_codes`, `codes._identifies`).
MAX_CODE_PRODUCTS = 3


def _features_task(start: int, stop: int) -> list:
    """The features of rows[start:stop]: packed to travel from a helper, as
    they are where this process takes its share (`_processes._here`), for
    `_Sharing` to read either way."""
    rows = _SHARED["rows"]
    if _here():
        return [extract(*rows[n]) for n in range(start, stop)]
    return [_pack(extract(*rows[n])) for n in range(start, stop)]


# Features go back from a worker as flat strings: pickling thousands of small
# frozensets costs as much as extracting them, joining and splitting a tenth.
_SEP = "\x1f"  # never inside a token: tokens are letters, digits and [-/.,]

# Unpacked, every product would hold its own copy of each word and its own
# empty sets: words are interned (one object per distinct string: a
# catalogue repeats a few hundred thousand words millions of times) and empty
# sets shared: 600 MB less in the parent at 100,000 x 100,000.
_EMPTY: frozenset = frozenset()


def _split(joined: str) -> list[str]:
    return list(map(sys.intern, joined.split(_SEP))) if joined else []


def _join_pairs(pairs: frozenset[tuple[str, str]]) -> str:
    return _SEP.join(x + " " + y for x, y in pairs)


def _pairs(joined: str) -> frozenset[tuple[str, str]]:
    return frozenset(tuple(v.split(" ", 1)) for v in _split(joined)) or _EMPTY


# A set field of `Features` -> a set field whose every word it holds (extract
# writes every piece of a title among its numbers): sent as the words it adds.
_HOLDS = {"all_numbers": "pieces"}


def _packing() -> tuple[Callable[[Features], tuple], Callable[[tuple], Features]]:
    """How each field of `Features` is packed and unpacked, read from the
    dataclass's own fields and their types, so that a field added there
    comes back from a worker without a line written here: `_pack` and
    `_unpack`. Words and sets of words travel joined; a set of word pairs ("pro" and the
    word before it) as "word before" joined; other sets and dicts as None when
    empty (a shared empty set, a new dict, back here); the optional strings
    (a brand, an MPN) interned here; anything else (numbers, tuples, flags,
    the title) pickled as it is.

    A set that holds every word of another (`_HOLDS`: every number of a
    title and all its pieces) travels as the words it adds, in a tuple; a set
    that does not (one built by hand) travels whole.

    The two are compiled as one expression per field, as `dataclasses`
    writes `__init__`: a loop over the fields calling a function for each
    cost a quarter of the packing (see bench/history/match-speed.md,
    sixteenth session).

    `_unpack(packed, shared)` takes one dict per set or dict field (or None,
    as by default, for a field built anew each time: `_Sharing`): a value
    already met there is the object built for it then. `_repack(f, shared)`
    does the same for features extracted in this process, in place: each
    field that would travel otherwise is replaced on `f` itself, as its
    unpacked value would be; no second `Features` is built."""
    kinds: dict[object, tuple[str, str, str]] = {
        list[str]: ("_SEP.join({v})", "(list(map(intern, {v}.split(_SEP))) if {v} else [])", "list(map(intern, {v}))"),
        frozenset[str]: ("_SEP.join({v})", "(frozenset(map(intern, {v}.split(_SEP))) if {v} else _EMPTY)",
                         "(frozenset(map(intern, {v})) if {v} else _EMPTY)"),
        frozenset[tuple[str, str]]: ("(_join_pairs({v}) if {v} else '')", "(_pairs({v}) if {v} else _EMPTY)",
                                     "(frozenset([(intern(x), intern(y)) for x, y in {v}]) if {v} else _EMPTY)"),
        str | None: ("{v}", "(intern({v}) if {v} else {v})", "(intern({v}) if {v} else {v})"),
    }
    types = typing.get_type_hints(Features)
    fields = [f.name for f in dataclasses.fields(Features)]
    names = [f"v{n}" for n in range(len(fields))]
    packed, unpacked, repacked, first, first_here = [], [], [], [], []
    shared = 0
    for n, name in enumerate(fields):
        kind = types[name]
        pack, unpack, repack = kinds.get(kind, ("{v}", "{v}", "{v}"))
        if kind not in kinds and typing.get_origin(kind) in (frozenset, dict):
            pack = "({v} or None)"
            unpack = repack = "({v} or _EMPTY)" if typing.get_origin(kind) is frozenset else "({v} or {{}})"
        if name in _HOLDS:
            held = _HOLDS[name]
            assert kind == types[held] == frozenset[str], (name, held)
            whole, words, words_here = kinds[kind]
            pack = (f"((_SEP.join({{v}} - f.{held}),) if f.{held} <= {{v}} else {whole})")
            # The held set unpacked first, as a name of its own, and the words added to it.
            first.append(f"u_{held} = {words.format(v=names[fields.index(held)])}")
            unpack = (f"((u_{held} | {words.format(v='{v}[0]')}) if {{v}}.__class__ is tuple else {words})")
            first_here.append(f"u_{held} = {words_here.format(v=f'f.{held}')}")
            # The words added made once (`added`), not again for the set of them.
            repack = (f"((u_{held} | (frozenset(map(intern, added)) if (added := {{v}} - f.{held}) else _EMPTY)) "
                      f"if f.{held} <= {{v}} else {words_here})")
        if typing.get_origin(kind) in (frozenset, dict) and name not in _HOLDS and name not in _HOLDS.values():
            # Looked up by what was sent (a dict by its items), built only when new there (an empty
            # set is one object already). A title's pieces and numbers are each product's own: built anew.
            # Repacked here, looked up by what would have been sent: the same lookup, the same objects;
            # that key made once (`k`), not again for the entry of a value new there.
            key = "tuple({v}.items())" if typing.get_origin(kind) is dict else "{v}"
            unpack = (f"({unpack} if not {{v}} or s{shared} is None else "
                      f"(s{shared}.get({key}) or s{shared}.setdefault({key}, {unpack})))")
            key_here = key.format(v=pack)
            repack = (f"({repack} if not {{v}} or s{shared} is None else "
                      f"(s{shared}.get(k := {key_here}) or s{shared}.setdefault(k, {repack})))")
            shared += 1
        packed.append(pack.format(v=f"f.{name}"))
        unpacked.append(unpack.format(v=names[n]))
        if repack != "{v}":
            # Repacked in place: a field that travels as it is stays as it is.
            repacked.append(f"f.{name} = {repack.format(v=f'f.{name}')}")
    for held in _HOLDS.values():
        unpacked[fields.index(held)] = f"u_{held}"
        repacked[repacked.index(next(line for line in repacked if line.startswith(f"f.{held} = ")))] = (
            f"f.{held} = u_{held}")
    lookups = "".join(f"s{n}, " for n in range(shared))
    source = (f"def _pack(f):\n    return ({', '.join(packed)},)\n"
              f"def _unpack(t, shared=(None,) * {shared}):\n    {', '.join(names)}, = t\n"
              f"    {lookups}= shared\n"
              + "".join(f"    {line}\n" for line in first)
              + f"    return Features({', '.join(unpacked)})\n"
              f"def _repack(f, shared=(None,) * {shared}):\n"
              f"    {lookups}= shared\n"
              + "".join(f"    {line}\n" for line in first_here)
              + "".join(f"    {line}\n" for line in repacked)
              + "    return f\n")
    namespace = {"Features": Features, "intern": sys.intern, "_SEP": _SEP, "_EMPTY": _EMPTY,
                 "_join_pairs": _join_pairs, "_pairs": _pairs}
    exec(compile(source, "<features packing>", "exec"), namespace)
    return namespace["_pack"], namespace["_unpack"], namespace["_repack"], shared


_pack, _unpack, _repack, _SHAREABLE = _packing()

# `_Sharing` reads this many products with every set and dict field shared,
# then keeps sharing the fields whose values repeat: at most this share of
# them distinct.
SHARING_SAMPLE = 2_000
SHARING_DISTINCT = 0.5


class _Sharing:
    """`_unpack` of each product as it comes back from a worker, where each
    set or dict field that repeats its values (a colour, the capacities, a
    bare number) holds one object for each distinct value, not one per
    product: most of a product's features are such small containers, and
    the comparison's forked worker copies every page of them it reads
    (bench/history/match-speed.md, twenty-first session), so fewer objects
    are fewer pages held twice. Which fields repeat is read from the first
    SHARING_SAMPLE products; a field whose values are each product's own
    (its words, its pieces) is built anew, without a lookup kept for nothing.
    Features are read, never changed in place (a field is replaced whole, as
    `_drop_common_words` and `vocabulary.Vocabulary.read` do), so a value held by
    many products is safe; the lookups live as long as this object."""

    def __init__(self) -> None:
        self.shared: list[dict | None] = [{} for _ in range(_SHAREABLE)]
        self.read = 0

    def __call__(self, packed: tuple | Features) -> Features:
        # Features this process extracted itself are repacked in place: their words interned and the
        # same lookups made as if they had travelled (`_repack`).
        found = _unpack(packed, self.shared) if packed.__class__ is tuple else _repack(packed, self.shared)
        self.read += 1
        if self.read == SHARING_SAMPLE:
            self.shared = [None if lookup is None or len(lookup) > SHARING_DISTINCT * SHARING_SAMPLE else lookup
                           for lookup in self.shared]
        return found


def _features_of(ours: pd.DataFrame, theirs: pd.DataFrame, workers: int) -> tuple[list[Features], list[Features]]:
    our_rows, their_rows = _feature_rows(ours), _feature_rows(theirs)
    rows = [*_read_through(our_rows, their_rows), *_read_through(their_rows, our_rows)]
    if workers <= 1 or len(rows) < PARALLEL_MIN_ROWS:
        found = [extract(*row) for row in rows]
    else:
        found = _in_processes(_features_task, len(rows), workers, PARALLEL_MIN_ROWS, post=_Sharing(),
                              rows=rows)
    our_features, their_features = found[: len(ours)], found[len(ours):]
    _short_codes(our_features, their_features)
    _codes_apart(our_features, their_features)
    described_parts((our_features, their_features), (ours.description, theirs.description), DESCRIPTION_HEAD)
    return our_features, their_features


# Two letters and a digit ("NT1", "HW2", "SP5"): a model code where the catalogues show it as one
# (`_short_codes`); `_text.extract` reads it as a bare number of the title only.
_SHORT_CODE = re.compile(r"[a-z]{2}\d")


def _short_codes(*sides: list[Features]) -> None:
    """Add to the codes of each title, in place, the codes of two letters and a digit that the
    catalogues show as a maker's model: written right after the name of a maker that their brand
    fields write ("Rode NT1", "Fairtex HW2", "Twins Special AG1"), after that one maker only, in
    titles of both sides, and nowhere else in any title of either side. Three characters are too
    few to tell a model from a size or a standard by their shape (`_text._is_code` asks four): a
    screwdriver's "PH2", a plug's "GU5" are written after several makers' names, or after a kind
    of product, and are read as before. Counted in the catalogues in front of the matcher,
    so it holds for any two shops; a catalogue with no brand field reads none. The usual counts
    then apply: a code on many products of a side is a series (`codes._shared_code`).

    Both shops must write it: a code one side alone writes identifies no pair and only sets
    titles apart ("model codes differ"), and read on one side it cost wdc-test-catalogues three
    true pairs (their "Evans EC2 Clear 14 Inch" drum heads against our titles' longer codes,
    bench/history/matching.md, thirtieth session)."""
    makers = {f.brand for side in sides for f in side if f.brand}
    if not makers:
        return
    after: dict[str, set[str]] = defaultdict(set)
    elsewhere: set[str] = set()
    carriers: dict[str, list[Features]] = defaultdict(list)
    on_sides: dict[str, set[int]] = defaultdict(set)
    for number, side in enumerate(sides):
        for f in side:
            # Most titles write no such number: their words are not read.
            short = [x for x in f.numbers if len(x) == 3 and _SHORT_CODE.fullmatch(x)] if f.numbers else None
            if not short:
                continue
            tokens = f.tokens
            for n, token in enumerate(tokens):
                if token not in short:
                    continue
                maker = (tokens[n - 1] if n and tokens[n - 1] in makers
                         else tokens[n - 2] + tokens[n - 1] if n > 1 and tokens[n - 2] + tokens[n - 1] in makers
                         else None)
                if maker is None:
                    elsewhere.add(token)
                else:
                    after[token].add(maker)
                    carriers[token].append(f)
                    on_sides[token].add(number)
    for code, written in after.items():
        if len(written) == 1 and code not in elsewhere and len(on_sides[code]) == len(sides):
            for f in carriers[code]:
                f.codes = f.codes | {code}


# A code's series letters and the rest ("TSP143IIIU", "MFS9.8B" as "mfs98b"): two to four letters, as
# a maker's series prefix is, then the rest, a digit first and three characters or more (`_codes_apart`).
_SERIES_LETTERS = re.compile(r"([a-z]{2,4})(\d\w{2,})")


def _codes_apart(*sides: list[Features]) -> None:
    """Add to the codes of each title, in place, a code of the other side's titles that this title
    writes with its series letters apart from the rest, as shops write "TSP 143IIIU" for
    TSP143IIIU and "MFS 9.8B" for MFS9.8B: two pieces side by side, the first the code's leading
    letters, the second, its separators taken out, the rest of it. Read as a code, the pair is a
    candidate (the code is a blocking key) and compared on it, as the code written whole is.

    The rest must end with a letter, so that the piece holds the model's own ending: a series and
    a bare number apart ("GTX 1660") are left as words and a number, since the model's ending may
    then stand apart as a word ("GTX1660 Super" is another card; bench/history/matching.md,
    kinds4). A measure is no model's ending: "ATX 12V" is a standard's voltage, "LG 500G" a
    weight as often ("DGS 1008P", a count's letter, is a model's). Only a code the other side
    writes whole is read, so a title's two pieces become a code only where a product of the other
    catalogue carries it, and only on one title of the side that writes it apart. Read from the titles in front of the matcher and the code's own shape,
    so it holds for any two shops."""
    whole: list[dict[str, set[str]]] = []
    for side in sides:
        heads: dict[str, set[str]] = defaultdict(set)
        for f in side:
            for code in f.codes:
                split = _SERIES_LETTERS.fullmatch(code)
                if split and code[-1].isalpha() and not _QUANTITY_LIKE.match(split.group(2)):
                    heads[split.group(1)].add(code)
        whole.append(heads)
    for number, side in enumerate(sides):
        heads = defaultdict(set)
        for other, written in enumerate(whole):
            if other != number:
                for head, codes in written.items():
                    heads[head] |= codes
        if not heads:
            continue
        writers: dict[str, list[Features]] = defaultdict(list)
        for f in side:
            # Most titles write none of the heads as a word of their own: their pieces are not read.
            if heads.keys().isdisjoint(f.tokens):
                continue
            pieces = _PIECE.findall(f.text)
            for joined in {joined for head, rest in zip(pieces, pieces[1:]) if head in heads
                           and (joined := head + _NOT_ALNUM.sub("", rest)) in heads[head]} - f.codes:
                writers[joined].append(f)
        # Read where one title of the side writes it so, as it then names one pair: on several
        # listings of a side (a model and its display piece, "MFS 9.8B" twice in the twenty-second
        # round) the words that tell them apart are read in some languages only, and the code
        # alone matched the display piece as a further listing of our model.
        for joined, written in writers.items():
            if len(written) == 1:
                written[0].codes = written[0].codes | {joined}


# `condition`: what the shop states (new, used, refurbished, damaged), read by `statuses.Conditions` only.
_COLUMNS = ("name", "brand", "category", "gtin", "mpn", "sku", "size", "price", "currency", "unit_price", "description",
            "condition")


def _frame(frame: pd.DataFrame | None, key: str) -> pd.DataFrame:
    """The columns the matcher reads, missing ones as None, one row per key."""
    if frame is None or frame.empty or key not in frame.columns:
        return pd.DataFrame(columns=[key, *_COLUMNS])
    wanted = [key, *(c for c in _COLUMNS if c != key)]
    out = frame[[c for c in wanted if c in frame.columns]].copy()
    for column in _COLUMNS:
        if column not in out.columns:
            out[column] = None
    out = out[out[key].notna()]
    # Duplicate keys: the first row wins (the database never holds two).
    out = out.drop_duplicates(subset=[key], keep="first")
    return out.astype(object).where(out.notna(), None).reset_index(drop=True)


def _their_gtin(gtin: object, sku: object) -> str | None:
    """Their GTIN, else their sku when it is a valid GTIN (small shops often use the EAN as sku)."""
    if isinstance(gtin, str) and gtin:
        return normalise_gtin(gtin)
    return normalise_gtin(sku)


# A GTIN written with its name before it: "ISBN 978-0-09-959008-8", "ISBN-10:
# 3-16-148410-X", "EAN: 4006381333931", "ISMN：979-0-2018-0032-5" (a full-width colon,
# as Chinese and Japanese text writes a label), "ISMN M-2018-0032-5" (printed music's
# number before 2008, `_ismn13`).
# The label's kind ("EAN-8", "EAN 13", "GTIN-14") is a kind only when no digit
# follows it: in "EAN 8710103982340" or "GTIN 10012345678902" the digits are the
# number's own, and taking them for a kind left a number that fails its check.
_LABELLED_GTIN = re.compile(
    r"(?<![^\W_])(?:isbn|ismn|ean|gtin|upc|jan)(?:[- ]?(?:1[0-4]|8)(?!\d))?\s?[:#.：]?\s?"
    r"((?:M-?)?\d[\d-]{6,18}[\dxX])(?![^\W_])", re.I)
_GTIN_NAMES = ("isbn", "ismn", "ean", "gtin", "upc", "jan")
# Thirteen digits from 978 or 979, hyphens allowed: the shape only a book's
# number (ISBN-13, "Bookland" EAN) has, labelled or not.
_BOOK_NUMBER = re.compile(r"(?<![\w-])97[89](?:-?\d){10}(?![\w-])")
# A description is read this far: the identifiers a shop writes come first.
DESCRIPTION_HEAD = 3000


def written_gtin(name: object, description: object = None) -> str | None:
    """The GTIN a product's title or description writes, for a product whose
    GTIN field is empty: books carry their ISBN in the title or the blurb
    ("Sapiens, ISBN 978-0-09-959008-8"), groceries their EAN in the
    description, printed music its ISMN ("ISMN 979-0-2018-0032-5"). Read only
    where it cannot be another number: after its name (ISBN, ISMN, EAN, GTIN,
    UPC, JAN), or, in the title, in the shape of an ISBN-13 (13 digits from 978
    or 979); an ISBN-10 is read as the EAN-13 of the same book
    (`storecheck.models.isbn13`), an ISMN's old "M" form as the same score's
    (`_ismn13`), and only a right check digit
    counts. A text naming two different ones (a series' other volumes, a
    bundle) gives none. The numbering schemes are GS1's and ISO's, the same
    for every shop."""
    found = set()
    for text, title in ((name, True), (description, False)):
        if not isinstance(text, str) or not text:
            continue
        text = text[:DESCRIPTION_HEAD]
        # The patterns only where their names or a book's prefix are written: most
        # texts hold neither, and a substring test costs a fifth of a scan.
        numbers = ([m.group(1) for m in _LABELLED_GTIN.finditer(text)]
                   if _names_a_gtin(text.lower()) else [])
        if title and ("978" in text or "979" in text):
            numbers += _BOOK_NUMBER.findall(text)
        for number in numbers:
            gtin = normalise_gtin(isbn13(number) or _ismn13(number) or number)
            if gtin:
                found.add(gtin)
    return found.pop() if len(found) == 1 else None


def _ismn13(number: str) -> str | None:
    """An ISMN of the ten-character form ("M-2018-0032-5") as the GTIN-13 printed on
    the same score ("9790201800325"): ISO 10957 made "M" the prefix 979-0 in 2008 and
    chose the old check digit so that it stays the same, so `normalise_gtin` checks it."""
    if not number or number[0] not in "Mm":
        return None
    digits = number[1:].replace("-", "")
    return "9790" + digits if len(digits) == 9 and digits.isdigit() else None


def _names_a_gtin(lowered: str) -> bool:
    """Does a lowered text write a GTIN's name at the start of a word, where
    `_LABELLED_GTIN` may read one: "ean" inside "jeans", "clean" or "ocean"
    starts no label, and a description of clothes or cleaning products
    would pay the whole scan for it (five times the cost of this test). A
    letter or digit before the name is what the pattern's own lookbehind
    refuses, so no text it would read is skipped."""
    for name in _GTIN_NAMES:
        at = lowered.find(name)
        while at >= 0:
            if not at or not lowered[at - 1].isalnum():
                return True
            at = lowered.find(name, at + 1)
    return False


@functools.lru_cache(maxsize=4096)
def _script_of(char: str) -> str | None:
    """The script of a letter outside the Latin alphabet, as Unicode names it
    ("HANGUL", "ARABIC", "CYRILLIC", "CJK"); None for a Latin letter or no letter."""
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    # A letter, a syllable or an ideograph of a script; not a sign that counts as a letter ("ª", "µ").
    if not _SCRIPT_LETTER.search(name):
        return None
    script = name.split(" ", 1)[0]
    return None if script == "LATIN" else script


_SCRIPT_LETTER = re.compile(r" (?:LETTER|SYLLABLE|IDEOGRAPH|CHARACTER)\b")


def _read_through(rows: list[tuple], other: list[tuple]) -> list[tuple]:
    """The feature rows of one catalogue (`_feature_rows`), each word of a title written in a
    script other than Latin spelt in Latin letters where the other catalogue writes that
    reading and not the word as it is written.

    A Korean grocer writes "팔도 비빔면 130g" where our shop writes "Paldo Bibim Men 130 g";
    an Emirati one "حلاوة حلواني" for "Halwani Halawa"; a Russian one "Пепси". Read as they
    are, such titles share no letter with ours, so neither the index nor the comparison can
    find the maker or the product's name in them (the ninth round set aside: every Hangul
    and Arabic pair but the one with a GTIN missed). Read through its transliteration,
    "팔도" is "paldo", a word of ours.

    **A word so read is evidence only where it is a word of the other catalogue.** Spelt
    by a table, a word that is no word of the other shop is no nearer to any of its words
    than it was in its script, but it is shorter and fewer: "カラーフィルム" (colour film)
    read "karafuirumu" made "Polaroid i-Type カラーフィルム 8枚" 0.61 alike to our
    "Polaroid i-Type Schwarzweißfilm 8 Aufnahmen" (0.58 in katakana), a pair a person
    would be shown for the transliteration alone (the tenth round set aside). So such a
    word stays in its script, compared as before; only a word the other catalogue writes
    ("paldo", "samyang", "bibigo") is written as it, and is then the same word on both
    sides, as any two shops' shared word is. A maker's own spelling a table does not give
    ("Nongshim" for "nongsim") is not reached: the price of never reading a near spelling
    as shared wording.

    **Decided word by word.** A word the other catalogue writes as it is stays as it is
    (two Chinese shops compare their ideographs, `_text._bigrams`; two Russian shops their
    Cyrillic words), so the reading depends on the catalogues in front of the matcher, not
    on a list of languages. It was decided per catalogue by the scripts each writes, and
    one "5μm", "10Ω" or one Russian title among our thousands then turned it off for every
    title of a Greek or a Russian shop (review finding R2 of the twenty-second session):
    a stray letter elsewhere now changes nothing in how an unrelated title is read. A
    catalogue in Latin letters is read exactly as before (nothing to check but
    `str.isascii`), and the other catalogue's words are gathered only once a title holds
    a word to read.

    The transliteration is `anyascii`'s (ISC licence): one table per Unicode block for
    every script, kept up to date with Unicode and small (no model, no dictionary), and
    spelling as people write names in Latin letters (Revised Romanization for Hangul,
    pinyin for Chinese, the usual Cyrillic and Greek spellings). It cannot restore the
    vowels an abjad leaves out (Arabic, Hebrew)."""
    written = _Words(row[0] for row in other)
    # What each space-separated piece of a title reads as, for this call: a catalogue's words recur
    # from title to title, so two shops writing one script (two Russian shops) read each distinct
    # piece once, not each title letter by letter (review R2 of the twenty-third session: 2.0 s
    # -> 12.3 s of CPU at 100,000 x 100,000 Cyrillic titles before it). A run of letters ends at a
    # space and what reads it looks no further than its neighbours, so a title read piece by piece
    # reads as it does whole.
    pieces: dict[str, str] = {}

    def piece(text: str) -> str:
        read = pieces.get(text)
        if read is None:
            read = pieces[text] = _transliterated(text, written)
        return read

    def transliterated(name: object) -> object:
        # Latin letters with accents ("weiß", "é") hold no word to read: one look per letter, cached.
        if not isinstance(name, str) or name.isascii() or not any(map(_script_of, name)):
            return name
        return " ".join(map(piece, name.split(" ")))

    return [(transliterated(row[0]), *row[1:]) for row in rows]


class _Words:
    """Every word (`_text.tokens_of`) some names write, gathered at the first question:
    `word in words`."""

    def __init__(self, names) -> None:
        self.names = names
        self.words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.words = {t for name in self.names if isinstance(name, str) for t in tokens_of(clean(name))}
            self.names = None
        return word in self.words


def _transliterated(name: str, written: _Words | set[str]) -> str:
    """The name with each run of letters of a script other than Latin in anyascii's Latin
    letters where the run as it is written is not all `written` words and every word of its
    reading is; a letter alone beside a digit or a letter is a sign, kept."""
    out: list[str] = []
    run: list[str] = []
    for char in name + " ":
        # A vowel sign or another mark belongs to the letter before it ("नमस्ते").
        if _script_of(char) or (run and unicodedata.category(char)[0] == "M"):
            run.append(char)
            continue
        if run:
            # One letter touching a digit or a letter is a sign ("0,6Ω", "5μm"), no word to read.
            sign = len(run) == 1 and (char.isalnum() or (out and out[-1][-1:].isalnum()))
            latin = None if sign else _reading("".join(run), written)
            if latin is None:
                out.extend(run)
            else:
                # A script written without spaces meets digits and Latin letters with no gap
                # ("12개입"), where `_text.clean` puts one: so does its reading, so that "12"
                # stays a count and no code is made.
                out.append(f" {latin} " if _NO_SPACE_CHAR.match(run[0]) else latin)
            run = []
        out.append(char)
    return "".join(out)[:-1]


def _reading(word: str, written: _Words | set[str]) -> str | None:
    """The run of letters `word` in Latin letters, where the other catalogue writes every word
    of that reading and not every word of the run as it stands; else None."""
    as_written = tokens_of(clean(word))
    if as_written and all(w in written for w in as_written):
        return None
    latin = _anyascii(word)
    words = tokens_of(clean(latin)) if latin else ()
    return latin if words and all(w in written for w in words) else None


@functools.lru_cache(maxsize=65536)
def _anyascii(word: str) -> str:
    from anyascii import anyascii

    return anyascii(word)


def _feature_rows(frame: pd.DataFrame) -> list[tuple]:
    names = frame.name
    if writes_decimal_commas(names):
        names = [with_decimal_points(n) for n in names]
    return list(zip(names, frame.brand, frame.mpn, frame.price, frame["size"], frame.currency))


def _prepare(ours: pd.DataFrame, theirs: pd.DataFrame, workers: int):
    """Both sides' features (common words dropped) and usable GTINs, of frames made by `_frame`."""
    our_features, their_features = _features_of(ours, theirs, workers)
    _drop_common_words(our_features, their_features)
    return our_features, their_features, *_gtins(ours, theirs)


def _gtins(ours: pd.DataFrame, theirs: pd.DataFrame) -> tuple[list, list]:
    """Both sides' usable GTINs, of frames made by `_frame`: the field, their
    sku when it is one, else one the title or the description writes. Ours are
    read as theirs are (`normalise_gtin`: a GTIN-14, a wrong check digit none):
    the import normalises a catalogue it stores, but a frame handed to the matcher
    by any other way (a script, the bench scripts) holds the EAN as its file wrote
    it, 13 digits that never equalled their 14. A field that is no GTIN (a digit
    slipped) is none, on either side, and the title or the description is read instead."""
    our_gtins = [(normalise_gtin(g) if isinstance(g, str) and g else None) or written_gtin(n, d)
                 for g, n, d in zip(ours.gtin, ours["name"], ours.description)]
    their_gtins = [_their_gtin(g, s) or written_gtin(n, d)
                   for g, s, n, d in zip(theirs.gtin, theirs.sku, theirs["name"], theirs.description)]
    return our_gtins, their_gtins


def _gtin_owners(our_gtins: list) -> dict[str, int]:
    owners: dict[str, int] = defaultdict(int)
    for g in our_gtins:
        if g:
            owners[g] += 1
    return owners


# A word used by more than this share of a side's brands ("organic", "new",
# "original", "premium") describes products of every kind and names no variant;
# learnt from the catalogues themselves, not from a list. A flavour or a
# finish belongs to a few brands' lines. Below COMMON_WORD_MIN_BRANDS brands
# on a side, its shares say nothing.
COMMON_WORD_BRANDS = 0.3
COMMON_WORD_MIN_BRANDS = 10


def _drop_common_words(*sides: list[Features]) -> None:
    """Leave the words common to many brands of either side out of
    `Features.words`, in place."""
    common: set[str] = set()
    for side in sides:
        # Each brand's words gathered first, then counted once per brand: a
        # set per word filled word by word cost three times as much, in the
        # process the workers wait for.
        words: dict[str, set[str]] = defaultdict(set)
        for f in side:
            if f.brand:
                words[f.brand].update(f.words)
        total = len(words)
        if total >= COMMON_WORD_MIN_BRANDS:
            brands = Counter(chain.from_iterable(words.values()))
            common.update(w for w, owners in brands.items() if owners > COMMON_WORD_BRANDS * total)
    if common:
        for side in sides:
            for f in side:
                if not common.isdisjoint(f.words):
                    f.words = f.words - common


class CodeOwners(dict):
    """code -> how many products carry it (`_code_owners`), and in `extended`,
    code -> how many other codes of the catalogues extend it (`_extensions`)."""

    def __init__(self, owners: dict[str, int], extended: dict[str, int] | None = None,
                 brands: frozenset[str] = frozenset(), makers: frozenset[str] = frozenset(),
                 names: frozenset[str] = frozenset(), suffixes: frozenset[tuple[str, str]] = frozenset()):
        super().__init__(owners)
        self.extended = extended or {}
        # (our suffix, their suffix): one model written with each shop's own suffix (`_shop_suffixes`).
        self.suffixes = suffixes
        # Codes that are a maker's name written with digits (`_names_with_digits`): no identifier.
        self.names = names
        # Every brand a brand field of either catalogue writes (`scoring._makers_apart`).
        self.brands = brands
        # Every brand field's key, however short ("hp"): a maker's name (`scoring.compare`).
        self.makers = makers
        # Makers' numbers of digits only that one product of each side writes (`_makers_numbers`).
        self.numbers: frozenset[str] = frozenset()
        # Brand fields' makers that write a number of digits, no year, right after their name (`_numbering_makers`).
        self.numbering: frozenset[str] = frozenset()
        # A code on more than MAX_CODE_PRODUCTS listings of a side -> the words that tell each of its
        # listings apart from the others, by title (`_listings_of_codes`).
        self.listings: dict[str, dict[str, frozenset[str]]] = {}
        # Of those, the listings written apart from the code's others (`_written_apart`).
        self.apart: dict[str, dict[str, WrittenApart]] = {}


def _code_owners(ours: list[Features], theirs: list[Features] | None = None) -> CodeOwners:
    """How many products carry each model code, on the side where it is most
    common: a code on many of either side's products is a series or a standard
    ("ps4", "pc3-8500", "802.11n"), not an identifier. And how many other
    codes of either side extend each code (`_extensions`)."""
    owners: dict[str, int] = defaultdict(int)
    for f in ours:
        for code in f.codes:
            owners[code] += 1
    if theirs:
        their_owners: dict[str, int] = defaultdict(int)
        for f in theirs:
            for code in f.codes:
                their_owners[code] += 1
        for code, n in their_owners.items():
            if n > owners.get(code, 0):
                owners[code] = n
    brands = frozenset(f.brand for side in (ours, theirs or []) for f in side
                       if f.brand and len(f.brand) >= 3 and not f.brand.isdigit())
    makers = frozenset(f.brand for side in (ours, theirs or []) for f in side if f.brand)
    found = CodeOwners(owners, _extensions(owners.keys()), brands, makers, _names_with_digits(ours, theirs or []),
                       _shop_suffixes(ours, theirs) if theirs else frozenset())
    # The makers that number their models: a year after their name is one of those numbers (`makers_model`).
    found.numbering = _numbering_makers((ours, theirs or []), makers)
    found.numbers = _makers_numbers(ours, theirs, found.numbering) if theirs else frozenset()
    found.listings, found.apart = _listings_of_codes(owners, ours, theirs or [])
    return found


# A number as a title writes it, whole or with its decimals ("36.5", "3"): read from `Features.all_numbers`.
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _told_words(f: Features) -> set[str]:
    """The words and numbers that may tell a listing apart from another (`_listings_of_codes`):
    its words of letters and the numbers it writes ("36.5", read alike from "36.5 inch" and "36.5
    انچ", where the pieces differ by the unit's spelling)."""
    numbers = {n for n in f.all_numbers if n[:1].isdigit() and _PLAIN_NUMBER.fullmatch(n)}
    # A number with decimals is also among the title's pieces without its point ("37.5" -> "375").
    joined = {n.replace(".", "") for n in numbers if "." in n}
    return {t for t in f.tokens if t.isalpha()} | (numbers - joined if joined else numbers)


def writes_word(other: Features, word: str) -> bool:
    """Does the title write the word or the number: a number among its numbers ("36.5" in "36.5
    انچ" and in "36.5 inch"), a word as one of its words, or, of four letters or more, inside its
    letters ("stick" in "hockeystick"); a letter or two is inside any title ("r" of "links")."""
    if word[0].isdigit():
        return word in other.all_numbers
    return word in other.tokens or (len(word) >= 4 and word in other.flat)


class WrittenApart(NamedTuple):
    """A listing written apart from its code's other listings of its side (`_written_apart`): its
    words and numbers but those all of them write; the titles of those others; and the titles of
    the code's listings in the other shop that write one of those words or numbers (a number, or a
    word of three letters or more) which not every listing of the code there writes: their English
    "rugby", "size 5" beside our one Italian "rugby", "misura 5", which says that it is our model's
    listing in other words. Where two listings of ours write the one word it shares ("9 kW" of
    our steel and our black sauna heater, beside their second listing that names no finish), it
    names neither."""

    words: frozenset[str]
    siblings: frozenset[str]
    vouchers: frozenset[str]


def _vouchers(words: frozenset[str], others: list[Features]) -> frozenset[str]:
    """The titles among `others` (the code's listings in the other shop) that write one of the words
    or numbers of a listing written apart (`WrittenApart`) which not all of them write."""
    read = [w for w in words if w[0].isdigit() or len(w) >= 3]
    if not read or not others:
        return frozenset()
    writers = {w: [g for g in others if writes_word(g, w)] for w in read}
    return frozenset(g.text for w, gs in writers.items() if len(others) == 1 or len(gs) < len(others) for g in gs)


def _listings_of_codes(owners: dict[str, int], *sides: list[Features]
                       ) -> tuple[dict[str, dict[str, frozenset[str]]], dict[str, dict[str, WrittenApart]]]:
    """For each code on more than MAX_CODE_PRODUCTS products of a side: by title (`Features.text`),
    the words and numbers (`_told_words`) that tell each listing carrying it apart, which the
    other title of a pair must write for the code to name both (`codes._identifies`):

    - on a side where the code is on more than MAX_CODE_PRODUCTS listings, a listing's words that
      no other of them writes: a shop that lists a model per size, per condition or per language
      writes there what makes each listing its own ("37.5", "used", "display piece", whatever the
      language);
    - on either side, where the code is on two listings or more, a listing's words that another
      of them lacks and that some title of the other side writes: the differences the other shop
      could show ("usb" of our cable "per TI-84" beside our calculator; "black", "cover" of one of
      a marketplace's cases for a tablet beside its others). A word the other shop never writes
      is its own language ("calcolatrice"), not a difference it could show;
    - on a side where the code is on MAX_CODE_PRODUCTS listings or fewer, one alone too, a
      listing's words that the other shop writes on its own listings of the code ("bonus", "case"
      of a camera sold with a case, where the other shop's camera alone lacks them).

    A listing written apart from the code's others (`_written_apart`: another language's title of
    one of them, or another product worded otherwise) is read by none of these: it is given apart
    (the second mapping, code -> title -> `WrittenApart`), and `codes._identifies` asks the other
    shop's title to write one of its words.

    Read from the two catalogues in front of the matcher, so it holds for any of them."""
    many = {code for code, n in owners.items() if n > MAX_CODE_PRODUCTS}
    if not many:
        return {}, {}
    carriers: list[dict[str, list[Features]]] = []
    for side in sides:
        on_side: dict[str, list[Features]] = defaultdict(list)
        for f in side:
            if not many.isdisjoint(f.codes):
                for code in f.codes & many:
                    on_side[code].append(f)
        carriers.append(on_side)
    found: dict[str, dict[str, frozenset[str]]] = {code: {} for code in many}
    # Words of a listing that some other listing of its code lacks, asked of the other side's titles.
    asked: list[dict[tuple[str, str], set[str]]] = [defaultdict(set) for _ in sides]
    told = {id(f): _told_words(f) for on_side in carriers for fs in on_side.values() for f in fs}
    # Listings written apart from their code's others (`_written_apart`): their words are read apart.
    apart_words: dict[str, dict[str, WrittenApart]] = {}
    apart: set[int] = set()
    for number, on_side in enumerate(carriers):
        for code, fs in on_side.items():
            for f, words in _written_apart(code, fs, told):
                apart.add(id(f))
                others = carriers[1 - number].get(code, []) if len(carriers) == 2 else []
                apart_words.setdefault(code, {})[f.text] = WrittenApart(
                    words, frozenset(g.text for g in fs if g is not f), _vouchers(words, others))
    for number, on_side in enumerate(carriers):
        for code, fs in on_side.items():
            # What the other shop writes on its own listings of the code ("bonus", "case" of a
            # camera sold with a case, beside their camera alone): a title that lacks such a word
            # of ours is not the listing ours names.
            theirs = [g for g in carriers[1 - number].get(code, ()) if id(g) not in apart] if len(carriers) == 2 else ()
            fs = [f for f in fs if id(f) not in apart]
            letters = [told[id(f)] for f in fs]
            if theirs and len(fs) <= MAX_CODE_PRODUCTS:
                # A word every one of their listings writes tells none of them apart: where one is
                # written apart (`_written_apart`), its lacking such a word is its wording.
                shared = set().union(*(told[id(g)] for g in theirs)) - set.intersection(*(told[id(g)] for g in theirs))
                for f, words in zip(fs, letters):
                    if crossed := words & shared:
                        found[code][f.text] = found[code].get(f.text, frozenset()) | crossed
            if len(fs) < 2:
                continue
            counts = Counter(t for words in letters for t in words)
            for f, words in zip(fs, letters):
                if len(on_side[code]) > MAX_CODE_PRODUCTS and (own := {t for t in words if counts[t] < 2}):
                    found[code][f.text] = found[code].get(f.text, frozenset()) | own
                if lacked := {t for t in words if counts[t] < len(fs)}:
                    asked[number][code, f.text] |= lacked
    for number, wanted in enumerate(asked):
        if not wanted:
            continue
        words = set().union(*wanted.values())
        # The other side's words gathered by C loops (`set.update`), then met: a test per word in
        # Python cost three times as much over Walmart-Amazon's 24,628 titles.
        other = sides[1 - number]
        vocabulary = set(chain.from_iterable(f.tokens for f in other))
        vocabulary.update(chain.from_iterable(f.all_numbers for f in other))
        written = words & vocabulary
        for (code, text), lacked in wanted.items():
            if shown := lacked & written:
                found[code][text] = found[code].get(text, frozenset()) | shown
    return found, apart_words


def _written_apart(code: str, fs: list[Features], told: dict[int, set[str]]) -> list[tuple[Features, frozenset[str]]]:
    """The listings of one code on one side written apart from the others, each with its words and
    numbers (`_told_words`) but those every listing of the code writes: a listing that shares no
    word of letters with any other of them besides the words all of them write, and writes more
    words of its own than those, where the others, two or more, share such words among
    themselves.

    A shop that lists a model once more in another language ("Gilbert G-TR4000 rugby training ball
    - size 5, white/blue" beside its Samoan "Polo lakapī Gilbert G-TR4000 lapopoa 5 ...", "...
    lapopoa 4 ...", "... seti e 10 ...") writes every word of that listing apart from the others':
    read as differences, its English words told it apart from our Italian title, its lack of the
    Samoan words made each of those a difference the others show, and the word it shares with our
    title ("rugby") told their Samoan listing apart from ours, so that a fourth listing of the code
    took every pair of our product away. A thing made for the model and worded otherwise (a bench
    "Ławka do pianina Yamaha YDP-145" beside the piano's "Pianino cyfrowe Yamaha YDP-145 ...") has
    the same shape, so such a listing is not read as the model either: the other title of a pair
    must write one of its words or numbers (`codes._identifies`), as our title writes "rugby" and
    the size "5" of their English listing, where our piano writes nothing of the bench's. A listing
    of a size, a condition or a pack is written in its siblings' words with one or two of its own
    ("używane", "seti e 10") and is read as before, and so is a listing that writes the code only
    after "for" (`Features.targets`: our visor "pour casque LS2 FF353"), known to be a thing for
    the model, not the model in other words. Only the titles in front of the matcher are read, no
    word of any language, so it holds for any catalogue."""
    if len(fs) < 3:
        return []
    words = [told[id(f)] for f in fs]
    letters = [{t for t in w if t.isalpha()} for w in words]
    common = set.intersection(*letters)
    rest = [w - common for w in letters]
    shares = [any(w & v for m, v in enumerate(rest) if m != n) for n, w in enumerate(rest)]
    if sum(shares) < 2:
        return []
    everywhere = set.intersection(*words)
    # Most of its words its own: a listing of a condition in its siblings' words ("Lietoti ratiņkrēsli Breezy
    # BasiX2, sēdekļa platums 46 cm, labā stāvoklī" beside "Salokāmi ratiņkrēsli Breezy BasiX2, sēdekļa platums
    # 46 cm") shares no word with one of them only, but writes theirs.
    return [(f, frozenset(w - everywhere)) for f, w, own, share in zip(fs, words, rest, shares)
            if not share and len(own) > len(common) and code not in f.targets]


# A number of a year's shape ("2010"): a maker's number only right after the maker's name (`makers_model`).
_YEAR_SHAPED = re.compile(r"(?:19|20)\d\d")


def _maker_before(tokens: list[str], n: int, makers: frozenset[str] | set[str]) -> str | None:
    """The maker's name written right before the title's n-th word (one word or two: "twins special"), if any."""
    if n and tokens[n - 1] in makers:
        return tokens[n - 1]
    if n > 1 and tokens[n - 2] + tokens[n - 1] in makers:
        return tokens[n - 2] + tokens[n - 1]
    return None


def _numbering_makers(sides: tuple[list[Features], ...], makers: frozenset[str]) -> frozenset[str]:
    """The makers of the brand fields that some title of the catalogues writes with a maker's
    number that is no year right after their name ("DGT 3000"): makers that number their models,
    so that a year's shape in that place is one of those numbers (`makers_model`). A maker named
    before an edition's year only ("Diskeeper 2007", "Finale 2007") or a brand field that holds a
    line ("Visio Premium 2010") numbers nothing so: its years stay years."""
    found: set[str] = set()
    for side in sides if makers else ():
        for f in side:
            number = makers_number(f.numbers) if f.numbers else None
            if number is None:
                continue
            tokens = f.tokens
            for n, token in enumerate(tokens):
                if token == number and (maker := _maker_before(tokens, n, makers)):
                    found.add(maker)
    return frozenset(found)


def makers_model(f: Features, makers: frozenset[str] | set[str]) -> str | None:
    """The maker's number a title writes (`_text.makers_number`: three or four digits, no year),
    or where it writes no such number, one of a year's shape written right after the name of one
    of `makers`, the makers that number their models in the catalogues (`_numbering_makers`):
    "DGT 2010", a chess clock, beside "DGT 3000". A year
    is left out of makers' numbers because a year names an edition or a season after a line's or
    a kind's word ("Office 2010", "Kalender 2024", "Tour de France 2019"); written right after
    the maker's own name it names the maker's model, as the four digits after it do on the
    maker's other models. Read from the brand fields of the catalogues in front of the matcher,
    so it holds for any shop; a catalogue with no brand field reads none."""
    number = makers_number(f.numbers)
    if number is not None or not makers or not f.numbers:
        return number
    years = [x for x in f.numbers if len(x) == 4 and _YEAR_SHAPED.fullmatch(x)]
    # A title that writes another number of three or four digits names none by it (`makers_number`).
    if not years or any(x.isdigit() and 3 <= len(x) <= 4 and x not in years and x[0] != "0" for x in f.numbers):
        return None
    found = None
    tokens = f.tokens
    for n, token in enumerate(tokens):
        if token in years and _maker_before(tokens, n, makers):
            if found is not None and found != token:
                return None
            found = token
    return found


def _makers_numbers(ours: list[Features], theirs: list[Features],
                    makers: frozenset[str] = frozenset()) -> frozenset[str]:
    """The makers' numbers of digits only (`_text.makers_number`: "Dominant 131", "GameCom 367")
    that one product of each catalogue writes as its one such number, and that the two titles
    follow with no word that tells two products apart (`codes._shared_number` reads them).
    Three or four digits name a model in one maker's range and a size, a series or another
    maker's model elsewhere, so only the catalogues in front of the matcher can say whether
    one names one product, as a code's owners are counted (`_code_owners`): a number on two
    products of either side names a line there. And a word written right after the number in
    one title and not in the other, where the other catalogue writes that word elsewhere
    ("GTX 1660 SUPER" / "GTX 1660", "Format 113 diagonal"), names a model or a size beside the
    number; a word the other shop never writes ("131 struna" against a German catalogue) is
    its own language's or wording's, and says nothing. So do two titles that each write a word
    the other lacks and the other shop writes elsewhere ("Video Spectra ... Format 113" /
    "Cinema Perf ... Format 113", two screens of one size): each names its own product. On the
    25 views of bench/matching_eval.py every pair the rule reads is a true pair (none on
    Walmart-Amazon, whose screens and printers share such numbers)."""
    sides: list[dict[str, list[Features]]] = []
    for side in (ours, theirs):
        on_side: dict[str, list[Features]] = defaultdict(list)
        for f in side:
            if f.numbers and (number := makers_model(f, makers)):
                on_side[number].append(f)
        sides.append(on_side)
    once = [n for n, fs in sides[0].items() if len(fs) == 1 and len(sides[1].get(n, ())) == 1]
    if not once:
        return frozenset()
    # Each side's words, the catalogue's vocabulary, read only where such a number is found.
    written = [{t for f in side for t in f.tokens if t.isalpha()} for side in (ours, theirs)]
    read = set()
    for n in once:
        a, b = sides[0][n][0], sides[1][n][0]
        ours_after, theirs_after = _word_after(a, n), _word_after(b, n)
        if ours_after != theirs_after and (
                (ours_after and ours_after in written[1] and ours_after not in b.tokens)
                or (theirs_after and theirs_after in written[0] and theirs_after not in a.tokens)):
            continue
        # Each title a word the other lacks and the other shop writes: two products, each
        # named by its own words ("Video Spectra ... Format 113" / "Cinema Perf ... Format 113").
        if _word_apart(a, b, written[1]) and _word_apart(b, a, written[0]):
            continue
        read.add(n)
    return frozenset(read)


def _word_apart(x: Features, y: Features, other_side: set[str]) -> bool:
    """Does title x write a word of three letters or more that title y lacks and y's catalogue writes?"""
    lacks = set(y.tokens)
    return any(len(t) >= 3 and t.isalpha() and t not in lacks and t in other_side for t in x.tokens)


def _word_after(f: Features, number: str) -> str | None:
    """The word of letters a title writes right after the number, if any."""
    tokens = f.tokens
    for n, token in enumerate(tokens[:-1]):
        if token == number:
            following = tokens[n + 1]
            return following if following.isalpha() else None
    return None


# The letters a code ends with, after its last digit ("er" of "ga21001a1er").
_LETTERS_AFTER_DIGIT = re.compile(r"(?<=\d)[a-z]+$")
# Two suffixes read as each shop's own writing of one model only when the catalogues show
# that same two on this many models or more (`_shop_suffixes`).
SHOP_SUFFIX_MODELS = 2
# The shortest bare code read against a shop's ending (`_shop_suffixes`): a code, as `_text._is_code`
# asks of any ("SM58" of "SM58-LCE").
MIN_BARE = 4


def letters_after_digit(code: str) -> tuple[str, str] | None:
    """(the code to its last digit, the letters after it), or None when it ends with a digit."""
    found = _LETTERS_AFTER_DIGIT.search(code)
    return (code[:found.start()], found.group()) if found else None


def suffixes_apart(x: str, y: str) -> tuple[str, str, str] | None:
    """Two codes written alike to their last digits and in the letters that follow, but for the
    letters each ends with: (what they share, x's end, y's end), both ends letters;
    "ga21004aer" / "ga21004adr" -> ("ga21004a", "er", "dr"). None for any other two codes."""
    split_x, split_y = letters_after_digit(x), letters_after_digit(y)
    if split_x is None or split_y is None or split_x[0] != split_y[0]:
        return None
    tail_x, tail_y = split_x[1], split_y[1]
    same = 0
    while same < len(tail_x) and same < len(tail_y) and tail_x[same] == tail_y[same]:
        same += 1
    if same == len(tail_x) or same == len(tail_y):
        return None
    return split_x[0] + tail_x[:same], tail_x[same:], tail_y[same:]


def _shop_suffixes(ours: list[Features], theirs: list[Features]) -> frozenset[tuple[str, str]]:
    """(our suffix, their suffix) pairs that are the two shops' ways of writing one model, read
    from the two catalogues: makers sell one model under a suffix per market ("GA-2100-1A1ER" in
    Europe, "GA-2100-1A1DR" in Asia; "KLF03CREU" / "KLF03CRUK" the plug), and each shop writes the
    suffix of its own market on every code of that maker. Letters after a code's last digit also
    name real variants ("HL-L6200DN" / "HL-L6200DW", a colour "BLK" / "RED"), so two codes one
    such ending apart stay two models (`_siblings`) unless the catalogues say otherwise here:

    - each of the two endings is written by one shop only: no code of theirs ends with our
      suffix and no code of ours with theirs. A shop that sells both (an "EU" and a "UK" kettle)
      shows they are two products, and so does any variant ending both shops write ("dw");
    - the same two endings stand on SHOP_SUFFIX_MODELS models or more, each written otherwise
      alike to the same letters (`suffixes_apart`): one model apart by two endings is as likely
      two variants of which each shop sells one; a suffix that each shop writes on model after
      model is its convention;
    - what the two codes share is a code of MIN_EXTENDED characters or more, as a code must be
      to be read as extended by a suffix (`_extends`).

    One shop may write the maker's bare code where the other adds its ending: ("lce", "") where
    our shop writes "SM58-LCE" and "SM57-LCE" and theirs "SM58" and "SM57" (a maker's packing
    code, read by nothing else where the bare code is too short to be read as extended, under
    MIN_EXTENDED). The same conditions hold, the empty ending aside: the ending written by one shop
    only, on SHOP_SUFFIX_MODELS models or more; the bare code a code (MIN_BARE characters or more);
    and the shop that writes the ending never writes the bare code too (then the two are two of its
    products, as "NT1" and "NT1-A" are).

    Counted on the codes of these two catalogues, as the codes' owners are, so it holds for any
    two shops: on the shared sets (Walmart-Amazon, Amazon-Google, WDC as catalogues, both ways
    round) no two endings pass, since the ones two models show are variants both shops write.
    Only our side's ending is asked of our codes and theirs of theirs: two listings of one shop
    compared (`assignment`) never read it, since a code of theirs ends with no suffix of ours."""
    # Each code split once (the letters after its last digit), for the pairing and the endings below.
    our_splits = {code: letters_after_digit(code) for f in ours for code in f.codes}
    their_splits = {code: letters_after_digit(code) for f in theirs for code in f.codes}
    their_tails: dict[str, list[str]] = defaultdict(list)
    for code, split in their_splits.items():
        if split:
            their_tails[split[0]].append(code)
    models: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code, split in our_splits.items():
        for other in their_tails.get(split[0], ()) if split else ():
            apart = suffixes_apart(code, other)
            if apart and len(apart[0]) >= MIN_EXTENDED:
                models[apart[1], apart[2]].add(apart[0])
    # A shop's ending against the other's bare code ("sm58lce" / "sm58"): the model, where the shop
    # that writes the ending does not write the bare code too (then they are two of its products).
    for splits, others, ours_ending in ((our_splits, their_splits, True), (their_splits, our_splits, False)):
        for split in splits.values():
            if split and len(split[0]) >= MIN_BARE and split[0] in others and split[0] not in splits:
                models[(split[1], "") if ours_ending else ("", split[1])].add(split[0])
    if not any(len(shared) >= SHOP_SUFFIX_MODELS for shared in models.values()):
        return frozenset()
    # Only the endings of the lengths asked below are gathered: whether a shop writes an ending
    # is whether one of its codes' letters ends with it, read at that ending's length.
    lengths = sorted({len(ending) for pair in models for ending in pair if ending})

    def endings(splits: dict[str, tuple[str, str] | None]) -> set[str]:
        out = set()
        for split in splits.values():
            if split:
                tail = split[1]
                out.update(tail[-n:] for n in lengths if n <= len(tail))
        return out
    our_endings, their_endings = endings(our_splits), endings(their_splits)
    each_shops = {(mine, their) for mine, their in models if mine not in their_endings and their not in our_endings}
    # Two endings that each end with a shorter pair of the shops' endings seen apart are that pair
    # and a variant before it: "creu" / "bluk" is the EU / UK plug on a cream and a black kettle.
    # (An ending against a bare code has no shorter pair of that kind.)
    return frozenset((mine, their) for mine, their in each_shops if len(models[mine, their]) >= SHOP_SUFFIX_MODELS
                     and not any((m, t) != (mine, their) and m and t and mine.endswith(m) and their.endswith(t)
                                 for m, t in each_shops))


# A word with a number after it ("leuchtturm1917"): the shape of a name, where a
# maker's model code mixes a few letters and digits ("wd40efrx", "sf650").
_WORD_AND_NUMBER = re.compile(r"[a-z]{4,}\d+")


def _names_with_digits(*sides: list[Features]) -> frozenset[str]:
    """Codes that are a maker's name written with digits ("Leuchtturm1917"), read
    from the catalogues: a word with a number after it that is the first word of
    every title that carries it, on two products or more of one side. Shops
    write the maker first; a model code that opens one title is written
    elsewhere in another. Such a code is on every product of that maker, so
    it tells none of them apart (`codes._shared_code`), however few of them a
    small catalogue holds (the owners count, MAX_CODE_PRODUCTS, sees too few)."""
    leading: dict[str, int] = defaultdict(int)
    carried: dict[str, int] = defaultdict(int)
    most: dict[str, int] = defaultdict(int)
    for side in sides:
        on_side: dict[str, int] = defaultdict(int)
        for f in side:
            for code in f.codes:
                if _WORD_AND_NUMBER.fullmatch(code):
                    carried[code] += 1
                    on_side[code] += 1
                    if f.tokens and f.tokens[0] == code:
                        leading[code] += 1
        for code, n in on_side.items():
            most[code] = max(most[code], n)
    return frozenset(code for code, n in leading.items() if n == carried[code] and most[code] >= 2)


# The shortest code read as extended by a longer one (as `codes._codes_agree`).
MIN_EXTENDED = 5


def _extensions(codes) -> dict[str, int]:
    """code -> how many other codes start with it, in the codes given, as
    `codes._codes_agree` reads one code with a suffix added ("smart1500" in
    "smart1500rm2u", "sh350" in "sh350ip"). A code that MIN_FAMILY or more
    codes of the catalogues extend names a family of models ("Smart1500":
    rack, tower, LCD), so a title carrying it is as like one of them as
    another (`codes._family`); read from the catalogues themselves, as the
    owners of a code are."""
    known = set(codes)
    extended: dict[str, set[str]] = defaultdict(set)
    for code in known:
        for n in range(MIN_EXTENDED, len(code)):
            part = code[:n]
            if part in known and _extends(part, code):
                extended[part].add(code)
    return {code: len(longer) for code, longer in extended.items()}


# A code extended by this many other codes names a family, not one product:
# two models besides it, so that a title writing it could be either.
MIN_FAMILY = 2


def _extends(short: str, long: str) -> bool:
    """Is `long` (which starts or ends with `short`) that code with a prefix or suffix
    added, not another code: long enough, and most of it (`codes._codes_agree`)?"""
    return ((len(short) >= MIN_EXTENDED and len(short) >= 0.6 * len(long))
            or (len(short) > MIN_EXTENDED and len(short) >= 0.5 * len(long)))

