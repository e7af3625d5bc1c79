"""The rules mended in the twenty-sixth session on the fifteenth set-aside batch's misses (aside26), each by
cause, tested on small pages written here: one shape per test, and the shape one step off it that must not
change."""

from __future__ import annotations

from decimal import Decimal

from rule_pages import read

from crawlers.extraction import extract_offers

# Id labels of a language: Albanian's "code", Lao's "product code" ---------------------------------------------------


def test_albanian_and_lao_labels_of_the_shops_code():
    # ElektroShqip's 'Kodi: <b>120457</b>', LaoShop's 'ລະຫັດສິນຄ້າ: <span>LS-30712</span>'.
    got = read("<div class='produkt-kodi'>Kodi: <b>120457</b></div><div class='cmimi'>53.990 Lekë</div>", "sq")
    assert got.get("sku") == "120457"
    got = read("<div class='product-code'>ລະຫັດສິນຄ້າ: <span>LS-30712</span></div>"
               "<div class='price'>5,390,000 ₭</div>", "lo")
    assert got.get("sku") == "LS-30712"
    got = read("<p>Kodi i produktit: AL-2231</p><div class='cmimi'>1.990 Lekë</div>", "sq")
    assert got.get("sku") == "AL-2231"


def test_albanian_code_words_before_no_code_give_no_id():
    # One step off: a discount code's field is no product's id.
    got = read("<p>Kodi i zbritjes: shkruaje në arkë</p><div class='cmimi'>53.990 Lekë</div>", "sq")
    assert got.get("sku") is None


# Facts on one line: an id's value ends where the next "label: value" begins ------------------------------------------


def test_an_ids_value_ends_at_a_separator_before_the_next_label():
    # TiendasTec's 'Código: 000184372 · Modelo: AR12TVHGAWK', Nouméa Maison's 'Réf. : NM-88214 | EAN : 8004399325279'.
    got = read("<p class='producto-codigo'>Código: 000184372 · Modelo: AR12TVHGAWK</p><div class='precio'>$499,00</div>",
               "es-VE")
    assert (got.get("sku"), got.get("mpn")) == ("000184372", "AR12TVHGAWK")
    got = read("<p class='ref'>Réf. : NM-88214 &nbsp;|&nbsp; EAN : 8004399325272</p><div class='prix'>64 900 XPF</div>",
               "fr")
    assert got.get("sku") == "NM-88214"
    assert got.get("gtin") == "08004399325272"


def test_a_value_with_a_bar_and_no_label_after_it_is_kept_whole():
    # One step off: what follows the bar is no "label: value", so the line is one fact.
    got = read("<p>Brand: Black | Decker</p><div class='price'>£49.99</div>")
    assert got.get("brand") == "Black | Decker"


# Stock words of a language: Swahili's "sold out" ---------------------------------------------------------------------


def _swahili_page(stock: str, button: str) -> str:
    return ("<html lang='sw'><head><title>Simu</title></head><body><main><h1>Simu Tecno Spark 20 Pro</h1>"
            f"<div class='price'>TSh 520,000</div><span class='product-form__inventory'>{stock}</span>{button}"
            "</main></body></html>")


def test_swahili_sold_out():
    # Dukani's 'Upatikanaji: Imeisha stoo' (availability: run out) and its add button switched off, 'Imeisha'.
    got = extract_offers(_swahili_page("Imeisha stoo", "<button type='submit' disabled>Imeisha</button>"),
                         "https://dukani.example.co.tz/products/x")[0]
    assert got.get("in_stock") is False
    assert got["price"] == Decimal("520000")


def test_swahili_available_with_its_button_on():
    # One step off: 'Inapatikana' (available) and a button on.
    got = extract_offers(_swahili_page("Inapatikana", "<button type='submit' class='add-to-cart'>Ongeza kwenye kikapu</button>"),
                         "https://dukani.example.co.tz/products/x")[0]
    assert got.get("in_stock") is not False


# A struck price's class in the shop's language: French "prix-barre" ---------------------------------------------------


def test_a_price_class_named_struck_in_french_is_the_former_price():
    # Nouméa Maison's '<span class="prix-barre">79 900 F</span>' (struck by its style sheet) before the price.
    got = read("<div class='prix'><span class='prix-barre'>79 900 XPF</span> <span class='prix-actuel'>64 900 XPF</span>"
               "</div>", "fr")
    assert (got["price"], got.get("regular_price")) == (Decimal("64900"), Decimal("79900"))
    got = read("<div class='prezzi'><span class='prezzo-barrato'>€ 129,90</span> <span class='prezzo'>€ 99,90</span></div>",
               "it")
    assert (got["price"], got.get("regular_price")) == (Decimal("99.90"), Decimal("129.90"))


