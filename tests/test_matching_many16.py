"""A model's code on many of a shop's listings, the ninth round running (issue 9, the thirty-ninth
session, "many16"): the shop's listing of the model in another language, which writes no word our
title writes, found with the model's own listing. A small catalogue written anew here, no batch's
rows, read through the commands as the batches are (`tests/kinds_batches.py`)."""

from __future__ import annotations

from tests.kinds_batches import catalogues_with_second_listings, read_catalogues

# A Utrecht shop of brass instruments titled in Dutch against a Kraków one titled in Polish, both in
# euros. Theirs lists Yamaha's YTR-2330 on its own ("Trąbka Yamaha YTR-2330"), used ("używana, 2
# lata"), with a mouthpiece of its own code, valve springs "do" (for) it, and once more in the maker's
# English: five listings of the code. The English title shares no word with our Dutch one ("Trumpet" /
# "Trompet", "Gold Lacquer" / "goudlak", "with Case" / "met koffer").
TRUMPETS = [
    ("Trompet Yamaha YTR-2330 in Bes, goudlak, met koffer", "529.00", "Trąbka Yamaha YTR-2330", "519.00",
     {"ours": {"brand": "Yamaha"}, "theirs": {"brand": "Yamaha"}}),
    (None, None, "Trąbka Yamaha YTR-2330 używana, 2 lata", "279.00"),
    (None, None, "Trąbka Yamaha YTR-2330 + ustnik Bach 7C, zestaw ucznia", "575.00"),
    (None, None, "Sprężyny tłoków do Yamaha YTR-2330, 3 szt.", "12.00"),
    ("Kornet Yamaha YCR-2330III, goudlak", "489.00", "Kornet Yamaha YCR-2330III", "479.00"),
    ("Bugel Yamaha YFH-2310, goudlak", "699.00", "Skrzydłówka Yamaha YFH-2310", "689.00"),
    ("Trombone Yamaha YSL-354, goudlak", "599.00", "Puzon Yamaha YSL-354", "589.00"),
    ("Mondstuk trompet Bach 5C", "49.00", "Ustnik do trąbki Bach 5C", "45.00"),
    ("Ventielolie Blue Juice, 59 ml", "11.00", "Olej do wentyli Blue Juice, 59 ml", "12.00"),
    ("Trompetstandaard K&M 15213", "29.00", "Statyw do trąbki K&M 15213", "27.00"),
]
TRUMPETS_ENGLISH = [(0, "Yamaha YTR-2330 Bb Trumpet, Gold Lacquer, with Case", "529.00")]


# The English listing is read apart from the code's Polish ones (`code_owners._written_apart`), and no
# title of ours writes one of its words, so nothing of ours vouched for it and the code named it with
# none of ours: the pair was left to the wording and missed. The prices link it to the model's own
# Polish listing (no code nor number the English one lacks, priced nearer it than the shop prices any
# two of its other YTR-2330 listings apart): whatever the code names of that listing, it names of the
# English one, and the two are one product of theirs. The used one, the set and the springs are not.
def test_a_model_listed_in_english_with_no_word_of_ours_is_found_with_its_own_listing(tmp_path):
    _, found = read_catalogues(tmp_path / "trumpets", catalogues_with_second_listings(TRUMPETS, TRUMPETS_ENGLISH))
    assert found.get(("O0", "T0"), {}).get("status") == "matched", found
    assert found.get(("O0", "T0b"), {}).get("status") in ("matched", "proposed"), found
    assert not any(found.get(("O0", t), {}).get("status") == "matched" for t in ("T1", "T2", "T3")), found
