"""A third batch of catalogues of other kinds, written before the matcher read them, so that
their first reading is a figure on catalogues the matching rules were not written on: tyres,
lighting, phones and tablets, TVs, power tools, household appliances, fragrances, baby
products, drinks in multipacks, video games, sports goods, construction sets, and the cases the
second batch (`tests/test_matching_kinds2.py`) left open.

Each catalogue is a list of rows (our title, our price, their title, their price), as in the
second batch. A row with both titles is one product in both shops, worded as each shop words
it (another word order, abbreviations, another language or script on one side, units written
apart or together); a row with one title is a variant that only one shop sells (another size,
load index, colour temperature, capacity, platform, edition, pack, frame size) and has no
counterpart: matching it to anything is a wrong pair.
"""

from __future__ import annotations

import dataclasses

from benchmark._text import Features, extract
from benchmark.matching.conflicts import _word_conflict
from benchmark.matching.features import _pack, _unpack
from tests.kinds_batches import Row, matched_through_the_commands, read_the_batch
from tests.kinds_batches import per_size_and_per_colour as _per_size_and_per_colour

TYRES: list[Row] = [
    ("Michelin Primacy 4 205/55 R16 91V Sommerreifen", "89.90", "MICHELIN PRIMACY 4 205/55R16 91V", "86.50"),
    (None, None, "MICHELIN PRIMACY 4 205/55R16 94V XL", "92.90"),
    (None, None, "MICHELIN PRIMACY 4 195/65R15 91V", "79.90"),
    ("Continental WinterContact TS 870 205/55 R16 91H", "99.00",
     "Continental WinterContact TS870 205/55R16 91H M+S Winterreifen", "95.40"),
    ("Continental WinterContact TS 870 195/65 R15 91T", "82.00", None, None),
    ("Pirelli Cinturato P7 225/45 R17 94Y XL", "112.00", "Pneumatico estivo Pirelli Cinturato P7 225/45 R17 94Y XL",
     "108.00"),
    ("Pirelli Cinturato P7 225/45 R17 91W", "105.00", None, None),
    ("Goodyear UltraGrip 9+ 195/65 R15 91T Winterreifen", "74.90", "Goodyear UltraGrip 9+ 195/65R15 91T TL", "71.90"),
    (None, None, "Goodyear EfficientGrip Performance 2 195/65R15 91V", "79.90"),
    ("Bridgestone Blizzak LM005 225/45 R17 94V XL", "129.00", "ブリヂストン BLIZZAK LM005 225/45R17 94V XL スタッドレス",
     "124.00"),
    ("Hankook Kinergy 4S2 H750 205/55 R16 94V XL Ganzjahresreifen", "84.90",
     "Hankook Kinergy 4S 2 H750 205/55 R16 94V XL all season", "81.50"),
    (None, None, "Hankook Kinergy 4S 2 H750 205/60 R16 96V XL all season", "86.50"),
]

LIGHTING: list[Row] = [
    ("Philips LED Lampe E27 8,5 W (60 W) 806 lm warmweiß 2700 K", "4.99",
     "Philips LED classic bulb 60W E27 warm white 2700K 806lm", "4.49"),
    (None, None, "Philips LED classic bulb 60W E27 cool white 4000K 806lm", "4.49"),
    (None, None, "Philips LED candle 40W E14 warm white 2700K 470lm", "3.99"),
    ("Osram LED Star Classic B40 E14 4,9 W 470 lm 2700 K", "3.49", "OSRAM LED STAR CLASSIC B 40 E14 4.9W/827 470lm",
     "3.29"),
    ("Osram LED Star Classic B40 E27 4,9 W 470 lm 2700 K", "3.49", None, None),
    ("IKEA TRÅDFRI LED-Leuchtmittel E27 806 lm kabellos dimmbar", "9.99",
     "IKEA TRADFRI LED bulb E27 806 lumen, wireless dimmable, white spectrum", "9.99"),
    ("Ampoule LED Philips Hue White E27 1100 lm", "19.99", "Philips Hue White E27 LED Lampe 1100 Lumen, 9,5W", "18.49"),
    (None, None, "Philips Hue White E27 LED Lampe 800 Lumen, 9W", "14.99"),
    ("Ledvance LED Spot GU10 4,3 W 350 lm 3000 K", "3.99", "LEDVANCE PARATHOM PAR16 GU10 4.3W 3000K 350lm", "3.79"),
    (None, None, "LEDVANCE PARATHOM PAR16 GU10 4.3W 4000K 350lm", "3.79"),
    ("Lampadina LED Philips E14 sfera 5,5 W 470 lm luce calda", "3.90", None, None),
    ("Innr Smart LED E27 806 lm Comfort", "12.99", "innr Zigbee Smart Bulb E27 806 lumen, Comfort 2200-6500K", "11.99"),
]

