"""A fourth tester's pass over a workspace edited by hand: storecheck.toml with a typo in a
competitor's selectors."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from storecheck.cli import cli

PAGE = ('<html><body><div class="product"><h1>Mug</h1><span class="price">4,99 €</span></div>'
        '<script type="application/ld+json">{"@type": "Product", "name": "Mug", '
        '"offers": {"price": "4.99", "priceCurrency": "EUR"}}</script></body></html>')


def add_selectors(workspace, selectors: str) -> None:
    with workspace.config_path.open("a", encoding="utf-8") as handle:
        handle.write(f'\n[[competitors]]\nname = "Rival"\nurl = "https://rival.example/"\nselectors = {{ {selectors} }}\n')


@pytest.mark.parametrize(("selectors", "named"), [
    ('price = ".price["', "selectors.price"),
    ('name = "h1:has("', "selectors.name"),
    ('price = "span.price::txt"', "selectors.price"),
    ('brand = "xpath://div[@class="', "selectors.brand"),
    ('sku = "xpath:"', "selectors.sku"),
])
def test_a_selector_that_cannot_be_read_is_refused_naming_its_key(workspace, tmp_path, selectors, named):
    # A typo in a competitor's selector was kept: `extract --competitor` ended in a cssselect
    # traceback, and each crawled page raised it. It is refused when the file is read, as an
    # unknown key or a bad product_url_pattern is.
    add_selectors(workspace, selectors)
    page = tmp_path / "p.html"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(page), "--competitor", "Rival", "--json", "--workspace", str(workspace.path)])
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert f"competitors[0] ('Rival').{named}: is not a" in result.output, result.output


@pytest.mark.parametrize("selectors", [
    'price = ".price"', 'price = "span.price::text"', 'price = "meta[itemprop=price]::attr(content)"',
    'price = "xpath://span[@class=\'price\']/text()"', 'price = "xpath://span[re:test(@class, \'pri?ce\')]"',
    'name = "h1:not(.hidden)"',
])
def test_selectors_as_the_crawl_reads_them_are_kept(workspace, tmp_path, selectors):
    add_selectors(workspace, selectors)
    page = tmp_path / "p.html"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(page), "--competitor", "Rival", "--json", "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    assert '"price": "4.99"' in result.output, result.output


def _renamed_rival(workspace, tmp_path, rows: str) -> CliRunner:
    """Offers (`rows` under key,name,price) imported for "Rivall", then the name mended to "Rival"
    in storecheck.toml by hand, as a typo is."""
    offers = tmp_path / "offers.csv"
    offers.write_text("key,name,price\n" + rows, encoding="utf-8")
    runner = CliRunner()
    for args in (["competitor", "add", "Rivall"], ["offers", "import", str(offers), "--competitor", "Rivall"]):
        assert runner.invoke(cli, [*args, "--workspace", str(workspace.path)]).exit_code == 0
    text = workspace.config_path.read_text(encoding="utf-8")
    workspace.config_path.write_text(text.replace('name = "Rivall"', 'name = "Rival"'), encoding="utf-8")
    return runner


def test_a_competitor_renamed_in_the_config_names_the_history_it_left_behind(workspace, tmp_path):
    # A typo mended in a competitor's name ("Rivall" -> "Rival") in storecheck.toml: the products,
    # prices and visits stay under the old name in the database, left out of every figure, and
    # nothing said so: `competitor list` showed "Rival" with 0 products.
    runner = _renamed_rival(workspace, tmp_path, "k1,Tea,2.00\nk2,Coffee,5.00\n")
    result = runner.invoke(cli, ["competitor", "list", "--workspace", str(workspace.path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "'Rivall' (2 products, 0 visits) is in the database but not in storecheck.toml" in result.output, result.output
    assert "if you renamed it, give it back its old name" in result.output
    for command in (["score"], ["report", "-o", str(tmp_path / "r.html")]):
        result = runner.invoke(cli, [*command, "--workspace", str(workspace.path)], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        assert "Note: 'Rivall' (2 products, 0 visits) is in the database but not in storecheck.toml" in result.output, command


@pytest.mark.parametrize("url", ["https://rival .example/", "https://rival.example .com/shop", "http://rival\\t.example?q=1"])
def test_a_shop_url_with_a_space_in_its_host_is_refused_naming_its_key(workspace, url):
    # Only the start of the URL was checked, so a space typed into the host ("rival .example") was
    # kept, and every crawl failed on a host that cannot exist.
    with workspace.config_path.open("a", encoding="utf-8") as handle:
        handle.write(f'\n[[competitors]]\nname = "Rival"\nurl = "{url}"\n')
    result = CliRunner().invoke(cli, ["competitor", "list", "--workspace", str(workspace.path)])
    assert result.exit_code != 0
    assert "competitors[0] ('Rival').url: the host holds a space (check the spelling)" in result.output, result.output


@pytest.mark.parametrize("url", ["https://bücher.example/neu%20im%20laden?q=a+b#top", "https://rival.example/shop now?q=a b"])
def test_a_shop_url_with_a_space_in_its_path_or_a_foreign_host_is_kept(workspace, url):
    # A space in the path or query is read by the crawl (as %20), as it was before.
    with workspace.config_path.open("a", encoding="utf-8") as handle:
        handle.write(f'\n[[competitors]]\nname = "Rival"\nurl = "{url}"\n')
    result = CliRunner().invoke(cli, ["competitor", "list", "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output


def test_the_report_file_names_a_renamed_competitors_history_too(workspace, tmp_path):
    # The note was printed on the terminal only; the HTML report, the file that is mailed and
    # shared, said nothing of the history left behind (review R15's remainder).
    runner = _renamed_rival(workspace, tmp_path, "k1,Tea,2.00\n")
    out = tmp_path / "r.html"
    result = runner.invoke(cli, ["report", "-o", str(out), "--workspace", str(workspace.path)])
    assert result.exit_code == 0, result.output
    notes = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").find(id="notes")
    assert notes is not None and "'Rivall' (1 product, 0 visits) is in the database but not in storecheck.toml" \
        in notes.get_text(" ", strip=True)
    result = runner.invoke(cli, ["score", "--workspace", str(workspace.path)], env={"COLUMNS": "200"})
    assert result.output.count("'Rivall' (1 product") == 1, result.output
