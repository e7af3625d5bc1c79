"""A third tester's pass over promotion texts as shops write them, through `offers import`."""

from __future__ import annotations

from crawlers.promotions import parse_promotion
from test_tester_imports import _offers


def test_buy_n_pay_a_price_is_a_multibuy_at_that_price(workspace, tmp_path):
    # "Buy 2 pay 5 €" is "2 for 5 €" in the words of Nordic, Dutch, German and Italian shops. It was
    # read as no promotion at all (or a plain sale beside a was-price), so the promotion mix missed it.
    _, stored = _offers(workspace, tmp_path, "key,name,price,regular_price,promotion\n"
                                             "K1,Cup,2.00,2.50,buy 2 pay 5 €\nK2,Tea,3.00,,\"Kauf 2, zahl 5,00 €\"\n"
                                             "K3,Jug,3.00,,Buy 2 pay only €5\nK4,Pot,9.00,,buy 3 pay 2\n")
    assert {key: row["promo_type"] for key, row in stored.items()} == {
        "K1": "multibuy", "K2": "multibuy", "K3": "multibuy", "K4": "multibuy"}


def test_buy_n_pay_a_price_reads_the_count_and_the_price():
    from decimal import Decimal

    promotion = parse_promotion("Köp 2 betala 30 kr")
    assert (promotion.type, promotion.buy, promotion.pay, promotion.bundle_price) == ("multibuy", 2, None, Decimal("30"))
    assert parse_promotion("buy 1 pay 5 €") is None  # one for a price is a price, not a multibuy
    assert parse_promotion("Buy 2 pay 3") is None  # paying for more than one takes is no offer
