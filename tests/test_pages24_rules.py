"""The rules mended in the thirty-fifth session on the twenty-fourth set-aside batch's misses (aside35), each by
cause, tested on small pages written here (not the batch's pages): one shape per test, and the shape one step off it
that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest

from rule_pages import read

from crawlers.extraction import extract_offers

# A stock line's class says its state in snake case as in kebab case ----------------------------------------------


def _stock_page(stock: str, button: bool = False) -> str:
    return ("<html lang='lv-LV'><head><title>Māla pods</title></head><body><main><div class='product'>"
            "<h1 class='product_title'>Māla pods</h1><p class='price'><span class='amount'>49,00 €</span></p>"
            f"{stock}"
            + ("<form class='cart'><button class='single_add_to_cart_button'>Ielikt grozā</button></form>"
               if button else "")
            + "</div></main></body></html>")


@pytest.mark.parametrize("stock", ["<div class='stock_notice sold_out'>Izpārdots, atgriezīsies janvārī</div>",
                                   "<p class='stock out_of_stock'>Nav noliktavā</p>",
                                   "<span class='availability_status sold_out'>Pārdots</span>"])
def test_a_stock_line_whose_snake_case_class_says_sold_out_is_read_so(stock):
    # Shops whose templates name classes in snake case (Rails' and PHP's storefronts: 'stock_notice sold_out') state
    # the stock line's state so, whatever the shop's language; the state was read from kebab case only ('sold-out'),
    # and a sold-out product whose words the rules do not know (a Samoan shop's) read as in stock.
    got = extract_offers(_stock_page(stock), "https://veikals.example.lv/pods", currency="EUR")[0]
    assert got["in_stock"] is False


@pytest.mark.parametrize("stock", ["<p class='stock in_stock'>Noliktavā 5 gab.</p>",
                                   "<p class='stock_notice'>Piegāde 2-3 dienās</p>"])
def test_a_snake_case_stock_class_in_stock_or_stateless_says_nothing_against_the_button(stock):
    # One step off: a class stating in stock, or one with no state: the live buy button decides, as before.
    got = extract_offers(_stock_page(stock, button=True), "https://veikals.example.lv/pods", currency="EUR")[0]
    assert got["in_stock"] is True


# A buy form is switched off when its buttons are ----------------------------------------------------------------


def _form_page(button: str, choice: str = "") -> str:
    return ("<html lang='lv-LV'><head><title>Māla pods</title></head><body><main><div class='product'>"
            "<h1 class='product_name'>Māla pods</h1><div class='price'>49,00 €</div>"
            f"<form id='add_to_cart_form' action='/cart/add' method='post'>{choice}{button}</form>"
            "</div></main></body></html>")


@pytest.mark.parametrize("button", ["<button type='submit' class='button' disabled>Izpārdots</button>",
                                    "<input type='submit' value='Izpārdots' disabled>",
                                    "<button class='button' aria-disabled='true'>Izpārdots</button>"])
def test_a_buy_form_whose_every_button_is_switched_off_says_sold_out(button):
    # The buy form is found by its name or its action ('add_to_cart_form', '/cart/add') before the button inside it;
    # the form itself is never switched off, so the product read as in stock though its one button was off and its
    # words (a Samoan shop's 'Ua uma') were none the rules know.
    got = extract_offers(_form_page(button), "https://veikals.example.lv/pods", currency="EUR")[0]
    assert got["in_stock"] is False


@pytest.mark.parametrize(("button", "choice"), [
    ("<button type='submit' class='button'>Ielikt grozā</button>", ""),
    ("<button type='submit' disabled>Ielikt grozā</button><button type='submit'>Ātrā pirkšana</button>", ""),
    ("<button type='submit' disabled>Ielikt grozā</button>",
     "<select name='variant_id'><option value=''>Izvēlies izmēru</option><option value='1'>20 cm</option></select>"),
])
def test_a_buy_form_with_a_button_on_or_a_choice_pending_is_not_sold_out(button, choice):
    # One step off: a button left on, one of two buttons on, or the button off until a size is chosen: as before.
    got = extract_offers(_form_page(button, choice), "https://veikals.example.lv/pods", currency="EUR")[0]
    assert got["in_stock"] is not False


# A line named for the id, its unknown label and its code one text -------------------------------------------------


@pytest.mark.parametrize(("line", "code"), [
    ("<div class='product-single-sku'>Nambari ya bidhaa: KT-2041-B</div>", "KT-2041-B"),   # Swahili, "product number"
    ("<p class='product__sku'>Artikuls: 10422871</p>", "10422871"),                        # Latvian, "article"
    ("<span class='sku'>Kodiċi tal-prodott: MT-CER-07</span>", "MT-CER-07"),                 # Maltese
])
def test_a_line_named_for_the_id_gives_the_code_after_its_unknown_label_in_one_text(line, code):
    # The line's class names the shop's id whatever the shop's language; a label the rules do not know (EverShop's
    # 'product-single-sku' in Yoruba) written with the code as one text, no inline part around the code, left the id
    # unread: only a code alone or one in an inline part after the label was read.
    got = read(f"<div class='price'>£39.00</div>{line}")
    assert got["sku"] == code


@pytest.mark.parametrize("line", [
    "<div class='product-sku'>Material: Cotton</div>",              # no code after the label
    "<div class='product__sku'>Ask us about KT-2041-B in store</div>",  # a sentence, no label
    "<div class='product-sku'>Delivery: 3-5 days</div>",            # two words, not one code
])
def test_a_line_named_for_the_id_with_no_label_and_code_gives_none(line):
    # One step off: the line holds no label and one code; no id is read, as before.
    got = read(f"<div class='price'>£39.00</div>{line}")
    assert got.get("sku") is None


# An element named for the id in `data-testid` --------------------------------------------------------------------


@pytest.mark.parametrize(("line", "code"), [
    ("<p class='MuiTypography-root css-1f7yp35'>Còdi del produch : <span data-testid='product-code'>OC-MOR-150</span>"
     "</p>", "OC-MOR-150"),
    ("<div class='css-9l3uo3'><span data-testid='product-sku'>KT-2041-B</span></div>", "KT-2041-B"),
])
def test_an_element_named_for_the_id_in_its_test_id_gives_the_code(line, code):
    # Storefronts built of a component library name their elements in `data-testid`, their classes generated
    # ('css-1f7yp35'): the code's element named 'product-code' there, its label in words the rules do not know, left the
    # id unread (Kibo's Next.js storefront, a French label; buy buttons named so are read already).
    got = read(f"<div class='price'>£39.00</div>{line}")
    assert got["sku"] == code


@pytest.mark.parametrize("line", [
    "<p>Còdi del produch : <span data-testid='product-title'>OC-MOR-150</span></p>",        # named for another thing
    "<div data-testid='product-sku'><label>Mida</label><select><option>M</option></select></div>",  # no code
])
def test_an_element_whose_test_id_names_no_code_gives_none(line):
    got = read(f"<div class='price'>£39.00</div>{line}")
    assert got.get("sku") is None


# A number the URL writes among the name's words is part of the name, not an id ----------------------------------


def _listing(url_path: str, name: str, specs: str) -> str:
    return (f"<html lang='en-GB'><head><title>{name} | Gear</title>"
            f"<link rel='canonical' href='https://gear.example.com{url_path}'></head><body><main>"
            f"<h1>{name}</h1><div class='price'>£1,249</div><ul class='specs'>{specs}</ul>"
            "<button class='add-to-cart'>Add to Cart</button></main></body></html>")


@pytest.mark.parametrize(("path", "name", "specs"), [
    ("/item/71822044-havelet-sg-style-2018-cherry", "Havelet SG-style 2018 Cherry",
     "<li><span>Year</span> 2018</li>"),
    ("/listing/88120-valve-combo-1978-walnut-finish", "Valve combo 1978 Walnut finish",
     "<li><span>Made</span> 1978</li>"),
])
def test_a_number_among_the_names_words_in_the_url_is_no_id(path, name, specs):
    # The URL's last run of digits is taken as the shop's id where the page carries it too; a year the name writes
    # ('... 2018 Cherry', and 'Year 2018' in the specs) is carried by every page that names it, and was read as the
    # id (a marketplace's listing that shows none). Only a unit of five letters at most after the number was known
    # for the name's ('-12000-btu' beside '12000 BTU'); any word after it that the page writes after it says so.
    got = extract_offers(_listing(path, name, specs), f"https://gear.example.com{path}", currency="GBP")[0]
    assert got.get("sku") is None


def test_a_number_the_page_shows_alone_is_still_the_id():
    # One step off: the URL's number followed by a word the page does not write after it, and shown on its own.
    path = "/item/48211-havelet-guitar"
    got = extract_offers(_listing(path, "Havelet guitar", "<li><span>Listing</span> 48211</li>"),
                         f"https://gear.example.com{path}", currency="GBP")[0]
    assert got.get("sku") == "48211"


# An amount said or named to be before the discount is the former price, not the discount -------------------------


def _price_rows(row: str, label: str, value: str = "price-value", saving: bool = False) -> str:
    return ("<div class='price-details'><div class='price-row total-price'><span class='price-label'>Price</span>"
            "<span class='price-value'>£18.50</span></div>"
            f"<div class='{row}'><span class='price-label'>{label}</span><span class='{value}'>£21.00</span></div>"
            + ("<div class='price-row saving'><span class='price-label'>You save</span>"
               "<span class='price-value'>£2.50</span></div>" if saving else "")
            + "</div>")


@pytest.mark.parametrize("value", ["price-value", "price-value discount-value"])
@pytest.mark.parametrize("row", ["price-row", "price-row before-discount"])
@pytest.mark.parametrize("label", ["Before discount", "Price before discount:", "Prix avant remise", "Preis vor Rabatt"])
def test_an_amount_said_to_be_before_the_discount_is_the_former_price(label, row, value):
    # Kentico's price rows print 'Before discount' over the amount the price was before its discount, in a row named
    # 'before-discount': the words ended in 'discount', not 'before', so they were no former price's, and the
    # names' 'discount' left the amount out as the money taken off. The former price went unread.
    got = read(_price_rows(row, label, value))
    assert (got["price"], got.get("regular_price")) == (Decimal("18.50"), Decimal("21.00"))


@pytest.mark.parametrize("saving", [True, False])
@pytest.mark.parametrize("row", ["price-row before-discount", "price-row price-before_discount", "price_before-discount"])
def test_an_amount_named_before_the_discount_is_the_former_price_whatever_its_label(row, saving):
    # The row's name says it where its label is in words the rules do not know (Estonian, "before the discount");
    # only 'price' before the words was known (HikaShop's 'hikashop_product_price_before_discount').
    got = read(_price_rows(row, "Enne allahindlust", saving=saving))
    assert (got["price"], got.get("regular_price")) == (Decimal("18.50"), Decimal("21.00"))


@pytest.mark.parametrize("row", ["price-row discount", "price-row discount-amount"])
def test_an_amount_named_for_a_discount_alone_is_no_former_price(row):
    # One step off: a row named for the discount, its amount the money taken off: left out as before.
    got = read("<div class='price-details'><div class='price-row'><span class='price-label'>Price</span>"
               "<span class='price-value'>£18.50</span></div>"
               f"<div class='{row}'><span class='price-label'>Discount</span><span class='price-value'>£2.50</span>"
               "</div></div>")
    assert (got["price"], got.get("regular_price")) == (Decimal("18.50"), None)


# The currency set for a competitor settles a sign whose rarer readings hold it ------------------------------------


def _pound_page(lang: str) -> str:
    return (f"<html lang='{lang}'><head><title>Coffee beans</title></head><body><main><h1>Coffee beans, 250 g</h1>"
            "<div class='price'>£18.50</div><button class='add-to-cart'>Add to cart</button></main></body></html>")


@pytest.mark.parametrize(("lang", "url", "currency"), [
    ("en-SH", "https://coffee.example.sh/beans", "SHP"),   # St Helena's pound, at par with sterling
    ("en-FK", "https://shop.example.fk/beans", "FKP"),     # the Falklands'
    ("en", "https://shop.example.com/beans", "GIP"),       # Gibraltar's, on a page that says nothing of where
])
def test_a_currency_set_that_a_sign_can_mean_is_the_prices(lang, url, currency):
    # '£' means the pound sterling to the rules, though the tables give it to the pounds pegged to sterling too; a
    # competitor set to St Helena's pound (a person's word) still read in sterling, the setting reported as differing.
    got = extract_offers(_pound_page(lang), url, currency=currency)[0]
    assert (got["price"], got["currency"], got.get("currency_differs")) == (Decimal("18.50"), currency, None)


@pytest.mark.parametrize(("currency", "read"), [(None, "GBP"), ("GBP", "GBP"), ("EUR", "GBP")])
def test_a_pound_sign_is_sterling_unless_a_currency_it_can_mean_is_set(currency, read):
    # One step off: nothing set, sterling set, or a currency '£' cannot mean set (reported as differing): as before.
    got = extract_offers(_pound_page("en-SH"), "https://coffee.example.sh/beans", currency=currency)[0]
    assert got["currency"] == read
    assert bool(got.get("currency_differs")) is (currency == "EUR")


# A code labelled with the site's own name is the site's id ----------------------------------------------------------


def _listing_page(site: str, host: str, rows: str) -> str:
    return (f"<html lang='fr-MC'><head><title>Montre plongée 40 mm | {site}</title>"
            f"<meta property='og:site_name' content='{site}'><link rel='canonical' href='https://{host}/annonce/1'>"
            "</head><body><main><h1>Montre plongée 40 mm</h1><div class='price'>9 650 €</div>"
            "<button class='add-to-cart'>Acheter cette montre</button>"
            f"<table><tbody>{rows}</tbody></table></main></body></html>")


_ROWS = ("<tr><td>{label}</td><td>CGR8P2</td></tr><tr><td>Marque</td><td>Cap d'Ail</td></tr>"
         "<tr><td>Numéro de référence</td><td>CD-4021-B</td></tr>")


@pytest.mark.parametrize(("site", "host", "label"), [
    ("Chronomarkt", "www.chronomarkt.fr", "Code Chronomarkt"),
    ("Montres24", "www.montres24.co.mc", "Montres24 code"),
    ("Lojas Tempo", "www.lojastempo.com.br", "Código Lojas Tempo"),
])
def test_a_code_labelled_with_the_sites_name_is_its_id(site, host, label):
    # A marketplace labels the listing's own code with its name ('Code Chrono24') above the maker's 'Numéro de
    # référence': the label's words beside the name were a generic 'code', no label of their own, so the maker's
    # reference was read as the id. The site's name (its og:site_name, its domain) beside a code's word says whose.
    got = extract_offers(_listing_page(site, host, _ROWS.format(label=label)), f"https://{host}/annonce/1",
                         currency="EUR")[0]
    assert got["sku"] == "CGR8P2"


@pytest.mark.parametrize(("site", "host", "label"), [
    ("Montres du Rocher", "www.montresdurocher.mc", "Code Chronomarkt"),   # another site's name
    ("Chronomarkt", "www.chronomarkt.fr", "Chronomarkt"),                  # the name alone, no code's word
    ("Chronomarkt", "www.chronomarkt.fr", "Code promo Chronomarkt"),       # a promotion's code
])
def test_a_label_without_the_sites_name_beside_a_codes_word_changes_nothing(site, host, label):
    got = extract_offers(_listing_page(site, host, _ROWS.format(label=label)), f"https://{host}/annonce/1",
                         currency="EUR")[0]
    assert got["sku"] == "CD-4021-B"


# Ubercart's model field is its SKU, whatever its label's language --------------------------------------------------


def _ubercart_page(label: str, ubercart: bool = True) -> str:
    price = "<span class='uc-price'>€64.50</span>" if ubercart else "<span class='price'>€64.50</span>"
    return ("<html lang='et'><head><title>Pitsliga laudlina</title></head><body><div id='content'>"
            "<h1 class='title' id='page-title'>Pitsliga laudlina</h1><div class='node node-product'>"
            f"<div class='display-price uc-product-318'>{price}</div>"
            f"<div class='product-info model'><span class='product-info-label'>{label}</span> "
            "<span class='product-info-value'>GZ-BZ-140</span></div>"
            "<form action='/node/318' method='post'><input type='submit' value='Lisa ostukorvi' "
            "class='form-submit node-add-to-cart'></form></div></div></body></html>")


@pytest.mark.parametrize("label", ["Mudeli number:", "Numru tal-mudell:", "Modellnummer:"])
def test_ubercarts_model_line_gives_the_shops_id(label):
    # Ubercart's SKU field is named 'model' (English shops print it "SKU:"): a translation of its label into a
    # language the rules do not know (Maltese) left the shop's id unread, and a known word for a model ('Modell') read
    # it as the maker's number alone.
    got = extract_offers(_ubercart_page(label), "https://pood.example.ee/toode/laudlina", currency="EUR")[0]
    assert got["sku"] == "GZ-BZ-140"


def test_a_model_line_elsewhere_stays_the_makers_number():
    # One step off: the same line on a page with no Ubercart marks is a model's, not the shop's id.
    got = extract_offers(_ubercart_page("Mudeli number:", ubercart=False), "https://pood.example.ee/toode/laudlina",
                         currency="EUR")[0]
    assert got.get("sku") is None
