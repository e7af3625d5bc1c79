"""A maker's suffix written as a word after its model code ("GL1 NT" / "GL1 TBS", a finish; "AW54 JR",
a smaller body) read as the same model (issue 9, the thirty-sixth session, "layout"). The shops'
suffix reading (`shop_suffixes._shop_suffixes`) reads letters glued to a code after its last digit,
and the listings of one code (`code_owners._listings_of_codes`) are read only past
MAX_CODE_PRODUCTS listings, or by words the other shop writes: a suffix written apart, on two
listings of one shop, was no difference at all, and the code alone matched both listings to our
one. Small catalogues written anew here, none a batch's rows."""

from __future__ import annotations

import pandas as pd

from benchmark._text import extract
from benchmark.matching import match_products
from benchmark.matching.code_owners import _code_owners
from benchmark.matching.code_spellings import _short_codes
from benchmark.matching.scoring import compare
from benchmark.matching.shop_suffixes import _suffix_words, suffix_word_apart
from tests.test_matching import ours, pairs, theirs

# A Polish shop's guitars against a Portuguese shop's, which lists two of Ibanez's models twice:
# the plain model, and the same code with the maker's suffix written after it as a word, before
# the words both listings write ("VLS", a violin sunburst finish; "JR", a smaller body).
OURS = [
    {"sku": "GA3", "name": "Gitara klasyczna Ibanez GA3 NT, naturalna", "brand": "Ibanez", "mpn": "GA3 NT",
     "price": 119},
    {"sku": "AW54", "name": "Gitara akustyczna Ibanez AW54 OPN, naturalna", "brand": "Ibanez", "mpn": "AW54 OPN",
     "price": 229},
    {"sku": "C40", "name": "Gitara klasyczna Yamaha C40 II, naturalna", "brand": "Yamaha", "price": 129},
]
THEIRS = [
    {"competitor_product_id": 1, "name": "Ibanez GA3 guitarra clássica", "brand": "Ibanez", "price": 125},
    {"competitor_product_id": 2, "name": "Ibanez GA3 VLS guitarra clássica violino", "brand": "Ibanez",
     "price": 125},
    {"competitor_product_id": 3, "name": "Ibanez AW54 guitarra acústica", "brand": "Ibanez", "price": 239},
    {"competitor_product_id": 4, "name": "Ibanez AW54 JR guitarra acústica", "brand": "Ibanez", "price": 239},
    {"competitor_product_id": 5, "name": "Yamaha C40 II guitarra clássica", "brand": "Yamaha", "price": 135},
]


def _shown(found: pd.DataFrame) -> pd.DataFrame:
    return found[["sku", "competitor_product_id", "status", "score", "reason"]]


def test_a_suffix_written_apart_on_one_listing_of_a_code_keeps_it_apart():
    # Before: their GA3 VLS and AW54 JR matched ours 0.94-0.96, "the same product as their listing"
    # of the plain model, "same model code". The shop lists each code twice, once with a word
    # right after the code that the other listing leaves out before the same next word: the word
    # is what tells its two listings apart, whatever language or finish it names.
    found = match_products(ours(*OURS), theirs(*THEIRS))
    assert {("GA3", 1), ("AW54", 3)} <= pairs(found, "matched"), _shown(found)
    assert not {("GA3", 2), ("AW54", 4)} & pairs(found, "matched"), _shown(found)


def test_a_suffix_our_catalogue_shows_keeps_our_variant_apart_too():
    # The same reading the other way round: our shop lists the plain model and its suffixed one,
    # theirs the model under the maker's other finish ("NT"). Our suffixed one is a variant of it
    # (the plain one is theirs): before, both compared 0.94-0.95, "same model code ga3".
    our_side = [extract("Gitara klasyczna Ibanez GA3 naturalna", "Ibanez"),
                extract("Gitara klasyczna Ibanez GA3 VLS naturalna skrzypcowa", "Ibanez")]
    their_side = [extract("Ibanez GA3 NT guitarra clássica", "Ibanez")]
    _short_codes(our_side, their_side)
    owners = _code_owners(our_side, their_side)
    plain = compare(our_side[0], their_side[0], 0.3, code_owners=owners)
    suffixed = compare(our_side[1], their_side[0], 0.3, code_owners=owners)
    assert plain[0] >= 0.9 and "same model code ga3" in plain[2], plain[2]
    assert suffixed[0] < 0.85 and '"vls" after ga3 on one side only' in suffixed[2], suffixed[2]


