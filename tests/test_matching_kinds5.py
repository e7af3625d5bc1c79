"""A fifth batch of catalogues of other kinds, written before the matcher read them, so that
their first reading is a figure on catalogues the matching rules were not written on: bicycle
parts, fasteners and hand tools, electrical installation, plumbing, networking and smart home,
headphones and speakers, cleaning and laundry, razors and toothbrush heads, eyewear and contact
lenses, board games, films and music, supplements, pantry and soft drinks, outdoor and luggage,
and the cases the fourth batch (`tests/test_matching_kinds4.py`) left open.

Each catalogue is a list of rows (our title, our price, their title, their price), as in the
earlier batches. A row with both titles is one product in both shops, worded as each shop words
it (another word order, abbreviations, another language or script on one side, units written
apart or together, a decimal comma); a row with one title is a variant that only one shop sells
(another speed count, range, valve, cage, size, length, cross-section, tripping curve, pack,
generation, colour, connector, capacity, flavour, strength, dioptre, edition, language, disc
format, season, person count) and has no counterpart: matching it to anything is a wrong pair.
"""

from __future__ import annotations

from benchmark._text import extract
from benchmark.matching.features import _pack, _unpack
from benchmark.matching.conflicts import _count_conflict, _quantity_conflict
from tests.kinds_batches import Row, check_the_rows, matched_through_the_commands
from tests.kinds_batches import read_the_batch as _read_the_batch

BICYCLE_PARTS: list[Row] = [
    ("Shimano SLX CN-M7100 Kette 12-fach 126 Glieder", "34.99", "SHIMANO CN-M7100 SLX 12-speed chain, 126 links", "32.99"),
    (None, None, "SHIMANO CN-M8100 Deore XT 12-speed chain, 126 links", "44.99"),
    (None, None, "SHIMANO CN-HG701 11-speed chain, 116 links", "29.99"),
    ("Цепь Shimano 105 CN-HG601 11 скоростей 116 звеньев", "27.90", "Shimano 105 CN-HG601 11-speed chain, 116 links", "25.90"),
    ("Shimano Deore CS-M6100 Kassette 12-fach 10-51", "64.90", "Shimano Deore CS-M6100-12 cassette 12-speed 10-51T", "59.90"),
    (None, None, "Shimano Deore CS-M5100 cassette 11-speed 11-51T", "49.90"),
    ('Schwalbe SV17 Schlauch 28" 700x28-45C Sclaverand 40 mm', "6.99",
     "Schwalbe SV 17 inner tube 28/47-622 Presta valve 40mm", "5.99"),
    (None, None, "Schwalbe AV 17 inner tube 28/47-622 Schrader valve 40mm", "5.99"),
    ("SRAM GX Eagle Schaltwerk 12-fach lunar", "129.00", "SRAM GX Eagle Rear Derailleur 12 Speed, Lunar Grey", "119.00"),
    (None, None, "SRAM GX Eagle AXS Rear Derailleur 12 Speed, Lunar Grey", "329.00"),
    ("Dérailleur arrière Shimano 105 RD-R7000 GS 11 vitesses", "54.99", "Shimano 105 RD-R7000-GS Schaltwerk 11-fach mittellang",
     "49.99"),
    (None, None, "Shimano 105 RD-R7000-SS Schaltwerk 11-fach kurz", "49.99"),
    ("Abus Fahrradhelm Aduro 3.0 Größe M (52-58 cm) schwarz", "69.95", "ABUS Aduro 3.0 bike helmet, velvet black, M 52-58 cm",
     "64.95"),
    (None, None, "ABUS Aduro 3.0 bike helmet, velvet black, L 58-62 cm", "64.95"),
    ("Kryptonite Evolution Mini-7 Bügelschloss", "79.95", None, None),
]

