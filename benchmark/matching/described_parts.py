"""A part number a listing's description writes as the listing's own: read from the text of one
catalogue, against the other catalogue's part numbers (`described_parts`, called by
`features._features_of` once both sides' features are read; `Features.described` holds what it
reads, `scoring.compare` puts such a pair to a person, never matches it).

Why it generalises: a shop with no MPN column writes the maker's number in its descriptions in
its own language and with its own label ("Part no.", "Art.-Nr.:", "მოდელი:", "รุ่น:"), and no
list of labels or of the words that name another product ("fits", "replaces", "wie den") holds
for every language. So nothing here reads a word's meaning. The number is read only where the
text's shape and the two catalogues say it is this listing's: a clause of its own (marks and
line breaks, as every script that spaces its words writes them), one such number and not in a
list, and the two listings nearest each other by their titles' words on both sides; every
threshold is a count of words or listings, none tuned to a catalogue."""

from __future__ import annotations

import re
import sys
import typing
import unicodedata
from collections import Counter, defaultdict
from itertools import chain

from benchmark._text import Features


# A run of a description that may be a part number, with the marks makers write inside one
# ("2AP18AA#UUZ", "MHJE3ZM/A", "GR-7000-JB-375"); its pieces of letters and digits.
_DESCRIBED_CODE = re.compile(r"[^\W_][\w#/.\-]*[^\W_]")
_ALNUM_RUN = re.compile(r"[^\W_]+")
# The fewest characters a part number read from a description has: a maker's five ("A1289",
# "W2040") are read, as the clause and the nearness around it must also say it is the listing's.
DESCRIBED_PART = 5
# The most words a label before it may have in its clause ("Victron part number", "Model").
LABEL_WORDS = 3
_CLOSING = ")]}\u3009\u300b\u300d\u300f\u3011\uff09\uff3d"


def described_parts(sides: tuple[list[Features], ...], descriptions: tuple, head_length: int) -> None:
    """Give a listing with no MPN field the other catalogue's part number that its description
    writes as the listing's own, in place (`Features.described`): shops that keep no MPN column
    write the maker's number in the text ("Part no. 9600028848", "მოდელი: 2AP18AA#UUZ", "Model
    A2305 (MHJE3ZM/A)"). The comparison reads it as a reason to put the pair to a person, never
    as the same MPN (`scoring.compare`).

    A description also names other products' numbers: the battery a charger charges ("Lädt
    LXT-Akkus wie den BL1850B in 45 Minuten"), the cartridge a printer takes ("Passende Patrone:
    3YM61AE (HP 305 schwarz)"), the part a new one succeeds ("Nachfolger von 2607017319"); read
    as the listing's MPN they matched a charger to our battery (review R7, thirty-first session).
    No list of labels or of the words that name another product holds for every language, so
    the number is read only where everything around it says it is this listing's, in any
    language:

    - it is written as a field is, in a clause of its own: at most LABEL_WORDS words before it in
      its clause, and nothing after it there but closing brackets (the clause ends with a
      punctuation mark, a line break or the text). A sentence that goes on after the number ("wie den BL1850B
      in 45 Minuten"), or a name after it ("3YM61AE (HP 305 schwarz)"), names another product;
    - the description writes one such number of the other catalogue's, no more, and not in a
      list of part numbers (`_in_a_list`: "Kompatibel mit BL1830B, BL1840B, BL1850B" names what
      a charger charges, whichever of them we sell);
    - the product of the other catalogue it names is this listing's nearest there by the words
      of the titles, and this listing its nearest here (`_nearest_by_words`): a printer whose
      description names our cartridge is nearer our printer, a charger naming our battery nearer
      our charger or their battery nearer ours;
    - the listing names no product it fits in its title (`Features.targets`).

    What is left that no such reading can tell ("Nachfolger von 2607017319" on the successor of
    our part, titled as ours) is why the number only puts the pair to a person."""
    for number, side in enumerate(sides):
        other = sides[1 - number] if len(sides) == 2 else ()
        owners: dict[str, list[int]] = defaultdict(list)
        for n, f in enumerate(other):
            if f.part and len(f.part) >= DESCRIBED_PART and any(c.isdigit() for c in f.part):
                owners[f.part].append(n)
        if not owners:
            continue
        # A description is read word by word only where one of its words opens one of the part
        # numbers (their first four characters): most name none, and are passed over at the cost of
        # one scan of their words.
        starts = {part[:4] for part in owners}
        found: list[tuple[int, _Read]] = []
        for n, (f, text) in enumerate(zip(side, descriptions[number])):
            if f.mpn or f.targets or not isinstance(text, str) or not text:
                continue
            head = text[:head_length].lower()
            if starts.isdisjoint(word[:4] for word in _ALNUM_RUN.findall(head)) and not _opens_joined(head, starts) \
                    and not _opens_grouped(head, starts):
                continue
            read = _labelled(head, owners)
            if read and len(owners[read.number]) == 1:
                found.append((n, read))
        if not found:
            continue
        titles = _title_codes(side)
        relations = _relation_labels({read.label for _, read in found if read.label}, side, descriptions[number],
                                     head_length, titles)
        nearness: tuple[_Nearness, _Nearness] | None = None
        for n, read in found:
            f, x = side[n], other[owners[read.number][0]]
            if read.label in relations or _own_code_apart(f, x, read):
                continue
            if nearness is None:
                nearness = (_Nearness(side), _Nearness(other))
            if _nearest_by_words(f, x, *nearness):
                f.described = sys.intern(read.number)


