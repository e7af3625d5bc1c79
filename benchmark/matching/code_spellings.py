"""Code spellings: model codes the titles write otherwise than `_text.extract` reads one title
alone, and what the catalogues' codes say of each other. Two letters and a digit after a maker's
name ("Rode NT1", `_short_codes`), a code written in two pieces ("TSP 143IIIU", `_codes_apart`)
and a code a maker prints in parts ("GLL 3-80 C", `_codes_in_parts`) are added to `Features.codes`
once both sides are read (`features._features_of`); a maker's name
written with digits ("Leuchtturm1917", `_names_with_digits`) and the codes that extend a shorter
one ("smart1500rm2u", `_extensions`) are read into `code_owners.CodeOwners`. Each is read from
the two catalogues in front of the matcher, no list of makers or codes."""

from __future__ import annotations

import re
from collections import defaultdict

from benchmark._text import _PIECE, Features
from benchmark._text.codes import _QUANTITY_LIKE, _YEARISH, _is_quantity_like
from benchmark._text.fits import _for_spans
from benchmark._text.letters import _NOT_ALNUM


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


# A maker's number printed with a hyphen inside it ("3-80", "50-27", "18V-55"): digits, a letter
# at most after each group (`_codes_in_parts`).
_HYPHENED_NUMBER = re.compile(r"\d+[a-z]?(?:-\d+[a-z]?)+")


def _digit_hyphen_digit(text: str) -> bool:
    """Does the text write a digit (a letter after it at most), a hyphen and a digit, where a
    `_HYPHENED_NUMBER` may stand? Most titles do not; each hyphen is looked at, not the whole text
    scanned by a pattern (a fifth of the cost, on the bench's titles, most of which hold a hyphen)."""
    # From the second character: a hyphen that opens the title ("-20% Bosch GLL 3-80 C") has nothing
    # before it, and the hyphens after it are still looked at.
    at = text.find("-", 1)
    while at > 0:
        if at + 1 < len(text) and text[at + 1].isdigit() and (
                text[at - 1].isdigit() or (at > 1 and text[at - 1].isalpha() and text[at - 2].isdigit())):
            return True
        at = text.find("-", at + 1)
    return False
# The series letters printed before such a number ("GLL", "GBH", "GSR") and the suffix printed
# after it ("C", "CG", "F"): a few letters of the Latin alphabet, as makers print them.
_SERIES_HEAD = re.compile(r"[a-z]{2,4}")
_SUFFIX_APART = re.compile(r"[a-z]{1,2}")