FASTENERS_AND_HAND_TOOLS: list[Row] = [
    ("Sechskantschraube DIN 933 M6 x 40 verzinkt, 50 Stück", "4.99", "Hex bolt DIN 933 M6x40 zinc plated, pack of 50", "4.49"),
    (None, None, "Hex bolt DIN 933 M6x50 zinc plated, pack of 50", "4.99"),
    (None, None, "Hex bolt DIN 933 M8x40 zinc plated, pack of 50", "6.49"),
    ("Bosch Professional HSS-G Metallbohrer-Set 19-teilig DIN 338", "24.99",
     "Bosch Professional 19-piece HSS-G metal drill bit set, DIN 338", "22.99"),
    (None, None, "Bosch Professional 25-piece HSS-G metal drill bit set, DIN 338", "34.99"),
    ("Wera Kraftform Plus 367 TORX Schraubendreher TX 20 x 100 mm", "7.49", "Wera 367 TORX screwdriver TX 20 x 100 mm, Kraftform Plus",
     "6.99"),
    (None, None, "Wera 367 TORX screwdriver TX 25 x 100 mm, Kraftform Plus", "7.29"),
    ("Knipex Cobra Wasserpumpenzange 250 mm 87 01 250", "29.90", "KNIPEX 87 01 250 Cobra water pump pliers 250mm", "27.90"),
    (None, None, "KNIPEX 87 01 180 Cobra water pump pliers 180mm", "24.90"),
    ("Makita DHP482Z Akku-Schlagbohrschrauber 18 V ohne Akku", "99.00", "Makita DHP482Z 18V LXT Combi Drill (Body Only)", "94.00"),
    (None, None, "Makita DHP482RFJ 18V LXT Combi Drill, 2 x 3.0Ah batteries, charger, Makpac case", "239.00"),
    ('Klucz dynamometryczny Proxxon MicroClick MC 100 20-100 Nm 1/2"', "119.00",
     'Proxxon MicroClick MC 100 torque wrench 20-100 Nm, 1/2" drive', "112.00"),
    (None, None, 'Proxxon MicroClick MC 60 torque wrench 12-60 Nm, 3/8" drive', "99.00"),
    ("Gedore Ringmaulschlüssel-Satz 8-19 mm 8-teilig", "44.90", None, None),
]

ELECTRICAL: list[Row] = [
    ("NYM-J 3x1,5 mm² Mantelleitung 50 m Ring", "39.90", "NYM-J 3 x 1.5 mm² installation cable, 50 m coil", "37.90"),
    (None, None, "NYM-J 3 x 2.5 mm² installation cable, 50 m coil", "59.90"),
    (None, None, "NYM-J 3 x 1.5 mm² installation cable, 100 m coil", "72.90"),
    ("Hager Leitungsschutzschalter B16 1-polig MBN116", "4.99", "Hager MBN116 circuit breaker 1P B 16A 6kA", "4.59"),
    (None, None, "Hager MBN110 circuit breaker 1P B 10A 6kA", "4.59"),
    (None, None, "Hager MCN116 circuit breaker 1P C 16A 6kA", "5.19"),
    ("Brennenstuhl Steckdosenleiste Premium-Line 6-fach mit Schalter 3 m", "24.99",
     "brennenstuhl Premium-Line extension socket 6-way with switch, 3m cable", "22.99"),
    (None, None, "brennenstuhl Premium-Line extension socket 6-way with switch, 1.5m cable", "19.99"),
    (None, None, "brennenstuhl Premium-Line extension socket 4-way with switch, 3m cable", "18.99"),
    ("Busch-Jaeger future linear Schuko-Steckdose studioweiß 20 EUC-84", "8.49",
     "Busch-Jaeger 20 EUC-84 SCHUKO socket outlet, future linear, studio white", "7.99"),
    (None, None, "Busch-Jaeger 20 EUC-885 SCHUKO socket outlet, future linear, black matt", "9.99"),
    ("Fluke 117 Digitalmultimeter True RMS", "259.00", "Fluke 117 True-RMS Digital Multimeter with Non-Contact Voltage", "245.00"),
    (None, None, "Fluke 115 True-RMS Digital Multimeter", "199.00"),
    ("Πολύπριζο Brennenstuhl Eco-Line 5 θέσεων με διακόπτη 1,5 m", "14.90",
     "brennenstuhl Eco-Line extension socket 5-way with switch, 1.5m", "13.90"),
    ("Prodlužovací kabel 25 m 3x1,5 mm² oranžový", "34.90", None, None),
]

PLUMBING: list[Row] = [
    ("hansgrohe Croma Select S Handbrause Vario weiß/chrom 26802400", "39.90",
     "Hansgrohe Croma Select S Vario hand shower, white/chrome, 26802400", "36.90"),
    (None, None, "Hansgrohe Croma Select S 1jet hand shower, white/chrome, 26804400", "29.90"),
    ("Grohe Eurosmart Einhand-Waschtischbatterie S-Size chrom 33265002", "69.00",
     "GROHE Eurosmart basin mixer tap, S-Size, chrome (33265002)", "65.00"),
    (None, None, "GROHE Eurosmart basin mixer tap, M-Size, chrome (23324001)", "79.00"),
    ("Kupfer Pressfitting Bogen 90° 15 mm", "3.49", "Copper press elbow 90° 15mm", "3.19"),
    (None, None, "Copper press elbow 90° 22mm", "4.99"),
    (None, None, "Copper press elbow 45° 15mm", "3.19"),
    ('Waschtisch-Siphon 1 1/4" x 32 mm chrom', "14.90", 'Chrome bottle trap for basin, 1 1/4" x 32 mm', "13.90"),
    (None, None, 'Chrome bottle trap for basin, 1 1/2" x 40 mm', "15.90"),
    ('Flexschlauch Armaturenanschluss M10 x 3/8" 50 cm', "5.99", 'Flexible tap connector hose M10 x 3/8", 500 mm', "5.49"),
    (None, None, 'Flexible tap connector hose M10 x 3/8", 300 mm', "4.99"),
    ("Geberit Sigma01 Betätigungsplatte weiß 115.770.11.5", "39.90", "Geberit Sigma01 flush plate, white, 115.770.11.5", "37.90"),
    (None, None, "Geberit Sigma01 flush plate, gloss chrome, 115.770.21.5", "49.90"),
    ("Gewindedichtband PTFE 12 m x 12 mm", "1.49", None, None),
]

