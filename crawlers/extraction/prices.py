"""Prices as pages write them: visible text in any locale, structured values, currency codes and signs.

Amounts are Decimal, read by `storecheck.money` as every entrance reads money.
Visible text in exponent notation ("1e30") is refused rather than misread as 1;
a structured amount beyond what the database keeps is passed on as it is, so
the offer refuses it and the crawl counts why.

A currency sign means what `storecheck.money`'s one table of signs says, as in
a file import or a store visit. A sign several currencies share ("$", "kr") is
settled by what the page and its shop say (`settle_currency`): the page's
structured data, the competitor's configured currency, the country its
language tag and its domain name (when they agree), a language that names
one currency, and our shop's currency last; with none of them it is
reported as unsettled, never guessed. The countries' currencies and the
languages spoken in them are the Unicode CLDR's, so the rule holds for every
country, not only those of the pages it was tried on.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from urllib.parse import urlsplit

from babel.core import UnknownLocaleError, get_global
from babel.languages import get_official_languages
from babel.numbers import (
    UnsupportedNumberingSystemError,
    get_currency_precision,
    get_decimal_symbol,
    get_territory_currencies,
)

from storecheck.money import (
    Agreeing,
    AmbiguousCurrency,
    Evidence,
    Language,
    every_reading,
    find_price,
    normalise_currency,
    settle_by,
    sign_beside,
    sign_currencies,
    territory_currencies,
    unit_of_several,
)


def parse_price_text(text: str, decimal_separator: str | None = None) -> tuple[Decimal | None, str | None]:
    """Visible price text -> (amount, currency code or symbol as written), read by
    `money.find_price` as every other entrance reads money. A number in exponent
    notation ("1e30") is no shop's way of showing a price: refused, not read as 1."""
    if text and _EXPONENT.search(text):
        return None, None
    text = text.translate(ARABIC_MARKS) if text else text
    amount, currency = find_price(text, decimal_separator)
    # A sign price-parser's table lacks ("Kn", "Дин") is read from the one table imports and visits read, and
    # so is one written around the sign price-parser found: "U$S 749" is the US dollar, not the "$" inside it.
    beside = sign_beside(text) if amount is not None else None
    if currency and beside and currency != beside and currency in beside:
        return amount, beside
    if currency and not beside and (whole := _whole_word_sign(text, currency)):
        return amount, whole
    return amount, currency or beside


def _whole_word_sign(text: str, sign: str) -> str | None:
    """The whole word price-parser read a sign of letters out of, where the word is a sign of the same currency
    itself: "Lek" out of "Çmimi: 53.990 Lekë" (the Albanian plural), so the sign is read as written and stands
    alone beside its number. None where the word goes on into another (a sign inside a word is none)."""
    if not sign[-1:].isalpha():
        return None
    match = re.search(rf"(?<![^\W\d_]){re.escape(sign)}[^\W\d_]+", text)
    if match is None:
        return None
    theirs, ours = sign_currencies(match.group()), sign_currencies(sign)
    return match.group() if theirs and ours and theirs <= ours else None


_EXPONENT = re.compile(r"\d[eE][+-]?\d")
# The marks of numbers written in Arabic-Indic digits ("١٬٢٩٩ ر.س", "٣٢٤٫٧٥"): the Arabic thousands
# separator and decimal separator, as the digits' own script writes them (Unicode's ARABIC THOUSANDS /
# DECIMAL SEPARATOR; the digits themselves read as digits already).
ARABIC_MARKS = str.maketrans({"\u066c": ",", "\u066b": "."})


def _currency_code(value: object, configured: str | None = None) -> str | None:
    """The one currency a code or sign names on its own; None for a sign several share (settled later), and for one
    whose rarer readings hold the competitor's `configured` currency ("£" set to St Helena's pound: `settle_currency`)."""
    if value is None:
        return None
    text = str(value).strip().rstrip(".")
    if _a_rarer_reading(text, configured):
        return None
    try:
        return normalise_currency(text)
    except ValueError:
        return None


def _a_rarer_reading(sign: str, configured: str | None) -> bool:
    """Whether the currency a person set is one the tables give `sign` beside what shops mean by it most."""
    return bool(configured) and configured not in (sign_currencies(sign) or ()) and configured in every_reading(sign)


