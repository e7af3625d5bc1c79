"""Their shop's second listing, differing from the one our product took by a word or a number
in one place, is another product of their range, not the same product listed again
(`replaced_words.our_word_replaced`; bench/history/matching.md, twentieth session, "dupes").

The batches set aside showed it (a TX16S "4in1版" beside the "ELRS版", a VELUX blind 0705S beside
the 1100S under the window size MK04, hooks size 12 beside size 8, "Second Flush" beside "First
Flush"); these rows are written anew, and a marketplace's real second listings (another seller's
words, a seller's "New-" and code suffix) stay matched with the first.
"""

from __future__ import annotations

import pytest

from benchmark import matching
from benchmark._text import extract
from benchmark.matching.replaced_words import our_word_replaced
from tests.kinds_batches import catalogues_of, matched_through_the_commands


def replaced(ours: str, taken: str, other: str) -> bool:
    return our_word_replaced(extract(ours), extract(taken), extract(other)) is not None


def test_a_word_of_ours_replaced_in_their_shops_template_is_read():
    # One shop's template, one place apart, our title writing the taken listing's word there.
    assert replaced("Kettler Hantelset 20 kg Chrom", "Kettler dumbbell set 20 kg chrome",
                    "Kettler dumbbell set 30 kg chrome")
    assert replaced("Zeiss Conquest HD 8x42 Fernglas", "Zeiss Conquest HD 8x42 binoculars black",
                    "Zeiss Victory HD 8x42 binoculars black")
    # Two places apart still read as one template ("PLUS ... RGB" / "LIGHTSPEED").
    assert replaced("Corsair Glaive Pro Maus weiß", "Corsair Glaive Pro mouse white wireless RGB",
                    "Corsair Glaive Elite mouse white wireless")


def test_two_writings_of_one_product_are_not_read_as_a_word_replaced():
    # Words moved: two sellers' titles of one product, not one template.
    assert not replaced("Ape Case AC252 Tri-Fold Digital Camera Case", "APE CASE AC252 TRI-FOLD TRAVEL WALLET CASE",
                        "Ape Case Digital Camera Case with Fold Out Wallet AC252")
    # A seller's additions replace nothing.
    assert not replaced("Midland XTC200 Action Camera", "MIDLAND XTC200 HD 720P ACTION CAMERA",
                        "New-MIDLAND XTC200 HD 720P ACTION CAMERA - MDLXTC200")
    # One word written two ways: a number and its unit, a word and a mark.
    assert not replaced("Pioneer TS-W2502D2 10 Subwoofer", "Pioneer TS-W2502D2 10 Champion Series Subwoofer",
                        "Pioneer TS-W2502D2 10 In. Champion Series Subwoofer")
    assert not replaced("Samsung i500 Fasciante Dock", "SAMSUNG I500 FASCIANTE DOCK", "SAMSUNG I500 FASCIANTETM DOCK")
    # Our title writes neither word, or both: it takes no side.
    assert not replaced("Kettler Hantelset Chrom", "Kettler dumbbell set 20 kg chrome", "Kettler dumbbell set 30 kg chrome")
    assert not replaced("Kettler Hantelset 20 kg / 30 kg", "Kettler dumbbell set 20 kg chrome",
                        "Kettler dumbbell set 30 kg chrome")
    # Three places apart: no longer one template.
    assert not replaced("Acme Alpha Beta Gamma Delta Omega", "Acme Alpha one Beta two Gamma three Delta Omega",
                        "Acme Alpha four Beta five Gamma six Delta Omega")


# Their hooks in size 2 beside the size 4 ours sells, their charger for 4 cells beside the one for
# 2, their radio with the 4in1 module beside the ELRS one: one shop's title with a number or word
# replaced, under the code both carry. Each was matched as a second listing of the one ours took;
# each is put to a person as another variant of it.
SIBLINGS = {
    "hooks": [("Owner SSW-5111 Haken Gr. 4, 8 Stück", "4.90", "Owner SSW-5111 hooks size 4 (8 pcs)", "5.10"),
              (None, None, "Owner SSW-5111 hooks size 2 (8 pcs)", "5.10")],
    "charger": [("Nitecore SC4000 Ladegerät 2 Schächte", "39.90", "Nitecore SC4000 charger 2 slots", "41.00"),
                (None, None, "Nitecore SC4000 charger 4 slots", "55.00")],
    "radio": [("Jumper T20V2 Fernsteuerung ELRS", "119.00", "Jumper T20V2 radio ELRS version", "115.00"),
              (None, None, "Jumper T20V2 radio 4in1 version", "115.00")],
}


