"""Product page -> offers: structured data first, then visible-page heuristics.

`extract_offers` is a pure function of a page (a Scrapy response, HTML text or
bytes) so it is tested on saved pages without a reactor and shared by the
spider and `storecheck extract`. Evidence is taken strongest first:

1. JSON-LD Product / ProductGroup / Offer / AggregateOffer (also inside
   `@graph` and arrays; broken JSON that browsers tolerate is repaired),
2. microdata (schema.org Product),
3. OpenGraph `product:price:*` / `og:price:*` meta tags,
4. visible HTML: the price next to the page's h1, a struck-through was-price,
   availability text, "SKU:" / "EAN" / "UPC" labels and table rows.

A weaker source only fills fields a stronger one left empty, and the
competitor's configured selectors win over everything. Every rule here is
generic (schema.org, common shop markup, common words in a few languages);
a rule that fits one site belongs in that competitor's selectors instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import urljoin

import lxml.html
from babel.numbers import get_currency_precision
from lxml import etree

from crawlers.extraction.availability import availability_in_stock
from crawlers.extraction import identifiers as _identifiers
from crawlers.extraction.identifiers import id_in_url
from crawlers.extraction.page import _own_text, folded, plain_text
from crawlers.extraction.price_candidates.scoring import LOWEST_PRICE, _near
from crawlers.extraction.price_candidates.words import MEMBERS_PRICE
from crawlers.extraction import prices as _prices
from crawlers.extraction.prices import page_currency_hints, parse_price_text, settle_currency
from crawlers.extraction.selectors import _from_selectors
from crawlers.extraction.structured_data import (
    _fill,
    _from_jsonld,
    _from_microdata,
    _from_opengraph,
    shown_for_other_subject,
)
from crawlers.extraction.inline_state import from_inline_state
from crawlers.extraction.visible_page import read_visible
from storecheck.catalogue import spoilt_text
from storecheck.models import normalise_gtin
from storecheck.money import every_reading, sign_currencies
from storecheck.money import words as _money_words

__all__ = ["extract_offers", "explain_offers", "availability_in_stock", "parse_price_text", "plain_text"]


def extract_offers(
    response_or_html: Any,
    url: str | None = None,
    *,
    selectors: Mapping[str, str | None] | Any | None = None,
    currency: str | None = None,
    decimal_separator: str | None = None,
    shop_currency: str | None = None,
) -> list[dict]:
    """Offers found on one page, as dicts with the fields of `storecheck.models.Offer`
    plus `availability` (schema.org name) and `source` (json-ld / microdata /
    opengraph / html / selectors). An empty list when the page shows no product.

    `selectors` (field -> CSS, or XPath prefixed `xpath:`) win over every
    heuristic; `currency` is the competitor's currency, used when the page's
    structured data states none and its sign ("$") can mean it;
    `shop_currency` (ours) only when nothing on the page settles it
    (`prices.settle_currency`); `decimal_separator` fixes how visible prices
    are read.
    """
    return _extract(response_or_html, url, selectors, (currency, shop_currency), decimal_separator)


def explain_offers(
    response_or_html: Any,
    url: str | None = None,
    *,
    selectors: Mapping[str, str | None] | Any | None = None,
    currency: str | None = None,
    decimal_separator: str | None = None,
    shop_currency: str | None = None,
) -> dict:
    """How one page was read, for `storecheck extract --explain`: `offers` (as
    `extract_offers` gives them), `sources` (what each source found on its own, in the
    order they are taken) and `price` (the visible page's amounts: the candidates
    with their scores and reasons, best first, the winner and the amounts left out, with why)."""
    trace: dict[str, Any] = {"sources": {}}
    trace["offers"] = _extract(response_or_html, url, selectors, (currency, shop_currency), decimal_separator, trace)
    return trace


def _extract(response_or_html, url, selectors, currencies: tuple[str | None, str | None], decimal_separator,
             trace: dict | None = None) -> list[dict]:
    def found(source: str, value: Any) -> None:
        if trace is not None:
            trace["sources"][source] = value

    html, url = _html_and_url(response_or_html, url)
    if not html or not html.strip():
        return []
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    base_url = _base_url(tree, url)
    canonical = _canonical_url(tree, base_url) or url

    others: list[dict] = []  # events, places and businesses the structured data describes
    offers = _from_jsonld(tree, base_url, others)
    found("json-ld", [dict(o) for o in offers])
    source = "json-ld"
    microdata = _from_microdata(tree, base_url, others)
    found("microdata", [dict(o) for o in microdata])
    if not offers:
        offers, source = microdata, "microdata"
    elif len(offers) == 1 and len(microdata) == 1:
        _fill(offers[0], microdata[0])
    opengraph = _from_opengraph(tree)
    found("opengraph", dict(opengraph) if opengraph else None)
    if not offers and opengraph and opengraph.get("price") is not None:
        offers, source = [opengraph], "opengraph"
    elif len(offers) == 1 and opengraph:
        if offers[0].get("price") is None and opengraph.get("price") == offers[0].get("_low_price") is not None:
            # The tags repeat the lowest of several prices the structured data left out (BigCommerce writes
            # its range's low end in product:price:amount): no more one product's price there than here.
            opengraph = {key: value for key, value in opengraph.items() if key not in ("price", "regular_price")}
        _fill(offers[0], opengraph)
    for offer in offers:
        offer.setdefault("source", source)

    visible, reading = read_visible(tree, decimal_separator=decimal_separator, currency=currencies[0])
    if decimal_separator is None and (mark := _prices.thousandths_mark(reading, offers, currencies[0])):
        decimal_separator = mark
        visible, reading = read_visible(tree, decimal_separator=mark, currency=currencies[0])
    found("visible page", dict(visible) if visible else None)
    if trace is not None:
        trace["price"] = reading
    # A page about an event or a business shows its name and its prices (tickets, a menu), not a product's.
    elsewhere = not offers and visible is not None and bool(others) and shown_for_other_subject(visible, others)
    if elsewhere:
        found("visible page", {"left out": "the page is about an event, a place or a business its structured data "
                                            f"describes ({visible.get('name')!r})"})
        visible = None
    if len(offers) > 1 and visible is not None:
        offers = _the_shown_product(offers, visible.get("name"), base_url, {canonical, url})
    if not offers and visible is not None:
        offers = [visible]
    elif len(offers) == 1 and visible is not None:
        _prefer_shown_id(offers[0], visible.get("_shown_sku"), tree, visible.get("mpn"))
        _prefer_shown_variants_price(offers[0], visible)
        _prefer_confirmed_price(offers[0], opengraph, visible)
        _prefer_shown_in_its_own_currency(offers[0], visible, reading, currencies[0])
        _prefer_currency_shown_by_its_code(offers, visible, reading)
        _prefer_shown_over_unshown_currency(offers[0], visible, reading, decimal_separator, currencies[0])
        _prefer_shown_over_hundredths(offers[0], visible, reading, decimal_separator)
        _prefer_shown_over_grouped(offers[0], visible, reading, decimal_separator)
        _prefer_shown_over_structured(offers[0], visible, reading, decimal_separator)
        _prefer_shown_over_net(offers[0], visible, reading, tree)
        _prefer_shown_lowest_of_several(offers[0], visible, reading)
        _prefer_shown_out_of_stock(offers[0], visible)
        _prefer_shown_in_stock(offers[0], visible)
        _fill(offers[0], _without_sign_of_another_amount(offers[0], visible))
    elif visible is not None:
        _variants_of_shown_id(offers, visible.get("_shown_sku"))
        _shown_variant_first(offers, visible, {canonical, url, _og_url(tree, base_url)}, base_url)
        _prefer_currency_shown_by_its_code(offers, visible, reading)
        _shown_was_price(offers, visible)
    # Script state last: analytics objects often hold a price without tax, so it only fills gaps,
    # and it is read only when there is a gap to fill (or --explain asks what it holds).
    gap = not offers or (len(offers) == 1 and (offers[0].get("price") is None or not offers[0].get("sku")))
    state = from_inline_state(tree, offers[0].get("name") if len(offers) == 1 else None) if gap or trace is not None else None
    found("inline state", state)
    if not offers and state is not None and not elsewhere:
        offers = [state]
    elif len(offers) == 1 and state is not None and gap:
        if offers[0].get("price") is None and state.get("price") is not None:
            offers[0]["source"] = f"{offers[0].get('source', 'html')}+inline-state"
        if offers[0].get("price") not in (None, state.get("price")):
            state = {key: value for key, value in state.items() if key != "regular_price"}  # another price's former one
        _fill(offers[0], state)
    if len(offers) == 1:
        _id_from_url(offers[0], canonical or tree.xpath("string((//meta[@property='og:url']/@content)[1])").strip(), html)

    if selectors:
        chosen = _from_selectors(html, selectors, decimal_separator=decimal_separator)
        found("selectors", chosen or None)
        if chosen:
            if not offers:
                offers = [{"source": "selectors"}]
            if len(offers) == 1:
                offers[0].update(chosen)
                offers[0]["source"] = "selectors" if offers[0].get("source") in (None, "html") else offers[0]["source"] + "+selectors"

    hints = page_currency_hints(tree, canonical or url) if offers else []
    return [_finish(offer, canonical, base_url, currencies, hints, index, len(offers)) for index, offer in enumerate(offers)]


def _html_and_url(source: Any, url: str | None) -> tuple[str, str | None]:
    if hasattr(source, "text") and hasattr(source, "url"):  # a Scrapy TextResponse
        return source.text, url or source.url
    if isinstance(source, bytes):
        from w3lib.encoding import html_to_unicode

        _, text = html_to_unicode(None, source)
        return text, url
    return str(source or ""), url


def _base_url(tree, url: str | None) -> str | None:
    href = tree.xpath("string(//base/@href)").strip()
    if href:
        return urljoin(url or "", href)
    return url


def _canonical_url(tree, base_url: str | None) -> str | None:
    href = tree.xpath("string(//link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href)").strip()
    if href:
        return urljoin(base_url or "", href)
    return None


def _prefer_shown_id(offer: dict, shown: str | None, tree, shown_model: str | None = None) -> None:
    """The shop's own id is the one it shows people ("Product code: 46286401"), not an
    internal one only its markup carries. The markup's id stays the product's key, so a
    product keeps its identity across versions of this reading."""
    machine = offer.get("sku")
    if not machine or shown == machine:
        return
    if shown and _shown_as_makers(machine, shown_model):
        # The markup's id is the one the page labels the maker's ("Modèle : SM-A556BLBCMWD") while it shows
        # its own under the shop's label ("Réf : 140522"): the markup filled its sku with the maker's model.
        offer["_key_sku"] = machine
        offer["sku"] = shown
        offer["mpn"] = offer.get("mpn") or machine
        return
    if _shown_whole(machine, tree):
        return  # the markup's id is shown too: it is the shop's own
    shown = shown or _shown_form(machine, tree)
    if not shown:
        return
    offer["_key_sku"] = machine
    offer["sku"] = shown


_LAST_PART = re.compile(r"^(.+[-_./])([^-_./]+)$")


def _sibling_codes(a: str, b: str) -> bool:
    """Two codes of one stem whose last parts differ ("MSS-DIOR-SAUV-60", "MSS-DIOR-SAUV-100"): two variants' skus."""
    first, second = _LAST_PART.match(a), _LAST_PART.match(b)
    return bool(first and second and first.group(1) == second.group(1) and first.group(2) != second.group(2))


