"""`storecheck demo` end to end, as a new user runs it: the real command in a subprocess."""

import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from storecheck.demo.world import COMPETITORS


def test_demo_names_three_competitors_with_price_indexes(tmp_path):
    keep = tmp_path / "demo"
    result = subprocess.run(
        [sys.executable, "-m", "storecheck", "demo", "--products", "60", "--keep", str(keep)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report_line = [line for line in result.stdout.splitlines() if line.startswith("Report: ")]
    assert report_line, result.stdout
    report = report_line[-1].removeprefix("Report: ")
    soup = BeautifulSoup(Path(report).read_text(encoding="utf-8"), "html.parser")
    cards = soup.select("#summary article.card")
    assert sorted(card["data-competitor"] for card in cards) == sorted(name for name, _ in COMPETITORS)
    for card in cards:
        index = card.select_one(".big").get_text(strip=True)
        assert float(index) > 0, f"{card['data-competitor']} has no price index"
    assert (keep / "storecheck.toml").is_file()
