"""Promotion text -> structured `Promotion`, and unit prices from pack sizes.

Shops write promotions as badges and sentences ("-20%", "3 for 2",
"2 für 5,00 €", "Clubcard price", "Save £1.50, ends 31/12"). `parse_promotion`
reads the common forms in English and German (and the most common words of a
few other languages); `unit_price` turns "6 x 330 ml" and a price into a
price per litre, so packs of different sizes compare.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from storecheck.models import Promotion
from storecheck.money import read_amount

__all__ = ["parse_promotion", "unit_price", "parse_dates"]

_NUMBER = r"\d+(?:[.,]\d{1,2})?"
_CURRENCY = r"(?:[€$£¥]|EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|zł|kr)"
_MONEY = rf"(?:{_CURRENCY}\s?{_NUMBER}|{_NUMBER}\s?{_CURRENCY}|{_NUMBER}\s?p\b)"
# "Half price" states its depth in words: 50% off, whether or not the page shows the former price beside it.
# One list, read both as a cut on the product and as the depth of a multibuy ("second item half price").
_HALF_WORDS = r"(?:\bhalf[\s-]price\b|½\s*price|\bhalbe[nr]\s+preis\b|\bmoiti[ée]\s+prix\b|\bp[óo]ł\s+ceny\b)"
# A cut that names delivery as what it cuts ("half price delivery", "save 50% on shipping", "-50% auf den Versand",
# "50% taniej na dostawę") halves the delivery, not the product's price. The depth must be joined to the delivery word
# by the cut's own word ("off", "taniej") or a preposition ("on", "auf", "sur", "na"): a bare space joins a product's
# cut to the free delivery beside it ("-20% versandkostenfrei", "-20% envío gratis"), and a delivery word followed by
# "free" ("Lieferung kostenlos") states free delivery, never a cut of it. "Half price delivery" is the one form
# joined by a space alone: its words cannot state a free delivery.
_DELIVERY_WORDS = (
    r"(?:delivery|shipping|postage|p&p|carriage|versand(?:kosten)?|lieferung|livraison|dostaw[aęy]|env[íi]o|"
    r"spedizione|verzending(?:skosten)?)\b(?!\s*(?:free|gratis|kostenlos|frei|gratuit|included|inklusive|incluid))"
)
_DELIVERY_ARTICLE = r"(?:(?:the|your|den|die|das|la|le|l'|el|les)\s*)?"
_DELIVERY_PREPOSITION = r"(?:on|off|auf|sur|na|en|in)\s+"
_ON_DELIVERY = re.compile(
    rf"(?:\b(?:save|get|spare)\s+)?"
    rf"(?:{_HALF_WORDS}\s+(?:{_DELIVERY_PREPOSITION})?"
    rf"|(?:[-−–]?\s?\d{{1,2}}(?:[.,]\d+)?\s?%|[-−–]?\s?{_MONEY})\s*"
    rf"(?:(?:off|taniej|rabatt|günstiger|korting|de\s+r[ée]duction)\s+(?:{_DELIVERY_PREPOSITION})?|{_DELIVERY_PREPOSITION}))"
    rf"{_DELIVERY_ARTICLE}{_DELIVERY_WORDS}",
    re.I,
)
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5}
_NUM_WORD = r"(\d+|one|two|three|four|five|six|ein|eins|zwei|drei|vier|fünf)"

_LOYALTY = re.compile(
    r"club\s?card|nectar|members?\s+(?:only|price|deal|offer)|for\s+members|member'?s?\s+price|loyalty|with\s+(?:your\s+)?(?:\w+\s+)?card\b|"
    r"app[\s-]only|app\s+price|für\s+mitglieder|mitglieder(?:preis|angebot)|mit\s+(?:der\s+)?(?:\w+[\s-])?karte|kundenkarte|payback|"
    r"prix\s+adh[ée]rent|carte\s+(?:de\s+)?fid[ée]lit[ée]|socios",
    re.I,
)
_BUNDLE = re.compile(r"\bbundle\b|\bcombo\b|bought\s+together|\bim\s+set\b|\bset[\s-]?preis|\bset\s+price|\bpaket(?:preis)?\b|\blot\s+de\b", re.I)
_SALE_WORDS = re.compile(
    r"\bsale\b|\boffer\b|\bdeal\b|\bpromo|\breduced\b|\bclearance\b|\bspecial\b|\bangebot\b|\baktion\b|\breduziert\b|\bsonderpreis\b|"
    r"\bwas\s+\S*\d|\bnow\s+\S*\d|\bstatt\b|\bjetzt\s+nur\b|\bsolde|\bpromoci[oó]n|\boferta\b|\bsconto\b|\baanbieding\b|\brabatt\b|\bdiscount\b|\bsave\b|\bspar",
    re.I,
)


# "Buy N pay M" and "buy N pay <price>" in the languages shops write them (both patterns of `_multibuy`).
_BUY_WORDS = r"(?:buy|kauf(?:e|en)?|prendi|osta|köp|koop)"
_PAY_WORDS = r"(?:pay|zahl(?:e|en)?|bezahl(?:e|en)?|paghi|maksa|betala|betaal)"


def _money(text: str) -> Decimal | None:
    text = text.strip()
    pence = re.fullmatch(r"(\d+)\s?p", text)
    if pence:
        return Decimal(pence.group(1)) / 100
    number = re.search(r"\d+(?:[.,]\d{1,2})?", text)
    if not number:
        return None
    try:
        return read_amount(number.group(0))
    except ValueError:
        return None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _WORD_NUMBERS[word.casefold()]


def parse_promotion(
    text: str | None,
    *,
    price: Decimal | None = None,
    regular_price: Decimal | None = None,
    currency: str | None = None,
    today: date | None = None,
) -> Promotion | None:
    """A structured promotion from a badge or sentence, or from a was-price alone.

    Returns None when the text states no promotion and the price is not below
    the regular price. The text is kept as written in `Promotion.text`.
    """
    text = re.sub(r"\s+", " ", (text or "")).strip()
    price = _decimal(price)
    regular_price = _decimal(regular_price)
    discounted = price is not None and regular_price is not None and regular_price > price
    if not text:
        if not discounted:
            return None
        return _with_saving(Promotion(type="sale", text=""), price, regular_price)

    values: dict = {"text": text[:500]}
    loyalty = bool(_LOYALTY.search(text))
    # A cut on delivery is read out before the product's own promotion is looked for: "save 50% on
    # delivery" would otherwise read as the product at half price.
    product_text = _ON_DELIVERY.sub(" ", text)
    kind = _multibuy(product_text, values) or _bundle(product_text, values) or _percent(product_text, values) or _amount(product_text, values)
    starts, ends = parse_dates(text, today=today, us_dates=currency == "USD")
    values["starts"], values["ends"] = starts, ends
    if loyalty:
        values["loyalty_only"] = True
        kind = kind if kind in ("multibuy", "bundle") else "loyalty"
    if kind is None:
        if discounted or _SALE_WORDS.search(product_text) or starts or ends:
            kind = "sale"
        else:
            return None
    promotion = Promotion(type=kind, **values)
    if discounted:
        promotion = _with_saving(promotion, price, regular_price)
    return promotion


def _decimal(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        return read_amount(value)
    except ValueError:
        return None


def _with_saving(promotion: Promotion, price: Decimal, regular: Decimal) -> Promotion:
    """Fill the depth of a discount from the two prices where the text did not state it."""
    updates = {}
    if promotion.type in ("sale", "percent_off", "amount_off", "loyalty"):
        if promotion.percent is None:
            updates["percent"] = ((regular - price) / regular * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
        if promotion.amount is None:
            updates["amount"] = regular - price
    return promotion.model_copy(update=updates) if updates else promotion


def _multibuy(text: str, values: dict) -> str | None:
    bogof = re.search(r"\bbogof?\b|buy\s+one,?\s+get\s+one\s+free|2\s*for\s*1\b|2\s*für\s*1\b|1\s*\+\s*1\s*(?:gratis|free)", text, re.I)
    if bogof:
        values.update(buy=2, pay=1)
        return "multibuy"
    get_free = re.search(rf"buy\s+{_NUM_WORD},?\s+get\s+{_NUM_WORD}\s+(?:free|gratis)", text, re.I)
    if get_free:
        buy, free = _count(get_free.group(1)), _count(get_free.group(2))
        values.update(buy=buy + free, pay=buy)
        return "multibuy"
    plus_free = re.search(r"\b(\d+)\s*\+\s*(\d+)\s*(?:gratis|free|kostenlos)", text, re.I)
    if plus_free:
        buy, free = int(plus_free.group(1)), int(plus_free.group(2))
        values.update(buy=buy + free, pay=buy)
        return "multibuy"
    # Polish shops (drugstore and grocery chains) write "druga sztuka 50% taniej", "drugi produkt za pół ceny".
    half = re.search(
        r"(?:2nd|second|zweite[nrs]?|2\.|drug(?:i|a|ie))\s+(?:one\s+|item\s+|artikel\s+|produkt\s+|sztuka\s+|szt\.?\s+)?(?:at\s+|for\s+|zum\s+|za\s+)?"
        rf"({_HALF_WORDS}|(\d{{1,2}})\s?%\s*(?:off|rabatt|günstiger|taniej))|"
        r"(\d{1,2})\s?%\s*(?:off|rabatt)\s+(?:the\s+|on\s+the\s+|auf\s+den\s+|auf\s+das\s+)?(?:2nd|second|zweite)",
        text,
        re.I,
    )
    if half:
        percent = half.group(2) or half.group(3) or "50"
        values.update(buy=2, percent=Decimal(percent))
        return "multibuy"
    # The depth first, then the item it applies to: "Half price on the second item", "Buy 2, get the 3rd half price",
    # "Half price when you buy two": a multibuy on the Nth item, not a price cut on each.
    nth = re.search(
        rf"(?:{_HALF_WORDS}|(\d{{1,2}})\s?%\s*off)\s+(?:on|for)\s+(?:the\s+|your\s+)?(2nd|second|3rd|third)\b|"
        rf"\bget\s+(?:the\s+|a\s+)?(2nd|second|3rd|third)\s+(?:one\s+|item\s+)?(?:at\s+|for\s+)?(?:{_HALF_WORDS}|(\d{{1,2}})\s?%\s*off)|"
        rf"(?:{_HALF_WORDS}|(\d{{1,2}})\s?%\s*off)\s+when\s+you\s+buy\s+{_NUM_WORD}\b",
        text,
        re.I,
    )
    if nth:
        percent, ordinal, count = nth.group(1) or nth.group(4) or nth.group(5), nth.group(2) or nth.group(3), nth.group(6)
        buy = _ORDINALS[ordinal.lower()] if ordinal else _count(count)
        if buy >= 2:
            values.update(buy=buy, percent=Decimal(percent or "50"))
            return "multibuy"
    buy_save = re.search(rf"buy\s+{_NUM_WORD}\s*(?:or\s+more\s*)?,?\s+(?:and\s+)?save\s+(\d{{1,2}})\s?%", text, re.I)
    if buy_save:
        values.update(buy=_count(buy_save.group(1)), percent=Decimal(buy_save.group(2)))
        return "multibuy"
    price_of = re.search(r"\b(\d+)\s*(?:zum\s+preis\s+von|for\s+the\s+price\s+of|pour\s+le\s+prix\s+de|al\s+precio\s+de)\s*(\d+)\b", text, re.I)
    if price_of:
        values.update(buy=int(price_of.group(1)), pay=int(price_of.group(2)))
        return "multibuy"
    # "Buy 3 pay 2" (Nordic, Dutch and Italian shops' wording, also in English), "Kauf 3, zahl 2", "3 kaufen, 2 bezahlen":
    # the count paid is below the count taken, so a price ("buy 2 pay 5 €") is never read as one.
    buy_pay = re.search(
        rf"\b{_BUY_WORDS}\s+(\d+)\s*,?\s+(?:and\s+|und\s+)?"
        rf"{_PAY_WORDS}\s+(?:for\s+|für\s+|för\s+|voor\s+)?(\d+)\b"
        rf"(?!\s*(?:[.,]\d|%|{_CURRENCY}))|"
        rf"\b(\d+)\s+kaufen\s*,?\s+(\d+)\s+bezahlen\b",
        text,
        re.I,
    )
    if buy_pay:
        buy, pay = (int(n) for n in (buy_pay.group(1, 2) if buy_pay.group(1) else buy_pay.group(3, 4)))
        if pay < buy:
            values.update(buy=buy, pay=pay)
            return "multibuy"
    # "Buy 2 pay 5 €", "Kauf 2, zahl 5,00 €", "köp 2 betala 30 kr": a price for the lot, as "2 for 5 €" is.
    buy_price = re.search(
        rf"\b{_BUY_WORDS}\s+(\d+)\s*,?\s+(?:and\s+|und\s+)?"
        rf"{_PAY_WORDS}\s+(?:only\s+|just\s+|nur\s+)?"
        rf"(?:for\s+|für\s+|för\s+|voor\s+)?({_MONEY}|\d+[.,]\d{{1,2}})(?!\s*%)",
        text,
        re.I,
    )
    if buy_price and int(buy_price.group(1)) >= 2:
        amount = _money(buy_price.group(2))
        if amount:
            values.update(buy=int(buy_price.group(1)), bundle_price=amount)
            return "multibuy"
    # "2 for €5.00", "any 3 for £10", "2 für 5,00 €", "3 for 2", Polish "3 za 2", "2 za 10 zł"
    n_for = re.search(
        rf"(?:any\s+|je\s+|alle\s+)?\b(\d+)\s*(?:for|für|pour|por|voor|za)\s*({_MONEY}|\d+(?:[.,]\d{{1,2}})?)(?!\s*(?:%|[.,]?\d|{_UNIT_NAME}\b))",
        text,
        re.I,
    )
    if n_for:
        buy = int(n_for.group(1))
        rest = n_for.group(2)
        has_money = re.search(_CURRENCY, rest) or re.search(r"[.,]\d{1,2}$", rest) or re.fullmatch(r"\d+\s?p", rest)
        if buy >= 2 and not has_money and rest.isdigit() and int(rest) < buy:
            values.update(buy=buy, pay=int(rest))
            return "multibuy"
        if buy >= 2 and (has_money or (rest.replace(",", ".").replace(".", "", 1).isdigit())):
            amount = _money(rest)
            if amount is not None:
                values.update(buy=buy, bundle_price=amount)
                return "multibuy"
    return None


def _bundle(text: str, values: dict) -> str | None:
    if not _BUNDLE.search(text):
        return None
    money = re.search(_MONEY, text)
    if money:
        values["bundle_price"] = _money(money.group(0))
    return "bundle"


_HALF_PRICE = re.compile(_HALF_WORDS, re.I)
_ORDINALS = {"2nd": 2, "second": 2, "3rd": 3, "third": 3}


def _percent(text: str, values: dict) -> str | None:
    if _HALF_PRICE.search(text):
        values["percent"] = Decimal(50)
        return "percent_off"
    match = re.search(
        r"(?:-|−|–|minus\s+|save\s+|spare\s+|up\s+to\s+|bis\s+zu\s+)?(\d{1,2}(?:[.,]\d+)?)\s?%\s*(?:off|rabatt|reduziert|günstiger|korting|de\s+r[ée]duction|descuento|sconto)?",
        text,
        re.I,
    )
    if not match:
        return None
    whole = match.group(0)
    context = text[max(0, match.start() - 12) : match.end() + 20]
    if not (
        re.search(r"off|rabatt|reduziert|günstiger|korting|r[ée]duction|descuento|sconto|save|spare|sale|discount|^[-−–]", whole, re.I)
        or re.search(r"off|rabatt|save|spare|sale|discount|nachlass|sparen", context, re.I)
        or whole.strip().startswith(("-", "−", "–"))
    ):
        return None
    values["percent"] = Decimal(match.group(1).replace(",", "."))
    return "percent_off"


def _amount(text: str, values: dict) -> str | None:
    patterns = (
        rf"(?:save|spare|sparen\s+sie|sie\s+sparen|économisez|ahorra)\s+({_MONEY})",
        rf"({_MONEY})\s*(?:off|rabatt|günstiger|de\s+r[ée]duction|discount|nachlass|korting)",
        rf"(?:^|\s)[-−–]\s?({_MONEY})(?:\s|$)",
    )
    for pattern in patterns:
        match = re.search(pattern, text, re.I)
        if match:
            amount = _money(match.group(1))
            if amount is not None:
                values["amount"] = amount
                return "amount_off"
    return None


# --- dates ---------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "januar", "jänner", "janvier", "enero"),
            ("february", "feb", "februar", "février", "fevrier", "febrero"),
            ("march", "mar", "märz", "maerz", "mars", "marzo"),
            ("april", "apr", "avril", "abril"),
            ("may", "mai", "mayo"),
            ("june", "jun", "juni", "juin", "junio"),
            ("july", "jul", "juli", "juillet", "julio"),
            ("august", "aug", "août", "aout", "agosto"),
            ("september", "sep", "sept", "septembre", "septiembre"),
            ("october", "oct", "oktober", "okt", "octobre", "octubre"),
            ("november", "nov", "novembre", "noviembre"),
            ("december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_NAME = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DATE = (
    r"(?:\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./]\d{1,2}[./]?(?:\d{2,4})?"
    rf"|\d{{1,2}}\.?\s+(?:{_MONTH_NAME})\.?(?:\s+\d{{4}})?"
    rf"|(?:{_MONTH_NAME})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?)"
)
_END_WORDS = r"(?:until|till|til|ends?|ending|expires?|valid\s+(?:until|till|through|thru)|through|thru|bis(?:\s+zum)?|gültig\s+bis|endet(?:\s+am)?|jusqu'au|hasta(?:\s+el)?|fino\s+al|t/m|tot)"
_START_WORDS = r"(?:from|starts?|starting|valid\s+from|ab(?:\s+dem)?|vom|du|desde(?:\s+el)?|dal|van(?:af)?)"


def _to_date(text: str, today: date, us_dates: bool) -> date | None:
    text = text.strip().rstrip(".,")
    try:
        match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        match = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./]?(\d{2,4})?", text)
        if match:
            first, second = int(match.group(1)), int(match.group(2))
            day, month = (second, first) if us_dates and "/" in text and first <= 12 else (first, second)
            if month > 12 and day <= 12:
                day, month = month, day
            return _dated(match.group(3), month, day, today)
        match = re.fullmatch(rf"(\d{{1,2}})\.?\s+({_MONTH_NAME})\.?(?:\s+(\d{{4}}))?", text, re.I)
        if match:
            return _dated(match.group(3), _MONTHS[match.group(2).casefold()], int(match.group(1)), today)
        match = re.fullmatch(rf"({_MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?(?:\s+(\d{{4}}))?", text, re.I)
        if match:
            return _dated(match.group(3), _MONTHS[match.group(1).casefold()], int(match.group(2)), today)
    except ValueError:
        return None
    return None


def _dated(year_text: str | None, month: int, day: int, today: date) -> date | None:
    """The date, in the year written, else in the year that puts it nearest the day it was read.

    A shop writes "ends 5 January" for the coming 5 January: read on 30 December it is six days
    ahead, not a date eleven months past (which would make a running promotion look ended). A date
    just past stays past ("until 28 Dec" read on 30 December has ended)."""
    if year_text:
        year = int(year_text)
        return date(year + 2000 if year < 100 else year, month, day)
    near = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            near.append(date(year, month, day))
        except ValueError:  # 29 February outside a leap year
            continue
    return min(near, key=lambda candidate: abs(candidate - today)) if near else None


def parse_dates(text: str, *, today: date | None = None, us_dates: bool = False) -> tuple[date | None, date | None]:
    """(starts, ends) stated in a promotion text, e.g. "valid 1.12.–24.12.2024", "ends 5 November"."""
    today = today or date.today()
    starts = ends = None
    span = re.search(rf"({_DATE})\s*(?:-|–|—|to|bis|au|al|until|till)\s*({_DATE})", text, re.I)
    if span:
        ends = _to_date(span.group(2), today, us_dates)
        starts = _to_date(span.group(1), today, us_dates)
        if starts and ends and not re.search(r"\d{4}", span.group(1)):
            # A start without its year is the last such day on or before the end: "1.12.-24.12.2024" starts in
            # 2024, "28 December to 5 January" in the year before the end's.
            year = ends.year if (starts.month, starts.day) <= (ends.month, ends.day) else ends.year - 1
            try:
                starts = starts.replace(year=year)
            except ValueError:  # 29 February outside a leap year
                starts = None
        return starts, ends
    end = re.search(rf"\b{_END_WORDS}\s*:?\s*({_DATE})", text, re.I)
    if end:
        ends = _to_date(end.group(1), today, us_dates)
    start = re.search(rf"\b{_START_WORDS}\s*:?\s*({_DATE})", text, re.I)
    if start:
        starts = _to_date(start.group(1), today, us_dates)
    return starts, ends


# --- unit prices -------------------------------------------------------------------

_UNITS = {
    "g": ("kg", Decimal("0.001")), "gr": ("kg", Decimal("0.001")), "gramm": ("kg", Decimal("0.001")), "grams": ("kg", Decimal("0.001")),
    "kg": ("kg", Decimal(1)), "kilo": ("kg", Decimal(1)),
    "mg": ("kg", Decimal("0.000001")),
    "ml": ("l", Decimal("0.001")), "cl": ("l", Decimal("0.01")), "dl": ("l", Decimal("0.1")),
    "l": ("l", Decimal(1)), "ltr": ("l", Decimal(1)), "liter": ("l", Decimal(1)), "litre": ("l", Decimal(1)), "litres": ("l", Decimal(1)),
    "liters": ("l", Decimal(1)),
    "pcs": ("piece", Decimal(1)), "pc": ("piece", Decimal(1)), "pieces": ("piece", Decimal(1)), "piece": ("piece", Decimal(1)),
    "stück": ("piece", Decimal(1)), "stk": ("piece", Decimal(1)), "st": ("piece", Decimal(1)), "count": ("piece", Decimal(1)),
    "ct": ("piece", Decimal(1)), "pack": ("piece", Decimal(1)), "er": ("piece", Decimal(1)), "rolls": ("piece", Decimal(1)),
    "tabs": ("piece", Decimal(1)), "tablets": ("piece", Decimal(1)), "capsules": ("piece", Decimal(1)), "bags": ("piece", Decimal(1)),
}
_UNIT_NAME = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_QTY = r"\d+(?:[.,]\d+)?"


def pack_quantity(text: str) -> tuple[Decimal, str] | None:
    """The total quantity a pack holds, in kg, l or pieces: "6 x 330 ml" -> (1.98, "l")."""
    if not text:
        return None
    multi = re.search(rf"\b(\d+)\s*[x×]\s*({_QTY})\s*({_UNIT_NAME})\b", text, re.I)
    if multi:
        count, amount, unit = int(multi.group(1)), multi.group(2), multi.group(3)
        base, factor = _UNITS[unit.casefold()]
        return Decimal(count) * Decimal(amount.replace(",", ".")) * factor, base
    pack_of = re.search(r"\b(?:pack\s+of|set\s+of|box\s+of|packung\s+mit)\s+(\d+)\b", text, re.I)
    if pack_of:
        return Decimal(pack_of.group(1)), "piece"
    single = re.search(rf"(?<![\w.,])({_QTY})\s*({_UNIT_NAME})(?![\w])", text, re.I)
    if single:
        amount, unit = single.group(1), single.group(2)
        base, factor = _UNITS[unit.casefold()]
        quantity = Decimal(amount.replace(",", ".")) * factor
        if quantity > 0:
            return quantity, base
    return None


def unit_price(name_or_size: str | None, price: Decimal | None) -> tuple[Decimal, str] | None:
    """Price per kg, l or piece from a pack size in a name or size text, or None.

    "Cola 6 x 330 ml" at 3.96 -> (2.0000, "l"); "Eggs 10 pcs" at 2.50 -> (0.2500, "piece").
    """
    if price is None or not name_or_size:
        return None
    quantity = pack_quantity(name_or_size)
    if quantity is None:
        return None
    amount, unit = quantity
    if amount <= 0:
        return None
    return (Decimal(price) / amount).quantize(Decimal("0.0001"), ROUND_HALF_UP), unit
