"""How two model codes agree, for scoring: one code written two ways
(padding zeros, a prefix or suffix a shop adds, split by spaces or hyphens in
a title), one maker's number under other letters, a code that names one
product or a family of them, and two identifiers from different numbering
schemes or of one series (siblings).

Shops write one maker's code in many ways and makers of every kind reuse
short codes, so each test reads the shape of the codes and counts taken from
the catalogues in front of it (how many products carry a code, how many
codes extend it), never a list of known codes: it holds on any catalogue.
"""

from __future__ import annotations

import functools
import re

from rapidfuzz.distance import Levenshtein

from benchmark._text import _DIGIT, _PIECE, _PIECE_SEPARATOR, Features, _is_quantity_like
from benchmark.matching.code_owners import MAX_CODE_PRODUCTS, writes_word
from benchmark.matching.code_spellings import MIN_FAMILY, _extends
from benchmark.matching.makers_numbers import makers_model
from benchmark.matching.shop_suffixes import letters_after_digit, suffixes_apart


def _shop_suffixed(x: str, y: str, suffixes: frozenset[tuple[str, str]]) -> bool:
    """Is our code x their code y written with each shop's own suffix for one model
    (`shop_suffixes._shop_suffixes`: "ga21001a1er" / "ga21001a1dr" where the catalogues show our
    shop writing "er" and theirs "dr" on model after model, and neither writing the other's;
    "sm58lce" / "sm58" where ours writes "lce" and theirs the bare code)?"""
    if not suffixes:
        return False
    apart = suffixes_apart(x, y)
    if apart is not None:
        return (apart[1], apart[2]) in suffixes
    # One shop's ending against the other's bare code ("sm58lce" / "sm58").
    for code, bare, ours_ending in ((x, y, True), (y, x, False)):
        split = letters_after_digit(code)
        if split and split[0] == bare:
            return ((split[1], "") if ours_ending else ("", split[1])) in suffixes
    return False


def _suffixes_in_parts(x: str, a: Features, y: str, b: Features) -> bool:
    """Are x (a code of title a) and y (of title b) one maker's code with two suffixes, each title
    printing its suffix apart, right after the code's number ("GLL 3-80 C" / "GLL 3-80 CG",
    `code_spellings._codes_in_parts`)? A maker that prints its suffix as a part of its own names a
    variant by it (the beam's colour, "C" red and "CG" green), where one letter more after a code
    written whole is read as a finish of one model (`_codes_agree`). A code with no suffix apart
    ("GLL 3-80", or "TSP 143IIIU" beside "TSP143IIIU GY") may be either, as before."""
    if x == y:
        return False
    suffix_x, suffix_y = _suffix_apart(x, a), _suffix_apart(y, b)
    return bool(suffix_x and suffix_y and suffix_x != suffix_y and x[:-len(suffix_x)] == y[:-len(suffix_y)])


def _suffix_apart(code: str, f: Features) -> str | None:
    """The letter or two a code read from its title's parts ends with, where the title writes them
    as a piece of their own right after the code's number; None for any other code."""
    if code in f.pieces:
        return None
    for n in (2, 1):
        suffix = code[-n:]
        if len(code) > n + 1 and code[-n - 1].isdigit() and suffix.isalpha() and suffix in f.pieces:
            return suffix
    return None


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