def _opens_joined(head: str, starts: set[str]) -> bool:
    """Does a run of the description written with marks inside it open one of the part numbers
    once its pieces are joined ("860-tb-9": "860t", "lb-tb110": "lbtb", "351-7c": "3517")? A maker
    prints its number in groups as often as whole, and `_part_of` reads a run's pieces joined, so
    a number whose first group is shorter than four characters is looked up as one written whole
    is (round 26b's "Артикул: 860-TB-9.", round 27's "Artikul: LB-TB110.", 27d's "351-7C"). Only
    the runs with a mark inside are asked: a run of letters and digits alone was asked already."""
    return any(_compact(run)[:4] in starts for run in _DESCRIBED_CODE.findall(head) if not run.isalnum())


class _Read(typing.NamedTuple):
    """A part number `_labelled` read, where it stands, and the label written before it."""

    number: str
    clause: str                # the text from its clause's start to the number's end
    label: tuple[str, ...]     # the words before it (`_label_of`)
    span: tuple[int, int]      # what a person is shown of the text: from its label to its brackets' end


def _labelled_part(text: str, parts: dict) -> str | None:
    """The one part number of `parts` that `text` writes as a field is written (see
    `described_parts`), or None."""
    read = _labelled(text.lower(), parts)
    return read.number if read else None


