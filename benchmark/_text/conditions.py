"""A listing's condition read from its title: used, refurbished, open box, ex-display, as shops and
marketplaces write it, so that a used listing carrying our model number is not taken for our new
product (`benchmark.matching.statuses`).

Why a word list, and why it holds beyond the catalogues it was tried on: a listing's condition is
said in a trade's fixed vocabulary ("used", "refurbished", "open box", "B-stock", "ex-demo",
"gebraucht", "occasion", "usato", "używany", "б/у", "中古", "preloved" ...), the same words in every
catalogue of every kind, as marketplaces' condition fields name them. It is a closed set: it does
not grow with the products sold and names none of them, so a title that writes none of these words
reads as before. The set is the condition words of the languages shops write, as `clean` folds
them (marks off: "używany" is "uzywany", "käytetty" "kaytetty").

Two kinds of word:

- `_ALWAYS`: words that say a condition wherever they stand ("refurbished", "pre-owned",
  "gebraucht", "d'occasion", "usato", "begagnad", "б/у", "中古").
- `_AS_A_TAG`: words that also mean something else ("used for", "can be used with", "a special
  occasion", "no open box returns", a watch's "second hand", "brugt til", Malay "bekas" a
  container): read as a condition only where a shop writes a condition, as a tag opening the
  title or one of its parts after a separator ("Used Cisco ...", "[Used]", "- Open box", "(brugt 5
  gange)"); a noun that opens titles in its other sense ("occasion", "demo", "bekas") only after a
  separator ("- Occasion, OVP", "- DEMO").

A word right after a negation ("not used", "never used", "no open box", "nicht gebraucht") says
the opposite and is not read.

Where a shop states the condition (schema.org `itemCondition` on its page, a `condition` column in
its offers file), `stated_condition` reads it into the four conditions schema.org and product feeds
name (new, used, refurbished, damaged), and `listing_condition` prefers a stated used, refurbished
or damaged to the title's reading. A stated "new" does not silence a title that says used: shop
templates and feed plugins write NewCondition on every product (31 of the 35 real product pages in
the shared data that state a condition say new), while a title's "- Occasion" is written for that
one listing; and the two errors cost differently, a used price counted as our new product's
against one answer asked of a person.
"""

from __future__ import annotations

import re

from benchmark._literal_gate import Gated
from benchmark._text.letters import clean

