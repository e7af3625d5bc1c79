"""A second tester's pass over the web app's visit form, as staff fill it in on a phone."""

from __future__ import annotations

from test_web import form, rows, token_of

from storecheck import db


def test_a_sku_typed_in_other_case_on_the_form_is_our_product(client, ws):
    # A phone keyboard with capitals off types "sku1" for SKU1: the price check became a competitor
    # product named "sku1" in words, matched to nothing, where "SKU1" is a person's confirmed match.
    data = form(csrf_token=token_of(client), **{"price_checks-0-what": "sku1"})
    response = client.post("/visits/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 303, response.text
    assert [(r.sku, r.product) for r in rows(ws, db.visit_price_checks)] == [("SKU1", None), (None, "Rigatoni 500 g")]
    assert "SKU1" in {r.sku for r in rows(ws, db.matches) if r.status == "confirmed"}


def test_a_sku_in_other_case_that_two_of_ours_read_as_stays_words(ws):
    from werkzeug.datastructures import MultiDict

    from storecheck.web.app import form_to_data

    values = {"price_checks-0-what": "ab-1", "price_checks-0-price": "2", "price_checks-1-what": "xy", "price_checks-1-price": "3"}
    data, *_ = form_to_data(ws, values, MultiDict(), {"AB-1", "Ab-1", "XY"})
    assert [(c["sku"], c["product"]) for c in data["price_checks"]] == [(None, "ab-1"), ("XY", None)]
