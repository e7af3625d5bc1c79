"""Whether a product is in stock: schema.org names, visible text in many languages, buy buttons."""

from __future__ import annotations

import re

from crawlers.extraction.landmarks import ADD_TO_CART, cart_add_forms, is_disabled
from crawlers.extraction.page import _SKIP_TAGS, _ancestors, _clean_text, _elements, _in_skipped, _own_text
from crawlers.extraction.price_candidates.regions import (
    _CART_ACTION,
    _HIDDEN_STYLE,
    _chain,
    _outside_reason,
    _tile_of_another_product,
    product_block,
)
from crawlers.extraction.price_candidates.words import _AMOUNT_IN_TEXT, PRICE_WORD

from storecheck.models import SCHEMA_IN_STOCK as _IN_STOCK
from storecheck.models import SCHEMA_OUT_OF_STOCK as _OUT_OF_STOCK

# Visible text, several languages; negative phrases are checked first because
# "not available" contains "available".
_OUT_OF_STOCK_TEXT = re.compile(
    r"out[\s-]of[\s-]stock|sold[\s-]?out|not\s+(?:currently\s+)?(?:available|in\s+stock)|unavailable|no\s+longer\s+available|"
    r"currently\s+unavailable|temporarily\s+out|"
    r"ausverkauft|nicht\s+(?:mehr\s+)?(?:auf\s+lager|verf[üu]gbar|lieferbar|vorr[äa]tig|erh[äa]ltlich)|vergriffen|"
    r"[ée]puis[ée]|rupture\s+de\s+stock|indisponible|plus\s+disponible|"
    r"agotado|sin\s+stock|no\s+disponible|sin\s+existencias|esgotado|indispon[íi]vel|sem\s+estoque|"
    r"esaurito|non\s+disponibile|uitverkocht|niet\s+(?:op\s+voorraad|leverbaar|beschikbaar)|"
    r"slutsåld|ej\s+i\s+lager|udsolgt|ikke\s+p[åa]\s+lager|utsolgt|loppuunmyyty|ei\s+saatavilla|"
    r"niedost[ęe]pn|brak\s+w\s+magazynie|brak\s+towaru|wyprzedan|nen[íi]\s+skladem|vyprod[áa]n|nincs\s+k[ée]szleten|"
    r"stoc\s+epuizat|nu\s+(?:este|e)\s+[îi]n\s+stoc|f[ăa]r[ăa]\s+stoc|indisponibil|ni\s+na\s+zalogi|nedobavljiv|nije\s+dostupn|nema\s+na\s+(?:stanju|zalihi)|stokta\s+yok|t[üu]kendi|"
    r"нет\s+в\s+наличии|отсутствует|распродан|немає\s+в\s+наявності|закінчи(?:вся|лася|лось|лися)|закончи(?:лся|лась|лось|лись)|"
    r"在庫切れ|在庫なし|売り切れ|品切れ|缺貨|缺货|售完|已售完|无货|無貨|품절|재고\s*없음|"
    r"hết\s+hàng|สินค้าหมด|غير\s+متوفر|נגמר\s+המלאי|"
    # Bulgarian's "not in stock" and "sold out" (CloudCart's "Няма в наличност", "Изчерпан"), Macedonian's
    # "unavailable" and "none in stock", Serbian's in Cyrillic ("нема на стању", as Latin "nema na stanju").
    r"няма\s+(?:в\s+)?наличност|изчерпан|не\s+е\s+налич|недостапн|нема\s+на\s+(?:залиха|стању|залихи)|"
    # Icelandic's "not in stock" ("Ekki til á lager"). Not "Uppselt" (sold out): ELKO prints it per store beside
    # "Vefverslun: Til á lager" (in stock online), and the page would read sold out.
    r"\bekki\s+(?:til\s+)?[áa]\s+lager\b|"
    # Swahili's "it has run out" and "not available" ("Imeisha", "Imeisha stoo": Tanzanian and Kenyan shops'
    # sold out; "Haipatikani"), Albanian's "not in stock" and "out of stock" ("Nuk ka në stok", "Jashtë
    # stokut"), Lao's "goods run out" ("ສິນຄ້າໝົດ").
    r"\bimeisha\b|\bhaipatikani\b|\bnuk\s+ka\s+n[ëe]\s+stok|\bjasht[ëe]\s+stok|ສິນຄ້າໝົດ|"
    # Catalan's "sold out", "exhausted" and "out of stock" ("Esgotat", Wix's button in Catalan; "Exhaurit",
    # "Sense estoc"), as Andorran and Catalan shops write them.
    r"\besgotat?s?\b|\bexhaurit?s?\b|\bsense\s+estoc\b",
    re.I,
)
_IN_STOCK_TEXT = re.compile(
    r"\bin[\s-]stock\b|\bavailable\b|ships?\s+(?:today|within|in\s+\d)|auf\s+lager|\bverf[üu]gbar\b|\blieferbar\b|\bvorr[äa]tig\b|"
    r"\ben\s+stock\b|\bdisponible\b|\ben\s+existencia\b|\bdisponibile\b|op\s+voorraad|\bi\s+lager\b|\bp[åa]\s+lager\b|"
    r"\bem\s+estoque\b|\bdispon[íi]vel\b|\bna\s+stanie\b|\bdost[ęe]pn(?!o[śs][ćc])|\bskladem\b|\bk[ée]szleten\b|\bna\s+zalogi|\bdobavljiv|"
    r"\b[îi]n\s+stoc\b|\bna\s+stanju\b|\bstokta\b|\bvarastossa\b|\blaos\b|в\s+наличии|є\s+в\s+наявності|在庫あり|有現貨|有货|有貨|현재\s*구매\s*가능|còn\s+hàng|"
    r"^\s*(?:متوفر|متوفرة|متاح)\s*$|"
    # Bulgarian's "in stock" (CloudCart's "В наличност"), Macedonian's "available" ("Достапно во веб продавница",
    # Neptun's), Serbian's "in stock" in Cyrillic ("На стању").
    r"\bв\s+наличност\b|\bдостапн[оа]\b|\bна\s+стању\b|"
    # Icelandic's "in stock" ("Til á lager", "Á lager"; "ekki" before it is read above as out of stock).
    r"\btil\s+[áa]\s+lager\b|(?<![\w\s])\s*á\s+lager\b|"
    # Swahili's "available" ("Inapatikana"), Albanian's "in stock" ("Në stok"; "nuk ka" before it is read above
    # as out of stock), Lao's "has the goods" ("ມີສິນຄ້າ").
    r"\binapatikana\b|(?<!ka\s)\bn[ëe]\s+stok\b|ມີສິນຄ້າ|"
    # Catalan's "in stock" ("En estoc"; "disponible" is read above).
    r"\ben\s+estoc\b",
    re.I,
)


