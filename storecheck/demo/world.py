"""The demo product universe: our catalogue and three competitors' versions of it.

Everything is a pure function of ``(seed, index)``: ``World.base_product(u)``,
``World.own_product(j)`` and ``ShopCatalogue.product(i)`` compute one product on
demand, so a 100,000-product shop costs nothing until a page asks for it, and
every listing is a slice of an index range.

How the indices hang together (all bijections are keyed Feistel permutations,
so they can be inverted without tables):

* Universe index ``u``: position ``u % 20`` in ``_PATTERN`` gives the category
  (weighted: snacks and drinks are larger), the rest gives a within-category
  number ``j``; ``j`` is permuted over the category's combination space
  (brand x descriptor x line/variant/size) so names are unique and well mixed.
  When a very large world exhausts the space it wraps with an edition
  qualifier ("Limited Edition", "Gen 2").
* Our catalogue is ``u in [0, N)``; ``u in [S, S + N)`` (``S`` = ``N`` rounded
  up to a multiple of 20) are products we do not sell.
* A shop's product ``i`` keeps the category of ``i``; a shop-specific share of
  each category (64-72 %) maps onto our products, the rest onto the products
  we lack, each shop picking its own subsets.

Shop products carry their ground truth (``base_index``, ``own_sku``) so the
demo can tell how well matching worked.
"""

from __future__ import annotations

import csv
import hashlib
import math
import random
import re
import threading
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

DEMO_CURRENCY = "EUR"

COMPETITORS = [  # name, platform
    ("Northwind Outfitters", "shopify"),
    ("Greenleaf Market", "woocommerce"),
    ("Corner Store", "html"),
]

OWN_COLUMNS = ["sku", "name", "brand", "category", "gtin", "mpn", "price", "currency", "size", "url"]
OWN_SHOP_URL = "https://shop.example.com"

CENT = Decimal("0.01")
_M64 = (1 << 64) - 1


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class _Brand:
    name: str
    tier: float  # price factor: value brands < 1 < premium brands
    gs1: str  # 3-digit GS1 prefix (never 2xx restricted or 978/979 books)
    code: str  # model-code prefix (electronics)


@dataclass(frozen=True)
class _Line:
    name: str
    variants: tuple[str, ...]
    sizes: tuple[tuple[int, str, str], ...]  # (pack count, amount, unit) - unit g|kg|ml|l|pcs
    price: float  # reference price of the first size and first variant, mid-tier brand
    code: str = ""  # model-code stem (electronics)


@dataclass(frozen=True)
class _Category:
    name: str
    slug: str
    brands: tuple[_Brand, ...]
    lines: tuple[_Line, ...]
    descriptors: tuple[str, ...]  # "" first; colours for electronics
    electronics: bool = False


def _s(*specs: str) -> tuple[tuple[int, str, str], ...]:
    out = []
    for spec in specs:
        m = re.fullmatch(r"(?:(\d+) x )?([\d.]+) (g|kg|ml|l|pcs)", spec)
        assert m, spec
        out.append((int(m.group(1) or 1), m.group(2), m.group(3)))
    return tuple(out)


