"""The visible page's rules mended on the eighteenth session's set-aside pages (aside18), each written
for a kind of miss that recurs over the seven batches (the causes table in bench/history/extraction.md),
tested on small pages written here: one shape per test, and the shape one step off it that must not
change."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rule_pages import read

from crawlers.extraction import extract_offers


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


@pytest.mark.parametrize(("block", "lang", "price"), [
    # Verkkokauppa's part payment, Finnish "kk" (a month) after the sign, in the amount's own text; it
    # stands nearer the title than the price and is named no differently.
    ('<div><span>Osamaksu alk. 19,79 €/kk</span></div><p>449,90 €</p>', "fi", "449.90"),
    # Rozetka's, in Ukrainian; Pigu's, in Lithuanian; Elgiganten's, in Swedish; Zip's weekly payment.
    ('<p>від 1 083 ₴/міс</p><p>12 999 ₴</p>', "uk", "12999"),
    ('<div>Mokėk dalimis nuo <b>20,83 €/mėn.</b></div><p>499,99 €</p>', "lt", "499.99"),
    ('<p>Delbetala fr. 166 kr/mån</p><p>3 290 kr</p>', "sv", "3290"),
    ('<p>Own it from $10/wk</p><p>$929.00</p>', "en-AU", "929.00"),
    # The sign in one element, the slash and the period in the next.
    ('<p><span>1 083 ₴</span><span>/міс</span></p><p>12 999 ₴</p>', "uk", "12999"),
])
def test_an_amount_per_a_period_in_any_language_is_no_price(block, lang, price):
    assert read(block, lang, "https://www.shop.example.eu/tuote")["price"] == Decimal(price)


@pytest.mark.parametrize(("block", "price"), [
    # Per item and per pack are what is sold.
    ('<span class="price">$3.99/ea</span>', "3.99"),
    ('<span class="price">£5.99/pack</span>', "5.99"),
    # A slash in words after the amount, not just after it: a size, not a period.
    ('<p><span>29,99 €</span> <span>Farbe Rot/Blau</span></p>', "29.99"),
    # One sign of a script that writes a unit so: a Taiwanese grocer's price a pack (a real page's).
    ('<p class="price">最低價$ 99 元起/包</p>', "99"),
])
def test_a_slash_after_an_amount_per_item_or_in_words_after_it_leaves_it_the_price(block, price):
    assert read(block, "en-GB")["price"] == Decimal(price)


def _stock(main: str, lang: str = "en-GB") -> bool | None:
    """Stock read from a page whose <main> is `main` (no buy button added), the price shown."""
    html = (f"<html lang='{lang}'><head><title>Headphones</title></head><body><main><div class='info'>"
            f"<h1>Headphones</h1><p class='price'>£249.00</p>{main}</div></main></body></html>")
    offers = extract_offers(html, "https://shop.example.co.uk/headphones")
    assert len(offers) == 1, offers
    return offers[0].get("in_stock")


@pytest.mark.parametrize(("button", "lang"), [
    # Rozetka's, in Ukrainian, where the buy button would be; in English, German, Korean, Spanish.
    ("<button type='button' class='buy-button'>Повідомити про наявність</button>", "uk"),
    ("<button type='button'>Notify me when available</button>", "en-GB"),
    ("<a href='#notify' class='btn'>Benachrichtigen, wenn verfügbar</a>", "de"),
    ("<button type='button'>재입고 알림 신청</button>", "ko"),
    ("<button type='button'>Avísame cuando esté disponible</button>", "es"),
])
def test_a_notify_button_where_the_buy_button_would_be_says_out_of_stock(button, lang):
    assert _stock(f"<div class='actions'>{button}</div>", lang) is False


def test_a_notify_button_beside_a_buy_button_left_on_says_nothing():
    # One size sold out: the shop offers to notify for it and still sells the product.
    assert _stock("<button type='button' class='add-to-cart'>Add to basket</button>"
                  "<button type='button'>Notify me when size XL is back</button>") is not False


def test_a_notify_button_in_a_tile_of_another_product_says_nothing():
    related = ("<section class='related'><h2>You may also like</h2><div class='tile'><a href='/earbuds'>Earbuds</a>"
               "<span>£99.00</span><button type='button'>Notify me</button></div></section>")
    html = ("<html><head><title>Headphones</title></head><body><main><div class='info'><h1>Headphones</h1>"
            "<p class='price'>£249.00</p><button class='add-to-cart'>Add to basket</button></div>"
            f"{related}</main></body></html>")
    assert extract_offers(html, "https://shop.example.co.uk/headphones")[0].get("in_stock") is not False


@pytest.mark.parametrize(("main", "lang", "in_stock"), [
    # Rozetka's status, Ukrainian and Russian for "it ran out", with no button at all.
    ("<p class='status-label'>Закінчився</p>", "uk", False),
    ("<p class='status-label'>Закончился</p>", "ru", False),
    # Arabic "available" alone in an element named for stock; "not available" is still out.
    ("<div class='stock available'><span>متوفر</span></div>", "ar", True),
    ("<div class='stock unavailable'><span>غير متوفر</span></div>", "ar", False),
])
def test_stock_words_of_the_seventh_batch(main, lang, in_stock):
    assert _stock(main, lang) is in_stock


def test_an_arabic_add_to_cart_button_naming_the_cart_is_a_buy_button():
    # B.TECH's "أضف إلى العربة" (add to the cart; "السلة", the basket, was known), switched off.
    assert _stock("<button type='submit' class='action primary' disabled>أضف إلى العربة</button>", "ar") is False


def _with_jsonld(main: str, price: str, availability: str = "InStock", lang: str = "pt-PT") -> dict:
    """The one product of a page whose JSON-LD gives `price` in EUR and `availability`, its <main> `main`."""
    jsonld = ('{"@context":"https://schema.org","@type":"Product","name":"Coffee machine","sku":"CM-1",'
              f'"offers":{{"@type":"Offer","price":"{price}","priceCurrency":"EUR",'
              f'"availability":"https://schema.org/{availability}"}}}}')
    html = (f"<html lang='{lang}'><head><title>Coffee machine</title><script type='application/ld+json'>{jsonld}</script>"
            f"</head><body><main><div class='product'><h1>Coffee machine</h1>{main}</div></main></body></html>")
    offers = extract_offers(html, "https://www.shop.example.pt/coffee-machine")
    assert len(offers) == 1, offers
    return offers[0]


def test_structured_data_giving_the_price_without_tax_yields_to_the_page():
    # The Spartacus shop's: 449.99 is 365.85 and 23% to the cent, and the page shows 365,85 in a sentence.
    got = _with_jsonld("<div class='price'>449,99 €</div><div class='price-tax'>IVA incluído (365,85 € s/ IVA)."
                       " Inclui ecovalor 0,50 €.</div><button class='add-to-cart'>Adicionar ao carrinho</button>",
                       "365.85")
    assert got["price"] == Decimal("449.99")


@pytest.mark.parametrize(("main", "price"), [
    # The page does not show the lower amount: nothing says what it is.
    ("<div class='price'>449,99 €</div><button class='add-to-cart'>Adicionar ao carrinho</button>", "365.85"),
    # No tax rate makes the one the other: a price the page does not explain.
    ("<div class='price'>449,99 €</div><p>Antes de impostos 350,00 €.</p>"
     "<button class='add-to-cart'>Adicionar ao carrinho</button>", "350.00"),
    # The lower amount is a price of its own on the page (a sale beside its former price, 21% apart).
    ("<div class='price'><del>121,00 €</del> <span>100,00 €</span></div>"
     "<button class='add-to-cart'>Adicionar ao carrinho</button>", "100.00"),
])
def test_structured_data_a_tax_rate_below_the_page_keeps_its_price_unless_the_page_says_so(main, price):
    assert _with_jsonld(main, price)["price"] == Decimal(price)


def test_structured_data_out_of_stock_yields_to_a_page_that_sells_the_product():
    # B.TECH's: JSON-LD OutOfStock, the page says available above its add-to-cart button.
    got = _with_jsonld("<div class='price'>18.499 €</div><div class='stock available'><span>Em stock</span></div>"
                       "<button type='submit' class='action primary tocart'>Adicionar ao carrinho</button>",
                       "18499", "OutOfStock")
    assert got["in_stock"] is True


@pytest.mark.parametrize("main", [
    # The button switched off.
    "<div class='price'>18.499 €</div><button class='add-to-cart' disabled>Adicionar ao carrinho</button>",
    # No buy button: the page's word alone does not outweigh the structured data.
    "<div class='price'>18.499 €</div><div class='stock'>Em stock</div>",
    # The page says out of stock beside its button.
    "<div class='price'>18.499 €</div><div class='stock'>Esgotado</div><button class='add-to-cart'>Adicionar ao carrinho</button>",
])
def test_structured_data_out_of_stock_stays_where_the_page_does_not_sell_it(main):
    assert _with_jsonld(main, "18499", "OutOfStock")["in_stock"] is False


@pytest.mark.parametrize(("block", "currency"), [
    # Verkkokauppa's: the amount read from the price block's data-price, the sign in the text inside it;
    # the shop's host (a .com) and the page's language name no currency, so the sign is all there is.
    ('<div class="sc-p" data-price="449.9"><data value="449.90">449,90 €</data>'
     '<p>Hinta sis. ALV 25,5 %. Alin hinta 30 päivän aikana 489,90 €.</p></div>', "EUR"),
])
def test_an_amount_read_from_an_attribute_takes_the_sign_its_text_shows(block, currency):
    assert read(block, "fi", "https://www.shop.example.com/kone")["currency"] == currency
