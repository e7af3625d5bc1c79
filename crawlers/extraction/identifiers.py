"""Identifiers and other "label: value" facts written on the page (SKU, EAN, MPN, brand)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree
from rapidfuzz.distance import Levenshtein

from crawlers.extraction.page import _clean_text, _in_chrome, _own_text

# Labels of "label: value" rows, normalised (lower case, no punctuation). A label that
# holds one of these as its first or last words counts too ("eBay item number",
# "Numero oggetto eBay", "Код товара").
_SKU_LABELS = (
    "sku", "article number", "art nr", "artnr", "artikelnummer", "artikel nr", "artikelnr", "item number", "item no",
    "item", "product code", "product id", "product number", "product no", "reference", "ref", "réf", "référence",
    "code", "style number", "catalogue number", "cat no", "numero oggetto", "numéro de l objet", "código", "codigo",
    "código del producto", "referencia", "referência", "codice", "codice articolo", "kod", "kod produktu", "kod towaru",
    "numer katalogowy", "šifra", "sifra", "šifra proizvoda", "šifra artikla", "kód", "kód produktu", "cikkszám",
    "termékkód", "tuotenumero", "tuotekoodi", "varenummer", "varenr", "artikelnr", "tootekood", "kood", "prekės kodas",
    "kods", "cod", "cod produs", "ürün kodu", "stok kodu", "код", "код товара", "артикул", "номер товара",
    "produktnummer", "bestellnummer", "item no", "item #", "numéro d article", "número de artículo", "numero articolo",
    "商品編號", "商品编号", "商品番号", "商品コード", "貨號", "货号", "商品貨號", "商品货号", "상품번호", "상품코드", "mã sản phẩm",
    "symbol", "رمز المنتج", "كود المنتج", "رقم المنتج", "artikel id", "รหัสสินค้า", "riferimento",
    # Hebrew's item number (מק"ט, makat, with a quote or a gershayim), Québec French's SKU (UGS, unité de gestion
    # des stocks).
    'מק"ט', "מק״ט", "מקט", "ugs",
    # Taiwan's and China's short "item number" (品號, momo's label beside its goods code; 品号).
    "品號", "品号",
    # Greek's "product code" and "code" (OpenCart's Greek translation prints "Κωδικός Προϊόντος:", Greek shops
    # "Κωδικός:"), as a label is looked up: casefolded, so the final sigma is "σ"; with and without the
    # accents, which text in capitals drops ("ΚΩΔΙΚΟΣ ΠΡΟΪΟΝΤΟΣ").
    "κωδικόσ προϊόντοσ", "κωδικοσ προϊοντοσ", "κωδικόσ", "κωδικοσ",
    # Bulgarian's "product code" (CloudCart's "Код на продукта:"; "Продуктов код", "Артикулен номер"), Ukrainian's
    # "goods code" and "product code" (Horoshop's "Код товару:", as Russian's "Код товара"), Indonesian's and
    # Malay's "product code" and "goods code" (SIRCLO's "Kode Produk", "Kode Barang"; Malaysian shops' "Kod
    # Produk"): "код" and "kod" alone are generic words, these whole labels are not.
    "код на продукта", "код на продукт", "продуктов код", "артикулен номер", "код товару", "код продукту",
    "kode produk", "kode barang", "kod produk", "kod barang",
    # Japanese's "product number" (品番: the label shops on MakeShop and futureshop, and apparel shops, give their
    # own number; 型番, the model number, stays the maker's), Macedonian's and Serbian's "code" in Cyrillic ("Шифра:",
    # as Latin "Šifra:" is; "Шифра на производ", "Шифра артикла"), Mongolian's "goods' code" and "product code"
    # ("Барааны код:"), Icelandic's "item number" ("Vörunúmer:", "Vörunr.").
    "品番", "шифра", "шифра на производ", "шифра на производот", "шифра артикла", "шифра производа",
    "барааны код", "бүтээгдэхүүний код", "vörunúmer", "vörunr",
    # Armenian's "code" and "product code" ("Կոդ՝", Armenian shops, with the Armenian comma after it as often as a
    # colon; "Ապրանքի կոդ"), Azerbaijani's "product code" ("Məhsul kodu:", "Məhsulun kodu"), Latvian's "goods
    # code" ("Preces kods:", as Estonian's "Tootekood" and Lithuanian's "Prekės kodas" are), English's "Item
    # Code" (shops in Kuwait, Sri Lanka, the UK: "item" and "code" alone are generic words, the whole label is not).
    "կոդ", "ապրանքի կոդ", "məhsul kodu", "məhsulun kodu", "preces kods", "item code",
    # Albanian's "the code", "the product's code" and "the article's code" ("Kodi:", "Kodi i produktit:"), Lao's
    # "product code" ("ລະຫັດສິນຄ້າ:"; "ລະຫັດ", code, alone is a generic word and not listed).
    "kodi", "kodi i produktit", "kodi i artikullit", "ລະຫັດສິນຄ້າ",
    # Odoo's "Internal Reference" (its name for the code a shop gives a product, the same in every Odoo shop that
    # prints it; "reference" alone stays a generic word), Burmese "item code" and "product code" ("ပစ္စည်းကုဒ် :").
    "internal reference", "ပစ္စည်းကုဒ်", "ကုန်ပစ္စည်းကုဒ်",
    # Faroese's "item number" ("Vørunr.:", "Vørunummar:", as DanDomain's and Faroese shops' tables print it, beside
    # Icelandic's "Vörunr." and Danish's "Varenr."), Turkmen's "the goods' code" ("Harydyň kody:", "Haryt kody";
    # "kody" alone is any code).
    "vørunr", "vørunummar", "harydyň kody", "haryt kody", "harydyn kody",
    # English's "Article no." / "Article nr." (Aimeos' label for the shop's code, beside "article number"), Welsh's
    # "product code", "product number" and "item number" ("Cod cynnyrch:", "Rhif cynnyrch:", "Rhif eitem:"; "cod"
    # alone is any code, "Cod post" a postcode).
    "article no", "article nr", "cod cynnyrch", "rhif cynnyrch", "rhif eitem",
    # Spanish's and Portuguese's "No. of article" as "N.º de artículo" (SiteGenesis in Uruguay), "Nº do artigo": the
    # number sign read as one word, "nº" (`_normalise_label`); "Nº de pedido" (an order's) stays no label.
    "nº de artículo", "nº artículo", "nº de producto", "nº do artigo", "nº de artigo", "nº do produto",
    # Urdu's "stock code", "product code" and "item code" (Shopify's SKU line in an Urdu theme: "اسٹاک کوڈ:"), Basque's
    # "reference" and "the product's code" (PrestaShop's "Erreferentzia:"; "kodea" alone is any code), Irish's
    # "product code", "product number", "item code" and "item number" ("Cód táirge:"; "Cód poist" a postcode).
    "اسٹاک کوڈ", "پروڈکٹ کوڈ", "آئٹم کوڈ", "erreferentzia", "produktuaren kodea", "produktu kodea",
    "artikulu zenbakia", "cód táirge", "uimhir táirge", "cód earra", "uimhir earra",
    # Scottish Gaelic's "goods code" and "item number" ("Còd bathair", "Còd a' bhathair", "Àireamh bathair": a weaver's
    # shop; "còd" alone is any code, "Còd-puist" a postcode), Romansh's "article no." and "article number"
    # ("Artitgel nr.", "Numer d'artitgel": the Engadine's shops), Tamil's "item code" and "product code"
    # ("பொருள் குறியீடு", Instamojo's shops in Tamil Nadu; "தயாரிப்பு குறியீடு"), Hindi's "product code" ("उत्पाद कोड").
    "còd bathair", "còd a bhathair", "àireamh bathair", "cod bathair", "artitgel nr", "nr artitgel", "numer d artitgel",
    "numer da l artitgel", "பொருள் குறியீடு", "தயாரிப்பு குறியீடு", "उत्पाद कोड",
    # Hong Kong's and Taiwan's "goods number" and "product number" ("貨品編號：", Hong Kong shops' label of their own
    # code; "產品編號"), in traditional and simplified characters; Malayalam's "product code" ("ഉൽപ്പന്ന കോഡ്:",
    # "ഉത്പന്ന കോഡ്", Kerala's shops); Italian's "Rif." (riferimento, as Italian and Corsican shops abbreviate it:
    # "Rif. : SN-LONZU-450"; alone it is any reference, as "ref" is).
    "貨品編號", "货品编号", "產品編號", "产品编号", "ഉൽപ്പന്ന കോഡ്", "ഉത്പന്ന കോഡ്", "rif",
)
_LABELS = {
    **{label: "sku" for label in _SKU_LABELS},
    "upc": "upc", "ean": "ean", "ean13": "ean", "ean 13": "ean", "gtin": "gtin", "gtin13": "gtin", "barcode": "ean",
    "ean code": "ean", "ean kód": "ean", "штрихкод": "ean", "jan": "ean", "jan code": "ean", "jan コード": "ean",
    "isbn": "isbn", "isbn13": "isbn", "isbn 13": "isbn",
    "mpn": "mpn", "manufacturer part number": "mpn", "part number": "mpn", "model": "mpn", "model number": "mpn",
    "herstellernummer": "mpn", "modell": "mpn", "modèle": "mpn", "modelo": "mpn", "modello": "mpn", "型番": "mpn",
    "型号": "mpn", "модель": "mpn",
    "brand": "brand", "marke": "brand", "manufacturer": "brand", "hersteller": "brand", "marque": "brand", "marca": "brand",
    "merk": "brand", "marka": "brand", "značka": "brand", "proizvajalec": "brand", "proizvođač": "brand",
    "производитель": "brand", "бренд": "brand", "ブランド": "brand", "品牌": "brand", "메이커": "brand",
    "availability": "availability", "verfügbarkeit": "availability", "stock": "availability",
    "disponibilité": "availability", "disponibilidad": "availability", "disponibilità": "availability",
    "beschikbaarheid": "availability", "dostępność": "availability", "razpoložljivost": "availability",
    "dostupnost": "availability", "dostupnosť": "availability", "saatavuus": "availability", "lagerstatus": "availability",
    "наличие": "availability", "在庫": "availability", "库存": "availability", "庫存": "availability",
}
_GENERIC_WORDS = {"code", "item", "ref", "model", "stock", "symbol", "kod", "cod", "kood", "kods", "kód", "код", "código", "codigo",
                  "codice", "jan", "marca", "marka", "merk", "reference", "riferimento", "rif", "modelo", "modello",
                  "modell", "κωδικόσ", "κωδικοσ", "կոդ", "kodi"}
# Which of the labelled values name the shop's own product id, as people see it.
SHOP_ID_FIELD = "sku"
_LABEL_TEXT = re.compile(
    r"\b(SKU|Art(?:ikel)?\.?[\s-]?Nr\.?|Artikelnummer|Item\s+(?:#|No\.?|number)|Product\s+code|EAN|UPC|GTIN|ISBN|MPN)\s*[:#]\s*([A-Za-z0-9][\w\-./]{1,60})",
    re.I,
)
# "Label: value", "Label - value", "Label # value", "Label #: value", "商品コード：value" (a full-width colon).
_LABEL_VALUE = re.compile(r"([^:：]{2,40}?)\s*(?:#?\s*[:：]|\s[-–]\s|#)\s*(.{1,80})")
# "SKU 00047", "Item No. 25604455M": a label that names nothing but a code, then the code, with no colon.
_CODE_LABEL_ALONE = re.compile(
    r"(SKU|EAN|UPC|GTIN|MPN|ISBN|Art(?:ikel)?\.?[\s-]?Nr\.?|Item\s+No\.?)\s+([A-Za-z0-9][\w\-./]{1,60})", re.I)
_CODE_FIELDS = {"sku", "ean", "upc", "gtin", "isbn", "mpn"}
_ONE_CODE = re.compile(r"[A-Za-z0-9][\w\-./]{0,60}")
# Elements that hold no label or value: their content is not text a person reads.
_NOT_SHOWN = ("meta", "link", "script", "style", "template", "input")


def _normalise_label(text: str) -> str:
    # The Armenian comma ("՝") ends a label as a colon does ("Կոդ՝ 118734").
    text = re.sub(r"[:：#.\-_/()'’՝]", " ", text.casefold())
    # The number sign of Spanish, Portuguese and Italian, "Nº", "N.º", "N°", as one word: "nº".
    text = re.sub(r"(?<!\w)n\s*[º°](?!\w)", "nº", text)
    return re.sub(r"\s+", " ", text).strip()


# A maker's words in a label of an item number make it the maker's number, not the shop's: "Produsentens
# varenr." (Komplett's table, beside its own "Varenr:"), "Manufacturer's item number", "Référence
# fabricant", "Hersteller-Artikelnummer", "Gyártói cikkszám", "Numer producenta".
_MAKERS_WORDS = re.compile(
    r"^(?:manufacturer|manufacturers|maker|makers|producer|producers|produsent|produsentens|producent|producenta|"
    r"hersteller|herstellers|fabricant|fabricante|fabbricante|fabrikant|fabrikantens|tillverkare|tillverkarens|"
    r"valmistaja|valmistajan|gyártó|gyártói|výrobce|výrobcu|proizvajalca|производителя)$")


def _label_field(label: str) -> str | None:
    """The field a label names: the whole label, else its first or last words."""
    words = _normalise_label(label).split()
    if not words or len(words) > 6:
        return None
    for size in range(len(words), 0, -1):
        for part in (words[:size], words[-size:]):
            field = _LABELS.get(" ".join(part))
            # One word of a longer label names the field only when it cannot mean much else:
            # "Promo code", "Stock level" and "Car model" are not labels of ours.
            if field and (size == len(words) or size > 1 or part[0] not in _GENERIC_WORDS):
                return "mpn" if field == "sku" and _makers_number(words) else field
    if len(words) > 1 and _near_a_known_id_label(words):
        return "mpn" if _makers_number(words) else "sku"
    return None


# The known labels of the shop's id of two words or more, by their number of words.
_ID_LABELS_BY_LENGTH: dict[int, list[list[str]]] = {}
for _label in _SKU_LABELS:
    if len(_label.split()) > 1:
        _ID_LABELS_BY_LENGTH.setdefault(len(_label.split()), []).append(_label.split())


def _near_a_known_id_label(words: list[str]) -> bool:
    """Whether a label is a known label of the shop's id but for one letter of one word (changed, added or left out):
    kin languages spell the same label a letter apart (Belarusian "Код тавару", "Код прадукту" beside Ukrainian's
    known "Код товару", "Код продукту"). Every other word the same, the one apart of five letters or more in both, so
    a short word a letter off ("cost" for "code") and a longer label stay none."""
    for known in _ID_LABELS_BY_LENGTH.get(len(words), ()):
        apart = [(word, other) for word, other in zip(words, known) if word != other]
        if len(apart) == 1 and min(len(apart[0][0]), len(apart[0][1])) >= 5 and Levenshtein.distance(*apart[0]) == 1:
            return True
    return False


def _makers_number(words: list[str]) -> bool:
    """Whether a label of an item number says whose: the maker's."""
    return any(_MAKERS_WORDS.match(word) for word in words)


