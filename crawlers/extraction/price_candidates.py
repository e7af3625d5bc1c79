"""The visible price: every amount the page shows, scored by how shops show a product's price.

A page shows many amounts: the product's price and its former price, the cart
total in the header, related products, shipping, instalments, a price per
kilo, a price without tax. Each short text that reads as an amount is a
candidate when it carries a currency or sits in an element named for a price;
candidates in regions that are not the product (navigation, header, footer,
links to other pages, product tiles, hidden elements, option lists) and texts
that say what kind of other amount they are (per unit, shipping, a month,
excluding tax, you save, a deposit) are left out, and so are amounts whose
neighbouring words in their block say so ("or 4 payments of", "10x de ... sem
juros", "1 kg =", the EU's "lowest price of the last 30 days", a multibuy's
"Buy 2 for", a members' "Member price"). Words before
an amount can make it a former price ("Was:", "Regular price", "statt", "UVP":
themes print them for screen readers and strike the amount only in CSS), and
an amount at either end of a dash between two amounts is one end of a range,
the lowest of several prices as "From £5" is. The rest are scored:

- inside the product's block (the smallest part of the page holding its title
  and its buy button), and near the title in reading order;
- a currency written with the amount; a class or `itemprop` that names a price;
- prominence words in the class (current, sale, final, big) or a heading /
  bold tag, against small print;
- near the buy button.

A struck-through amount (del / s / strike, `line-through`, a class named
old / was / compare) is a former price: it is the price only when nothing else
is shown (some themes style the one price that way), otherwise the was-price of
the winner when it sits beside it and is higher. Every candidate keeps its
reasons, so `storecheck extract --explain` can show why the winner won.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from lxml import etree

from crawlers.extraction import page as _page
from crawlers.extraction.page import _STRUCK_TAGS, _ancestors, _clean_text, _strike_marks
from crawlers.extraction import prices as _prices
from crawlers.extraction.prices import parse_price_text
from storecheck.money import says_lowest, sign_currencies

# Words in class / id / itemprop names that say "price".
PRICE_WORD = re.compile(r"price|preis|prix|prezzo|precio|pre[cç]o|prijs|cena|cijena|hind|hinta|pris\b|amount|money|cost", re.I)
# Named for an amount that is not the product's price. A cart's or an order's total, not "total"
# alone: in the product's block a "total-price" is the price of the quantity chosen, one as the page
# is served (Salla); a cart's total sits in the header or a cart drawer, left out by their names.
_OTHER_AMOUNT_WORD = re.compile(
    r"unit|per[-_]|base[-_]?price|grundpreis|shipping|delivery|postage|saving|save|discount|filter|excl|"
    r"instal|monthly|financ|credit|loyalty|points|subtotal|grand[-_]?total|order[-_]?total|cart|basket|minicart|deposit|pfand|"
    r"coupon",
    re.I,
)
# A price named for its discount, not a discount's amount: HikaShop's "hikashop_product_price_with_discount"
# (the price after it) and "..._price_before_discount" (the price before it), "discounted-price",
# "discount_price": "discount" in such a name is what the price went through.
_PRICE_WITH_DISCOUNT = re.compile(r"discount(?:ed)?[-_]?price|price[-_]?(?:with|after|before)[-_]?discount", re.I)
_PROMINENT_WORD = re.compile(r"current|sale|special|final|actual|now|main|big|large|primary|selling|our|offer|promo|new", re.I)
_SMALL_WORD = re.compile(r"small|tiny|muted|secondary|hint|note|legal|subtext|footnote", re.I)
# Texts that say what other kind of amount they are, in several languages.
_OTHER_AMOUNT_TEXT = re.compile(
    # A unit after a slash is the unit of the amount just before it ("3,98 €/kg", "89,90 kr/kg", "$0.50/oz"), not
    # of a size before any amount ("Größe S/M 29,99 €", "M/L": a size selector's value is no metre or litre).
    r"(?<=\d)[^\d/]{0,5}/\s*(?:kg|g|100\s*g|l|ml|100\s*ml|m|m2|m²|lb|oz|stk|st|pc|pcs|piece|unit|mo|month|mes|monat|mois|мес)\b|"
    r"\bper\s+(?:kg|kilo|litre|liter|unit|month|piece|100)|\bje\s+(?:kg|l|100|stück)|\bpro\s+(?:kg|liter|monat)|"
    r"\bshipping|\bdelivery|\bpostage|\bP&P\b|versand|livraison|env[ií]o|spedizione|verzending|dostawa|dostava|доставк|送料|運費|"
    r"\bmonth|\bmonthly|/mo\b|\binstal|\bcuotas?\b|\bmensualit|\bmonatlich|\brate\b|\bрассрочк|\bв\s+месяц|\bfees?\b|\bx\s*\d+\s*(?:months|meses|rate)|\d+\s*x\s*(?:de\s+)?[€$£R]|"
    r"\bexcl|\bex\.?\s*vat|\bohne\s+mwst|\bnett[oó]\b|\bhors\s+tax|\bHT\b|\bsin\s+iva|\bsenza\s+iva|\bbez\s+(?:dph|vat|pdv|ddv)|"
    r"\bbrez\s+ddv|\bzonder\s+btw|\bexkl|без\s+ндс|税抜|"
    # Hungarian's and Greek's "without VAT" ("118 102 Ft ÁFA nélkül", Alza's; "Χωρίς ΦΠΑ: 36,21€", OpenCart's
    # Greek translation; "άνευ ΦΠΑ"): the price without VAT, printed under the price as the EU has shops do.
    r"\báfa\s+nélkül|χωρίς\s+φ\.?π\.?α|άνευ\s+φ\.?π\.?α|"
    # Prices without (all) taxes printed beside the price: Argentina's "Precio sin impuestos nacionales",
    # required on every price shown since 2025; "before tax" in English, "sem impostos" in Portuguese.
    r"\bsin\s+impuestos|\bsem\s+impostos|\bwithout\s+tax|\bbefore\s+tax|"
    r"\bex\.?\s*tax|\bpayments?\s+of\b|\binterest[-\s]free|\bsem\s+juros|\bsin\s+intereses|\bplazos?\b|\btermijnen\b|\braty\b|"
    r"\bpfand\b|\bdeposit\b|\bconsigne\b|\bstatiegeld\b|\bkaucj|"
    r"\byou\s+save|\bsave\b|\bsparen|\bsie\s+sparen|\béconomisez|\bahorra|\brisparmi|"
    r"\bpoints?\b|\bpunkte\b|\bcashback|\bbonus|бонус|ポイント|포인트|적립금|"
    # Money credited to the shop's card, not paid ("Poupe 25% em Cartão 0,62 € em Cartão", Portuguese
    # supermarkets' loyalty cards: a reward the next purchase spends).
    r"\bem\s+cart[ãa]o\b|"
    # The price after a coupon the buyer must first claim ("쿠폰적용가 35,100원 쿠폰받기", Korean shops on Godomall,
    # Gmarket, 11st; Rakuten's "クーポン利用で"; "with coupon"): not what anyone pays for the product.
    r"쿠폰\s*적용\s*가|쿠폰\s*할인\s*가|쿠폰가|クーポン(?:利用|適用)|\bwith\s+(?:the\s+)?coupon\b|\bcoupon\s+price\b|"
    # English's "coupon applied" and "after coupon" in the amount's own row (Qoo10's "Q-price S$149.00 Q-Coupon
    # applied"; "$18.99 after coupon"): the price after a coupon, as the words above.
    r"\bcoupon\s+applied\b|\bafter\s+(?:the\s+)?coupon\b|"
    # A charge per order, not per product ("Servicepauschale: 2,95 € je Bestellung", OTTO's).
    r"pauschale|geb[üu]hr|\bje\s+bestellung|\bper\s+order|\bpar\s+commande",
    re.I,
)
# The words just before an amount that make it another kind of amount, though its own text does
# not say so: instalments ("or 4 payments of $22.25", "10x de R$ 24,99"), a unit's price ("1 kg =
# 3,98 €"), shipping, a deposit, a price before tax, an amount added ("+ ₹19 Protect Promise Fee", "+£12.00"
# for an option). Narrower than `_OTHER_AMOUNT_TEXT`: a "Save 20%"
# badge before a price does not make it a saving.
_OTHER_BEFORE = re.compile(
    r"(?:\bpayments?\s+of|\binterest[-\s]free|\binstal+ments?\s+of|\d\s*x\s*(?:de\s+)?|\bplazos?\s+de|\btermijnen\s+van|"
    # Spanish's instalments counted before the amount ("Paga hasta en 36 cuotas de $52.775", Colombian and
    # Chilean shops; "12 cuotas sin interés de $10.832").
    r"\bcuotas?\s+(?:(?:sin|con)\s+inter[ée]s(?:es)?\s+)?de|"
    r"\bshipping|\bdelivery|\bpostage|versand|livraison|env[ií]o|\bexcl\.?|\bex\.?\s*(?:vat|tax)|\bohne\s+mwst\.?|\bnett[oó]|"
    r"\bhors\s+taxes?|\bpfand|\bdeposit|\bconsigne|\bstatiegeld|\bkaucja|=|(?<![\w+])\+|"
    # A price the basket will apply, below the price ("Sepette 1.169,99 TL", Trendyol; "im Warenkorb").
    # An amount said to be approximate: a conversion into another currency shown beside the price ("Aprox. US$
    # 750,32" under "Gs. 5.890.000", Paraguayan and Latin American shops; "approx.", "≈"). No shop charges an
    # approximate amount.
    r"\baprox\.?|\bapprox\.?|\baproximadamente|\bapproximately|≈|"
    # A coupon's price named before it, in a cell of its own ("<dt>쿠폰적용가</dt><dd>35,100원</dd>"), as in its text.
    r"쿠폰\s*적용\s*가|쿠폰\s*할인\s*가|쿠폰가|クーポン(?:利用|適用)(?:で|価格)?|\bwith\s+(?:the\s+)?coupon|\bcoupon\s+price|"
    r"\bsepette|\bin\s+(?:the\s+|your\s+)?(?:basket|cart)|\bim\s+warenkorb|\bau\s+panier|\bw\s+koszyku|\bin\s+winkelwagen|"
    r"\bno\s+carrinho|\ben\s+el\s+carrito|\bnel\s+carrello)\s*:?\s*$",
    re.I,
)
# The price of one when several are bought, just before the amount: a multibuy ("Buy 2 for £20",
# "Comprando 2 unidades, cada una sale a 9,34 €", Carrefour's; "ab 3 Stück je 4,99 €", "2 za 10 zł"),
# which supermarkets and chemists print under the price of one. A count then "for" / "each", not a
# percentage ("Save 20% for members" is no count of items), nor a pack's size ("Pack of 6 for £5": the
# pack is the product sold).
_MULTIBUY_BEFORE = re.compile(
    r"(?:(?<!\bof\s)(?<!\bde\s)\b\d+\s*(?:x\s*)?(?:units?|items?|pieces?|pcs|unidades|uds\.?|st[üu]ck|stk\.?|pi[eè]ces|pezzi|stuks|sztuk|szt\.?|adet)?"
    r"\s*,?\s*(?:for|pour|f[üu]r|por|voor|za|each|je|cada\s+un[ao](?:\s+(?:sale|queda)\s+a)?)"
    r"|\bcada\s+un[ao](?:\s+(?:sale|queda)\s+a)?|\beach\s+(?:at|for))\s*:?\s*$",
    re.I,
)
# A card named after "tarjeta" that is a bank's or a payment network's, not the shop's own.
_NOT_A_BANK_CARD = r"(?!de\b|del\b|bancaria|cr[ée]dito|d[ée]bito|visa|mastercard)"
# A price for members only, printed below the price anyone pays: JD's "PLUS价", Taiwanese and Chinese
# shops' "會員價" / "会员价", "Member price", "Mitgliederpreis". The price of record is the one a
# buyer without the membership pays, as the shops' own structured data gives it.
_MEMBERS_PRICE = re.compile(
    r"\bmembers?['’]?\s+(?:only\s+)?price|\bmembers?\s+only|会员价|會員價|(?:PLUS|VIP)\s*[价價]|"
    r"\bmitglied(?:er|s)?[-\s]?preis|\bprix\s+(?:membres?|adh[ée]rents?)|\bprecio\s+(?:de\s+)?socios?|\bprezzo\s+soci|"
    r"\bledenprijs|\bcena\s+dla\s+cz[łl]onk[óo]w|"
    # The price for holders of the shop's own card or club, shown above or beside the price anyone
    # pays: Tesco's "£4.50 Clubcard Price", Sainsbury's "Nectar Price", "Club price", a card's price in
    # Latin America ("Precio Tarjeta", "con tarjeta Ripley"), a club's price in Hebrew ("מחיר למועדון").
    # "Tarjeta" alone is also a product's own word ("tarjeta gráfica", "tarjeta microSD", "tarjeta
    # regalo"): in text it names a card's price only with words of paying; a card's logo is `_CARD_LOGO`.
    r"\bclubcard\s+price|\b(?:loyalty\s+|club\s*|member\s*)?card\s+price|\bnectar\s+price|\bclub\s+price|"
    r"\bprecio\s+(?:con\s+)?tarjeta|\b(?:con|pagando\s+con|pago\s+con)\s+(?:tu\s+|la\s+)?tarjeta\s+" + _NOT_A_BANK_CARD + r"[\w-]+|"
    r"\bprix\s+(?:carte|fid[ée]lit[ée])|\bkundenkarten?preis|"
    r"מחיר\s+ל?מועדון|לחברי\s+(?:ה)?מועדון",
    re.I,
)


# Why a members' or card's price was left out: the structured data's price is checked against it.
MEMBERS_PRICE = "a members' or card's price"


def _members_price(el, words: str):
    """The words that make an amount a members' price: in `words` (the label and the words before it)
    or in the text of the ancestors that hold only this amount ("<div><div>PLUS价</div><div><span>
    ￥119.00</span></div></div>": the label sits inside the unit the amount's words are read from)."""
    images = _image_words(el)
    texts = [words, *images]
    for parent in _ancestors(el, 3):
        text = _short_amount_text(parent)
        if text is None or len(_NUMBER_GROUP.findall(text)) != 1:
            break
        held = _image_words(parent)
        texts += [text, *held]
        images += held
    return _MEMBERS_PRICE.search(" ".join(texts)) or next(
        (found for alt in images if (found := _CARD_LOGO.fullmatch(alt))), None)


# A shop card's logo, whose alt is all that labels its price (Falabella's "tarjeta CMR"): read from an
# image's alt only, where "tarjeta" and one word are the whole text.
_CARD_LOGO = re.compile(r"\s*tarjeta\s+" + _NOT_A_BANK_CARD + r"[\w-]+\s*", re.I)


def _image_words(el) -> list[str]:
    """The alt texts of the images an element holds: a card's or a club's logo beside an amount is
    its only label on some pages (Falabella's "tarjeta CMR")."""
    return [alt for alt in el.xpath(".//img/@alt") if alt.strip()][:3]


# The lowest price of the 30 days before a reduction, which EU shops must print beside a reduced
# price since 2022 ("Niedrigster Preis der letzten 30 Tage", "Najniższa cena z 30 dni przed obniżką"):
# neither the price nor the was-price.
_LOWEST_OF_DAYS = re.compile(
    r"\b(?:lowest|niedrigste[rn]?|laagste|plus\s+bas|m[áa]s\s+bajo|pi[uù]\s+basso|mais\s+baixo|najni[żz]sza|nejni[žz][šs][íi]|"
    r"legalacsonyabb|l[äa]gsta|laveste|alin|najni[žz]ja|najni[žz]a|cel\s+mai\s+mic)\b.*\b30\b|"
    r"\b30\s*(?:days|tage[n]?|jours|d[íi]as|giorni|dni|dagen|dagar|dage|dag|p[äa]iv[äa][äa]|nap|dn[íi]|zile)\b",
    re.I,
)
# ... and just after it: per unit, a month, an instalment's terms, a deposit.
_OTHER_AFTER = re.compile(
    r"^\s*(?:/\s*(?:\d+\s*)?(?:kg|g|l|ml|cl|m|m2|m²|lb|oz|stk|st|pc|pcs|unit|mo|month|mes|monat|mois|мес|lun[aă]|mies|měs|hó|kk)\b|"
    r"per\s+(?:kg|unit|month|piece)|"
    # A month written out after the amount: "ab 5,00 € monatlich" (OTTO's financing), "pe lună", "al mese".
    r"monatlich|mtl\.|pe\s+lun[aă]|al\s+mese|par\s+mois|por\s+mes|a\s+month|miesi[eę]cznie|m[eě]s[ií][cč]n[eě]|per\s+maand|"
    r"sem\s+juros|sin\s+intereses|senza\s+interessi|sans\s+frais|with\s+(?:afterpay|klarna|zip|affirm|sezzle|shop\s*pay|paypal)|"
    r"pfand|deposit)",
    re.I,
)
# An amount per something: a slash and a short word right after the number and its sign, in any
# language and script ("19,79 €/kk", Finnish for a month; "1 083 ₴/міс", "20,83 €/mėn.", "166 kr/mån",
# "$10/wk", "9,96 € / kg"). A product's price is never per a period or a unit of measure; the word lists
# above knew some of these words and each batch of pages brought another ("/мес", "/lună", "/kk", "/міс").
# Not per item ("$3.99/ea") nor per pack, set, pair or box: those are what is sold. Not a word of the
# scripts that write a unit in one sign ("$ 99 元起/包", a Taiwanese grocer's "from NT$99 a pack", is the
# product's price): there a slash and one sign are as often the unit sold as a period, and the lists
# above say which.
_PER_SOMETHING = re.compile(
    r"^[^\d/]{0,4}/\s*(?!(?:ea|each|pack|pk|packung|paquete|pacote|confezione|set|pair|box)\b)"
    r"(?![\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff])[^\W\d_]{1,6}\.?(?![^\W\d_])")
_LAST_DIGIT = re.compile(r"\d(?=\D*$)")


def _per_something(label: str, after: str):
    """The match that makes an amount one per something: a slash and a word after the last number of its own
    text, or just after the element ("€" in one element, "/kk" in the next); not one after another number
    ("Size 10/M 29,99 €")."""
    last = _LAST_DIGIT.search(label)
    return _PER_SOMETHING.search((label[last.end():] if last else "") + after)


# The words just before an amount that make it a former price ("Was: $109.00", "Regular Price
# $68.00", "statt 42,50 €", "UVP", "通常価格："), in the languages shops write most. Themes print them
# as visible labels or as text for screen readers, where the struck style lives only in CSS.
_FORMER_BEFORE = re.compile(
    r"(?:^|(?<![^\W\d_]))(?:was|before|regular\s+price|reg\.|list\s+price|original\s+price|compare\s+at|rrp|msrp|uvp|statt|"
    r"vorher|bisher|prix\s+(?:barr[ée]|de\s+base|habituel|initial)|avant|antes|precio\s+(?:anterior|original)|prima|"
    # Spanish's "normal price", printed over the sale price by department stores in Peru and Chile (Ripley's
    # "Precio Normal:" over "Precio Internet:" and the store card's price).
    r"precio\s+normal|"
    r"invece\s+di|voorheen|ennen|tidligere|förut|przed|wcześniej|было|通常価格|定価|原价|原價|"
    # The price before, in words ("Prix précédent :", IKEA's; "Previous price"), and Romania's
    # recommended price ("PRP:", preț recomandat de producător).
    r"previous\s+price|prix\s+pr[ée]c[ée]dent|vorheriger\s+preis|prezzo\s+precedente|vorige\s+prijs|poprzednia\s+cena|"
    r"pre[tțţ]\s+(?:anterior|vechi)|prp|"
    # Turkish "market price" / "list price", Thai "normal price", Korean "list price" / "consumer price",
    # Vietnamese "original price", Indonesian "normal price", Arabic "the price before" / "instead of".
    r"piyasa\s+fiyat[ıi]|liste\s+fiyat[ıi]|ราคาปกติ|정가|소비자가|gi[áa]\s+g[ốo]c|harga\s+normal|السعر\s+قبل|بدلا\s+من|بدلاً\s+من|"
    # Hebrew's "regular price", "previous price" and "instead of" (Israeli shops print "מחיר רגיל:" over
    # "מחיר מבצע:", the sale price; "במקום 2,990 ₪").
    r"מחיר\s+רגיל|מחיר\s+קודם|במקום|"
    # Croatia's, Serbia's and Bosnia's retail price ("MPC:", maloprodajna cijena / cena: the shop's own
    # price before the sale, printed over "Akcijska cijena"), their and Macedonian's "regular" and "old
    # price" in Latin and Cyrillic ("Redovna cijena", "Stara cena", "Редовна цена:"), Spanish's "instead
    # of" (as Italian's "invece di": "29,90 € en lugar de 34,95 €"), Icelandic's "price before" ("Verð áður").
    r"mpc|redovna\s+cij?ena|stara\s+cij?ena|редовна\s+цена|стара\s+цена|en\s+lugar\s+de|ver[ðd]\s+[áa]ður|"
    # English's "retail price" written before an amount (Qoo10's "Retail Price" row over its "Sell Price"; "Retail
    # price $49.99, our price $39.99"): the price before the shop's own. In a class name "retail" stays the price
    # (`_STRUCK_CLASS`: OTTO's "retail-price"); a page that shows one amount so named still sells at it.
    r"retail\s+price|"
    # South Asia's "maximum retail price" ("MRP: Rs. 52,000", "M.R.P.: ₹52,000"), the price printed on the pack
    # that Indian, Nepali, Pakistani, Bangladeshi and Sri Lankan shops write over their own: a former price as
    # "rrp" is (a page that shows its MRP alone still sells at it).
    r"m\.?r\.?p\.?)"
    r"\s*[:：]?\s*$",
    re.I,
)
# "£42.00 – £45.00": a range of the variants' prices, no one product's price.
# The other end must be an amount (a sign, or decimals): "24,90 € -17%" is a price and its reduction.
_RANGE_AFTER = re.compile(r"^\s*[-–—]\s*(?:(?:[€$£¥]|[A-Z]{3}|R\$)\s*\d|\d[\d.,']*[.,]\d{2}(?![\d%]|\s*%))")
_RANGE_BEFORE = re.compile(
    r"(?:(?:[€$£¥]|[A-Z]{3}|R\$)\s*\d[\d.,']*|\d[\d.,']*[.,]\d{2}\s*(?:[€$£¥]|[A-Z]{3})?|\d[\d.,']*\s*(?:[€$£¥]|[A-Z]{3}))"
    r"\s*[-–—]\s*$")
# An amount written with decimals or a currency sign: where the words of the next amount begin.
_AMOUNT_IN_TEXT = re.compile(r"\d[\d.,']*[.,]\d{2}(?!\d)|[€$£¥]\s*\d[\d.,']*|\d[\d.,']*\s*(?:[€$£¥]|zł|kr|Kč|Ft|lei)")


def words_around(el, title_chain: set = frozenset()) -> tuple[str, str, str]:
    """The words just before and just after an amount, within the block that holds it and others
    ("Regular price <s>$120</s> Sale price $96", "10x de <span>R$ 24,99</span> sem juros"): from the
    element, or its nearest ancestor still holding only this number, to the amounts beside it; and
    the text before it with those amounts (a range's first end). The words before stop at the product's
    title or a heading: "Xbox Series X" or "Caffettiera Prima" beside a price are a name, not its words."""
    unit = el
    for parent in _ancestors(el, 3):
        if parent.tag in ("body", "html"):
            break
        text = _short_amount_text(parent)
        if text is None or len(_NUMBER_GROUP.findall(text)) != 1:
            break
        unit = parent
    parent = unit.getparent()
    if parent is None:
        return "", "", ""
    after, seen = [unit.tail or ""], False
    for sibling in parent:
        if sibling is unit:
            seen = True
        elif seen:
            if isinstance(sibling.tag, str) and sibling.tag not in ("script", "style", "template"):
                after.append(sibling.text_content())
            after.append(sibling.tail or "")
            if sum(map(len, after)) > 80:
                break
    # Before it, back to the nearest element holding a number: the words of another amount ("211,38 zł
    # netto" before "259,99 zł brutto") stay with it; a bare count stays ("10x de R$ 24,99").
    before, previous = [], ""
    for sibling in unit.itersiblings(preceding=True):
        before.append(sibling.tail or "")
        if not isinstance(sibling.tag, str) or sibling.tag in ("script", "style", "template"):
            continue
        if sibling in title_chain or sibling.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            break
        text = sibling.text_content()
        if any(map(str.isdigit, text)):
            if text.strip().isdigit() and len(text.strip()) <= 2:
                before.append(text)
            else:
                previous = text
            break
        before.append(text)
    else:
        before.append(parent.text or "")
    before_text = _clean_text(" ".join(reversed(before)))[-80:]
    after_text = _clean_text(" ".join(after))[:80]
    return _AMOUNT_IN_TEXT.split(before_text)[-1], after_text, _clean_text(previous + " " + before_text)


# Regions of a page that are not the product: their amounts are never its price.
_OUTSIDE_TAGS = {"nav", "header", "footer", "aside", "select", "option", "button", "script", "style", "noscript",
                 "template", "svg", "head", "textarea"}
_OUTSIDE_WORD = re.compile(
    r"related|recommend|similar|upsell|up-sell|cross-?sell|also|recent|viewed|accessor|"
    r"header|footer|minicart|mini-cart|cart-?drawer|navigation|menu|breadcrumb|newsletter|compare-?list",
    re.I,
)
_HEAD_WORD = re.compile(r"header", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
LOWEST_PRICE = "a lowest price of several ('from'), not one product's price"
# At most this many characters of text make one price element ("Now only €12,99 incl. VAT").
_MAX_TEXT = 48


@dataclass
class Candidate:
    """One amount the page shows, with what speaks for and against it being the price."""

    element: object
    amount: Decimal
    symbol: str | None
    text: str
    position: int
    struck: bool = False
    lowest: bool = False  # "From £5": the lowest of several prices
    named_only: bool = False  # struck by nothing but a class or id's name (no tag, style or words)
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)

    def add(self, points: float, reason: str) -> None:
        self.score += points
        self.reasons.append(f"{points:+.1f} {reason}")


@dataclass
class PriceReading:
    """The winner (or None), its was-price, and every candidate considered, best first."""

    chosen: Candidate | None
    regular: Candidate | None
    candidates: list[Candidate]
    left_out: list[tuple[str, str]]  # (text, why) of amounts that were not candidates


def _attrs(el) -> str:
    return " ".join((el.get("class", ""), el.get("id", ""), el.get("itemprop", ""), _page._test_hooks(el)))


_TWO_DIGITS = re.compile(r"\s*\d{2}\s*")
_ENDS_IN_DIGIT = re.compile(r"\d\s*$")


def _short_amount_text(el) -> str | None:
    """The element's whole text when it is short enough to be one price and holds a digit, else None."""
    if len(el) > 6:
        return None
    parts, size, digits = [], 0, False
    for piece in el.itertext():
        size += len(piece)
        if size > _MAX_TEXT * 3:
            return None
        parts.append(piece)
        # Most of a page's short texts hold no digit: they are left before being joined and cleaned.
        digits = digits or any(map(str.isdigit, piece))
    if not digits:
        return None
    if len(parts) > 1:
        # Cents set apart ("$229<sup>99</sup>"): two digits after a number are its decimals.
        joined = parts[0]
        for piece in parts[1:]:
            if _TWO_DIGITS.fullmatch(piece):
                joined += (_cents_mark(joined) if _ENDS_IN_DIGIT.search(joined) else " ") + piece.strip()
            else:
                joined += " " + piece
        text = _clean_text(joined)
    else:
        text = _clean_text(parts[0])
    text = _signs_as_written(text)
    return text.translate(_prices.ARABIC_MARKS) if text and len(text) <= _MAX_TEXT else None  # one table, prices'


# The euro sign written where the decimal mark goes: "449€99", "449<sup>€99</sup>" (joined "449 €99"),
# as French shops print prices (Cdiscount, Fnac, Darty, Boulanger, Conforama). A whole number, the
# sign and two digits with nothing after them that continues a number.
_SIGN_AS_MARK = re.compile(r"(?<![\d.,])(\d{1,3}(?:[\u00a0\u202f .]\d{3})+|\d+)[\u00a0\u202f ]?€(\d{2})(?![\d.,]|[\u00a0\u202f ]?\d)")


def _signs_as_written(text: str | None) -> str | None:
    """An amount's text with its currency sign written the common way (see the two rules below)."""
    if text and "€" in text:
        text = _sign_as_decimal_mark(text)
    if text and "$" in text:
        text = _country_dollar(text)
    return text


# A country's letters, a space, then "$": "US $18.27" (AliExpress, eBay), "AU $", "NZ $", "CA $", "HK $",
# "NT $", "MX $". Written with no space ("US$") each names one currency; with it the letters were read as
# a word and "$" alone could be seven currencies. Two letters at least: "A $5 fee" is no currency.
_COUNTRY_DOLLAR = re.compile(r"(?<![^\W\d_])(US|AU|NZ|CA|HK|NT|MX)[\u00a0\u202f ]+\$(?=\s*\d)")


def _country_dollar(text: str) -> str:
    """A country's dollar written with a space ("US $18.27") joined as its sign is written ("US$18.27")."""
    return _COUNTRY_DOLLAR.sub(lambda m: f"{m.group(1)}$", text)


def _sign_as_decimal_mark(text: str) -> str:
    """The amount written with the euro sign as its decimal mark, rewritten the common way ("449 €99"
    -> "449,99 €"): read as it stood, the whole euros and the cents were two numbers, and the page's
    price was left out as a sentence of two (its reference price won). Only "€" and only two digits
    right after it: "20 € 99 €" and "€99" alone keep their meaning."""
    return _SIGN_AS_MARK.sub(lambda m: f"{m.group(1)},{m.group(2)} €", text)


# A number that ends in a group of three digits after a mark: "1.299", "12,990", "1 299".
_GROUPED_END = re.compile(r"\d([.,\u00a0\u202f ])\d{3}\s*$")


def _cents_mark(number: str) -> str:
    """The mark that joins cents set apart to the number before them: "." unless the number is
    grouped in thousands by ".", where "," is the decimal mark ("1.299<sup>99</sup> Lei", eMAG's
    Romanian prices, is 1299.99; joined by "." it read as no number and the page's one price was
    lost to an instalment). The grouping mark the number itself shows says which mark it is not,
    whatever the shop's language."""
    grouped = _GROUPED_END.search(number)
    return "," if grouped is not None and grouped.group(1) == "." else "."


def _currency_beside_number(text: str, symbol: str) -> bool:
    """Whether the currency price-parser found is written as a word of its own next to the
    number ("£12", "12 zł"), not letters inside another word ("AUDI 100", "пр. 21"). An
    abbreviation keeps its period ("Rs. 499", "kr. 499", "Rp. 15.000") and a whole amount its
    dash ("499,- kr."), as shops write them."""
    symbol = symbol.strip()
    sign = re.escape(symbol)
    # Only a currency written in letters can be part of a word; "$" after Chinese text is still "$".
    alone = (r"(?<![^\W\d_])" if symbol[:1].isalpha() else "") + sign + (r"(?![^\W\d_])" if symbol[-1:].isalpha() else "")
    period = r"\.?" if symbol[-1:].isalpha() else ""
    return bool(re.search(rf"{alone}{period}\s*\d|\d[\d.,'\s\u00a0\u202f]*(?:[-\u2013\u2014]\s*)?{alone}", text))


# One number as written: digits with their marks, spaces around a mark ("14 , 00 €": cents
# set apart in the markup); a bare space goes on only to a group of three digits ("1 299,00"),
# as thousands are grouped: "$200 2 bids" holds two numbers, not 2002.
_NUMBER_GROUP = re.compile(
    r"\d[\d.,']*(?:(?:[\u00a0\u202f ]+\d{3}(?!\d)|[\u00a0\u202f ]*[.,'][\u00a0\u202f ]*\d)[\d.,']*)*"
)


def _region(node) -> tuple[bool, bool, bool, str | None, bool]:
    """What one element says of everything inside it: (the page's body or root, hidden,
    a link to another page, why it is not the product's region or None, whether that why is
    only its name's "header")."""
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in ("body", "html"):
        return True, False, False, None, False
    hidden = node.get("hidden") is not None or bool(_HIDDEN_STYLE.search(node.get("style", "")))
    href = node.get("href", "") if tag == "a" else ""
    link = bool(href) and not href.startswith(("#", "javascript"))
    if tag in _OUTSIDE_TAGS:
        outside = f"inside <{tag}>"
    elif tag == "label" and _form_label(node):
        # A form's label ("Blue (+£12.00)"); OXID's themes show the price itself in a <label> of no control.
        outside = "inside a form's <label>"
    elif _OUTSIDE_WORD.search(names := node.get("class", "") + " " + node.get("id", "")):
        outside = f"in a part named {(node.get('class') or node.get('id'))[:40]!r}"
        return False, hidden, link, outside, not _OUTSIDE_WORD.search(_HEAD_WORD.sub(" ", names))
    else:
        outside = None
    return False, hidden, link, outside, False


def _outside_reason(el, title_chain: set, regions: dict | None = None, headings: set = frozenset(),
                    buy_box: set = frozenset()) -> str | None:
    """Why an element is not in the product's part of the page, or None. A part that
    holds the product's title (`title_chain`: the title and its ancestors) is the product's.
    `regions` keeps what each element says (`_region`) for the next amount of the same page:
    the amounts of a page share most of their ancestors. A part named "header" among `headings`
    (the product block's elements after its title) is a heading's style, not the page's head. The parts
    in `buy_box` (`_buy_box`) are the product's too."""
    link = False
    for node in (el, *el.iterancestors()):
        facts = regions.get(node) if regions is not None else None
        if facts is None:
            facts = _region(node)
            if regions is not None:
                regions[node] = facts
        top, hidden, is_link, outside, head_only = facts
        if top:
            break
        if hidden:
            return "hidden"
        link = link or is_link
        if node in title_chain or node in buy_box:
            continue
        if outside and head_only and _heading_style(node, headings):
            continue
        if outside:
            return outside
    if link:
        return "a link to another page"
    return None


def _buy_box(buy) -> set:
    """The <aside> or <button> that is the product's buy button or holds it: the product's own, though such
    tags elsewhere are a sidebar's or a control's. Shops put the price, the buy form and stock in an
    <aside> beside the gallery (a Greek electronics shop's buy box), and Shopify's Hydrogen writes the
    price and the compare-at price inside the add-to-cart button ("Ajouter au panier · 39,99 $ 54,99 $")."""
    return {node for node in _chain(buy) if node.tag in ("aside", "button")}


def _heading_style(node, headings: set) -> bool:
    """Whether a part named "header" is a heading's style inside the product's block, after its title
    (Semantic UI's "ui header", which Sylius's default theme puts on the price and the original price:
    "<span class='ui huge header' id='product-price'>"), not the page's head, which comes before the
    product. Only inside the block that holds the title and the buy button: a cart drawer's or a
    modal's header elsewhere stays out."""
    return node in headings


_OUTSIDE_LINKS = etree.XPath(
    ".//text()[not(ancestor::a[@href and not(starts-with(@href, '#')) and not(starts-with(@href, 'javascript'))])]")


def _amount_in_a_link(el) -> str | None:
    """Why an element's amount is another page's: all of its digits are inside links to other pages it
    holds ("<div class='card'><a href='/card-holder'><h3>Card Holder</h3><p>£22.00</p></a></div>", a tile
    whose link sits inside it, Etsy's "more from this shop"). An amount inside a link is already left out;
    the element around the link, short enough to read as one amount, says the same. None otherwise."""
    if next(el.iterdescendants("a"), None) is None:
        return None
    if not el.xpath(_LINK_ELSEWHERE) or any(any(map(str.isdigit, t)) for t in _OUTSIDE_LINKS(el)):
        return None
    return "a link to another page (inside it)"


def _tile_of_another_product(el, title_chain: set, links: dict | None = None) -> bool:
    """In a tile of a list of products: an ancestor, not holding the product's title, that
    links to another page and repeats: three or more siblings of its tag and class link
    elsewhere too (two alike rows are as often a layout as a list). `links` keeps, per
    element, whether it links elsewhere, for the next amount of the same page."""
    def links_elsewhere(node) -> bool:
        if links is None:
            return bool(node.xpath(_LINK_ELSEWHERE))
        found = links.get(node)
        if found is None:
            found = links[node] = bool(node.xpath(_LINK_ELSEWHERE))
        return found

    for node in [el, *_ancestors(el, 5)]:
        if node in title_chain:
            return False
        parent = node.getparent()
        if parent is None or not links_elsewhere(node):
            continue
        alike = [s for s in parent if s.tag == node.tag and s.get("class") == node.get("class")]
        if len(alike) >= 3 and sum(1 for s in alike if links_elsewhere(s)) >= 3:
            return True
    return False


def product_tiles(tree) -> bool:
    """Whether the page shows a list of products: three or more alike siblings that each
    link elsewhere and show an image."""
    for parent in tree.iter():
        if not isinstance(parent.tag, str) or len(parent) < 3:
            continue
        kinds: dict[tuple, int] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.xpath(_LINK_ELSEWHERE) and child.xpath(".//img"):
                kind = (child.tag, child.get("class"))
                kinds[kind] = kinds.get(kind, 0) + 1
                if kinds[kind] >= 3:
                    return True
    return False


_LINK_ELSEWHERE = ".//a[@href and not(starts-with(@href, '#')) and not(starts-with(@href, 'javascript'))]"


def _common_depth(a, b_chain: set, limit: int) -> int | None:
    """How many levels above `a` its lowest common ancestor with b is (None beyond `limit`);
    `b_chain` is b and its ancestors."""
    for depth, node in enumerate([a, *_ancestors(a, limit)]):
        if node in b_chain:
            return depth
    return None


def _chain(el) -> set:
    return {el, *el.iterancestors()} if el is not None else set()


def product_block(title, buy):
    """The smallest part of the page holding the product's title and its buy button
    (else a few levels around the title)."""
    if title is None:
        return None
    if buy is not None:
        buy_chain = _chain(buy)
        for node in title.iterancestors():
            if node in buy_chain:
                if node.tag not in ("body", "html"):
                    return node
                break
    block = title
    for node in _ancestors(title, 4):
        if node.tag == "html" or len(_clean_text(node.text_content())) > 4000:
            break
        block = node  # the body itself on a small page
        if node.tag == "body":
            break
    return block


def _without_products_block(names: str, title_chain: set) -> str:
    """An element's class and id names without the name of the block that holds the product's title, where a
    name is that block's part ("prodCart__prices-new": BEM's block, then "__" or "--"): the words of the block's
    own name say what the block is, not what this amount is. Kontakt Home names its product's block
    "prodCart" (a product card), and "cart" inside it made every amount there a cart's, so the monthly
    payment was left as the price. A block that does not hold the title (a cart drawer, "sideCart__total")
    keeps its name."""
    if not title_chain or not names.strip():
        return names
    blocks = {name for node in title_chain if isinstance(node.tag, str) for name in (node.get("class") or "").split()}
    kept = []
    for name in names.split():
        block = re.split(r"__|--", name, maxsplit=1)[0]
        kept.append(name[len(block):] if block in blocks else name)
    return " ".join(kept)


def read_price(tree, title, buy, order: dict, decimal_separator: str | None = None) -> PriceReading:
    """Score every amount the page shows; see the module docstring for the rules."""
    block = product_block(title, buy)
    in_block = set(block.iter()) if block is not None else set()
    title_pos = order.get(title) if title is not None else None
    title_chain, buy_chain = _chain(title), _chain(buy)
    buy_box = _buy_box(buy)
    candidates: list[Candidate] = []
    left_out: list[tuple[str, str]] = []
    taken: dict[object, Candidate] = {}
    range_lows: set[Decimal] = set()
    from_attributes: list[Candidate] = []
    reductions: list[tuple[int, Decimal]] = []
    shown_amounts: list[tuple[int, Decimal]] = []
    per_units: list[Candidate] = []
    regions: dict = {}
    links: dict = {}
    headings = {node for node in in_block if title_pos is not None and order.get(node, -1) > title_pos}
    css_struck = _page.css_struck_elements(tree)
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _OUTSIDE_TAGS:
            continue
        text = _short_amount_text(el)
        if text is not None and len(el) and _holds_controls(el):
            text = _signs_as_written(_text_outside_controls(el))
        if text is not None and "%" in text and (share := _reduction_shown(text)) is not None:
            reductions.append((order.get(el, 0), share))
        from_attribute = False
        in_json = None
        if text is None:
            value = el.get("content") if "price" in el.get("itemprop", "") else None
            value = value or el.get("data-price") or el.get("data-price-amount") or el.get("data-product-price")
            if not value and (in_json := _attribute_json_price(el)) is not None:
                value = str(in_json[0])
            if not value or not any(map(str.isdigit, value)):
                continue
            text, from_attribute = value, True
        amount, symbol = parse_price_text(text, decimal_separator)
        if in_json is not None:
            amount, symbol = in_json[0], in_json[2]  # a JSON number has one decimal mark, whatever the shop's
        if amount is None or amount <= 0:
            continue
        # Attributes are read only for an element that holds an amount: most of a page holds none.
        attrs = _attrs(el)
        named = bool(PRICE_WORD.search(attrs)) or from_attribute
        parent = el.getparent()
        named_above = named or any(PRICE_WORD.search(_attrs(a)) for a in _ancestors(el, 2))
        if symbol and not _currency_beside_number(text, symbol):
            symbol = None
        struck_tag = el.tag in _STRUCK_TAGS
        if symbol is None and not named_above and not struck_tag:
            continue  # a bare number with nothing saying it is money
        piece_before = None
        if len(_NUMBER_GROUP.findall(text)) > 1 and not from_attribute:
            outside = _outside_brackets(text, decimal_separator) or _outside_sizes(text, decimal_separator)
            if outside is not None:
                text, amount, symbol = outside
        if len(_NUMBER_GROUP.findall(text)) > 1 and not from_attribute:
            piece = _own_piece(el, decimal_separator) if named else None
            if piece is None:
                left_out.append((text, "more than one number: a sentence or two prices, read through its parts"))
                if (low := _range_low(text, decimal_separator)) is not None:
                    range_lows.add(low)
                continue
            text, amount, symbol, piece_before = piece
        why = _outside_reason(el, title_chain, regions, headings, buy_box) or (
            "in a tile of a list of products" if _tile_of_another_product(el, title_chain, links) else None
        ) or _amount_in_a_link(el)
        if why:
            left_out.append((text, why))
            continue
        label = text
        if parent is not None and piece_before is None:
            parent_text = _short_amount_text(parent)
            # The parent is this amount's label ("Shipping: £3") only when it holds no other number.
            if parent_text and len(parent_text) <= _MAX_TEXT * 2 and len(_NUMBER_GROUP.findall(parent_text)) == 1:
                label = parent_text
        if piece_before is not None:
            before, after, before_all = piece_before, "", piece_before
        else:
            before, after, before_all = words_around(el, title_chain) if not from_attribute else ("", "", "")
        # The label's own words before its number count as words before the amount ("Was: $109.00").
        own_before = (before + " " + _NUMBER_GROUP.split(label, maxsplit=1)[0]).strip()
        own_before = _without_sign(own_before)
        members = _members_price(el, own_before + " " + label)
        other = (_OTHER_AMOUNT_TEXT.search(_without_free_shipping(_without_sizes(label)))
                 or _OTHER_AMOUNT_WORD.search(_PRICE_WITH_DISCOUNT.sub(
                     " ", _without_products_block(el.get("class", "") + " " + el.get("id", ""), title_chain)))
                 or _OTHER_BEFORE.search(own_before) or _MULTIBUY_BEFORE.search(own_before)
                 or members
                 or _OTHER_AFTER.search(_AMOUNT_IN_TEXT.split(after)[0])
                 or _LOWEST_OF_DAYS.search(own_before))
        per = None if other else _per_something(label, _AMOUNT_IN_TEXT.split(after)[0])
        # The amounts a saving may be read from (`_strike_by_saving`): those shown as a price, or said to be a
        # saving; not one the page says is a tax, a net price, a deposit or shipping, which add to a price
        # as a saving subtracts ("Netto 378,14 €" + "MwSt. 71,85 €" = "449,99 €"; "6,49 €" + "3,30 € Pfand").
        if not from_attribute and (not other or _SAVING_WORD.search(other.group(0))):
            shown_amounts.append((order.get(el, 0), amount))
        if other and not (from_attribute and "price" == el.get("itemprop")):
            left_out.append((text, f"{MEMBERS_PRICE if other is members else 'says it is another amount'} "
                                   f"({other.group(0).strip()!r})"))
            continue
        ranged = bool(_RANGE_BEFORE.search(before_all) or _RANGE_AFTER.search(after))
        former = bool(_FORMER_BEFORE.search(own_before))
        drawn, named_former = _strike_marks(el, css_struck)
        struck_by = struck_tag or former or drawn or named_former
        candidate = Candidate(el, amount, symbol, text, order.get(el, 0), struck=struck_by,
                              lowest=says_lowest(text) or says_lowest(label) or ranged,
                              named_only=named_former and not (drawn or struck_tag or former))
        if per is not None:
            candidate.reasons.append(f"an amount per something ({per.group(0).strip()!r}): the price only where no other is")
        if former:
            candidate.reasons.append(f"a former price by the words before it ({own_before[-30:]!r})")
        if ranged:
            candidate.reasons.append("one end of a range of prices")
        _score(candidate, el, named, named_above, from_attribute, title_chain, title_pos, buy_chain, block, in_block)
        if per is not None:
            # An amount per something ("19,79 €/kk", "$10/wk") loses to any amount the page shows as its
            # price, and is the price when the page shows no other: no word list holds every unit a shop
            # sells by ("8,99 zł/szt.", "Kč/ks", "€/kpl", "lei/buc.": a price per piece; review R3 of the
            # eighteenth session), while a part payment always stands beside the price it divides. Read as
            # any amount is (its former-price words, a range, a "from"), it waits apart from the others.
            per_units.append(candidate)
            left_out.append((text, f"says it is another amount ({per.group(0).strip()!r}), unless the page shows no other"))
            continue
        candidates.append(candidate)
        taken[el] = candidate
        if from_attribute:
            from_attributes.append(candidate)
        if in_json is not None and in_json[1] is not None and in_json[1] > amount:
            former_price = Candidate(el, in_json[1], symbol, str(in_json[1]), candidate.position, struck=True)
            former_price.reasons.append("the former price the same attribute's JSON gives")
            _score(former_price, el, named, named_above, from_attribute, title_chain, title_pos, buy_chain, block, in_block)
            candidates.append(former_price)
    # An element inside a candidate adds nothing when it is the same amount ("12,49" in "€ 12,49") or a
    # piece of it without a currency ("329" of "R$ <span>329</span>,<span>90</span>"; "$35" in "$35 938
    # tickets" stays: the outer text reads two numbers as one). What it says
    # of the same amount counts: struck ("<li><span style='text-decoration: line-through'>£122.00</span>
    # </li>"), or shown prominently ("<li><h2>£98.00</h2></li>"), the outer one is too.
    kept = []
    # Innermost first, so what an inner amount says reaches the outermost one kept through every level
    # between (a strike on the <strong> inside the <span> inside the row's cell, Cafe24's).
    for c in reversed(candidates):
        outer = next((taken[a] for a in _ancestors(c.element, 3) if taken.get(a) is not None), None)
        if outer is None:
            kept.append(c)
            continue
        if outer.amount != c.amount:
            if c.symbol is None:
                continue
            kept.append(c)
            continue
        if c.struck:
            outer.named_only = c.named_only and (outer.named_only or not outer.struck)
        outer.struck = outer.struck or c.struck
        # The sign the inner text shows is the outer amount's when the outer one has none: an amount read
        # from an attribute ('<data value="449.90">449,90 €</data>', `data-price` on the price's block).
        outer.symbol = outer.symbol or c.symbol
        if c.score > outer.score:
            outer.reasons.append(f"{c.score - outer.score:+.1f} as its part {c.text!r} scores")
            outer.score = c.score
    candidates = kept[::-1]
    if per_units and not any(not c.struck for c in candidates):
        candidates = candidates + per_units
    for c in from_attributes:
        # An amount only an attribute holds ("data-product-price" on BigCommerce's product block) that is the
        # low end of a range the page shows ("$24.99 - $34.99") is that range's low end, not one price.
        if c.amount in range_lows and not c.lowest:
            c.lowest = True
            c.reasons.append("the low end of a range the page shows")
    if reductions:
        _strike_by_reduction(candidates, reductions)
    _strike_by_saving(candidates, shown_amounts)
    _price_named_former(candidates)
    current = [c for c in candidates if not c.struck]
    struck = [c for c in candidates if c.struck]
    ranked = sorted(current, key=lambda c: (-c.score, abs(c.position - (title_pos or 0))))
    chosen = ranked[0] if ranked else None
    best_struck = max(struck, key=lambda c: c.score) if struck else None
    if best_struck is not None and (chosen is None or best_struck.score > chosen.score) and not any(
        _near(best_struck, c) for c in current
    ):
        # A former price needs a current one beside it; alone, it is the price (themes that style the one price so).
        chosen = best_struck
        chosen.reasons.append("styled as a former price, but no current price beside it")
    if chosen is not None and chosen.lowest:
        # "From £5" is the product's own price: the lowest of several, no one product's price (as a file
        # import holds). No other amount stands in for it: beside it are the dearer variants or the was-price.
        left_out.append((chosen.text, LOWEST_PRICE))
        chosen = None
    regular = _was_price(chosen, struck, current) if chosen is not None else None
    ranked_all = sorted(candidates, key=lambda c: -c.score)
    return PriceReading(chosen, regular, ranked_all, left_out)


# A reduction shown as a badge: "-41%", "44% off", "18%", "Risparmia 20%", "−44%", "%19" (Turkish writes the sign first).
_REDUCTION = re.compile(r"(?<![\d.,])[-−–]?\s*(\d{1,2}(?:[.,]\d)?)\s*%|%\s*(\d{1,2})(?![\d.,])")


def _reduction_shown(text: str) -> Decimal | None:
    """The percentage of a short text that is a reduction's badge and nothing else with a number, or None."""
    if len(text) > 24 or len(_NUMBER_GROUP.findall(text)) != 1:
        return None
    match = _REDUCTION.search(text)
    return Decimal((match.group(1) or match.group(2)).replace(",", ".")) if match else None


def _strike_by_reduction(candidates: list[Candidate], reductions: list[tuple[int, Decimal]]) -> None:
    """Two amounts shown together beside a reduction's badge that they bear out ("Rp459.000", "18%",
    "Rp559.000": 459,000 is 18% below 559,000): the higher is the former price, though only the page's
    CSS strikes it. Marketplaces name their elements by hashed classes (Shopee, Flipkart) or by names
    of their own (Lazada's "deleted", Coupang's "origin"), so no class word reaches them; the badge's
    arithmetic is the page's own statement of which amount was before, in any language or markup. A
    badge rounds or truncates its figure, so within one point. The badge stands by the higher amount,
    a few elements from it and no farther from it than from the lower (between the two, it is the
    reduction from one to the other): one that stands by the lower says what that
    one saves on the other, a way of paying ("R$ 1.099,00 à vista (8% de desconto)", "Havale/EFT ile
    1.234,91 TL (%5 indirimli)") or a quantity ("Buy 3 for £57.60 each and save 10%"), and the higher is
    still the price."""
    current = [c for c in candidates if not c.struck and not c.lowest]
    reductions = _reductions_left(reductions, candidates, current)
    for low in current:
        for high in current:
            if high.struck or high.amount <= low.amount or not _near(low, high):
                continue
            share = (high.amount - low.amount) * 100 / high.amount
            shown = next((p for position, p in reductions if abs(share - p) < 1
                          and abs(position - high.position) <= min(abs(position - low.position), 8)), None)
            if shown is not None:
                high.struck = True
                high.reasons.append(f"a former price: the reduction shown beside it ({shown}%) is the one to {low.text!r}")


def _price_named_former(candidates: list[Candidate]) -> None:
    """An amount former by its name alone ("js-original_price", Alkosto's id for its price; "original" is
    also the price before a card's discount in Latin American shops) beside a higher amount the page states
    is former (its words, "Antes $2.299.900", or a strike), with no lower amount beside it that it could be
    the former price of: the page shows one former price per price, and the words a person reads outrank
    the name a shop gives an element, so the named one is the price. A lower amount beside it (the price
    beside an RRP and a former price) keeps it former."""
    for low in candidates:
        if not (low.struck and low.named_only) or low.lowest:
            continue
        stated = next((c for c in candidates if c.struck and not c.named_only and c.amount > low.amount
                       and _near(low, c)), None)
        # Beside it as seen from it: its own small container, not one far up the page that holds both.
        if stated is None or any(not c.struck and not c.lowest and c.amount < low.amount and _near(low, c)
                                 for c in candidates):
            continue
        low.struck = False
        low.reasons.append(f"named a former price, but beside a former price the page states ({stated.text!r}) "
                           f"and no lower price: the price")


def _reduction_between(reductions: list[tuple[int, Decimal]], low: Candidate, high: Candidate):
    share = (high.amount - low.amount) * 100 / high.amount
    return next(((position, p) for position, p in reductions if abs(share - p) < 1
                 and abs(position - high.position) <= min(abs(position - low.position), 8)), None)


def _reductions_left(reductions: list[tuple[int, Decimal]], candidates: list[Candidate],
                     current: list[Candidate]) -> list[tuple[int, Decimal]]:
    """The badges not already borne out by a former price the page shows and a price beside it: "-21 %"
    by "189 990 Ft" (named former) and "149 990 Ft" says nothing more, though the price without Hungary's
    27% VAT below ("118 102 Ft") is 21% less again. One badge states one reduction."""
    used = set()
    for high in candidates:
        if not high.struck or high.lowest:
            continue
        for low in current:
            if low.amount < high.amount and _near(low, high) and (found := _reduction_between(reductions, low, high)):
                used.add(found)
    return [r for r in reductions if r not in used]


# What a page calls the amount a buyer saves, in the words `_OTHER_AMOUNT_TEXT` and its kin leave out as another
# amount: such an amount is still the page's statement of a difference (`_strike_by_saving`).
# A class named "discount" on an amount is the money taken off (a Greek shop's "price-box__discount": "Κέρδος
# 100,00 €"), as "saving" is.
_SAVING_WORD = re.compile(r"sav(?:e|ing)|spar|économis|ahorr|rispar|poup|discount", re.IGNORECASE)


def _strike_by_saving(candidates: list[Candidate], shown: list[tuple[int, Decimal]]) -> None:
    """Two amounts shown together beside a third that is their difference to the cent ("Ovh. 599,00 €",
    "449,90 €", "Säästä 149,10 €"): the third is what the buyer saves, and the higher of the two is the
    former price, whatever word the shop labels it with ("Ovh.", "Stara cena", "Įprasta kaina", "Antes")
    and however its CSS strikes it. Shops print the saving beside a reduction in every language (you save,
    Säästä, Ušteda, Ahorras, Poupe, Spara, وفر); the arithmetic is the page's own statement of which amount
    was before, as a reduction's badge is (`_strike_by_reduction`). The three stand within a few elements of
    each other: of three amounts one of which is the sum of the other two, any two are a pair whose
    difference is shown, so one far from the pair it completes (a gift card's amount in the description)
    says nothing of them."""
    current = [c for c in candidates if not c.struck and not c.lowest]
    where: dict[Decimal, list[int]] = {}
    for position, amount in shown:
        where.setdefault(amount, []).append(position)
    for low in current:
        for high in current:
            if high.struck or high.amount <= low.amount:
                continue
            positions = where.get(high.amount - low.amount)
            if not positions or not any(position not in (low.position, high.position)
                                        and max(abs(position - low.position), abs(position - high.position)) <= 8
                                        for position in positions) or not _near(low, high):
                continue
            saving = high.amount - low.amount
            high.struck = True
            high.reasons.append(f"a former price: the saving shown beside it ({saving}) is the difference to {low.text!r}")


# The keys of a price and of its former price in the JSON a front end keeps in a data- attribute of the element
# it renders the price into ("data-price-json", Shopware's store API as headless fronts pass it on).
_JSON_PRICE_KEYS = ("unitPrice", "price", "finalPrice", "salePrice", "totalPrice")
_JSON_FORMER_KEYS = ("listPrice", "regularPrice", "oldPrice", "originalPrice", "compareAtPrice", "wasPrice")


def _json_amount(value) -> Decimal | None:
    """A price as a JSON value: a number with a decimal part or a string of one, or an object holding one
    ({"price": 169.9}, {"gross": 129.9}). A whole number is left: it may be in cents (Shopify's JSON) or not."""
    if isinstance(value, dict):
        value = next((value[k] for k in ("price", "gross", "amount", "value") if k in value), None)
    if isinstance(value, bool) or not isinstance(value, (float, str)):
        return None
    try:
        amount = Decimal(str(value).strip())
    except ArithmeticError:
        return None
    return amount if amount.is_finite() and amount > 0 else None


def _attribute_json_price(el):
    """(price, former price or None, currency code or None) from a JSON object in a data- attribute of an
    element named a price whose text shows none: the page's script renders the price into it in the
    browser, so the served page holds it only there. None otherwise."""
    for key, value in el.items():
        if not (value[:1] == "{" and key.startswith("data-") and len(value) < 4000):
            continue
        if not PRICE_WORD.search(_attrs(el)):
            return None
        try:
            document = json.loads(value)
        except ValueError:
            continue
        if not isinstance(document, dict):
            continue
        price = next((a for a in (_json_amount(document.get(k)) for k in _JSON_PRICE_KEYS) if a is not None), None)
        if price is None:
            continue
        former = next((a for a in (_json_amount(document.get(k)) for k in _JSON_FORMER_KEYS) if a is not None), None)
        currency = document.get("currency") if isinstance(document.get("currency"), str) else None
        return price, former, currency if currency and sign_currencies(currency) else None
    return None


# Controls and scripts inside an element: their text is an option's or a button's ("Gift wrap +330円" in a
# list of options beside the price), never the element's own amount.
_CONTROL_TAGS = ("select", "option", "button", "textarea", "script", "style", "template")
_OUTSIDE_CONTROLS = etree.XPath(
    ".//text()[not(ancestor::select or ancestor::option or ancestor::button or ancestor::textarea or ancestor::script"
    " or ancestor::style or ancestor::template"
    " or ancestor::label[@for or .//input or .//select or .//textarea])]")


def _form_label(node) -> bool:
    """A <label> of a form's control (its `for`, or the control inside it): the control's text, an option's
    ("Blue (+£12.00)"); OXID's themes show the price itself in a <label> of no control."""
    return bool(node.get("for")) or next(node.iter("input", "select", "textarea"), None) is not None


def _labels_are_controls(el) -> bool:
    """Whether an element holds a form's label: its text is a control's, as an option's is. A fieldset of
    variant buttons ("Unstitched", "Stitched - M (+Rs.2,100)", Shopify's Impulse) holds no amount of its
    own, though the labels' one amount is the only number in its text."""
    return any(_form_label(label) for label in el.iterdescendants("label"))


def _holds_controls(el) -> bool:
    """Whether an element holds controls or scripts whose text is not its own (`_text_outside_controls`)."""
    return next(el.iterdescendants(*_CONTROL_TAGS), None) is not None or _labels_are_controls(el)


def _text_outside_controls(el) -> str | None:
    """The element's text without its controls' and scripts' (a form's labels among them), when it is still
    short and holds a digit."""
    text = _clean_text(" ".join(_OUTSIDE_CONTROLS(el) if _labels_are_controls(el) else _OUTSIDE_CONTROLS_ONLY(el)))
    return text if text and len(text) <= _MAX_TEXT and any(map(str.isdigit, text)) else None


_OUTSIDE_CONTROLS_ONLY = etree.XPath(
    ".//text()[not(ancestor::select or ancestor::option or ancestor::button or ancestor::textarea or ancestor::script"
    " or ancestor::style or ancestor::template)]")


# A note after the amount that shipping is free or included ("12,980円 (税込) 送料無料", "$24.99 Free
# shipping"): the price needs nothing added, the amount is not a shipping cost. Before the amount, or
# with a threshold ("Free shipping on orders over $35", "5,980円以上で送料無料"), it is what it says.
_FREE_SHIPPING = re.compile(
    r"送料無料|送料込み?|free\s+(?:shipping|delivery|postage)|(?:shipping|delivery|postage)\s+(?:is\s+)?free|"
    r"frete\s+gr[áa]tis|env[íi]o\s+gratis|kostenlose[rn]?\s+versand|versandkostenfrei|livraison\s+(?:gratuite|offerte)|"
    r"spedizione\s+gratuita|gratis\s+verzending|darmowa\s+dostawa|무료\s*배송|免運費?|包邮",
    re.I,
)
_THRESHOLD = re.compile(r"以上|이상|起|\b(?:over|above|from|ab|dès|partir|acima|od|powyżej|vanaf|oltre|desde|min)\b", re.I)


def _without_free_shipping(label: str) -> str:
    """The label without a note after its amount that shipping is free or included."""
    note = _FREE_SHIPPING.search(label)
    if note is None:
        return label
    number = _NUMBER_GROUP.search(label)
    if number is None or note.start() < number.end() or _THRESHOLD.search(label):
        return label
    return label[:note.start()] + label[note.end():]


_RANGE_TEXT = re.compile(r"(.*?\d.*?)\s+[-–—]\s+(.*\d.*)")


def _range_low(text: str, decimal_separator: str | None) -> Decimal | None:
    """The low end of a text that is a range of two amounts ("$24.99 - $34.99", "MSRP: $39.99 - $44.99"), or None."""
    match = _RANGE_TEXT.fullmatch(text)
    if match is None or len(_NUMBER_GROUP.findall(text)) != 2:
        return None
    (low, sign), (high, _) = parse_price_text(match.group(1), decimal_separator), parse_price_text(match.group(2), decimal_separator)
    return low if low is not None and high is not None and sign and low < high else None


def _without_sign(text: str) -> str:
    """The words before an amount without the currency written before it ("Was: $", "通常価格： ￥", "EUR",
    "Harga normal Rp": a sign in letters, as the money tables know it)."""
    text = _without_lettered_sign(re.sub(r"(?:[A-Z]{3}|R\$)\s*$", "", text.rstrip()))
    while text and unicodedata.category(text[-1]) == "Sc":
        text = text[:-1].rstrip()
    words = text.rsplit(None, 1)
    if len(words) == 2 and len(words[1]) <= 4 and sign_currencies(words[1]):
        text = words[0]
    return text.strip()


def _without_lettered_sign(text: str) -> str:
    """The words before an amount without a sign of letters and a symbol ending them: a dollar written
    with its country's letters ("Aprox. US$", "NZ$") goes whole, where taking the "$" alone leaves "US"."""
    words = text.rsplit(None, 1)
    if words and len(words[-1]) <= 4 and unicodedata.category(words[-1][-1]) == "Sc" and sign_currencies(words[-1]):
        return words[0] if len(words) == 2 else ""
    return text


# A bracket holding only a share ("8 000 Ft (15%)", "29,99 € (-25%)"): the amount's share of a price, no amount.
_SHARE_ALONE = re.compile(r"[(（]\s*[-−–]?\s*\d{1,2}(?:[.,]\d)?\s*%\s*[)）]")
_BRACKETED_NUMBER = re.compile(r"[(（][^()（）]*\d[^()（）]*[)）]")
# The tax share inside a price, as Japanese shops write it: "2,640円(税240円)" (not "税込2,640円", the price with tax).
_TAX_SHARE = re.compile(r"税\s*[\d,]+\s*円")


# A size the page names beside an amount, in a size selector's words: "Größe S/M", "size 8 (M)", "Taille 38/40",
# "EU 42". Its number or letters say which garment, not what it costs: the amount beside it is still one.
# The size's number is a whole one (a half for shoes), never an amount's decimals ("Größe 29,99 €" has none).
_SIZE_VALUE = r"(?:\d{1,3}(?:[.,]5)?(?![\d.,]*\d)|[2-5]?X{0,3}[SML]|XXS|XS|XL|XXL|XXXL|ONE\s+SIZE)(?![^\W\d_])"
_SIZE_SHOWN = re.compile(
    r"(?:(?<![^\W\d_])(?:size|sz\.?|gr(?:ö|oe?)(?:ss|ß)e|gr\.|taille|talla|tama[ñn]o|taglia|misura|maat|rozmiar|velikost|"
    r"ve[lľ]kos[tť]|m[ée]ret|storlek|st[øo]rrelse|koko|beden|m[ăa]rime|tamanho|размер|розмір|μέγεθος|サイズ|尺[码碼]|사이즈|"
    r"מידה|مقاس)\s*:?\s*|(?<![^\W\d_])(?:EU|US|UK)\s+(?=\d))"
    + _SIZE_VALUE + r"(?:\s*[/\-–]\s*" + _SIZE_VALUE + r"|\s*\(\s*" + _SIZE_VALUE + r"\s*\))*",
    re.I,
)


def _without_sizes(text: str) -> str:
    """The text with the sizes it names taken out ("Größe S/M 29,99 €" -> " 29,99 €")."""
    return _SIZE_SHOWN.sub(" ", text)


def _outside_sizes(text: str, decimal_separator: str | None):
    """The amount of a text whose other numbers are sizes it names ("size 8 (M) $24.99"): (text, amount,
    currency), or None where more than one number is left or the one left has no currency beside it."""
    outside = _clean_text(_without_sizes(text))
    if outside == text or len(_NUMBER_GROUP.findall(outside)) != 1:
        return None
    amount, symbol = parse_price_text(outside, decimal_separator)
    if amount is None or amount <= 0 or not symbol or not _currency_beside_number(outside, symbol):
        return None
    return outside, amount, symbol


def _outside_brackets(text: str, decimal_separator: str | None):
    """The amount of a text whose other numbers are all in brackets after it that say what other kind
    of amount they are: "2,640円(税240円)" (the tax share in it, as Japanese shops write it), "£64.00
    (£53.33 ex VAT)", "$19.99 ($0.50/oz)". A bracket that says nothing of its amount may hold the
    price itself ("£53.33 (£64.00 inc VAT)", "2,400円(税込2,640円)": the price with tax after the one
    without), so such a text stays left out. (text, amount, currency), or None."""
    brackets = _BRACKETED_NUMBER.findall(text)
    if not brackets or not all(_OTHER_AMOUNT_TEXT.search(b) or _TAX_SHARE.search(b) or _SHARE_ALONE.fullmatch(b)
                               for b in brackets):
        return None
    outside = _clean_text(_BRACKETED_NUMBER.sub(" ", text))
    if len(_NUMBER_GROUP.findall(outside)) != 1 or _OTHER_AMOUNT_TEXT.search(outside):
        return None
    amount, symbol = parse_price_text(outside, decimal_separator)
    if amount is None or amount <= 0 or not symbol or not _currency_beside_number(outside, symbol):
        return None
    return outside, amount, symbol


def _own_piece(el, decimal_separator: str | None):
    """An amount written as the element's own text beside its children ("<div class='product-price'>
    <span>Sale Price:</span>$38.00 <span class='original-price'>$48.00</span></div>", Squarespace):
    (its text, amount, currency, the words of the child before it), the first such piece holding one
    number and a currency; None when there is none."""
    pieces = [(el.text, "")] + [(child.tail, child.text_content() if isinstance(child.tag, str) else "") for child in el]
    for piece, before in pieces:
        text = _clean_text(piece or "")
        if not text or len(text) > _MAX_TEXT or not any(map(str.isdigit, text)) or len(_NUMBER_GROUP.findall(text)) != 1:
            continue
        amount, symbol = parse_price_text(text, decimal_separator)
        if amount is not None and amount > 0 and symbol and _currency_beside_number(text, symbol):
            return text, amount, symbol, "" if any(map(str.isdigit, before)) else _clean_text(before)
    return None


def _score(c: Candidate, el, named: bool, named_above: bool, from_attribute: bool,
           title_chain: set, title_pos, buy_chain: set, block, in_block: set) -> None:
    if c.symbol:
        c.add(2, f"currency written ({c.symbol.strip()})")
    if "price" in el.get("itemprop", ""):
        c.add(3, "itemprop=price")
    elif named:
        c.add(2, "named a price")
    elif named_above:
        c.add(1, "inside an element named a price")
    if from_attribute:
        c.add(-1, "read from an attribute, not shown")
    if block is not None:
        if el in in_block:
            c.add(3, "in the product's block (title and buy button)")
    if title_pos is not None:
        distance = c.position - title_pos
        if distance < 0:
            c.add(-1, "before the product's title")
        else:
            c.add(-min(distance / 150, 3), f"{distance} elements after the title")  # a screen or two away is far
    if buy_chain and _common_depth(el, buy_chain, 4) is not None:
        c.add(1, "beside the buy button")
    cls = el.get("class", "") + " " + el.get("id", "")
    if el.tag in ("h2", "h3", "h4", "strong", "b") or _PROMINENT_WORD.search(cls):
        c.add(1, "shown prominently")
    if el.tag == "small" or _SMALL_WORD.search(cls):
        c.add(-1, "small print")


def _near(a: Candidate, b: Candidate) -> bool:
    """Two amounts shown together: in the same small container, a few elements apart, or in rows of one
    short table (a theme's table of the product's facts: "판매가 <strike>49,000원</strike>" and "할인판매가
    39,200원" two rows apart, Cafe24's; a price row between them holds a dozen elements)."""
    return (abs(a.position - b.position) <= 8 or _common_depth(a.element, _chain(b.element), 3) is not None
            or _table_of(a.element) is _table_of(b.element) is not None)


def _table_of(el):
    """The short table (at most a dozen rows) whose row holds the element, or None."""
    row = next((node for node in [el, *_ancestors(el, 4)] if node.tag == "tr"), None)
    table = next((node for node in _ancestors(row, 3) if node.tag == "table"), None) if row is not None else None
    return table if table is not None and len(table.xpath("./tr|./*/tr")) <= 12 else None


# The price a product normally sells at, by the names themes give it: PrestaShop's "regular-price",
# Zen Cart's "normalprice", Shoptet's "price-standard" (each struck by CSS only); only the forms seen on
# pages ("standard price" beside a member's price is what a loyalty shop charges everyone else).
_REGULAR_WORD = re.compile(r"regular|normalprice|price-standard", re.I)


def _in_another_currency(amount: Candidate, price: Candidate) -> bool:
    """Whether an amount is written in a currency the price is not: signs that can mean no currency in common
    ("(349,99 лв.)" beside "127,82 €"). A page that prices in two currencies (Bulgaria's euro with the leva
    beside it through the change, as Croatia's kuna was; a shop that shows a converted price) shows the
    former price in both, and the price's former price is the one in its currency; a sign that names no
    currency known says nothing."""
    if not amount.symbol or not price.symbol:
        return False
    theirs, ours = sign_currencies(amount.symbol), sign_currencies(price.symbol)
    return bool(theirs) and bool(ours) and not theirs & ours


def _was_price(chosen: Candidate, struck: list[Candidate], others: list[Candidate] = ()) -> Candidate | None:
    """A struck amount beside the chosen one and higher than it; else one beside it, higher, in an element
    named "regular" (PrestaShop's "regular-price", struck by its CSS): beside another amount shown as the
    price, the regular price is the former one. "Beside it" counts beside any showing of the same amount:
    pages show the price twice (a buy box, a sticky bar, a marketplace's centre column and its offer box),
    and the former price stands by one of them."""
    regular = [c for c in others
               if _REGULAR_WORD.search(" ".join(_attrs(a) for a in (c.element, *_ancestors(c.element, 2))))]
    shown = [chosen] + [c for c in others if c is not chosen and c.amount == chosen.amount]
    for group in (struck, regular):
        best, distance = None, None
        for c in group:
            if c is chosen or c.amount <= chosen.amount or _in_another_currency(c, chosen):
                continue
            near = [abs(c.position - s.position) for s in shown if _near(s, c)]
            if near and (distance is None or min(near) < distance):
                best, distance = c, min(near)
        if best is not None:
            return best
    return None
