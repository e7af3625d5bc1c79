"""Which encoding a file is in: the one given, a BOM, UTF-8, else Windows-1252 or charset-normalizer's guess."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterable
from pathlib import Path

from storecheck.catalogue.source import FileImportError

# How much of a file's non-ASCII text the encoding guess looks at.
_SAMPLE_BYTES = 1_048_576


_UTF8_MARK = codecs.BOM_UTF8


def _stray_utf8_mark(encoding: str) -> bool:
    """Whether a UTF-8 byte order mark starting a file read as `encoding` is no text of it: the
    encoding given is not UTF-8's, so the mark's three bytes would be read as letters ("ď»ż" in
    windows-1250, "ï»¿" in windows-1252) before the first column's name."""
    return codecs.lookup(encoding).name not in ("utf-8", "utf-8-sig")


def open_text(path: Path, encoding: str, errors: str, newline: str | None = None) -> io.TextIOWrapper:
    """`path` opened as text in `encoding`, a UTF-8 byte order mark before another encoding's text left
    out (F112's file read with `--encoding windows-1250`, as its refusal advises: the mark's bytes
    were read as "ď»ż" and the import refused "no column 'key'"; hostile14's F124)."""
    handle = path.open("rb")
    try:
        if not (_stray_utf8_mark(encoding) and handle.read(len(_UTF8_MARK)) == _UTF8_MARK):
            handle.seek(0)
        return io.TextIOWrapper(handle, encoding=encoding, errors=errors, newline=newline)
    except BaseException:
        handle.close()
        raise


def decode(data: bytes, encoding: str | None = None) -> str:
    """Bytes -> text, with the encoding `detect_encoding` settles on."""
    chosen, errors, _ = detect_encoding([data], encoding)
    if data.startswith(_UTF8_MARK) and _stray_utf8_mark(chosen):
        data = data[len(_UTF8_MARK):]
    try:
        return data.decode(chosen, errors=errors)
    except (LookupError, UnicodeDecodeError) as exc:
        raise FileImportError(f"cannot read the file as {chosen}: {exc}") from None


