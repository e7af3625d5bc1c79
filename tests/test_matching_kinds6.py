"""A sixth batch of catalogues of other kinds, written before the matcher read them, so that their
first reading is a figure on catalogues the matching rules were not written on: art supplies,
kitchen knives, timber and boards, aquarium and pet supplies, yarn and sewing, fishing tackle,
motor oil and car care, medical devices and first aid, jewellery, binoculars and telescopes,
heating and climate, flooring and tiles, model making and 3D printing, books with an ISBN on one
side only, baby clothing, grocery multipacks, phone cases and mobile plans, garden tools, and
the cases the fifth batch (`tests/test_matching_kinds5.py`) left open.

Each catalogue is a list of rows (our title, our price, their title, their price), as in the
earlier batches, with an optional fifth element: the other fields each shop fills,
`{"ours": {...}, "theirs": {...}}` (a brand kept out of the title, a code or an ISBN written
only in a description, a GTIN one shop gives and the other does not). A row with both titles is
one product in both shops, worded as each shop words it (another word order, abbreviations,
another language or script, inches on one side and centimetres on the other, a decimal comma,
"1:10" against "1/10"); a row with one title is a variant that only one shop sells (another
length, size, grade, colour, shade, pack, viscosity, magnification, scale, edition, volume,
model it fits, contract length, blade or bar) and has no counterpart: matching it to anything
is a wrong pair.
"""

from __future__ import annotations

import pytest

from benchmark._text import extract, with_decimal_points, writes_decimal_commas
from tests.kinds_batches import Row, catalogues_of, check_the_rows, matched_through_the_commands, read_kind
from tests.kinds_batches import gtin_with_check_digit as _ean
from tests.kinds_batches import read_the_batch as _read_the_batch


def _hyphenated_isbn(isbn: str) -> str:
    return f"{isbn[:3]}-{isbn[3]}-{isbn[4:7]}-{isbn[7:12]}-{isbn[12]}"


ISBN_HOBBIT_TB = _ean("978360896109")
ISBN_HARARI_TB = _ean("978357055269")
ISBN_ONE_PIECE_1 = _ean("978355174051")
ISBN_ASTERIX_1 = _ean("978377040001")
ISBN_DUDEN_29 = _ean("978341104015")
ISBN_POTTER_1_HC = _ean("978355155167")
ISBN_POTTER_1_TB = _ean("978355135402")
GTIN_KERRYGOLD_250 = _ean("537208200011")
GTIN_KERRYGOLD_500 = _ean("537208200025")
UPC_MEGUIARS_48 = _ean("07038201600")  # a UPC-A one shop writes with 12 digits, the other as an EAN-13

ART_SUPPLIES: list[Row] = [
    ("Winsor & Newton Galeria Acrylfarbe 120 ml Titanweiß 644", "7.95", "Winsor & Newton Galeria Acrylic Colour 120ml Titanium White",
     "7.49"),
    (None, None, "Winsor & Newton Galeria Acrylic Colour 500ml Titanium White", "19.99"),
    (None, None, "Winsor & Newton Galeria Acrylic Colour 120ml Zinc White", "7.49"),
    ("Castell 9000 Bleistift 2B", "1.29", "Faber-Castell 9000 graphite pencil, grade 2B", "1.19",
     {"ours": {"brand": "Faber-Castell"}}),
    (None, None, "Faber-Castell 9000 graphite pencil, grade 4B", "1.19"),
    ("Canson XL Aquarell Block A4 300 g/m² 30 Blatt", "12.99", "Canson XL Watercolour Pad A4, 300gsm, 30 sheets", "11.99"),
    (None, None, "Canson XL Watercolour Pad A3, 300gsm, 30 sheets", "19.99"),
    ("da Vinci Serie 36 Aquarellpinsel Kolinsky Gr. 6", "29.90", "Da Vinci Maestro Series 36 Kolinsky Sable Watercolor Brush, Size 6",
     "27.90"),
    (None, None, "Da Vinci Maestro Series 36 Kolinsky Sable Watercolor Brush, Size 8", "39.90"),
    ("Posca PC-5M Marker 8er Set Grundfarben", "24.99", "uni POSCA PC-5M paint markers, medium 1.8-2.5 mm, 8 basic colours", "22.99"),
    (None, None, "uni POSCA PC-3M paint markers, fine 0.9-1.3 mm, 8 basic colours", "19.99"),
    ("Aquarelle extra-fine Sennelier demi-godet Bleu outremer français 315", "4.90",
     "Sennelier L'Aquarelle half pan French Ultramarine 315", "4.60"),
    (None, None, "Sennelier L'Aquarelle tube 10 ml French Ultramarine 315", "6.90"),
    ("Schmincke Horadam Aquarell 12 halbe Näpfchen Metallkasten", "89.00", None, None),
]

# A blade's length in centimetres in one shop and in inches in the other; a brand in its own
# field and not in the title.
KITCHEN_KNIVES: list[Row] = [
    ("Wüsthof Classic Kochmesser 20 cm", "129.00", 'Wüsthof Classic 8" Chef\'s Knife', "124.00"),
    (None, None, 'Wüsthof Classic 6" Chef\'s Knife', "109.00"),
    (None, None, 'Wüsthof Classic Ikon 8" Chef\'s Knife', "169.00"),
    ("G-2 Kochmesser 20 cm", "119.00", "Global G-2 Chef's Knife 20cm", "109.00", {"ours": {"brand": "Global"}}),
    (None, None, "Global G-55 Chef's Knife 18cm", "99.00"),
    ("Victorinox Fibrox Brotmesser Wellenschliff 21 cm schwarz", "39.90",
     "Victorinox Fibrox bread knife, serrated, 21 cm, black handle (5.2533.21)", "36.90"),
    (None, None, "Victorinox Fibrox bread knife, serrated, 26 cm, black handle (5.2533.26)", "42.90"),
    ("Shun Classic Santoku 18 cm DM-0702", "189.00", 'Shun Classic 7" Santoku Knife DM0702', "179.00"),
    (None, None, 'Shun Classic 5.5" Santoku Knife DM0727', "149.00"),
    ("Messerblock Zwilling Four Star 7-tlg.", "299.00", "ZWILLING Four Star Knife Block Set, 7 pieces", "279.00"),
    (None, None, "ZWILLING Four Star Knife Block Set, 8 pieces", "329.00"),
    ("三徳包丁 Tojiro DP F-503 170mm", "79.00", "Tojiro DP Santoku 17cm F-503", "75.00"),
    ("Opinel N°8 Carbon Taschenmesser", "18.90", None, None),
]