NETWORKING_AND_SMART_HOME: list[Row] = [
    ("TP-Link Archer AX55 WLAN-Router WiFi 6 AX3000", "79.90", "TP-Link Archer AX55 AX3000 Dual Band Gigabit Wi-Fi 6 Router",
     "74.90"),
    (None, None, "TP-Link Archer AX53 AX3000 Dual Band Gigabit Wi-Fi 6 Router", "64.90"),
    ("TP-Link Deco X20 Mesh WLAN 2er Pack", "129.00", "TP-Link Deco X20 AX1800 Whole Home Mesh Wi-Fi 6 System, 2-Pack", "119.00"),
    (None, None, "TP-Link Deco X20 AX1800 Whole Home Mesh Wi-Fi 6 System, 3-Pack", "169.00"),
    ("AVM FRITZ!Box 7590 AX WLAN Router", "229.00", "AVM FRITZ!Box 7590 AX Wi-Fi 6 DSL router", "219.00"),
    (None, None, "AVM FRITZ!Box 7530 AX Wi-Fi 6 DSL router", "149.00"),
    ("Netgear GS308 8-Port Gigabit Switch", "22.99", "NETGEAR GS308-300PES 8 Port Gigabit Ethernet Unmanaged Switch", "20.99"),
    (None, None, "NETGEAR GS305-300PES 5 Port Gigabit Ethernet Unmanaged Switch", "15.99"),
    ("tado° Smartes Heizkörperthermostat Starter Kit V3+", "129.99",
     "tado Smart Radiator Thermostat Starter Kit V3+ with Internet Bridge", "119.99"),
    (None, None, "tado Smart Radiator Thermostat V3+, add-on single unit", "69.99"),
    ("티피링크 Archer AX73 AX5400 와이파이6 유무선 공유기", "139.00", "TP-Link Archer AX73 AX5400 Dual-Band Gigabit Wi-Fi 6 Router",
     "129.00"),
    ("Ring Video Doorbell (2. Gen.) Satin Nickel", "99.99", None, None),
]

HEADPHONES_AND_SPEAKERS: list[Row] = [
    ("Sony WH-1000XM5 kabellose Noise-Cancelling Kopfhörer schwarz", "379.00",
     "Sony WH-1000XM5 Wireless Noise Cancelling Headphones, Black", "349.00"),
    (None, None, "Sony WH-1000XM5 Wireless Noise Cancelling Headphones, Silver", "349.00"),
    (None, None, "Sony WH-1000XM4 Wireless Noise Cancelling Headphones, Black", "249.00"),
    ("Apple AirPods Pro (2. Generation) mit MagSafe Case (USB-C)", "279.00",
     "Apple AirPods Pro 2nd generation with MagSafe Charging Case (USB-C)", "269.00"),
    (None, None, "Apple AirPods Pro 2nd generation with MagSafe Charging Case (Lightning)", "249.00"),
    ("JBL Flip 6 Bluetooth Lautsprecher blau", "129.99", "JBL Flip 6 Portable Waterproof Speaker - Blue", "119.99"),
    (None, None, "JBL Flip 5 Portable Waterproof Speaker - Blue", "89.99"),
    ("Sonos Era 100 schwarz", "279.00", "Sonos Era 100 スマートスピーカー ブラック", "269.00"),
    (None, None, "Sonos Era 300 スマートスピーカー ブラック", "499.00"),
    ("Ακουστικά Bose QuietComfort Ultra Earbuds Μαύρο", "299.00", "Bose QuietComfort Ultra Earbuds, Black", "289.00"),
    ("سماعات Samsung Galaxy Buds2 Pro لاسلكية - بنفسجي", "199.00", "Samsung Galaxy Buds2 Pro, Bora Purple (SM-R510)", "189.00"),
    ("אוזניות Sennheiser Momentum 4 Wireless שחור", "329.00", "Sennheiser MOMENTUM 4 Wireless Headphones, Black", "309.00"),
    (None, None, "Sennheiser MOMENTUM True Wireless 4 Earbuds, Black", "279.00"),
    ("หูฟังไร้สาย Marshall Major IV สีดำ", "149.00", "Marshall Major IV Bluetooth Headphones, Black", "139.00"),
    (None, None, "Marshall Major V Bluetooth Headphones, Black", "149.00"),
]

