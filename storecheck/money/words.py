"""Words shops print beside a price: free, "from" (the lowest of several), tax and shipping notes.

None of them changes an amount. `read_money` looks for them only in a text it
refused without them, so the common cell pays nothing for them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from storecheck.money.amounts import _DIGIT
from storecheck.money.limits import NoAmount, quoted


class Free(NoAmount):
    """"Free!", "Gratis": an amount of nothing. Kept as no price, as a crawl keeps a price of 0: compared
    with ours it would make the shop look infinitely cheap and move an index by its weight alone."""

    def __init__(self, written: str):
        super().__init__(f"{quoted(written)} says free: a price of nothing is no price to compare")


class LowerBound(NoAmount):
    """"From $109.90", "ab 2,99 €": the lowest price of several (variants, sizes), not the price of the
    product as one is sold; stored as its price it would bias the index toward the cheapest variant.
    `amount` and `currencies` are what the text says, for a message or a field of their own."""

    def __init__(self, written: str, amount: Decimal, currencies: frozenset[str]):
        self.amount, self.currencies = amount, currencies
        super().__init__(f"{quoted(written)} is a lowest price of several ('from' {amount:f}), not one product's price")


def says_lowest(text: str) -> bool:
    """Whether a price's text says it is the lowest of several ("From £5", "ab 2,99 €", "10 € alkaen")."""
    return bool(_FROM.fullmatch(" ".join(text.split()))) and bool(_DIGIT.search(text))


# What `read_money` notes of a price written with a tax-excluded note.
BEFORE_TAX = "before tax"


# Words for an amount of nothing, in the languages shops write most.
_FREE = re.compile(r"(?:free|gratis|gratuit[oe]?|kostenlos|umsonst|gratuita|darmowy|zdarma|ingyenes|ücretsiz|бесплатно|無料|免费)"
                   r"\s*[!.]?", re.I)
# "From", "ab", "à partir de" before an amount, "alkaen", "起" after it: the lowest of several prices. So is a
# plus sign written against the amount's last digit ("£14.40+", Etsy's listings whose variations differ in
# price; "$25+"): "12 + 3" and "+£12.00" (an option's surcharge) are not.
_FROM = re.compile(
    r"(?:(?:from|starting\s+at|ab|von|vanaf|à\s+partir\s+de|a\s+partir\s+de|a\s+partire\s+da|desde|dès|från|fra|"
    r"od)(?![^\W\d_])\s*:?\s*(?P<amount>\S.*?)|(?P<amount_after>\S.*?)\s*(?:alkaen|起|～|~|and\s+up|(?<=\d)\+))",
    re.I,
)
# Tax, in the words shops print beside prices, and whether a note says it is included or not.
_TAXES = r"(?:tax(?:es)?|vat|gst|hst|mwst|ust|btw|iva|tva|moms|alv|dph|ddv|pdv|áfa|kdv|ндс|ппн)\.?"
_INCLUDED = (rf"(?:incl(?:uding|usive|uded)?|inkl(?:usive)?|inc|with|mit|avec|con|com)\.?\s*{_TAXES}|"
             rf"{_TAXES}\s*(?:incl(?:uded|usa|uida|uido|us[ea]?)?|inkl|inbegrepen|incluso)\.?|ttc|tvac|tvai")
_EXCLUDED = (rf"(?:excl(?:uding|usive)?|exkl(?:usive)?|ex|ohne|hors|sin|senza|zonder|bez|brez|plus|\+)\.?\s*{_TAXES}|"
             rf"{_TAXES}\s*(?:excl|exkl|esclusa|excluida|excluido)\.?|ht|htva|netto")
_TAX_NOTE_BEFORE = re.compile(rf"[(\[]?\s*(?:(?P<included>{_INCLUDED})|(?P<excluded>{_EXCLUDED}))\s*[)\]]?(?![^\W\d_])[\s,:;-]*",
                              re.I)
# Shipping extra (or free), after the price: the price of the product is the amount before it.
_SHIPPING_AFTER = re.compile(
    r"(?<![^\W\d_])[\s,;-]*[(\[]?\s*(?:zzgl|plus|\+|excl|exkl|ohne|hors|sans|inkl|incl|inc|mit|with|free|gratis|"
    r"kostenlose?r?)?\.?\s*(?:versand(?:kosten)?|shipping|delivery|postage|p&p|porto|frais\s+de\s+port|livraison)\s*[)\]]?\.?$",
    re.I)
_TAX_NOTE_AFTER = re.compile(rf"(?<![^\W\d_])[\s,;-]*[(\[]?\s*(?:(?P<included>{_INCLUDED})|(?P<excluded>{_EXCLUDED}))\s*[)\]]?\.?$",
                             re.I)


def tax_note(text: str) -> tuple[str, bool | None]:
    """`text` without a note on tax written before or after the amount (and a note on shipping after
    it), and what the notes say: True for tax included or shipping alone ("R6 439,99 incl tax",
    "Incl. BTW€1.035,76", "£25.00 (tax incl.)", "12 € TTC", "12,50 € inkl. MwSt. zzgl. Versand"), False
    for tax excluded ("€10 excl. VAT", "12 € HT", "$12.99 + tax"), None when there is no note. None
    changes the amount.

    >>> tax_note("12,50 € inkl. MwSt. zzgl. Versand"), tax_note("$12.99 + tax")
    (('12,50 €', True), ('$12.99', False))
    """
    if shipping := _SHIPPING_AFTER.search(text):
        plain, included = tax_note(text[:shipping.start()])
        return plain, True if included is None else included
    if before := _TAX_NOTE_BEFORE.match(text):
        return text[before.end():], before.group("excluded") is None
    if after := _TAX_NOTE_AFTER.search(text):
        return text[:after.start()], after.group("excluded") is None
    return text, None