# Dimensions in another order, in feet, or as a trade name ("4x2").
TIMBER_AND_BOARDS: list[Row] = [
    ("Rahmenholz Fichte gehobelt 44 x 44 mm 2,4 m", "6.49", "Planed spruce timber 44x44mm, 2400mm length", "5.99"),
    (None, None, "Planed spruce timber 44x44mm, 1800mm length", "4.49"),
    (None, None, "Planed spruce timber 44x69mm, 2400mm length", "8.99"),
    ("OSB/3 Platte 18 mm 2500 x 1250 mm", "32.90", "OSB 3 board 18mm 2500x1250mm, square edge", "29.90"),
    (None, None, "OSB 3 board 12mm 2500x1250mm, square edge", "21.90"),
    ("Birke Multiplex 15 mm 1220 x 2440 mm", "89.00", "Birch plywood sheet 15mm, 8ft x 4ft (2440 x 1220 mm)", "84.00"),
    (None, None, "Birch plywood sheet 18mm, 8ft x 4ft (2440 x 1220 mm)", "99.00"),
    ("CLS Kantholz 38 x 89 mm 3,0 m", "7.20", "CLS studwork timber 4x2 (38mm x 89mm) 3m", "6.80"),
    (None, None, "CLS studwork timber 3x2 (38mm x 63mm) 3m", "5.20"),
    ("Terrassendiele Douglasie 27 x 145 mm 4 m geriffelt", "18.90", "Douglas fir decking board, ribbed, 27 x 145 mm, 4.0 m", "17.50"),
    (None, None, "Douglas fir decking board, smooth, 27 x 145 mm, 4.0 m", "17.50"),
    ("Leimholzplatte Buche 18 mm 800 x 400 mm", "24.90", "Beech laminated panel 18 x 400 x 800 mm", "22.90"),
    (None, None, "Beech laminated panel 18 x 400 x 1200 mm", "32.90"),
    ("Sperrholz Pappel 4 mm 1220 x 610 mm", "9.99", None, None),
]

AQUARIUM_AND_PET_SUPPLIES: list[Row] = [
    ("Eheim Außenfilter classic 250 (2213)", "79.90", "EHEIM classic 250 external canister filter 2213020", "74.90"),
    (None, None, "EHEIM classic 350 external canister filter 2215020", "99.90"),
    ("JBL ProTemp S 100 Regelheizer 100 W", "29.99", "JBL PROTEMP S 100 aquarium heater, 100 watt", "27.99"),
    (None, None, "JBL PROTEMP S 200 aquarium heater, 200 watt", "32.99"),
    ("Tetra Min Flockenfutter 1 l", "19.99", "TetraMin Flakes 1 Litre (200 g)", "18.49"),
    (None, None, "TetraMin Flakes 250 ml (52 g)", "5.99"),
    ("Catsan Hygiene Plus Katzenstreu 20 l", "14.99", "Catsan Hygiene Plus non-clumping cat litter, 20 litre", "13.99"),
    (None, None, "Catsan Hygiene Plus non-clumping cat litter, 10 litre", "8.49"),
    (None, None, "Catsan Smart Pack clumping cat litter, 8 litre", "8.99"),
    ("Flexi New Classic Rollleine M 5 m Seil schwarz", "19.99", "flexi New Classic retractable lead, size M, 5 m cord, black", "18.49"),
    (None, None, "flexi New Classic retractable lead, size M, 8 m tape, black", "22.49"),
    (None, None, "flexi New Classic retractable lead, size L, 5 m cord, black", "21.49"),
    ("Kong Classic Hundespielzeug rot L", "14.99", "KONG Classic dog toy, Large, red", "13.99"),
    (None, None, "KONG Extreme dog toy, Large, black", "17.99"),
    ("Trixie Kratzbaum Baza 109 cm", "79.99", None, None),
]

YARN_AND_SEWING: list[Row] = [
    ("Drops Merino Extra Fine Wolle 50 g Farbe 01 natur", "3.95", "DROPS Merino Extra Fine yarn, 50g ball, colour 01 off white",
     "3.70"),
    (None, None, "DROPS Merino Extra Fine yarn, 50g ball, colour 02 light grey", "3.70"),
    ("Schachenmayr Catania Baumwolle 50 g Fb. 106 weiß", "2.99", "Schachenmayr Catania cotton, 50 g, shade 00106 white", "2.79"),
    (None, None, "Schachenmayr Catania cotton, 50 g, shade 00105 cream", "2.79"),
    ("addi Rundstricknadel 4,0 mm 80 cm", "9.95", "addi Classic circular needle 4mm, 80cm cable", "9.45"),
    (None, None, "addi Classic circular needle 4.5mm, 80cm cable", "9.45"),
    (None, None, "addi Classic circular needle 4mm, 60cm cable", "9.15"),
    ("Gütermann Allesnäher 100 m Farbe 000 schwarz", "2.49", "Gütermann Sew-All thread 100m, col. 000 black", "2.29"),
    (None, None, "Gütermann Sew-All thread 250m, col. 000 black", "4.49"),
    ("Prym Stecknadeln 0,60 x 30 mm 10 g", "2.99", "Prym dressmaker pins 0.60 x 30 mm, 10g", "2.79"),
    (None, None, "Prym dressmaker pins 0.50 x 30 mm, 10g", "2.79"),
    ("Włóczka YarnArt Jeans 50 g 160 m kolor 62", "2.49", "YarnArt Jeans yarn 50g/160m colour 62", "2.29"),
    ("Singer Nähmaschine Tradition 2282", "149.00", None, None),
]

FISHING: list[Row] = [
    ("PowerPro Super 8 Slick V2 geflochtene Schnur 0,19 mm 135 m grün", "24.99", "PowerPro Super 8 Slick V2 braid 0.19mm 135m moss green",
     "22.99"),
    (None, None, "PowerPro Super 8 Slick V2 braid 0.23mm 135m moss green", "22.99"),
    (None, None, "PowerPro Super 8 Slick V2 braid 0.19mm 275m moss green", "39.99"),
    ("Shimano Stradic FL 2500 HG Stationärrolle", "189.00", "SHIMANO Stradic FL 2500HG spinning reel", "179.00"),
    (None, None, "SHIMANO Stradic FL C3000XG spinning reel", "189.00"),
    ("Daiwa Ninja X Spin 2,70 m 10-40 g", "49.99", "DAIWA Ninja X Spin rod 2.70m 10-40g", "46.99"),
    (None, None, "DAIWA Ninja X Spin rod 2.40m 10-40g", "44.99"),
    (None, None, "DAIWA Ninja X Spin rod 2.70m 30-60g", "49.99"),
    ("Gamakatsu LS-2210 Haken Gr. 8, 10 Stück", "3.49", "Gamakatsu LS-2210 hooks size 8 (10 pcs)", "3.29"),
    (None, None, "Gamakatsu LS-2210 hooks size 12 (10 pcs)", "3.29"),
    ("Rapala Original Floater F09 Wobbler 9 cm Silber", "11.99", 'Rapala Original Floater F09 3.5" Silver', "10.99"),
    (None, None, 'Rapala Original Floater F11 4.3" Silver', "11.99"),
    ("Fox Horizon Duo Rod Pod", "149.00", None, None),
]

