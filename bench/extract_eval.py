"""Extraction accuracy and speed on real product pages, through `storecheck extract`.

Scores what `storecheck extract --json` reads from the 66 saved pages of
`../shared/data/pages/real-product-pages/` as that folder's README scores it,
beside the three extractors whose results ship with the pages and beside what
the visible page alone gives (no structured data read), then the 200
books.toscrape pages, the structured-data samples of extruct's test suite,
then pages per second of the extraction itself.

    .venv/bin/python bench/extract_eval.py [--data ../shared/data/pages] [--show-misses] [--rules] [--built-only]

`--rules` leaves each rule of the visible page out in turn and prints on how
many real pages and shops it decides the price, sku or stock (right only with
it) or misleads them (wrong only with it): a rule that decides one shop's
pages only is fitted to that shop, or harmless. `--built-only` reads only the
pages built after shop platforms' default themes (`tests/data/pages_built/`, with the batches
set aside in its `aside/`, `aside13/`, `aside14/`, `aside15/`, `aside16/`, `aside17/`, `aside18/`, `aside19/`, `aside20/`, `aside21/`, `aside22/`, `aside23/`, `aside24/` and `aside25/`).

Scoring (the benchmark's): one prediction per page (the first product the
command prints for it; for a page of variants, the product they belong to); a price is right when its amount equals one of the
amounts a person accepted (each read with price-parser; currency ignored);
precision = right / pages with a prediction, recall = right / pages with a
truth. SKU the same with the text compared as written. Availability left
empty counts as InStock, so every page has a prediction. Every real page sells
one product: the products the command prints beyond it (its variants aside)
are counted, as products a crawl would store that the page does not sell.

Currency: on the pages where a person wrote down the currency sign shown,
how many pages get a currency, how many of those are one the sign can mean
(its readings in the currency tables of every locale), and how many are
reported unsettled (a sign several currencies share that nothing on the page
settles). No workspace is given, so no configured currency helps.

The structured-data samples (`structured-data-samples/`, each page beside the
output extruct should give) are scored where that output says what the page
sells: a page whose items include a product (schema.org's Product types, an
item offered through an Offer that is no Event's ticket, OpenGraph's product
type) should give a product at one of its offers' amounts; any other page (an
event, a business, an article, a person, a vocabulary example) should give no
offer, since a shop crawl must not record it as a product.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path

from price_parser import Price

ROOT = Path(__file__).resolve().parents[1]
# The extraction timed in this process is the checkout's own, as the command's (run from ROOT) is.
sys.path.insert(0, str(ROOT))
FIELDS = ("price", "sku", "availability")


def truth_amounts(values: list[str] | None) -> set[Decimal]:
    """Accepted amounts as written on the page ("23.450" is 23,450 rupees), read with price-parser."""
    amounts = set()
    for value in values or []:
        amount = Price.fromstring(value).amount
        if amount is not None:
            amounts.add(amount)
    return amounts


def as_amount(value: object) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def prediction_right(field: str, predicted: object, accepted: list[str] | None) -> bool:
    if field == "price":
        amount = as_amount(predicted)
        return amount is not None and amount in truth_amounts(accepted)
    return predicted is not None and str(predicted).strip() in {str(a).strip() for a in accepted or []}


def predicted_value(prediction: dict, field: str) -> object:
    """A page's prediction of one field as the benchmark reads it: a price of 0 is none
    (the benchmark's Diffbot figure, 0.806, counts its two zero prices so), empty
    availability is InStock, and ours is read from `in_stock` (the benchmark knows two
    states; schema.org's SoldOut is OutOfStock there)."""
    value = prediction.get(field)
    if field == "price" and as_amount(value) == 0:
        return None
    if field == "availability":
        if "in_stock" in prediction:
            value = {True: "InStock", False: "OutOfStock"}.get(prediction["in_stock"])
        return value or "InStock"
    return value


def f1(predictions: dict[str, dict], truth: dict[str, dict], field: str) -> dict:
    """Precision, recall and F1 of one field over the pages of `truth`."""
    predicted = right = expected = 0
    for page_id, accepted in truth.items():
        value = predicted_value(predictions.get(page_id) or {}, field)
        if value not in (None, ""):
            predicted += 1
        if accepted.get(field):
            expected += 1
        if value not in (None, "") and prediction_right(field, value, accepted.get(field)):
            right += 1
    precision = right / predicted if predicted else 0.0
    recall = right / expected if expected else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": score, "right": right, "predicted": predicted, "expected": expected}


def currency_figures(predictions: dict[str, dict], truth: dict[str, dict]) -> dict:
    """Of the pages where a person wrote down the currency sign shown ("£", "$", "Kn", "тг."): how many
    ours gives a currency for, how many of those are a currency the sign can mean (its readings in the
    currency tables of every locale: "$" on a Taiwanese page may be TWD), how many ours reports as
    unsettled. The run has no workspace, so no configured currency helps: the page alone decides."""
    from storecheck.money import sign_currencies, written_signs

    result = {"pages": 0, "given": 0, "right": 0, "unsettled": 0, "wrong": []}
    for page_id, accepted in truth.items():
        signs = [str(sign).strip() for sign in accepted.get("currency") or [] if str(sign).strip()]
        if not signs:
            continue
        result["pages"] += 1
        got = (predictions.get(page_id) or {}).get("currency")
        result["unsettled"] += bool((predictions.get(page_id) or {}).get("currency_unsettled"))
        if not got:
            continue
        result["given"] += 1
        meanings = set().union(*((sign_currencies(sign) or set()) | written_signs().get(sign.replace(" ", ""), set())
                                 for sign in signs))
        if got in meanings:
            result["right"] += 1
        else:
            result["wrong"].append(f"{accepted['url'][:60]}: {got} (the page shows {signs})")
    return result


def run_extract(paths: list[Path], extra: dict | None = None) -> dict[str, dict]:
    """`storecheck extract --json` over the files: page id -> the page's one prediction. Each page
    is one product's: the products printed beyond it (variants of it aside) go to `extra`
    (page id -> how many), products a crawl would store that the page does not sell."""
    command = [sys.executable, "-m", "storecheck", "extract", "--json", *map(str, paths)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "STORECHECK_WORKSPACE": ""})
    if result.returncode not in (0, 1):
        raise SystemExit(f"storecheck extract failed:\n{result.stderr}")
    rows: dict[str, list[dict]] = {}
    for line in result.stdout.splitlines():
        row = json.loads(line)
        if "error" not in row or row.get("key"):
            rows.setdefault(Path(row["source"]).name.split(".")[0], []).append(row)
    if extra is not None:
        extra.update({page_id: len(page_rows) - 1 for page_id, page_rows in rows.items()
                      if len(page_rows) > 1 and not variants_of_one(page_rows)})
    return {page_id: one_prediction(page_rows) for page_id, page_rows in rows.items()}


def variants_of_one(rows: list[dict]) -> bool:
    """Whether the rows are one product's variants (a size, a colour): one parent key, not a URL."""
    parents = {row.get("parent_key") for row in rows}
    return len(parents) == 1 and bool(rows[0].get("parent_key")) and "://" not in rows[0]["parent_key"]


def one_prediction(rows: list[dict]) -> dict:
    """The page's product: its first row; when every row is a variant of one product (a
    size, a colour), that product: its id is the variants' parent key, and it is in stock
    when any variant is."""
    first = dict(rows[0])
    if len(rows) > 1 and variants_of_one(rows):
        first["sku"] = first["parent_key"]
        states = [row.get("in_stock") for row in rows]
        first["in_stock"] = True if True in states else (False if False in states else None)
    return first


def visible_page_alone(paths: list[Path]) -> dict[str, dict]:
    """What the visible page alone gives (no structured data, no inline state): how the
    reading of pages without markup carries over to shops that have none."""
    import lxml.html
    from w3lib.encoding import html_to_unicode

    from crawlers.extraction.visible_page import read_visible

    found = {}
    for path in paths:
        offer, _ = read_visible(lxml.html.fromstring(html_to_unicode(None, path.read_bytes())[1]))
        found[path.name.split(".")[0]] = offer or {}
    return found


def pages_per_second(paths: list[Path], rounds: int) -> tuple[float, float]:
    """Pages read per second by the crawl's own function (`extract_offers`), the files already
    in memory, and its CPU milliseconds per page (steadier than wall time on a shared machine)."""
    from crawlers.extraction import extract_offers

    bodies = [(p.read_bytes(), p.resolve().as_uri()) for p in paths]
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        for body, url in bodies:
            extract_offers(body, url)
    pages = rounds * len(bodies)
    return pages / (time.perf_counter() - started), 1000 * (time.process_time() - cpu) / pages


def print_table(rows: list[tuple[str, dict]]) -> None:
    print(f"{'extractor':<34}" + "".join(f"{field + ' F1 (P/R)':>26}" for field in FIELDS))
    for name, scores in rows:
        cells = "".join(
            f"{s['f1']:>10.3f} ({s['precision']:.3f}/{s['recall']:.3f})" for s in (scores[field] for field in FIELDS)
        )
        print(f"{name:<34}{cells}")


def show_misses(predictions: dict[str, dict], truth: dict[str, dict], wrong_values_only: bool = False) -> None:
    """Every page where a field is wrong; with `wrong_values_only`, only values given and wrong (not the fields
    left empty): the visible page alone leaves most SKUs empty, and its wrong readings are what a rule mends."""
    for page_id, accepted in sorted(truth.items()):
        got = predictions.get(page_id) or {}
        wrong = [
            f"{field}: {predicted_value(got, field)!r} (accepted {accepted.get(field)})"
            for field in FIELDS
            if not prediction_right(field, predicted_value(got, field), accepted.get(field))
            and (accepted.get(field) or predicted_value(got, field))
            and not (wrong_values_only and predicted_value(got, field) in (None, ""))
        ]
        if wrong:
            print(f"  {page_id[:12]} {accepted['url'][:70]}\n      " + "\n      ".join(wrong))


def books(data: Path) -> tuple[int, int] | None:
    """(pages whose price, availability and UPC are all read right, pages) on books.toscrape."""
    folder = data / "books-toscrape"
    if not (folder / "truth.csv").is_file():
        return None
    from crawlers.extraction import extract_offers

    with open(folder / "truth.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    right = 0
    for row in rows:
        path = folder / row["file"]
        offers = extract_offers(path.read_bytes(), "https://books.toscrape.com/" + row["file"])
        if not offers:
            continue
        offer = offers[0]
        in_stock = row["availability"].strip().lower().startswith("in stock") or row["availability"] == "InStock"
        if offer.get("price") == Decimal(row["price"]) and offer.get("sku") == row["sku"] and offer.get("in_stock") is in_stock:
            right += 1
    return right, len(rows)


# schema.org's Product and the types under it: what a shop sells. Anything else is offered for
# sale only through an `offers` that is an Offer (not a link); an Event's offers are tickets.
SAMPLE_PRODUCT_TYPES = {"Product", "ProductGroup", "ProductModel", "IndividualProduct", "SomeProducts", "Vehicle", "Car",
                        "Motorcycle", "DietarySupplement", "Drug"}
# Items that hold a page's product as their subject rather than as one of their own facts.
SAMPLE_HOLDERS = {"WebPage", "ItemPage", "Offer", "AggregateOffer", "ItemList", "ListItem"}


def _sample_types(node: dict) -> set[str]:
    value = node.get("@type", node.get("type")) or []
    return {str(v).rstrip("/").rsplit("/", 1)[-1] for v in ([value] if isinstance(value, str) else value)}


def _sample_offer_amounts(offers: object) -> list[Decimal] | None:
    """The amounts of an item's offers (price, else lowPrice), [] for an Offer without one;
    None when `offers` is no Offer at all (a link, a text)."""
    found, any_offer = [], False
    for offer in offers if isinstance(offers, list) else [offers]:
        if not isinstance(offer, dict):
            continue
        any_offer = True
        fields = offer.get("properties", offer)
        for key in ("price", "lowPrice", "lowprice"):
            value = fields.get(key)
            value = value[0] if isinstance(value, list) and value else value
            amount = Price.fromstring(str(value)).amount if value not in (None, "") else None
            if amount is not None:
                found.append(amount)
                break
    return found if any_offer else None


def sample_products(document: object) -> list[list[Decimal]]:
    """The products an expected extruct output says the page offers for sale, each with the amounts of
    its offers: items typed as a product, or offered through an Offer and no Event (a ticket); outermost
    ones, and not those held as a fact of another item (an invoice's ordered item, a business's catalogue).
    OpenGraph: og:type product, priced by product:price:amount."""
    found: list[list[Decimal]] = []

    def walk(node: object, top: bool) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item, top)
            return
        if not isinstance(node, dict):
            return
        if isinstance(node.get("properties"), list):  # OpenGraph: [[property, value], ...]
            tags = {pair[0]: pair[1] for pair in node["properties"] if isinstance(pair, list) and len(pair) == 2}
            if str(tags.get("og:type", "")).startswith("product"):
                amount = Price.fromstring(tags.get("product:price:amount") or tags.get("og:price:amount") or "").amount
                found.append([amount] if amount is not None else [])
            return
        types = _sample_types(node)
        fields = node.get("properties", node)
        if not isinstance(fields, dict):
            return
        amounts = _sample_offer_amounts(fields.get("offers")) if "offers" in fields else None
        if types & SAMPLE_PRODUCT_TYPES or (amounts is not None and not any(t.endswith("Event") for t in types)):
            if top:
                found.append(amounts or [])
            return
        for key, value in fields.items():
            if key != "@context":
                walk(value, top and (not types or bool(types & SAMPLE_HOLDERS) or key in ("@graph", "mainEntity")))

    walk(document, True)
    return found


def structured_samples(folder: Path) -> dict[Path, list[list[Decimal]]]:
    """Each sample page beside its expected output (same name, .json or .jsonld) -> its products."""
    pages = {}
    for page in sorted(folder.rglob("*.html")):
        expected = [page.with_suffix(suffix) for suffix in (".json", ".jsonld") if page.with_suffix(suffix).is_file()]
        if not expected:
            continue  # no truth beside it
        products: list[list[Decimal]] = []
        for path in expected:
            try:
                products += sample_products(json.loads(path.read_text(encoding="utf-8")))
            except ValueError:
                continue
        pages[page] = products
    return pages


def score_samples(folder: Path) -> dict | None:
    """Product pages: a product found and its price right; other pages (events, businesses, articles,
    people): pages where storecheck records an offer all the same."""
    if not folder.is_dir():
        return None
    from crawlers.extraction import extract_offers

    result = {"product pages": 0, "found": 0, "priced": 0, "price right": 0, "other pages": 0, "false offers": [],
              "missed": []}
    for page, products in structured_samples(folder).items():
        offers = extract_offers(page.read_bytes(), page.resolve().as_uri())
        name = str(page.relative_to(folder))
        if not products:
            result["other pages"] += 1
            if offers:
                result["false offers"].append(f"{name}: {', '.join(repr(o.get('name')) for o in offers[:3])}")
            continue
        result["product pages"] += 1
        result["found"] += bool(offers)
        amounts = {amount for product in products for amount in product}
        if amounts:
            result["priced"] += 1
            if offers and offers[0].get("price") in amounts:
                result["price right"] += 1
            else:
                result["missed"].append(f"{name}: {offers[0].get('price') if offers else None} (accepted {sorted(amounts)})")
    return result


BUILT_FIELDS = ("price", "regular_price", "sku", "in_stock", "currency")  # currency last: scored apart


def without_structured_data(html: bytes) -> bytes:
    """The page as a shop that ships no structured data serves it: JSON-LD scripts, microdata
    attributes and OpenGraph / product meta tags removed; the visible page and its scripts' state
    left as they are."""
    import lxml.etree
    import lxml.html

    tree = lxml.html.fromstring(html)
    for script in tree.xpath("//script[contains(translate(@type, 'LDJSON', 'ldjson'), 'ld+json')]"):
        script.drop_tree()
    for meta in tree.xpath("//meta[starts-with(@property, 'product:') or starts-with(@property, 'og:price')]"):
        meta.drop_tree()
    for element in tree.xpath("//*[@itemprop or @itemscope or @itemtype]"):
        for name in ("itemprop", "itemscope", "itemtype"):
            element.attrib.pop(name, None)
    # Written back in the encoding it was read in: the page's own <meta charset> stays in it, and a
    # page served in EUC-JP or windows-1251 written as UTF-8 would be read back as mojibake.
    # lxml.html.tostring drops a <meta http-equiv="Content-Type"> (MakeShop's Shift_JIS pages
    # declare their encoding only so); etree's HTML writer writes it back, naming the encoding.
    encoding = tree.getroottree().docinfo.encoding or "utf-8"
    return lxml.etree.tostring(tree.getroottree(), encoding=encoding, method="html", doctype="<!DOCTYPE html>")


def built_field_right(field: str, got: dict, expected: dict) -> bool:
    """One field of a built page's first product against what the page shows: amounts compared as
    numbers, a price the page does not give (a 'from' price, a range) or an id it does not show right
    only when left empty."""
    want, value = expected.get(field), got.get(field)
    if field in ("price", "regular_price"):
        return (as_amount(value) if value is not None else None) == (Decimal(want) if want is not None else None)
    if field == "in_stock":
        return (value is not False) is want  # stock left empty counts as in stock, as the real pages' scoring counts it
    if want is None:  # a page that shows no id is read right with none (a number from its URL is no id it shows)
        return value is None
    return value is not None and str(value).strip() == str(want).strip()


def built_pages(folder: Path, show_misses: bool = False) -> dict | None:
    """What `storecheck extract` gives on the pages we built after shop platforms' default themes
    (`tests/data/pages_built/`), as built and with their structured data removed: per field, pages
    right. Price, was-price, id and stock are read as a crawl of a competitor whose currency is set
    reads them (a "$" no page settles leaves the price out otherwise); the currency is scored as the
    page alone gives it: right, wrong, or reported unsettled (never wrong is the rule). These pages
    are ours, written while mending the rules: a check that the rules hold on the shapes those
    platforms emit, not a held-out figure."""
    truth_path = folder / "truth.json"
    if not truth_path.is_file():
        return None
    from crawlers.pages import PageSettings, extract_source

    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    result = {}
    logging.disable(logging.WARNING)  # the readings without a currency say why each price is left out: counted below
    with tempfile.TemporaryDirectory() as tmp:
        for variant in ("as built", "no structured data"):
            counts = {field: 0 for field in (*BUILT_FIELDS, "all")}
            counts["currency unsettled"] = 0
            misses = []
            for name, expected in truth.items():
                body = (folder / name).read_bytes()
                path = Path(tmp) / variant.replace(" ", "-") / name
                path.parent.mkdir(exist_ok=True)
                path.write_bytes(body if variant == "as built" else without_structured_data(body))
                got = extract_source(str(path), PageSettings(currency=expected.get("currency")))[0]
                alone = extract_source(str(path), PageSettings())[0]
                wrong = [field for field in BUILT_FIELDS[:-1] if not built_field_right(field, got, expected)]
                if expected.get("currency") and alone.get("currency") != expected["currency"]:
                    if alone.get("currency") is None:
                        counts["currency unsettled"] += 1
                    else:
                        wrong.append("currency")
                        got = {**got, "currency": alone.get("currency")}
                for field in BUILT_FIELDS:
                    counts[field] += field not in wrong
                counts["all"] += not wrong
                misses += [f"{variant}: {name}: {field} {got.get(field)!r} (page shows {expected.get(field)!r})" for field in wrong]
            result[variant] = counts
            if show_misses:
                result.setdefault("misses", []).extend(misses)
    logging.disable(logging.NOTSET)
    result["pages"] = len(truth)
    return result


# The visible page's rules, each as the switch that turns it off: (name, module, attribute, stand-in).
# A regular expression is switched off by one that matches nothing, a function by one that says no,
# a score by dropping its points (`Candidate.add` keyed by the reason's words). A function is switched
# off in the module named, so where another module imported it by name it stays on there
# (`_tile_of_another_product` for stock, `_is_struck` outside the price): each line is the rule for
# the field its name says.
_NEVER = r"(?!x)x"
VISIBLE_RULES = [
    ("price: other-amount words in its text (per kg, shipping, a month, ex tax, save)", "price_candidates.words", "_OTHER_AMOUNT_TEXT", _NEVER),
    ("price: other-amount words in its class (unit, shipping, instalment, total)", "price_candidates.words", "_OTHER_AMOUNT_WORD", _NEVER),
    ("price: other-amount words before it (payments of, 10x de, =)", "price_candidates.words", "_OTHER_BEFORE", _NEVER),
    ("price: other-amount words after it (/ kg, sem juros)", "price_candidates.words", "_OTHER_AFTER", _NEVER),
    ("price: an amount per anything, a slash and a short word after it ('/kk', '/міс', '/wk')", "price_candidates.words",
     "_per_something", lambda *a, **k: None),
    ("price: a multibuy's price of one before it (Buy 2 for, cada una sale a)", "price_candidates.words", "_MULTIBUY_BEFORE",
     _NEVER),
    ("price: a members' or card's price (PLUS价, 會員價, Member price, Clubcard Price)", "price_candidates.neighbours", "_members_price",
     lambda *a, **k: None),
    ("price: the EU's lowest price of 30 days", "price_candidates.words", "_LOWEST_OF_DAYS", _NEVER),
    ("price: former-price words before it (Was:, statt, UVP)", "price_candidates.words", "_FORMER_BEFORE", _NEVER),
    ("price: parts named related / recent / header / menu", "price_candidates.regions", "_OUTSIDE_WORD", _NEVER),
    ("price: tiles of a list of products", "price_candidates.regions", "_tile_of_another_product", lambda *a, **k: False),
    ("price: struck by tag, style or class", "price_candidates", "_strike_marks", lambda *a, **k: (False, False)),
    ("price: former-price class names (old-price, was, compare-at)", "page", "_STRUCK_CLASS", _NEVER),
    ("price: 'normalprice', 'price-standard' beside the price are former", "price_candidates.former_prices", "_REGULAR_WORD",
     r"(?i)regular"),
    ("price: 'from' and ranges (lowest of several)", "price_candidates", "says_lowest", lambda *a, **k: False),
    ("price: a currency beside the number, not inside a word", "price_candidates.amount_text", "_currency_beside_number", lambda *a, **k: True),
    ("price: text beside an element's children", "price_candidates.amount_text", "_own_piece", lambda *a, **k: None),
    ("price: 'regular' named beside the price is former", "price_candidates.former_prices", "_REGULAR_WORD", _NEVER),
    ("price: prominent class words (current, sale, final)", "price_candidates.words", "_PROMINENT_WORD", _NEVER),
    ("price: small-print class words", "price_candidates.words", "_SMALL_WORD", _NEVER),
    ("price: 'Was: £3.00' written beside it", "visible_page", "_labelled_regular", lambda *a, **k: None),
    ("price: an aside in brackets after it (税240円, ex VAT)", "price_candidates.amount_text", "_outside_brackets", lambda *a, **k: None),
    ("price: a free-shipping note after it (送料無料) leaves it the price", "price_candidates.amount_text", "_without_free_shipping",
     lambda label: label),
    ("price: controls' text inside an element (an option's +330円)", "price_candidates.regions", "_CONTROL_TAGS", ("x-none",)),
    ("price: an attribute's amount at a range's low end", "price_candidates.amount_text", "_range_low", lambda *a, **k: None),
    ("price: Arabic thousands / decimal marks (read and counted)", "prices", "ARABIC_MARKS", {}),
    ("price: rows of one short table are beside each other", "price_candidates.scoring", "_table_of", lambda *a, **k: None),
    ("price: a reduction badge two amounts bear out strikes the higher", "price_candidates.former_prices", "_strike_by_reduction",
     lambda *a, **k: None),
    ("price: a saving shown beside two amounts, their difference, strikes the higher", "price_candidates.former_prices",
     "_strike_by_saving", lambda *a, **k: None),
    ("price: an amount all inside links the element holds is another page's", "price_candidates.regions", "_amount_in_a_link",
     lambda *a, **k: None),
    ("price: a data- attribute's JSON on an element named a price", "price_candidates.amount_text", "_attribute_json_price",
     lambda *a, **k: None),
    ("price: cents set apart after thousands grouped by '.' join with ','", "price_candidates.amount_text", "_cents_mark",
     lambda *a, **k: "."),
    ("price: a part named 'header' in the product's block after its title is a heading's style", "price_candidates.regions",
     "_heading_style", lambda *a, **k: False),
    ("price: the euro sign as the decimal mark ('449<sup>€99</sup>', '112€50')", "price_candidates.amount_text",
     "_sign_as_decimal_mark", lambda text: text),
    ("price: an image's alt beside an amount names it (a card's logo, 'tarjeta CMR')", "price_candidates.neighbours", "_image_words",
     lambda *a, **k: []),
    ("price: a country's dollar written with a space ('US $18.27')", "price_candidates.amount_text", "_country_dollar",
     lambda text: text),
    ("price: a size a size word names is no unit and no number ('Größe S/M', 'size 8 (M)')", "price_candidates.amount_text",
     "_SIZE_SHOWN", _NEVER),
    ("price: the <aside> or <button> that is or holds the buy button is the product's", "price_candidates.regions", "_buy_box",
     lambda *a, **k: set()),
    ("price: a share alone in brackets after an amount is no second number ('8 000 Ft (15%)')", "price_candidates.amount_text",
     "_SHARE_ALONE", _NEVER),
    ("price: a form's labels inside an element are a control's text (a variant's '(+Rs.2,100)')", "price_candidates.regions",
     "_labels_are_controls", lambda *a, **k: False),
    ("price: a test hook (data-qaid, data-test-id) names an amount as a class does ('old_price')", "page", "_TEST_HOOK",
     _NEVER),
    ("price: a price named former beside a former price the page states, no lower one by it ('js-original_price')",
     "price_candidates.former_prices", "_price_named_former", lambda *a, **k: None),
    ("price: 'list' ending a name that names no price is a list of things ('variants-list')", "page",
     "_list_of_things", lambda *a, **k: False),
    ("price: a badge a former price and the price bear out strikes nothing more ('-21 %', 27% VAT)",
     "price_candidates.former_prices", "_reductions_left", lambda reductions, *a, **k: reductions),
    ("price: a class the page's own <style> draws line-through is struck (hashed classes, '.kXbBnZ')", "page",
     "css_struck_elements", lambda *a, **k: frozenset()),
    ("price: the <style>'s strike of a class inside others it sits in counts ('.x .c1-2f', GoDaddy)", "page",
     "_INSIDE_ANOTHER", _NEVER),
    ("price: a former price in another currency than the price's is not its own ('(349,99 лв.)')", "price_candidates.former_prices",
     "_in_another_currency", lambda *a, **k: False),
    ("price: a price named for its discount is a price, not a discount's amount ('price_with_discount')",
     "price_candidates.words", "_PRICE_WITH_DISCOUNT", _NEVER),
    ("price: a sign of letters and a symbol before an amount goes whole from its words ('Aprox. US$')",
     "price_candidates.amount_text", "_without_lettered_sign", lambda text: text),
    ("price: a number of a currency in thousandths written with both marks keeps the last as decimal ('2,975.000 د.ل')",
     "prices", "_both_marks", lambda *a, **k: False),
    ("stock: a link before the title is no buy button (a head's cart link)", "landmarks", "_links_to_another_page",
     lambda *a, **k: False),
    ("score: currency written (+2)", "score", "currency written", None),
    ("score: itemprop=price (+3)", "score", "itemprop=price", None),
    ("score: named a price (+2) / inside one (+1)", "score", "a price", None),
    ("score: in the product's block (+3)", "score", "in the product's block", None),
    ("score: distance after the title (up to -3)", "score", "elements after the title", None),
    ("score: before the title (-1)", "score", "before the product's title", None),
    ("score: beside the buy button (+1)", "score", "beside the buy button", None),
    ("score: shown prominently (+1)", "score", "shown prominently", None),
    ("score: small print (-1)", "score", "small print", None),
    ("title: an h1 that links home is the shop's", "landmarks", "_names_the_site", lambda *a, **k: False),
    ("id: 'label: value' in one text", "identifiers", "_LABEL_VALUE", _NEVER),
    ("id: SKU / Art.-Nr. / Item # inside a text", "identifiers", "_LABEL_TEXT", _NEVER),
    ("id: a code label with no colon ('SKU 00047')", "identifiers", "_CODE_LABEL_ALONE", _NEVER),
    ("id: a div of text and inline elements as one text", "identifiers", "_inline_only", lambda *a, **k: False),
    ("id: a label ending in a colon, named by its first or last words", "identifiers", "_colon_label", lambda *a, **k: False),
    ("id: a label's colon outside it, the value the next element ('<span>Product Code</span>: <span>')", "identifiers",
     "_colon_outside_label", lambda *a, **k: None),
    ("id: a maker's word makes an item number the maker's ('Produsentens varenr.')", "identifiers", "_makers_number",
     lambda *a, **k: False),
    ("id: a label and its value in a <section> (PWA Studio's 'SKU' over a <strong>)", "identifiers", "_PAIR_HOLDERS",
     ("li", "p", "span", "div", "small")),
    ("id: an element named 'sku' holding one code, where no label names the id", "identifiers", "_id_named_sku",
     lambda *a, **k: None),
    ("id: an element named 'sku' holding a code of capitals in parts ('NB-PLAID-LAM-GR')", "identifiers",
     "_code_without_digit", lambda *a, **k: False),
    ("id: a row of three cells, a colon alone in the middle ('Kode Produk | : | SRC-1')", "identifiers",
     "_colon_cell_row", lambda *a, **k: None),
    ("id: an element named 'product code' holding one code, where no label names the id ('hikashop_product_code_main')",
     "identifiers", "_PRODUCT_CODE_NAME", _NEVER),
    ("id: one code wrapped whole in square brackets ('[X1504VA-NJ1114W]')", "identifiers", "_unbracketed",
     lambda value: value),
    ("id: the number ending the page's own URL, where nothing gives an id ('-884412')", "identifiers", "id_ending_url",
     lambda *a, **k: None),
    ("id: a separator in an element of its own between a label and its value (VTEX IO's ': ')", "identifiers",
     "_past_separator", lambda rest: rest),
    ("price: the name of the block holding the title names no other amount ('prodCart__prices-new')", "price_candidates.regions",
     "_without_products_block", lambda names, *a, **k: names),
    ("price: three decimals of a currency counted in thousandths ('1 699,000 DT', 'KD 89.900')", "prices",
     "thousandths_mark", lambda *a, **k: None),
    ("stock: out-of-stock words", "availability", "_OUT_OF_STOCK_TEXT", _NEVER),
    ("stock: in-stock words", "availability", "_IN_STOCK_TEXT", _NEVER),
    ("stock: an element named for stock", "availability", "_named_for_stock", lambda *a, **k: False),
    ("stock: a buy button switched off", "availability", "is_disabled", lambda *a, **k: False),
    ("stock: a buy button left on outweighs a badge", "availability", "_buy_button_on", lambda *a, **k: False),
    ("stock: a choice pending says nothing", "availability", "_choice_pending", lambda *a, **k: False),
    ("stock: a notify-me button where the buy button would be", "availability", "_notify_button_instead",
     lambda *a, **k: False),
    ("stock: a buy button hidden by its style", "availability", "_hidden_by_style", lambda *a, **k: False),
    ("stock: a buy button hidden by a class (displaynone, d-none)", "availability", "_hidden_by_class", lambda *a, **k: False),
    ("stock: structured in-stock yields to a page whose buy button is switched off, no choice pending", "visible_page",
     "buy_button_switched_off", lambda *a, **k: False),
    ("id: a table's lone cell or a custom element holds 'label: value' ('<variant-sku>SKU: ...')", "identifiers",
     "_TEXT_HOLDERS", lambda tree: tree.xpath("//li|//p|//span|//div|//small")),
    ("stock: a status hidden by a class or style says nothing (Odoo's 'd-none' 'Not Available For Sale')", "availability",
     "_status_hidden", lambda *a, **k: False),
    ("stock: structured in-stock yields to a page whose only buy buttons are other products' (related tiles)",
     "visible_page", "another_products_buy_button", lambda *a, **k: False),
    ("stock: only the product's own live button outweighs a sold-out badge or a notify button, not another product's",
     "availability", "another_products_buy_button", lambda *a, **k: False),
    ("price: the cifrão as the escudo's decimal mark ('54.990$00')", "price_candidates.amount_text",
     "_cifrao_as_decimal_mark", lambda text: text),
    ("price: the typographic apostrophe as the Swiss thousands mark ('CHF 1’849.00')", "price_candidates.amount_text",
     "_apostrophe_as_thousands_mark", lambda text: text),
    ("id: a number the URL and the page both follow by one short word is a size ('-12000-btu', '12000 BTU')",
     "identifiers", "_a_size_in_both", lambda *a, **k: False),
]


def _switched_off(rule: tuple):
    """A context in which one visible-page rule is off."""
    import contextlib
    import importlib
    import re

    name, module_name, attribute, stand_in = rule

    @contextlib.contextmanager
    def switch():
        if module_name == "score":
            from crawlers.extraction.price_candidates.scoring import Candidate

            original = Candidate.add

            def add(self, points, reason):
                if attribute not in reason:
                    original(self, points, reason)

            Candidate.add = add
            try:
                yield
            finally:
                Candidate.add = original
            return
        module = importlib.import_module(f"crawlers.extraction.{module_name}")
        original = getattr(module, attribute)
        setattr(module, attribute, re.compile(stand_in) if isinstance(stand_in, str) else stand_in)
        try:
            yield
        finally:
            setattr(module, attribute, original)

    return switch()


def _label_keys_used(paths: list[Path]) -> dict[str, set[str]]:
    """Per page, the label words (`identifiers._LABELS` keys) that named its visible sku."""
    import lxml.html
    from w3lib.encoding import html_to_unicode

    from crawlers.extraction import identifiers

    used: dict[str, set[str]] = {}
    original = identifiers._label_field
    for path in paths:
        seen: set[str] = set()

        def recording(label, seen=seen):
            field = original(label)
            if field == "sku":
                words = identifiers._normalise_label(label).split()
                seen.update(" ".join(part) for size in range(len(words), 0, -1) for part in (words[:size], words[-size:])
                            if identifiers._LABELS.get(" ".join(part)) == "sku")
            return field

        identifiers._label_field = recording
        try:
            identifiers._labelled_values(lxml.html.fromstring(html_to_unicode(None, path.read_bytes())[1]))
        finally:
            identifiers._label_field = original
        used[path.name.split(".")[0]] = seen
    return used


def rule_figures(paths: list[Path], truth: dict[str, dict]) -> list[tuple[str, dict]]:
    """Leave each visible-page rule out in turn: on which pages, and of how many shops, the visible
    page's price, sku or stock changes, right to wrong (the rule decides them) or wrong to right (it
    misleads them). A rule that decides one shop's pages only is fitted to that shop, or harmless."""
    from urllib.parse import urlsplit

    def shop(page_id: str) -> str:
        return (urlsplit(truth[page_id]["url"]).hostname or "?").removeprefix("www.")

    def verdicts(found: dict[str, dict]) -> dict[tuple[str, str], bool]:
        return {(page_id, field): prediction_right(field, predicted_value(found.get(page_id) or {}, field), accepted.get(field))
                for page_id, accepted in truth.items() for field in FIELDS}

    base_found = visible_page_alone(paths)
    base = verdicts(base_found)
    rows = []
    rules = list(VISIBLE_RULES)
    from crawlers.extraction import identifiers

    for key in sorted(set().union(*_label_keys_used(paths).values())):
        rules.append((f"id: the label {key!r}", "identifiers", "_LABELS",
                      {k: v for k, v in identifiers._LABELS.items() if k != key}))
    for rule in rules:
        with _switched_off(rule):
            found = visible_page_alone(paths)
        now = verdicts(found)
        changed = {k for k in base if (base_found.get(k[0]) or {}).get(k[1]) != (found.get(k[0]) or {}).get(k[1])
                   or base[k] != now[k]}
        decides = {k for k in changed if base[k] and not now[k]}
        misleads = {k for k in changed if not base[k] and now[k]}
        rows.append((rule[0], {"decides": len(decides), "misleads": len(misleads),
                               "shops": sorted({shop(k[0]) for k in decides}),
                               "misled shops": sorted({shop(k[0]) for k in misleads})}))
    return rows


# The built pages (ours, not held out) and each batch set aside after them: folder under tests/data/pages_built, heading.
BUILT_SETS = (
    ("", "built pages (ours, after platforms' default themes; not held out)"),
    ("aside", "built pages set aside (ours, of six more platforms, written after the rules were mended and not mended on)"),
    ("aside13", "built pages set aside, thirteenth session (ours, fourteen more platforms and shapes, committed before any reading)"),
    ("aside14", "built pages set aside, fourteenth session (ours, fourteen more platforms and shapes, committed before any reading)"),
    ("aside15", "built pages set aside, fifteenth session (ours, fifteen more platforms and shapes, committed before any reading)"),
    ("aside16", "built pages set aside, sixteenth session (ours, fourteen more platforms and shapes, committed before any reading)"),
    ("aside17", "built pages set aside, seventeenth session (ours, fifteen more platforms and shapes, committed before any reading)"),
    ("aside18", "built pages set aside, eighteenth session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside19", "built pages set aside, nineteenth session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside20", "built pages set aside, twentieth session (ours, fifteen more shops and platforms, committed before any reading)"),
    ("aside21", "built pages set aside, twenty-first session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside22", "built pages set aside, twenty-second session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside23", "built pages set aside, twenty-third session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside24", "built pages set aside, twenty-fourth session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside25", "built pages set aside, twenty-fifth session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside26", "built pages set aside, twenty-sixth session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside27", "built pages set aside, twenty-seventh session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside28", "built pages set aside, twenty-eighth session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside29", "built pages set aside, twenty-ninth session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside30", "built pages set aside, thirtieth session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside31", "built pages set aside, thirty-first session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside32", "built pages set aside, thirty-second session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside33", "built pages set aside, thirty-third session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside34", "built pages set aside, thirty-fourth session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside35", "built pages set aside, thirty-fifth session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside36", "built pages set aside, thirty-sixth session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside37", "built pages set aside, thirty-seventh session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside38", "built pages set aside, thirty-eighth session (ours, fourteen more shops and platforms, committed before any reading)"),
    ("aside39", "built pages set aside, thirty-ninth session (ours, fourteen more shops and platforms, committed before any reading)"),
)


def print_built(built: dict | None, heading: str) -> None:
    if built is None:
        return
    print(f"{heading}: {built['pages']} pages, right of each field")
    for variant in ("as built", "no structured data"):
        counts = built[variant]
        print(f"  {variant:<20}" + "  ".join(f"{field} {counts[field]}" for field in (*BUILT_FIELDS, "all"))
              + f"  (currency left unsettled on {counts['currency unsettled']})")
    for line in built.get("misses", []):
        print(f"  {line}")


def print_every_built(show_misses: bool) -> None:
    """The figures of every set of built pages, in BUILT_SETS' order."""
    for folder, heading in BUILT_SETS:
        print_built(built_pages(ROOT / "tests" / "data" / "pages_built" / folder, show_misses), heading)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "pages")
    parser.add_argument("--rounds", type=int, default=3, help="times the pages are read for the pages-per-second figure")
    parser.add_argument("--show-misses", action="store_true", help="list every page where storecheck is wrong")
    parser.add_argument("--built-only", action="store_true", help="only the pages built after platforms' default themes")
    parser.add_argument("--rules", action="store_true",
                        help="leave each visible-page rule out in turn: pages and shops it decides (about ten minutes)")
    args = parser.parse_args()
    if args.built_only:
        print_every_built(args.show_misses)
        return
    folder = args.data / "real-product-pages"
    if not (folder / "ground-truth.json").is_file():
        raise SystemExit(f"no real-product-pages under {args.data}")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for page_id in truth:
            path = Path(tmp) / f"{page_id}.html"
            path.write_bytes(gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes()))
            paths.append(path)
        started = time.perf_counter()
        extra: dict[str, int] = {}
        ours = run_extract(paths, extra)
        command_seconds = time.perf_counter() - started
        speed, cpu_ms = pages_per_second(paths, args.rounds)
        visible = visible_page_alone(paths)
        rules = rule_figures(paths, truth) if args.rules else []

    rows = [("storecheck extract", {field: f1(ours, truth, field) for field in FIELDS}),
            ("  its visible page alone", {field: f1(visible, truth, field) for field in FIELDS})]
    for name in ("zyte", "diffbot", "extruct"):
        theirs = json.loads((folder / f"output-{name}.json").read_text(encoding="utf-8"))
        rows.append((f"{name} (shipped results)", {field: f1(theirs, truth, field) for field in FIELDS}))
    print(f"real-product-pages: {len(truth)} pages")
    print_table(rows)
    print(f"storecheck extract: {len(truth)} pages in {command_seconds:.1f} s through the command (process start included); "
          f"extract_offers alone {speed:.1f} pages/s, {cpu_ms:.0f} ms CPU per page (load average {os.getloadavg()[0]:.1f})")
    print(f"products beyond the page's own (not its variants: related products a crawl would store): "
          f"{sum(extra.values())} on {len(extra)} of {len(truth)} pages")
    money = currency_figures(ours, truth)
    print(f"currency: of {money['pages']} pages whose sign a person wrote down, a currency given on {money['given']}, "
          f"one the sign can mean on {money['right']}, reported unsettled on {money['unsettled']}")
    if args.show_misses:
        show_misses(ours, truth)
        for line in money["wrong"]:
            print(f"  currency: {line}")
        print("the visible page alone, values read wrong (fields it leaves empty not listed):")
        show_misses(visible, truth, wrong_values_only=True)
    if rules:
        print("visible-page rules left out in turn: pages (price, sku or stock) right only with the rule, of which shops;"
              " pages wrong only with it")
        for name, figures in rules:
            print(f"  {name:<62} decides {figures['decides']:>2} on {len(figures['shops']):>2} shops"
                  f"{' (' + ', '.join(figures['shops']) + ')' if 0 < len(figures['shops']) <= 2 else ''}"
                  f"; misleads {figures['misleads']}{' (' + ', '.join(figures['misled shops']) + ')' if figures['misleads'] else ''}")
    print_every_built(args.show_misses)
    book_figures = books(args.data)
    if book_figures is not None:
        print(f"books.toscrape: {book_figures[0]}/{book_figures[1]} pages with price, UPC and availability right")
    samples = score_samples(args.data / "structured-data-samples")
    if samples is not None:
        print(f"structured-data samples: {samples['product pages']} product pages, a product found on {samples['found']}, "
              f"price right on {samples['price right']} of {samples['priced']} priced; {samples['other pages']} pages of "
              f"something else (events, businesses, articles, people), an offer recorded on "
              f"{len(samples['false offers'])} of them")
        for line in samples["false offers"] + samples["missed"] if args.show_misses else []:
            print(f"  {line}")


if __name__ == "__main__":
    main()
