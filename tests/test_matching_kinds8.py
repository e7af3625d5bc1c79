"""An eighth batch of catalogues of other kinds, written before the matcher read them, so that
their first reading is a figure on catalogues the matching rules were not written on. Its shape
differs from the seven before: fewer kinds, each a catalogue of the size a small shop sells
(ours 15-19 products, theirs 29-36 listings), and each competitor writes as one real kind of
shop writes: gift and prepaid cards (a German key shop's "|"-separated titles), drones and RC
(a Japanese shop, katakana and "付属"), equestrian (a small German saddlery's abbreviations
"Schabr.", "VS", "DL", "WB" against a British shop's feet and inches), curtains, blinds and
wallpaper (a Polish shop, the brand in its own field only), towels and bath textiles (a Turkish
shop, "4'lü", "İrya"), car electronics (a Spanish marketplace's long titles).

Each catalogue is a list of rows as `tests/kinds_batches.py` reads them: (our title, our price,
their title, their price[, {"ours": {...}, "theirs": {...}}]). A row with both titles is one
product in both shops, worded as each shop words it; a row with one title is a variant that
only one shop sells (another value of a card, region, membership length, bundle, battery count,
connector, cell count, size in feet and inches or in centimetres, mouthpiece width, panel count,
window size, roll number, pack count, colour, rear camera or none, wattage, bulb socket) and has
no counterpart: matching it to anything is a wrong pair. Shared strings that name no product
stand in many titles on purpose: card values ("50 €"), "249g未満", "1/10", "VG1", "BETA 2018
Level 3", a wallpaper roll's "10,05 x 0,53 m", "2.7K", "H7", "12 V".

Each competitor also lists one of our products twice (`SECOND_LISTINGS`: a reseller's or an
older feed's title for the same product): both listings are true pairs of our product.
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Catalogues, Row, catalogues_with_second_listings, check_the_rows, holds_its_first_reading, read_catalogues
from tests.kinds_batches import every_catalogue as _every_catalogue
from tests.kinds_batches import gtin_with_check_digit as _ean
from tests.kinds_batches import read_the_batch as _read_the_batch


GTIN_PSN_50 = _ean("071171954370")
GTIN_APPLE_50 = _ean("019425903412")
GTIN_MOEVE_SCHNEE = _ean("400431212341")
GTIN_MOEVE_NAVY = _ean("400431212358")

# A German supermarket chain's gift card rack against a key shop: the value is the product and
# every value stands in other cards' titles; a region, a membership's length, a plan, a delivery.
GIFT_AND_PREPAID_CARDS: list[Row] = [
    ("PlayStation Store Guthabenkarte 20 EUR", "20.00", "PSN Guthaben 20€ | PlayStation Network Karte | Deutsches Konto", "19.49"),
    (None, None, "PSN Guthaben 20€ | PlayStation Network Karte | Österreichisches Konto", "19.49"),
    ("PlayStation Store Guthabenkarte 50 EUR", "50.00", "PSN Guthaben 50€ | PlayStation Network Karte | Deutsches Konto", "48.49",
     {"ours": {"gtin": GTIN_PSN_50}}),
    (None, None, "PSN Guthaben 100€ | PlayStation Network Karte | Deutsches Konto", "96.99"),
    ("PlayStation Plus Essential 12 Monate Mitgliedschaft", "71.99", "PlayStation Plus Essential 12 Monate | PS Plus Mitgliedschaft | DE",
     "59.99"),
    (None, None, "PlayStation Plus Essential 3 Monate | PS Plus Mitgliedschaft | DE", "24.99"),
    (None, None, "PlayStation Plus Extra 12 Monate | PS Plus Mitgliedschaft | DE", "119.99"),
    ("Xbox Game Pass Ultimate 3 Monate", "44.99", "Xbox Game Pass Ultimate – 3 Monate Mitgliedschaft (Xbox / Windows) Download Code",
     "39.99"),
    (None, None, "Xbox Game Pass Ultimate – 1 Monat Mitgliedschaft (Xbox / Windows) Download Code", "14.99"),
    ("Xbox Guthaben 25 EUR", "25.00", "Xbox Live Guthaben 25 Euro – Download Code (EU)", "23.99"),
    ("Nintendo eShop Card 15 EUR", "15.00", "Nintendo eShop Guthaben 15 EUR | Code für Switch (DE)", "14.59"),
    (None, None, "Nintendo eShop Guthaben 50 EUR | Code für Switch (DE)", "48.49"),
    ("Nintendo Switch Online 12 Monate Einzelmitgliedschaft", "19.99",
     "Nintendo Switch Online Mitgliedschaft 12 Monate – Einzelmitgliedschaft", "17.99"),
    (None, None, "Nintendo Switch Online Mitgliedschaft 12 Monate – Familienmitgliedschaft", "34.99"),
    (None, None, "Nintendo Switch Online + Erweiterungspaket 12 Monate – Einzelmitgliedschaft", "39.99"),
    ("Steam Guthabenkarte 50 EUR", "50.00", "Steam Gift Card 50 EUR – Steam Wallet Code (Global)", "47.99"),
    (None, None, "Steam Gift Card 20 EUR – Steam Wallet Code (Global)", "19.49"),
    ("Google Play Guthaben 25 EUR", "25.00", "Google Play Geschenkkarte 25 € (nur DE-Konten)", "25.00"),
    ("Apple Gift Card 50 EUR", "50.00", "Apple Geschenkkarte 50 € – App Store, iTunes, iCloud", "50.00",
     {"ours": {"gtin": GTIN_APPLE_50}, "theirs": {"gtin": GTIN_APPLE_50}}),
    (None, None, "Apple Geschenkkarte 25 € – App Store, iTunes, iCloud", "25.00"),
    ("paysafecard 50 EUR", "50.00", "Paysafecard 50€ PIN (Deutschland)", "50.00"),
    (None, None, "Paysafecard 25€ PIN (Deutschland)", "25.00"),
    (None, None, "Paysafecard 50€ PIN (Österreich)", "50.00"),
    ("Spotify Premium Geschenkkarte 30 EUR", "30.00", "Spotify Premium Gutschein 30 € (3 Monate)", "30.00"),
    (None, None, "Spotify Premium Gutschein 60 € (6 Monate)", "60.00"),
    ("Netflix Geschenkkarte 25 EUR", "25.00", "Netflix Gutschein 25 Euro", "25.00"),
    ("Amazon.de Geschenkgutschein 50 EUR in Geschenkbox", "50.00", "Amazon.de Gutschein 50 € in Geschenkbox (Weihnachtsmotiv)", "50.00"),
    (None, None, "Amazon.de Gutschein 50 € per E-Mail", "50.00"),
    ("EA SPORTS FC 25 Points 2800 (PS5)", "24.99", "EA SPORTS FC 25 - 2800 FC Points | PS4/PS5 Download Code - deutsches Konto", "22.99"),
    (None, None, "EA SPORTS FC 25 - 1050 FC Points | PS4/PS5 Download Code - deutsches Konto", "9.99"),
    (None, None, "EA SPORTS FC 25 - 2800 FC Points | Xbox Download Code", "22.99"),
    ("Fortnite 2800 V-Bucks Karte", "22.99", "Fortnite 2.800 V-Bucks Geschenkkarte (alle Plattformen)", "21.99"),
    (None, None, "Fortnite 5.000 V-Bucks Geschenkkarte (alle Plattformen)", "36.99"),
    ("Roblox Geschenkkarte 800 Robux", "9.99", "Roblox Gift Card – 800 Robux (Digital Code)", "9.99"),
    (None, None, "Roblox Gift Card – 2000 Robux (Digital Code)", "24.99"),
    ("Zalando Geschenkgutschein 50 EUR", "50.00", None, None),
    ("IKEA Geschenkkarte 25 EUR", "25.00", None, None),
]

# A German drone shop against a Japanese one: katakana for "combo", "battery", "charger", the
# Tamiya number and scale written "1/10" against "1:10", "付属" (included) after what is bundled.
DRONES_AND_RC: list[Row] = [
    ("DJI Mini 4 Pro mit DJI RC 2", "999.00", "DJI Mini 4 Pro (DJI RC 2付属) ドローン 4K HDR 249g未満", "949.00"),
    (None, None, "DJI Mini 4 Pro Fly More コンボ プラス (DJI RC 2付属) 249g未満", "1199.00"),
    (None, None, "DJI Mini 4 Pro (DJI RC-N2付属) ドローン 4K HDR 249g未満", "799.00"),
    ("DJI Mini 4 Pro Fly More Combo (DJI RC 2)", "1099.00", "DJI Mini 4 Pro Fly More コンボ (DJI RC 2付属) 249g未満", "1049.00"),
    ("DJI Avata 2 Fly More Combo (3 Akkus)", "1199.00", "DJI Avata 2 Fly More コンボ (バッテリー3個)", "1149.00"),
    (None, None, "DJI Avata 2 Fly More コンボ (バッテリー1個)", "999.00"),
    ("DJI Mini 4 Pro Intelligent Flight Battery Plus", "109.00", "DJI Mini 4 Pro インテリジェントフライトバッテリー Plus", "99.00"),
    (None, None, "DJI Mini 4 Pro インテリジェントフライトバッテリー", "79.00"),
    ("DJI Mini 4 Pro ND-Filterset (ND16/64/256)", "69.00", "DJI Mini 4 Pro NDフィルターセット (ND16/64/256)", "62.00"),
    (None, None, "DJI Mini 4 Pro NDフィルターセット (ND8/32/128)", "62.00"),
    ("DJI Osmo Pocket 3 Creator Combo", "669.00", "DJI Osmo Pocket 3 クリエイターコンボ", "639.00"),
    (None, None, "DJI Osmo Pocket 3", "519.00"),
    ("DJI Neo Fly More Combo", "329.00", "DJI Neo Fly More コンボ", "309.00"),
    (None, None, "DJI Neo 単体", "229.00"),
    ("Ryze Tello Boost Combo", "159.00", "Ryze Tech Tello ブーストコンボ トイドローン", "149.00"),
    ("Tamiya TT-02 Porsche 911 GT3 Bausatz 1:10 58689", "139.00",
     "タミヤ 1/10 電動RCカーシリーズ No.689 ポルシェ 911 GT3 (TT-02シャーシ) 58689", "119.00"),
    (None, None, "タミヤ 1/10 電動RCカーシリーズ No.700 フォード マスタング (TT-02シャーシ) 58700", "119.00"),
    ("Tamiya Hornet EVO 1:10 58630", "149.00", "タミヤ 1/10 電動RCカー ホーネット EVO.", "129.00",
     {"theirs": {"description": "商品番号: 58630 組み立てキット"}}),
    ("Gens ace LiPo Akku 5000 mAh 3S 11,1 V 50C Deans", "49.90", "Gens ace リポバッテリー 5000mAh 11.1V 50C 3S1P Deansプラグ", "45.90"),
    (None, None, "Gens ace リポバッテリー 5000mAh 14.8V 50C 4S1P Deansプラグ", "62.90"),
    (None, None, "Gens ace リポバッテリー 5000mAh 11.1V 50C 3S1P XT60プラグ", "45.90"),
    ("SkyRC B6neo Ladegerät 200 W", "59.90", "SkyRC B6neo スマート充電器 DC 200W", "54.90"),
    ("Futaba 7PX Fernsteuerung mit Empfänger R334SBS", "699.00", "フタバ 7PX 送信機 R334SBS 受信機付き", "649.00",
     {"theirs": {"brand": "Futaba"}}),
    ("RadioMaster TX16S MKII HALL ELRS", "199.00", "RadioMaster TX16S MKII HALL送信機 ELRS版", "189.00"),
    (None, None, "RadioMaster TX16S MKII HALL送信機 4in1版", "189.00"),
    ("DJI Goggles 3", "549.00", "DJI Goggles 3 ゴーグル", "519.00"),
    (None, None, "DJI Goggles N3 ゴーグル", "229.00"),
    ("Holy Stone HS720G GPS Drohne 4K", "259.00", "Holy Stone GPS ドローン HS720G 4K カメラ付き", "239.00"),
    ("DJI Care Refresh 1 Jahr (DJI Mini 4 Pro)", "79.00", None, None),
    ("Blade Nano QX 2 FPV RTF", "149.00", None, None),
]

# A small German saddlery (abbreviations: "Schabr." saddle pad, "VS" general purpose, "DL"
# dressage, "WB" warmblood) against a British shop: rugs in feet and inches, bits and stirrups in
# inches, a helmet standard and a body protector level every such product carries.
EQUESTRIAN: list[Row] = [
    ("Eskadron Schabr. Cotton VS WB navy", "49.90", "Eskadron Cotton Saddle Pad, GP, Full, Navy", "44.95"),
    (None, None, "Eskadron Cotton Saddle Pad, Dressage, Full, Navy", "44.95"),
    (None, None, "Eskadron Cotton Saddle Pad, GP, Pony, Navy", "42.95"),
    ("Eskadron Schabr. Cotton DL WB schwarz", "49.90", "Eskadron Cotton Saddle Pad, Dressage, Full, Black", "44.95"),
    ("Horseware Rambo Original Turnout 200g 145 cm", "389.00", "Horseware Rambo Original Turnout Rug Medium 200g 6'3\"", "349.00"),
    (None, None, "Horseware Rambo Original Turnout Rug Medium 200g 6'6\"", "359.00"),
    (None, None, "Horseware Rambo Original Turnout Rug Lite 0g 6'3\"", "299.00"),
    ("Bucas Stay Dry Abschwitzdecke 135 cm", "99.00", "Bucas Stay Dry Cooler 5'9\"", "89.00"),
    (None, None, "Bucas Stay Dry Cooler 6'3\"", "92.00"),
    ("Veredus Carbon Gel Vento Gamaschen vorne Gr. M", "189.00", "Veredus Carbon Gel Vento Front Boots, Medium", "169.00"),
    (None, None, "Veredus Carbon Gel Vento Front Boots, Large", "169.00"),
    (None, None, "Veredus Carbon Gel Vento Hind Boots, Medium", "149.00"),
    ("Sprenger Olivenkopf-Trense KK Ultra 16 mm 125 mm", "129.00", "Herm Sprenger KK Ultra Eggbutt Snaffle 16mm, 5\"", "115.00"),
    (None, None, "Herm Sprenger KK Ultra Eggbutt Snaffle 16mm, 5.5\"", "115.00"),
    (None, None, "Herm Sprenger KK Ultra Eggbutt Snaffle 14mm, 5\"", "115.00"),
    ("Uvex Reithelm Exxential II schwarz matt M-L 57-59", "139.00", "Uvex Exxential II Riding Hat VG1, Black Matt, 57-59 cm", "125.00",
     {"ours": {"description": "Geprüft nach VG1 01.040 2014-12."}}),
    (None, None, "Uvex Exxential II Riding Hat VG1, Black Matt, 55-57 cm", "125.00"),
    (None, None, "Charles Owen MS1 Pro Riding Hat VG1, Black, 57 cm", "159.00"),
    ("Airowear Outlyne Sicherheitsweste Damen Level 3 Gr. M", "179.00",
     "Airowear Outlyne Ladies Body Protector BETA 2018 Level 3, Size M Regular", "165.00",
     {"ours": {"description": "Norm EN 13158:2018, BETA 2018 Level 3."}}),
    (None, None, "Airowear Outlyne Ladies Body Protector BETA 2018 Level 3, Size L Regular", "165.00"),
    (None, None, "Airowear Outlyne Mens Body Protector BETA 2018 Level 3, Size M Regular", "165.00"),
    ("Effol Hufsalbe 500 ml", "12.95", "Effol Hoof Ointment 500ml", "11.49"),
    (None, None, "Effol Hoof Ointment 1000ml", "19.99"),
    (None, None, "Effol Hoof Oil 475ml", "12.49"),
    ("Leovet Power Phaser Fliegenspray 550 ml", "17.95", "Power Phaser Fly Spray 550ml", "15.99", {"theirs": {"brand": "Leovet"}}),
    ("Glyx-Wiese Mash 15 kg", "34.90", "St Hippolyt Glyx Wiese Mash 15kg", "31.99", {"ours": {"brand": "St. Hippolyt"}}),
    (None, None, "St Hippolyt Glyx Wiese BoxPellets 20kg", "29.99"),
    ("Sprenger Bow Balance Steigbügel Edelstahl 120 mm", "119.00", "Herm Sprenger Bow Balance Stirrup Irons 4 3/4\" stainless", "105.00"),
    (None, None, "Herm Sprenger Bow Balance Stirrup Irons 4 1/2\" stainless", "105.00"),
    ("Kerbl Halfter Economic Gr. WB braun", "12.90", "Kerbl Economic Headcollar, Full, Brown", "10.99"),
    (None, None, "Kerbl Economic Headcollar, Cob, Brown", "10.99"),
    ("Waldhausen Putzbox mit Inhalt rot", "29.95", None, None),
    ("Passier Lederbalsam 500 ml", "16.90", None, None),
]

# A German DIY chain against a Polish shop that keeps the brand in its own field: sizes written
# "135 x 245 cm" / "135x245 cm", a roof window's size code (MK04) and colour code, every
# wallpaper roll 10,05 x 0,53 m, a wallpaper's number only in the descriptions.
CURTAINS_BLINDS_WALLPAPER: list[Row] = [
    ("Gardinia Thermovorhang blickdicht mit Ösen 135 x 245 cm grau", "24.99",
     "Zasłona zaciemniająca na przelotkach 135x245 cm szara", "22.99", {"theirs": {"brand": "Gardinia"}}),
    (None, None, "Zasłona zaciemniająca na przelotkach 135x270 cm szara", "25.99", {"theirs": {"brand": "Gardinia"}}),
    ("Gardinia Thermovorhang blickdicht mit Ösen 135 x 245 cm beige", "24.99",
     "Zasłona zaciemniająca na przelotkach 135x245 cm beżowa", "22.99", {"theirs": {"brand": "Gardinia"}}),
    (None, None, "Zasłona zaciemniająca na przelotkach 135x245 cm granatowa", "22.99", {"theirs": {"brand": "Gardinia"}}),
    ("Gardinia Klemmfix Rollo ohne Bohren 60 x 150 cm weiß", "19.99", "Roleta materiałowa Klemmfix bez wiercenia 60x150 cm biała",
     "17.99", {"theirs": {"brand": "Gardinia"}}),
    (None, None, "Roleta materiałowa Klemmfix bez wiercenia 70x150 cm biała", "18.99", {"theirs": {"brand": "Gardinia"}}),
    (None, None, "Roleta materiałowa Klemmfix bez wiercenia 60x210 cm biała", "21.99", {"theirs": {"brand": "Gardinia"}}),
    ("Gardinia Klemmfix Rollo ohne Bohren 80 x 150 cm weiß", "22.99", "Roleta materiałowa Klemmfix bez wiercenia 80x150 cm biała",
     "20.99", {"theirs": {"brand": "Gardinia"}}),
    ("IKEA FYRTUR Verdunkelungsrollo smart 80x195 cm grau", "139.00",
     "IKEA FYRTUR roleta zaciemniająca, bezprzewodowa/zasilana baterią szary 80x195 cm", "129.00"),
    (None, None, "IKEA FYRTUR roleta zaciemniająca, bezprzewodowa/zasilana baterią szary 100x195 cm", "149.00"),
    (None, None, "IKEA KADRILJ roleta, bezprzewodowa/zasilana baterią szary 80x195 cm", "109.00"),
    ("Lichtblick Plissee Klemmfix Blackout 60 x 130 cm anthrazit", "34.99", "Plisa zaciemniająca Klemmfix 60x130 cm antracyt", "31.99",
     {"theirs": {"brand": "Lichtblick"}}),
    (None, None, "Plisa zaciemniająca Klemmfix 50x130 cm antracyt", "29.99", {"theirs": {"brand": "Lichtblick"}}),
    ("A.S. Création Vliestapete Daniel Hechter 6 grau 10,05 x 0,53 m 37563-3", "24.99",
     "Tapeta flizelinowa A.S. Création Daniel Hechter 6 szara 37563-3, 10,05x0,53 m", "22.99"),
    (None, None, "Tapeta flizelinowa A.S. Création Daniel Hechter 6 beżowa 37563-1, 10,05x0,53 m", "22.99"),
    ("Erismann Vliestapete Fashion for Walls 3 Marmor grau 10,05 x 0,53 m", "29.99",
     "Tapeta flizelinowa Erismann Fashion for Walls 3 marmur szara 10,05x0,53 m", "26.99",
     {"ours": {"description": "Artikelnummer 10046-10"}, "theirs": {"description": "Nr art. 10046-10"}}),
    (None, None, "Tapeta flizelinowa Erismann Fashion for Walls 3 marmur beżowa 10,05x0,53 m", "26.99",
     {"theirs": {"description": "Nr art. 10046-02"}}),
    ("Rasch Vliestapete Tapetenwechsel Streifen blau 10,05 x 0,53 m", "19.99", None, None),
    ("Metylan Tapetenkleister Spezial 200 g", "7.49", "Klej do tapet Metylan Special 200 g", "6.49"),
    (None, None, "Klej do tapet flizelinowych Metylan Vlies 180 g", "7.99"),
    ("Gardinia Gardinenstange Chicago 2-läufig 160 cm edelstahl-optik", "39.99", "Karnisz podwójny Chicago 160 cm stal szlachetna",
     "35.99", {"theirs": {"brand": "Gardinia"}}),
    (None, None, "Karnisz podwójny Chicago 240 cm stal szlachetna", "49.99", {"theirs": {"brand": "Gardinia"}}),
    (None, None, "Karnisz pojedynczy Chicago 160 cm stal szlachetna", "27.99", {"theirs": {"brand": "Gardinia"}}),
    ("Gardinia Ösenschal Voile transparent 140 x 245 cm weiß", "14.99", "Firana woal na przelotkach 140x245 cm biała", "12.99",
     {"theirs": {"brand": "Gardinia"}}),
    (None, None, "Firany woal na przelotkach 140x245 cm białe, 2 szt.", "23.99", {"theirs": {"brand": "Gardinia"}}),
    ("VELUX Verdunkelungsrollo DKL MK04 1100S weiß", "89.00", "Roleta zaciemniająca VELUX DKL MK04 1100S biała", "82.00"),
    (None, None, "Roleta zaciemniająca VELUX DKL MK06 1100S biała", "92.00"),
    (None, None, "Roleta zaciemniająca VELUX DKL MK04 0705S granatowa", "82.00"),
    ("Aluminium-Jalousie Klemmfix 80 x 130 cm silber", "17.99", "Żaluzja aluminiowa Klemmfix 80x130 cm srebrna", "15.99"),
    (None, None, "Żaluzja aluminiowa Klemmfix 80x150 cm srebrna", "17.99"),
    ("Gardinia Raffrollo Leinenoptik 100 x 140 cm natur", "29.99", None, None),
]

# A German shop against a Turkish one: "El Havlusu" (hand towel), "Banyo Havlusu" (bath towel),
# pack counts written "4'lü" / "2'li", a dotted capital İ, a bath mat set's sizes in another order.
TOWELS_AND_BATH: list[Row] = [
    ("Möve Superwuschel Handtuch 50 x 100 cm schnee", "29.95", "Möve Superwuschel El Havlusu 50x100 cm Beyaz", "27.50",
     {"ours": {"gtin": GTIN_MOEVE_SCHNEE}, "theirs": {"gtin": GTIN_MOEVE_SCHNEE}}),
    (None, None, "Möve Superwuschel El Havlusu 50x100 cm Lacivert", "27.50", {"theirs": {"gtin": GTIN_MOEVE_NAVY}}),
    ("Möve Superwuschel Duschtuch 80 x 150 cm schnee", "59.95", "Möve Superwuschel Banyo Havlusu 80x150 cm Beyaz", "54.90"),
    ("Özdilek Bademli Handtuch-Set 4-teilig Baumwolle weiß", "39.90", "Özdilek Bademli 4'lü Havlu Seti Pamuk Beyaz", "35.90"),
    (None, None, "Özdilek Bademli 2'li Havlu Seti Pamuk Beyaz", "19.90"),
    (None, None, "Özdilek Bademli 4'lü Havlu Seti Pamuk Gri", "35.90"),
    ("English Home Bademantel Waffel Baumwolle Gr. L/XL weiß", "49.99", "English Home Waffle Pamuklu Unisex Bornoz L/XL Beyaz", "44.99"),
    (None, None, "English Home Waffle Pamuklu Unisex Bornoz S/M Beyaz", "44.99"),
    (None, None, "English Home Waffle Pamuklu Unisex Bornoz L/XL Antrasit", "44.99"),
    ("English Home Waffel-Handtuch 50 x 90 cm weiß", "12.99", "English Home Waffle Pamuklu El Havlusu 50x90 cm Beyaz", "10.99"),
    (None, None, "English Home Waffle Pamuklu Yüz Havlusu 30x50 cm Beyaz", "6.99"),
    ("Peshtemal Hamamtuch 100 x 180 cm Baumwolle blau gestreift", "19.90", "Peştemal Pamuk 100x180 cm Mavi Çizgili", "16.90"),
    (None, None, "Peştemal Pamuk 90x170 cm Mavi Çizgili", "14.90"),
    (None, None, "Peştemal Pamuk 100x180 cm Kırmızı Çizgili", "16.90"),
    ("Taç Badvorleger-Set 2-teilig 50 x 60 + 60 x 100 cm anthrazit", "34.90", "Taç 2'li Banyo Paspas Takımı 60x100 + 50x60 cm Antrasit",
     "29.90"),
    (None, None, "Taç 3'lü Banyo Paspas Takımı 60x100 + 50x60 + 40x50 cm Antrasit", "39.90"),
    ("Karaca Home Duschvorhang Textil 180 x 200 cm weiß", "29.90", "Karaca Home Tekstil Duş Perdesi 180x200 cm Beyaz", "26.90"),
    (None, None, "Karaca Home Tekstil Duş Perdesi 120x200 cm Beyaz", "22.90"),
    ("Kleine Wolke Badteppich Seattle 60 x 90 cm platin", "39.95", "Kleine Wolke Seattle Banyo Halısı 60x90 cm Platin", "36.95"),
    (None, None, "Kleine Wolke Seattle Banyo Halısı 70x120 cm Platin", "54.95"),
    ("Cotton Box Baby-Kapuzenhandtuch Bio-Baumwolle 75 x 75 cm", "24.90", "Cotton Box Organik Kapüşonlu Bebek Havlusu 75x75 cm", "21.90"),
    (None, None, "Cotton Box Organik Kapüşonlu Bebek Havlusu 90x90 cm", "26.90"),
    ("Madame Coco Badematte Memory Foam 50 x 80 cm grau", "19.99", "Madame Coco Hafızalı Sünger Banyo Paspası 50x80 cm Gri", "17.99"),
    (None, None, "Madame Coco Hafızalı Sünger Banyo Paspası 50x80 cm Antrasit", "17.99"),
    ("Irya Gästehandtücher 30 x 50 cm 6er-Pack weiß", "17.90", "İrya 6'lı Yüz Havlusu 30x50 cm Beyaz", "15.90"),
    (None, None, "İrya 3'lü Yüz Havlusu 30x50 cm Beyaz", "8.90"),
    ("Linens Bambus-Badetuch 70 x 140 cm creme", "24.90", "Linens Bambu Banyo Havlusu 70x140 cm Krem", "21.90"),
    (None, None, "Linens Bambu Banyo Havlusu 90x150 cm Krem", "29.90"),
    ("Möve Loft Gästetuch 30 x 50 cm weiß", "9.95", None, None),
    ("Badetuch Frottee 100 x 150 cm marine", "19.99", None, None),
]

# A German shop against a Spanish marketplace's long titles: a dash cam with its rear camera or
# without, "6,95 Zoll" against '6.95" (17,6 cm)', "16 cm" against '6.5" (160 mm)', a bulb
# socket (H7) every maker writes, an article number with leading zeros in one description.
CAR_ELECTRONICS: list[Row] = [
    ("70mai Dashcam A500S 2,7K mit Rückkamera RC06", "109.00",
     "70mai Dash Cam A500S + RC06 Cámara Trasera, Cámara de Coche 2.7K, GPS, ADAS, Visión Nocturna, WiFi, Control por App", "99.99"),
    (None, None, "70mai Dash Cam A500S, Cámara de Coche 2.7K, GPS, ADAS, Visión Nocturna, WiFi, Control por App", "79.99"),
    (None, None, "70mai Dash Cam A800S 4K + RC06 Cámara Trasera, GPS, ADAS, Visión Nocturna", "149.99"),
    ("Garmin Dash Cam 57 1440p", "199.00", "Garmin Dash Cam 57, cámara de salpicadero 1440p con campo de visión de 140°, control por voz",
     "179.00"),
    (None, None, "Garmin Dash Cam 67W, cámara de salpicadero 1440p con campo de visión de 180°, control por voz", "229.00"),
    (None, None, "Garmin Dash Cam Mini 2, cámara de salpicadero 1080p, control por voz", "129.00"),
    ("Nextbase 622GW Dashcam 4K", "249.00", "Nextbase 622GW - Cámara de Coche 4K con Wi-Fi y GPS, Alexa, what3words", "229.00"),
    (None, None, "Nextbase 522GW - Cámara de Coche 1440p con Wi-Fi y GPS, Alexa", "169.00"),
    ("Anker Kfz-Ladegerät 2 Ports 52,5 W USB-C", "25.99", "Anker Cargador Coche USB C, 52,5 W, 2 puertos (PowerDrive PD+ 2)", "21.99"),
    (None, None, "Anker Cargador Coche USB C, 30 W, 1 puerto (PowerDrive PD 1)", "15.99"),
    ("UGREEN Magnet Handyhalterung Auto Lüftung", "15.99", "UGREEN Soporte Móvil Coche Magnético para Rejilla 60501", "13.99",
     {"ours": {"description": "Art.-Nr. 60501. Für Smartphones von 4,7 bis 7 Zoll."}}),
    (None, None, "UGREEN Soporte Móvil Coche Magnético para Salpicadero 80785", "16.99"),
    ("Pioneer MVH-S120UB Autoradio 1-DIN USB", "59.00", "Pioneer MVH-S120UB Autorradio 1 DIN con RDS, USB, Aux, Android", "52.99"),
    (None, None, "Pioneer MVH-S320BT Autorradio 1 DIN con Bluetooth, USB, Aux, Spotify", "89.99"),
    ("Sony XAV-AX3250 Moniceiver 6,95 Zoll CarPlay", "349.00",
     "Sony XAV-AX3250 Receptor Multimedia 6.95\" (17,6 cm) DAB+, Apple CarPlay, Android Auto", "319.00"),
    (None, None, "Sony XAV-AX4050 Receptor Multimedia 6.95\" (17,6 cm) DAB+, Apple CarPlay, Android Auto", "399.00"),
    ("Hama Bluetooth-FM-Transmitter mit Freisprecheinrichtung", "29.99", "Hama Transmisor FM Bluetooth para Coche con Manos Libres, USB",
     "26.99", {"ours": {"description": "Art.-Nr. 00014165"}, "theirs": {"description": "Ref. 14165"}}),
    ("Noco Genius 10 Batterieladegerät 6 V / 12 V 10 A", "139.00", "NOCO GENIUS10EU, Cargador de batería inteligente 10 A, 6 V y 12 V",
     "119.99"),
    (None, None, "NOCO GENIUS5EU, Cargador de batería inteligente 5 A, 6 V y 12 V", "79.99"),
    ("Ctek MXS 5.0 Batterieladegerät 12 V", "79.90", "CTEK MXS 5.0 Cargador de Batería 12V 5A", "69.90"),
    (None, None, "CTEK MXS 10 Cargador de Batería 12V 10A", "149.90"),
    (None, None, "CTEK MXS 5.0 Test & Charge Cargador de Batería 12V 5A", "99.90"),
    ("Michelin Digitaler Kompressor 12 V 12310", "49.99", "Michelin 12310 Compresor de Aire Digital 12V para neumáticos", "44.99"),
    (None, None, "Michelin 12266 Compresor de Aire Digital 12V para neumáticos", "54.99"),
    ("JBL Club 64 Koaxial-Lautsprecher 16 cm Paar", "69.00", "JBL Club 64 Altavoces coaxiales de 2 vías 6.5\" (160 mm), 2 unidades",
     "59.99"),
    (None, None, "JBL Club 6522 Altavoces coaxiales de 2 vías 6.5\" (160 mm), 2 unidades", "49.99"),
    (None, None, "JBL Club 54 Altavoces coaxiales de 2 vías 5.25\" (130 mm), 2 unidades", "54.99"),
    ("Osram Night Breaker Laser H7 Duo-Box", "29.99", "OSRAM NIGHT BREAKER LASER H7, +150% más luz, 64210NL-HCB, caja doble", "24.99"),
    (None, None, "OSRAM NIGHT BREAKER LASER H4, +150% más luz, 64193NL-HCB, caja doble", "24.99"),
    (None, None, "Philips RacingVision GT200 H7 +200%, 2 unidades", "27.99"),
    ("Philips Ultinon Pro6000 H7-LED Scheinwerferlampe", "89.99", None, None),
    ("Cobra 29 LX CB-Funkgerät", "169.00", None, None),
]

KINDS: dict[str, list[Row]] = {
    "gift and prepaid cards": GIFT_AND_PREPAID_CARDS, "drones and RC": DRONES_AND_RC, "equestrian": EQUESTRIAN,
    "curtains, blinds, wallpaper": CURTAINS_BLINDS_WALLPAPER, "towels and bath": TOWELS_AND_BATH, "car electronics": CAR_ELECTRONICS,
}

# Each competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product on that row.
SECOND_LISTINGS: dict[str, list[tuple[int, str, str]]] = {
    "gift and prepaid cards": [(2, "PlayStation Store Guthaben 50 EUR (DE) – PSN Code per E-Mail", "48.99")],
    "drones and RC": [(0, "【国内正規品】DJI Mini 4 Pro DJI RC 2付属 ミニドローン", "959.00")],
    "equestrian": [(0, "Eskadron Saddle Pad Cotton GP Full navy", "44.95")],
    "curtains, blinds, wallpaper": [(4, "Roleta Klemmfix Gardinia 60 x 150 cm, kolor biały", "18.49")],
    "towels and bath": [(3, "Özdilek Bademli Havlu Seti 4 Parça Beyaz", "36.90")],
    "car electronics": [(0, "70mai A500S Dash Cam 2.7K con Cámara Trasera RC06, GPS Integrado", "104.99")],
}


def every_catalogue() -> list[tuple[str, Catalogues]]:
    return _every_catalogue(KINDS, SECOND_LISTINGS)


def read_the_batch(folder, show=None):
    """Every kind through the commands, each with its second listing: the counts of `reading`
    over the batch; `show(name, truth, counts, found)` per kind when given."""
    return _read_the_batch({}, folder, show, more=every_catalogue())


def _read(tmp_path, name: str, rows: list[Row], second=()) -> tuple:
    """Some rows of one kind (and second listings) through the commands: counts, found, truth."""
    catalogues = catalogues_with_second_listings(rows, list(second))
    counts, found = read_catalogues(tmp_path / name.replace(" ", "-"), catalogues)
    return counts, found, catalogues[2]


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    assert set(SECOND_LISTINGS) == set(KINDS)
    for name, catalogues in every_catalogue():
        ours, theirs, truth = catalogues
        # The shape the batch was written to: a small shop's catalogue on each side, each
        # competitor's titles named once.
        assert 15 <= len(ours) <= 40 and 20 <= len(theirs) <= 60, (name, len(ours), len(theirs))
        assert len({t["name"] for t in theirs}) == len(theirs), name


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; where the
# earlier batches' readings say storecheck will not reach it, the test is a strict xfail, so
# that reaching it shows.


@pytest.mark.xfail(strict=True, reason="the seven batches before found 0.45-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


def test_a_cards_value_tells_two_cards_apart(tmp_path):
    # "50 EUR" against "20€", "100€", "25 €": another value is another card, however alike the
    # rest of the title, and every value stands in some other card's title.
    # "12 Monate" against "3 Monate", "3 Monate" against "1 Monat" likewise.
    rows = [GIFT_AND_PREPAID_CARDS[n] for n in (0, 2, 3, 4, 5, 7, 8, 10, 11, 15, 16, 18, 19, 20, 21, 23, 24, 28, 29, 31, 32, 33, 34)]
    counts, found, truth = _read(tmp_path, "values", rows)
    assert not counts["wrong matched"], found


# Expected to fail when written (a strict xfail); at first reading it passed: no card of another
# region, plan, delivery or platform was matched (the family membership and the "+
# Erweiterungspaket" one kept off ours here, where their individual listing is found alike).
def test_a_region_a_plan_or_a_delivery_tells_two_cards_apart(tmp_path):
    # "Österreichisches Konto" against "Deutsches Konto", "Familienmitgliedschaft" against
    # "Einzelmitgliedschaft", "per E-Mail" against "in Geschenkbox", "Xbox" against "PS4/PS5".
    rows = [GIFT_AND_PREPAID_CARDS[n] for n in (0, 1, 12, 13, 14, 20, 22, 26, 27, 28, 30)]
    counts, found, truth = _read(tmp_path, "words", rows)
    assert not counts["wrong matched"], found


@pytest.mark.xfail(strict=True, reason="a size in another system (feet and inches, inches) is not read as the same size")
def test_a_rug_bit_or_stirrup_size_in_inches_is_the_size_in_centimetres(tmp_path):
    # 145 cm / 6'3", 135 cm / 5'9", 125 mm / 5", 120 mm / 4 3/4": one size each; 6'6", 5.5" and
    # 4 1/2" are others.
    rows = EQUESTRIAN[4:9] + EQUESTRIAN[12:15] + EQUESTRIAN[27:29]
    counts, found, truth = _read(tmp_path, "inches", rows)
    assert counts["true matched"] + counts["true proposed"] == len(truth) and not counts["wrong matched"], found


# Expected to pass when written; at first reading it failed: their VELUX blind in another colour
# (0705S, navy) was matched (0.95) as a second listing of ours, the window size code MK04 read as
# the blind's model code. The sizes themselves held.
# Passing since the twenty-first session ("dupes", "dupes2", `replaced_words.our_word_replaced`): our title writes the 1100S their other blind replaces with
# 0705S, so that blind is put to a person as another variant, not matched.
def test_a_curtains_or_blinds_size_tells_two_listings_apart(tmp_path):
    # "135 x 245 cm" against "135x270 cm", "60 x 150 cm" against "70x150" and "60x210", the roof
    # window's size code MK04 against MK06: another size is another product.
    rows = CURTAINS_BLINDS_WALLPAPER[:8] + CURTAINS_BLINDS_WALLPAPER[25:30]
    counts, found, truth = _read(tmp_path, "sizes", rows)
    assert not counts["wrong matched"], found


def test_a_wallpapers_roll_size_names_no_wallpaper(tmp_path):
    # Every roll is 10,05 x 0,53 m: the pattern's number (37563-3 / 37563-1, in the title or
    # only in the descriptions) tells the wallpapers apart, the roll size does not join them.
    counts, found, truth = _read(tmp_path, "rolls", CURTAINS_BLINDS_WALLPAPER[13:18])
    assert not counts["wrong matched"], found


# Written as one strict xfail (the socket expected to be read as a model code, as "0W-20" was);
# at first reading it failed, but not so: no Philips bulb was paired with anything, and the Osram
# pair itself was not found. Split in two after the reading, each asserting what it read.
def test_a_bulb_socket_names_no_bulb(tmp_path):
    # "H7" stands on Osram's, Philips' LED and Philips' halogen bulbs: our Philips LED has no
    # counterpart, and their Philips halogen is none of ours.
    counts, found, truth = _read(tmp_path, "sockets", CAR_ELECTRONICS[27:31])
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


@pytest.mark.xfail(strict=True, reason="Osram's pair, in two languages, is not found beside its socket's other bulbs")
def test_a_bulb_is_matched_beside_other_bulbs_of_its_socket(tmp_path):
    # "Night Breaker Laser H7 Duo-Box" / "NIGHT BREAKER LASER H7, ... caja doble": one product.
    counts, found, truth = _read(tmp_path, "sockets", CAR_ELECTRONICS[27:31])
    assert counts["true matched"] == len(truth), found


def test_a_pack_count_written_in_turkish_tells_two_sets_apart(tmp_path):
    # "4-teilig" / "4'lü" / "4 Parça" are one set; "2'li" another, "6er-Pack" / "6'lı" one pack
    # and "3'lü" another.
    rows = TOWELS_AND_BATH[3:6] + TOWELS_AND_BATH[24:26]
    counts, found, truth = _read(tmp_path, "packs", rows, [(0, SECOND_LISTINGS["towels and bath"][0][1], "36.90")])
    assert not counts["wrong matched"], found


# Expected to pass when written; at first reading it failed: their A500S without the rear camera
# was matched (0.95) as a second listing of the bundle ours took, under the code A500S.
@pytest.mark.xfail(strict=True, reason="a bundle and its main item under one code read as one product listed twice")
def test_a_dash_cam_with_its_rear_camera_is_not_the_one_without(tmp_path):
    # "mit Rückkamera RC06" / "+ RC06 Cámara Trasera": the bundle is the product, the dash cam
    # alone (the same code, A500S) is another.
    counts, found, truth = _read(tmp_path, "bundle", CAR_ELECTRONICS[:3])
    assert not counts["wrong matched"], found


# Expected to pass when written; at first reading it failed: none of the four was found (0.25-0.47
# on the titles): a description is read for a GTIN only, so an article number there is no code.
@pytest.mark.xfail(strict=True, reason="a description is read for a labelled GTIN only, not for an article number")
def test_a_code_written_only_in_a_description_finds_its_product(tmp_path):
    # Erismann's 10046-10 in both descriptions only, UGREEN's 60501 in ours only, Hama's
    # "00014165" against "14165", Tamiya's 58630 in theirs only.
    rows = (CURTAINS_BLINDS_WALLPAPER[15:17] + CAR_ELECTRONICS[10:12] + CAR_ELECTRONICS[16:17]
            + DRONES_AND_RC[17:18])
    counts, found, truth = _read(tmp_path, "descriptions", rows)
    assert counts["true matched"] + counts["true proposed"] == len(truth), found


# Expected to pass when written; at first reading it failed: both listings found in one
# catalogue of six (the dash cam, both under its code), one of the two in two, neither in three
# (the titles alone, in each shop's language, under 0.6).
@pytest.mark.xfail(strict=True, reason="a second listing is found only where a code or close wording joins it to ours")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # Their shop lists our product twice (a reseller's title, an older feed's): both listings
    # are ours, matched or put to a person, and neither is called another product's.
    missed = []

    def show(name, truth, counts, found):
        for n, _title, _price in SECOND_LISTINGS[name]:
            for pair in ((f"O{n}", f"T{n}"), (f"O{n}", f"T{n}b")):
                if pair not in found:
                    missed.append((name, pair))

    total = read_the_batch(tmp_path, show)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_eighth_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at e0fdcc7, the eighteenth session's, before any
    # rule written on this batch): 40 of 91 true pairs found (18 matched, 22 proposed), 51 missed;
    # 5 variants matched (4 a second listing of their shop taken as the one our product took: a
    # membership "+ Erweiterungspaket", a transmitter's other module, a blind in another colour
    # under the window size code, a dash cam without its rear camera; and their Osmo Pocket 3
    # alone for our Creator Combo) and 4 proposed.
    holds_its_first_reading(read_the_batch(tmp_path), matched=18, found=40, wrong_matched=5, wrong_proposed=4)


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds8 [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