def _prefer_shown_variants_price(offer: dict, visible: dict) -> None:
    """One structured Offer whose id the page does not show, a sibling of the id it shows (another variant's:
    Swell's JSON-LD gives the first size's, '…-60' at 72.00, where the page shows the chosen 100 ml, '…-100' at
    £89.00 beside £118.00): the page's price and former price are the shown variant's, and so is the key. A
    price the page shows for the Offer's own id, or beside an id of another kind, stays the structured one's."""
    machine, shown = offer.get("_key_sku"), offer.get("sku")
    price = visible.get("price")
    if not machine or not shown or price is None or price == offer.get("price") or not _sibling_codes(machine, shown):
        return
    if offer.get("currency") and visible.get("currency") and offer["currency"] != visible["currency"]:
        return
    offer["price"], offer["regular_price"] = price, visible.get("regular_price")
    offer.pop("_key_sku")
    offer["source"] = f"{offer.get('source')}+html"


def _shown_whole(code: str, tree) -> bool:
    """Whether the page's text shows `code` as a code of its own, not only as the start or a part of a longer one:
    a variable product's JSON-LD gives the parent's "HE-GREE-PULAR" where the page shows the selected variation's
    "HE-GREE-PULAR-18" (WooCommerce's SKU line, filled with the variation's), which is not the parent's shown."""
    pattern = re.compile(r"(?<![\w./-])" + re.escape(code) + r"(?![\w/]|[.-]\w)")
    return any(pattern.search(text) for text in tree.xpath(
        "//text()[contains(., $sku)][not(ancestor::script)][not(ancestor::style)]", sku=code))


