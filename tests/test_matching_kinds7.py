"""A seventh batch of catalogues of other kinds, written before the matcher read them, so that
their first reading is a figure on catalogues the matching rules were not written on: plants and
bulbs, tea and honey, cheese and deli, household spare parts by OEM number, school uniforms,
locks and security, candles and home fragrance, pool and hot tub, winter sports, power stations
and solar panels, e-scooters and e-bike parts, hair colour and care, work and safety wear,
calendars and diaries by year, and the cases the sixth batch (`tests/test_matching_kinds6.py`)
left open.

Each catalogue is a list of rows as `tests/kinds_batches.py` reads them: (our title, our price,
their title, their price[, {"ours": {...}, "theirs": {...}}]). A row with both titles is one
product in both shops, worded as each shop words it (another word order, abbreviations, another
language or script, the brand in its own field only, an OEM number with or without its leading
zeros or its dots, a code only in a description, a size in another system); a row with one title
is a variant that only one shop sells (another pot size, pack, vintage of a flush, ageing,
grade, cylinder length, weight of a jar, tablet size, ski length, boot size, capacity, wattage,
generation, mounting, shade, glove size, lens tint, year, age) and has no counterpart: matching
it to anything is a wrong pair.
"""

from __future__ import annotations

import pytest

from benchmark._text import extract
from benchmark.matching.conflicts import _quantity_conflict
from tests.kinds_batches import Row, check_the_rows, read_kind
from tests.kinds_batches import gtin_with_check_digit as _ean
from tests.kinds_batches import read_the_batch as _read_the_batch


GTIN_TEEKANNE_20 = _ean("400130003412")
GTIN_TEEKANNE_50 = _ean("400130003429")

PLANTS_AND_BULBS: list[Row] = [
    ("Monstera deliciosa Fensterblatt 12 cm Topf, 40 cm hoch", "14.99",
     "Monstera Deliciosa Swiss Cheese Plant, Ø12cm pot, height 40cm", "13.49"),
    (None, None, "Monstera Deliciosa Swiss Cheese Plant, Ø17cm pot, height 60cm", "24.99"),
    (None, None, "Monstera Deliciosa Variegata, Ø12cm pot, height 30cm", "49.99"),
    ("Ficus lyrata Geigenfeige Ø 21 cm, Höhe 90 cm", "49.99", "Fiddle Leaf Fig (Ficus lyrata) 90cm tall, 21cm pot", "45.99"),
    (None, None, "Fiddle Leaf Fig (Ficus lyrata) 120cm tall, 24cm pot", "69.99"),
    ("Tulpenzwiebeln 'Queen of Night' 10 Stück", "5.99", "Tulip bulbs Queen of Night, pack of 10", "5.49"),
    (None, None, "Tulip bulbs Queen of Night, pack of 25", "11.99"),
    (None, None, "Tulip bulbs Ballerina, pack of 10", "5.49"),
    ("Bulbes de narcisses Tête-à-Tête x 20", "4.99", "Narcissus Tête-à-Tête bulbs, 20 pcs", "4.59"),
    ("Kiepenkerl Tomatensamen Harzfeuer F1", "3.49", "Kiepenkerl tomato seeds 'Harzfeuer' F1 hybrid", "3.29"),
    (None, None, "Kiepenkerl tomato seeds 'Berner Rose'", "2.99"),
    ("Olivenbaum Olea europaea Stamm 100-120 cm im 25-cm-Topf", "79.00",
     "Olive tree (Olea europaea) standard, 100-120 cm, Ø25 cm pot", "74.00"),
    (None, None, "Olive tree (Olea europaea) standard, 140-160 cm, Ø30 cm pot", "119.00"),
    ("Lavendel Hidcote 9-cm-Topf 6er-Set", "17.94", None, None),
]

# A flush and its year, a honey's MGO grade; a brand in its own field beside a title in Japanese.
TEA_AND_HONEY: list[Row] = [
    ("Teekanne Pfefferminze 20 Beutel", "1.99", "TEEKANNE Peppermint tea, 20 tea bags", "1.79",
     {"ours": {"gtin": GTIN_TEEKANNE_20}}),
    (None, None, "TEEKANNE Peppermint tea, 50 tea bags", "3.99", {"theirs": {"gtin": GTIN_TEEKANNE_50}}),
    ("Twinings English Breakfast 100 sachets", "5.49", "Twinings English Breakfast Tea 100 Tea Bags", "4.99"),
    (None, None, "Twinings Earl Grey Tea 100 Tea Bags", "4.99"),
    ("Darjeeling First Flush 2024 FTGFOP1 loser Tee 100 g", "12.90", "Darjeeling First Flush 2024 FTGFOP1 loose leaf tea 100g",
     "11.90"),
    (None, None, "Darjeeling Second Flush 2024 FTGFOP1 loose leaf tea 100g", "11.90"),
    (None, None, "Darjeeling First Flush 2023 FTGFOP1 loose leaf tea 100g", "9.90"),
    ("Manuka Health Manuka-Honig MGO 263+ 250 g", "29.95", "Manuka Health MGO 263+ Manuka Honey 250g", "27.95"),
    (None, None, "Manuka Health MGO 573+ Manuka Honey 250g", "59.95"),
    (None, None, "Manuka Health MGO 263+ Manuka Honey 500g", "49.95"),
    ("Ippodo Matcha Sayaka-no-mukashi 40 g Dose", "32.00", "一保堂 抹茶 さやかの昔 40g缶", "30.00", {"theirs": {"brand": "Ippodo"}}),
    (None, None, "一保堂 抹茶 さやかの昔 20g袋", "16.00", {"theirs": {"brand": "Ippodo"}}),
    ("Langnese Bienenhonig cremig 500 g", "5.49", None, None),
]

