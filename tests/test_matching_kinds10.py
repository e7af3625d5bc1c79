"""A tenth batch of catalogues of other kinds, written before the matcher read them, so that their
first reading is a figure on catalogues the matching rules were not written on. Four kinds none
of the nine rounds held, each a small shop's catalogue (ours 16-18 products, theirs 28-34
listings), each competitor writing as one real kind of shop writes: skateboarding (a Swedish skate
shop in kronor: "Deck Svart/Vit 8.25\"", "Hjul 54mm 99du", "Truckar 149 Silver (2-pack)",
"Kullager", "Hjälm", "Knäskydd"), precious-metal bullion (a Greek dealer: "Χρυσό Νόμισμα
Krugerrand 1 oz 2025", "Ράβδος Χρυσού 100 γρ. Heraeus", a sovereign as "Χρυσή Λίρα Αγγλίας
Ελισάβετ Β'", a Vreneli as "Χρυσό Εικοσόφραγκο Ελβετίας"), veterinary medicines (a Spanish
pet pharmacy: "Frontline Combo Perros 10-20 kg 3 pipetas", "Bravecto 500 mg comprimido
masticable", "Collar Seresto perros grandes (+8 kg)"), homebrewing (an Israeli homebrew shop in
shekels, titles in Hebrew around the maker and the product in Latin: "שמרים יבשים Fermentis
SafAle US-05 - 11.5 גרם", "לתת Weyermann Pilsner - 5 ק\"ג", "Star San ... 32oz").

Each catalogue is a list of rows as `tests/kinds_batches.py` reads them: (our title, our price,
their title, their price[, {"ours": {...}, "theirs": {...}}]). A row with both titles is one
product in both shops, worded as each shop words it; a row with one title is a variant only one
shop sells (another deck width, wheel diameter or hardness, truck axle, helmet, pad or shoe size,
colour; another year, weight, metal, refiner or monarch of a coin or bar; another weight band,
pack, strength or species of a medicine; another yeast, malt, hop, pack or size of a fermenter)
and has no counterpart: matching it to anything is a wrong pair. Shared strings that name no
product stand in many titles on purpose: "8.25\"", "54mm", "99du", "Stage 11", "Svart/Vit", "1
oz", "2025", "Χρυσό Νόμισμα", "10-20 kg", "3 pipetas", "2 comprimidos", "T90", "11.5 גרם", "26
מ\"מ". Units are written as each shop writes them: "1 Unze" / "31,1 γρ.", "1 kg" / "1000 γρ.",
"946 ml" / "32oz", "11,5 g" / "11.5 גרם", "99A" / "99du".

Each competitor lists one of our products twice (`SECOND_LISTINGS`: an older feed's capitals,
another wording, a code only in a description), both listings true pairs of ours, and lists two
products of ours whose titles differ by one word or number in both shops ("Frontline Combo" /
"Frontline Spot On", "Philharmoniker 1 oz" / "1/10 oz"), beside siblings one word or number
apart ("Stage 11 Hollow" / "Standard", "Reds" / "Super Reds", "Vans Skate Old Skool" / "Vans Old
Skool", "American Eagle" / "American Buffalo", "Λίρα" / "Μισή Λίρα", "Munich Type II" / "Type
I", "Grainfather G30" / "G40", "Muntons Light" / "Extra Light").
"""

from __future__ import annotations

import pytest

from tests.kinds_batches import Catalogues, Row, check_the_rows, every_catalogue_priced, holds_its_first_reading, read_rows_priced
from tests.kinds_batches import gtin_with_check_digit as _ean
from tests.kinds_batches import read_the_batch as _read_the_batch


GTIN_GOTHAM_SM = _ean("081239301221")
GTIN_STAR_SAN_32OZ = _ean("081519260011")
GTIN_ZYLKENE_75 = _ean("359081301275")