def _labelled(lowered: str, parts: dict) -> _Read | None:
    """`_labelled_part`'s number in lower-cased text, with its clause and label."""
    found: dict[str, _Read] = {}
    runs = list(_DESCRIBED_CODE.finditer(lowered))
    # The runs that look like a part number (four characters or more, a digit), for the lists.
    coded = [n for n, m in enumerate(runs) if len(m[0]) >= 4 and _DIGIT_IN.search(m[0])]
    read: list[tuple[str, int, int]] = []  # a part number, where its run starts and ends
    for n, m in enumerate(runs):
        if n in coded and _in_a_list(lowered, runs, coded, n):
            continue
        match = _part_of(m[0], parts)
        if match is not None:
            read.append((match, m.start(), m.end()))
    grouped = _in_groups(lowered, parts)
    if grouped:
        # A number in groups in a list of part numbers, written whole or in groups, names what the
        # listing fits or holds, as one written whole does (`_in_a_list`).
        spans = [(runs[n].start(), runs[n].end()) for n in coded]
        spans += [(g.start(), g.end()) for g in _GROUPS.finditer(lowered)]
        read += [(match, at, until) for match, at, until in grouped
                 if not any((end <= at and _LIST_GAP.fullmatch(lowered, end, at))
                            or (start >= until and _LIST_GAP.fullmatch(lowered, until, start)) for start, end in spans)]
    for match, at, until in read:
        after = lowered[until:].lstrip(_CLOSING)
        # The clause ends after it: the text's end, a punctuation mark, or a line break (a spec list
        # writes one field a line, review R3 of the thirty-second session).
        spaces = len(after) - len(after.lstrip())
        if after and unicodedata.category(after[0]) != "Po" and spaces < len(after) and "\n" not in after[:spaces]:
            continue
        start = _clause_start(lowered, at)
        if len(_ALNUM_RUN.findall(lowered, start + 1, at)) > LABEL_WORDS:
            continue
        # What a person is shown: from the label (the clause before, where the number's has no word
        # before it: "Part no. X") to the number's closing brackets ("Model A2305 (MHJE3ZM/A)").
        shown = _clause_start(lowered, start) if start > 0 and not _ALNUM_RUN.search(lowered, start + 1, at) \
            else start
        end = len(lowered) - len(after)
        found.setdefault(match, _Read(match, lowered[start + 1:until].strip(), _label_of(lowered, start, at),
                                      (shown + 1, end)))
    return next(iter(found.values())) if len(found) == 1 else None


# A run of groups a space apart, each with a digit or a single letter ("0 601 063 r00"), as makers
# of parts print their numbers (`codes._written_in_groups` reads a title's so).
_GROUP = r"(?:[^\W_]*\d[^\W_]*|[^\W\d_])"
_GROUPS = re.compile(rf"(?<![^\W_]){_GROUP}(?: {_GROUP})+(?![^\W_])")
# A number of digits only read from groups is longer than a maker's short numbers, as
# `codes._number_in_groups` asks of a title's (more than NUMBER_DIGITS + 1 digits after its zeros).
GROUPED_DIGITS = 7


def _in_groups(lowered: str, parts: dict) -> list[tuple[str, int, int]]:
    """The part numbers of `parts` the text writes in groups a space apart, as the maker prints them
    ("Part no.: 0 601 063 R00" for 0601063R00; Bosch's "0 986 452 041"), each with where its first
    group starts and its last ends: a run of groups (`_GROUPS`) that from one of its groups to its
    end spells a part number whole, with three digits or more. A number of digits only is read so
    only where it is long enough to name one product (GROUPED_DIGITS after its zeros) and each group
    holds three digits at most, as a long number is grouped for reading: a count beside a size
    ("2 x 500 ml") or a date spells none. The clause and list tests of `_labelled` then read it as
    they read a number written whole, and only a number of the other catalogue is looked for, so a
    run that spells it by chance must also stand as a field does."""
    found = []
    for m in _GROUPS.finditer(lowered):
        groups = m[0].split(" ")
        at = m.start()
        for k in range(len(groups) - 1):
            joined = "".join(groups[k:])
            if joined in parts and sum(c.isdigit() for c in joined) >= 3 and len(joined) >= DESCRIBED_PART and (
                    not joined.isdigit()
                    or (len(joined.lstrip("0")) >= GROUPED_DIGITS and all(len(g) <= 3 for g in groups[k:]))):
                found.append((joined, at, m.end()))
                break
            at += len(groups[k]) + 1
    return found


def _opens_grouped(head: str, starts: set[str]) -> bool:
    """Does a run of groups a space apart (`_GROUPS`) open one of the part numbers from one of its
    groups, joined ("0 601 063 r00": "0601")? Asked only where no run written whole or with marks
    does, as `_opens_joined` is."""
    for m in _GROUPS.finditer(head):
        groups = m[0].split(" ")
        if any("".join(groups[k:])[:4] in starts for k in range(len(groups) - 1)):
            return True
    return False