CLEANING_AND_LAUNDRY: list[Row] = [
    ("Persil Universal Gel Flüssigwaschmittel 20 WL", "5.95", "Persil Universal Gel liquid detergent, 20 washes", "5.49"),
    (None, None, "Persil Universal Gel liquid detergent, 40 washes", "9.99"),
    (None, None, "Persil Universal Pulver powder detergent, 20 washes", "5.49"),
    ("Finish All in 1 Max Spülmaschinentabs 50 Stück", "9.99", "Finish All in 1 Max dishwasher tablets, 50 tabs", "9.49"),
    (None, None, "Finish Quantum dishwasher tablets, 50 tabs", "11.99"),
    (None, None, "Finish All in 1 Max dishwasher tablets, 100 tabs", "17.99"),
    ("Zewa Soft Toilettenpapier 4-lagig 16 Rollen", "8.49", "Zewa Soft toilet paper 4-ply, 16 x 150 sheets", "7.99"),
    (None, None, "Zewa Soft toilet paper 4-ply, 8 x 150 sheets", "4.49"),
    ("Fairy Original Spülmittel 900 ml", "3.49", "Fairy Original washing up liquid 900ml", "3.19"),
    (None, None, "Fairy Original washing up liquid 450ml", "1.99"),
    ("Ariel Allin1 PODS Colorwaschmittel 36 WL", "13.99", "Ariel All-in-1 PODS Color, 36 Waschladungen", "12.99"),
    ("Płyn do płukania Lenor Świeżość Kwietnia 1,6 l 64 prania", "11.99", "Lenor Fabric Conditioner April Fresh 1.6L, 64 washes",
     "10.99"),
    ("Lessive liquide Le Chat Sensitive 2 l 40 lavages", "9.90", None, None),
]

RAZORS_AND_TOOTHBRUSH_HEADS: list[Row] = [
    ("Gillette Fusion5 Rasierklingen 8 Stück", "29.99", "Gillette Fusion 5 Razor Blades, 8 Refills", "27.99"),
    (None, None, "Gillette Fusion 5 Razor Blades, 4 Refills", "16.99"),
    (None, None, "Gillette Fusion 5 ProGlide Razor Blades, 8 Refills", "34.99"),
    ("Oral-B CrossAction Aufsteckbürsten 4 Stück weiß", "17.99", "Oral-B CrossAction toothbrush heads, pack of 4, white", "16.49"),
    (None, None, "Oral-B CrossAction toothbrush heads, pack of 8, white", "29.99"),
    (None, None, "Oral-B Precision Clean toothbrush heads, pack of 4, white", "14.99"),
    ("Philips OneBlade Ersatzklingen 3er Pack QP230/50", "44.99", "Philips OneBlade replacement blades 3-pack QP230/50", "42.99"),
    (None, None, "Philips OneBlade replacement blades 2-pack QP220/50", "29.99"),
    ("Rexona Men Deo Spray Cobalt Dry 150 ml", "2.49", "Rexona Men Cobalt Dry antiperspirant aerosol 150ml", "2.29"),
    (None, None, "Rexona Men Cobalt Dry antiperspirant aerosol 250ml", "3.49"),
    ("Шампунь Head & Shoulders Основной уход 400 мл", "5.99", "Head & Shoulders Classic Clean Anti-Dandruff Shampoo 400ml",
     "5.49"),
    ("Braun Series 9 Pro Scherkopf 94M", "54.99", None, None),
]

EYEWEAR_AND_CONTACT_LENSES: list[Row] = [
    ("Ray-Ban Wayfarer RB2140 901 50 mm Sonnenbrille schwarz", "149.00",
     "Ray-Ban Original Wayfarer Classic RB2140 901 50-22 Black / Green", "139.00"),
    (None, None, "Ray-Ban Original Wayfarer Classic RB2140 901 54-18 Black / Green", "139.00"),
    (None, None, "Ray-Ban Original Wayfarer Classic RB2140 901/58 50-22 Black / Polarized Green", "189.00"),
    ("Acuvue Oasys 6 Kontaktlinsen -2,00 dpt BC 8,4", "24.90", "ACUVUE OASYS with HYDRACLEAR PLUS, 6 lenses, BC 8.4, PWR -2.00",
     "22.90"),
    (None, None, "ACUVUE OASYS with HYDRACLEAR PLUS, 6 lenses, BC 8.4, PWR -2.25", "22.90"),
    (None, None, "ACUVUE OASYS with HYDRACLEAR PLUS, 12 lenses, BC 8.4, PWR -2.00", "42.90"),
    ("Dailies Total1 Tageslinsen 30 Stück -1,50", "34.90", "DAILIES TOTAL1 30 pack -1.50", "32.90"),
    (None, None, "DAILIES TOTAL1 90 pack -1.50", "89.90"),
    ("Opti-Free PureMoist Pflegemittel 300 ml", "12.99", "OPTI-FREE PureMoist multi-purpose disinfecting solution 300ml",
     "11.99"),
    (None, None, "OPTI-FREE PureMoist multi-purpose disinfecting solution 2 x 300ml", "21.99"),
    ("Lunettes de soleil Oakley Holbrook OO9102 noir mat", "159.00", "Oakley Holbrook OO9102 Matte Black / Prizm Black", "149.00"),
    (None, None, "Oakley Holbrook XL OO9417 Matte Black / Prizm Black", "169.00"),
    ("Ray-Ban Aviator RB3025 58 mm gold/grün", "159.00", None, None),
]