def first_line_not_utf8(chunks: Iterable[bytes]) -> tuple[int, int] | None:
    """(line, byte) of the first byte of `chunks` that UTF-8 cannot read, or None when every byte fits.
    For a file whose UTF-8 byte order mark promises what its bytes do not keep: a tool that writes the
    mark and then its own code page (hostile13's F112, windows-1250 behind the mark) was refused with
    Python's words and a byte's offset in a buffer ("can't decode byte 0xaf in position 18")."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    for chunk in chunks:
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            # The decoder's input is what it held back from the chunk before, then this chunk.
            held = len(exc.object) - len(chunk)
            at = max(exc.start - held, 0)
            return line + chunk.count(b"\n", 0, at), exc.object[exc.start]
        line += chunk.count(b"\n")
    return None


# Well-formed UTF-8 sequences of two to four bytes: text that holds them and
# only a few bytes besides that are not UTF-8 is UTF-8 with stray bytes, not
# a file in another encoding.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


def _utf16_without_bom(start: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the file's first bytes are UTF-16 written without a BOM, else None.

    A table's header and most of its cells are in the Latin script, which UTF-16 writes as the
    letter's byte beside a NUL: NUL on one side of most byte pairs and on the other side of few is
    UTF-16 in that order. No text file in a one-byte encoding or in UTF-8 holds NULs so (a stray NUL
    in a cell is a few bytes of thousands).

    >>> _utf16_without_bom("sku,name\\nS1,Чайник\\n".encode("utf-16-le")), _utf16_without_bom(b"sku,name\\n")
    ('utf-16-le', None)
    """
    sample = start[:4096]
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even, odd = sample[0:pairs * 2:2].count(0), sample[1:pairs * 2:2].count(0)
    if odd >= 0.6 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def detect_encoding(chunks: Iterable[bytes], encoding: str | None = None) -> tuple[str, str, list[str]]:
    """(encoding, errors, warnings) for reading a file given as chunks of bytes.

    The given encoding, else a BOM, else UTF-8 when every byte fits it. A file
    that is UTF-8 but for a few stray bytes is read as UTF-8 with those bytes
    replaced (U+FFFD), and a warning names their lines: read as Windows-1252,
    every accent of it would turn into "Ã¼". Other files are Windows-1252 (what
    Excel saves as "CSV") unless charset-normalizer finds an encoding that reads
    them with less nonsense; that guess is then used and named in a warning.
    """
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise FileImportError(f"unknown encoding {encoding!r}") from None
        first_chunk = next(iter(chunks), b"")
        if first_chunk.startswith(_UTF8_MARK) and _stray_utf8_mark(encoding):
            return encoding, "strict", [f"the file starts with a UTF-8 byte order mark; read as {encoding}, as given, "
                                        "without the mark"]
        return encoding, "strict", []
    utf8 = codecs.getincrementaldecoder("utf-8")()
    cp1252_ok = True
    cp1252 = codecs.getincrementaldecoder("cp1252")()
    first = True
    sequences = stray = lines_before = 0
    stray_lines: list[int] = []
    sample = bytearray()
    for chunk in chunks:
        if first:
            first = False
            if chunk.startswith(b"\xef\xbb\xbf"):
                return "utf-8-sig", "strict", []
            if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
                return "utf-16", "strict", []
            if without_bom := _utf16_without_bom(chunk):
                return without_bom, "strict", [
                    f"the file has no byte order mark but its bytes are UTF-16 ({without_bom[-2:].upper()}); read as such "
                    "(give --encoding if names look wrong)"]
        if stray == 0:
            try:
                utf8.decode(chunk)
                lines_before += chunk.count(b"\n")
                continue
            except UnicodeDecodeError:
                pass
        # Not UTF-8 throughout: count what is and what is not, line by line.
        for line in chunk.split(b"\n"):
            lines_before += 1
            if not _HIGH_BYTE.search(line):
                continue
            if len(sample) < _SAMPLE_BYTES:
                sample += line + b"\n"
            found = len(_UTF8_SEQUENCE.findall(line))
            extra = len(_HIGH_BYTE.findall(line)) - sum(len(m) for m in _UTF8_SEQUENCE.findall(line))
            sequences += found
            if extra:
                stray += extra
                if len(stray_lines) < 10:
                    stray_lines.append(lines_before)
        lines_before -= 1  # the chunk's last piece runs on into the next chunk
        if cp1252_ok:
            try:
                cp1252.decode(chunk)
            except UnicodeDecodeError:
                cp1252_ok = False
    if stray == 0:
        return "utf-8", "strict", []
    if sequences > stray:
        where = ", ".join(str(n) for n in stray_lines) + (" ..." if stray > len(stray_lines) else "")
        return "utf-8", "replace", [
            f"line {where}: {stray} byte(s) that are not UTF-8 in a file that is otherwise UTF-8; read as UTF-8 with "
            "those bytes shown as \ufffd (give --encoding if the file is in another encoding)"
        ]
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    matches = list(from_bytes(bytes(sample)))
    # Its likeliest reading among the encodings files are saved in: the others (Mac Latin-2, ISO-8859-16,
    # HP Roman-8...) read as letters the bytes Windows-1252 reads as ®, ™, ½ and °, so on a Western
    # catalogue whose names carry them charset-normalizer finds "less nonsense" there.
    best = next((match for match in matches if _saved_in(match)), None)
    if best is None and not cp1252_ok:
        best = matches[0] if matches else None
    if cp1252_ok and (best is None or best.encoding == "cp1252"
                      or mess_ratio(bytes(sample).decode("cp1252")) <= best.chaos):
        if other := _letters_read_as_signs(bytes(sample)):
            chosen, as_signs, as_letters = other
            return chosen, "strict", [
                f"the file is not UTF-8, and Windows-1252 reads signs inside its words ({as_signs!r}); read as "
                f"{chosen}, which reads them as letters ({as_letters!r}); give --encoding if names look wrong"]
        return "cp1252", "strict", []
    if best is None:
        raise FileImportError("cannot tell the file's encoding; give it with --encoding")
    language = f", {best.language}" if best.language and best.language != "Unknown" else ""
    return best.encoding, "replace", [
        f"the file is not UTF-8 and reads as nonsense in Windows-1252; read as {best.encoding} "
        f"(the likely encoding{language}); give --encoding if names look wrong"
    ]


# The encodings a spreadsheet or a program saves a table in (Windows code pages, DOS and KOI8
# Cyrillic, the ISO pages of scripts other than Latin, and those of Chinese, Japanese and Korean),
# which charset-normalizer's guess must be one of to win over Windows-1252.
_SAVED_IN = frozenset(codecs.lookup(name).name for name in (
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874", "cp866",
    "koi8_r", "koi8_u", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "cp932", "shift_jis", "euc_jp",
    "iso2022_jp", "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950", "cp949", "euc_kr", "johab",
    "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_8"))