def _shown_as_makers(machine: str, shown_model: str | None) -> bool:
    """Whether the structured data's sku is the value the page shows as the maker's model or part number."""
    return bool(shown_model) and machine.strip().casefold() == str(shown_model).strip().casefold()


def _shown_form(machine: str, tree) -> str | None:
    """The markup's id as the page writes it for people, with marks between its characters
    ("466/7999" for 4667999: a catalogue number as the shop prints it), when the page shows it
    only so; None when it is not shown at all (or too short to tell from another number)."""
    if len(machine) < 5 or not machine.isalnum():
        return None
    pattern = re.compile(r"(?<![\w/.-])" + r"[ /.-]?".join(map(re.escape, machine)) + r"(?![\w/-])")
    for text in tree.xpath("//text()[not(ancestor::script)][not(ancestor::style)]"):
        if len(text) >= len(machine) and (match := pattern.search(text)):
            return match.group(0)
    return None


def _variants_of_shown_id(offers: list[dict], shown: str | None) -> None:
    """Variants (sizes, colours: offers of one name, each with its own URL or barcode) whose
    markup names no product they belong to belong to the one whose id the page shows
    ("Article no. 12185160"): it becomes their parent key, so they are one product's."""
    if not shown or any(offer.get("parent_key") for offer in offers) or len({offer.get("name") for offer in offers}) != 1:
        return
    for offer in offers:
        offer["parent_key"] = shown


def _og_url(tree, base_url: str | None) -> str | None:
    value = tree.xpath("string((//meta[@property='og:url']/@content)[1])").strip()
    return urljoin(base_url or "", value) if value else None