# A German skate shop against a Swedish one in kronor: "Deck Svart/Vit 8.25\"", "Hjul 54mm 99du"
# (wheels; Spitfire's own hardness scale against our "99A"), "Truckar ... (2-pack)", "Kullager"
# (bearings), "Hjälm" (helmet), "Knäskydd" (knee pads), a maker in the brand field only.
SKATEBOARDING: list[Row] = [
    ("Baker Brand Logo Skateboard Deck 8.25\" schwarz/weiß", "64.95", "Baker Brand Logo Deck Svart/Vit 8.25\"", "749"),
    (None, None, "Baker Brand Logo Deck Svart/Vit 8.5\"", "749"),
    (None, None, "Baker Brand Logo Deck Röd 8.25\"", "749"),
    ("Spitfire Formula Four Classic Swirl Rollen 54 mm 99A weiß (4er-Set)", "54.95", "Spitfire Formula Four Classic Swirl Hjul 54mm 99du",
     "599"),
    (None, None, "Spitfire Formula Four Classic Swirl Hjul 52mm 99du", "579"),
    (None, None, "Spitfire Formula Four Classic Swirl Hjul 54mm 101du", "599"),
    ("Independent Stage 11 Hollow Silver Achsen 149 mm (Paar)", "84.95", "Independent Stage 11 Hollow Truckar 149 Silver (2-pack)", "999"),
    (None, None, "Independent Stage 11 Hollow Truckar 144 Silver (2-pack)", "999"),
    (None, None, "Independent Stage 11 Standard Truckar 149 Silver (2-pack)", "899"),
    ("Bones Reds Kugellager (8er-Set)", "19.95", "Bones Reds Kullager", "229",
     {"theirs": {"description": "Bones Reds Precision Skate Bearings, 8 st. med spacers."}}),
    (None, None, "Bones Super Reds Kullager", "349"),
    (None, None, "Bones Swiss Kullager", "799"),
    ("Santa Cruz Classic Dot Komplettboard 8.0\"", "109.95", "Santa Cruz Classic Dot Komplett Skateboard 8.0\"", "1199"),
    (None, None, "Santa Cruz Classic Dot Komplett Skateboard 7.75\"", "1199"),
    ("Mob Grip Griptape schwarz 9\" x 33\"", "9.95", "Mob Grip Griptape 9\" Svart", "119"),
    (None, None, "Mob Grip Griptape 11\" Svart", "149"),
    ("Thunder Team Hollow Lights Achsen 148 silber (Paar)", "79.95", "Thunder Truckar Team Hollow Lights 148 Silver", "949"),
    (None, None, "Thunder Truckar Team Hollow Lights 147 Silver", "949"),
    ("Triple Eight Gotham Helm schwarz matt S/M", "59.95", "Triple Eight Gotham Hjälm Svart Matt S/M", "699",
     {"ours": {"gtin": GTIN_GOTHAM_SM}}),
    (None, None, "Triple Eight Gotham Hjälm Svart Matt L/XL", "699"),
    ("187 Killer Pads Pro Knieschoner schwarz M", "79.95", "187 Killer Pads Pro Knäskydd Svart M", "899"),
    (None, None, "187 Killer Pads Pro Knäskydd Svart L", "899"),
    ("Vans Skate Old Skool Schuh schwarz/weiß 42", "89.95", "Vans Skate Old Skool Svart/Vit - EU 42", "1049"),
    (None, None, "Vans Skate Old Skool Svart/Vit - EU 43", "1049"),
    (None, None, "Vans Old Skool Svart/Vit - EU 42", "899"),
    ("Polar Skate Co. Dane Brady Pigeons Deck 8.375\"", "74.95", "Dane Brady - Pigeons Skateboard Deck 8.375\"", "849",
     {"theirs": {"brand": "Polar Skate Co."}}),
    (None, None, "Dane Brady - Pigeons Skateboard Deck 8.625\"", "849", {"theirs": {"brand": "Polar Skate Co."}}),
    ("Silver Skate Tool schwarz", "14.95", "Silver Skatetool Svart", "169"),
    ("Spitfire Formula Four Conical Full Rollen 56 mm 99A", "59.95", None, None),
    ("Independent Stage 11 Hollow Silver Achsen 159 mm (Paar)", "84.95", None, None),
    ("Bones Speed Cream Kugellager-Öl", "9.95", None, None),
    ("Baker Brand Logo Skateboard Deck 8.0\" weiß/schwarz", "64.95", None, None),
    ("Triple Eight Sweatsaver Helm schwarz S/M", "69.95", None, None),
    (None, None, "Ricta Clouds Hjul 54mm 78a", "549"),
    (None, None, "Bronson Speed Co. G3 Kullager", "349"),
    (None, None, "Girl 93 Til Deck 8.25\"", "749"),
    (None, None, "Thrasher Flame Logo T-shirt Svart M", "349"),
    (None, None, "Independent Stage 11 Hollow Truckar 149 Black (2-pack)", "999"),
]