# Of those, the code pages of Latin letters: the others write another script, whose letters stand
# together in words of their own.
_LATIN = frozenset(codecs.lookup(name).name for name in ("cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "utf_8"))
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTERS_BEYOND_ASCII_TOGETHER = re.compile(r"[^\W\d_\x00-\x7f]{2,}")


def _saved_in(match) -> bool:
    """Whether a charset-normalizer match is in an encoding files are saved in (`_SAVED_IN`) and, for
    one of another script than Latin, reads words in it: most of its letters beyond ASCII beside
    another. A three-row Western file's "Coca-Cola®", "Hue™" and "3½" read as ISO-8859-5 are single
    Cyrillic letters in Latin words ("Coca-ColaЎ"), where Windows-1252's signs are nonsense enough for
    charset-normalizer to prefer them."""
    try:
        name = codecs.lookup(match.encoding).name
    except LookupError:
        return False
    if name not in _SAVED_IN:
        return False
    if name in _LATIN or name.startswith("utf"):
        return True
    text = str(match)
    beyond = len(_BEYOND_ASCII.findall(text))
    together = sum(len(run) for run in _LETTERS_BEYOND_ASCII_TOGETHER.findall(text))
    return beyond > 0 and together >= beyond / 2


# Signs Windows-1252 reads from the bytes 0xA0-0xBF where Windows-1250 (Central Europe) and 1257
# (the Baltics) have letters (1250's "ł" is 1252's "³", "ż" its "¿", "Ż" its "¯", "ą" its "¹"). Inside a
# word, between letters ("¯ó³ta" for "Żółta"), or opening one ("³agodna"), they are letters read in the
# wrong code page: no text writes a word so. Left out as legitimate there: "¡" and "¿" opening a
# Spanish sentence, "´" typed for an apostrophe ("it´s"), the Catalan "·" ("col·lecció"), and signs
# ending a word ("m²", "ft³", a footnote's "Preis¹"), which a misread word ends with too ("z³" for
# "zł"), so they tell nothing. Nor do fractions opening a word: Western files write "¾in" and "¼Zoll",
# which Windows-1250 would read as the Slovak "ľin" and "Ľzoll", and with them every "à", "è", "ñ" of
# the file as "ŕ", "č", "ń" (review R7); a Slovak word with ľ inside it is still read as a letter.
_SIGN = "¢£¤¥¦§¨©«¬®¯°±²³¶¸¹»¼½¾¿"
_WORD_OPENING_SIGN = "£¥¯³¹"
_LETTER = r"[^\W\d_]"
_SIGNS_IN_WORDS = re.compile(rf"(?<={_LETTER})[{_SIGN}](?={_LETTER})|(?<!{_LETTER})[{_WORD_OPENING_SIGN}](?={_LETTER}{{2}})")
# The code pages a spreadsheet saves "CSV" in where Windows-1252 is not the default, and that read
# those bytes as letters.
OTHER_CODE_PAGES = ("cp1250", "cp1257")


def _letters_read_as_signs(sample: bytes) -> tuple[str, str, str] | None:
    """(encoding, a word as Windows-1252 reads it, the same word in that encoding) when Windows-1252
    reads `sample` with signs inside its words (`_SIGNS_IN_WORDS`) and one of `OTHER_CODE_PAGES` reads
    every one of them as a letter: a short Polish file in Windows-1250, whose few words give
    charset-normalizer no ground to prefer 1250, was read as 1252 and its "Żółta" stored as "¯ó³ta"
    without a word."""
    text = sample.decode("cp1252")
    signs = list(_SIGNS_IN_WORDS.finditer(text))
    if not signs:
        return None
    found = signs[0]
    for encoding in OTHER_CODE_PAGES:
        try:
            other = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Every sign a letter there ("Nutella®Gold" is "®" in every code page: no reason to switch).
        if all(other[sign.start()].isalpha() for sign in signs) and not _SIGNS_IN_WORDS.search(other):
            start = max(text.rfind(c, 0, found.start()) + 1 for c in " \n;,\t")
            ends = [at for at in (text.find(c, found.end()) for c in " \n;,\t") if at >= 0]
            end = min(ends, default=len(text))
            return encoding, text[start:end], other[start:end]
    return None
