"""A second batch of catalogues of other kinds, written before the matcher read them, so that
their first reading is a figure on catalogues the matching rules were not written on: wine and
spirits, pet food, beauty, car parts, phone and computer accessories, furniture, pharmacy,
office supplies, and the cases the first batch (`tests/test_matching_kinds.py`) left open.

Each catalogue is a list of rows (our title, our price, their title, their price). A row with
both titles is one product in both shops, worded as each shop words it; a row with one title
is a variant that only one shop sells (another vintage, size, strength, shade, colour, length)
and has no counterpart: matching it to anything is a wrong pair.
"""

from __future__ import annotations

from benchmark._text import extract
from benchmark.matching.codes import _written_in_groups
from benchmark.matching.conflicts import _in_run, _word_conflict
from tests.kinds_batches import Row, matched_through_the_commands, read_the_batch
from tests.kinds_batches import per_size_and_per_colour as _per_size_and_per_colour
from tests.test_matching_kinds import statuses

WINE_AND_SPIRITS: list[Row] = [
    ("Marqués de Riscal Reserva 2019 Rioja DOCa 0,75 l", "16.99",
     "Marques de Riscal Rioja Reserva 2019 - 750ml", "17.49"),
    (None, None, "Marqués de Riscal Rioja Reserva 2020 0,75 l", "17.99"),
    ("Moët & Chandon Brut Impérial Champagner 0,75 l", "44.99", "Moet & Chandon Imperial Brut Champagne 75cl", "42.90"),
    ("Moët & Chandon Brut Impérial Magnum 1,5 l", "99.00", None, None),
    ("Jameson Irish Whiskey 40% 0,7 l", "19.99", "Jameson Blended Irish Whiskey 70cl 40% vol.", "18.49"),
    (None, None, "Jameson Irish Whiskey 1 l 40%", "27.99"),
    ("Tignanello Toscana IGT 2020 Antinori 0,75 l", "119.00", "Antinori Tignanello 2020 Rosso Toscana IGT 750 ml",
     "124.90"),
    ("Tignanello Toscana IGT 2019 Antinori 0,75 l", "129.00", None, None),
    ("Villa Maria Private Bin Sauvignon Blanc 2023 0,75 l", "11.49",
     "Villa Maria Sauvignon Blanc Private Bin Marlborough 2023 75cl", "11.99"),
    (None, None, "Villa Maria Private Bin Sauvignon Blanc 2022 - Karton 6 x 0,75 l", "65.94"),
    ("Domaine Tempier Bandol Rosé 2022 75 cl", "38.00", "Tempier Bandol Rosé 2022 (0,75 L)", "36.50"),
    ("Hennessy V.S Cognac 40% 0,7l", "34.99", "Hennessy Very Special Cognac 70 cl", "33.90"),
    ("Aperol Aperitivo 11% 1 l", "14.99", "Aperol 1,0 Liter 11% Vol.", "13.99"),
    (None, None, "Aperol Aperitivo 0,7 l", "11.49"),
    ("Gin Mare Mediterranean Gin 42,7% 0,7 l", "36.90", "Gin Mare 70cl", "35.50"),
    ("Gin Mare Capri 0,7 l", "39.90", None, None),
    ("Barolo DOCG Pio Cesare 2018 0,75 l", "59.00", "Pio Cesare Barolo 2018, 75 cl", "61.50"),
    (None, None, "Pio Cesare Barolo 2017, 75 cl", "64.00"),
]