_CATEGORIES: tuple[_Category, ...] = (
    _Category(
        "Coffee & Tea", "coffee-tea",
        (
            _Brand("Bean & Barrel", 1.15, "871", "BB"),
            _Brand("Caffè Aurora", 1.35, "800", "CA"),
            _Brand("Highland Leaf", 1.0, "500", "HL"),
            _Brand("Morning Ritual", 0.8, "400", "MR"),
            _Brand("Tetsu Tea Co.", 1.2, "490", "TT"),
        ),
        (
            _Line("Espresso Beans", ("Dark Roast", "Medium Roast", "Decaf", "Crema", "Intenso"),
                  _s("250 g", "500 g", "1 kg"), 4.99),
            _Line("Ground Coffee", ("Classic", "Dark Roast", "Decaf", "Mild", "Colombia", "Ethiopia"),
                  _s("250 g", "500 g"), 3.99),
            _Line("Coffee Pods", ("Lungo", "Ristretto", "Espresso", "Decaf", "Vanilla"),
                  _s("10 pcs", "20 pcs", "50 pcs"), 3.49),
            _Line("Instant Coffee", ("Gold", "Classic", "Decaf", "Cappuccino"), _s("100 g", "200 g"), 4.29),
            _Line("Black Tea", ("English Breakfast", "Earl Grey", "Assam", "Darjeeling"),
                  _s("20 pcs", "40 pcs", "80 pcs"), 2.29),
            _Line("Green Tea", ("Jasmine", "Sencha", "Mint", "Lemon"), _s("20 pcs", "40 pcs"), 2.49),
            _Line("Herbal Tea", ("Chamomile", "Peppermint", "Rooibos", "Berry & Hibiscus"), _s("20 pcs"), 2.19),
            _Line("Loose Leaf Tea", ("Earl Grey", "Chai", "Green", "Breakfast"), _s("100 g", "250 g"), 4.49),
            _Line("Hot Chocolate", ("Original", "Dark", "Salted Caramel"), _s("250 g", "500 g"), 3.29),
        ),
        ("", "Organic", "Fairtrade", "Organic Fairtrade"),
    ),
    _Category(
        "Snacks", "snacks",
        (
            _Brand("Crunchy Co.", 0.9, "540", "CC"),
            _Brand("Maggie's Kitchen", 1.1, "501", "MK"),
            _Brand("Nordic Bites", 1.2, "701", "NB"),
            _Brand("Golden Grain", 0.8, "401", "GG"),
            _Brand("Choco Loco", 1.05, "760", "CL"),
        ),
        (
            _Line("Chocolate Bar", ("Milk", "Dark 70%", "Hazelnut", "Salted Caramel", "White", "Mint"),
                  _s("100 g", "200 g", "5 x 45 g"), 1.49),
            _Line("Potato Crisps", ("Sea Salt", "Salt & Vinegar", "Cheese & Onion", "Paprika", "Sour Cream"),
                  _s("40 g", "150 g", "6 x 25 g"), 0.89),
            _Line("Chocolate Chip Cookies", ("Original", "Double Chocolate", "Oat", "Hazelnut"),
                  _s("200 g", "400 g"), 1.79),
            _Line("Mixed Nuts", ("Salted", "Unsalted", "Honey Roasted", "Chilli"), _s("150 g", "500 g"), 2.49),
            _Line("Granola Bars", ("Oat & Honey", "Chocolate", "Berry", "Peanut"),
                  _s("6 x 30 g", "12 x 30 g"), 2.29),
            _Line("Rice Cakes", ("Plain", "Dark Chocolate", "Sea Salt", "Yoghurt"), _s("100 g", "130 g"), 1.19),
            _Line("Pretzels", ("Salted", "Sourdough", "Honey Mustard"), _s("150 g", "300 g"), 1.39),
            _Line("Gummy Bears", ("Fruit", "Sour", "Cola"), _s("200 g", "1 kg"), 1.29),
        ),
        ("", "Organic", "Vegan", "Gluten Free"),
    ),
    _Category(
        "Drinks", "drinks",
        (
            _Brand("Alpine Spring", 0.9, "761", "AS"),
            _Brand("Fizz & Co", 1.0, "502", "FC"),
            _Brand("Sunvalley", 0.85, "402", "SV"),
            _Brand("Orchard Gold", 1.2, "872", "OG"),
            _Brand("Zest", 1.1, "541", "ZS"),
        ),
        (
            _Line("Mineral Water", ("Still", "Sparkling", "Lightly Sparkling"),
                  _s("500 ml", "1.5 l", "6 x 1.5 l"), 0.59),
            _Line("Cola", ("Original", "Zero Sugar", "Cherry", "Vanilla"),
                  _s("330 ml", "1.5 l", "6 x 330 ml", "24 x 330 ml"), 0.79),
            _Line("Orange Juice", ("Smooth", "With Bits", "Blood Orange"), _s("1 l", "1.5 l"), 1.99),
            _Line("Apple Juice", ("Cloudy", "Clear", "Apple & Mango"), _s("1 l", "6 x 200 ml"), 1.69),
            _Line("Lemonade", ("Cloudy", "Pink", "Elderflower", "Ginger"), _s("750 ml", "1.5 l"), 1.29),
            _Line("Iced Tea", ("Peach", "Lemon", "Green Tea"), _s("500 ml", "1.5 l"), 1.19),
            _Line("Energy Drink", ("Original", "Sugar Free", "Tropical"), _s("250 ml", "500 ml", "4 x 250 ml"), 1.09),
            _Line("Oat Drink", ("Barista", "Original", "Chocolate"), _s("1 l",), 1.89),
        ),
        ("", "Organic", "Low Sugar"),
    ),
    _Category(
        "Household", "household",
        (
            _Brand("Sparkle", 1.0, "403", "SP"),
            _Brand("CleanHome", 0.85, "503", "CH"),
            _Brand("EcoNest", 1.25, "873", "EN"),
            _Brand("Brite & Co", 0.95, "542", "BR"),
            _Brand("Hausmann", 1.1, "404", "HM"),
        ),
        (
            _Line("Washing-Up Liquid", ("Lemon", "Original", "Sensitive", "Apple"), _s("500 ml", "900 ml"), 1.49),
            _Line("Laundry Detergent", ("Bio", "Non-Bio", "Colour"), _s("1.5 l", "2.5 l"), 6.99),
            _Line("Laundry Capsules", ("Bio", "Non-Bio", "Colour"), _s("20 pcs", "40 pcs"), 5.99),
            _Line("Kitchen Roll", ("2-Ply", "3-Ply"), _s("2 pcs", "4 pcs", "8 pcs"), 2.49),
            _Line("Toilet Tissue", ("Soft", "Quilted", "Recycled"), _s("4 pcs", "9 pcs", "16 pcs"), 2.19),
            _Line("All-Purpose Cleaner", ("Lemon", "Ocean", "Unscented"), _s("750 ml", "1 l"), 1.99),
            _Line("Bin Bags", ("Drawstring", "Heavy Duty", "Compostable"), _s("20 pcs", "50 pcs"), 2.79),
            _Line("Dishwasher Tablets", ("All in One", "Classic", "Lemon"), _s("30 pcs", "60 pcs"), 4.99),
        ),
        ("", "Eco", "Concentrated", "Refill"),
    ),
    _Category(
        "Personal Care", "personal-care",
        (
            _Brand("Purely", 0.9, "405", "PU"),
            _Brand("Dermacare", 1.3, "762", "DC"),
            _Brand("Velvet", 1.0, "504", "VE"),
            _Brand("Smile Bright", 1.05, "874", "SB"),
            _Brand("Natura Verde", 1.2, "805", "NV"),
        ),
        (
            _Line("Shampoo", ("Anti-Dandruff", "Volume", "Repair", "Sensitive"), _s("250 ml", "400 ml"), 2.99),
            _Line("Shower Gel", ("Fresh", "Sensitive", "Coconut", "Sport"), _s("250 ml", "500 ml"), 1.99),
            _Line("Toothpaste", ("Whitening", "Sensitive", "Fresh Mint", "Herbal"), _s("75 ml", "2 x 75 ml"), 1.89),
            _Line("Deodorant Spray", ("Original", "Sensitive", "Sport"), _s("150 ml", "250 ml"), 2.49),
            _Line("Hand Soap", ("Aloe Vera", "Lavender", "Citrus"), _s("250 ml", "500 ml"), 1.49),
            _Line("Cotton Pads", ("Round", "Oval"), _s("80 pcs", "120 pcs"), 1.29),
            _Line("Razor Blades", ("3-Blade", "5-Blade"), _s("4 pcs", "8 pcs"), 7.99),
            _Line("Sun Cream", ("SPF 30", "SPF 50", "Kids SPF 50"), _s("200 ml",), 8.99),
        ),
        ("", "Natural", "Vegan", "For Men"),
    ),
    _Category(
        "Electronics Accessories", "electronics-accessories",
        (
            _Brand("Voltix", 1.1, "690", "VX"),
            _Brand("Amplify", 1.3, "880", "AM"),
            _Brand("Kordwerk", 1.0, "406", "KW"),
            _Brand("Nexon", 0.85, "471", "NX"),
            _Brand("ByteGear", 0.9, "505", "BG"),
        ),
        (
            _Line("USB-C Charger", ("20W", "30W", "65W", "100W"), _s("1 pcs",), 14.99, "PD"),
            _Line("USB-C Cable", ("1m", "2m"), _s("1 pcs", "2 pcs"), 7.99, "CC"),
            _Line("HDMI Cable", ("1.5m", "3m"), _s("1 pcs",), 9.99, "HD"),
            _Line("Power Bank", ("10000 mAh", "20000 mAh"), _s("1 pcs",), 24.99, "PB"),
            _Line("Wireless Earbuds", ("ANC", "Sport", "Lite"), _s("1 pcs",), 39.99, "EB"),
            _Line("Tablet Sleeve", ('10"', '13"', '15"'), _s("1 pcs",), 17.99, "TS"),
            _Line("AA Batteries", ("Alkaline", "Rechargeable"), _s("4 pcs", "8 pcs"), 4.49, "AA"),
            _Line("USB Flash Drive", ("32GB", "64GB", "128GB"), _s("1 pcs",), 8.99, "FD"),
        ),
        ("Black", "White", "Grey", "Blue"),
        electronics=True,
    ),
)

