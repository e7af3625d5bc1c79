"""Numbers: every number of a title, and a catalogue's decimal commas read as decimal points."""

from __future__ import annotations

import bisect
import re

from benchmark._text.quantities import _UNITS

_ALL_NUMBERS = re.compile(r"\d+(?:[.,]\d+)?")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


# A number with a decimal comma ("8,6", "0,25"), with a decimal point ("8.6"), and thousands
# grouped by points ("24.000", "1.000.000"), each a whole number of the title. A comma or a point
# after it with a space or the title's end after that is the sentence's ("force 2,5, boîte de
# 10", "2.5, black"), and the number ends there; one with anything else after it lists values
# ("tailles 2,5,7"), groups thousands ("1.000,50") or joins a code ("ECAM 22.110.B"), and the
# piece is no one number of these kinds.
_END = r"(?!\d)(?![.,]\S)"
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])(\d+),(\d{1,2})" + _END)
_POINT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d{1,2}" + _END)
_POINT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+" + _END)
# A number grouped by commas in thousands, "1,100" or "12,500,000": not begun inside a word
# ("EGP4,999", a price on its currency's code) nor with a nought ("0,125" is a decimal anywhere).
_COMMA_GROUPED = re.compile(r"(?<![\w.,])[1-9]\d{0,2}(?:,\d{3})+" + _END)


_UNIT_AFTER = re.compile(r"\s?(?:" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?![^\W_])",
                         re.IGNORECASE)


def _decimals_written(names) -> tuple[int, int]:
    """How many numbers a catalogue's titles write with a decimal comma, and how many with a decimal point."""
    commas = points = 0
    for name in names:
        if isinstance(name, str) and "," in name:
            commas += len(_COMMA_DECIMAL.findall(name))
        if isinstance(name, str) and "." in name:
            points += len(_POINT_DECIMAL.findall(name))
    return commas, points


def writes_decimal_commas(names) -> bool:
    """Does a catalogue write its decimals with a comma ("BC 8,6", "0,25 ct", "2,4 m"), as most of
    continental Europe does? Read from its own titles: more numbers written with a decimal comma
    than with a decimal point. A size with its unit is read either way (`_QUANTITY`); a bare
    number ("BC 8,6 -3,25 dpt") was two numbers, 8 and 6, against another shop's "8.6", and a
    thousands point ("24.000 mAh") made 24 mAh of 24,000. Each shop is read for itself: a
    catalogue of many shops' titles, or of English ones, writes decimal points, and reads as
    before."""
    commas, points = _decimals_written(names)
    return commas > points


def with_decimal_points(name: object) -> object:
    """A title of a catalogue that writes decimal commas (`writes_decimal_commas`) with its bare
    numbers written as a decimal point writes them: "8,6" as "8.6", "24.000" as "24000"."""
    if not isinstance(name, str) or not any(c.isdigit() for c in name):
        return name
    if "," in name:
        # A size with its unit reads as one already ("0,75 l"), and is left as written.
        name = _COMMA_DECIMAL.sub(lambda m: m[0] if _UNIT_AFTER.match(name, m.end()) else f"{m[1]}.{m[2]}", name)
    if "." in name:
        name = _POINT_THOUSANDS.sub(lambda m: m[0].replace(".", ""), name)
    return name


def _one_grouped_number(written: str) -> bool:
    """Whether a comma-grouped run is one number and not a list of three-digit numbers: one group
    of thousands ("1,100", "12,000"), or groups that are all noughts after the first ("12,500,000",
    "1,000,000"). A shop listing the sizes or models a part fits writes "114,116,118" or
    "400,500,600" in the same shape, and read whole its three numbers were one of nine digits
    (review R3, thirty-sixth session); a quantity of millions written to the unit is rare in a
    product's title, so such a run is left as written."""
    groups = written.split(",")
    return len(groups) == 2 or all(group == "000" for group in groups[2:])


def _two_values(written: str) -> bool:
    """Whether a comma-grouped run before a unit may be two values the shop lists ("250,500 ml", two
    beakers; "150,200 mm", two blades): a first group of three digits and a second that is no
    "000". Read whole they were one quantity of six digits that conflicts with every other size
    (review R2, thirty-seventh session); a power or capacity above 100,000 written to the unit is
    rare in a title, and "100,000 mAh" is still one number."""
    first, second = written.split(",", 1)
    return len(first) == 3 and second != "000"


