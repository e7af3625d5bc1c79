"""Extraction on the second batch of built pages set aside (tests/data/pages_built/aside13).

Fourteen pages written after platforms and shapes no other built page has, committed before the
extractor was first run on them (their README). Each is read as built and with its structured data
removed, as a crawl of a competitor whose currency is set reads it. The readings still wrong are
listed in MISSED with why, so a mend shows as an unexpected pass and a fall as a failure.
"""

from __future__ import annotations

import importlib.util
import json
from decimal import Decimal
from pathlib import Path

import pytest

from crawlers.pages import PageSettings, extract_source

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "data" / "pages_built" / "aside13"
TRUTH = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
FIELDS = ("price", "regular_price", "sku", "in_stock")
AS_BUILT, BARE = "as built", "no structured data"

# (page, variant, field): why it is still read wrong.
MISSED = {
    ("oscommerce234bs-en.html", AS_BUILT, "sku"): "the id is the model in brackets under the title, marked itemprop=model",
    ("oscommerce234bs-en.html", BARE, "sku"): "the id is the model in brackets under the title",
    ("zencart158-en.html", BARE, "sku"): "the shop's id is labelled 'Model:'",
    ("marketplace-buybox-en.html", BARE, "sku"): "the id is labelled ASIN in a table",
    ("colorme-ja.html", BARE, "sku"): "the id is labelled 型番 in a table",
    ("spa-state-only-en.html", AS_BUILT, "regular_price"):
        "the JSON-LD gives no former price, and the state is read only for a price or id left empty",
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
    for name in TRUTH for variant in (AS_BUILT, BARE) for field in FIELDS
]
_READ: dict = {}


def read(name: str, variant: str, tmp_path_factory) -> dict:
    if (name, variant) not in _READ:
        body = (FOLDER / name).read_bytes()
        if variant != AS_BUILT:
            body = BENCH.without_structured_data(body)
        path = tmp_path_factory.mktemp("page") / name
        path.write_bytes(body)
        _READ[name, variant] = extract_source(str(path), PageSettings(currency=TRUTH[name].get("currency")))[0]
    return _READ[name, variant]


@pytest.mark.parametrize(("name", "variant", "field"), CASES)
def test_a_set_aside_page_is_read_as_it_shows(name, variant, field, tmp_path_factory):
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


def test_the_currency_a_set_aside_page_alone_gives_is_right_or_left_unsettled(tmp_path):
    for name, expected in TRUTH.items():
        path = tmp_path / name
        path.write_bytes(BENCH.without_structured_data((FOLDER / name).read_bytes()))
        got = extract_source(str(path), PageSettings())[0]
        assert got.get("currency") in (None, expected["currency"]), name
