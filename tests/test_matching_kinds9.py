"""A ninth batch of catalogues of other kinds, written before the matcher read them, so that their
first reading is a figure on catalogues the matching rules were not written on. Five kinds none
of the eight rounds held, each a small shop's catalogue (ours 15-19 products, theirs 29-36
listings), each competitor writing as one real kind of shop writes: vaping (a French shop:
"E-liquide", "Kit", "Cartouches ... 0.6Ω (x4)", the maker after a dash), scuba diving (an Italian
shop: "Maschera", "Pinne ... taglia 42/43", a wetsuit's "tg. 4/L"), golf (a Dutch shop: "golfballen
(12 stuks)", "10.5 graden", "rechtshandig"), Korean groceries (a Korean shop, every title in
Hangul: "농심 신라면 120g", "x 5개입"), trading cards (a German marketplace's sellers: "OVP", "NEU",
"DE", "36 Booster", the maker left out).

Each catalogue is a list of rows as `tests/kinds_batches.py` reads them: (our title, our price,
their title, their price[, {"ours": {...}, "theirs": {...}}]). A row with both titles is one
product in both shops, worded as each shop words it; a row with one title is a variant only one
shop sells (another nicotine strength, resistance, PG/VG ratio, pack, colour, size, thickness,
connection, loft, flex, hand, shaft length, year, flavour, weight, language, box, set) and has no
counterpart: matching it to anything is a wrong pair. Shared strings that name no product stand
in many titles on purpose: "10ml", "50/50", "0,6Ω", "5mm", "DIN 300", "tg. L", "(12 stuks)",
"Stiff", "120g", "500g", "OVP", "36 Booster", "DE".

Each competitor lists one of our products twice (`SECOND_LISTINGS`: an older feed's or a second
seller's title), both listings true pairs of ours, and lists at least one product beside a
sibling whose title differs by one word or number ("XROS 4" / "XROS 4 Mini", "Pro V1" / "Pro
V1x", "Peregrine TX" / "Peregrine", "진라면 순한맛" / "매운맛", "Boulder 100+" / "80+").
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Catalogues, Row, catalogues_with_second_listings, check_the_rows, holds_its_first_reading, read_catalogues
from tests.kinds_batches import every_catalogue as _every_catalogue
from tests.kinds_batches import gtin_with_check_digit as _ean
from tests.kinds_batches import read_the_batch as _read_the_batch


GTIN_CHAPAGETTI = _ean("880104301017")
GTIN_DRAGON_SHIELD_JET = _ean("572000711018")

# A German vape shop against a French one: "Kit ... - Maker | Colour", the resistance "0.6Ω"
# against "0,6 Ohm", a pack "(x4)" / "(lot de 10)" against "4 Stück", nicotine in its own listing.
VAPING: list[Row] = [
    ("Vaporesso XROS 4 Pod System Kit 1000 mAh schwarz", "29.90", "Kit XROS 4 - Vaporesso | Noir", "27.90"),
    (None, None, "Kit XROS 4 - Vaporesso | Sierra Blue", "27.90"),
    (None, None, "Kit XROS 4 Mini - Vaporesso | Noir", "22.90"),
    ("Vaporesso XROS Pods 0,6 Ohm Mesh 4 Stück", "11.90", "Cartouches XROS 0.6Ω Mesh (x4) - Vaporesso", "10.90"),
    (None, None, "Cartouches XROS 0.8Ω Mesh (x4) - Vaporesso", "10.90"),
    ("GeekVape Aegis Legend 2 L200 Akkuträger 200 W gunmetal", "59.90", "Box Aegis Legend 2 L200 200W - Geekvape | Gunmetal", "54.90"),
    (None, None, "Box Aegis Legend 3 L200 200W - Geekvape | Gunmetal", "64.90"),
    ("Aspire Nautilus GT Mini Verdampfer 2,8 ml", "32.90", "Clearomiseur Nautilus GT Mini 2.8ml - Aspire", "29.90"),
    (None, None, "Clearomiseur Nautilus GT 3ml - Aspire", "34.90"),
    ("Fruizee Fire and Ice Liquid 10 ml 6 mg", "5.90", "E-liquide Fire & Ice Fruizee 10ml - 6mg", "5.50"),
    (None, None, "E-liquide Fire & Ice Fruizee 10ml - 3mg", "5.50"),
    (None, None, "E-liquide Fire & Ice Fruizee 10ml - 12mg", "5.50"),
    ("Fruizee Bloody Summer Liquid 10 ml 6 mg", "5.90", "E-liquide Bloody Summer Fruizee 10ml - 6mg", "5.50"),
    ("Fruizee Bloody Summer Liquid 10 ml 12 mg", "5.90", None, None),
    ("Tribal Force Jungle Wave Shortfill 50 ml 0 mg", "19.90", "Jungle Wave 50ml - Tribal Force", "17.90",
     {"theirs": {"description": "E-liquide 0mg en flacon de 75ml, à booster."}}),
    (None, None, "Jungle Wave 100ml - Tribal Force", "24.90"),
    ("Nikotin-Shot 20 mg 10 ml 50/50 10 Stück", "9.90", "Booster de nicotine 20mg 50/50 10ml (lot de 10)", "9.50"),
    (None, None, "Booster de nicotine 20mg 30/70 10ml (lot de 10)", "9.50"),
    (None, None, "Booster de nicotine 20mg 50/50 10ml", "0.99"),
    ("Smok Nord 5 Pod Kit 2000 mAh", "34.90", "Kit Nord 5 - Smok", "32.90",
     {"theirs": {"description": "Batterie intégrée 2000mAh, puissance 5-80W."}}),
    (None, None, "Kit Nord 4 - Smok", "24.90"),
    ("Uwell Caliburn G3 Pod Kit", "27.90", "Kit Caliburn G3 - Uwell", "25.90"),
    (None, None, "Kit Caliburn G3 Pro - Uwell", "32.90"),
    (None, None, "Kit Caliburn GK3 - Uwell", "24.90"),
    ("Uwell Caliburn G3 Pods 0,6 Ohm 2 Stück", "9.90", "Cartouches Caliburn G3 0,6Ω (x2) - Uwell", "8.90"),
    (None, None, "Cartouches Caliburn G3 0,9Ω (x2) - Uwell", "8.90"),
    ("Samsung INR21700-40T Akku 4000 mAh", "8.90", "Accu 21700 Samsung 40T 4000mAh 35A", "7.90"),
    (None, None, "Accu 18650 Samsung 30Q 3000mAh 15A", "5.90"),
    ("Nitecore SC4 Ladegerät", "39.90", "Chargeur Nitecore SC4 (4 accus)", "36.90"),
    (None, None, "Chargeur Nitecore SC2 (2 accus)", "24.90"),
    ("Cotton Bacon Prime Wickelwatte", "5.90", "Coton Cotton Bacon Prime - Wick 'N' Vape", "5.50"),
    ("Innokin Zenith 2 Verdampfer", "29.90", None, None),
    ("Vaporesso GTX Coils 0,4 Ohm 5 Stück", "14.90", None, None),
]

# A German dive shop against an Italian one: "Maschera" (mask), "Pinne" (fins), "Muta" (wetsuit),
# "Erogatore" (regulator), "Guanti" (gloves), "Calzari" (boots), Italian wetsuit sizes "tg. 4/L".
SCUBA_DIVING: list[Row] = [
    ("Cressi F1 Tauchmaske schwarz", "24.90", "Maschera Cressi F1 Frameless Nero", "21.00"),
    (None, None, "Maschera Cressi F1 Frameless Trasparente", "21.00"),
    ("Mares Avanti Quattro+ Flossen Gr. 42-43 schwarz", "89.00", "Pinne Mares Avanti Quattro + nero taglia 42/43", "79.00"),
    (None, None, "Pinne Mares Avanti Quattro + nero taglia 44/45", "79.00"),
    (None, None, "Pinne Mares Avanti Quattro Power nero taglia 42/43", "89.00"),
    ("Cressi Castoro Neoprenanzug 5 mm Herren Gr. L", "149.00", "Muta Cressi Castoro 5mm Uomo tg. 4/L", "129.00"),
    (None, None, "Muta Cressi Castoro 5mm Uomo tg. 3/M", "129.00"),
    (None, None, "Muta Cressi Castoro 7mm Uomo tg. 4/L", "149.00"),
    ("Suunto D5 Tauchcomputer All Black", "549.00", "Computer subacqueo Suunto D5 All Black", "499.00"),
    (None, None, "Computer subacqueo Suunto D5 White Lime", "499.00"),
    ("Shearwater Peregrine TX Tauchcomputer", "649.00", "Shearwater Peregrine TX computer da polso", "619.00"),
    (None, None, "Shearwater Peregrine computer da polso", "449.00"),
    ("Apeks XTX50 Atemregler DIN 300 bar", "629.00", "Erogatore Apeks XTX50 DIN 300", "579.00"),
    (None, None, "Erogatore Apeks XTX50 INT (staffa)", "579.00"),
    (None, None, "Erogatore Apeks XTX40 DIN 300", "469.00"),
    ("Scubapro Hydros Pro Jacket Herren Gr. M", "899.00", "Jacket Scubapro Hydros Pro Uomo - M", "829.00"),
    (None, None, "Jacket Scubapro Hydros Pro Donna - M", "829.00"),
    ("Mares Flexa 5-4-3 Halbtrockenanzug Damen Gr. S", "329.00", "Muta semistagna Mares Flexa 5.4.3 She Dives taglia S", "299.00"),
    ("Cressi Big Eyes Evolution Tauchmaske", "44.90", "Maschera Cressi Big Eyes Evolution", "39.00"),
    (None, None, "Maschera Cressi Big Eyes Evolution Crystal", "42.00"),
    ("Cressi Gamma Schnorchel", "12.90", "Aeratore Cressi Gamma", "9.90"),
    ("Mares Flexa Touch Tauchhandschuhe 3 mm Gr. L", "29.90", "Guanti Mares Flexa Touch 3mm tg. L", "26.00"),
    (None, None, "Guanti Mares Flexa Touch 2mm tg. L", "24.00"),
    ("Cressi Minorca Short Füßlinge 3 mm Gr. M", "29.90", "Calzari Cressi Minorca Short 3mm tg. M", "25.00"),
    ("Tusa Zensee Pro Tauchmaske", "69.00", "Maschera Tusa Zensee Pro M-1010", "62.00", {"ours": {"description": "Art.-Nr. M1010"}}),
    (None, None, "Maschera Tusa Zensee M-212", "55.00"),
    ("Cressi Leonardo Tauchcomputer", "179.00", "Computer Cressi Leonardo", "159.00"),
    (None, None, "Computer Cressi Giotto", "239.00"),
    ("Ocean Reef Neptune III Vollgesichtsmaske Gr. M/L", "459.00", None, None),
    ("Scubapro Seawing Nova Flossen", "179.00", None, None),
    ("Mares Puck Pro+ Tauchcomputer", "219.00", None, None),
]

# A German golf shop against a Dutch one: "golfballen (12 stuks)" / "doos van 12" / "dozijn",
# "10.5 graden" against "10,5°", "rechtshandig" / "linkshandig", "heren" / "dames".
GOLF: list[Row] = [
    ("Titleist Pro V1 Golfbälle 2025 weiß 12 Stück", "59.90", "Titleist Pro V1 golfballen 2025 - wit (12 stuks)", "54.95"),
    (None, None, "Titleist Pro V1x golfballen 2025 - wit (12 stuks)", "54.95"),
    (None, None, "Titleist Pro V1 golfballen 2023 - wit (12 stuks)", "44.95"),
    (None, None, "Titleist Pro V1 golfballen 2025 - geel (12 stuks)", "54.95"),
    ("Callaway Chrome Soft Golfbälle weiß Dutzend", "49.90", "Callaway Chrome Soft golfballen wit - doos van 12", "44.95"),
    (None, None, "Callaway Chrome Soft X golfballen wit - doos van 12", "44.95"),
    ("TaylorMade Qi10 Driver 10,5° Regular Herren RH", "599.00", "TaylorMade Qi10 Driver heren rechtshandig 10.5 graden Regular flex",
     "549.00"),
    (None, None, "TaylorMade Qi10 Driver heren rechtshandig 9 graden Stiff flex", "549.00"),
    (None, None, "TaylorMade Qi10 Max Driver heren rechtshandig 10.5 graden Regular flex", "579.00"),
    (None, None, "TaylorMade Qi10 Driver heren linkshandig 10.5 graden Regular flex", "549.00"),
    ("Ping G430 Max Driver 9° Stiff", "549.00", "Ping G430 MAX driver 9° Stiff (Alta CB Black 55)", "519.00"),
    (None, None, "Ping G430 LST driver 9° Stiff (Tour 2.0 Chrome 65)", "539.00"),
    ("Cobra Aerojet Eisensatz 5-PW Stahl Regular", "799.00", "Cobra Aerojet ijzerset 5-PW staal regular", "749.00"),
    (None, None, "Cobra Aerojet ijzerset 6-PW staal regular", "649.00"),
    ("Odyssey White Hot OG #7 Putter 34 Zoll", "229.00", "Odyssey White Hot OG #7 putter 34 inch", "209.00"),
    (None, None, "Odyssey White Hot OG #7 putter 35 inch", "209.00"),
    (None, None, "Odyssey White Hot OG #1 putter 34 inch", "209.00"),
    ("FootJoy WeatherSof Golfhandschuh Herren links M/L", "17.90", "FootJoy WeatherSof golfhandschoen heren (links) - ML", "15.95"),
    (None, None, "FootJoy WeatherSof golfhandschoen heren (links) - L", "15.95"),
    (None, None, "FootJoy WeatherSof golfhandschoen dames (links) - ML", "15.95"),
    ("Bushnell Tour V6 Shift Laser-Entfernungsmesser", "429.00", "Bushnell Tour V6 Shift afstandsmeter", "399.00"),
    (None, None, "Bushnell Tour V6 afstandsmeter", "329.00"),
    ("Sun Mountain C-130 Cartbag schwarz/grau", "279.00", "Sun Mountain C-130 cartbag - zwart/grijs", "259.00"),
    (None, None, "Sun Mountain C-130 S cartbag - zwart", "249.00"),
    ("Clicgear 4.0 Golftrolley schwarz", "359.00", "Clicgear Model 4.0 golftrolley zwart", "329.00"),
    ("Garmin Approach S70 Golfuhr 47 mm schwarz", "649.00", "Garmin Approach S70 golfhorloge 47mm zwart", "599.00"),
    (None, None, "Garmin Approach S70 golfhorloge 42mm wit", "599.00"),
    ("Titleist Vokey SM10 Wedge 56.10 S Tour Chrome", "189.00", "Titleist Vokey SM10 wedge 56° 10 S-grind tour chrome", "179.00"),
    (None, None, "Titleist Vokey SM10 wedge 56° 14 F-grind tour chrome", "179.00"),
    ("Titleist Tour Soft Golfbälle 12 Stück", "34.90", None, None),
    ("Wilson Staff Model Wedge 56° Bounce 12", "169.00", None, None),
    ("Ping Hoofer Lite Tragebag schwarz", "229.00", "Ping Hoofer Lite draagtas zwart", "209.00"),
    (None, None, "Ping Hoofer draagtas zwart", "259.00"),
]

# A German Asia shop against a Korean shop whose titles are all Hangul: the maker (농심 Nongshim,
# 삼양 Samyang, 오뚜기 Ottogi, 빙그레 Binggrae) and the product in Korean, a pack "x 5개입".
KOREAN_GROCERIES: list[Row] = [
    ("Nongshim Shin Ramyun Instantnudeln 120 g", "1.49", "농심 신라면 120g", "1.20"),
    (None, None, "농심 신라면 120g x 5개입 멀티팩", "5.50"),
    ("Nongshim Shin Ramyun Black 134 g", "2.29", "농심 신라면 블랙 134g", "1.90"),
    ("Samyang Buldak Hot Chicken Ramen 140 g", "1.99", "삼양 불닭볶음면 140g", "1.70"),
    (None, None, "삼양 핵불닭볶음면 140g", "1.80"),
    (None, None, "삼양 까르보불닭볶음면 130g", "1.80"),
    ("Samyang Buldak Carbonara 5er-Pack 5 x 130 g", "8.99", "삼양 까르보불닭볶음면 130g x 5개", "8.20"),
    ("CJ Bibigo Kimchi geschnitten 500 g", "4.99", "비비고 썰은배추김치 500g", "4.20", {"theirs": {"brand": "CJ"}}),
    (None, None, "비비고 썰은배추김치 900g", "6.90", {"theirs": {"brand": "CJ"}}),
    ("CJ Haechandle Gochujang Chilipaste 500 g", "4.99", "해찬들 태양초 고추장 500g", "4.50"),
    (None, None, "해찬들 태양초 고추장 1kg", "7.90"),
    (None, None, "해찬들 쌈장 500g", "4.20"),
    ("Ottogi Sesamöl 320 ml", "6.99", "오뚜기 참기름 320ml", "6.50"),
    (None, None, "오뚜기 참기름 160ml", "3.90"),
    ("Ottogi Jin Ramen mild 120 g", "1.29", "오뚜기 진라면 순한맛 120g", "1.10"),
    (None, None, "오뚜기 진라면 매운맛 120g", "1.10"),
    ("Paldo Bibim Men 130 g", "1.39", "팔도 비빔면 130g", "1.20"),
    ("Binggrae Bananenmilch 200 ml", "1.79", "빙그레 바나나맛우유 200ml", "1.50"),
    (None, None, "빙그레 딸기맛우유 200ml", "1.50"),
    (None, None, "빙그레 바나나맛우유 240ml x 4개", "5.90"),
    ("Orion Choco Pie 12 Stück 468 g", "4.99", "오리온 초코파이 정 12개입 468g", "4.50"),
    (None, None, "오리온 초코파이 정 24개입 936g", "8.50"),
    ("Lotte Pepero Original 47 g", "1.69", "롯데 빼빼로 오리지널 47g", "1.40"),
    (None, None, "롯데 아몬드 빼빼로 37g", "1.40"),
    ("Jongga Mat Kimchi 500 g", "4.79", "종가 맛김치 500g", "4.30"),
    ("CJ Hetbahn gekochter Reis 210 g", "1.99", "CJ 햇반 210g", "1.70"),
    (None, None, "CJ 햇반 210g x 3개", "4.90"),
    ("Nongshim Chapagetti 140 g", "1.59", "농심 짜파게티 140g", "1.30",
     {"ours": {"gtin": GTIN_CHAPAGETTI}, "theirs": {"gtin": GTIN_CHAPAGETTI}}),
    ("Haitai Honey Butter Chip 60 g", "2.49", None, None),
    ("Nongshim Neoguri scharf 120 g", "1.49", None, None),
]

# A German card shop against a German marketplace's sellers: "OVP" (sealed), "NEU", "DE" / "EN",
# "36 Booster", the maker (Pokémon, Wizards, Konami) often left out, "Top Trainer Box" / "ETB".
TRADING_CARDS: list[Row] = [
    ("Pokémon Karmesin & Purpur Stürmische Funken Booster Display (deutsch)", "159.90",
     "Pokemon Stürmische Funken Display DE OVP 36 Booster SV08 NEU Sealed", "149.00"),
    (None, None, "Pokemon Surging Sparks Booster Display EN OVP 36 Booster NEU", "139.00"),
    (None, None, "Pokemon Stürmische Funken Top Trainer Box DE OVP NEU", "49.90"),
    ("Pokémon Karmesin & Purpur Prismatische Entwicklungen Top-Trainer-Box", "59.99",
     "Pokemon Prismatische Entwicklungen Top Trainer Box ETB deutsch OVP", "64.90"),
    (None, None, "Pokemon Prismatische Entwicklungen Booster Bundle deutsch OVP", "39.90"),
    ("Pokémon Karmesin & Purpur 151 Kollektion Zapdos-ex", "24.99", "Pokemon 151 Zapdos ex Kollektion DE OVP", "27.90"),
    (None, None, "Pokemon 151 Alakazam ex Kollektion DE OVP", "27.90"),
    ("Magic: The Gathering Duskmourn Play Booster Display (deutsch)", "139.90", "MTG Duskmourn Play Booster Display DE 36er OVP", "129.00"),
    (None, None, "MTG Duskmourn Collector Booster Display DE 12er OVP", "329.00"),
    (None, None, "MTG Duskmourn Play Booster Display EN 36er OVP", "119.00"),
    ("Magic: The Gathering Bloomburrow Commander Deck Animated Army (englisch)", "44.99",
     "MTG Bloomburrow Commander Deck Animated Army EN NEU", "42.00"),
    (None, None, "MTG Bloomburrow Commander Deck Family Matters EN NEU", "42.00"),
    ("Yu-Gi-Oh! Rage of the Abyss Booster Display 24 Packs (deutsch)", "79.99",
     "Yugioh Rage of the Abyss Display 1. Auflage DE OVP 24 Booster", "74.90"),
    (None, None, "Yugioh Rage of the Abyss Display 1. Auflage EN OVP 24 Booster", "69.90"),
    ("One Piece Card Game OP-09 Emperors in the New World Booster Display (englisch)", "119.00",
     "One Piece TCG OP09 Display EN OVP 24 Booster", "129.00"),
    (None, None, "One Piece TCG OP08 Display EN OVP 24 Booster", "99.00"),
    ("Disney Lorcana Azurite Sea Booster Display (englisch)", "149.99", "Lorcana Kapitel 6 Azurite Sea Display EN 24 Booster OVP", "139.00"),
    (None, None, "Lorcana Kapitel 5 Shimmering Skies Display EN 24 Booster OVP", "129.00"),
    ("Ultra Pro Eclipse Matte Sleeves Standard 100 Stück schwarz", "11.99", "Ultra Pro Eclipse Matte Hüllen Standard Size 100 Stk Jet Black",
     "10.49"),
    (None, None, "Ultra Pro Eclipse Matte Hüllen Small Size 60 Stk Jet Black", "8.49"),
    ("Dragon Shield Matte Sleeves Jet 100 Stück", "12.99", "Dragon Shield Matte Jet 100 Kartenhüllen AT-11018", "11.49",
     {"ours": {"gtin": GTIN_DRAGON_SHIELD_JET}}),
    (None, None, "Dragon Shield Matte Crimson 100 Kartenhüllen AT-11021", "11.49"),
    ("Ultimate Guard Boulder Deck Case 100+ schwarz", "4.99", "Ultimate Guard Boulder 100+ Deckbox Onyx", "4.49"),
    (None, None, "Ultimate Guard Boulder 80+ Deckbox Onyx", "3.99"),
    ("Pokémon Karmesin & Purpur Reisegefährten Booster Display (deutsch)", "149.00", None, None),
    ("Magic: The Gathering Foundations Starter Kit (englisch)", "14.99", None, None),
    ("Yu-Gi-Oh! Speed Duel GX Duellanten der Schattenwelt Box", "19.99", None, None),
    ("Ultra Pro 9-Pocket Pro-Binder schwarz", "24.99", "Ultra Pro 9-Pocket PRO-Binder Black Sammelalbum", "22.49"),
    (None, None, "Ultra Pro 12-Pocket PRO-Binder Black Sammelalbum", "27.49"),
]

KINDS: dict[str, list[Row]] = {
    "vaping, a French shop": VAPING, "scuba diving, an Italian shop": SCUBA_DIVING, "golf, a Dutch shop": GOLF,
    "Korean groceries, in Hangul": KOREAN_GROCERIES, "trading cards, a marketplace": TRADING_CARDS,
}

# Each competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price). Both listings are true pairs of our product on that row.
SECOND_LISTINGS: dict[str, list[tuple[int, str, str]]] = {
    "vaping, a French shop": [(0, "Vaporesso Xros 4 - Kit Pod 1000mAh - Noir", "28.50")],
    "scuba diving, an Italian shop": [(2, "MARES AVANTI QUATTRO PLUS PINNA NERA 42-43", "82.00")],
    "golf, a Dutch shop": [(0, "Titleist ProV1 2025 dozijn golfballen wit", "56.95")],
    "Korean groceries, in Hangul": [(0, "[농심] 신라면 봉지라면 1봉 120g", "1.25")],
    "trading cards, a marketplace": [(0, "Stürmische Funken Booster Display deutsch 36x Booster Pokémon KP08 versiegelt", "152.00")],
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
# eight rounds' readings say storecheck will not reach it, the test is a strict xfail (raising
# AssertionError, so that a helper renamed fails the run rather than passing as expected).


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the eight rounds before found 0.42-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


def test_a_nicotine_strength_a_resistance_or_a_ratio_tells_two_liquids_apart(tmp_path):
    # "6mg" against "3mg" and "12mg", "0.6Ω" against "0.8Ω", "0,6Ω" against "0,9Ω", "50/50"
    # against "30/70", "50ml" against "100ml": another value is another product, and every value
    # stands in other products' titles.
    rows = VAPING[3:5] + VAPING[9:18] + VAPING[24:26]
    counts, found, truth = _read(tmp_path, "values", rows)
    assert not counts["wrong matched"], found


# Passing since the twenty-first session ("dupes", "dupes2", `replaced_words.our_word_replaced`): Legend 3 beside the Legend 2 our title writes is put to a
# person as another variant, not matched.
def test_a_sibling_whose_title_differs_by_one_word_or_number_is_another_product(tmp_path):
    # "XROS 4" / "XROS 4 Mini", "Legend 2" / "Legend 3", "Caliburn G3" / "G3 Pro" / "GK3", "Nord 5"
    # / "Nord 4", "Avanti Quattro +" / "Quattro Power", "Peregrine TX" / "Peregrine", "Big Eyes
    # Evolution" / "... Crystal", "Pro V1" / "Pro V1x", "Chrome Soft" / "Chrome Soft X", "Tour V6
    # Shift" / "Tour V6": none of the siblings is matched.
    rows = (VAPING[0:3] + VAPING[5:7] + VAPING[19:24] + SCUBA_DIVING[2:5] + SCUBA_DIVING[10:12] + SCUBA_DIVING[18:20]
            + GOLF[0:2] + GOLF[4:6] + GOLF[20:22])
    counts, found, truth = _read(tmp_path, "siblings", rows)
    assert not counts["wrong matched"], found


# Expected to pass when written; at first reading it failed, not on a suit's size or thickness
# (none was paired) but on the regulator: their XTX50 "INT (staffa)" was matched (0.95) as a second
# listing of the DIN one ours took, under the code xtx50.
# Passing since the twenty-first session ("dupes", "dupes2", `replaced_words.our_word_replaced`): our title writes the DIN 300 their INT listing replaces.
def test_a_wetsuits_size_and_thickness_tell_two_suits_apart(tmp_path):
    # "Gr. L" / "tg. 4/L" against "tg. 3/M"; "5 mm" / "5mm" against "7mm"; "3 mm" against "2mm";
    # "DIN 300" against "INT (staffa)"; "Herren" / "Uomo" against "Donna".
    rows = SCUBA_DIVING[5:8] + SCUBA_DIVING[12:17] + SCUBA_DIVING[21:23]
    counts, found, truth = _read(tmp_path, "suits", rows)
    assert not counts["wrong matched"], found


# Passing since the twenty-first session ("dupes", "dupes2", `replaced_words.our_word_replaced`): the Vokey 56° 14 F-grind beside the 10 S-grind our title
# writes is put to a person as another variant, not matched.
def test_a_clubs_loft_flex_hand_or_length_tells_two_clubs_apart(tmp_path):
    # "10,5°" / "10.5 graden" against "9 graden"; "Regular" against "Stiff"; "rechtshandig" (RH)
    # against "linkshandig"; "34 Zoll" / "34 inch" against "35 inch"; "5-PW" against "6-PW";
    # "Herren" / "heren" against "dames"; "56.10 S" / "56° 10 S-grind" against "56° 14 F-grind".
    rows = GOLF[6:20] + GOLF[27:29]
    counts, found, truth = _read(tmp_path, "clubs", rows)
    assert not counts["wrong matched"], found


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="titles in another script shared little but numbers at the first readings before (katakana, Greek)")
def test_a_title_in_hangul_finds_our_product(tmp_path):
    # "Nongshim Shin Ramyun Instantnudeln 120 g" / "농심 신라면 120g": the maker and product in
    # Hangul, the weight shared with every other 120 g packet; at least half found (matched or
    # put to a person), no multipack, other flavour or weight matched.
    counts, found, truth = _read(tmp_path, "hangul", KOREAN_GROCERIES)
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth) and not counts["wrong matched"], found


def test_a_gtin_joins_a_pair_in_two_scripts(tmp_path):
    # Chapagetti's GTIN on both sides: matched, whatever the titles.
    counts, found, truth = _read(tmp_path, "gtin", KOREAN_GROCERIES[27:30])
    assert counts["true matched"] == len(truth), found


# Expected to fail when written (a strict xfail); at first reading it passed: no card of another
# language, box or set was matched (nor proposed), where the pairs themselves were mostly missed
# (0.47-0.57: "OVP", "36 Booster", "DE" on their side only).
def test_a_cards_language_or_box_tells_two_listings_apart(tmp_path):
    # "(deutsch)" / "DE" against "EN", "Booster Display" against "Top Trainer Box" and "Collector
    # Booster Display", "Zapdos ex" against "Alakazam ex", "OP-09" / "OP09" against "OP08",
    # "100+" against "80+": another language, box or set is another product.
    counts, found, truth = _read(tmp_path, "cards", TRADING_CARDS[:24])
    assert not counts["wrong matched"], found


# Expected to pass when written; at first reading it failed: none of the three was found (0.49-0.50
# alone): "M1010" in a description is no code read, "AT-11018" in one title only joins nothing, and
# "INR21700-40T" is not read as "21700 ... 40T". No sibling code was taken either.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a code in one title only, or only in a description, or written joined, joins no pair")
def test_a_code_written_two_ways_or_only_in_a_description_finds_its_product(tmp_path):
    # Tusa's "M-1010" in their title, "M1010" only in our description; Dragon Shield's "AT-11018"
    # in their title only; Samsung's "INR21700-40T" against "21700 ... 40T": matched or put to a
    # person, and the sibling codes (M-212, AT-11021) not taken for them.
    rows = SCUBA_DIVING[24:26] + TRADING_CARDS[20:22] + VAPING[26:28]
    counts, found, truth = _read(tmp_path, "codes", rows)
    assert counts["true matched"] + counts["true proposed"] == len(truth) and not counts["wrong matched"], found


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found where a code or close wording joined it, in one catalogue of six before")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # An older feed's or a second seller's title for our product: both listings are ours, matched
    # or put to a person.
    missed = []

    def show(name, truth, counts, found):
        for n, _title, _price in SECOND_LISTINGS[name]:
            for pair in ((f"O{n}", f"T{n}"), (f"O{n}", f"T{n}b")):
                if pair not in found:
                    missed.append((name, pair))

    total = read_the_batch(tmp_path, show)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_ninth_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at 6b82dbe, the same as 058a80b, the nineteenth
    # session's final): 38 of 73 true pairs found (10 matched, 28 proposed), 35 missed; 4 variants
    # matched, each their shop's second listing taken as the one our product took under a code
    # (Aegis Legend 3 beside Legend 2 under l200, Apeks XTX50 INT beside DIN, Sun Mountain C-130 S
    # beside C-130, a Vokey SM10 of another loft and grind), and 6 proposed.
    holds_its_first_reading(read_the_batch(tmp_path), matched=10, found=38, wrong_matched=4, wrong_proposed=6)


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds9 [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
