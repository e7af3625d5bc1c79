"""What a page costs to read, and whether it was read whole: the bound on the
elements a page may open before extraction parses it (`over_element_bound`),
and structured data the HTML parser lost by stopping its tree (`structured_data_lost`).
"""

from __future__ import annotations

import re

from scrapy.http import TextResponse


# A JSON-LD script tag and a microdata item as markup, not as words in a script (a tag manager's
# code names "application/ld+json" on pages that carry none: that page is not one read in part).
_LD_TAG = re.compile(rb"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json", re.I)


_ITEM_TAG = re.compile(rb"<[a-z][a-z0-9]*\b[^<>]*\sitemtype\s*=", re.I)


# libxml2 stops building a tree at 256 levels (2,048 with huge_tree): a page as deep as this was
# cut by the parser; no page a person reads nests its markup anywhere near it.
_CUT_DEPTH = 250


_START_TAG = re.compile(rb"<[A-Za-z]")


def over_element_bound(body: bytes, limit: int) -> bool:
    """Whether the page's markup opens more than `limit` elements (start tags counted in its bytes,
    the count stopped past the limit). Every element costs a tree node, so this bounds what a parse
    costs whatever the page's size in bytes: a page of text (S4's 9.5 MB on one line) is cheap, one
    of tags is not. `<` is counted first, in C: a page with fewer cannot open more elements.

    >>> over_element_bound(b"<p>" * 3, 3), over_element_bound(b"<p>" * 4, 3), over_element_bound(b"a < b" * 9, 3)
    (False, True, False)
    """
    if limit <= 0 or body.count(b"<") <= limit:
        return False
    for count, _ in enumerate(_START_TAG.finditer(body), 1):
        if count > limit:
            return True
    return False


def structured_data_lost(response: TextResponse) -> str | None:
    """"JSON-LD" or "microdata" when the parser stopped building the page's tree (it reached the
    depth where libxml2 stops) and the page's bytes hold such markup that the tree lacks; else
    None. Markup held in a script's text (a template, a string injected later) is no loss: the
    tree is judged, not only the bytes.

    >>> from scrapy.http import HtmlResponse
    >>> ld = b'<script type="application/ld+json">{}</script>'
    >>> structured_data_lost(HtmlResponse("http://s.test/", body=b"<div>" * 3000 + ld, encoding="utf-8"))
    'JSON-LD'
    >>> structured_data_lost(HtmlResponse("http://s.test/", body=b"<body>" + ld + b"</body>", encoding="utf-8"))
    """
    body = response.body
    if _LD_TAG.search(body) and not response.xpath("//script[contains(@type, 'ld+json')]"):
        missing = "JSON-LD"
    elif _ITEM_TAG.search(body) and not response.xpath("//*[@itemtype]"):
        missing = "microdata"
    else:
        return None
    return missing if _reaches_depth(response.selector.root, _CUT_DEPTH) else None


def _reaches_depth(root, depth: int) -> bool:
    """Whether the tree nests an element `depth` levels deep: one walk, stopped there."""
    from lxml import etree

    level = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        level += 1 if event == "start" else -1
        if level >= depth:
            return True
    return False
