"""One model under each shop's own suffix: makers sell a model under a suffix per market (a
watch's "-1A1ER" in Europe and "-1A1DR" in Asia, a kettle's "EU" or "UK" plug), and a shop writes
its own market's suffix on every code of that maker. The catalogues say which endings are the
shops' (`benchmark.matching.shop_suffixes._shop_suffixes`): each ending written by one shop only, the
same two on two models or more. Endings that both shops write, or that one model alone shows,
stay what they were: variants."""

from __future__ import annotations

from benchmark._text import extract
from benchmark.matching import match_products
from benchmark.matching.shop_suffixes import _shop_suffixes
from tests.test_matching import ours, pairs, theirs

# A Dutch shop's Smeg range (the EU plug) against a British shop's (the UK plug).
OURS = [
    {"sku": "KETTLE-CR", "name": "Smeg KLF03CREU waterkoker 1,7 l crème"},
    {"sku": "KETTLE-BL", "name": "Smeg KLF03BLEU waterkoker 1,7 l zwart"},
    {"sku": "TOASTER-CR", "name": "Smeg TSF01CREU broodrooster 2 sleuven crème"},
    {"sku": "MIXER-RD", "name": "Smeg SMF02RDEU keukenmachine rood"},
]
THEIRS = [
    {"competitor_product_id": 1, "name": "Smeg KLF03CRUK 50's Style Kettle 1.7 L Cream"},
    {"competitor_product_id": 2, "name": "Smeg KLF03BLUK 50's Style Kettle 1.7 L Black"},
    {"competitor_product_id": 3, "name": "Smeg TSF01CRUK 2 Slice Toaster Cream"},
    {"competitor_product_id": 4, "name": "Smeg TSF01BLUK 2 Slice Toaster Black"},
    {"competitor_product_id": 5, "name": "Smeg SMF02PBUK Stand Mixer Pastel Blue"},
]


def _shown(found):
    return found[["sku", "competitor_product_id", "status", "score", "reason"]]


def test_one_model_under_each_shops_suffix_is_matched():
    # Before: "model codes differ: klf03creu vs klf03cruk", every pair missed.
    found = match_products(ours(*OURS), theirs(*THEIRS))
    assert pairs(found, "matched") == {("KETTLE-CR", 1), ("KETTLE-BL", 2), ("TOASTER-CR", 3)}, _shown(found)
    reason = found[found.sku == "KETTLE-CR"].reason.iloc[0]
    assert "klf03creu vs klf03cruk" in reason, reason


def test_a_shop_that_writes_both_suffixes_shows_they_are_two_products():
    # The British shop also sells the kettle with the EU plug: "eu" is no suffix of ours alone, so
    # the UK kettle is another product, as two codes one ending apart always were.
    found = match_products(ours(*OURS), theirs(*THEIRS, {"competitor_product_id": 6,
                                                          "name": "Smeg KLF03CREU Kettle Cream, EU plug"}))
    assert ("KETTLE-CR", 6) in pairs(found, "matched"), _shown(found)
    assert not {("KETTLE-CR", 1), ("KETTLE-BL", 2), ("TOASTER-CR", 3)} & pairs(found), _shown(found)


def test_two_suffixes_on_one_model_only_say_nothing():
    # One model apart by two endings is as likely two variants, one sold by each shop.
    found = match_products(ours(OURS[0]), theirs(THEIRS[0], THEIRS[4]))
    assert not pairs(found), _shown(found)


def test_the_shops_suffixes_are_read_from_the_catalogues():
    def features(rows):
        return [extract(r["name"]) for r in rows]
    assert _shop_suffixes(features(OURS), features(THEIRS)) == {("eu", "uk")}
    # Colours both shops write after the code ("bl", "cr") are variants, never a shop's suffix.
    assert _shop_suffixes(features([{"name": "Sigma X100BLK"}, {"name": "Sigma X200BLK"}, {"name": "Sigma X200RED"}]),
                          features([{"name": "Sigma X100RED"}, {"name": "Sigma X200RED"}, {"name": "Sigma X100BLK"}])) == set()