def _shown_variant_first(offers: list[dict], visible: dict, page: set, base_url: str | None) -> None:
    """Of one product's variants' offers (one parent key), the one the page shows is put first, the product's
    reading: the one whose id the page shows, else the one whose URL is the page's, else the only one priced at
    the price the page shows. Shopify's Stiletto lists every variant's Offer, the first variant's first; a page
    opened on another ('?variant=…') shows that one's price and id, and the first Offer's were read. Where none
    or several answer, or an offer has neither id nor URL of its own (nothing to keep it apart), the order stays."""
    if len(offers) < 2 or offers[0].get("parent_key") is None \
            or any(offer.get("parent_key") != offers[0]["parent_key"] for offer in offers) \
            or any(not offer.get("sku") and not offer.get("url") for offer in offers):
        return
    shown_sku = visible.get("_shown_sku") or visible.get("sku")
    picked = [offer for offer in offers if shown_sku and offer.get("sku") == shown_sku]
    if len(picked) != 1:
        picked = [offer for offer in offers if offer.get("url") and urljoin(base_url or "", str(offer["url"])) in page]
    if len(picked) != 1 and visible.get("price") is not None:
        picked = [offer for offer in offers if offer.get("price") == visible["price"]]
    if len(picked) == 1 and picked[0] is not offers[0]:
        offers.remove(picked[0])
        offers.insert(0, picked[0])


def _shown_was_price(offers: list[dict], visible: dict) -> None:
    """The was-price the page shows beside its price belongs to the variants the markup prices at that
    price (a size, a colour: structured data rarely carries a former price)."""
    was, shown = visible.get("regular_price"), visible.get("price")
    if was is None or shown is None:
        return
    for offer in offers:
        if offer.get("price") == shown and offer.get("regular_price") is None:
            offer["regular_price"] = was


def _the_shown_product(offers: list[dict], title: str | None, base_url: str | None, page: set) -> list[dict]:
    """Of several products in the page's markup, the one the page shows (the only one whose name
    holds the page's title or is held by it, or the only product group whose variants' names do,
    on this page's URL or on none) with the variants its markup ties to it; the others are products it links to ("customers also bought", a slider of
    recommendations), which have pages of their own. A crawl that kept them would store each one
    again under this page, without its price or its name. When no product or several are named
    by the title, all are kept: a category page ("Shoes": "Running Shoes Aero", "Trail Shoes
    Grip", sandals...) or variants the markup does not tie together cannot be told from a page
    of one product here, and a listing's products left out would look delisted."""
    shown = folded(title)
    if len(shown) < 3:
        return offers

    def named(offer: dict) -> bool:
        name = folded(offer.get("name"))
        return len(name) >= 3 and (shown in name or name in shown)

    kept = [offer for offer in offers if named(offer)]
    # Variants the markup puts in one product group (one parent key) are one product.
    if len({offer.get("parent_key") or id(offer) for offer in kept}) != 1:
        return offers
    if not any(not offer.get("url") or urljoin(base_url or "", str(offer["url"])) in page for offer in kept):
        return offers
    parents = ({offer.get("parent_key") for offer in kept} | {offer.get("sku") for offer in kept}) - {None}
    kept_ids = {id(offer) for offer in kept}
    return [offer for offer in offers if id(offer) in kept_ids or offer.get("parent_key") in parents]


def _prefer_shown_lowest_of_several(offer: dict, visible: dict, reading) -> None:
    """A structured price the page shows as "from" that amount is the lowest of several prices, no one product's:
    Squarespace 7.0's JSON-LD gives one Offer, the first size's 189.00, where the page says "from 189.00" until a
    size is chosen (the sizes 189.00, 219.00, 249.00). Left out as the page's "from" is (a file's "From $109.90"
    is too); a structured price the page shows without "from", or a "from" of another amount, stays."""
    price = offer.get("price")
    if price is None or visible.get("price") is not None:
        return
    lowest = {text for text, why in reading.left_out if why == LOWEST_PRICE}
    shown = next((c for c in reading.candidates if c.lowest and c.text in lowest and c.amount == price), None)
    if shown is None:
        return
    offer["price"] = None
    offer.pop("regular_price", None)
    offer["price_left_out"] = f"{shown.text!r} is {LOWEST_PRICE}"


def _prefer_confirmed_price(offer: dict, opengraph: dict | None, visible: dict) -> None:
    """When the page's structured sources disagree on the price (JSON-LD or microdata one
    amount, the OpenGraph tags another), the one the visible page's price confirms is the
    price a person pays: two of three sources agree (an auction's JSON-LD keeps its
    starting price while its tags and its page show the current bid)."""
    price, tagged, shown = offer.get("price"), (opengraph or {}).get("price"), visible.get("price")
    if price is None or tagged is None or tagged == price or shown != tagged:
        return
    if opengraph.get("currency") not in (None, offer.get("currency")):
        return  # two currencies: the amounts differ for another reason
    offer["price"] = tagged
    offer["source"] = f"{offer.get('source')}+opengraph"