# One cycle of 20 universe indices: snacks and drinks are the larger categories.
_PATTERN = (0, 1, 2, 3, 4, 5, 1, 2, 0, 3, 4, 5, 1, 2, 0, 3, 4, 5, 1, 2)
_CYCLE = len(_PATTERN)
_SLOTS = tuple(tuple(p for p, c in enumerate(_PATTERN) if c == cat) for cat in range(len(_CATEGORIES)))
_RANK = tuple(_SLOTS[c].index(p) for p, c in enumerate(_PATTERN))

# Per category: every (line, variant, size) triple, and the way back.
_TRIPLES = tuple(
    tuple((li, vi, si) for li, line in enumerate(cat.lines) for vi in range(len(line.variants))
          for si in range(len(line.sizes)))
    for cat in _CATEGORIES
)
_TRIPLE_INDEX = tuple({t: n for n, t in enumerate(triples)} for triples in _TRIPLES)
_SPACE = tuple(len(cat.brands) * len(cat.descriptors) * len(_TRIPLES[c]) for c, cat in enumerate(_CATEGORIES))

_EDITIONS = ("Limited Edition", "Special Reserve", "Classic Recipe", "Family Favourite", "Seasonal",
             "Barista Edition", "Extra", "Premium", "Select", "Heritage")

# How each competitor builds its shop; the numbers are what the demo report should find.
_SHOP_PROFILES = {
    "shopify": dict(
        code="NW", overlap=0.72, level=0.95, noise=0.03, ending="9", sale=0.18, multibuy=0.06,
        out_of_stock=0.05, gtin=0.8, abbreviate=0.1, drop_brand=0.6, upper_brand=0.0, reorder=0.3,
        variants=0.5,
        categories=("Hot Drinks", "Snacks & Sweets", "Soft Drinks", "Cleaning", "Health & Beauty",
                    "Tech Accessories"),
        multibuys=("3 for 2", "2 for {two}", "Buy 1 get 1 free"),
    ),
    "woocommerce": dict(
        code="GL", overlap=0.64, level=1.045, noise=0.03, ending="5", sale=0.15, multibuy=0.08,
        out_of_stock=0.08, gtin=0.55, abbreviate=0.3, drop_brand=0.1, upper_brand=0.45, reorder=0.2,
        variants=0.0,
        categories=("Coffee and Tea", "Snacks", "Beverages", "Household", "Personal Care", "Electronics"),
        multibuys=("3 for 2", "2 for {two}", "2nd at half price"),
    ),
    "html": dict(
        code="CS", overlap=0.68, level=1.0, noise=0.09, ending="mixed", sale=0.12, multibuy=0.08,
        out_of_stock=0.06, gtin=0.6, abbreviate=0.5, drop_brand=0.2, upper_brand=0.1, reorder=0.5,
        variants=0.0,
        categories=("Coffee & Tea", "Crisps & Snacks", "Drinks", "Cleaning & Household", "Bath & Body",
                    "Phone & Tech"),
        multibuys=("3 for 2", "2 for {two}", "Buy 2 save 20%"),
    ),
}

