"""The words that say what an amount is, in the languages shops write.

In an element's names (class, id, itemprop, a test hook: `_attrs`), in its own
text ("per kg", "shipping", "a month", "ex tax"), and before or after it in its
block ("Was:", "statt", "or 4 payments of", "Buy 2 for", "Member price", the
EU's "lowest price of the last 30 days"). Each is a table a reader can extend
for another language; `bench/extract_eval.py --rules` switches each off in turn
and shows which pages and shops it decides, so a word that misleads a real
page is seen.
"""

from __future__ import annotations

import re

from crawlers.extraction import page as _page


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
# The cart's words of `_OTHER_AMOUNT_WORD`: a cart's total, except in the buy button's own names (what it adds to).
_CART_WORD = re.compile(r"minicart|cart|basket", re.I)
# A price named for its discount, not a discount's amount: HikaShop's "hikashop_product_price_with_discount"
# (the price after it) and "..._price_before_discount" (the price before it), Kentico's "before-discount" (its
# row of the price before it, "price" left out), "discounted-price",
# "discount_price": "discount" in such a name is what the price went through, and so where one word stands between
# them that names a price's kind (now or before the discount), the name's last word its head as in any compound
# ("discount_final_price" and "discount_original_price", Steam's discount block's two amounts: a price, final or
# original; "price_discount" stays the money taken off). Only such a word: "discount-amount-price",
# "discount-value-price", "discount-total-price" name the discount's amount, whatever their last word.
# A name that negates it names the price without one: IdeaSoft's "product-price-not-discounted" (the market price over the sale price),
# "non-discounted", "undiscounted", "without-discount". A price's BEM modifier names the state the price is in, not
# a part of it: "price price--discount" (Optimizely's Foundation, beside "price price--original") and "price--content
# content--discount" (Shopware 5's) are the price after its discount, where "price__discount" or
# "price-box__discount" (an element of the block) is the money taken off, and "price--discount-percentage" (a
# modifier of another name) the share taken off. "Discounted" as a whole word names what went through a discount, an
# amount in that state, never the money taken off: a CSS module's state class ("ProductPrice_discounted__ZeXk0", a
# Next.js storefront's, beside "ProductPrice_before__qL9hx"), "is-discounted", "price discounted".
_PRICE_KIND_WORD = r"(?:current|sale|special|final|actual|now|selling|offer|promo|new|was|old|original|former|regular|list|prior)"
_PRICE_WITH_DISCOUNT = re.compile(rf"discount(?:ed)?[-_]?(?:{_PRICE_KIND_WORD}[-_])?price|(?:price[-_]?)?(?:with|after|before)[-_]?discount|"
                                  r"(?:not|non|un|without)[-_]*discount(?:ed)?|--discount(?:ed)?(?![-\w])|"
                                  r"(?<![^\W\d_])discounted(?![^\W\d_])", re.I)