# A viscosity grade ("5W-30") is the product; a wiper length in millimetres against inches; a
# volume in fluid ounces; an article number written only in a description.
MOTOR_OIL_AND_CAR_CARE: list[Row] = [
    ("Castrol EDGE 5W-30 LL Motoröl 5 Liter", "54.99", "Castrol EDGE 5W-30 LL engine oil 5L", "49.99"),
    (None, None, "Castrol EDGE 5W-30 LL engine oil 1L", "14.99"),
    (None, None, "Castrol EDGE 0W-30 engine oil 5L", "54.99"),
    ("Mobil 1 ESP 5W-30 1 l", "15.99", "Mobil 1 ESP 5W-30 Motoröl, 1 Liter", "14.99"),
    (None, None, "Mobil 1 ESP X3 0W-40 Motoröl, 1 Liter", "16.99"),
    ("Bosch Aerotwin Wischerblätter A 863 S 600/450 mm", "29.99", 'Bosch Aerotwin A863S wiper blade set 24"/18"', "27.99"),
    (None, None, 'Bosch Aerotwin A979S wiper blade set 24"/19"', "28.99"),
    ("Meguiar's Ultimate Wash & Wax Autoshampoo 1420 ml", "19.99", "Meguiar's Ultimate Wash & Wax car shampoo 48 oz", "18.49",
     {"ours": {"gtin": "0" + UPC_MEGUIARS_48}, "theirs": {"gtin": UPC_MEGUIARS_48}}),
    (None, None, "Meguiar's Ultimate Wash & Wax car shampoo 64 oz", "23.49"),
    ("Liqui Moly Top Tec 4200 5W-30 5 l 3707", "49.90", "LIQUI MOLY Top Tec 4200 5W-30 5 Liter", "46.90",
     {"theirs": {"description": "Leichtlauf-Motoröl für Pkw, Art.-Nr. 3707, VW 504 00 / 507 00"}}),
    (None, None, "LIQUI MOLY Top Tec 4100 5W-40 5 Liter", "44.90",
     {"theirs": {"description": "Leichtlauf-Motoröl für Pkw, Art.-Nr. 3701, VW 505 00 / 505 01"}}),
    ("Sonax Scheibenklar Konzentrat 250 ml", "3.99", "SONAX Clear View concentrate 250 ml (03371410)", "3.59"),
    (None, None, "SONAX Clear View ready-to-use 3 l (03385000)", "4.99"),
    ("Turtle Wax Hybrid Solutions Ceramic Spray Coating 500 ml", "17.99", None, None),
]

MEDICAL_AND_FIRST_AID: list[Row] = [
    ("Omron M3 Comfort Oberarm-Blutdruckmessgerät HEM-7155-E", "69.99", "OMRON M3 Comfort upper arm blood pressure monitor", "64.99"),
    (None, None, "OMRON RS4 wrist blood pressure monitor", "44.99"),
    ("Beurer BM 27 Oberarm-Blutdruckmessgerät", "44.99", "Beurer BM27 upper arm blood pressure monitor", "41.99"),
    (None, None, "Beurer BC 27 wrist blood pressure monitor", "29.99"),
    ("Hansaplast Classic Pflaster 40 Strips", "3.49", "Hansaplast Classic plasters, 40 strips", "3.19"),
    (None, None, "Hansaplast Classic plasters, 20 strips", "1.99"),
    (None, None, "Hansaplast Sensitive plasters, 40 strips", "3.49"),
    ("3M Aura 9320+ FFP2 Atemschutzmaske 10 Stück", "19.99", "3M Aura 9320+ FFP2 respirators, box of 10", "18.49"),
    (None, None, "3M Aura 9330+ FFP3 respirators, box of 10", "27.49"),
    ("Braun ThermoScan 7 Ohrthermometer IRT6520", "59.99", "Braun ThermoScan 7 ear thermometer with Age Precision IRT6520", "54.99"),
    (None, None, "Braun ThermoScan 5 ear thermometer IRT6030", "39.99"),
    ("Söhngen Verbandkasten DIN 13164", "14.90", "Söhngen first aid kit for cars, DIN 13164", "13.90"),
    (None, None, "Söhngen first aid kit for workplaces, DIN 13157", "34.90"),
    ("Tensoplast elastische Binde 8 cm x 4,5 m", "6.99", None, None),
]

# Gold written as a fineness ("585") against a carat ("14k"); codes only in descriptions.
JEWELLERY: list[Row] = [
    ("Pandora Moments Schlangen-Gliederarmband Silber 19 cm", "69.00",
     "Pandora Moments Snake Chain Bracelet, Sterling Silver, 19cm (590702HV-19)", "65.00"),
    (None, None, "Pandora Moments Snake Chain Bracelet, Sterling Silver, 21cm (590702HV-21)", "65.00"),
    ("Ring 585 Gelbgold Größe 54 Solitär 0,25 ct", "699.00", "14k yellow gold solitaire ring 0.25 ct, size 54", "659.00"),
    (None, None, "14k yellow gold solitaire ring 0.25 ct, size 56", "659.00"),
    (None, None, "18k yellow gold solitaire ring 0.25 ct, size 54", "899.00"),
    ("Thomas Sabo Kette Silber 45 cm KE1106-001-12", "59.00", "THOMAS SABO necklace sterling silver 45 cm", "55.00",
     {"theirs": {"description": "Feine Erbskette, 925 Sterlingsilber. Art.-Nr. KE1106-001-12-L45"}}),
    (None, None, "THOMAS SABO necklace sterling silver 42 cm", "55.00",
     {"theirs": {"description": "Feine Erbskette, 925 Sterlingsilber. Art.-Nr. KE1106-001-12-L42"}}),
    ("Swarovski Millenia Ohrstecker weiß rhodiniert 5602780", "129.00",
     "Swarovski Millenia stud earrings, square cut, white, rhodium plated", "119.00",
     {"theirs": {"description": "Article no. 5602780. Square cut crystals in a four-prong setting."}}),
    (None, None, "Swarovski Millenia stud earrings, square cut, blue, rhodium plated", "119.00",
     {"theirs": {"description": "Article no. 5614934. Square cut crystals in a four-prong setting."}}),
    ("Серьги-кольца серебро 925 20 мм", "39.00", "Sterling silver 925 hoop earrings 20mm", "36.00"),
    (None, None, "Sterling silver 925 hoop earrings 30mm", "42.00"),
    ("Fossil Armband Edelstahl JF03409040", "49.00", None, None),
]

