"""Units a catalogue writes in words of its own before their number ("lita 11", Swahili for 11 l),
read from the two catalogues: where the other catalogue writes a unit of `_UNITS` after the same
numbers."""

from __future__ import annotations

import re
from collections import defaultdict

from benchmark._text.letters import clean
from benchmark._text.quantities import _OTHER_SCRIPT_UNITS, _UNITS

# A title's words and numbers, numbers with their decimals; a number standing alone.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?")
_UNIT_AFTER = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?("
                         + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?![^\W_])")
# What may follow a number whose unit is written before it: a list's sign, or the title's end.
_AFTER_VALUE = ",;)/|"
# A word is read as a unit only where it stands so before numbers in this many titles of its
# catalogue, and the other catalogue writes the unit after this many of the same numbers.
MIN_TITLES = 2
MIN_VALUES = 2
# How far outside the span of the other catalogue's values in the unit a number may lie and still
# be read in it: "ALU Power 125" is no 125 mm string where the gauges written are 1.25-1.30 mm.
SPAN = 3.0


def _value(number: str) -> str:
    return number.replace(",", ".")


def _before_numbers(names) -> tuple[dict[str, set[str]], dict[str, int], set[str]]:
    """Each word a catalogue writes right before a number that ends a title or a clause of it ("lita
    11," / "lita 1"), with the numbers it stands before and how many titles write it so; and every
    word it writes anywhere else."""
    values: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, int] = defaultdict(int)
    elsewhere: set[str] = set()
    for name in names:
        if not isinstance(name, str):
            continue
        text = clean(name)
        tokens = list(_TOKEN.finditer(text))
        seen = set()
        for i, m in enumerate(tokens):
            word = m[0]
            if word[0].isdigit():
                continue
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if (after is not None and after[0][0].isdigit() and text[m.end():after.start()] == " "
                    and (after.end() == len(text) or text[after.end()] in _AFTER_VALUE)
                    and _NUMBER.match(text, after.start()) is not None
                    and not (i and tokens[i - 1][0][0].isdigit() and text[tokens[i - 1].end():m.start()] in ("", " "))):
                values[word].add(_value(after[0]))
                if word not in seen:
                    seen.add(word)
                    titles[word] += 1
            else:
                elsewhere.add(word)
    return values, titles, elsewhere


def _units_written(names) -> tuple[dict[tuple[str, float], set[str]], dict[tuple[str, float], set[str]], set[str]]:
    """The numbers a catalogue writes after each unit (by dimension and factor): those it writes
    with no other unit, nor bare, anywhere, and all of them; and every word it writes."""
    ways: dict[str, set] = defaultdict(set)
    words: set[str] = set()
    for name in names:
        if not isinstance(name, str):
            continue
        text = clean(name)
        words.update(w for w in _TOKEN.findall(text) if not w[0].isdigit())
        with_unit = set()
        for m in _UNIT_AFTER.finditer(text):
            ways[_value(m[1])].add(_UNITS[m[2]])
            with_unit.add(m.start(1))
        for m in _NUMBER.finditer(text):
            if m.start() not in with_unit:
                ways[_value(m[0])].add(None)
    units: dict[tuple[str, float], set[str]] = defaultdict(set)
    every: dict[tuple[str, float], set[str]] = defaultdict(set)
    for value, written in ways.items():
        if len(written) == 1 and None not in written:
            units[next(iter(written))].add(value)
        for unit in written - {None}:
            every[unit].add(value)
    return units, every, words


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

    A word written after its number ("45 litr", "36 انچ") is not read so: a noun of any language
    stands there too ("125 string", "10 Stück"), and reading those that met a unit moved the
    catalogues' wording gate in two batches (bench/history/matching.md, thirty-eighth session)."""
    values_of, titles, elsewhere = _before_numbers(side)
    units, every, other_words = _units_written(other)
    if not units:
        return {}
    found = {}
    for word, values in values_of.items():
        if (len(word) < 2 or titles[word] < MIN_TITLES or word in elsewhere or word in other_words or word in _UNITS
                or word in _OTHER_SCRIPT_UNITS):
            continue
        shared = sorted(((len(values & written), unit) for unit, written in units.items()), reverse=True)
        count, unit = shared[0]
        if count < MIN_VALUES or 2 * count < len(values) or (len(shared) > 1 and shared[1][0] == count):
            continue
        span = [float(v) for v in every[unit]]
        found[word] = (_spelling(unit), min(span) / SPAN, max(span) * SPAN)
    return found


def _rewritten(name: object, units: dict[str, tuple[str, float, float]]) -> object:
    """A title with each number written after a word of `units` written with the unit's spelling
    after it ("lita 11" -> "11 l"), where the number lies in the unit's span."""
    if not isinstance(name, str) or not any(c.isdigit() for c in name):
        return name
    folded = clean(name)
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
