"""The features' packing between worker processes (`benchmark.matching.features._pack` /
`_unpack`): every field comes back as it was, the numbers a title adds to its pieces too; and
the fields whose values repeat held once per value (`_Sharing`)."""

from __future__ import annotations

import dataclasses
import sys
import typing

from benchmark._text import Features, extract
from benchmark.matching import features
from benchmark.matching.features import _OWN, _pack, _unpack

# The fields `_Sharing` keeps a lookup for, in its order: the set and dict fields but those of `_OWN`.
SHARED_FIELDS = [f.name for f in dataclasses.fields(Features)
                 if typing.get_origin(typing.get_type_hints(Features)[f.name]) in (frozenset, dict)
                 and f.name not in _OWN]


def test_a_title_holds_only_the_numbers_it_adds_to_its_pieces():
    # Every piece of a title is among its numbers (`all_numbers`): held once, in `pieces`, and the
    # numbers written inside a piece or in the size field apart, not a second copy of the pieces
    # on every product (speed18: about 100 MB at 100,000 x 100,000).
    f = extract("Intel Core i7-14700K 5.6GHz 20 Kerne", size="128 GB")
    assert f.other_numbers == frozenset({"128", "14700", "5.6", "7"})
    assert f.all_numbers == f.pieces | {"128", "14700", "5.6", "7"}
    assert all(f.writes_number(n) for n in f.all_numbers)
    assert not f.writes_number("14") and not f.writes_number("5,6")
    plain = extract("Air Max 90")
    assert plain.other_numbers == frozenset() and plain.all_numbers == plain.pieces == frozenset({"air", "max", "90"})


def test_a_titles_numbers_come_back_whole():
    f = extract("Sony KDL-40V4100 40in 1080p LCD TV 2 pack")
    back = _unpack(_pack(f))
    assert back == f
    assert back.all_numbers == f.all_numbers == f.pieces | {"1080", "40", "4100"}
    by_hand = Features(text="ab 12", other_numbers=frozenset({"12"}), pieces=frozenset({"ab"}))
    assert _unpack(_pack(by_hand)) == by_hand


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
    words = [word for f in back for field in ("tokens", "words", "pieces", "other_numbers", "codes")
             for word in getattr(f, field)]
    assert words and all(sys.intern(word) is word for word in words)
    # Built by hand, repacked as it is unpacked.
    def by_hand():
        return Features(text="ab 12", other_numbers=frozenset({"12"}), pieces=frozenset({"ab"}))
    assert features._repack(by_hand()) == by_hand() == _unpack(_pack(by_hand()))


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
