"""An element's own text read as one amount.

A candidate's text must be short enough to be one price and hold a digit
(`_short_amount_text`); its currency is read where the shop writes it (a
country's dollar with a space, the euro sign as the decimal mark, cents set
apart after grouped thousands); the parts that are not the amount are taken
off before the number is read (a size a size word names, a share or a tax in
brackets, a free-shipping note, a sign of letters); a form control's text
inside the element is an option's, not the price; a data- attribute's JSON on
an element named a price gives its amount (`_attribute_json_price`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from decimal import Decimal

from crawlers.extraction.page import _clean_text
from crawlers.extraction import prices as _prices
from crawlers.extraction.prices import parse_price_text
from storecheck.money import letter_signs, sign_currencies
from storecheck.money.amounts import apostrophe_as_thousands_mark, cifrao_as_decimal_mark
from crawlers.extraction.price_candidates import words as _words


# At most this many characters of text make one price element ("Now only €12,99 incl. VAT").
_MAX_TEXT = 48


_TWO_DIGITS = re.compile(r"\s*\d{2}\s*")
_ENDS_IN_DIGIT = re.compile(r"\d\s*$")


def _short_amount_text(el) -> str | None:
    """The element's whole text when it is short enough to be one price and holds a digit, else None."""
    if len(el) > 6:
        return None
    parts, size, digits = [], 0, False
    for piece in el.itertext():
        size += len(piece)
        if size > _MAX_TEXT * 3:
            return None
        parts.append(piece)
        # Most of a page's short texts hold no digit: they are left before being joined and cleaned.
        digits = digits or any(map(str.isdigit, piece))
    if not digits:
        return None
    if len(parts) > 1:
        # Cents set apart ("$229<sup>99</sup>"): two digits after a number are its decimals.
        joined = parts[0]
        for piece in parts[1:]:
            if _TWO_DIGITS.fullmatch(piece):
                joined += (_cents_mark(joined) if _ENDS_IN_DIGIT.search(joined) else " ") + piece.strip()
            else:
                joined += " " + piece
        text = _clean_text(joined)
    else:
        text = _clean_text(parts[0])
    text = _signs_as_written(text)
    return text.translate(_prices.ARABIC_MARKS) if text and len(text) <= _MAX_TEXT else None  # one table, prices'


# The euro sign written where the decimal mark goes: "449€99", "449<sup>€99</sup>" (joined "449 €99"),
# as French shops print prices (Cdiscount, Fnac, Darty, Boulanger, Conforama). A whole number, the
# sign and two digits with nothing after them that continues a number.
_SIGN_AS_MARK = re.compile(r"(?<![\d.,])(\d{1,3}(?:[\u00a0\u202f .]\d{3})+|\d+)[\u00a0\u202f ]?€(\d{2})(?![\d.,]|[\u00a0\u202f ]?\d)")


def _signs_as_written(text: str | None) -> str | None:
    """An amount's text with its currency sign and marks written the common way (see the rules below)."""
    if text and ("\u2019" in text or "\u02bc" in text):
        text = _apostrophe_as_thousands_mark(text)
    if text and "€" in text:
        text = _sign_as_decimal_mark(text)
    if text and "$" in text:
        text = _cifrao_as_decimal_mark(_country_dollar(text))
    return text


# The typographic apostrophe as the Swiss thousands mark ("CHF 1’849.00"): the money reader's own rule, which file
# imports read too (`storecheck.money.amounts.apostrophe_as_thousands_mark`); named here as the `--rules` switch knows it.
_apostrophe_as_thousands_mark = apostrophe_as_thousands_mark


# The cifrão written where the decimal mark goes ("54.990$00"): the money reader's own rule, which file imports read
# too (`storecheck.money.amounts.cifrao_as_decimal_mark`); named here as the `--rules` switch knows it.
_cifrao_as_decimal_mark = cifrao_as_decimal_mark


# A country's letters, a space, then "$": "US $18.27" (AliExpress, eBay), "AU $", "NZ $", "CA $", "HK $",
# "NT $", "MX $". Written with no space ("US$") each names one currency; with it the letters were read as
# a word and "$" alone could be seven currencies. Two letters at least: "A $5 fee" is no currency.
_COUNTRY_DOLLAR = re.compile(r"(?<![^\W\d_])(US|AU|NZ|CA|HK|NT|MX)[\u00a0\u202f ]+\$(?=\s*\d)")


def _country_dollar(text: str) -> str:
    """A country's dollar written with a space ("US $18.27") joined as its sign is written ("US$18.27")."""
    return _COUNTRY_DOLLAR.sub(lambda m: f"{m.group(1)}$", text)