# Ageing in months written in each shop's language; "0.5 L" against "500 ml".
CHEESE_AND_DELI: list[Row] = [
    ("Parmigiano Reggiano DOP 24 Monate gereift 1 kg", "24.90", "Parmigiano Reggiano PDO aged 24 months, 1kg", "22.90"),
    (None, None, "Parmigiano Reggiano PDO aged 36 months, 1kg", "29.90"),
    (None, None, "Parmigiano Reggiano PDO aged 24 months, 500g", "12.90"),
    ("Jamón Ibérico de Bellota 100% 5J loncheado 80 g", "14.95", "Cinco Jotas 5J 100% Ibérico de Bellota ham, sliced 80 g",
     "13.95"),
    (None, None, "Cinco Jotas 5J 100% Ibérico de Bellota shoulder (paleta), sliced 80 g", "10.95"),
    ("Comté AOP 18 mois affiné 250 g", "6.99", "Comté PDO matured 18 months, 250g", "6.49"),
    (None, None, "Comté PDO matured 12 months, 250g", "5.29"),
    ("Olio extravergine di oliva Frantoio Muraglia 500 ml", "24.00", "Frantoio Muraglia Extra Virgin Olive Oil 0.5 L", "22.00"),
    (None, None, "Frantoio Muraglia Extra Virgin Olive Oil 0.25 L", "14.00"),
    ("Old Amsterdam Gouda 48+ 1 kg", "17.99", "Old Amsterdam Goudse kaas 48+ 1000 gram", "16.99"),
    (None, None, "Old Amsterdam Goudse kaas 48+ 500 gram", "9.49"),
    ("Serrano Schinken 18 Monate 100 g", "3.99", None, None),
]

# OEM numbers with and without leading zeros or dots, a code only in their description, an
# original part beside the one for another model.
HOUSEHOLD_SPARE_PARTS: list[Row] = [
    ("Miele Staubbeutel GN HyClean 3D Efficiency 4 Stück", "14.99",
     "Miele GN HyClean 3D Efficiency dust bags, 4 bags + 2 filters (09917730)", "13.99"),
    (None, None, "Miele FJM HyClean 3D Efficiency dust bags, 4 bags + 2 filters (09917710)", "13.99"),
    ("Brita Maxtra Pro All-in-1 Filterkartuschen 3er Pack", "19.99", "BRITA MAXTRA PRO All-in-1 water filter cartridges, pack of 3",
     "18.49"),
    (None, None, "BRITA MAXTRA PRO All-in-1 water filter cartridges, pack of 6", "33.99"),
    (None, None, "BRITA MAXTRA PRO Limescale Expert water filter cartridges, pack of 3", "21.49"),
    ("Philips Scherköpfe SH71/50 Series 7000", "49.99", "Philips Series 7000 replacement shaving heads SH71/50", "46.99"),
    (None, None, "Philips Series 5000 replacement shaving heads SH50/50", "34.99"),
    ("Bosch Siebkombination für Geschirrspüler 00427903", "19.90",
     "Filter assembly for Bosch / Siemens dishwashers, part no. 427903", "17.90"),
    (None, None, "Filter assembly for Bosch / Siemens dishwashers, part no. 10002494", "24.90"),
    ("Samsung Kühlschrank-Wasserfilter DA29-00020B", "34.99", "Samsung HAF-CIN/EXP fridge water filter", "32.99",
     {"theirs": {"description": "Original Samsung water filter, replaces DA29-00020B and DA29-00020A."}}),
    (None, None, "Samsung HAF-QIN/EXP fridge water filter", "34.99",
     {"theirs": {"description": "Original Samsung water filter, replaces DA97-08006A and DA97-17376B."}}),
    ("De'Longhi Entkalker EcoDecalk 500 ml DLSC500", "12.99", "De'Longhi EcoDecalk descaler 500 ml (DLSC500)", "11.99"),
    (None, None, "De'Longhi EcoDecalk descaler mini, 2 x 100 ml (DLSC200)", "8.99"),
    ("Electrolux Backofen-Glühbirne 25 W 300 °C E14 50286", "7.49", "AEG / Electrolux oven lamp 25W E14 300°C, 5.028.6", "6.99"),
    ("Dyson V11 Filter 970013-02", "39.99", None, None),
]