PET_FOOD: list[Row] = [
    ("Royal Canin Maxi Adult Trockenfutter 15 kg", "72.99", "ROYAL CANIN Maxi Adult 15kg Hundefutter trocken", "69.90"),
    (None, None, "ROYAL CANIN Maxi Puppy 15kg", "79.90"),
    (None, None, "ROYAL CANIN Maxi Adult 4kg", "26.99"),
    ("Royal Canin Maxi Ageing 8+ Trockenfutter 15 kg", "74.99", "ROYAL CANIN Maxi Ageing 8+ 15kg", "72.90"),
    ("Royal Canin Maxi Adult 5+ Trockenfutter 15 kg", "73.99", None, None),
    ("Hill's Science Plan Adult Medium Huhn 2,5 kg", "21.99", "Hill's Science Plan Canine Adult Medium Chicken 2.5kg",
     "22.49"),
    (None, None, "Hill's Science Plan Canine Adult Medium Chicken 14kg", "69.99"),
    (None, None, "Hill's Science Plan Canine Mature Adult 7+ Medium Chicken 2.5kg", "23.49"),
    ("Whiskas 1+ Katzenfutter Nassfutter Geflügel Auswahl in Sauce 12 x 85 g", "5.49",
     "Whiskas Adult 1+ Geflügelauswahl in Sauce, 12x85g", "5.29"),
    ("Whiskas Junior Katzenfutter Geflügel Auswahl in Sauce 12 x 85 g", "5.49", None, None),
    ("Purina ONE Sterilcat Lachs & Weizen 1,5 kg", "14.49", "PURINA ONE Sterilcat reich an Lachs und Weizen 1,5kg",
     "13.99"),
    (None, None, "PURINA ONE Sterilcat reich an Huhn 1,5kg", "13.99"),
    ("Sheba Fresh Choice Multipack Fisch 6 x 50 g", "3.49", "Sheba Fresh Choice Fischvariation 6x50 g", "3.29"),
    ("Animonda Carny Adult Rind 6 x 400 g", "11.99", "animonda Carny Adult Katzenfutter Rind pur 6 x 400g", "12.49"),
    (None, None, "animonda Carny Kitten Rind pur 6 x 400g", "12.49"),
    ("Frolic Complete mit Rind 7,5 kg", "18.99", "Frolic Complete Rind 7,5kg Trockenfutter", "17.99"),
    ("Royal Canin Mini Puppy croquettes chiot 2 kg", "19.90", "Royal Canin Mini Puppy 2kg", "18.90"),
    (None, None, "Royal Canin Mini Puppy 8kg", "54.90"),
    ("Brit Care Senior Lamb & Rice 3 kg", "17.49", "Brit Care Dog Senior Lamm & Reis 3kg", "16.99"),
    ("Brit Care Adult Lamb & Rice 3 kg", "16.49", None, None),
]

BEAUTY: list[Row] = [
    ("Maybelline Fit Me Matte + Poreless Make-up Nr. 120 Classic Ivory 30 ml", "9.95",
     "Maybelline New York Fit Me! Matte & Poreless Foundation 120 Classic Ivory, 30ml", "10.49"),
    (None, None, "Maybelline New York Fit Me! Matte & Poreless Foundation 128 Warm Nude, 30ml", "10.49"),
    ("Catrice HD Liquid Coverage Foundation No. 010 Light Beige 30 ml", "7.95",
     "Catrice HD Liquid Coverage Foundation 010 Light Beige", "7.45"),
    ("Catrice HD Liquid Coverage Foundation No. 030 Sand Beige 30 ml", "7.95", None, None),
    ("Chanel Rouge Coco Lippenstift Nr. 434 Mademoiselle", "42.00", "CHANEL ROUGE COCO Lipstick 434 Mademoiselle 3,5 g",
     "41.00"),
    (None, None, "CHANEL ROUGE COCO Lipstick 444 Gabrielle 3,5 g", "41.00"),
    ("Rimmel Stay Matte Puder Nr. 003 Peach Glow 14 g", "5.49", "Rimmel London Stay Matte Pressed Powder 003 Peach Glow 14g",
     "4.99"),
    (None, None, "Rimmel London Stay Matte Pressed Powder 005 Silky Beige 14g", "4.99"),
    ("Essence Lash Princess False Lash Effect Mascara No. 03", "4.95", None, None),
    (None, None, "essence Lash Princess False Lash Effect Mascara No. 05", "4.75"),
    ("Yves Saint Laurent Libre Eau de Parfum 50 ml", "98.00", "YSL Libre EdP Spray 50ml", "95.50"),
    ("Yves Saint Laurent Libre Eau de Parfum 90 ml", "132.00", None, None),
    (None, None, "YSL Libre EdP Refill 100ml", "118.00"),
    ("Lancôme La Vie est Belle Eau de Parfum 100 ml", "129.00", "Lancome La vie est belle EDP Vaporisateur 100 ml",
     "124.99"),
    (None, None, "Lancome La vie est belle EDP Vaporisateur 50 ml", "89.99"),
    ("Kiehl's Ultra Facial Cream 50 ml", "33.00", "Kiehl's Ultra Facial Cream Feuchtigkeitscreme 50ml", "32.00"),
    (None, None, "Kiehl's Ultra Facial Cream Feuchtigkeitscreme 125ml", "62.00"),
    ("Nivea Creme Dose 150 ml", "2.95", "NIVEA Creme 150ml Dose", "2.79"),
    ("Nivea Creme Dose 400 ml", "6.95", None, None),
    ("Rituals The Ritual of Sakura Body Cream 220 ml", "23.90", "RITUALS Sakura Body Cream, 220ml", "23.90"),
    (None, None, "RITUALS Sakura Body Cream Refill, 220ml", "18.90"),
    ("La Roche-Posay Effaclar Duo(+) Soin anti-imperfections 40 ml", "19.90", "La Roche Posay Effaclar Duo+ 40ml",
     "18.50"),
]