def test_the_suffix_words_are_read_from_the_catalogue():
    side = [extract(row["name"], row["brand"]) for row in THEIRS]
    other = [extract(row["name"], row["brand"]) for row in OURS]
    _short_codes(side, other)  # "GA3" is a code where both shops write it after the maker's name
    assert _suffix_words((side, other), {"ga3", "aw54", "c40"}) == {"ga3": {"vls": frozenset({side[0].text})},
                                          "aw54": {"jr": frozenset({side[2].text})}}


def test_a_word_the_shop_writes_elsewhere_is_no_suffix():
    # "nova" (new) after the code on one listing, and among the words of its other titles: a word
    # of its language, not a maker's suffix; and a word before the end of a title only ("GA60" /
    # "GA60 guitarra") says nothing of what follows the code.
    side = [extract(t, "Ibanez") for t in ("Ibanez AW54 guitarra acústica", "Ibanez AW54 nova guitarra acústica",
                                            "Ibanez AW70 guitarra nova, acústica", "Ibanez GA60",
                                            "Ibanez GA60 guitarra")]
    assert _suffix_words((side,), {"aw54", "aw70", "ga60"}) == {}


def test_a_title_that_writes_the_suffix_anywhere_is_not_kept_apart():
    words = {"aw54": {"jr": frozenset({"ibanez aw54 guitarra acustica"})}}
    suffixed = extract("Ibanez AW54 JR guitarra acústica", "Ibanez")
    plain = extract("Gitara akustyczna Ibanez AW54 OPN naturalna", "Ibanez")
    assert suffix_word_apart(suffixed, plain, words) == ("jr", "aw54")
    assert suffix_word_apart(plain, suffixed, words) == ("jr", "aw54")
    assert suffix_word_apart(suffixed, extract("Gitara Ibanez AW54 naturalna, korpus JR", "Ibanez"), words) is None
    assert suffix_word_apart(suffixed, suffixed, words) is None
    # A title that writes no word of letters right after the code ("Crucial MX500 250GB" beside a
    # marketplace's "MX500 INT") may be the model or another wording of the suffixed listing.
    assert suffix_word_apart(suffixed, extract("Gitara akustyczna naturalna Ibanez AW54", "Ibanez"), words) is None
    assert suffix_word_apart(suffixed, extract("Gitara akustyczna Ibanez AW54 40 cali", "Ibanez"), words) is None
    # Nor does a word in that place that the suffixed title writes too ("guitarra" after the code on
    # both), unless the title is the shop's own listing that shows the suffix.
    assert suffix_word_apart(suffixed, extract("Ibanez AW54 guitarra do estúdio", "Ibanez"), words) is None
    assert suffix_word_apart(suffixed, extract("Ibanez AW54 guitarra acústica", "Ibanez"), words) == ("jr", "aw54")


def test_a_colour_the_other_title_names_in_its_own_words_is_the_same_finish():
    # Their plug's "SB50 Grey" and "SB50 Red" show the colour words to be the code's suffixes; our
    # German "SB50, grau" names the same grey, which the colours' reading compares.
    words = {"sb50": {"grey": frozenset({"anderson plug sb50 red 50a"}), "red": frozenset({"anderson plug sb50 grey 50a"})}}
    grey, red = extract("Anderson Plug SB50 Grey (50A)"), extract("Anderson Plug SB50 Red (50A)")
    ours = extract("Anderson-Stecker SB50, grau")
    assert suffix_word_apart(ours, grey, words) is None
    assert suffix_word_apart(ours, red, words) == ("red", "sb50")