_INLINE_TAGS = {"strong", "b", "em", "i", "label", "small"}


def _inline_only(el) -> bool:
    """A div whose children are only inline elements ("<div><strong>Art.Nr.:</strong> 40512</div>", the
    xt:Commerce line's row): its label and value are one text, as in a <li>."""
    return all(isinstance(child.tag, str) and child.tag in _INLINE_TAGS for child in el)


def _colon_label(label: str) -> bool:
    """A label element that ends in a colon says it is one, so its first or last words may name the
    field ("رمز المنتج (SKU):", Salla's; "eBay item number:")."""
    return label.strip().endswith((":", "：")) and _label_field(label) is not None


# Elements whose own text may be "label: value". A custom element (a name with a hyphen, as Web Components
# are named) holds text as a span does: Shopify's Impact writes "<variant-sku>SKU: IKC-AF400</variant-sku>".
# So does a table's cell that is its row's only one ("<tr><td>Internal Reference: RWE-UA55CU7000</td></tr>",
# Odoo's); a pair of cells is read as label and value above. One that holds blocks of the page is read as a
# <div> of blocks is.
_TEXT_HOLDERS = etree.XPath("//li|//p|//span|//div|//small|//td[count(../td|../th) = 1]|//*[contains(local-name(), '-')]")