def availability_in_stock(value: object) -> tuple[str | None, bool | None]:
    """A schema.org availability URL, a boolean or visible text -> (schema name, in stock)."""
    if value is None:
        return None, None
    if isinstance(value, bool):
        return ("InStock" if value else "OutOfStock"), value
    text = str(value).strip()
    if not text:
        return None, None
    name = re.sub(r"^.*[/#]", "", text)
    for known in _IN_STOCK | _OUT_OF_STOCK:
        if name.casefold() == known.casefold():
            return known, known in _IN_STOCK
    if _OUT_OF_STOCK_TEXT.search(text):
        return "OutOfStock", False
    if _IN_STOCK_TEXT.search(text):
        return "InStock", True
    return None, None



def _alternative_label(el, title_chain: set) -> bool:
    """A status that is not the product's: another product's (a tile, a related part of the
    page), or one of a buy button's alternative labels, which the shop's script shows one of
    (the button itself decides)."""
    if _outside_reason(el, title_chain) or _tile_of_another_product(el, title_chain):
        return True
    return any(a.tag in ("a", "button") for a in [el, *_ancestors(el, 3)])


# Upper-case letters of "availab" and "stock" read as lower case (as XPath's translate() would).
_STOCK_CASE = str.maketrans("AVILBSTOCK", "avilbstock")


def _named_for_stock(el) -> bool:
    """An element whose class or id names availability or stock, or whose itemprop is availability."""
    for name in (el.get("class"), el.get("id")):
        if name:
            name = name.translate(_STOCK_CASE)
            if "availab" in name or "stock" in name:
                return True
    return "availability" in el.get("itemprop", "")


# A way of getting the product rather than the product itself: "Click & Collect: currently
# unavailable" beside "Home delivery available" says one way is closed, not that it is out of stock.
_FULFILMENT = re.compile(
    r"click\s*(?:&|and|\+)\s*collect|\bcollect(?:ion)?\b|\bdeliver(?:y|ed)?\b|\bpick[\s-]?up\b|\bin[\s-]store\b|"
    r"\bat\s+this\s+store\b|\bsame[\s-]day\b|abhol|\blieferung\b|\bretrait\b|\blivraison\b|\brecogida\b|\benv[íi]o\b|"
    r"\britiro\b|\bconsegna\b|afhalen|bezorg",
    re.I,
)