# A German bullion dealer against a Greek one: "Χρυσό Νόμισμα" (gold coin), "Ασημένιο Νόμισμα"
# (silver coin), "Ράβδος Χρυσού / Ασημιού" (gold / silver bar), "γρ." (grams), "ουγγιά" (ounce),
# "Λίρα Αγγλίας" (the sovereign), "Μισή" (half), "Κάρολος Γ'" (Charles III), "Ελισάβετ Β'"
# (Elizabeth II), "Φιλαρμονική Βιέννης" (the Vienna Philharmonic). Both price in euros.
BULLION: list[Row] = [
    ("Krügerrand 1 oz Gold 2025", "3495.00", "Χρυσό Νόμισμα Krugerrand 1 oz 2025", "3510.00"),
    (None, None, "Χρυσό Νόμισμα Krugerrand 1 oz 2024", "3505.00"),
    (None, None, "Χρυσό Νόμισμα Krugerrand 1/2 oz 2025", "1795.00"),
    ("Maple Leaf 1 oz Silber 2025", "44.90", "Ασημένιο Νόμισμα Maple Leaf 1 oz 2025", "46.50"),
    (None, None, "Χρυσό Νόμισμα Maple Leaf 1 oz 2025", "3520.00"),
    (None, None, "Ασημένιο Νόμισμα Maple Leaf 1 oz 2024", "46.50"),
    ("Wiener Philharmoniker 1 oz Gold 2025", "3489.00", "Χρυσό Νόμισμα Φιλαρμονική Βιέννης 1 oz 2025", "3515.00"),
    ("Wiener Philharmoniker 1/10 oz Gold 2025", "372.00", "Χρυσό Νόμισμα Φιλαρμονική Βιέννης 1/10 oz 2025", "379.00"),
    ("Sovereign Goldmünze Elizabeth II (7,32 g Feingold)", "835.00", "Χρυσή Λίρα Αγγλίας Ελισάβετ Β'", "845.00",
     {"theirs": {"description": "Μικτό βάρος 7,98 γρ., καθαρότητα 916,7‰, καθαρό βάρος χρυσού 7,32 γρ."}}),
    (None, None, "Χρυσή Λίρα Αγγλίας Κάρολος Γ' 2024", "860.00"),
    (None, None, "Χρυσή Μισή Λίρα Αγγλίας Ελισάβετ Β'", "435.00"),
    ("Goldbarren 100 g Heraeus", "11020.00", "Ράβδος Χρυσού 100 γρ. Heraeus", "11090.00"),
    (None, None, "Ράβδος Χρυσού 100 γρ. Valcambi", "11080.00"),
    (None, None, "Ράβδος Χρυσού 50 γρ. Heraeus", "5560.00"),
    ("Goldbarren 1 Unze Valcambi", "3520.00", "Ράβδος Χρυσού 31,1 γρ. Valcambi", "3540.00",
     {"ours": {"description": "Feingewicht 31,1 g, Feinheit 999,9, mit Zertifikat."}}),
    ("Silberbarren 1 kg Umicore", "1390.00", "Ράβδος Ασημιού 1000 γρ. Umicore", "1420.00"),
    (None, None, "Ράβδος Ασημιού 500 γρ. Umicore", "720.00"),
    ("Britannia 1 oz Silber 2025 Charles III", "45.90", "Ασημένιο Νόμισμα Britannia 1 oz 2025 Κάρολος Γ'", "47.00"),
    ("American Eagle 1 oz Gold 2025", "3590.00", "Χρυσό Νόμισμα American Eagle 1 oz 2025", "3610.00"),
    (None, None, "Χρυσό Νόμισμα American Buffalo 1 oz 2025", "3640.00"),
    ("Känguru 1 oz Gold 2025", "3495.00", "Χρυσό Νόμισμα Kangaroo Αυστραλίας 1 oz 2025", "3515.00"),
    ("Vreneli 20 Franken Goldmünze Schweiz", "640.00", "Χρυσό Εικοσόφραγκο Ελβετίας (Vreneli)", "655.00"),
    ("Lunar III Drache 1 oz Silber 2024", "52.00", "Ασημένιο Νόμισμα Lunar III Year of the Dragon 1 oz 2024", "54.00"),
    (None, None, "Ασημένιο Νόμισμα Lunar III Year of the Snake 1 oz 2025", "54.00"),
    ("Krügerrand 1/4 oz Gold 2025", "915.00", None, None),
    ("Goldbarren 20 g Heraeus", "2260.00", None, None),
    ("Wiener Philharmoniker 1 oz Silber 2025", "45.50", None, None),
    ("Britannia 1 oz Gold 2025 Charles III", "3560.00", None, None),
    ("Silberbarren 100 g Heraeus", "152.00", None, None),
    (None, None, "Χρυσό Εικοσάδραχμο Γεωργίου Α' 1884", "690.00"),
    (None, None, "Ασημένιο Νόμισμα Kookaburra 1 oz 2025", "48.00"),
    (None, None, "Χρυσό Νόμισμα Britannia 1/4 oz 2025 Κάρολος Γ'", "915.00"),
]

