"""What the text around a candidate in its block says about it.

`words_around` gives the words just before and after an amount (stopping at
the next amount, so one price's label is not read as its neighbour's), and
`_members_price` tells a members' or card's price by its label, or by the
card's logo an image's alt text names.
"""

from __future__ import annotations

import re

from crawlers.extraction.page import _ancestors, _clean_text
from crawlers.extraction.price_candidates import amount_text as _amounts
from crawlers.extraction.price_candidates import words as _words


def _members_price(el, words: str):
    """The words that make an amount a members' price: in `words` (the label and the words before it)
    or in the text of the ancestors that hold only this amount ("<div><div>PLUS价</div><div><span>
    ￥119.00</span></div></div>": the label sits inside the unit the amount's words are read from)."""
    images = _image_words(el)
    texts = [words, *images]
    for parent in _ancestors(el, 3):
        text = _amounts._short_amount_text(parent)
        if text is None or len(_amounts._NUMBER_GROUP.findall(text)) != 1:
            break
        held = _image_words(parent)
        texts += [text, *held]
        images += held
    return _words._MEMBERS_PRICE.search(" ".join(texts)) or next(
        (found for alt in images if (found := _CARD_LOGO.fullmatch(alt))), None)


# A shop card's logo, whose alt is all that labels its price (Falabella's "tarjeta CMR"): read from an
# image's alt only, where "tarjeta" and one word are the whole text.
_CARD_LOGO = re.compile(r"\s*tarjeta\s+" + _words._NOT_A_BANK_CARD + r"[\w-]+\s*", re.I)


def _image_words(el) -> list[str]:
    """The alt texts of the images an element holds: a card's or a club's logo beside an amount is
    its only label on some pages (Falabella's "tarjeta CMR")."""
    return [alt for alt in el.xpath(".//img/@alt") if alt.strip()][:3]


# Attributes by which a page pairs a label for screen readers with the amount it describes, by name:
# Wix's "sr-formatted-primary-price" labels "formatted-primary-price".
_PAIRING_NAMES = ("data-hook", "id")


def _sr_name_of(el) -> str | None:
    for attribute in _PAIRING_NAMES:
        value = el.get(attribute) or ""
        if value.startswith("sr-") and len(value) > 3:
            return value[3:]
    return None


def _paired_label(unit, parent):
    """The sibling label for screen readers named for this amount ('sr-' + its name), or None."""
    names = {unit.get(attribute) for attribute in _PAIRING_NAMES} - {None, ""}
    if not names:
        return None
    return next((sibling for sibling in parent if sibling is not unit and isinstance(sibling.tag, str)
                 and _sr_name_of(sibling) in names), None)


def _pairs_with_another(sibling, unit) -> bool:
    """A label for screen readers named for another element than this amount: its words are that one's."""
    name = _sr_name_of(sibling)
    return name is not None and name not in {unit.get(attribute) for attribute in _PAIRING_NAMES}


def words_around(el, title_chain: set = frozenset()) -> tuple[str, str, str]:
    """The words just before and just after an amount, within the block that holds it and others
    ("Regular price <s>$120</s> Sale price $96", "10x de <span>R$ 24,99</span> sem juros"): from the
    element, or its nearest ancestor still holding only this number, to the amounts beside it; and
    the text before it with those amounts (a range's first end). The words before stop at the product's
    title or a heading: "Xbox Series X" or "Caffettiera Prima" beside a price are a name, not its words."""
    unit = el
    for parent in _ancestors(el, 3):
        if parent.tag in ("body", "html"):
            break
        text = _amounts._short_amount_text(parent)
        if text is None or len(_amounts._NUMBER_GROUP.findall(text)) != 1:
            break
        unit = parent
    parent = unit.getparent()
    if parent is None:
        return "", "", ""
    after, seen = [unit.tail or ""], False
    for sibling in parent:
        if sibling is unit:
            seen = True
        elif seen:
            if isinstance(sibling.tag, str) and sibling.tag not in ("script", "style", "template"):
                after.append(sibling.text_content())
            after.append(sibling.tail or "")
            if sum(map(len, after)) > 80:
                break
    # Before it, back to the nearest element holding a number: the words of another amount ("211,38 zł
    # netto" before "259,99 zł brutto") stay with it; a bare count stays ("10x de R$ 24,99").
    before, previous = [], ""
    own_label = _paired_label(unit, parent)
    for sibling in unit.itersiblings(preceding=True):
        before.append(sibling.tail or "")
        if not isinstance(sibling.tag, str) or sibling.tag in ("script", "style", "template"):
            continue
        if _pairs_with_another(sibling, unit):
            continue  # the label of the amount before, named for it
        if sibling in title_chain or sibling.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            break
        text = sibling.text_content()
        if any(map(str.isdigit, text)):
            if text.strip().isdigit() and len(text.strip()) <= 2:
                before.append(text)
            else:
                previous = text
            break
        before.append(text)
    else:
        before.append(parent.text or "")
    if own_label is not None:
        before.insert(0, own_label.text_content())  # the label named for this amount, wherever it stands
    before_text = _clean_text(" ".join(reversed(before)))[-80:]
    after_text = _clean_text(" ".join(after))[:80]
    return _words._AMOUNT_IN_TEXT.split(before_text)[-1], after_text, _clean_text(previous + " " + before_text)
