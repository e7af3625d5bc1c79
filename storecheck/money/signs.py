"""Currency codes and signs: what each one written with an amount can mean.

One table of signs for every entrance (file imports, store visits, page
extraction): price-parser's currency table and the Unicode CLDR's symbols of
every locale (Babel), with the meaning shops give the commonest signs
(`_SIGN_MEANS`). A sign several currencies share means all of them here;
`storecheck.money.settling` decides between them.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import tempfile
from collections import defaultdict
from pathlib import Path

import pycountry

from storecheck.money.amounts import _plain


# What the signs shops use most mean to a shop, where the currency tables list rarer meanings too:
# "£" is the pound sterling, not also the Falkland or Gibraltar pound pegged to it. "C$" is the Canadian
# dollar's where a shop abroad names it, and the Nicaraguan córdoba's own sign, as every Nicaraguan shop and
# the CLDR write it ("C$ 18,450.00"): both, settled by the page's country or the shop's currency. This and
# `written_signs` are the one table of signs: file imports, store visits and page extraction all read it.
_SIGN_MEANS = {
    "€": {"EUR"}, "£": {"GBP"}, "₹": {"INR"}, "zł": {"PLN"}, "¥": {"JPY", "CNY"}, "us$": {"USD"}, "c$": {"CAD", "NIO"},
    "a$": {"AUD"}, "nz$": {"NZD"}, "$": {"USD", "CAD", "AUD", "NZD", "MXN", "SGD", "HKD"},
    "kr": {"SEK", "NOK", "DKK", "ISK"}, "kr.": {"SEK", "NOK", "DKK", "ISK"}, "fr.": {"CHF"},
}
# Signs shops write that neither table holds, the abbreviations of currencies whose tables give only a
# symbol or another script's name: the tenge's "тг." (Kazakh and Russian; the CLDR has "₸"), the hryvnia's
# "грн." (Ukrainian and Russian; the CLDR has "₴"), the Uzbek som's "soʻm" (Uzbek's Latin script, its
# letter "oʻ" often typed with another apostrophe) and "сум" (Russian; the CLDR has the Uzbek Cyrillic "сўм"). A sign's dot may be left out.
# The Kenyan shilling's "KSh", as Kenyan shops (Jumia, Kilimall) and the Central Bank of Kenya write it, with the
# capital S the tables give its neighbours ("USh", "TSh"); the tables have only "Ksh". The cedi typed "GH¢" with the
# cent sign, as Ghanaian shops type it where "₵" is not on the keyboard (the tables have "GH₵"), and the US dollar
# written "U$S", as Uruguayan and Argentinian shops price electronics and cars beside their pesos' "$". The
# Nepalese rupee's "Rs" and "Rs.", as Nepali shops write it beside every other rupee's (the tables give Nepal's
# only "नेरू" and "NPRs"), and the Moldovan leu's "lei", its plural, as Moldovan shops write it (the tables give
# "lei" to Romania's leu alone and Moldova's only "L"): a page's country, or the shop's currency, settles which.
# The Venezuelan bolívar's "Bs." and "Bs", as Venezuelan shops and the central bank write it (the tables give them
# to Bolivia's boliviano and to the bolívar withdrawn in 2018, VEF; the CLDR's VES is "Bs.S"), settled so too.
# The Djibouti franc's "FDJ", as Djiboutian shops write it (the CLDR has "Fdj"), and the rial sign "﷼" (U+FDFC) for
# every currency shops write it for: Yemen's rial (WooCommerce's sign for YER as for IRR) and, informally, the Saudi,
# Omani and Qatari riyals (the tables give it to Iran's alone). The shop's currency or the page's country settles
# which; Arabic alone settles none of them, and the price is left unsettled rather than guessed.
_SIGNS_THE_TABLES_LACK = {"тг.": {"KZT"}, "грн.": {"UAH"}, "so'm": {"UZS"}, "soʻm": {"UZS"}, "so‘m": {"UZS"},
                          "сум": {"UZS"}, "KSh": {"KES"}, "GH¢": {"GHS"}, "U$S": {"USD"}, "Rs": {"NPR"},
                          "Rs.": {"NPR"}, "lei": {"MDL"}, "Lei": {"MDL"}, "LEI": {"MDL"}, "Bs.": {"VES"}, "Bs": {"VES"},
                          "FDJ": {"DJF"}, "\ufdfc": {"YER", "SAR", "OMR", "QAR"},
                          # Macau's pataca as Macau's shops write it (Shopify's money format 'MOP${{amount}}'), and as
                          # they write it short, '$' (as Hong Kong's shops write theirs): the tables give '$' no reading
                          # as MOP, so a page from Macau took another place's dollar ('zh-TW' on a '.mo' shop read
                          # TWD) or none. The page's country settles it, as it settles every other '$'.
                          "MOP$": {"MOP"}, "$": {"MOP"},
                          # The Solomon Islands dollar as WooCommerce's table of signs writes it ('Si$'; the CLDR's
                          # 'SI$' is there already, but signs are matched as written).
                          "Si$": {"SBD"},
                          # The rupee in Devanagari, 'रु' and 'रू' (Nepali shops write 'रु 1,24,999'; Hindi's rupaya): Nepal's
                          # and India's, settled by the page's country or language. Neither table holds them, and
                          # price-parser's cuts the sign to its first letter 'र', which its table gives to India alone.
                          "रु": {"NPR", "INR"}, "रू": {"NPR", "INR"}, "रु.": {"NPR", "INR"}, "रू.": {"NPR", "INR"}}
# ISO 4217 codes for metals, funds and testing: not what a shop prices in.
_NOT_MONEY = {"XXX", "XTS", "XAU", "XAG", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA"}
# ISO 4217 codes withdrawn this century (list three), which pycountry drops from its
# list when a country changes currency: a price history, a rates file or a workspace
# set up before the change still holds them (Bulgaria's lev until 2026, Croatia's kuna
# until 2023), and refusing them would stop every command of such a workspace.
_WITHDRAWN = {
    "BGN", "HRK", "CUC", "SLL", "VEF", "VED", "ZWL", "MRO", "STD", "LTL", "LVL", "EEK", "SKK", "CYP", "MTL",
    "SIT", "BYR", "ZMK", "GHC", "MZM", "ROL", "TRL", "AZM", "TMM", "VEB", "SDD", "CSD", "YUM",
}


# Units a currency is priced in that are not its ISO unit: Iran's toman, ten rials, in which Iranian shops price
# ("۴۵,۹۰۰,۰۰۰ تومان"; "تومن" as often typed; Persian WooCommerce's structured data writes it "IRT", a code no
# standard has). A price stored under IRR must be in rials, so an amount in tomans is ten times as many rials.
_UNITS_OF_SEVERAL = {"تومان": ("IRR", 10), "تومن": ("IRR", 10), "toman": ("IRR", 10), "tomans": ("IRR", 10),
                     "irt": ("IRR", 10)}


def unit_of_several(sign: str) -> tuple[str, int] | None:
    """For a sign or code that counts a currency in a unit other than its ISO one, that currency and how many of
    its units one of these is; else None.

    >>> unit_of_several("تومان"), unit_of_several("IRT"), unit_of_several("ریال")
    (('IRR', 10), ('IRR', 10), None)
    """
    return _UNITS_OF_SEVERAL.get(_plain(sign).strip().rstrip(".").casefold())


def currency_code(text: str) -> str | None:
    """`text` as the ISO 4217 code of a currency shops price in (any case), else None."""
    code = text.strip().upper()
    if len(code) != 3 or not code.isalpha() or code in _NOT_MONEY:
        return None
    return code if pycountry.currencies.get(alpha_3=code) is not None or code in _WITHDRAWN else None


def sign_currencies(sign: str) -> frozenset[str] | None:
    """The currencies a sign or code written with an amount can mean; None when it is no currency.

    >>> sorted(sign_currencies("лв")), sign_currencies("Kč"), sign_currencies("SGD$"), sign_currencies("kg")
    (['BGN', 'KGS'], frozenset({'CZK'}), frozenset({'SGD'}), None)
    >>> sign_currencies("Kn")
    frozenset({'HRK'})
    """
    meaning = _SIGN_MEANS.get(sign.lower())
    if meaning is not None:
        return frozenset(meaning)
    text = _plain(sign).strip()
    meaning = _SIGN_MEANS.get(text.lower())
    if meaning is not None:
        return frozenset(meaning)
    if code := currency_code(text):
        return frozenset({code})
    if code := currency_code_of(text):
        # "SGD$", "$USD": a dollar named twice; both signs must agree. A code and a dollar a table gives whole
        # as that currency's sign ("MOP$", the pataca as Macau's shops write it) is that currency too.
        agree = code in written_signs().get("$", ()) or code in _written(_sign_key(text))
        return frozenset({code}) if agree else None
    # A colon or semicolon after a sign names no other currency, and an abbreviation may be written with or
    # without its dot: "лв" and "лв." both mean the lev and the som, "Rs" and "Rs." every rupee (the tables
    # give "лв." to BGN alone and "Rs." to LKR alone, but shops write both ways); the row's or the shop's
    # currency settles which.
    key = _sign_key(text).rstrip(":;").rstrip(".")
    written = _written(key)
    if not written and key[1:].islower() and key[:1].isupper():
        # A sign capitalised as the first word of a label or a column ("Kn" for the kuna's "kn", "Kr"):
        # only where the sign as written is none, so a sign whose capital is its own ("Kg." the guilder)
        # keeps its meaning, and an all-capital word ("KG") is not read as a lower-case sign.
        written = _written(key[0].lower() + key[1:])
    return written or None


def every_reading(sign: str) -> frozenset[str]:
    """Every currency the tables give a sign, its rarer readings too, where `sign_currencies` gives what shops mean
    by it most: "£" is the pound sterling to a shop, and the tables give it to the Falkland, Gibraltar and St Helena
    pounds pegged to sterling as well. A currency a person set for the shop settles the sign among these.

    >>> sign_currencies("£"), sorted(every_reading("£") & {"FKP", "GBP", "GIP", "SHP"})
    (frozenset({'GBP'}), ['FKP', 'GBP', 'GIP', 'SHP'])
    """
    meaning = sign_currencies(sign) or frozenset()
    return meaning | _written(_sign_key(_plain(sign).strip()))


def _written(key: str) -> frozenset[str]:
    return written_signs().get(key, frozenset()) | written_signs().get(key + ".", frozenset())


def currency_code_of(text: str) -> str | None:
    """The ISO 4217 code `text` is, also when written with a dollar sign ("SGD$", "$USD")."""
    return currency_code(text) or (currency_code(text.strip("$")) if "$" in (text[:1], text[-1:]) else None)


def written_signs() -> dict[str, frozenset[str]]:
    """Every currency sign shops write (a key of `_sign_key`) -> the ISO 4217 codes it can mean.

    From price-parser's currency table (main, native and other symbols: "лв.", "Kč",
    "lei") and the Unicode CLDR's currency symbols of every locale, through Babel
    ("₽", "₺", "R$"), and the few signs shops write that neither holds ("тг.", "грн."); codes
    no shop prices in now are left out. A lone Latin letter
    ("R", "L", "K") is no sign here, as price-parser holds: alone it is too often
    something else (litres, a size); `letter_signs` keeps those apart. Built once, on
    the first sign that is not a code, from the CLDR symbols shipped beside this module
    (`cldr_currency_symbols`), in hundredths of a second."""
    return _sign_tables()[0]


def letter_signs() -> dict[str, frozenset[str]]:
    """The lone Latin letters the same tables give as signs ("R": the rand, "K": the kina and the kyat,
    "L": the lek, the leu...) -> what they can mean. A letter is read as a currency only where the
    row's or the shop's currency is one of these: "R6 439,99" in a shop priced in ZAR."""
    return _sign_tables()[1]


@functools.cache
def _sign_tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    from price_parser._currencies import CURRENCIES

    table: defaultdict[str, set[str]] = defaultdict(set)
    letters: defaultdict[str, set[str]] = defaultdict(set)

    def add(sign: str, code: str) -> None:
        key = _sign_key(sign)
        if key and not any(c.isdigit() for c in key) and currency_code(code):
            (letters if len(key) == 1 and key.isascii() and key.isalpha() else table)[key].add(code)

    for code, info in CURRENCIES.items():
        for sign in (info["s"], info["sn"], *info.get("sn2", ())):
            add(sign, code)
    for code, sign in cldr_currency_symbols():
        add(sign, code)
    for sign, codes in _SIGNS_THE_TABLES_LACK.items():
        for code in codes:
            add(sign, code)
    return ({key: frozenset(codes) for key, codes in table.items()},
            {key: frozenset(codes) for key, codes in letters.items()})


# The CLDR's currency symbols of every locale, as the installed Babel gives them, gathered once and
# shipped beside this module: gathering them means reading every locale's data (about 3 s), and
# Babel keeps each locale it has read, about 190 MB when all are read, in every crawl, import and
# extract process that meets one sign not in `_SIGN_MEANS`. The file names the Babel version it was
# gathered from; with another version installed the symbols are gathered again, so a reading never
# depends on which of the two was used (tests/test_crawl2_memory.py checks the file against the
# installed Babel when it names its version, and that a newer Babel is read itself).
_CLDR_SYMBOLS_FILE = Path(__file__).with_name("cldr_currency_symbols.json")


def cldr_currency_symbols() -> list[tuple[str, str]]:
    """Every (ISO 4217 code, symbol) pair some CLDR locale writes, from the shipped file when it was
    gathered from the installed Babel's version, else from the user's cache of that version, else
    from Babel itself.

    Why a cache: a fresh machine installs the newest Babel, newer than the shipped file once Babel
    releases, and every crawl, import and extract process would pay the 3 s gathering until the
    file is rewritten here. The first process gathers and leaves the symbols in the user's cache,
    named by the Babel version, so the readings stay the installed Babel's and only one process
    pays. A cache that cannot be written (a read-only home) only costs that time again."""
    installed = _babel_version()
    for path in (_CLDR_SYMBOLS_FILE, _cache_file(installed)):
        symbols = _symbols_of(path, installed)
        if symbols is not None:
            return symbols
    gathered = gather_cldr_currency_symbols()
    _write_symbols(_cache_file(installed), gathered, installed, quiet=True)
    return gathered


def _symbols_of(path: Path, installed: str) -> list[tuple[str, str]] | None:
    """The pairs a symbols file holds when it was gathered from the installed Babel; None when it is
    absent, unreadable, cut short or of another version (a cache is only ever a speed-up)."""
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored["babel"] != installed:
            return None
        return [(code, sign) for code, sign in stored["symbols"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _cache_file(babel_version: str) -> Path:
    """Where this user's gathered symbols of one Babel version are kept (the XDG cache folder)."""
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "storecheck"
    return folder / f"cldr_currency_symbols-babel-{babel_version}.json"