# A German online pet pharmacy against a Spanish one: "pipetas", "comprimidos masticables", "uds",
# "perros" / "gatos" (dogs / cats), "grandes" / "pequeños", "hasta 4 kg", "(+8 kg)"; a weight
# band every maker writes ("10-20 kg"), or writes its own way (">10-20 kg" / "10,1-20 kg"), the
# German PZN and the Spanish C.N. each only in its own shop's description.
VET_MEDICINES: list[Row] = [
    ("Frontline Combo Spot-on Hund M 10-20 kg 3 Pipetten", "27.95", "Frontline Combo Perros 10-20 kg 3 pipetas", "26.49"),
    (None, None, "Frontline Combo Perros 20-40 kg 3 pipetas", "31.49"),
    (None, None, "Frontline Combo Perros 10-20 kg 6 pipetas", "47.99"),
    (None, None, "Frontline Combo Gatos 3 pipetas", "24.99"),
    ("Frontline Spot-on Hund M 10-20 kg 3 Pipetten", "21.95", "Frontline Spot On Perros 10-20 kg 3 pipetas", "19.99"),
    ("Bravecto Kautablette für Hunde 500 mg (>10-20 kg) 1 Stück", "49.90", "Bravecto 500 mg comprimido masticable perros 10-20 kg", "46.95",
     {"ours": {"description": "PZN 09142773. Wirkstoff Fluralaner."}, "theirs": {"description": "C.N. 578923.6 - Fluralaner."}}),
    (None, None, "Bravecto 1000 mg comprimido masticable perros 20-40 kg", "52.95"),
    (None, None, "Bravecto Plus pipeta gatos 2,8-6,25 kg 250 mg", "39.95"),
    ("Seresto Halsband für große Hunde ab 8 kg 70 cm", "32.95", "Collar Seresto perros grandes (+8 kg) 70 cm", "31.49"),
    (None, None, "Collar Seresto perros pequeños y gatos (hasta 8 kg) 38 cm", "29.99"),
    ("Milbemax Kautabletten für große Hunde 5-25 kg 2 Stück", "15.95", "Milbemax comprimidos masticables perros 5-25 kg 2 uds", "14.49"),
    (None, None, "Milbemax comprimidos masticables perros pequeños 1-5 kg 2 uds", "11.49"),
    ("Advocate Spot-on für Katzen bis 4 kg 3 Pipetten", "29.95", "Advocate gatos hasta 4 kg 3 pipetas", "27.99"),
    (None, None, "Advocate gatos 4-8 kg 3 pipetas", "31.99"),
    ("Drontal Plus Tabletten für Hunde 2 Stück", "9.95", "Drontal Plus perros sabor carne 2 comprimidos", "8.99"),
    (None, None, "Drontal Plus XL perros 2 comprimidos", "19.99"),
    (None, None, "Drontal gatos 2 comprimidos", "7.99"),
    ("NexGard Spectra Kautabletten für Hunde 7,5-15 kg 3 Stück", "44.95", "NexGard Spectra M 7,5-15 kg 3 comprimidos", "41.99"),
    (None, None, "NexGard Spectra L 15-30 kg 3 comprimidos", "47.99"),
    (None, None, "NexGard Spectra M 7,5-15 kg 6 comprimidos", "79.99"),
    ("Simparica Trio Kautabletten für Hunde >10-20 kg 3 Stück", "52.95", "Simparica Trio 10,1-20 kg 3 comprimidos", "49.99"),
    (None, None, "Simparica Trio 5,1-10 kg 3 comprimidos", "46.99"),
    ("Advantix Spot-on für Hunde 10-25 kg 4 Pipetten", "34.95", "Advantix perros 10-25 kg 4 pipetas", "32.49"),
    (None, None, "Advantix perros 25-40 kg 4 pipetas", "35.49"),
    (None, None, "Advantix perros 10-25 kg 6 pipetas", "46.99"),
    ("Vetoquinol Flexadin Advanced Kautabletten 30 Stück", "29.95", "Flexadin Advanced perros 30 comprimidos", "27.49",
     {"theirs": {"brand": "Vetoquinol"}}),
    (None, None, "Flexadin Advanced perros 60 comprimidos", "47.99", {"theirs": {"brand": "Vetoquinol"}}),
    ("Zylkene 75 mg Kapseln 30 Stück", "22.95", "Zylkène 75 mg 30 cápsulas", "21.49",
     {"ours": {"gtin": GTIN_ZYLKENE_75}, "theirs": {"gtin": GTIN_ZYLKENE_75}}),
    (None, None, "Zylkène 225 mg 30 cápsulas", "29.99"),
    (None, None, "Zylkène 450 mg 30 cápsulas", "39.99"),
    ("Stronghold Plus Spot-on Katze 2,5-5 kg 3 Pipetten", "36.95", None, None),
    ("Credelio Kautabletten Hund 5,5-11 kg 3 Stück", "39.95", None, None),
    ("Profender Spot-on Katze 2,5-5 kg 2 Pipetten", "19.95", None, None),
    ("Bravecto Kautablette für Hunde 250 mg (>4,5-10 kg) 1 Stück", "47.90", None, None),
    (None, None, "Collar Scalibor perros 65 cm", "24.99"),
    (None, None, "Capstar 11,4 mg 6 comprimidos perros y gatos", "17.49"),
    (None, None, "Stronghold 60 mg perros 10,1-20 kg 3 pipetas", "34.99"),
]

