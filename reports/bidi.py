"""Right-to-left text (Arabic, Hebrew, ...) set inside the report's left-to-right sentences.

The report writes names it did not choose (a competitor's, its stores', its products', what staff
typed) into sentences of its own: "متجر الرياض: 3 of 3 matched products ...". A browser lays such a
line out by the Unicode bidirectional algorithm, which takes the digits and punctuation after a
right-to-left word for part of it: the line showed "3 :متجر الرياض of 3 matched products", the count
on the wrong side of the name. Isolating each right-to-left run (U+2068 FIRST STRONG ISOLATE ...
U+2069 POP DIRECTIONAL ISOLATE, what <bdi> does, but valid in any text and attribute) keeps what
follows it in the sentence's order, and the run itself in its own.

A run is a stretch from one right-to-left letter to the last one before a left-to-right letter: the
words, digits and spaces between such letters belong to it ("حليب طازج 1 لتر"), the digits and
punctuation after its last letter to the sentence. A text with no left-to-right letter at all (a
name alone in a table cell, "فرع 2") is one run, digits and all. A name the sentence's builder put
whole between FSI and PDI (`storecheck.text_direction.named`: only there is it known where a name
ends, "فرع 2" with its digit) is kept as it is.
"""

from __future__ import annotations

import unicodedata

from storecheck.text_direction import EXPLICIT as _EXPLICIT
from storecheck.text_direction import FSI, PDI
from storecheck.text_direction import NAMED as _NAMED
from storecheck.text_direction import RTL_BLOCKS as _RTL_BLOCKS
from storecheck.text_direction import without_controls

# A pair the sentence's builder put around a whole name (`storecheck.text_direction.NAMED`) is kept as it
# is: a name's own controls were taken out before it was wrapped, and a balanced isolate changes nothing
# outside itself, whoever wrote it.


def _kind(char: str) -> str:
    """'R' for a right-to-left letter, 'L' for a left-to-right one, '' for the rest (digits, spaces,
    punctuation, marks), as the bidirectional algorithm classes them."""
    kind = unicodedata.bidirectional(char)
    return "R" if kind in ("R", "AL") else "L" if kind == "L" else ""


def isolate_rtl(text: str) -> str:
    """`text` with each right-to-left run between FSI and PDI, and without explicit embeddings,
    overrides or isolates of its own; `text` itself when it holds none of either. A whole name its
    sentence's builder isolated (`_NAMED`) is kept as it is, and the runs are read around it."""
    if _EXPLICIT.search(text):
        if FSI in text and (kept := list(_NAMED.finditer(text))):
            out, at = [], 0
            for found in kept:
                out += [_runs(without_controls(text[at:found.start()])), found[0]]
                at = found.end()
            return "".join(out) + _runs(without_controls(text[at:]))
        text = _EXPLICIT.sub("", text)
    return _runs(text)


def _runs(text: str) -> str:
    """`text` (with no explicit controls) with each right-to-left run between FSI and PDI."""
    if not _RTL_BLOCKS.search(text):
        return text
    kinds = [_kind(char) for char in text]
    if "R" not in kinds:  # Arabic-Indic digits or marks only: no letter to isolate
        return text
    if "L" not in kinds:
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        return f"{text[:start]}{FSI}{text[start:end]}{PDI}{text[end:]}"
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if kinds[i] != "R":
            out.append(text[i])
            i += 1
            continue
        last = j = i
        while j < n and kinds[j] != "L":
            if kinds[j] == "R":
                last = j
            j += 1
        # A combining mark after the run's last letter is part of that letter.
        while last + 1 < n and unicodedata.category(text[last + 1]) in ("Mn", "Me"):
            last += 1
        out.append(f"{FSI}{text[i:last + 1]}{PDI}")
        i = last + 1
    return "".join(out)