# German sizes in centimetres of height against ages, EU shoe sizes against UK ones.
SCHOOL_UNIFORMS: list[Row] = [
    ("Trutex Schulpullover V-Ausschnitt marine Gr. 134/140 (9-10 Jahre)", "19.99", "Trutex V-neck school jumper, navy, age 9-10",
     "17.99"),
    (None, None, "Trutex V-neck school jumper, navy, age 11-12", "19.99"),
    (None, None, "Trutex V-neck school jumper, bottle green, age 9-10", "17.99"),
    ("M&S 2pk Girls' Pure Cotton School Blouses White 7-8 Yrs", "12.00",
     "Marks & Spencer Girls Pure Cotton School Blouse 2 Pack, White, Age 7-8", "11.00"),
    (None, None, "Marks & Spencer Girls Pure Cotton School Blouse 2 Pack, White, Age 8-9", "12.00"),
    ("Falda escolar de tablas azul marino talla 8 años", "19.95", "El Corte Inglés school pleated skirt, navy, 8 years", "18.95",
     {"ours": {"brand": "El Corte Inglés"}}),
    (None, None, "El Corte Inglés school pleated skirt, navy, 10 years", "18.95"),
    ("Clarks Schulschuhe Scala Ace Kinder Leder schwarz EU 35 F", "59.95", "Clarks Kids Scala Ace Black Leather School Shoes UK 2.5 F",
     "54.95"),
    (None, None, "Clarks Kids Scala Ace Black Leather School Shoes UK 2.5 G", "54.95"),
    ("Step by Step Schulranzen-Set SPACE 5-teilig Sky Rocket", "249.00", "Step by Step SPACE school bag set, 5 pieces, Sky Rocket",
     "239.00"),
    (None, None, "Step by Step SPACE school bag set, 5 pieces, Dino Tracks", "239.00"),
    ("Schul-Poloshirt weiß 2er-Pack Gr. 152", "14.99", None, None),
]

# A cylinder's two lengths written with a slash, a padlock's width after a slash, a brand
# written as one word.
LOCKS_AND_SECURITY: list[Row] = [
    ("ABUS Profilzylinder EC550 30/30 mm mit 5 Schlüsseln", "29.95", "ABUS EC550 euro cylinder 30/30 mm, 5 keys", "27.95"),
    (None, None, "ABUS EC550 euro cylinder 30/35 mm, 5 keys", "29.95"),
    (None, None, "ABUS EC550 euro cylinder 35/35 mm, 5 keys", "31.95"),
    ("ABUS Vorhängeschloss Titalium 64TI/40", "12.99", "ABUS 64TI/40 Titalium padlock 40 mm", "11.99"),
    (None, None, "ABUS 64TI/50 Titalium padlock 50 mm", "16.99"),
    ("Rauchmelder Ei Electronics Ei650 mit 10-Jahres-Batterie", "19.99", "Ei Electronics Ei650 smoke alarm, 10-year lithium battery",
     "18.49"),
    (None, None, "Ei Electronics Ei650W smoke alarm, 10-year battery, wireless module", "39.99"),
    ("Masterlock Kabelschloss Python 8413 1,8 m", "24.99", "Master Lock Python 8413EURDPRO adjustable cable lock 1.8 m", "22.99"),
    (None, None, "Master Lock Python 8418EURDPRO adjustable cable lock 3 m", "29.99"),
    ("Burg-Wächter Tresor Karat MT 24 E", "139.00", "BURG-WÄCHTER Karat MT 24 E electronic safe, 24 l", "129.00"),
    (None, None, "BURG-WÄCHTER Karat MT 34 E electronic safe, 34 l", "169.00"),
    ("Yale Linus Smart Lock L2 silber", "229.00", "Yale Linus Smart Lock L2, silver", "219.00"),
    (None, None, "Yale Linus Smart Lock L2, black", "219.00"),
    ("Türkette Basi TK 100 messing", "19.99", None, None),
]

# A jar's weight, a candle's size written "130/68", a scent named in two languages.
CANDLES_AND_HOME_FRAGRANCE: list[Row] = [
    ("Yankee Candle Clean Cotton große Kerze im Glas 623 g", "29.99", "Yankee Candle Clean Cotton Large Jar Candle 623g", "27.99"),
    (None, None, "Yankee Candle Clean Cotton Medium Jar Candle 411g", "22.99"),
    (None, None, "Yankee Candle Black Cherry Large Jar Candle 623g", "27.99"),
    ("Bougie parfumée Diptyque Baies 190 g", "72.00", "Diptyque Baies scented candle 190g", "68.00"),
    (None, None, "Diptyque Baies scented candle 300g", "98.00"),
    (None, None, "Diptyque Figuier scented candle 190g", "68.00"),
    ("Bolsius Stumpenkerze weiß 130/68 mm 4 Stück", "7.99", "Bolsius pillar candles, white, 130 x 68 mm, pack of 4", "7.49"),
    (None, None, "Bolsius pillar candles, white, 100 x 68 mm, pack of 4", "6.49"),
    ("Millefiori Milano Raumduft Stäbchen Mela & Cannella 100 ml", "24.90",
     "Millefiori Milano reed diffuser Apple & Cinnamon (Mela & Cannella) 100ml", "22.90"),
    (None, None, "Millefiori Milano reed diffuser Apple & Cinnamon (Mela & Cannella) 250ml", "39.90"),
    ("IKEA GLIMMA Teelicht ohne Duft 100 Stück", "3.99", "IKEA GLIMMA unscented tealight, 100 pack", "3.49"),
    (None, None, "IKEA GLIMMA unscented tealight, 30 pack", "1.49"),
    ("Rituals The Ritual of Sakura Duftkerze 290 g", "29.90", None, None),
]