# Condition words that have no other sense in a product's title, as `clean` folds them.
_ALWAYS = (
    # English
    r"refurbished|refurb|reconditioned|pre-?owned|pre owned|pre-?loved|"
    r"ex-?demo|ex demo|ex-?display|ex display|b-?stock|open-box|"
    # German
    r"gebraucht(?:e|er|es|en)?|generaluberholt(?:e|er|es|en)?|b-ware|vorfuhrgerat|vorfuhrware|"
    r"vorfuhrmodell|ausstellungsstuck|"
    # French, Italian, Spanish, Portuguese
    r"d'occasion|d occasion|reconditionnee?s?|seconde main|usat[oaie]|ricondizionat[oaie]|"
    r"di seconda mano|usad[oa]s?|reacondicionad[oa]s?|seminuev[oa]s?|segunda mano|"
    r"recondicionad[oa]s?|seminov[oa]s?|segunda mao|"
    # Dutch, Swedish, Finnish, Estonian, Polish, Czech, Hungarian, Turkish
    r"tweedehands|begagnad|begagnat|begagnade|kaytetty|kunnostettu|kasutatud|"
    r"uzywan[yaei]|uzywanego|pouzit[yae]|repasovan[yae]|hasznalt|ikinci el|yenilenmis|"
    # Russian, Ukrainian, Greek
    r"б/у|подержанн\w*|восстановленн\w*|вживан\w*|μεταχειρισμεν\w*|"
    # Display pieces and demonstration units, as shops of each language name them on the listing
    # (German "Ausstellungsgerät", Dutch "showroommodel", Danish "udstillingsmodel", Norwegian
    # "utstillingsmodell", Swedish "utställningsexemplar", Finnish "esittelykappale", Italian "ex
    # esposizione", French "modèle d'exposition", Spanish "producto de exposición", Portuguese "artigo
    # de exposição", Polish "powystawowy", Czech "předváděcí kus" / "vystavený kus", Slovak
    # "predvádzací kus", Croatian "izložbeni primjerak", Serbian "izložbeni primerak", Slovenian
    # "razstavni primerek", Icelandic "sýningarvél" / "sýningareintak", Greek "εκθεσιακό", Turkish
    # "teşhir ürünü", Russian "витринный образец", Bulgarian "мострена бройка", Hebrew "דגם תצוגה",
    # English "shop soiled"). A kind word alone ("izložbeni", "razstavni", "předváděcí", "teşhir")
    # also names a display stand or cabinet, a product: read only with the noun for the piece.
    r"ausstellungsgerat|ausstellungsmodell|showroommodel|demomodell?|udstillingsmodel|utstillingsmodell|"
    r"utstillingseksemplar|demoeksemplar|demoexemplar|utstallningsexemplar|utstallningsmodell|"
    r"esittelykappale|esittelylaite|nayttelykappale|ex-? ?esposizione|modele d'exposition|modele d exposition|"
    r"(?:producto|modelo|articulo|unidad) de exposicion|(?:produto|modelo|artigo) de exposicao|"
    r"powystawow\w*|(?:predvadeci|predvadzaci|vystaveny|vystavena) (?:kus|model|vyrobek|vyrobok)|"
    r"(?:izlozben[iao]|razstavn[iao]) (?:primjerak|primerak|primerek|model|komad|uredaj|eksponat)|"
    r"syningar(?:vel|eintak\w*|eintok|vara|vorur)|εκθεσιακ\w*|teshir (?:urunu|urun)|teshirden|"
    r"витринн\w* образ\w*|мострен\w* бро\w*|(?:דגם|מוצר|פריט) תצוגה|shop-? ?soiled|"
    # Used, open box (unpacked, resealed) and refurbished in the languages the words above leave out:
    # Croatian / Slovenian "rabljeno", Serbian "polovno", Czech / Slovak "rozbalené", Czech
    # "zánovní", Polish "poleasingowy", Romanian "resigilat" / "recondiționat", Hungarian
    # "felújított" / "bontott csomagolású", Croatian "repasirano", Bulgarian "употребяван" /
    # "втора употреба" / "разопакован", Hebrew "משומש" / "יד שנייה" / "מחודש"; Macedonian "користен" and
    # Serbian "коришћен" (used), and both scripts' "половен" / "половно" (second-hand) as the Latin
    # "polovno" is read (never the Russian "половник", a ladle).
    r"користен\w*|коришћен\w*|половен|половн(?:а|о|и|е|ог|их|ом|у)|rabljen\w*|polovan|polovn(?:a|o|i|e|og|ih|om|u)|rozbalen\w*|zanovni|poleasingow\w*|resigilat\w*|reconditionat\w*|"
    r"felujitott|bontott (?:csomagolas\w*|dobozos)|repasiran\w*|употребяван\w*|втора употреба|разопакован\w*|"
    r"משומש\w*|יד שני?יה|מחודשת?"
)
# Condition words in the scripts whose words no space separates: read without word edges
# (Japanese and Chinese "中古", Chinese "二手", Korean "중고", Thai "มือสอง").
# Display pieces there: Japanese "展示品" / "展示機", Chinese "展示机" / "样机", Korean "전시상품" / "전시품".
_UNSPACED = r"中古|二手|중고|มือสอง|展示品|展示機|展示机|样机|樣機|전시상품|전시품"
# Words that say a condition only as a tag (see the module's docstring): "used", "open box",
# "renewed", "second hand" (a watch's second hand too), Dutch "gebruikt", Danish "brugt", Norwegian
# "brukt": opening the title ("Used Cisco ...") or one of its parts.
# "2nd hand"; and "used" in the languages where it also says what a product is used for or with
# (Icelandic "notuð" / "notað með", Lithuanian "naudotas", Latvian "lietots", Romanian "folosit").
_AS_A_TAG = (r"used|open box|renewed|second-?hand|second hand|2nd-? ?hand|gebruikt|brugt|brukt|"
             r"notud|notadur|notad|notadir|notadar|notada|naudota[s]?|lietot[sa]|folosit[aă]?")