_ABBREVIATIONS = {
    "Chocolate": "Choc", "Original": "Orig", "Sparkling": "Sparkl.", "Unsalted": "Unsltd",
    "Sensitive": "Sens.", "Organic": "Org.", "Double": "Dbl", "Hazelnut": "Hzlnut", "Coffee": "Coff.",
    "Peppermint": "P/mint", "Vinegar": "Vin.", "Lightly": "Lt", "Detergent": "Det.", "Medium": "Med",
    "Dishwasher": "D/washer", "Rechargeable": "Rechg.", "Wireless": "Wrls", "Batteries": "Batt.",
    "Strawberry": "Strawb", "Tablets": "Tabs", "Cleaner": "Clnr", "Toilet Tissue": "Loo Roll",
    "Granola": "Gran.", "English": "Eng.", "Breakfast": "B'fast", "Flash Drive": "Flash Drv",
    "Deodorant": "Deo", "Washing-Up": "W/Up", "Mineral": "Min.", "Cookies": "Biscuits",
}
_GRAMS_PER_PIECE = 20


# --------------------------------------------------------------------------- helpers


def _mix(x: int) -> int:
    """splitmix64 finaliser: a fast, well-spread 64-bit hash of an integer."""
    x = (x + 0x9E3779B97F4A7C15) & _M64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _M64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _M64
    return x ^ (x >> 31)


class _Permutation:
    """A keyed bijection of ``range(n)`` evaluated per element (Feistel network + cycle walking)."""

    def __init__(self, n: int, key: str) -> None:
        self.n = n
        bits = max(2, (n - 1).bit_length())
        bits += bits % 2
        self.half = bits // 2
        self.mask = (1 << self.half) - 1
        self.keys = [int.from_bytes(hashlib.blake2b(f"{key}:{r}".encode(), digest_size=8).digest(), "big")
                     for r in range(4)]

    def _encrypt(self, x: int) -> int:
        h, mask = self.half, self.mask
        left, right = x >> h, x & mask
        for k in self.keys:
            left, right = right, left ^ (_mix(right ^ k) & mask)
        return (left << h) | right

    def _decrypt(self, x: int) -> int:
        h, mask = self.half, self.mask
        left, right = x >> h, x & mask
        for k in reversed(self.keys):
            left, right = right ^ (_mix(left ^ k) & mask), left
        return (left << h) | right

    def __call__(self, x: int) -> int:
        if not 0 <= x < self.n:
            raise IndexError(x)
        x = self._encrypt(x)
        while x >= self.n:
            x = self._encrypt(x)
        return x

    def inverse(self, y: int) -> int:
        if not 0 <= y < self.n:
            raise IndexError(y)
        y = self._decrypt(y)
        while y >= self.n:
            y = self._decrypt(y)
        return y


