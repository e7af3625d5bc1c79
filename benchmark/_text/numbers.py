"""Numbers: every number of a title, and a catalogue's decimal commas read as decimal points."""

from __future__ import annotations

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


_UNIT_AFTER = re.compile(r"\s?(?:" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + r")(?![^\W_])",
                         re.IGNORECASE)


def writes_decimal_commas(names) -> bool:
    """Does a catalogue write its decimals with a comma ("BC 8,6", "0,25 ct", "2,4 m"), as most of
    continental Europe does? Read from its own titles: more numbers written with a decimal comma
    than with a decimal point. A size with its unit is read either way (`_QUANTITY`); a bare
    number ("BC 8,6 -3,25 dpt") was two numbers, 8 and 6, against another shop's "8.6", and a
    thousands point ("24.000 mAh") made 24 mAh of 24,000. Each shop is read for itself: a
    catalogue of many shops' titles, or of English ones, writes decimal points, and reads as
    before."""
    commas = points = 0
    for name in names:
        if isinstance(name, str) and "," in name:
            commas += len(_COMMA_DECIMAL.findall(name))
        if isinstance(name, str) and "." in name:
            points += len(_POINT_DECIMAL.findall(name))
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
