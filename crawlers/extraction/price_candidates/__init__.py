"""The visible price: every amount the page shows, scored by how shops show a product's price.

A page shows many amounts: the product's price and its former price, the cart
total in the header, related products, shipping, instalments, a price per
kilo, a price without tax. Each short text that reads as an amount is a
candidate when it carries a currency or sits in an element named for a price;
candidates in regions that are not the product (navigation, header, footer,
links to other pages, product tiles, hidden elements, option lists) and texts
that say what kind of other amount they are (per unit, shipping, a month,
excluding tax, you save, a deposit) are left out, and so are amounts whose
neighbouring words in their block say so ("or 4 payments of", "10x de ... sem
juros", "1 kg =", the EU's "lowest price of the last 30 days", a multibuy's
"Buy 2 for", a members' "Member price"). Words before
an amount can make it a former price ("Was:", "Regular price", "statt", "UVP":
themes print them for screen readers and strike the amount only in CSS), and
an amount at either end of a dash between two amounts is one end of a range,
the lowest of several prices as "From £5" is. The rest are scored:

- inside the product's block (the smallest part of the page holding its title
  and its buy button), and near the title in reading order;
- a currency written with the amount; a class or `itemprop` that names a price;
- prominence words in the class (current, sale, final, big) or a heading /
  bold tag, against small print;
- near the buy button.

A struck-through amount (del / s / strike, `line-through`, a class named
old / was / compare) is a former price: it is the price only when nothing else
is shown (some themes style the one price that way), otherwise the was-price of
the winner when it sits beside it and is higher. Every candidate keeps its
reasons, so `storecheck extract --explain` can show why the winner won.

The stages, each in a file named by it:

- `words`: the words that say what an amount is (in an element's names, its
  text, before or after it), in the languages shops write;
- `amount_text`: an element's own text read as one amount (its currency, its
  cents, without sizes, brackets, free-shipping notes or controls' text), and
  a data- attribute's JSON amount;
- `neighbours`: the words around a candidate in its block, and a members' or
  card's price;
- `regions`: the product's block, and the parts of the page that are not the
  product (navigation, tiles of other products, links, hidden parts);
- `scoring`: a candidate, its points and reasons, and which candidates stand
  beside each other;
- `former_prices`: reductions, savings, prices named former, and the struck
  was-price beside the winner;
- here, `read_price`: every element walked once, each stage asked in turn.

Cross-file names are read through the module (`_words.PRICE_WORD`), not
copied in by name, so switching a rule off in its own module
(`bench/extract_eval.py --rules`) reaches every place that uses it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from crawlers.extraction import page as _page
from crawlers.extraction.page import _STRUCK_TAGS, _ancestors, _strike_marks
from crawlers.extraction.prices import parse_price_text
from storecheck.money import says_lowest
from crawlers.extraction.price_candidates import amount_text as _amounts
from crawlers.extraction.price_candidates import former_prices as _former
from crawlers.extraction.price_candidates import neighbours as _neighbours
from crawlers.extraction.price_candidates import regions as _regions
from crawlers.extraction.price_candidates import scoring as _scoring
from crawlers.extraction.price_candidates import words as _words


def read_price(tree, title, buy, order: dict, decimal_separator: str | None = None,
               currency: str | None = None) -> _scoring.PriceReading:
    """Score every amount the page shows; see the module docstring for the rules."""
    block = _regions.product_block(title, buy)
    in_block = set(block.iter()) if block is not None else set()
    title_pos = order.get(title) if title is not None else None
    title_chain, buy_chain = _regions._chain(title), _regions._chain(buy)
    buy_box = _regions._buy_box(buy)
    candidates: list[_scoring.Candidate] = []
    left_out: list[tuple[str, str]] = []
    taken: dict[object, _scoring.Candidate] = {}
    range_lows: set[Decimal] = set()
    ranges: dict[object, tuple[Decimal, Decimal]] = {}  # an element whose text is a range -> its two ends
    from_attributes: list[_scoring.Candidate] = []
    reductions: list[tuple[int, Decimal]] = []
    shown_amounts: list[tuple[int, Decimal]] = []
    per_units: list[_scoring.Candidate] = []
    regions: dict = {}
    links: dict = {}
    headings = {node for node in in_block if title_pos is not None and order.get(node, -1) > title_pos}
    css_struck = _page.css_struck_elements(tree)
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _regions._OUTSIDE_TAGS:
            continue
        text = _amounts._short_amount_text(el)
        if text is not None and len(el) and _regions._holds_controls(el):
            text = _amounts._signs_as_written(_regions._text_outside_controls(el))
        if text is not None and "%" in text and (share := _former._reduction_shown(text)) is not None:
            reductions.append((order.get(el, 0), share))
        from_attribute = False
        in_json = None
        if text is None:
            value = el.get("content") if "price" in el.get("itemprop", "") else None
            value = value or el.get("data-price") or el.get("data-price-amount") or el.get("data-product-price")
            if not value and (in_json := _amounts._attribute_json_price(el)) is not None:
                value = str(in_json[0])
            if not value or not any(map(str.isdigit, value)):
                continue
            text, from_attribute = value, True
        amount, symbol = parse_price_text(text, decimal_separator)
        if in_json is not None:
            amount, symbol = in_json[0], in_json[2]  # a JSON number has one decimal mark, whatever the shop's
        if amount is None or amount <= 0:
            continue
        letter = None
        if symbol is None and not from_attribute and (letter := _amounts.letter_sign(text, currency)) is not None:
            symbol = letter  # "RRP K7,299.00" in a shop priced in kina
        # Attributes are read only for an element that holds an amount: most of a page holds none.
        attrs = _words._attrs(el)
        named = bool(_words.PRICE_WORD.search(attrs)) or from_attribute
        parent = el.getparent()
        named_above = named or any(_words.PRICE_WORD.search(_words._attrs(a)) for a in _ancestors(el, 2))
        if symbol and not _amounts._currency_beside_number(text, symbol):
            symbol = None
        struck_tag = el.tag in _STRUCK_TAGS
        if symbol is None and not named_above and not struck_tag:
            continue  # a bare number with nothing saying it is money
        piece_before = None
        if len(_amounts._NUMBER_GROUP.findall(text)) > 1 and not from_attribute:
            outside = _amounts._outside_brackets(text, decimal_separator) or _amounts._outside_sizes(text, decimal_separator)
            if outside is not None:
                text, amount, symbol = outside
        if len(_amounts._NUMBER_GROUP.findall(text)) > 1 and not from_attribute:
            piece = _amounts._own_piece(el, decimal_separator) if named else None
            if piece is None:
                left_out.append((text, "more than one number: a sentence or two prices, read through its parts"))
                if (ends := _amounts._range_ends(text, decimal_separator)) is not None:
                    range_lows.add(ends[0])
                    ranges[el] = ends
                continue
            text, amount, symbol, piece_before = piece
        why = _regions._outside_reason(el, title_chain, regions, headings, buy_box) or (
            "in a tile of a list of products" if _regions._tile_of_another_product(el, title_chain, links) else None
        ) or _regions._amount_in_a_link(el)
        if why:
            left_out.append((text, why))
            continue
        label = text
        if parent is not None and piece_before is None:
            parent_text = _amounts._short_amount_text(parent)
            # The parent is this amount's label ("Shipping: £3") only when it holds no other number.
            if parent_text and len(parent_text) <= _amounts._MAX_TEXT * 2 and len(_amounts._NUMBER_GROUP.findall(parent_text)) == 1:
                label = parent_text
        if piece_before is not None:
            before, after, before_all = piece_before, "", piece_before
        else:
            before, after, before_all = _neighbours.words_around(el, title_chain) if not from_attribute else ("", "", "")
        # The label's own words before its number count as words before the amount ("Was: $109.00").
        own_before = (before + " " + _amounts._NUMBER_GROUP.split(label, maxsplit=1)[0]).strip()
        own_before = _amounts._without_sign(own_before)
        if letter is not None and own_before.endswith(letter):
            own_before = own_before[:-1].rstrip()  # "RRP K": the words before the letter's amount
        members = _neighbours._members_price(el, own_before + " " + label)
        # A class's word for another amount yields to words before the amount that say it is a former price: Fortress's
        # theme prints '原價 HK$4,990' (original price) in 'base-price', German shops' name for a price per unit.
        names = _regions._without_products_block(el.get("class", "") + " " + el.get("id", ""), title_chain)
        if el in in_block:
            names = _regions._without_buy_buttons_namespace(names, buy, block)
        if buy is not None and (el is buy or any(node is buy for node in _ancestors(el, 3))):
            # Inside the product's buy button, the cart its names say is the one it adds to: Easy Digital Downloads
            # labels it '$29.00 – Purchase' in 'edd-add-to-cart-label', the page's only price; a cart's total sits in
            # the header or a drawer, never in the buy button.
            names = _words._CART_WORD.sub(" ", names)
        named_other = None if _words._FORMER_BEFORE.search(own_before) else _words._OTHER_AMOUNT_WORD.search(
            _words._PRICE_WITH_DISCOUNT.sub(" ", names))
        other = (_words._OTHER_AMOUNT_TEXT.search(_amounts._without_free_shipping(_amounts._without_sizes(label)))
                 or named_other
                 or _words._OTHER_BEFORE.search(own_before) or _words._MULTIBUY_BEFORE.search(own_before)
                 or members
                 or _words._OTHER_AFTER.search(_words._AMOUNT_IN_TEXT.split(after)[0])
                 or _words._LOWEST_OF_DAYS.search(own_before))
        per = None if other else _words._per_something(label, _words._AMOUNT_IN_TEXT.split(after)[0])
        # The amounts a saving may be read from (`_strike_by_saving`): those shown as a price, or said to be a
        # saving; not one the page says is a tax, a net price, a deposit or shipping, which add to a price
        # as a saving subtracts ("Netto 378,14 €" + "MwSt. 71,85 €" = "449,99 €"; "6,49 €" + "3,30 € Pfand").
        if not from_attribute and (not other or _words._SAVING_WORD.search(other.group(0))):
            shown_amounts.append((order.get(el, 0), amount))
        if other and not (from_attribute and "price" == el.get("itemprop")):
            left_out.append((text, f"{_words.MEMBERS_PRICE if other is members else 'says it is another amount'} "
                                   f"({other.group(0).strip()!r})"))
            continue
        ranged = bool(_words._RANGE_BEFORE.search(before_all) or _words._RANGE_AFTER.search(after))
        former = bool(_words._FORMER_BEFORE.search(own_before))
        drawn, named_former = _strike_marks(el, css_struck)
        struck_by = struck_tag or former or drawn or named_former
        candidate = _scoring.Candidate(el, amount, symbol, text, order.get(el, 0), struck=struck_by,
                              lowest=says_lowest(text) or says_lowest(label) or ranged,
                              named_only=named_former and not (drawn or struck_tag or former),
                              letter_sign=letter is not None and symbol == letter)
        if per is not None:
            candidate.reasons.append(f"an amount per something ({per.group(0).strip()!r}): the price only where no other is")
        if former:
            candidate.reasons.append(f"a former price by the words before it ({own_before[-30:]!r})")
        if ranged:
            candidate.reasons.append("one end of a range of prices")
        _scoring._score(candidate, el, named, named_above, from_attribute, title_chain, title_pos, buy_chain, block, in_block)
        if per is not None:
            # An amount per something ("19,79 €/kk", "$10/wk") loses to any amount the page shows as its
            # price, and is the price when the page shows no other: no word list holds every unit a shop
            # sells by ("8,99 zł/szt.", "Kč/ks", "€/kpl", "lei/buc.": a price per piece; review R3 of the
            # eighteenth session), while a part payment always stands beside the price it divides. Read as
            # any amount is (its former-price words, a range, a "from"), it waits apart from the others.
            per_units.append(candidate)
            left_out.append((text, f"says it is another amount ({per.group(0).strip()!r}), unless the page shows no other"))
            continue
        candidates.append(candidate)
        taken[el] = candidate
        if from_attribute:
            from_attributes.append(candidate)
        if in_json is not None and in_json[1] is not None and in_json[1] > amount:
            former_price = _scoring.Candidate(el, in_json[1], symbol, str(in_json[1]), candidate.position, struck=True)
            former_price.reasons.append("the former price the same attribute's JSON gives")
            _scoring._score(former_price, el, named, named_above, from_attribute, title_chain, title_pos, buy_chain, block, in_block)
            candidates.append(former_price)
    # An element inside a candidate adds nothing when it is the same amount ("12,49" in "€ 12,49") or a
    # piece of it without a currency ("329" of "R$ <span>329</span>,<span>90</span>"; "$35" in "$35 938
    # tickets" stays: the outer text reads two numbers as one). What it says
    # of the same amount counts: struck ("<li><span style='text-decoration: line-through'>£122.00</span>
    # </li>"), or shown prominently ("<li><h2>£98.00</h2></li>"), the outer one is too.
    kept = []
    # Innermost first, so what an inner amount says reaches the outermost one kept through every level
    # between (a strike on the <strong> inside the <span> inside the row's cell, Cafe24's).
    for c in reversed(candidates):
        outer = next((taken[a] for a in _ancestors(c.element, 3) if taken.get(a) is not None), None)
        if outer is None:
            kept.append(c)
            continue
        if outer.amount != c.amount:
            if c.symbol is None:
                continue
            kept.append(c)
            continue
        if c.struck:
            outer.named_only = c.named_only and (outer.named_only or not outer.struck)
        outer.struck = outer.struck or c.struck
        # The sign the inner text shows is the outer amount's when the outer one has none: an amount read
        # from an attribute ('<data value="449.90">449,90 €</data>', `data-price` on the price's block).
        outer.symbol = outer.symbol or c.symbol
        if c.score > outer.score:
            outer.reasons.append(f"{c.score - outer.score:+.1f} as its part {c.text!r} scores")
            outer.score = c.score
    candidates = _without_screen_readers_repeats(kept[::-1])
    for c in candidates:
        # A range whose numbers are split into parts ('¥' '699' '.00' '-' '899' '.00': Youzan's spans, each
        # read alone, without a sign) is still a range: a bare number that is one end of a range its
        # element's text reads is one end of it, as a whole "$24.99 - $34.99" is (`_RANGE_BEFORE`). So is an
        # amount with its sign whose range the words around it do not show as one: a sign those patterns do not
        # list, written after the amount, in a currency without cents ("٦٢٠٬٠٠٠ د.ع – ٩٩٠٬٠٠٠ د.ع", WooCommerce's
        # variable product in Iraqi dinars; "1 299 Kč – 1 599 Kč").
        if c.lowest:
            continue
        ends = next((ranges[a] for a in _ancestors(c.element, 3) if a in ranges), None)
        if ends is not None and c.amount in ends:
            c.lowest = True
            c.reasons.append("one end of a range its parts make")
    if per_units and not any(not c.struck for c in candidates):
        candidates = candidates + per_units
    for c in from_attributes:
        # An amount only an attribute holds ("data-product-price" on BigCommerce's product block) that is the
        # low end of a range the page shows ("$24.99 - $34.99") is that range's low end, not one price.
        if c.amount in range_lows and not c.lowest:
            c.lowest = True
            c.reasons.append("the low end of a range the page shows")
    if reductions:
        _former._strike_by_reduction(candidates, reductions)
    _former._strike_by_saving(candidates, shown_amounts)
    _former._price_named_former(candidates)
    current = [c for c in candidates if not c.struck]
    struck = [c for c in candidates if c.struck]
    ranked = sorted(current, key=lambda c: (-c.score, abs(c.position - (title_pos or 0))))
    chosen = ranked[0] if ranked else None
    best_struck = max(struck, key=lambda c: c.score) if struck else None
    if best_struck is not None and (chosen is None or best_struck.score > chosen.score) and not any(
        _scoring._near(best_struck, c) for c in current
    ):
        # A former price needs a current one beside it; alone, it is the price (themes that style the one price so).
        chosen = best_struck
        chosen.reasons.append("styled as a former price, but no current price beside it")
    elif chosen is not None and best_struck is not None and best_struck.score > chosen.score and not _scoring._near(
            best_struck, chosen):
        # The page's strongest amount is a former price, and the best current one stands elsewhere: the sale is the
        # former price and the current amount beside it, lower (itch.io's 'original_price' '$12.00' and '$8.40' by
        # the buy button, where another product's '$3.00' in a part named for a price outscored the '$8.40'). A shop
        # shows the product's own sale as its pair; an amount away from it is another thing's.
        paired = next((c for c in ranked if _scoring._near(best_struck, c) and c.amount < best_struck.amount), None)
        if paired is not None:
            chosen = paired
            chosen.reasons.append("beside the former price that outscores every current amount: the sale's pair")
    if chosen is not None and chosen.lowest and (selected := _selected_variants_price(ranked, block)) is not None:
        # A range of the variants' prices over the price of the one chosen (WooCommerce's variable product: the range
        # in the summary, the selected variation's price in "woocommerce-variation-price" once one is chosen): the
        # chosen variant's price is the price shown, as it is where a theme replaces the range with it.
        selected.reasons.append("the selected variant's price, beside the range of the variants' prices")
        chosen = selected
    if chosen is not None and chosen.lowest:
        # "From £5" is the product's own price: the lowest of several, no one product's price (as a file
        # import holds). No other amount stands in for it: beside it are the dearer variants or the was-price.
        left_out.append((chosen.text, _scoring.LOWEST_PRICE))
        chosen = None
    regular = _former._was_price(chosen, struck, current) if chosen is not None else None
    ranked_all = sorted(candidates, key=lambda c: -c.score)
    return _scoring.PriceReading(chosen, regular, ranked_all, left_out)


# A class that hides its text from sight and leaves it to screen readers ("screen-reader-text", WordPress's and
# WooCommerce's; "sr-only", "visually-hidden", Bootstrap's and Shopify themes'), as a word of the class.
_SCREEN_READERS = re.compile(r"(?:^|\s)(?:screen-?reader-?(?:text|only)|sr-only|sr-text|visually-?hidden|"
                             r"u-visually-hidden|show-for-sr|assistive-text)(?=$|\s)", re.I)


def _without_screen_readers_repeats(candidates: list[_scoring.Candidate]) -> list[_scoring.Candidate]:
    """The candidates, less each amount said again for screen readers right beside the same amount shown: that
    text is no amount of its own but the shown one's description, so what it says of it (a former price, by its
    words) goes to the shown one, which keeps what its markup says (struck in a <del>). WooCommerce follows its
    struck former price and its price each with a sentence for screen readers in the shop's language ("Original
    price was: £49.00."): in a language whose words the rules do not know, the first sentence stood as a current
    amount before the price, and won. An amount only screen readers are told, or beside another amount, stays."""
    at = {c.element: c for c in candidates}
    repeats = set()
    for c in candidates:
        if not _SCREEN_READERS.search(c.element.get("class", "")):
            continue
        for sibling in (c.element.getprevious(), c.element.getnext()):
            if sibling is None or not isinstance(sibling.tag, str) or _SCREEN_READERS.search(sibling.get("class", "")):
                continue
            shown = next((at[node] for node in sibling.iter() if node in at and at[node].amount == c.amount), None)
            if shown is not None:
                if c.struck and not shown.struck:
                    shown.struck, shown.named_only = True, c.named_only
                shown.lowest = shown.lowest or c.lowest
                shown.reasons.append(f"said again for screen readers beside it ({c.text[:40]!r})")
                repeats.add(id(c))
                break
    return [c for c in candidates if id(c) not in repeats]


# The part of a page that shows the price of the variant chosen (WooCommerce's "single_variation" and its
# "woocommerce-variation-price", filled when a variation is selected; "selected-variant-price").
_SELECTED_VARIANT = re.compile(r"single[-_]?variation|variation[-_]?price|selected[-_]?(?:variant|variation)", re.I)


def _selected_variants_price(ranked: list, block) -> _scoring.Candidate | None:
    """The best current amount, no end of a range, inside the product's block in a part named for the selected
    variant's price (`_SELECTED_VARIANT`, on it or within three ancestors), or None. Only such a part: an amount
    elsewhere beside a range (a bundle's, another size's) is no variant's chosen price."""
    for c in ranked:
        if c.lowest or (block is not None and block not in c.element.iterancestors()):
            continue
        if any(_SELECTED_VARIANT.search(_words._attrs(node)) for node in (c.element, *_ancestors(c.element, 3))):
            return c
    return None