def _part_of(run: str, parts: dict) -> str | None:
    """The longest part number of `parts` that the run's first pieces write ("2ap18aa#uuz": 2ap18aa)."""
    joined, match = "", None
    for piece in _ALNUM_RUN.findall(run)[:4]:
        joined += piece
        if len(joined) >= DESCRIBED_PART and joined in parts:
            match = joined
    return match


def _clause_start(lowered: str, at: int) -> int:
    """Where the clause holding position `at` starts: the last `_CLAUSE_MARKS` before it, or -1."""
    return max(lowered.rfind(mark, 0, at) for mark in _CLAUSE_MARKS)


def _label_of(lowered: str, start: int, at: int) -> tuple[str, ...]:
    """The label a number at `at` is written after, its clause starting at `start`: the words
    before it there, or where there are none ("Part no. X", "Model: X") the last LABEL_WORDS words
    of the clause before ("part no", "model"). A key only: what it says is never read."""
    words = _ALNUM_RUN.findall(lowered, start + 1, at)
    if not words and start > 0:
        words = _ALNUM_RUN.findall(lowered, _clause_start(lowered, start) + 1, start)[-LABEL_WORDS:]
    return tuple(words)


def _compact(text: str) -> str:
    return "".join(_ALNUM_RUN.findall(text))


def _title_codes(side: list[Features]) -> dict[str, set[int]]:
    """The code-like words of each title of one side (four characters or more, a digit; marks
    left out, "29120-3000": 291203000), to the listings writing them. A title naming a product it
    fits (`Features.targets`: a case "for DC18RC") is not that product's, and is left out (review
    R3, this session)."""
    written: dict[str, set[int]] = defaultdict(set)
    for n, f in enumerate(side):
        if f.targets:
            continue
        for word in chain(f.codes, map(_compact, f.tokens)):
            if len(word) >= 4 and _DIGIT_IN.search(word):
                written[word].add(n)
    return written


def _relation_labels(labels: set[tuple[str, ...]], side: list[Features], descriptions, head_length: int,
                     titles: dict[str, set[int]]) -> set[tuple[str, ...]]:
    """The labels of `labels` this catalogue writes before other products' codes more often than
    before the listing's own: "Fits BL1021B." on a charger beside their battery "Makita BL1021B
    ..." says what "fits" is in this shop (a relation between two of its products), whatever the
    language; a field's label ("Part no.", "Kode produk") is written before the listing's own
    number (in its title, or in no title). Counted before every code: in the describing listing's
    own title or in no title of the shop (the field's use), or in another listing's title, that
    listing not its nearest by title words (a second listing of the same product, in another
    colour or language, is its nearest; a charger's nearest is another charger, not the battery it
    charges) and a title of one product (`_title_codes`). Where the second count is the larger,
    the label is read nowhere in the catalogue."""
    if not labels:
        return set()
    uses: list[tuple[int, tuple[str, ...], str | None, set[int]]] = []  # listing, label, code, titles writing it
    last_words = {label[-1] for label in labels}
    for m, text in enumerate(descriptions):
        if not isinstance(text, str) or not text:
            continue
        lowered = text[:head_length].lower()
        if not any(word in lowered for word in last_words):
            continue
        for run in _DESCRIBED_CODE.finditer(lowered):
            if len(run[0]) < 4 or not _DIGIT_IN.search(run[0]):
                continue
            label = _label_of(lowered, _clause_start(lowered, run.start()), run.start())
            if label not in labels:
                continue
            pieces = _ALNUM_RUN.findall(run[0])[:4]
            forms = [form for form in ("".join(pieces[:k]) for k in range(len(pieces), 0, -1))
                     if len(form) >= 4 and form in titles]
            uses.append((m, label, forms[0] if forms else None, set(titles[forms[0]]) if forms else set()))
    # A title writing two of the codes the shop's labels name is a kit or a bundle ("DC18RC +
    # BL1850B"), not one product's (review R3, this session).
    named: dict[int, set[str]] = defaultdict(set)
    for _, _, code, written in uses:
        for n in written:
            named[n].add(code)  # type: ignore[arg-type]
    own: Counter = Counter()
    others: Counter = Counter()
    nearness: _Nearness | None = None
    for m, label, code, written in uses:
        written = {n for n in written if len(named[n]) < 2}
        if not written or m in written:
            # Before the listing's own code, or before a code no title of one product writes (most
            # uses of a field's label where titles carry no codes): the field's use.
            own[label] += 1
            continue
        nearness = nearness or _Nearness(side)
        if not any(_nearest_of_its_side(nearness, m, n) for n in written):
            others[label] += 1
    return {label for label in others if others[label] > own[label]}