# Magnification x objective ("8x42"), focal ratios ("AR-102/1000").
OPTICS: list[Row] = [
    ("Zeiss Terra ED 8x42 Fernglas schwarz", "399.00", "ZEISS Terra ED 8x42 binoculars, black", "379.00"),
    (None, None, "ZEISS Terra ED 10x42 binoculars, black", "399.00"),
    (None, None, "ZEISS Terra ED 8x32 binoculars, black", "349.00"),
    ("Nikon Prostaff P3 10x42", "159.00", "Nikon PROSTAFF P3 10x42 Binoculars", "149.00"),
    (None, None, "Nikon PROSTAFF P7 10x42 Binoculars", "279.00"),
    ("Bresser Messier AR-102/1000 EXOS-1 Teleskop", "399.00", "Bresser Messier AR-102/1000 refractor telescope on EXOS-1 mount",
     "379.00"),
    (None, None, "Bresser Messier AR-102/600 refractor telescope on EXOS-1 mount", "349.00"),
    ("Bushnell Pro X3 Laser-Entfernungsmesser", "549.00", "Bushnell Pro X3 Laser Rangefinder (golf)", "519.00"),
    (None, None, "Bushnell Pro XE Laser Rangefinder (golf)", "449.00"),
    ("Jumelles Steiner Safari UltraSharp 10x26", "129.00", "Steiner Safari UltraSharp 10x26 compact binoculars", "119.00"),
    (None, None, "Steiner Safari UltraSharp 8x22 compact binoculars", "99.00"),
    ("Celestron NexStar 8SE", "1499.00", None, None),
]

HEATING_AND_CLIMATE: list[Row] = [
    ("Kermi Profil-K Flachheizkörper Typ 22 600 x 1000 mm", "189.00", "Kermi Profil-K compact radiator type 22, H 600 W 1000", "179.00"),
    (None, None, "Kermi Profil-K compact radiator type 22, H 600 W 800", "159.00"),
    (None, None, "Kermi Profil-K compact radiator type 33, H 600 W 1000", "249.00"),
    ("Danfoss RAW-K Thermostatkopf M30 x 1,5", "19.90", "Danfoss RAW-K thermostatic head M30x1.5 (013G5030)", "18.50"),
    (None, None, "Danfoss RAW-K thermostatic head M30x1.5 with zero position (013G5035)", "21.50"),
    ("De'Longhi Dragon 4 Ölradiator TRD4 1025 2500 W", "179.00", "DeLonghi Dragon4 oil-filled radiator 2500W TRD41025", "169.00"),
    (None, None, "DeLonghi Dragon4 oil-filled radiator 2000W TRD40820", "149.00"),
    ("Dyson Purifier Hot+Cool HP07 weiß/silber", "599.00", "Dyson Purifier Hot+Cool HP07, White/Silver", "569.00"),
    (None, None, "Dyson Purifier Hot+Cool HP07, Black/Nickel", "569.00"),
    (None, None, "Dyson Purifier Cool TP07, White/Silver", "449.00"),
    ("Klimagerät mobil Midea PortaSplit 12000 BTU", "999.00", "Midea PortaSplit portable air conditioner 3.5 kW (12,000 BTU)",
     "949.00"),
    ("tado Funk-Raumthermostat", "79.00", None, None),
]

FLOORING_AND_TILES: list[Row] = [
    ("Parador Laminat Classic 1050 Eiche natur 8 mm 2,131 m²", "34.90", "Parador Classic 1050 laminate Oak Natural 8mm, 2.131 m² per pack",
     "32.90"),
    (None, None, "Parador Classic 1050 laminate Oak Grey 8mm, 2.131 m² per pack", "32.90"),
    (None, None, "Parador Classic 1070 laminate Oak Natural 8mm, 2.131 m² per pack", "36.90"),
    ("Villeroy & Boch Bodenfliese Oak Park 20 x 120 cm greige", "49.90", "Villeroy & Boch Oak Park floor tile 20x120cm, greige", "46.90"),
    (None, None, "Villeroy & Boch Oak Park floor tile 30x120cm, greige", "54.90"),
    ("Selitac Trittschalldämmung 5 mm 5,4 m²", "24.99", "Selitac underlay 5mm, 5.4 sqm pack", "22.99"),
    (None, None, "Selitac underlay 3mm, 7 sqm pack", "22.99"),
    ("PCI Nanolight Fliesenkleber 25 kg", "39.90", "PCI Nanolight tile adhesive 25kg bag", "37.90"),
    (None, None, "PCI Nanolight tile adhesive 10kg bag", "19.90"),
    ("Płytki ścienne Cersanit Arte 25 x 40 cm białe połysk", "29.90", "Cersanit Arte white gloss wall tile 25x40 cm", "27.90"),
    (None, None, "Cersanit Arte white matt wall tile 25x40 cm", "27.90"),
    ("Sockelleiste MDF weiß 2,4 m 60 mm", "4.99", None, None),
]

# A scale written "1:10" and "1/10"; article numbers before or after the name.
MODELS_AND_3D_PRINTING: list[Row] = [
    ("Märklin 36641 Diesellok BR 261 H0", "169.00", "Märklin H0 36641 diesel locomotive class 261 Voith Gravita", "159.00"),
    (None, None, "Märklin H0 36642 diesel locomotive class 261 Voith Gravita, DB Cargo", "159.00"),
    ("Piko A-Gleis gerade G231 231 mm H0 55201", "2.99", "PIKO 55201 H0 A-track straight G231, 231 mm", "2.79"),
    (None, None, "PIKO 55202 H0 A-track straight G115, 115 mm", "2.29"),
    ("Tamiya TT-02 1:10 Bausatz Subaru BRZ", "149.00", "Tamiya 58702 1/10 RC Subaru BRZ TT-02 kit", "139.00"),
    (None, None, "Tamiya 1/24 Subaru BRZ plastic model kit", "29.00"),
    ("Prusament PLA Galaxy Black 1,75 mm 1 kg", "29.99", "Prusament PLA 1.75mm Galaxy Black 1kg spool", "28.99"),
    (None, None, "Prusament PETG 1.75mm Galaxy Black 1kg spool", "29.99"),
    (None, None, "Prusament PLA 1.75mm Galaxy Silver 1kg spool", "28.99"),
    ("Revell Modellbausatz Airbus A380-800 1:144", "49.99", "Revell 03808 Airbus A380-800 plastic model kit, 1/144", "46.99"),
    (None, None, "Revell Airbus A380-800 plastic model kit, 1/288", "19.99"),
    ("Bambu Lab A1 mini 3D-Drucker", "249.00", "Bambu Lab A1 Mini 3D Printer", "239.00"),
    (None, None, "Bambu Lab A1 Mini 3D Printer with AMS Lite combo", "349.00"),
    ("Faller 130248 Einfamilienhaus H0", "39.90", None, None),
]