PHONES_AND_TABLETS: list[Row] = [
    ("Apple iPhone 15 128 GB Schwarz", "799.00", "Apple iPhone 15 (128GB) - Black", "779.00"),
    (None, None, "Apple iPhone 15 Plus (128GB) - Black", "899.00"),
    (None, None, "Apple iPhone 15 Pro (128GB) - Black Titanium", "1099.00"),
    ("Apple iPhone 15 256 GB Schwarz", "929.00", None, None),
    ("Samsung Galaxy S24 Ultra 512 GB Titanium Black", "1449.00", "Samsung Galaxy S24 Ultra 5G 512GB Titanium Black SM-S928B",
     "1399.00"),
    (None, None, "Samsung Galaxy S24+ 5G 512GB Onyx Black SM-S926B", "1199.00"),
    ('Apple iPad 10,9" Wi-Fi 64 GB Silber (10. Generation)', "449.00",
     "Apple iPad (10th generation) 10.9-inch Wi-Fi 64GB Silver 2022", "429.00"),
    (None, None, "Apple iPad (9th generation) 10.2-inch Wi-Fi 64GB Silver 2021", "369.00"),
    ('Apple MacBook Air 13" M2 2022 8 GB 256 GB Mitternacht', "1099.00",
     'Apple MacBook Air 13.6" (2022) M2 8GB RAM 256GB SSD Midnight', "1049.00"),
    (None, None, 'Apple MacBook Air 13.6" (2024) M3 8GB RAM 256GB SSD Midnight', "1199.00"),
    ("Смартфон Xiaomi Redmi Note 13 8/256 ГБ черный", "229.00", "Xiaomi Redmi Note 13 8GB/256GB Midnight Black", "219.00"),
    (None, None, "Xiaomi Redmi Note 13 Pro 8GB/256GB Midnight Black", "299.00"),
    ("Google Pixel 8 128 GB Obsidian", "699.00", "Google Pixel 8 - 128GB - Obsidian (Unlocked)", "679.00"),
    ("Google Pixel 8 Pro 128 GB Obsidian", "999.00", None, None),
    (None, None, "Google Pixel 8a - 128GB - Obsidian (Unlocked)", "499.00"),
    ("Samsung Galaxy Tab S9 FE Wi-Fi 128 GB Grau", "449.00", "Samsung Galaxy Tab S9 FE WiFi 6GB/128GB Gray SM-X510", "429.00"),
    (None, None, "Samsung Galaxy Tab S9 FE 5G 6GB/128GB Gray SM-X516B", "499.00"),
]

TVS: list[Row] = [
    ('Samsung QE55Q80C 55" QLED 4K TV (2023)', "899.00", "Samsung QE55Q80CATXXU 55 inch Q80C QLED 4K HDR Smart TV", "879.00"),
    (None, None, "Samsung QE65Q80CATXXU 65 inch Q80C QLED 4K HDR Smart TV", "1299.00"),
    ("LG OLED55C34LA 139 cm (55 Zoll) OLED TV", "1299.00", 'LG OLED evo C3 55" OLED55C34LA 4K Smart TV', "1249.00"),
    (None, None, 'LG OLED evo C3 65" OLED65C34LA 4K Smart TV', "1799.00"),
    ("LG OLED48C34LA 121 cm (48 Zoll) OLED TV", "999.00", None, None),
    ('Sony Bravia XR-65A80L 65" OLED', "1699.00", 'Sony BRAVIA XR A80L 164 cm (65") OLED 4K Google TV XR65A80L', "1649.00"),
    ("Téléviseur Philips 50PUS8118 126 cm 4K Ambilight", "449.00", "Philips 50PUS8118/12 50 Zoll LED 4K Ambilight TV", "429.00"),
    (None, None, "Philips 43PUS8118/12 43 Zoll LED 4K Ambilight TV", "369.00"),
    ('TCL 55C745 55" QD-Mini LED 4K Google TV', "599.00", "TCL 55C745 139 cm QLED Pro 144 Hz Google TV", "579.00"),
    ('TCL 65C745 65" QD-Mini LED 4K Google TV', "799.00", None, None),
    ("Hisense 43A6K 43 Zoll 4K UHD Smart TV", "279.00", "Hisense 43A6K 108 cm (43\") 4K Ultra HD VIDAA", "269.00"),
]