def _identifies(x: str, a: Features, b: Features, owners: dict) -> bool:
    """Does the code x, which titles a and b both write, say that they are one product? On no
    more than MAX_CODE_PRODUCTS products of either side it does, as it always did. On more, the
    count alone read it as a series and dropped it; but a shop that lists one model new, used, as
    a display piece, in two lengths and in another language, with a grip "for" it, writes the
    model's code on as many listings as a series' (a stick's code on seven). So the catalogue is
    asked which listing the code names (`code_owners._listings_of_codes`):

    - neither title writes another code: a series or a standard ("DDR3", "AS/400") is written
      beside each product's own model code ("HX316C10F/4", "910523-002"), a model's listings are not;
    - neither title is told apart from the code's other listings of its side by a word or a
      number the other title does not write (`told_apart`): their used piece's "استعمال شدہ", their
      display piece's, a grip's words, our cable's "usb" beside our calculator, in whatever
      language; the listing that writes only what its siblings write, or what the other title
      writes too, is the model itself;
    - and the comparison reads no number or quantity apart between the two (`conflicts`).

    It reads how each shop lists, in the two catalogues in front of the matcher, so it holds for
    any of them; a code the catalogue cannot tie to one listing is dropped, as before. On the
    shared sets a marketplace's many listings of one code (Amazon's cases, bundles and colours of
    one model) each write some word another lacks that the other shop writes, and the code stays
    dropped there (bench/history/matching.md, misses8)."""
    if owners.get(x, 0) <= MAX_CODE_PRODUCTS:
        return True
    listings = getattr(owners, "listings", None)
    apart = listings.get(x) if listings else None
    if apart is None:
        return False
    if x.isdigit() or any(c != x and not _codes_agree(c, x) and c in f.flat for f in (a, b) for c in f.codes):
        return False
    written_apart = getattr(owners, "apart", {}).get(x, {})
    if any(_apart_from(f, other, apart, written_apart) for f, other in ((a, b), (b, a))):
        return False
    # Here, not at the top: conflicts reads codes.
    from benchmark.matching.conflicts import _number_conflict, _quantities_apart

    return not (_number_conflict(a, b) or _quantities_apart(a, b))


def _apart_from(f: Features, other: Features, apart: dict[str, frozenset[str]], written_apart: dict) -> bool:
    """Is the listing f told apart from the other title among its code's listings: by its words that
    tell it apart (`told_apart`), or, where it is written apart from the code's other listings of
    its side (`code_owners._written_apart`: another language's title of the model, or a thing for it
    worded otherwise), unless the other title is one of the other shop's listings of the code that
    write one of its words which not all of those write (`code_owners.WrittenApart.vouchers`); a
    listing of its own shop is told apart from it unless some title of the other shop is and that
    listing is not written apart too. The model's own listing that a listing written apart is
    another language's title of (`code_owners._model_listing`) is told apart neither from it nor
    from the titles that vouch for it: its words are the shop's language, which our title does not
    write ("lanu 'akau" of their Tongan ukulele beside their English one and our Catalan one)."""
    if f.text not in written_apart:
        # The model's own listing of a listing written apart: one product with it, and with the titles
        # that vouch for it.
        if any(w.model == f.text and (other.text == t or other.text in w.vouchers) for t, w in written_apart.items()):
            return False
        return told_apart(apart.get(f.text), other)
    written = written_apart[f.text]
    if other.text in written.siblings:
        # Another listing written apart is no listing of the model in the shop's own words.
        return not written.vouchers or other.text in written_apart
    return other.text not in written.vouchers


def told_apart(words: frozenset[str] | None, other: Features) -> bool:
    """Does a listing's words and numbers that tell it apart from the other listings of its code
    (`code_owners._listings_of_codes`) hold one the other title does not write (`_writes`)?"""
    return bool(words) and any(not _writes(other, t) for t in words)


# Here, where `told_apart` reads it; `code_owners._listings_of_codes` reads it too.
_writes = writes_word