def test_a_bar_in_a_class_name_is_no_strike():
    # One step off: "barre" alone names a bar of the page (a search bar), not a struck price.
    got = read("<div class='barre-prix'><span class='prix'>64 900 XPF</span></div>"
               "<div class='nav-barre'><span>79 900 XPF</span></div>", "fr")
    assert got["price"] == Decimal("64900")


# Signs: the Venezuelan bolívar written "Bs." --------------------------------------------------------------------------


def test_bs_on_a_venezuelan_page_is_the_bolivar():
    # TiendasTec's 'Bs. 18.253,42': the tables gave "Bs." to Bolivia's boliviano and the withdrawn VEF alone, so a
    # Venezuelan shop priced in bolívars and set to VES had its prices left out as another currency's.
    got = read("<div class='precio'>Bs. 18.253,42</div>", "es-VE", "https://tienda.example.com.ve/p")
    assert (got["price"], got["currency"]) == (Decimal("18253.42"), "VES")


def test_bs_on_a_bolivian_page_stays_the_boliviano():
    # One step off: Dismac's 'Bs 4.599,00' on a .bo page.
    got = read("<div class='precio'>Bs 4.599,00</div>", "es-BO", "https://tienda.example.com.bo/p")
    assert (got["price"], got["currency"]) == (Decimal("4599.00"), "BOB")


# Structured data: an id written with its label --------------------------------------------------------------------


def _ecwid(sku_text: str) -> str:
    return ("<html lang='en'><head><title>Generator</title></head><body><main><div itemscope "
            "itemtype='http://schema.org/Product'><h1 itemprop='name'>Inverter Generator 3500W</h1>"
            f"<div class='product-details__product-sku' itemprop='sku'>{sku_text}</div>"
            "<div itemprop='offers' itemscope itemtype='http://schema.org/Offer'><meta itemprop='priceCurrency' "
            "content='JMD'><span itemprop='price' content='149995'>J$149,995.00</span></div></div>"
            "<button class='add-to-cart'>Add to Bag</button></main></body></html>")


def test_a_structured_sku_written_with_its_label_is_the_code_after_it():
    # Ecwid's microdata: '<div itemprop="sku">SKU IPT-GEN3500DF</div>', the label printed inside the element.
    got = extract_offers(_ecwid("SKU IPT-GEN3500DF"), "https://islandpowertools.example.com.jm/store/p1")[0]
    assert got.get("sku") == "IPT-GEN3500DF"
    assert got["key"] == "SKU IPT-GEN3500DF"  # the markup's value stays the key: a stored product keeps its identity


def test_a_structured_sku_that_begins_with_the_letters_sku_is_kept():
    # One step off: a code of the shop's own that begins so.
    for code in ("SKU-00412", "SKU123", "SKU_77"):
        got = extract_offers(_ecwid(code), "https://islandpowertools.example.com.jm/store/p1")[0]
        assert got.get("sku") == code


# Signs: the Albanian lek's plural, "Lekë" ---------------------------------------------------------------------------


def test_leke_is_the_albanian_lek_beside_the_price_in_euros():
    # ElektroShqip's 'Çmimi: 53.990 Lekë' beside '~ 540 €': price-parser read "Lek" out of "Lekë" and the word went on,
    # so no amount in lek had a sign and the one in euros was the page's price.
    got = read("<div class='cmimi-vjeter'>Çmimi i vjetër: <s>59.990 Lekë</s></div><div class='cmimi-ri'>Çmimi: "
               "<span class='vlera'>53.990</span> <span class='monedha'>Lekë</span></div><div class='cmimi-euro'>~ 540 €</div>",
               "sq", "https://elektroshqip.example.al/produkt/x")
    assert (got["price"], got.get("regular_price"), got["currency"]) == (Decimal("53990"), Decimal("59990"), "ALL")


def test_lek_written_so_stays_the_lek():
    # One step off: the singular, which the tables hold.
    got = read("<div class='cmimi'>53.990 Lek</div>", "sq", "https://elektroshqip.example.al/produkt/x")
    assert (got["price"], got["currency"]) == (Decimal("53990"), "ALL")
