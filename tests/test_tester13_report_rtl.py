"""A thirteenth tester's report for a shop in the Gulf: a competitor named in Arabic ("متجر الرياض"),
products and a category of ours in Arabic. The report writes such names into its own English
sentences, and a browser lays a line out by the Unicode bidirectional algorithm, which takes the
digits after a right-to-left word for part of it: the note "متجر الرياض: 3 of 3 matched products ..."
showed as "3 :متجر الرياض of 3 matched products ...", and What to copy's evidence "...; حليب طازج 1 لتر
1.50 EUR against 1.20 EUR" with our 1.50 left of the product it is the price of. Each right-to-left
run is now isolated, so the sentence keeps its order; the text a filter, a sort or a downloaded CSV
reads stays as written."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from test_alerts import cli_run

from reports.bidi import FSI, PDI, isolate_rtl

NAME = "متجر الرياض"


@pytest.fixture
def report(workspace, tmp_path):
    assert cli_run(workspace, "competitor", "add", NAME).exit_code == 0
    (tmp_path / "ours.csv").write_text("sku,name,price,category\nC1,Bean Co Coffee Beans 1 kg,10.00,قهوة\n"
                                       "T1,Leaf Green Tea 20 bags,3.00,Tea\nM1,حليب طازج 1 لتر,1.50,قهوة\n",
                                       encoding="utf-8")
    assert cli_run(workspace, "catalogue", "import", str(tmp_path / "ours.csv")).exit_code == 0
    (tmp_path / "offers.csv").write_text("key,name,price\nC1,Bean Co Coffee Beans 1 kg,8.00\n"
                                         "T1,Leaf Green Tea 20 bags,3.30\nM1,حليب طازج 1 لتر,1.20\n",
                                         encoding="utf-8")
    result = cli_run(workspace, "offers", "import", str(tmp_path / "offers.csv"), "--competitor", NAME)
    assert result.exit_code == 0, result.output
    assert cli_run(workspace, "match").exit_code == 0
    path = tmp_path / "report.html"
    result = cli_run(workspace, "report", "-o", str(path))
    assert result.exit_code == 0, result.output
    return path


def _positions(page, selector: str, words: list[str]) -> list[tuple[float, float]]:
    """(left, right, top of its first line) on the screen of each of `words`, found in that order in
    the element's text."""
    return page.evaluate("""([selector, words]) => {
        const element = document.querySelector(selector);
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let node, text = "", nodes = [];
        while ((node = walker.nextNode())) { nodes.push([node, text.length]); text += node.data; }
        let from = 0;
        return words.map(word => {
            const at = text.indexOf(word, from);
            if (at < 0) throw new Error("not found: " + word + " in " + text);
            from = at + word.length;
            const [startNode, startBase] = nodes.filter(([n, base]) => base <= at).pop();
            const [endNode, endBase] = nodes.filter(([n, base]) => base < from).pop();
            const range = document.createRange();
            range.setStart(startNode, at - startBase);
            range.setEnd(endNode, from - endBase);
            const boxes = Array.from(range.getClientRects());
            return [Math.min(...boxes.map(b => b.left)), Math.max(...boxes.map(b => b.right)), boxes[0].top];
        });
    }""", [selector, words])


