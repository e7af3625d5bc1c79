"""Pages in the charset they truly use: a page declared UTF-8 whose bytes are Windows-1250 (Polish,
Czech) is read by what it says of its language, or by its shop's currency, before the file rule's
preference for Windows-1252 (crawlers/charsets.py)."""

from __future__ import annotations

import re

from types import SimpleNamespace

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler
from sqlalchemy import select

from crawlers.charsets import currency_languages, language_letters, page_languages, true_encoding
from crawlers.middlewares import TrueCharset
from storecheck import db
from storecheck.config import CONFIG_TEMPLATE, Workspace
from tests.test_crawl2_memory import crawl_peak_mb
from tests.conftest import serve_pages

POLISH_NAME = "Czajnik elektryczny Łucznik ze stali nierdzewnej, 1,7 l, srebrny"
POLISH_TEXT = ("Szybko zagotujesz wodę na herbatę lub kawę. Obudowa ze stali nierdzewnej, podświetlany "
               "włącznik, automatyczne wyłączanie po zagotowaniu i zabezpieczenie przed przegrzaniem. "
               "Dostawa już jutro, zwrot do 30 dni. Dodaj do koszyka")
CZECH_NAME = "Rychlovarná konvice z nerezové oceli, 1,7 l, stříbrná"
CZECH_TEXT = ("Voda na čaj nebo kávu je hotová za pár minut. Nerezové tělo, podsvícený vypínač, automatické "
              "vypnutí po dovaření a ochrana proti přehřátí. Doručení zítra, vrácení zboží do 30 dnů. Přidat do košíku")


def page(name: str, text: str = "", head: str = "", lang: str | None = None, price: str = "") -> str:
    lang_attribute = f' lang="{lang}"' if lang else ""
    return (f"<!doctype html><html{lang_attribute}><head><title>{name}</title>{head}</head>"
            f'<body><h1>{name}</h1><div class="price">{price}</div><p>{text}</p></body></html>')


def read(body: bytes, declared: str, languages) -> str:
    return body.decode(true_encoding(body, declared, languages) or declared)


@pytest.mark.parametrize("name, text, lang", [
    (POLISH_NAME, POLISH_TEXT, "pl"),
    ("Żelazko parowe Łucznik", "", "pl-PL"),
    (CZECH_NAME, CZECH_TEXT, "cs"),
    ("Žehlička Tefal, bílá", "", "cs_CZ"),
])
def test_a_windows_1250_page_declared_utf8_is_read_in_windows_1250_by_the_language_it_names(name, text, lang):
    html = page(name, text, lang=lang)
    body = html.encode("cp1250")
    assert read(body, "utf-8", page_languages(body)) == html


def test_without_a_word_of_its_language_the_file_rule_decides():
    # What a page cannot say, the rule of imported files decides: Excel's Windows-1252 when it reads no worse.
    body = page("Žehlička Tefal, bílá").encode("cp1250")  # 1252 reads "Žehlièka": letters all
    assert true_encoding(body, "utf-8", page_languages(body)) in ("cp1252", "cp1257")
    # Unless 1252 reads signs inside its words, "¯elazko" and "£ucznik", which 1250 reads as letters (the
    # file rule since tests/test_tester13_encodings.py; before, this page too was read as 1252).
    body = page("Żelazko parowe Łucznik").encode("cp1250")
    assert true_encoding(body, "utf-8", page_languages(body)) == "cp1250"


@pytest.mark.parametrize("name, encoding", [("Чайник электрический", "cp1251"), ("電気ケトル 白", "shift_jis"),
                                            ("스테인리스 전기 주전자 1.7리터", "euc_kr"), (POLISH_NAME, "cp1250")])
def test_a_page_that_says_english_as_templates_do_is_read_as_without_a_claim(name, encoding):
    body = page(name, lang="en").encode(encoding)
    without = true_encoding(page(name).encode(encoding), "utf-8")
    assert true_encoding(body, "utf-8", page_languages(body)) == without


def test_two_cyrillic_words_are_read_right_once_the_page_says_it_is_russian():
    # Without a claim charset-normalizer reads them as MacCyrillic ("÷айник"): tests/test_hostile2_shops.py's xfail.
    html = page("Чайник электрический", lang="ru")
    assert read(html.encode("cp1251"), "utf-8", ["ru"]) == html


def test_a_page_that_lies_about_its_language_is_not_read_as_another_script():
    html = page(POLISH_NAME, POLISH_TEXT, lang="ru")  # Cyrillic read from Polish bytes would be nonsense
    assert "Ł" in read(html.encode("cp1250"), "utf-8", ["ru"])


def test_what_a_page_says_of_its_language():
    body = (b'<!DOCTYPE html><html class="no-js" lang="pl-PL"><head><meta content="cs_CZ" property="og:locale">'
            b"<meta http-equiv=Content-Language content=sk></head>")
    assert page_languages(body, b"de, en") == ["pl-PL", "cs_CZ", "sk", "de", "en"]
    assert page_languages(b"<html><body>lang=fr</body></html>") == []


