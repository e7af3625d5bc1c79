"""Units a catalogue writes in words of its own before their number ("lita 11", Swahili for 11 l),
read from the two catalogues: where the other catalogue writes a unit of `_UNITS` after the same
numbers."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from benchmark._text.quantities import _OTHER_SCRIPT_UNITS, _UNITS

# A number that ends a title or a clause of it ("lita 11," / "lita 1"), found from its first digit
# in a catalogue's titles joined one a line (`_DIGIT_FIRST` of `quantities`), and the word right
# before it, one space apart, that is no number's own ("45 litr 10" is read at no word).
_END_NUMBER = re.compile(r"(\d(?<![\w.,]\d)\d*(?:[.,]\d+)?)(?=[ \t]*(?:[,;)/|]|$))", re.M)
_WORD_BEFORE = re.compile(r"(?<![^\W_])([^\W\d_]{2,}) $")
_NUMBER_WORD_BEFORE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)? ?$")
# Every number a catalogue writes, with the unit of `_UNITS` after it where one is written.
_NUMBER_UNIT = re.compile(r"(\d(?<![\w.,]\d)\d*(?:[.,]\d+)?)(?:\s?("
                          + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?![^\W_]))?")
# What may follow a number whose unit is written before it: a list's sign, or the title's end.
_AFTER_VALUE = ",;)/|"
# A word is read as a unit only where it stands so before numbers in this many titles of its
# catalogue, and the other catalogue writes the unit after this many of the same numbers.
MIN_TITLES = 2
MIN_VALUES = 2
# And the other catalogue writes this many of those numbers with the unit on the same products
# (`_same_products`): one ties the word to the unit; a shop names few of its products as the other
# does, in two languages (a maker's and a line's name), so more would ask for more than it shows.
SAME_PRODUCTS = 1
# How far outside the span of the other catalogue's values in the unit a number may lie and still
# be read in it.
SPAN = 3.0


def _value(number: str) -> str:
    return number.replace(",", ".")


def _joined(names) -> str:
    """A catalogue's titles case-folded, one a line."""
    return "\n".join(name.replace("\n", " ") for name in names if isinstance(name, str)).casefold()


def _whole_word(word: str) -> re.Pattern:
    """A word written whole, not inside another; the word first, so that the engine scans for it."""
    return re.compile(re.escape(word) + r"(?<![^\W_]" + re.escape(word) + r")(?![^\W_])")


def _before_numbers(text: str) -> dict[str, tuple[set[str], dict[int, set[str]], int]]:
    """Each word a catalogue's joined titles write right before a number that ends a title or a clause
    of it: the numbers it stands before, the lines that write it so (each with those numbers), and
    how often it stands so."""
    found: dict[str, tuple[set[str], dict[int, set[str]], int]] = {}
    starts: list[int] = []
    for m in _END_NUMBER.finditer(text):
        start = m.start()
        w = _WORD_BEFORE.search(text, max(0, start - 64), start)
        if w is None or _NUMBER_WORD_BEFORE.search(text, max(0, w.start() - 32), w.start()):
            continue
        if not starts:
            starts = [0, *(n.end() for n in re.finditer("\n", text))]
        values, lines, times = found.get(w[1], (set(), {}, 0))
        values.add(_value(m[1]))
        lines.setdefault(bisect.bisect_right(starts, start) - 1, set()).add(_value(m[1]))
        found[w[1]] = (values, lines, times + 1)
    return found


def _units_written(text: str) -> tuple[dict[tuple[str, float], set[str]], dict[tuple[str, float], set[str]]]:
    """The numbers a catalogue writes after each unit (by dimension and factor): those it writes
    with no other unit, nor bare, anywhere, and all of them."""
    ways: dict[str, set] = defaultdict(set)
    for number, unit in _NUMBER_UNIT.findall(text):
        ways[_value(number)].add(_UNITS[unit] if unit else None)
    units: dict[tuple[str, float], set[str]] = defaultdict(set)
    every: dict[tuple[str, float], set[str]] = defaultdict(set)
    for value, written in ways.items():
        if len(written) == 1 and None not in written:
            units[next(iter(written))].add(value)
        for unit in written - {None}:
            every[unit].add(value)
    return units, every


# The words of a title that may say which product it is: letters, two or more, no unit of `_UNITS`.
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")