def _prefer_shown_in_its_own_currency(offer: dict, visible: dict, reading, competitors: str | None = None) -> None:
    """When the structured data prices in one currency and the page in another, and the page shows the
    structured amount in the structured data's currency beside its price as the lesser of the two (smaller,
    in brackets, further from the buy button), the page's price in its own currency is the price: the page
    says which currency it sells in, the structured data kept the other. CloudCart's OpenGraph still gave
    249.99 BGN after Bulgaria took the euro, on a page selling at "127,82 € (249,99 лв.)"; shops show a
    price in two currencies through a change of currency (Croatia's kuna, Bulgaria's leva) or as a
    conversion for visitors. A structured amount the page does not show, or shows as its price, stays.
    A sign of several currencies beside the page's price is the competitor's currency where that is set and is one
    the sign means, as the offer's currency is settled at the end (`settle_currency`): Afrikrea shows a Niamey
    shop's '45 900 FCFA' (XOF or XAF) with 'soit environ 69,97 €' under it, its JSON-LD the euros."""
    price, shown, chosen = offer.get("price"), visible.get("price"), reading.chosen
    theirs, ours = offer.get("currency"), visible.get("currency")
    if not ours and chosen is not None and chosen.symbol and competitors in (sign_currencies(chosen.symbol) or ()):
        ours = competitors
    if price is None or shown is None or chosen is None or not theirs or not ours or theirs == ours:
        return
    if not any(c.amount == price and c.symbol and theirs in sign_currencies(c.symbol) and c.score < chosen.score
               and _near(c, chosen) for c in reading.candidates) and not _shown_as_approximate(price, theirs, chosen.element):
        return
    offer["price"], offer["currency"] = shown, ours
    offer.pop("regular_price", None)  # in the other currency too, if any: the page's own fills it
    offer["source"] = f"{offer.get('source')}+html"


def _prefer_currency_shown_by_its_code(offers: list[dict], visible: dict, reading) -> None:
    """When the structured data gives the page's own price but says it is in another currency than the one whose
    code the page writes beside it, the page's currency is the price's: one amount cannot be both, and a code is
    the page's plainest statement of its currency. Shopify's Pipeline in Barbados writes '$1,199.00 BBD' (its
    money format with the currency) where the theme's JSON-LD prints the shop's base currency, 1199.00 'USD':
    twice the dollars' worth stored. Only a code, or a sign that means that one currency alone: not a sign of
    several currencies ('$'), nor a lone letter the competitor's currency made a sign (Lesotho's 'M' beside a
    JSON-LD in rand, at par, stays the structured data's), nor another amount (a conversion, which
    `_prefer_shown_in_its_own_currency` weighs). Where the structured data gives an offer per variant, one of
    them at the page's amount says the same of the currency they all give (Pipeline's offer per colour).
    A sign that shops mean as one currency but that can also mean the structured data's ('£', sterling to a shop,
    is the Falkland, Gibraltar and St Helena pounds' sign too: `storecheck.money.every_reading`) does not
    contradict it: the structured data settles the sign, as a currency a person sets does (a Stanley shop's
    microdata in FKP beside '£24.50' was read as sterling)."""
    shown, chosen, ours = visible.get("price"), reading.chosen, visible.get("currency")
    if shown is None or chosen is None or not ours or chosen.letter_sign or not chosen.symbol:
        return
    if set(sign_currencies(chosen.symbol) or ()) != {ours}:
        return
    said = {offer.get("currency") for offer in offers
            if offer.get("price") is not None and Decimal(str(offer["price"])) == Decimal(str(shown))}
    if len(said) != 1 or not (theirs := said.pop()) or theirs == ours or theirs in every_reading(chosen.symbol):
        return
    for offer in offers:
        if offer.get("currency") == theirs:
            offer["currency"] = ours
            offer["source"] = f"{offer.get('source')}+html"


# A word saying an amount is approximate, then the amount: a conversion beside the price, as `words._OTHER_BEFORE`
# reads one ("≈ USD 99.99", "approx. US$99.99", "about $99.99", "environ", "circa", "ongeveer", "etwa").
_APPROXIMATE = re.compile(r"(?:≈|\baprox(?:imadamente|\.)?|\bapprox(?:imately|\.)?|\babout|\benviron|\benv\.|\bcirca|"
                          r"\bongeveer|\betwa)\s*:?\s*", re.I)


def _shown_as_approximate(price: Decimal, currency: str, element) -> bool:
    """Whether the page writes `price` in `currency` as an approximate amount near its own price's element (within
    three ancestors): "≈ USD 99.99 at the shop's rate of 89,500 L.L." under "LBP 8,950,000", HCL Commerce's Emerald
    storefront in Lebanon. Such a line holds several numbers, so the page's reading keeps no candidate of it."""
    for ancestor in _ancestors_of(element, 3):
        text = _own_text(ancestor)
        if len(text) > 600:
            break
        for match in _APPROXIMATE.finditer(text):
            amount, sign = parse_price_text(text[match.end():match.end() + 24])
            if amount == price and sign and currency in (sign_currencies(sign) or {sign}):
                return True
    return False


def _ancestors_of(element, limit: int) -> list:
    return list(element.iterancestors())[:limit] if element is not None else []


