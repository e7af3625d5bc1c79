"""A used piece, a pack or a kit that a shop lists beside the product itself, in languages no
word list of storecheck holds (issue 9, the thirty-second session, "variants9"). Small catalogues
written anew here, none a batch's rows, read through the commands as the batches are
(`tests/kinds_batches.py`).

A shop that lists one model new and also used, on display, as a pack of two or in a kit writes the
other offers as the model's own title (or its head: maker, model, kind) with words set off after a
dash or a plus: "... - used", "... - 2 pieces", "... + lens (kit)". The model code is on all of
them, so each scored as sure as the product itself and was matched with no person, whatever the
language of the added words: the condition words storecheck knows are a few dozen languages'.
Now such a listing, beside the listing it extends, is put to a person (`matching.tails`)."""

from __future__ import annotations

from benchmark.matching.tails import set_apart
from tests.kinds_batches import read_rows_priced

# The mixer listed again, its kind and speeds written after a dash: a true pair.
KENWOOD_AGAIN = "Kenwood KMX750 - ස්ටෑන්ඩ් මික්සරය, වේග 6"
SINHALA_SECOND = [(8, KENWOOD_AGAIN, "94900")]

# An Irish shop in euros against a Sri Lankan one titled in Sinhala, in rupees: a blender beside
# its used listing ("භාවිත කළ", used); a mixer grinder beside its display piece with a damaged box
# ("ප්‍රදර්ශන භාණ්ඩය, පෙට්ටිය හානි වී ඇත", written after the maker and code only); headphones beside
# a pack of two ("කෑලි 2", two pieces). Headphones of ours with a colour word written in Sinhala
# only on their side ("කළු", black), with no sibling, a speaker whose only listing is written
# "model - kind", and a mixer listed again as "model - kind, 6 speeds" (`SINHALA_SECOND`), are still
# matched: words one title adds are no variant by themselves.
SINHALA = [
    ("Philips HR3573/90 blender 1000W, glass jug", "89.00", "Philips HR3573/90 බ්ලෙන්ඩරය 1000W", "28900",
     {"ours": {"brand": "Philips"}, "theirs": {"brand": "Philips"}}),
    (None, None, "Philips HR3573/90 බ්ලෙන්ඩරය 1000W - භාවිත කළ", "14500", {"theirs": {"brand": "Philips"}}),
    ("Panasonic MX-AC400 mixer grinder 1000W, 4 jars", "119.00",
     "Panasonic MX-AC400 මික්සර් ග්‍රයින්ඩරය 1000W, භාජන 4", "38900",
     {"ours": {"brand": "Panasonic"}, "theirs": {"brand": "Panasonic"}}),
    (None, None, "Panasonic MX-AC400 - ප්‍රදර්ශන භාණ්ඩය, පෙට්ටිය හානි වී ඇත", "32900",
     {"theirs": {"brand": "Panasonic"}}),
    ("Sony WH-CH520 wireless headphones", "49.00", "Sony WH-CH520 රැහැන් රහිත හෙඩ්ෆෝන්", "15900",
     {"ours": {"brand": "Sony"}, "theirs": {"brand": "Sony"}}),
    (None, None, "Sony WH-CH520 රැහැන් රහිත හෙඩ්ෆෝන් - කෑලි 2", "30900", {"theirs": {"brand": "Sony"}}),
    ("Sony WH-CH720N noise cancelling headphones", "119.00", "Sony WH-CH720N ශබ්ද අවලංගු හෙඩ්ෆෝන් කළු", "38900",
     {"ours": {"brand": "Sony"}, "theirs": {"brand": "Sony"}}),
    ("Tribit XSound Go BTS20 portable speaker", "39.00", "Tribit BTS20 - අතේ ගෙන යා හැකි ස්පීකරය", "12900",
     {"ours": {"brand": "Tribit"}, "theirs": {"brand": "Tribit"}}),
    ("Kenwood KMX750 stand mixer", "299.00", "Kenwood KMX750 ස්ටෑන්ඩ් මික්සරය", "94900",
     {"ours": {"brand": "Kenwood"}, "theirs": {"brand": "Kenwood"}}),
    ("Braun MQ7035X hand blender", "79.00", None, None, {"ours": {"brand": "Braun"}}),
    (None, None, "Braun MQ7045X අත් බ්ලෙන්ඩරය", "27900", {"theirs": {"brand": "Braun"}}),
]

