"""The parsed page: the visible text of an element, its ancestors, and whether it is hidden, struck or a link."""

from __future__ import annotations

import re
from itertools import islice

from cssselect import SelectorError
from lxml import etree
from lxml.cssselect import CSSSelector
from w3lib.html import remove_comments, remove_tags_with_content, replace_entities, replace_tags

# Markup whose content is not text a person reads.
_NOT_TEXT_TAGS = ("script", "style", "noscript", "template")
_UNCLOSED_NOT_TEXT = re.compile(r"<(?:%s)\b" % "|".join(_NOT_TEXT_TAGS), re.I)


def _clean_text(value: str) -> str:
    # str.split() and the regex \s agree on what is whitespace; split is several times faster.
    return " ".join(value.split())


def folded(name: object) -> str:
    """A product name as names are compared: whitespace collapsed, case folded ("Café  Noir" and
    "café noir" are one name); "" for none."""
    return _clean_text(str(name or "")).casefold()


def plain_text(value: object) -> str | None:
    """A text field as plain text: entities decoded, HTML tags (and script/style content)
    removed, whitespace collapsed. `<` that does not open a tag ("3<5 m") is kept.

    Names, brands, categories and descriptions are stored this way; whatever shows
    them (the report, the web app) escapes them again on output.
    """
    if value is None:
        return None
    text = str(value)
    # Twice: entities escaped twice (&amp;lt;b&amp;gt;) surface as tags only after one decoding.
    for _ in range(2):
        text = replace_entities(text)
        if "<" not in text:
            break
        text = remove_tags_with_content(remove_comments(text), which_ones=_NOT_TEXT_TAGS)
        # A script left open runs to the end of the text, as a browser reads it.
        text = replace_tags(_UNCLOSED_NOT_TEXT.split(text, maxsplit=1)[0], " ")
    text = _clean_text(text)
    return text or None



_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "select", "option", "textarea"}
_STRUCK_TAGS = {"del", "s", "strike"}


# An attribute a shop gives an element for its own tests to find it by ("data-testid", "data-qa",
# Prom.ua's "data-qaid", "data-test-id", "data-cy", "data-automation-id", "data-e2e", Lazada's
# "data-qa-locator"): it names what the element holds as a class does ("old_price", "product_price") where
# the classes are hashed ("zTxRm"). The whole attribute name: not "data-qaprice" (an amount) nor
# "data-testimonial".
_TEST_HOOK = re.compile(r"data-(?:test|qa|cy|e2e|automation)(?:[-_]?(?:id|locator|selector|name))?$", re.I)


def _test_hooks(el) -> str:
    """The values of the element's test hooks (`_TEST_HOOK`), joined, and a custom element's own names
    (`_custom_element_names`)."""
    hooks = " ".join(value for name, value in el.attrib.items() if _TEST_HOOK.match(name))
    custom = _custom_element_names(el)
    return f"{hooks} {custom}" if custom else hooks


# An attribute value that is a word or words joined by hyphens or underscores ("compare-at", "price", "sale_price"):
# a name, not a code, an amount, a URL or a sentence.
_A_NAME = re.compile(r"[A-Za-z]+(?:[-_][A-Za-z]+)*")


def _custom_element_names(el) -> str:
    """A custom element's tag and the values of its attributes that are names (`_A_NAME`), joined. A
    web component is its own element (the HTML standard gives every custom element's name a hyphen:
    "cl-price-amount", "compare-at-price") and takes what it shows by its own attributes, as a theme's
    class names it: Commerce Layer's drop-in library writes the price and the price before it as
    `<cl-price-amount type="price">` and `<cl-price-amount type="compare-at">`, with no class. A
    standard element's attributes keep their standard meanings ("type" of an input, "name" of a form's
    field) and are not read so."""
    if not isinstance(el.tag, str) or "-" not in el.tag:
        return ""
    return " ".join([el.tag, *(value for value in el.attrib.values() if _A_NAME.fullmatch(value))])


def _attrs_text(el) -> str:
    return " ".join(el.get(a, "") for a in ("class", "id", "itemprop", "data-testid", "data-price-type", "name"))


def _own_text(el) -> str:
    """The visible text of an element: script, style and template content left out."""
    if not isinstance(el.tag, str):
        return ""
    if next(el.iterdescendants("script", "style", "template"), None) is None:
        return _clean_text(el.text_content())
    return _clean_text(" ".join(el.xpath(".//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::template)]")))


def _ancestors(el, limit: int | None = None) -> list:
    """The element's parent, its parent's parent... (the nearest `limit` of them)."""
    return list(islice(el.iterancestors(), limit))