POWER_TOOLS: list[Row] = [
    ("Makita DHP485Z Akku-Schlagbohrschrauber 18 V solo (ohne Akku)", "99.00",
     "Makita DHP485Z 18V LXT Brushless Combi Drill (Body Only)", "94.90"),
    (None, None, "Makita DHP485RTJ 18V LXT Brushless Combi Drill Kit with 2 x 5.0Ah Batteries, Charger & Makpac", "329.00"),
    ("Bosch Professional GSR 18V-55 Akku-Bohrschrauber mit 2 x 4,0 Ah Akku + Ladegerät in L-BOXX", "299.00",
     "Bosch GSR 18V-55 Professional Akkuschrauber inkl. 2x 4.0 Ah Akku, Ladegerät, L-BOXX", "289.00"),
    (None, None, "Bosch GSR 18V-55 Professional Akkuschrauber solo, ohne Akku, im Karton", "129.00"),
    ("DeWalt DCD796D2 18V XR Brushless Combi Drill 2 x 2.0Ah", "229.00",
     "DEWALT DCD796D2-QW Perceuse visseuse à percussion 18V 2Ah (2 batteries)", "219.00"),
    (None, None, "DEWALT DCD796P2-QW Perceuse visseuse à percussion 18V 5Ah (2 batteries)", "309.00"),
    ("DeWalt DCD796N 18V XR Brushless Combi Drill Body Only", "119.00", None, None),
    ("Einhell TE-CD 18/40 Li-i Solo Akku-Schlagbohrschrauber", "69.99",
     "Einhell Power X-Change TE-CD 18/40 Li-i Brushless - Solo", "64.95"),
    (None, None, "Einhell Power X-Change TE-CD 18/40 Li-i Brushless Kit 2x 2,0Ah", "129.95"),
    ("Milwaukee M18 FPD3-502X Schlagbohrschrauber 18 V 2 x 5,0 Ah", "449.00",
     "Milwaukee M18FPD3-502X Fuel Percussion Drill 2x 5.0Ah HD Box", "429.00"),
    (None, None, "Milwaukee M18FPD3-0X Fuel Percussion Drill body only HD Box", "219.00"),
    ("Makita DGA504Z Winkelschleifer 125 mm 18 V solo", "139.00", "Makita DGA504Z 18V Li-ion LXT 125mm Angle Grinder Body Only",
     "129.00"),
]

HOUSEHOLD_APPLIANCES: list[Row] = [
    ("Bosch WAN28K20 Serie 4 Waschmaschine 8 kg 1400 U/min", "499.00",
     "BOSCH WAN28K20 Serie | 4 Waschmaschine Frontlader 8 kg 1400 U/min", "479.00"),
    (None, None, "BOSCH WAN28K40 Serie | 4 Waschmaschine Frontlader 8 kg 1400 U/min", "549.00"),
    ("Siemens iQ500 WM14UT93 Waschmaschine 9 kg", "649.00", "Siemens WM14UT93 iQ500 lave-linge 9 kg 1400 tr/min", "629.00"),
    ("Miele WWD320 WPS 8 kg Waschmaschine", "1099.00", "Miele WWD 320 WPS PWash&8kg Waschmaschine Lotosweiß", "1049.00"),
    (None, None, "Miele WWD 120 WPS 8kg Waschmaschine Lotosweiß", "899.00"),
    ("De'Longhi Magnifica S ECAM 22.110.B Kaffeevollautomat", "329.00",
     "DeLonghi ECAM22.110.B Magnifica S bean to cup coffee machine", "299.00"),
    (None, None, "DeLonghi ECAM22.110.SB Magnifica S bean to cup coffee machine, silver", "319.00"),
    ("Dyson V15 Detect Absolute Akku-Staubsauger", "699.00", "Dyson V15 Detect Absolute Cordless Vacuum", "649.00"),
    (None, None, "Dyson V12 Detect Slim Absolute Cordless Vacuum", "549.00"),
    ("Bosch KGN39VLDA Serie 4 Kühl-Gefrierkombination 203 cm", "799.00",
     "Bosch Serie 4 KGN39VLDA Kühl-/Gefrierkombination, 203 x 60 cm, Edelstahl-Optik", "769.00"),
    (None, None, "Bosch Serie 4 KGN36VLDA Kühl-/Gefrierkombination, 186 x 60 cm, Edelstahl-Optik", "699.00"),
    ("Philips Airfryer XXL HD9650/90 Heißluftfritteuse", "249.00", "Philips HD9650/90 Premium Airfryer XXL 7,3 l schwarz", "229.00"),
    (None, None, "Philips HD9270/90 Essential Airfryer XL 6,2 l schwarz", "149.00"),
    ("Lavadora AEG L7FEE48SA 8 kg 1400 rpm", "599.00", None, None),
]

FRAGRANCES: list[Row] = [
    ("Dior Sauvage Eau de Toilette 100 ml", "109.00", "Christian Dior Sauvage EdT Vaporisateur 100ml", "104.90"),
    (None, None, "Christian Dior Sauvage EdP Vaporisateur 100ml", "129.90"),
    (None, None, "Christian Dior Sauvage EdT Vaporisateur 60ml", "84.90"),
    ("Chanel Coco Mademoiselle Eau de Parfum 50 ml", "125.00", "CHANEL COCO MADEMOISELLE Eau de Parfum Spray 50 ml", "122.00"),
    (None, None, "CHANEL COCO MADEMOISELLE Eau de Toilette Spray 50 ml", "99.00"),
    ("Hugo Boss Bottled Eau de Toilette 200 ml", "89.00", "BOSS Bottled EDT 200ml", "84.99"),
    (None, None, "BOSS Bottled EDT 100ml Tester (ohne Deckel)", "49.99"),
    ("Paco Rabanne 1 Million Eau de Toilette 100 ml", "79.00", "Rabanne 1 Million EdT 100 ml", "74.90"),
    ("Paco Rabanne 1 Million Parfum 100 ml", "99.00", None, None),
    ("シャネル N°5 オードゥ パルファム 50ml", "150.00", "Chanel N°5 Eau de Parfum 50 ml", "148.00"),
    ("Giorgio Armani Acqua di Giò Eau de Toilette 50 ml", "69.00", "Armani Acqua di Gio Homme EDT 50 ml", "66.00"),
    (None, None, "Armani Acqua di Gio Profondo EDP 75 ml", "98.00"),
    ("Calvin Klein CK One Eau de Toilette 200 ml", "49.99", "Calvin Klein CK One EdT 200 ml Unisex", "44.99"),
    (None, None, "Calvin Klein CK One EdT 200 ml Tester", "34.99"),
]

