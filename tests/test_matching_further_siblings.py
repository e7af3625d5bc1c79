"""A listing the calibration takes as another listing of our product (many-to-one by wording,
`calibration.listed_again`) should be read beside their listing our product already took: where it
is that listing's title with a word written in its place, a word these catalogues use to tell
products apart (a count, a gauge, a size), it is a sibling of their range, not a further listing of
ours.

The fifteenth round set aside showed it (a can of three beside our can of four, a string's 1.30
gauge beside our 1.25 set, matched by wording as further listings); these rows are written anew,
in another trade and language: a Portuguese-writing cycling shop in reais against ours in
English. The sibling rows carry no code, so that wording alone decides them; parts both shops
write with the maker's number give the shop's wording the sure matches it is judged by.

Both tests are strict expected failures: the mend measured for them (branch `further-siblings`,
`assignment._DuplicateListings.sibling`) passed them and two of the fifteenth round's siblings,
but moved shared views down (Amazon-Google after 100 answers, or Amazon-Google without brands with
no review: 0.684 -> 0.683), so it was not kept (bench/history/matching.md, twenty-seventh session,
"further").
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import catalogues_of, matched_through_the_commands, priced_in

# Ours in English, theirs in Portuguese; every product ours sells in both, and beside some of them
# their shop's sibling a count, a size or a gauge apart (a row with one title).
CYCLING = [
    ("Elite Fly water bottle 75 cl, clear", "9.95", "Elite Fly Caramanhola 750 ml Transparente", "59.90"),
    (None, None, "Elite Fly Caramanhola 550 ml Transparente", "54.90"),
    ("Park Tool tyre levers, 3-pack", "6.50", "Park Tool Espátulas Jogo com 3 Unidades", "39.90"),
    (None, None, "Park Tool Espátulas Jogo com 2 Unidades", "29.90"),
    ("Shimano Ultegra chain 11sp, 116 links", "34.95", "Shimano Ultegra Corrente 11 Velocidades 116 Elos", "259.00"),
    (None, None, "Shimano Ultegra Corrente 12 Velocidades 116 Elos", "329.00"),
    # The shop sells other chains in both speeds: the speed is how it tells its chains apart.
    (None, None, "KMC X Corrente 11 Velocidades Prata", "189.00"),
    (None, None, "KMC X Corrente 12 Velocidades Prata", "229.00"),
    ("Schwalbe Durano tyre 700 x 25, folding", "39.95", "Schwalbe Durano Pneu 700 x 25 Dobrável", "279.00"),
    (None, None, "Schwalbe Durano Pneu 700 x 28 Dobrável", "279.00"),
    ("Muc-Off Nano Tech bike cleaner, 1 litre", "14.95", "Muc-Off Nano Tech Limpador de Bicicleta 1 Litro", "99.90"),
    ("Lezyne Micro Floor Drive pump 1-FP-MCDR-V1", "59.95", "Lezyne Micro Floor Drive Bomba de Piso 1-FP-MCDR-V1", "389.00"),
    ("Fizik Vento Argo R3 saddle 70D1SA13A22", "129.00", "Fizik Vento Argo R3 Selim Estrada 70D1SA13A22", "899.00"),
    ("Garmin Edge Explore 2 bike computer 010-02664-01", "299.99", "Garmin Edge Explore 2 Ciclocomputador GPS 010-02664-01", "2199.00"),
    ("Continental Grand Prix 5000 tyre, folding", "54.95", "Continental Grand Prix 5000 Pneu Dobrável Preto", "399.00"),
    ("Camelbak Podium Chill bottle 620 ml 1874001062", "12.95", "Camelbak Podium Chill Caramanhola 620 ml 1874001062", "79.90"),
    ("Topeak Mini 20 Pro multi-tool TT2572B", "34.95", "Topeak Mini 20 Pro Canivete de Ferramentas TT2572B", "219.00"),
    ("Crankbrothers Eggbeater 3 pedals 16193", "139.00", "Crankbrothers Eggbeater 3 Pedal Clip 16193", "949.00"),
    ("Kask Protone Icon helmet, white CHE00097", "249.00", "Kask Protone Icon Capacete Branco CHE00097", "1799.00"),
    ("Rapha Pro Team cycling cap", "35.00", "Rapha Pro Team Boné de Ciclismo", "229.00"),
    ("Tacx Neo 2T smart trainer T2875", "1199.00", "Tacx Neo 2T Rolo de Treino Inteligente T2875", "8999.00"),
    ("Wahoo Tickr X heart rate strap WFBTHR04X", "79.99", "Wahoo Tickr X Cinta Cardíaca WFBTHR04X", "549.00"),
    ("Brooks B17 Standard saddle, black B17A0BK", "99.00", "Brooks B17 Standard Selim de Couro Preto B17A0BK", "749.00"),
    ("Finish Line Dry Teflon chain lube, 120 ml", "9.95", "Finish Line Dry Teflon Lubrificante 120 ml", "69.90"),
    ("Giro Syntax helmet, matte black", "99.95", "Giro Syntax Capacete Preto Fosco", "699.00"),
    (None, None, "Giro Syntax Capacete Branco Fosco", "699.00"),
    ("Castelli Perfetto RoS 2 jacket", "229.00", "Castelli Perfetto RoS 2 Jaqueta Ciclismo", "1599.00"),
    ("Oakley Sutro Lite sunglasses, prizm road", "159.00", "Oakley Sutro Lite Óculos Prizm Road", "1099.00"),
    ("Thule Yepp Nexxt Maxi child seat", "189.00", "Thule Yepp Nexxt Maxi Cadeirinha Infantil", "1349.00"),
    ("Knog Blinder Mini Niner rear light", "29.95", "Knog Blinder Mini Niner Lanterna Traseira", "219.00"),
    ("Abus Bordo Granit X-Plus 6500 folding lock", "139.00", "Abus Bordo Granit X-Plus 6500 Cadeado Dobrável", "979.00"),
    ("Stans NoTubes tyre sealant, 473 ml", "24.95", "Stans NoTubes Selante Tubeless 473 ml", "169.00"),
    ("Blackburn Chamber tubeless floor pump", "79.95", "Blackburn Chamber Bomba de Piso Tubeless", "559.00"),
    # Parts both shops write with the maker's number: the sure matches this shop's wording is judged by.
    *((f"{maker} {part} {english} {number}", price, f"{maker} {part} {portuguese} {number}", reais)
      for maker, part, english, portuguese, number, price, reais in (
          ("Shimano", "Deore XT", "disc brake pads, resin", "Pastilha de Freio Resina", "G05A-RX", "19.95", "139.00"),
          ("Shimano", "105", "cassette 11-34", "Cassete 11-34", "CS-R7000", "44.95", "319.00"),
          ("SRAM", "Rival", "chain 12 speed", "Corrente 12 Velocidades", "CN-RIV-D1", "39.95", "289.00"),
          ("Campagnolo", "Chorus", "brake cable set", "Jogo de Cabos de Freio", "BR-CH600", "24.95", "179.00"),
          ("Lezyne", "Pressure Drive", "mini pump", "Mini Bomba", "1-MP-PRDR-V1", "29.95", "209.00"),
          ("Topeak", "Ninja Cage Z", "bottle cage", "Suporte de Caramanhola", "TNJC-Z01", "24.95", "169.00"),
          ("Garmin", "Varia", "radar tail light", "Radar Traseiro", "010-02476-00", "199.99", "1499.00"),
          ("Wahoo", "Elemnt Bolt", "bike computer", "Ciclocomputador", "WFCC5", "279.99", "1999.00"),
          ("Park Tool", "PCS-10.3", "home repair stand", "Cavalete de Manutenção", "PCS-10.3", "249.00", "1799.00"),
          ("Crankbrothers", "M19", "multi-tool", "Canivete de Ferramentas", "CB-M19", "39.95", "279.00"),
          ("Fizik", "Tempo", "bar tape, black", "Fita de Guidão Preta", "BT10-A00042", "29.95", "209.00"),
          ("Continental", "Race 28", "inner tube, presta", "Câmara de Ar Presta", "0181711", "8.95", "59.90"),
          ("Schwalbe", "Marathon Plus", "tyre 700x35c", "Pneu 700x35c", "11100322", "49.95", "349.00"),
          ("Elite", "Suito-T", "direct drive trainer", "Rolo de Treino Direct Drive", "0175501", "649.00", "4599.00"),
      )),
]


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a further listing taken by wording is never read beside their listing our product took")
def test_a_sibling_a_count_or_size_apart_is_not_matched_as_a_further_listing(workspace, tmp_path):
    ours, theirs, truth = priced_in(catalogues_of(CYCLING), "BRL")
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    wrong_matched = {pair: row["reason"] for pair, row in found.items()
                     if pair not in truth and row["status"] == "matched"}
    assert not wrong_matched, wrong_matched
    # Our chain's own listing, which its 12-speed sibling stood beside, is still matched.
    assert found[("O4", "T4")]["status"] == "matched", found


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a further listing taken by wording is never read beside their listing our product took")
def test_a_sibling_is_not_put_to_a_person_either(workspace, tmp_path):
    # The calibration took it for our product on its wording alone; read beside the listing our
    # product took it is another product of their range, and nothing else vouches for it.
    ours, theirs, truth = priced_in(catalogues_of(CYCLING), "BRL")
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert ("O4", "T5") not in found, found[("O4", "T5")]