def _block_holder(el) -> bool:
    return isinstance(el.tag, str) and (el.tag in ("div", "td") or "-" in el.tag)


# OpenCart's product code is its "model" field (required, the shop's own: the default theme prints it "Product Code:",
# Journal 3, the most used paid theme, "Model:", and translations "Modelo:", "Modell:", "Модель:"); a shop on OpenCart
# is told by its paths ("catalog/view/theme/", "index.php?route=product/product", "route=checkout/cart"). Elsewhere a
# model is the maker's ("Item model number", "Model: SM-A556B" beside the shop's own "Art.-Nr."), so only there.
_MODEL_WORDS = {"model", "modell", "modèle", "modelo", "modello", "модель"}
_OPENCART = ("//link[contains(@href, 'catalog/view/theme/')] | //script[contains(@src, 'catalog/view/')]"
             " | //a[contains(@href, 'route=product/product')] | //a[contains(@href, 'route=checkout/cart')]"
             " | //form[contains(@action, 'route=checkout/cart')]")


def _labelled_values(tree) -> dict[str, str]:
    """'Label: value' pairs from table rows, definition lists and inline text."""
    values: dict[str, str] = {}
    models: list[str] = []
    site = _site_names(tree)
    by_site_name: set[str] = set()

    def put(label: str, value: str) -> None:
        field = _label_field(label)
        # A code labelled with the site's own name is the site's id, over a code labelled alone ("Code Chrono24" above
        # the maker's "Numéro de référence").
        site_named = bool(site) and _labelled_with_site_name(label, site)
        if site_named:
            field = SHOP_ID_FIELD
        value = _clean_text(value)
        if field == "mpn" and _normalise_label(label) in _MODEL_WORDS:
            models.append(value)
        if field in _CODE_FIELDS:
            value = _without_closing_bracket(value)
        if field and value and len(value) <= 120 and (field not in values or (site_named and field not in by_site_name)):
            values[field] = value
            if site_named:
                by_site_name.add(field)

    for row in tree.xpath("//tr"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("th", "td")]
        if len(cells) == 2:
            put(_own_text(cells[0]), _own_text(cells[1]))
        elif len(cells) == 3 and (pair := _colon_cell_row(cells)):
            put(*pair)
    for dt in tree.xpath("//dt"):
        dd = dt.getnext()
        if dd is not None and dd.tag == "dd":
            put(_own_text(dt), _own_text(dd))
    for el in _TEXT_HOLDERS(tree):
        if (_block_holder(el) and len(el) and not _inline_only(el)) or _in_chrome(el, header=False):
            continue
        text = _own_text(el)
        if len(text) > 200:
            continue
        for fact in _facts_of_one_line(text):
            whole = _LABEL_VALUE.fullmatch(fact)
            if whole:
                put(whole.group(1), whole.group(2))
            elif alone := _CODE_LABEL_ALONE.fullmatch(fact):
                put(alone.group(1), alone.group(2))
        for match in _LABEL_TEXT.finditer(text):
            put(match.group(1), match.group(2))
    # The label in an element of its own, the value in the elements after it, as most themes write them:
    # "<strong>SKU</strong><div>24-MB01</div>" (Magento), "<label>Référence</label><span>demo_16</span>"
    # (PrestaShop), "<span>Kod produktu:</span><span>CZ-RETRO-17K</span>" (Shoper). Read last: a value
    # written with its label in one text is taken first. A <section> holds such a pair as a <div> does
    # (Magento's PWA Studio: "<section><span><span>SKU</span></span><strong>HAN-HSF1450-WH</strong>").
    for el in tree.xpath("|".join(f"//{tag}" for tag in _PAIR_HOLDERS)):
        if len(el) == 0:
            continue
        if (el.text or "").strip():  # "商品コード： <span>MTL-200</span>"
            if len(el.text) > 60:
                continue
            label, rest = el.text, [c for c in el if isinstance(c.tag, str) and c.tag not in _NOT_SHOWN]
        else:
            children = [c for c in el if isinstance(c.tag, str) and c.tag not in _NOT_SHOWN]
            # A label is a short element of its own; the first child of most elements is a block of the page.
            if len(children) < 2 or len(children[0]) > 2:
                continue
            label, rest = children[0].text_content() + " " + (children[0].tail or ""), children[1:]
        # The whole label element is a label: "Item No. 25604455M" in one element is a label and its value.
        # A label that ends in a colon says it is one, so its first or last words may name the field
        # ("رمز المنتج (SKU):", Salla's "product code (SKU):").
        known = _LABELS.get(_normalise_label(label)) is not None or _colon_label(label)
        if not rest or len(label) > 60 or not known or _in_chrome(el, header=False):
            continue
        # The value is the one element after the label: a flat list of pairs ("<span>SKU</span><span>KT-100
        # </span><span>Category</span>...") runs on into the next pair otherwise. A code is one word.
        rest = _past_separator(rest)
        value = _unbracketed(_clean_text(_own_text(rest[0])))
        if _label_field(label) in _CODE_FIELDS and not _ONE_CODE.fullmatch(value):
            continue
        if value and len(value) <= 80 and not _LABEL_VALUE.fullmatch(value):
            put(label, value)
    _colon_outside_label(tree, put)
    if SHOP_ID_FIELD not in values and models and models[0] == values.get("mpn") and tree.xpath(_OPENCART):
        # OpenCart's model field is the shop's code and, as often, the maker's: the shop's id where the page labels
        # none of its own, and still the maker's number the matcher reads (review R2 of the thirty-second session:
        # read as the id alone, it left the matcher's 'same MPN' unread, and it took the place of a labelled "SKU:").
        values[SHOP_ID_FIELD] = models[0]
    if SHOP_ID_FIELD not in values and (model := _ubercart_model(tree)):
        values[SHOP_ID_FIELD] = model
    if SHOP_ID_FIELD not in values and (named := _id_named_sku(tree)):
        values[SHOP_ID_FIELD] = named
    if SHOP_ID_FIELD not in values and (sent := _shown_code_the_form_sends(tree)):
        values[SHOP_ID_FIELD] = sent
    return values


