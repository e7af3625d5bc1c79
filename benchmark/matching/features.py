"""Features, what every layer of `match_products` reads: the frames, each
product's features (`benchmark._text.extract`, in worker processes when
large, packed to travel back and shared), titles in another script read
through the other catalogue's words, usable GTINs, and the words common to
many brands (`_drop_common_words`). What the catalogues say about their model
codes is read in files of its own: `code_owners` (how many products carry a
code, the listings of one code), `code_spellings` (codes written otherwise
than `extract` reads them), `makers_numbers` and `shop_suffixes`."""

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

import pandas as pd

from benchmark._text import Features, catalogue_numbers, clean, extract, read_unit_words, grouped_thousands, tokens_of
from benchmark._text.letters import _NO_SPACE_CHAR
from benchmark.matching._processes import PARALLEL_MIN_ROWS, _SHARED, _here, _in_processes
from benchmark.matching.code_spellings import _codes_apart, _codes_in_parts, _short_codes
from benchmark.matching.described_parts import described_parts
from benchmark.matching.ratings import grouped_numbers, ratings
from storecheck.models import isbn13, normalise_gtin


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


# Set fields of `Features` whose values are each product's own (every word of its title): built anew
# when unpacked, no lookup kept for them (`_Sharing`).
_OWN = frozenset({"pieces"})


def _packing() -> tuple[Callable[[Features], tuple], Callable[[tuple], Features]]:
    """How each field of `Features` is packed and unpacked, read from the
    dataclass's own fields and their types, so that a field added there
    comes back from a worker without a line written here: `_pack` and
    `_unpack`. Words and sets of words travel joined; a set of word pairs ("pro" and the
    word before it) as "word before" joined; other sets and dicts as None when
    empty (a shared empty set, a new dict, back here); the optional strings
    (a brand, an MPN) interned here; anything else (numbers, tuples, flags,
    the title) pickled as it is.

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
    packed, unpacked, repacked = [], [], []
    shared = 0
    for n, name in enumerate(fields):
        kind = types[name]
        pack, unpack, repack = kinds.get(kind, ("{v}", "{v}", "{v}"))
        if kind not in kinds and typing.get_origin(kind) in (frozenset, dict):
            pack = "({v} or None)"
            unpack = repack = "({v} or _EMPTY)" if typing.get_origin(kind) is frozenset else "({v} or {{}})"
        if typing.get_origin(kind) in (frozenset, dict) and name not in _OWN:
            # Looked up by what was sent (a dict by its items), built only when new there (an empty
            # set is one object already). A title's pieces are each product's own: built anew.
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
    lookups = "".join(f"s{n}, " for n in range(shared))
    source = (f"def _pack(f):\n    return ({', '.join(packed)},)\n"
              f"def _unpack(t, shared=(None,) * {shared}):\n    {', '.join(names)}, = t\n"
              f"    {lookups}= shared\n"
              + f"    return Features({', '.join(unpacked)})\n"
              f"def _repack(f, shared=(None,) * {shared}):\n"
              f"    {lookups}= shared\n"
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
    our_rows, their_rows, our_grouped, their_grouped = _feature_rows(ours, theirs)
    rows = [*_read_through(our_rows, their_rows), *_read_through(their_rows, our_rows)]
    if workers <= 1 or len(rows) < PARALLEL_MIN_ROWS:
        found = [extract(*row) for row in rows]
    else:
        found = _in_processes(_features_task, len(rows), workers, PARALLEL_MIN_ROWS, post=_Sharing(),
                              rows=rows)
    our_features, their_features = found[: len(ours)], found[len(ours):]
    _short_codes(our_features, their_features)
    _codes_apart(our_features, their_features)
    _codes_in_parts(our_features, their_features)
    # After the codes' spellings, which add codes; before the counts of codes' owners, which read them.
    grouped_numbers(our_features, our_grouped)
    grouped_numbers(their_features, their_grouped)
    ratings(our_features, their_features)
    described_parts((our_features, their_features), (ours.description, theirs.description), DESCRIPTION_HEAD)
    return our_features, their_features


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


def _feature_rows(ours: pd.DataFrame, theirs: pd.DataFrame) -> tuple[list[tuple], list[tuple], list[frozenset[str]],
                                                                      list[frozenset[str]]]:
    """The rows `extract` reads of both catalogues, their titles' numbers as each catalogue writes them
    (`_text.catalogue_numbers`) and grouped in thousands (by spaces, or points and commas it left) as
    the other catalogue shows them meant (`_text.grouped_thousands`), the units each writes in words of
    its own spelt as the other shows them (`_text.read_unit_words`), and for each title the numbers
    written whole from groups of thousands."""
    our_names, our_grouped = catalogue_numbers(ours.name)
    their_names, their_grouped = catalogue_numbers(theirs.name)
    our_names, their_names, our_spaced, their_spaced = grouped_thousands(our_names, their_names)
    our_names, their_names = read_unit_words(our_names, their_names)
    return (list(zip(our_names, ours.brand, ours.mpn, ours.price, ours["size"], ours.currency)),
            list(zip(their_names, theirs.brand, theirs.mpn, theirs.price, theirs["size"], theirs.currency)),
            [g | s for g, s in zip(our_grouped, our_spaced)], [g | s for g, s in zip(their_grouped, their_spaced)])


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
