"""What to copy led by a market stall's two shelf prices (tester21's C).

A garden centre's report ranked first "Stragan na Kleparzu: Cheaper on Nasiona ... 3.49 PLN against 2.40
PLN — impact 77.37": a seed packet seen once on a stall whose price index rests on two shelf checks, above
a web shop that is cheaper on six garden tools read on its shop. Each price item said neither how many
prices it stood on nor where they came from, and an impact one price makes was sized like one many make.

The lead's decision: an advantage is ranked by its size and the evidence behind it; each line says how
many prices it stands on and which sources (shelf checks of a day, the web shop read on a day), and one
standing on too few prices to tell from none says so and does not lead. "Too few" is read from the
competitor's own prices (each left out in turn: an impact that one price makes moves by its whole size),
not from a count picked for one shop.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from test_alerts import cli_run

from conftest import serve_pages


def _ean(stem: str) -> str:
    digits = [int(d) for d in stem]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return stem + str(check)


# Six garden tools the web shop sells 8-12% below us, six fertilisers at our price.
TOOLS = [(f"NZ-{i}", f"Sekator model {i}", _ean(f"590000000{i:03d}"), ours, theirs)
         for i, (ours, theirs) in enumerate([("89.00", "79.99"), ("24.99", "22.99"), ("45.00", "40.99"),
                                             ("129.00", "117.00"), ("15.99", "14.49"), ("62.00", "56.99")])]
FERTILISERS = [(f"NW-{i}", f"Nawóz uniwersalny {i} kg", _ean(f"590000100{i:03d}"), price, price)
               for i, price in enumerate(["34.99", "19.99", "64.99", "12.49", "27.00", "44.90"])]
PAGE = """<html><head><title>{name}</title>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Product", "name": "{name}",
 "sku": "{sku}", "gtin13": "{gtin}", "offers": {{"@type": "Offer", "price": "{price}", "priceCurrency": "PLN",
 "availability": "https://schema.org/InStock"}}}}</script></head>
<body><h1>{name}</h1><p>{price} zł</p></body></html>"""


def _shop() -> dict[str, bytes]:
    rows = TOOLS + FERTILISERS
    pages = {"/": "".join(f'<a href="/p/{sku}.html">{name}</a> ' for sku, name, *_ in rows).encode()}
    for sku, name, gtin, _ours, theirs in rows:
        pages[f"/p/{sku}.html"] = PAGE.format(name=name, sku=sku, gtin=gtin, price=theirs).encode()
    return pages


def _write(path: Path, rows: list[tuple]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def _what_to_copy(workspace) -> list[dict]:
    result = cli_run(workspace, "score", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["what_to_copy"]


def test_a_stalls_two_shelf_prices_say_they_are_thin_and_do_not_lead_a_web_shops_six(workspace, tmp_path: Path):
    path = workspace.config_path
    path.write_text(path.read_text(encoding="utf-8").replace('currency = "EUR"', 'currency = "PLN"', 1), encoding="utf-8")
    ours = [("sku", "name", "category", "gtin", "price", "currency")]
    ours += [(sku, name, "Narzędzia ogrodowe", gtin, price, "PLN") for sku, name, gtin, price, _ in TOOLS]
    ours += [(sku, name, "Nawozy", gtin, price, "PLN") for sku, name, gtin, price, _ in FERTILISERS]
    ours += [("OG-007", "Nasiona pomidor Malinowy Ożarowski", "Nasiona", "", "3.49", "PLN"),
             ("ZOO-110", "Siano dla gryzoni Vitapol 500 g", "Gryzonie", "", "6.99", "PLN")]
    visits = [("competitor", "store", "visited_at", "visitor", "score_environment"),
              ("Stragan", "Rynek Kleparski", "01.11.2026 10:30", "Łukasz", "3")]
    checks = [("visit_row", "sku", "product", "price"), ("2", "OG-007", "", "2,40"), ("2", "ZOO-110", "", "5,50")]
    with serve_pages(_shop().get) as base:
        workspace.add_competitor("Ogrodnik24", base, platform="html", download_delay=0, currency="PLN")
        for args in (("catalogue", "import", str(_write(tmp_path / "ours.csv", ours))),
                     ("competitor", "add", "Stragan"), ("store", "add", "Stragan", "Rynek Kleparski"),
                     ("visit", "import", str(_write(tmp_path / "visits.csv", visits)),
                      "--price-checks", str(_write(tmp_path / "checks.csv", checks))),
                     ("crawl", "Ogrodnik24"), ("match",)):
            result = cli_run(workspace, *args)
            assert result.exit_code == 0, result.output

    items = [i for i in _what_to_copy(workspace) if i["area"] == "price"]
    by = {(i["competitor"], i["advantage"].split(":")[0]): i for i in items}
    tools = by["Ogrodnik24", "Cheaper on Narzędzia ogrodowe"]
    seeds = by["Stragan", "Cheaper on Nasiona"]
    # Before: the stall's seeds first (impact about 77, the web shop's tools about 9), with nothing said.
    assert items[0] is tools, [(i["competitor"], i["advantage"], i["impact"]) for i in items]
    assert seeds["impact"] > tools["impact"], (seeds, tools)  # the estimate itself stands, the evidence is named
    assert "stands on 6 prices: 6 read on their web shop (latest 20" in tools["evidence"], tools["evidence"]
    assert "of the 12 the index rests on" in tools["evidence"] and "thin" not in tools["evidence"], tools["evidence"]
    assert "stands on 1 price: 1 from shelf checks on 2026-11-01, of the 2 the index rests on" in seeds["evidence"], seeds
    assert "thin: too few or too uneven prices to tell it from none" in seeds["evidence"], seeds["evidence"]


def test_the_spread_of_an_impact_is_the_jackknifes_worked_out_price_by_price():
    # The sums per distinct weight (`_LeftOutOneAtATime`) against leaving each price out and working the
    # impact out again, with sales weights of several sizes and some of none.
    import numpy as np

    from benchmark.scorecard import _LeftOutOneAtATime

    rng = np.random.default_rng(3)
    for trial in range(200):
        n = int(rng.integers(2, 30))
        ratios = np.exp(rng.normal(0.05, 0.2, n))
        weights = rng.choice([1.0, 2.0, 0.5, 0.0, 3.3], n) if trial % 2 else np.ones(n)
        zeroed = np.flatnonzero((ratios > 1.01) & (rng.random(n) < 0.5))
        if weights.sum() == 0 or not len(zeroed):
            continue
        logs = weights * np.log(ratios)
        in_part = np.isin(np.arange(n), zeroed)
        impacts = []
        for j in range(n):
            keep = np.arange(n) != j
            if weights[keep].sum() > 0:
                total, weight = logs[keep].sum(), weights[keep].sum()
                impacts.append(200 * (np.exp(total / weight) - np.exp((total - logs[keep & in_part].sum()) / weight)))
        spread = _LeftOutOneAtATime(logs, weights, 200).spread(zeroed)
        if len(impacts) < 2:
            assert spread is None
            continue
        impacts_ = np.array(impacts)
        expected = np.sqrt((len(impacts_) - 1) / len(impacts_) * ((impacts_ - impacts_.mean()) ** 2).sum())
        assert spread == pytest.approx(expected, rel=1e-9, abs=1e-9)