# The chosen variant's value in a form that is posted: the selected option of a list, the checked radio button.
_CHOSEN_IN_POSTED_FORM = etree.XPath("//form[translate(@method, 'POST', 'post') = 'post']"
                                     "//*[(self::option and @selected) or (self::input and @type = 'radio' and @checked)]"
                                     "/@value")
_SHOWN_TEXT = etree.XPath("//dd|//td|//span|//li|//p|//strong|//b|//div")


def _shown_code_the_form_sends(tree) -> str | None:
    """The shop's id where the page labels it in words the rules do not know: the code a buy form sends for the
    chosen variant is the shop's own key for it, and shown on the page too, as an element's whole text outside the
    form, it is the shop's id (Umbraco Commerce's variant reference, "<dt>Waehere hua</dt><dd>KWK-BALM-50</dd>" in
    Māori beside "<option value='KWK-BALM-50' selected>"). The page's two statements agree, whatever the label says.
    Codes of letters and digits or of capitals in parts only: a size's or a colour's value ("M", "50") is no key."""
    sent = {value.strip() for value in _CHOSEN_IN_POSTED_FORM(tree)}
    codes = {value for value in sent if _ONE_CODE.fullmatch(value) and (
        (any(map(str.isdigit, value)) and any(map(str.isalpha, value))) or _code_without_digit(value))}
    if not codes:
        return None
    for el in _SHOWN_TEXT(tree):
        if len(el) > 1 or next(el.iterancestors("form", "select"), None) is not None or _in_chrome(el, header=False):
            continue
        value = _clean_text(el.text_content())
        if value in codes:
            return value
    return None


