"""The visible page's rules mended on the eighteenth session's set-aside pages (aside18), each written
for a kind of miss that recurs over the seven batches (the causes table in bench/history/extraction.md),
tested on small pages written here: one shape per test, and the shape one step off it that must not
change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read


@pytest.mark.parametrize(("block", "lang", "price", "former"), [
    # Verkkokauppa: "Ovh." is no known word, and only a hashed class's CSS strikes the amount.
    ('<data class="sc-a" value="449.90">449,90 €</data><div><span>Ovh.</span> <span class="sc-b">599,00 €</span>'
     ' <span class="sc-c">Säästä 149,10 €</span></div>', "fi", "449.90", "599.00"),
    # The former price after the price, in a word the rules do not know, the saving likewise.
    ('<div class="p"><b>59.999 RSD</b></div><div><span>Prethodno:</span> <span>69.999 RSD</span></div>'
     '<div>Ušteda: 10.000 RSD</div>', "sr", "59999", "69999"),
    # The higher amount first, the saving last.
    ('<p><span class="a">1 199,00 €</span> <span class="b">849,00 €</span></p><p>Tasarruf 350,00 €</p>', "tr",
     "849.00", "1199.00"),
])
def test_a_saving_shown_beside_two_amounts_makes_the_higher_the_former_price(block, lang, price, former):
    got = read(block, lang, "https://www.shop.example.eu/kone")
    assert (got["price"], got["regular_price"]) == (Decimal(price), Decimal(former))


def test_a_saving_shown_beside_two_amounts_in_each_language():
    got = read('<data value="449.90">449,90 €</data><div><span>Ovh.</span> <span>599,00 €</span>'
               ' <span>Säästä 149,10 €</span></div>', "fi", "https://www.shop.example.fi/kone")
    assert (got["price"], got["regular_price"]) == (Decimal("449.90"), Decimal("599.00"))


@pytest.mark.parametrize("block", [
    # A third amount that is not their difference: nothing says which of the two was before.
    '<data value="449.90">449,90 €</data><div><span>Ovh.</span> <span>599,00 €</span> <span>Säästä 149,00 €</span></div>',
    # The difference shown far from both (a footer's note many elements away) says nothing of them.
    '<data value="449.90">449,90 €</data><div><span>Ovh.</span> <span>599,00 €</span></div>'
    + "".join(f"<p>Ominaisuus {n}</p>" for n in range(12)) + "<p>Lahjakortti 149,10 €</p>",
])
def test_no_saving_beside_the_two_amounts_strikes_neither(block):
    got = read(block, "fi", "https://www.shop.example.fi/kone")
    assert got.get("regular_price") is None