# A German homebrew shop against an Israeli one in shekels: the kind in Hebrew ("שמרים יבשים"
# dry yeast, "לתת" malt, "כשות" hops, "פלטים" pellets, "מיכל תסיסה" fermenter, "פקקי בקבוק" bottle
# caps, "תמצית לתת יבשה" dry malt extract), the maker and product in Latin, units in Hebrew
# ("גרם", "ק\"ג", "ליטר", "מ\"מ", "יח'") or in ounces; a hop's harvest only in a description.
HOMEBREWING: list[Row] = [
    ("Fermentis SafAle US-05 Trockenhefe 11,5 g", "4.50", "שמרים יבשים Fermentis SafAle US-05 - 11.5 גרם", "19.90"),
    (None, None, "שמרים יבשים Fermentis SafAle S-04 - 11.5 גרם", "19.90"),
    (None, None, "שמרים יבשים Fermentis SafLager W-34/70 - 11.5 גרם", "24.90"),
    ("Weyermann Pilsner Malz 5 kg", "11.90", "לתת Weyermann Pilsner - 5 ק\"ג", "69.00"),
    (None, None, "לתת Weyermann Pilsner - 1 ק\"ג", "16.00"),
    (None, None, "לתת Weyermann Pale Ale - 5 ק\"ג", "72.00"),
    ("Weyermann Münchner Malz Typ 2 1 kg", "3.40", "לתת Weyermann Munich Type II - 1 ק\"ג", "17.00"),
    (None, None, "לתת Weyermann Munich Type I - 1 ק\"ג", "17.00"),
    ("Citra Hopfenpellets 100 g Ernte 2025", "8.90", "כשות Citra פלטים T90 - 100 גרם", "45.00",
     {"theirs": {"description": "קציר 2025, אלפא 12.5%"}}),
    (None, None, "כשות Mosaic פלטים T90 - 100 גרם", "45.00"),
    (None, None, "כשות Citra פלטים T90 - 1 ק\"ג", "349.00"),
    ("Five Star Star San Desinfektionsmittel 946 ml", "27.90", "Star San חומר חיטוי ללא שטיפה 32oz", "119.00",
     {"ours": {"gtin": GTIN_STAR_SAN_32OZ}, "theirs": {"gtin": GTIN_STAR_SAN_32OZ}}),
    (None, None, "Star San חומר חיטוי ללא שטיפה 8oz", "49.00"),
    ("Grainfather G30 Brauanlage", "899.00", "מערכת בישול Grainfather G30 v3", "3690.00"),
    (None, None, "מערכת בישול Grainfather G40", "4890.00"),
    ("Speidel Gärfass 30 l mit Hahn", "34.90", "מיכל תסיסה Speidel 30 ליטר עם ברז", "149.00"),
    (None, None, "מיכל תסיסה Speidel 60 ליטר עם ברז", "219.00"),
    ("Lallemand LalBrew Voss Kveik Trockenhefe 11 g", "5.20", "שמרים LalBrew Voss Kveik - 11 גרם", "22.00"),
    (None, None, "שמרים LalBrew Nottingham - 11 גרם", "22.00"),
    ("Whirlfloc Tabletten 10 Stück", "2.50", "טבליות Whirlfloc להבהרה - 10 יח'", "9.90"),
    ("KegLand RAPT Pill digitales Hydrometer WLAN", "69.00", "KegLand RAPT Pill - הידרומטר דיגיטלי Wi-Fi", "289.00"),
    (None, None, "Tilt Hydrometer - אדום", "399.00"),
    ("Kronkorken 26 mm gold 200 Stück", "4.90", "פקקי בקבוק 26 מ\"מ זהב - 200 יח'", "25.00"),
    (None, None, "פקקי בקבוק 26 מ\"מ שחור - 100 יח'", "15.00"),
    ("Muntons Light Sprühmalzextrakt 1 kg", "9.90", "תמצית לתת יבשה Muntons Light - 1 ק\"ג", "45.00"),
    (None, None, "תמצית לתת יבשה Muntons Extra Light - 1 ק\"ג", "45.00"),
    ("Fermentis SafAle BE-256 11,5 g", "5.20", None, None),
    ("Weyermann Carahell Malz 1 kg", "3.60", None, None),
    ("Simcoe Hopfenpellets 100 g", "9.50", None, None),
    ("Grainfather Gegenstromkühler", "129.00", None, None),
    ("Speidel Gärfass 12 l mit Hahn", "24.90", None, None),
    (None, None, "ערכת בירה ביתית למתחילים 20 ליטר", "399.00"),
    (None, None, "בקבוקי בירה חומים 500 מ\"ל - 12 יח'", "39.00"),
    (None, None, "מד חום דיגיטלי לבישול בירה", "49.00"),
]