def _codes_in_parts(*sides: list[Features]) -> None:
    """Add to the codes of each title, in place, a model code a maker prints in parts: its series
    letters, a space, its number with a hyphen inside it, and a suffix of a letter or two apart
    ("Bosch GLL 3-80 C", "GLM 50-27 CG", "GBH 2-28 F"), read as one code ("gll380c", "glm5027cg",
    "gbh228f"). `_text.extract` reads each piece alone, and none is a code: three letters, a
    range-like "3-80", a letter. So two shops writing one laser's code alike shared nothing but
    words, and its red and green versions ("C" / "CG") nothing to tell them apart.

    The catalogues, not the shape alone, say the pieces are one code:

    - the series letters and the number stand side by side in titles of both catalogues (the
      same letters and the same number): a code one side alone writes identifies no pair
      (`_short_codes`). The series' other codes are then read too, on one side as well, so that
      a sibling written so ("GLM 40-11" beside "GLM 50-27") differs from it;
    - the letters are written nowhere in either catalogue but right before a number: a series'
      letters, not a word of a language ("ab", "do", "per") nor a maker's name, which stands
      before words too;
    - the number is written with a hyphen between digits and is no quantity and no years: a
      range writes its unit ("55-157 cm"), and a span of years is no code ("2005-2010");
    - the title names no other such code: one that names two ("Laser receiver LR 7 for GLL 3-80 C
      and GCL 2-50 C", "for" written in a language no rule reads) names what it fits or comes
      with, not which product it is.

    The suffix after it is read into the code where the titles writing the series' code (its letters
    before a hyphened number, in either catalogue) write that letter or two right after a number at
    least as often as anywhere else (`_suffix_words`): a maker's suffix, not a word ("i", "and" in
    Croatian, where those titles write it between words more often; one written only right after the
    code is read as a suffix, and a suffix on one side only leaves the code agreeing with the bare
    one, `codes._codes_agree`). So "GLL 3-80 C" and "GLL 3-80 CG" are two codes that differ by their
    suffix (`codes._suffix_apart`: a variant, as a sibling code is), where one letter more after a
    code written whole is read as a finish of one model (`codes._codes_agree`). The series' own
    titles, not the whole catalogues: a single letter is a word in nearly any catalogue of a few
    hundred titles ("USB Type C", "Vitamin C", "C battery"), and a census of every title dropped the
    red laser's "C" as soon as one other product wrote it so (review R6 of the thirty-eighth
    session); and by how often, not whether: one title of the series writing it as a word too ("...,
    battery with USB C charging") read every code of the series without it (review R1 of the
    thirty-ninth session). Read from the catalogues in front of the matcher, so it holds for any two
    shops."""
    # (title, series letters, number, suffix or None) of every run of the shape; most titles hold none.
    runs: list[tuple[Features, int, str, str, str | None]] = []
    # The runs a title writes after "for" (`fits._for_spans`), by the title and the run's letters and number:
    # what the product fits, as `extract` reads a code written whole there into `Features.targets`.
    fitted: set[tuple[int, str]] = set()
    for number, side in enumerate(sides):
        for f in side:
            if not _digit_hyphen_digit(f.text):
                continue
            found = list(_PIECE.finditer(f.text))
            pieces = [m.group() for m in found]
            spans = None
            for n in range(len(pieces) - 1):
                head, digits = pieces[n], pieces[n + 1]
                if not (_SERIES_HEAD.fullmatch(head) and _HYPHENED_NUMBER.fullmatch(digits)):
                    continue
                joined = digits.replace("-", "")
                if _is_quantity_like(joined) or _YEARISH.match(joined):
                    continue
                after = pieces[n + 2] if n + 2 < len(pieces) else None
                suffix = after if after and after != "x" and _SUFFIX_APART.fullmatch(after) else None
                runs.append((f, number, head, joined, suffix))
                spans = _for_spans(f.text) if spans is None else spans
                if any(start <= found[n].start() < stop for _, start, stop in spans):
                    fitted.add((id(f), head + joined))
    if not runs:
        return
    stems: list[set[str]] = [set() for _ in sides]
    for _, number, head, joined, _ in runs:
        stems[number].add(head + joined)
    both = set.intersection(*stems) if len(sides) > 1 else set()
    if not both:
        return
    # The letters before a code both catalogues write are a series' letters: its other codes are read
    # too, on one side as well ("GLM 50-27" on both, "GLM 40-11" theirs only), so that they differ.
    heads = {head for _, _, head, joined, _ in runs if head + joined in both}
    # The letters written anywhere but right before a number: words.
    words = _written_elsewhere(sides, heads)
    read = [run for run in runs if run[2] in heads and run[2] not in words]
    # A suffix a title of its series writes anywhere but right after a number: a word there.
    series: dict[str, dict[int, Features]] = defaultdict(dict)
    for f, _, head, _, _ in read:
        series[head][id(f)] = f
    worded = {head: _suffix_words(list(titles.values()), {suffix for _, _, h, _, suffix in read if suffix and h == head})
              for head, titles in series.items()}
    # A title naming two models so names what it fits or comes with ("Laser receiver LR 7 for GLL
    # 3-80 C and GCL 2-50 C", "GLL 3-80 C + BT 150 tripod kit", in whatever language "for" and
    # "kit" are written), not which one it is.
    named: dict[int, set[str]] = defaultdict(set)
    for f, _, head, joined, _ in read:
        named[id(f)].add(head + joined)
    for key, stems in _series_numbers(sides, [f for f, *_ in read]).items():
        named[key] |= stems
    for f, _, head, joined, suffix in read:
        if len(named[id(f)]) == 1:
            code = head + joined + suffix if suffix and suffix not in worded[head] else head + joined
            # A code the title holds already (written whole elsewhere in it) is its own evidence.
            if code not in f.codes:
                f.codes = f.codes | {code}
                f.in_parts = f.in_parts | {code}
                if (id(f), head + joined) in fitted:
                    f.targets = f.targets | {code}