def in_currency_units(entry: dict, sign: object) -> bool:
    """An offer's amounts written in a unit of several of a currency's own (Iran's toman, ten rials:
    "تومان", and "IRT" in Persian WooCommerce's structured data) as amounts of that currency, in place:
    price and former price multiplied, `currency` its ISO code. Whether `sign` was such a unit."""
    unit = unit_of_several(str(sign)) if sign else None
    if unit is None:
        return False
    code, factor = unit
    for field in ("price", "regular_price"):
        if isinstance(entry.get(field), Decimal):
            entry[field] = entry[field] * factor
    entry["currency"] = code
    entry.pop("_currency_symbol", None)
    return True


def settle_currency(offer: dict, configured: str | None, page_hints: list[Evidence | frozenset[str]],
                    shop_currency: str | None = None) -> None:
    """The offer's `currency`, settled in place from the sign its price was written with (`_currency_symbol`).

    Who says what the currency is, strongest first:

    1. the page's structured data (`priceCurrency`: the shop itself, about this very price);
    2. the competitor's configured currency (a person said so, about the shop in general);
    3. the page's country: its language tag's region and its domain, which must agree (`Agreeing`);
    4. a language without a region, only where it names one currency (`money.Language`);
    5. our shop's currency (`shop_currency`): a last default for a page that says nothing.

    The page's statement beats the configured currency: a shop serving another country's storefront
    to the crawler, or a setting made for another of its sites, is more often the cause of a
    disagreement than a page stating a currency it does not charge in. The disagreement is reported
    (`currency_differs`), so a person can check the setting: the price is converted with the rate of
    the currency the page states. A sign of one currency is that currency ("€" is EUR, whatever the
    setting), reported the same way. Where the setting settles a sign (or a price without one) that
    the page's domain reads as another currency ("kr" on a ".no" page, set to SEK), the setting is
    kept and `currency_setting_doubted` names the country's pieces. When nothing
    settles a sign several currencies share, the offer keeps no currency and `currency_unsettled`
    says why, so a crawl keeps the product without a price in a currency nobody stated. A price
    shown without a sign takes the same order."""
    sign = str(offer.pop("_currency_symbol", None) or "").strip().rstrip(".")
    stated = offer.get("currency")
    meaning = sign_currencies(sign) if sign else None
    chain = [frozenset({stated} - {None}), frozenset({configured} - {None}), *page_hints,
             frozenset({shop_currency} - {None})]
    try:
        if meaning is None:
            # No sign: what the page's data states, else the same order as for a sign (any currency).
            offer["currency"] = next((one for hint in chain if (one := settle_by(hint, None)) is not None), None)
        elif len(meaning) == 1:
            # The currency a person set settles a sign whose rarer readings hold it: "£" is sterling to the rules, and
            # a competitor set to St Helena's pound (the tables' "£" too) read in sterling, the setting reported wrong.
            offer["currency"] = stated or (configured if _a_rarer_reading(sign, configured) else next(iter(meaning)))
        else:
            offer["currency"] = normalise_currency(sign, None, chain)
    except AmbiguousCurrency as exc:
        # A stated currency the sign cannot mean stays: the page's data named it outright.
        if stated is None:
            offer["currency"] = None
            if offer.get("price") is not None or meaning is not None:
                offer["currency_unsettled"] = (f"{exc if meaning is not None else 'the price has no sign and ' + exc.why}"
                                               " (nothing on the page settles it: set the competitor's currency)")
    if configured and offer.get("currency") not in (None, configured):
        offer["currency_differs"] = f"the page prices in {offer['currency']}; the competitor's currency is set to {configured}"
    elif configured and stated is None and offer.get("currency") == configured and (meaning is None or len(meaning) > 1):
        # The setting settled a sign the page's domain reads otherwise ("kr" on a ".no" page, set to SEK): the
        # setting is kept, being a person's word about the shop, and the doubt is reported apart from a kept
        # page's currency, so each count means one thing.
        if country := _country_reading(sign if meaning else None, page_hints, configured):
            offer["currency_setting_doubted"] = (f"{country}; the competitor's currency is set to {configured}, "
                                                 "which the price keeps")


