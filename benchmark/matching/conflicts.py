"""The rules that tell two products apart, for scoring: an accessory that
names the other's code only as what it fits, a variant word on one side, one
word against another, sibling model codes, quantities (capacities, sizes)
and bare numbers that differ. Each returns what differs, for the reason a
person reads, or None; `scoring.compare` weighs them.

Each rule reads the two products as they are written, not which catalogue
they come from (the word rule also reads whether their brands agree, and
the words a competitor's catalogue shows to be its style, calibrated from
its own titles), so it holds on any catalogue; where a rule needs a
threshold it is a named constant here, beside its why.
"""

from __future__ import annotations

import math
import re

from benchmark._text import _COLOURS, _NOT_ALNUM, _PIECE, _STOP_WORDS, Features, edition_value
from benchmark._text.quantities import mains_nominal
from benchmark.matching.codes import _codes_agree, _shop_suffixed, _siblings, _suffixes_in_parts


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
    if not a.targets and not b.targets:
        return None
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
    if not a.variants and not b.variants:
        return None
    for x, other in ((a, b), (b, a)):
        for word, before in x.variants:
            # The sets first: the word among the other's tokens is a scan of a list.
            if before not in other.pieces or word in other.pieces or word in other.tokens:
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
    without them).

    A word one title writes with its marks and the other without ("Pokémon"
    / "Pokemon", "fēnix" / "fenix") is one word, so it names no variant
    ("sèche" is not "seche"'s rival); but it is no word the titles share
    either: two hands wrote them, and the rule reads one word against
    another only between titles written alike. It counts as a word each
    side has alone (`_unshared`), as it did before marks were folded, so a
    longer title's other words ("Sword & Shield 3" / "TCG") are not read as
    a variant because the spellings now agree."""
    if brand == "conflict" or not a.words or not b.words:
        return None
    if style_words and _word_conflict(a, b, brand) is None:
        return None
    unshared_a, spelt_a = _unshared(a, b, style_words)
    unshared_b, spelt_b = _unshared(b, a, style_words)
    only_a = [w for w in unshared_a if w not in style_words]
    only_b = [w for w in unshared_b if w not in style_words]
    apart_a, apart_b = len(only_a) + spelt_a, len(only_b) + spelt_b
    if not only_a or not only_b or apart_a > WORD_EXTRA or apart_b > WORD_EXTRA:
        return None
    # "Most words shared": at least WORD_SHARED, and at least WORD_RATIO times the unshared ones of a side.
    shared = len(a.words) - len(unshared_a) - spelt_a
    if shared < max(WORD_SHARED, WORD_RATIO * max(apart_a, apart_b)):
        return None
    return "/".join(sorted(only_a)), "/".join(sorted(only_b))


def _unshared(x: Features, other: Features, style_words: frozenset[str]) -> tuple[list[str], int]:
    """x's words not on the other side, and how many of x's words the other
    writes with marks where x does not or the reverse (`Features.marked`),
    read no further than one past WORD_EXTRA of them outside `style_words`
    (the rule gives up there): each is looked for among all the other's
    words, so two long titles (300 characters of a pasted description) took
    18 ms a pair read whole."""
    out, extra, spelt = [], 0, 0
    marked = x.marked or other.marked
    for w in x.words:
        # A word the other writes as it is, `_word_in`'s first test, is read before the words
        # written before it (`_before`, a pass over the tokens), which only the tests after it read.
        if w not in other.words and w not in other.pieces and not _word_in(w, other, alone=w in x.pieces,
                                                                             before=_before(w, x)):
            if w in _COLOURS and _COLOURS[w] in other.colours:
                # A colour the other names in another language ("Schwarz" / "Black"): one
                # word spelt two ways, as a word written with and without its marks is.
                spelt += 1
                extra += 1
                continue
            out.append(w)
            extra += w not in style_words
        elif marked and (w in x.marked) != (w in other.marked):
            spelt += 1
            extra += 1
        if extra > WORD_EXTRA:
            break
    return out, spelt


def _before(word: str, x: Features) -> frozenset[str]:
    """The words x writes right before `word` ("wi" before "fi" in "Wi-Fi")."""
    return frozenset(x.tokens[n - 1] for n in range(1, len(x.tokens)) if x.tokens[n] == word)


def _word_in(word: str, other: Features, alone: bool = False, before: frozenset[str] | None = None) -> bool:
    """Is the word on the other side: written there (also inside a joined piece
    or the brand), or as an abbreviation of it or it of one there. A word of
    one letter written several times and `alone`, a piece of its title of its
    own ("AA", "AAA"), counts its letters: a size (of a battery, a bra), found
    only whole, as neither a part nor an abbreviation of a longer run ("AA"
    is not in "AAA"). Inside a reference ("26470OR.OO.1000OR") it is none."""
    if word in other.words or word in other.pieces:
        return True
    if alone and len(set(word)) == 1:
        return False
    if (other.brand and word in other.brand) or _in_run(word, other, before):
        return True
    # Only words of the same first letter can abbreviate one another (`_abbreviates`).
    return any(_abbreviates(word, w) or _abbreviates(w, word) for w in other.words if w[0] == word[0])


# Letters before a word inside a longer one that make the first word of a
# compound: "Hunde|futter", "Geflügel|auswahl"; "wo|men" is no compound.
COMPOUND_HEAD = 3


def _in_run(word: str, other: Features, before: frozenset[str] | None = None) -> bool:
    """Is the word inside the other title's letters run together
    (`Features.flat`): at the start of a piece, across pieces written apart
    ("Geflügel Auswahl" / "Geflügelauswahl"), or as the last part of a
    compound after COMPOUND_HEAD letters or more ("Futter" in
    "Hundefutter"). After one or two letters the longer word is another
    word, not a compound: "men" in "Women's", "age" in "Stage"; unless
    those letters end the word written right before it (`before`): one
    name written apart and joined, "Wi-Fi" / "WiFi", "D'Addario" /
    "Daddario". Without `before` (the wording's calibration), and in
    titles whose letters are not read piece by piece
    (`_text._bigram_runs`), it is read anywhere, as before."""
    flat = other.flat
    at = flat.find(word)
    if at < 0:
        return False
    if before is None:
        return True
    starts, n = [], 0
    for piece in _PIECE.findall(other.text):
        starts.append(n)
        n += len(_NOT_ALNUM.sub("", piece))
    if n != len(flat):
        return True
    while at >= 0:
        head = max(s for s in starts if s <= at)
        if at - head == 0 or at - head >= COMPOUND_HEAD or any(w.endswith(flat[head:at]) for w in before):
            return True
        at = flat.find(word, at + 1)
    return False


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


def _code_conflict(a: Features, b: Features, suffixes: frozenset[tuple[str, str]] = frozenset()) -> tuple[str, str] | None:
    """Two codes that look like siblings of one series: HL-L6200DW vs HL-L6300DW. Not one model
    written with each shop's own suffix (`suffixes`, `shop_suffixes._shop_suffixes`)."""
    for x in a.codes:
        if x in b.codes:
            continue
        for y in b.codes:
            # Siblings start alike (`_siblings`): that test first, since nearly every two codes do not.
            if (x[:1] == y[:1] and y not in a.codes and (not _codes_agree(x, y) or _suffixes_in_parts(x, a, y, b))
                    and _siblings(x, y) and not _shop_suffixed(x, y, suffixes)):
                return x, y
    return None


def _quantity_conflict(a: Features, b: Features) -> tuple[str, str, str] | None:
    """`_quantities_apart`, the values shown as a reason writes them ("64", "13/20000")."""
    apart = _quantities_apart(a, b)
    return None if apart is None else (apart[0], _show(apart[1]), _show(apart[2]))


def _quantities_apart(a: Features, b: Features) -> tuple[str, frozenset[float], frozenset[float]] | None:
    """A quantity of one dimension each title names and the other does not:
    "13 mm (1/2"), 20 m" / "13 mm (1/2"), 30 m" (a hose's bore and length,
    both lengths), "24mm x 7m" / "12mm x 7m". A value one side names and the
    other does not is no conflict alone, since titles name more or fewer of a
    product's measures ("6ft (1.8m)" / "1.8 m"); a value on each side that
    the other lacks is two products."""
    # A pack both titles count alike (`Features.pack`) may weigh its items on one side and its
    # whole on the other: "10er Packung 210 g" / "10 x 21 g", "5er-Pack 500 g" / "5 x 100g". Each
    # side's amounts are then read both ways. Only where both name the count, and the same one: a
    # single 400 ml tin is another product than four of 100 ml, and "3 x 100g" is another pack
    # than "5er-Pack 500 g".
    pack = a.pack if a.pack and a.pack > 1 and a.pack == b.pack else None
    ours, theirs = a.quantities, b.quantities
    if "ounce" in ours or "ounce" in theirs:
        ours, theirs = _ounces_read(ours, theirs), _ounces_read(theirs, ours)
    for dimension, values in ours.items():
        other = theirs.get(dimension)
        if dimension == "volt" and other:
            # One mains supply as two regions write it ("230 V" / "240 V") is one voltage.
            values, other = mains_nominal(values), mains_nominal(other)
        # Where one side's values are among the other's, every one of them is alike one there
        # (`_one_lacks` is false): the common case, tested without a loop of `math.isclose`.
        if not other or values <= other or other <= values:
            continue
        # One value each, the common case: the two tests are one (`math.isclose` is symmetric).
        if (not math.isclose(*values, *other, rel_tol=0.03) if len(values) == 1 and len(other) == 1
                else _one_lacks(values, other) and _one_lacks(other, values)):
            if pack and dimension in _PACKED and not (_one_lacks(values, _in_all(other, pack))
                                                      and _one_lacks(other, _in_all(values, pack))):
                continue
            return dimension, values, other
    return None


# An ounce in grams and, as a US fluid ounce, in millilitres.
_OUNCE = {"mass": 28.3495, "volume": 29.5735}


def _ounces_read(quantities: dict[str, frozenset[float]], other: dict[str, frozenset[float]]) -> dict[str, frozenset[float]]:
    """`quantities` with its ounces (`_UNITS["oz"]`) read as the other title's unit says: a
    volume where the other names a volume and no weight ("8oz" of ink against "240 ml" is 237
    ml, and "4oz" another size), else a weight, as an ounce was always read ("16 oz" of coffee
    against "454 g" or "1 lb"). Shops write "oz" for both and no word beside it says which; the
    other title's unit is what says which of the two is set against it, and a title naming
    neither has no size to set against it. The 3% of `_one_lacks` holds a label's rounding
    ("240 ml" for 8 fl oz, 236.6 ml)."""
    ounces = quantities.get("ounce")
    if not ounces:
        return quantities
    dimension = "volume" if "volume" in other and "mass" not in other else "mass"
    read = {k: v for k, v in quantities.items() if k != "ounce"}
    read[dimension] = read.get(dimension, frozenset()) | {round(v * _OUNCE[dimension], 3) for v in ounces}
    return read


# What a pack's items are weighed or measured in, whose amounts add up to the pack's.
_PACKED = frozenset({"mass", "volume"})


def _in_all(values: frozenset[float], pack: int) -> frozenset[float]:
    """The amounts as they are, and as the whole of a pack of `pack` items each of them."""
    return values | {round(v * pack, 3) for v in values}


def _one_lacks(values: frozenset[float], other: frozenset[float]) -> bool:
    """Is one of `values` unlike every one of `other` (3% apart or more, so
    that "55 in" and "140 cm" are one size)?"""
    return any(not any(math.isclose(v, w, rel_tol=0.03) for w in other) for v in values)


_TESTER = frozenset({"tester"})


def _named_apart(x: frozenset[str], y: frozenset[str], marks: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The shape of the readings that name one of a set of values on each
    side (a size, a stage of life, a concentration, a console): each title
    names one, and no value is shared, or a mark (`marks`, such as a
    tester) is on one side only. A title that names none is one listing for
    all of them, so no conflict; each side is shown joined by "/"."""
    named_x, named_y = x - marks, y - marks
    if named_x and named_y and (not named_x & named_y or x & marks != y & marks):
        return "/".join(sorted(x)), "/".join(sorted(y))
    return None


def _size_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """A letter size on each side, none of them alike (`_text._letter_sizes`):
    "T-Shirt weiß Größe M" / "T-Shirt weiß Gr. L", "Jacket Navy XL" / "Jacket
    Navy S". One listing per size is how clothes are sold; a title without a
    size (one listing for all of them) is no conflict."""
    return _named_apart(a.sizes, b.sizes)


def _stage_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """Two products of one line for another stage of life
    (`_text._stages`): "Maxi Adult" / "Maxi Puppy". A title that names no
    stage (one food for every age) is no conflict. A refill against the
    product it refills was read here too, and left out: shops that sell a
    refill only leave the word out ("Traveler's Notebook Refill 008" /
    "Traveler's Company 008 Zipper File", one product in WDC)."""
    return _named_apart(a.stages, b.stages)


def _count_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """A count joined to the same word on each side, or a range of two
    numbers on each side, none of them alike (`_text._joined_counts`):
    "19-piece drill bit set" / "25-piece drill bit set", "11-speed chain" /
    "12-speed chain", a frame's "50-22" / "54-18", strings' "10-46" /
    "9-42". A shop writes such a number as part of the product's name, so
    two listings apart by it are two products. A count one title writes and
    the other does not, or writes with another word ("19-teilig"), is no
    conflict: the titles only name more or less."""
    if not a.joined_counts or not b.joined_counts:
        return None
    for what in {w for w, _ in a.joined_counts} & {w for w, _ in b.joined_counts}:
        named = _named_apart(frozenset(n for w, n in a.joined_counts if w == what),
                             frozenset(n for w, n in b.joined_counts if w == what))
        if named:
            return (f"{named[0]}-{what}", f"{named[1]}-{what}") if what else named
    return None


def _direction_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """Two adapters between the same two ends, each the other way round
    (`_text._ends`): "USB-C auf USB-A Adapter" / "USB-A to USB-C Adapter"."""
    if a.ends and b.ends and a.ends == b.ends[::-1]:
        return " to ".join(a.ends), " to ".join(b.ends)
    return None


def _battery_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """A power tool sold bare against the same tool in a kit with batteries
    (`_text._battery`): "GSR 18V-55 solo, ohne Akku" / "GSR 18V-55 mit 2 x
    4,0 Ah Akku". Makers sell both under one model code at prices apart by
    the batteries; a title that says neither is no conflict."""
    if a.battery and b.battery and a.battery != b.battery:
        return a.battery, b.battery
    return None


def _scent_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """One scent in two concentrations, or a tester against the boxed
    fragrance (`_text._scent`): "Sauvage EdT" / "Sauvage EdP", "CK One EdT"
    / "CK One EdT Tester". A title that names no concentration is no
    conflict."""
    return _named_apart(a.scent, b.scent, marks=_TESTER)


def _platform_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """One game for two consoles (`_text._CONSOLES`): "FC 24 PS5" / "FC 24
    (Xbox Series X)". A title that names no console is no conflict."""
    return _named_apart(a.consoles, b.consoles)


def _game_edition_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """One game for a console in two editions (`_text._game_edition`): "FC
    24 (PS5)" / "FC 24 Ultimate Edition (PS5)". Read only where both
    titles name a console."""
    if a.game_edition is not None and b.game_edition is not None and a.game_edition != b.game_edition:
        return a.game_edition or "standard", b.game_edition or "standard"
    return None


# The formats a title always names (`_text._FORMATS`): one that names none is the printed book.
_NAMED_FORMATS = frozenset({"ebook", "audiobook"})


def _format_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """A book in two formats: a hardcover and a paperback, or the printed
    book (a title naming no format) and its e-book or audiobook, which a shop
    listing both names. Titles alike but for the format are the same work,
    and a shop sells each format as its own product at its own price; read
    between one shop's listings (`assignment._DuplicateListings.apart`)."""
    if a.formats == b.formats:
        return None
    named_a, named_b = a.formats & _NAMED_FORMATS, b.formats & _NAMED_FORMATS
    if named_a != named_b or (a.formats and b.formats and not a.formats & b.formats):
        return "/".join(sorted(a.formats)) or "print", "/".join(sorted(b.formats)) or "print"
    return None


def _show(values: frozenset[float]) -> str:
    return "/".join(f"{v:g}" for v in sorted(values))


def _number_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """A bare number on each side that the other title lacks: Air Max 90 vs Air Max 95."""
    if not a.numbers or not b.numbers:
        return None
    # `writes_number`, written out: this runs on every pair compared.
    only_a = [n for n in a.numbers if n not in b.pieces and n not in b.other_numbers]
    only_b = [n for n in b.numbers if n not in a.pieces and n not in a.other_numbers]
    if only_a and only_b:
        # One number written two ways ("16.0" and "16") is the same number.
        written_a, written_b = _values(a.all_numbers), _values(b.all_numbers)
        only_a = [n for n in only_a if _value(n) not in written_b]
        only_b = [n for n in only_b if _value(n) not in written_a]
    if only_a and only_b:
        # All of them, in one order: the reason must read the same on every run.
        return "/".join(sorted(only_a, key=_number_order)), "/".join(sorted(only_b, key=_number_order))
    return None


# Score pulled off two titles written alike but for a number that names an
# edition, a volume or a sequel: as much as two bare numbers that differ.
EDITION_PENALTY = 0.2


def _edition_conflict(a: Features, b: Features) -> tuple[str, str] | None:
    """Two titles written word for word alike but for a number after the
    same word, on one side only or another on each: "Tonka Search & Rescue"
    / "Tonka Search & Rescue 2", "Lego Star Wars" / "Lego Star Wars II",
    "Hoyle Card Games 2007" / "Hoyle Card Games 2005"; as (one side's
    number, the other's or ""). A number both write elsewhere is no
    conflict ("Rescue 2" / "2 Rescue").

    Shops word one product their own way: one adds a year or a version the
    other leaves out ("quickbooks pro 2007" / "intuit quickbooks pro"),
    so a number on one side of titles worded apart is no evidence: on
    Amazon-Google such pairs are one product as often as two. Titles
    that agree on every other word are written one way, the same shop's
    or two shops' alike, and there the number is what the titles say
    apart: a sequel, a volume, an edition. The rule reads only the two
    titles, so it holds on any catalogue; a number alone in brackets is a
    shop's reference, no edition (`_text._editions`)."""
    if not a.editions and not b.editions:
        return None
    for x, y in ((a, b), (b, a)):
        if not x.editions:
            continue
        for piece, before in sorted(x.editions):
            # The cheap tests first: most pairs compared are worded apart.
            if piece in y.pieces:
                continue
            word = _word_before(before, y)
            if word is None:
                continue
            value = edition_value(piece)
            other = next((p for p, w in y.editions if w == word and edition_value(p) != value), "")
            if (_words_but(x, {piece, before}) != _words_but(y, {other, word} if other else {word})
                    or any(edition_value(p) == value for p, _ in y.editions) or value in _values(y.all_numbers)):
                continue
            return (piece, other) if x is a else (other, piece)
    return None


def _word_before(before: str, y: Features) -> str | None:
    """The word of the other title that is the word before an edition's
    number: the same word, or the same word shortened on one side ("Vol. II"
    / "Volume 3", "Bd. 2" / "Band 3", `_abbreviates`), as shops shorten the
    words that number a series."""
    if before in y.pieces:
        return before
    if not y.editions:
        return None
    return next((w for _, w in sorted(y.editions) if w[0] == before[0] and w.isalpha()
                 and (_abbreviates(before, w) or _abbreviates(w, before))), None)


def _words_but(f: Features, left_out: set[str]) -> frozenset[str]:
    """The title's words and numbers as written, but the function words and `left_out`."""
    return frozenset(p for p in f.pieces if p not in _STOP_WORDS and p not in left_out)


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
