"""How bench/extract_eval.py scores a built page's id: a page that shows no id is read right with none."""

from __future__ import annotations

from built_pages import BENCH


def test_a_page_showing_no_id_is_read_right_with_none():
    # Two pages of the twenty-third batch show no id; read with none, as their truth says, the bench counted
    # them wrong while the batch's test passed them, so its figures and the test's disagreed.
    assert BENCH.built_field_right("sku", {"sku": None}, {"sku": None})


def test_an_id_read_where_the_page_shows_none_is_wrong():
    assert not BENCH.built_field_right("sku", {"sku": "4829173"}, {"sku": None})


def test_a_page_showing_an_id_read_with_none_is_wrong():
    assert not BENCH.built_field_right("sku", {"sku": None}, {"sku": "MR-2041-MARINE"})
    assert BENCH.built_field_right("sku", {"sku": " MR-2041-MARINE"}, {"sku": "MR-2041-MARINE"})