# The parts of a host that are no site's name: the first of many hosts, and the second-level labels of country domains
# ("co.uk", "com.br", "co.mc").
_NOT_THE_NAME = {"www", "m", "shop", "co", "com", "org", "net", "ac", "gov", "or", "ne", "edu"}


# In the page's head, where the site names itself (a pass over the head only, not the whole page).
_SITE_NAME = etree.XPath("/html/head/meta[@property='og:site_name']/@content")
_SITE_URL = etree.XPath("/html/head/link[@rel='canonical']/@href|/html/head/meta[@property='og:url']/@content")


def _site_names(tree) -> list[list[str]]:
    """The site's own names, as a label writes them (normalised words): its og:site_name and the name its domain
    gives ("www.chrono24.fr": "chrono24"; "www.lojastempo.com.br": "lojastempo")."""
    names = [words for value in _SITE_NAME(tree) if (words := _normalise_label(value).split())]
    for url in _SITE_URL(tree):
        parts = (urlsplit(url.strip()).hostname or "").split(".")[:-1]  # the top-level domain is no name
        parts = [part for part in parts if part and part not in _NOT_THE_NAME]
        if parts:
            names.append([parts[-1]])
    return names


def _labelled_with_site_name(label: str, names: list[list[str]]) -> bool:
    """Whether a label is the site's name beside the words of a code of the shop's ("Code Chrono24", "Chrono24 code",
    "Código Lojas Tempo"): a marketplace labels the listing's own code so, above the maker's reference. The name alone,
    or beside other words ("Code promo Chrono24"), is none."""
    words = _normalise_label(label).split()
    for name in names:
        for start in range(len(words) - len(name) + 1):
            if words[start:start + len(name)] == name:
                rest = words[:start] + words[start + len(name):]
                if rest and _LABELS.get(" ".join(rest)) == SHOP_ID_FIELD:
                    return True
    return False