BOARD_GAMES: list[Row] = [
    ("Kosmos Catan Ergänzung 5-6 Spieler", "19.99", "Catan – Ergänzung für 5-6 Spieler (Kosmos)", "18.49"),
    (None, None, "Catan – Seefahrer Ergänzung für 5-6 Spieler (Kosmos)", "17.99"),
    ("Zug um Zug Europa Brettspiel", "39.99", "Days of Wonder Zug um Zug – Europa, Brettspiel", "37.99"),
    (None, None, "Days of Wonder Zug um Zug – Deutschland, Brettspiel", "37.99"),
    ("Gra planszowa Wsiąść do Pociągu: Europa", "169.00", None, None),
    ("Carcassonne Grundspiel Hans im Glück", "29.99", "Hans im Glück Carcassonne – Grundspiel (neue Edition)", "27.99"),
    (None, None, "Hans im Glück Carcassonne – Erweiterung 1: Wirtshäuser und Kathedralen", "14.99"),
    ("Libellud Dixit Brettspiel deutsch", "29.99", "Dixit – Grundspiel, Libellud, deutsche Ausgabe", "28.49"),
    (None, None, "Dixit board game, Libellud, English edition", "29.99"),
    ("UNO Kartenspiel Mattel", "9.99", "Mattel Games UNO card game (W2087)", "8.99"),
    (None, None, "Mattel Games UNO Flip! card game (GDR44)", "9.99"),
    ("Monopoly Classic Hasbro Brettspiel", "34.99", "Hasbro Gaming Monopoly Classic (C1009)", "32.99"),
    (None, None, "Hasbro Gaming Monopoly Junior (A6984)", "24.99"),
]

FILMS_AND_MUSIC: list[Row] = [
    ("Oppenheimer Blu-ray", "14.99", "Oppenheimer [Blu-ray] (2023)", "13.99"),
    (None, None, "Oppenheimer [4K Ultra HD + Blu-ray] (2023)", "24.99"),
    (None, None, "Oppenheimer [DVD] (2023)", "9.99"),
    ("Game of Thrones Staffel 1 Blu-ray", "19.99", "Game of Thrones: Die komplette 1. Staffel [Blu-ray]", "18.99"),
    (None, None, "Game of Thrones: Die komplette 2. Staffel [Blu-ray]", "18.99"),
    ("Taylor Swift 1989 (Taylor's Version) Vinyl 2LP", "39.99", "Taylor Swift - 1989 (Taylor's Version) [2 LP Vinyl]", "37.99"),
    (None, None, "Taylor Swift - 1989 (Taylor's Version) [CD]", "14.99"),
    ("Pink Floyd The Dark Side of the Moon 50th Anniversary Remaster LP", "29.99",
     "Pink Floyd – The Dark Side Of The Moon (50th Anniversary) [Vinyl LP]", "27.99"),
    ("Дюна: Часть вторая Blu-ray", "19.99", "Dune: Part Two [Blu-ray]", "18.99"),
    (None, None, "Dune: Part Two [4K Ultra HD]", "29.99"),
    ("The Beatles Abbey Road CD", "11.99", None, None),
]

SUPPLEMENTS: list[Row] = [
    ("ESN Designer Whey Protein Chocolate 1 kg", "29.90", "ESN Designer Whey, 1000 g, Chocolate Flavor", "27.90"),
    (None, None, "ESN Designer Whey, 2500 g, Chocolate Flavor", "59.90"),
    (None, None, "ESN Designer Whey, 1000 g, Vanilla Flavor", "27.90"),
    ("Doppelherz Vitamin D3 2.000 I.E. 120 Tabletten", "9.95", "Doppelherz Vitamin D3 2,000 IU, 120 tablets", "9.25"),
    (None, None, "Doppelherz Vitamin D3 1,000 IU, 120 tablets", "7.95"),
    ("Nature Love Magnesiumcitrat 360 mg 180 Kapseln", "19.99", "Nature Love Magnesium Citrate 360mg, 180 capsules", "18.99"),
    (None, None, "Nature Love Magnesium Citrate 360mg, 365 capsules", "32.99"),
    ("Optimum Nutrition Creatine Monohydrate Pulver 317 g", "21.99",
     "Optimum Nutrition Micronised Creatine Monohydrate Powder, 317g", "19.99"),
    (None, None, "Optimum Nutrition Micronised Creatine Monohydrate Powder, 634g", "34.99"),
    ("Nordic Naturals Ultimate Omega 1280 mg 60 Softgels Zitrone", "39.90",
     "Nordic Naturals Ultimate Omega, Lemon, 1280 mg, 60 Soft Gels", "37.90"),
    (None, None, "Nordic Naturals Ultimate Omega, Lemon, 1280 mg, 120 Soft Gels", "64.90"),
    ("Swisse 维生素C 1000mg 60片", "14.99", "Swisse Ultiboost Vitamin C 1000mg, 60 tablets", "13.99"),
    ("Centrum Multivitamin A-Z 30 Tabletten", "9.99", None, None),
]