BABY: list[Row] = [
    ("Pampers Baby-Dry Größe 4, 9-14 kg, 52 Windeln", "14.99", "Pampers Baby Dry Gr. 4 Maxi 9-14kg 52 Stück", "13.95"),
    (None, None, "Pampers Baby Dry Gr. 4 Maxi 9-14kg 104 Stück", "26.95"),
    (None, None, "Pampers Baby Dry Gr. 3 Midi 6-10kg 52 Stück", "13.95"),
    ("Pampers Premium Protection Taille 3, 6-10 kg, 68 couches", "19.90", "Pampers Premium Protection Size 3, 68 Nappies",
     "18.99"),
    ("Pampers Premium Protection Taille 4, 9-14 kg, 58 couches", "19.90", None, None),
    ("Huggies Pure Feuchttücher 56 Stück", "2.49", "Huggies Pure Baby Wipes 56 wipes", "2.29"),
    (None, None, "Huggies Pure Baby Wipes 4 x 56 wipes", "8.49"),
    ("HiPP Bio Combiotik Pre Anfangsmilch 600 g", "15.95", "HiPP Pre BIO Combiotik 600g", "14.99"),
    (None, None, "HiPP 1 BIO Combiotik 600g", "14.99"),
    ("Aptamil Pronutra 2 Folgemilch 800 g", "19.95", "Aptamil Pronutra-ADVANCE 2 Folgemilch ab dem 6. Monat 800g", "18.95"),
    (None, None, "Aptamil Pronutra-ADVANCE 1 Anfangsmilch von Geburt an 800g", "19.95"),
    ("Dodot Sensitive Talla 2 (4-8 kg) 80 pañales", "17.99", "Dodot Sensitive pañales talla 2, 80 unidades", "16.99"),
    ("MAM Easy Start Anti-Colic Flasche 260 ml", "12.99", "MAM Easy Start Anti-Colic Bottle 260ml", "11.99"),
    (None, None, "MAM Easy Start Anti-Colic Bottle 160ml", "10.99"),
]

DRINKS_MULTIPACKS: list[Row] = [
    ("Coca-Cola Classic 6 x 330 ml Dose", "4.99", "Coca-Cola Original Taste 6x0,33l Dosen", "4.79"),
    (None, None, "Coca-Cola Original Taste 0,33l Dose", "0.89"),
    (None, None, "Coca-Cola Zero Sugar 6x0,33l Dosen", "4.79"),
    ("Red Bull Energy Drink 24 x 250 ml", "29.99", "Red Bull Energy Drink, 24er Pack (24 x 0,25 l)", "28.49"),
    ("Red Bull Energy Drink 250 ml", "1.49", None, None),
    ("Heineken Premium Lager 12 x 330 ml bottles", "14.99", "Heineken Bier 12 x 0,33 l Flasche", "13.99"),
    (None, None, "Heineken Bier 24 x 0,33 l Flasche", "24.99"),
    ("Volvic Naturelle 6 x 1,5 l", "4.49", "Volvic Natural Mineral Water 6 x 1.5L", "4.29"),
    (None, None, "Volvic Natural Mineral Water 6 x 500ml", "3.49"),
    ("San Pellegrino Acqua Frizzante 6 x 75 cl", "5.49", "S.Pellegrino Sparkling Natural Mineral Water 6x750ml", "5.29"),
    ("Fritz-Kola 24 x 0,33 l Glas", "24.99", "fritz-kola Cola 0,33l Flasche, Kasten 24 Stück", "23.99"),
    (None, None, "fritz-kola Cola 0,33l Flasche", "1.29"),
    ("Monster Energy 12 x 500 ml", "17.99", None, None),
]

VIDEO_GAMES: list[Row] = [
    ("EA SPORTS FC 24 PS5", "69.99", "EA Sports FC 24 (PlayStation 5)", "64.99"),
    (None, None, "EA Sports FC 24 (Xbox Series X)", "64.99"),
    (None, None, "EA Sports FC 24 Ultimate Edition (PlayStation 5)", "99.99"),
    ("Hogwarts Legacy Deluxe Edition PS5", "79.99", "Hogwarts Legacy - Deluxe Edition [PlayStation 5]", "74.99"),
    ("Hogwarts Legacy Standard Edition PS5", "59.99", None, None),
    ("The Legend of Zelda: Tears of the Kingdom Nintendo Switch", "59.99", "Zelda Tears of the Kingdom (Switch)", "54.99"),
    (None, None, "Zelda Tears of the Kingdom Collector's Edition (Switch)", "129.99"),
    ("Call of Duty: Modern Warfare III Xbox Series X", "69.99",
     "Call of Duty Modern Warfare III - Xbox Series X|S / Xbox One", "66.99"),
    (None, None, "Call of Duty Modern Warfare II - Xbox Series X", "49.99"),
    ("Игра Elden Ring для PS5", "59.99", "Elden Ring (PS5)", "54.99"),
    (None, None, "Elden Ring (PS4)", "44.99"),
    ("Marvel's Spider-Man 2 PS5", "79.99", "Marvel's Spider-Man 2 - PlayStation 5 Standard Edition", "69.99"),
    ("Super Mario Bros. Wonder Nintendo Switch", "49.99", "Super Mario Bros Wonder - Switch", "47.99"),
]