def _prefer_shown_over_unshown_currency(offer: dict, visible: dict, reading, decimal_separator: str | None,
                                        competitors: str | None) -> None:
    """When the structured data prices in a currency the page shows no amount in at all, and the page's price
    is written with a sign of the page's own currency, the page's price is the price: a currency switcher
    (WooCommerce's WOOCS or WPML multi-currency, older Shopify themes under Markets) shows the visitor's currency
    while the structured data keeps the shop's base one, a different amount in a currency nobody on the page
    pays in (Kabul Digital's JSON-LD 345.00 USD beside '24,500 ؋'). A page that shows any amount in the
    structured data's currency, or the structured amount itself, leaves it to the other rules
    (`_prefer_shown_in_its_own_currency` weighs two currencies shown side by side). Only where the competitor's
    currency is set and is the page's: with nothing but the page to go by, a structured price in a currency the
    page does not show stays (tests/test_pages11_rules.py: OpenGraph's leva beside a page in euros)."""
    price, shown, chosen = offer.get("price"), visible.get("price"), reading.chosen
    theirs, ours = offer.get("currency"), visible.get("currency")
    if price is None or shown is None or chosen is None or not theirs or not ours or theirs == ours:
        return
    if competitors != ours:
        return
    if not chosen.symbol or ours not in (sign_currencies(chosen.symbol) or ()):
        return  # the page's currency is not written beside its price: the setting gave it, not the page
    amount = Decimal(str(price))
    if any(c.amount == amount or (c.symbol and theirs in (sign_currencies(c.symbol) or ())) for c in reading.candidates):
        return
    for text, _ in reading.left_out:
        left, sign = parse_price_text(text, decimal_separator)
        if left == amount or (sign and theirs in (sign_currencies(sign) or ())):
            return
    offer["price"], offer["currency"] = shown, ours
    offer.pop("regular_price", None)  # in the base currency too, if any: the page's own fills it
    offer["source"] = f"{offer.get('source')}+html"


def _prefer_shown_over_hundredths(offer: dict, visible: dict, reading, decimal_separator: str | None) -> None:
    """When the structured data's price is the page's price times a hundred and the page shows that amount
    nowhere, the structured data wrote the price in hundredths (cents, øre, aurar), as a system that keeps
    money in its smallest unit does when its template prints the stored number: ELKO's JSON-LD gave
    5999500 for "59.995 kr.", and a Shopify theme's JSON-LD that prints `product.price` without its money
    filter gives 2499 for "$24.99". The page's price is the price; an amount the page shows stays."""
    price, shown = offer.get("price"), visible.get("price")
    if price is None or shown is None or Decimal(str(price)) != Decimal(str(shown)) * 100:
        return
    if offer.get("currency") and visible.get("currency") and offer["currency"] != visible["currency"]:
        return
    amount = Decimal(str(price))
    if any(c.amount == amount for c in reading.candidates) or any(
            parse_price_text(text, decimal_separator)[0] == amount for text, _ in reading.left_out):
        return
    offer["price"] = shown
    offer["source"] = f"{offer.get('source')}+html"


def _prefer_shown_over_grouped(offer: dict, visible: dict, reading, decimal_separator: str | None) -> None:
    """When the structured data's price is written with three decimals, the page's price is that number times
    a thousand and the page shows the structured amount nowhere, the structured data wrote the price as the
    page writes it, its mark for thousands read as a decimal point: Gollo's JSON-LD gave "329.900" for
    '₡329.900', 329,900 colones, as a template that prints the shop's formatted price into the markup does
    wherever a dot groups thousands (most of Latin America and Europe). Not in a currency counted in
    thousandths (the CLDR's: "89.900" is 89 dinars 900 fils), and not for a number the markup wrote as one
    (89.9): only three digits written after the point say it was grouped. The page's price is the price."""
    price, shown = offer.get("price"), visible.get("price")
    if not isinstance(price, Decimal) or shown is None or price.as_tuple().exponent != -3:
        return
    if Decimal(str(shown)) != price * 1000:
        return
    currency = offer.get("currency") or visible.get("currency")
    if offer.get("currency") and visible.get("currency") and offer["currency"] != visible["currency"]:
        return
    if currency and get_currency_precision(str(currency).upper()) == 3:
        return
    if any(c.amount == price for c in reading.candidates) or any(
            parse_price_text(text, decimal_separator)[0] == price for text, _ in reading.left_out):
        return
    offer["price"] = shown
    offer["source"] = f"{offer.get('source')}+html"


def _prefer_shown_over_structured(offer: dict, visible: dict, reading, decimal_separator: str | None) -> None:
    """When the structured data's price is an amount the visible page shows as something else, the
    page's own price is the price anyone pays: the former price beside the page's price (a sale the
    structured data was not updated for: Public's JSON-LD kept 99.99 while the page sold at 69.99 with
    99.99 as "Αρχική τιμή"), or a members' or card's price (Falabella's JSON-LD gives the store card's
    price, which the page labels with the card). The page says what that amount is; a price the page
    does not show, or shows as nothing else, stays the structured data's."""
    price, shown = offer.get("price"), visible.get("price")
    if price is None or shown is None or shown == price:
        return
    if offer.get("currency") and visible.get("currency") and offer["currency"] != visible["currency"]:
        return  # two currencies: the amounts differ for another reason
    if visible.get("regular_price") == price:
        offer["regular_price"] = price
    elif not any(why.startswith(MEMBERS_PRICE) and parse_price_text(text, decimal_separator)[0] == price
                 for text, why in reading.left_out):
        return
    offer["price"] = shown
    offer["source"] = f"{offer.get('source')}+html"


# Rates of value-added tax, GST and sales tax in force in the countries shops sell from (standard and
# reduced), in percent: a price with tax is one of these above the price without it.
_TAX_RATES = tuple(Decimal(rate) for rate in (
    "5", "6", "7", "7.7", "8", "8.1", "9", "10", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24",
    "25", "25.5", "27"))
