"""`storecheck extract`: read single pages (saved files or URLs) as a crawl would, and say what was found.

A URL is fetched with the standard library, politely: the crawl's user agent,
robots.txt read with that user agent and obeyed, a timeout and a size cap.
A one-off page needs no Twisted reactor or Scrapy process (which costs two
seconds to start); what matters for politeness on one request is done here
the same way Scrapy does it. The page then goes through the very functions the
crawl uses: `extract_offers`, the normalise pipeline and the `Offer` model.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import lxml.html
from lxml import etree
from pydantic import ValidationError
from w3lib.encoding import html_to_unicode

from crawlers.extraction import explain_offers, extract_offers
from crawlers.items import OfferItem
from crawlers.listings import listing_cards
from crawlers.pipelines import NormalisePipeline
from storecheck.config import USER_AGENT
from storecheck.models import Offer

MAX_BYTES = 10 * 1024 * 1024  # as the crawl's DOWNLOAD_MAXSIZE
TIMEOUT = 30


class PageError(Exception):
    """A page could not be read; the message says why."""


@dataclass
class PageSettings:
    """How to read pages: the competitor's overrides when one is named, else none."""

    user_agent: str = USER_AGENT
    obey_robots: bool = True
    timeout: float = TIMEOUT
    currency: str | None = None
    shop_currency: str | None = None
    decimal_separator: str | None = None
    selectors: Any = None


def is_url(source: str) -> bool:
    return urlsplit(source).scheme in ("http", "https")


def _get(url: str, settings: PageSettings, limit: int) -> tuple[bytes, str, str | None]:
    request = urllib.request.Request(url, headers={"User-Agent": settings.user_agent, "Accept": "text/html,*/*;q=0.8"})
    with urllib.request.urlopen(request, timeout=settings.timeout) as response:
        body = response.read(limit + 1)
        if len(body) > limit:
            raise PageError(f"page larger than {limit} bytes, not read")
        return body, response.geturl(), response.headers.get("Content-Type")


def robots_allow(url: str, settings: PageSettings) -> bool:
    """Whether robots.txt lets our user agent fetch `url` (read with that user agent, as Scrapy does)."""
    parts = urlsplit(url)
    robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
    parser = RobotFileParser(robots_url)
    try:
        body, _, content_type = _get(robots_url, settings, 512 * 1024)
    except urllib.error.HTTPError as exc:
        if exc.code in (401, 403):
            return False
        return True  # no robots.txt: everything is allowed
    except (urllib.error.URLError, OSError, PageError):
        return True  # as Scrapy: an unreadable robots.txt does not forbid
    parser.parse(body.decode("utf-8", errors="replace").splitlines())
    return parser.can_fetch(settings.user_agent, url)


def read_page(source: str, settings: PageSettings) -> tuple[str, str]:
    """(html text, base URL) of a file or URL; PageError when it cannot be read."""
    if is_url(source):
        if settings.obey_robots and not robots_allow(source, settings):
            raise PageError("robots.txt disallows this page for our user agent; not fetched")
        try:
            body, final_url, content_type = _get(source, settings, MAX_BYTES)
        except urllib.error.HTTPError as exc:
            raise PageError(f"HTTP {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise PageError(f"cannot fetch: {getattr(exc, 'reason', exc)}") from None
        _, text = html_to_unicode(content_type, body)
        return text, final_url
    path = Path(source)
    if not path.is_file():
        raise PageError("no such file")
    body = path.read_bytes()
    if len(body) > MAX_BYTES:
        raise PageError(f"file larger than {MAX_BYTES} bytes, not read")
    _, text = html_to_unicode(None, body)
    return text, path.resolve().as_uri()


def extract_source(source: str, settings: PageSettings) -> list[dict]:
    """One dict per offer found in `source`, with the offer's fields, `availability`,
    `evidence` (json-ld / microdata / opengraph / html / inline-state / selectors) and
    `source`; or a single dict with `source` and `error` when nothing was found."""
    try:
        text, url = read_page(source, settings)
    except PageError as exc:
        return [{"source": source, "error": str(exc)}]
    found = extract_offers(
        text, url, selectors=settings.selectors, currency=settings.currency, decimal_separator=settings.decimal_separator,
        shop_currency=settings.shop_currency,
    )
    if listing := _listing(found, text, url, settings):
        return [listing | {"source": source}]
    return _offer_rows(found, source)


def _listing(found: list[dict], text: str, url: str, settings: PageSettings) -> dict | None:
    """The error row of a page a crawl reads as a listing (`crawlers.listings`), where extraction read one
    product off it: the crawl stores no product from it and reads its cards' pages."""
    if len(found) != 1:
        return None
    try:
        tree = lxml.html.fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    cards = listing_cards(tree, url, found[0], settings.decimal_separator)
    if not cards:
        return None
    return {"error": f"a listing of {len(cards)} products, not a product page: its price {found[0].get('price')} stands "
                     f"only in one of its product cards ({', '.join(cards[:3])}{', ...' if len(cards) > 3 else ''}); "
                     "a crawl reads the cards' pages instead"}


def explain_source(source: str, settings: PageSettings, candidates: int = 12) -> dict:
    """How `source` is read, for `storecheck extract --explain`: `offers` (the rows of
    `extract_source`), `sources` (what each source found on its own, in the order they
    are taken: name, price, currency, sku, availability), `candidates` (the visible
    page's amounts, best first: amount, text, score, reasons, former price or not),
    `chosen` (the visible winner), `left_out` (amounts not taken as candidates, and why).
    A page that cannot be read gives `source` and `error` only."""
    try:
        text, url = read_page(source, settings)
    except PageError as exc:
        return {"source": source, "error": str(exc)}
    trace = explain_offers(
        text, url, selectors=settings.selectors, currency=settings.currency, decimal_separator=settings.decimal_separator,
        shop_currency=settings.shop_currency,
    )
    reading = trace.get("price")

    def brief(found: dict | None) -> dict | None:
        if not found:
            return None
        return {k: (str(v) if k == "price" and v is not None else v)
                for k, v in found.items() if k in ("name", "price", "currency", "sku", "availability")}

    sources = {}
    for name, found in trace["sources"].items():
        sources[name] = [brief(f) for f in found] if isinstance(found, list) else brief(found)

    def candidate(c) -> dict:
        return {"amount": str(c.amount), "text": c.text, "score": round(c.score, 2), "reasons": c.reasons, "former_price": c.struck}

    listing = _listing(trace["offers"], text, url, settings)
    return {
        "source": source,
        "offers": [listing | {"source": source}] if listing else _offer_rows(trace["offers"], source),
        "sources": sources,
        "candidates": [candidate(c) for c in reading.candidates[:candidates]] if reading else [],
        "chosen": candidate(reading.chosen) if reading and reading.chosen else None,
        "left_out": [{"text": t, "why": why} for t, why in (reading.left_out[:candidates] if reading else [])],
    }


def _offer_rows(found: list[dict], source: str) -> list[dict]:
    if not found:
        return [{"source": source, "error": "no product found on the page"}]
    normalise = NormalisePipeline(None)
    rows = []
    for values in found:
        item = normalise.process_item(OfferItem.from_mapping(values))
        row: dict[str, Any]
        try:
            row = Offer.model_validate(item.offer_values()).model_dump(mode="json")
        except ValidationError as exc:
            row = {k: v for k, v in item.offer_values().items() if k != "promotion"}
            first = exc.errors()[0]
            row["error"] = f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
        row["availability"] = values.get("availability")
        row["evidence"] = values.get("source")
        row["source"] = source
        rows.append(row)
    return rows