def catalogue_numbers(names) -> tuple[list, list[frozenset[str]]]:
    """A catalogue's titles with their numbers written as the catalogue's own writing says they
    are meant, and for each title the numbers it wrote whole from groups of thousands.

    A catalogue of decimal commas is written with decimal points (`with_decimal_points`). One that
    writes its decimals with points and never with a comma ("2.5 m", "7.5 kg") has its bare
    numbers grouped by commas written whole ("1,100" -> "1100"), since a comma there is no decimal
    mark: read as written, "1,100" was the numbers 1 and 100 against another shop's "1100"
    ("numbers differ: 1100 vs 1/100"). Each catalogue is read from its own titles, with no list of
    locales. One that writes no decimal, or decimals both ways (a catalogue of many shops'
    titles), says nothing of its commas, and its titles are left as written (reading such a
    "1,100" as neither number moved the learnt model's after-answer figures on the WDC catalogues
    by one answer fewer: bench/history/matching.md, thirty-fifth session).

    A number with a unit after it is read so too ("1,500W" is 1500 W, "24,000mAh" 24000 mAh): in
    a catalogue whose decimals are points, a comma is no decimal mark whatever follows the number,
    and read as one the power or the capacity was a thousandth of itself ("watt differs: 500 vs
    1.5", "charge differs: 24000 vs 24": the twentieth and twenty-fifth rounds set aside). A shop
    that writes a clock "3,500GHz" (3.5 GHz, three decimals after a comma) writes its other
    decimals with commas too, or beside other shops' points in a catalogue of many shops (the WDC
    offers), and such a catalogue is left as written here.

    A number a shop groups in thousands is a quantity, never a maker's model number (no maker
    writes "18,160" for its labels): the caller reads the numbers written whole here as bare
    numbers and no codes, which a five-digit number would otherwise be ("(12,000 BTU)", a rating
    two makers' air conditioners share: review R4, thirty-fifth session)."""
    commas, points = _decimals_written(names)
    if commas > points:
        return [with_decimal_points(n) for n in names], [frozenset()] * len(names)
    if commas or not points:
        return list(names), [frozenset()] * len(names)
    written, whole = [], []
    for name in names:
        found: set[str] = set()
        if isinstance(name, str) and "," in name:
            def joined(m: re.Match, found: set[str] = found) -> str:
                if not _one_grouped_number(m[0]) or (_UNIT_AFTER.match(m.string, m.end()) and _two_values(m[0])):
                    return m[0]
                found.add(m[0].replace(",", ""))
                return m[0].replace(",", "")
            name = _COMMA_GROUPED.sub(joined, name)
        written.append(name)
        whole.append(frozenset(found))
    return written, whole


# Thousands grouped by a space, as French, Latvian, Uzbek and many other shops write them ("1 500 W",
# "1 320 °C"; a no-break space too), or by a point where the catalogue's own decimals did not say
# which it is (`catalogue_numbers`: "40x–1.000x" in a catalogue of decimal points), one mark through
# the number, with what the title writes right after it: letters, a unit's or a word's, with a
# degree sign before them; or, where the number is the low end of a range, the letters after the
# range's top ("25 000–65 000 Hz": Hz). Begun at no digit, point, comma or slash of another number or
# code, nor at a hyphen after letters ("EL-334"); a range's dash after a number or an en dash is no
# code's. No group after a decimal mark ("1 500,5 W" is left alone).
_SPACES_IN_NUMBER = "[ \u00a0\u202f]"
# A comma is `catalogue_numbers`' alone: a catalogue whose decimals do not say what its commas mean
# (one of many shops' titles) is left as written, since reading WDC's "1,000 prints" whole there moved
# the learnt model's refit by one wrong pair (the thirty-fifth and thirty-seventh sessions' finding,
# measured again by numbers16).
_GROUP_MARK = "[ \u00a0\u202f.]"
_RANGE_DASH = "[-\u2010-\u2013]"
# A number a range's dash is followed by, whole or grouped, and the letters after it.
_RANGE_TOP = (r"(?=" + _SPACES_IN_NUMBER + "?" + _RANGE_DASH + _SPACES_IN_NUMBER + r"?(?:\d{1,3}(?:" + _GROUP_MARK
              + r"\d{3})+|\d+)(?!\d|[.,]\d)" + _SPACES_IN_NUMBER + r"?(°?[^\W\d_]+))")
# Each found from its first digit, its lookbehind read after it (`quantities._DIGIT_FIRST`), in a
# catalogue's titles joined one a line.
_GROUPED = re.compile(r"([1-9](?<![\w.,/][1-9])(?<![^\W\d_]-[1-9])\d{0,2}(" + _GROUP_MARK + r")\d{3}(?:\2\d{3})*)"
                      r"(?!\d|[.,]\d)(?:(" + _SPACES_IN_NUMBER + r"?)(°?[^\W\d_]+)|" + _RANGE_TOP + ")")
# A number with what follows it, or the low end of a range with what follows the range's top, as
# `_GROUPED` reads what follows a grouped one: whole ("1500 W") or with decimals ("1.5 kW", "1,0x").
_NUMBER_BEFORE = re.compile(r"(\d(?<![\w.,]\d)\d*(?:[.,]\d+)?)(?:" + _SPACES_IN_NUMBER + r"?(°?[^\W\d_]+)|"
                            + _RANGE_TOP + ")")


def _after_key(written: str) -> object:
    """What follows a number, as two titles are read to write the same thing after it: a unit of
    `_UNITS` as its dimension and factor ("W" and "watts" alike), anything else case-folded."""
    folded = written.casefold()
    return _UNITS.get(folded, folded)


def _lines(names) -> str:
    """A catalogue's titles one a line, each at its own line (an empty one where there is no title)."""
    return "\n".join(name.replace("\n", " ") if isinstance(name, str) else "" for name in names)