CAR_PARTS: list[Row] = [
    ("Bremsbeläge vorne VW Golf V / VI, OE 1K0 698 151 A", "39.90",
     "Bremsbelagsatz Vorderachse für VW Golf 5 6, Vergleichsnummer 1K0698151A", "36.95"),
    (None, None, "Bremsbelagsatz Hinterachse für VW Golf 5 6, Vergleichsnummer 1K0-698-451-G", "29.95"),
    ("Mann Ölfilter HU 719/7 x", "9.49", "MANN-FILTER HU 719/7 x Ölfilter", "8.99"),
    (None, None, "MANN-FILTER HU 719/8 x Ölfilter", "9.99"),
    ("Bosch Scheibenwischer Aerotwin A 863 S, 600/475 mm", "29.99", "BOSCH Aerotwin A863S Wischblatt-Satz 600 mm + 475 mm",
     "27.49"),
    (None, None, "BOSCH Aerotwin A864S Wischblatt-Satz 600 mm + 450 mm", "28.49"),
    ("Luftfilter VW Golf VII 1.6 TDI, OE 5Q0 129 620 B", "18.90", "Luftfilter für VW Golf 7, OE-Nr. 5Q0-129-620-B", "16.50"),
    ("Luftfilter VW Golf VII 1.4 TSI, OE 5Q0 129 620 D", "18.90", None, None),
    ("Osram Night Breaker Laser H7 12V 55W Duobox", "29.95", "OSRAM NIGHT BREAKER LASER H7, 64210NL-HCB, Duo Box", "27.90"),
    (None, None, "OSRAM NIGHT BREAKER LASER H4, 64193NL-HCB, Duo Box", "27.90"),
    ("Varta Blue Dynamic E11 Autobatterie 74Ah 680A", "99.00", "VARTA E11 Blue Dynamic 12V 74Ah 680A", "94.90"),
    (None, None, "VARTA E43 Blue Dynamic 12V 72Ah 680A", "92.90"),
    ("Castrol EDGE 5W-30 LL Motoröl 5 l", "54.99", "Castrol EDGE 5W-30 LL 5 Liter", "49.99"),
    (None, None, "Castrol EDGE 5W-30 LL 1 Liter", "14.99"),
    ("Castrol EDGE 0W-30 Motoröl 5 l", "56.99", None, None),
    ("Filtre à huile Bosch F 026 407 157", "11.90", "BOSCH Ölfilter F026407157", "10.49"),
    ("NGK Zündkerze BKR6E (Nr. 6962)", "3.99", "NGK BKR6E Spark Plug 6962", "3.49"),
    (None, None, "NGK BKR5E Spark Plug 6953", "3.49"),
]