PANTRY_AND_SOFT_DRINKS: list[Row] = [
    ("Milka Alpenmilch Schokolade 100 g", "1.29", "Milka Alpine Milk Chocolate Bar 100g", "1.19"),
    (None, None, "Milka Alpine Milk Chocolate Bar 270g", "2.99"),
    (None, None, "Milka Oreo Chocolate Bar 100g", "1.19"),
    ("Lindt Excellence 70% Kakao 100 g", "2.49", "Lindt Excellence Dark 70% Cocoa 100g", "2.29"),
    (None, None, "Lindt Excellence Dark 85% Cocoa 100g", "2.29"),
    ("Twinings Earl Grey Tee 50 Beutel", "4.49", "Twinings Earl Grey tea, 50 tea bags", "4.19"),
    (None, None, "Twinings Earl Grey tea, 25 tea bags", "2.49"),
    ("Barilla Spaghetti n.5 500 g", "1.49", "Barilla Spaghetti No. 5, 500g", "1.39"),
    (None, None, "Barilla Spaghettoni No. 7, 500g", "1.39"),
    ("Coca-Cola Zero Sugar 0,5 l PET", "1.19", "Coca-Cola Zero Sugar 500ml bottle", "1.09"),
    (None, None, "Coca-Cola Original Taste 500ml bottle", "1.09"),
    (None, None, "Coca-Cola Zero Sugar 330ml can", "0.89"),
    ("Nutella Nuss-Nougat-Creme 450 g Glas", "3.99", "Nutella hazelnut spread 450g jar", "3.69"),
    (None, None, "Nutella hazelnut spread 750g jar", "5.99"),
    ("Μινέρβα Εξαιρετικό Παρθένο Ελαιόλαδο 1 λίτρο", "9.99", "Minerva Extra Virgin Olive Oil 1L", "9.49"),
    (None, None, "Minerva Extra Virgin Olive Oil 2L", "17.99"),
    ("ชาตรามือ ชาไทย ชนิดผง 400 กรัม", "4.99", "ChaTraMue Thai Tea Mix Original 400g", "4.59"),
    ("Haribo Goldbären 200 g", "1.19", None, None),
]

OUTDOOR_AND_LUGGAGE: list[Row] = [
    ("MSR Hubba Hubba 2-Personen-Zelt grün", "599.95", "MSR Hubba Hubba 2 Person Backpacking Tent, Green", "579.95"),
    (None, None, "MSR Hubba Hubba 3 Person Backpacking Tent, Green", "679.95"),
    ("Osprey Talon 22 Wanderrucksack S/M schwarz", "129.95", "Osprey Talon 22 Men's Hiking Backpack, Stealth Black, S/M",
     "124.95"),
    (None, None, "Osprey Talon 22 Men's Hiking Backpack, Stealth Black, L/XL", "124.95"),
    (None, None, "Osprey Talon 33 Men's Hiking Backpack, Stealth Black, S/M", "149.95"),
    ("Samsonite Proxis Spinner 55 cm Handgepäck schwarz", "299.00", "Samsonite Proxis Spinner 55/20 Cabin Suitcase, Black",
     "285.00"),
    (None, None, "Samsonite Proxis Spinner 69/25 Medium Suitcase, Black", "369.00"),
    ("Petzl Actik Core Stirnlampe 600 Lumen", "69.95", "Petzl ACTIK CORE headlamp 600 lumens, rechargeable", "64.95"),
    (None, None, "Petzl ACTIK headlamp 450 lumens", "49.95"),
    ("Thermos Stainless King Isolierflasche 0,75 l", "39.99", "Thermos Stainless King Vacuum Insulated Flask 750ml", "37.99"),
    (None, None, "Thermos Stainless King Vacuum Insulated Flask 470ml", "32.99"),
    ("Coleman Darwin 3 Kişilik Kamp Çadırı", "89.00", "Coleman Darwin 3 Person Dome Tent", "84.00"),
    (None, None, "Coleman Darwin 4 Plus Person Dome Tent", "109.00"),
    ("Deuter Astro Pro 800 Schlafsack -7°C", "219.95", None, None),
]

