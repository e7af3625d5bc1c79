"""Extraction on product pages built after shop platforms' default themes (tests/data/pages_built).

Each page is read as built and with its structured data removed, as a crawl of a competitor whose
currency is set reads it, and each field is checked against what the page shows (truth.json). The
pages are ours, written while the rules were mended (see their README); the readings still missed
are listed in MISSED, each with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import importlib.util
import json
from decimal import Decimal
from pathlib import Path

import pytest

from crawlers.pages import PageSettings, extract_source

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "data" / "pages_built"
TRUTH = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
FIELDS = ("price", "regular_price", "sku", "in_stock")

# (page, variant, field): why it is still read wrong.
MISSED = {
    ("squarespace-71.html", "no structured data", "sku"): "the page shows no id; only its JSON-LD and a data attribute hold it",
}


def _bench():
    spec = importlib.util.spec_from_file_location("extract_eval", ROOT / "bench" / "extract_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
CASES = [
    pytest.param(name, variant, field, id=f"{name.removesuffix('.html')}-{variant.replace(' ', '-')}-{field}",
                 marks=[pytest.mark.xfail(reason=MISSED[(name, variant, field)], strict=True)]
                 if (name, variant, field) in MISSED else [])
    for name in TRUTH for variant in ("as built", "no structured data") for field in FIELDS
]
_READ: dict = {}


def read(name: str, variant: str, tmp_path_factory) -> dict:
    if (name, variant) not in _READ:
        body = (FOLDER / name).read_bytes()
        if variant != "as built":
            body = BENCH.without_structured_data(body)
        path = tmp_path_factory.mktemp("page") / name
        path.write_bytes(body)
        _READ[name, variant] = extract_source(str(path), PageSettings(currency=TRUTH[name].get("currency")))[0]
    return _READ[name, variant]


@pytest.mark.parametrize(("name", "variant", "field"), CASES)
def test_a_built_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
    got = read(name, variant, tmp_path_factory)
    assert "error" not in got, got
    want = TRUTH[name].get(field)
    value = got.get(field)
    if field in ("price", "regular_price"):
        assert (Decimal(str(value)) if value is not None else None) == (Decimal(want) if want is not None else None)
    elif field == "in_stock":
        assert (value is not False) is want  # left empty counts as in stock, as the bench counts it
    else:
        assert value == want


def test_structured_data_is_removed_from_a_built_page():
    stripped = BENCH.without_structured_data((FOLDER / "magento2-luma.html").read_bytes()).decode("utf-8")
    assert "itemprop" not in stripped and "product:price" not in stripped
    assert "$34.00" in stripped  # the visible page stays


def test_the_currency_a_built_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    for name, expected in TRUTH.items():
        if not expected.get("currency"):
            continue
        path = tmp_path / name
        path.write_bytes(BENCH.without_structured_data((FOLDER / name).read_bytes()))
        got = extract_source(str(path), PageSettings())[0]
        assert got.get("currency") in (None, expected["currency"]), name