POOL_AND_HOT_TUB: list[Row] = [
    ("Steinbach Chlortabletten Multi 5in1 200 g, 1 kg", "19.99", "Steinbach Multi 5in1 chlorine tablets 200 g, 1 kg tub", "18.49"),
    (None, None, "Steinbach Multi 5in1 chlorine tablets 200 g, 5 kg tub", "69.99"),
    (None, None, "Steinbach Multi 5in1 chlorine tablets 20 g, 1 kg tub", "19.99"),
    ("Intex Frame Pool Set Prism Rondo 366 x 76 cm", "199.00",
     "Intex Prism Frame round pool 12ft x 30in (366 x 76 cm) with filter pump", "189.00"),
    (None, None, "Intex Prism Frame round pool 15ft x 42in (457 x 107 cm) with filter pump", "349.00"),
    ("Bestway Filterkartusche Gr. II 58094", "9.99", "Bestway Flowclear filter cartridge size II (58094)", "8.99"),
    (None, None, "Bestway Flowclear filter cartridge size I (58093)", "6.99"),
    (None, None, "Bestway Flowclear filter cartridge size III (58012)", "12.99"),
    ("pH-Minus Granulat 1,5 kg", "12.99", "Gre pH minus granules 1.5kg", "11.99", {"ours": {"brand": "Gre"}}),
    (None, None, "Gre pH plus granules 1kg", "11.99"),
    ("Lay-Z-Spa Milan Airjet Plus Whirlpool 4-6 Personen", "699.00", "Bestway Lay-Z-Spa Milan AirJet Plus hot tub, 4-6 people",
     "649.00"),
    (None, None, "Bestway Lay-Z-Spa Miami AirJet hot tub, 2-4 people", "449.00"),
    ("Poolthermometer Ente", "4.99", None, None),
]

# Ski lengths, mondopoint boot sizes written "27/27.5", helmet ranges, a board's year and width.
WINTER_SPORTS: list[Row] = [
    ("Atomic Redster Q9 Revoshock S Ski 177 cm inkl. Bindung X 12 GW", "899.00",
     "Atomic Redster Q9 Revoshock S skis 177cm + X 12 GW bindings", "849.00"),
    (None, None, "Atomic Redster Q9 Revoshock S skis 170cm + X 12 GW bindings", "849.00"),
    ("Salomon S/Pro Alpha 120 Skischuh Mondo 27/27.5", "399.00", "Salomon S/PRO ALPHA 120 ski boots, size 27/27.5", "379.00"),
    (None, None, "Salomon S/PRO ALPHA 120 ski boots, size 28/28.5", "379.00"),
    (None, None, "Salomon S/PRO ALPHA 100 ski boots, size 27/27.5", "319.00"),
    ("Casque de ski Uvex legend 2.0 taille 55-59 cm noir mat", "89.95", "uvex legend 2.0 ski helmet, black matt, 55-59 cm", "84.95"),
    (None, None, "uvex legend 2.0 ski helmet, black matt, 52-55 cm", "84.95"),
    ("Oakley Flight Deck L Skibrille Prizm Snow Torch Iridium", "199.00", "Oakley Flight Deck L Snow Goggles, Prizm Torch Iridium",
     "189.00"),
    (None, None, "Oakley Flight Deck M Snow Goggles, Prizm Torch Iridium", "179.00"),
    ("Burton Custom Snowboard 2024 158", "599.00", "Burton Custom Camber snowboard 158 cm (2024)", "569.00"),
    (None, None, "Burton Custom Camber snowboard 158 Wide (2024)", "569.00"),
    (None, None, "Burton Custom Camber snowboard 158 cm (2023)", "469.00"),
    ("Holmenkol Ultramix Skiwachs 150 g", "14.99", None, None),
]

