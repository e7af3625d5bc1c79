"""The features' packing between worker processes (`benchmark.matching.features._pack` /
`_unpack`): a set sent as what it adds to another (`_HOLDS`) comes back whole,
and so does one built by hand that does not hold the other."""

from __future__ import annotations

from benchmark._text import Features, extract
from benchmark.matching.features import _HOLDS, _pack, _unpack


def test_a_set_that_holds_another_comes_back_whole():
    f = extract("Sony KDL-40V4100 40in 1080p LCD TV 2 pack")
    for name, held in _HOLDS.items():
        assert getattr(f, held) <= getattr(f, name)
    back = _unpack(_pack(f))
    assert back == f
    for name in _HOLDS:
        assert getattr(back, name) == getattr(f, name)


def test_a_set_built_by_hand_that_does_not_hold_the_other_comes_back_as_it_was():
    f = Features(text="ab 12", all_numbers=frozenset({"12"}), pieces=frozenset({"ab", "12"}))
    back = _unpack(_pack(f))
    assert back.all_numbers == frozenset({"12"})
    assert back.pieces == frozenset({"ab", "12"})
    assert back == f