# A word of a former price ending a class name ("price--old", "was", "compare-at", CSS modules'
# "Price_compare__x1y2"), or joined to "price" ("old-price", "listPrice"). Not a word that begins a
# longer name: "list-unstyled", "list-inline" (Bootstrap's lists, on most shops' price blocks) and
# "before-content" say nothing of a price, nor does "hasListPrice" (the price beside a list price);
# "old-product-price" (nopCommerce) does. Not "retail": a shop's retail price is the price it sells at
# (OTTO names its price "pdp_price__retail-price", beside "UVP" the former one).
_STRUCK_CLASS = re.compile(
    r"(?:^|(?<=[\s_-]))(?:was|old|compare(?:[-_]?at)?|strike(?:[-_]?through)?|struck|line[-_]?through|crossed|before|rrp|msrp|uvp|"
    r"original|former|"
    r"statt|prior|list)(?:[-_]?price)?(?=$|\s|__)|"
    r"(?<!has)(?<!has[-_])(?:was|old|compare|strike|crossed|before|original|list)[-_]?price|"
    r"(?:^|(?<=[\s_-]))(?:was|old|original|former)[-_][a-z]+[-_]price|"
    # The price before its discount, named so: HikaShop's "hikashop_product_price_before_discount", Kentico's row
    # "price-row before-discount" (the word beginning a name, or after "price").
    r"(?:price[-_]?|(?:^|(?<=[\s_-])))before[-_]?discount|"
    # A price struck, named so in the shop's language, joined to its word for price: French "prix-barre" (prix
    # barré), Italian "prezzo-barrato", Spanish "precio-tachado", Portuguese "preco-riscado", in the languages' order:
    # "barre-prix" is a bar of prices, "nav-barre" a bar of the page.
    r"(?:prix|price|prezzo|precio|pre[cç]o)[-_]?(?:barr[ée]|barrato|tachado|riscado)",
    re.I,
)


def _is_struck(el) -> bool:
    """A was-price: in del/s/strike, drawn line-through, or named so (old-price, was-price, compare-at)."""
    return any(_strike_marks(el))


def _strike_marks(el, css_struck: frozenset = frozenset()) -> tuple[bool, bool]:
    """(drawn, named): whether `el` or the two elements above it are drawn struck (del/s/strike,
    line-through in its style or by a rule of the page's style sheet, `css_struck_elements`, a strike
    attribute), and whether one of them is named a former price by its class, id or test hooks. An amount
    named former but drawn plainly is one a page's words may outrank (`price_candidates.former_prices._price_named_former`)."""
    drawn = named = False
    for depth, node in enumerate([el, *_ancestors(el, 2)]):
        if not isinstance(node.tag, str):
            continue
        drawn = drawn or node.tag in _STRUCK_TAGS or "line-through" in node.get("style", "") or bool(node.get("data-a-strike"))
        drawn = drawn or node in css_struck
        # "regular" is left out on purpose: themes name the normal price "price--regular".
        names = node.get("class", "") + " " + node.get("id", "") + " " + _test_hooks(node)
        named = named or _names_former(names) or (depth == 1 and _list_price_line(names, el))
    return drawn, named


# A rule of a style sheet that draws its elements struck: "text-decoration: line-through" or
# "text-decoration-line: line-through", among its declarations.
_STRUCK_DECLARATION = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.I)
# A selector of one element by its classes or its id: ".kXbBnZ", "span.old", ".origin-price[data-v-5f1e2a3c]" (Vue's
# scoped styles), "#brxe-ahdkzp" (page builders that style each element they place by its own generated id: Bricks'
# inline style sheet strikes a regular price so, no class saying so); not one of a state (":hover", "::before").
_ONE_ELEMENT_BY_NAME = re.compile(r"(?:[a-zA-Z][\w-]*)?(?:[.#][\w-]+)+(?:\[[^\]\[]*\])*")
# The same inside others, by their tags, classes or ids, joined by a space or ">": GoDaddy's atomic classes are all
# scoped under the class its <body> holds (".x .c1-2f"), Tailwind's under an id when set "important" ("#app
# .line-through"). Matched as written, so ".cart .old" strikes only an ".old" inside a ".cart".
_INSIDE_ANOTHER = re.compile(r"(?:(?:[a-zA-Z][\w-]*|(?:[a-zA-Z][\w-]*)?(?:[.#][\w-]+)+)(?:\[[^\]\[]*\])*(?: > | ))+")