# Our catalogue gives each book's ISBN; theirs gives none, or one only in a description.
BOOKS_WITH_AN_ISBN_ON_ONE_SIDE: list[Row] = [
    ("Tolkien, J.R.R.: Der Hobbit – Taschenbuch", "12.00",
     "Der Hobbit oder Hin und zurück, J. R. R. Tolkien, Klett-Cotta, Taschenbuch", "11.50", {"ours": {"gtin": ISBN_HOBBIT_TB}}),
    (None, None, "Der Hobbit oder Hin und zurück, J. R. R. Tolkien, Klett-Cotta, gebundene Ausgabe", "22.00"),
    (None, None, "The Hobbit, J. R. R. Tolkien, HarperCollins, paperback", "9.99"),
    ("Yuval Noah Harari – Eine kurze Geschichte der Menschheit", "14.00",
     "Harari, Eine kurze Geschichte der Menschheit (Pantheon TB)", "13.50",
     {"ours": {"gtin": ISBN_HARARI_TB}, "theirs": {"description": f"Taschenbuch, 528 Seiten. ISBN {_hyphenated_isbn(ISBN_HARARI_TB)}"}}),
    (None, None, "Harari, Homo Deus: Eine Geschichte von Morgen (Pantheon TB)", "14.50"),
    ("One Piece 1: Romance Dawn (Carlsen Manga)", "7.00", "One Piece Band 1 – Eiichiro Oda", "6.50",
     {"ours": {"gtin": ISBN_ONE_PIECE_1}}),
    (None, None, "One Piece Band 2 – Eiichiro Oda", "6.50"),
    (None, None, "One Piece Band 100 – Eiichiro Oda", "6.50"),
    ("Asterix Band 1: Asterix der Gallier", "6.99", "Goscinny/Uderzo: Asterix der Gallier (Asterix 1), broschiert", "6.50",
     {"ours": {"gtin": ISBN_ASTERIX_1}}),
    (None, None, "Goscinny/Uderzo: Asterix und Kleopatra (Asterix 2), broschiert", "6.50"),
    ("Duden – Die deutsche Rechtschreibung, 29. Auflage", "28.00",
     "Duden Band 1: Die deutsche Rechtschreibung (29., völlig neu bearbeitete Auflage 2024)", "27.00",
     {"ours": {"gtin": ISBN_DUDEN_29}}),
    (None, None, "Duden Band 1: Die deutsche Rechtschreibung (28. Auflage 2020)", "26.00"),
    ("J.K. Rowling – Harry Potter und der Stein der Weisen, gebunden", "20.00",
     "Harry Potter 1: Harry Potter und der Stein der Weisen (Carlsen, Hardcover)", "19.00", {"ours": {"gtin": ISBN_POTTER_1_HC}}),
    (None, None, "Harry Potter 1: Harry Potter und der Stein der Weisen (Carlsen, Taschenbuch)", "12.00",
     {"theirs": {"description": f"ISBN {_hyphenated_isbn(ISBN_POTTER_1_TB)}"}}),
    (None, None, "Harry Potter and the Philosopher's Stone (Bloomsbury, hardback)", "16.99"),
    ("Jamie Oliver: 5 Zutaten – Schnell & einfach", "24.99", None, None),
]

BABY_CLOTHING: list[Row] = [
    ("Petit Bateau Body kurzarm 3er-Pack weiß 6 Monate", "35.00",
     "Petit Bateau short-sleeve bodysuits, pack of 3, white, 6 months (67 cm)", "33.00"),
    (None, None, "Petit Bateau short-sleeve bodysuits, pack of 3, white, 12 months (74 cm)", "33.00"),
    (None, None, "Petit Bateau long-sleeve bodysuits, pack of 3, white, 6 months (67 cm)", "37.00"),
    ("Carter's Schlafanzug 2er-Pack Gr. 62/68 blau", "24.99", "Carter's 2-Pack Cotton Sleep & Play, size 62/68, blue", "22.99"),
    (None, None, "Carter's 2-Pack Cotton Sleep & Play, size 74/80, blue", "22.99"),
    ("Sterntaler Strickmütze Baby Gr. 43 beige", "12.99", "Sterntaler knitted baby hat, size 43 cm, beige", "11.99"),
    (None, None, "Sterntaler knitted baby hat, size 45 cm, beige", "11.99"),
    ("Body manches courtes Absorba 3 mois rose", "12.90", "Absorba short-sleeve bodysuit pink, 3 months", "11.90"),
    (None, None, "Absorba short-sleeve bodysuit pink, 6 months", "11.90"),
    ("Joha Wolle-Seide Body langarm 60 natur", "39.95", "JOHA wool silk long sleeve body, size 60, natural", "37.95"),
    (None, None, "JOHA wool silk long sleeve body, size 70, natural", "37.95"),
    ("Name It Winteroverall Gr. 86 schwarz", "59.99", None, None),
]

# A multipack written "4 x 115 g", "4x115g", "10er" or "case of 24"; a brand kept in its field.
GROCERY_MULTIPACKS: list[Row] = [
    ("Danone Activia Natur 4 x 115 g", "1.99", "Activia Natural Yogurt 4x115g", "1.85", {"theirs": {"brand": "Danone"}}),
    (None, None, "Activia Natural Yogurt 500g pot", "1.99", {"theirs": {"brand": "Danone"}}),
    (None, None, "Activia Strawberry Yogurt 4x115g", "1.85", {"theirs": {"brand": "Danone"}}),
    ("Gerolsteiner Sprudel 6 x 1,5 l PET", "5.94", "Gerolsteiner Sparkling mineral water 6 x 1.5L", "5.49"),
    (None, None, "Gerolsteiner Medium mineral water 6 x 1.5L", "5.49"),
    ("Kinder Riegel 10er Packung 210 g", "2.79", "Kinder Chocolate bars, 10 pack (10 x 21 g)", "2.59"),
    (None, None, "Kinder Chocolate bars, 4 pack (4 x 21 g)", "1.29"),
    ("Walkers Ready Salted Crisps 6 x 25 g", "1.50", "Walkers Ready Salted Multipack Crisps 6x25g", "1.45"),
    (None, None, "Walkers Cheese & Onion Multipack Crisps 6x25g", "1.45"),
    (None, None, "Walkers Ready Salted Multipack Crisps 22x25g", "4.50"),
    ("Red Bull Energy Drink 24 x 250 ml Dose", "29.99", "Red Bull Energy Drink, 250ml cans, case of 24", "27.99"),
    (None, None, "Red Bull Energy Drink Sugarfree, 250ml cans, case of 24", "27.99"),
    (None, None, "Red Bull Energy Drink, 355ml cans, case of 24", "39.99"),
    ("Kerrygold Original Irische Butter 250 g", "2.79", "Kerrygold Pure Irish Butter 250g", "2.59",
     {"ours": {"gtin": GTIN_KERRYGOLD_250}}),
    (None, None, "Kerrygold Pure Irish Butter 500g", "4.99", {"theirs": {"gtin": GTIN_KERRYGOLD_500}}),
    ("Ritter Sport Vollmilch 100 g", "1.49", None, None),
]