def _sign_as_decimal_mark(text: str) -> str:
    """The amount written with the euro sign as its decimal mark, rewritten the common way ("449 €99"
    -> "449,99 €"): read as it stood, the whole euros and the cents were two numbers, and the page's
    price was left out as a sentence of two (its reference price won). Only "€" and only two digits
    right after it: "20 € 99 €" and "€99" alone keep their meaning."""
    return _SIGN_AS_MARK.sub(lambda m: f"{m.group(1)},{m.group(2)} €", text)


# A number that ends in a group of three digits after a mark: "1.299", "12,990", "1 299".
_GROUPED_END = re.compile(r"\d([.,\u00a0\u202f ])\d{3}\s*$")


def _cents_mark(number: str) -> str:
    """The mark that joins cents set apart to the number before them: "." unless the number is
    grouped in thousands by ".", where "," is the decimal mark ("1.299<sup>99</sup> Lei", eMAG's
    Romanian prices, is 1299.99; joined by "." it read as no number and the page's one price was
    lost to an instalment). The grouping mark the number itself shows says which mark it is not,
    whatever the shop's language."""
    grouped = _GROUPED_END.search(number)
    return "," if grouped is not None and grouped.group(1) == "." else "."


# A lone capital letter written just before a number ("RRP K7,299.00", "R 6 439,99"): a sign only where the
# competitor's currency is one the letter means (`money.letter_signs`: "K" the kina and the kyat, "R" the rand).
_LETTER_BEFORE_NUMBER = re.compile(r"(?<![^\W\d_])([A-Z])[\u00a0 ]?(?=\d)")


def letter_sign(text: str, currency: str | None) -> str | None:
    """The lone letter written before the amount in `text` when `currency` (the competitor's) is one it means,
    else None: on a page of a shop priced in PGK, "K7,299.00" is kina, as a file's cell reads it."""
    if not currency:
        return None
    match = _LETTER_BEFORE_NUMBER.search(text)
    if match is None or currency not in letter_signs().get(match.group(1), ()):
        return None
    return match.group(1)


def _currency_beside_number(text: str, symbol: str) -> bool:
    """Whether the currency price-parser found is written as a word of its own next to the
    number ("£12", "12 zł"), not letters inside another word ("AUDI 100", "пр. 21"). An
    abbreviation keeps its period ("Rs. 499", "kr. 499", "Rp. 15.000") and a whole amount its
    dash ("499,- kr."), as shops write them."""
    symbol = symbol.strip()
    sign = re.escape(symbol)
    # Only a currency written in letters can be part of a word; "$" after Chinese text is still "$".
    alone = (r"(?<![^\W\d_])" if symbol[:1].isalpha() else "") + sign + (r"(?![^\W\d_])" if symbol[-1:].isalpha() else "")
    period = r"\.?" if symbol[-1:].isalpha() else ""
    return bool(re.search(rf"{alone}{period}\s*\d|\d[\d.,'\s\u00a0\u202f]*(?:[-\u2013\u2014]\s*)?{alone}", text))


# One number as written: digits with their marks, spaces around a mark ("14 , 00 €": cents
# set apart in the markup); a bare space goes on only to a group of three digits ("1 299,00"),
# as thousands are grouped: "$200 2 bids" holds two numbers, not 2002.
_NUMBER_GROUP = re.compile(
    r"\d[\d.,']*(?:(?:[\u00a0\u202f ]+\d{3}(?!\d)|[\u00a0\u202f ]*[.,'][\u00a0\u202f ]*\d)[\d.,']*)*"
)


# The keys of a price and of its former price in the JSON a front end keeps in a data- attribute of the element
# it renders the price into ("data-price-json", Shopware's store API as headless fronts pass it on).
_JSON_PRICE_KEYS = ("unitPrice", "price", "finalPrice", "salePrice", "totalPrice")
_JSON_FORMER_KEYS = ("listPrice", "regularPrice", "oldPrice", "originalPrice", "compareAtPrice", "wasPrice")


def _json_amount(value) -> Decimal | None:
    """A price as a JSON value: a number with a decimal part or a string of one, or an object holding one
    ({"price": 169.9}, {"gross": 129.9}). A whole number is left: it may be in cents (Shopify's JSON) or not."""
    if isinstance(value, dict):
        value = next((value[k] for k in ("price", "gross", "amount", "value") if k in value), None)
    if isinstance(value, bool) or not isinstance(value, (float, str)):
        return None
    try:
        amount = Decimal(str(value).strip())
    except ArithmeticError:
        return None
    return amount if amount.is_finite() and amount > 0 else None


