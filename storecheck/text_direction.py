"""Names a shop or a person wrote, set whole inside storecheck's own left-to-right sentences.

A browser lays a line out by the Unicode bidirectional algorithm. A right-to-left name put into an
English sentence ("staff hospitality 4.0 at Rival's فرع 2 against 2.0 in ours") lends or borrows the
digits beside it: the report isolates each right-to-left run where it prints (`reports.bidi`), but a
run ends at its last letter, so the store "فرع 2" showed its digit on the sentence's side, not its
own. Only where the sentence is built is it known where a name begins and ends: `named` puts a whole
name between FSI and PDI there, and the report keeps such a pair as it is.

A name's own explicit embeddings, overrides and isolates are taken out first: no name needs them,
and one left open runs on past the name ("Trojan Source").

The pairs are for a person reading the sentence (the report, `storecheck serve`, the terminal). A
program reads the data formats (`score --json`, `storecheck export`): there a mark it cannot see would
break its comparisons ("فرع 2" is not "\u2068فرع 2\u2069"), so they take the pairs out again
(`as_stored`), as the report's own "Download CSV" does.
"""

from __future__ import annotations

import re

FSI, PDI = "\u2068", "\u2069"

# The explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
EXPLICIT = re.compile("[\u202a-\u202e\u2066-\u2069]")
# A pair `named` put around a whole name: no explicit control inside, since it took the name's own out.
NAMED = re.compile(f"{FSI}([^\u202a-\u202e\u2066-\u2069]*){PDI}")
# Blocks of the right-to-left scripts: a quick test that lets every other text through untouched.
RTL_BLOCKS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]")


def without_controls(text: str) -> str:
    """`text` without explicit embeddings, overrides or isolates of its own."""
    return EXPLICIT.sub("", text) if EXPLICIT.search(text) else text


def named(value: object) -> str:
    """A name for a sentence: whole between FSI and PDI when it holds a right-to-left letter (so its
    digits and marks stay with it), as written otherwise; without direction controls of its own
    either way. A text that is no name (a number, None) is given back as `str` would write it.

    >>> named("Rival")
    'Rival'
    >>> named("فرع 2") == FSI + "فرع 2" + PDI
    True
    """
    text = without_controls(str(value))
    if not RTL_BLOCKS.search(text):
        return text
    import unicodedata

    if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return text
    return f"{FSI}{text}{PDI}"


def as_stored(text: str) -> str:
    """A sentence for a data format: the names `named` isolated in it as they are stored, without the
    pair around each. Only such pairs are taken out (one with a control inside is none of them).

    >>> as_stored(f"display at Corner Shop's {named('فرع 2')} scores above ours") == "display at Corner Shop's فرع 2 scores above ours"
    True
    """
    return NAMED.sub(r"\1", text) if FSI in text else text