def unavailable_for_a_way_of_getting_it(tree, title, buy) -> bool:
    """Whether the product's block says "unavailable" only of a way of getting it (collection,
    delivery, a store): every short out-of-stock text there names one. Such a page says nothing
    against structured data that says in stock."""
    block = product_block(title, buy)
    if block is None:
        return False
    said = [text for el in block.iter() if isinstance(el.tag, str) and el.tag not in _SKIP_TAGS
            for text in [_clean_text(_own_text(el))] if text and len(text) <= 80 and _OUT_OF_STOCK_TEXT.search(text)]
    return bool(said) and all(_FULFILMENT.search(text) for text in said)


def _availability_from_page(tree, title, buy) -> tuple[str | None, bool | None]:
    """Stock as the page shows it: an element named for stock, then short texts in the
    product's block (out-of-stock words first), then the buy button (switched off or not)."""
    title_chain = _chain(title)
    for el in _elements(tree):
        if not _named_for_stock(el):
            continue
        if _in_skipped(el) or el.tag in ("script", "style", "template") or _status_hidden(el):
            continue
        if _alternative_label(el, title_chain):
            continue
        text = _own_text(el)
        status, in_stock = availability_in_stock(el.get("href") or el.get("content") or (text if len(text) <= 80 else ""))
        if status is None and text.strip() and len(text) <= 80:
            status, in_stock = _state_in_class(el)
        if status is not None:
            return status, in_stock
    block = product_block(title, buy)
    hidden_buy = buy is not None and _hidden_by_style(buy)
    # Only the product's own button left on outweighs what the page says: the first live button after a sold-out
    # product's title is often a recommended product's (Empire's "Add to cart" under "You may also like").
    others = another_products_buy_button(buy, title)
    own_button_on = _buy_button_on(buy) and not others
    if hidden_buy:
        # The shop's script shows one of the buy button's labels and hides the others by their style
        # (1C-Bitrix: "В корзину" hidden, "Нет в наличии" shown): the one shown says the stock.
        for el in (block if block is not None else buy.getparent()).iter("a", "button", "input", "span", "div", "p"):
            text = _clean_text(el.get("value") or "" if el.tag == "input" else _own_text(el))
            if text and len(text) <= 60 and _OUT_OF_STOCK_TEXT.search(text) and not _hidden_by_style(el):
                return "OutOfStock", False
    if block is not None:
        for el in block.iter():
            if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or el.tag == "option":
                continue
            text = _clean_text(el.text or "")
            if text and len(text) <= 60 and not _status_hidden(el):
                # Where the first buy button is another product's, a switched-off "Sold out" of the product's own
                # part is its button, not one of a button's labels.
                if _OUT_OF_STOCK_TEXT.search(text) and (not _alternative_label(el, title_chain) or (
                        others and _switched_off_sold_out(el, title_chain))):
                    # A badge themes carry on every page and show by CSS when a product sells out ("Sold
                    # out" beside the price) says less than a buy button the shop left on: shops switch the
                    # button off, or leave it out, for what they cannot sell.
                    if own_button_on:
                        return "InStock", True
                    return "OutOfStock", False
                if re.search(r"\bin[\s-]stock\b|auf\s+lager|\blieferbar\b|\ben\s+stock\b|op\s+voorraad", text, re.I):
                    return "InStock", True
    if not own_button_on and _notify_button_instead(title, title_chain):
        return "OutOfStock", False
    if buy is not None and not hidden_buy and not (others and _card_linked_whole(buy)):
        if is_disabled(buy):
            # A button switched off until a size or colour is chosen says nothing of stock.
            return (None, None) if _choice_pending(block if block is not None else buy) else ("OutOfStock", False)
        return "InStock", True
    if buy is None:
        # No buy button read by its words (a Haitian Creole shop's "Mete nan panye"): a form that sends to the cart's
        # add action is the product's buy form, its buttons on or off. Stock only: the price's reading keeps its
        # landmarks (as the buy landmark it moved the price to the regular one on Dawn's themes).
        for form in cart_add_forms(tree):
            if another_products_buy_button(form, title):
                continue
            if is_disabled(form):
                return (None, None) if _choice_pending(form) else ("OutOfStock", False)
            return "InStock", True
    return None, None