# A Basque camera shop in euros against an Indian one titled in Gujarati, in rupees: a camera body
# beside the same body in a kit with a lens, written after a plus ("+ લેન્સ ... (સેટ)", lens, set); a
# battery beside a pack of two ("- 2 નંગ", two pieces); another battery beside its used listing ("-
# વપરાયેલ", used), which scores above the new one. The camera's body listing says "body only" ("માત્ર
# બોડી") after a comma: the kit does not set the body apart.
GUJARATI = [
    ("Sony Alpha ILCE-6400 kamera gorputza", "899.00", "Sony ILCE-6400 કેમેરા, માત્ર બોડી", "74990",
     {"ours": {"brand": "Sony"}, "theirs": {"brand": "Sony"}}),
    (None, None, "Sony ILCE-6400 કેમેરા + લેન્સ 16-50mm (સેટ)", "84990", {"theirs": {"brand": "Sony"}}),
    ("Canon LP-E17 bateria", "59.00", "Canon LP-E17 બેટરી", "4990",
     {"ours": {"brand": "Canon"}, "theirs": {"brand": "Canon"}}),
    (None, None, "Canon LP-E17 બેટરી - 2 નંગ", "9490", {"theirs": {"brand": "Canon"}}),
    ("Sony NP-FW50 bateria", "49.00", "Sony NP-FW50 બેટરી અસલી", "4290",
     {"ours": {"brand": "Sony"}, "theirs": {"brand": "Sony"}}),
    (None, None, "Sony NP-FW50 - વપરાયેલ", "1900", {"theirs": {"brand": "Sony"}}),
    ("Fujifilm X-T30 II kamera gorputza", "899.00", "Fujifilm X-T30 II કેમેરા", "79990",
     {"ours": {"brand": "Fujifilm"}, "theirs": {"brand": "Fujifilm"}}),
    ("Sony ZV-1F kamera", "499.00", "Sony ZV-1F કેમેરા vlog", "45990",
     {"ours": {"brand": "Sony"}, "theirs": {"brand": "Sony"}}),
]


def test_a_listing_that_is_another_listing_plus_a_tail_is_set_apart():
    used = "Philips HR3573/90 බ්ලෙන්ඩරය 1000W - භාවිත කළ"
    new = "Philips HR3573/90 බ්ලෙන්ඩරය 1000W"
    ours = "Philips HR3573/90 blender 1000W, glass jug"
    # The used listing is the new one's title and a tail after a dash that our title does not write.
    assert set_apart(used, [new], ours) == new
    # The new one is no other listing plus a tail: it is the product.
    assert set_apart(new, [used], ours) is None
    # Only the maker and the code before the dash: the head of the product's own title.
    assert set_apart("Panasonic MX-AC400 - ප්‍රදර්ශන භාණ්ඩය", ["Panasonic MX-AC400 මික්සර් 1000W"],
                     "Panasonic MX-AC400 mixer grinder") is not None


def test_a_tail_our_title_writes_or_both_listings_add_is_no_difference():
    # Our title writes the count of the pack: our product is the pack.
    assert set_apart("Canon LP-E17 બેટરી - 2 નંગ", ["Canon LP-E17 બેટરી"], "Canon LP-E17 bateria, 2 pack") is None
    # Each listing adds its own tail to one head ("- black" / "- white"): neither is the other plus
    # words, so neither is set apart here (a colour is the comparison's to read).
    assert set_apart("Sony WH-CH520 - કાળો", ["Sony WH-CH520 - સફેદ"], "Sony WH-CH520") is None
    # A tail after a comma is how a title lists what the product is, not another offer of it.
    assert set_apart("Sony ILCE-6400 કેમેરા, માત્ર બોડી", ["Sony ILCE-6400 કેમેરા + લેન્સ 16-50mm (સેટ)"], "Sony ILCE-6400") is None
    # A tail that writes a word of the other listing describes the product that listing names ("stand
    # mixer, 6 speeds" after the maker and model, beside the maker, model and "stand mixer"): a
    # further listing of it, not another offer.
    assert set_apart(KENWOOD_AGAIN, ["Kenwood KMX750 ස්ටෑන්ඩ් මික්සරය"], "Kenwood KMX750 stand mixer") is None
    # So is, by the same reading, a kit beside a body that says it has no lens: left to the comparison.
    assert set_apart("Sony ILCE-6400 કેમેરા + લેન્સ 16-50mm (સેટ)", ["Sony ILCE-6400 કેમેરા, લેન્સ વગર"], "Sony ILCE-6400") is None
    # One word before the separator is no model's title.
    assert set_apart("Sony - વપરાયેલ", ["Sony ILCE-6400 કેમેરા"], "Sony ILCE-6400") is None


def test_a_used_piece_a_display_piece_and_a_pack_in_sinhala_are_not_matched(tmp_path):
    counts, found, truth = read_rows_priced(tmp_path / "sinhala", SINHALA, SINHALA_SECOND, "LKR")
    assert not counts["wrong matched"], found
    # Every true pair still matched: the headphones with a colour word of their own, the speaker
    # written "model - kind" and the products whose used, display or pack listing sits beside them.
    assert counts["true matched"] == len(truth), found