# Ubercart (Drupal's shop) names its SKU field "model" and prints it in a line of that class ("<div class='product-info
# model'><span class='product-info-label'>SKU:</span> <span class='product-info-value'>…</span>", "SKU:" in English);
# a shop on Ubercart is told by its prices' class, "uc-price", on every amount it prints.
# Its spans only are looked at first, and the model line only on a page that has them: most pages are no Ubercart's.
_UBERCART = etree.XPath("//span[contains(concat(' ', normalize-space(@class), ' '), ' uc-price ')][1]")
_UBERCART_MODEL = etree.XPath("//div[contains(concat(' ', normalize-space(@class), ' '), ' product-info ') and "
                              "contains(concat(' ', normalize-space(@class), ' '), ' model ')]"
                              "/*[contains(concat(' ', normalize-space(@class), ' '), ' product-info-value ')]")


def _ubercart_model(tree) -> str | None:
    """The shop's id on an Ubercart page: its model line's value, whatever its label's language (a Maltese shop's
    "Numru tal-mudell:" is no label the rules know; a known word for a model reads it as the maker's number)."""
    if not _UBERCART(tree):
        return None
    for el in _UBERCART_MODEL(tree):
        value = _clean_text(_own_text(el))
        if _ONE_CODE.fullmatch(value) and not _in_chrome(el, header=False):
            return value
    return None


def _without_closing_bracket(value: str) -> str:
    """A code without the bracket that closes the line it stands in: JoomShopping prints "(رمز المنتج: DA-SAM-WW90T)"
    in its heading, so the text after the label ends in ")". A code that opens its own bracket keeps its close."""
    for opening, closing in ("()", "[]"):
        if value.endswith(closing) and value.count(opening) < value.count(closing):
            return value[:-1].rstrip()
    return value


# A mark between two facts written on one line, with spaces around it: a middle dot, a bar, a bullet.
_BETWEEN_FACTS = re.compile(r"\s+[·|•]\s+")


def _facts_of_one_line(text: str) -> list[str]:
    """The "label: value" facts a line writes one after the other, apart: "Código: 000184372 · Modelo:
    AR12TVHGAWK", "Réf. : NM-88214 | EAN : 8004399325279" (the value of the first ran on into the next
    label). Split only where every part is a "label: value" itself, or a label that names nothing but a
    code and the code ("Artikelnummer: EK-ECAM37095T · EAN 8004399020597", Dynamicweb's Swift); otherwise
    the line is one fact ("Brand: Black | Decker")."""
    parts = _BETWEEN_FACTS.split(text)
    if len(parts) > 1 and all(_LABEL_VALUE.fullmatch(part) or _CODE_LABEL_ALONE.fullmatch(part) for part in parts):
        return parts
    return [text]


# A separator alone: a colon, a dash or a number sign, and the spaces around it.
_SEPARATOR_ALONE = re.compile(r"\s*[:：#\-–—]\s*")


def _past_separator(rest: list) -> list:
    """The elements after a label, past a separator written in an element of its own between the label and
    its value: VTEX IO's product identifier writes "<span class='..__label'>Código</span><span
    class='..__separator'>: </span><span class='..__value'>1029384</span>", a shape any theme that styles
    the separator apart gives. Only a separator and only with a value after it: another element stays the value."""
    if len(rest) > 1 and not len(rest[0]) and _SEPARATOR_ALONE.fullmatch(rest[0].text or ""):
        return rest[1:]
    return rest


# One code wrapped whole in square brackets: "[X1504VA-NJ1114W]", as Tunisianet (PrestaShop 1.7) prints its reference.
_BRACKETED = re.compile(r"\[([A-Za-z0-9][\w\-./]{0,60})\]")