# A button that offers to tell the buyer when the product is back, where the buy button would be: shops
# show it only for what they cannot sell (Rozetka's "Повідомити про наявність", Coupang's "재입고 알림",
# VirtueMart's "Notify Me"), in whatever words their language has for it.
_NOTIFY = re.compile(
    r"notify\s+me|e-?mail\s+me\s+when|let\s+me\s+know\s+when|back\s+in\s+stock|benachrichtig|pr[ée]venez[-\s]moi|m['’]avertir|"
    r"av[íi]s(?:ame|e-me)|anun[țţt][ăa][-\s]m[ăa]|avvisami|powiadom|upozornit|[ée]rtes[íi]t|meld\s+mij|bevaka|ilmoita\s+saatavuudesta|"
    r"повідомити|сообщить\s+о\s+поступлении|уведомить|入荷(?:お知らせ|通知)|到货通知|재입고\s*알림|gelince\s+haber|أعلمني|نبهني",
    re.I,
)


def _notify_button_instead(title, title_chain: set) -> bool:
    """Whether a button or link near the product's title offers to notify the buyer of its return (the
    product's own part of the page: the title's nearest ancestors, not a list of other products)."""
    if title is None:
        return False
    ancestors = _ancestors(title, 3)
    if not ancestors:
        return False
    for el in ancestors[-1].iter("button", "a", "input"):  # the farthest of the three holds the nearer ones
        text = _clean_text(el.get("value") or "" if el.tag == "input" else _own_text(el))
        # The button's own tag counts as a control's region (`_outside_reason`): its place is its parent's.
        place = el.getparent() if el.getparent() is not None else el
        # A control that speaks of the price is a price alert ("Notify me if the price drops",
        # "Preisalarm: benachrichtigen ..."; review R4 of the eighteenth session), not a return's.
        if text and len(text) <= 60 and _NOTIFY.search(text) \
                and not PRICE_WORD.search(" ".join((text, el.get("class") or "", el.get("href") or ""))) \
                and not _outside_reason(place, title_chain) and not _tile_of_another_product(place, title_chain):
            return True
    return False


# The state a stock line's class gives it, as platforms name it in English whatever the shop's language:
# WooCommerce's "stock out-of-stock" / "stock in-stock", "outofstock", "sold-out", as a word of the class; in snake
# case as in kebab case (Storenvy's "stock_notice sold_out", as templates of Rails and PHP shops name classes).
_OUT_OF_STOCK_CLASS = re.compile(r"(?:^|[\s_-])(?:out[-_]?of[-_]?stock|outofstock|sold[-_]?out)(?=$|[\s_-])", re.I)
_INLINE_PARTS = {"span", "b", "strong", "i", "em", "small", "a", "bdi", "svg", "img", "br"}
_IN_STOCK_CLASS = re.compile(r"(?:^|[\s_-])(?:in[-_]?stock|instock)(?=$|[\s_-])", re.I)


def _state_in_class(el) -> tuple[str | None, bool | None]:
    """The stock a line named for stock states in its class, for a line whose words say nothing the rules know:
    a Zulu shop's "<p class='stock out-of-stock'>Akukho esitokweni</p>" (WooCommerce's) was read as nothing, and
    the sold-out product, its buy button gone, as in stock. Only for a line with words (an empty one is a
    placeholder its script fills) and of inline parts: a block that holds the buy box ("add-to-basket-summary-and-
    cta--out-of-stock" around its price, John Lewis's) is a layout's state, not a line that states the stock."""
    if any(isinstance(child.tag, str) and child.tag not in _INLINE_PARTS for child in el):
        return None, None
    names = el.get("class") or ""
    if _OUT_OF_STOCK_CLASS.search(names):
        return "OutOfStock", False
    if _IN_STOCK_CLASS.search(names):
        return "InStock", True
    return None, None


def _status_hidden(el) -> bool:
    """A stock status the shop's class or style hides is one its script shows in another state, and says
    nothing now: Odoo's "Not Available For Sale" in a `d-none` block, shown when a chosen variant cannot be
    sold (its id, `product_unavailable`, names availability)."""
    return _hidden_by_style(el)


def _hidden_by_style(el, depth: int = 4) -> bool:
    """Hidden by its own style or a near ancestor's (display: none, the hidden attribute, a class that
    says only "hidden": Cafe24's `displaynone`, Bootstrap's `d-none`): what a page's script shows only in
    another state."""
    return any(node.get("hidden") is not None or _HIDDEN_STYLE.search(node.get("style", "")) or _hidden_by_class(node)
               for node in [el, *_ancestors(el, depth)] if isinstance(node.tag, str))