SPORTS: list[Row] = [
    ('Cube Attention 29" Mountainbike 2023 Rahmengröße L (20")', "899.00",
     "CUBE Attention 29 2023 MTB Hardtail, Rahmen 20 Zoll (L)", "879.00"),
    (None, None, "CUBE Attention 29 2023 MTB Hardtail, Rahmen 18 Zoll (M)", "879.00"),
    (None, None, "CUBE Attention 29 2022 MTB Hardtail, Rahmen 20 Zoll (L)", "799.00"),
    ("Atomic Redster X9 RS Ski 177 cm mit Bindung", "699.00", "Atomic Redster X9 RS Revoshock S + X 12 GW 177cm", "679.00"),
    ("Atomic Redster X9 RS Ski 170 cm mit Bindung", "699.00", None, None),
    ("Salomon Speedcross 6 Trailrunning-Schuh Herren Gr. 44", "139.95",
     "Salomon Speedcross 6 Men's Trail Running Shoes EU 44", "134.00"),
    (None, None, "Salomon Speedcross 6 Women's Trail Running Shoes EU 40", "134.00"),
    ("Wilson Pro Staff 97 v14 Tennisschläger Griffstärke 3", "229.00", "Wilson Pro Staff 97 V14 Tennis Racket, Grip 3",
     "219.00"),
    (None, None, "Wilson Pro Staff 97 V14 Tennis Racket, Grip 2", "219.00"),
    ("Adidas Tango League Fußball Größe 5", "29.95", "adidas Tango League Ball, size 5", "27.99"),
    (None, None, "adidas Tango League Ball, size 4", "27.99"),
    ("Garmin Forerunner 265 GPS-Laufuhr schwarz", "449.99", "Garmin Forerunner 265 Black/Powder Gray 46mm", "429.00"),
    (None, None, "Garmin Forerunner 265S Black/Amp Yellow 42mm", "429.00"),
    ("Vélo de route Triban RC 520 taille M", "899.00", None, None),
]

CONSTRUCTION_SETS: list[Row] = [
    ("LEGO Technic 42154 Ford GT 2022", "119.99", "LEGO 42154 Technic 2022 Ford GT Bausatz", "109.99"),
    (None, None, "LEGO 42156 Technic PEUGEOT 9X8 24H Le Mans Hybrid Hypercar", "179.99"),
    ("LEGO Star Wars 75192 Millennium Falcon UCS", "849.99", "LEGO® Star Wars™ Millennium Falcon™ (75192)", "799.99"),
    (None, None, "LEGO® Star Wars™ Millennium Falcon™ (75375)", "84.99"),
    ("LEGO City Polizeistation 60316", "69.99", "LEGO 60316 City Police Station", "64.99"),
    ("LEGO Ideas 21330 Home Alone", "299.99", "レゴ アイデア ホーム・アローン 21330", "289.99"),
    ("LEGO Creator 3-in-1 31120 Mittelalterliche Burg", "99.99", "LEGO Creator 31120 Château médiéval", "94.99"),
    ("LEGO Creator 3-in-1 31141 Hauptstraße", "109.99", None, None),
    ("Playmobil City Action 71602 Feuerwehr-Löschfahrzeug", "49.99", "PLAYMOBIL 71602 Fire Engine", "46.99"),
    (None, None, "PLAYMOBIL 71603 Fire Truck with Water Cannon", "59.99"),
    ("Cobi 2586 Tiger I Panzer 1:35", "99.99", "COBI Tiger I 131 (2586)", "94.99"),
]

