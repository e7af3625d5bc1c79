"""The rules mended in the twenty-second session on the eleventh set-aside batch's misses (aside22), each
by cause, tested on small pages written here: one shape per test, and the shape one step off it that must
not change."""

from __future__ import annotations

from decimal import Decimal

from rule_pages import read

from crawlers.extraction import extract_offers


def _prices(got: dict) -> tuple:
    return got["price"], got.get("regular_price")


def _styled(style: str, block: str, head: str = "", lang: str = "es-AR",
            url: str = "https://shop.example.com.ar/p/1") -> dict:
    """The one product of a page whose <head> holds `style` in a <style> element (and `head`)."""
    html = (f"<html lang='{lang}'><head><title>Lavarropas</title><style>{style}</style>{head}</head><body><main>"
            f"<h1>Lavarropas Drean Next 8.14</h1>{block}<button class='add-to-cart'>Comprar</button></main></body></html>")
    offers = extract_offers(html, url)
    assert len(offers) == 1, offers
    return offers[0]


# Ids: labels in Bulgarian, Ukrainian, Indonesian and Malay; a row of three cells --------------------------------

def test_product_codes_in_bulgarian_ukrainian_indonesian_and_malay_are_the_shops_id():
    for label, lang in (("Код на продукта:", "bg"), ("Код товару:", "uk"), ("Kode Produk:", "id"),
                        ("Kod Produk:", "ms")):
        got = read(f"<div class='meta'><span>{label}</span> <span>BK-7720-SS</span></div>"
                   "<div class='price'>49,99 €</div>", lang)
        assert got["sku"] == "BK-7720-SS", label


def test_code_alone_in_bulgarian_is_no_label_of_an_id():
    # One step off: "Код" (code) alone is a generic word ("Код за отстъпка", a discount code).
    got = read("<div class='meta'><span>Код за отстъпка:</span> <span>SALE10</span></div>"
               "<div class='price'>49,99 €</div>", "bg")
    assert got.get("sku") is None


def test_a_row_of_label_colon_and_value_cells_gives_the_value():
    got = read("<table><tr><td>Kode Produk</td><td>:</td><td>SRC-TWS09-BLK</td></tr>"
               "<tr><td>Berat</td><td>:</td><td>450 gram</td></tr></table><div class='price'>Rp 1.299.000</div>", "id")
    assert got["sku"] == "SRC-TWS09-BLK"


def test_a_row_of_three_cells_with_no_colon_between_gives_nothing():
    # One step off: three cells of a table of sizes, the middle one no colon.
    got = read("<table><tr><td>Kode Produk</td><td>S</td><td>SRC-TWS09-BLK</td></tr></table>"
               "<div class='price'>Rp 1.299.000</div>", "id")
    assert got.get("sku") is None


# Words: Spanish's "normal price", Portuguese money credited to a card ------------------------------------------

def test_the_normal_price_in_spanish_is_a_former_price():
    # Ripley's: "Precio Normal:" over "Precio Internet:", neither struck, both named alike.
    got = read("<dl><div class='product-price-container'><dt>Precio Normal:</dt><dd class='product-price'>S/ 2,999.00"
               "</dd></div><div class='product-price-container'><dt>Precio Internet:</dt><dd class='product-price'>"
               "S/ 1,899.00</dd></div></dl>", "es-PE", "https://shop.example.com.pe/p")
    assert _prices(got) == (Decimal("1899.00"), Decimal("2999.00"))


def test_the_internet_price_in_spanish_alone_is_the_price():
    # One step off: "Precio Internet:" alone, no normal price beside it.
    got = read("<dl><dt>Precio Internet:</dt><dd class='product-price'>S/ 1,899.00</dd></dl>", "es-PE",
               "https://shop.example.com.pe/p")
    assert _prices(got) == (Decimal("1899.00"), None)


def test_money_credited_to_a_card_in_portuguese_is_another_amount():
    # A supermarket's price per piece ("/un", read as the price where no other is) and its card reward.
    got = read("<div class='prices-wrapper'><div class='price-primary'><span class='value'>2,49 €</span> "
               "<span class='m-unit'>/un</span></div><div class='price-secondary'><span class='value'>9,96 €</span> "
               "<span class='m-unit'>/kg</span></div></div><div class='promo-badge'><span class='promo-text'>Poupe 25% "
               "em Cartão</span> <span class='promo-value'>0,62 € em Cartão</span></div>", "pt-PT", "https://shop.example.pt/p")
    assert got["price"] == Decimal("2.49")


def test_paying_by_card_in_portuguese_leaves_the_price():
    # One step off: "Pagamento com cartão" (paying by card) says nothing of the amount.
    got = read("<div class='price'>2,49 €</div><p>Pagamento com cartão ou MB Way</p>", "pt-PT",
               "https://shop.example.pt/p")
    assert got["price"] == Decimal("2.49")


# A class the page's own style sheet draws line-through -----------------------------------------------------------

