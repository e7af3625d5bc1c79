"""Where the product is on a page: its title and its buy button, which the visible readings start from."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from crawlers.extraction.page import _clean_text, _in_chrome, _in_skipped, _own_text

# Buy buttons, in several languages ("add to cart", "in den Warenkorb", "в корзину", "カートに入れる").
ADD_TO_CART = re.compile(
    r"add\s+to\s+(?:cart|basket|bag|trolley)|buy\s+(?:it\s+)?now|place\s+bid|in\s+den\s+(?:warenkorb|einkaufswagen)|"
    r"in\s+den\s+korb|ajouter\s+au\s+panier|(?:a[ñn]adir|agregar)\s+al\s+(?:carrito|carro|cesto)|aggiungi\s+al\s+carrello|"
    r"in\s+(?:de\s+)?winkel(?:wagen|mand)|adicionar\s+ao\s+(?:carrinho|cesto)|dodaj\s+do\s+koszyka|v\s+ko[šs]arico|"
    r"u\s+ko[šs]aricu|do\s+ko[šs][íi]ku|kos[áa]rba|sepete\s+ekle|l[äa]gg\s+i\s+varukorgen|legg\s+i\s+handlekurv|"
    r"l[æa]g\s+i\s+kurv|lis[äa][äa]\s+ostoskoriin|lisa\s+ostukorvi|[iį]\s+krep[šs]el|в\s+корзину|купить|"
    r"カートに入れる|カートに追加|加入購物車|加入购物车|立即購買|立即购买|장바구니|"
    r"(?:أضف|اضف|إضافة|اضافة)\s+(?:(?:إلى|الى)\s+ال|لل)(?:سل[ةه]|عرب[ةه])|اشتر[يِ]?\s+الآن|הוסף?\s+לסל|הוספה\s+לסל|"
    r"προσθήκη\s+στο\s+καλάθι|в\s+кошик|до\s+кошика|adaug[ăa]\s+[îi]n\s+co[șşs]|th[êe]m\s+v[àa]o\s+gi[ỏo]|"
    r"(?:tambah(?:kan)?|masukkan)\s+ke\s+(?:keranjang|troli)|beli\s+sekarang|เพิ่มลงตะกร้า|ใส่ตะกร้า|"
    # "Buy now" in German, Dutch, the Nordic languages, Polish, Spanish, Portuguese, French and Italian ("Jetzt kaufen",
    # "Köp nu": review R3 of the thirty-first session), as "buy it now" and "beli sekarang" are read.
    r"jetzt\s+kaufen|nu\s+kopen|k[öo]p\s+nu|kj[øo]p\s+n[åa]|k[øo]b\s+nu|osta\s+nyt|kup\s+teraz|comprar\s+(?:ahora|agora)|"
    r"acheter\s+maintenant|compra\s+ora|"
    r"add-to-(?:cart|basket|bag)|addto(?:cart|basket|bag)|add_to_(?:cart|basket|bag)|buy-now|buynow",
    re.I,
)
_WORD = re.compile(r"\w+")
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•]\s+")


def main_title(tree):
    """The product's title element: the visible h1 that shares most words with the page's
    og:title and <title> (the first h1 when none does), else the element whose text is the
    og:title or the first part of the <title> ("Name - Shop")."""
    names = set()
    for value in (tree.xpath("string((//meta[@property='og:title']/@content)[1])"), tree.xpath("string(//title)")):
        value = _clean_text(value)
        if value:
            names.add(value.casefold())
            names.add(_TITLE_SEPARATOR.split(value)[0].casefold())
    names.discard("")
    title_words = {w for name in names for w in _WORD.findall(name)}
    # An h1 in a <header> is kept: HTML5 pages head the product's article with one. An h1 that is only a
    # link to the site's home page is the shop's name (EC-CUBE's and older themes' logo), not a title.
    headings = [h1 for h1 in tree.xpath("//h1") if not _in_chrome(h1, header=False) and _own_text(h1)
                and not _names_the_site(h1)]
    if headings:
        return max(headings, key=lambda h: len(title_words & set(_WORD.findall(_own_text(h).casefold()))))
    if not names:
        return None
    body = tree.find("body")
    for el in (body if body is not None else tree).iter():
        if not isinstance(el.tag, str) or el.tag in ("title", "meta", "script", "style", "a", "option"):
            continue
        text = el.text
        if text and _clean_text(text).casefold() in names and len(el) == 0 and not _in_skipped(el):
            return el
    return None


def _names_the_site(h1) -> bool:
    """Whether the heading's whole text is a link to the site's home page ("/", or a URL with no path)."""
    links = h1.xpath(".//a[@href]")
    if len(links) != 1 or _own_text(links[0]) != _own_text(h1):
        return False
    href = urlsplit(links[0].get("href").strip())
    return href.path in ("", "/") and not href.query


def _button_text(el) -> str:
    if el.tag == "input":
        return el.get("value") or ""
    return _own_text(el)


def buy_buttons(tree) -> list:
    """Buy buttons (add to cart / basket, buy now), by their text, value, class or form action."""
    found = []
    for el in tree.xpath("//button|//input[@type='submit' or @type='button']|//a|//form|//*[@role='button']"):
        # Wix names its buttons in `data-hook` ('add-to-cart'), whatever the shop's language writes on them.
        attrs = " ".join(el.get(a, "") for a in ("class", "id", "name", "action", "data-testid", "data-hook"))
        # A form is known by its action or name; its text is its buttons', met on their own.
        if (el.tag != "form" and ADD_TO_CART.search(_button_text(el))) or ADD_TO_CART.search(attrs):
            found.append(el)
    return found


def buy_button(tree, title, order: dict):
    """The buy button that belongs to the product: the first one after its title (else the first)."""
    buttons = [b for b in buy_buttons(tree) if not _in_skipped(b)]
    if not buttons:
        return None
    if title is not None:
        after = [b for b in buttons if order.get(b, 0) > order.get(title, 0)]
        if after:
            return after[0]
        # Before the title, a link to another page that reads as a buy button is the cart's link in the
        # page's head ("장바구니" to /cart, where the head is no <header>), not the product's button.
        buttons = [b for b in buttons if not _links_to_another_page(b)]
        if not buttons:
            return None
    return buttons[0]


def _links_to_another_page(el) -> bool:
    href = el.get("href", "") if el.tag == "a" else ""
    return bool(href) and not href.startswith(("#", "javascript"))


# The controls that send a form: a button (of no type or 'submit') or a submit input.
_SUBMITS = ".//button[not(@type) or @type='submit']|.//input[@type='submit' or @type='image']"
# A form's action that adds to the cart: a cart's path, then "add" ("/cart/add", Shopify's on every shop and in every
# language; "/cart/add.js"; Magento's "/checkout/cart/add/uenc/…/product/4410/"; "/basket/add").
_CART_ADD_ACTION = re.compile(r"/(?:cart|basket|bag|trolley|warenkorb|panier|carrito|carrello|winkelwagen|koszyk|"
                              r"ko[sš]ik)/add(?:$|[/.?])", re.I)
_FORMS_WITH_ACTION = etree.XPath("//form[@action]")


def cart_add_forms(tree) -> list:
    """Forms that send to the cart's add action and have a control that sends them, whatever words their buttons
    carry: a shop's buy form, where no buy button is read by its words (Shopify's installments form, which sends
    nothing, is none)."""
    return [form for form in _FORMS_WITH_ACTION(tree)
            if _CART_ADD_ACTION.search(urlsplit(form.get("action").strip()).path + "/") and form.xpath(_SUBMITS)
            and not _in_skipped(form) and not _in_chrome(form, header=False)]


def is_disabled(button) -> bool:
    """A buy button the shop switched off (out of stock). A buy form, found by its name or action before the button
    in it (Storenvy's "add_to_cart_form" to '/cart/add'), is switched off when every button that sends it is: the
    form itself never is, and a sold-out product whose words the rules do not know read as in stock."""
    if button.tag == "form":
        submits = button.xpath(_SUBMITS)
        return bool(submits) and all(_switched_off(node) for node in submits)
    return _switched_off(button)


def _switched_off(button) -> bool:
    return any(
        node.get("disabled") is not None or node.get("aria-disabled") == "true" or re.search(r"\bdisabled\b", node.get("class", ""))
        for node in (button, button.getparent())
        if node is not None and node.tag in ("button", "input", "a", "fieldset")
    )
