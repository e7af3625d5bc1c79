"""A fourth batch of catalogues of other kinds, written before the matcher read them, so that
their first reading is a figure on catalogues the matching rules were not written on: computer
parts, cameras and lenses, printers and ink, batteries, memory cards, cables, coffee, paint,
shoes, cosmetics shades, mattresses and bedding, kitchenware, garden, musical instruments,
watches, and the cases the third batch (`tests/test_matching_kinds3.py`) left open.

Each catalogue is a list of rows (our title, our price, their title, their price), as in the
second and third batches. A row with both titles is one product in both shops, worded as each
shop words it (another word order, abbreviations, another language or script on one side, units
written apart or together); a row with one title is a variant that only one shop sells (another
capacity, speed grade, aperture, mount, yield, pack, length, wattage, roast form, can size,
shoe size or width, shade, bed size, diameter, gauge, case size) and has no counterpart:
matching it to anything is a wrong pair.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmark._text import extract
from benchmark.matching.conflicts import _quantity_conflict
from tests.kinds_batches import Row, check_the_rows, matched_through_the_commands
from tests.kinds_batches import per_size_and_per_colour as _per_size_and_per_colour
from tests.kinds_batches import read_the_batch as _read_the_batch

COMPUTER_PARTS: list[Row] = [
    ("Corsair Vengeance LPX 16GB (2x8GB) DDR4-3200 CL16 Arbeitsspeicher", "44.90",
     "CORSAIR Vengeance LPX DDR4 3200MHz 16GB (2 x 8GB) CL16 CMK16GX4M2E3200C16", "42.99"),
    (None, None, "CORSAIR Vengeance LPX DDR4 3200MHz 32GB (2 x 16GB) CL16 CMK32GX4M2E3200C16", "74.99"),
    (None, None, "CORSAIR Vengeance DDR5 5200MHz 16GB (2 x 8GB) CL40 CMK16GX5M2B5200C40", "59.99"),
    ("AMD Ryzen 7 7700 Prozessor, 8 Kerne, 3,8 GHz, AM5, boxed", "299.00",
     "AMD Ryzen 7 7700, 8C/16T, 3.80-5.30GHz, boxed (100-100000592BOX)", "289.00"),
    (None, None, "AMD Ryzen 7 7700X, 8C/16T, 4.50-5.40GHz, tray (100-000000591)", "319.00"),
    ("Samsung 990 PRO NVMe M.2 SSD 1 TB", "119.00", "Samsung SSD 990 PRO 1TB, M.2 PCIe 4.0 NVMe (MZ-V9P1T0BW)", "114.90"),
    (None, None, "Samsung SSD 990 PRO 2TB, M.2 PCIe 4.0 NVMe (MZ-V9P2T0BW)", "189.90"),
    ('Samsung 870 EVO SATA SSD 1 TB 2,5 Zoll', "89.00", 'Samsung 870 EVO 1TB 2.5" SATA III Internal SSD MZ-77E1T0B/EU',
     "84.99"),
    ("Crucial P3 Plus 1TB PCIe 4.0 NVMe M.2 SSD", "64.99", None, None),
    (None, None, "Crucial P3 1TB PCIe 3.0 NVMe M.2 SSD CT1000P3SSD8", "54.99"),
    ("Intel Core i5-13600K Desktop-Prozessor", "319.00", "Intel® Core™ i5-13600K Processor 24M Cache, up to 5.10 GHz",
     "309.00"),
    (None, None, "Intel® Core™ i5-13600KF Processor 24M Cache, up to 5.10 GHz", "289.00"),
    ("Оперативная память Kingston FURY Beast 32 ГБ DDR5 6000 МГц (2x16 ГБ)", "109.90",
     "Kingston FURY Beast DDR5-6000 Kit 32GB (2 x 16GB) CL36 KF560C36BBEK2-32", "104.90"),
    ('Western Digital WD Red Plus 4 TB NAS-Festplatte 3,5 Zoll', "109.00",
     'WD Red Plus 4TB NAS Hard Drive 3.5" 5400 RPM 128MB Cache WD40EFPX', "104.00"),
    (None, None, 'WD Red Plus 8TB NAS Hard Drive 3.5" 5640 RPM 256MB Cache WD80EFPX', "199.00"),
]

CAMERAS_AND_LENSES: list[Row] = [
    ("Canon RF 50mm F1.8 STM Objektiv", "229.00", "Canon RF50mm f/1.8 STM Lens", "219.00"),
    (None, None, "Canon EF 50mm f/1.8 STM Lens", "139.00"),
    (None, None, "Canon RF 85mm f/2 Macro IS STM Lens", "649.00"),
    ("Sony FE 50 mm F1.4 GM (SEL50F14GM)", "1499.00", "Sony SEL50F14GM FE 50mm f/1.4 GM Objektiv", "1449.00"),
    (None, None, "Sony SEL50F18F FE 50mm f/1.8 Objektiv", "249.00"),
    ("Nikon Z 24-70 mm 1:4 S Objektiv", "899.00", "NIKKOR Z 24-70mm f/4 S", "869.00"),
    (None, None, "NIKKOR Z 24-70mm f/2.8 S", "2299.00"),
    ("Sigma 35mm F1,4 DG DN Art für Sony E", "799.00", "Sigma 35mm f/1.4 DG DN Art Lens for Sony E-mount", "779.00"),
    (None, None, "Sigma 35mm f/1.4 DG DN Art Lens for L-Mount", "779.00"),
    ("Fujifilm X-T5 Gehäuse schwarz", "1699.00", "Fujifilm X-T5 Mirrorless Camera Body, Black", "1649.00"),
    (None, None, "Fujifilm X-T5 Mirrorless Camera with XF 18-55mm Lens Kit, Black", "1999.00"),
    ("Appareil photo hybride Canon EOS R6 Mark II boîtier nu", "2499.00", "Canon EOS R6 Mark II Body", "2399.00"),
    ("Canon EOS R6 Gehäuse", "1799.00", None, None),
    ("Tamron 28-75mm F/2.8 Di III VXD G2 Sony E", "799.00", "タムロン 28-75mm F/2.8 Di III VXD G2 ソニーEマウント用 A063S",
     "779.00"),
    (None, None, "タムロン 17-28mm F/2.8 Di III RXD ソニーEマウント用 A046SF", "699.00"),
]

PRINTERS_AND_INK: list[Row] = [
    ("Epson 502 Tintenpatrone schwarz", "12.99", "Epson T502 Black Ink Cartridge C13T02V14010", "11.99"),
    (None, None, "Epson T502XL Black Ink Cartridge C13T02W14010", "24.99"),
    ("Epson 502 Multipack 4 Farben", "39.99", "Epson 502 Multipack CMYK, C13T02V64010", "37.99"),
    (None, None, "Epson 502 Multipack 3-colour CMY, C13T02V54010", "29.99"),
    ("HP 305 Druckerpatrone Schwarz", "13.99", "HP 305 Black Original Ink Cartridge (3YM61AE)", "12.99"),
    (None, None, "HP 305XL Black Original Ink Cartridge (3YM62AE)", "24.99"),
    (None, None, "HP 305 Tri-color Original Ink Cartridge (3YM60AE)", "13.99"),
    ("Brother TN-2420 Toner schwarz", "54.90", "Brother TN2420 Black Toner Cartridge, High Yield", "52.90"),
    (None, None, "Brother TN2410 Black Toner Cartridge, Standard Yield", "39.90"),
    ("Canon PG-545XL Tinte schwarz", "24.99", "Cartouche d'encre Canon PG-545XL noire", "23.49"),
    ("Canon CL-546XL Tinte farbig", "24.99", None, None),
    ("HP LaserJet Pro M404dn Laserdrucker", "279.00", "HP LaserJet Pro M404dn Monochrome Laser Printer W1A53A", "269.00"),
    (None, None, "HP LaserJet Pro M404n Monochrome Laser Printer W1A52A", "239.00"),
]

BATTERIES: list[Row] = [
    ("Duracell Plus AA Mignon Batterien 4er Pack", "5.49", "Duracell Plus AA Alkaline Batteries, 4 Pack", "4.99"),
    (None, None, "Duracell Plus AA Alkaline Batteries, 8 Pack", "8.99"),
    (None, None, "Duracell Plus AAA Alkaline Batteries, 4 Pack", "4.99"),
    ("Varta Longlife Power AAA Micro 8 Stück", "6.99", "VARTA Longlife Power Micro AAA LR03 Batterie, 8er Pack", "6.49"),
    ("Eneloop AA Akku 2000 mAh 4 Stück", "14.99",
     "Panasonic eneloop Mignon AA rechargeable NiMH 2000mAh, pack of 4 (BK-3MCDE/4BE)", "13.99"),
    (None, None, "Panasonic eneloop pro Mignon AA rechargeable NiMH 2500mAh, pack of 4 (BK-3HCDE/4BE)", "19.99"),
    ("Energizer Lithium CR2032 Knopfzelle 2er Pack", "3.99", "Energizer CR2032 Lithium Coin Battery 3V, 2 pack", "3.79"),
    (None, None, "Energizer CR2025 Lithium Coin Battery 3V, 2 pack", "3.79"),
    ("GP Batteries Super Alkaline 9V Block", "2.99", "GP Super 9V Alkaline Battery 6LR61, 1 pcs", "2.79"),
    ("Piles alcalines Duracell Optimum AA x 12", "14.99", None, None),
    ("Батарейки Duracell Optimum AA 4 шт", "6.99", "Duracell Optimum AA Alkaline Batteries, 4 Pack", "6.49"),
]

MEMORY_CARDS: list[Row] = [
    ("SanDisk Extreme microSDXC 128 GB + SD-Adapter A2 U3 V30", "19.99",
     "SanDisk Extreme 128GB microSDXC UHS-I Card with Adapter, 190MB/s, A2, U3, V30 (SDSQXAA-128G-GN6MA)", "18.49"),
    (None, None, "SanDisk Extreme 64GB microSDXC UHS-I Card with Adapter, 170MB/s, A2, U3, V30 (SDSQXAH-064G-GN6MA)",
     "12.49"),
    ("Samsung EVO Plus microSD 256 GB mit Adapter", "24.99",
     "Samsung EVO Plus 256GB microSDXC UHS-I U3 130MB/s Full HD & 4K UHD Memory Card with Adapter (MB-MC256KA/EU)",
     "23.49"),
    (None, None, "Samsung PRO Plus 256GB microSDXC UHS-I U3 180MB/s Memory Card with Adapter (MB-MD256SA/EU)", "32.99"),
    ("Lexar Professional 1667x SDXC 64 GB UHS-II V60", "29.99",
     "Lexar Professional 1667x 64GB SDXC UHS-II Card, V60 (LSD64GCB1667)", "27.99"),
    (None, None, "Lexar Professional 1667x 128GB SDXC UHS-II Card, V60 (LSD128CB1667)", "44.99"),
    ("Kingston Canvas Go! Plus microSD 64GB", "11.99", None, None),
    ("Carte mémoire SanDisk Ultra SDXC 128 Go classe 10", "14.99",
     "SanDisk Ultra 128GB SDXC Memory Card, up to 140 MB/s, Class 10", "13.99"),
    ("SanDisk Ultra USB 3.0 Stick 64 GB", "8.99", "SanDisk Ultra 64GB USB 3.0 Flash Drive SDCZ48-064G-G46", "7.99"),
    (None, None, "SanDisk Ultra 128GB USB 3.0 Flash Drive SDCZ48-128G-G46", "11.99"),
]

CABLES: list[Row] = [
    ("Anker USB-C auf USB-C Kabel 240W 1,8 m", "15.99", "Anker USB C to USB C Cable 240W, 6ft (1.8m) Nylon Braided", "14.99"),
    (None, None, "Anker USB C to USB C Cable 100W, 6ft (1.8m)", "11.99"),
    (None, None, "Anker USB C to USB A Cable, 6ft (1.8m)", "9.99"),
    ("Belkin BoostCharge USB-C auf USB-C Kabel 1 m 60 W weiß", "14.99",
     "Belkin BoostCharge USB-C to USB-C Cable 60W, 1m, White (CAB003bt1MWH)", "13.99"),
    (None, None, "Belkin BoostCharge USB-C to USB-C Cable 60W, 2m, White (CAB003bt2MWH)", "16.99"),
    ("Ugreen HDMI 2.1 Kabel 8K 2 m", "12.99", "UGREEN 8K HDMI Cable 2.1, 2M, 48Gbps Ultra High Speed", "11.99"),
    (None, None, "UGREEN 8K HDMI Cable 2.1, 3M, 48Gbps Ultra High Speed", "14.99"),
    ("Apple USB-C auf Lightning Kabel (1 m)", "25.00", "Câble Apple USB-C vers Lightning (1 m)", "23.00"),
    ("Apple USB-C auf Lightning Kabel (2 m)", "39.00", None, None),
    ("Cat 6a Netzwerkkabel 5 m grau S/FTP", "7.99", "CAT6a Ethernet Patch Cable S/FTP 5m Grey", "7.49"),
    (None, None, "CAT6a Ethernet Patch Cable S/FTP 10m Grey", "10.99"),
]

COFFEE: list[Row] = [
    ("Lavazza Qualità Oro Kaffeebohnen 1 kg", "16.99", "Lavazza Qualita Oro Coffee Beans 1kg", "15.99"),
    (None, None, "Lavazza Qualita Oro Ground Coffee 250g", "4.99"),
    (None, None, "Lavazza Qualita Oro Coffee Beans 500g", "9.49"),
    ("Tchibo Caffè Crema mild ganze Bohne 1 kg", "14.99", "Tchibo Caffè Crema Mild Whole Beans 1000 g", "13.99"),
    ("Nespresso Original Ristretto 10 Kapseln", "4.20", "Nespresso Ristretto capsules, pack of 10", "3.99"),
    (None, None, "Nespresso Ristretto capsules, pack of 50", "19.50"),
    ("Dallmayr Prodomo gemahlen 500 g", "6.99", "Dallmayr Prodomo Ground Coffee 500g", "6.49"),
    (None, None, "Dallmayr Prodomo Whole Beans 500g", "7.49"),
    ("L'OR Espresso Forza Kapseln 30 Stück Nespresso kompatibel", "9.99",
     "L'OR Espresso Forza Nespresso compatible capsules x30", "9.49"),
    (None, None, "L'OR Espresso Forza Nespresso compatible capsules x10", "3.49"),
    ("Café en grains Segafredo Intermezzo 1 kg", "13.99", "Segafredo Zanetti Intermezzo Kaffeebohnen 1000g", "12.99"),
    ("Jacobs Krönung Kaffeepads 36 Stück", "4.99", None, None),
]

PAINT: list[Row] = [
    ("Alpina Feine Farben Nr. 05 Sanftes Grün 2,5 L", "29.99", "Alpina Feine Farben No. 05 Sanftes Grün, 2.5 l", "28.49"),
    (None, None, "Alpina Feine Farben No. 12 Melodie des Südens, 2.5 l", "28.49"),
    ("Dulux Easycare Washable & Tough Matt Pure Brilliant White 2.5L", "29.00",
     "Dulux Easycare Washable and Tough Matt Emulsion Paint, Pure Brilliant White, 2.5 Litre", "27.00"),
    (None, None, "Dulux Easycare Washable and Tough Matt Emulsion Paint, Pure Brilliant White, 5 Litre", "45.00"),
    ("Schöner Wohnen Polarweiß matt 10 l", "54.99", "SCHÖNER WOHNEN-FARBE Polarweiss Wandfarbe matt 10 Liter", "52.99"),
    (None, None, "SCHÖNER WOHNEN-FARBE Polarweiss Wandfarbe seidenmatt 10 Liter", "59.99"),
    ("Farrow & Ball Estate Emulsion Hague Blue No. 30 2.5L", "109.00",
     "Farrow & Ball Hague Blue No.30 Estate Emulsion 2,5 Liter", "105.00"),
    (None, None, "Farrow & Ball Stiffkey Blue No. 281 Estate Emulsion 2,5 Liter", "105.00"),
    ("Tollens Peinture murale blanc mat 10 L", "59.90", None, None),
    ("Hammerite Direkt auf Rost Metallschutzlack glänzend schwarz 750 ml", "24.99",
     "Hammerite Direct to Rust Metal Paint Smooth Black 750ml", "23.49"),
    (None, None, "Hammerite Direct to Rust Metal Paint Hammered Black 750ml", "23.49"),
    ("Vernice Sikkens Alpha Rezisto Easy Clean bianco 2,5 L", "64.90", "Sikkens Alpha Rezisto Easy Clean Wit 2,5 liter",
     "61.90"),
]

SHOES: list[Row] = [
    ("adidas Samba OG Herren Sneaker Cloud White Gr. 42", "119.99", "adidas Originals Samba OG Shoes Cloud White UK 8",
     "114.99"),
    (None, None, "adidas Originals Samba OG Shoes Cloud White UK 9", "114.99"),
    ("Birkenstock Arizona Birko-Flor schwarz Gr. 41 schmal", "89.95", "Birkenstock Arizona BF Black EU 41 Narrow", "84.95"),
    (None, None, "Birkenstock Arizona BF Black EU 41 Regular", "84.95"),
    ("Dr. Martens 1460 Smooth Leder Stiefel schwarz EU 40", "189.00",
     "Dr. Martens 1460 Smooth Leather Lace Up Boots Black Size 40", "179.00"),
    (None, None, "Dr. Martens 1460 Smooth Leather Lace Up Boots Black Size 41", "179.00"),
    ("Converse Chuck Taylor All Star Hi weiß Gr. 39", "69.99", "Converse Chuck Taylor All Star High Top Optical White EU 39",
     "64.99"),
    (None, None, "Converse Chuck Taylor All Star Low Top Optical White EU 39", "59.99"),
    ("Chaussures de running ASICS Gel-Kayano 30 homme 44", "179.99", "ASICS Gel-Kayano 30 Herren Laufschuhe Gr. 44", "169.99"),
    (None, None, "ASICS Gel-Kayano 30 Herren Laufschuhe Gr. 44 (2E wide)", "174.99"),
    ("Crocs Classic Clog Unisex schwarz M9/W11", "49.99", None, None),
    ("New Balance 574 Core Sneaker grau Gr. 43", "89.99", "New Balance ML574EVG 574 Core Grey EU 43", "84.99"),
]

COSMETICS: list[Row] = [
    ("Maybelline Fit Me Matte + Poreless Make-up 120 Classic Ivory 30 ml", "9.95",
     "Maybelline New York Fit Me Matte & Poreless Foundation, Shade 120 Classic Ivory, 30ml", "8.99"),
    (None, None, "Maybelline New York Fit Me Matte & Poreless Foundation, Shade 130 Buff Beige, 30ml", "8.99"),
    ("L'Oréal Paris Infaillible 32H Fresh Wear Foundation 130 True Beige", "14.95",
     "L'Oreal Paris Infallible 32H Fresh Wear Foundation 130 True Beige 30ml", "13.99"),
    (None, None, "L'Oreal Paris Infallible 32H Fresh Wear Foundation 200 Golden Sand 30ml", "13.99"),
    ("MAC Lipstick Matte Ruby Woo 3 g", "24.00", "M·A·C Matte Lipstick - Ruby Woo", "23.00"),
    (None, None, "M·A·C Matte Lipstick - Velvet Teddy", "23.00"),
    ("Nivea Creme 400 ml Dose", "6.95", "NIVEA Creme Tin 400ml", "6.49"),
    (None, None, "NIVEA Creme Tin 150ml", "2.99"),
    ("essie Nagellack 49 wicked 13,5 ml", "8.95", "essie Nail Polish, Shade 49 Wicked, 13.5 ml", "8.49"),
    (None, None, "essie Nail Polish, Shade 50 Bahama Mama, 13.5 ml", "8.49"),
    ("Rouge à lèvres Maybelline SuperStay Matte Ink 20 Pioneer", "11.99",
     "Maybelline SuperStay Matte Ink Liquid Lipstick 20 Pioneer 5ml", "10.99"),
    ("Maybelline SuperStay Matte Ink 80 Ruler", "11.99", None, None),
]

BEDDING: list[Row] = [
    ("Emma One Matratze 90x200 cm", "249.00", "Emma One Mattress 90 x 200 cm, Medium", "239.00"),
    (None, None, "Emma One Mattress 140 x 200 cm, Medium", "379.00"),
    ("IKEA VESTERÖY Taschenfederkernmatratze 140x200 fest", "199.00",
     "IKEA VESTEROY pocket sprung mattress, firm, 140x200 cm", "189.00"),
    (None, None, "IKEA VESTEROY pocket sprung mattress, medium firm, 140x200 cm", "189.00"),
    ("Estella Mako-Satin Bettwäsche 135x200 + 80x80 cm silber", "89.95",
     "ESTELLA Mako Satin bed linen 135 x 200 cm, 80 x 80 cm, silver", "84.95"),
    (None, None, "ESTELLA Mako Satin bed linen 155 x 220 cm, 80 x 80 cm, silver", "109.95"),
    ("Paradies Softy Kopfkissen 80x80 cm", "49.95", "paradies Softy pillow 80 x 80 cm", "46.95"),
    (None, None, "paradies Softy pillow 40 x 80 cm", "34.95"),
    ("Matelas Bultex 140x190 cm ferme", "299.00", None, None),
    ("Irisette Spannbettlaken Jersey 90x200 cm weiß", "19.99", "IRISETTE Jersey fitted sheet 90-100 x 200 cm, white", "18.99"),
    ("Materasso Emma One 160x200 cm", "429.00", "Emma One Matratze 160 x 200 cm", "409.00"),
]

KITCHENWARE: list[Row] = [
    ("WMF Profi Bratpfanne 24 cm Edelstahl", "59.99", "WMF Profi frying pan 24cm stainless steel", "56.99"),
    (None, None, "WMF Profi frying pan 28cm stainless steel", "69.99"),
    ("Tefal Unlimited Pfanne 28 cm Induktion", "39.99", "Tefal Unlimited Frying Pan 28 cm, induction", "37.99"),
    (None, None, "Tefal Unlimited Frying Pan Set 24/28 cm, induction, set of 2", "59.99"),
    ("Le Creuset Bräter rund 24 cm Kirschrot", "299.00", "Le Creuset Signature Cast Iron Round Casserole 24cm Cerise", "289.00"),
    (None, None, "Le Creuset Signature Cast Iron Round Casserole 24cm Volcanic", "289.00"),
    ("Fissler Original-Profi Collection Kochtopf-Set 5-teilig", "399.00",
     "Fissler Original-Profi Collection 5-piece Pot Set", "379.00"),
    (None, None, "Fissler Original-Profi Collection 9-piece Pot Set", "599.00"),
    ("Zwilling Pro Kochmesser 20 cm", "99.95", "ZWILLING Pro chef's knife 20 cm (38401-201)", "94.95"),
    (None, None, "ZWILLING Pro chef's knife 16 cm (38401-161)", "84.95"),
    ("Poêle Tefal Ingenio Easy Cook & Clean 3 pièces", "49.99", None, None),
    ("Staub Cocotte rund 20 cm Graphitgrau", "199.00", "Staub Round Cocotte 20 cm, Graphite Grey", "189.00"),
]

GARDEN: list[Row] = [
    ('Gardena Classic Schlauch 13 mm (1/2 Zoll) 20 m', "34.99", 'GARDENA Classic Hose 13 mm (1/2"), 20 m', "32.99"),
    (None, None, 'GARDENA Classic Hose 13 mm (1/2"), 30 m', "44.99"),
    (None, None, 'GARDENA Classic Hose 19 mm (3/4"), 20 m', "54.99"),
    ("Kärcher K 4 Power Control Hochdruckreiniger", "229.00", "Kärcher K4 Power Control pressure washer 1.324-030.0", "219.00"),
    (None, None, "Kärcher K5 Power Control pressure washer 1.324-550.0", "299.00"),
    ("Bosch Rasenmäher Rotak 32 (1200 W, 32 cm)", "119.00", "Bosch Rotak 32 Electric Lawnmower 1200W, 32cm cutting width",
     "109.00"),
    (None, None, "Bosch Rotak 37 Electric Lawnmower 1400W, 37cm cutting width", "149.00"),
    ("Compo Bio Universal-Erde 40 L", "8.99", "COMPO BIO Universal Potting Soil 40 l", "8.49"),
    (None, None, "COMPO BIO Universal Potting Soil 20 l", "5.49"),
    ("Tuyau d'arrosage Hozelock 25 m", "39.99", None, None),
    ("Gardena Kreisregner Comfort ZoomMaxx", "27.99", "GARDENA Comfort Circular Sprinkler ZoomMaxx", "25.99"),
    ('Wąż ogrodowy Gardena Comfort FLEX 1/2" 30 m', "59.99", 'Gardena Comfort FLEX Schlauch 13 mm (1/2 Zoll), 30 m', "56.99"),
]

MUSICAL_INSTRUMENTS: list[Row] = [
    ("Ernie Ball Regular Slinky E-Gitarrensaiten 10-46", "7.49",
     "Ernie Ball 2221 Regular Slinky Electric Guitar Strings, 10-46 Gauge", "6.99"),
    (None, None, "Ernie Ball 2223 Super Slinky Electric Guitar Strings, 9-42 Gauge", "6.99"),
    ("D'Addario EXL110 Nickel Wound 10-46", "8.90", "D'Addario EXL110 Electric Guitar Strings, Regular Light, 10-46", "8.49"),
    (None, None, "D'Addario EXL120 Electric Guitar Strings, Super Light, 09-42", "8.49"),
    ("Elixir Nanoweb Westerngitarrensaiten 80/20 Bronze Light 12-53", "15.90",
     "Elixir Strings 11052 Acoustic 80/20 Bronze NANOWEB Light .012-.053", "14.99"),
    (None, None, "Elixir Strings 11002 Acoustic 80/20 Bronze NANOWEB Extra Light .010-.047", "14.99"),
    ("Yamaha P-45 Digitalpiano schwarz", "399.00", "Yamaha P45 88-Key Weighted Action Digital Piano, Black", "379.00"),
    (None, None, "Yamaha P-145 88-Key Digital Piano, Black", "429.00"),
    ("Fender Player Stratocaster MN Polar White", "699.00", "Fender Player Stratocaster, Maple Fingerboard, Polar White",
     "679.00"),
    (None, None, "Fender Player Stratocaster, Pau Ferro Fingerboard, Polar White", "679.00"),
    ("Cordes guitare classique Savarez 500CR", "12.90", None, None),
    ("Vic Firth American Classic 5A Drumsticks Hickory", "13.90", "Vic Firth 5A American Classic Hickory Drum Sticks", "12.90"),
    (None, None, "Vic Firth 7A American Classic Hickory Drum Sticks", "12.90"),
]

WATCHES: list[Row] = [
    ("Casio G-Shock GA-2100-1A1ER Herrenuhr schwarz", "99.00", "Casio G-Shock GA-2100-1A1 Men's Watch Black", "94.00"),
    (None, None, "Casio G-Shock GA-2100-4AER Men's Watch Red", "99.00"),
    ("Apple Watch Series 9 GPS 41 mm Aluminium Mitternacht Sportarmband", "429.00",
     "Apple Watch Series 9 GPS 41mm Midnight Aluminium Case with Midnight Sport Band - M/L", "409.00"),
    (None, None, "Apple Watch Series 9 GPS 45mm Midnight Aluminium Case with Midnight Sport Band - M/L", "459.00"),
    ("Seiko 5 Sports SRPD55K1 Automatik Herrenuhr 42,5 mm", "279.00",
     "Seiko 5 Sports SRPD55K1 automatic watch 42.5mm black dial", "265.00"),
    (None, None, "Seiko 5 Sports SRPD51K1 automatic watch 42.5mm blue dial", "265.00"),
    ("Garmin fenix 7 Sapphire Solar 47 mm", "799.00",
     "Garmin Fenix 7 Sapphire Solar Edition, 47mm, Titanium with Black Band", "749.00"),
    (None, None, "Garmin Fenix 7S Sapphire Solar Edition, 42mm, Titanium with Black Band", "699.00"),
    ("Montre Tissot PRX 40 mm quartz acier", "375.00", "Tissot PRX 40mm Quartz Stainless Steel T137.410.11.041.00", "359.00"),
    ("Tissot PRX 35 mm Quarz Stahl", "350.00", None, None),
    ("Samsung Galaxy Watch6 Classic 43mm Bluetooth schwarz", "399.00",
     "Samsung Galaxy Watch6 Classic (43mm, Bluetooth) Black SM-R950", "379.00"),
    (None, None, "Samsung Galaxy Watch6 Classic (47mm, LTE) Black SM-R965", "479.00"),
    # Corrected after the first reading: this row first named the GA-2100-1A1 of the first row (our
    # catalogue listing one watch twice), so its match was right and the row wrong.
    ("卡西欧 G-SHOCK GA-B2100-1A 太阳能蓝牙 男士手表 黑色", "139.00", None, None),
]

# The third batch's leftovers (its note, "noticed and left alone"), written anew: a model code
# as a letter group and a digit group, a phone and its "a" model, German pack counts, a charger
# whose other colour is listed.
LEFTOVERS: list[Row] = [
    ("Kärcher WD 3 Nass-Trockensauger 1000 W", "79.99", "Kärcher WD3 Wet & Dry Vacuum Cleaner 1000W 1.628-101.0", "74.99"),
    (None, None, "Kärcher WD5 Wet & Dry Vacuum Cleaner 1100W 1.628-300.0", "139.99"),
    ("Stihl MS 180 Benzin-Kettensäge 35 cm", "299.00", "STIHL MS180 petrol chainsaw 35cm bar", "289.00"),
    (None, None, "STIHL MS170 petrol chainsaw 30cm bar", "249.00"),
    ("Google Pixel 7 128 GB Obsidian", "499.00", "Google Pixel 7 5G 128GB Obsidian Black", "479.00"),
    (None, None, "Google Pixel 7a 5G 128GB Charcoal", "399.00"),
    ("Stabilo Boss Original Textmarker 4er Etui", "4.99", "STABILO BOSS ORIGINAL highlighter, wallet of 4", "4.69"),
    (None, None, "STABILO BOSS ORIGINAL Textmarker 6er Etui", "6.99"),
    ("Samsung 25W Schnellladegerät EP-TA800 schwarz", "19.99", "Samsung EP-TA800NBEGEU 25W Travel Adapter, Black", "17.99"),
    (None, None, "Samsung EP-TA800NWEGEU 25W Travel Adapter, White", "17.99"),
    ("Apple 20W USB-C Netzteil weiß", "19.99", "Apple 20W USB-C Power Adapter (MHJE3ZM/A)", "18.99"),
]

# One shop lists a garment per size, the other per colour (all sizes in one listing): each of
# our sizes in black is their black listing; their navy one is none of ours.
PER_SIZE_AND_PER_COLOUR: list[tuple[str, str, str, str]] = [
    ("The North Face 1996 Retro Nuptse Jacke Herren Schwarz Gr. S", "329.00", "N1",
     "The North Face Men's 1996 Retro Nuptse Jacket, TNF Black"),
    ("The North Face 1996 Retro Nuptse Jacke Herren Schwarz Gr. M", "329.00", "N1",
     "The North Face Men's 1996 Retro Nuptse Jacket, TNF Black"),
    ("The North Face 1996 Retro Nuptse Jacke Herren Schwarz Gr. L", "329.00", "N1",
     "The North Face Men's 1996 Retro Nuptse Jacket, TNF Black"),
]
PER_COLOUR_ONLY = [("N2", "The North Face Men's 1996 Retro Nuptse Jacket, Summit Navy", "329.00")]

KINDS: dict[str, list[Row]] = {
    "computer parts": COMPUTER_PARTS, "cameras and lenses": CAMERAS_AND_LENSES, "printers and ink": PRINTERS_AND_INK,
    "batteries": BATTERIES, "memory cards": MEMORY_CARDS, "cables": CABLES, "coffee": COFFEE, "paint": PAINT,
    "shoes": SHOES, "cosmetics": COSMETICS, "bedding": BEDDING, "kitchenware": KITCHENWARE, "garden": GARDEN,
    "musical instruments": MUSICAL_INSTRUMENTS, "watches": WATCHES, "leftovers": LEFTOVERS,
}


def per_size_and_per_colour() -> tuple[list[dict], list[dict], set[tuple[str, str]]]:
    return _per_size_and_per_colour(PER_SIZE_AND_PER_COLOUR, PER_COLOUR_ONLY)


def read_the_batch(folder, show=None):
    """Each kind in a workspace of its own, as one competitor, through the commands: the
    counts of `reading` over the batch; `show(name, truth, counts, found)` per kind when given."""
    return _read_the_batch(KINDS, folder, show, [("per size / per colour", per_size_and_per_colour())])


def test_every_row_of_the_batch_is_a_pair_or_a_variant():
    check_the_rows(KINDS)


# --- the mends, each a rule for any shop, with the pair that showed it ------------------------


def test_a_size_written_in_one_piece_is_no_model_code(workspace, tmp_path):
    # "140x200" was read as a model code both mattresses shared: the medium-firm one was matched
    # (0.95) as another listing of our firm one, whose own counterpart was matched too.
    assert not extract("IKEA VESTEROY pocket sprung mattress, medium firm, 140x200 cm").codes
    assert extract("Emma One Matratze 90x200 cm").dimensions == {(90.0, 200.0)}
    assert "sw271" in extract("BenQ SW271 Monitor 3840x2160 UHD").codes - {"3840x2160"}
    # A code with a count after it is no size ("4152X1"), nor is a size begun inside a piece.
    assert "4152x1" in extract("Pendaflex 4152X1 Hanging File Folders").codes
    assert "x570" in extract("ASUS ROG Strix Gaming AMD AM4 X570 Motherboard").codes
    # A size written with decimals is no code either: a tyre range makes several treads in one size.
    assert not {"29x230", "29x2.30"} & extract("Maxxis Minion DHR II 3C TR DD Tire - 29x2.30").codes
    assert not {"29x230", "29x2.30"} & extract("Maxxis Assegai 3C MaxxGrip Tire - 29x2.30").codes
    ours = [{"sku": "O1", "name": "IKEA VESTERÖY Taschenfederkernmatratze 140x200 fest", "price": "199.00"}]
    theirs = [{"key": "T1", "name": "IKEA VESTEROY pocket sprung mattress, firm, 140x200 cm", "price": "189.00"},
              {"key": "T2", "name": "IKEA VESTEROY pocket sprung mattress, medium firm, 140x200 cm", "price": "189.00"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert ("O1", "T2") not in found or found[("O1", "T2")]["status"] != "matched", found


def test_two_tyres_of_one_range_in_one_decimal_size_are_not_matched_by_the_size(workspace, tmp_path):
    # Review R17: with sizes written with decimals kept as codes, the Dissector was matched (0.98,
    # "same model code 29x230") as another listing of our Minion DHR II: a range makes several
    # treads in one size, as it makes several mattresses in 140x200. (The rows named their brand
    # in a field the old copy of the harness never wrote; the test read the titles only, as here.)
    ours = [{"sku": "O1", "name": "Maxxis Minion DHR II 3C MaxxTerra EXO TR Tire 29x2.30", "price": "69.00"}]
    theirs = [{"key": "T1", "name": "Maxxis Dissector 3C MaxxTerra EXO TR Tire 29x2.30", "price": "69.00"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert ("O1", "T1") not in found or found[("O1", "T1")]["status"] != "matched", found


# Found when the batches' harness became one (tests/kinds_batches.py): the copy this file used
# wrote no brand column, so the brand these rows gave was never read. Read, the brand field lifts
# the pair from 0.81 (proposed) to 0.85, "titles 82% alike", and it is matched.
@pytest.mark.xfail(strict=True, reason="a brand both fields name lifts two treads of one size over the match threshold")
def test_two_tyres_of_one_range_with_their_brand_in_its_field_are_not_matched(workspace, tmp_path):
    ours = [{"sku": "O1", "name": "Maxxis Minion DHR II 3C MaxxTerra EXO TR Tire 29x2.30", "brand": "Maxxis",
             "price": "69.00"}]
    theirs = [{"key": "T1", "name": "Maxxis Dissector 3C MaxxTerra EXO TR Tire 29x2.30", "brand": "Maxxis",
               "price": "69.00"}]
    found = matched_through_the_commands(workspace, tmp_path, ours, theirs)
    assert ("O1", "T1") not in found or found[("O1", "T1")]["status"] != "matched", found


def test_a_quantity_each_title_names_and_the_other_lacks_is_two_products(workspace, tmp_path):
    # Both hoses name their bore, "13 mm", and their lengths differ: a length shared was read as
    # no conflict, and the 30 m hose was proposed (0.70) as another listing of our 20 m one.
    ours = extract("Gardena Classic Schlauch 13 mm (1/2 Zoll) 20 m")
    assert _quantity_conflict(ours, extract('GARDENA Classic Hose 13 mm (1/2"), 30 m')) == ("length", "13/20000",
                                                                                          "13/30000")
    assert _quantity_conflict(ours, extract('GARDENA Classic Hose 13 mm (1/2"), 20 m')) is None
    # A measure one title names and the other does not is no conflict alone.
    assert _quantity_conflict(extract("Anker USB C Cable 6ft (1.8m)"), extract("Anker USB-C Kabel 1,8 m")) is None
    theirs = [{"key": "T1", "name": 'GARDENA Classic Hose 13 mm (1/2"), 20 m', "price": "32.99"},
              {"key": "T2", "name": 'GARDENA Classic Hose 13 mm (1/2"), 30 m', "price": "44.99"}]
    found = matched_through_the_commands(
        workspace, tmp_path, [{"sku": "O1", "name": "Gardena Classic Schlauch 13 mm (1/2 Zoll) 20 m", "price": "34.99"}],
        theirs)
    assert ("O1", "T1") in found, found
    assert ("O1", "T2") not in found or "length differs" in found[("O1", "T2")]["reason"], found


def test_the_code_a_reason_names_does_not_hang_on_the_string_hash_seed():
    # Review R16: of two shared codes as long, the one named was the first in the set's order,
    # which the hash seed decides, so one Amazon-Google reason read "70296" in one run and "70292"
    # in the next. Each seed here runs in a process of its own.
    program = ("from benchmark._text import extract; from benchmark.matching.codes import _shared_code; "
               "print(_shared_code(extract('Widget 70296 70292 kit'), extract('Widget 70292 70296'), {}), "
               "_shared_code(extract('Zeta AB12345 CD67890'), extract('Zeta CD 67890 AB 12345'), {}))")
    root = Path(__file__).resolve().parents[1]
    named = {subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True, cwd=root,
                            env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(8)}
    assert named == {"70292 ab12345\n"}, named


# --- the whole batch, as a guard ----------------------------------------------------------------


def test_the_fourth_batch_read_through_the_commands_matches_no_variant(tmp_path):
    # At first reading, before any rule above: 56 of 99 true pairs found (17 matched), 43
    # missed, 1 variant matched (the medium-firm mattress) and 6 proposed. After them: 55
    # found (16 matched; the firm mattress's own listing was found by the size read as a
    # code, and is now missed), no variant matched, 5 proposed.
    total = read_the_batch(tmp_path)
    assert total["wrong matched"] == 0, total
    assert total["true matched"] + total["true proposed"] >= 55, total


if __name__ == "__main__":  # the reading per catalogue, as the history records it: python -m tests.test_matching_kinds4 [-v]
    from tests.kinds_batches import print_the_reading

    print_the_reading(KINDS, [("per size / per colour", per_size_and_per_colour())])