def test_an_amount_of_a_class_the_pages_style_strikes_is_a_former_price():
    # styled-components' hashed classes: only the <style> says which amount is struck.
    got = _styled(".sc-eDvSVe{display:flex}.kXbBnZ{color:#9e9e9e;font-size:14px;text-decoration:line-through}"
                  "@media (max-width:600px){.hGfTcD{font-size:24px}}",
                  "<div class='sc-eDvSVe'><span class='sc-jOrMOR kXbBnZ'>$1.199.999</span>"
                  "<span class='sc-iqcoie hGfTcD'>$899.999</span></div>")
    assert _prices(got) == (Decimal("899999"), Decimal("1199999"))
    # Vue's scoped style: the class with an attribute selector; inside an @media rule.
    got = _styled("@media screen{.origin-price[data-v-5f1e2a3c]{text-decoration-line:line-through}}",
                  "<div class='origin-price' data-v-5f1e2a3c>$1.199.999</div><div class='sale' data-v-5f1e2a3c>"
                  "$899.999</div>")
    assert _prices(got) == (Decimal("899999"), Decimal("1199999"))


def test_a_strike_on_a_hover_or_inside_another_element_strikes_nothing():
    # One step off: the rule draws the class struck only on hover, or only inside another element; and a
    # rule that takes the strike away.
    for style in (".kXbBnZ:hover{text-decoration:line-through}", ".cart .kXbBnZ{text-decoration:line-through}",
                  ".kXbBnZ{text-decoration:none}"):
        got = _styled(style, "<div><span class='kXbBnZ'>$1.199.999</span></div><p>Envío gratis</p>")
        assert _prices(got) == (Decimal("1199999"), None), style


def test_a_rule_that_strikes_a_tag_or_attribute_of_a_class_strikes_only_those():
    # A theme's "del.price" strikes the former price, not the live <span class="price"> beside it; nor does
    # ".price[data-was]" strike the price without the attribute (review R5: the rule is read as written).
    got = _styled("del.price{text-decoration:line-through;color:#888}",
                  "<div class='price-box'><del class='price'>$1.199.999</del> <span class='price'>$899.999</span></div>")
    assert _prices(got) == (Decimal("899999"), Decimal("1199999"))
    got = _styled(".price[data-was]{text-decoration:line-through}",
                  "<div><span class='price' data-was='1'>$1.199.999</span> <span class='price'>$899.999</span></div>")
    assert _prices(got) == (Decimal("899999"), Decimal("1199999"))
    # A selector cssselect cannot read strikes nothing and stops nothing.
    got = _styled(".price[data-was{text-decoration:line-through}",
                  "<div><span class='price'>$899.999</span></div>")
    assert _prices(got) == (Decimal("899999"), None)


def test_a_style_sheet_without_braces_is_read_in_one_pass():
    # Bounded whatever a page sends: a long style with no rule in it (and one unclosed) reads no strike.
    got = _styled("a" * 200_000 + "{" * 1000 + "line-through",
                  "<div><span class='a'>$1.199.999</span></div>")
    assert _prices(got) == (Decimal("1199999"), None)


# Two currencies: the leva beside the euro -------------------------------------------------------------------------

_TWO_CURRENCIES = ("<div class='price-old'><span class='price-compare'>178,95 €</span> <small class='price-secondary'>"
                   "(349,99 лв.)</small></div><div class='price-new'><span class='price-value'>127,82 €</span> "
                   "<small class='price-secondary'>(249,99 лв.)</small></div>")


def test_the_former_price_is_the_one_in_the_prices_currency():
    got = read(_TWO_CURRENCIES, "bg", "https://shop.example.bg/product/kana")
    assert (got["price"], got.get("regular_price"), got["currency"]) == (Decimal("127.82"), Decimal("178.95"), "EUR")


def test_a_former_price_in_a_sign_several_currencies_share_still_counts():
    # One step off: "$" beside "US$" can mean one currency; the former price stays.
    got = read("<div class='price-old'><del>US$129.99</del></div><div class='price'>$89.99</div>", "en-US",
               "https://shop.example.com/p")
    assert _prices(got) == (Decimal("89.99"), Decimal("129.99"))


def _with_structured(tags: str, block: str) -> dict:
    html = (f"<html lang='bg'><head><title>Кана</title>{tags}</head><body><main><h1>Електрическа кана</h1>{block}"
            "<button class='add-to-cart'>Добави в количката</button></main></body></html>")
    offers = extract_offers(html, "https://shop.example.bg/product/kana")
    assert len(offers) == 1, offers
    return offers[0]


def test_a_structured_price_in_the_currency_the_page_shows_beside_its_price_gives_way():
    # CloudCart's OpenGraph still in leva after the euro: the page sells at the euro price.
    got = _with_structured("<meta property='og:type' content='product'>"
                           "<meta property='product:price:amount' content='249.99'>"
                           "<meta property='product:price:currency' content='BGN'>", _TWO_CURRENCIES)
    assert (got["price"], got.get("regular_price"), got["currency"]) == (Decimal("127.82"), Decimal("178.95"), "EUR")


def test_a_structured_price_in_another_currency_the_page_does_not_show_stays():
    # One step off: the page shows no amount in leva, so nothing says the structured data's is the lesser.
    got = _with_structured("<meta property='og:type' content='product'>"
                           "<meta property='product:price:amount' content='249.99'>"
                           "<meta property='product:price:currency' content='BGN'>",
                           "<div class='price-new'><span class='price-value'>127,82 €</span></div>")
    assert (got["price"], got["currency"]) == (Decimal("249.99"), "BGN")