def test_a_currency_of_one_country_names_its_languages_and_one_of_many_none():
    assert currency_languages("PLN") == {"pl"} and currency_languages("CZK") == {"cs"}
    assert currency_languages("EUR") == frozenset() and currency_languages(None) == frozenset()


def test_a_languages_letters_are_its_own_words_not_foreign_names():
    assert set("ąćęłńóśźż") <= language_letters("pl") and set("čěřšůž") <= language_letters("cs")
    assert not {"ç", "å", "ã"} & language_letters("en")  # "Curaçao", "Åland", "São Tomé" are English names
    assert language_letters("xx") == frozenset() and language_letters("") == frozenset()


def _middleware(currency: str | None) -> TrueCharset:
    crawler = get_crawler()
    crawler.spider = SimpleNamespace(competitor=SimpleNamespace(currency=currency), logger=SimpleNamespace(warning=lambda *a: None))
    crawler.stats.open_spider()
    return TrueCharset(crawler)


def _response(html: str, encoding: str, **headers: str) -> HtmlResponse:
    return HtmlResponse("http://shop.test/p/1.html", body=html.encode(encoding),
                        headers={"Content-Type": "text/html; charset=utf-8", **headers}, request=Request("http://shop.test/p/1.html"))


def test_the_middleware_reads_a_page_by_its_content_language_header_or_its_shops_currency():
    html = page("Žehlička Tefal, bílá")
    assert _middleware(None).process_response(None, _response(html, "cp1250")).text != html
    assert _middleware(None).process_response(None, _response(html, "cp1250", **{"Content-Language": "cs"})).text == html
    assert _middleware("CZK").process_response(None, _response(html, "cp1250")).text == html
    assert _middleware("EUR").process_response(None, _response(html, "cp1250")).text != html


def test_a_crawl_stores_polish_and_czech_names_from_windows_1250_pages_declared_utf8(tmp_path):
    pages = {
        "/": b'<html><body><a href="/p/1.html">1</a> <a href="/p/2.html">2</a> <a href="/p/3.html">3</a></body></html>',
        # Polish: the page says so; Czech: og:locale; the third says nothing, and the shop prices in koruna.
        # Each is read as Windows-1252 or 1257 without what it says (a page of Polish text as long as
        # POLISH_TEXT is read right by the file rule alone).
        "/p/1.html": page(POLISH_NAME, lang="pl", price="189,99 zł").encode("cp1250"),
        "/p/2.html": page(CZECH_NAME, CZECH_TEXT, head='<meta property="og:locale" content="cs_CZ">',
                          price="1 299 Kč").encode("cp1250"),
        "/p/3.html": page("Žehlička Tefal, bílá", price="899 Kč").encode("cp1250"),
    }
    path = tmp_path / "ws"
    path.mkdir()
    (path / "storecheck.toml").write_text(CONFIG_TEMPLATE.format(shop_name="T", currency="CZK"), encoding="utf-8")
    workspace = Workspace(path)
    with serve_pages(pages.get) as url:
        workspace.add_competitor("Rival", url, platform="html", download_delay=0, currency="CZK")
        _, status = crawl_peak_mb(path, "Rival", {"RETRY_TIMES": 0}, timeout=120)
    engine = db.open_database(workspace.database_url)
    try:
        with engine.connect() as conn:
            names = set(conn.execute(select(db.competitor_products.c.name)).scalars())
    finally:
        engine.dispose()
    assert status.startswith("finished")
    assert names == {POLISH_NAME, CZECH_NAME, "Žehlička Tefal, bílá"}


def _scanned_rule(body: bytes) -> str | None:
    """The fourteenth session's rule for a page declared in a one-byte encoding, as it was written:
    a scan for a sequence that looks like UTF-8, then a decoding."""
    if not re.search(rb"[\xc2-\xf4][\x80-\xbf]", body):
        return None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


@pytest.mark.parametrize("body", [
    b"<p>plain ASCII</p>", "<p>Crème brûlée, 4,50 €</p>".encode(), "<p>Crème brûlée, 4,50 €</p>".encode("cp1252"),
    "<p>Crème brûlée</p>".encode() + b"\xe9", "<p>Чайник</p>".encode("cp1251"), "<p>Чайник</p>".encode(),
    "<p>€</p>".encode("cp1252") + "é".encode(), b"\xc2", b"\xe2\x82",
])
def test_a_page_declared_in_a_one_byte_encoding_is_judged_as_before_without_the_scan(body):
    for declared in ("windows-1252", "iso-8859-1", "cp1251"):
        assert true_encoding(body, declared) == _scanned_rule(body)


def test_a_page_with_a_long_minified_script_is_judged_by_its_words():
    # 300 KB of script without a space, a byte beyond ASCII at its end: the words are found in one pass.
    script = "<script>" + "a=b+c;" * 50_000 + "s='Łódź';</script>"
    html = page("Żelazko parowe Łucznik", lang="pl").replace("</body>", script + "</body>")
    assert read(html.encode("cp1250"), "utf-8", ["pl"]) == html