KINDS: dict[str, list[Row]] = {
    "skateboarding, a Swedish shop in kronor": SKATEBOARDING, "bullion, a Greek dealer": BULLION,
    "veterinary medicines, a Spanish pharmacy": VET_MEDICINES, "homebrewing, a Hebrew shop in shekels": HOMEBREWING,
}
CURRENCIES = {"skateboarding, a Swedish shop in kronor": "SEK", "homebrewing, a Hebrew shop in shekels": "ILS"}

# Each competitor lists one of our products twice: (the row of its first listing, the second
# listing's title, its price[, its other fields]). Both listings are true pairs of our product.
SECOND_LISTINGS: dict[str, list[tuple]] = {
    "skateboarding, a Swedish shop in kronor": [(6, "INDEPENDENT 149 STAGE 11 HOLLOW SILVER TRUCKS", "979")],
    "bullion, a Greek dealer": [(0, "Krugerrand 1 ουγγιά Χρυσό Νόμισμα Νότιος Αφρική 2025", "3499.00")],
    "veterinary medicines, a Spanish pharmacy": [(5, "BRAVECTO PERROS MEDIANOS 10-20 KG - 1 COMPRIMIDO MASTICABLE", "47.50")],
    "homebrewing, a Hebrew shop in shekels": [(0, "שמרי אייל אמריקאי Fermentis 11.5 גרם", "18.90",
                                               {"description": "SafAle US-05, תסיסה עליונה, 11.5 גרם"})],
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


SKATE, COINS, VET, BREW = KINDS


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)
    assert set(SECOND_LISTINGS) == set(KINDS)
    for name, (ours, theirs, truth) in every_catalogue():
        # The shape the batch was written to: a small shop's catalogue on each side, each
        # competitor's titles named once, priced in its own currency.
        assert 15 <= len(ours) <= 40 and 20 <= len(theirs) <= 60, (name, len(ours), len(theirs))
        assert len({t["name"] for t in theirs}) == len(theirs), name
        assert {t.get("currency") for t in theirs} == {CURRENCIES.get(name)}, name
    # Two products of ours one word or number apart, both in both shops.
    assert {("O0", "T0"), ("O4", "T4")} <= dict(every_catalogue())[VET][2]
    assert {("O6", "T6"), ("O7", "T7")} <= dict(every_catalogue())[COINS][2]


# --- what a matcher should make of the batch, as expected before it was read ------------------
# Written before storecheck read the batch. Each test states the outcome a user needs; where the
# nine rounds' readings say storecheck will not reach it, the test is a strict xfail (raising
# AssertionError, so that a helper renamed fails the run rather than passing as expected).


@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="the nine rounds before found 0.42-0.81 of their true pairs at first reading")
def test_every_true_pair_of_the_batch_is_found_and_no_variant_matched(tmp_path):
    total = read_the_batch(tmp_path)
    assert total["true missed"] == 0 and total["wrong matched"] == 0, total


# Passed at first reading, as expected: none matched. Two were put to a person beside the pair
# (the pads "L" beside "M", 0.65; the deck "8.625\"" beside "8.375\"", 0.63: "the same product as
# their listing").
def test_a_width_a_size_a_weight_band_or_a_pack_tells_two_listings_apart(tmp_path):
    # A deck's "8.25\"" against "8.5\"", a wheel's "54mm" against "52mm" and "99du" against
    # "101du", a truck's "149" against "144", "8.0\"" against "7.75\"", "9\"" against "11\"", "148"
    # against "147", "S/M" against "L/XL", "M" against "L", "EU 42" against "EU 43"; a medicine's
    # "10-20 kg" against "20-40 kg", "3 pipetas" against "6", "500 mg" against "1000 mg", "5-25 kg"
    # against "1-5 kg", "hasta 4 kg" against "4-8 kg", "7,5-15 kg" against "15-30 kg", "30" against
    # "60 comprimidos", "75 mg" against "225 mg": another value is another product, and every value
    # stands in other products' titles. Nothing of theirs matched to a product it is not.
    skate = (SKATEBOARDING[0:2] + SKATEBOARDING[3:8] + SKATEBOARDING[12:24] + SKATEBOARDING[25:27])
    counts, found, _ = _read(tmp_path, SKATE, skate, label="skate")
    assert not counts["wrong matched"], found
    vet = VET_MEDICINES[0:3] + VET_MEDICINES[5:7] + VET_MEDICINES[10:14] + VET_MEDICINES[17:30]
    counts, found, _ = _read(tmp_path, VET, vet, label="vet")
    assert not counts["wrong matched"], found


