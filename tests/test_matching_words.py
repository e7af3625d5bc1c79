"""A competitor that names its products in its own language: our catalogue in
English, theirs in German, built here in code. About half the products carry a
model code both shops write ("KS-2814B"), the rest are named only in words; in
each brand's series the same size is sold as several kinds of product ("frying
pan" / "saucepan", "Bratpfanne" / "Kochtopf"), so only the word for the kind
tells them apart, and that word is in another language on each side. The
competitor also sells sizes we do not (a wrong pair if matched), and we sell
products they do not.

The figure is read with `python -m tests.test_matching_words` (`-v` for every
worded pair with its status and reason).
"""

from __future__ import annotations

import sys
from collections import Counter

import pandas as pd
import pytest

from benchmark.matching import match_products

# (our words, their words) for each kind of product, grouped by what a series sells.
GROUPS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "cookware": ("{} cm", [("frying pan", "Bratpfanne"), ("saucepan", "Kochtopf"), ("stockpot", "Suppentopf"),
                           ("casserole", "Schmortopf")]),
    "bedding": ("{}x200 cm", [("mattress", "Matratze"), ("duvet", "Bettdecke"), ("mattress topper", "Topper"),
                              ("fitted sheet", "Spannbettlaken")]),
    "tools": ("{} V", [("cordless drill", "Akku-Bohrschrauber"), ("angle grinder", "Winkelschleifer"),
                       ("jigsaw", "Stichsäge"), ("circular saw", "Handkreissäge")]),
    "kitchen": ("{}00 W", [("kettle", "Wasserkocher"), ("toaster", "Toaster"), ("blender", "Standmixer"),
                           ("coffee maker", "Kaffeemaschine")]),
    "home": ("{} cm", [("floor lamp", "Stehleuchte"), ("desk", "Schreibtisch"), ("bookcase", "Bücherregal"),
                       ("wardrobe", "Kleiderschrank")]),
}
BRANDS = {
    "cookware": [("Kessler", "Aurora"), ("Kessler", "Brava"), ("Vollrath", "Classic"), ("Vollrath", "Ember"),
                 ("Nordal", "Fjord"), ("Nordal", "Granit"), ("Brenner", "Hestia"), ("Brenner", "Iris")],
    "bedding": [("Somnio", "Aria"), ("Somnio", "Bella"), ("Dunlo", "Cirrus"), ("Dunlo", "Dolce"),
                ("Hjem", "Eira"), ("Hjem", "Frost"), ("Velora", "Gaia"), ("Velora", "Hera")],
    "tools": [("Kraftmann", "Titan"), ("Kraftmann", "Ultra"), ("Steinberg", "Vector"), ("Steinberg", "Wolf"),
              ("Arbor", "Xeno"), ("Arbor", "Yukon"), ("Forja", "Zenit"), ("Forja", "Atlas")],
    "kitchen": [("Domo", "Bolero"), ("Domo", "Calypso"), ("Kitchara", "Delta"), ("Kitchara", "Echo"),
                ("Melis", "Flora"), ("Melis", "Gusto"), ("Tavola", "Halo"), ("Tavola", "Indigo")],
    "home": [("Lindqvist", "Juno"), ("Lindqvist", "Kira"), ("Casaro", "Luna"), ("Casaro", "Mira"),
             ("Holmen", "Nova"), ("Holmen", "Orla"), ("Verdi", "Pia"), ("Verdi", "Quinta")],
}
# One colour per series (so that the word for the kind is what tells its products apart), in both languages.
COLOURS = [("black", "schwarz"), ("white", "weiß"), ("grey", "grau"), ("red", "rot")]


