"""Settling a currency: which one a sign several share ("$", "kr") means on this page or in this file.

A currency a person gave (the row's, the competitor's) comes first; then
evidence, strongest first (a page's structured data, its country, its
language). What nothing settles is reported as `AmbiguousCurrency`, never
guessed.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable

from storecheck.money.limits import MoneyError
from storecheck.money.signs import _sign_key, currency_code, sign_currencies, written_signs


class AmbiguousCurrency(MoneyError):
    """A sign several currencies share ("kr", "$") that nothing at hand settles: it is reported, never guessed."""

    def __init__(self, sign: str, possible: frozenset[str], why: str = ""):
        self.sign, self.possible, self.why = sign, possible, why
        super().__init__(f"{sign!r} could be {', '.join(sorted(possible))}" + (f" ({why})" if why else "")
                         + "; write its ISO 4217 code")


def normalise_currency(value: object, default: str | None = None, hints: Iterable[Evidence | Iterable[str]] = ()) -> str | None:
    """A currency written as a code or a sign -> its ISO 4217 code; None when empty.

    >>> normalise_currency("kr", "NOK"), normalise_currency("Kč"), normalise_currency("$", hints=[{"CAD"}])
    ('NOK', 'CZK', 'CAD')

    A sign several currencies share ("kr", "$", "лв.") is settled, in this order, by `default`
    (a currency a person gave: the row's, the competitor's or the shop's) when the sign can mean
    it, then by `hints`, strongest first: each a set of currencies one piece of evidence allows
    (the page's own structured data, a configured currency), or an `Evidence` (pieces of equal
    weight that must agree, a language), the first that leaves the sign one meaning. Otherwise
    AmbiguousCurrency names what it could be: a price is never stored in a currency guessed for
    it. ValueError when `value` names no currency.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if code := currency_code(text):
        return code
    meaning = sign_currencies(text)
    if meaning is None:
        raise ValueError(f"{text!r} is not an ISO 4217 currency code")
    if len(meaning) == 1:
        return next(iter(meaning))
    if default in meaning:
        return default
    # Evidence about the page or the file may name a currency the sign's rarer readings hold ("$" on a
    # page from Taiwan): the locale's own symbol, which the tables of every locale (CLDR) list.
    possible = meaning | written_signs().get(_sign_key(text), frozenset())
    for hint in hints:
        try:
            settled = settle_by(hint, possible)
        except AmbiguousCurrency as exc:
            raise AmbiguousCurrency(text, meaning, exc.why) from None
        if settled is not None:
            return settled
    raise AmbiguousCurrency(text, meaning)


class Evidence:
    """What a page or a file says about its currency, beyond a plain set of currencies."""

    def settle(self, possible: frozenset[str] | None) -> str | None:
        """The one currency of `possible` (None: any currency) this evidence names, else None;
        AmbiguousCurrency when its pieces name two."""
        raise NotImplementedError


def settle_by(hint: Evidence | Iterable[str], possible: frozenset[str] | None) -> str | None:
    """The one currency of `possible` (None: any) a hint leaves, else None."""
    if isinstance(hint, Evidence):
        return hint.settle(possible)
    fits = frozenset(hint) if possible is None else possible & frozenset(hint)
    return next(iter(fits)) if len(fits) == 1 else None


class Agreeing(Evidence):
    """Pieces of evidence of one weight (the country of a page's language tag, the country of its
    domain): they settle a sign only when those that name one of its readings name the same one.
    Two that disagree ("en-US" on a ".ca" shop's "$") leave it unsettled and say so: a template's
    default tag is as likely wrong as the domain, and neither is a reason to pick."""

    def __init__(self, pieces: Iterable[tuple[str, frozenset[str]]]):
        self.pieces = [(label, frozenset(currencies)) for label, currencies in pieces if currencies]

    def settle(self, possible: frozenset[str] | None) -> str | None:
        named: dict[str, str] = {}
        for label, currencies in self.pieces:
            if (one := settle_by(currencies, possible)) is not None:
                named.setdefault(one, label)
        if len(named) > 1:
            raise AmbiguousCurrency("", frozenset(named), "the page's evidence disagrees: "
                                    + ", ".join(f"{label} says {code}" for code, label in sorted(named.items())))
        # A piece that allows several readings, none of them the one another piece names, disagrees as one naming
        # another would: 'fr-FR' (EUR) on a ".ht" shop, whose country allows HTG or USD.
        others = [(label, allowed) for label, currencies in self.pieces
                  if (allowed := currencies if possible is None else currencies & possible) and not allowed & set(named)]
        if named and others:
            raise AmbiguousCurrency("", frozenset(named).union(*(allowed for _, allowed in others)),
                                    "the page's evidence disagrees: "
                                    + ", ".join([f"{label} says {code}" for code, label in sorted(named.items())]
                                                + [f"{label} says {' or '.join(sorted(allowed))}" for label, allowed in others]))
        return next(iter(named)) if named else None

    def __bool__(self) -> bool:
        return bool(self.pieces)


class Language(Evidence):
    """A language without a region ("sv", "zh-Hant") names no country: Chinese is written in China,
    Singapore, Taiwan, Hong Kong and by shops everywhere. It settles a sign only when the sign's readings
    left by the countries where the language is official (official, de facto or regional, CLDR) are one
    currency, *and* the language is official in every (inhabited) country that uses that currency:
    Swedish settles "kr" (the krona is Sweden's alone), Norwegian Bokmål too (Norway, Svalbard); Danish
    does not ("kr" could be the Faroes' or Greenland's krone, where Danish is not official), nor Chinese
    or Portuguese "$" (Portuguese is official in Timor-Leste, one of many countries using the US dollar).
    A signless price is never settled by a language."""

    def __init__(self, tag: str):
        self.tag = tag

    def settle(self, possible: frozenset[str] | None) -> str | None:
        if possible is None:
            return None
        countries = _language_countries(self.tag)
        readings = possible & frozenset().union(*map(territory_currencies, countries)) if countries else frozenset()
        if len(readings) != 1:
            return None
        (currency,) = readings
        return currency if _currency_countries().get(currency, frozenset()) <= countries else None

    def __bool__(self) -> bool:
        return bool(_language_countries(self.tag))


def language_currencies(language: str | None) -> frozenset[str]:
    """The currencies of the countries where `language` (a tag without a region: "sv", "zh-Hant") is an
    official language, from the CLDR: Swedish names the krona of Sweden and the euro of Finland."""
    countries = _language_countries(language or "")
    return frozenset().union(*map(territory_currencies, countries)) if countries else frozenset()


@functools.cache
def _language_countries(tag: str) -> frozenset[str]:
    """The (inhabited) countries where a language is official, de facto or regionally, matching CLDR's
    keys by script too: "zh" is official as "zh_Hant" in Taiwan and Hong Kong, "zh-Hant" is not in China."""
    from babel.core import get_global

    parts = tag.lower().replace("-", "_").split("_")
    key = parts[0] + (f"_{parts[1]}" if len(parts) > 1 and len(parts[1]) == 4 else "")
    if not parts[0]:
        return frozenset()
    official = ("official", "de_facto_official", "official_regional")
    return frozenset(territory for territory, spoken in get_global("territory_languages").items()
                     if any((name.lower() == key or name.lower().startswith(key + "_"))
                            and facts.get("official_status") in official for name, facts in spoken.items()))


@functools.cache
def _currency_countries() -> dict[str, frozenset[str]]:
    """Each currency -> the inhabited countries (those CLDR gives an official language) where it is legal tender:
    Bouvet Island's krone is no reason to doubt that Norwegian names Norway's."""
    from babel.core import get_global

    countries: defaultdict[str, set[str]] = defaultdict(set)
    for territory, spoken in get_global("territory_languages").items():
        if any(facts.get("official_status") for facts in spoken.values()):
            for code in territory_currencies(territory):
                countries[code].add(territory)
    return {code: frozenset(where) for code, where in countries.items()}


def territory_currencies(territory: str | None) -> frozenset[str]:
    """The currencies legal tender in a country today (ISO 3166 code, any case), from the Unicode CLDR (Babel)."""
    if not territory or len(territory) != 2 or not territory.isalpha():
        return frozenset()
    from babel.numbers import get_territory_currencies

    return frozenset(get_territory_currencies(territory.upper(), tender=True))
