"""tester17: "Since the previous visit" says a footfall counted on a holiday against a normal day's is
not like with like (tester16), but the average ticket beside it read "average ticket 40.00 EUR → 30.00
EUR" with no word, as if the store's customers spent a quarter less: a holiday's basket (a gift, a
stock-up before closing days) is no normal day's (in my pet shop: 62.50 on a Tuesday, 55.00 on
Independence Day). tester16's Centre-ville data: 40.00 on Armistice Day, 30.00 the Tuesday after. A
ticket compared across a holiday and a normal day now says so; two normal days read as before."""

from __future__ import annotations

from test_tester16_holiday_since_last_visit import _changes


def test_a_ticket_across_a_holiday_says_it_is_not_like_with_like(workspace, tmp_path):
    said = _changes(workspace, tmp_path)
    _header, lines = said["2026-11-17"]
    ticket = next(line for line in lines if line.startswith("average ticket"))
    # Before: "average ticket 40.00 EUR → 30.00 EUR".
    assert ticket == "average ticket 40.00 EUR → 30.00 EUR (holiday → normal day: not like with like)", lines
    _header, lines = said["2026-11-24"]
    assert "average ticket 30.00 EUR → 31.00 EUR" in lines, lines