# The fourth batch's leftovers (its note, "noticed and left alone"), written anew: a bed's size
# written apart, a clock-rate range, one shoe in EU and UK sizes, one-digit series ("SC 3",
# "K 5"), letter groups with digits ("GSR 18V-55", "DCD 796"), a tool body against its kit.
LEFTOVERS: list[Row] = [
    ("Dormisette Spannbetttuch Biber 90 x 200 cm weiß", "24.99", "DORMISETTE flannel fitted sheet 90x200 cm white", "22.99"),
    (None, None, "DORMISETTE flannel fitted sheet 140x200 cm white", "32.99"),
    ("Intel Core i7-14700K Prozessor 3,4 GHz", "429.00",
     "Intel Core i7-14700K, 20C/28T, 3.40-5.60GHz, boxed ohne Kühler (BX8071514700K)", "409.00"),
    (None, None, "Intel Core i7-14700KF, 20C/28T, 3.40-5.60GHz, boxed ohne Kühler (BX8071514700KF)", "389.00"),
    ("Nike Air Force 1 '07 Herren Sneaker weiß EU 44", "119.99", "Nike Air Force 1 '07 Men's Shoes White UK 9", "114.99"),
    (None, None, "Nike Air Force 1 '07 Men's Shoes White UK 10", "114.99"),
    ("Kärcher SC 3 EasyFix Dampfreiniger", "149.00", "Kärcher SC3 EasyFix steam cleaner", "139.00"),
    (None, None, "Kärcher SC4 EasyFix steam cleaner", "189.00"),
    ("Kärcher K 5 Premium Power Control Hochdruckreiniger", "349.00", "Kärcher K5 Premium Power Control pressure washer", "329.00"),
    (None, None, "Kärcher K7 Premium Power Control pressure washer", "499.00"),
    ("Bosch Professional GSR 18V-55 Akku-Bohrschrauber Solo", "129.00", "Bosch Professional GSR18V-55 cordless drill driver, body only",
     "119.00"),
    (None, None, "Bosch Professional GSR18V-90 C cordless drill driver, body only", "199.00"),
    ("DeWalt DCD 796 N Akku-Schlagbohrschrauber 18 V Basisversion", "119.00", "DEWALT DCD796N 18V XR Brushless Combi Drill, Body Only",
     "109.00"),
    (None, None, "DEWALT DCD796D2 18V XR Brushless Combi Drill, 2 x 2.0Ah, case", "229.00"),
]

KINDS: dict[str, list[Row]] = {
    "bicycle parts": BICYCLE_PARTS, "fasteners and hand tools": FASTENERS_AND_HAND_TOOLS, "electrical": ELECTRICAL,
    "plumbing": PLUMBING, "networking and smart home": NETWORKING_AND_SMART_HOME,
    "headphones and speakers": HEADPHONES_AND_SPEAKERS, "cleaning and laundry": CLEANING_AND_LAUNDRY,
    "razors and toothbrush heads": RAZORS_AND_TOOTHBRUSH_HEADS, "eyewear and contact lenses": EYEWEAR_AND_CONTACT_LENSES,
    "board games": BOARD_GAMES, "films and music": FILMS_AND_MUSIC, "supplements": SUPPLEMENTS,
    "pantry and soft drinks": PANTRY_AND_SOFT_DRINKS, "outdoor and luggage": OUTDOOR_AND_LUGGAGE, "leftovers": LEFTOVERS,
}


def read_the_batch(folder, show=None):
    """Each kind in a workspace of its own, as one competitor, through the commands: the
    counts of `reading` over the batch; `show(name, truth, counts, found)` per kind when given."""
    return _read_the_batch(KINDS, folder, show)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)


# --- the mends, each a rule for any shop, with the pair that showed it ------------------------


