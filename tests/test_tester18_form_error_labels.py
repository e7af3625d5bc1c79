"""tester18: a store manager in São Paulo saved the visit form on her phone with the footfall's
minutes written "vinte" and no answer to "How known" under Average ticket. The summary at the top
said "footfall_minutes: 'vinte' is not a whole number of minutes" and "average_ticket_source: say
whether ...": the form's internal names, which no label on the page carries ("Over minutes", "How
known"). The summary names each field as the page does, with the part of the form it is in; the
link still leads to the field."""

from __future__ import annotations

from bs4 import BeautifulSoup
from test_web import form, token_of


def _summary(client, **fields) -> dict[str, str]:
    answer = client.post("/visits/new", data=form(csrf_token=token_of(client), **fields),
                         content_type="multipart/form-data")
    assert answer.status_code == 422, answer.status_code
    soup = BeautifulSoup(answer.text, "html.parser")
    return {a["href"]: a.parent.get_text("", strip=True) for a in soup.select("#error-summary li a")}


def test_the_summary_names_fields_as_the_page_labels_them(client):
    items = _summary(client, footfall_minutes="vinte", average_ticket_source="", score_environment="7",
                     **{"price_checks-1-price": "barato", "promotions-0-type": "free"})
    # Before: "footfall_minutes: 'vinte' is not ...", "average_ticket_source: say whether ...".
    assert items["#footfall_minutes"].startswith("Footfall, over minutes:"), items
    assert items["#average_ticket_source"].startswith("Average ticket, how known:"), items
    assert items["#score_environment"].startswith("Shopping environment:"), items
    assert items["#price_checks-1-price"].startswith("Shelf price check 2, price:"), items
    assert items["#promotions-0-type"].startswith("Promotion 1, type:"), items
    assert not [text for text in items.values() if "_" in text.split(":")[0]], items


def test_the_summary_names_a_field_by_the_label_the_page_shows_beside_it(client):
    """Review R1: the labels were written twice, in the template and beside it; one reworded would
    leave the summary naming the field the old way. Every field named in the summary ends with the
    words of its own label on the page."""
    answer = client.post("/visits/new", data=form(csrf_token=token_of(client), footfall_minutes="vinte", visitor="x" * 300,
                                                 duration_minutes="uma hora", average_ticket="caro",
                                                 average_ticket_source="maybe", currency="reais", notes="",
                                                 **{"price_checks-0-price": "barato", "price_checks-0-regular_price": "?",
                                                    "promotions-0-type": "free", "products-main": "x" * 3000}),
                         content_type="multipart/form-data")
    soup = BeautifulSoup(answer.text, "html.parser")
    checked = 0
    for a in soup.select("#error-summary li a"):
        field = a["href"][1:]
        label = soup.find("label", attrs={"for": field})
        if label is None:
            continue
        checked += 1
        assert a.get_text(strip=True).lower().endswith(label.get_text(" ", strip=True).lower()), (a, label)
    assert checked >= 6, soup.select_one("#error-summary")