def _name_words(line: str) -> set[str]:
    return {w for w in _NAME_WORD.findall(line) if w not in _UNITS}


def _with_unit(lines: list[str], unit: tuple[str, float]) -> dict[str, set[int]]:
    """The lines that write each number with a spelling of the unit after it."""
    found: dict[str, set[int]] = defaultdict(set)
    for n, line in enumerate(lines):
        for number, written in _NUMBER_UNIT.findall(line):
            if written and _UNITS[written] == unit:
                found[_value(number)].add(n)
    return found


def _same_products(word: str, lines: dict[int, set[str]], side: list[str], with_unit: dict[str, set[int]],
                   other_words: dict[str, set[int]]) -> set[str]:
    """The numbers a word stands before that the other catalogue writes with the unit on the same
    products (SAME_PRODUCTS of them at most: the caller asks no more): for a title that writes the
    word before the number, the other catalogue's titles that share the most of its other words (one
    or more, units and numbers aside; `other_words`, the lines that write each word) write that
    number with the unit (`with_unit`: the lines that write each number so).

    Only the few titles writing the number with the unit are compared word by word, and then only
    whether another title shares more (`_shares_more`), not how many every title shares: a shop's
    thousand titles of one line ("Pinsel Pro Serie ... nr 12") beside a catalogue writing its words
    on thousands cost thousands of comparisons, not millions (review R2 of the thirty-ninth session)."""
    found: set[str] = set()
    for line, values in lines.items():
        words = _name_words(side[line]) - {word}
        # How many of the words each title writing one of the numbers with the unit shares.
        counts = {v: [sum(n in other_words.get(w, ()) for w in words) for n in with_unit.get(v, ())] for v in values}
        most = max((c for listed in counts.values() for c in listed), default=0)
        if not most or _shares_more(words, most, other_words):
            continue
        found |= {v for v, listed in counts.items() if most in listed}
        if len(found) >= SAME_PRODUCTS:
            break
    return found


def _shares_more(words: set[str], most: int, other_words: dict[str, set[int]]) -> bool:
    """Does a title of the other catalogue write more than `most` of the words? Such a title writes
    one of the words outside the `most` written most often: only those words' titles are looked at,
    and the first that does settles it."""
    ranked = sorted(words, key=lambda w: len(other_words.get(w, ())))
    seen: set[int] = set()
    for w in ranked[:len(ranked) - most]:
        for n in other_words.get(w, ()):
            if n not in seen:
                seen.add(n)
                if sum(n in other_words.get(x, ()) for x in words) > most:
                    return True
    return False


def _spelling(unit: tuple[str, float]) -> str:
    """The shortest spelling `_UNITS` gives a unit: "l" for litres."""
    return min((k for k, v in _UNITS.items() if v == unit), key=len)