_CENT = Decimal("0.01")


def _with_tax(net: Decimal, gross: Decimal) -> Decimal | None:
    """The tax rate that makes `net` into `gross` to the cent (either way of rounding), or None."""
    for rate in _TAX_RATES:
        factor = 1 + rate / 100
        if (net * factor).quantize(_CENT) == gross or (gross / factor).quantize(_CENT) == net:
            return rate
    return None


def _prefer_shown_over_net(offer: dict, visible: dict, reading, tree) -> None:
    """When the structured data's price is the page's price without tax, the page's own price is the
    price anyone pays: the Spartacus shop's JSON-LD gives 365.85 on a page that sells at 449,99 € and
    says "(365,85 € s/ IVA)" beside it; 449.99 is 365.85 and Portugal's 23% to the cent. The page must
    show the lower amount in its text (it says what that amount is, in whatever words) and not as a
    price of its own (a candidate the reader weighed): an amount a tax rate apart by chance, a sale
    price beside its former price, stays the structured data's. Where the structured data says its price
    is without tax (`valueAddedTaxIncluded` false), the page need not show it: WooCommerce's JSON-LD gives
    11303.48 NAD so on a page selling at N$12,999.00 incl. VAT (Namibia's 15% to the cent)."""
    price, shown = offer.get("price"), visible.get("price")
    if price is None or shown is None or not isinstance(price, Decimal) or not isinstance(shown, Decimal) or price >= shown:
        return
    if offer.get("currency") and visible.get("currency") and offer["currency"] != visible["currency"]:
        return
    if any(c.amount == price for c in reading.candidates) or _with_tax(price, shown) is None:
        return
    # Where the structured data itself says its price is without tax (`valueAddedTaxIncluded` false: WooCommerce's
    # JSON-LD when a shop enters prices without tax and shows them with it), that is what the amount is: the page
    # need not also show it.
    if not offer.get("_without_tax") and not _shown_in_text(price, tree) and (
            offer.get("_with_tax") or not _says_tax_included(tree)):
        return
    offer["price"] = shown
    offer["source"] = f"{offer.get('source')}+html"


# A page's words that its prices include tax: the notes shops print beside a price ("incl. VAT", "Tax included.",
# "IVA incluido", "TTC": the money reader's own words) and the sentence of a footer or a price box, "prices include
# (8%) GST", in the languages shops write it ("Precios incluyen IVA", "Os preços incluem IVA", "Les prix incluent
# la TVA", "Preise enthalten MwSt.").
_SAYS_TAX_INCLUDED = re.compile(
    # Turkish writes the tax before "included" ("KDV Dahil" beside the price, "Tüm fiyatlara KDV dahildir." in a
    # footer: IdeaSoft's and Ticimax's shops). "Including" may name the rate before the tax, as the EU's shops print
    # the note most: "inkl. 19 % MwSt.", "incl. 21% BTW", "Präis inkl. 17 % TVA" (Luxembourg).
    rf"(?<![^\W\d_])(?:{_money_words._INCLUDED}|kdv\s+dahil(?:dir)?|"
    rf"(?:incl(?:uding|usive|uded)?|inkl(?:usive)?|inc|with|mit|avec|con|com)\.?\s*\d+(?:[.,]\d+)?\s*%\s*{_money_words._TAXES}|(?:prices?|precios?|pre[çc]os?|prix|preise?|prezzi)\s+(?:includes?|"
    rf"incluyen|incluye|incluem|inclui|incluent|comprennent|enthalten|includono)\s+(?:(?:la|le|el|o|a|die)\s+)?"
    rf"(?:\d+(?:[.,]\d+)?\s*%\s*)?{_money_words._TAXES})(?![^\W\d_])",
    re.I,
)


def _says_tax_included(tree) -> bool:
    """Whether the page says its prices include tax, anywhere in its text (`_SAYS_TAX_INCLUDED`): with a
    structured price a tax rate under the page's to the cent, the structured data gave the price without
    it though it did not say so (BigCommerce's JSON-LD 28935.19 beside 'MVR31,250.00' and 'Price includes
    8% GST'; Max's 4463.39 beside 'Q4,999.00' and 'Precios incluyen IVA.')."""
    text = " ".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    return _SAYS_TAX_INCLUDED.search(text) is not None


def _shown_in_text(amount: Decimal, tree) -> bool:
    """Whether the page's text shows `amount` with two decimals ("365.85", "365,85")."""
    text = " ".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    written = {f"{amount:.2f}", f"{amount:.2f}".replace(".", ",")}
    return any(re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d])", text) for form in written)


