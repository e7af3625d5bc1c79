"""Which charset a shop's page is truly in when the one it declares cannot be it.

A page declared UTF-8 whose bytes are not is first judged as an imported file is
(`storecheck.catalogue.encoding.detect_encoding`), where Windows-1252, what Excel writes, wins
whenever it reads no worse. A page, unlike a file, says what language it is in (`<html lang>`,
`og:locale`, Content-Language) and is read for a shop whose currency may be one country's: when
one of the encodings a browser can read a page in (the WHATWG Encoding Standard's legacy ones)
reads more of that language's letters than the file rule's choice, the page is in it. A Polish
page in Windows-1250 read as Windows-1252 turns "ż", "ł" and "ś" into "¿", "³" and "œ", none a
Polish letter; read as Windows-1250 every one is.

A language's letters are the letters beyond ASCII of the Unicode CLDR's own texts in it (names of
languages, countries, scripts, months, days and currencies, through Babel): any language the
CLDR knows, with no list of letters to keep here. They also hold a few letters of foreign names
("ü" of "Zürich" in Polish), harmless when an encoding must read more of them to win.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

# Encodings of one byte a character, which read any bytes without an error: a page in UTF-8
# declared as one of them shows every accent as two letters ("Ã¼").
_SINGLE_BYTE = {"cp1252", "windows-1252", "iso-8859-1", "latin-1", "latin1", "iso-8859-15", "cp1251", "windows-1251", "ascii"}
UTF8_NAMES = {"utf-8", "utf8"}
# Encodings of two or four bytes a character. Text in them has a NUL byte beside every ASCII
# character, so an HTML page in one has many in its first bytes; a page declared in one (a server
# configured for another site) whose first bytes hold none is not in it.
_WIDE = {"utf-16", "utf-16-le", "utf-16-be", "utf-16le", "utf-16be", "utf-32", "utf-32-le", "utf-32-be", "utf-32le", "utf-32be"}
_WIDE_PROBE = 4096
# The WHATWG Encoding Standard's legacy encodings (every charset a browser reads a page in beside
# UTF-8 and UTF-16), as Python's codecs name them; in this order when two read a page's language
# equally well (the same text, as Windows-1252 and Windows-1250 give a German page).
LEGACY_ENCODINGS = (
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_10",
    "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "koi8_r", "koi8_u", "mac_roman", "mac_cyrillic",
    "cp866", "gb18030", "big5hkscs", "euc_jp", "iso2022_jp", "cp932", "cp949",
)
# The words beyond ASCII a page's letters are counted in (runs of bytes between spaces and tags
# holding a byte above 127): its text is in one language, and a few thousand of its words say which
# encoding reads it, where decoding a whole page in every encoding would cost a second a page. The
# page is cut into words by bytes.split once tags' brackets are made spaces (2 ms for a page of
# 400 KB, where a regular expression took 15 ms, and 34 s on one page of minified script).
_TAGS_AS_SPACES = bytes(32 if byte in b"<>" else byte for byte in range(256))
_SAMPLE_WORDS = 2000
_WORD_BYTES = 64
# What a page says of its language, in its first bytes: <html lang>, og:locale, Content-Language.
_HEAD = 65_536
_HTML_LANG = re.compile(rb"<html\b[^>]*?\s(?:xml:)?lang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)", re.I)
_META = re.compile(rb"<meta\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(rb"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_TAG = re.compile(r"[A-Za-z]{2,3}(?=$|[-_])")


def true_encoding(body: bytes, declared: str, languages: Iterable[str] = ()) -> str | None:
    """The encoding a page's bytes are in when it cannot be the declared one; None when the
    declared one may stand.

    A page declared UTF-8 whose bytes are not UTF-8 is judged as an imported file is: UTF-8 with a
    few stray bytes stays UTF-8; otherwise Windows-1252 or the encoding charset-normalizer reads
    with the least nonsense, unless a legacy encoding reads more letters of the page's `languages`
    (tags: "pl", "cs-CZ"). A page declared in a one-byte encoding whose bytes are all well-formed
    UTF-8, with at least one character beyond ASCII, is UTF-8: text in those encodings almost
    never forms such sequences.

    >>> true_encoding("<h1>Чайник электрический из нержавеющей стали, объём 1,7 литра</h1>".encode("cp1251"), "utf-8")
    'cp1251'
    >>> true_encoding("<h1>Czajnik elektryczny, żółty</h1>".encode("cp1250"), "utf-8", ["pl"])
    'cp1250'
    >>> true_encoding("Crème brûlée".encode(), "cp1252")
    'utf-8'
    >>> true_encoding("Crème".encode(), "utf-8") is None
    True

    A page declared UTF-16 or UTF-32 without a byte order mark (which would win) whose first bytes
    hold no NUL is not in it, and is judged as a page declared UTF-8 is: read as UTF-16, a page in
    UTF-8 is every two bytes a CJK character, and its product was lost without a word.

    >>> true_encoding("<h1>Чайник</h1>".encode(), "utf-16")
    'utf-8'
    """
    name = declared.lower().replace("_", "-")
    denied_wide = name in _WIDE and b"\0" not in body[:_WIDE_PROBE] and not body.startswith(
        (b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"))
    if name in UTF8_NAMES or denied_wide:
        # None keeps the declared charset: a page declared UTF-16 that is UTF-8 must be told so.
        utf8 = "utf-8" if denied_wide else None
        try:
            body.decode("utf-8")
            return utf8
        except UnicodeDecodeError:
            pass
        from storecheck.catalogue.encoding import detect_encoding

        found, _, _ = detect_encoding([body])
        if found.lower().replace("_", "-") in UTF8_NAMES:
            return utf8
        return _reading_most_letters(body, found, languages)
    if name in _SINGLE_BYTE and not body.isascii():
        # Decoding stops at the first byte that is not UTF-8, in such a page mostly its first letter
        # beyond ASCII: scanning every byte for sequences that look like UTF-8 first cost 2 ms a page
        # of a shop in Windows-1252 (bench/crawl.py --middlewares). Bytes beyond ASCII that are all
        # UTF-8 hold at least one multibyte sequence, the sign of UTF-8 the scan looked for.
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return "utf-8"
    return None


def _reading_most_letters(body: bytes, found: str, languages: Iterable[str]) -> str:
    """`found`, unless a legacy encoding reads strictly more of `languages`' letters, most of the
    letters beyond ASCII it reads being theirs, with no more nonsense (charset-normalizer's mess
    ratio) than `found` reads: a page that says it is Russian but is Polish is not read as
    Cyrillic letters scattered through Latin words."""
    letters = frozenset().union(*(language_letters(tag) for tag in languages))
    if not letters:
        return found
    words = [word for word in body.translate(_TAGS_AS_SPACES).split()
             if not word.isascii() and len(word) <= _WORD_BYTES]  # a word of text, not a script or an address
    sample = b" ".join(words[:_SAMPLE_WORDS])

    def letters_read(encoding: str) -> int:
        """The language's letters the encoding reads; 0 unless most letters beyond ASCII it reads are the language's."""
        try:
            text = sample.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            return 0
        counts = [(c.lower() in letters, n) for c, n in Counter(text).items() if not c.isascii() and c.isalpha()]
        hits = sum(n for theirs, n in counts if theirs)
        return hits if 2 * hits > sum(n for _, n in counts) else 0

    best, most = found, letters_read(found)
    for encoding in LEGACY_ENCODINGS:
        if (read := letters_read(encoding)) > most:
            best, most = encoding, read
    if best == found:
        return found
    from charset_normalizer.md import mess_ratio

    return best if mess_ratio(sample.decode(best)) <= mess_ratio(sample.decode(found, "replace")) else found


# The CLDR's texts of a locale that are words of its language: names of months and days, of dates'
# fields and of units. Its names of countries, languages and currencies are left out: they hold
# the letters of foreign names ("Curaçao", "Åland" in English).
_NATIVE_TEXTS = ("months", "days", "quarters", "eras", "day_periods", "date_fields", "unit_display_names",
                 "unit_patterns", "compound_unit_patterns")


@functools.lru_cache(maxsize=64)
def language_letters(tag: str) -> frozenset[str]:
    """The letters beyond ASCII (lower case) the CLDR's own texts in a language use; empty for a
    language the CLDR does not know. Read from the language's locale only (Babel keeps it, a few MB)."""
    match = _TAG.match(tag.strip())
    if not match:
        return frozenset()
    from babel import Locale, UnknownLocaleError

    try:
        data = Locale.parse(match.group(0).lower())._data
    except (UnknownLocaleError, ValueError):
        return frozenset()
    letters: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            letters.update(c.lower() for c in value if not c.isascii() and c.isalpha())
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif hasattr(value, "values"):
            for item in value.values():
                walk(item)

    for key in _NATIVE_TEXTS:
        walk(data.get(key, {}))
    return frozenset(letters)