def test_a_count_after_a_right_to_left_name_stays_after_it(report, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(report.as_uri())
    # "متجر الرياض: 3 of 3 matched products with no stock state ...": the name, then its colon and
    # count to the right of it, as the sentence reads. Before: the count stood left of the name.
    name, count, rest = _positions(page, "#notes li", [NAME, ": 3", "of 3 matched"])
    assert name[1] <= count[0] + 1 and count[1] <= rest[0] + 1, (name, count, rest)
    page.close()


def test_what_to_copy_names_a_right_to_left_product_before_its_price(report, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(report.as_uri())
    # The evidence "...; e.g. Bean Co Coffee Beans 1 kg 10.00 EUR against 8.00 EUR; حليب طازج 1 لتر 1.50 EUR
    # against 1.20 EUR": our price after the product's name. Before: 1.50 stood left of the name.
    product, ours, against = _positions(page, "tr.copy-item td.evidence", ["حليب طازج 1 لتر", "1.50", "EUR against"])
    assert product[1] <= ours[0] + 1 and ours[1] <= against[0] + 1, (product, ours, against)
    page.close()


def test_the_table_filter_and_csv_read_the_name_as_written(report, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    page.goto(report.as_uri())
    # The category index: a row per category and competitor, the name in a cell of its own.
    page.fill("input[data-filter-for='category-index-table']", NAME.split()[1])
    assert page.locator("#category-index-table tbody tr:not([hidden])").count() == 2
    page.fill("input[data-filter-for='category-index-table']", "")
    with page.expect_download() as download:
        page.click("button[data-csv-for='category-index-table']")
    text = download.value.path().read_text(encoding="utf-8-sig")
    assert NAME in text and FSI not in text and PDI not in text, text
    page.close()


def test_isolation_leaves_other_text_alone_and_keeps_a_name_alone_whole():
    assert isolate_rtl("Rival: 3 of 3 matched") == "Rival: 3 of 3 matched"
    assert isolate_rtl(f"{NAME}: 3 of 3") == f"{FSI}{NAME}{PDI}: 3 of 3"
    # Words, digits and spaces between right-to-left letters are the name's; a text of no
    # left-to-right letter (a store's name alone in a cell) is one run, its digits too.
    assert isolate_rtl("Milk حليب طازج 1 لتر at 3.00") == f"Milk {FSI}حليب طازج 1 لتر{PDI} at 3.00"
    assert isolate_rtl(" فرع 2 ") == f" {FSI}فرع 2{PDI} "
    assert isolate_rtl("١٢٣") == "١٢٣"  # Arabic-Indic digits alone: no letter to isolate


def test_a_name_holding_a_right_to_left_override_does_not_turn_the_sentence_after_it(workspace, tmp_path, browser):
    # Their product named "\u202eSpaghetti 500 g" (an override, U+202E, that nothing closes), on promotion:
    # What to copy's evidence "...; e.g. <name>; 1 of them match products we sell; ..." read backwards
    # from the name on ("lles ew stcudorp hctam meht fo 1").
    workspace.add_competitor("Rival", None)
    (tmp_path / "ours.csv").write_text("sku,name,price,category\nP1,Spaghetti 500 g,2.00,Pasta\nP2,Penne 500 g,2.00,Pasta\n",
                                       encoding="utf-8")
    assert cli_run(workspace, "catalogue", "import", str(tmp_path / "ours.csv")).exit_code == 0
    (tmp_path / "offers.csv").write_text("key,name,price,regular_price\nP1,\u202eSpaghetti 500 g,1.50,2.00\n"
                                         "P2,Penne 500 g,2.00,\n", encoding="utf-8")
    assert cli_run(workspace, "offers", "import", str(tmp_path / "offers.csv"), "--competitor", "Rival").exit_code == 0
    assert cli_run(workspace, "match").exit_code == 0
    assert cli_run(workspace, "report", "-o", str(tmp_path / "report.html")).exit_code == 0
    assert "\u202e" not in (tmp_path / "report.html").read_text(encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto((tmp_path / "report.html").as_uri())
    cell = "tr.copy-item[data-area='promotions'] td.evidence"
    # The "1" after the name: right of it on its line, or on a line below (the cell wraps).
    name, after = _positions(page, cell, ["Spaghetti 500 g", "1"])
    assert after[2] > name[2] + 1 or name[1] <= after[0] + 1, (name, after)
    page.close()


def test_addresses_and_hooks_carry_no_isolation_marks(monkeypatch):
    # A report saved under an Arabic name links to its CSV files by their names on disk, and a script finds a
    # card by its competitor's name: marks in those attribute values broke both (review R4). The text shown
    # keeps them.
    import reports.render as render
    from test_report import make_context

    monkeypatch.setattr(render, "TABLE_ROWS", 20)
    context = make_context(n_pairs=50)
    context["competitors"][0]["name"] = NAME
    context["full_data"] = {"price_rows": {"csv": "تقرير-price.csv", "export": "price"}}
    html = render.render_report(context)
    soup = BeautifulSoup(html, "html.parser")
    link = soup.select_one("#pairs + p.cut a")
    assert link["href"] == "%D8%AA%D9%82%D8%B1%D9%8A%D8%B1-price.csv"  # the file's name, as a browser sends it
    assert link.get_text() == isolate_rtl("تقرير-price.csv")
    assert soup.select_one(f"article.card.competitor[data-competitor='{NAME}']") is not None
    assert FSI not in "".join(tag.get("data-competitor", "") for tag in soup.select("[data-competitor]"))