# The second batch's leftovers (its note, "noticed and left alone"), written anew.
LEFTOVERS: list[Row] = [
    ("Ravensburger Puzzle Neuschwanstein im Sommer 1000 Teile", "12.99", None, None),
    (None, None, "Ravensburger Neuschwanstein Summer Jigsaw Puzzle, 500 pieces", "9.99"),
    ("Clementoni Puzzle Venedig 1500 Teile", "14.99", "Clementoni Venice 1500 Piece Jigsaw Puzzle", "13.99"),
    ("Faber-Castell Textliner 1546 Textmarker 4er Etui", "5.49", None, None),
    (None, None, "Faber-Castell Textliner 1546 Textmarker 8er Etui", "9.99"),
    ("Staedtler triplus fineliner 334 10er Box", "8.99", "STAEDTLER triplus fineliner 334, Box mit 10 Farben", "8.49"),
    ("OtterBox Symmetry Hülle Samsung Galaxy S24 Schwarz", "39.99", "OtterBox Symmetry Series Case for Galaxy S24 - Black",
     "37.99"),
    (None, None, "OtterBox Symmetry Series Clear Case for Galaxy S24 - Clear", "37.99"),
    ("Bremsscheibe vorne Audi A4 B8, OE 8K0 615 301 A", "49.90", "Brake disc front for Audi A4 B8, OEM 8K0615301A", "45.90"),
    (None, None, "Brake disc rear for Audi A4 B8, OEM 8K0615601B", "39.90"),
    ("Samsung 45W USB-C Ladegerät EP-T4510 schwarz", "39.99", "Samsung EP-T4510XBEGEU 45W Power Adapter, Black", "34.99"),
    (None, None, "Samsung EP-T4510XWEGEU 45W Power Adapter, White", "34.99"),
]

# One shop lists a garment per size, the other per colour (all sizes in one listing): each of
# our sizes in navy is their navy listing; their olive one is none of ours.
PER_SIZE_AND_PER_COLOUR: list[tuple[str, str, str, str]] = [
    ("Uniqlo Ultra Light Down Jacke Herren Navy Gr. S", "79.90", "U1", "UNIQLO Men's Ultra Light Down Jacket, Navy"),
    ("Uniqlo Ultra Light Down Jacke Herren Navy Gr. M", "79.90", "U1", "UNIQLO Men's Ultra Light Down Jacket, Navy"),
    ("Uniqlo Ultra Light Down Jacke Herren Navy Gr. L", "79.90", "U1", "UNIQLO Men's Ultra Light Down Jacket, Navy"),
]
PER_COLOUR_ONLY = [("U2", "UNIQLO Men's Ultra Light Down Jacket, Olive", "79.90")]

KINDS: dict[str, list[Row]] = {
    "tyres": TYRES, "lighting": LIGHTING, "phones and tablets": PHONES_AND_TABLETS, "TVs": TVS,
    "power tools": POWER_TOOLS, "household appliances": HOUSEHOLD_APPLIANCES, "fragrances": FRAGRANCES,
    "baby": BABY, "drinks multipacks": DRINKS_MULTIPACKS, "video games": VIDEO_GAMES, "sports": SPORTS,
    "construction sets": CONSTRUCTION_SETS, "leftovers": LEFTOVERS,
}


def per_size_and_per_colour() -> tuple[list[dict], list[dict], set[tuple[str, str]]]:
    return _per_size_and_per_colour(PER_SIZE_AND_PER_COLOUR, PER_COLOUR_ONLY)


# --- the mends, each a rule for any shop, with the pair that showed it ------------------------


