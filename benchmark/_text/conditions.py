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
    r"б/у|подержанн\w*|восстановленн\w*|вживан\w*|μεταχειρισμεν\w*"
)
# Condition words in the scripts whose words no space separates: read without word edges
# (Japanese and Chinese "中古", Chinese "二手", Korean "중고", Thai "มือสอง").
_UNSPACED = r"中古|二手|중고|มือสอง"
# Words that say a condition only as a tag (see the module's docstring): "used", "open box",
# "renewed", "second hand" (a watch's second hand too), Dutch "gebruikt", Danish "brugt", Norwegian
# "brukt": opening the title ("Used Cisco ...") or one of its parts.
_AS_A_TAG = r"used|open box|renewed|second-?hand|second hand|gebruikt|brugt|brukt"
# Words that are nouns of their own at a title's start ("Occasion dress", "Demo disc", Malay "Bekas
# makanan" a food container): a tag only after a separator ("- Occasion, OVP", "- DEMO").
_AS_A_LATER_TAG = r"occasion|demo|bekas"
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
