"""The rules mended in the thirty-ninth session on the twenty-eighth set-aside batch's readings (aside39), each by
cause, tested on small pages written here (not the batch's pages): one shape per test, and the shape one step off it
that must not change."""

from __future__ import annotations

from decimal import Decimal

from crawlers.extraction import extract_offers

# The leading words an amount's names share with the buy button's are a namespace, not what the amount is ------------


def _namespaced_page(prefix: str, form_class: str) -> str:
    return ("<html lang='en'><head><title>Sea Moss Soap - Example Apothecary</title>"
            f"<style>.{prefix}-scratch-amount{{text-decoration:line-through}}</style></head><body><main>"
            "<div class='wp-block-column'><h1 class='wp-block-post-title'>Sea Moss Soap</h1>"
            f"<div class='{prefix}-scratch-amount'>EC$30.00</div><div class='{prefix}-amount'>EC$24.00</div>"
            f"<form class='{form_class}'><button type='submit' class='{form_class}-button'>Add To Cart</button>"
            "</form></div></main></body></html>")


def test_a_cart_word_inside_the_namespace_the_buy_button_shares_does_not_make_an_amount_a_carts():
    # SureCart names every block it renders 'wp-block-surecart-…' ('…-selected-price-amount', '…-buy-buttons'):
    # 'cart' inside 'surecart' left both amounts out as a cart's, and the page had no price (bare) or no former price.
    page = _namespaced_page("wp-block-surecart-product-selected-price", "wp-block-surecart-product-buy")
    got = extract_offers(page, "https://apothecary.example.dm/products/sea-moss-soap/", currency="XCD")[0]
    assert (got.get("price"), got.get("regular_price")) == (24, 30)


def test_a_cart_word_the_buy_button_does_not_share_still_names_a_carts_amount():
    # One step off: the same names beside a buy form of another namespace share no words with it, and 'cart' in
    # them still says a cart's amount: neither is read as the price.
    page = _namespaced_page("wp-block-surecart-product-selected-price", "product-form")
    got = extract_offers(page, "https://apothecary.example.dm/products/sea-moss-soap/", currency="XCD")[0]
    assert got.get("price") is None


# An amount inside the product's buy link is what it buys, not another page's ----------------------------------------


def _buy_link_page(link_href: str, link_text: str) -> str:
    return ("<html lang='en'><head><title>Harbour Loops - Example Sound Lab</title></head><body><main>"
            "<h1>Harbour Loops</h1><p>120 loops recorded on the quay.</p><fieldset><legend>Licence</legend>"
            "<label><input type='radio' name='variant' value='1' checked> Personal <span>$19.00</span></label>"
            "<label><input type='radio' name='variant' value='2'> Studio <span>$59.00</span></label></fieldset>"
            f"<a class='buy-button' href='{link_href}'>{link_text}</a></main></body></html>")


def test_an_amount_inside_the_buy_link_is_the_price():
    # Lemon Squeezy's storefront prices each licence on a radio card (an option's label, left out) and repeats the
    # checked one's price in its buy link to the checkout, 'Buy now · $39.00': read as a link to another page, the
    # page had no price.
    page = _buy_link_page("https://sounds.example.ag/checkout/buy/5e1f0b7a?variant=1", "Buy now <span>· $19.00</span>")
    got = extract_offers(page, "https://sounds.example.ag/buy/harbour-loops", currency="USD")[0]
    assert got.get("price") == 19


def test_an_amount_in_a_link_that_is_no_buy_button_stays_another_pages():
    # One step off: the same amount in a link to another product's page is that page's: no price is read.
    page = _buy_link_page("https://sounds.example.ag/buy/quay-drums", "Quay Drums <span>$19.00</span>")
    got = extract_offers(page, "https://sounds.example.ag/buy/harbour-loops", currency="USD")
    assert not got or got[0].get("price") is None


# A code the buy form sends in a hidden field, shown after a label of a few words, is the shop's id -----------------


