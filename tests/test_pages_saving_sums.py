"""A third amount beside two that is their difference (review R2 of the eighteenth session, on 1b035f7):
a saving names the higher amount a former price, but the difference of two amounts shown together is
as often a sum of theirs (net + VAT = gross, price + deposit = total). An amount the page labels a tax,
a net price or a deposit is no saving."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read

VAT = ('<div class="price-block"><div class="price-gross">449,99 €</div><table class="price-details">'
       '<tr><td>Netto</td><td>378,14 €</td></tr><tr><td>zzgl. 19% MwSt.</td><td>71,85 €</td></tr></table></div>'
       '<button>In den Warenkorb</button>')
DEPOSIT = ('<div class="preis"><span class="preis-aktuell">6,49 €</span> <span class="pfand">zzgl. 3,30 € Pfand</span>'
           ' <span class="gesamt">Gesamt 9,79 €</span></div><button>In den Warenkorb</button>')


@pytest.mark.parametrize(("block", "price"), [(VAT, "449.99"), (DEPOSIT, "6.49")],
                         ids=["net-plus-vat", "price-plus-deposit"])
def test_a_sum_shown_beside_a_price_is_no_former_price(block, price):
    # Before: the VAT page read price 71.85 with former 449.99 (an "84% sale"), the crate 6.49 with former
    # 9.79 (a 34% sale it does not have).
    product = read(block, "de-DE", "https://www.shop.example.de/p/1")
    assert (product["price"], product.get("regular_price")) == (Decimal(price), None), product


@pytest.mark.parametrize(("saving", "lang"), [("Säästä 149,10 €", "fi-FI"), ("Sie sparen 149,10 €", "de-DE")])
def test_a_saving_still_names_the_former_price(saving, lang):
    block = (f'<div class="price"><span class="now">449,90 €</span> <span class="old">Ovh. 599,00 €</span>'
             f' <span class="s">{saving}</span></div><button>Add</button>')
    product = read(block, lang, "https://www.shop.example.fi/p/1")
    assert (product["price"], product["regular_price"]) == (Decimal("449.90"), Decimal("599.00")), product