def _babel_version() -> str:
    from importlib.metadata import version

    return version("babel")


def gather_cldr_currency_symbols() -> list[tuple[str, str]]:
    """Every (ISO 4217 code, symbol) pair of every locale of the installed Babel, sorted.

    Locales are read a language at a time (a locale inherits from its language's and from the
    root's, so these stay read while the language's own regions are) and Babel's cache of them
    emptied between languages: the peak is one language's data, not every locale's."""
    from babel import Locale, localedata

    pairs: set[tuple[str, str]] = set()
    language = None
    try:
        for name in sorted(localedata.locale_identifiers()):
            if name.split("_")[0] != language:
                localedata.clear_caches()
                language = name.split("_")[0]
            pairs.update(Locale.parse(name).currency_symbols.items())
    finally:
        localedata.clear_caches()
    return sorted(pairs)


def write_cldr_currency_symbols(path: Path = _CLDR_SYMBOLS_FILE) -> None:
    """Rewrite the shipped file from the installed Babel, one pair a line so that a Babel upgrade's
    change reads as a diff: `python -c "from storecheck.money.signs import
    write_cldr_currency_symbols as w; w()"`."""
    _write_symbols(path, gather_cldr_currency_symbols(), _babel_version())


def _write_symbols(path: Path, pairs: list[tuple[str, str]], babel_version: str, *,
                   quiet: bool = False) -> None:
    """Write a symbols file whole or not at all (a temporary file renamed over it), so that a
    process reading it while another writes never sees half of it. `quiet` for the cache: a
    folder that cannot be written leaves things as they were."""
    lines = ",\n".join(json.dumps(list(pair), ensure_ascii=False) for pair in pairs)
    text = f'{{"babel": {json.dumps(babel_version)}, "symbols": [\n{lines}\n]}}\n'
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        if quiet:
            return
        raise
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if not quiet:
            raise


def _sign_key(sign: str) -> str:
    """A sign as the table keeps it: as written, without spaces ("$ US" is "$US"). Case counts: "Kg." is
    a currency (the Caribbean guilder), "kg" none."""
    return "".join(_plain(sign).split())
