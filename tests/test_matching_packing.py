"""The features' packing between worker processes (`benchmark.matching.features._pack` /
`_unpack`): a set sent as what it adds to another (`_HOLDS`) comes back whole,
and so does one built by hand that does not hold the other; and the fields whose values
repeat held once per value (`_Sharing`)."""

from __future__ import annotations

import dataclasses
import sys
import typing

from benchmark._text import Features, extract
from benchmark.matching import features
from benchmark.matching.features import _HOLDS, _pack, _unpack

# The fields `_Sharing` keeps a lookup for, in its order: the set and dict fields but those of `_HOLDS`.
SHARED_FIELDS = [f.name for f in dataclasses.fields(Features)
                 if typing.get_origin(typing.get_type_hints(Features)[f.name]) in (frozenset, dict)
                 and f.name not in _HOLDS and f.name not in _HOLDS.values()]


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


def test_features_unpacked_with_sharing_hold_one_object_per_repeated_value_and_equal_the_unshared(monkeypatch):
    monkeypatch.setattr(features, "SHARING_SAMPLE", 4)
    titles = [f"Acme AW-{n}0 widget black 16GB" for n in range(1, 9)]
    sharing = features._Sharing()
    back = [sharing(_pack(extract(title))) for title in titles]
    assert back == [_unpack(_pack(extract(title))) for title in titles]
    # The colour and the capacity repeat: one object for all eight, also past the sample.
    assert len({id(f.colours) for f in back}) == 1 and back[0].colours == frozenset({"black"})
    assert len({id(f.quantities) for f in back}) == 1 and back[0].quantities
    # Each title's model code is its own: that field's lookup is dropped after the sample.
    assert len({f.codes for f in back}) == len(titles)
    assert len({id(f.codes) for f in back}) == len(titles)
    lookups = dict(zip(SHARED_FIELDS, sharing.shared))
    assert lookups["codes"] is None and lookups["colours"] is not None


def test_a_field_left_empty_comes_back_empty_with_sharing():
    sharing = features._Sharing()
    back = [sharing(_pack(Features(text=f"x{n}"))) for n in range(3)]
    assert back == [Features(text=f"x{n}") for n in range(3)]
    assert all(f.quantities == {} and f.colours == frozenset() for f in back)


def test_features_extracted_here_are_repacked_as_if_they_had_travelled(monkeypatch):
    # This process takes a share of the extraction (`_processes._here`): its own features are not
    # packed, but `_Sharing` repacks them (`_repack`), so they hold the same values, their words
    # interned, and the values that repeat as the same objects as the ones that came back packed.
    monkeypatch.setattr(features, "SHARING_SAMPLE", 4)
    titles = [f"Acme AW-{n}0 widget black 16GB for Sony KDL-40V4100 2 pack" for n in range(1, 9)]
    sharing = features._Sharing()
    back = [sharing(extract(title) if n % 2 else _pack(extract(title))) for n, title in enumerate(titles)]
    assert back == [extract(title) for title in titles]
    assert [features._repack(extract(title)) for title in titles] == [_unpack(_pack(extract(title))) for title in titles]
    assert len({id(f.colours) for f in back}) == 1 and len({id(f.quantities) for f in back}) == 1
    words = [word for f in back for field in ("tokens", "words", "pieces", "all_numbers", "codes")
             for word in getattr(f, field)]
    assert words and all(sys.intern(word) is word for word in words)
    # A set that does not hold the other (built by hand) is repacked whole, as it is unpacked.
    def by_hand():
        return Features(text="ab 12", all_numbers=frozenset({"12"}), pieces=frozenset({"ab", "12"}))
    assert features._repack(by_hand()) == by_hand()


def test_features_extracted_here_are_repacked_in_place():
    # This process's own features are its alone (`_features_task` hands them to `_Sharing` and keeps
    # none): a second `Features` built for each, field by field, cost about a fifth of the repacking,
    # in this process's share of the extraction, where the worker's products are unpacked too.
    title = "Acme AW-10 widget black 16GB for Sony KDL-40V4100 2 pack"
    f = extract(title)
    text = f.text
    repacked = features._repack(f, features._Sharing().shared)
    assert repacked is f and repacked.text is text
    assert repacked == extract(title) == _unpack(_pack(extract(title)))
