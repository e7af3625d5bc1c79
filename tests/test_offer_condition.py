"""The condition a shop states for what it sells (issue 9, after the title's reading of
`benchmark/_text/conditions.py`): schema.org `itemCondition` on a product page, a `condition`
column in an offers file. It is stored on their listing, preferred by the matcher to what the
title says, shown where a person reviews the pair, and a used listing a person confirmed stays out
of the price figures, as one whose title says so does."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import serve_pages
from test_alerts import cli_run

from benchmark._text.conditions import listing_condition, stated_condition

OURS = [
    ("O1", "Märklin 39460 SBB Re 460 electric locomotive, H0 AC, mfx+ sound", "Märklin", "429.00"),
    ("O2", "Roco 7510011 SBB Re 4/4 II 11349 electric locomotive, green, DC sound", "Roco", "339.00"),
    ("O3", "Piko 96450 SBB Ae 6/6 11411 'Uri' electric locomotive, DC", "Piko", "189.00"),
]
# Their listings as the shop titles them: no word of the title says any is used.
THEIRS = [
    ("T1", "Märklin 39460 E-Lok Re 460 SBB Ep. VI H0 AC mfx+ Sound", "299.00"),
    ("T2", "Roco 7510011 E-Lok Re 4/4 II 11349 SBB grün Ep. IV Spur H0 DC Sound", "339.00"),
    ("T3", "PIKO 96450 E-Lok Ae 6/6 11411 «Uri» SBB Ep. IV H0 DC", "189.00"),
]


@pytest.mark.parametrize("stated, read", [
    ("https://schema.org/UsedCondition", "used"), ("http://schema.org/RefurbishedCondition", "refurbished"),
    ("DamagedCondition", "damaged"), ("schema:NewCondition", "new"), ("new", "new"), ("USED", "used"),
    ("Refurbished", "refurbished"), ("open box", "used"), ("B-Stock", "used"), ("gebraucht", "used"),
    ("Generalüberholt", "refurbished"), ("Pre-owned", "used"), ("中古", "used"), ("Neu", "new"),
    ("New with tags", "new"), ("", None), (None, None),
    # Review R4: words a title reads only after a separator ("Occasion", "Demo") and the used grades
    # shops and marketplaces write are conditions in a field that holds nothing else.
    ("Occasion", "used"), ("Occasion - Très bon état", "used"), ("Demo", "used"), ("Like new", "used"),
    ("Comme neuf", "used"), ("Wie neu", "used"), ("Seminuovo", "used"), ("Très bon état", "used"),
    ("Used - Good", "used"), ("Good", "used"), ("Acceptable", "used"), ("For parts or not working", "damaged"),
])
def test_a_stated_condition_is_read_as_schema_org_names_it(stated, read):
    assert stated_condition(stated) == read


@pytest.mark.parametrize("stated", ["mint", "not used", "5", "x" * 10_000])
def test_a_word_that_states_no_condition_is_refused_naming_it(stated):
    with pytest.raises(ValueError, match="is not a condition: write new, used, refurbished or damaged"):
        stated_condition(stated)


def test_a_stated_used_wins_over_the_title_and_a_stated_new_does_not_silence_it():
    # Shop templates state NewCondition on every product: a title's "- Occasion" still says used.
    assert listing_condition("Märklin 39460 E-Lok - Occasion, OVP", "new") == "occasion"
    assert listing_condition("Märklin 39460 E-Lok", "new") is None
    assert listing_condition("Märklin 39460 E-Lok", "used") == "used"
    assert listing_condition("Märklin 39460 E-Lok - Occasion, OVP", None) == "occasion"


def _write(path: Path, rows: list[tuple]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _import_and_match(workspace, folder: Path, theirs: list[tuple]) -> dict:
    """Our locomotives and their listings `theirs` (key, name, price, condition) through
    `catalogue import`, `offers import`, `storecheck match` and `matches export`: {key: exported row}."""
    workspace.add_competitor("Rival", "https://rival.example/")
    _write(folder / "catalogue.csv", [("sku", "name", "brand", "price"), *OURS])
    _write(folder / "offers.csv", [("key", "name", "price", "condition"), *theirs])
    for args in (("catalogue", "import", str(folder / "catalogue.csv")),
                 ("offers", "import", str(folder / "offers.csv"), "--competitor", "Rival"),
                 ("match",), ("matches", "export", str(folder / "matches.csv"))):
        result = cli_run(workspace, *args)
        assert result.exit_code == 0, result.output
    with (folder / "matches.csv").open(encoding="utf-8-sig") as handle:
        return {row["key"]: row for row in csv.DictReader(handle)}


def _exported_offers(workspace, folder: Path) -> dict:
    out = folder / "offers-out.csv"
    result = cli_run(workspace, "export", "offers", str(out))
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig") as handle:
        return {row["key"]: row for row in csv.DictReader(handle)}


def test_an_offers_file_states_the_condition_and_the_matcher_takes_its_word(workspace, tmp_path):
    # T1's title says nothing of its condition, its file says it is used: put to a person, never
    # matched, the reason and the export saying the shop states it. T3 is stated new, as its title
    # says nothing: matched. T4's title says "Occasion" and its file "new", as a shop's template
    # writes for every product: the title's word stands, put to a person.
    theirs = [(*THEIRS[0], "https://schema.org/UsedCondition"), (*THEIRS[1], ""), (*THEIRS[2], "new"),
              ("T4", THEIRS[2][1] + " - Occasion", "119.00", "new")]
    found = _import_and_match(workspace, tmp_path, theirs)
    assert found["T1"]["sku"] == "O1" and found["T1"]["status"] == "proposed", found["T1"]
    assert 'a used listing (the shop states "used") against our new product' in found["T1"]["reason"], found["T1"]
    assert found["T1"]["their_condition"] == "used"
    assert found["T2"]["status"] == "matched" and found["T2"]["their_condition"] == ""
    assert found["T3"]["status"] == "matched" and found["T3"]["their_condition"] == "new", found["T3"]
    assert found["T4"]["status"] != "matched", found["T4"]
    assert 'a used listing ("occasion") against our new product' in found["T4"]["reason"], found["T4"]
    offers = _exported_offers(workspace, tmp_path)
    assert {key: row["condition"] for key, row in offers.items()} == {"T1": "used", "T2": "", "T3": "new", "T4": "new"}
    # The price index rests on the two new listings, at our prices: T4's 119.00 is not in it.
    rival = json.loads(cli_run(workspace, "score", "--json").output)["competitors"][0]
    assert rival["pairs"] == 2 and rival["price_index"] == pytest.approx(100.0), rival


def test_a_used_listing_its_shop_states_and_a_person_confirmed_is_not_in_the_price_figures(workspace, tmp_path):
    theirs = [(*THEIRS[0], "refurbished"), (*THEIRS[1], "new"), (*THEIRS[2], "new")]
    found = _import_and_match(workspace, tmp_path, theirs)
    rows = list(found.values())
    for row in rows:
        row["status"] = "confirmed" if row["key"] == "T1" else row["status"]
    with (tmp_path / "answers.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert cli_run(workspace, "matches", "import", str(tmp_path / "answers.csv")).exit_code == 0
    rival = json.loads(cli_run(workspace, "score", "--json").output)["competitors"][0]
    assert rival["pairs"] == 2 and rival["price_index"] == pytest.approx(100.0), rival
    out = tmp_path / "price.csv"
    assert cli_run(workspace, "export", "price", str(out)).exit_code == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        priced = {r["sku"]: r for r in csv.DictReader(handle)}
    assert priced["O1"]["gap_pct"] == "", priced["O1"]
    assert 'a used listing (the shop states "refurbished") against our new product' in priced["O1"]["method"], priced["O1"]


def test_a_french_shops_condition_column_is_read(workspace, tmp_path):
    # Review R4: "Occasion" and "Comme neuf" refused the whole file.
    workspace.add_competitor("Rival", "https://rival.example/")
    offers = _write(tmp_path / "offres.csv", [("key", "name", "price", "condition"), (*THEIRS[0], "Occasion"),
                                              (*THEIRS[1], "Comme neuf"), (*THEIRS[2], "Neuf")])
    result = cli_run(workspace, "offers", "import", str(offers), "--competitor", "Rival")
    assert result.exit_code == 0, result.output
    assert {key: row["condition"] for key, row in _exported_offers(workspace, tmp_path).items()} == {
        "T1": "used", "T2": "used", "T3": "new"}


def test_an_unknown_condition_word_is_refused_naming_the_line_and_column_and_nothing_stored_is_lost(workspace,
                                                                                                  tmp_path):
    workspace.add_competitor("Rival", "https://rival.example/")
    first = _write(tmp_path / "first.csv", [("key", "name", "price", "condition"), (*THEIRS[0], "used")])
    assert cli_run(workspace, "offers", "import", str(first), "--competitor", "Rival").exit_code == 0
    bad = _write(tmp_path / "bad.csv", [("key", "name", "price", "condition"), (*THEIRS[0], "new"),
                                        (*THEIRS[1], "mint")])
    result = cli_run(workspace, "offers", "import", str(bad), "--competitor", "Rival")
    assert result.exit_code != 0
    assert "line 3" in result.output and "column 'condition': 'mint' is not a condition" in result.output, result.output
    # Nothing from the file is stored: T1 keeps its condition, T2 is not there.
    offers = _exported_offers(workspace, tmp_path)
    assert {key: row["condition"] for key, row in offers.items()} == {"T1": "used"}


PAGE = """<html><head><title>{name}</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Product", "name": "{name}",
 "sku": "{sku}", "offers": {{"@type": "Offer", "price": "{price}", "priceCurrency": "EUR",
 "availability": "https://schema.org/InStock"{condition}}}}}</script></head>