def _attribute_json_price(el):
    """(price, former price or None, currency code or None) from a JSON object in a data- attribute of an
    element named a price whose text shows none: the page's script renders the price into it in the
    browser, so the served page holds it only there. None otherwise."""
    for key, value in el.items():
        if not (value[:1] == "{" and key.startswith("data-") and len(value) < 4000):
            continue
        if not _words.PRICE_WORD.search(_words._attrs(el)):
            return None
        try:
            document = json.loads(value)
        except ValueError:
            continue
        if not isinstance(document, dict):
            continue
        price = next((a for a in (_json_amount(document.get(k)) for k in _JSON_PRICE_KEYS) if a is not None), None)
        if price is None:
            continue
        former = next((a for a in (_json_amount(document.get(k)) for k in _JSON_FORMER_KEYS) if a is not None), None)
        currency = document.get("currency") if isinstance(document.get("currency"), str) else None
        return price, former, currency if currency and sign_currencies(currency) else None
    return None


# A note after the amount that shipping is free or included ("12,980円 (税込) 送料無料", "$24.99 Free
# shipping"): the price needs nothing added, the amount is not a shipping cost. Before the amount, or
# with a threshold ("Free shipping on orders over $35", "5,980円以上で送料無料"), it is what it says.
_FREE_SHIPPING = re.compile(
    r"送料無料|送料込み?|free\s+(?:shipping|delivery|postage)|(?:shipping|delivery|postage)\s+(?:is\s+)?free|"
    r"frete\s+gr[áa]tis|env[íi]o\s+gratis|kostenlose[rn]?\s+versand|versandkostenfrei|livraison\s+(?:gratuite|offerte)|"
    r"spedizione\s+gratuita|gratis\s+verzending|darmowa\s+dostawa|무료\s*배송|免運費?|包邮",
    re.I,
)
_THRESHOLD = re.compile(r"以上|이상|起|\b(?:over|above|from|ab|dès|partir|acima|od|powyżej|vanaf|oltre|desde|min)\b", re.I)


def _without_free_shipping(label: str) -> str:
    """The label without a note after its amount that shipping is free or included."""
    note = _FREE_SHIPPING.search(label)
    if note is None:
        return label
    number = _NUMBER_GROUP.search(label)
    if number is None or note.start() < number.end() or _THRESHOLD.search(label):
        return label
    return label[:note.start()] + label[note.end():]


_RANGE_TEXT = re.compile(r"(.*?\d.*?)\s+[-–—]\s+(.*\d.*)")


def _range_low(text: str, decimal_separator: str | None) -> Decimal | None:
    """The low end of a text that is a range of two amounts ("$24.99 - $34.99", "MSRP: $39.99 - $44.99"), or None."""
    ends = _range_ends(text, decimal_separator)
    return ends[0] if ends is not None else None


def _range_ends(text: str, decimal_separator: str | None) -> tuple[Decimal, Decimal] | None:
    """The low and high ends of a text that is a range of two amounts, the low one with its sign, or None."""
    match = _RANGE_TEXT.fullmatch(text)
    if match is None or len(_NUMBER_GROUP.findall(text)) != 2:
        return None
    (low, sign), (high, _) = parse_price_text(match.group(1), decimal_separator), parse_price_text(match.group(2), decimal_separator)
    return (low, high) if low is not None and high is not None and sign and low < high else None


def _without_sign(text: str) -> str:
    """The words before an amount without the currency written before it ("Was: $", "通常価格： ￥", "EUR",
    "Harga normal Rp": a sign in letters, as the money tables know it)."""
    text = _without_lettered_sign(re.sub(r"(?:[A-Z]{3}|R\$)\s*$", "", text.rstrip()))
    while text and unicodedata.category(text[-1]) == "Sc":
        text = text[:-1].rstrip()
    words = text.rsplit(None, 1)
    if len(words) == 2 and len(words[1]) <= 4 and sign_currencies(words[1]):
        text = words[0]
    return text.strip()


def _without_lettered_sign(text: str) -> str:
    """The words before an amount without a sign of letters and a symbol ending them: a dollar written
    with its country's letters ("Aprox. US$", "NZ$") goes whole, where taking the "$" alone leaves "US"."""
    words = text.rsplit(None, 1)
    if words and len(words[-1]) <= 4 and unicodedata.category(words[-1][-1]) == "Sc" and sign_currencies(words[-1]):
        return words[0] if len(words) == 2 else ""
    return text


# A bracket holding only a share ("8 000 Ft (15%)", "29,99 € (-25%)"): the amount's share of a price, no amount.
_SHARE_ALONE = re.compile(r"[(（]\s*[-−–]?\s*\d{1,2}(?:[.,]\d)?\s*%\s*[)）]")
_BRACKETED_NUMBER = re.compile(r"[(（][^()（）]*\d[^()（）]*[)）]")
# The tax share inside a price, as Japanese shops write it: "2,640円(税240円)" (not "税込2,640円", the price with tax).
_TAX_SHARE = re.compile(r"税\s*[\d,]+\s*円")


