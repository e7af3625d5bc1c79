"""Code owners: what the two catalogues in front of the matcher say about each model code,
read once per match into `CodeOwners` for `codes` and `scoring` to ask pair by pair: how many
products of a side carry it (a code on many is a series or a standard, not an identifier), the
codes that extend it, the makers' names written with digits, the shops' own suffixes, the
makers' numbers, and, for a code on several listings of a side, what tells each listing apart
(`_listings_of_codes`) and which listings are written apart from the others (`_written_apart`).
Everything here is counted on the catalogues themselves, so it holds for any two shops."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from itertools import chain
from typing import NamedTuple

from benchmark._text import Features
from benchmark.matching.code_spellings import _extensions, _names_with_digits
from benchmark.matching.makers_numbers import _makers_numbers, _numbering_makers
from benchmark.matching.shop_suffixes import _shop_suffixes, _suffix_words


# A model code found on more products of a side than this is a series name, not an identifier, unless
# the catalogues tie it to one listing (`_listings_of_codes`, `codes._identifies`).
MAX_CODE_PRODUCTS = 3


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
        # code -> the words written right after it that tell a shop's listings of it apart -> the titles
        # that show it (`_suffix_words`).
        self.suffix_words: dict[str, dict[str, frozenset[str]]] = {}


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
    # The makers that number their models: a year after their name is one of those numbers (`makers_numbers.makers_model`).
    found.numbering = _numbering_makers((ours, theirs or []), makers)
    found.numbers = _makers_numbers(ours, theirs, found.numbering) if theirs else frozenset()
    # Read on the codes of two listings or more of a side: a code on many is a series or a standard ("DDR4
    # DRAM", "DDR4 NonECC"), the words after it each product's own, no suffix of one model.
    found.suffix_words = _suffix_words((ours, theirs or []),
                                       {code for code, n in owners.items() if 2 <= n <= MAX_CODE_PRODUCTS})
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
        return other.writes_number(word)
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
    # The sibling that is the model's own listing in the shop's words (`_model_listing`), or None.
    model: str | None = None


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
                vouchers = _vouchers(words, others)
                apart_words.setdefault(code, {})[f.text] = WrittenApart(
                    words, frozenset(g.text for g in fs if g is not f), vouchers,
                    _model_listing(code, f, fs, told) if vouchers else None)
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
            # A word a listing written apart writes too is no other listing's own: with the English
            # "30 m x 2 mm" of a meter read apart, their Bengali listing's "30 ... x 2" are its siblings'.
            written = counts + Counter(t for g in on_side[code] if id(g) in apart for t in told[id(g)])
            for f, words in zip(fs, letters):
                if len(on_side[code]) > MAX_CODE_PRODUCTS and (own := {t for t in words if written[t] < 2}):
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
        vocabulary.update(chain.from_iterable(f.pieces for f in other))
        vocabulary.update(chain.from_iterable(f.other_numbers for f in other))
        written = words & vocabulary
        for (code, text), lacked in wanted.items():
            if shown := lacked & written:
                found[code][text] = found[code].get(text, frozenset()) | shown
    return found, apart_words


def _written_apart(code: str, fs: list[Features], told: dict[int, set[str]]) -> list[tuple[Features, frozenset[str]]]:
    """The listings of one code on one side written apart from the others, each with its words and
    numbers (`_told_words`) but those every listing of the code writes: a listing that shares no
    word of letters with any other of them besides the words all of them write, and writes as many
    words of its own as those or more, where the others, two or more, share such words among
    themselves. Words are read as words whatever their script (`_words_of_letters`: a Bengali or
    Gurmukhi word with its vowel signs), and a letter alone is none.

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
    word of any language, so it holds for any catalogue.

    A shop in Bengali that lists a laser distance meter new, used, with a pouch and once more in
    English ("Stanley TLM99 Laser Distance Measurer, 30 m x 2 mm" beside "Stanley TLM99 লেজার
    দূরত্ব মাপার যন্ত্র 30 মিটার x 2 মিমি") has that shape and was not read so: its Bengali words,
    whose vowel signs `str.isalpha` refuses, left the others no wording to share, and the "x"
    between two sizes was a word the English listing shared with the first.

    As many words of its own as common ones is enough: the maker's English title of a balance
    ("OHAUS Scout SPX222 Portable Balance, 220 g x 0.01 g", two of its own beside the two every
    listing writes, "ohaus scout") or of a ukulele ("Kala KA-15S Satin Mahogany Soprano Ukulele")
    sits on that tie. Read apart, the listing is ours by its code where our title writes one of its
    words, and so is the model's own listing it is another language's title of (`_model_listing`):
    asking for more than the tie read the English listing's own words as what told it from our
    title, and the pair was missed (or found by wording alone).
    """
    if len(fs) < 3:
        return []
    words = [told[id(f)] for f in fs]
    letters = [_words_of_letters(f) for f in fs]
    common = set.intersection(*letters)
    rest = [w - common for w in letters]
    shares = [any(w & v for m, v in enumerate(rest) if m != n) for n, w in enumerate(rest)]
    if sum(shares) < 2:
        return []
    everywhere = set.intersection(*words)
    # As many of its words its own as common ones: a listing of a condition in its siblings' words ("Lietoti ratiņkrēsli Breezy
    # BasiX2, sēdekļa platums 46 cm, labā stāvoklī" beside "Salokāmi ratiņkrēsli Breezy BasiX2, sēdekļa platums
    # 46 cm") shares no word with one of them only, but writes theirs.
    return [(f, frozenset(w - everywhere)) for f, w, own, share in zip(fs, words, rest, shares)
            if not share and len(own) >= len(common) and code not in f.targets]


def written_twice(owners: dict, a: Features, b: Features) -> bool:
    """Are two listings of one shop a listing written apart (`_written_apart`) and the model's own
    listing it is another language's title of (`_model_listing`), under a code both write: one
    product listed twice, every word of one in other words than the other's."""
    apart = getattr(owners, "apart", None)
    if not apart:
        return False
    for code in a.codes & b.codes:
        written = apart.get(code, {})
        if any((w := written.get(x.text)) is not None and w.model == y.text for x, y in ((a, b), (b, a))):
            return True
    return False


def _model_listing(code: str, f: Features, fs: list[Features], told: dict[int, set[str]]) -> str | None:
    """The title of the one listing among f's siblings (`fs`: the code's listings of its side) that
    is the model f is another language's title of (`_written_apart`), or None: the sibling that
    writes no code f does not write (a bundle, a part with a code of its own), names the code not
    only after "for" (`Features.targets`), writes no number f does not write (the months of a used
    piece, the volts of an adapter), and alone of those is priced nearer f than the shop prices any
    two of the code's other listings apart (`_price_spacing`). A shop that lists one product twice,
    once in its own words and once in the maker's or another language's, sells it at one price, or
    nearly; its used piece, its kit and the part made for it are priced apart, as far apart as the
    shop sets its offers of that model. A demonstration piece written in words alone qualifies as the
    model's own listing does, and the shop prices it a little under the model: where it and the
    model's own listing both sit nearer f than that spacing, the prices do not tell which one f is,
    and none is linked (the listing written apart is asked of our title alone). Read from the shop's
    own listings and prices of the code, no word of any language and no fixed ratio."""
    if not (f.price > 0):
        return None
    numbers = {t for t in told[id(f)] if t[0].isdigit()}
    near: list[tuple[float, Features]] = []
    for g in fs:
        if g is f or not (g.price > 0) or code in g.targets or not g.codes <= f.codes:
            continue
        if any(t[0].isdigit() and t not in numbers for t in told[id(g)]):
            continue
        near.append((abs(math.log(g.price / f.price)), g))
    near.sort(key=lambda pair: pair[0])
    if not near or (len(near) > 1 and near[1][0] <= near[0][0]):
        return None
    spacing = _price_spacing([g.price for g in fs if g is not f])
    if near[0][0] >= spacing or (len(near) > 1 and near[1][0] < spacing):
        return None
    return near[0][1].text


def _price_spacing(prices: list[float]) -> float:
    """The nearest two different prices of a code's listings lie apart (in log price): how close the
    shop sets two of its different offers of one model (a used piece, a demonstration piece, a kit,
    a size); two listings of one product sit nearer than that. Listings at one price (shades of one
    product priced alike) set no spacing, and with one price or none every distance is within it."""
    logs = sorted({math.log(p) for p in prices if p > 0})
    return min((b - a for a, b in zip(logs, logs[1:])), default=math.inf)


def _words_of_letters(f: Features) -> set[str]:
    """The title's words of two letters or more, a letter's marks read as part of it (the vowel
    signs of "ਤੱਕੜੀ" or "লেজার", which `str.isalpha` refuses): the wording `_written_apart`
    compares, in any script. A letter alone ("x" between two sizes, "g" after a number) is no
    wording."""
    return {t for t in f.tokens if len(t) >= 2 and all(unicodedata.category(c)[0] in "LM" for c in t)}