@pytest.mark.parametrize("kind", sorted(SIBLINGS))
def test_their_sibling_under_a_shared_code_is_put_to_a_person_not_matched(workspace, tmp_path, kind):
    ours, theirs, _ = catalogues_of(SIBLINGS[kind])
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O0", "T0")]["status"] == "matched", found
    assert found[("O0", "T1")]["status"] == "proposed", found
    assert found[("O0", "T1")]["reason"].startswith(matching.VARIANT_CLAUSE), found


def test_a_product_listed_again_by_another_seller_stays_matched(workspace, tmp_path):
    # A marketplace's second listing of one product: a seller's "New-" and code suffix, another
    # seller's words in another order. Both still matched with the first.
    rows = [("Fellowes Powershred 79Ci Aktenvernichter", "199.00", "Fellowes Powershred 79Ci cross-cut shredder",
             "189.00"),
            (None, None, "New-Fellowes Powershred 79Ci cross-cut shredder - FEL4679001", "185.00"),
            (None, None, "Cross-cut shredder 79Ci Powershred by Fellowes, 16 sheets", "192.00")]
    ours, theirs, _ = catalogues_of(rows)
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert all(found.get(("O0", key), {}).get("status") == "matched" for key in ("T0", "T1", "T2")), found


# --- a seller's words in place of a product's (`_DuplicateListings.replaced_for`) ----------------
# Written anew. A marketplace seller writes "genuine boxed" where the listing our product took
# writes "Lithium+", and writes the same words on its listing of another product (a charger): the
# words name no product, so the second listing is our battery listed again.
SELLERS_WORDS = [
    ("Ryobi RB18L50 Akku 18 V 5,0 Ah Lithium+", "99.00", "Ryobi RB18L50 battery 18V 5,0Ah Lithium+", "95.00"),
    ("Ryobi RC18120 Ladegerät 18 V", "39.00", "Ryobi RC18120 charger 18V", "37.00"),
    ("Metabo ASC 55 Ladegerät 12-36 V", "49.90", "Metabo ASC 55 charger 12-36V genuine boxed", "47.00"),
]
SELLERS_SECOND = [(0, "Ryobi RB18L50 battery 18V 5Ah genuine boxed", "94.00")]


def test_a_sellers_words_in_place_of_ours_leave_the_listing_ours(tmp_path):
    from tests.kinds_batches import read_catalogues
    from tests.test_matching_kinds8 import catalogues_with_second_listings

    counts, found = read_catalogues(tmp_path / "sellers", catalogues_with_second_listings(SELLERS_WORDS, SELLERS_SECOND))
    assert found[("O0", "T0")]["status"] == "matched", found
    assert found[("O0", "T0b")]["status"] == "matched", found


def test_a_word_two_products_are_told_apart_by_is_no_sellers_word(workspace, tmp_path):
    # "wired" is written on their listing of another mouse as well (as a seller's "genuine" is),
    # but two of our products are one template apart by it: it names products, and their wired
    # GXT 923W is another product than the wireless one ours took. Read as a seller's word, the
    # wired one was matched as the wireless one listed again (0.89, under the code gxt923w).
    rows = [("Trust GXT 923W Ybar gaming mouse, wireless, black", "39.00",
             "Trust GXT 923W Ybar gaming mouse wireless black", "37.00"),
            (None, None, "Trust GXT 923W Ybar gaming mouse wired black", "29.00"),
            ("Razer Basilisk V3 gaming mouse wired", "59.00", "Razer Basilisk V3 mouse wired", "57.00"),
            ("Razer Basilisk V3 gaming mouse wireless", "89.00", None, None)]
    ours, theirs, _ = catalogues_of(rows)
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O0", "T0")]["status"] == "matched", found
    assert found[("O0", "T1")]["status"] == "proposed", found
    assert found[("O0", "T1")]["reason"].startswith(matching.VARIANT_CLAUSE), found


def test_a_shops_words_are_read_with_their_endings_and_what_they_tell_apart():
    from benchmark.matching.replaced_words import ShopWords

    titles = ["Akumulator Makita BL1850B 18V oryginał", "Tusz Canon PG-545 czarny oryginalny",
              "Zasłona 135x245 cm granatowa", "Zasłona 135x245 cm szara", "Zasłona 135x270 cm szara"]
    words = ShopWords([extract(t) for t in titles])
    assert words.writing_any_form("oryginal") == [0, 1]
    assert words.writing_any_form("oryginalny") == [0, 1]
    assert words.writing("oryginal") == [0]
    # Two curtains one template apart by their colour, and by their length.
    assert words.tells_apart({"granatowa"}, lambda p, q: True)
    assert not words.tells_apart({"granatowa"}, lambda p, q: False)  # the two read as one product
    assert not words.tells_apart({"oryginal"}, lambda p, q: True)