_PROMINENT_WORD = re.compile(r"current|sale|special|final|actual|now|main|big|large|primary|selling|our|offer|promo|new", re.I)
_SMALL_WORD = re.compile(r"small|tiny|muted|secondary|hint|note|legal|subtext|footnote", re.I)
# Texts that say what other kind of amount they are, in several languages.
_OTHER_AMOUNT_TEXT = re.compile(
    # A unit after a slash is the unit of the amount just before it ("3,98 €/kg", "89,90 kr/kg", "$0.50/oz"), not
    # of a size before any amount ("Größe S/M 29,99 €", "M/L": a size selector's value is no metre or litre).
    r"(?<=\d)[^\d/]{0,5}/\s*(?:kg|g|100\s*g|l|ml|100\s*ml|m|m2|m²|lb|oz|stk|st|pc|pcs|piece|unit|mo|month|mes|monat|mois|мес)\b|"
    r"\bper\s+(?:kg|kilo|litre|liter|unit|month|piece|100)|\bje\s+(?:kg|l|100|stück)|\bpro\s+(?:kg|liter|monat)|"
    # The unit after an article, as the Romance languages write a price per unit after its amount: "55,33 € u chilò"
    # (Corsican), "12,90 € le kg", "3,20 € au litre", "9,80 € al kg", "4,50 € el kilo", "2,99 € o litro".
    r"(?<=[\d\W])\s(?:le|la|l'|au|al|el|lo|il|u|o|a|the)\s*(?:kg|kilo|kilogramm?[eo]?|chilo|chilò|litre|liter|litro|"
    r"lit|mètre|metro|m²|m2)(?![^\W\d_])|"
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
    # Chinese's "save" and "save at once" ("節省 MOP$700.00", Shopify's Focal in Macau; "立省 ¥200"): the saving
    # beside a reduction. Not "省" alone, which is also a province ("廣東省").
    r"節省|节省|立省|"
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
    # The same in French, Italian, Dutch and German: "soit environ 1 066,28 $ US" under "189 500 FDJ" (Oxatis in
    # Djibouti), "circa", "ongeveer", "etwa".
    r"\benviron|\benv\.|\bcirca|\bongeveer|\betwa|"
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
# pack is the product sold), nor the last group of an amount's digits ("De XOF 6.500 por XOF 5.200", from 6,500
# for 5,200, as Brazilian platforms write a sale: '500 por' is no count; a count stands alone).
_MULTIBUY_BEFORE = re.compile(
    r"(?:(?<!\bof\s)(?<!\bde\s)(?<![\d.,'’])\b\d+\s*(?:x\s*)?(?:units?|items?|pieces?|pcs|unidades|uds\.?|st[üu]ck|stk\.?|pi[eè]ces|pezzi|stuks|sztuk|szt\.?|adet)?"
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
    r"mpc|redovna\s+c(?:ij)?ena|stara\s+c(?:ij)?ena|редовна\s+цена|стара\s+цена|en\s+lugar\s+de|ver[ðd]\s+[áa]ður|"
    # English's "retail price" written before an amount (Qoo10's "Retail Price" row over its "Sell Price"; "Retail
    # price $49.99, our price $39.99"): the price before the shop's own. In a class name "retail" stays the price
    # (`_STRUCK_CLASS`: OTTO's "retail-price"); a page that shows one amount so named still sells at it.
    r"retail\s+price|"
    # South Asia's "maximum retail price" ("MRP: Rs. 52,000", "M.R.P.: ₹52,000"), the price printed on the pack
    # that Indian, Nepali, Pakistani, Bangladeshi and Sri Lankan shops write over their own: a former price as
    # "rrp" is (a page that shows its MRP alone still sells at it).
    r"m\.?r\.?p\.?|"
    # WooCommerce's sentence for screen readers ("Original price was:") in its translations, the past tense after
    # the words of the original price: Spanish "El precio original era:", Portuguese "O preço original era:",
    # Italian "Il prezzo originale era:", Catalan "El preu original era:", French "Le prix initial était :",
    # German "Ursprünglicher Preis war:". The verb only after those words: "era" alone is also "an era".
    r"(?:precio|pre[cç]o|prezzo|preu)\s+original[e]?\s+era|prix\s+(?:initial|d['’]origine)\s+[ée]tait|"
    r"urspr[üu]nglicher\s+preis\s+war|"
    # Its Serbian (Latin and Cyrillic, as Montenegrin and Bosnian shops run it), Croatian and Bosnian:
    # "Originalna cena je bila:", "Оригинална цена је била:", "Izvorna cijena je bila:" / "bila je:". The past
    # tense only after the words of the original price: "je bila" alone is any past.
    r"(?:originalna|izvorna|prvobitna)\s+c(?:ij)?ena\s+(?:je\s+)?bila(?:\s+je)?|"
    r"(?:оригинална|изворна|првобитна)\s+ц(?:иј)?ена\s+(?:је\s+)?била(?:\s+је)?|"
    # Catalan's "usual price", "previous price" and "original price" ("Preu habitual", Wix's words for screen
    # readers in Catalan, before the former price).
    r"preu\s+(?:habitual|anterior|original)|"
    # The price before its discount, in words: English "Before discount" (Kentico's row, over the amount), "Price
    # before discount", French "Prix avant remise", German "Preis vor Rabatt". Ending in "discount", not in
    # "before", they were no former price's words, and "discount" read the amount as the money taken off.
    r"before\s+(?:the\s+)?discounts?|avant\s+(?:la\s+)?remise|vor\s+(?:dem\s+)?rabatt)"
    r"\s*[:：]?\s*$",
    re.I,
)
# "£42.00 – £45.00": a range of the variants' prices, no one product's price.
# The other end must be an amount (a sign, or decimals): "24,90 € -17%" is a price and its reduction.
_RANGE_AFTER = re.compile(r"^\s*[-–—]\s*(?:(?:[€$£¥]|[A-Z]{3}|R\$)\s*\d|\d[\d.,']*[.,]\d{2}(?![\d%]|\s*%))")
# A dash straight after a decimal mark is the amount's own: whole francs or euros written "CHF 1'499.–", "1.499,– €"
# (Swiss, German and Austrian shops), so "CHF 1'499.– CHF 1'299.–" (a former price, then the price) is no range;
# "CHF 50.– – CHF 70.–", a dash after such an amount, is.
_WHOLE = r"\d[\d.,']*(?:[.,][-–])?"
_RANGE_BEFORE = re.compile(
    rf"(?:(?:[€$£¥]|[A-Z]{{3}}|R\$)\s*{_WHOLE}|\d[\d.,']*[.,]\d{{2}}\s*(?:[€$£¥]|[A-Z]{{3}})?|{_WHOLE}\s*(?:[€$£¥]|[A-Z]{{3}}))"
    r"(?<![.,])\s*[-–—]\s*$")
# An amount written with decimals or a currency sign: where the words of the next amount begin.
_AMOUNT_IN_TEXT = re.compile(r"\d[\d.,']*[.,]\d{2}(?!\d)|[€$£¥]\s*\d[\d.,']*|\d[\d.,']*\s*(?:[€$£¥]|zł|kr|Kč|Ft|lei)")


def _attrs(el) -> str:
    return " ".join((el.get("class", ""), el.get("id", ""), el.get("itemprop", ""), _page._test_hooks(el)))


# What a page calls the amount a buyer saves, in the words `_OTHER_AMOUNT_TEXT` and its kin leave out as another
# amount: such an amount is still the page's statement of a difference (`_strike_by_saving`).
# A class named "discount" on an amount is the money taken off (a Greek shop's "price-box__discount": "Κέρδος
# 100,00 €"), as "saving" is.
_SAVING_WORD = re.compile(r"sav(?:e|ing)|spar|économis|ahorr|rispar|poup|discount", re.IGNORECASE)