def _unbracketed(value: str) -> str:
    """A value that is one code in square brackets is that code; any other value as it is."""
    match = _BRACKETED.fullmatch(value)
    return match.group(1) if match else value


# The shop's label of its id, then one code: "SKU IPT-GEN3500DF", "SKU: X-1", "Art.-Nr. 4051", as Ecwid's
# microdata prints its sku's label inside the element it marks. A space or a colon after the label: "SKU-00412"
# and "SKU123" are codes that begin so.
_LABEL_INSIDE = re.compile(r"(?:SKU|Art(?:ikel)?\.?[\s-]?Nr\.?|Item\s+No\.?)(?:\s*[:#]\s*|\s+)([A-Za-z0-9][\w\-./]{1,60})",
                           re.I)


def structured_code(value: str) -> str:
    """A structured id as the code it holds: one code in square brackets (Tunisianet's "[X1504VA-NJ1114W]") or
    after the label of a shop's id (Ecwid's "SKU IPT-GEN3500DF") is that code; any other value as it is."""
    value = _unbracketed(value)
    match = _LABEL_INSIDE.fullmatch(value)
    return match.group(1) if match else value


def _colon_cell_row(cells: list) -> tuple[str, str] | None:
    """A row of three cells whose middle one is a colon alone: the label, its colon and the value ("<td>Kode
    Produk</td><td>:</td><td>SRC-TWS09-BLK</td>", SIRCLO's; Indonesian and Malaysian shops line up their
    facts so, as printed forms do)."""
    if _own_text(cells[1]) not in (":", "："):
        return None
    return _own_text(cells[0]), _own_text(cells[2])


_PAIR_HOLDERS = ("li", "p", "span", "div", "small", "section")
# A class or id that names the element the shop's id: "sku" as a word of it ("product-single__sku", "sku",
# "product-sku"), not inside another word.
_SKU_NAME = re.compile(r"(?:^|[\s_-])sku(?=$|[\s_-])", re.I)
# "product code" as words of a name: HikaShop prints the code alone in the title, "<span
# class='hikashop_product_code_main'>BIA-0001163</span>"; "product-code", "productCode" alike.
_PRODUCT_CODE_NAME = re.compile(r"(?:^|[\s_-])product[-_]?code(?=$|[\s_-])", re.I)
# The names read: the class, the id, and `data-testid`, where storefronts built of a component library name their
# elements, their classes generated (Kibo's Next.js storefront: "<span data-testid='product-code'>", beside
# "css-1f7yp35"), as buy buttons named there are read.
_NAMING_ATTRIBUTES = ("class", "id", "data-testid")
# One pass over the page; `data-testid` is read only where an element has one (most have none: testing its words on
# every element cost a third more).
_NAMED_SKU = etree.XPath("//*[contains(translate(@class, 'SKUCODE', 'skucode'), 'sku') or contains(translate(@id, 'SKU', 'sku'), 'sku')"
                         " or contains(translate(@class, 'CODE', 'code'), 'code') or contains(translate(@id, 'CODE', 'code'), 'code')"
                         " or (@data-testid and (contains(translate(@data-testid, 'SKUCODE', 'skucode'), 'sku')"
                         " or contains(translate(@data-testid, 'SKUCODE', 'skucode'), 'code')))]")


def _id_named_sku(tree) -> str | None:
    """The shop's id where the page shows it with no label, in an element its class names so: Shopify's
    Impulse prints the variant's sku alone, "<p class='product-single__sku'>LS-24115-U</p>"; HikaShop
    its product code, "<span class='hikashop_product_code_main'>BIA-0001163</span>". The first such
    element that holds one code with a digit and nothing else, outside the page's chrome; read only
    where no label names the id."""
    for el in _NAMED_SKU(tree):
        names = " ".join(el.get(name, "") for name in _NAMING_ATTRIBUTES)
        if el.tag in _NOT_SHOWN or not (_SKU_NAME.search(names) or _PRODUCT_CODE_NAME.search(names)):
            continue
        # A code alone, else the code after a label in any language, in inline parts or in the one text (EverShop's
        # "<div class='product-single-sku'>Nọ́mbà ọjà: ASO-OKE-PP-01</div>", Yoruba).
        value = None if len(el) else _clean_text(el.text or "")
        if not (value and _ONE_CODE.fullmatch(value)):
            value = _code_after_any_label(el)
        if value and _ONE_CODE.fullmatch(value) and (any(map(str.isdigit, value)) or _code_without_digit(value)) \
                and not _in_chrome(el, header=False):
            return value
    return None


# "<words>: <one code>", the words in any language, no digit among them.
_ANY_LABEL_AND_CODE = re.compile(r"([^\W\d][^\d:：]{0,38})\s*[:：]\s*(\S+)")
_CODE_PARTS = {"span", "b", "strong", "em", "i", "bdi", "small", "code", "a"}


