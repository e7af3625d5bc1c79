"""The shop's id as pages show it: a label and its value in elements of their own, no colon, a
full-width colon; on small pages written here."""

from __future__ import annotations

import lxml.html
import pytest

from crawlers.extraction.identifiers import _labelled_values


def labelled(block: str) -> dict:
    return _labelled_values(lxml.html.fromstring(f"<html><body><main><h1>Kettle</h1>{block}</main></body></html>"))


@pytest.mark.parametrize(("block", "sku"), [
    ('<div class="product attribute sku"><strong class="type">SKU</strong><div class="value">24-MB01</div></div>', "24-MB01"),
    ('<div class="product-reference"><label class="label">Référence </label><span>demo_16</span></div>', "demo_16"),
    ('<div class="row"><span class="first">Kod produktu:</span><span class="second">CZ-RETRO-17K</span></div>', "CZ-RETRO-17K"),
    ('<div><span class="label">Produktnummer:</span><meta content="x"><span class="nr">SW10042</span></div>', "SW10042"),
    ('<div class="product-number"><span>Item No.</span> <span class="product-id">25604455M</span></div>', "25604455M"),
    ('<div class="code">商品コード： <span>MTL-200</span></div>', "MTL-200"),
    ('<div class="product-sku">SKU 00047</div>', "00047"),
    ("<ul><li>Item #: TB45-SLT</li></ul>", "TB45-SLT"),
])
def test_an_id_as_themes_write_it(block, sku):
    assert labelled(block).get("sku") == sku


def test_a_label_with_its_value_in_one_element_is_not_a_label_of_the_next():
    # "Item No. 25604455M" is a label and its value; the rating beside it is not an id.
    block = ('<div class="number-rating"><div class="product-number">Item No. 25604455M</div>'
             '<div class="ratings">4.2 out of 5 Customer Rating</div></div>')
    assert labelled(block).get("sku") == "25604455M"


def test_a_stock_line_is_no_label_of_an_id():
    block = '<div class="stock-sku"><div class="stock">In stock</div><div class="sku-box">Ships in 2 days</div></div>'
    assert "sku" not in labelled(block)


@pytest.mark.parametrize(("block", "field", "value"), [
    ("<div><span>SKU</span><span>KT-100</span><span>Category</span><span>Kitchen</span></div>", "sku", "KT-100"),
    ('<div class="info"><div class="label">Model</div><div class="value">K100</div><div class="label">Colour</div>'
     '<div class="value">Silver</div></div>', "mpn", "K100"),
])
def test_a_flat_list_of_pairs_gives_each_label_its_own_value(block, field, value):
    assert labelled(block).get(field) == value
