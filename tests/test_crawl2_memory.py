"""A crawl process's memory floor: the CLDR's currency symbols are shipped, not gathered from every
locale in every process (bench/history/crawl.md, "Fifteenth session"). Peaks are read as
`ru_maxrss` of the command, in a driver process of its own; no timing is asserted."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from storecheck import db
from storecheck.config import CONFIG_TEMPLATE, Workspace
from storecheck.money import signs
from tests.conftest import serve_pages

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from peak_memory import command_peak_mb, crawl_peak_mb  # noqa: E402
# Every HTML crawl peaked at 331 MB and `storecheck extract` of one page at 304 MB while each gathered
# the signs from every locale Babel holds; 126 and 99 MB since. The bounds leave room for growth
# elsewhere but not for that again (it alone is about 200 MB).
HTML_CRAWL_PEAK_MB = 200
EXTRACT_PEAK_MB = 170


def test_the_symbols_read_are_the_installed_babels():
    # The shipped file is checked against Babel only when it names the installed version. A Babel
    # release newer than the file (a fresh machine installs the latest) must not fail the suite:
    # readings then come from Babel itself, which is what this checks, and the file is a speed-up
    # to rewrite (`python -c "from storecheck.money.signs import write_cldr_currency_symbols as w;
    # w()"`, then read its diff), not a reading gone wrong.
    shipped = json.loads(signs._CLDR_SYMBOLS_FILE.read_text(encoding="utf-8"))
    gathered = signs.gather_cldr_currency_symbols()
    assert signs.cldr_currency_symbols() == gathered
    if shipped["babel"] == signs._babel_version():
        assert [tuple(pair) for pair in shipped["symbols"]] == gathered, (
            "the shipped file names the installed Babel but holds other symbols: rewrite it with "
            "write_cldr_currency_symbols() and read its diff")
    assert ("CZK", "Kč") in gathered and ("RUB", "₽") in gathered


def test_with_another_babel_installed_the_symbols_are_gathered_from_it(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(signs, "_babel_version", lambda: "0.0-not-the-shipped-one")
    monkeypatch.setattr(signs, "gather_cldr_currency_symbols", lambda: [("XYZ", "what this Babel says")])
    assert signs.cldr_currency_symbols() == [("XYZ", "what this Babel says")]


def _gathered_once(monkeypatch) -> list[str]:
    # Another Babel than the shipped file's, whose gathering is counted.
    calls: list[str] = []

    def gather():
        calls.append("gathered")
        return [("XYZ", "what this Babel says"), ("CZK", "Kč")]

    monkeypatch.setattr(signs, "_babel_version", lambda: "0.0-not-the-shipped-one")
    monkeypatch.setattr(signs, "gather_cldr_currency_symbols", gather)
    return calls


def test_with_another_babel_only_the_first_process_gathers_the_symbols(monkeypatch, tmp_path):
    # A fresh machine installs a Babel newer than the shipped file: the first reading gathers and
    # leaves the symbols in the user's cache under that version; the next process reads them there.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = _gathered_once(monkeypatch)
    first = signs.cldr_currency_symbols()
    assert signs.cldr_currency_symbols() == first == [("XYZ", "what this Babel says"), ("CZK", "Kč")]
    assert calls == ["gathered"]
    cached = tmp_path / "storecheck" / "cldr_currency_symbols-babel-0.0-not-the-shipped-one.json"
    assert json.loads(cached.read_text(encoding="utf-8"))["babel"] == "0.0-not-the-shipped-one"
    assert not [p for p in cached.parent.iterdir() if p.suffix == ".tmp"]


@pytest.mark.parametrize("cache_text", [
    '{"babel": "0.0-another-one", "symbols": [["EUR", "stale"]]}',  # another version's
    '{"babel": "0.0-not-the-shipped-one", "symbols": [["EUR", "€"],',  # cut short by a killed process
    '["not", "a", "symbols", "file"]',
])
def test_a_cache_of_another_babel_or_cut_short_is_gathered_again(monkeypatch, tmp_path, cache_text):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = _gathered_once(monkeypatch)
    cached = tmp_path / "storecheck" / "cldr_currency_symbols-babel-0.0-not-the-shipped-one.json"
    cached.parent.mkdir()
    cached.write_text(cache_text, encoding="utf-8")
    assert signs.cldr_currency_symbols() == [("XYZ", "what this Babel says"), ("CZK", "Kč")]
    assert calls == ["gathered"]
    assert signs.cldr_currency_symbols() == [("XYZ", "what this Babel says"), ("CZK", "Kč")]
    assert calls == ["gathered"]


def test_a_cache_that_cannot_be_written_only_costs_the_gathering(monkeypatch, tmp_path):
    # A home whose cache path is taken by a file (as a read-only home would refuse it): the symbols
    # are still read, every time from Babel, and nothing is raised.
    (tmp_path / "storecheck").write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = _gathered_once(monkeypatch)
    assert signs.cldr_currency_symbols() == signs.cldr_currency_symbols()
    assert calls == ["gathered", "gathered"]


def test_the_file_is_written_one_pair_a_line_and_read_back_the_same(tmp_path, monkeypatch):
    monkeypatch.setattr(signs, "gather_cldr_currency_symbols", lambda: [("CZK", "Kč"), ("EUR", "€")])
    path = tmp_path / "symbols.json"
    signs.write_cldr_currency_symbols(path)
    assert path.read_text(encoding="utf-8").splitlines()[1:3] == ['["CZK", "Kč"],', '["EUR", "€"]']
    assert json.loads(path.read_text(encoding="utf-8"))["symbols"] == [["CZK", "Kč"], ["EUR", "€"]]


def _czech_page(n: int) -> bytes:
    # A price shown with "Kč", which only the table of every locale's signs reads: the page that
    # made every crawl gather them.
    return (f'<html lang="cs"><head><title>Rychlovarná konvice {n}</title></head><body><h1>Rychlovarná konvice {n}</h1>'
            f'<p class="sku">SKU: K-{n}</p><p class="price">{n} 299 Kč</p><button>Do košíku</button></body></html>').encode()


def test_a_small_html_crawl_that_reads_a_sign_stays_far_below_the_old_floor(tmp_path):
    pages = {"/": "".join(f'<a href="/p/{n}.html">Konvice {n}</a> ' for n in (1, 2, 3)).encode()}
    pages |= {f"/p/{n}.html": _czech_page(n) for n in (1, 2, 3)}
    path = tmp_path / "ws"
    path.mkdir()
    (path / "storecheck.toml").write_text(CONFIG_TEMPLATE.format(shop_name="T", currency="CZK"), encoding="utf-8")
    workspace = Workspace(path)
    with serve_pages(pages.get) as url:
        workspace.add_competitor("Rival", url, platform="html", download_delay=0)
        peak, status = crawl_peak_mb(path, "Rival", {"RETRY_TIMES": 0}, timeout=120)
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            prices = conn.execute(select(db.observations.c.price, db.observations.c.currency)).all()
    finally:
        engine.dispose()
    assert status.startswith("finished")
    assert sorted(prices) == [(Decimal(1299), "CZK"), (Decimal(2299), "CZK"), (Decimal(3299), "CZK")]
    assert peak < HTML_CRAWL_PEAK_MB, f"a 4-page HTML crawl peaked at {peak:.0f} MB"


def test_extracting_one_page_whose_price_has_a_sign_stays_far_below_the_old_floor():
    page = ROOT / "tests" / "data" / "pages" / "books-1.html"  # a page whose reading meets the table of signs
    peak = command_peak_mb(str(Path(sys.executable).with_name("storecheck")), "extract", str(page), "--json")
    assert peak < EXTRACT_PEAK_MB, f"extract of one page peaked at {peak:.0f} MB"
