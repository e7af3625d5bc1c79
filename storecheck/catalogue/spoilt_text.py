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

import ftfy

# What is mended: mojibake (fix_encoding and the sequences it needs: a no-break space's lost byte,
# text decoded partly twice, C1 controls that are Windows-1252 letters) and HTML entities outside
# markup ("auto"). Everything else ftfy could do is left off, as said above.
_MEND = ftfy.TextFixerConfig(
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
)

# The fields a person reads and the matcher compares. Identifiers (key, sku, gtin, mpn, url,
# image, parent_key) are compared as written: a key mended on this import and not on the last
# would make a second product of the first.
FREE_TEXT_FIELDS = ("name", "brand", "category", "description", "size", "promotion")


def mend(value: object) -> object:
    """`value` with HTML entities decoded and mojibake mended where it is text; anything else as is.

    Text in ASCII without an "&" can hold neither spoiling and is returned at once (nearly every
    cell of an English catalogue: 22,074 titles in 1 ms, where ftfy reads them in 0.27 s).

    >>> mend("Moulin Ã\\xa0 cafÃ© manuel &ndash; noir"), mend("AT&T"), mend(12)
    ('Moulin à café manuel – noir', 'AT&T', 12)
    """
    if not isinstance(value, str) or ("&" not in value and value.isascii()):
        return value
    return ftfy.fix_text(value, _MEND)


def mend_fields(values: dict) -> dict:
    """The row's free-text fields mended (`mend`), before they are cleaned: the import drops C1
    control characters (`models.clean_text`), and spoilt UTF-8 holds some ("Ã¢Â\\x80Â¢")."""
    return {field: mend(value) if field in FREE_TEXT_FIELDS else value for field, value in values.items()}
