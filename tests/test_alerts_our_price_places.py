"""Our own price in an undercut or a price move is written in its currency's places, as theirs is
beside it (review R7 of the thirtieth session: "2,500 JPY → 2,300 JPY; our X at 12990.00 JPY")."""

from decimal import Decimal
from types import SimpleNamespace

from storecheck.analysis.undercuts import _our_price_written


def pair(price: str, currency: str) -> SimpleNamespace:
    return SimpleNamespace(our_price=Decimal(price), our_currency=currency, their_pack=Decimal(1),
                           our_pack=None, pack_sizes=None)


def test_our_yen_price_has_no_cents():
    assert _our_price_written(pair("12990", "JPY")) == "12990 JPY"


def test_our_dinar_price_keeps_its_third_place():
    assert _our_price_written(pair("1.250", "KWD")) == "1.250 KWD"


def test_our_euro_price_keeps_two_places():
    assert _our_price_written(pair("12.5", "EUR")) == "12.50 EUR"
