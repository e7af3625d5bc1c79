"""Stock as the visible page shows it: a badge against the buy button, a button off until a choice is
made, words in Polish; on small pages written here."""

from __future__ import annotations

import pytest

from crawlers.extraction import extract_offers


def stock(body: str) -> bool | None:
    html = f"<html lang='en'><head><title>Sweater</title></head><body><main><h1>Sweater</h1>{body}</main></body></html>"
    offers = extract_offers(html, "https://shop.example.com/sweater")
    assert len(offers) == 1, offers
    return offers[0]["in_stock"]


def test_a_sold_out_badge_the_theme_hides_does_not_outweigh_a_buy_button_left_on():
    # Shopify's Dawn carries both badges on every product and shows one by CSS.
    body = ('<div class="price price--on-sale"><span class="price-item">$96.00</span>'
            '<span class="badge price__badge-sold-out">Sold out</span></div>'
            '<form action="/cart/add"><button type="submit" name="add" class="product-form__submit">Add to cart</button></form>')
    assert stock(body) is True


def test_a_sold_out_text_beside_a_button_switched_off_is_out_of_stock():
    body = ('<div class="price"><span class="price-item">$96.00</span><span class="badge">Sold out</span></div>'
            '<form action="/cart/add"><button type="submit" name="add" class="product-form__submit" disabled>Sold out</button></form>')
    assert stock(body) is False


def test_a_button_off_until_a_size_is_chosen_says_nothing_of_stock():
    body = ('<p class="price">$49.99</p><select name="size"><option value="">Select Size</option><option value="M">M</option></select>'
            '<button class="add-to-cart btn" disabled>Add to Cart</button>')
    assert stock(body) is None


def test_a_button_off_with_nothing_to_choose_is_out_of_stock():
    body = '<p class="price">$49.99</p><button class="add-to-cart btn" disabled>Add to Cart</button>'
    assert stock(body) is False


@pytest.mark.parametrize(("text", "in_stock"), [("Brak towaru", False), ("Produkt dostępny", True)])
def test_polish_stock_words(text, in_stock):
    body = f'<p class="price">259,99 zł</p><div class="availability"><span>Dostępność:</span> <span>{text}</span></div>'
    assert stock(body) is in_stock
