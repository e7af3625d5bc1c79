"""Money: one reader for every way an amount comes in, and one range for every amount kept.

Files (catalogue, offers), store visits, the web form and crawls all read
amounts here, so "€1.234" or "2.499" means the same number whichever way it
arrived. price-parser reads the number underneath — which of "." and "," is
the decimal mark — unless the file or the competitor states its separator.

Two readers share that number reading:

- `read_money` for a value that should be an amount and nothing else (a file
  cell, a form field, a JSON field): text other than a currency next to the
  number ("2.99 kg", "1.7.9") is refused, not guessed at; a text with no digit
  at all ("POA", "call for price") is refused as `NoAmount`, which a file
  import takes as an offer without a price.
- `find_price` for a price somewhere in a page's text ("From £5", "Pris från
  172 kr"), price-parser's own job.

A currency written with the amount may be a code ("EUR"), a sign ("€",
"лв.", "₺", "R$") or a local abbreviation ("Kč", "lei"): what each means comes
from price-parser's currency table and the Unicode CLDR's symbols of every
locale (Babel), not from a list of our own (but for the few signs shops
write that neither holds: "тг.", "грн."); a sign several currencies share
("$", "kr") means all of them, and the row's currency column or the shop's
currency settles it. A number in exponent notation ("4.495E1", as programs
write floats) is read; the invisible direction marks and the Arabic-Indic
digits and separators of right-to-left pages are read as what they stand for.

Every amount must fit the database's money columns (`MAX_AMOUNT`, from
Numeric(14, 4)); `check_amount` refuses the rest with a message, and
`amount_in_range` keeps readers of amounts stored before that check (or by
another program) from failing on them.

Its stages, a file each, in the order a text goes through them:

- `reading`: the readers (`read_money`, `find_price`, `sign_beside`), which
  take a text apart into a sign, a number and the words beside them;
- `words`: what shops print beside a price (free, "from", tax and shipping notes);
- `amounts`: the number itself (digits of every script, decimal marks,
  thousands groups, exponent notation, a file's own decimal mark);
- `signs`: the one table of currency codes and signs, and what each can mean;
- `settling`: which currency a sign several share means here (`normalise_currency`);
- `limits`: the range the database keeps (`check_amount`) and the errors all raise.
"""

from __future__ import annotations

from storecheck.money.amounts import MAX_NUMBER_DIGITS, agreed_mark, decimal_mark, has_digit, in_exponent, json_integer, json_loads, shown_mark
from storecheck.money.limits import (
    currency_digits,
    in_currency_places,
    whole_units_note,
    MAX_AMOUNT,
    MONEY_DIGITS,
    MONEY_PLACES,
    SMALLEST_AMOUNT,
    MoneyError,
    NoAmount,
    NotAPrice,
    amount_in_range,
    check_amount,
    check_price,
    kept_amount,
    quoted,
    written_amount,
)
from storecheck.money.reading import (
    MAX_MONEY_CHARS,
    find_price,
    names_its_currency,
    read_amount,
    read_money,
    read_price,
    sign_beside,
)
from storecheck.money.settling import (
    Agreeing,
    AmbiguousCurrency,
    Evidence,
    Language,
    language_currencies,
    normalise_currency,
    settle_by,
    territory_currencies,
)
from storecheck.money.signs import (
    currency_code,
    currency_code_of,
    every_reading,
    letter_signs,
    sign_currencies,
    unit_of_several,
    written_signs,
)
from storecheck.money.words import BEFORE_TAX, Free, LowerBound, says_lowest, tax_note

__all__ = [
    "currency_digits",
    "in_currency_places",
    "whole_units_note",
    "BEFORE_TAX", "MAX_AMOUNT", "MAX_MONEY_CHARS", "MAX_NUMBER_DIGITS", "MONEY_DIGITS", "MONEY_PLACES",
    "SMALLEST_AMOUNT", "Agreeing", "AmbiguousCurrency", "Evidence", "Free", "Language", "LowerBound", "MoneyError",
    "NoAmount", "NotAPrice", "agreed_mark", "amount_in_range", "check_amount", "check_price", "currency_code",
    "currency_code_of", "decimal_mark", "every_reading", "find_price", "has_digit", "in_exponent", "json_integer", "json_loads", "language_currencies",
    "kept_amount", "letter_signs", "names_its_currency", "normalise_currency", "quoted", "read_amount", "read_money",
    "read_price", "says_lowest", "settle_by", "shown_mark", "sign_beside", "sign_currencies", "tax_note",
    "territory_currencies", "unit_of_several", "written_amount", "written_signs",
]