# Class names whose one meaning is "not shown", as utility classes and platforms name it. Not
# "visually-hidden" (shown to screen readers), nor one beside a class that shows it at some screen
# width ("d-none d-md-block": shown on a desktop).
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|is-hidden|d-none|displaynone|display-none|u-hidden)(?=\s|$)")
_SHOWN_AT_A_WIDTH = re.compile(r"(?:^|\s)(?:d-(?:sm|md|lg|xl|xxl)-(?!none)|(?:sm|md|lg|xl|2xl):(?!hidden))")


def _hidden_by_class(node) -> bool:
    names = node.get("class")
    return bool(names and _HIDDEN_CLASS.search(names) and not _SHOWN_AT_A_WIDTH.search(names))


def _buy_button_on(buy) -> bool:
    """A buy button left on that says what it does ("Add to cart", not "Sold out" or "Notify me")."""
    if buy is None or is_disabled(buy) or buy.tag == "form":
        return False
    return bool(ADD_TO_CART.search(buy.get("value") or "" if buy.tag == "input" else _own_text(buy)))


def another_products_buy_button(buy, title) -> bool:
    """A buy button in a tile of a list of other products or a part of the page that is not the product's
    (related, also bought): the first buy button after a sold-out product's title is often the next
    product's, as on Hyvä's page, where each related product is a form of its own with its "Add to Cart".
    It offers nothing of this product's."""
    if buy is None or title is None:
        return False
    if _card_linked_whole(buy):
        return True
    title_chain = _chain(title)
    # The button's own tag counts as a control's region (`_outside_reason`): its place is its parent's.
    place = buy.getparent() if buy.getparent() is not None else buy
    return bool(_outside_reason(place, title_chain) or _tile_of_another_product(place, title_chain))


def _card_linked_whole(buy) -> bool:
    """A product's card written as one link to its page, picture, name, price and "Add to cart" inside it (Lunar's
    starter storefront: "<a href='/products/river-2-pro'><img>…<strong>EcoFlow RIVER 2 Pro</strong><p>L$56,900.00</p>
    <button>Add to cart</button></a>"): what reads as a buy button there is the card, and it is another product's.
    A card is one of several: only a link to a page that is no cart action, holding a picture and a price, beside an
    alike link (the same tag and class) to another page. A lone link, whatever its address and words ("Koupit za 129
    Kč" to '/kosik/pridat/1041'; review R3 of the thirty-first session), stays the product's button."""
    if buy.tag != "a" or not (href := buy.get("href", "")) or href.startswith(("#", "javascript")):
        return False
    if _CART_ACTION.search(href) or not buy.xpath(".//img") or not _AMOUNT_IN_TEXT.search(_own_text(buy)):
        return False
    parent = buy.getparent()
    return parent is not None and any(
        sibling is not buy and sibling.tag == "a" and sibling.get("class") == buy.get("class")
        and (other := sibling.get("href", "")) and other != href and not other.startswith(("#", "javascript"))
        for sibling in parent)


def _switched_off_sold_out(el, title_chain: set) -> bool:
    """A button of the product's own part of the page, switched off and saying it is sold out ("<button disabled>Sold
    out</button>", where themes that name no buy button put the product's): the product's own button, off."""
    button = next((node for node in [el, *_ancestors(el, 2)] if node.tag in ("button", "input", "a")), None)
    place = button.getparent() if button is not None else None
    return button is not None and place is not None and is_disabled(button) \
        and not _outside_reason(place, title_chain) and not _tile_of_another_product(place, title_chain)


def buy_button_switched_off(buy, title) -> bool:
    """A buy button the shop switched off with no choice pending ("Adauga in cos" disabled beside "Stoc
    epuizat", Gomag's): it offers nothing, as a page without one does. One switched off until a size or
    colour is chosen is still on offer."""
    if buy is None or buy.tag == "form" or not is_disabled(buy):
        return False
    block = product_block(title, buy)
    return not _choice_pending(block if block is not None else buy)


def _choice_pending(block) -> bool:
    """Whether the product's block asks for a choice not yet made: a list of options whose chosen
    option has no value ("Choose an option", "Select Size")."""
    for select in block.iter("select"):
        options = select.findall(".//option")
        chosen = next((o for o in options if o.get("selected") is not None), options[0] if options else None)
        if chosen is not None and not (chosen.get("value") or "").strip():
            return True
    return False