# A size the page names beside an amount, in a size selector's words: "Größe S/M", "size 8 (M)", "Taille 38/40",
# "EU 42". Its number or letters say which garment, not what it costs: the amount beside it is still one.
# The size's number is a whole one (a half for shoes), never an amount's decimals ("Größe 29,99 €" has none).
_SIZE_VALUE = r"(?:\d{1,3}(?:[.,]5)?(?![\d.,]*\d)|[2-5]?X{0,3}[SML]|XXS|XS|XL|XXL|XXXL|ONE\s+SIZE)(?![^\W\d_])"
_SIZE_SHOWN = re.compile(
    r"(?:(?<![^\W\d_])(?:size|sz\.?|gr(?:ö|oe?)(?:ss|ß)e|gr\.|taille|talla|tama[ñn]o|taglia|misura|maat|rozmiar|velikost|"
    r"ve[lľ]kos[tť]|m[ée]ret|storlek|st[øo]rrelse|koko|beden|m[ăa]rime|tamanho|размер|розмір|μέγεθος|サイズ|尺[码碼]|사이즈|"
    r"מידה|مقاس)\s*:?\s*|(?<![^\W\d_])(?:EU|US|UK)\s+(?=\d))"
    + _SIZE_VALUE + r"(?:\s*[/\-–]\s*" + _SIZE_VALUE + r"|\s*\(\s*" + _SIZE_VALUE + r"\s*\))*",
    re.I,
)


def _without_sizes(text: str) -> str:
    """The text with the sizes it names taken out ("Größe S/M 29,99 €" -> " 29,99 €")."""
    return _SIZE_SHOWN.sub(" ", text)


def _outside_sizes(text: str, decimal_separator: str | None):
    """The amount of a text whose other numbers are sizes it names ("size 8 (M) $24.99"): (text, amount,
    currency), or None where more than one number is left or the one left has no currency beside it."""
    outside = _clean_text(_without_sizes(text))
    if outside == text or len(_NUMBER_GROUP.findall(outside)) != 1:
        return None
    amount, symbol = parse_price_text(outside, decimal_separator)
    if amount is None or amount <= 0 or not symbol or not _currency_beside_number(outside, symbol):
        return None
    return outside, amount, symbol


def _outside_brackets(text: str, decimal_separator: str | None):
    """The amount of a text whose other numbers are all in brackets after it that say what other kind
    of amount they are: "2,640円(税240円)" (the tax share in it, as Japanese shops write it), "£64.00
    (£53.33 ex VAT)", "$19.99 ($0.50/oz)". A bracket that says nothing of its amount may hold the
    price itself ("£53.33 (£64.00 inc VAT)", "2,400円(税込2,640円)": the price with tax after the one
    without), so such a text stays left out. (text, amount, currency), or None."""
    brackets = _BRACKETED_NUMBER.findall(text)
    if not brackets or not all(_words._OTHER_AMOUNT_TEXT.search(b) or _TAX_SHARE.search(b) or _SHARE_ALONE.fullmatch(b)
                               for b in brackets):
        return None
    outside = _clean_text(_BRACKETED_NUMBER.sub(" ", text))
    if len(_NUMBER_GROUP.findall(outside)) != 1 or _words._OTHER_AMOUNT_TEXT.search(outside):
        return None
    amount, symbol = parse_price_text(outside, decimal_separator)
    if amount is None or amount <= 0 or not symbol or not _currency_beside_number(outside, symbol):
        return None
    return outside, amount, symbol


def _own_piece(el, decimal_separator: str | None):
    """An amount written as the element's own text beside its children ("<div class='product-price'>
    <span>Sale Price:</span>$38.00 <span class='original-price'>$48.00</span></div>", Squarespace):
    (its text, amount, currency, the words of the child before it), the first such piece holding one
    number and a currency; None when there is none."""
    pieces = [(el.text, "")] + [(child.tail, child.text_content() if isinstance(child.tag, str) else "") for child in el]
    for piece, before in pieces:
        text = _clean_text(piece or "")
        if not text or len(text) > _MAX_TEXT or not any(map(str.isdigit, text)) or len(_NUMBER_GROUP.findall(text)) != 1:
            continue
        amount, symbol = parse_price_text(text, decimal_separator)
        if amount is not None and amount > 0 and symbol and _currency_beside_number(text, symbol):
            return text, amount, symbol, "" if any(map(str.isdigit, before)) else _clean_text(before)
    return None