def unit_words(side: list, other: list) -> dict[str, tuple[str, float, float]]:
    """The words one catalogue writes as a unit before its number, each as (the unit's spelling, and
    the span of numbers read in it).

    A Swahili shop writes litres before the number, "Vyungu vya kitambaa lita 11, vipande 5" for
    our "Stoffdëppen 11 l, 5 Stéck": read as a word and a bare number, "lita 25" and our "11 l"
    had no size to tell them apart, and "lita" was a word our title lacks ("one word differs:
    dunger vs lita/mbolea", the twenty-sixth round). No list of the world's units is typed here:
    a word is read as a unit where the two catalogues show it is one. It stands right before a
    number that ends the title or a clause of it in MIN_TITLES titles or more and is written
    nowhere else in its catalogue (no word of a name, "Top 45, ..."); the other catalogue never
    writes it; and the other catalogue writes one unit of `_UNITS` after MIN_VALUES or more of its
    numbers, at least half of them, where it writes those numbers with no other unit and never
    bare. Counts (1, 2, 10) are written bare or beside several units in any catalogue, so a word
    before a count ("vipande 5", pieces) meets no unit; two units that tie say nothing. A number
    is read in the unit only within SPAN of the values the other catalogue writes in it.

    And the other catalogue writes SAME_PRODUCTS of those numbers with the unit on the same products
    (`_same_products`: its titles nearest ours by the other words, a maker's or a line's name the
    two shops both write: "Mbolea Advanced Nutrients pH Perfect Grow lita 1" / "Dünger Advanced
    Nutrients pH Perfect Grow, 1 l"). In two catalogues of two languages "never in the other
    catalogue" holds for every word, and a word that always stands before a number is as often a
    number's own label: an art shop's brush number "nr 12" beside another shop's "12 mm" brushes, a
    size, a model's name ("iPhone 14" beside "14 cm" cases). Read as the unit, the word was taken
    out of the title and the number given a unit it does not have (review R10 of the thirty-eighth
    session); a unit is written on the same product in both shops, a label's number only by chance.

    A word written after its number ("45 litr", "36 انچ") is not read so: a noun of any language
    stands there too ("125 string", "10 Stück"), and reading those that met a unit moved the
    catalogues' wording gate in two batches (bench/history/matching.md, thirty-eighth session)."""
    text = _joined(side)
    # The cheap tests first: most catalogues write no such word, and the other's units are not read.
    before = _before_numbers(text)
    candidates = {word: values for word, (values, lines, _) in before.items()
                  if len(lines) >= MIN_TITLES and word not in _UNITS and word not in _OTHER_SCRIPT_UNITS}
    values_times = {word: times for word, (_, _, times) in before.items()}
    if not candidates:
        return {}
    other_text = _joined(other)
    # Never written by the other catalogue (a search that stops at the first, where most words are
    # found), then nowhere else in its own.
    candidates = {word: values for word, values in candidates.items()
                  if word not in other_text or _whole_word(word).search(other_text) is None}
    candidates = {word: values for word, values in candidates.items()
                  if len(_whole_word(word).findall(text)) == values_times[word]}
    if not candidates:
        return {}
    units, every = _units_written(other_text)
    found = {}
    side_lines, other_lines = text.split("\n"), other_text.split("\n")
    other_words: dict[str, set[int]] | None = None
    # The other catalogue's lines writing each number with a unit, read once a unit (several words may meet one).
    with_unit: dict[tuple[str, float], dict[str, set[int]]] = {}
    for word, values in candidates.items():
        shared = sorted(((len(values & written), unit) for unit, written in units.items()), reverse=True)
        if not shared:
            continue
        count, unit = shared[0]
        if count < MIN_VALUES or 2 * count < len(values) or (len(shared) > 1 and shared[1][0] == count):
            continue
        # Built once a word has come this far: most catalogues have none.
        if other_words is None:
            other_words = defaultdict(set)
            for n, line in enumerate(other_lines):
                for w in _name_words(line):
                    other_words[w].add(n)
        if unit not in with_unit:
            with_unit[unit] = _with_unit(other_lines, unit)
        if len(_same_products(word, before[word][1], side_lines, with_unit[unit], other_words)) < SAME_PRODUCTS:
            continue
        span = [float(v) for v in every[unit]]
        found[word] = (_spelling(unit), min(span) / SPAN, max(span) * SPAN)
    return found


def _rewritten(name: object, units: dict[str, tuple[str, float, float]]) -> object:
    """A title with each number written after a word of `units` written with the unit's spelling
    after it ("lita 11" -> "11 l"), where the number lies in the unit's span."""
    if not isinstance(name, str) or not any(c.isdigit() for c in name):
        return name
    folded = name.casefold()
    for word, (unit, low, high) in units.items():
        if word not in folded:
            continue

        def spelt(m: re.Match, unit: str = unit, low: float = low, high: float = high) -> str:
            return f"{m[1]} {unit}" if low <= float(_value(m[1])) <= high else m[0]

        name = re.sub(r"(?<![^\W_])" + re.escape(word) + r" (\d+(?:[.,]\d+)?)(?=\s*(?:[" + re.escape(_AFTER_VALUE)
                      + r"]|$))", spelt, name, flags=re.IGNORECASE)
    return name


def read_unit_words(ours: list, theirs: list) -> tuple[list, list]:
    """Both catalogues' titles with the units each writes in words of its own before their number
    (`unit_words`, each read against the other catalogue) written as `_UNITS` spells them."""
    our_units, their_units = unit_words(ours, theirs), unit_words(theirs, ours)
    return ([_rewritten(n, our_units) for n in ours] if our_units else list(ours),
            [_rewritten(n, their_units) for n in theirs] if their_units else list(theirs))