POWER_STATIONS_AND_SOLAR: list[Row] = [
    ("EcoFlow RIVER 2 Powerstation 256 Wh", "249.00", "EcoFlow RIVER 2 portable power station, 256Wh LiFePO4", "229.00"),
    (None, None, "EcoFlow RIVER 2 Max portable power station, 512Wh LiFePO4", "399.00"),
    (None, None, "EcoFlow RIVER 2 Pro portable power station, 768Wh LiFePO4", "549.00"),
    ("Anker SOLIX C1000 Powerstation 1056 Wh", "599.00", "Anker SOLIX C1000 Portable Power Station, 1056Wh, 1800W", "569.00"),
    (None, None, "Anker SOLIX C800 Portable Power Station, 768Wh, 1200W", "449.00"),
    ("Jackery SolarSaga 100 W Solarpanel faltbar", "249.00", "Jackery SolarSaga 100W foldable solar panel", "229.00"),
    (None, None, "Jackery SolarSaga 200W foldable solar panel", "499.00"),
    ("Hoymiles Mikrowechselrichter HMS-800W-2T 800 W", "149.00", "Hoymiles HMS-800W-2T microinverter, 800 W, WiFi built in",
     "139.00"),
    (None, None, "Hoymiles HMS-600W-2T microinverter, 600 W, WiFi built in", "119.00"),
    ("Panneau solaire Victron 115 W 12 V monocristallin", "129.00",
     "Victron Energy BlueSolar Monocrystalline 115W 12V panel (SPM041151200)", "119.00"),
    (None, None, "Victron Energy BlueSolar Monocrystalline 175W 12V panel (SPM041751200)", "159.00"),
    ("Goal Zero Yeti 500X Powerstation", "699.00", None, None),
]

E_SCOOTERS_AND_E_BIKE_PARTS: list[Row] = [
    ("Xiaomi Electric Scooter 4 Pro E-Scooter mit Straßenzulassung", "699.00",
     "Xiaomi Mi Electric Scooter 4 Pro (DE) with road approval", "649.00"),
    (None, None, "Xiaomi Electric Scooter 4 Lite (DE) with road approval", "449.00"),
    (None, None, "Xiaomi Electric Scooter 4 Pro 2nd Gen (DE) with road approval", "749.00"),
    ("Bosch PowerTube 625 Akku vertikal", "899.00", "Bosch PowerTube 625 Wh e-bike battery, vertical (BBP3760)", "849.00"),
    (None, None, "Bosch PowerTube 625 Wh e-bike battery, horizontal (BBP3770)", "849.00"),
    (None, None, "Bosch PowerTube 500 Wh e-bike battery, vertical (BBP290)", "699.00"),
    ("Shimano Steps E-Bike Ladegerät EC-E6002", "149.00", "SHIMANO STEPS battery charger EC-E6002", "139.00"),
    ("Segway Ninebot KickScooter F2 Plus D", "599.00", "Segway-Ninebot F2 Plus D E-Scooter", "569.00"),
    (None, None, "Segway-Ninebot F2 Pro D E-Scooter", "699.00"),
    ("Dętka do hulajnogi elektrycznej 8,5 cala zawór kątowy", "7.49", 'Inner tube 8.5" for e-scooters, angled valve', "6.99"),
    (None, None, 'Inner tube 10" for e-scooters, angled valve', "7.99"),
    ("Abus Faltschloss Bordo 6000 90 cm", "89.95", None, None),
]

# Shades written "7/0", "6.0" or "6"; one care product in two sizes.
HAIR_COLOUR_AND_CARE: list[Row] = [
    ("Schwarzkopf Brillance Intensiv-Color-Creme 890 Schwarzkirsche", "6.95",
     "Schwarzkopf Brillance Intense Colour Cream 890 Black Cherry", "6.49"),
    (None, None, "Schwarzkopf Brillance Intense Colour Cream 880 Cherry Red", "6.49"),
    ("L'Oréal Préférence 6.0 Buenos Aires dunkelblond", "9.95", "L'Oreal Paris Préférence hair colour 6 Dark Blonde (Buenos Aires)",
     "8.99"),
    (None, None, "L'Oreal Paris Préférence hair colour 7 Blonde (Ibiza)", "8.99"),
    ("Wella Koleston Perfect Me+ 7/0 60 ml", "9.90", "Wella Professionals Koleston Perfect ME+ 7/0 medium blonde 60ml", "9.40"),
    (None, None, "Wella Professionals Koleston Perfect ME+ 7/1 medium ash blonde 60ml", "9.40"),
    (None, None, "Wella Professionals Koleston Perfect ME+ 6/0 dark blonde 60ml", "9.40"),
    ("Olaplex No. 3 Hair Perfector 100 ml", "28.00", "OLAPLEX Nº.3 Hair Perfector 100ml", "26.00"),
    (None, None, "OLAPLEX Nº.3 Hair Perfector 250ml", "49.00"),
    (None, None, "OLAPLEX Nº.4 Bond Maintenance Shampoo 250ml", "28.00"),
    ("Tinta per capelli Garnier Olia 4.0 castano", "7.49", "Garnier Olia permanent hair colour 4.0 Dark Brown", "6.99"),
    (None, None, "Garnier Olia permanent hair colour 5.0 Brown", "6.99"),
    ("Kérastase Elixir Ultime L'Huile Originale 100 ml", "49.00", None, None),
]