# A case or a screen protector for one phone is not the one for its larger sibling; a plan's
# contract length and data allowance.
PHONE_CASES_AND_PLANS: list[Row] = [
    ("Apple iPhone 15 Pro Silikon Case mit MagSafe Schwarz", "59.00", "Apple Silicone Case with MagSafe for iPhone 15 Pro - Black",
     "55.00"),
    (None, None, "Apple Silicone Case with MagSafe for iPhone 15 Pro Max - Black", "55.00"),
    (None, None, "Apple Silicone Case with MagSafe for iPhone 15 - Black", "55.00"),
    ("Spigen Ultra Hybrid Hülle Galaxy S24 Ultra transparent", "17.99", "Spigen Ultra Hybrid case for Samsung Galaxy S24 Ultra, Crystal Clear",
     "16.99"),
    (None, None, "Spigen Ultra Hybrid case for Samsung Galaxy S24+, Crystal Clear", "15.99"),
    ("PanzerGlass Displayschutz iPhone 15 Ultra-Wide Fit 2 Stück", "29.99", "PanzerGlass screen protector iPhone 15, Ultra-Wide Fit, 2-pack",
     "27.99"),
    (None, None, "PanzerGlass screen protector iPhone 15, Ultra-Wide Fit, 1-pack", "19.99"),
    ("Anker 737 Powerbank 24.000 mAh 140 W", "109.99", "Anker 737 Power Bank (PowerCore 24K) 24000mAh 140W", "99.99"),
    (None, None, "Anker 733 Power Bank (GaNPrime PowerCore 65W) 10000mAh", "79.99"),
    ("o2 Mobile M SIM-only 24 Monate 30 GB 5G", "19.99", "O2 Mobile M 30GB 5G SIM Only, 24-month contract", "18.99"),
    (None, None, "O2 Mobile M 30GB 5G SIM Only, 1-month rolling", "24.99"),
    (None, None, "O2 Mobile L 60GB 5G SIM Only, 24-month contract", "29.99"),
    ("Belkin BoostCharge Pro 3-in-1 MagSafe 15 W", "149.99",
     "Belkin BOOST CHARGE PRO 3-in-1 Wireless Charging Pad with MagSafe 15W (WIZ017)", "139.99"),
    ("OtterBox Defender iPhone 14 schwarz", "49.99", None, None),
]

# A chainsaw's bar in centimetres against inches; a telescopic length range with no unit.
GARDEN_TOOLS: list[Row] = [
    ("Stihl MS 251 Motorsäge 40 cm Schwert", "549.00", 'STIHL MS 251 chainsaw, 16" bar', "529.00"),
    (None, None, 'STIHL MS 251 chainsaw, 18" bar', "539.00"),
    (None, None, 'STIHL MS 211 chainsaw, 16" bar', "449.00"),
    ("Felco Nr. 2 Gartenschere", "59.90", "FELCO 2 Classic Secateurs", "55.90"),
    (None, None, "FELCO 8 Classic Secateurs", "59.90"),
    ("Bosch AdvancedHedgeCut 36 Akku-Heckenschere 65 cm", "299.00",
     "Bosch AdvancedHedgeCut 36V-65-28 cordless hedge trimmer, 65cm blade", "279.00"),
    (None, None, "Bosch UniversalHedgeCut 18V-50 cordless hedge trimmer, 50cm blade", "149.00"),
    ("Makita DUR181Z Akku-Rasentrimmer 18 V", "89.00", "Makita DUR181Z 18V LXT Line Trimmer - Body Only", "84.00"),
    (None, None, "Makita DUR181RF 18V LXT Line Trimmer with 3.0Ah battery and charger", "169.00"),
    ("Gardena Teleskop-Astschere TeleCut 520-670 B", "69.99", "Gardena TeleCut 520-670 B telescopic lopper", "64.99"),
    (None, None, "Gardena TeleCut 650-900 B telescopic lopper", "79.99"),
    ("Sekator Fiskars PowerGear X PX92", "49.99", "Fiskars PowerGear X bypass pruner PX92", "46.99"),
    ("Spear & Jackson Gartenhacke", "19.99", None, None),
]

# The fifth batch's leftovers (its note, "noticed and left alone"), written anew: a decimal comma
# between digits ("BC 8,6"), one shoe in EU and UK sizes, a one-digit or two-digit series written
# apart ("V 15", "WD 5"), letter groups written apart ("SB 18 LT BL"), a bed's size written apart,
# and a second listing of their shop that adds one word ("Polarized", another expansion's name).
LEFTOVERS: list[Row] = [
    ("Biofinity Kontaktlinsen 6 Stück BC 8,6 -3,25 dpt", "29.90", "Biofinity contact lenses, 6 pack, BC 8.6, PWR -3.25", "27.90"),
    (None, None, "Biofinity contact lenses, 6 pack, BC 8.6, PWR -3.50", "27.90"),
    ("Adidas Samba OG Herren Sneaker weiß EU 42", "109.00", "adidas Samba OG Men's Trainers White UK 8", "104.00"),
    (None, None, "adidas Samba OG Men's Trainers White UK 9", "104.00"),
    ("Dyson V 15 Detect Absolute Akkusauger", "699.00", "Dyson V15 Detect Absolute cordless vacuum", "669.00"),
    (None, None, "Dyson V12 Detect Slim Absolute cordless vacuum", "549.00"),
    ("Kärcher WD 5 Nass-Trockensauger", "199.00", "Kärcher WD5 wet and dry vacuum cleaner", "189.00"),
    (None, None, "Kärcher WD6 P S wet and dry vacuum cleaner", "269.00"),
    ("Metabo SB 18 LT BL Akku-Schlagbohrschrauber ohne Akku", "139.00", "Metabo SB18LTBL 18V cordless combi drill, body only", "129.00"),
    (None, None, "Metabo SB18LTX BL I 18V cordless combi drill, body only", "219.00"),
    ("Castell Jersey Spannbettlaken 140 x 200 cm grau", "19.99", "CASTELL jersey fitted sheet 140x200cm grey", "17.99"),
    (None, None, "CASTELL jersey fitted sheet 180x200cm grey", "24.99"),
    ("Ray-Ban Clubmaster RB3016 W0365 51 mm", "149.00", "Ray-Ban Clubmaster Classic RB3016 W0365 51-21 Black/Gold, Green", "139.00"),
    (None, None, "Ray-Ban Clubmaster Classic RB3016 990/58 51-21 Tortoise, Polarized Green", "189.00"),
    ("Carcassonne Erweiterung 2 Händler & Baumeister", "14.99", "Carcassonne – Händler & Baumeister (2. Erweiterung)", "13.99"),
    (None, None, "Carcassonne – Burgfräulein und Drache (3. Erweiterung)", "17.99"),
]