# Failed at first reading, as expected: none matched, but the red Baker deck ("Röd") was put to a
# person (0.81) in place of our black-and-white one ("schwarz/weiß" / "Svart/Vit", 0.71 alone,
# missed), and "Frontline Combo" and "Frontline Spot On" crossed (0.73 and 0.60, each of ours
# with the other's listing: our "Spot-on" names how both are applied, theirs names one product).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a word on one listing only (Mini, Pro, Power, X, Pair, Vinyl) was matched or proposed in the rounds before")
def test_a_sibling_whose_title_differs_by_one_word_or_number_is_another_product(tmp_path):
    # "Stage 11 Hollow" / "Standard", "Reds" / "Super Reds" / "Swiss", "Vans Skate Old Skool" /
    # "Vans Old Skool", "Svart/Vit" / "Röd"; "American Eagle" / "American Buffalo", "Λίρα" /
    # "Μισή Λίρα" / "Κάρολος Γ'"; "Frontline Combo Perros" / "Gatos", "Drontal Plus" / "Plus XL" /
    # "Drontal gatos", "Seresto grandes" / "pequeños"; "US-05" / "S-04" / "W-34/70", "Type II" /
    # "Type I", "G30" / "G40", "Citra" / "Mosaic", "Voss Kveik" / "Nottingham", "Light" / "Extra
    # Light": none of the siblings matched, and nothing put to a person either.
    skate = [SKATEBOARDING[n] for n in (0, 2, 6, 8, 9, 10, 11, 22, 24)]
    coins = BULLION[8:11] + BULLION[18:20]
    vet = VET_MEDICINES[0:1] + VET_MEDICINES[3:5] + VET_MEDICINES[8:10] + VET_MEDICINES[14:17]
    brew = HOMEBREWING[0:3] + HOMEBREWING[6:10] + HOMEBREWING[13:15] + HOMEBREWING[17:19] + HOMEBREWING[24:26]
    for kind, rows in ((SKATE, skate), (COINS, coins), (VET, vet), (BREW, brew)):
        counts, found, _ = _read(tmp_path, kind, rows, label=kind.split(",")[0])
        assert not counts["wrong matched"] and not counts["wrong proposed"], (kind, found)


# Passed at first reading, as expected: nothing matched, two of eight true pairs proposed.
def test_a_coins_weight_year_metal_or_refiner_tells_two_coins_apart(tmp_path):
    # "1 oz" against "1/2 oz" and "1/10 oz", "2025" against "2024", "Ασημένιο" (silver) against
    # "Χρυσό" (gold) at a price seventy times apart, "Heraeus" against "Valcambi", "100 γρ."
    # against "50 γρ.", "1000 γρ." against "500 γρ.", the Dragon's "2024" against the Snake's
    # "2025": another coin or bar, however much of the title is shared ("Χρυσό Νόμισμα ... 1 oz
    # 2025" stands in eight of their titles).
    rows = BULLION[0:8] + BULLION[11:17] + BULLION[22:24]
    counts, found, _ = _read(tmp_path, COINS, rows, label="coins")
    assert not counts["wrong matched"], found


# Expected to pass when written; at first reading it failed: 3 of 14 found (Krugerrand, Maple Leaf,
# American Eagle, proposed 0.72-0.82); the bars ("Ράβδος Χρυσού 100 γρ. Heraeus", 0.31 alone), the
# Philharmoniker in Greek (0.29), the sovereign as "Λίρα Αγγλίας" (0.05) and the Vreneli (0.16)
# missed: the Latin names were too few of the words.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a title in Greek around a Latin name shares too few words to be put to a person")
def test_a_title_in_greek_around_latin_names_finds_our_product(tmp_path):
    # The coins' names stay in Latin letters in most Greek titles ("Krugerrand", "Maple Leaf",
    # "American Eagle", "Heraeus", "Vreneli"): at least half our products they sell found (the
    # rounds before found 1 of 16 in Hangul and 1 of 5 in Arabic, where the names were in the
    # other script too).
    counts, found, truth = _read(tmp_path, COINS, BULLION, label="greek")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Expected to pass when written; at first reading it failed: 2 of 13 found, both matched under a code
# (US-05) or a GTIN (Star San); "Weyermann Pilsner" (0.37 alone), "Grainfather G30" (0.54),
# "LalBrew Voss Kveik" (0.49), "KegLand RAPT Pill" (0.43) missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a title in Hebrew around a Latin name shares too few words to be put to a person")
def test_a_title_in_hebrew_around_latin_names_finds_our_product(tmp_path):
    # The maker and the product in Latin inside Hebrew titles ("Fermentis SafAle US-05",
    # "Weyermann Pilsner", "Grainfather G30", "KegLand RAPT Pill"): at least half found, and the
    # codes they carry (US-05, G30) matched to no sibling.
    counts, found, truth = _read(tmp_path, BREW, HOMEBREWING, label="hebrew")
    assert 2 * (counts["true matched"] + counts["true proposed"]) >= len(truth), found