def _struck_selector(selector: str) -> bool:
    """Whether a selector of a line-through rule is read: one element by its classes or id, alone or inside
    at most four others (`_INSIDE_ANOTHER`; a page's scoping rules have two or three parts, and a
    selector of thousands would cost its matching as much); the spaces around a ">" written one way,
    so each pattern runs once."""
    if _ONE_ELEMENT_BY_NAME.fullmatch(selector):
        return True
    selector = " > ".join(part.strip() for part in " ".join(selector.split()).split(">"))
    if selector.count(" ") - selector.count(">") > 4:
        return False
    head, _, last = selector.rpartition(" ")
    return bool(head) and bool(_ONE_ELEMENT_BY_NAME.fullmatch(last)) and bool(_INSIDE_ANOTHER.fullmatch(head + " "))
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def css_struck_elements(tree) -> frozenset:
    """The elements that the page's own <style> elements draw line-through by a rule of one element
    by its classes or its id, alone or inside others (`_struck_selector`). Apps whose styles are generated name
    their elements by hashed classes ("sc-jOrMOR kXbBnZ", styled-components; CSS modules; emotion;
    GoDaddy's ".x .c1-2f"), and the strike of a former price lives only in
    the rule of its class, in a <style> of the page: Frávega's "$1.199.999" above "$899.999". Each rule
    is matched as written, its tag and attributes too, by lxml's CSS selector engine (cssselect, as
    Scrapy's parsel uses): "del.price" strikes the <del class="price"> and not the live <span
    class="price"> beside it (review R5). Read in one pass over the rules, split at their braces (no
    backtracking on a style sheet of any size)."""
    selectors: set[str] = set()
    for style in tree.iter("style"):
        text = style.text or ""
        if "line-through" not in text:
            continue
        for rule in _CSS_COMMENT.sub("", text).split("}"):
            head, brace, body = rule.rpartition("{")
            if not brace or not _STRUCK_DECLARATION.search(body):
                continue
            selectors.update(selector.strip() for selector in head.rpartition("{")[2].rpartition(";")[2].split(",")
                             if _struck_selector(selector.strip()))
    found: set = set()
    for selector in selectors:
        try:
            found.update(CSSSelector(selector, translator="html")(tree))
        except (SelectorError, etree.XPathError):  # a selector cssselect cannot read strikes nothing
            continue
    return frozenset(found)


# A price's name in an element's names, in the languages themes name prices in.
_PRICE_NAMED = re.compile(r"price|preis|prix|prezzo|precio|pre[cç]o|prijs|cena|hinta", re.I)


def _names_former(names: str) -> bool:
    """Whether an element's names (class, id, test hooks) name a former price (`_STRUCK_CLASS`)."""
    return any(match.group(0).casefold() != "list" or not _list_of_things(names)
               for match in _STRUCK_CLASS.finditer(names))


def _list_price_line(names: str, amount) -> bool:
    """"list" in the names of the line that holds a price-named amount as its own child: Ubercart's "<div
    class='product-info product list'><span class='uc-price-label'>…</span> <span class='uc-price'>€79.00</span>
    </div>", its label in the shop's language (a Maltese shop's "Prezz tal-lista:" went unread). A list of things
    holds its items' prices deeper, in its items, or names them no price."""
    return bool(_PRICE_NAMED.search(amount.get("class", ""))) and any(
        match.group(0).casefold() == "list" for match in _STRUCK_CLASS.finditer(names))


def _list_of_things(names: str) -> bool:
    """"list" ending a name names a list price only in a price's name ("price list", "price--list"); in any
    other it is a list of things: "product-form__variants-list" holds Solidus's variant radios, each with
    its variant's price in a data- attribute, "swatch-list", "option-list"."""
    return not _PRICE_NAMED.search(names)


def _in_skipped(el) -> bool:
    return _in_chrome(el)


_CHROME_TAGS_BUT_HEADER = (*_SKIP_TAGS, "nav", "footer")
_CHROME_TAGS = (*_CHROME_TAGS_BUT_HEADER, "header")


def _in_chrome(el, header: bool = True) -> bool:
    """Inside what is not the page's text (script, style...) or its chrome (nav, footer and,
    unless `header` is False, header: HTML5 pages also head an article with <header>)."""
    return next(el.iterancestors(*(_CHROME_TAGS if header else _CHROME_TAGS_BUT_HEADER)), None) is not None


def _in_link(el) -> bool:
    return (el.tag == "a" and bool(el.get("href"))) or any(a.get("href") for a in el.iterancestors("a"))


def _elements(tree):
    """Every element of the page's document in reading order (what XPath's `//*` selects),
    for searches that stop at the first match: a Python loop that stops there is faster
    than an XPath that tests every element first."""
    return tree.getroottree().getroot().iter(etree.Element)


def _document_order(tree) -> dict:
    return {el: i for i, el in enumerate(tree.iter())}