def _code_after_any_label(el) -> str | None:
    """The code of a line its class names for the shop's id, written "label: <span>CODE</span>" with a label in
    any language: the class says what the line holds, so the label's words need not be known (Stiletto's
    "<div class='product__sku'>אַרטיקל־נומער: <span>…</span></div>" in Yiddish, Storeden's "sd-product-code" in
    Sardinian were unread where the structured data was gone). Inline parts only, the whole text one label and
    one code."""
    if any(not isinstance(child.tag, str) or child.tag not in _CODE_PARTS or len(child) for child in el):
        return None
    whole = _ANY_LABEL_AND_CODE.fullmatch(_clean_text(el.text_content()))
    return whole.group(2) if whole else None


_CAPITALS_CODE = re.compile(r"[A-Z]{2,}(?:[-._][A-Z0-9]{2,})+(?:[-._][A-Z0-9])?")


def _code_without_digit(value: str) -> bool:
    """A code of capitals in parts ("NB-PLAID-LAM-GR", Drupal Commerce's sku field): shops build skus of
    abbreviations as often as of numbers. Capitals in two parts or more, joined by a dash, dot or
    underscore; a word ("Select", "SKU", "N/A") is none. The last part may be one letter, after two of two or
    more: a variant's size ends its sku as often ("BBK-DLK-M", a shirt's in size M), and the parts before it
    make it a code ("T-SHIRT", "XL-M" stay none)."""
    return bool(_CAPITALS_CODE.fullmatch(value))


def _colon_outside_label(tree, put) -> None:
    """The label's colon outside it, the value in the next element, amid other content of the same
    parent ("<span>Product Code</span>: <span>BKP-220</span>", Volusion's, in a cell that also holds the
    name and the price): the label's element, the colon as its tail and the element after it are the
    pair. Read last, after every other form."""
    for el in tree.xpath("//span|//b|//strong|//label|//font"):
        if len(el) or (el.tail or "").strip() not in (":", "："):
            continue
        label, value_el = (el.text or "") + ":", el.getnext()
        if value_el is None or not isinstance(value_el.tag, str) or value_el.tag in _NOT_SHOWN or len(label) > 60:
            continue
        if not _colon_label(label) or _in_chrome(el, header=False):
            continue
        value = _unbracketed(_clean_text(_own_text(value_el)))
        if _label_field(label) in _CODE_FIELDS and not _ONE_CODE.fullmatch(value):
            continue
        if value and len(value) <= 80:
            put(label, value)



_ID_IN_URL = re.compile(r"\d{4,}")


def id_in_url(url: str | None, html: str) -> str | None:
    """The shop's product id as many shops put it in a product's URL ("/itm/302474151804",
    "-12185160.html", "/p4781720"): the last run of four or more digits in the URL's path,
    when the page also carries it as a value of its own (an attribute, a JSON field or text),
    not only inside links."""
    if not url:
        return None
    path = urlsplit(url).path
    for number in reversed(_ID_IN_URL.findall(path)):
        if _a_size_in_both(number, path, html):
            break
        if re.search(rf"(?:[\"'>:=]\s*|\s){number}(?:[\"'<,;\s]|$)", html):
            return number
        break
    return None


# The word the URL writes after a number ("-12000-btu", "-2200-w", "-2018-cherry").
_WORD_AFTER_IN_PATH = r"[-_]([^\W\d_]+)(?![^\W\d_])"


def _a_size_in_both(number: str, path: str, html: str) -> bool:
    """Whether the URL and the page both follow `number` by the same word ("...-12000-btu" beside "12000 BTU",
    "...-sg-style-2018-cherry" beside "SG-style 2018 Cherry"): a part of the product's name as the page writes it
    (a conditioner's BTU, a dryer's watts, a guitar's year), not an id. Settled by the two agreeing, with no list
    of units: whatever words a shop's language writes. Any word, not only a unit's: a year the name writes before
    its colour was read as a marketplace listing's id where the page shows none; an id is written on its own."""
    word = re.search(rf"(?<!\d){number}{_WORD_AFTER_IN_PATH}", path)
    return word is not None and re.search(rf"(?<![\d.,]){number}\s?{re.escape(word.group(1))}(?![^\W\d_])", html,
                                          re.I) is not None


# Five or more digits ending the last part of a URL's path, after a hyphen or a slash ("-884412",
# "/p/15213589.html"): a year or a short model number has four at most.
_ID_ENDING_URL = re.compile(r"(?:^|[-_/])(\d{5,})(?:\.html?)?/?$")


def id_ending_url(url: str | None) -> str | None:
    """The number a product's own URL ends with, as the shop's id where the page gives none at all: Uzum
    Market's "/product/changyutgich-dyson-v8-884412", BASE's "/items/87654321", Bestseller's
    "...-15213589". `id_in_url` asks the page to carry it too; a page that shows no id anywhere has
    nothing to weigh it against, and the URL is the shop's own key for the product. It rests on built pages
    (Uzum, BASE, Trendyol, AliExpress, Tesco) and no real page: read with their own URLs, the 66 real pages
    give the same ids with it and without (none of those with no id has a URL ending in five digits)."""
    if not url:
        return None
    match = _ID_ENDING_URL.search(urlsplit(url).path)
    return match.group(1) if match else None