def _shared_code(a: Features, b: Features, owners: dict, *, same_brand: bool = False) -> str | None:
    """The model code the two titles share, if any. A code either read from a maker's parts
    (`Features.in_parts`) is none, whoever asks: "EU 39-42" and "Ages 2-5" have the shape of "GLL 3-80
    C", on two makers' products and on one maker's different products alike, and such a code tells
    products apart (`conflicts._code_conflict`) but says no two are one (reviews R3 of the
    thirty-seventh and thirty-eighth sessions)."""
    # One side's MPN (or the part number it holds) written in the other's
    # title, whatever it looks like.
    # A maker's name written with digits ("leuchtturm1917", `code_spellings._names_with_digits`) names no product.
    names = getattr(owners, "names", ())
    for x, other in ((a.part, b), (b.part, a)) if a.part or b.part else ():
        if x and x not in names and len(x) >= 4 and any(c.isdigit() for c in x) and owners.get(x, 0) <= MAX_CODE_PRODUCTS and _written_in(x, other):
            return x
    best = None
    extended = getattr(owners, "extended", {})
    suffixes = getattr(owners, "suffixes", frozenset())
    listings = getattr(owners, "listings", None)
    for x in a.codes:
        # A code on many products of a side is a series ("ps4", "a4"), not an identifier, unless
        # the catalogue shows that it names the listing in hand (`_identifies`, asked once a code
        # of the other title agrees: nearly every pair has none).
        many = owners.get(x, 0) > MAX_CODE_PRODUCTS
        if (many and not (listings and x in listings)) or (x.isdigit() and len(x) < 5) or x in names:
            continue
        # One number with other letters around it is one product only under one
        # brand: makers of every kind reuse five-digit numbers (GE 22621 / Wausau 22621).
        for y in b.codes:
            # Whether they agree first: nearly every two codes do not, and the tests below are then moot.
            # (A code built on a number of NUMBER_DIGITS digits has as many characters: `_number_of`.)
            if not (_codes_agree(x, y) or (same_brand and len(x) >= NUMBER_DIGITS and len(y) >= NUMBER_DIGITS
                                           and _same_number(x, y)) or _shop_suffixed(x, y, suffixes)):
                continue
            if x != y and _suffixes_in_parts(x, a, y, b):
                continue
            if x in a.in_parts or y in b.in_parts:
                continue
            # Both titles write the code only after "for", under brand fields
            # that differ: two makers' things for one product (a Canon case and
            # a GTMax pouch "for SX30"), neither of them it. Under one brand,
            # or the same kind of thing ("kit for SD800IS"), it says which one.
            if _family(x, y, extended) or (x in a.targets and y in b.targets and a.brand and b.brand
                                           and not same_brand and not a.heads & b.heads):
                continue
            if many and not _identifies(x, a, b, owners):
                break
            # The longer code, and of two as long the first in order, whatever order the
            # set gives (the string hash seed): the code a reason names is the same every run.
            if best is None or len(x) > len(best) or (len(x) == len(best) and x < best):
                best = x
            break
    if best is None:
        for x, other in ((a, b), (b, a)):
            # Only a code of GROUPED_CODE characters or more inside the other's letters can be written there
            # in groups (`_written_in_groups`): most pairs have none, and the sort and the tests are
            # skipped (longest first, then in order, so that the code named does not hang on the
            # set's order). A loop, not a list built for every pair: nearly every one stays empty.
            inside = None
            flat = other.flat
            for y in x.codes:
                # A number may be printed without its leading zeros there (`_number_in_groups`).
                if len(y) >= GROUPED_CODE and (y.lstrip("0") if y.isdigit() else y) in flat:
                    inside = [y] if inside is None else [*inside, y]
            for y in sorted(inside, key=lambda c: (-len(c), c)) if inside else ():
                if y in x.in_parts:
                    continue
                if owners.get(y, 0) <= MAX_CODE_PRODUCTS and y not in names and _written_in_groups(y, other):
                    return y
    return best