def _country_reading(sign: str | None, page_hints: list[Evidence | frozenset[str]], configured: str) -> str | None:
    """What the page's country (`PageCountry`: its language tag's region and its domain) says the price's
    currency is, when that is another than `configured` and the domain says it: "the domain .no says NOK".
    A language tag alone is not enough: "en-US" is the default of many templates a shop never translated,
    and would doubt a right setting on every product. None when the country says nothing, says
    `configured`, its pieces disagree, or the domain is not among those that say it."""
    for hint in page_hints:
        if not isinstance(hint, PageCountry):
            continue
        try:
            country = normalise_currency(sign, None, [hint]) if sign else settle_by(hint, None)
        except AmbiguousCurrency:
            return None
        if country is None or country == configured:
            return None
        labels = [label for label, currencies in hint.pieces if country in currencies]
        if hint.domain not in labels:
            return None
        return f"{' and '.join(labels)} {'say' if len(labels) > 1 else 'says'} {country}"
    return None


def page_currency_hints(tree, url: str | None) -> list[Evidence]:
    """What a page says about the currency it prices in, strongest first: its country, from the region of
    its language tags (`<html lang="en-CA">`, `og:locale`) and its domain (".no", ".com.au"), which must
    agree; then each language tag as a language (`money.Language`: "sv" names the krona, "en" no dollar)."""
    tags = [tree.xpath("string(/html/@lang)"), tree.xpath("string(/html/@xml:lang)"),
            tree.xpath("string((//meta[@property='og:locale']/@content)[1])"),
            tree.xpath("string((//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')"
                       "='content-language']/@content)[1])")]
    tags = [tag.strip().replace("_", "-") for tag in tags if tag and tag.strip()]
    pieces = [(f"the language tag {tag!r}", territory_currencies(_region(tag))) for tag in tags]
    host = urlsplit(url or "").hostname or ""
    domain = host.rsplit(".", 1)[-1]
    domain_label = None
    if domain not in _GENERIC_COUNTRY_DOMAINS:
        # ISO 3166 calls the United Kingdom GB; its domain is .uk.
        domain_label = f"the domain .{domain}"
        pieces.append((domain_label, territory_currencies(_DOMAIN_COUNTRY.get(domain, domain))))
    hints: list[Evidence] = [PageCountry(pieces, domain_label)]
    hints += [Language(tag) for tag in dict.fromkeys(tags)]
    return [hint for hint in hints if hint]


_DOMAIN_COUNTRY = {"uk": "GB"}


class PageCountry(Agreeing):
    """The page's country (`Agreeing`: its language tags' regions and its domain), knowing which piece is the
    domain's: a language tag alone may be a template's default, a domain is the shop's choice."""

    def __init__(self, pieces, domain: str | None):
        super().__init__(pieces)
        self.domain = domain  # the label of the domain's piece, None when the domain names no country


def _region(tag: str) -> str | None:
    """The country of a language tag ("en-CA" -> "CA", "zh-Hant-TW" -> "TW"), if it names one."""
    for part in tag.split("-")[1:]:
        if len(part) == 2 and part.isalpha():
            return part
    return None


# Country-code domains that sites of any country use for their letters (Google treats them as
# generic for that reason, and so does this: ".io" says nothing about the British Indian Ocean).
_GENERIC_COUNTRY_DOMAINS = {"ad", "ai", "as", "bz", "cc", "cd", "co", "dj", "fm", "io", "la", "me", "ms", "nu", "sc",
                            "sr", "su", "tv", "tk", "ws"}