def _nearest_of_its_side(side: _Nearness, m: int, n: int) -> bool:
    """Is listing n one of listing m's nearest of their side by the words of their titles (ties
    kept)?"""
    return not side.nearer(side.words[m], _alike(side.words[m], side.words[n]), excluding={m, n})


def _own_code_apart(f: Features, x: Features, read: _Read) -> bool:
    """Do the two titles name different models: our title a code of its own that theirs does not
    write, and theirs one that ours does not, nor the clause the number is read from? Then their
    listing is that model (the charger "Makita DC18RC ..." whose description names our battery,
    titled "Makita Akku BL1850B ..."), and the number another product's: a code is a code in every
    language. Where our title writes no code (the maker's order number in our MPN field only),
    their title's code may be the same product's model name ("BL1850B" beside the order number
    197280-8), and says nothing either way (review R2, this session)."""
    theirs = _compact(f.text)
    ours = _compact(x.text)
    if not any(code in ours and code not in theirs for code in x.codes):
        return False
    clause = _compact(read.clause)
    # Their code is ours, one the clause writes (a piece of the number, "S928B" in "SM-S928BZKQEUB",
    # or a code beside it), or the number with more: the listing's.
    return any(code not in ours and code not in clause and read.number not in code for code in f.codes)


_DIGIT_IN = re.compile(r"\d")
# What stands between two numbers of a list: marks and spaces, and at most one short word ("und",
# "and", "или", "et"), in any language by its shape; a bracket is no list's ("A2305 (MHJE3ZM/A)").
_LIST_GAP = re.compile(r"[\s,;/&+]*(?:[^\W\d_]{1,4}[\s,;/&+]+)?")


def _in_a_list(text: str, runs: list, coded: list[int], n: int) -> bool:
    """Is run n written in a list of part numbers, another one right before or after it with only
    `_LIST_GAP` between ("BL1830B, BL1840B, BL1850B", "BL1850B und BL1860B")? A list names what a
    listing fits or holds, not its own number."""
    at = coded.index(n)
    for other in (coded[at - 1] if at else None, coded[at + 1] if at + 1 < len(coded) else None):
        if other is None:
            continue
        start, end = (runs[other].end(), runs[n].start()) if other < n else (runs[n].end(), runs[other].start())
        if _LIST_GAP.fullmatch(text, start, end):
            return True
    return False


# What ends a clause before a label: a punctuation mark and a space after it, as every script
# that spaces its words writes its full stops, commas, colons (". ", ", ", ": ", "។ ", "። ").
_CLAUSE_MARKS = (". ", ", ", "; ", ": ", "! ", "? ", "\n", "\u17d4", "\u1362", "\u0964", "\u3002", "\uff1a ")


# A word on more listings of a side than this is a frequent one (a maker, a colour, a kind):
# `_Nearness` asks the listings that share only such words only where they can be nearer.
NEAR_WORD_LISTINGS = 16


# The most listings of frequent words `_Nearness.nearer` asks for one described number.
NEAR_LISTINGS_ASKED = 1_000