def catalogues() -> tuple[pd.DataFrame, pd.DataFrame, set[tuple[str, str]], set[str]]:
    """Our catalogue, theirs, the true pairs (sku, key), and the skus named in words only."""
    ours, theirs, truth, worded = [], [], set(), set()
    n = 0
    for group, (size_pattern, kinds) in GROUPS.items():
        for s, (brand, series) in enumerate(BRANDS[group]):
            colour_en, colour_de = COLOURS[s % len(COLOURS)]
            size = size_pattern.format(20 + 2 * (s % 3))
            for k, (en, de) in enumerate(kinds):
                n += 1
                sku, key = f"O{n:03d}", f"T{n:03d}"
                # Every other product (alternating within a series, so each kind has both) carries a code.
                code = f"{brand[:2].upper()}-{1000 + 37 * n}{'ABCD'[k]}" if (s + k) % 2 == 0 else ""
                price = 20 + (n * 7) % 180
                ours.append({"sku": sku, "name": f"{brand} {series} {en} {size} {colour_en} {code}".strip(),
                             "brand": brand, "price": f"{price}.00"})
                theirs.append({"competitor_product_id": key, "brand": brand, "price": f"{price - 1}.90",
                               "name": f"{brand} {series} {de} {size} {colour_de} {code}".strip()})
                truth.add((sku, key))
                if not code:
                    worded.add(sku)
                # Their other size of one kind per series, which we do not sell: no counterpart.
                if k == s % len(kinds):
                    other = size_pattern.format(40 + 2 * (s % 3))
                    theirs.append({"competitor_product_id": f"V{n:03d}", "brand": brand, "price": f"{price + 30}.90",
                                   "name": f"{brand} {series} {de} {other} {colour_de}"})
        # A product of ours they do not sell, per group.
        n += 1
        ours.append({"sku": f"O{n:03d}", "name": f"{BRANDS[group][0][0]} Solo {kinds[0][0]} {size_pattern.format(30)}",
                     "brand": BRANDS[group][0][0], "price": "99.00"})
    return pd.DataFrame(ours), pd.DataFrame(theirs), truth, worded


def reading(found: pd.DataFrame, truth: set[tuple[str, str]], worded: set[str]) -> Counter:
    """How many true pairs are matched and proposed (all, and of the worded products), and wrong pairs."""
    counts: Counter = Counter()
    for sku, key, status in zip(found.sku, found.competitor_product_id, found.status):
        right = (sku, key) in truth
        counts[f"{'true' if right else 'wrong'} {status}"] += 1
        if right and sku in worded:
            counts[f"worded true {status}"] += 1
    return counts


def read() -> tuple[pd.DataFrame, Counter]:
    ours, theirs, truth, worded = catalogues()
    found = match_products(ours, theirs, workers=1)
    return found, reading(found, truth, worded)


def test_the_catalogues_are_as_described():
    ours, theirs, truth, worded = catalogues()
    assert len(ours) == 165 and len(theirs) == 200 and len(truth) == 160
    assert len(worded) == 80
    # The worded pairs share no word for the kind: only the brand, series, size and colour.
    assert not any(" pan " in name for name in theirs.name)


def test_codes_find_their_pairs_and_no_variant_is_matched():
    found, counts = read()
    assert counts["true matched"] >= 80
    assert counts["wrong matched"] == 0


# Before a competitor's words are learned (main at a81b14f): 118 true pairs matched and 39 proposed of 160
# (of the 80 named in words only: 38 matched, 39 proposed), no wrong pair matched, 18 proposed (another
# kind of the same series, size and colour, "Kochtopf" for our frying pan).
@pytest.mark.xfail(strict=True, reason="their words are not read as ours yet")
def test_their_words_for_a_kind_are_read_as_ours_from_the_pairs_their_codes_prove():
    found, counts = read()
    assert counts["worded true matched"] == 80
    assert counts["wrong matched"] == 0 and counts["wrong proposed"] == 0


if __name__ == "__main__":
    found, counts = read()
    print(dict(sorted(counts.items())))
    if "-v" in sys.argv:
        _, _, truth, worded = catalogues()
        for row in found.itertuples():
            if row.sku in worded or (row.sku, row.competitor_product_id) not in truth:
                right = "right" if (row.sku, row.competitor_product_id) in truth else "WRONG"
                print(f"{right} {row.status} {row.score:.2f} {row.sku} {row.competitor_product_id}: {row.reason}")