def _suffix_words(titles: list[Features], suffixes: set[str]) -> set[str]:
    """The `suffixes` that the titles write otherwise than right after a number more often than right
    after one: words of the series' titles, not a maker's suffix (`_codes_in_parts`). A title writing
    the letter elsewhere as well as after its number ("GLL 3-80 C ..., battery with USB C charging",
    "klasa C") leaves it a suffix (review R1 of the thirty-ninth session); a word of their language
    ("i", "and") is written between words more often than after a number."""
    after: dict[str, int] = defaultdict(int)
    elsewhere: dict[str, int] = defaultdict(int)
    for f in titles:
        if suffixes.isdisjoint(f.tokens):
            continue
        pieces = _PIECE.findall(f.text)
        for n, piece in enumerate(pieces):
            if piece in suffixes:
                if n and pieces[n - 1][:1].isdigit():
                    after[piece] += 1
                else:
                    elsewhere[piece] += 1
    return {suffix for suffix in suffixes if elsewhere[suffix] > after[suffix]}


def _series_numbers(sides: tuple[list[Features], ...], titles: list[Features]) -> dict[int, set[str]]:
    """For each of `titles` (by `id`), the models it names by series letters and a plain number apart ("BT
    150", "LR 7"), where the catalogues show them so: the same letters and number in titles of
    both catalogues, the letters written nowhere but right before a number. Such a model is only
    counted (`_codes_in_parts`), never read as a code: a label and a number ("Nr. 6", "US 10",
    "SAE 90") have its shape, and only a model's code printed with its hyphen reads as one."""
    found: dict[int, list[tuple[str, str]]] = {}
    for f in titles:
        pieces = _PIECE.findall(f.text)
        found[id(f)] = [(pieces[n], pieces[n + 1]) for n in range(len(pieces) - 1)
                        if _SERIES_HEAD.fullmatch(pieces[n]) and _PLAIN_NUMBER.fullmatch(pieces[n + 1])
                        and not _YEARISH.match(pieces[n + 1])]
    heads = {head for runs in found.values() for head, _ in runs}
    if not heads:
        return {}
    # The stems written on each side, where a title writes one of the heads.
    written: list[set[str]] = [set() for _ in sides]
    for number, side in enumerate(sides):
        for g in side:
            if heads.isdisjoint(g.tokens):
                continue
            pieces = _PIECE.findall(g.text)
            written[number].update(pieces[n] + pieces[n + 1] for n in range(len(pieces) - 1) if pieces[n] in heads)
    both = set.intersection(*written)
    words = _written_elsewhere(sides, heads)
    out: dict[int, set[str]] = {}
    for key, runs in found.items():
        stems = {head + digits for head, digits in runs if head + digits in both and head not in words}
        if stems:
            out[key] = stems
    return out


# A plain number after series letters ("BT 150", "LR 7"): one to four digits (`_series_numbers`).
_PLAIN_NUMBER = re.compile(r"\d{1,4}")


def _written_elsewhere(sides: tuple[list[Features], ...], heads: set[str]) -> set[str]:
    """The `heads` some title writes otherwise than right before a number (`_codes_in_parts`; a
    suffix's census is its series' titles', `_suffix_words`)."""
    found: set[str] = set()
    for side in sides:
        for f in side:
            if heads.isdisjoint(f.tokens):
                continue
            pieces = _PIECE.findall(f.text)
            for n, piece in enumerate(pieces):
                if piece in heads and not (n + 1 < len(pieces) and pieces[n + 1][:1].isdigit()):
                    found.add(piece)
    return found