def page_languages(body: bytes, content_language: bytes | None = None) -> list[str]:
    """The languages a page says it is in: `<html lang>`, `og:locale`, a Content-Language meta or
    header (tags as written: "pl", "cs_CZ", "de-CH")."""
    head = body[:_HEAD]
    found: list[str] = []
    if match := _HTML_LANG.search(head):
        found.append(match.group(1).decode("ascii"))
    for meta in _META.findall(head):
        attributes = {key.lower(): next(v for v in values if v) if any(values) else b""
                      for key, *values in _ATTRIBUTE.findall(meta)}
        said = (attributes.get(b"property") or attributes.get(b"name") or attributes.get(b"http-equiv") or b"").lower()
        if said in (b"og:locale", b"content-language") and attributes.get(b"content"):
            found.append(attributes[b"content"].decode("ascii", "replace"))
    if content_language:
        found.extend(content_language.decode("ascii", "replace").split(","))
    return [tag.strip() for tag in found if tag.strip()]


@functools.lru_cache(maxsize=16)
def currency_languages(currency: str | None) -> frozenset[str]:
    """The official languages of the one country whose currency this is ("PLN": Polish, "CZK":
    Czech), from the CLDR; none for a currency of several countries (the euro, the dollar), which
    says nothing of a shop's language."""
    if not currency:
        return frozenset()
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    official = ("official", "de_facto_official")
    countries = [territory for territory, spoken in get_global("territory_languages").items()
                 if any(facts.get("official_status") in official for facts in spoken.values())
                 and currency.upper() in get_territory_currencies(territory, tender=True)]
    if len(countries) != 1:
        return frozenset()
    spoken = get_global("territory_languages")[countries[0]]
    return frozenset(language for language, facts in spoken.items() if facts.get("official_status") in official)
