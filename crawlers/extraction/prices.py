"""Prices as pages write them: visible text in any locale, structured values, currency codes and signs.

Amounts are Decimal, read by `storecheck.money` as every entrance reads money.
Visible text in exponent notation ("1e30") is refused rather than misread as 1;
a structured amount beyond what the database keeps is passed on as it is, so
the offer refuses it and the crawl counts why.

A currency sign means what `storecheck.money`'s one table of signs says, as in
a file import or a store visit. A sign several currencies share ("$", "kr") is
settled by what the page and its shop say (`settle_currency`): the
competitor's configured currency, the page's structured data, then the
country its language tag or its domain names; with none of them it is
reported as unsettled, never guessed. The countries' currencies and the
languages spoken in them are the Unicode CLDR's, so the rule holds for every
country, not only those of the pages it was tried on.
"""

from __future__ import annotations

import re
from decimal import Decimal
from urllib.parse import urlsplit

from storecheck.money import (
    AmbiguousCurrency,
    find_price,
    language_currencies,
    normalise_currency,
    sign_beside,
    sign_currencies,
    territory_currencies,
)


def parse_price_text(text: str, decimal_separator: str | None = None) -> tuple[Decimal | None, str | None]:
    """Visible price text -> (amount, currency code or symbol as written), read by
    `money.find_price` as every other entrance reads money. A number in exponent
    notation ("1e30") is no shop's way of showing a price: refused, not read as 1."""
    if text and _EXPONENT.search(text):
        return None, None
    amount, currency = find_price(text, decimal_separator)
    # A sign price-parser's table lacks ("Kn", "Дин") is read from the one table imports and visits read.
    return amount, currency or (sign_beside(text) if amount is not None else None)


_EXPONENT = re.compile(r"\d[eE][+-]?\d")


def _currency_code(value: object) -> str | None:
    """The one currency a code or sign names on its own; None for a sign several share (settled later)."""
    if value is None:
        return None
    text = str(value).strip().rstrip(".")
    try:
        return normalise_currency(text)
    except ValueError:
        return None


def settle_currency(offer: dict, configured: str | None, page_hints: list[frozenset[str]]) -> None:
    """The offer's `currency`, settled in place from the sign its price was written with (`_currency_symbol`).

    A sign of one currency is that currency. A sign several share is settled by the
    configured currency, then the page's structured data (the currency it stated), then
    `page_hints` (`page_currency_hints`); when nothing settles it the offer keeps no currency
    and `currency_unsettled` says why, so a crawl keeps the product without a price in a
    currency nobody stated. A price shown without a sign is in the configured currency."""
    sign = str(offer.pop("_currency_symbol", None) or "").strip().rstrip(".")
    stated = offer.get("currency")
    meaning = sign_currencies(sign) if sign else None
    if meaning is None or len(meaning) == 1:
        # No sign, or one that names its currency: what the page's data states wins, as before.
        offer["currency"] = stated or (next(iter(meaning)) if meaning else configured)
        return
    try:
        offer["currency"] = normalise_currency(sign, configured, [frozenset({stated} - {None}), *page_hints])
    except AmbiguousCurrency as exc:
        # A stated currency the sign cannot mean stays: the page's data named it outright.
        if stated is None:
            offer["currency_unsettled"] = f"{exc} (nothing on the page settles it: set the competitor's currency)"


def page_currency_hints(tree, url: str | None) -> list[frozenset[str]]:
    """What a page says about the currency it prices in, strongest first: the country of its language
    tag (`<html lang="en-CA">`, `og:locale`), the country of its domain (".no", ".com.au"), the
    countries whose official language the tag names ("sv": Sweden and Finland)."""
    tags = [tree.xpath("string(/html/@lang)"), tree.xpath("string(/html/@xml:lang)"),
            tree.xpath("string((//meta[@property='og:locale']/@content)[1])"),
            tree.xpath("string((//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')"
                       "='content-language']/@content)[1])")]
    tags = [tag.strip().replace("_", "-") for tag in tags if tag and tag.strip()]
    hints = [territory_currencies(_region(tag)) for tag in tags]
    host = urlsplit(url or "").hostname or ""
    domain = host.rsplit(".", 1)[-1]
    if domain not in _GENERIC_COUNTRY_DOMAINS:
        hints.append(territory_currencies(domain))
    hints += [language_currencies(tag) for tag in tags]
    return [hint for hint in hints if hint]


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