def _shared_number(a: Features, b: Features, owners: dict) -> str | None:
    """A maker's number of digits only that both titles write as their one such number
    (`_text.makers_number`: our "Dominant ... (131)", their "DOMINANT 131 struna A"), where one
    product of each catalogue writes it (`makers_numbers._makers_numbers`). A code of letters and
    digits is read as one on any product; three or four digits are a size, a series or another
    maker's model as often, so only a number the two catalogues give to one product each says
    which product it is, and only where no word after it in one title tells another model or a
    size apart (`makers_numbers._makers_numbers`). Counted in the catalogues themselves, so it holds
    for any two shops: a number on several products of either side (a headset line's "2400")
    is no identifier there, and a pairs file, which counts no owners, never reads one.
    Whether the makers agree, and what the number weighs (a proposal, not a match), are the
    caller's to read (`scoring.compare`)."""
    numbers = getattr(owners, "numbers", None)
    if not numbers or not a.numbers or not b.numbers:
        return None
    makers = getattr(owners, "numbering", frozenset())
    number = makers_model(a, makers)
    if number is None or number not in numbers or number != makers_model(b, makers):
        return None
    return number


# The shortest code read where the other title writes it in groups (`_written_in_groups`): a code,
# as `_text._is_code` asks of any, so that a letter and three digits written apart ("e 835" for
# "e835", "M 201" for "M201") are one code as a longer one written so is.
GROUPED_CODE = 4


def _written_in_groups(code: str, other: Features) -> bool:
    """Is the code written in the other title in groups, as parts catalogues
    print a maker's or an original-equipment number: "1K0 698 151 A" for
    1K0698151A, "F 026 407 157", "5Q0-129-620-B", "A 863 S". `_written_in`
    reads two numbers a space apart as two numbers ("Pack of 5 100-count"
    spells no 5100); here each group is a piece of the title of its own,
    written apart (a code joined by hyphens or dots is one piece, read as a
    code already; "802.3af-at" is a standard and its suffix, no "8023af"),
    with a digit or of a single letter; the run is two groups or more and
    spells the whole code, and the code holds letters and at least three
    digits, so no count beside a size and no words ("iPhone 15") make one.
    A size is no group, nor the "x" between two: "24mm x 7m" is a tape's
    size, no code "24mmx7m". A code of digits alone is read by `_number_in_groups`."""
    if code.isdigit():
        return _number_in_groups(code, other)
    # The substring test first: it fails for nearly every pair, and the digit count costs five times more.
    if len(code) < GROUPED_CODE or code not in other.flat or sum(c.isdigit() for c in code) < 3:
        return False
    groups = _PIECE.findall(other.text)
    for start in range(len(groups)):
        run = ""
        for stop in range(start, len(groups)):
            word = groups[stop]
            if not (_DIGIT.search(word) or len(word) == 1) or word == "x" or _is_quantity_like(word):
                break
            run += word
            if not code.startswith(run):
                break
            if run == code:
                return stop > start
    return False


def _number_in_groups(code: str, other: Features) -> bool:
    """Is a number written in the other title in groups of digits, its leading zeros left out or
    not: Bosch prints "0 986 452 041" for 0986452041, Claas "981 126.0" for 0009811260, as makers
    of parts and original equipment print their numbers on the part and in their lists, while a
    shop's catalogue writes them whole and padded. Two numbers a space apart are two numbers for
    `_written_in` ("Pack of 5 100-count"); here the number must be long enough to name one
    product on its own (more than NUMBER_DIGITS + 1 digits after its zeros, `_distinctive`'s
    bar for a number), and a whole run of the title's pieces of digits, two or more, must spell
    it, each group (a piece, or a part of one between its dots or hyphens) of three digits at
    most, as a long number is grouped for reading: not part of a longer run, nor a run with a
    size or a word inside it ("1,23 x 3600 m" spells no 1233600), nor one holding a year or a
    count of four digits ("Kalender 2024 100 Blatt" spells no 2024100). A run of short groups
    that spells by chance a number of seven digits or more which a product of the other side
    carries is rare in any catalogue."""
    number = code.lstrip("0")
    if len(number) <= NUMBER_DIGITS + 1 or number not in other.flat:
        return False
    run: list[str] = []
    for piece in [*_PIECE.findall(other.text), ""]:
        groups = _PIECE_SEPARATOR.split(piece)
        if all(g.isdigit() and len(g) <= 3 for g in groups):
            run.append("".join(groups))
            continue
        if len(run) >= 2 and "".join(run).lstrip("0") == number:
            return True
        run = []
    return False


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
    says nothing against it, and the pair keeps its identifier. The number
    may be written in the other title inside the shared code and inside
    codes of its own under other letters (`_number_apart`): "CyberPower
    CP1000PFCLCD ... 1000VA" / "Tripp Lite SMART1000LCD ... 1000VA" are two
    makers' models of one rating."""
    def own(x: Features, y: Features) -> str | None:
        for c in sorted(x.codes):
            number = _number_of(c) or max(_NUMBER_RUN.findall(c), key=len, default="")
            if (c != shared and c in x.flat and len(c) >= 4 and not c.isdigit() and c[0].isalpha()
                    and number and (number not in y.flat or _number_apart(number, c, y, shared))
                    and not _codes_agree(c, shared)
                    and not _written_in(c, y) and not any(_codes_agree(c, d) for d in y.codes)):
                return c
        return None
    mine = own(a, b)
    theirs = own(b, a) if mine else None
    return (mine, theirs) if theirs else None


