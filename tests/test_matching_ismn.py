"""Printed music carries an ISMN (ISO 10957): since 2008 a GTIN-13 under the prefix 979-0, printed
as the score's barcode, written before that as "M" and nine digits with the same check digit. A shop
that keeps it in its GTIN field and one that writes "ISMN 979-0-..." in a description name one
edition, as the ISBN of a book does (`features.written_gtin`)."""

from __future__ import annotations

from benchmark.matching import match_products
from benchmark.matching.features import written_gtin
from tests.test_matching import ours, pairs, theirs

# Bärenreiter's two volumes of one work, one number apart.
VOLUME_1 = "09790006455119"
VOLUME_2 = "09790006455126"


def test_an_ismn_is_read_where_its_name_is_written():
    assert written_gtin("Mozart Sonaten I", "Bärenreiter. ISMN 979-0-006-45511-9") == VOLUME_1
    # Written after a full-width colon, as Chinese and Japanese shops write a label.
    assert written_gtin("莫札特 鋼琴奏鳴曲 第一冊", "出版社：Bärenreiter 頁數：196 ISMN：979-0-006-45511-9") == VOLUME_1
    # The ten-character form before 2008: "M" stands for 979-0, the check digit is the same.
    assert written_gtin("Mozart Sonaten I", "ISMN M-006-45511-9") == VOLUME_1
    assert written_gtin("Mozart Sonaten I", "ISMN: M-006-45511-9") == VOLUME_1


def test_an_ismn_that_cannot_be_one_edition_is_not_read():
    assert written_gtin("Mozart Sonaten I", "ISMN 979-0-006-45511-8") is None  # a wrong check digit
    assert written_gtin("Mozart Sonaten I", "ISMN M-006-45511-8") is None
    # Both volumes named in one blurb: the text names no one edition.
    assert written_gtin("Mozart Sonaten I-II", "ISMN 979-0-006-45511-9, ISMN 979-0-006-45512-6") is None
    # "M" and digits without the name is a model number, not an ISMN.
    assert written_gtin("Roland M-006-45511-9 stand") is None


def test_our_gtin_and_the_ismn_their_description_writes_are_one_edition():
    # Before: the description's ISMN was not read, and the titles, in two languages, share nothing
    # but "Mozart": their volume 1 was no pair of ours at all.
    listings = theirs({"competitor_product_id": 1, "name": "【騎熊士原典版】莫札特 鋼琴奏鳴曲 第一冊 (平裝)"},
                      {"competitor_product_id": 2, "name": "【騎熊士原典版】莫札特 鋼琴奏鳴曲 第二冊 (平裝)"})
    listings["description"] = ["出版社：Bärenreiter 頁數：196 ISMN：979-0-006-45511-9", "ISMN M-006-45512-6"]
    found = match_products(
        ours({"sku": "MOZ-1", "name": "Mozart: Klaviersonaten Band I, Bärenreiter Urtext", "gtin": VOLUME_1},
             {"sku": "MOZ-2", "name": "Mozart: Klaviersonaten Band II, Bärenreiter Urtext", "gtin": VOLUME_2}),
        listings)
    assert pairs(found, "matched") == {("MOZ-1", 1), ("MOZ-2", 2)}, found[["sku", "competitor_product_id", "reason"]]
