"""A twelfth batch of catalogues of other kinds, written before the matcher read them, so that
their first reading is a figure on catalogues the matching rules were not written on. Four kinds
none of the eleven rounds held, each a small shop's catalogue (ours 18-20 products, theirs 34-40
listings), each competitor writing as one real kind of shop writes: drums and cymbals (a
Hungarian music shop in forint: "Zildjian A Custom 16\" crash cintányér", "Meinl B20MR Byzance
Traditional 20 col Medium Ride cintányér", the inch as "col"; "Vic Firth 5A American Classic
dobverő pár, hickory, fa fejes"; "Remo Ambassador Coated 14\" dobbőr", a drumhead's part number
only in our MPN and their description), table tennis (an Indonesian marketplace shop in rupiah:
"Karet Pingpong Butterfly Tenergy 05 Merah 2.1mm Original", "Kayu Bet Pingpong Butterfly Timo
Boll ALC FL", a blade's handle "FL" / "ST" / "AN" where we write "konkav" / "gerade" /
"anatomisch"; "Bola Pingpong Nittaku Premium 40+ 3 Star Putih isi 12 (1 lusin)"), cricket (an
Indian shop writing in Hindi, in rupees, around the maker and model in Latin: "SS Ton Reserve
Edition इंग्लिश विलो क्रिकेट बैट (शॉर्ट हैंडल)", "बैटिंग पैड्स, पुरुष, दाएं हाथ (RH)", a ball's
"156 ग्राम" where we write "5.5oz", a maker written in Devanagari), laboratory supplies (a
Japanese laboratory supply shop in yen: "DURAN ビーカー 250mL 1箱(10個入)", "エッペンドルフ
リサーチプラス シングルチャンネル 100～1000μL" with the maker in katakana and its order number only in
the description, "Falcon 遠沈管 50mL 滅菌済 25本×20袋" for our "500 Stück", a few titles in
full-width letters).

Each catalogue is a list of rows as `tests/kinds_batches.py` reads them: (our title, our price,
their title, their price[, {"ours": {...}, "theirs": {...}}]). A row with both titles is one
product in both shops, worded as each shop words it; a row with one title is a variant only one
shop sells (another size, weight, type, finish, pack or colour of a cymbal, stick, drumhead,
pedal, snare, kit or stand; another colour, thickness, generation, handle, hardness, grade, pack
or size of a rubber, blade, ball, shoe, glue or table; another handle, size, willow, grade,
colour, hand, age or weight of a bat, ball, pad, glove, helmet, bag or tennis ball; another
volume, form, neck, colour, range, channel count, pack, size or model of a beaker, flask, bottle,
pipette, tip, tube, stirrer, glove, cylinder or meter) and has no counterpart: matching it to
anything is a wrong pair. Shared strings that name no product stand in many titles on purpose:
"5A", "hickory", "Coated", "14\"", "cintányér"; "40+", "3 Star", "FL", "2.1mm", "Original",
"Max"; "इंग्लिश विलो" (English willow), "SH", "RH", "156 ग्राम", "साइज़ 6"; "GL45", "1箱(10個入)",
"1000本入", "パウダーフリー", "クラスA".

Each competitor lists one of our products twice (`SECOND_LISTINGS`: the maker last in capitals;
another seller's words; the maker written in Devanagari; the maker in brackets after the kind),
both listings true pairs of ours, and lists two products of ours whose titles differ by one word
or number in both shops ("5A" / "7A", "LM400 ... 14x5" / "LM402 ... 14x6,5", "rot" / "schwarz" as
"Merah" / "Hitam", "Right" / "Left Handed" as "दाएं" / "बाएं", "niedrige" / "hohe Form" as "ビーカー" /
"トールビーカー", "50 ml" / "15 ml"), beside siblings one word, letter or number apart ("A Custom" /
"A Custom ... fast", "HP900PN" / "HP900PWN", "TD-07KV" / "TD-07KX", "Tenergy 05" / "Tenergy 05 FX",
"D40+" / "DJ40+", "MX-P" / "MX-P 50°", "Club" / "Test", "Steel" / "Titanium" as "स्टील" /
"टाइटेनियम", "Light" / "Heavy" as "लाइट" / "हेवी", "HS 7" / "MS 7", "クラスA" / "クラスB").
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Batch, Row, gtin_with_check_digit, holds_its_first_reading, share_found

GTIN_TENERGY_05_RED = gtin_with_check_digit("490575805800")
GTIN_FALCON_50 = gtin_with_check_digit("008238352070")

# A German music shop against a Hungarian one in forint: "cintányér" cymbal ("pár" a pair, "top"
# the upper one), "dobverő" drumsticks ("fa fejes" / "nylon fejes" wood / nylon tip), "dobbőr"
# drumhead ("tamdobbőr" a tom's), "lábgép" bass drum pedal ("dupla" double), "pergődob" snare,
# "elektromos dobszett" electronic kit, "gémes" / "egyenes cintányérállvány" boom / straight cymbal
# stand, "dobszék" throne ("háttámlával" with a backrest); an inch written "\"" or "col"; a
# Remo head's part number only in our MPN and their description.
DRUMS: list[Row] = [
    ("Zildjian A Custom Crash 16\" Becken", "299.00", "Zildjian A Custom 16\" crash cintányér", "115900", {"ours": {"mpn": "A20514"}}),
    (None, None, "Zildjian A Custom 18\" crash cintányér", "139900"),
    (None, None, "Zildjian A Custom 16\" fast crash cintányér", "115900"),
    (None, None, "Zildjian A 16\" Medium Thin Crash cintányér", "99900"),
    ("Zildjian A Custom Hi-Hat 14\" Paar", "479.00", "Zildjian A Custom 14\" hi-hat cintányér pár", "184900"),
    (None, None, "Zildjian A Custom 14\" hi-hat top cintányér", "99900"),
    ("Meinl Byzance Traditional Medium Ride 20\"", "399.00", "Meinl B20MR Byzance Traditional 20 col Medium Ride cintányér", "154900",
     {"ours": {"mpn": "B20MR"}}),
    (None, None, "Meinl B22MR Byzance Traditional 22 col Medium Ride cintányér", "184900"),
    (None, None, "Meinl B20HR Byzance Traditional 20 col Heavy Ride cintányér", "154900"),
    ("Meinl Byzance Dark Crash 18\"", "329.00", "Meinl B18DAC Byzance Dark 18 col Crash cintányér", "129900"),
    (None, None, "Meinl B16DAC Byzance Dark 16 col Crash cintányér", "109900"),
    ("Vic Firth American Classic 5A Drumsticks Hickory", "13.90", "Vic Firth 5A American Classic dobverő pár, hickory, fa fejes", "5490"),
    (None, None, "Vic Firth 5AN American Classic dobverő pár, hickory, nylon fejes", "5990"),
    (None, None, "Vic Firth P5A.4 American Classic 5A dobverő (4 pár)", "19990"),
    ("Vic Firth American Classic 7A Drumsticks Hickory", "13.90", "Vic Firth 7A American Classic dobverő pár, hickory, fa fejes", "5490"),
    (None, None, "Promark TX5AW Classic Forward 5A hickory dobverő pár", "4990"),
    ("Remo Ambassador Coated Schlagfell 14\"", "19.90", "Remo Ambassador Coated 14\" dobbőr", "7990",
     {"ours": {"mpn": "BA-0114-00"},
      "theirs": {"description": "Gyártói cikkszám: BA-0114-00. Egyrétegű, érdesített felületű pergő- és tamdobbőr."}}),
    (None, None, "Remo Ambassador Clear 14\" dobbőr", "7990", {"theirs": {"description": "Gyártói cikkszám: BA-0314-00."}}),
    (None, None, "Remo Ambassador Coated 13\" dobbőr", "7490", {"theirs": {"description": "Gyártói cikkszám: BA-0113-00."}}),
    (None, None, "Remo Emperor Coated 14\" dobbőr", "9490", {"theirs": {"description": "Gyártói cikkszám: BE-0114-00."}}),
    ("Evans G2 Clear Tomfell 12\"", "18.90", "Evans TT12G2 G2 Clear 12\" tamdobbőr", "7290"),
    (None, None, "Evans TT13G2 G2 Clear 13\" tamdobbőr", "7690"),
    (None, None, "Evans B12G2 G2 Coated 12\" tamdobbőr", "7290"),
    ("Tama HP900PN Iron Cobra Power Glide Fußmaschine", "249.00", "Tama HP900PN Iron Cobra 900 Power Glide lábgép", "94900"),
    (None, None, "Tama HP900PWN Iron Cobra 900 Power Glide dupla lábgép", "219900"),
    (None, None, "Tama HP600D Iron Cobra 600 Duo Glide lábgép", "54900"),
    ("Ludwig Supraphonic LM400 Snare 14\" x 5\"", "459.00", "Ludwig LM400 Supraphonic 14x5\" pergődob", "174900"),
    ("Ludwig Supraphonic LM402 Snare 14\" x 6,5\"", "489.00", "Ludwig LM402 Supraphonic 14x6,5\" pergődob", "184900"),
    (None, None, "Ludwig LB417 Black Beauty 14x6,5\" pergődob", "399900"),
    ("Roland TD-07KV V-Drums E-Drum-Set", "899.00", "Roland TD-07KV elektromos dobszett", "349900"),
    (None, None, "Roland TD-07DMK elektromos dobszett", "329900"),
    (None, None, "Roland TD-07KX elektromos dobszett", "429900"),
    ("Pearl B-930 Galgenbeckenständer", "89.00", "Pearl B-930 gémes cintányérállvány", "33900"),
    (None, None, "Pearl C-930 egyenes cintányérállvány", "29900"),
    ("Roland RDT-S Drumhocker", "89.00", "RDT-S dobszék", "34900", {"theirs": {"brand": "Roland"}}),
    (None, None, "RDT-SH dobszék háttámlával", "54900", {"theirs": {"brand": "Roland"}}),
    ("Tama HT130 Drumhocker rund", "69.00", "HT130 Standard dobszék", "24900", {"theirs": {"brand": "Tama"}}),
    ("Zildjian A Custom Ride 20\" Becken", "419.00", None, None),
    ("Sabian HHX Evolution Crash 17\" Becken", "349.00", None, None),
    ("Vic Firth American Classic 5B Drumsticks Hickory", "13.90", None, None),
    ("Evans EMAD Bassdrumfell 22\"", "59.00", None, None),
    ("DW 5000 Accelerator Fußmaschine", "299.00", None, None),
    (None, None, "Paiste PST 7 16\" crash cintányér", "49900"),
    (None, None, "Sabian B8X 14\" hi-hat cintányér pár", "59900"),
]

# A German table tennis shop against an Indonesian marketplace shop in rupiah: "karet" rubber,
# "kayu" / "bet" blade / bat, "bola" ball ("isi 3" three in it, "1 lusin" a dozen), "sepatu" shoes,
# "lem" glue, "meja" table, "net" net ("jaring + tiang" net and posts), "merah" / "hitam" / "biru"
# / "putih" / "abu-abu" red / black / blue / white / grey; "Original" and "Japan" in many titles;
# a blade's handle as "FL" / "ST" / "AN" where we write "konkav" / "gerade" / "anatomisch", a
# thickness "2.1mm" where we write "2,1 mm".
TABLE_TENNIS: list[Row] = [
    ("Butterfly Tenergy 05 Belag rot 2,1 mm", "64.90", "Karet Pingpong Butterfly Tenergy 05 Merah 2.1mm Original", "1150000",
     {"ours": {"gtin": GTIN_TENERGY_05_RED}}),
    ("Butterfly Tenergy 05 Belag schwarz 2,1 mm", "64.90", "Karet Pingpong Butterfly Tenergy 05 Hitam 2.1mm Original", "1150000"),
    (None, None, "Karet Pingpong Butterfly Tenergy 05 Merah 1.9mm Original", "1150000"),
    (None, None, "Karet Pingpong Butterfly Tenergy 05 FX Merah 2.1mm Original", "1100000"),
    (None, None, "Karet Pingpong Butterfly Tenergy 64 Merah 2.1mm Original", "1150000"),
    ("Butterfly Dignics 09C Belag schwarz max", "84.90", "Karet Pingpong Butterfly Dignics 09C Hitam MAX Original Japan", "1550000"),
    (None, None, "Karet Pingpong Butterfly Dignics 05 Hitam MAX Original Japan", "1450000"),
    ("Butterfly Timo Boll ALC Holz konkav", "169.90", "Kayu Bet Pingpong Butterfly Timo Boll ALC FL Original", "2650000"),
    (None, None, "Kayu Bet Pingpong Butterfly Timo Boll ALC ST Original", "2650000"),
    (None, None, "Kayu Bet Pingpong Butterfly Timo Boll ZLC FL Original", "3900000"),
    ("Butterfly Viscaria Holz konkav", "179.90", "Kayu Bet Pingpong Butterfly Viscaria FL", "2790000"),
    (None, None, "Kayu Bet Pingpong Butterfly Viscaria Super ALC FL", "3490000"),
    ("Stiga Carbo 7.6 WRB Holz anatomisch", "89.90", "Kayu Bet Pingpong Stiga Carbo 7.6 WRB AN", "1350000"),
    (None, None, "Kayu Bet Pingpong Stiga Carbo 7.6 WRB FL", "1350000"),
    ("Tibhar Evolution MX-P Belag rot max", "54.90", "Karet Pingpong Tibhar Evolution MX-P Merah Max", "890000"),
    (None, None, "Karet Pingpong Tibhar Evolution MX-P 50° Merah Max", "950000"),
    (None, None, "Karet Pingpong Tibhar Evolution EL-P Merah Max", "890000"),
    ("Nittaku Premium 40+ 3-Stern Tischtennisbälle weiß 3er", "9.90", "Bola Pingpong Nittaku Premium 40+ 3 Star Putih isi 3", "165000"),
    ("Nittaku Premium 40+ 3-Stern Tischtennisbälle weiß 12er", "34.90", "Bola Pingpong Nittaku Premium 40+ 3 Star Putih isi 12 (1 lusin)",
     "620000"),
    ("DHS D40+ 3-Stern Tischtennisbälle weiß 10er", "12.90", "Bola Pingpong DHS D40+ 3 Star Putih isi 10", "195000"),
    (None, None, "Bola Pingpong DHS DJ40+ 3 Star Putih isi 10", "175000"),
    (None, None, "Bola Pingpong DHS Training 40+ Putih isi 100", "450000"),
    ("Butterfly Lezoline Groovy Tischtennisschuhe schwarz Gr. 42", "99.90", "Sepatu Pingpong Butterfly Lezoline Groovy Hitam Size 42",
     "1390000"),
    (None, None, "Sepatu Pingpong Butterfly Lezoline Groovy Hitam Size 43", "1390000"),
    (None, None, "Sepatu Pingpong Butterfly Lezoline Groovy Biru Size 42", "1390000"),
    ("Butterfly Free Chack II Kleber 20 ml", "9.90", "Lem Karet Pingpong Butterfly Free Chack II 20ml", "145000"),
    (None, None, "Lem Karet Pingpong Butterfly Free Chack II 90ml", "395000"),
    ("Cornilleau 300X Outdoor Tischtennisplatte grau", "899.00", "Meja Pingpong Cornilleau 300X Outdoor Abu-abu", "16500000",
     {"ours": {"mpn": "115300"}, "theirs": {"description": "Kode produk 115300. Meja outdoor tahan cuaca, bisa dilipat."}}),
    (None, None, "Meja Pingpong Cornilleau 500X Outdoor Abu-abu", "22500000", {"theirs": {"description": "Kode produk 115500."}}),
    ("Joola Rhyzer 48 Belag schwarz 2,0 mm", "49.90", "Karet Pingpong Joola Rhyzer 48 Hitam 2.0 mm", "850000"),
    (None, None, "Karet Pingpong Joola Rhyzer 43 Hitam 2.0 mm", "850000"),
    ("Stiga Clipper Netzgarnitur", "29.90", "Net Pingpong Stiga Clipper (Jaring + Tiang)", "450000"),
    ("Butterfly Tenergy 80 Belag rot 2,1 mm", "64.90", None, None),
    ("Donic Bluestorm Z1 Turbo Belag schwarz max", "59.90", None, None),
    ("Butterfly Harimoto ALC Holz konkav", "199.90", None, None),
    ("Stiga Carbo 7.6 WRB Holz gerade", "89.90", None, None),
    (None, None, "Karet Pingpong Yinhe Mercury 2 Merah", "95000"),
    (None, None, "Kayu Bet Pingpong Yasaka Ma Lin Extra Offensive FL", "850000"),
    (None, None, "Bet Pingpong Jadi Donic Waldner 600 Original", "350000"),
    (None, None, "Bola Pingpong 729 Super 3 Star Putih isi 6", "90000"),
]

# An Irish cricket shop in euros, its titles in English, against an Indian shop writing in Hindi in
# rupees, around the maker and the model in Latin (some makers in Devanagari): "क्रिकेट बैट"
# cricket bat, "इंग्लिश विलो" / "कश्मीर विलो" English / Kashmir willow, "शॉर्ट हैंडल" / "लॉन्ग हैंडल"
# short / long handle, "हैरो" Harrow, "साइज़" size, "लेदर क्रिकेट बॉल" leather ball ("लाल" /
# "सफ़ेद" red / white, "156 ग्राम" 156 grams), "बैटिंग पैड्स" / "ग्लव्स" pads / gloves ("पुरुष" men,
# "यूथ" youth, "बॉयज़" boys, "दाएं हाथ" / "बाएं हाथ" right / left hand), "स्टील" / "टाइटेनियम" steel /
# titanium, "हेलमेट", "स्टंप्स सेट", "किट बैग", "टेनिस बॉल (6 का पैक)" a pack of six ("लाइट" /
# "हेवी" light / heavy).
CRICKET: list[Row] = [
    ("SS Ton Reserve Edition English Willow Cricket Bat Short Handle", "329.00",
     "SS Ton Reserve Edition इंग्लिश विलो क्रिकेट बैट (शॉर्ट हैंडल)", "24999"),
    (None, None, "SS Ton Reserve Edition इंग्लिश विलो क्रिकेट बैट (लॉन्ग हैंडल)", "24999"),
    (None, None, "SS Ton Player Edition इंग्लिश विलो क्रिकेट बैट (शॉर्ट हैंडल)", "39999"),
    ("SG RSD Spark Kashmir Willow Cricket Bat Size 6", "39.00", "SG RSD Spark कश्मीर विलो क्रिकेट बैट, साइज़ 6", "1899"),
    (None, None, "SG RSD Spark कश्मीर विलो क्रिकेट बैट, साइज़ 5", "1799"),
    (None, None, "SG RSD Spark कश्मीर विलो क्रिकेट बैट, साइज़ SH", "2099"),
    ("SG RSD Xtreme English Willow Cricket Bat SH", "219.00", "SG RSD Xtreme इंग्लिश विलो क्रिकेट बैट SH", "16999"),
    (None, None, "SG RSD Xtreme कश्मीर विलो क्रिकेट बैट SH", "4499"),
    ("SG Club Leather Cricket Ball Red 156g", "14.50", "SG Club लेदर क्रिकेट बॉल, लाल (156 ग्राम)", "650"),
    (None, None, "SG Club लेदर क्रिकेट बॉल, सफ़ेद (156 ग्राम)", "650"),
    (None, None, "SG Test लेदर क्रिकेट बॉल, लाल (156 ग्राम)", "2650"),
    ("Kookaburra Regulation Leather Cricket Ball Red 5.5oz", "12.00", "Kookaburra Regulation लेदर क्रिकेट बॉल, लाल (156 ग्राम)", "1199"),
    (None, None, "Kookaburra Regulation लेदर क्रिकेट बॉल, लाल (135 ग्राम, जूनियर)", "1099"),
    ("SG Test Batting Pads Men's Right Handed", "69.00", "SG Test बैटिंग पैड्स, पुरुष, दाएं हाथ (RH)", "4299"),
    ("SG Test Batting Pads Men's Left Handed", "69.00", "SG Test बैटिंग पैड्स, पुरुष, बाएं हाथ (LH)", "4299"),
    (None, None, "SG Test बैटिंग पैड्स, यूथ, दाएं हाथ (RH)", "3799"),
    ("SS Matrix Batting Gloves Men's RH", "39.00", "SS Matrix बैटिंग ग्लव्स, पुरुष, RH", "2199"),
    (None, None, "SS Matrix बैटिंग ग्लव्स, बॉयज़, RH", "1899"),
    (None, None, "SS Dragon बैटिंग ग्लव्स, पुरुष, RH", "1299"),
    ("Masuri C Line Steel Cricket Helmet Size M", "119.00", "Masuri C Line स्टील क्रिकेट हेलमेट, साइज़ M", "9499"),
    (None, None, "Masuri C Line स्टील क्रिकेट हेलमेट, साइज़ L", "9499"),
    (None, None, "Masuri C Line टाइटेनियम क्रिकेट हेलमेट, साइज़ M", "15999"),
    ("SG Ultimate Cricket Stumps Set of 6 with Bails", "45.00", "SG Ultimate क्रिकेट स्टंप्स सेट (6 स्टंप्स + 4 बेल्स)", "2499"),
    ("SS Master 5000 Cricket Kit Bag", "79.00", "SS Master 5000 क्रिकेट किट बैग", "4999"),
    (None, None, "SS Master 1000 क्रिकेट किट बैग", "2999"),
    ("Cosco Light Tennis Cricket Balls Pack of 6", "12.00", "Cosco लाइट टेनिस क्रिकेट बॉल (6 का पैक)", "540"),
    (None, None, "Cosco हेवी टेनिस क्रिकेट बॉल (6 का पैक)", "660"),
    (None, None, "Cosco लाइट टेनिस क्रिकेट बॉल (12 का पैक)", "1050"),
    ("Gray-Nicolls Legend English Willow Cricket Bat Harrow", "249.00", "ग्रे-निकोल्स लेजेंड इंग्लिश विलो क्रिकेट बैट, हैरो", "18999",
     {"theirs": {"brand": "Gray-Nicolls"}}),
    (None, None, "ग्रे-निकोल्स लेजेंड इंग्लिश विलो क्रिकेट बैट, शॉर्ट हैंडल", "19999", {"theirs": {"brand": "Gray-Nicolls"}}),
    ("SS Ton Reserve Edition English Willow Cricket Bat Harrow", "319.00", None, None),
    ("Kookaburra Kahuna Pro English Willow Cricket Bat SH", "289.00", None, None),
    ("Masuri E Line Steel Cricket Helmet Size M", "89.00", None, None),
    ("Dukes Special County Leather Cricket Ball Red 5.5oz", "24.00", None, None),
    ("Gunn & Moore Diamond Cricket Duffle Bag", "69.00", None, None),
    (None, None, "MRF Genius Grand Edition इंग्लिश विलो क्रिकेट बैट (शॉर्ट हैंडल)", "29999"),
    (None, None, "SF Blaster कश्मीर विलो क्रिकेट बैट, साइज़ 6", "1199"),
    (None, None, "Nivia Tornado लेदर क्रिकेट बॉल, लाल (156 ग्राम)", "399"),
]

# A German laboratory supply shop against a Japanese one in yen: "ビーカー" / "トールビーカー" beaker /
# tall beaker, "三角フラスコ" Erlenmeyer flask ("広口" wide neck), "ねじ口びん" screw-cap bottle ("青
# キャップ付" with a blue cap, "茶褐色" amber), "シングルチャンネル" / "8チャンネル" single / eight
# channel, "ピペットチップ" tips, "遠沈管" centrifuge tube ("滅菌済" sterile, "25本×20袋" 20 bags of
# 25), "チューブ" tube ("無色" / "褐色" colourless / amber), "ホットスターラー" / "マグネチックスターラー"
# heated / unheated stirrer, "ニトリル手袋 パウダーフリー" powder-free nitrile gloves, "シャーレ" petri
# dish ("ベントなし" no vents), "pHメーター", "洗浄びん" wash bottle, "メスシリンダー" graduated cylinder;
# "1箱(10個入)" a box of ten, "1000本入" a thousand; the maker Eppendorf and its "Research plus"
# in katakana ("エッペンドルフ リサーチプラス"), Mettler Toledo too ("メトラー・トレド"); our "µl"
# (the micro sign) their "μL" (the Greek mu), our "x" their "×", our "–" their "～"; two titles in
# full-width letters and digits as some sellers write them.
LAB: list[Row] = [
    ("DURAN Becherglas niedrige Form 250 ml, 10 Stück", "39.90", "DURAN ビーカー 250mL 1箱(10個入)", "6480",
     {"ours": {"mpn": "21 106 36"}, "theirs": {"description": "メーカー品番: 21 106 36 / 低形・目盛付き、ホウケイ酸ガラス3.3"}}),
    ("DURAN Becherglas hohe Form 250 ml, 10 Stück", "44.90", "DURAN トールビーカー 250mL 1箱(10個入)", "7260",
     {"ours": {"mpn": "21 116 36"}, "theirs": {"description": "メーカー品番: 21 116 36 / 高形・目盛付き"}}),
    (None, None, "DURAN ビーカー 400mL 1箱(10個入)", "7920"),
    (None, None, "DURAN ビーカー 250mL 1個", "780"),
    ("DURAN Erlenmeyerkolben Enghals 500 ml, 10 Stück", "59.90", "DURAN 三角フラスコ 500mL 1箱(10個入)", "9680"),
    (None, None, "DURAN 三角フラスコ 250mL 1箱(10個入)", "7480"),
    (None, None, "DURAN 三角フラスコ 広口 500mL 1箱(10個入)", "10450"),
    ("DURAN Laborflasche GL 45 mit Schraubverschluss 1000 ml", "12.90", "DURAN ねじ口びん GL45 1000mL 青キャップ付", "1980"),
    (None, None, "DURAN ねじ口びん GL45 500mL 青キャップ付", "1540"),
    (None, None, "DURAN ねじ口びん 茶褐色 GL45 1000mL", "2420"),
    ("Eppendorf Research plus Pipette 100\u20131000 \u00b5l", "389.00", "エッペンドルフ リサーチプラス シングルチャンネル 100～1000\u03bcL", "68200",
     {"ours": {"mpn": "3123000063"}, "theirs": {"brand": "Eppendorf", "description": "品番 3123000063 / 可変容量、オートクレーブ可"}}),
    (None, None, "エッペンドルフ リサーチプラス シングルチャンネル 10～100\u03bcL", "68200",
     {"theirs": {"brand": "Eppendorf", "description": "品番 3123000047"}}),
    (None, None, "エッペンドルフ リサーチプラス 8チャンネル 10～100\u03bcL", "162800",
     {"theirs": {"brand": "Eppendorf", "description": "品番 3125000036"}}),
    ("Eppendorf Pipettenspitzen epT.I.P.S. 50\u20131000 \u00b5l, 1000 Stück", "59.90", "Eppendorf epT.I.P.S. ピペットチップ 50～1000\u03bcL 1000本入",
     "9900"),
    (None, None, "Eppendorf epT.I.P.S. ピペットチップ 2～200\u03bcL 1000本入", "8800"),
    ("Falcon Zentrifugenröhrchen 50 ml steril, 500 Stück", "189.00", "Falcon 遠沈管 50mL 滅菌済 25本×20袋", "32800",
     {"ours": {"mpn": "352070", "gtin": GTIN_FALCON_50}, "theirs": {"description": "Corning 352070 / PP製、コニカルボトム"}}),
    ("Falcon Zentrifugenröhrchen 15 ml steril, 500 Stück", "169.00", "Falcon 遠沈管 15mL 滅菌済 50本×10袋", "27500",
     {"ours": {"mpn": "352096"}, "theirs": {"description": "Corning 352096 / PP製"}}),
    ("Eppendorf Safe-Lock Tubes 1,5 ml farblos, 1000 Stück", "39.90", "Eppendorf セーフロックチューブ 1.5mL 無色 1000本入", "6600"),
    (None, None, "Eppendorf セーフロックチューブ 2.0mL 無色 1000本入", "6600"),
    (None, None, "Eppendorf セーフロックチューブ 1.5mL 褐色 1000本入", "9900"),
    ("IKA C-MAG HS 7 Magnetrührer mit Heizung", "699.00", "IKA ホットスターラー C-MAG HS 7", "148500"),
    (None, None, "IKA ホットスターラー C-MAG HS 10", "185900"),
    (None, None, "IKA マグネチックスターラー C-MAG MS 7", "76800"),
    ("Nitril-Handschuhe puderfrei Größe M, 100 Stück", "8.90", "ニトリル手袋 パウダーフリー Mサイズ 100枚入", "1280"),
    (None, None, "ニトリル手袋 パウダーフリー Lサイズ 100枚入", "1280"),
    (None, None, "ニトリル手袋 パウダーフリー Mサイズ 250枚入", "2980"),
    ("Sarstedt Petrischalen 92 x 16 mm ohne Nocken, 480 Stück", "79.00", "Sarstedt シャーレ 92×16mm ベントなし 480枚入", "14800"),
    ("Mettler Toledo FiveEasy pH-Meter F20", "689.00", "メトラー・トレド pHメーター FiveEasy F20", "158000"),
    (None, None, "メトラー・トレド pHメーター FiveEasy F20 スタンダードキット", "178000"),
    ("Spritzflasche LDPE 500 ml", "3.90", "洗浄びん ５００ｍＬ ＬＤＰＥ", "480"),
    ("BRAND Messzylinder hohe Form Klasse A 100 ml", "29.90", "ＢＲＡＮＤ メスシリンダー クラスＡ １００ｍＬ", "5940"),
    (None, None, "BRAND メスシリンダー クラスB 100mL", "3520"),
    ("DURAN Becherglas niedrige Form 600 ml, 10 Stück", "54.90", None, None),
    ("Eppendorf Research plus Pipette 0,5\u201310 \u00b5l", "389.00", None, None),
    ("IKA RCT basic Magnetrührer mit Heizung", "599.00", None, None),
    ("Nitril-Handschuhe puderfrei Größe S, 100 Stück", "8.90", None, None),
    (None, None, "アズワン ビーカー 250mL ポリプロピレン製", "390"),
    (None, None, "ナルゲン 広口ボトル 500mL", "1650"),
    (None, None, "アズワン 試験管立て 50本架", "2200"),
]

KINDS: dict[str, list[Row]] = {
    "drums and cymbals, a Hungarian shop in forint": DRUMS, "table tennis, an Indonesian marketplace in rupiah": TABLE_TENNIS,
    "cricket, an Indian shop in Hindi in rupees": CRICKET, "laboratory supplies, a Japanese shop in yen": LAB,
}
HUNGARIAN, INDONESIAN, HINDI, JAPANESE = KINDS
CURRENCIES = {HUNGARIAN: "HUF", INDONESIAN: "IDR", HINDI: "INR", JAPANESE: "JPY"}

# Each competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price[, its other fields]). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    HUNGARIAN: [(11, "American Classic Hickory 5A dobverő - VIC FIRTH", "5390")],
    INDONESIAN: [(0, "BUTTERFLY TENERGY 05 karet bet tenis meja ORIGINAL JAPAN merah 2.1", "1125000")],
    HINDI: [(8, "एसजी क्लब क्रिकेट बॉल (लाल, लेदर, 156g)", "640")],
    JAPANESE: [(20, "ホットプレートスターラー C-MAG HS7 (IKA)", "147800")],
}

BATCH = Batch(KINDS, SECOND_LISTINGS, CURRENCIES)


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    BATCH.check()
    catalogues = dict(BATCH.catalogues())
    # Every cricket listing of theirs is titled in Devanagari, every laboratory one in Japanese
    # letters (kana or kanji; full-width Latin in two).
    assert all(any("\u0900" <= c <= "\u097f" for c in t["name"]) for t in catalogues[HINDI][1])
    assert all(any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in t["name"]) for t in catalogues[JAPANESE][1])
    assert sum(any("\uff10" <= c <= "\uff5a" for c in t["name"]) for t in catalogues[JAPANESE][1]) == 2
    # Our micro sign, their Greek mu.
    assert all("\u03bc" not in o["name"] for o in catalogues[JAPANESE][0])
    assert all("\u00b5" not in t["name"] for t in catalogues[JAPANESE][1])
    # Two products of ours one word or number apart, both in both shops.
    assert {("O11", "T11"), ("O14", "T14"), ("O26", "T26"), ("O27", "T27")} <= catalogues[HUNGARIAN][2]
    assert {("O0", "T0"), ("O1", "T1"), ("O17", "T17"), ("O18", "T18")} <= catalogues[INDONESIAN][2]
    assert {("O13", "T13"), ("O14", "T14")} <= catalogues[HINDI][2]
    assert {("O0", "T0"), ("O1", "T1"), ("O15", "T15"), ("O16", "T16")} <= catalogues[JAPANESE][2]


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; where the
# eleven rounds' readings say storecheck will not reach it, the test is a strict xfail (raising
# AssertionError, so that a helper renamed fails the run rather than passing as expected).


# Failed at first reading, as expected: 26 of 62 found, 36 missed, no variant matched.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the eleven rounds before found 0.37-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = BATCH.read(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Passed at first reading, as expected: nothing matched, nothing proposed (but 15 of the 23 true
# pairs in these rows were missed, 11 of them in Hindi or Japanese titles).
def test_a_size_a_weight_a_thickness_a_hand_or_a_pack_tells_two_listings_apart(tmp_path):
    # A cymbal's 16" against 18", 20 col against 22 col, a drumhead's 14" against 13", a tom's
    # against another, a pair of sticks against four pairs; a rubber's 2.1mm against 1.9mm, shoes'
    # size 42 against 43, glue's 20ml against 90ml, balls' "isi 3" against "isi 12", "isi 10" against
    # "isi 100"; a bat's "साइज़ 6" against 5, a ball's 156 against 135 grams, a helmet's M against L,
    # tennis balls' pack of 6 against 12, a short handle against a long one; a beaker's 250mL against
    # 400mL and a box of ten against one, a flask's 500mL against 250mL, a bottle's 1000mL against
    # 500mL, a pipette's 100～1000 against 10～100, a tube's 1.5mL against 2.0mL, gloves' M against L
    # and 100 against 250: another value is another product. Nothing of theirs matched to a
    # product it is not.
    for kind, numbers in (
        (HUNGARIAN, [0, 1, 6, 7, 9, 10, 11, 13, 16, 18, 20, 21]),
        (INDONESIAN, [0, 2, 17, 18, 19, 21, 22, 23, 25, 26]),
        (HINDI, [0, 1, 3, 4, 11, 12, 19, 20, 25, 27]),
        (JAPANESE, [0, 2, 3, 4, 5, 7, 8, 10, 11, 17, 18, 23, 24, 25]),
    ):
        counts, found, _ = BATCH.read_rows(tmp_path, kind, numbers)
        assert not counts["wrong matched"], (kind, found)


# Failed at first reading, as expected: six siblings put to a person, none matched: "A Custom 16\"
# fast crash" (0.71) above our A Custom crash's own listing (0.68); "Tenergy 05 FX" (0.60), "Timo
# Boll ALC ST" (0.64), "Carbo 7.6 WRB FL" for our "anatomisch" (0.69), "MX-P 50°" (0.71) and "EL-P"
# (0.61) beside our products' own listings ("the same product as their listing ..."): a handle
# letter, a hardness, one letter of a code and a word on one title only not read as a difference.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a word on one listing only (Mini, Pro, Power, X, Combo, Game, Titanium) was matched or proposed in every round before")
def test_a_sibling_whose_title_differs_by_one_word_letter_or_code_is_another_product(tmp_path):
    # "A Custom" / "A Custom ... fast" / "A ... Medium Thin", "hi-hat ... pár" / "hi-hat top",
    # "Medium Ride" / "Heavy Ride", "5A" / "5AN", "Coated" / "Clear" / "Emperor", "Clear" /
    # "Coated", "HP900PN" / "HP900PWN" / "HP600D", "TD-07KV" / "TD-07DMK" / "TD-07KX", "B-930" /
    # "C-930", "RDT-S" / "RDT-SH"; "Tenergy 05" / "05 FX" / "64", "Merah" / "Hitam", "Dignics 09C" /
    # "05", "ALC FL" / "ALC ST" / "ZLC FL", "Viscaria" / "Viscaria Super ALC", "AN" / "FL", "MX-P" /
    # "MX-P 50°" / "EL-P", "D40+" / "DJ40+", "Hitam" / "Biru", "300X" / "500X", "Rhyzer 48" / "43";
    # "Reserve" / "Player Edition", "इंग्लिश" / "कश्मीर विलो", "लाल" / "सफ़ेद", "Club" / "Test", "पुरुष"
    # / "यूथ" / "बॉयज़", "Matrix" / "Dragon", "स्टील" / "टाइटेनियम", "5000" / "1000", "लाइट" / "हेवी";
    # "ビーカー" / "トールビーカー", "三角フラスコ" / "広口", "青キャップ付" / "茶褐色", "シングル" / "8チャンネル",
    # "無色" / "褐色", "HS 7" / "HS 10" / "MS 7", "F20" / "F20 スタンダードキット", "クラスA" / "クラスB": none of
    # the siblings matched, and nothing put to a person either.
    for kind, numbers in (
        (HUNGARIAN, [0, 2, 3, 4, 5, 6, 8, 11, 12, 16, 17, 19, 20, 22, 23, 24, 25, 29, 30, 31, 32, 33, 34, 35]),
        (INDONESIAN, [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19, 20, 22, 24, 27, 28, 29, 30]),
        (HINDI, [0, 2, 6, 7, 8, 9, 10, 13, 15, 16, 17, 18, 19, 21, 23, 24, 25, 26]),
        (JAPANESE, [0, 1, 4, 6, 7, 9, 10, 12, 17, 19, 20, 21, 22, 27, 28, 30, 31]),
    ):
        counts, found, _ = BATCH.read_rows(tmp_path, kind, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Passed at first reading, as expected: the snares matched under lm400 / lm402 and the sticks
# proposed, each with its own; the other five pairs missed (none crossed).
def test_two_products_of_ours_one_word_or_number_apart_do_not_cross(tmp_path):
    # "5A" / "7A" sticks, "LM400 ... 14x5" / "LM402 ... 14x6,5" snares; Tenergy 05 "rot" / "schwarz"
    # ("Merah" / "Hitam"), Nittaku "3er" / "12er" ("isi 3" / "isi 12 (1 lusin)"); SG Test pads
    # "Right" / "Left Handed" ("दाएं हाथ (RH)" / "बाएं हाथ (LH)"); DURAN "niedrige" / "hohe Form"
    # ("ビーカー" / "トールビーカー"), Falcon "50 ml" / "15 ml": both ours and both theirs; neither of
    # ours matched or put to a person with the other's listing.
    for kind, numbers in ((HUNGARIAN, [11, 14]), (HUNGARIAN, [26, 27]), (INDONESIAN, [0, 1]), (INDONESIAN, [17, 18]),
                          (HINDI, [13, 14]), (JAPANESE, [0, 1]), (JAPANESE, [15, 16])):
        counts, found, _ = BATCH.read_rows(tmp_path, kind, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Passed at first reading, as expected: 15 of 16 found (7 matched under a model code, 8 proposed);
# the Roland RDT-S throne missed (0.31 alone, the maker in their brand field only).
def test_a_hungarian_title_around_a_makers_model_finds_our_product(tmp_path):
    # "Zildjian A Custom 16\" crash cintányér" / "Zildjian A Custom Crash 16\" Becken", "Tama
    # HP900PN Iron Cobra 900 Power Glide lábgép" / "... Fußmaschine": the maker and the model in
    # every title but the thrones', the kind in each shop's language. At least half found (the
    # Czech welding shop of the eleventh round: 11 of 14).
    counts, found, truth = BATCH.read_rows(tmp_path, HUNGARIAN)
    assert share_found(counts, truth) >= 0.5, found


# Passed at first reading, as expected, at its floor: 8 of 16 found, all proposed (0.62-0.80); the
# balls ("3-Stern ... weiß 3er" / "3 Star Putih isi 3", 0.35-0.43 alone), the Viscaria ("konkav" /
# "FL", 0.51), the shoes (0.52), the table (0.49), the net (0.52) and the second listing missed.
def test_an_indonesian_marketplace_title_finds_our_product(tmp_path):
    # "Karet Pingpong Butterfly Tenergy 05 Merah 2.1mm Original" / "Butterfly Tenergy 05 Belag rot
    # 2,1 mm": the maker and the model shared, the kind and the colour in Indonesian, "Original" on
    # most. At least half found.
    counts, found, truth = BATCH.read_rows(tmp_path, INDONESIAN)
    assert share_found(counts, truth) >= 0.5, found


# Failed at first reading, as expected: 2 of 14 found (the Masuri helmet 0.60, the SS kit bag 0.70,
# proposed); every other title around a Latin maker and model missed (0.21-0.41 alone), the maker
# in Devanagari lower still (Gray-Nicolls 0.09, "एसजी" 0.16).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a title in another script around a Latin maker and model found under half before (Ukrainian 4 of 15, Persian 4 of 17, Greek 3 of 14)")
def test_a_hindi_title_around_a_latin_model_finds_our_product(tmp_path):
    # "SS Ton Reserve Edition इंग्लिश विलो क्रिकेट बैट (शॉर्ट हैंडल)" / "SS Ton Reserve Edition English
    # Willow Cricket Bat Short Handle": the maker and the model in Latin, the rest in Devanagari
    # (much of it English spelt in Devanagari). At least half found.
    counts, found, truth = BATCH.read_rows(tmp_path, HINDI)
    assert share_found(counts, truth) >= 0.5, found


# Failed at first reading, as expected: 1 of 16 found (the epT.I.P.S. tips, proposed 0.61); DURAN's
# four, Falcon's two, IKA's, Sarstedt's missed (0.27-0.46 alone), the makers in katakana lower
# (Eppendorf 0.16, Mettler Toledo 0.37), the full-width titles 0.52 and 0.36.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a title in another script around a Latin maker and model found under half before (Ukrainian 4 of 15, Persian 4 of 17)")
def test_a_japanese_title_around_a_latin_maker_finds_our_product(tmp_path):
    # "DURAN ビーカー 250mL 1箱(10個入)" / "DURAN Becherglas niedrige Form 250 ml, 10 Stück", "IKA
    # ホットスターラー C-MAG HS 7": a maker and a size or a model in Latin, the kind in Japanese; two
    # makers in katakana. At least half found.
    counts, found, truth = BATCH.read_rows(tmp_path, JAPANESE)
    assert share_found(counts, truth) >= 0.5, found


# Passed at first reading, as expected: nothing of one maker matched or proposed with another's.
def test_a_size_or_a_code_every_maker_writes_names_no_product(tmp_path):
    # "5A ... hickory ... dobverő pár" on Promark's and Vic Firth's sticks, "16\" crash cintányér"
    # on Paiste's and Zildjian's, "14\" hi-hat cintányér pár" on Sabian's and Zildjian's; "40+ 3
    # Star Putih" on 729's, DHS's and Nittaku's balls, "FL" on Yasaka's and Butterfly's blades,
    # "Merah" on Yinhe's and Butterfly's rubbers; "इंग्लिश विलो क्रिकेट बैट (शॉर्ट हैंडल)" on MRF's and
    # SS's bats, "कश्मीर विलो ... साइज़ 6" on SF's and SG's, "लेदर क्रिकेट बॉल, लाल (156 ग्राम)" on
    # Nivia's and SG's; "ビーカー 250mL" on As One's and DURAN's: no product of one maker matched or
    # put to a person with another's.
    for kind, numbers in ((HUNGARIAN, [0, 4, 11, 15, 42, 43]), (INDONESIAN, [0, 10, 17, 19, 36, 37, 39]),
                          (HINDI, [0, 3, 8, 35, 36, 37]), (JAPANESE, [0, 36])):
        counts, found, _ = BATCH.read_rows(tmp_path, kind, numbers)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Failed at first reading, as expected: 5 of 16 found; "20 col" matched under b20mr and "18 col"
# proposed; "2,1 mm" / "2.1mm", "konkav" / "FL" and "anatomisch" / "AN" proposed (0.62-0.67, with
# the "ST" and "FL" siblings beside them, 0.63, 0.66), "3er" / "isi 3" and "12er" / "isi 12 (1
# lusin)" missed; in Hindi and Japanese every one missed ("5.5oz" / "156 ग्राम", "25本×20袋", "µl" /
# "μL", "５００ｍＬ").
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a quantity in another unit or written another way joined few pairs before (\"14 Zoll\" / \"14\\\"\", \"500 g\" / \"370 ml\", \"1000\" / \"20 x 50\")")
def test_a_size_or_a_count_written_another_way_finds_its_product(tmp_path):
    # "20\"" / "20 col", "18\"" / "18 col"; "2,1 mm" / "2.1mm", "konkav" / "FL", "anatomisch" /
    # "AN", "12er" / "isi 12 (1 lusin)"; "5.5oz" / "156 ग्राम", "Pack of 6" / "(6 का पैक)", "Harrow"
    # / "हैरो"; "500 Stück" / "25本×20袋" and "50本×10袋", "100–1000 µl" / "100～1000μL", "92 x 16 mm"
    # / "92×16mm", "500 ml" / "５００ｍＬ", "Klasse A 100 ml" / "クラスＡ １００ｍＬ": each found (matched
    # or put to a person), and no sibling in another size matched.
    for kind, numbers in ((HUNGARIAN, [6, 7, 9, 10]), (INDONESIAN, [0, 2, 7, 8, 12, 13, 17, 18]),
                          (HINDI, [11, 12, 25, 27, 28, 29]), (JAPANESE, [10, 11, 15, 16, 26, 29, 30, 31])):
        counts, found, truth = BATCH.read_rows(tmp_path, kind, numbers)
        assert share_found(counts, truth) == 1 and not counts["wrong matched"], (kind, found)


# Failed at first reading, as expected: Remo's head proposed on its words (0.62, not its code), the
# Eppendorf pipette (katakana) and the Cornilleau table missed; no sibling paired.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a part number in our MPN and their description only joined nothing in kinds10b and kinds11 (Jabsco, Harken, Binzel, Lyson)")
def test_a_part_number_only_in_our_mpn_and_their_description_finds_our_product(tmp_path):
    # Remo's "BA-0114-00" (our MPN; their description "Gyártói cikkszám: BA-0114-00") against its
    # siblings' "BA-0314-00", "BA-0113-00", "BE-0114-00"; Eppendorf's "3123000063" (their title in
    # katakana, the maker in their brand field) against "3123000047" and "3125000036"; Cornilleau's
    # "115300" against "115500": our product found, no sibling matched or proposed.
    for kind, numbers in ((HUNGARIAN, [16, 17, 18, 19]), (JAPANESE, [10, 11, 12]), (INDONESIAN, [27, 28])):
        counts, found, truth = BATCH.read_rows(tmp_path, kind, numbers)
        assert share_found(counts, truth) == 1, (kind, found)
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Failed at first reading, as expected: one second listing of four found (the Vic Firth sticks, "VIC
# FIRTH" last, proposed 0.68); the Tenergy's (0.50 alone), the Devanagari "एसजी" (0.16, its first
# listing missed too) and "C-MAG HS7 (IKA)" (0.24, likewise) missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of four in kinds11")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # "American Classic Hickory 5A dobverő - VIC FIRTH" (the maker last, in capitals), "BUTTERFLY
    # TENERGY 05 karet bet tenis meja ORIGINAL JAPAN merah 2.1" (another seller's words), "एसजी क्लब
    # क्रिकेट बॉल (लाल, लेदर, 156g)" (the maker in Devanagari), "ホットプレートスターラー C-MAG HS7 (IKA)"
    # (the model written together, the maker in brackets): both listings ours, matched or put to a
    # person.
    total, missed = BATCH.second_listings_missed(tmp_path)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_twelfth_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at 8bcc9c1, the same as 74fbda8, the twenty-second
    # session's final): 26 of 62 true pairs found (7 matched, 19 proposed), 36 missed; no variant
    # matched, 6 proposed (the "fast crash" above our crash's own listing, Tenergy 05 FX, Timo Boll
    # ALC ST, MX-P 50° and EL-P beside our products' own listings, the "WRB FL" for our "gerade").
    holds_its_first_reading(BATCH.read(tmp_path), matched=7, found=26, wrong_matched=0, wrong_proposed=6)


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds12 [-v]
    BATCH.print_reading()