WORK_AND_SAFETY_WEAR: list[Row] = [
    ("Ansell TouchNTuff 92-600 Nitrilhandschuhe Gr. M 100 Stück", "19.99",
     "Ansell TouchNTuff 92-600 nitrile gloves, size 8 (M), box of 100", "18.49"),
    (None, None, "Ansell TouchNTuff 92-600 nitrile gloves, size 9 (L), box of 100", "18.49"),
    ("3M Gehörschutzstöpsel 1100 200 Paar SNR 37 dB", "39.90", "3M 1100 foam earplugs, 200 pairs, SNR 37 dB", "36.90"),
    (None, None, "3M 1110 corded foam earplugs, 100 pairs, SNR 37 dB", "39.90"),
    ("Uvex i-5 Schutzbrille klar 9183.265", "14.90", "uvex i-5 safety glasses, clear lens (9183265)", "13.90"),
    (None, None, "uvex i-5 safety glasses, grey lens (9183266)", "14.90"),
    ("Puma Safety Sicherheitsschuh Velocity 2.0 Mid S3 Gr. 43", "109.00", "PUMA Safety Velocity 2.0 MID S3 safety boots, EU 43",
     "99.00"),
    (None, None, "PUMA Safety Velocity 2.0 MID S3 safety boots, EU 44", "99.00"),
    (None, None, "PUMA Safety Velocity 2.0 MID S1P safety boots, EU 43", "94.00"),
    ("Engelbert Strauss Bundhose e.s.motion 2020 zement/graphit Gr. 50", "99.99",
     "engelbert strauss work trousers e.s.motion 2020, cement/graphite, size 50", "94.99"),
    (None, None, "engelbert strauss work trousers e.s.motion 2020, cement/graphite, size 52", "94.99"),
    ("Warnweste EN ISO 20471 Klasse 2 gelb", "3.99", None, None),
]

# The year is the product: last year's diary is another one, a school year written two ways.
CALENDARS_AND_DIARIES: list[Row] = [
    ("Leuchtturm1917 Wochenkalender 2026 A5 Hardcover schwarz", "24.95",
     "LEUCHTTURM1917 2026 weekly planner & notebook, Medium (A5), black, hardcover", "22.95"),
    (None, None, "LEUCHTTURM1917 2025 weekly planner & notebook, Medium (A5), black, hardcover", "12.95"),
    (None, None, "LEUCHTTURM1917 2026 weekly planner & notebook, Pocket (A6), black, hardcover", "19.95"),
    ("Moleskine 12-Monats-Wochenplaner 2026 Large Hardcover schwarz", "26.90",
     "Moleskine 2026 12-month weekly planner, large, hard cover, black", "24.90"),
    (None, None, "Moleskine 2026 18-month weekly planner, large, hard cover, black", "29.90"),
    ("Agenda scolaire Quo Vadis Textagenda 2025-2026 12 x 17 cm", "14.50",
     "Quo Vadis Textagenda academic diary 2025-2026, 12 x 17 cm", "13.50"),
    (None, None, "Quo Vadis Textagenda academic diary 2026-2027, 12 x 17 cm", "14.50"),
    ("Häfft Hausaufgabenheft 2025/2026 A5", "7.95", "Häfft homework planner 2025/26, A5", "7.45"),
    (None, None, "Häfft homework planner 2024/25, A5", "4.95"),
    ("Zweckform Tischkalender 2026 quer", "9.99", None, None),
]

# The sixth batch's leftovers (its note, "noticed and left alone"), written anew: a length in
# inches against centimetres, a hook size against another of one code, codes written apart,
# a multipack's total against its items, EU against UK shoe sizes, a board's dimensions in
# another order, a viscosity grade two makers write.
LEFTOVERS: list[Row] = [
    ("Zwilling Pro Kochmesser 20 cm", "99.00", 'ZWILLING Pro 8" Chef\'s Knife', "94.00"),
    (None, None, 'ZWILLING Pro 10" Chef\'s Knife', "109.00"),
    ("Husqvarna 135 Mark II Kettensäge 35 cm Schwert", "329.00", 'Husqvarna 135 Mark II chainsaw, 14" bar', "309.00"),
    (None, None, 'Husqvarna 135 Mark II chainsaw, 16" bar', "319.00"),
    ("Owner SSW 5111 Haken Gr. 4/0, 6 Stück", "4.99", "Owner SSW 5111 hooks size 4/0 (6 pcs)", "4.69"),
    (None, None, "Owner SSW 5111 hooks size 2/0 (7 pcs)", "4.69"),
    ("Bosch Professional GBH 2-28 F Bohrhammer", "259.00", "Bosch Professional GBH2-28F SDS-plus rotary hammer", "239.00"),
    (None, None, "Bosch Professional GBH2-26F SDS-plus rotary hammer", "199.00"),
    ("Milka Alpenmilch Schokolade 5er-Pack 500 g", "4.99", "Milka Alpine Milk chocolate bars 5 x 100g", "4.49"),
    (None, None, "Milka Alpine Milk chocolate bars 3 x 100g", "2.99"),
    ("Vans Old Skool Sneaker schwarz/weiß EU 40", "84.99", "Vans Old Skool trainers Black/White UK 6.5", "79.99"),
    (None, None, "Vans Old Skool trainers Black/White UK 7", "79.99"),
    ("Spanplatte roh 19 mm 600 x 300 mm", "6.99", "Chipboard panel, raw, 19 x 300 x 600 mm", "6.49"),
    (None, None, "Chipboard panel, raw, 19 x 300 x 1000 mm", "9.99"),
    ("Shell Helix Ultra 0W-20 Motoröl 1 l", "16.99", "Shell Helix Ultra 0W-20 engine oil, 1 litre", "15.99"),
    (None, None, "Shell Helix Ultra 5W-30 engine oil, 1 litre", "15.99"),
    (None, None, "Mobil 1 ESP X2 0W-20 engine oil, 1 litre", "17.99"),
]