# Words that are nouns of their own at a title's start ("Occasion dress", "Demo disc", Malay "Bekas
# makanan" a food container): a tag only after a separator ("- Occasion, OVP", "- DEMO").
# Bulgarian "мостра" (a display piece, and a sample of tiles or cloth) likewise.
_AS_A_LATER_TAG = r"occasion|demo|bekas|мостра"
# What opens a part of a title: a separator shops set a tag off with.
_SEPARATOR = r"[-–—|,;:/(\[【「*•]\s*"
_NEGATION = re.compile(r"(?:^|\W)(?:not|never|no|non|nicht|kein\w*|pas|sin|senza|nie|ne|ei|inte|ikke|ikkje)\W*$")

_CONDITION = Gated(re.compile(
    r"(?<![^\W_])(" + _ALWAYS + r")(?![^\W_])|(" + _UNSPACED + ")"
))
_TAG = Gated(re.compile(
    r"(?:^\s*|" + _SEPARATOR + r")(" + _AS_A_TAG + r")(?![^\W_])|" + _SEPARATOR + "(" + _AS_A_LATER_TAG + r")(?![^\W_])"
))


def condition(name: object) -> str | None:
    """The word that says a listing is not new (used, refurbished, open box, ex-display ...), as
    `clean` folds it, or None for a title that says none.

    >>> condition("Märklin 39460 E-Lok Re 460 SBB Ep. VI H0 AC mfx+ Sound - Occasion, OVP")
    'occasion'
    >>> condition("Citizen Eco-Drive BM8180-03E Jam Tangan Lelaki (Preloved, Kotak Lengkap)")
    'preloved'
    >>> condition("microsoft windows vista ultimate retail no open box returns") is None
    True
    >>> condition("Vintage camera strap, can be used with most cameras") is None
    True
    """
    text = clean(name)
    for pattern in (_CONDITION, _TAG):
        for match in pattern.finditer(text):
            start = match.start(match.lastindex or 0)
            if not _NEGATION.search(text, 0, start):
                return match.group(match.lastindex or 0)
    return None


# The conditions a shop may state, as schema.org's OfferItemCondition and product feeds (Google's
# Merchant Center, Meta's catalogue) name them; open box, ex-demo and B-stock are "used" there.
STATED_CONDITIONS = ("new", "used", "refurbished", "damaged")
# "New" as a condition column writes it in the languages shops write (a field, never a title: in a
# title "new" says little).
_NEW_WORDS = frozenset((
    "new", "brand new", "neu", "neuware", "neuf", "nouveau", "nuevo", "nuovo", "novo", "nieuw", "ny", "nytt",
    "uusi", "uus", "nowy", "novy", "uj", "yeni", "новый", "новий", "新品", "全新", "새상품", "ใหม่",
))
# The condition words (`_ALWAYS`, `_AS_A_TAG`) that say a listing was restored: refurbished; the rest used.
_RESTORED = re.compile(
    r"refurb|recondition|generaluberholt|ricondizionat|reacondicionad|recondicionad|kunnostettu|repasovan|"
    r"yenilenmis|восстановлен|renewed|reconditionat|felujitott|repasiran|מחודש")