# Failed at first reading, as expected: the Star San found by its GTIN; "1 Unze" / "31,1 γρ." read as
# "numbers differ: 1 vs 31.1" (0.15 alone), "1 kg" / "1000 γρ." 0.29, the grip tape missed.
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a unit in another system joined no pair before (\"5lb\" / \"2.27 kg\", \"34 Zoll\" / \"34 inch\")")
def test_a_quantity_written_in_another_unit_finds_its_product(tmp_path):
    # "1 Unze" against "31,1 γρ." (the weight in grams only in our description), "1 kg" against
    # "1000 γρ.", "946 ml" against "32oz" (with a GTIN on both sides), "9\" x 33\"" against "9\"":
    # found (matched or put to a person), and the sibling in the other size ("500 γρ.", "8oz",
    # "11\"") not matched.
    for kind, rows in ((COINS, BULLION[14:17]), (BREW, HOMEBREWING[11:13]), (SKATE, SKATEBOARDING[14:16])):
        counts, found, truth = _read(tmp_path, kind, rows, label=kind.split(",")[0])
        assert counts["true matched"] + counts["true proposed"] == len(truth) and not counts["wrong matched"], (kind, found)


# Expected to pass when written; at first reading it failed: no two makers paired, but "Frontline
# Combo" ours was put to a person with their "Frontline Spot On" (our "Spot-on" is the form both
# are applied in; 0.74 in the catalogue, above its own at 0.65).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="two products of one maker one word apart crossed, a word of ours naming the other's listing")
def test_a_weight_band_every_maker_writes_names_no_product(tmp_path):
    # "10-20 kg" and "3 pipetas" stand in Frontline Combo's, Frontline Spot On's, Bravecto's and
    # Stronghold's titles: no product of one maker (or one line) paired with another's, whatever
    # the band they share. "Frontline Combo" and "Frontline Spot On", one word apart, are both
    # ours and both theirs: each found with its own.
    rows = VET_MEDICINES[0:1] + VET_MEDICINES[4:6] + VET_MEDICINES[20:21] + VET_MEDICINES[36:37]
    counts, found, truth = _read(tmp_path, VET, rows, label="bands")
    assert not counts["wrong matched"] and not counts["wrong proposed"], found


# Failed at first reading, as expected: none of the four second listings found (0.28-0.53 alone); the
# first listings found in three kinds of four (the Independent trucks' missed, 0.47 alone).
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="a second listing was found in one catalogue of five in kinds9, one of eight in kinds9d")
def test_a_product_listed_twice_is_found_in_both_listings(tmp_path):
    # An older feed's capitals ("INDEPENDENT 149 STAGE 11 HOLLOW SILVER TRUCKS", "BRAVECTO PERROS
    # MEDIANOS 10-20 KG"), another word order and "ουγγιά" for "oz", a yeast's code only in the
    # description: both listings ours, matched or put to a person.
    missed = []

    def show(name, truth, counts, found):
        for n, *_ in SECOND_LISTINGS[name]:
            for pair in ((f"O{n}", f"T{n}"), (f"O{n}", f"T{n}b")):
                if pair not in found:
                    missed.append((name, pair))

    total = read_the_batch(tmp_path, show)
    assert total and not missed, missed


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_tenth_batch_read_through_the_commands(tmp_path):
    # At first reading (the matching code of main at f200aca, the same as 717fbff, the twentieth
    # session's final): 17 of 53 true pairs found (3 matched, 14 proposed), 36 missed; no variant
    # matched, 6 proposed (the red Baker deck, the pads "L", the Vans without "Skate", the Polar
    # deck 8.625", Frontline Combo and Spot On crossed).
    # The twenty-ninth session, the wording gate at even odds (`WordingEvidence.worth_asking`: where its
    # bounds do not let a shop's wording match but its nulls at even odds show the candidates right more
    # often than not, the candidates both views of the titles agree on are proposed): in the Hebrew
    # homebrewing shop 2 true pairs more found and 2 variants proposed, our "SafAle BE-256" with their
    # "SafAle S-04" (0.44) and our "Münchner Malz Typ 2" with their "Munich Type I" (0.37).
    # Nothing at the catalogue level tells it apart: the gate's counts in this catalogue are no weaker
    # than in those whose true pairs the same reading finds (bench/history/matching.md, twenty-eighth
    # session, tongues2), and the comparison does not read the difference between the two titles.
    holds_its_first_reading(read_the_batch(tmp_path), matched=3, found=17, wrong_matched=0, wrong_proposed=8)


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds10 [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading({}, more=every_catalogue())