def _without_sign_of_another_amount(offer: dict, visible: dict) -> dict:
    """The visible page without its price's sign where the structured data gave another amount and named its
    currency: a sign goes with the amount it was written with. TiendasTec's JSON-LD gives 499.00 USD; its page
    prices 'REF 499,00' (dollars, no sign) over 'Bs. 18.253,42', its bolívars at the day's rate, which the
    visible page reads as its price; that 'Bs.' settled the structured 499.00 as bolívars. Where the page shows
    the structured amount itself, its sign is that price's and settles it as before. Nor does the page's former
    price go to a structured price in another currency than the page's: it is the page's price's former one
    (Centra's JSON-LD rendered for another market, 69.00 GBP, beside the page's '79,00 €' and former '95,00 €').
    The structured price is another amount, and was-prices are compared with their prices as numbers."""
    if offer.get("currency") and offer.get("price") is not None and visible.get("price") is not None \
            and offer["price"] != visible["price"]:
        dropped = {"_currency_symbol"}
        if visible.get("currency") and visible["currency"] != offer["currency"]:
            dropped.add("regular_price")
        return {key: value for key, value in visible.items() if key not in dropped}
    return visible


def _prefer_shown_out_of_stock(offer: dict, visible: dict) -> None:
    """Structured data that says in stock yields to a page that says out of stock and offers no buy
    button: Tesco's JSON-LD says InStock on a product whose page says "Sorry, this product is currently
    unavailable" where the add button would be. A page that still shows a buy button keeps the
    structured data's word (one size out of stock, a sold-out accessory beside the product)."""
    if offer.get("in_stock") is True and visible.get("in_stock") is False and visible.get("_no_buy_button"):
        offer["availability"], offer["in_stock"] = visible.get("availability") or "OutOfStock", False


def _prefer_shown_in_stock(offer: dict, visible: dict) -> None:
    """Structured data that says out of stock yields to a page that says in stock and shows its buy
    button left on: B.TECH's JSON-LD says OutOfStock on a washing machine whose page says "متوفر"
    (available) above its add-to-cart button, John Lewis's on a product its page sells. The mirror of
    `_prefer_shown_out_of_stock`: a page whose stock the reader takes only from its words, or whose
    button is switched off, hidden or missing, keeps the structured data's word."""
    if offer.get("in_stock") is False and visible.get("in_stock") is True and visible.get("_buy_button_on"):
        offer["availability"], offer["in_stock"] = visible.get("availability") or "InStock", True


def _id_from_url(offer: dict, page_url: str | None, html: str) -> None:
    """Many shops put their product id in the product's URL. It is the sku when the page
    gives none, or gives a barcode (GTIN, ISBN) as its sku, which goes to `gtin`."""
    sku = offer.get("sku")
    barcode = normalise_gtin(sku) if sku and re.fullmatch(r"\d{12,14}", sku) else None
    if sku and not barcode:
        return
    found = id_in_url(page_url, html) or (_identifiers.id_ending_url(page_url) if not sku else None)
    if not found or found == sku:
        return
    if barcode:
        offer["gtin"] = offer.get("gtin") or barcode
        offer["_key_sku"] = sku  # the product keeps its key
    else:
        offer["_key_sku"] = None  # the URL stays the product's key
    offer["sku"] = found


def _finish(offer: dict, page_url: str | None, base_url: str | None, currencies: tuple[str | None, str | None], hints: list,
            index: int, count: int) -> dict:
    result = dict(offer)
    settle_currency(result, currencies[0], hints, shop_currency=currencies[1])
    if result.get("price") is not None:
        result.pop("price_left_out", None)  # another source gave the product's own price
    for field in ("url", "image"):
        if result.get(field):
            result[field] = urljoin(base_url or "", str(result[field]))
    if not result.get("url"):
        result["url"] = page_url
    if result.get("regular_price") is not None and result.get("price") is not None and result["regular_price"] <= result["price"]:
        # A "was" price that is not higher is no saving; keep it out of promotions.
        if result["regular_price"] < result["price"]:
            result["regular_price"] = None
    if isinstance(result.get("sku"), str) and (code := _identifiers.structured_code(result["sku"])) != result["sku"]:
        # One code wrapped in square brackets in the markup ("[X1504VA-NJ1114W]", Tunisianet's microdata, as its
        # page prints its reference) or written after its label ("SKU IPT-GEN3500DF", Ecwid's) is that code; the
        # markup's value stays the key, so the product keeps its identity.
        result.setdefault("_key_sku", result["sku"])
        result["sku"] = code
    key = (result.pop("_key_sku") if "_key_sku" in result else result.get("sku")) or result.get("url") or page_url
    result.pop("_shown_sku", None)
    result.pop("_no_buy_button", None)
    result.pop("_buy_button_on", None)
    result.pop("_low_price", None)
    result.pop("_without_tax", None)
    result.pop("_with_tax", None)
    if (written := result.pop("_no_amount", None)) is not None and result.get("price") is None:
        result["price"] = written  # refused by the offer, named (`structured_data`): no product without a price
    if not result.get("sku") and count > 1 and result.get("url") == page_url:
        key = f"{page_url}#{index + 1}"
    result["key"] = key
    for field in ("name", "brand", "category", "description", "sku", "mpn"):
        if isinstance(result.get(field), str):
            # Text the shop's system spoilt before serving it ("cafÃ©": UTF-8 read once more as Latin-1; an
            # entity escaped twice) is mended as the imports mend it, where a sign of either shows
            # (`storecheck.catalogue.spoilt_text`); identifiers are kept as written, as there.
            text = result[field] if field in ("sku", "mpn") else spoilt_text.mend(result[field])
            result[field] = plain_text(text)
    return result