def test_a_count_joined_to_what_it_counts_tells_two_listings_apart(workspace, tmp_path):
    # "50-22" / "54-18" (a frame's lens and bridge) and "19-piece" / "25-piece" were read as
    # nothing, so two listings of one shop apart by them were one product listed twice: our
    # Wayfarer was matched (0.95) to their 54-18 one through their 50-22 one, and our 19-piece
    # set proposed with their 25-piece one.
    assert extract("Bosch Professional 19-piece HSS-G metal drill bit set").joined_counts == {("piece", "19")}
    assert extract("Ray-Ban Wayfarer RB2140 901 50-22 Black").joined_counts == {("", "50-22")}
    assert _count_conflict(extract("SHIMANO CN-M7100 12-speed chain"), extract("SHIMANO CN-HG701 11-speed chain")) == (
        "12-speed", "11-speed")
    # Not a unit's range, a pack, an age or a model code; and a count written with another word
    # (another language) or on one side only is no conflict.
    for title in ("Canon EF-S 18-55mm", "helmet M 52-58 cm", "Duracell AA 4-pack", "Puzzle ab 4-10 Jahre",
                  "Proxxon torque wrench 20-100 Nm", "SHIMANO CN-M7100"):
        assert not extract(title).joined_counts, title
    assert _count_conflict(extract("Metallbohrer-Set 19-teilig"), extract("metal drill bit set 25-piece")) is None
    # The reading comes back from a worker process, as every field must (`features._pack`).
    title = "Ray-Ban RB2140 901 50-22 Black, 2-Personen-Zelt"
    assert _unpack(_pack(extract(title))) == extract(title) and extract(title).joined_counts
    assert _count_conflict(extract("Ray-Ban RB2140 901 50 mm"), extract("Ray-Ban RB2140 901 54-18")) is None
    ours = [{"sku": "O1", "name": "Ray-Ban Wayfarer RB2140 901 50 mm Sonnenbrille schwarz", "price": "149.00"},
            {"sku": "O2", "name": "Bosch Professional HSS-G Metallbohrer-Set 19-teilig DIN 338", "price": "24.99"}]
    theirs = [{"key": "T1", "name": "Ray-Ban Original Wayfarer Classic RB2140 901 50-22 Black / Green", "price": "139.00"},
              {"key": "T2", "name": "Ray-Ban Original Wayfarer Classic RB2140 901 54-18 Black / Green", "price": "139.00"},
              {"key": "T3", "name": "Bosch Professional 19-piece HSS-G metal drill bit set, DIN 338", "price": "22.99"},
              {"key": "T4", "name": "Bosch Professional 25-piece HSS-G metal drill bit set, DIN 338", "price": "34.99"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O1", "T1")]["status"] == "matched" and ("O2", "T3") in found, found
    assert ("O1", "T2") not in found and ("O2", "T4") not in found, found


def test_a_range_that_writes_its_unit_once_names_both_ends(workspace, tmp_path):
    # "3.40-5.60GHz" was read as 5.6 GHz only, so our "3,4 GHz" processor read "hertz differs"
    # against its own listing, proposed (0.81) and not matched (the fourth batch's Ryzen 7 7700,
    # "3,8 GHz" / "3.80-5.30GHz", likewise).
    assert extract("Intel Core i7-14700K, 3.40-5.60GHz").quantities["hertz"] == {3.4e9, 5.6e9}
    assert extract("Canon EF-S 18-55mm").quantities["length"] == {18.0, 55.0}
    assert _quantity_conflict(extract("AMD Ryzen 7 7700 Prozessor, 3,8 GHz"), extract("AMD Ryzen 7 7700, 3.80-5.30GHz")) is None
    # Two ranges, or a range and a value outside it, still differ; a code is no range ("DCD796-18V"),
    # nor two numbers written to another precision or with a leading zero (a USB version before a
    # capacity, a part number), read as a range one WDC flash drive was matched to another.
    assert extract("Kingston DataTraveler microDuo 3.0 - 16 GB").quantities["bytes"] == {16.0}
    assert extract("Logitech C310 HD Webcam (960-001065 V-U0015)").quantities["volt"] == {1065.0}
    assert _quantity_conflict(extract("Canon EF-S 18-55mm"), extract("Canon EF-S 55-250mm")) is not None
    assert extract("DEWALT DCD796-18V").quantities["volt"] == {18.0}
    ours = [{"sku": "O1", "name": "Intel Core i7-14700K Prozessor 3,4 GHz", "price": "429.00"}]
    theirs = [{"key": "T1", "name": "Intel Core i7-14700K, 20C/28T, 3.40-5.60GHz, boxed ohne Kühler (BX8071514700K)",
               "price": "409.00"},
              {"key": "T2", "name": "Intel Core i7-14700KF, 20C/28T, 3.40-5.60GHz, boxed ohne Kühler (BX8071514700KF)",
               "price": "389.00"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O1", "T1")]["status"] == "matched", found
    assert ("O1", "T2") not in found or found[("O1", "T2")]["status"] != "matched", found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_fifth_batch_read_through_the_commands(tmp_path):
    # At first reading, before any rule above: 51 of 93 true pairs found (25 matched), 42 missed,
    # 3 variants matched (two Wayfarers and a Catan expansion, each as a second listing of the
    # one our product took) and 1 proposed (a 25-piece drill bit set). After them: 51 found (26
    # matched), 2 variants matched (the polarised Wayfarer, the Seafarers expansion), none proposed.
    total = read_the_batch(tmp_path)
    assert total["wrong matched"] <= 2 and total["wrong proposed"] == 0, total
    assert total["true matched"] >= 26 and total["true matched"] + total["true proposed"] >= 51, total


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds5 [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading(KINDS)
