"""A store manager's competitor card in the report: "Corner Shop" has no web shop (visited, never
crawled), and "Rival" sells online but has not been crawled yet. Under each name the card printed
"auto", the value of a setting (`platform = "auto"`: detect it at the first crawl), which tells a
reader nothing and, for a shop without a web shop, says one is there. It now says "no web shop" and
"platform not detected yet"; a detected or configured platform is named as before."""

from __future__ import annotations

from bs4 import BeautifulSoup
from test_alerts import cli_run


def test_the_card_says_what_the_platform_line_means(workspace, tmp_path):
    assert cli_run(workspace, "competitor", "add", "Corner Shop").exit_code == 0
    assert cli_run(workspace, "competitor", "add", "Rival", "https://rival.example/").exit_code == 0
    assert cli_run(workspace, "competitor", "add", "Bean Co", "https://beans.example/", "--platform", "shopify").exit_code == 0
    assert cli_run(workspace, "report", "-o", str(tmp_path / "report.html")).exit_code == 0
    page = BeautifulSoup((tmp_path / "report.html").read_text(encoding="utf-8"), "html.parser")
    said = {card["data-competitor"]: card.select_one("p.platform").get_text(strip=True)
            for card in page.select("article.card.competitor")}
    assert said == {"Corner Shop": "no web shop", "Rival": "platform not detected yet", "Bean Co": "shopify"}, said
