"""Reading the pages built after shop platforms (tests/data/pages_built and its set-aside batches),
shared by the test file of each batch: each page as built and with its structured data removed, as
a crawl of a competitor whose currency is set reads it, each field against what the page shows."""

from __future__ import annotations

import importlib.util
import json
from decimal import Decimal
from pathlib import Path

import pytest

from crawlers.pages import PageSettings, extract_source

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("price", "regular_price", "sku", "in_stock")
AS_BUILT, BARE = "as built", "no structured data"


def _bench():
    # The bench's own way of removing structured data, so the tests read what the bench scores.
    spec = importlib.util.spec_from_file_location("extract_eval", ROOT / "bench" / "extract_eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BENCH = _bench()


class BuiltPages:
    """One folder of built pages and its truth.json; each page is read once per variant."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        self._read: dict = {}

    def cases(self, missed: dict) -> list:
        """(page, variant, field) for every page, `missed` ones marked strict xfail with their why."""
        return [
            pytest.param(name, variant, field, id=f"{name.removesuffix('.html')}-{variant.replace(' ', '-')}-{field}",
                         marks=[pytest.mark.xfail(reason=missed[(name, variant, field)], strict=True)]
                         if (name, variant, field) in missed else [])
            for name in self.truth for variant in (AS_BUILT, BARE) for field in FIELDS
        ]

    def read(self, name: str, variant: str, tmp_path_factory) -> dict:
        if (name, variant) not in self._read:
            body = (self.folder / name).read_bytes()
            if variant != AS_BUILT:
                body = BENCH.without_structured_data(body)
            path = tmp_path_factory.mktemp("page") / name
            path.write_bytes(body)
            self._read[name, variant] = extract_source(
                str(path), PageSettings(currency=self.truth[name].get("currency")))[0]
        return self._read[name, variant]

    def assert_read_as_it_shows(self, name: str, variant: str, field: str, tmp_path_factory) -> None:
        got = self.read(name, variant, tmp_path_factory)
        assert "error" not in got, got
        want = self.truth[name].get(field)
        value = got.get(field)
        if field in ("price", "regular_price"):
            assert (Decimal(str(value)) if value is not None else None) == (Decimal(want) if want is not None else None)
        elif field == "in_stock":
            assert (value is not False) is want  # left empty counts as in stock, as the bench counts it
        else:
            assert value == want

    def assert_currency_alone_right_or_unsettled(self, tmp_path: Path) -> None:
        """Without structured data and with no currency set, a page gives its own currency or none."""
        for name, expected in self.truth.items():
            if not expected.get("currency"):
                continue
            path = tmp_path / name
            path.write_bytes(BENCH.without_structured_data((self.folder / name).read_bytes()))
            got = extract_source(str(path), PageSettings())[0]
            assert got.get("currency") in (None, expected["currency"]), name