KINDS: dict[str, list[Row]] = {
    "plants and bulbs": PLANTS_AND_BULBS, "tea and honey": TEA_AND_HONEY, "cheese and deli": CHEESE_AND_DELI,
    "household spare parts": HOUSEHOLD_SPARE_PARTS, "school uniforms": SCHOOL_UNIFORMS,
    "locks and security": LOCKS_AND_SECURITY, "candles and home fragrance": CANDLES_AND_HOME_FRAGRANCE,
    "pool and hot tub": POOL_AND_HOT_TUB, "winter sports": WINTER_SPORTS, "power stations and solar": POWER_STATIONS_AND_SOLAR,
    "e-scooters and e-bike parts": E_SCOOTERS_AND_E_BIKE_PARTS, "hair colour and care": HAIR_COLOUR_AND_CARE,
    "work and safety wear": WORK_AND_SAFETY_WEAR, "calendars and diaries": CALENDARS_AND_DIARIES, "leftovers": LEFTOVERS,
}


def read_the_batch(folder, show=None):
    """Every kind through the commands: the counts of `reading` over the batch;
    `show(name, truth, counts, found)` per kind when given."""
    return _read_the_batch(KINDS, folder, show)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; where the
# earlier batches' readings say storecheck will not reach it, the test is a strict xfail, so
# that reaching it shows.


def _pairs(tmp_path, rows):
    return read_kind(tmp_path / "kind", rows)