KINDS: dict[str, list[Row]] = {
    "art supplies": ART_SUPPLIES, "kitchen knives": KITCHEN_KNIVES, "timber and boards": TIMBER_AND_BOARDS,
    "aquarium and pet supplies": AQUARIUM_AND_PET_SUPPLIES, "yarn and sewing": YARN_AND_SEWING, "fishing": FISHING,
    "motor oil and car care": MOTOR_OIL_AND_CAR_CARE, "medical and first aid": MEDICAL_AND_FIRST_AID, "jewellery": JEWELLERY,
    "optics": OPTICS, "heating and climate": HEATING_AND_CLIMATE, "flooring and tiles": FLOORING_AND_TILES,
    "models and 3D printing": MODELS_AND_3D_PRINTING, "books, ISBN on one side": BOOKS_WITH_AN_ISBN_ON_ONE_SIDE,
    "baby clothing": BABY_CLOTHING, "grocery multipacks": GROCERY_MULTIPACKS, "phone cases and plans": PHONE_CASES_AND_PLANS,
    "garden tools": GARDEN_TOOLS, "leftovers": LEFTOVERS,
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
    counts, found, truth = read_kind(tmp_path / "kind", rows)
    return counts, found, truth


@pytest.mark.xfail(strict=True, reason="the earlier batches found 0.55-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


@pytest.mark.xfail(strict=True, reason="a length in inches is not read as the same length in centimetres")
def test_a_length_in_inches_is_the_length_in_centimetres(tmp_path):
    # 8" is 20.3 cm, a 16" chainsaw bar is sold as 40 cm, a 3.5" lure is 9 cm: one product.
    rows = [row for row in KITCHEN_KNIVES[:3] + GARDEN_TOOLS[:3] + FISHING[10:12]]
    counts, found, truth = _pairs(tmp_path, rows)
    assert counts["true matched"] + counts["true proposed"] == len(truth) and not counts["wrong matched"], found


@pytest.mark.xfail(strict=True, reason="a title carrying no ISBN is matched on wording only, and editions share it")
def test_a_book_with_its_isbn_on_one_side_is_found_and_its_other_editions_are_not(tmp_path):
    counts, found, truth = _pairs(tmp_path, BOOKS_WITH_AN_ISBN_ON_ONE_SIDE)
    assert counts["true matched"] + counts["true proposed"] == len(truth), found
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


def test_a_case_for_one_phone_is_not_the_case_for_its_larger_sibling(tmp_path):
    counts, found, truth = _pairs(tmp_path, PHONE_CASES_AND_PLANS)
    assert not counts["wrong matched"], found


# Expected to pass when written; at first reading it failed: "5W-30", a grade every maker's oil
# carries, is read as a model code where few listings carry it (here 3 of 10), and their Castrol
# EDGE 5W-30 1L was matched to our Mobil 1 ESP 5W-30 1 l as a second listing of their Mobil one.
# Passes since the nineteenth session ("codes"): with no brand field on either side, two titles
# whose first words each name a maker the other lacks share no model code in a grade
# (`scoring._first_words_apart`).
def test_a_viscosity_grade_or_a_magnification_tells_two_products_apart(tmp_path):
    counts, found, truth = _pairs(tmp_path, MOTOR_OIL_AND_CAR_CARE[:5] + OPTICS[:5])
    assert not counts["wrong matched"], found


def test_a_code_written_only_in_their_description_finds_its_product(tmp_path):
    # Their necklace, earrings and oil name the article number in the description only.
    counts, found, truth = _pairs(tmp_path, JEWELLERY[5:9] + MOTOR_OIL_AND_CAR_CARE[9:11])
    assert counts["true matched"] + counts["true proposed"] == len(truth), found
    assert not counts["wrong matched"], found


# --- the mends, each a rule for any shop, with the pairs that showed it ------------------------


# A strict xfail until the twenty-first session (bench/history/matching.md, "kinds6", "dupes", "dupes2"): every
# number apart read as a variant lowered amazon-google after 100 answers (0.735 -> 0.732); the
# size 12 is now a variant because our title writes the 8 their size 8 writes and not the 12 their
# other listing writes in its place (`replaced_words.our_word_replaced`).
def test_two_listings_of_one_shop_apart_by_a_number_are_variants(workspace, tmp_path):
    # Their hooks "size 8" and "size 12" share the code LS-2210 and "numbers differ: 8 vs 12" is
    # weighed only (0.05 under a shared code), so the size 12 is taken as a second listing of the
    # size 8 our product matched, and matched with it (0.90). A shop writes its own listings alike:
    # a number that parts two of them is a size it sells apart, to be put to a person, never matched.
    ours, theirs, _ = catalogues_of(FISHING[8:10])
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O0", "T0")]["status"] == "matched", found
    assert found.get(("O0", "T1"), {}).get("status") != "matched", found


def test_two_colours_joined_by_a_slash_are_read(workspace, tmp_path):
    # "White/Silver" and "Black/Nickel" were one piece each, no colour: their HP07 in Black/Nickel
    # was matched (0.96) as a second listing of the White/Silver one our product took.
    assert extract("Dyson Purifier Hot+Cool HP07, White/Silver").colours == {"white", "silver"}
    assert extract("Dyson Purifier Hot+Cool HP07 weiß/silber").colours == {"white"}
    ours, theirs, _ = catalogues_of(HEATING_AND_CLIMATE[7:10])
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O0", "T0")]["status"] == "matched", found
    assert ("O0", "T1") not in found, found


def test_a_models_scale_tells_two_kits_apart(workspace, tmp_path):
    # "1:144" and "1/288" were read as nothing, so the 1/288 kit of one Airbus code was matched
    # (0.97) as a second listing of the 1/144 one; "1:10" is "1/10", and a fraction stays one.
    assert extract("Revell Modellbausatz Airbus A380-800 1:144").quantities["scale"] == {144.0}
    assert extract("Tamiya 58702 1/10 RC Subaru BRZ TT-02 kit").quantities["scale"] == {10.0}
    for title in ('GARDENA Classic Hose 13 mm (1/2"), 20 m', "drill bit 1/16 inch", "10/100 Ethernet switch"):
        assert "scale" not in extract(title).quantities, title
    ours, theirs, _ = catalogues_of(MODELS_AND_3D_PRINTING[9:11] + MODELS_AND_3D_PRINTING[4:6])
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O0", "T0")]["status"] == "matched" and found[("O2", "T2")]["status"] == "matched", found
    assert ("O0", "T1") not in found and ("O2", "T3") not in found, found


def test_a_catalogue_that_writes_decimal_commas_is_read_so(workspace, tmp_path):
    # Our "BC 8,6 -3,25 dpt" read as the numbers 8, 6, 3 and 25 against their "BC 8.6, PWR
    # -3.25" ("numbers differ"), and our "5,4 m²" as 5 and 4 against "5.4 sqm": both missed. A
    # catalogue that writes more decimal commas than points is read as writing its bare numbers
    # so ("8,6" is 8.6, "24.000" is 24000); one of many shops' titles, or of English ones, as before.
    assert writes_decimal_commas(["Rahmenholz 44 x 44 mm 2,4 m", "Kontaktlinsen BC 8,6", "Pflaster 40 Strips"])
    assert not writes_decimal_commas(["Kontaktlinsen BC 8,6", "contact lenses BC 8.6", "PWR -3.25"])
    assert with_decimal_points("Biofinity BC 8,6 -3,25 dpt, 0,75 l") == "Biofinity BC 8.6 -3.25 dpt, 0,75 l"
    assert with_decimal_points("Anker 737 Powerbank 24.000 mAh") == "Anker 737 Powerbank 24000 mAh"
    rows = [LEFTOVERS[0], LEFTOVERS[1], FLOORING_AND_TILES[5], FLOORING_AND_TILES[6]]
    ours, theirs, truth = catalogues_of(rows)
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert truth <= found.keys(), found
    assert not found.keys() - truth, found


# Tried and not kept (bench/history/matching.md, "kinds6" and "blocking"): with such words ranked last,
# or with a query keeping at least its one or two rarest tokens the index holds, the pair is a
# candidate and matched, and candidate recall rises on the shared sets (Amazon-Google 0.9708 ->
# 0.9769 / 0.9708 / 0.9731); but in each form a zero-touch view falls: Amazon-Google's swapped view
# 0.669 -> 0.668 / 0.668 / 0.667 (titles that found nothing now find a candidate, and two of them,
# each the other's best by wording, are matched at 0.36), and ranked last, Walmart-Amazon 0.865 ->
# 0.864 (a variant listing, SF650P-S, took the true SF650's place).
@pytest.mark.xfail(strict=True, reason="a query's tokens the index lacks still take places among its rarest")
def test_a_title_of_words_the_other_catalogue_never_writes_still_queries_with_the_ones_it_writes(workspace, tmp_path):
    # Blocking queries the index with each title's 8 rarest tokens, and a token the index does not
    # hold counts as the rarest of all (dropped for finding nothing). Ours, "De'Longhi Dragon 4
    # Ölradiator TRD4 1025 2500 W", holds eight tokens their English catalogue never writes
    # ("olradiator", "trd4", "1025"...), so "2500w", the one token both write, was left out of both
    # queries: no candidate, though the two share the code TRD41025 ("TRD4 1025" written in groups).
    from benchmark.matching.candidates import candidate_pairs

    ours = [extract("De'Longhi Dragon 4 Ölradiator TRD4 1025 2500 W")]
    theirs = [extract("DeLonghi Dragon4 oil-filled radiator 2500W TRD41025"),
              extract("DeLonghi Dragon4 oil-filled radiator 2000W TRD40820")]
    pairs, _ = candidate_pairs(ours, theirs, [None], [None, None])
    assert (0, 0) in pairs, pairs
    ours, theirs, _ = catalogues_of(HEATING_AND_CLIMATE[5:7])
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found[("O0", "T0")]["status"] == "matched" and ("O0", "T1") not in found, found


@pytest.mark.xfail(strict=True, reason="a query's tokens the index lacks still take places among its rarest")
def test_a_parts_number_among_words_the_other_catalogue_never_writes_is_compared(workspace, tmp_path):
    # The second batch's car parts: our "Bremsbeläge vorne VW Golf V / VI, OE 1K0 698 151 A" writes
    # nine tokens their catalogue lacks ("bremsbelage", "vorne", "oe", "1k0", "698"...), which took
    # every place of its query from "golf" and "vw"; their "Vergleichsnummer 1K0698151A" was never
    # compared, though the number written in groups is the one they write whole. Found by the
    # forms tried above (except a single place kept for the rarest held token), matched at 0.88.
    from tests.test_matching_kinds2 import CAR_PARTS

    ours, theirs, _ = catalogues_of(CAR_PARTS)
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert found.get(("O0", "T0"), {}).get("status") == "matched", found
    assert not {pair for pair in found if pair[0] == "O0"} - {("O0", "T0")}, found


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_sixth_batch_read_through_the_commands(tmp_path):
    # At first reading (main at af4ba74, before any rule written on this batch): 50 of 110 true
    # pairs found (29 matched, 21 proposed), 60 missed; 4 variants matched (each a second listing
    # of their shop taken as the one our product took: hooks size 12 for size 8, an HP07 in
    # Black/Nickel for White/Silver, a 1/288 kit for the 1/144 one, a polarised Clubmaster) and 3
    # proposed.
    # After the mends above: 52 found (29 matched, 23 proposed), 58 missed, 2 variants matched (the
    # hooks, the polarised Clubmaster), 3 proposed.
    # The twenty-first session ("dupes", "dupes2"): the hooks and the Clubmaster put to a person as variants of
    # the listing our product took (our title writes the size and lens their other listing
    # replaces): 0 variants matched, 5 proposed.
    # The twenty-ninth session, the wording gate at even odds (`WordingEvidence.worth_asking`: where its
    # bounds do not let a shop's wording match but its nulls at even odds show the candidates right more
    # often than not, the candidates both views of the titles agree on are proposed): 4 more true pairs
    # found (53 proposed) and a sixth variant proposed, our "Metabo SB 18 LT BL" with their "SB18LTX BL I"
    # (0.32), a code one letter and a word apart written apart on one side.
    # Nothing at the catalogue level tells it apart: the gate's counts in this catalogue are no weaker
    # than in those whose true pairs the same reading finds (bench/history/matching.md, twenty-eighth
    # session, tongues2), and the comparison does not read the difference between the two titles.
    total = read_the_batch(tmp_path)
    assert total["wrong matched"] <= 0 and total["wrong proposed"] <= 6, total
    assert total["true matched"] >= 29 and total["true matched"] + total["true proposed"] >= 52, total


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds6 [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading(KINDS)