<body><h1>{name}</h1><p>{price} EUR</p></body></html>"""
MICRODATA_PAGE = """<html><head><title>{name}</title></head><body>
<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">{name}</h1>
<span itemprop="sku">{sku}</span>
<div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
 <link itemprop="itemCondition" href="http://schema.org/RefurbishedCondition">
 <span itemprop="price" content="{price}">{price}</span> <meta itemprop="priceCurrency" content="EUR">
</div></div></body></html>"""


def test_a_crawl_reads_the_condition_a_product_page_states(workspace, tmp_path):
    # A shop on 127.0.0.1: its used locomotive says so in JSON-LD only, its refurbished one in
    # microdata only, its new one says nothing. `storecheck crawl`, `match`, `matches export`.
    pages = {
        "/": b'<html><body><a href="/p/1.html">1</a> <a href="/p/2.html">2</a> <a href="/p/3.html">3</a></body></html>',
        "/p/1.html": PAGE.format(name=THEIRS[0][1], sku="T1", price="299.00",
                                 condition=', "itemCondition": "https://schema.org/UsedCondition"').encode(),
        "/p/2.html": MICRODATA_PAGE.format(name=THEIRS[1][1], sku="T2", price="339.00").encode(),
        "/p/3.html": PAGE.format(name=THEIRS[2][1], sku="T3", price="189.00", condition="").encode(),
    }
    _write(tmp_path / "catalogue.csv", [("sku", "name", "brand", "price"), *OURS])
    assert cli_run(workspace, "catalogue", "import", str(tmp_path / "catalogue.csv")).exit_code == 0
    with serve_pages(pages.get) as url:
        workspace.add_competitor("Rival", url, platform="html", download_delay=0, currency="EUR")
        result = cli_run(workspace, "crawl", "Rival")
        assert result.exit_code == 0, result.output
    offers = _exported_offers(workspace, tmp_path)
    assert {key: row["condition"] for key, row in offers.items()} == {"T1": "used", "T2": "refurbished", "T3": ""}
    for args in (("match",), ("matches", "export", str(tmp_path / "matches.csv"))):
        assert cli_run(workspace, *args).exit_code == 0
    with (tmp_path / "matches.csv").open(encoding="utf-8-sig") as handle:
        found = {row["key"]: row for row in csv.DictReader(handle)}
    assert found["T1"]["status"] == "proposed" and 'the shop states "used"' in found["T1"]["reason"], found["T1"]
    assert found["T2"]["status"] == "proposed" and 'the shop states "refurbished"' in found["T2"]["reason"], found["T2"]
    assert found["T3"]["status"] == "matched", found["T3"]
