"""Promotion texts -> structured promotions; pack sizes -> unit prices."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crawlers.promotions import pack_quantity, parse_dates, parse_promotion, unit_price

TODAY = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("-20%", {"type": "percent_off", "percent": Decimal(20)}),
        ("20% off", {"type": "percent_off", "percent": Decimal(20)}),
        ("20 % Rabatt", {"type": "percent_off", "percent": Decimal(20)}),
        ("Save 25%", {"type": "percent_off", "percent": Decimal(25)}),
        ("€2 off", {"type": "amount_off", "amount": Decimal(2)}),
        ("Save £1.50", {"type": "amount_off", "amount": Decimal("1.50")}),
        ("3 for 2", {"type": "multibuy", "buy": 3, "pay": 2}),
        ("3 zum Preis von 2", {"type": "multibuy", "buy": 3, "pay": 2}),
        ("2 for €5.00", {"type": "multibuy", "buy": 2, "bundle_price": Decimal("5.00")}),
        ("2 für 5,00 €", {"type": "multibuy", "buy": 2, "bundle_price": Decimal("5.00")}),
        ("any 3 for £10", {"type": "multibuy", "buy": 3, "bundle_price": Decimal(10)}),
        ("buy 2 get 1 free", {"type": "multibuy", "buy": 3, "pay": 2}),
        ("Buy one get one free", {"type": "multibuy", "buy": 2, "pay": 1}),
        ("2nd at half price", {"type": "multibuy", "buy": 2, "percent": Decimal(50)}),
        ("Buy 2 save 20%", {"type": "multibuy", "buy": 2, "percent": Decimal(20)}),
        ("Bundle: shampoo + conditioner for €7.99", {"type": "bundle", "bundle_price": Decimal("7.99")}),
        ("Clubcard price", {"type": "loyalty", "loyalty_only": True}),
        ("Members only: 10% off", {"type": "loyalty", "loyalty_only": True, "percent": Decimal(10)}),
        ("3 for 2 with your Nectar card", {"type": "multibuy", "loyalty_only": True, "buy": 3, "pay": 2}),
        ("Sale", {"type": "sale"}),
        # Words for the depth, and Polish shops' multibuys (tester12 found these read as no promotion).
        ("Half price", {"type": "percent_off", "percent": Decimal(50)}),
        ("Now half-price!", {"type": "percent_off", "percent": Decimal(50)}),
        ("3 za 2", {"type": "multibuy", "buy": 3, "pay": 2}),
        ("2 za 10 zł", {"type": "multibuy", "buy": 2, "bundle_price": Decimal(10)}),
        ("Druga sztuka 50% taniej", {"type": "multibuy", "buy": 2, "percent": Decimal(50)}),
        ("Drugi produkt za pół ceny", {"type": "multibuy", "buy": 2, "percent": Decimal(50)}),
        # The depth before the item it applies to (review R1): a multibuy on that item, not a cut on each.
        ("Half price on the second item", {"type": "multibuy", "buy": 2, "percent": Decimal(50)}),
        ("Buy 2, get the 3rd half price", {"type": "multibuy", "buy": 3, "percent": Decimal(50)}),
        ("Buy 2 get the 3rd 50% off", {"type": "multibuy", "buy": 3, "percent": Decimal(50)}),
        ("Half price when you buy two", {"type": "multibuy", "buy": 2, "percent": Decimal(50)}),
    ],
)
def test_promotion_texts(text, expected):
    promotion = parse_promotion(text, today=TODAY)
    assert promotion is not None
    assert promotion.text == text
    for field, value in expected.items():
        assert getattr(promotion, field) == value, field


def test_not_a_promotion():
    assert parse_promotion("New", today=TODAY) is None
    assert parse_promotion("", today=TODAY) is None
    assert parse_promotion(None, price=Decimal(5), regular_price=Decimal(5)) is None
    # A pack size is not a multibuy.
    assert parse_promotion("5 x 2 kg", today=TODAY) is None
    # A count followed by a Polish word starting "za" is no "N za M".
    assert parse_promotion("5 zabawek w zestawie", today=TODAY) is None
    # Half price delivery halves the delivery, not the product's price (review R1).
    assert parse_promotion("Half price delivery", today=TODAY) is None


@pytest.mark.parametrize(
    "text",
    [
        "Save 50% on delivery",
        "50% off delivery",
        "Save £3 on delivery",
        "£2 off shipping this week",
        "Half price on delivery",
        "Get 50% off your postage",
        "-50% auf den Versand",
        "-50% sur la livraison",
        "50% taniej na dostawę",
    ],
)
def test_a_cut_on_delivery_is_not_a_cut_on_the_product(text):
    # The discount names what it cuts: delivery, not the product, so no price cut is read and the
    # promotions score does not count a half-price product that was never on offer.
    assert parse_promotion(text, today=TODAY) is None


@pytest.mark.parametrize(
    ("text", "kind", "percent"),
    [
        ("20% off + half price delivery", "percent_off", Decimal(20)),
        ("Sale: 30% off, save 50% on shipping", "percent_off", Decimal(30)),
        ("Half price! Free delivery", "percent_off", Decimal(50)),
        ("Zweiter Artikel zum halben Preis", "multibuy", Decimal(50)),
        ("Drugi produkt za pół ceny", "multibuy", Decimal(50)),
        ("Second item ½ price", "multibuy", Decimal(50)),
        # A product's cut beside free delivery, as EU shops write it (review R1): the cut is the product's.
        ("-20% versandkostenfrei", "percent_off", Decimal(20)),
        ("20% Rabatt versandkostenfrei", "percent_off", Decimal(20)),
        ("Jetzt 20% Rabatt Versandkostenfrei bestellen", "percent_off", Decimal(20)),
        ("-20% Lieferung kostenlos", "percent_off", Decimal(20)),
        ("-20% envío gratis", "percent_off", Decimal(20)),
        ("-15% spedizione gratuita", "percent_off", Decimal(15)),
        ("-15% verzending gratis", "percent_off", Decimal(15)),
        ("-20% dostawa gratis", "percent_off", Decimal(20)),
        ("Save 10% shipping included", "percent_off", Decimal(10)),
        ("Save £5 delivery included", "amount_off", None),
    ],
)
def test_the_products_own_cut_is_read_beside_a_cut_on_delivery(text, kind, percent):
    promotion = parse_promotion(text, today=TODAY)
    assert promotion is not None and promotion.text == text
    assert (promotion.type, promotion.percent) == (kind, percent)


def test_plain_sale_from_prices_only():
    promotion = parse_promotion(None, price=Decimal("8.00"), regular_price=Decimal("10.00"))
    assert promotion.type == "sale"
    assert promotion.percent == Decimal("20.0")
    assert promotion.amount == Decimal("2.00")


def test_percent_off_text_with_prices_keeps_stated_depth():
    promotion = parse_promotion("Save 20%", price=Decimal("7.99"), regular_price=Decimal("9.99"))
    assert promotion.type == "percent_off" and promotion.percent == Decimal(20)
    assert promotion.amount == Decimal("2.00")


@pytest.mark.parametrize(
    ("text", "starts", "ends"),
    [
        ("valid until 31.12.2024: -15%", None, date(2024, 12, 31)),
        ("Offer ends 5 November", None, date(2024, 11, 5)),
        ("Save 25% until 2024-07-01", None, date(2024, 7, 1)),
        ("gültig vom 1.12. bis 24.12.2024", date(2024, 12, 1), date(2024, 12, 24)),
        ("valid 1.12.–24.12.2024", date(2024, 12, 1), date(2024, 12, 24)),
        ("from June 3 to June 9", date(2024, 6, 3), date(2024, 6, 9)),
        ("3 for 2", None, None),
    ],
)
def test_validity_dates(text, starts, ends):
    assert parse_dates(text, today=TODAY) == (starts, ends)


def test_dates_reach_the_promotion():
    promotion = parse_promotion("20% off until 30/06/2024", today=TODAY)
    assert promotion.ends == date(2024, 6, 30)


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("Cola 6 x 330 ml", (Decimal("1.980"), "l")),
        ("Rice 1,5 kg", (Decimal("1.5"), "kg")),
        ("Crisps 175g", (Decimal("0.175"), "kg")),
        ("Whisky 70cl", (Decimal("0.70"), "l")),
        ("Milk 1 l", (Decimal(1), "l")),
        ("Eggs 10 pcs", (Decimal(10), "piece")),
        ("Batteries, pack of 6", (Decimal(6), "piece")),
        ("T-shirt L", None),
        ("Size 42", None),
    ],
)
def test_pack_quantity(text, quantity):
    assert pack_quantity(text) == quantity


def test_unit_price():
    assert unit_price("Cola 6 x 330 ml", Decimal("3.96")) == (Decimal("2.0000"), "l")
    assert unit_price("Eggs 10 pcs", Decimal("2.50")) == (Decimal("0.2500"), "piece")
    assert unit_price("Crisps 175 g", Decimal("1.75")) == (Decimal("10.0000"), "kg")
    assert unit_price("Plain name", Decimal("1")) is None
    assert unit_price("500 g", None) is None


@pytest.mark.parametrize(
    ("text", "today", "starts", "ends"),
    [
        # Read on 30 December, "ends 5 January" is the coming one: dated in the past, the promotion would look
        # ended and its pair be left out of the price figures.
        ("Offer ends 5 January", date(2026, 12, 30), None, date(2027, 1, 5)),
        ("gültig bis 03.01.", date(2026, 12, 30), None, date(2027, 1, 3)),
        ("from 28 December to 5 January", date(2026, 12, 30), date(2026, 12, 28), date(2027, 1, 5)),
        ("from 28 December to 5 January", date(2027, 1, 3), date(2026, 12, 28), date(2027, 1, 5)),
        ("valid from 28 December", date(2027, 1, 3), date(2026, 12, 28), None),
        # A date just past stays past: this promotion has ended.
        ("until 28 Dec", date(2026, 12, 30), None, date(2026, 12, 28)),
        # A year written is the year.
        ("valid until 5 January 2026", date(2026, 12, 30), None, date(2026, 1, 5)),
        ("valid 1.12.–24.12.2024", date(2024, 6, 1), date(2024, 12, 1), date(2024, 12, 24)),
    ],
)
def test_a_date_without_its_year_is_the_one_nearest_the_day_it_was_read(text, today, starts, ends):
    assert parse_dates(text, today=today) == (starts, ends)