PHONE_AND_COMPUTER: list[Row] = [
    ("Apple USB-C auf Lightning Kabel (1 m)", "25.00", "Apple USB-C to Lightning Cable 1m", "24.50"),
    (None, None, "Apple USB-C to Lightning Cable 2m", "39.00"),
    ("Anker PowerLine III USB-C auf Lightning Kabel 0,9 m weiß", "17.99", "Anker Powerline III Lightning to USB-C Cable, White",
     "16.99"),
    ("Samsung 25W USB-C Schnellladegerät EP-TA800 schwarz", "19.99", "Samsung EP-TA800NBEGEU 25W Travel Adapter, Black",
     "17.49"),
    (None, None, "Samsung EP-TA800NWEGEU 25W Travel Adapter, White", "17.49"),
    ("Logitech MX Master 3S Maus Graphite", "99.99", "Logitech MX Master 3S Performance Wireless Mouse - Graphite", "94.90"),
    (None, None, "Logitech MX Master 3S Performance Wireless Mouse - Pale Grey", "94.90"),
    ("Logitech MX Master 3 Maus Graphite", "79.99", None, None),
    ("SanDisk Extreme microSDXC 128 GB A2 190 MB/s", "19.99",
     "SanDisk Extreme 128GB microSDXC UHS-I Card with adapter, up to 190MB/s", "18.49"),
    (None, None, "SanDisk Extreme 256GB microSDXC UHS-I Card with adapter, up to 190MB/s", "31.99"),
    ("Ugreen HDMI Kabel 4K 2 m", "9.99", "UGREEN 4K HDMI Cable 2m", "8.99"),
    ("Ugreen HDMI Kabel 4K 1 m", "7.99", None, None),
    (None, None, "UGREEN 4K HDMI Cable 3m", "11.99"),
    ("Spigen Ultra Hybrid Hülle iPhone 15 Pro transparent", "16.99",
     "Spigen Ultra Hybrid Case for iPhone 15 Pro - Crystal Clear", "15.99"),
    (None, None, "Spigen Ultra Hybrid Case for iPhone 15 Pro Max - Crystal Clear", "16.99"),
    ("Spigen Ultra Hybrid Hülle iPhone 15 Pro schwarz matt", "16.99", None, None),
    ("Apple AirPods Pro (2. Generation) mit MagSafe Ladecase (USB-C)", "279.00", "Apple AirPods Pro 2nd generation, USB-C",
     "249.00"),
    ("Câble USB-C vers USB-C Belkin 2 m noir", "19.99", "Belkin BoostCharge USB-C to USB-C Cable 2m Black", "18.99"),
    (None, None, "Belkin BoostCharge USB-C to USB-C Cable 2m White", "18.99"),
    ("Belkin USB-C auf USB-A Adapter", "9.99", None, None),
    (None, None, "Belkin USB-A to USB-C Adapter", "9.49"),
]

FURNITURE: list[Row] = [
    ("IKEA MALM Bettgestell hoch 160 x 200 cm weiß", "249.00", "MALM Bed frame, high, white, 160x200 cm", "249.00"),
    (None, None, "MALM Bed frame, high, white, 140x200 cm", "229.00"),
    ("IKEA MALM Bettgestell hoch 180 x 200 cm weiß", "279.00", None, None),
    ("Boxspringbett Florenz 180x200 cm Grau H3", "899.00", "Boxspringbett Florenz grau 180 x 200 cm, Härtegrad H3", "849.00"),
    (None, None, "Boxspringbett Florenz grau 180 x 200 cm, Härtegrad H2", "849.00"),
    ("Matratze Emma One 90 x 200 cm", "299.00", "Emma One Matratze 90x200", "279.00"),
    (None, None, "Emma One Matratze 140x200", "429.00"),
    ("KALLAX Regal 77 x 147 cm weiß", "69.99", "IKEA Kallax Regal, Weiß, 77x147 cm", "69.99"),
    (None, None, "IKEA Kallax Regal, Weiß, 147x147 cm", "99.99"),
    ("FlexiSpot E7 elektrisch höhenverstellbarer Schreibtisch 160 x 80 cm schwarz", "459.00",
     "FLEXISPOT E7 Standing Desk 160x80 cm, Black Frame", "449.00"),
    ("FlexiSpot E7 elektrisch höhenverstellbarer Schreibtisch 140 x 70 cm schwarz", "429.00", None, None),
    ("Poltrona POÄNG betulla, Knisa grigio chiaro", "119.00", "IKEA POÄNG Sessel, Birkenfurnier/Knisa hellgrau", "119.00"),
    (None, None, "IKEA POÄNG Sessel, Birkenfurnier/Hillared anthrazit", "139.00"),
    ("BILLY Bücherregal weiß 80 x 28 x 202 cm", "59.99", "IKEA Billy Bücherregal, weiß, 80x28x202 cm", "59.99"),
    (None, None, "IKEA Billy Bücherregal, weiß, 40x28x202 cm", "39.99"),
]

