"""The visible page's rules mended in the twenty-first session on the tenth set-aside batch's misses (aside21),
each by cause, tested on small pages written here: one shape per test, and the shape one step off it that
must not change."""

from __future__ import annotations

from decimal import Decimal

from rule_pages import read


def _prices(got: dict) -> tuple:
    return got["price"], got.get("regular_price")


# Words of other amounts and of former prices ------------------------------------------------------------------

def test_a_price_without_vat_in_hungarian_or_greek_is_another_amount():
    # Shown first and alike, the price without VAT won where its words were unknown.
    got = read("<div class='price'><span>118 102 Ft ÁFA nélkül</span></div><div class='price'>149 990 Ft</div>",
               "hu", "https://shop.example.hu/p")
    assert got["price"] == Decimal("149990")
    got = read("<ul><li class='price'>Χωρίς ΦΠΑ: 36,21€</li><li class='price'>44,90€</li></ul>", "el",
               "https://shop.example.gr/p")
    assert got["price"] == Decimal("44.90")


def test_a_price_with_vat_in_hungarian_stays_the_price():
    # One step off: "bruttó" (with VAT) says nothing against the amount.
    got = read("<div class='price'>Bruttó ár: 149 990 Ft</div>", "hu", "https://shop.example.hu/p")
    assert got["price"] == Decimal("149990")


def test_instalments_counted_in_spanish_before_the_amount_are_another_amount():
    # "Hasta 12 cuotas de $10.832" above the price: the part payment, not the price.
    got = read("<p>Hasta 12 cuotas de <span class='price'>$10.832</span></p><p><span class='price'>$129.990</span></p>",
               "es-CL", "https://shop.example.cl/p")
    assert got["price"] == Decimal("129990")
    got = read("<p>12 cuotas sin interés de <span class='price'>$10.832</span></p><p><span class='price'>$129.990"
               "</span></p>", "es-CL", "https://shop.example.cl/p")
    assert got["price"] == Decimal("129990")


def test_cuotas_not_counting_the_amount_leave_it_the_price():
    # One step off: a note on instalments above the price, with no "de" that makes the amount one of them.
    got = read("<p>Paga en cuotas sin interés</p><p><span class='price'>$129.990</span></p>", "es-CL",
               "https://shop.example.cl/p")
    assert got["price"] == Decimal("129990")


def test_the_regular_price_in_hebrew_is_a_former_price():
    got = read("<div><span>מחיר רגיל:</span> <span class='origin_price'>749.00 ש״ח</span></div>"
               "<div><span>מחיר מבצע:</span> <span class='price'>599.00 ש״ח</span></div>", "he",
               "https://shop.example.co.il/items/2219876")
    assert _prices(got) == (Decimal("599.00"), Decimal("749.00"))


def test_the_price_in_hebrew_is_the_price():
    # One step off: "מחיר:" (price) alone says nothing of a former price.
    got = read("<div><span>מחיר:</span> <span class='price'>599.00 ₪</span></div>", "he",
               "https://shop.example.co.il/items/2219876")
    assert _prices(got) == (Decimal("599.00"), None)