# A number with letters after it only: "1000va", "750va".
_RATING = re.compile(r"\d+[a-z]+")


def _number_apart(number: str, code: str, other: Features, shared: str) -> bool:
    """Where the shared code is a rating, a number with a unit after it
    ("1000va"), and `code` puts letters before that same number: is the
    number written in the other title only inside the rating and inside
    codes that put other letters before it ("1000" of "cp1000pfclcd" in
    "smart1000lcd" and "1000va")? Makers name a model after its rating, so
    two makers' models of one rating share the number; a shared code that
    is a model's own ("icc790blk" / a shop's "ilvicc790b") is left to the
    rule as it was. Letters before a
    number are a maker's own naming of its models (CP, SMART), so two codes
    that put different ones before one number are two makers' models, and a
    number written there as it is here is one model written two ways
    ("RX5700 XT" / "RX 5700XT": nothing before it in "5700xt"). A number
    of NUMBER_DIGITS or more is the maker's own, whatever letters a shop
    puts around it (`_same_number`): never read so."""
    letters = code[:code.index(number)]
    # Only where the shared code is that number with a unit after it: a rating
    # ("1000va", "750va"), where a maker's own code shares its number with it.
    if not letters or len(number.lstrip("0")) >= NUMBER_DIGITS or not _RATING.fullmatch(shared) \
            or _NUMBER_RUN.match(shared).group() != number:
        return False
    rest = other.flat.replace(shared, " ")
    for d in other.codes:
        # The number as a whole run of digits there ("3" of "ddr3" is not in "hx318c10fb4").
        at = next((m.start() for m in _NUMBER_RUN.finditer(d) if m.group() == number), -1)
        # No exception for a shop's letters before the maker's code: joined to it ("newc9202kh" /
        # "c9202kh") the two codes agree (`_codes_agree`), written apart ("New-C9202KH") the code is
        # found in the other title (`_written_in`), so neither is an own code of `_codes_besides`.
        if at > 0 and d != shared and d[:at].isalpha():
            rest = rest.replace(d, " ")
    return number not in rest


def _family(x: str, y: str, extended: dict) -> bool:
    """Is one code the other with a suffix of two characters or more added, the
    shorter one a code that MIN_FAMILY or more codes of the catalogues extend
    (`code_spellings._extensions`)? Then it names a family of models
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


# "MPNs differ" between two identifiers of different kinds (see `_other_scheme`).
SCHEME_PENALTY = 0.05
# Two MPN fields, one the other with a suffix added (`scoring.compare`): as little as a scheme apart,
# enough that one MPN on both outranks it, as a shared code outweighs a number apart (0.05).
MPN_SUFFIX_PENALTY = 0.05


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