class _Nearness:
    """The listings of one side by their titles' words, for `_nearest_by_words`: each title's words
    once, and which listings write each word, built where a described number is first found."""

    def __init__(self, side: list[Features]) -> None:
        self.words = [frozenset(f.tokens) for f in side]
        self.by_word: dict[str, list[int]] = defaultdict(list)
        for n, words in enumerate(self.words):
            for word in words:
                self.by_word[word].append(n)

    def nearer(self, words: frozenset[str], than: float, excluding: set[int] | frozenset[int] = frozenset()) -> bool:
        """Does a listing of this side share more of `words` (Jaccard) than `than`? Every listing
        that may is asked: those sharing a word written on NEAR_WORD_LISTINGS listings or fewer,
        and those sharing only words written on more where they can be nearer at all. Such a
        listing shares at most the frequent words of `words`, so its Jaccard is at most their
        count over len(words); where that is no more than `than` (a title of rare words, the
        common case), none of them is asked: asking every listing of a large catalogue for each
        described number cost time in its square. Where they may be and are more than
        NEAR_LISTINGS_ASKED, a nearer one is taken to exist: the number is then not read, which
        costs a proposal, never adds a wrong one. The listings `excluding` names are not asked."""
        frequent = [word for word in words if len(self.by_word.get(word, ())) > NEAR_WORD_LISTINGS]
        asked = words if frequent and len(frequent) / len(words) > than else words.difference(frequent)
        if asked is words and sum(len(self.by_word[word]) for word in frequent) > NEAR_LISTINGS_ASKED:
            # Too many to ask for one number: taken as nearer, so the number is not read (as the
            # full reading might not read it), never read where it might not be.
            return True
        seen: set[int] = set(excluding)
        for word in asked:
            for n in self.by_word.get(word, ()):
                if n not in seen:
                    seen.add(n)
                    if _alike(words, self.words[n]) > than:
                        return True
        return False


def _alike(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _nearest_by_words(f: Features, x: Features, side: _Nearness, other: _Nearness) -> bool:
    """Is `x` (of the other catalogue) the nearest there to `f` by the words of their titles, and
    `f` the nearest to `x` on its own side (ties kept)? The words are the titles' tokens, as
    shared between two shops' languages (a maker, a line, a model's number, a size)."""
    ours, theirs = frozenset(f.tokens), frozenset(x.tokens)
    here = _alike(ours, theirs)
    return here > 0 and not other.nearer(ours, here) and not side.nearer(theirs, here)


# The most characters of a clause shown a person beside the pair's reason (`described_clause`).
CLAUSE_SHOWN = 160
# The reason `scoring.compare` gives a pair by a described part number.
_DESCRIBED_REASON = re.compile(r"\b(our|their) MPN (\S+) written in (?:their|our) description")


def described_clause(reason: object, their_description: object, our_description: object = None,
                     head_length: int = 3000) -> str | None:
    """The clause of the description a pair's reason says a part number was read from ("our MPN
    2607017319 written in their description": "Nachfolger von 2607017319"), as the shop wrote it,
    for the person who decides the pair: the number proposes a pair and a label may still name
    another product (a successor, what a charger fits), which only the words tell. At most
    CLAUSE_SHOWN characters, the number's end kept; None where the reason names none or the
    description no longer writes it so."""
    found = _DESCRIBED_REASON.search(reason) if isinstance(reason, str) else None
    description = (their_description if found and found[1] == "our" else our_description) if found else None
    if not isinstance(description, str) or not description:
        return None
    head = description[:head_length]
    lowered = head.lower()
    read = _labelled(lowered, {found[2]: [0]})  # type: ignore[index]
    if read is None:
        return None
    # Lower-casing keeps the text's length but in a few letters ("İ"): the shop's own case where it does.
    clause = (head if len(lowered) == len(head) else lowered)[read.span[0]:read.span[1]].strip()
    clause = " ".join(clause.split())
    return clause if len(clause) <= CLAUSE_SHOWN else "…" + clause[len(clause) - CLAUSE_SHOWN + 1:]
