"""A replacement part quoting the original's number: the words that make a quoted code the number of
the part it replaces or fits ("zamiennik", "pasujący do", "ersetzt", "remplace", "compatible con",
"vervangt", "passer til"...), in the languages aftermarket shops write, read as "for" and
"compatible with" are (`benchmark._text.fits`). Catalogues built here, none of them a batch's."""

from __future__ import annotations

import pytest

from benchmark._text import extract
from benchmark.matching import match_products
from tests.test_matching import ours, pairs, theirs


@pytest.mark.parametrize(("title", "original"), [
    ("Filtr oleju Donaldson P550779 zamiennik John Deere RE504836", "re504836"),  # Polish: a replacement
    ("Klocki hamulcowe pasujące do Brembo P85020", "p85020"),  # Polish: fitting
    ("Ölfilter Mann W 712/75 ersetzt Bosch 0451103316", "0451103316"),  # German: replaces
    ("Filtre à huile Purflux L358 remplace Mann W712/75", "w71275"),  # French: replaces
    ("Cartucho de tinta compatible con HP 305XL negro", "305xl"),  # Spanish: compatible with
    ("Cartuccia compatibile con Canon PG-545XL nero", "pg545xl"),  # Italian: compatible with
    ("Oliefilter Baldwin B7322 vervangt Fleetguard LF3349", "lf3349"),  # Dutch: replaces
    ("Luftfilter passer til Husqvarna 5032800-01", "503280001"),  # Danish: fits
    ("Oljefilter Mann W 920/21 ersätter Volvo 3517857", "3517857"),  # Swedish: replaces
    ("Filtro de óleo Tecfil PSL55 substitui Fram PH6607", "ph6607"),  # Portuguese: replaces
    ("Filtro de aceite Mann W 712/75 equivalente a Bosch 0451103316", "0451103316"),  # Spanish: equivalent to
    ("Oil filter Baldwin B7322 equivalent to Fleetguard LF3349", "lf3349"),  # English: equivalent to
    ("Ölfilter Mann W 712/75 entspricht Bosch 0451103316", "0451103316"),  # German: corresponds to
    ("Filtre à huile Purflux L358 équivalent à Mann W712/75", "w71275"),  # French: equivalent to
])
def test_a_code_after_the_words_a_replacement_writes_is_the_part_it_replaces(title, original):
    read = extract(title)
    assert original in read.targets, (title, read.targets)


@pytest.mark.parametrize("title", [
    "Filtr oleju Donaldson P550779",
    "Lemiesz Kverneland 073562 oryginał",
    "Cartucho de tinta HP 305XL negro original",
])
def test_a_title_without_those_words_names_its_own_code(title):
    assert not extract(title).targets


def test_an_unbranded_replacement_quoting_our_originals_number_is_not_our_original():
    # Our originals, and their shop's listing of each beside an unbranded replacement that quotes
    # the original's number after "zamiennik" / "pasujący do" (Polish) or "remplace" (French): the
    # original's own listing is ours, the replacement another product, neither matched nor proposed.
    found = match_products(
        ours({"sku": "BRAKE", "name": "Brembo Bremsbeläge P85020 Original", "brand": "Brembo"},
             {"sku": "OIL", "name": "Bosch Ölfilter 0451103316", "brand": "Bosch"},
             {"sku": "LAMP", "name": "Epson Projektorlampe ELPLP88 Original", "brand": "Epson"}),
        theirs({"competitor_product_id": 1, "name": "Klocki hamulcowe Brembo P85020 oryginał"},
               {"competitor_product_id": 2, "name": "Klocki hamulcowe zamiennik Brembo P85020"},
               {"competitor_product_id": 3, "name": "Filtr oleju Bosch 0451103316"},
               {"competitor_product_id": 4, "name": "Filtr oleju pasujący do Bosch 0451103316"},
               {"competitor_product_id": 5, "name": "Lampe de projecteur Epson ELPLP88 d'origine"},
               {"competitor_product_id": 6, "name": "Lampe de projecteur remplace Epson ELPLP88"}),
    )
    assert pairs(found) == {("BRAKE", 1), ("OIL", 3), ("LAMP", 5)}, found[["sku", "competitor_product_id",
                                                                          "status", "score", "reason"]]