_DAMAGED_WORDS = frozenset(("damaged", "beschadigt", "endommage", "danneggiato", "danado", "danificado"))
# What a condition field opens with that says used or damaged and a title does not (review R4): the
# words a title reads only after a separator (`_AS_A_LATER_TAG`: "Occasion", "Demo"; a field holds
# nothing else), and the grades of used that shops and marketplaces write ("Like new", "Comme neuf",
# "Très bon état", Amazon's "Good" / "Acceptable"), as `clean` folds them.
_FIELD_USED = re.compile(
    r"(?:" + _AS_A_LATER_TAG + r"|like new|as new|very good|good|acceptable|fair|comme neuf|tres bon etat|bon etat|"
    r"etat correct|wie neu|sehr gut|gut|akzeptabel|come nuovo|seminuov[oa]|ottimo|buono|como nuevo|muy bueno|"
    r"bueno|como novo|als nieuw|zo goed als nieuw)(?![^\W_])")
_FIELD_DAMAGED = re.compile(r"(?:for parts|pour pieces|defekt|per ricambi|para piezas|para pecas)(?![^\W_])")


def stated_condition(value: object) -> str | None:
    """A condition as a shop states it (a schema.org itemCondition, bare or as a URL; a product
    feed's "new" / "used" / "refurbished"; a condition word `condition` reads), as one of
    STATED_CONDITIONS, or None for an empty value.

    Raises ValueError naming the value for a word that states no condition: guessing would put a
    used listing in the price index, or take a new one out.

    >>> stated_condition("https://schema.org/RefurbishedCondition")
    'refurbished'
    >>> stated_condition("UsedCondition"), stated_condition("Open box"), stated_condition("Neu")
    ('used', 'used', 'new')
    >>> stated_condition("Pre-owned"), stated_condition("New with tags"), stated_condition("Nuovo: altro (vedi dettagli)")
    ('used', 'new', 'new')
    >>> stated_condition("mint")
    Traceback (most recent call last):
    ...
    ValueError: 'mint' is not a condition: write new, used, refurbished or damaged
    """
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    if not text:
        return None
    # "https://schema.org/UsedCondition", "schema:UsedCondition", "UsedCondition", "used_condition".
    name = clean(re.sub(r"^.*[/#:](?=\w)", "", text) if re.search(r"schema|^\w+://", text) else text)
    bare = re.sub(r"[\s_-]*condition$", "", name).replace("_", " ").strip()
    if bare in STATED_CONDITIONS:
        return bare
    if bare in _NEW_WORDS:
        return "new"
    if bare in _DAMAGED_WORDS or _FIELD_DAMAGED.match(bare):
        return "damaged"
    if _FIELD_USED.match(bare):
        return "used"
    word = condition(bare) if len(bare) <= 100 else None
    if word is None and _opens_with_new(bare):
        # A field's grade after the word ("New with tags", "nuovo (altro)", "brand new in box"): new.
        return "new"
    if word is None:
        raise ValueError(f"{text[:100]!r} is not a condition: write {', '.join(STATED_CONDITIONS[:-1])} or "
                         f"{STATED_CONDITIONS[-1]}")
    return "refurbished" if _RESTORED.search(word) else "used"


def _opens_with_new(text: str) -> bool:
    """Does a stated condition open with a word for new ("New with tags", "Brand new", "Nuovo: altro")?"""
    words = re.findall(r"[^\W_]+", text)
    return bool(words) and (words[0] in _NEW_WORDS or " ".join(words[:2]) in _NEW_WORDS)


def listing_condition(name: object, stated: object = None) -> str | None:
    """What says a listing is not new: the condition its shop states (`stated_condition`'s reading)
    where that is not "new", else the word its title writes (`condition`), or None. A stated "new"
    leaves the title's word standing (the module's docstring says why).

    >>> listing_condition("Sony WH-1000XM4", "refurbished"), listing_condition("Sony WH-1000XM4 - Used", "new")
    ('refurbished', 'used')
    """
    if isinstance(stated, str) and stated and stated != "new":
        return stated
    return condition(name)