PHARMACY: list[Row] = [
    ("Ibuprofen 400 mg akut 20 Filmtabletten ratiopharm", "3.49",
     "IBUPROFEN-ratiopharm 400 mg akut Schmerztabletten 20 St.", "3.29"),
    (None, None, "IBUPROFEN-ratiopharm 400 mg akut Schmerztabletten 50 St.", "6.99"),
    (None, None, "IBUPROFEN-ratiopharm 200 mg akut Schmerztabletten 20 St.", "2.79"),
    ("Aspirin 500 mg 20 Tabletten", "6.49", "ASPIRIN 500 mg Tabletten 20 St.", "5.99"),
    ("Aspirin 500 mg 100 Tabletten", "16.99", None, None),
    ("Paracetamol-ratiopharm 500 mg 20 Tabletten", "2.49", "PARACETAMOL ratiopharm 500 mg Tabletten 20 St", "1.99"),
    ("Voltaren Schmerzgel forte 23,2 mg/g 150 g", "19.99", "VOLTAREN Schmerzgel forte 23,2 mg/g Gel 150 g", "18.95"),
    (None, None, "VOLTAREN Schmerzgel forte 23,2 mg/g Gel 100 g", "14.49"),
    ("Voltaren Schmerzgel 11,6 mg/g 150 g", "15.99", None, None),
    ("Cetirizin Hexal 10 mg 50 Filmtabletten", "8.99", "CETIRIZIN HEXAL Filmtabletten 10 mg 50 St.", "8.49"),
    (None, None, "CETIRIZIN HEXAL Filmtabletten 10 mg 20 St.", "4.49"),
    ("Magnesium-Sandoz 243 mg Brausetabletten 40 Stück", "9.49", "MAGNESIUM SANDOZ 243 mg Brausetabletten 40 St.", "8.99"),
    ("Nurofen Express 400mg Liquid Capsules 20 pack", "5.99", "Nurofen Express Liquid Capsules 400 mg, 20 capsules", "5.49"),
    ("Nurofen Express 200mg Liquid Capsules 16 pack", "3.99", None, None),
    ("Doliprane 1000 mg 8 comprimés", "2.18", "DOLIPRANE 1000mg comprimés B/8", "2.18"),
    (None, None, "DOLIPRANE 500mg gélules B/16", "1.95"),
    ("Ibuprofeno Cinfa 600 mg 40 comprimidos", "3.95", "IBUPROFENO CINFA 600MG 40 COMPRIMIDOS RECUBIERTOS", "3.70"),
    (None, None, "IBUPROFENO CINFA 400MG 30 COMPRIMIDOS RECUBIERTOS", "2.90"),
]

OFFICE_SUPPLIES: list[Row] = [
    ("Navigator Universal Kopierpapier A4 80 g/m² 500 Blatt", "7.99",
     "Navigator Universal Druckerpapier DIN A4, 80g, 500 Blatt", "7.49"),
    (None, None, "Navigator Universal Druckerpapier DIN A3, 80g, 500 Blatt", "15.99"),
    (None, None, "Navigator Universal Druckerpapier DIN A4, 80g, 250 Blatt", "4.49"),
    ("Leitz 1010 Ordner 180° A4 80 mm blau", "4.49", "Leitz Qualitäts-Ordner 180° Plastik, A4, 80 mm, blau (10101035)", "4.19"),
    (None, None, "Leitz Qualitäts-Ordner 180° Plastik, A4, 50 mm, blau (10151035)", "4.19"),
    (None, None, "Leitz Qualitäts-Ordner 180° Plastik, A4, 80 mm, rot (10101025)", "4.19"),
    ("Oxford Collegeblock A4 kariert 80 Blatt", "3.29", "OXFORD Collegeblock, DIN A4, kariert, 80 Blatt", "2.99"),
    ("Oxford Collegeblock A5 kariert 80 Blatt", "2.49", None, None),
    (None, None, "OXFORD Collegeblock, DIN A4, liniert, 80 Blatt", "2.99"),
    ("Stabilo Boss Original Textmarker 4er Set", "4.99", "STABILO BOSS ORIGINAL Textmarker, 4 Farben Etui", "4.79"),
    (None, None, "STABILO BOSS ORIGINAL Textmarker, 10er Etui", "10.99"),
    ("Post-it Notes 76 x 76 mm gelb 12 Blöcke", "12.99", "Post-it Haftnotizen Canary Yellow, 76 x 76 mm, 12 Blöcke à 100 Blatt",
     "11.99"),
    (None, None, "Post-it Haftnotizen Canary Yellow, 38 x 51 mm, 12 Blöcke à 100 Blatt", "6.99"),
    ("Pilot FriXion Ball 0,7 mm blau", "2.79", "PILOT Frixion Ball Tintenroller 0.7 blau", "2.49"),
    (None, None, "PILOT Frixion Ball Tintenroller 0.5 blau", "2.49"),
    ("Rhodia No. 16 Notepad A5 Dot Grid Orange 80 sheets", "4.50", "Rhodia Bloc N°16 A5 Dot 80 feuilles orange", "4.20"),
    ("Rhodia No. 18 Notepad A4 Dot Grid Orange 80 sheets", "7.50", None, None),
    ("Tesa Film kristallklar 33 m x 19 mm", "2.49", "tesafilm kristall-klar 33m:19mm", "2.29"),
    (None, None, "tesafilm kristall-klar 66m:19mm", "3.99"),
    ("Avery Zweckform 3474 Etiketten A4 70 x 37 mm 100 Blatt", "24.99",
     "AVERY Zweckform 3474 Universal-Etiketten 70x37 mm, 100 Blatt A4", "22.99"),
    (None, None, "AVERY Zweckform 3474-200 Universal-Etiketten 70x37 mm, 200 Blatt A4", "42.99"),
]

