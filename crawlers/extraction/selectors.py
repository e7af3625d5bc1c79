"""The competitor's own selectors (CSS, or XPath prefixed `xpath:`), which win over every heuristic."""

from __future__ import annotations

from typing import Any

from parsel import Selector

from crawlers.extraction.availability import availability_in_stock
from crawlers.extraction.page import _clean_text
from crawlers.extraction.prices import _currency_code, parse_price_text
from storecheck.config import run_selector
from storecheck.models import normalise_gtin


def _selector_items(selectors: Any) -> dict[str, str]:
    if hasattr(selectors, "model_dump"):
        selectors = selectors.model_dump()
    return {k: v for k, v in dict(selectors).items() if v}


def _select(sel: Selector, expression: str) -> str | None:
    for result in run_selector(sel, expression):
        if isinstance(result.root, str):
            text = result.root
        else:
            text = result.xpath("string(.)").get() or ""
            if not text.strip():
                text = result.attrib.get("content") or result.attrib.get("value") or ""
        text = _clean_text(text)
        if text:
            return text
    return None


def _from_selectors(html: str, selectors: Any, *, decimal_separator: str | None) -> dict:
    sel = Selector(text=html)
    result: dict[str, Any] = {}
    for field, expression in _selector_items(selectors).items():
        value = _select(sel, expression)
        if value is None:
            continue
        if field in ("price", "regular_price"):
            amount, symbol = parse_price_text(value, decimal_separator)
            if amount is not None:
                result[field] = amount
                if field == "price" and symbol and "currency" not in result:
                    code = _currency_code(symbol)
                    if code:
                        result["currency"] = code
                    result["_currency_symbol"] = symbol
        elif field == "currency":
            code = _currency_code(value)
            if code:
                result["currency"] = code
        elif field == "availability":
            status, in_stock = availability_in_stock(value)
            result["availability"] = status
            result["in_stock"] = in_stock
        elif field == "gtin":
            result["gtin"] = normalise_gtin(value)
        elif field == "promotion":
            result["promotion_text"] = value
        else:
            result[field] = value
    return result