@pytest.mark.xfail(strict=True, reason="the earlier batches found 0.45-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Passes since the nineteenth session ("codes"): "Leuchtturm1917", the first word of every title
# carrying it, is read as the maker's name, no model code (`code_spellings._names_with_digits`), so the
# A6 diary is no longer taken with our A5 one through it.
def test_a_year_tells_two_diaries_apart(tmp_path):
    # Last year's diary is another product, however alike the rest of the title: "2025" against
    # "2026", "2024/25" against "2025/2026".
    counts, found, truth = _pairs(tmp_path, CALENDARS_AND_DIARIES)
    assert not counts["wrong matched"], found


def test_months_of_ageing_tell_two_cheeses_apart(tmp_path):
    # "24 Monate" / "24 months" is the product; "36 months" another.
    counts, found, truth = _pairs(tmp_path, CHEESE_AND_DELI[:3] + CHEESE_AND_DELI[5:7])
    assert not counts["wrong matched"], found


@pytest.mark.xfail(strict=True, reason="an OEM number's leading zeros or dots make another code")
def test_an_oem_number_is_one_with_or_without_its_leading_zeros_or_dots(tmp_path):
    # "00427903" / "427903", "9183.265" / "9183265", "50286" / "5.028.6": one part each.
    rows = [HOUSEHOLD_SPARE_PARTS[7], HOUSEHOLD_SPARE_PARTS[8], HOUSEHOLD_SPARE_PARTS[13], WORK_AND_SAFETY_WEAR[4],
            WORK_AND_SAFETY_WEAR[5]]
    counts, found, truth = _pairs(tmp_path, rows)
    assert counts["true matched"] == len(truth) and not counts["wrong matched"], found


# Expected to pass when written; at first reading it failed: their description names the part
# after "replaces", read as the product it fits (an original part names the numbers it
# supersedes so), and the pair was no candidate (0.24 on the titles alone).
@pytest.mark.xfail(strict=True, reason="a code after \"replaces\" in a description is read as what the part fits")
def test_a_code_written_only_in_their_description_finds_its_product(tmp_path):
    # Their fridge filter names the part it replaces in its description only.
    counts, found, truth = _pairs(tmp_path, HOUSEHOLD_SPARE_PARTS[9:11])
    assert counts["true matched"] + counts["true proposed"] == len(truth), found
    assert not counts["wrong matched"], found


# Expected to fail when written (a strict xfail); at first reading it passed: "30/35" and "35/35"
# read as numbers apart from "30/30" kept their listings from ours, and the pair was matched.
def test_a_cylinders_lengths_tell_two_listings_of_one_code_apart(tmp_path):
    # ABUS EC550 "30/30" and "30/35" share the code; the lengths are the product.
    counts, found, truth = _pairs(tmp_path, LOCKS_AND_SECURITY[:3])
    assert counts["true matched"] == len(truth) and not counts["wrong matched"] and not counts["wrong proposed"], found


def test_a_shade_number_tells_two_hair_colours_apart(tmp_path):
    # "7/0" against "7/1" and "6/0", "890" against "880", "4.0" against "5.0".
    counts, found, truth = _pairs(tmp_path, HAIR_COLOUR_AND_CARE)
    assert not counts["wrong matched"], found


@pytest.mark.xfail(strict=True, reason="a size in another system (an age, a UK shoe size, inches) is not read as the same size")
def test_a_size_in_another_system_is_the_same_size(tmp_path):
    # "Gr. 134/140 (9-10 Jahre)" / "age 9-10", "EU 35" / "UK 2.5", "20 cm" / '8"', "35 cm" / '14"'.
    rows = SCHOOL_UNIFORMS[:3] + SCHOOL_UNIFORMS[7:9] + LEFTOVERS[:4]
    counts, found, truth = _pairs(tmp_path, rows)
    assert counts["true matched"] + counts["true proposed"] == len(truth) and not counts["wrong matched"], found


# --- the mends, each a rule for any shop, with the pairs that showed it ------------------------


def test_a_packs_items_and_its_whole_are_one_amount():
    # "5er-Pack 500 g" against "5 x 100g" read "mass differs: 500 vs 100" (the sixth batch's "10er
    # Packung 210 g" / "10 x 21 g" likewise): one side weighs the pack, the other its items.
    assert _quantity_conflict(extract("Milka Alpenmilch Schokolade 5er-Pack 500 g"),
                              extract("Milka Alpine Milk chocolate bars 5 x 100g")) is None
    assert _quantity_conflict(extract("Kinder Riegel 10er Packung 210 g"),
                              extract("Kinder Chocolate bars, 10 pack (10 x 21 g)")) is None
    assert _quantity_conflict(extract("Coca-Cola 6 x 1,5 l"), extract("Coca-Cola 6er Pack 9 l")) is None
    # Another count is another pack, and a count on one side only may be one big tin against four.
    assert _quantity_conflict(extract("Milka Alpenmilch Schokolade 5er-Pack 500 g"),
                              extract("Milka Alpine Milk chocolate bars 3 x 100g")) == ("mass", "500", "100")
    assert _quantity_conflict(extract("Nivea Creme 400 ml"), extract("Nivea Creme 4 x 100 ml")) is not None
    assert _quantity_conflict(extract("Coca-Cola 6 x 1,5 l"), extract("Coca-Cola 6er Pack 6 l")) is not None


def test_two_listings_of_one_shop_a_year_apart_are_variants(tmp_path):
    # Their 2025 diary was matched (0.90) as a second listing of the 2026 one our product took,
    # and their 2023 Darjeeling as one of the 2024 one (0.92): a year apart under one code weighs
    # 0.05, so the two read as one product listed twice. A shop that lists two years sells two.
    # (Since the nineteenth session the diary pair is proposed, not matched: "Leuchtturm1917" is
    # the maker's name, no model code, and "Wochenkalender" / "weekly planner" are the rest.)
    counts, found, truth = _pairs(tmp_path, CALENDARS_AND_DIARIES[:2] + TEA_AND_HONEY[4:5] + TEA_AND_HONEY[6:7])
    assert counts["true matched"] + counts["true proposed"] == len(truth), found
    assert not counts["wrong matched"], found
    for pair in (("O0", "T1"), ("O2", "T3")):
        assert pair not in found or "another variant of their listing" in found[pair]["reason"], found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_seventh_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at 0d49a04, before any rule written on this
    # batch): 46 of 81 true pairs found (22 matched, 24 proposed), 35 missed; 7 variants matched
    # (each a second listing of their shop taken as the one our product took: a Darjeeling of
    # another flush and of another year under the grade FTGFOP1, nitrile gloves of another size,
    # last year's diary and an A6 one, another maker's 0W-20 oil; and a wide snowboard for ours)
    # and 2 proposed.
    # After the mends above: the same true pairs; 5 variants matched, 4 proposed (the 2025 diary
    # and the 2023 Darjeeling put to a person as variants of the listing our product took).
    # The nineteenth session ("codes"): the A6 diary and the Mobil 0W-20 no longer matched (a
    # maker's name written with digits, two makers named first under one grade), the 2025 diary
    # no longer proposed; the 2026 diary proposed, not matched (the maker's name was its code):
    # 21 matched, 25 proposed, 3 variants matched, 3 proposed.
    # The twenty-first session ("dupes", "dupes2"): the Second Flush and the gloves size 9 (L) proposed as
    # variants (our title writes "First", "M"): 1 variant matched, 5 proposed.
    total = read_the_batch(tmp_path)
    assert total["wrong matched"] <= 1 and total["wrong proposed"] <= 5, total
    assert total["true matched"] >= 21 and total["true matched"] + total["true proposed"] >= 46, total


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds7 [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading(KINDS)