# The first batch's leftovers (its note, "noticed and left alone").
LEFTOVERS: list[Row] = [
    ("Ravensburger Jigsaw Puzzle Starry Night 1000 Piece", "14.99", None, None),
    (None, None, "Ravensburger Starry Night Jigsaw Puzzle, 500 pieces", "9.99"),
    ("Gibsons Jigsaw Puzzle Seaside Café 1000 Piece", "16.99", "Gibsons Seaside Cafe Jigsaw Puzzle, 1000 pieces", "15.99"),
    ("Nike Air Zoom Pegasus 40 Men's Running Shoes Size 10", "129.99", None, None),
    (None, None, "Nike Air Zoom Pegasus 40 Women's Road Running Shoes, Size 10", "129.99"),
    ("ASICS Gel-Kayano 30 Women's Running Shoes Size 8", "159.99", "ASICS Women's GEL-KAYANO 30 Running Shoe, US 8",
     "154.99"),
    ("Optimum Nutrition Gold Standard 100% Whey Double Rich Chocolate 2,27 kg", "74.90",
     "ON Gold Standard 100% Whey Protein Double Rich Chocolate 2.27kg", "71.90"),
    (None, None, "ON Gold Standard 100% Whey Protein Vanilla Ice Cream 2.27kg", "71.90"),
]

# One shop lists a garment per size, the other per colour (all sizes in one listing): each of
# our sizes in stonewash is their stonewash listing; their black one is none of ours.
PER_SIZE_AND_PER_COLOUR: list[tuple[str, str, str, str]] = [
    ("Levi's 501 Original Fit Jeans Stonewash W32 L32", "99.95", "J1", "Levi's 501 Original Fit Jeans - Stonewash"),
    ("Levi's 501 Original Fit Jeans Stonewash W34 L32", "99.95", "J1", "Levi's 501 Original Fit Jeans - Stonewash"),
    ("Levi's 501 Original Fit Jeans Stonewash W36 L34", "99.95", "J1", "Levi's 501 Original Fit Jeans - Stonewash"),
]
PER_COLOUR_ONLY = [("J2", "Levi's 501 Original Fit Jeans - Black", "99.95")]

KINDS: dict[str, list[Row]] = {
    "wine and spirits": WINE_AND_SPIRITS, "pet food": PET_FOOD, "beauty": BEAUTY, "car parts": CAR_PARTS,
    "phone and computer": PHONE_AND_COMPUTER, "furniture": FURNITURE, "pharmacy": PHARMACY,
    "office supplies": OFFICE_SUPPLIES, "leftovers": LEFTOVERS,
}


def per_size_and_per_colour() -> tuple[list[dict], list[dict], set[tuple[str, str]]]:
    return _per_size_and_per_colour(PER_SIZE_AND_PER_COLOUR, PER_COLOUR_ONLY)


# --- the mends, each a rule for any shop, with the pair that showed it ------------------------


