"""A shared code outweighed part numbers that differ: issue 9, the nineteenth session ("codes").
Our product's MPN is the exact part number of one of their listings, and another listing of
theirs carries it with a finish's suffix ("-S1", "-PR"); the suffixed one took our product
("same model code"), and the exact one, a number apart in its title, was dropped as its variant.
Read through the commands, as the batches are (`tests/kinds_batches.py`)."""

from __future__ import annotations

from tests.kinds_batches import read_kind

MOUNTS = [
    ("Sanus SlimMount Universal Flat Mount 32 - 55 Screens", "79.99",
     "Sanus VLF410 Universal Fixed Low-Profile Wall Mount for 32 -60 Displays Black", "74.99",
     {"ours": {"brand": "Sanus", "mpn": "VLF410"}, "theirs": {"brand": "Sanus", "mpn": "VLF410"}}),
    (None, None, "Sanus VLF410-S1 Universal Fixed Low-Profile Wall Mount for 32-Inch-70-Inch Displays Silver Non-Security", "84.99",
     {"theirs": {"brand": "Sanus", "mpn": "VLF410-S1"}}),
    # A suffix both shops' titles explain ("PR", purple, on their side only) is the same camera.
    ("Kodak EasyShare C1550 Purple 16MP Digital Camera", "99.00",
     "Kodak Easyshare C1550 16 MP Digital Camera with 5x Optical Zoom - Purple", "95.00",
     {"ours": {"brand": "Kodak", "mpn": "C1550"}, "theirs": {"brand": "Kodak", "mpn": "C1550PR"}}),
]


def test_the_listing_of_our_exact_part_number_outranks_one_with_a_suffix_added(tmp_path):
    counts, found, truth = read_kind(tmp_path / "mounts", MOUNTS)
    assert counts["true matched"] == len(truth), found
    assert not counts["wrong matched"], found