def _layout(u: int) -> tuple[int, int]:
    """Universe (or shop) index -> (category, index within the category)."""
    pos = u % _CYCLE
    c = _PATTERN[pos]
    return c, (u // _CYCLE) * len(_SLOTS[c]) + _RANK[pos]


def _unlayout(c: int, j: int) -> int:
    w = len(_SLOTS[c])
    return (j // w) * _CYCLE + _SLOTS[c][j % w]


def _category_count(c: int, n: int) -> int:
    """How many of the indices ``0..n-1`` fall in category ``c``."""
    return (n // _CYCLE) * len(_SLOTS[c]) + sum(1 for p in _SLOTS[c] if p < n % _CYCLE)


def ean13_check_digit(first12: str) -> str:
    total = sum(int(d) * (3 if k % 2 else 1) for k, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def is_valid_ean13(code: str) -> bool:
    return len(code) == 13 and code.isdigit() and ean13_check_digit(code[:12]) == code[12]


def slugify(text: str) -> str:
    """Shopify/WordPress-style handle: ascii, lower case, dashes."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("%", " pct")).strip("-")


def _money(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def _round_price(value: float, ending: str) -> Decimal:
    """Shelf-price rounding: x.x9, x.x5 or whatever the shop fancies."""
    value = max(value, 0.25)
    if ending == "5":
        cents = round(value * 10) * 10 - 5
    elif ending == "exact":
        cents = round(value * 100)
    elif value >= 20:
        cents = round(value) * 100 - 1
    else:
        cents = round(value * 10) * 10 - 1
    return _money(max(cents, 9))


def _amount(value: str) -> Decimal:
    return Decimal(value)


def _plain(d: Decimal) -> str:
    """Decimal without trailing zeros or exponent: 0.50 -> '0.5', 1E+1 -> '10'."""
    return format(d.normalize(), "f")


def format_size(count: int, amount: str, unit: str, style: str = "ours") -> str:
    """One pack size, written the way a given shop writes it."""
    value = _amount(amount)
    if style == "ours":
        one = f"{amount} {unit}"
        return f"{count} x {one}" if count > 1 else one
    if unit == "pcs":
        n = int(value) * count
        return {"compact": f"{n}pk", "words": f"{n} pieces", "pack": f"Pack of {n}"}.get(style, f"{n} pcs")
    if style in ("convert", "convert_comma"):
        if unit in ("g", "ml") and value >= 100 and (count == 1 or style == "convert"):
            value, unit = value / 1000, "kg" if unit == "g" else "l"
        elif unit == "l" and value < 1:
            value, unit = value * 100, "cl"
        text = _plain(value)
        if style == "convert_comma":
            text = text.replace(".", ",")
        one = f"{text} {unit}"
        return f"{count} x {one}" if count > 1 else one
    if style == "upper":
        one = f"{amount}{unit.upper() if unit != 'ml' else 'ML'}"
        return f"{count}X{one}" if count > 1 else one
    one = f"{amount}{unit}"  # compact
    return f"{count}x{one}" if count > 1 else one


def _size_grams(count: int, amount: str, unit: str) -> int:
    value = _amount(amount)
    grams = {"g": value, "kg": value * 1000, "ml": value * Decimal("1.03"), "l": value * 1030,
             "pcs": value * _GRAMS_PER_PIECE}[unit]
    return int(grams * count) + 15 * count


def _stamp(rng: random.Random, start: datetime, days: int) -> datetime:
    return start + timedelta(days=rng.randrange(days), seconds=rng.randrange(86400))


_CET = timezone(timedelta(hours=1))
_EPOCH = datetime(2023, 1, 9, tzinfo=_CET)


def _naming(c: int, edition: int, b: int, d: int, t: int) -> tuple[str, str, str, str]:
    """Canonical (name, edition qualifier, model code, size) of one combination."""
    cat = _CATEGORIES[c]
    brand = cat.brands[b]
    li, vi, si = _TRIPLES[c][t]
    line = cat.lines[li]
    variant = line.variants[vi]
    descriptor = cat.descriptors[d]
    count, amount, unit = line.sizes[si]
    qualifier = ""
    if edition:
        qualifier = (f"Gen {edition + 1}" if cat.electronics
                     else _EDITIONS[(edition - 1) % len(_EDITIONS)]
                     + (f" {(edition - 1) // len(_EDITIONS) + 2}" if edition > len(_EDITIONS) else ""))
    mpn = ""
    single = unit == "pcs" and count * int(_amount(amount)) == 1
    if cat.electronics:
        number = re.sub(r"\D", "", variant)[:3] or str(vi + 1)
        mpn = f"{brand.code}-{line.code}{number}{descriptor[0]}"
        if edition:
            mpn += f"-G{edition + 1}"
        if line.code == "AA":
            mpn += f"-{amount}"
        elif not single:
            mpn += f"/{amount}"
    size = format_size(count, amount, unit)
    if cat.electronics:
        words = [brand.name, line.name, variant] + ([qualifier] if qualifier else []) + [mpn, descriptor]
        if not single:
            words.append(size)
    else:
        words = [brand.name] + ([descriptor] if descriptor else []) + [line.name, variant]
        words += ([qualifier] if qualifier else []) + [size]
    return " ".join(words), qualifier, mpn, size


_SLUG_TABLE: dict[str, tuple[int, int, int, int]] = {}
_SLUG_LOCK = threading.Lock()
_EDITION_SLUGS = tuple(slugify(q) for q in _EDITIONS)


def _slug_table() -> dict[str, tuple[int, int, int, int]]:
    """Handle of every first-edition combination -> (category, brand, descriptor, triple); ~12k entries."""
    with _SLUG_LOCK:
        if not _SLUG_TABLE:
            for c, cat in enumerate(_CATEGORIES):
                for t in range(len(_TRIPLES[c])):
                    for d in range(len(cat.descriptors)):
                        for b in range(len(cat.brands)):
                            _SLUG_TABLE.setdefault(slugify(_naming(c, 0, b, d, t)[0]), (c, b, d, t))
        return _SLUG_TABLE


def _handle_candidates(handle: str):
    """(first-edition handle, edition) readings of a handle; the caller verifies them."""
    yield handle, 0
    for m in re.finditer(r"-gen-(\d+)(?=-)", handle):
        n = int(m.group(1))
        rest = re.sub(rf"-g{n}(?=-|$)", "", handle[m.end():], count=1)
        yield handle[:m.start()] + rest, n - 1
    for k, q in enumerate(_EDITION_SLUGS):
        for m in re.finditer(rf"-{q}(?:-(\d+))?(?=-)", handle):
            yield handle[:m.start()] + handle[m.start() + len(q) + 1:], k + 1
            if m.group(1):
                yield handle[:m.start()] + handle[m.end():], k + 1 + (int(m.group(1)) - 2) * len(_EDITIONS)


# --------------------------------------------------------------------------- the world


class World:
    """Our catalogue and the product universe the demo competitors sell from."""

    def __init__(self, seed: int = 7, products: int = 300, day: int = 0) -> None:
        if products < 1:
            raise ValueError("a demo world needs at least one product")
        self.seed = seed
        self.products = products
        # Days since the first crawl: the shops change a few prices, promotions and
        # stock levels each day (a served world can be moved on by setting it).
        self.day = day
        # Products we do not sell start at the first full cycle after ours.
        self.others_start = -(-products // _CYCLE) * _CYCLE
        self._combo = tuple(_Permutation(_SPACE[c], f"{seed}:combo:{c}") for c in range(len(_CATEGORIES)))
        self._shops: dict[str, ShopCatalogue] = {}
        self._lock = threading.Lock()

    # -- the universe -------------------------------------------------------

    def _decode(self, u: int) -> tuple[int, int, int, int, int]:
        """u -> (category, edition, brand, descriptor, triple)."""
        c, j = _layout(u)
        edition, j = divmod(j, _SPACE[c])
        x = self._combo[c](j)
        cat = _CATEGORIES[c]
        x, b = divmod(x, len(cat.brands))
        t, d = divmod(x, len(cat.descriptors))
        return c, edition, b, d, t

    def _encode(self, c: int, edition: int, b: int, d: int, t: int) -> int:
        """Inverse of ``_decode``: the universe index of one combination."""
        cat = _CATEGORIES[c]
        x = (t * len(cat.descriptors) + d) * len(cat.brands) + b
        return _unlayout(c, edition * _SPACE[c] + self._combo[c].inverse(x))

    def universe_index(self, handle: str) -> int | None:
        """The universe product whose canonical name slugifies to ``handle``, or None."""
        table = _slug_table()
        for plain, edition in _handle_candidates(handle):
            combo = table.get(plain)
            if combo is None or edition < 0:
                continue
            c, b, d, t = combo
            if slugify(_naming(c, edition, b, d, t)[0]) == handle:
                return self._encode(c, edition, b, d, t)
        return None

    def base_product(self, i: int) -> dict:
        """The true product ``i`` of the universe (canonical wording, reference price)."""
        if i < 0:
            raise IndexError(i)
        c, edition, b, d, t = self._decode(i)
        cat = _CATEGORIES[c]
        brand = cat.brands[b]
        li, vi, si = _TRIPLES[c][t]
        line = cat.lines[li]
        descriptor = cat.descriptors[d]
        count, amount, unit = line.sizes[si]
        rng = random.Random(f"{self.seed}:base:{i}")
        name, qualifier, mpn, size = _naming(c, edition, b, d, t)

        # Reference price: the line's price scaled by pack size (sub-linearly), brand tier and extras.
        first_count, first_amount, first_unit = line.sizes[0]
        ratio = float(count * _amount(amount) * (1000 if unit in ("kg", "l") else 1)) / float(
            first_count * _amount(first_amount) * (1000 if first_unit in ("kg", "l") else 1))
        factor = ratio ** 0.85 * brand.tier * (1 + 0.12 * vi if cat.electronics else 1 + 0.04 * (vi % 3))
        if descriptor and not cat.electronics:
            factor *= 1.18
        if edition:
            factor *= 1.05
        price = _round_price(line.price * factor * math.exp(rng.gauss(0, 0.05)), "9")

        body = (i * 7_654_321 + 123_456_789 + self.seed * 1_000_003) % 1_000_000_000
        first12 = f"{brand.gs1}{body:09d}"
        return {
            "index": i,
            "name": name,
            "brand": brand.name,
            "category": cat.name,
            "category_index": c,
            "line": line.name,
            "variant": line.variants[vi],
            "descriptor": descriptor,
            "edition": qualifier,
            "size": size,
            "pack_count": count,
            "size_amount": _amount(amount),
            "size_unit": unit,
            "gtin": first12 + ean13_check_digit(first12),
            "mpn": mpn,
            "price": price,
            "currency": DEMO_CURRENCY,
            "_combo": (c, edition, b, d, t),
        }

    # -- our catalogue ------------------------------------------------------

    def own_sku(self, j: int) -> str:
        return str((j * 7919 + 104_729) % 9_000_000 + 1_000_000)

    def own_product(self, j: int) -> dict:
        """Our product ``j`` (``0 <= j < products``), as our own catalogue file has it."""
        if not 0 <= j < self.products:
            raise IndexError(j)
        base = self.base_product(j)
        rng = random.Random(f"{self.seed}:own:{j}")
        sku = self.own_sku(j)
        return {
            "sku": sku,
            "name": base["name"],
            "brand": base["brand"],
            "category": base["category"],
            "gtin": base["gtin"] if rng.random() < 0.7 else "",
            "mpn": base["mpn"] if base["mpn"] and rng.random() < 0.9 else "",
            "price": f"{base['price']:.2f}",
            "currency": DEMO_CURRENCY,
            "size": base["size"],
            "url": f"{OWN_SHOP_URL}/p/{sku}-{slugify(base['name'])}",
        }

    def own_catalogue(self) -> list[dict]:
        return [self.own_product(j) for j in range(self.products)]

    def write_own_catalogue(self, path) -> None:
        with Path(path).open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=OWN_COLUMNS)
            writer.writeheader()
            for j in range(self.products):
                writer.writerow(self.own_product(j))

    # -- the competitors ------------------------------------------------------

    def shop_products(self, kind: str) -> ShopCatalogue:
        if kind not in _SHOP_PROFILES:
            raise ValueError(f"unknown demo shop kind {kind!r}; use one of {', '.join(_SHOP_PROFILES)}")
        with self._lock:
            if kind not in self._shops:
                self._shops[kind] = ShopCatalogue(self, kind)
            return self._shops[kind]


class ShopCatalogue:
    """One competitor's range: ``count`` products, each computed on demand by ``product(i)``."""

    def __init__(self, world: World, kind: str) -> None:
        self.world = world
        self.kind = kind
        self.competitor = next(name for name, platform in COMPETITORS if platform == kind)
        self.profile = _SHOP_PROFILES[kind]
        self.count = world.products
        self.currency = DEMO_CURRENCY
        seed, n = world.seed, world.products
        self._n = [_category_count(c, n) for c in range(len(_CATEGORIES))]
        self._shared = [round(self.profile["overlap"] * k) for k in self._n]
        key = f"{seed}:{kind}"
        self._order = [_Permutation(k, f"{key}:order:{c}") if k else None for c, k in enumerate(self._n)]
        self._ours = [_Permutation(k, f"{key}:ours:{c}") if k else None for c, k in enumerate(self._n)]
        self._theirs = [_Permutation(k, f"{key}:theirs:{c}") if k else None for c, k in enumerate(self._n)]

    # -- index arithmetic -----------------------------------------------------

    def base_index(self, i: int) -> int:
        """The universe index of this shop's product ``i``."""
        if not 0 <= i < self.count:
            raise IndexError(i)
        c, k = _layout(i)
        p = self._order[c](k)
        shared = self._shared[c]
        if p < shared:
            return _unlayout(c, self._ours[c](p))
        return self.world.others_start + _unlayout(c, self._theirs[c](p - shared))

    def index_of(self, u: int) -> int | None:
        """The shop index that sells universe product ``u``, or None."""
        world = self.world
        if 0 <= u < world.products:
            c, q = _layout(u)
            p = self._ours[c].inverse(q)
            if p >= self._shared[c]:
                return None
        elif world.others_start <= u < world.others_start + world.products:
            c, k = _layout(u - world.others_start)
            if k >= self._n[c]:
                return None
            p = self._theirs[c].inverse(k) + self._shared[c]
            if p >= self._n[c]:
                return None
        else:
            return None
        return _unlayout(c, self._order[c].inverse(p))

    # -- categories (listings are index slices) -------------------------------

    @property
    def categories(self) -> list[dict]:
        """The shop's own category names, with how many products each holds."""
        return [
            {"index": c, "name": name, "slug": slugify(name), "count": self._n[c]}
            for c, name in enumerate(self.profile["categories"])
        ]

    def category_products(self, c: int, start: int = 0, stop: int | None = None) -> list[int]:
        """Shop indices of category ``c``, positions ``start:stop`` in the category listing."""
        stop = self._n[c] if stop is None else min(stop, self._n[c])
        return [_unlayout(c, k) for k in range(max(start, 0), stop)]

    def find(self, handle: str) -> int | None:
        """Index of the product with this handle/slug, or None (no table of the range is built)."""
        u = self.world.universe_index(handle)
        return None if u is None else self.index_of(u)

    # -- the products ---------------------------------------------------------

    def _sku(self, u: int) -> str:
        return f"{self.profile['code']}{(u * 3_141_59 + 2_718_281) % 10_000_000:07d}"

    def _name(self, base: dict, rng: random.Random, with_size: bool, size: str) -> tuple[str, str | None]:
        """The shop's wording of a product name, and the brand it shows (None when omitted)."""
        prof = self.profile
        line, variant, descriptor = base["line"], base["variant"], base["descriptor"]
        electronics = bool(base["mpn"])
        brand: str | None = base["brand"]
        if rng.random() < prof["upper_brand"]:
            brand = brand.upper()
        core = [variant, line] if rng.random() < prof["reorder"] and not electronics else [line, variant]
        words = []
        if descriptor and not electronics and rng.random() > 0.15:
            words.append(descriptor)
        words += core
        if base["edition"]:
            words.append(base["edition"])
        if electronics:
            words += [base["mpn"]] if rng.random() < 0.8 else []
            words.append(f"({base['descriptor']})" if self.kind == "html" else base["descriptor"])
        text = " ".join(words)
        for long, short in _ABBREVIATIONS.items():
            if long in text and rng.random() < prof["abbreviate"]:
                text = text.replace(long, short)
        shown_brand = None if rng.random() < prof["drop_brand"] else brand
        if self.kind == "woocommerce":
            name = f"{shown_brand} {text}" if shown_brand else text
            if with_size and size:
                name += f", {size}"
        elif self.kind == "html":
            name = f"{text} - {shown_brand}" if shown_brand else text
            if with_size and size:
                name += f" {size}"
        else:
            name = f"{shown_brand} {text}" if shown_brand else text
            if with_size and size:
                name += f" {size}"
        return name, brand

    def _size_style(self, rng: random.Random) -> str:
        r = rng.random()
        if self.kind == "shopify":
            return "compact" if r < 0.7 else ("convert" if r < 0.85 else "words")
        if self.kind == "woocommerce":
            return "compact" if r < 0.4 else ("upper" if r < 0.6 else ("convert" if r < 0.85 else "pack"))
        return "convert_comma" if r < 0.35 else ("ours" if r < 0.7 else ("compact" if r < 0.85 else "words"))

    def _offer(self, u: int, size_style: str | None = None) -> dict:
        """Price, promotion, stock and identifiers for universe product ``u`` in this shop."""
        base = self.world.base_product(u)
        prof = self.profile
        rng = random.Random(f"{self.world.seed}:{self.kind}:{u}")
        ending = prof["ending"]
        if ending == "mixed":
            ending = rng.choice(("9", "9", "5", "exact"))
        shelf = _round_price(float(base["price"]) * prof["level"] * math.exp(rng.gauss(0, prof["noise"])), ending)
        regular = None
        promotion = None
        r = rng.random()
        if r < prof["sale"]:
            depth = rng.choice((0.1, 0.15, 0.2, 0.25, 0.3, 1 / 3))
            sale = _round_price(float(shelf) * (1 - depth), ending)
            if sale < shelf:
                regular, shelf = shelf, sale
                promotion = f"Save {round(depth * 100)}%" if rng.random() < 0.3 else None
        elif r < prof["sale"] + prof["multibuy"]:
            promotion = rng.choice(prof["multibuys"])
            if "{two}" in promotion:
                two = Decimal(math.floor(float(shelf) * 2 * 0.85 * 2)) / 2
                two = max(two, Decimal("1")).quantize(CENT)
                if two >= shelf * 2:
                    promotion = "3 for 2"
                else:
                    text = f"{two:.2f}"
                    promotion = promotion.format(two=f"€{text.replace('.', ',')}" if self.kind == "html" else text)
        in_stock = rng.random() >= prof["out_of_stock"]
        if self.world.day:
            shelf, regular, promotion, in_stock = self._later_days(u, shelf, regular, promotion, in_stock, ending)
        gtin = base["gtin"] if rng.random() < prof["gtin"] else None
        sku = self._sku(u)
        if self.kind == "woocommerce" and gtin and rng.random() < 0.5:
            sku = gtin  # small shops often type the EAN into the SKU field
        own_style = self._size_style(rng)
        size_style = size_style or own_style  # variants of one product share one way of writing sizes
        size = format_size(base["pack_count"], str(base["size_amount"]), base["size_unit"], size_style)
        if base["mpn"] and base["pack_count"] * base["size_amount"] == 1 and base["size_unit"] == "pcs":
            size = ""
        own = self.world.own_sku(u) if u < self.world.products else None
        return {
            "base": base, "rng": rng, "price": shelf, "regular_price": regular, "promotion": promotion,
            "in_stock": in_stock, "gtin": gtin, "sku": sku, "size": size, "base_index": u, "own_sku": own,
            "size_style": size_style,
            "grams": _size_grams(base["pack_count"], str(base["size_amount"]), base["size_unit"]),
        }

    def _later_days(self, u: int, shelf: Decimal, regular: Decimal | None, promotion: str | None, in_stock: bool,
                    ending: str) -> tuple[Decimal, Decimal | None, str | None, bool]:
        """What changed in this shop on days 1..world.day: a few price moves, promotions
        started and ended, stock-outs and restocks. Each day has its own random stream,
        so day 0 is the same whatever day the world is on."""
        for day in range(1, self.world.day + 1):
            rng = random.Random(f"{self.world.seed}:{self.kind}:{u}:day:{day}")
            r = rng.random()
            if r < 0.04:
                moved = _round_price(float(shelf) * rng.choice((0.88, 0.92, 1.06, 1.1, 1.15)), ending)
                if regular is None or moved < regular:
                    shelf = moved
            elif r < 0.07 and regular is None and promotion is None:
                sale = _round_price(float(shelf) * 0.8, ending)
                if sale < shelf:
                    regular, shelf, promotion = shelf, sale, "Save 20%"
            elif r < 0.10 and (regular is not None or promotion is not None):
                shelf, regular, promotion = regular or shelf, None, None
            elif r < 0.12:
                in_stock = not in_stock
        return shelf, regular, promotion, in_stock

    def product(self, i: int) -> dict:
        """This competitor's version of its product ``i``.

        Prices are ``Decimal`` in ``currency``; ``regular_price`` is set only when on sale
        (and is then above ``price``); ``gtin`` is what the shop exposes (None when it
        does not); ``variants`` (Shopify only, else empty) lists the sizes sold under
        this product, the first being this product itself when it has no siblings.
        """
        u = self.base_index(i)
        offer = self._offer(u)
        base, rng = offer["base"], offer["rng"]
        c = base["category_index"]
        family = self._family(base) if self.kind == "shopify" else [u]
        name, brand = self._name(base, rng, with_size=len(family) == 1, size=offer["size"])
        created = _stamp(rng, _EPOCH, 600)
        category = self.profile["categories"][c]
        # Shops create a handle once, from the supplier's full product name, and keep it when they
        # re-word the title; that also keeps handles unique.
        handle = slugify(base["name"])
        ids = {
            "shopify": 7_400_000_000_000 + i * 1_031,
            "woocommerce": 100 + i * 3,
            "html": 10_000 + i,
        }
        variants = []
        if self.kind == "shopify":
            for n, v in enumerate(family):
                vo = offer if v == u else self._offer(v, offer["size_style"])
                vb = vo["base"]
                variants.append({
                    "id": 43_000_000_000_000 + i * 8 + n,
                    "title": vo["size"] or "Default Title",
                    "sku": vo["sku"],
                    "gtin": vo["gtin"],
                    "price": vo["price"],
                    "regular_price": vo["regular_price"],
                    "in_stock": vo["in_stock"],
                    "grams": vo["grams"],
                    "size": vo["size"],
                    "name": vb["name"],
                    "base_index": v,
                    "own_sku": vo["own_sku"],
                })
            if len(variants) == 1:
                variants[0]["title"] = "Default Title"
        description = self._description(base, offer)
        return {
            "index": i,
            "kind": self.kind,
            "competitor": self.competitor,
            "id": ids[self.kind],
            "handle": handle,
            "sku": offer["sku"],
            "name": name,
            "brand": brand,
            "vendor": base["brand"],
            "brand_id": 300 + c * 10 + base["_combo"][2],
            "category": category,
            "category_slug": slugify(category),
            "category_index": c,
            "size": offer["size"],
            "price": offer["price"],
            "regular_price": offer["regular_price"],
            "currency": DEMO_CURRENCY,
            "promotion": offer["promotion"],
            "in_stock": offer["in_stock"],
            "gtin": offer["gtin"],
            "mpn": base["mpn"] or None,
            "grams": offer["grams"],
            "description": description,
            "variants": variants,
            "microdata": self.kind == "html" and rng.random() < 0.5,
            "show_gtin_text": rng.random() < 0.3,
            "created_at": created,
            "updated_at": created + timedelta(days=rng.randrange(1, 300), seconds=rng.randrange(86400)),
            "base_index": u,
            "own_sku": offer["own_sku"],
        }

    def _family(self, base: dict) -> list[int]:
        """Universe indices sold as variants of one Shopify product, in size order.

        Other sizes of the same brand/line/variant become variants only when this shop
        does not list them as products of their own, and only under the smallest size
        it does list, so no size is sold twice.
        """
        u = base["index"]
        c, edition, b, d, t = base["_combo"]
        li, vi, si = _TRIPLES[c][t]
        sizes = _CATEGORIES[c].lines[li].sizes
        if len(sizes) < 2:
            return [u]
        coin = random.Random(f"{self.world.seed}:{self.kind}:family:{c}:{edition}:{b}:{d}:{li}:{vi}")
        if coin.random() >= self.profile["variants"]:
            return [u]
        members = []
        for s in range(len(sizes)):
            v = u if s == si else self.world._encode(c, edition, b, d, _TRIPLE_INDEX[c][(li, vi, s)])
            listed = v == u or self.index_of(v) is not None
            if listed and s < si:
                return [u]  # a smaller listed size carries the family
            if s == si or not listed:
                members.append(v)
        return members

    def _description(self, base: dict, offer: dict) -> str:
        rng = offer["rng"]
        bits = [f"{base['line']} by {base['brand']}: {base['variant']}."]
        if base["descriptor"] and not base["mpn"]:
            bits.append(f"{base['descriptor']}.")
        if base["mpn"]:
            bits.append(f"Model {base['mpn']}, colour {base['descriptor'].lower()}.")
        bits.append(rng.choice(("A customer favourite.", "Great value.", "Stock up and save.",
                                "Quality you can taste.", "Our best seller.", "")))
        return " ".join(b for b in bits if b)