def test_a_quantity_per_another_unit_is_a_rate_and_no_amount(workspace, tmp_path):
    # "23,2 mg/g" was read as 23 mg of gel, and "190 MB/s" as 0.19 GB: a value both sizes of
    # one range share, so "150 g" against "100 g" (and "128 GB" against "256 GB") told nothing
    # apart. The 100 g tube was matched (0.88) as another listing of our 150 g one.
    assert extract("Voltaren Schmerzgel forte 23,2 mg/g 150 g").quantities == {"mass": frozenset({150.0})}
    assert extract("SanDisk Extreme 128 GB A2 190 MB/s").quantities == {"bytes": frozenset({128.0})}
    assert not extract("Kopierpapier A4 80 g/m²").quantities
    # Two amounts with a slash between them, or a word after it, stay amounts.
    assert extract("Phone 8GB/256GB").quantities == {"bytes": frozenset({8.0, 256.0})}
    assert extract("Drive 1TB/SSD").quantities == {"bytes": frozenset({1000.0})}
    ours = [{"sku": "O1", "name": "Voltaren Schmerzgel forte 23,2 mg/g 150 g", "price": "19.99"},
            {"sku": "O2", "name": "SanDisk Extreme microSDXC 128 GB A2 190 MB/s", "price": "19.99"}]
    theirs = [{"key": "T1", "name": "VOLTAREN Schmerzgel forte 23,2 mg/g Gel 150 g", "price": "18.95"},
              {"key": "T2", "name": "VOLTAREN Schmerzgel forte 23,2 mg/g Gel 100 g", "price": "14.49"},
              {"key": "T3", "name": "SanDisk Extreme 128GB microSDXC UHS-I Card, up to 190MB/s", "price": "18.49"},
              {"key": "T4", "name": "SanDisk Extreme 256GB microSDXC UHS-I Card, up to 190MB/s", "price": "31.99"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O1", "T1")]["status"] == "matched" and ("O2", "T3") in found
    assert all("differ" in row["reason"] for pair, row in found.items() if pair in {("O1", "T2"), ("O2", "T4")}), found


def test_a_current_beside_a_voltage_or_a_charge_is_a_rating_and_no_model_code(workspace, tmp_path):
    # "680A", the cold-cranking current of two batteries of one range, was their "same model code":
    # the 72 Ah battery E43 was matched (0.92) to our 74 Ah E11 as another listing of it.
    assert extract("VARTA E43 Blue Dynamic 12V 72Ah 680A").quantities["ampere"] == {680.0}
    assert not extract("VARTA E43 Blue Dynamic 12V 72Ah 680A").codes
    assert extract("AC Adapter 30W 19V 1.58A").quantities["ampere"] == {1.58}
    # With no voltage, watts or charge beside it, the letter is a model's: HP's toners.
    assert extract("HP 85A LaserJet Black Toner CE285A").codes == {"ce285a"}
    assert "ampere" not in extract("HP 85A LaserJet Black Toner CE285A").quantities
    ours = [{"sku": "O1", "name": "Varta Blue Dynamic E11 Autobatterie 74Ah 680A", "price": "99.00"}]
    theirs = [{"key": "T1", "name": "VARTA E11 Blue Dynamic 12V 74Ah 680A", "price": "94.90"},
              {"key": "T2", "name": "VARTA E43 Blue Dynamic 12V 72Ah 680A", "price": "92.90"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert set(found) == {("O1", "T1")}, found


def test_a_code_one_shop_writes_in_groups_is_the_code_the_other_writes_whole(workspace, tmp_path):
    # Parts shops print a maker's or an original-equipment number in groups ("F 026 407 157",
    # "5Q0 129 620 B", "A 863 S"); the other shop wrote it whole or hyphenated, and the filter
    # and the wiper blades, 34% and 46% alike in their words, were not even proposed.
    assert _written_in_groups("f026407157", extract("Filtre à huile Bosch F 026 407 157"))
    assert _written_in_groups("1k0698151a", extract("Bremsbeläge vorne, OE 1K0 698 151 A"))
    # A count beside a size, words and a number, or a size by a size spell no code.
    assert not _written_in_groups("iphone15", extract("Apple iPhone 15 128 GB"))
    assert not _written_in_groups("24mmx7m", extract("Dymo D1 Label 24mm x 7m"))
    assert not _written_in_groups("5100", extract("Pack of 5 100-count"))
    ours = [{"sku": "O1", "name": "Filtre à huile Bosch F 026 407 157", "price": "11.90"},
            {"sku": "O2", "name": "Bosch Scheibenwischer Aerotwin A 863 S, 600/475 mm", "price": "29.99"},
            {"sku": "O3", "name": "Luftfilter VW Golf VII 1.6 TDI, OE 5Q0 129 620 B", "price": "18.90"}]
    theirs = [{"key": "T1", "name": "BOSCH Ölfilter F026407157", "price": "10.49"},
              {"key": "T2", "name": "BOSCH Aerotwin A863S Wischblatt-Satz 600 mm + 475 mm", "price": "27.49"},
              {"key": "T3", "name": "Luftfilter für VW Golf 7, OE-Nr. 5Q0-129-620-B", "price": "16.50"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert statuses(found) == {("O1", "T1"): "matched", ("O2", "T2"): "matched", ("O3", "T3"): "matched"}, found


def test_a_word_inside_another_after_one_or_two_letters_is_not_in_it(workspace, tmp_path):
    # "men" was found inside "Women's", read as the first word of a German compound, so the
    # men's and the women's shoe of one model were proposed (0.85) with nothing said against them.
    men = extract("Nike Air Zoom Pegasus 40 Men's Running Shoes Size 10")
    women = extract("Nike Air Zoom Pegasus 40 Women's Road Running Shoes, Size 10")
    assert _word_conflict(men, women, "unknown") == ("men", "road/women")
    # A compound's first or last word stays inside it, and so do words written apart in one piece.
    assert _in_run("futter", extract("Royal Canin Hundefutter"), frozenset())
    assert _in_run("auswahl", extract("Geflügelauswahl"), frozenset())
    assert _in_run("geflugelauswahl", extract("Geflügel Auswahl in Sauce"), frozenset())
    # Letters the word's own title writes right before it: one name written apart and joined.
    assert _in_run("fi", extract("Apple iPad Air WiFi 256GB"), frozenset({"wi"}))
    assert not _in_run("men", extract("Women's Running Shoes"), frozenset({"40"}))
    ours = [{"sku": "O1", "name": "Nike Air Zoom Pegasus 40 Men's Running Shoes Size 10", "price": "129.99"}]
    theirs = [{"key": "T1", "name": "Nike Air Zoom Pegasus 40 Women's Road Running Shoes, Size 10", "price": "129.99"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert all("men vs road/women" in row["reason"] and row["status"] != "matched" for row in found.values()), found


def test_a_food_for_another_stage_of_life_is_another_product(workspace, tmp_path):
    # "Maxi Puppy" against our "Maxi Adult" was proposed (0.73) with nothing said against it,
    # and "Mature Adult 7+" (0.78) above our adult food's own counterpart.
    assert extract("Hill's Science Plan Canine Mature Adult 7+ Medium Chicken").stages == {"senior"}
    assert extract("Royal Canin Mini Puppy croquettes chiot 2 kg").stages == {"young"}
    assert not extract("Frolic Complete mit Rind 7,5 kg").stages
    ours = [{"sku": "O1", "name": "Royal Canin Maxi Adult Trockenfutter 15 kg", "price": "72.99"},
            {"sku": "O2", "name": "Hill's Science Plan Adult Medium Huhn 2,5 kg", "price": "21.99"}]
    theirs = [{"key": "T1", "name": "ROYAL CANIN Maxi Puppy 15kg", "price": "79.90"},
              {"key": "T2", "name": "Hill's Science Plan Canine Mature Adult 7+ Medium Chicken 2.5kg", "price": "23.49"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert all("made for another use" in row["reason"] and row["status"] != "matched" for row in found.values()), found


def test_an_adapter_the_other_way_round_is_another_adapter_and_a_cable_is_one_cable(workspace, tmp_path):
    # "USB-C auf USB-A" and "USB-A to USB-C" adapters were matched (0.87) as one product; a
    # cable's ends are written in either order for one cable, and stay one product.
    assert extract("Belkin USB-C auf USB-A Adapter").ends == ("usb-c", "usb-a")
    assert extract("Anker Powerline III Lightning to USB-C Cable").ends is None
    assert extract("Lot de 2 à 4").ends is None
    ours = [{"sku": "O1", "name": "Belkin USB-C auf USB-A Adapter", "price": "9.99"},
            {"sku": "O2", "name": "Anker PowerLine III USB-C auf Lightning Kabel 0,9 m weiß", "price": "17.99"}]
    theirs = [{"key": "T1", "name": "Belkin USB-A to USB-C Adapter", "price": "9.49"},
              {"key": "T2", "name": "Anker Powerline III Lightning to USB-C Cable, White", "price": "16.99"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O1", "T1")]["status"] != "matched" and "directions differ" in found[("O1", "T1")]["reason"], found
    assert "directions differ" not in found[("O2", "T2")]["reason"]


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_batch_read_through_the_commands_matches_no_variant(tmp_path):
    # At first reading, before any rule above: 57 of 79 true pairs found (24 matched), 22 missed,
    # 3 variants matched (the 100 g gel, the E43 battery, the adapter the other way round) and 13
    # proposed. Each kind in a workspace of its own, as one competitor.
    total = read_the_batch(KINDS, tmp_path, more=[("per size / per colour", per_size_and_per_colour())])
    assert total["wrong matched"] == 0, total
    assert total["true matched"] + total["true proposed"] >= 61, total


if __name__ == "__main__":  # the reading per catalogue: python -m tests.test_matching_kinds2 [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading(KINDS, [("per size / per colour", per_size_and_per_colour())])