def _grouped_in(names) -> dict[int, list[re.Match]]:
    """The numbers grouped in thousands with what follows them (`_GROUPED`), by title."""
    text = _lines(names)
    found: dict[int, list[re.Match]] = {}
    starts: list[int] = []
    for m in _GROUPED.finditer(text):
        if not starts:
            starts = [0, *(n.end() for n in re.finditer("\n", text))]
        found.setdefault(bisect.bisect_right(starts, m.start()) - 1, []).append(m)
    return found


def _as_written(m: re.Match) -> float | None:
    """The value a grouped number has read as written, not as one number: its last group alone where
    a space groups it ("1 500 W": 500 W), a decimal where a point sets one group of three apart
    ("1.000x": 1.0x); none where points set two groups or more apart ("1.000.000")."""
    groups = re.split(_GROUP_MARK, m[1])
    if m[2] != ".":
        return float(groups[-1])
    return float(f"{groups[0]}.{groups[1]}") if len(groups) == 2 else None


def grouped_thousands(ours: list, theirs: list) -> tuple[list, list, list[frozenset[str]], list[frozenset[str]]]:
    """Both catalogues' titles with each number grouped in thousands written whole where the other
    catalogue writes that number whole before the same unit or word, and never its reading as
    written so; and for each title the numbers written whole.

    A shop that groups thousands with a space writes "1 500 W" and "1 320 °C", which read as written
    are two numbers, 1 and a power of 500 W, against the other shop's "1,500W" (1500 W in its
    catalogue of decimal points, `catalogue_numbers`) or "1,320°C": "watt differs: 500 vs 1500"
    (the twenty-fifth round's plucker), "numbers differ: 1320 vs 1/320" (the twenty-sixth round's
    kiln). The title alone cannot tell thousands from two numbers: "iPhone 15 128 GB", "70 300 mm"
    (a lens's range), "LTO 100 200GB" are written the same way. What tells them is the other
    catalogue: where it writes the whole number before the same unit ("1500 W", "1500 watts") or
    the same word or sign ("1320 °C"), the shop grouped one number; no catalogue writes "15128 GB"
    or "70300 mm". Where the other catalogue writes the last group alone before it too ("500 W"
    beside "2500 W"), either reading may be meant, and the title is left as written.

    A thousands point that `catalogue_numbers` left as written is read the same way: "40x–1.000x"
    (a Macedonian shop's microscope, in a catalogue whose decimals are points: "SP 5.0") was 1.0x
    against the other shop's "40-1000x" ("zoom differs"); it is 1000x where the other catalogue
    writes "1000x" and never "1x" or "1.0x", the number as a decimal. And the low end of a range
    writes its unit after the range's top ("25 000–65 000 Hz", "25000-65000Hz"): it is read with
    that unit, so that a range grouped in thousands is read whole at both ends (the twenty-seventh
    round's repeller, 0 Hz and a code "00065" as written).

    The other catalogue is read as handed in, after `catalogue_numbers` (its groups of thousands whole
    already) and before either side is rewritten here. No list of locales is read, and of units
    only `_UNITS`, which says that "W" and "watts" are one unit.

    The numbers written whole are returned as `catalogue_numbers` returns its own: the caller reads
    them as bare numbers and no codes ("12 000 BTU" is a rating, not a model number)."""
    names = [list(ours), list(theirs)]
    whole = [[frozenset()] * len(ours), [frozenset()] * len(theirs)]
    grouped = _grouped_in(ours), _grouped_in(theirs)
    for side, other in ((0, 1), (1, 0)):
        if not grouped[side]:
            continue
        read = [(n, m, re.sub(_GROUP_MARK, "", m[1]), _after_key(m[4] or m[5]), _as_written(m))
                for n, found in grouped[side].items() for m in found]
        wanted = {number for _, _, number, _, _ in read}
        # The other catalogue as handed in, never as rewritten here: the whole numbers it writes before
        # each word, and every value it writes before one, decimals read with either mark.
        written: set[tuple[str, object]] = set()
        values: set[tuple[float, object]] = set()
        for m in _NUMBER_BEFORE.finditer(_lines((ours, theirs)[other])):
            after = _after_key(m[2] or m[3])
            if m[1] in wanted:
                written.add((m[1], after))
            values.add((float(m[1].replace(",", ".")), after))
        joined: dict[int, list[tuple[re.Match, str]]] = {}
        for n, m, number, after, alone in read:
            if (number, after) in written and (alone is None or (alone, after) not in values):
                joined.setdefault(n, []).append((m, number))
        for n, found in joined.items():
            # The matches' offsets are the joined text's: the title's own from its line's start.
            offset = found[0][0].string.rfind("\n", 0, found[0][0].start()) + 1
            title = names[side][n]
            for m, number in reversed(found):
                title = title[: m.start(1) - offset] + number + title[m.end(1) - offset:]
            names[side][n] = title
            whole[side][n] = frozenset(number for _, number in found)
    return names[0], names[1], whole[0], whole[1]