def test_a_tyres_size_and_load_index_tell_two_tyres_of_a_line_apart(workspace, tmp_path):
    # "205/55 R16" was read as nothing (numbers between slashes), "94V" as 94 volts and
    # "205/55R16" as a model code: the 205/60 R16 96V tyre was matched (0.91) as another
    # listing of our 205/55 R16 94V one, whose own counterpart was matched too.
    tyre = extract("Hankook Kinergy 4S2 H750 205/55 R16 94V XL Ganzjahresreifen")
    assert tyre.dimensions == {(16.0, 55.0, 205.0)} and "94v" in tyre.numbers and "volt" not in tyre.quantities
    assert extract("MICHELIN PRIMACY 4 205/55R16 91V").dimensions == {(16.0, 55.0, 205.0)}
    assert not extract("MICHELIN PRIMACY 4 205/55R16 91V").codes
    assert not extract("Pirelli P Zero 225/45 ZR17 94Y XL").codes
    # Two numbers between slashes with no "R" after them stay what they were.
    assert not extract("Switch 10/100/1000 Mbps").dimensions
    ours = [{"sku": "O1", "name": "Hankook Kinergy 4S2 H750 205/55 R16 94V XL Ganzjahresreifen", "price": "84.90"}]
    theirs = [{"key": "T1", "name": "Hankook Kinergy 4S 2 H750 205/55 R16 94V XL all season", "price": "81.50"},
              {"key": "T2", "name": "Hankook Kinergy 4S 2 H750 205/60 R16 96V XL all season", "price": "86.50"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O1", "T1")]["status"] == "matched", found
    assert ("O1", "T2") not in found or found[("O1", "T2")]["status"] != "matched", found


def test_a_lamps_colour_temperature_and_flux_tell_two_bulbs_of_a_range_apart(workspace, tmp_path):
    # "3000 K" / "4000K" were read as a bare number on one side and nothing on the other: the
    # 4000 K spot was matched (0.95) as another listing of our 3000 K one.
    assert extract("Ledvance LED Spot GU10 4,3 W 350 lm 3000 K").quantities == {
        "watt": {4.3}, "lumen": {350.0}, "kelvin": {3000.0}}
    assert extract("Philips Hue White E27 1100 Lumen").quantities == {"lumen": {1100.0}}
    # "806 lumen" and "806lm" are one token; "4K" is a resolution, no colour temperature.
    assert "806lm" in extract("IKEA TRADFRI LED bulb E27 806 lumen").tokens
    assert "kelvin" not in extract("Samsung 55 inch 4K TV").quantities
    # Outside a lamp's title (no watts, no "lumen", or a clock rate) "LM" and "K" are a maker's:
    # a navigator's "1300LM" stays its model code, a processor's "8700K" no colour temperature.
    assert extract("Garmin nuvi 1300LM 4.3-Inch Portable GPS Navigator").codes == {"1300lm"}
    assert "kelvin" not in extract("Intel Core i7-8700K 3.7GHz 95W Processor").quantities
    assert "lm" in extract("Fujifilm XF 80mm F2.8 R LM OIS WR Macro").words
    ours = [{"sku": "O1", "name": "Ledvance LED Spot GU10 4,3 W 350 lm 3000 K", "price": "3.99"}]
    theirs = [{"key": "T1", "name": "LEDVANCE PARATHOM PAR16 GU10 4.3W 3000K 350lm", "price": "3.79"},
              {"key": "T2", "name": "LEDVANCE PARATHOM PAR16 GU10 4.3W 4000K 350lm", "price": "3.79"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O1", "T1")]["status"] == "matched", found
    assert ("O1", "T2") not in found or "kelvin differs" in found[("O1", "T2")]["reason"], found


def test_a_power_tool_sold_bare_is_not_the_kit_with_batteries(workspace, tmp_path):
    # "solo, ohne Akku" against "mit 2 x 4,0 Ah Akku": one model code ("18V-55"), two
    # products; the bare drill was matched (0.96) as another listing of our kit.
    assert extract("Bosch GSR 18V-55 Professional Akkuschrauber solo, ohne Akku").battery == "bare"
    assert extract("Makita DHP485Z 18V LXT Combi Drill (Body Only)").battery == "bare"
    assert extract("Bosch GSR 18V-55 mit 2 x 4,0 Ah Akku + Ladegerät").battery == "kit"
    # "Solo" beside no voltage is a name ("Beats Solo 4"), and a title of neither says nothing.
    assert extract("Beats Solo 4 On-Ear Headphones").battery is None
    assert extract("Bosch GSR 18V-55 Professional Akkuschrauber").battery is None
    assert extract("Manfrotto 502AH Pro Video Head").battery is None  # no battery holds 502 Ah
    ours = [{"sku": "O1", "name": "Bosch Professional GSR 18V-55 Akku-Bohrschrauber mit 2 x 4,0 Ah Akku + Ladegerät",
             "price": "299.00"}]
    theirs = [{"key": "T1", "name": "Bosch GSR 18V-55 Professional Akkuschrauber inkl. 2x 4.0 Ah Akku, Ladegerät",
               "price": "289.00"},
              {"key": "T2", "name": "Bosch GSR 18V-55 Professional Akkuschrauber solo, ohne Akku", "price": "129.00"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O1", "T1")]["status"] == "matched", found
    assert ("O1", "T2") not in found or "batteries differ" in found[("O1", "T2")]["reason"], found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_third_batch_read_through_the_commands_matches_no_variant(tmp_path):
    # At first reading, before any rule above: 59 of 86 true pairs found (31 matched), 27
    # missed, 3 variants matched (the 205/60 tyre, the 4000 K spot, the bare drill) and 7
    # proposed. After them: 63 found (40 matched), no variant matched, 3 proposed. Each kind
    # in a workspace of its own, as one competitor.
    total = read_the_batch(KINDS, tmp_path, more=[("per size / per colour", per_size_and_per_colour())])
    assert total["wrong matched"] == 0, total
    assert total["true matched"] + total["true proposed"] >= 63, total


def test_a_fragrance_in_another_concentration_or_as_a_tester_is_another_product(workspace, tmp_path):
    # "Eau de Toilette" against "EdT" was one word against another ("eau/toilette vs
    # edt/tester"), so the tester was proposed (0.64) and the boxed EdT missed; "Parfum"
    # against "EdT" was proposed (0.83).
    assert extract("Dior Sauvage Eau de Toilette 100 ml").scent == {"edt"}
    assert extract("Christian Dior Sauvage EdT Vaporisateur 100ml").text.startswith("christian dior sauvage edt")
    assert extract("Calvin Klein CK One EdT 200 ml Tester").scent == {"edt", "tester"}
    # A tester of no fragrance is a device, and says nothing.
    assert not extract("Fluke Voltage Tester 1AC II").scent
    ours = [{"sku": "O1", "name": "Calvin Klein CK One Eau de Toilette 200 ml", "price": "49.99"},
            {"sku": "O2", "name": "Dior Sauvage Eau de Toilette 100 ml", "price": "109.00"}]
    theirs = [{"key": "T1", "name": "Calvin Klein CK One EdT 200 ml Unisex", "price": "44.99"},
              {"key": "T2", "name": "Calvin Klein CK One EdT 200 ml Tester", "price": "34.99"},
              {"key": "T3", "name": "Christian Dior Sauvage EdT Vaporisateur 100ml", "price": "104.90"},
              {"key": "T4", "name": "Christian Dior Sauvage EdP Vaporisateur 100ml", "price": "129.90"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert ("O1", "T1") in found and ("O2", "T3") in found, found
    assert all("concentrations differ" in found[pair]["reason"] for pair in (("O1", "T2"), ("O2", "T4"))
               if pair in found), found


def test_a_game_for_another_console_is_another_product(workspace, tmp_path):
    # The Xbox version was proposed (0.79) for our PS5 game, whose own listing, written
    # "(PlayStation 5)", was missed.
    assert extract("EA Sports FC 24 (PlayStation 5)").consoles == {"ps5"}
    assert extract("Call of Duty MW III - Xbox Series X|S / Xbox One").consoles == {"xbox series", "xbox one"}
    assert extract("Zelda Tears of the Kingdom (Switch)").consoles == {"nintendo switch"}
    assert not extract("Netgear GS108 8-Port Gigabit Switch").consoles
    ours = [{"sku": "O1", "name": "EA SPORTS FC 24 PS5", "price": "69.99"}]
    theirs = [{"key": "T1", "name": "EA Sports FC 24 (PlayStation 5)", "price": "64.99"},
              {"key": "T2", "name": "EA Sports FC 24 (Xbox Series X)", "price": "64.99"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert ("O1", "T1") in found, found
    assert ("O1", "T2") not in found or "consoles differ" in found[("O1", "T2")]["reason"], found


def test_a_game_for_the_switch_2_is_not_the_switch_version(workspace, tmp_path):
    # Review R13: "Nintendo Switch 2" was read as "nintendo switch", so a game's Switch 2 Edition,
    # sold beside its Switch version at another price, was the same console's.
    assert extract("Mario Kart World (Switch 2)").consoles == {"nintendo switch 2"}
    assert extract("Zelda Breath of the Wild - Nintendo Switch 2 Edition").consoles == {"nintendo switch 2"}
    assert extract("Zelda Breath of the Wild (Nintendo Switch)").consoles == {"nintendo switch"}
    ours = [{"sku": "O1", "name": "Zelda Breath of the Wild (Nintendo Switch)", "price": "59.99"}]
    theirs = [{"key": "T1", "name": "The Legend of Zelda: Breath of the Wild - Nintendo Switch", "price": "54.99"},
              {"key": "T2", "name": "The Legend of Zelda: Breath of the Wild - Nintendo Switch 2 Edition",
               "price": "69.99"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert ("O1", "T2") not in found or "consoles differ" in found[("O1", "T2")]["reason"], found


def test_a_colour_named_in_another_language_is_no_word_against_another():
    # "Schwarz" against "Black" was read as one word against another, and the iPhone's own
    # listing was missed; the colour is one word spelt two ways, and names no variant.
    ours = extract("Apple iPhone 15 128 GB Schwarz")
    assert _word_conflict(ours, extract("Apple iPhone 15 (128GB) - Black"), "unknown") is None
    assert _word_conflict(ours, extract("Apple iPhone 15 128 GB Blau"), "unknown") == ("schwarz", "blau")


def test_a_game_in_another_edition_is_another_product(workspace, tmp_path):
    # "FC 24 Ultimate Edition (PlayStation 5)" was proposed (0.82) as another listing of our
    # standard PS5 game; a title naming no edition, or "Standard Edition", is the standard game.
    assert extract("EA Sports FC 24 Ultimate Edition (PlayStation 5)").game_edition == "ultimate"
    assert extract("Marvel's Spider-Man 2 - PlayStation 5 Standard Edition").game_edition == ""
    # Read only where a console is named: a gold watch has no edition.
    assert extract("Casio Gold Edition Watch").game_edition is None
    ours = [{"sku": "O1", "name": "EA SPORTS FC 24 PS5", "price": "69.99"}]
    theirs = [{"key": "T1", "name": "EA Sports FC 24 (PlayStation 5)", "price": "64.99"},
              {"key": "T2", "name": "EA Sports FC 24 Ultimate Edition (PlayStation 5)", "price": "99.99"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O1", "T1")]["status"] == "matched", found
    assert ("O1", "T2") not in found or "editions differ" in found[("O1", "T2")]["reason"], found



def test_the_new_readings_come_back_from_a_worker_process():
    # Catalogues of PARALLEL_MIN_ROWS rows and more are read in worker processes, whose
    # features come back packed field by field: a field left out of the packing is lost there,
    # and its rule is off on every large catalogue while small ones and the eval never show it.
    assert len(_pack(Features())) == len(dataclasses.fields(Features))
    for title in ("Makita DHP485Z 18V LXT Combi Drill (Body Only)", "Dior Sauvage EdP Vaporisateur 100ml Tester",
                  "EA Sports FC 24 Ultimate Edition (PlayStation 5)", "Michelin Primacy 4 205/55 R16 91V",
                  "Ledvance LED Spot GU10 4,3 W 350 lm 3000 K"):
        assert _unpack(_pack(extract(title))) == extract(title), title


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds3 [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading(KINDS, [("per size / per colour", per_size_and_per_colour())])
