"""Text a shop's feed spoilt on its way out, read back as the words the shop wrote.

A feed or an export spoils text in two ways that no choice of the file's encoding undoes, because
each happened before the file was written:

- HTML entities left in a field that is no HTML: "0,9&nbsp;L", "&ndash;", "AeroPress&reg;",
  "you won&rsquo;t" (a shop system escapes its fields for a web page and exports them as they
  are stored; Amazon-Google's descriptions hold 22 such);
- UTF-8 decoded once more as Windows-1252 or Latin-1, by one program in the chain: "cafÃ©",
  "PolymÃ¨re" (WDC Products' titles), "Ã¢Â\\x80Â¢" for a bullet (its descriptions).

Read as they come, neither is the word the other shop writes: "cafÃ©" is no "café", "&nbsp;" sits
between a size and its unit, and the matcher saw words no catalogue has. ftfy, a well-kept library
made for this, mends both from the text alone. Its heuristics mend a sequence only where it is far
likelier spoilt UTF-8 than text written right (its authors check its heuristics on large
samples of real text in many languages), and an entity only where it ends in its semicolon and the text holds no
markup ("<"): "AT&T", "Q&A", "IRMÃOS", "&para" without its semicolon stay as written. So the mend
holds for any catalogue, in any language, not only for the one it was found in.

Only the mends for these two spoilings are asked of ftfy. Its other fixes change text written
right (full-width letters to ASCII, ligatures split, curly quotes straightened, Unicode
normalisation): the matcher folds those when it compares (`benchmark._text`), and the stored text
keeps what the shop wrote.
"""

from __future__ import annotations

import functools
import re


@functools.cache
def _ftfy_mend():
    """ftfy's `fix_text` and what it is asked, loaded on the first text that may be spoilt: ftfy's import
    is most of the CPU this module costs a process (about 0.7 s of 1 on a loaded two-core machine), and
    a crawl or an import whose text is written right never needs it.

    What is mended: mojibake (fix_encoding and the sequences it needs: a no-break space's lost byte,
    text decoded partly twice, C1 controls that are Windows-1252 letters) and HTML entities outside
    markup ("auto"). Everything else ftfy could do is left off, as said above."""
    import ftfy

    return functools.partial(ftfy.fix_text, config=ftfy.TextFixerConfig(
        unescape_html="auto",
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=False,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    ))

# The fields a person reads and the matcher compares. Identifiers (key, sku, gtin, mpn, url,
# image, parent_key) are compared as written: a key mended on this import and not on the last
# would make a second product of the first.
FREE_TEXT_FIELDS = ("name", "brand", "category", "description", "size", "promotion")


# What any of the two spoilings leaves in a text, and so what a text must hold for ftfy to be
# asked: an "&" (an entity), or a UTF-8 lead byte read as Latin-1 or Windows-1252 ("Ã", "Â",
# "â", "Ð": U+00C2-U+00F4) right before a continuation byte read so (U+0080-U+00BF, or the letters
# and signs Windows-1252 puts at 0x80-0x9F: "©", "¨", "€", "™", "•"...), or "Ã" / "Â" before a space
# (a no-break space that became one: "Ã " is "à "). Text written right in Latin letters has a
# letter such as "é", "ß" or "ô" before a letter, a space or a sign of ASCII, and is passed over:
# ftfy's own test for mojibake reads every character of a text against a long pattern (0.27 ms for
# a German description of 1,200 characters, 16 µs for this one). Every text ftfy mends among the
# shared sets' 63,000 titles and descriptions and the batches' strings holds one of these.
_MAY_BE_SPOILT = re.compile(
    "&|[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u00c2\u00c3] "
)


def mend(value: object) -> object:
    """`value` with HTML entities decoded and mojibake mended where it is text; anything else as is.

    Only text that may be spoilt (`_MAY_BE_SPOILT`) is read by ftfy: text in ASCII without an "&"
    at once (nearly every cell of an English catalogue: 22,074 titles in 1 ms, where ftfy reads
    them in 0.27 s), text written right in other letters after one look for the signs of either
    spoiling.

    >>> mend("Moulin Ã\\xa0 cafÃ© manuel &ndash; noir"), mend("AT&T"), mend(12)
    ('Moulin à café manuel – noir', 'AT&T', 12)
    """
    if not isinstance(value, str) or ("&" not in value and value.isascii()) or not _MAY_BE_SPOILT.search(value):
        return value
    return _ftfy_mend()(value)


def mend_fields(values: dict) -> dict:
    """The row's free-text fields mended (`mend`), before they are cleaned: the import drops C1
    control characters (`models.clean_text`), and spoilt UTF-8 holds some ("Ã¢Â\\x80Â¢")."""
    return {field: mend(value) if field in FREE_TEXT_FIELDS else value for field, value in values.items()}
