"""A model's code on many of a shop's listings (issue 9, the thirty-fifth session, "many12"). Small
catalogues written anew here, none a batch's rows, read through the commands as the batches are
(`tests/kinds_batches.py`).

A shop that lists one model per size, in a pack and once more in another language writes the
model's code on more listings than a product's (`code_owners.MAX_CODE_PRODUCTS`); the catalogue is then
asked which of them the code names (`code_owners._listings_of_codes`, `codes._identifies`)."""

from __future__ import annotations

from tests.kinds_batches import catalogues_with_second_listings, priced_in, read_catalogues

# A Portuguese volleyball shop in euros against an Indonesian one in rupiah. Theirs lists Molten's V5M5000 in size 5, in
# size 4, as a pack of six with a bag, and once more in English, the maker's own title: four listings
# of the code. Our title writes the ball's trade name "FLISTATEC", which their English listing
# writes and their Indonesian ones do not.
VOLLEYBALL = [
    ("Bola de vôlei Molten V5M5000 FLISTATEC, tamanho 5, branca/verde/vermelha", "79.90",
     "Bola voli Molten V5M5000 ukuran 5 putih hijau merah", "1450000", {"ours": {"brand": "Molten"}}),
    (None, None, "Bola voli Molten V5M5000 ukuran 4 putih hijau merah", "1350000"),
    (None, None, "Bola voli Molten V5M5000 ukuran 5 - paket isi 6 dengan tas", "8200000"),
    ("Bola de vôlei Mikasa V200W, tamanho 5", "89.90", "Bola voli Mikasa V200W ukuran 5 resmi FIVB", "1750000"),
    ("Rede de vôlei Vollo VRN-9, 9,5 m", "54.90", "Jaring voli Vollo VRN-9 panjang 9,5 meter", "820000"),
    ("Joelheira Mizuno VS1, par, preta, M", "27.90", "Pelindung lutut Mizuno VS1 sepasang hitam M", "430000"),
    ("Bomba de ar Select com manômetro", "16.90", "Pompa angin Select dengan pengukur tekanan", "260000"),
    ("Apito Fox 40 Classic, preto", "7.90", "Peluit Fox 40 Classic hitam", "115000"),
    ("Tênis de vôlei Asics Netburner Ballistic FF 3, 42", "159.00",
     "Sepatu voli Asics Netburner Ballistic FF 3 ukuran 42", "2600000"),
]
VOLLEYBALL_ENGLISH = [(0, "Molten V5M5000 FLISTATEC Volleyball, Size 5, White/Green/Red", "1490000")]


# With the English listing the code is on four of their listings. Read as differences, the English
# listing's own words ("volleyball", "size", "white") told it apart from our Portuguese title, its
# lack of the Indonesian words made each of those a difference its siblings show, and "flistatec",
# which it shares with ours, told their Indonesian size 5 apart from ours: no pair of our ball was
# found at all, where the rows without the English listing match their size 5. A listing written
# apart from its code's other listings (`code_owners._written_apart`) is another wording of one of
# them; its words are not differences.
def test_a_model_listed_per_size_in_a_pack_and_in_another_language_is_matched_with_both_its_listings(tmp_path):
    catalogues = priced_in(catalogues_with_second_listings(VOLLEYBALL, VOLLEYBALL_ENGLISH), "IDR")
    _, found = read_catalogues(tmp_path / "volleyball", catalogues)
    assert found.get(("O0", "T0"), {}).get("status") == "matched", found
    assert found.get(("O0", "T0b"), {}).get("status") == "matched", found
    # The size 4 and the pack of six are not our ball.
    assert found.get(("O0", "T1"), {}).get("status") is None, found
    assert found.get(("O0", "T2"), {}).get("status") != "matched", found
