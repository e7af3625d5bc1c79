"""The HTML report: structure, escaping of untrusted text, self-containment,
formatting, and the table script in a real headless Chromium."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from markupsafe import Markup

from conftest import require_chromium
from reports import bar_chart, histogram, render_report, share_bar, write_report
from reports.render import (
    format_datetime,
    gap,
    index,
    largest_gaps,
    money,
    pct,
    safe_url,
)

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(1)"


def make_context(n_pairs: int = 24, hostile: bool = False) -> dict:
    """A realistic report context; ``hostile`` plants attack strings in every text field."""
    now = datetime(2026, 11, 23, 14, 5, tzinfo=UTC)
    bad = (lambda s: f"{s} {SCRIPT} {IMG}") if hostile else (lambda s: s)
    rows = []
    for i in range(n_pairs):
        ours = Decimal("10.00") + i
        theirs = Decimal("14.00") + Decimal(i) / 2 - (i % 5) * Decimal("1.5")
        rows.append(
            {
                "sku": f"SKU-{i:03d}",
                "name": bad(f"Widget {i:02d}"),
                "category": bad("Tools" if i % 2 else "Garden"),
                "competitor": bad("Acme Hardware" if i % 3 else "Woo Store"),
                "their_name": bad(f"Their widget {i}"),
                "their_url": JS_URL if hostile and i == 0 else f"https://acme.example/p/{i}",
                "our_price": ours,
                "their_price": theirs,
                "their_regular_price": theirs + 1 if i % 4 == 0 else None,
                "currency": "EUR",
                "gap_pct": float((ours / theirs - 1) * 100),
                "method": "gtin",
                "in_stock": True if i % 7 else None,
            }
        )
    return {
        "title": bad("Weekly report"),
        "generated_at": now,
        "our_shop": bad("My Shop"),
        "currency": "EUR",
        "competitors": [
            {
                "name": bad("Acme Hardware"),
                "url": JS_URL if hostile else "https://acme.example/",
                "platform": bad("shopify"),
                "products": 120,
                "matched": 80,
                "price_index": 104.3,
                "price_index_regular": 101.2,
                "cheaper": 0.3,
                "same": 0.2,
                "dearer": 0.5,
                "last_crawl": {"status": "finished", "finished_at": now - timedelta(hours=11), "items": 120, "pages": 42},
            },
            {
                "name": bad("Woo Store"),
                "url": "https://woo.example/",
                "platform": "woocommerce",
                "products": 40,
                "matched": 0,
                "price_index": None,
                "price_index_regular": None,
                "cheaper": 0.0,
                "same": 0.0,
                "dearer": 0.0,
                "last_crawl": {"status": bad("partial"), "finished_at": None, "items": 3, "pages": 9},
            },
        ],
        "price_rows": rows,
        "category_index": [
            {"competitor": bad("Acme Hardware"), "category": bad("Tools"), "price_index": 97.5, "pairs": 12},
            {"competitor": "Acme Hardware", "category": "Garden", "price_index": 108.0, "pairs": 9},
        ],
        "health": [
            {
                "competitor": bad("Acme Hardware"),
                "status": "finished",
                "started_at": now - timedelta(hours=12),
                "finished_at": now - timedelta(hours=11),
                "pages": 42,
                "items": 120,
                "errors": 0,
                "dropped": {bad("no_price"): 2},
                "coverage": 0.96,
                "freshness_hours": 11.0,
                "warnings": [],
            },
            {
                "competitor": "Woo Store",
                "status": "partial",
                "started_at": now - timedelta(hours=3),
                "finished_at": None,
                "pages": 9,
                "items": 3,
                "errors": 4,
                "dropped": {},
                "coverage": None,
                "freshness_hours": None,
                "warnings": [bad("far fewer items than usual")],
            },
        ],
        "definitions": [("Price index", bad("100 x weighted geometric mean of our price / their price."))],
        "notes": [bad("Woo Store: 0 matched products")],
    }


def soup_of(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


@pytest.fixture
def report_soup() -> BeautifulSoup:
    return soup_of(render_report(make_context()))


@pytest.fixture
def hostile_soup() -> BeautifulSoup:
    context = make_context(hostile=True)
    context["promotions"] = [{"competitor": SCRIPT, "text": IMG, "url": JS_URL, "share": 0.25}]
    context["changes"] = {"summary": SCRIPT, "moves": [{"sku": IMG, "their_url": JS_URL}]}
    return soup_of(render_report(context))


# -- structure ---------------------------------------------------------------


def test_sections_and_nav(report_soup):
    for section_id in ("summary", "price", "health", "method"):
        assert report_soup.find("section", id=section_id) is not None, section_id
    nav_targets = [a["href"] for a in report_soup.select("nav.toc a")]
    assert nav_targets == ["#summary", "#price", "#health", "#method"]
    for section_id in ("promotions", "range", "visits", "changes"):
        assert report_soup.find(id=section_id) is None, "optional section shown without its data"


def test_summary_has_a_card_per_competitor(report_soup):
    summary = report_soup.find("section", id="summary")
    cards = summary.select("article.card")
    assert [c.h3.get_text(strip=True) for c in cards] == ["Acme Hardware", "Woo Store"]
    acme = cards[0]
    big = acme.select_one(".big")
    assert big.get_text(strip=True) == "104.3"
    assert "dearer" in big["class"]  # index above 100 = we are dearer = red
    assert "80 of 120" in acme.get_text(" ", strip=True)
    assert cards[1].select_one(".big").get_text(strip=True) == "\u2014"  # no index, no crash


def test_price_section_charts_and_tables(report_soup):
    price = report_soup.find("section", id="price")
    assert price.select_one("#price-index-chart svg") is not None
    assert price.select_one("#gap-histogram svg") is not None
    pairs = price.select("#pairs-table tbody tr")
    assert len(pairs) == 24
    dearer = price.select("#gaps-dearer tbody tr")
    cheaper = price.select("#gaps-cheaper tbody tr")
    assert 0 < len(dearer) <= 10 and 0 < len(cheaper) <= 10
    dearer_gaps = [float(tr.find_all("td")[-1]["data-sort"]) for tr in dearer]
    cheaper_gaps = [float(tr.find_all("td")[-1]["data-sort"]) for tr in cheaper]
    assert dearer_gaps == sorted(dearer_gaps, reverse=True) and min(dearer_gaps) > 0
    assert cheaper_gaps == sorted(cheaper_gaps) and max(cheaper_gaps) < 0
    assert price.select_one("#category-index-table tbody tr td.num.cheaper").get_text() == "97.5"


def test_health_and_method(report_soup):
    health = report_soup.find("section", id="health")
    rows = health.select("tbody tr")
    assert len(rows) == 2
    texts = [td.get_text(" ", strip=True) for td in rows[1].find_all("td")]
    assert texts[1] == "partial" and texts[5] == "3" and "far fewer items than usual" in texts[-1]
    method = report_soup.find("section", id="method")
    assert method.find("dt").get_text() == "Price index"


def test_optional_sections_render_generic_tables():
    context = make_context()
    context["promotions"] = [
        {"competitor": "Acme", "share_on_promotion": 0.25, "depth": Decimal("3.50"), "currency": "EUR"},
        {"competitor": "Woo", "type": "multibuy", "url": "https://woo.example/promo"},
    ]
    context["range"] = []
    context["changes"] = {"summary": "3 price moves", "moves": [{"sku": "A", "items": 4}]}
    soup = soup_of(render_report(context))
    nav = [a["href"] for a in soup.select("nav.toc a")]
    assert nav == ["#summary", "#price", "#promotions", "#range", "#changes", "#health", "#method"]
    promo = soup.find("section", id="promotions")
    headers = [th.get_text(strip=True) for th in promo.select("thead th")]
    assert headers == ["competitor", "share on promotion", "depth", "currency", "type", "url"]
    first = [td.get_text(strip=True) for td in promo.select("tbody tr")[0].find_all("td")]
    assert first[2] == "\u20ac3.50" and first[4] == "\u2014"
    assert promo.find("a", href="https://woo.example/promo") is not None
    assert "No data" in soup.find("section", id="range").get_text()
    changes = soup.find("section", id="changes")
    assert "3 price moves" in changes.get_text()
    # a dict key named like a dict method must show the value, not the method
    assert changes.select_one("tbody td.num").get_text() == "4"


def test_empty_and_partial_contexts_render():
    for context in ({}, None, {"competitors": [], "price_rows": [], "health": []},
                    {"competitors": [{"name": "Only a name"}], "price_rows": [{"sku": "X"}],
                     "health": [{"competitor": "C"}], "definitions": ["not a pair"], "notes": "one note",
                     "category_index": [{"price_index": float("nan")}], "visits": None}):
        soup = soup_of(render_report(context))
        for section_id in ("summary", "price", "health", "method"):
            assert soup.find("section", id=section_id) is not None
    soup = soup_of(render_report({}))
    assert soup.title.get_text() == "storecheck report"
    assert "No competitors" in soup.find("section", id="summary").get_text()
    assert "No matched pairs" in soup.find("section", id="price").get_text()


# -- untrusted text ----------------------------------------------------------


def test_hostile_text_is_escaped(hostile_soup):
    scripts = hostile_soup.find_all("script")
    assert len(scripts) == 1 and scripts[0].get("nonce")  # only our own script
    assert "alert" not in scripts[0].get_text()
    assert hostile_soup.find_all("img") == []
    for tag in hostile_soup.find_all(True):
        assert not [name for name in tag.attrs if name.lower().startswith("on")], tag.name
    # the text is kept, visibly, as text
    summary = hostile_soup.find("section", id="summary")
    assert SCRIPT in summary.h3.get_text() and IMG in summary.h3.get_text()
    assert SCRIPT in hostile_soup.find("h1").get_text()
    svg_text = " ".join(t.get_text() for t in hostile_soup.select("#price-index-chart svg text"))
    assert "<script>" in svg_text  # truncated label, but escaped rather than parsed
    titles = [t.get_text() for t in hostile_soup.select("#price-index-chart svg g > title")]
    assert any(SCRIPT in t for t in titles)  # full label in the tooltip
    assert SCRIPT in hostile_soup.find("section", id="promotions").get_text()


def test_javascript_urls_are_not_links(hostile_soup):
    hrefs = [a.get("href", "") for a in hostile_soup.find_all("a")]
    # "../products/SKU": the product page when `storecheck serve` serves the report (hidden otherwise).
    assert hrefs and all(h.startswith(("#", "https://", "http://", "../products/")) for h in hrefs), hrefs
    # the card of a competitor with a javascript: url shows its name as plain text
    h3 = hostile_soup.select_one("#summary article.card h3")
    assert h3.find("a") is None
    first_pair = hostile_soup.select_one("#pairs-table tbody tr")
    assert first_pair.find("a") is None and "Their widget 0" in first_pair.get_text()
    promo = hostile_soup.find("section", id="promotions")
    assert promo.find("a") is None and JS_URL in promo.get_text()


def test_no_external_resources(hostile_soup, report_soup):
    for soup in (report_soup, hostile_soup):
        for tag in soup.find_all(["link", "script", "img", "iframe", "embed", "object", "source",
                                  "audio", "video", "track", "input", "use", "image", "form", "base"]):
            for attr in ("src", "href", "xlink:href", "data", "action", "srcset", "poster"):
                value = tag.get(attr)
                assert value is None or value.startswith(("data:", "#")), (tag.name, attr, value)
        for style in soup.find_all("style"):
            assert "@import" not in style.get_text()
            assert "url(" not in style.get_text().replace("url(data:", "")
        csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
        assert "default-src 'none'" in csp
        nonce = soup.find("script")["nonce"]
        assert f"'nonce-{nonce}'" in csp


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://shop.example/p?id=1&x=<y>", "https://shop.example/p?id=1&x=<y>"),
        ("http://shop.example", "http://shop.example"),
        ("  https://shop.example/a  ", "https://shop.example/a"),
        ("HTTPS://SHOP.EXAMPLE/", "HTTPS://SHOP.EXAMPLE/"),
        (JS_URL, None),
        ("JavaScript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\nscript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox", None),
        ("//evil.example/x", None),
        ("/relative/path", None),
        ("https:evil", None),
        ("ftp://files.example/a", None),
        ("", None),
        (None, None),
        (42, None),
    ],
)
def test_safe_url(url, expected):
    assert safe_url(url) == expected


def test_chart_labels_are_escaped():
    svg = bar_chart([(SCRIPT, 110.0), (IMG, 90.0), ("none", None)], label_width=400, width=900)
    assert isinstance(svg, Markup)
    soup = soup_of(str(svg))
    assert soup.find("script") is None and soup.find("img") is None
    labels = [t.get_text() for t in soup.find_all("text")]
    assert SCRIPT in labels and IMG in labels and "no data" in labels
    # above the baseline = we are dearer = red, to the right; below = green
    dearer, cheaper = soup.select("rect.bar.dearer"), soup.select("rect.bar.cheaper")
    assert len(dearer) == 1 and len(cheaper) == 1
    assert float(cheaper[0]["x"]) < float(dearer[0]["x"])
    assert dearer[0]["fill"] != cheaper[0]["fill"]
    legend = " ".join(labels)
    assert "we are cheaper" in legend and "we are dearer" in legend


def test_histogram_bins_and_colours():
    values = [-30.0, -12.0, -11.0, -0.5, 0.0, 0.4, 5.0, 25.0, float("nan"), None]
    soup = soup_of(str(histogram(values, step=10)))
    bins = soup.select("rect.bin")
    counts = {}
    for rect in bins:
        side = [c for c in rect["class"] if c != "bin"][0]
        title = rect.parent.find("title").get_text()
        counts[side] = counts.get(side, 0) + int(title.split(": ")[1].split()[0])
    assert counts == {"cheaper": 3, "same": 3, "dearer": 2}
    assert "n = 8" in soup.get_text()
    assert "no data" in str(histogram([]))
    assert "no data" in str(histogram([None, float("inf")]))
    # one absurd outlier is folded into the last bin instead of flattening the chart
    many = [float(v % 21 - 10) for v in range(200)] + [900.0]
    soup = soup_of(str(histogram(many)))
    assert len(soup.select("rect.bin")) < 30
    assert "\u2265" in soup.get_text()


def test_share_bar():
    soup = soup_of(str(share_bar(0.3, 0.2, 0.5, width=100)))
    widths = {r["class"][0]: float(r["width"]) for r in soup.find_all("rect")}
    assert widths == {"cheaper": 30.0, "same": 20.0, "dearer": 50.0}
    assert "no data" in str(share_bar(None, None, None))


# -- formatting --------------------------------------------------------------


def test_money_uses_decimal():
    assert money(Decimal("12.49"), "EUR") == "\u20ac12.49"
    assert money(Decimal("12.5"), "eur") == "\u20ac12.50"
    assert money(Decimal("0.125"), "EUR") == "\u20ac0.13"  # half up, not banker's / binary float
    assert money(Decimal("2.675"), "GBP") == "\u00a32.68"  # float(2.675) would round to 2.67
    assert money(Decimal("1234567.891"), "USD") == "$1,234,567.89"
    assert money(Decimal("12.49"), "CHF") == "12.49 CHF"
    assert money(Decimal("-3"), "EUR") == "-\u20ac3.00"
    assert money(Decimal("1499.6"), "JPY") == "1,500 JPY"
    assert money(Decimal("12.49")) == "12.49"
    assert money(None, "EUR") == money("n/a", "EUR") == money(Decimal("NaN"), "EUR") == "\u2014"


def test_money_in_rendered_tables(report_soup):
    first = report_soup.select_one("#pairs-table tbody tr").find_all("td")
    assert first[5].get_text() == "\u20ac10.00"
    assert first[5]["data-sort"] == "10.00"
    assert first[6].get_text() == "\u20ac14.00"
    assert first[7].get_text() == "\u20ac15.00"
    assert first[8].get_text() == "-28.6%" and "cheaper" in first[8]["class"]


def test_number_filters():
    assert pct(0.425) == "42%" and pct(0.425, 1) == "42.5%" and pct(None) == "\u2014"
    assert gap(12.345) == "+12.3%" and gap(-4) == "-4.0%" and gap(0.01) == "0.0%" and gap(None) == "\u2014"
    assert index(104.26) == "104.3" and index(None) == "\u2014" and index(float("nan")) == "\u2014"
    assert format_datetime(datetime(2026, 11, 23, 14, 5, 59, tzinfo=UTC)) == "2026-11-23 14:05 UTC"
    cet = timezone(timedelta(hours=1))
    assert format_datetime(datetime(2026, 11, 23, 15, 5, tzinfo=cet)) == "2026-11-23 14:05 UTC"
    assert format_datetime(None) == "\u2014"


def test_largest_gaps():
    rows = [{"sku": str(g), "gap_pct": g} for g in (5.0, -2.0, 30.0, None, 0.0, -40.0, 12.0, float("nan"))]
    dearer, cheaper = largest_gaps(rows, n=2)
    assert [r["sku"] for r in dearer] == ["30.0", "12.0"]
    assert [r["sku"] for r in cheaper] == ["-40.0", "-2.0"]


# -- files and templates -----------------------------------------------------


def test_write_report_is_atomic_utf8(tmp_path):
    target = tmp_path / "out" / "report.html"
    context = make_context()
    context["our_shop"] = "Café Ünïcode €"
    assert write_report(context, target) == target
    target.write_text("old", encoding="utf-8")
    write_report(context, str(target))
    text = target.read_bytes().decode("utf-8")
    assert "Café Ünïcode €" in soup_of(text).find("h1").find_next("p").get_text()
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.html"]  # no temp file left
    assert target.stat().st_mode & 0o044 == 0o044  # readable by others: a report is shared


def test_user_templates_override_ours(tmp_path):
    (tmp_path / "report.html").write_text(
        '{% extends "base.html" %}{% block content %}<p id="custom">{{ our_shop }} '
        '{{ 12.5|money("EUR") }}</p>{% endblock %}',
        encoding="utf-8",
    )
    soup = soup_of(render_report({"our_shop": SCRIPT}, template_dir=tmp_path))
    assert soup.find(id="custom").get_text() == f"{SCRIPT} \u20ac12.50"
    assert len(soup.find_all("script")) == 1  # autoescape holds in user templates too


# -- real browser ------------------------------------------------------------


def test_report_in_chromium(tmp_path):
    chromium = require_chromium()
    from playwright.sync_api import sync_playwright

    context = make_context(hostile=True)
    context["promotions"] = [{"competitor": SCRIPT, "url": JS_URL}]
    path = write_report(context, tmp_path / "report.html")
    problems: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            page = browser.new_page(accept_downloads=True)
            page.on("console", lambda m: problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
            page.on("request", lambda r: requests.append(r.url))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(path.as_uri())
            page.wait_for_load_state("load")

            table = page.locator("#pairs-table")
            rows = table.locator("tbody tr")
            n = rows.count()
            assert n == 24

            def gaps() -> list[float]:
                return [float(v) for v in rows.evaluate_all("rs => rs.map(r => r.cells[8].dataset.sort)")]

            def skus() -> list[str]:
                return rows.evaluate_all("rs => rs.filter(r => !r.hidden).map(r => r.cells[0].textContent)")

            assert gaps() != sorted(gaps())
            header = table.locator("thead th", has_text="Gap")
            header.click()
            assert gaps() == sorted(gaps())
            assert header.get_attribute("aria-sort") == "ascending"
            header.click()
            assert gaps() == sorted(gaps(), reverse=True)
            table.locator("thead th", has_text="SKU").click()
            assert skus() == sorted(skus())

            box = page.locator('input[data-filter-for="pairs-table"]')
            assert box.is_visible()
            box.fill("widget 07")
            assert skus() == ["SKU-007"]
            assert rows.locator("visible=true").count() == 1
            assert page.locator("#pairs-table-count").text_content() == "1 of 24 rows"
            box.fill("woo store")
            woo = skus()
            assert woo and len(woo) < n and all(int(s[-3:]) % 3 == 0 for s in woo)
            box.fill("")
            assert len(skus()) == n

            box.fill("garden")
            with page.expect_download() as download:
                page.locator('button[data-csv-for="pairs-table"]').click()
            csv_path = download.value.path()
            lines = Path(csv_path).read_text(encoding="utf-8-sig").splitlines()
            assert lines[0].startswith("SKU,Our product,")
            assert len(lines) == 1 + len(skus())

            # nothing from the data ran
            assert page.evaluate("document.querySelectorAll('img').length") == 0
        finally:
            browser.close()

    assert problems == []
    assert dialogs == []
    assert all(url.startswith(("file:", "data:", "blob:")) for url in requests), requests


def test_a_long_table_keeps_its_top_rows_and_says_where_the_rest_is(monkeypatch):
    import reports.render as render

    monkeypatch.setattr(render, "TABLE_ROWS", 20)
    context = make_context(n_pairs=50)
    context["full_data"] = {"price_rows": {"csv": "report-x-price.csv", "export": "price"}}
    soup = soup_of(render_report(context))
    rows = soup.select("#pairs-table tbody tr")
    gaps = sorted((abs(r["gap_pct"]) for r in context["price_rows"]), reverse=True)
    assert len(rows) == 20
    shown = [abs(float(tr.find_all("td")[8]["data-sort"])) for tr in rows]
    assert shown == pytest.approx(gaps[:20])  # the largest gaps, either way
    note = soup.select_one("#pairs + p.cut").get_text(" ", strip=True)
    assert "Showing 20 of 50 rows" in note and "storecheck export price FILE" in note
    assert soup.select_one("#pairs + p.cut a")["href"] == "report-x-price.csv"
    assert "50 matched pairs" in soup.select_one(".meta").get_text()
    # The histogram still counts every pair.
    counts = [int(g.find("title").get_text().split(": ")[1].split()[0]) for g in soup.select("#gap-histogram svg g")
              if g.find("title") and " pair" in g.find("title").get_text()]
    assert sum(counts) == 50