def test_a_kit_a_pack_and_a_used_battery_in_gujarati_are_not_matched(tmp_path):
    counts, found, truth = read_rows_priced(tmp_path / "gujarati", GUJARATI, (), "INR")
    assert not counts["wrong matched"], found
    assert counts["true matched"] == len(truth), found


def test_a_pack_beside_a_listing_a_person_confirmed_is_not_matched_with_it():
    # A person confirmed the battery's listing: the pack of two, that listing plus "- 2 નંગ", is the
    # same product as it by the comparison (their code, their words), and was matched on the
    # confirmation's strength. It is still another offer: proposed.
    import pandas as pd

    from benchmark.matching import match_products

    ours = pd.DataFrame([{"sku": "O1", "name": "Canon LP-E17 bateria", "brand": "Canon", "price": 59.0},
                         {"sku": "O2", "name": "Sony NP-FW50 bateria", "brand": "Sony", "price": 49.0}])
    theirs = pd.DataFrame([
        {"competitor_product_id": "T1", "name": "Canon LP-E17 બેટરી", "brand": "Canon", "price": 59.0},
        {"competitor_product_id": "T1b", "name": "Canon LP-E17 બેટરી - 2 નંગ", "brand": "Canon", "price": 110.0},
        {"competitor_product_id": "T2", "name": "Sony NP-FW50 બેટરી", "brand": "Sony", "price": 49.0}])
    confirmed = pd.DataFrame([{"sku": "O1", "competitor_product_id": "T1", "status": "confirmed"}])
    found = match_products(ours, theirs, decisions=confirmed)
    pack = found[(found.sku == "O1") & (found.competitor_product_id == "T1b")]
    assert list(pack.status) == ["proposed"], found


def test_a_rejected_pack_of_a_listing_teaches_the_learnt_model_nothing():
    # A person who rejects "<their listing> - 2 pieces" for our product says "another offer", which
    # no feature of the comparison reads: learnt from, such a rejection (titles alike, one code)
    # read as "titles this alike can be two products", and matched fewer alike pairs elsewhere. It is
    # left out of the answers the model learns from, as a used listing's is (`Conditions`).
    import pandas as pd

    from test_matching import _retailer_numbers_catalogue, ours, theirs

    our, their = _retailer_numbers_catalogue()
    our = pd.concat([our, ours({"sku": "S40", "name": "Acme kettle model 140 deluxe", "brand": "Acme", "price": 60})],
                    ignore_index=True)
    their = pd.concat([their, theirs({"competitor_product_id": 2040, "brand": "Acme", "price": 60,
                                      "name": "Acme kettle model 140 deluxe ચા કીટલી"}),
                       theirs({"competitor_product_id": 2041, "brand": "Acme", "price": 115,
                               "name": "Acme kettle model 140 deluxe ચા કીટલી - 2 નંગ"})], ignore_index=True)
    answers = pd.DataFrame(
        [{"sku": f"S{i}", "competitor_product_id": i, "status": "confirmed"} for i in range(12)]
        + [{"sku": f"S{i}", "competitor_product_id": 1000 + i, "status": "rejected"} for i in range(12, 24)])
    pack = pd.DataFrame([{"sku": "S40", "competitor_product_id": 2041, "status": "rejected"}])

    from benchmark.matching import match_products

    without = match_products(our, their, decisions=answers, review_threshold=0.3)
    with_pack = match_products(our, their, decisions=pd.concat([answers, pack], ignore_index=True),
                               review_threshold=0.3)
    assert with_pack.reason.str.startswith("learnt from 24 decisions").any()
    assert not with_pack.reason.str.contains("learnt from 25 decisions").any()

    def others(found):
        return found[found.competitor_product_id != 2041].sort_values(["sku", "competitor_product_id"]).reset_index(drop=True)

    a, b = others(with_pack), others(without)
    pd.testing.assert_frame_equal(a, b)


def test_a_pair_proposed_as_another_offer_is_not_kept_matched_beside_a_newcomer():
    # A pack matched last week, proposed this week because the shop now lists the single beside it:
    # the pair's own reading says why (`tails`), so the newcomer is not what put it in doubt.
    from benchmark.matching.statuses import VARIANT_CLAUSE
    from storecheck.analysis.kept_matches import own_reasons

    then, newcomer = "same model code lpe17; titles 66% alike", ["Canon LP-E17 બેટરી"]
    reason = VARIANT_CLAUSE + '"Canon LP-E17 બેટરી"; same model code lpe17; titles 64% alike'
    assert own_reasons(reason, then, newcomer)
    # ... and only those: the same product as their listing, another listing of ours, are not.
    assert not own_reasons('the same product as their listing "Canon LP-E17 બેટરી"; same model code lpe17', then, newcomer)