def _hidden_code_page(hidden_value: str, shown: str) -> str:
    return ("<html lang='en'><head><title>Harbour Smock - Example Sail Loft</title></head><body><main>"
            f"<h1>Harbour Smock</h1><div class='details-code'>{shown}</div><div class='details-price'>US$139.00</div>"
            "<form action='/cart/' method='post'><input type='hidden' name='product_id' value='58'>"
            f"<input type='hidden' name='model_number' value='{hidden_value}'>"
            "<input type='submit' value='ADD TO CART'></form></main></body></html>")


def test_a_code_a_hidden_field_sends_and_a_label_shows_is_no_id_of_the_product():
    # This session's first form read a code the buy form sends hidden and the page shows after a label as the
    # shop's id (WP EasyCart's 'Model Number: VSL-SM-NVY'); review R9 showed a campaign's code sent hidden and
    # shown "Code: WINTER-25" read as every product's id and key, so a crawl kept one product of the campaign.
    # Reverted: nothing asks the hidden field or the shown text to be about the product.
    for name in ("Harbour Smock", "Deck Shoes"):
        page = _hidden_code_page("WINTER-25", "Winter sale! Code: WINTER-25").replace("Harbour Smock", name)
        got = extract_offers(page, f"https://loft.example.ai/store/{name.lower().replace(' ', '-')}/", currency="USD")[0]
        assert got.get("sku") is None


def test_a_shown_code_the_form_does_not_send_or_a_sent_number_alone_is_no_id():
    # One step off: a code shown after a label that the form does not send, and a number alone the form sends
    # hidden (a post's id) shown after a label, are no id.
    for hidden, shown in (("HSM-NV-03", "Model Number: HSM-NV-02"), ("58", "Post: 58")):
        got = extract_offers(_hidden_code_page(hidden, shown), "https://loft.example.ai/store/harbour-smock/",
                             currency="USD")[0]
        assert got.get("sku") is None


# The current amount beside a former price that outscores every current amount is the price -------------------------


def _sale_page(other: str) -> str:
    return ("<html lang='en'><head><title>Reef Night - Example Studio</title></head><body><div class='inner_column'>"
            "<h1>Reef Night</h1><div class='left_col column'><div class='description'><p>A diving game made on the "
            "reef.</p></div><div class='buy_row'><div class='button_message'><a class='button buy_btn' "
            "href='/reef-night/purchase'>Buy Now</a><span class='buy_message'><span class='original_price'>$12.00</span>"
            " <span>$8.40</span> <span>USD</span></span></div></div>"
            "<table><tr><td>Status</td><td>Released</td></tr><tr><td>Platforms</td><td>Windows</td></tr>"
            "<tr><td>Genre</td><td>Simulation</td></tr><tr><td>Author</td><td>Example Studio</td></tr></table>"
            f"<div class='extras'><h2>Also available</h2>{other}</div></div></div></body></html>")


def test_the_amount_beside_the_strongest_former_price_is_the_price():
    # itch.io strikes its 'original_price' '$12.00' by style sheet beside '$8.40' at the buy button; another
    # product's '$3.00' below, in a part named for a price, outscored '$8.40' and was read as the price.
    page = _sale_page("<div class='cell'><a class='title' href='/reef-night-ost'>Reef Night Soundtrack</a> "
                      "<span class='price_value'>$3.00</span></div>")
    got = extract_offers(page, "https://studio.example.fm/reef-night", currency="USD")[0]
    assert (got.get("price"), got.get("regular_price")) == (Decimal("8.40"), 12)


def test_a_current_amount_that_outscores_the_former_price_stays_the_price():
    # One step off: where no current amount elsewhere outscores the former price, the amount beside it is the
    # price as before, and the soundtrack's plain '$3.00' (not named a price) is not.
    page = _sale_page("<div class='cell'><a class='title' href='/reef-night-ost'>Reef Night Soundtrack</a> <span>$3.00</span></div>")
    got = extract_offers(page, "https://studio.example.fm/reef-night", currency="USD")[0]
    assert (got.get("price"), got.get("regular_price")) == (Decimal("8.40"), 12)