def _price(value: object, decimal_separator: str | None = None) -> Decimal | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        return amount if amount.is_finite() else None
    text = str(value).strip()
    if not text:
        return None
    if re.fullmatch(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?", text):
        # Structured data uses a dot, whatever the page language. An amount beyond what the
        # database keeps ("1e30") is passed on as it is: the offer refuses it and the crawl counts why.
        return Decimal(text)
    amount, _ = parse_price_text(text, decimal_separator)
    return amount


def not_an_amount(value: object) -> Decimal | None:
    """A structured price that is a number but no amount ("NaN", "Infinity", a JSON float's NaN) as the Decimal it
    is, else None.

    >>> not_an_amount("NaN"), not_an_amount(float("inf")), not_an_amount("12.50"), not_an_amount("POA")
    (Decimal('NaN'), Decimal('Infinity'), None, None)
    """
    if isinstance(value, float):
        return None if value == value and abs(value) != float("inf") else Decimal(repr(value))
    if isinstance(value, str) and value.strip().casefold().lstrip("+-") in ("nan", "inf", "infinity"):
        return Decimal(value.strip())
    return None


# A number whose last mark, met once, is followed by exactly three digits: "1 699,000", "89.900", "1,299.900".
_THREE_AFTER_A_MARK = re.compile(r"(?<![\d.,])\d[\d\s.,'\u00a0\u202f]*?([.,])(\d{3})(?![\d.,]*\d)")


def thousandths_mark(reading, offers: list[dict], configured: str | None) -> str | None:
    """The decimal mark of a page priced in a currency counted in thousandths, when the price it shows is
    written with three decimals; None otherwise (the page is read as it was).

    The dinars of Tunisia, Kuwait, Bahrain, Jordan and Libya and the Omani rial have 1,000 fils or millimes,
    and shops write them so: "1 699,000 DT", "KD 89.900". price-parser reads three digits after one mark as
    thousands (right for "1.299 €"), which makes such a price a thousand times too high. Which currencies
    count in thousandths is the CLDR's (Babel's `get_currency_precision`), not a list of ours: the Iraqi
    dinar, whose fils are out of use, has no decimals there and keeps "250,000 IQD" as thousands. The
    currency is the competitor's configured one, else the structured data's, else the one every meaning of
    the price's own sign shares; a mark written twice in the number ("1,250,000") is a thousands mark and
    changes nothing, and so does a mark that is not the one the currency's countries write for decimals
    ("KD 1,299": 1,299 dinars with no fils; review R2)."""
    chosen = reading.chosen if reading is not None else None
    if chosen is None:
        return None
    structured = offers[0].get("currency") if len(offers) == 1 else None
    codes = ({configured} if configured else {structured} if isinstance(structured, str) and len(structured) == 3
             else set(sign_currencies(chosen.symbol) or ()) if chosen.symbol else set())
    # An unknown code gets the CLDR's default, two digits.
    if not codes or any(get_currency_precision(code.upper()) != 3 for code in codes):
        return None
    match = _THREE_AFTER_A_MARK.search(chosen.text)
    if match is None or match.group(0).count(match.group(1)) != 1:
        return None
    if _both_marks(match.group(0), match.group(1)):
        return match.group(1)
    # Only the mark the currency's own countries write for their fils: "KD 1,299" is 1,299 dinars, not 1.299.
    return match.group(1) if all(_decimal_mark_of(code.upper()) == match.group(1) for code in codes) else None


def _both_marks(number: str, last_mark: str) -> bool:
    """Whether a number is written with both marks, the other one before its last: then the last is its decimal
    mark whatever its countries write ("2,975.000 د.ل", WooCommerce set to ',' and '.' in Libya, whose countries
    write the comma for decimals); a shop does not group thousands with the mark it writes decimals with.

    >>> _both_marks("2,975.000", "."), _both_marks("1 699,000", ","), _both_marks("1,299", ",")
    (True, False, False)
    """
    return bool(({",", "."} - {last_mark}) & set(number))


@functools.lru_cache(maxsize=32)
def _decimal_mark_of(code: str) -> str | None:
    """The decimal mark the countries of a currency write it with (the CLDR's, through Babel, for each official
    language of each country whose tender it is, in Latin digits): "." for the Kuwaiti, Bahraini, Jordanian
    dinars and the Omani rial, "," for the Tunisian and Libyan dinars; None where they disagree or none is
    known."""
    marks = set()
    for territory in get_global("territory_currencies"):
        if code not in get_territory_currencies(territory, tender=True):
            continue
        for language in get_official_languages(territory):
            try:
                marks.add(get_decimal_symbol(f"{language}_{territory}", numbering_system="latn"))
            except (UnknownLocaleError, UnsupportedNumberingSystemError, ValueError):
                continue
    return marks.pop() if len(marks) == 1 else None
