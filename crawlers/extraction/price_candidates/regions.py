"""Where on the page an amount stands.

The product's block is the smallest part of the page holding its title and
its buy button (`product_block`); parts that are not the product are left out
with the reason (`_outside_reason`): navigation, header, footer, asides and
hidden parts, other products' tiles (`_tile_of_another_product`), amounts all
inside links to other pages, and form controls, whose text is an option's
(`_holds_controls`, `_text_outside_controls`).
"""

from __future__ import annotations

import re

from lxml import etree

from crawlers.extraction.page import _ancestors, _clean_text
from crawlers.extraction.price_candidates import amount_text as _amounts


# Regions of a page that are not the product: their amounts are never its price.
_OUTSIDE_TAGS = {"nav", "header", "footer", "aside", "select", "option", "button", "script", "style", "noscript",
                 "template", "svg", "head", "textarea"}
_OUTSIDE_WORD = re.compile(
    r"related|recommend|similar|upsell|up-sell|cross-?sell|also|recent|viewed|accessor|"
    r"header|footer|minicart|mini-cart|cart-?drawer|navigation|menu|breadcrumb|newsletter|compare-?list",
    re.I,
)
_HEAD_WORD = re.compile(r"header", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _region(node) -> tuple[bool, bool, bool, str | None, bool]:
    """What one element says of everything inside it: (the page's body or root, hidden,
    a link to another page, why it is not the product's region or None, whether that why is
    only its name's "header")."""
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in ("body", "html"):
        return True, False, False, None, False
    hidden = node.get("hidden") is not None or bool(_HIDDEN_STYLE.search(node.get("style", "")))
    href = node.get("href", "") if tag == "a" else ""
    link = bool(href) and not href.startswith(("#", "javascript"))
    if tag in _OUTSIDE_TAGS:
        outside = f"inside <{tag}>"
    elif tag == "label" and _form_label(node):
        # A form's label ("Blue (+£12.00)"); OXID's themes show the price itself in a <label> of no control.
        outside = "inside a form's <label>"
    elif _OUTSIDE_WORD.search(names := node.get("class", "") + " " + node.get("id", "")):
        outside = f"in a part named {(node.get('class') or node.get('id'))[:40]!r}"
        return False, hidden, link, outside, not _OUTSIDE_WORD.search(_HEAD_WORD.sub(" ", names))
    else:
        outside = None
    return False, hidden, link, outside, False


def _outside_reason(el, title_chain: set, regions: dict | None = None, headings: set = frozenset(),
                    buy_box: set = frozenset()) -> str | None:
    """Why an element is not in the product's part of the page, or None. A part that
    holds the product's title (`title_chain`: the title and its ancestors) is the product's.
    `regions` keeps what each element says (`_region`) for the next amount of the same page:
    the amounts of a page share most of their ancestors. A part named "header" among `headings`
    (the product block's elements after its title) is a heading's style, not the page's head. The parts
    in `buy_box` (`_buy_box`) are the product's too."""
    link = False
    for node in (el, *el.iterancestors()):
        facts = regions.get(node) if regions is not None else None
        if facts is None:
            facts = _region(node)
            if regions is not None:
                regions[node] = facts
        top, hidden, is_link, outside, head_only = facts
        if top:
            break
        if hidden:
            return "hidden"
        link = link or (is_link and node not in buy_box)
        if node in title_chain or node in buy_box:
            continue
        if outside and head_only and _heading_style(node, headings):
            continue
        if outside:
            return outside
    if link:
        return "a link to another page"
    return None


# A link that acts on the cart rather than showing a page: a path part or query naming adding or a cart
# ("/cart/add/1041", "/warenkorb/add/1041", "?add-to-cart=780", "/checkout").
_CART_ACTION = re.compile(r"(?:^|[/_\-?&=.])(?:add|add-to-cart|cart|basket|bag|checkout|warenkorb|kassa|panier|carrito|"
                          r"carrello|winkelwagen|koszyk)(?:$|[/_\-?&=.])", re.I)


def _buy_box(buy) -> set:
    """The <aside> or <button> that is the product's buy button or holds it: the product's own, though such
    tags elsewhere are a sidebar's or a control's. Shops put the price, the buy form and stock in an
    <aside> beside the gallery (a Greek electronics shop's buy box), and Shopify's Hydrogen writes the
    price and the compare-at price inside the add-to-cart button ("Ajouter au panier · 39,99 $ 54,99 $"). The
    buy button itself when it is a link that acts on the cart (`_CART_ACTION`: to the cart or the checkout, not to
    a page): an amount inside it is what it buys ("Buy now · $39.00" to '/checkout/buy/…', Lemon Squeezy's
    storefront, the page's only price outside the licences' radio cards). A product's card linked whole to its
    own page, "Add to cart" inside it (Lunar's), stays another page's."""
    return {node for node in _chain(buy) if node.tag in ("aside", "button") or (
        node is buy and node.tag == "a" and _CART_ACTION.search(node.get("href", "")))}


def _heading_style(node, headings: set) -> bool:
    """Whether a part named "header" is a heading's style inside the product's block, after its title
    (Semantic UI's "ui header", which Sylius's default theme puts on the price and the original price:
    "<span class='ui huge header' id='product-price'>"), not the page's head, which comes before the
    product. Only inside the block that holds the title and the buy button: a cart drawer's or a
    modal's header elsewhere stays out."""
    return node in headings


_OUTSIDE_LINKS = etree.XPath(
    ".//text()[not(ancestor::a[@href and not(starts-with(@href, '#')) and not(starts-with(@href, 'javascript'))])]")


def _amount_in_a_link(el) -> str | None:
    """Why an element's amount is another page's: all of its digits are inside links to other pages it
    holds ("<div class='card'><a href='/card-holder'><h3>Card Holder</h3><p>£22.00</p></a></div>", a tile
    whose link sits inside it, Etsy's "more from this shop"). An amount inside a link is already left out;
    the element around the link, short enough to read as one amount, says the same. None otherwise."""
    if next(el.iterdescendants("a"), None) is None:
        return None
    if not el.xpath(_LINK_ELSEWHERE) or any(any(map(str.isdigit, t)) for t in _OUTSIDE_LINKS(el)):
        return None
    return "a link to another page (inside it)"


def _tile_of_another_product(el, title_chain: set, links: dict | None = None) -> bool:
    """In a tile of a list of products: an ancestor, not holding the product's title, that
    links to another page and repeats: three or more siblings of its tag and class link
    elsewhere too (two alike rows are as often a layout as a list). `links` keeps, per
    element, whether it links elsewhere, for the next amount of the same page."""
    def links_elsewhere(node) -> bool:
        if links is None:
            return bool(node.xpath(_LINK_ELSEWHERE))
        found = links.get(node)
        if found is None:
            found = links[node] = bool(node.xpath(_LINK_ELSEWHERE))
        return found

    for node in [el, *_ancestors(el, 5)]:
        if node in title_chain:
            return False
        parent = node.getparent()
        if parent is None or not links_elsewhere(node):
            continue
        alike = [s for s in parent if s.tag == node.tag and s.get("class") == node.get("class")]
        if len(alike) >= 3 and sum(1 for s in alike if links_elsewhere(s)) >= 3:
            return True
    return False


def product_tiles(tree) -> bool:
    """Whether the page shows a list of products: three or more alike siblings that each
    link elsewhere and show an image."""
    for parent in tree.iter():
        if not isinstance(parent.tag, str) or len(parent) < 3:
            continue
        kinds: dict[tuple, int] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.xpath(_LINK_ELSEWHERE) and child.xpath(".//img"):
                kind = (child.tag, child.get("class"))
                kinds[kind] = kinds.get(kind, 0) + 1
                if kinds[kind] >= 3:
                    return True
    return False


_LINK_ELSEWHERE = ".//a[@href and not(starts-with(@href, '#')) and not(starts-with(@href, 'javascript'))]"


def _common_depth(a, b_chain: set, limit: int) -> int | None:
    """How many levels above `a` its lowest common ancestor with b is (None beyond `limit`);
    `b_chain` is b and its ancestors."""
    for depth, node in enumerate([a, *_ancestors(a, limit)]):
        if node in b_chain:
            return depth
    return None


def _chain(el) -> set:
    return {el, *el.iterancestors()} if el is not None else set()


def product_block(title, buy):
    """The smallest part of the page holding the product's title and its buy button
    (else a few levels around the title)."""
    if title is None:
        return None
    if buy is not None:
        buy_chain = _chain(buy)
        for node in title.iterancestors():
            if node in buy_chain:
                if node.tag not in ("body", "html"):
                    return node
                break
    block = title
    for node in _ancestors(title, 4):
        if node.tag == "html" or len(_clean_text(node.text_content())) > 4000:
            break
        block = node  # the body itself on a small page
        if node.tag == "body":
            break
    return block


def _without_products_block(names: str, title_chain: set) -> str:
    """An element's class and id names without the name of the block that holds the product's title, where a
    name is that block's part ("prodCart__prices-new": BEM's block, then "__" or "--"): the words of the block's
    own name say what the block is, not what this amount is. Kontakt Home names its product's block
    "prodCart" (a product card), and "cart" inside it made every amount there a cart's, so the monthly
    payment was left as the price. A block that does not hold the title (a cart drawer, "sideCart__total")
    keeps its name."""
    if not title_chain or not names.strip():
        return names
    blocks = {name for node in title_chain if isinstance(node.tag, str) for name in (node.get("class") or "").split()}
    kept = []
    for name in names.split():
        block = re.split(r"__|--", name, maxsplit=1)[0]
        kept.append(name[len(block):] if block in blocks else name)
    return " ".join(kept)


def _without_buy_buttons_namespace(names: str, buy, block) -> str:
    """An element's class names without the leading words they share, two or more, with a name of the product's
    buy button or of what holds it inside the product's block: a plugin names every block it renders under one
    namespace ("wp-block-surecart-product-selected-price-amount" beside the buy form's
    "wp-block-surecart-product-buy-buttons"), and the namespace's words say who drew the element, not what amount it
    is: "cart" inside "surecart" left SureCart's price and scratch price out as a cart's. Read from the page's own
    names, no plugin named; a word after the shared ones ("…-product-shipping-amount") still says what it is."""
    if buy is None or block is None or not names.strip():
        return names
    theirs = []
    for node in (buy, *buy.iterancestors()):
        if node is block or not isinstance(node.tag, str):
            break
        theirs.extend(name.split("-") for name in (node.get("class") or "").split())
    if not theirs:
        return names
    kept = []
    for name in names.split():
        words = name.split("-")
        shared = max(next((i for i, (a, b) in enumerate(zip(words, other)) if a != b), min(len(words), len(other)))
                     for other in theirs)
        kept.append("-".join(words[shared:]) if 2 <= shared < len(words) else name)
    return " ".join(kept)


# Controls and scripts inside an element: their text is an option's or a button's ("Gift wrap +330円" in a
# list of options beside the price), never the element's own amount.
_CONTROL_TAGS = ("select", "option", "button", "textarea", "script", "style", "template")
_OUTSIDE_CONTROLS = etree.XPath(
    ".//text()[not(ancestor::select or ancestor::option or ancestor::button or ancestor::textarea or ancestor::script"
    " or ancestor::style or ancestor::template"
    " or ancestor::label[@for or .//input or .//select or .//textarea])]")


def _form_label(node) -> bool:
    """A <label> of a form's control (its `for`, or the control inside it): the control's text, an option's
    ("Blue (+£12.00)"); OXID's themes show the price itself in a <label> of no control."""
    return bool(node.get("for")) or next(node.iter("input", "select", "textarea"), None) is not None


def _labels_are_controls(el) -> bool:
    """Whether an element holds a form's label: its text is a control's, as an option's is. A fieldset of
    variant buttons ("Unstitched", "Stitched - M (+Rs.2,100)", Shopify's Impulse) holds no amount of its
    own, though the labels' one amount is the only number in its text."""
    return any(_form_label(label) for label in el.iterdescendants("label"))


def _holds_controls(el) -> bool:
    """Whether an element holds controls or scripts whose text is not its own (`_text_outside_controls`)."""
    return next(el.iterdescendants(*_CONTROL_TAGS), None) is not None or _labels_are_controls(el)


def _text_outside_controls(el) -> str | None:
    """The element's text without its controls' and scripts' (a form's labels among them), when it is still
    short and holds a digit."""
    text = _clean_text(" ".join(_OUTSIDE_CONTROLS(el) if _labels_are_controls(el) else _OUTSIDE_CONTROLS_ONLY(el)))
    return text if text and len(text) <= _amounts._MAX_TEXT and any(map(str.isdigit, text)) else None


_OUTSIDE_CONTROLS_ONLY = etree.XPath(
    ".//text()[not(ancestor::select or ancestor::option or ancestor::button or ancestor::textarea or ancestor::script"
    " or ancestor::style or ancestor::template)]")
