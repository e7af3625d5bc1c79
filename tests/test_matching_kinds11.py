"""An eleventh batch of catalogues of other kinds, written before the matcher read them, so that
their first reading is a figure on catalogues the matching rules were not written on. Four kinds
none of the ten rounds held, each a small shop's catalogue (ours 17-23 products, theirs 33-41
listings), each competitor writing as one real kind of shop writes: ice hockey (a Finnish hockey
shop, its kind of product joined to the model with a hyphen as Finnish titles join it: "Bauer
Vapor Hyperlite2 Sr -komposiittimaila 77 P92 L", "Bauer Supreme M5 Pro Sr -luistimet 8.5 Fit 2",
"CCM Tacks 720 -kypärä musta M", the hand as "L" / "R" or "vasen" / "oikea"), beekeeping (a
Romanian shop in lei: "Stup Dadant 10 rame complet, lemn de tei", "Faguri artificiali Dadant cuib
1 kg", "Extractor Lyson 4 rame tangențial manual inox", "Combinezon apicultor cu mască tip
astronaut"), welding (a Czech shop in koruna: "Svářecí invertor ESAB Rogue ES 200i PRO",
"Elektrody ESAB OK 46.00 2,5x350 mm (4,8 kg)", "Svařovací drát ... 0,8 mm 15 kg", "Samostmívací
kukla", "Průvlak M6 x 25 0,8 mm CuCrZr (10 ks)"), badminton (a Vietnamese shop in dong: "Vợt cầu
lông Yonex Astrox 88D Pro 4U5 chính hãng", "Ống cầu lông Yonex AS-30 (12 quả) tốc độ 77", "Giày
cầu lông Yonex SHB 65Z3 nam trắng size 42", "Cước cầu lông Yonex BG65 trắng (10m)").

Each catalogue is a list of rows as `tests/kinds_batches.py` reads them: (our title, our price,
their title, their price[, {"ours": {...}, "theirs": {...}}]). A row with both titles is one
product in both shops, worded as each shop words it; a row with one title is a variant only one
shop sells (another flex, curve, hand, size, fit, width or colour of a stick, skate, helmet,
glove or pad; another frame count, body, weight, size or drive of a hive, frame, foundation,
extractor or suit; another diameter, length, pack, grade or model of an electrode, wire, tip,
torch, helmet or welder; another weight, balance, speed, gender, colour or pack of a racket,
shuttle, shoe, string or grip) and has no counterpart: matching it to anything is a wrong pair.
Shared strings that name no product stand in many titles on purpose: "Sr", "P92", "77", "Fit 2",
"musta", "Dadant", "10 rame", "inox", "SG2", "E6013", "CuCrZr", "DIN 9-13", "4U5", "(12 quả) tốc
độ 77", "chính hãng". Units and sizes are written as each shop writes them: "14 Zoll" / "14\"",
"Ø 100 mm" / "Ø100 mm", "2,5 x 350 mm" / "2,5x350 mm", "4U G5" / "4U5", "12er Dose" / "12 quả",
"Honigglas 500 g" / "370 ml" (the 370 ml only in our description), "Super Grap" / "AC102EX",
"Power Cushion 65 Z3" / "SHB 65Z3", "Pro Racket Bag 92429" / "BA92429", "Li-Ning" / "Lining".

Each competitor lists one of our products twice (`SECOND_LISTINGS`: another word order and the
model written apart, "Hyperlite 2"; the brand last; the rod's length left out), both listings
true pairs of ours, and lists two products of ours whose titles differ by one word, letter or
code in both shops ("P92" / "P28", "manual" / "electric", "ES 200i PRO" / "ET 200iP PRO", "88D" /
"88S"), beside siblings one word, letter or number apart ("FT7 Pro" / "FT7", "Tacks 720" /
"Tacks 720 Combo", "LX2 Pro" / "LX2 Comp", "cuib" / "magazie", "Combinezon" / "Bluză", "OK 46.00"
/ "OK 48.00", "9100XX" / "9100X", "Minarc Evo 180" / "MinarcTig Evo 200", "Argon/CO2" / "kyslík",
"88D Pro" / "88D Game", "BG65" / "BG65 Titanium", "Ryuga II" / "Ryuga Metallic").
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import (
    Catalogues,
    Row,
    check_the_rows,
    check_the_shape,
    every_catalogue_priced,
    gtin_with_check_digit,
    holds_its_first_reading,
    read_rows_priced,
)
from tests.kinds_batches import read_the_batch as _read_the_batch

GTIN_RENFREW_WHITE = gtin_with_check_digit("062850210024")
GTIN_APIINVERT_16 = gtin_with_check_digit("400759600161")
GTIN_APIVAR_10 = gtin_with_check_digit("376007160010")
GTIN_FRONIUS_2200 = gtin_with_check_digit("900276122000")
GTIN_NANOFLARE_800_PRO = gtin_with_check_digit("494546700800")

# A German hockey shop against a Finnish one, both in euros: the kind joined to the model with a
# hyphen ("-komposiittimaila" composite stick, "-maila" stick, "-luistimet" skates, "-kypärä"
# helmet, "-hanskat" gloves, "-säärisuojat" shin guards, "-housut" pants, "-kyynärsuojat" elbow
# pads, "-kaulasuoja" neck guard, "-teräsuojat" blade guards), "kiekko" a puck, "mailateippi"
# stick tape, "musta" / "valkoinen" / "sininen" black / white / blue, "kpl" pieces; the hand as
# "L" / "R" where we write "links" / "rechts", the age class as "Sr" / "Int" / "Jr".
HOCKEY: list[Row] = [
    ("Bauer Vapor Hyperlite2 Composite-Schläger Senior Flex 77 P92 links", "299.95", "Bauer Vapor Hyperlite2 Sr -komposiittimaila 77 P92 L",
     "289.90"),
    (None, None, "Bauer Vapor Hyperlite2 Sr -komposiittimaila 77 P92 R", "289.90"),
    (None, None, "Bauer Vapor Hyperlite2 Sr -komposiittimaila 87 P92 L", "289.90"),
    (None, None, "Bauer Vapor Hyperlite2 Int -komposiittimaila 65 P92 L", "259.90"),
    ("Bauer Vapor Hyperlite2 Composite-Schläger Senior Flex 77 P28 links", "299.95", "Bauer Vapor Hyperlite2 Sr -komposiittimaila 77 P28 L",
     "289.90"),
    ("CCM Jetspeed FT7 Pro Composite-Schläger Intermediate Flex 55 P29 rechts", "249.95", "CCM Jetspeed FT7 Pro Int -maila 55 P29 oikea",
     "239.90"),
    (None, None, "CCM Jetspeed FT7 Int -maila 55 P29 oikea", "179.90"),
    (None, None, "CCM Jetspeed FT7 Pro Jr -maila 40 P29 oikea", "159.90"),
    ("Bauer Supreme M5 Pro Schlittschuhe Senior Größe 8.5 Fit 2", "549.95", "Bauer Supreme M5 Pro Sr -luistimet 8.5 Fit 2", "529.90"),
    (None, None, "Bauer Supreme M5 Pro Sr -luistimet 8.5 Fit 3", "529.90"),
    (None, None, "Bauer Supreme M5 Pro Sr -luistimet 9 Fit 2", "529.90"),
    (None, None, "Bauer Supreme M4 Sr -luistimet 8.5 Fit 2", "399.90"),
    ("CCM Tacks XF 80 Schlittschuhe Senior 9.0 D (normale Weite)", "349.95", "CCM Tacks XF 80 Sr -luistimet 9 D", "339.90"),
    (None, None, "CCM Tacks XF 80 Sr -luistimet 9 EE", "339.90"),
    ("CCM Tacks 720 Helm schwarz M", "119.95", "CCM Tacks 720 -kypärä musta M", "114.90"),
    (None, None, "CCM Tacks 720 -kypärä valkoinen M", "114.90"),
    (None, None, "CCM Tacks 720 -kypärä musta L", "114.90"),
    (None, None, "CCM Tacks 720 Combo -kypärä musta M", "149.90"),
    ("Warrior Alpha LX2 Pro Handschuhe Senior 14 Zoll schwarz", "189.95", "Warrior Alpha LX2 Pro Sr -hanskat 14\" musta", "179.90"),
    (None, None, "Warrior Alpha LX2 Pro Sr -hanskat 13\" musta", "179.90"),
    (None, None, "Warrior Alpha LX2 Comp Sr -hanskat 14\" musta", "119.90"),
    ("Bauer Vapor Hyperlite2 Schienbeinschoner Senior 15 Zoll", "199.95", "Bauer Vapor Hyperlite2 Sr -säärisuojat 15\"", "189.90"),
    (None, None, "Bauer Vapor Hyperlite2 Sr -säärisuojat 16\"", "189.90"),
    ("Bauer Supreme Mach Hose Senior M schwarz", "249.95", "Bauer Supreme Mach Sr -housut musta M", "239.90"),
    (None, None, "Bauer Supreme Mach Sr -housut musta L", "239.90"),
    ("CCM Tacks XF Pro Ellbogenschoner Senior L", "149.95", "Tacks XF Pro Sr -kyynärsuojat L", "139.90", {"theirs": {"brand": "CCM"}}),
    (None, None, "Tacks XF Pro Sr -kyynärsuojat M", "139.90", {"theirs": {"brand": "CCM"}}),
    ("Inglasco offizieller Spielpuck schwarz 6 Stück", "14.95", "Inglasco virallinen pelikiekko musta 6 kpl", "13.90"),
    (None, None, "Inglasco harjoituskiekko sininen 6 kpl", "13.90"),
    ("Renfrew Schlägertape 24 mm x 25 m weiß", "3.95", "Renfrew mailateippi 24mm x 25m valkoinen", "3.90",
     {"ours": {"gtin": GTIN_RENFREW_WHITE}}),
    (None, None, "Renfrew mailateippi 24mm x 25m musta", "3.90"),
    (None, None, "Renfrew mailateippi 36mm x 25m valkoinen", "4.90"),
    ("Bauer Prodigy Halsschutz Junior", "24.95", "Bauer Prodigy Jr -kaulasuoja", "22.90"),
    ("A&R Kufenschoner Senior schwarz", "9.95", "A&R Sr -teräsuojat musta", "8.90"),
    ("Bauer Vapor Hyperlite2 Composite-Schläger Senior Flex 70 P92 links", "299.95", None, None),
    ("CCM Tacks XF 80 Schlittschuhe Senior 8.0 D (normale Weite)", "349.95", None, None),
    ("Warrior Covert QR6 Team Schläger Junior Flex 40 W03 links", "99.95", None, None),
    ("CCM Super Tacks X Helm weiß L", "229.95", None, None),
    ("Bauer Elite Carry Bag Senior schwarz", "79.95", None, None),
    (None, None, "Sherwood Code TMP Pro Sr -maila 85 PP26 L", "199.90"),
    (None, None, "True Catalyst 9X3 Sr -luistimet 8.5 Fit 2", "699.90"),
    (None, None, "Bauer Nexus Sync Sr -komposiittimaila 77 P92 L", "279.90"),
    (None, None, "Warrior Covert PX2 -kypärä musta M", "99.90"),
]

# A German beekeeping shop against a Romanian one in lei: "stup" hive, "rame" frames, "cuib" brood
# box, "magazie" honey super, "faguri artificiali" foundation, "afumător" smoker, "extractor"
# (tangențial, manual / electric), "maturator" settling tank, "combinezon" / "bluză apicultor" suit
# / jacket, "mască tip astronaut" the round veil, "mănuși" gloves, "plicuri" sachets, "benzi"
# strips, "borcan" jar, "furculiță descăpăcit" uncapping fork, "daltă apicolă" hive tool, "buc"
# pieces; most products no maker's, "Dadant" and "10 rame" in many titles.
BEEKEEPING: list[Row] = [
    ("Dadant Beute 10 Waben komplett Holz", "129.00", "Stup Dadant 10 rame complet, lemn de tei", "549.00"),
    (None, None, "Stup Dadant 12 rame complet, lemn de tei", "619.00"),
    (None, None, "Stup Langstroth 10 rame complet, lemn de tei", "529.00"),
    ("Dadant Rähmchen Brutraum gedrahtet 10 Stück", "14.90", "Rame Dadant cuib sârmuite (set 10 buc)", "59.00"),
    (None, None, "Rame Dadant magazie sârmuite (set 10 buc)", "49.00"),
    ("Mittelwände Dadant Brutraum 1 kg", "24.90", "Faguri artificiali Dadant cuib 1 kg", "99.00"),
    (None, None, "Faguri artificiali Dadant magazie 1 kg", "99.00"),
    (None, None, "Faguri artificiali Dadant cuib 5 kg", "479.00"),
    ("Lyson Smoker Edelstahl Ø 100 mm mit Schutzgitter", "32.90", "Afumător Lyson inox Ø100 mm cu apărătoare", "139.00"),
    (None, None, "Afumător Lyson inox Ø80 mm cu apărătoare", "119.00"),
    ("Lyson Honigschleuder 4 Waben tangential manuell Edelstahl", "389.00", "Extractor Lyson 4 rame tangențial manual inox", "1790.00",
     {"ours": {"mpn": "W2040"},
      "theirs": {"description": "Cod producător: W2040. Extractor tangențial cu acționare manuală, cuvă inox Ø 500 mm."}}),
    ("Lyson Honigschleuder 4 Waben tangential elektrisch Edelstahl", "699.00", "Extractor Lyson 4 rame tangențial electric inox", "3190.00",
     {"ours": {"mpn": "W2040E"}, "theirs": {"description": "Cod producător: W2040E. Motor 230 V, cuvă inox Ø 500 mm."}}),
    (None, None, "Extractor Lyson 6 rame tangențial manual inox", "2390.00"),
    ("Lyson Abfüllbehälter 50 kg Edelstahl mit Quetschhahn", "119.00", "Maturator Lyson inox 50 kg cu robinet", "529.00"),
    (None, None, "Maturator Lyson inox 100 kg cu robinet", "799.00"),
    ("Imkeranzug mit Fechterhaube Baumwolle Größe XL", "69.90", "Combinezon apicultor cu mască tip astronaut, bumbac, mărimea XL", "299.00"),
    (None, None, "Combinezon apicultor cu mască tip astronaut, bumbac, mărimea L", "299.00"),
    (None, None, "Bluză apicultor cu mască tip astronaut, bumbac, mărimea XL", "169.00"),
    ("Imkerhandschuhe Ziegenleder Größe 10", "14.90", "Mănuși apicultor din piele de capră mărimea 10", "59.00"),
    (None, None, "Mănuși apicultor din piele de capră mărimea 9", "59.00"),
    ("Apiinvert Bienenfuttersirup 16 kg Bag-in-Box", "27.90", "Apiinvert sirop pentru hrănirea albinelor 16 kg", "129.00",
     {"ours": {"gtin": GTIN_APIINVERT_16}}),
    (None, None, "Apiinvert sirop pentru hrănirea albinelor 28 kg", "209.00"),
    ("Apifonda Futterteig 2,5 kg", "6.90", "Apifonda turtă pentru albine 2,5 kg", "32.00"),
    (None, None, "Apifonda turtă pentru albine 12,5 kg (5 x 2,5 kg)", "149.00"),
    ("Apiguard Varroa-Gel 10 Schalen à 50 g", "34.90", "Apiguard 10 plicuri x 50 g", "159.00"),
    (None, None, "Apiguard găleată 3 kg", "599.00"),
    ("Apivar Varroa-Streifen 10 Stück", "29.90", "Apivar 10 benzi", "129.00", {"ours": {"gtin": GTIN_APIVAR_10}, "theirs": {"gtin": GTIN_APIVAR_10}}),
    (None, None, "Apivar 50 benzi", "559.00"),
    ("Nicot Zusetzkäfig 10 Stück", "7.90", "Cuști Nicot pentru introducerea mătcii 10 buc", "35.00"),
    ("Honigglas 500 g mit Twist-Off-Deckel 12 Stück", "11.90", "Borcan sticlă 370 ml cu capac twist-off (set 12 buc)", "49.00",
     {"ours": {"description": "Inhalt 370 ml, für 500 g Honig; Deckel TO 70."}}),
    (None, None, "Borcan sticlă 800 ml cu capac twist-off (set 12 buc)", "69.00"),
    ("Entdeckelungsgabel Edelstahl", "6.90", "Furculiță descăpăcit inox", "29.00"),
    (None, None, "Cuțit descăpăcit electric 230 V", "259.00"),
    ("Stockmeißel Edelstahl 25 cm", "7.50", "Daltă apicolă inox 25 cm", "32.00"),
    ("Oxuvar 5,7 % Oxalsäure-Lösung 275 g", "12.90", "Oxuvar 5,7% acid oxalic 275 g", "55.00"),
    (None, None, "Oxuvar 5,7% acid oxalic 1000 g", "139.00"),
    ("Zander Beute 10 Waben komplett Holz", "139.00", None, None),
    ("Lyson Honigschleuder 3 Waben tangential manuell Edelstahl", "339.00", None, None),
    ("Imkerschleier rund mit Hut", "12.90", None, None),
    ("Dadant Varroa-Gitterboden 10 Waben", "24.90", None, None),
    ("Königinnen-Absperrgitter Dadant Kunststoff", "4.90", None, None),
    (None, None, "Fund antivarroa Langstroth 10 rame", "89.00"),
    (None, None, "Miere de salcâm 1 kg", "45.00"),
    (None, None, "Hrănitor plastic 2 l pentru capac", "19.00"),
    (None, None, "Colector de polen la urdiniș Dadant", "49.00"),
]

# A German welding shop against a Czech one in koruna: "svářecí invertor" / "svářečka" welder,
# "elektrody" electrodes, "svařovací drát" wire, "samostmívací kukla" auto-darkening helmet,
# "průvlak" contact tip, "svařovací hořák" torch, "redukční ventil" regulator ("kyslík" oxygen),
# "svářečské rukavice" gloves ("vel." size), "ks" pieces; a rod's "2,5 x 350 mm" written
# "2,5x350 mm", a tip's part number only in our MPN and their description, its maker only in
# their brand field; "SG2", "E6013" and "DIN 9-13" are grades and shades every maker writes.
WELDING: list[Row] = [
    ("ESAB Rogue ES 200i PRO Elektroden-Schweißgerät 200 A", "649.00", "Svářecí invertor ESAB Rogue ES 200i PRO", "15990"),
    (None, None, "Svářecí invertor ESAB Rogue ES 180i", "11490"),
    ("ESAB Rogue ET 200iP PRO WIG-Schweißgerät", "1149.00", "Svářecí invertor ESAB Rogue ET 200iP PRO TIG", "27990"),
    ("ESAB OK 46.00 Stabelektroden 2,5 x 350 mm 4,8 kg", "42.90", "Elektrody ESAB OK 46.00 2,5x350 mm (4,8 kg)", "1059",
     {"ours": {"description": "Rutilelektrode, AWS A5.1: E6013."}}),
    (None, None, "Elektrody ESAB OK 46.00 3,2x350 mm (4,8 kg)", "1039"),
    (None, None, "Elektrody ESAB OK 46.00 2,5x350 mm (1,7 kg)", "449"),
    (None, None, "Elektrody ESAB OK 48.00 2,5x350 mm (4,5 kg)", "1290"),
    ("ESAB OK Autrod 12.51 MIG-Draht SG2 0,8 mm 15 kg", "54.90", "Svařovací drát ESAB OK Autrod 12.51 0,8 mm 15 kg", "1349"),
    (None, None, "Svařovací drát ESAB OK Autrod 12.51 1,0 mm 15 kg", "1349"),
    (None, None, "Svařovací drát ESAB OK Autrod 12.51 0,8 mm 5 kg", "569"),
    (None, None, "Svařovací drát SG2 0,8 mm 15 kg Weldline", "999"),
    ("Optrel Panoramaxx CLT 2.0 Automatik-Schweißhelm schwarz", "449.00", "Samostmívací kukla Optrel Panoramaxx CLT 2.0 černá", "10990"),
    (None, None, "Samostmívací kukla Optrel Panoramaxx quattro černá", "12990"),
    ("3M Speedglas 9100XX Schweißmaske mit Filter 5/8/9-13", "539.00", "Kukla 3M Speedglas 9100XX, DIN 5/8/9-13", "13490",
     {"ours": {"mpn": "501825"}}),
    (None, None, "Kukla 3M Speedglas 9100X, DIN 5/8/9-13", "12490"),
    ("Telwin Technomig 215 Dual Synergic MIG/MAG-Schweißgerät", "899.00", "Svářečka Telwin Technomig 215 Dual Synergic", "21990"),
    (None, None, "Svářečka Telwin Technomig 180 Dual Synergic", "17990"),
    ("Kemppi Minarc Evo 180 Elektrodenschweißgerät", "989.00", "Svářecí invertor Kemppi Minarc Evo 180", "24490"),
    (None, None, "Svářecí invertor Kemppi MinarcTig Evo 200", "41990"),
    ("Binzel Stromdüse M6 x 25 mm 0,8 mm CuCrZr 10 Stück", "12.90", "Průvlak M6 x 25 0,8 mm CuCrZr (10 ks)", "319",
     {"ours": {"mpn": "140.0059"}, "theirs": {"brand": "Binzel", "description": "Obj. č. výrobce 140.0059. Pro hořáky MB 24 / MB 36."}}),
    (None, None, "Průvlak M6 x 25 1,0 mm CuCrZr (10 ks)", "319", {"theirs": {"brand": "Binzel", "description": "Obj. č. výrobce 140.0242."}}),
    ("Binzel MB 25 AK Schweißbrenner 3 m", "129.00", "Svařovací hořák Binzel MB 25 AK 3 m", "3190"),
    (None, None, "Svařovací hořák Binzel MB 25 AK 4 m", "3490"),
    (None, None, "Svařovací hořák Binzel MB 15 AK 3 m", "2490"),
    ("GCE Druckminderer Argon/CO2 200 bar mit 2 Manometern", "59.90", "Redukční ventil GCE Argon/CO2 se dvěma manometry", "1390"),
    (None, None, "Redukční ventil GCE kyslík se dvěma manometry", "1290"),
    ("Lincoln Electric Schweißerhandschuhe MIG/MAG Größe 10", "14.90", "Svářečské rukavice Lincoln Electric MIG/MAG vel. 10", "349"),
    (None, None, "Svářečské rukavice Lincoln Electric MIG/MAG vel. 11", "349"),
    (None, None, "Svářečské rukavice Lincoln Electric TIG vel. 10", "399"),
    ("Fronius TransSteel 2200 MIG/MAG-Schweißgerät", "2490.00", "Svářečka Fronius TransSteel 2200", "62990",
     {"ours": {"gtin": GTIN_FRONIUS_2200}, "theirs": {"gtin": GTIN_FRONIUS_2200}}),
    ("ESAB Rogue ES 150i Elektroden-Schweißgerät", "399.00", None, None),
    ("ESAB OK Autrod 12.51 MIG-Draht SG2 1,2 mm 15 kg", "56.90", None, None),
    ("Optrel Crystal 2.0 Automatik-Schweißhelm", "379.00", None, None),
    ("Telwin Superior 400 CE Elektrodenschweißgerät", "329.00", None, None),
    ("Schweißerschürze Leder 60 x 90 cm", "24.90", None, None),
    (None, None, "Elektrody rutilové E6013 2,5x350 mm 5 kg Kobatek", "699"),
    (None, None, "Svářečka GYS Smartmig 162", "9990"),
    (None, None, "Samostmívací kukla Weldline DIN 9-13", "1290"),
    (None, None, "Svářecí magnet 22 kg", "149"),
]

# A German badminton shop against a Vietnamese one in dong: "vợt cầu lông" racket, "ống cầu lông"
# a tube of shuttles ("12 quả", "tốc độ 77" speed 77), "giày cầu lông" shoes ("nam" / "nữ" men's /
# women's, "size 42"), "cước" string ("cuộn" a reel), "quấn cán vợt" grip ("vỉ 3 cuốn" a card of
# three, "hộp 30 cuốn" a box of thirty), "túi" bag ("9 vợt" nine rackets), "trắng" / "đen" white /
# black, "chính hãng" genuine (in most titles); a racket's weight and grip as "4U5" where we write
# "4U G5", a shoe's line as the maker's code "SHB 65Z3", a bag's as "BA92429".
BADMINTON: list[Row] = [
    ("Yonex Astrox 88 D Pro Badmintonschläger 4U G5 unbesaitet", "229.95", "Vợt cầu lông Yonex Astrox 88D Pro 4U5 chính hãng", "4290000"),
    (None, None, "Vợt cầu lông Yonex Astrox 88D Pro 3U5 chính hãng", "4290000"),
    (None, None, "Vợt cầu lông Yonex Astrox 88D Game 4U5 chính hãng", "2190000"),
    ("Yonex Astrox 88 S Pro Badmintonschläger 4U G5 unbesaitet", "229.95", "Vợt cầu lông Yonex Astrox 88S Pro 4U5 chính hãng", "4290000"),
    ("Yonex Aerosensa 30 Federbälle Speed 77 (12er Dose)", "29.95", "Ống cầu lông Yonex AS-30 (12 quả) tốc độ 77", "720000"),
    (None, None, "Ống cầu lông Yonex AS-30 (12 quả) tốc độ 78", "720000"),
    (None, None, "Ống cầu lông Yonex AS-40 (12 quả) tốc độ 77", "890000"),
    ("Yonex Power Cushion 65 Z3 Herren Badmintonschuh weiß EU 42", "139.95", "Giày cầu lông Yonex SHB 65Z3 nam trắng size 42", "2890000"),
    (None, None, "Giày cầu lông Yonex SHB 65Z3 nam trắng size 43", "2890000"),
    (None, None, "Giày cầu lông Yonex SHB 65Z3 nữ trắng size 42", "2890000"),
    (None, None, "Giày cầu lông Yonex SHB 65Z3 nam đen size 42", "2890000"),
    ("Yonex BG 65 Badmintonsaite 10 m weiß", "7.95", "Cước cầu lông Yonex BG65 trắng (10m)", "120000"),
    (None, None, "Cước cầu lông Yonex BG65 Titanium trắng (10m)", "150000"),
    (None, None, "Cước cầu lông Yonex BG80 trắng (10m)", "170000"),
    (None, None, "Cuộn cước Yonex BG65 trắng 200m", "2150000"),
    ("Yonex AC102 Super Grap Griffband 3er-Pack weiß", "6.95", "Quấn cán vợt Yonex AC102EX (vỉ 3 cuốn) trắng", "95000"),
    (None, None, "Quấn cán vợt Yonex AC102EX (hộp 30 cuốn) trắng", "850000"),
    (None, None, "Quấn cán vợt Yonex AC102EX (vỉ 3 cuốn) đen", "95000"),
    ("Li-Ning Axforce 80 Badmintonschläger 4U", "199.95", "Vợt cầu lông Lining Axforce 80 4U chính hãng", "3990000"),
    (None, None, "Vợt cầu lông Lining Axforce 80 3U chính hãng", "3990000"),
    (None, None, "Vợt cầu lông Lining Axforce 90 Tiger Max 4U chính hãng", "4590000"),
    ("Victor Thruster Ryuga II Badmintonschläger 4U", "189.95", "Vợt cầu lông Victor Thruster Ryuga II (TK-RYUGA II) 4U", "3750000"),
    (None, None, "Vợt cầu lông Victor Thruster Ryuga Metallic 4U", "3950000"),
    ("Yonex Pro Racket Bag 92429 für 9 Schläger schwarz", "99.95", "Túi cầu lông Yonex BA92429 đen (9 vợt)", "1890000"),
    (None, None, "Túi cầu lông Yonex BA92426 đen (6 vợt)", "1590000"),
    ("Victor Master Ace Federbälle Speed 77 (12er Dose)", "27.95", "Ống cầu lông Victor Master Ace (12 quả) tốc độ 77", "650000"),
    ("Yonex Nanoflare 800 Pro Badmintonschläger 4U G5", "229.95", "Vợt cầu lông Yonex Nanoflare 800 Pro 4U5", "4190000",
     {"ours": {"gtin": GTIN_NANOFLARE_800_PRO}, "theirs": {"gtin": GTIN_NANOFLARE_800_PRO}}),
    (None, None, "Vợt cầu lông Yonex Nanoflare 800 Game 4U5", "2390000"),
    ("Yonex Astrox 100 ZZ Badmintonschläger 4U G5", "239.95", None, None),
    ("Yonex Aerosensa 50 Federbälle Speed 77 (12er Dose)", "36.95", None, None),
    ("Li-Ning Aeronaut 9000 Badmintonschläger 4U", "219.95", None, None),
    ("Yonex Power Cushion Eclipsion Z3 Herren Badmintonschuh weiß EU 42", "149.95", None, None),
    ("Yonex Mavis 350 Nylonbälle gelb (6er Dose)", "19.95", None, None),
    ("Yonex Badmintonnetz Turnier 6,10 m", "59.95", None, None),
    (None, None, "Vợt cầu lông Kumpoo Power Control K520 Pro", "890000"),
    (None, None, "Ống cầu lông Thành Công (12 quả)", "230000"),
    (None, None, "Giày cầu lông Kawasaki K-063 trắng size 42", "990000"),
    (None, None, "Vợt cầu lông Mizuno Fortius 10 Power 4U", "3690000"),
]

KINDS: dict[str, list[Row]] = {
    "ice hockey, a Finnish shop": HOCKEY, "beekeeping, a Romanian shop in lei": BEEKEEPING,
    "welding, a Czech shop in koruna": WELDING, "badminton, a Vietnamese shop in dong": BADMINTON,
}
CURRENCIES = {"beekeeping, a Romanian shop in lei": "RON", "welding, a Czech shop in koruna": "CZK",
              "badminton, a Vietnamese shop in dong": "VND"}
ICE, BEES, WELD, BIRDIE = KINDS

# Each competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price[, its other fields]). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    ICE: [(0, "Bauer Hyperlite 2 Vapor maila SR flex 77 P92 vasen", "279.90")],
    BEES: [(20, "Sirop Apiinvert 16 kg (bag in box) - hrană lichidă pentru albine", "125.00")],
    WELD: [(3, "ESAB OK 46.00 - rutilová elektroda 2,5 mm, balení 4,8 kg", "1049")],
    BIRDIE: [(0, "Astrox 88 D Pro (4UG5) - vợt cầu lông chính hãng Yonex", "4250000")],
}


def every_catalogue() -> list[tuple[str, Catalogues]]:
    return every_catalogue_priced(KINDS, SECOND_LISTINGS, CURRENCIES)


def read_the_batch(folder, show=None):
    """Every kind through the commands, each with its second listing: the counts of `reading`
    over the batch; `show(name, truth, counts, found)` per kind when given."""
    return _read_the_batch({}, folder, show, more=every_catalogue())


def _read(tmp_path, kind: str, rows: list[Row], second=(), label: str = "rows") -> tuple:
    """Some rows of one kind (and second listings) through the commands, priced as the kind's
    shop prices: counts, found, truth."""
    return read_rows_priced(tmp_path / label, rows, second, CURRENCIES.get(kind))


def _rows(kind_rows: list[Row], numbers) -> list[Row]:
    return [kind_rows[n] for n in numbers]


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    assert set(SECOND_LISTINGS) == set(KINDS)
    check_the_shape(every_catalogue(), CURRENCIES)
    catalogues = dict(every_catalogue())
    # Two products of ours one word, letter or code apart, both in both shops.
    assert {("O0", "T0"), ("O4", "T4")} <= catalogues[ICE][2]
    assert {("O10", "T10"), ("O11", "T11")} <= catalogues[BEES][2]
    assert {("O0", "T0"), ("O2", "T2")} <= catalogues[WELD][2]
    assert {("O0", "T0"), ("O3", "T3")} <= catalogues[BIRDIE][2]
    # Every Finnish title of a stick, skate or pad joins its kind to the model with a hyphen.
    assert sum(" -" in t["name"] for t in catalogues[ICE][1]) >= 25


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; where the
# ten rounds' readings say storecheck will not reach it, the test is a strict xfail (raising
# AssertionError, so that a helper renamed fails the run rather than passing as expected).


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the ten rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Passed at first reading, as expected: none matched, none proposed either.
def test_a_flex_a_curve_a_size_a_diameter_or_a_count_tells_two_listings_apart(tmp_path):
    # A stick's "77" against "87" and "65", "P92" against "P28", "L" against "R", "Sr" against
    # "Int"; a skate's "8.5" against "9", "Fit 2" against "Fit 3", "D" against "EE"; gloves' "14\""
    # against "13\"", shin guards' "15\"" against "16\"", pants' "M" against "L", tape's "24mm"
    # against "36mm"; "10 rame" against "12 rame", "1 kg" against "5 kg", "Ø100" against "Ø80", "4
    # rame" against "6 rame", "50 kg" against "100 kg", "XL" against "L", "mărimea 10" against "9",
    # "16 kg" against "28 kg", "370 ml" against "800 ml", "275 g" against "1000 g"; "2,5x350"
    # against "3,2x350", "4,8 kg" against "1,7 kg", "0,8 mm" against "1,0 mm", "15 kg" against "5
    # kg", "215" against "180", "3 m" against "4 m", "vel. 10" against "vel. 11"; "4U5" against
    # "3U5", "tốc độ 77" against "78", "size 42" against "43", "10m" against "200m", "vỉ 3" against
    # "hộp 30", "4U" against "3U", "9 vợt" against "6 vợt": another value is another product, and
    # every value stands in other products' titles. Nothing of theirs matched to a product it is not.
    for kind, rows in (
        (ICE, _rows(HOCKEY, [0, 1, 2, 3, 4, 8, 9, 10, 12, 13, 18, 19, 21, 22, 23, 24, 25, 26, 29, 31])),
        (BEES, _rows(BEEKEEPING, [0, 1, 5, 7, 8, 9, 10, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 29, 30, 34, 35])),
        (WELD, _rows(WELDING, [3, 4, 5, 7, 8, 9, 15, 16, 19, 20, 21, 22, 26, 27])),
        (BIRDIE, _rows(BADMINTON, [0, 1, 4, 5, 7, 8, 11, 14, 15, 16, 18, 19, 23, 24])),
    ):
        counts, found, _ = _read(tmp_path, kind, rows, label=kind.split(",")[0])
        assert not counts["wrong matched"], (kind, found)


# Failed at first reading, as expected: no sibling matched, but the Speedglas "9100X" was put to a
# person (0.97) beside the "9100XX" ours matched, "DIN 5/8/9-13", a shade every helmet writes, read
# as the model code 58913.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a word on one listing only (Mini, Pro, Power, X, Pair, Vinyl, Combo) was matched or proposed in every round before")
def test_a_sibling_whose_title_differs_by_one_word_letter_or_colour_is_another_product(tmp_path):
    # "FT7 Pro" / "FT7", "M5 Pro" / "M4", "Tacks 720 musta" / "valkoinen" / "Tacks 720 Combo",
    # "LX2 Pro" / "LX2 Comp", "pelikiekko musta" / "harjoituskiekko sininen"; "cuib" / "magazie",
    # "Combinezon" / "Bluză", "Apiguard 10 plicuri" / "găleată", "Furculiță" / "Cuțit descăpăcit
    # electric", "Dadant" / "Langstroth"; "ES 200i PRO" / "ES 180i", "OK 46.00" / "OK 48.00",
    # "CLT 2.0" / "quattro", "9100XX" / "9100X", "Minarc Evo 180" / "MinarcTig Evo 200",
    # "Argon/CO2" / "kyslík", "MIG/MAG" / "TIG"; "88D Pro" / "88D Game", "nam" / "nữ", "trắng" /
    # "đen", "BG65" / "BG65 Titanium" / "BG80", "Ryuga II" / "Ryuga Metallic", "Nanoflare 800
    # Pro" / "Game": none of the siblings matched, and nothing put to a person either.
    for kind, rows in (
        (ICE, _rows(HOCKEY, [5, 6, 8, 11, 14, 15, 17, 18, 20, 27, 28])),
        (BEES, _rows(BEEKEEPING, [0, 2, 3, 4, 5, 6, 15, 17, 24, 25, 31, 32])),
        (WELD, _rows(WELDING, [0, 1, 3, 6, 11, 12, 13, 14, 17, 18, 24, 25, 26, 28])),
        (BIRDIE, _rows(BADMINTON, [0, 2, 7, 9, 10, 11, 12, 13, 15, 17, 21, 22, 26, 27])),
    ):
        counts, found, _ = _read(tmp_path, kind, rows, label=kind.split(",")[0])
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Passed at first reading, as expected: the sticks and the Rogues each matched with their own (under
# hyperlite2, 200i and 200ip); the extractors and the Astroxes missed, none crossed.
def test_two_products_of_ours_one_code_or_word_apart_do_not_cross(tmp_path):
    # "P92" / "P28" under one stick, "manual" / "electric" under one extractor (our "manuell" /
    # "elektrisch"), "ES 200i PRO" / "ET 200iP PRO" under one Rogue, "88D" / "88S" under one
    # Astrox: both ours and both theirs; neither of ours matched or put to a person with the
    # other's listing.
    for kind, rows in ((ICE, _rows(HOCKEY, [0, 4])), (BEES, _rows(BEEKEEPING, [10, 11])),
                       (WELD, _rows(WELDING, [0, 2])), (BIRDIE, _rows(BADMINTON, [0, 3]))):
        counts, found, _ = _read(tmp_path, kind, rows, label=kind.split(",")[0])
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Expected to pass when written; at first reading it failed: 6 of 14 found, all proposed (0.62-0.67);
# the gloves (0.47 alone), the pants (0.51), the elbow pads (0.45), the neck guard (0.34), the blade
# guards (0.44) and the puck (0.39) missed, each named in each shop's own language, and the shin
# guards (0.96 alone under hyperlite2, a code on six of their listings) and the white tape (0.61
# alone; their black one proposed in its place).
# Passes since the thirty-fifth session (names12): a model's name after the maker, on one product of
# each side and nothing else found, puts the pair to a person (`benchmark/matching/model_names.py`).
def test_a_finnish_title_joining_its_kind_with_a_hyphen_finds_our_product(tmp_path):
    # "Bauer Supreme M5 Pro Sr -luistimet 8.5 Fit 2" against "Bauer Supreme M5 Pro Schlittschuhe
    # Senior Größe 8.5 Fit 2": the maker, the model and the sizes shared, the kind in each shop's
    # language. At least half our products they sell found (the Swedish skate shop of the tenth
    # round: 8 of 13).
    counts, found, truth = _read(tmp_path, ICE, HOCKEY, label="finnish")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Passed at first reading, as expected: 11 of 13 found (4 matched under a code or a GTIN, 7 proposed).
def test_a_czech_title_around_a_makers_model_finds_our_product(tmp_path):
    # "Svářecí invertor ESAB Rogue ES 200i PRO", "Svářečka Telwin Technomig 215 Dual Synergic",
    # "Elektrody ESAB OK 46.00 2,5x350 mm (4,8 kg)": the maker and a model with numbers in every
    # title but the tip's, at least half found.
    counts, found, truth = _read(tmp_path, WELD, WELDING, label="czech")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Failed at first reading, as expected: 3 of 18 found (Apivar by its GTIN, Apifonda and Oxuvar
# proposed); every product no maker names missed (0.15-0.45 alone), and Lyson's four, Apiinvert,
# Apiguard and Nicot too (0.22-0.56). Passes since the thirty-second session (misses9): our part
# number that their description writes as the listing's own, in a clause of its own, puts the
# pair to a person (`described_parts.described_parts`), and brings the count to half.
def test_a_romanian_title_of_a_product_no_maker_names_finds_our_product(tmp_path):
    # "Stup Dadant 10 rame complet" / "Dadant Beute 10 Waben komplett", "Rame Dadant cuib
    # sârmuite" / "Dadant Rähmchen Brutraum gedrahtet", "Combinezon apicultor ... mărimea XL" /
    # "Imkeranzug ... Größe XL", "Daltă apicolă inox 25 cm" / "Stockmeißel Edelstahl 25 cm": half
    # our products they sell name no maker; at least half found.
    counts, found, truth = _read(tmp_path, BEES, BEEKEEPING, label="romanian")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Failed at first reading, as expected: 3 of 11 found (the bag under 92429, the Nanoflare by its
# GTIN, the Ryuga II proposed); the Astrox 88D and 88S read "numbers differ: 4u/g5 vs 4u5/88d"
# (0.22 alone), AC102 missed in the catalogue (0.92 alone, on three of their listings).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a title around a Latin name in a language we do not write shares too few words (Greek 3 of 14, Hebrew 2 of 13 in the tenth round)")
def test_a_vietnamese_title_around_a_makers_model_finds_our_product(tmp_path):
    # "Vợt cầu lông Yonex Astrox 88D Pro 4U5 chính hãng" / "Yonex Astrox 88 D Pro
    # Badmintonschläger 4U G5 unbesaitet", "Ống cầu lông Yonex AS-30 (12 quả) tốc độ 77" /
    # "Yonex Aerosensa 30 Federbälle Speed 77 (12er Dose)": at least half found.
    counts, found, truth = _read(tmp_path, BIRDIE, BADMINTON, label="vietnamese")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Passed at first reading, as expected (but see the Speedglas "9100X" above: "DIN 5/8/9-13" read as a
# code when our product's own listing is beside it).
def test_a_grade_a_curve_or_a_shade_every_maker_writes_names_no_product(tmp_path):
    # "77 P92 L" on Bauer's Nexus Sync and on our Hyperlite2, "Sr -luistimet 8.5 Fit 2" on True's
    # and Bauer's skates, "E6013" on Kobatek's rods and in our OK 46.00's description, "SG2 0,8 mm
    # 15 kg" on Weldline's wire and our Autrod 12.51, "DIN 9-13" on Weldline's helmet and the
    # Speedglas, "(12 quả) tốc độ 77" on Victor's and Yonex's shuttles, "10 rame" on a Langstroth
    # floor and our Dadant hive: no product of one maker (or one line) matched or put to a person
    # with another's.
    for kind, rows in ((ICE, _rows(HOCKEY, [0, 8, 40, 41])), (WELD, _rows(WELDING, [3, 7, 10, 13, 35, 37])),
                       (BIRDIE, _rows(BADMINTON, [4, 25])), (BEES, _rows(BEEKEEPING, [0, 41]))):
        counts, found, _ = _read(tmp_path, kind, rows, label=kind.split(",")[0])
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Failed at first reading, as expected: the gloves' "14 Zoll" / "14\"" missed (0.47 alone), the shin
# guards' "15 Zoll" matched beside a "16\"" proposed (0.91, "numbers differ: 15 vs 16" read); the
# smoker's "Ø 100 mm" (0.22), the honey jar's "500 g" / "370 ml" (0.41), the rods' "2,5 x 350 mm"
# (0.41) and the Astrox's "4U G5" / "4U5" (0.22) missed in the batch.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a quantity in another unit or written another way joined few pairs before (\"1 Unze\" / \"31,1 γρ.\", \"3er\" / \"x3\")")
def test_a_size_written_another_way_finds_its_product(tmp_path):
    # "14 Zoll" / "14\"", "15 Zoll" / "15\"", "24 mm x 25 m" / "24mm x 25m", "Ø 100 mm" / "Ø100
    # mm", "Honigglas 500 g" / "370 ml" (the 370 ml only in our description), "2,5 x 350 mm" /
    # "2,5x350 mm", "4U G5" / "4U5", "(12er Dose)" / "(12 quả)": each found (matched or put to a
    # person), and the sibling in the other size not matched.
    for kind, rows in ((ICE, _rows(HOCKEY, [18, 19, 21, 22, 29, 31])), (BEES, _rows(BEEKEEPING, [8, 9, 29, 30])),
                       (WELD, _rows(WELDING, [3, 4])), (BIRDIE, _rows(BADMINTON, [0, 1, 4, 5]))):
        counts, found, truth = _read(tmp_path, kind, rows, label=kind.split(",")[0])
        assert counts["true matched"] + counts["true proposed"] == len(truth) and not counts["wrong matched"], (kind, found)


# Failed at first reading, as expected: neither of ours found (Binzel 0.59 alone, Lyson 0.48); no
# sibling paired. Passes since the thirty-ninth session (parts39): a part number a description writes
# with marks inside ("140.0059") is looked up joined, and the Binzel is put to a person.
def test_a_part_number_only_in_our_mpn_and_their_description_finds_our_product(tmp_path):
    # Binzel's "140.0059" (our MPN; their description, their title "Průvlak M6 x 25 0,8 mm CuCrZr
    # (10 ks)" with the maker in the brand field only) against "140.0242"; Lyson's "W2040" against
    # "W2040E": our product found, its sibling neither matched nor proposed.
    for kind, rows in ((WELD, _rows(WELDING, [19, 20])), (BEES, _rows(BEEKEEPING, [10, 11]))):
        counts, found, truth = _read(tmp_path, kind, rows, label=kind.split(",")[0])
        assert counts["true matched"] + counts["true proposed"] == len(truth), (kind, found)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Failed at first reading, as expected: one second listing of four found (Apiinvert's, proposed 0.66,
# where its first listing was missed); the Hyperlite2's (0.55 alone), the rods' ("length differs: 350
# vs 2.5", 0.45) and the Astrox's (0.53) missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, none of four in kinds10")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "Bauer Hyperlite 2 Vapor maila SR flex 77 P92 vasen" (the model written apart, "vasen" for
    # "L"), "Sirop Apiinvert 16 kg (bag in box)", "ESAB OK 46.00 - rutilová elektroda 2,5 mm" (no
    # length), "Astrox 88 D Pro (4UG5) - ... Yonex" (the maker last): both listings ours, matched
    # or put to a person.
    missed = []

    def show(name, truth, counts, found):
        for n, *_ in SECOND_LISTINGS[name]:
            missed.extend((name, pair) for pair in ((f"O{n}", f"T{n}"), (f"O{n}", f"T{n}b")) if pair not in found)

    total = read_the_batch(tmp_path, show)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_eleventh_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at b144c2a, the same as 515598d, the twenty-first
    # session's final): 24 of 60 true pairs found (7 matched, 17 proposed), 36 missed; no variant
    # matched, 3 proposed (the stick's other hand "R" beside "L", the black tape for our white, the
    # Speedglas 9100X beside the 9100XX under "5/8/9-13").
    holds_its_first_reading(read_the_batch(tmp_path), matched=7, found=24, wrong_matched=0, wrong_proposed=3)


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds11 [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
