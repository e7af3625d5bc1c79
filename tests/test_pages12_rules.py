"""The rules mended in the twenty-third session on the twelfth set-aside batch's misses (aside23), each
by cause, tested on small pages written here: one shape per test, and the shape one step off it that must
not change."""

from __future__ import annotations

from rule_pages import read


# Ids: labels in Japanese, Macedonian, Mongolian and Icelandic; an element named "product code" -------------------

def test_product_numbers_in_japanese_macedonian_mongolian_and_icelandic_are_the_shops_id():
    for label, lang in (("品番", "ja"), ("Шифра:", "mk"), ("Барааны код:", "mn"), ("Vörunúmer:", "is")):
        got = read(f"<table><tr><th>{label}</th><td>AR-KR-0412</td></tr></table>"
                   "<div class='price'>2,640円</div>", lang)
        assert got["sku"] == "AR-KR-0412", label
    got = read("<p class='product__number'>Vörunúmer: WH1000XM5B</p><div class='price'>59.995 kr.</div>", "is")
    assert got["sku"] == "WH1000XM5B"


def test_the_model_number_in_japanese_stays_the_makers():
    # One step off: "型番" (model number) beside the price names the maker's number, not the shop's.
    got = read("<table><tr><th>型番</th><td>AR-KR-0412</td></tr></table><div class='price'>2,640円</div>", "ja")
    assert got.get("sku") is None
    assert got.get("mpn") == "AR-KR-0412"


def test_a_code_alone_in_an_element_named_product_code_is_the_shops_id():
    # HikaShop: the code with no label, inside the title, named by its class.
    got = read("<span class='hikashop_product_code_main'>BIA-0001163</span><span class='price'>29,90 €</span>", "es-ES")
    assert got["sku"] == "BIA-0001163"


def test_an_element_named_product_code_holding_a_sentence_or_a_word_gives_nothing():
    # One step off: a promotion code's box, and a sentence, in elements named so.
    for inner in ("Introduce tu código", "SIN-CÓDIGO disponible hoy", "Código"):
        got = read(f"<span class='product-code'>{inner}</span><span class='price'>29,90 €</span>", "es-ES")
        assert got.get("sku") is None, inner
